"""training paperwork: the nature of the action and who signs, drop-outs, paper evaluation forms

Revision ID: 0005
Revises: 0004

Certificates of completion name the nature of the action (article L6313-1), the organiser's
representative and the place they sign at; the satisfaction report counts drop-outs and their
causes, and the return rate of the evaluation forms, each typed in as one `evaluation_sheet`
that its quiz answers and satisfaction ratings point to.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


@contextmanager
def _keeping_ids(table: str) -> Iterator[None]:
    """Rebuilding a table copies its rows, and SQLite then counts ids from the highest row
    copied: an id freed by a deletion would be handed out again. Keep the old counter."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    before = bind.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
    ).scalar()
    yield
    if before is None:
        return
    after = bind.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
    ).scalar()
    if after is None:
        bind.exec_driver_sql(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, before)
        )
    elif after < before:
        bind.exec_driver_sql(
            "UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (before, table)
        )


def upgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        for name, length in (
            ("training_nature", 24),
            ("representative", 300),
            ("signature_place", 300),
        ):
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )
    with op.batch_alter_table("participant") as batch_op:
        batch_op.add_column(sa.Column("dropped_out_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("dropout_reason", sa.Text(), nullable=False, server_default="")
        )
    op.create_table(
        "evaluation_sheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_evaluation_sheet_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_evaluation_sheet_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_sheet")),
        sa.UniqueConstraint("uid", name=op.f("uq_evaluation_sheet_uid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("evaluation_sheet") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_sheet_workshop_id"), ["workshop_id"], unique=False
        )
    for table in ("quiz_answer", "satisfaction_response"):
        with _keeping_ids(table), op.batch_alter_table(
            table, table_kwargs={"sqlite_autoincrement": True}
        ) as batch_op:
            batch_op.add_column(sa.Column("sheet_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_sheet_id_evaluation_sheet"),
                "evaluation_sheet",
                ["sheet_id"],
                ["id"],
                ondelete="CASCADE",
            )
            batch_op.create_index(batch_op.f(f"ix_{table}_sheet_id"), ["sheet_id"], unique=False)


def downgrade() -> None:
    for table in ("satisfaction_response", "quiz_answer"):
        with _keeping_ids(table), op.batch_alter_table(
            table, table_kwargs={"sqlite_autoincrement": True}
        ) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_sheet_id"))
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_sheet_id_evaluation_sheet"), type_="foreignkey"
            )
            batch_op.drop_column("sheet_id")
    with op.batch_alter_table("evaluation_sheet") as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_sheet_workshop_id"))
    op.drop_table("evaluation_sheet")
    for table, columns in (
        ("participant", ("dropout_reason", "dropped_out_on")),
        ("workshop", ("signature_place", "representative", "training_nature")),
    ):
        with _keeping_ids(table), op.batch_alter_table(
            table, table_kwargs={"sqlite_autoincrement": True}
        ) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
