"""Vote sessions as Stormz and Klaxoon set them, 25/10's scores, fist of five, coloured cards."""

from __future__ import annotations

import pytest

from facilitator_app.capture.params import parse_capture
from facilitator_app.errors import UserError
from facilitator_app.services.capture import cards, votes
from tests.services.capture.conftest import Room


def _wall(room: Room, *texts: str) -> list[int]:
    return [cards.add_card(room.db, room.workshop, room.wall, t) for t in texts]


def test_dots_typed_from_paper_rank_the_cards_and_keep_those_without_votes(room: Room):
    a, b, c = _wall(room, "Forum", "Wiki", "Pause déjeuner")
    session = votes.open_session(
        room.db,
        room.workshop,
        room.vote,
        "dot_vote",
        title="Priorités",
        source_item_id=room.wall,
        dots_per_person=3,
        voters=4,
    )
    votes.set_dots(room.db, session, 5, card_id=b)
    votes.set_dots(room.db, session, 2, card_id=a)
    results = votes.results(room.db, session)
    assert [(o.label, o.total, o.rank) for o in results.options] == [
        ("Wiki", 5.0, 1),
        ("Forum", 2.0, 2),
        ("Pause déjeuner", 0.0, 3),  # kept, not dropped
    ]
    assert (results.counted, results.capacity, results.over_capacity) == (7.0, 12, False)
    votes.set_dots(room.db, session, 0, card_id=b)  # zero takes the vote away
    assert votes.results(room.db, session).options[0].label == "Forum"
    assert c


def test_equal_totals_share_a_rank(room: Room):
    a, b, _c = _wall(room, "A", "B", "C")
    session = votes.open_session(room.db, room.workshop, room.wall, "dot_vote")
    for card in (a, b):
        votes.set_dots(room.db, session, 3, card_id=card)
    assert [o.rank for o in votes.results(room.db, session).options] == [1, 1, 3]


def test_a_voter_keeps_within_the_dots_per_person_and_per_card(room: Room):
    a, b = _wall(room, "A", "B")
    session = votes.open_session(
        room.db, room.workshop, room.wall, "dot_vote", dots_per_person=3, max_per_card=2
    )
    votes.set_dots(room.db, session, 2, card_id=a, voter="Anne")
    with pytest.raises(UserError):
        votes.set_dots(room.db, session, 3, card_id=b, voter="Anne")  # more than 2 per card
    with pytest.raises(UserError):
        votes.set_dots(room.db, session, 2, card_id=b, voter="Anne")  # 4 dots of 3
    votes.set_dots(room.db, session, 1, card_id=b, voter="Anne")
    votes.set_dots(room.db, session, 2, card_id=b, voter="Bruno")
    assert votes.results(room.db, session).options[0].total == 3.0


def test_hidden_results_show_once_the_vote_is_closed_and_a_closed_vote_takes_no_dots(room: Room):
    [a] = _wall(room, "A")
    session = votes.open_session(room.db, room.workshop, room.wall, "dot_vote", visibility="hidden")
    votes.set_dots(room.db, session, 1, card_id=a)
    assert not votes.get_session(room.db, session).shows_results
    votes.close_session(room.db, session)
    assert votes.get_session(room.db, session).shows_results
    with pytest.raises(UserError):
        votes.set_dots(room.db, session, 2, card_id=a)
    votes.reopen_session(room.db, session)
    votes.set_dots(room.db, session, 2, card_id=a)


def test_votes_on_clusters(room: Room):
    a, b = _wall(room, "A", "B")
    cluster = cards.add_cluster(room.db, room.workshop, room.wall, "Ensemble", card_ids=[a, b])
    session = votes.open_session(room.db, room.workshop, room.wall, "dot_vote", target="clusters")
    votes.set_dots(room.db, session, 4, cluster_id=cluster)
    [option] = votes.results(room.db, session).options
    assert (option.label, option.total) == ("Ensemble", 4.0)


