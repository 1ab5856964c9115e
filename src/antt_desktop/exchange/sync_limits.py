"""Bounds on what a sync package may hold, checked on the bytes before they are parsed or used: JSON nesting,
line length and the number of JSON values a line may make, the payload's size against the file's, the records
of one package, the header's numbers, times and text lengths (docs/sync-format.md, "Giới hạn")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from antt_desktop.errors import UserError

MAX_DEPTH = 32  # JSON nesting, in the header, the summary, every line and every JSON text field
MAX_RECORDS_LINE = 16 * 1024 * 1024  # one line of records (500 of them) in bytes
MAX_VALUES = 200_000  # JSON values (and containers) in one line
MAX_RATIO = 50  # decompressed payload bytes per byte of the file…
RATIO_FLOOR = 1024 * 1024  # …except that any package may unpack to 1 MiB
MAX_RECORDS = 1_000_000  # records in one package (a district passing on 100 communes in full holds ~200,000)
MAX_SEQ = 1_000_000  # package numbers: one a day for 2,700 years
MAX_RECEIPT_SEQS = 100_000  # package numbers one receipt may acknowledge
MAX_COUNTED_TABLES = 64  # tables named in a summary's counts
MAX_FORWARDED = 5_000  # units an intermediate unit's package may carry records of
CLOCK_TOLERANCE = timedelta(days=1)  # how far ahead of this PC's clock a version or a time may be
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # dates and times
HEADER_TEXTS = {"kind": 16, "sender": 16, "sender_name": 200, "sender_level": 16, "sender_parent": 16,
                "sender_installation": 36, "recipient": 16, "prev_hash": 64, "created": 40, "schema": 32,
                "app_version": 32, "signing_public": 64}  # the longest text of each (the columns they go into)

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))
_INNERMOST = re.compile(rb"\[\]|\{\}")
_ATTACHMENT_LINE = re.compile(rb'\{\s*"attachment"\s*:\s*"[0-9a-f]{64}"\s*,\s*"content"\s*:\s*"[A-Za-z0-9+/=]*"\s*\}'
                              rb'|\{\s*"content"\s*:\s*"[A-Za-z0-9+/=]*"\s*,\s*"attachment"\s*:\s*"[0-9a-f]{64}"\s*\}')


def out_of_bounds(what: str) -> UserError:
    """The refusal of a package that breaks one of the bounds, naming it."""
    return UserError(f"Gói đồng bộ vượt giới hạn an toàn ({what}); gói bị từ chối, không nhập gì. Hãy đề nghị đơn "
                     "vị gửi kiểm tra lại rồi lập gói mới.")


def check_json_bytes(data: bytes, what: str, max_values: int = MAX_VALUES) -> None:
    """Refuses JSON text nested deeper than MAX_DEPTH or making more than ``max_values`` values, before it is
    parsed (a parser would run out of stack or memory first). Strings are set aside, then the innermost
    brackets are taken away one level at a time."""
    if b'\\"' in data:  # a quote that may be escaped: strings found by the grammar
        skeleton = _STRING.sub(b'""', data)
    else:  # every quote opens or closes a string: what lies between the pairs is outside them
        skeleton = b"".join(data.split(b'"')[::2])
    values = skeleton.count(b",") + skeleton.count(b":")
    skeleton = skeleton.translate(None, _BRACKETS)
    if values + len(skeleton) > max_values:
        raise out_of_bounds(f"{what} có quá nhiều giá trị")
    for _ in range(MAX_DEPTH):
        if not skeleton:
            return
        skeleton = _INNERMOST.sub(b"", skeleton)
    if skeleton:
        raise out_of_bounds(f"{what} lồng nhau quá {MAX_DEPTH} tầng")


def check_line(line: bytes) -> None:
    """A payload line: an attached file (a flat object of two strings) up to the reader's line limit, any other
    line within MAX_RECORDS_LINE, nesting and values bounded."""
    if len(line) > MAX_RECORDS_LINE:
        if _ATTACHMENT_LINE.fullmatch(line) is None:
            raise out_of_bounds(f"một dòng dữ liệu dài quá {MAX_RECORDS_LINE:,} byte".replace(",", "."))
        return
    check_json_bytes(line, "một dòng dữ liệu")


def payload_limit(file_size: int, absolute: int) -> int:
    """How many bytes the payload of a file of ``file_size`` bytes may decompress to."""
    return min(absolute, max(RATIO_FLOOR, MAX_RATIO * file_size))


def utc_now() -> datetime:
    return datetime.now(UTC)


def latest_version(now: datetime | None = None) -> int:
    """The highest record version accepted now: the hybrid clock (ms × 65,536 + counter) CLOCK_TOLERANCE ahead."""
    ahead = (now or utc_now()) + CLOCK_TOLERANCE
    return (int(ahead.timestamp() * 1000) << 16) | 0xFFFF


def _text_ok(value: object, longest: int) -> bool:
    return isinstance(value, str) and len(value) <= longest


def check_header(header: dict) -> None:
    """The header's numbers, times, lists and texts within bounds (its meaning is checked by the importer)."""
    for field, longest in HEADER_TEXTS.items():
        if field in header and header[field] is not None and not _text_ok(header[field], longest):
            raise out_of_bounds(f"trường “{field}” của phần đầu dài quá {longest} ký tự hoặc sai kiểu")
    seq = header.get("seq")
    if type(seq) is not int or not 1 <= seq <= MAX_SEQ:
        raise out_of_bounds(f"số thứ tự gói phải từ 1 đến {MAX_SEQ:,}".replace(",", "."))
    check_time(header.get("created"), "thời điểm lập gói", ahead_bounded=True)
    forwarded = header.get("forwarded")
    if forwarded is not None and not _codes_ok(forwarded):
        raise out_of_bounds("danh sách đơn vị chuyển tiếp")


