"""Article search: the import builds the index, results carry escaped snippets."""

import pytest
from django.urls import reverse

from archive.ingest import Candidate, import_file
from search.highlight import highlight

pytestmark = pytest.mark.django_db


def test_searching_negotiations_finds_the_seed_articles(client, imported_seeds):
    response = client.get(reverse("search:search"), {"q": "negotiations"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "NATO mistrusts negotiations, fears Putin buying time to rearm" in html
    assert "<mark>negotiations</mark>" in html


def test_a_word_in_no_article_gives_a_friendly_empty_page(client, imported_seeds):
    html = client.get(reverse("search:search"), {"q": "zzzyzzva"}).content.decode()
    assert "No articles match" in html


@pytest.mark.parametrize(
    "params",
    [{"q": "x" * 100_000}, {"q": '"unbalanced'}, {"q": "(a OR"}, {"q": "NATO", "page": "abc"},
     {"q": "NATO", "page": "999999"}, {"q": "a\x00b"}, {"q": "django_ct:archive.article"}],
)  # fmt: skip
def test_bad_search_parameters_never_give_a_server_error(client, imported_seeds, params):
    response = client.get(reverse("search:search"), params)
    assert response.status_code in (200, 400)


def test_snippets_escape_article_markup(client, db, tmp_path, django_capture_on_commit_callbacks):
    path = tmp_path / "markup.txt"
    path.write_text(
        "Mayor says scripts are fine\n\nThe mayor wrote <script>alert('x')</script> in a mayoral statement.",
        encoding="utf-8",
    )
    with django_capture_on_commit_callbacks(execute=True):
        import_file(Candidate("markup.txt", path))
    html = client.get(reverse("search:search"), {"q": "mayoral"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<mark>mayoral</mark>" in html


def test_highlight_escapes_before_marking():
    snippet = highlight('<b onmouseover="x">NATO</b> talks & more', "nato")
    assert str(snippet) == "&lt;b onmouseover=&quot;x&quot;&gt;<mark>NATO</mark>&lt;/b&gt; talks &amp; more"
