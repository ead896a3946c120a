"""The organisation library on a real PostgreSQL server with 5000 shared methods: publishing,
a refused save (the version check), listing them all into the laptop's cache, a refresh with
nothing new, searching on the server, and what the library screen does from the copy in hand
(reading the cache, building the tools, search per keystroke: goal under 20 ms).

The server: FACILITATOR_APP_TEST_POSTGRES_URL when set, else a private one started for the run
(scripts/private-postgres.sh: a Unix socket in a temporary folder, no TCP). When none can be
started the module says why and measures nothing.
"""

from __future__ import annotations

import os
import random
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, select, text, update
from sqlalchemy.pool import NullPool

from bench.figures import Figure, median, percentile
from facilitator_app.models.base import new_uid, utcnow
from facilitator_app.organisation.connection import LibraryServer, migrate_library
from facilitator_app.organisation.library import OrganisationLibrary
from facilitator_app.organisation.schema import org_counter, org_item
from facilitator_app.organisation.server import VersionConflict, publish_new, save_item
from facilitator_app.tools import registry
from facilitator_app.tools.search import SearchIndex, ToolFilter

SHARED = 5000
PUBLISHED = 50
TYPED = ("médiation", "cafe monde", "decision par consent", "tour de table", "retro", "zzz")
WORDS = ("atelier", "équipe", "décision", "écoute", "idées", "priorités", "bilan", "projet")
ROOT = Path(__file__).resolve().parent.parent
DATABASE = "facilitator_bench_organisation"


@contextmanager
def _server() -> Iterator[str | None]:
    """A maintenance URL on a PostgreSQL server, or None (the reason printed)."""
    given = os.environ.get("FACILITATOR_APP_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-pg-"))
    script = ROOT / "scripts" / "private-postgres.sh"
    started = subprocess.run(
        [str(script), "start", str(folder)], capture_output=True, text=True, check=False
    )
    if started.returncode != 0:
        reason = (started.stderr or started.stdout).strip().splitlines()
        print(
            f"     skipped: no PostgreSQL server could be started ({reason[-1] if reason else '?'})"
        )
        yield None
        return
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(script), "stop", str(folder)], capture_output=True, check=False)
        subprocess.run(["rm", "-rf", str(folder)], check=False)


