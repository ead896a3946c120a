"""The methods library screen (section "show_library" of the main window)."""

from facilitator_app.ui.library.page import LibraryPage

__all__ = ["LibraryPage"]
