"""Demo plan of the year with targets on computable indicators, an inspection with remedies, a partial
typical-commune self-assessment, and the year's evaluation of most residential areas and of the commune: the
recognition criteria, and self-scores on the score sheet for several of them (some not finished)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.evaluation import Evaluation
from antt_desktop.db.models import ResidentialArea, Unit
from antt_desktop.db.plans import CriterionAssessment, Inspection, Plan, Remedy, Target
from antt_desktop.domain.evaluation import catalog_version, unit_type
from antt_desktop.domain.score_sheet import sheet_for
from antt_desktop.services.plans.indicators import INDICATORS

TARGETS = (("models_live", 30), ("typical_models", 3), ("teams_full_pct", 100), ("campaigns_answered_pct", 100),
           ("propaganda_sessions", 40), ("key_areas_covered_pct", 100), ("members_trained", 50))


def fill_commune_plans(session: Session, owner: str, today: date) -> int:
    if session.scalar(select(Plan.id).where(Plan.owner_unit == owner).limit(1)):
        return 0
    plan = Plan(id=uuid.uuid4(), owner_unit=owner, kind="Kế hoạch", number=f"05/KH-CAX-{owner}",
                plan_date=date(today.year, 1, 12), issuer="Công an xã", year=today.year,
                summary="Thực hiện Phong trào toàn dân bảo vệ an ninh Tổ quốc năm " + str(today.year))
    session.add(plan)
    session.flush()
    for code, value in TARGETS:
        indicator = INDICATORS[code]
        session.add(Target(owner_unit=owner, plan_id=plan.id, indicator=code, title=indicator.name,
                           target_value=value, unit=indicator.unit, manual_actual=None, notes=""))
    session.add(Target(owner_unit=owner, plan_id=plan.id, indicator="", title="Tỷ lệ hộ gia đình ký cam kết "
                       "không vi phạm pháp luật", target_value=95, unit="%", manual_actual=88, notes=""))
    inspection = Inspection(id=uuid.uuid4(), owner_unit=owner, inspection_date=today - timedelta(days=45),
                            subject_kind="model", subject_id=None, subject_text="Camera an ninh thôn Bản Chợ",
                            inspector="Đoàn kiểm tra Công an xã", findings="2 camera không hoạt động; sổ theo dõi "
                            "ghi chưa đầy đủ")
    session.add(inspection)
    session.flush()
    session.add(Remedy(owner_unit=owner, inspection_id=inspection.id, description="Sửa chữa 2 camera hỏng",
                       deadline=today - timedelta(days=10), follow_up=""))
    session.add(Remedy(owner_unit=owner, inspection_id=inspection.id, description="Ghi đầy đủ sổ theo dõi hoạt động",
                       deadline=today + timedelta(days=20), follow_up=""))
    areas = session.scalars(select(ResidentialArea).where(ResidentialArea.owner_unit == owner,
                                                          ResidentialArea.deleted_at.is_(None))
                            .order_by(ResidentialArea.sort_key)).all()
    commune = session.get(Unit, owner)
    fill_evaluations(session, owner, commune.name if commune else "", list(areas), today.year)
    for criterion, result in (("nghi_quyet", "dat"), ("mo_hinh", "dat"), ("luc_luong", "mot_phan")):
        session.add(CriterionAssessment(owner_unit=owner, year=today.year, criteria_set="xa_dien_hinh",
                                        criterion=criterion, result=result, evidence="", notes=""))
    return 1


def _evaluation(owner: str, year: int, kind: str, name: str, area_id: uuid.UUID | None, results: dict,
                scores: dict) -> Evaluation:
    return Evaluation(owner_unit=owner, year=year, unit_type=kind, area_id=area_id, subject_name=name,
                      catalog_version=catalog_version(), results=results, decision_number="", decision_level="",
                      override_level="", override_reason="", scores=scores,
                      score_sheet_version=sheet_for(kind).version if scores else "")


def _scores(kind: str, seed: int, finished: bool) -> dict:
    """Self-scores that vary by subject: most items full, some half or less; unfinished sheets stop halfway."""
    sheet = sheet_for(kind)
    leaves = sheet.leaves()
    scores = {}
    for index, item in enumerate(leaves if finished else leaves[:len(leaves) // 2]):
        cut = (index + seed) % 5
        points = item.max_points if cut else item.max_points / 2
        points = int(points * 2) / 2 - (0.5 if cut == 3 and item.max_points >= 5 else 0)
        scores[item.number] = {"points": points, "note": "" if cut else "Còn hạn chế, cần khắc phục"}
    if finished and seed % 3 == 2:
        first = sheet.deductions[0]
        scores[first.number] = {"points": min(2.0, first.max_points), "note": "Vụ tranh chấp đất đai kéo dài"}
    return scores


def fill_evaluations(session: Session, owner: str, commune_name: str, areas: list[ResidentialArea],
                     year: int) -> None:
    """The year's recognition of most areas (the last two not assessed yet) and of the commune, with self-scores
    on the score sheet for the first eight areas (two of them half done) and the commune."""
    for number, area in enumerate(areas[:-2]):
        failing = {"ma_tuy"} if area.key_drugs else ({"tai_nan"} if number % 5 == 4 else set())
        results = {c["code"]: {"met": c["code"] not in failing, "evidence": "Biên bản họp khu dân cư"}
                   for c in unit_type("khu_dan_cu")["criteria"]}
        session.add(_evaluation(owner, year, "khu_dan_cu", area.name, area.id, results,
                                _scores("khu_dan_cu", number, finished=number < 6) if number < 8 else {}))
    if commune_name:
        results = {c["code"]: {"met": True, "evidence": "Nghị quyết Đảng ủy, kế hoạch UBND xã, báo cáo tổng kết"}
                   for c in unit_type("xa")["criteria"]}
        session.add(_evaluation(owner, year, "xa", commune_name, None, results, _scores("xa", 1, True)))
