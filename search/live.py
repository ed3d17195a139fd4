"""Keep the search index in step with the database as it changes, right after each commit.

Every save or delete of an article, quote, person, outlet, topic or mention marks the article
and quote documents it affects; when the transaction commits they are re-indexed or removed in
one go. Whoosh allows one writer at a time: a write that meets a held lock is retried, and if the
lock is still held after LOCK_WAIT_SECONDS the work is written to IndexBacklog and done by the
next index write, so no update or delete is ever lost silently (haystack would only log it).
"""

import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max, signals
from django.utils import timezone
from haystack import connections
from haystack.backends.whoosh_backend import WhooshSearchBackend
from haystack.query import SearchQuerySet
from haystack.signals import BaseSignalProcessor
from haystack.utils import get_model_ct
from whoosh.index import LockError

from archive.models import Article, IndexBacklog, Mention, Outlet, Person, Quote, Topic

logger = logging.getLogger(__name__)
LOCK_WAIT_SECONDS = 10.0
_state = threading.local()
# Backlog rows older than this process were left by one that died (kill -9): only their articles
# can have quote documents nobody told the index about, so only they need the slow scan for them.
_STARTED = timezone.now()


def _pending():
    if not hasattr(_state, "pending"):
        _state.pending = {
            kind: set() for kind in ("article", "quote", "article-", "quote-", "person", "outlet", "topic")
        }
        _state.paused = 0
    return _state.pending


@contextmanager
def deferred():
    """Collect index work through a bulk job (an import) and write it in one go at the end."""
    _pending()
    _state.paused += 1
    try:
        yield
    finally:
        _state.paused -= 1
        if not _state.paused:
            flush()


def is_deferred() -> bool:
    """Whether index work is being collected for a flush at the end (an import is running)."""
    _pending()
    return bool(_state.paused)


def set_shared_backlog(shared: bool) -> None:
    """While another process indexes backlog rows as they commit (search.alongside), a change
    always gets a row of its own: a row already there may be the one it is indexing right now,
    from the article as it was before the change."""
    _state.shared_backlog = shared


def _mark(kind: str, ids) -> None:
    pending = _pending()
    ids = {i for i in ids if i is not None}
    if _state.paused and kind in ("person", "outlet", "topic") and getattr(_state, "shared_backlog", False):
        # The articles a renamed person or outlet changes are written down now, after the change:
        # at the end they would all be indexed again, though the helper did most after it.
        kind, ids = "article", _expand({**{k: set() for k in pending}, kind: ids})[0]
        if not ids:
            return
    if _state.paused and kind in ("article", "article-"):
        # During an import the work is written down in the same transaction as the article, so
        # a crash (kill -9) leaves it on disk and the next run's flush still does it.
        known = set()
        if not getattr(_state, "shared_backlog", False):
            known = set(
                IndexBacklog.objects.filter(
                    model="article", is_delete=kind == "article-", object_id__in=ids
                ).values_list("object_id", flat=True)
            )
        IndexBacklog.objects.bulk_create(
            IndexBacklog(model="article", object_id=i, is_delete=kind == "article-") for i in ids - known
        )
        return
    pending[kind].update(ids)
    if not _state.paused:
        # every time: a rolled-back transaction drops its callbacks, and a flush with nothing to do is cheap
        transaction.on_commit(flush)


