# Clippings: the verbs a newcomer needs. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000

.PHONY: install run test test-postgres bench lint format migrate seed index clean chromium

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput -v 0

seed: migrate
	$(PY) manage.py import_articles seeds/

index: migrate
	$(PY) manage.py rebuild_search

run: seed index
	@echo "Clippings is at http://$(HOST)/ (admin: http://$(HOST)/admin/, create a login with: $(PY) manage.py createsuperuser)"
	$(PY) manage.py runserver --insecure $(HOST)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# The browser tests drive Debian's Chromium (never a downloaded browser build).
chromium:
	@command -v chromium >/dev/null 2>&1 || { echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: install lint chromium
	$(PY) manage.py check
	CLIPPINGS_DATA_DIR=$$(mktemp -d) $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest

# The same suite on PostgreSQL (Debian's, started on a private socket for the run).
test-postgres: install chromium
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	scripts/with-postgres $(PY) -m pytest

# Import, index and search a generated corpus beside SQLite FTS5; ARTICLES=500 for a quick run.
ARTICLES ?= 10000
bench: install
	$(PY) bench/run.py --articles $(ARTICLES)

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
