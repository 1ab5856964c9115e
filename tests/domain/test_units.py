"""The official unit list: codes with or without leading zeros, search without diacritics."""

import pytest

from antt_desktop.domain.units import Level, find_official, normalize_custom_code, provinces, search_units
from antt_desktop.errors import UserError


def test_official_list_is_post_reform():
    assert len(provinces()) == 34
    assert len(search_units("", Level.COMMUNE, limit=10_000)) == 3321


@pytest.mark.parametrize("code", ["02269", "2269", " 2269 "])
def test_commune_code_with_or_without_leading_zeros(code):
    unit = find_official(code, Level.COMMUNE)
    assert (unit.code, unit.name, unit.province_code) == ("02269", "Xã Thượng Lâm", "08")
    assert unit.province_name == "Tỉnh Tuyên Quang"


def test_search_without_diacritics_finds_the_commune():
    found = search_units("thuong lam", Level.COMMUNE)
    assert "02269" in [u.code for u in found]
    assert [u.code for u in search_units("ha noi", Level.PROVINCE)] == ["01"]


@pytest.mark.parametrize("code", ["99999", "abc", "12a45", ""])
def test_unknown_or_malformed_codes_are_refused_in_vietnamese(code):
    with pytest.raises(UserError) as error:
        find_official(code, Level.COMMUNE)
    assert "mã" in error.value.message.lower()


def test_custom_codes_start_with_a_letter():
    assert normalize_custom_code(" h-lambinh ") == "H-LAMBINH"
    with pytest.raises(UserError):
        normalize_custom_code("0123")