def _with_lock_retry(work) -> bool:
    """Run an index write, retrying while another writer holds the lock; False if it never got it
    (or, on a search server, if the server could not be reached or refused the write)."""
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    delay = 0.05
    is_server = not isinstance(connections["default"].get_backend(), WhooshSearchBackend)
    while True:
        try:
            work()
            return True
        except Exception as exc:
            if not isinstance(exc, LockError):
                if is_server:  # a server can be down for a while: the backlog keeps the work
                    logger.exception("search server write failed")
                    return False
                raise
            if time.monotonic() >= deadline:
                return False
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def apply(articles=(), quotes=(), removed_articles=(), removed_quotes=()) -> bool:
    """Re-index and remove documents now (with the backlog first); False when it went to the backlog."""
    articles, quotes = set(articles), set(quotes)
    removed_articles, removed_quotes = set(removed_articles), set(removed_quotes)
    backlog = list(IndexBacklog.objects.all())
    backlog_articles = {b.object_id for b in backlog if b.model == "article" and not b.is_delete}
    orphaned = {b.object_id for b in backlog if b.model == "article" and b.created_at < _STARTED}
    for item in backlog:
        target = {
            ("article", False): articles,
            ("quote", False): quotes,
            ("article", True): removed_articles,
            ("quote", True): removed_quotes,
        }[(item.model, item.is_delete)]
        target.add(item.object_id)
    # an article re-indexed from the backlog brings its current quotes; its old quotes' documents go
    if backlog_articles:
        quotes |= {q for (q,) in _values(Quote.objects, "article_id", backlog_articles, "id")}
    if not (articles or quotes or removed_articles or removed_quotes):
        return True
    backend = connections["default"].get_backend()

    def work():
        # documents of quotes that vanished while a process that died was importing go with their article
        ids = sorted(orphaned | removed_articles)
        for start in range(0, len(ids), 100):
            chunk = ids[start : start + 100]
            indexed = {
                int(pk)
                for pk in SearchQuerySet()
                .models(Quote)
                .filter(article_id__in=chunk)
                .values_list("pk", flat=True)[:100_000]
            }
            removed_quotes.update(indexed - set(Quote.objects.filter(id__in=indexed).values_list("id", flat=True)))
        removed = [get_identifier_of(Article, pk) for pk in removed_articles]
        removed += [get_identifier_of(Quote, pk) for pk in removed_quotes]
        if hasattr(backend, "remove_many"):  # the archive's Whoosh backend: one commit for them all
            backend.remove_many(removed)
        else:
            for identifier in removed:
                backend.remove(identifier)
        _write(articles, quotes)

    if _with_lock_retry(work):
        if backlog:
            for chunk in chunks([b.id for b in backlog]):
                IndexBacklog.objects.filter(id__in=chunk).delete()
        return True
    logger.warning("search index locked for %ss; %d change(s) kept in the backlog", LOCK_WAIT_SECONDS,
                   len(articles) + len(quotes) + len(removed_articles) + len(removed_quotes))  # fmt: skip
    known = {(b.model, b.object_id, b.is_delete) for b in backlog}
    IndexBacklog.objects.bulk_create(
        IndexBacklog(model=model, object_id=pk, is_delete=is_delete)
        for model, ids, is_delete in (
            ("article", articles, False),
            ("quote", quotes, False),
            ("article", removed_articles, True),
            ("quote", removed_quotes, True),
        )  # fmt: skip
        for pk in ids
        if (model, pk, is_delete) not in known
    )
    return False


@dataclass
class ImportsOwn:
    """What an import's index helper knows of the index: articles and quotes from these ids on were
    made by the import, and none of them is indexed but the articles the helper wrote (with their
    quotes), as long as no other writer has committed since ``generation``. Its new documents then
    need no search for an older copy to delete. Once another writer is seen, it is None for good."""

    first_article: int
    first_quote: int
    generation: int | None
    indexed: set[int] = field(default_factory=set)

    @classmethod
    def now(cls) -> "ImportsOwn":
        """Taken by the importing process before it stores anything."""
        backend = connections["default"].get_backend()
        generation = None
        if hasattr(backend, "update_together"):
            backend.setup()
            generation = backend.index.refresh().latest_generation()
        top_article = Article.objects.aggregate(top=Max("id"))["top"] or 0
        top_quote = Quote.objects.aggregate(top=Max("id"))["top"] or 0
        return cls(top_article + 1, top_quote + 1, generation)

    def unindexed(self, articles, quotes_of):
        from search.backends import Unindexed

        if self.generation is None:
            return None
        new = {get_identifier_of(Article, a) for a in articles if a >= self.first_article and a not in self.indexed}
        new |= {get_identifier_of(Quote, q) for q, a in quotes_of if q >= self.first_quote and a not in self.indexed}
        return Unindexed(frozenset(new), self.generation)

    def wrote(self, generation: int | None, articles) -> None:
        self.indexed |= articles
        if self.generation is not None and generation is not None:
            self.generation = generation if generation == self.generation + 1 else None


def index_backlogged_articles(since, at_least: int = 1, most: int = 1000, own: ImportsOwn | None = None) -> set[int]:
    """Index the articles (and their quotes) an import wrote down since ``since``, once at least
    ``at_least`` are waiting, and only then delete their backlog rows; the ids of those indexed.
    Removals and older rows (a dead import's, whose quote documents need a check) are left to
    apply()."""
    rows = list(
        IndexBacklog.objects.filter(model="article", is_delete=False, created_at__gte=since)
        .order_by("id")
        .values_list("id", "object_id")[:most]
    )
    if not rows or len(rows) < at_least:
        return set()
    articles = {a for _, a in rows}
    quotes_of = _values(Quote.objects, "article_id", articles, "id", "article_id")
    unindexed = own.unindexed(articles, quotes_of) if own else None
    written = []
    if not _with_lock_retry(lambda: written.append(_write(articles, {q for q, _ in quotes_of}, unindexed))):
        return set()
    if own:
        own.wrote(written[0], articles)
    for chunk in chunks([pk for pk, _ in rows]):
        IndexBacklog.objects.filter(id__in=chunk).delete()
    return articles


def get_identifier_of(model, pk) -> str:
    """The search engine's id of a document ("archive.quote.7"): haystack's get_identifier(),
    without the object."""
    return f"{get_model_ct(model)}.{pk}"


def _write(articles, quotes, unindexed=None) -> int | None:
    """(Re-)index these articles and quotes as the database holds them now; with the archive's
    Whoosh backend, in one commit, whose generation is returned."""
    connection = connections["default"]
    backend, unified = connection.get_backend(), connection.get_unified_index()
    work = [
        (index, _objects(index.index_queryset(), ids))
        for model, ids in ((Article, articles), (Quote, quotes))
        if ids and (index := unified.get_index(model))
    ]
    if hasattr(backend, "update_together"):
        return backend.update_together(work, unindexed=unindexed)
    for index, objects in work:
        backend.update(index, objects)
    return None


