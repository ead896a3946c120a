"""The roster's quick-add hint is never cut on a 1366-wide laptop, in French."""

from __future__ import annotations

from facilitator_app.services.demo import install_demo


def test_the_quick_add_hint_fits_at_1366_in_french(qtbot, ctx, qapp):
    from facilitator_app.ui.i18n import install_translations
    from facilitator_app.ui.main_window import MainWindow

    install_translations(qapp, "fr")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        workshop_id = install_demo(ctx.db)[0]
        window.workshop_list.select(workshop_id)
        page = window.workshop_view.show_page("participants")
        qtbot.wait(20)
        field = page.quick_add
        hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() >= hint + 24  # the text, its margins and the clear button
        assert window.width() <= 1366
    finally:
        install_translations(qapp, "en")
