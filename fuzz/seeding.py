"""Starts a fuzzer from a valid input: without a corpus folder on the command line, a new one holding the seed."""

import sys
import tempfile
from pathlib import Path


def with_seed_corpus(argv: list[str], seed: bytes) -> list[str]:
    if any(not arg.startswith("-") for arg in argv[1:]):
        return argv
    corpus = Path(tempfile.mkdtemp(prefix="antt-corpus-"))
    (corpus / "seed").write_bytes(seed)
    return [*argv, str(corpus)]


def run(setup, fuzz, test_one_input, seed: bytes) -> None:  # noqa: ANN001
    test_one_input(seed)  # the seed itself is accepted, so the fuzzer starts from a real input
    setup(with_seed_corpus(sys.argv, seed), test_one_input)
    fuzz()
