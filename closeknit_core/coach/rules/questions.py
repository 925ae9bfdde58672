"""Listening moves: clarifying questions and paraphrases.

A clarifying question asks to understand ("what do you mean?"); an accusing or rhetorical one
("why would you even do that?") does not count. A paraphrase says back what the other said;
with their previous turn at hand it must stay close to their words, and one that twists them
into an insult or an extreme ("so you're saying I'm a terrible person?") is no paraphrase.
"""

from __future__ import annotations

import re
from typing import Literal

from closeknit_core.coach.rules.closeness import content_keys, restatement_closeness, shared_keys
from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    CANT,
    DIDNT,
    DONT,
    FEELINGS,
    WHATS,
    WONT,
    YOU,
    YOU_ARE,
    Rule,
    Span,
    compile_rule,
    gated,
    key_words,
    last_break,
    next_break,
    phrases,
    trim,
)

# "What do you need from the shop?" asks about errands, not about the person.
ERRANDS = r"from\s+the|at\s+the|for\s+(?:dinner|lunch|breakfast|the)|to\s+(?:buy|bring|get|pack)"
GENUINE = compile_rule(
    r"\bwhat\s+(?:do|did)\s+you\s+mean\b|\bdo\s+you\s+mean\b|\bwhen\s+you\s+say\b"
    r"|\bhow\s+(?:do|did|does|are|were|was)\s+(?:you|that|it|this)\s+(?:feel|feeling|make\s+you\s+feel|"
    r"go|land|sit\s+with\s+you)\b|\bhow\s+(?:are|were)\s+you\s+(?:feeling|doing|holding\s+up|coping)\b"
    r"|\bhow\s+was\s+(?:that|it)\s+for\s+you\b"
    r"|\bwhat\s+(?:happened|was\s+(?:that|it)\s+like|would\s+(?:help|make)|"
    rf"(?:do|did)\s+you\s+need(?!\s+(?:{ERRANDS}))|"
    rf"(?:do|did|would)\s+you\s+(?:want|like)\s+(?:from\s+me|me\s+to|us\s+to|to\s+happen|most|"
    r"to\s+talk|to\s+do\s+about)|can\s+I\s+do|could\s+I\s+do|should\s+I\s+do|bothered|"
    r"upset|hurt|worried|scared|matters|is\s+going\s+on|are\s+you\s+(?:thinking|feeling|hoping|"
    r"worried)|made\s+you|makes\s+you|part|felt|feels|do\s+you\s+(?:think|feel|wish|hope)|"
    r"did\s+you\s+(?:think|feel|hope|expect|mean))\b"
    rf"|\b{WHATS}\s+(?:going\s+on|on\s+your\s+mind|bothering\s+you|upsetting\s+you|worrying\s+you)\b"
    rf"|\b(?:{WHATS}|what\s+was)\s+the\s+(?:hardest|worst|toughest|best)\s+(?:part|bit)\b"
    r"|\b(?:can|could|would)\s+you\s+(?:tell\s+me|say\s+more|help\s+me\s+understand|explain|"
    r"walk\s+me\s+through|share)\b"
    r"|\b(?:do|would)\s+you\s+(?:want|like)\s+to\s+(?:talk|tell|share)\b|^\W*want\s+to\s+talk\s+about\s+it\b"
    r"|\bis\s+that\s+(?:what\s+you\s+mean|right|how\s+you\s+(?:see|feel)|what\s+happened|"
    r"what\s+you\s+need)\b"
    r"|\bdid\s+I\s+(?:get|understand|hear)\s+(?:that|you|it|this)\s+(?:right|correctly)\b"
    r"|\bam\s+I\s+(?:understanding|getting|hearing)\s+(?:that|you|this|it)\s+right\b"
    r"|\bare\s+you\s+(?:ok|okay|alright|all\s+right|feeling|doing\s+(?:ok|okay|alright))\b"
    r"|\bhow\s+can\s+I\s+(?:help|support|make)\b|\bwhat\s+can\s+I\s+do\b|\bwhich\s+(?:part|bit|thing)\b"
    r"|\bhow\s+do\s+you\s+see\b"
    # An echo that asks for more: "Off how?", "How so?", "A break from what, exactly?"
    r"|^\W*\w+(?:\s+\w+)?\s+how\s*\?|\bhow\s+so\b|\bin\s+what\s+way\b|\blike\s+what\b"
    r"|^\W*(?:an?\s+|the\s+)?\w+\s+(?:from|about|with)\s+what\b"
    rf"|\b(?:{WHATS}|what\s+was)\s+(?:making|drawing|pulling|pushing|keeping|stopping|worrying|"
    r"bugging|bothering|getting\s+to)\s+you\b|\bwhat\s+(?:is|was)\s+it\s+(?:about|like)\b"
    r"|\bwhat\s+did\s+(?:he|she|they)\s+(?:say|do|tell\s+you)\b"
    # Checking in: "Everything okay?", "You sure?"
    r"|\b(?:is\s+)?everything\s+(?:ok|okay|alright|all\s+right)\b|^\W*(?:are\s+)?(?:you|u)\s+sure\s*\?"
    # A guess offered as a question: "Could it be the new job?", "Is it the money, or…?"
    r"|\b(?:could|might|would)\s+it\s+be\b|^\W*(?:is|was)\s+it\s+(?:the|that|because|something|more|about)\b"
    rf"|\bwhat{APOSTROPHE}s\s+(?:that|it)\s+like\s+for\s+you\b|\bwhy\s+do\s+you\s+(?:feel|think)\b"
    r"|\bwhat\s+makes\s+you\s+(?:feel|think|say)\b|\bdo\s+you\s+(?:feel|think)\s+(?:like|that)\b"
    r"|\bis\s+there\s+(?:anything|something)\s+(?:I\s+can|you\s+need|else|that\s+would)\b"
    r"|\bdoes\s+that\s+(?:make\s+sense|sound\s+right)\b"
    r"|\bdid\s+I\s+(?:do|say)\s+something\s+(?:to\s+|that\s+)?(?:upset|hurt|bother)"
    r"|\bwhat\s+was\s+going\s+(?:through|on\s+in)\s+your\s+(?:mind|head)\b"
    r"|\bwhat\s+are\s+you\s+(?:most|really)\s+(?:worried|scared|afraid|upset)\b"
)
ACCUSING = compile_rule(
    r"\b(?:even|seriously|the\s+hell|the\s+heck|on\s+earth|wrong\s+with|your\s+problem|how\s+could\s+you|"
    r"how\s+dare|what\s+were\s+you\s+thinking|why\s+would\s+you|"
    rf"why\s+(?:{CANT}|{DONT}|{WONT}|{DIDNT})\s+you|{DONT}\s+you|{CANT}\s+you|{WONT}\s+you|again|"
    r"too\s+much\s+to\s+ask|how\s+many\s+times|stupid|idiot|really\s+think|"
    r"are\s+you\s+(?:kidding|serious|crazy|insane|deaf|blind)|who\s+does\s+that|"
    rf"{WHATS}\s+the\s+point|(?:is|was)\s+(?:it|that)\s+(?:so|that|really|really\s+that)\s+"
    r"(?:hard|difficult|complicated|bad)|sure,?\s+sure|oh\s+sure|yeah,?\s+right|"
    r"who\s+do\s+you\s+think|you\s+ever\s+(?:listen|think|care|stop|help|notice|consider)|always|never|"
    r"what\s+the\s+(?:hell|heck|f\w*))\b"
)
OPENER = compile_rule(
    r"^\W*(?:(?:and|so|ok|okay|hmm|um)[,\s]+)?(?:what|how|when|which|who|where|do|did|does|is|are|was|"
    r"were|can|could|would|will)\b"
)
# "Disappointed about the dinner, or something bigger?" after the other said how they feel
# asks which; after logistics ("Saturday or Sunday?") it only plans, so a disclosure must come
# first, and a question that opens like "what time…" is judged as any other.
EITHER_OR = compile_rule(r",\s*or\b|\bor\s+(?:more|about|from|is|was|just|something|someone)\b")
DISCLOSURE = compile_rule(
    rf"\b(?:I{APOSTROPHE}m|I\s+am|I\s+feel|I\s+felt|I\s+was|I{APOSTROPHE}ve\s+been|I\s+have\s+been|"
    r"I\s+get|I\s+need\s+(?:a\s+break|space|some|time|to\s+(?:talk|get\s+away|step\s+back)))\b"
)
INVITATION = gated(
    rf"\b(?:tell\s+me\s+more|help\s+me\s+understand|say\s+more\s+about|"
    rf"I{APOSTROPHE}d\s+(?:like|love)\s+to\s+(?:understand|hear\s+more|know\s+more))\b",
    "tell help say understand hear know",
)

