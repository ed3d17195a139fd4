"""HTML pages: sniff them (whatever the file is called), find the article and the page's metadata.

The article text comes from trafilatura with precision-favouring settings; when it finds
nothing (old table layouts, odd markup) the block of the page densest in paragraphs is taken
instead. The page's own metadata (JSON-LD, og:*, article:published_time, <time datetime>) is
trusted over anything guessed. Every other visible block of the page is recorded as removed,
under a rule named after what it was (navigation, comment-section, teaser-list, ...).
"""

import html as html_lib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

import trafilatura
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .boilerplate import BY_NAME_RE, Removal
from .metadata import date_in_url, find_byline, parse_date
from .rules import match_rule, split_wire_tag
from .text import clean_line, fold_key, outlet_at_address

_HTML_START_RE = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_TAG_RE = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|article|section|script|li|ul|table|img)\b", re.I)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)

# Never text of the page a reader sees.
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head", "select")
_BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li blockquote pre tr td th dd dt table ul ol br hr "
    "header footer nav aside form figure figcaption address center".split()
)

# What a block outside the article was, by its tag or by words in its class or id; the first
# match, nearest ancestor first, names the rule. Comments before teasers: "comment-list" is a
# comment, not a list of teasers.
_ROLE_WORDS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (rule, re.compile(rf"(?:^|[\s_-])(?:{words})(?:$|[\s_-])", re.I))
    for rule, words in (
        ("comment-section", r"comments?|comment-?list|respond|disqus(?:_thread)?|discussion|replies|reader-?comments"),
        ("cookie-notice", r"cookies?|consent|gdpr|cmp"),
        ("subscribe-prompt", r"newsletter|subscribe|subscription|signup|sign-?up|paywall|paywall-cta|register"),
        ("share-widget", r"share|shares|sharing|social|sharedaddy|addthis"),
        (
            "teaser-list",
            r"related|related-posts|more-stories|read-?also|see-?also|recommended|recommendations|trending|"
            r"popular|most-?read|teasers?|more|outbrain|taboola|also",
        ),
        ("advertisement", r"ads?|advert|advertisement|ad-slot|sponsored|promo|banner"),
        ("author-box", r"author-?bio|author-?box|about-?the-?author|bio"),
        ("byline", r"byline|author|entry-meta|post-info|post-meta|meta"),
        ("breadcrumb", r"breadcrumbs?"),
        ("tag-list", r"tags?|tags-links|topics|categories"),
        ("navigation", r"nav|navbar|menu|top-bar|skip-link"),
        ("sidebar", r"sidebar|widget|widget-area|rail"),
        ("page-header", r"masthead|site-header|header|logo|site-branding"),
        ("page-footer", r"footer|colophon|site-footer"),
    )
)
_ROLE_TAGS = {
    "nav": "navigation",
    "header": "page-header",
    "footer": "page-footer",
    "aside": "sidebar",
    "form": "form",
    "figcaption": "image-caption",
    "figure": "image-caption",
    "button": "page-chrome",
    "label": "page-chrome",
}
# " | Outlet", " - Outlet", " — Outlet" after a headline in <title>.
_TITLE_SUFFIX_RE = re.compile(r"^(?P<title>.*?\S)\s+(?:[|·•»:]|[-–—])\s+(?P<suffix>[^|·•»–—]{1,80})$")
# Elements that mark a headline on pages with no headline metadata (WordPress, Blogger, most CMSs).
_HEADLINE_CLASS_RE = re.compile(
    r"(?:^|[\s_])(?:entry-title|post-title|article-title|article-headline|story-title|headline)(?:$|[\s_])", re.I
)
# Embedded posts and pull quotes: inside the article's markup, but not its text.
_EMBED_RE = re.compile(
    r"(?:^|[\s_])(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|pullquote|pull-quote|pull_quote)(?:$|[\s_])",
    re.I,
)
# Fewer words than this from trafilatura and the densest block of paragraphs is tried too; it wins
# when it holds more than twice as many words.
MIN_ARTICLE_WORDS = 40


