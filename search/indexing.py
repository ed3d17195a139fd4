"""Keeping the search index in step with the database."""

from haystack import connections

from archive.models import Article


def update_articles(article_ids) -> None:
    """(Re)index these articles with one index writer."""
    ids = list(article_ids)
    if not ids:
        return
    connection = connections["default"]
    index = connection.get_unified_index().get_index(Article)
    connection.get_backend().update(index, index.index_queryset().filter(id__in=ids))
