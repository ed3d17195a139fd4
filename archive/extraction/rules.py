"""The boilerplate rules: each a stable id and the shape of line it removes.

A *line* rule removes the one line and the article goes on after it ("Read Also ...",
"Image Credit: ...", "Share your love"). A *tail* rule marks where the page stops being the
article (a comment form, a "More like this" list, an author box): that line and everything
after it go, each line under the most specific rule that fits it.

Patterns are matched against one cleaned line at a time, case-insensitively, and are written
so that no input can make them backtrack badly (no nested repetition). Lines longer than
``MAX_RULE_LINE`` characters are prose, never chrome, and skip the rules altogether.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

MAX_RULE_LINE = 400

_SOCIAL = (
    r"facebook|twitter|x(?: \(twitter\))?|instagram|telegram|youtube|tiktok|linkedin|whatsapp|pinterest|reddit|"
    r"threads|bluesky|mastodon|flipboard|google news|viber|vk|email|e-mail|mailto|print|copy link|messenger"
)
# News agencies: a story credited to one may be printed by any paper
AGENCIES = (
    r"afp|agence france-presse|agence france presse|ap|reuters|dpa|efe|ansa|tass|ria novosti|xinhua|anadolu|pa|upi|kyodo|yonhap|ians|pti|ani|bernama|antara|"
    r"jiji|interfax(?:-ukraine)?|pap|bta|mti|ctk|tanjug|lusa|belga|anp|agerpres|elta|irna|"
    r"(?:the )?canadian press|aap|australian associated press|press association|"
    r"agencies|wires|news agencies"
)


# A wire's version or priority tag on a headline, not a word of it: Reuters' "UPDATE 2-", "REFILE-",
# Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)"
_WIRE_TAG_RE = re.compile(
    r"^(?P<tag>(?:(?:UPDATE|WRAPUP)(?:\s+\d{1,2})?|RPT|REFILE|CORRECTED(?:-UPDATE(?:\s+\d{1,2})?)?)\s*-"
    r"|\((?:LEAD|\d{1,2}(?:st|nd|rd|th)\s+LD|URGENT)(?:,\s*[^()]{1,40})?\))\s*(?P<title>\S.*)$"
)


def split_wire_tag(title: str) -> tuple[str, str]:
    """The wire's tag on ``title`` ("UPDATE 2-", "(LEAD)"), or the page's media mark ("WATCH:",
    "(VIDEO)", "[PHOTOS]", "(UPDATE 2)"), and the headline without it."""
    tags = []
    for pattern in (_WIRE_TAG_RE, _MEDIA_TAG_RE, _MEDIA_TAG_AFTER_RE):  # ("WATCH: … (VIDEO)": both)
        match = pattern.match(title)
        if match and len(match.group("title").split()) >= 3:
            tags.append(match.group("tag").strip())
            title = match.group("title").strip()
    return " ".join(tags), title


# What a media mark on a headline names ("WATCH:", "(VIDEO)"); an update's mark is a version tag
MEDIA_WORDS = r"watch|video|photos?|gallery|listen|audio"
_MEDIA_MARK = MEDIA_WORDS.upper() + r"|UPDATED?(?: \d{1,2})?"
_MEDIA_TAG_RE = re.compile(rf"^(?P<tag>(?:{_MEDIA_MARK})\s*:)\s*(?P<title>\S.*)$")
# ("(PHOTO, VIDEO)", "[PHOTOS + VIDEO]": one or more of them)
_MEDIA_TAG_AFTER_RE = re.compile(
    rf"^(?P<title>.*?\S)\s*(?P<tag>[(\[](?i:{_MEDIA_MARK})(?:\s*(?:,|&|\+|and)\s*(?i:{_MEDIA_MARK}))*[)\]])$"
)


# The months as pages in other languages write them in a date ("15 de marzo de 2024", "15. März
# 2024", "15 березня 2024", "12 ene 2022"): one tuple a month, January first
FOREIGN_MONTHS: tuple[tuple[str, ...], ...] = (
    # (Dutch and Turkish last: "22 maart 2024", "22 Mart 2024"; Greek's genitive: "12 Μαρτίου 2025"; Hungarian's,
    # the year first: "2025. március 6.")
    (
        "enero",
        "ene",
        "janv",
        "janvier",
        "januar",
        "jänner",
        "gennaio",
        "janeiro",
        "stycznia",
        "січня",
        "января",
        "januari",
        "ocak",
        "ianuarie",
        # Czech and Slovak
        "ledna",
        "januára",
        "ιανουαρίου",
        "január",
    ),
    (
        "febrero",
        "févr",
        "février",
        "fevrier",
        "februar",
        "febbraio",
        "fevereiro",
        "lutego",
        "лютого",
        "февраля",
        "februari",
        "şubat",
        "subat",
        # (Portuguese short forms: "3.fev.2024"; Romanian: "12 februarie 2024")
        "fev",
        "februarie",
        "února",
        "februára",
        "φεβρουαρίου",
        "február",
    ),
    (
        "marzo",
        "mars",
        "märz",
        "marz",
        "março",
        "marco",
        "marca",
        "березня",
        "марта",
        "maart",
        "mart",
        "martie",
        "března",
        # (Indonesian)
        "maret",
        "μαρτίου",
        "március",
    ),
    (
        "abril",
        "abr",
        "avr",
        "avril",
        "aprile",
        "kwietnia",
        "квітня",
        "апреля",
        "nisan",
        "aprilie",
        "dubna",
        "apríla",
        "απριλίου",
        "április",
    ),
    (
        "mayo",
        "mai",
        "maggio",
        "maio",
        "maja",
        "травня",
        "мая",
        "mei",
        "mayıs",
        "mayis",
        "května",
        "mája",
        "maj",
        "μαΐου",
        "május",
    ),
    (
        "junio",
        "juin",
        "juni",
        "giugno",
        "junho",
        "czerwca",
        "червня",
        "июня",
        "haziran",
        "iunie",
        "června",
        "júna",
        "ιουνίου",
        "június",
    ),
    (
        "julio",
        "juil",
        "juillet",
        "juli",
        "luglio",
        "julho",
        "lipca",
        "липня",
        "июля",
        "temmuz",
        "iulie",
        "července",
        "júla",
        "ιουλίου",
        "július",
    ),
    (
        "agosto",
        "ago",
        "août",
        "aout",
        "sierpnia",
        "серпня",
        "августа",
        "augustus",
        "ağustos",
        "agustos",
        "srpna",
        "augusta",
        # (Swedish and Indonesian)
        "augusti",
        "agustus",
        "αυγούστου",
        "augusztus",
    ),
    (
        "septiembre",
        "septembre",
        "settembre",
        "setembro",
        "września",
        "wrzesnia",
        "вересня",
        "сентября",
        "eylül",
        "eylul",
        "set",
        "septembrie",
        "září",
        "septembra",
        "σεπτεμβρίου",
        "szeptember",
    ),
    (
        "octubre",
        "okt",
        "octobre",
        "oktober",
        "ottobre",
        "outubro",
        "października",
        "pazdziernika",
        "жовтня",
        "октября",
        "ekim",
        "out",
        "octombrie",
        "října",
        "októbra",
        "οκτωβρίου",
        "október",
    ),
    (
        "noviembre",
        "novembre",
        "novembro",
        "listopada",
        "листопада",
        "ноября",
        "kasım",
        "kasim",
        "noiembrie",
        "listopadu",
        "novembra",
        "νοεμβρίου",
    ),
    (
        "aralık",
        "aralik",
        "diciembre",
        "dic",
        "déc",
        "dez",
        "décembre",
        "decembre",
        "dezember",
        "dicembre",
        "dezembro",
        "grudnia",
        "грудня",
        "декабря",
        "decembrie",
        "prosince",
        "decembra",
        # (Norwegian and Indonesian)
        "desember",
        "δεκεμβρίου",
    ),
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    + "|".join(sorted({name for names in FOREIGN_MONTHS for name in names}, key=len, reverse=True))
)
_WEEKDAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_TIME = (
    # ("7:00 AM", "7.30pm", or the hour alone with its half of the day: "7 AM ET")
    r"(?:\s*(?:,?\s*at\s+|[-–—,|•·/:]{1,2}\s*)?\d{1,2}(?:[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)"
    r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?|\s*[+-]\d{4})?)?"
)
_HOUR = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
# "02/01/24 4:35 PM ET": a date with the year in two digits (which of day and month comes first, only
# the site knows: after a byline it is the date line, but no date is read from it)
# ("22.03.24": with dots, as German and Slavic pages write it)
SHORT_DATE = r"(?:\d{1,2}/\d{1,2}/\d{2}|\d{1,2}\.\d{1,2}\.\d{2})(?![\d.])" + _TIME
# "15:30", "3.45pm GMT+1": a time of day alone
CLOCK = rf"{_HOUR}(?:\s*[A-Z]{{2,5}}(?:[+-]\d{{1,2}})?)?"
# "23:12 BST, 14 April 2024": the time before the date
_TIME_FIRST = rf"(?:{_HOUR}(?:\s*[A-Z]{{2,5}}(?:[+-]\d{{1,2}})?)?\s*[,|•·–—-]?\s+)?"
DATE = (
    rf"{_TIME_FIRST}(?:(?:{_WEEKDAYS}),?\s+)?"
    # ("07 March ,2024": a comma set off from the month)
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?(?:{_MONTHS})\.?(?:,?\s+|\s*,\s*)(?:de\s+)?\d{{4}}(?:\s*(?:р\.|року|г\.|года))?"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}"
    # ("2024年3月22日": Chinese and Japanese)
    rf"|\d{{4}}年\d{{1,2}}月\d{{1,2}}日"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}"
    # ("22-Mar-2024", "12.mar.2024" as Brazilian papers write it)
    rf"|\d{{1,2}}-(?:{_MONTHS})-\d{{4}}|\d{{1,2}}\.(?:{_MONTHS})\.\d{{4}}"
    # ("2025. március 6.": Hungarian, the year first)
    rf"|\d{{4}}\.\s+(?:{_MONTHS})\s+\d{{1,2}}\.)"
    # ("12.mar.2024 às 18h30", "27 février 2024 à 10h12": the hour after "at" in the site's language)
    rf"(?:\s+(?:às|à|a las)\s+\d{{1,2}}[h:]\d{{2}})?"
    rf"{_TIME}"
)


# What stands before the author's name on a byline line ("By", "Words by", "Interview by", "Author:")
BYLINE_PREFIX = (
    r"by|written by|words by|posted by|reported by|article by|story by|text by|interview(?:ed)? by|interview conducted by|"
    r"opinion by|analysis by|commentary by|"
    r"author:|text:|words:|"
    r"reporter:|report:|text and (?:photos?|pictures?):|words and (?:photos?|pictures?):|"
    # left in the site's language: "Par Jean Dupont", "Von Hans Müller", "Por Juan Pérez", "Autor: Jan Kowalski",
    # "di Tommaso Ciriaco" (in lower case only: "Di Maio" is a name)
    # ("de Andrei Popescu": Romanian, in lower case only, as "di")
    r"par|von|por|door|przez|(?-i:di)|(?-i:de)|autor:|auteur:|autore:|autora:|автор:|авторка:|"
    # ("Article rédigé par Julien Nény", "Escrito por …", "Scritto da …", "Geschrieben von …")
    r"(?:article )?rédigé par|écrit par|escrito por|scritto da|geschrieben von|"
    # ("Penulis: Dian Erika Nugraheny", "Av Anna Svensson": Indonesian, and Swedish or Norwegian in lower case or capitalised)
    r"penulis:|(?-i:[Aa]v)"
)


# A wire story's end mark: "(END)", "-30-", Xinhua's "Enditem"
END_MARKER = r"\(end\)|\[end\]|-\s?end\s?-|-\s?30\s?-|enditem|-{0,2}\s?ends?\s?-{0,2}|\#{3}"

# A name as a byline writes it, and the desk after it ("Environment editor", "Chief football writer")
# (in Cyrillic too: "Олександр Шумілін")
BYLINE_NAME = (
    r"[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:\s+(?:[A-Z]\.|de|da|van|von|der|al|[A-ZА-ЯЁІЇЄҐ][\w'’-]+))??\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]+"
)
# ", Queen Mary University of London", ", the Institute for Fiscal Studies": where a byline's writer works
WRITERS_INSTITUTION = (
    r",\s*(?:(?i:the)\s+)?(?:[A-Z][\w&'’.-]*,?\s+){0,3}(?:University|College|Institute|School|Centre|Center"
    r"|Hospital|Laboratory|Museum|Foundation|Academy|Society|Council)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
)
# What a reporter's desk is called ("Environment editor", "Senior Defence Analyst")
DESK_WORDS = r"editor|correspondent|reporter|writer|columnist|critic|producer|commentator|analyst"
BYLINE_DESK = rf"(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){{0,2}}(?:{DESK_WORDS})"
# "Senior Reporter", "Europe editor": a desk in capitals or not, after a dash
DASHED_DESK = rf"(?:[A-Z][a-z]+\s+){{0,2}}(?i:{DESK_WORDS})"
# A link a site's footer has: "About CBC News", "Corrections and clarifications", "Submit a news tip"
_FOOTER_LINK = (
    r"(?:(?i:about) (?:(?i:us)|[A-Z][\w'’]*)|(?i:corrections?|news tips?|report (?:an? )?(?:error|typo)|contact(?: us)?|"
    r"privacy|terms of|standards and practices|editorial (?:standards|policy|guidelines)|careers|advertis\w*))"
)
# What may follow a byline's names: the reading time or the story's age ("| 2 min read", "• 5h")
BYLINE_AGE = (
    r"\s*[|•·,–—-]\s*\d{1,3}\s*-?\s*(?i:min(?:ute)?s?\.?\s*read|(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)(?:\s+ago)?)"
)
# The last word of a newsroom's name after a reporter's ("Anna Smith / Kyiv Post", "Evan Dyer · CBC News ·")
_NEWSROOM_LAST_WORD = r"(?:News|Times|Post|Press|Radio|TV|Television|Media|Daily|Journal|Herald|Tribune|Online)"
# A promotion's button: "LEARN MORE", "Find out more", "Start your free trial"
# "Most Read from Bloomberg": a list of other stories' headlines, by its heading
# The endings of a site's address that a title or a credit names it by ("Haaretz.com", "NDTV.in")
SITE_TLDS = r"com|net|org|news|co\.uk|co\.il|com\.au|co\.nz|co\.za|ie|in|ca|de|fr|eu"
# "Read also" in the languages the archive reads ("Lesen Sie auch", "Lire aussi", "Leia também", "Lees ook" …)
FOREIGN_READ_ALSO = (
    r"lesen sie auch|(?:à )?lire aussi|lee también|leia também|leia mais|leggi anche|lees ook|czytaj (?:także|też)|"
    # (Indonesian, Swedish, Norwegian, Danish: "Baca juga", "Läs också", "Les også", "Læs også")
    r"baca juga|läs också|läs även|les også|læs også|"
    # (and "Mirá también", "Citește și", "Vezi și": Argentine Spanish and Romanian)
    r"mirá también|citește și|citeste si|vezi și|vezi si|"
    # (Czech and Slovak: "Mohlo by vás zajímat", "Čtěte také", "Čítajte aj")
    r"mohlo by vás zajímat|čtěte také|čtěte též|čítajte aj|prečítajte si|"
    r"читайте (?:також|также)"
)
MOST_READ_LABEL = r"most (?:read|popular|viewed|shared) (?:from|on|at) [\w .'’-]{1,40}"
PROMO_BUTTON = r"learn more|find out more|try (?:it )?(?:for )?free|start (?:your )?free trial|get started"


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern
    is_tail: bool = False
    max_words: int = 40


def _rule(rule_id: str, pattern: str, *, tail: bool = False, max_words: int = 40, cased: bool = False) -> Rule:
    """``cased`` rules see capital letters (a byline's name); the rest ignore case."""
    return Rule(rule_id, re.compile(pattern, 0 if cased else re.IGNORECASE), tail, max_words)


def _exact(words: str) -> str:
    """A whole line that is one of these phrases, with optional trailing colon or arrow."""
    return rf"^(?:{words})\s*[:.!…>»›]*$"


_PHOTO_AGENCIES = (
    r"(?:the )?associated press|" + AGENCIES + r"|getty images|getty|bloomberg|epa-efe|shutterstock|alamy|sipa|zuma|"
    r"ap photo|nurphoto|file|handout|pool"
)
# "Stephen B. Morton/AP", "Jane Doe/Getty Images", "Omar Haj Kadour/AFP via Getty Images" ("Gavriil
# Grigorov/Sputnik/AFP via Getty Images": through another agency first); "UNICEF/Oleksii Filippov",
# "UN Photo/Mark Garten": an organisation's initials, then its photographer
PHOTOGRAPHER_CREDIT_RE = re.compile(
    r"^[(\[]?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|de|da|von|der|al|el)){1,4}\s*/\s*"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*/\s*){0,2}"
    rf"(?i:{_PHOTO_AGENCIES})(?:\s+via\s+(?i:{_PHOTO_AGENCIES}))?(?:\s*/\s*[\w .'’-]{{1,30}}){{0,2}}[)\]]?$"
    r"|^[A-Z]{2,10}(?:\s+(?i:photos?|images?|pictures?))?\s*/\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}$"
)


