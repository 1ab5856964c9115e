"""Turning one spreadsheet row into a record of each kind: matching areas, teams, roles and existing records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.campaign_models import Activity, PrestigiousPerson
from antt_desktop.db.force_models import ForceMember, ForceTeam, MemberEvent
from antt_desktop.db.model_models import SecurityModel
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.areas import AREA_KINDS, AreaInput
from antt_desktop.domain.campaigns import ActivityInput, PersonInput
from antt_desktop.domain.forces import ACTIVE, force_types
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.security_models import CoreMember, ModelInput, names
from antt_desktop.domain.teams import default_quotas, suggested_team_name
from antt_desktop.domain.text import collation_key, person_name_key, search_key
from antt_desktop.errors import UserError
from antt_desktop.exchange import cell_values as cv
from antt_desktop.services.activities import apply_activity
from antt_desktop.services.areas import apply_input
from antt_desktop.services.members import TIMELINE, fill_member
from antt_desktop.services.security_models import apply_model

GENDER_WORDS = {"nam": "nam", "nu": "nu", "n": "nu", "x": "nam"}


def _area_key(name: str) -> str:
    """'Thôn Nà Liềm', 'thon na liem' and 'Nà Liềm' are the same area."""
    key = search_key(name)
    for kind in AREA_KINDS:
        prefix = search_key(kind) + " "
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


@dataclass
class ImportContext:
    """What rows are matched against, loaded once and kept up to date as rows are written."""

    session: Session
    unit: str
    campaign_codes: set[str]
    areas: dict[str, uuid.UUID] = field(default_factory=dict)
    area_names: dict[uuid.UUID, str] = field(default_factory=dict)
    teams: dict[str, ForceTeam] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    cccds: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, unit: str, campaign_codes: set[str]) -> ImportContext:
        context = cls(session, unit, campaign_codes)
        for area in session.scalars(select(ResidentialArea).where(ResidentialArea.owner_unit == unit,
                                                                  ResidentialArea.deleted_at.is_(None))):
            context.remember_area(area)
        for team in session.scalars(select(ForceTeam).where(ForceTeam.owner_unit == unit,
                                                            ForceTeam.deleted_at.is_(None))):
            context.teams[search_key(team.name)] = team
        return context

    def remember_area(self, area: ResidentialArea) -> None:
        self.areas[_area_key(area.name)] = area.id
        self.area_names[area.id] = area.name

    def area(self, name: str, required: bool = False) -> uuid.UUID | None:
        if not name:
            if required:
                raise UserError("Chưa ghi khu dân cư.")
            return None
        found = self.areas.get(_area_key(name))
        if found is None:
            raise UserError(f"Không có khu dân cư “{name}”; hãy nhập danh sách khu dân cư trước (Tệp → Nhập từ "
                            "Excel → Khu dân cư) hoặc thêm khu dân cư đó ở trang Địa bàn.")
        return found


# -- areas ------------------------------------------------------------------------------------------------------
def area_input(row: dict, context: ImportContext) -> AreaInput:
    kind = cv.text(row.get("kind")) or next((k for k in AREA_KINDS if cv.text(row.get("name")).startswith(k + " ")),
                                            "Thôn")
    return AreaInput(cv.text(row.get("name")), kind.capitalize() if kind.islower() else kind,
                     cv.integer(row.get("population"), "Số nhân khẩu"), cv.integer(row.get("households"), "Số hộ"),
                     set(), cv.text(row.get("key_notes")), cv.text(row.get("notes"))).validated()


def write_area(data: AreaInput, context: ImportContext) -> str:
    existing = context.areas.get(_area_key(data.name))
    area = context.session.get(ResidentialArea, existing) if existing else ResidentialArea(id=uuid.uuid4())
    if existing:
        data = AreaInput(data.name, data.kind, data.population if data.population is not None else area.population,
                         data.households if data.households is not None else area.households,
                         {f for f in ("key_ethnic", "key_religion", "key_drugs", "key_crime", "key_traffic",
                                      "key_environment") if getattr(area, f)}, data.key_notes or area.key_notes,
                         data.notes or area.notes)
    apply_input(area, data)
    if not existing:
        context.session.add(area)
        context.remember_area(area)
    return "updated" if existing else "created"


# -- members ----------------------------------------------------------------------------------------------------
def _role(text: str) -> tuple[str, str]:
    """(force type, role) whose role name is written in the cell."""
    key = search_key(text)
    for kind in force_types():
        for role in kind.roles:
            if search_key(role.name) == key:
                return kind.code, role.code
    raise UserError(f"Chức danh “{text}” không có trong danh mục (tổ trưởng, tổ phó, tổ viên, đội trưởng…).")


def member_input(row: dict, context: ImportContext) -> tuple[MemberInput, str, str]:
    gender = GENDER_WORDS.get(search_key(cv.text(row.get("gender"))))
    if gender is None:
        raise UserError(f"Giới tính “{cv.text(row.get('gender'))}” phải là Nam hoặc Nữ.")
    type_code, role = _role(cv.text(row.get("role")))
    team_name = cv.text(row.get("team"))
    area_name = cv.text(row.get("area"))
    if not team_name:
        if not area_name:
            raise UserError("Cần ghi tổ/đội hoặc khu dân cư để biết thành viên thuộc tổ nào.")
        team_name = suggested_team_name(type_code, context.area_names[context.area(area_name)])
    cccd = cv.cccd(row.get("cccd"))
    if cccd:
        if cccd in context.cccds:
            raise UserError(f"Số CCCD {cccd} trùng với dòng trước trong cùng tệp.")
        context.cccds.add(cccd)
    data = MemberInput(cv.text(row.get("full_name")), gender, cv.day(row.get("birth_date"), "Ngày sinh"), uuid.uuid4(),
                       role, cv.day(row.get("start_date"), "Ngày tham gia"), cv.cccd(row.get("cccd")),
                       cv.text(row.get("phone")), area_name, cv.text(row.get("ethnicity")) or "Kinh",
                       cv.text(row.get("religion")) or "Không", cv.text(row.get("education")),
                       cv.flag(row.get("party_member")), cv.text(row.get("appointment_number"))).validated()
    return data, team_name, type_code


def _team(context: ImportContext, team_name: str, type_code: str, area_name: str) -> ForceTeam:
    team = context.teams.get(search_key(team_name))
    if team is None:
        area_id = context.areas.get(_area_key(area_name)) if area_name else None
        team = ForceTeam(id=uuid.uuid4(), name=team_name, force_type=type_code, area_id=area_id,
                         quotas=default_quotas(type_code), search_key=search_key(team_name),
                         sort_key=collation_key(team_name), decision_number="", decision_issuer="", notes="")
        context.session.add(team)
        context.teams[search_key(team_name)] = team
        context.notes.append(f"Đã tạo tổ/đội mới “{team_name}” với định biên mặc định.")
    if team.force_type != type_code:
        raise UserError(f"Chức danh không thuộc loại lực lượng của “{team.name}”.")
    return team


def write_member(parsed: tuple[MemberInput, str, str], context: ImportContext) -> str:
    data, team_name, type_code = parsed
    session = context.session
    match = select(ForceMember).where(ForceMember.deleted_at.is_(None), ForceMember.owner_unit == context.unit)
    match = (match.where(ForceMember.cccd == data.cccd) if data.cccd else
             match.where(ForceMember.search_key == search_key(data.full_name),
                         ForceMember.birth_date == data.birth_date))
    existing = session.scalar(match)
    if existing:
        fill_member(existing, data)  # personal details; team and role change only through the history
        return "updated"
    team = _team(context, team_name, type_code, data.residence)
    member = ForceMember(id=uuid.uuid4(), team_id=team.id, role=data.role, status=ACTIVE,
                         start_date=data.start_date or date.today(), end_reason="")
    fill_member(member, data)
    session.add(member)
    role_label = next(r.name for k in force_types() for r in k.roles if r.code == data.role)
    session.add(MemberEvent(member_id=member.id, kind=TIMELINE, event_date=member.start_date,
                            category="Bắt đầu tham gia", content="Nhập từ Excel",
                            to_value=f"{role_label} – {team.name}"))
    return "created"


# -- prestigious people, activities, models ---------------------------------------------------------------------
def person_input(row: dict, context: ImportContext) -> PersonInput:
    return PersonInput(cv.text(row.get("full_name")), cv.text(row.get("category")),
                       context.area(cv.text(row.get("area"))), cv.text(row.get("title")), cv.text(row.get("ethnicity")),
                       cv.text(row.get("religion")), cv.text(row.get("phone")), "",
                       cv.text(row.get("notes"))).validated()


def write_person(data: PersonInput, context: ImportContext) -> str:
    existing = context.session.scalar(select(PrestigiousPerson).where(
        PrestigiousPerson.search_key == search_key(data.full_name), PrestigiousPerson.area_id == data.area_id,
        PrestigiousPerson.deleted_at.is_(None)))
    person = existing or PrestigiousPerson(id=uuid.uuid4())
    for name in ("full_name", "category", "area_id", "title", "ethnicity", "religion", "phone", "address", "notes"):
        setattr(person, name, getattr(data, name))
    person.search_key, person.sort_key = search_key(data.full_name), person_name_key(data.full_name)
    context.session.add(person)
    return "updated" if existing else "created"


def activity_input(row: dict, context: ImportContext) -> ActivityInput:
    return ActivityInput(cv.text(row.get("activity_type")), cv.day(row.get("activity_date"), "Ngày"),
                         cv.text(row.get("content")), context.area(cv.text(row.get("area"))), "", "", None,
                         cv.text(row.get("organisers")), cv.integer(row.get("participants"), "Số người tham gia"),
                         cv.integer(row.get("audience"), "Số người được tuyên truyền"), cv.text(row.get("channel")),
                         cv.text(row.get("result"))).validated()


def write_activity(data: ActivityInput, context: ImportContext) -> str:
    duplicate = context.session.scalar(select(Activity.id).where(
        Activity.activity_date == data.activity_date, Activity.activity_type == data.activity_type,
        Activity.content == data.content, Activity.deleted_at.is_(None)))
    if duplicate:
        return "skipped"
    activity = Activity(id=uuid.uuid4())
    apply_activity(context.session, activity, data, context.campaign_codes)
    context.session.add(activity)
    return "created"


def model_input(row: dict, context: ImportContext) -> ModelInput:
    field_text = search_key(cv.text(row.get("field")))
    field_code = next((code for code, name in names("fields").items() if search_key(name) == field_text
                       or search_key(name).startswith(field_text) and field_text), "")
    status_text = search_key(cv.text(row.get("status")))
    status = next((code for code, name in names("statuses").items() if search_key(name) == status_text), "active")
    head = cv.text(row.get("head"))
    return ModelInput(cv.text(row.get("name")), field_code, status, "areas",
                      (context.area(cv.text(row.get("area")), required=True),), "",
                      cv.text(row.get("decision_number")), cv.day(row.get("decision_date"), "Ngày quyết định"), "",
                      cv.text(row.get("lead_org")), CoreMember(head) if head else None, (), "", False, "", "",
                      cv.text(row.get("notes"))).validated()


def write_model(data: ModelInput, context: ImportContext) -> str:
    existing = context.session.scalar(select(SecurityModel).where(
        SecurityModel.search_key == search_key(data.name), SecurityModel.deleted_at.is_(None),
        SecurityModel.owner_unit == context.unit))
    model = existing or SecurityModel(id=uuid.uuid4())
    apply_model(context.session, model, data)
    context.session.add(model)
    return "updated" if existing else "created"


CONVERTERS = {
    "areas": (area_input, write_area),
    "members": (member_input, write_member),
    "persons": (person_input, write_person),
    "activities": (activity_input, write_activity),
    "models": (model_input, write_model),
}
