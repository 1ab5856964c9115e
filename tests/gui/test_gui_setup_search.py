"""The setup wizard's unit search: words of the commune and the province in any mix, diacritics and case aside."""

from antt_desktop.gui.setup.setup_wizard import SetupWizard
from antt_desktop.gui.setup.unit_list_model import UNIT_ROLE


def _shown_after_typing(qtbot, empty_paths, text: str) -> list[str]:
    wizard = SetupWizard(empty_paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.communeRadio.setChecked(True)
    wizard.next()
    wizard.ui.unitSearchEdit.setText(text)
    wizard._search()
    return [wizard.units.index(row).data() for row in range(wizard.units.rowCount())]


def test_commune_and_province_words_find_the_commune(qtbot, empty_paths):
    shown = _shown_after_typing(qtbot, empty_paths, "Thuong Lam Tuyen Quang")
    assert len(shown) == 1 and shown[0].startswith("Xã Thượng Lâm") and "Tuyên Quang" in shown[0]


def test_words_in_another_order_and_case_still_match(qtbot, empty_paths):
    shown = _shown_after_typing(qtbot, empty_paths, "TUYÊN QUANG thượng lâm")
    assert shown == ["Xã Thượng Lâm, Tỉnh Tuyên Quang (02269)"]


def test_a_province_word_that_does_not_fit_finds_nothing(qtbot, empty_paths):
    assert _shown_after_typing(qtbot, empty_paths, "Thuong Lam Ha Noi") == []


def test_the_single_match_is_chosen_for_the_next_page(qtbot, empty_paths):
    wizard = SetupWizard(empty_paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.communeRadio.setChecked(True)
    wizard.next()
    wizard.ui.unitSearchEdit.setText("thuong lam tuyen quang")
    wizard._search()
    assert wizard.ui.unitList.currentIndex().data(UNIT_ROLE).code == "02269"
