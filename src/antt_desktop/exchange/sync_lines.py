"""The payload of a format-2 package as it is decrypted: decompressed within its bound, cut into lines, each
line checked (length, nesting, values) before it is parsed, and the records counted."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from antt_desktop.exchange import sync_limits
from antt_desktop.exchange.sync_format import BATCH, MAX_LINE, damaged, parse_object, too_large_unpacked

_READ = 1024 * 1024


class LineReader:
    """Decompresses the payload as it comes and splits it into JSON objects, within the size limits."""

    def __init__(self, limit: int) -> None:
        self._inflater, self._buffer, self._produced, self._limit = zlib.decompressobj(), bytearray(), 0, limit
        self._counter = sync_limits.ItemCounter()

    def feed(self, compressed: bytes) -> Iterator[dict]:
        data = compressed
        while data:
            if self._inflater.eof:
                raise damaged("thừa dữ liệu sau phần nén")
            try:
                out = self._inflater.decompress(data, _READ)
            except zlib.error:
                raise damaged("không giải nén được") from None
            data = self._inflater.unconsumed_tail
            self._produced += len(out)
            if self._produced > self._limit:
                raise too_large_unpacked()
            yield from self._lines(out)

    def _lines(self, out: bytes) -> Iterator[dict]:
        buffer = self._buffer
        buffer += out
        start = 0
        while (newline := buffer.find(b"\n", start)) >= 0:
            if newline - start > MAX_LINE:
                raise too_large_unpacked()
            line = bytes(buffer[start:newline])
            sync_limits.check_line(line)
            item = parse_object(line, "dữ liệu", checked=True)
            self._counter.check(item, BATCH)
            yield item
            start = newline + 1
        del buffer[:start]
        if len(buffer) > MAX_LINE:
            raise too_large_unpacked()

    def close(self) -> None:
        if not self._inflater.eof or self._inflater.unused_data or self._buffer:
            raise damaged("phần dữ liệu không trọn vẹn")
