"""Validation: telling the other that their feeling or view makes sense.

Sarcastic agreement ("you're right, as always") is contempt, and validation taken back by a
defensive "but" is defensiveness; `closeknit_core.coach.detectors` drops the validation then.
"""

from __future__ import annotations

from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    CLAUSE_BREAKS,
    DONT,
    FEELINGS,
    I_AM,
    I_WOULD,
    ITS,
    THATS,
    YOU,
    YOU_ARE,
    Span,
    compile_rule,
    extend_words,
    gated,
    is_disowned,
    is_emoji,
    next_break,
    phrases,
)

FEELING = phrases(*FEELINGS)
HARD = phrases(
    "hard", "tough", "frustrating", "awful", "painful", "exhausting", "scary", "stressful",
    "difficult", "lonely", "upsetting", "rough", "overwhelming", "terrible", "horrible", "hurtful",
    "confusing", "draining", "disappointing", "infuriating", "unfair", "heartbreaking", "a lot",
    "frightening", "annoying", "maddening", "discouraging", "sad", "isolating", "brutal",
)  # fmt: skip
INTENSITY = r"(?:(?:so|really|very|incredibly|pretty|super|absolutely|truly|such)\s+)?"
VALIDATION = gated(
    rf"\b(?:that|it|this)\s+(?:totally\s+|really\s+|completely\s+|absolutely\s+)?makes\s+"
    r"(?:total\s+|complete\s+|a\s+lot\s+of\s+|so\s+much\s+|perfect\s+)?sense\b"
    r"|(?:^|(?<=[.!?\n]))[ \t]*(?:(?:ok|okay|yeah|oh|ah|right|mm+|hmm+)[,.]?\s+)?makes\s+"
    r"(?:total\s+|complete\s+|so\s+much\s+|perfect\s+)?sense\b"
    rf"|\bno\s+wonder\s+{YOU}(?:{APOSTROPHE}re|\s+are|\s+feel|\s+felt|{APOSTROPHE}d|\s+were|\s+got)\b"
    r"|\bI\s+(?:can\s+|totally\s+|really\s+|completely\s+|definitely\s+|do\s+|fully\s+)?"
    r"(?:see|understand|get|imagine)\s+(?:why|how)\s+(?:you|u|that|it|this)\b"
    r"|\bI\s+(?:completely\s+|totally\s+|really\s+|do\s+|fully\s+)?understand\b"
    r"(?!\s+(?:the|a|an|math|maths|english)\b)"
    rf"|\bI\s+hear\s+(?:you|u)\b(?!{APOSTROPHE}re|\s+are|\s+saying|\s+(?:were|was|have|had|got)\b)"
    r"|\bI\s+(?:totally\s+|really\s+|completely\s+)?get\s+(?:it|that|why)\b"
    r"(?!\s+(?:a\s+lot|from|done|fixed|back|wrong))"
    rf"|\b{YOU_ARE}\s+(?:totally\s+|absolutely\s+|completely\s+|so\s+|quite\s+|100%\s+)?right\b"
    r"(?!\s+(?:here|there|behind|next|outside|in\s+front|on\s+time|now\b))"
    r"|\b(?:you\s+(?:have|make|made|raise|raised)\s+a\s+(?:good|fair|great|valid)\s+point|"
    r"(?:good|fair)\s+point|fair\s+enough)\b"
    rf"|\b(?:{THATS}|{ITS})\s+(?:completely\s+|totally\s+|so\s+|very\s+)?(?:understandable|valid|fair|"
    r"reasonable)\b"
    rf"|\byour\s+feelings\s+(?:are|make)\s+(?:valid|sense|understandable)\b"
    rf"|\b{ITS}\s+(?:completely\s+|totally\s+|so\s+|very\s+|perfectly\s+)?(?:okay|ok|normal|natural|"
    r"understandable|alright|all\s+right)\s+to\s+"
    rf"(?:feel\s+(?:that\s+way|this\s+way|{FEELING})|be\s+{FEELING})\b"
    rf"|\b(?:that|it|this)\s+(?:sounds|must\s+(?:be|have\s+been|feel)|seems)\s+{INTENSITY}{HARD}\b"
    rf"|\b{I_WOULD}\s+(?:feel|be|have\s+been|have\s+felt)\s+(?:(?:exactly\s+)?the\s+same(?:\s+way)?|"
    r"that\s+way|"
    rf"{INTENSITY}{FEELING}\s+(?:too|as\s+well|in\s+your\s+(?:place|shoes|position)))\b"
    rf"|\bof\s+course\s+(?:{YOU_ARE}|you\s+(?:feel|felt|were)|you{APOSTROPHE}d\s+be)\s+{INTENSITY}"
    rf"{FEELING}\b"
    r"|\banyone\s+would\s+(?:feel|be|have\s+been)\b"
    rf"|\b{YOU_ARE}\s+not\s+wrong\b|\b{YOU_ARE}\s+allowed\s+to\s+(?:feel|be)\b"
    rf"|\bI\s+(?:can\s+|totally\s+|really\s+)?(?:see|get|understand)\s+(?:what\s+you\s+mean|your\s+point|"
    rf"where\s+you{APOSTROPHE}re\s+coming\s+from|where\s+you\s+are\s+coming\s+from)\b"
    r"|\b(?:totally|completely|absolutely)\s+(?:valid|understandable|fair)\b"
    r"|\bI\s+can\s+only\s+imagine\b"
    rf"|\b(?:that|it|this|they|she|he){APOSTROPHE}?(?:\s+would|d)\s+(?:upset|hurt|bother|annoy|frustrate|"
    r"worry|scare|get\s+to)\s+me\s+too\b"
    rf"|\byou(?:\s+have|{APOSTROPHE}ve)\s+every\s+right\s+to\s+(?:be|feel)\b"
    # Normalising: "no wonder.", "that's only human", "happens to everyone".
    r"|\bno\s+wonder\s*(?=[.!]|$)"
    rf"|\b(?:{THATS}|{ITS})\s+(?:only\s+|just\s+|completely\s+|totally\s+|so\s+)?(?:human|normal|natural)"
    r"(?=\s*(?:[.!,]|$))|\bhappens\s+to\s+(?:everyone|everybody|all\s+of\s+us|the\s+best\s+of\s+us)\b"
    rf"|\b(?:{ITS}|{THATS})\s+(?:right|natural|normal|understandable|fair)\s+that\s+(?:it|this|that)\s+"
    r"(?:bothers|upsets|hurts|worries|gets\s+to|scares)\s+you\b"
    rf"|\bI\s+{DONT}\s+blame\s+{YOU}\b"
    rf"|\bI\s+feel\s+(?:you|u)\b(?!{APOSTROPHE}re|\s+are|\s+(?:never|always|don|didn|just|only|"
    r"should|need|have|had|were|was|can|could|would|will)\b)"
    rf"|\b{YOU}\s+must\s+(?:be|feel|have\s+been|have\s+felt)\s+{INTENSITY}{FEELING}\b"
    rf"|\b{I_AM}\s+{INTENSITY}sorry\s+(?:you{APOSTROPHE}re\s+going|you\s+are\s+going|you\s+(?:had|went|have\s+to)|"
    r"that\s+happened|to\s+hear|for\s+what\s+you)\b"
    r"|\bthank\s+you\s+for\s+(?:telling|sharing|being\s+honest|explaining|letting\s+me\s+know|"
    r"opening\s+up|trusting)\b",
    "sense wonder why how understand hear get right point enough understandable valid fair "
    "reasonable feelings okay ok normal natural alright sounds must seems same way too well "
    "place shoes position course anyone blame feel sorry thank wrong allowed mean coming imagine "
    "human happens",
)
# After the other has said how they feel, short agreement validates too.
ECHO = compile_rule(
    rf"\bof\s+course\s+(?:(?:you|they|it|she|he)\s+(?:are|do|did|were|would|was|does)|{YOU_ARE})\b"
    rf"|\b(?:{I_WOULD}\s+(?:be|feel|have\s+been)|I\s+would)\s+too\b|\bme\s+too\b|\bsame\s+here\b"
)
SHARES_FEELING = compile_rule(
    rf"\bI(?:\s+feel|\s+felt|{APOSTROPHE}m\s+feeling|\s+am\s+feeling)\b|\b(?:{I_AM}|I\s+was|I{APOSTROPHE}ve\s+been)\s+"
    rf"{INTENSITY}{FEELING}\b|\bI\s+(?:cried|broke\s+down|lost\s+it|panicked|freaked\s+out)\b"
    r"|\b(?:got|gets|get)\s+to\s+me\b|\b(?:is|are|was|were|been)\s+(?:really\s+|so\s+)?"
    r"(?:stressing|getting|winding|wearing)\s+me\b"
)