FEELING = phrases(*FEELINGS)
STRONG_FRAME = gated(
    r"(?:\b(?:ok|okay|so|and)\W{1,2}){0,2}(?:"
    rf"\bso\s+what\s+{YOU_ARE}\s+saying(?:\s+is)?\b|\bwhat\s+I(?:{APOSTROPHE}m|\s+am)\s+hearing(?:\s+is)?\b"
    r"|\bwhat\s+I\s+hear\s+(?:you\s+saying\s+)?is\b"
    r"|\bif\s+I\s+(?:understand|understood|get|got|hear|heard)\s+(?:you|that|this|it)?\s*(?:right|correctly)\b"
    rf"|\bif\s+I{APOSTROPHE}ve\s+(?:got|understood|heard)\s+(?:you|that|this|it)\s+(?:right|correctly)\b"
    rf"|\bif\s+I{APOSTROPHE}m\s+(?:understanding|hearing|getting)\s+(?:you|this|that|it)\s+(?:right|correctly)\b"
    rf"|\bwhat\s+{YOU_ARE}\s+saying\s+is\b"
    r"|\blet\s+me\s+(?:see\s+if|make\s+sure|check)\s+I(?:\s+(?:get|got|understand|understood|have)|"
    rf"{APOSTROPHE}ve\s+got)\s+"
    r"(?:this|that|it|you)(?:\s+right)?\b|\bin\s+other\s+words\b"
    rf"|\b(?:it\s+)?sounds\s+like\s+{YOU}(?:{APOSTROPHE}re|\s+are|\s+feel|\s+felt|\s+have|{APOSTROPHE}ve|"
    r"\s+were|\s+need|\s+want|\s+wanted|\s+had|\s+might|\s+really|\s+just)\b"
    rf"|\bso\s+{YOU}\s+(?:feel|felt|are\s+feeling|{APOSTROPHE}re\s+feeling|were\s+feeling)\b"
    rf"|\bI\s+hear\s+(?:that\s+)?(?:{YOU}\s+(?:feel|felt|are\s+feeling|were\s+feeling|need|want)|"
    rf"{YOU_ARE}\s+(?:feeling|{FEELING}))\b"
    rf"|\bso\s+{YOU_ARE}\s+saying\b)",
    "saying hearing hear right correctly let words sounds feel felt feeling",
)
WEAK_FRAME = gated(
    rf"\bso,?\s+(?:basically,?\s+|in\s+short,?\s+)?{YOU}(?:\s+(?:are|were|think|thought|want|wanted|"
    rf"need|needed|mean|meant|had|wish|would|{DIDNT}|{DONT}|felt|feel)|{APOSTROPHE}re|{APOSTROPHE}d)\b"
    rf"|\b{YOU_ARE}\s+saying\b|\b{YOU}\s+(?:feel|felt)\s+\w+(?:\s+\w+)?\s+(?:when|because|about|that|since)\b"
    rf"|\bit\s+seems\s+(?:like\s+)?{YOU}\b|\b{YOU_ARE}\s+(?:feeling|{FEELING})\s+(?:about|because|that|"
    rf"since|when)\b|\b{YOU}\s+(?:mean|meant)\s+(?:that\s+)?\b|\bso\s+for\s+you\b"
    rf"|\b(?:it\s+)?sounds\s+like\b|\b{YOU_ARE}\s+telling\s+me\b"
    rf"|\b{YOU}\s+(?:feel|felt|were\s+feeling|{APOSTROPHE}re\s+feeling)\s+(?:so\s+|really\s+)?{FEELING}\b",
    "so saying feel felt seems feeling mean meant sounds telling " + key_words(*FEELINGS),
)
CHECK_TAG = compile_rule(
    r"\bis\s+that\s+(?:right|it|what\s+you\s+mean|fair)\b|\bdid\s+I\s+get\s+(?:that|it|this)\s+right\b"
    r"|\bam\s+I\s+(?:right|close|getting\s+(?:that|it)\s+right)\b|\bdo\s+I\s+have\s+(?:that|it)\s+right\b"
    r"|\bright\s*\?|\bhave\s+I\s+got\s+(?:that|it)\s+right\b"
)
# A sentence that opens with "so" and goes on to say something back ("So the late nights…",
# "Okay, so it's the distance…"); not "so what I'm saying is" (one's own view), not a "so"
# that moves on ("so anyway", "so, dinner?") or gives advice ("so just ask her").
SO_LEAD = gated(
    r"(?:^|(?<=[.!?\n:]))[ \t]*(?:(?:ok|okay|right|oh|ah|hmm+|mm+|yeah|got\s+it)\W{1,3}){0,2}so\b,?"
    r"(?=\s+(?:basically|in\s+short|you|u|ur|your|it|its|it\W?s|the|that|this|those|these|there|we|"
    r"our|us|I|when|whenever|if|for\s+you|one|both|not|having|being|\w+(?<!ou)(?<!s)s)\b)"
    r"(?!\s+(?:thanks|yes|perhaps|always|unless|anyways|guess|what\s+I|I\s+(?:was|think|guess|said|told|say|should|will|can|need)|you\s+should|"
    r"you\s+need\s+to|we\s+(?:should|can|could|will|need)|if\s+you\s+(?:want|like|need)))",
    "so",
)
# A bare question that says the other's words back: "You felt left out when I went?"
BARE_LEAD = gated(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:ok|okay|oh|ah|hmm+|mm+|and)\W{1,3})?"
    rf"(?:{YOU}(?:{APOSTROPHE}re|{APOSTROPHE}d|{APOSTROPHE}ll|\s+(?:feel|felt|were|are|want|wanted|need|"
    r"needed|wish|would|had|get|got))|it\s+(?:feels|felt|hurts|hurt|stung|scares|worries|bugs|annoys))\b",
    "you u youre youd youll it",
)
CHECK_AFTER = re.compile(
    r"[.,]?[ \t]{0,3}(?:(?:did|have|do|am)\s+I\s+"
    r"(?:get|got|have|understand|understood|hear|heard)?\s*(?:that|it|this|you)?\s*(?:right|correctly)"
    r"|is\s+that\s+(?:right|it|fair)|am\s+I\s+(?:right|close))"
    r"[ \t]*\?",
    re.IGNORECASE,
)
EXTREME = compile_rule(
    r"\b(?:always|never|everything|nothing|fault|hate|hates|idiot|stupid|terrible|horrible|worst|"
    r"useless|awful|monster|perfect|divorce|break\s+up|leave\s+me|whole\s+thing|ever|crazy|liar|lazy|"
    r"selfish|nothing\s+right|all\s+wrong|the\s+problem|hopeless|pathetic|bad\s+(?:person|mother|"
    r"father|parent|partner|friend|wife|husband|son|daughter|sister|brother)|"
    rf"{DONT}\s+(?:love|care)|worthless|failure|disgusting|ruined|ruin)\b"
)
# Sweeping words the other may have licensed ("I can't plan anything" → "you can never plan").
SWEEPING = frozenset({"always", "never", "ever", "everything", "nothing"})
SWEEPING_HEARD = compile_rule(
    rf"\b(?:always|never|ever|every|everything|anything|nothing|all|constantly|keeps?|whole|most|"
    rf"no\s+one|nobody|everyone|{CANT}|{WONT})\b"
)
# A restatement that pins a hostile feeling on the speaker: "so you're bored of me".
AGAINST_ME = compile_rule(
    r"\b(?:bored|sick|ashamed|fed\s+up|done|finished)\s+(?:of|with)\b|\btired\s+of\s+(?:me|us)\b"
    rf"|\b(?:hate|hates|resent|resents|despise|blame|blames)\s+me\b|\b{DONT}\s+(?:love|want|like|need|trust)\s+me\b"
    r"|\bnow\s*[?!.]*\s*$"
)
Frame = Literal["strong", "weak", "lead", "bare"]
# How each restatement opens: a clear frame stands without the previous turn; "so…" and a
# bare "you felt…?" are judged only against it, the bare one more strictly.
FRAMES: tuple[tuple[Rule, Frame], ...] = (
    (STRONG_FRAME, "strong"),
    (WEAK_FRAME, "weak"),
    (SO_LEAD, "lead"),
    (BARE_LEAD, "bare"),
)
NEEDS_PREVIOUS = frozenset({"lead", "bare"})
SHOUTED_WORD = re.compile(r"\b(?!(?:OK|TV|UK|US|AM|PM)\b)[A-Z]{2,}\b")
MIN_SHARED = 2


