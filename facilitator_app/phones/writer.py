"""The phones' writer: one thread stores what the phones send, a batch at a time. While one
transaction commits (SQLite's fsync: a few milliseconds), what arrives meanwhile waits; the
next transaction takes the cards of all of it (up to `MAX_BATCH`) in one commit and one change
notice. Each phone is answered only once the transaction holding its card has committed: what
a phone is told is stored is on disk. Other contributions (a weather, a vote) are written one
transaction each, in the order they came, by the same thread."""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from facilitator_app.phones import contributions
from facilitator_app.phones.contributions import Refused
from facilitator_app.phones.door import Door, Phone
from facilitator_app.storage.database import Database

# Cards per transaction at most: a few milliseconds of work holding the write lock (the
# console's own writes wait for it), and a batch a phone's answer never waits long behind.
MAX_BATCH = 100


@dataclass
class _Sent:
    phone: Phone
    what: str
    payload: dict[str, Any]
    answer: Future[int | None] = field(default_factory=Future)


class Writer:
    def __init__(self, db: Database, door: Door, max_batch: int = MAX_BATCH) -> None:
        self.db = db
        self.door = door
        self.max_batch = max_batch
        self._waiting: queue.SimpleQueue[_Sent | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self.card_batches = 0  # transactions of cards written (tests and the bench read it)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="phones-writer", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """What is queued is written (or refused, the door being closed), then the thread ends."""
        if self._thread is not None:
            self._waiting.put(None)
            self._thread.join(timeout)
            self._thread = None

    def submit(self, phone: Phone, what: str, payload: dict[str, Any]) -> Future[int | None]:
        """The answer: the stored row's id once committed, or a `Refused` (or a storage
        error) raised from `result()`."""
        sent = _Sent(phone, what, payload)
        self._waiting.put(sent)
        return sent.answer

    def _run(self) -> None:
        while True:
            first = self._waiting.get()
            if first is None:
                return
            batch, ending = [first], False
            while len(batch) < self.max_batch:
                try:
                    more = self._waiting.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    ending = True
                    break
                batch.append(more)
            self._write(batch)
            if ending:
                return

    def _write(self, batch: list[_Sent]) -> None:
        cards = [s for s in batch if s.what == "card"]
        if cards:
            self._write_cards(cards)
        for sent in batch:
            if sent.what == "card":
                continue
            try:
                stored = contributions.send(self.db, self.door, sent.phone, sent.what, sent.payload)
            except Exception as error:  # a refusal, or the disk: the phone is told, keeps it
                sent.answer.set_exception(error)
                continue
            if sent.what != "evaluation":  # counted apart (door.count_evaluation)
                self.door.count_contributions((sent.phone,))
            sent.answer.set_result(stored)

    def _write_cards(self, cards: list[_Sent]) -> None:
        try:
            outcomes = contributions.send_cards(
                self.db, self.door, [(s.phone, s.payload) for s in cards]
            )
        except Exception as error:  # the disk is full, the file read-only: nothing stored
            for sent in cards:
                sent.answer.set_exception(error)
            return
        self.card_batches += 1
        self.door.count_contributions(
            s.phone for s, o in zip(cards, outcomes, strict=True) if not isinstance(o, Refused)
        )
        for sent, outcome in zip(cards, outcomes, strict=True):
            if isinstance(outcome, Refused):
                sent.answer.set_exception(outcome)
            else:
                sent.answer.set_result(outcome)
