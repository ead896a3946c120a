"""Every document carries every font it uses: ReportLab names Helvetica (and ZapfDingbats for
a ★ bullet) unless told otherwise, and a reader without them swaps glyphs such as « or €."""

from __future__ import annotations

from facilitator_app.reports.make import ReportRequest, documents_for, make_report
from tests.reports.helpers import fonts_not_embedded, make_seminar, make_training, pdf_text


def test_no_document_names_a_font_it_does_not_embed(db, tmp_path):
    training, seminar = make_training(db), make_seminar(db)
    made = 0
    for workshop in (training.workshop, seminar.workshop):
        for spec in documents_for(db, workshop):
            request = ReportRequest(spec.kind, attestation=True)
            for path in make_report(db, workshop, request, tmp_path / f"{workshop}-{spec.kind}"):
                assert fonts_not_embedded(path) == set(), (spec.kind, path)
                made += 1
    assert made >= 2 * 8 + 1  # every document of both workshops, the client's summary too


def test_french_signs_print_with_their_spaces(db, tmp_path):
    from facilitator_app.services import workshops

    seminar = make_seminar(db)
    workshops.update_workshop(db, seminar.workshop, theme="« Coopérer » coûte 0 € : l’essayer !")
    [path] = make_report(db, seminar.workshop, ReportRequest("summary"), tmp_path / "s.pdf")
    assert "« Coopérer » coûte 0 € : l’essayer !" in pdf_text(path)
    assert fonts_not_embedded(path) == set()
