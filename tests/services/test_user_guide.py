"""The Vietnamese user guide: complete and linked, opened by F1 at the chapter of the page on screen, searchable
without diacritics."""

import re

import pytest
from PySide6.QtCore import Qt

from antt_desktop.gui.main_window import AREAS, FORCES, SYNC, MainWindow
from antt_desktop.services.admin import user_guide
from tests.conftest import ADMIN_USER

LINK = re.compile(r"\]\(([^)]+)\)")


pytestmark = pytest.mark.usefixtures("vietnamese")


def test_every_link_and_screenshot_of_the_guide_exists():
    folder = user_guide.guide_folder()
    files = {chapter.file for chapter in user_guide.chapters()}
    for chapter in user_guide.chapters():
        for target in LINK.findall(chapter.text):
            assert (folder / target).is_file(), f"{chapter.file} links to missing {target}"
    linked = set(LINK.findall(user_guide.chapters()[0].text))
    assert files - {user_guide.INDEX} <= linked, "every chapter is in the table of contents"
    assert set(user_guide.PAGE_CHAPTERS) <= files and len(user_guide.PAGE_CHAPTERS) == len(AREAS)


def test_the_guide_covers_the_tasks_the_issue_names():
    titles = [chapter.title for chapter in user_guide.chapters()]
    assert titles[0] == "Hướng dẫn sử dụng ANTT Desktop"
    for words in ("cai dat lan chay dau tien", "nhap tu excel", "usb thu dien tu", "sao luu khoi phuc",
                  "goi bi tu choi"):
        assert user_guide.search(words), words
    assert [c.file for c in user_guide.search("không giải mã được gói")] == ["12-goi-bi-tu-choi.md"]
    assert user_guide.search("qwerty") == []


def test_f1_opens_the_chapter_of_the_page_on_screen_and_search_marks_what_it_found(qtbot, database):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(FORCES)
    assert window.ui.guideAction.shortcut().toString() == "F1"
    window.ui.guideAction.trigger()
    help_window = window.help_window
    assert help_window.windowTitle() == "Hướng dẫn sử dụng – ANTT Desktop"
    assert help_window.current_file() == "04-luc-luong.md"
    assert help_window.ui.browser.document().toPlainText().startswith("Lực lượng")
    assert help_window.ui.chapterList.currentIndex().data() == "Lực lượng"

    help_window.ui.searchEdit.setText("cccd")
    listed = [help_window.chapters.item(r).text() for r in range(help_window.chapters.rowCount())]
    assert listed == [c.title for c in user_guide.search("cccd")] and "Lực lượng" in listed
    assert "Tổng quan" not in listed
    assert help_window.ui.searchResultLabel.text() == f"{len(listed)} chương có “cccd”."
    marked = [m.cursor.selectedText() for m in help_window.ui.browser.extraSelections()]
    assert marked and set(marked) == {"CCCD"}

    help_window.ui.searchEdit.setText("qwerty")
    assert help_window.chapters.rowCount() == 0
    assert help_window.ui.searchResultLabel.text().startswith("Không chương nào có “qwerty”")

    help_window.ui.searchEdit.clear()
    window.ui.sidebar.setCurrentRow(SYNC)
    window.ui.guideAction.trigger()
    assert window.help_window is help_window and help_window.current_file() == "11-dong-bo.md"
    qtbot.mouseClick(help_window.ui.backButton, Qt.MouseButton.LeftButton)
    assert help_window.current_file() == "04-luc-luong.md"


def test_links_between_chapters_are_followed(qtbot, database):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.show_help(user_guide.INDEX)
    browser = window.help_window.ui.browser
    browser.setSource(browser.source().resolved("14-sao-luu.md"))
    assert window.help_window.current_file() == "14-sao-luu.md"
    assert "Sao lưu ngay ra thư mục hoặc USB" in browser.document().toPlainText()
