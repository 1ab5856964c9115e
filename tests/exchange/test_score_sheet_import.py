"""A province's score sheet (QĐ 510) installed from its workbook: read as published, checked row by row, refused
whole with every problem in Vietnamese, or installed as a catalog version that replaces the sample."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from antt_desktop.db.directives import CatalogUpdate
from antt_desktop.db.models import AuditEntry
from antt_desktop.domain.catalog import shipped_catalog, use_updates
from antt_desktop.domain.score_sheet import from_content, sheet_for
from antt_desktop.errors import UserError
from antt_desktop.services.evaluation.score_sheets import install_sheet
from tests import cli_runner
from tests.conftest import ADMIN_USER, EDITOR_USER
from tests.score_sheet_books import PROVINCE_ROWS, province_book
from tests.xlsx_forge import areas_rows, forge, sheet_xml


@pytest.fixture(autouse=True)
def _shipped_catalogs_after():
    yield
    use_updates({})


@pytest.fixture
def database(province):
    """The province's own installation: only the provincial police install a score sheet."""
    return province


def _updates(database) -> int:
    with database.factory() as session:
        return session.scalar(select(func.count()).select_from(CatalogUpdate))


def _refused(database, path, *expected, kind="xa") -> str:
    with pytest.raises(UserError) as caught:
        install_sheet(database, ADMIN_USER, path, kind)
    for text in expected:
        assert text in caught.value.message
    assert _updates(database) == 0
    assert sheet_for("xa").sample and sheet_for("khu_dan_cu").sample
    return caught.value.message


def test_a_province_workbook_becomes_the_sheet_in_use(database, tmp_path):
    done = install_sheet(database, ADMIN_USER, province_book(tmp_path / "Bảng điểm TQ 2026.xlsx"), "xa",
                         version="TQ-2026")
    sheet = sheet_for("xa")
    assert (done.version, sheet.version, sheet.sample, sheet.total) == ("TQ-2026", "TQ-2026", False, 100)
    assert [(i.number, i.max_points, [c.number for c in i.items]) for i in sheet.items] == [
        ("1", 20, ["1a", "1b"]), ("2", 30, ["2a", "2b"]), ("3", 20, []), ("4", 30, ["4.1", "4.2"])]
    assert sheet.items[3].items[0].text == "Có mô hình hoạt động hiệu quả"
    # an item worded as a sample item the data can measure keeps its measure; one said differently does not
    sample = {item.text: item.measure for item in from_content(shipped_catalog("score_sheet_xa")).leaves()}
    assert sheet.items[1].items[1].measure == sample["100% hộ gia đình ký cam kết bảo đảm an ninh, trật tự"]
    assert sheet.items[0].items[0].measure == ""
    assert [(d.number, d.max_points) for d in sheet.deductions] == [("T1", 10), ("T2", 5)]
    assert [(lv["name"], lv["min_points"]) for lv in sheet.levels] == [
        ("Xuất sắc", 92), ("Khá", 75), ("Trung bình", 50), ("Yếu", 0)]
    assert sheet.level_if_not_recognised == "kha" and "XÃ, PHƯỜNG" in sheet.title
    assert sheet_for("khu_dan_cu").sample  # the other kinds keep their sheets
    with database.factory() as session:
        update = session.scalars(select(CatalogUpdate)).one()
        assert (update.catalog, update.catalog_version, update.owner_unit) == ("score_sheet_xa", "TQ-2026", "08")
        assert json.loads(update.content)["sample"] is False
        audit = session.scalars(select(AuditEntry).where(AuditEntry.kind == "score_sheet")).one()
        assert audit.action == "import" and "Bảng điểm TQ 2026.xlsx" in audit.summary


def test_the_version_defaults_to_the_file_and_the_day_and_levels_to_the_sample(database, tmp_path):
    done = install_sheet(database, ADMIN_USER, province_book(tmp_path / "Bảng điểm xã.xlsx", levels=None), "xa")
    assert done.version.startswith("bang-diem-xa-20") and not done.levels_from_file
    assert [lv["min_points"] for lv in sheet_for("xa").levels] == [90, 70, 50, 0]


