"""import_articles PATH [PATH ...]: import scraped article files and folders into the archive."""

import os
import sys
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Max

from archive.ingest import import_paths
from archive.locking import ArchiveBusy, archive_lock
from archive.models import Person
from search.alongside import IndexAlongside
from search.backends import segments_read_unmapped
from search.duplicates import link_near_duplicates
from search.live import deferred
from search.people import relink_new_people

ORDER = ("created", "updated", "unchanged", "skipped", "failed")


class Command(BaseCommand):
    help = "Import scraped article files (folders are read recursively). Exit status 1 when any file failed."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders to import")
        parser.add_argument(
            "--wait", type=float, default=600.0, metavar="SECONDS",
            help="how long to wait while another import holds the archive (default 600)",
        )  # fmt: skip

    def handle(self, *args, **options):
        lower_priority(settings.CLIPPINGS_IMPORT_NICENESS)
        try:
            with (
                archive_lock(
                    options["wait"], on_wait=lambda: self.stderr.write("Waiting for another import to finish…")
                ),
                segments_read_unmapped(),
            ):
                self._import(options)
        except ArchiveBusy as exc:
            self.stderr.write(f"error: {exc}; try again later.")
            sys.exit(1)

    def _import(self, options):
        bar = sys.stderr.isatty() and options["verbosity"] >= 1
        last_person = Person.objects.aggregate(last=Max("id"))["last"] or 0
        results = []
        helpers = []

        def alongside(files, started):
            helpers.append(IndexAlongside(files, since=started))
            return helpers[-1]

        try:
            with deferred():  # one index write for the whole import (a large one: mostly by a helper)
                results = import_paths(
                    options["paths"],
                    progress=self._draw_progress if bar else None,
                    alongside=alongside,
                    # each article is linked to the stories it repeats as it is stored, while the index
                    # helper works on the other core (after the import, that pass ran alone: 8.5 of
                    # the 69 minutes of a 100,000-article import)
                    stored=link_near_duplicates,
                )
        except Exception as exc:  # the articles are stored; only the index is behind
            self.stderr.write(f"warning: search index not updated ({exc}); run: python manage.py update_index")
        if bar:
            sys.stderr.write("\r\033[K")
        counts = Counter(r.status for r in results)
        try:
            with deferred():
                relink_new_people(Person.objects.filter(id__gt=last_person).values_list("id", flat=True))
        except Exception as exc:  # the articles are stored; only the index is behind
            self.stderr.write(f"warning: search index not updated ({exc}); run: python manage.py update_index")
        for result in results:
            if result.status == "failed":
                self.stderr.write(f"failed: {result.path}: {result.reason}")
            elif options["verbosity"] >= 2 or (result.status == "skipped" and options["verbosity"] >= 1):
                note = f" ({result.reason})" if result.reason else ""
                self.stdout.write(f"{result.status}: {result.path}{note}")
        if helpers and helpers[0].indexed and options["verbosity"] >= 2:
            self.stdout.write(
                f"Search index: {helpers[0].indexed} article(s) indexed by a second process during the import."
            )
        summary = ", ".join(f"{counts[s]} {s}" for s in ORDER if counts[s] or s != "skipped")
        pages = sum(len(r.pages) for r in results)
        files = len(results) - pages
        within = f" and {pages} web-archive page(s)" if pages else ""
        self.stdout.write(f"Imported {files} file(s){within}: {summary}.")
        if counts["failed"]:
            sys.exit(1)

    def _draw_progress(self, n, total, name):
        width = 30
        done = int(width * n / max(total, 1))
        shown = name if len(name) <= 50 else "…" + name[-49:]
        sys.stderr.write(f"\r\033[K[{'#' * done}{'.' * (width - done)}] {n}/{total} {shown}")
        sys.stderr.flush()


def lower_priority(niceness: int) -> None:
    """Run this process (and the workers and index helper it starts, which inherit it) ``niceness``
    steps below normal CPU priority. At the lowest, 19, Linux's idle policy as well: at nice 19 a
    reader woken on a busy core still waited for the import's time slice to end (8 readers got 63
    requests/s while an import ran, 86 under the idle policy, 102 with no import)."""
    if niceness <= 0 or not hasattr(os, "nice"):
        return
    os.nice(niceness)
    if niceness >= LOWEST_NICENESS and hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        except OSError:  # not allowed here (a container's seccomp rules): nice 19 alone
            pass


LOWEST_NICENESS = 19
