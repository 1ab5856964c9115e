"""Plans and resolutions with their targets; each target's actual value is computed live from the data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from antt_desktop.db.plans import Plan, Target
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.plans.indicators import INDICATORS
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record
from antt_desktop.services.sync.subordinates import unit_names, units_below

PLAN_KINDS = ("Nghị quyết", "Kế hoạch", "Chỉ thị", "Chương trình")


@dataclass(frozen=True)
class PlanInput:
    kind: str
    number: str
    plan_date: date | None
    issuer: str
    year: int
    summary: str = ""

    def validated(self) -> PlanInput:
        if self.kind not in PLAN_KINDS:
            raise UserError(f"Loại văn bản phải là một trong: {', '.join(PLAN_KINDS)}.")
        if not normalize(self.number) or not normalize(self.issuer):
            raise UserError("Hãy ghi số, ký hiệu và cơ quan ban hành văn bản.")
        if self.plan_date is None or self.plan_date > date.today():
            raise UserError("Ngày ban hành trống hoặc ở tương lai.")
        if not 2000 <= self.year <= date.today().year + 1:
            raise UserError(f"Năm {self.year} không hợp lệ.")
        return replace(self, number=normalize(self.number), issuer=normalize(self.issuer),
                       summary=normalize(self.summary))


@dataclass(frozen=True)
class TargetInput:
    indicator: str  # a code of INDICATORS, or "" for a target measured by hand
    target_value: float
    title: str = ""
    unit: str = ""
    manual_actual: float | None = None
    notes: str = ""
    for_unit: str = ""  # at an upper level: the one unit below it is set for ("": all of them)

    def validated(self) -> TargetInput:
        if self.indicator and self.indicator not in INDICATORS:
            raise UserError("Chỉ tiêu đã chọn không có trong danh mục chỉ tiêu tính tự động.")
        if not self.indicator and not normalize(self.title):
            raise UserError("Chỉ tiêu nhập tay cần có tên chỉ tiêu.")
        if self.target_value is None or self.target_value <= 0:
            raise UserError("Giá trị chỉ tiêu phải lớn hơn 0.")
        if self.manual_actual is not None and self.manual_actual < 0:
            raise UserError("Kết quả thực hiện không được âm.")
        if self.indicator:
            indicator = INDICATORS[self.indicator]
            return replace(self, title=indicator.name, unit=indicator.unit, manual_actual=None,
                           notes=normalize(self.notes))
        return replace(self, title=normalize(self.title), unit=normalize(self.unit), notes=normalize(self.notes))


@dataclass(frozen=True)
class PlanRow:
    id: uuid.UUID
    data: PlanInput
    owner_unit: str

    @property
    def label(self) -> str:
        return f"{self.data.kind} số {self.data.number} ngày {format_date(self.data.plan_date)}"


@dataclass(frozen=True)
class TargetRow:
    id: uuid.UUID
    data: TargetInput
    actual: float | None
    year: int
    read_only: bool
    for_unit_name: str = ""

    @property
    def percent(self) -> int:
        return 0 if self.actual is None else min(999, round(100 * self.actual / self.data.target_value))

    @property
    def status(self) -> str:
        if self.actual is None:
            return "Chưa có số liệu"
        if self.actual >= self.data.target_value:
            return "Đạt"
        return "Không đạt" if self.year < date.today().year else "Đang thực hiện"


def list_plans(database: Database, year: int | None = None) -> list[PlanRow]:
    statement = select(Plan).where(Plan.deleted_at.is_(None)).order_by(Plan.plan_date.desc())
    if year:
        statement = statement.where(Plan.year == year)
    with database.factory() as session:
        return [PlanRow(p.id, PlanInput(p.kind, p.number, p.plan_date, p.issuer, p.year, p.summary), p.owner_unit)
                for p in session.scalars(statement)]


def save_plan(database: Database, user: CurrentUser, data: PlanInput, plan_id: uuid.UUID | None = None) -> uuid.UUID:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        plan = Plan(id=uuid.uuid4()) if plan_id is None else own_record(session, Plan, plan_id, "kế hoạch", live=True)
        for name in ("kind", "number", "plan_date", "issuer", "year", "summary"):
            setattr(plan, name, getattr(clean, name))
        session.add(plan)
        return plan.id


def delete_plan(database: Database, user: CurrentUser, plan_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Plan, plan_id, "kế hoạch")


def restore_plan(database: Database, user: CurrentUser, plan_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Plan, plan_id, "kế hoạch", deleted=False)


def targets(database: Database, plan_id: uuid.UUID) -> list[TargetRow]:
    """The plan's targets with their actual value computed now from the data of the plan's year."""
    own = database.installation().unit_code
    with database.factory() as session:
        plan = session.get(Plan, plan_id)
        rows = session.scalars(select(Target).where(Target.plan_id == plan_id, Target.deleted_at.is_(None))
                               .order_by(Target.created_at, Target.id)).all()
    names = unit_names(database)
    if any(t.for_unit and t.for_unit not in names for t in rows):
        names.update(units_below(database))  # units below that have sent nothing yet
    result = []
    for t in rows:
        measured = t.for_unit if t.for_unit and t.for_unit != own else None  # set for a unit below: its data
        actual = (INDICATORS[t.indicator].compute(database, plan.year, measured) if t.indicator in INDICATORS
                  else t.manual_actual)
        result.append(TargetRow(t.id, TargetInput(t.indicator, t.target_value, t.title, t.unit, t.manual_actual,
                                                  t.notes, t.for_unit), actual, plan.year, t.owner_unit != own,
                                names.get(t.for_unit, t.for_unit)))
    return result


def save_target(database: Database, user: CurrentUser, plan_id: uuid.UUID, data: TargetInput,
                target_id: uuid.UUID | None = None) -> uuid.UUID:
    """Targets sent down by an upper level belong to it: they are read-only here."""
    user.require(Role.EDITOR)
    clean = data.validated()
    if clean.for_unit and clean.for_unit not in units_below(database):
        raise UserError(f"Đơn vị {clean.for_unit} không trực thuộc đơn vị này; chỉ giao chỉ tiêu cho đơn vị "
                        "trực thuộc.")
    with database.session(user.username) as session:
        own_record(session, Plan, plan_id, "kế hoạch", live=True)
        if target_id is None:
            target = Target(id=uuid.uuid4(), plan_id=plan_id)
        else:
            target = own_record(session, Target, target_id, "chỉ tiêu", live=True)
        for name in ("indicator", "target_value", "title", "unit", "manual_actual", "notes", "for_unit"):
            setattr(target, name, getattr(clean, name))
        session.add(target)
        return target.id


def delete_target(database: Database, user: CurrentUser, target_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Target, target_id, "chỉ tiêu")


def restore_target(database: Database, user: CurrentUser, target_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Target, target_id, "chỉ tiêu", deleted=False)
