"""The merging of change notices (pure Python)."""

from __future__ import annotations

import threading

from facilitator_app.changes import Change, ChangeQueue, merge


def test_a_burst_merges_into_one_notice_per_area_and_workshop() -> None:
    changes = [Change("outputs", 1, (n,)) for n in range(5)] + [Change("agenda", 1)]
    changes += [Change("outputs", 2, (9,)), Change("outputs", 1, (3,))]
    assert merge(changes) == [
        Change("outputs", 1, (0, 1, 2, 3, 4)),
        Change("agenda", 1),
        Change("outputs", 2, (9,)),
    ]


def test_a_notice_without_ids_means_the_whole_area() -> None:
    assert merge([Change("agenda", 1, (4,)), Change("agenda", 1)]) == [Change("agenda", 1)]
    assert merge([Change("agenda", 1), Change("agenda", 1, (4,))]) == [Change("agenda", 1)]


def test_external_only_when_every_merged_notice_was() -> None:
    assert merge([Change("agenda", 1, external=True)]) == [Change("agenda", 1, external=True)]
    assert merge([Change("agenda", 1, external=True), Change("agenda", 1)]) == [
        Change("agenda", 1)
    ]


def test_the_queue_takes_notices_from_many_threads_and_says_when_to_drain() -> None:
    queue = ChangeQueue()
    wakes: list[bool] = []
    threads = [
        threading.Thread(
            target=lambda k=k: [
                wakes.append(queue.put(Change("outputs", 1, (k * 100 + n,)))) for n in range(100)
            ]
        )
        for k in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wakes.count(True) == 1  # one drain scheduled for the whole burst
    [merged] = queue.drain()
    assert sorted(merged.ids) == list(range(400))
    assert queue.drain() == []
