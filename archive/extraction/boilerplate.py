"""Separate a scraped page's article from its chrome: headline, body paragraphs, removed lines.

Every line of the input ends up either in the body, as the headline, or in ``removed`` with the
id of the rule that took it out, so an archivist can see exactly what happened and why.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from .people import COMMON_WORDS, SPEECH_VERBS, first_names
from .rules import (
    BYLINE_NAME,
    BYLINE_PREFIX,
    CLOCK,
    DATE,
    DESK_WORDS,
    END_MARKER,
    FOREIGN_READ_ALSO,
    MAX_RULE_LINE,
    MEDIA_WORDS,
    MOST_READ_LABEL,
    PHOTOGRAPHER_CREDIT_RE,
    PROMO_BUTTON,
    SITE_TLDS,
    Rule,
    match_rule,
    split_wire_tag,
)
from .text import fold_key, is_shouted, is_title_case, known_outlets, masthead_key, word_count

# A headline has at most this many words; a longer first line is already the article.
MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 300
# A line this long above the story is taken for the headline before any shorter one (a masthead,
# a section name); headlines shorter than this win only when nothing longer is there.
MIN_HEADLINE_WORDS = 5
MAX_HEADER_LINES = 8
# Menu items ("News", "Special projects") do not count towards those lines, up to this many in all.
MAX_MENU_WORDS = 2
MAX_HEADER_UNITS = 60
# A tail marker ("Comments", "Related") ends the article only once a sentence of it has been read
# (this many words, ending in a full stop); above the story such words are labels of the page
# ("Share this article / Comments / <story>").
MIN_SENTENCE_WORDS = 5
# Lines this short repeat legitimately (crossheads, "Video"); only longer ones count as pasted twice.
MIN_DUPLICATE_WORDS = 4

_SENTENCE_END = tuple('.!?…"”’»)')
# A line that ends a sentence the way prose does (headlines end without a full stop).
_PROSE_END_RE = re.compile(r"[.…][\"”’»)]*$")
# "Home > News > Politics > Headline", "Home / World", "Home » Europe", "Main » Politics" (a translated "Головна").
_CRUMB_START_RE = re.compile(r"^(?:home|homepage|start|main|main page|front page)\s*([>»›/|])", re.IGNORECASE)
# "News / India News / Heavy rain lashes Mumbai": two or more sections' names, each set off by the same
# mark, before the headline (no "Home" first)
_CRUMB_NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,2}"
_CRUMB_TRAIL_RE = re.compile(rf"^{_CRUMB_NAME}\s+([>»›/])\s+(?:{_CRUMB_NAME}\s+\1\s+)+")
# "HomeNewsPoliticsNATO mistrusts ...": menu items glued to the headline by a text-only scrape.
_GLUED_CRUMB_RE = re.compile(r"^(?:Home|Start)(?:[A-Z][a-z]{1,20}){1,6}")
# "Headline | International": a site-section (or site-name) suffix after a pipe.
# ("Talks go on :: Geneva Ledger", "Talks go on » Geneva Ledger": or another mark no headline has)
_SECTION_SUFFIX_RE = re.compile(
    r"^(?P<title>.*?\S)\s+(?:[|]\s+(?P<suffix>[^|]{1,60})|(?:»|::)\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,3}))$"
)
# "Headline - BBC News": a publication's name after a dash (only names that say they are one).
_SITE_SUFFIX_RE = re.compile(
    r"^(?P<title>.*?\S)\s+[-–—]\s+(?P<suffix>(?:[Tt]he\s+)?(?:[A-Z][\w&.'’]*\s+){0,3}"
    r"(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Guardian|Independent|Telegraph|Express|Mail|Daily|"
    r"Online|Today|Insider|Wire|Press|Chronicle|Observer|Standard|Review|Monitor|Mirror|Star|Sun|Inquirer)"
    r"(?:\s+[A-Z][\w&.'’]*){0,2})$"
)


@dataclass(frozen=True)
class Removal:
    text: str
    rule: str


@dataclass
class Stripped:
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    # the lines of the page pasted again under itself, removed whole (not read for the page's metadata)
    again: list[Removal] = field(default_factory=list)


def _wrap_width(lines: list[str]) -> int:
    """The width of text wrapped at a fixed width, paragraphs apart (a newsletter, an e-mail, a
    terminal), where the lines that go on within a paragraph nearly all reach close to the same
    width; else 0."""
    if "" not in lines:
        return 0
    # the lines followed by their paragraph's next, in paragraphs of prose (not a menu's lines or a
    # comment form's, which end no sentence)
    inner: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        if len(block) > 1 and block[-1].rstrip().endswith(_PROSE_BLOCK_ENDS):
            inner += block[:-1]
        block = []
    if len(inner) < MIN_WRAPPED_LINES:
        return 0
    width = max(len(line) for line in inner)
    if width > MAX_WRAP_WIDTH or width < MIN_WRAP_WIDTH:
        return 0  # (a live page's times over its posts, "14.02 BST / Keir Starmer has told …", are no wrapping)
    return width if sum(len(line) >= WRAP_FILL * width for line in inner) >= WRAP_SHARE * len(inner) else 0


# how a paragraph of prose ends (a menu's last item or a comment form's "Email *" does not)
_PROSE_BLOCK_ENDS = (".", "!", "?", '"', "”", "’", ")", "…", ":")
# A text with at least this many lines going on, all within MAX_WRAP_WIDTH characters, this share
# of them filled to WRAP_FILL of the width, is hard-wrapped: its paragraphs are blocks of lines.
MIN_WRAPPED_LINES = 3
MAX_WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 40
WRAP_FILL = 0.75
WRAP_SHARE = 0.8


# "by Martin Fornusek" under a long headline: the byline, not the headline's rest
BY_NAME_RE = re.compile(r"^by\s*:?\s+[A-Z]")  # ("by: Marcus Leshock" too)
_BYLINE_START_RE = re.compile(r"^(?i:by)\s*:?\s+[A-Z]")
# "and Bojan Pancevski Follow": another author under the byline, with the button to follow them
_MORE_AUTHORS_RE = re.compile(r"^(?:and|&)\s+(?P<name>.+?)(?:\s+Follow)?$")


def _is_label_word(line: str) -> bool:
    """A word or two alone, unpunctuated: a label under the line above ("e-mail"), not its rest."""
    return len(line.split()) <= 2 and not line.endswith(_SENTENCE_END)


def unwrap(lines: list[str]) -> list[str]:
    """Non-empty lines, with hard-wrapped prose (a long line going on in lower case, or any line
    of a paragraph in a text wrapped at a fixed width) joined again."""
    units: list[str] = []
    joinable = same_block = False  # same_block: the line before had no blank line after it
    width = _wrap_width(lines)
    drop_cap = pending_name = filled = False
    for line in lines:
        if not line:
            joinable = drop_cap = pending_name = same_block = filled = False
            continue
        if drop_cap and _continues_drop_cap(units[-1], line):
            units[-1] += line  # "I / N 2019, THE Ledger …", "T / he first time …": a magazine's drop cap
        elif pending_name and _LONE_NAME_RE.fullmatch(line):
            units[-1] = f"{units[-1]} {line}"  # "Kim Nguyen / and / Raj Patel": a byline's linked names
        elif line in ("and", "&") and units and _LONE_NAME_RE.fullmatch(units[-1]):
            units[-1] = f"{units[-1]} {line}"
        elif units and _WRITER_FOR_RE.fullmatch(units[-1]) and _PUBLICATION_RE.fullmatch(line):
            units[-1] = f"{units[-1]} {line}"  # "Writer for / Geopolitics Weekly": an author's line, split
        elif units and _BYLINE_START_RE.match(units[-1]) and (more := _MORE_AUTHORS_RE.match(line)):
            # "By Bertrand Benoit Follow / and Bojan Pancevski Follow": the byline's second name
            if _LONE_NAME_RE.fullmatch(more.group("name")):
                units[-1] = f"{units[-1]} {line}"
            else:
                units.append(line)
        elif (
            # (a line of chrome in lower case is none of the line above: "updated 2 hours ago",
            # "written by Anna Smith"; but a headline's last words may be two: "… / for 2025")
            line[:1].islower()
            and (joinable or (same_block and _may_go_on(units[-1])))
            and (not _is_label_word(line) or (same_block and _FUNCTION_WORD_RE.match(line) and _may_go_on(units[-1])))
            and not BY_NAME_RE.match(line)
            and not match_rule(line)
        ) or (width and (joinable or filled)):
            units[-1] = f"{units[-1]} {line}"
        elif same_block and _broken_title_case(units[-1], line):
            units[-1] = f"{units[-1]} {line}"  # "Biden Presses Congress on Ukraine Aid as / Deadline Looms"
        elif (
            len(units) >= 2
            and (line[:1].islower() or _SMALL_WORD_END_RE.search(units[-2]))
            and _cut_by_advert(units[-2], units[-1])
        ):
            # "… citing what it called a hybrid attack by / Advertisement / Moscow using migrants …": the
            # sentence an advertisement cut goes on after it (the advertisement goes before it)
            units[-2], units[-1] = units[-1], f"{units[-2]} {line}"
        else:
            units.append(line)
        joinable = len(units[-1]) >= 50 and not units[-1].endswith(_SENTENCE_END)
        # (in text wrapped at a width, a line filled to it goes on, a sentence's end or not: "… are very
        # similar. / “Basically, Putin wants …")
        filled = bool(width) and len(line) >= WRAP_FILL * width
        drop_cap = len(units[-1]) == 1 and units[-1].isupper()
        pending_name = (
            units[-1].endswith((" and", " &")) and _LONE_NAME_RE.fullmatch(units[-1].rsplit(" ", 1)[0]) is not None
        )
        same_block = True
    return units


# The first line of a headline broken over short lines has this many words at least
MIN_BROKEN_HEADLINE_WORDS = 3
# a word that goes on with what comes before it: "… / for 2025", "… / in Kyiv"
_FUNCTION_WORD_RE = re.compile(r"^(?:for|in|of|to|on|at|with|after|over|as|and|amid|from|into|against|the|a|an)\s")


def _may_go_on(unit: str) -> bool:
    """Whether ``unit`` may go on on the next line, as a headline broken over short lines does
    ("Estonia's parliament approves / record defence budget / for 2025"): not a sentence's end, a
    name or a line a rule knows."""
    return (
        word_count(unit) >= MIN_BROKEN_HEADLINE_WORDS
        and not unit.endswith((*_SENTENCE_END, ":"))
        and not _LONE_NAME_RE.fullmatch(unit)
        and match_rule(unit) is None
    )


# a small word no sentence ends in: "… a hybrid attack by"
_SMALL_WORD_END_RE = re.compile(r"\s(?:by|of|to|the|a|an|and|or|in|on|at|for|with|from|that|as|its|their|his|her)$")
# A paragraph of prose an advertisement cut has this many words before it at least
MIN_CUT_PARAGRAPH_WORDS = 8


def _cut_by_advert(before: str, advert: str) -> bool:
    """Whether ``advert`` is an advertisement's label (or a link to another story) cutting the sentence
    of ``before`` (a paragraph of prose with no end), which the next line goes on with."""
    return (
        word_count(before) >= MIN_CUT_PARAGRAPH_WORDS
        and not before.endswith((*_SENTENCE_END, ":", ";"))
        and (rule := match_rule(advert)) is not None
        and rule.id in _CUTTING_RULES
    )


# what a page puts inside a story's sentence: an advertisement's label, a link to another story
_CUTTING_RULES = frozenset({"advertisement", "read-also-teaser"})


# a small word a Title Case headline leaves in lower case, ending a line that goes on: "… Ukraine Aid as"
# (or one of the longer ones that some capitalise: "… Crossing With")
_TITLE_CASE_LINK_END_RE = re.compile(
    r"\s(?:for|in|of|to|on|at|with|after|over|as|and|amid|from|into|against|the|a|an|or"
    r"|With|From|Into|Against|Amid|Between)$"
)


def _broken_title_case(unit: str, line: str) -> bool:
    """Whether ``line`` is the rest of a Title Case headline ``unit`` broken after a small word
    ("Biden Presses Congress on Ukraine Aid as / Deadline Looms"): no line ends so."""
    return (
        _TITLE_CASE_LINK_END_RE.search(unit) is not None
        and word_count(unit) >= MIN_BROKEN_HEADLINE_WORDS
        and line[:1].isupper()
        and is_title_case(unit.split())
        and is_title_case(line.split())
        and not line.endswith(_SENTENCE_END)
        and not BY_NAME_RE.match(line)
        and match_rule(unit) is None
        and match_rule(line) is None
    )


# A person's name alone on a line: two to four capitalised words
_LONE_NAME_RE = re.compile(r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|der|al|da)){1,3}")
# "Writer for", "Editor at": a blog platform's line about its author, the publication's name under it
_WRITER_FOR_RE = re.compile(r"(?:Writer|Editor|Contributor|Columnist) (?:for|at)")
_PUBLICATION_RE = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|the|and|&)){0,5}")


# The line after a drop cap is a paragraph's first line at least this long.
MIN_DROP_CAP_LINE = 40


def _continues_drop_cap(letter: str, line: str) -> bool:
    """Whether ``line`` is the rest of the word ``letter`` starts: "he first time …" after "T", or
    in small capitals, "N 2019, THE …" after "I" (but "MAN WALKED …" after "A" is a word of its own)."""
    if len(line) < MIN_DROP_CAP_LINE:
        return False
    if line[:1].islower():
        return True
    first = line.split(maxsplit=1)[0].rstrip(",.;:")
    return first.isalpha() and first.isupper() and (len(first) == 1 or letter not in "AI")


def _split_breadcrumb(line: str) -> tuple[str, str]:
    """(breadcrumb, rest) for a line that starts with site navigation, else ("", line)."""
    match = _CRUMB_START_RE.match(line)
    if match:
        parts = [p.strip() for p in line.split(match.group(1))]
        last = parts[-1]
        if len(parts) >= 2 and word_count(last) >= 3:
            return line[: len(line) - len(last)].rstrip(), last
        return line, ""
    match = _CRUMB_TRAIL_RE.match(line)
    if match and word_count(line[match.end() :]) >= 3:
        return match.group(0).rstrip(), line[match.end() :]
    match = _GLUED_CRUMB_RE.match(line)
    if match:
        crumb = match.group(0)
        rest = line[len(crumb) :]
        if rest[:1].isspace() or rest[:1] in ",:;!?":
            # The last glued word starts the headline ("HomeNewsPutin says ...").
            last_word = re.search(r"[A-Z][a-z]+$", crumb).group(0)
            crumb, rest = crumb[: -len(last_word)], last_word + rest
        if crumb and crumb not in ("Home", "Start") or not rest:
            return crumb, rest.strip()
    return "", line


def _split_section_suffix(title: str) -> tuple[str, str]:
    match = _SECTION_SUFFIX_RE.match(title)
    suffix = match and (match.group("suffix") or match.group("name"))
    if suffix and word_count(suffix) <= 4 and word_count(match.group("title")) >= 2:
        return match.group("title"), "| " + suffix.strip()
    match = _SITE_SUFFIX_RE.match(title) or _SECTION_DASH_SUFFIX_RE.match(title)
    if match and word_count(match.group("title")) >= 3:
        return match.group("title"), "- " + match.group("suffix").strip()
    # ("Cabinet approves deal - Israel News - Haaretz.com": the site's address after a dash or a bar)
    match = _DOMAIN_SUFFIX_RE.match(title)
    if match and word_count(match.group("title")) >= 3:
        return match.group("title"), "- " + match.group("suffix")
    # ("Germany sends air defense – DW": a newsroom known by name after a dash)
    match = _DASH_NAME_SUFFIX_RE.match(title)
    if match and word_count(match.group("title")) >= 3 and masthead_key(match.group("suffix")) in known_outlets():
        return match.group("title"), "- " + match.group("suffix")
    return title, ""


# a site's address closing a title: "… - Haaretz.com", "… | NDTV.com"
_DOMAIN_SUFFIX_RE = re.compile(rf"^(?P<title>.*?\S)\s+[-–—|]\s+(?P<suffix>[A-Za-z][\w-]{{1,40}}\.(?:{SITE_TLDS}))$")


# a short name after a dash closing a title: "… – DW", "… – Kyiv Insight"
# ("… | India News - Times of India": with a small word inside)
_DASH_NAME_SUFFIX_RE = re.compile(
    r"^(?P<title>.*?\S)\s+[-–—]\s+(?P<suffix>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|and|&)\s+[A-Z][\w&.'’-]*"
    r"|\s+[A-Z][\w&.'’-]*){0,3})$"
)


# "Meloni: “Italy will not send soldiers to Ukraine” - Politics": a section's name after a dash
_SECTION_DASH_SUFFIX_RE = re.compile(
    r"^(?P<title>.*?\S)\s+[-–—]\s+(?P<suffix>Politics|World|Europe|Sport|Sports|Business|Economy|Culture|"
    r"Society|Technology|Science|Health|National|International|Opinion|Local|Breaking News|Latest News|News)$"
)


# "Opinion | The West must stop …": the page's section before a bar, then the headline
_SECTION_PREFIX_RE = re.compile(
    r"^(?P<section>(?:opinion|analysis|comment|commentary|editorial|explainer|interview|exclusive|live|video|"
    r"watch|podcast|review|feature|breaking|world|europe|politics|business|war in ukraine|ukraine war)\s*[|/]"
    # ("Subject: EU agrees …": a newsletter saved from the mail, its subject line)
    r"|subject\s*:(?:\s*(?:fwd?|re)\s*:)*)\s+"
    r"(?P<title>\S.*)$",
    re.IGNORECASE,
)


_MEDIA_TAG_WORD_RE = re.compile(rf"^[(\[]?(?:{MEDIA_WORDS})\b", re.IGNORECASE)


def _split_section_prefix(title: str) -> tuple[str, str]:
    match = _SECTION_PREFIX_RE.match(title)
    if match and word_count(match.group("title")) >= 3:
        return match.group("section").strip(), match.group("title")
    return "", title


def _split_glued_header(units: list[str]) -> list[str]:
    """A page whose line breaks were lost starts "Headline Published on 12 June 2024 The story ...":
    split the first line at its date line, so the headline and the story are found."""
    if not units or not _looks_like_prose(units[0]):
        return units
    match = _GLUED_META_RE.search(units[0], 0, MAX_TITLE_CHARS)
    if not match or word_count(units[0][: match.start()]) < MIN_HEADLINE_WORDS:
        return units
    head, meta, rest = units[0][: match.start()], match.group(0), units[0][match.end() :]
    return [part.strip() for part in (head, meta, rest) if part.strip()] + units[1:]


def _looks_like_prose(line: str) -> bool:
    words = word_count(line)
    return words > MAX_TITLE_WORDS or len(line) > MAX_TITLE_CHARS or (words >= 20 and line.endswith("."))


_CONTENT_WORD_RE = re.compile(r"[^\W\d_]{4,}")
# How far past a "Related" heading to look for the story going on.
MAX_BOX_LINES = 8


# Words every story has; they say nothing about which story a paragraph belongs to.
_COMMON_WORDS = frozenset(
    "that this with from have were will said says more than they their there been would could about after "
    "which when what also into over some other year years when where while before first last just only "
    # (function words: "against" and "again" are one word cut to five letters)
    "again against once during through under being those these them then very much most such each many does "
    "because".split()
)
# A paragraph this long (ending as prose) past a box decides whether the article goes on.
MIN_RESUME_WORDS = 8


def _content_words(text: str) -> set[str]:
    """Words of four letters or more, cut to five so that "glacier" meets "glaciers"."""
    return {w.casefold()[:5] for w in _CONTENT_WORD_RE.findall(text) if w.casefold() not in _COMMON_WORDS}


def _box_ends_at(units: list[str], rules: list, start: int, title: str, lead: str, read: int = 0) -> int | None:
    """Index where the article resumes after an inline "Related" box that starts at ``start``.

    Past the box's short headlines, the first paragraph of prose must share two words with the
    headline or the story's first paragraph: unrelated stories after the article (a news feed)
    do not, the article itself does. When fewer than MIN_STORY_WORDS of the story have been read
    (``read``), one word is enough: a story is rarely over before it has said anything.
    """
    story = _content_words(title) | _content_words(lead)
    for j in range(start + 1, min(len(units), start + 1 + MAX_BOX_LINES)):
        if rules[j] is not None and rules[j].is_tail:
            return None
        if rules[j] is not None:
            continue  # a line of chrome ("The views expressed in … are solely those of the authors") goes on no story
        if word_count(units[j]) >= MIN_RESUME_WORDS and _RESUMED_PROSE_END_RE.search(units[j]):
            if fold_key(units[j]) in {fold_key(unit) for unit in units[:start]}:
                return None  # the story pasted again after the box, not going on
            # (a story hardly begun goes on if one name of its headline or lead comes back: "EU
            # leaders agree … / European Union leaders … / Most read / … / “Europe is facing …”")
            short = read < MIN_STORY_WORDS and _capitalised_words(units[j]) & _capitalised_words(f"{title} {lead}")
            run = _prose_run(units, rules, j)
            texts = [text for _, text in run]
            if not (
                short
                or _framed(units, rules, j, lead)
                or any(_shared(story, text) >= 2 for text in texts)
                # (or two paragraphs in a row, each with a word of the story: "… called the vote “a
                # theatre.” / The government must now pass a budget …"; a list of other stories
                # has a headline between its summaries)
                or sum(_shared(story, text) >= 1 for text in texts) >= 2
                # (or two paragraphs in a row of quoted speech with its speaker, as a report goes on:
                # "Paul Johnson … told Sky News that the Government had “boxed itself in.” / A Treasury
                # spokesman said: “…”")
                or (len(texts) >= 2 and all(_QUOTED_SPEECH_RE.search(text) for text in texts[:2]))
                # (or the page's last paragraph of prose, two sentences or more with quoted speech:
                # "Mehr zum Thema / … / Unionsfraktionschef Friedrich Merz forderte … „…“, sagte er.
                # / Feedback"; a box's summary is a sentence under its headline)
                or (
                    len(texts) == 1
                    and _ends_the_page(units, rules, run[0][0])
                    and _QUOTED_SENTENCE_BREAK_RE.search(texts[0])
                    and _QUOTED_SPEECH_RE.search(texts[0])
                )
            ):
                return None
            # "Read more / Hungary blocks EU funds … / Budapest has once again vetoed …": a sentence
            # under the box's last headline that says nothing of the story, where the paragraphs
            # after it do, is that headline's summary
            if (
                not short
                and len(run) >= 2
                and word_count(texts[0]) <= MAX_CAPTION_WORDS
                and not _SENTENCE_BREAK_RE.search(texts[0])
                and _shared(story, texts[0]) == 0
                and _shared(story, texts[1]) >= 1
            ):
                return run[1][0]
            return j
    return None


# a quotation and its speaker's verb in one paragraph
_QUOTED_SPEECH_RE = re.compile(
    # (German marks face inward too: "»Das Umfeld ist schwieriger geworden«, sagte Blume")
    rf"(?=.*\b(?:{SPEECH_VERBS}|according to)\b).*[“\"«„‘'»][^“”\"«»„]{{3,}}[”\"»“’'«]",
    re.IGNORECASE,
)

# a sentence's end, also before a quotation's opening mark ("… Vertrauensfrage. „Es gibt …")
_QUOTED_SENTENCE_BREAK_RE = re.compile(r"\b[^\W\d_]{3,}[.!?][”\"’»«]?\s+[„“\"«‘»]?[A-ZÀ-ÞА-ЯІЇЄҐ]")


def _ends_the_page(units: list[str], rules: list, k: int) -> bool:
    """Whether only chrome follows line ``k``, up to the page's end or a line that starts its tail
    (a comment form, a footer)."""
    for rule in rules[k + 1 :]:
        if rule is None:
            return False
        if rule.is_tail:
            return True
    return True


# A paragraph's end past a box, also with a quote's closing mark typed as an opening one
# ("… defending their own territory. “"): a translation's slip, not a headline's end
_RESUMED_PROSE_END_RE = re.compile(r"[.…][\"”’»)“„‘]*\s*[\"”’»)“„‘]?$")


def _shared(story: set[str], text: str) -> int:
    """How many of the story's words ``text`` shares; a name the story gave counts twice ("Gen
    Zaluzhnyi said in a statement …")."""
    return len(story & _content_words(text)) + len(story & _proper_words(text))


