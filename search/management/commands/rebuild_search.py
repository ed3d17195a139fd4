"""rebuild_search: build a fresh search index beside the live one and swap it in."""

from django.core.management.base import BaseCommand, CommandError

from archive.locking import ArchiveBusy, archive_lock
from search.rebuild import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index from the database without emptying search while it runs."

    def handle(self, *args, **options):
        try:
            with archive_lock(60.0):
                self._run(options)
        except ArchiveBusy as exc:
            raise CommandError(str(exc)) from None

    def _run(self, options):
        counts = rebuild()
        self.stdout.write("Search index rebuilt: " + ", ".join(f"{n} {kind}(s)" for kind, n in counts.items()) + ".")