@dataclass
class HtmlPage:
    lines: list[str] = field(default_factory=list)
    title: str = ""
    outlet: str | None = None
    published: date | None = None
    byline: str | None = None
    url: str | None = None
    removed: list[Removal] = field(default_factory=list)
    method: str = "trafilatura"


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START_RE.match(head)) or len(_TAG_RE.findall(head)) >= 8


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its own <meta> tags, if any."""
    match = _META_CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _unescape(value: str) -> str:
    """Metadata is sometimes escaped twice ("Tom &amp;amp; Jerry"); one more round decodes it."""
    value = html_lib.unescape(value) if "&" in value else value
    return clean_line(value)


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: name})
            if tag and (tag.get("content") or "").strip():
                return _unescape(tag["content"])
    return None


def _json_ld(soup: BeautifulSoup) -> dict:
    """The page's schema.org article object (NewsArticle, Article, BlogPosting ...), or {}."""
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError, RecursionError):  # (nested past what Python reads: no article's data)
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith(("Article", "BlogPosting", "Report")) for k in kinds):
                    return item
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return {}


def _ld_body_lines(ld: dict) -> list[str]:
    """The paragraphs of JSON-LD ``articleBody`` (HTML tags in it, if any, dropped)."""
    body = ld.get("articleBody")
    if not isinstance(body, str):
        return []
    if "<" in body:
        body = BeautifulSoup(body, "lxml").get_text("\n")
    return [line for line in (clean_line(_unescape(part)) for part in body.splitlines()) if line]


def _app_data_lines(soup: BeautifulSoup, headline: str) -> list[str]:
    """The paragraphs of an article a page's scripts fill in from the data they read
    (``<script type="application/json">``, as Next.js's ``__NEXT_DATA__``): the prose under the
    object that holds the page's headline, in order; nothing when no object holds it."""
    key = fold_key(headline)
    for script in soup.find_all("script", attrs={"type": re.compile(r"^application/json$", re.I)}) if key else ():
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError, RecursionError):  # (nested past what Python reads: no article's data)
            continue
        if (article := _holding(data, key)) is not None:
            lines = list(dict.fromkeys(_prose_in(article, key)))
            if lines:
                return lines
    return []


def _holding(data, key: str, depth: int = 0):
    """The first object in ``data`` with a string that is ``key`` (a fold_key) among its values."""
    if depth > MAX_DATA_DEPTH:
        return None
    if isinstance(data, dict):
        if any(isinstance(v, str) and fold_key(v) == key for v in data.values()):
            return data
        children = data.values()
    elif isinstance(data, list):
        children = data
    else:
        return None
    return next((found for child in children if (found := _holding(child, key, depth + 1)) is not None), None)


def _prose_in(data, headline_key: str, depth: int = 0):
    """The strings of prose in ``data`` in order (HTML in a string split into its paragraphs), not the headline."""
    if depth > MAX_DATA_DEPTH:
        return
    if isinstance(data, dict | list):
        for child in data.values() if isinstance(data, dict) else data:
            yield from _prose_in(child, headline_key, depth + 1)
    elif isinstance(data, str):
        text = BeautifulSoup(data, "lxml").get_text("\n") if "<" in data else data
        for part in text.splitlines():
            line = clean_line(_unescape(part))
            if (
                len(line.split()) >= MIN_SPLIT_PARAGRAPH_WORDS
                and _STORY_SENTENCE_END_RE.search(line)
                and fold_key(line) != headline_key
            ):
                yield line


# How deep into a page's data the article is looked for
MAX_DATA_DEPTH = 40


def _names(value) -> list[str]:
    """Names from a JSON-LD author or publisher value (a string, an object or a list of them)."""
    if isinstance(value, str):
        return [_unescape(value)] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _parse_datetime(value) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return parse_date(value)  # "2022-10-03 09:12 CET", "16 March 2022", "03/16/2022"


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.removeprefix("www.") or None


