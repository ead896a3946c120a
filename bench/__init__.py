"""`make bench`: performance figures as ratios and latencies measured in one run.

Each module listed in MODULES has `run() -> list[Figure]`; the figures are printed with their
goal. Nothing here is part of the tests: tests check behaviour, never wall-clock time.
"""
