"""Vietnamese text: NFC, search keys, and dictionary order of words and person names."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from antt_desktop.domain.text import collation_key, normalize, person_name_key, search_key, split_person_name


def test_normalize_composes_and_folds_spaces():
    decomposed = unicodedata.normalize("NFD", "  Nguyễn   Văn\tAn ")
    assert normalize(decomposed) == "Nguyễn Văn An"
    assert unicodedata.is_normalized("NFC", normalize(decomposed))


def test_search_key_ignores_diacritics_case_and_d_bar():
    assert search_key("Nguyễn Văn A") == "nguyen van a"
    assert search_key("ĐẶNG  Thị Đào") == "dang thi dao"
    assert search_key(unicodedata.normalize("NFD", "Thôn Nặm Đíp")) == "thon nam dip"
    assert "d" in search_key("đ")


def test_words_sort_in_vietnamese_alphabet_order():
    words = ["Đào", "Dung", "Ân", "Ăn", "An", "Ơn", "Ôn", "On", "Ư", "U", "Bình", "Êm", "Em"]
    expected = ["An", "Ăn", "Ân", "Bình", "Dung", "Đào", "Em", "Êm", "On", "Ôn", "Ơn", "U", "Ư"]
    assert sorted(words, key=collation_key) == expected


def test_tones_break_ties_in_dictionary_order():
    # ngang, huyền, hỏi, ngã, sắc, nặng
    words = ["má", "mạ", "mà", "ma", "mã", "mả"]
    assert sorted(words, key=collation_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_letters_outrank_tones():
    # "Anh" < "Ánh" < "Ăn": the base letter decides before any tone
    assert sorted(["Ăn", "Ánh", "Anh"], key=collation_key) == ["Anh", "Ánh", "Ăn"]


def test_person_names_sort_by_given_then_middle_then_family():
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Bình", "Nguyễn An", "Hoàng Thị Ánh"]
    assert sorted(names, key=person_name_key) == [
        "Nguyễn An", "Nguyễn Thị An", "Lê Văn An", "Hoàng Thị Ánh", "Đỗ Bình", "Trần Văn Bình",
    ]


def test_tricky_names_split_and_sort():
    assert split_person_name("  Tôn   Nữ Thị  Hà ") == ("Tôn", "Nữ Thị", "Hà")
    assert split_person_name("Thảo") == ("", "", "Thảo")
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert person_name_key(decomposed) == person_name_key("Nguyễn Thị Ánh")
    # Đ is its own letter after D: "Đức" after "Dũng" whatever the family names
    assert sorted(["Vũ Đức", "Phan Dũng"], key=person_name_key) == ["Phan Dũng", "Vũ Đức"]


def test_collation_key_is_plain_ascii_so_sql_can_order_by_it():
    key = collation_key("Phường Hoàn Kiếm 2")
    assert key.isascii()


@given(st.text())
def test_search_key_is_idempotent_and_plain(text):
    key = search_key(text)
    assert search_key(key) == key
    assert not any(unicodedata.combining(ch) for ch in key)


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ ", max_size=12))
def test_collation_ignores_decomposition(text):
    assert collation_key(unicodedata.normalize("NFD", text)) == collation_key(text)
