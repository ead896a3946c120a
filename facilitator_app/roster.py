"""Reading a roster someone pasted from a spreadsheet or saved as CSV/TSV/XLSX, pure Python.

Real rosters are messy: French Excel saves CSV in cp1252 with semicolons, others add a BOM,
quote fields with newlines, leave trailing delimiters and blank lines. `read_roster_text` and
`read_roster_bytes` turn any of these into a `RosterPreview` that says, row by row, what will be
imported, what cannot be read and why, and which rows look like people already known. Nothing
is written here: the preview is shown first and confirmed by the user.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from facilitator_app.errors import UserError
from facilitator_app.roster_names import is_last_first_list
from facilitator_app.roster_words import CATEGORY_WORDS, HEADER_WORDS
from facilitator_app.text import fold

MAX_ROWS = 5000
MAX_BYTES = 5_000_000
FIELDS = ("name", "organisation", "function", "category", "email", "notes")
# The longest text each field holds (the database columns); the import service checks the same.
FIELD_LIMITS = {"name": 200, "organisation": 300, "function": 300, "email": 320}
DEFAULT_CATEGORY = "agent"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def words(text: str) -> str:
    """Folded text reduced to its words: accents, case and punctuation never matter."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def category_of(text: str) -> str | None:
    """The category a cell names, in French or English; None when it is not recognised."""
    key = words(text)
    return CATEGORY_WORDS.get(key) if key else DEFAULT_CATEGORY


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


class KnownPerson(Protocol):
    """What duplicate detection needs to know about someone already on the roster."""

    @property
    def name(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def email(self) -> str: ...


@dataclass(frozen=True)
class RosterPerson:
    name: str
    organisation: str = ""
    function: str = ""
    category: str = DEFAULT_CATEGORY
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class RosterIssue:
    """One problem with a row. `kind`: no-name | too-long (`value` is the field, see
    FIELD_LIMITS) | bad-email | unknown-category | first-name-only (the row is still imported
    for these three: `value` is the first name) | duplicate-in-file | duplicate-on-roster."""

    kind: str
    value: str = ""

    @property
    def blocking(self) -> bool:
        return self.kind in ("no-name", "too-long")

    def message(self, line: int) -> str:
        """The English message for the command line and logs; the UI translates by `kind`."""
        text = {
            "no-name": "no name",
            "too-long": f"the {self.value} is longer than {FIELD_LIMITS.get(self.value)} "
            "characters",
            "bad-email": f"email {self.value!r} is not valid, it will be left empty",
            "unknown-category": f"unknown category {self.value!r}, will be 'other'",
            "first-name-only": f"only a first name, {self.value!r}: imported as it is",
            "duplicate-in-file": f"same person as line {self.value}",
            "duplicate-on-roster": f"already on the roster as {self.value}",
        }[self.kind]
        return f"line {line}: {text}"


@dataclass(frozen=True)
class RosterRow:
    line: int  # where the row starts in the file (1 = first line)
    cells: tuple[str, ...]
    person: RosterPerson | None  # None when the row cannot be imported
    issues: tuple[RosterIssue, ...] = ()

    @property
    def duplicate(self) -> bool:
        return any(i.kind.startswith("duplicate") for i in self.issues)

    @property
    def readable(self) -> bool:
        return self.person is not None


@dataclass(frozen=True)
class RosterPreview:
    rows: tuple[RosterRow, ...]
    columns: dict[str, int] = field(default_factory=dict)  # field -> column index
    header_line: int | None = None
    delimiter: str = ""
    encoding: str = ""

    def people(self, *, skip_duplicates: bool = True) -> list[RosterPerson]:
        """Who will be imported."""
        return [
            r.person
            for r in self.rows
            if r.person is not None and not (skip_duplicates and r.duplicate)
        ]

    @property
    def unreadable(self) -> list[RosterRow]:
        return [r for r in self.rows if not r.readable]

    @property
    def duplicates(self) -> list[RosterRow]:
        return [r for r in self.rows if r.readable and r.duplicate]

    def messages(self) -> list[str]:
        return [issue.message(r.line) for r in self.rows for issue in r.issues]


class RosterTooLarge(UserError):
    pass


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding that read it: UTF-8 (BOM or not), UTF-16 with a BOM (Excel's
    "Unicode text"), else cp1252 (French Excel), else latin-1, which never fails."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def read_roster_bytes(
    data: bytes, filename: str = "", existing: Iterable[KnownPerson] = ()
) -> RosterPreview:
    if len(data) > MAX_BYTES:
        raise _too_large()
    if data.startswith(b"PK\x03\x04") or filename.lower().endswith(".xlsx"):
        from facilitator_app.roster_xlsx import read_first_sheet

        return read_roster_table(read_first_sheet(data), existing, delimiter="xlsx")
    text, encoding = decode(data)
    preview = _read_text(text, existing)
    return RosterPreview(
        preview.rows, preview.columns, preview.header_line, preview.delimiter, encoding
    )


