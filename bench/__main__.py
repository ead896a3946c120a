"""Run every benchmark module and print its figures; exit 0 (figures are information)."""

from __future__ import annotations

import importlib
import os
import sys
import time

# Each later feature adds its module here.
MODULES = (
    "bench.startup",
    "bench.storage",
    "bench.write_path",
    "bench.agenda",
    "bench.rebalance",
    "bench.exchange",
    "bench.timer",
    "bench.live",
    "bench.library",
    "bench.participants",
    "bench.organisation",
    "bench.capture",
    "bench.reports",
    "bench.phones",
    "bench.bundle",
)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    selected = [m for m in MODULES if not argv or any(a in m for a in argv)]
    print(f"facilitator_app benchmarks ({os.cpu_count()} cores, Python {sys.version.split()[0]})")
    for name in selected:
        started = time.perf_counter()
        module = importlib.import_module(name)
        print(f"\n[{name.removeprefix('bench.')}]")
        for figure in module.run():
            print(figure.line(), flush=True)
        print(f"     ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
