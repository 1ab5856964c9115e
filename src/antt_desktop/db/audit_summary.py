"""The audit trail's summary of a written record, in words an officer reads: which record (its name, title or
date and content) and, for a change, which fields changed — never an id or a column name."""

from __future__ import annotations

from datetime import date
from typing import Any

FIELDS = {
    "name": "tên", "full_name": "họ và tên", "kind": "loại", "population": "nhân khẩu", "households": "số hộ",
    "key_ethnic": "vùng dân tộc", "key_religion": "vùng tôn giáo", "key_drugs": "trọng điểm ma túy",
    "key_crime": "trọng điểm hình sự", "key_traffic": "trọng điểm giao thông",
    "key_environment": "trọng điểm môi trường", "key_notes": "ghi chú trọng điểm", "notes": "ghi chú",
    "note": "ghi chú", "gender": "giới tính", "birth_date": "ngày sinh", "cccd": "số CCCD", "phone": "điện thoại",
    "residence": "nơi cư trú", "address": "địa chỉ", "ethnicity": "dân tộc", "religion": "tôn giáo",
    "education": "trình độ học vấn", "party_member": "đảng viên", "team_id": "tổ/đội", "role": "chức danh",
    "status": "trạng thái", "start_date": "ngày bắt đầu", "end_date": "ngày kết thúc",
    "end_reason": "lý do kết thúc", "appointment_number": "số quyết định", "appointment_date": "ngày quyết định",
    "appointment_issuer": "cơ quan quyết định", "number": "số", "issued_date": "ngày ban hành",
    "issuer": "cơ quan ban hành", "title": "tiêu đề", "content": "nội dung", "activity_type": "loại hoạt động",
    "activity_date": "ngày", "area_id": "địa bàn", "area_ids": "địa bàn", "place": "địa điểm",
    "campaign_code": "đợt cao điểm", "model_id": "mô hình", "organisers": "đơn vị tổ chức",
    "participants": "số người tham gia", "audience": "số người được tuyên truyền", "channel": "hình thức",
    "result": "kết quả", "person_ids": "người có uy tín", "category": "phân loại", "description": "nội dung",
    "deadline": "thời hạn", "closed_date": "ngày khắc phục xong", "follow_up": "theo dõi",
    "member_id": "thành viên", "event_date": "ngày", "decision_number": "số quyết định",
    "support_proposed": "đề nghị hỗ trợ", "amount": "số tiền", "support_given": "đã hỗ trợ",
    "support_date": "ngày hỗ trợ", "support_by": "người hỗ trợ", "year": "năm", "criteria_set": "bộ tiêu chí",
    "criterion": "tiêu chí", "evidence": "căn cứ", "results": "kết quả tiêu chí", "decision_date": "ngày quyết định",
    "decision_level": "cấp quyết định", "override_level": "mức điều chỉnh", "override_reason": "lý do điều chỉnh",
    "review_date": "ngày đánh giá", "rating": "xếp loại", "outcome": "kết quả", "reviewer": "người đánh giá",
    "inspection_date": "ngày kiểm tra", "subject_text": "đối tượng kiểm tra", "inspector": "người kiểm tra",
    "findings": "kết luận", "plan_date": "ngày", "summary": "trích yếu", "field": "lĩnh vực",
    "scope_name": "phạm vi", "decision_issuer": "cơ quan quyết định", "lead_org": "cơ quan chủ trì",
    "head_name": "người phụ trách", "core_members": "thành viên nòng cốt", "regulation": "quy chế",
    "typical": "điển hình", "typical_level": "cấp công nhận điển hình", "typical_decision": "quyết định điển hình",
    "force_type": "loại lực lượng", "quotas": "định biên", "done_date": "ngày hoàn thành", "step": "bước",
    "indicator": "chỉ số", "target_value": "chỉ tiêu", "unit": "đơn vị tính", "manual_actual": "kết quả nhập tay",
    "for_unit": "giao cho", "filename": "tên tệp", "collective": "tập thể", "recipient": "người/tập thể được khen",
    "form": "hình thức", "reason": "lý do", "month": "tháng", "day": "ngày",
}


def field_label(name: str) -> str:
    return FIELDS.get(name, name.replace("_", " "))


def _date_text(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if isinstance(value, date) else ""


def record_label(record: Any) -> str:
    """A few words naming the record, as its list shows it."""
    for attribute in ("full_name", "name", "subject_name", "recipient", "title", "filename"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    when = next((_date_text(getattr(record, a, None)) for a in
                 ("activity_date", "event_date", "review_date", "inspection_date", "plan_date", "issued_date",
                  "done_date", "deadline") if _date_text(getattr(record, a, None))), "")
    for attribute in ("number", "content", "description", "criterion", "step", "subject_text", "catalog"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            text = text if len(text) <= 60 else text[:59] + "…"
            return f"{when}: {text}" if when else text
    year = getattr(record, "year", None)
    return when or (f"năm {year}" if year else "")


def summary(record: Any, action: str, fields: list[str]) -> str:
    """``action``: create, update, delete or restore; ``fields``: the columns an update changed."""
    label = record_label(record)
    if action != "update":
        return label
    changed = ", ".join(dict.fromkeys(field_label(f) for f in fields))
    return f"{label} – sửa {changed}" if label and changed else label or (f"sửa {changed}" if changed else "")
