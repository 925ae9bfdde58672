"""Stonewalling: closing the door on the conversation: "whatever", "I'm done", "forget it".

Most of these words are innocent elsewhere, so the rules look at the whole sentence: "Fine."
alone shuts a door, "fine by me, see you at 7" opens one; "I'm done with the dishes" is news.
"""

from __future__ import annotations

import re

from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    DONT,
    I_AM,
    WARM_EMOJI,
    Span,
    compile_rule,
    gated,
    is_disowned,
    sentence_of,
)

FILLER = (
    r"(?:ok|okay|k|fine|yeah|yea|yep|well|oh|sure|ugh|meh|just|so|and|you\s+know\s+what|"
    r"seriously|honestly|look|alright|right|then|no|nah|god|wow|lol)"
)
CLOSING = (
    r"(?:whatever|forget\s+it|never\s*mind|nvm|(?:i\s*m|i\s+am)\s+(?:so\s+|just\s+|totally\s+|"
    r"completely\s+|officially\s+)?done(?:\s+(?:talking(?:\s+about\s+(?:this|it))?|arguing|discussing|trying|here|"
    r"with\s+(?:this|you|it\s+all|us|this\s+conversation|this\s+discussion|this\s+relationship|"
    r"your\s+(?:excuses|attitude|games|crap|bs|drama|lies|nonsense))))?"
    r"|i\s+(?:dont|do\s+not)\s+care(?:\s+anymore)?|do\s+what(?:ever)?\s+you\s+(?:want|like)"
    r"|talk\s+to\s+the\s+hand|leave\s+me\s+alone"
    r"|(?:i\s*m|i\s+am)\s+not\s+(?:talking|discussing|doing)\s+(?:about\s+)?(?:this|it|to\s+you)"
    r"(?:\s+(?:again|anymore|with\s+you))?"
    r"|this\s+conversation\s+is\s+over|(?:end\s+of|this\s+is\s+the\s+end\s+of\s+the)\s+"
    r"(?:discussion|conversation|story)|(?:were|we\s+are)\s+done\s+(?:here|talking)"
    r"|i\s+(?:have|ve\s+got|got)\s+nothing\s+(?:more\s+|else\s+)?to\s+say(?:\s+to\s+you)?"
    r"|whatever\s+you\s+say|i\s+(?:dont|do\s+not)\s+want\s+to\s+talk\s+about\s+(?:it|this)"
    r"(?:\s+anymore)?|(?:dont|do\s+not|stop)\s+talk(?:ing)?\s+to\s+me|have\s+it\s+your\s+way"
    r"|suit\s+yourself|talk\s+to\s+someone\s+else|(?:this\s+)?conversation\s+(?:is\s+)?over"
    r"|(?:were|we\s+are)\s+done|i\s+(?:dont|do\s+not)\s+want\s+to\s+hear\s+it(?:\s+anymore)?"
    r"|save\s+it|spare\s+me|(?:lets\s+|can\s+we\s+)?(?:just\s+)?drop\s+it)"
)
CLOSING_SENTENCE = re.compile(
    rf"(?:{FILLER}\s+){{0,4}}{CLOSING}(?:\s+(?:{CLOSING}|{FILLER})){{0,4}}"
)
FINE_SENTENCE = re.compile(rf"(?:{FILLER}\s+){{0,2}}fine(?:\s+{FILLER}){{0,2}}")
DEFLECTION = re.compile(r"(?:nothing|(?:i\s*m|i\s+am)\s+fine|nothing\s+(?:i\s*m|i\s+am)\s+fine)")
CONCERNED = compile_rule(
    rf"\b(?:what{APOSTROPHE}s\s+wrong|what\s+is\s+wrong|what\s+happened|are\s+you\s+(?:ok|okay|alright)|"
    r"talk\s+to\s+me|is\s+something\s+wrong|what{APOSTROPHE}s\s+going\s+on)\b"
)
MAX_CLOSING_LENGTH = 100
KEYWORDS = compile_rule(
    r"\b(?:whatever|forget|mind|nvm|done|care|want|like|hand|alone|talking|discussing|discussion|"
    r"conversation|story|nothing|fine|say|talk|way|yourself|else|drop|save|spare|hear|over)\b"
)
INLINE = gated(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:oh|ok|okay|fine|yeah|well|ugh|meh|just|nah),?[ \t]+){0,2}"
    r"(?:whatever|forget\s+it)(?=\s*(?:[,.!…;]|$))"
    rf"|\b{I_AM}\s+(?:so\s+|just\s+|totally\s+|completely\s+|officially\s+)?done(?:\s+(?:talking(?:\s+about\s+(?:this|it))?|"
    r"arguing|discussing|trying|with\s+(?:this|you|it\s+all|us|this\s+conversation|this\s+discussion|"
    r"this\s+relationship|your\s+(?:excuses|attitude|games|crap|bs|drama|lies|nonsense))))?"
    r"(?=\s*(?:[.!,…;]|$))"
    r"|\bleave\s+me\s+alone\b",
    "whatever forget done leave",
)
CELEBRATION = compile_rule(r"🎉|🥳|\b(?:finally|yay|woo+|hooray|finished)\b|!!")
LEAVE_ME_ALONE_NEGATED = compile_rule(rf"\b(?:{DONT}|never|please\s+{DONT})\s+$")
ASKS_IF_DONE = compile_rule(r"\b(?:done|finished|ready)\b[^?]{0,40}\?")
SINCERE_WHATEVER = compile_rule(r"\s*,?\s*(?:works|is\s+fine|you\s+(?:prefer|choose|decide|pick))")


