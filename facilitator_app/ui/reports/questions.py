"""A quiz question and its choices: one choice per line, the right one(s) starting with *."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

RIGHT = "*"


class QuestionDialog(QDialog):
    def __init__(self, question=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionDialog")
        self.setWindowTitle(self.tr("Quiz question"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("questionText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        self.choices = QPlainTextEdit()
        self.choices.setObjectName("questionChoices")
        self.choices.setTabChangesFocus(True)
        if question is not None:
            self.text.setPlainText(question.text)
            self.choices.setPlainText(
                "\n".join(
                    (RIGHT if index in question.correct else "") + choice
                    for index, choice in enumerate(question.choices)
                )
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Question")))
        layout.addWidget(self.text)
        layout.addWidget(QLabel(self.tr("Choices, one per line; start the right one(s) with *")))
        layout.addWidget(self.choices)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, list[str], list[int]]:
        lines = [line.strip() for line in self.choices.toPlainText().splitlines() if line.strip()]
        correct = [i for i, line in enumerate(lines) if line.startswith(RIGHT)]
        return self.text.toPlainText(), [line.lstrip(RIGHT).strip() for line in lines], correct
