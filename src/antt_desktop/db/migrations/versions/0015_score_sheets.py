"""QĐ 510 self-scoring on evaluations, the level above's reviews, the yearly rating of Tổ bảo vệ ANTT members;
the level each subject had under the former points-per-criterion rule is kept as an adjusted level.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.base import UTCDateTime
from antt_desktop.db.migrations.columns import create_indexes, synced_columns

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The rule of catalog version TT124-2021+TT48-2025, which gave each criterion points: as it was, so the
# level a subject showed before this revision is the level it keeps.
FORMER_POINTS = {
    "khu_dan_cu": {"dang_ky": 15, "ho_gia_dinh": 15, "chinh_sach": 15, "an_ninh": 15, "toi_pham": 15,
                   "ma_tuy": 15, "tai_nan": 10},
    "xa": {"nghi_quyet": 25, "mo_hinh": 25, "dieu_kien": 25, "cong_an": 25},
    "co_quan": {"ke_hoach": 30, "noi_bo": 40, "phoi_hop": 30},
}
FORMER_LEVELS = (("xuat_sac", 90), ("kha", 70), ("trung_binh", 50), ("yeu", 0))
FORMER_CAP = "trung_binh"
CARRIED_REASON = ("Mức phân loại tính theo cách cũ (điểm cho từng tiêu chí Thông tư 124) trước khi dùng bảng điểm "
                  "QĐ 510; chấm bảng điểm rồi bỏ điều chỉnh để dùng mức theo bảng điểm.")


def former_level(unit_type: str, results: dict) -> str | None:
    """The level the former rule gave, or None when not every criterion was assessed."""
    points = FORMER_POINTS.get(unit_type)
    if not points or not isinstance(results, dict):
        return None
    met = {code: (results.get(code) or {}).get("met") if isinstance(results.get(code), dict) else None
           for code in points}
    if any(value is None for value in met.values()):
        return None
    score = sum(points[code] for code, value in met.items() if value)
    level = next(code for code, minimum in FORMER_LEVELS if score >= minimum)
    order = [code for code, _minimum in FORMER_LEVELS]
    if not all(met.values()) and order.index(level) < order.index(FORMER_CAP):
        level = FORMER_CAP
    return level


def upgrade() -> None:
    with op.batch_alter_table("evaluations") as batch:
        batch.add_column(sa.Column("scores", sa.JSON, nullable=False, server_default="{}"))
        batch.add_column(sa.Column("score_sheet_version", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("submitted_at", UTCDateTime))
    op.create_table(
        "evaluation_reviews", *synced_columns(),
        sa.Column("evaluation_id", sa.Uuid, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("reviewed_version", sa.BigInteger, nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("scores", sa.JSON, nullable=False),
        sa.Column("level", sa.String(24), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evaluation_reviews"),
    )
    create_indexes("evaluation_reviews", "evaluation_id", "year")
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "member_ratings", *synced_columns(),
        sa.Column("member_id", sa.Uuid, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("level", sa.String(24), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["force_members.id"],
                                name="fk_member_ratings_member_id_force_members",
                                # as revision 0010 made every key on PostgreSQL: checked row by row, deferrable
                                deferrable=postgresql or None, initially="IMMEDIATE" if postgresql else None),
        sa.PrimaryKeyConstraint("id", name="pk_member_ratings"),
    )
    create_indexes("member_ratings", "member_id", "year")
    _carry_former_levels()


def _carry_former_levels() -> None:
    evaluations = sa.table("evaluations", sa.column("id", sa.Uuid), sa.column("unit_type", sa.String),
                           sa.column("results", sa.JSON), sa.column("override_level", sa.String),
                           sa.column("override_reason", sa.Text))
    connection = op.get_bind()
    rows = connection.execute(sa.select(evaluations.c.id, evaluations.c.unit_type, evaluations.c.results)
                              .where(evaluations.c.override_level == "")).all()
    for row in rows:
        level = former_level(row.unit_type, row.results)
        if level:
            connection.execute(evaluations.update().where(evaluations.c.id == row.id)
                               .values(override_level=level, override_reason=CARRIED_REASON))


def downgrade() -> None:
    op.drop_table("member_ratings")
    op.drop_table("evaluation_reviews")
    with op.batch_alter_table("evaluations") as batch:
        batch.drop_column("submitted_at")
        batch.drop_column("score_sheet_version")
        batch.drop_column("scores")
