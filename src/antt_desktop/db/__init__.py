"""Storage: typed SQLAlchemy models, engine and sessions, Alembic migrations, file backups."""
