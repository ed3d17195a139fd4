"""Linking earlier articles to people the archive has only just learned the full name of."""

from collections import Counter

from haystack.query import SearchQuerySet

from archive.ingest import reextract
from archive.models import Article, Person

from .live import chunks

MAX_ARTICLES = 500


def relink_new_people(person_ids) -> list[int]:
    """Re-extract indexed articles that name a new person's surname alone but do not mention them.

    An article saying only "Putin" imported before any article said "Vladimir Putin" could not be
    linked then; the search engine finds such articles cheaply once the full name is known.
    """
    touched: set[int] = set()
    full_names = Person.objects.filter(key__contains=" ")
    new_people = [p for chunk in chunks(person_ids) for p in full_names.filter(id__in=chunk)]
    # A lone surname is linked only when exactly one full name with it is known (ingest.py), so a
    # surname two people share can link nothing: its articles need no second look.
    namesakes = Counter(
        key
        for chunk in chunks({p.surname_key for p in new_people})
        for key in full_names.filter(surname_key__in=chunk).values_list("surname_key", flat=True)
    )
    for person in new_people:
        if namesakes[person.surname_key] != 1:
            continue
        surname = person.name.split()[-1]
        hits = SearchQuerySet().models(Article).filter(content=surname)[:MAX_ARTICLES]
        ids = {int(hit.pk) for hit in hits} - touched
        stale = Article.objects.filter(id__in=ids).exclude(mentions__person=person)
        touched.update(r.article_id for r in reextract(stale) if r.status == "updated")
    return sorted(touched)
