"""Store imported files and the articles extracted from them: the one place that writes articles.

One savepoint per file, committed FILES_PER_COMMIT files at a time; a file whose bytes were seen
before is left alone; a changed file gets a new SourceDocument (the old bytes stay, marked
superseded) and its article is updated except for the fields an archivist corrected.
"""

import hashlib
import logging
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connection, connections, models, transaction
from django.utils import timezone
from rapidfuzz import fuzz

from .extraction import EXTRACTOR_VERSION, ArticleDraft, FoundPerson, NotText, extract_article
from .extraction.learned import MIN_ARTICLES
from .extraction.people import canonical_name, given_names_within, is_full_name, split_key, surname_of, translit_key
from .extraction.quotes import CONFIDENCE
from .extraction.similarity import sketch
from .extraction.topics import match_topics
from .extraction.warc import WarcPage, looks_like_warc, read_warc
from .models import (
    Article,
    Mention,
    Outlet,
    OutletLine,
    Person,
    PersonMatch,
    PersonName,
    Quote,
    SourceDocument,
    StoryHash,
    Topic,
    unique_slug,
)

# Given names this similar (rapidfuzz ratio on transliteration keys) under one surname are one
# person (Alexander/Aleksandr); between REVIEW_SIMILARITY and this, an archivist decides.
SAME_PERSON_SIMILARITY = 88
REVIEW_SIMILARITY = 70

logger = logging.getLogger(__name__)

