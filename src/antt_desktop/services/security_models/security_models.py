"""Self-management models: registry with filters, hồ sơ completeness, last activity and rating, alerts."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from antt_desktop.config import Paths, load_settings
from antt_desktop.db.forces import Attachment, ForceMember
from antt_desktop.db.models import ResidentialArea
from antt_desktop.db.security_models import ModelActivity, ModelReview, SecurityModel
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.security_models import CoreMember, ModelInput, inactive_months_default, months_between, names
from antt_desktop.domain.text import collation_key, search_key
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record, owned_by

RECORD_KIND = "models"
INACTIVE_SETTING = "model_inactive_months"
LIVE_STATUSES = ("active", "needs_strengthening")


@dataclass(frozen=True)
class ModelFilter:
    query: str = ""
    field: str = ""
    status: str = ""
    rating: str = ""  # the latest review's rating; "none" = never reviewed
    area_id: uuid.UUID | None = None
    include_deleted: bool = False
    owner_unit: str = ""  # at an upper level: one unit below


@dataclass(frozen=True)
class ModelRow:
    id: uuid.UUID
    data: ModelInput
    scope_text: str
    documents: frozenset[str]
    last_activity: date | None
    last_rating: str | None
    last_review_year: int | None
    deleted: bool
    sort_key: str
    owner_unit: str = ""

    @property
    def completeness(self) -> int:
        return round(100 * len(self.documents & names("documents").keys()) / len(names("documents")))

    @property
    def missing_documents(self) -> list[str]:
        return [name for code, name in names("documents").items() if code not in self.documents]

    def alerts(self, today: date, inactive_months: int) -> list[str]:
        """What the dashboard says about this model, if anything."""
        return [sentence for _kind, sentence in self.alert_items(today, inactive_months)]

    def alert_items(self, today: date, inactive_months: int) -> list[tuple[str, str]]:
        """(kind, sentence) of each thing to look at about this model; the kinds group them at an upper level."""
        if self.deleted or self.data.status not in LIVE_STATUSES:
            return []
        found, name = [], self.data.name
        if self.last_activity is None:
            found.append(("chưa ghi hoạt động nào", f"Mô hình “{name}” chưa ghi hoạt động nào."))
        elif months_between(self.last_activity, today) >= inactive_months:
            found.append((f"không hoạt động từ {inactive_months} tháng trở lên",
                          f"Mô hình “{name}” không có hoạt động từ {format_date(self.last_activity)} "
                          f"({months_between(self.last_activity, today)} tháng)."))
        if self.missing_documents:
            found.append(("hồ sơ còn thiếu", f"Hồ sơ mô hình “{name}” còn thiếu: {', '.join(self.missing_documents)}."))
        if self.last_review_year != today.year:
            found.append((f"chưa rà soát, phân loại năm {today.year}",
                          f"Mô hình “{name}” chưa được rà soát, phân loại năm {today.year}."))
        return found


def _input(model: SecurityModel) -> ModelInput:
    head = CoreMember(model.head_name, model.head_member_id) if model.head_name else None
    core = tuple(CoreMember(m["name"], uuid.UUID(m["member_id"]) if m.get("member_id") else None)
                 for m in model.core_members)
    return ModelInput(model.name, model.field, model.status, model.scope_kind,
                      tuple(uuid.UUID(a) for a in model.area_ids), model.scope_name, model.decision_number,
                      model.decision_date, model.decision_issuer, model.lead_org, head, core, model.regulation,
                      model.typical, model.typical_level, model.typical_decision, model.notes)


def _facts(session: Session) -> tuple[dict, dict, dict]:
    documents: dict[uuid.UUID, set[str]] = defaultdict(set)
    for record_id, slot in session.execute(select(Attachment.record_id, Attachment.slot).where(
            Attachment.record_kind == RECORD_KIND, Attachment.deleted_at.is_(None))):
        documents[record_id].add(slot)
    last_activity = dict(session.execute(
        select(ModelActivity.model_id, func.max(ModelActivity.activity_date))
        .where(ModelActivity.deleted_at.is_(None)).group_by(ModelActivity.model_id)).all())
    reviews: dict[uuid.UUID, ModelReview] = {}
    for review in session.scalars(select(ModelReview).where(ModelReview.deleted_at.is_(None))
                                  .order_by(ModelReview.review_date, ModelReview.created_at)):
        reviews[review.model_id] = review
    return documents, last_activity, reviews


def list_models(database: Database, f: ModelFilter = ModelFilter()) -> list[ModelRow]:  # noqa: B008
    statement = select(SecurityModel).order_by(SecurityModel.sort_key, SecurityModel.owner_unit, SecurityModel.id)
    key = search_key(f.query)
    if key:
        statement = statement.where(SecurityModel.search_key.contains(key, autoescape=True))
    if f.field:
        statement = statement.where(SecurityModel.field == f.field)
    if f.status:
        statement = statement.where(SecurityModel.status == f.status)
    statement = statement.where(*owned_by(SecurityModel, f.owner_unit))
    if not f.include_deleted:
        statement = statement.where(SecurityModel.deleted_at.is_(None))
    with database.factory() as session:
        area_names = dict(session.execute(select(ResidentialArea.id, ResidentialArea.name)).all())
        documents, last_activity, reviews = _facts(session)
        rows = []
        for model in session.scalars(statement):
            data = _input(model)
            if f.area_id and f.area_id not in data.area_ids:
                continue
            review = reviews.get(model.id)
            rating = review.rating if review else None
            if f.rating and (rating or "none") != f.rating:
                continue
            scope = (", ".join(area_names.get(a, "?") for a in data.area_ids) if model.scope_kind == "areas"
                     else f"{names('scope_kinds')[model.scope_kind]} {model.scope_name}")
            rows.append(ModelRow(model.id, data, scope, frozenset(documents.get(model.id, ())),
                                 last_activity.get(model.id), rating, review.year if review else None,
                                 model.is_deleted, model.sort_key, model.owner_unit))
        return rows


def inactive_months(paths: Paths) -> int:
    """Months without activity after which a model is flagged (a setting of this installation)."""
    value = load_settings(paths).get(INACTIVE_SETTING, inactive_months_default())
    return value if isinstance(value, int) and value > 0 else inactive_months_default()


def model_alerts(database: Database, today: date, inactive_months: int) -> list[str]:
    return [alert for row in list_models(database) for alert in row.alerts(today, inactive_months)]


def counts_by_field_and_rating(database: Database) -> dict[str, Counter]:
    """Live models per field and per latest rating ("none" when never reviewed): figures for reports."""
    rows = list_models(database)
    return {"field": Counter(r.data.field for r in rows), "rating": Counter(r.last_rating or "none" for r in rows)}


def _linked(session: Session, person: CoreMember) -> CoreMember:
    """Link a person to the force member of the same name, when exactly one is recorded."""
    if person.member_id:
        if session.get(ForceMember, person.member_id) is None:
            raise UserError(f"Không tìm thấy thành viên lực lượng “{person.name}” đã chọn.")
        return person
    found = session.scalars(select(ForceMember.id).where(
        ForceMember.search_key == search_key(person.name), ForceMember.deleted_at.is_(None),
        ForceMember.owner_unit == session.info["unit_code"]).limit(2)).all()
    return CoreMember(person.name, found[0]) if len(found) == 1 else person


def apply_model(session: Session, model: SecurityModel, data: ModelInput) -> None:
    for area_id in data.area_ids:
        own_record(session, ResidentialArea, area_id, "khu dân cư", live=True)
    data = replace(data, head=_linked(session, data.head) if data.head else None,
                   core_members=tuple(_linked(session, m) for m in data.core_members))
    model.name, model.field, model.status, model.scope_kind = data.name, data.field, data.status, data.scope_kind
    model.area_ids = [str(a) for a in data.area_ids]
    model.scope_name, model.decision_number, model.decision_date = (data.scope_name, data.decision_number,
                                                                    data.decision_date)
    model.decision_issuer, model.lead_org, model.regulation = data.decision_issuer, data.lead_org, data.regulation
    model.head_name = data.head.name if data.head else ""
    model.head_member_id = data.head.member_id if data.head else None
    model.core_members = [{"name": m.name, "member_id": str(m.member_id) if m.member_id else None}
                          for m in data.core_members]
    model.typical, model.typical_level, model.typical_decision = data.typical, data.typical_level, data.typical_decision
    model.notes = data.notes
    model.search_key, model.sort_key = search_key(data.name), collation_key(data.name)


def create_model(database: Database, user: CurrentUser, data: ModelInput) -> uuid.UUID:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        model = SecurityModel(id=uuid.uuid4())
        apply_model(session, model, clean)
        session.add(model)
        return model.id


def update_model(database: Database, user: CurrentUser, model_id: uuid.UUID, data: ModelInput) -> None:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        apply_model(session, own_record(session, SecurityModel, model_id, "mô hình", live=True), clean)


def set_deleted(database: Database, user: CurrentUser, model_id: uuid.UUID, deleted: bool) -> None:
    """Delete (a restorable tombstone) or restore a model entered by mistake; a model that stopped is 'giải thể'."""
    scoping.set_deleted(database, user, SecurityModel, model_id, "mô hình", deleted)
