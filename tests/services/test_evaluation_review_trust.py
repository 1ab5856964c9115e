"""The attacker's tests of the review by the level above: a decision is taken only from a unit above the
evaluation's owner, about an evaluation held by the receiver (or a unit below it), well-formed; each refusal is
Vietnamese, exits 1, changes nothing and is audited. Decisions go down only to the unit they concern."""

import uuid

import pytest

from antt_desktop.db.evaluation import Evaluation, EvaluationReview
from antt_desktop.services.evaluation import evaluation_review, evaluation_review_upper, evaluations
from antt_desktop.services.evaluation.evaluations import Subject
from antt_desktop.services.sync import sync, sync_import
from tests import package_forge
from tests.conftest import ADMIN_USER
from tests.services import test_sync_attacks as attacks
from tests.services import test_sync_trust as trust
from tests.services.test_evaluation_review import YEAR, criteria, own_status, self_assess, send

commune = trust.commune


def review_row(evaluation_id, owner="08", **fields):
    values = {"evaluation_id": str(evaluation_id), "year": YEAR, "reviewed_version": 2**40, "decision": "accepted",
              "scores": {}, "level": "", "comment": "", "decided_on": f"{YEAR}-11-30", **fields}
    return package_forge.record(owner, **values)


def test_a_commune_cannot_approve_its_own_sheet(commune, province, tmp_path):
    sheet = self_assess(commune)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    send(commune, province, tmp_path, "len-1.anttsync")
    forged = tmp_path / "tu-duyet.anttsync"
    forged.write_bytes(attacks.as_commune(commune, province, tmp_path,
                                          {"evaluation_reviews": [review_row(sheet, owner="02269")]}, seq=5))
    trust.refused(province, forged, "evaluation_reviews", "không phải cấp trên của đơn vị đó", "không nhập gì")
    assert trust.last_audit(province).action == "refuse"


def test_a_sibling_cannot_decide_on_another_communes_sheet(commune, province, tmp_path):
    sheet = self_assess(commune)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    send(commune, province, tmp_path, "len-1.anttsync")
    other, _area = attacks.other_commune(province, tmp_path)
    signer = trust.real_signer(other)
    head = package_forge.header_for(signer, "02266", str(other.installation().id), "08", seq=2, sender_parent="08")
    forged = tmp_path / "xa-ben.anttsync"
    forged.write_bytes(package_forge.forge(head, package_forge.table_lines(
        {"evaluation_reviews": [review_row(sheet, owner="02266", decision="returned", comment="Sai")]}), signer,
        attacks.recipient_of(province, tmp_path)))
    trust.refused(province, forged, "của đơn vị 02266", "không phải cấp trên", "không nhập gì")
    assert trust.last_audit(province).action == "refuse"
    other.close()


def from_province(province, commune, tmp_path, rows, seq=1):
    signer = trust.real_signer(province)
    head = package_forge.header_for(signer, "08", str(province.installation().id), "02269", seq=seq,
                                    sender_level="province", sender_parent=None)
    head.pop("sender_parent")
    forged = tmp_path / "tu-tinh.anttsync"
    forged.write_bytes(package_forge.forge(head, package_forge.table_lines(rows), signer,
                                           attacks.recipient_of(commune, tmp_path)))
    return forged


def test_the_unit_above_cannot_send_a_decision_about_a_sheet_the_commune_does_not_have(commune, province, tmp_path):
    forged = from_province(province, commune, tmp_path, {"evaluation_reviews": [review_row(uuid.uuid4())]})
    trust.refused(commune, forged, "về một bảng đánh giá không có ở đây", "không nhập gì")
    assert trust.last_audit(commune).action == "refuse"


