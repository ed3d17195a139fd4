"""Linking earlier articles to people the archive has only just learned the full name of."""

from haystack.query import SearchQuerySet

from archive.ingest import reextract
from archive.models import Article, Person

MAX_ARTICLES = 500


def relink_new_people(person_ids) -> list[int]:
    """Re-extract indexed articles that name a new person's surname alone but do not mention them.

    An article saying only "Putin" imported before any article said "Vladimir Putin" could not be
    linked then; the search engine finds such articles cheaply once the full name is known.
    """
    touched: set[int] = set()
    for person in Person.objects.filter(id__in=list(person_ids), key__contains=" "):
        surname = person.name.split()[-1]
        hits = SearchQuerySet().models(Article).filter(content=surname)[:MAX_ARTICLES]
        ids = {int(hit.pk) for hit in hits} - touched
        stale = Article.objects.filter(id__in=ids).exclude(mentions__person=person)
        touched.update(r.article_id for r in reextract(stale) if r.status == "updated")
    return sorted(touched)
