"""CCCD numbers and dates: the reasons a user is given for each kind of mistake."""

from datetime import date

import pytest

from antt_desktop.domain.cccd import clean_cccd, mask_cccd, validate_cccd
from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.errors import UserError

MAN_1985 = "001085012345"   # Hà Nội, nam, 1900s, 85
WOMAN_2001 = "008301000123"  # Tuyên Quang, nữ, 2000s, 01


def test_valid_numbers_with_separators_are_normalised():
    assert validate_cccd("001 085 012 345", "nam", date(1985, 4, 2)) == MAN_1985
    assert validate_cccd("008.301.000.123", "nu", date(2001, 1, 1)) == WOMAN_2001


def test_a_number_that_lost_its_leading_zero_in_excel_is_restored():
    assert clean_cccd(12085012345) == "012085012345"
    assert clean_cccd(8085012345) == "008085012345"


@pytest.mark.parametrize("value, gender, birth, reason", [
    ("00108501234A", "nam", date(1985, 1, 1), "không phải chữ số"),
    ("00108501234", "nam", date(1985, 1, 1), "có 11 chữ số"),
    ("003085012345", "nam", date(1985, 1, 1), "không phải mã tỉnh"),
    (MAN_1985, "nu", date(1985, 1, 1), "giới tính nam"),
    (MAN_1985, "nam", date(1986, 1, 1), "năm sinh 1985"),
    (WOMAN_2001, "nu", date(1901, 1, 1), "năm sinh 2001"),
])
def test_wrong_numbers_are_refused_with_the_reason(value, gender, birth, reason):
    with pytest.raises(UserError, match=reason):
        validate_cccd(value, gender, birth)


def test_mask_keeps_only_the_last_three_digits():
    assert mask_cccd(MAN_1985) == "•••••••••345"
    assert mask_cccd("") == ""


def test_dates_are_read_day_first_and_impossible_ones_refused():
    assert parse_date("5/3/2024") == date(2024, 3, 5)
    assert parse_date("05.03.2024") == date(2024, 3, 5)
    assert parse_date("") is None
    assert format_date(date(2024, 3, 5)) == "05/03/2024"
    with pytest.raises(UserError, match="không có thật"):
        parse_date("31/02/2024", "Ngày sinh")
    with pytest.raises(UserError, match="không đúng dạng"):
        parse_date("2024-03-05")
