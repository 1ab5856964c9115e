"""User roles and what each may do."""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


ROLE_LABELS = {Role.ADMIN: "Quản trị", Role.EDITOR: "Cán bộ nhập liệu", Role.VIEWER: "Chỉ xem"}
_RANK = {Role.VIEWER: 0, Role.EDITOR: 1, Role.ADMIN: 2}


def allows(role: str, needed: Role) -> bool:
    return _RANK.get(Role(role), -1) >= _RANK[needed]