def _split_title(title: str, outlet: str | None, domain: str | None) -> tuple[str, str | None]:
    """(headline, site name) from a <title> like "Headline | Outlet" or "Headline – Outlet", or
    "Outlet | Headline" when the first part is known to be the site (its og:site_name or domain)."""
    match = _TITLE_SUFFIX_RE.match(title)
    if not match:
        return title, None
    head, suffix = match.group("title").strip(), match.group("suffix").strip()
    if _names_site(head, outlet, domain) and not _names_site(suffix, outlet, domain) and len(suffix.split()) >= 2:
        return suffix, head
    if (_names_site(suffix, outlet, domain) or len(suffix.split()) <= 4) and len(head.split()) >= 2:
        return head, suffix
    return title, None


def _address_of(name: str, site: str) -> bool:
    """Whether ``site`` is a web address (no spaces, a dot) whose first part spells ``name``."""
    if " " in site.strip() or "." not in site:
        return False
    letters = re.sub(r"\W", "", name.casefold())
    return bool(letters) and site.casefold().removeprefix("www.").split(".")[0].replace("-", "") == letters


def _names_site(part: str, outlet: str | None, domain: str | None) -> bool:
    """``part`` is the outlet's name, or a short name the domain spells (all of it, or its first word)."""
    site = re.sub(r"\W", "", domain or "")
    words = re.sub(r"^the\s+", "", part.casefold()).split()
    letters = re.sub(r"\W", "", "".join(words))
    first = re.sub(r"\W", "", words[0]) if words else ""
    return bool(
        (outlet and fold_key(part) == fold_key(outlet))
        or (site and letters and letters in site)
        or (site and len(words) <= 4 and len(first) >= 3 and site.startswith(first))
    )


# The most authors one byline names
MAX_AUTHORS = 6


def _authors(value) -> list[str]:
    """The people a JSON-LD author value names: never an organisation ("@type": "Organization")."""
    if isinstance(value, list):
        return [name for item in value for name in _authors(item)]
    if isinstance(value, dict) and value.get("@type") in ("Organization", "NewsMediaOrganization"):
        return []
    return _names(value)


def _as_byline(name: str) -> str | None:
    """An author's name as a byline line gives it: without "By", the agency, the desk ("By Jane
    Doe", "Jane Doe, Reuters", "Jane Doe | Staff Writer" as "Jane Doe"); None for a newsroom."""
    line = name if re.match(r"(?i)by\b", name) else f"By {name}"
    byline = find_byline([Removal(line, "byline")])
    return byline if byline and not byline.islower() else None  # ("admin": a site's account, no one)


