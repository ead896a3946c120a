"""Alembic migrations, run from code (never a subprocess) so they work in a frozen bundle."""
