"""Direct quotations and who said them.

Quote marks in scraped and machine-translated text are often wrong: a left mark closes, a right
mark opens, a straight mark closes a curly one, an opening mark is lost. Marks are therefore read
by where they stand (a mark glued to the word after it opens, one glued to the word before it
closes) and paired with a little look-ahead, not by their shape alone.

Attribution, in order: the words right after the quote ("…,” Stoltenberg said / said the
minister), the clause before it in the same sentence (X said that “…” / according to X), a list
of quotes sharing one attribution, a quote continuing the previous one. Pronouns and descriptors
("he added", "the secretary-general") resolve to the speaker in context; unnamed sources ("a
European source", "local authorities") keep their words and no speaker.
"""

import re
from dataclasses import dataclass

from .people import (
    AGENT_FOR_RE,
    COUNTRY_ADJECTIVES,
    DUTCH_SPEECH_VERBS,
    GERMAN_SPEECH_VERBS,
    HONORIFICS,
    NORDIC_SPEECH_VERBS,
    NOT_NAMES,
    PARTICLES,
    PRO_DROP_SPEECH_VERBS,
    ROLES,
    SLAVIC_CYRILLIC_SPEECH_VERBS,
    SPEECH_VERBS,
    SUMMING_VERBS,
    TITLE_PREFIXES,
    FoundPerson,
    english_post,
    sex_by_name,
    surname_of,
)
from .text import is_title_case

_MARKS = '“”„‟«»"'
_OPENERS, _CLOSERS = "“„‟«", "”»"
_SINGLE_MARKS = "‘’'"
_OPEN_BEFORE = "([{—–-/"
_CLOSE_AFTER = ",.;:!?…)]}"

_VERBS = SPEECH_VERBS + "|say|tell|add|state|declare|explain|write|warn|stress|emphasize|insist|argue|note|claim|admit"
# (with the words that may come between a subject and its verb: "has also said", "later told", "had
# repeatedly warned")
_VERB_RE = re.compile(
    r"\b(?:(?:has|have|had|also|then|later|earlier|previously|repeatedly|again|already|publicly|once)\s+){0,2}"
    rf"(?:{_VERBS})\b"
)
# The bare forms among them: after one person's name, a wish or an order, never what they said
_BARE_VERBS = frozenset(
    "say tell add state declare explain write warn stress emphasize insist argue note claim admit".split()
)
# (a subject never ends in "of" or "the": "the head of state wrote" has no verb "state")
_SUBJECT_VERB_RE = re.compile(
    rf"^(?!(?:has|have|had)\s)(?P<subj>[^,;:!?“”\"«»]{{1,90}}?)(?<!\bof)(?<!\bthe)\s+(?:has |have |had |also )?(?P<verb>{_VERBS})\b"
)
_APPOSED_SUBJECT_VERB_RE = re.compile(
    rf"^(?!(?:has|have|had)\s)(?P<subj>[^;:!?“”\"«»]{{1,120}}?),?\s+(?:has |have |had |also )?(?P<verb>{_VERBS})\b"
)
# "one resident, who asked not to be named, told": a subject, a relative clause set off after it, the verb
_SUBJECT_WHO_VERB_RE = re.compile(
    rf"^(?P<subj>[^,;:!?“”\"«»]{{1,60}}?),\s+who\s+[^,;:!?“”\"«»]{{1,100}},\s+(?:has |have |had |also )?(?P<verb>{_VERBS})\b"
)
# ("“…,” has indicated Stoltenberg": machine-translated copy puts the verb's auxiliary first too)
_VERB_SUBJECT_RE = re.compile(rf"^(?:(?:has|have|had)\s+)?(?P<verb>{_VERBS})\s+(?P<subj>.{{1,160}})")
_ACCORDING_RE = re.compile(
    r"\b(?:according to|in the words of|in the (?:opinion|view) of|(?:a )?quote from|"
    # in the story's language: "Selon le ministre, « … »", "Laut Pistorius …", "Según Sánchez, «…»"
    # ("Volgens Sharon Dijksma, burgemeester van Utrecht, is het geld “hard nodig”", "Według premiera …")
    r"(?-i:[Ss]elon|[Dd]'après|[Ll]aut|[Ss]egún|[Ss]econdo|[Nn]ach Angaben von|[Vv]olgens|[Ww]edług)(?=\s)|"
    # ("Para o senador Rogério Marinho (PL-RN), o governo “…”": Portuguese and Spanish, opening the sentence)
    # ("Pour l'économiste Ndongo Samba Sylla, « … »", "Per il ministro Giorgetti, «…»": French and Italian)
    r"(?-i:(?<![\w,] )(?:Para|Pour|Per))(?=\s+(?:(?-i:o|a|el|la|le|il|lo)\s+|(?-i:l)['’])?(?:[a-zà-ú]+\s+){0,3}"
    r"(?-i:[A-ZÀ-Ú]))|"
    # ("По словам Путина, «…»", "За словами Зеленського, «…»": in Russian and Ukrainian)
    r"по словам|за словами|"
    r"as (?:noted|said|stated|stressed|emphasi[sz]ed|pointed out|explained|put) by)"
    r"\s+(?P<subj>[^.;:!?“”\"«»]{1,100})",
    re.IGNORECASE,
)
_LEAD_ATTRIBUTION_RE = re.compile(
    rf"^(?P<attr>(?:[A-Z][\w’'.-]*\s+){{1,4}}(?:also\s+)?(?:{_VERBS})\s+(?:that\s+)?)(?=\S)"
)
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"”’»]?(?=\s+[A-Z“\"«(]|\s*$)")
_ABBREVIATIONS = {
    "mr", "ms", "mrs", "dr", "st", "u.s", "u.k", "prof", "gen", "col", "lt", "jr", "sr", "no", "vs", "sen", "rep",
    "gov", "sgt", "capt", "cmdr", "maj", "rev", "hon", "supt", "insp", "det", "adm", "pres", "amb",
}  # fmt: skip
_LIST_GAP_RE = re.compile(r"^[\s,;]*(?:and|or)?[\s,;]*$")
_CYRILLIC_CAPITAL_RE = re.compile(r"[А-ЯЁІЇЄҐ]")
_PRONOUN_RE = re.compile(r"^(?P<pronoun>he|she)\b", re.IGNORECASE)
# "in which he (warned)", "where she (said)": the pronoun is the clause's subject
_CLAUSE_PRONOUN_RE = re.compile(
    r"^(?:in which|at which|during which|where|when|as|while|after|before|because|since|although|though|"
    r"even though|even as|but|and|yet|so|if|once|until)\s+(?P<pronoun>he|she)$",
    re.IGNORECASE,
)
# ("Selon lui, …", "Según ella, …", "Secondo lei, …": in the story's language)
_OBJECT_PRONOUN_RE = re.compile(r"^(?:him|her|lui|elle|él|ella|lei|ele|ela|ihm)\b", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"^who\b", re.IGNORECASE)
_CLOSE_MARK_RE = re.compile(r"[”»\"]\s*,")
# what joins two people speaking as one: "Joe Biden and Olaf Scholz said"
# (the second one's title between: "Andrzej Duda and Lithuanian President Gitanas Nausėda")
# (after "and", a title in lower case too: "publisher Almar Latour and editor Emma Tucker said")
_TOGETHER_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:(?:his|her|their|the|its)\s+)?(?:[a-z][\w-]*\s+){0,2}|\s*&\s*)"
    r"(?:[A-Z][\w.-]*\s+){0,3}"
)
# "the two leaders said", "the ministers said": more than one speaks, none of them alone
_MANY_RE = re.compile(
    r"^the\s+(?:two|three|four|both|several|many)\b|^the\s+(?:[\w-]+\s+)?(?:leaders|ministers|officials|presidents|"
    r"governments|countries|allies|sides|parties|men|women)\b",
    re.IGNORECASE,
)
# Words that make a title another one: a shadow chancellor is not the chancellor
_QUALIFIERS = ("shadow", "former", "deputy", "vice", "acting", "ex", "junior", "opposition")
_CONJUNCTION_RE = re.compile(r"^(?:and|but|or|then|while|so)\b", re.IGNORECASE)
_PREPOSITION_RE = re.compile(r"^(?:against|on|in|at|for|to|with|from|of|over|into|during|despite|about|than)\b")
_UNNAMED_RE = re.compile(
    r"^(?:an?|some|several|two|three|many|other|one|another|\w+ian|\w+ese)\b|\b(?:sources?|officials|authorities|"
    r"analysts|diplomats|experts|observers|residents|witnesses|critics|people|officers|spokespeople|they|we)\b|"
    r"^(?:the )?same source\b",
    re.IGNORECASE,
)
# "the ministry said", "the club said in a statement": a body speaking, not a person
_INSTITUTION_RE = re.compile(
    # the institution heads the subject: "the Computer & Communications Industry Association", never
    # "the head of the Alliance"
    r"^the\s+(?:(?!of\b)[\w’'&-]+\s+){0,4}?(?:ministry|government|department|office|agency|company|firm|police|army|"
    r"military|court|embassy|kremlin|white house|council|committee|commission|club|team|union|party|campaign|"
    r"group|organi[sz]ation|authority|regulator|bank|board|website|newspaper|statement|report|spokesperson's office|"
    r"association|federation|institute|foundation|alliance|coalition|corporation|society|university|network|"
    # "the General Staff said", "the Air Force said", "the State Border Guard Service said": a military or state body
    r"staff|forces?|navy|guard|service|command|headquarters|presidency|administration|cabinet|parliament|senate|"
    r"congress|assembly|secretariat|directorate|prosecutor'?s office|intelligence|"
    # "the message says", "the document reads": a text speaking, not a person
    r"message|post|press release|communiqu[ée]|document|letter|resolution|decree|publication|announcement)\b"
    # "the company's chief executive", "the Kremlin spokesman" are people
    r"(?![’']s\b)(?!\s+(?:spokes(?:man|woman|person)|chief|head|envoy|ambassador|leader|director|chair(?:man|woman)?|"
    r"commander|officer|official|minister|secretary|speaker|member|lawmaker|representative|aide|advis[eo]r)\b)",
    re.IGNORECASE,
)
# "the JCS said", "the IAEA said": a body known by its initials (not "the PM", a post)
# ("the head of the RMA" is a person: the initials name the body a title is of)
_INITIALS_SUBJECT_RE = re.compile(r"^(?i:the)\s+(?:(?!of\b)[\w’'&-]+\s+){0,3}?(?P<initials>[A-Z][A-Z0-9&]{1,7})$")
# "... and said", "..., but added": the verb shares the sentence's subject
# "The head of the Bundestag defence committee, Marie-Agnes Strack-Zimmermann, …": a role set off
# before the name that opens the sentence, so the name is its subject
_ROLE_SET_OFF_RE = re.compile(
    r"^\s*(?:The|A|An|Its|His|Her|Their)\s[^,.;:“”\"]{3,90},\s*$"
    # ("Para o economista-chefe do banco Inter, Rafaela Vitória, o mercado …": the view of one set off after
    # their role, "according to" in the story's language)
    r"|^\s*(?:According to|Para|Pour|Per|Selon|Según|Secondo)\s+(?:the|o|a|le|la|el|il|lo|l['’])\s*[^,.;:“”\"]{3,90},\s*$"
)
# ", calling it “…”", ", saying “…”": the clause's speaker is the sentence's subject
# (", adding that “…”", ", underlining that the priority remains “…”": the same with what was said)
_PARTICIPLE_CUE_RE = re.compile(
    r",\s+(?:saying|calling (?:it|them|him|her|this|that|the \w+)|describing (?:it|them|this|that|the \w+) as|"
    r"(?:adding|noting|stressing|underlining|emphasi[sz]ing|insisting|warning|explaining|arguing|recalling|"
    r"pointing out|claiming)(?=\s))"
    # ("…, saying it would “further deny Russia access …”", "…, adding the talks had been “…”": what was
    # said, "that" left out)
    r"(?:\s+that\b[^“”\"«»,;]{0,80}?|\s+[^“”\"«»,;.!?]{1,80}?)?\s*:?\s*$"
)
_COORDINATED_RE = re.compile(r"(?:\band|\bbut|,)\s+(?:also\s+|then\s+)?$")
_AGE_RE = re.compile(r",\s*(\d{1,3})\s*,")
_DESCRIPTOR_WORDS_RE = re.compile(r"[\w-]+")
_GENERIC_WORDS = {"the", "of", "and", "who", "that", "his", "her", "a", "an", "us", "u.s"}
MAX_SCARE_WORDS = 2
# A verb's subject written before it, when nothing after the verb names one, is at most this long
# ("In a statement read to the court, Mr Okafor's daughter, Grace, said: ..."); a longer stretch
# is clauses of their own.
MAX_SUBJECT_CLAUSE_WORDS = 12
# A person named within this many words of a sentence's start is taken for its subject.
MAX_WORDS_BEFORE_SUBJECT = 5
# More quote marks than this in one paragraph is not quoted speech.
MAX_MARKS = 400
# A short quote right after one of these is a name for something ("his “peace formula”"), not speech.
_LABEL_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your|this|that|so-called)\s*$", re.IGNORECASE)
# ("said that “nothing” was agreed": after a speech verb, "that" begins what was said)
_SAID_THAT_RE = re.compile(rf"\b(?:{_VERBS})\s+that\s*$")


# "Tusk is convinced that “Russia will test us again”", "he too thinks that “…”": a belief the
# speaker voiced, quoted after its "that" ("believes" alone is no speech verb)
_BELIEF = (
    r"\b(?:(?:also |still |firmly |too )?(?:believes?|believed|thinks?|thought|feels?|felt|hopes?|hoped|fears?|feared)"
    r"|(?:is|was|are|were|remains?|remained)\s+(?:also\s+|still\s+|firmly\s+)?(?:convinced|confident|certain|sure))"
)
_BELIEF_THAT_RE = re.compile(_BELIEF + r"\s+that\s*$")
# the quote later in the believer's clause: "Stoltenberg believes that the alliance must be ready to
# support Ukraine “for the long haul”"
_BELIEF_CLAUSE_RE = re.compile(_BELIEF + r"\s+that\b[^.!?;“”\"«»]{0,150}$")


def _label_before(before: str) -> bool:
    """Whether the words before a short quote make it a name for a thing ("his “peace formula”"; but
    not what something is said to be: "said the vote had been a “total falsification”")."""
    return (
        bool(_LABEL_BEFORE_RE.search(before[-12:]))
        and not _SAID_THAT_RE.search(before)
        and not _BELIEF_THAT_RE.search(before)
        and not _PREDICATE_BEFORE_RE.search(before)
        and not _SPOKEN_OF_BEFORE_RE.search(before)
    )


# "warned of a “regional explosion”": what the speaker warned of, in their words
_SPOKEN_OF_BEFORE_RE = re.compile(rf"\b(?:{_VERBS})\s+(?:of|about|against)\s+(?:a|an)\s*$")


_PREDICATE_BEFORE_RE = re.compile(
    r"\b(?:is|was|are|were|(?:had|has|have|would|will)\s+been|would\s+be|will\s+be)\s+(?:a|an)\s*$", re.IGNORECASE
)


# or a name's possessive ("Moscow's “red lines”", "Putin's “partial mobilisation”"; but "NATO's
# “ignoring” Russian proposals" quotes a verb, not a name for a thing)
_POSSESSIVE_BEFORE_RE = re.compile(r"\b[A-Z][\w-]*['’]s\s*$")


# words that make a clause of the words after them, never a name's ("has been", "will")
_FINITE_VERBS = frozenset("is are was were has have had will would can could should must".split())


def _labelled_by_possessive(before: str, words: list[str]) -> bool:
    return bool(_POSSESSIVE_BEFORE_RE.search(before)) and not words[0].lower().endswith("ing")


# A quote of a few words right after "the", "his" … names a thing ("the “coalition of the willing”");
# after "a" it may be speech ("called it a “dangerous escalation”").
MAX_LABEL_WORDS = 4
# a determiner and a word describing what follows ("a European-led “…”"), or the article alone ("build a
# “Baltic defence line”"), in a sentence no one speaks in
_DESCRIBED_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|its|their|our)(?:\s+[\w-]+)?\s*$", re.IGNORECASE)
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|his|her|its|their|our|so-called)\s*$", re.IGNORECASE)

