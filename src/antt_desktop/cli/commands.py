"""The handlers behind each ``antt`` sub-command: parse nothing, call the services, return what to print."""

from __future__ import annotations

import argparse
import json

from antt_desktop.cli.credentials import read_password_file, sign_in
from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.errors import UsageError, UserError
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.auth import CurrentUser, login
from antt_desktop.services.database import database_exists, open_existing
from antt_desktop.services.demo import demo as demo_service
from antt_desktop.services.excel import excel_export
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.reports.stats import record_counts
from antt_desktop.services.roles import Role

# A restore into a folder that has no data yet: there is no account to sign in with and nothing to protect.
EMPTY_FOLDER_USER = CurrentUser("khoi-phuc", "Khôi phục vào thư mục chưa có dữ liệu", Role.ADMIN)
MAX_ERROR_LINES = 1000  # errors of an import printed; all of them go to --error-report


def _paths(args: argparse.Namespace):  # noqa: ANN202
    return resolve_paths(getattr(args, "data_dir", None), getattr(args, "db_url", None))


def init(args: argparse.Namespace) -> str:
    if bool(args.admin_user) != bool(args.admin_password_file):
        raise UserError("Hãy cho cả --admin-user và --admin-password-file, hoặc bỏ cả hai.")
    password = read_password_file(args.admin_password_file) if args.admin_password_file else ""
    request = SetupRequest(Level(args.level), args.unit_code, args.name, args.province, args.admin_user, password)
    database = initialize(_paths(args), request)
    unit = database.own_unit()
    installation = database.installation()
    database.close()
    return f"Đã khởi tạo {unit.name} ({unit.code}); mã cài đặt {installation.id}."


def demo(args: argparse.Namespace) -> str:
    paths = _paths(args)
    level = Level.PROVINCE if args.scale == "province" else Level.COMMUNE
    created = ""
    if not database_exists(paths):
        code = demo_service.DEMO_PROVINCE if level is Level.PROVINCE else demo_service.DEMO_COMMUNE
        initialize(paths, SetupRequest(level, code, admin_user=demo_service.DEMO_ADMIN,
                                       admin_password=demo_service.DEMO_PASSWORD,
                                       admin_full_name="Quản trị viên")).close()
        created = (f"Đã khởi tạo dữ liệu mẫu; đăng nhập: {demo_service.DEMO_ADMIN} / "
                   f"{demo_service.DEMO_PASSWORD} (hãy đổi mật khẩu khi dùng thật).\n")
    database = open_existing(paths)
    try:
        # a folder just created here is filled as its new administrator; otherwise whoever signs in
        user = login(database, demo_service.DEMO_ADMIN, demo_service.DEMO_PASSWORD) if created else \
            sign_in(args, database)
        user.require(Role.ADMIN)  # demo data is added to real data only by an administrator
        installation = database.installation()
        if args.scale == "province":
            if installation.level == Level.COMMUNE:
                raise UserError("Dữ liệu mẫu cấp tỉnh chỉ nạp được vào cài đặt cấp tỉnh hoặc cấp trung gian.")
            added = demo_service.fill_province(database, user)
        else:
            if installation.level != Level.COMMUNE:
                raise UserError("Dữ liệu mẫu cấp xã chỉ nạp được vào cài đặt cấp xã; hãy dùng --scale province.")
            added = demo_service.fill_commune(database, user)
    finally:
        database.close()
    return (f"{created}Đã thêm {added[0]} khu dân cư, {added[1]} thành viên lực lượng, {added[2]} mô hình "
            f"tự phòng, tự quản và {added[3]} hoạt động mẫu.")


def stats(args: argparse.Namespace) -> dict | str:
    database = open_existing(_paths(args))
    try:
        sign_in(args, database).require(Role.VIEWER)
        result = record_counts(database)
    finally:
        database.close()
    if args.json:
        return result
    lines = [f"{kind}: {number}" for kind, number in result["counts"].items()]
    for owner, kinds in result["by_owner"].items():
        lines.append(f"  {owner}: " + ", ".join(f"{k} {n}" for k, n in kinds.items()))
    return "\n".join(lines)


