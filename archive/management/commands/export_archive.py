"""export_archive [--output FILE]: the archive as JSON Lines (standard output by default)."""

import sys

from django.core.management.base import BaseCommand, CommandError

from archive.export import export_lines


class Command(BaseCommand):
    help = "Export every article as JSON Lines, one per line, in import order."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args, **options):
        target = options["output"]
        try:
            handle = open(target, "w", encoding="utf-8") if target else sys.stdout
        except OSError as exc:
            raise CommandError(f"cannot write {target}: {exc.strerror or exc}") from exc
        count = 0
        try:
            for line in export_lines():
                handle.write(line + "\n")
                count += 1
        finally:
            if target:
                handle.close()
        if target:
            self.stderr.write(f"Exported {count} article(s) to {target}.")
