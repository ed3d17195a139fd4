"""Shared fixtures: a private search index per test, the seed folder, and a command runner."""

import io
import shutil
from pathlib import Path

import haystack
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def search_index(tmp_path, settings):
    """Point haystack at an empty Whoosh index in the test's own folder."""
    path = tmp_path / "whoosh_index"
    settings.HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "search.backends.ExactFacetWhooshEngine",
            "PATH": str(path),
            "INCLUDE_SPELLING": True,
            "SILENTLY_FAIL": False,
        }
    }
    haystack.connections.connections_info = settings.HAYSTACK_CONNECTIONS
    haystack.connections.reload("default")
    yield path
    haystack.connections.reload("default")


@pytest.fixture
def seed_dir(tmp_path):
    """A copy of the five seed files the test may change."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def run_command(*args, **kwargs):
    """Run a management command; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command(*args, stdout=out, stderr=err, **kwargs)
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def imported_seeds(db, seed_dir):
    code, out, err = run_command("import_articles", str(seed_dir))
    assert code == 0, err
    return seed_dir
