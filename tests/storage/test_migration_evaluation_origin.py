"""Revision 0008 (the evaluation forms' origin) upgrades a database full of forms at 0007
without losing one: every form typed in before is the laptop's, answers stay with their form,
and new forms keep ids never used before."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from facilitator_app.storage import migrate


def test_a_filled_database_at_0007_upgrades_with_its_forms_from_the_laptop(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade_database(engine, "0007")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO workshop (uid, title, theme, objective, organiser, venue, "
                "facilitators, language, notes, is_template, created_at, updated_at, "
                "training_nature, representative) VALUES ('w', 'Formation', '', '', 'CNFPT', "
                "'', '', 'fr', '', 0, '2026-01-01', '2026-01-01', '', '')"
            )
        )
        for n in (1, 2, 3):
            c.execute(
                text(
                    "INSERT INTO evaluation_sheet (uid, workshop_id, number, created_at) "
                    f"VALUES ('s{n}', 1, {n}, '2026-01-02')"
                )
            )
            c.execute(
                text(
                    "INSERT INTO satisfaction_response (uid, workshop_id, sheet_id, criterion,"
                    f" rating, comment, extra) VALUES ('r{n}', 1, {n}, 'overall', 4, '', '{{}}')"
                )
            )
        c.execute(text("DELETE FROM evaluation_sheet WHERE id = 3"))
    migrate.upgrade_database(engine)
    with engine.begin() as c:
        rows = c.execute(text("SELECT id, number, origin FROM evaluation_sheet ORDER BY id"))
        assert [tuple(r) for r in rows] == [(1, 1, "laptop"), (2, 2, "laptop")]
        answers = c.execute(text("SELECT sheet_id FROM satisfaction_response ORDER BY id"))
        assert [r[0] for r in answers] == [1, 2]  # the third went with its form
        c.execute(
            text(
                "INSERT INTO evaluation_sheet (uid, workshop_id, number, created_at, origin) "
                "VALUES ('s4', 1, 3, '2026-01-03', 'phone')"
            )
        )
        # The id of the deleted form is not handed out again (AUTOINCREMENT kept).
        assert c.execute(text("SELECT max(id) FROM evaluation_sheet")).scalar() == 4
    engine.dispose()
