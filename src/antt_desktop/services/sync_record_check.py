"""Incoming records the sender's version could not have written: a package that is correctly signed but holds
a value of the wrong type, a code not in the catalog, a JSON field of another shape, a day that is not a day or
a catalog that could not be read is refused whole with the table and field named."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, Text, Uuid

from antt_desktop.db.base import UTCDateTime
from antt_desktop.domain.catalog import catalog_problem
from antt_desktop.errors import UserError
from antt_desktop.services.attachments import check_incoming_row

LARGEST = 2**63 - 1  # SQLite and PostgreSQL BIGINT


UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _is_uuid(value: object) -> bool:
    return type(value) is str and UUID_TEXT.fullmatch(value) is not None


def _is_aware_time(value: object) -> bool:
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except (TypeError, ValueError):
        return False


def _is_date(value: object) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _is_day_of_year(month: object, day: object) -> bool:
    try:
        date(2024, month, day)  # a leap year: 29/2 is a day of some years
    except (TypeError, ValueError, OverflowError):
        return False
    return True


def _is_integer(value: object) -> bool:
    return type(value) is int and -LARGEST <= value <= LARGEST


def _is_number(value: object) -> bool:
    return (type(value) is int or type(value) is float) and math.isfinite(value)


def checker(column_type: object) -> Callable[[object], bool]:
    """The test a value of this column type must pass (the exact types JSON decoding gives)."""
    if isinstance(column_type, Uuid):
        return _is_uuid
    if isinstance(column_type, UTCDateTime):
        return _is_aware_time
    if isinstance(column_type, Date):
        return _is_date
    if isinstance(column_type, Boolean):
        return lambda value: type(value) is bool
    if isinstance(column_type, Integer):
        return _is_integer
    if isinstance(column_type, Float):
        return _is_number
    if isinstance(column_type, JSON):
        return lambda value: type(value) is list or type(value) is dict
    if isinstance(column_type, String | Text):
        return lambda value: type(value) is str
    return lambda _value: False  # a column type this check does not know: refuse rather than guess


def malformed(table_name: str, field: str, problem: str) -> UserError:
    """The refusal of a package for one record's field, naming both."""
    return UserError(f"Gói đồng bộ có bản ghi hỏng ({table_name}, trường “{field}” {problem}); không nhập gì. "
                     "Hãy đề nghị đơn vị gửi cập nhật ANTT Desktop rồi lập lại gói.")


def check_record(name: str, row: dict, rules: dict[str, dict[str, object]]) -> None:
    """What a column type cannot say: catalog codes, the shape of JSON fields, days of the year, catalogs.
    (Each field's type is checked as the record is converted for the database: services/sync_ingest.py.)"""
    if name == "attachments":
        check_incoming_row(row)
    if name == "catalog_updates" and row.get("deleted_at") is None:
        _check_catalog(row)
    if name == "campaigns":  # the campaign days a unit adds
        for month, day in (("month", "day"), ("start_month", "start_day"), ("end_month", "end_day")):
            if not _is_day_of_year(row.get(month), row.get(day)):
                raise malformed(name, f"{month}/{day}", "không phải một ngày trong năm")
    for field, allowed in rules.get(name, {}).items():
        if field in row and not allowed(row[field]):
            raise malformed(name, field, "có giá trị không có trong danh mục")


def _uuids(value: object) -> bool:
    return isinstance(value, list) and all(_is_uuid(item) for item in value)


def _core_members(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(m, dict) and isinstance(m.get("name"), str) and (not m.get("member_id") or _is_uuid(m["member_id"]))
        for m in value)


def _quotas(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10_000
                                           for v in value.values())


def _results(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, dict) for v in value.values())


def content_rules() -> dict[str, dict[str, object]]:
    """Coded fields that screens look up in a catalog (as in use now: an upper level may have replaced it), and
    the shape of the JSON fields they read. Built once per package."""
    from antt_desktop.domain.evaluation import unit_types
    from antt_desktop.domain.security_models import names
    from antt_desktop.services.member_events import KIND_LABELS

    def one_of(codes: dict) -> object:
        return lambda value: isinstance(value, str) and value in codes

    return {"security_models": {"field": one_of(names("fields")), "status": one_of(names("statuses")),
                                "scope_kind": one_of(names("scope_kinds")), "area_ids": _uuids,
                                "core_members": _core_members},
            "model_reviews": {"rating": one_of(names("ratings"))},
            "member_events": {"kind": one_of(KIND_LABELS)},
            "evaluations": {"unit_type": one_of(unit_types()), "results": _results},
            "force_teams": {"quotas": _quotas},
            "activities": {"person_ids": _uuids}}


def _check_catalog(row: dict) -> None:
    """A catalog version changes the rules every screen uses: one that could not be read is refused here."""
    try:
        problem = catalog_problem(str(row.get("catalog")), json.loads(row.get("content") or ""))
    except ValueError:
        problem = "nội dung không đọc được"
    if problem:
        raise UserError(f"Gói đồng bộ có danh mục hỏng ({row.get('catalog')}): {problem} Không nhập gì.")
