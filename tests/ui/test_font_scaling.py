"""The system's font scaling is respected: with the application's font at its size, 1.25 and
1.5 times its size, on a 1366x768 laptop (1366x740 less the task bar), the main screens grow
with their text and cut none of it: every label is as large as its text asks, every button
and closed list shows its whole text, and the window still fits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QTabWidget,
    QToolButton,
    QWidget,
)

from facilitator_app.services.demo import install_demo
from facilitator_app.ui.i18n import install_translations
from tests.ui.test_fits_a_laptop import HEIGHT, WIDTH, pages


def cut(root: QWidget) -> list[str]:
    """The visible labels and buttons of `root` smaller than their text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                wanted = widget.heightForWidth(widget.width())
                if widget.height() < wanted - 1:
                    found.append(f"{name} {widget.text()[:40]!r}: {widget.height()} < {wanted}")
            elif widget.width() < widget.minimumSizeHint().width() - 1:
                hint = widget.minimumSizeHint().width()
                found.append(f"{name} {widget.text()[:40]!r}: {widget.width()} < {hint}")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            # The arrow and the frame take about 24 px: the chosen text must fit beside them.
            wanted = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 24
            if widget.width() < wanted:
                found.append(f"{name} {widget.currentText()[:40]!r}: {widget.width()} < {wanted}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if isinstance(widget, QToolButton) and widget.parentWidget().inherits("QToolBar"):
                continue  # a tool bar moves what does not fit into its extension menu
            hint = widget.minimumSizeHint().width()
            if widget.width() < hint - 1:
                found.append(f"{name} {widget.text()[:40]!r}: {widget.width()} < {hint}")
    return found


@pytest.fixture(
    params=[("fr", 1.0), ("fr", 1.25), ("fr", 1.5), ("en", 1.5)], ids=lambda p: f"{p[0]}-{p[1]}"
)
def scaled(request, qapp) -> Iterator[tuple[str, float]]:
    language, scale = request.param
    normal = QApplication.font()
    larger = QApplication.font()
    larger.setPointSizeF(normal.pointSizeF() * scale)
    QApplication.setFont(larger)
    install_translations(qapp, language)
    try:
        yield language, scale
    finally:
        QApplication.setFont(normal)
        install_translations(qapp, "en")


def test_the_workshop_pages_and_the_library_cut_no_text(qtbot, ctx, scaled):
    from facilitator_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    problems = []
    for name, _page in pages(qtbot, window, ctx):
        window.resize(WIDTH, HEIGHT)
        qtbot.wait(10)
        problems += [f"{name}: {p}" for p in cut(window)]
        if window.minimumSizeHint().width() > WIDTH:
            problems.append(f"{name}: the window asks {window.minimumSizeHint().width()} px")
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_settings_cut_no_text(qtbot, ctx, main_window, scaled):
    dialog = main_window.open_settings()
    problems = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        dialog.adjustSize()
        qtbot.wait(10)
        problems += [f"{dialog.tabs.tabText(index)}: {p}" for p in cut(dialog)]
    assert dialog.width() <= WIDTH and dialog.height() <= HEIGHT
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_console_cuts_no_text(qtbot, ctx, scaled):
    from facilitator_app.services.live import LiveRun
    from facilitator_app.ui.live.console import ConsoleWindow

    workshop_id = install_demo(ctx.db)[0]
    console = ConsoleWindow(ctx, LiveRun(ctx.db, workshop_id, recording=False))
    qtbot.addWidget(console)
    console.resize(WIDTH, HEIGHT)
    console.show()
    qtbot.wait(10)
    problems = []
    for tabs in [None, *console.findChildren(QTabWidget)]:
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
                qtbot.wait(5)
            problems += cut(console)
    assert console.minimumSizeHint().width() <= WIDTH
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))
    console.close()
