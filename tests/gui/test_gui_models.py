"""Mô hình in the desktop client: add a model, attach its file, log an activity and a review, filter."""

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.gui.main_window import MODELS, MainWindow
from antt_desktop.gui.security_models.log_dialogs import ActivityDialog, ReviewDialog
from antt_desktop.gui.security_models.model_dialog import ModelDialog
from antt_desktop.services.areas import areas
from antt_desktop.services.security_models import security_models as models
from tests.conftest import EDITOR_USER
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def page(qtbot, database):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    window = MainWindow(database, EDITOR_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(MODELS)
    return window.page(MODELS)


def test_add_model_log_activity_review_and_filter(qtbot, page, database, tmp_path, monkeypatch):
    def fill(dialog: ModelDialog):
        ui = dialog.ui
        ui.nameEdit.setText("Camera an ninh thôn Nà Liềm")
        ui.fieldCombo.setCurrentIndex(ui.fieldCombo.findData("phong_chong_toi_pham"))
        ui.areasList.item(0).setCheckState(ui.areasList.item(0).checkState().Checked)
        ui.headEdit.setText("Ma Văn Hùng")
        ui.coreEdit.setPlainText("Hà Thị Lan\nNông Văn Dũng")
        dialog.accept()
    when_modal(None, fill)
    page.add_model()
    assert [r.data.name for r in page.table.rows] == ["Camera an ninh thôn Nà Liềm"]
    assert "1 mô hình" in page.ui.countsLabel.text() and "chưa đánh giá 1" in page.ui.countsLabel.text()

    row = page.table.rows[0]
    dialog = ModelDialog(database, EDITOR_USER, areas.list_areas(database), row)
    qtbot.addWidget(dialog)
    assert dialog.ui.completenessLabel.text().startswith("Hồ sơ đầy đủ 0%")
    pdf = tmp_path / "quyet-dinh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%test\n")
    monkeypatch.setattr("antt_desktop.gui.security_models.model_dialog.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(pdf), ""))
    dialog.ui.documentTable.selectRow(0)
    dialog.attach()
    assert dialog.ui.completenessLabel.text().startswith("Hồ sơ đầy đủ 17%")
    assert [f.filename for f in dialog.files.rows] == ["quyet-dinh.pdf"]

    def activity(d: ActivityDialog):
        d.ui.contentEdit.setText("Lắp thêm 2 camera ở ngã ba")
        d.ui.participantsEdit.setText("12")
        d.accept()
    when_modal(None, activity)
    dialog.add_activity()
    assert [a.participants for a in dialog.activities.rows] == [12]

    def review(d: ReviewDialog):
        d.ui.ratingCombo.setCurrentIndex(d.ui.ratingCombo.findData("kha"))
        d.ui.outcomeCombo.setCurrentText("Củng cố")
        d.accept()
    when_modal(None, review)
    dialog.add_review()
    [saved] = models.list_models(database)
    assert (saved.last_rating, saved.data.status) == ("kha", "needs_strengthening")

    page.refresh()
    page.ui.ratingFilter.setCurrentIndex(page.ui.ratingFilter.findData("tot"))
    page.refresh()
    assert page.table.rows == []
    page.ui.ratingFilter.setCurrentIndex(page.ui.ratingFilter.findData("kha"))
    page.refresh()
    assert len(page.table.rows) == 1


def test_model_without_field_is_refused_in_the_dialog(qtbot, page, database):
    dialog = ModelDialog(database, EDITOR_USER, areas.list_areas(database))
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Tổ tự quản")
    dialog.accept()
    assert dialog.result() == 0
    assert "lĩnh vực" in dialog.ui.errorLabel.text()
    assert models.list_models(database) == []