def test_a_genuine_decision_from_above_is_taken_and_a_forged_decision_word_is_refused(commune, province, tmp_path):
    sheet = self_assess(commune)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    forged = from_province(province, commune, tmp_path, {"evaluation_reviews": [review_row(sheet, decision="ok")]})
    trust.refused(commune, forged, "evaluation_reviews", "decision", "không nhập gì")
    with commune.session() as session:
        as_sent = session.get(Evaluation, sheet).version
    genuine = from_province(province, commune, tmp_path,
                            {"evaluation_reviews": [review_row(sheet, reviewed_version=as_sent)]}, seq=2)
    done = trust.antt(commune, "sync", "import", genuine)
    assert done.returncode == 0, done.stderr
    assert own_status(commune, sheet).code == "da_duyet"


def test_decisions_go_down_only_to_the_commune_whose_sheet_it_is(commune, province, tmp_path):
    sheet = self_assess(commune)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    send(commune, province, tmp_path, "len-1.anttsync")
    other, _area = attacks.other_commune(province, tmp_path)
    evaluations.assess_all(other, ADMIN_USER, YEAR, Subject("xa", other.own_unit().name), criteria())
    evaluation_review.submit(other, ADMIN_USER, YEAR)
    send(other, province, tmp_path, "lam-binh-2.anttsync")
    for row in evaluation_review_upper.review_list(province, YEAR):
        if row.unit_type == "xa" and row.evaluation_id:
            evaluation_review_upper.decide(province, ADMIN_USER, row.evaluation_id, False, f"Sửa {row.unit_code}")
    package = sync.export_package(province, ADMIN_USER, tmp_path / "xuong.anttsync", to="02269")
    outcome = sync_import.import_bytes(commune, ADMIN_USER, package.path.read_bytes())
    assert outcome.state == "imported", outcome.message
    with commune.session() as session:
        assert [r.comment for r in session.query(EvaluationReview)] == ["Sửa 02269"]
    assert own_status(commune, sheet).text == "Trả lại: Sửa 02269"
    other.close()



@pytest.mark.parametrize(("fields", "reason"), [
    ({"reviewed_version": 2**62}, "reviewed_version"),  # would outrun every later version of the sheet
    ({"comment": "x" * 100_001}, "comment"),
    ({"scores": {"1a": {"points": "mười"}}}, "scores"),
    ({"evaluation_id": "../../etc/passwd"}, "evaluation_id"),
    ({"year": YEAR + 1}, f"khác năm {YEAR} của bảng đánh giá"),
    ({"year": 99999}, "không trong khoảng năm 2000–2100"),
    ({"level": "<b>khong_co</b>"}, "ghi mức “<b>khong_co</b>” không có trong bảng điểm"),
    ({"scores": {"ZZZ": {"points": 1}}}, "chấm mục “ZZZ” không có trong bảng điểm"),
    ({"scores": {"1a": {"points": -1e15}}}, "chấm mục 1a số điểm không hợp lệ"),
    ({"scores": {"1a": {"points": 1e15}}}, "chấm mục 1a số điểm không hợp lệ"),
    ({"scores": {"1a": {"points": 5.5}}}, "chấm mục 1a số điểm không hợp lệ"),
])
def test_a_forged_decision_from_above_is_refused_whole(commune, province, tmp_path, fields, reason):
    sheet = self_assess(commune)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    row = {**review_row(sheet), **fields}
    forged = from_province(province, commune, tmp_path, {"evaluation_reviews": [row]})
    trust.refused(commune, forged, "evaluation_reviews", reason, "không nhập gì")
    assert own_status(commune, sheet).code == "da_gui"
    with commune.session() as session:
        assert session.query(EvaluationReview).count() == 0


def test_a_decision_with_the_sheets_level_and_scores_is_taken(commune, province, tmp_path):
    sheet = self_assess(commune)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    with commune.session() as session:
        as_sent = session.get(Evaluation, sheet).version
    row = review_row(sheet, reviewed_version=as_sent, level="kha", scores={"1a": {"points": 4.5, "note": ""}})
    package = from_province(province, commune, tmp_path, {"evaluation_reviews": [row]})
    done = trust.antt(commune, "sync", "import", package)
    assert done.returncode == 0, done.stderr
    with commune.session() as session:
        review = session.query(EvaluationReview).one()
        assert (review.level, review.scores["1a"]["points"]) == ("kha", 4.5)
