"""Incoming records the sender's version could not have written: a package that is correctly signed but holds
a value of the wrong type, a code not in the catalog, a JSON field of another shape, a day that is not a day or
a catalog that could not be read is refused whole with the table and field named."""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from sqlalchemy import JSON, BigInteger, Boolean, Date, Float, Integer, String, Text, Uuid

from antt_desktop.db.base import UTCDateTime
from antt_desktop.domain.catalog_check import catalog_problem
from antt_desktop.errors import UserError
from antt_desktop.exchange import sync_limits
from antt_desktop.services.attachments import check_incoming_row
from antt_desktop.services.sync.sync_tables import TABLES

LARGEST = 2**63 - 1  # SQLite and PostgreSQL BIGINT
LARGEST_INTEGER = 2**31 - 1  # PostgreSQL INTEGER
LARGEST_AMOUNT = 10**15  # other BIGINT columns (sums of money) and numbers with a fraction
MAX_TEXT = 100_000  # characters of a column without a length of its own (notes, contents)
STAMPS = ("created_at", "updated_at", "deleted_at")  # when the record was written: not in the future
VERSIONS = ("version", "reviewed_version")  # hybrid-clock values: not ahead of this PC's clock


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
    (Each field's type is checked as the record is converted for the database: services/sync/sync_ingest.py.)"""
    if name == "attachments":  # the hash must be one; a path-like or program's name is reduced to a safe one
        check_incoming_row(row)
    check_bounds(name, row)
    year = row.get("year")
    if type(year) is int and "year" in TABLES[name].columns and not FIRST_WORK_YEAR <= year <= LAST_WORK_YEAR:
        raise _beyond(name, "year", f"không trong khoảng năm {FIRST_WORK_YEAR}–{LAST_WORK_YEAR}")
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


def _scores(value: object) -> bool:
    """Item number → {"points": a number, "note": text} (the points are checked against the sheet on use)."""
    return isinstance(value, dict) and len(value) <= 1000 and all(
        isinstance(k, str) and len(k) <= 12 and isinstance(v, dict) and _is_number(v.get("points"))
        and isinstance(v.get("note", ""), str) for k, v in value.items())


def content_rules() -> dict[str, dict[str, object]]:
    """Coded fields that screens look up in a catalog (as in use now: an upper level may have replaced it), and
    the shape of the JSON fields they read. Built once per package."""
    from antt_desktop.domain.evaluation import unit_types
    from antt_desktop.domain.member_rating import rating_rules
    from antt_desktop.domain.security_models import names
    from antt_desktop.services.forces.member_events import KIND_LABELS

    def one_of(codes: dict) -> object:
        return lambda value: isinstance(value, str) and value in codes

    return {"security_models": {"field": one_of(names("fields")), "status": one_of(names("statuses")),
                                "scope_kind": one_of(names("scope_kinds")), "area_ids": _uuids,
                                "core_members": _core_members},
            "model_reviews": {"rating": one_of(names("ratings"))},
            "member_events": {"kind": one_of(KIND_LABELS)},
            "member_ratings": {"level": one_of({level.code: level for level in rating_rules().levels})},
            "evaluations": {"unit_type": one_of(unit_types()), "results": _results, "scores": _scores},
            "evaluation_reviews": {"decision": one_of({"accepted": 1, "returned": 1}), "scores": _scores},
            "force_teams": {"quotas": _quotas},
            "activities": {"person_ids": _uuids}}


def _check_catalog(row: dict) -> None:
    """A catalog version changes the rules every screen uses: one that could not be read is refused here."""
    try:
        content = str(row.get("content") or "")
        sync_limits.check_json_bytes(content.encode("utf-8"), "danh mục")
        problem = catalog_problem(str(row.get("catalog")), json.loads(content))
    except ValueError:
        problem = "nội dung không đọc được"
    if problem:
        raise UserError(f"Gói đồng bộ có danh mục hỏng ({row.get('catalog')}): {problem} Không nhập gì.")


class _Bounds(NamedTuple):
    texts: tuple[tuple[str, int], ...]  # (field, longest)
    dates: tuple[str, ...]  # dates and times
    stamps: tuple[str, ...]  # the record's own times
    numbers: tuple[tuple[str, int], ...]  # (field, largest absolute value)


@cache
def _bounds(name: str) -> _Bounds:
    """The columns of the table whose values a package could push out of range, by kind of bound."""
    texts, dates, numbers = [], [], []
    for column in TABLES[name].columns:
        kind = column.type
        if isinstance(kind, String | Text):
            texts.append((column.name, kind.length if isinstance(kind, String) and kind.length else MAX_TEXT))
        elif isinstance(kind, UTCDateTime | Date):
            dates.append(column.name)
        elif column.name not in VERSIONS and isinstance(kind, Integer | Float):
            largest = LARGEST_INTEGER if isinstance(kind, Integer) and not isinstance(kind, BigInteger) else \
                LARGEST_AMOUNT
            numbers.append((column.name, largest))
    return _Bounds(tuple(texts), tuple(dates), tuple(d for d in dates if d in STAMPS), tuple(numbers))


@lru_cache(maxsize=1)
def _clock(second: int) -> tuple[int, str]:
    """The highest version and the last day a record's own time may have, this second."""
    now = datetime.fromtimestamp(second, UTC)
    latest_day = now + sync_limits.CLOCK_TOLERANCE + timedelta(days=1)  # a day more for the time's UTC offset
    return sync_limits.latest_version(now), latest_day.date().isoformat()


def check_bounds(name: str, row: dict) -> None:
    """Every text within its column's length, numbers within their column's range, dates and times in
    EARLIEST_YEAR..LATEST_YEAR, the record's own times and its version not ahead of this PC's clock by more than
    the tolerance (a version at the top of the range would stop every later edit here). Values of the wrong
    type are left to the type check that follows."""
    bounds, get = _bounds(name), row.get
    for field, longest in bounds.texts:
        value = get(field)
        if type(value) is str and len(value) > longest:
            raise _beyond(name, field, f"dài quá {longest:,} ký tự".replace(",", "."))
    for field in bounds.dates:
        value = get(field)
        if type(value) is str and not _EARLIEST <= value[:4] <= _LATEST:
            raise _beyond(name, field, f"không trong khoảng năm {_EARLIEST}–{_LATEST}")
    latest_version, latest_day = _clock(int(time.time()))
    for field in bounds.stamps:
        value = get(field)
        if type(value) is str and value[:10] > latest_day:
            raise _beyond(name, field, f"ở tương lai, sau đồng hồ máy này quá {sync_limits.CLOCK_TOLERANCE.days} ngày")
    for field in VERSIONS:
        version = get(field)
        if type(version) is int and not 0 <= version <= latest_version:
            raise _beyond(name, field, "(phiên bản) vượt quá đồng hồ máy này; máy gửi có thể đặt sai giờ")
    for field, largest in bounds.numbers:
        value = get(field)
        if (type(value) is int or type(value) is float) and not -largest <= value <= largest:
            raise _beyond(name, field, "vượt quá giá trị cho phép")


FIRST_WORK_YEAR, LAST_WORK_YEAR = 2000, 2100  # the year a plan, rating or evaluation is for
_EARLIEST, _LATEST = str(sync_limits.EARLIEST_YEAR), str(sync_limits.LATEST_YEAR)


def _beyond(name: str, field: str, problem: str) -> UserError:
    return sync_limits.out_of_bounds(f"{name}, trường “{field}” {problem}")
