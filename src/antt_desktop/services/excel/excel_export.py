"""Exports of each kind (re-importable: same columns as the templates), templates and error reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from antt_desktop.config import refuse_own_file
from antt_desktop.db.audit import append_audit
from antt_desktop.domain.areas import AREA_KINDS
from antt_desktop.domain.campaigns import vocabulary
from antt_desktop.domain.forces import GENDERS, force_types
from antt_desktop.domain.security_models import names
from antt_desktop.errors import UserError
from antt_desktop.exchange.error_workbook import write_error_workbook
from antt_desktop.exchange.excel_reader import Table
from antt_desktop.exchange.excel_schema import FIELDS
from antt_desktop.exchange.excel_writer import write_table, write_template
from antt_desktop.services.areas import areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.campaigns import activities, persons
from antt_desktop.services.database import Database
from antt_desktop.services.excel.excel_import import ImportReport
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from antt_desktop.services.roles import Role
from antt_desktop.services.security_models import security_models as models

PAGE = 5000
SENSITIVE = {"birth_date", "cccd", "phone", "ethnicity", "religion"}  # personal data under Nghị định 13/2023


def _without_sensitive(kind: str, rows: Iterator[list]) -> Iterator[list]:
    """The columns stay (the file can still be imported back); their values are left empty."""
    blank = [i for i, spec in enumerate(FIELDS[kind]) if spec.key in SENSITIVE]
    for row in rows:
        yield [None if i in blank else value for i, value in enumerate(row)]


def _members(database: Database, user: CurrentUser) -> Iterator[list]:
    forces = {kind.code: kind.short_name for kind in force_types()}
    offset = 0
    while page := query_members(database, user, MemberFilter(), offset, PAGE):
        for m in page:
            yield [m.full_name, GENDERS[m.gender], m.birth_date, m.cccd, m.phone, m.area_name, m.team_name,
                   m.role_name, m.ethnicity, m.religion, m.education, "x" if m.party_member else "", m.start_date,
                   m.appointment_number, forces.get(m.force_type, "")]
        offset += PAGE


def rows_of(database: Database, user: CurrentUser, kind: str) -> Iterator[list]:
    if kind == "areas":
        return ([a.name, a.kind, a.population, a.households, a.key_notes, a.notes] for a in areas.list_areas(database))
    if kind == "members":
        return _members(database, user)
    if kind == "persons":
        return ([p.data.full_name, p.data.category, p.data.title, p.area_name, p.data.ethnicity, p.data.religion,
                 p.data.phone, p.data.notes] for p in persons.list_persons(database))
    if kind == "activities":
        return ([a.data.activity_date, a.data.activity_type, a.data.content, a.area_name, a.data.channel,
                 a.data.participants, a.data.audience, a.data.organisers, a.data.result]
                for a in activities.list_activities(database))
    if kind == "models":
        return ([m.data.name, names("fields")[m.data.field], m.scope_text, m.data.decision_number,
                 m.data.decision_date, m.data.lead_org, m.data.head.name if m.data.head else "",
                 names("statuses")[m.data.status], m.data.notes] for m in models.list_models(database))
    raise UserError(f"Loại dữ liệu “{kind}” không xuất được; chọn một trong: {', '.join(FIELDS)}.")


def export_kind(database: Database, user: CurrentUser, kind: str, out: Path, omit_sensitive: bool = False) -> int:
    """Write every live record of the kind; CCCD numbers stay masked for users who are not admins, and
    ``omit_sensitive`` leaves birth dates, CCCD, phones, ethnicity and religion out."""
    user.require(Role.VIEWER)
    refuse_own_file(database.paths, out)
    rows = rows_of(database, user, kind)
    count = write_table(out, kind, database.own_unit().name, _without_sensitive(kind, rows) if omit_sensitive else rows)
    note = " (không có dữ liệu cá nhân nhạy cảm)" if omit_sensitive else ""
    with database.session(user.username) as session:
        append_audit(session, user.username, "export", kind, "", f"{count} dòng → {out.name}{note}")
    return count


def template(kind: str, out: Path) -> Path:
    if kind not in FIELDS:
        raise UserError(f"Không có mẫu cho loại “{kind}”; chọn một trong: {', '.join(FIELDS)}.")
    choices = {
        "kind": AREA_KINDS, "gender": tuple(GENDERS.values()),
        "role": tuple(dict.fromkeys(r.name for k in force_types() if not k.historical for r in k.roles)),
        "category": vocabulary("person_categories"), "activity_type": vocabulary("activity_types"),
        "channel": vocabulary("channels"), "field": tuple(names("fields").values()),
        "status": tuple(names("statuses").values()),
        "force": tuple(k.short_name for k in force_types() if not k.historical),
    }
    return write_template(out, kind, choices)


def error_report(table: Table, report: ImportReport, out: Path, source: Path | None = None) -> Path:
    """Every error with its row and column, and the refused rows with their bad cells marked; never written over
    ``source``, the workbook being imported."""
    if source is not None and Path(out).resolve() == Path(source).resolve():
        raise UserError(f"Không ghi danh sách dòng lỗi vào {out}: đó là tệp đang nhập, sẽ bị ghi đè mất. Hãy chọn "
                        "tên tệp khác.")
    wanted = {e.row for e in report.errors}
    rows = {number: cells for number, cells in table.rows if number in wanted}
    columns = [(c, table.headings[c]) for c in sorted(table.headings) if table.headings[c]]
    return write_error_workbook(out, columns, rows, report.errors)