# Bare agreement ("you're right", "fair enough") speaks to a feeling or view only when the
# other shared one; after a factual complaint ("you forgot the chicken") it just agrees.
AGREEMENT = compile_rule(
    rf"^(?:{YOU_ARE}|fair\s+enough|(?:good|fair)\s+point|you\s+(?:have|make|made|raise|raised)\s+a)"
)
SHARES_VIEW = compile_rule(
    rf"\b(?:I|I{APOSTROPHE}m|I{APOSTROPHE}ve|I{APOSTROPHE}d|me|my|it\s+feels)\b|\b{FEELING}\b"
)


def find_validation(text: str, previous: str | None = None) -> list[Span]:
    """Spans that acknowledge the other's feeling or view as understandable.

    >>> text = "That sounds really hard."
    >>> [text[start:end] for start, end in find_validation(text)]
    ['That sounds really hard']
    """
    spans = []
    for match in VALIDATION.finditer(text):
        if is_disowned(text, match.start()):
            continue
        # "You must be tired?" is a gentle guess at a feeling; other questions ask, not validate.
        is_guess = match.group().lower().startswith(("you must", "u must"))
        if is_asked(text, match.end()) and not is_guess:
            continue
        if (
            previous is not None
            and AGREEMENT.match(match.group())
            and not SHARES_VIEW.search(previous)
        ):
            continue
        spans.append((match.start(), extend_words(text, match.end(), 6)))
    if previous is not None and SHARES_FEELING.search(previous):
        spans.extend(
            match.span()
            for match in ECHO.finditer(text)
            if not is_disowned(text, match.start()) and not is_asked(text, match.end())
        )
    return spans


def is_asked(text: str, position: int) -> bool:
    """Whether the sentence ends in a question mark ("does that make sense?").

    >>> is_asked("That makes sense?", 16), is_asked("That makes sense.", 16)
    (True, False)
    """
    end = next_break(text, position, CLAUSE_BREAKS, 120)
    # An emoji ends a texted sentence: "that makes sense 💛 want food?" asks only about food.
    return text[end : end + 1] == "?" and not any(is_emoji(c) for c in text[position:end])
