"""Migrations of the organisation library (not a package Alembic imports: scripts by path)."""