def test_every_problem_is_listed_by_row_and_nothing_is_installed(database, tmp_path):
    rows = [list(r) for r in PROVINCE_ROWS]
    rows[2][2] = 8  # 1a: item 1 says 20 but its sub-items make 18, and the sheet 98
    rows[7][2] = "hai mươi"  # item 3
    rows[5][0] = "../../etc/passwd"
    message = _refused(database, province_book(tmp_path / "sai.xlsx", [tuple(r) for r in rows]), "chưa cài đặt gì",
                       "Dòng 13: số thứ tự “../../etc/passwd” không đọc được",
                       "Dòng 15: điểm “hai mươi” không phải là số điểm",
                       "Dòng 9: mục 1 có điểm chuẩn 20 nhưng các mục con cộng lại 18")
    assert "Traceback" not in message
    rows_named = [int(line.split(":")[0].split()[-1]) for line in message.splitlines()[1:]]
    assert rows_named == sorted(rows_named)


def test_editors_cannot_install_a_sheet(database, tmp_path):
    with pytest.raises(UserError):
        install_sheet(database, EDITOR_USER, province_book(tmp_path / "b.xlsx"), "xa")
    assert _updates(database) == 0


def test_a_sheet_for_another_kind_of_unit_is_refused(database, tmp_path):
    _refused(database, province_book(tmp_path / "kdc.xlsx", kind="khu_dan_cu"), "bảng điểm của khu dân cư",
             "không phải của xã")


def test_formulas_are_not_taken_as_points_or_text(database, tmp_path):
    path = province_book(tmp_path / "cong-thuc.xlsx", formulas={"C10": "=5+5", "B11": '=HYPERLINK("http://x","y")'})
    _refused(database, path, "Dòng 10: thiếu điểm chuẩn", "Dòng 11:")


@pytest.mark.parametrize("points, said", [(-5, "không hợp lệ"), (float("nan"), "Dòng 15"), ("1e308", "1e308"),
                                          (1e308, "không hợp lệ"), ("5/../..", "không phải là số điểm"),
                                          ("-5", "không hợp lệ (số dương"), ("−5", "không hợp lệ (số dương"),
                                          ("trừ 5 điểm", "không hợp lệ (số dương"), ("+5", "không phải là số điểm")])
def test_impossible_points_are_refused(database, tmp_path, points, said):
    rows = [list(r) for r in PROVINCE_ROWS]
    rows[7][2] = points
    _refused(database, province_book(tmp_path / "diem.xlsx", [tuple(r) for r in rows]), said, "Dòng 15")


def test_ten_thousand_rows_are_refused_in_one_sentence(database, tmp_path):
    rows = [(str(n), f"Tiêu chí số {n}", 0.5) for n in range(1, 10_001)]
    message = _refused(database, province_book(tmp_path / "dai.xlsx", rows), "quá 500 mục")
    assert len(message.splitlines()) == 2


def test_items_nested_six_levels_are_refused(database, tmp_path):
    rows = [("1", "Mục", 100), ("1.1", "Mục", 100), ("1.1.1", "Mục", 100), ("1.1.1.1", "Mục", 100),
            ("1.1.1.1.1", "Mục", 100), ("1.1.1.1.1.1", "Mục", 100)]
    _refused(database, province_book(tmp_path / "long.xlsx", rows), "Dòng 10: mục 1.1.1 lồng quá 3 cấp")


def test_a_zip_bomb_is_refused_by_the_workbook_guard(database, tmp_path):
    path = forge(tmp_path / "bom.xlsx", sheet_xml(areas_rows()), extra=[("xl/media/x.xml", b"\0" * 4 * 2**20)])
    _refused(database, path, "nén hơn 100 lần")


