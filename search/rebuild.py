"""Rebuild the search index from the database.

On Whoosh the new index is built beside the live one and swapped in, so search never goes empty:
the live PATH becomes a symbolic link to a versioned folder; a rebuild fills a new folder and
replaces the link in one atomic rename. Changes made while it ran are applied again afterwards,
and documents of objects deleted meanwhile are removed. On a search server (Elasticsearch,
Solr) every document is written again in place, over the ones there, and the ghosts removed.
"""

import os
import shutil
import time
import uuid
from pathlib import Path

from django.utils import timezone
from haystack import connections
from haystack.backends.whoosh_backend import WhooshSearchBackend
from haystack.query import SearchQuerySet

from archive.models import Article, Quote

from . import live

BATCH = 500


def _fill(path: Path, models) -> dict[str, int]:
    info = connections.connections_info["default"]
    live_path = info["PATH"]
    info["PATH"] = str(path)
    connections.reload("default")
    counts = {}
    try:
        backend = connections["default"].get_backend()
        backend.setup()
        unified = connections["default"].get_unified_index()
        for model in models:
            index = unified.get_index(model)
            queryset = index.index_queryset().order_by("pk")
            counts[model._meta.model_name] = queryset.count()
            # one writer for the whole model, fed a batch at a time; a new index has nothing to replace
            backend.update(index, queryset.iterator(chunk_size=BATCH), replace=False)
    finally:
        info["PATH"] = live_path
        connections.reload("default")
    return counts


def _rewrite_in_place() -> dict[str, int]:
    """A search server's index: every document written again (search keeps answering meanwhile)."""
    backend = connections["default"].get_backend()
    unified = connections["default"].get_unified_index()
    counts = {}
    for model in (Article, Quote):
        index = unified.get_index(model)
        queryset = index.index_queryset().order_by("pk")
        counts[model._meta.model_name] = queryset.count()
        for start in range(0, counts[model._meta.model_name], BATCH):
            backend.update(index, queryset[start : start + BATCH])
    return counts


def rebuild() -> dict[str, int]:
    """Build a complete new index, swap it in, and return how many documents of each kind it holds."""
    started = timezone.now()
    if not isinstance(connections["default"].get_backend(), WhooshSearchBackend):
        counts = _rewrite_in_place()
        _remove_ghosts()
        return counts
    live_path = Path(connections.connections_info["default"]["PATH"])
    # a name never used before, even for two rebuilds within one second
    new_path = live_path.with_name(f"{live_path.name}.{time.strftime('%Y%m%d%H%M%S')}.{uuid.uuid4().hex[:8]}")
    counts = _fill(new_path, (Article, Quote))
    old_target = live_path.resolve() if live_path.is_symlink() else None
    if live_path.exists() and not live_path.is_symlink():  # first rebuild: the live index is a folder
        old_target = live_path.with_name(f"{live_path.name}.old.{os.getpid()}")
        live_path.rename(old_target)
    link = live_path.with_name(f".{live_path.name}.link.{os.getpid()}")
    link.symlink_to(new_path.name)
    os.replace(link, live_path)  # atomic: a searcher sees the old index or the new one, never none
    connections.reload("default")
    if old_target and old_target.exists() and old_target != new_path:
        shutil.rmtree(old_target, ignore_errors=True)
    # what changed while the rebuild ran
    changed = Article.objects.filter(updated_at__gte=started).values_list("id", flat=True)
    live.apply(articles=changed, quotes=Quote.objects.filter(article_id__in=changed).values_list("id", flat=True))
    _remove_ghosts()
    return counts


def _remove_ghosts() -> None:
    """Documents of objects deleted while the rebuild ran."""
    backend = connections["default"].get_backend()
    for model, name in ((Article, "article"), (Quote, "quote")):
        if hasattr(backend, "indexed_ids"):  # Whoosh: read from the index's tables, not searched for
            indexed = backend.indexed_ids(model)
        else:
            indexed = {int(pk) for pk in SearchQuerySet().models(model).values_list("pk", flat=True)[:1_000_000]}
        ghosts = indexed - set(model.objects.filter(id__in=indexed).values_list("id", flat=True))
        if ghosts:
            live.apply(**{f"removed_{name}s": ghosts})