# A quoted name of a thing, not speech: after words that name ("so-called", "dubbed", "the film"),
# or in Title Case with no speech verb near ("the “Law on Indigenous Peoples of Ukraine”").
MAX_NAME_WORDS = 10
_NAMING_BEFORE_RE = re.compile(
    r"(?:\bso-called|\bwhat \w+ (?:calls?|called|describes? as|described as|terms?|termed)(?: an?| the)?|\bdubbed|"
    # "Russia calls its invasion a “special military operation”": the article outside the marks
    r"\b(?:calls?|called|calling|terms?|termed)\s+(?:it|them|this|that|(?:its|his|her|their|the)\s+[\w-]+)\s+(?:an?|the)|"
    r"\bknown as|\bnicknamed|\btitled|"
    # "The plan, called “East Shield”, includes …", "the drill, code-named “…”": a name given
    r"(?:,\s*|\b(?:is|was|are|were|been|be|being)\s+)(?:called|named)|\bcode-?named|\bcodenamed|\breferred to as|"
    r"\bentitled|"
    # "A sign reading “No to war”", "a banner with the words “…”": what is written, not said
    r"\b(?:sign|banner|placard|poster|billboard|graffiti|inscription|t-shirt|flag)s?\b[^.!?“”\"]{0,20}"
    r"\b(?:reading|that reads?|which reads?|bearing|saying|with the (?:words|slogan|inscription))\s*:?|"
    # "Operation “Spider's Web”", "Exercise “Zapad”": a capitalised word that names what follows
    r"\b(?-i:Operation|Project|Exercise|Programme|Program|Campaign|Doctrine|Codename|Code-named))\s*$",
    re.IGNORECASE,
)
# "the bill “Law on Indigenous Peoples”", "the law “on foreign agents”": the quoted words name the
# thing; "Paul said the bill “puts Ukraine first and America last”", opening on a word in lower case
# that is no preposition, is what the speaker said of it
_THING_BEFORE_RE = re.compile(
    r"\bthe (?:film|book|novel|song|album|series|show|play|law|bill|"
    r"report|operation|campaign|programme|program|slogan|hashtag|motto|doctrine|plan|strategy)\s*$",
    re.IGNORECASE,
)
# 'reports "European Pravda"', 'in an interview with "Ukrainska Pravda"': a newsroom's name in marks,
# as Ukrainian and Russian copy sets it, where it is reported, told or published
_SOURCE_BEFORE_RE = re.compile(
    r"\b(?:reports?|reported|according to|told|(?:interview|conversation) with|newspaper|agency|channel|"
    r"publication|website|portal|edition)\s*$",
    re.IGNORECASE,
)
# "called the plan “a clear signal to Moscow”": what a speaker calls the thing, in their words (a name
# would open in capitals: "called the plan “East Shield”")
_CHARACTERISED_RE = re.compile(
    r"\b(?:called|calls|calling|described|describes|describing|labell?ed|branded|hailed|dismissed)\s+the\s+[\w-]+\s*$",
    re.IGNORECASE,
)
_NAME_OPENERS = frozenset("a an the on of for about against in to from with".split())


CONFIDENCE = {
    "named": 0.9,
    "according-to": 0.85,
    "unnamed-source": 0.8,
    "pronoun": 0.7,
    "descriptor": 0.65,
    "context": 0.6,
    # (given on import: the surname alone names one person the archive knows, see ingest)
    "known-surname": 0.75,
    "none": 0.3,
}


@dataclass
class FoundQuote:
    text: str
    paragraph: int  # 1-based body paragraph
    start: int  # offsets of the quoted words in the paragraph
    end: int
    speaker: str | None = None
    attribution: str = ""
    rule: str = "none"
    confidence: float = CONFIDENCE["none"]
    # where the marks were, for the attribution search
    open_at: int = -1
    close_at: int = -1
    open_end: bool = False
    lead: str = ""
    unmarked: bool = False  # a statement set out under "X said:" without quote marks
    answer_of: str | None = None  # an interview's answer under its speaker's name ("Halushchenko: …")


def _role(text: str, i: int) -> str:
    """ "open", "close" or "either" for the quote mark at ``text[i]``, from what stands around it."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    mark = text[i]
    # « and » open and close as French writes them («…», « … »), or the other way round as German
    # does (»…«): a mark with a word right after it and none before opens, one the other way closes
    if mark in "«":
        return "close" if (prev.isalnum() or prev in ".,!?…") and not nxt.isalnum() else "open"
    if mark in "»":
        return "open" if (prev.isspace() or prev in _OPEN_BEFORE) and nxt.isalnum() else "close"
    prev_free = prev.isspace() or prev in _OPEN_BEFORE or prev in _MARKS
    if nxt in _CLOSE_AFTER and not prev.isspace():
        return "close"
    if nxt in _CLOSE_AFTER:
        return "close"
    if nxt.isspace() or i + 1 == len(text):
        return "either" if prev_free else "close"
    if prev_free:
        return "open"
    return "open" if mark in _OPENERS else "close" if mark in _CLOSERS else "either"


def _single_role(text: str, i: int) -> str | None:
    """ "open", "close" or None (an apostrophe: "don't", "Jones’ house") for a single quote mark."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return None
    if (prev.isspace() or prev in _OPEN_BEFORE) and (nxt.isalpha() or nxt in "…("):
        return "open"
    if (nxt.isspace() or nxt in _CLOSE_AFTER) and (prev.isalnum() or prev in _CLOSE_AFTER):
        return "close"
    return None


def _single_spans(text: str) -> list[tuple[int, int, int, int, bool]]:
    """Quotes in single marks (‘…’ or '…'), where the article uses no double ones. Apostrophes
    look the same, so a quote needs both marks, or runs to the paragraph's end only when it opens
    the paragraph or follows a colon ("said: ‘This was a brazen attack ...")."""
    spans = []
    open_at = None
    for i, c in enumerate(text):
        if c not in _SINGLE_MARKS:
            continue
        role = _single_role(text, i)
        if role == "open" and open_at is None:
            open_at = i
        elif role == "close" and open_at is not None:
            spans.append((open_at + 1, i, open_at, i, False))
            open_at = None
    if open_at is not None and (open_at == 0 or text[:open_at].rstrip().endswith(":")):
        spans.append((open_at + 1, len(text), open_at, -1, True))
    return spans


def _attributed_after_its_comma(text: str, span: tuple[int, int, int, int, bool]) -> bool:
    """A sentence of three words or more in single marks, then a comma and who said it."""
    start, end, open_at, close_at, _ = span
    after = text[close_at + 1 :]
    return (
        text[:open_at].strip()[-1:] in ("", ".", "!", "?", "…")
        and len(text[start:end].split()) >= 3
        and after.startswith(",")
        and _is_attribution(_clause(text, close_at + 2))
    )


def _is_attribution(text: str) -> bool:
    """A few words with a speech verb: "he added.", "Ms. Sherman said."."""
    words = text.split()
    return 0 < len(words) <= 6 and bool(_VERB_RE.search(" ".join(words[:4])))


def _spans(text: str) -> list[tuple[int, int, int, int, bool]]:
    """(content start, content end, open mark, close mark, runs past the paragraph) for each quote."""
    marks = [(i, _role(text, i)) for i, c in enumerate(text) if c in _MARKS]
    if len(marks) > MAX_MARKS:
        return []  # not prose with quotations (a table, a garbled line): nothing to attribute
    # closes_after[k]: a mark after the k-th one can close a quote
    closes_after = [False] * (len(marks) + 1)
    for k in range(len(marks) - 1, -1, -1):
        closes_after[k] = closes_after[k + 1] or marks[k][1] in ("close", "either")
    spans = []
    open_at = None
    last_end = 0
    for k, (pos, role) in enumerate(marks):
        next_role = marks[k + 1][1] if k + 1 < len(marks) else None
        if open_at is None:
            if role in ("open", "either"):
                open_at = pos
            elif next_role in ("close", "either"):
                open_at = pos  # a closing-shaped mark that opens ("said.” I don't know ... “")
            elif next_role is None and _is_attribution(text[last_end:pos]) and text[pos + 1 :].strip():
                open_at = pos  # the same, the quote running to the paragraph's end ("he added.” Nothing ...)
            else:
                spans.append((_lost_open_start(text, last_end, pos), pos, -1, pos, False))  # the opening mark was lost
                last_end = pos + 1
            continue
        if role in ("close", "either"):
            spans.append((open_at + 1, pos, open_at, pos, False))
            open_at, last_end = None, pos + 1
            continue
        content = text[open_at + 1 : pos].rstrip()
        closes_later = closes_after[k + 1]
        # a left mark after the quote's own end, or after its comma with the attribution next
        # ("working, “he added.”"), closes it
        upto = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        ends = content.endswith(("?", "!", ".", "…")) or (
            content.endswith(",") and _is_attribution(text[pos + 1 : upto])
        )
        if ends or not closes_later:
            spans.append((open_at + 1, pos, open_at, pos, False))  # a left mark used to close
            open_at, last_end = None, pos + 1
        else:  # the previous quote was never closed ("necessary, “open”")
            spans.append((open_at + 1, pos, open_at, -1, False))
            open_at = pos
    if open_at is not None:
        # "“We will not send Taurus missiles, Scholz told lawmakers, adding …": the closing mark was
        # lost before the attribution, which ends the quote; otherwise it runs on into the next paragraph
        cut = next(
            (
                m.start()
                for m in _COMMA_RE.finditer(text, open_at + 1)
                if _CUT_ATTRIBUTION_START_RE.match(text, m.end()) and _is_attribution(_clause(text, m.end()))
            ),
            None,
        )
        if cut is not None and text[open_at + 1 : cut].strip():
            spans.append((open_at + 1, cut, open_at, -1, False))
        else:
            spans.append((open_at + 1, len(text), open_at, -1, True))
    return spans


def _lost_open_start(text: str, start: int, close: int) -> int:
    """Where a quote whose opening mark was lost starts: after the last sentence before its close
    that tells who said something ("Scholz said the decision was final. We will not change course,”
    he added." quotes the second sentence only), else where the text allows."""
    cut = start
    for end in _SENTENCE_END_RE.finditer(text, start, close):
        sentence = text[cut : end.end()].strip()
        # (a third person's: "Scholz said …", "The minister added …"; never "I said no." or "We told them.")
        # (also after a phrase set off before the subject: "At the same time, the minister said …")
        told = _SUBJECT_VERB_RE.match(sentence) or (
            (phrase := _OPENING_PHRASE_RE.match(sentence)) and _SUBJECT_VERB_RE.match(sentence[phrase.end() :])
        )
        if told and not _FIRST_PERSON_RE.match(told.group("subj")) and not any(m in sentence for m in _MARKS):
            cut = end.end()
        else:
            break
    return cut if text[cut:close].strip() else start


_FIRST_PERSON_RE = re.compile(r"^(?:as\s+)?(?:i|we|you)\b", re.IGNORECASE)
_COMMA_RE = re.compile(r",\s")
# what such an attribution starts with: a name, "the minister", "he", or the verb ("said X");
# never "I" or "we" ("I told them, and I say it again, …" goes on)
_CUT_ATTRIBUTION_START_RE = re.compile(rf"\s*(?:(?!I\b)[A-Z]|the\s|he\s|she\s|(?:{_VERBS})\s)")


def _clause(text: str, start: int) -> str:
    """The words from ``start`` to the next comma or sentence end."""
    end = min((at for at in (text.find(",", start), text.find(".", start)) if at >= 0), default=len(text))
    return text[start:end]


# "– The West is prolonging the conflict, – Zakharova said.": speech set off by dashes, as
# Slavic-language copy writes it, the attribution after the second dash
# ("- We are not going to take part in this war - Stoltenberg repeated": hyphens for dashes, set off by
# spaces, and no comma before the second)
_DASH_QUOTE_RE = re.compile(
    r"^(?:[–—]|-(?=\s))\s*(?P<quote>[^–—]{2,}?(?:[,.!?…]|(?=\s+[-–—]\s)))\s*(?P<dash>[–—]|(?<=\s)-(?=\s))\s+(?P<rest>\S.*)$"
)


# the same after a sentence of the paragraph ("Sybiha thanked Poland. – Your help saves lives, – the
# minister noted."), or running to the paragraph's end after one ("– …, – Sikorski said. – We will …")
_LATER_DASH_QUOTE_RE = re.compile(
    r"(?<=[.!?…]\s)[–—]\s*(?P<quote>[^–—“”\"«»]{2,}?(?:[,.!?…]|(?=\s+[–—]\s)))\s*(?:(?P<dash>[–—])\s+(?P<rest>\S[^–—]*)|$)"
)


# "– Vi lever i ett allvarligt säkerhetsläge, sa Kristersson.": Swedish, Norwegian and Danish copy opens
# the paragraph with a dash and closes the speech with no second one, the verb after its comma
_NORDIC_DASH_QUOTE_RE = re.compile(
    # ("– …, Purra sanoi.": or the name first, as Finnish may put it)
    rf"^[–—-]\s+(?P<quote>[^–—]{{2,}}?[,.!?…])\s+(?=(?:(?-i:[A-ZÅÄÖ])[\w-]+\s+){{0,2}}(?:{NORDIC_SPEECH_VERBS})\b)"
    r"(?P<rest>\S[^–—]*)$",
    re.IGNORECASE,
)


def _dash_spans(text: str) -> list[tuple[int, int, int, int, bool]]:
    spans = []
    m = _DASH_QUOTE_RE.match(text)
    if m and len(m.group("quote").split()) >= 2 and _VERB_RE.search(" ".join(m.group("rest").split()[:5])):
        spans.append((m.start("quote"), m.end("quote"), 0, m.start("dash"), False))
    elif (nordic := _NORDIC_DASH_QUOTE_RE.match(text)) and len(nordic.group("quote").split()) >= 2:
        spans.append((nordic.start("quote"), nordic.end("quote"), 0, nordic.end("quote"), False))
    for later in _LATER_DASH_QUOTE_RE.finditer(text):
        if len(later.group("quote").split()) < 2:
            continue
        if later.group("dash") and _VERB_RE.search(" ".join(later.group("rest").split()[:5])):
            spans.append((later.start("quote"), later.end("quote"), later.start(), later.start("dash"), False))
        elif not later.group("dash") and spans:  # the speaker's next words, after the attribution
            spans.append((later.start("quote"), later.end("quote"), later.start(), later.end("quote"), False))
    return spans


# Spanish copy's dialogue dash inside a paragraph: "—We are doing everything possible—, Robles has
# assured journalists." (the dash glued to the words it opens, a comma or stop after the closing one)
_RAYA_QUOTE_RE = re.compile(r"(?:^|(?<=[.!?…:]\s))—(?=\w)(?P<quote>[^—“”\"«»]{2,300}?\S)—\s*[,.]\s+(?P<rest>\S[^.]*)")


# ("—Estamos haciendo todo lo posible —aseguró la ministra.": as Spanish prints it, the closing dash
# glued to the verb after it)
_RAYA_VERB_QUOTE_RE = re.compile(
    r"(?:^|(?<=[.!?…:]\s))—(?=\w)(?P<quote>[^—“”\"«»]{2,300}?\S)\s+—(?=[a-záéíóúñ])(?P<rest>\S[^.—]*)"
)


def _raya_spans(text: str) -> list[tuple[int, int, int, int, bool]]:
    if "—" not in text:
        return []
    return [
        (m.start("quote"), m.end("quote"), m.start(), m.end("quote"), False)
        for pattern in (_RAYA_QUOTE_RE, _RAYA_VERB_QUOTE_RE)
        for m in pattern.finditer(text)
        if len(m.group("quote").split()) >= 2 and _VERB_RE.search(" ".join(m.group("rest").split()[:5]))
    ]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


# "G", "M.K": a name's initials before its full stop
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){0,3}[A-Z]")


def _sentence_start(text: str, upto: int) -> int:
    """Where the sentence holding position ``upto`` begins."""
    start = 0
    for match in _SENTENCE_END_RE.finditer(text, 0, upto):
        word = re.search(r"([\w.]+)[.!?…]+[\"”’»]?$", text[: match.end()])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if word and _INITIALS_RE.fullmatch(word.group(1).rstrip(".")):
            continue  # an initial ("Javier G. Cuesta", "M.K. Stalin")
        start = match.end()
    return start


def _sentence_end(text: str, start: int) -> int:
    for match in _SENTENCE_END_RE.finditer(text, start):
        word = re.search(r"([\w.]+)[.!?…]+[\"”’»]?$", text[: match.end()])
        if word and (
            word.group(1).lower().rstrip(".") in _ABBREVIATIONS
            or len(word.group(1).rstrip(".")) == 1
            or _INITIALS_RE.fullmatch(word.group(1).rstrip("."))
        ):
            continue
        return match.end()
    return len(text)


_FEMALE_WORDS = frozenset(
    "ms ms. mrs mrs. miss dame lady queen princess spokeswoman chairwoman congresswoman councilwoman "
    "businesswoman actress widow mother daughter wife sister grandmother".split()
)
_MALE_WORDS = frozenset(
    "mr mr. sir lord king prince spokesman chairman congressman councilman businessman actor widower son "
    "husband brother grandfather".split()
)