# How many paragraphs of prose in a row past a box may show that the story goes on
MAX_RESUME_PARAGRAPHS = 3


def _prose_run(units: list[str], rules: list, j: int) -> list[tuple[int, str]]:
    """The paragraphs of prose that follow one another from line ``j``, with only chrome between
    (no headline): an article going on after a box, where a list of other stories gives one
    summary under each headline ("Read more: / … / Ukraine used sea drones … / Russia has moved
    much of its fleet …" goes on; the second paragraph names the fleet of the headline)."""
    run = []
    for k in range(j, len(units)):
        if rules[k] is not None:
            if rules[k].is_tail:
                break
            continue
        if word_count(units[k]) < MIN_RESUME_WORDS or not _RESUMED_PROSE_END_RE.search(units[k]):
            break
        run.append((k, units[k]))
        if len(run) == MAX_RESUME_PARAGRAPHS:
            break
    return run


# A line over the headline said again inside the story is the page's running header from this many words on
MIN_RUNNING_HEADER_WORDS = 3


# A story this long may end at a box of links; a shorter one goes on after it on one shared name.
MIN_STORY_WORDS = 80
_CAPITALISED_RE = re.compile(r"\b[A-Z][^\W\d_]{3,}")


def _capitalised_words(text: str) -> set[str]:
    """Capitalised words of ``text``, wherever they stand, cut as _content_words() cuts them."""
    return {w.casefold()[:5] for w in _CAPITALISED_RE.findall(text) if w.casefold() not in _COMMON_WORDS}


def _removed_above(removals: list[tuple[int, "Removal"]], story_start: int, key: str) -> str | None:
    """The rule of a line removed above the story, under its headline, that reads as ``key``: the
    page's furniture said again (its menus and its name, below the story, are found otherwise)."""
    if not key:
        return None
    return next(
        (r.rule for i, r in removals if i < story_start and r.rule in _FRAME_RULES and fold_key(r.text) == key), None
    )


_FRAME_RULES = frozenset({"header-label", "share-widget"})


_PROPER_WORD_RE = re.compile(r"(?<=\s)[A-Z][^\W\d_]{3,}")


def _proper_words(text: str) -> set[str]:
    """The capitalised words of ``text`` past its first, as _content_words() cuts them: names."""
    return {w.casefold()[:5] for w in _PROPER_WORD_RE.findall(text) if w.casefold() not in _COMMON_WORDS}


def _framed(units: list[str], rules: list, j: int, lead: str) -> bool:
    """Whether the prose from line ``j`` runs, with no headline between, to a line of the page's
    chrome that also stood above the story ("Kindly share this story:" under the byline and under
    the story's last paragraph): the page frames its article so, not a list of other stories."""
    first = next((k for k in range(len(units)) if units[k] == lead), None)
    if first is None:
        return False
    above = {fold_key(units[k]) for k in range(first)} - {""}
    k = j
    while k < len(units) and rules[k] is None and _is_sentence(units[k]):
        k += 1
    return k < len(units) and not _is_sentence(units[k]) and fold_key(units[k]) in above


_QUESTION_RE = re.compile(r"^(?:Q|Question)\s*[:.]\s+\S")
# A headline that reads as a sentence has at most this many words, and the date line this close below.
MAX_SENTENCE_HEADLINE_WORDS = 20
MAX_LINES_TO_DATE = 3


def _dated_below(units: list[str], rules: list, i: int) -> bool:
    """Whether the page's date line follows line ``i`` closely, with at most a name between: the
    line is the headline, written as a sentence, not the story's first paragraph."""
    if word_count(units[i]) > MAX_SENTENCE_HEADLINE_WORDS:
        return False
    for j in range(i + 1, min(len(units), i + 1 + MAX_LINES_TO_DATE)):
        if rules[j] is not None and rules[j].id == "byline":
            continue
        if rules[j] is not None:
            return rules[j].id in ("dateline", "published-on")
        if word_count(units[j]) > MAX_LABEL_WORDS or _PROSE_END_RE.search(units[j]):
            return False
    return False


def _labels_a_headline(units: list[str], rules: list, i: int) -> bool:
    """Whether line ``i``, a short sentence, is a section's description over the headline: right under it a
    line shaped as a headline, then within two lines the byline or the date ("Argument / An expert's point
    of view on a current event. / Europe Is Running Out of Time to Arm Ukraine / The continent's defense
    industry must scale up—fast. / By Liana Fix, …")."""
    if word_count(units[i]) > MAX_SENTENCE_HEADLINE_WORDS or i + 1 >= len(units):
        return False
    if rules[i + 1] is not None or not _headline_shaped(units[i + 1]):
        return False
    below = next((j for j in range(i + 2, min(len(units), i + 4)) if rules[j] is not None), None)
    return below is not None and rules[below].id in ("byline", "dateline", "published-on")


def _is_sentence(line: str) -> bool:
    return word_count(line) >= MIN_SENTENCE_WORDS and bool(_PROSE_END_RE.search(line))


