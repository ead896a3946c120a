"""Importing this registers every named operation of the services (see services.operations);
the table-driven undo test and the i18n script walk the registry this fills."""

from facilitator_app.services import (  # noqa: F401
    agenda,
    attendance,
    capture,
    evaluation,
    exchange,
    groups,
    library,
    organisation,
    participants,
    privacy,
    retention,
    workshops,
)