def find_clarifying_questions(text: str, previous: str | None = None) -> list[Span]:
    """Spans of genuine questions that ask to understand the other better.

    >>> text = "Hmm. What do you mean by that?"
    >>> [text[start:end] for start, end in find_clarifying_questions(text)]
    ['What do you mean by that?']
    """
    spans = [
        span for span in question_sentences(text) if is_clarifying(text[slice(*span)], previous)
    ]
    for match in INVITATION.finditer(text):
        # The sentence before counts too: "Sure, sure. Tell me more…" mocks.
        sentence = text[max(0, match.start() - 40) : match.end()]
        if not ACCUSING.search(sentence):
            spans.append(trim(text, match.start(), next_break(text, match.end(), ".!?\n", 200) + 1))
    return spans


def question_sentences(text: str) -> list[Span]:
    """Every sentence that ends in a question mark, question mark included."""
    spans = []
    for match in re.finditer(r"\?+", text):
        start = last_break(text, match.start(), ".!?\n", 250)
        spans.append(trim(text, start, match.start() + 1))
    return spans


def is_clarifying(question: str, previous: str | None) -> bool:
    """Whether a question asks to understand rather than accuse."""
    if ACCUSING.search(question) or (
        question.lower().startswith("why") and not GENUINE.search(question)
    ):
        return False
    if GENUINE.search(question):
        return True
    if previous is None:
        return False
    if EITHER_OR.search(question) and DISCLOSURE.search(previous) and not OPENER.search(question):
        return True
    return OPENER.search(question) is not None and any(
        not key.startswith("emotion:") for key in shared_keys(question, previous)
    )


