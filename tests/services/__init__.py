"""Use cases by work area, sync and trust between units included."""
