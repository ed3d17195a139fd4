"""JSON, Atom feeds and exports of searches, people and topics; links from pages into search."""

import csv
import io
import json
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from archive.models import Article, Quote

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_search_feed_is_atom_with_one_entry_per_result(client, imported_seeds):
    response = client.get(reverse("search:search_feed"), {"q": "Sannino"})
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "Russia: NATO rejects Putin’s demand to stop its expansion to the East"
    ]


def test_person_quotes_feed_and_topic_feed(client, imported_seeds):
    feed = ElementTree.fromstring(client.get(reverse("archive:person_feed", args=["simon-miles"])).content)
    assert len(feed.findall(f"{ATOM}entry")) == Quote.objects.filter(speaker__name="Simon Miles").count() == 6
    feed = ElementTree.fromstring(client.get(reverse("archive:topic_feed", args=["nato-enlargement"])).content)
    assert len(feed.findall(f"{ATOM}entry")) == 2


def test_csv_export_of_a_quote_search(client, imported_seeds):
    response = client.get(reverse("search:export_csv"), {"kind": "quotes", "speaker": "simon-miles"})
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 6 and {r["speaker"] for r in rows} == {"Simon Miles"}


def test_csv_cells_cannot_become_spreadsheet_formulas(client, db, tmp_path, django_capture_on_commit_callbacks):
    from archive.ingest import Candidate, import_file

    path = tmp_path / "formula.txt"
    path.write_text('=HYPERLINK("http://x") wins the vote\n\nVoters chose it on Sunday.', encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        import_file(Candidate("formula.txt", path))
    rows = list(csv.DictReader(io.StringIO(client.get(reverse("search:export_csv"), {"q": "voters"}).content.decode())))
    assert rows[0]["title"].startswith("'=HYPERLINK")


def test_jsonl_export_uses_the_archive_export_format(client, imported_seeds):
    response = client.get(reverse("search:export_jsonl"), {"q": "NATO"})
    records = [json.loads(line) for line in response.content.decode().splitlines()]
    assert len(records) == 5
    assert all({"source", "body", "removed", "persons", "quotes"} <= set(r) for r in records)


def test_json_for_article_person_and_quote(client, imported_seeds):
    article = Article.objects.get(source__path__endswith="004_f164d22075c45581.txt")
    data = client.get(reverse("archive:article_json", args=[article.slug])).json()
    assert data["outlet"] == "The Kyiv Independent" and data["near_duplicates"]
    person = client.get(reverse("archive:person_json", args=["jens-stoltenberg"])).json()
    assert len(person["quotes"]) == 24 and person["aliases"] == ["Stoltenberg"]
    quote = Quote.objects.get(text__startswith="It is not clear how a way out")
    data = client.get(reverse("archive:quote_json", args=[quote.pk])).json()
    assert data["speaker"] is None and data["attribution"] == "acknowledges a European source"
    assert client.get(reverse("archive:quote_json", args=[999999])).status_code == 404


def test_pages_link_to_their_filtered_searches_and_similar_articles(client, imported_seeds):
    person = client.get(reverse("archive:person", args=["jens-stoltenberg"])).content.decode()
    assert "/search/?kind=quotes&amp;speaker=jens-stoltenberg" in person
    topic = client.get(reverse("archive:topic", args=["nato"])).content.decode()
    assert "/search/?topic=nato" in topic
    outlet = client.get(reverse("archive:outlet", args=["mrt"])).content.decode()
    assert "/search/?outlet=mrt" in outlet
    article = Article.objects.get(source__path__endswith="004_f164d22075c45581.txt")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "More like this" in html


def test_lists_of_articles_never_read_the_imported_files_bytes(client, imported_seeds, admin_client):
    # a scraped page can be megabytes: pages listing articles name an untitled one by its file, and
    # must not read every file's bytes to do it
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article = Article.objects.get(source__path__endswith="004_f164d22075c45581.txt")
    person = article.mentions.first().person
    pages = [
        reverse("archive:home"), reverse("archive:article_list"), article.get_absolute_url(),
        person.get_absolute_url(), article.outlet.get_absolute_url(), article.topics.first().get_absolute_url(),
        reverse("search:search") + "?q=nato", reverse("search:search") + "?q=nato&kind=quotes",
    ]  # fmt: skip
    for page in pages:
        with CaptureQueriesContext(connection) as queries:
            html = client.get(page).content.decode()
        assert article.display_title in html or page.endswith("quotes"), page
        assert not [q for q in queries if '"archive_sourcedocument"."raw"' in q["sql"]], page
    with CaptureQueriesContext(connection) as queries:
        assert admin_client.get(reverse("admin:archive_article_changelist")).status_code == 200
    assert not [q for q in queries if '"archive_sourcedocument"."raw"' in q["sql"]]
