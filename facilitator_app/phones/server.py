"""The phones' server: Starlette on uvicorn, in a thread beside the Qt loop (or the command
line's), listening only while the door is open. Every page but the join form needs a phone's
token; a wrong code gets a refusal and nothing else. Live updates by server-sent events (old
phone browsers have EventSource): the page reads its state again when told to."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route

from facilitator_app.changes import Change
from facilitator_app.errors import StorageError
from facilitator_app.phones import contributions, evaluation
from facilitator_app.phones.door import Door, Phone
from facilitator_app.phones.writer import Writer
from facilitator_app.resources import resource_path
from facilitator_app.storage.database import Database

COOKIE = "phone"
HEADER = "x-phone"
# Public: the join form and what it is drawn with. Everything else needs a token.
PUBLIC = {"join.js": "text/javascript", "phones.css": "text/css"}
PRIVATE = {"app.js": "text/javascript", "texts.js": "text/javascript"}
PING_SECONDS = 15.0
# Threads the server may read the database with at once (writes are the writer's, one
# thread: phones/writer.py). More would only empty the connection pool the console reads with
# (its event loop then waits for a connection: measured, 900 ms with 40 threads).
READERS = 1
# Phones are told "read again" at most this often: a room posting 300 cards a second must
# not make 300 phones read 300 states a second.
NOTIFY_SECONDS = 1.0
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def pages_dir() -> Path:
    return resource_path("phones")


def _refusal(reason: str = "refused", status: int = 403, detail: str = "") -> JSONResponse:
    body: dict[str, Any] = {"error": reason}
    if detail:
        body["detail"] = detail
    return JSONResponse(body, status, headers=SECURITY_HEADERS)


class _Notices:
    """Tells the pages' event streams that something they show may have changed."""

    def __init__(self) -> None:
        self.version = 0
        self.loop: asyncio.AbstractEventLoop | None = None
        self.event: asyncio.Event | None = None
        self.closing = False

    def bump(self) -> None:
        loop, event = self.loop, self.event
        if loop is None or event is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(self._wake, event)

    def _wake(self, event: asyncio.Event) -> None:
        self.version += 1
        event.set()


def phone_app(db: Database, door: Door) -> Starlette:
    """The web application: the join form, the page, the API and its event stream."""
    notices = _Notices()
    pages = pages_dir()
    writer = Writer(db, door)
    limiters: list[anyio.CapacityLimiter] = []

    async def reading(func: Any, *args: Any) -> Any:
        if not limiters:  # made on the server's event loop, the first time
            limiters.append(anyio.CapacityLimiter(READERS))
        return await anyio.to_thread.run_sync(func, *args, limiter=limiters[0])

    def token_of(request: Request) -> str | None:
        return request.headers.get(HEADER) or request.cookies.get(COOKIE)

    def phone_of(request: Request) -> Phone | None:
        return door.phone(token_of(request))

    async def join_page(request: Request) -> Response:
        if phone_of(request) is not None:
            return RedirectResponse("/app", 303, headers=SECURITY_HEADERS)
        return FileResponse(pages / "join.html", headers=SECURITY_HEADERS)

    async def public(request: Request) -> Response:
        name = request.path_params["name"]
        if name in PUBLIC:
            return FileResponse(pages / name, media_type=PUBLIC[name], headers=SECURITY_HEADERS)
        if name in PRIVATE and phone_of(request) is not None:
            return FileResponse(pages / name, media_type=PRIVATE[name], headers=SECURITY_HEADERS)
        return _refusal()

    async def app_page(request: Request) -> Response:
        if phone_of(request) is None:
            return RedirectResponse("/", 303, headers=SECURITY_HEADERS)
        return FileResponse(pages / "app.html", headers=SECURITY_HEADERS)

    async def read_json(
        request: Request, limit: int = contributions.MAX_BODY
    ) -> dict[str, Any] | None:
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                return None
        try:
            payload = json.loads(body or b"{}")
        except (ValueError, UnicodeDecodeError):
            return None
        return payload if isinstance(payload, dict) else None

    async def join(request: Request) -> Response:
        payload = await read_json(request)
        if payload is None:
            return _refusal("bad_request", 400)
        code, name = payload.get("code", ""), payload.get("name", "")
        if not isinstance(code, str) or not isinstance(name, str):
            return _refusal("bad_request", 400)
        name = " ".join(name.split())[:60]
        address = request.client.host if request.client else ""
        phone = door.join(code, name, address)
        if phone is None:
            return _refusal()
        response = JSONResponse({"token": phone.token, "number": phone.number})
        response.set_cookie(COOKIE, phone.token, max_age=7 * 24 * 3600, httponly=True,
                            samesite="strict")
        for key, value in SECURITY_HEADERS.items():
            response.headers[key] = value
        return response  # the door's own change notice wakes the pages (door.join)

    async def state(request: Request) -> Response:
        phone = phone_of(request)
        if phone is None:
            return _refusal()
        found = await reading(contributions.offer, db, door, phone)
        return JSONResponse(found, headers=SECURITY_HEADERS)

    async def send(request: Request) -> Response:
        phone = phone_of(request)
        if phone is None:
            return _refusal()
        if not door.may_send(phone):
            return _refusal("slow_down", 429)
        what = request.path_params["what"]
        limit = evaluation.MAX_BODY if what == "evaluation" else contributions.MAX_BODY
        payload = await read_json(request, limit)
        if payload is None:
            return _refusal("bad_request", 400)
        try:  # answered once the transaction holding it has committed
            stored = await asyncio.wrap_future(writer.submit(phone, what, payload))
        except contributions.Refused as refused:
            return _refusal(refused.reason, 400 if refused.reason != "closed" else 409,
                            refused.detail)
        except StorageError:  # the disk is full, the file read-only: the page keeps it
            return _refusal("storage", 503)
        return JSONResponse({"stored": stored, "sent": phone.sent}, headers=SECURITY_HEADERS)

    async def events(request: Request) -> Response:
        phone = phone_of(request)
        if phone is None:
            return _refusal()
        return StreamingResponse(
            _stream(request, phone),
            media_type="text/event-stream",
            headers={**SECURITY_HEADERS, "X-Accel-Buffering": "no"},
        )

    async def _stream(request: Request, phone: Phone) -> AsyncIterator[str]:
        seen = -1
        yield "retry: 3000\n\n"
        while not notices.closing:
            if notices.version != seen:
                seen = notices.version
                yield f"event: changed\ndata: {seen}\n\n"
                await asyncio.sleep(NOTIFY_SECONDS)
                continue
            event = notices.event
            assert event is not None
            event.clear()
            try:
                await asyncio.wait_for(event.wait(), PING_SECONDS)
            except TimeoutError:
                if await request.is_disconnected():
                    return
                door.phone(phone.token)  # still there: counts as connected
                yield ": ping\n\n"

    async def refused(request: Request) -> Response:
        del request
        return _refusal()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        del app
        notices.loop = asyncio.get_running_loop()
        notices.event = asyncio.Event()
        writer.start()
        try:
            yield
        finally:  # the requests have had their answers: what is still queued is written
            await anyio.to_thread.run_sync(writer.stop)

    app = Starlette(
        routes=[
            Route("/", join_page),
            Route("/join", join, methods=["POST"]),
            Route("/app", app_page),
            Route("/s/{name}", public),
            Route("/api/state", state),
            Route("/api/send/{what}", send, methods=["POST"]),
            Route("/api/events", events),
            Route("/{rest:path}", refused, methods=["GET", "POST", "PUT", "DELETE", "HEAD"]),
        ],
        lifespan=lifespan,
    )
    app.state.notices = notices
    app.state.writer = writer
    return app


