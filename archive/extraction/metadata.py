"""Outlet, byline and publication date, read only from what the page says about itself.

The clues come from removed chrome (an author box naming the desk, a "Join X to follow ..."
prompt, a copyright line), never from the story: a newspaper quoted in the body is a source,
not the publisher. When no clue is there, the answer is None; nothing is guessed.
"""

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from itertools import takewhile
from urllib.parse import urlsplit

from .boilerplate import NAMES_SPLIT_RE, Removal
from .people import COMMON_WORDS, CYRILLIC_RE, GREEK_RE, NOT_NAMES, TITLE_PREFIXES, first_names, translit_key
from .rules import (
    AGENCIES,
    BYLINE_AGE,
    BYLINE_DESK,
    BYLINE_NAME,
    BYLINE_PREFIX,
    CLOCK,
    DASHED_DESK,
    DATE,
    DESK_WORDS,
    FOREIGN_MONTHS,
    MOST_READ_LABEL,
    SHORT_DATE,
    SITE_TLDS,
    WRITERS_INSTITUTION,
    match_rule,
)
from .text import fold_key, known_outlets, masthead_key

# (capitals of the Latin and the Cyrillic alphabets: "Українська правда" writes its second word in lower case)
_NAME = (
    # ("la Repubblica", "il Giornale", "de Volkskrant": a masthead may start with its article in lower case;
    # "EurekAlert!", "Yahoo!": a name may end in its exclamation mark)
    r"(?:[Tt]he\s+|(?:la|il|lo|le|el|de|die|der|het)\s+(?=[A-Z]))?[A-Z0-9А-ЯЁІЇЄҐ][\w&'’./-]*!?(?:\s+(?:[A-Z0-9А-ЯЁІЇЄҐ][\w&'’./-]*|of|de|del|la|el|und|and|&|for"
    r"|[а-яёіїєґ'’-]+)){0,5}"
)