def gui(args: argparse.Namespace) -> None:
    from antt_desktop.gui.app import run  # imported here: only this command needs Qt

    exit_code = run(_paths(args))
    if exit_code:
        raise SystemExit(exit_code)


def template(args: argparse.Namespace) -> str:
    path = excel_export.template(args.kind, args.out)
    return f"Đã tạo mẫu {path}."


def import_excel(args: argparse.Namespace) -> dict | str:
    database = open_existing(_paths(args))
    try:
        password = read_password_file(args.workbook_password_file) if args.workbook_password_file else None
        table, report = import_file(database, sign_in(args, database), args.kind, args.file, args.dry_run, args.sheet,
                                    password)
        if args.error_report and report.errors:
            excel_export.error_report(table, report, args.error_report)
    finally:
        database.close()
    if report.errors:
        shown = report.errors[:MAX_ERROR_LINES]
        more = report.error_count - len(shown)
        raise UserError("\n".join([report.summary() + (f" Danh sách dòng lỗi: {args.error_report}."
                                                        if args.error_report else ""),
                                   *report.notes,
                                   *(f"  {error}" for error in shown),
                                   *([f"  … và {more} lỗi nữa (ghi đủ bằng --error-report)."] if more else [])]))
    if args.json:
        return {"kind": report.kind, "sheet": report.sheet, "rows": report.rows, "created": report.counts["created"],
                "updated": report.counts["updated"], "skipped": report.counts["skipped"],
                "unknown_columns": report.unknown_columns, "notes": report.notes, "written": report.written}
    return "\n".join([report.summary(), *report.notes])


def export_excel(args: argparse.Namespace) -> str:
    database = open_existing(_paths(args))
    try:
        count = excel_export.export_kind(database, sign_in(args, database), args.kind, args.out, args.omit_sensitive)
    finally:
        database.close()
    return f"Đã xuất {count} dòng ra {args.out}."


def report(args: argparse.Namespace) -> str:
    from antt_desktop.services.reports.reports import REPORTS, render

    if args.list:
        return "\n".join(f"{spec.name}\t{spec.title}" for spec in REPORTS.values())
    if not args.name or not args.year or not args.out:
        raise UsageError("cần NAME, --year và --out (hoặc --list)")
    database = open_existing(_paths(args))
    try:
        kind = {"khu-dan-cu": "khu_dan_cu", "co-quan": "co_quan"}.get(args.kind, args.kind)
        path = render(database, sign_in(args, database), args.name, args.year, args.format, args.out, kind)
    finally:
        database.close()
    return f"Đã lập báo cáo {path}."


def _with_database(args: argparse.Namespace, action):  # noqa: ANN001, ANN202
    """``action(database, user)`` on the data folder's database, as the user who signs in for the command."""
    database = open_existing(_paths(args))
    try:
        return action(database, sign_in(args, database))
    finally:
        database.close()


