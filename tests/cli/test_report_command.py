"""`facilitator-app report WORKSHOP --kind KIND [--lang fr|en] [--anonymous] -o FILE.pdf`:
exit 0 and the path printed; an unknown workshop or kind exits 2 with one line on stderr;
storage trouble exits 1."""

from __future__ import annotations

import pytest

from facilitator_app.cli import main
from facilitator_app.reports.registry import COMMAND_LINE_KINDS
from tests.reports.helpers import make_training, pdf_text


def test_each_document_of_the_command_line_is_written(db, tmp_path, capsys):
    make_training(db)
    for kind in COMMAND_LINE_KINDS:
        target = tmp_path / f"{kind}.pdf"
        assert (
            main(["report", "Management de la coopération", "--kind", kind, "-o", str(target)]) == 0
        ), kind
        assert capsys.readouterr().out.strip() == str(target)
        assert target.read_bytes().startswith(b"%PDF")


def test_the_language_can_be_chosen(db, tmp_path, capsys):
    training = make_training(db)
    target = tmp_path / "sheet.pdf"
    assert (
        main(
            [
                "report",
                str(training.workshop),
                "--kind",
                "attendance",
                "--lang",
                "en",
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert "Attendance sheet" in pdf_text(target)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["report", "nope", "--kind", "attendance"], "no workshop matches"),
        (["report", "1", "--kind", "nonsense"], "invalid choice"),
    ],
)
def test_an_unknown_workshop_or_kind_exits_2_with_one_line(
    db, tmp_path, capsys, arguments, message
):
    make_training(db)
    target = tmp_path / "x.pdf"
    try:
        code = main([*arguments, "-o", str(target)])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and message in error and "Traceback" not in error
    assert not target.exists()


def test_certificates_of_a_workshop_that_is_not_a_training_exit_2(db, tmp_path, capsys):
    from facilitator_app.services import workshops

    workshops.create_workshop(db, "Forum")
    assert main(["report", "Forum", "--kind", "certificates", "-o", str(tmp_path / "c.pdf")]) == 2
    assert "training action" in capsys.readouterr().err


def test_a_missing_folder_or_another_suffix_exits_2(db, tmp_path, capsys):
    make_training(db)
    assert (
        main(["report", "1", "--kind", "decisions", "-o", str(tmp_path / "missing" / "r.pdf")]) == 2
    )
    assert main(["report", "1", "--kind", "decisions", "-o", str(tmp_path / "r.txt")]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 2


def test_storage_trouble_exits_1(isolated_data_dir, tmp_path, capsys):
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    (isolated_data_dir / "facilitator.sqlite3").write_text("not a database at all")
    code = main(["report", "1", "--kind", "attendance", "-o", str(tmp_path / "a.pdf")])
    assert code == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_the_messages_language_does_not_change_the_documents(db, tmp_path, capsys):
    training = make_training(db)  # a French workshop
    target = tmp_path / "sheet.pdf"
    arguments = ["report", str(training.workshop), "--kind", "attendance", "-o", str(target)]
    assert main(["--lang", "en", *arguments]) == 0
    assert "Feuille d’émargement" in pdf_text(target)


def test_an_anonymous_summary_from_the_command_line(db, tmp_path, capsys):
    from tests.reports.helpers import make_seminar

    seminar = make_seminar(db)
    target = tmp_path / "cr.pdf"
    arguments = ["report", str(seminar.workshop), "--kind", "summary", "-o", str(target)]
    assert main([*arguments, "--anonymous"]) == 0
    text = pdf_text(target)
    assert "Déjeuners croisés" in text and "Déjeuners croisés (Émilie)" not in text
    assert main(arguments) == 0
    assert "Déjeuners croisés (Émilie)" in pdf_text(target)