def _starts_the_story(line: str) -> bool:
    """The first line of running text: long, or a full sentence (not a masthead in capitals with its logo's
    full stop: "THE WALL STREET JOURNAL."; nor a headline ending in an abbreviation's: "… aranceles de EE.UU.")."""
    if _looks_like_prose(line):
        return True
    if line.isupper() and word_count(line) <= MAX_MASTHEAD_WORDS:
        return False
    if _ABBREVIATION_END_RE.search(line) and word_count(line) <= MAX_SENTENCE_HEADLINE_WORDS:
        return False
    # (not a masthead's tagline of clipped phrases: "The Real Russia. Today.")
    return bool(_PROSE_END_RE.search(line)) and any(word_count(s) >= 4 for s in _SENTENCE_SPLIT_RE.split(line))


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")
# a line's last word an abbreviation of letters and full stops: "EE.UU.", "U.S.", "U.K."
_ABBREVIATION_END_RE = re.compile(r"(?<![\w.])(?:[A-Z][A-Za-z]?\.){2,}$")
# a masthead in capitals is this many words at most
MAX_MASTHEAD_WORDS = 6
# A line that is one quotation and no sentence: "“We Are Not Going to Give Up a Single Square Meter”"
_QUOTED_HEADLINE_RE = re.compile(r"[“\"‘„«][^“”\"«»]+[^.“”\"«»][”\"’»]")


# A sentence ending inside a line: a lower-case word, its full stop, the next sentence's capital.
_SENTENCE_BREAK_RE = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")
# A headline over its standfirst shares this many words with the story's first lines.
MIN_SHARED_HEADLINE_WORDS = 2
# A standfirst under the date line is this many words longer than the headline above it.
MIN_DEK_EXTRA = 3
# How many lines under the header a feature's headline is checked against (the story's opening)
STORY_SAMPLE_UNITS = 30
# "Published on 12 June 2024" inside a line: where a page that lost its line breaks has its date line
_GLUED_META_RE = re.compile(
    rf"\s(?-i:Published|Updated|Posted|Last updated)(?: on| at)?:?\s+(?:{DATE})(?=\s+(?-i:[A-Z“\"]))", re.IGNORECASE
)
# "15.42 GMT", "3:05pm": a time of day alone on its line
_CLOCK_LINE_RE = re.compile(rf"^{CLOCK}$", re.IGNORECASE)
# "Thu 1 Feb 2024 14.32 GMT": a line ending in the time of day
_CLOCK_END_RE = re.compile(rf"\b{CLOCK}$")
# Lines that say when and by whom: they follow the headline.
_META_RULES = frozenset({"published-on", "dateline", "byline", "reading-time"})


# "2 hours ago", "Peter Schmidt • 4 hours ago", "9m ago": when a reader's comment or a live page's post went up
# a live page's key event with the time it was posted before its title ("12.30 BST Kyiv says troops …")
_TIMED_EVENT_RE = re.compile(rf"^{CLOCK}\s+(?-i:[A-Z])\w+(?:\s+\S+){{2,}}$")
_AGO_RE = re.compile(
    r"(?:^|\s[•·|-]\s*)(?:(?:\d{1,2}|an?) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)|\d{1,2}\s?[mhd]) ago$",
    re.IGNORECASE,
)
# A credit of a word or two ("Getty Images", "Reuters") stands over its photo's caption
MAX_BARE_CREDIT_WORDS = 3


def _under_photo_credit(units: list[str], rules: list, i: int) -> bool:
    """Whether line ``i`` is a caption under a bare credit, a line in the BBC's way: "Getty Images /
    Caroline van der Plas founded the party only four years ago"."""
    credit = rules[i - 1] if i else None
    return (
        rules[i] is None
        and credit is not None
        and credit.id == "image-credit"
        and word_count(units[i - 1]) <= MAX_BARE_CREDIT_WORDS
        and "/" not in units[i - 1]  # "REUTERS/Nina Liashonok" is under its caption, not over it
        and word_count(units[i]) <= MAX_CAPTION_WORDS
        and not units[i].rstrip().endswith(_SENTENCE_END)
    )


def _over_its_marked_copy(units: list[str], rules: list, i: int) -> bool:
    """Whether line ``i`` is a caption said again under it with the wire's mark ("Polish farmers protest
    … / FILE - Polish farmers protest …")."""
    if rules[i] is not None or i + 1 >= len(units) or rules[i + 1] is None or rules[i + 1].id != "image-caption":
        return False
    key = fold_key(units[i])
    return word_count(units[i]) >= MIN_DUPLICATE_WORDS and fold_key(units[i + 1]).endswith(f" {key}")


_DURATION_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _under_video_label(units: list[str], rules: list, i: int) -> bool:
    """Whether line ``i`` is a video's title under its label and running time ("VIDEO / 02:31")."""
    return (
        i >= 2
        and rules[i] is None
        and rules[i - 1] is not None
        and _DURATION_RE.match(units[i - 1].strip()) is not None
        and rules[i - 2] is not None
        and rules[i - 2].id == "media-label"
        and word_count(units[i]) <= MAX_CAPTION_WORDS
        and not units[i].rstrip().endswith(_SENTENCE_END)
    )


_GALLERY_BUTTON_RE = re.compile(r"\bgallery$|^\+\d{1,3}$", re.IGNORECASE)


def _under_gallery_button(units: list[str], rules: list, i: int) -> bool:
    """Whether line ``i`` is a photo's caption under the gallery's button ("+3 / View gallery /
    Sarah Jenkins, from Leeds, said the warning was a 'wake-up call'"): no sentence's end."""
    return (
        i >= 1
        and rules[i] is None
        and rules[i - 1] is not None
        and rules[i - 1].id == "media-label"
        and _GALLERY_BUTTON_RE.search(units[i - 1].strip()) is not None
        and word_count(units[i]) <= MAX_CAPTION_WORDS
        and not units[i].rstrip().endswith(_SENTENCE_END)
    )


# "2023" alone, over "May 20 - Russia claims …": a timeline's year, not a counter
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_DAY_ENTRY_RE = re.compile(
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-z]*)\b",
    re.IGNORECASE,
)


def _with_year_headings(units: list[str], rules: list) -> list:
    """The rules, with a year alone between a sentence and an entry dated by day and month (a
    timeline's heading) kept for the story."""
    return [
        None
        if rule is not None
        and rule.id == "share-counter"
        and 0 < i < len(units) - 1
        and _YEAR_RE.fullmatch(unit.strip())
        and rules[i - 1] is None
        and _PROSE_END_RE.search(units[i - 1])
        and _DAY_ENTRY_RE.match(units[i + 1])
        else rule
        for i, (unit, rule) in enumerate(zip(units, rules, strict=True))
    ]


def _post_times(units: list[str], rules: list, top: int) -> int:
    """How many lines of a live page give a post's time: a time of day alone ("15.42 GMT"), or, below
    the lines over the story (``top``), a date with the time ("Thu 1 Feb 2024 14.32 GMT": over an
    ordinary story, only its date lines above it are)."""
    return sum(
        1
        for i, unit in enumerate(units)
        if rules[i] is not None
        and (_CLOCK_LINE_RE.match(unit) or (i > top and rules[i].id == "dateline" and _CLOCK_END_RE.search(unit)))
    )


def _find_headline(units: list[str], rules: list) -> tuple[int | None, dict[int, tuple[str, str]]]:
    """Index of the headline among the lines above the story, and their breadcrumb splits.

    Above the story there may be a masthead ("The Northern Echo Times"), a section label
    ("News Feed"), a breadcrumb and the headline itself, in any order. The headline is the
    first of them long enough to be one (MIN_HEADLINE_WORDS), else the longest; never a line
    ending in a full stop, which headlines do not.
    """
    header: dict[int, tuple[str, str]] = {}
    lead = ""
    punctuated: set[int] = set()  # headlines written as sentences, found by the date line under them
    summary = False  # under a summary box's label ("KEY TAKEAWAYS"), above any headline
    for i, unit in enumerate(units):
        if rules[i] is not None:
            summary = summary or rules[i].id == "summary-label"
            continue
        crumb, rest = _split_breadcrumb(unit)
        if summary and rest and _starts_the_story(rest) and not header:
            continue  # the box's points, not the story: the headline comes under them
        if (
            summary
            and word_count(rest) >= MIN_HEADLINE_WORDS
            and not _PROSE_END_RE.search(rest)
            and any(word_count(r) >= MIN_HEADLINE_WORDS for _, r in header.values())
        ):
            continue  # "Headline / Key points: / Russia has launched …": the box's points, under the headline
        summary = False
        if (
            rest.endswith(":")
            and word_count(rest) >= 2
            and i
            and rules[i - 1] is not None
            and rules[i - 1].id in _META_RULES
            and any(word_count(r) >= MIN_HEADLINE_WORDS for _, r in header.values())
        ):
            # "Headline / by … / March 22, 2024 / Key developments on March 22: / …": under the
            # headline and its date, a list begins the story
            lead = rest
            break
        if rest and _QUESTION_RE.match(rest):
            lead = rest  # an interview's first question: "Q: Prime Minister, is Europe doing enough?"
            break
        if rest and _starts_the_story(rest):
            # "OPINION / The four-day week is not a fantasy. Britain should try it. / 10 May"
            has_headline = any(word_count(r) >= MIN_HEADLINE_WORDS for _, r in header.values())
            if not has_headline and _dated_below(units, rules, i):
                header[i] = (crumb, rest)
                punctuated.add(i)
                continue
            if not has_headline and _labels_a_headline(units, rules, i):
                header[i] = (crumb, rest)
                continue
            lead = rest
            break
        header[i] = (crumb, rest)
        # a site's menu, one or two words a line, may run to dozens of lines above the headline
        if sum(word_count(r) > MAX_MENU_WORDS for _, r in header.values()) >= MAX_HEADER_LINES:
            break
        if len(header) >= MAX_HEADER_UNITS:
            break
    # "Headline / March 7, 2025 / Most read / Zelensky says … / Oil prices rise …": under a box's
    # heading, past a headline, stand other stories' headlines, never the page's own
    long_above = [i for i, (_, rest) in header.items() if word_count(rest) >= MIN_HEADLINE_WORDS]
    box = next(
        (
            h
            for h in range(min(long_above, default=len(units)) + 1, max(header, default=0))
            if rules[h] is not None and rules[h].id == "teaser-list" and rules[h].is_tail
        ),
        None,
    )
    if box is not None:
        for j in [j for j in header if j > box]:
            del header[j]
            rules[j] = rules[box]  # the box's lines, chrome like its heading
    # a headline ends neither as prose nor with a colon ("Copy the embed link below:")
    candidates = [
        i
        for i, (_, rest) in header.items()
        if rest and (not _PROSE_END_RE.search(rest) or _ABBREVIATION_END_RE.search(rest)) and not rest.endswith(":")
    ]
    if punctuated and all(word_count(header[i][1]) < MIN_HEADLINE_WORDS for i in candidates):
        # "Meeting with Government members / The President held a meeting with Government members, via
        # videoconference. / March 20, 2024": a short headline right over the sentence that tells it
        first = min(punctuated)
        if first - 1 in candidates and (
            len(_content_words(header[first - 1][1]) & _content_words(header[first][1])) >= MIN_SHARED_HEADLINE_WORDS
        ):
            return first - 1, header
        return first, header
    if not candidates:
        return None, header
    # A headline is one sentence; two ("... on earth. Why is nobody paying attention?") make a standfirst.
    # (but an abbreviation's full stop makes no second sentence where no other line is long enough to be
    # the headline: "Tusk: Polska wyda 5 proc. PKB na obronność / Anna Kowalska / 12 marca 2025")
    one_sentence = [i for i in candidates if not _SENTENCE_BREAK_RE.search(header[i][1])]
    if any(word_count(header[i][1]) >= MIN_HEADLINE_WORDS for i in one_sentence):
        candidates = one_sentence
    # "By Kurt Volker / Former US special representative for Ukraine negotiations": the author's title
    candidates = [
        i for i in candidates if not (i and rules[i - 1] is not None and rules[i - 1].id == "byline")
    ] or candidates
    # "Getty Images / Caroline van der Plas founded the party only four years ago": a photo's caption
    candidates = [i for i in candidates if not _under_photo_credit(units, rules, i)] or candidates
    # "Before it's here, it's on the Bloomberg Terminal / LEARN MORE": a promotion over its button
    candidates = [
        i for i in candidates if not (i + 1 < len(units) and _PROMO_BUTTON_RE.match(units[i + 1]))
    ] or candidates
    # "Anna Smith and John Doe": names alone are the reporters or a photo's caption, never the headline
    candidates = [i for i in candidates if not _names_alone(header[i][1])] or candidates
    # The page's date or byline stands under the headline: a longer line below it is the standfirst
    # ("Headline / Published on / Ukrainian President ... in the House of Commons"). A shorter one
    # is the headline under a blog's date ("Diary / Sunday, 10 March 2013 / The lambing starts").
    lead_words = _content_words(lead)
    meta = next((i for i in range(len(units)) if rules[i] is not None and rules[i].id in _META_RULES), None)
    above = [i for i in candidates if meta is not None and i < meta]
    below = [i for i in candidates if meta is not None and i > meta]
    # (not a label above the date: "UkraineAlert / February 20, 2025 / Trump's Ukraine peace plan …")
    if (
        above
        and below
        and word_count(header[below[-1]][1]) >= word_count(header[above[-1]][1]) + MIN_DEK_EXTRA
        and word_count(header[above[-1]][1]) >= MIN_HEADLINE_WORDS
    ):
        candidates = above
    elif above and below and _told_above_the_date(header, above, below, lead_words):
        candidates = above
    # A live page puts a time of day over each post ("15.42 GMT / Chancellor says ..."): the
    # posts' headings are below the page's own time line, the page's headline above it.
    elif above and _post_times(units, rules, max(header)) >= 2:
        candidates = above
    # the long line nearest the story: above it stand mastheads, taglines and section names
    long = [i for i in candidates if word_count(header[i][1]) >= MIN_HEADLINE_WORDS]
    # "Breaking News / Earthquake strikes off the coast of Japan" over the page's own headline: the
    # ticker's item says nothing of the story, the headline does
    ticker = [
        i for i in long if i and _TICKER_LABEL_RE.match(units[i - 1]) and not _content_words(header[i][1]) & lead_words
    ]
    if ticker and any(
        len(_content_words(header[i][1]) & lead_words) >= MIN_SHARED_HEADLINE_WORDS for i in long if i not in ticker
    ):
        long = [i for i in long if i not in ticker]
    # "Wildfire forces thousands to flee - Pacific Daily" at the top of a saved page (its title) and
    # the same words alone further down: that line is the headline
    titled = [j for j in long if any(i < j and _titled_copy_cut(rest, header[j][1]) for i, (_, rest) in header.items())]
    if len(titled) == 1:
        return titled[0], header
    # "Europe|Russia Hits Ukraine's Power Grid …" at the top of a saved page and the same words
    # alone over the story: the section's name glued before the page's title, the plain line the headline
    prefixed = [
        j
        for j in long
        if any(
            i != j
            and rest.endswith(header[j][1])
            and _GLUED_SECTION_RE.fullmatch(rest[: len(rest) - len(header[j][1])]) is not None
            for i, (_, rest) in header.items()
        )
    ]
    if len(prefixed) == 1:
        return prefixed[0], header
    # "Why the front line is holding" in the share box and again over "Three reasons Russia's spring
    # offensive has stalled": the one long line the page says twice above the story is the headline
    said_twice = [
        j for j in long if any(i != j and fold_key(rest) == fold_key(header[j][1]) for i, (_, rest) in header.items())
    ]
    if said_twice and len({fold_key(header[j][1]) for j in said_twice}) == 1:
        return max(said_twice), header
    # "Why Avdiivka fell" in the share box and again right over "Ammunition, manpower and a front
    # line …": a short headline the page says twice, over a standfirst saying nothing of the lead
    short_twice = [
        j
        for j in candidates
        if j not in long
        and j + 1 in long
        and word_count(header[j][1]) >= MIN_SHORT_HEADLINE_WORDS
        and _content_words(header[j][1]) & lead_words
        and not _content_words(header[j + 1][1]) & lead_words
        and any(i < j and fold_key(rest) == fold_key(header[j][1]) for i, (_, rest) in header.items())
    ]
    if len(short_twice) == 1:
        return short_twice[0], header
    if len(long) >= 2:
        # a page that says its headline again under the story ("Share or comment on this article:
        # / Farmers block motorway ..."), over a standfirst of bullet points that says more
        start = next((j for j in range(max(header) + 1, len(units)) if _is_sentence(units[j])), len(units))
        below = {unit.casefold() for unit in units[start + 1 :]}
        again = [i for i in long if header[i][1].casefold() in below]
        if len(again) == 1:
            return again[0], header
    if long and (decked := _headline_over_decks(header, long, lead)) is not None:
        return decked, header
    if long and (first_of_run := _headline_over_standfirsts(header, long, lead)) is not None:
        return first_of_run, header
    if long:
        # Headline, then a longer standfirst, both above the byline ("Margaret Ellery, surgeon, dies
        # aged 91 / She was one of the first women to ..."): the headline names what the story
        # does, where a masthead's tagline shares no word with it.
        # (never over a headline that is all a quote, a standfirst never is: "Interview with Ukrainian
        # Foreign Minister Kuleba / "We Are Not Going to Give Up a Single Square Meter"")
        if len(long) >= 2 and not _QUOTED_HEADLINE_RE.fullmatch(header[long[-1]][1].strip()):
            first, second = (header[i][1] for i in long[-2:])
            # (not a list's last headline over the story's own, which says far more of what the story
            # opens with: "Taylor Swift announces new European tour dates / EU leaders agree to boost …")
            said_more = len(_content_words(second) & lead_words) >= len(_content_words(first) & lead_words) + 2
            if (
                word_count(second) >= word_count(first) + MIN_DEK_EXTRA
                and _content_words(first) & lead_words
                and not said_more
            ):
                return long[-2], header
            # "The last lighthouse keeper of the Outer Hebrides / After 40 years on the rock, Angus MacLeod
            # is handing over the keys": a feature's headline says nothing of its first line but much of
            # the story, its standfirst below it more; another story's headline, or a masthead's tagline,
            # says nothing of either
            story = _content_words(" ".join(units[max(header) + 1 : max(header) + 1 + STORY_SAMPLE_UNITS]))
            # (a tagline stands over the site's menu: "Your source for the latest research news / Home /
            # Health / Tech")
            if (
                word_count(second) >= word_count(first) + MIN_DEK_EXTRA
                and long[-1] == long[-2] + 1
                and not _content_words(first) & lead_words
                and len(_content_words(first) & story) >= MIN_SHARED_HEADLINE_WORDS
                and not _known_masthead_with_tagline(first)
            ):
                return long[-2], header
            # "Oil prices jump after drone strikes on refineries / Brent crude rose 2% to $86 a
            # barrel on Friday": a headline and its standfirst, one under the other, both about the
            # story; a masthead's tagline above a headline shares no words with it
            adjacent = long[-1] == next((i for i in sorted(header) if i > long[-2]), None)
            shared = _content_words(first) & lead_words
            # (not a photo's caption over the headline, told in the past tense as headlines never are:
            # "Taoiseach Micheál Martin said Ireland's neutrality was 'not under threat' / Taoiseach says …")
            captioned = _PAST_SPEECH_RE.search(first) and not _PAST_SPEECH_RE.search(second)
            if adjacent and len(shared) >= MIN_SHARED_HEADLINE_WORDS and not captioned:
                return long[-2], header
            # "Why the housing market will not cool this year / Rates are falling, but supply is not
            # keeping up": the upper line says something of what the story opens with, the lower nothing
            if adjacent and shared and not _content_words(second) & lead_words:
                return long[-2], header
            # "Opinion / The West must not blink on Ukraine / Sanctions are working, but …": right
            # under the section's name, the headline, then its standfirst (a masthead's tagline
            # stands over the sections, not under them)
            if (
                adjacent
                and _under_section_label(rules, long[-2])
                and long[-1] == long[-2] + 1
                and not captioned
                and not _known_masthead_with_tagline(first)  # "Sky News - first for breaking news"
            ):
                return long[-2], header
        if (bulleted := _headline_over_bullets(header, long, lead)) is not None:
            return bulleted, header
        return long[-1], header
    return max(candidates, key=lambda i: word_count(header[i][1])), header


