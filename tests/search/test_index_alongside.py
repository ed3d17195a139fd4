"""A large import has a second process write the search index as articles commit: at the end the
index must hold exactly what the database holds, names changed mid-import included. Real processes
on a scratch archive (another process cannot see the test suite's in-memory database)."""

from unittest.mock import patch

import pytest
from django.utils import timezone
from haystack import connections
from haystack.query import SearchQuerySet

from archive.models import Article
from search import backends, live
from search.alongside import ALONGSIDE_FROM

from ..conftest import SEEDS
from ..reliability.test_crash import count, manage

FILES = ALONGSIDE_FROM + 20
RENAMED_FROM = ALONGSIDE_FROM + 10


@pytest.mark.whoosh_only
def test_a_large_import_is_indexed_alongside_and_matches_the_database_after_a_rename(tmp_path):
    seed = next(p for p in sorted(SEEDS.iterdir()) if "Alexander Grushko" in p.read_text(encoding="utf-8"))
    text = seed.read_text(encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(FILES):
        # the early copies spell him "Aleksandr Grushkó"; the last ones bring the name the archive
        # prefers, so the person is renamed after the helper has indexed many of his quotes
        copy = text if n >= RENAMED_FROM else text.replace("Alexander Grushko", "Aleksandr Grushkó")
        copy = copy.replace("\n", f" (edition {n})\n", 1) + f"\n\nEdition number {n} ends with a line of its own.\n"
        (folder / f"article_{n:03}.txt").write_text(copy, encoding="utf-8")
    data = tmp_path / "data"
    assert manage(data, "migrate", "-v", "0").returncode == 0

    # the helper indexes each article as soon as it commits, so it has indexed his early quotes
    # (and their speaker's name) well before the rename
    imported = manage(data, "import_articles", str(folder), "-v", "2", env={"CLIPPINGS_INDEX_HELPER_BATCH": "1"})

    assert imported.returncode == 0, imported.stderr
    helped = [line for line in imported.stdout.splitlines() if "indexed by a second process" in line]
    assert helped and int(helped[0].split()[2]) > 0, imported.stdout[-2000:]
    db = data / "clippings.sqlite3"
    assert count(db, "select count(*) from archive_indexbacklog") == 0
    check = manage(data, "check_archive")
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"articles: {FILES} in the database, {FILES} in the index; 0 missing, 0 stale" in check.stdout
    assert "0 differences" in check.stdout  # every quote's speaker is indexed as "Alexander Grushko"
    assert count(db, "select count(*) from archive_person where name = 'Alexander Grushko'") == 1
    assert count(db, "select count(*) from archive_person where name like 'Aleksandr%'") == 0


def _copies_of(identifier: str) -> int:
    backend = connections["default"].get_backend()
    with backend.index.refresh().searcher() as searcher:
        return len(list(searcher.document_numbers(id=identifier)))


def _import_while_deferred(tmp_path, name: str):
    from archive.ingest import Candidate, import_file

    path = tmp_path / name
    path.write_text(
        f"Harbour cranes return to {name}\n\n"
        f'"We will not yield on the {name} cranes," said Mayor Olga Petrenko on Monday.\n\n'
        "The zanzibarian harbour board met for the third time this month.\n",
        encoding="utf-8",
    )
    result = import_file(Candidate(name, path))
    assert result.status == "created", result
    return Article.objects.order_by("-id").first()


@pytest.mark.whoosh_only
def test_the_helper_adds_an_imports_new_articles_once_and_replaces_those_written_before(db, imported_seeds, tmp_path):
    since = timezone.now()
    own = live.ImportsOwn.now()
    deleted = []
    real_delete = backends._delete_documents
    with live.deferred():
        live.set_shared_backlog(True)
        first = _import_while_deferred(tmp_path, "Tallinn")
        with patch.object(backends, "_delete_documents", lambda w, ids: deleted.extend(ids) or real_delete(w, ids)):
            assert live.index_backlogged_articles(since, own=own) == {first.id}
            assert deleted == []  # new to the index: nothing was looked for to delete
            # the article changes again after the helper wrote it: its document is replaced, not doubled
            first.title = "Harbour cranes return to Tallinn at last"
            first.save()
            assert live.index_backlogged_articles(since, own=own) == {first.id}
        live.set_shared_backlog(False)
    assert _copies_of(f"archive.article.{first.id}") == 1
    for quote in first.quotes.all():
        assert _copies_of(f"archive.quote.{quote.id}") == 1
    found = SearchQuerySet().models(Article).filter(content="zanzibarian")
    assert [int(r.pk) for r in found] == [first.id] and found[0].title == "Harbour cranes return to Tallinn at last"


@pytest.mark.whoosh_only
def test_an_article_indexed_by_another_writer_during_an_import_is_not_doubled(db, imported_seeds, tmp_path):
    since = timezone.now()
    own = live.ImportsOwn.now()
    with live.deferred():
        live.set_shared_backlog(True)
        article = _import_while_deferred(tmp_path, "Riga")
        # an archivist's edit in the web process indexes the new article before the helper gets to it
        live.apply(articles=[article.id], quotes=list(article.quotes.values_list("id", flat=True)))
        article.save()  # and the import comes back to it (a person renamed, a near-duplicate found)
        assert live.index_backlogged_articles(since, own=own) == {article.id}
        live.set_shared_backlog(False)
    assert _copies_of(f"archive.article.{article.id}") == 1
    assert all(_copies_of(f"archive.quote.{q}") == 1 for q in article.quotes.values_list("id", flat=True))
    assert own.generation is None  # the helper no longer trusts what it knew


@pytest.mark.whoosh_only
def test_a_bulk_writer_reads_segment_files_without_mapping_them_into_its_memory(db, imported_seeds, monkeypatch):
    import mmap

    from whoosh.filedb import compound

    mapped = []
    real_mmap = mmap.mmap
    monkeypatch.setattr(compound.mmap, "mmap", lambda *a, **k: mapped.append(a) or real_mmap(*a, **k))
    articles = list(Article.objects.values_list("id", flat=True))

    def reindex_and_search():
        live.apply(articles=articles)
        return SearchQuerySet().models(Article).filter(content="nato").count()

    assert reindex_and_search() > 0 and mapped  # a web process maps the segments it reads
    mapped.clear()
    with backends.segments_read_unmapped():  # as an import does
        assert reindex_and_search() > 0
        assert mapped == []
    assert reindex_and_search() > 0 and mapped  # and searches after it map them again
