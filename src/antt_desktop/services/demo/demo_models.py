"""Demo self-management models: three per residential area across the six fields, with activities and reviews."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.models import ResidentialArea
from antt_desktop.db.security_models import ModelActivity, ModelReview, SecurityModel
from antt_desktop.domain.security_models import words
from antt_desktop.domain.text import collation_key, search_key

TEMPLATES = (
    ("phong_chong_toi_pham", "Camera an ninh"),
    ("phong_chong_toi_pham", "Tổ tự quản an ninh, trật tự"),
    ("quan_ly_doi_tuong", "Gia đình, dòng họ giáo dục, giúp đỡ người lầm lỗi"),
    ("trat_tu_atgt", "Tuyến đường tự quản về trật tự an toàn giao thông"),
    ("ton_giao", "Điểm nhóm tôn giáo tự quản về an ninh, trật tự"),
    ("dan_toc", "Người có uy tín tham gia giữ gìn an ninh, trật tự"),
    ("pccc", "Tổ liên gia an toàn phòng cháy, chữa cháy"),
    ("pccc", "Điểm chữa cháy công cộng"),
)
ACTIVITIES = ("Họp định kỳ của mô hình", "Tuần tra đêm cùng Tổ bảo vệ ANTT", "Tuyên truyền qua loa truyền thanh",
              "Kiểm tra bình chữa cháy các hộ", "Giúp đỡ người chấp hành xong án phạt tù",
              "Ra quân dọn hành lang giao thông")


def add_models(session: Session, owner: str, areas: Iterable[ResidentialArea], rng: random.Random,
               today: date) -> int:
    """Three models per area for one owner unit, in the caller's transaction; returns how many."""
    added = 0
    for number, area in enumerate(areas):
        for field, title in rng.sample(TEMPLATES, 3):
            name = f"{title} {area.name.lower().split(' ', 1)[0]} {area.name.split(' ', 1)[-1]}"
            model = SecurityModel(
                id=uuid.uuid4(), owner_unit=owner, name=name, search_key=search_key(name),
                sort_key=collation_key(name), field=field, status="active", scope_kind="areas",
                area_ids=[str(area.id)], scope_name="", decision_number=f"{rng.randint(5, 150)}/QĐ-UBND",
                decision_date=date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)),
                decision_issuer="Ủy ban nhân dân xã", lead_org=rng.choice(words("lead_organisations")[:7]),
                head_name="", core_members=[], regulation="", typical=rng.random() < 0.1, notes="",
                typical_level="", typical_decision="")
            if model.typical:
                model.typical_level, model.typical_decision = "Cấp xã", f"{rng.randint(10, 90)}/QĐ-UBND"
            session.add(model)
            session.flush()  # activities refer to it
            for _ in range(rng.randint(0, 4)):
                session.add(ModelActivity(owner_unit=owner, model_id=model.id, content=rng.choice(ACTIVITIES),
                                          activity_date=today - timedelta(days=rng.randint(5, 240)),
                                          participants=rng.randint(8, 60), result="Hoàn thành"))
            if rng.random() < 0.6:
                session.add(ModelReview(owner_unit=owner, model_id=model.id, year=today.year,
                                        review_date=today - timedelta(days=rng.randint(1, 60)),
                                        rating=rng.choice(("tot", "tot", "kha", "trung_binh", "yeu")),
                                        outcome="Giữ nguyên", reviewer="Công an xã", notes=""))
            added += 1
        if number % 4 == 3:
            model.status = "needs_strengthening"
    return added


def fill_commune_models(session: Session, owner: str) -> int:
    if session.scalar(select(SecurityModel.id).where(SecurityModel.owner_unit == owner).limit(1)):
        return 0
    areas = session.scalars(select(ResidentialArea).where(ResidentialArea.owner_unit == owner,
                                                          ResidentialArea.deleted_at.is_(None))).all()
    return add_models(session, owner, areas, random.Random(f"models-{owner}"), date.today())
