"""A large folder is read and extracted by worker processes: the archive must come out the same."""

import json
import os
import shutil

import pytest

from archive import ingest
from archive.export import export_lines
from archive.ingest import PARALLEL_FROM
from archive.models import Article, Outlet, OutletLine, Person, SourceDocument

from ..conftest import DATA, SEEDS, run_command
from .test_learned_furniture import write_articles

pytestmark = pytest.mark.django_db


def mixed_folder(tmp_path):
    """Seeds, other sites' text, HTML pages, a learned footer, and files that must fail."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copytree(SEEDS, folder / "seeds")
    for name in ("other_sites", "html", "quotes", "text_dumps"):
        shutil.copytree(DATA / name, folder / name, ignore=shutil.ignore_patterns("*.json"))
    write_articles(folder / "chronicle")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 500)
    (folder / "empty.txt").write_text("   \n")
    assert sum(1 for p in folder.rglob("*") if p.is_file()) > PARALLEL_FROM
    return folder


def archive_contents():
    records = sorted((json.loads(line) for line in export_lines()), key=lambda r: r["source"]["path"])
    for record in records:  # ids and slugs may differ between two imports; what was extracted may not
        for key in ("id", "url"):
            record.pop(key)
    failed = sorted(SourceDocument.objects.filter(status="failed").values_list("path", "error"))
    return records, failed


def empty_archive():
    Article.objects.all().delete()
    Person.objects.all().delete()
    OutletLine.objects.all().delete()
    SourceDocument.objects.all().delete()
    Outlet.objects.all().delete()


def noting_the_process(monkeypatch, name: str, log_path):
    """Make ``ingest.<name>`` write the id of each process that calls it to ``log_path``."""
    real = getattr(ingest, name)

    def noting(*args, **kwargs):
        with log_path.open("a") as log:
            log.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest, name, noting)
    return log_path


def test_import_with_worker_processes_gives_the_archive_a_single_process_gives(tmp_path, settings, monkeypatch):
    mixed_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    settings.CLIPPINGS_IMPORT_WORKERS = 0
    code, out_single, _ = run_command("import_articles", "mixed")
    single = archive_contents()
    empty_archive()
    settings.CLIPPINGS_IMPORT_WORKERS = 2
    extracted_by = noting_the_process(monkeypatch, "extract_article", tmp_path / "extracted_by")
    tagged_by = noting_the_process(monkeypatch, "match_topics", tmp_path / "tagged_by")
    code_workers, out_workers, err = run_command("import_articles", "mixed")
    workers = set(extracted_by.read_text().split()) - {str(os.getpid())}
    assert len(workers) == 2, "the files were not extracted by two worker processes"
    # the workers tag the new articles too: the storing process does not match their topics again
    assert set(tagged_by.read_text().split()) - {str(os.getpid())} == workers
    tagged_here = tagged_by.read_text().split().count(str(os.getpid()))
    assert tagged_here < len(single[0]) / 2  # only the articles extracted again after a footer was learned

    assert (code_workers, out_workers) == (code, out_single)
    assert "failed: mixed/broken.txt" in err and "failed: mixed/empty.txt" in err
    assert archive_contents() == single
    records, _ = single
    assert len(records) > PARALLEL_FROM
    # the chronicle's footer was learned during the import and is out of every story
    chronicle = [r for r in records if r["source"]["path"].startswith("mixed/chronicle/")]
    assert chronicle and all("Got something to say" not in r["body"] for r in chronicle)
