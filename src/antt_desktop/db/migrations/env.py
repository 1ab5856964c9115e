"""Alembic environment: always run on the connection handed in by ``db.migrate``."""

from alembic import context

from antt_desktop.db import schema  # noqa: F401  (registers every table)
from antt_desktop.db.base import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
