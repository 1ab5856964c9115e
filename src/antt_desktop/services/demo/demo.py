"""Realistic demo data for a real commune (Xã Thượng Lâm, Tuyên Quang) or for a province's communes."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from antt_desktop.db.models import ResidentialArea, Unit
from antt_desktop.domain.areas import KEY_FLAGS, AreaInput
from antt_desktop.domain.units import Level, communes
from antt_desktop.services.areas import areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.demo.demo_activities import add_activities, fill_commune_activities
from antt_desktop.services.demo.demo_forces import add_forces, fill_commune_forces
from antt_desktop.services.demo.demo_models import add_models, fill_commune_models
from antt_desktop.services.demo.demo_plans import fill_commune_plans, fill_evaluations
from antt_desktop.services.roles import Role

DEMO_COMMUNE = "02269"  # Xã Thượng Lâm, Tuyên Quang
DEMO_PROVINCE = "08"  # Tuyên Quang
DEMO_ADMIN = "admin"
DEMO_PASSWORD = "antt2026"

# Thôn of a mountain commune: name, population, households, key-area flags, note on the key area.
COMMUNE_AREAS = [
    ("Nà Liềm", 812, 186, {"key_ethnic"}, "Đồng bào Tày, Dao sinh sống xen kẽ"),
    ("Khuôn Hẻ", 604, 139, {"key_ethnic", "key_environment"}, "Khu du lịch cộng đồng, ven hồ thủy điện"),
    ("Bản Chợ", 935, 221, {"key_traffic"}, "Chợ phiên, tuyến ĐT.188 qua trung tâm"),
    ("Nặm Đíp", 547, 118, {"key_ethnic", "key_religion"}, "Có điểm nhóm đạo Tin Lành"),
    ("Nà Va", 688, 152, set(), ""),
    ("Bản Bó", 503, 110, {"key_drugs"}, "Giáp ranh, từng có đối tượng sử dụng ma túy"),
    ("Nà Thuôn", 721, 163, {"key_ethnic"}, "Đồng bào Dao đỏ"),
    ("Khuổi Củng", 398, 87, {"key_ethnic", "key_crime"}, "Địa bàn vùng sâu, khai thác gỗ trái phép"),
    ("Phiêng Luông", 455, 101, set(), ""),
    ("Bản Khiển", 579, 127, {"key_environment"}, "Điểm khai thác cát sỏi lòng sông Gâm"),
]
PREFIXES = ("Thôn", "Bản", "Tổ dân phố", "Xóm")
SYLLABLES = ("Nà", "Khuổi", "Bản", "Phai", "Đồng", "Tân", "Hòa", "Phú", "Lũng", "Cốc", "An", "Thượng",
             "Hạ", "Trung", "Quyết", "Thắng", "Lợi", "Bình", "Yên", "Mỹ", "Đình", "Vàng", "Kim", "Lâm")


def fill_commune(database: Database, user: CurrentUser) -> tuple[int, int, int, int]:
    """Add the demo thôn that are not there yet, their forces, models and activities; returns the counts."""
    existing = {row.name for row in areas.list_areas(database, include_deleted=True)}
    added = 0
    for name, population, households, flags, note in COMMUNE_AREAS:
        full_name = f"Thôn {name}"
        if full_name in existing:
            continue
        areas.create_area(database, user, AreaInput(full_name, "Thôn", population, households, set(flags), note))
        added += 1
    with database.session(user.username) as session:
        members = fill_commune_forces(session, session.info["unit_code"])
        models = fill_commune_models(session, session.info["unit_code"])
        events = fill_commune_activities(session, session.info["unit_code"], date.today())
        fill_commune_plans(session, session.info["unit_code"], date.today())
    return added, members, models, events


def fill_province(database: Database, user: CurrentUser, areas_per_commune: int = 10,
                  progress: Callable[[int, int], None] | None = None) -> tuple[int, int, int, int]:
    """Areas and forces owned by each commune of the province, as an upper level holds them after imports."""
    user.require(Role.ADMIN)
    province = database.own_unit()
    subordinates = [c for c in communes() if c.province_code == province.code]
    rng = random.Random(province.code)
    added = members = models = events = 0
    today = date.today()
    used_cccd: set[str] = set()
    with database.session(user.username) as session:
        known = set(session.scalars(select(Unit.code)))
        owners_done = set(session.scalars(select(ResidentialArea.owner_unit).distinct()))
        for index, commune in enumerate(subordinates, start=1):
            if commune.code not in known:
                session.add(Unit(code=commune.code, name=commune.name, level=Level.COMMUNE,
                                 parent_code=province.code, official=True))
            if commune.code in owners_done:
                continue
            commune_areas = []
            for number in range(1, areas_per_commune + 1):
                kind = rng.choice(PREFIXES)
                name = f"{kind} {rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)} {number}"
                flags = {f for f in KEY_FLAGS if rng.random() < 0.15}
                population = rng.randint(300, 2500)
                data = AreaInput(name, kind, population, population // 4, flags).validated()
                area = ResidentialArea(owner_unit=commune.code)
                areas.apply_input(area, data)
                session.add(area)
                commune_areas.append(area)
                added += 1
            session.flush()
            members += add_forces(session, commune.code, commune_areas, rng, used_cccd)
            models += add_models(session, commune.code, commune_areas, rng, today)
            events += add_activities(session, commune.code, commune_areas, rng, today, 30)
            fill_evaluations(session, commune.code, commune.name, commune_areas, today.year)
            if progress:
                progress(index, len(subordinates))
    return added, members, models, events
