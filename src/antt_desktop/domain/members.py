"""A force member as typed by a user, and the rules it must satisfy before it is stored."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date

from antt_desktop.domain.cccd import validate_cccd
from antt_desktop.domain.dates import age_on, format_date
from antt_desktop.domain.forces import GENDERS
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError

MIN_AGE = 18
_PHONE = re.compile(r"^(0|\+84)\d{9,10}$")

MAX_AGE = 120


@dataclass(frozen=True)
class MemberInput:
    full_name: str
    gender: str
    birth_date: date | None
    team_id: uuid.UUID | None
    role: str
    start_date: date | None
    cccd: str = ""
    phone: str = ""
    residence: str = ""
    ethnicity: str = "Kinh"
    religion: str = "Không"
    education: str = ""
    party_member: bool = False
    appointment_number: str = ""
    appointment_date: date | None = None
    appointment_issuer: str = ""
    notes: str = ""

    def validated(self, today: date | None = None) -> MemberInput:
        today = today or date.today()
        name = normalize(self.full_name)
        if not name:
            raise UserError("Chưa nhập họ và tên.")
        if len(name.split(" ")) < 2:
            raise UserError(f"Họ và tên “{name}” cần có cả họ và tên (ví dụ Nguyễn Văn An).")
        if self.gender not in GENDERS:
            raise UserError("Chưa chọn giới tính (Nam hoặc Nữ).")
        if self.birth_date is None:
            raise UserError("Chưa nhập ngày sinh.")
        if self.birth_date > today:
            raise UserError(f"Ngày sinh {format_date(self.birth_date)} ở tương lai.")
        if age_on(self.birth_date, today) > MAX_AGE:  # 30/12/1899 is what Excel shows for a broken date cell
            raise UserError(f"Ngày sinh {format_date(self.birth_date)}: người đã hơn {MAX_AGE} tuổi, không có thật; "
                            "hãy kiểm tra lại ô ngày sinh.")
        if self.team_id is None or not self.role:
            raise UserError("Chưa chọn tổ/đội và chức danh.")
        start = self.start_date or today
        if start > today:
            raise UserError(f"Ngày bắt đầu tham gia {format_date(start)} ở tương lai.")
        if age_on(self.birth_date, start) < MIN_AGE:
            raise UserError(f"Người sinh ngày {format_date(self.birth_date)} chưa đủ {MIN_AGE} tuổi vào ngày "
                            f"bắt đầu tham gia {format_date(start)}.")
        if self.appointment_date and self.appointment_date > today:
            raise UserError(f"Ngày quyết định {format_date(self.appointment_date)} ở tương lai.")
        phone = re.sub(r"[\s.\-]", "", self.phone or "")
        if phone and not _PHONE.match(phone):
            raise UserError(f"Số điện thoại “{self.phone}” không hợp lệ (10 chữ số, bắt đầu bằng 0).")
        cccd = validate_cccd(self.cccd, self.gender, self.birth_date)
        return replace(
            self, full_name=name, start_date=start, cccd=cccd, phone=phone, residence=normalize(self.residence),
            ethnicity=normalize(self.ethnicity), religion=normalize(self.religion),
            education=normalize(self.education), appointment_number=normalize(self.appointment_number),
            appointment_issuer=normalize(self.appointment_issuer), notes=normalize(self.notes),
        )
