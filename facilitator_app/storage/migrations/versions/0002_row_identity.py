"""row identity: a uid on every workshop-owned row, ids never handed out twice, the change log

Revision ID: 0002
Revises: 0001

Undo, redo, a phone's retry and another laptop all bring rows back by identity: every row of a
workshop gets a uid (filled here for existing rows), and SQLite's AUTOINCREMENT so that an id
freed by a deletion is never given to another row. Rebuilding the tables needs foreign keys
off (facilitator_app.storage.migrate.upgrade_database); this refuses to run otherwise.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRAVELLING = (
    "day",
    "agenda_item",
    "role_assignment",
    "participant",
    "attendance",
    "group_set",
    "participant_group",
    "note",
    "card_cluster",
    "card",
    "vote",
    "decision",
    "objection",
    "action_item",
    "tool_record",
    "photo",
    "phase_log",
    "quiz_question",
    "quiz_answer",
    "satisfaction_response",
)
AUTOINCREMENTED = ("workshop", "custom_tool", *TRAVELLING)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite and bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("this migration rebuilds tables: run it with foreign keys off")
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("area", sa.String(length=24), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=True),
        sa.Column("ids", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    for name in TRAVELLING:
        op.add_column(name, sa.Column("uid", sa.String(length=36), nullable=True))
        table = sa.table(name, sa.column("id", sa.Integer()), sa.column("uid", sa.String()))
        ids = [row[0] for row in bind.execute(sa.select(table.c.id))]
        if ids:
            bind.execute(
                table.update().where(table.c.id == sa.bindparam("row_id")),
                [{"row_id": i, "uid": str(uuid.uuid4())} for i in ids],
            )
    for name in AUTOINCREMENTED:
        with op.batch_alter_table(
            name,
            recreate="always" if sqlite else "auto",
            table_kwargs={"sqlite_autoincrement": True},
        ) as batch_op:
            if name in TRAVELLING:
                batch_op.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
                batch_op.create_unique_constraint(batch_op.f(f"uq_{name}_uid"), ["uid"])


def downgrade() -> None:
    for name in TRAVELLING:
        with op.batch_alter_table(name) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{name}_uid"), type_="unique")
            batch_op.drop_column("uid")
    op.drop_table("change_log")
