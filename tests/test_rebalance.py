"""Rebalancing a late day: shorten what is still to come within each method's range, or drop,
never touching pinned times, breaks, meals or fixed items."""

from __future__ import annotations

from datetime import time

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.agenda import NOT_WORKING, RunItem, project_day
from facilitator_app.rebalance import DayItem, propose
from facilitator_app.tools import registry
from facilitator_app.tools.planning import plan_phases

NINE = 9 * 60


def day(items: list[DayItem], late_by: int, *, started: int = 0) -> tuple:
    """The day at 9h00 + late_by, its first item having run `late_by` minutes over."""
    runs = []
    cursor = NINE
    for index, item in enumerate(items):
        pin = None
        if item.pinned:
            pin = time(12, 30)
        if index < started:
            end = cursor + item.minutes + (late_by if index == started - 1 else 0)
            runs.append(RunItem(item.minutes, pin, item.kind, cursor, end))
            cursor = end
        else:
            runs.append(RunItem(item.minutes, pin, item.kind))
    return project_day(time(9, 0), runs, cursor), items


def cafe() -> list[dict]:
    return plan_phases(registry.find_tool("world-cafe"))


def test_an_on_time_day_needs_nothing() -> None:
    projection, items = day([DayItem(30), DayItem(30)], 0, started=1)
    assert not propose(projection, items)


def test_the_delay_is_shared_within_each_methods_range() -> None:
    items = [DayItem(20), DayItem(85, phases=cafe()), DayItem(30), DayItem(15, kind="break")]
    projection, items = day(items, 12, started=1)
    proposal = propose(projection, items)
    assert proposal.late == 12 and proposal.left == 0
    cuts = {cut.index: cut.minutes for cut in proposal.cuts}
    # The café can give 22 minutes (to 63), the plain activity 15 (to 15): 12 shared 7 / 5.
    assert cuts == {1: 78, 2: 25}
    assert 3 not in cuts  # the break keeps its length


def test_pinned_breaks_meals_and_fixed_items_are_never_touched() -> None:
    items = [
        DayItem(20),
        DayItem(30, fixed=True),
        DayItem(15, kind="break"),
        DayItem(60, kind="meal"),
        DayItem(40),
    ]
    projection, items = day(items, 10, started=1)
    proposal = propose(projection, items)
    assert [cut.index for cut in proposal.cuts] == [4]
    assert proposal.cuts[0].minutes == 30


def test_the_delay_is_caught_up_before_the_next_pin_only() -> None:
    # 9h00: 60 min, then 120, then lunch pinned at 12h30 (30 min of slack), the afternoon.
    items = [DayItem(60), DayItem(120), DayItem(60, kind="meal", pinned=True), DayItem(120)]
    projection, items = day(items, 40, started=1)
    proposal = propose(projection, items)
    assert proposal.before_pin == 2
    assert proposal.late == 10  # 40 late, 30 of slack before the lunch
    assert [(cut.index, cut.minutes) for cut in proposal.cuts] == [(1, 110)]


def test_when_shortening_is_not_enough_as_few_items_as_possible_are_dropped() -> None:
    items = [DayItem(10), DayItem(20), DayItem(8), DayItem(30)]
    projection, items = day(items, 40, started=1)
    proposal = propose(projection, items)
    # Room: 10 + 4 + 15 = 29 < 40. Dropping the 20-minute item gives its shortest, 10, more:
    # not enough; dropping the 30-minute one gives 15 and covers the 11 missing alone.
    dropped = [cut.index for cut in proposal.cuts if cut.dropped]
    assert dropped == [3]
    assert proposal.left == 0
    assert sum(cut.before - cut.minutes for cut in proposal.cuts) == 40


def test_what_cannot_be_caught_up_is_said() -> None:
    items = [DayItem(10), DayItem(15, kind="break"), DayItem(10, fixed=True)]
    projection, items = day(items, 25, started=1)
    proposal = propose(projection, items)
    assert not proposal and proposal.left == 25


kinds = st.sampled_from(["activity", "plenary", "break", "meal"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 120), kinds, st.booleans()), min_size=2, max_size=12
    ),
    st.integers(0, 300),
)
def test_a_proposal_never_touches_what_it_must_not_and_never_overshoots(spec, late) -> None:
    items = [DayItem(minutes, kind, fixed=fixed) for minutes, kind, fixed in spec]
    projection, items = day(items, late, started=1)
    proposal = propose(projection, items)
    freed = 0
    for cut in proposal.cuts:
        item = items[cut.index]
        assert cut.index >= 1 and not item.fixed and item.kind not in NOT_WORKING
        assert cut.dropped or (item.minutes + 1) // 2 <= cut.minutes < item.minutes
        freed += item.minutes - cut.minutes
    if any(cut.dropped for cut in proposal.cuts):
        assert freed >= proposal.caught_up  # a dropped item frees all its minutes
    else:
        assert freed == proposal.caught_up


def test_a_pinned_start_that_cannot_be_kept_is_flagged() -> None:
    from facilitator_app.rebalance import late_pins

    items = [DayItem(60), DayItem(120), DayItem(60, kind="meal", pinned=True), DayItem(60)]
    projection, _items = day(items, 35, started=1)
    (pin,) = late_pins(projection)
    assert (pin.index, pin.at, pin.late) == (2, 12 * 60 + 30, 5)
    projection, _items = day(items, 25, started=1)
    assert late_pins(projection) == ()
