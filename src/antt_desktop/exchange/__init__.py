"""File formats: Excel import and export (openpyxl); later reports and sync packages."""
