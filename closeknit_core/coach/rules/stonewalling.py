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
    NEGATIVE_FEELINGS,
    WARM_EMOJI,
    Span,
    compile_rule,
    gated,
    is_disowned,
    phrases,
    sentence_of,
    trim,
)

FILLER = (
    r"(?:ok|okay|k|fine|yeah|yea|yep|well|oh|sure|ugh|meh|just|so|and|you\s+know\s+what|"
    r"seriously|honestly|look|alright|right|then|no|nah|god|wow|lol|tbh|ngl)"
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
    r"|save\s+it|spare\s+me|(?:lets\s+|can\s+we\s+)?(?:just\s+)?drop\s+it"
    r"|(?:think|believe|say)\s+what(?:ever)?\s+you\s+(?:want|like)"
    r"|(?:(?:i\s*m|i\s+am)|(?:were|we\s+are))\s+not\s+(?:having|doing|answering)\s+(?:this|that|it)"
    r"(?:\s+(?:conversation|discussion|again|anymore|now|with\s+you)){0,2}"
    r"|(?:subject|topic|discussion|case)\s+closed|(?:cba|cant\s+be\s+bothered)(?:\s+with\s+(?:this|it|you))?"
    r"|i\s*ve\s+said\s+(?:all|everything|what)\s+(?:i\s*m\s+going|i\s+(?:want|have|need|wanted|had))\s+to\s+say"
    r"|forget\s+(?:i\s+(?:ever\s+)?(?:said|asked|mentioned)\s+(?:anything|it)|i\s+asked)"
    r"|(?:this\s+is|its)\s+pointless|no\s+point(?:\s+talking(?:\s+to\s+you)?)?"
    r"|(?:i\s*m|i\s+am)\s+hanging\s+up|i\s+(?:dont|do\s+not)\s+have\s+the\s+energy\s+for\s+(?:this|you)"
    r"(?:\s+anymore)?)"
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
    r"conversation|story|nothing|fine|say|talk|way|yourself|else|drop|save|spare|hear|over|"
    r"think|believe|having|doing|answering|closed|cba|bothered|said|pointless|point|"
    r"hanging|energy)\b"
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

# A way back keeps a pause from being a closed door: "I'm done for tonight. Let's talk tomorrow."
WAY_BACK = compile_rule(
    rf"(?<!not\s)\b(?:tomorrow|later|tonight|in\s+(?:an?|\d+|a\s+few|twenty|ten|five|half\s+an)\s+"
    rf"(?:hour|min|minute)s?|come\s+back\s+to|pick\s+(?:this|it)\s+up|can\s+we\s+talk|"
    rf"let{APOSTROPHE}s\s+talk|talk\s+(?:about\s+it\s+)?(?:later|again|properly|when))\b"
)
# A bare reply that closes a door only because of what it answers (labelling guide).
TALK_REQUEST = compile_rule(
    r"\b(?:(?:can|could)\s+(?:we|you)\s+(?:please\s+)?(?:at\s+least\s+)?(?:talk|sort|discuss|"
    rf"pick\s+a\s+time|go\s+over|tell\s+me\s+(?:what{APOSTROPHE}s|what\s+is|what\s+happened|how\s+you))|"
    rf"(?:we\s+(?:need|should|have)\s+to|we\s+should|let{APOSTROPHE}s|I\s+(?:want|need|would\s+like)\s+to)"
    r"\s+talk|talk\s+to\s+me)\b"
)
VULNERABLE = compile_rule(
    rf"\b(?:I{APOSTROPHE}m|I\s+am|I\s+feel|I\s+felt|I\s+was|I{APOSTROPHE}ve\s+been|makes\s+me|made\s+me)\s+"
    rf"(?:\w+\s+){{0,2}}?{phrases(*NEGATIVE_FEELINGS)}\b|\bI\s+miss\b|\bdrifted\s+apart\b"
)
BARE_REFUSAL = re.compile(r"(?:no|nope|nah|no\s+point|not\s+interested|pass|cba)")
BARE_ACK = re.compile(r"(?:k|kk|ok|okay|fine|sure|mhm|cool|noted)")
THUMB = frozenset("👍🏻🏼🏽🏾🏿 .")
# "Not tomorrow. Not ever.": a refusal made final.
FOR_GOOD = re.compile(r"(?:or|and)?\s*(?:not\s+)?(?:ever|at\s+all)(?:\s+actually)?")
REFUSAL_START = re.compile(r"(?:not|(?:i\s*m|i\s+am|were|we\s+are)\s+not)\b")


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
    spans.extend(for_good_spans(text))
    if spans and WAY_BACK.search(text, 0, 2000):
        spans = []
    if is_bare_reply(text, previous):
        return [trim(text, 0, len(text))]
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


def is_bare_reply(text: str, previous: str | None) -> bool:
    """ "nah" to "can we talk?", or a bare "k" / "👍" to "I'm really hurt": a door closed."""
    if previous is None or len(text) > 20:
        return False
    words = normalised(text)
    if BARE_REFUSAL.fullmatch(words) and TALK_REQUEST.search(previous):
        return True
    is_ack = BARE_ACK.fullmatch(words) is not None or (not words and set(text) <= THUMB)
    if not is_ack or not text.strip() or not VULNERABLE.search(previous):
        return False
    return "?" not in previous or TALK_REQUEST.search(previous) is not None


def for_good_spans(text: str) -> list[Span]:
    """ "Not tomorrow. Not ever.", "I'm not doing this over text. Or at all." """
    if "ever" not in text.lower() and "at all" not in text.lower():
        return []
    sentences = [sentence_of(text, start) for start in sentence_starts(text)]
    final = [span for span in sentences if FOR_GOOD.fullmatch(normalised(text[slice(*span)]))]
    refused = any(
        REFUSAL_START.match(normalised(text[slice(*span)]))
        for span in sentences
        if span not in final
    )
    return final if refused else []


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of a short message starts."""
    if len(text) > 300:
        return []
    return [
        0,
        *(index + 1 for index, c in enumerate(text) if c in ".!?\n" and index + 1 < len(text)),
    ]


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
