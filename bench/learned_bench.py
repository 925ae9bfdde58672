"""How fast the coach's learned layer answers on this machine. Prints figures; asserts nothing.

    python -m bench.learned_bench [--rounds 200]

Figures: model load time; latency per message (20 and 100 words, median and p95) for the
emotion head alone and for the full analysis with the learned layer on
(``analyze_message(..., learned=True)``: rules, kind heads, emotion head, rewrites); batch
throughput of the emotion head with the default threads (one per usable core); the full
learned analysis one message at a time; peak memory (max RSS) with everything loaded; then
the emotion head's vectors on one thread. The messages are built here.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable

from closeknit_core.coach import analyze_message, heads
from closeknit_core.coach.embedding import Embedder

WORDS = (
    "I", "feel", "so", "tired", "when", "we", "argue", "about", "the", "plans", "for", "the",
    "weekend", "and", "you", "say", "nothing", "at", "dinner", "but", "later", "I", "find",
    "out", "you", "were", "upset", "about", "my", "sister", "and", "work",
)  # fmt: skip


# Seeds from here on give texts that no earlier measurement embedded.
FRESH = 100_000
PREVIOUS = "Can we talk about what happened at dinner with my sister?"


def message(words: int, seed: int) -> str:
    chooser = random.Random(seed)  # noqa: S311 (repeatable made-up text, no secrets)
    return " ".join(chooser.choice(WORDS) for _ in range(words))


def latency(
    words: int, rounds: int, what: str, analyse: Callable[[str], object], *, first_seed: int = 0
) -> None:
    timings = []
    for seed in range(first_seed, first_seed + rounds):
        text = message(words, seed)
        started = time.perf_counter()
        analyse(text)
        timings.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(timings, n=20)[-1]
    median = statistics.median(timings)
    print(f"{what}, {words:>3} words: median {median:.1f} ms, p95 {p95:.1f} ms ({rounds} runs)")


def full_analysis(text: str) -> object:
    """What a person gets with the learned layer on: rules, heads, emotions, rewrites.

    The other person's turn is the same each time, as while someone types a reply to it; the
    reply itself is always new (recently embedded texts are reused, ``heads.layer_vectors``).
    """
    return analyze_message(text, previous=PREVIOUS, learned=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    if not heads.is_available():
        print("the learned layer is not installed: pip install 'closeknit[learned]'")
        return 0
    started = time.perf_counter()
    heads.learned_emotion_scores("warm up")
    print(f"load and first answer: {time.perf_counter() - started:.2f} s")
    for words in (20, 100):
        latency(words, args.rounds, "emotion head", heads.learned_emotion_scores)
    # Steady state: the kind heads loaded and the rules' patterns compiled (lazily, on first use).
    for seed in range(50):
        analyze_message(message(100, seed), previous=PREVIOUS)
    full_analysis("warm up the kind heads")
    for words in (20, 100):
        latency(words, args.rounds, "full analysis, learned", full_analysis, first_seed=FRESH)
    batch = [message(20, seed) for seed in range(1000)]
    started = time.perf_counter()
    heads.learned_emotion_scores_batch(batch)
    rate = len(batch) / (time.perf_counter() - started)
    threads = heads.embedder().threads
    print(f"batch of {len(batch)} 20-word messages, {threads} threads: {rate:.0f} messages/s")
    sequence = [message(20, FRESH * 2 + seed) for seed in range(300)]
    started = time.perf_counter()
    for text in sequence:
        full_analysis(text)
    rate = len(sequence) / (time.perf_counter() - started)
    print(f"full analysis with the learned layer, one message at a time: {rate:.0f} messages/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")
    # For a process that shares the machine (say one web worker per core).
    single = Embedder(threads=1)
    started = time.perf_counter()
    single.embed_layers(batch)
    rate = len(batch) / (time.perf_counter() - started)
    print(f"the same batch, vectors only, 1 thread: {rate:.0f} messages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
