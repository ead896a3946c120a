"""A long job tells how far it is and stops at its next step when cancelled."""

from __future__ import annotations

import pytest

from facilitator_app.jobs import Cancelled, Progress


def test_steps_are_seen_by_the_watcher_and_a_cancel_stops_the_next_step():
    seen = []
    progress = Progress(seen.append)
    progress.step(1, 4, "Jour 1")
    assert progress.current.fraction == 0.25 and seen[-1].label == "Jour 1"
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.step(2, 4)


def test_a_part_maps_its_steps_onto_the_whole_and_shares_the_cancel():
    whole = Progress()
    part = whole.part(0.5, 1.0)
    part.step(1, 2)
    assert whole.current.fraction == pytest.approx(0.75)
    whole.cancel()
    with pytest.raises(Cancelled):
        part.check()


def test_an_unknown_total_has_no_fraction():
    progress = Progress()
    progress.step(3)
    assert progress.current.fraction is None
