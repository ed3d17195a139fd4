"""rebuild_search: build a fresh search index beside the live one and swap it in."""

from django.core.management.base import BaseCommand

from archive.locking import run_exclusively
from search.backends import segments_read_unmapped
from search.rebuild import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index from the database without emptying search while it runs."

    def handle(self, *args, **options):
        run_exclusively(lambda: self._run(options))

    def _run(self, options):
        with segments_read_unmapped():
            counts = rebuild()
        self.stdout.write("Search index rebuilt: " + ", ".join(f"{n} {kind}(s)" for kind, n in counts.items()) + ".")
