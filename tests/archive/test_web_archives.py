"""Importing HTML pages and WARC files: every page an article, with its provenance shown and cited."""

import io
import json
import shutil

import pytest
from django.urls import reverse
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.models import Article, SourceDocument

from ..conftest import DATA, run_command
from ..warcs import build_warc

pytestmark = pytest.mark.django_db


@pytest.fixture
def crawl(tmp_path):
    folder = tmp_path / "crawls"
    folder.mkdir()
    return build_warc(folder / "crawl.warc.gz")


def test_a_warc_file_imports_every_page_with_url_and_capture_date(crawl):
    code, out, err = run_command("import_articles", str(crawl))
    assert code == 0, err
    assert "Imported 1 file(s) and 3 web-archive page(s): 4 created" in out
    articles = {a.title: a for a in Article.objects.select_related("source__container", "outlet")}
    assert set(articles) == {
        "Harbour cranes return after strike ends",
        "Glaciers in the Alps shrank faster than ever last summer",
        "Town council votes to save the old mill",
    }
    mill = articles["Town council votes to save the old mill"]
    assert mill.source.original_url == "http://valleygazette.example/news/mill.htm"
    assert mill.source.captured_at.isoformat() == "2019-02-15T11:30:00+00:00"
    assert mill.source.container.path.endswith("crawl.warc.gz")
    assert mill.source.container.format == "warc"
    assert mill.outlet.name == "The Valley Gazette"
    assert mill.published.isoformat() == "2019-02-14"
    assert "café" in mill.body
    assert {q.speaker.name for q in mill.quotes.all()} == {"Brenda Okafor", "Derek Hume"}
    # the whole archive and every page are kept byte for byte
    assert bytes(mill.source.container.raw) == crawl.read_bytes()
    assert bytes(mill.source.raw) == (DATA / "html" / "legacy_table.htm").read_bytes()


def test_reimporting_a_warc_changes_nothing(crawl):
    run_command("import_articles", str(crawl))
    code, out, _ = run_command("import_articles", str(crawl))
    assert code == 0
    assert "1 unchanged" in out and "0 created" in out
    assert Article.objects.count() == 3


def test_a_truncated_warc_is_reported_and_keeps_the_pages_before_the_damage(crawl, tmp_path):
    data = crawl.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 3 // 4])
    code, out, err = run_command("import_articles", str(cut))
    assert code == 1
    assert "cut.warc.gz: truncated" in err
    assert "were kept" in err
    assert Article.objects.count() >= 1
    assert SourceDocument.objects.get(path__endswith="cut.warc.gz").error.startswith("truncated")
    # and the rest of a folder still imports
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(cut, folder / "a-cut.warc.gz")
    shutil.copy(DATA / "html" / "saved_as_text.txt", folder / "b-page.txt")
    code, out, err = run_command("import_articles", str(folder))
    assert code == 1
    assert Article.objects.filter(title="Ferry fares frozen for another year").exists()


def test_the_article_page_shows_provenance_and_a_citation(client, crawl):
    run_command("import_articles", str(crawl))
    article = Article.objects.get(title="Harbour cranes return after strike ends")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "crawl.warc.gz" in html
    assert article.source.record_id.replace("<", "&lt;").replace(">", "&gt;") in html
    assert '<a href="https://lakesidecourier.example/2023/05/09/harbour-cranes-return/"' in html
    assert "10 May 2023" in html  # the capture date
    assert article.source.sha256 in html
    permalink = f"http://testserver/a/{article.source.sha256[:16]}/"
    assert f'<a href="{permalink}">{permalink}</a>' in html
    assert "Cite this" in html
    assert (
        "Marta Kowalczyk. “Harbour cranes return after strike ends.” Lakeside Courier, 9 May 2023. "
        "https://lakesidecourier.example/2023/05/09/harbour-cranes-return/. Captured 10 May 2023. "
        f"Archived in Clippings: {permalink}"
    ) in html


def test_the_permalink_survives_a_change_of_slug(client, crawl):
    run_command("import_articles", str(crawl))
    article = Article.objects.get(title="Harbour cranes return after strike ends")
    article.slug = "renamed-by-an-archivist"
    article.save()
    response = client.get(f"/a/{article.source.sha256[:16]}/")
    assert response.status_code == 302
    assert response["Location"] == "/articles/renamed-by-an-archivist/"
    assert client.get("/a/0000000000000000/").status_code == 404
    assert client.get("/a/not-a-key/").status_code == 404