def _relevant(door: Door, change: Change) -> bool:
    """The phones read again when the door or what a vote shows changes, not for each card
    of a wall they do not see."""
    return change.workshop_id == door.workshop_id and (
        change.area in ("outputs:vote_session", "outputs", "agenda", "workshop")
        or change.area.startswith("agenda")
    )


class PhoneServer:
    """uvicorn serving `phone_app` on its own event loop in a daemon thread."""

    def __init__(self, db: Database, door: Door, host: str = "0.0.0.0", port: int = 8765) -> None:
        self.db = db
        self.door = door
        self.host = host
        self.app = phone_app(db, door)
        self.config = uvicorn.Config(
            self.app,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=2,
            limit_concurrency=2000,
            backlog=1024,
            ws="none",
        )
        self.server = uvicorn.Server(self.config)
        self.thread: threading.Thread | None = None
        self._unsubscribe = [lambda: None]

    @property
    def notices(self) -> _Notices:
        return self.app.state.notices  # type: ignore[no-any-return]

    @property
    def writer(self) -> Writer:
        return self.app.state.writer  # type: ignore[no-any-return]

    @property
    def port(self) -> int:
        for server in self.server.servers:
            for sock in server.sockets:
                return int(sock.getsockname()[1])
        return int(self.config.port)

    def start(self, timeout: float = 10.0) -> None:
        """Listen; raises OSError when the port is taken or the address not ours."""
        failed: list[BaseException] = []

        def run() -> None:
            try:
                self.server.run()
            except BaseException as error:  # SystemExit from uvicorn when it cannot bind
                failed.append(error)

        self.thread = threading.Thread(target=run, name="phones-server", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started and self.thread.is_alive():
            if time.monotonic() > deadline:
                self.stop()
                raise OSError("the phones' server did not start")
            time.sleep(0.01)
        if not self.server.started:
            raise OSError(f"cannot listen on {self.host}:{self.config.port}") from (
                failed[0] if failed else None
            )
        self._unsubscribe = [
            self.db.changes.subscribe(self._on_change),
            self.door.on_change(self.notices.bump),
        ]

    def _on_change(self, change: Change) -> None:
        if _relevant(self.door, change):
            self.notices.bump()

    def stop(self) -> None:
        """Stop listening: the event streams end, the thread is joined."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self.notices.closing = True
        self.notices.bump()
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(10)
            self.thread = None
