"""evaluation origin: whether an evaluation form was typed in on the laptop or sent from a phone

Revision ID: 0008
Revises: 0007

Participants fill the evaluation form on their phones (facilitator_app/phones/); the
satisfaction report counts those forms with the paper ones and says how many came from
phones. The forms get an `origin` column, "laptop" for every form typed in before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "evaluation_sheet",
        sa.Column("origin", sa.String(16), nullable=False, server_default="laptop"),
    )


def downgrade() -> None:
    with op.batch_alter_table("evaluation_sheet") as batch_op:
        batch_op.drop_column("origin")
