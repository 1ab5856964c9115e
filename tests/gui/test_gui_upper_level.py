"""At a province every row names its unit, lists that mix units filter by unit, and the things to look at on
Tổng quan are counted by kind and by unit, the units with the most first."""

import pytest

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.gui.main_window import CAMPAIGNS, EVALUATION, OVERVIEW, MainWindow
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.demo import demo
from antt_desktop.services.reports import attention
from tests.conftest import ADMIN_USER
from tests.gui.test_gui_sync import province_window  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("vietnamese")


def test_evaluation_rows_name_their_commune_and_filter_by_it(province_window):  # noqa: F811
    page = province_window.page(EVALUATION)
    assert page.unit_filter.isVisibleTo(page) and page.unit_filter.count() == 125
    assert not page.ui.subjectTable.isColumnHidden(1)
    assert page.subjects.headerData(1, page.ui.subjectTable.horizontalHeader().orientation()) == "Thuộc đơn vị"
    everyone = len(page.subjects.rows)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("02269"))
    page.refresh()
    areas = [r for r in page.subjects.rows if r.subject.unit_type == "khu_dan_cu"]
    assert 0 < len(areas) < everyone and {r.subject.owner_unit for r in areas} == {"02269"}
    assert page.subjects.data(page.subjects.index(0, 1)) == "Xã Thượng Lâm"


@pytest.fixture
def province_of_three(qtbot, tmp_path):
    """A province whose communes hold three areas each: some key areas have had no propaganda."""
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    demo.fill_province(province, ADMIN_USER, areas_per_commune=3)
    window = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    yield window
    province.close()


def test_key_areas_name_their_commune_and_follow_the_unit_filter(province_of_three):
    window = province_of_three
    page = window.page(CAMPAIGNS)
    unit_column = page.coverage.columnCount() - 1
    assert not page.ui.keyAreaTable.isColumnHidden(unit_column)
    everyone = page.ui.uncoveredText.toPlainText().splitlines()
    unit = attention.uncovered_key_areas(window.database, page.ui.yearSpin.value())[0].unit
    name = page.unit_names[unit]
    assert any(line.startswith(f"{name}: ") for line in everyone)
    page.ui.unitFilter.setCurrentIndex(page.ui.unitFilter.findData(unit))
    page.refresh()
    assert {c.area.owner_unit for c in page.coverage.rows} == {unit}
    assert page.coverage.data(page.coverage.index(0, unit_column)) == name
    lines = page.ui.uncoveredText.toPlainText().splitlines()
    assert 0 < len(lines) < len(everyone) and all(line.startswith(f"{name}: ") for line in lines)


def test_teams_and_their_gaps_name_their_commune_and_follow_the_unit_filter(province_window):  # noqa: F811
    from antt_desktop.gui.main_window import FORCES

    page = province_window.page(FORCES)
    assert page.ui.unitFilter.isVisibleTo(page)
    lines = page.ui.gapsText.toPlainText().splitlines()
    assert lines and all(line.split(": ", 1)[0].startswith(("Xã ", "Phường ")) for line in lines)
    page.show_unit("02269")
    assert {t.owner_unit for t in page.teams.rows} == {"02269"}
    assert {m.owner_unit for m in page.members.rows} == {"02269"}
    assert all(line.startswith("Xã Thượng Lâm: ") or line == "Tất cả tổ/đội đã đủ định biên."
               for line in page.ui.gapsText.toPlainText().splitlines())


def test_overview_groups_what_to_look_at_by_kind_and_unit(province_window):  # noqa: F811
    overview = province_window.page(OVERVIEW)
    overview.refresh()
    text = overview.ui.modelAlertsValue.text().splitlines()
    assert text[0].startswith("Theo loại: ")
    counts = [int(line.split(": ", 1)[1].split(" ")[0].replace(".", "")) for line in text[1:6]]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0  # the units with the most first
    assert text[1].split(":")[0].startswith(("Xã ", "Phường "))
    assert "Mô hình “" not in overview.ui.modelAlertsValue.text()  # no sentence of its thousands
    assert overview.ui.gapsValue.text().startswith("Theo loại: tổ/đội thiếu định biên: ")


def test_grouping_counts_each_kind_and_names_the_busiest_units():
    concerns = [attention.Concern("01", "hồ sơ còn thiếu", "a")] * 3 + [
        attention.Concern("02", "hồ sơ còn thiếu", "b"), attention.Concern("02", "chưa ghi hoạt động nào", "c")] + [
        attention.Concern(str(n), "chưa ghi hoạt động nào", "d") for n in range(10, 16)]
    lines = attention.grouped(concerns, {"01": "Xã Một", "02": "Xã Hai"})
    assert lines[0] == "Theo loại: chưa ghi hoạt động nào: 7; hồ sơ còn thiếu: 4"
    assert lines[1] == "Xã Một: 3 (nhiều nhất: hồ sơ còn thiếu)"
    assert lines[2].startswith("Xã Hai: 2 (nhiều nhất: ")
    assert lines[-1] == "… và 3 đơn vị khác"
    assert not attention.several_units(concerns[:3])
