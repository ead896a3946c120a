"""What a database failure means to the user: the disk is full, the data is read-only, a text
is too long, the server is out of reach, another writer holds the data, or a plain refusal.

PostgreSQL says what went wrong in its SQLSTATE code; its message quotes the data (`invalid
input syntax for type integer: "locked"`, a failing row in the detail), so the words of a
message are never read there. psycopg's own failures before any answer from the server (no
socket, a name that does not resolve, a timeout) carry no code: the server is out of reach.
SQLite's messages quote no data: their first line is read, as before.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy.exc import DBAPIError


class Failure(Enum):
    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    TOO_LONG = "too long"
    UNREACHABLE = "unreachable"
    BUSY = "busy"
    REFUSED = "refused"


# SQLSTATE codes (PostgreSQL's appendix A). Class 08 and the shutdowns: the server is gone.
_PG_DISK_FULL = {"53100"}
_PG_READ_ONLY = {"25006"}
_PG_TOO_LONG = {"22001"}
_PG_GONE = {"57P01", "57P02", "57P03"}
# A lock not had in time, a deadlock, a serialisation failure, a statement cut by its timeout.
_PG_BUSY = {"55P03", "40P01", "40001", "57014"}

# Another driver's words for a server that is gone (psycopg's failures are told by code).
_GONE_WORDS = (
    "could not connect",
    "connection refused",
    "server closed the connection",
    "timeout expired",
    "terminating connection",
)


def _original(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def first_line(exc: BaseException) -> str:
    lines = str(_original(exc)).strip().splitlines()
    return lines[0] if lines else type(_original(exc)).__name__


def _is_psycopg(error: BaseException) -> bool:
    return type(error).__module__.split(".")[0] == "psycopg"


def classify(exc: BaseException) -> Failure:
    error = _original(exc)
    if _is_psycopg(error):
        return _postgresql(exc, error)
    return _by_words(first_line(exc).lower())


def _postgresql(exc: BaseException, error: BaseException) -> Failure:
    code = getattr(error, "sqlstate", None)
    if code is None:
        # No answer from the server: psycopg's own connection failure (or a dropped one).
        import psycopg

        if isinstance(error, psycopg.OperationalError):
            return Failure.UNREACHABLE
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            return Failure.UNREACHABLE
        return Failure.REFUSED
    if code in _PG_DISK_FULL:
        return Failure.DISK_FULL
    if code in _PG_READ_ONLY:
        return Failure.READ_ONLY
    if code in _PG_TOO_LONG:
        return Failure.TOO_LONG
    if code.startswith("08") or code in _PG_GONE:
        return Failure.UNREACHABLE
    if code in _PG_BUSY:
        return Failure.BUSY
    return Failure.REFUSED


def _by_words(lowered: str) -> Failure:
    if "disk is full" in lowered or "no space" in lowered:
        return Failure.DISK_FULL
    if "readonly" in lowered or "read-only" in lowered:
        return Failure.READ_ONLY
    if "value too long" in lowered:
        return Failure.TOO_LONG
    if any(sign in lowered for sign in _GONE_WORDS):
        return Failure.UNREACHABLE
    if "locked" in lowered or "busy" in lowered:
        return Failure.BUSY
    return Failure.REFUSED
