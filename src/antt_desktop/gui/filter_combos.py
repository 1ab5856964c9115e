"""Filter combo boxes that keep their width whatever they list: at a province an area filter holds a thousand
names, and a combo sized to its longest item would push the window wider than an office screen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

VISIBLE_CHARACTERS = 14


def keep_narrow(*combos: QComboBox) -> None:
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(VISIBLE_CHARACTERS)
        combo.view().setMinimumWidth(320)  # the open list still shows whole names
