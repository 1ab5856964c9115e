"""The shared-string table (SST) of an old Excel workbook, walked before xlrd reads it.

Each string says how many characters it has, how many rich-text runs and how many bytes of phonetic text
follow it; xlrd trusts those numbers, and a negative or huge one sends its reader back and forth for billions
of turns. The table (the SST record and the CONTINUE records after it) is walked here as xlrd walks it, every
length bounded by the bytes that remain; a table that does not add up is refused whole."""

from __future__ import annotations

import struct

from antt_desktop.errors import UserError


def check_strings(pieces: list[bytes], limit: int, max_runs: int, refuse: UserError) -> int:
    """The number of strings in a well-formed table; raise ``refuse`` on one that is not, or holds more than
    ``limit`` strings or ``max_runs`` rich-text runs (xlrd keeps each run as an object). Mirrors xlrd's
    ``unpack_SST_table``, each step checked before it is taken."""
    try:
        (count,) = struct.unpack_from("<i", pieces[0], 4)
    except struct.error:
        raise refuse from None
    if count > limit:
        raise refuse
    index, data, position, all_runs = 0, pieces[0], 8, 0
    for number in range(max(count, 0)):
        if position + 3 > len(data):
            raise refuse
        characters, options = struct.unpack_from("<HB", data, position)
        position += 3
        runs = phonetic = 0
        if options & 0x08:
            if position + 2 > len(data):
                raise refuse
            (runs,) = struct.unpack_from("<H", data, position)
            position += 2
            all_runs += runs
            if all_runs > max_runs:
                raise refuse
        if options & 0x04:
            if position + 4 > len(data):
                raise refuse
            (phonetic,) = struct.unpack_from("<i", data, position)
            position += 4
        while True:  # the characters, which may go on in the next pieces
            width = 2 if options & 0x01 else 1
            step = min((len(data) - position) // width, characters)
            position += step * width
            characters -= step
            if not characters:
                break
            index += 1
            if index >= len(pieces) or not pieces[index]:
                raise refuse
            data, options, position = pieces[index], pieces[index][0], 1
        for _ in range(runs):  # 4 bytes each; a run may start the next piece
            if position == len(data):
                index += 1
                if index >= len(pieces):
                    raise refuse
                data, position = pieces[index], 0
            if position + 4 > len(data):
                raise refuse
            position += 4
        if phonetic < 0 or position + phonetic > len(data) + (len(pieces[index + 1]) if index + 1 < len(pieces) else 0):
            raise refuse
        position += phonetic
        if position >= len(data):
            position -= len(data)
            index += 1
            if index < len(pieces):
                data = pieces[index]
            elif number != count - 1:
                raise refuse
    return max(count, 0)
