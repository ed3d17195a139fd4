"""A large import has a second process write the search index as articles commit: at the end the
index must hold exactly what the database holds, names changed mid-import included. Real processes
on a scratch archive (another process cannot see the test suite's in-memory database)."""

import pytest

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
