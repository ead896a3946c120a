"""Help inside the app: the shortcuts page (F1), the first-start tour, What's This on the
live console."""

from facilitator_app.ui.help.shortcuts import ShortcutsDialog, show_shortcuts
from facilitator_app.ui.help.tour import TourDialog, show_tour

__all__ = ["ShortcutsDialog", "TourDialog", "show_shortcuts", "show_tour"]