def read_roster_text(text: str, existing: Iterable[KnownPerson] = ()) -> RosterPreview:
    """A pasted block (tab-separated from a spreadsheet) or the text of a CSV/TSV file."""
    if len(text) > MAX_BYTES or len(text.encode("utf-8", "replace")) > MAX_BYTES:
        raise _too_large()
    return _read_text(text, existing)


def _read_text(text: str, existing: Iterable[KnownPerson]) -> RosterPreview:
    text = text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x00")
    table: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            table.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as exc:  # e.g. a NUL byte: not a text file
        raise UserError(
            "line {line}: cannot read this text ({error})", line=line, error=str(exc)
        ) from exc
    return read_roster_table(table, existing, delimiter=delimiter)


def sniff_delimiter(text: str) -> str:
    """Tab, semicolon or comma: the one that splits the first lines most consistently into
    several columns; "" when the text is a single column (a list of names)."""
    sample = text[:20_000]
    best, best_score = "", 0.0
    for delimiter in ("\t", ";", ","):
        try:
            rows = [
                len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            ]
        except csv.Error:
            continue
        rows = [n for n in rows[:50] if n > 0]
        if not rows:
            continue
        width, count = Counter(rows).most_common(1)[0]
        if width < 2:
            continue
        score = count / len(rows) + 0.01 * min(width, 10)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_roster_table(
    table: Sequence[tuple[int, Sequence[str]]],
    existing: Iterable[KnownPerson] = (),
    *,
    delimiter: str = "",
) -> RosterPreview:
    """Rows of cells (with the line where each starts) into a preview."""
    rows = [(line, [c.strip() for c in cells]) for line, cells in table]
    rows = [(line, cells) for line, cells in rows if any(cells)]
    if len(rows) > MAX_ROWS + 1:
        raise _too_large()
    columns: dict[str, int] = {}
    header_line = None
    if rows:
        columns = header_columns(rows[0][1])
        if columns:
            header_line = rows.pop(0)[0]
        else:
            columns = _guess_columns(rows, delimiter)
    if len(rows) > MAX_ROWS:
        raise _too_large()
    seen = _Seen(existing)
    result = [_read_row(line, cells, columns, seen) for line, cells in rows]
    return RosterPreview(tuple(result), columns, header_line, delimiter)


