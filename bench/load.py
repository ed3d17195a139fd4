"""Load test: concurrent readers against gunicorn on 127.0.0.1, optionally while an import runs.

    python bench/load.py --data DIR [--clients 8] [--seconds 60] [--workers CORES] [--import-during FOLDER]

DIR is an archive's data folder (``bench/run.py --keep WORK`` leaves one in WORK/data). Each
client loops over a fixed mix — searches, facet clicks, article pages, person pages — until the
time is up; requests go to loopback only and stop by themselves. The last line printed is one
JSON object: requests, req/s, p50/p95 in ms and errors.
"""

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def url_pool(data: Path) -> dict[str, list[str]]:
    """Slugs of articles, people, outlets and topics in the archive, read through Django."""
    os.environ["CLIPPINGS_DATA_DIR"] = str(data)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from archive.models import Article, Outlet, Person, Topic

    return {
        "article": list(Article.objects.values_list("slug", flat=True)[:5000]),
        "person": list(Person.objects.values_list("slug", flat=True)[:5000]),
        "outlet": list(Outlet.objects.values_list("slug", flat=True)),
        "topic": list(Topic.objects.values_list("slug", flat=True)),
    }


def next_path(rng: random.Random, pool: dict[str, list[str]]) -> str:
    roll = rng.random()
    if roll < 0.35:
        return "/search/?" + urllib.parse.urlencode({"q": rng.choice(corpus.WORDS)})
    if roll < 0.6:  # a facet click on a search
        facet = rng.choice(["outlet", "person", "topic"])
        params = {"q": rng.choice(corpus.WORDS), facet: rng.choice(pool[facet] or [""])}
        if rng.random() < 0.3:
            params["kind"] = "quotes"
        return "/search/?" + urllib.parse.urlencode(params)
    if roll < 0.85:
        return f"/articles/{rng.choice(pool['article'])}/"
    return f"/people/{rng.choice(pool['person'])}/"


def client(base: str, pool, seed: int, deadline: float, timings: list, errors: list, lock: threading.Lock) -> None:
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        path = next_path(rng, pool)
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                response.read()
                ok = response.status == 200
        except (urllib.error.URLError, OSError) as exc:
            ok = False
            path = f"{path} ({exc})"
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            timings.append(elapsed)
            if not ok:
                errors.append(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--import-during", type=Path, help="a folder to import while the load runs")
    args = parser.parse_args()

    pool = url_pool(args.data)
    port = free_port()
    env = {**os.environ, "CLIPPINGS_DATA_DIR": str(args.data)}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers",
         str(args.workers), "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        importer = None
        if args.import_during:
            importer = subprocess.Popen(
                [sys.executable, "manage.py", "import_articles", str(args.import_during)], cwd=ROOT, env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        finished = {}
        watcher = None
        if importer:  # when the import ends, whether before the load or after it

            def watch(begun):
                importer.wait()
                finished["seconds"] = round(time.monotonic() - begun, 1)

            watcher = threading.Thread(target=watch, args=(time.monotonic(),))
            watcher.start()
        timings, errors, lock = [], [], threading.Lock()
        deadline = time.monotonic() + args.seconds
        started = time.monotonic()
        threads = [
            threading.Thread(target=client, args=(base, pool, n, deadline, timings, errors, lock))
            for n in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        import_code = importer.wait(timeout=3600) if importer else None
        if watcher:
            watcher.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    ordered = sorted(timings)
    print(
        json.dumps(
            {
                "clients": args.clients,
                "workers": args.workers,
                "seconds": round(elapsed, 1),
                "requests": len(timings),
                "req_per_s": round(len(timings) / elapsed, 1),
                "p50_ms": round(statistics.median(ordered), 1) if ordered else None,
                "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 1) if ordered else None,
                "errors": len(errors),
                "first_errors": errors[:5],
                "while_importing": str(args.import_during) if args.import_during else None,
                "import_exit": import_code,
                "import_seconds": finished.get("seconds") if importer else None,
            }
        )
    )


if __name__ == "__main__":
    main()
