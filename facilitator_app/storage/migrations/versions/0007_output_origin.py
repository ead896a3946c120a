"""output origin: whether an output was typed on the laptop or sent from a phone

Revision ID: 0007
Revises: 0006

Participants send cards, votes and check-ins from their phones (facilitator_app/phones/);
the printed summary says which outputs came from phones. Every output table gets an `origin`
column, "laptop" for everything captured before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "note",
    "card_cluster",
    "card",
    "vote_session",
    "vote",
    "decision",
    "action_item",
    "tool_record",
    "photo",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("origin", sa.String(16), nullable=False, server_default="laptop"),
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("origin")