_TAGLINE_SPLIT_RE = re.compile(r"\s+[-–—|:]\s+")


def _known_masthead_with_tagline(line: str) -> bool:
    """Whether ``line`` is a newsroom the archive knows by name, then its tagline ("Sky News - first
    for breaking news")."""
    name, *tagline = _TAGLINE_SPLIT_RE.split(line, maxsplit=1)
    return bool(tagline) and masthead_key(name) in known_outlets()


_TITLE_TAIL_RE = re.compile(r"\s*[-–—|:]\s*\S.{0,60}")
# the parts of a title's tail, each with the mark before it ("| Football News", "| Sky Sports")
_TITLE_PART_RE = re.compile(r"[-–—|:]\s*[^|–—]*[^|–—\s]")
_DATE_PART_RE = re.compile(rf"(?:{DATE})(?:\s*[-–,]?\s*\d{{1,2}}:\d{{2}})?", re.IGNORECASE)
# a name before a dash or a bar opening a headline, which may be a newsroom's (not before a colon:
# "Politico: US weighs new sanctions" is what Politico reports, told by another site)
_KNOWN_SITE_PREFIX_RE = re.compile(r"(?P<site>[^-–—|:]{2,40}?)\s+[-–—|]\s+(?=\S)")
# a headline's last part after a dash or a bar, a date: "… – Nordic Times – 14.03.2024"
_DATE_SUFFIX_RE = re.compile(rf"\s+[-–—|]\s+(?P<date>{_DATE_PART_RE.pattern})\s*$", re.IGNORECASE)


# A headline shorter than MIN_HEADLINE_WORDS, said twice over the story, has at least this many
MIN_SHORT_HEADLINE_WORDS = 2
# A share box's copy of the headline cut short keeps at least this many of its words
MIN_CUT_HEADLINE_WORDS = 6


def _cut_headline(unit: str, title_keys: set[str]) -> bool:
    """A line that is the headline's first words and no sentence ("Share or comment on this article:
    / Putin's war machine 'running out of tanks' as Russia raids Soviet-era stockpiles")."""
    if not title_keys or word_count(unit) < MIN_CUT_HEADLINE_WORDS or _PROSE_END_RE.search(unit):
        return False
    key = fold_key(unit)
    return any(len(title) > len(key) and title.startswith(key + " ") for title in title_keys)


def _titled_copy_cut(title_line: str, headline: str) -> int:
    """Where the site's part of ``title_line`` starts when it is ``headline`` (or the headline's first
    words, a page's shorter title: "Putin's war machine … says ex-MI6 chief | Daily Mail Online")
    with a site's name after it; 0 when it is not."""
    if _is_titled_copy(title_line, headline):
        return len(headline)
    at = max(title_line.rfind(" | "), title_line.rfind(" - "), title_line.rfind(" – "))
    head = title_line[:at]
    if at > 0 and word_count(head) >= MIN_HEADLINE_WORDS and headline.startswith(head) and headline != head:
        return at
    # ("Finland closes border crossing - Nordic Times" over "Finland closes last border crossing with
    # Russia": the title cut short, its words all the headline's)
    words = _content_words(head)
    if at > 0 and len(words) >= MIN_SHARED_HEADLINE_WORDS and words <= _content_words(headline) and head != headline:
        return at
    return 0


def _is_titled_copy(title_line: str, headline: str) -> bool:
    """Whether ``title_line`` is ``headline`` with a site's name after it ("… - Pacific Daily")."""
    return (
        len(title_line) > len(headline)
        and title_line.startswith(headline)
        and _TITLE_TAIL_RE.fullmatch(title_line, len(headline)) is not None
    )


def _last_run(long: list[int]) -> list[int]:
    """The last lines of ``long`` that stand one under the other."""
    run = [long[-1]]
    for i in reversed(long[:-1]):
        if i != run[0] - 1:
            break
        run.insert(0, i)
    return run


def _headline_over_bullets(header: dict[int, tuple[str, str]], long: list[int], lead: str) -> int | None:
    """ "China's exports beat expectations in April as shipments to US rebound / Outbound shipments
    rose 8.1 per cent … / Economists had expected growth of about 2 per cent": a headline over two or
    more standfirst bullets, all in sentence case. The headline says what the story's first
    paragraph says; the last bullet adds a detail the first paragraph leaves for later."""
    run = _last_run(long)
    lead_words = _content_words(lead)
    if len(run) < MIN_DECKED_RUN or len(_content_words(header[run[-1]][1]) & lead_words) >= MIN_SHARED_HEADLINE_WORDS:
        return None
    return next(
        (i for i in run[:-1] if len(_content_words(header[i][1]) & lead_words) >= MIN_SHARED_HEADLINE_WORDS), None
    )


# "said" outside quote marks: a caption's or a story's tense, not a headline's
_PAST_SPEECH_RE = re.compile(r"^[^\"“‘']*\bsaid\b")


def _headline_over_standfirsts(header: dict[int, tuple[str, str]], long: list[int], lead: str) -> int | None:
    """ "China, Philippines trade blame after coastguard ships collide … / Beijing says Manila's vessel
    'deliberately rammed' … / Incident is the latest in a series …": a headline over two or more
    standfirst lines, all of them about the story; a tagline above the headline is about nothing in it."""
    run = _last_run(long)
    if len(run) < MIN_DECKED_RUN:
        return None
    lead_words = _content_words(lead)
    return next(
        (i for i in run[:-2] if len(_content_words(header[i][1]) & lead_words) >= MIN_SHARED_HEADLINE_WORDS), None
    )


def _headline_over_decks(header: dict[int, tuple[str, str]], long: list[int], lead: str) -> int | None:
    """ "ECB Holds Rates as Lagarde Signals June Cut Is Likely / Policymakers keep deposit rate at 4%
    ... / Lagarde says inflation data will decide ...": a headline in Title Case over two or more
    standfirst lines in sentence case, one under the other, all about the story."""
    run = _last_run(long)
    if len(run) < MIN_DECKED_RUN:
        return None
    for k, i in enumerate(run[:-1]):
        below = [header[j][1] for j in run[k + 1 :]]
        if not is_title_case(header[i][1].split()) or any(is_title_case(line.split()) for line in below):
            continue
        about = _content_words(lead).union(*(_content_words(line) for line in below))
        if len(_content_words(header[i][1]) & about) >= MIN_SHARED_HEADLINE_WORDS:
            return i
    return None


# A headline and at least two standfirst lines under it
MIN_DECKED_RUN = 3


# Between the headline and the story, a line this short that is not a sentence labels the page.
MAX_LABEL_WORDS = 4


def _is_label(line: str) -> bool:
    return word_count(line) <= MAX_LABEL_WORDS and (
        not line.rstrip().endswith((".", "!", "?", "…", ":", '"', "”"))
        or _INITIALS_RE.fullmatch(line.strip()) is not None
    )


# "U.S.", "U.K.": a menu's section named by its initials, whose last full stop ends no sentence
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")


# This many short lines in a row end a page as its menu ("News / Politics / Sport / Contacts").
MIN_MENU_RUN = 3
MAX_MENU_ITEM_WORDS = 3


# Another story's headline shares at most this many words with the story ("every" with "every scenario")
MAX_TEASER_SHARED_WORDS = 1


def _is_unlabelled_teaser(line: str) -> bool:
    """Another story's headline: five words or more, in title case or cut off ("Scientists Discover
    Why Some People Never Get Sick..."), no sentence's end."""
    if len(line) > MAX_TITLE_CHARS:
        return False  # (prose: most lines are passed over here)
    cut_off = line.rstrip().endswith(("...", "…"))
    if not cut_off and _CLAUSE_END_RE.search(line):
        return False
    words = line.split()
    return len(words) >= MIN_HEADLINE_WORDS and (cut_off or is_title_case(words)) and not _QUOTE_START_RE.match(line)


_CLAUSE_END_RE = re.compile(r"[.!?:;,][\"”’»)]*$")


# A lone line closing the page this short, under the story's last sentence, is a label
MAX_TRAILING_LABEL_WORDS = 5


def _is_menu_item(line: str) -> bool:
    return (
        word_count(line) <= MAX_MENU_ITEM_WORDS
        and line[:1].isupper()
        and not line.rstrip().endswith((".", "!", "?", "…", ":", '"', "”"))
    )


# A pull quote repeats a few words of the story in large type; longer lines are the story itself.
MAX_PULL_QUOTE_WORDS = 20


def _head(key: str) -> str:
    return " ".join(key.split(" ", DUPLICATE_HEAD_WORDS)[:DUPLICATE_HEAD_WORDS])


# Paragraphs pasted again are found by their first words, then compared whole
DUPLICATE_HEAD_WORDS = 3


def _made_of_kept(key: str, by_head: dict[str, list[str]], cut_short: bool = False) -> bool:
    """Whether a paragraph is two or more kept ones run together, as a body pasted a second time
    with its line breaks lost ("… the county council said. Drivers will be diverted …"); ``cut_short``:
    it ends in an ellipsis, and its last part may be a kept one's beginning, as a teaser of the story
    under it is ("… Norway has pledged six F-16s...")."""
    rest, parts = key, 0
    while rest:
        part = next((k for k in by_head.get(_head(rest), ()) if rest == k or rest.startswith(k + " ")), None)
        if part is None:
            beginning = cut_short and any(k.startswith(rest + " ") for k in by_head.get(_head(rest), ()))
            return beginning and (parts >= 1 or word_count(rest) >= MIN_TEASER_COPY_WORDS)
        rest, parts = rest[len(part) + 1 :], parts + 1
    return parts >= 2


# A paragraph's beginning alone, cut short with an ellipsis, is a copy of it from this many words
MIN_TEASER_COPY_WORDS = 8


_WHOLLY_QUOTED_RE = re.compile(r"^[“\"«„][^“”\"«»„]+[”\"»]$")


def _is_pull_quote(text: str, key: str, keys: list[str]) -> bool:
    """A short line, not a sentence of its own (or only a quotation), standing word for word inside a
    longer paragraph ("“When no one is watching, the price of government goes up.”")."""
    if not MIN_DUPLICATE_WORDS <= word_count(text) <= MAX_PULL_QUOTE_WORDS:
        return False
    if _PROSE_END_RE.search(text) and not _WHOLLY_QUOTED_RE.match(text):
        return False
    padded = f" {key} "
    return any(len(other) > len(key) and padded in f" {other} " for other in keys)