def _byline(soup: BeautifulSoup, ld: dict) -> str | None:
    names = [byline for name in _authors(ld.get("author")) if (byline := _as_byline(name))]
    if not names:
        meta = _meta(soup, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
        if meta and not meta.startswith(("http://", "https://")) and (byline := _as_byline(meta)):
            names = [byline]
    if not names:
        tag = soup.find(attrs={"rel": "author"}) or soup.find(attrs={"itemprop": "author"})
        if tag is None:
            tag = soup.find(class_=re.compile(r"(?:^|[\s_-])(?:byline|author)(?:$|[\s_-])", re.I))
        tags = [tag] if tag is not None else []
        if tag is not None and tag.get("rel") is not None and tag.parent is not None:
            # "<a rel=author>Kim Nguyen</a> and <a rel=author>Raj Patel</a>": every author in the byline
            tags = tag.parent.find_all(attrs={"rel": "author"}, limit=MAX_AUTHORS) or tags
        for tag in tags:
            text = clean_line(tag.get_text(" "))
            text = re.sub(r"^(?:by|written by|posted by|words by)\s+", "", text, flags=re.I)
            # "Tom Harris, Political Correspondent": the name, as a text page's byline line gives it
            text = find_byline([Removal(text, "byline")]) or "" if tag.get("rel") is None else text
            if 1 <= len(text.split()) <= 6:
                names.append(text)
    seen = list(dict.fromkeys(n for n in names if n))
    # as a text page's byline writes them: "Kim Nguyen and Raj Patel", "A, B and C"
    return " and ".join([", ".join(seen[:-1]), seen[-1]] if len(seen) > 2 else seen) or None


def _published(soup: BeautifulSoup, ld: dict) -> date | None:
    for value in (
        ld.get("datePublished"),
        _meta(soup, "article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate"),
        _meta(soup, "dc.date", "dc.date.issued", "dcterms.created", "date", "sailthru.date", "parsely-pub-date"),
        ld.get("dateCreated"),
    ):
        found = _parse_datetime(value)
        if found:
            return found
    times = soup.find_all("time", attrs={"datetime": True})
    times.sort(key=lambda t: not re.search(r"publish|posted|entry-date", " ".join(t.get("class", [])), re.I))
    for tag in times:
        found = _parse_datetime(tag["datetime"])
        if found:
            return found
    return None


def _role(tag: Tag, depth: int = 100) -> str | None:
    """The rule for a block outside the article, from the nearest ancestor (up to ``depth`` levels)
    that says what it is."""
    for node in [tag, *tag.parents][:depth]:
        if not isinstance(node, Tag) or node.name in ("body", "html", "[document]"):
            break
        words = " ".join([*node.get("class", []), node.get("id") or "", node.get("role") or ""])
        if words.strip():
            for rule, pattern in _ROLE_WORDS:
                if pattern.search(words):
                    return rule
        if node.name in _ROLE_TAGS:
            return _ROLE_TAGS[node.name]
    return None


def _blocks(root: Tag) -> list[tuple[str, Tag]]:
    """The page's visible text as (line, block element it sits in), in reading order."""
    out: list[tuple[str, Tag]] = []
    parts: list[str] = []
    owner: list[Tag | None] = [None]
    previous: list[Tag | None] = [None]  # the element of the last text read

    def flush():
        line = clean_line("".join(parts))
        if line and owner[0] is not None:
            out.append((line, owner[0]))
        parts.clear()

    for node in root.descendants:
        if isinstance(node, Comment):
            continue
        if isinstance(node, str):
            if any(p.name in _INVISIBLE_TAGS for p in node.parents if isinstance(p, Tag)):
                continue
            if not parts:
                owner[0] = node.parent
            elif _glued(parts[-1], str(node), previous[0], node.parent):
                parts.append(" ")  # "Home" "News" in a menu's links, not "HomeNews"
            previous[0] = node.parent
            parts.append(str(node))
        elif isinstance(node, Tag) and node.name in _BLOCK_TAGS:
            flush()
    flush()
    return out


# Elements a page lines up side by side as separate items (links, labels, buttons)
_ITEM_TAGS = frozenset({"a", "span", "button", "label", "li", "time"})


def _glued(before: str, text: str, before_owner: Tag | None, owner: Tag | None) -> bool:
    """Whether two texts of different items meet with no space between ("Home" and "News")."""
    return (
        before_owner is not owner
        and before[-1:].isalnum()
        and text[:1].isalnum()
        and (getattr(before_owner, "name", None) in _ITEM_TAGS or getattr(owner, "name", None) in _ITEM_TAGS)
        and (
            before_owner is None
            or owner is None
            or owner not in before_owner.parents
            and before_owner not in owner.parents
        )
    )


def _densest_block(soup: BeautifulSoup) -> list[str]:
    """The text of the element holding the most paragraph text: the article in pages that
    trafilatura cannot read (layout tables, <font> soup)."""
    scores: dict[int, tuple[int, Tag]] = {}
    for para in soup.find_all(["p", "br"]):
        text = para.get_text(" ", strip=True) if para.name == "p" else (para.previous_sibling or "")
        text = text if isinstance(text, str) else text.get_text(" ", strip=True)
        words = len(text.split())
        # only near ancestors: a page wrapper called "has-sidebar" does not make its article a sidebar
        if words < 8 or _role(para, depth=3) is not None:
            continue
        parent = para.parent
        score, _ = scores.get(id(parent), (0, parent))
        scores[id(parent)] = (score + words, parent)
    if not scores:
        return []
    _, best = max(scores.values(), key=lambda pair: pair[0])
    return [line for line, owner in _blocks(best) if _role(owner, depth=3) is None]


def _trafilatura_lines(text: str, url: str | None) -> list[str]:
    extracted = trafilatura.extract(
        text,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    return [clean_line(line) for line in (extracted or "").splitlines() if clean_line(line)]


# A block with fewer words than this was kept only if the article has it as a line of its own.
MIN_PART_WORDS = 3


def parse_html(text: str, url: str | None = None) -> HtmlPage:
    """The article and metadata of an HTML page. ``url`` is where it was captured, if known."""
    soup = BeautifulSoup(text, "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    # <q>: an inline quotation, which a browser shows in quotation marks; as text it would split
    # its paragraph in two
    for inline in reversed(soup.find_all("q")):
        inline.replace_with(f"“{inline.get_text()}”")
    # a <br> in the middle of a sentence ("with a line<br>break inside it") breaks a line, not a paragraph
    for br in soup.find_all("br"):
        before, after = br.previous_sibling, br.next_sibling
        if (
            isinstance(before, NavigableString)
            and isinstance(after, NavigableString)
            and before.strip()
            and not before.rstrip().endswith((".", "!", "?", ":", ";", '"', "”", "…"))
            and after.lstrip()[:1].islower()
            and not BY_NAME_RE.match(after.lstrip())  # "Headline<br>by Martin Fornusek": the byline
        ):
            br.replace_with(" ")
    ld = _json_ld(soup)
    page = HtmlPage()
    canonical = soup.find("link", rel="canonical")
    page.url = url or (canonical.get("href") if canonical else None) or _meta(soup, "og:url") or None
    domain = domain_of(page.url)
    site_name = _meta(soup, "og:site_name")
    publisher = next(iter(_names(ld.get("publisher"))), None)
    if site_name and publisher and _address_of(publisher, site_name):
        site_name = publisher  # 'og:site_name="lrt.lt"' and the publisher "LRT": the name, not its address
    page.outlet = site_name or publisher or _meta(soup, "application-name", "publisher")
    html_title = _unescape(soup.title.get_text(" ")) if soup.title else ""
    page.title, suffix = _split_title(_headline(soup, ld, html_title), page.outlet, domain)
    tagged = page.title
    tag, page.title = split_wire_tag(tagged)
    if tag:
        page.removed.append(Removal(tag, "wire-tag"))
    page.published = _published(soup, ld) or date_in_url(page.url)
    page.byline = _byline(soup, ld)

    for embed in soup.find_all(class_=_EMBED_RE):
        # recorded like any line taken out, then gone before trafilatura reads the page (below)
        if text := " ".join(embed.get_text(" ").split()):
            quoted = "quote" in " ".join(embed.get("class") or []).lower()
            page.removed.append(Removal(text, "pull-quote" if quoted else "social-embed"))
        embed.decompose()
    lines = _trafilatura_lines(str(soup), page.url)
    words = sum(len(line.split()) for line in lines)
    if words < MIN_ARTICLE_WORDS:
        fallback = _densest_block(soup)
        if sum(len(line.split()) for line in fallback) > 2 * words:
            lines, page.method = fallback, "densest-block"
    words = sum(len(line.split()) for line in lines)
    if words < MIN_ARTICLE_WORDS:
        # a page its scripts fill in (an empty "<div id=root>"): the text its JSON-LD carries
        stated = _ld_body_lines(ld)
        if sum(len(line.split()) for line in stated) > 2 * words:
            lines, page.method = stated, "json-ld"
    words = sum(len(line.split()) for line in lines)
    if words < MIN_ARTICLE_WORDS:
        # or the data its app reads (Next.js's __NEXT_DATA__)
        stated = _app_data_lines(soup, page.title)
        if sum(len(line.split()) for line in stated) > 2 * words:
            lines, page.method = stated, "app-data"
    blocks = _blocks(soup.body or soup)  # the page's visible blocks, read once for all that follows
    if lines and page.method == "trafilatura":
        lines = _with_split_story(blocks, lines)
    if lines and (standfirst := _standfirst(soup, blocks, ld, page.title, lines)):
        lines = [standfirst, *lines]
    # (white space inside a line is the markup's, not the text's: "The second will\n    follow in spring")
    page.lines = lines = [" ".join(line.split()) for line in lines if line.strip()]
    kept_keys = [fold_key(line) for line in lines]
    # (a long block may span kept lines: a <p> trafilatura split at the markup's line breaks)
    kept, kept_lines = " ".join(kept_keys), set(kept_keys)
    title_keys = {fold_key(page.title), fold_key(tagged)}
    for line, owner in blocks:
        key = fold_key(line)
        # a short line ("X" in a share box) is kept only as a line of its own, not as a word of one
        if key and (key not in kept_lines if len(key.split()) < MIN_PART_WORDS else key not in kept):
            text_rule = match_rule(line)  # "dateline", "copyright" ... say more than where it stood
            said = text_rule.id if text_rule else None
            if said in _SAY_LESS_THAN_PLACE:
                said = _role(owner) or said  # "News" in the menu: the menu says more than "a section's name"
            rule = "headline" if key in title_keys else said or _role(owner)
            rule = rule or "outside-article"
            page.removed.append(Removal(line, rule))
    if not page.outlet:
        chrome = [r.text for r in page.removed if r.rule != "headline"]
        chrome += [line for line in page.lines if re.search(r"©|\bcopyright\b", line, re.I)]
        site = suffix or _split_title(html_title, None, domain)[1] or _title_remainder(html_title, page.title)
        page.outlet = _site_name(site, domain, chrome)
    return page


# Rules of a line's words that say less of it than the element it stood in
_SAY_LESS_THAN_PLACE = frozenset({"section-label", "page-chrome"})


# A paragraph of the story trafilatura left out has this many words at least, and ends as prose
MIN_SPLIT_PARAGRAPH_WORDS = 8
_STORY_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’»)]*$")


def _with_split_story(blocks: list[tuple[str, Tag]], lines: list[str]) -> list[str]:
    """``lines`` and the story's paragraphs after an advertisement or a "Read more" button that
    split its element in two, which trafilatura leaves out: a <p> of prose in the same <article> as
    the lines it kept, in no box that says what else it is, put after the kept line before it."""
    kept_keys = {fold_key(line): n for n, line in enumerate(lines)}
    owners = [owner for line, owner in blocks if fold_key(line) in kept_keys]
    articles = {id(a) for owner in owners for a in owner.find_parents("article")}
    if not articles and (story := _common_container(owners)) is not None:
        articles = {id(story)}  # no <article>: the element holding every kept line, if no more than the story
    if not articles:
        return lines
    after: dict[int, list[str]] = {}  # the lines to add, by the index of the kept line before them
    last = -1
    # (a <p> trafilatura kept split at the markup's own line breaks: "The second will / follow in spring")
    kept_text = " ".join(fold_key(line) for line in lines)
    for line, owner in blocks:
        key = fold_key(line)
        if key in kept_keys:
            last = kept_keys[key]
            continue
        if (
            key not in kept_text
            and last >= 0
            and owner.name == "p"
            and len(line.split()) >= MIN_SPLIT_PARAGRAPH_WORDS
            and _STORY_SENTENCE_END_RE.search(line)
            and _role(owner) is None
            # (nor a picture's caption: "<div class="image"><p class="caption">…")
            and not any(
                _PICTURE_CLASS_RE.search(" ".join(node.get("class", []))) for node in [owner, *owner.parents][:3]
            )
            and any(id(a) in articles for a in owner.parents)
        ):
            after.setdefault(last, []).append(line)
    if not after:
        return lines
    return [out for n, line in enumerate(lines) for out in (line, *after.get(n, ()))] + after.get(-1, [])


def _common_container(owners: list[Tag]) -> Tag | None:
    """The nearest element holding all ``owners``, unless it holds the page's menu, header or footer
    too (then it is the page, not the story)."""
    if not owners:
        return None
    common = [owners[0], *owners[0].parents]
    for owner in owners[1:]:
        mine = {id(node) for node in [owner, *owner.parents]}
        common = [node for node in common if id(node) in mine]
    container = common[0] if common else None
    if container is None or container.name in ("body", "html", "[document]"):
        return None
    if container.find(["nav", "header", "footer", "aside"]) or any(
        _role(node, depth=1) in ("navigation", "page-header", "page-footer", "sidebar", "comment-section")
        for node in container.find_all(True)
    ):
        return None
    return container


# The standfirst under a headline, by its class ("standfirst", "dek", "article-summary", "lede") or
# its microdata ("description")
_STANDFIRST_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|strapline|subtitle|sub-?headline|subhead|summary|lede|lead|intro|"
    r"excerpt|description)(?:$|[\s_-])",
    re.I,
)
_PICTURE_CLASS_RE = re.compile(r"image|img|photo|picture|media|video|figure|caption|credit|gallery", re.I)
# A standfirst has a few words at least, and no more than a paragraph's
MIN_STANDFIRST_WORDS, MAX_STANDFIRST_WORDS = 6, 80


