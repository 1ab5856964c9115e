"""The antt command as scripts and officers run it."""
