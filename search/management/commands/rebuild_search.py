"""rebuild_search: build a fresh search index beside the live one and swap it in."""

from django.core.management.base import BaseCommand

from search.rebuild import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index from the database without emptying search while it runs."

    def handle(self, *args, **options):
        counts = rebuild()
        self.stdout.write("Search index rebuilt: " + ", ".join(f"{n} {kind}(s)" for kind, n in counts.items()) + ".")