# a menu's item: one or two capitalised words, a short word maybe between ("War in Ukraine")
_MENU_ITEM = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:in|of|and|&|the|for)\s+)?[A-Z][\w&'’.-]*)?"


# "Published: 7 March 2024", "Last updated on 8 March 2024": a date and what it is the date of
_LABELLED_DATE = rf"(?i:(?:first |last )?(?:published|updated|posted)(?: on)?)\s*:?\s*(?i:{DATE})"


# Order matters only where two rules fit the same line: the first one wins.
RULES: tuple[Rule, ...] = (
    # --- where the article stops -------------------------------------------------------
    _rule(
        "comment-form",
        _exact(
            r"leave a (?:reply|comment)(?: cancel reply)?|post a comment|add (?:a |your )?comment|write a comment|"
            r"comments?|\d+ comments?|no comments(?: yet)?|(?:view|show|load|see|read) (?:all )?comments(?: \(\d+\))?|"
            r"join the (?:discussion|conversation)|be the first to comment|cancel reply|"
            r"comments are closed|post comment|submit comment|comment on this (?:story|article)|"
            r"start (?:a|the) conversation|join (?:our|the) (?:commenting|comments?|readers['’]?) (?:forum|section|community)|"
            r"share what you think|the comments below have (?:not )?been moderated|"
            r"your comment|leave your comment|have your say|tell us what you think(?: (?:about|of) this (?:story|article))?|"
            r"what do you think\? let us know in the comments(?: below)?\.?|we welcome (?:your|reader) comments|"
            r"loading comments(?:\.{3}|…)?|"
            # in the site's language: "Comentarios", "Kommentare", "Commentaires (12)"
            r"(?:comentarios|comentários|commentaires|kommentare|commenti|comentarii|reacties|komentarze|"
            r"комментарии|коментарі)(?: \(\d+\))?"
        ),
        tail=True,
    ),
    _rule(
        "comment-form",
        r"^(?:\d+ (?:thoughts?|responses?|replies|comments?) (?:on|to)\b|comments? \(\d+\)(?:\s*(?:closed|open))?$|"
        r"please enter your (?:comment|name|e-?mail)|you have entered an incorrect e-?mail|"
        r"your e-?mail address will not be published|required fields are marked|"
        r"save my name,? e-?mail|log ?in to (?:comment|leave a comment)|"
        r"you must be logged in to post a comment|to comment,? (?:please )?(?:log|sign) ?in|"
        # "Join thought-provoking conversations, follow other Independent readers and see their replies"
        r"join\b.{0,40}\bconversations?\b.{0,120}\breaders\b)",
        tail=True,
    ),
    _rule("you-were-reading", r"^you(?:'re| are| were) reading\b", tail=True),
    # a newsletter's foot, the story ends there: "You are receiving this email because you signed up
    # to …", "Unsubscribe | Manage your preferences", "Thanks for reading. If you enjoyed this newsletter, …"
    _rule(
        "subscribe-prompt",
        r"^you(?:['’]re| are) receiving this (?:e-?mail|newsletter|message)\b.{0,160}$"
        r"|^(?:you (?:received|got) this (?:e-?mail|newsletter)|(?:this|the) (?:e-?mail|newsletter) was sent to)\b.{0,160}$"
        r"|^unsubscribe(?:\s*[|•·]\s*[^|•·]{1,40}){0,5}$"
        r"|^(?:thanks?|thank you) for reading\b.{0,40}\bif you (?:enjoyed|liked)\b.{0,120}$"
        r"|^if you (?:enjoyed|liked) this (?:newsletter|e-?mail|briefing)\b.{0,120}$"
        # a paywall's offer, its perks under it: "Continue reading with HT Premium Subscription / Daily E Paper I …"
        r"|^continue reading with\b.{0,60}\b(?:subscription|premium|membership)$",
        tail=True,
    ),
    # and its head: "View this email in your browser", "Forward to a friend"
    _rule(
        "subscribe-prompt",
        _exact(
            r"view (?:this (?:e-?mail|newsletter|message) )?(?:in|on) (?:your |a |the )?(?:web )?browser|"
            r"(?:forward|share) (?:this (?:e-?mail|newsletter) )?(?:to|with) a (?:friend|colleague)"
        ),
    ),
    # a press release's closing: "Media contact:", "For more information, contact:" and what follows
    _rule(
        "media-contact",
        r"^(?:media|press|investor|news|public relations|pr) (?:contacts?|enquiries|inquiries|relations|office)\s*:?$"
        r"|^for (?:more|further) information(?:,| on [\w .'’&-]{1,40},)? (?:please )?contact\s*:?.{0,80}$"
        r"|^for (?:media|press) (?:enquiries|inquiries)\b.{0,80}$"
        # "Notes to editors:": a press release's background for the newsrooms, under its end
        r"|^(?:notes?|information) (?:to|for) (?:editors|the editor|news editors)\s*:?$",
        tail=True,
        max_words=20,
    ),
    # research news's end matter: "Story Source:", "Journal Reference:", "Cite This Page:", "More information:
    # Amelia Wright et al, … DOI: 10.1038/…", "Citation: … (2025, January 20) retrieved 21 January 2025 from
    # https://…", "Materials provided by University of Exeter."; the study's reference and the notes follow
    _rule(
        "study-reference",
        r"^(?:story source|journal references?|cite this (?:page|article|story)|journal information|article title"
        r"|original (?:study|research|paper))\s*:$"
        r"|^(?:more information|journal references?|journal information|reference|original (?:study|paper))\s*:"
        r"(?=.{0,600}(?:\bdoi\b|\bet al\b|https?://|\b10\.\d{4,9}/)).{1,600}$"
        r"|^citation\s*:.{0,400}\bretrieved\b.{0,60}\bfrom\b.{0,200}$"
        r"|^materials provided by\b.{1,200}$"
        r"|^(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+$",
        tail=True,
        max_words=120,
    ),
    # PR Newswire's last line: "SOURCE Greenfield University"
    _rule("sourcing-tagline", r"^SOURCE [A-Z][\w&.,'’ -]{1,60}$", tail=True, max_words=10, cased=True),
    # "(END)", "-30-", "Enditem": a wire story's last line; the desk's address and copyright follow
    _rule("end-marker", _exact(END_MARKER), tail=True),
    # "If you want to report a mistake, select it with the mouse and press Ctrl+Enter"
    _rule(
        "error-report",
        r"^(?:if you (?:want to report|(?:have )?(?:found|find|notice|see|spot)) an? (?:mistake|error|typo)|"
        r"(?:did you )?(?:found|find|noticed|notice|spotted|spot|see) an? (?:mistake|error|typo)\b|"
        # "To suggest a correction or clarification, write to us here"
        r"(?:to )?(?:suggest|request|report|submit) a (?:correction|clarification)\b|"
        r"report an? (?:error|typo|mistake)\s*[.!]?$)"
        r"|\b(?:select|highlight|mark) (?:it|the text)\b.{0,40}\bctrl\s*\+\s*enter\b"
        # in any language: a mistake and Ctrl+Enter ("Якщо ви помітили помилку, виділіть … і натисніть Ctrl+Enter")
        r"|^(?=.*\bctrl\s*\+\s*enter\b)(?=.*(?:mistake|error|typo|помилк|ошибк|błąd|chyb|fehler|erreur|errore|hib)).{0,300}$",
        tail=True,
        max_words=35,
    ),
    _rule(
        "teaser-list",
        _exact(
            r"latest (?:articles|news|stories|posts|updates|headlines)|more like this|more (?:stories|news|articles)|"
            r"related(?: (?:articles|posts|stories|news|content|coverage|reading|topics))?|further reading|"
            # "More information / Spain and Ireland lead EU push …": a box of links under the story
            r"more information|"
            r"(?:you|we think you) (?:may|might|will|would|can|could) (?:also )?(?:like|enjoy|read|"
            # ("You may also be interested in news:")
            r"be interested in(?: (?:news|these(?: stories| articles)?|the following|this))?)|"
            r"recommended(?: for you| stories| articles| reading)?|"
            r"most (?:read|popular|viewed|shared|commented)(?: (?:this week|today|now|this month|stories|articles))?|"
            r"trending(?: now| stories| news)?|popular(?: posts| stories| articles| now| news)?|"
            r"recent (?:posts|articles|stories|news)|top (?:stories|news|headlines)|editor'?s'? picks?|"
            r"read next|up next|what to read next|in other news|don'?t miss|also (?:on|in) [\w .'-]{1,40}|"
            r"read also|see also|also read|more to read|latest (?:from|in|on) [\w .'-]{1,40}|also interesting|"
            r"more from [\w .'-]{1,40}|more in [\w .'-]{1,40}|other news|news feed|more news feed|"
            r"more (?:stories|news|articles) from [\w .'-]{1,40}|explore more|"
            r"listen to (?:these|our|more|the latest) podcasts?|"
            r"(?:read|see|show|load|view) (?:more|all)(?: news| stories| articles)?|more on (?:this|that)(?: story| topic)?|"
            r"(?:go|dive) deeper|read more (?:with|from|on|at) [\w .'’-]{1,30}|"
            # a recommendation network's box: "Promoted Stories", "Around the Web", "Recommended by Outbrain"
            r"recommended videos?|(?:promoted|sponsored|partner) (?:stories|content|links|posts)|(?:from )?around the web|"
            r"(?:recommended|promoted|sponsored)(?: content| links| stories)? by (?:outbrain|taboola|revcontent|mgid)|"
            # "In Case You Missed It", "Elsewhere on the BBC"
            r"in case you missed it|elsewhere (?:on|in|at|from) [\w .'’-]{1,30}|"
            # "Other Topics of Interest", "Stories you might have missed"
            r"other (?:topics|stories|articles|news) of interest|(?:stories|articles|news) you (?:may|might) have missed|"
            # the same in the site's language: "Más información", "Mehr zum Thema", "Sur le même sujet"
            r"más información|noticias relacionadas|mehr zum thema|sur le même sujet|à lire également|"
            # ("Te recomendamos", "Te puede interesar", "Veja também", "Potrebbe interessarti")
            r"te recomendamos|(?:también )?te puede interesar|(?:lo )?más leído|veja também|potrebbe interessarti|"
            r"aiheesta muualla|lue myös|läs mer|relaterat"
        ),
        tail=True,
    ),
    # "Next article / Norway raises gas output …": the page goes on to another story, whatever it shares
    # with this one (an inline box of links ends; this does not)
    _rule("next-article", _exact(r"(?:previous|next|older|newer) (?:article|post|story)"), tail=True),
    _rule(
        "site-footer",
        _exact(
            r"about us|contact us|contact|privacy policy|privacy|terms (?:of use|of service|and conditions)|"
            r"cookie policy|advertise(?: with us)?|careers|site ?map|imprint|impressum|accessibility|"
            r"(?:privacy policy|terms of (?:use|service)|contact us|about us)(?:\s*[|•·/]\s*[\w ]{2,30}){1,8}|"
            # "Request Reprint & Licensing / Submit Correction / View Editorial Guidelines"
            r"request (?:a )?reprint(?:s)?(?: (?:&|and) licensing)?|submit (?:a )?correction|view (?:our )?editorial guidelines"
        ),
        tail=True,
    ),
    # "CBC's Journalistic Standards and Practices|About CBC News", "Corrections and clarifications|Submit a
    # news tip|Report error": the site's links in a row, two of them a footer's
    _rule(
        "site-footer",
        rf"^(?=[^|\n]{{2,60}}\|)(?=.*\b{_FOOTER_LINK}\b.*\|.*\b{_FOOTER_LINK}\b)(?:[^|\n]{{2,60}}\s*\|\s*){{1,8}}[^|\n]{{2,60}}$",
        tail=True,
        cased=True,
    ),
    _rule(
        "author-box",
        _exact(
            r"avatar|author avatar|[\w .'-]{1,40}'s? avatar|photo of the author|about the authors?|author|"
            r"the author|author bio(?:graphy)?|written by|authors?|more articles by this author|"
            r"(?:a )?note from the (?:author|editor)"
        ),
        tail=True,
    ),
    # "Read more about: / Israel at War / Hostages": the story's topics under the heading (before
    # the "Read more: …" teaser rule below, which the heading would fit too)
    _rule("tag-list", _exact(r"read more about|more about"), tail=True),
    # "FACTBOX", "EXPLAINER" alone between paragraphs: a wire's label for the box that follows, in capitals
    _rule(
        "wire-tag",
        r"^(?:FACTBOX|EXPLAINER|TIMELINE|INSIGHT|BREAKINGVIEWS|INSTANT VIEW|GRAPHIC|FACT CHECK)$",
        cased=True,
    ),
    # "Click the alert icon to follow topics: / Israel at War / Hostages"
    _rule(
        "tag-list",
        r"^(?:click|tap) the\b.{0,30}\bto follow (?:topics|this topic|authors?|the topics)\b\s*:?$",
        tail=True,
    ),
    # --- lines that go, the article goes on ----------------------------------------------
    _rule(
        "read-also-teaser",
        # ("Read more about the plan in the statement, the ministry said." goes on in lower case: a sentence)
        r"^(?:(?:read|see|watch|listen)(?: (?:also|next|too|this)| more(?!\s+(?-i:[a-z])[^:]*$))|also (?:read|see|watch)|"
        r"related(?: (?:article|story|stories|news|coverage|content|link|reading|video|videos|podcast|gallery|photos)|"
        r"(?=\s*[:\-–—|»>›]))|"
        # ("Recommended by the commission, the plan was adopted …" is a story's sentence)
        r"recommended(?!\s+(?:by|to|for|that|in|as|on|at|the|a|an)\b)|must read|"
        r"don'?t miss|more on this(?: story| topic)?|editor'?s pick|further reading)\b\s*[:\-–—|»>›]*\s*\S"
        # ("Related article" alone over the headline it links to; "Related charges were dropped …" is a sentence)
        r"|^related (?:article|story|stories|news|coverage|content|links?|reading)\s*[:\-–—|»>›]*$"
        # ("Lesen Sie auch / Pistorius: …": the label alone in the site's language)
        rf"|^(?:{FOREIGN_READ_ALSO})\s*[:\-–—|»>›]*$"
        # "Quick guide / Ukraine war at a glance": a box folded shut between paragraphs
        r"|^quick guide\s*[:\-–—|»>›]*$"
        r"|^(?:watch|listen|video|photos|gallery|photo gallery|live|podcast|go deeper|dive deeper)\s*[:|]\s*\S"
        # "Most Read from Bloomberg" over one other story's headline, in the middle of the story
        rf"|^{MOST_READ_LABEL}$",
        max_words=30,
    ),
    # a teaser's label and a colon, translated or left in the site's language: "You may be
    # interested in: …", "LOOK: …", "RELATED NOTE: …", "Keep reading: …", "Lee también: …"
    _rule(
        "read-also-teaser",
        r"^(?:you (?:may|might) (?:also )?(?:be interested in|like|want to read)|(?:it |this )?(?:may|might) interest you|"
        r"look|related (?:note|news|articles?|stories|reading)|keep reading|also interesting|"
        # ("Lire aussi | Budget 2025 : ce que contient …": or a bar)
        rf"te puede interesar|{FOREIGN_READ_ALSO})\s*[:|]\s*\S"
        # "MORE: Putin says Russia is ready for talks": in capitals, as a button's label
        r"|^(?-i:MORE|ALSO|SEE ALSO|READ)\s*[:|]\s*\S",
        max_words=30,
    ),
    _rule(
        "share-widget",
        _exact(
            r"(?:kindly |please )?share(?: (?:this|your love|it|the article|this (?:article|story|post|page|live ?blog)|now|via|on))?|"
            # "Share this story on WhatsApp"
            r"share (?:this |the )(?:article|story|post|page) (?:on|via) (?:" + _SOCIAL + r")|"
            r"like this|like loading|tweet|shares?|sharing is caring|spread the love|gift (?:this )?article|"
            r"share (?:the )?full article|share or comment(?: on this (?:article|story))?|"
            r"copy|embed|copy/paste the (?:article )?(?:video )?embed (?:link|code)(?: below)?|"
            r"click to (?:share|email|print)[^\n]{0,80}|save|bookmark|link copied|print this (?:page|article)|"
            # a bookmark button's answer: "Story Saved"
            r"(?:story|article) (?:saved|bookmarked)|save (?:story|article)|"
            r"share(?: (?:this|this article|this story|on|via))?\s*:?\s*(?:(?:" + _SOCIAL + r")[\s,|/•·]*){1,10}|"
            # a share bar's icons as their letters: "f", "X", "in"
            r"in|"
            r"email this(?: article| story)?|"
            # in the paper's own language: "Artikel teilen", "Partager", "Condividi", "Compartir"
            r"(?:artikel |beitrag )?teilen|partager(?: (?:cet article|sur))?|condividi(?: (?:l'articolo|su))?|"
            r"compartir(?: (?:en|este artículo|esta noticia))?|compartilhe|compartilhar|udostępnij|artikel delen|delen|"
            # (Swedish, Norwegian, Danish, Indonesian: "Dela", "Kopiera länk", "Del artikkelen", "Bagikan")
            r"dela(?: artikeln)?|kopiera länk(?:en)?|del(?: artikkelen| artiklen)?|kopier lenke|kopiér link|bagikan|salin link|"
            # "Vous pouvez partager un article en cliquant sur les icônes de partage …": the bar's instructions
            r"(?:you can|vous pouvez) (?:share|partager) (?:this|an?|un|cet) (?:article|story)\b[^.]{0,120}\.?|"
            r"(?:(?:(?:share|post|send) (?:on|to|via) )?(?:" + _SOCIAL + r")[\s,|/•·]*){1,10}"
        ),
    ),
    _rule(
        "share-counter",
        r"^(?:\d{1,3}(?:[.,]\d{3})*|\d+(?:[.,]\d+)?[km]?)(?:\s+(?:shares?|comments?|views?|likes?|reactions?|reads?|followers?|claps?))?$"
        r"|^(?:shares?|comments?|views?|likes?)\s*[:\-]?\s*\d[\d.,]*[km]?$"
        # "This story has been shared 1,234 times."
        r"|^this (?:story|article|post) has been (?:shared|viewed|read) [\d.,]+[km]? times\.?$",
    ),
    _rule(
        "reading-time",
        r"^(?:reading time\s*:?\s*)?(?:\d{1,3}|an?|one|two|three|four|five|ten)\s*-?\s*(?:min(?:ute)?s?\.?)\s*(?:read|reading|to read|reading time)?$"
        r"|^(?:(?:estimated )?reading time|(?:estimated )?read time|time to read|est\.?|lecture|lesezeit|lectura|temps de lecture|"
        r"tiempo de lectura|czas czytania)\s*:?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*min(?:ute|uten|utos|\.)?s?\.?$"
        # "Listen to this article · 4 min", "Listen · 5:32", "Listen to this article · 5:12 min Learn more"
        r"|^listen(?: to (?:this|the) (?:article|story))?\s*[·•|,:–—-]?\s*(?:\d{1,3}\s*min(?:ute)?s?|\d{1,2}:\d{2}(?:\s*min)?)"
        r"(?:\s*learn more)?$",
    ),
    # "Send us your news: newsdesk@...", "Got a story? Email ...": the newsroom asking for tips.
    _rule(
        "contact-prompt",
        # ("Send your news stories to newsroom@ghanaweb.com and via WhatsApp on …", "Send your stories and photos now")
        r"^(?:send (?:us )?your (?:news(?: stories)?|story|stories|tips?|pictures|photos|videos)|got a (?:story|news tip|tip)|"
        r"(?:do you )?have a (?:confidential )?(?:story|news tip|tip)(?: for (?:us|our reporters))?\??|contact (?:the )?(?:newsdesk|news desk|newsroom)|"
        r"tips? (?:to|for) the newsroom|email us (?:at|on)|to contact (?:the|our) (?:newsdesk|newsroom|reporter))\b.{0,160}$"
        r"|^(?:send us your |your |give us your |leave )?feedback\b.{0,40}$"
        # "Get in touch with our news team by emailing us at newsdesk@example.com"
        r"|^get in touch with (?:our|the) (?:news ?team|newsroom|news ?desk|editors?|reporters?)\b.{0,120}$"
        # "Have an opinion on anything you've read in the Guardian today? Please email us your letter …": a letters
        # page's call for more
        r"|^(?:have an opinion on (?:anything|something|what) you['’]ve read\b.{0,200}"
        r"|.{0,120}\b(?:email|send|write) us (?:your letter|a letter)\b.{0,160})$",
        max_words=45,
    ),
    # "jwanga@ke.nationmedia.com": the reporter's address alone under the story, or a short line ending in
    # one ("Have something to say? Write to letters@example.com", "Anna Smith in Geneva at asmith@example.com")
    # (the sign looked for first: most lines have none)
    # (not a byline with the reporter's address: "By Dana Whitaker | dwhitaker@springfieldnews.com")
    _rule("contact-prompt", r"^(?!by\s)(?=[^@]*@)(?:.*\s)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$", max_words=14),
    # "Keep up with the latest news / Download our app"
    # ("Keep up to date with what’s happening in Turkey, its region and the world.")
    _rule(
        "call-to-action",
        r"^keep up with (?:the latest|all the|our)\b.{0,50}$|^keep up to date with\b.{0,100}$",
        max_words=20,
    ),
    # "Do you have an opinion on the issues raised in this article? ... our letters section"
    _rule(
        "contact-prompt",
        r"^(?:do you have an opinion on|have your say on|what do you think (?:of|about)) (?:the )?(?:issues?|points?|topics?) "
        r"raised in this (?:article|piece|story)\b|\bsubmit (?:a|your) (?:response|letter)\b.{0,120}\bletters?\b",
        max_words=70,
    ),
    _rule(
        "published-on",
        # ("| UPDATED: 12:01 GMT, 22 March 2024": the second half of a date line broken at its bar)
        # ("Posted at 6:47 AM, Jun 14, 2024 / and last updated 9:15 AM, Jun 14, 2024": or after "and")
        # ("Last medically reviewed on January 14, 2025": a health site's date of review)
        rf"^(?:[|•·]\s*|and\s+)?(?:(?:originally |first )?published|posted|updated|last (?:updated?|modified)|modified|date|issued|"
        rf"(?:last )?medically reviewed|"
        rf"publication date|published date|date of publication)"
        # ("Updated / Tuesday, 11 Mar 2025 18:42"; "Posted: Feb 24, 2025 4:00 AM EST | Last Updated: February 24";
        # "Published date: 27 December 2023 17:30 GMT | Last update: 11 months 1 week ago")
        rf"(?:\s+(?:on|at))?\s*(?::|\s[-–—/])?\s*(?:{DATE}|{CLOCK})?\s*(?:[|•·,;]?\s*(?:and\s+)?(?:last\s+)?(?:updated?|modified)\s*:?\s*"
        rf"(?:on\s+)?(?:{DATE}|{CLOCK}|(?:{_MONTHS})\.?\s+\d{{1,2}}|(?:\d{{1,2}}\s+(?:minute|hour|day|week|month|year)s?\s*){{1,3}}ago)?)?"
        # "Updated - March 05, 2024 09:52 pm IST - BHOPAL": the place the story was filed from
        r"(?:\s+[-–—]\s+[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}(?=\s*$))?"
        # "Updated on: March 8, 2024 / 11:02 PM EST / CBS News": the network after the date
        r"(?:\s*/\s*[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3}(?=\s*$))?"
        # "Posted on March 14, 2024 by admin"
        r"(?:\s+by\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3})?$"
        # "Publié le 27 février 2024 à 10h12, modifié le …", "Veröffentlicht am 15. März 2024": in the site's language
        # ("Publicerad 12 mars 2025", "Oppdatert 12. mars 2025", "Diperbarui 6 Maret 2025": Swedish, Norwegian,
        # Danish, Finnish and Indonesian)
        rf"|^(?:publié|mis à jour|modifié|publicado|actualizado|veröffentlicht|aktualisiert|opublikowano|pubblicato|"
        rf"publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|udgivet|julkaistu|päivitetty|"
        rf"diterbitkan|diperbarui)"
        rf"(?:\s+(?:le|el|am|il|w dniu|den))?\s*:?\s*(?:{DATE})\b.{{0,100}}$"
        # "Updated April 10, 2024 — 5.22pmfirst published at 5.00am": the update, and when it first went up
        rf"|^updated\s+(?:{DATE})\s*[-–—]\s*\d{{1,2}}[.:]\d{{2}}\s*[ap]\.?m\.?\s*first published\b.{{0,40}}$",
    ),
    _rule(
        "dateline",
        # "Lukas Brunner, 3 October 2022" or "New York, 3 October 2022": a name and a date alone
        # ("Burak Dag, Ahmet Gencturk |08.03.2024": two names)
        rf"^(?:(?!(?:{BYLINE_PREFIX})\s)[A-ZА-ЯЁІЇЄҐ][\w.'’-]+(?:\s+[A-ZА-ЯЁІЇЄҐ][\w.'’-]+){{0,3}}"
        rf"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}})?\s*[|•·,–—-]\s*"
        rf"(?:(?:updated|published|posted)(?:\s+(?:on|at))?\s*:?\s*)?)?"
        # "on March 20, 2024 at 4:42 PM": the line under "By Ashley Roque"
        rf"(?:on\s+)?(?:{DATE})"
        # "03/05/2024 March 5, 2024": the date written twice, in figures and in words
        rf"(?:\s+(?:{DATE}))?"
        # "January 18, 2024 6:32 AM GMT Updated 2 hours ago"
        rf"(?:\s*[|•·,;(–—-]?\s*(?:last )?(?:updated?|modified)\b[\w :.,/-]{{0,40}}\)?)?"
        # "February 8, 2024 6:49 PM 2 min read"
        rf"(?:\s*[|•·,]?\s*\d{{1,3}}\s*-?\s*min(?:ute)?s?\.?\s*read)?$|^(?:(?:last |first )?(?:updated|posted|published|modified)\s*:?)?\s*(?:about |over |nearly |almost )?(?:\d{{1,2}}|an?) (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago$|^just now$"
        # "9m ago", "1h ago": a live page's key events, each under how long ago it was posted
        r"|^\d{1,2}\s?[mhd] ago$"
        r"|^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$",
    ),
    # "14:05 GMT - Zelensky visits troops near Kupiansk": a live page's key event, its time and its post's
    # title (a title: no sentence's end)
    _rule(
        "header-label",
        r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s+[-–—|]\s+(?-i:[A-Z“\"‘'])[^.!?]{5,120}[^.!?:\s]$"
        # "2h ago Starmer: 'Vote for change'": how long ago, then the post's title
        r"|^\d{1,2}\s?(?:[mhd]|mins?|minutes?|hours?|hrs?|days?)\s+ago\s+(?-i:[A-Z“\"‘'])[^.!?]{5,120}[^.!?:\s]$",
        max_words=20,
    ),
    # "KYODO NEWS - Mar 5, 2024 - 21:52 | World, All": the agency, the date and time, its sections
    _rule(
        "dateline",
        rf"^[A-Z][\w.'’&-]+(?:\s+[A-Z][\w.'’&-]+){{0,3}}\s*[-–—|]\s*(?i:{DATE})(?:\s*[-–—|,]\s*(?i:{CLOCK}))?"
        r"\s*\|\s*[\w ,&/-]{1,40}$",
        max_words=16,
        cased=True,
    ),
    # "22.03.24 10:15", "02/23/24": a date with the year in two digits, alone on its line
    _rule("dateline", rf"^(?:(?:{_WEEKDAYS}),?\s+)?{SHORT_DATE}$", max_words=6),
    # "Published: 7 March 2024 | Updated: 8 March 2024 | By Ion Rusu": the dates, then the author (or
    # the author first: "By Ion Rusu | Published: 7 March 2024")
    _rule(
        "byline",
        rf"^(?:{_LABELLED_DATE}\s*[|•·,–—-]\s*){{1,2}}(?i:by)\s*:?\s+{BYLINE_NAME}(?:\s*(?:,|and|&)\s*{BYLINE_NAME})*$"
        rf"|^(?i:by)\s*:?\s+{BYLINE_NAME}(?:\s*(?:,|and|&)\s*{BYLINE_NAME})*(?:\s*[|•·,–—-]\s*{_LABELLED_DATE}){{1,2}}$",
        max_words=24,
        cased=True,
    ),
    # "TOI City Desk / TIMESOFINDIA.COM / Updated: Nov 13, 2024, 09:52 IST": the desk, the site, the date
    _rule(
        "dateline",
        rf"^[^|/]{{2,40}}(?:\s*[/|]\s*[^|/]{{2,40}}){{0,2}}\s*[/|]\s*(?:updated|published|posted)(?:\s+on)?\s*:?\s*(?:{DATE})$",
        max_words=20,
    ),
    # "Philippine Daily Inquirer / 04:40 AM March 08, 2024": the paper's name, then the time and the date
    _rule(
        "dateline",
        rf"^(?!(?i:{BYLINE_PREFIX})(?=\W))(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}}\s*[/|•·]\s*(?i:{DATE})$",
        max_words=14,
        cased=True,
    ),
    # "New York CNN —": where the story was filed and the network, over its first paragraph
    _rule("dateline", r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+\(?[A-Z]{2,8}\)?\s*[—–]$", max_words=6, cased=True),
    # "WARSAW, POLAND —": the city in capitals (and its country) alone over the first paragraph
    _rule(
        "dateline",
        r"^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}(?:,\s*[A-Z][A-Za-z.'’]+(?:\s+[A-Z][A-Za-z.'’]+){0,2})?\s*[—–]$",
        max_words=6,
        cased=True,
    ),
    # "Reporting from Brussels": where the reporters filed from, under their names
    # ("Reporting from Rio de Janeiro", "Reporting from Kyiv and Kharkiv, Ukraine")
    _rule(
        "dateline",
        r"^(?i:reporting from) [A-Z][\w'’.-]*(?:,? (?:[A-Z][\w'’.-]*|de|da|do|dos|del|la|el|al|of|upon|and|y))"
        r"{0,5}$",
        max_words=9,
        cased=True,
    ),
    # "ISTANBUL Mar 08, 2024 - 3:35 pm GMT+3": the city in capitals, then the date
    _rule("dateline", rf"^(?-i:[A-Z]{{3,}}(?:[ -][A-Z]{{3,}}){{0,2}}),?\s+(?:{DATE})$", max_words=12),
    # "All News 09:12 January 06, 2025": a section's name and the time before the date
    _rule("dateline", rf"^(?:(?-i:[A-Z])[\w&'’.-]*\s+){{1,3}}(?:{CLOCK})\s+(?:{DATE})$", max_words=10),
    # "ByGuy Faulconbridge and Lidia Kelly": a scrape that lost the space after "By"
    _rule(
        "byline",
        rf"^By(?={BYLINE_NAME}(?:\s*(?:,|and|&)\s*{BYLINE_NAME})*$)",
        max_words=12,
        cased=True,
    ),
    # "By Liana Fix, a fellow for Europe at the Council on Foreign Relations.": the author and who they are
    _rule(
        "byline",
        # ("By Jess Weatherbed, a news writer focused on creative industries, computing, and internet culture.")
        rf"^By {BYLINE_NAME},\s+(?:a|an|the)\s+(?:[\w'’-]+,?\s+){{0,18}}[\w'’.-]+\.?$",
        max_words=26,
        cased=True,
    ),
    # "Anna Smith @annasmith": the reporter and their handle
    _rule("byline", rf"^{BYLINE_NAME}\s+\(?@\w{{1,30}}\)?$", max_words=5, cased=True),
    # "Anna Smith / Kyiv Post": the reporter, then the paper, after a slash (an agency there,
    # "Adrian Wyld/The Canadian Press", credits a photographer)
    _rule(
        "byline",
        rf"^{BYLINE_NAME}\s*/\s*(?!(?i:{AGENCIES})$)(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{0,3}}{_NEWSROOM_LAST_WORD}$",
        max_words=10,
        cased=True,
    ),
    # "Evan Dyer · CBC News ·": the reporter, then the newsroom, set off by dots
    _rule(
        "byline",
        rf"^{BYLINE_NAME}(?:\s*(?:,|and|&)\s*{BYLINE_NAME})*\s*[·•]\s*(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{0,3}}"
        rf"(?:{_NEWSROOM_LAST_WORD}|[A-Z]{{2,6}})\s*[·•]?"
        # ("Murray Brewster · CBC News · Posted: Mar 19, 2024 4:00 AM EDT | Last Updated: March 19, 2024")
        rf"(?:\s*(?i:posted|published|updated)\s*:?\s*(?i:{DATE})(?:,?\s*(?i:{CLOCK}))?"
        # ("| Last Updated: March 15": the day the story changed, the year left out)
        rf"(?:\s*[|•·]\s*(?i:(?:last\s+)?updated)\s*:?\s*(?i:{DATE}|(?:{_MONTHS})\.?\s+\d{{1,2}})(?:,?\s*(?i:{CLOCK}))?)?)?$",
        max_words=30,
        cased=True,
    ),
    # "May 18, 2024 by Notes from Poland Staff": the date, then who wrote it
    _rule("byline", rf"^(?:{DATE})\s*(?:[|•·,–—-]\s*)?by\s+\S.{{1,60}}$", max_words=16),
    # "07 Mar. 2024 -", "February 28, 2024, 14:00, The Kremlin, Moscow": the date, then where
    # ("Mar 12, 2025 - Economy", "27 January 2025, 14:22 | Hungary": or the section)
    _rule(
        "dateline",
        rf"^(?:{DATE})(?:,?\s*(?:{CLOCK}))?\s*(?:[-–—|/](?:\s*[\w&'’]+(?:\s+[\w&'’]+){{0,2}})?"
        rf"|(?:,\s*(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?){{1,3}}"
        # ("8 July 2024 Peace and Security": the section's name with nothing between)
        r"|\s+(?-i:[A-Z])[\w'’]+(?:\s+(?:and|&|of|(?-i:[A-Z])[\w'’]+)){0,3})$",
        max_words=12,
    ),
    _rule(
        "byline",
        # ("ABC Great Southern / By Kit Mochan": the bar before it, the newsroom cut off on the line above)
        rf"^(?:[/|•·]\s*)?(?i:{BYLINE_PREFIX})\s*:?\s+"
        r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|del|la|le|bin|al)){0,4}"
        # ("By John Smith, Senior Correspondent, and Jane Doe")
        # ("Par Théa Ollivier et Marie Dupont", "Por Juan Pérez y Ana Gómez": "and" in the site's language)
        r"(?:\s*(?:,\s*and|,|and|&|\||/|-|–|—|in|with|et|y|und|e|en|i)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}){0,4}"
        # "Par Théa Ollivier (Dakar, correspondance)", "By Anna Smith (Kyiv)": where the reporter files from
        r"(?:\s*\((?:[A-Z][\w'’.-]*|[a-zà-ÿ]+)(?:,?\s+[\w'’.-]+){0,3}\))?"
        # "by Martin Fornusek and The Kyiv Independent news desk": the newsroom's desk beside the reporter
        r"(?:\s+(?:and|&)\s+(?:(?i:the)\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s+(?i:news ?desk|newsroom|news team))?"
        # ("By Anna Smith and agencies")
        r"(?:\s+(?:and|with)\s+(?:agencies|wires|news agencies))?"
        # "By John Smith for Newsweek", "By John Smith @jsmith", "By John Smith on March 7, 2024"
        r"(?:,?\s+(?i:for)\s+(?:(?i:the)\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?"
        # ("by Sarah Collins, Queen Mary University of London": the writer's institution, with what it is of)
        rf"(?:{WRITERS_INSTITUTION})?"
        # ("By Anna Smith, Special to The Post": a contributor's note)
        r"(?:,\s*(?i:special to|exclusive to|writing for)\s+(?:(?i:the)\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?"
        # ("By: Krixia Subingsubing - Reporter / @KSubingsubingINQ": or after a slash)
        r"(?:\s+\(?@\w{1,30}\)?|\s*/\s*@\w{1,30})?"
        rf"(?:\s+(?i:on)\s+(?i:{DATE}))?"
        # ("By Janene Pieters 27 June 2024 - 08:14": the date with no mark before it, and the time after it)
        rf"(?:\s*[|•·,–—-]\s*(?i:{DATE}|{SHORT_DATE})|\s+(?i:{DATE})(?:\s*[-–,]\s*(?i:{CLOCK}))?)?"
        # "by Anna Smith | 2 min read", "Story by Tom Watling • 5h": the reading time or the age after it
        rf"(?:{BYLINE_AGE})?"
        # ("By Ruta Zemaityte | 6 min read | 18 March 2024": the date after the reading time)
        rf"(?:\s*[|•·,–—-]\s*(?i:{DATE}|{SHORT_DATE}))?"
        # "By Global Times Published: Mar 05, 2024 09:52 PM": the date line run into the byline
        rf"(?:,?\s+(?i:published|updated|posted)(?:\s+(?i:on))?\s*:?\s*(?i:{DATE}))?"
        # "Posted by Euro Daily Staff | Feb 20, 2024 | World | 7 comments": the section and the comment count
        r"(?:\s*[|•·]\s*[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,3}?)?(?:\s*[|•·]\s*(?:\d+|(?i:no|one))\s+(?i:comments?|responses?|replies))?"
        # "Written by Anna Smith; edited by John Doe": the editor after the author
        # ("… on January 14, 2025 — Fact checked by Jill Seladi-Schulman, Ph.D.": a health site's fact checker)
        r"(?:\s*[;,|—–]\s*(?i:edited by|fact[- ]checked by|medically reviewed by)\s+[A-Z][\w.'’ ,-]{1,60})?"
        # "By Anna Smith, with reporting by John Doe": who else reported
        r"(?:\s*[;,]\s*(?i:with (?:additional )?reporting by|additional reporting by)\s+[A-Z][\w.'’ -]{1,60})?"
        # "By Isabel Coles | Photographs by Ivor Prickett": the photographer after the author
        r"(?:\s*[|/•·]\s*(?i:photo(?:graph)?s?|pictures?|images?|video)\s+(?i:by)\s+[A-Z][\w.'’ -]{1,60})?"
        # "Story by Lilia Yapparova. Translation by Sam Breazeale.": the translator after the author
        r"(?:\s*[;,|.]\s*(?i:translation|translated(?: from [a-z]+)?) (?i:by)\s+[A-Z][\w.'’ -]{1,60})?"
        # "By Son Ji-hyoung ([email protected])": the reporter's address, or what a scraper left of it
        # ("By Dana Whitaker | dwhitaker@springfieldnews.com": or after a bar)
        # ("BY KIM JI-HYE [kim.jihye@joongang.co.kr]": or in square brackets)
        r"(?:\s*[(\[]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email protected\])\s*[)\]]"
        r"|\s*[|•·]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email protected\]))?\.?$",
        max_words=20,
        cased=True,
    ),
    # "John Smith, Staff Writer", "John Smith | Contributor": a name and a desk, and no "By"
    _rule(
        "byline",
        rf"^{BYLINE_NAME}\s*[,|—–]\s*(?i:(?:[a-z]+\s+){{0,2}}(?:{DESK_WORDS}|contributor|staff writer)s?)$",
        max_words=8,
        cased=True,
    ),
    # "By business reporter Gareth Hutchens": the desk in lower case before the name
    _rule(
        "byline",
        rf"^(?i:by)\s+(?:[a-z]+\s+){{0,3}}(?:{DESK_WORDS})\s+{BYLINE_NAME}(?:\s+(?:and|&)\s+{BYLINE_NAME})?$",
        max_words=12,
        cased=True,
    ),
    # "Le Monde with AFP": a newsroom writing from the agencies' copy, in a byline's place
    _rule(
        "byline",
        r"^\(?[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,2}\s+(?i:with)\s+(?i:(?:the )?associated press|"
        + AGENCIES
        + r")"
        r"(?:\s*(?:,|and|&)\s*(?i:(?:the )?associated press|" + AGENCIES + r"))*\)?$",
        max_words=10,
        cased=True,
    ),
    # "John Smith in Kyiv and Jane Doe in Moscow": the reporters and where they filed from, with no "By"
    _rule(
        "byline",
        # ("Jennifer Rankin in Brussels and Pjotr Sauer": the last one where the paper is)
        rf"^{BYLINE_NAME} in [A-Z][\w'’-]+(?:(?:,| and) {BYLINE_NAME}(?: in [A-Z][\w'’-]+)?){{1,3}}$",
        max_words=16,
        cased=True,
    ),
    # "Words: John Smith | Photos: Jane Doe": the writer, then the photographer
    _rule(
        "byline",
        rf"^(?:words|text|story|reporting)\s*:\s*{BYLINE_NAME}\s*[|/•·]\s*(?:photos?|pictures?|images?|photography)\s*:\s*{BYLINE_NAME}$",
        max_words=12,
    ),
    # A post embedded as text: "Stuck again #trains — Commuter (@commuter) December 12, 2023"
    _rule("social-embed", rf"[—–-]\s*[^()]{{1,60}}\(@\w{{1,30}}\)\s*(?:{DATE})?\s*$", max_words=80),
    # an Instagram or TikTok post embedded as text: "View this post on Instagram", "A post shared by SpaceX (@spacex)"
    _rule(
        "social-embed",
        r"^view (?:this|the) (?:post|video|reel|profile) on (?:instagram|tiktok|facebook|threads|x|twitter)$"
        r"|^an? (?:post|video|reel|photo) shared by\b.{1,80}$"
        r"|^(?:[\w.'’ -]{1,60}\s)?\(@[\w.]{1,30}\) (?:on|•) (?:instagram|tiktok|threads)\b.{0,60}$",
        max_words=16,
    ),
    # Blogger's "Posted by Bethan Lloyd at 10:42 AM 3 comments Labels: ..."
    # (or "Posted by Linda Carver on Tuesday, March 12, 2025")
    _rule(
        "byline",
        rf"^posted by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}} (?:at|on) (?:\d|(?:{_WEEKDAYS}|{_MONTHS})\b).{{0,120}}$",
        max_words=25,
    ),
    # "Damian Carrington Environment editor": the name and the desk, with no "By"
    # (never a newsroom's initials: "BBC Ukraine correspondent" is the desk under the name)
    _rule("byline", rf"^(?![A-Z]{{2,5}}\s){BYLINE_NAME}\s+{BYLINE_DESK}$", max_words=8, cased=True),
    # "Anna Smith - Senior Reporter": the desk after a dash
    _rule("byline", rf"^{BYLINE_NAME}\s+[-–—]\s+{DASHED_DESK}$", max_words=8, cased=True),
    # "___", "* * *", "-----": a rule drawn across the page
    # ("--", Medium's clap counter with no number; "—" alone)
    _rule("separator", r"^[_*=~#•·\-–—\s]{2,}$|^[•·|\-–—]$"),
    # "Writer for Geopolitics Weekly": the author's line on a blog platform
    _rule(
        "author-bio",
        # (a name's words only: "Editor at Large Anna Smith said …" is a story's sentence)
        r"^(?:writer|editor|contributor|columnist|reporter|author) (?:for|at) "
        r"(?-i:[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|the|and|&)){0,5})$",
        max_words=10,
    ),
    _rule(
        "image-credit",
        r"^[(\[]?(?:(?:image|photo|picture|photograph|graphic|illustration|cover|featured image|header image|"
        r"main image|top image|video|footage|pictured)s?\s*(?:credits?|courtesy|source|by)?|credits?|"
        r"photo courtesy|courtesy|photo illustration|photo-illustration|"
        r"(?:illustrative|file|archive|stock) (?:photo|picture|image)s?)\s*[:：|/]"
        # "Credit...Brendan Hoffman for The New York Times"
        r"|^credits?\s*(?:\.{2,}|…)\s*\S",
        max_words=25,
    ),
    _rule(
        "image-credit",
        r"^[(\[]?(?:photo|image|picture)?\s*(?:getty images|getty|afp(?: via getty images)?|shutterstock|"
        r"ap photo|reuters|epa(?:-efe)?|anadolu(?: agency)?|alamy|istock(?:photo)?)"
        r"(?:\s*[/|,]\s*[\w .'-]{1,40})?[)\]]?$",
    ),
    # "... not ruling anything in or out. (ABC News: Nicholas Haggarty)": the paper and its photographer;
    # "... rising healthcare costs.ST PHOTO: GAVIN FOO": a caption glued to its credit in capitals
    # (a rule of its own: one that starts with a full stop is quick to look for)
    _rule(
        "image-credit",
        r"[.!?]\s*(?:\((?:[A-Z][\w&.'’-]*\s*){1,3}:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\)"
        r"|(?:[A-Z]{2,10}\s+)?(?:PHOTO|PHOTOS|FILE PHOTO|IMAGE)\s*:\s*[A-Z][A-Z .'’-]{1,40}"
        # "… speaks at the conference in Tokyo on Monday. | KYODO": an agency in capitals after a bar
        r"|\s+\|\s+[A-Z]{2,12}(?:[-/][A-Z]{2,12})?)$",
        cased=True,
    ),
    # "President Cyril Ramaphosa answers questions in Parliament on Thursday. Jaco Marais/News24": a caption
    # and its photographer and newsroom after a slash (a story's paragraph keeps its words, see boilerplate)
    _rule(
        "image-credit",
        r"^[A-Z](?=[^/]*/[A-Z][\w&'’-]{1,20}$)(?=.*[.!?]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}/[A-Z][\w&'’-]{1,20}$)",
        max_words=40,
        cased=True,
    ),
    # "Ukrainian prisoners of war after a swap with Russia. AP": one sentence and its agency (no one's
    # words: "…, the ministry said. Reuters" is a story's paragraph with its credit glued on)
    _rule(
        "image-credit",
        r"^[A-Z](?=[^.!?]{10,200}[.!?]\s+(?:AP|AFP|Reuters|EPA|WAM|Getty Images|Bloomberg)$)(?!.*\b(?:said|says|told|according)\b)",
        max_words=30,
        cased=True,
    ),
    # "… at the Capitol on Tuesday, April 16, 2024. (Annabelle Gordon)": a caption dated as agencies date
    # them, and its photographer's name in brackets
    _rule(
        "image-credit",
        # (the name in brackets looked for first: the date is slow to look for everywhere)
        rf"^(?=.*\)$)(?=.*\d\.\s*\([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,2}}\)$).*\b(?i:{DATE})\.\s*\([^()]+\)$",
        max_words=60,
        cased=True,
    ),
    # "Stephen B. Morton/AP", "Jane Doe/Getty Images": the photographer and the agency, alone on a line
    Rule("image-credit", PHOTOGRAPHER_CREDIT_RE, False, 10),
    _rule(
        "image-credit",
        r"^(?:photo|image|picture|illustration|photograph)s? (?:by|courtesy of|credit) (?-i:[A-Z])"
        # (but "(PHOTOS)", "(Photo, Video)" ending a headline is its media mark, no credit)
        r"|\((?!(?:photos?|videos?|pictures?|images?|fotos?)(?:\s*(?:,|and|&|\+)\s*(?:photos?|videos?|pictures?|images?))*\))"
        # ("(U.S. Army photo by Spc. John Doe)": who took it, up to two words before "photo")
        r"(?:[\w.-]+ ){0,2}(?:photo|image|picture|foto|credit|source)s?\b[^()]{0,80}\)\.?$"
        r"|^(?:image|photo|slide|picture) \d+ (?:of|/) \d+$|^\d{1,3} ?/ ?\d{1,3}$|^\d{1,3} of \d{1,3}$"
        # a caption ending in its photographer and agency in brackets: "... in Kyiv [File: Gleb Garanich/Reuters]"
        r"|\[(?:file(?: photo)?\s*:\s*)?[A-Z][^\[\]/]{0,50}/\s*[A-Z][^\[\]]{0,40}\]$"
        # "… in Ankara on 27 December 2023 (Adem Altan/AFP)": in round ones, a name and an agency
        rf"|\((?:file(?: photo)?\s*:\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}}\s*/\s*(?:{AGENCIES}|getty images)\)$"
        # "Erdogan made the remarks in Ankara. (AA Archive)": a caption and its agency's archive
        r"|[.!?]\s*\((?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*))?\s+(?:archive|file)(?: photo)?\)\.?$"
        # "Zelensky and Rutte / photo president.gov.ua": a caption, a slash and its credit
        r"|\s/\s*(?:illustrative |file )?(?:photo|image|picture|foto|screenshot)s?(?: by)?\s*:?\s+[^\s/][^/]{0,50}$"
        r"|^(?:image|photo|video|media) (?:caption|source|credit)\s*[,:]"
        # a caption ending in its credit: "The cranes at dawn on Tuesday. Photo: Lakeside Courier"
        # ("… 'Our neutrality is not a barrier.' Photograph: Nick Bradshaw": after a quote's closing mark too)
        r"|(?:[.!?][’'\"”]?|\s[|])\s+(?:photo|image|picture|photograph|illustration|video)s?(?: credit)?\s*[:：]\s*[\w .,'’&/-]{1,60}$"
        # "… speaks to The Telegraph in Kyiv Credit: Julian Simmonds for The Telegraph": no full stop
        # before "Credit", the photographer, then the paper or the agency
        r"|\s(?-i:Credit)\s*[:：]\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"
        r"(?:\s*/\s*[\w .'’&-]{1,40}|\s+for\s+(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3})$"
        # or with no full stop before it, the photographer then the agency: "... alone Image: Jane Doe/dpa"
        # (or glued to it: "… not send the missilesImage: Michael Kappeler/dpa/picture alliance")
        r"|(?:\s(?:image|photo|picture)|(?<=[a-z])(?-i:Image|Photo|Picture))\s*:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[\w .,'’&/-]{1,60}$"
        # or its source, the photographer and the newsroom: "Defense Minister Hanno Pevkur. Source: Priit Mürk/ERR"
        r"|[.!]\s+(?-i:Source)\s*:\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*/\s*[\w .'’&-]{1,40}$"
        # or after a copyright sign: "... in Paris, on February 28, 2024. © Thomas Samson, AFP"
        r"|[.!]\s+©\s*(?!\d)[A-Z][\w.'’-]*(?:\s+[\w.'’&-]+){0,4}(?:\s*[,/]\s*[\w .'’&-]{1,60})?$"
        # or glued to it: "... in Kyiv last month.Credit...Brendan Hoffman for The New York Times"
        r"|[.!]\s*credits?\s*(?:\.{2,}|…|[:：])\s*[\w .,'’&/—–-]{1,80}$"
        # or in the agency that took it: "... near Bakhmut on March 3, 2023. (AFP)"
        r"|^[^“”\"«»]*[.!]\s+\((?:(?:photo|picture|image)s?\s*:?\s*)?(?:(?:the )?associated press|" + AGENCIES + r"|"
        r"getty images|epa(?:-efe)?|shutterstock|alamy)(?:\s*(?:photo|file|/\s*[\w .'-]{1,40}))?\)$"
        # or glued to who took it and the agency in capitals: "… in Amman on Wednesday.Moncloa (EUROPA PRESS)"
        r"|(?<=[a-z]\.)(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+\((?-i:[A-Z][A-Z .&-]{1,30})\)$"
        # or in who took it and where it was posted: "... in Odesa on March 14. (State Emergency Service / Telegram)"
        r"|^[^“”\"«»]*[.!]\s+\((?-i:[A-Z])[\w .'’&-]{1,50}?\s*/\s*(?-i:[A-Z])[\w .'’&-]{1,40}\)$",
        max_words=40,
    ),
    _rule(
        "subscribe-prompt",
        r"^join\s+\S.{0,60}?\s+to\s+(?:follow|read|get|receive|stay|keep|access|support|continue|enjoy|unlock)\b"
        r"|^(?:subscribe|sign up|register|get our|get the|get exclusive)\b.{0,160}"
        r"\b(?:newsletter|updates|inbox|subscription|unlimited|free|alerts|digest|briefing|by e-?mail)\b"
        r"|^(?:please )?(?:support (?:our|independent|quality) (?:journalism|reporting)|become a (?:member|subscriber|patron))\b"
        # "Become a Maverick Insider", "This article is free to read."
        r"|^become an? (?:[A-Z][\w'’-]+ ){1,2}(?:insider|member|subscriber|supporter|patron)s?\.?$"
        r"|^this (?:article|story) is free to read\b.{0,60}$"
        r"|^(?:already (?:a subscriber|have an account)|log ?in to read|subscribe now|subscribe(?!-))\b.{0,60}$"
        # ("Newsletter: …", "Newsletter sign-up"; "Newsletter editors at the paper walked out" is a story's)
        r"|^newsletters?(?:\s*[:|–—-]|\s+sign[- ]?up\b|\s*$).{0,120}$"
        r"|^(?:sign up|enter your e-?mail(?: address)?|e-?mail address|by signing up|i agree to the)\b.{0,120}$"
        # "Thanks for signing up to the Inside Washington email"
        r"|^(?:thanks?(?: you)?|thank you) for (?:signing up|subscribing|registering)\b.{0,80}$"
        # "Get newsletter", "Get the best of The Conversation, daily": a sign-up box's button and pitch
        # "Paywall / To continue reading this article, subscribe to The Baltic Times."
        r"|^(?:to )?(?:continue|keep) reading\b.{0,100}\b(?:subscribe|subscription|log ?in|sign ?in|register|members?)\b.{0,60}$"
        r"|^pay ?wall$"
        # "While you're here: Every Tuesday, DW editors round up … You can sign up here for the weekly email newsletter"
        r"|^while you['’]re here\b.{0,200}\b(?:sign up|subscribe|newsletter|donate|support)\b"
        r"|^get (?:our |the )?newsletters?$|^get the (?:best|latest|top)\b.{0,60},\s*(?:daily|weekly|every \w+)\.?$"
        # "By registering, you agree to our T&C and Privacy Policy"
        r"|^by (?:registering|subscribing|submitting|clicking|continuing|signing up)\b.{0,40}\byou(?: are)? agree(?:ing)?\b.{0,120}$"
        # "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use …"
        r"|^you (?:can|may) unsubscribe at any time\b.{0,160}$"
        # an author's "Follow" button: "You will receive email alerts from this author. / Manage alert
        # preferences on your profile page"
        r"|^you(?: will|['’]ll) (?:no longer )?receive (?:e-?mail )?(?:alerts|notifications|updates) (?:from|about|for) "
        r"this (?:author|writer|reporter|columnist|topic)\b.{0,40}$"
        r"|^manage (?:your )?(?:e-?mail )?alert preferences\b.{0,60}$"
        # "In a time of both misinformation and too much information, quality journalism is more crucial than
        # ever. / By subscribing, you can help us get the story right."
        r"|^(?:[^.“”\"]{0,80}\s)?(?:quality |independent |good |trusted )?journalism is (?:more )?"
        r"(?:crucial|important|vital|needed|essential) (?:than|as) ever\b[^“”\"]{0,60}$"
        r"|^by subscribing,? you (?:can )?(?:help|support|make)\b.{0,80}$"
        # a topic's alert buttons: "Get email alert for articles about Hostage deal", "Watch articles about Hostage deal"
        r"|^(?:get|receive|sign up for) (?:an? )?e-?mail alerts? (?:for|about|on)\b.{0,60}$|^watch articles about\b.{0,60}$"
        # "Enjoying this article? Click here to subscribe for full access. Just $5 a month."
        r"|^enjoying (?:this|the|our) (?:article|story|content|journalism|coverage)\?.{0,160}$"
        # "By submitting, you consent to receiving marketing emails from SCMP. If you don't want these, tick here"
        r"|^by (?:registering|subscribing|submitting|signing up|clicking)\b.{0,40}\byou consent to (?:receiv\w*|our|the)\b.{0,160}$"
        r"|^this (?:article|story|content) is (?:for|only available to|reserved for) (?:subscribers|members)"
        r"|\bsubscribe (?:now |today )?(?:to|and) (?:read|continue|get|access|unlock|enjoy)\b"
        # "Want more news like this? Sign up to our daily newsletter here"
        r"|\b(?:sign up|subscribe) (?:to|for) (?:our|the)\b.{0,60}\b(?:newsletters?|alerts|briefing|digest|e-?mails?)\b",
        max_words=35,
    ),
    # "... offered to subscribers ... in summarized form. Please contact us for subscription options."
    _rule(
        "subscribe-prompt",
        r"contact us for (?:subscription|subscriber) (?:options|plans|packages|details)\.?$"
        # (the site's own note without that: "X website contains only a portion of the news stories
        # offered to subscribers …")
        r"|^(?:the |our )?(?:\S+\s+){0,4}(?:website|site|portal)\s+(?:contains|offers|carries|publishes|shows)\s+only\s+"
        r"(?:a\s+)?(?:portion|part|selection|some)\b.{0,200}$",
        max_words=45,
    ),
    # "Catch up on the most important stories affecting your finances.": a newsletter's pitch over its button
    # ("Stay up to date with the latest news, delivered each morning")
    _rule(
        "subscribe-prompt",
        r"^(?:catch up on|stay (?:up to date|informed|on top of|ahead)(?: (?:on|with))?|keep up (?:to date )?with)\s"
        r"(?=.{0,100}\b(?:stories|news|headlines|updates)\b)(?=.{0,120}\b(?:your?|inbox|every|each|daily|weekly)\b).{0,140}$",
        max_words=20,
    ),
    # "Welcome to this week's issue. If you were forwarded this email, you can subscribe below."
    _rule(
        "subscribe-prompt",
        r"\b(?:were|was|got|been) (?:forwarded|sent) this (?:e-?mail|newsletter|issue)\b.{0,80}\b(?:subscribe|sign up)\b.{0,40}$",
        max_words=30,
    ),
    # "Daily newsletter", "Our weekly newsletter"
    _rule(
        "subscribe-prompt",
        r"^(?:daily|weekly|free|our|morning|evening|the)(?: \w+)? newsletters?\b.{0,60}$",
        max_words=12,
    ),
    # "... funded through donations from our readers. We cannot do what we do without your support."
    _rule(
        "donation-prompt",
        r"\bfunded (?:through|by) (?:donations|contributions) from (?:our )?readers\b|\bwithout your support\.?$"
        # "... our small team depends on the support of readers like you ...", "You could close this page."
        r"|\b(?:depends?|relies?|rely|counts?) on (?:the )?(?:support|generosity|donations|help) of (?:our )?readers\b"
        r"|^you (?:could|can) close this page\b"
        # "Thank you for reading. Please consider subscribing."
        r"|^thanks? (?:you )?for reading[.!]\s+(?:please )?(?:consider )?(?:subscrib|support|donat)\w*\b.{0,80}$"
        # "Like what you read? Support independent journalism.", "Our journalism relies on your support."
        r"|^(?:like|enjoy(?:ed)?|liked|value) (?:what you(?:['’]ve| have)? (?:just )?read|this (?:article|story|piece))\?\s*"
        r"(?:please )?(?:support|donate|help|consider)\b.{0,120}$"
        r"|^our (?:journalism|work|reporting|newsroom) (?:relies|depends|runs) on (?:your|reader|readers['’]?) support\b.{0,120}$"
        # "Join Meduza in our fight against censorship / Every time you read Meduza, you support
        # independent journalism. Now Russia’s government has declared us …"
        r"|^join [\w’'. -]{1,30} in (?:our|the|its) (?:fight|struggle|battle|mission)\b.{0,60}$"
        r"|^every time you (?:read|visit|open|share)\b.{0,60},\s*you (?:support|help|fund|sustain)\b.{0,300}$"
        # "We keep you informed about the war. Help us keep going."
        r"|(?:^|[.!]\s+)help us (?:keep going|continue (?:our|this) work|stay independent|keep (?:reporting|doing this))\b.{0,40}$"
        # "If you want to support our work, please donate."
        # (never "If you want to help Ukraine, donate to the Red Cross, the minister urged.")
        r"|^if you (?:want|would like|wish) to (?:support|help) (?:us|our (?:work|journalism|newsroom|team|reporting))\b"
        r".{0,40}\b(?:donat|subscrib|contribut|become a)\w*\b.{0,60}$"
        # "We need your help.", "We’ve been working hard to bring you independent news … Consider supporting
        # the Kyiv Independent.": an appeal's heading, or its plea to support the site by name
        r"|^we (?:really )?need your (?:help|support)[.!]?$"
        # "We rely on our readers. Donate or subscribe."
        r"|^we (?:rely|depend|count) on (?:our |you,? our )?readers\b.{0,100}$"
        r"|^(?:(?:we|our|thanks?|if you)\b[^“”\"]{0,250}[.!]\s+)?(?:please )?consider (?:supporting|donating to|"
        r"subscribing to|becoming an? (?:member|patron|supporter|subscriber) of) (?:us|our (?:work|journalism|reporting|"
        r"newsroom)|(?-i:(?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}))(?: today| now)?\s*[.!]?$",
        max_words=70,
    ),
    # "… we have a small favour to ask. Millions are turning to …"
    _rule("donation-prompt", r"^(?:…|\.\.\.)?\s*(?:but )?we have a small favou?r to ask\b.{0,300}$", max_words=70),
    # "A Message from The Moscow Times: / Dear readers, / We are facing unprecedented challenges. …":
    # the site's letter to its readers, closing the page
    _rule("donation-prompt", r"^an? (?:message|note|letter|word) from (?:the |our )?[\w'’. &-]{2,40}:$", tail=True),
    # "Don’t take our word for it — support Meduza": a short appeal ending in the site's name
    _rule(
        "donation-prompt",
        r"[—–-]\s*support (?!for\b|of\b)[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}\s*[.!]?$",
        max_words=12,
        cased=True,
    ),
    # "Published on February 1, 2024, at 7:32 pm (Paris), updated at 8:15 pm"
    _rule(
        "published-on",
        rf"^published on (?:{DATE})(?:,?\s*at\s+{CLOCK})?(?:\s*\([^()]{{1,20}}\))?"
        rf"(?:,\s*updated (?:on|at)\s+(?:{DATE}|{CLOCK})(?:\s*\([^()]{{1,20}}\))?)?$",
        max_words=20,
    ),
    # "Unlock the Editor's Digest for free", "... selects her favourite stories in this weekly newsletter."
    _rule(
        "subscribe-prompt",
        r"^unlock (?:the |our )?.{1,40} for free$|\bin this (?:weekly|daily|free) newsletter\.?$",
        max_words=30,
    ),
    # "The Guardian - Back to home", "Go to the Tribune homepage": the masthead's link, as a scraper read it
    _rule(
        "masthead",
        r"^[\w&'’. -]{2,40}\s[-–—|]\s(?:back to )?home(?:page)?$|^(?:go|back|return) to (?:the )?[\w&'’. -]{2,40} home(?:page)?$",
        max_words=10,
    ),
    # "Contact: [email protected]" (what a scraper left of an address), "Email: news@paper.com"
    _rule(
        "contact-prompt",
        r"^(?:contact|e-?mail|tips?)\s*:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email protected\])$",
        max_words=6,
    ),
    # "Write to Tom Fairless at tom.fairless@wsj.com"
    _rule(
        "contact-prompt",
        r"^write to [A-Z][\w .'’-]{1,60} at \S+@\S+(?:,? (?:and|&) [A-Z][\w .'’-]{1,60} at \S+@\S+)*$",
        max_words=24,
    ),
    # "Listen to this story.", "Enjoy more audio and podcasts on iOS or Android.", "Your browser does
    # not support the <audio> element."
    _rule(
        "media-label",
        r"^listen to this (?:story|article)\.?$|^enjoy more audio\b.{0,60}$"
        r"|^(?:listen to|subscribe to) (?:the|our) podcast\b.{0,40}$"
        r"|^your browser does not support the\b.{0,40}\b(?:audio|video)\b.{0,20}$"
        r"|^(?:audio|video|this (?:audio|video)) (?:is|are) not supported (?:in|by|on) (?:your|this) (?:browser|device)\.?$"
        # "This video can not be played", "Open image in gallery", "Click to expand", "Tap to enlarge"
        r"|^this (?:video|audio|media|content) (?:can ?not|could not|cannot|is unable to) (?:be )?(?:played|loaded|displayed)\b.{0,30}$"
        r"|^(?:open|view|see) (?:image|photo|picture)s? (?:in|at) (?:gallery|full ?screen|full size)$"
        r"|^(?:click|tap) (?:here )?to (?:expand|enlarge|zoom|play|view (?:larger|full ?screen))$"
        # "Please use Chrome browser for a more accessible video player"
        r"|^(?:please )?use (?:the )?[\w ]{1,20} browser for a (?:more )?(?:accessible|better) (?:video|audio) player\.?$"
        # "NEWYou can now listen to Fox News articles!": the audio version's prompt, its badge run in
        r"|^(?:new\s*)?you can now listen to\b.{1,40}\barticles?[.!]?$",
        max_words=14,
    ),
    # "Thanks for reading The Policy Letter! Subscribe for free to receive new posts and support my work."
    _rule("subscribe-prompt", r"^thanks? (?:you )?for reading\b.{0,100}\bsubscribe\b.{0,160}$", max_words=40),
    # "Type your email…", "Enter your email address": a sign-up box's field, its placeholder left in
    _rule(
        "subscribe-prompt",
        r"^(?:type|enter|add|your) (?:your )?e-?mail(?: address)?(?: here)?\s*(?:…|\.{3})?\s*\*?$",
        max_words=6,
    ),
    # "Get the best of Meduza’s reporting in your inbox."
    # ("Delivered to your inbox every weekday.", "Sent to your inbox on Fridays": a newsletter's promise)
    _rule(
        "subscribe-prompt",
        r"^(?:get|receive|have)\b.{0,80}\b(?:in|to) your inbox\.?$"
        r"|^(?:delivered|sent|straight|direct(?:ly)?|landing)\b.{0,20}\b(?:in|to|into) your inbox\b.{0,40}$"
        # the box's head and its blurb: "Get our afternoon news email", "Your daily rundown of what you need
        # to know, delivered straight to your inbox"
        r"|^(?:get|receive) (?:our|the) (?:[\w-]+ ){0,3}(?:e-?mail|newsletter|briefing|bulletin)s?\.?$"
        r"|^your (?:daily|weekly|morning|evening|afternoon|essential)\b.{0,80}\b(?:delivered|sent)\b.{0,20}"
        r"\b(?:in|to|into) your inbox\.?$"
        # "Your information is being handled in accordance with the ABC Privacy Collection Statement."
        r"|^your (?:information|data|personal (?:data|information)|e-?mail(?: address)?) (?:is|will be) "
        r"(?:being )?(?:handled|used|processed|collected|stored)\b.{0,40}\bprivacy\b.{0,80}$",
        max_words=30,
    ),
    # "Get unlimited access to exclusive stories ... from The Straits Times.", "Read 30 days of ST for $0.99"
    _rule(
        "subscribe-prompt",
        r"^(?:(?:get|enjoy|unlock) (?:unlimited|full|exclusive|digital) access\b.{0,140}|read \d+ (?:days|months|articles)\b.{0,60})$"
        # "Get unlimited digital access for just $1 a week"
        r"|^(?:get|enjoy|unlock) (?:unlimited|full) (?:digital )?access\b.{0,140}$"
        # the paywall: "You've reached your limit of free articles this month.", "This article is for subscribers only"
        r"|^you(?:['’]ve| have) (?:reached|read|used)\b.{0,40}\b(?:limit|free articles?|free stories)\b.{0,80}$"
        r"|^this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)\b.{0,40}$"
        r"|^(?:subscribe|sign in|log in) to (?:continue|keep) reading\b.{0,60}$",
        max_words=30,
    ),
    # "Kyiv Post is an independent newspaper. Support us on Patreon.", "Donate now"
    _rule(
        "donation-prompt",
        r"\b(?:support|donate to|fund|back) us\b(?:\s+(?:on|via|at|through|with|today|now)\b|\s*[.!]?$)"
        r"|^(?:donate|make a donation|become an? (?:[\w-]+ )?(?:supporter|donor|sponsor))\b.{0,60}$"
        # "Support Meduza’s journalism. Donate today"
        r"|^support [\w’'. -]{1,30}(?:['’]s)? (?:journalism|reporting|work|newsroom)\b.{0,60}$"
        # "Give now", "Every ruble you give protects independent journalism. Donate today."
        r"|(?:^|[.!]\s+)(?:give|donate|contribute|chip in) (?:now|today|here)\s*[.!]?$"
        r"|^(?:once-monthly|one-time|monthly|annual|single) (?:donation|contribution)s?$"
        # "Support UP or become our patron!"
        r"|\bbecome (?:our|a) (?:patron|supporter|donor)\b"
        # "Want to help Meduza? Tell your friends about us."
        r"|^(?:do you )?(?:want|wish|would you like) to (?:help|support) [\w’'. -]{1,30}\?"
        r"(?!.*\b(?:said|says|urged|told|added|wrote|asked)\b).{0,80}$"
        r"|\btell (?:your )?friends about us\b",
        max_words=30,
    ),
    # "… is the place where you will find … Follow us on Twitter, support us, or become our patron!": a
    # longer appeal, closing on its ask
    _rule("donation-prompt", r"\bbecome (?:our|a) (?:patron|supporter|donor)\b.{0,40}$", max_words=45),
    # a membership box: "Do you rely on The Times of Israel for accurate … news? If so, please join …",
    # "Join our Community", "Already a member? Sign in to stop seeing this", "You're a dedicated reader",
    # "We’re really pleased that you’ve read X … articles in the past month."
    _rule(
        "donation-prompt",
        r"^do you (?:rely|depend|count) on [\w’'. -]{1,40} for\b.{0,160}\?\s*(?:if so,?\s*)?(?:please )?"
        r"(?:join|support|become|subscribe|donate|help)\b.{0,120}$"
        r"|^join (?:our|the) (?:[\w’'. -]{1,30} )?(?:community|club|membership)[.!]?$"
        r"|^already (?:a|an) (?:member|subscriber|supporter)\?\s*(?:please )?(?:sign|log) ?in\b.{0,60}$"
        r"|^you(?:['’]re| are) a (?:dedicated|loyal|regular|valued|frequent) reader[.!]?$"
        r"|^we(?:['’]re| are) (?:really |so )?(?:pleased|glad|happy|delighted|thrilled) (?:that )?you(?:['’]ve| have) read\b.{0,120}$",
        max_words=60,
    ),
    # "Simak breaking news dan berita pilihan kami langsung di ponselmu.": an Indonesian site's own news, on offer
    _rule(
        "call-to-action",
        r"^simak\b.{0,40}\b(?:berita|breaking news|video)\b.{0,120}\b(?:kami|ponsel\w*|kanal|saluran)\b.{0,120}$",
    ),
    # "Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine"
    _rule(
        "call-to-action",
        r"^(?:follow|find|see|read|get) (?:more (?:of )?|all (?:of )?)?[\w’'. -]{0,30}?(?:['’]s )?(?:full |latest )?"
        r"(?:coverage|reporting|stories|news)\b.{0,100}\b(?:at|on|here|:)\s*(?:https?://|www\.)\S+$",
        max_words=30,
    ),
    # a web address alone on its line: the page's short link or a pasted share link
    # (or a site's name alone in lower case, "kremlin.ru": where a photo or a document came from)
    _rule(
        # ("Duma.gov.ru", a credit under a caption, may start with a capital)
        "bare-link",
        r"^(?:https?://|www\.)\S+$|^(?-i:[A-Za-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})$",
        max_words=1,
    ),
    _rule("subscribe-prompt", r"^(?:this (?:site|form|page) is )?protected by recaptcha\b.{0,100}$", max_words=25),
    # a sign-up box's consent box: "I would like to be emailed about offers, events and updates from …"
    _rule(
        "subscribe-prompt",
        r"^i(?:['’]d| would) like to (?:be emailed|be contacted|receive (?:e-?mails|offers|updates|news))\b.{0,200}$",
        max_words=40,
    ),
    # a newsletter box's small print: "Privacy Notice: Newsletters may contain info about charities, …",
    # and the marker a text dump keeps where the box ended: "after newsletter promotion"
    _rule(
        "subscribe-prompt",
        r"^privacy notice\s*:.{0,300}\b(?:newsletters?|privacy policy|recaptcha)\b|^(?:after|skip past) newsletter promotion$",
        max_words=80,
    ),
    _rule(
        "subscribe-prompt",
        r"^(?:you have |you've )?(?:successfully subscribed|thank you for (?:subscribing|signing up))\b.{0,60}$",
        max_words=15,
    ),
    # a feed's footer: "The post Stoltenberg: ... appeared first on Euro Weekly News."
    # "Translation by Sam Breazeale", "Translated from Russian by Anna Smith": the translator, no author
    _rule(
        "sourcing-tagline",
        # ("Translated from Spanish": the language alone; "Contributed by our correspondent")
        r"^(?i:translated from (?:the )?[A-Z][a-z]+(?: (?:into|to) english)?)\.?$|"
        r"^(?i:(?:contributed|compiled|prepared|reported) by (?:our|the|a) (?:own )?(?:correspondents?|staff|reporters?|newsroom|"
        r"team|news desk|editorial (?:team|staff|office)))\.?$|"
        r"^(?i:(?:english )?translation|translated(?: from [a-z]+)?(?: (?:into|to) english)?|english version) ?(?i:by|:)"
        r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})?\.?$",
        max_words=12,
        cased=True,
    ),
    _rule("sourcing-tagline", r"^the post\b.{1,300}\bappeared first on\b.{1,80}$", max_words=70),
    # "This article was translated from Ukrainian.", "The article was prepared with the support of
    # the European Union.", "This content was produced with AI assistance …" ("The report was
    # prepared with the support of the World Bank, the ministry said." is a story's sentence)
    _rule(
        "sourcing-tagline",
        r"^(?!.*\b(?:said|says|told)\b)(?:this|the) (?:article|story|text|report|piece|material|publication|content)"
        r" (?:was|is|has been) (?:(?:machine[- ])?translated|adapted)\b.{0,80}$"
        r"|^(?!.*\b(?:said|says|told)\b)(?:this|the) (?:article|story|material|publication|content|project|report|series)"
        r" (?:was|is|has been) (?:prepared|produced|created|published|made|written|funded|supported|realized|realised)\b"
        r".{0,40}\b(?:with (?:the )?(?:financial )?(?:support|assistance|help) of|funded by|supported by|"
        r"in (?:partnership|cooperation) with|with (?:the help of )?ai\b|using ai\b|with ai assistance)\b.{0,160}$",
        max_words=45,
    ),
    # "This article is republished from The Conversation under a Creative Commons license."
    _rule(
        "sourcing-tagline",
        r"^this (?:article|story|piece|post) (?:is|was|has been) (?:republished|reproduced|reprinted) (?:from|with)\b.{0,200}$",
        max_words=40,
    ),
    _rule(
        "sourcing-tagline",
        r"^(?:this (?:article|story|report|piece|post) (?:was |is |has )?(?:originally |first )?(?:published|appeared|posted)"
        r"|originally (?:published|appeared|posted) (?:on|at|in|by)|read the (?:full|original|whole) (?:article|story)"
        r"(?: here| on| at)?)\b.{0,100}$",
        max_words=25,
    ),
    # WordPress's footer line: "Posted in World | Tagged NATO, Russia | Leave a comment"
    _rule("tag-list", r"^(?:posted|filed) (?:in|under) [^|]{1,60}\|\s*tagged\b.{0,200}$", max_words=50),
    # "Posted in World News", "Filed under: Europe, Russia": the post's categories
    _rule(
        "tag-list",
        r"^(?:posted|filed) (?:in|under)\s*:?\s+(?-i:[A-Z])[\w&'’ -]{1,30}(?:\s*[,|]\s*[\w&'’ -]{1,30}){0,5}$",
        max_words=14,
    ),
    _rule(
        "page-chrome",
        r"^(?:font size|text size|a\s*a\s*a|a-\s*a\+|a\+\s*a-|increase font|decrease font)\s*:?$"
        # "Text size A A A", "Font size: A- A A+"
        r"|^(?:font|text) size\s*:?\s*(?:a[-+]?\s*){2,4}$",
        max_words=6,
    ),
    # a page's tab over the story: "FULL STORY", "Full article"
    _rule("page-chrome", _exact(r"full (?:story|article|text)"), max_words=3),
    # a breadcrumb under the headline: "Home > World > Europe" (every part a word or three; over the
    # headline, "Home » News » Putin says …" ends in the headline itself)
    _rule(
        "breadcrumb",
        r"^(?:home|homepage|main|main page|start)\s*[>»›/|]\s*[\w.,'’&-]+(?:\s[\w.,'’&-]+){0,2}"
        r"(?:\s*[>»›/|]\s*[\w.,'’&-]+(?:\s[\w.,'’&-]+){0,2}){0,5}$"
        # ("News > World > Europe": three parts or more after arrows, whatever the first)
        r"|^[\w.,'’&-]+(?:\s[\w.,'’&-]+){0,2}(?:\s*[>»›]\s*[\w.,'’&-]+(?:\s[\w.,'’&-]+){0,2}){2,5}$",
        max_words=16,
    ),
    # a wire's dateline alone on its line: "BRUSSELS (Reuters) -", "Brussels, March 14 (dpa) -"
    _rule(
        "dateline",
        rf"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?"
        rf"(?:,\s*(?:{_MONTHS})\.?\s+\d{{1,2}})?\s*\((?:[A-Z][\w.&-]*)(?:[ -][A-Z][\w.&-]*){{0,2}}\)\s*[-–—]{{1,2}}$",
        max_words=8,
    ),
    _rule(
        "share-widget",
        # ("Did you like the article? Share it on social networks.", "Send to a friend")
        r"^(?:did you (?:like|enjoy) (?:this|the) (?:article|story|post|material|news)\??\s*)?"
        r"share (?:it|this|the (?:article|story|news))(?: article| story)? (?:on|with|in|via) "
        r"(?:social (?:networks|media)|your friends)\b.{0,30}$"
        r"|^did you (?:like|enjoy) (?:the|this) (?:article|story|post|material|news)\?$"
        r"|" + _exact(r"send (?:this )?(?:to a friend|by e-?mail)|e-?mail (?:this|to a friend)"),
        max_words=15,
    ),
    _rule(
        "social-follow",
        r"^(?:follow|like|find|connect with|join)\b.{0,160}\b(?:on|at|via|in)\s+(?:our\s+)?(?:" + _SOCIAL + r")\b"
        r"|^(?:follow|like|find|join)\b.{0,160}\b(?:" + _SOCIAL + r")\b.{0,60}\bnewsletter\b"
        r"|^follow us\b.{0,40}$|^follow\s*:?$|^@\w{2,30}$|^(?:read|follow|find) us on\b.{0,80}$"
        r"|^(?:join|follow)\s+[\w'’ ]{0,30}\b(?:" + _SOCIAL + r")\s+(?:channel|page|account|group)\b.{0,120}$"
        r"|^(?:join|follow|subscribe to)\s+(?:us\s+on\s+|our\s+)(?:" + _SOCIAL + r")\b.{0,80}$"
        # "Read hromadske in English on Telegram, Facebook and X."
        r"|^read\b.{0,60}\b(?:on|via)\s+(?:" + _SOCIAL + r")\b(?:\s*(?:,|and|&)\s*(?:" + _SOCIAL + r"))*\.?$"
        # "Follow our coverage of the war on the @Kyivpost_official.": the site's account
        r"|^(?:follow|join|subscribe to)\b.{0,120}\b(?:on|at|via)\s+(?:the\s+|our\s+)?@\w{2,30}\b.{0,30}$"
        # "Follow Al Jazeera English:", "For the latest news, follow us on Telegram."
        r"|^follow [\w .&'’-]{1,40}:$|^for (?:the )?(?:latest|more)\b.{0,60}\b(?:follow us on|subscribe to our)\b.{0,40}$"
        # "RBC-Ukraine on Telegram - only important news!"
        r"|^[\w&'’.-]+(?: [\w&'’.-]+){0,3} (?:on|in) (?:" + _SOCIAL + r")\s*[-–—|]\s*"
        r"(?=[^.]{0,60}\b(?:news|updates|subscribe|join|follow|first)\b)[^.]{0,60}[.!]?$"
        # "Gulf News is now on Whatsapp. Click here to join"
        r"|^[\w&'’. -]{2,40} (?:is|are) (?:now )?on (?:"
        + _SOCIAL
        + r")\b.{0,20}\b(?:click|tap|join|follow|subscribe)\b.{0,40}$",
        max_words=35,
    ),
    # "Michael D. Shear reported from Washington, and Zolan Kanno-Youngs from Nantucket, Mass.": where each
    # reporter filed from, on its own line by the byline or at the foot
    _rule(
        "sourcing-tagline",
        rf"^{BYLINE_NAME}(?:\s+and\s+{BYLINE_NAME})?\s+(?:reported|reporting)\s+from\s+[A-Z][^.;]{{0,50}}?"
        rf"(?:,?\s+and\s+{BYLINE_NAME}\s+(?:reported\s+)?from\s+[A-Z][^;]{{0,50}}?)*\.?$",
        max_words=30,
        cased=True,
    ),
    _rule(
        "source-credit",
        _exact(r"article source|source link|original source|source|sources|via|originally published")
        + r"|^(?:source|sources|via|originally published (?:on|at|by))\s*:\s*\S.{0,80}$"
        # "From: / Ministry of Defence and The Rt Hon Grant Shapps MP": a press release's publisher label
        + r"|^from:$",
        max_words=12,
    ),
    _rule(
        "sourcing-tagline",
        r"^[•·*\-–—]?\s*this (?:article|story|report|piece|post) (?:was|is|has been|includes|contains|"
        r"draws on|uses)\b.{0,120}\b(?:reports?|reporting|wire services?|cable services?|news services?|agenc(?:y|ies)|"
        r"contribut\w*|materials?|information from)\b"
        r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)(?: from [\w .,'’-]{1,40})?\.?\)?$"
        # "• Information from wire services was used in this report."
        r"|^[•·*\-–—]?\s*(?:information|material|reporting|reports?|content)\b.{0,60}"
        r"\b(?:was|were|has been|have been) used in (?:this|the) (?:report|story|article)\.?$"
        # "CNN’s Kevin Liptak contributed reporting.", "—With assistance from …", "(Updates with … in third paragraph.)"
        r"|\bcontributed reporting\b.{0,80}$|^[—–-]*\s*with (?:assistance|files) from\b.{0,160}$"
        # "This report by The Canadian Press was first published April 28, 2024."
        r"|^this (?:report|article|story) by .{1,60}? was (?:first )?published\b.{0,60}$"
        # "This is a developing story and will be updated.", "More to follow."
        r"|^this is an? (?:developing|breaking)(?: news)? story\b.{0,100}$|^more to follow\.?$"
        r"|^this (?:story|article) (?:will be|is being) updated\b.{0,60}$|^check back (?:for|later)\b.{0,60}$"
        r"|^\(updates? (?:with|to|throughout)\b.{0,120}\)\.?$"
        # "(This story has been refiled to fix a typo in paragraph 3)", "(This story has been corrected to …)"
        r"|^\(this (?:story|article|version) (?:has been|was) (?:refiled|corrected|updated|amended)\b[^()]{0,160}\)\.?$"
        # "Update 3/10/25, 10:15 a.m. ET: This article was updated with additional information."
        r"|^updated?\b.{0,40}?:\s*this (?:article|story) (?:was|has been) updated\b.{0,120}$"
        # "(Adds comments from defence committee chair in paragraph 3)": what a wire's new version changed
        # ("(ATTN: ADDS details in paras 3-5)", "(EDS: RECASTS lead)": with the note's label)
        r"|^\((?:(?:attn|eds|editors?(?:['’]s? note)?)\s*:\s*)?(?:adds|recasts|rewrites|corrects|removes|refiles|changes|"
        r"fixes|updates)\b[^()]{0,120}\b(?:paragraphs?|"
        r"headline|throughout|byline|dateline|lead|bullets?|graphs?|paras?|pars?)\b[^()]{0,40}\)\.?$"
        r"|^a version of this (?:article|story) (?:appears|appeared) in print\b.{0,300}$"
        # "Published in print on March 23, 2024", "This article appeared in the print edition of …"
        r"|^(?:published|appeared) in (?:the )?print(?: edition)?\b.{0,80}$"
        r"|^this (?:article|story) (?:appeared|appears|was published) in (?:the )?print edition\b.{0,120}$"
        # "This article appeared in the Europe section of the print edition under the headline ...",
        # "Appeared in the April 12, 2024, print edition as 'ECB Signals June Rate Cut'."
        r"|^(?:this (?:article|story) )?appeared in the .{1,60}\b(?:section|print edition)\b.{0,200}$"
        # "Translated from Ukrainian by …", "Translation: …", "Contributing: Jane Doe, USA TODAY"
        r"|^(?:translated (?:from [A-Z]?[a-z]+ )?by|translation\s*:|contributing\s*:)\s*\S.{0,80}$"
        # "Correction: An earlier version misstated …", "Editor's note: This article has been updated …"
        # ("Correction, April 3, 2024: …", "Clarification (March 5): …": dated; "An earlier version of this
        # article misstated …": or with no label)
        r"|^(?:corrections?|clarification|editor'?s'? note)(?:\s*[,(]\s*[^:()]{3,30}\)?)?\s*:\s*"
        r"(?:an? (?:earlier|previous) version|this (?:article|story|report) "
        r"(?:has been|was) (?:updated|corrected|amended))\b.{0,200}$"
        r"|^an? (?:earlier|previous) version of this (?:article|story|report|piece)\b.{0,200}$"
        r"|\b(?:writers?|reporters?|correspondents?|journalists?)\b.{0,80}\bcontributed\b.{0,60}$"
        # "The interview was conducted by X and has been edited for length and clarity."
        r"|^(?:th(?:is|e) (?:interview|conversation|transcript)\b.{0,80}\b)?(?:has been|have been|was|were|is) "
        r"(?:lightly )?(?:edited|condensed)(?: and (?:condensed|edited))? for (?:length|clarity|brevity)\b.{0,40}$"
        # "This article has been updated.", "This story was updated with reaction from Moscow."
        r"|^[(\[]?this (?:article|story|report|piece|post) (?:has been|was|is being) updated\b.{0,100}$"
        r"|^[(\[]?this (?:article|story|report|piece|post) (?:was|is|first appeared|appeared) (?:originally |first )?"
        r"(?:published|appeared|posted)\b.{0,100}$"
        # ("— Reporting by Olena Harmash and Max Hunder": after a dash too)
        r"|^(?:[—–-]+\s*)?[(\[*]?(?:additional )?(?:reporting|writing|editing|edited|compiled|produced|translated|abridged|"
        r"illustrated|fact[- ]checked|copy[- ]?edited) by\b"
        r"|^(?:[—–-]+\s*)?[(\[]?with (?:additional )?(?:reporting|inputs|input|files) (?:from|by)\b"
        # "Some information for this report came from The Associated Press and Reuters."
        r"|^(?:some |additional |much of the )?(?:information|material|reporting) (?:for|in) (?:this|the) "
        r"(?:report|story|article) (?:came|comes|was drawn|is drawn) from\b.{0,100}$"
        # "This article is part of BIRN's coverage of EU enlargement.": the series it belongs to
        r"|^this (?:article|story|report|piece|interview) is (?:part|one) of\b.{0,80}\b(?:series|coverage|project|"
        r"investigation|partnership|collaboration|initiative)\b.{0,80}$",
        max_words=45,
    ),
    # "Editor: huaxia", "Responsible editor: Wang Wei", "Editors: Liu Jun, Chen Yu": who edited it, labelled
    # (names only, or one word: "Editor: So what changed?" asks a question)
    _rule(
        "sourcing-tagline",
        r"^(?i:(?:responsible|chief|managing|executive|duty|copy|web|news|section|desk) )?(?i:editors?)"
        r"(?i:[- ]in[- ]chief)?\s*:\s*(?:[a-z][\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
        r"(?:\s*(?:,|and|&|/)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3}){0,3})\.?$",
        max_words=14,
        cased=True,
    ),
    # "With AFP", "— Associated Press", "AFP/Reuters", "Agencies": the wires the story came from;
    # "bur-ach/tw", "dpa/jw": an agency's slug of its editors' initials
    _rule(
        "agency-credit",
        r"^[(\[]?(?:with |[—–-]{1,2}\s*)?(?:(?:the )?associated press|" + AGENCIES + r")"
        r"(?:\s*(?:,|/|and|&)\s*(?:(?:the )?associated press|" + AGENCIES + r"))*[)\]]?\.?$"
        # ("mik/dpa/Reuters": an agency's name longer than initials among them)
        r"|^[a-z]{2,6}(?:-[a-z]{2,6})*(?:/(?:[a-z]{2,6}|" + AGENCIES + r"))+"
        r"(?:\s*\((?:" + AGENCIES + r")(?:\s*(?:,|/|and|&)\s*(?:" + AGENCIES + r"))*\))?$"
        # "dpa/ukrinform": an agency and the newsroom that relayed its story
        r"|^(?:" + AGENCIES + r")(?:\s*/\s*[\w-]{2,16}){1,3}\.?$",
        max_words=8,
    ),
    _rule(
        "advertisement",
        _exact(
            r"advertisement|advertising|ad|ads|sponsored(?: content| post)?|promoted(?: content)?|"
            r"\(?(?:the )?story continues(?: below(?: (?:the )?(?:advertisement|photo|image|video))?)?\)?|"
            r"(?:continue|keep) reading(?: below| the main story)?|continue|\[embedded content\]|"
            r"(?:article|story|content) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?|"
            r"scroll (?:down )?to continue(?: with content)?|skip (?:advertisement|ad)|partner content|paid content|"
            r"ad feedback|supported by|sponsor message|"
            # in the site's language
            r"anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама"
        ),
    ),
    _rule("advertisement", r"^advertisement\b\s*[-–—:|·•]\s*(?:scroll|continue|story)\b.{0,40}$", max_words=10),
    # a promotion's button: "LEARN MORE", "Find out more", "Start your free trial"
    _rule("advertisement", _exact(PROMO_BUTTON), max_words=5),
    # "Before it’s here, it’s on the Bloomberg Terminal. LEARN MORE": a promotion with its button glued on
    _rule("advertisement", rf"^\S.{{5,200}}[.!?]\s+(?:{PROMO_BUTTON})$", max_words=40),
    # "TEXT AD: Call Willie - +2348098788999", "PT Mag Campaign AD": an advertisement's own label, in capitals
    _rule(
        "advertisement",
        r"^(?:TEXT AD|ADVERT|SPONSORED|AD)\s*:\s*\S.{0,100}$|^(?:[A-Z][\w'’&-]*\s+){1,4}AD$",
        max_words=16,
        cased=True,
    ),
    # a reader's choice of text size: "Normal text size", "Larger text size"
    _rule("page-chrome", r"^(?:normal|default|small|smaller|large|larger|very large|largest) (?:text|font) size$"),
    # "Log in, register or subscribe to save articles for later."
    _rule(
        "subscribe-prompt",
        r"^(?:log ?in|sign ?in|register|subscribe)\b[\w ,]{0,40}\bto save (?:articles|stories|this article|this story)\b.{0,30}$",
    ),
    # "Connect via Twitter or email.": the author box's links
    _rule(
        "social-follow",
        r"^connect (?:via|on|with)\b.{0,40}\b(?:twitter|x|email|e-mail|facebook|linkedin|instagram)\.?$",
    ),
    # "At Premium Times, we firmly believe in the importance of high-quality journalism.": the appeal's pitch
    _rule(
        "donation-prompt",
        r"^at (?-i:[A-Z])[\w'’ &-]{1,40}, we (?:firmly |strongly )?believe\b.{0,120}\bjournalism\b.{0,80}$",
        max_words=40,
    ),
    # a player's position and length ("00:00 / 03:12"), a picture's zoom and a share bar's buttons
    _rule("media-label", r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$", max_words=3),
    # a summary a machine wrote, over its points (boilerplate._announced), and the question under them
    _rule(
        "ai-summary",
        _exact(
            r"(?:ai[- ]generated|ai|automated|generated) summary|summary (?:generated )?by (?:ai|artificial intelligence)|"
            r"this summary (?:was|is|has been) (?:ai[- ]generated|generated (?:by|with|using) (?:ai|artificial intelligence))"
        ),
    ),
    _rule("page-chrome", r"^(?:was|is) this (?:summary|article|story) (?:helpful|useful)\??$"),
    # a reader's mood buttons: "How does this make you feel?", "What's your reaction?"
    _rule(
        "page-chrome",
        r"^(?:how (?:does|did) this (?:article |story )?make you feel|how do you feel about this (?:article|story)"
        r"|what(?:'s|’s| is) your reaction)\s*\??$",
    ),
    # a health site's note on its review under the story: "How we reviewed this article:", "Our experts
    # continually monitor the health and wellness space, and we update our articles when …"
    _rule(
        "page-chrome",
        r"^how we (?:reviewed|fact[- ]checked|sourced|wrote) this (?:article|story|page)\s*:?$"
        r"|^our (?:experts|editors|editorial team|medical reviewers) (?:continually|constantly|regularly) "
        r"(?:monitor|review|update)\b.{0,200}$",
        max_words=40,
    ),
    # the label of a summary box over the headline or the story ("KEY TAKEAWAYS", "In short:")
    _rule(
        "summary-label",
        _exact(
            r"key (?:takeaways|points|facts)|in short|in brief|at a glance|highlights|quick read|tl;?dr|"
            r"the big picture|what we know(?: so far)?|what you need to know|story highlights|summary|what['’]s next\?"
        ),
    ),
    _rule(
        "share-widget",
        _exact(
            r"tweet this|copy link to clipboard|enlarge (?:this )?(?:image|photo|picture)|expand (?:image|photo)|pin(?: it)?|"
            r"view (?:image|photo) in full ?screen|open (?:image|photo) in full ?screen"
        ),
    ),
    # the links a news site's page carries around the story: other languages, reprints, comments
    _rule(
        "page-chrome",
        r"^(?:skip (?:next|previous) section\b.{0,40}|order reprints\b.{0,60}|jump to comments|send any friend a story"
        r"|read less|show less"
        # a comment button alone between the story's lines ("Reply", "Reply 12"; a comment form ends the story)
        r"|reply(?: \d{1,5})?"
        r"|(?:direct link|short link|permalink|link to this (?:article|page))\s*:\s*\S+|publication status"
        r"|published in (?:sections?|categories)\s*:.{1,80}"
        r"|(?:read (?:this (?:article |story )?)?in|lire en|leer en|leggi in) (?:english|ukrainian|russian|french|german|"
        r"spanish|polish|italian|portuguese|français|español|deutsch|italiano|українською|русском)"
        # "Auf Deutsch lesen", "Czytaj po polsku"
        r"|auf (?:deutsch|englisch|russisch|ukrainisch) lesen|czytaj po (?:polsku|angielsku|ukraińsku)"
        r"|this (?:article|story) is (?:also )?available in [A-Za-z]+\.?)$",
        max_words=12,
    ),
    _rule(
        "subscribe-prompt",
        _exact(
            r"subscribers? only|for subscribers|premium|exclusive to subscribers|"
            # "Article réservé aux abonnés", "Artículo exclusivo para suscriptores", "Nur für Abonnenten"
            r"(?:article |artículo |articolo |artigo )?(?:réservé aux abonnés|exclusivo para (?:suscriptores|assinantes)|"
            r"riservato agli abbonati)|(?:artikel )?nur für abonnenten"
        ),
        max_words=5,
    ),
    # the reader's subscription, in the paper's own language: "Tu suscripción se está usando en otro
    # dispositivo", "¿Quieres añadir otro usuario a tu suscripción?", "Abonnez-vous"
    _rule(
        "subscribe-prompt",
        r"\b(?:tu|su|votre|ton|ihr|ihre|dein|deine|sua|la tua|tua)\s+(?:suscripci[oó]n|abonnement|abo|assinatura|abbonamento)\b"
        r"|^¿?(?:suscr[ií]bete|abonnez-vous|jetzt abonnieren|assine|abbonati)\b"
        # "Receba notícias da Folha", "Cadastre-se e escolha quais newsletters …", "Iscriviti alla newsletter"
        r"|^(?:cadastre-se|inscreva-se|iscriviti|inscríbete|regístrate|abonează-te)\b"
        r"|^receba (?:as |nossas )?(?:notícias|newsletters?|alertas)\b",
        max_words=20,
    ),
    # a reader service's header over the page it turned into Markdown
    _rule("page-header", r"^(?:url source\s*:\s*\S+|markdown content\s*:)$", max_words=4),
    _rule("published-on", rf"^published time\s*:\s*(?:{DATE})$", max_words=6),
    # "Posted Tue 5 Mar 2024 at 2:52pmTuesday 5 Mar 2024 at 2:52pm, updated ...", "Published On 9 Jul
    # 20249 Jul 2024": dates said twice, glued
    _rule(
        "published-on",
        rf"^(?:first )?(?:posted|published|updated)\s+(?=(?:(?!\d{{4}}).)*\d{{4}})"
        rf"(?:\s+|[\d:,.]+|at\b|on\b|[ap]\.?m\.?|updated|posted|(?:{_MONTHS})\.?|(?:{_WEEKDAYS}))+$",
        max_words=30,
    ),
    _rule(
        "media-label",
        _exact(
            r"video|videos|watch|watch (?:video|live|now)|play video|listen|listen to (?:this )?(?:article|story)|audio|gallery|photos?|"
            # "Related video / Zelensky warns of … / Copy the embed link below:": a player between paragraphs
            r"related videos?|copy the embed (?:link|code)(?: below)?|"
            # "PHOTO GALLERY (CLICK TO ENLARGE)"
            r"(?:photo |image |picture )?gallery(?: \((?:click|tap) to (?:enlarge|expand|view)\))?|"
            r"press play to listen to this (?:article|story)|voiced by artificial intelligence|screenshot|"
            r"(?:photo|picture|image)s? (?:illustrative|illustration|archive|file)|"
            r"(?:file|archive|stock|illustrative|illustration) (?:photo|picture|image)s?|"
            r"scroll down for (?:video|videos|more)|keyboard shortcuts for audio player|"
            r"audio (?:will be|is) available (?:later(?: today)?|soon)"
        ),
    ),
    # a radio programme's label over its story: "Heard on All Things Considered"
    _rule("media-label", r"^(?:heard on|as heard on|listen to) (?-i:[A-Z])[\w'’ ]{2,40}$", max_words=7),
    # "EUobserver is an independent, not-for-profit news organisation that publishes daily news …":
    # the site describing itself under the story
    _rule(
        "outlet-profile",
        r"^(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,4} is an? (?:[\w-]+,?\s+){0,5}?"
        r"(?:news (?:organi[sz]ation|outlet|site|website|publication|service|platform)|newspaper|news magazine|"
        r"media (?:outlet|organi[sz]ation|company))\b.{0,300}$"
        # "Middle East Eye delivers independent and unrivalled coverage and analysis of …"
        r"|^(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,4} (?:delivers|provides|offers|brings (?:you|readers)) "
        r"(?:[\w-]+,?\s+){0,4}?(?:independent|in-depth|award-winning|trusted)\b.{0,40}\b(?:coverage|journalism|reporting)\b.{0,300}$",
        max_words=70,
    ),
    # The Conversation's notes on its author: "Disclosure statement / Jan Wouters does not work for,
    # consult, own shares in or receive funding from any company …", "Partners / KU Leuven provides
    # funding as a member of The Conversation UK."
    _rule("disclaimer", _exact(r"disclosure statement|disclosures?|partners"), max_words=2),
    _rule(
        "disclaimer",
        r"\bdoes not work for, consult, own shares in or receive funding from\b.{0,300}$"
        r"|\bprovides? funding as (?:a )?(?:founding )?(?:partner|member)s? of\b.{0,80}$",
        max_words=80,
    ),
    # "NPR transcripts are created on a rush deadline ...": the broadcaster's note on its transcripts
    _rule(
        "disclaimer", r"^[\w.'’ ]{0,30}\btranscripts? (?:is|are) (?:created|produced|prepared)\b.{0,400}$", max_words=80
    ),
    # "Log in  Subscribe from 1 euro": the account links a text dump glues into one line.
    _rule("page-chrome", r"^(?:log ?in|sign ?in|my account)\b.{0,50}$", max_words=8),
    _rule("page-chrome", r"^(?:please wait|loading)\s*(?:\.\.\.|…)?$", max_words=2),
    # "Listen to the audio version of this article"
    _rule("media-label", r"^listen to (?:the |an )?audio version of this (?:article|story)\.?$", max_words=10),
    # "This audio is generated by an AI tool.": the note under the player
    _rule(
        "media-label",
        r"^this (?:audio|narration|voice-?over|reading|recording) (?:is|was|has been) (?:generated|produced|created|voiced)"
        r" (?:by|with|using) (?:an? )?(?:ai|artificial intelligence|automated|synthetic)\b.{0,60}$"
        # "Save time by listening to our audio articles as you multitask"
        r"|^save time by listening to\b.{0,80}$",
        max_words=20,
    ),
    # "Cover photo: Getty Images", "Main image: Reuters": the credit of the picture over the story
    _rule(
        "image-credit",
        r"^(?:cover|main|top|lead|header|featured|title) (?:photo|image|picture|illustration)\s*:\s*\S.{0,60}$",
        max_words=12,
    ),
    # "We want to hear from you. Share your thoughts in the comments below."
    _rule(
        "comment-form",
        r"^(?:we want to hear from you[.!]?(?:\s+(?:share|tell|e-?mail|write|let us know|comment|send)\b.{0,100})?"
        r"|.{0,60}\bshare your (?:thoughts|views|opinions?) in the comments\b.{0,40})$",
        max_words=25,
    ),
    # "Views expressed are personal."
    _rule(
        "disclaimer",
        r"^(?:the )?views expressed (?:here |above )?are (?:personal|the author['’]?s? own)\.?$",
        max_words=10,
    ),
    _rule("page-chrome", r"^(?:please )?(?:turn on|enable|activate) javascript\b.{0,80}$", max_words=16),
    # "Lukas Brunner is the science correspondent of Alpine Review": a bio under the article.
    _rule(
        "author-bio",
        r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+is\s+(?:a|an|the|our)\b.{0,100}"
        r"\b(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|producer|freelancer)\b",
        max_words=45,
        cased=True,
    ),
    # "Matina Stevis-Gridneff is the Brussels bureau chief, covering the European Union. More about
    # Matina Stevis-Gridneff": the link to the author's page closes the bio
    _rule(
        "author-bio",
        r"^([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:is|was|has|covers|writes|reports)\b.{0,200}"
        r"\bMore (?:about|from|by) \1\.?$",
        max_words=60,
        cased=True,
    ),
    # "The writer is a senior fellow at the Atlantic Council.": an opinion page's note on its author
    _rule(
        "author-bio",
        r"^\*?(?:the )?(?:writer|author|columnist)s? (?:is|are|was)\s+(?:a|an|the)\b.{0,200}$",
        max_words=45,
    ),
    _rule(
        "page-chrome",
        _exact(
            r"loading|close|menu|main menu|open menu|toggle navigation|navigation|search|skip to (?:main )?content|"
            r"(?:go to |skip to )?accessibility (?:shortcuts|links)|"
            r"back to top|top of page|print|home|sign in|log ?in|register|my account|listen to (?:this )?(?:article|story)|"
            r"(?:read|open|continue|view) (?:this (?:article|story) )?in (?:the |our )?app|"
            # a photo's and a reader's buttons, and the links of a site's small print
            r"hide caption|toggle caption|show caption|open gallery|save article|save (?:for|to read) later|read later|"
            r"the following links open in a new (?:tab|window)|navigation menu|"
            # "Was this article helpful? / Yes / No", "All times are UTC", "Page 1 of 2"
            r"(?:was|is|did you find) this (?:article|page|story|information) (?:helpful|useful)\??|yes|no|"
            r"all times (?:are|in) (?:utc|gmt|cet|est|et|local time|[a-z]{2,4})|page \d{1,3} of \d{1,3}|"
            r"(?:next|previous|prev) page|"
            # a site's small print under the story: "Corrections & clarifications", "Reprints & Permissions"
            r"corrections? (?:&|and) clarifications?|reprints? (?:&|and) permissions?|how we use your (?:data|information)|"
            r"write to the editors?|letters? to the editor|"
            r"add to (?:favou?rites|bookmarks|my list|reading list|(?:your |my )?saved (?:stories|articles|items))|scroll to continue reading|contact the author|"
            r"create a free account|do not sell (?:or share )?my personal information|corrections? policy|"
            r"ethics policy|editorial (?:standards|guidelines|policy)|"
            r"thanks? (?:you )?for reading(?: to the end| this (?:article|story|post)| our (?:article|story|news))?|"
            # a live page's sign-off: "That's all from us for today. Thank you for following our live coverage."
            r"(?:that['’]s|that is) (?:all|it) (?:from us|for (?:today|now|this live blog))[^.!]{0,40}[.!]?"
            r"(?:\s+thanks? (?:you )?for (?:following|joining us|reading)\b[^.!]{0,60}[.!]?)?|"
            r"thanks? (?:you )?for (?:following|joining us)(?: (?:our|the|along|us))?(?: live (?:coverage|blog|updates))?[^.!]{0,30}|"
            r"page not found|(?:error )?404(?: error)?|(?:error )?404 page not found|"
            # "Scroll down to read more", "Opens new tab", "Rate this article:", "★★★★☆", "Bookmark the
            # permalink.", "Print version", "Watch the video", "Previous", a consent banner's "Accept"
            r"scroll (?:down )?(?:to|for) (?:read )?more|opens? (?:in )?(?:a )?new (?:tab|window)|"
            r"(?:rate|rating of|rating for) (?:this|the) (?:article|story|post|news)|[★☆✩✪⭐]{3,10}|"
            r"bookmark the permalink|article rating\s*:\s*[\d.,/ ]{1,8}|"
            r"previous|next|print(?: this)? (?:article|story|version|page)|print version|watch (?:the )?video|"
            r"audio version|listen to (?:the )?audio version|"
            r"accept|accept all|accept cookies|reject all|i agree|manage (?:cookies|preferences|settings)|cookie settings"
        ),
    ),
    # a page's notices to the browser rather than the reader: an ad blocker's ("We noticed you're using
    # an ad blocker", "… disabling your ad blocker or whitelisting our site."), an old browser's, a bot
    # check's ("Are you a robot?", "Please complete the security check to access this site.")
    _rule(
        "page-chrome",
        r"^we(?:['’]ve| have)? (?:noticed|notice|see|detected) (?:that )?you(?:['’]re| are) using an? ad[ -]?blocker\b.{0,160}$"
        r"|^.{0,100}\b(?:disabl\w*|turn\w* off|paus\w*|switch\w* off) (?:your |the )?ad[ -]?blocker\b.{0,160}$"
        r"|^.{0,100}\bwhitelist\w* (?:our|this|the) (?:site|website|domain)\b.{0,100}$"
        r"|^you(?:['’]re| are) using an? (?:outdated|old|unsupported|out-of-date) (?:version of (?:your |a )?)?browser\b.{0,160}$"
        r"|^(?:please )?(?:upgrade|update) your browser\b.{0,120}$|^your browser is (?:out of date|outdated|not supported)\b.{0,140}$"
        r"|^are you (?:a robot|human)\?*$|^please (?:complete|pass) the (?:security|captcha) check\b.{0,120}$"
        r"|^(?:checking|verifying) (?:your browser|(?:that )?you are (?:a )?human|if the site connection is secure)\b.{0,140}$",
        max_words=45,
    ),
    # "Create an account or log in to keep reading."
    _rule(
        "subscribe-prompt",
        r"^(?:create an? (?:free )?account|register|sign up|log ?in|sign in)\b.{0,60}\bto (?:keep|continue) reading\b.{0,60}$",
        max_words=25,
    ),
    # a search box's prompt: "Search CNN...", "Search for:", "Type to search", "Search this site"
    _rule(
        "page-chrome",
        r"^search(?:\s+[^\s.…]+){0,2}\s*(?:\.{3}|…)$|^search(?: for)?\s*:$"
        r"|^(?:type|press enter|hit enter|start typing) to search\b.{0,20}$|^(?:enter|type) (?:your )?search(?: terms?| query)?$"
        r"|^search (?:the|this|our) (?:site|website|archives?)$",
        max_words=6,
    ),
    # a page's buttons and boxes, each a whole line: "Give this article", "Scroll down to read more",
    # "Opens new tab", "AdChoices", "Featured Video", "Get in touch"
    _rule("share-widget", _exact(r"give this article|gift this article|share full article|gift article"), max_words=4),
    _rule("advertisement", _exact(r"adchoices|ad choices"), max_words=2),
    _rule(
        "media-label",
        _exact(
            r"featured videos?|(?:open|view|see) (?:this )?(?:image|photo|picture)s? in (?:the )?gallery|"
            # a gallery's button and its count: "View gallery", "+6"
            r"(?:view|see|open) (?:the )?(?:full )?gallery|\+\d{1,3}|"
            r"(?:video|photo|picture|quote|image) of the day"
        ),
        max_words=7,
    ),
    # a newsletter box's small print: "We will use your email address only for sending you newsletters. …"
    _rule(
        "subscribe-prompt",
        r"^we (?:will|may|would) (?:only )?use your e-?mail(?: address)? (?:only )?(?:to|for)\b.{0,200}$",
        max_words=50,
    ),
    _rule(
        "contact-prompt",
        _exact(r"get in touch|send (?:us )?(?:your )?(?:news )?tips? to \S+@\S+|have a (?:news )?tip\?.{0,30}"),
        max_words=8,
    ),
    # a sign-up box and a paywall: "Please enter a valid email address", "Unsubscribe at any time.", "Get 50%
    # off", "Limited time offer", "You have 3 free articles remaining", "Create an account to continue reading",
    # "Get a daily look at the most important news with our newsletter."
    _rule(
        "subscribe-prompt",
        _exact(
            r"please enter a valid e-?mail(?: address)?|(?:you can )?unsubscribe at any time|limited[- ]time offer|"
            r"get \d{1,2}% off(?: [\w ]{1,30})?"
        )
        + r"|^you have (?:\d+|one|two|three|four|five) (?:free )?(?:articles?|stories|reads) (?:left|remaining)\b.{0,40}$"
        r"|^(?:create|register for) (?:a |an )?(?:free )?account to (?:continue|keep) reading\b.{0,40}$"
        r"|^(?:get|receive)\b.{0,80}\bwith our (?:free |daily |weekly |morning |evening )?newsletter\.?$",
        max_words=25,
    ),
    # the lines under a story on a blog or a portal: "Based on materials from Reuters and AFP", "Thank
    # you for reading to the end!", "We are on Google News!", "Did you like the article? Share it on
    # social networks.", "Rate this article:", "★★★★☆", "This entry was posted in World and tagged …",
    # "Bookmark the permalink.", "Video of the day", "Send to a friend"
    _rule(
        "sourcing-tagline",
        r"^(?!.*\b(?:said|says|told|found|find|shows?|showed|suggests?)\b)(?:based on|prepared (?:on the basis of|from|using)) "
        r"(?:the )?(?:materials|reports|information|data) (?:from|of|by)\b.{0,80}$",
        max_words=16,
    ),
    _rule(
        "social-follow",
        r"^(?:we(?:['’]re| are)|find us|follow us|read us)(?: now)? (?:on|in) google news\b.{0,40}$"
        # "Want more stories like this? Follow us on Google News."
        r"|^(?:want|like) (?:more )?(?:stories|news|articles) like this\?\s*(?:follow|find|read) us\b.{0,60}$",
        max_words=12,
    ),
    _rule(
        "social-follow",
        # "Keep up with all the latest news from the UK and around the world by following Sky News"
        r"^(?:keep up(?: to date)?|stay (?:up to date|informed|updated|on top)|get (?:all )?the latest)\b.{0,120}"
        r"\bby (?:following|subscribing to|signing up|downloading)\b.{0,60}$",
        max_words=30,
    ),
    _rule("tag-list", r"^this entry was posted in\b.{0,200}$", max_words=40),
    _rule(
        "reuse-notice",
        r"^(?:any |the )?(?:use|reprint(?:ing)?|reproduction|copying|republi(?:cation|shing)|citing) "
        r"(?:of (?:the |our |site )?(?:materials?|content|articles?|texts?) )?(?:is |are )?"
        r"(?:only )?(?:allowed|permitted|prohibited|forbidden|possible)\b.{0,120}$",
        max_words=30,
    ),
    # a site's section names and buttons alone on a line, wherever they fall (between two paragraphs
    # of the story too): "World", "Opinion", "Breaking News", "LIVE", "Print version", "Watch the video"
    _rule(
        "section-label",
        _exact(
            r"news|world|world news|europe|politics|opinion|analysis|exclusive|breaking|breaking news|live|"
            r"important|top news|latest news|ukraine news|news of ukraine|economy|business|society|culture|"
            r"international|featured|trending|editorial|war in ukraine|russia-ukraine war|russia's war against ukraine|"
            r"russian-ukrainian war|war|partner news|news from partners|reading now|most read now|"
            r"sports?|science|technology|tech|health|lifestyle|entertainment|travel|climate|environment|weather|"
            r"markets|podcasts|arts|"
            # ("In Depth", "In Pictures": a format's name, never a person's)
            r"in (?:depth|focus|pictures|brief|numbers|detail|short|context)"
        ),
        max_words=5,
    ),
    # a site's menu on one line: "Politics | Defence | Economy", "News · War in Ukraine · Opinion", each
    # part a name of one or two words ("Zelensky Visits Kyiv | World | Site" is a headline's)
    _rule(
        "section-label",
        rf"^{_MENU_ITEM}(?:\s*[|•·]\s*{_MENU_ITEM}){{2,}}$",
        max_words=24,
        cased=True,
    ),
    # "© Sputnik / Vyacheslav Prokofyev": a photo's agency and photographer after the sign, no notice
    # (a notice names its year: "© 2024 Kyiv Post")
    _rule(
        "image-credit",
        r"^©\s*(?-i:[A-Z])[\w&.'’-]*(?:\s+[\w&.'’-]+){0,3}\s*/\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}$",
        max_words=10,
    ),
    # "You can share this story on social media:"; "Dear readers! … Please note that comments are moderated."
    _rule("share-widget", r"^(?:you can )?share this (?:story|article|post) on social media\s*:?$", max_words=10),
    # "Help keep family & friends informed by sharing this article"
    _rule(
        "share-widget",
        r"^help (?:keep )?(?:your )?(?:family|friends)(?: (?:&|and) (?:family|friends))? (?:stay )?informed by sharing "
        r"this (?:article|story|post)\.?$",
        max_words=14,
    ),
    _rule(
        "comment-form",
        r"^dear readers!?.{0,80}\bcomments are (?:moderated|pre-moderated|closed)\b.{0,40}$",
        tail=True,
        max_words=30,
    ),
    # a war's day counter over a story: "Day 750 of the war", "Day 1,000 of the full-scale invasion"
    _rule(
        "section-label",
        r"^day\s+(?:\d{1,3},\d{3}|\d{1,4})(?:\s+of\s+(?:the\s+)?(?:full-scale\s+|russian\s+|russia['’]s\s+)?"
        r"(?:war|invasion|full-scale (?:war|invasion)))?$",
        max_words=8,
    ),
    # "This article is more than 2 years old": the site's warning on an old story
    _rule(
        "page-chrome",
        r"^this (?:article|story|content) is more than (?:\d+|an?|one|two) (?:years?|months?) old$",
        max_words=10,
    ),
    # "Video duration 02 minutes 15 seconds": a player's label
    _rule("media-label", r"^(?:video|audio) duration\b.{0,40}$", max_words=8),
    # "The Kyiv Independent is hiring.": the site's job advertisement
    _rule(
        "call-to-action", r"^(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} is hiring[.!]?$", max_words=8, cased=True
    ),
    # "In this article:": the label over the people and firms a page links to
    _rule("page-chrome", _exact(r"in this (?:article|story)"), max_words=4),
    # "Forwarded from Ukraine NOW": a messaging channel's post passed on from another
    _rule("page-chrome", r"^forwarded from\b.{1,60}$", max_words=10),
    # "Episode 12: The war in the east": a podcast's episode under its player
    _rule("media-label", r"^(?:episode|ep\.?|folge|épisode|odcinek) \d{1,4}\s*[:|–—-]\s*\S.{0,80}$", max_words=16),
    _rule(
        "call-to-action",
        r"^(?:click here|tap here|download (?:our|the) app|get the app|install (?:our|the) app)\b"
        # "Download The Times of India News App for Latest India News"
        r"|^download (?:the |our )?[\w .'’&-]{0,40}\bapp\b.{0,60}$",
        max_words=25,
    ),
    # "More stories like this are available on bloomberg.com": where the rest of the site is
    _rule(
        "call-to-action",
        r"^(?:find |read |for )?more (?:stories|news|articles|coverage)(?: like this)? (?:is |are )?(?:available )?"
        r"(?:on|at) (?:www\.)?[\w-]+\.[a-z]{2,12}(?:\.[a-z]{2})?\.?$",
        max_words=14,
    ),
    # "Watch Champions League highlights on Sky Sports": the broadcaster's own promotion (no sentence)
    _rule(
        "call-to-action",
        r"^(?:watch|stream|follow) (?:(?:all|every|the|live|full|free|more)\s+)*[^.!?]{2,60}\b"
        r"(?:highlights|coverage|updates|games?|matches|match|action|races?|fights?|episodes?|shows?|live)"
        r" (?:on|with|via) (?-i:[A-Z])[\w&'’+]*(?:\s+(?-i:[A-Z])[\w&'’+]*){0,3}$",
        max_words=16,
    ),
    # "For the latest news, weather, sports, and streaming video, head to WROC.": a station's sign-off
    # to its own site
    _rule(
        "call-to-action",
        r"^for (?:the )?latest (?:news|headlines)(?:,? (?:weather|sports|traffic|politics|and|streaming video|video))+,? "
        r"(?:head|go|tune in|turn) to [\w .'’&-]{2,40}\.?$",
        max_words=25,
    ),
    # a link's label left in the story: "Follow our live coverage", "Read the full statement here",
    # "Watch the video above"
    _rule(
        "call-to-action",
        _exact(
            r"follow (?:our|the) live (?:coverage|updates|blog)(?: here)?|"
            r"read (?:the )?(?:full|whole|entire) (?:statement|report|speech|text|interview|letter|story)(?: here)?|"
            r"watch (?:the )?(?:full )?(?:video|clip|interview) (?:above|below|here)"
        ),
        max_words=8,
    ),
    # "About The Geneva Herald": the link to the site's own page about itself
    _rule(
        "page-chrome",
        rf"^(?i:about)\s+(?:(?i:the)\s+)?(?:[A-Z][\w&'’.-]*\s+){{0,3}}{_NEWSROOM_LAST_WORD}$",
        max_words=6,
        cased=True,
    ),
    # an app store's badge: "Download on the App Store", "Get it on Google Play"
    _rule(
        "call-to-action",
        _exact(
            r"(?:download|available) on the app store|get it on google play|available on google play|"
            r"download (?:it |the app )?on (?:the )?(?:app store|google play)"
        ),
        max_words=8,
    ),
    # "Add UNN to Google News favorites"
    _rule("call-to-action", r"^add .{1,40} to (?:your )?google news\b.{0,40}$", max_words=14),
    # "Catch all the Latest World News along with Latest News and Top Headlines from India …": a
    # portal's line on where the rest of its news is
    _rule(
        "call-to-action",
        r"^(?:catch|get) all (?:the )?(?:latest )?(?:[\w-]+ ){0,4}news\b(?!.*\b(?:said|says|told|which|who)\b).{0,160}"
        r"\b(?:updates|headlines|news|events)\b.{0,60}$",
        max_words=40,
    ),
    # "Save articles to read later and create your own reading list."
    _rule(
        "call-to-action",
        r"^save (?:this |the )?(?:articles?|stories|story) (?:to|for) read(?:ing)? later\b",
        max_words=16,
    ),
    # "Track Latest News Live on NDTV.com and get news updates ...", "Get Current Updates on India News, ..."
    _rule(
        "call-to-action",
        r"^(?:track|get|read|catch|follow) (?:all )?(?:the )?(?:latest|current|live|breaking) (?:news|updates)\b.{0,200}$",
        max_words=40,
    ),
    # "(Except for the headline, this story has not been edited by NDTV staff and is published from a
    # syndicated feed.)"
    _rule("disclaimer", r"\bhas not been edited by [\w .'’-]{1,40} staff\b.{0,100}$", max_words=40),
    # "Data is a real-time snapshot *Data is delayed at least 15 minutes.": a market page's small print
    _rule("disclaimer", r"^\*?(?:market )?data (?:is|are) (?:a real-time snapshot|delayed)\b.{0,300}$", max_words=60),
    # "This archived news story is available only for your personal, non-commercial use. …"
    _rule("disclaimer", r"^this archived (?:news )?(?:story|article|report)\b.{0,400}$", max_words=80),
    # "The BBC is not responsible for the content of external sites."
    _rule(
        "disclaimer",
        r"^(?:the )?[\w&'’. -]{1,40} (?:is|are) not responsible for the content of external (?:internet )?(?:sites|websites|links)\b.{0,60}$",
        max_words=25,
    ),
    # the label Russian law puts on a site in exile, and the site's answer ("… is a foreign agent
    # according to the Russian authorities. We disagree.")
    _rule(
        "disclaimer",
        r"^this (?:material|message|article|report|information)\b.{0,60}\b(?:produced|distributed|published)\b.{0,40}"
        r"\bforeign (?:mass media|media outlet|agent)\b.{0,200}$"
        r"|\bforeign agent\b.{0,120}\bwe disagree\s*[.!]?$",
        max_words=60,
    ),
    # "Editor’s Note: This article is part of a series on …": the desk's note on the piece, not the piece
    _rule("editor-note", r"^\(?(?:an? )?editor['’]?s['’]? notes?\s*[:：.–—-]\s*\S.{0,400}$", max_words=80),
    # "This article was amended on 5 March 2024. An earlier version said …", "Correction: An earlier
    # version of this story misstated …": the paper's note on what it changed
    _rule(
        "correction-note",
        r"^\*?\s*(?:this (?:article|story|piece|report|column) (?:was|has been|had been) (?:amended|corrected) on\b"
        r"|(?:correction|clarification)s?\s*(?:\([^)]{1,40}\))?\s*[:：]\s*(?:an earlier|a previous|this (?:article|story))\b)",
        max_words=90,
    ),
    # "The Associated Press receives support from several private foundations. The AP is solely responsible
    # for all content.": who pays for the coverage, and who answers for it
    _rule(
        "disclaimer",
        r"\b(?:support|funding|grants?|money)\s+from\b.{0,200}\bsolely responsible for (?:all |the |its )?(?:content|coverage)\b",
        max_words=70,
    ),
    # "Reported by Pallava Bagla, Edited by Chandrashekar Srinivasan | Updated: August 23, 2023 6:45 pm IST",
    # "By HT News Desk | Edited by Aditi Sharma, New Delhi": who wrote it, who edited it, and when
    _rule(
        "byline",
        r"^(?:by|reported by|written by)\s+[^|,]{2,60}(?:,\s*|\s*[|]\s*)edited by\s+[^|]{2,80}"
        rf"(?:[|]\s*(?:updated|published|posted)\s*:?\s*(?:{DATE}))?$",
        max_words=30,
    ),
    _rule(
        "disclaimer",
        # a syndicated story's notice: "... the rest of the content is auto-generated from a syndicated feed."
        r"\bauto-?generated from an? (?:syndicated|agency|news|wire) (?:news )?feeds?\b|"
        r"^\(?this (?:story|article|report) (?:has not been|was not|is not) edited by\b|"
        r"^our (?:editorial )?standards\s*:|"
        # "Why you can trust SCMP": the link to a paper's standards under its headline
        r"^why (?:you can|should you|to) trust (?:us|[\w&'’. -]{1,40})\s*\??$|"
        # "Newsweek is committed to challenging conventional wisdom and finding connections in the
        # search for common ground.": the paper's mission under the story
        r"^(?-i:[A-Z])[\w&'’.-]*(?: (?-i:[A-Z])[\w&'’.-]*){0,3} is committed to\b.{0,100}"
        r"\b(?:conventional wisdom|common ground|journalism|quality reporting|accurate reporting|fact-based)\b.{0,60}$|"
        # "Newsweek Is A Trust Project Member": the paper's badge over the story
        r"^[\w&'’. -]{1,40} is an? (?:trust project|ipso|impress|ifcn)\b[\w -]{0,30}$|"
        # "*The views expressed are the author's own.", "Opinions expressed in this article are those of the author."
        r"^[*\s]*(?:this is an opinion (?:piece|column|article)\b.{0,20})?(?:the )?(?:views|opinions) expressed\b.{0,80}"
        r"\bare\b.{0,40}\b(?:authors?'?s?|writers?'?s?|own)\b|"
        # the Trust Project's label of an article's kind: "News Based on facts, either observed and verified ..."
        r"^(?:news|opinion|analysis)?\s*(?:based on facts, either observed and verified|advocates for ideas and draws conclusions)\b|^disclaimer\s*:|^the (?:views|opinions) (?:expressed )?(?:in this (?:article|piece|column|post|commentary) )?"
        r"are (?:the author'?s'?|those of the authors?|solely those of the authors?|(?:his|her|their) own)",
        max_words=80,
    ),
    # after the story, its tags end the page
    _rule(
        "tag-list",
        r"^(?:tags?|topics?|filed under|categories|category|keywords|tagged(?: with)?)\s*:\s*\S",
        max_words=60,
        tail=True,
    ),
    # "Tags Chuck Schumer James Lankford Mike Johnson": the label and the names, with no colon between
    _rule(
        "tag-list",
        r"^(?:Tags|TAGS|Topics|TOPICS|Keywords|KEYWORDS)\s+[A-Z#][^.!?:;]{2,300}$",
        max_words=60,
        tail=True,
        cased=True,
    ),
    # "If you quote any materials, a hyperlink to ... is required": the publisher's terms of reuse
    _rule(
        "reuse-notice",
        r"^(?:if you (?:quote|use|copy|reproduce|cite)|when (?:quoting|using|citing|copying)|citing and using|"
        r"(?:any |full or partial )?(?:reproduction|republication|copying|redistribution|use) of (?:this|the|our|any|these) "
        r"(?:materials?|content|articles?|texts?)\b)"
        # and says what is asked of whoever does ("When quoting the president, the paper ..." is a story)
        r"(?=.*\b(?:hyperlink|link to|permission|prohibited|forbidden|required|mandatory|consent|credit|attribution)\b)"
        r"|^(?:reuse|republish|reprint) this (?:content|article|story)$"
        # in the paper's own language: "Réutiliser ce contenu", "Inhalte wiederverwenden"
        r"|^(?:réutiliser|reproduire) (?:ce contenu|cet article)$"
        r"|^(?:acquire|purchase|request|buy) (?:licensing|reprint|republishing|syndication) rights$",
        tail=True,
        max_words=60,
    ),
    _rule(
        "tag-list",
        _exact(
            r"tags?|topics|related topics|suggested topics|see all topics|filed under|categories|keywords|article topics|"
            r"(?:explore )?more (?:on|about) (?:these|this) (?:topics?|subjects?|tags?)|topics in this (?:article|story)"
        ),
        tail=True,
    ),
    _rule(
        "copyright",
        # ("Copyright law in Ukraine was changed …" is a story's sentence: a notice names its year or owner)
        r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}|(?-i:[A-Z])|:|$))|\ball rights reserved\b"
        # "Kyiv Post © 2025": the owner before the sign
        r"|^[^©\n]{2,40}©\s*\d{4}\b.{0,80}$"
        # "Content © Nordic Times", "All materials © Nordic Times": what the notice covers, then the sign
        r"|^(?:all )?(?:materials?|content|contents|texts?|photos?|articles?)\s*(?:©|\(c\)|copyright)\s*\S.{0,60}$"
        # "REPRODUCTION RESERVED © Copyright ANSA": the agency's notice before its sign
        r"|^(?:all )?reproduction (?:reserved|prohibited|forbidden)\b.{0,80}$"
        # the same in the site's language: "Riproduzione riservata © Copyright GEDI", "Tous droits réservés"
        r"|^riproduzione (?:riservata|vietata)\b.{0,80}$|\b(?:tutti i diritti riservati|tous droits réservés|"
        r"todos los derechos reservados|alle rechte vorbehalten)\b",
        max_words=40,
    ),
    # a gallery's caption: "Item 1 of 3 An F-35 fighter jet ...", "[1/2]An F-35 fighter jet ...", or
    # one ending in the wire's credit, the link to license it or the photographer and the paper. Each
    # starts with a fixed piece of text and looks back from there: a pattern free to start anywhere
    # tries every place in every line, and these run on every line of every page.
    _rule("image-caption", r"^(?:item \d+ of \d+\s+\S|\[\d+/\d+\]\s*\S)", max_words=90),
    # "FILE - Polish farmers protest … at the Dorohusk border crossing, Poland, March 20, 2024.": an
    # archive photo's caption, marked as the wires mark it
    _rule("image-caption", r"^FILE\s+[-–—]\s+[A-Z]", max_words=90, cased=True),
    _rule("image-caption", r"icensing [Rr]ights(?<=\S [Pp]urchase [Ll]icensing [Rr]ights)$", max_words=90, cased=True),
    # "... at the Capitol. | Francis Chung/POLITICO"
    _rule(
        "image-caption",
        r"[|](?<=\S\s[|])\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*/\s*[A-Z][\w&.'’ -]{1,30}$",
        max_words=90,
        cased=True,
    ),
    # "... Netherlands, March 4, 2023. REUTERS/Piroschka van de Wouw/File Photo"
    _rule(
        "image-caption",
        r"/(?:"
        + "|".join(
            rf"(?<=[\s.(]{agency}/)" for agency in ("REUTERS", "AP", "AFP", "EPA", "EPA-EFE", "XINHUA", "ANADOLU")
        )
        + r")[A-Z][\w.'’ -]{1,40}(?:/(?:File )?Photo)?$",
        max_words=90,
        cased=True,
    ),
    _rule(
        "cookie-notice",
        r"^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to (?:use|browse) )?this "
        r"(?:web)?site|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:consent|cookies|cookie settings)$)"
        # a government site's banner: "Cookies on GOV.UK", "We use some essential cookies to make this
        # website work.", "Accept additional cookies", "View cookies", "You've accepted additional cookies. …"
        r"|^cookies on (?:the )?[\w .'’&-]{2,40}$"
        r"|^we(?:['’]d| would)? (?:also )?(?:use|like to (?:set|use)) (?:some )?(?:essential |additional |analytics? )?cookies\b.{0,300}$"
        r"|^(?:accept|reject|refuse|decline|allow) (?:additional|analytics?|optional|non-essential|essential) cookies$"
        r"|^(?:view|change|set) (?:your )?cookies?(?: settings| preferences)?$"
        r"|^you(?:['’]ve| have) (?:accepted|rejected) (?:additional |analytics? |all )?cookies\b.{0,200}$"
        r"|^hide (?:this|cookie) (?:message|banner)$"
        # an embedded post held back: "This content is not available due to your privacy preferences. Update
        # your settings here to see it."
        r"|^this (?:content|embed|video|post) (?:is not|isn['’]t|cannot be) (?:available|displayed|shown)\b.{0,40}"
        r"\b(?:privacy|cookie|consent)\b.{0,160}$"
        # a consent platform's centre: "Privacy Preference Center", "When you visit any website, it may
        # store or retrieve information on your browser, mostly in the form of cookies.", its headings
        # and buttons; "We and selected third parties use cookies …"
        r"|^when you visit any (?:web ?site|site)\b.{0,400}$"
        r"|^we and (?:selected |our )?(?:third[- ]parties|partners|vendors)\b.{0,300}\bcookies\b.{0,300}$"
        r"|^(?:privacy preference cent(?:er|re)|manage consent preferences|confirm my choices|always active|"
        r"(?:strictly )?necessary cookies(?: only)?|use necessary cookies only|(?:performance|functional|targeting|"
        r"analytics|marketing|advertising|social media) cookies|allow all(?: cookies)?|accept all cookies|"
        r"learn more and customi[sz]e|show purposes|i accept)$"
        # a consent banner: "We value your privacy", "We and our partners store and/or access information
        # on a device …", and its buttons
        r"|^we (?:value|care about|respect) your privacy\b.{0,200}$"
        r"|^(?:with your permission,? )?we and our (?:\d+ )?(?:partners|vendors)\b.{0,600}$"
        r"|^list of (?:partners|vendors)\b.{0,40}$"
        r"|^you can (?:change|withdraw|update|manage) your (?:consent|choices|settings|preferences)\b.{0,400}$"
        r"|^(?:accept|reject|refuse|decline|allow) (?:all|cookies|all cookies|and (?:continue|close))$"
        r"|^(?:manage|customi[sz]e|show) (?:preferences|options|settings|purposes|partners|vendors)$"
        r"|^(?:do not sell or share my personal information|your privacy choices|privacy settings|"
        r"consent preferences)$",
        max_words=120,
    ),
    # "New Delhi:": the place the story was filed from, on a line of its own above it (last, so that
    # a label any other rule knows, "Topics:", is that rule's)
    _rule("dateline", r"^[A-Z][\w'’.-]{2,}(?:\s+[A-Z][\w'’.-]*){0,2}:$", max_words=3, cased=True),
    # "[Webb has found another surprise. Here's what it means.]": a link to another story, set in
    # brackets between paragraphs (last too: "[Edited by …]", "[Photo/Xinhua]" are other rules')
    _rule("read-also-teaser", r"^\[(?-i:[A-Z])[^\[\]“”\"«»]{10,200}\]$", max_words=30),
)