def test_the_captured_page_is_viewable_as_text_and_never_run(client, crawl):
    run_command("import_articles", str(crawl))
    article = Article.objects.get(title="Harbour cranes return after strike ends")
    response = client.get(reverse("archive:source_raw", args=[article.source.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"<script>window.dataLayer" in response.content  # the page as captured, scripts and all


def test_the_export_carries_provenance(crawl, tmp_path):
    run_command("import_articles", str(crawl))
    target = tmp_path / "export.jsonl"
    run_command("export_archive", output=str(target))
    records = [json.loads(line) for line in target.read_text().splitlines()]
    glaciers = next(r for r in records if r["title"].startswith("Glaciers"))
    assert glaciers["source"]["original_url"] == "https://alpinereview.example/climate/glaciers-record-loss"
    assert glaciers["source"]["captured"] == "2023-05-10T08:00:00+00:00"
    assert glaciers["source"]["warc"]["path"].endswith("crawl.warc.gz")
    assert glaciers["source"]["warc"]["record_id"].startswith("<urn:uuid:")
    assert glaciers["permalink"] == f"/a/{glaciers['source']['sha256'][:16]}/"


def test_an_export_of_web_archive_pages_restores(crawl, tmp_path):
    run_command("import_articles", str(crawl))
    article = Article.objects.get(title="Harbour cranes return after strike ends")
    article.title = "Harbour cranes move again"
    article.mark_curated(["title"])
    article.save()
    target = tmp_path / "export.jsonl"
    run_command("export_archive", output=str(target))
    Article.objects.all().delete()
    SourceDocument.objects.filter(container__isnull=False).delete()
    SourceDocument.objects.all().delete()
    code, out, err = run_command("restore_archive", str(target), "--sources", str(crawl.parent))
    assert code == 0, err + out
    assert Article.objects.count() == 3
    restored = Article.objects.get(title="Harbour cranes move again")
    assert restored.get_permalink() == f"/a/{restored.source.sha256[:16]}/"


def test_html_under_any_name_imports_as_html(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(DATA / "html" / "jsonld_magazine.html", folder / "glaciers.dat")
    shutil.copy(DATA / "html" / "legacy_table.htm", folder / "mill")
    code, out, err = run_command("import_articles", str(folder))
    assert code == 0, err
    assert sorted(Article.objects.values_list("source__format", flat=True)) == ["html", "html"]
    assert Article.objects.get(outlet__name="Alpine Review").byline == "Lukas Brunner"


def test_a_crawl_that_grew_keeps_its_old_bytes_and_adds_the_new_pages(crawl):
    run_command("import_articles", str(crawl))
    first = SourceDocument.objects.get(format="warc")
    # the crawler ran again and appended one more capture to the same file
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = io.BytesIO((DATA / "html" / "itemprop_news.html").read_bytes())
    writer.write_record(
        writer.create_warc_record("https://www.metroledger.example/r", "response", payload=page, http_headers=headers)
    )
    crawl.write_bytes(crawl.read_bytes() + buffer.getvalue())
    code, out, err = run_command("import_articles", str(crawl))
    assert code == 0, err
    assert "and 4 web-archive page(s): 2 created" in out and "3 unchanged" in out  # the file and its new page
    first.refresh_from_db()
    assert first.status == "superseded"
    assert bytes(first.raw) != crawl.read_bytes()  # the old bytes are still there
    assert (
        Article.objects.get(title="Rail operator fined over winter cancellations").source.container.status == "imported"
    )


def test_an_undated_article_is_cited_without_a_date(imported_seeds, client):
    article = Article.objects.filter(published__isnull=True).exclude(outlet=None).first()
    citation = article.citation("http://archive.example/a/key/")
    assert f"{article.outlet.name}, n.d. Archived in Clippings: http://archive.example/a/key/" in citation
    assert ".." not in citation


def test_a_captured_page_with_no_article_is_skipped_not_failed(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for url, page in (
        (
            "https://news.example/login",
            b"<html><body><form><input name=user><button>Log in</button></form></body></html>",
        ),
        ("https://news.example/story", (DATA / "html" / "jsonld_magazine.html").read_bytes()),
    ):
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=headers))
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(buffer.getvalue())
    code, out, err = run_command("import_articles", str(archive), verbosity=2)
    assert code == 0, err
    assert "skipped: " in out and "#<urn:uuid:" in out and "no article text found" in out
    assert Article.objects.count() == 1


def test_the_article_page_of_a_captured_page_never_reads_the_web_archives_bytes(client, crawl):
    # a crawl can be hundreds of megabytes: the page shows its name and size, and must not load it
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    run_command("import_articles", str(crawl))
    article = Article.objects.get(title="Harbour cranes return after strike ends")
    with CaptureQueriesContext(connection) as queries:
        html = client.get(article.get_absolute_url()).content.decode()
    assert "crawl.warc.gz" in html
    assert not [q for q in queries if '."raw"' in q["sql"]]  # the file's or its archive's bytes