def test_the_command_line_installs_and_shows_the_sheet(tmp_path):
    data = tmp_path / "d"

    def antt(*args):
        return cli_runner.antt(*args, "--data-dir", data)

    assert antt("init", "--level", "province", "--unit-code", "08", *cli_runner.admin_args()).returncode == 0
    before = antt("score-sheet", "show", "--for", "xa")
    assert before.returncode == 0 and "BẢNG ĐIỂM MẪU" in before.stdout
    wrong = antt("score-sheet", "import", province_book(tmp_path / "kdc.xlsx", kind="khu_dan_cu"), "--for", "xa")
    assert wrong.returncode == 1 and "không phải của xã" in wrong.stderr and "Traceback" not in wrong.stderr
    done = antt("score-sheet", "import", province_book(tmp_path / "tq.xlsx"), "--for", "xa", "--version", "TQ-2026")
    assert done.returncode == 0, done.stderr
    assert "phiên bản TQ-2026" in done.stdout and "gửi xuống đơn vị cấp dưới" in done.stdout
    shown = json.loads(antt("score-sheet", "show", "--for", "xa", "--json").stdout)
    assert (shown["version"], shown["sample"], shown["total"]) == ("TQ-2026", False, 100)
    assert [i["number"] for i in shown["items"][1]["items"]] == ["2a", "2b"]
    assert shown["items"][0] == {"number": "1", "text": "Công tác lãnh đạo, chỉ đạo", "max_points": 20,
                                 "items": shown["items"][0]["items"]}
    text = antt("score-sheet", "show", "--for", "xa").stdout
    assert "Bảng điểm của tỉnh" in text and "1a" in text and "Xuất sắc từ 92 điểm" in text
    assert antt("score-sheet", "show", "--for", "thon").returncode == 2
    assert antt("score-sheet", "import", tmp_path / "tq.xlsx", "--for", "xa", "--version", "../x").returncode == 1


def test_the_dialog_shows_the_sheet_in_use_and_installs_a_province_workbook(qtbot, qapp, vietnamese, database,
                                                                            tmp_path):
    from antt_desktop.gui.evaluation.province_sheet import ProvinceSheetDialog

    dialog = ProvinceSheetDialog(database, ADMIN_USER)
    qtbot.addWidget(dialog)
    assert "BẢNG ĐIỂM MẪU" in dialog.ui.sourceLabel.text() and dialog.ui.importButton.isEnabled()
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("xa"))
    wrong = province_book(tmp_path / "kdc.xlsx", kind="khu_dan_cu")
    dialog.install(wrong, ask=False)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "không phải của xã" in dialog.ui.problemsLabel.text() and _updates(database) == 0
    rows = [list(r) for r in PROVINCE_ROWS]
    rows[2][2] = 8
    dialog.install(province_book(tmp_path / "sai.xlsx", [tuple(r) for r in rows]), ask=False)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "chưa cài đặt gì" in dialog.ui.problemsLabel.text()
    assert "Dòng 9: mục 1 có điểm chuẩn 20 nhưng các mục con cộng lại 18" in dialog.ui.problemsEdit.toPlainText()
    dialog.install(province_book(tmp_path / "tq.xlsx"), ask=False)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "Đã cài đặt phiên bản tq-" in dialog.ui.sourceLabel.text() and dialog.ui.problemsEdit.isHidden()
    model = dialog.model
    assert [model.item(i, 0).text() for i in range(model.rowCount())] == ["1", "2", "3", "4", ""]
    assert model.item(1, 0).child(0, 0).text() == "2a" and model.item(4, 1).text() == "Điểm trừ"
    assert "Xuất sắc ≥ 92" in dialog.ui.levelsLabel.text()


def test_a_viewer_sees_the_sheet_but_cannot_install_one(qtbot, qapp, vietnamese, database):
    from antt_desktop.gui.evaluation.province_sheet import ProvinceSheetDialog
    from tests.conftest import VIEWER_USER

    dialog = ProvinceSheetDialog(database, VIEWER_USER)
    qtbot.addWidget(dialog)
    assert not dialog.ui.importButton.isEnabled() and dialog.model.rowCount() > 3


def test_the_province_s_sheet_travels_down_to_its_communes(province, paths, tmp_path):
    from antt_desktop.services.database import open_database
    from antt_desktop.services.sync import sync, sync_import
    from tests.conftest import exchange_keys

    commune = open_database(paths)
    try:
        exchange_keys(commune, province, tmp_path)
        install_sheet(province, ADMIN_USER, province_book(tmp_path / "tq.xlsx"), "xa", version="TQ-2026")
        down = sync.export_package(province, ADMIN_USER, tmp_path / "down.anttsync", to="02269")
        use_updates({})  # this process now plays the commune
        outcome = sync_import.import_bytes(commune, ADMIN_USER, down.path.read_bytes())
        assert outcome.state == "imported", outcome.message
        reopened = open_database(commune.paths)  # received catalog versions are used from the next start
        try:
            sheet = sheet_for("xa")
            assert (sheet.version, sheet.sample, [i.number for i in sheet.items]) == ("TQ-2026", False,
                                                                                      ["1", "2", "3", "4"])
        finally:
            reopened.close()
    finally:
        commune.close()


