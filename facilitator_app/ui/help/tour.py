"""The first-start tour: the four steps of a workshop (prepare, run, capture, print) in four
short pages, each saying where in the window it happens. Shown once on the first start (the
setting "tour_seen"), again from the Help menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui.context import AppContext
from facilitator_app.ui.i18n import QT_TRANSLATE_NOOP

STEPS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("TourDialog", "1. Prepare"),
        QT_TRANSLATE_NOOP(
            "TourDialog",
            "Create a workshop (Ctrl+N) or start from a template. In its plan, add days and "
            "methods from the library (Ctrl+2): the clock times follow as you move them. "
            "Import the participants from a spreadsheet and make the groups.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TourDialog", "2. Run"),
        QT_TRANSLATE_NOOP(
            "TourDialog",
            "On the day, press F5: the console opens on your screen and the big timer on the "
            "projector. A presentation clicker moves from step to step (Page Down, Page Up) "
            "and B blacks the screen out. F1 lists every key.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TourDialog", "3. Capture"),
        QT_TRANSLATE_NOOP(
            "TourDialog",
            "During each activity, type what the groups produce in the console's panels: "
            "notes, cards, votes, decisions, actions, attendance. It is saved as you type.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TourDialog", "4. Print"),
        QT_TRANSLATE_NOOP(
            "TourDialog",
            "After the workshop, print the summary for the participants, the attendance "
            "sheets per half-day, the certificates and the evaluation forms. Everything "
            "stays on this computer; nothing goes to the internet (phones in the room reach "
            "it only on the room's network, while you open the door to them).",
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TourDialog", text)


class TourDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tourDialog")
        # Closing the main window quits even while this dialog is open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(
            QCoreApplication.translate("TourDialog", "The four steps of a workshop")
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        for title, text in STEPS:
            page = QWidget()
            column = QVBoxLayout(page)
            heading = QLabel(f"<h2>{_tr(title)}</h2>")
            body = QLabel(_tr(text))
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(heading)
            column.addWidget(body, 1)
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)
        self.again = QCheckBox(
            QCoreApplication.translate("TourDialog", "Show this tour at the next start")
        )
        self.again.setChecked(False)
        layout.addWidget(self.again)
        row = QHBoxLayout()
        self.previous = QPushButton(QCoreApplication.translate("TourDialog", "Previous"))
        self.previous.setObjectName("tourPrevious")
        self.previous.clicked.connect(lambda: self.go(-1))
        self.next = QPushButton(QCoreApplication.translate("TourDialog", "Next"))
        self.next.setObjectName("tourNext")
        self.next.setDefault(True)
        self.next.clicked.connect(self._next)
        self.position = QLabel()
        row.addWidget(self.previous)
        row.addStretch(1)
        row.addWidget(self.position)
        row.addStretch(1)
        row.addWidget(self.next)
        layout.addLayout(row)
        self.finished.connect(self._remember)
        self.go(0)

    def go(self, step: int) -> None:
        index = min(max(self.pages.currentIndex() + step, 0), self.pages.count() - 1)
        self.pages.setCurrentIndex(index)
        self.previous.setEnabled(index > 0)
        last = index == self.pages.count() - 1
        self.next.setText(
            QCoreApplication.translate("TourDialog", "Start")
            if last
            else QCoreApplication.translate("TourDialog", "Next")
        )
        self.position.setText(
            QCoreApplication.translate("TourDialog", "{step} of {count}").format(
                step=index + 1, count=self.pages.count()
            )
        )

    def _next(self) -> None:
        if self.pages.currentIndex() == self.pages.count() - 1:
            self.accept()
        else:
            self.go(1)

    def _remember(self, _result: int) -> None:
        self.ctx.settings.set("tour_seen", not self.again.isChecked())


def show_tour(window: QWidget, ctx: AppContext) -> TourDialog:
    dialog = window.findChild(TourDialog)
    if dialog is None:
        dialog = TourDialog(ctx, window)
    dialog.show()
    dialog.raise_()
    return dialog
