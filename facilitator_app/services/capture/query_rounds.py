"""The rows of the kinds with rounds and sessions (votes, scores, rankings, polls, decisions,
elections, co-development sessions) for `query.capture_of`; split from it to keep one job
per module: these kinds flatten a structure into one row per record, in its order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.models import Card, Decision, DecisionEntry, Vote, VoteSession
from facilitator_app.services.capture.votes import _view as session_view
from facilitator_app.services.capture.votes import compute_results

Row = dict[str, Any]


class RoundsReader:
    """Mixed into query._Reader, which gives the session, the filters and the helpers."""

    s: Session
    workshop_id: int

    def base(self, item_id: int | None, row_id: int, group: str | None = None) -> Row:
        raise NotImplementedError

    def where(self, model: Any) -> list[Any]:
        raise NotImplementedError

    def sort_key(self, item_id: int | None, group: str, position: int, row_id: int) -> tuple:
        raise NotImplementedError

    def _cluster_names(self) -> dict[int, str]:
        raise NotImplementedError

    def _records(self, kind: str) -> list[Any]:
        raise NotImplementedError

    def _who(self, record: Any) -> str:
        raise NotImplementedError

    def _sessions(self, *kinds: str) -> list[tuple[Any, list[Any]]]:
        sessions = self.s.scalars(
            select(VoteSession).where(*self.where(VoteSession), VoteSession.kind.in_(kinds))
        ).all()
        sessions = sorted(
            sessions, key=lambda v: self.sort_key(v.item_id, v.group_label, v.position, v.id)
        )
        votes = self.s.scalars(
            select(Vote).where(Vote.session_id.in_([v.id for v in sessions]))
        ).all()
        by_session: dict[int | None, list[Any]] = {}
        for vote in votes:
            by_session.setdefault(vote.session_id, []).append(vote)
        return [(v, by_session.get(v.id, [])) for v in sessions]

    def _subjects(self) -> tuple[dict[int, str], dict[int, str]]:
        cards = dict(
            self.s.execute(
                select(Card.id, Card.text).where(Card.workshop_id == self.workshop_id)
            ).all()
        )
        return cards, self._cluster_names()

    def _dot_vote(self) -> tuple[list[Row], dict]:
        cards, clusters = self._subjects()
        rows = []
        for session, votes in self._sessions("dot_vote"):
            for vote in sorted(votes, key=lambda v: v.id):
                option = (
                    cards.get(vote.card_id, "")
                    if vote.card_id is not None
                    else clusters.get(vote.cluster_id, "")
                )
                rows.append(
                    {
                        **self.base(session.item_id, vote.id),
                        "_group": session.uid,
                        "session": session.title,
                        "option": option,
                        "voter": vote.voter,
                        "dots": vote.value,
                    }
                )
        return rows, {}

    def _score(self) -> tuple[list[Row], dict]:
        cards, _clusters = self._subjects()
        rows = []
        for session, votes in self._sessions("score"):
            on_cards = session.target == "cards"
            ordered = sorted(
                votes,
                key=lambda v: (
                    (v.card_id or 0, v.round_index, v.id)
                    if on_cards
                    else (int(v.option or 0), v.id)
                ),
            )
            for vote in ordered:
                rows.append(
                    {
                        **self.base(session.item_id, vote.id),
                        "_group": session.uid,
                        "session": session.title,
                        "subject": cards.get(vote.card_id, "") if on_cards else session.title,
                        "round": vote.round_index + 1 if on_cards else None,
                        "score": vote.value if on_cards else int(vote.option or 0),
                        "count": 1 if on_cards else vote.value,
                        "voter": vote.voter,
                    }
                )
        return rows, {}

    def _ranking(self) -> tuple[list[Row], dict]:
        rows = []
        for session, votes in self._sessions("dot_vote", "score"):
            if session.kind == "score" and session.target != "cards":
                continue
            results = compute_results(self.s, session_view(session), votes)
            for option in results.options:
                rows.append(
                    {
                        **self.base(session.item_id, session.id),
                        "_group": session.uid,
                        "session": session.title,
                        "rank": option.rank,
                        "option": option.label,
                        "total": option.total,
                        "votes": option.votes,
                        "mean": option.mean,
                    }
                )
        return rows, {}

    def _poll(self) -> tuple[list[Row], dict]:
        rows = []
        for session, votes in self._sessions("poll"):
            results = compute_results(self.s, session_view(session), votes)
            for option in results.options:
                rows.append(
                    {
                        **self.base(session.item_id, session.id),
                        "_group": session.uid,
                        "question": session.title,
                        "colour": option.option,
                        "count": None if session.estimate else option.total,
                        "share": option.total if session.estimate else option.share,
                        "estimate": "yes" if session.estimate else "no",
                    }
                )
        return rows, {}

    def _decisions(self, elections: bool) -> list[tuple[Any, list[Any]]]:
        query = select(Decision).where(*self.where(Decision))
        query = query.where(
            Decision.kind == "election" if elections else Decision.kind != "election"
        )
        decisions = sorted(
            self.s.scalars(query).all(),
            key=lambda d: self.sort_key(d.item_id, d.group_label, d.position, d.id),
        )
        entries = self.s.scalars(
            select(DecisionEntry).where(DecisionEntry.decision_id.in_([d.id for d in decisions]))
        ).all()
        grouped: dict[int, list[Any]] = {}
        for entry in sorted(entries, key=lambda e: (e.position, e.id)):
            grouped.setdefault(entry.decision_id, []).append(entry)
        return [(d, grouped.get(d.id, [])) for d in decisions]

    def _decision(self) -> tuple[list[Row], dict]:
        rows = []
        for d, entries in self._decisions(elections=False):
            base = {**self.base(d.item_id, d.id), "_group": d.uid, "decision": d.title}
            empty = dict.fromkeys(
                (
                    "person",
                    "stance",
                    "text",
                    "objection_status",
                    "integration",
                    "outcome",
                    "decided_on",
                    "review_on",
                ),
                None,
            )
            rows.append({**base, **empty, "part": "proposal", "text": d.proposal})
            for e in entries:
                rows.append(
                    {
                        **base,
                        **empty,
                        "part": e.part,
                        "person": e.author,
                        "stance": e.stance or None,
                        "text": e.text,
                    }
                )
            for o in sorted(d.objections, key=lambda o: (o.position, o.id)):
                rows.append(
                    {
                        **base,
                        **empty,
                        "part": "objection",
                        "person": o.author,
                        "text": o.text,
                        "objection_status": o.status,
                        "integration": o.integration,
                    }
                )
            rows.append(
                {
                    **base,
                    **empty,
                    "part": "outcome",
                    "outcome": d.outcome,
                    "decided_on": d.decided_on,
                    "review_on": d.review_on,
                }
            )
        return rows, {}

    def _election(self) -> tuple[list[Row], dict]:
        rows = []
        for d, entries in self._decisions(elections=True):
            details = d.details or {}
            base = {**self.base(d.item_id, d.id), "_group": d.uid, "role": d.title}
            empty = dict.fromkeys(("person", "nominee", "stance", "text", "result"), None)
            rows.append(
                {
                    **base,
                    **empty,
                    "part": "role",
                    "nominee": details.get("term") or None,
                    "text": details.get("asks", ""),
                }
            )
            for e in entries:
                rows.append(
                    {
                        **base,
                        **empty,
                        "part": e.part,
                        "person": e.author,
                        "nominee": e.subject or None,
                        "stance": e.stance or None,
                        "text": e.text,
                    }
                )
            if d.proposal:
                rows.append(
                    {
                        **base,
                        **empty,
                        "part": "proposal",
                        "nominee": d.proposal,
                        "text": details.get("proposal_reason", ""),
                    }
                )
            rows.append(
                {
                    **base,
                    **empty,
                    "part": "result",
                    "result": details.get("result", "pending"),
                    "nominee": details.get("elected") or None,
                }
            )
        return rows, {}

    def _codev(self) -> tuple[list[Row], dict]:
        records = self._records("codev")
        heads = [r for r in records if r.parent_id is None]
        heads.sort(key=lambda r: (int((r.data or {}).get("number") or 0), r.id))
        rows = []
        empty = dict.fromkeys(("author", "text", "resources", "due", "indicator", "follow_up"))
        for head in heads:
            data = head.data or {}
            base = {
                **self.base(head.item_id, head.id),
                "_group": head.uid,
                "session": data.get("number") or None,
                "client": data.get("client") or self._who(head),
            }
            children = [r for r in records if r.parent_id == head.id]

            def entries(part: str, children: list[Any] = children, base: Row = base) -> list[Row]:
                found = []
                for child in children:
                    c = child.data or {}
                    if c.get("part") != part:
                        continue
                    found.append(
                        {
                            **base,
                            **empty,
                            "_id": child.id,
                            "part": part,
                            "author": child.author or None,
                            "text": c.get("text", ""),
                            "resources": c.get("resources") or None,
                            "due": c.get("due") or None,
                            "indicator": c.get("indicator") or None,
                            "follow_up": c.get("follow_up") or None,
                        }
                    )
                return found

            for part in (
                "problem",
                "question",
                "contract",
                "suggestion",
                "synthesis",
                "plan",
                "learning",
            ):
                if part in ("problem", "contract", "synthesis"):
                    if data.get(part):
                        rows.append({**base, **empty, "part": part, "text": data[part]})
                else:
                    rows.extend(entries(part))
        return rows, {}
