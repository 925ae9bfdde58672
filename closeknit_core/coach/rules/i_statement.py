"""I-statements: one's own feeling or need about a situation ("I feel lonely when…").

"I feel like you never listen" and "I feel that you…" talk about the other person, so they
are not I-statements (criticism claims them). "I feel like I'm invisible" still is.
"""

from __future__ import annotations

from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    DONT,
    FEELINGS,
    I_AM,
    I_WOULD,
    NEGATIVE_FEELINGS,
    Span,
    gated,
    is_disowned,
    next_break,
    phrases,
    trim,
)

FEELING = phrases(*FEELINGS)
# Feelings that say something on their own: "I'm so hurt." ("I'm tired." is small talk.)
CASUAL = {"tired", "exhausted", "stuck", "down", "low", "sore", "alone", "drained", "close"}
STRONG_FEELING = phrases(*(feeling for feeling in NEGATIVE_FEELINGS if feeling not in CASUAL))
OPENER = (
    r"(?:really\s+|just\s+|often\s+|sometimes\s+|still\s+|do\s+|also\s+|kind\s+of\s+|kinda\s+|"
    r"honestly\s+)?"
)
# What may not follow "I feel": the other person or a claim about them.
NOT_A_FEELING = (
    r"(?!\s+(?:like|that|as\s+if|as\s+though|you|u|ur|your|it|this|him|her|them|he|she|they|"
    r"we|the\s+same|nothing|sorry\s+for\s+you|fine|ok|okay)\b)"
)
I_FEEL = gated(
    rf"\bI(?:\s+{OPENER}(?:feel|felt|am\s+feeling|have\s+been\s+feeling|was\s+feeling|"
    rf"start\s+to\s+feel|started\s+to\s+feel)|{APOSTROPHE}m\s+(?:really\s+|just\s+|still\s+)?feeling|"
    rf"{APOSTROPHE}ve\s+been\s+feeling)\b"
    rf"{NOT_A_FEELING}\s+\S"
    rf"|\bI\s+{OPENER}(?:feel|felt)\s+(?:like|as\s+if|as\s+though)\s+(?:I{APOSTROPHE}m|I\s+am|"
    rf"I\s+have|I{APOSTROPHE}ve|I\s+{DONT}|I\s+can{APOSTROPHE}t|I\s+never|I\s+always|I\s+matter|we|"
    r"nobody|no\s+one|I\s+was|I\s+had|I\s+need|I\s+don\u2019t)\b"
    rf"|\bI\s+{OPENER}(?:{DONT}|didn{APOSTROPHE}t)\s+feel\s+(?:very\s+|really\s+)?(?:heard|seen|valued|"
    r"appreciated|supported|safe|close|connected|loved|respected|important|understood|"
    r"like\s+a\s+priority|like\s+I\s+matter|wanted|included|cared\s+for)\b"
    rf"|\bI\s+{OPENER}(?:get|got|become|became)\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+|a\s+little\s+)?"
    rf"{FEELING}\s+(?:when|because|if|after|whenever)\b",
    "feel felt feeling get got become became",
)
I_AM_FEELING = gated(
    rf"\b(?:{I_AM}|I\s+was|I{APOSTROPHE}ve\s+been|I\s+have\s+been)\s+(?:(?:so|really|very|a\s+bit|"
    r"a\s+little|getting|kind\s+of|kinda|pretty|quite|just|still|starting\s+to\s+feel|"
    rf"feeling|honestly|feeling\s+really|feeling\s+so)\s+){{0,2}}{FEELING}\s+"
    r"(?:when|because|about|that|after|since|if|with|by|from|whenever|every\s+time|lately|"
    r"these\s+days)\b"
    rf"|\b{I_AM}\s+feeling\s+(?:(?:so|really|very|a\s+bit|a\s+little|pretty|quite)\s+)?{FEELING}\b"
    rf"|\b{I_AM}\s+(?:(?:so|really|very|a\s+bit|a\s+little|pretty|quite|honestly|just|still)\s+){{0,2}}"
    rf"{STRONG_FEELING}(?=\s*(?:[.!,;]|$|right\s+now|too|and\s+I))",
    "im am was been",
)
I_NEED = gated(
    rf"\bI\s+{OPENER}(?:need|needed)\s+(?:some|a|more|less|time|space|help|quiet|you\s+to|us\s+to|"
    r"to\s+feel|to\s+know|to\s+hear|to\s+talk|to\s+rest|to\s+be|to\s+take|a\s+break|reassurance|"
    r"support|rest|your|our|someone|company|a\s+hug|a\s+minute|a\s+moment|a\s+pause|it\s+when)\b"
    rf"|\b{I_WOULD}\s+(?:really\s+)?(?:like|love|appreciate)\s+(?:it\s+if|if|us\s+to|for\s+us|"
    r"you\s+to|some|more|a\s+bit|to\s+(?:talk|spend|feel|have|know|hear|try|plan|share|find|"
    r"do\s+more|be\s+(?:closer|heard|included)))\b"
    r"|\bI\s+(?:really\s+)?want\s+us\s+to\b|\bwhat\s+I\s+(?:really\s+)?need\s+(?:is|right\s+now)\b"
    rf"|\bit{APOSTROPHE}s\s+(?:really\s+|so\s+)?important\s+to\s+me\b|\bit\s+is\s+(?:really\s+)?important\s+to\s+me\b"
    r"|\bI\s+(?:really\s+|start\s+to\s+|tend\s+to\s+|just\s+)?(?:worry|panic|get\s+lonely)\b"
    r"|\bI\s+(?:really\s+)?(?:love|appreciate|like)\s+it\s+when\b|\bI\s+(?:really\s+)?wish\s+we\s+(?:could|had|were|did)\b"
    r"|\bI\s+(?:really\s+|just\s+)?(?:miss|missed)\s+(?:you|us|when|our|spending|talking|the\s+way|"
    r"having|being|how)\b"
    rf"|\b(?:I\s+was|I{APOSTROPHE}m|I\s+am)\s+hoping\s+(?:we|you|that\s+we|that\s+you)\b"
    r"|\bit\s+(?:would|will)\s+(?:really\s+)?(?:mean\s+a\s+lot\s+to\s+me|help\s+me)\b"
    rf"|\bit\s+(?:really\s+)?(?:hurts|hurt|scares|scared|worries|worried|upsets|upset)\s+me\s+"
    r"(?:when|that|because|to)\b"
    r"|\bit\s+(?:really\s+)?(?:stung|stings)(?:\s+me)?(?:\s+(?:a\s+bit|a\s+little|so\s+much))?\s+"
    r"(?:when|that|because)\b"
    # "Being left on read makes me anxious": a situation, not "you make me feel…".
    rf"|\bmakes\s+me\s+(?:feel\s+)?(?:so\s+|really\s+|a\s+bit\s+)?{FEELING}\b"
    rf"|\bit\s+(?:really\s+)?(?:makes|made)\s+me\s+(?:feel\s+)?(?:so\s+|really\s+)?{FEELING}\b",
    "need needed like love appreciate want wish miss missed hoping mean help hurts hurt scares "
    "scared worries worried upsets upset makes made important worry panic lonely stung stings",
)


def find_i_statements(text: str, previous: str | None = None) -> list[Span]:
    """Spans of one's own feelings and needs, to the end of their sentence.

    >>> text = "I feel lonely when we don't talk in the evening."
    >>> [text[start:end] for start, end in find_i_statements(text)]
    ["I feel lonely when we don't talk in the evening"]
    """
    spans = []
    for rule in (I_FEEL, I_AM_FEELING, I_NEED):
        for match in rule.finditer(text):
            if is_disowned(text, match.start()):
                continue
            end = next_break(text, match.end(), ".!?\n;", 200)
            spans.append(trim(text, match.start(), end))
    return spans
