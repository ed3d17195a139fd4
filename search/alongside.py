"""The search index written by a process of its own while an import stores articles.

An import writes down each stored article in IndexBacklog, in the same transaction as the article
(so a kill -9 loses nothing). Without help, all of them are indexed at the end, in the importing
process, one core doing everything. With a large import, a second process indexes the committed
ones while the import goes on, on the other core; the import's own flush at the end does what is
left (the last articles, removed quotes, a dead helper's share). The helper deletes a backlog row
only after the index holds the article, so a crash of either process leaves the work on disk.
"""

import dataclasses
import logging
import multiprocessing
import os
from datetime import datetime

from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)

# The helper starts only for an import of this many files: starting it (a fresh interpreter with
# Django and the search engine) takes a second or two of the other core.
ALONGSIDE_FROM = 100
POLL_SECONDS = 0.5


class IndexAlongside:
    """``with IndexAlongside(files, since):`` — the helper runs for the block (if it is worth it
    and possible); ``indexed`` then says how many articles it indexed."""

    def __init__(self, files: int, since: datetime):
        self.files, self.since = files, since
        self.process = None
        self.indexed = 0

    def _possible(self) -> bool:
        from search import live

        return (
            self.files >= ALONGSIDE_FROM
            and settings.CLIPPINGS_IMPORT_WORKERS > 0
            and live.is_deferred()
            # another process cannot see an in-memory database (the test suite's)
            and not (connection.vendor == "sqlite" and connection.is_in_memory_db())
        )

    def __enter__(self):
        if not self._possible():
            return self
        from search import live

        spawn = multiprocessing.get_context("spawn")  # never fork a process holding open connections
        self._pipe, child_end = spawn.Pipe()
        self.process = spawn.Process(
            target=_serve,
            args=(
                child_end,
                dict(connection.settings_dict),
                dict(settings.HAYSTACK_CONNECTIONS),
                self.since,
                batch_for(self.files),
                # plain values: the helper unpickles its arguments before Django is set up
                dataclasses.asdict(live.ImportsOwn.now()),
            ),
            name="clippings-indexer",
        )
        self.process.start()
        child_end.close()
        live.set_shared_backlog(True)
        return self

    def __exit__(self, *exc_info):
        if self.process is None:
            return
        from search import live

        live.set_shared_backlog(False)
        try:
            self._pipe.send("stop")
            # it indexes what is committed, then answers; whatever it leaves, the flush does
            if self._pipe.poll(3600):
                self.indexed = self._pipe.recv()
        except (EOFError, OSError):
            logger.warning("the indexing helper stopped early; the import indexes the rest itself")
        self.process.join()
        self._pipe.close()
        if self.process.exitcode:
            logger.warning("the search index helper exited with status %s", self.process.exitcode)


def batch_for(files: int) -> int:
    """Articles the helper waits for before an index commit: CLIPPINGS_INDEX_HELPER_BATCH, or an
    eighth of the import when that is fewer (a smaller import's last batch would otherwise be
    written alone at the end, with the other core idle)."""
    return min(settings.CLIPPINGS_INDEX_HELPER_BATCH, max(ALONGSIDE_FROM, files // 8))


def _serve(pipe, database: dict, search_connections: dict, since: datetime, batch: int, own: dict) -> None:
    """The helper process: index committed backlog articles until told to stop (or the import dies)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    # the importing process's database and index, even where its settings were changed at run time
    settings.DATABASES["default"].update(database)
    settings.HAYSTACK_CONNECTIONS.clear()
    settings.HAYSTACK_CONNECTIONS.update(search_connections)
    from search import backends, live

    own = live.ImportsOwn(**own)
    indexed: set[int] = set()
    try:
        with backends.segments_read_unmapped():
            while True:
                done = live.index_backlogged_articles(since, at_least=batch, own=own)
                indexed |= done
                if done:
                    continue
                if pipe.poll(POLL_SECONDS):
                    pipe.recv()  # "stop": the import is over; index all that is committed and answer
                    while done := live.index_backlogged_articles(since, at_least=1, own=own):
                        indexed |= done
                    pipe.send(len(indexed))
                    return
    except (EOFError, BrokenPipeError):
        return  # the import died (kill -9): its backlog waits for the next run
    except Exception:
        logger.exception("the search index helper failed; the import indexes the rest itself")
        raise