# a kinship word set off before or after a name: "Carter's wife of 77 years, Rosalynn Carter,", "Chip, his son,"
_KIN = "wife|widow|mother|daughter|sister|grandmother|husband|widower|son|brother|father|grandfather"
_KIN_WORD_RE = re.compile(rf"\b(?:{_KIN})\b")
_KIN_BEFORE_RE = re.compile(rf"\b(?P<kin>{_KIN})\b[^,.;:“”\"]{{0,25}},\s*$")
_KIN_AFTER_RE = re.compile(rf",\s+(?:(?:the|his|her|their)\s+)?(?:[a-z]+\s+)?(?P<kin>{_KIN})\b")


# "His wife, Morag,", "her son Tom": a relative by their given name alone
_KIN_GIVEN_ALONE_RE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?P<kin>{_KIN})\s*,?\s+(?P<given>[A-Z][a-z]+)\b(?!\s+[A-Z])"
)


def _sex_of(person: FoundPerson, paragraphs: list[str]) -> str | None:
    """ "f" or "m" where the person's titles say so ("Ms Berg", "the spokeswoman") or a kinship word
    set off beside the name ("Carter's wife, Rosalynn Carter,"); else by the given name ("Annalena
    Baerbock", "Alexander Grushko") or a woman's surname ("Maria Zakharova"); else None."""
    words = set(person.roles)
    for m in person.mentions:
        if m.paragraph >= 1:
            text = paragraphs[m.paragraph - 1]
            kin = _KIN_BEFORE_RE.search(text, max(0, m.start - 40), m.start) or _KIN_AFTER_RE.match(text, m.end)
            if kin:
                words.add("widow" if kin.group("kin") in _FEMALE_WORDS else "widower")
    female, male = bool(words & _FEMALE_WORDS), bool(words & _MALE_WORDS)
    if female or male:
        return "f" if female and not male else "m" if male and not female else None
    return sex_by_name(person.name)


# "… is that Putin's threats": a clause's subject after "that"
_THAT_BEFORE_RE = re.compile(r"\bthat\s+$")
# "Peskov added that …": someone's words reported in the sentence before a name
_VERB_ENDING_RE = re.compile(rf"\b(?:{_VERBS})\s*$")


def _reported_that(text: str, begins: int, at: int) -> bool:
    """Whether a speech verb and "that" stand between ``begins`` and ``at`` ("Peskov added that …")."""
    i = text.find(" that ", begins, at)
    while i >= 0:
        if _VERB_ENDING_RE.search(text, max(begins, i - 40), i + 1):
            return True
        i = text.find(" that ", i + 1, at)
    return False


# the word after an owner's name ("Putin's threats", "Putin's previous threats")
_OWNED_WORD_RE = re.compile(r"[’']s\s+[a-z]+(?:\s+[a-z]+)?")
# what an owner has that speaks for them: "Lavrov's spokeswoman", "Zelensky's office"
_AGENT_WORDS = frozenset(
    """spokesman spokeswoman spokesperson office aide aides adviser advisers advisor lawyer lawyers team
    press camp government ministry administration representative envoy wife husband son daughter brother
    sister mother father deputy chief staff party allies ally supporters campaign""".split()
)
# "Mr Okafor's", "Zelensky's": a name written as an owner ("Mr Okafor's daughter, Grace, said")
_POSSESSOR_RE = re.compile(r"[’']s?\b")
# "..., the EU's High Representative, Josep Borrell, condemned": a name set off by commas and its
# verb, however long the role before it; the name is the sentence's subject
# ("In a statement after the verdict, Hale's solicitor, Ruth Baines, said …": a subject however deep,
# with a verb of speech right after it)
_VERB_AFTER_NAME_RE = re.compile(
    r",\s+(?:has |had |also |then )?(?:[a-z]+ed|said|says|told|tells|wrote|writes)\b"
    r"|\s+(?:has |had |also |then |later )?(?:said|says|told|tells|wrote|writes|added|adds)\b"
)
# "As the minister noted, “…”": the subject after "as"
_AS_BEFORE_SUBJECT_RE = re.compile(r"^(?:as|like)\s+(?=the\s)", re.IGNORECASE)
# ("In his opinion, “…”", "In her view, “…”")
_THEIR_WORDS_RE = re.compile(
    r"\b(?:in|to use) (?P<whose>his|her) (?:own )?(?:words|opinion|view|assessment|estimation|judgement|judgment)\b",
    re.IGNORECASE,
)
# a name and a colon, alone before the quote
_NAME_COLON_RE = re.compile(r"^\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s*:\s*$")
_RELATIVE_WORD_RE = re.compile(r"\b(?:that|which|who|whom|whose|where)\b")
# Verbs whose object follows them ("condemned the arrest as “…”"); "said X" puts the speaker there
_OBJECT_VERB_RE = re.compile(rf"{SUMMING_VERBS}|described|called|accused")
# (or "of": "accused the head of state of “…”" has no verb "state")
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|of)\s+$", re.IGNORECASE)
_LINKING_WORDS_RE = re.compile(r"\b(?:and|but|then|also|so)\b", re.IGNORECASE)
_SEXES = {"f": "m", "m": "f"}
_GENDERED_PRONOUN_RE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]e|[Hh]is|[Hh]im)\b")


class _Context:
    """Who is speaking where: quote speakers and named people followed by a speech verb."""

    def __init__(self, persons: list[FoundPerson], paragraphs: list[str]):
        self.persons = persons
        self.paragraphs = paragraphs
        self.sex = {p.name: _sex_of(p, paragraphs) for p in persons}
        # (a German title counts as its post too: "Finanzminister" Christian Lindner is "the minister")
        self.roles = {p.name: p.roles | {english_post(r) for r in p.roles} - {""} for p in persons}
        self.pronoun_sexes = {
            "f" if word.lower() in ("she", "her", "hers") else "m"
            for text in paragraphs
            for word in _GENDERED_PRONOUN_RE.findall(text)
        }
        self.events: list[tuple[tuple[int, int], str | None]] = []
        # an unnamed voice's sex, once "he" or "she" has been read as theirs
        self.unnamed_sex: dict[tuple[int, int], str] = {}
        # owners opening a sentence ("Putin's threats were …"): whom "he" means after an unnamed voice
        self.owners: list[tuple[tuple[int, int], str]] = []
        # owners of the sentence's subject ("Carter's wife …, Rosalynn Carter, died …"): whom a pronoun
        # of the other sex than that subject's means
        self.kin_owners: list[tuple[tuple[int, int], str]] = []
        # relatives named by a given name alone, no person of the story ("His wife, Morag, moved …"):
        # whom "she" means after them in their paragraph
        named = {w for p in persons for w in p.name.split()}
        self.kin_alone: list[tuple[tuple[int, int], str]] = [
            ((no, m.start()), "f" if m.group("kin") in _FEMALE_WORDS else "m")
            for no, text in enumerate(paragraphs, 1)
            for m in _KIN_GIVEN_ALONE_RE.finditer(text)
            if m.group("given") not in named
        ]
        # plain mentions: the fallback when nobody has spoken yet
        self.mentions = [((m.paragraph, m.start), p.name) for p in persons for m in p.mentions if m.paragraph >= 1]
        for person in persons:
            for m in person.mentions:
                if m.paragraph < 1:
                    continue
                text = paragraphs[m.paragraph - 1]
                verb = _VERB_RE.match(text[m.end : m.end + 40].lstrip())
                # (not a verb's bare form: "demanded that Sánchez explain the plan" has him as no speaker;
                # nor one whose words another reports: "Peskov added that Putin had repeatedly said …")
                if (
                    verb
                    and verb.group(0).split()[-1] not in _BARE_VERBS
                    and not _reported_that(text, _sentence_start(text, m.start), m.start)
                ):
                    self.events.append(((m.paragraph, m.start), person.name))

    def add_subjects(self, paragraphs: list[str], quoted: dict[int, list[tuple[int, int]]]) -> None:
        """The first person named in each sentence (outside quotes): who the story is about there."""
        firsts: dict[tuple[int, int], tuple[int, str]] = {}
        for person in self.persons:
            for m in person.mentions:
                if m.paragraph < 1 or any(a <= m.start < b for a, b in quoted.get(m.paragraph, [])):
                    continue
                text = paragraphs[m.paragraph - 1]
                begins = _sentence_start(text, m.start)
                if text.startswith(("'s", "’s"), m.end):
                    # "Lavrov's spokeswoman said": the owner is not who speaks; but "Putin's threats
                    # were …" (also after "that") is about Putin
                    owned = _OWNED_WORD_RE.match(text, m.end)
                    shallow = len(text[begins : m.start].split()) <= MAX_WORDS_BEFORE_SUBJECT
                    if (shallow or _THAT_BEFORE_RE.search(text, begins, m.start)) and (
                        owned and not set(owned.group(0).lower().split()) & _AGENT_WORDS
                    ):
                        self.owners.append(((m.paragraph, m.start), person.name))
                    elif m.start == begins and owned and _KIN_WORD_RE.search(owned.group(0)):
                        self.kin_owners.append(((m.paragraph, m.start), person.name))
                    continue
                if (
                    len(text[begins : m.start].split()) > MAX_WORDS_BEFORE_SUBJECT
                    and not _VERB_AFTER_NAME_RE.match(text, m.end)
                    and not _ROLE_SET_OFF_RE.match(text[begins : m.start])
                ):
                    continue  # deep in the sentence: an object, not who the sentence is about
                if _PRONOUN_RE.match(text[begins : m.start].lstrip()):
                    continue  # "He added that President Vladimir Putin had …": "he" is the subject
                if _reported_that(text, begins, m.start):
                    continue  # "The Spaniard added that Raya had …": whoever added it is the subject
                if _ASIDE_SPEAKER_RE.match(text, m.end):
                    continue  # "Biden, he said, had been a true friend": "he" speaks of Biden
                sentence = (m.paragraph, begins)
                if sentence not in firsts or m.start < firsts[sentence][0]:
                    firsts[sentence] = (m.start, person.name)
        for (paragraph, _), (start, name) in firsts.items():
            self.events.append(((paragraph, start), name))
        # "The Polish minister also said that …": a sentence about the one the descriptor names
        for no, text in enumerate(paragraphs, 1):
            for m in _DESCRIBED_SUBJECT_RE.finditer(text):
                if m.group("subj").startswith("the"):
                    # "Speaking to reporters, the German leader was asked …": after a short opening phrase
                    begins = _sentence_start(text, m.start())
                    if not _OPENING_PHRASE_RE.fullmatch(text, begins, m.start()):
                        continue
                elif m.start() and not _SENTENCE_END_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()):
                    continue  # not at a sentence's start
                if any(a <= m.start() < b for a, b in quoted.get(no, [])) or _INSTITUTION_RE.search(m.group("subj")):
                    continue
                words, nations = _descriptor(m.group("subj"))
                if not m.group("speech") and not words & ROLES:
                    continue  # "The attack killed …": a title does something ("The Hungarian leader later defended …")
                if words and (name := self.by_role(words, (no, m.start()), nations)):
                    self.events.append(((no, m.start("subj")), name))

        # "Another resident, Sergey, said he had …": someone the story does not name speaks, and a "he
        # said" after it is theirs, not the last named person's
        for no, text in enumerate(paragraphs, 1):
            for m in _UNNAMED_SUBJECT_RE.finditer(text):
                if (
                    not m.start() or _SENTENCE_END_BEFORE_RE.search(text, max(0, m.start() - 3), m.start())
                ) and not any(a <= m.start() < b for a, b in quoted.get(no, [])):
                    self.events.append(((no, m.start()), None))

    def add(self, where: tuple[int, int], speaker: str | None) -> None:
        self.events.append((where, speaker))

    def _unnamed_sex_at(self, at: tuple[int, int]) -> str | None:
        """An unnamed voice's sex: as a pronoun read it, else a relative's named alone before it in its
        paragraph ("His wife, Morag, …. “…,” she says. “We had the sea.”")."""
        if at in self.unnamed_sex:
            return self.unnamed_sex[at]
        kin = [(pos, sex) for pos, sex in self.kin_alone if pos[0] == at[0] and pos < at]
        return max(kin)[1] if kin else None

    def last_speaker(self, where: tuple[int, int], pronoun: str = "") -> tuple[bool, str | None]:
        """Who spoke (or was the subject) last before ``where``; for "he" or "she", the last one
        not known to be of the other sex (a title or honorific tells: Mr, Ms, spokeswoman)."""
        earlier = [e for e in self.events if e[0] < where] or [e for e in self.mentions if e[0] < where]
        other = {"he": "f", "she": "m"}.get(pronoun.lower())
        # for "he", only in a text that uses the other sex's pronouns too: machine translation often
        # writes "he" for everyone ("He also admitted ..." of Wendy Sherman), but "she" is never a man's
        if other and (any(self.sex.values()) or self.unnamed_sex) and (other in self.pronoun_sexes or other == "m"):
            # ("Her neighbour, Mykola, says … “…,” he shrugs. … “…,” she says": not the unnamed man)
            earlier = [e for e in earlier if (self.sex.get(e[1]) if e[1] else self._unnamed_sex_at(e[0])) != other] or [
                # ("Ursula von der Leyen met Viktor Orban. “…,” she said. “…,” he replied.": the man
                # named, though only she has spoken)
                e
                for e in self.mentions
                if e[0] < where and self.sex.get(e[1]) not in (None, other)
            ]
        if not earlier:
            return False, None
        last = max(earlier, key=lambda e: e[0])
        if other and (
            # "Carter's wife of 77 years, Rosalynn Carter, died in 2023. “…,” he said": after a subject of
            # the other sex, in the quote's paragraph, the one who opened that sentence as her owner
            owner := max(
                (
                    e
                    for e in self.kin_owners
                    if last[0] < e[0] < where and e[0][0] == where[0] and self.sex.get(e[1]) == _SEXES[other]
                ),
                default=None,
            )
        ):
            return True, owner[1]
        if other and any(last[0] < at < where and at[0] == where[0] and sex != other for at, sex in self.kin_alone):
            # "His wife, Morag, moved to the island with him. “…,” she says": the relative, no person named
            self.unnamed_sex.setdefault(where, _SEXES[other])
            return True, None
        if last[1] is None and pronoun.lower() in ("he", "she"):
            # (the voice, and the quote at ``where`` it speaks, which will be an event of its own)
            for at in (last[0], where):
                self.unnamed_sex.setdefault(at, "m" if pronoun.lower() == "he" else "f")
        if last[1] is None and pronoun:
            # "“…,” a NATO diplomat told me. / … Putin's threats were not followed by action. … he said
            # he was “not bluffing”": after an unnamed voice, the one the paragraph is about since
            owners = [
                e for e in self.owners if last[0] < e[0] < where and e[0][0] == where[0] and self.sex.get(e[1]) != other
            ]
            if owners:
                return True, max(owners)[1]
        return True, last[1]

    def aged(self, age: str, where: tuple[int, int]) -> tuple[str | None] | None:
        """(the one person named before ``where`` with this age set off after the name, "Sarah
        Jenkins, 34,"), or (None,) when the story gave ages there and this one to nobody; else None."""
        ages = {
            (p.name, m.group(1))
            for p in self.persons
            for n in p.mentions
            if 1 <= n.paragraph
            and (n.paragraph, n.start) < where
            and (m := _AGE_RE.match(self.paragraphs[n.paragraph - 1], n.end))
        }
        fit = {name for name, given in ages if given == age}
        if len(fit) == 1:
            return (fit.pop(),)
        return (None,) if ages and not fit else None

    def unaged_speaker(self, where: tuple[int, int]) -> str | None:
        """The one who spoke (or was the subject) last before ``where`` in its paragraph, when the story gives
        no age after any mention of them."""
        earlier = [e for e in self.events if e[0] < where and e[0][0] == where[0]]
        if not earlier or (name := max(earlier, key=lambda e: e[0])[1]) is None:
            return None
        person = next((p for p in self.persons if p.name == name), None)
        if person is None or any(
            1 <= n.paragraph and _AGE_RE.match(self.paragraphs[n.paragraph - 1], n.end) for n in person.mentions
        ):
            return None
        return name

    def _around_mentions(self, name: str, after: int):
        """The text around each mention of ``name`` in the body: the 120 characters before it, the mention,
        and ``after`` characters after it."""
        person = next((p for p in self.persons if p.name == name), None)
        for mention in person.mentions if person else ():
            if mention.paragraph >= 1:
                text = self.paragraphs[mention.paragraph - 1]
                yield text[max(0, mention.start - 120) : mention.end + after if after else mention.start]

    def named_near(self, name: str, word: str) -> bool:
        """Whether ``word`` stands near a mention of ``name`` ("El líder del PP, Alberto Núñez Feijóo," for "PP")."""
        return any(word in around for around in self._around_mentions(name, after=120))

    def introduced_with(self, name: str, initials: str) -> bool:
        """Whether words with these initials stand before a mention of ``name`` ("Head of the Kharkiv
        Regional Military Administration Oleh Syniehubov" for "RMA")."""
        return any(
            initials in "".join(word[0] for word in re.findall(r"\b[A-Z][\w’'-]*", before))
            for before in self._around_mentions(name, after=0)
        )

    def person_in(self, paragraph: int, start: int, end: int, last: bool, where_ok=None) -> str | None:
        """The first (or last) person named in ``[start, end)``; not one named as an owner
        ("Mr Okafor's daughter, Grace, said", "Zelensky's office said"), who is not speaking;
        ``where_ok(mention start)``: whether a mention there may be the one."""
        text = self.paragraphs[paragraph - 1] if paragraph >= 1 else ""
        hits = [
            (m.start, p.name)
            for p in self.persons
            for m in p.mentions
            if m.paragraph == paragraph
            and m.start >= start
            and m.end <= end
            and not _POSSESSOR_RE.match(text, m.end)
            and not AGENT_FOR_RE.search(text, max(0, m.start - 80), m.start)  # "a spokesman for Rishi Sunak"
            and (where_ok is None or where_ok(m.start))
        ]
        if not hits:
            return None
        return (max(hits) if last else min(hits))[1]

    def declined_in(self, text: str) -> str | None:
        """The person whose surname ``text`` opens with in a Russian or Ukrainian case ending
        ("Путина", "Зеленського" after "по словам"/"за словами": Путин's, Зеленський's)."""
        word = text.split(maxsplit=1)[0].strip(",.") if text.strip() else ""
        if not _CYRILLIC_WORD_RE.fullmatch(word):
            return None
        for p in self.persons:
            surname = p.name.split()[-1]
            stem = surname.rstrip("аяийыоеіїьєю")  # ("Зеленський" declines from "Зеленськ-", "Кулеба" from "Кулеб-")
            if len(surname) - len(stem) > 2 or len(stem) < 3:
                continue
            if word != surname and word.startswith(stem) and len(word) - len(stem) <= 3:
                return p.name
        return None

    def owner_in(self, paragraph: int, start: int, end: int) -> str | None:
        """The person named in ``[start, end)`` as an owner ("Zelensky's message"), whom person_in
        passes over."""
        return next(
            (p.name for p in self.persons for m in p.mentions if m.paragraph == paragraph and start <= m.start < end),
            None,
        )

    def named_together(self, paragraph: int, start: int, end: int) -> bool:
        """Whether two people named in ``start:end`` stand side by side ("X and Y", "X, Y"); not one
        person and another's possession ("Leonid Volkov, Navalny's chief of staff,")."""
        text = self.paragraphs[paragraph - 1] if paragraph >= 1 else ""
        spans = sorted(
            (m.start, m.end, p.name)
            for p in self.persons
            for m in p.mentions
            if m.paragraph == paragraph and m.start >= start and m.end <= end and not _POSSESSOR_RE.match(text, m.end)
        )
        return any(
            a[2] != b[2] and _TOGETHER_RE.fullmatch(text[a[1] : b[0]]) for a, b in zip(spans, spans[1:], strict=False)
        )

    def by_role_later(self, words: set[str], where: tuple[int, int]) -> str | None:
        """The person first named after ``where`` whose titles fit the descriptor: "The French
        President assured that “…”" in a standfirst, before the story names Emmanuel Macron."""
        ranked = []
        for p in self.persons:
            score = len(words & self.roles[p.name])
            later = sorted((m.paragraph, m.start) for m in p.mentions if (m.paragraph, m.start) > where)
            if not score or not later or any((m.paragraph, m.start) < where for m in p.mentions if m.paragraph >= 1):
                continue
            # "shadow chancellor Jeremy Hunt" is not "the chancellor"
            paragraph, start = later[0]
            before = self.paragraphs[paragraph - 1][max(0, start - 30) : start].lower()
            if {q for q in _QUALIFIERS if re.search(rf"\b{q}\b", before)} - words:
                continue
            ranked.append((-score, later[0], p.name))
        return min(ranked)[2] if ranked else None

    def of_another_nation(self, name: str, nations: frozenset[str]) -> bool:
        """Whether ``name``'s titles name a country and none of ``nations``."""
        theirs = _nations(" ".join(self.roles[name])) if nations else frozenset()
        return bool(theirs) and not theirs & nations

    def by_nation(self, nations: frozenset[str], where: tuple[int, int]) -> str | None:
        """The person named before ``where`` whose titles name one of ``nations``; of several, the
        one who spoke (or was named) last."""
        fit = {
            p.name
            for p in self.persons
            if any((m.paragraph, m.start) < where for m in p.mentions if m.paragraph >= 1)
            and _nations(" ".join(self.roles[p.name])) & nations
        }
        earlier = [e for e in self.events if e[0] < where and e[1] in fit] or [
            e for e in self.mentions if e[0] < where and e[1] in fit
        ]
        return max(earlier, key=lambda e: e[0])[1] if earlier else None

    def by_role(
        self, words: set[str], where: tuple[int, int], nations: frozenset[str] = frozenset(), said_at: int = -1
    ) -> str | None:
        """The person named before ``where`` whose titles fit the descriptor best; of equals, the
        one who spoke last. A descriptor's country (``nations``: "the U.S. president") rules out
        a person whose titles name another ("French President Emmanuel Macron"). ``said_at``: where
        in the quote's paragraph the descriptor stands, when it does."""
        scored = {}
        for p in self.persons:
            if any((m.paragraph, m.start) < where for m in p.mentions if m.paragraph >= 1) and not (
                self.of_another_nation(p.name, nations)
            ):
                # (a title naming the descriptor's country counts once more: "the Polish minister" is
                # "his Polish counterpart Zbigniew Rau" before "Foreign Minister Dmytro Kuleba")
                fit = len(words & self.roles[p.name])
                scored[p.name] = fit + bool(fit and nations & _nations(" ".join(self.roles[p.name])))
        # "PSL leader X, who is also defence minister, ... “…,” said the deputy prime minister",
        # "Estonia's Hanno Pevkur called ... “…,” the Estonian minister said": the one person named
        # earlier in the quote's own paragraph, if no title of theirs says otherwise
        # (named before the descriptor: "The Spaniard added that Raya had “won us the game”" is not Raya's)
        upto = min(where[1], said_at) if said_at >= 0 else where[1]
        # (not one named as a preposition's object: "Speaking on Sunday with Laura Kuenssberg, the Prime
        # Minister said" is not hers)
        text = self.paragraphs[where[0] - 1] if where[0] >= 1 else ""
        here = [
            p
            for p in self.persons
            if any(
                m.paragraph == where[0]
                and m.start < upto
                and not _PREPOSITION_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
                for m in p.mentions
            )
        ]
        # ("The Ambassador … Bridget Brink expressed condolences. “…,” the diplomat wrote": a title of
        # the same kind)
        kin = set().union(*(_SAME_KIND.get(word, ()) for word in words))
        if len(here) == 1 and (
            scored.get(here[0].name) or not self.roles[here[0].name] & ROLES or kin & self.roles[here[0].name]
        ):
            return here[0].name
        top = max(scored.values(), default=0)
        if not top:
            return None
        best = {name for name, score in scored.items() if score == top}
        if len(best) == 1:
            return best.pop()
        earlier = sorted((e for e in self.events if e[0] < where and e[1] in best), key=lambda e: e[0])
        return earlier[-1][1] if earlier else None