# Files a scrape folder holds next to its articles that are never articles themselves.
SKIPPED_SUFFIXES = frozenset(
    ".png .jpg .jpeg .gif .webp .svg .ico .bmp .tif .tiff .mp3 .mp4 .webm .mov .avi .wav .ogg "
    ".zip .tar .tgz .7z .rar .exe .dll .so .pyc .css .js .map .woff .woff2 .ttf .otf .eot".split()
)


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str  # created | updated | unchanged | failed | skipped
    reason: str = ""
    article_id: int | None = None
    # the pages of a web archive, each with its own result
    pages: tuple["FileResult", ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A file to import, or a reason it cannot be (found while walking the folders)."""

    display: str
    path: Path | None
    problem: str = ""
    skip: str = ""


def display_path(path: Path) -> str:
    """The path as the user gave it, made relative to the current directory where possible."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def _resolves_inside(path: Path, root: Path) -> str:
    """'' when the symlink ``path`` resolves to a file under ``root``, else the reason it does not."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return "symlink loop"
    except OSError as exc:
        return f"broken symlink ({exc.strerror or exc})"
    if not target.is_relative_to(root):
        return f"symlink points outside the folder (to {target})"
    return ""


def collect(paths: Iterable[str | Path]) -> Iterator[Candidate]:
    """Every file under ``paths`` in a stable order, with problems found on the way."""
    for given in paths:
        given = Path(given)
        shown = display_path(given)
        if given.is_dir():
            root = given.resolve()
            for folder, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files) + sorted(d for d in dirs if Path(folder, d).is_symlink()):
                    path = Path(folder) / name
                    shown_file = display_path(path)
                    if name.startswith("."):
                        yield Candidate(shown_file, None, skip="hidden file")
                    elif path.is_symlink() and (problem := _resolves_inside(path, root)):
                        yield Candidate(shown_file, None, problem=problem)
                    elif path.is_dir():
                        yield Candidate(shown_file, None, skip="symlinked folder (not followed)")
                    elif path.suffix.lower() in SKIPPED_SUFFIXES:
                        yield Candidate(shown_file, None, skip=f"not an article ({path.suffix.lower()} file)")
                    else:
                        yield Candidate(shown_file, path)
        elif given.is_symlink() and not given.exists():
            yield Candidate(shown, None, problem=_resolves_inside(given, Path("/")) or "broken symlink")
        elif given.exists():
            yield Candidate(shown, given)
        else:
            yield Candidate(shown, None, problem="no such file or folder")


def _read(path: Path) -> bytes:
    """The file's bytes, or NotText/OSError with a reason a person can act on."""
    if not path.is_file():
        raise NotText("not a regular file")
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(65536)
        cap, setting = settings.CLIPPINGS_MAX_FILE_BYTES, "CLIPPINGS_MAX_FILE_BYTES"
        if looks_like_warc(head):
            cap, setting = settings.CLIPPINGS_MAX_WARC_BYTES, "CLIPPINGS_MAX_WARC_BYTES"
        if size > cap:
            raise NotText(f"too large: {size / 1e6:.1f} MB, over the {cap / 1e6:g} MB limit ({setting})")
        data = head + handle.read(cap + 1 - len(head))
    if len(data) > cap:
        raise NotText(f"too large: over the {cap / 1e6:g} MB limit ({setting})")
    return data


def _stored_title(draft: ArticleDraft) -> str:
    return draft.title[:500]


def _article_values(draft: ArticleDraft) -> dict:
    return {
        "title": _stored_title(draft),
        "outlet": Outlet.for_name(draft.outlet) if draft.outlet else None,
        "published": draft.published,
        "byline": (draft.byline or "")[:300],
        "original_url": (draft.original_url or "")[:2000],
        "body": draft.body,
    }


def _removed_json(draft: ArticleDraft) -> list[dict]:
    return [{"text": r.text, "rule": r.rule} for r in draft.removed]


def _new_person(name: str, aliases=()) -> Person:
    return Person.objects.create(
        name=name,
        aliases=sorted({a for a in aliases if a and a != name}),
        slug=unique_slug(Person, name, fallback="person"),
        key=translit_key(name),
        surname_key=translit_key(surname_of(name)),
    )


def _register(person: Person, forms, registered=frozenset()) -> set[str]:
    """Remember the keys of every full name (and a lone surname's own) the person is known by;
    ``registered``: keys known to be the person's already (no query when that is all of them).
    The keys the person is known by now."""
    keys = {translit_key(f) for f in forms if is_full_name(f)}
    if " " not in person.key:
        keys.add(person.key)
    if keys - set(registered):
        PersonName.objects.bulk_create(
            [PersonName(person=person, key=key) for key in sorted(keys - set(registered))], ignore_conflicts=True
        )
    return keys


def known_names(keys) -> dict[str, Person]:
    """The people known by these name keys (PersonName), read in one query."""
    return {n.key: n.person for n in PersonName.objects.filter(key__in=list(keys)).select_related("person")}


def person_for(found: FoundPerson, known: dict[str, Person] | None = None) -> Person:
    """The archive's Person for a person found in an article: one Person per human across spellings.

    A name whose spelling-proof key is known (PersonName, which merges move along) is that person.
    Same surname and a given name within SAME_PERSON_SIMILARITY: the same person too
    (Alexander/Aleksandr Grushko). A lone surname joins the one full name known with it. A less
    certain match makes a new Person and a PersonMatch for an archivist to review; nothing
    uncertain is merged automatically.
    """
    key = translit_key(found.name)
    surname_key = translit_key(found.surname)
    if known is None:  # ``known``: what known_names() read for the keys of an article's people
        known = known_names([key])
    person = known.get(key)
    registered = {key} if person is not None else set()
    created = False
    if person is None:
        namesakes = list(Person.objects.filter(surname_key=surname_key))
        full = [p for p in namesakes if " " in p.key]
        if " " not in key:  # a lone surname
            person = full[0] if len(full) == 1 else None
        else:
            given = split_key(key)[0]
            scored = sorted(((fuzz.ratio(given, split_key(p.key)[0]), p) for p in full), key=lambda x: -x[0])
            fuller = [p for p in full if given_names_within(given, split_key(p.key)[0])]
            if scored and scored[0][0] >= SAME_PERSON_SIMILARITY:
                person = scored[0][1]
            elif len(fuller) == 1:  # "Tayyip Erdogan" is Recep Tayyip Erdoğan
                person = fuller[0]
            else:
                person, created = _new_person(found.name, found.aliases), True
                for score, other in scored:
                    if score >= REVIEW_SIMILARITY:
                        PersonMatch.objects.get_or_create(person=person, candidate=other, defaults={"score": score})
                # a Person known so far by surname alone now has a full name; not when the archive
                # already knew another full name with it (the lone "Johnson" is then either one)
                for lone in (p for p in namesakes if " " not in p.key and not p.is_curated and not full):
                    gone = lone.pk
                    merge_people(person, lone)
                    # the lone surname's names are the full name's now
                    known.update({k: person for k, p in known.items() if p.pk == gone})
        if person is None:
            person, created = _new_person(found.name, found.aliases), True
    forms = {found.name, *found.aliases}
    before = (person.name, person.key, list(person.aliases))
    if not person.is_curated and not created:  # a new person is named as first seen
        best = canonical_name({person.name, found.name, *person.aliases})
        if best != person.name:
            forms.add(person.name)
            person.name, person.key = best, translit_key(best)
    person.add_aliases(forms)
    person.aliases = [a for a in person.aliases if a != person.name]
    # Saved only when a name changed: every save re-indexes each article naming the person, and
    # a well-known name is in thousands of them.
    if (person.name, person.key, person.aliases) != before:
        person.save()
    for name_key in _register(person, forms | {person.name}, registered=registered):
        known[name_key] = person
    return person


def merge_people(keep: Person, other: Person) -> None:
    """Fold ``other`` into ``keep``: its names, mentions and quotes move over, then it goes."""
    if keep.pk == other.pk:
        return
    keep.add_aliases([other.name, *other.aliases])
    for name in PersonName.objects.filter(person=other):
        PersonName.objects.get_or_create(person=keep, key=name.key)
    for mention in Mention.objects.filter(person=other):
        existing = Mention.objects.filter(article_id=mention.article_id, person=keep).first()
        if existing:
            existing.count += mention.count
            existing.save(update_fields=["count"])
            mention.delete()
        else:
            mention.person = keep
            mention.save(update_fields=["person"])
    for quote in Quote.objects.filter(speaker=other):  # one by one, so the search index hears of it
        quote.speaker = keep
        quote.save(update_fields=["speaker"])
    PersonMatch.objects.filter(models.Q(candidate=other) | models.Q(person=other)).delete()
    other.delete()
    keep.save()


def store_people_and_quotes(article: Article, draft: ArticleDraft, is_new: bool = False) -> None:
    """Replace the article's mentions and quotes, keeping the quotes an archivist curated
    (``is_new``: the article was just created, so it has none)."""
    previously = set()
    if not is_new:
        previously = set(Mention.objects.filter(article=article).values_list("person_id", flat=True))
    if previously:
        Mention.objects.filter(article=article).delete()
    people = {}
    # one row per person, written in one go (the article's own save has marked it for the index)
    mentions: dict[int, Mention] = {}
    known = known_names({translit_key(found.name) for found in draft.persons}) if draft.persons else {}
    for found in draft.persons:
        person = person_for(found, known)
        people[found.name] = person
        if person.pk in mentions:
            mentions[person.pk].count += len(found.mentions)
        else:
            mentions[person.pk] = Mention(article=article, person=person, alias=found.name, count=len(found.mentions))
    # a lone surname ("Putin") is the person the archive knows by it, when exactly one is
    by_key = {translit_key(word): (word, mentions) for word, mentions in draft.lone_names.items()}
    known = {}
    if by_key:
        for person in Person.objects.filter(surname_key__in=list(by_key), key__contains=" "):
            known.setdefault(person.surname_key, []).append(person)
    lone_speakers: dict[str, Person] = {}  # a lone surname's word, and the one person the archive knows by it
    for surname_key, persons in known.items():
        if len(persons) == 1 and persons[0].name not in people:
            word, found_mentions = by_key[surname_key]
            person = lone_speakers[word] = persons[0]
            if person.pk not in mentions:
                mentions[person.pk] = Mention(article=article, person=person, alias=word, count=len(found_mentions))
            if word not in person.aliases and word != person.name:
                person.add_aliases([word])
                person.save(update_fields=["aliases"])
    Mention.objects.bulk_create(mentions.values())
    kept = set()
    if not is_new and (previously or article.quotes.exists()):  # a new article has none to keep or replace
        kept = {" ".join(q.text.split()) for q in Quote.objects.filter(article=article, is_curated=True)}
        Quote.objects.filter(article=article, is_curated=False).delete()
    quotes = []
    for q in draft.quotes:
        if " ".join(q.text.split()) in kept:
            continue
        speaker, rule, confidence = people.get(q.speaker) if q.speaker else None, q.rule, q.confidence
        if speaker is None and (known_speaker := _lone_speaker(q, lone_speakers)):
            speaker, rule, confidence = known_speaker, "known-surname", CONFIDENCE["known-surname"]
        quotes.append(
            Quote(
                article=article,
                speaker=speaker,
                text=q.text,
                attribution=q.attribution[:300],
                paragraph=q.paragraph,
                start=q.start,
                end=q.end,
                rule=rule,
                confidence=confidence,
            )
        )
    Quote.objects.bulk_create(quotes)
    # people this article alone named, and no longer does, were a mistake of older rules
    if previously:
        Person.objects.filter(id__in=previously, is_curated=False, mentions__isnull=True, quotes__isnull=True).delete()


# An attribution that is a surname alone and its verb, an aside between them maybe: "Zelensky, in a
# video address, said", "Peskov told"
_LONE_SUBJECT_RE = re.compile(
    r"^(?P<word>[^\W\d_][\w'’-]+)(?:\s*,[^,“”\"«»]{1,80},)?\s+(?:has |had )?[a-z]+(?: [a-z]+)?$"
)


def _lone_speaker(quote, lone_speakers: dict[str, Person]) -> Person | None:
    """The person the archive knows by the surname alone that the quote's attribution opens with,
    when the extraction gave the quote no speaker (the story never names them in full)."""
    if quote.speaker is not None or quote.rule != "unnamed-source":
        return None
    match = _LONE_SUBJECT_RE.match(quote.attribution)
    return lone_speakers.get(match.group("word")) if match else None


def learned_furniture(outlet_name: str | None) -> frozenset[str]:
    """The keys of the lines the archive has learned are ``outlet_name``'s furniture."""
    if not outlet_name:
        return frozenset()
    memo = _import_memo.get("furniture") if _import_memo is not None else None
    if memo is not None and outlet_name.lower() in memo:
        return memo[outlet_name.lower()]
    lines = OutletLine.objects.filter(outlet__name__iexact=outlet_name, is_furniture=True)
    keys = frozenset(lines.values_list("key", flat=True))
    if memo is not None:
        memo[outlet_name.lower()] = keys
    return keys


# While import_paths runs (it holds the archive lock: nobody else changes these meanwhile), what
# every file would otherwise read again: the topics' terms, each outlet's learned furniture.
_import_memo: dict | None = None


def _extract_with(data: bytes, furniture: Callable[[str | None], frozenset[str]], url=None, charset=None):
    """The draft, without the lines ``furniture(outlet)`` says the outlet prints under every
    story, and the keys of the lines that took out."""
    draft = extract_article(data, url=url, charset=charset)
    learned = frozenset(furniture(draft.outlet) & draft.furniture_candidates.keys())
    if learned:
        draft = extract_article(data, url=url, charset=charset, learned=learned)
    return draft, learned


def extract(data: bytes, *, url: str | None = None, charset: str | None = None) -> ArticleDraft:
    """The draft of an article, without the lines its outlet prints under every story."""
    return _extract_with(data, learned_furniture, url, charset)[0]


def learn_furniture(article: Article, draft: ArticleDraft, is_new: bool = False) -> None:
    """Tally the article's top and foot lines under its outlet; a line found in MIN_ARTICLES
    different stories becomes furniture (import_paths then cleans the earlier articles too)."""
    if not is_new:
        article.outlet_lines.clear()
    candidates = draft.furniture_candidates
    if article.outlet_id is None or not candidates:
        return
    # a handful of queries per article, whatever the number of lines (this runs for every import)
    OutletLine.objects.bulk_create(
        [OutletLine(outlet_id=article.outlet_id, key=key, text=text) for key, text in candidates.items()],
        ignore_conflicts=True,
    )
    lines = list(
        OutletLine.objects.filter(outlet_id=article.outlet_id, key__in=list(candidates)).values_list("id", "learned_at")
    )
    through = Article.outlet_lines.through
    through.objects.bulk_create(
        [through(outletline_id=pk, article_id=article.pk) for pk, _ in lines], ignore_conflicts=not is_new
    )
    # learned_at without is_furniture: an archivist said it is not furniture; that stands
    learned = (
        OutletLine.objects.filter(id__in=[pk for pk, learned_at in lines if learned_at is None])
        .annotate(stories=models.Count("articles__title", distinct=True))
        .filter(stories__gte=MIN_ARTICLES)
        .values_list("id", flat=True)
    )
    if OutletLine.objects.filter(id__in=list(learned)).update(is_furniture=True, learned_at=timezone.now()):
        if _import_memo is not None:
            _import_memo["furniture"] = {}  # an outlet has new furniture: read it again


def store_draft(source: SourceDocument, draft: ArticleDraft, article: Article | None = None) -> Article:
    """Create the article for ``source``, or update ``article`` leaving curated fields alone."""
    values = _article_values(draft)
    is_new = article is None
    if article is None:
        article = Article(slug=unique_slug(Article, draft.title, fallback="article"), **values)
    else:
        for field, value in values.items():
            if field not in article.curated_fields:
                setattr(article, field, value)
    article.source = source
    article.removed = _removed_json(draft)
    article.extractor_version = EXTRACTOR_VERSION
    article.save()
    store_people_and_quotes(article, draft, is_new)
    # a new article's title and body are the draft's: what a worker worked out from them holds
    tag_topics(article, is_new=is_new, names=draft.topics if is_new else None)
    learn_furniture(article, draft, is_new)
    store_sketch(article, is_new, values=draft.sketch if is_new else None)
    return article


def store_sketch(article: Article, is_new: bool = False, values: frozenset[int] | None = None) -> None:
    """Replace the article's sketch (search.duplicates finds its near-duplicates by it); ``values``:
    the sketch of its title and body, when already worked out."""
    if not is_new:
        StoryHash.objects.filter(article=article).delete()
    if values is None:
        values = sketch(_sketched_text(article.title, article.body))
    rows = [(article.pk, value) for value in sorted(values)]
    # one plain INSERT for the few dozen rows: bulk_create's model objects cost more than the sketch
    table = StoryHash._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} (article_id, value) VALUES (%s, %s)", rows)


