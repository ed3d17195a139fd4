"""Browse pages through the test client: what a reader sees."""

import pytest
from django.urls import reverse

from archive.ingest import Candidate, import_file
from archive.models import Article, Outlet

pytestmark = pytest.mark.django_db

MARKUP = (
    'Mayor says <script>alert("x")</script> is fine\n\n'
    "The mayor wrote <img src=x onerror=alert(1)> in a statement on Monday.\n\n"
    "Residents were not impressed by the statement at all."
)


def test_home_shows_counts_and_latest_articles(client, imported_seeds):
    page = client.get("/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<strong>5</strong> articles" in html
    assert "Stoltenberg: Putin doesn’t want peace, but pause for regrouping" in html


def test_empty_archive_home_explains_how_to_import(client, db):
    html = client.get("/").content.decode()
    assert "The archive is empty" in html and "import_articles" in html


def test_article_list_is_paginated(client, imported_seeds, monkeypatch):
    monkeypatch.setattr("archive.views.PAGE_SIZE", 2)
    first = client.get(reverse("archive:article_list")).content.decode()
    assert "Page 1 of 3" in first and "?page=2" in first
    last = client.get(reverse("archive:article_list"), {"page": 3}).content.decode()
    assert "Page 3 of 3" in last


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999999", "1" * 50])
def test_bad_page_numbers_never_break_the_list(client, imported_seeds, page):
    response = client.get(reverse("archive:article_list"), {"page": page})
    assert response.status_code == 200


def test_article_page_shows_title_outlet_paragraphs_source_and_removed_lines(client, imported_seeds):
    article = Article.objects.get(source__path__endswith="004_f164d22075c45581.txt")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<h1>Stoltenberg: Putin doesn’t want peace, but pause for regrouping</h1>" in html
    assert 'href="/outlets/the-kyiv-independent/"' in html
    assert html.count('<p id="p') == len(article.paragraphs) == 7
    assert "004_f164d22075c45581.txt" in html
    assert "What was removed (14 lines)" in html
    assert "<code>author-box</code>" in html


def test_unknown_article_is_404(client, db):
    assert client.get("/articles/no-such-article/").status_code == 404


def test_outlet_list_and_page(client, imported_seeds):
    html = client.get(reverse("archive:outlet_list")).content.decode()
    assert "MRT" in html and "The Kyiv Independent" in html
    outlet = Outlet.objects.get(name="MRT")
    page = client.get(outlet.get_absolute_url()).content.decode()
    assert "Russia: NATO rejects Putin’s demand to stop its expansion to the East" in page
    assert "Stoltenberg: Putin" not in page


def test_raw_source_is_served_as_plain_text_exactly(client, imported_seeds):
    article = Article.objects.get(source__path__endswith="002_a7936cc6d2ce3400.txt")
    response = client.get(reverse("archive:source_raw", args=[article.source_id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == (imported_seeds / "002_a7936cc6d2ce3400.txt").read_bytes()


def test_article_markup_is_shown_as_text_never_as_html(client, db, tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text(MARKUP, encoding="utf-8")
    result = import_file(Candidate("markup.txt", path))
    assert result.status == "created"
    article = Article.objects.get()
    for url in ("/", reverse("archive:article_list"), article.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
    html = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
