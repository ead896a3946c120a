"""Revision 0005 (training paperwork) upgrades a database full of rows without losing one, and
new rows keep ids never used before."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from facilitator_app.storage import migrate


def test_a_filled_database_upgrades_to_the_paperwork_revision_whole(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade_database(engine, "0002")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO workshop (uid, title, theme, objective, organiser, venue, "
                "facilitators, language, notes, is_template, created_at, updated_at) VALUES "
                "('w', 'Formation', '', '', 'CNFPT', '', '', 'fr', '', 0, '2026-01-01', "
                "'2026-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO participant (uid, workshop_id, name, organisation, function, "
                "category, email, notes) VALUES ('p', 1, 'Élodie', '', '', 'agent', '', '')"
            )
        )
        c.execute(
            text(
                "INSERT INTO quiz_question (uid, workshop_id, position, text, choices, correct)"
                " VALUES ('q', 1, 0, '2+2 ?', '[\"4\"]', '[0]')"
            )
        )
        for n in (1, 2):
            c.execute(
                text(
                    "INSERT INTO quiz_answer (uid, question_id, participant_id, chosen, "
                    f"is_correct) VALUES ('a{n}', 1, 1, '[0]', 1)"
                )
            )
        c.execute(text("DELETE FROM quiz_answer WHERE id = 2"))
        c.execute(
            text(
                "INSERT INTO satisfaction_response (uid, workshop_id, participant_id, criterion,"
                " rating, comment, extra) VALUES ('s', 1, 1, 'Contenu', 4, 'Bien', '{}')"
            )
        )
    migrate.upgrade_database(engine)
    with engine.begin() as c:
        row = c.execute(text("SELECT training_nature, representative FROM workshop")).one()
        assert tuple(row) == ("", "")
        assert c.execute(text("SELECT dropout_reason FROM participant")).scalar() == ""
        assert c.execute(text("SELECT count(*) FROM satisfaction_response")).scalar() == 1
        assert c.execute(text("SELECT sheet_id FROM quiz_answer")).scalar() is None
        c.execute(
            text(
                "INSERT INTO quiz_answer (uid, question_id, chosen, is_correct) "
                "VALUES ('a3', 1, '[0]', 0)"
            )
        )
        # The id of the deleted answer is not handed out again (AUTOINCREMENT kept).
        assert c.execute(text("SELECT max(id) FROM quiz_answer")).scalar() == 3
    engine.dispose()
