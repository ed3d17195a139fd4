import codecs
import html
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest

from archive.extraction import extract_article
from archive.extraction.decode import Decoded, NotText, decode_bytes, repair_mojibake
from archive.extraction.text import strip_stray_tags, unescape_entities, unescape_json_text

DATA = Path(__file__).resolve().parent.parent / "data"

TEXT = "Zelenskyi said: “Grushkó met Stoltenberg” — 100 € later."


def test_utf8_is_read_as_utf8():
    decoded = decode_bytes(TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    ],
)
def test_byte_order_mark_decides_the_encoding(bom, codec, name):
    decoded = decode_bytes(bom + TEXT.encode(codec))
    assert decoded.text.lstrip("\ufeff") == TEXT
    assert decoded.encoding == name


def test_windows_1252_falls_back_and_is_recorded():
    text = "The minister’s “final” offer cost 5 € — said Grushkó. " * 5
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding in ("cp1252", "windows-1252")


def test_latin1_text_keeps_its_accents():
    text = "Le ministre français a déclaré à la presse que la réunion était très importante. " * 4
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text


def test_invalid_utf8_mixed_into_utf8_is_not_lost():
    data = "Café au lait, ".encode() * 20 + b"\xe9t\xe9 " + "naïve".encode()
    decoded = decode_bytes(data)
    assert "Caf" in decoded.text and decoded.text.endswith("ve")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"Hello\x00World" * 10, "NUL"),
        (b"%PDF-1.7\n...", "PDF"),
        (bytes(range(1, 32)) * 20, "control"),
    ],
)
def test_binary_and_empty_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(NotText, match=reason):
        decode_bytes(data)


def test_cyrillic_single_byte_text_goes_to_charset_detection():
    text = "Президент заявил журналистам, что переговоры продолжатся на следующей неделе в Стамбуле. " * 5
    decoded = decode_bytes(text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.encoding == "cp1251"


def test_turkish_single_byte_text_keeps_its_letters():
    text = (
        "Cumhurbaşkanı Erdoğan, İstanbul'da yaptığı konuşmada ekonominin güçlü olduğunu söyledi. "
        "Dışişleri Bakanı da görüşmelere katıldı."
    )
    decoded = decode_bytes(text.encode("cp1254"))
    assert decoded.text == text
    assert decoded.encoding == "cp1254"


CZECH = (
    "Předseda vlády Petr Fiala v úterý uvedl, že Česká republika bude pokračovat v podpoře Ukrajiny. "
    '"Naše podpora je pevná," řekl novinářům v Praze. Šéf hnutí ANO Andrej Babiš řekl, že nikdo neví, kdo na tom '
    "vydělává."
)


@pytest.mark.parametrize(
    "text, codec",
    [
        # one Polish letter in an English story: "ł" would be read as "³" inside the name
        (
            "Minister says no deal on grain. Czesław Siekierski told reporters in Warsaw the talks go on. " * 3,
            "iso8859-2",
        ),
        ("Lech Wałęsa spoke in Białystok. The state, państwo, must act, said Śląsk's governor. " * 3, "cp1250"),
        ("Lech Wałęsa spoke in Białystok. The state, państwo, must act, said the governor. " * 3, "iso8859-2"),
        # Czech in cp1250 reads as cp1252 with letters only ("Pøedseda", "Èeská"); in ISO 8859-2 as cp1250
        # would give Polish's "ą" for its "š"
        (CZECH, "cp1250"),
        (CZECH, "iso8859-2"),
        ("Premiér Robert Fico povedal, že vláda podporuje mierové riešenie vojny na Ukrajine. " * 3, "iso8859-2"),
    ],
)
def test_central_european_single_byte_text_keeps_its_letters(text, codec):
    assert decode_bytes(text.encode(codec)).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Café owners paid £5 for 5 m³ of water, ±3%, ¿qué? Reuters said. " * 3,
        # a Danish name in an Italian story is no Czech read the wrong way
        "Il presidente ha detto che è necessario più sostegno. Così ha spiegato, però. Ørsted, the company, said. " * 3,
    ],
)
def test_western_text_with_signs_beside_words_or_a_danish_name_stays_cp1252(text):
    assert decode_bytes(text.encode("cp1252")) == Decoded(text, "cp1252")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_saved_without_a_byte_order_mark_is_read_not_refused(codec):
    text = "Minister resigns over leak\n“We have lost trust,” said Jan Novák.\n"
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_nul_bytes_that_are_not_utf16_are_still_refused():
    with pytest.raises(NotText, match="NUL bytes"):
        decode_bytes(b"\x00\x01\x02garbage\x00" * 20)


