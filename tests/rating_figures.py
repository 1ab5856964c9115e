"""A small commune's Tổ bảo vệ ANTT for the member-rating tests: thôn Nà Va (7 members) and Khuổi Ma (12)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.teams import TeamInput, suggested_team_name
from antt_desktop.services.areas import areas
from antt_desktop.services.database import Database
from antt_desktop.services.forces import members, teams
from tests.conftest import EDITOR_USER

TO = "to_bao_ve_antt"
NA_VA = ("Nguyễn Văn An", "Lò Thị Bình", "Hoàng Văn Chiến", "Lường Thị Dung", "Cà Văn Đông", "Quàng Thị Hoa",
         "Vì Văn Khánh")
KHUOI_MA = ("Ma Văn Lâm", "Nông Thị Mai", "Triệu Văn Nam", "Hà Thị Oanh", "Đặng Văn Phúc", "Bế Thị Quyên",
            "La Văn Sơn", "Hoàng Thị Tâm", "Lục Văn Thắng", "Ma Thị Uyên", "Nông Văn Vinh", "Sầm Thị Xuân")


@dataclass
class SmallCommune:
    na_va: uuid.UUID
    khuoi_ma: uuid.UUID
    ids: dict[str, uuid.UUID]  # full name → member id


def _team(database: Database, area_name: str, size: int) -> uuid.UUID:
    area = areas.create_area(database, EDITOR_USER, AreaInput(area_name))
    quotas = {"to_truong": 1, "to_pho": 1, "to_vien": size - 2}
    return teams.create_team(database, EDITOR_USER, TeamInput(suggested_team_name(TO, area.name), TO, area.id, quotas))


def small_commune(database: Database, start: date = date(2024, 7, 1)) -> SmallCommune:
    """Both teams staffed from ``start``: the first member tổ trưởng, the second tổ phó, the others tổ viên."""
    na_va, khuoi_ma = _team(database, "Thôn Nà Va", 7), _team(database, "Thôn Khuổi Ma", 12)
    ids = {}
    for team_id, names in ((na_va, NA_VA), (khuoi_ma, KHUOI_MA)):
        for index, name in enumerate(names):
            role = ("to_truong", "to_pho")[index] if index < 2 else "to_vien"
            gender = "nu" if " Thị " in name else "nam"
            ids[name] = members.create_member(database, EDITOR_USER, MemberInput(
                name, gender, date(1980 + index, 3, 9), team_id, role, start))
    return SmallCommune(na_va, khuoi_ma, ids)