def sync_export(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.sync import export_package

    result = _with_database(args, lambda db, user: export_package(db, user, args.out, args.full, args.to,
                                                                  args.omit_sensitive))
    note = ", không kèm dữ liệu cá nhân" if args.omit_sensitive else ""
    return f"Đã lập gói số {result.seq} ({result.records} bản ghi{note}) tại {result.path}."


def sync_import(args: argparse.Namespace) -> dict | str:
    from antt_desktop.services.sync.sync_import import import_files

    outcomes = _with_database(args, lambda db, user: import_files(db, user, args.files))
    refused = [o for o in outcomes if o.state in ("refused", "held")]
    if args.json:
        result = {"packages": [{"file": o.file, "state": o.state, "sender": o.sender, "seq": o.seq,
                                "message": o.message} for o in outcomes]}
        if refused:
            print(json.dumps(result, ensure_ascii=False, sort_keys=True))
            raise UserError(f"{len(refused)} gói bị từ chối hoặc được giữ lại chờ xác nhận.")
        return result
    text = "\n".join(o.message for o in outcomes)
    if refused:
        taken = [o.message for o in outcomes if o.state not in ("refused", "held")]
        if taken:
            print("\n".join(taken))
        raise UserError(" ".join(o.message for o in refused))
    return text


def sync_status(args: argparse.Namespace) -> dict | str:
    from antt_desktop.services.sync.sync import status

    if args.units:
        return _units_status(args)
    rows = _with_database(args, lambda db, user: status(db))
    if args.json:
        return {"senders": {r.unit_code: {"name": r.unit_name, "packages": r.packages, "last_seq": r.last_seq,
                                          "missing": [list(g) for g in r.missing], "records": r.records} for r in rows}}
    from antt_desktop.services.sync.sync_held import list_held

    held = _with_database(args, lambda db, user: list_held(db))
    waiting = [f"Có {len(held)} gói chờ xác nhận (khóa chưa đăng ký); xem: antt sync held."] if held else []
    return "\n".join([*(r.sentence() for r in rows), *waiting]) or "Chưa nhận gói đồng bộ nào."


def _units_status(args: argparse.Namespace) -> dict | str:
    from antt_desktop.services.sync.subordinates import subordinates

    rows = _with_database(args, lambda db, user: subordinates(db))
    if args.json:
        return {"units": {u.code: {"name": u.name, "state": u.state, "packages": u.packages,
                                   "missing": [list(g) for g in u.missing],
                                   "current_to": u.current_to.isoformat() if u.current_to else None,
                                   "records": u.records} for u in rows}}
    if not rows:
        return "Đơn vị này không có đơn vị trực thuộc (cài đặt cấp xã)."
    return "\n".join(f"{u.name} ({u.code}): {u.state}" + (f"; dữ liệu đến {u.current_to.astimezone():%d/%m/%Y}"
                                                             if u.current_to else "") for u in rows)


def sync_receipt(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.sync import make_receipt

    path = _with_database(args, lambda db, user: make_receipt(db, user, args.out, args.to))
    return f"Đã lập biên nhận {path}."


def catalog_publish(args: argparse.Namespace) -> str:
    from antt_desktop.services.sync.directives import publish_catalog

    name, version = _with_database(args, lambda db, user: publish_catalog(db, user, args.file))
    return f"Đã ban hành danh mục {name} phiên bản {version}; danh mục đi xuống cấp dưới theo gói đồng bộ."


def directive_add(args: argparse.Namespace) -> str:
    from antt_desktop.domain.dates import parse_date
    from antt_desktop.services.sync.directives import add_directive

    issued = parse_date(args.date, "Ngày ban hành")
    _with_database(args, lambda db, user: add_directive(db, user, args.number, issued, args.issuer, args.title,
                                                        args.content, args.file))
    attached = f" kèm {len(args.file)} tệp" if args.file else ""
    return f"Đã thêm văn bản chỉ đạo số {args.number}{attached}; văn bản được gửi xuống trong các gói tiếp theo."


def backup(args: argparse.Namespace) -> str:
    from antt_desktop.services.admin.backups import backup_now

    passphrase = read_password_file(args.key_passphrase_file) if args.key_passphrase_file else None
    path = _with_database(args, lambda db, user: backup_now(db, user, args.out, passphrase))
    keys = ("kèm khóa riêng mã hóa bằng cụm mật khẩu" if passphrase is not None else
            "không kèm khóa riêng; muốn mang khóa theo, thêm --key-passphrase-file")
    return f"Đã sao lưu vào {path} (đã kiểm tra toàn vẹn; {keys})."


def restore(args: argparse.Namespace) -> str:
    from antt_desktop.services.admin.backup_restore import RestoreOptions
    from antt_desktop.services.admin.backup_restore import restore as restore_backup

    paths = _paths(args)
    if database_exists(paths):  # only an administrator replaces data; an empty folder has none to protect
        user = _with_database(args, lambda db, user: user)
    else:
        user = EMPTY_FOLDER_USER
    passphrase = read_password_file(args.key_passphrase_file) if args.key_passphrase_file else None
    options = RestoreOptions(passphrase, args.take_over_installation, args.new_keys)
    return restore_backup(paths, args.file, user, options).describe()


def audit_verify(args: argparse.Namespace) -> str:
    from antt_desktop.services.admin.audit_log import verify

    return _with_database(args, lambda db, user: verify(db, user, args.against))  # administrators only