def _fresh_database(maintenance: str) -> str:
    engine = create_engine(maintenance, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{DATABASE}"'))
    engine.dispose()
    return engine.url.set(database=DATABASE).render_as_string(hide_password=False)


def _drop(maintenance: str) -> None:
    engine = create_engine(maintenance, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
    engine.dispose()


def _content(number: int, chance: random.Random) -> tuple[dict[str, Any], str, str]:
    """A variant of a built-in method with a made-up name, as a big organisation might share."""
    builtins = registry.builtin_tools()
    base = builtins[number % len(builtins)]
    definition = base.definition()
    for language in ("fr", "en"):
        texts = definition[language]
        texts["name"] = f"{texts['name']} {chance.choice(WORDS)} {number}"
        texts["summary"] = f"{texts['summary']} {' '.join(chance.sample(WORDS, 3))}"
    name = definition["fr"]["name"]
    return {"definition": definition, "based_on": base.id}, name, definition["fr"]["summary"]


def _fill(url: str) -> None:
    """SHARED methods in one transaction (publishing them one by one is measured apart)."""
    chance = random.Random(19)
    now = utcnow()
    rows = []
    for number in range(SHARED):
        content, name, summary = _content(number, chance)
        rows.append(
            {
                "uid": new_uid(),
                "kind": "method",
                "version": 1,
                "name": name,
                "summary": summary,
                "content": content,
                "created_by": "Formateur",
                "created_at": now,
                "updated_by": "Formateur",
                "updated_at": now,
                "withdrawn": False,
                "seq": number + 1,
            }
        )
    server = LibraryServer(url)
    with server.engine.begin() as connection:
        for start in range(0, len(rows), 500):
            connection.execute(insert(org_item), rows[start : start + 500])
        connection.execute(update(org_counter).values(seq=SHARED))
    server.close()


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _writes(url: str) -> tuple[list[float], list[float]]:
    server = LibraryServer(url)
    chance = random.Random(5)
    published, refused = [], []
    try:
        for number in range(PUBLISHED):
            content, name, summary = _content(SHARED + number, chance)
            started = time.perf_counter()
            item = publish_new(server, "method", content, name=name, summary=summary, author="Anne")
            published.append(_ms(started))
            save_item(
                server, item.uid, content, name=name, summary="", author="Paul", base_version=1
            )
            started = time.perf_counter()
            try:
                save_item(
                    server, item.uid, content, name=name, summary="", author="Anne", base_version=1
                )
            except VersionConflict:
                refused.append(_ms(started))
    finally:
        server.close()
    return published, refused


def _server_search(url: str) -> list[float]:
    server = LibraryServer(url)
    times = []
    try:
        with server.engine.connect() as connection:
            for query in TYPED:
                for end in range(1, len(query) + 1):
                    started = time.perf_counter()
                    connection.execute(
                        select(org_item.c.uid, org_item.c.name).where(
                            org_item.c.name.ilike(f"%{query[:end]}%")
                        )
                    ).all()
                    times.append(_ms(started))
    finally:
        server.close()
    return times


def _keystrokes(index: SearchIndex, tool_filter: ToolFilter | None) -> list[float]:
    times = []
    for query in TYPED:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            index.search(query[:end], tool_filter)
            times.append(_ms(started))
    return times


def _measure(url: str) -> list[Figure]:
    migrate_library(url)
    _fill(url)
    published, refused = _writes(url)
    with tempfile.TemporaryDirectory() as folder:
        laptop = Path(folder)
        library = OrganisationLibrary(url, laptop, "Anne")
        started = time.perf_counter()
        library.refresh()
        first_ms = _ms(started)
        count = len(library.items("method"))
        again = []
        for _ in range(10):
            started = time.perf_counter()
            library.refresh()
            again.append(_ms(started))
        started = time.perf_counter()
        offline = OrganisationLibrary(url, laptop, "Anne")  # a restart, from the cache
        assert len(offline.snapshot.items) == count
        read_ms = _ms(started)
        started = time.perf_counter()
        shared = offline.methods()
        build_ms = _ms(started)
        started = time.perf_counter()
        offline.methods()
        rebuild_ms = _ms(started)
    every = [*registry.builtin_tools(), *shared]
    index = SearchIndex.of(every, "fr")
    plain = _keystrokes(index, None)
    filtered = _keystrokes(index, ToolFilter(purposes=frozenset({"decide"}), group_size=12))
    on_server = _server_search(url)
    n = len(every)
    return [
        Figure(
            f"publish a method (median of {PUBLISHED})",
            median(published),
            "ms",
            "< 100 ms",
            median(published) < 100,
        ),
        Figure(
            "publish a method (p99)",
            percentile(published, 0.99),
            "ms",
            "< 200 ms",
            percentile(published, 0.99) < 200,
        ),
        Figure(
            "a save from an older version refused (median)",
            median(refused),
            "ms",
            "< 100 ms",
            median(refused) < 100 and len(refused) == PUBLISHED,
        ),
        Figure(
            f"first refresh: {count} shared methods listed into the cache",
            first_ms,
            "ms",
            "< 10000 ms",
            first_ms < 10000,
        ),
        Figure(
            "refresh with nothing new (median)", median(again), "ms", "< 50 ms", median(again) < 50
        ),
        Figure(
            f"restart offline: the cache read ({count} items)",
            read_ms,
            "ms",
            "< 2000 ms",
            read_ms < 2000,
        ),
        Figure(
            f"building {len(shared)} shared tools (refresh thread, once)",
            build_ms,
            "ms",
            "information",
            True,
        ),
        Figure("... again, nothing new", rebuild_ms, "ms", "< 50 ms", rebuild_ms < 50),
        Figure(
            "search on the server, per keystroke (median)",
            median(on_server),
            "ms",
            "information",
            True,
        ),
        Figure(
            f"search per keystroke from the cache, {n} tools (median)",
            median(plain),
            "ms",
            "< 20 ms",
            median(plain) < 20,
        ),
        Figure(
            f"search per keystroke from the cache, {n} tools (p99)",
            percentile(plain, 0.99),
            "ms",
            "< 20 ms",
            percentile(plain, 0.99) < 20,
        ),
        Figure(
            f"search + filters per keystroke, {n} tools (p99)",
            percentile(filtered, 0.99),
            "ms",
            "< 20 ms",
            percentile(filtered, 0.99) < 20,
        ),
    ]


def run() -> list[Figure]:
    with _server() as maintenance:
        if maintenance is None:
            return []
        url = _fresh_database(maintenance)
        try:
            return _measure(url)
        finally:
            _drop(maintenance)
