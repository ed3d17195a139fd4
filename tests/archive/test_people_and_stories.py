"""People, quotes, topics and near-duplicate stories as the archive stores them."""

import json
import shutil

import pytest

from archive.models import Article, Person, Quote, Topic

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


def test_a_lone_surname_imported_first_joins_the_full_name_imported_later(db, seed_dir):
    run_command("import_articles", str(seed_dir / "002_a7936cc6d2ce3400.txt"))
    assert not Person.objects.filter(name="Vladimir Putin").exists()
    run_command("import_articles", str(seed_dir))
    putin = Person.objects.get(name="Vladimir Putin")
    article = Article.objects.get(source__path__endswith="002_a7936cc6d2ce3400.txt")
    assert article.mentions.filter(person=putin).exists()


def _stored_before_rekeying(name: str, slug: str, key: str, surname_key: str, migration: str) -> Person:
    """A person as an older release stored them, under the key it computed, then the migration
    that re-keys the archive's people."""
    from importlib import import_module

    from django.apps import apps

    from archive.models import PersonName

    person = Person.objects.create(name=name, slug=slug, key=key, surname_key=surname_key)
    PersonName.objects.create(person=person, key=key)
    import_module(f"archive.migrations.{migration}").rekey(apps, None)
    return person


def _import_one(tmp_path, text: str) -> None:
    (tmp_path / "a.txt").write_text(text)
    code, _, err = run_command("import_articles", str(tmp_path))
    assert code == 0, err


def test_a_person_stored_before_the_keys_learned_a_spelling_is_found_under_it_after_migrating(db, tmp_path):
    # as an older release stored him: keys that do not fold "Podoliak" into "Podolyak"
    person = _stored_before_rekeying(
        "Mykhailo Podolyak", "mykhailo-podolyak", "myhailo podolyak", "podolyak", "0010_rekey_person_names"
    )
    _import_one(tmp_path, "Adviser speaks\n\nPresidential adviser Mykhaylo Podoliak said the talks had gone nowhere.")
    assert list(Person.objects.filter(name__contains="Podol").values_list("name", flat=True)) == ["Mykhailo Podolyak"]
    assert "Mykhaylo Podoliak" in Person.objects.get(pk=person.pk).aliases


def test_a_person_stored_under_the_ukrainian_given_name_is_found_under_the_russian_one(db, tmp_path):
    # as the release before 0011 stored him
    person = _stored_before_rekeying(
        "Dmytro Kuleba", "dmytro-kuleba", "dmitro kuleba", "kuleba", "0011_rekey_ukrainian_given_names"
    )
    _import_one(tmp_path, "Minister speaks\n\nForeign Minister Dmitry Kuleba said the talks went nowhere.")
    assert list(Person.objects.filter(name__endswith="Kuleba").values_list("name", flat=True)) == ["Dmytro Kuleba"]
    assert "Dmitry Kuleba" in Person.objects.get(pk=person.pk).aliases


def test_a_person_stored_before_the_keys_learned_german_spellings_is_found_under_them(db, tmp_path):
    # as the release before 0015 stored him, from a German-style translation: "peskow", not "peskov"
    peskow = _stored_before_rekeying(
        "Dmitri Peskow", "dmitri-peskow", "dmitri peskow", "peskow", "0015_rekey_german_transliterations"
    )
    _import_one(
        tmp_path,
        "Kremlin answers\n\nKremlin spokesman Dmitry Peskov said on Monday that Wolodymyr Selenskyj was not ready. "
        "Later, President Volodymyr Zelensky said he was, and Foreign Minister Sergej Lawrow met Sergei Lavrov's aides.",
    )
    assert list(Person.objects.filter(name__contains="Pesk").values_list("name", flat=True)) == ["Dmitri Peskow"]
    assert "Dmitry Peskov" in Person.objects.get(pk=peskow.pk).aliases
    assert Person.objects.filter(name__in=["Wolodymyr Selenskyj", "Volodymyr Zelensky"]).count() == 1
    assert Person.objects.filter(name__in=["Sergej Lawrow", "Sergei Lavrov"]).count() == 1


