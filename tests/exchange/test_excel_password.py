"""Password-protected workbooks (Excel's “Encrypt with Password”): opened with the password, refused in
Vietnamese without it or with a wrong one, from the services, the command line and the wizard."""

import io

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook
from PySide6.QtWidgets import QInputDialog

from antt_desktop.errors import UserError
from antt_desktop.exchange.workbook_file import PasswordRequired, WrongPassword
from antt_desktop.gui.excel.import_wizard import ImportWizard
from antt_desktop.services.areas import areas
from antt_desktop.services.excel.excel_import import import_file
from tests import cli_runner
from tests.conftest import ADMIN_USER

PASSWORD = "Mật-khẩu 2026"


def _encrypted_areas(path, password=PASSWORD):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Tên khu dân cư", "Số hộ"])
    sheet.append(["Thôn Nà Liềm", 186])
    sheet.append(["Tổ dân phố 3", 240])
    plain = io.BytesIO()
    workbook.save(plain)
    plain.seek(0)
    with path.open("wb") as out:
        OOXMLFile(plain).encrypt(password, out)
    return path


def test_the_right_password_opens_the_workbook(database, tmp_path):
    path = _encrypted_areas(tmp_path / "kdc.xlsx")
    assert path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # an encrypted container, not a zip
    _, report = import_file(database, ADMIN_USER, "areas", path, password=PASSWORD)
    assert report.counts["created"] == 2
    assert sorted(a.name for a in areas.list_areas(database)) == ["Thôn Nà Liềm", "Tổ dân phố 3"]


def test_no_password_or_a_wrong_one_is_said_so_in_vietnamese(database, tmp_path):
    path = _encrypted_areas(tmp_path / "kdc.xlsx")
    with pytest.raises(PasswordRequired, match="kdc.xlsx được đặt mật khẩu; hãy nhập mật khẩu"):
        import_file(database, ADMIN_USER, "areas", path)
    with pytest.raises(WrongPassword) as wrong:
        import_file(database, ADMIN_USER, "areas", path, password="mat-khau-2026")
    assert wrong.value.message.startswith("Sai mật khẩu của tệp kdc.xlsx")
    assert "damaged" not in wrong.value.message and "bị hỏng" not in wrong.value.message
    assert areas.list_areas(database) == []


def test_a_forged_encryption_header_is_refused(database, tmp_path):
    path = _encrypted_areas(tmp_path / "gia.xlsx")
    data = bytearray(path.read_bytes())
    at = data.find("keyData".encode("ascii"))
    data[at:at + 200] = b"\x00" * 200  # the XML describing the encryption, broken
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="gia.xlsx"):
        import_file(database, ADMIN_USER, "areas", path, password=PASSWORD)
    assert areas.list_areas(database) == []


def test_command_line_takes_a_workbook_password_file(tmp_path):
    data = tmp_path / "d"
    def antt(*args):
        return cli_runner.antt(*args, "--data-dir", data)
    assert antt("init", "--level", "commune", "--unit-code", "02269", *cli_runner.admin_args()).returncode == 0
    path = _encrypted_areas(tmp_path / "kdc.xlsx")
    right, wrong = tmp_path / "dung.txt", tmp_path / "sai.txt"
    right.write_text(PASSWORD + "\n", encoding="utf-8")
    wrong.write_text("khong-phai\n", encoding="utf-8")
    result = antt("import-excel", "areas", path)
    assert result.returncode == 1 and "được đặt mật khẩu" in result.stderr
    result = antt("import-excel", "areas", path, "--workbook-password-file", wrong)
    assert result.returncode == 1 and "Sai mật khẩu của tệp kdc.xlsx" in result.stderr
    assert "Traceback" not in result.stderr
    result = antt("import-excel", "areas", path, "--workbook-password-file", right)
    assert result.returncode == 0, result.stderr
    assert "thêm mới 2" in result.stdout


@pytest.mark.usefixtures("vietnamese")
def test_the_wizard_asks_for_the_password_again_until_it_is_right(qtbot, database, tmp_path, monkeypatch):
    answers = iter([("sai", True), (PASSWORD, True)])
    asked = []

    def get_text(parent, title, label, mode):
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    wizard = ImportWizard(database, ADMIN_USER)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("areas"))
    wizard.ui.fileEdit.setText(str(_encrypted_areas(tmp_path / "kdc.xlsx")))
    wizard.next()
    assert len(asked) == 2 and "Sai mật khẩu của tệp kdc.xlsx" in asked[1]
    assert wizard.currentId() == 1
    wizard.next()
    assert "Kiểm tra xong, có thể nhập 2 dòng" in wizard.ui.checkLabel.text()
