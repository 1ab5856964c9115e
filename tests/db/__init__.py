"""The schema and its migrations, on SQLite and PostgreSQL; storage that fails or is cut off."""
