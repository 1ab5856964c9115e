"""Columns of the model list and of the tables inside the model dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antt_desktop.domain.dates import format_date
from antt_desktop.domain.security_models import names
from antt_desktop.gui.row_table_model import Column, number_text
from antt_desktop.services.attachments import AttachmentRow
from antt_desktop.services.security_models.model_log import ActivityRow, ReviewRow
from antt_desktop.services.security_models.security_models import ModelRow

translate = QCoreApplication.translate


def rating_name(code: str | None) -> str:
    return names("ratings").get(code, "") if code else translate("ModelTables", "not reviewed")


def model_columns(unit_names: dict[str, str]) -> list[Column[ModelRow]]:
    """The last column names the unit a model belongs to (shown at an upper level, from ``unit_names``)."""
    return [
        Column(translate("ModelTables", "Model"), lambda r: r.data.name, lambda r: r.sort_key),
        Column(translate("ModelTables", "Field"), lambda r: names("fields")[r.data.field]),
        Column(translate("ModelTables", "Scope"), lambda r: r.scope_text),
        Column(translate("ModelTables", "Status"), lambda r: names("statuses")[r.data.status]),
        Column(translate("ModelTables", "Typical"), lambda r: r.data.typical_level if r.data.typical else ""),
        Column(translate("ModelTables", "File"), lambda r: f"{r.completeness}%", lambda r: r.completeness,
               numeric=True),
        Column(translate("ModelTables", "Last activity"), lambda r: format_date(r.last_activity),
               lambda r: r.last_activity.toordinal() if r.last_activity else 0),
        Column(translate("ModelTables", "Latest rating"), lambda r: rating_name(r.last_rating)),
        Column(translate("ModelTables", "Unit"), lambda r: unit_names.get(r.owner_unit, r.owner_unit)),
    ]


def document_columns() -> list[Column[tuple[str, str, int]]]:
    return [
        Column(translate("ModelTables", "Required document"), lambda r: r[1]),
        Column(translate("ModelTables", "Files"), lambda r: str(r[2]), lambda r: r[2], numeric=True),
        Column(translate("ModelTables", "State"), lambda r: translate("ModelTables", "present") if r[2]
               else translate("ModelTables", "missing")),
    ]


def file_columns() -> list[Column[AttachmentRow]]:
    return [
        Column(translate("ModelTables", "File name"), lambda r: r.filename),
        Column(translate("ModelTables", "Size (KB)"), lambda r: number_text(max(1, r.size // 1024)),
               lambda r: r.size, numeric=True),
    ]


def activity_columns() -> list[Column[ActivityRow]]:
    return [
        Column(translate("ModelTables", "Date"), lambda r: format_date(r.activity_date), lambda r: r.activity_date),
        Column(translate("ModelTables", "Content"), lambda r: r.content),
        Column(translate("ModelTables", "Participants"), lambda r: number_text(r.participants),
               lambda r: r.participants or 0, numeric=True),
        Column(translate("ModelTables", "Result"), lambda r: r.result),
    ]


def review_columns() -> list[Column[ReviewRow]]:
    return [
        Column(translate("ModelTables", "Date"), lambda r: format_date(r.review_date), lambda r: r.review_date),
        Column(translate("ModelTables", "Rating"), lambda r: rating_name(r.rating)),
        Column(translate("ModelTables", "Outcome"), lambda r: r.outcome),
        Column(translate("ModelTables", "Reviewed by"), lambda r: r.reviewer),
        Column(translate("ModelTables", "Notes"), lambda r: r.notes),
    ]
