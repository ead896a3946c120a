"""The named operations that record what the room produces, one module per family (notes,
cards and clusters, votes, decisions, elections, co-development, records, actions, photos,
attendance), and `query.capture_of`: everything captured in a workshop, as plain data in the
order of the registry (facilitator_app/capture/kinds.py). Contract: docs/development.md."""

from facilitator_app.services.capture import (  # noqa: F401
    actions,
    attendance,
    cards,
    codev,
    decisions,
    elections,
    notes,
    photos,
    records,
    votes,
)
