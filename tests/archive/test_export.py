"""export_archive writes the JSON Lines format other tools read (DESIGN.md)."""

import json

import pytest

from ..conftest import DATA, run_command

pytestmark = pytest.mark.django_db

FIELDS = ["id", "url", "permalink", "source", "title", "outlet", "published", "byline", "body", "removed", "persons", "topics",
          "quotes", "near_duplicates"]  # fmt: skip


def export(tmp_path):
    target = tmp_path / "export.jsonl"
    code, _, err = run_command("export_archive", output=str(target))
    assert code == 0, err
    return [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]


def test_export_has_every_field_in_import_order(imported_seeds, tmp_path):
    records = export(tmp_path)
    assert [r["source"]["path"].rsplit("/", 1)[-1][:3] for r in records] == ["000", "001", "002", "003", "004"]
    for record in records:
        assert list(record) == FIELDS
        assert set(record["source"]) == {"path", "sha256", "encoding", "format", "original_url", "captured", "warc"}
        assert record["source"]["warc"] is None and record["source"]["captured"] is None  # plain files
        assert record["url"].startswith("/articles/")
        assert record["permalink"] == f"/a/{record['source']['sha256'][:16]}/"
        assert all(set(p) == {"name", "aliases"} for p in record["persons"])
        assert all(
            set(q) == {"text", "speaker", "attribution", "paragraph", "rule", "confidence"} for q in record["quotes"]
        )
        assert all(set(item) == {"text", "rule"} for item in record["removed"])
    assert records[0]["outlet"] is None and records[0]["byline"] is None and records[0]["published"] is None
    assert records[4]["outlet"] == "The Kyiv Independent"


def test_export_to_standard_output(imported_seeds):
    code, out, _ = run_command("export_archive")
    assert code == 0
    assert len(out.splitlines()) == 5


def fold(text):
    return " ".join((text or "").split())


GOLD = json.loads((DATA / "gold_seeds.json").read_text(encoding="utf-8"))["files"]


@pytest.mark.parametrize("gold", GOLD, ids=[g["file"] for g in GOLD])
def test_seed_export_matches_the_gold_standard(imported_seeds, tmp_path, gold):
    record = next(r for r in export(tmp_path) if r["source"]["path"].endswith(gold["file"]))
    body = fold(record["body"])
    assert record["title"] == gold["title"]
    assert record["outlet"] == gold["outlet"]
    firsts = [gold["body_first"]] + ([gold["body_first_alt"]] if gold.get("body_first_alt") else [])
    assert any(body.startswith(fold(f)) for f in firsts)
    assert body.endswith(fold(gold["body_last"]))
    for sentence in gold["body_must_contain"]:
        assert fold(sentence) in body
    paragraphs = [fold(p) for p in record["body"].split("\n\n")]
    for fragment in gold["body_must_not_contain"]:
        if fragment in gold.get("whole_line_only", []):
            assert fold(fragment) not in paragraphs
        else:
            assert fold(fragment) not in body, fragment
    for sentence in gold.get("body_once", []):
        assert body.count(fold(sentence)) == 1
