"""Grassroots security forces: force types and roles (catalog data), quotas and the gaps against them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from antt_desktop.domain.catalog import load_catalog

ACTIVE, ENDED = "active", "ended"
STATUS_LABELS = {ACTIVE: "Đang tham gia", ENDED: "Đã thôi"}
GENDERS = {"nam": "Nam", "nu": "Nữ"}


@dataclass(frozen=True)
class Role:
    code: str
    name: str
    default_quota: int


@dataclass(frozen=True)
class ForceType:
    code: str
    name: str
    short_name: str
    team_word: str
    historical: bool
    roles: tuple[Role, ...]

    def role(self, code: str) -> Role | None:
        return next((r for r in self.roles if r.code == code), None)

    @property
    def label(self) -> str:
        return f"{self.name} (cũ)" if self.historical else self.name


@cache
def force_types() -> tuple[ForceType, ...]:
    data = load_catalog("force_types")["types"]
    return tuple(
        ForceType(t["code"], t["name"], t["short_name"], t["team_word"], bool(t.get("historical")),
                  tuple(Role(r["code"], r["name"], int(r["default_quota"])) for r in t["roles"]))
        for t in data
    )


def force_type(code: str) -> ForceType | None:
    return next((t for t in force_types() if t.code == code), None)


def role_name(type_code: str, role_code: str) -> str:
    kind = force_type(type_code)
    role = kind.role(role_code) if kind else None
    return role.name if role else role_code


def catalog_list(key: str) -> tuple[str, ...]:
    return tuple(load_catalog("force_types")[key])


@dataclass(frozen=True)
class Gap:
    role: str
    quota: int
    actual: int

    @property
    def missing(self) -> int:
        return max(0, self.quota - self.actual)

    @property
    def over(self) -> int:
        return max(0, self.actual - self.quota)


def staffing(kind: ForceType, quotas: Mapping[str, int], active_by_role: Mapping[str, int]) -> list[Gap]:
    """Quota against active members for every role of the type, in catalog order."""
    return [Gap(r.code, int(quotas.get(r.code, 0)), int(active_by_role.get(r.code, 0))) for r in kind.roles]


def gap_sentences(team_name: str, kind: ForceType, gaps: list[Gap]) -> list[str]:
    """'Tổ bảo vệ ANTT thôn Đông thiếu 1 tổ viên' for every role below its quota."""
    return [f"{team_name} thiếu {g.missing} {kind.role(g.role).name.lower()}" for g in gaps if g.missing]


def over_quota_warning(team_name: str, kind: ForceType, gaps: list[Gap], role_code: str) -> str:
    """'Tổ bảo vệ ANTT thôn X đã đủ 3 tổ viên; thêm người này sẽ vượt định mức' when one more active member in
    ``role_code`` would pass the team's quota; empty otherwise."""
    gap = next((g for g in gaps if g.role == role_code), None)
    role = kind.role(role_code)
    if gap is None or role is None or gap.actual < gap.quota:
        return ""
    if gap.quota == 0:
        return f"{team_name} không có định mức {role.name.lower()}; thêm người này sẽ vượt định mức."
    return f"{team_name} đã đủ {gap.quota} {role.name.lower()}; thêm người này sẽ vượt định mức."
