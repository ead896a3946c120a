"""The phones' door in the console: open the running item to the room's phones, show the QR
code on the projector, count who is connected and what came (facilitator_app/phones)."""

from facilitator_app.ui.phones.door import PhonesDoor

__all__ = ["PhonesDoor"]
