"""export_archive [--output FILE]: the archive as JSON Lines (standard output by default)."""

from django.core.management.base import BaseCommand, CommandError

from archive.export import export_lines


class Command(BaseCommand):
    help = "Export every article as JSON Lines, one per line, in import order."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args, **options):
        target = options["output"]
        if not target:
            for line in export_lines():
                self.stdout.write(line)
            return
        try:
            with open(target, "w", encoding="utf-8") as handle:
                count = 0
                for line in export_lines():
                    handle.write(line + "\n")
                    count += 1
        except OSError as exc:
            raise CommandError(f"cannot write {target}: {exc.strerror or exc}") from exc
        self.stderr.write(f"Exported {count} article(s) to {target}.")
