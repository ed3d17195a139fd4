"""Near-duplicate stories: candidates from the articles' sketches in the database, then a check.

Each article keeps a sketch (a sample of its word bigrams' hashes, StoryHash); the articles
sharing the most of it with a new one are the only ones compared word by word
(archive.extraction.similarity), so linking costs about the same whatever the archive's size.
"""

from django.db.models import Count

from archive.extraction.similarity import is_same_story
from archive.models import Article, StoryHash

from .live import chunks

CANDIDATES = 10
# A candidate shares at least this many sketch values, and this share of the smaller sketch.
MIN_SHARED = 2
MIN_SHARED_SHARE = 0.1


def candidates(article: Article) -> list[int]:
    """The ids of the articles most likely to tell the same story, best first."""
    values = list(StoryHash.objects.filter(article=article).values_list("value", flat=True))
    if not values:
        return []
    shared = dict(
        StoryHash.objects.filter(value__in=values)
        .exclude(article=article)
        .values("article_id")
        .annotate(n=Count("id"))
        .filter(n__gte=MIN_SHARED)
        .order_by("-n")
        .values_list("article_id", "n")[: CANDIDATES * 5]
    )
    sizes = dict(
        StoryHash.objects.filter(article_id__in=list(shared))
        .values("article_id")
        .annotate(n=Count("id"))
        .values_list("article_id", "n")
    )
    share = {other: n / min(len(values), sizes.get(other, n)) for other, n in shared.items()}
    ranked = sorted((other for other in share if share[other] >= MIN_SHARED_SHARE), key=lambda o: -share[o])
    return ranked[:CANDIDATES]


def link_near_duplicates(article_ids) -> int:
    """Link each of these articles with the stories it repeats, both ways; returns new links."""
    links = 0
    articles = (
        a for chunk in chunks(article_ids) for a in Article.objects.filter(id__in=chunk).only("id", "title", "body")
    )
    for article in articles:
        ids = candidates(article)
        if not ids:
            continue
        for other in Article.objects.filter(id__in=ids).exclude(near_duplicates=article).only("id", "title", "body"):
            if is_same_story(article.title + "\n" + article.body, other.title + "\n" + other.body):
                article.near_duplicates.add(other)
                links += 1
    return links
