"""How close a reply stays to the other's words: shared content words and shared feelings.

A paraphrase reuses the other's words or their feelings ("I'm exhausted" → "you're worn
out"), so each message becomes a set of word stems plus one key per emotion it names. Common
everyday words with a near twin ("evening" for "night", "bugs" for "annoys") share one key.
A restatement also turns the other's "I" into "you" and keeps the shape of what they said
("it's not X, it's Y"; "I feel like…" → "you feel like…"); ``restatement_closeness`` counts
those too.
"""

from __future__ import annotations

import functools
import re

from closeknit_core.coach.content import emotion_lexicon
from closeknit_core.coach.emotions import emotion_of_word
from closeknit_core.coach.rules.common import lazy

WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# "the cooking's fine" and "work's busy" name the same thing as "cooking" and "work".
POSSESSIVE = re.compile(r"['\u2019]s$")
# Only the first few thousand characters matter for closeness; this keeps huge inputs cheap.
READ_LIMIT = 4000
SUFFIXES = (
    "ingly",
    "fully",
    "edly",
    "ings",
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


# Near twins among everyday words: each group shares one key (see ``twin_keys``).
TWINS = (
    ("night", "evening", "tonight"),
    ("annoyed", "bugs", "irritated", "bothers", "winds"),
    ("worried", "scared", "afraid", "nervous", "anxious", "fear", "frightened"),
    ("hurt", "stung", "stings", "upset", "wounded"),
    ("alone", "lonely", "loneliness", "yourself", "myself", "solo"),
    ("glad", "happy", "liked", "enjoyed", "pleased"),
    ("money", "cash", "lending", "borrowing", "loan", "paying"),
    ("kids", "children", "child", "parenting"),
    ("job", "work", "office", "boss", "manager", "shifts"),
    ("talking", "chatting", "speaking", "conversation"),
    ("tired", "exhausted", "drained", "shattered", "knackered", "wiped"),
    ("stressed", "overwhelmed", "swamped", "pressure"),
    ("mum", "mom", "mother", "mam"),
    ("dad", "father"),
    ("house", "home", "flat"),
    ("forgot", "forgetting"),
    ("helping", "support", "hand"),
    ("uneven", "unfair", "lopsided", "imbalance"),
    ("fight", "argument", "argue", "arguing", "row", "rows", "fights"),
    ("quiet", "silence", "silent", "peace"),
    ("ignoring", "avoiding", "ignore", "avoid", "blanking"),
    ("swamped", "buried", "drowning", "snowed", "slammed"),
    ("exams", "revision", "revising", "studying", "uni", "school"),
    ("rushed", "hurried", "hurry", "rush"),
    ("notice", "warning", "heads", "advance"),
    ("asked", "asking", "consulted", "included", "include"),
    ("plans", "planning", "organising", "booking", "arranging"),
    ("friends", "mates", "pals"),
    ("partner", "husband", "wife", "boyfriend", "girlfriend"),
    ("baby", "newborn", "feeds", "feeding"),
    ("texting", "messaging", "messages", "texts", "phone"),
    ("ready", "prepared"),
    ("noise", "noisy", "loud", "racket"),
)


def stem(word: str) -> str:
    """A rough stem, enough to match "talking" with "talked" and "worry" with "worries".

    >>> stem("talking"), stem("talked"), stem("dishes"), stem("stopped"), stem("worries")
    ('talk', 'talk', 'dish', 'stop', 'wor')
    >>> stem("moved"), stem("move"), stem("bedtimes"), stem("worry")
    ('mov', 'mov', 'bedtim', 'wor')
    """
    for suffix in SUFFIXES:
        if suffix == "es" and word.endswith("es") and word[-3:-2] not in ("s", "x", "z", "h"):
            continue  # "bedtimes" is "bedtime" + "s", unlike "dishes"
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] in "yie":
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def twin_keys() -> dict[str, str]:
    """Each twin's stem mapped to the first word of its group, the group's shared key.

    >>> keys = twin_keys()
    >>> keys[stem("evening")], keys[stem("bugs")]
    ('night', 'annoyed')
    """
    return {stem(word): group[0] for group in TWINS for word in group}