# Words in a name that make it a publication or a broadcaster's
_MEDIA_WORDS = (
    r"(?:Radio|Television|TV|News|Times|Post|Press|Media|Broadcasting|Network|Channel|Daily|Journal|Herald|"
    r"Tribune|Gazette|Magazine|Online|Weekly|Observer|Chronicle|Courier|Mirror|Express|Monitor|Insider|Sentinel|"
    r"Ledger|Bulletin|Dispatch|Examiner|Inquirer)"
)
# A network's section after its initials in a byline: "By Anna Smith, CNN Business"
_NETWORK_SECTION = r"(?:Business|Politics|Sport|Sports|Health|World|Money|Tech)"
# (rules whose lines may carry the clue, pattern with a group "outlet"), most telling first.
_AGENCY = rf"(?:(?:the )?associated press|{AGENCIES})"
_AGENCY_RE = re.compile(_AGENCY, re.IGNORECASE)
_NEWSROOM_WITH_AGENCIES = (
    rf"(?!(?i:{_AGENCY})\b)(?P<outlet>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){{0,2}})\s+(?i:with)\s+(?i:{_AGENCY})"
    rf"(?:\s*(?:,|and|&)\s*(?i:{_AGENCY}))*\.?"
)
# The names of a site's sections, which follow a headline as a site's name would
_SECTION_NAME = (
    r"(?:international|internacional|world|world news|europe|news|latest|opinion|comment|politics|business|economy|"
    r"markets|finance|money|sport|sports|football|culture|arts|science|tech|technology|health|life|lifestyle|"
    r"travel|entertainment|society|local|national|uk|us|africa|asia|americas|middle east|ukraine|russia|"
    r"analysis|features|environment|climate|education|media|breaking|live|video|photos|home|region|regions|"
    r"people|television|tv|style|fashion|food|books|music|film|cinema|weather|obituaries|letters|columns|"
    r"usa|america|latin america|spain|mexico|europe|asia|world cup|elections?|war|defence|defense|security)"
)
# Lines where a reporter's name stands as often as a newsroom's
_NAMED_BY_PEOPLE = frozenset({"byline", "social-follow"})
_OUTLET_CLUES: tuple[tuple[frozenset[str], re.Pattern], ...] = (
    (
        frozenset({"author-box", "teaser-list"}),
        re.compile(
            rf"^(?P<outlet>{_NAME})\s+(?i:news ?desk|news team|newsroom|editorial (?:team|staff|board|desk)|"
            r"staff (?:writers?|reporters?)|digital desk|web desk|online desk)\.?$"
        ),
    ),
    (
        # "Join Punch WhatsApp Channel to get the latest news": the paper, not its channel
        frozenset({"subscribe-prompt"}),
        re.compile(
            rf"^(?i:join)\s+(?P<outlet>{_NAME}?)(?:\s+(?i:on\s+)?(?i:whatsapp|telegram|viber|facebook|discord|signal)?\s*(?i:channel|group|community))?\s+(?i:to)\s"
        ),
    ),
    (
        # "Subscribe to The Geneva Herald", "Sign up for The Geneva Herald's daily newsletter", "About The
        # Geneva Herald": the site's own sign-up box and page about itself, by a newsroom's name
        frozenset({"subscribe-prompt", "page-chrome"}),
        re.compile(
            rf"^(?i:subscribe to|sign up (?:for|to)|about)\s+(?P<outlet>(?=[^'’]*\b{_MEDIA_WORDS}\b){_NAME}?)"
            r"(?:['’]s\s+(?i:(?:daily|weekly|free|morning|evening)\s+)?(?i:newsletters?|briefing|digest|edition)\b.{0,40})?$"
        ),
    ),
    (
        # "Geneva Herald Staff" under the headline: the newsroom signs the story
        frozenset({"header-label"}),
        re.compile(rf"^(?P<outlet>(?=.*\b{_MEDIA_WORDS}\b){_NAME}?)\s+(?i:staff|staff writers?|news ?desk)$"),
    ),
    (
        # "Anadolu Agency website contains only a portion of the news stories offered to subscribers …"
        frozenset({"subscribe-prompt"}),
        re.compile(
            rf"^(?P<outlet>{_NAME}?)\s+(?i:website|site|portal)\s+(?i:contains|offers|carries|publishes|shows)\s+(?i:only)\s"
        ),
    ),
    (
        # "Source: Al Jazeera and news agencies": the newsroom that wrote it up from the wires
        frozenset({"source-credit"}),
        re.compile(
            rf"^(?i:sources?)\s*:\s*(?!(?i:{AGENCIES})\b)(?P<outlet>{_NAME}?)\s+(?:and|with|,)\s+(?i:news agencies|agencies|wires)\.?$"
        ),
    ),
    (
        frozenset({"author-box"}),
        re.compile(
            rf"\b(?i:news team|editorial team|newsroom|journalists|reporters|staff|editors)\s+(?i:of|at)\s+"
            rf"(?P<outlet>{_NAME})"
        ),
    ),
    (
        # "For the latest news, weather, sports, and streaming video, head to WROC.": a station names
        # itself over its owner's copyright ("Copyright 2024 Nexstar Media Inc.")
        frozenset({"call-to-action"}),
        re.compile(
            rf"^(?i:for (?:the )?latest (?:news|headlines)\b).*\b(?i:head|go|tune in|turn) (?i:to) (?P<outlet>{_NAME})\.?$"
        ),
    ),
    (
        frozenset({"copyright"}),
        re.compile(
            rf"(?:©|\([cC]\)|(?i:copyright))(?:\s*(?:©|(?i:copyright)))?\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?)?\s*[.,|]?\s*"
            # ("© 2024 by Nordic Times", "Copyright © 2024 | Nordic Times")
            r"(?:(?i:by)\s+)?"
            # ("© Provided by The Independent": the paper a portal's page carries the story of)
            rf"(?:(?i:provided by)\s+)?(?P<outlet>{_NAME})"
        ),
    ),
    (
        # "Nordic Times. All rights reserved.", "All rights reserved by Nordic Times"
        frozenset({"copyright"}),
        re.compile(rf"^(?!(?i:copyright|all)\b)(?P<outlet>{_NAME}?)\.?\s+(?i:all rights reserved)\.?$"),
    ),
    (frozenset({"copyright"}), re.compile(rf"^(?i:all rights reserved)\s+(?i:by)\s+(?P<outlet>{_NAME})")),
    (
        # "Kyiv Post © 2025": the name before the sign
        frozenset({"copyright"}),
        re.compile(rf"^(?P<outlet>{_NAME}?)\s*(?:©|\([cC]\))\s*\d{{4}}"),
    ),
    (
        # "... with the permission of Ukrinform only": the terms of reuse name the publisher
        frozenset({"reuse-notice"}),
        re.compile(rf"\b(?i:permission (?:of|from))\s+(?P<outlet>{_NAME})"),
    ),
    (
        # "by Radio Prague International": a byline that names a broadcaster or a paper, not a person
        # (but "By HT News Desk" is the paper's desk: the name before it, below)
        frozenset({"byline"}),
        re.compile(
            rf"^(?i:(?:posted |written )?by|from)\s+(?!.*\s(?i:desk|bureau|staff)$)(?P<outlet>(?=.*\b{_MEDIA_WORDS}\b){_NAME})$"
        ),
    ),
    (
        # "By Al Jazeera Staff", "By Notes from Poland Staff", "By RFE/RL's Hungarian Service": the newsroom signs the story (an
        # agency's staff, "By PA Sport Staff", write for whichever paper prints them)
        frozenset({"byline"}),
        re.compile(
            rf"^(?i:(?:posted |written )?by|from)\s+(?!(?i:{AGENCIES})\b)(?P<outlet>{_NAME}?(?:\s+from\s+[A-Z][\w&'’.-]*)?)(?:\s+(?i:staff|staff writers?|staff reporters?|news ?desk|newsroom)(?:\s+(?i:and|with|&)\s+(?i:(?:news )?agencies|wires))?"
            rf"|['’]s\s+(?:[A-Z][\w-]*\s+){{0,3}}(?i:service|desk|bureau|newsroom|team))$"
        ),
    ),
    (
        # "By: RFI", "By RFE/RL": a newsroom's initials sign the story (an agency's are no outlet: "By AFP")
        frozenset({"byline"}),
        re.compile(rf"^(?i:by)\s*:?\s+(?!(?i:{_AGENCY})$)(?P<outlet>[A-Z]{{2,6}}(?:/[A-Z]{{2,6}})?)$"),
    ),
    (
        # "By Euronews with AP, AFP": a newsroom writing from the agencies' copy
        frozenset({"byline"}),
        re.compile(rf"^(?:(?i:by)\s+)?\(?{_NEWSROOM_WITH_AGENCIES}\)?$"),
    ),
    (
        # "By Daniel Moreno and Priya Raman, CNN": the reporters and, after a comma, their network
        # ("By Ana Ruiz, Tom Berg and Li Wei, CNN": three or four reporters, commas between them)
        frozenset({"byline"}),
        # (or its site: "By Emily Ashcraft, KSL.com")
        re.compile(
            rf"^(?i:by)\s+[^,]{{3,80}}(?:,\s*[^,]{{3,80}}){{0,3}},\s*(?!(?i:{_AGENCY})$)"
            r"(?P<outlet>[A-Z]{2,6}|[A-Z][\w-]{1,30}\.(?i:com|net|org|news|co\.uk|com\.au|co\.nz|ca|ie|in))"
            # ("By Anna Smith, CNN Business": the network and its section)
            rf"(?:\s+{_NETWORK_SECTION})?$"
        ),
    ),
    (
        # "By John Smith, The Washington Post": the reporter, then after a comma the paper
        frozenset({"byline"}),
        re.compile(
            rf"^(?i:by)\s+{BYLINE_NAME}(?:\s+(?:and|&)\s+{BYLINE_NAME})?,\s*"
            rf"(?P<outlet>(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{0,3}}{_MEDIA_WORDS})$"
        ),
    ),
    (
        # "Anna Smith / Kyiv Post", "Evan Dyer · CBC News ·": the reporter, then the paper
        frozenset({"byline"}),
        re.compile(
            rf"^(?:(?i:by)\s+)?{BYLINE_NAME}\s*[/·•]\s*(?P<outlet>(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{0,3}}{_MEDIA_WORDS})\s*[·•]?$"
        ),
    ),
    (
        # "By JAMES HARTLEY FOR MAILONLINE", "By Jane Doe for The Guardian": who the author wrote it for
        frozenset({"byline"}),
        re.compile(
            rf"^(?i:by)\s+{BYLINE_NAME},?\s+(?i:for)\s+(?!(?i:{_AGENCY})\b)(?P<outlet>(?:[Tt]he\s+|THE\s+)?[A-Z][\w&'’.-]*"
            r"(?:\s+[A-Z][\w&'’.-]*){0,3})\.?$"
        ),
    ),
    (
        # "The Hindu Bureau", "By Express Web Desk": the paper's desk signs the story (never a
        # city's bureau, "Moscow Bureau")
        frozenset({"header-label", "byline"}),
        re.compile(rf"^(?:(?i:by)\s+)?(?P<outlet>{_NAME}?)\s+(?i:bureau|web desk|news desk|digital desk|online desk)$"),
    ),
    (
        # "Headline - BBC News": the page's own title names its publication
        frozenset({"section-suffix"}),
        re.compile(rf"^-\s+(?P<outlet>{_NAME})$"),
    ),
    (
        # "Headline | Euractiv": after a bar, the site's name, unless it is a section ("| International");
        # "| CNN Politics" names CNN, but "News" and "Sports" are part of a name ("| Fox News", "| Sky Sports")
        frozenset({"section-suffix"}),
        re.compile(rf"^[|–—-]\s+(?P<outlet>(?!(?i:{_SECTION_NAME}\s*$)){_NAME}?)(?:\s+(?i:{_SECTION_NAME}))*$"),
    ),
    (
        frozenset({"social-follow"}),
        re.compile(rf"^(?i:follow|like)\s+(?P<outlet>{_NAME})\s+(?i:on|at)\s"),
    ),
    (
        # "Subscribe to RBC-Ukraine on Telegram!": the site's own channel
        frozenset({"subscribe-prompt", "social-follow"}),
        re.compile(
            rf"^(?i:subscribe to|read)\s+(?!(?i:our|us|the)\b)(?P<outlet>{_NAME})\s+(?i:on|in|via)\s+"
            r"(?i:telegram|whatsapp|viber|facebook|instagram|youtube|x|twitter|google news|tiktok|signal)\b"
        ),
    ),
    (
        # "Martin Fornusek is a reporter at the Kyiv Independent": the bio under the story
        frozenset({"author-bio"}),
        re.compile(
            rf"\bis\s+(?:(?:a|an|the|our)\s+)?(?:[\w-]+\s+){{0,2}}?(?i:reporter|correspondent|editor|editor-in-chief|"
            rf"journalist|writer|columnist)\s+(?i:at|for|with|of)\s+"
            # "Daniel Tilles is editor-in-chief of Notes from Poland"
            rf"(?P<outlet>{_NAME}(?:\s+from\s+[A-Z][\w&'’.-]*)?)"
        ),
    ),
    (
        # "The Guardian - Back to home", "Go to the Tribune homepage": the link on the site's masthead
        frozenset({"masthead"}),
        re.compile(rf"^(?P<outlet>{_NAME}?)\s*[-–—|]\s*(?i:back to\s+)?(?i:home(?:page)?)$"),
    ),
    (
        frozenset({"masthead"}),
        re.compile(rf"^(?i:go|back|return)\s+(?i:to)\s+(?i:the\s+)?(?P<outlet>{_NAME}?)\s+(?i:home(?:page)?)$"),
    ),
    (
        # "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!"
        frozenset({"donation-prompt"}),
        # (a name of two words or of four letters at least: "Support UP" is the paper's initials)
        re.compile(
            r"\b(?i:support)\s+(?P<outlet>(?=[\w&'’.-]{4}|[\w&'’.-]+\s+[A-Z])[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?i:or|and|on|by|with|today|now)\b"
        ),
    ),
    (
        # "Published in Dawn, March 21st, 2024": the paper that printed it
        frozenset({"published-on", "dateline", "sourcing-tagline"}),
        re.compile(
            rf"^(?i:(?:first )?published in|this (?:article|story) (?:first )?appeared in)\s+(?P<outlet>{_NAME}?),\s"
        ),
    ),
    (
        # "Writer for Geopolitics Weekly": the publication a platform's author writes for
        frozenset({"author-bio"}),
        re.compile(rf"^(?i:writer|editor|contributor|columnist|reporter|author)\s+(?i:for|at)\s+(?P<outlet>{_NAME})$"),
    ),
    (
        # "Jacob Magid is The Times of Israel's US bureau chief": the paper the author works for
        frozenset({"author-bio"}),
        re.compile(r"\bis\s+(?P<outlet>The\s+[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of)){0,4})['’]s\s"),
    ),
    (
        # "Ruta Zemaityte is LRT's correspondent in Vilnius": a newsroom's name without "The", before
        # a journalist's job (not a place's: "is Ukraine's correspondent" is no site)
        frozenset({"author-bio"}),
        re.compile(
            r"\bis\s+(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,3}?"
            r"(?:reporter|correspondent|editor|journalist|writer|columnist|contributor|commentator)s?\b"
        ),
    ),
    (
        # "Get unlimited access to exclusive stories ... from The Straits Times.": the paper's offer
        frozenset({"subscribe-prompt"}),
        re.compile(
            r"^(?i:get|enjoy|unlock)\s.{0,120}\bfrom\s+(?P<outlet>The\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\.?$"
        ),
    ),
    (
        # "KYODO NEWS - Mar 5, 2024 - 21:52": a news agency's or paper's name before the date
        frozenset({"dateline"}),
        re.compile(
            r"^(?P<outlet>(?:[A-Z][\w.&'’-]*\s+){0,3}(?i:news|press|times|post|agency|herald|daily))\s*[-–—|]\s*\d*[A-Za-z]"
        ),
    ),
    (
        # "Philippine Daily Inquirer / 04:40 AM March 08, 2024": a paper's word last, a slash, the time
        frozenset({"dateline"}),
        re.compile(rf"^(?P<outlet>(?:[A-Z][\w.&'’-]*\s+){{0,3}}{_MEDIA_WORDS})\s*/\s*\d"),
    ),
    (
        # "March 7, 2024 / 10:15 AM / CBS News": the network after the date and time
        frozenset({"dateline", "published-on"}),
        re.compile(rf"\d[^/|]*[/|]\s*(?P<outlet>(?:[A-Z][\w.&'’-]*\s+){{0,3}}{_MEDIA_WORDS})$"),
    ),
    (
        # "Why you can trust SCMP": the paper points to its own standards
        frozenset({"disclaimer"}),
        re.compile(rf"^(?i:why (?:you can|should you|to) trust)\s+(?P<outlet>{_NAME})\s*\??$"),
    ),
    (
        # "EUobserver is an independent, not-for-profit news organisation …": the site's own profile
        frozenset({"outlet-profile"}),
        re.compile(rf"^(?P<outlet>{_NAME}?)\s+is\s+an?\s"),
    ),
    (
        # "Newsweek Is A Trust Project Member": the paper's badge
        frozenset({"disclaimer"}),
        re.compile(rf"^(?P<outlet>{_NAME}?)\s+(?i:is an? (?:trust project|ipso|impress|ifcn))\b"),
    ),
    (
        # "Credit...Brendan Hoffman for The New York Times", "Photograph: Sean Smith for the Guardian":
        # the paper that sent the photographer
        frozenset({"image-credit"}),
        re.compile(
            r"\b[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+for\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*"
            r"(?:\s+[A-Z][\w&'’.-]*){0,4})\.?$"
        ),
    ),
    (
        # a masthead above the headline: a name that says it is a newspaper ("Edinburgh Evening
        # Standard", "The Harbour Ledger"); "World News" or "Business" are sections, not names
        frozenset({"section-label"}),
        re.compile(
            r"^(?P<outlet>(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}(?:Times|Post|Journal|Herald|Tribune|Gazette|Guardian|"
            r"Independent|Telegraph|Express|Mail|Chronicle|Observer|Standard|Courier|Mirror|Inquirer|Examiner|"
            r"Dispatch|Ledger|Echo|Argus|Bulletin|Sentinel|Register|Courant|Advertiser|Enquirer|Clarion)"
            r"(?:\s+(?:of\s+)?[A-Z][\w&'’.-]*){0,2}"
            # "Euromaidan Press", "Ukrainska Pravda": these words name a paper after another word only
            r"|(?!Associated\b)(?:[A-Z][\w&'’.-]*\s+){1,3}(?:Press|Pravda|Review|Insider|Monitor|Weekly|Reporter|Wire|Digest|Globe|Gazeta|Zeitung)"
            # ("Manchester Evening News", "New York Daily News": news by its time of day or week, after a place)
            r"|(?:[A-Z][\w&'’.-]*\s+){1,3}(?:Evening|Morning|Daily|Sunday|Weekly)\s+(?:News|Star|Sun|Record|Mail))$"
        ),
    ),
)
# (nor a desk's kind: "By Editorial Staff", "By Web Staff")
# the words of a desk's name that name no paper ("Web Desk", "News Desk", "By Staff")
_DESK_WORDS = frozenset("by news desk web online digital staff editorial team newsroom bureau".split())
_NOT_OUTLETS = {
    "us", "our", "all", "the", "facebook", "twitter", "instagram", "telegram", "youtube", "google news",
    "editorial", "news", "web", "online", "digital", "special", "wire", "local", "sports", "business",
    "copyright", "crown",  # "© Crown copyright": a government's notice, no newsroom
    # "© REPRODUCTION RESERVED" (Italian papers' "riproduzione riservata" translated): a notice, no name
    "reproduction reserved", "reproduction prohibited", "all rights reserved", "rights reserved",
    # and the notice untranslated: "© RIPRODUZIONE RISERVATA", "Tous droits réservés", "Alle Rechte vorbehalten"
    "riproduzione riservata", "tutti i diritti riservati", "tous droits réservés", "droits réservés",
    "todos los derechos reservados", "derechos reservados", "todos os direitos reservados", "direitos reservados",
    "alle rechte vorbehalten", "wszelkie prawa zastrzeżone", "alle rechten voorbehouden",
    # a footer's links after the copyright line's bar: "Nordic Times © 2024 | Privacy Policy | Terms"
    "privacy policy", "privacy", "terms", "terms of use", "terms of service", "cookie policy", "cookies",
    "contact", "contact us", "about us", "about", "imprint", "sitemap", "advertise",
}  # fmt: skip
# "Bloomberg L.P.", "Dow Jones & Company": the firm's legal form, after the name it trades under
_COMPANY_TAIL_RE = re.compile(
    # ("© 2024 The Irish Times DAC", "Nine Publishing Pty Ltd", "Ringier AG": a legal form of any country)
    r"\s+(?:(?:All|Inc|Ltd|LLC|GmbH|Limited|L\.?P|plc|Corp|Corporation|DAC|Pty|AG|SA|NV|BV|SpA|Srl|Oy|AB|ASA|"
    r"&\s*(?:Co|Company))\b.*|\d{4}(?:\s*[-–]\s*\d{4})?)$"
)


def _bare_name(name: str) -> str:
    """A name without the legal form, years and punctuation after it, however they follow one
    another ("Nordic Times 2024. All Rights Reserved" as "Nordic Times")."""
    while (bare := _TRAILING_PUNCT_RE.sub("", _COMPANY_TAIL_RE.sub("", name))) != name:
        name = bare
    return name


def _without_company(name: str) -> str:
    """ "The New York Times Company" as "The New York Times": the publisher named for its paper; a
    name of one word before it is the title itself ("Fast Company")."""
    words = name.split()
    if words[-1:] == ["Company"] and len([w for w in words[:-1] if w != "The"]) >= 2:
        return " ".join(words[:-1])
    # "Nordic Times Media Group": the group named for its paper, whose name says it is one
    if (
        len(words) >= 3
        and words[-1] in ("Group", "Holding", "Holdings")
        and re.search(
            rf"\b{_MEDIA_WORDS}$", " ".join(words[:-2] if words[-2] in ("Media", "Publishing") else words[:-1])
        )
    ):
        return " ".join(words[:-2] if words[-2] in ("Media", "Publishing") else words[:-1])
    return name


