"""The importer on every awkward file we know of: a clear reason or a correct import, never a crash."""

import codecs
from pathlib import Path

import pytest

from archive.models import Article, SourceDocument

from ..conftest import run_command

pytestmark = pytest.mark.django_db

STORY = "Harbour reopens after storm\n\nThe harbour reopened on Tuesday after the storm, the port authority said.\n\nBoats left at dawn."


@pytest.fixture
def matrix(tmp_path):
    folder = tmp_path / "matrix"
    folder.mkdir()
    files = {
        "empty.txt": b"",
        "blank.txt": b" \r\n\t\r\n",
        "one-byte.txt": b"a",
        "png-renamed.txt": b"\x89PNG\r\n\x1a\n" + bytes(300),
        "nul.txt": b"Harbour\x00news",
        "unclosed-quotes.txt": ("“" + "word “" * 50_000).encode(),
        "mixed-invalid-utf8.txt": STORY.encode() + b"\n\nCaf\xe9 prices rose \xff\xfe sharply.",
        "latin1.txt": STORY.replace("storm", "tempête").encode("latin-1"),
        "cp1252.txt": STORY.replace("storm", "storm’s end").encode("cp1252"),
        "utf16-bom.txt": codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
        "crlf.txt": STORY.replace("\n", "\r\n").encode(),
        "cr.txt": STORY.replace("\n", "\r").encode(),
        "invisible.txt": STORY.replace("harbour reopened", "harbour\u200b reopened\u200f").encode(),
        "html-as.txt": b"<!doctype html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>The harbour reopened on Tuesday.</p></article></body></html>",
        " leading space.txt": STORY.encode(),
        ".hidden.txt": STORY.encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def test_every_file_imports_or_fails_with_a_reason_and_the_rest_import(matrix):
    code, out, err = run_command("import_articles", str(matrix))
    assert code == 1
    assert "Traceback" not in err
    failed = {
        Path(line.split(": ", 2)[1]).name: line.split(": ", 2)[2]
        for line in err.splitlines()
        if line.startswith("failed: ")
    }
    assert failed.keys() == {"empty.txt", "blank.txt", "one-byte.txt", "png-renamed.txt", "nul.txt"}
    assert "empty" in failed["empty.txt"] and "white space" in failed["blank.txt"]
    assert "nothing left" in failed["one-byte.txt"]
    assert "PNG" in failed["png-renamed.txt"] and "NUL" in failed["nul.txt"]
    assert "skipped: " in out and ".hidden.txt (hidden file)" in out

    def article(name):
        return Article.objects.get(source__path__endswith="/" + name)

    for name in ("crlf.txt", "cr.txt", "utf16-bom.txt", " leading space.txt", "invisible.txt", "cp1252.txt"):
        assert article(name).title.startswith("Harbour reopens after storm"), name
        assert article(name).paragraphs[-1] == "Boats left at dawn.", name
    assert "tempête" in article("latin1.txt").title
    assert article("utf16-bom.txt").source.encoding == "utf-16"
    assert article("cp1252.txt").source.encoding == "cp1252"
    assert "\u200b" not in article("invisible.txt").body and "\u200f" not in article("invisible.txt").body
    assert "Caf" in article("mixed-invalid-utf8.txt").body
    assert article("html-as.txt").source.format == "html"
    assert article("unclosed-quotes.txt").body
    for source in SourceDocument.objects.filter(status="imported"):
        assert bytes(source.raw) == (matrix / Path(source.path).name).read_bytes()