# A caption has at most this many words (the photo's credit line follows it), and so has a sentence
# over a headline-shaped line that is a picture's caption
MAX_CAPTION_WORDS = 30
MAX_SENTENCE_CAPTION_WORDS = 16
# A line this short, between two lines one rule removed after the story, is part of that block
# ("Sign up for X / Week in the Middle East / Get the latest news ..."): the newsletter's name.
MAX_GAP_WORDS = 6
_CREDIT_LINE_RE = re.compile(r"^[(\[]?(?:image|photo|picture|photograph|credit|courtesy)s?\b", re.IGNORECASE)
_SAYING_RE = re.compile(r"\b(?:said|says|told|tells|according to)\b")
# A caption over a site's name alone ("kremlin.ru") names what it shows in this many words at most
MAX_DOMAIN_CAPTION_WORDS = 8
_BARE_DOMAIN_RE = re.compile(r"^[A-Za-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$")
# "Photo: D. Umbrasas/LRT", "Source: Siim Lõvi /ERR": a label, the photographer's name and their
# newsroom (not two agencies: "Photo: AFP / Getty Images")
_LABELLED_PHOTOGRAPHER_RE = re.compile(
    r"^[(\[]?(?i:photo|image|picture|photograph|source|credit)s?\s*:\s*(?![A-Z]{2,}\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
    r"\s*/\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}[)\]]?$"
    # "© Sputnik / Vyacheslav Prokofyev": the agency after the sign, then the photographer
    r"|^©\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$"
    # "(photo credit: REUTERS/VALENTYN OGIRENKO)": the agency, then the photographer
    r"|^[(\[]?(?i:photo|image|picture)\s+(?i:credit)s?\s*:\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}\s*/\s*"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}[)\]]?$"
)


# An embedded post's text: at most this many words, with a handle, a hashtag or a picture's link
MAX_POST_WORDS = 80
_POST_MARK_RE = re.compile(r"(?<![\w.])[@#]\w{2,}|\bpic\.twitter\.com/|\bhttps?://t\.co/")
# ", March 17, 2024." ending a line: the date an agency's caption gives its photo
_CAPTION_DATED_RE = re.compile(
    r",\s+(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+\d{1,2},\s+\d{4}\.?\s*(?:\([^()]{1,60}\))?$",
    re.IGNORECASE,
)
# How a photo's caption ends: when it was taken ("… in Moscow on Thursday", "… on March 4, 2024")
_CAPTION_TIME_RE = re.compile(
    r"\b(?:on|last|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: morning| afternoon| evening| night)?$"
    r"|\bon (?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r" \d{1,2}(?:,? \d{4})?$|\bin (?:19|20)\d\d$",
    re.IGNORECASE,
)


# What a lone "From:" or "Source:" label names runs to this many words at most
MAX_LABELLED_SOURCE_WORDS = 14
# A promotion over its button ("… on the Bloomberg Terminal / LEARN MORE") has at most this many words
MAX_PROMO_WORDS = 15
_PROMO_BUTTON_RE = re.compile(rf"^\s*(?:{PROMO_BUTTON})\s*$", re.IGNORECASE)


# The author's line about themself in the box of their byline under the story has at most this many words
MAX_BOX_BIO_WORDS = 30
# ("Written by Anna Smith / 1.2K Followers / · / Writer for Energy Matters / Energy analyst. …": the
# byline at most this many lines over it)
MAX_BOX_LINES_OVER_BIO = 5


# At most this many short lines between a standfirst and the date under it
MAX_LABELS_OVER_DATE = 4


def _without_labels_under_standfirst(
    body: list[tuple[int, str]], removals: list[tuple[int, Removal]], remove
) -> list[tuple[int, str]]:
    """ "Aleksandar Vucic said Serbia would not … / Sasa Dragojlo / BIRN / Belgrade / March 15, 2024":
    the story's first line is its standfirst, and the short lines under it, over the date, are its
    author's name, newsroom and city."""
    if len(body) < 3 or not _is_sentence(body[0][1]):
        return body
    date = min((i for i, r in removals if r.rule in ("dateline", "published-on") and i > body[0][0]), default=None)
    if date is None:
        return body
    m = next((n for n, (i, _) in enumerate(body) if i > date), len(body))
    labels = body[1:m]
    if m == len(body) or not 1 <= len(labels) <= MAX_LABELS_OVER_DATE or not all(_is_label(t) for _, t in labels):
        return body
    for i, text in labels:
        remove(i, text, "header-label")
    return [body[0], *body[m:]]


def _without_chrome_gaps(
    body: list[tuple[int, str]], removals: list[tuple[int, Removal]], remove
) -> list[tuple[int, str]]:
    """Take out what the rules' neighbours show to be chrome: a caption over its photo's credit
    line ("Olaf Scholz in Berlin on Tuesday / Image: M. Kappeler/dpa"), and a short line inside a
    block of removed lines after the story's last sentence."""
    removed_rule = {i: r.rule for i, r in removals}
    removed_text = {i: r.text for i, r in removals}
    # "Video / The episode covers ... / Show More": the page's last text, between a media label and
    # the chrome under it, describes the video
    if body and removed_rule.get(body[-1][0] - 1) == "media-label" and body[-1][0] + 1 in removed_rule:
        i, text = body.pop()
        remove(i, text, "media-label")
        removed_rule[i], removed_text[i] = "media-label", text
    # "Written by Jan Kowalski / 312 Followers / Writing about security … / Follow": the page's last
    # text, in the box of the author's byline under the story, is the author's line about themself
    if len(body) > 1 and body[-1][0] + 1 in removed_rule and word_count(body[-1][1]) <= MAX_BOX_BIO_WORDS:
        i, text = body[-1]
        if any(removed_rule.get(k) == "byline" and k > body[-2][0] for k in range(i - MAX_BOX_LINES_OVER_BIO, i)):
            body.pop()
            remove(i, text, "author-bio")
            removed_rule[i], removed_text[i] = "author-bio", text
    last_sentence = next((i for i, text in reversed(body) if _is_sentence(text)), -1)
    # "Rescuers work at the site of a strike in Kharkiv. / Rescuers work at …": a short line said
    # twice in a row, among other lines and before the story's last sentence, is a photo's
    # description and its caption (an author's name twice under the story is their box's)
    texts = dict(body)
    twice = {
        k
        for i, text in (body if len(body) >= 4 else ())
        if i < last_sentence
        and texts.get(i + 1, "").strip() == text.strip()
        and word_count(text) <= MAX_CAPTION_WORDS
        and not _QUOTE_START_RE.match(text)
        for k in (i, i + 1)
    }
    kept = []
    for i, text in body:
        if i in twice:
            remove(i, text, "image-caption")
            continue
        short = not _PROSE_END_RE.search(text) and not text.rstrip().endswith(("!", "?", '"', "”"))
        # "I am grateful to … pic.twitter.com/AbCdEf / — Volodymyr Zelensky (@ZelenskyyUa) April 20,
        # 2024": the post's text over its signature line
        if (
            removed_rule.get(i + 1) == "social-embed"
            and removed_text[i + 1].lstrip()[:1] in "—–-"
            and word_count(text) <= MAX_POST_WORDS
            and _POST_MARK_RE.search(text)
        ):
            remove(i, text, "social-embed")
            continue
        if re.fullmatch(r"[A-Z]{2,6}", text.strip()) and removed_rule.get(i + 1) in _CREDIT_RULES:
            remove(
                i, text, "image-credit"
            )  # "AA / Erdogan made the remarks in Ankara. (AA Archive)": the photo's agency
            continue
        credit = removed_text.get(i + 1, "") if removed_rule.get(i + 1) in ("image-credit", "source-credit") else ""
        # "Kremlin spokesman Dmitry Peskov. / kremlin.ru": a name and title over a site's name alone
        # (at most one word in lower case: "Talks resume. / mfa.gov.ua" is a story's line and a link)
        if (
            removed_rule.get(i + 1) == "bare-link"
            and word_count(text) <= MAX_DOMAIN_CAPTION_WORDS
            and sum(word[:1].islower() for word in text.split()) <= 1
            and _BARE_DOMAIN_RE.match(removed_text[i + 1])
            and not _SAYING_RE.search(text)
        ):
            remove(i, text, "image-caption")
            continue
        if removed_rule.get(i + 1) == "source-credit" and not _LABELLED_PHOTOGRAPHER_RE.match(credit):
            credit = ""  # "Source: ERR News" credits the story; "Source: Siim Lõvi /ERR" a photo
        if word_count(text) <= MAX_CAPTION_WORDS and (
            (short and _CREDIT_LINE_RE.match(credit))
            # "Lithuanian Defence Minister Arvydas Anušauskas. / Photo: D. Umbrasas/LRT": a labelled
            # photographer and newsroom under a short line
            # (not a story's sentence the credit was glued to: "…, the ministry said. Photo: Anna Smith / Reuters")
            or (
                _LABELLED_PHOTOGRAPHER_RE.match(credit)
                and word_count(text) <= MAX_SENTENCE_CAPTION_WORDS
                and not _SAYING_RE.search(text)
            )
            # "Dockworkers leave the port on Thursday. / Stephen B. Morton/AP": a photographer's
            # name and agency under a line say it is their photo's caption, a sentence or not (a
            # longer sentence there is the standfirst, over a photo with no caption)
            or (PHOTOGRAPHER_CREDIT_RE.match(credit) and (short or word_count(text) <= MAX_SENTENCE_CAPTION_WORDS))
        ):
            remove(i, text, "image-caption")
            continue
        # "(photo credit: REUTERS/Ronen Zvulun) / Benjamin Netanyahu attends a cabinet meeting in
        # Jerusalem, March 17, 2024.": the caption under its credit, dated as agencies date them
        if (
            removed_rule.get(i - 1) == "image-credit"
            and word_count(text) <= MAX_CAPTION_WORDS
            and _CAPTION_DATED_RE.search(text)
        ):
            remove(i, text, "image-caption")
            continue
        # "From: / Ministry of Defence and The Rt Hon Grant Shapps MP": what a lone label names
        if (
            short
            and removed_rule.get(i - 1) == "source-credit"
            and removed_text[i - 1].rstrip().endswith(":")
            and word_count(text) <= MAX_LABELLED_SOURCE_WORDS
        ):
            remove(i, text, "source-credit")
            continue
        # "Before it's here, it's on the Bloomberg Terminal / LEARN MORE": a promotion over its button
        if short and word_count(text) <= MAX_PROMO_WORDS and _PROMO_BUTTON_RE.match(removed_text.get(i + 1, "")):
            remove(i, text, "advertisement")
            continue
        gap_rule = removed_rule.get(i - 1)
        # "Related video / Zelensky warns of ammunition shortages / Copy the embed link below:": a
        # player's title between its label and its button, in the story as under it
        if short and word_count(text) <= MAX_TEASER_WORDS and gap_rule == "media-label" == removed_rule.get(i + 1):
            remove(i, text, "video-title")
            continue
        if (
            short
            and word_count(text) <= MAX_TEASER_WORDS
            and gap_rule == "read-also-teaser"
            and _TEASER_LABEL_RE.match(removed_text[i - 1])
        ):
            remove(i, text, "read-also-teaser")  # "Related article / Why a port strike could hit ..."
            removed_rule[i], removed_text[i] = "read-also-teaser", text
            continue
        if short and word_count(text) <= MAX_TEASER_WORDS and _in_teaser_list(i, removed_rule, removed_text):
            remove(i, text, "read-also-teaser")  # "Most Read from Bloomberg / Trump Says … / Oil Rises …"
            removed_rule[i], removed_text[i] = "read-also-teaser", text
            continue
        if (
            short
            and i > last_sentence
            and word_count(text) <= MAX_GAP_WORDS
            and gap_rule is not None
            and gap_rule == removed_rule.get(i + 1)
            and gap_rule not in _STRUCTURE_RULES
        ):
            remove(i, text, gap_rule)
            continue
        if (
            short
            and i > last_sentence
            and word_count(text) <= MAX_TEASER_WORDS
            and gap_rule in _TEASER_RULES
            and removed_rule.get(i + 1) in _TEASER_RULES
        ):
            remove(i, text, "read-also-teaser")  # "Read also: … / Ukraine war latest: … / Video"
            continue
        kept.append((i, text))
    # the body's last line, a scene with no full stop and the page's chrome under it: a photo's
    # caption ("Putin delivers his annual address at Gostiny Dvor in Moscow on Thursday")
    if kept and kept[-1][0] > last_sentence and kept[-1][0] + 1 in removed_rule:
        i, text = kept[-1]
        if (
            MAX_GAP_WORDS < word_count(text) <= MAX_CAPTION_WORDS
            and not text.rstrip().endswith((".", "!", "?", '"', "”", ":", "…"))
            and _CAPTION_TIME_RE.search(text)
        ):
            kept.pop()
            remove(i, text, "image-caption")
    # the body's last line, short and no sentence, with the page's chrome under it: a link's label
    # ("Get our Tech Resources", "Watch Live"), not the story's end; several of them there, with
    # only removed lines between, are the story's tags or the site's menu ("Ukraine / Russia-Ukraine
    # war"); but a desk ("Reporter") ends an author box
    labels: list[tuple[int, str]] = []
    page_end = max([*removed_rule, *(i for i, _ in kept)], default=-1)
    while kept and kept[-1][0] > last_sentence:
        i, text = kept[-1]
        below = labels[0][0] if labels else None
        if (
            word_count(text) > MAX_GAP_WORDS
            or _PROSE_END_RE.search(text)
            or text.rstrip().endswith(("!", "?", '"', "”"))
            or i + 1 not in removed_rule
            and below != i + 1
            and i != page_end
            or below is not None
            and any(k not in removed_rule for k in range(i + 1, below))
            # the author's name over their bio (their desk between goes, as "Reporter" above)
            or removed_rule.get(i + 1) == "author-bio"
            and not _DESK_LINE_RE.match(text)
        ):
            break
        labels.insert(0, kept.pop())
        if _DESK_LINE_RE.match(text):
            break
    # (lines ending the page with nothing under them, "Advertisement: / Odesa / drones / attack": the
    # story's tags when there are two or more and chrome above them; one alone may be the story's)
    if labels and labels[-1][0] == page_end and (len(labels) < 2 or labels[0][0] - 1 not in removed_rule):
        kept += labels
        labels = []
    if labels and _unheaded_teasers(kept + labels) > len(labels):
        kept += labels  # the last of other stories' headlines closing the story: a teaser list, read below
        labels = []
    rule = "call-to-action" if len(labels) == 1 else "tag-list" if len(labels) < MIN_MENU_RUN else "navigation"
    for i, text in labels:
        remove(i, text, rule)
    # "Player of the match / Bukayo Saka / Line-ups / Arsenal / Formation 4-3-3 / 1 Raya / …": many
    # short lines closing the page after the story's last sentence are a table of data or a menu
    k = len(kept)
    while (
        k > 0
        and kept[k - 1][0] > last_sentence
        and (word_count(kept[k - 1][1]) <= MAX_DATA_WORDS or _DATA_LIST_LINE_RE.match(kept[k - 1][1]))
    ):
        k -= 1
    if len(kept) - k >= MIN_DATA_LINES:
        for i, text in kept[k:]:
            remove(i, text, "data-table")
        kept = kept[:k]
    return kept


