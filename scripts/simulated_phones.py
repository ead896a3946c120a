"""A room of simulated phones, for the load test and `make bench`: N phones join the door and
each sends cards for S seconds (a card every 2 to 6 seconds, a busy room), keeping
what is not confirmed and sending it again with the same uid, as the pages do. A separate
process, like real phones: the laptop's process is measured alone.

    python scripts/simulated_phones.py URL CODE --phones 300 --seconds 10 --out result.json

The result: {"sent": [[uid, sent_at, stored_at, tries, phone]...], "refused": {status: count},
"errors": count}; times from time.time() (the same clock as the laptop's, one machine)."""

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

import httpx

# Seconds between a phone's cards: a busy room (people write a card in a few seconds).
PAUSE = (2.0, 6.0)


async def _phone(client: httpx.AsyncClient, code: str, index: int, until: float, log: dict) -> None:
    rng = random.Random(index)
    for _ in range(20):
        answer = await client.post("/join", json={"code": code, "name": ""})
        if answer.status_code == 200:
            break
        await asyncio.sleep(0.2)
    else:
        log["refused"]["join"] += 1
        return
    headers = {"X-Phone": answer.json()["token"]}
    await asyncio.sleep(rng.uniform(0, 1.5))  # people do not all start on the same second
    first = True
    while first or time.time() < until:  # every phone sends at least one card
        first = False
        uid = uuid.uuid4().hex
        sent_at = time.time()
        tries = 0
        while True:  # what is not confirmed is sent again, same uid, until it is
            tries += 1
            try:
                answer = await client.post(
                    "/api/send/card",
                    json={"uid": uid, "text": f"carte {uid}", "colour": "yellow"},
                    headers=headers,
                )
            except httpx.HTTPError:
                log["errors"] += 1
                await asyncio.sleep(0.5)
                continue
            if answer.status_code == 200:
                log["sent"].append([uid, sent_at, time.time(), tries, index])
                break
            log["refused"][str(answer.status_code)] += 1
            if answer.status_code != 429 and answer.status_code < 500:
                break  # refused for good: counted, not stored
            await asyncio.sleep(1.0)
        await asyncio.sleep(rng.uniform(PAUSE[0], PAUSE[1]))


async def room(url: str, code: str, phones: int, seconds: float) -> dict:
    log: dict = {"sent": [], "refused": Counter(), "errors": 0}
    limits = httpx.Limits(max_connections=phones, max_keepalive_connections=phones)
    timeout = httpx.Timeout(30.0)
    async with httpx.AsyncClient(
        base_url=url, limits=limits, timeout=timeout, trust_env=False
    ) as client:
        until = time.time() + seconds
        await asyncio.gather(*(_phone(client, code, n, until, log) for n in range(phones)))
    log["refused"] = dict(log["refused"])
    return log


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("code")
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    result = asyncio.run(room(args.url, args.code, args.phones, args.seconds))
    args.out.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