def test_character_references_a_scraper_left_in_the_text_are_read_as_characters():
    data = (DATA / "quotes" / "character_references_left_in_a_text_scrape.txt").read_bytes()
    draft = extract_article(data)
    assert draft.title == "Is Europe ready for war? NATO’s eastern flank prepares"
    assert draft.byline == "Anna Müller"
    assert "&" + "rsquo;" not in draft.body and "&" + "nbsp;" not in draft.body
    assert "Lithuania & Latvia" in draft.body
    assert [(q.text, q.speaker) for q in draft.quotes] == [
        ("We have to be prepared for the worst", "Kaja Kallas"),
        ("Deterrence is cheaper than war", "Władysław Kosiniak-Kamysz"),
    ]


@pytest.mark.parametrize(
    "line",
    ["AT&T and R&D budgets rose, the company said.", "Tom &Jerry; returns, the studio said.", "Q&A: what next"],
)
def test_an_ampersand_that_is_no_character_reference_stays(line):
    assert unescape_entities(line) == line


def test_utf8_an_earlier_tool_read_as_latin_1_is_put_back():
    story = (DATA / "quotes" / "character_references_left_in_a_text_scrape.txt").read_text(encoding="utf-8")
    mangled = html.unescape(story).encode("utf-8").decode("latin-1")
    assert "NATOâ" in mangled and "MÃ¼ller" in mangled
    draft = extract_article(mangled.encode("utf-8"))
    assert draft.title == "Is Europe ready for war? NATO’s eastern flank prepares"
    assert draft.byline == "Anna Müller"
    assert [(q.text, q.speaker) for q in draft.quotes] == [
        ("We have to be prepared for the worst", "Kaja Kallas"),
        ("Deterrence is cheaper than war", "Władysław Kosiniak-Kamysz"),
    ]


def test_cyrillic_read_as_windows_1252_is_put_back_and_real_accents_stay():
    line = "Зеленський заявив, що Україна не здасться."
    # (Windows-1252 as browsers and many tools read it: the five bytes it leaves undefined as Latin-1)
    mangled = line.encode("utf-8").decode("sloppy-windows-1252")
    assert mangled.startswith("Ð—ÐµÐ»ÐµÐ½")
    assert repair_mojibake(mangled) == line
    real = "São Paulo's mayor, João Doria, met Ðorđe Balašević in Ålesund; Ørsted said Ã is a letter."
    assert repair_mojibake(real) == real


def test_html_tags_a_scraper_left_in_the_text_go_and_block_tags_end_their_line():
    draft = extract_article((DATA / "quotes" / "html_tags_left_in_a_text_scrape.txt").read_bytes())
    assert draft.title == "Finland extends closure of Russian border crossings"
    assert draft.byline == "Anna Virtanen"
    assert draft.paragraphs[0].startswith("HELSINKI — Finland will keep")
    assert draft.paragraphs[-1] == "Prime Minister Petteri Orpo said the decision had broad support."
    assert "<" not in draft.body
    assert [(q.text, q.speaker) for q in draft.quotes] == [
        ("The threat of instrumentalised migration remains real", "Mari Rantanen")
    ]


@pytest.mark.parametrize(
    "line",
    ["Turnout was < 40% and > 30%, officials said.", "Fans wrote <3 under the post.", "The <Name> field was empty."],
)
def test_angle_brackets_that_are_no_tags_stay(line):
    assert strip_stray_tags(line) == line


def test_a_text_saved_as_the_inside_of_a_json_string_is_read_as_the_text():
    draft = extract_article((DATA / "quotes" / "text_saved_as_the_inside_of_a_json_string.txt").read_bytes())
    assert draft.title == "Poland to build €2.5bn defence line on eastern border"
    assert draft.byline == "Piotr Nowak"
    assert len(draft.paragraphs) == 3
    assert "Russia’s Kaliningrad" in draft.body and "Kraków" in draft.body
    assert [(q.text, q.speaker) for q in draft.quotes] == [
        ("We are building a line of deterrence", "Donald Tusk"),
        ("Poland will be safe.", "Donald Tusk"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (r"a \ud83d\ude00 b \u00f3", "a 😀 b ó"),
        (r"lone \ud83d and \u00e9", "lone \ufffd and é"),
        (r"The file was saved to C:\new\notes and C:\new\now.", r"The file was saved to C:\new\notes and C:\new\now."),
        (r"One \u00e9 alone stays.", r"One \u00e9 alone stays."),
    ],
)
def test_json_escapes_are_read_only_where_a_text_is_made_of_them(text, expected):
    assert unescape_json_text(text) == expected