# A table of data closing the page (a match's line-ups, a list of results) as lines of at most
# this many words, and at least this many of them
MAX_DATA_WORDS = 4
MIN_DATA_LINES = 8
# or a label and its list ("Man City: Ederson, Walker, Dias, Gvardiol, Rodri, Foden, De Bruyne, Haaland"), no sentence
_DATA_LIST_LINE_RE = re.compile(r"^[^:.!?]{1,40}:\s*[^,.!?:]{1,30}(?:,\s*[^,.!?:]{1,30}){3,}$")


# A teaser's headline between two teasers after the story has at most this many words.
MAX_TEASER_WORDS = 15
# a teaser's label alone on its line, the other story's headline on the next one
_TEASER_LABEL_RE = re.compile(
    r"^(?:(?:read|see|watch|listen)(?: (?:also|more|next|too|this))|also (?:read|see|watch)|"
    r"related(?: (?:article|story|stories|news|coverage|content|link|reading))?|recommended|must read|"
    r"don'?t miss|more on this(?: story| topic)?|editor'?s pick|further reading|quick guide|"
    rf"{MOST_READ_LABEL}|"
    rf"{FOREIGN_READ_ALSO})\s*[:\-–—|»>›]*"
    # ("Read more Subscribers only": the story it links to is behind the paywall)
    r"(?:\s*[(\[]?(?:subscribers?|members?|premium)(?: only| article| content)?[)\]]?)?$",
    re.IGNORECASE,
)
_TEASER_RULES = frozenset({"read-also-teaser", "teaser-list", "media-label"})
# "Most Read from Bloomberg": the heading of a list of other stories' headlines, in the story or under it
_LIST_LABEL_RE = re.compile(rf"^{MOST_READ_LABEL}$", re.IGNORECASE)
# such a list holds at most this many headlines
MAX_LISTED_TEASERS = 8


def _in_teaser_list(i: int, removed_rule: dict[int, str], removed_text: dict[int, str]) -> bool:
    """Whether line ``i`` follows a list's heading and the headlines gone under it."""
    j = i - 1
    while removed_rule.get(j) == "read-also-teaser" and i - j <= MAX_LISTED_TEASERS:
        if _LIST_LABEL_RE.match(removed_text[j]):
            return True
        j -= 1
    return False


# Cut-off summaries that make the page's last lines a list of other stories
MIN_CUT_OFF_TEASERS = 2
MAX_TEASER_HEADLINE_WORDS = 25
# Other stories' headlines alone, with no summary under them: this many at least end the page
MIN_HEADLINE_TEASERS = 3
_CUT_OFF_RE = re.compile(r"[^.](?:\.\.\.|…)$")


def _unheaded_teasers(body: list[tuple[int, str]]) -> int:
    """How many of the body's last lines are other stories' headlines and cut-off summaries."""
    run = cut_off = headlines = 0
    for _, text in reversed(body):
        text = text.rstrip()
        if _CUT_OFF_RE.search(text):
            cut_off += 1
        elif _PROSE_END_RE.search(text) or word_count(text) > MAX_TEASER_HEADLINE_WORDS or text.endswith(('"', "”")):
            break
        elif MIN_HEADLINE_WORDS - 1 <= word_count(text) <= MAX_TEASER_WORDS and not text.endswith((":", "?", "!")):
            headlines += 1
        run += 1
    if run >= len(body):
        return 0
    # ("Poland's army to double in size by 2035 / Tusk announces … / Drone incursion: …": three or
    # more headlines alone, with no summaries, closing the page)
    return run if cut_off >= MIN_CUT_OFF_TEASERS or (headlines == run >= MIN_HEADLINE_TEASERS) else 0


# Rules of the page's structure, not of a block of chrome.
_STRUCTURE_RULES = frozenset({"headline", "breadcrumb", "section-label", "header-label", "repeated-headline"})


# "Image caption," over its caption; "Open this photo in gallery:", the photo's button over it
_CAPTION_LABEL_RE = re.compile(
    r"^(?:(?:image|photo|picture|video|media) caption\s*[,:]?"
    r"|(?:open|view|see) (?:this )?(?:image|photo|picture)s? in (?:the )?gallery\s*:?)$",
    re.IGNORECASE,
)
_CAPTION = Rule("image-caption", re.compile(r"(?!)"))
# "Written by" alone on its line, the author's name on the next
_BYLINE_LABEL_RE = re.compile(rf"^(?:{BYLINE_PREFIX}|authors?)\s*:?$", re.IGNORECASE)
# "Dan Sabbagh in Kyiv": where the reporter filed from may follow the name
_BYLINE_NAME_LINE_RE = re.compile(
    rf"^{BYLINE_NAME}(?:\s*(?:,|and|&)\s*{BYLINE_NAME})*(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?$"
)
_BYLINE = Rule("byline", re.compile(r"(?!)"))
# "Kim Nguyen and Raj Patel", "A, B & C": the names of a byline
NAMES_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")
# "Anna Smith and John Doe", "Anna Smith, John Doe and Li Wei": reporters' names alone on a line
_REPORTERS_RE = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}(?:\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}){0,2}"
    r"\s+(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
)


def _names_alone(line: str) -> list[str]:
    """The names when ``line`` is two to four people's names and nothing else, one of them at least
    opening with a given name the archive knows ("Anna Smith and John Doe", "Pjotr Sauer and Dan
    Sabbagh"), else none."""
    if not _REPORTERS_RE.fullmatch(line.strip()):
        return []
    names = [part for part in NAMES_SPLIT_RE.split(line.strip()) if part]
    return names if any(part.split()[0].lower() in first_names() for part in names) else []


def _named_below(names: list[str], below: list[str]) -> bool:
    """Whether the story ``below`` names any of these people by their surname."""
    surnames = re.compile("|".join(rf"\b{re.escape(name.split()[-1])}\b" for name in names))
    return any(surnames.search(text) for text in below)


# "England football team, Euro 2024, Gareth Southgate": three or more short tags in a row
_TAG_LINE_RE = re.compile(r"^[^,.!?:;|·•]{1,40}(?:[,|·•][^,.!?:;|·•]{1,40}){2,}$")
_TAGS = Rule("tag-list", re.compile(r"(?!)"))
_LIVE_RE = re.compile(r"^live\s*[:|]\s*\S", re.IGNORECASE)


# "Senior Defence Analyst", "Diplomatic correspondent": the author's desk under their name
# ("Security and defence editor @haynesdeborah": with the author's handle after it)
# ("Chief football news reporter at Emirates Stadium": or with where they report from)
_DESK_LINE_RE = re.compile(
    rf"^(?:[\w-]+\s+){{0,3}}(?:{DESK_WORDS}|contributor|journalist)s?(?:\s+@\w{{2,30}})?"
    r"(?:\s+(?:at|in)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?$",
    re.IGNORECASE,
)
_HEADER_LABEL = Rule("header-label", re.compile(r"(?!)"))
# "BBC Wales News", "Sky News", "CBC Radio": a newsroom's name alone on its line
_NEWSROOM_LINE_RE = re.compile(r"^(?:[A-Z][\w&'’.-]*\s+){1,3}(?:News|Sport|Sports|Radio|Television|TV)$")
_HANDLE_RE = re.compile(r"^@\w{2,30}$")
# "About Greenfield University": the heading of the organisation's profile closing a press release
_ABOUT_RE = re.compile(r"^About (?:the )?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|&)){0,6})$")
_PROFILE = Rule("company-profile", re.compile(r"(?!)"), is_tail=True)
# "Video", "Watch": a player's bare label, over the video's title
_VIDEO_LABEL_RE = re.compile(r"^(?:videos?|watch(?: video| now)?|play video)$", re.IGNORECASE)
_VIDEO_TITLE = Rule("video-title", re.compile(r"(?!)"))
_VIDEO_CAPTION = Rule("media-label", re.compile(r"(?!)"))
_PAGE_META_RULES = frozenset({"byline", "dateline", "published-on"})
_COMMENT = Rule("comment-form", re.compile(r"(?!)"), is_tail=True)
# A comment section is two comments or more, the second within this many lines of the first
MAX_COMMENT_LINES = 12
# A point of a summary a machine wrote, under its label ("AI-generated summary"); the longest one
_AI_POINT = Rule("ai-summary", re.compile(r"(?!)"))
MAX_SUMMARY_POINT_WORDS = 40
# "Maria K.": a reader's name as comment boxes shorten it
_READER_NAME_RE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[A-Z]\.")


def _is_comment_head(units: list[str], i: int) -> bool:
    """Whether ``units[i]`` is a reader's name over the time of their comment ("John Miller / 2 hours
    ago", "Peter Schmidt • 4 hours ago") with their words under it."""
    unit = units[i]
    if len(unit) > 60 or i + 2 >= len(units):
        return False
    if _AGO_RE.search(unit):
        name = _AGO_RE.sub("", unit).strip()
        return bool(_LONE_NAME_RE.fullmatch(name) or _READER_NAME_RE.fullmatch(name))
    # ("John Miller says: / March 14, 2024 at 9:12 pm": a blog's comment, with its date and time)
    says = _READER_SAYS_RE.fullmatch(unit)
    name = says.group("name") if says else unit
    named = _LONE_NAME_RE.fullmatch(name) or _READER_NAME_RE.fullmatch(name)
    return bool(named) and (
        _AGO_RE.match(units[i + 1]) is not None
        or (says is not None and _CLOCK_TIME_RE.search(units[i + 1]) is not None)
    )


_READER_SAYS_RE = re.compile(r"(?P<name>.{2,40}?)\s+(?:says|said|wrote|writes)\s*:")
_CLOCK_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)


def _is_profile(heading: str, line: str) -> bool:
    """ "About Greenfield University" over "Greenfield University is a public research university …"."""
    match = _ABOUT_RE.match(heading.strip())
    if not match:
        return False
    name = match.group("name")
    return (
        re.match(rf"(?:The\s+)?{re.escape(name)}(?:,[^,]{{1,80}},)?\s+(?:is|was|has|are|provides|operates)\b", line)
        is not None
    )


def _byline_over_date(units: list[str], rules: list[Rule | None], i: int, before_story: bool = False) -> None:
    """ "Jonathan Marcus / Senior Defence Analyst / 7 March 2024": a name (and desk) over the page's
    date line is the byline, even under a standfirst that already reads as the story; above the
    story a name over a reporter's desk is one with no date ("James Waterhouse / BBC Ukraine
    correspondent")."""
    j = i + 1
    # ("Tomos Morgan / BBC Wales News": or the newsroom they report for)
    # (not a masthead over its section: "The Jerusalem Post / Israel News")
    desk = j < len(units) and (
        (rules[j] is None and bool(_DESK_LINE_RE.match(units[j])))
        or (
            bool(_NEWSROOM_LINE_RE.match(units[j].strip()))
            and units[i].split()[0].lower() not in COMMON_WORDS
            and masthead_key(units[i]) not in known_outlets()
        )
    )
    if desk:
        j += 1
    # "Kif Leswing / @kifleswing": the author's handle, which has their surname in it
    handle = j < len(units) and _HANDLE_RE.match(units[j]) and units[i].split()[-1].lower() in units[j].lower()
    if handle:
        j += 1
    known = units[i].split()[0].lower() in first_names()
    dated = j < len(units) and rules[j] is not None and rules[j].id in ("dateline", "published-on")
    if (desk or known) and dated or ((desk or handle) and before_story):
        rules[i] = _BYLINE
        if desk:
            rules[i + 1] = _HEADER_LABEL


# "Quote: “…”", "Details: …": a labelled paragraph of the story (Ukrainska Pravda's way)
_LABELLED_PARAGRAPH_RE = re.compile(r"^(?:quote|details|background)\s*:\s*\S", re.IGNORECASE)


def _announced(units: list[str], rules: list[Rule | None]) -> list[Rule | None]:
    """The rules of lines their neighbours explain: the caption under "Image caption,", the name
    under a "Written by" that stands above the story, a name over the date line, the tags under
    "Related Topics"; and "Live: …" above the story, which is a live page's headline, no teaser."""
    story_started = comments = generated = False
    for i, unit in enumerate(units):
        # "AI-generated summary / Germany's GDP fell 0.2% … / Was this summary helpful?": a machine's
        # points, no one's writing, up to the next line a rule knows
        if rules[i] is not None:
            generated = rules[i].id == "ai-summary"
        elif generated and word_count(unit) <= MAX_SUMMARY_POINT_WORDS:
            rules[i] = _AI_POINT
            continue
        else:
            generated = False
        # under the comment form, a name over a date is a reader's comment, not the story's byline
        comments = comments or (story_started and rules[i] is not None and rules[i].id == "comment-form")
        if len(unit) > MAX_RULE_LINE:
            story_started = story_started or rules[i] is None  # a line this long is prose (or a consent banner)
            continue
        if (
            rules[i] is not None
            and rules[i].id == "source-credit"
            and i + 1 < len(units)
            and _LABELLED_PARAGRAPH_RE.match(units[i + 1])
        ):
            rules[i] = None  # "Source: Oleh Syniehubov on Telegram / Quote: “…”": who says what follows
        if not story_started and rules[i] is not None and rules[i].id == "read-also-teaser" and _LIVE_RE.match(unit):
            rules[i] = None  # "Live: Zelensky addresses the summit" over the story is its live page's headline
        if (
            story_started
            and not comments
            and _is_comment_head(units, i)
            and any(_is_comment_head(units, j) for j in range(i + 2, min(len(units), i + MAX_COMMENT_LINES)))
        ):
            # "John Miller / 2 hours ago / Good decision. …" under the story, with no comment form over
            # it: a reader's comment, and the others under it
            rules[i] = _COMMENT
            comments = True
            continue
        if i and rules[i] is None:
            label, above = units[i - 1], rules[i - 1]
            if above is not None and _CAPTION_LABEL_RE.match(label):
                rules[i] = _CAPTION
            elif not story_started and above is not None and _is_video_box(units, rules, i):
                # "Headline / By … / Video / Putin wins fifth term … / Fox News' Alex Hogan reports …":
                # under the page's headline and byline, a player's title and its one line
                rules[i] = _VIDEO_TITLE
                if _is_sentence(units[i + 1]) and word_count(units[i + 1]) <= MAX_CAPTION_WORDS:
                    rules[i + 1] = _VIDEO_CAPTION
            elif (
                # (under a standfirst too, when the label has its colon: "… after a meeting in Paris. /
                # Text by: / NEWS WIRES")
                (not story_started or label.rstrip().endswith(":"))
                and _BYLINE_LABEL_RE.match(label)
                # a person's name, or a newsroom's ("Text by: / FRANCE 24")
                and (_BYLINE_NAME_LINE_RE.match(unit) or (_is_label(unit) and not _PROSE_END_RE.search(unit)))
            ):
                rules[i - 1] = rules[i] = _BYLINE
            elif (
                not comments
                and _BYLINE_NAME_LINE_RE.match(unit)
                and all(word_count(name) <= MAX_LABEL_WORDS for name in NAMES_SPLIT_RE.split(unit))
            ):
                _byline_over_date(units, rules, i, before_story=not story_started)
            elif story_started and _is_profile(label, unit) and above is None:
                rules[i - 1] = rules[i] = _PROFILE  # "About Greenfield University / Greenfield University is …"
            elif above is not None and above.id in ("teaser-list", "tag-list") and _is_label(label):
                if _TAG_LINE_RE.match(unit) and all(word_count(tag) <= 4 for tag in re.split(r"[,|·•]", unit)):
                    rules[i] = _TAGS
        story_started = story_started or (rules[i] is None and _is_sentence(unit))
    # "Support PREMIUM TIMES' journalism … / At Premium Times, we firmly believe in … / Donate": between an
    # appeal's heading and its button, the newsroom speaking of itself is the appeal's
    for i in range(1, len(units) - 1):
        above, below = rules[i - 1], rules[i + 1]
        if (
            rules[i] is None
            and above is not None
            and below is not None
            and above.id in _APPEAL_RULES
            and below.id in _APPEAL_RULES
            and _NEWSROOM_SPEAKS_RE.search(units[i])
        ):
            rules[i] = above
    return rules


