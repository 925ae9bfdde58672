"""Emotion scores for a message from Closeknit's own lexicon: Ekman's six plus neutral.

Each feeling word adds to its emotion; "not" (within three words, same clause) turns joy
towards sadness and cancels the others; "so"/"really" strengthen, "a bit" softens, capitals
and exclamation marks add weight. A fixed neutral weight means that a message without
feeling words is neutral, and one strong word is enough to lead. A learned head may replace
this later; the interface stays.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from closeknit_core.coach.content import EmotionLexicon, emotion_lexicon
from closeknit_core.coach.types import EMOTIONS

NEUTRAL_WEIGHT = 0.5
NEGATED_JOY_AS_SADNESS = 0.5
INTENSIFIED = 1.5
SOFTENED = 0.5
SHOUTED = 1.5
NEGATION_REACH = 3
LONGEST_PREFIX = 12
# As for the detectors: no message is longer, and it bounds the time a pasted book takes.
READ_LIMIT = 100_000
TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*|[^\w\s]")
CLAUSE_END = frozenset(".,;:!?")
# "isnt", "wasnt" and friends arrive without their apostrophe; these are their stems.
NEGATABLE = frozenset({
    "do", "does", "did", "is", "are", "was", "were", "wo", "would", "should", "could", "ca",
    "have", "has", "had", "ai"
})  # fmt: skip
# Tokens repeat across messages; past this many distinct ones, the least recent are forgotten.
TOKEN_CACHE_SIZE = 16_384


class TokenFacts(NamedTuple):
    """What scoring needs to know about one token, worked out once per distinct token."""

    word: str
    emotion: tuple[str, float] | None
    is_shouted: bool
    can_end_phrase: bool


def emotion_scores(text: str) -> dict[str, float]:
    """Scores over ``EMOTIONS`` that sum to 1; neutral leads when no feeling is found.

    >>> scores = emotion_scores("I'm so angry right now")
    >>> max(scores, key=scores.__getitem__)
    'anger'
    >>> emotion_scores("See you at 7")["neutral"]
    1.0
    """
    raw = raw_scores(text[:READ_LIMIT])
    felt = sum(raw.values())
    if felt:
        boost = 1 + 0.1 * min(text.count("!", 0, 10_000), 3)
        raw = {emotion: score * boost for emotion, score in raw.items()}
    total = sum(raw.values()) + NEUTRAL_WEIGHT
    scores = {emotion: raw.get(emotion, 0.0) / total for emotion in EMOTIONS[:-1]}
    scores["neutral"] = NEUTRAL_WEIGHT / total
    return scores


def raw_scores(text: str) -> dict[str, float]:
    """The summed weight of every emotion word in ``text``, negation and intensity applied."""
    lexicon = emotion_lexicon()
    scores = dict.fromkeys(EMOTIONS[:-1], 0.0)
    recent: list[str] = []
    for token in TOKEN.findall(text):
        word, found, is_shouted, can_end_phrase = token_facts(token)
        if word in CLAUSE_END:
            recent.clear()
            continue
        if can_end_phrase and recent:
            found = lexicon.words.get(f"{recent[-1]} {word}") or found
        if found is not None:
            emotion, weight = found
            amount = weight * strength(is_shouted, recent, lexicon)
            add_score(scores, emotion, amount, recent, lexicon)
        recent.append(word)
        if len(recent) > NEGATION_REACH:
            del recent[0]
    return scores


@functools.lru_cache(maxsize=TOKEN_CACHE_SIZE)
def token_facts(token: str) -> TokenFacts:
    """What the lexicon says about ``token``: a message's tokens are mostly common words.

    >>> token_facts("FURIOUS")
    TokenFacts(word='furious', emotion=('anger', 1.0), is_shouted=True, can_end_phrase=False)
    """
    lexicon = emotion_lexicon()
    word = token.lower().replace("\u2019", "").replace("'", "")
    emotion = emotion_of_word(word, lexicon)
    if emotion is None and token in lexicon.emoji:
        emotion = (lexicon.emoji[token], 1.0)
    is_shouted = len(token) > 2 and token.isupper()
    return TokenFacts(word, emotion, is_shouted, word in phrase_ends())


@functools.cache
def phrase_ends() -> frozenset[str]:
    """The last word of every two-word lexicon entry: only these can complete a phrase."""
    return frozenset(key.rpartition(" ")[2] for key in emotion_lexicon().words if " " in key)


def emotion_of_word(word: str, lexicon: EmotionLexicon | None = None) -> tuple[str, float] | None:
    """The emotion and weight of one lowercase word, by exact entry or by prefix.

    >>> emotion_of_word("annoying")
    ('anger', 1.0)
    """
    lexicon = lexicon or emotion_lexicon()
    exact = lexicon.words.get(word)
    if exact is not None:
        return exact
    for length in range(min(len(word), LONGEST_PREFIX), 2, -1):
        found = lexicon.prefixes.get(word[:length])
        if found is not None:
            return found
    return None


def strength(is_shouted: bool, recent: list[str], lexicon: EmotionLexicon) -> float:
    """How much a word counts: more after "so" or in capitals, less after "a bit"."""
    factor = 1.0
    if recent and recent[-1] in lexicon.intensifiers:
        factor *= INTENSIFIED
    if recent and recent[-1] in lexicon.softeners:
        factor *= SOFTENED
    if is_shouted:
        factor *= SHOUTED
    return factor


def add_score(
    scores: dict[str, float],
    emotion: str,
    amount: float,
    recent: list[str],
    lexicon: EmotionLexicon,
) -> None:
    """Add ``amount`` to ``emotion``, unless a recent "not" turns or cancels it."""
    is_negated = any(is_negator(word, lexicon) for word in recent)
    if not is_negated:
        scores[emotion] = scores.get(emotion, 0.0) + amount
    elif emotion == "joy":
        scores["sadness"] += amount * NEGATED_JOY_AS_SADNESS


def is_negator(word: str, lexicon: EmotionLexicon) -> bool:
    """Whether ``word`` negates ("not", "never", "didn't" with or without its apostrophe).

    >>> is_negator("wasnt", emotion_lexicon()), is_negator("want", emotion_lexicon())
    (True, False)
    """
    return word in lexicon.negators or (word.endswith("nt") and word[:-2] in NEGATABLE)