# a preposition right before a name ("with Laura Kuenssberg", "to Joe Biden")
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:with|to|from|against|about)\s+$")


def _descriptor(subject: str) -> tuple[set[str], frozenset[str]]:
    """The title words and the countries a descriptor names ("the Polish minister": {"minister"},
    {"polish"})."""
    words = {w.lower() for w in _DESCRIPTOR_WORDS_RE.findall(subject)} - _GENERIC_WORDS
    for short in words & _SHORT_TITLES.keys():  # "the PM", "the CM": the title written short
        words = (words - {short}) | _SHORT_TITLES[short]
    for phrase, (gone, meant) in _TITLE_PHRASES.items():
        if phrase in subject.lower():  # "the head of state": the president, not any head
            words = (words - gone) | meant
    nations = _nations(subject)
    if seat := _SEAT_RE.search(subject):
        # "the tenant of the Elysée", "the Kremlin leader": the head of that country's government
        words, nations = _SEATS[(seat.group("seat") or seat.group("head_of")).lower()]
    return words, nations


# titles written as their initials ("the PM said", "the CM said")
_SHORT_TITLES = {"pm": frozenset({"prime", "minister"}), "cm": frozenset({"chief", "minister"})}


# A descriptor in the story's language ("« … », a déclaré le chef de l'Etat", "sagte der Kanzler"), read
# as its English one
_FOREIGN_DESCRIPTORS = {
    "le chef de l'etat": "the head of state",
    "le chef de l'état": "the head of state",
    "le chef du gouvernement": "the head of government",
    "le chef de la diplomatie": "the head of diplomacy",
    "le président": "the president",
    "la présidente": "the president",
    "le premier ministre": "the prime minister",
    "la première ministre": "the prime minister",
    "le ministre": "the minister",
    "la ministre": "the minister",
    "le chancelier": "the chancellor",
    "la chancelière": "the chancellor",
    "der kanzler": "the chancellor",
    "die kanzlerin": "the chancellor",
    "der bundeskanzler": "the chancellor",
    "der präsident": "the president",
    "die präsidentin": "the president",
    "der minister": "the minister",
    "die ministerin": "the minister",
    "el presidente": "the president",
    "la presidenta": "the president",
    "el ministro": "the minister",
    "la ministra": "the minister",
    "el jefe del gobierno": "the head of government",
    "el canciller": "the chancellor",
    "el mandatario": "the head of state",
    "la mandataria": "the head of state",
    "o presidente": "the president",
    "a presidente": "the president",
    "o ministro": "the minister",
    "a ministra": "the minister",
    "il presidente": "the president",
    "il ministro": "the minister",
    "il premier": "the prime minister",
    "la premier": "the prime minister",
    # (the leader, the spokesman, the mayor, the governor, the secretary: "señaló el líder popular", "ha
    # sottolineato il leader della Lega")
    "el líder": "the leader",
    "la líder": "the leader",
    "o líder": "the leader",
    "a líder": "the leader",
    "il leader": "the leader",
    "le leader": "the leader",
    "el portavoz": "the spokesman",
    "la portavoz": "the spokeswoman",
    "le porte-parole": "the spokesman",
    "il portavoce": "the spokesman",
    "o porta-voz": "the spokesman",
    "el alcalde": "the mayor",
    "la alcaldesa": "the mayor",
    "le maire": "the mayor",
    "il sindaco": "the mayor",
    "o prefeito": "the mayor",
    "el gobernador": "the governor",
    "o governador": "the governor",
    "il governatore": "the governor",
    "el secretario": "the secretary",
    "o secretário": "the secretary",
    "premierul": "the prime minister",
    "ministrul": "the minister",
    "președintele": "the president",
}
_FOREIGN_DESCRIPTOR_RE = re.compile(
    "^(?:"
    + "|".join(re.escape(k).replace("'", "['’]") for k in sorted(_FOREIGN_DESCRIPTORS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

# "der FDP-Chef", "die Wirtschaftsministerin": a German descriptor, its title one word
_GERMAN_DESCRIPTOR_RE = re.compile(r"^(?:der|die)\s+(?P<title>[\w-]+)")

# "premier", "rzecznik rządu": a title opening the subject with no article before it
BARE_TITLE_NAME_WORDS = 4
_BARE_TITLE_RE = re.compile(r"^(?P<title>[a-ząćęłńóśźż]+)\b(?!-)")

# "the 34-year-old": a person by the age the story gave them
_AGE_DESCRIPTOR_RE = re.compile(r"^the\s+(?P<age>\d{1,3})-year-old\.?$", re.IGNORECASE)


_AND_A_BODY_RE = re.compile(
    r"\band\s+the\s+(?:[A-Z][\w’'-]*\s+){0,4}(?i:commission|council|ministry|government|office|department|agency|"
    r"parliament|committee|union|alliance|presidency)\b"
)


_PLACE_POSSESSIVE_RE = re.compile(r"^(?P<place>[A-Z][\w.-]+)['’]s\s+(?=[a-z])")


def _resolve(ctx: _Context, paragraph: int, text: str, start: int, end: int, where, *, last: bool):
    """(rule, speaker) for the attribution subject ``text[start:end]``."""
    subject = _AS_BEFORE_SUBJECT_RE.sub("", text[start:end].strip(" ,:;"))
    subject = _FOREIGN_DESCRIPTOR_RE.sub(lambda m: _FOREIGN_DESCRIPTORS[m.group(0).lower().replace("’", "'")], subject)
    if (german := _GERMAN_DESCRIPTOR_RE.match(subject)) and (post := english_post(german.group("title"))):
        subject = f"the {post}{subject[german.end() :]}"  # "sagte der FDP-Chef", "sagte die Wirtschaftsministerin"
    if (
        (bare := _BARE_TITLE_RE.match(subject))
        and bare.group("title") in ROLES
        and bare.group("title") not in HONORIFICS
        # (not a title before a name: "chief executive Karel White warned")
        and not any(word[:1].isupper() for word in subject.split()[1:BARE_TITLE_NAME_WORDS])
    ):
        # "– powiedział premier na konferencji": a title with no article, as Polish writes it
        subject = f"the {english_post(bare.group('title')) or bare.group('title')}{subject[bare.end() :]}"
    if (owner := _PLACE_POSSESSIVE_RE.match(subject)) and (
        adjective := COUNTRY_ADJECTIVES.get(owner.group("place").lower())
    ):
        subject = f"the {adjective} {subject[owner.end() :]}"  # "Finland's prime minister": the Finnish one
    elif owner and owner.group("place").lower() in NOT_NAMES:
        subject = "the " + subject[owner.end() :]  # "Ukraine's foreign minister": the foreign minister
    if not subject:
        found, speaker = ctx.last_speaker(where)
        return ("context", speaker) if found else ("none", None)
    person = ctx.person_in(paragraph, start, end, last)
    if person and (ctx.named_together(paragraph, start, end) or _AND_A_BODY_RE.search(subject)):
        # "Joe Biden and Olaf Scholz said", "Josep Borrell and the European Commission said": two speak,
        # neither alone
        return "unnamed-source", None
    if person:
        return "named", person
    if m := _PRONOUN_RE.match(subject) or _CLAUSE_PRONOUN_RE.search(subject):
        found, speaker = ctx.last_speaker(where, m.group("pronoun"))
        return ("pronoun", speaker) if found else ("none", None)
    if subject == "I" and (answer := _ANSWER_LABEL_RE.match(text)):
        # "Kuleba: I have learned … “We will get Taurus one day,” I told my German colleagues.": in an
        # interview's answer, "I" is the one who answers
        person = ctx.person_in(paragraph, answer.start("name"), answer.end("name"), last=True)
        if person:
            return "pronoun", person
    if _RELATIVE_RE.match(subject):
        # "..., Dmitri Peskov, who accused Brussels of “…”": the person the clause hangs on
        person = ctx.person_in(paragraph, _sentence_start(text, start), start, last=True)
        if person:
            return "named", person
        # "“…”, the Spanish president has underlined, who recalled that “…”": the one who just spoke
        if _CLOSE_MARK_RE.search(text, _sentence_start(text, start), start):
            found, speaker = ctx.last_speaker(where)
            if found:
                return "context", speaker
    if age := _AGE_DESCRIPTOR_RE.match(subject):
        aged = ctx.aged(age.group("age"), where)
        if aged and aged[0]:
            # "Sarah Jenkins, 34, … “…,” the 34-year-old said"; not one the story gave another age
            return "descriptor", aged[0]
        if speaker := ctx.unaged_speaker(where):
            # "The charity's chair, Margaret Ellis, said … “…,” the 62-year-old added": an age the story gives no
            # one, of the one who spoke last in the paragraph, whose age it never gave
            return "descriptor", speaker
        if aged:
            return "descriptor", None
    if (
        _UNNAMED_RE.search(subject)
        or not subject.lower().startswith("the ")
        or _INSTITUTION_RE.search(subject)
        or _MANY_RE.match(subject)
        or ((m := _INITIALS_SUBJECT_RE.match(subject)) and m.group("initials").lower() not in ROLES)
    ):
        return "unnamed-source", None
    words, nations = _descriptor(subject)
    said_at = start if paragraph == where[0] else -1
    speaker = ctx.by_role(words, where, nations, said_at=said_at)
    if speaker is None and nations and ctx.by_role(words, where, said_at=said_at):
        # "The U.S. president" where only the French one is named: not him. But "Vladimir Putin has
        # warned … the Russian president said": the one who just spoke, named with no title at all
        # (who spoke in this paragraph or the one before: not someone named long ago)
        found, speaker = ctx.last_speaker(where)
        spoke_at = max((e[0] for e in ctx.events if e[0] < where and e[1] == speaker), default=(0, 0))
        if found and speaker and not ctx.roles[speaker] and spoke_at[0] >= where[0] - 1:
            return "descriptor", speaker
        return "descriptor", None
    if speaker is None:
        if _introduced_unnamed(subject, text[:start]):
            return "unnamed-source", None
        if nations and (countryman := ctx.by_nation(nations, where)):
            return "descriptor", countryman  # "the American diplomat": the one whose titles say "US"
        found, speaker = ctx.last_speaker(where)
        if not found:
            speaker = ctx.by_role_later(words, where)
        if speaker and ctx.of_another_nation(speaker, nations):
            speaker = None
        if speaker and _another_post(words, ctx.roles[speaker]):
            speaker = None  # "the minister said" after a spokesman spoke: someone the story did not name
    if speaker and (body := _OF_INITIALS_RE.search(subject)) and not ctx.introduced_with(speaker, body.group(1)):
        speaker = None  # "the head of the IAEA" is not the head of the Kharkiv Regional Military Administration
    if speaker and (body := _OF_BODY_RE.search(subject)) and not ctx.named_near(speaker, body.group("body")):
        speaker = None  # "il leader della Lega" is not the leader of the PP named before
    return "descriptor", speaker


# "Kuleba: …", "Dmytro Kuleba: …": an interview's answer, under the name of the one who gives it
# ("NATO Secretary General Jens Stoltenberg: …", "Prime Minister of Sweden Ulf Kristersson: …": a
# transcript's label, the title before the name)
_ANSWER_LABEL_RE = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’.-]+|of|the|for|de|von|van|der)){0,7}):\s")
# "(Through interpreter)", "(Laughter)": a transcript's note before the words
_STAGE_NOTE_RE = re.compile(r"\s*\((?:[\w'’-]+\s*){1,4}\)\s*")
# "STEVE INSKEEP, HOST:", "JOANNA KAKISSIS, BYLINE:": a broadcast transcript's label for its own journalists
_JOURNALIST_LABEL_RE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]+){0,3}),\s+(?i:byline|host|anchor|correspondent|reporter)\s*:"
)
# An interview set out as its speakers' names and their words has this many labelled paragraphs at least
MIN_INTERVIEW_TURNS = 4


