"""fixed agenda items and a workshop's own timer warnings

Revision ID: 0004
Revises: 0003

Two columns added in place (no table is rebuilt): `agenda_item.fixed`, an item the day's
rebalancing never shortens or drops, false for every existing item; and
`workshop.timer_warnings`, the workshop's own amber and red thresholds (null: the
application's settings).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "agenda_item",
        sa.Column("fixed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("workshop", sa.Column("timer_warnings", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_column("timer_warnings")
    with op.batch_alter_table("agenda_item") as batch_op:
        batch_op.drop_column("fixed")