TWIN_KEYS = twin_keys()


# A reply is compared with the same previous turn once per opener it holds: remember both.
@functools.lru_cache(maxsize=64)
def content_keys(text: str) -> frozenset[str]:
    """The stems of a text's content words, plus ``emotion:<name>`` for each emotion it names.

    >>> sorted(content_keys("I'm exhausted from cooking every night"))
    ['cook', 'emotion:sadness', 'night', 'tired']
    """
    keys: set[str] = set()
    lexicon = emotion_lexicon()
    before = ""
    for match in WORD.finditer(text, 0, READ_LIMIT):
        word = POSSESSIVE.sub("", match.group().lower()).replace("\u2019", "").replace("'", "")
        found = lexicon.words.get(f"{before} {word}") or emotion_of_word(word, lexicon)
        before = word
        if found is not None:
            keys.add(f"emotion:{found[0]}")
        if len(word) >= 3 and word not in STOPWORDS:
            stemmed = stem(word)
            keys.add(TWIN_KEYS.get(stemmed, stemmed))
    return frozenset(keys)


def shared_keys(reply: str, previous: str) -> frozenset[str]:
    """The content keys ``reply`` shares with ``previous``.

    >>> sorted(shared_keys("So work has been really stressful?", "I'm so stressed at work"))
    ['emotion:fear', 'job', 'stressed']
    """
    return content_keys(reply) & content_keys(previous)


FIRST_PERSON = frozenset({"i", "me", "my", "mine", "im", "ive", "id", "ill"})
SECOND_PERSON = frozenset(
    {"you", "your", "yours", "yourself", "youre", "youve", "youd", "youll", "u", "ur"}
)
FEEL = lazy(r"\b(?:feel|feels|felt|feeling)\b")
# "it's not X, it's Y" / "X, not Y": a distinction the other drew, kept in the restatement.
CONTRAST = lazy(
    r"\bnot\b[^.?!\n]{0,80},\s*(?:it|I|you|u|but|just|more|rather)\b|,\s*(?:and\s+)?not\b"
    r"|\b(?:more|rather)\s+than\b",
)


# "I want…" / "I'd rather…" said back as "you want…" / "you'd rather…": a need kept.
WISH = lazy(
    r"\b(?:want|wants|wanted|need|needs|needed|wish|wished|prefer|rather|would\s+like|"
    r"(?:I|you|u|we)['\u2019]?d\s+(?:like|love))\b",
)
# "It's the X that…": the part the other singled out, kept in the restatement.
CLEFT = lazy(
    r"\b(?:it['\u2019]?s|it\s+is|it\s+was|that['\u2019]?s)\s+(?:the|that|not|when|being|having)\b",
)


@functools.lru_cache(maxsize=64)
def person_words(text: str) -> frozenset[str]:
    """The lowercase words of ``text`` (apostrophes dropped) within the closeness read limit."""
    return frozenset(
        match.group().lower().replace("\u2019", "").replace("'", "")
        for match in WORD.finditer(text, 0, READ_LIMIT)
    )


def restatement_closeness(reply: str, previous: str) -> int:
    """Shared keys, plus one each for turning "I" into "you" and for a kept feeling, contrast,
    need or focus ("it's the…").

    >>> restatement_closeness("So you feel left out at parties?", "I feel left out at parties.")
    5
    """
    shared = len(shared_keys(reply, previous))
    reply_words, previous_words = person_words(reply), person_words(previous)
    is_flipped = not FIRST_PERSON.isdisjoint(previous_words) and not SECOND_PERSON.isdisjoint(
        reply_words
    )
    keeps_feeling = FEEL.search(reply) is not None and FEEL.search(previous) is not None
    keeps_contrast = CONTRAST.search(reply) is not None and CONTRAST.search(previous) is not None
    keeps_wish = WISH.search(reply) is not None and WISH.search(previous) is not None
    keeps_focus = CLEFT.search(reply) is not None and CLEFT.search(previous) is not None
    return shared + is_flipped + keeps_feeling + keeps_contrast + keeps_wish + keeps_focus