def _interview_answerers(ctx: _Context, paragraphs: list[str]) -> dict[int, str]:
    """The paragraphs of an interview set out by who speaks ("Kyiv Dispatch: How bad will it be? /
    Herman Halushchenko: It will be difficult."), and the person each answer is by: where at least
    MIN_INTERVIEW_TURNS paragraphs open with a label, a person's name taking turns with another
    label that names no one (the interviewer's, "Q", the newsroom's)."""
    labels = {no: m for no, text in enumerate(paragraphs, 1) if (m := _ANSWER_LABEL_RE.match(text))}
    if len(labels) < MIN_INTERVIEW_TURNS:
        return {}
    # ("JOANNA KAKISSIS, BYLINE: …" in a radio transcript: the reporter, whose lines are the story's own)
    journalist_labels = {no: m for no, text in enumerate(paragraphs, 1) if (m := _JOURNALIST_LABEL_RE.match(text))}
    journalists = {ctx.person_in(no, 0, m.end("name"), last=True) for no, m in journalist_labels.items()}
    # ("CLAY MASTERS, BYLINE: …" then "MASTERS: …": the reporter's later turns, by the surname alone)
    journalist_names = {
        form
        for m in journalist_labels.values()
        for form in (m.group("name").upper(), m.group("name").split()[-1].upper())
    }
    people = {no: ctx.person_in(no, 0, m.end("name"), last=True) for no, m in labels.items()}
    people = {
        no: None if person in journalists or labels[no].group("name").upper() in journalist_names else person
        for no, person in people.items()
    }
    if not any(people.values()) and (guest := _guest(ctx, labels)):
        # "Q: … / A: …" under an introduction naming one person: the answers are that person's
        people = {no: guest if m.group("name").lower() in _ANSWER_LABELS else None for no, m in labels.items()}
    asked = any(person is None for person in people.values())
    answers = {no: person for no, person in people.items() if person}
    # (two or more answering only where the questions are labelled as questions: a joint press conference's
    # "Question:", not a live page's "Update:")
    questioned = any(
        people[no] is None
        and (m.group("name").lower() in _QUESTION_LABELS or m.group("name").upper() in journalist_names)
        for no, m in labels.items()
    )
    if not (asked and len(answers) >= 2 and (len(set(answers.values())) == 1 or questioned)) and not _turns_taken(
        [people[no] for no in sorted(labels)], [paragraphs[no - 1] for no in sorted(labels)]
    ):
        return {}
    # an answer goes on in the paragraphs under it until the next label ("NATO Secretary General Jens
    # Stoltenberg: Good afternoon. … / Allies agreed to step up support …")
    for no in range(min(answers), len(paragraphs) + 1):
        if (
            no not in labels
            and no - 1 in answers
            and not any(mark in paragraphs[no - 1] for mark in _MARKS)
            and any(c.isalpha() for c in paragraphs[no - 1])  # (not a transcript's cut, "<…>")
            # ("Pevkur will travel to Washington next week.": the story again, naming them)
            and not re.search(rf"\b{re.escape(surname_of(answers[no - 1]))}\b", paragraphs[no - 1])
        ):
            answers[no] = answers[no - 1]
    return answers


def _turns_taken(speakers: list[str | None], texts: list[str]) -> bool:
    """Whether labels that all name people take turns, one of them speaking again after another (a
    meeting's transcript: "Vladimir Putin: … / Elvira Nabiullina: … / Vladimir Putin: …"), each turn
    ending as speech does (a live page's headings, "Zelensky: Russia preparing new offensive", end
    with no stop)."""
    if None in speakers or not all(_SPOKEN_END_RE.search(text) for text in texts):
        return False
    return any(speakers[i] in speakers[:i] and speakers[i] != speakers[i - 1] for i in range(1, len(speakers)))


_SPOKEN_END_RE = re.compile(r"[.!?…,:;][\"”’)]?\s*$")


_QUESTION_LABELS = frozenset("q question questions moderator interviewer journalist reporter".split())
_ANSWER_LABELS = frozenset("a answer".split())


def _guest(ctx: _Context, labels: dict[int, re.Match]) -> str | None:
    """The one person named above an interview labelled "Q:" and "A:", who answers."""
    names = [m.group("name").lower() for m in labels.values()]
    if not (any(n in _QUESTION_LABELS for n in names) and sum(n in _ANSWER_LABELS for n in names) >= 2):
        return None
    first = min(labels)
    named = {p.name for p in ctx.persons if any(0 <= m.paragraph < first for m in p.mentions)}
    return named.pop() if len(named) == 1 else None


# "the head of the RMA": a post in a body named by its initials
_OF_INITIALS_RE = re.compile(r"\bof\s+the\s+([A-Z]{2,6})$")
# what a title is of, by its name, in the story's language: "il leader della Lega", "el líder del PP"
_OF_BODY_RE = re.compile(r"\b(?:della|dello|del|de la|do|da|du|des)\s+(?P<body>[A-Z][\w’'-]+)")


# Where a head of state or government sits, as periphrases name them: (their title's words, country)
_SEATS = {
    "élysée": ({"president"}, frozenset({"french"})),
    "elysée": ({"president"}, frozenset({"french"})),
    "elysee": ({"president"}, frozenset({"french"})),
    "white house": ({"president"}, frozenset({"us"})),
    "kremlin": ({"president"}, frozenset({"russian"})),
    "downing street": ({"prime", "minister"}, frozenset({"uk"})),
    "palazzo chigi": ({"prime", "minister"}, frozenset({"italian"})),
    "moncloa": ({"prime", "minister"}, frozenset({"spanish"})),
    "bankova": ({"president"}, frozenset({"ukrainian"})),
}
_SEAT_NAMES = "|".join(sorted(_SEATS, key=len, reverse=True))
_SEAT_RE = re.compile(
    rf"\b(?:tenant|occupant|master|host|resident|inhabitant)s?\s+of\s+(?:the\s+)?(?P<seat>{_SEAT_NAMES})\b"
    rf"|^the\s+(?P<head_of>{_SEAT_NAMES})\s+(?:leader|chief|boss|master)$",
    re.IGNORECASE,
)


# Posts no other post is: "the minister" is never the spokesman who spoke last
_POSTS = frozenset(
    """president minister chancellor spokesman spokeswoman spokesperson ambassador governor mayor senator
    general admiral colonel commissioner premier secretary-general speaker judge prosecutor""".split()
)


# what someone is who holds no post: "the shop owner said", "the victim's mother said", never the prosecutor
_LAY_ROLES = frozenset(
    """owner victim witness resident survivor neighbour neighbor mother father wife husband daughter son sister
    brother widow relative passenger customer shopper patient parent""".split()
)


def _another_post(words: set[str], titles) -> bool:
    """Whether the descriptor's post and the person's titles are different posts (or the descriptor
    names someone with none, and the person has one)."""
    theirs = _POSTS & {t.lower() for t in titles}
    ours = _POSTS & words
    return bool(theirs and ((ours and not ours & theirs) or (not ours and words & _LAY_ROLES)))


# the ways one country is written in a title ("U.S.", "US", "American")
_SAME_NATION = {
    "u.s.": "us",
    "u.s": "us",
    "usa": "us",
    "american": "us",
    "british": "uk",
    "u.k.": "uk",
    # a nationality's noun for its adjective: "the Briton insisted", "the Spaniard said"
    "briton": "uk",
    "brit": "uk",
    "englishman": "uk",
    "frenchman": "french",
    "frenchwoman": "french",
    "dutchman": "dutch",
    "spaniard": "spanish",
    "swede": "swedish",
    "dane": "danish",
    "finn": "finnish",
    "pole": "polish",
    "turk": "turkish",
}
_NATION_WORDS = (TITLE_PREFIXES | _SAME_NATION.keys()) - {"white", "house", "nato", "eu", "un", "european"}


def _nations(text: str) -> frozenset[str]:
    """The countries a title names ("the U.S. president": {"us"})."""
    words = text.lower().replace(",", " ").split()
    return frozenset(_SAME_NATION.get(w, w) for w in words if w in _NATION_WORDS)


# Titles a descriptor's word covers: "the diplomat said" of an ambassador or an envoy
_SAME_KIND = {
    "diplomat": frozenset({"ambassador", "envoy", "consul"}),
    "envoy": frozenset({"ambassador", "diplomat"}),
    "ambassador": frozenset({"envoy"}),
}
# What a periphrasis for a title means: (its words, the title's words)
_TITLE_PHRASES = {
    "head of state": (frozenset({"head", "state"}), frozenset({"president"})),
    "head of government": (frozenset({"head", "government"}), frozenset({"prime", "minister"})),
    "head of diplomacy": (frozenset({"head", "diplomacy"}), frozenset({"foreign", "minister"})),
    # "the head of the State Department": the Secretary of State
    "head of the state department": (frozenset({"head", "state", "department"}), frozenset({"secretary"})),
    "chief diplomat": (frozenset({"chief", "diplomat"}), frozenset({"foreign", "minister"})),
    "top diplomat": (frozenset({"top", "diplomat"}), frozenset({"foreign", "minister"})),
    # ("the premier declared" of Prime Minister Giorgia Meloni; a Premier keeps the word too)
    "premier": (frozenset(), frozenset({"prime", "minister"})),
}


def _introduced_unnamed(subject: str, before: str) -> bool:
    """ "According to one EU diplomat, … “…,” the diplomat said": the descriptor's noun came in
    unnamed earlier in the paragraph, so it is that unnamed person speaking, not the last one named."""
    head = subject.split()[-1].lower()
    return bool(re.search(rf"\b(?:one|a|an|another)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b", before, re.IGNORECASE))


# "was how X summed up …", "these were the words of X", "such was the reply of X", "was X's reply"
_WORDS_OF_RE = re.compile(
    r"(?:(?:(?:that|this|which)\s+)?(?:was|is) how\s+(?P<subj>(?:the\s+)?[^,.;:]{2,60}?)\s+(?:\w+ed|put it|sees it|saw it)\b"
    r"|(?:these|those|such) (?:were|are|was|is) (?:the )?(?:words|reply|response|answer) of\s+(?P<of>[^,.;:]{2,60})"
    # "“…,” was Zelensky's reply", "“…” was the minister's verdict"
    r"|(?:was|were|is|came) (?P<own>(?:the\s+)?[^,.;:“”\"]{2,60}?)['’]s\s+(?:\w+\s+)?"
    r"(?:reply|response|answer|verdict|message|warning|comment|retort|assessment|view|words|reaction)\b)",
    re.IGNORECASE,
)


# "“…” This was stated by the Minister … Dmytro Kuleba.", "“…”. These are the words of the Polish
# minister.", "That was the message from …": the sentence after a quote that ends its own names who said it
_NEXT_SENTENCE_CUE_RE = re.compile(
    r"\s*[.!?…]?\s*(?:(?:This|That|It|These words|Those words)\s+(?:was|were|is|are|has been|have been)\s+"
    r"(?:[a-z]+\s+)?(?:stated|said|announced|declared|written|noted|reported|emphasi[sz]ed|stressed|told)\s+"
    r"(?:[a-z]+\s+){0,4}?by\s+(?P<subj>[^.;:!?“”\"«»]{2,120})"
    r"|(?:These|Those|Such)\s+(?:were|are|was|is)\s+(?:the\s+)?(?:words|reply|response|answer)\s+of\s+"
    r"(?P<of>[^.;:!?“”\"«»]{2,80})"
    # "That was the message from Defence Minister Rustem Umerov on Tuesday."
    r"|(?:This|That)\s+(?:was|is)\s+the\s+(?:[a-z]+\s+)?(?:message|warning|verdict|assessment|promise|pledge|reply|"
    r"response|answer)\s+(?:from|of)\s+(?P<from>[^.;:!?“”\"«»]{2,80})"
    # "That was Berg's verdict on Monday.", "This was the minister's reply."
    r"|(?:This|That)\s+(?:was|is)\s+(?P<own>(?:the\s+)?[^.;:!?“”\"«»,]{2,60}?)['’]s\s+(?:[a-z]+\s+)?(?:message|warning|"
    r"verdict|assessment|reply|response|answer|view|reaction|retort)\b)"
)


def _next_sentence_speaker(ctx, no, text, m, quote):
    """(rule, speaker) for the one a _NEXT_SENTENCE_CUE_RE match in paragraph ``no`` names."""
    group = next(name for name in ("subj", "of", "from", "own") if m.group(name))
    if group == "own" and (owner := ctx.owner_in(no, m.start(group), m.end(group))):
        return "named", owner  # "That was Berg's verdict": her words
    return _resolve(ctx, no, text, m.start(group), m.end(group), (quote.paragraph, quote.start), last=False)


def _stated_below(ctx, no, below, quote):
    """A paragraph that is all quote, and under it "This was stated by X …": X said it."""
    if not (m := _NEXT_SENTENCE_CUE_RE.match(below)):
        return None
    rule, speaker = _next_sentence_speaker(ctx, no + 1, below, m, quote)
    return (rule, speaker, m.group(0).strip(" .")) if speaker else None


# "Interfax quoted Peskov as saying", "cited him as saying": the one quoted speaks
_QUOTING_RE = re.compile(
    r"\b(?:quoted|cited)\s+(?P<subj>[^,“”\"«».;:]{2,80}?)\s+as\s+(?:saying|telling|stating|writing)\b"
)
# "was quoted by the TASS news agency as saying": the one quoted is the subject before it
_QUOTED_PASSIVE_RE = re.compile(
    r"\s(?:was|were|is|has been|had been)\s+(?:also\s+)?quoted\s+(?:by\s+[^,“”\"«».;:]{2,60}?\s+)?"
    r"as\s+(?:saying|telling|stating|writing)\b"
)
_QUOTED_SUBJECT_RE = re.compile(r"[^,“”\"«».;:]{2,60}")
# what may stand before it right after a quote: the one quoting ("the statement", "RIA Novosti")
_QUOTING_RE_ANCHOR = re.compile(r"(?:[^,“”\"«».;:]{1,60}?\s(?=(?:quoted|cited)\s))?")


def _quoted_as_saying(ctx, no, text, offset, m, where):
    """(rule, speaker, cue) for "quoted X as saying" matched at ``offset`` in ``text``."""
    if m.group("subj") in ("him", "her"):
        found, speaker = ctx.last_speaker(where, "he" if m.group("subj") == "him" else "she")
        rule = "pronoun" if found else "none"
    else:
        rule, speaker = _resolve(ctx, no, text, offset + m.start("subj"), offset + m.end("subj"), where, last=False)
    return rule, speaker, text[offset : offset + m.end()].strip(" ,")


