"""``antt score-sheet import|show``: the province's own score sheet (Quyết định 510) per kind of unit."""

from __future__ import annotations

import argparse
from pathlib import Path

from antt_desktop.cli.commands import _with_database
from antt_desktop.domain.score_sheet import CLI_KINDS


def score_sheet_import(args: argparse.Namespace) -> str:
    from antt_desktop.services.evaluation.score_sheets import KIND_NAMES, install_sheet

    done = _with_database(args, lambda db, user: install_sheet(db, user, args.file, args.kind, args.version))
    levels = "các mức phân loại ghi trong tệp" if done.levels_from_file else "các mức phân loại của bảng mẫu"
    return (f"Đã cài đặt bảng điểm của {KIND_NAMES[done.unit_type]}, phiên bản {done.version}: {done.items} mục chấm "
            f"điểm, tổng {done.total:g} điểm, {levels}. Bảng điểm được gửi xuống đơn vị cấp dưới trong gói đồng bộ "
            "tiếp theo.")


def score_sheet_show(args: argparse.Namespace) -> dict | str:
    from antt_desktop.domain.score_sheet import as_json
    from antt_desktop.services.evaluation.score_sheets import sheet_in_use, sheet_text

    sheet = _with_database(args, lambda db, user: sheet_in_use(args.kind))
    return as_json(sheet) if args.json else sheet_text(sheet)


def add_parsers(sub, common: argparse.ArgumentParser, parser_class: type) -> None:  # noqa: ANN001
    sheet = sub.add_parser("score-sheet", parents=[common], help="bảng điểm phân loại phong trào (QĐ 510) của tỉnh")
    sheet_sub = sheet.add_subparsers(dest="score_sheet_command", required=True, parser_class=parser_class,
                                     metavar="LỆNH")
    importer = sheet_sub.add_parser("import", parents=[common], help="cài đặt bảng điểm của tỉnh từ tệp Excel")
    importer.add_argument("file", type=Path, metavar="FILE.xlsx")
    importer.add_argument("--for", dest="kind", required=True, choices=list(CLI_KINDS))
    importer.add_argument("--version", default=None, help="phiên bản (mặc định: tên tệp và ngày nhập)")
    importer.set_defaults(handler=score_sheet_import)
    show = sheet_sub.add_parser("show", parents=[common], help="bảng điểm đang dùng")
    show.add_argument("--for", dest="kind", required=True, choices=list(CLI_KINDS))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=score_sheet_show)
