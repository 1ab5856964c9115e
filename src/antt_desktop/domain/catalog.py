"""Versioned catalog data shipped in ``resources/catalogs``: regulation vocabularies as data, not code."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files


@cache
def load_catalog(name: str) -> dict:
    """The catalog ``name`` (file ``resources/catalogs/<name>.json``), parsed once per process."""
    text = (files("antt_desktop") / "resources" / "catalogs" / f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