def _sketched_text(title: str, body: str) -> str:
    return f"{title}\n{body}"


def tag_topics(
    article: Article, vocabulary: dict | None = None, is_new: bool = False, names: tuple[str, ...] | None = None
) -> None:
    """Tag the article from the topics' match terms, unless an archivist chose its topics;
    ``names``: the topics a worker found the new article's text to match, from the same vocabulary."""
    if "topics" in article.curated_fields:
        return
    if is_new:  # nothing to take away: add what matched, if anything did, in one INSERT
        ids = {}
        if vocabulary is None:
            if _import_memo is not None and "topics" in _import_memo:
                vocabulary, ids = _import_memo["topics"]
            else:
                vocabulary = {}
                for pk, name, terms in Topic.objects.values_list("id", "name", "terms"):
                    vocabulary[name], ids[name] = [name, *terms], pk
                if _import_memo is not None:
                    _import_memo["topics"] = (vocabulary, ids)
        if names is None:
            names = match_topics(article.title, article.body, vocabulary)
        if names:
            if not ids:
                ids = dict(Topic.objects.filter(name__in=names).values_list("name", "id"))
            # the article's own save marked it for the index, so no m2m signal is needed
            through = Article.topics.through
            through.objects.bulk_create([through(article_id=article.pk, topic_id=ids[name]) for name in names])
        return
    names = match_topics(article.title, article.body, vocabulary if vocabulary is not None else Topic.vocabulary())
    article.topics.set(Topic.objects.filter(name__in=names))


