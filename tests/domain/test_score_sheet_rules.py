"""QĐ 510 score sheets: the shipped samples add up, a sheet's problems are named, classification by total."""

import pytest

from antt_desktop.domain.catalog import shipped_catalog
from antt_desktop.domain.catalog_check import catalog_problem
from antt_desktop.domain.score_sheet import UNIT_TYPES, classify, score_problem, sheet_for, sheet_problems


@pytest.mark.parametrize("unit_type", UNIT_TYPES)
def test_each_kind_has_a_sample_sheet_of_100_points(unit_type):
    sheet = sheet_for(unit_type)
    assert sheet.sample and sheet.total == 100 and "MẪU" in sheet.source
    assert catalog_problem(f"score_sheet_{unit_type}", shipped_catalog(f"score_sheet_{unit_type}")) is None


def test_agency_sheet_items_as_the_decision_numbers_them():
    scored = sheet_for("co_quan").scored()
    assert (scored["1"].max_points, scored["2"].max_points, scored["3"].max_points, scored["4a"].max_points) == \
        (3, 3, 5, 1)


def _sheet(*items):
    return {"unit_type": "xa", "items": list(items), "deductions": [],
            "levels": [{"code": "tot", "name": "Tốt", "min_points": 50},
                       {"code": "yeu", "name": "Yếu", "min_points": 0}],
            "level_if_not_recognised": "yeu"}


def test_problems_are_named():
    parent = {"number": "1", "text": "Lãnh đạo", "max_points": 60, "items": [
        {"number": "1a", "text": "Nghị quyết", "max_points": 30},
        {"number": "1b", "text": "Kế hoạch", "max_points": 20}]}
    problems = sheet_problems(_sheet(parent, {"number": "1a", "text": "Lặp", "max_points": 40.3}))
    assert "mục 1 có điểm chuẩn 60 nhưng các mục con cộng lại 50" in problems
    assert "số thứ tự 1a lặp lại" in problems
    assert "mục 1a có điểm chuẩn không hợp lệ (số dương, bội của 0,5)" in problems
    nested = {"number": "1", "text": "a", "max_points": 100, "items": [{"number": "2", "text": "b", "max_points": 100,
              "items": [{"number": "3", "text": "c", "max_points": 100, "items": [
                  {"number": "4", "text": "d", "max_points": 100}]}]}]}
    assert "mục 3 lồng quá 3 cấp" in sheet_problems(_sheet(nested))
    assert sheet_problems(_sheet({"number": "../x", "text": "a", "max_points": 100}))[0].startswith("mục “../x”")


def test_scores_are_halves_within_the_item():
    item = sheet_for("xa").scored()["1a"]
    assert score_problem(item, 2.5) is None
    assert score_problem(item, 2.3) == "Điểm của mục 1a phải là số, chẵn hoặc nửa điểm (ví dụ 2 hoặc 2,5)."
    assert score_problem(item, 6) == "Điểm của mục 1a phải từ 0 đến 5."


def test_classification_by_total_capped_when_not_recognised():
    sheet = sheet_for("xa")
    full = {leaf.number: leaf.max_points for leaf in sheet.leaves()}
    assert classify(sheet, full, True).level == "xuat_sac"
    capped = classify(sheet, full, False)
    assert capped.level == "kha" and "mức cao nhất là Khá" in capped.explanation[-1]
    deducted = classify(sheet, {**full, "T1": 10, "T2": 0.5}, True)
    assert (deducted.total, deducted.level) == (89.5, "kha")
    partial = classify(sheet, {"1a": 5}, True)
    assert partial.level is None and (partial.scored, partial.to_score) == (1, len(full))
