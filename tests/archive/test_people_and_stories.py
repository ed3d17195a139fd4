"""People, quotes, topics and near-duplicate stories as the archive stores them."""

import json
import shutil

import pytest

from archive.models import Article, Person, Quote

from ..conftest import DATA, SEEDS, run_command

pytestmark = pytest.mark.django_db

GOLD = json.loads((DATA / "gold_seeds.json").read_text(encoding="utf-8"))["files"]


def export_people(tmp_path):
    target = tmp_path / "export.jsonl"
    run_command("export_archive", output=str(target))
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    return {
        r["source"]["path"].rsplit("/", 1)[-1]: (
            sorted((p["name"], tuple(p["aliases"])) for p in r["persons"]),
            sorted((q["text"], q["speaker"]) for q in r["quotes"]),
        )
        for r in records
    }


def test_one_person_per_human_across_spellings(imported_seeds):
    grushko = Person.objects.get(name="Alexander Grushko")
    assert {"Aleksandr Grushkó", "Grushkó", "Grushko"} <= set(grushko.aliases)
    assert Person.objects.filter(name__contains="Zelensk").count() == 1
    assert Person.objects.get(name="Volodymyr Zelensky").aliases == ["Volodymyr Zelenskyi", "Zelensky", "Zelenskyi"]
    assert not Person.objects.filter(name__in=["Reuters", "Interfax", "Sanford", "Financial Times"]).exists()


def test_every_gold_quote_is_found_with_its_speaker(imported_seeds):
    for gold in GOLD:
        article = Article.objects.get(source__path__endswith=gold["file"])
        stored = {" ".join(q.text.split()): (q.speaker.name if q.speaker else None) for q in article.quotes.all()}
        for quote in gold["quotes"]:
            texts = {" ".join(t.split()).strip('”“"., ') for t in (quote["text"], quote.get("text_alt") or "") if t}
            match = next((k for k in stored if k.strip('”“"., ') in texts), None)
            assert match is not None, (gold["file"], texts)
            if quote["speaker"]:
                assert stored[match] == quote["speaker"], (gold["file"], match)
            else:
                assert stored[match] is None, (gold["file"], match)


def test_import_order_does_not_change_people_or_quotes(db, tmp_path):
    forward, backward = tmp_path / "a", tmp_path / "b"
    for folder, files in ((forward, sorted(SEEDS.iterdir())), (backward, sorted(SEEDS.iterdir(), reverse=True))):
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder / path.name)
    for path in sorted(forward.iterdir()):
        run_command("import_articles", str(path))
    first = export_people(tmp_path)
    Article.objects.all().delete()
    Person.objects.all().delete()
    from archive.models import SourceDocument

    SourceDocument.objects.all().delete()
    for path in sorted(backward.iterdir(), reverse=True):
        run_command("import_articles", str(path))
    assert export_people(tmp_path) == first


def test_near_duplicate_stories_are_linked_both_ways_and_same_event_is_not(imported_seeds):
    a = Article.objects.get(source__path__endswith="002_a7936cc6d2ce3400.txt")
    b = Article.objects.get(source__path__endswith="004_f164d22075c45581.txt")
    assert list(a.near_duplicates.all()) == [b]
    assert list(b.near_duplicates.all()) == [a]
    assert not Article.objects.get(source__path__endswith="001_d07a4059c8cfa16f.txt").near_duplicates.exists()


def test_article_page_shows_the_same_story_elsewhere(client, imported_seeds):
    a = Article.objects.get(source__path__endswith="002_a7936cc6d2ce3400.txt")
    html = client.get(a.get_absolute_url()).content.decode()
    assert "Same story elsewhere" in html
    assert "Stoltenberg: Putin doesn’t want peace, but pause for regrouping" in html


def test_topics_are_tagged_and_retag_applies_new_terms(imported_seeds):
    article = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    assert "NATO enlargement" in {t.name for t in article.topics.all()}
    from archive.models import Topic

    Topic.objects.create(name="Minsk agreements", slug="minsk-agreements", terms=["Minsk Agreements", "Donbas"])
    code, out, _ = run_command("retag")
    assert code == 0 and "Re-tagged 5 article(s)" in out
    assert "Minsk agreements" in {t.name for t in article.topics.all()}


def test_reimport_keeps_a_curated_speaker(imported_seeds):
    quote = Quote.objects.get(text__startswith="It is impossible to estimate")
    quote.speaker = Person.objects.get(name="Volodymyr Zelensky")
    quote.is_curated = True
    quote.save()
    path = imported_seeds / "000_427d09f879cbf10e.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Image Credit: Getty", "An update.\n\nImage Credit: Getty")
    )
    run_command("import_articles", str(imported_seeds))
    kept = Quote.objects.filter(text__startswith="It is impossible to estimate")
    assert kept.count() == 1 and kept.get().speaker.name == "Volodymyr Zelensky"
