"""Every error of a row, each with its column: cells are converted one by one, each failure kept, then the
domain's checks are run again and again, each failing field set aside, until none is left."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from antt_desktop.errors import UserError

T = TypeVar("T")


@dataclass(frozen=True)
class CellError:
    field: str | None  # the field (and so the column) at fault; None for the row as a whole
    message: str


class RowErrors(UserError):
    """Every error found in one row."""

    def __init__(self, errors: list[CellError]) -> None:
        super().__init__(" ".join(e.message for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Rule:
    """A domain message (by how it starts) blames ``field``; setting ``attribute`` to ``neutral`` lets the
    other checks run."""

    starts: tuple[str, ...]
    field: str
    attribute: str
    neutral: Any = None


# What the domain's checks say, field by field, for each kind that is imported.
RULES: dict[str, tuple[Rule, ...]] = {
    "members": (
        Rule(("Chưa nhập họ và tên", "Họ và tên"), "full_name", "full_name", "Nguyễn Văn A"),
        Rule(("Chưa chọn giới tính",), "gender", "gender", "nam"),
        Rule(("Chưa nhập ngày sinh", "Ngày sinh", "Người sinh ngày"), "birth_date", "birth_date", date(1990, 1, 1)),
        Rule(("Ngày bắt đầu tham gia",), "start_date", "start_date", None),
        Rule(("Số điện thoại",), "phone", "phone", ""),
        Rule(("Số CCCD",), "cccd", "cccd", ""),
    ),
    "areas": (
        Rule(("Chưa nhập tên khu dân cư", "Tên khu dân cư"), "name", "name", "Thôn A"),
        Rule(("Loại khu dân cư",), "kind", "kind", "Thôn"),
        Rule(("Số nhân khẩu",), "population", "population", None),
        Rule(("Số hộ",), "households", "households", None),
    ),
    "persons": (
        Rule(("Chưa nhập họ và tên",), "full_name", "full_name", "Nguyễn Văn A"),
        Rule(("Hãy chọn loại",), "category", "category", "Người có uy tín"),
    ),
    "activities": (
        Rule(("Hãy chọn loại hoạt động",), "activity_type", "activity_type", "Hội nghị"),
        Rule(("Chưa nhập ngày tổ chức", "Ngày "), "activity_date", "activity_date", date(2024, 1, 1)),
        Rule(("Hãy ghi nội dung",), "content", "content", "Nội dung"),
        Rule(("Số người tham gia",), "participants", "participants", None),
        Rule(("Số người được tuyên truyền",), "audience", "audience", None),
        Rule(("Hoạt động tuyên truyền cần ghi hình thức",), "channel", "channel", "Loa"),
    ),
    "models": (
        Rule(("Chưa nhập tên mô hình",), "name", "name", "Mô hình"),
        Rule(("Chưa chọn lĩnh vực",), "field", "field", "phong_chong_toi_pham"),
        Rule(("Ngày quyết định thành lập",), "decision_date", "decision_date", None),
    ),
}


class Cells:
    """One row's values by field, and the errors found in it so far."""

    def __init__(self, kind: str, row: dict[str, object]) -> None:
        self.kind, self.row = kind, row
        self.errors: list[CellError] = []

    def get(self, field: str, convert: Callable[..., T], *args: object, default: T = None) -> T:
        """``convert(value, *args)`` of the field's cell; on an error, the error is kept and ``default`` given."""
        try:
            return convert(self.row.get(field), *args)
        except UserError as exc:
            self.errors.append(CellError(field, exc.message))
            return default

    def check(self, field: str | None, action: Callable[[], T], default: T = None) -> T:
        try:
            return action()
        except UserError as exc:
            self.errors.append(CellError(field, exc.message))
            return default

    def failed(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def validated(self, data: T) -> T:
        """``data.validated()``, every failing check found; raises RowErrors when the row has any error."""
        rules = RULES.get(self.kind, ())
        for rule in rules:  # a cell that could not be read is not blamed twice
            if self.failed(rule.field):
                data = replace(data, **{rule.attribute: rule.neutral})
        for _ in range(len(rules) + 1):
            try:
                clean = data.validated()
                break
            except UserError as exc:
                rule = next((r for r in rules if exc.message.startswith(r.starts)), None)
                if rule is None or getattr(data, rule.attribute) == rule.neutral:
                    self.errors.append(CellError(None, exc.message))
                    break
                if not self.failed(rule.field):
                    self.errors.append(CellError(rule.field, exc.message))
                data = replace(data, **{rule.attribute: rule.neutral})
        if self.errors:
            raise RowErrors(self.errors)
        return clean