_FIRM_AFTER_RE = re.compile(r",\s*[A-Z][^.,]{0,40}\b(?:Co|Ltd|Inc|LLC|plc|GmbH|Limited|Corp)\b")
_FIRM_NAME_RE = re.compile(
    r"\b(?:publishing|publishers|publications|holdings|enterprises|pvt|private limited|"
    # ("© Autonomous Nonprofit Organization "TV-Novosti"": the legal body that owns the site)
    r"organization|organisation|non-?profit|autonomous)\b",
    re.IGNORECASE,
)
# the end of a sentence: after a word in lower case, or after a name in capitals when a sentence
# plainly starts ("© 2024 BBC. The BBC is not responsible …"; "St. Petersburg Times" goes on)
_SENTENCE_BREAK_RE = re.compile(
    r"(?<=[a-z]{2})\.\s+(?=[A-Z])|(?<=[A-Z]{2})\.\s+(?=(?:The|This|All|Our|We|It|Its|No|Part|Some)\b)"
    # ("© AZERTAC. When using the materials, …": a sentence in lower case after the capitals)
    r"|(?<=[A-Z]{2})\.\s+(?=[A-Z][a-z]+\s+[a-z]+\s)"
)
# (not the exclamation mark a name ends in, right after its letters: "EurekAlert!")
_TRAILING_PUNCT_RE = re.compile(r"(?:[\s.,;:'’-]|(?<![^\W\d_])!|\s(?:and|of|for|de|del|la|el|und|&)\b)+$")


# "ukrinform.net", "www.kyivindependent.com": a web address the page gives for itself
_DOMAIN_RE = re.compile(
    r"\b(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9-]{1,40})\.(?:[a-z]{2,12})(?:\.[a-z]{2})?\b", re.IGNORECASE
)
_HEADER_RULES = frozenset({"section-label", "header-label"})
# the first word of a section's name, never of a newspaper's ("World News", "Business Daily")
_SECTION_WORDS = frozenset("world business sport sports local breaking top latest politics tech science health".split())
_MEDIA_LINE_RE = re.compile(rf"^(?=.*\b{_MEDIA_WORDS}\b)(?P<outlet>{_NAME})$")


def _named_outlet(removed: list[Removal]) -> str | None:
    """A header line that is the name of the site whose address the page gives ("Ukrinform" and
    "... a hyperlink to ukrinform.net"), or a publication's name standing under the byline ("By
    Paul Kirby / BBC News")."""
    domains = {m.group(1).lower() for item in removed for m in _DOMAIN_RE.finditer(item.text)}
    for item in removed:
        if item.rule in _HEADER_RULES and re.sub(r"[\W_]+", "", fold_key(item.text)) in domains:
            return item.text.strip()
    for before, item in zip(removed, removed[1:], strict=False):
        if before.rule == "byline" and item.rule == "header-label" and (match := _MEDIA_LINE_RE.match(item.text)):
            outlet = match.group("outlet")
            # (not the author's desk: "Senior News Reporter")
            desk = re.search(rf"\b(?:{DESK_WORDS})$", outlet, re.IGNORECASE)
            if len(outlet.split()) >= 2 and outlet.split()[0].lower() not in _SECTION_WORDS and not desk:
                return outlet
    # "EL PAÍS" above the headline and "... news coverage from EL PAÍS USA Edition" in the sign-up
    # box: the masthead, as the page's own chrome spells it
    chrome = [item.text for item in removed if item.rule in _SELF_NAMING_RULES]
    for item in removed:
        if item.rule == "headline":
            break
        label = item.text.strip()
        if (
            item.rule == "section-label"
            and 2 <= len(label) <= 40
            and len(label.split()) <= 4
            and not _is_place_or_topic(label)
            and label.lower() not in _NOT_OUTLETS  # (the menu's "News", which the chrome says too)
            and any(re.search(rf"(?<!\w){re.escape(label)}(?!\w)", line) for line in chrome)
        ):
            return _spelled_out(label, chrome) or (_uncapitalised(label) if label.isupper() else label)
    return None


# The last word of a paper's name that its initials may stand for ("South China Morning Post"; not
# "Cable News Network", which goes by CNN)
_PAPER_WORDS = r"Post|Times|Agency|Herald|Journal|Tribune|Gazette|Press|Daily|Magazine|Review"


def _spelled_out(initials: str, lines: list[str], last: str = rf"{_MEDIA_WORDS}|Agency|Service") -> str | None:
    """The name a masthead's initials stand for, as the site's own chrome spells it out ("AA" and
    "Anadolu Agency website contains …"): words with those initials, the last a newsroom's."""
    if not re.fullmatch(r"[A-Z]{2,5}", initials):
        return None
    words = r"\s+".join(rf"{letter}[a-zà-ÿ]+" for letter in initials[:-1])
    name = re.compile(rf"(?<!\w){words}\s+(?:{last})(?!\w)")
    for line in lines:
        for match in name.finditer(line):
            if match.group(0).split()[-1][0] == initials[-1]:
                return match.group(0)
    # "TOI" and "… please join The Times of Israel Community": a small word counted ("of"), the
    # newsroom's word anywhere in the name
    words = r"\s+".join(rf"(?:{letter}[a-zà-ÿ]+|{letter.lower()}(?:f|he|nd|n))" for letter in initials)
    name = re.compile(rf"(?<!\w){words}(?!\w)")
    for line in lines:
        for match in name.finditer(line):
            found = match.group(0)
            if found[0].isupper() and found.split()[-1][0].isupper() and re.search(rf"\b(?:{last})\b", found):
                # ("join The Times of Israel Community": "The" in capitals mid-sentence is the name's)
                return "The " + found if re.search(r"\w[,:]?\s+The\s+$", line[: match.start()]) else found
    return None


def _uncapitalised(name: str) -> str:
    """A name written in capitals as it is written in a sentence ("KYODO NEWS", "EL PAÍS"), but
    with a short word that is an acronym left one ("BBC NEWS")."""
    # ("RFE/RL", "U.S.": letters run together with a slash or dots stay an acronym)
    return " ".join(
        w.title() if (len(w) > 3 and not re.search(r"[/.]", w)) or w.lower() in _PARTICLES else w for w in name.split()
    )


