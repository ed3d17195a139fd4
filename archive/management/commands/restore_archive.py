"""restore_archive EXPORT.jsonl [--sources DIR]: rebuild an archive from an export and its raw files."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.locking import ArchiveBusy, archive_lock
from archive.restore import BadExport, restore
from search.live import deferred


class Command(BaseCommand):
    help = (
        "Restore articles, people, quotes, topics and every archivist's correction from an export_archive "
        "file and the raw files it names (looked up under --sources, then as written)."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", type=Path)
        parser.add_argument("--sources", type=Path, help="folder holding the raw files")

    def handle(self, *args, **options):
        if not options["export"].is_file():
            raise CommandError(f"no such export file: {options['export']}")
        try:
            with archive_lock(60.0), deferred():
                results = restore(options["export"], options["sources"])
        except (ArchiveBusy, BadExport) as exc:
            raise CommandError(str(exc)) from None
        failed = [r for r in results if r.status == "failed"]
        for result in failed:
            self.stderr.write(f"failed: {result.path}: {result.reason}")
        self.stdout.write(f"Restored {len(results) - len(failed)} of {len(results)} article(s).")
        if failed:
            sys.exit(1)
