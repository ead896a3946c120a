"""The session summary, its 2-page handout and a co-development client's private summary,
from what the capture services recorded, in the capture registry's order."""

from __future__ import annotations

from pypdf import PdfReader

from facilitator_app.reports.make import ReportRequest, make_report
from facilitator_app.services import participants
from facilitator_app.services.capture import cards, codev
from tests.reports.helpers import embedded_fonts, make_seminar, pdf_pages, pdf_text


def _summary(db, tmp_path, workshop, **options):
    [path] = make_report(db, workshop, ReportRequest("summary", **options), tmp_path / "cr.pdf")
    return path


def test_the_cover_and_the_agenda_come_first_then_the_items_in_agenda_order(db, tmp_path):
    seminar = make_seminar(db)
    path = _summary(db, tmp_path, seminar.workshop)
    text = pdf_text(path)
    for fact in (
        "Compte rendu",
        "Forum de la coopération",
        "Dates : le 4 juin 2026",
        "Lieu : Angers",
        "Organisme : CNFPT",
        "Animation : Florence Mensah",
        "3 participants",
        "Programme",
        "9h00–9h30 * Météo d’ouverture",
    ):
        assert fact in text, fact
    titles = [
        "Météo d’ouverture",
        "Idées",
        "Conférence",
        "Décision",
        "Île déserte",
        "Co-développement",
        "Silence",
        "Plan d’action",
    ]
    body = text[text.index("Horaires tels") :]
    positions = [body.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "Que pourrions-nous essayer dès lundi ?" in body
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded_fonts(path)


def test_each_kind_prints_its_facts(db, tmp_path):
    seminar = make_seminar(db)
    text = pdf_text(_summary(db, tmp_path, seminar.workshop))
    for fact in (
        "☀ Soleil 1",  # the room's weather, counted
        "≡ Brouillard 2",
        "Zoé — ≡ Brouillard : on en parle sans savoir faire",
        "Partager les réussites (Zoé)",
        "Se rencontrer (1 carte)",
        "Déjeuners croisés (Émilie)",
        "1. Déjeuners croisés 3",  # the ranking, with the card nobody voted for kept
        "2. Un wiki commun 1",
        "3. Carte sans vote 0",
        "La sociocratie vous parle-t-elle ?",
        "12 5 2 19",  # the coloured cards' split and its total
        "Objection · Zoé · Intégrée — Trop long",
        "Intégrée : Trois mois",
        "Issue : Amendée et adoptée — 4 juin 2026 — À revoir le 4 septembre 2026",
        "Un couteau suisse — Tout faire",
        "Le kit commun",
        "Qualités",
        "Curieux",
        "Écouter avant de conseiller",  # the group's learnings
        "Rien n’a été noté pour cette séquence.",  # the item without outputs
        "Organiser un déjeuner croisé Émilie 01/07/2026",
        "Envoyer le compte rendu Florence d’ici une semaine",
    ):
        assert fact in text, fact
    # The co-development session is the client's: not in the group's summary.
    assert "Mon équipe ne se parle plus" not in text and "Un café d’équipe" not in text


def test_the_photo_is_printed(db, tmp_path):
    seminar = make_seminar(db)
    reader = PdfReader(str(_summary(db, tmp_path, seminar.workshop)))
    images = [
        x
        for page in reader.pages
        for x in (page["/Resources"].get("/XObject") or {}).values()
        if x.get_object().get("/Subtype") == "/Image"
    ]
    assert len(images) == 1


def test_anonymous_leaves_out_who_wrote_and_voted_but_not_who_acts(db, tmp_path):
    seminar = make_seminar(db)
    text = pdf_text(_summary(db, tmp_path, seminar.workshop, anonymous=True))
    assert "Déjeuners croisés (Émilie)" not in text and "Déjeuners croisés" in text
    assert "(Zoé)" not in text and "Objection · Zoé" not in text
    assert "Organiser un déjeuner croisé Émilie" in text  # a commitment keeps its name


def test_chosen_items_only(db, tmp_path):
    seminar = make_seminar(db)
    text = pdf_text(_summary(db, tmp_path, seminar.workshop, items=(seminar.items["Idées"],)))
    assert "Déjeuners croisés" in text and "Brouillard" not in text
    assert "Envoyer le compte rendu" not in text  # it belongs to no item chosen


def test_the_handout_holds_on_two_pages_even_with_a_crowded_wall(db, tmp_path):
    seminar = make_seminar(db)
    for n in range(300):
        cards.add_card(db, seminar.workshop, seminar.items["Idées"], f"Idée numéro {n}")
    [path] = make_report(db, seminar.workshop, ReportRequest("handout"), tmp_path / "h.pdf")
    pages = pdf_pages(path)
    assert len(pages) <= 2
    text = pdf_text(path)
    assert "Synthèse" in text and "Plan d’action" in text and "autres" in text


def test_the_client_gets_a_private_summary_and_each_client_their_own(db, tmp_path):
    seminar = make_seminar(db)
    [path] = make_report(db, seminar.workshop, ReportRequest("codev"), tmp_path / "c.pdf")
    text = pdf_text(path)
    for fact in (
        "Co-développement : synthèse du client",
        "Confidentiel — pour Driss seulement",
        "Mon équipe ne se parle plus",
        "Un café d’équipe le lundi",
        "Tester le café Une salle septembre présence",
    ):
        assert fact in text, fact
    participants.add_participant(db, seminar.workshop, "Anaïs")
    codev.start_session(
        db,
        seminar.workshop,
        seminar.items["Co-développement"],
        client="Anaïs",
        problem="Un projet qui patine",
    )
    written = make_report(db, seminar.workshop, ReportRequest("codev"), tmp_path / "clients")
    assert [p.name for p in written] == ["01 Driss.pdf", "02 Anaïs.pdf"]
    assert "Un projet qui patine" not in pdf_text(written[0])
    assert "Mon équipe ne se parle plus" not in pdf_text(written[1])


def test_in_english(db, tmp_path):
    seminar = make_seminar(db)
    text = pdf_text(_summary(db, tmp_path, seminar.workshop, language="en"))
    assert "Session summary" in text and "Action plan" in text
    assert "☀ Sun 1" in text and "Dates: 4 June 2026" in text


def test_a_ranking_of_a_hundred_ideas_runs_over_pages(db, tmp_path):
    from facilitator_app.services.capture import votes

    seminar = make_seminar(db)
    item = seminar.items["Idées"]
    ids = [cards.add_card(db, seminar.workshop, item, f"Idée {n}") for n in range(100)]
    session = votes.open_session(db, seminar.workshop, item, "dot_vote", title="Tout")
    votes.set_dots(db, session, 2, card_id=ids[50])
    text = pdf_text(_summary(db, tmp_path, seminar.workshop))
    assert "1. Idée 50 2" in text and "Idée 99 0" in text


def test_a_photo_after_a_chart_stays_on_the_page_that_has_room(db, tmp_path):
    # A KeepTogether inside the section's heading group once broke the page before it.
    seminar = make_seminar(db)
    pages = pdf_pages(_summary(db, tmp_path, seminar.workshop))
    [ranking] = [page for page in pages if "Priorités" in page]
    assert "Le mur des idées" in ranking


def test_an_election_prints_its_nominations_and_who_is_elected(db, tmp_path):
    from facilitator_app.services.capture import elections

    seminar = make_seminar(db)
    election = elections.add_election(
        db, seminar.workshop, seminar.items["Décision"], "Second lien", term="un an"
    )
    elections.nominate(db, election, "Zoé", nominator="Driss", reason="Elle écoute")
    elections.set_result(db, election, "elected", elected="Zoé")
    text = pdf_text(_summary(db, tmp_path, seminar.workshop))
    assert "Second lien" in text and "un an" in text
    assert "Driss · → Zoé — Elle écoute" in text
    assert "Élu ou élue : Zoé" in text
    anonymous = pdf_text(_summary(db, tmp_path, seminar.workshop, anonymous=True))
    assert "Élu ou élue : Zoé" in anonymous and "Driss" not in anonymous


def test_the_agenda_gives_the_times_as_run_where_they_were_recorded(db, tmp_path):
    from datetime import UTC, datetime

    from facilitator_app import models

    seminar = make_seminar(db)
    with db.transaction() as session:
        item = session.get(models.AgendaItem, seminar.items["Idées"])
        item.actual_start = datetime(2026, 6, 4, 9, 40, tzinfo=UTC)
        item.actual_end = datetime(2026, 6, 4, 10, 15, tzinfo=UTC)
    text = pdf_text(_summary(db, tmp_path, seminar.workshop, tz=UTC))
    assert "9h40–10h15 Idées" in text and "Jour 1 · 9h40–10h15" in text
    assert "10h00–10h30 * Conférence" in text  # not run: as planned, marked


def test_who_took_part_is_listed_with_their_organisation_unless_anonymous(db, tmp_path):
    seminar = make_seminar(db)
    participants.add_participant(db, seminar.workshop, "Anaïs Brun", organisation="Mairie d’Angers")
    participants.add_participant(db, seminar.workshop, "Florence Mensah", category="trainer")
    pages = pdf_pages(_summary(db, tmp_path, seminar.workshop))
    listed = pages[0][pages[0].index("Participants", pages[0].index("Horaires tels")) :]
    assert "Anaïs Brun (Mairie d’Angers) · Driss · Émilie · Zoé" in " ".join(listed.split())
    assert "Florence Mensah" not in listed  # who leads is on the cover, not a participant
    anonymous = pdf_pages(_summary(db, tmp_path, seminar.workshop, anonymous=True))
    assert "Anaïs Brun" not in " ".join(anonymous) and "4 participants" in anonymous[0]


def test_the_summary_says_which_cards_came_from_phones_and_prints_a_script_as_text(db, tmp_path):
    seminar = make_seminar(db)
    idea = seminar.items["Idées"]
    script = "<script>alert(1)</script>"
    cards.add_card(db, seminar.workshop, idea, script, author="Anne · 4", origin="phone")
    text = pdf_text(_summary(db, tmp_path, seminar.workshop))
    assert f"{script} (Anne · 4, téléphone)" in text
    assert "1 sur 4 envoyé depuis le téléphone d’un participant" in text