def _codes_ok(codes: object) -> bool:
    return isinstance(codes, list) and len(codes) <= MAX_FORWARDED and all(_text_ok(c, 16) for c in codes)


def check_summary(summary: dict) -> None:
    """The units forwarded and the records counted by table, as the screens show them before importing."""
    forwarded = summary.get("forwarded")
    if forwarded is not None and not _codes_ok(forwarded):
        raise out_of_bounds("danh sách đơn vị chuyển tiếp")
    counts = summary.get("counts")
    if counts is not None and not (isinstance(counts, dict) and len(counts) <= MAX_COUNTED_TABLES and all(
            _text_ok(table, 40) and type(n) is int and 0 <= n <= MAX_RECORDS for table, n in counts.items())):
        raise out_of_bounds("số bản ghi theo bảng trong phần tóm tắt")


def check_time(value: object, what: str, ahead_bounded: bool) -> None:
    """An ISO 8601 time with its UTC offset, in EARLIEST_YEAR..LATEST_YEAR and, when ``ahead_bounded``, not
    after this PC's clock plus CLOCK_TOLERANCE."""
    try:
        moment = datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise out_of_bounds(f"{what} không phải thời điểm hợp lệ") from None
    if moment.tzinfo is None or not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise out_of_bounds(f"{what} không phải thời điểm hợp lệ")
    if ahead_bounded and moment > utc_now() + CLOCK_TOLERANCE:
        raise out_of_bounds(f"{what} ở tương lai, sau đồng hồ máy này quá {CLOCK_TOLERANCE.days} ngày")


class ItemCounter:
    """Counts the records of a package line by line, and bounds the shape of each line's lists."""

    def __init__(self) -> None:
        self.records = 0

    def check(self, item: dict, batch: int) -> None:
        rows = item.get("rows")
        if isinstance(rows, list):
            if len(rows) > batch:
                raise out_of_bounds(f"một dòng dữ liệu có hơn {batch} bản ghi")
            self.records += len(rows)
            if self.records > MAX_RECORDS:
                raise out_of_bounds(f"gói có hơn {MAX_RECORDS:,} bản ghi".replace(",", "."))
        received = item.get("received")
        if isinstance(received, dict):
            numbers = [seqs for seqs in received.values()]
            if sum(len(seqs) if isinstance(seqs, list) else 1 for seqs in numbers) > MAX_RECEIPT_SEQS or not all(
                    isinstance(seqs, list) and all(type(s) is int and 1 <= s <= MAX_SEQ for s in seqs)
                    for seqs in numbers):
                raise out_of_bounds("biên nhận có số gói không hợp lệ")
