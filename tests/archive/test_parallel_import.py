"""A large folder is read and extracted by worker processes: the archive must come out the same."""

import hashlib
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


def test_a_large_folder_imported_again_knows_its_changed_and_copied_files(tmp_path, settings, monkeypatch):
    """A large import reads which files are stored once, at its start: what it stores itself and
    what was stored before must still be found, file by file."""
    folder = mixed_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    settings.CLIPPINGS_IMPORT_WORKERS = 2
    first = sorted((folder / "seeds").iterdir())
    # the same bytes twice within one import: the second copy is the first file's
    shutil.copy(first[2], folder / "copy-in-the-same-import.txt")
    code, out, err = run_command("import_articles", "mixed")
    assert code == 1 and "0 updated" in out  # the broken and empty files failed
    sha = hashlib.sha256(first[2].read_bytes()).hexdigest()
    assert "unexpected error" not in err and err.count("failed: ") == 2, err
    assert SourceDocument.objects.filter(sha256=sha).count() == 1
    assert Article.objects.filter(source__sha256=sha).count() == 1
    articles = Article.objects.count()

    changed = folder / "seeds" / "001_d07a4059c8cfa16f.txt"  # its comment form follows the story
    assert changed not in first[2:4]
    changed.write_text(
        changed.read_text(encoding="utf-8").replace(
            "LEAVE A REPLY", "A correction was appended to the story.\n\nLEAVE A REPLY"
        ),
        encoding="utf-8",
    )
    shutil.copy(first[3], folder / "copied-later.txt")
    code, out, err = run_command("import_articles", "mixed")
    assert "0 created, 1 updated" in out, out
    assert Article.objects.count() == articles
    article = Article.objects.get(source__path=f"mixed/seeds/{changed.name}")
    assert article.body.endswith("A correction was appended to the story.")
    assert SourceDocument.objects.filter(path=f"mixed/seeds/{changed.name}", status="superseded").count() == 1
    assert not SourceDocument.objects.filter(path="mixed/copied-later.txt").exists()
    assert SourceDocument.objects.filter(sha256=hashlib.sha256(first[3].read_bytes()).hexdigest()).count() == 1
    assert "failed: mixed/broken.txt" in err  # failed before, reported again, not stored twice
    assert SourceDocument.objects.filter(path="mixed/broken.txt").count() == 1