# A link's note to screen readers, left in a text dump: "Purchase Licensing Rights, opens new tab"
_NEW_TAB_RE = re.compile(r"[,.]?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?\s*$", re.IGNORECASE)


# "We and our partners store and/or access information on a device, …" (as long as it likes)
_LONG_CONSENT = Rule(
    "cookie-notice",
    re.compile(
        r"(?:with your permission,? )?we and our (?:\d+ )?(?:partners|vendors) (?:store|use|process|may)\b",
        re.IGNORECASE,
    ),
    max_words=10_000,
)


def match_rule(line: str) -> Rule | None:
    """The first rule that removes ``line``, or None when the line may be article text."""
    if len(line) > MAX_RULE_LINE:
        # a consent banner's long paragraph is the one long line no story has
        return _LONG_CONSENT if _LONG_CONSENT.pattern.match(line) else None
    line = _NEW_TAB_RE.sub("", line) or line
    found = _first_rule(line)
    # ("► Read also: …", "👉 READ MORE: …": a teaser's arrow or emoji before its label)
    if found is None and (unmarked := _LEAD_MARK_RE.sub("", line)) and unmarked != line:
        found = _first_rule(unmarked)
    if found is None and len(line) <= MAX_JOINED_CHROME_CHARS and (parts := _CHROME_SENTENCE_BREAK_RE.split(line))[1:]:
        # "Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and
        # alerts.": two lines of chrome run into one paragraph, each sentence of it a rule's
        # (not a story's sentences that open as chrome does: "Want to help Ukraine? Donate to the Red Cross,
        # the minister urged.")
        if (
            len(parts) <= 3
            and (first := _first_rule(parts[0]))
            and all(_first_rule(part) for part in parts[1:])
            and not _joined_speech_re().search(line)
        ):
            found = first
    return found


@lru_cache(maxsize=1)
def _joined_speech_re() -> re.Pattern:
    """A speech verb or a quotation mark: someone speaks in the story, no chrome does."""
    from .people import SPEECH_VERBS

    return re.compile(rf"\b(?:{SPEECH_VERBS})\b|[“”\"«»„]")


# a paragraph this long or shorter may be two or three of chrome's sentences run together
MAX_JOINED_CHROME_CHARS = 240
_CHROME_SENTENCE_BREAK_RE = re.compile(r"(?<=[a-z][.!?])\s+(?=[A-Z])")


def _first_rule(line: str) -> Rule | None:
    words = len(line.split())
    for rule in RULES:
        if words <= rule.max_words and rule.pattern.search(line):
            return rule
    return None


# Arrows, pointers and emoji a site puts before a link's label
_LEAD_MARK_RE = re.compile(r"^(?:[►▶▸▹▷→➡➔➜⇒»›>■◆▪☞\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+\s*)+")
