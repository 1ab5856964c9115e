"""Which catalog versions are in use: the newest well-formed version of each, published here or by a unit above.
Read when a database is opened, so it needs nothing but the tables (no service above the database)."""

from __future__ import annotations

import json
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from antt_desktop.db.directives import CatalogUpdate
from antt_desktop.db.models import Installation, Unit
from antt_desktop.domain.catalog import use_updates
from antt_desktop.domain.catalog_check import catalog_problem


class HasSessions(Protocol):
    factory: sessionmaker[Session]


def parsed_catalog(update: CatalogUpdate) -> dict | None:
    """The update's catalog when it is well formed, else None (it is then never used)."""
    try:
        content = json.loads(update.content)
    except (TypeError, ValueError):
        return None
    return None if catalog_problem(update.catalog, content) else content


def _issuers(session) -> set[str]:  # noqa: ANN001
    """This unit and the units above it: the only ones whose catalogs apply here."""
    code = session.scalar(select(Installation.unit_code))
    found = set()
    while code and code not in found:
        found.add(code)
        code = session.scalar(select(Unit.parent_code).where(Unit.code == code))
    return found


def apply_catalog_updates(database: HasSessions) -> dict[str, str]:
    """Use the newest well-formed version of each catalog published here or above; returns catalog → version."""
    latest: dict[str, tuple[CatalogUpdate, dict]] = {}
    with database.factory() as session:
        issuers = _issuers(session)
        for update in session.scalars(select(CatalogUpdate).where(CatalogUpdate.deleted_at.is_(None),
                                                                  CatalogUpdate.owner_unit.in_(issuers))
                                      .order_by(CatalogUpdate.version)):
            content = parsed_catalog(update)
            if content is not None:
                latest[update.catalog] = (update, content)
    use_updates({name: content for name, (_update, content) in latest.items()})
    return {name: update.catalog_version for name, (update, _content) in latest.items()}
