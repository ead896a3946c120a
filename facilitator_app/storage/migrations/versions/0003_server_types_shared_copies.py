"""server types, and copies of the organisation library

Revision ID: 0003
Revises: 0002

On PostgreSQL, JSON columns become JSONB and times are stored with their zone (TIMESTAMP WITH
TIME ZONE; the values written before were naive UTC). SQLite has neither: there only the new
table is made. `shared_copy` links a tool of My tools or a template to the item of the
organisation library it was taken from or published as, with the version it was in step with.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_COLUMNS = (
    ("change_log", "ids"),
    ("custom_tool", "definition"),
    ("quiz_question", "choices"),
    ("quiz_question", "correct"),
    ("agenda_item", "phases"),
    ("quiz_answer", "chosen"),
    ("satisfaction_response", "extra"),
    ("decision", "details"),
    ("run_state", "state"),
    ("tool_record", "data"),
)
TIME_COLUMNS = (
    ("change_log", "at"),
    ("custom_tool", "created_at"),
    ("custom_tool", "updated_at"),
    ("favourite_tool", "added_at"),
    ("workshop", "created_at"),
    ("workshop", "updated_at"),
    ("workshop", "ended_at"),
    ("workshop", "deleted_at"),
    ("agenda_item", "actual_start"),
    ("agenda_item", "actual_end"),
    ("action_item", "created_at"),
    ("card_cluster", "created_at"),
    ("decision", "created_at"),
    ("group_set", "created_at"),
    ("note", "created_at"),
    ("phase_log", "started_at"),
    ("phase_log", "ended_at"),
    ("photo", "created_at"),
    ("run_state", "saved_at"),
    ("tool_record", "created_at"),
    ("card", "created_at"),
    ("vote", "created_at"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in JSON_COLUMNS:
            op.alter_column(
                table,
                column,
                type_=postgresql.JSONB(),
                existing_type=sa.JSON(),
                postgresql_using=f'"{column}"::jsonb',
            )
        for table, column in TIME_COLUMNS:
            op.alter_column(
                table,
                column,
                type_=sa.DateTime(timezone=True),
                existing_type=sa.DateTime(),
                postgresql_using=f"\"{column}\" AT TIME ZONE 'UTC'",
            )
    op.create_table(
        "shared_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("local_uid", sa.String(length=36), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("shared_uid", sa.String(length=36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_copy")),
        sa.UniqueConstraint("local_uid", name=op.f("uq_shared_copy_local_uid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("shared_copy", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shared_copy_shared_uid"), ["shared_uid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("shared_copy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_copy_shared_uid"))
    op.drop_table("shared_copy")
    if op.get_bind().dialect.name == "postgresql":
        for table, column in TIME_COLUMNS:
            op.alter_column(
                table,
                column,
                type_=sa.DateTime(),
                existing_type=sa.DateTime(timezone=True),
                postgresql_using=f"\"{column}\" AT TIME ZONE 'UTC'",
            )
        for table, column in JSON_COLUMNS:
            op.alter_column(
                table,
                column,
                type_=sa.JSON(),
                existing_type=postgresql.JSONB(),
                postgresql_using=f'"{column}"::json',
            )
