"""The door without a network: codes read aloud, tokens, the burst a phone may send."""

from __future__ import annotations

from facilitator_app.phones.door import CODE_ALPHABET, CODE_LENGTH, Door, new_code, normal_code


def test_a_join_code_has_no_character_that_reads_or_looks_like_another():
    for ambiguous in "0O1IL2Z5S8B6GUV":
        assert ambiguous not in CODE_ALPHABET
    codes = {new_code() for _ in range(200)}
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert len(codes) > 190


def test_a_code_typed_in_lower_case_with_spaces_or_a_dash_opens_the_door():
    door = Door(1, 1, code="ACD479", clock=lambda: 0.0)
    door.open()
    assert normal_code(" acd-479 ") == "ACD479"
    assert door.join("acd 479", "", "10.0.0.2") is not None


def test_each_phone_gets_its_own_token_and_number_and_keeps_them():
    door = Door(1, 1, clock=lambda: 0.0)
    door.open()
    first = door.join(door.code, "Anne", "10.0.0.2")
    second = door.join(door.code, "", "10.0.0.2")
    assert first is not None and second is not None
    assert first.token != second.token and (first.number, second.number) == (1, 2)
    assert (first.label, second.label) == ("Anne · 1", "📱 2")
    door.close()
    assert door.phone(first.token) is None  # a closed door: nothing, not even for a token
    door.open()
    assert door.phone(first.token) is first


def test_the_counts_the_console_shows():
    now = [0.0]
    door = Door(1, 1, clock=lambda: now[0])
    door.open()
    phone = door.join(door.code, "", "a")
    assert phone is not None
    door.count_contribution(phone)
    assert door.join("WRONG1", "", "b") is None
    state = door.state()
    assert (state.phones, state.connected, state.contributions, state.refused) == (1, 1, 1, 1)
    now[0] = 120.0  # not heard from for two minutes
    assert door.state().connected == 0