def _as_spelled(name: str, removed: list[Removal]) -> str | None:
    """How the page spells a name it also writes in capitals ("FOR MAILONLINE" and "your MailOnline
    comments"), or None when it is only ever in capitals."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for item in removed:
        for match in pattern.finditer(item.text):
            if not match.group(0).isupper():
                return match.group(0)
    return None


_PARTICLES = frozenset("the of and el la le les los las de del der die das il lo da do du".split())
# Chrome in which a site names itself: its sign-up boxes, notices and copyright line.
_SELF_NAMING_RULES = frozenset({"subscribe-prompt", "copyright", "disclaimer", "reuse-notice", "contact-prompt"})


def _is_place_or_topic(name: str) -> bool:
    """Whether every word of a title's suffix is a place, a section's word or a common word."""
    if _MEDIA_NAME_RE.search(name) or re.search(r"\d", name) or masthead_key(name.rstrip(".")) in known_outlets():
        return False  # "Kyiv Post", "France 24", "The Atlantic" (a newsroom the archive knows)
    words = [w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in ("and", "the", "of", "&")]
    return bool(words) and all(w in NOT_NAMES or w in COMMON_WORDS or _SECTION_WORD_RE.fullmatch(w) for w in words)


_SECTION_WORD_RE = re.compile(_SECTION_NAME)


# Lines that may name a place or a subject where a site's name would stand ("| Mexico", "Kyiv Bureau")
_PLACE_NAMED_RULES = frozenset({"section-suffix", "header-label", "byline", "author-bio"})


_ADDRESS_NAME_RE = re.compile(rf"(?P<name>[A-Za-z][\w-]{{1,40}})\.(?:{SITE_TLDS})")


def find_outlet(removed: Iterable[Removal]) -> str | None:
    removed = list(removed)
    # "© 2024 AFP" under a story the page's own newsroom put up ("Text by: FRANCE 24"): the agency
    # wrote it, the newsroom published it; the agency is the outlet only when no newsroom is named
    agency = None
    # (the title's suffixes last first: "… - Israel News - Haaretz.com", "… | World news | The Guardian" end
    # in the site's name, the sections before it)
    suffixes = iter([item for item in removed if item.rule == "section-suffix"][::-1])
    ordered = [next(suffixes) if item.rule == "section-suffix" else item for item in removed]
    for rules, pattern in _OUTLET_CLUES:
        for item in ordered:
            if item.rule not in rules:
                continue
            text = item.text
            if item.rule == "section-label" and text.isupper():
                text = text.title()  # a masthead in capitals: "KYIV POST"
            if item.rule == "byline":
                text = _BYLINE_DATE_FIRST_RE.sub("", _BYLINE_STAMP_RE.sub("", _BYLINE_DATE_THEN_MORE_RE.sub("", text)))
            match = pattern.search(text)
            if match and item.rule in _NAMED_BY_PEOPLE and match.group("outlet").split()[0].lower() in first_names():
                continue  # "By Maria Okafor with AP", "Follow Jonathan on X": a reporter, not a newsroom
            if match and item.rule in _PLACE_NAMED_RULES and _is_place_or_topic(match.group("outlet")):
                continue  # "| Mexico", "| Climate and Environment": a section named for a place or a subject
            if (
                match
                and item.rule == "copyright"
                and (_FIRM_AFTER_RE.match(text, match.end()) or _FIRM_NAME_RE.search(match.group("outlet")))
            ):
                continue  # "© 2024 Bennett, Coleman & Co. Ltd.", "THG PUBLISHING PVT LTD": a firm, not a masthead
            if match:
                # "© 2024 Cable News Network. A Warner Bros. Discovery Company.": the first sentence
                # (read on past the name: "© AZERTAC. When using the materials, …" ends at "AZERTAC")
                sentence = _SENTENCE_BREAK_RE.split(text[match.start("outlet") :], maxsplit=1)[0]
                outlet = match.group("outlet")[: len(sentence)]
                if item.rule == "section-suffix" and (named := _NAMED_SECTION_RE.match(text, match.end("outlet"))):
                    outlet += named.group(0)  # "| Fox News", "| Sky Sports": the word is the network's
                outlet = _without_company(_bare_name(outlet))
                # ("Haaretz.com": a known newsroom by its address)
                if (address := _ADDRESS_NAME_RE.fullmatch(outlet)) and (
                    named := known_outlets().get(masthead_key(address.group("name")))
                ):
                    outlet = named
                if outlet.isupper() and (item.rule == "dateline" or (item.rule == "byline" and len(outlet) > 5)):
                    # "KYODO NEWS - Mar 5": a name in capitals; an acronym stays one ("BBC NEWS"),
                    # and a name the page spells in small letters elsewhere is spelled so ("MailOnline")
                    outlet = _as_spelled(outlet, removed) or _uncapitalised(outlet)
                if outlet.lower() in _NOT_OUTLETS or re.fullmatch(r"[\d\s–-]+", outlet):
                    continue
                if all(word in _DESK_WORDS for word in outlet.lower().split()):
                    continue  # "By Web Desk", "By News Desk": a desk of any paper, no name
                if item.rule == "byline":  # "By Brooke Singman Fox News" under "Fox News" heading the page
                    # (the longest such heading: "Fox News", not the menu's "News")
                    outlet = max(
                        (
                            h.text
                            for h in removed
                            if h.rule in _HEADER_RULES
                            and outlet.endswith(" " + h.text)
                            and _MEDIA_NAME_RE.search(h.text)
                            and _LONE_NAME_RE.match(outlet[: -len(h.text)].strip())
                        ),
                        key=len,
                        default=outlet,
                    )
                if item.rule == "copyright" and _AGENCY_RE.fullmatch(outlet):
                    # (a year or the rights reserved: "© Reuters" alone is a photo's credit)
                    if _COPYRIGHT_NOTICE_RE.search(text):
                        agency = agency or outlet[0].upper() + outlet[1:]
                    continue
                if item.rule == "copyright" and (titled := _title_outlet(removed)):
                    # "©2025 FOX News Network, LLC" under "… | Fox News": the name it goes by ("Copyright PUNCH."
                    # under "… - Punch Newspapers": the whole of it)
                    if fold_key(outlet).startswith(fold_key(titled) + " ") or fold_key(titled).startswith(
                        fold_key(outlet) + " "
                    ):
                        outlet = titled
                if item.rule == "copyright":
                    outlet = _initials_in_use(outlet, removed) or outlet
                    # "The Hill" heading the page over "Copyright 2024 Nexstar Media Inc.": the
                    # newsroom the archive knows, not the firm that owns it
                    outlet = _known_masthead(removed) or _known_publisher(outlet) or outlet
                # "Why you can trust SCMP" and "… is the South China Morning Post's Europe
                # correspondent": initials the page spells out as a paper's name
                outlet = _spelled_out(outlet, [other.text for other in removed], _PAPER_WORDS) or outlet
                outlet = _masthead_spelling(outlet, removed)
                # "Independent" heading a page that also says "from The Independent": the name as known
                known = known_outlets().get(masthead_key(outlet), "")
                # (or a title's tail that leaves out the article: "… - Times of India" is The Times of India)
                if known == f"The {outlet}" and (
                    item.rule == "section-suffix" or any(known in other.text for other in removed)
                ):
                    outlet = known
                return outlet[0].upper() + outlet[1:]
    if masthead := _agency_masthead(removed):
        return masthead
    if signed := _reporter_over_newsroom(removed):
        return signed[1]
    if dated := _newsroom_beside_date(removed):
        return dated
    return (
        _named_outlet(removed)
        or _network_masthead(removed)
        or _known_masthead(removed)
        or _bio_paper(removed)
        or agency
        or _known_outlet_in_chrome(removed)
    )


# The page's own promotions, which name the newsroom that puts them up ("Most Read from Bloomberg",
# "Before it's here, it's on the Bloomberg Terminal", "Axios Markets" over its sign-up button)
_PROMOTION_RULES = frozenset({"advertisement", "subscribe-prompt", "call-to-action", "social-follow"})


@lru_cache(maxsize=1)
def _known_outlet_re() -> re.Pattern:
    names = sorted(known_outlets().values(), key=len, reverse=True)
    return re.compile(r"(?<![\w&'’-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w&-])", re.IGNORECASE)


def _known_outlet_in_chrome(removed: list[Removal]) -> str | None:
    """The one newsroom the archive knows that the page's own promotions name, when nothing else names
    one (a label over a teaser, "Most Read from Bloomberg", counts; another story's headline does not)."""
    found = set()
    for item in removed:
        promotion = item.rule in _PROMOTION_RULES or (
            item.rule == "read-also-teaser" and re.match(MOST_READ_LABEL, item.text, re.IGNORECASE)
        )
        if not promotion or len(item.text.split()) > MAX_SENTENCE_PROMO_WORDS:
            continue
        for match in _known_outlet_re().finditer(item.text):
            if match.group(0)[:1].isupper():
                found.add(known_outlets()[masthead_key(match.group(0))])
    return found.pop() if len(found) == 1 else None


MAX_SENTENCE_PROMO_WORDS = 25


# "News & Media", "Media Group": what a firm named for its paper adds to the paper's name
_PUBLISHER_TAIL_RE = re.compile(
    r"(?:\s+(?:news|media|group|network|digital|publishing|publications|holdings|communications|&|and))+$",
    re.IGNORECASE,
)


def _known_publisher(name: str) -> str | None:
    """The known paper a firm is named for ("Guardian News & Media" as "The Guardian")."""
    bare = _PUBLISHER_TAIL_RE.sub("", name)
    return known_outlets().get(masthead_key(bare)) if bare != name else None


def _known_masthead(removed: list[Removal]) -> str | None:
    """A line over the headline that is a newsroom's name the archive knows ("POLITICO" over the
    headline as "Politico"), as that newsroom writes it."""
    known = known_outlets()
    for item in removed:
        if item.rule == "headline":
            return None
        if item.rule in _HEADER_RULES and (name := known.get(masthead_key(item.text))):
            # (as the page writes it, unless in capitals: "hromadske" stays, "POLITICO" is "Politico")
            return name if item.text.isupper() else item.text.strip()
        if item.rule in _HEADER_RULES and (CYRILLIC_RE.search(item.text) or GREEK_RE.search(item.text)):
            # "Медуза", "Українська правда", "Καθημερινή" over the headline: a known newsroom in its own alphabet,
            # as the archive spells it ("Meduza", "Ukrainska Pravda", "Kathimerini")
            if name := _known_by_transliteration().get(translit_key(item.text)):
                return name
    return None


@lru_cache(maxsize=1)
def _known_by_transliteration() -> dict[str, str]:
    """The known newsrooms by their names' transliteration keys ("ukrainska pravda")."""
    return {translit_key(name): name for name in known_outlets().values()}


def find_known_edition(removed: list[Removal]) -> str | None:
    """ "EL PAÍS English", "LRT English" over the headline: a known paper's edition in another
    language (or "NOS Nieuws": its news pages), when nothing else on the page names the outlet."""
    known = known_outlets()
    for item in removed:
        if item.rule == "headline":
            return None
        if item.rule in _HEADER_RULES and (edition := _EDITION_RE.search(item.text)):
            if name := known.get(masthead_key(item.text[: edition.start()])):
                return name
    return None


# a paper's edition after its name: "EL PAÍS English", "Le Monde in English", "Kathimerini English Edition"
# ("NOS Nieuws", "ZDF Nachrichten": or its news pages, in its language)
_EDITION_RE = re.compile(
    r"\s+(?:(?:in\s+)?(?:english|international|global)(?:\s+edition)?"
    r"|nieuws|nachrichten|noticias|notícias|notizie|actualités|wiadomości|zprávy|správy|haberler|știri|stiri|nyheter|nyheder|uutiset)$",
    re.IGNORECASE,
)


def _masthead_spelling(name: str, removed: list[Removal]) -> str:
    """The name as the masthead over the page spells it, where the two differ only in spaces
    ("Source: TRTWorld and agencies" under "TRT World"); a masthead in capitals is no spelling."""
    squeezed = re.sub(r"\W+", "", name).casefold()
    for item in removed:
        text = item.text.strip()
        if item.rule in _HEADER_RULES and not text.isupper() and re.sub(r"\W+", "", text).casefold() == squeezed:
            return text
    return name


def _initials_in_use(name: str, removed: list[Removal]) -> str | None:
    """The initials a copyright's full name goes by, when the byline or dateline signs with them
    ("© 2024 Cable News Network" and "By Kevin Liptak, CNN" or "Washington CNN —")."""
    initials = "".join(word[0] for word in name.split() if word[0].isupper())
    if len(initials) < 2 or len(initials) != len(name.split()):
        return None
    if any(item.rule in ("byline", "dateline") and initials in _WORD_TOKEN_RE.findall(item.text) for item in removed):
        return initials
    return None


_WORD_TOKEN_RE = re.compile(r"[\w/]+")


def _title_outlet(removed: list[Removal]) -> str | None:
    """The outlet the page's title names after its headline ("… | Fox News")."""
    suffixes = [item for item in removed if item.rule == "section-suffix"]
    return find_outlet(suffixes) if suffixes else None


# "ABC News", "CBS News" as the page's first line: a broadcaster's newsroom ("US News", "EU News" are sections)
# ("NHK WORLD-JAPAN News": with the network's service between)
_NETWORK_NEWS_RE = re.compile(r"^(?P<outlet>(?P<initials>[A-Z]{2,5})(?P<service>\s+[A-Z][\w-]*)?\s+News)$")
_PLACE_INITIALS = frozenset("US USA UK GB EU UN UAE NZ NSW NYC DC LA SA WA NT ACT QLD VIC".split())


# the site's menu above its masthead: "Skip to main content", "Menu", "Home", and sections' names alone
_MENU_RULES = frozenset({"page-chrome", "navigation"})


def _under_the_menu(removed: list[Removal]) -> list[Removal]:
    """The page's removed lines from its masthead on: past the menu a scraper kept above it ("Skip to
    main content / Menu / Home / News / World"), never past a name that is no section's."""
    for k, item in enumerate(removed):
        generic = (
            item.rule == "section-label" and (rule := match_rule(item.text)) is not None and rule.id == "section-label"
        )
        if item.rule not in _MENU_RULES and not generic:
            return removed[k:]
    return []


def _network_masthead(removed: list[Removal]) -> str | None:
    """A newsroom's initials and "News" heading the page, above everything else."""
    removed = _under_the_menu(removed)
    first = removed[0] if removed else None
    if first is None or first.rule not in _HEADER_RULES or not (match := _NETWORK_NEWS_RE.match(first.text.strip())):
        return None
    if match.group("initials") in _PLACE_INITIALS:
        return None
    return _uncapitalised(match.group("outlet")) if match.group("service") else match.group("outlet")


# "Polly Harrington is a Guardian columnist", "… is a Sky News correspondent": the paper before the job
_BIO_PAPER_RE = re.compile(
    r"\bis\s+an?\s+(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
    r"(?:reporter|correspondent|editor|journalist|writer|columnist|contributor|commentator)s?\b"
)
# words before a journalist's job that say what kind, not whose ("a Senior Editor", "a Freelance Writer")
_JOB_KIND_WORDS = frozenset(
    """senior chief deputy associate assistant contributing staff freelance special foreign political
    investigative veteran former regular frequent executive managing digital data sports business features
    news opinion science health culture economics diplomatic defence defense security technology""".split()
)


def _bio_paper(removed: list[Removal]) -> str | None:
    """The paper an author's bio names before their job, never their nationality or rank ("a British
    journalist", "a Senior Editor")."""
    for item in removed:
        if item.rule != "author-bio" or not (match := _BIO_PAPER_RE.search(item.text)):
            continue
        outlet = match.group("outlet")
        words = [w.lower() for w in outlet.split()]
        if any(w in TITLE_PREFIXES for w in words) or all(w in _JOB_KIND_WORDS for w in words):
            continue
        if re.search(r"-(?:based|born|raised|trained)$", words[-1]):
            continue  # "a Helsinki-based journalist": where they work, not for whom
        if not _is_place_or_topic(outlet):
            return outlet
    return None


_COPYRIGHT_NOTICE_RE = re.compile(r"\b(?:\d{4}|rights|reserved|copyright)\b", re.IGNORECASE)
_NOT_AGENCY_NAMES = frozenset({"agencies", "wires", "news agencies"})


def _agency_masthead(removed: list[Removal]) -> str | None:
    """ "TASS" alone over the headline: the agency's own page (a paper printing its story credits it
    under the story, not in its masthead)."""
    for item in removed:
        if item.rule == "headline":
            return None
        name = item.text.strip()
        if item.rule == "agency-credit" and _AGENCY_RE.fullmatch(name) and name.lower() not in _NOT_AGENCY_NAMES:
            return name
    return None


# "Arab News": a newsroom's name alone on a line
_NEWSROOM_ALONE_RE = re.compile(rf"^(?P<outlet>(?:[A-Z][\w&'’.-]*\s+){{0,3}}{_MEDIA_WORDS})$")


# "Baltic Wire | Finland closes …": a name of up to four capitalised words before a dash or a bar
_TITLE_SITE_RE = re.compile(r"^(?P<site>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3})\s+[-–—|]\s+(?P<title>\S.*)$")
# (what is left of the headline after it: at least this many words)
MIN_TITLE_WORDS_AFTER_SITE = 3
# a tag or a teaser alone on its line may be any name the headline opens with ("Zelensky")
_NOT_SITE_LINE_RULES = frozenset({"headline", "tag-list", "teaser-list", "read-also-teaser", "next-article"})


def find_titled_site(title: str, removed: list[Removal]) -> str | None:
    """The name opening the headline before a dash or a bar when the page's chrome has it alone on a
    line too ("Baltic Wire | Finland closes …" and "Baltic Wire" at the foot): the site's name; not
    a place's or a subject's ("Ukraine - Russia talks resume" under a section "Ukraine"), nor a person's."""
    match = _TITLE_SITE_RE.match(title)
    if not match or len(match.group("title").split()) < MIN_TITLE_WORDS_AFTER_SITE:
        return None
    site = match.group("site")
    if _is_place_or_topic(site) or site.split()[0].lower() in first_names() or site.lower() in _NOT_OUTLETS:
        return None
    key = site.casefold()
    if any(item.rule not in _NOT_SITE_LINE_RULES and item.text.strip().casefold() == key for item in removed):
        return site
    return None


def is_newsroom_name(text: str) -> bool:
    """Whether ``text`` is only a newsroom's name ("Sky News", "Kyiv Post"), no sentence."""
    return len(text.split()) <= 4 and _NEWSROOM_ALONE_RE.match(text.strip()) is not None


# the words a section's name ends in as a newsroom's does ("World News", "Europe Online")
_SECTION_MEDIA_RE = re.compile(r"\b(?:News|Radio|TV|Television|Media|Online|Network|Channel)$")


def _newsroom_beside_date(removed: list[Removal]) -> str | None:
    """ "Updated 27 February 2024 / Arab News / February 27, 2024 21:52": a newsroom's name alone
    between the page's date lines (not a section's: "World News")."""
    for k, item in enumerate(removed):
        if item.rule not in _HEADER_RULES or not (match := _NEWSROOM_ALONE_RE.match(item.text)):
            continue
        if match.group("outlet").lower() in _NOT_OUTLETS:
            continue  # "Content-Type: / News": a kind of story, no newsroom
        beside = removed[max(0, k - 1) : k] + removed[k + 1 : k + 2]
        # (a place and a paper's word is a paper, "Chisinau Weekly"; a place and "News" a section)
        sectioned = _SECTION_MEDIA_RE.search(match.group("outlet")) and _is_place_or_topic(
            re.sub(rf"\b{_MEDIA_WORDS}\b", "", match.group("outlet"))
        )
        if any(other.rule in ("dateline", "published-on") for other in beside) and not sectioned:
            return match.group("outlet")
    return None


# "BBC News, The Hague": a newsroom's name and where the reporter is, under the reporter's name
_NEWSROOM_AND_PLACE_RE = re.compile(
    rf"^(?P<outlet>(?:[A-Z][\w&'’.-]*\s+){{0,3}}{_MEDIA_WORDS})(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})?$"
)


def _reporter_over_newsroom(removed: list[Removal]) -> tuple[str, str] | None:
    """ "Anna Holligan / BBC News, The Hague" above the story: the reporter and the newsroom."""
    for first, second in zip(removed, removed[1:], strict=False):
        if (
            first.rule in _HEADER_RULES
            and second.rule in _HEADER_RULES
            and _LONE_NAME_RE.match(first.text)
            and first.text.split()[0].lower() in first_names()
            and (match := _NEWSROOM_AND_PLACE_RE.match(second.text))
        ):
            return first.text.strip(), match.group("outlet")
    return None


_BYLINE_PREFIX_RE = re.compile(rf"^(?:[/|•·]\s*)?(?:{BYLINE_PREFIX})(?:\s*:?\s+|\s*:?$)", re.IGNORECASE)


# "By Global Times Published: Mar 05, 2024 09:52 PM": the date line run into the byline
# ("… | Posted - Oct. 3, 2024 at 4:32 p.m.": a dash after the word)
_BYLINE_STAMP_RE = re.compile(
    rf"(?:\s*[|,]\s*|\s+)(?:published|updated|posted)(?:\s+on)?\s*(?::|\s[-–—])?\s*(?:{DATE})\.?$", re.IGNORECASE
)
_BYLINE_SLASH_OUTLET_RE = re.compile(r"\s*/\s*(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}$")
# "by Anna Smith | 2 min read": the reading time after the name
_BYLINE_READING_RE = re.compile(rf"{BYLINE_AGE}$")
# "Evan Dyer · CBC News ·": the newsroom after a dot
_BYLINE_FOLLOW_RE = re.compile(r"\s+Follow(?=\s+(?:and|&)\s|\s*,|\s*$)")
_BYLINE_DESCRIBED_RE = re.compile(r",\s+(?:a|an|the)\s+[a-z][\w'’-]*(?:\s+\S+){0,14}$")
_BYLINE_INSTITUTION_RE = re.compile(rf"{WRITERS_INSTITUTION}$")
_BYLINE_POSTED_RE = re.compile(rf"\s*[·•|,]?\s*(?:posted|published|updated)\s*:?\s*(?:{DATE}).*$", re.IGNORECASE)
_BYLINE_DOTTED_NEWSROOM_RE = re.compile(r"\s*[·•]\s*(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s*[·•]?$")
# "Pallava Bagla, Edited by Chandrashekar Srinivasan": the editor is no author
_BYLINE_EDITED_RE = re.compile(
    # ("Written by Jessica Freeborn on January 14, 2025 — Fact checked by Jill Seladi-Schulman, Ph.D.")
    r"\s*(?:,|;|[|]|\.|\s[—–-])\s*(?:edited|translation|translated(?: from [a-z]+)?|(?:with )?(?:additional )?reporting|"
    r"fact[- ]checked|medically reviewed) by\b.*$",
    re.IGNORECASE,
)
# the author's handle closing the byline, after a slash or a bar ("… / @KSubingsubingINQ")
_BYLINE_HANDLE_RE = re.compile(r"\s*[/|•·]\s*\(?@\w{1,30}\)?\s*$")
_GLUED_BY_RE = re.compile(r"^By(?=[A-Z][a-z])")  # "ByGuy Faulconbridge"
# "May 18, 2024 by Notes from Poland Staff": the date before the "by"
# ("Published: 7 March 2024 | Updated: 8 March 2024 | By Ion Rusu": each date labelled)
_BYLINE_DATE_FIRST_RE = re.compile(
    rf"^(?:(?:(?:first |last )?(?:published|updated|posted)(?:\s+on)?\s*:?\s*)?(?:{DATE})\s*(?:[|•·,–—-]\s*)?){{1,2}}(?=by\s)",
    re.IGNORECASE,
)
# ("By Janene Pieters 27 June 2024 - 08:14": or with no mark before it, and the time after it)
_BYLINE_DATE_RE = re.compile(
    rf"\s*[|•·,–—-]\s*(?:{DATE}|{SHORT_DATE})\.?$|(?<!\bon)(?<!\bat)\s+(?:{DATE})(?:\s*[-–,]\s*(?:{CLOCK}))?$",
    re.IGNORECASE,
)
# "Posted by Anna Smith | Feb 20, 2024 | World | 7 comments": the date, and the section and comment count after it
_BYLINE_DATE_THEN_MORE_RE = re.compile(rf"\s*[|•·]\s*(?:{DATE}|{SHORT_DATE})\s*[|•·].*$", re.IGNORECASE)
# "Bethan Lloyd at 10:42 AM 3 comments": what a blog writes after the author's name
# ("Linda Carver on March 12, 2025", as a blog's "Posted by" line has it)
_BYLINE_TIME_RE = re.compile(
    rf"\s+(?:at|on)\s+(?:\d|(?:{DATE})|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b).*$", re.IGNORECASE
)
# "Dan Sabbagh in Kyiv", "Anna Smith — Geneva": where the author filed from
_BYLINE_PLACE_RE = re.compile(
    r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$|\s+[—–]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
    # "Théa Ollivier (Dakar, correspondance)", "Anna Smith (Kyiv)": the place filed from, in brackets
    r"|\s*\((?:[A-Z][\w'’.-]*|[a-zà-ÿ]+)(?:,?\s+[\w'’.-]+){0,3}\)$"
)
_BYLINE_COMMA_TAIL_RE = re.compile(r",\s*(?P<tail>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})$")
_BYLINE_HONORIFIC_RE = re.compile(
    r"(?:^|(?<=\band\s)|(?<=,\s))(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Rev)\.?\s+(?=[A-Z])"
)
# "Javier Martínez | Madrid": the city the reporter filed from, after a bar
_BYLINE_BAR_PLACE_RE = re.compile(r"\s*[|]\s*(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")
# "Mari Yamaguchi | AP", "Aurélie Pugnet | Euractiv.com": the agency or site the author writes for
# ("Anna Schmidt with AFP, Reuters": one agency or several)
_BYLINE_ONE_AGENCY = rf"(?:the )?(?:associated press|{AGENCIES})"
_BYLINE_AGENCY_RE = re.compile(
    rf"(?:\s*[|,/–—-]\s*|\s+with\s+)(?:{_BYLINE_ONE_AGENCY}(?:\s*(?:,|\band\b|&)\s*{_BYLINE_ONE_AGENCY})*"
    r"|[\w-]+\.(?:com|org|net|eu|co\.uk|[a-z]{2}))$",
    re.IGNORECASE,
)


# "By John Smith @jsmith", "By John Smith on March 7, 2024", "By John Smith, Ph.D.": the handle, the
# date and the degree after the name
_BYLINE_TAIL_RE = re.compile(
    rf"\s+\(?@\w{{1,30}}\)?$|\s+on\s+(?i:{DATE})$|,?\s+(?:Ph\.?\s?D|M\.?D|MBA)\.?$"
    # "By Anna Smith, Special to The Post": a contributor's note
    r"|,\s*(?i:special to|exclusive to|contributor to|writing for)\s+.{2,60}$"
    # "Martin Fornusek and The Kyiv Independent news desk": the desk is no author
    r"|\s+(?:and|&)\s+(?:(?i:the)\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s+(?i:news ?desk|newsroom|news team)$"
)
# "By John Smith, The Washington Post": the paper after a comma
_BYLINE_NEWSPAPER_RE = re.compile(rf",\s*(?P<first>[A-Z][\w&'’.-]*)\s+(?:[A-Z][\w&'’.-]*\s+){{0,2}}{_MEDIA_WORDS}$")
# "JAMES HARTLEY FOR MAILONLINE", "Jane Doe for The Guardian": the paper the author wrote for
_BYLINE_FOR_RE = re.compile(r",?\s+for\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}$", re.IGNORECASE)

# "business reporter Gareth Hutchens": the desk before the name
_BYLINE_DESK_BEFORE_RE = re.compile(rf"^(?:[a-z]+\s+){{0,3}}(?:{DESK_WORDS})\s+(?=[A-Z])")
# "Daniel Moreno and Priya Raman, CNN": the network after the names
# (", CNN"; or a US station's call sign with no comma: "By Alex Jokich KSTP")
_BYLINE_ACRONYM_RE = re.compile(
    rf"\s*,\s*[A-Z]{{2,6}}(?:\s+{_NETWORK_SECTION})?$|(?<=[a-z])\s+[KW][A-Z]{{2,3}}(?:-TV)?$"
)


# "Jacob Magid and Agencies": the wires the author wrote it up from
_BYLINE_WIRES_RE = re.compile(r"\s*(?:,|\band\b|\bwith\b|&)\s*(?:news\s+)?(?:agencies|wires|agency reports?)$", re.I)


# "Hannah Lindqvist, Business Reporter": the desk after the name
_BYLINE_DASHED_DESK_RE = re.compile(rf"\s+[-–—]\s+{DASHED_DESK}$")
# "…, Europe Correspondent, Brussels": a desk, then the place filed from
_BYLINE_ROLE_THEN_PLACE_RE = re.compile(
    r"(\b(?:reporter|correspondent|editor|writer|journalist|columnist))\s*,\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?$",
    re.IGNORECASE,
)
_BYLINE_ROLE_RE = re.compile(
    r"\s*,\s*[^,]*\b(?:reporter|correspondent|editor|writer|journalist|columnist|staff|contributor|producer|"
    r"analyst|desk|bureau chief|fellow|researcher)\b[^,]*$",
    re.IGNORECASE,
)


def _desk_by_place(text: str, name: str) -> bool:
    """ "Crown Court reporter", "City Hall reporter": a desk named for the place it covers, no author
    (with no "By" before it, its first word no given name and its last a place's)."""
    words = name.split()
    return (
        text.strip().startswith(name)
        and len(words) >= 2
        and words[0].lower() not in first_names()
        and words[-1].lower() in NOT_NAMES
    )


def find_byline(removed: Iterable[Removal]) -> str | None:
    """The author's name from a "By ..." line, without the date some sites put after it; else from
    the bio under the story ("Martin Fornusek is a reporter at ...")."""
    removed = list(removed)
    names = [
        name
        for item in removed
        if item.rule == "byline"
        and (name := _byline_name(item.text))
        and not _is_newsroom(item.text)
        and not _NO_ONE_RE.match(name)
        and not _AGENCY_ONLY_RE.fullmatch(name)
        and name.lower().rstrip(":") not in ("author", "authors")  # the label over the name
        and not _desk_by_place(item.text, name)
    ]
    # "by Radio Prague International ... Author: Daniela Lazarová": the person, not the broadcaster
    # "By Global Times": the paper signs, no author does
    people = [name for name in names if not _MEDIA_NAME_RE.search(name)]
    # "By Chad Pergram, Alex Miller Fox News": the network after the authors' names
    people = people or [
        signed
        for name in names
        if (signed := _SIGNING_MEDIA_RE.sub("", name)) != name
        and all(_LONE_NAME_RE.match(part) for part in NAMES_SPLIT_RE.split(signed))
    ]
    if people:
        return _uncapitalised_byline(people[0])  # ("By ANNA SMITH and JOHN DOE Associated Press")
    for item in removed:
        if item.rule == "author-bio" and (match := _BIO_NAME_RE.match(item.text)):
            return match.group("name")
    # "Iryna Kutielieva — Monday, 4 March 2024", "April 2, 2025 | Mari Tamm": a person's name on the date line
    for item in removed:
        if item.rule == "dateline" and (
            match := _NAME_ON_DATELINE_RE.match(item.text) or _DATE_THEN_NAME_RE.match(item.text)
        ):
            names = [name for name in (match.group("name"), match.groupdict().get("second")) if name]
            # ("Diyar Guldogan |07.03.2024 - Update : 07.03.2024": a given name no list has, with
            # the date right after the bar)
            if all(
                name.split()[0].lower() in first_names()
                or (_DATE_RE.match(item.text, match.end() - 1) and _plain_name(name))
                for name in names
            ):
                return " and ".join(names)
    # "Anna Coote / Fri 10 May 2024": a person's name alone beside the date line
    # ("Olugbenga Adanikin, Abuja": or with the city the reporter filed from)
    for k, item in enumerate(removed):
        filed = _NAME_IN_PLACE_RE.match(item.text)
        if (
            item.rule in _HEADER_RULES
            and (_LONE_NAME_RE.match(item.text) or filed)
            and not _DESK_ALONE_RE.fullmatch(item.text.strip())  # "Special Correspondent": a desk, no one's name
        ):
            beside = removed[max(0, k - 1) : k] + removed[k + 1 : k + 2]
            # "December 19, 2024 / Heard on Morning Edition / Rob Schmitz": a programme's label between
            if k >= 2 and removed[k - 1].rule == "media-label":
                beside.append(removed[k - 2])
            dated = any(other.rule in ("dateline", "published-on") for other in beside)
            # "Inflation cooled in February / Emily Peck": or right under the headline
            under_headline = k > 0 and removed[k - 1].rule == "headline"
            place = (filed.group("place") or filed.group("bracketed")).lower() if filed else ""
            dated = dated or (under_headline and (not filed or place in NOT_NAMES))
            # "James Waterhouse / Ukraine correspondent, Kyiv", "Laura Zhou / in Beijing": over the
            # reporter's desk or the city filed from
            dated = dated or (
                not filed
                and k + 1 < len(removed)
                and removed[k + 1].rule in _HEADER_RULES
                and _DESK_UNDER_NAME_RE.match(removed[k + 1].text) is not None
            )
            # "Sasa Dragojlo / BIRN / Belgrade / March 15, 2024": over the newsroom's and the city's
            # names, the date under them
            labels = list(takewhile(lambda other: other.rule in _HEADER_RULES, removed[k + 1 : k + 3]))
            after = removed[k + 1 + len(labels)] if k + 1 + len(labels) < len(removed) else None
            dated = dated or (
                bool(labels)
                and after is not None
                and after.rule in ("dateline", "published-on")
                and all(len(other.text.split()) <= 2 and not _LONE_NAME_RE.match(other.text) for other in labels)
            )
            # ("The Kremlin, Moscow" beside the date: a place, no author)
            first_word = item.text.split()[0].lower()
            if dated and filed and place in NOT_NAMES and first_word not in COMMON_WORDS:
                return filed.group("name")
            if dated and item.text.split()[0].lower() in first_names():
                return _uncapitalised_byline(item.text.strip())
            # "Russian strikes on … / Officials say … / Pjotr Sauer / Fri 22 Mar 2024 13.36 GMT": a
            # name no list has, right between the headline (and its standfirst) and the date (or the
            # share buttons: "… / Baqir Sajjad Syed / Facebook"), when no word of it is a common
            # word's, a place's, a newsroom's, a section's or a column's
            # (or under the date right under the headline: "Tinubu orders review … / April 2, 2024 / Abdulkareem Mojeed")
            between = (
                under_headline
                and k + 1 < len(removed)
                and removed[k + 1].rule in ("dateline", "published-on", "share-widget")
            )
            # ("… / Idiana Tomazelli / Brasília / 3.out.2024 às 19h45": or the city filed from between)
            between = between or (
                under_headline
                and len(labels) == 1
                and after is not None
                and after.rule in ("dateline", "published-on")
                and len(labels[0].text.split()) <= 2
                and not _LONE_NAME_RE.match(labels[0].text)
            )
            under_date = (
                k >= 2 and removed[k - 1].rule in ("dateline", "published-on") and removed[k - 2].rule == "headline"
            )
            if (
                (between or under_date)
                and not filed
                and 2 <= len(item.text.split()) <= 3
                and _plain_name(item.text)
                and not any(_SECTION_WORD_RE.fullmatch(w.lower()) for w in item.text.split())
                and not any(w.lower() in _EDITORIAL_WORDS for w in item.text.split())
                # (not a name in capitals, "EL PAÍS", nor the masthead over the headline signing the
                # story, "Al Arabiya English")
                and all(w[1:] == w[1:].lower() for w in item.text.split())
                and not any(fold_key(other.text) == fold_key(item.text) for other in removed[: k - 1])
            ):
                return item.text.strip()
    if signed := _reporter_over_newsroom(removed):
        return signed[0]
    # "Headline / Reporting by Anna Smith": right under the headline, the reporter (at the foot,
    # "Reporting by …; Editing by …" is the wire's tagline)
    for before, item in zip(removed, removed[1:], strict=False):
        if (
            before.rule == "headline"
            and item.rule == "sourcing-tagline"
            and (match := _REPORTING_BY_RE.match(item.text))
        ):
            return match.group("name")
    # "Posted on 12 June 2024 by Karen Mills": the blog's author after its date ("by admin" is no one)
    for item in removed:
        if item.rule == "published-on" and (match := _POSTED_BY_RE.search(item.text)):
            # ("Updated 11:42 AM GMT, March 7, 2024 By Susie Blann": a name after "By" in capitals)
            name = match.group("name")
            if name.split()[0].lower() in first_names() or (match.group("by") == "By" and _plain_name(name)):
                return name
    return None


# Words of a column's or a format's name, never a person's ("The Long Read", "Live Updates")
_EDITORIAL_WORDS = frozenset(
    f"{word}{plural}"
    for word in "read update crisis explainer briefing newsletter podcast review column diary digest recap roundup "
    "insight essay interview report story thing talk chat view".split()
    for plural in ("", "s")
) | {"stories", "crises"}


# A word a format's or a section's name may open with, never a person's ("In Depth", "On Air")
_PREPOSITIONS = frozenset("in on at for from with of inside about behind beyond".split())


def _plain_name(name: str) -> bool:
    """Whether ``name`` may be a person's though no list has its given name: no word of it a
    common word, a place's or a newsroom's."""
    return (
        not _MEDIA_NAME_RE.search(name)
        and not any(w.lower() in COMMON_WORDS or w.lower() in NOT_NAMES for w in name.split())
        and name.split()[0].lower() not in _PREPOSITIONS  # "In Depth", "On Air": a format's name
    )


_REPORTING_BY_RE = re.compile(
    rf"^(?i:reporting|reported) (?i:by)\s+(?P<name>{BYLINE_NAME}(?:\s+(?:and|&)\s+{BYLINE_NAME})?)\.?$"
)
_POSTED_BY_RE = re.compile(rf"\b(?P<by>[Bb]y)\s+(?P<name>{BYLINE_NAME})$")


_LONE_NAME_RE = re.compile(rf"^{BYLINE_NAME}$")
# a reporter's desk, and the city filed from, on the line under the name ("Ukraine correspondent,
# Kyiv", "Senior Reporter"), or the city alone ("in Beijing")
_DESK_UNDER_NAME_RE = re.compile(
    rf"^{DASHED_DESK}(?:\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?$"
    r"|^in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
)
# ("Anna Smith — Kyiv", "Anna Smith, Reuters": the city filed from, or the agency)
# ("Anna Smith (Geneva)": or the city in brackets)
_NAME_IN_PLACE_RE = re.compile(
    rf"^(?P<name>{BYLINE_NAME})(?:(?:,|\s+[—–-])\s+(?P<place>[A-Z][\w'’-]+)|\s+\((?P<bracketed>[A-Z][\w'’-]+)\))$"
)
# "Written By: Staff Writer", "Reported By: Agencies": a desk, not an author
_NO_ONE_RE = re.compile(
    r"^(?:(?:our|special|staff|web|online|news|wire|editorial)\s+)*(?:staff|writers?|reporters?|correspondents?|"
    r"agenc(?:y|ies)|desk|team|editors?|bureau|wires?|services|board)$"
    # "HT News Desk", "Web Desk": a newsroom's desk under its initials
    r"|^(?:[A-Z]{2,5}\s+)?(?:news ?desk|web desk|digital desk|online desk|newsroom)$"
    # "HT Correspondent", "TOI Staff Reporter": the paper's initials and a reporter no one names
    r"|^(?-i:[A-Z]{2,5})\s+(?:(?:special|staff|news|city)\s+)?(?:correspondents?|reporters?|staff|bureau|team)$"
    # "By Reuters Staff": an agency's staff
    rf"|^{_AGENCY}\s+(?:staff|staff writers?|staff reporters?|reporters?|correspondents?|team|desk)$",
    re.IGNORECASE,
)
_NEWSROOM_WITH_AGENCIES_RE = re.compile(_NEWSROOM_WITH_AGENCIES)
# ("AFP and Reuters", "Reuters Staff": agencies, never a person's name)
_AGENCY_ONLY_RE = re.compile(rf"{_AGENCY}(?:\s*(?:,|and|&)\s*{_AGENCY})*(?:\s+staff)?", re.IGNORECASE)
_DATE_THEN_NAME_RE = re.compile(rf"^(?i:{DATE})\s*[|•·,–—-]\s*(?P<name>{BYLINE_NAME})$")
# ("Author: Anna Smith | Published: 12 March 2024": after the byline's label)
# ("Burak Dag, Ahmet Gencturk |08.03.2024": two names)
_NAME_ON_DATELINE_RE = re.compile(
    rf"^(?:(?i:author|by|written by)\s*:?\s*)?(?P<name>{BYLINE_NAME})"
    rf"(?:\s*(?:,|and|&)\s*(?P<second>{BYLINE_NAME}))?\s*[|•·,–—-]\s*\S"
)


def _is_newsroom(text: str) -> bool:
    """ "By Euronews with AP", "Le Monde with AFP": a newsroom signs, not an author."""
    # "(FRANCE 24 with AFP)": the credit in brackets at the foot
    signed = _BYLINE_PREFIX_RE.sub("", text.strip().strip("()").rstrip("."))
    match = _NEWSROOM_WITH_AGENCIES_RE.fullmatch(signed)
    return bool(match) and match.group("outlet").split()[0].lower() not in first_names()


def _byline_name(text: str) -> str | None:
    text = _BYLINE_DATE_FIRST_RE.sub("", _BYLINE_DATE_THEN_MORE_RE.sub("", text))
    if match := _NAME_AND_DESK_RE.match(_BYLINE_PREFIX_RE.sub("", text)):  # "By Daniel Boffey Chief reporter"
        return match.group("name")
    text = _BYLINE_HANDLE_RE.sub("", text)  # "By: Krixia Subingsubing - Reporter / @KSubingsubingINQ"
    text = _BYLINE_POSTED_RE.sub("", text)  # "… · CBC News · Posted: Mar 19, 2024 … | Last Updated: …"
    text = _BYLINE_FOLLOW_RE.sub("", text)  # "By Bertrand Benoit Follow and Bojan Pancevski Follow"
    text = _BYLINE_DOTTED_NEWSROOM_RE.sub("", _BYLINE_DATE_FIRST_RE.sub("", _GLUED_BY_RE.sub("", text)))
    name = _BYLINE_DATE_RE.sub("", _BYLINE_PREFIX_RE.sub("", _BYLINE_EDITED_RE.sub("", _BYLINE_STAMP_RE.sub("", text))))
    # "John Smith | Photos: Jane Doe", "John Smith, Senior Correspondent, and Jane Doe", "John Smith in
    # Kyiv and Jane Doe in Moscow": the photographer, a desk and the places go
    name = _BYLINE_PHOTOS_RE.sub("", _BYLINE_EMAIL_RE.sub("", name))
    name = _BYLINE_INNER_DESK_RE.sub(" ", name)
    name = _BYLINE_INNER_PLACE_RE.sub("", name)
    name = _BYLINE_READING_RE.sub("", _BYLINE_TIME_RE.sub("", name))
    if (slash := _BYLINE_SLASH_OUTLET_RE.search(name)) and _MEDIA_NAME_RE.search(slash.group(0)):
        name = name[: slash.start()]  # "Anna Smith / Kyiv Post": the paper after a slash
    # ("Anna Smith, Europe Correspondent, Brussels": the place filed from after the desk)
    name = _BYLINE_ROLE_RE.sub("", _BYLINE_ROLE_THEN_PLACE_RE.sub(r"\1", _BYLINE_DASHED_DESK_RE.sub("", name)))
    name = _BYLINE_AGENCY_RE.sub("", name)
    name = _BYLINE_PLACE_RE.sub("", name)
    if (
        (place := _BYLINE_BAR_PLACE_RE.search(name))
        and (
            all(w in NOT_NAMES for w in place.group("place").lower().split())
            # "Aurélie Pugnet | Euractiv": or the site, a name no given name starts
            or (
                _LONE_NAME_RE.match(name[: place.start()].strip())
                and place.group("place").split()[0].lower() not in first_names()
            )
        )
    ):
        name = name[: place.start()]
    name = _BYLINE_DESCRIBED_RE.sub("", name)  # "Liana Fix, a fellow for Europe at the Council on …"
    name = _BYLINE_INSTITUTION_RE.sub("", name)  # "Sarah Collins, Queen Mary University of London"
    if staff := _NAME_AND_PAPER_STAFF_RE.match(name):
        name = staff.group("name")
    name = _BYLINE_FOR_RE.sub("", name)
    name = _BYLINE_TAIL_RE.sub("", name)
    # (not "…, Alex Miller Fox News": another author before the network)
    if (paper := _BYLINE_NEWSPAPER_RE.search(name)) and paper.group("first").lower() not in first_names():
        name = name[: paper.start()]
    name = _BYLINE_DESK_BEFORE_RE.sub("", name)
    name = _BYLINE_ACRONYM_RE.sub("", name)
    name = _BYLINE_WIRES_RE.sub("", name)
    name = name.replace(" ,", ",")  # "Chad Pergram , Alex Miller"
    # "By Anna Smith, Geneva": the city filed from, after a comma; "By Anna Smith, Bloomberg": a newsroom
    # the archive knows (not a second author: "Anna Smith, John Doe")
    if (after := _BYLINE_COMMA_TAIL_RE.search(name)) and (
        all(w.lower() in NOT_NAMES for w in after.group("tail").split())
        or masthead_key(after.group("tail")) in known_outlets()
    ):
        name = name[: after.start()]
    # "By Dr. Anna Smith": a title before the name is no part of it
    name = _BYLINE_HONORIFIC_RE.sub("", name)
    name = _uncapitalised_byline(name.rstrip(".").strip()).replace(" & ", " and ")
    # ("Posted by admin on 14 March 2024": a site's account in lower case, no one)
    return None if name.islower() or name.lower() in _ACCOUNT_NAMES else name or None


# a site's accounts that post stories, no author's name
_ACCOUNT_NAMES = frozenset("admin administrator webmaster editor editors staff guest user root".split())


_MEDIA_NAME_RE = re.compile(rf"\b{_MEDIA_WORDS}\b")
# "News" or "Sports" right after a network's name, as a title's suffix writes it (not "| CNN Politics")
_NAMED_SECTION_RE = re.compile(r"\s+(?:News|Sports?)$")
_SIGNING_MEDIA_RE = re.compile(rf"\s+(?:The\s+)?[A-Z][\w&'’.-]*\s+{_MEDIA_WORDS}$")
_DESK_ALONE_RE = re.compile(rf"(?:[A-Z][a-z]+\s+){{0,2}}(?i:{DESK_WORDS}|staff|desk|bureau|team)")
_NAME_AND_DESK_RE = re.compile(rf"^(?P<name>{BYLINE_NAME})\s+{BYLINE_DESK}$")
# "Bryan Marquard Globe Staff", "Anna Smith Times Staff Writer": the paper's word for its own reporters after the name
_NAME_AND_PAPER_STAFF_RE = re.compile(
    rf"^(?P<name>{BYLINE_NAME}(?:\s*(?:,|and|&)\s*{BYLINE_NAME})*)\s+(?:[A-Z][\w&'’.-]*\s+){{1,2}}(?:Staff(?:\s+(?:Writer|Reporter))?|Correspondent|Contributor)$"
)


# a surname in capitals after a given name ("Jean DUPONT"; never "RFE/RL's", which leads)
_SURNAME_IN_CAPITALS_RE = re.compile(r"(\b[A-Z][a-zà-ÿ][\w'’-]*\s)([A-Z]{3,})\b(?![/'’])")
# "Ji Da-gyum (dagyumji@heraldcorp.com)", "Anna Smith anna.smith@paper.com": the author's address
_BYLINE_EMAIL_RE = re.compile(r"\s*(?:[|•·]\s*)?[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?")
_BYLINE_PHOTOS_RE = re.compile(
    r"\s*[|/•·]\s*(?i:photos?|pictures?|images?|photography|photographs?)\s*(?::|(?i:by)\s).*$"
)
_BYLINE_INNER_DESK_RE = re.compile(rf",\s*(?:[A-Z][a-z]+\s+){{0,3}}(?i:{DESK_WORDS})s?\s*,?\s+(?=and\s)")
_BYLINE_INNER_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?=\s+and\s|\s*,)")


