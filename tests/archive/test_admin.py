"""Curation in the admin: login required, raw and removed lines beside the body, edits marked curated."""

import pytest
from django.urls import reverse

from archive.models import Article

from ..conftest import run_command

pytestmark = pytest.mark.django_db


def test_admin_needs_a_login(client, imported_seeds):
    response = client.get(reverse("admin:archive_article_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("model", ["sourcedocument", "outlet", "article", "person", "mention", "quote", "topic"])
def test_every_model_has_a_working_admin_list(admin_client, imported_seeds, model):
    response = admin_client.get(reverse(f"admin:archive_{model}_changelist"), {"q": "NATO"})
    assert response.status_code == 200


def test_article_change_page_shows_body_removed_lines_and_raw_source(admin_client, imported_seeds):
    article = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    html = admin_client.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    assert "The gap between NATO and Russia is widening." in html
    assert "<td><code>read-also-teaser</code></td>" in html
    assert "Join MRT to follow all the news and read without limits." in html
    assert "Share your love" in html  # the raw file, chrome and all


def test_editing_an_article_marks_it_curated_and_survives_reimport(admin_client, imported_seeds):
    article = Article.objects.get(source__path__endswith="000_427d09f879cbf10e.txt")
    url = reverse("admin:archive_article_change", args=[article.pk])
    form = {
        "title": "NATO mistrusts the negotiations (corrected)",
        "outlet": "",
        "published": "2022-03-16",
        "byline": "",
        "original_url": "",
        "body": article.body,
        "topics": [t.pk for t in article.topics.all()],
        "mentions-TOTAL_FORMS": "0", "mentions-INITIAL_FORMS": "0",
        "quotes-TOTAL_FORMS": "0", "quotes-INITIAL_FORMS": "0",
    }  # fmt: skip
    response = admin_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.is_curated
    assert article.curated_fields == ["published", "title"]

    # the file changes; the archivist's title and date stay, the body follows the file
    path = imported_seeds / "000_427d09f879cbf10e.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Image Credit: Getty", "A late update.\n\nImage Credit: Getty")
    )
    code, out, _ = run_command("import_articles", str(imported_seeds))
    assert "1 updated" in out
    article.refresh_from_db()
    assert article.title == "NATO mistrusts the negotiations (corrected)"
    assert article.published.isoformat() == "2022-03-16"
    assert article.body.endswith("A late update.")
