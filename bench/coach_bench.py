"""`make bench`: how fast the coach answers on this machine. Prints figures; asserts nothing.

    python -m bench.coach_bench [--rounds 2000]

Figures: latency percentiles per message (short, 20 words, 100 words), batch
throughput, peak memory, and the time from a fresh interpreter's import to the
first analysis. The messages are our own, built here; no data set is needed.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

from closeknit.coach_cli import analysed_batches
from closeknit_core.coach import analyze_message
from closeknit_core.coach.detectors import detect

OPENINGS = [
    "You never",
    "I feel lonely when we",
    "Whatever, I'm done, you always",
    "So you're saying you want us to",
    "That makes sense, what part of",
    "Oh great, another brilliant plan to",
    "You just want to",
    "Could you tell me more about how we",
]
MIDDLES = [
    "talk about the weekend plans with your sister",
    "leave the dishes until the morning after dinner",
    "check your phone while I am telling you about work",
    "make decisions about money without asking me first",
    "forget to call when you are running late again",
    "spend the evening apart without saying why",
]
ENDINGS = ["", ".", "?", "!", " and it hurts.", ", I need some quiet after work."]
FILLER = [
    "and",
    "honestly",
    "it",
    "has",
    "been",
    "on",
    "my",
    "mind",
    "for",
    "a",
    "while",
    "now",
    "because",
    "the",
    "last",
    "few",
    "weeks",
    "have",
    "felt",
    "busy",
    "and",
    "I",
    "would",
    "like",
    "us",
    "to",
    "find",
    "a",
    "calmer",
    "way",
    "to",
    "handle",
    "it",
    "together",
]


def message(generator: random.Random, words: int | None) -> str:
    text = f"{generator.choice(OPENINGS)} {generator.choice(MIDDLES)}{generator.choice(ENDINGS)}"
    if words is None:
        return text
    pieces = text.split()
    while len(pieces) < words:
        pieces.append(generator.choice(FILLER))
    return " ".join(pieces[:words])


def percentiles(samples: Sequence[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    return statistics.median(ordered), at(0.95), at(0.99)


def latency(analyse: Callable[[str], object], texts: Sequence[str]) -> tuple[float, float, float]:
    samples = []
    for text in texts:
        began = time.perf_counter()
        analyse(text)
        samples.append((time.perf_counter() - began) * 1000)
    return percentiles(samples)


def first_analysis_seconds() -> float:
    script = (
        "import time; began = time.perf_counter()\n"
        "from closeknit_core.coach import analyze_message\n"
        "analyze_message('You never listen to me')\n"
        "print(time.perf_counter() - began)\n"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.coach_bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=2000, help="messages per measurement")
    options = parser.parse_args(argv)
    generator = random.Random(7)  # noqa: S311 (test data, not secrets)
    cold = first_analysis_seconds()
    short = [message(generator, None) for _ in range(options.rounds)]
    twenty = [message(generator, 20) for _ in range(options.rounds)]
    hundred = [message(generator, 100) for _ in range(options.rounds)]
    for text in short[:50]:
        analyze_message(text)  # warm caches before timing
    print("Closeknit coach benchmark (rules layer; analyze_message = findings, emotions, rewrites)")
    for label, texts in (("short message", short), ("20 words", twenty), ("100 words", hundred)):
        median, p95, p99 = latency(analyze_message, texts)
        print(f"  {label:14} median {median:6.3f} ms   p95 {p95:6.3f} ms   p99 {p99:6.3f} ms")
    batch = short + twenty
    for label, analyse in (("batch, full", analyze_message), ("batch, detect", detect)):
        began = time.perf_counter()
        for text in batch:
            analyse(text)
        rate = len(batch) / (time.perf_counter() - began)
        print(f"  {label:14} {rate:,.0f} messages/s on one core (short and 20-word mixed)")
    # What `closeknit coach --input FILE --workers 2` does: JSON lines out, pool start included.
    began = time.perf_counter()
    for _ in analysed_batches(iter(enumerate(batch)), workers=2):
        pass
    rate = len(batch) / (time.perf_counter() - began)
    print(f"  batch, 2 procs {rate:,.0f} messages/s, the CLI's --input --workers 2 (JSON lines)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory    {peak:,.0f} MB (whole process)")
    print(f"  first analysis {cold * 1000:,.0f} ms after a fresh import")
    return 0


if __name__ == "__main__":
    sys.exit(main())
