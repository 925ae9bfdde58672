"""How fast the learned emotion head answers on this machine. Prints figures; asserts nothing.

    python -m bench.learned_bench [--rounds 200]

Figures: model load time, latency per message (20 and 100 words, median and p95), batch
throughput with the default threads (one per usable core) and peak memory (max RSS) with
everything loaded, then batch throughput on one thread. The messages are built here.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time

from closeknit_core.coach import heads
from closeknit_core.coach.embedding import Embedder

WORDS = (
    "I", "feel", "so", "tired", "when", "we", "argue", "about", "the", "plans", "for", "the",
    "weekend", "and", "you", "say", "nothing", "at", "dinner", "but", "later", "I", "find",
    "out", "you", "were", "upset", "about", "my", "sister", "and", "work",
)  # fmt: skip


def message(words: int, seed: int) -> str:
    chooser = random.Random(seed)  # noqa: S311 (repeatable made-up text, no secrets)
    return " ".join(chooser.choice(WORDS) for _ in range(words))


def latency(words: int, rounds: int) -> None:
    timings = []
    for seed in range(rounds):
        text = message(words, seed)
        started = time.perf_counter()
        heads.learned_emotion_scores(text)
        timings.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(timings, n=20)[-1]
    median = statistics.median(timings)
    print(f"{words:>3} words: median {median:.1f} ms, p95 {p95:.1f} ms ({rounds} runs)")


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
    latency(20, args.rounds)
    latency(100, args.rounds)
    batch = [message(20, seed) for seed in range(1000)]
    started = time.perf_counter()
    heads.learned_emotion_scores_batch(batch)
    rate = len(batch) / (time.perf_counter() - started)
    threads = heads.embedder().threads
    print(f"batch of {len(batch)} 20-word messages, {threads} threads: {rate:.0f} messages/s")
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