def test_a_person_stored_before_apostrophes_joined_a_word_is_found_after_migrating(db, tmp_path):
    # as the release before 0017 stored him from a page that left his name in Cyrillic: the soft
    # sign, an apostrophe to anyascii, split the surname ("sirs ki")
    _stored_before_rekeying(
        "Олександр Сирський",
        "oleksandr-syrskyi",
        "alexandr sirs ki",
        "sirs ki",
        "0017_rekey_apostrophes_and_french_spellings",
    )
    _import_one(tmp_path, "General speaks\n\nGeneral Oleksandr Syrskyi said on Monday that the front held.")
    assert Person.objects.filter(name__in=["Олександр Сирський", "Oleksandr Syrskyi"]).count() == 1


def test_a_name_less_a_given_name_and_a_surname_with_its_particles_are_the_full_name(db, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Erdogan in Sochi\n\nTurkish President Recep Tayyip Erdoğan met Vladimir Putin in Sochi on Monday."
    )
    (tmp_path / "b.txt").write_text("Ankara offers talks\n\nTurkish President Tayyip Erdogan said Ankara was ready.")
    (tmp_path / "c.txt").write_text(
        "EU responds\n\nUrsula von der Leyen said the EU would respond. “We are ready,” von der Leyen said."
    )
    code, _, err = run_command("import_articles", str(tmp_path))
    assert code == 0, err
    assert list(Person.objects.filter(name__contains="Erdo").values_list("name", flat=True)) == ["Recep Tayyip Erdoğan"]
    assert "Tayyip Erdogan" in Person.objects.get(name="Recep Tayyip Erdoğan").aliases
    assert list(Person.objects.filter(name__contains="Leyen").values_list("name", flat=True)) == [
        "Ursula von der Leyen"
    ]


def test_a_middle_initial_is_not_merged_on_its_own(db, tmp_path):
    """Robert F. Kennedy and Robert Kennedy may be father and son: an archivist decides."""
    (tmp_path / "a.txt").write_text("Candidate speaks\n\nCandidate Robert F. Kennedy said he would run.")
    (tmp_path / "b.txt").write_text("Senator speaks\n\nSenator Robert Kennedy said he would vote.")
    run_command("import_articles", str(tmp_path))
    assert Person.objects.filter(name__endswith="Kennedy").count() == 2


def test_uncertain_spelling_goes_to_the_review_list_not_merged(db, tmp_path):
    from archive.models import PersonMatch

    (tmp_path / "a.txt").write_text(
        "Minister meets press\n\nForeign Minister Dmitro Kuleba said talks went well today."
    )
    (tmp_path / "b.txt").write_text("Kuleba travels\n\nForeign Minister Dmytro Kuleba said he would travel on Monday.")
    (tmp_path / "c.txt").write_text("Another Kuleba\n\nForeign Minister Dymitr Kuleba said nothing at all.")
    run_command("import_articles", str(tmp_path))
    names = set(Person.objects.filter(name__endswith="Kuleba").values_list("name", flat=True))
    assert "Dymitr Kuleba" in names and len(names) >= 2
    assert PersonMatch.objects.filter(is_resolved=False).exists()


def test_admin_merge_moves_aliases_mentions_and_quotes(admin_client, imported_seeds):
    from django.urls import reverse

    from archive.ingest import _new_person

    stray = _new_person("J. Stoltenberg")
    quote = Quote.objects.filter(speaker__name="Jens Stoltenberg").first()
    quote.speaker = stray
    quote.save()
    jens = Person.objects.get(name="Jens Stoltenberg")
    response = admin_client.post(
        reverse("admin:archive_person_changelist"),
        {"action": "merge_selected", "_selected_action": [jens.pk, stray.pk]},
    )
    assert response.status_code == 302
    assert not Person.objects.filter(pk=stray.pk).exists()
    jens.refresh_from_db()
    assert "J. Stoltenberg" in jens.aliases and jens.is_curated
    quote.refresh_from_db()
    assert quote.speaker == jens
    history = admin_client.get(reverse("admin:archive_curationedit_changelist")).content.decode()
    assert "Merged J. Stoltenberg" in history


