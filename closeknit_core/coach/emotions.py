"""Emotion scores for a message from Closeknit's own lexicon: Ekman's six plus neutral.

Each feeling word adds to its emotion; "not" (within three words, same clause) turns joy
towards sadness and cancels the others; "so"/"really" strengthen, "a bit" softens, capitals
and exclamation marks add weight. A fixed neutral weight means that a message without
feeling words is neutral, and one strong word is enough to lead. A learned head may replace
this later; the interface stays.
"""

from __future__ import annotations

import re

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


def emotion_scores(text: str) -> dict[str, float]:
    """Scores over ``EMOTIONS`` that sum to 1; neutral leads when no feeling is found.

    >>> scores = emotion_scores("I'm so angry right now")
    >>> max(scores, key=scores.__getitem__)
    'anger'
    >>> emotion_scores("See you at 7")["neutral"]
    1.0
    """
    raw = raw_scores(text[:READ_LIMIT], emotion_lexicon())
    felt = sum(raw.values())
    if felt:
        boost = 1 + 0.1 * min(text.count("!", 0, 10_000), 3)
        raw = {emotion: score * boost for emotion, score in raw.items()}
    total = sum(raw.values()) + NEUTRAL_WEIGHT
    scores = {emotion: raw.get(emotion, 0.0) / total for emotion in EMOTIONS[:-1]}
    scores["neutral"] = NEUTRAL_WEIGHT / total
    return scores


def raw_scores(text: str, lexicon: EmotionLexicon) -> dict[str, float]:
    """The summed weight of every emotion word in ``text``, negation and intensity applied."""
    scores = dict.fromkeys(EMOTIONS[:-1], 0.0)
    recent: list[str] = []
    for match in TOKEN.finditer(text):
        token = match.group()
        word = token.lower().replace("\u2019", "").replace("'", "")
        if word in CLAUSE_END:
            recent.clear()
            continue
        found = lookup(word, recent, lexicon) or lexicon_emoji(token, lexicon)
        if found is not None:
            emotion, weight = found
            add_score(scores, emotion, weight * strength(token, recent, lexicon), recent, lexicon)
        recent.append(word)
        if len(recent) > NEGATION_REACH:
            recent.pop(0)
    return scores


def lookup(word: str, recent: list[str], lexicon: EmotionLexicon) -> tuple[str, float] | None:
    """The emotion and weight of ``word``, as a two-word phrase with the word before it first."""
    if recent:
        phrase = lexicon.words.get(f"{recent[-1]} {word}")
        if phrase is not None:
            return phrase
    return emotion_of_word(word, lexicon)


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


def lexicon_emoji(token: str, lexicon: EmotionLexicon) -> tuple[str, float] | None:
    """An emoji's emotion, at full weight."""
    emotion = lexicon.emoji.get(token)
    return None if emotion is None else (emotion, 1.0)


def strength(token: str, recent: list[str], lexicon: EmotionLexicon) -> float:
    """How much a word counts: more after "so" or in capitals, less after "a bit"."""
    factor = 1.0
    if recent and recent[-1] in lexicon.intensifiers:
        factor *= INTENSIFIED
    if recent and recent[-1] in lexicon.softeners:
        factor *= SOFTENED
    if len(token) > 2 and token.isupper():
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