# Turkish's verbs of speech after the quote: '"…" dedi', '"…" diye konuştu', '"…" ifadesini kullandı'
_TURKISH_VERB_AFTER_RE = re.compile(
    r"^(?:dedi|diye (?:konuştu|belirtti|ekledi|açıkladı|vurguladı|sordu|seslendi|yanıt verdi)|"
    r"ifadesini kullandı|ifadelerini kullandı|şeklinde konuştu|açıklamasında bulundu)\b"
)
# and its subject before the quote, set off by a comma: 'Erdoğan, "…"'
_TURKISH_SUBJECT_RE = re.compile(r"(?P<subj>[A-ZÇĞİÖŞÜ][\w'’-]*(?:\s+[A-ZÇĞİÖŞÜ][\w'’-]*){0,3}),\s*$")
# "„…“, so Scholz.", "„…“, so der Kanzler.": "so" and the speaker, closing the sentence
_SO_NAME_RE = re.compile(r"^so\s+(?P<subj>(?:(?:der|die)\s+)?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})\s*[.;]?$")
# "Police said laptops had been taken": a subject, "said", and what was said as a clause of its own
_REPORTED_SPEECH_RE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says)\s+(?!(?:in|on|at|during|after|before|from|to|while|via|late|earlier|"
    r"later|last|this|yesterday|today|tonight|when|as|of|through|with|by|afterwards|then|also|again|recently)\b)"
    r"(?:that\s+)?(?:[a-z][\w'’-]*\s+){0,3}(?:had|has|have|was|were|is|are|would|will|could|should|might|may|did|"
    r"does|do|been)\b"
)


# "a-t-il ajouté", "a-t-elle déclaré"; "sagte er", "fügte sie hinzu": French and German put the
# pronoun after the verb
_FOREIGN_PRONOUN_CUE_RE = re.compile(
    r"(?:a-t-(?P<pronoun>il|elle)\s+(?:ajouté|déclaré|dit|affirmé|expliqué|souligné|estimé|assuré|poursuivi|"
    r"précisé|insisté|martelé|lancé|répondu|indiqué|prévenu|averti|réagi|rappelé|confié|jugé|reconnu|écrit|"
    r"commenté|regretté|dénoncé|confirmé|observé|résumé|tranché|ironisé|admis|raconté|promis|annoncé)"
    rf"|(?:{GERMAN_SPEECH_VERBS}|fügte|erklärt|betont)\s+(?P<pronoun2>er|sie)\b"
    # "«…», – додав він", "– сказала она": Ukrainian and Russian too
    rf"|(?:{SLAVIC_CYRILLIC_SPEECH_VERBS})\s+(?P<pronoun3>він|вона|он|она)\b"
    # "“…”, escreveu ela", "„…”, a afirmat el": Portuguese, Spanish, Italian and Romanian ("dijo el ministro":
    # "el" there is the article)
    rf"|(?:{PRO_DROP_SPEECH_VERBS})\s+(?P<pronoun4>ele|ela|él|ella|lui|lei|(?:el|ea)(?=\s*(?:[.,;!?]|$)))"
    # "“…”, zegt hij": Dutch ("ze" may be "they")
    rf"|(?:{DUTCH_SPEECH_VERBS})\s+(?P<pronoun5>hij|zij)\b"
    # "– …, säger han", "– …, sier hun": Swedish, Norwegian and Danish
    rf"|(?:{NORDIC_SPEECH_VERBS})\s+(?P<pronoun6>han|hon|hun)\b)",
    re.IGNORECASE,
)


# "«Es una decisión histórica», añadió.", "…, ha aggiunto in conferenza stampa.": the verb with no
# subject (not "dijo el presidente", whose subject follows)
_PRO_DROP_CUE_RE = re.compile(
    rf"(?P<verb>{PRO_DROP_SPEECH_VERBS})"
    # ("señaló a EFE": "a" before a name is Spanish's "to")
    r"(?!\s+(?:el|la|los|las|il|lo|gli|le|o|os|as|un|una|um|uma)\b)(?!\s+a\s+(?![A-ZÁÉÍÓÚ]))"
    # ("añadió en Bruselas": a place after its preposition)
    r"(?:\s+(?:en|a|de|desde|in|da|em|para|con)\s+[A-ZÁÉÍÓÚ][\w-]*|\s+[a-záéíóúñàèìòù]+){0,6}\s*[.;]?$"
)


def _after_cue(ctx, no, text, quote, stop):
    """Attribution right after the closing mark: "…,” X said" or "…,” said X" or ", according to X"."""
    begin = quote.close_at + 1 if quote.close_at >= 0 else quote.end
    ended = text[quote.end - 1 : quote.end] in (".", "!", "?", "…") or text[begin : begin + 1] in (".", "!", "?")
    if ended and (m := _NEXT_SENTENCE_CUE_RE.match(text, begin, stop)):
        rule, speaker = _next_sentence_speaker(ctx, no, text, m, quote)
        return rule, speaker, m.group(0).strip(" .")
    end = min(_sentence_end(text, begin), stop)
    segment = text[begin:end]
    lead = len(segment) - len(segment.lstrip(' ,”"’»;:—–-'))
    rest = segment[lead:]
    where = (no, quote.start)
    if (
        text[quote.end - 1 : quote.end] in (".", "!", "?")
        and quote.open_at > 0
        and text[_sentence_start(text, quote.open_at) : quote.open_at].strip()
        and rest[:1].isupper()
    ):
        # "Analysts at Jefferies called the results “a clean beat.” Ingo Becker … said …": the quote
        # closes a sentence of its own; the next one is no attribution of it
        return None
    if (
        text[quote.end - 1 : quote.end] in (".", "!", "?")
        and rest[:1].isupper()
        and _REPORTED_SPEECH_RE.match(rest)
        and quote.open_at > 0
        and any(mark in text[: quote.open_at] for mark in '”"»')
    ):
        # "“We are shocked,” said Emma Lord. “The children's work has been damaged.” Police said laptops had
        # been taken.": after a speaker's quote, a whole sentence quoted, then another's reported speech, which
        # tells what they said, not who said the quote
        return None
    if (m := _TURKISH_VERB_AFTER_RE.match(rest)) and quote.open_at > 0:
        # 'Erdoğan, "…" dedi.', '"…" diye konuştu.': Turkish puts its verb last, the speaker before the quote
        opened = text[_sentence_start(text, quote.open_at) : quote.open_at]
        if subject := _TURKISH_SUBJECT_RE.search(opened):
            s = quote.open_at - len(opened) + subject.start("subj")
            person = ctx.person_in(no, s, s + len(subject.group("subj")), last=True)
            if person:
                return "named", person, m.group(0)
        found, speaker = ctx.last_speaker(where)
        return ("context", speaker, m.group(0)) if found else None
    if m := _SO_NAME_RE.match(rest):
        # "„Wir investieren in die Zukunft“, so Scholz.": German's attribution with no verb
        s = begin + lead + m.start("subj")
        rule, speaker = _resolve(ctx, no, text, s, s + len(m.group("subj")), where, last=True)
        return rule, speaker, m.group(0).strip(" .")
    if m := _FOREIGN_PRONOUN_CUE_RE.match(rest):
        # "« … », a-t-il ajouté", "„…“, sagte sie": the verb, then "he" or "she", in the story's language
        said = next(
            m.group(g) for g in ("pronoun", "pronoun2", "pronoun3", "pronoun4", "pronoun5", "pronoun6") if m.group(g)
        )
        she = ("elle", "sie", "вона", "она", "ela", "ella", "lei", "ea", "zij", "hon", "hun")
        pronoun = "she" if said.lower() in she else "he"
        found, speaker = ctx.last_speaker(where, pronoun)
        return ("pronoun", speaker, m.group(0).strip()) if found else None
    if m := _PRO_DROP_CUE_RE.match(rest):
        # "«…», añadió.": Spanish, Italian and Portuguese leave the subject out: the one who spoke last
        found, speaker = ctx.last_speaker(where)
        return ("context", speaker, m.group("verb")) if found else None
    if (m := _QUOTED_PASSIVE_RE.search(rest)) and _QUOTED_SUBJECT_RE.fullmatch(rest, 0, m.start()):
        # "“…,” Peskov was quoted by TASS as saying": the subject before it is quoted
        s = begin + lead
        rule, speaker = _resolve(ctx, no, text, s, s + m.start(), where, last=True)
        return rule, speaker, text[s : s + m.end()].strip()
    if m := _QUOTING_RE.match(rest, _QUOTING_RE_ANCHOR.match(rest).end()):
        # "“…,” the statement quoted Sikorski as saying", "“…,” Interfax quoted him as saying": who is quoted
        return _quoted_as_saying(ctx, no, text, begin + lead, m, where)
    if m := _WORDS_OF_RE.match(rest):
        # "“…,” was how Zelensky summed it up", "“…” — that is how the president put it", "“…” - these were the words of the Ukrainian president"
        s, group = begin + lead, next(g for g in ("subj", "of", "own") if m.group(g))
        if group == "own" and (owner := ctx.owner_in(no, s + m.start(group), s + m.end(group))):
            return "named", owner, text[s : s + m.end()].strip()  # "was Zelensky's reply": his words
        rule, speaker = _resolve(ctx, no, text, s + m.start(group), s + m.end(group), where, last=False)
        return rule, speaker, text[s : s + m.end()].strip()
    if (m := _SUBJECT_VERB_RE.match(rest)) and rest[m.end() :].lstrip().startswith(":"):
        return None  # "He added: “…" introduces the next quote
    if m and _CONJUNCTION_RE.match(m.group("subj")):
        return None  # "… called it “powerful” and said …": the sentence's own subject speaks
    if m and _PREPOSITION_RE.match(m.group("subj")):
        return None  # "… urged his players to “be brave” against Slovakia as he defended …": the sentence goes on
    if m := _SUBJECT_VERB_RE.match(rest):
        s = begin + lead
        rule, speaker = _resolve(ctx, no, text, s + m.start("subj"), s + m.end("subj"), where, last=True)
        return rule, speaker, text[s : s + m.end()].strip()
    if m := _VERB_SUBJECT_RE.match(rest):
        if m.group("subj").lstrip().startswith(":"):
            return None
        s = begin + lead + m.start("subj")
        subj = m.group("subj")
        comma = subj.find(",")
        first = subj if comma < 0 else subj[:comma]
        span_end = s + len(first)
        if comma >= 0 and ctx.person_in(no, s, s + len(first), last=False) is None:
            apposition = ctx.person_in(no, s + comma, s + min(len(subj), comma + 60), last=False)
            if apposition:
                return "named", apposition, text[begin + lead : s + min(len(subj), comma + 60)].strip(" ,.")
        rule, speaker = _resolve(ctx, no, text, s, span_end, where, last=False)
        return rule, speaker, text[begin + lead : span_end].strip(" ,.")
    if m := _ACCORDING_RE.search(rest):
        s = begin + lead
        person = ctx.person_in(no, s + m.start("subj"), s + m.end("subj"), last=False)
        if person:
            return "according-to", person, m.group(0).strip()
        if titled := _according_to_title(ctx, no, text, s, m, where):  # "“…,” according to the president."
            rule, speaker, stop = titled
            return rule, speaker, text[s + m.start() : stop].strip()
    if segment[:lead].strip(' ,”"’»').startswith(("—", "–")) and len(rest.split()) <= 6:
        # "“Time is short” — Olaf Scholz": a dash and the name
        person = ctx.person_in(no, begin + lead, end, last=False)
        if person:
            return "named", person, segment.strip(" .")
    if m := _SUBJECT_WHO_VERB_RE.match(rest):
        # "“…,” one resident, who asked not to be named, told the BBC": the subject before its relative clause
        s = begin + lead
        rule, speaker = _resolve(ctx, no, text, s + m.start("subj"), s + m.end("subj"), where, last=False)
        return rule, speaker, text[s : s + m.end()].strip()
    if m := _APPOSED_SUBJECT_VERB_RE.match(rest):
        # "…”, the High Representative, Josep Borrell, has celebrated": a role, then the name
        s = begin + lead
        person = ctx.person_in(no, s + m.start("subj"), s + m.end("subj"), last=True)
        if person:
            return "named", person, text[s : s + m.end()].strip()
        # "… is “functionally inactive” after a string of attacks, the head of the UK armed forces
        # has said.": the sentence ends in a descriptor and its verb
        described = s + m.start("subj") + m.group("subj").rfind(",") + 1
        if (
            described > s + m.start("subj")
            and _DESCRIBED_TAIL_RE.match(text, described, s + m.end("subj"))
            and _CLOSING_WORDS_RE.match(text, s + m.end(), end)
        ):
            rule, speaker = _resolve(ctx, no, text, described, s + m.end("subj"), where, last=True)
            if rule == "descriptor":
                return rule, speaker, text[described : s + m.end()].strip()
        if who := _DESCRIBED_WHO_RE.match(m.group("subj")):
            # "“…,” the chancellor, who faces elections next year, said": the descriptor before "who"
            at = s + m.start("subj")
            rule, speaker = _resolve(ctx, no, text, at, at + who.end("desc"), where, last=True)
            if rule == "descriptor":
                return rule, speaker, text[s : s + m.end()].strip()
    return None


# "the chancellor, who faces elections next year": a descriptor and a clause on its holder
_DESCRIBED_WHO_RE = re.compile(r"(?P<desc>the\s+[^,]{2,60}),\s+who\s")


# "For the League leader Matteo Salvini, …" opening the sentence: whose view the sentence gives
_FOR_PERSON_RE = re.compile(r"^\s*For\s+(?P<subj>[^,“”\"«»]{3,80}),\s")
# "Zelensky's message was clear:", "Stoltenberg's answer was simple:": a person's words, then a colon
_WHOSE_MESSAGE_RE = re.compile(
    r"(?P<subj>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})['’]s\s+(?:(?:\w+\s+){0,2})?"
    r"(?:message|answer|reply|response|verdict|warning|words|position|point|argument)(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?:was|were|is|are)\b"
    r"[^.!?“”\"«»:]{0,40}:\s*$"
)
_SENTENCE_END_BEFORE_RE = re.compile(r"[.!?][”\"]?\s$")
# "Another resident, Sergey, said", "A farmer who heads a local union told": an indefinite subject,
# perhaps with what it is set off by commas, and its speech verb
_UNNAMED_SUBJECT_RE = re.compile(
    r"\b(?:Another|An?|One|A second|A third|His|Her|Their)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*"
    r"(?:\s+(?:who|from|in|at|with)\s+[^,.;:!?“”\"«»]{1,60}?)?"
    # ("A young man in the queue, who gave only his first name, Artjoms, said")
    r"(?:,[^.;:!?“”\"«»]{1,80}?,)?"
    rf"\s+(?:also\s+|later\s+)?(?:{SPEECH_VERBS})\b"
)
# ", he said,": a speaker's aside after the name the sentence is about
_ASIDE_SPEAKER_RE = re.compile(rf",\s+(?:he|she|they)\s+(?:{_VERBS}),")
# "Speaking to reporters, ", "On Tuesday, ": a short phrase opening a sentence before its subject
_OPENING_PHRASE_RE = re.compile(r"\s*[A-Z](?:[^\s,.;:“”\"]*\s+){0,4}[^\s,.;:“”\"]+,\s")
# "The Polish minister also said that …" opening a sentence
# (the pattern starts with its literal word, which the regex engine finds fast; a sentence's start
# before it is checked after)
_DESCRIBED_SUBJECT_RE = re.compile(
    r"(?P<subj>(?:The|(?<=, )the)\s+(?:[\w’'-]+\s+){1,4}?)(?:also\s+|then\s+|later\s+)?"
    r"(?:(?P<speech>said|added|told|noted|stressed|warned|insisted|explained|argued|declared|stated|underlined|"
    r"emphasi[sz]ed)|[a-z]{3,}ed)\b"
)


# ", the head of the armed forces has said." ends a sentence: a descriptor, its verb, and at most
# when or where
_DESCRIBED_TAIL_RE = re.compile(r"\s*the\s+[^“”\"«»]{2,80}$")
_CLOSING_WORDS_RE = re.compile(r"(?:\s+[^\s“”\"«»]+){0,6}\s*[.!]?\s*$")


def _according_to_title(ctx, no, text, offset, m, where):
    """(rule, speaker, where the title ends) for "according to the minister" matched by ``m`` at
    ``offset``: the one who holds the title, or None."""
    head = m.group("subj").split(",")[0].rstrip()
    if not re.match(r"the\s", head, re.IGNORECASE):
        return None
    at = offset + m.start("subj")
    rule, speaker = _resolve(ctx, no, text, at, at + len(head), where, last=False)
    return (rule, speaker, at + len(head)) if speaker else None


def _before_cue(ctx, no, text, quote, floor):
    """Attribution earlier in the quote's own sentence: "X said that “…" / "according to X, “…"."""
    start = max(_sentence_start(text, quote.open_at if quote.open_at >= 0 else quote.start), floor)
    segment = text[start : quote.open_at if quote.open_at >= 0 else quote.start]
    where = (no, quote.start)
    if quote.lead:
        at = text.rfind(quote.lead, 0, quote.start + 1)
        verb = _VERB_RE.search(quote.lead)
        if at >= 0 and verb:
            rule, speaker = _resolve(ctx, no, text, at, at + verb.start(), where, last=True)
            return rule, speaker, quote.lead.strip()
    if m := _QUOTED_PASSIVE_RE.search(segment):
        # "Peskov was quoted by TASS as saying that the claims were “…”": the sentence's subject
        rule, speaker = _resolve(ctx, no, text, start, start + m.start(), where, last=False)
        return rule, speaker, text[start : start + m.end()].strip(" ,")
    if m := _QUOTING_RE.search(segment):
        # "Interfax quoted Peskov as saying that Moscow would “…”": who is quoted, not who quotes
        return _quoted_as_saying(ctx, no, text, start, m, where)
    if m := _ACCORDING_RE.search(segment):
        person = ctx.person_in(no, start + m.start("subj"), start + m.end("subj"), last=False)
        person = person or ctx.declined_in(m.group("subj"))  # "По словам Путина": a surname in its case
        if person:
            return "according-to", person, m.group(0).strip(" ,")
        if _OBJECT_PRONOUN_RE.match(m.group("subj")):  # "According to him, ... “…”"
            found, speaker = ctx.last_speaker(where)
            if found:
                return "pronoun", speaker, text[start + m.start() : start + m.start("subj") + 3].strip(" ,")
        if titled := _according_to_title(ctx, no, text, start, m, where):  # "According to the minister, … “…”"
            rule, speaker, stop = titled
            return rule, speaker, text[start + m.start() : stop]
    if (m := _FOR_PERSON_RE.match(segment)) and (
        person := ctx.person_in(no, start + m.start("subj"), start + m.end("subj"), last=True)
    ):
        # "For the League leader Matteo Salvini, Macron's words are “dangerous”": the view is Salvini's
        return "named", person, m.group(0).strip(" ,")
    if (m := _WHOSE_MESSAGE_RE.search(segment)) and (
        person := ctx.owner_in(no, start + m.start("subj"), start + m.end("subj"))
    ):
        # "Zelensky's message was clear: “…”": the words are the owner's
        return "named", person, m.group(0).strip(" ,:")
    if m := _THEIR_WORDS_RE.search(segment):  # "In his words, “…”"
        found, speaker = ctx.last_speaker(where, {"his": "he", "her": "she"}[m.group("whose").lower()])
        if found:
            return "pronoun", speaker, m.group(0)
    if m := _PARTICIPLE_CUE_RE.search(segment):
        # "Zelensky welcomed the decision, calling it “…”": the sentence's subject speaks
        rule, speaker = _resolve(ctx, no, text, start, start + m.start(), where, last=False)
        if rule != "none":
            return rule, speaker, segment.strip(" ,:")
    # "that the state “…”", "a note": a noun the article or a possessive marks, not a verb
    verbs = [v for v in _VERB_RE.finditer(segment) if not _DETERMINER_BEFORE_RE.search(segment, 0, v.start())]
    if (belief := _BELIEF_CLAUSE_RE.search(segment)) and (not verbs or verbs[-1].end() <= belief.start()):
        verbs.append(belief)
    if not verbs:
        if _NAME_COLON_RE.match(segment):  # "Zelensky: “We will return every piece of our land.”"
            person = ctx.person_in(no, start, start + len(segment), last=True)
            if person:
                return "named", person, segment.strip(" :")
        if segment.rstrip().endswith(":"):
            # "The head of Lithuanian diplomacy, Gabrielius Landsbergis, has been more forceful: “…”":
            # the sentence that announces the quote has its speaker for subject
            person = ctx.person_in(no, start, start + len(segment), last=False)
            if person and ctx.named_together(no, start, start + len(segment)):
                return "unnamed-source", None, segment.strip(" :")  # "X and Y issued a joint statement: “…”"
            if person:
                return "named", person, segment.strip(" :")
        return None
    verb = verbs[-1]
    # "In a joint statement, Joe Biden and Olaf Scholz said …": two speak, neither alone
    joint_from = start + segment.rfind(",", 0, verb.start()) + 1
    if ctx.named_together(no, joint_from, start + verb.start()):
        return "unnamed-source", None, text[joint_from : start + verb.end()].strip(" ,")
    clause_start = 0
    # an age set off by commas is part of the subject ("Priya Shah, 41, said: ...")
    plain = _AGE_RE.sub(lambda m: " " * len(m.group(0)), segment)
    for sep in (",", " that ", " and ", " but ", " while ", " whereas ", " as ", " after ", " because ", " although "):
        at = plain.rfind(sep, 0, verb.start())
        if at >= 0:
            clause_start = max(clause_start, at + len(sep))
    subj_start, subj_end = start + clause_start, start + verb.start()
    between = segment[clause_start : verb.start()]
    if between.strip().lower() == "who" and (comma := plain.rfind(",", 0, verb.start())) > 0:
        # "…, who said it was “…”": the one named right before the comma, or the one described there
        rule, speaker = _who_before(ctx, no, text, start, start + comma, where)
        return rule, speaker, text[start : start + verb.end()].strip(" ,")
    if not between.strip(' ,”"’') and "”" not in between and '"' not in between:
        if _AND_BEFORE_RE.search(segment, 0, verb.start()):
            # "Modi held talks with Zelensky in Kyiv and said India was “never neutral”": a second verb
            # with no subject of its own is the sentence subject's, not the last one named's
            subject = ctx.person_in(
                no, start, start + verb.start(), last=False, where_ok=lambda at: _opens_its_part(text, start, at)
            )
            if subject:
                return "named", subject, text[start : start + verb.end()].strip(" ,")
            # "He met Zelensky and said …": his, not Zelensky's
            if pronoun := _pronoun_subject(ctx, no, text, _sentence_start(text, start), start + verb.end(), where):
                return pronoun
        # "The business secretary, Kemi Badenoch, said ...": the name set off before the verb; not
        # one inside a relative clause ("Ennahda, the party that Ghannouchi leads, condemned")
        # (nor one in an aside: "Joe Biden, speaking as Volodymyr Zelensky looked on, said")
        person = ctx.person_in(
            no,
            start,
            start + verb.start(),
            last=True,
            where_ok=lambda at: (
                not _in_relative_clause(text, start, at)
                and not _in_aside(text, start, at)
                and not _linked_in_apposition(text, start, at, start + verb.start())
            ),
        )
        if person and ctx.named_together(no, start, start + verb.start()):
            return "unnamed-source", None, text[start : start + verb.end()].strip(" ,")
        if person:
            return "named", person, text[start : start + verb.end()].strip(" ,")
        if _OBJECT_VERB_RE.fullmatch(verb.group(0).split()[-1]) and "," in segment[: verb.start()]:
            # "Ennahda, the Islamist party ..., condemned the arrest as “…”": what follows the verb
            # is its object; the subject is the first part, set off before it
            first_end = start + segment.index(",")
            rule, speaker = _resolve(ctx, no, text, start, first_end, where, last=False)
            return rule, speaker, text[start : start + verb.end()].strip(" ,")
        if _COORDINATED_RE.search(segment[: verb.start()]):
            # "President William Ruto called it “treasonous” and said ... “…”": the sentence's subject
            sentence = _sentence_start(text, start)
            person = ctx.person_in(no, sentence, start + verb.start(), last=False)
            if person:
                return "named", person, text[sentence : start + verb.end()].strip(" ,")
            # "He did not give a new target, but said 2% was “not nearly enough”": "he" is the subject
            if pronoun := _pronoun_subject(ctx, no, text, sentence, start + verb.end(), where):
                return pronoun
    if not between.strip(' ,”"’'):
        tail = segment[verb.end() :]
        stop = len(tail)
        for sep in (",", " before ", " after ", " when ", " that ", " who "):
            at = tail.find(sep)
            if at >= 0:
                stop = min(stop, at)
        subj_start, subj_end = start + verb.end(), start + verb.end() + stop
        before = segment[: verb.start()]
        if (
            not tail[:stop].strip(" ,:;")
            and _LINKING_WORDS_RE.sub("", before).strip(" ,;:—–-")
            and len(before.split()) <= MAX_SUBJECT_CLAUSE_WORDS
            and not _VERB_RE.search(before)
        ):
            # Nothing after the verb names the speaker, so what stands before it does: "Moscow, for
            # its part, claimed that “…”" (a place), "Mr Okafor's daughter, Grace, said: “…”" (the
            # person named is not the one speaking). Only "..., and added: “…”" goes on from before.
            rule, speaker = _resolve(ctx, no, text, start, start + verb.start(), where, last=True)
            return rule, speaker, segment[: verb.end()].strip(" ,")
        if (
            "," in before
            and _DETERMINER_OPENING_RE.match(tail[:stop].strip())
            and not ctx.person_in(no, subj_start, subj_end, last=False)
            and not _descriptor(tail[:stop])[0] & ROLES
        ):
            # "A senior EU diplomat, who spoke on condition of anonymity, said the deal “…”": what
            # follows the verb is no one, so the subject set off before it speaks
            first_end = start + segment.index(",")
            rule, speaker = _resolve(ctx, no, text, start, first_end, where, last=False)
            return rule, speaker, text[start : start + verb.end()].strip(" ,")
        rule, speaker = _resolve(ctx, no, text, subj_start, subj_end, where, last=False)
    else:
        rule, speaker = _resolve(ctx, no, text, subj_start, subj_end, where, last=True)
    return rule, speaker, text[min(subj_start, start + verb.start()) : max(subj_end, start + verb.end())].strip(" ,")


def _who_before(ctx, no, text, start, comma, where):
    """(rule, speaker) for "who" after ``text[start:comma]``: a person named right before the comma
    ("Joe Biden, who said"), a descriptor there ("the minister, who said"), or no one named ("Biden
    pressed lawmakers, who said")."""
    named_to = comma
    before = text.rfind(",", start, comma)
    if before > start and _DETERMINER_OPENING_RE.match(text[before + 1 : comma].lstrip()):
        named_to = before  # "Charles Michel, the president of the European Council, who called it …"
    person = ctx.person_in(
        no, start, named_to, last=True, where_ok=lambda at: _NAME_TO_END_RE.fullmatch(text, at, named_to)
    )
    if person:
        return "named", person
    if (described := _DESCRIBED_END_RE.search(text, start, comma)) and not ctx.person_in(
        no, described.start(), comma, last=True
    ):
        return _resolve(ctx, no, text, described.start(), comma, where, last=True)
    return "unnamed-source", None  # (a name further back is not who "who" is)


# a name running to the comma, and nothing after it ("Joe Biden", "Mr. Biden")
_NAME_TO_END_RE = re.compile(rf"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|{'|'.join(sorted(PARTICLES))}))*\s*")
# "the foreign minister" right before the comma
_DESCRIBED_END_RE = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*$", re.IGNORECASE)


_CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff'’ʼ-]{3,}")
# "the deal", "a plan", "his offer": a noun phrase after the verb
_DETERMINER_OPENING_RE = re.compile(r"(?:the|an?|this|that|these|those|his|her|its|their|our)\s", re.IGNORECASE)


def _in_relative_clause(text: str, start: int, at: int) -> bool:
    """Whether ``at`` follows "that", "which", "who" ... in its part of the sentence (set off by commas)."""
    part = text[start:at]
    part = part[part.rfind(",") + 1 :]
    return bool(_RELATIVE_WORD_RE.search(part))


def _in_aside(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is in a part of the sentence set off by commas that opens with a participle
    ("…, speaking as X looked on, …", "…, flanked by X, …")."""
    part = text[start:at]
    return bool(_ASIDE_OPENING_RE.match(part[part.rfind(",") + 1 :].lstrip())) and "," in part


def _pronoun_subject(ctx, no, text, sentence, verb_end, where):
    """(rule, speaker, stop) when the sentence from ``sentence`` opens with "he" or "she", its subject."""
    opening = text[sentence:verb_end]
    if m := _PRONOUN_RE.match(opening.lstrip()):
        at = sentence + len(opening) - len(opening.lstrip())
        rule, speaker = _resolve(ctx, no, text, at, at + m.end(), where, last=False)
        return rule, speaker, text[at:verb_end].strip(" ,")
    return None


def _opens_its_part(text: str, start: int, at: int) -> bool:
    """Whether no word in lower case stands before ``at`` in its part of the sentence (set off by
    commas): a subject's place ("Prime Minister Narendra Modi", "On Friday, Modi"), not an object's
    ("… held talks with Zelensky", "After meeting Scholz, …")."""
    part = text[max(start, text.rfind(",", start, at) + 1) : at]
    return not _LOWER_WORD_RE.search(part)


_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]")
# "… and said", "… but then said": a verb sharing the subject of the one before
_AND_BEFORE_RE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")


def _linked_in_apposition(text: str, start: int, at: int, verb_at: int) -> bool:
    """Whether ``at`` is named after "of", "to" or "for" in a description set off by commas after the
    subject ("Yulia Navalnaya, the widow of opposition leader Alexei Navalny, said": Navalnaya speaks,
    not Navalny; "Anna Berg, an adviser to President Emmanuel Macron, said")."""
    comma = text.rfind(",", start, at)
    if comma < 0 or text.find(",", at, verb_at) < 0:
        return False
    part = text[comma + 1 : at].lstrip()
    return bool(_DETERMINER_OPENING_RE.match(part)) and bool(_LINK_WORD_RE.search(part))


# (or in, at, with …: "Hugh Bonneville, her co-star alongside Maggie Smith, said")
_LINK_WORD_RE = re.compile(r"\b(?:of|to|for|in|at|with|alongside|beside|behind|under|from|on)\s")
# "speaking as …", "flanked by …": an aside set off after the subject
_ASIDE_OPENING_RE = re.compile(r"(?:[a-z]{2,}ing|flanked|joined|accompanied|surrounded|watched|backed)\s")


def _introduced_by(ctx, no, text):
    """Attribution from the paragraph before, when it ends introducing the quote ("Niinistö later
    told reporters:")."""
    if not text.rstrip().endswith(":"):
        return None
    end = len(text.rstrip()) - 1
    return _before_cue(ctx, no, text, FoundQuote("", no, end, end, open_at=end), 0)


def _reported_before(ctx, no, text):
    """Attribution from the paragraph before, with no quote of its own, whose last sentence has a
    person speak ("Zelensky said Ukraine needed more air defence." / "“Every day without Patriots
    costs lives.”"; "In a video posted on YouTube, she addressed Russians directly."): a paragraph all
    quote goes on in that voice, as it does after a quote."""
    end = len(text.rstrip())
    start = _sentence_start(text, end - 1)
    for verb in _VERB_RE.finditer(text, start, end):
        if _PASSIVE_BEFORE_RE.search(text, start, verb.start()):
            continue  # "Navalny's death was announced on Friday": nobody speaks
        if _OTHER_VOICE_RE.search(text, verb.end(), end):
            return None  # "Kuleba said …, but Indian officials said …": which of them goes on is unsure
        cue = _before_cue(ctx, no, text, FoundQuote("", no, verb.end(), verb.end(), open_at=verb.end()), start)
        if cue and cue[0] in ("named", "pronoun", "descriptor") and cue[1]:
            return "context", cue[1], cue[2]
        break  # (the first verb's subject, not one reported in its clause: "Officials said Zelensky told …")
    if verb := _ADDRESS_VERB_RE.search(text, start, end):
        subject = max(start, text.rfind(",", start, verb.start()) + 1)
        rule, speaker = _resolve(ctx, no, text, subject, verb.start(), (no, verb.start()), last=True)
        if rule in ("named", "pronoun", "descriptor") and speaker:
            return "context", speaker, text[subject : verb.end()].strip()
    return None


# "she addressed Russians directly.", "he spoke to reporters.": a speech of one's own, told before it
_ADDRESS_VERB_RE = re.compile(r"\s(?:then\s+|later\s+)?(?:addressed|spoke|appealed)\b")


# another clause, maybe another speaker, after the first speaks
_OTHER_VOICE_RE = re.compile(r",?\s+(?:but|while|whereas|although|though)\s|;")
# "was announced", "had been posted": a speech verb in the passive
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$")


# "X said:" closing a paragraph, and nothing else after the verb
_UNMARKED_INTRO_RE = re.compile(
    r"\b(?:said|says|added|stated|explained|commented|wrote|told (?:reporters|journalists|the \w+|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}))\s*:\s*$"
)
# A statement set out without marks is a paragraph of at most this many words
MAX_UNMARKED_WORDS = 120


# "Source: Vadym Skibitskyi, deputy chief ... / Quote: “…”": a news site's labelled paragraphs
_QUOTE_LABEL_RE = re.compile(r"^\s*(?:quote|direct speech|in (?:his|her|their) words)\s*:\s*$", re.IGNORECASE)
_SOURCE_LABEL_RE = re.compile(r"^\s*(?:source|sources)\s*:", re.IGNORECASE)


def _labelled_source(ctx, no, paragraphs):
    """The person a "Source:" paragraph above names, for a "Quote:" paragraph below it; where the
    page's "Source:" line went as chrome, the person the paragraphs just above name last (the lead
    says who reported: "... Commander of the Air Force Mykola Oleshchuk has reported")."""
    for j in range(no - 1, 0, -1):
        if _SOURCE_LABEL_RE.match(paragraphs[j - 1]):
            person = ctx.person_in(j, 0, len(paragraphs[j - 1]), last=False)
            return ("named", person, paragraphs[j - 1][:80].strip()) if person else None
    for j in range(no - 1, max(0, no - 1 - LABELLED_QUOTE_LOOKBACK), -1):
        if person := ctx.person_in(j, 0, len(paragraphs[j - 1]), last=True):
            return ("context", person, "")
    return None


# A "Quote:" paragraph with no "Source:" over it looks this many paragraphs up for its speaker
LABELLED_QUOTE_LOOKBACK = 2


def _whole_sentence(text: str, start: int, end: int, open_at: int) -> bool:
    """ "… in the Oval Office. “It's outrageous.”": a short quote that is a sentence of its own, after
    another's end, is speech even with no verb beside it."""
    if open_at < 0 or not text[start:end][:1].isupper() or text[end - 1 : end] not in (".", "!", "?"):
        return False
    before = text[:open_at].rstrip()
    return bool(before) and before[-1] in '.!?”"'


def _nickname(text: str, start: int, end: int, open_at: int, close_at: int, words: list[str]) -> bool:
    """Whether the quoted words are a nickname set inside a name: one or two capitalised words with
    a capitalised word right before the opening mark and right after the closing one."""
    if len(words) > 2 or open_at < 2 or close_at < 0 or not all(w[:1].isupper() for w in words):
        return False
    before = text[max(0, open_at - 30) : open_at]
    return bool(_NAME_END_RE.search(before)) and bool(_NAME_START_RE.match(text, close_at + 1))


_NAME_END_RE = re.compile(r"(?<![.!?])\b[A-Z][\w’'-]+ $")
_NAME_START_RE = re.compile(r" [A-Z][\w’'-]+")


def _has_speech_cue(text: str, start: int, end: int) -> bool:
    sentence = text[_sentence_start(text, start) : _sentence_end(text, end)]
    return bool(
        _VERB_RE.search(sentence)
        or "according to" in sentence.lower()
        or " used by " in sentence
        or _QUOTING_RE.search(sentence)  # "Interfax quoted him as saying that …"
        or _PARTICIPLE_SPEECH_RE.search(sentence)  # "welcomed the decision, calling it “historic”"
    )


_PARTICIPLE_SPEECH_RE = re.compile(r",\s+(?:calling|describing|saying|adding|noting|warning|stressing)\b")


# "Moscow ''did not choose this path''": two apostrophes for each quotation mark, as some copy types
# them; read as the double marks they stand for (each pair as a mark and a space, so every offset
# into the paragraph stays)
_DOUBLED_APOSTROPHES_RE = re.compile(r"(?<![\w'])''(?=\w)([^'\n]+?)(?<=[\w.,!?…])''(?![\w'])")


def _as_double_marks(m: re.Match) -> str:
    return f' "{m.group(1)}" '


def find_quotes(paragraphs: list[str], persons: list[FoundPerson]) -> list[FoundQuote]:
    """Every direct quotation in the body paragraphs, attributed."""
    paragraphs = [_DOUBLED_APOSTROPHES_RE.sub(_as_double_marks, text) if "''" in text else text for text in paragraphs]
    ctx = _Context(persons, paragraphs)
    by_paragraph: list[list[FoundQuote]] = []
    # British style quotes speech in single marks; where a story has double ones, single ones in
    # their paragraphs are quotes within quotes or apostrophes, and elsewhere a quote needs both
    # its marks (a tabloid quotes some people in double marks, others in single ones)
    doubled = any(mark in text for text in paragraphs for mark in _MARKS)

    def spans_of(text: str) -> list[tuple[int, int, int, int, bool]]:
        if not doubled:
            return _single_spans(text)
        if any(mark in text for mark in _MARKS):
            return _spans(text)
        # only a whole sentence, its punctuation inside the marks: "‘We will be back,’ she said";
        # not a headline's "growth is ‘the only way out’"
        # (or its punctuation after the close, the attribution next: "'Every shell saves lives', he wrote")
        return [
            span
            for span in _single_spans(text)
            if not span[4]
            and (text[span[0] : span[1]].rstrip()[-1:] in ",.!?…" or _attributed_after_its_comma(text, span))
        ]

    answerers = _interview_answerers(ctx, paragraphs)
    for no, text in enumerate(paragraphs, 1):
        found = []
        introduced = no > 1 and paragraphs[no - 2].rstrip().endswith(":")  # "X told reporters:"
        marked = spans_of(text)
        raya = [span for span in _raya_spans(text) if not any(a <= span[0] < b for a, _, _, b, _ in marked)]
        for start, end, open_at, close_at, open_end in sorted(marked + raya) or _dash_spans(text):
            lead = ""
            if open_at < 0 and (m := _LEAD_ATTRIBUTION_RE.match(text[start:end])):
                lead = m.group("attr")
                start += len(lead)
            start, end = _trim(text, start, end)
            words = text[start:end].split()
            if not words:
                continue
            if _nickname(text, start, end, open_at, close_at, words):
                continue  # 'Mykola "Kolya" Petrenko': a name's nickname, not speech
            if (
                len(words) <= MAX_SCARE_WORDS
                and not _whole_sentence(text, start, end, open_at)
                and (
                    not _has_speech_cue(text, start, end)
                    or _label_before(text[max(0, open_at - 30) : max(open_at, 0)])
                    or _labelled_by_possessive(text[max(0, open_at - 30) : max(open_at, 0)], words)
                )
            ):
                continue  # a scare quote or a label, not speech
            if (
                len(words) <= MAX_LABEL_WORDS
                and text[end - 1] not in ".!?…,"
                and not _whole_sentence(text, start, end, open_at)
                # (not a clause: "said MacLeod's “dedication has been extraordinary”")
                and not any(w.lower() in _FINITE_VERBS for w in words[1:])
                and (
                    _DEFINITE_BEFORE_RE.search(text[max(0, open_at - 12) : max(open_at, 0)])
                    or _labelled_by_possessive(text[max(0, open_at - 30) : max(open_at, 0)], words)
                )
            ):
                continue  # "lead the “fighter jet coalition”": a name for a thing, not speech
            if (
                len(words) <= MAX_LABEL_WORDS
                and text[end - 1] not in ".!?…,"
                and not _whole_sentence(text, start, end, open_at)
                and not _has_speech_cue(text, start, end)
                and _DESCRIBED_BEFORE_RE.search(text[max(0, open_at - 30) : max(open_at, 0)])
            ):
                continue  # "to discuss a European-led “coalition of the willing”", no one speaking: a name
            before = text[max(0, open_at - 40) : max(open_at, 0)]
            if (
                len(words) <= MAX_NAME_WORDS
                and (
                    _NAMING_BEFORE_RE.search(before)
                    or (
                        _THING_BEFORE_RE.search(before)
                        and not (_CHARACTERISED_RE.search(before) and words[0][:1].islower())
                        and (
                            not words[0][:1].islower()
                            or words[0].lower() in _NAME_OPENERS
                            or not _has_speech_cue(text, start, end)
                        )
                    )
                    or (is_title_case(words) and not _has_speech_cue(text, start, end) and text[end - 1] not in ".!?…")
                    or (is_title_case(words) and text[end - 1] not in ".!?…," and _SOURCE_BEFORE_RE.search(before))
                    # "Как сообщала «Новая газета Европа»": Russian and Ukrainian set a body's or a paper's
                    # name in guillemets, its first word alone capitalised
                    or (
                        len(words) <= MAX_LABEL_WORDS
                        and _CYRILLIC_CAPITAL_RE.match(words[0])
                        and not any(c in text[start:end] for c in ".!?…,;:")
                        and not _whole_sentence(text, start, end, open_at)
                        and not _has_speech_cue(text, start, end)
                    )
                )
            ):
                continue  # a name for something: "what it calls a “special military operation”", a film's title
            continued = bool(by_paragraph and by_paragraph[-1] and by_paragraph[-1][-1].open_end)
            if 0 <= open_at <= 1 and close_at >= len(text) - 2 and len(words) <= 4 and not (introduced or continued):
                continue  # a quoted crosshead standing alone (not the last words of a quote running on)
            found.append(FoundQuote(text[start:end], no, start, end, open_at=open_at, close_at=close_at,
                                    open_end=open_end, lead=lead))  # fmt: skip
        if (
            not found
            and introduced
            and _UNMARKED_INTRO_RE.search(paragraphs[no - 2])
            and not any(mark in text for mark in _MARKS)
            and text.rstrip().endswith((".", "!", "?", "…"))
            and len(text.split()) <= MAX_UNMARKED_WORDS
        ):
            # "Foreign Secretary David Lammy said: / The UK stands shoulder to shoulder …": a
            # statement set out under its speaker without marks, as a press release does
            end = len(text.rstrip())
            found.append(FoundQuote(text[:end], no, 0, end, open_at=0, close_at=end, unmarked=True))
        if not found and (speaker := answerers.get(no)) and not any(mark in text for mark in _MARKS):
            # "Halushchenko: We need air defence, not promises.": an interview's answer, their words
            label = _ANSWER_LABEL_RE.match(text)
            start, end = label.end() if label else 0, len(text.rstrip())
            if note := _STAGE_NOTE_RE.match(text, start):
                start = note.end()  # "(Through interpreter) …": the transcript's note, not their words
            if len(text[start:end].split()) <= MAX_UNMARKED_WORDS:
                found.append(
                    FoundQuote(text[start:end], no, start, end, open_at=start, close_at=end, answer_of=speaker)
                )
        by_paragraph.append(found)
    ctx.add_subjects(paragraphs, {no: [(q.start, q.end) for q in found] for no, found in enumerate(by_paragraph, 1)})

    for no, (text, found) in enumerate(zip(paragraphs, by_paragraph, strict=True), 1):
        for k, quote in enumerate(found):
            nxt = found[k + 1].open_at if k + 1 < len(found) and found[k + 1].open_at >= 0 else len(text)
            floor = found[k - 1].close_at + 1 if k and found[k - 1].close_at >= 0 else 0
            if quote.answer_of:
                quote.rule, quote.speaker, quote.attribution = "named", quote.answer_of, text[: quote.start].strip()
                quote.confidence = CONFIDENCE["named"]
                ctx.add((no, quote.start), quote.speaker)
                continue
            cue = _after_cue(ctx, no, text, quote, nxt) or _before_cue(ctx, no, text, quote, floor)
            begins_sentence = not text[_sentence_start(text, max(quote.open_at, 0)) : max(quote.open_at, 0)].strip()
            same_sentence = k and _sentence_start(text, max(quote.open_at, 0)) <= found[k - 1].start
            if cue is None and k and (begins_sentence or same_sentence):
                previous = found[k - 1]
                if previous.rule != "none":
                    cue = ("context", previous.speaker, previous.attribution)
            if cue is None and not k and no > 1 and 0 <= quote.open_at <= 1:
                cue = _introduced_by(ctx, no - 1, paragraphs[no - 2])
            if cue is None and k == len(found) - 1 and no < len(paragraphs) and quote.end >= len(text.rstrip()) - 2:
                cue = _stated_below(ctx, no, paragraphs[no], quote)  # "“…” / This was stated by X …"
            if cue is None and not k and _QUOTE_LABEL_RE.match(text[: max(quote.open_at, 0)]):
                cue = _labelled_source(ctx, no, paragraphs)
            if (
                cue is None
                and len(found) == 1
                and no > 1
                and not by_paragraph[no - 2]
                and 0 <= quote.open_at <= 1
                and (quote.open_end or quote.close_at >= len(text.rstrip()) - 2)
            ):
                cue = _reported_before(ctx, no - 1, paragraphs[no - 2])
            if cue:
                quote.rule, quote.speaker, quote.attribution = cue
                quote.confidence = CONFIDENCE[quote.rule]
                ctx.add((no, quote.start), quote.speaker)
        # quotes in a list ("“difficult”, “frank”, “open”, according to X") share the last one's attribution
        for k in range(len(found) - 2, -1, -1):
            quote, nxt = found[k], found[k + 1]
            gap = text[quote.end : nxt.start]
            if quote.rule == "none" and nxt.rule != "none" and _LIST_GAP_RE.match(gap.strip('“”"«» ')):
                quote.rule, quote.speaker, quote.attribution, quote.confidence = (
                    nxt.rule, nxt.speaker, nxt.attribution, nxt.confidence)  # fmt: skip
    # a quote running on into the next paragraph takes the attribution found there; or, attributed
    # itself, gives it to the next paragraph's opening quote (which by convention reopens the mark)
    # (from the last paragraph back, so a quote of three paragraphs attributed at its end reaches its first)
    running_on = [
        k for k, found in enumerate(by_paragraph[:-1]) if found and found[-1].open_end and by_paragraph[k + 1]
    ]
    for k in reversed(running_on):
        last, nxt = by_paragraph[k][-1], by_paragraph[k + 1][0]
        if last.rule == "none" and nxt.rule != "none":
            last.rule, last.speaker, last.attribution, last.confidence = "context", nxt.speaker, nxt.attribution, 0.6
    for k in running_on:
        last, nxt = by_paragraph[k][-1], by_paragraph[k + 1][0]
        if last.rule == "none":
            last.rule, last.speaker, last.attribution, last.confidence = "context", nxt.speaker, nxt.attribution, 0.6
        elif nxt.rule == "none" and 0 <= nxt.open_at <= 1:
            nxt.rule, nxt.speaker, nxt.attribution, nxt.confidence = "context", last.speaker, last.attribution, 0.6
    # "“We have candles,” Natalia Hrytsenko said. / “The children are scared of the sirens.”": a
    # paragraph that is nothing but a quote, right after one whose last quote has its speaker, goes on
    # in that voice (a new speaker would be named); a quote running on from it follows
    for k in range(1, len(by_paragraph)):
        found, before = by_paragraph[k], by_paragraph[k - 1]
        if not found or not before or before[-1].speaker is None:
            continue
        first, text = found[0], paragraphs[k]
        whole = 0 <= first.open_at <= 1 and (first.open_end or first.close_at >= len(text.rstrip()) - 1)
        if len(found) == 1 and first.rule == "none" and whole and not first.unmarked:
            first.rule, first.speaker, first.attribution = "context", before[-1].speaker, before[-1].attribution
            first.confidence = CONFIDENCE["context"]
        elif first.rule == "context" and first.speaker is None and first.open_end and whole:
            first.speaker, first.attribution = before[-1].speaker, before[-1].attribution
    # (a paragraph without marks is a quote only when a person says it, named, described or "he": under
    # "The General Staff reported:" it is the story's own report)
    return _each_once([q for found in by_paragraph for q in found if not q.unmarked or q.speaker is not None])


_FOLD_RE = re.compile(r"[\W_]+")


def _each_once(quotes: list[FoundQuote]) -> list[FoundQuote]:
    """The quotes, each said once: a standfirst that repeats the story's quote ("“There are no
    prerequisites,” Peskov said" over "“There are no prerequisites,” he said") is no second one. The
    one kept is the first, or the first a speaker is known for; two speakers saying it are two quotes."""
    kept: list[FoundQuote] = []
    by_text: dict[str, list[int]] = {}
    for quote in quotes:
        key = _FOLD_RE.sub(" ", quote.text.casefold()).strip()
        same = [k for k in by_text.get(key, []) if kept[k].speaker in (None, quote.speaker) or quote.speaker is None]
        if not same:
            by_text.setdefault(key, []).append(len(kept))
            kept.append(quote)
        elif kept[same[0]].speaker is None and quote.speaker is not None:
            kept[same[0]] = quote
    return sorted(kept, key=lambda quote: (quote.paragraph, quote.start))