def test_reextract_keeps_curated_title_speaker_and_merges(imported_seeds):
    article = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    article.title = "Curated title"
    article.mark_curated(["title"])
    article.save()
    quote = Quote.objects.get(text="It is not clear how a way out can be found")
    quote.speaker = Person.objects.get(name="Stefano Sannino")
    quote.is_curated = True
    quote.save()
    people_before = Person.objects.count()
    code, out, _ = run_command("reextract", "--all")
    assert code == 0 and "Re-extracted 5 article(s)" in out
    article.refresh_from_db()
    assert article.title == "Curated title"
    assert Quote.objects.get(text="It is not clear how a way out can be found").speaker.name == "Stefano Sannino"
    assert Person.objects.count() == people_before


def test_person_topic_and_quote_pages(client, imported_seeds):
    from django.urls import reverse

    html = client.get(reverse("archive:person", args=["jens-stoltenberg"])).content.decode()
    assert "We are at a defining moment for European security" in html
    assert "Also written: Stoltenberg" in html
    assert "No dated quotes yet" in html
    html = client.get(reverse("archive:person_list")).content.decode()
    assert html.index("Jens Stoltenberg") < html.index("Stefano Sannino")  # most quoted first
    html = client.get(reverse("archive:topic", args=["nato-enlargement"])).content.decode()
    assert "Russia: NATO rejects Putin’s demand to stop its expansion to the East" in html
    quote = Quote.objects.get(text__startswith="It is not clear how a way out")
    html = client.get(quote.get_absolute_url()).content.decode()
    assert "<mark>It is not clear how a way out can be found</mark>" in html
    assert "Unnamed source" in html and "acknowledges a European source" in html


def test_person_page_charts_quotes_over_time_when_dated(client, imported_seeds):
    import datetime

    from django.urls import reverse

    for month, article in enumerate(Article.objects.all(), 1):
        article.published = datetime.date(2022, month, 1)
        article.save()
    html = client.get(reverse("archive:person", args=["jens-stoltenberg"])).content.decode()
    assert 'aria-label="Quotes over time"' in html
    assert "<title>2022-05: 5 quotes</title>" in html


def test_quote_review_queue_lists_unsure_unchecked_quotes(admin_client, imported_seeds):
    from django.urls import reverse

    html = admin_client.get(reverse("admin:archive_quote_changelist"), {"review": "todo"}).content.decode()
    unsure = Quote.objects.needing_review()
    assert unsure.exists()
    assert f"{unsure.count()} quote" in html
    sure = Quote.objects.filter(rule="named").first()
    assert sure.text[:60] not in html