def _standfirst(
    soup: BeautifulSoup, blocks: list[tuple[str, Tag]], ld: dict, title: str, lines: list[str]
) -> str | None:
    """The standfirst a page prints between the headline and the story, which trafilatura leaves
    out (a plain-text copy of the page keeps it): the element marked as one, or the page's own
    description shown as a line of its own, under the headline, before the story's first line and
    in no teaser."""
    stated = (_meta(soup, "description", "og:description"), ld.get("description"))
    described = {fold_key(value) for value in stated if isinstance(value, str) and value.strip()}
    kept = {fold_key(line) for line in lines}
    first, headline = fold_key(lines[0]), fold_key(title)
    under_headline = False  # (above it, a blog's own description: "Notes from a sheep farm …")
    for line, owner in blocks:
        key = fold_key(line)
        if key == first or key in kept:
            return None  # the story began: what follows is no standfirst
        if key == headline:
            under_headline = True
            continue
        marked = any(
            node.get("itemprop") == "description"
            # ("lead-image", "summary-photo": a picture's box, not the standfirst)
            or any(_STANDFIRST_CLASS_RE.search(c) and not _PICTURE_CLASS_RE.search(c) for c in node.get("class", []))
            # ('data-gu-name="standfirst"', 'data-component="dek"': a component's name)
            or any(
                name.startswith("data-") and isinstance(value, str) and _STANDFIRST_CLASS_RE.fullmatch(value)
                for name, value in node.attrs.items()
            )
            for node in [owner, *owner.parents][:3]
            if isinstance(node, Tag)
        )
        if (
            under_headline
            and (marked or key in described)
            and MIN_STANDFIRST_WORDS <= len(line.split()) <= MAX_STANDFIRST_WORDS
            and _role(owner) in (None, "byline", "page-header")
        ):
            return line
    return None


