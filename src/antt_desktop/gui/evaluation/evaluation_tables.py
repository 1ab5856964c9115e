"""Columns of the tables on the evaluation page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from antt_desktop.domain.dates import format_date
from antt_desktop.domain.evaluation import unit_types
from antt_desktop.gui.row_table_model import Column
from antt_desktop.services.evaluation.evaluation_year import CommendationRow, StepRow
from antt_desktop.services.evaluation.evaluations import SubjectRow

translate = QCoreApplication.translate


def _recognised(row: SubjectRow) -> str:
    if row.outcome.recognised is None:
        return translate("EvaluationTables", "not fully assessed")
    return translate("EvaluationTables", "meets") if row.outcome.recognised else translate("EvaluationTables",
                                                                                          "does not meet")


def _self_score(row: SubjectRow) -> str:
    c = row.classification
    if not c.scored:
        return ""
    total = f"{c.total:g}".replace(".", ",")
    return total if c.scored == c.to_score else f"{total} ({c.scored}/{c.to_score})"


def subject_columns(unit_names: dict[str, str] | None = None) -> list[Column[SubjectRow]]:
    """The second column names the unit below that assesses the row (shown at an upper level)."""
    names = unit_names if unit_names is not None else {}
    return [
        Column(translate("EvaluationTables", "Unit"), lambda r: r.subject.name),
        Column(translate("EvaluationTables", "Belongs to"),
               lambda r: names.get(r.subject.owner_unit, r.subject.owner_unit)),
        Column(translate("EvaluationTables", "Kind"), lambda r: unit_types()[r.subject.unit_type]),
        Column(translate("EvaluationTables", "Assessed"), lambda r: f"{r.outcome.assessed}/{r.outcome.total}"),
        Column(translate("EvaluationTables", "“An toàn về ANTT”"), _recognised),
        Column(translate("EvaluationTables", "Self-score"), _self_score, lambda r: r.classification.total,
               numeric=True),
        Column(translate("EvaluationTables", "Level"), lambda r: r.level_text),
        Column(translate("EvaluationTables", "Decision"),
               lambda r: f"{r.decision_number} {format_date(r.decision_date)}".strip()),
    ]


def criterion_columns(row: SubjectRow) -> list[Column[dict]]:
    def result(criterion: dict) -> str:
        met = row.results.get(criterion["code"], {}).get("met")
        if met is None:
            return translate("EvaluationTables", "not assessed")
        return translate("EvaluationTables", "met") if met else translate("EvaluationTables", "not met")
    return [
        Column(translate("EvaluationTables", "Criterion"), lambda c: c["text"]),
        Column(translate("EvaluationTables", "Result"), result),
        Column(translate("EvaluationTables", "Evidence"), lambda c: row.results.get(c["code"], {}).get("evidence", "")),
    ]


def step_columns(today: date) -> list[Column[StepRow]]:
    return [
        Column(translate("EvaluationTables", "Step"), lambda s: s.text),
        Column(translate("EvaluationTables", "Deadline"), lambda s: format_date(s.deadline), lambda s: s.deadline),
        Column(translate("EvaluationTables", "State"), lambda s: s.state(today)),
    ]


def commendation_columns() -> list[Column[CommendationRow]]:
    return [
        Column(translate("EvaluationTables", "Recipient"), lambda c: c.data.recipient),
        Column(translate("EvaluationTables", "Collective / individual"), lambda c: translate(
            "EvaluationTables", "collective") if c.data.collective else translate("EvaluationTables", "individual")),
        Column(translate("EvaluationTables", "Form"), lambda c: c.data.form),
        Column(translate("EvaluationTables", "Issued by"), lambda c: c.data.issuer),
        Column(translate("EvaluationTables", "Decision"), lambda c: f"{c.data.decision_number} "
                                                                     f"{format_date(c.data.decision_date)}"),
        Column(translate("EvaluationTables", "Reason"), lambda c: c.data.reason),
    ]
