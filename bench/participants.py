"""Roster import and group re-mix: how long they take and how many repeats the re-mix saves."""

from __future__ import annotations

import time

from bench.figures import Figure
from facilitator_app.grouping import Person, make_groups
from facilitator_app.roster import MAX_ROWS, RosterPerson, read_roster_bytes


def _roster_csv(rows: int) -> bytes:
    lines = ["Nom;Prénom;Collectivité;Fonction;Statut;Courriel"]
    lines += [f"Dupré{i};Cécile;Mairie {i % 80};DGS;élue;c{i}@mairie.fr" for i in range(rows)]
    return "\r\n".join(lines).encode("cp1252")


def _rotations(people: list[Person], count: int, remix: bool) -> tuple[int, float]:
    history: list[tuple[tuple[int, ...], ...]] = []
    repeats, started = 0, time.perf_counter()
    for rotation in range(3):
        result = make_groups(
            people, count=count, history=history, avoid_repeats=remix, seed=rotation
        )
        repeats += result.repeated_pairs
        history.append(result.groups)
    return repeats, (time.perf_counter() - started) / 3


def run() -> list[Figure]:
    data = _roster_csv(MAX_ROWS)
    existing = [RosterPerson(f"Known {i}", "Mairie", email=f"k{i}@x.fr") for i in range(500)]
    started = time.perf_counter()
    preview = read_roster_bytes(data, "inscrits.csv", existing)
    parse_ms = (time.perf_counter() - started) * 1000
    assert len(preview.rows) == MAX_ROWS
    cafe = [Person(i, f"Org {i % 7}") for i in range(40)]
    random_repeats, _ = _rotations(cafe, 5, remix=False)
    remix_repeats, remix_s = _rotations(cafe, 5, remix=True)
    forum = [Person(i, f"Org {i % 23}", "elected" if i % 4 == 0 else "agent") for i in range(300)]
    started = time.perf_counter()
    make_groups(forum, size=6, spread=("organisation", "category"), seed=1)
    forum_s = time.perf_counter() - started
    return [
        Figure(
            f"roster preview of {MAX_ROWS} cp1252 rows vs 500 known",
            parse_ms,
            "ms",
            "< 500",
            parse_ms < 500,
        ),
        Figure(
            "World Café 40 people, 5 tables, 3 rotations: repeats (random)",
            random_repeats,
            "pairs",
            "information",
            True,
        ),
        Figure(
            "World Café 40 people, 5 tables, 3 rotations: repeats (re-mix)",
            remix_repeats,
            "pairs",
            "< random",
            remix_repeats < random_repeats,
        ),
        Figure("re-mix of 40 people, per rotation", remix_s, "s", "< 1", remix_s < 1),
        Figure("balanced split of 300 people in tables of 6", forum_s, "s", "< 2", forum_s < 2),
    ]