def _uncapitalised_byline(name: str) -> str:
    """ "LISA MASCARO and KEVIN FREKING" (a wire's style) as "Lisa Mascaro and Kevin Freking", and
    "Jean DUPONT" (a surname in capitals, as French papers write it) as "Jean Dupont"."""
    if not any(c.islower() for c in re.sub(r"\b(?:and|with)\b", "", name)):
        # ("BY ANNA SMITH AND JOHN DOE": the joining word in small letters)
        return re.sub(
            r"[^\W\d_]+",
            lambda m: (
                m.group(0).lower()
                if m.group(0) in ("AND", "WITH")
                else m.group(0).capitalize()
                if m.group(0).isupper() and len(m.group(0)) > 1
                else m.group(0)
            ),
            name,
        )
    return _SURNAME_IN_CAPITALS_RE.sub(lambda m: m.group(1) + m.group(2).capitalize(), name)


_BIO_NAME_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:is|was|has|joined|covers|writes|reports|leads|edits|became)\s"
)


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
} | {name: number for number, names in enumerate(FOREIGN_MONTHS, start=1) for name in names}
_DATE_RE = re.compile(DATE, re.IGNORECASE)
_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_MONTH_RE = re.compile(
    # ("12.mar.2024": dots around the month)
    r"(\d{1,2})(?:st|nd|rd|th|\.)?(?:\s+(?:de\s+|of\s+)?|-|(?<=\.))([^\W\d_]+)\.?(?:,?\s+|\s*,\s*|-|(?<=\.))(?:de\s+)?(\d{4})",
    re.IGNORECASE,
)
_YEAR_MONTH_DAY_RE = re.compile(r"(\d{4})\.\s+([^\W\d_]+)\s+(\d{1,2})\.", re.IGNORECASE)
_MONTH_DAY_RE = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
_NUMERIC_RE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_SHORT_NUMERIC_RE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")
_YEAR_FIRST_RE = re.compile(r"(\d{4})(?:[./]|年)(\d{1,2})(?:[./]|月)(\d{1,2})")
# "22.03.24": with dots, day first, the year in two digits
_SHORT_DOTTED_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")


