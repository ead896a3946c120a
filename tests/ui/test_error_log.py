"""The unexpected-error log never records what people typed: SQL parameters (a participant's
name and e-mail) stay out of it, whichever way the error reaches the log."""

from __future__ import annotations

import logging
import sys

import pytest
from sqlalchemy.exc import IntegrityError

from facilitator_app.models import Participant
from facilitator_app.ui import errors

NAME, EMAIL = "Claire Dupont-Secret", "claire.secret@example.org"


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    root = logging.getLogger()
    before = list(root.handlers)
    path = errors.setup_logging(tmp_path / "logs")
    assert path is not None
    monkeypatch.setattr(errors.QMessageBox, "critical", lambda *args: None)
    yield path
    for handler in root.handlers[len(before) :]:
        handler.close()
        root.removeHandler(handler)


def _refused_insert(db) -> BaseException:
    """A person added to a workshop that does not exist: the database refuses the row."""
    try:
        with db.engine.begin() as connection:
            connection.execute(
                Participant.__table__.insert(),
                {"workshop_id": 424242, "name": NAME, "email": EMAIL},
            )
    except IntegrityError as exc:
        return exc
    raise AssertionError("the row was accepted")


def _written(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_an_unexpected_database_error_is_logged_without_its_parameters(db, log_file, qapp):
    errors.show_error(None, _refused_insert(db))
    text = _written(log_file)
    assert "INSERT INTO participant" in text  # the error is there, to be reported
    assert NAME not in text and EMAIL not in text


def test_an_uncaught_error_caused_by_the_database_is_logged_without_parameters(
    db, log_file, qapp, monkeypatch
):
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    errors.install_excepthook()
    try:
        raise RuntimeError("saving failed") from _refused_insert(db)
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    text = _written(log_file)
    assert "saving failed" in text and "FOREIGN KEY" in text
    assert NAME not in text and EMAIL not in text
