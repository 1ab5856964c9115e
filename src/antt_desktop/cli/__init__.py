"""The ``antt`` command: the services, scriptable (DESIGN §6)."""
