"""An import killed with SIGKILL half-way, then run again, converges: no half article, no duplicate,
the search index holds exactly what the database holds. Runs real processes on a scratch archive."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from ..conftest import ROOT, SEEDS

FILES = 120


def archive_env(data_dir) -> dict:
    """The environment of an archive of its own in ``data_dir`` (SQLite there, even on a run whose
    DATABASE_URL names the test server: the killed import must not touch that database)."""
    env = {**os.environ, "CLIPPINGS_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    return env


def manage(data_dir, *args, timeout=300, env=None):
    env = {**archive_env(data_dir), **(env or {})}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)  # fmt: skip


def count(db, sql):
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for n in range(FILES):
        text = seeds[n % len(seeds)].read_text(encoding="utf-8")
        # each copy unique: a different headline and a closing line of its own
        text = text.replace("\n", f" (edition {n})\n", 1)
        text += f"\n\nThis edition number {n} closes the article with a unique sentence.\n"
        (folder / f"article_{n:03}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.whoosh_only
def test_kill_9_mid_import_then_rerun_converges(tmp_path, corpus):
    data = tmp_path / "data"
    assert manage(data, "migrate", "-v", "0").returncode == 0
    db = data / "clippings.sqlite3"
    env = archive_env(data)
    proc = subprocess.Popen([sys.executable, "manage.py", "import_articles", str(corpus)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            if count(db, "select count(*) from archive_article") >= 15:
                break
        except sqlite3.OperationalError:
            continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = count(db, "select count(*) from archive_article")
    assert 0 < killed_at < FILES, "the kill should land mid-import"

    rerun = manage(data, "import_articles", str(corpus))
    assert rerun.returncode == 0, rerun.stderr
    assert count(db, "select count(*) from archive_article") == FILES
    assert count(db, "select count(distinct sha256) from archive_sourcedocument") == FILES
    assert count(db, "select count(*) from archive_article where body = '' or title = ''") == 0
    assert count(db, "select count(*) from archive_indexbacklog") == 0, rerun.stderr
    check = manage(data, "check_archive")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 differences" in check.stdout
