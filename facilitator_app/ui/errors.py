"""How errors reach the user: a UserError as a warning, a StorageError as an alert while the app
goes on, anything else logged and shown with where the log is."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_app.errors import (
    SEPARATOR,
    FacilitatorError,
    Listing,
    Phrase,
    StorageError,
    UserError,
)
from facilitator_app.jobs import Cancelled

log = logging.getLogger("facilitator_app")
_log_file: Path | None = None


def error_text(exc: BaseException) -> str:
    """An error of the core in the user's language (its template is in the "core" catalogue);
    anything else as it is."""
    if not isinstance(exc, FacilitatorError) or not exc.template:
        return str(exc)
    return _translated(exc.template, exc.params, str(exc))


def phrase_text(text: str) -> str:
    """A sentence of the core inside a message (a Phrase: a tool's problem, a refusal's
    detail) in the user's language; any other text as it is."""
    if isinstance(text, Listing):
        separator = QCoreApplication.translate("core", SEPARATOR.template)
        return separator.join(phrase_text(item) for item in text.items)
    if isinstance(text, Phrase) and text.template:
        return _translated(text.template, text.params, str(text))
    return text


def _translated(template: str, params: dict[str, Any], english: str) -> str:
    translated = QCoreApplication.translate("core", template)
    if not params:
        return translated
    values = {k: phrase_text(v) if isinstance(v, str) else v for k, v in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return english


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return  # the user stopped a long job: nothing to say
    if isinstance(exc, UserError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "Cannot do that"), error_text(exc)
        )
    elif isinstance(exc, StorageError):
        QMessageBox.critical(
            parent, QCoreApplication.translate("Errors", "Not saved"), error_text(exc)
        )
    else:
        log.error("unexpected error", exc_info=exc)
        where = (
            str(_log_file) if _log_file else QCoreApplication.translate("Errors", "the terminal")
        )
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Errors", "Unexpected error"),
            QCoreApplication.translate(
                "Errors", "Something went wrong: {error}\n\nDetails were written to {log}."
            ).format(error=exc, log=where),
        )


@contextmanager
def reported(parent: QWidget | None) -> Iterator[None]:
    """Run a user action; show its error instead of letting it escape into Qt's event loop."""
    try:
        yield
    except Exception as exc:
        show_error(parent, exc)


def setup_logging(logs_dir: Path) -> Path | None:
    """A rotating log in the data folder. A folder that cannot be written (read-only media)
    must not stop the window: the log then goes to the terminal, and None is returned."""
    global _log_file
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            logs_dir / "facilitator.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        _log_file = None
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(formatter)
        root.addHandler(handler)
        log.warning("the log cannot be written in %s (%s): logging to the terminal", logs_dir, exc)
        return None
    _log_file = logs_dir / "facilitator.log"
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return _log_file


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught: %s", "".join(traceback.format_exception(kind, value, tb)))
        sys.__excepthook__(kind, value, tb)
        with suppress(Exception):
            show_error(None, value)

    sys.excepthook = hook
