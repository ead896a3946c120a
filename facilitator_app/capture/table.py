"""Captured rows in words, for a spreadsheet: the headers and the coded values of each kind in
the chosen language (« Brouillard », not fog), dates as YYYY-MM-DD, clock times as 14:10,
numbers with the language's decimal mark. Pure: it reads the sections `capture_of` gives."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any, Protocol

from facilitator_app.capture.kinds import Column, OutputKind
from facilitator_app.capture.params import Label
from facilitator_app.capture.words import VOCABULARIES, word

# French spreadsheets expect ";" between cells (the comma is their decimal mark).
DELIMITERS = {"fr": ";", "en": ","}


class SectionLike(Protocol):
    @property
    def kind(self) -> OutputKind: ...

    @property
    def rows(self) -> Sequence[Mapping[str, Any]]: ...

    @property
    def labels(self) -> Mapping[str, Mapping[str, Label]]: ...


def cell(column: Column, value: Any, language: str, labels: Mapping[str, Label] = {}) -> str:
    """One value in words."""
    if value is None or value == "":
        return ""
    if column.words == "item":
        label = labels.get(str(value))
        return label.text(language) if label is not None else str(value)
    if column.words and column.words in VOCABULARIES:
        return word(column.words, str(value), language)
    if isinstance(value, bool):
        return word("boolean", "yes" if value else "no", language)
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
        return text.replace(".", ",") if language == "fr" else text
    return str(value)


def headers(kind: OutputKind, language: str) -> list[str]:
    return [column.header.text(language) for column in kind.columns]


def rows_in_words(section: SectionLike, language: str) -> list[list[str]]:
    return [
        [
            cell(column, row.get(column.key), language, section.labels.get(column.key, {}))
            for column in section.kind.columns
        ]
        for row in section.rows
    ]


def records_in_words(section: SectionLike, language: str) -> list[dict[str, str]]:
    """Each row as {column key: value in words}, for JSON."""
    keys = [column.key for column in section.kind.columns]
    return [dict(zip(keys, cells, strict=True)) for cells in rows_in_words(section, language)]


def csv_text(sections: Iterable[SectionLike], language: str, *, single: bool = False) -> str:
    """One kind (`single`): its header and its rows. Several: one block per kind that has
    rows, its name on a line, its header, its rows, then an empty line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITERS.get(language, ","), lineterminator="\r\n")
    for section in sections:
        if not single and not section.rows:
            continue
        if not single:
            writer.writerow([section.kind.label.text(language)])
        writer.writerow(headers(section.kind, language))
        writer.writerows(rows_in_words(section, language))
        if not single:
            writer.writerow([])
    return buffer.getvalue()
