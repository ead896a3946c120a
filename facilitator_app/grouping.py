"""Splitting people into groups or tables, pure Python.

Three wishes a facilitator has, in order: everyone is in exactly one group and the groups are
even (sizes differ by at most one, nobody alone when pairs or more were asked); at the next
rotation people meet new faces (pairs who already sat together in an earlier group set count
against a split); and, when asked, each organisation and category is spread across the groups.
The split is built greedily, then improved by swapping people between groups while that lowers
the cost; a few seeded restarts keep the best. The same seed always gives the same groups.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

REPEAT_WEIGHT = 100  # one repeated pair costs more than any imbalance it could fix
RESTARTS = 8
MAX_SWAP_PASSES = 30
MAX_CANDIDATES = 400  # people tried as swap partners for one person, on large rosters
MAX_GREEDY_CHOICES = 60  # groups compared when placing one person, on large rosters
WORK_BUDGET = 1_000_000  # pairs compared in all: about a second at most, whatever the roster

Pair = tuple[int, int]
History = Iterable[Iterable[Iterable[int]]]  # group sets -> groups -> participant ids


@dataclass(frozen=True)
class Person:
    id: int
    organisation: str = ""
    category: str = ""


@dataclass(frozen=True)
class Grouping:
    groups: tuple[tuple[int, ...], ...]
    repeated_pairs: int  # pairs sitting together again, counted once per earlier meeting


def group_sizes(people: int, *, size: int | None = None, count: int | None = None) -> list[int]:
    """Sizes of the groups, largest first, differing by at most one.

    With `size`, groups are no larger than `size` as long as none falls below `size - 1`
    (22 people in tables of 5: 5, 5, 4, 4, 4); otherwise a few are one larger (7 people in
    pairs: 3, 2, 2), so nobody is alone when pairs or more were asked.
    """
    if (size is None) == (count is None):
        raise ValueError("give either a group size or a number of groups")
    if people <= 0:
        return []
    if size is not None:
        if size < 1:
            raise ValueError("a group has at least one person")
        groups = math.ceil(people / size)
        if people // groups < max(size - 1, 2 if size >= 2 else 1):
            groups = max(1, people // size)
    else:
        assert count is not None
        if count < 1:
            raise ValueError("ask for at least one group")
        groups = min(count, people)
    base, extra = divmod(people, groups)
    return [base + 1] * extra + [base] * (groups - extra)


def met_pairs(history: History) -> Counter[Pair]:
    """How many times each pair of people has already been in the same group."""
    met: Counter[Pair] = Counter()
    for group_set in history:
        for group in group_set:
            met.update(_pairs(group))
    return met


def count_repeats(groups: Iterable[Iterable[int]], met: Counter[Pair]) -> int:
    return sum(met[p] for group in groups for p in _pairs(group))


def make_groups(
    people: Sequence[Person],
    *,
    size: int | None = None,
    count: int | None = None,
    spread: Iterable[str] = (),
    history: History = (),
    avoid_repeats: bool = False,
    seed: int | None = None,
) -> Grouping:
    """Split `people`. `spread` names attributes to spread across groups ("organisation",
    "category"); `avoid_repeats` minimises pairs who met in `history` (which is always used to
    report the repeats)."""
    spread = tuple(spread)
    unknown = set(spread) - {"organisation", "category"}
    if unknown:
        raise ValueError(f"cannot spread by {', '.join(sorted(unknown))}")
    sizes = group_sizes(len(people), size=size, count=count)
    met = met_pairs(history)
    rng = random.Random(seed)
    if not spread and not avoid_repeats:
        order = list(people)
        rng.shuffle(order)
        groups = _chunks([p.id for p in order], sizes)
        return Grouping(groups, count_repeats(groups, met))
    cost = _Cost(people, spread, met if avoid_repeats else Counter())
    best: list[list[int]] | None = None
    best_cost = math.inf
    for _ in range(RESTARTS):
        assignment = _improve(_greedy(people, sizes, cost, rng), cost, rng)
        total = cost.total(assignment)
        if total < best_cost:
            best, best_cost = assignment, total
        if total == 0 or cost.spent():
            break
    assert best is not None
    groups = tuple(tuple(sorted(g)) for g in best)
    return Grouping(groups, count_repeats(groups, met))


def _pairs(group: Iterable[int]) -> Iterable[Pair]:
    return itertools.combinations(sorted(group), 2)


def _chunks(ids: list[int], sizes: list[int]) -> tuple[tuple[int, ...], ...]:
    result, start = [], 0
    for n in sizes:
        result.append(tuple(sorted(ids[start : start + n])))
        start += n
    return tuple(result)


class _Cost:
    """What a person adds to a group: repeated pairs (weighted), then same-organisation and
    same-category pairs when those are spread."""

    def __init__(self, people: Sequence[Person], spread: tuple[str, ...], met: Counter[Pair]):
        self.met = met
        self.work = 0  # pairs looked at: bounds the time a huge roster can take
        self.keys = {p.id: tuple(fold_key(getattr(p, name)) for name in spread) for p in people}

    def spent(self) -> bool:
        return self.work > WORK_BUDGET

    def joining(self, person: int, group: Sequence[int]) -> int:
        cost = 0
        mine = self.keys[person]
        self.work += len(group)
        for other in group:
            if other == person:
                continue
            pair = (person, other) if person < other else (other, person)
            cost += REPEAT_WEIGHT * self.met[pair]
            theirs = self.keys[other]
            cost += sum(1 for a, b in zip(mine, theirs, strict=True) if a and a == b)
        return cost

    def total(self, groups: Sequence[Sequence[int]]) -> int:
        return sum(self.joining(a, g[i + 1 :]) for g in groups for i, a in enumerate(g))


def fold_key(value: str) -> str:
    return " ".join(value.casefold().split())


def _greedy(
    people: Sequence[Person], sizes: list[int], cost: _Cost, rng: random.Random
) -> list[list[int]]:
    """Place people one by one where they add the least cost; people of the most common
    organisations and categories go first, as they are the hardest to spread."""
    frequency = Counter(k for keys in cost.keys.values() for k in enumerate(keys) if k[1])
    order = list(people)
    rng.shuffle(order)
    order.sort(key=lambda p: -sum(frequency[k] for k in enumerate(cost.keys[p.id]) if k[1]))
    groups: list[list[int]] = [[] for _ in sizes]
    for person in order:
        open_groups = [i for i, g in enumerate(groups) if len(g) < sizes[i]]
        if len(open_groups) > MAX_GREEDY_CHOICES:
            open_groups = rng.sample(open_groups, MAX_GREEDY_CHOICES)
        rng.shuffle(open_groups)
        target = min(
            open_groups,
            key=lambda i: (cost.joining(person.id, groups[i]), len(groups[i]) - sizes[i]),
        )
        groups[target].append(person.id)
    return groups


def _improve(groups: list[list[int]], cost: _Cost, rng: random.Random) -> list[list[int]]:
    """Move people who add cost: swap each with someone of another group whenever that lowers
    the total (first improvement), until nothing improves or the work budget is spent."""
    where = {p: gi for gi, g in enumerate(groups) for p in g}
    everyone = list(where)
    for _ in range(MAX_SWAP_PASSES):
        improved = False
        troubled = [p for p in everyone if cost.joining(p, groups[where[p]]) > 0]
        rng.shuffle(troubled)
        for a in troubled:
            if cost.spent():
                return groups
            ga = where[a]
            here = cost.joining(a, groups[ga])
            if here == 0:
                continue
            candidates = everyone
            if len(candidates) > MAX_CANDIDATES:
                candidates = rng.sample(everyone, MAX_CANDIDATES)
            for b in candidates:
                gb = where[b]
                if gb == ga:
                    continue
                before = here + cost.joining(b, groups[gb])
                after = cost.joining(a, _without(groups[gb], b)) + cost.joining(
                    b, _without(groups[ga], a)
                )
                if after < before:
                    groups[ga][groups[ga].index(a)] = b
                    groups[gb][groups[gb].index(b)] = a
                    where[a], where[b] = gb, ga
                    improved = True
                    break
        if not improved:
            break
    return groups


def _without(group: list[int], person: int) -> list[int]:
    return [p for p in group if p != person]
