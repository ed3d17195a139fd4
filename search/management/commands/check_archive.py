"""check_archive [--repair]: database against search index, and every raw file against its sha256."""

import sys

from django.core.management.base import BaseCommand

from search.consistency import check


class Command(BaseCommand):
    help = "Compare the database with the search index (missing, stale, ghost documents) and verify raw files."

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true", help="re-index what is missing or stale, drop ghosts")

    def handle(self, *args, **options):
        report = check(repair=options["repair"])
        for kind, diff in (("articles", report.articles), ("quotes", report.quotes)):
            self.stdout.write(
                f"{kind}: {diff.in_database} in the database, {diff.in_index} in the index; "
                f"{len(diff.missing)} missing, {len(diff.stale)} stale, {len(diff.ghosts)} ghost"
            )
            for label, ids in (("missing", diff.missing), ("stale", diff.stale), ("ghost", diff.ghosts)):
                if ids:
                    self.stdout.write(f"  {label} {kind[:-1]} ids: {', '.join(map(str, sorted(ids)[:20]))}")
        self.stdout.write(f"raw files: {report.raw_checked} checked, {len(report.raw_bad)} damaged")
        for path, reason in report.raw_bad:
            self.stdout.write(f"  damaged: {path}: {reason}")
        if options["repair"] and report.total:
            repaired = report.articles.total + report.quotes.total
            self.stdout.write(f"Repaired {repaired} index difference(s); damaged raw files cannot be repaired.")
            after = check()
            self.stdout.write(f"{after.total} differences after repair.")
            if after.total:
                sys.exit(1)
            return
        self.stdout.write(f"{report.total} differences.")
        if report.total:
            sys.exit(1)
