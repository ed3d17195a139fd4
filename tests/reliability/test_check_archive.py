"""check_archive finds every kind of difference between database and index, and repairs them."""

import pytest
from django.db import connection
from haystack import connections

from archive.models import Article, Quote, SourceDocument

from ..conftest import run_command

pytestmark = pytest.mark.django_db


def test_a_fresh_import_has_no_differences(imported_seeds):
    code, out, _ = run_command("check_archive")
    assert code == 0 and "0 differences." in out
    assert "raw files: 5 checked, 0 damaged" in out


def test_missing_stale_ghost_and_damaged_are_found_and_the_index_repaired(imported_seeds):
    a, b = Article.objects.order_by("id")[:2]
    connections["default"].get_backend().remove(f"archive.article.{a.pk}")  # missing
    Article.objects.filter(pk=b.pk).update(title="Changed behind the index's back")  # stale
    ghost = Quote.objects.order_by("id").first()
    with connection.cursor() as cursor:  # gone without a signal
        cursor.execute("DELETE FROM archive_quote WHERE id = %s", [ghost.pk])
    SourceDocument.objects.filter(pk=b.source_id).update(raw=b"tampered")

    code, out, _ = run_command("check_archive")
    assert code == 1
    assert "articles: 5 in the database, 4 in the index; 1 missing, 1 stale, 0 ghost" in out
    assert (
        "1 missing, 0 stale, 1 ghost" in out.split("quotes:")[1].split("\n")[0] or "0 missing, 0 stale, 1 ghost" in out
    )
    assert f"damaged: {b.source.path}: raw bytes do not match their sha256" in out

    code, out, _ = run_command("check_archive", "--repair")
    assert "1 differences after repair." in out  # only the damaged raw file, which cannot be repaired
    SourceDocument.objects.filter(pk=b.source_id).update(raw=(imported_seeds / b.source.file_name).read_bytes())
    code, out, _ = run_command("check_archive")
    assert code == 0 and "0 differences." in out
