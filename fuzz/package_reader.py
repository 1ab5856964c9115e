"""Coverage-guided fuzzing (atheris) of the sync package reader: header parsing, signature check, decryption,
decompression and JSON decoding. Any input must end in a UserError (a clear refusal), never another exception.

    .venv/bin/python fuzz/package_reader.py [-runs=N] [corpus folder]   (pip install atheris)

It starts from a real sealed package, so the fuzzer reaches past the header into the signed and encrypted body."""

import atheris
from seeding import run

with atheris.instrument_imports():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from antt_desktop.errors import UserError
    from antt_desktop.exchange import sync_package

SIGNER = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
RECIPIENT = X25519PrivateKey.from_private_bytes(bytes(range(32, 64)))
SIGNING_PUBLIC = sync_package.public_bytes(SIGNER)


def seed() -> bytes:
    header = {"kind": "data", "sender": "02269", "recipient": "08", "seq": 1, "schema": "0009"}
    payload = {"records": {"residential_areas": [{"id": "00000000-0000-0000-0000-000000000001",
                                                  "name": "Thôn Nà Liềm", "version": 1}]}, "attachments": {}}
    return sync_package.seal(header, payload, SIGNER, RECIPIENT.public_key())


def test_one_input(data: bytes) -> None:
    try:
        sync_package.read_header(data)
        sync_package.open_package(data, SIGNING_PUBLIC, RECIPIENT)
    except UserError as exc:
        assert exc.message


if __name__ == "__main__":
    run(atheris.Setup, atheris.Fuzz, test_one_input, seed())
