"""An export plus the raw files restore the whole archive, archivists' corrections included."""

import json

import pytest
from django.core.management.base import CommandError

from archive.models import Article, Outlet, Person, Quote, SourceDocument, Topic

from ..conftest import run_command

pytestmark = pytest.mark.django_db


def export(tmp_path, name):
    target = tmp_path / name
    assert run_command("export_archive", output=str(target))[0] == 0
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    for record in records:
        record.pop("id")
    return target, records


def test_round_trip_through_an_empty_archive(imported_seeds, tmp_path):
    # an archivist's work: a corrected title and date, a fixed speaker, a merged person, a topic
    article = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    article.title = "NATO rejects Russia's demands (corrected)"
    article.published = "2022-01-12"
    article.mark_curated(["title", "published"])
    article.save()
    quote = Quote.objects.get(text="It is not clear how a way out can be found")
    quote.speaker, quote.is_curated = Person.objects.get(name="Stefano Sannino"), True
    quote.save()
    Topic.objects.create(name="Diplomacy", slug="diplomacy")
    article.topics.add(Topic.objects.get(name="Diplomacy"))
    article.mark_curated(["topics"])
    article.save()
    path, before = export(tmp_path, "before.jsonl")

    # an empty machine
    Article.objects.all().delete()
    SourceDocument.objects.all().delete()
    Person.objects.all().delete()
    Outlet.objects.all().delete()
    assert not Article.objects.exists()

    code, out, err = run_command("restore_archive", str(path), "--sources", str(imported_seeds))
    assert code == 0, err
    assert "Restored 5 of 5 article(s)." in out
    _, after = export(tmp_path, "after.jsonl")
    assert after == before
    restored = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    assert "title" in restored.curated_fields
    assert Quote.objects.get(text="It is not clear how a way out can be found").is_curated


def test_a_raw_file_that_changed_since_the_export_is_reported(imported_seeds, tmp_path):
    path, _ = export(tmp_path, "backup.jsonl")
    Article.objects.all().delete()
    SourceDocument.objects.all().delete()
    (imported_seeds / "000_427d09f879cbf10e.txt").write_text("Something else entirely\n\nA different file.")
    code, out, err = run_command("restore_archive", str(path), "--sources", str(imported_seeds))
    assert code == 1
    assert "000_427d09f879cbf10e.txt: raw file differs from the one exported (sha256)" in err
    assert "Restored 4 of 5" in out


@pytest.mark.parametrize(
    "second_line, message",
    [
        ('{"not json', "line 2 of .* is not JSON: not an export file"),
        ('{"title": "no source"}', "line 2 of .* has no source path: not an export record"),
        ("[" * 100_000, "line 2 of .* is not JSON"),
    ],
)
def test_a_file_that_is_no_export_is_refused_with_the_line_and_nothing_changes(
    imported_seeds, tmp_path, second_line, message
):
    path, records = export(tmp_path, "backup.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], second_line, *lines[1:]]), encoding="utf-8")
    Article.objects.all().delete()
    with pytest.raises(CommandError, match=message):
        run_command("restore_archive", str(path), "--sources", str(imported_seeds))
    assert not Article.objects.exists()
