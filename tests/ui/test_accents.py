"""A capital É is never clipped: its accent rises above the font's ascent, and a label drew its
text from the very top of its contents."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel

from facilitator_app.services import workshops


def clipped(label: QLabel) -> int:
    """How many pixels of the text's ink are above the label's contents."""
    metrics = label.fontMetrics()
    ink_top = math.ceil(-metrics.tightBoundingRect(label.text()).top())
    return max(0, ink_top - (label.contentsRect().top() + metrics.ascent()))


def test_headings_and_labels_keep_their_capital_accents(qtbot, french, main_window, ctx):
    workshop_id = workshops.create_workshop(ctx.db, "Été des équipes")
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(workshop_id)
    heading = main_window.workshop_view.heading
    assert heading.text() == "Été des équipes"
    assert clipped(heading) == 0
    library = main_window.show_section("show_library")
    library.select("election-without-candidates")
    assert library.detail.title.text() == "Élection sans candidat"
    assert clipped(library.detail.title) == 0
    plain = QLabel("Échéance")
    qtbot.addWidget(plain)
    plain.show()
    assert clipped(plain) == 0
