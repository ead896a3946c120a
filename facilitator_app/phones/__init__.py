"""Participants contribute from their phones on the room's network, without internet: the
laptop serves the open agenda item to the phones' browsers (docs/phones.md). No Qt here: the
console and `facilitator-app serve` both open the same door."""
