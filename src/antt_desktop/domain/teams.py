"""A tổ / đội as typed by a user: type from the catalog, quotas per role of that type."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from antt_desktop.domain.forces import force_type
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError

MAX_QUOTA = 200


@dataclass(frozen=True)
class TeamInput:
    name: str
    force_type: str
    area_id: uuid.UUID | None = None
    quotas: dict[str, int] = field(default_factory=dict)
    decision_number: str = ""
    decision_date: date | None = None
    decision_issuer: str = ""
    notes: str = ""

    def validated(self) -> TeamInput:
        name = normalize(self.name)
        if not name:
            raise UserError("Chưa nhập tên tổ/đội.")
        kind = force_type(self.force_type)
        if kind is None:
            raise UserError(f"Loại lực lượng “{self.force_type}” không có trong danh mục.")
        quotas = {}
        for role in kind.roles:
            value = int(self.quotas.get(role.code, 0) or 0)
            if not 0 <= value <= MAX_QUOTA:
                raise UserError(f"Định biên {role.name.lower()} phải từ 0 đến {MAX_QUOTA}.")
            quotas[role.code] = value
        unknown = set(self.quotas) - set(quotas)
        if unknown:
            raise UserError(f"Chức danh {', '.join(sorted(unknown))} không thuộc {kind.name}.")
        if self.decision_date and self.decision_date > date.today():
            raise UserError("Ngày quyết định thành lập ở tương lai.")
        return replace(self, name=name, quotas=quotas, decision_number=normalize(self.decision_number),
                       decision_issuer=normalize(self.decision_issuer), notes=normalize(self.notes))


def default_quotas(type_code: str) -> dict[str, int]:
    kind = force_type(type_code)
    return {r.code: r.default_quota for r in kind.roles} if kind else {}


def suggested_team_name(type_code: str, area_name: str) -> str:
    """'Tổ bảo vệ ANTT thôn Nà Liềm' from the type and 'Thôn Nà Liềm'."""
    kind = force_type(type_code)
    if not kind:
        return area_name
    first, _, rest = area_name.partition(" ")
    return f"{kind.short_name} {first.lower()} {rest}".strip() if rest else f"{kind.short_name} {area_name}"
