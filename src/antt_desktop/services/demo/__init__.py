"""Demo data: a commune or a province with realistic figures."""
