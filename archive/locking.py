"""One bulk writer at a time: imports, re-extractions and index rebuilds take the archive lock.

An advisory lock on a file in CLIPPINGS_DATA_DIR, released by the operating system when the
process ends however it ends (kill -9 included), so a crash never leaves the archive locked.
"""

import fcntl
import os
import time
from contextlib import contextmanager

from django.conf import settings


class ArchiveBusy(Exception):
    """Another bulk job holds the archive."""


@contextmanager
def archive_lock(wait_seconds: float = 600.0, on_wait=None):
    path = settings.DATA_DIR / "archive.lock"
    handle = open(path, "a+")
    deadline = time.monotonic() + wait_seconds
    told = False
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ArchiveBusy(
                        "the archive is busy: another import, re-extraction or index rebuild is running"
                    ) from None
                if on_wait and not told:
                    on_wait()
                    told = True
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock


def run_exclusively(work, wait_seconds: float = 60.0):
    """Run a management command's ``work`` under the archive lock; busy becomes a CommandError."""
    from django.core.management.base import CommandError

    try:
        with archive_lock(wait_seconds):
            return work()
    except ArchiveBusy as exc:
        raise CommandError(str(exc)) from None
