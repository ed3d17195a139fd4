"""An archive naming thousands of people still indexes and exports (SQLite refuses queries that
name more than ~1,000 ids in one go, which is what a prefetch of people by id builds)."""

import hashlib
import json

import pytest

from archive.export import export_lines
from archive.models import Article, Mention, Person, Quote, SourceDocument
from search.rebuild import rebuild

from ..conftest import run_command

pytestmark = pytest.mark.django_db
PEOPLE = 1_100


@pytest.fixture
def crowded_article():
    raw = b"Many were there."
    source = SourceDocument.objects.create(
        path="crowd.txt", sha256=hashlib.sha256(raw).hexdigest(), raw=raw, size=len(raw), status="imported"
    )
    article = Article.objects.create(source=source, title="A crowded story", slug="crowded", body="Many were there.",
                                     extractor_version=1)  # fmt: skip
    people = Person.objects.bulk_create(Person(name=f"Person Number{n}", slug=f"person-{n}") for n in range(PEOPLE))
    Mention.objects.bulk_create(Mention(article=article, person=p) for p in people)
    Quote.objects.bulk_create(
        Quote(article=article, speaker=p, text=f"Quote {n}", paragraph=1, start=0, end=1) for n, p in enumerate(people)
    )
    return article


def test_an_article_naming_over_a_thousand_people_is_indexed_and_exported(crowded_article):
    counts = rebuild()
    assert counts == {"article": 1, "quote": PEOPLE}
    record = json.loads(next(export_lines()))
    assert len(record["persons"]) == PEOPLE
    assert len(record["quotes"]) == PEOPLE
    code, out, _ = run_command("check_archive")
    assert code == 0, out