_APPEAL_RULES = frozenset({"donation-prompt", "subscribe-prompt"})
# the newsroom of itself: "we believe", "our journalism", "support us"
_NEWSROOM_SPEAKS_RE = re.compile(
    r"\b(?:we|our|us)\b.{0,200}\b(?:journalism|reporting|news|subscri\w*|donat\w*|support|independen\w*)\b"
    r"|\b(?:journalism|reporting|subscri\w*|donat\w*|support)\b.{0,200}\b(?:we|our|us)\b",
    re.IGNORECASE,
)


def _is_video_box(units: list[str], rules: list[Rule | None], i: int) -> bool:
    """Whether line ``i`` is the title of a video under its bare label ("Video"), below the
    page's byline or date and a headline over them, with the story still to come under it."""
    if not _VIDEO_LABEL_RE.match(units[i - 1].strip()) or _PROSE_END_RE.search(units[i]):
        return False
    story = next((j for j in range(i + 2, len(units)) if rules[j] is None), None)
    if story is None or rules[i + 1] is not None or not _is_sentence(units[story]):
        return False
    meta = [j for j in range(i - 1) if rules[j] is not None and rules[j].id in _PAGE_META_RULES]
    return bool(meta) and any(rules[j] is None and _headline_shaped(units[j]) for j in range(max(meta)))


_BIO_VERB_RE = re.compile(r"\s(?:is|was|has|joined|covers|writes|reports|leads|edits|became)\s")
# what says the one described writes the news (a list of candidates ends "Jane Doe" / "Jane Doe is …" too)
_JOURNALIST_RE = re.compile(
    r"\b(?:covers|covering|writes (?:about|for|on)|reporter|correspondent|editor|journalist|writer|columnist|"
    r"contributor|bureau chief)\b",
    re.IGNORECASE,  # ("Naomi O'Leary is Europe Correspondent of The Irish Times")
)
MAX_BIO_WORDS = 60


def _is_author_box(name: str, bio: str) -> bool:
    """``name`` alone on its line ("Mia Castagnone", "TODD RICHMOND") over a bio that opens with it or
    with its surname ("Mia Castagnone joined …", "Richmond covers Wisconsin government.")."""
    if _LONE_NAME_RE.fullmatch(name) is None or word_count(bio) > MAX_BIO_WORDS:
        return False
    if bio.startswith(name) or bio.casefold().startswith(name.casefold()):
        opening = len(name)
    else:
        surname = name.split()[-1]
        if not bio.casefold().startswith(surname.casefold()) or not bio[:1].isupper():
            return False
        opening = len(surname)
    return _BIO_VERB_RE.match(bio, opening) is not None and _JOURNALIST_RE.search(bio) is not None


_CREDIT_RULES = frozenset({"image-credit", "image-caption"})
# A photo's credit at the end of a line: "(Photo by X/AFP via Getty Images)", "Photo: X / Reuters",
# "[Photo: Office of the President]", "REUTERS/Name", "| Name/POLITICO"
_TRAILING_CREDIT_RE = re.compile(
    r"\s*[(\[](?:[\w.-]+ ){0,2}(?:photo|image|picture|file|credit)[^()\[\]]{0,80}[)\]]\.?$"
    r"|\s+(?:photo|image|picture|photograph|illustration)s?(?: credit)?\s*[:：]\s*[\w .,'’&/-]{1,60}$"
    r"|\s+(?-i:REUTERS|AP|AFP|EPA|EPA-EFE|XINHUA|ANADOLU)/[A-Z][\w.'’ -]{1,40}(?:/(?:File )?Photo)?$"
    r"|\s*[|]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*/\s*[A-Z][\w&.'’ -]{1,30}$"
    # "… in Parliament on Thursday. Jaco Marais/News24": the photographer and newsroom after the full stop
    r"|(?<=[.!?])\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}/[A-Z][\w&'’-]{1,20})$",
    re.IGNORECASE,
)
_BRACKETED_CREDIT_RE = re.compile(
    r"(?<=[.!?”\"])\s*[(\[](?:[\w.-]+ ){0,2}(?:photo|image|picture|credit)s?\s*(?::|by)\s*[^()\[\]]{2,80}[)\]]$",
    re.IGNORECASE,
)
_CREDIT_RULE = Rule("image-credit", _BRACKETED_CREDIT_RE, False, 0)
# What a story's paragraph does and a photo's caption does not: report what someone said
_REPORTING_RE = re.compile(r"\b(?:said|says|told|according to|announced|reported)\b")
# A caption is a sentence or two; a paragraph this long with two sentences is the story's
MIN_GLUED_PARAGRAPH_WORDS = 30


# A wire's end mark after the story's last sentence: "… earlier this week. Enditem"
_GLUED_END_MARKER_RE = re.compile(rf"(?<=[.!?”\"])\s+(?:{END_MARKER})$", re.IGNORECASE)


# "… said on Tuesday. Read also: Estonia expels Russian diplomat": a teaser's label and its
# headline after a sentence's end, to the paragraph's end
_GLUED_TEASER_RE = re.compile(
    r"(?<=[.!?”\"])\s*(?:(?i:read (?:also|more)|also read|see also|related|more)\s*[:|]"
    # ("… Read Also Jaime Lorente: first-time father …": the label capitalised as a button's, no colon;
    # "… ALSO READ | Macron: …": or a bar after it)
    r"|(?:Read Also|READ ALSO|Also Read|ALSO READ)(?:\s+[|–—-])?\s+(?=[A-Z]))\s*[^.!?]{3,160}$"
)
_TEASER_RULE = Rule("read-also-teaser", _GLUED_TEASER_RE, False, 0)


def _split_glued_credits(units: list[str], rules: list) -> tuple[list[str], list]:
    """A story's paragraph with a photo's credit glued to its end ("… officials said. (Photo by
    Sergei Supinsky/AFP)"): the paragraph stays, the credit goes. A caption ending in its credit,
    a scene described, goes whole. A wire's end mark glued to the last paragraph goes too."""
    kept_units, kept_rules = [], []
    for unit, rule in zip(units, rules, strict=True):
        if rule is None and (marker := _GLUED_END_MARKER_RE.search(unit)):
            kept_units += [unit[: marker.start()], unit[marker.start() :].strip()]
            kept_rules += [None, match_rule(unit[marker.start() :].strip())]
            continue
        if (
            rule is None
            and (":" in unit or "lso " in unit or "LSO " in unit)
            and (teaser := _GLUED_TEASER_RE.search(unit))
            and teaser.start()
        ):
            # "… the government said on Tuesday. Read also: Estonia expels Russian diplomat": another
            # story's link glued to the paragraph's end
            kept_units += [unit[: teaser.start()].rstrip(), unit[teaser.start() :].strip()]
            kept_rules += [None, match_rule(unit[teaser.start() :].strip()) or _TEASER_RULE]
            continue
        # (a line must end in a bracket to end in a credit in brackets: most lines are passed over unsearched)
        if (
            rule is None
            and unit.endswith((")", "]"))
            and (credit := _BRACKETED_CREDIT_RE.search(unit))
            and credit.start()
        ):
            # "… said the talks were useful. [Photo: Office of the President]": the credit in brackets
            kept_units += [unit[: credit.start()].rstrip(), unit[credit.start() :].strip()]
            kept_rules += [None, _CREDIT_RULE]
            continue
        if rule is not None and rule.id in _CREDIT_RULES and (credit := _TRAILING_CREDIT_RE.search(unit)):
            text = unit[: credit.start()].rstrip()
            told = _REPORTING_RE.search(text) and _PROSE_END_RE.search(text)
            if told or (word_count(text) >= MIN_GLUED_PARAGRAPH_WORDS and _SENTENCE_BREAK_RE.search(text)):
                kept_units += [text, unit[credit.start() :].strip()]
                kept_rules += [None, rule]
                continue
        kept_units.append(unit)
        kept_rules.append(rule)
    return kept_units, kept_rules


