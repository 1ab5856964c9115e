"""``antt``: exit 0 on success, 1 with a one-line Vietnamese reason on a user error, 2 on wrong usage."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from antt_desktop import __version__
from antt_desktop.cli import commands, evaluation_review, forces, score_sheet, trust
from antt_desktop.config import refuse_own_file, resolve_paths
from antt_desktop.errors import UsageError, UserError


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors in Vietnamese (exit code 2, as argparse does)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"antt: lỗi cú pháp lệnh: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng, hoặc ANTT_DATA_DIR)")
    common.add_argument("--db-url", metavar="URL", default=argparse.SUPPRESS,
                        help="cơ sở dữ liệu trên máy chủ PostgreSQL (postgresql://người_dùng@máy_chủ/tên) "
                             "thay cho tệp SQLite trong thư mục dữ liệu; hoặc ANTT_DB_URL, hoặc db_url "
                             "trong settings.json")
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="tên đăng nhập của người chạy lệnh (hoặc ANTT_USER)")
    common.add_argument("--password-file", metavar="FILE", default=argparse.SUPPRESS,
                        help="tệp chứa mật khẩu (hoặc ANTT_PASSWORD_FILE); không có thì hỏi mật khẩu")
    parser = _Parser(prog="antt", parents=[common],
                     description="ANTT Desktop – quản lý Phong trào toàn dân bảo vệ an ninh Tổ quốc")
    parser.add_argument("--version", action="version", version=f"antt {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="LỆNH")

    init = sub.add_parser("init", parents=[common], help="khởi tạo cơ sở dữ liệu, đơn vị và quản trị viên")
    init.add_argument("--level", required=True, choices=["commune", "district", "province"])
    init.add_argument("--unit-code", required=True, metavar="CODE")
    init.add_argument("--name", default="", help="tên đơn vị (bắt buộc với cấp trung gian)")
    init.add_argument("--province", default="", metavar="CODE", help="tỉnh của đơn vị cấp trung gian")
    init.add_argument("--admin-user", default="", metavar="USER")
    init.add_argument("--admin-password-file", type=Path, metavar="FILE")
    init.set_defaults(handler=commands.init)

    demo = sub.add_parser("demo", parents=[common], help="nạp dữ liệu mẫu")
    demo.add_argument("--scale", choices=["commune", "province"], default="commune")
    demo.set_defaults(handler=commands.demo)

    stats = sub.add_parser("stats", parents=[common], help="số bản ghi theo loại và theo đơn vị")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=commands.stats)

    kinds = ["areas", "members", "models", "activities", "persons"]
    template = sub.add_parser("template", parents=[common], help="tạo tệp Excel mẫu để nhập")
    template.add_argument("kind", choices=kinds, metavar="KIND")
    template.add_argument("out", type=Path, metavar="OUT")
    template.set_defaults(handler=commands.template)

    importer = sub.add_parser("import-excel", parents=[common], help="nhập dữ liệu từ tệp Excel")
    importer.add_argument("kind", choices=kinds, metavar="KIND")
    importer.add_argument("file", type=Path, metavar="FILE", help="tệp Excel .xlsx hoặc .xls (cả tệp gõ TCVN3, VNI)")
    importer.add_argument("--sheet", default=None, help="tên trang tính (mặc định: tự tìm)")
    importer.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    importer.add_argument("--error-report", type=Path, metavar="OUT", help="ghi các dòng lỗi ra tệp Excel")
    importer.add_argument("--workbook-password-file", type=Path, metavar="FILE",
                          help="tệp chứa mật khẩu của tệp Excel được đặt mật khẩu")
    importer.add_argument("--json", action="store_true")
    importer.set_defaults(handler=commands.import_excel)

    exporter = sub.add_parser("export-excel", parents=[common], help="xuất dữ liệu ra tệp Excel")
    exporter.add_argument("kind", choices=kinds, metavar="KIND")
    exporter.add_argument("out", type=Path, metavar="OUT")
    exporter.add_argument("--omit-sensitive", action="store_true",
                          help="bỏ trống ngày sinh, CCCD, điện thoại, dân tộc, tôn giáo")
    exporter.set_defaults(handler=commands.export_excel)

    report = sub.add_parser("report", parents=[common], help="lập báo cáo (PDF, Excel, Word)")
    report.add_argument("name", nargs="?", metavar="NAME")
    report.add_argument("--list", action="store_true", help="liệt kê các báo cáo")
    report.add_argument("--year", type=int)
    report.add_argument("--format", choices=["pdf", "xlsx", "docx"], default="pdf")
    report.add_argument("--out", type=Path, metavar="FILE")
    report.add_argument("--for", dest="kind", choices=["khu-dan-cu", "xa", "co-quan"], default=None,
                        help="bang-diem, to-trinh: loại đối tượng (mặc định: xã; ở cấp trên: các xã trực thuộc)")
    report.set_defaults(handler=commands.report)

    sync = sub.add_parser("sync", parents=[common], help="gói đồng bộ gửi cấp trên và nhận từ đơn vị khác")
    sync_sub = sync.add_subparsers(dest="sync_command", required=True, parser_class=_Parser, metavar="LỆNH")
    sync_export = sync_sub.add_parser("export", parents=[common], help="lập gói đồng bộ")
    sync_export.add_argument("--out", type=Path, required=True, metavar="FILE")
    sync_export.add_argument("--full", action="store_true", help="toàn bộ dữ liệu thay vì phần thay đổi")
    sync_export.add_argument("--to", metavar="UNIT")
    sync_export.add_argument("--omit-sensitive", action="store_true",
                             help="không gửi số CCCD, điện thoại, dân tộc, tôn giáo (nơi nhận giữ dữ liệu đã có)")
    sync_export.set_defaults(handler=commands.sync_export)
    sync_import = sync_sub.add_parser("import", parents=[common], help="nhập gói đồng bộ (nhiều tệp, thứ tự bất kỳ)")
    sync_import.add_argument("files", type=Path, nargs="+", metavar="FILE")
    sync_import.add_argument("--json", action="store_true")
    sync_import.set_defaults(handler=commands.sync_import)
    sync_status = sync_sub.add_parser("status", parents=[common], help="các gói đã nhận theo đơn vị, gói còn thiếu")
    sync_status.add_argument("--json", action="store_true")
    sync_status.add_argument("--units", action="store_true",
                             help="mọi đơn vị trực thuộc: đã gửi gì, thiếu gói nào, dữ liệu đến ngày nào")
    sync_status.set_defaults(handler=commands.sync_status)
    sync_receipt = sync_sub.add_parser("receipt", parents=[common], help="lập biên nhận các gói đã nhận")
    sync_receipt.add_argument("--out", type=Path, required=True, metavar="FILE")
    sync_receipt.add_argument("--to", metavar="UNIT")
    sync_receipt.set_defaults(handler=commands.sync_receipt)
    trust.add_parsers(sub, sync_sub, common, _Parser)
    forces.add_parsers(sub, common, _Parser)
    score_sheet.add_parsers(sub, common, _Parser)

    catalog = sub.add_parser("catalog", parents=[common], help="danh mục (cấp trên ban hành bản mới)")
    catalog_sub = catalog.add_subparsers(dest="catalog_command", required=True, parser_class=_Parser, metavar="LỆNH")
    publish = catalog_sub.add_parser("publish", parents=[common], help="ban hành bản danh mục mới cho cấp dưới")
    publish.add_argument("file", type=Path, metavar="FILE")
    publish.set_defaults(handler=commands.catalog_publish)

    directive = sub.add_parser("directive", parents=[common], help="văn bản chỉ đạo gửi cấp dưới")
    directive_sub = directive.add_subparsers(dest="directive_command", required=True, parser_class=_Parser,
                                             metavar="LỆNH")
    add = directive_sub.add_parser("add", parents=[common], help="thêm văn bản chỉ đạo")
    add.add_argument("--number", required=True)
    add.add_argument("--date", required=True, metavar="DD/MM/YYYY")
    add.add_argument("--issuer", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--content", default="")
    add.add_argument("--file", type=Path, action="append", default=[], metavar="FILE",
                     help="tệp đính kèm (PDF, JPG, PNG; lặp lại cho nhiều tệp)")
    add.set_defaults(handler=commands.directive_add)

    backup = sub.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu (kiểm tra toàn vẹn)")
    backup.add_argument("--out", type=Path, metavar="FILE", help="tệp hoặc thư mục (USB); mặc định: thư mục sao lưu")
    backup.add_argument("--key-passphrase-file", type=Path, metavar="FILE",
                        help="kèm khóa riêng của máy, mã hóa bằng cụm mật khẩu trong tệp này (quản trị viên)")
    backup.set_defaults(handler=commands.backup)
    restore = sub.add_parser("restore", parents=[common],
                             help="khôi phục từ bản sao lưu (sao lưu dữ liệu hiện tại trước)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--key-passphrase-file", type=Path, metavar="FILE",
                         help="cụm mật khẩu đã đặt cho khóa riêng khi sao lưu")
    restore.add_argument("--take-over-installation", action="store_true",
                         help="máy này thay thế hẳn máy đã lập bản sao lưu (máy cũ hỏng hoặc thôi dùng); ghi nhật ký")
    restore.add_argument("--new-keys", action="store_true",
                         help="không mở được khóa riêng của bản sao lưu: tạo khóa mới (các đơn vị phải đăng ký lại)")
    restore.set_defaults(handler=commands.restore)

    audit = sub.add_parser("audit", parents=[common], help="nhật ký thao tác")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, parser_class=_Parser, metavar="LỆNH")
    verify = audit_sub.add_parser("verify", parents=[common], help="kiểm tra nhật ký không bị sửa, xóa, cắt bớt")
    verify.add_argument("--against", type=Path, nargs="+", default=[], metavar="FILE",
                        help="các bản sao lưu để ở nơi khác (USB) để đối chiếu thêm")
    verify.set_defaults(handler=commands.audit_verify)

    evaluation_review.add_parsers(sub, common, _Parser)

    gui = sub.add_parser("gui", parents=[common], help="mở giao diện (như antt-desktop)")
    gui.set_defaults(handler=commands.gui)
    return parser


def _refuse_writing_over_data(args: argparse.Namespace) -> None:
    """Every file a command writes (OUT, --out, --error-report) kept off the data folder's own files."""
    targets = [t for t in (getattr(args, "out", None), getattr(args, "error_report", None)) if t is not None]
    source = getattr(args, "file", None)
    if getattr(args, "error_report", None) and source and Path(args.error_report).resolve() == Path(source).resolve():
        raise UserError(f"Không ghi danh sách dòng lỗi vào {args.error_report}: đó là tệp đang nhập, sẽ bị ghi đè "
                        "mất. Hãy chọn tên tệp khác cho --error-report.")
    if targets:
        paths = resolve_paths(getattr(args, "data_dir", None))
        for target in targets:
            refuse_own_file(paths, target)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        _refuse_writing_over_data(args)
        result = args.handler(args)
    except UsageError as exc:
        print(f"antt: lỗi cú pháp lệnh: {exc.message}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"antt: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("antt: đã dừng theo yêu cầu.", file=sys.stderr)
        return 1
    try:
        if isinstance(result, dict):
            print(json.dumps(result, ensure_ascii=False, sort_keys=True))
        elif result:
            print(result)
        sys.stdout.flush()
    except BrokenPipeError:  # the output was cut short on purpose (antt … | head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
