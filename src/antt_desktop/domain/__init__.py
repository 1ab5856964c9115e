"""Pure rules and vocabularies: no I/O, no Qt, no database."""
