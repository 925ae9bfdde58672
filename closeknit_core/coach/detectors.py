"""The message detectors: rules and lexicons that find each kind with its exact span.

``detect(text, previous)`` runs one rule per kind (``closeknit_core.coach.rules``), then:

- drops spans that start inside quotation marks, which report someone's words rather than
  say them (unless the quote is the whole message);
- merges overlapping spans of the same kind;
- settles conflicts between kinds, precision first: validation taken back by a defensive
  "but", or said sarcastically, is not validation (the defensiveness or contempt span covers
  it); an I-statement in a sentence that criticises or scorns is not an I-statement; a question
  or a restatement that carries a pitfall is not a listening move; an insult that names what
  the person is ("you're pathetic") is both contempt and criticism (tests/data/coach/README.md).

Interrupting needs two speakers, so it is never found here (see ``conversation.py``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping

from closeknit_core.coach.content import kind_text
from closeknit_core.coach.rules.common import Span, disjoint, sentence_of, trim, without_overlap
from closeknit_core.coach.rules.contempt import find_contempt
from closeknit_core.coach.rules.criticism import find_criticism
from closeknit_core.coach.rules.defensiveness import find_defensiveness
from closeknit_core.coach.rules.i_statement import find_i_statements
from closeknit_core.coach.rules.mind_reading import find_mind_reading
from closeknit_core.coach.rules.questions import find_clarifying_questions, find_paraphrases
from closeknit_core.coach.rules.stonewalling import find_stonewalling
from closeknit_core.coach.rules.validation import find_validation
from closeknit_core.coach.types import PITFALLS, Finding, Kind

Rule = Callable[[str, str | None], list[Span]]
Spans = dict[Kind, list[Span]]

RULES: Mapping[Kind, Rule] = {
    Kind.CRITICISM: find_criticism,
    Kind.CONTEMPT: find_contempt,
    Kind.DEFENSIVENESS: find_defensiveness,
    Kind.STONEWALLING: find_stonewalling,
    Kind.MIND_READING: find_mind_reading,
    Kind.I_STATEMENT: find_i_statements,
    Kind.VALIDATION: find_validation,
    Kind.CLARIFYING_QUESTION: find_clarifying_questions,
    Kind.PARAPHRASE: find_paraphrases,
}
QUOTED = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»')
MESSAGE_PITFALLS = PITFALLS - {Kind.INTERRUPTING}
# What a rewrite is checked for: it must show no pitfall and hold an I-statement.
GENTLENESS_KINDS = frozenset(MESSAGE_PITFALLS | {Kind.I_STATEMENT})
# No message is longer than this; reading no further bounds the time a pasted book can take.
MAX_READ = 100_000


def detect(text: str, previous: str | None = None) -> tuple[Finding, ...]:
    """Every finding in ``text``, sorted by where it starts; ``previous`` is the other's turn.

    >>> [(f.kind.value, f.quote) for f in detect("I feel like you never listen to me.")]
    [('criticism', 'I feel like you never listen to me')]
    >>> [(f.kind.value, f.quote) for f in detect("You always make me laugh")]
    []
    """
    return detect_kinds(text, previous, frozenset(RULES))


def detect_kinds(text: str, previous: str | None, kinds: frozenset[Kind]) -> tuple[Finding, ...]:
    """Like ``detect``, running only the rules for ``kinds`` (the rest count as not found).

    >>> [f.kind.value for f in detect_kinds("You never call. I miss you.", None, GENTLENESS_KINDS)]
    ['criticism', 'i_statement']
    """
    read = text[:MAX_READ]
    if not read.strip():
        return ()
    spans: Spans = {}
    for kind, rule in RULES.items():
        found = rule(read, previous) if kind in kinds else []
        # Most rules find nothing in most messages: nothing to unquote or merge then.
        spans[kind] = merged(read, unquoted(read, found)) if found else []
    return findings(text, settled(read, spans))


def unquoted(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` that start outside quotation marks (unless the quote is the whole message).

    >>> unquoted('He said "you never listen" to me', [(9, 25), (0, 7)])
    [(0, 7)]
    """
    if not spans or not any(mark in text for mark in '"“«'):
        return spans
    whole = trim(text, 0, len(text))
    quotes = [
        match.span()
        for match in QUOTED.finditer(text)
        if not (match.start() <= whole[0] and match.end() >= whole[1])
    ]
    starts = [start for start, _ in quotes]
    kept = []
    for span in spans:
        index = bisect.bisect_right(starts, span[0]) - 1
        if index < 0 or quotes[index][1] <= span[0]:
            kept.append(span)
    return kept


def merged(text: str, spans: list[Span]) -> list[Span]:
    """Trimmed spans, with overlapping ones joined.

    >>> merged("you never help", [(0, 9), (4, 14), (0, 0)])
    [(0, 14)]
    """
    return disjoint(trim(text, start, end) for start, end in spans)


PERSON_INSULT = re.compile(
    r"(?:you(?:'|\u2019)?re|you are|ur|u r)\s+(?:(?:such|so|a|an|just|really|literally|"
    r"honestly|being)\s+){0,3}\w+",
    re.IGNORECASE,
)


def insults_at_the_person(text: str, contempt: list[Span]) -> list[Span]:
    """Contempt that names what the person is ("you're pathetic") is also criticism.

    >>> insults_at_the_person("You're pathetic.", [(0, 15)])
    [(0, 15)]
    >>> insults_at_the_person("Oh great, genius.", [(0, 16)])
    []
    """
    return [(start, end) for start, end in contempt if PERSON_INSULT.match(text, start, end)]


def settled(text: str, spans: Spans) -> Spans:
    """Spans with conflicts between kinds resolved, precision first (see the module notes)."""
    if not any(spans.values()):
        return spans
    pitfalls = [span for kind in MESSAGE_PITFALLS for span in spans[kind]]
    harsh = spans[Kind.CRITICISM] + spans[Kind.CONTEMPT]
    harsh_sentences = [sentence_of(text, start, end) for start, end in harsh]
    settled_spans = {
        **spans,
        Kind.CRITICISM: spans[Kind.CRITICISM] + insults_at_the_person(text, spans[Kind.CONTEMPT]),
        Kind.VALIDATION: without_overlap(
            spans[Kind.VALIDATION], spans[Kind.DEFENSIVENESS] + spans[Kind.CONTEMPT]
        ),
        Kind.I_STATEMENT: without_overlap(spans[Kind.I_STATEMENT], harsh_sentences),
        Kind.PARAPHRASE: without_overlap(spans[Kind.PARAPHRASE], pitfalls),
    }
    settled_spans[Kind.CLARIFYING_QUESTION] = without_overlap(
        spans[Kind.CLARIFYING_QUESTION], pitfalls + settled_spans[Kind.PARAPHRASE]
    )
    return settled_spans


def findings(text: str, spans: Spans) -> tuple[Finding, ...]:
    """Findings for every span, with the kind's explanation and antidote, sorted by position."""
    found: list[Finding] = []
    for kind, kind_spans in spans.items():
        if not kind_spans:
            continue
        wording = kind_text(kind)
        found.extend(
            Finding(
                kind=kind,
                start=start,
                end=end,
                quote=text[start:end],
                explanation=wording.explanation,
                antidote=wording.antidote,
            )
            for start, end in kind_spans
        )
    return tuple(sorted(found, key=lambda f: (f.start, f.end, f.kind.value)))
