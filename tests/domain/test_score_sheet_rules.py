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


def _levels(*levels, cap="a"):
    return {**_sheet({"number": "1", "text": "Lãnh đạo", "max_points": 100}), "levels": list(levels),
            "level_if_not_recognised": cap}


@pytest.mark.parametrize(("levels", "said"), [
    ([{"code": "a", "name": "A", "min_points": float("nan")}], "mức a có số điểm tối thiểu không hợp lệ (phải từ 0"),
    ([{"code": "a", "name": "A", "min_points": float("inf")}], "mức a có số điểm tối thiểu không hợp lệ"),
    ([{"code": "a", "name": "A", "min_points": 50}, {"code": "b", "name": "B", "min_points": float("-inf")}],
     "mức b có số điểm tối thiểu không hợp lệ"),
    ([{"code": "a", "name": "A", "min_points": 101}], "mức a có số điểm tối thiểu không hợp lệ (phải từ 0 đến 100)"),
    ([{"code": "a", "name": "A", "min_points": -1}], "mức a có số điểm tối thiểu không hợp lệ"),
    ([{"code": "a", "name": "A", "min_points": True}], "bảng điểm thiếu các mức phân loại"),
    ([{"code": "a", "name": "A", "min_points": 90}, {"code": "a", "name": "B", "min_points": 0}],
     "mã mức lặp lại: a"),
    ([{"code": "<b>x</b>", "name": "A", "min_points": 0}], "mã mức “<b>x</b>” không hợp lệ"),
    ([{"code": "a", "name": "Xuất sắc\x1b[2J\x07", "min_points": 0}], "hoặc có ký tự điều khiển"),
    ([{"code": "a", "name": "A" * 61, "min_points": 0}], "tên mức a trống, dài quá 60 ký tự"),
    ([{"code": "a", "name": "A", "min_points": 0}] * 11, "bảng điểm thiếu các mức phân loại (từ 1 đến 10 mức"),
])
def test_impossible_levels_are_refused(levels, said):
    problems = sheet_problems(_levels(*levels))
    assert any(said in problem for problem in problems), problems


@pytest.mark.parametrize("control", ["\x1b]0;pwned\x07", "\x00", "\x07", "\u202e", "\n"])
def test_control_characters_in_any_text_are_refused(control):
    item = {"number": "1", "text": f"Lãnh đạo{control}", "max_points": 100}
    assert "mục 1 có ký tự điều khiển (không in được) trong nội dung" in sheet_problems(_sheet(item))
    clean = _sheet({"number": "1", "text": "Lãnh đạo", "max_points": 100})
    assert sheet_problems(clean) == []
    assert "tiêu đề của bảng điểm có ký tự điều khiển (không in được)" in \
        sheet_problems({**clean, "title": f"Bảng điểm{control}"})
    assert "nguồn của bảng điểm có ký tự điều khiển (không in được)" in \
        sheet_problems({**clean, "source": f"Tỉnh{control}"})
    assert "phiên bản của bảng điểm có ký tự điều khiển (không in được)" in \
        sheet_problems({**clean, "version": f"v1{control}"})
    assert sheet_problems(_sheet({"number": f"1{control}", "text": "a", "max_points": 100}))[0] == \
        f"mục “1{''.join(ch if ch.isprintable() else '?' for ch in control)}” có số thứ tự không hợp lệ"
    assert "tiêu đề của bảng điểm không phải chữ hoặc dài quá 300 ký tự" in \
        sheet_problems({**clean, "title": "x" * 301})
