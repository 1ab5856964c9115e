"""A commune reporting through an intermediate unit: the district forwards its communes' records up to the
province, each keeping its owner, incrementally; the province accepts forwarded records only for its own
communes and only from an intermediate unit directly below it."""

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.exchange import sync_format, sync_package
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.demo import demo
from antt_desktop.services.reports import stats
from antt_desktop.services.sync import sync, sync_import, sync_keys, unit_hierarchy
from antt_desktop.services.sync.subordinates import subordinates
from tests.conftest import ADMIN_USER, exchange_keys

pytestmark = pytest.mark.both_storages
DISTRICT = "H-LAMBINH"


@pytest.fixture
def chain(database, tmp_path, new_paths):
    """Xã Thượng Lâm (with the demo data) → Cụm xã Lâm Bình → Tỉnh Tuyên Quang, keys exchanged."""
    province = initialize(new_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    district = initialize(new_paths(tmp_path / "cum"), SetupRequest(Level.DISTRICT, DISTRICT, "Cụm xã Lâm Bình",
                                                                     "08"))
    demo.fill_commune(database, ADMIN_USER)
    exchange_keys(province, district, tmp_path)
    exchange_keys(district, database, tmp_path)
    unit_hierarchy.add_intermediate(province, ADMIN_USER, DISTRICT, "Cụm xã Lâm Bình")  # the province's own
    unit_hierarchy.assign_commune(province, ADMIN_USER, "02269", via=DISTRICT)  # configuration
    yield database, district, province
    district.close()
    province.close()


def _pass(sender, receiver, to, path, full=False):
    result = sync.export_package(sender, ADMIN_USER, path, full, to=to)
    outcome = sync_import.import_bytes(receiver, ADMIN_USER, result.path.read_bytes(), path.name)
    assert outcome.state == "imported", outcome.message
    return result


def _owned(database, owner):
    return stats.record_counts(database)["by_owner"].get(owner)


def test_the_province_gets_the_communes_data_through_the_district_with_owners_kept(chain, tmp_path):
    commune, district, province = chain
    _pass(commune, district, DISTRICT, tmp_path / "xa-1.anttsync")
    first = _pass(district, province, "08", tmp_path / "cum-1.anttsync")
    assert _owned(province, "02269") == _owned(commune, "02269") and _owned(province, "02269")
    assert first.records == sum(_owned(commune, "02269").values())

    area = areas.list_areas(commune)[0]
    areas.update_area(commune, ADMIN_USER, area.id, AreaInput(area.name, area.kind, 4321, 900, set(area.flags)))
    _pass(commune, district, DISTRICT, tmp_path / "xa-2.anttsync")
    second = _pass(district, province, "08", tmp_path / "cum-2.anttsync")
    assert second.records == 1  # only what arrived since the previous package went up
    assert next(a for a in areas.list_areas(province) if a.id == area.id).population == 4321
    assert next(a for a in areas.list_areas(province) if a.id == area.id).owner_unit == "02269"
    assert _pass(district, province, "08", tmp_path / "cum-3.anttsync").records == 0

    whole = _pass(district, province, "08", tmp_path / "cum-4.anttsync", full=True)
    assert whole.records == sum(_owned(commune, "02269").values())
    assert _owned(province, "02269") == _owned(commune, "02269")

    below = {u.code: u for u in subordinates(province)}
    assert below["02269"].state == "gửi qua Cụm xã Lâm Bình" and below["02269"].current_to is not None
    assert below[DISTRICT].packages == 4 and below[DISTRICT].state == "đủ"
    assert [u.code for u in subordinates(district)] == ["02269"]


def _district_package(district, province, forwarded, records, sender_parent="08"):
    keys = sync_keys.own_keys(district)
    header = {"kind": "data", "sender": DISTRICT, "sender_name": "Cụm xã Lâm Bình", "sender_level": "district",
              "sender_parent": sender_parent, "sender_installation": str(district.installation().id),
              "recipient": "08", "seq": 1, "created": "2026-11-29T00:00:00+00:00", "schema": "0011", "full": False,
              "signing_public": sync_format.b64(sync_format.public_bytes(keys.signing))}
    recipient = X25519PublicKey.from_public_bytes(sync_format.public_bytes(sync_keys.own_keys(province).encryption))
    return sync_package.seal(header, sync_package.record_items(records), keys.signing, recipient,
                             {"forwarded": forwarded})


def test_forwarded_records_are_refused_for_communes_of_another_province_or_from_a_commune(chain, tmp_path):
    commune, district, province = chain
    _pass(commune, district, DISTRICT, tmp_path / "xa-1.anttsync")
    row = {"id": str(areas.list_areas(commune)[0].id), "owner_unit": "00004", "version": 5, "name": "Thôn lạ"}
    before = stats.record_counts(province)
    with pytest.raises(UserError, match="chưa được phân cho đơn vị đó \\(00004\\)"):
        sync_import.import_bytes(province, ADMIN_USER, _district_package(district, province, ["00004"],
                                                                         {"residential_areas": [row]}))
    with pytest.raises(UserError, match="ghi đơn vị cấp trên là “01”, khác với cấu hình ở đây \\(08\\)"):
        sync_import.import_bytes(province, ADMIN_USER, _district_package(district, province, ["02269"], {},
                                                                         sender_parent="01"))
    with pytest.raises(UserError, match="thuộc đơn vị khác \\(00004\\)"):  # an owner the header does not name
        sync_import.import_bytes(province, ADMIN_USER, _district_package(district, province, ["02269"],
                                                                         {"residential_areas": [row]}))
    assert stats.record_counts(province) == before and sync.status(province) == []
