"""Record ids travel through combo boxes as strings, which Qt compares by value (Python objects it does not)."""

from __future__ import annotations

import uuid


def as_uuid(data: object) -> uuid.UUID | None:
    return uuid.UUID(str(data)) if data else None