# Ids per query: an import of many thousand articles must not meet SQLite's limit on variables.
CHUNK = 500


def chunks(ids) -> list[list]:
    """``ids`` sorted, in lists short enough for any database's limit on query variables."""
    ordered = sorted(ids)
    return [ordered[start : start + CHUNK] for start in range(0, len(ordered), CHUNK)]


def _objects(queryset, ids):
    """The objects with these ids, read a chunk at a time."""
    for chunk in chunks(ids):
        yield from queryset.filter(id__in=chunk)


def _values(queryset, field: str, ids, *columns):
    """``queryset.filter(<field>__in=ids).values_list(*columns)``, a chunk of ids at a time."""
    found = []
    for chunk in chunks(ids):
        found.extend(queryset.filter(**{f"{field}__in": chunk}).values_list(*columns))
    return found


def _expand(work: dict[str, set]) -> tuple[set, set]:
    """Articles and quotes to re-index for what changed: an article brings its quotes, a person
    the articles naming them and the quotes they said, an outlet or topic its articles."""
    articles, quotes = set(work["article"]), set(work["quote"])
    if work["person"]:
        articles |= {a for (a,) in _values(Mention.objects, "person_id", work["person"], "article_id")}
        said = _values(Quote.objects, "speaker_id", work["person"], "id", "article_id")
        quotes |= {q for q, _ in said}
        articles |= {a for _, a in said}
    if work["outlet"]:
        articles |= {a for (a,) in _values(Article.objects, "outlet_id", work["outlet"], "id")}
    if work["topic"]:
        articles |= set(
            Article.topics.through.objects.filter(topic_id__in=work["topic"]).values_list("article_id", flat=True)
        )
    articles -= work["article-"]
    quotes |= {q for (q,) in _values(Quote.objects, "article_id", articles, "id")}
    return articles, quotes - work["quote-"]


def flush() -> None:
    pending = _pending()
    if not any(pending.values()) and not IndexBacklog.objects.exists():
        return
    work = {kind: set(ids) for kind, ids in pending.items()}
    for ids in pending.values():
        ids.clear()
    articles, quotes = _expand(work)
    apply(articles=articles, quotes=quotes, removed_articles=work["article-"], removed_quotes=work["quote-"])


class LiveIndexProcessor(BaseSignalProcessor):
    """haystack signal processor: what changed in the archive is in search once it commits."""

    models = (Article, Quote, Person, Outlet, Topic, Mention)

    def setup(self):
        for model in self.models:
            signals.post_save.connect(self.saved, sender=model)
            signals.post_delete.connect(self.deleted, sender=model)
        # relations that go without a save of their own: topic tags, SET_NULL speakers, topic deletion
        signals.m2m_changed.connect(self.tags_changed, sender=Article.topics.through)
        signals.pre_delete.connect(self.before_delete, sender=Person)
        signals.pre_delete.connect(self.before_delete, sender=Topic)

    def teardown(self):
        for model in self.models:
            signals.post_save.disconnect(self.saved, sender=model)
            signals.post_delete.disconnect(self.deleted, sender=model)
        signals.m2m_changed.disconnect(self.tags_changed, sender=Article.topics.through)
        signals.pre_delete.disconnect(self.before_delete, sender=Person)
        signals.pre_delete.disconnect(self.before_delete, sender=Topic)

    def tags_changed(self, sender, instance, action, pk_set, **kwargs):
        if action in ("post_add", "post_remove", "post_clear"):
            _mark("article", [instance.pk] if isinstance(instance, Article) else list(pk_set or []))

    def saved(self, sender, instance, created=False, **kwargs):
        if created and sender in (Person, Outlet, Topic):
            return  # nothing names it yet: the mentions, quotes and tags that will are marked themselves
        self._affected(sender, instance, deleted=False)

    def deleted(self, sender, instance, **kwargs):
        self._affected(sender, instance, deleted=True)

    def _affected(self, sender, instance, deleted):
        """Note what changed; which documents that touches is worked out when the work is flushed."""
        if sender is Article:
            _mark("article-" if deleted else "article", [instance.pk])
        elif sender is Quote:
            _mark("quote-" if deleted else "quote", [instance.pk])
            _mark("article", [instance.article_id])
        elif sender is Mention:
            _mark("article", [instance.article_id])
        elif sender is Person:
            _mark("person", [instance.pk])
        elif sender is Outlet:
            _mark("outlet", [instance.pk])
        elif sender is Topic:
            _mark("topic", [instance.pk])

    def before_delete(self, sender, instance, **kwargs):
        """Relations are gone after the delete, so find the documents now."""
        work = {kind: set() for kind in _pending()}
        work[sender._meta.model_name].add(instance.pk)
        articles, quotes = _expand(work)
        _mark("article", articles)
        _mark("quote", quotes)
