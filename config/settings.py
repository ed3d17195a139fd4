"""Clippings settings: one file, every knob read from the environment with a laptop default."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no, on/off)")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DATA_DIR = Path(env_str("CLIPPINGS_DATA_DIR", str(BASE_DIR / "var"))).resolve()
# "development" (the default: runs on a laptop as it is) or "production" (refuses unsafe settings).
ENVIRONMENT = env_str("CLIPPINGS_ENV", "development")
if ENVIRONMENT not in ("development", "production"):
    raise ImproperlyConfigured(f"CLIPPINGS_ENV={ENVIRONMENT!r}: use development or production")
IS_PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("CLIPPINGS_DEBUG", False) and not IS_PRODUCTION
SECRET_KEY = env_str("CLIPPINGS_SECRET_KEY", "" if IS_PRODUCTION else "insecure-development-key-not-for-production")
ALLOWED_HOSTS = env_list(
    "CLIPPINGS_ALLOWED_HOSTS", [] if IS_PRODUCTION else ["127.0.0.1", "localhost", "[::1]", "testserver"]
)
if IS_PRODUCTION:
    if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure"):
        raise ImproperlyConfigured("production needs CLIPPINGS_SECRET_KEY: 50 or more random characters")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("production needs CLIPPINGS_ALLOWED_HOSTS, e.g. archive.example.org")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("CLIPPINGS_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("CLIPPINGS_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env_bool("CLIPPINGS_BEHIND_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
# Pages carry no scripts and only our own stylesheet; the admin needs inline styles.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
ADMIN_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

# Files larger than this are refused by the importer (bytes).
CLIPPINGS_MAX_FILE_BYTES = env_int("CLIPPINGS_MAX_FILE_BYTES", 20 * 1024 * 1024)
# Web archives hold many pages in one file, so they get a cap of their own.
CLIPPINGS_MAX_WARC_BYTES = env_int("CLIPPINGS_MAX_WARC_BYTES", 500 * 1024 * 1024)
# Processes that read and extract files while the importing process stores them (0: none, all
# in the importing process, and no search index helper either). Default: one per CPU core but
# the one a large import's search index helper (search/alongside.py) keeps busy.
CLIPPINGS_IMPORT_WORKERS = env_int("CLIPPINGS_IMPORT_WORKERS", max(1, (os.cpu_count() or 1) - 1))
# An import (and the processes it starts) runs this much below normal CPU priority (nice; 19, the
# lowest, by default): pages stay quick for readers while it works (at 10,000 articles, 8 readers
# got 25 pages a second during an import at normal priority, 93 at 19), and on an otherwise idle
# machine it is as fast. 0: off.
CLIPPINGS_IMPORT_NICENESS = env_int("CLIPPINGS_IMPORT_NICENESS", 19)
# Articles the search index helper waits for before an index commit (it takes up to 1,000 at once;
# an import of fewer than 8 times this many files, an eighth of them, but at least 100).
# Fewer: more, smaller segments, and each word's posting list written once per segment: indexing
# 3,000 stored articles 250 at a time cost 13.0 ms of CPU an article, 750 at a time 11.4, 1,000 at
# a time 10.5; past about 1,000 Whoosh's 128 MB posting pool spills to disk and it costs more.
CLIPPINGS_INDEX_HELPER_BATCH = env_int("CLIPPINGS_INDEX_HELPER_BATCH", 750)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "haystack",
    "archive",
    "search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite in the data folder by default; DATABASE_URL (postgres://user:password@host:port/name, or
# postgres://user@/name?host=/socket/dir) moves the archive to PostgreSQL with no code change.
DATABASE_URL = env_str("DATABASE_URL", "")
if DATABASE_URL:
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "clippings.sqlite3",
            # one connection per web worker, kept between requests: opening the file and setting
            # up WAL for every request cost more than the queries of a person page
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
            # WAL: readers never wait for an import's writes, and a commit is not an fsync of its
            # own (a crash loses no committed data; a power cut may lose the last commits, which a
            # re-import redoes). IMMEDIATE: a writer takes the lock when it starts, so two writers
            # queue instead of failing with "database is locked" halfway through.
            "OPTIONS": {
                "timeout": 30,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def search_connection(url: str) -> dict:
    """haystack's connection for SEARCH_URL: whoosh:///folder (the default: whoosh_index in the
    data folder), elasticsearch://host:9200/index (https: elasticsearchs://) or
    solr://host:8983/solr/core (https: solrs://). Nothing else in the code names the engine."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    # Errors must reach our code, which retries them; haystack would only log them.
    common = {"INCLUDE_SPELLING": True, "SILENTLY_FAIL": False}
    if parts.scheme == "whoosh":
        return {"ENGINE": "search.backends.ExactFacetWhooshEngine", "PATH": parts.path, **common}
    web = "https" if parts.scheme.endswith("s") else "http"
    if parts.scheme in ("elasticsearch", "elasticsearchs"):
        index = parts.path.strip("/") or "clippings"
        return {
            "ENGINE": "haystack.backends.elasticsearch7_backend.Elasticsearch7SearchEngine",
            "URL": f"{web}://{parts.netloc}/",
            "INDEX_NAME": index,
            **common,
        }
    if parts.scheme in ("solr", "solrs"):
        return {
            "ENGINE": "haystack.backends.solr_backend.SolrEngine",
            "URL": f"{web}://{parts.netloc}{parts.path}",
            **common,
        }
    raise ImproperlyConfigured(
        f"SEARCH_URL={url!r}: use whoosh:///folder, elasticsearch://host:port/index or solr://host:port/solr/core"
    )


SEARCH_URL = env_str("SEARCH_URL", f"whoosh://{DATA_DIR / 'whoosh_index'}")
HAYSTACK_CONNECTIONS = {"default": search_connection(SEARCH_URL)}
# Saves and deletes reach the index when their transaction commits (search/live.py).
HAYSTACK_SIGNAL_PROCESSOR = "search.live.LiveIndexProcessor"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
# English only, nothing translated: without the machinery, each date and number a page shows
# costs no lookup of the active language
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("CLIPPINGS_LOG_LEVEL", "WARNING")},
    # trafilatura and htmldate log every page they find too short at WARNING; the importer
    # reports what matters to the user itself.
    "loggers": {name: {"level": "ERROR"} for name in ("trafilatura", "htmldate", "courlan")},
}

DATA_DIR.mkdir(parents=True, exist_ok=True)
