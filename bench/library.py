"""The methods library: loading the built-in tools, and search as you type over the built-ins
plus 5000 of the user's own tools."""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.figures import Figure, median, percentile
from facilitator_app.resources import resource_path
from facilitator_app.tools.loader import load_directory
from facilitator_app.tools.model import Tool
from facilitator_app.tools.search import SearchIndex, ToolFilter

CUSTOM_TOOLS = 5000
TYPED = ("médiation", "cafe monde", "decision par consent", "tour de table", "retro", "zzz")
WORDS = ("atelier", "équipe", "décision", "écoute", "idées", "priorités", "bilan", "projet")


def _load_ms(cache_file: Path | None, repeats: int = 15) -> list[float]:
    """Loading the built-ins as the library screen does on first show."""
    directory = resource_path("tools")
    load_directory(directory, cache_file)  # the OS file cache (and ours) warm, as on a 2nd start
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        load_directory(directory, cache_file)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _custom_tools(builtins: tuple[Tool, ...], count: int) -> list[Tool]:
    """Variants of the built-ins with made-up names, as a heavy user's library might hold."""
    chance = random.Random(7)
    tools = []
    for number in range(count):
        base = builtins[number % len(builtins)]
        texts = tuple(
            replace(
                text,
                name=f"{text.name} {chance.choice(WORDS)} {number}",
                summary=f"{text.summary} {' '.join(chance.sample(WORDS, 3))}",
            )
            for text in base.texts
        )
        tools.append(replace(base, id=f"custom:{number:08d}", is_builtin=False, texts=texts))
    return tools


def _keystrokes(index: SearchIndex, tool_filter: ToolFilter | None) -> list[float]:
    times = []
    for query in TYPED:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            index.search(query[:end], tool_filter)
            times.append((time.perf_counter() - started) * 1000)
    return times


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        loads = _load_ms(Path(folder) / "tools-cache.json")
    cold = _load_ms(None, repeats=5)
    builtins = load_directory(resource_path("tools"))
    every = [*builtins, *_custom_tools(builtins, CUSTOM_TOOLS)]
    started = time.perf_counter()
    index = SearchIndex.of(every, "fr")
    build_ms = (time.perf_counter() - started) * 1000
    plain = _keystrokes(index, None)
    filtered = _keystrokes(index, ToolFilter(purposes=frozenset({"decide"}), group_size=12))
    n = len(every)
    return [
        Figure(
            f"library load: {len(builtins)} built-in tools, cache warm (median)",
            median(loads),
            "ms",
            "< 30 ms",
            median(loads) < 30,
        ),
        Figure(
            "library load without the parsed-data cache (median)",
            median(cold),
            "ms",
            "information",
            True,
        ),
        Figure(f"search index build over {n} tools", build_ms, "ms", "< 500 ms", build_ms < 500),
        Figure(
            f"search per keystroke, {n} tools (median)",
            median(plain),
            "ms",
            "< 20 ms",
            median(plain) < 20,
        ),
        Figure(
            f"search per keystroke, {n} tools (p99)",
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
