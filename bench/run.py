"""End-to-end benchmark: import a generated corpus, then search it, beside SQLite FTS5 as the reference.

    python bench/run.py [--articles N] [--queries Q] [--seed S] [--keep DIR] [--rebuild]

One process run: generates the corpus (not timed), imports it with ``import_articles`` into a
fresh data directory (extraction + database + live index: the throughput users feel;
``index_seconds`` is the part of it spent writing the search index), optionally times a full
``rebuild_search`` (``--rebuild``: ``rebuild_seconds``), then sends a fixed set of queries — single
words, two words, phrases, with and without facet filters, articles and quotes — through the real
search view, and the same queries to an FTS5 table of the same articles. The last line printed
is one JSON object with the figures.
"""

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def _rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def make_queries(articles: list, count: int, seed: int) -> list[dict]:
    """A fixed mix: words, pairs, phrases; a third with a facet filter; a quarter on quotes."""
    from django.utils.text import slugify

    rng = random.Random(seed)
    queries = []
    for n in range(count):
        article = rng.choice(articles)
        # words as people search for them: a word of the article (not "the" or "with"), drawn as
        # often as the article uses it; a phrase is two such words that stand side by side in it
        tokens = article.body.split()
        words = [w.strip(".,:;“”").lower() for w in tokens]
        content = [w for w in words if len(w) > 3 and w not in corpus.FUNCTION_WORDS]
        usable = set(content)
        shape = n % 3
        if shape == 0:
            q = rng.choice(content)
        elif shape == 1:
            q = f"{rng.choice(content)} {rng.choice(content)}"
        else:
            pairs = [
                (a, b)
                for raw, a, b in zip(tokens, words, words[1:], strict=False)
                if raw[-1].isalpha() and a in usable and b in usable
            ]
            q = '"{} {}"'.format(*rng.choice(pairs))
        params = {"q": q}
        facet = n % 6
        if facet == 1:
            params["outlet"] = slugify(article.outlet)
        elif facet == 3:
            params["person"] = slugify(rng.choice(article.people))
        elif facet == 5 and article.topics:
            params["topic"] = slugify(article.topics[0])
        elif facet == 4:
            params["year"] = str(article.published.year)
        if n % 4 == 3:
            params["kind"] = "quotes"
        queries.append(params)
    return queries


