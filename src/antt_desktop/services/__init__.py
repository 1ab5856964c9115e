"""Use cases over a SQLAlchemy session: the same calls serve the GUI, the CLI and the tests."""
