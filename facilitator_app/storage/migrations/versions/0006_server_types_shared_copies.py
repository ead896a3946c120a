"""server types, and copies of the organisation library

Revision ID: 0006
Revises: 0005

On PostgreSQL, JSON columns become JSONB and times are stored with their zone (TIMESTAMP WITH
TIME ZONE; the values written before were naive UTC). SQLite has neither: there only the new
table is made. `shared_copy` links a tool of My tools or a template to the item of the
organisation library it was taken from or published as, with the version it was in step with.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from facilitator_app.storage.server_types import use_plain_types, use_server_types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Every JSON and time column there is (facilitator_app/storage/server_types.py).
    use_server_types(op.get_bind())
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
    use_plain_types(op.get_bind())
