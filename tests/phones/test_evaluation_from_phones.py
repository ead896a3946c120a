"""The evaluation form on phones, over real HTTP: the printed form's questions while the
facilitator opens it, one form per phone (sent again, it replaces its answers), anonymous
unless the name is on the roster, counted, and in the satisfaction report like paper."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from facilitator_app.phones.door import Door
from facilitator_app.phones.server import PhoneServer
from facilitator_app.services import agenda, evaluation
from facilitator_app.services.reports.satisfaction import satisfaction_data
from tests.phones.conftest import Room, Served
from tests.reports.helpers import make_training


@pytest.fixture
def training_served(db) -> Iterator[tuple[Served, int]]:
    """The two-day training's door open on its first item, the form not yet open."""
    training = make_training(db)
    item = agenda.day_agenda(db, training.day1).items[0].id
    door = Door(training.workshop, item)
    door.open()
    server = PhoneServer(db, door, "127.0.0.1", 0)
    server.start()
    room = Room(db, training.workshop, item, item, item, item)
    yield Served(room, door, server), training.question
    server.stop()


def _state(served: Served, token: str) -> dict:
    with served.client(token) as client:
        answer = client.get("/api/state")
    assert answer.status_code == 200
    return answer.json()


ANSWERS = {
    "ratings": {"overall": 4, "content": 3, "objective:1": 2},
    "comments": {"liked": "Les échanges <b>entre pairs</b>"},
}


def test_the_form_shows_the_printed_questions_only_while_it_is_open(training_served):
    served, question = training_served
    token = served.join("Zoé")
    assert _state(served, token)["evaluation"] is None
    refused = served.send(token, "evaluation", **ANSWERS)
    assert refused.status_code == 400 and refused.json()["error"] == "not_open"
    served.door.open_evaluation(True)
    form = _state(served, token)["evaluation"]
    assert form["title"] == {"en": "Evaluation form", "fr": "Questionnaire d’évaluation"}
    assert [c["key"] for c in form["criteria"]] == list(evaluation.CRITERIA)
    assert form["criteria"][0]["fr"].startswith("Organisation matérielle")
    assert [o["text"] for o in form["objectives"]] == [
        "Comprendre les concepts de coopération.",
        "Acquérir des compétences de facilitation.",
    ]
    assert form["quiz"][0] == {
        "id": question,
        "text": "Que favorise la coopération ?",
        "choices": ["La concurrence", "La confiance"],
    }
    assert "correct" not in str(form)  # the right answers stay on the laptop
    assert [s["fr"] for s in form["scale"]][-1] == "Très satisfait"
    assert form["name"]["fr"] == "Votre nom (facultatif)"
    assert form["sent"] is False


def test_a_phone_form_is_stored_anonymous_once_and_sent_again_replaces_it(training_served):
    served, question = training_served
    served.door.open_evaluation(True)
    token = served.join()
    first = served.send(token, "evaluation", **ANSWERS, quiz={str(question): [1]})
    assert first.status_code == 200, first.text
    again = served.send(
        token, "evaluation", ratings={"overall": 2}, comments={"improve": "Plus de pauses"}
    )
    assert again.status_code == 200 and again.json()["stored"] == first.json()["stored"]
    [sheet] = evaluation.list_sheets(served.room.db, served.room.workshop)
    assert (sheet.origin, sheet.participant_id) == ("phone", None)
    assert sheet.ratings == {"overall": 2}  # replaced, not added to
    assert sheet.comments == {"improve": "Plus de pauses"}
    assert sheet.quiz == {}
    assert served.door.state().evaluations == 1
    assert served.door.state().contributions == 0  # a form is not a card
    assert _state(served, token)["evaluation"]["sent"] is True
    other = served.join()
    assert served.send(other, "evaluation", ratings={"overall": 4}).status_code == 200
    assert len(evaluation.list_sheets(served.room.db, served.room.workshop)) == 2
    assert served.door.state().evaluations == 2


def test_a_name_on_the_roster_links_the_form_and_any_other_name_stays_anonymous(
    training_served,
):
    served, _question = training_served
    served.door.open_evaluation(True)
    named = served.send(served.join(), "evaluation", name="  zoe  FAURE ", ratings={"overall": 3})
    unknown = served.send(served.join(), "evaluation", name="Quelqu’un", ratings={"overall": 1})
    trainer = served.send(served.join(), "evaluation", name="Florence Mensah",
                          ratings={"overall": 4})
    assert {named.status_code, unknown.status_code, trainer.status_code} == {200}
    sheets = evaluation.list_sheets(served.room.db, served.room.workshop)
    assert [(s.participant, s.ratings["overall"]) for s in sheets] == [
        ("Zoé Faure", 3),
        ("", 1),
        ("", 4),  # a trainer does not evaluate: the form stays anonymous
    ]


@pytest.mark.parametrize(
    "answers, reason",
    [
        ({"ratings": {"overall": 5}}, "bad_request"),
        ({"ratings": {"overall": True}}, "bad_request"),
        ({"ratings": {"nonsense": 3}}, "bad_request"),
        ({"ratings": {"objective:9": 3}}, "bad_request"),
        ({"comments": {"liked": "x" * 1001}}, "too_long"),
        ({"comments": {"other": "x"}}, "bad_request"),
        ({"quiz": {"999": [0]}}, "bad_request"),
        ({"ratings": "all good"}, "bad_request"),
        ({"name": "x" * 61, "ratings": {"overall": 3}}, "too_long"),
        ({"ratings": {}, "comments": {"liked": "  "}}, "empty"),
    ],
)
def test_a_form_out_of_the_form_is_refused_and_nothing_stored(training_served, answers, reason):
    served, _question = training_served
    served.door.open_evaluation(True)
    answer = served.send(served.join(), "evaluation", **answers)
    assert answer.status_code == 400 and answer.json()["error"] == reason
    assert evaluation.list_sheets(served.room.db, served.room.workshop) == []


def test_a_form_of_two_long_comments_in_french_fits_but_a_flood_does_not(training_served):
    served, _question = training_served
    served.door.open_evaluation(True)
    token = served.join()
    accents = "é" * 1000  # two bytes each
    fits = served.send(token, "evaluation", comments={"liked": accents, "improve": accents})
    assert fits.status_code == 200
    with served.client(token) as client:
        flood = client.post("/api/send/evaluation", content=b"{" + b" " * 20000 + b"}")
    assert flood.status_code == 400


def test_the_satisfaction_report_counts_a_phone_form_like_a_paper_one(training_served):
    served, _question = training_served
    db, workshop = served.room.db, served.room.workshop
    evaluation.save_sheet(db, workshop, ratings={"overall": 3})  # typed in from paper
    served.door.open_evaluation(True)
    assert served.send(served.join(), "evaluation", **ANSWERS).status_code == 200
    data = satisfaction_data(db, workshop)
    assert (data.forms, data.phone_forms) == (2, 1)
    overall = next(c for c in data.criteria if c.key == "overall")
    assert overall.counts == (0, 0, 1, 1)
    assert data.liked == ("Les échanges <b>entre pairs</b>",)  # as typed; escaped in print


def test_the_state_never_carries_the_form_to_a_phone_without_a_token(training_served):
    served, _question = training_served
    served.door.open_evaluation(True)
    with httpx.Client(base_url=served.url, trust_env=False) as client:
        assert client.get("/api/state").status_code == 403
        assert client.post("/api/send/evaluation", json=ANSWERS).status_code == 403
