"""Hypothesis mutates a valid workshop.json: whatever it produces is either imported or refused
with a UserError, and a refusal leaves the database exactly as it was."""

from __future__ import annotations

import contextlib
import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.errors import UserError
from facilitator_app.exchange.reading import read_workshop_file
from facilitator_app.services.exchange import build_document, export_workshop, import_document
from facilitator_app.storage.database import Database
from tests import postgres
from tests.exchange.helpers import dump, make_full_workshop

# What a hostile tester tried: the ends of the calendar, numbers too large for a float,
# nesting deeper than anything recursive can take.
EDGES = [
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "0001-01-01",
    "9999-12-31",
    "9999-12-31T23:59:59+00:00",
    "23:59:60",
]


def _deep() -> list[Any]:
    """Lists in lists, deeper than a workshop file may nest (a fresh one each time: mutations
    change what they are given)."""
    node: list[Any] = []
    for _ in range(36):
        node = [node]
    return node


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.builds(_deep)
    | st.sampled_from(
        ["p1", "d1", "i1", "c1", "k1", "2026-02-30", "25:00", "custom:x", "", "\ud800", *EDGES]
    ),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


def _locations(node: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((node, key))
            _locations(value, found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((node, index))
            _locations(value, found)
    return found


def _mutate(document: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    result = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        places = _locations(result, [])
        container, key = data.draw(st.sampled_from(places), label="where")
        action = data.draw(st.sampled_from(["replace", "delete", "duplicate", "add"]))
        if action == "replace":
            container[key] = data.draw(JSON_VALUES, label="value")
        elif action == "delete":
            del container[key]
        elif action == "duplicate" and isinstance(container, list):
            container.append(copy.deepcopy(container[key]))
        elif isinstance(container, dict):
            container[data.draw(st.text(min_size=1, max_size=8), label="key")] = data.draw(
                JSON_VALUES
            )
    return result


def _examples(on_sqlite: int) -> int:
    """The parsing is the store's no more: the PostgreSQL run (a server given) tries a fifth
    of the examples, enough for what only a server refuses (a text over its column's length)."""
    return on_sqlite // 5 if postgres.URL else on_sqlite


@settings(
    max_examples=_examples(200),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_mutated_documents_are_imported_or_refused_cleanly(db: Database, data: Any) -> None:
    if not hasattr(db, "_fuzz_document"):
        workshop_id = make_full_workshop(db)
        db._fuzz_document = build_document(db, workshop_id)  # type: ignore[attr-defined]
    document, photos = db._fuzz_document  # type: ignore[attr-defined]
    mutated = _mutate(document, data)
    before = dump(db)
    try:
        import_document(db, mutated, photos)
    except UserError:
        assert dump(db) == before


@settings(
    max_examples=_examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_damaged_archives_are_read_or_refused_cleanly(db: Database, tmp_path_factory, data):
    """Bytes of the zip's headers changed at random (flags, methods, sizes, names): reading the
    file gives a document or a UserError, nothing else."""
    if not hasattr(db, "_fuzz_archive"):
        workshop_id = make_full_workshop(db)
        folder = tmp_path_factory.mktemp("archive")
        db._fuzz_archive = export_workshop(db, workshop_id, folder / "good.facilitator")  # type: ignore[attr-defined]
    original = db._fuzz_archive.read_bytes()  # type: ignore[attr-defined]
    content = bytearray(original)
    headers = [i for i in range(len(content) - 4) if content[i : i + 2] == b"PK"]
    for _ in range(data.draw(st.integers(min_value=1, max_value=4), label="changes")):
        start = data.draw(st.sampled_from(headers), label="header")
        offset = start + data.draw(st.integers(min_value=4, max_value=45), label="offset")
        if offset < len(content):
            content[offset] = data.draw(st.integers(min_value=0, max_value=255), label="byte")
    path = db._fuzz_archive.with_name("changed.facilitator")  # type: ignore[attr-defined]
    path.write_bytes(bytes(content))
    with contextlib.suppress(UserError):
        read_workshop_file(path)
