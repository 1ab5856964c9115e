"""Quản trị: first run, users, the audit trail, backups and restores, the user guide."""
