"""The compiled schema check (fastjsonschema, what says yes quickly) and jsonschema (the judge
that words refusals) give the same verdict: on the demo documents, on a full workshop, and on
what Hypothesis makes of it by mutation (the fuzz test's mutations)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.exchange.validation import _validator, check_shape, quickly_valid
from facilitator_app.resources import resource_path
from facilitator_app.services.exchange import build_document
from facilitator_app.storage.database import Database
from tests.exchange.helpers import make_full_workshop
from tests.exchange.test_fuzz import _mutate


def _same_verdict(document: Any) -> bool:
    try:
        check_shape(document)  # what runs before the schema: nothing deeper reaches it
    except Exception:
        return True
    return quickly_valid(document) == _validator().is_valid(document)


def test_the_demo_documents_are_valid_for_both():
    for path in sorted(resource_path("demo").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        assert quickly_valid(document) and _validator().is_valid(document), path.name


def test_plain_breaches_are_refused_by_both(db: Database):
    document, _photos = build_document(db, make_full_workshop(db))
    breaches = []
    for change in (
        lambda d: d.update(extra=1),  # additionalProperties
        lambda d: d.pop("workshop"),  # required
        lambda d: d["workshop"].update(title="x" * 100_000),  # maxLength
        lambda d: d["workshop"].update(title=3),  # type
        lambda d: d.update(format_version=True),  # a boolean is not an integer
        lambda d: d["days"][0].update(date="2026-1-1"),  # pattern
    ):
        broken = json.loads(json.dumps(document))
        change(broken)
        breaches.append(broken)
    for broken in breaches:
        assert not quickly_valid(broken) and not _validator().is_valid(broken)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_mutated_documents_get_the_same_verdict_from_both(db: Database, data: Any) -> None:
    if not hasattr(db, "_schema_document"):
        db._schema_document = build_document(db, make_full_workshop(db))[0]  # type: ignore[attr-defined]
    assert _same_verdict(_mutate(db._schema_document, data))  # type: ignore[attr-defined]
