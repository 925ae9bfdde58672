"""How close a reply stays to the other's words: shared content words and shared feelings.

A paraphrase reuses the other's words or their feelings ("I'm exhausted" → "you're worn
out"), so each message becomes a set of word stems plus one key per emotion it names.
"""

from __future__ import annotations

import re

from closeknit_core.coach.content import emotion_lexicon
from closeknit_core.coach.emotions import emotion_of_word

WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# Only the first few thousand characters matter for closeness; this keeps huge inputs cheap.
READ_LIMIT = 4000
SUFFIXES = (
    "ingly",
    "fully",
    "edly",
    "ness",
    "ment",
    "ful",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "ly",
    "s",
)
STOPWORDS = frozenset({
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "because", "been", "before", "being", "both", "but", "by", "can", "could", "did",
    "do", "does", "doing", "done", "down", "during", "each", "even", "ever", "every", "few",
    "for", "from", "further", "get", "gets", "getting", "got", "had", "has", "have", "having",
    "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "like", "me", "more", "most", "my", "myself", "no", "nor", "not", "now",
    "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
    "really", "right", "same", "say", "saying", "said", "says", "she", "should", "so", "some",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "thing",
    "things", "think", "this", "those", "though", "through", "to", "too", "under", "until", "up",
    "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your", "yours", "yourself", "im", "ive", "id",
    "youre", "youve", "youd", "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "hear",
    "hearing", "heard", "sound", "sounds", "sounding", "seem", "seems", "feel", "feeling", "felt",
    "mean", "means", "meant", "understand", "understanding", "okay", "ok", "yeah", "yes", "well",
    "oh", "way", "lot", "much", "many", "kind", "sort", "maybe", "still", "always", "never",
    "tell", "telling", "told", "let", "make", "makes", "made", "know", "knew", "want", "wanted",
    "need", "needed", "go", "going", "went"
})  # fmt: skip


def stem(word: str) -> str:
    """A rough stem, enough to match "talking" with "talked".

    >>> stem("talking"), stem("talked"), stem("dishes"), stem("stopped")
    ('talk', 'talk', 'dish', 'stop')
    """
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def content_keys(text: str) -> frozenset[str]:
    """The stems of a text's content words, plus ``emotion:<name>`` for each emotion it names.

    >>> sorted(content_keys("I'm exhausted from cooking every night"))
    ['cook', 'emotion:sadness', 'exhaust', 'night']
    """
    keys: set[str] = set()
    lexicon = emotion_lexicon()
    before = ""
    for match in WORD.finditer(text, 0, READ_LIMIT):
        word = match.group().lower().replace("\u2019", "").replace("'", "")
        found = lexicon.words.get(f"{before} {word}") or emotion_of_word(word, lexicon)
        before = word
        if found is not None:
            keys.add(f"emotion:{found[0]}")
        if len(word) >= 3 and word not in STOPWORDS:
            keys.add(stem(word))
    return frozenset(keys)


def shared_keys(reply: str, previous: str) -> frozenset[str]:
    """The content keys ``reply`` shares with ``previous``.

    >>> sorted(shared_keys("So work has been really stressful?", "I'm so stressed at work"))
    ['emotion:fear', 'stress', 'work']
    """
    return content_keys(reply) & content_keys(previous)