def _title_remainder(html_title: str, title: str) -> str | None:
    """What <title> says besides the headline ("Hill Farm Diary" of "Hill Farm Diary: The lambing ...")."""
    if not title or fold_key(title) == fold_key(html_title) or title not in html_title:
        return None
    rest = html_title.replace(title, " ").strip(" :|-–—·•»")
    return rest if 0 < len(rest) <= 60 and len(rest.split()) <= 6 else None


def _headline(soup: BeautifulSoup, ld: dict, html_title: str) -> str:
    """The page's headline: its metadata, an element marked as the headline, else the <h1> — unless
    that <h1> is the site's name, as on blogs ("<h1>Hill Farm Diary</h1>" above the post's own title)."""
    declared = _meta(soup, "og:title", "twitter:title") or next(iter(_names(ld.get("headline"))), None)
    if declared:
        return declared
    h1 = soup.find("h1")
    h1_text = clean_line(h1.get_text(" ")) if h1 else ""
    site_link = h1 is not None and h1.find("a", href=re.compile(r"^(?:/|https?://[^/]+/?)$")) is not None
    if h1_text and not site_link:
        return h1_text
    marked = soup.find(attrs={"itemprop": "headline"}) or soup.find(class_=_HEADLINE_CLASS_RE)
    if marked is not None and (text := clean_line(marked.get_text(" "))):
        return text
    return html_title or h1_text


def _site_name(suffix: str | None, domain: str | None, chrome: list[str]) -> str | None:
    """The outlet of a page with no site-name metadata: the name after its title when the domain
    or the page's own chrome (a copyright line, a logo) confirms it is the site's name, else the
    domain."""
    if suffix and (_names_site(suffix, None, domain) or any(fold_key(suffix) in fold_key(t) for t in chrome)):
        return suffix
    return (outlet_at_address(domain) if domain else None) or domain  # ("nytimes.com" as The New York Times)
