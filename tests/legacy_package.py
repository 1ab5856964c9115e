"""Format 1 of the sync package (whole-file signature and one AES-GCM message), as versions before streamed
packages wrote it: to check that such files, still on a USB stick, are read."""

import json
import os
import struct
import zlib

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from antt_desktop.exchange.sync_format import MAGIC, derive_key, public_bytes


def seal_v1(header, payload, signer, recipient):  # noqa: ANN001, ANN201
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    header_bytes = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    compressed = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral)
    key = derive_key(ephemeral.exchange(recipient), ephemeral_public + recipient.public_bytes_raw())
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, compressed, header_bytes)
    body = (MAGIC + bytes([1]) + struct.pack(">I", len(header_bytes)) + header_bytes
            + struct.pack(">Q", len(ciphertext)) + ephemeral_public + nonce + ciphertext)
    return body + signer.sign(body)
