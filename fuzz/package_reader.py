"""Coverage-guided fuzzing (atheris) of the sync package reader: header parsing, signature check, decryption,
decompression and JSON decoding. Any input must end in a UserError (a clear refusal), never another exception.

    .venv/bin/python fuzz/package_reader.py [-runs=N] [corpus folder]   (pip install atheris)

It starts from a real sealed package, so the fuzzer reaches past the header into the signed and encrypted body."""

import io
import zlib

import atheris
from seeding import run

with atheris.instrument_imports():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from antt_desktop.errors import UserError
    from antt_desktop.exchange import sync_lines, sync_package

SIGNER = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
RECIPIENT = X25519PrivateKey.from_private_bytes(bytes(range(32, 64)))
SIGNING_PUBLIC = sync_package.public_bytes(SIGNER)


def seed() -> bytes:
    header = {"kind": "data", "sender": "02269", "recipient": "08", "seq": 1, "schema": "0009",
              "created": "2026-01-01T00:00:00+00:00"}
    records = {"residential_areas": [{"id": "00000000-0000-0000-0000-000000000001", "name": "Thôn Nà Liềm",
                                      "version": 1}]}
    return sync_package.seal(header, sync_package.record_items(records, {"00": b"file"}), SIGNER,
                             RECIPIENT.public_key(), {"forwarded": []})


def test_one_input(data: bytes) -> None:
    try:
        package = sync_package.open_file(io.BytesIO(data))
        package.verify(SIGNING_PUBLIC)
        for _item in package.items(RECIPIENT):
            pass
    except UserError as exc:
        assert exc.message
    try:  # the payload's line reader on its own, which the signature keeps mutations away from above
        lines = sync_lines.LineReader(sync_package.MAX_PAYLOAD)
        for _item in lines.feed(zlib.compress(data)):
            pass
        lines.close()
    except UserError as exc:
        assert exc.message


if __name__ == "__main__":
    run(atheris.Setup, atheris.Fuzz, test_one_input, seed())
