"""Restore an archive from an export (JSON Lines) and the raw files it names.

The raw files are imported as usual (and checked against the export's sha256), then everything the
export says that extraction does not reproduce is applied as an archivist's correction: edited
fields, speakers, people's names and spellings, topics and story links.
"""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from .extraction.people import translit_key
from .ingest import Candidate, FileResult, import_file, merge_people
from .models import Article, Outlet, Person, PersonName, Quote, Topic, unique_slug


@dataclass
class Restored:
    path: str
    status: str  # restored | failed
    reason: str = ""


def _find_raw(record_path: str, sources: Path | None) -> Path | None:
    candidates = [Path(record_path)]
    if sources is not None:
        candidates = [sources / record_path, sources / Path(record_path).name, *candidates]
    return next((p for p in candidates if p.is_file()), None)


def _person_named(name: str) -> Person | None:
    known = PersonName.objects.filter(key=translit_key(name)).select_related("person").first()
    return known.person if known else Person.objects.filter(name=name).first()


def _apply_people(article: Article, people: list[dict]) -> None:
    for entry in people:
        forms = [entry["name"], *entry.get("aliases", [])]
        found = {p.pk: p for p in (_person_named(f) for f in forms) if p is not None}
        if not found:
            continue
        keep = next((p for p in found.values() if p.name == entry["name"]), next(iter(found.values())))
        for other in found.values():
            if other.pk != keep.pk:
                merge_people(keep, other)
        keep.refresh_from_db()
        if keep.name != entry["name"] or set(entry.get("aliases", [])) - set(keep.aliases):
            keep.add_aliases([keep.name, *entry.get("aliases", [])])
            keep.name = entry["name"]
            keep.aliases = [a for a in keep.aliases if a != keep.name]
            keep.is_curated = True
            keep.save()
            PersonName.objects.get_or_create(person=keep, key=translit_key(keep.name))


def _apply_article(article: Article, record: dict) -> None:
    key = record.get("permalink", "").rstrip("/").rsplit("/", 1)[-1]
    if key and key != article.permalink_key and not Article.objects.filter(permalink_key=key).exists():
        article.permalink_key = key  # links people cited keep working on the restored archive
    corrected = []
    values = {
        "title": record["title"],
        "byline": record["byline"] or "",
        "body": record["body"],
        "published": record["published"],
    }
    for field, value in values.items():
        current = getattr(article, field)
        current = current.isoformat() if field == "published" and current else current
        if (current or None) != (value or None):
            setattr(article, field, value or (None if field == "published" else ""))
            corrected.append(field)
    outlet = record["outlet"]
    if (article.outlet.name if article.outlet else None) != outlet:
        article.outlet = Outlet.for_name(outlet) if outlet else None
        corrected.append("outlet")
    topics = set(record["topics"])
    if {t.name for t in article.topics.all()} != topics:
        for name in topics - set(Topic.objects.values_list("name", flat=True)):
            Topic.objects.create(name=name, slug=unique_slug(Topic, name, fallback="topic"))
        article.topics.set(Topic.objects.filter(name__in=topics))
        corrected.append("topics")
    article.mark_curated(corrected)
    article.save()
    _apply_people(article, record["persons"])
    for exported in record["quotes"]:
        quote = Quote.objects.filter(article=article, text=exported["text"]).first()
        if quote is None:
            continue
        speaker = _person_named(exported["speaker"]) if exported["speaker"] else None
        if quote.speaker_id != (speaker.pk if speaker else None):
            quote.speaker, quote.is_curated = speaker, True
            quote.save()


class BadExport(ValueError):
    """The export file is not one export_archive wrote; the message says where and why."""


def read_export(export_path: Path) -> list[dict]:
    """The records of an export_archive file, each checked before anything is restored."""
    try:
        lines = export_path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise BadExport(f"{export_path} is not UTF-8 text: not an export file") from exc
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise BadExport(f"line {number} of {export_path} is not JSON: not an export file") from exc
        source = record.get("source") if isinstance(record, dict) else None
        if not isinstance(source, dict) or not isinstance(source.get("path"), str):
            raise BadExport(f"line {number} of {export_path} has no source path: not an export record")
        records.append(record)
    return records


def restore(export_path: Path, sources: Path | None = None) -> list[Restored]:
    records = read_export(export_path)
    results, by_path = [], {}
    archives_read = set()
    for record in records:
        path = record["source"]["path"]
        warc = record["source"].get("warc")
        if warc:  # a page captured in a web archive: import the archive, then find the page in it
            raw = _find_raw(warc["path"], sources)
            if raw is None:
                results.append(Restored(path, "failed", f"web archive not found: {warc['path']}"))
                continue
            if warc["path"] not in archives_read:
                import_file(Candidate(warc["path"], raw))
                archives_read.add(warc["path"])
            found = Article.objects.filter(source__sha256=record["source"]["sha256"]).values_list("id", flat=True)
            outcome = FileResult(
                path, "created" if found else "failed", "page not in the web archive", next(iter(found), None)
            )
        else:
            raw = _find_raw(path, sources)
            if raw is None:
                results.append(Restored(path, "failed", "raw file not found"))
                continue
            if hashlib.sha256(raw.read_bytes()).hexdigest() != record["source"]["sha256"]:
                results.append(Restored(path, "failed", "raw file differs from the one exported (sha256)"))
                continue
            outcome = import_file(Candidate(path, raw))
        if outcome.article_id is None:
            results.append(Restored(path, "failed", outcome.reason or outcome.status))
            continue
        with transaction.atomic():
            _apply_article(Article.objects.get(pk=outcome.article_id), record)
        by_path[path] = outcome.article_id
        results.append(Restored(path, "restored"))
    for record in records:
        article_id = by_path.get(record["source"]["path"])
        twins = [by_path[p] for p in record["near_duplicates"] if p in by_path]
        if article_id and twins:
            Article.objects.get(pk=article_id).near_duplicates.add(*twins)
    return results
