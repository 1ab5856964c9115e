"""``antt keys …``, ``antt units …`` and the held packages of ``antt sync``: which keys speak for which unit,
and who is below whom, as this installation's administrator registers them."""

from __future__ import annotations

import argparse
from pathlib import Path

from antt_desktop.cli.commands import _with_database
from antt_desktop.errors import UserError


def _outcomes(outcomes: list) -> str:
    return "".join(f"\n{o.message}" for o in outcomes)


def keys_export(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.sync_keys import export_public_key

    fingerprint = _with_database(args, lambda db, user: export_public_key(db, args.out))
    return (f"Đã ghi khóa công khai vào {args.out}. Dấu vân tay: {fingerprint} (đọc cho đơn vị nhận đối chiếu qua "
            "điện thoại).")


def keys_import(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.held_release import register_key_file

    registration, outcomes = _with_database(
        args, lambda db, user: register_key_file(db, user, args.file, args.replace or args.repin))
    r = registration
    if r.already:
        text = (f"Khóa này đã được đăng ký cho {r.unit_name} ({r.unit_code}); không thay đổi gì. Dấu vân tay: "
                f"{r.fingerprint}.")
    else:
        text = (f"Đã đăng ký khóa của {r.unit_name} ({r.unit_code}). Dấu vân tay: {r.fingerprint} (hãy đọc đối chiếu "
                f"qua điện thoại). Đơn vị này có {r.keys_of_unit} khóa (mỗi máy một khóa).")
    text += _outcomes(outcomes)
    if any(o.state == "refused" for o in outcomes):
        print(text)
        raise UserError("Có gói chờ xác nhận bị từ chối khi nhập; xem lý do ở trên.")
    return text


def keys_forget(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.sync_keys import forget_keys

    count = _with_database(args, lambda db, user: forget_keys(db, user, args.unit, args.fingerprint or ""))
    return (f"Đã bỏ đăng ký {count} khóa của đơn vị {args.unit}; gói ký bằng khóa đó sẽ được giữ lại chờ xác nhận "
            "cho đến khi đăng ký lại.")


def keys_list(args: argparse.Namespace) -> dict | str:
    from antt_desktop.services.sync.sync_keys import key_history

    rows = _with_database(args, lambda db, user: key_history(db))
    if args.json:
        return {"keys": [{"unit": k.unit, "name": k.name, "fingerprint": k.fingerprint, "active": k.active,
                          "registered_at": k.registered_at.isoformat(), "registered_by": k.registered_by,
                          "retired_at": k.retired_at.isoformat() if k.retired_at else None,
                          "retired_why": k.retired_why} for k in rows]}
    return "\n".join(f"{k.name} ({k.unit}): {k.fingerprint}, "
                     + ("đang dùng" if k.active else f"đã bỏ {k.retired_at.astimezone():%d/%m/%Y} ({k.retired_why})")
                     for k in rows) or "Chưa đăng ký khóa của đơn vị nào."


def sync_held(args: argparse.Namespace) -> dict | str:
    from antt_desktop.services.sync.sync_held import list_held

    rows = _with_database(args, lambda db, user: list_held(db))
    if args.json:
        return {"held": [{"id": h.id, "file": h.file_name, "sender": h.sender, "name": h.sender_name,
                          "fingerprint": h.fingerprint, "seq": h.seq, "records": h.records, "counts": h.counts}
                         for h in rows]}
    return "\n".join(f"[{h.id}] {h.file_name}: {h.sender_name} ({h.sender}), gói số {h.seq}, {h.records} bản ghi, "
                     f"dấu vân tay {h.fingerprint}" for h in rows) or "Không có gói nào chờ xác nhận."


def sync_accept(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.held_release import accept_held

    registration, outcomes = _with_database(args, lambda db, user: accept_held(db, user, args.id))
    text = (f"Đã đăng ký khóa của {registration.unit_name} ({registration.unit_code}), dấu vân tay "
            f"{registration.fingerprint}." + _outcomes(outcomes))
    if any(o.state == "refused" for o in outcomes):
        print(text)
        raise UserError("Gói đã giữ bị từ chối khi nhập; xem lý do ở trên.")
    return text


def sync_reject(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.sync_held import reject_held

    return _with_database(args, lambda db, user: reject_held(db, user, args.id))


def units_add_intermediate(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.unit_hierarchy import add_intermediate

    unit = _with_database(args, lambda db, user: add_intermediate(db, user, args.code, args.name))
    return f"Đã thêm đơn vị trung gian {unit.name} ({unit.code}) trực thuộc đơn vị này."


def units_assign(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.unit_hierarchy import assign_commune

    unit = _with_database(args, lambda db, user: assign_commune(db, user, args.commune, args.via or ""))
    return (f"{unit.name} ({unit.code}) gửi dữ liệu qua {unit.via}." if unit.via
            else f"{unit.name} ({unit.code}) gửi thẳng lên đơn vị này.")


def units_list(args: argparse.Namespace) -> dict | str:
    from antt_desktop.services.sync.unit_hierarchy import configured_below

    rows = _with_database(args, lambda db, user: configured_below(db))
    if args.json:
        return {"units": [{"code": u.code, "name": u.name, "level": u.level, "via": u.via} for u in rows]}
    return "\n".join((f"  {u.name} ({u.code})" if u.via else f"{u.name} ({u.code}), đơn vị trung gian")
                     for u in rows) or "Chưa khai báo đơn vị trung gian nào."


def add_parsers(sub, sync_sub, common: argparse.ArgumentParser, parser_class: type) -> None:  # noqa: ANN001
    keys = sub.add_parser("keys", parents=[common], help="khóa ký và mã hóa gói đồng bộ; đăng ký khóa đơn vị khác")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, parser_class=parser_class, metavar="LỆNH")
    export = keys_sub.add_parser("export", parents=[common], help="ghi tệp khóa công khai của đơn vị này")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=keys_export)
    register = keys_sub.add_parser("import", parents=[common],
                                   help="đăng ký tệp khóa của đơn vị khác (hoặc máy khác của đơn vị này)")
    register.add_argument("file", type=Path, metavar="FILE")
    register.add_argument("--replace", action="store_true",
                          help="thay mọi khóa đang dùng của đơn vị đó (sau khi xác nhận qua điện thoại)")
    register.add_argument("--repin", action="store_true", help=argparse.SUPPRESS)
    register.set_defaults(handler=keys_import)
    forget = keys_sub.add_parser("forget", parents=[common], help="bỏ đăng ký khóa của đúng một đơn vị")
    forget.add_argument("unit", metavar="UNIT")
    forget.add_argument("--fingerprint", metavar="FP", help="chỉ bỏ khóa có dấu vân tay này")
    forget.set_defaults(handler=keys_forget)
    listing = keys_sub.add_parser("list", parents=[common], help="các khóa đã đăng ký và lịch sử thay, bỏ")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=keys_list)

    held = sync_sub.add_parser("held", parents=[common], help="các gói chờ xác nhận (khóa chưa đăng ký)")
    held.add_argument("--json", action="store_true")
    held.set_defaults(handler=sync_held)
    accept = sync_sub.add_parser("accept", parents=[common],
                                 help="đăng ký khóa của gói chờ xác nhận (sau khi đối chiếu dấu vân tay) và nhập gói")
    accept.add_argument("id", type=int, metavar="ID")
    accept.set_defaults(handler=sync_accept)
    reject = sync_sub.add_parser("reject", parents=[common], help="từ chối và xóa gói chờ xác nhận")
    reject.add_argument("id", type=int, metavar="ID")
    reject.set_defaults(handler=sync_reject)

    units = sub.add_parser("units", parents=[common], help="đơn vị trực thuộc: đơn vị trung gian và xã nó chuyển tiếp")
    units_sub = units.add_subparsers(dest="units_command", required=True, parser_class=parser_class, metavar="LỆNH")
    middle = units_sub.add_parser("add-intermediate", parents=[common], help="thêm đơn vị trung gian trực thuộc")
    middle.add_argument("code", metavar="CODE")
    middle.add_argument("--name", required=True)
    middle.set_defaults(handler=units_add_intermediate)
    assign = units_sub.add_parser("assign", parents=[common], help="xã gửi qua đơn vị trung gian nào (--via)")
    assign.add_argument("commune", metavar="COMMUNE")
    assign.add_argument("--via", metavar="CODE", help="đơn vị trung gian; bỏ trống: xã gửi thẳng")
    assign.set_defaults(handler=units_assign)
    shown = units_sub.add_parser("list", parents=[common], help="đơn vị trung gian và các xã của nó")
    shown.add_argument("--json", action="store_true")
    shown.set_defaults(handler=units_list)