def fts5_reference(articles: list, queries: list[dict], folder: Path) -> dict:
    """The same articles and queries on SQLite FTS5 (with the facet filters as columns and the
    facet counts as GROUP BY), timed the same way."""
    from django.utils.text import slugify

    (folder / "fts5.sqlite3").unlink(missing_ok=True)
    db = sqlite3.connect(folder / "fts5.sqlite3")
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, outlet UNINDEXED, year UNINDEXED, people UNINDEXED, topics UNINDEXED)"
    )
    started = time.perf_counter()
    db.executemany(
        "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)",
        (
            (a.title, a.body, slugify(a.outlet), str(a.published.year), " ".join(slugify(p) for p in a.people),
             " ".join(slugify(t) for t in a.topics))
            for a in articles
        ),
    )  # fmt: skip
    db.commit()
    index_seconds = time.perf_counter() - started
    timings = []
    for params in queries:
        terms = params["q"].replace('"', "")
        match = f'"{terms}"' if params["q"].startswith('"') else " AND ".join(f'"{t}"' for t in terms.split())
        where, args = ["docs MATCH ?"], [match]
        for facet, column in (("outlet", "outlet"), ("year", "year")):
            if facet in params:
                where.append(f"{column} = ?")
                args.append(params[facet])
        for facet, column in (("person", "people"), ("topic", "topics")):
            if facet in params:
                where.append(f"(' ' || {column} || ' ') LIKE ?")
                args.append(f"% {params[facet]} %")
        condition = " AND ".join(where)
        started = time.perf_counter()
        db.execute(
            f"SELECT rowid, snippet(docs, 1, '<mark>', '</mark>', '…', 20) FROM docs WHERE {condition} ORDER BY rank LIMIT 20",
            args,
        ).fetchall()  # noqa: E501
        db.execute(f"SELECT count(*) FROM docs WHERE {condition}", args).fetchone()
        db.execute(f"SELECT outlet, count(*) FROM docs WHERE {condition} GROUP BY outlet", args).fetchall()
        db.execute(f"SELECT year, count(*) FROM docs WHERE {condition} GROUP BY year", args).fetchall()
        timings.append((time.perf_counter() - started) * 1000)
    db.close()
    return {
        "index_seconds": index_seconds,
        "p50": statistics.median(timings),
        "p95": percentile(timings, 0.95),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=240)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--rebuild", action="store_true", help="also time a full rebuild_search afterwards")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="clippings-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    files, data = work / "corpus", work / "data"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    os.environ["CLIPPINGS_DATA_DIR"] = str(data)
    # the import runs in this process: at normal priority, or the searches timed after it would not be
    os.environ["CLIPPINGS_IMPORT_NICENESS"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    shutil.rmtree(files, ignore_errors=True)
    articles = corpus.generate(files, args.articles, args.seed)
    print(f"corpus: {len(articles)} articles in {files}", file=sys.stderr)
    call_command("migrate", verbosity=0)

    # the import's own index writing, timed where it happens (search.live.apply)
    from search import live

    index_timer = {"seconds": 0.0}
    apply = live.apply

    def timed_apply(*args, **kwargs):
        begun = time.perf_counter()
        try:
            return apply(*args, **kwargs)
        finally:
            index_timer["seconds"] += time.perf_counter() - begun

    live.apply = timed_apply
    started = time.perf_counter()
    call_command("import_articles", str(files), verbosity=0)
    import_seconds = time.perf_counter() - started
    live.apply = apply
    index_seconds = index_timer["seconds"]
    import_rss = _rss()
    print(f"import: {import_seconds:.1f} s ({index_seconds:.1f} s of it writing the index), "
          f"peak RSS so far {import_rss:.0f} MB", file=sys.stderr)  # fmt: skip

    rebuild_seconds = None
    if args.rebuild:
        started = time.perf_counter()
        call_command("rebuild_search", verbosity=0)
        rebuild_seconds = round(time.perf_counter() - started, 2)
        print(f"rebuild: {rebuild_seconds:.1f} s, peak RSS so far {_rss():.0f} MB", file=sys.stderr)

    setup_test_environment()
    client = Client()
    queries = make_queries(articles, args.queries, args.seed)
    client.get("/search/", {"q": "warm up"})
    timings, errors = [], 0
    for params in queries:
        started = time.perf_counter()
        response = client.get("/search/", params)
        timings.append((time.perf_counter() - started) * 1000)
        errors += response.status_code != 200
    reference = fts5_reference(articles, queries, work)
    from archive.models import Article, Quote

    result = {
        "articles": Article.objects.count(),
        "quotes": Quote.objects.count(),
        "import_seconds": round(import_seconds, 2),
        "import_articles_per_s": round(args.articles / import_seconds, 2),
        "index_seconds": round(index_seconds, 2),
        "rebuild_seconds": rebuild_seconds,
        "index_mb": round(folder_mb(data / "whoosh_index") if (data / "whoosh_index").exists() else folder_mb(data), 1),
        "peak_rss_mb": round(_rss(), 1),
        # the largest of the import's own processes (extraction workers, the search index helper)
        "peak_rss_helpers_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "queries": len(queries),
        "search_errors": errors,
        "search_p50_ms": round(statistics.median(timings), 2),
        "search_p95_ms": round(percentile(timings, 0.95), 2),
        "fts5_index_seconds": round(reference["index_seconds"], 2),
        "fts5_p50_ms": round(reference["p50"], 3),
        "fts5_p95_ms": round(reference["p95"], 3),
        "ratio_p95_vs_fts5": round(percentile(timings, 0.95) / max(reference["p95"], 1e-6), 1),
    }
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