def parse_date(text: str) -> date | None:
    """The first unambiguous calendar date in ``text`` ("16 March 2022", "March 16, 2022", ISO)."""
    for match in _DATE_RE.finditer(text):
        if found := _unambiguous_date(match.group(0)):
            return found
    # "by Brad Dress - 02/23/24 10:41 AM ET": a year in two digits, read only when the day is past 12,
    # so that the order of day and month shows (with dots, "22.03.24", day first)
    for match in (*_SHORT_NUMERIC_RE.finditer(text), *_SHORT_DOTTED_RE.finditer(text)):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        year += 2000 if year < 69 else 1900  # (as POSIX reads a two-digit year)
        if "." in match.group(0):
            month, day = second, first
        else:
            month, day = (
                (first, second) if second > 12 >= first else (second, first) if first > 12 >= second else (0, 0)
            )
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _unambiguous_date(found: str) -> date | None:
    """The date ``found`` (one match of DATE) says, unless it could be two ("05/03/2024")."""
    candidates = []
    if m := _ISO_RE.search(found) or _YEAR_FIRST_RE.search(found):  # "2024/03/14" too
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    if m := _YEAR_MONTH_DAY_RE.search(found):  # "2025. március 6."
        candidates.append((int(m[1]), _MONTH_NUMBERS.get(m[2].lower(), 0), int(m[3])))
    elif m := _DAY_MONTH_RE.search(found):
        candidates.append((int(m[3]), _MONTH_NUMBERS.get(m[2].lower(), 0), int(m[1])))
    if m := _MONTH_DAY_RE.search(found):
        candidates.append((int(m[3]), _MONTH_NUMBERS.get(m[1].lower(), 0), int(m[2])))
    if m := _NUMERIC_RE.search(found):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        # "12.03.2024" is written day first; "10-10-2024" reads the same either way
        if "." in m.group(0) or first > 12 >= second or first == second:
            candidates.append((year, second, first))
        elif second > 12 >= first:
            candidates.append((year, first, second))
    for year, month, day in candidates:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def find_published(removed: Iterable[Removal], paragraphs: Iterable[str] = ()) -> date | None:
    """The page's date, from the first line about the page that states one. A date in figures that
    may be read either way ("07/03/2024") is read in the order the page shows elsewhere: another date
    in figures past the 12th ("Updated 07/15/2024"), or the story writing it in words ("on 4 March")."""
    removed = list(removed)
    for item in removed:
        if item.rule not in ("published-on", "dateline", "byline", "source-credit"):
            continue
        first = _DATE_RE.search(item.text)
        if first and _unambiguous_date(first.group(0)) is None and (two_ways := _TWO_WAYS_RE.search(first.group(0))):
            if ordered := _page_order(two_ways, [other.text for other in removed], list(paragraphs), item.text):
                return ordered
        if found := parse_date(item.text):
            return found
    return None


