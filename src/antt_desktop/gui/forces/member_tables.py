"""Columns of the tables inside the member dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antt_desktop.domain.dates import format_date
from antt_desktop.gui.row_table_model import Column, number_text
from antt_desktop.services.attachments import AttachmentRow
from antt_desktop.services.forces.member_events import KIND_LABELS, EventRow
from antt_desktop.services.forces.member_ratings import MemberRatingHistory

translate = QCoreApplication.translate


def _date_column() -> Column[EventRow]:
    return Column(translate("MemberTables", "Date"), lambda r: format_date(r.event_date), lambda r: r.event_date)


def timeline_columns() -> list[Column[EventRow]]:
    return [
        _date_column(),
        Column(translate("MemberTables", "Change"), lambda r: r.category),
        Column(translate("MemberTables", "From"), lambda r: r.from_value),
        Column(translate("MemberTables", "To"), lambda r: r.to_value),
        Column(translate("MemberTables", "Notes"), lambda r: r.content),
    ]


def rating_rows(history: list[MemberRatingHistory]) -> list[EventRow]:
    """The yearly ratings as lines of the service history, dated at the end of each rating period."""
    return [EventRow(h.id, "timeline", h.period_end, h.text, h.note, "", "", "", None, "", None, "", "", "")
            for h in history]


def record_columns() -> list[Column[EventRow]]:
    return [
        _date_column(),
        Column(translate("MemberTables", "Kind"), lambda r: KIND_LABELS[r.kind]),
        Column(translate("MemberTables", "Form"), lambda r: r.category),
        Column(translate("MemberTables", "Content"), lambda r: r.content),
        Column(translate("MemberTables", "Decision"), lambda r: r.decision_number),
        Column(translate("MemberTables", "Issued by"), lambda r: r.issuer),
    ]


def welfare_columns() -> list[Column[EventRow]]:
    return [
        _date_column(),
        Column(translate("MemberTables", "Event"), lambda r: r.category),
        Column(translate("MemberTables", "Content"), lambda r: r.content),
        Column(translate("MemberTables", "Proposed"), lambda r: r.support_proposed),
        Column(translate("MemberTables", "Support given"), lambda r: r.support_given),
        Column(translate("MemberTables", "Amount (VND)"), lambda r: number_text(r.amount), lambda r: r.amount or 0,
               numeric=True),
        Column(translate("MemberTables", "Support date"), lambda r: format_date(r.support_date)),
        Column(translate("MemberTables", "By"), lambda r: r.support_by),
    ]


def attachment_columns() -> list[Column[AttachmentRow]]:
    return [
        Column(translate("MemberTables", "File"), lambda r: r.filename),
        Column(translate("MemberTables", "Size (KB)"), lambda r: number_text(max(1, r.size // 1024)),
               lambda r: r.size, numeric=True),
        Column(translate("MemberTables", "Notes"), lambda r: r.note),
    ]