def find_paraphrases(text: str, previous: str | None = None) -> list[Span]:
    """Spans that say back what the other said, without twisting it.

    >>> text = "So what I'm hearing is that you feel alone on weekends."
    >>> [text[start:end] for start, end in find_paraphrases(text)]
    ["So what I'm hearing is that you feel alone on weekends"]
    """
    spans = []
    for rule, frame in FRAMES:
        if frame in NEEDS_PREVIOUS and previous is None:
            continue
        for match in rule.finditer(text):
            end = next_break(text, match.end(), ".!?\n", 250)
            span = trim(text, match.start(), end + 1)
            if is_paraphrase(text, span, match.end(), previous, frame):
                spans.append(with_check(text, span))
    return spans


def with_check(text: str, span: Span) -> Span:
    """``span`` grown over a check that follows it ("… Did I get that right?"), which is part of it.

    >>> text = "So you're tired. Is that right? Tea?"
    >>> text[slice(*with_check(text, (0, 15)))]
    "So you're tired. Is that right?"
    """
    check = CHECK_AFTER.match(text, span[1])
    return (span[0], check.end()) if check else span


def is_paraphrase(
    text: str, span: Span, frame_end: int, previous: str | None, frame: Frame
) -> bool:
    """Whether a restatement introduced by ``frame`` stays true to the other's words."""
    sentence = text[slice(*span)]
    restated = text[frame_end : span[1]]
    if is_twisted(sentence, restated, previous):
        return False
    if previous is None:
        if frame == "strong":
            return True
        return CHECK_TAG.search(text, span[0], min(len(text), span[1] + 60)) is not None
    shared = shared_keys(sentence, previous)
    if frame == "strong":
        return len(shared) >= 1 or not content_keys(restated)
    if frame == "bare":
        words = [key for key in shared if not key.startswith("emotion:")]
        return sentence.endswith("?") and len(words) >= MIN_SHARED + 1
    return len(shared) >= MIN_SHARED or restatement_closeness(sentence, previous) >= MIN_SHARED


def is_twisted(sentence: str, restated: str, previous: str | None) -> bool:
    """Whether a restatement turns the other's words into an insult or an extreme.

    >>> is_twisted("So you're saying I'm a terrible person?", " I'm a terrible person?", None)
    True
    """
    if "?!" in sentence or "!?" in sentence or SHOUTED_WORD.search(sentence):
        return True
    heard = previous.lower() if previous is not None else ""
    is_sweeping_heard = SWEEPING_HEARD.search(heard) is not None
    for match in [*EXTREME.finditer(restated), *AGAINST_ME.finditer(restated)]:
        word = match.group().lower()
        if word not in heard and not (is_sweeping_heard and word in SWEEPING):
            return True
    return False