@dataclass(frozen=True)
class Prepared:
    """A file read and, when its bytes are new, extracted: the part of an import that needs no
    database, so worker processes can do it while the importing process stores the last file."""

    data: bytes
    sha: str
    is_warc: bool = False
    draft: ArticleDraft | None = None
    no_article: str = ""  # why extraction found no article
    learned: frozenset[str] = frozenset()  # the outlet's learned lines the draft is without


def prepare(
    candidate: Candidate, seen: frozenset[str] = frozenset(), furniture=None, vocabulary: dict | None = None
) -> Prepared | FileResult:
    """Read and extract one file (unless its sha256 is in ``seen``); a FileResult when it cannot be read.
    With the topics' ``vocabulary``, the draft also carries its sketch and topics (work taken off
    the storing process)."""
    shown = candidate.display
    if candidate.skip:
        return FileResult(shown, "skipped", candidate.skip)
    if candidate.problem:
        return FileResult(shown, "failed", candidate.problem)
    try:
        data = _read(candidate.path)
    except NotText as exc:
        return FileResult(shown, "failed", str(exc))
    except OSError as exc:
        return FileResult(shown, "failed", f"cannot read: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    if looks_like_warc(data):
        return Prepared(data, sha, is_warc=True)
    if furniture is None or sha in seen:
        return Prepared(data, sha)
    try:
        draft, learned = _extract_with(data, furniture)
    except NotText as exc:
        return Prepared(data, sha, no_article=str(exc))
    if vocabulary is not None:
        title = _stored_title(draft)
        draft.sketch = frozenset(sketch(_sketched_text(title, draft.body)))
        draft.topics = tuple(match_topics(title, draft.body, vocabulary))
    return Prepared(data, sha, draft=draft, learned=learned)


def import_file(candidate: Candidate, prepared: Prepared | FileResult | None = None) -> FileResult:
    """Import one file (its rows in a savepoint of their own); never raises for a bad file.
    ``prepared`` is what a worker process already read and extracted of it."""
    if prepared is None:
        prepared = prepare(candidate)
    if isinstance(prepared, FileResult):
        return prepared
    if prepared.is_warc:
        return import_warc(candidate.display, prepared.data, prepared.sha)
    return _import_bytes(candidate.display, prepared.data, prepared.sha, prepared=prepared)


def _import_bytes(
    shown: str, data: bytes, sha: str, page: WarcPage | None = None, container=None, prepared: Prepared | None = None
) -> FileResult:
    """Import one document: a file, or a page captured in the web archive ``container``.

    A file with no article in it has failed to import; a captured page with none (a login page,
    an empty section front) is one of many a crawler saves, and is only skipped.
    """
    no_article = "skipped" if page is not None else "failed"
    known = SourceDocument.objects.filter(sha256=sha).defer("raw").first()
    if known is not None and known.status == SourceDocument.Status.FAILED:
        return FileResult(shown, no_article, known.error)
    if known is not None and known.status == SourceDocument.Status.IMPORTED:
        article = Article.objects.filter(source=known).only("id").first()
        same = "" if known.path == shown else f"same bytes as {known.path}"
        return FileResult(shown, "unchanged", same, article.id if article else None)

    capture = {}
    if page is not None:
        capture = {
            "container": container,
            "record_id": page.record_id[:200],
            "record_offset": page.offset,
            "original_url": page.url[:2000],
            "captured_at": page.captured,
        }
    try:
        draft = _draft_of(data, page, prepared)
    except NotText as exc:
        if known is None:
            SourceDocument.objects.create(
                path=shown, sha256=sha, raw=data, size=len(data), status=SourceDocument.Status.FAILED, error=str(exc),
                **capture,
            )  # fmt: skip
        return FileResult(shown, no_article, str(exc))

    with transaction.atomic():
        # found by path alone (its index), without the raw bytes: SQLite would otherwise pick the
        # index on status, which nearly every row shares, and read the whole table
        imported = [
            pk
            for pk, status in SourceDocument.objects.filter(path=shown).values_list("id", "status")
            if status == SourceDocument.Status.IMPORTED
        ]
        previous = (
            Article.objects.select_related("source").defer("source__raw").filter(source_id__in=imported).first()
            if imported
            else None
        )
        if known is None:
            source = SourceDocument(path=shown, sha256=sha, raw=data, size=len(data), **capture)
        else:  # a file changed back to bytes seen before
            source = known
        source.encoding, source.format = draft.encoding, draft.format
        source.status, source.error = SourceDocument.Status.IMPORTED, ""
        source.save()
        if previous is not None:
            old_source = previous.source
            old_source.status = SourceDocument.Status.SUPERSEDED
            old_source.save(update_fields=["status"])
        article = store_draft(source, draft, previous)
    return FileResult(shown, "updated" if previous else "created", "", article.id)


def _draft_of(data: bytes, page: WarcPage | None, prepared: Prepared | None) -> ArticleDraft:
    """The draft a worker made, unless the outlet has learned furniture since; else extract now."""
    if prepared is not None and prepared.no_article:
        raise NotText(prepared.no_article)
    if prepared is not None and prepared.draft is not None:
        draft = prepared.draft
        if learned_furniture(draft.outlet) & draft.furniture_candidates.keys() == prepared.learned:
            return draft
    return extract(data, url=page.url if page else None, charset=page.charset if page else None)


def import_warc(shown: str, data: bytes, sha: str) -> FileResult:
    """Import every HTML page captured in a WARC file; a damaged archive keeps what could be read."""
    known = SourceDocument.objects.filter(sha256=sha).defer("raw").first()
    if known is not None and known.status != SourceDocument.Status.FAILED:
        same = "" if known.path == shown else f"same bytes as {known.path}"
        if known.error:  # read before, as far as it could be
            return FileResult(shown, "failed", f"{known.error} (imported before as far as it could be read)")
        return FileResult(shown, "unchanged", same)
    reading = read_warc(data)
    status = SourceDocument.Status.IMPORTED if reading.pages else SourceDocument.Status.FAILED
    if known is None:
        container = SourceDocument.objects.create(
            path=shown, sha256=sha, raw=data, size=len(data), format=SourceDocument.Format.WARC,
            status=status, error=reading.problem,
        )  # fmt: skip
    else:
        container = known
        container.status, container.error = status, reading.problem
        container.save(update_fields=["status", "error"])
    # an archive file that changed (a crawl appended to): its earlier bytes stay, superseded
    SourceDocument.objects.filter(path=shown, format=SourceDocument.Format.WARC).exclude(pk=container.pk).update(
        status=SourceDocument.Status.SUPERSEDED
    )
    pages = []
    for page in reading.pages:
        name = f"{shown}#{page.record_id}"
        try:
            result = _import_bytes(name, page.payload, hashlib.sha256(page.payload).hexdigest(), page, container)
        except Exception as exc:  # a bug must cost one page, not the rest of the archive
            logger.exception("import of %s failed", name)
            result = FileResult(name, "failed", f"unexpected error: {type(exc).__name__}: {exc}")
        pages.append(result)
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(reading.skipped.items()))
    summary = f"web archive: {reading.records} record(s), {len(reading.pages)} page(s)" + (
        f"; skipped {skipped}" if skipped else ""
    )
    if reading.problem:
        kept = (
            f"the {len(reading.pages)} page(s) read before it were kept" if reading.pages else "no page could be read"
        )
        return FileResult(shown, "failed", f"{reading.problem}; {kept} ({summary})", pages=tuple(pages))
    created = any(r.status == "created" for r in pages)
    return FileResult(shown, "created" if created or not pages else "unchanged", summary, pages=tuple(pages))


