"""capture: vote sessions, the rounds of decisions and elections, cards in categories and on
axes, objections with a status, review dates, records that belong to a session

Revision ID: 0003
Revises: 0002

What the console captures (facilitator_app/capture/kinds.py): `vote_session` holds a vote's
settings (dots per person, hidden until closed, a scale, a poll's colours) and its votes point
to it; `decision_entry` holds what each person said or answered in a round; a card gets the
wall column and the matrix levels its phase declares; an objection its status; a decision
its review date; a tool record its parent (a co-development session's entries).

The capture words of tool files became one set with the record kinds: stored agenda phases
and the user's tools are rewritten with the new words, a portrait trait becomes a `portrait`
record, and records of a kind no version ever captured (`codev_step`, `nomination`,
`colour_cards`, `other`) become notes holding their text, so nothing is lost. Rebuilding
tables needs foreign keys off (storage.migrate.upgrade_database); this refuses otherwise.
"""

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The words of the first tool files and the kinds they meant (a snapshot: the application's
# own table may grow, this migration must not change).
OLD_WORDS: dict[str, str | None] = {
    "notes": "note",
    "cards": "card",
    "votes": "dot_vote",
    "scores": "score",
    "nominations": "election",
    "actions": "action",
    "desert-island": "desert_island",
    "colour-cards": "poll",
    "photos": "photo",
    "none": None,
}
KEPT_RECORDS = ("weather", "desert_island")


def _output_columns(table: str) -> list[Any]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("group_label", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_item.id"],
            name=op.f(f"fk_{table}_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f(f"fk_{table}_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uid", name=op.f(f"uq_{table}_uid")),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite and bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("this migration rebuilds tables: run it with foreign keys off")
    recreate = "always" if sqlite else "auto"
    op.create_table(
        "vote_session",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source_item_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.String(length=24), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("dots_per_person", sa.Integer(), nullable=False),
        sa.Column("max_per_card", sa.Integer(), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("rounds", sa.Integer(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("estimate", sa.Boolean(), nullable=False),
        sa.Column("visibility", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("voters", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        *_output_columns("vote_session"),
        sa.ForeignKeyConstraint(
            ["source_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_vote_session_source_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("vote_session") as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_session_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_vote_session_workshop_id"), ["workshop_id"], unique=False
        )
    op.create_table(
        "decision_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(length=24), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("stance", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_entry_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_decision_entry_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_entry")),
        sa.UniqueConstraint("uid", name=op.f("uq_decision_entry_uid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("decision_entry") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_entry_decision_id"), ["decision_id"], unique=False
        )

    # New NOT NULL columns get their value for the rows already there, then lose the default
    # (the models give it in Python, as for every other column).
    op.add_column("card", sa.Column("category", sa.String(60), nullable=False, server_default=""))
    op.add_column(
        "objection", sa.Column("status", sa.String(24), nullable=False, server_default="open")
    )
    with op.batch_alter_table(
        "card", recreate=recreate, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.alter_column("category", existing_type=sa.String(60), server_default=None)
        batch_op.add_column(sa.Column("x", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("y", sa.Integer(), nullable=True))
    with op.batch_alter_table(
        "objection", recreate=recreate, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.alter_column("status", existing_type=sa.String(24), server_default=None)
    with op.batch_alter_table(
        "vote", recreate=recreate, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.add_column(sa.Column("session_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cluster_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_vote_session_id_vote_session"),
            "vote_session",
            ["session_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_vote_cluster_id_card_cluster"),
            "card_cluster",
            ["cluster_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_vote_session_id"), ["session_id"], unique=False)
    with op.batch_alter_table(
        "decision", recreate=recreate, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.add_column(sa.Column("review_on", sa.Date(), nullable=True))
    with op.batch_alter_table(
        "tool_record", recreate=recreate, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_tool_record_parent_id_tool_record"),
            "tool_record",
            ["parent_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_tool_record_parent_id"), ["parent_id"], unique=False)
    _new_words(bind)
    _records(bind)


def _capture(value: Any) -> Any:
    if isinstance(value, str):
        new = OLD_WORDS.get(value, value)
        return None if new is None else {"kind": new}
    return value


def _new_words(bind: Any) -> None:
    """Agenda phases and the user's tools say the kinds of the registry."""
    items = sa.table("agenda_item", sa.column("id", sa.Integer), sa.column("phases", sa.JSON))
    for item_id, phases in bind.execute(sa.select(items.c.id, items.c.phases)):
        if not isinstance(phases, list):
            continue
        changed = [
            {**phase, "capture": _capture(phase.get("capture"))}
            if isinstance(phase, dict)
            else phase
            for phase in phases
        ]
        if changed != phases:
            bind.execute(items.update().where(items.c.id == item_id).values(phases=changed))
    tools = sa.table("custom_tool", sa.column("id", sa.Integer), sa.column("definition", sa.JSON))
    for tool_id, definition in bind.execute(sa.select(tools.c.id, tools.c.definition)):
        if not isinstance(definition, dict):
            continue
        new = dict(definition)
        outputs = definition.get("outputs")
        if isinstance(outputs, list):
            words = [OLD_WORDS.get(w, w) if isinstance(w, str) else w for w in outputs]
            new["outputs"] = list(dict.fromkeys(w for w in words if w is not None))
        phases = definition.get("phases")
        if isinstance(phases, list):
            new["phases"] = []
            for phase in phases:
                if isinstance(phase, dict) and isinstance(phase.get("capture"), str):
                    phase = dict(phase)
                    word = OLD_WORDS.get(phase["capture"], phase["capture"])
                    if word is None:
                        del phase["capture"]
                    else:
                        phase["capture"] = word
                new["phases"].append(phase)
        if new != definition:
            bind.execute(tools.update().where(tools.c.id == tool_id).values(definition=new))


def _records(bind: Any) -> None:
    records = sa.table(
        "tool_record",
        sa.column("id", sa.Integer),
        sa.column("uid", sa.String),
        sa.column("workshop_id", sa.Integer),
        sa.column("item_id", sa.Integer),
        sa.column("group_label", sa.String),
        sa.column("position", sa.Integer),
        sa.column("created_at", sa.DateTime),
        sa.column("kind", sa.String),
        sa.column("author", sa.String),
        sa.column("data", sa.JSON),
    )
    notes = sa.table(
        "note",
        sa.column("uid", sa.String),
        sa.column("workshop_id", sa.Integer),
        sa.column("item_id", sa.Integer),
        sa.column("group_label", sa.String),
        sa.column("position", sa.Integer),
        sa.column("created_at", sa.DateTime),
        sa.column("text", sa.Text),
        sa.column("scribe", sa.String),
    )
    for row in bind.execute(sa.select(records).where(records.c.kind.notin_(KEPT_RECORDS))):
        data = row.data if isinstance(row.data, dict) else {"value": row.data}
        if row.kind == "portrait_trait":
            trait = data.get("trait") or data.get("text") or _words(data)
            payload = {
                "heading": str(data.get("heading") or "")[:200],
                "trait": str(trait)[:4000],
                "composite": bool(data.get("composite", False)),
            }
            bind.execute(
                records.update().where(records.c.id == row.id).values(kind="portrait", data=payload)
            )
            continue
        bind.execute(
            notes.insert().values(
                uid=row.uid,
                workshop_id=row.workshop_id,
                item_id=row.item_id,
                group_label=row.group_label,
                position=row.position,
                created_at=row.created_at or datetime.now(UTC).replace(tzinfo=None),
                text=f"{row.kind}: {_words(data)}",
                scribe=row.author or "",
            )
        )
        bind.execute(records.delete().where(records.c.id == row.id))


def _words(data: dict[str, Any]) -> str:
    return "; ".join(
        f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}"
        for key, value in data.items()
    )


def downgrade() -> None:
    with op.batch_alter_table("tool_record") as batch_op:
        batch_op.drop_index(batch_op.f("ix_tool_record_parent_id"))
        batch_op.drop_constraint(batch_op.f("fk_tool_record_parent_id_tool_record"), "foreignkey")
        batch_op.drop_column("parent_id")
    with op.batch_alter_table("decision") as batch_op:
        batch_op.drop_column("review_on")
    with op.batch_alter_table("vote") as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_session_id"))
        batch_op.drop_constraint(batch_op.f("fk_vote_cluster_id_card_cluster"), "foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_vote_session_id_vote_session"), "foreignkey")
        batch_op.drop_column("cluster_id")
        batch_op.drop_column("session_id")
    with op.batch_alter_table("objection") as batch_op:
        batch_op.drop_column("status")
    with op.batch_alter_table("card") as batch_op:
        batch_op.drop_column("y")
        batch_op.drop_column("x")
        batch_op.drop_column("category")
    with op.batch_alter_table("decision_entry") as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_entry_decision_id"))
    op.drop_table("decision_entry")
    with op.batch_alter_table("vote_session") as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_session_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_vote_session_item_id"))
    op.drop_table("vote_session")
