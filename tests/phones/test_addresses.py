"""The laptop's addresses are found without asking any resolver (the app never reaches out)."""

from __future__ import annotations

import socket
import sys

import pytest

from facilitator_app.phones import addresses


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux reads its interfaces")
def test_linux_finds_its_addresses_without_resolving_its_host_name(monkeypatch):
    def no_lookup(*_args, **_kwargs):
        raise AssertionError("getaddrinfo asks the resolver, which may query the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)
    for address in addresses.lan_addresses():
        assert not address.startswith("127.")
    assert addresses.shown_address("0.0.0.0")  # a LAN address or loopback, never an error
