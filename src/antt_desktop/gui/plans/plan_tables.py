"""Columns of the tables on the plans page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antt_desktop.domain.dates import format_date
from antt_desktop.gui.row_table_model import Column
from antt_desktop.services.plans.inspections import SUBJECT_KINDS, InspectionRow, RemedyRow
from antt_desktop.services.plans.plans import PlanRow, TargetRow
from antt_desktop.services.security_models.typical_criteria import CriterionRow, result_names

translate = QCoreApplication.translate


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}".replace(",", ".") if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def plan_columns() -> list[Column[PlanRow]]:
    return [
        Column(translate("PlanTables", "Document"), lambda p: f"{p.data.kind} {p.data.number}"),
        Column(translate("PlanTables", "Date"), lambda p: format_date(p.data.plan_date), lambda p: p.data.plan_date),
        Column(translate("PlanTables", "Issued by"), lambda p: p.data.issuer),
    ]


def target_columns() -> list[Column[TargetRow]]:
    return [
        Column(translate("PlanTables", "Target"), lambda t: t.data.title + (" 🔒" if t.read_only else "")),
        Column(translate("PlanTables", "Target value"), lambda t: number(t.data.target_value),
               lambda t: t.data.target_value, numeric=True),
        Column(translate("PlanTables", "Actual"), lambda t: number(t.actual), lambda t: t.actual or 0, numeric=True),
        Column(translate("PlanTables", "Unit"), lambda t: t.data.unit),
        Column(translate("PlanTables", "Progress"), lambda t: f"{t.percent}%", lambda t: t.percent,
               percent=lambda t: t.percent),
        Column(translate("PlanTables", "Status"), lambda t: t.status),
        Column(translate("PlanTables", "Measured"), lambda t: translate("PlanTables", "automatically")
               if t.data.indicator else translate("PlanTables", "by hand")),
        Column(translate("PlanTables", "Set for"), lambda t: t.for_unit_name
               or translate("PlanTables", "every unit below")),  # shown at an upper level
    ]


def inspection_columns() -> list[Column[InspectionRow]]:
    return [
        Column(translate("PlanTables", "Date"), lambda i: format_date(i.data.inspection_date),
               lambda i: i.data.inspection_date),
        Column(translate("PlanTables", "Inspected"), lambda i: f"{SUBJECT_KINDS[i.data.subject_kind]}: "
                                                               f"{i.data.subject_text}"),
        Column(translate("PlanTables", "Inspected by"), lambda i: i.data.inspector),
        Column(translate("PlanTables", "Findings"), lambda i: i.data.findings),
        Column(translate("PlanTables", "Open remedies"), lambda i: str(i.open_remedies), lambda i: i.open_remedies,
               numeric=True),
    ]


def remedy_columns(today) -> list[Column[RemedyRow]]:  # noqa: ANN001
    def state(r: RemedyRow) -> str:
        if r.closed_date:
            return translate("PlanTables", "completed %1").replace("%1", format_date(r.closed_date))
        return translate("PlanTables", "OVERDUE") if r.overdue(today) else translate("PlanTables", "open")
    return [
        Column(translate("PlanTables", "Remedy"), lambda r: r.description),
        Column(translate("PlanTables", "Deadline"), lambda r: format_date(r.deadline), lambda r: r.deadline),
        Column(translate("PlanTables", "State"), state),
        Column(translate("PlanTables", "Follow-up"), lambda r: r.follow_up.replace("\n", " | ")),
    ]


def criterion_columns() -> list[Column[CriterionRow]]:
    return [
        Column(translate("PlanTables", "Criterion"), lambda c: c.text),
        Column(translate("PlanTables", "Result"), lambda c: result_names().get(c.result, "—")),
        Column(translate("PlanTables", "Evidence"), lambda c: c.evidence),
        Column(translate("PlanTables", "Notes"), lambda c: c.notes),
    ]
