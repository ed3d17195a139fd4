"""Article extraction: raw bytes of a scraped file in, an ArticleDraft out. No Django here.

Every decision is recorded on the draft (which rule removed which line) so the archive can
show it; ``EXTRACTOR_VERSION`` goes up whenever the rules change what comes out.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from .boilerplate import NAMES_SPLIT_RE, Removal, strip_boilerplate
from .decode import NotText, decode_bytes, repair_mojibake
from .html import declared_charset, domain_of, looks_like_html, parse_html
from .learned import LEARNED_RULE, furniture_candidates, line_key
from .metadata import (
    find_address_date,
    find_agency_byline,
    find_byline,
    find_dateline,
    find_known_edition,
    find_masthead,
    find_outlet,
    find_published,
    find_site_address,
    find_titled_site,
    find_wire,
    is_newsroom_name,
)
from .people import FoundPerson, Mention, find_persons, first_names, lone_capitalised_words
from .quotes import FoundQuote, find_quotes
from .rules import RULES
from .text import (
    fold_key,
    known_outlets,
    looks_like_markdown,
    masthead_key,
    outlet_at_address,
    split_lines,
    strip_stray_tags,
    unescape_entities,
    unescape_json_text,
    unmark,
)

EXTRACTOR_VERSION = 554

__all__ = ["EXTRACTOR_VERSION", "ArticleDraft", "NotText", "Removal", "extract_article"]


@dataclass
class ArticleDraft:
    title: str
    body: str
    encoding: str
    format: str
    outlet: str | None = None
    published: date | None = None
    byline: str | None = None
    original_url: str | None = None
    removed: list[Removal] = field(default_factory=list)
    persons: list[FoundPerson] = field(default_factory=list)
    quotes: list[FoundQuote] = field(default_factory=list)
    # capitalised words that may be surnames of people the archive knows ("Putin" alone)
    lone_names: dict[str, list[Mention]] = field(default_factory=dict)
    # short lines at the top and foot of the body that may be an outlet's furniture (learned.py)
    furniture_candidates: dict[str, str] = field(default_factory=dict)
    # worked out ahead by an import's worker processes, so the storing process need not (None: not yet)
    sketch: frozenset[int] | None = None
    topics: tuple[str, ...] | None = None

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n\n") if self.body else []


def extract_article(
    data: bytes, *, url: str | None = None, charset: str | None = None, learned: frozenset[str] = frozenset()
) -> ArticleDraft:
    """Extract the article from a file's bytes; raise NotText when there is none to be had.

    ``url`` and ``charset`` are what a web archive says about the capture; ``learned`` holds the
    keys (learned.line_key) of lines the archive has learned are furniture of this article's outlet.
    """
    decoded = decode_bytes(data, declared=charset or declared_charset(data))
    text = repair_mojibake(decoded.text)
    if not text.strip():
        raise NotText("only white space, no text")
    if looks_like_html(text):
        page = parse_html(text, url=url)
        stripped = strip_boilerplate(page.lines, title_hint=page.title)
        removed = stripped.removed + page.removed
        draft = ArticleDraft(
            title=stripped.title,
            body="\n\n".join(stripped.paragraphs),
            encoding=decoded.encoding,
            format="html",
            outlet=page.outlet or find_outlet(removed),
            published=page.published or find_published(removed, stripped.paragraphs),
            byline=page.byline or find_byline(removed),
            original_url=page.url,
            removed=removed,
        )
    else:
        text = strip_stray_tags(unescape_entities(unescape_json_text(text)))
        lines = split_lines(text)
        if looks_like_markdown(text):
            lines = unmark(lines)
            url = url or _markdown_source(text)
        stripped = strip_boilerplate(lines)
        draft = ArticleDraft(
            title=stripped.title,
            body="\n\n".join(stripped.paragraphs),
            encoding=decoded.encoding,
            format="txt",
            outlet=find_outlet(stripped.removed),
            published=find_published(stripped.removed, stripped.paragraphs),
            byline=find_byline(stripped.removed),
            original_url=url,
            removed=stripped.removed,
        )
    if not draft.body:
        raise NotText("nothing left after removing boilerplate (no article text found)")
    draft.furniture_candidates = furniture_candidates(draft.paragraphs)
    if learned:
        _remove_learned(draft, learned)
    if draft.byline:
        _remove_byline_bio(draft)
        if not draft.outlet:  # the bio may name the paper ("X is The Times of Israel's US bureau chief")
            draft.outlet = find_outlet(draft.removed)
    if draft.outlet and draft.byline and fold_key(draft.byline) == fold_key(draft.outlet):
        if draft.byline.split()[0].lower() in first_names():
            # "© 2025 Dan Rivera" under Dan Rivera's own post: the author, not a newsroom
            name = draft.byline.casefold()
            draft.outlet = find_outlet([item for item in draft.removed if name not in item.text.casefold()])
    if not draft.outlet:  # "… reports Ukrinform. / Ukrinform": the newsroom signing off the story it named
        draft.outlet = _signing_newsroom(draft.paragraphs)
    if not draft.outlet:  # "The Hindu" heading the page and "… told The Hindu" in the story
        draft.outlet = find_masthead(draft.removed, draft.paragraphs)
    if not draft.outlet:  # "ANKARA, May 12 (Reuters) - …" on a page that names no newsroom of its own
        draft.outlet = find_wire(draft.paragraphs)
    if not draft.outlet and draft.paragraphs:  # the dateline alone on its line: "BRUSSELS (Reuters) -"
        lone = next(
            (r.text for r in draft.removed if r.rule == "dateline" and r.text.rstrip().endswith(("-", "–", "—"))), ""
        )
        draft.outlet = find_wire([f"{lone} {draft.paragraphs[0]}"]) if lone else None
    if not draft.outlet:  # "…, Ukrinform's correspondent reports."
        draft.outlet = _own_correspondent(draft.paragraphs)
    if not draft.outlet:  # "TOI World Desk / TIMESOFINDIA.COM / Updated: …"
        draft.outlet = find_site_address(draft.removed)
    if not draft.outlet:  # "Baltic Wire | Finland closes …" and "Baltic Wire" alone at the foot
        draft.outlet = find_titled_site(draft.title, draft.removed)
    if not draft.outlet:  # "https://www.nytimes.com/2024/03/22/world/europe/russia-ukraine-power-grid.html"
        draft.outlet = _own_address(draft.title, draft.removed)
    if not draft.outlet:  # "EL PAÍS English" over the headline
        draft.outlet = find_known_edition(draft.removed)
    if not draft.outlet:  # "By Reuters" under the headline of a page that names no newsroom of its own
        draft.outlet = find_agency_byline(draft.removed)
    if draft.outlet and (named := _name_for_address(draft.outlet, draft.removed)):
        draft.outlet = named  # "XINHUANET.com" in the copyright line and "Source: Xinhua" over the story
    if draft.outlet and _ADDRESS_RE.match(draft.outlet):
        draft.outlet = outlet_at_address(draft.outlet) or draft.outlet  # "timesofindia.com"
    if draft.outlet and (division := _DIVISION_RE.match(draft.outlet)):
        if masthead_key(division.group("name")) in known_outlets():
            draft.outlet = division.group("name")  # "a reporter for Fox News Digital": Fox News's part
    if draft.outlet and draft.outlet.islower():
        # (the lines about the site under the story too: "Read hromadske in English on Telegram …")
        about = [r.text for r in draft.removed if fold_key(r.text) != fold_key(draft.outlet)]
        draft.outlet = _logo_spelling(draft.outlet, draft.paragraphs + about)
    elif draft.outlet and (camel := _camel_spelling(draft.outlet, draft.paragraphs)):
        draft.outlet = camel  # "By SARAH MARTIN FOR MAILONLINE" and "she told MailOnline": the story's spelling
    elif draft.outlet and re.match(r"the [A-Z]", draft.outlet):
        draft.outlet = "T" + draft.outlet[1:]  # 'og:site_name="the Guardian"': a name's article in a sentence's case
    if draft.outlet and draft.outlet.casefold() in ("associated press", "the associated press"):
        draft.outlet = "The Associated Press"  # "By Anna Smith, Associated Press": the name "(AP)" gives too
    if draft.outlet:
        _drop_newsroom_byline(draft)
        _remove_outlet_name(draft)
        _cut_glued_sign_off(draft)
        _untitle_outlet(draft)
    _remove_standfirst_said_again(draft)
    _remove_closing_newsroom(draft)
    if draft.published is None:
        draft.published = find_dateline(draft.paragraphs) or find_address_date(draft.removed)
    draft.persons = find_persons(draft.title, draft.paragraphs)
    draft.quotes = find_quotes(draft.paragraphs, draft.persons)
    draft.lone_names = lone_capitalised_words(draft.title, draft.paragraphs, draft.persons)
    draft.removed.extend(stripped.again)
    return draft


_MARKDOWN_SOURCE_RE = re.compile(r"^URL Source:\s*(https?://\S+)\s*$", re.MULTILINE)


def _markdown_source(text: str) -> str | None:
    """The page's address, as a reader service's header gives it ("URL Source: https://…")."""
    match = _MARKDOWN_SOURCE_RE.search(text, 0, 2_000)
    return match.group(1) if match else None


# The longest paragraph taken for the author's bio ("Amira Hassan is a former UN coordinator.").
MAX_BIO_WORDS = 45
# A story's last paragraphs that may be its authors' bios, one each
MAX_CLOSING_BIOS = 3
_JOURNALIST = r"(?:journalist|reporter|correspondent|editor|writer|columnist)"
_JOURNALIST_RE = re.compile(rf"\b{_JOURNALIST}\b")
_BIO_VERBS = ("is", "reports", "covers", "writes", "was", "has", "joined", "contributed", "serves", "currently")


def _remove_byline_bio(draft: ArticleDraft) -> None:
    """Take out a short paragraph that introduces the byline's author ("Amira Hassan is ..."), or
    closing the story, one of its authors ("Ana Ionova reports from Rio de Janeiro.")."""
    authors = [name for name in NAMES_SPLIT_RE.split(draft.byline) if len(name.split()) >= 2]
    # (or by the surname after an honorific, as a paper's bio writes it: "Ms Demertzis is a senior fellow at …")
    opening = (
        f"{draft.byline} is ",
        *(f"{title} {name.split()[-1]} is " for name in authors for title in _BIO_HONORIFICS),
    )
    _remove_paragraphs(draft, lambda p: p.startswith(opening) and len(p.split()) <= MAX_BIO_WORDS, "author-bio")
    closing = set(draft.paragraphs[-MAX_CLOSING_BIOS:])
    openings = tuple(f"{name} {verb} " for name in authors for verb in _BIO_VERBS)
    # "Olugbenga, a journalist with over 10 years experience, covers …": one of the names, then the job
    named = tuple(f"{word}, {article} " for name in authors for word in name.split() for article in ("a", "an"))
    # "Laura is a science journalist based in London.": the given name alone, then the job
    given = tuple(f"{name.split()[0]} {verb} " for name in authors for verb in _BIO_VERBS)
    _remove_paragraphs(
        draft,
        lambda p: (
            p in closing
            and (p.startswith(openings) or (p.startswith(named + given) and _JOURNALIST_RE.search(p)))
            and len(p.split()) <= MAX_BIO_WORDS
        ),
        "author-bio",
    )
    # the author box's name line over the bio ("Martin Fornusek / Reporter / Martin Fornusek is ...")
    boxed = len(draft.removed)
    _remove_paragraphs(draft, lambda p: p.strip() == draft.byline or p.strip() in authors, "author-box")
    # ("Laura Chen / Staff writer": under the name, closing the page, the author's desk)
    desk = draft.paragraphs[-1] if draft.paragraphs else ""
    if len(draft.removed) > boxed and _DESK_LINE_RE.match(desk):
        _remove_paragraphs(draft, lambda p: p == desk, "author-box")


_BIO_HONORIFICS = ("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof.", "Professor")


# A desk alone on its line: "Staff writer", "Senior Correspondent", "Reporter"
_DESK_LINE_RE = re.compile(
    r"^(?:(?:senior|chief|deputy|staff|contributing|special|foreign|political|science|business|sports|news|"
    rf"associate|assistant|freelance|digital)\s+){{0,2}}{_JOURNALIST}$",
    re.IGNORECASE,
)


# a short name alone closing the story: "Ukrinform"
_SIGN_OFF_RE = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}$")


# "He said this at a press conference, Ukrinform's correspondent reports.", "an Ukrinform
# correspondent reports": the newsroom reporting through its own correspondent
# ("…, the correspondent of UNN reports": the newsroom after "of")
_OWN_CORRESPONDENT_RE = re.compile(
    r"(?:,\s+|\b(?i:an?)\s+)(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}?)(?:['’]s?)?\s+correspondents?\s+"
    r"(?:reports?|reported|has learned|learned)\b"
    r"|,\s+(?i:an?|the)\s+correspondents?\s+of\s+(?P<of>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}?)\s+"
    r"(?:reports?|reported|has learned|learned)\b"
)


def _own_correspondent(paragraphs: list[str]) -> str | None:
    """The newsroom whose own correspondent the story says reports it."""
    for paragraph in paragraphs[:MAX_CORRESPONDENT_PARAGRAPHS]:
        if match := _OWN_CORRESPONDENT_RE.search(paragraph):
            return match.group("of") or re.sub(r"['’]s?$", "", match.group("name"))
    return None


# The story names its own correspondent near its start
MAX_CORRESPONDENT_PARAGRAPHS = 4


# A site's address standing for its name: "XINHUANET.com", "euractiv.com"
_ADDRESS_RE = re.compile(
    r"^(?:www\.)?(?P<label>[a-z0-9-]{3,40})\.(?:com|net|org|eu|co\.uk|com\.au|in|ie)$", re.IGNORECASE
)
_SOURCE_NAME_RE = re.compile(r"^sources?\s*:\s*(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*$", re.IGNORECASE)


# "Fox News Digital", "Fox News Network": a newsroom's name and the part of it that put the story up
_DIVISION_RE = re.compile(r"^(?P<name>.+?)\s+(?:digital|network)$", re.IGNORECASE)


_TAIL_RULES = frozenset(rule.id for rule in RULES if rule.is_tail)
_SLUG_WORD_RE = re.compile(r"[a-z0-9]+")


def _own_address(title: str, removed: list[Removal]) -> str | None:
    """The newsroom of the page's link to itself above the story: a newsroom the address stands for
    ("https://p.dw.com/p/4dxyz" as DW), or the site of a link whose path spells the headline's words
    ("https://kyivpost.example/post/31234-russian-drones-hit-odesa-port" as "kyivpost.example")."""
    title_words = set(_SLUG_WORD_RE.findall(title.lower()))
    for item in removed:
        if item.rule in _TAIL_RULES:
            return None  # under the story: a link to another page
        if item.rule != "bare-link" or not (host := domain_of(item.text if "//" in item.text else f"//{item.text}")):
            continue
        if named := outlet_at_address(host):
            return named
        path = item.text.split(host, 1)[-1].lower()
        if len(title_words & set(_SLUG_WORD_RE.findall(path))) >= MIN_SLUG_WORDS:
            return host
    return None


# A page's own link spells at least this many of its headline's words
MIN_SLUG_WORDS = 3


def _drop_newsroom_byline(draft: ArticleDraft) -> None:
    """No byline where it is the outlet's name and no person's ("Text by: FRANCE 24"): the newsroom signs."""
    if (
        draft.byline
        and draft.outlet
        and fold_key(draft.byline) == fold_key(draft.outlet)
        and draft.byline.split()[0].lower() not in first_names()
    ):
        draft.byline = None


def _name_for_address(outlet: str, removed: list[Removal]) -> str | None:
    """The name a page's "Source:" line gives for the site whose address names the outlet
    ("Source: Xinhua" for "XINHUANET.com": the address starts with the name)."""
    address = _ADDRESS_RE.match(outlet)
    if not address:
        return None
    label = address.group("label").lower().replace("-", "")
    for item in removed:
        if item.rule == "source-credit" and (source := _SOURCE_NAME_RE.match(item.text)):
            name = source.group("name")
            if label.startswith(re.sub(r"[\W_]+", "", name.lower())):
                return name
    return None


def _signing_newsroom(paragraphs: list[str]) -> str | None:
    """The name alone on the story's last line when the story says that newsroom reports it
    ("…, reports Ukrinform.", "an Ukrinform correspondent reports", "according to Ukrinform")."""
    if len(paragraphs) < 2 or not _SIGN_OFF_RE.match(name := paragraphs[-1].strip()):
        return None
    said = re.escape(name)
    reporting = re.compile(
        rf"\b(?:reports?|reported|according to|told)\s+{said}\b|\b(?:an?\s+)?{said}(?:\s+correspondent)?\s+(?:reports?|reported)\b"
    )
    return name if any(reporting.search(p) for p in paragraphs[:-1]) else None


def _remove_outlet_name(draft: ArticleDraft) -> None:
    """Take out a line that is only the outlet's name ("Kyiv Post" signing off the story), the name
    in the site's own appeal or edition link ("Support Meduza", "Meduza in English"), or the site's
    word on its own people closing the story ("The Moscow Times' team of journalists has …")."""
    names = {fold_key(draft.outlet), fold_key(re.sub(r"^the\s+", "", draft.outlet, flags=re.IGNORECASE))}
    said = "|".join(re.escape(name) for name in names)
    appeal = re.compile(
        rf"(?:support|donate to|subscribe to|follow) (?:the )?(?:{said})|(?:read )?(?:{said}) in {_LANGUAGES}(?: on .+)?"
    )
    own = re.compile(rf"(?:{said})(?: s)? (?:team|journalists|reporters|newsroom|editors)\b")
    closing = set(draft.paragraphs[-MAX_CLOSING_BIOS:])

    def rule_of(paragraph: str) -> str | None:
        short = paragraph.count(" ") < MAX_APPEAL_WORDS and len(paragraph.split()) <= MAX_APPEAL_WORDS
        if not short and paragraph not in closing:
            return None
        key = fold_key(paragraph)
        if key in names:
            return "outlet-name"
        if short and appeal.fullmatch(key):
            return "outlet-appeal"
        return "outlet-profile" if paragraph in closing and own.match(key) else None

    _remove_paragraphs_by_rule(draft, rule_of)


# "Support the Kyiv Independent": a link in the site's own name, this many words at most
MAX_APPEAL_WORDS = 8
# "Meduza in English": the site's edition in another language
_LANGUAGES = (
    r"(?:english|russian|ukrainian|french|german|spanish|arabic|chinese|portuguese|turkish|persian|italian|polish)"
)


# A standfirst this long said again by the story's first paragraph is a copy, not a summary.
MIN_REPEATED_STANDFIRST_WORDS = 8


def _remove_standfirst_said_again(draft: ArticleDraft) -> None:
    """Take out a standfirst that the first paragraph repeats after its dateline ("Nvidia chief
    executive … / SAN JOSE, California, March 18 (Reuters) - Nvidia chief executive …")."""
    first, *rest = draft.paragraphs or [""]
    if rest and len(first.split()) >= MIN_REPEATED_STANDFIRST_WORDS:
        again = fold_key(rest[0])
        if again != fold_key(first) and again.endswith(" " + fold_key(first)):
            _remove_paragraphs(draft, lambda p: p == first, "duplicate-paragraph")


def _remove_closing_newsroom(draft: ArticleDraft) -> None:
    """Take out a newsroom's name alone closing the page ("Sky News" under "Related video: …"): the
    source of a video or a teaser above it, no sentence of the story."""
    last = draft.paragraphs[-1] if draft.paragraphs else ""
    if is_newsroom_name(last) and (not draft.outlet or fold_key(last) != fold_key(draft.outlet)):
        _remove_paragraphs(draft, lambda paragraph: paragraph == last, "source-credit")


def _cut_glued_sign_off(draft: ArticleDraft) -> None:
    """Take the newsroom's sign-off off the end of the last paragraph ("… did not lower prices," she said.
    – Rappler.com"), its name or its address after a dash."""
    paragraphs = draft.paragraphs
    if len(paragraphs) < 2:
        return
    outlet = re.escape(re.sub(r"^the\s+", "", draft.outlet, flags=re.IGNORECASE))
    match = re.search(
        rf"(?<=[.!?\"”’])\s+[-–—]{{1,2}}\s*(?:the\s+)?(?:{outlet})(?:\.(?:com|net|org|[a-z]{{2}}))?\.?\s*$",
        paragraphs[-1],
        re.IGNORECASE,
    )
    if match is None:
        return
    draft.body = "\n\n".join(paragraphs[:-1] + [paragraphs[-1][: match.start()]])
    draft.removed = draft.removed + [Removal(match.group(0).strip(), "source-credit")]


def _untitle_outlet(draft: ArticleDraft) -> None:
    """Take the outlet's name off the end of the headline ("Zelensky meets Trump in Paris - Ukrinform"),
    or off its start before a dash or a bar ("Nordic Times - Finland closes …"; before a colon,
    "Politico: US weighs …", it is what the newsroom reported)."""
    outlet = re.sub(r"^the\s+", "", draft.outlet, flags=re.IGNORECASE)
    match = re.match(rf"^(?P<title>.+?\S)\s+[-–—|:]\s+(?:the\s+)?{re.escape(outlet)}\s*$", draft.title, re.IGNORECASE)
    if match and len(match.group("title").split()) >= MIN_TITLE_WORDS_LEFT:
        draft.removed = draft.removed + [Removal(draft.title[match.end("title") :].strip(), "section-suffix")]
        draft.title = match.group("title")
        return
    match = re.match(rf"^(?:the\s+)?{re.escape(outlet)}\s+[-–—|]\s+(?P<title>\S.*)$", draft.title, re.IGNORECASE)
    if match and len(match.group("title").split()) >= MIN_TITLE_WORDS_LEFT:
        draft.removed = draft.removed + [Removal(draft.title[: match.start("title")].strip(" -–—|"), "section-label")]
        draft.title = match.group("title")


def _camel_spelling(outlet: str, paragraphs: list[str]) -> str | None:
    """A one-word name the story writes with a capital inside ("MailOnline", "TechCrunch") where the
    outlet was read in other capitals ("MAILONLINE" as "Mailonline")."""
    if " " in outlet or not outlet.isalpha():
        return None
    said = re.compile(rf"(?<!\w){re.escape(outlet)}(?!\w)", re.IGNORECASE)
    for paragraph in paragraphs:
        for match in said.finditer(paragraph):
            form = match.group(0)
            if form != outlet and not form.isupper() and any(c.isupper() for c in form[1:]):
                return form
    return None


def _logo_spelling(outlet: str, texts: list[str]) -> str:
    """A name in lower case as a logo writes it ("euronews") as the story or the lines about the site
    write it (``texts``: "… told Euronews"), or else as the known newsroom is written; kept when they
    write it in lower case too ("Read hromadske in English")."""
    named = re.compile(rf"(?<!\w){re.escape(outlet)}(?!\w)", re.IGNORECASE)
    spellings = [m.group(0) for text in texts for m in named.finditer(text)]
    if outlet in spellings:
        return outlet
    if spellings:
        return spellings[0]
    return known_outlets().get(masthead_key(outlet), outlet)


# A headline keeps at least this many words when the outlet's name comes off its end
MIN_TITLE_WORDS_LEFT = 3


def _remove_learned(draft: ArticleDraft, learned: frozenset[str]) -> None:
    """Take out the lines this outlet prints under every article."""
    _remove_paragraphs(draft, lambda p: line_key(p) in learned, LEARNED_RULE)


def _remove_paragraphs_by_rule(draft: ArticleDraft, rule_of) -> None:
    """Take out the paragraphs ``rule_of`` gives a rule, under it, unless nothing would be left."""
    kept, gone = [], []
    for paragraph in draft.paragraphs:
        if rule := rule_of(paragraph):
            gone.append(Removal(paragraph, rule))
        else:
            kept.append(paragraph)
    if gone and kept:
        draft.body = "\n\n".join(kept)
        draft.removed = draft.removed + gone


def _remove_paragraphs(draft: ArticleDraft, goes, rule: str) -> None:
    """Take out the paragraphs ``goes`` picks, under ``rule``, unless nothing would be left."""
    _remove_paragraphs_by_rule(draft, lambda paragraph: rule if goes(paragraph) else None)