def find_stonewalling(text: str, previous: str | None = None) -> list[Span]:
    """Spans of door-closing words and sentences.

    >>> [text[start:end] for text in ["Whatever."] for start, end in find_stonewalling(text)]
    ['Whatever']
    """
    sentences = candidate_sentences(text)
    closing = [span for span in sentences if is_closing(text[slice(*span)], previous)]
    spans = closing + inline_spans(text, previous)
    if closing or spans or only_fine(text, previous):
        spans.extend(span for span in sentences if is_fine(text[slice(*span)]))
    if is_deflection(text, previous):
        spans.append(sentence_of(text, 0))
    if spans and (WARM_EMOJI.search(text) or "🙂" in text or "👍" in text):
        return []
    if CELEBRATION.search(text, 0, 2000):
        spans = [span for span in spans if "done" not in text[slice(*span)].lower()]
    return sorted(set(spans))


def candidate_sentences(text: str) -> list[Span]:
    """The sentences that hold a stonewalling keyword, each once."""
    seen: dict[Span, None] = {}
    for match in KEYWORDS.finditer(text):
        start, end = sentence_of(text, match.start(), match.end())
        # A sentence that only closes the door is short; longer ones say something else too.
        if end - start <= MAX_CLOSING_LENGTH:
            seen.setdefault((start, end))
    return list(seen)


def normalised(sentence: str) -> str:
    """A sentence as bare lowercase words, apostrophes dropped, for whole-sentence matching.

    >>> normalised("  I\\u2019m DONE. 😤")
    'im done'
    """
    letters = "".join(
        c if c.isalnum() else " " for c in sentence.lower().replace("\u2019", "").replace("'", "")
    )
    return " ".join(letters.split())


def is_closing(sentence: str, previous: str | None) -> bool:
    """Whether a whole sentence does nothing but close the door."""
    words = normalised(sentence)
    if not words or len(words) > 80 or not CLOSING_SENTENCE.fullmatch(words):
        return False
    return not (previous and "done" in words and ASKS_IF_DONE.search(previous))


def is_fine(sentence: str) -> bool:
    """Whether a sentence is a bare "Fine." (or "ok fine", "fine then")."""
    words = normalised(sentence)
    return len(words) <= 30 and FINE_SENTENCE.fullmatch(words) is not None


def only_fine(text: str, previous: str | None) -> bool:
    """Whether the message is nothing but "fine", and not the answer to a question."""
    if previous is not None and "?" in previous:
        return False
    return len(text) <= 40 and is_fine(text)


def is_deflection(text: str, previous: str | None) -> bool:
    """ "Nothing." in answer to "what's wrong?": a door closed on someone reaching out."""
    if previous is None or len(text) > 40 or not CONCERNED.search(previous):
        return False
    return DEFLECTION.fullmatch(normalised(text)) is not None


def inline_spans(text: str, previous: str | None) -> list[Span]:
    """ "Whatever, do what you want", "forget it, I'll do it myself", "I'm done talking"."""
    spans = []
    for match in INLINE.finditer(text):
        word = match.group().strip().lower()
        if word.startswith("leave") and (
            LEAVE_ME_ALONE_NEGATED.search(text, max(0, match.start() - 15), match.start())
            or is_disowned(text, match.start())
        ):
            continue
        if "done" in word:
            nearby = text[max(0, match.start() - 80) : match.end() + 80]
            if CELEBRATION.search(nearby) or (previous and ASKS_IF_DONE.search(previous)):
                continue
        if word.endswith("whatever") and SINCERE_WHATEVER.match(text, match.end()):
            continue
        spans.append(match.span())
    return [span for span in spans if span[0] < span[1]]
