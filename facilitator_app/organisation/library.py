"""The organisation library as one laptop sees it: the last copy seen (the cache), brought up
to date from the server when it can be reached, and the shared methods as tools the library
screen lists and searches.

The server is only contacted by `refresh` and by the writes (publishing): listing, searching
and taking a copy home work from the copy in hand, with or without a network.
"""

from __future__ import annotations

import getpass
import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator_app.models.base import utcnow
from facilitator_app.organisation import cache
from facilitator_app.organisation.connection import (
    LibraryServer,
    OrganisationUnreachable,
    read_password,
    save_password,
    server_key,
    without_password,
)
from facilitator_app.organisation.server import SharedItem, changes_since, get_item
from facilitator_app.settings import Settings
from facilitator_app.storage.location import public_url
from facilitator_app.tools.custom import validate_definition
from facilitator_app.tools.loader import ToolDataError
from facilitator_app.tools.model import Tool

log = logging.getLogger(__name__)
# The ids of shared methods in the library screen: "organisation:<uid>".
SHARED_PREFIX = "organisation:"


def shared_id(uid: str) -> str:
    return f"{SHARED_PREFIX}{uid}"


def is_shared(tool_id: str | None) -> bool:
    return bool(tool_id) and str(tool_id).startswith(SHARED_PREFIX)


@dataclass(frozen=True)
class Status:
    """What the screen says about the library: reached when, or out of reach and why."""

    shown: str
    reachable: bool | None  # None: not tried yet in this session
    problem: str | None
    seen_at: datetime | None  # when the copy in hand was read from the server
    items: int


def configure(
    settings: Settings, data_dir: Path, url: str, author: str | None = None
) -> OrganisationLibrary | None:
    """Name the library's server in the settings (an empty URL: none). A password in the URL is
    moved to the data folder's password file, never into the settings."""
    url = url.strip()
    if not url:
        settings.set("organisation_server", "")
        return None
    clean, password = without_password(url)
    LibraryServer(clean).close()  # refuses a URL it cannot use, before anything is saved
    if password is not None:
        save_password(data_dir, password)
    settings.set("organisation_server", clean)
    if author is not None:
        settings.set("organisation_author", author.strip())
    return OrganisationLibrary.from_settings(settings, data_dir)


class OrganisationLibrary:
    def __init__(self, url: str, data_dir: Path, author: str = "") -> None:
        self.url, self._url_password = without_password(url)
        self.data_dir = data_dir
        self.key = server_key(self.url)
        self.shown = public_url(self.url)
        self.author = author.strip() or _login_name()
        self.cache_path = cache.cache_file(data_dir, self.key)
        # Read from the cache on first use (thousands of items take a moment: the window
        # reads them on its refresh thread).
        self._loaded: cache.Snapshot | None = None
        self._lock = threading.Lock()
        self.reachable: bool | None = None
        # Why the last look at the server failed (shown translated by the window).
        self.error: BaseException | None = None
        self._tools: dict[tuple[str, int], Tool | None] = {}
        # True once `methods()` has run: from then on it only validates what is new.
        self.built = False

    @classmethod
    def from_settings(cls, settings: Settings, data_dir: Path) -> OrganisationLibrary | None:
        url = settings.get("organisation_server")
        if not url:
            return None
        clean, password = without_password(url)
        if password is not None:  # written by hand into settings.json: moved out of it
            save_password(data_dir, password)
            settings.set("organisation_server", clean)
        return cls(clean, data_dir, settings.get("organisation_author"))

    # -- the server --------------------------------------------------------------------------
    def connect(self) -> LibraryServer:
        """A connection to the server, its schema checked (never changed)."""
        server = LibraryServer(
            self.url, password=self._url_password or read_password(self.data_dir)
        )
        try:
            server.check_schema()
        except BaseException as exc:
            server.close()
            self._failed(exc)
            raise
        return server

    def _failed(self, exc: BaseException) -> None:
        self.reachable = False
        self.error = exc

    @property
    def problem(self) -> str | None:
        return str(self.error) if self.error is not None else None

    def refresh(self) -> cache.Snapshot:
        """Read what changed on the server since the last look and keep it. Raises
        OrganisationUnreachable (or ServerSchemaRefused) with the last copy left in hand."""
        server = self.connect()
        try:
            changes, seq = changes_since(server, self.snapshot.seq)
        except OrganisationUnreachable as exc:
            self._failed(exc)
            raise
        finally:
            server.close()
        with self._lock:
            before = self.snapshot
            snapshot = before.merged(changes, seq, utcnow())
            self._loaded = snapshot
            self.reachable, self.error = True, None
        if changes or snapshot.seq != before.seq:
            cache.save(self.cache_path, snapshot)
        cache.save_seen(self.cache_path, snapshot)
        return snapshot

    def fetch(self, uid: str) -> SharedItem | None:
        """The item as the server has it now (and kept), or as last seen when out of reach."""
        try:
            server = self.connect()
        except OrganisationUnreachable:
            return self.item(uid)
        try:
            found = get_item(server, uid)
        finally:
            server.close()
        if found is not None:
            self.note(found)
        return found if found is not None and not found.withdrawn else None

    def note(self, item: SharedItem) -> None:
        """An item this laptop just wrote or read: into the copy in hand."""
        with self._lock:
            snapshot = self.snapshot.with_item(item)
            self._loaded = snapshot
            self.reachable, self.error = True, None
        cache.save(self.cache_path, snapshot)

    # -- the copy in hand --------------------------------------------------------------------
    @property
    def snapshot(self) -> cache.Snapshot:
        loaded = self._loaded
        if loaded is None:
            loaded = self._loaded = cache.load(self.cache_path, self.key)
        return loaded

    def status(self) -> Status:
        """Without reading the cache when it is not read yet (the window asks at once)."""
        snapshot = self._loaded or cache.Snapshot(self.key, fetched_at=cache.seen(self.cache_path))
        return Status(
            self.shown, self.reachable, self.problem, snapshot.fetched_at, len(snapshot.items)
        )

    def items(self, kind: str | None = None) -> list[SharedItem]:
        found = [i for i in self.snapshot.items.values() if kind is None or i.kind == kind]
        return sorted(found, key=lambda item: (item.name.casefold(), item.uid))

    def item(self, uid: str) -> SharedItem | None:
        return self.snapshot.items.get(uid)

    def methods(self) -> list[Tool]:
        """The shared methods as tools ("organisation:<uid>"); one that does not validate
        (written by a newer version) is left out rather than hiding the others. Each version
        is validated once (a thousand take a second or so: the window builds them first on
        its refresh thread, see `built`); any thread may call this."""
        known = self._tools
        built: dict[tuple[str, int], Tool | None] = {}
        tools = []
        for item in self.items("method"):
            key = (item.uid, item.version)
            tool = known[key] if key in known else method_tool(item)
            built[key] = tool
            if tool is not None:
                tools.append(tool)
        self._tools = built  # swapped whole: a reader on another thread sees one or the other
        self.built = True
        return tools

def method_tool(item: SharedItem) -> Tool | None:
    definition, based_on = method_content(item.content)
    try:
        tool = validate_definition(definition, item.uid, based_on)
    except (ToolDataError, TypeError, AttributeError) as exc:
        log.info("shared method %s left out: %s", item.uid, exc)
        return None
    return replace(tool, id=shared_id(item.uid), source=f"organisation:{item.uid}")


def method_content(content: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """A shared method's definition and the built-in it was first copied from."""
    return dict(content.get("definition") or {}), content.get("based_on")


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container): the trainer can set one
        return "?"
