"""Turning one spreadsheet row into a record of each kind: matching areas, teams, roles and existing records."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from antt_desktop.db.campaigns import Activity, PrestigiousPerson
from antt_desktop.db.forces import ForceMember, ForceTeam, MemberEvent
from antt_desktop.db.models import ResidentialArea
from antt_desktop.db.security_models import SecurityModel
from antt_desktop.domain.areas import AREA_KINDS, AreaInput
from antt_desktop.domain.campaigns import ActivityInput, PersonInput
from antt_desktop.domain.forces import ACTIVE, force_types
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.security_models import CoreMember, ModelInput, names
from antt_desktop.domain.teams import default_quotas, suggested_team_name
from antt_desktop.domain.text import collation_key, person_name_key, search_key
from antt_desktop.errors import UserError
from antt_desktop.exchange import cell_values as cv
from antt_desktop.services.areas.areas import apply_input
from antt_desktop.services.campaigns.activities import apply_activity
from antt_desktop.services.excel.import_cells import Cells
from antt_desktop.services.excel.import_context import ImportContext
from antt_desktop.services.forces.members import TIMELINE, fill_member, member_values
from antt_desktop.services.security_models.security_models import apply_model

GENDER_WORDS = {"nam": "nam", "nu": "nu", "n": "nu", "x": "nam"}


# -- areas ------------------------------------------------------------------------------------------------------
def area_input(row: dict, context: ImportContext) -> AreaInput:
    cells = Cells("areas", row)
    kind = cv.text(row.get("kind")) or next((k for k in AREA_KINDS if cv.text(row.get("name")).startswith(k + " ")),
                                            "Thôn")
    return cells.validated(AreaInput(
        cv.text(row.get("name")), kind.capitalize() if kind.islower() else kind,
        cells.get("population", cv.integer, "Số nhân khẩu"), cells.get("households", cv.integer, "Số hộ"),
        set(), cv.text(row.get("key_notes")), cv.text(row.get("notes"))))


def write_area(data: AreaInput, context: ImportContext) -> str:
    existing = context.find_area(data.name)
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
def _force(text: str) -> str:
    """The force type written in a “Lực lượng” cell: its name or short name, whole or in part."""
    key = search_key(text)
    for kind in force_types():
        names = {search_key(kind.name), search_key(kind.short_name)}
        if key in names or any(len(key) >= 5 and (key in name or name in key) for name in names):
            return kind.code
    known = ", ".join(k.short_name for k in force_types() if not k.historical)
    raise UserError(f"Lực lượng “{text}” không có trong danh mục ({known}…).")


def _role(text: str, roles: dict[object, tuple[str, str]], force: str = "") -> tuple[str, str]:
    """(force type, role) whose role name is written in the cell, among the roles of ``force`` when given."""
    if not roles:  # the catalog's roles, keyed once per import
        for kind in force_types():
            for role in kind.roles:
                roles.setdefault(search_key(role.name), (kind.code, role.code))
                roles.setdefault(("label", role.code), (role.name, ""))
                roles.setdefault((kind.code, search_key(role.name)), (kind.code, role.code))
    found = roles.get((force, search_key(text)) if force else search_key(text))
    if found:
        return found
    if force and search_key(text) in roles:
        kind = next(k for k in force_types() if k.code == force)
        raise UserError(f"Chức danh “{text}” không thuộc {kind.short_name} "
                        f"({', '.join(r.name.lower() for r in kind.roles)}).")
    raise UserError(f"Chức danh “{text}” không có trong danh mục (tổ trưởng, tổ phó, tổ viên, đội trưởng…).")


def _gender(value: object) -> str:
    gender = GENDER_WORDS.get(search_key(cv.text(value)))
    if gender is None:
        raise UserError(f"Giới tính “{cv.text(value)}” phải là Nam hoặc Nữ.")
    return gender


def _team_name(context: ImportContext, team_name: str, area_name: str, type_code: str) -> str:
    if team_name:
        return team_name
    if not area_name:
        raise UserError("Cần ghi tổ/đội hoặc khu dân cư để biết thành viên thuộc tổ nào.")
    area_id = context.area(area_name)
    return suggested_team_name(type_code, context.area_names[area_id]) if type_code else ""


def member_input(row: dict, context: ImportContext) -> tuple[MemberInput, str, str]:
    cells = Cells("members", row)
    gender = cells.get("gender", _gender, default="nam")
    force = cells.get("force", lambda value: _force(cv.text(value)) if cv.text(value) else "", default="")
    type_code, role = cells.get("role", lambda value: _role(cv.text(value), context.roles, force), default=("", ""))
    area_name = cv.text(row.get("area"))
    team_name = cells.check("area" if not cv.text(row.get("team")) and area_name else "team",
                            lambda: _team_name(context, cv.text(row.get("team")), area_name, type_code), "")
    cccd = cells.get("cccd", cv.cccd, default="")
    if cccd:
        if cccd in context.cccds:
            cells.check("cccd", lambda: _raise(f"Số CCCD {cccd} trùng với dòng trước trong cùng tệp."))
        context.cccds.add(cccd)
    data = cells.validated(MemberInput(
        cv.text(row.get("full_name")), gender, cells.get("birth_date", cv.day, "Ngày sinh"), uuid.uuid4(),
        role or "to_vien", cells.get("start_date", cv.day, "Ngày tham gia"), cccd, cv.text(row.get("phone")),
        area_name, cv.text(row.get("ethnicity")), cv.text(row.get("religion")),
        cv.text(row.get("education")), cv.flag(row.get("party_member")), cv.text(row.get("appointment_number"))))
    return data, team_name, type_code


def _raise(message: str) -> None:
    raise UserError(message)


def _team(context: ImportContext, team_name: str, type_code: str, area_name: str) -> ForceTeam:
    team = context.teams.get(search_key(team_name))
    if team is None:
        area_id = context.find_area(area_name) if area_name else None
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
    existing_id = context.member_id(data)
    if existing_id:
        fill_member(context.existing_member(existing_id), data)  # team and role change only through the history
        return "updated"
    team = _team(context, team_name, type_code, data.residence)
    member_id, start = uuid.uuid4(), data.start_date or date.today()
    context.stage(ForceMember, {**member_values(data), "id": member_id, "team_id": team.id, "role": data.role,
                                "status": ACTIVE, "start_date": start, "end_date": None, "end_reason": ""})
    context.remember_member(data, member_id)
    role_label = context.roles[("label", data.role)][0]
    context.stage(MemberEvent, {"id": uuid.uuid4(), "member_id": member_id, "kind": TIMELINE, "event_date": start,
                                "category": "Bắt đầu tham gia", "content": "Nhập từ Excel",
                                "to_value": f"{role_label} – {team.name}"})
    return "created"


# -- prestigious people, activities, models ---------------------------------------------------------------------
def person_input(row: dict, context: ImportContext) -> PersonInput:
    cells = Cells("persons", row)
    return cells.validated(PersonInput(
        cv.text(row.get("full_name")), cv.text(row.get("category")),
        cells.check("area", lambda: context.area(cv.text(row.get("area")))), cv.text(row.get("title")),
        cv.text(row.get("ethnicity")), cv.text(row.get("religion")), cv.text(row.get("phone")), "",
        cv.text(row.get("notes"))))


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
    cells = Cells("activities", row)
    return cells.validated(ActivityInput(
        cv.text(row.get("activity_type")), cells.get("activity_date", cv.day, "Ngày"), cv.text(row.get("content")),
        cells.check("area", lambda: context.area(cv.text(row.get("area")))), "", "", None,
        cv.text(row.get("organisers")), cells.get("participants", cv.integer, "Số người tham gia"),
        cells.get("audience", cv.integer, "Số người được tuyên truyền"), cv.text(row.get("channel")),
        cv.text(row.get("result"))))


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
    cells = Cells("models", row)
    area = cells.check("area", lambda: context.area(cv.text(row.get("area")), required=True), uuid.uuid4())
    return cells.validated(ModelInput(
        cv.text(row.get("name")), field_code, status, "areas", (area,), "", cv.text(row.get("decision_number")),
        cells.get("decision_date", cv.day, "Ngày quyết định"), "", cv.text(row.get("lead_org")),
        CoreMember(head) if head else None, (), "", False, "", "", cv.text(row.get("notes"))))


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