def test_a_person_no_longer_found_in_a_changed_file_is_dropped(db, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Harbour news today\n\nCaptain Ahab Mobius said the harbour was closed for the day.")
    run_command("import_articles", str(path))
    assert Person.objects.filter(name="Ahab Mobius").exists()
    path.write_text("Harbour news today\n\nThe harbour master said the harbour was closed for the day.")
    run_command("import_articles", str(path))
    assert not Person.objects.filter(name="Ahab Mobius").exists()


def test_a_story_imported_later_is_linked_to_its_twin_from_an_earlier_import(db, seed_dir, tmp_path):
    later = tmp_path / "later"
    later.mkdir()
    (seed_dir / "004_f164d22075c45581.txt").rename(later / "004_f164d22075c45581.txt")
    assert run_command("import_articles", str(seed_dir))[0] == 0
    assert run_command("import_articles", str(later))[0] == 0
    a = Article.objects.get(source__path__endswith="002_a7936cc6d2ce3400.txt")
    b = Article.objects.get(source__path__endswith="004_f164d22075c45581.txt")
    assert list(b.near_duplicates.all()) == [a]
    assert Article.objects.filter(near_duplicates__isnull=False).count() == 2


def test_a_phrase_common_to_many_articles_makes_no_candidates_and_twins_are_still_found(db, tmp_path, monkeypatch):
    from search import duplicates

    monkeypatch.setattr(duplicates, "COMMON", 5)  # the real bound is 500 articles per value
    common = (
        "Readers can follow the latest developments on our live page throughout the day, and the full "
        "schedule of events is published every morning on the front page of this newspaper."
    )
    words = "amber basil cedar delta ember fjord garnet hazel indigo juniper kestrel lagoon".split()
    for n, word in enumerate(words):
        body = f"The {word} council met on Monday to discuss the {word} budget and the {word} bridge repairs."
        (tmp_path / f"local-{n:02}.txt").write_text(f"{word.title()} council meets\n\n{body}\n\n{common}\n")
    twin = (
        "The regional water authority announced on Tuesday that the northern reservoir will be drained "
        "next spring so that engineers can replace the ageing valves, a project expected to last nine "
        "months and cost the equivalent of four years of maintenance."
    )
    (tmp_path / "twin-a.txt").write_text(f"Reservoir to be drained\n\n{twin}\n\n{common}\n")
    (tmp_path / "twin-b.txt").write_text(
        f"Northern reservoir will be drained\n\n{twin} Residents were told.\n\n{common}\n"
    )
    assert run_command("import_articles", str(tmp_path))[0] == 0
    local = Article.objects.get(source__path__endswith="local-00.txt")
    assert duplicates.candidates(local) == []
    a = Article.objects.get(source__path__endswith="twin-a.txt")
    b = Article.objects.get(source__path__endswith="twin-b.txt")
    assert duplicates.candidates(a) == [b.pk]
    assert list(a.near_duplicates.all()) == [b]


def test_the_shipped_topics_cover_general_news_not_only_the_seeds_war(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("roles_in_apposition.txt", "groups_speaking.txt", "football.txt", "british_single_quotes.txt"):
        shutil.copy(DATA / "quotes" / name, folder / name)
    run_command("import_articles", str(folder))
    topics = {a.title: sorted(t.name for t in a.topics.all()) for a in Article.objects.all()}
    assert topics == {
        "Steelworks to cut 400 jobs as energy bills soar": ["Energy", "Jobs and labour"],
        "Drought pushes Spanish farmers to the brink": ["Agriculture", "Climate and environment"],
        "Ten Hag insists United can still finish in top four": ["Sport"],
        "Police appeal after 'brazen' jewellery raid in Princes Street": ["Crime and justice"],
    }


def test_the_topic_list_puts_the_topics_in_use_first_and_the_empty_ones_apart(client, imported_seeds):
    from django.urls import reverse

    html = client.get(reverse("archive:topic_list")).content.decode()
    used, _, unused = html.partition("No articles yet:")
    assert 'NATO</a> <span class="meta">5 articles</span>' in used
    assert "Sport" not in used and ">Sport</a>" in unused  # no seed is about sport
    assert used.index(">NATO</a>") < used.index(">European security</a>")  # 5 articles before fewer


def import_one_by_one(folder, files: dict[str, str]) -> None:
    """Write each file into ``folder`` and import it alone, in order."""
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        run_command("import_articles", str(folder / name))


def test_a_lone_surname_two_known_people_share_joins_no_newcomer_with_it(db, tmp_path):
    import_one_by_one(
        tmp_path,
        {
            "a.txt": "Johnson in Kyiv\n\nFormer prime minister Boris Johnson visited Kyiv on Tuesday.",
            "b.txt": "Aid vote\n\nHouse Speaker Mike Johnson brought the aid bill to a vote on Saturday.",
            "c.txt": "Aid soon\n\n“The weapons will be there within days,” Johnson said on Sunday.",
        },
    )
    lone = Person.objects.get(name="Johnson")
    import_one_by_one(tmp_path, {"d.txt": "Golf\n\nDustin Johnson said he would play in the final round."})
    assert Person.objects.filter(pk=lone.pk).exists()  # still its own: it may be either Johnson, not the golfer
    assert Quote.objects.get(text__startswith="The weapons").speaker.name == "Johnson"


def test_a_quote_by_a_surname_alone_is_the_one_person_the_archive_knows_by_it(db, tmp_path):
    import_one_by_one(
        tmp_path,
        {
            "a.txt": "Address\n\nPresident Volodymyr Zelensky spoke in Kyiv on Monday.",
            "b.txt": "Standing\n\nThe war went on.\n\nZelensky, in a video address, said: “We are still standing.”",
            "c1.txt": "Kyiv\n\nFormer prime minister Boris Johnson visited Kyiv on Tuesday.",
            "c2.txt": "Aid vote\n\nHouse Speaker Mike Johnson brought the aid bill to a vote on Saturday.",
            "c3.txt": "Johnson\n\nThe vote was close.\n\nJohnson, in a statement, said: “No comment.”",
            "d.txt": "Moscow\n\nThe talks ended.\n\nMoscow, in a statement, said: “The door is open.”",
        },
    )
    standing = Quote.objects.get(text__startswith="We are still")
    assert (standing.speaker.name, standing.rule) == ("Volodymyr Zelensky", "known-surname")
    assert Quote.objects.get(text__startswith="No comment").speaker is None  # two Johnsons: either
    assert Quote.objects.get(text__startswith="The door").speaker is None


def test_a_junior_is_not_merged_with_his_father_and_the_surname_alone_is_the_father(db, tmp_path):
    import_one_by_one(
        tmp_path,
        {
            "a.txt": "Sanctions\n\n“We are looking at strong measures,” President Donald Trump said on Tuesday.",
            "b.txt": "Podcast\n\n“This is a scam,” Donald Trump Jr. said on his podcast. Don Trump Jr. laughed.",
            "c.txt": "Tariffs\n\n“Tariffs are beautiful,” Trump said on Sunday.",
        },
    )
    speakers = {q.text: q.speaker.name for q in Quote.objects.all()}
    assert speakers == {
        "We are looking at strong measures": "Donald Trump",
        "This is a scam": "Donald Trump Jr.",
        "Tariffs are beautiful": "Donald Trump",
    }
    assert Person.objects.filter(name__contains="Trump").count() == 2


def test_a_juniors_fuller_name_is_the_same_junior(db, tmp_path):
    import_one_by_one(
        tmp_path,
        {
            "a.txt": "Podcast\n\n“This is a scam,” Donald Trump Jr. said on his podcast.",
            "b.txt": "Rally\n\n“We will win,” Donald John Trump Jr. told the rally on Friday.",
        },
    )
    junior = Person.objects.get(name__endswith="Jr.")
    assert (junior.name, junior.quotes.count()) == ("Donald John Trump Jr.", 2)


def _edited_then_migrated(name: str, terms: list[str], migration: str) -> Topic:
    """A shipped topic as an archivist left it, then the migration that adds new shipped terms."""
    from importlib import import_module

    from django.apps import apps

    topic = Topic.objects.get(name=name)
    topic.terms = terms
    topic.save()
    import_module(f"archive.migrations.{migration}").add_terms(apps, None)
    topic.refresh_from_db()
    return topic


def test_an_archive_made_before_gets_the_new_shipped_topic_terms_and_keeps_its_own(db):
    # one shipped term gone, one added
    energy = _edited_then_migrated("Energy", ["natural gas", "heat pumps"], "0013_more_topic_terms")
    assert energy.terms[:2] == ["natural gas", "heat pumps"]
    assert {"oil", "OPEC", "crude"} <= set(energy.terms)
    assert "pipeline" not in energy.terms  # the term they took out stays out


def test_an_archive_made_before_0014_gets_its_strike_and_league_terms_and_keeps_its_own(db):
    aid = _edited_then_migrated(
        "Military aid", ["military aid", "tank deliveries"], "0014_strike_and_league_topic_terms"
    )
    assert aid.terms[:2] == ["military aid", "tank deliveries"]
    assert {"Taurus", "cruise missiles", "Storm Shadow"} <= set(aid.terms)
    assert "HIMARS" not in aid.terms  # a term of 0013 they took out stays out
    assert "LaLiga" in Topic.objects.get(name="Sport").terms  # a new archive has them from topics.json


def test_an_archive_made_before_0016_gets_its_fleet_and_aid_terms_and_keeps_its_own(db):
    war = _edited_then_migrated(
        "Russia–Ukraine war", ["Russian troops", "Kerch bridge"], "0016_front_and_aid_topic_terms"
    )
    assert war.terms[:2] == ["Russian troops", "Kerch bridge"]
    assert {"Black Sea Fleet", "Crimea", "Avdiivka"} <= set(war.terms)
    assert "Donbas" not in war.terms  # a shipped term they took out stays out
    assert "Ukraine aid" in Topic.objects.get(name="Military aid").terms


def test_an_arabic_surname_with_or_without_its_article_is_one_person(db, tmp_path):
    import_one_by_one(
        tmp_path,
        {
            "a.txt": "Cairo\n\n“Dialogue is the only path,” Egyptian President Abdel Fattah al-Sisi said on Monday.",
            "b.txt": "Gaza\n\n“We will not accept it,” President Abdel Fattah el-Sisi said. Sisi met the envoy.",
            "c.txt": "Summit\n\n“Egypt is ready,” Sisi told reporters on Tuesday.",
        },
    )
    assert Person.objects.count() == 1
    sisi = Person.objects.get()
    assert {q.speaker for q in Quote.objects.all()} == {sisi}
    assert {"Sisi"} <= set(sisi.aliases)


def test_a_person_stored_under_a_surname_with_its_article_is_found_by_the_surname_alone(db, tmp_path):
    # as the release before 0018 stored him: the surname key with the article
    sisi = _stored_before_rekeying(
        "Abdel Fattah al-Sisi", "abdel-fattah-al-sisi", "abdel fattah al sisi", "al sisi", "0018_rekey_surnames"
    )
    _import_one(tmp_path, "Summit\n\n“Egypt is ready,” Sisi told reporters on Tuesday.")
    assert Quote.objects.get().speaker == sisi
    assert Person.objects.count() == 1


def test_an_archive_made_before_0019_gets_its_swap_and_media_terms_and_keeps_its_own(db):
    talks = _edited_then_migrated(
        "Peace talks", ["peace talks", "shuttle diplomacy"], "0019_swap_media_and_aid_topic_terms"
    )
    assert talks.terms[:2] == ["peace talks", "shuttle diplomacy"]
    assert {"prisoner swap", "prisoner exchanges"} <= set(talks.terms)
    assert "ceasefire" not in talks.terms  # a shipped term they took out stays out
    assert "foreign agents" in Topic.objects.get(name="Human rights").terms


def test_a_story_of_drones_sent_to_ukraine_or_a_prisoner_swap_gets_its_topic(db, tmp_path):
    import_one_by_one(
        tmp_path,
        {
            "a.txt": "Canada to send Ukraine 800 drones\n\nCanada will send Ukraine more than 800 drones, the "
            "defence minister said on Monday.",
            "b.txt": "UAE mediates another prisoner swap\n\nThe exchange involved 190 prisoners of war, 95 from each "
            "side, the ministry said.",
        },
    )
    topics = {a.title: {t.name for t in a.topics.all()} for a in Article.objects.all()}
    assert "Military aid" in topics["Canada to send Ukraine 800 drones"]
    assert "Peace talks" in topics["UAE mediates another prisoner swap"]
