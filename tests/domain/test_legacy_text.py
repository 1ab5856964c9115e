"""Vietnamese typed in TCVN3 (ABC) and VNI, turned into Unicode: known words, fonts, and text left alone."""

import pytest

from antt_desktop.domain.legacy_text import TCVN3, TCVN3_UPPER, VNI, font_encoding, from_tcvn3, from_vni, guess_encoding

WORDS = [  # (Unicode, as typed in TCVN3 with .VnTime, as typed in VNI with VNI-Times)
    ("Nguyễn Văn Hùng", "NguyÔn V¨n Hïng", "Nguyeãn Vaên Huøng"),
    ("Thôn Bản Ché", "Th«n B¶n ChÐ", "Thoân Baûn Cheù"),
    ("Tổ bảo vệ an ninh, trật tự", "Tæ b¶o vÖ an ninh, trËt tù", "Toå baûo veä an ninh, traät töï"),
    ("Người lập biểu", "Ng\xadêi lËp biÓu", "Ngöôøi laäp bieåu"),
    ("Đội dân phòng", "§éi d©n phßng", "Ñoäi daân phoøng"),
    ("Họ và tên", "Hä vµ tªn", "Hoï vaø teân"),
    ("Giới tính", "Giíi tÝnh", "Giôùi tính"),
    ("Ngày sinh", "Ngµy sinh", "Ngaøy sinh"),
]


@pytest.mark.parametrize(("unicode", "tcvn3", "vni"), WORDS)
def test_known_words_convert_from_both_encodings(unicode, tcvn3, vni):
    assert from_tcvn3(tcvn3) == unicode
    assert from_vni(vni) == unicode
    assert guess_encoding(tcvn3) == TCVN3  # from the characters alone, without the font
    assert guess_encoding(vni) == VNI


def test_every_tone_and_letter_of_vni():
    assert from_vni("aø aù aû aõ aï aâ aà aá aå aã aä aê aè aé aú aü aë") == \
        "à á ả ã ạ â ầ ấ ẩ ẫ ậ ă ằ ắ ẳ ẵ ặ"
    assert from_vni("ì í æ ó ò yø yù yû yõ î ô ôø ö öï ñ") == "ì í ỉ ĩ ị ỳ ý ỷ ỹ ỵ ơ ờ ư ự đ"
    assert from_vni("NGUYEÃN VAÊN HUØNG, ÑOÄI DAÂN PHOØNG, ÖÔÙC") == "NGUYỄN VĂN HÙNG, ĐỘI DÂN PHÒNG, ƯỚC"


def test_every_letter_of_tcvn3():
    assert from_tcvn3("µ ¸ ¶ · ¹ ¨ » ¾ ¼ ½ Æ © Ç Ê È É Ë ® ª Ò Õ Ó Ô Ö × Ý Ø Ü Þ") == \
        "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ ê ề ế ể ễ ệ ì í ỉ ĩ ị"
    assert from_tcvn3("ß ã á â ä « å è æ ç é ¬ ê í ë ì î ï ó ñ ò ô \xad õ ø ö ÷ ù ú ý û ü þ") == \
        "ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ"


def test_tcvn3_upper_case_font_draws_lower_case_codes_upper_case():
    assert from_tcvn3("NGUYÔN V¡N HïNG", upper=True) == "NGUYỄN VĂN HÙNG"
    assert from_tcvn3("danh s¸ch tæ b¶o vÖ", upper=True) == "DANH SÁCH TỔ BẢO VỆ"
    assert from_tcvn3("¡ ¢ § £ ¤ ¥ ¦") == "Ă Â Đ Ê Ô Ơ Ư"


@pytest.mark.parametrize(("font", "encoding"), [
    (".VnTime", TCVN3), (".VnArial", TCVN3), (".VnTimeH", TCVN3_UPPER), (".VnArialH", TCVN3_UPPER),
    ("VNI-Times", VNI), ("VNI-Helve", VNI), ("Times New Roman", None), ("Arial", None), (None, None), ("", None),
])
def test_the_font_tells_the_encoding(font, encoding):
    assert font_encoding(font) == encoding


@pytest.mark.parametrize("text", ["Nguyễn Văn Hùng", "Hà Nội", "Thái Bình", "Krông Búk", "ANTT", "CCCD 001",
                                  "Hà Giang", "Tày", "Hoàng Thị Lan", "café", "", "12/05/1980"])
def test_unicode_and_plain_text_are_never_taken_for_an_old_encoding(text):
    assert guess_encoding(text) is None
