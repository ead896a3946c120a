"""The workshop file: one ZIP (.facilitator) holding workshop.json and the photos, so a whole
workshop travels to another laptop. See docs/workshop-file.md.

    export_workshop(db, workshop_id, path) -> Path
    import_workshop_file(db, path) -> ImportResult     # all or nothing; UserError says where
    save_as_template(db, workshop_id, title=..., keep_participants=False) -> ImportResult
    new_from_template(db, template_id, start=date, title=...) -> ImportResult
"""

from __future__ import annotations

from facilitator_app.exchange.export import build_document, export_workshop
from facilitator_app.exchange.format import FILE_SUFFIX, FORMAT, FORMAT_VERSION
from facilitator_app.exchange.importing import ImportResult, import_document, import_workshop_file
from facilitator_app.exchange.templates import new_from_template, save_as_template

__all__ = [
    "FILE_SUFFIX",
    "FORMAT",
    "FORMAT_VERSION",
    "ImportResult",
    "build_document",
    "export_workshop",
    "import_document",
    "import_workshop_file",
    "new_from_template",
    "save_as_template",
]
