"""Bring a database to the schema this version knows, through Alembic, from code."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config():  # -> alembic.config.Config; imported lazily, Alembic is heavy
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    from facilitator_app.storage.inspection import schema_head
    from facilitator_app.storage.server_types import use_server_types

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
    if revision in ("head", schema_head()):
        # A later migration's plain JSON or naive time is made a server's type here.
        use_server_types(connection)


def downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.downgrade(config, revision)


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    """Upgrade in ONE transaction (a crash leaves the old schema whole) with SQLite's foreign
    keys off: rebuilding a table in batch mode drops the old one, and with foreign keys on
    SQLite would first delete every row that depends on it (ON DELETE CASCADE). The keys are
    checked before the commit instead."""
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Outside any transaction (the pragma is ignored inside one): on the raw
            # connection, since SQLAlchemy would begin one for an ordinary statement.
            raw = connection.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                upgrade(connection, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"the migration broke references: {broken[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def create_schema(engine: Engine) -> None:
    """A new, empty database: the tables straight from the models, stamped with the head
    revision, in one transaction (tests/storage/test_migrations.py proves that the models and
    the chain of migrations give the same schema). Ten times faster than replaying every
    migration, which matters for a first start and for every test."""
    from alembic import command

    import facilitator_app.models  # noqa: F401  (registers every table)
    from facilitator_app.models.base import Base

    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        config = alembic_config()
        config.attributes["connection"] = connection
        command.stamp(config, "head")
