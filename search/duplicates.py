"""Near-duplicate stories: candidates from the search engine ("more like this"), then a check.

Asking the index for the few most similar articles keeps this cheap at any archive size; only
those candidates are compared word by word (archive.extraction.similarity).
"""

from haystack.query import SearchQuerySet

from archive.extraction.similarity import is_same_story
from archive.models import Article

CANDIDATES = 10


def link_near_duplicates(article_ids) -> int:
    """Link each of these articles with the stories it repeats, both ways; returns new links."""
    links = 0
    for article in Article.objects.filter(id__in=list(article_ids)):
        similar = SearchQuerySet().models(Article).more_like_this(article)[:CANDIDATES]
        ids = [int(hit.pk) for hit in similar if int(hit.pk) != article.id]
        for other in Article.objects.filter(id__in=ids).exclude(near_duplicates=article):
            if is_same_story(article.title + "\n" + article.body, other.title + "\n" + other.body):
                article.near_duplicates.add(other)
                links += 1
    return links
