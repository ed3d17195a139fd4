"""Near-duplicate stories: candidates from the articles' sketches in the database, then a check.

Each article keeps a sketch (a sample of its word bigrams' hashes, StoryHash); the articles
sharing the most of it with a new one are the only ones compared word by word
(archive.extraction.similarity), so linking costs about the same whatever the archive's size.
"""

from collections import Counter

from django.db import connection
from django.db.models import Count

from archive.extraction.similarity import is_same_story
from archive.models import Article, StoryHash

from .live import chunks

CANDIDATES = 10
# A sketch value in more articles than this is a common phrase ("one of the"), not a story's: it
# is left out, and reading which articles share it stops there. Counting every article that
# shared such a value made each lookup grow with the archive (1 ms at 2,000 articles, 5 ms at
# 100,000, where one value was in 3,611).
COMMON = 500
# A candidate shares at least this many sketch values, and this share of the smaller sketch.
MIN_SHARED = 2
MIN_SHARED_SHARE = 0.1


def candidates(article: Article) -> list[int]:
    """The ids of the articles most likely to tell the same story, best first."""
    values = sorted(set(StoryHash.objects.filter(article=article).values_list("value", flat=True)))
    if not values:
        return []
    holders = _holders(values)
    counts = Counter(a for ids in holders.values() if len(ids) <= COMMON for a in ids if a != article.pk)
    ranked = sorted((a for a, n in counts.items() if n >= MIN_SHARED), key=lambda a: (-counts[a], a))
    shared = {a: counts[a] for a in ranked[: CANDIDATES * 5]}
    sizes = dict(
        StoryHash.objects.filter(article_id__in=list(shared))
        .values("article_id")
        .annotate(n=Count("id"))
        .values_list("article_id", "n")
    )
    share = {other: n / min(len(values), sizes.get(other, n)) for other, n in shared.items()}
    ranked = sorted((other for other in share if share[other] >= MIN_SHARED_SHARE), key=lambda o: -share[o])
    return ranked[:CANDIDATES]


def _holders(values: list[int]) -> dict[int, list[int]]:
    """For each sketch value, the articles holding it: at most COMMON + 1 of them, in one query."""
    table = StoryHash._meta.db_table
    select = f"SELECT * FROM (SELECT value, article_id FROM {table} WHERE value = %s LIMIT {COMMON + 1}) AS v{{n}}"
    holders: dict[int, list[int]] = {value: [] for value in values}
    with connection.cursor() as cursor:
        for start in range(0, len(values), 100):  # within every database's limit on a statement
            part = values[start : start + 100]
            cursor.execute(" UNION ALL ".join(select.format(n=n) for n in range(len(part))), part)
            for value, article_id in cursor.fetchall():
                holders[value].append(article_id)
    return holders


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