def import_paths(
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
    alongside: Callable[[int, datetime], AbstractContextManager] | None = None,
    stored: Callable[[list[int]], object] | None = None,
) -> list[FileResult]:
    """Import every file under ``paths``; the results say what happened to each (a web archive's
    pages follow its own result). ``alongside(files, started)``: a context the import runs in
    (the search index helper). ``stored(article_ids)``: told of the articles each file created or
    changed as soon as they are committed, and at the end of those cleaned of learned furniture."""
    global _import_memo
    started = timezone.now()
    candidates = list(collect(paths))
    results = []
    _import_memo = {"furniture": {}}
    try:
        with alongside(len(candidates), started) if alongside else nullcontext():
            _import_all(candidates, results, progress, stored)
            _tell(stored, clean_learned_furniture(since=started))
    finally:
        _import_memo = None
    return results


# Files stored per database transaction (each file in a savepoint of its own, so a bad one takes
# nothing else with it): committing each file alone was a twentieth of the importing process's time.
FILES_PER_COMMIT = 25


def _import_all(candidates: list[Candidate], results: list[FileResult], progress, stored) -> None:
    uncommitted: list[FileResult] = []
    batch = None
    try:
        for n, (candidate, prepared) in enumerate(_prepared_in_workers(candidates), 1):
            if progress:
                progress(n, len(candidates), candidate.display)
            if batch is None:
                batch = transaction.atomic()
                batch.__enter__()
            try:
                with transaction.atomic():
                    result = import_file(candidate, prepared())
            except Exception as exc:  # a bug must cost one file, not the rest of the folder
                logger.exception("import of %s failed", candidate.display)
                result = FileResult(candidate.display, "failed", f"unexpected error: {type(exc).__name__}: {exc}")
            results.append(result)
            results.extend(result.pages)
            uncommitted.extend([result, *result.pages])
            if len(uncommitted) >= FILES_PER_COMMIT or n == len(candidates):
                batch, committing = None, batch
                committing.__exit__(None, None, None)
                _tell(stored, uncommitted)
                uncommitted = []
    finally:
        if batch is not None:  # interrupted (Ctrl-C): what was stored so far is kept
            batch.__exit__(None, None, None)
            _tell(stored, uncommitted)


