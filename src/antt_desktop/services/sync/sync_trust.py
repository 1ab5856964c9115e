"""Whether a package may say what it says, by this installation's configuration: its sender may send here at
all, its header's claims (level, parent) agree with what is configured, the records it carries are owned by
units it may speak for, and only the unit above (or another computer of this unit) sends directives and
catalog versions. Nothing here is ever written from a package."""

from __future__ import annotations

from sqlalchemy.orm import Session

from antt_desktop.db.models import Installation
from antt_desktop.domain.units import LEVEL_LABELS, Level
from antt_desktop.errors import UserError
from antt_desktop.services.sync.unit_hierarchy import Relation, configured, forwarded_by, relation

DOWN_ONLY_TABLES = frozenset({"directives", "catalog_updates"})  # sent down by an upper level only
MAX_FORWARDED = 10_000


def _who(header: dict) -> str:
    name = header.get("sender_name")
    sender = str(header.get("sender"))
    return f"{name} ({sender})" if isinstance(name, str) and name and len(name) <= 200 else sender


def _level_label(level: object) -> str:
    try:
        return LEVEL_LABELS[Level(level)].lower()
    except (ValueError, KeyError):
        return f"“{str(level)[:40]}”"


def sender_code(header: dict) -> str:
    sender = header.get("sender")
    if not isinstance(sender, str) or not 1 <= len(sender) <= 16:
        raise UserError("Gói đồng bộ bị hỏng (thiếu mã đơn vị gửi). Không nhập gì.")
    return sender


def sender_relation(session: Session, own: Installation, header: dict) -> Relation:
    """How the sender stands to this unit; a sender that is not configured here is refused."""
    found = relation(session, own, sender_code(header))
    if found is None:
        raise UserError(f"{_who(header)} không phải cấp trên, cấp dưới hay máy khác của đơn vị này theo cấu hình "
                        "ở đây; gói bị từ chối, không nhập gì. Nếu đó là đơn vị trung gian trực thuộc, quản trị viên "
                        "khai báo trước (thẻ Đơn vị trực thuộc, hoặc antt units add-intermediate).")
    return found


def check_claims(session: Session, own: Installation, header: dict) -> None:
    """The header's ``sender_level`` and ``sender_parent`` must be what is configured here for the sender."""
    level, parent = configured(session, own, str(header["sender"]))
    if "sender_level" in header and header["sender_level"] != level:
        raise UserError(f"Gói của {_who(header)} tự nhận là {_level_label(header['sender_level'])}, nhưng ở đây "
                        f"đơn vị đó là {_level_label(level)}. Gói bị từ chối, không nhập gì; cấu hình đơn vị ở đây "
                        "không thay đổi.")
    if "sender_parent" in header and header["sender_parent"] != parent:
        raise UserError(f"Gói của {_who(header)} ghi đơn vị cấp trên là “{str(header['sender_parent'])[:40]}”, "
                        f"khác với cấu hình ở đây ({parent or 'không có'}). Gói bị từ chối, không nhập gì.")


def allowed_owners(session: Session, own: Installation, header: dict, found: Relation,
                   forwarded: object) -> set[str]:
    """The owners a package may carry: its sender, and the communes configured here as forwarded by it."""
    sender = str(header["sender"])
    if not forwarded:
        return {sender}
    if (not isinstance(forwarded, list) or len(forwarded) > MAX_FORWARDED
            or not all(isinstance(code, str) and len(code) <= 16 for code in forwarded)):
        raise UserError(f"Gói của {_who(header)} bị hỏng (danh sách đơn vị chuyển tiếp không hợp lệ). Không nhập gì.")
    level, _parent = configured(session, own, sender)
    if found is not Relation.BELOW or level != Level.DISTRICT:
        raise UserError(f"Gói của {_who(header)} mang dữ liệu của đơn vị khác nhưng theo cấu hình ở đây đơn vị đó "
                        "không phải đơn vị trung gian trực thuộc đơn vị này. Gói bị từ chối, không nhập gì.")
    strangers = sorted(set(forwarded) - forwarded_by(session, sender))
    if strangers:
        shown = ", ".join(strangers[:10]) + ("…" if len(strangers) > 10 else "")
        raise UserError(f"Gói của {_who(header)} chuyển tiếp dữ liệu của đơn vị chưa được phân cho đơn vị đó "
                        f"({shown}). Gói bị từ chối, không nhập gì. Nếu đúng, quản trị viên phân xã trước: antt units "
                        f"assign MÃ-XÃ --via {sender}.")
    return {sender, *forwarded}


def check_table(name: str, header: dict, found: Relation) -> None:
    if name in DOWN_ONLY_TABLES and found not in (Relation.ABOVE, Relation.SELF):
        raise UserError(f"Gói của {_who(header)} chứa văn bản chỉ đạo hoặc danh mục, chỉ cấp trên mới được gửi "
                        "xuống. Gói bị từ chối, không nhập gì.")
