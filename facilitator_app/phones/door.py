"""The door the phones come in by: a join code per workshop, read aloud or carried by the QR
code; a token per phone (a phone that sleeps keeps its place, no login); the facilitator closes
the door or shows names at any moment; each phone's sending is rate-limited so a flood cannot
freeze the console. Thread-safe: the server's thread and the Qt thread both read it."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V: a code read aloud across a room or copied from the
# wall is typed right the first time.
CODE_ALPHABET = "ACDEFHJKMNPRTWXY3479"
CODE_LENGTH = 6
TOKEN_BYTES = 18
MAX_PHONES = 2000  # past this a new phone is refused (a script, not a room)

# A phone may send a burst of BURST, then RATE per second (a card every few seconds is a
# busy participant; a hundred a second is a script).
BURST = 20
RATE = 4.0
# Wrong codes from one address: a few tries, then a refusal for a while (guessing one code
# of 20^6 at one try every five seconds takes centuries).
JOIN_BURST = 10
JOIN_RATE = 0.2
# A phone that has not been heard from for this long no longer counts as connected.
CONNECTED_SECONDS = 45.0


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str:
    """What a participant typed, as the code is written: capitals, no spaces or dashes."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())[: CODE_LENGTH * 2]


@dataclass
class Bucket:
    """A token bucket: `take()` is False once the burst is spent, until it refills."""

    burst: float
    rate: float
    clock: Callable[[], float] = time.monotonic
    tokens: float = -1.0
    at: float = 0.0

    def available(self) -> bool:
        now = self.clock()
        if self.tokens < 0:
            self.tokens, self.at = self.burst, now
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        return self.tokens >= 1

    def take(self) -> bool:
        if not self.available():
            return False
        self.tokens -= 1
        return True


@dataclass
class Phone:
    """One participant's phone: its number in the room, the name it gave (shown to nobody
    unless the facilitator shows names), what it has sent."""

    token: str
    number: int
    name: str = ""
    seen: float = 0.0
    sent: int = 0
    bucket: Bucket = field(default_factory=lambda: Bucket(BURST, RATE))
    raised: dict[int, str] = field(default_factory=dict)  # poll session -> colour raised
    # The uid of this phone's evaluation form: sent again, it replaces the same form.
    form_uid: str = field(default_factory=lambda: "phone-form-" + secrets.token_hex(10))
    evaluated: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def label(self) -> str:
        """How the phone signs what it sends: its name, else its number ("📱 12")."""
        return f"{self.name} · {self.number}" if self.name else f"📱 {self.number}"


@dataclass(frozen=True)
class DoorState:
    """What the console shows: is the door open, on which item, how many phones, what came."""

    open: bool
    workshop_id: int
    item_id: int | None
    code: str
    show_names: bool
    phones: int
    connected: int
    contributions: int
    refused: int
    evaluation_open: bool = False
    evaluations: int = 0  # evaluation forms sent from phones (a phone sending again: once)


class Door:
    def __init__(
        self,
        workshop_id: int,
        item_id: int | None = None,
        *,
        code: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.workshop_id = workshop_id
        self.code = code or new_code()
        self.clock = clock
        self._lock = threading.Lock()
        self._item_id = item_id
        self._open = False
        self._show_names = False
        self._phones: dict[str, Phone] = {}
        self._joins: dict[str, Bucket] = {}
        self._contributions = 0
        self._refused = 0
        self._evaluation_open = False
        self._evaluations = 0
        self._listeners: list[Callable[[], None]] = []

    # -- the facilitator's side --------------------------------------------------------------
    def open(self, item_id: int | None = None) -> None:
        with self._lock:
            self._open = True
            if item_id is not None:
                self._item_id = item_id
        self._changed()

    def close(self) -> None:
        with self._lock:
            self._open = False
        self._changed()

    def set_item(self, item_id: int | None) -> None:
        with self._lock:
            self._item_id = item_id
        self._changed()

    def show_names(self, shown: bool) -> None:
        with self._lock:
            self._show_names = shown
        self._changed()

    def open_evaluation(self, opened: bool) -> None:
        """The evaluation form on every phone (beside what the item asks), or taken away."""
        with self._lock:
            self._evaluation_open = opened
        self._changed()

    @property
    def evaluation_open(self) -> bool:
        return self._evaluation_open

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def item_id(self) -> int | None:
        return self._item_id

    @property
    def names_shown(self) -> bool:
        return self._show_names

    def state(self) -> DoorState:
        now = self.clock()
        with self._lock:
            connected = sum(1 for p in self._phones.values() if now - p.seen < CONNECTED_SECONDS)
            return DoorState(
                self._open,
                self.workshop_id,
                self._item_id,
                self.code,
                self._show_names,
                len(self._phones),
                connected,
                self._contributions,
                self._refused,
                self._evaluation_open,
                self._evaluations,
            )

    def on_change(self, listener: Callable[[], None]) -> Callable[[], None]:
        """`listener()` after every change of the door (any thread); returns the unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    # -- the phones' side --------------------------------------------------------------------
    def join(self, code: str, name: str, address: str) -> Phone | None:
        """A new phone's token for the right code; None (and nothing else) for a wrong one,
        a closed door, or an address that tried too many codes."""
        with self._lock:
            tries = self._joins.get(address)
            if tries is None:
                if len(self._joins) > MAX_PHONES * 4:
                    self._joins.clear()
                tries = self._joins[address] = Bucket(JOIN_BURST, JOIN_RATE, self.clock)
            # A room joins from behind one address (a router's): only wrong codes count.
            if not tries.available():
                self._refused += 1
                return None
            right = hmac.compare_digest(normal_code(code), self.code)
            if not right:
                tries.take()
            if not right or not self._open or len(self._phones) >= MAX_PHONES:
                self._refused += 1
                return None
            token = secrets.token_urlsafe(TOKEN_BYTES)
            phone = Phone(token, len(self._phones) + 1, name, self.clock())
            phone.bucket = Bucket(BURST, RATE, self.clock)
            self._phones[token] = phone
        self._changed()
        return phone

    def phone(self, token: str | None) -> Phone | None:
        """The phone of a token while the door is open (a sleeping phone comes back with it)."""
        if not token or not self._open:
            return None
        with self._lock:
            phone = self._phones.get(token)
            if phone is not None:
                phone.seen = self.clock()
            return phone

    def may_send(self, phone: Phone) -> bool:
        with self._lock:
            allowed = phone.bucket.take()
            if not allowed:
                self._refused += 1
            return allowed

    def count_contributions(self, phones: Iterable[Phone]) -> None:
        """What was stored, one phone per contribution. The listeners are not told: the
        phones do not show the room's count (waking 300 pages per card would make each read
        its state again) and the console reads the counts on its own timer."""
        with self._lock:
            for phone in phones:
                phone.sent += 1
                self._contributions += 1

    def count_evaluation(self, phone: Phone) -> None:
        """A phone's evaluation form stored (sent again: counted once)."""
        with self._lock:
            if not phone.evaluated:
                phone.evaluated = True
                self._evaluations += 1

    def count_contribution(self, phone: Phone) -> None:
        self.count_contributions((phone,))
