"""A footer no rule knows, printed under every article of one outlet, is learned and removed."""

import pytest

from archive.extraction import extract_article
from archive.models import Article, OutletLine

from ..conftest import run_command

pytestmark = pytest.mark.django_db

FOOTER = "Got something to say about this? The Harbour Chronicle wants to hear from readers of every age."
STORIES = [
    (
        "Ferry service resumes after storm",
        "The ferry to the islands sailed again on Monday after three days of storms.",
    ),
    ("School roof repaired before term", "Builders finished the new roof of the primary school on Friday afternoon."),
    ("Market hall to open on Sundays", "The covered market will open on Sundays from next month, the council said."),
    (
        "New lifeboat named after volunteer",
        "The town's new lifeboat was named on Saturday after a volunteer of forty years.",
    ),
]


def write_articles(folder):
    folder.mkdir()
    for n, (title, lead) in enumerate(STORIES):
        text = (
            f"{title}\n\n{lead} More than a hundred people came to see it happen, and most of them stayed "
            f"for the whole afternoon.\n\nOfficials said the work on story {n + 1} had cost less than expected "
            f"and had been finished ahead of time.\n\n{FOOTER}\n\n© 2024 The Harbour Chronicle\n"
        )
        (folder / f"story-{n}.txt").write_text(text, encoding="utf-8")


def test_a_line_repeated_under_an_outlets_articles_is_learned_and_removed_from_all(tmp_path):
    write_articles(tmp_path / "chronicle")
    code, _, err = run_command("import_articles", str(tmp_path / "chronicle"))
    assert code == 0, err
    articles = list(Article.objects.all())
    assert len(articles) == 4
    assert all(a.outlet.name == "The Harbour Chronicle" for a in articles)
    for article in articles:  # the first ones too, imported before the line was known
        assert "Got something to say" not in article.body
        assert {"text": FOOTER, "rule": "outlet-repeated-line"} in article.removed
        assert "Officials said the work on story" in article.body
    line = OutletLine.objects.get(is_furniture=True)
    assert line.text == FOOTER


def test_a_line_seen_only_in_the_same_story_twice_is_not_learned(tmp_path):
    folder = tmp_path / "same"
    folder.mkdir()
    for n in range(3):  # one story, imported as three copies with small changes
        (folder / f"copy-{n}.txt").write_text(
            f"Ferry service resumes after storm\n\nThe ferry sailed again on Monday{'!' * n}\n\n{FOOTER}\n\n"
            "© 2024 The Harbour Chronicle\n",
            encoding="utf-8",
        )
    run_command("import_articles", str(folder))
    assert not OutletLine.objects.filter(is_furniture=True).exists()
    assert all(FOOTER in a.body for a in Article.objects.all())


def test_an_archivist_can_overrule_a_learned_line(tmp_path):
    write_articles(tmp_path / "chronicle")
    run_command("import_articles", str(tmp_path / "chronicle"))
    line = OutletLine.objects.get(is_furniture=True)
    line.is_furniture = False
    line.save()
    run_command("reextract", "--all")
    assert all(FOOTER in a.body for a in Article.objects.all())
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "another.txt").write_text(
        f"Harbour wall to be rebuilt\n\nThe old harbour wall will be rebuilt next spring, the council said.\n\n"
        f"{FOOTER}\n\n© 2024 The Harbour Chronicle\n",
        encoding="utf-8",
    )
    run_command("import_articles", str(tmp_path / "more"))
    assert not OutletLine.objects.filter(is_furniture=True).exists()


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Bridge reopens\n\nPublished on 16 March 2022\n\nThe bridge reopened on Tuesday after repairs.", "2022-03-16"),
        ("Bridge reopens\n\nMarch 16, 2022\n\nThe bridge reopened on Tuesday after repairs.", "2022-03-16"),
        (
            "Bridge reopens\n\nRIVERTOWN, March 16, 2022 (AP) — The bridge reopened on Tuesday after repairs.",
            "2022-03-16",
        ),
        ("Bridge reopens\n\nLast updated: 3 Feb 2021 14:05 GMT\n\nThe bridge reopened on Tuesday.", "2021-02-03"),
        ("Bridge reopens\n\nThe bridge, closed since March 16, 2022, reopened on Tuesday after repairs.", None),
        ("Bridge reopens\n\n2022/03/16\n\nThe bridge reopened on Tuesday after repairs.", "2022-03-16"),
        ("Bridge reopens\n\n16-03-2022\n\nThe bridge reopened on Tuesday after repairs.", "2022-03-16"),
        ("Bridge reopens\n\n03-04-2022\n\nThe bridge reopened on Tuesday after repairs.", None),  # which is the day?
        ("Bridge reopens\n\nThu, 16 Mar 2022 10:02:00 +0000\n\nThe bridge reopened on Tuesday.", "2022-03-16"),
        ("Bridge reopens\n\nPosted on March 16, 2022 by admin\n\nThe bridge reopened on Tuesday.", "2022-03-16"),
    ],
)
def test_dates_in_plain_text_become_the_published_date(text, published):
    draft = extract_article(text.encode())
    assert (draft.published.isoformat() if draft.published else None) == published