def header_columns(cells: Sequence[str]) -> dict[str, int]:
    """Which column holds which field, if these cells are a header row; {} if they are not."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = words(cell)
        name = HEADER_WORDS.get(key)
        if name is None and key:
            name = _header_by_keyword(key)
        if name and name not in found:
            found[name] = index
    if "first_name" in found and "last_name" not in found and "name" not in found:
        found["name"] = found.pop("first_name")
    if "last_name" in found and "first_name" not in found:
        found.setdefault("name", found.pop("last_name"))  # "Nom" alone is the whole name
    # A row with a name column, or two recognised headings, is a header row.
    return found if "name" in found or len(found) >= 2 else {}


def _header_by_keyword(key: str) -> str | None:
    if "mail" in key or "courriel" in key:
        return "email"
    if key.startswith("prenom"):
        return "first_name"
    if key.startswith(("nom ", "name ")):
        return "last_name" if "famille" in key else "name"
    if key.startswith(("categorie", "statut")):
        return "category"
    if key.startswith(("fonction", "poste")):
        return "function"
    return None


def _guess_columns(rows: Sequence[tuple[int, Sequence[str]]], delimiter: str) -> dict[str, int]:
    """No header: the usual order (name, organisation, function, category, email, notes),
    except that a column mostly of addresses is the email, and that "Dupont, Marie" lines
    are one name, read "Marie Dupont" (see roster_names)."""
    if is_last_first_list(rows, delimiter):
        return {"last_name": 0, "first_name": 1}
    width = max(len(cells) for _, cells in rows)

    def addresses(index: int) -> bool:
        values = [c[index] for _, c in rows if index < len(c) and c[index]]
        return bool(values) and sum(is_valid_email(v) for v in values) * 2 > len(values)

    email_column = next((i for i in range(width) if addresses(i)), None)
    others = iter(f for f in FIELDS if f != "email" or email_column is None)
    columns: dict[str, int] = {}
    for index in range(width):
        name = "email" if index == email_column else next(others, None)
        if name:
            columns[name] = index
    return columns


class _Seen:
    """Folded names and emails met so far, and where: the roster first, then earlier lines."""

    def __init__(self, existing: Iterable[KnownPerson]) -> None:
        self.by_key: dict[object, RosterIssue] = {}
        for person in existing:
            issue = RosterIssue("duplicate-on-roster", person.name)
            for key in _keys(person.name, person.organisation, person.email):
                self.by_key.setdefault(key, issue)

    def check(self, line: int, person: RosterPerson) -> RosterIssue | None:
        keys = _keys(person.name, person.organisation, person.email)
        found = next((self.by_key[k] for k in keys if k in self.by_key), None)
        for key in keys:
            self.by_key.setdefault(key, RosterIssue("duplicate-in-file", str(line)))
        return found


def _keys(name: str, organisation: str, email: str) -> list[object]:
    keys: list[object] = [("name", words(name), words(organisation))]
    if email.strip():
        keys.append(("email", email.strip().casefold()))
    return keys


def _cell(cells: Sequence[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return cells[index] if index is not None and index < len(cells) else ""


def _read_row(line: int, cells: Sequence[str], columns: dict[str, int], seen: _Seen) -> RosterRow:
    name = " ".join(
        " ".join(_cell(cells, columns, part).split())
        for part in ("first_name", "name", "last_name")
        if _cell(cells, columns, part)
    )
    if not name:
        return RosterRow(line, tuple(cells), None, (RosterIssue("no-name"),))
    issues: list[RosterIssue] = []
    first = " ".join(_cell(cells, columns, "first_name").split())
    if first and "last_name" in columns and not _cell(cells, columns, "last_name").strip():
        # ";Jean": a first name without a surname is imported, and the preview says so.
        issues.append(RosterIssue("first-name-only", first))
    email = _cell(cells, columns, "email")
    if email.lower().startswith("mailto:"):
        email = email[7:]
    if email and not is_valid_email(email):
        issues.append(RosterIssue("bad-email", email))
        email = ""
    raw_category = _cell(cells, columns, "category")
    category = category_of(raw_category)
    if category is None:
        issues.append(RosterIssue("unknown-category", raw_category))
        category = "other"
    person = RosterPerson(
        name=name,
        organisation=" ".join(_cell(cells, columns, "organisation").split()),
        function=" ".join(_cell(cells, columns, "function").split()),
        category=category,
        email=email,
        notes=_cell(cells, columns, "notes"),
    )
    # The import refuses the whole roster for one overlong field: the row is refused here.
    too_long = tuple(
        RosterIssue("too-long", field)
        for field, limit in FIELD_LIMITS.items()
        if len(getattr(person, field)) > limit
    )
    if too_long:
        return RosterRow(line, tuple(cells), None, (*too_long, *issues))
    duplicate = seen.check(line, person)
    if duplicate is not None:
        issues.append(duplicate)
    return RosterRow(line, tuple(cells), person, tuple(issues))


def _too_large() -> RosterTooLarge:
    return RosterTooLarge(
        "this roster is too large to import (at most {rows} rows and {megabytes} MB): split it "
        "into smaller files",
        rows=MAX_ROWS,
        megabytes=MAX_BYTES // 1_000_000,
    )
