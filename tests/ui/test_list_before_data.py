"""The window lists the workshops read at a glance before the database is attached; a workshop
chosen in that moment opens once the data is there, and the full reading replaces the glance."""

from __future__ import annotations

from facilitator_app.services import workshops as service
from facilitator_app.settings import Settings
from facilitator_app.storage.glance import glance_workshops


def test_a_workshop_chosen_before_the_data_is_attached_opens_when_it_is(
    qtbot, qapp, db, isolated_data_dir
):
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.i18n import install_translations
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.workshop_view import WorkshopView

    first = service.create_workshop(db, "Codéveloppement")
    second = service.create_workshop(db, "Forum ouvert")
    install_translations(qapp, "en")
    context = AppContext(None, Settings.in_data_dir(isolated_data_dir), isolated_data_dir, "en")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        glance = glance_workshops(db.location)
        assert glance is not None
        window.workshop_list.show_glance(glance)
        window.show()
        qtbot.waitExposed(window)
        rows = window.workshop_list.list
        assert [rows.item(i).text() for i in range(rows.count())] == [
            "Forum ouvert", "Codéveloppement"
        ]
        rows.setCurrentRow(1)  # the older one, chosen while the data is still opening
        assert not isinstance(window.workshop_view, WorkshopView)

        service.create_workshop(db, "Arrivé entre-temps")
        context.attach_database(db)
        qtbot.waitUntil(lambda: isinstance(window.workshop_view, WorkshopView))
        assert window.workshop_view.workshop_id == first  # what was chosen, not the first row
        assert rows.count() == 3  # the full reading replaced the glance
        assert window.workshop_list.current_id() == first
        assert second in {rows.item(i).data(256) for i in range(rows.count())}
    finally:
        context.close()
