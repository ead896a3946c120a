"""The first sheet of an .xlsx workbook as rows of text, with the standard library only.

An .xlsx file is a zip of XML parts: the workbook names its sheets, a relationships part says
which file each sheet is, and most texts sit in a shared-strings table that cells point into.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from xml.etree import ElementTree as ET

from facilitator_app.errors import UserError

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
MAX_UNPACKED = 50_000_000  # a zip bomb stops here


def read_first_sheet(data: bytes) -> list[tuple[int, list[str]]]:
    """(row number, cells) for each row of the first sheet; empty cells are ""."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED:
            raise UserError("this workbook is too large to import")
        strings = _shared_strings(archive)
        sheet = ET.fromstring(archive.read(_first_sheet_path(archive)))
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        raise UserError(
            "this file is not a readable .xlsx workbook ({error})", error=str(exc)
        ) from exc
    rows: list[tuple[int, list[str]]] = []
    for row in sheet.iter(f"{_MAIN}row"):
        cells: dict[int, str] = {}
        for position, cell in enumerate(row.iter(f"{_MAIN}c")):
            match = _CELL_REF.match(cell.get("r", ""))
            column = _column_index(match.group(1)) if match else position
            cells[column] = _cell_text(cell, strings)
        number = int(row.get("r", len(rows) + 1))
        width = max(cells, default=-1) + 1
        rows.append((number, [cells.get(i, "") for i in range(width)]))
    return rows


def _first_sheet_path(archive: zipfile.ZipFile) -> str:
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    sheet = workbook.find(f"{_MAIN}sheets/{_MAIN}sheet")
    if sheet is None:
        raise KeyError("the workbook has no sheet")
    rel_id = sheet.get(f"{_REL}id")
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return "xl/worksheets/sheet1.xml"


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    try:
        root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
    except KeyError:
        return []
    return [_text_of(item) for item in root.iter(f"{_MAIN}si")]


def _text_of(element: ET.Element) -> str:
    """The visible text of a string item: its runs, without phonetic guides."""
    parts = []
    for node in element.iter():
        if node.tag == f"{_MAIN}rPh":
            continue
        if node.tag == f"{_MAIN}t" and node.text:
            parts.append(node.text)
    return "".join(parts)


def _cell_text(cell: ET.Element, strings: list[str]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{_MAIN}is")
        return _text_of(inline) if inline is not None else ""
    value = cell.findtext(f"{_MAIN}v") or ""
    if kind == "s":
        index = int(value) if value.isdigit() else -1
        return strings[index] if 0 <= index < len(strings) else ""
    if kind == "b":
        return "TRUE" if value == "1" else "FALSE"
    if kind == "n" and value:
        try:
            number = float(value)
        except ValueError:
            return value
        return str(int(number)) if number.is_integer() else value
    return value


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
