"""The capture panels of the console (what the room produces), one module per kind of output,
built on the services of facilitator_app.services.capture and the registry of
facilitator_app.capture. The console holds a `CapturePanel`."""

from facilitator_app.ui.capture.panel import CapturePanel

__all__ = ["CapturePanel"]
