"""Shared fixtures: a private search index per test, the seed folder, and a command runner."""

import io
import os
import shutil
import uuid
from pathlib import Path

import haystack
import pytest
from django.core.management import call_command

from config.settings import search_connection

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


# The suite runs on Whoosh; SEARCH_URL=elasticsearch://… or solr://… runs it on that server instead
# (each test on an emptied index), leaving out the tests marked whoosh_only.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
ON_SEARCH_SERVER = bool(SEARCH_URL) and not SEARCH_URL.startswith("whoosh:")


@pytest.fixture(autouse=True)
def search_index(tmp_path, settings, request):
    """Point haystack at an empty Whoosh index in the test's own folder (or an emptied server index)."""
    if ON_SEARCH_SERVER:
        if request.node.get_closest_marker("whoosh_only"):
            pytest.skip("needs the Whoosh engine; SEARCH_URL names a search server")
        connection = search_connection(SEARCH_URL)
        if "INDEX_NAME" in connection:
            connection["INDEX_NAME"] = f"{connection['INDEX_NAME']}_test_{uuid.uuid4().hex[:8]}"
        settings.HAYSTACK_CONNECTIONS = {"default": connection}
    else:
        settings.HAYSTACK_CONNECTIONS = {"default": search_connection(f"whoosh://{tmp_path / 'whoosh_index'}")}
    haystack.connections.connections_info = settings.HAYSTACK_CONNECTIONS
    haystack.connections.reload("default")
    if ON_SEARCH_SERVER:
        haystack.connections["default"].get_backend().clear()
    yield None if ON_SEARCH_SERVER else tmp_path / "whoosh_index"
    if ON_SEARCH_SERVER:
        haystack.connections["default"].get_backend().clear()
    haystack.connections.reload("default")


@pytest.fixture(autouse=True)
def imports_at_normal_priority(settings):
    """Tests import inside the test process: lowering its priority would last for the rest of the run."""
    settings.CLIPPINGS_IMPORT_NICENESS = 0


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
