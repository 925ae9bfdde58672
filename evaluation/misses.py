"""What the coach's rules miss and wrongly flag, for tuning: dev half and tuning set only.

    python -m evaluation.misses [--set dev|tuning|FILE.jsonl] [--kind criticism] [--show both]

The odd-numbered (held-out) half of the team set is never shown here: it is what tells
whether tuning generalises, so nobody tuning the rules may read it (``make eval`` prints only
its figures). The tuning set is ``tests/data/coach/tuning/*.jsonl``, written after the team
set and labelled the same way (tests/data/coach/README.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from closeknit_core.coach.types import Kind
from evaluation.coach import TEAM_DIR, in_split, predicted_kinds, read_jsonl
from evaluation.metrics import count

TUNING_DIR = TEAM_DIR / "tuning"


def load(which: str) -> list[dict[str, Any]]:
    """Items with gold labels: the dev half, the whole tuning set, or one JSON Lines file."""
    if which == "dev":
        return [
            item for item in read_jsonl(TEAM_DIR / "team_set.jsonl") if in_split(item["id"], "dev")
        ]
    if which == "tuning":
        return [item for path in sorted(TUNING_DIR.glob("*.jsonl")) for item in read_jsonl(path)]
    path = Path(which).resolve()
    if path.parent == TEAM_DIR.resolve():
        raise SystemExit("the team set's files are read through --set dev only")
    return read_jsonl(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.misses", description=__doc__)
    parser.add_argument("--set", dest="which", default="tuning", help="dev, tuning or a file")
    parser.add_argument("--kind", choices=[kind.value for kind in Kind], action="append")
    parser.add_argument("--show", choices=("missed", "wrong", "both", "none"), default="both")
    options = parser.parse_args(argv)
    items = [item for item in load(options.which) if "turns" not in item]
    kinds = [Kind(value) for value in options.kind] if options.kind else list(Kind)
    predictions = [predicted_kinds(item) for item in items]
    print(f"{len(items)} message items from {options.which}")
    print(f"  {'kind':22} {'n+':>4} {'P':>5} {'R':>5} {'F1':>5}  false+  false-")
    for kind in kinds:
        if kind is Kind.INTERRUPTING:
            continue
        gold = [kind.value in item["labels"] for item in items]
        found = [kind in predicted for predicted in predictions]
        counts = count(gold, found)
        wrong = [i for i, (g, f) in enumerate(zip(gold, found, strict=True)) if f and not g]
        missed = [i for i, (g, f) in enumerate(zip(gold, found, strict=True)) if g and not f]
        print(
            f"  {kind.value:22} {sum(gold):4d} {counts.precision:5.2f} {counts.recall:5.2f} "
            f"{counts.f1:5.2f}  {len(wrong):6d}  {len(missed):6d}"
        )
        shown = {"missed": [("missed", missed)], "wrong": [("wrongly flagged", wrong)]}
        shown["both"] = shown["missed"] + shown["wrong"]
        for title, indices in shown.get(options.show, []):
            for index in indices:
                item = items[index]
                before = f"  [after: {item['previous']}]" if item.get("previous") else ""
                print(f"      {title}: {item['id']}: {item['text']}{before}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
