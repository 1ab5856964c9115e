"""Self-management ("tự phòng, tự quản") models: fields, statuses, ratings and the hồ sơ checklist (catalog
data), what a user types for a model, and the rules it must satisfy."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from antt_desktop.domain.catalog import load_catalog
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError


def _catalog() -> dict:
    return load_catalog("security_models")


@cache
def names(key: str) -> dict[str, str]:
    """code → name for a coded list of the catalog (fields, scope_kinds, statuses, ratings, documents)."""
    return {item["code"]: item["name"] for item in _catalog()[key]}


def words(key: str) -> tuple[str, ...]:
    """A plain list of the catalog (lead_organisations, typical_levels, review_outcomes)."""
    return tuple(_catalog()[key])


def inactive_months_default() -> int:
    return int(_catalog()["inactive_months_default"])


@dataclass(frozen=True)
class CoreMember:
    name: str
    member_id: uuid.UUID | None = None  # a force member already recorded, where there is one


@dataclass(frozen=True)
class ModelInput:
    name: str
    field: str
    status: str = "active"
    scope_kind: str = "areas"
    area_ids: tuple[uuid.UUID, ...] = ()
    scope_name: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    decision_issuer: str = ""
    lead_org: str = ""
    head: CoreMember | None = None
    core_members: tuple[CoreMember, ...] = field(default_factory=tuple)
    regulation: str = ""
    typical: bool = False
    typical_level: str = ""
    typical_decision: str = ""
    notes: str = ""

    def validated(self) -> ModelInput:
        name = normalize(self.name)
        if not name:
            raise UserError("Chưa nhập tên mô hình.")
        if self.field not in names("fields"):
            raise UserError("Chưa chọn lĩnh vực của mô hình (một trong sáu lĩnh vực).")
        if self.status not in names("statuses"):
            raise UserError(f"Trạng thái “{self.status}” không có trong danh mục.")
        if self.scope_kind not in names("scope_kinds"):
            raise UserError(f"Phạm vi “{self.scope_kind}” không có trong danh mục.")
        scope_name = normalize(self.scope_name)
        if self.scope_kind == "areas" and not self.area_ids:
            raise UserError("Hãy chọn ít nhất một khu dân cư mà mô hình hoạt động.")
        if self.scope_kind != "areas" and not scope_name:
            raise UserError(f"Hãy ghi tên {names('scope_kinds')[self.scope_kind].lower()} có mô hình.")
        if self.decision_date and self.decision_date > date.today():
            raise UserError("Ngày quyết định thành lập ở tương lai.")
        if self.typical and not self.typical_level:
            raise UserError("Mô hình điển hình cần ghi cấp công nhận (xã, tỉnh, Bộ).")
        head = CoreMember(normalize(self.head.name), self.head.member_id) if self.head and self.head.name else None
        core = tuple(CoreMember(normalize(m.name), m.member_id) for m in self.core_members if normalize(m.name))
        return replace(
            self, name=name, scope_name=scope_name if self.scope_kind != "areas" else "",
            area_ids=tuple(self.area_ids) if self.scope_kind == "areas" else (), head=head, core_members=core,
            decision_number=normalize(self.decision_number), decision_issuer=normalize(self.decision_issuer),
            lead_org=normalize(self.lead_org), regulation=normalize(self.regulation),
            typical_level=self.typical_level if self.typical else "",
            typical_decision=normalize(self.typical_decision) if self.typical else "", notes=normalize(self.notes),
        )


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
