"""The participants page of a workshop: the roster, its import, and groups and tables."""

from facilitator_app.ui.participants.page import ParticipantsPage

__all__ = ["ParticipantsPage"]