def test_a_flat_header_dotted_numbers_and_parents_left_blank(database, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["BẢNG ĐIỂM PHÂN LOẠI PHONG TRÀO Ở KHU DÂN CƯ"])
    sheet.append([])
    sheet.append(["TT", "Tiêu chí", "Thang điểm", "Điểm tự chấm", "Ghi chú"])
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)"])
    for row in (["1", "Lãnh đạo, chỉ đạo", None], ["1.1", "Chi bộ có nghị quyết", "10"], ["1.2", "Đăng ký", "10,0"],
                ["2", "Phong trào", 80], ["a.", "Tuyên truyền", 40], ["b.", "Mô hình", "40 điểm"],
                [None, "Trừ điểm", None], ["-", "Vụ việc phức tạp", "trừ 5 điểm"],
                [None, "Xếp loại Tốt: đạt từ 85 điểm; Khá: từ 65 điểm; Yếu: dưới 65 điểm", None]):
        sheet.append(row)
    book.save(tmp_path / "kdc.xlsx")
    install_sheet(database, ADMIN_USER, tmp_path / "kdc.xlsx", "khu-dan-cu")
    shown = sheet_for("khu_dan_cu")
    assert [(i.number, i.max_points, [(c.number, c.max_points) for c in i.items]) for i in shown.items] == [
        ("1", 20, [("1.1", 10), ("1.2", 10)]), ("2", 80, [("2a", 40), ("2b", 40)])]
    assert [(d.number, d.max_points) for d in shown.deductions] == [("T1", 5)]
    assert [(lv["code"], lv["min_points"]) for lv in shown.levels] == [("tot", 85), ("kha", 65), ("yeu", 0)]
    assert shown.level_if_not_recognised == "kha"


def test_the_file_menu_opens_the_province_score_sheets(qtbot, qapp, vietnamese, database):
    from antt_desktop.gui.evaluation.province_sheet import ProvinceSheetDialog
    from antt_desktop.gui.main_window import MainWindow
    from tests.gui_helpers import when_modal

    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    assert window.ui.scoreSheetAction.text() == "&Bảng điểm của tỉnh…"
    seen = []
    when_modal(qtbot, lambda dialog: seen.append((type(dialog), dialog.ui.sourceLabel.text())))
    window.ui.scoreSheetAction.trigger()
    assert seen and seen[0][0] is ProvinceSheetDialog and "BẢNG ĐIỂM MẪU" in seen[0][1]


def test_a_commune_cannot_install_a_province_sheet(tmp_path, paths):
    from antt_desktop.services.database import open_database

    commune = open_database(paths)
    try:
        _refused(commune, province_book(tmp_path / "tq.xlsx"), "Chỉ Công an tỉnh cài đặt bảng điểm của tỉnh",
                 "qua gói đồng bộ")
    finally:
        commune.close()


def test_a_sheet_received_with_control_characters_prints_none_of_them():
    from antt_desktop.services.evaluation.score_sheets import sheet_text

    content = {**shipped_catalog("score_sheet_xa"), "title": "Bảng\x1b]0;pwned\x07 điểm\u202e", "sample": False}
    content["items"] = [{**content["items"][0], "text": "Lãnh đạo\x1b[2J\nxong\x00"}, *content["items"][1:]]
    content["levels"] = [{**content["levels"][0], "name": "Xuất\x1b[31m sắc"}, *content["levels"][1:]]
    shown = sheet_text(from_content(content))
    assert not any(ch in shown for ch in "\x1b\x07\x00\u202e")
    assert shown.splitlines()[0] == "Bảng]0;pwned điểm"
    assert "Lãnh đạo[2J xong" in shown and "Xuất[31m sắc từ 90 điểm" in shown