def _tell(stored: Callable[[list[int]], object] | None, results: list[FileResult]) -> None:
    changed = [r.article_id for r in results if r.status in ("created", "updated") and r.article_id]
    if stored and changed:
        try:
            stored(changed)
        except Exception:  # what follows a stored article must not stop the import
            logger.exception("after storing articles %s", changed)


# Worker processes start only for a folder this large; they prepare at most AHEAD files ahead of
# the one being stored, so memory stays bounded however many files there are.
PARALLEL_FROM = 16
AHEAD = 64
# What the worker processes inherit when they are forked: the sha256 of every stored file (no
# need to extract those) and each outlet's learned lines at the start of the import.
# And the topics' vocabulary, to tag new articles with.
_worker_context: tuple[frozenset[str], dict[str, frozenset[str]], dict | None] = (frozenset(), {}, None)


def _prepare_in_worker(candidate: Candidate) -> Prepared | FileResult:
    seen, furniture, vocabulary = _worker_context
    return prepare(candidate, seen, lambda outlet: furniture.get((outlet or "").lower(), frozenset()), vocabulary)


def _prepared_in_workers(candidates: list[Candidate]) -> Iterator[tuple[Candidate, Callable]]:
    """Each candidate with a function giving what a worker prepared of it (None: prepare it
    here), in order, while the workers go on with the next files."""
    workers = settings.CLIPPINGS_IMPORT_WORKERS
    if workers <= 0 or len(candidates) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        for candidate in candidates:
            yield candidate, lambda: None
        return
    global _worker_context
    furniture: dict[str, set[str]] = {}
    for outlet, key in OutletLine.objects.filter(is_furniture=True).values_list("outlet__name", "key"):
        furniture.setdefault(outlet.lower(), set()).add(key)
    _worker_context = (
        frozenset(SourceDocument.objects.values_list("sha256", flat=True)),
        {outlet: frozenset(keys) for outlet, keys in furniture.items()},
        {name: [name, *terms] for name, terms in Topic.objects.values_list("name", "terms")},
    )
    # A worker never touches the database; closed connections mean it holds none of the importer's
    # (inside a transaction, as in the tests, they stay open and the workers leave them alone).
    if not any(conn.in_atomic_block for conn in connections.all()):
        connections.close_all()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            queued = iter(candidates)
            pending = deque()
            for candidate in queued:
                pending.append((candidate, pool.apply_async(_prepare_in_worker, (candidate,))))
                if len(pending) >= AHEAD:
                    break
            while pending:
                candidate, job = pending.popleft()
                following = next(queued, None)
                if following is not None:
                    pending.append((following, pool.apply_async(_prepare_in_worker, (following,))))
                yield candidate, job.get
    finally:
        _worker_context = (frozenset(), {}, None)


def clean_learned_furniture(since) -> list[FileResult]:
    """Extract again the articles holding a line that became its outlet's furniture ``since``."""
    fresh = OutletLine.objects.filter(is_furniture=True, learned_at__gte=since)
    return reextract(Article.objects.filter(outlet_lines__in=fresh).distinct())


def reextract(articles) -> list[FileResult]:
    """Run the current rules again over the stored raw bytes, keeping everything an archivist curated."""
    results = []
    for article in articles.select_related("source"):
        source = article.source
        try:
            draft = extract(bytes(source.raw), url=source.original_url or None, charset=source.encoding or None)
        except NotText as exc:
            results.append(FileResult(source.path, "failed", str(exc), article.id))
            continue
        with transaction.atomic():
            store_draft(source, draft, article)
        results.append(FileResult(source.path, "updated", "", article.id))
    return results