def test_a_speed_boat_votes_on_its_anchors_only(room: Room):
    wind = cards.add_card(room.db, room.workshop, room.wall, "Envie", category="wind")
    anchor = cards.add_card(room.db, room.workshop, room.wall, "Réunions", category="anchors")
    spec, problems = parse_capture({"kind": "dot_vote", "dots": 3, "category": "anchors"})
    assert not problems and spec is not None
    kind, settings = votes.settings_for(spec)
    session = votes.open_session(room.db, room.workshop, room.wall, kind, **settings)
    assert [o.card_id for o in votes.results(room.db, session).options] == [anchor]
    assert wind


def test_twenty_five_ten_gives_each_idea_five_scores_and_the_top_ten(room: Room):
    ideas = _wall(room, *[f"Idée {n}" for n in range(12)])
    session = votes.open_session(
        room.db,
        room.workshop,
        room.wall,
        "score",
        target="cards",
        scale_min=1,
        scale_max=5,
        rounds=5,
    )
    for index, card in enumerate(ideas):
        for round_index in range(5):
            votes.set_score(
                room.db,
                session,
                1 + (index + round_index) % 5,
                card_id=card,
                round_index=round_index,
            )
    results = votes.results(room.db, session)
    first = results.options[0]
    assert len(first.scores) == 5 and None not in first.scores
    assert all(o.total == 15.0 for o in results.options)  # each sums 1..5 here
    with pytest.raises(UserError):
        votes.set_score(room.db, session, 6, card_id=ideas[0])
    with pytest.raises(UserError):
        votes.set_score(room.db, session, 3, card_id=ideas[0], round_index=5)
    votes.set_score(room.db, session, None, card_id=ideas[0], round_index=4)
    mine = next(o for o in votes.results(room.db, session).options if o.card_id == ideas[0])
    assert mine.scores[4] is None and mine.votes == 4


def test_fist_of_five_counts_the_fingers_and_gives_the_mean(room: Room):
    session = votes.open_session(
        room.db,
        room.workshop,
        room.circle,
        "score",
        title="On y va ?",
        scale_min=0,
        scale_max=5,
    )
    votes.set_tally(room.db, session, "5", 3)
    votes.set_tally(room.db, session, "2", 1)
    results = votes.results(room.db, session)
    assert [o.option for o in results.options] == ["0", "1", "2", "3", "4", "5"]
    assert results.mean == pytest.approx((5 * 3 + 2) / 4)
    with pytest.raises(UserError):
        votes.set_tally(room.db, session, "6", 1)


def test_coloured_cards_are_counted_or_estimated_and_split(room: Room):
    counted = votes.open_session(room.db, room.workshop, room.circle, "poll", title="Q1")
    for colour, count in (("green", 600), ("yellow", 250), ("red", 150)):
        votes.set_tally(room.db, counted, colour, count)
    shares = {o.option: o.share for o in votes.results(room.db, counted).options}
    assert shares == {"green": 60.0, "yellow": 25.0, "red": 15.0, "other": 0.0}
    estimated = votes.open_session(
        room.db,
        room.workshop,
        room.circle,
        "poll",
        title="Q2",
        estimate=True,
        options=["green", "orange", "red", "blue"],
    )
    votes.set_tally(room.db, estimated, "green", 70)
    with pytest.raises(UserError):
        votes.set_tally(room.db, estimated, "green", 170)  # a share is at most 100 %
    with pytest.raises(UserError):
        votes.set_tally(room.db, estimated, "yellow", 10)  # not one of its colours


def test_a_session_of_another_workshops_item_is_refused(room: Room):
    from facilitator_app.services import workshops

    other = workshops.create_workshop(room.db, "Autre")
    with pytest.raises(UserError):
        votes.open_session(room.db, other, room.wall, "dot_vote")
    with pytest.raises(UserError):
        votes.open_session(room.db, room.workshop, room.wall, "score", scale_min=5, scale_max=1)