# an hour past noon on the 24-hour clock: "18:42", "21.05"
_AFTERNOON_24H_RE = re.compile(r"(?<![\d:.])(?:1[3-9]|2[0-3])[:.h][0-5]\d(?![\d])(?!\s*[ap]\.?m)", re.IGNORECASE)
# a date in figures whose day and month may be either way round: "07/03/2024"
_TWO_WAYS_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _page_order(two_ways: re.Match, lines: list[str], paragraphs: list[str], line: str) -> date | None:
    """The date ``two_ways`` says in the order the page writes its dates in figures, or as the story
    writes it in words, or day first beside a time on the 24-hour clock (``line``: "Issued on:
    07/06/2024 - 18:42", as no page that writes the month first does); None when nothing tells or
    both readings are told."""
    first, second, year = int(two_ways[1]), int(two_ways[2]), int(two_ways[3])
    orders = {"day first"} if _AFTERNOON_24H_RE.search(line) else set()
    for text in lines:
        for match in _TWO_WAYS_RE.finditer(text):
            a, b = int(match[1]), int(match[2])
            if a > 12 >= b:
                orders.add("day first")
            elif b > 12 >= a:
                orders.add("month first")
    readings = {}
    for order, (month, day) in (("month first", (first, second)), ("day first", (second, first))):
        try:
            readings[order] = date(year, month, day)
        except ValueError:
            continue
    if len(orders) == 1 and (order := orders.pop()) in readings:
        return readings[order]
    story = " ".join(paragraphs)
    written = [found for found in readings.values() if _written_in_words(found, story)]
    return written[0] if len(written) == 1 else None


def _written_in_words(day: date, text: str) -> bool:
    """Whether ``text`` names ``day`` in words ("4 March", "March 4th", "Mar. 4")."""
    months = "|".join(name for name, number in _MONTH_NUMBERS.items() if number == day.month)
    return (
        re.search(
            rf"\b(?:{months})\.?\s+{day.day}(?:st|nd|rd|th)?\b|\b{day.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b",
            text,
            re.I,
        )
        is not None
    )


