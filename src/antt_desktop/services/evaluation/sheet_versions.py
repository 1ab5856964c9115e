"""Which score sheet a subject is scored with: the version it was first scored against (kept when the province
installs a new sheet mid-year, so scores never move to items that mean something else), else the one in use."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.directives import CatalogUpdate
from antt_desktop.db.evaluation import Evaluation
from antt_desktop.domain.catalog import shipped_catalog
from antt_desktop.domain.catalog_check import catalog_problem
from antt_desktop.domain.score_sheet import ScoreSheet, catalog_name, from_content, sheet_for


def sheet_version(session: Session, unit_type: str, version: str) -> tuple[ScoreSheet, str]:
    """The sheet of ``version`` (an installed version, or the shipped sample), else the one in use with a note."""
    current = sheet_for(unit_type)
    if not version or version == current.version:
        return current, ""
    name = catalog_name(unit_type)
    if shipped_catalog(name)["version"] == version:
        return from_content(shipped_catalog(name)), ""
    for update in session.scalars(select(CatalogUpdate).where(CatalogUpdate.catalog == name,
                                                              CatalogUpdate.catalog_version == version)):
        try:
            content = json.loads(update.content)
        except (TypeError, ValueError):
            continue
        if not catalog_problem(name, content):
            return from_content(content), ""
    return current, (f"Điểm được chấm theo bảng điểm phiên bản {version[:40]}, không còn ở đây; in theo bảng điểm "
                     f"đang dùng ({current.version}).")


def scored_version(evaluation: Evaluation | None) -> str:
    """The version an evaluation is scored against once it has scores; empty: the sheet in use."""
    return evaluation.score_sheet_version if evaluation is not None and evaluation.scores else ""


def sheet_of(session: Session, evaluation: Evaluation | None, unit_type: str) -> ScoreSheet:
    """The sheet an evaluation is scored with: its own version once it has scores, else the one in use."""
    return sheet_version(session, unit_type, scored_version(evaluation))[0]
