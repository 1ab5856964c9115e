"""``antt evaluation submit`` (a unit sends its self-assessment up) and ``antt evaluation review list|accept|return``
(the level above decides on it)."""

from __future__ import annotations

import argparse

from antt_desktop.cli.commands import _with_database
from antt_desktop.domain.dates import format_date


def submit(args: argparse.Namespace) -> str:
    from antt_desktop.services.evaluation.evaluation_review import submit as send

    done = _with_database(args, lambda db, user: send(db, user, args.year, args.subject))
    text = (f"Đã đánh dấu gửi lên cấp trên {len(done.sent)} bảng đánh giá năm {args.year}: {', '.join(done.sent)}. "
            "Hãy lập gói đồng bộ (antt sync export) để gửi đi.")
    if done.skipped:
        text += f"\nKhông gửi (đã được duyệt hoặc chưa chấm): {', '.join(done.skipped)}."
    return text


def review_list(args: argparse.Namespace) -> dict | str:
    from antt_desktop.services.evaluation.evaluation_review_upper import review_list as rows_of

    rows = _with_database(args, lambda db, user: rows_of(db, args.year))
    if args.json:
        return {"year": args.year, "reviews": [
            {"id": str(r.evaluation_id) if r.evaluation_id else None, "unit": r.unit_code, "unit_name": r.unit_name,
             "subject": r.subject_name, "unit_type": r.unit_type, "status": r.status, "status_text": r.status_text,
             "deadline": r.deadline.isoformat(), "overdue": r.overdue,
             "submitted_at": r.submitted_at.isoformat() if r.submitted_at else None, "comment": r.comment}
            for r in rows]}
    if not rows:
        return "Không có đơn vị trực thuộc nào."
    return "\n".join(f"{str(r.evaluation_id)[:8] if r.evaluation_id else '—':8}  {r.unit_code:>5}  {r.unit_name} — "
                     f"{r.subject_name}: {r.status_text} (hạn {format_date(r.deadline)})"
                     + (f"; {r.comment}" if r.comment else "") for r in rows)


def review_decide(args: argparse.Namespace) -> str:
    from antt_desktop.services.evaluation.evaluation_review_upper import decide, find_evaluation

    accepted = args.review_command == "accept"

    def act(db, user) -> None:  # noqa: ANN001
        decide(db, user, find_evaluation(db, args.id), accepted, args.comment or "", level=args.level or "")
    _with_database(args, act)
    return ("Đã duyệt bảng đánh giá; " if accepted else "Đã trả lại bảng đánh giá để sửa; ") + \
        "quyết định sẽ đi trong gói đồng bộ tiếp theo gửi đơn vị đó."


def add_parsers(sub, common: argparse.ArgumentParser, parser_class: type) -> None:  # noqa: ANN001
    evaluation = sub.choices.get("evaluation") or sub.add_parser(
        "evaluation", parents=[common], help="đánh giá, phân loại phong trào cuối năm")
    actions = evaluation._subparsers._group_actions[0] if evaluation._subparsers else evaluation.add_subparsers(
        dest="evaluation_command", required=True, parser_class=parser_class, metavar="LỆNH")
    send = actions.add_parser("submit", parents=[common], help="gửi bảng tự đánh giá lên cấp trên")
    send.add_argument("--year", type=int, required=True)
    send.add_argument("--subject", default=None, help="tên khu dân cư, xã hoặc cơ quan (mặc định: tất cả)")
    send.set_defaults(handler=submit)

    review = actions.add_parser("review", parents=[common], help="cấp trên duyệt hoặc trả lại bảng đánh giá")
    review_sub = review.add_subparsers(dest="review_command", required=True, parser_class=parser_class,
                                       metavar="LỆNH")
    listing = review_sub.add_parser("list", parents=[common], help="bảng đánh giá các đơn vị trực thuộc gửi lên")
    listing.add_argument("--year", type=int, required=True)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=review_list)
    for name, text in (("accept", "duyệt bảng đánh giá"), ("return", "trả lại bảng đánh giá để sửa")):
        decision = review_sub.add_parser(name, parents=[common], help=text)
        decision.add_argument("id", metavar="ID", help="mã bảng đánh giá (như review list in ra)")
        decision.add_argument("--comment", required=name == "return", default="")
        decision.add_argument("--level", default="", help="mức phân loại của cấp trên (mã trong bảng điểm)")
        decision.set_defaults(handler=review_decide)
