"""Broken or missing data gives a clean document, never a traceback: a participant without
organisation, a 3000-character text, an item without outputs, an empty workshop, a
40-character name, and whatever hypothesis types into names and texts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app import models
from facilitator_app.reports.make import ReportRequest, make_report
from facilitator_app.reports.registry import DOCUMENTS
from facilitator_app.services import participants, workshops
from facilitator_app.storage.database import Database
from tests.reports.helpers import make_training, pdf_pages

READY = [d.kind for d in DOCUMENTS if d.kind != "codev"]


def _make_all(db: Database, wid: int, folder, language: str | None = None) -> None:
    for kind in READY:
        request = ReportRequest(kind, language=language)
        if kind == "certificates":
            workshops.update_workshop(db, wid, training_nature="training")
        for path in make_report(db, wid, request, folder / f"{kind}.pdf"):
            assert pdf_pages(path), kind


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_empty_workshop_gives_every_document_cleanly(db, tmp_path, language):
    wid = workshops.create_workshop(db, "Atelier vide")
    _make_all(db, wid, tmp_path, language)


def test_long_texts_and_missing_fields_give_clean_documents(db, tmp_path):
    training = make_training(db)
    wid = training.workshop
    long = "Une très longue contribution, " * 100  # 3000 characters
    workshops.update_workshop(
        db,
        wid,
        organiser="",
        representative="",
        signature_place="",
        objective=long,
        title="T" * 300,
    )
    participants.add_participant(db, wid, "X" * 200, organisation=long[:300])
    with db.transaction() as s:
        s.add(
            models.Decision(
                workshop_id=wid,
                title=long[:300],
                proposal=long,
                decided_on=date(2026, 3, 2),
                details={"review_on": "pas une date"},
            )
        )
        s.add(
            models.SatisfactionResponse(
                workshop_id=wid, criterion="Ancien critère", rating=5, comment=long
            )
        )
    _make_all(db, wid, tmp_path)


names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip())


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=names, organisation=st.text(max_size=80), venue=st.text(max_size=80))
def test_whatever_is_typed_into_names_prints(db, tmp_path_factory, name, organisation, venue):
    folder = tmp_path_factory.mktemp("docs")
    wid = workshops.create_workshop(
        db,
        "Atelier",
        first_day=date(2026, 3, 2),
        venue=" ".join(venue.split()) or "Salle",
        training_nature="training",
    )
    participants.add_participant(db, wid, name, organisation=organisation)
    for kind in ("attendance", "certificates", "satisfaction"):
        for path in make_report(db, wid, ReportRequest(kind), folder / f"{kind}.pdf"):
            assert pdf_pages(path)
