"""A room of simulated phones, for the load test and `make bench`: N phones join the door,
then (all in) each sends cards for S seconds (a card every 2 to 6 seconds, a busy room; `--pause
MIN MAX` for another pace), keeping what is not confirmed and sending it again with the same
uid, as the pages do. A separate process, like real phones: the laptop's process is measured
alone.

This process must not be what is measured: each phone speaks HTTP/1.1 on its own kept-alive
connection, written by hand (an HTTP client library spends milliseconds of this one process's
processor per request, and 300 phones then wait in it rather than in the laptop), and the
cards start once every phone has joined (300 connections opened in the same second).

    python scripts/simulated_phones.py URL CODE --phones 300 --seconds 10 --out result.json

The result: {"sent": [[uid, sent_at, stored_at, tries, phone]...], "refused": {status: count},
"errors": count, "sending_from": when the cards started}; times from time.time() (the same
clock as the laptop's, one machine)."""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# Seconds between a phone's cards: a busy room (people write a card in a few seconds).
PAUSE = (2.0, 6.0)
TIMEOUT = 30.0


class Link:
    """One phone's connection to the laptop: a request at a time, kept alive, opened again
    when the server closed it."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: dict[str, Any], token: str = "") -> tuple[int, Any]:
        return await asyncio.wait_for(self._post(path, body, token), TIMEOUT)

    async def _post(self, path: str, body: dict[str, Any], token: str) -> tuple[int, Any]:
        data = json.dumps(body).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
            + (f"X-Phone: {token}\r\n" if token else "")
            + "\r\n"
        )
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        try:
            self.writer.write(head.encode("latin-1") + data)
            await self.writer.drain()
            status_line = await self.reader.readline()
            if not status_line:
                raise ConnectionError("closed by the server")
            status = int(status_line.split()[1])
            length, close = 0, False
            while True:
                line = await self.reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
                elif name.strip().lower() == "connection" and "close" in value.lower():
                    close = True
            payload = await self.reader.readexactly(length)
        except BaseException:
            self.close()
            raise
        if close:
            self.close()
        return status, json.loads(payload or b"{}")

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


ERRORS = (OSError, ConnectionError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError)


async def _join(link: Link, code: str, log: dict) -> str | None:
    for _ in range(20):
        try:
            status, answer = await link.post("/join", {"code": code, "name": ""})
        except ERRORS:
            log["errors"] += 1
            status, answer = 0, {}
        if status == 200:
            return str(answer["token"])
        await asyncio.sleep(0.2)
    log["refused"]["join"] += 1
    return None


async def _phone(
    link: Link,
    token: str | None,
    index: int,
    until: float,
    pause: tuple[float, float],
    log: dict,
) -> None:
    if token is None:
        return
    rng = random.Random(index)
    await asyncio.sleep(rng.uniform(0, pause[1]))  # people do not all start on the same second
    first = True
    while first or time.time() < until:  # every phone sends at least one card
        first = False
        uid = uuid.uuid4().hex
        sent_at = time.time()
        tries = 0
        while True:  # what is not confirmed is sent again, same uid, until it is
            tries += 1
            try:
                status, _answer = await link.post(
                    "/api/send/card",
                    {"uid": uid, "text": f"carte {uid}", "colour": "yellow"},
                    token,
                )
            except ERRORS:
                log["errors"] += 1
                await asyncio.sleep(0.5)
                continue
            if status == 200:
                log["sent"].append([uid, sent_at, time.time(), tries, index])
                break
            log["refused"][str(status)] += 1
            if status != 429 and status < 500:
                break  # refused for good: counted, not stored
            await asyncio.sleep(1.0)
        await asyncio.sleep(rng.uniform(pause[0], pause[1]))
    link.close()


async def room(
    url: str, code: str, phones: int, seconds: float, pause: tuple[float, float] = PAUSE
) -> dict:
    log: dict = {"sent": [], "refused": Counter(), "errors": 0}
    where = urlsplit(url)
    links = [Link(where.hostname or "127.0.0.1", where.port or 80) for _ in range(phones)]
    tokens = await asyncio.gather(*(_join(link, code, log) for link in links))
    log["sending_from"] = time.time()
    until = log["sending_from"] + seconds
    await asyncio.gather(
        *(
            _phone(link, token, n, until, pause, log)
            for n, (link, token) in enumerate(zip(links, tokens, strict=True))
        )
    )
    log["refused"] = dict(log["refused"])
    return log


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("code")
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--pause", type=float, nargs=2, default=PAUSE, metavar=("MIN", "MAX"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    pause = (args.pause[0], args.pause[1])
    result = asyncio.run(room(args.url, args.code, args.phones, args.seconds, pause))
    args.out.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
