"""The laptop's addresses on the room's network, found without opening any connection (the
app never reaches out): the host name's addresses and, on Linux, each interface's."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import sys

ANY = "0.0.0.0"


def _interface_addresses() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            with contextlib.suppress(OSError):
                answer = fcntl.ioctl(probe.fileno(), 0x8915, request)  # SIOCGIFADDR
                found.append(socket.inet_ntoa(answer[20:24]))
    return found


def lan_addresses() -> list[str]:
    """IPv4 addresses a phone on the same network can reach, private ones first."""
    found: list[str] = []
    with contextlib.suppress(OSError):
        found += _interface_addresses()
    if not found:
        # Elsewhere than Linux: the host name's addresses. Resolving it may ask the system's
        # resolver, so Linux never does (its interfaces answer without any query).
        with contextlib.suppress(OSError):
            infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
            found += [str(info[4][0]) for info in infos]
    unique = []
    for address in found:
        ip = ipaddress.ip_address(address)
        if not ip.is_loopback and not ip.is_link_local and address not in unique:
            unique.append(address)
    return sorted(unique, key=lambda a: not ipaddress.ip_address(a).is_private)


def shown_address(host: str) -> str:
    """The address to print and put in the QR code for a server bound to `host`."""
    if host != ANY:
        return host
    found = lan_addresses()
    return found[0] if found else "127.0.0.1"


def urls(host: str, port: int, code: str) -> tuple[str, str]:
    """The join page and the same with the code (what the QR code carries)."""
    url = f"http://{shown_address(host)}:{port}/"
    return url, f"{url}?code={code}"