# "KYIV, March 16, 2022 (Reuters) — ...", "16 March 2022: ...": a dateline opening the story.
_OPENING_DATELINE_RE = re.compile(
    # ("GREENFIELD, Ohio, Sept. 9, 2024 /PRNewswire/ -- …": a wire's name between slashes, two dashes)
    rf"^(?:[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){{0,3}},?\s+)?(?P<date>{DATE})\s*(?:\([^()]{{1,40}}\)|/[^/\s]{{1,30}}/)?"
    r"\s*[-–—:]{1,2}\s",
    re.IGNORECASE,
)
_STAMP_RE = re.compile(rf"\b(?:published|posted|first published|updated)\b[^.]{{0,20}}?(?P<date>{DATE})", re.I)
DATELINE_PARAGRAPHS = 3


# "ANKARA, May 12 (Reuters) - …", "SEOUL, Jan. 6 (Yonhap) -- …": the wire whose story it is
# An agency no list knows, in a wire's dateline: "MINSK, 7 March (BelTA) – …", "Kyiv. March 7.
# INTERFAX-UKRAINE - …"
_NAMED_WIRE_RE = re.compile(
    r"^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2},\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\s+"
    # (a name with two capitals or more, as agencies write theirs: "BelTA", "UNIAN"; or any name
    # before the two hyphens of a wire's copy, "(Bloomberg) --"; "(Notes)" may be a paper's short name)
    r"\((?P<named>(?=\w*[A-Z]\w*[A-Z])[A-Z][\w-]{1,20}|[A-Z][a-z]{3,20}(?=\)\s*--\s))\)\s*[-–—]{1,2}\s"
    # "Kyiv, March 7 (Interfax-Ukraine) -": the city as a sentence writes it
    r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\s+"
    r"\((?P<titled>(?=[\w-]*[A-Z][\w-]*[A-Z])[A-Z][\w-]{1,20})\)\s*[-–—]{1,2}\s"
    r"|^[A-Z][a-z]+\.\s+[A-Z][a-z]+\s+\d{1,2}\.\s+(?P<caps>[A-Z]{3,}(?:-[A-Z]{3,})?)\s+[-–—]\s"
)
_WIRE_DATELINE_RE = re.compile(
    # ("(Reuters) - Russia said …": a portal's copy of the wire may keep only the agency)
    # ("New Delhi, Aug 23 (PTI) Prime Minister …": some wires set no dash after their name)
    rf"^(?:[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){{0,3}},?\s+(?:[^()]{{1,40}}\s+)?)?\((?P<agency>{_AGENCY})\)"
    r"(?:\s*[-–—]{1,2}\s|\s+(?=[A-Z]))"
    # "MOSCOW, February 19. /TASS/. Russia is ready …": the agency between slashes
    rf"|^[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){{0,2}},\s+[^/]{{1,30}}\s*/(?P<slashed>{_AGENCY})/\.?\s",
    re.IGNORECASE,
)
_AGENCY_NAMES = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "The Associated Press",
    "dpa": "dpa",
    "efe": "EFE",
    "upi": "UPI",
    "pa": "PA",
    "ians": "IANS",
}


def _agency_name(agency: str) -> str:
    """An agency as the archive writes it: "ap" as The Associated Press, "afp" as AFP."""
    return _AGENCY_NAMES.get(agency.lower()) or (agency if not agency.islower() else agency.title())


def find_wire(paragraphs: list[str]) -> str | None:
    """The news agency named in the story's opening dateline: the outlet of a page that names no other."""
    match = next(filter(None, (_WIRE_DATELINE_RE.match(p) for p in paragraphs[:2])), None)
    agency = match and (match.group("agency") or match.group("slashed"))
    if not agency and (named := next(filter(None, (_NAMED_WIRE_RE.match(p) for p in paragraphs[:2])), None)):
        agency = named.group("named") or named.group("titled") or _uncapitalised(named.group("caps"))
    if not agency or agency.lower() in _NOT_AGENCY_NAMES:
        return None
    return _agency_name(agency)


# "By Reuters", "Reuters" alone under the headline: an agency signing the story in the byline's place
_AGENCY_SIGNING_RE = re.compile(rf"^(?:(?i:by)\s*:?\s+)?(?P<agency>{_AGENCY})(?:\s+staff)?\.?$", re.IGNORECASE)
_DATE_RULES = frozenset({"published-on", "dateline"})
# "By Anna Smith, Reuters", "By Anna Smith for AFP": a reporter and the one agency they write for
_REPORTER_OF_AGENCY_RE = re.compile(
    rf"^(?:(?i:by)\s*:?\s+)?{BYLINE_NAME}(?:\s*[,|/]\s*|\s+for\s+)(?P<agency>(?i:{_AGENCY}))\.?$"
)


def find_agency_byline(removed: list[Removal]) -> str | None:
    """The news agency signing the story where a reporter's name would stand ("By Reuters"; or
    "Reuters" alone between the headline and the date, no photo's credit there): the outlet of a
    page that names no other."""
    seen_headline = False
    for k, item in enumerate(removed):
        if item.rule == "headline":
            seen_headline = True
            continue
        if seen_headline and item.rule == "byline" and (match := _REPORTER_OF_AGENCY_RE.search(item.text.strip())):
            agency = match.group("agency")  # "By Anna Smith, Reuters": the agency's reporter
            return _agency_name(agency)
        if not seen_headline or not (match := _AGENCY_SIGNING_RE.match(item.text.strip())):
            continue
        dated = k + 1 < len(removed) and removed[k + 1].rule in _DATE_RULES
        if item.rule == "byline" or (item.rule in ("image-credit", "agency-credit") and dated):
            agency = match.group("agency")
            if agency.lower() in _NOT_AGENCY_NAMES:
                return None
            return _agency_name(agency)
    return None


# "/2023/05/09/slug/": a permalink's date, the year first as addresses write it
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")


def date_in_url(url: str | None) -> date | None:
    """The date in a permalink like /2023/05/09/slug/, the last resort for a publication date."""
    match = _URL_DATE_RE.search(urlsplit(url).path) if url else None
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return None


def find_address_date(removed: Iterable[Removal]) -> date | None:
    """The date in the page's own address over its headline ("https://…/world/2024/03/15/russia-…"),
    for a saved page that gives none in words (an address under the story is another story's)."""
    for item in removed:
        if item.rule == "headline":
            return None
        if item.rule == "bare-link" and (found := date_in_url(item.text.strip())):
            return found
    return None


def find_dateline(paragraphs: list[str]) -> date | None:
    """A publication date stated at the top of the story itself, when the page gave none."""
    for paragraph in paragraphs[:DATELINE_PARAGRAPHS]:
        match = _OPENING_DATELINE_RE.match(paragraph) or _STAMP_RE.search(paragraph[:200])
        if match and (found := parse_date(match.group("date"))):
            return found
    return None


# The page's first line when it may be a masthead: one to four capitalised words
_NEWSROOM_TAGLINE_RE = re.compile(rf"\b(?:{_MEDIA_WORDS}|(?i:news agency|newspaper|news service))$")
_MASTHEAD_LINE_RE = re.compile(r"^(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}$")
# what a story says of a newsroom it is talking to ("told The Hindu", "in an interview with POLITICO")
_TALKING_TO = (
    r"(?:told|tells|telling|speaking to|spoke to|interview with|according to|reported by|obtained by|seen by|"
    r"reviewed by|contacted by|(?:a )?(?:statement|comments?|remarks) to)"
)
# chrome that lists or files other stories: another name there says nothing of the page's own
# (nor does a caption, which names what a photo shows: "Premier League trophy on display")
_DATE_RULES = frozenset({"published-on", "dateline"})
_MEDIA_SUFFIX_RE = re.compile(r"\s+(?:News|English|Online)$")
_LISTING_RULES = frozenset(
    """teaser-list tag-list section-label header-label headline share-widget read-also-teaser next-article
    navigation breadcrumb sidebar page-header outside-article image-caption you-were-reading""".split()
)


# A line closing the page this short that names the masthead is the site's own ("Support X")
MAX_CLOSING_APPEAL_WORDS = 8
_APPEAL_START_RE = re.compile(r"(?:support|donate to|subscribe to|follow|read|join|back)\s", re.IGNORECASE)


def find_masthead(removed: list[Removal], paragraphs: list[str]) -> str | None:
    """The name on the page's first line when the story talks to it ("… told The Hindu") or the
    page's chrome names it again ("Source: Meduza"): the site's masthead, not a section's name."""
    removed = _under_the_menu(removed)
    first = removed[0] if removed else None
    if first is None or first.rule not in _HEADER_RULES:
        return None
    name = first.text.strip()
    # "MercoPress, South Atlantic News Agency": the name and what it is, a newsroom
    name, _, described = name.partition(", ")
    described = bool(_NEWSROOM_TAGLINE_RE.search(described))
    # "hromadske" over "… on hromadske.ua/en": a name in lower case, the one in the site's address
    domains = {m.group(1).lower() for text in paragraphs[-2:] for m in _DOMAIN_RE.finditer(text)}
    if name.isalpha() and name.islower() and name in domains:
        return name
    if (
        not _MASTHEAD_LINE_RE.match(name)
        or len(name) < 3
        or name.lower() in _NOT_OUTLETS
        or _is_place_or_topic(name)
        or name.split()[0].lower() in first_names()
        or re.search(rf"\b(?:{DESK_WORDS}|desk|staff|team)$", name, re.IGNORECASE)  # "HT News Desk": a desk
    ):
        return None
    said = re.escape(name)
    named = re.compile(rf"(?<!\w)(?i:{said})(?!\w)")

    def capitalised(text: str) -> bool:
        return any(text[m.start()].isupper() for m in named.finditer(text))

    talked_to = re.compile(
        rf"\b{_TALKING_TO}\s+(?i:{said})(?!\w)|(?<!\w)(?i:{said})\s+(?:has\s+)?(?:reported|learned)\b"
    )
    # ("Support Novaya Gazeta Europe": or a short line closing the page names it)
    closing = paragraphs[-1] if len(paragraphs) > 1 and len(paragraphs[-1].split()) <= MAX_CLOSING_APPEAL_WORDS else ""
    closing = closing if _APPEAL_START_RE.match(closing) else ""
    # ("Al Arabiya English / … / headline / Al Arabiya English / Published: …": or it signs the story
    # where a byline would stand, between the headline and the date line)
    signed = any(
        before.rule == "headline"
        and item.rule == "header-label"
        and item.text.strip() == name
        and after.rule in _DATE_RULES
        for before, item, after in zip(removed, removed[1:], removed[2:], strict=False)
    )
    # ("Yle News" heading the page and "Sources: Yle, STT" under the story: the name without "News")
    stem = _MEDIA_SUFFIX_RE.sub("", name)
    cited = stem != name and any(
        item.rule == "source-credit" and re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", item.text)
        for item in removed[1:]
    )
    if (
        signed
        or cited
        or described
        or any(talked_to.search(p) and capitalised(p) for p in paragraphs)
        or any(item.rule not in _LISTING_RULES and capitalised(item.text) for item in removed[1:])
        or (closing and capitalised(closing))
    ):
        return _uncapitalised(name) if name.isupper() and len(name) > 5 else name
    return None


# "TOI World Desk / TIMESOFINDIA.COM / Updated: Mar 7, 2024": the site's address among the parts of
# the byline or the date line
_SITE_ADDRESS_PART_RE = re.compile(
    # (any country's: "LSM.lv"; not a government's portal, "GOV.UK", which publishes no newsroom's story)
    r"(?:^|[/|]\s*)(?P<site>(?!(?i:gov|gouv|gob)\.)[A-Za-z][\w-]{1,30}\.(?i:com|net|org|info|news|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2}))"
    r"\s*(?:[/|]|$)"
)
_SITE_ADDRESS_RULES = frozenset({"byline", "dateline", "published-on"})


def find_site_address(removed: Iterable[Removal]) -> str | None:
    """The site's address on the byline or date line, for a page that names its outlet nowhere
    else (an address in capitals in small letters: "timesofindia.com")."""
    above = True  # ("eKathimerini.com" alone over the headline: the masthead is the address)
    for item in removed:
        above = above and item.rule != "headline"
        # ("Phys.org" alone over the menu: the address a link's rule took)
        masthead = (
            above
            and (item.rule in _HEADER_RULES or item.rule == "bare-link")
            and _SITE_ADDRESS_PART_RE.fullmatch(item.text.strip())
        )
        if (item.rule in _SITE_ADDRESS_RULES or masthead) and (match := _SITE_ADDRESS_PART_RE.search(item.text)):
            site = match.group("site")
            return site.lower() if site.isupper() else site
    return None