def strip_boilerplate(lines: list[str], title_hint: str = "") -> Stripped:
    """Split cleaned ``lines`` into headline, body paragraphs and removed lines.

    ``title_hint`` is a headline known from elsewhere (an HTML <title>); lines repeating it go.
    """
    # the whole page pasted again under itself, header and all: the copy goes, and the first one is read alone
    copy_at = _page_again(lines)
    again = [line.strip() for line in lines[copy_at:] if line.strip()]
    units = _split_glued_header(unwrap(lines[:copy_at]))
    units, rules = _split_glued_credits(units, [match_rule(u) for u in units])
    rules = _announced(units, rules)
    rules = _with_year_headings(units, rules)
    removals: list[tuple[int, Removal]] = []
    body: list[tuple[int, str]] = []
    title = title_hint
    title_keys = {fold_key(title_hint)} - {""}
    tail_rule = None
    body_keys: set[str] | None = None  # the body's paragraphs, once the page's tail has begun

    def remove(i: int, text: str, rule: str) -> None:
        removals.append((i, Removal(text, rule)))

    headline, header = (None, {}) if title_hint else _find_headline(units, rules)
    # the known headline's own line: short labels above it are the page's kicker and sections ("Wildfires")
    hinted = -1
    if title_keys:
        hinted = next((i for i, unit in enumerate(units[:MAX_HEADER_UNITS]) if fold_key(unit) in title_keys), -1)

    resume_at = -1
    for i, unit in enumerate(units):
        rule = rules[i]
        if i < resume_at:
            remove(i, unit, "teaser-list")
            continue
        if tail_rule is not None:
            if rule is not None and rule.is_tail:
                tail_rule = rule.id
            if rule is None and body_keys is None:
                body_keys = {fold_key(text) for _, text in body}
            key = fold_key(unit) if rule is None else ""
            if key and key in title_keys:
                remove(i, unit, "repeated-headline")  # the story pasted again under the comment form
            elif key and key in body_keys and word_count(unit) >= MIN_DUPLICATE_WORDS:
                remove(i, unit, "duplicate-paragraph")
            else:
                remove(i, unit, rule.id if rule else tail_rule)
            continue
        if rule is not None:
            if rule.is_tail and any(_is_sentence(text) for _, text in body):
                lead = next((text for _, text in body if _is_sentence(text)), "")
                boxed = rule.id in ("teaser-list", "tag-list", "error-report")
                read = sum(word_count(text) for _, text in body)
                resume = _box_ends_at(units, rules, i, title, lead, read) if boxed else None
                if resume is not None:  # an inline box: the article goes on after it
                    resume_at = resume
                else:
                    tail_rule = rule.id
                remove(i, unit, rule.id)
            else:
                # Before the article starts, a "News Feed" or "Related" heading is only a label.
                remove(i, unit, "section-label" if rule.is_tail and rule.id != "tag-list" else rule.id)
            continue
        if fold_key(unit) in title_keys or _cut_headline(unit, title_keys):
            remove(i, unit, "repeated-headline")
            continue
        if (
            headline is not None
            and i > headline
            and not _PROSE_END_RE.search(unit)
            and word_count(unit) >= MIN_RUNNING_HEADER_WORDS
            and any(_is_sentence(text) for _, text in body)  # (the story begun: not a masthead signing it)
            and fold_key(unit) in {fold_key(r.text) for k, r in removals if k < headline}
        ):
            # "NATO Public Diplomacy Division" over the headline and again over page 2 of a document
            # saved as text: the page's running header, not the story's
            remove(i, unit, "page-header")
            continue
        if i < hinted and _is_label(unit):
            remove(i, unit, "section-label")
            continue
        if headline is not None and i <= headline and i in header:
            crumb, rest = header[i]
            if crumb:
                remove(i, crumb, "breadcrumb")
            if i < headline:
                # ("Opinion | The Fed is making the same mistake twice - The Washington Post": a section first)
                section, titled = _split_section_prefix(rest) if rest else ("", "")
                if section and _titled_copy_cut(titled, header[headline][1]):
                    remove(i, section, "section-label")
                    rest = titled
                if rest and (cut := _titled_copy_cut(rest, header[headline][1])):
                    # the saved page's title over the headline: its tail names the site, maybe the date
                    remove(i, rest[:cut], "section-label")
                    for part in _TITLE_PART_RE.findall(rest, cut):
                        remove(i, part, "dateline" if _DATE_PART_RE.fullmatch(part[1:].strip()) else "section-suffix")
                elif rest:
                    remove(i, rest, "section-label")
                continue
            title_keys.add(fold_key(rest))
            section, rest = _split_section_prefix(rest)
            if section:
                remove(i, section, "section-label")
            # ("Kyiv Post - Russian missile attack on Kyiv kills 3": a known newsroom's name first)
            if (site := _KNOWN_SITE_PREFIX_RE.match(rest)) and masthead_key(site.group("site")) in known_outlets():
                if word_count(rest[site.end() :]) >= MIN_HEADLINE_WORDS:
                    remove(i, site.group("site"), "section-label")
                    rest = rest[site.end() :]
            suffixes = []
            # ("Talks go on – Nordic Times – 14.03.2024": the date after the site, after a dash)
            if (dated := _DATE_SUFFIX_RE.search(rest)) and word_count(rest[: dated.start()]) >= MIN_HEADLINE_WORDS:
                remove(i, dated.group("date"), "dateline")
                rest = rest[: dated.start()]
                # ("Talks go on – Kyiv Insight – 14.03.2024": the name between the headline and the date
                # is the site's, whether or not it is known)
                if (site := _DASH_NAME_SUFFIX_RE.match(rest)) and word_count(site.group("title")) >= MIN_HEADLINE_WORDS:
                    rest, suffixes = site.group("title"), ["- " + site.group("suffix")]
            # ("Talks go on | World news | The Guardian": a section and the site, each after a bar)
            while (split := _split_section_suffix(rest))[1]:
                rest, suffixes = split[0], [split[1], *suffixes]
            tag, title = split_wire_tag(rest)
            if tag:
                remove(i, tag, "media-label" if _MEDIA_TAG_WORD_RE.match(tag) else "wire-tag")
            title_keys.add(fold_key(title))
            remove(i, title, "headline")
            for suffix in suffixes:
                remove(i, suffix, "section-suffix")
            continue
        if (
            _under_photo_credit(units, rules, i)
            or _over_its_marked_copy(units, rules, i)
            or _under_gallery_button(units, rules, i)
        ):
            remove(i, unit, "image-caption")
            continue
        if _under_video_label(units, rules, i):
            remove(i, unit, "video-title")  # "VIDEO / 02:31 / Nvidia to take $5.5 billion charge …"
            continue
        under_byline = i and rules[i - 1] is not None and rules[i - 1].id == "byline" and not _PROSE_END_RE.search(unit)
        below_headline = headline is not None and i > headline and i in header
        if below_headline and _AGO_RE.match(units[i - 1].strip()):
            remove(i, unit, "header-label")  # "Key events / 1h ago / Kyiv hit by drones overnight": a post's title
            continue
        if below_headline and _TIMED_EVENT_RE.match(unit) and not _PROSE_END_RE.search(unit):
            remove(i, unit, "header-label")  # "Key events / 12.30 BST Kyiv says troops have advanced …": the same
            continue
        if below_headline and (names := _names_alone(unit)):
            # "Anna Smith and John Doe" under the headline, with no "By": its reporters; "Boris Johnson and
            # Donald Trump" over a story that names them: the caption of a photo of the two
            remove(i, unit, "image-caption" if _named_below(names, units[i + 1 :]) else "byline")
            continue
        if below_headline and (_is_label(unit) or under_byline):
            remove(i, unit, "header-label")  # "Exclusive", "Crime reporter", "Analysis" under the headline
            continue
        if body and not _is_sentence(unit) and (above := _removed_above(removals, body[0][0], fold_key(unit))):
            remove(i, unit, above)  # "Kindly share this story:" under the story as over it
            continue
        body.append((i, unit))

    body = _without_chrome_gaps(body, removals, remove)
    body = _without_labels_under_standfirst(body, removals, remove)

    # A site's menu after the story: a run of one- to three-word lines to the page's end
    menu = 0
    while menu < len(body) and _is_menu_item(body[len(body) - 1 - menu][1]):
        menu += 1
    if menu >= MIN_MENU_RUN and menu < len(body):
        for i, text in body[-menu:]:
            remove(i, text, "navigation")
        body = body[:-menu]

    # One label alone closing the page under the story's last sentence ("War in Ukraine", "KYIV,
    # Ukraine —"): a section's or a tag's name, not the story (a list's last item follows another
    # item, never a sentence)
    if (
        len(body) >= 3
        and _is_menu_item(body[-1][1])
        and word_count(body[-1][1]) <= MAX_TRAILING_LABEL_WORDS
        and re.search(r"[.!?…][\"”’»)]*$", body[-2][1])
        and _is_sentence(body[-2][1])
        # (a name the story says reports it signs it off: "…, reports Ukrinform. / Ukrinform")
        and not any(fold_key(body[-1][1]) in fold_key(text) for _, text in body[:-1])
    ):
        remove(body[-1][0], body[-1][1], "section-label")
        body = body[:-1]

    # An author box closing the page: the author's name alone, then a few lines about them that
    # start with it ("Mia Castagnone" / "Mia Castagnone joined the Post in 2022 and covers …")
    # (one box for each author of the story)
    while len(body) >= 3 and _is_author_box(body[-2][1], body[-1][1]):
        remove(body[-2][0], body[-2][1], "author-box")
        remove(body[-1][0], body[-1][1], "author-bio")
        body = body[:-2]

    # Other stories' headlines and cut-off summaries after the story, with no heading over them
    # ("The concept of reversing aging, once relegated to ... has..."): a teaser list all the same
    teasers = _unheaded_teasers(body)
    if teasers:
        for i, text in body[-teasers:]:
            remove(i, text, "teaser-list")
        body = body[:-teasers]

    # "Ukraine war latest: Russia's 'largest' attack on energy grid" between two paragraphs: a link
    # to a live page, no sentence (over the story it is a live page's own headline)
    linked = [
        n
        for n in range(1, len(body) - 1)
        if _LIVE_LINK_RE.match(body[n][1]) and _is_sentence(body[n - 1][1]) and _is_sentence(body[n + 1][1])
    ]
    for n in reversed(linked):
        remove(body[n][0], body[n][1], "read-also-teaser")
        del body[n]

    # Another story's headline between two paragraphs, with no box's label over it ("The One
    # Vegetable That Doctors Say You Should Eat Every Day"): in title case or cut off, it shares a
    # word with the story at most, where the story's own crossheads share more; a link in capitals
    # ("RUSSIANS FLOCK TO POLLING STATIONS AT NOON IN PROTEST OF PUTIN") is one whatever it shares
    shaped = [
        n
        for n in range(1, len(body) - 1)
        if _is_unlabelled_teaser(body[n][1]) and _is_sentence(body[n - 1][1]) and _is_sentence(body[n + 1][1])
    ]
    if shaped and len(body) >= 4:
        words_of = [_content_words(text) for _, text in body]
        used = Counter(word for words in words_of for word in words)  # in how many lines each word is
        headline_words = _content_words(title)
        inline = [
            n
            for n in shaped
            if is_shouted(body[n][1], MIN_HEADLINE_WORDS)
            or sum(used[word] > 1 or word in headline_words for word in words_of[n]) <= MAX_TEASER_SHARED_WORDS
            and len(words_of[n]) > MAX_TEASER_SHARED_WORDS + 1
        ]
        for n in reversed(inline):
            remove(body[n][0], body[n][1], "read-also-teaser")
            del body[n]

    seen: set[str] = set()
    by_head: dict[str, list[str]] = {}  # the paragraphs kept, by their first words
    paragraphs: list[str] = []
    keys = [fold_key(text) for _, text in body]
    kept_keys: list[str] = []
    cut = ""  # the key of the line just removed as a copy of a kept paragraph's words
    for n, (i, text) in enumerate(body):
        key = keys[n]
        long_enough = word_count(text) >= MIN_DUPLICATE_WORDS
        cut_short = text.rstrip().endswith(("...", "…"))
        if long_enough and (key in seen or _made_of_kept(key, by_head, cut_short)):
            remove(i, text, "duplicate-paragraph")
            cut = key
            continue
        if _is_pull_quote(text, key, keys):
            remove(i, text, "pull-quote")
            cut = key
            continue
        if cut and not long_enough and any(f"{cut} {key}" in kept for kept in kept_keys):
            # "… revised timetables / this week.": the rest of a paragraph pasted again, cut in two
            remove(i, text, "duplicate-paragraph")
            cut = f"{cut} {key}"
            continue
        cut = ""
        kept_keys.append(key)
        seen.add(key)
        if long_enough:
            by_head.setdefault(_head(key), []).append(key)
        paragraphs.append(text)
    removals.sort(key=lambda pair: pair[0])
    if not title and paragraphs:
        # "WATCH: Talks go on in Geneva" over the story, and no other headline: the headline, after
        # its label
        story_start = next(i for i, text in body if text == paragraphs[0])
        for i, removal in removals:
            if i >= story_start:
                break
            labelled = _LABELLED_HEADLINE_RE.match(removal.text)
            if labelled and removal.rule in ("read-also-teaser", "media-label") and word_count(labelled.group(1)) >= 3:
                title = split_wire_tag(labelled.group(1))[1]
                break
    if not title and paragraphs and removals and removals[0][0] == 0:
        # "Source: Russia plans new offensive in summer", "Sign up for conscription: Ukraine lowers
        # draft age": the page's first line, a label's shape, and no other headline anywhere
        first = removals[0][1]
        label = _LABEL_SHAPED_RE.match(first.text)
        if (
            label
            and first.rule in _LABEL_SHAPED_RULES
            and word_count(label.group("rest")) >= 3
            and word_count(first.text) <= MAX_TITLE_WORDS
            and not first.text.rstrip().endswith(".")
        ):
            title = first.text.strip()
            removals[0] = (0, Removal(first.text, "headline"))
    if not title and len(paragraphs) >= 3:
        # "Finnish Prime Minister Petteri Orpo speaks in Helsinki. / Finland closes last border
        # crossing with Russia / Finland will close …": a caption's sentence over the headline, which
        # the story's first line was taken for; the headline is the headline's shape under it, and
        # what stands over it is no part of the story
        at = next(
            (
                n
                for n in (1, 2)
                if n + 1 < len(paragraphs) and _headline_shaped(paragraphs[n]) and _is_sentence(paragraphs[n + 1])
            ),
            None,
        )
        if at is not None and all(_is_sentence(p) and word_count(p) <= MAX_CAPTION_WORDS for p in paragraphs[:at]):
            title = paragraphs[at]
            for n, text in enumerate(paragraphs[: at + 1]):
                index = next(i for i, unit in body if unit == text)
                removals.append((index, Removal(text, "headline" if n == at else "image-caption")))
            del paragraphs[: at + 1]
            removals.sort(key=lambda pair: pair[0])
    if (
        not title
        and len(paragraphs) >= 2
        and body
        and body[0][1] == paragraphs[0]
        and _punctuated_headline(*paragraphs[:2])
    ):
        # "Finland closes last border crossing with Russia." over the story: the page's first line,
        # one short sentence, and no other headline anywhere
        title = paragraphs.pop(0)
        removals.append((body[0][0], Removal(title, "headline")))
        removals.sort(key=lambda pair: pair[0])
    again_removed = [Removal(unit, "duplicate-paragraph") for unit in again]
    return Stripped(title=title, paragraphs=paragraphs, removed=[r for _, r in removals], again=again_removed)


# a page pasted again starts with the same lines as the first copy, and repeats most of it
PAGE_AGAIN_LINES = 3
MIN_PAGE_AGAIN_SHARE = 0.6


def _page_again(lines: list[str]) -> int:
    """Where the page starts over (its first PAGE_AGAIN_LINES lines of text again, in order, and
    most of what follows said before), else the number of lines."""
    texts = [line.strip() for line in lines]
    at = [n for n, text in enumerate(texts) if text]
    head = [texts[n] for n in at[:PAGE_AGAIN_LINES]]
    if len(head) < PAGE_AGAIN_LINES:
        return len(lines)
    for k in range(PAGE_AGAIN_LINES, len(at) - PAGE_AGAIN_LINES + 1):
        if texts[at[k]] == head[0] and [texts[n] for n in at[k : k + PAGE_AGAIN_LINES]] == head:
            before = {fold_key(texts[n]) for n in at[:k]}
            rest = [key for n in at[k:] if (key := fold_key(texts[n]))]
            if sum(key in before for key in rest) >= MIN_PAGE_AGAIN_SHARE * len(rest):
                return at[k]
    return len(lines)


# A headline written as a sentence, over no date line, is at most this long
MAX_PUNCTUATED_HEADLINE_WORDS = 16


# A section's name glued before a page's title: "Europe|", "World News | ", "Opinion: "
_GLUED_SECTION_RE = re.compile(r"\s*[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,2}\s*[|:]\s*")


_LIVE_LINK_RE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+latest\s*:\s*\S[^.!?]*$")


# A news ticker's label over another story's headline
_TICKER_LABEL_RE = re.compile(
    r"^\s*(?:breaking(?: news)?|just in|developing(?: story)?|news alert|trending(?: now)?|latest news)\s*[:|]?\s*$",
    re.IGNORECASE,
)


def _under_section_label(rules: list, i: int) -> bool:
    """Whether line ``i`` stands right under a section's name ("Opinion", "World") or the site's own
    buttons ("Subscribe / Sign in")."""
    return (
        i > 0 and rules[i - 1] is not None and rules[i - 1].id in ("section-label", "page-chrome", "subscribe-prompt")
    )


def _told_above_the_date(
    header: dict[int, tuple[str, str]], above: list[int], below: list[int], lead_words: set[str]
) -> bool:
    """Whether the headline stands above the page's date or byline though shorter lines stand
    under it ("Europe Weighs Tapping Russian Asset Profits … / By … / Before it's here, it's on the
    Bloomberg Terminal"): a line above, of a headline's length, says what the story opens with,
    and nothing under says more or is a standfirst's length longer (a blog's name over its
    date and the post's title under it says nothing of the post)."""
    shared = {i: len(_content_words(header[i][1]) & lead_words) for i in above + below}
    told = [i for i in above if word_count(header[i][1]) >= MIN_HEADLINE_WORDS]
    best = max((shared[i] for i in told), default=0)
    return (
        best >= MIN_SHARED_HEADLINE_WORDS
        and all(shared[i] <= best for i in below)
        and all(word_count(header[i][1]) < word_count(header[above[-1]][1]) + MIN_DEK_EXTRA for i in below)
    )


def _punctuated_headline(first: str, second: str) -> bool:
    """Whether ``first``, a page's first line with a full stop, is its headline: one sentence of
    a headline's length over a paragraph twice as long."""
    words = word_count(first)
    return (
        MIN_HEADLINE_WORDS <= words <= MAX_PUNCTUATED_HEADLINE_WORDS
        and first[:1].isupper()
        and re.search(r"(?:\.|\.\.\.|…)$", first) is not None
        and not _SENTENCE_BREAK_RE.search(first)
        and not _QUOTE_START_RE.match(first)
        and word_count(second) >= 2 * words
    )


def _headline_shaped(line: str) -> bool:
    """A line a headline could be: five words or more, no sentence's end, no quote or list item."""
    return (
        MIN_HEADLINE_WORDS <= word_count(line) <= MAX_TITLE_WORDS
        and line[:1].isupper()
        and not _HEADLINE_END_RE.search(line)
        and not _QUOTE_START_RE.match(line)
    )


_HEADLINE_END_RE = re.compile(r"[.!?…:;,][\"”’»)]*$")


_QUOTE_START_RE = re.compile(r"^[\"“„«‘'—–-]")


# A line shaped "Label: rest", and the rules such a line may be taken by
_LABEL_SHAPED_RE = re.compile(r"^[^:]{2,40}:\s*(?P<rest>\S.*)$")
_LABEL_SHAPED_RULES = frozenset({"read-also-teaser", "subscribe-prompt", "source-credit", "call-to-action"})
# A headline behind a media label: "WATCH: …", "VIDEO | …"
_LABELLED_HEADLINE_RE = re.compile(
    r"^(?:watch|video|listen|photos?|gallery|live)\s*[:|]\s*(\S.{0,200})$", re.IGNORECASE
)
