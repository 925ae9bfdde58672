"""Defensiveness: warding off a complaint: denial, excuses, counter-attack, "yes, but…".

An apology is not defensiveness ("I'm sorry, I was wrong"), and neither is an explanation that
comes with one ("Sorry, I got stuck at work"). Validation followed by a "but" that turns into a
defence ("I hear you, but I was only trying to help") counts as defensiveness as a whole: the
span runs from the validating words to the end of the defence, and the validation is dropped.
"""

from __future__ import annotations

from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    CANT,
    DIDNT,
    DONT,
    I_AM,
    ITS,
    SERVANT,
    THATS,
    UNKIND_SELF,
    WARM_EMOJI,
    YOU,
    YOU_ARE,
    Span,
    compile_rule,
    disjoint,
    extend_words,
    gated,
    is_disowned,
    next_break,
    sarcastic_apologies,
    trim,
)

COUNTER_ATTACK = gated(
    rf"\b(?:well|but|and),?\s+{YOU_ARE}\s+the\s+one\s+who\b"
    rf"|\bwhat\s+about\s+(?:you|when\s+you|the\s+time\s+you|all\s+the\s+times?\s+you)\b"
    rf"|\blook\s+who{APOSTROPHE}s\s+talking\b|\blook\s+who\s+is\s+talking\b"
    rf"|\b{YOU_ARE}\s+one\s+to\s+talk\b"
    rf"|\b{YOU}\s+do\s+(?:it|that|the\s+same(?:\s+thing)?)\s+(?:too|all\s+the\s+time)\b"
    rf"|\b{YOU}\s+(?:did\s+it\s+first|started\s+it)\b"
    rf"|\bat\s+least\s+I\s+(?:{DONT}|{DIDNT}|never|actually|show\s+up|care|bother)\b"
    rf"|\b(?:like|as\s+if)\s+{YOU_ARE}\s+(?:any\s+better|perfect|so\s+perfect)\b"
    rf"|\b{YOU_ARE}\s+not\s+(?:exactly\s+)?(?:perfect|innocent)\s+either\b"
    rf"|\bneither\s+(?:do|did|are|were)\s+you\b|\band\s+you\s+{DONT}\s*\?"
    r"|\bsays\s+the\s+(?:person|guy|man|woman|girl|one)\s+who\b"
    r"|\b(?:advice|lectures?|lessons?|tips|wisdom|rich)\s+(?:coming\s+)?from\s+(?:someone|somebody|"
    r"the\s+(?:person|guy|man|woman|girl|one))\s+who\b"
    r"|\bnot\s+all\s+of\s+us\s+(?:have\s+(?:time|the\s+time|the\s+luxury|all\s+day)|can\s+(?:afford|be)|"
    r"get\s+to|are\s+(?:perfect|so\s+lucky|lucky))\b"
    rf"|\b(?:and|but|well)\s+{YOU}\s+(?:spent|spend|did|do|have|had|bought|buy|took|take|forgot|"
    r"drink|drank|went|go)\s+(?:way\s+|much\s+|even\s+|a\s+lot\s+|far\s+)?(?:more|worse)\b",
    "one about talking talk too time first started least better perfect either neither dont from "
    "says all more worse",
)
DENIAL = gated(
    rf"\b(?:{ITS}|it\s+was|{THATS}|that\s+was)\s+not\s+my\s+fault\b|\bnot\s+my\s+fault\b"
    rf"|\b(?:it\s+|that\s+)?(?:isn|wasn){APOSTROPHE}t\s+my\s+fault\b"
    rf"|\bI\s+{DIDNT}\s+do\s+anything\s+wrong\b|\bI\s+did\s+nothing\s+wrong\b"
    rf"|\b{DONT}\s+blame\s+me\b|\b(?:stop|quit)\s+blaming\s+me\b"
    rf"|\bwhy\s+(?:are|r)\s+{YOU}\s+(?:always\s+)?blaming\s+me\b"
    rf"|\bwhy\s+is\s+(?:it|everything)\s+(?:always\s+)?my\s+fault\b"
    rf"|\b(?:so\s+|now\s+){{1,2}}(?:{YOU_ARE}\s+saying\s+)?(?:{ITS}|it{APOSTROPHE}s|everything{APOSTROPHE}s|"
    r"everything\s+is)\s+(?:all\s+)?my\s+fault\b"
    rf"|\beverything\s+is\s+(?:always\s+)?my\s+fault\b"
    rf"|\b(?:so\s+)?{I_AM}\s+(?:always\s+)?the\s+bad\s+guy\b"
    rf"|\bI\s+{CANT}\s+do\s+anything\s+right\b|\bI\s+can\s+never\s+do\s+anything\s+right\b"
    r"|\bnothing\s+I\s+do\s+is\s+(?:ever\s+)?(?:good\s+enough|right)\b"
    r"|\bwhy\s+am\s+I\s+always\s+the\s+(?:one|bad\s+guy)\b"
    r"|\bhow\s+(?:was|am|were)\s+I\s+supposed\s+to\s+know\b"
    r"|\bwhat\s+was\s+I\s+supposed\s+to\s+do\b|\bwhat\s+did\s+you\s+expect\b"
    rf"|\b(?:it\s+was|{ITS})\s+(?:just|only)\s+a\s+joke\b|\b{CANT}\s+you\s+take\s+a\s+joke\b"
    rf"|\b(?:{I_AM}\s+)?(?:so\s+|really\s+)?sorry\s+(?:that\s+|if\s+)?you\s+(?:feel|felt)\s+that\s+way\b"
    rf"|\b(?:{I_AM}\s+)?sorry\s+if\s+you\s+(?:were|got|feel|felt)\s+(?:offended|upset|hurt)\b"
    rf"|\b(?:{I_AM}\s+)?sorry\s+you\s+took\s+it\s+that\s+way\b"
    r"|\b(?:oh\s+)?(?:sure|yeah|right),?\s+(?:just\s+)?blame\s+me\b"
    rf"|\b(?:{I_AM}\s+)?sorry\s+{I_AM}\s+not\s+perfect\b"
    rf"|\bsorry\s+{I_AM}\s+(?:such\s+)?(?:a\s+)?(?:terrible|horrible|awful|bad|useless)\s+(?:person|partner|"
    r"friend|mother|father|parent|wife|husband|girlfriend|boyfriend)\b"
    rf"|\bI\s+{CANT}\s+win(?:\s+with\s+you)?\b|\b(?:why\s+are\s+you\s+(?:always\s+)?|stop\s+)attacking\s+me\b",
    "fault wrong blame blaming guy right enough one supposed expect joke way offended upset hurt "
    "perfect person partner friend mother father parent wife husband girlfriend boyfriend win me",
)
# Innocent victimhood and self-pitying sarcasm: "excuse me for caring", "why is it always me?",
# "you're upset that I had ONE night out?". Apart from DENIAL so each has key words of its own.
VICTIMHOOD = gated(
    r"\b(?:everything|anything)\s+I\s+(?:say|do)\s+is\s+(?:always\s+|apparently\s+)?wrong\b"
    rf"|\b{YOU_ARE}\s+never\s+(?:happy|satisfied|pleased)\s+with\s+(?:anything|what)\s+I\s+(?:do|say)\b"
    r"|\bwhat\s+was\s+I\s+meant\s+to\s+do\b|\bhow\s+(?:was|am|were)\s+I\s+meant\s+to\s+know\b"
    r"|\bwhy\s+(?:is\s+(?:it|there)\s+always\s+(?:a\s+problem|something|an\s+issue)\s+with\s+me|"
    r"(?:is\s+it|am\s+I)\s+always\s+(?:me|the\s+problem|in\s+the\s+wrong))\b"
    r"|\b(?:well\s+)?(?:excuse|pardon|forgive)\s+me\s+for\s+(?:having|caring|breathing|existing|living|"
    r"wanting|trying|being|asking|thinking|not\s+being|having\s+a\s+life)\b"
    r"|\bsorry\s+for\s+(?:caring|trying|existing|breathing|wanting|having\s+a\s+life)\b"
    rf"|\bsorry\s+{I_AM}\s+not\s+(?:a\s+)?(?:superhero|superwoman|superman|mind\s+reader|psychic|"
    r"robot|saint)\b"
    rf"|\bso\s+(?:now\s+)?{I_AM}\s+not\s+(?:even\s+)?allowed\s+to\b|\bso\s+now\s+I\s+{CANT}\s+even\b"
    rf"|\b{YOU_ARE}\s+(?:seriously\s+|really\s+|actually\s+)?(?:upset|mad|angry|annoyed|cross|hurt|"
    r"offended|jealous)\s+(?:that|because|about|over)\s+(?:\w+\s+){0,3}?(?:ONE|one\s+(?:weekend|"
    r"night|day|time|drink|text|evening|thing)|a\s+single|nothing)\b"
    rf"|\bI{APOSTROPHE}ll\s+just\s+(?:go\s+along\s+with\s+it|do\s+it\s+(?:all\s+)?myself|"
    r"do\s+everything|sort\s+it\s+(?:out\s+)?myself)\s+(?:like|as)\s+I\s+always\s+(?:do|have\s+to)\b",
    "wrong happy satisfied pleased meant problem issue always excuse pardon forgive sorry "
    "allowed cant cannot upset mad angry annoyed cross hurt offended jealous",
)
# "So you're saying I'm a terrible person": the complaint twisted into a verdict to ward off.
TWISTED = gated(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:oh,?\s+|wow,?\s+|right,?\s+)?"
    r"so\s+(?:now\s+|basically\s+|what,?\s+)?"
    rf"(?:(?:{YOU_ARE}\s+saying|{YOU}\s+think)\s+(?:that\s+)?(?:{I_AM}|I\s+was)\s+{UNKIND_SELF}"
    rf"|{YOU_ARE}\s+(?:bored|sick|tired)\s+of\s+me|{YOU}\s+{DONT}\s+(?:even\s+)?(?:want|love|like|"
    rf"trust)\s+me|{I_AM}\s+(?:just\s+)?your\s+(?:personal\s+)?{SERVANT})\b",
    "so",
)
# Excuses that an apology in the same message turns into an explanation.
EXCUSE_ANYWHERE = gated(
    r"\bI\s+was\s+(?:just|only)\s+(?:trying\s+to\s+help|joking|kidding|being\s+honest)\b"
    r"|\bI\s+had\s+no\s+choice\b(?!\s+but)"
    rf"|\b{YOU_ARE}\s+the\s+one\s+who\s+(?:started|forgot|{DIDNT}|never|always|broke|lied|yelled|messed|"
    r"screwed|cheated|cancell?ed|ruined|blew|picked|left|lost)\b",
    "trying joking kidding honest choice one",
)
ACKNOWLEDGEMENT = compile_rule(
    rf"\b(?:yes|yeah|yea|ok|okay|sure|fine|I\s+know|I\s+hear\s+you|I\s+understand|I\s+get\s+it|"
    rf"{YOU_ARE}\s+right|fair\s+enough|(?:{I_AM}\s+)?sorry|I\s+see\s+(?:that|your\s+point))\b"
)
DEFENSIVE_BUT = gated(
    r"\bbut\s+(?:"
    r"I\s+was\s+(?:so\s+|really\s+|just\s+|only\s+)?(?:busy|tired|working|trying|stuck|at\s+work|"
    r"exhausted|doing|joking|kidding|going\s+to|about\s+to)"
    rf"|I\s+(?:wasn{APOSTROPHE}t|did|{DIDNT}|never|couldn{APOSTROPHE}t|told\s+you|said|only|"
    r"just\s+(?:trying|did|was|wanted\s+to\s+help|meant)|had\s+(?:to|no\s+choice|a\s+lot|too\s+much))"
    rf"|(?:{ITS}|it\s+was|{THATS})\s+not\s+my\s+fault|it\s+wasn{APOSTROPHE}t\s+(?:me|my\s+fault)"
    rf"|{YOU}\s+(?:also|too|did|were|started|do|never|always|said|{DIDNT}|{DONT}|forgot)"
    rf"|{YOU_ARE}\s+(?:the\s+one|always|never|overreacting)"
    rf"|what\s+about|at\s+least\s+I|{THATS}\s+not\s+(?:true|fair|what)"
    rf"|{ITS}\s+not\s+(?:a\s+big\s+deal|that\s+bad|like)|{I_AM}\s+not\s+the\s+one"
    r"|it\s+was\s+(?:just\s+|only\s+)?(?:for\s+)?(?:work|important|urgent|only|a\s+work\s+thing))",
    "but",
)
APOLOGY = compile_rule(
    rf"\b(?:sorry|apologi[sz]e|my\s+bad|my\s+fault|I\s+was\s+wrong|{YOU_ARE}\s+right|I\s+messed\s+up|"
    rf"I\s+should\s+have|I\s+shouldn{APOSTROPHE}t\s+have|forgive\s+me)\b"
)
COMPLAINT = compile_rule(
    rf"\b{YOU}\s+(?:\w+\s+){{0,2}}?(?:never|always|{DIDNT}|forgot|{DONT}|missed|left|keep|"
    rf"won{APOSTROPHE}t|haven{APOSTROPHE}t|ignored|promised|were\s+late|broke|lost|ruined|"
    r"said\s+you\s+would)\b|\bwhy\s+(?:did|didn't|didnt|don't|dont|can't|cant|do)\s+you\b"
    r"|\bagain\b|\bwhere\s+were\s+you\b"
    rf"|\b{YOU}(?:\s+were|\s+are|{APOSTROPHE}re|{APOSTROPHE}ve\s+been|\s+have\s+been)\s+(?:so\s+|really\s+|"
    r"a\s+bit\s+|very\s+)?(?:rude|mean|harsh|short|cold|snappy|late|drunk|loud|unfair|distant)\b"
    r"|\b(?:really\s+)?hurt\b|\bI\s+hated\s+(?:that|it\s+when)\b|\bleft\s+out\b"
    rf"|\bcost\s+(?:a\s+lot|so\s+much|a\s+fortune)\b|\b{YOU}\s+took\s+my\b"
)
EXCUSE = compile_rule(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:well|but|um|look|I\s+mean|ok|okay)[,.]?\s+)?"
    r"(?:I\s+(?:was|have\s+been|'ve\s+been|\u2019ve\s+been)\s+(?:so\s+|really\s+|just\s+)?"
    r"(?:busy|working|tired|exhausted|stuck|at\s+work|in\s+a\s+meeting|driving|out|swamped)\b"
    rf"|I\s+had\s+(?:to|no\s+choice|a\s+lot|a\s+(?:long|hard|rough|busy)\s+day)\b|I\s+{DIDNT}\s+(?:know|have\s+time|see|hear|realize|realise)\b"
    rf"|{YOU}\s+(?:never|{DIDNT})\s+(?:told|tell|ask|asked|said|say|remind|reminded)\b"
    rf"|(?:nobody|no\s+one)\s+told\s+me\b|{THATS}\s+not\s+(?:true|what\s+happened)\b"
    r"|I\s+was\s+(?:going|about)\s+to\b"
    rf"|I\s+never\s+said\s+that\b|I\s+did\s+not\b"
    rf"|(?:what\?\s+)?no,?\s+I\s+(?:wasn{APOSTROPHE}t|{DIDNT}|was\s+not|{I_AM}\s+not|am\s+not)\b"
    rf"|{DIDNT}\s+{YOU}\s+(?:take|borrow|use|lose|break|eat|forget|do)\s+(?:mine|the\s+same|that\s+too|"
    r"it\s+too)\b|well,?\s+{YOU}\s+(?:never|always|{DIDNT}|{DONT}|"
    rf"forgot|were|did)\b|{YOU_ARE}\s+the\s+one\s+who\b)"
)


def find_defensiveness(text: str, previous: str | None = None) -> list[Span]:
    """Spans of denial, excuses, counter-attack and "yes, but…".

    >>> text = "I hear you, but I was only trying to help."
    >>> [text[start:end] for start, end in find_defensiveness(text)]
    ['I hear you, but I was only trying to help']
    """
    spans = [
        *(
            (match.start(), extend_words(text, match.end()))
            for match in COUNTER_ATTACK.finditer(text)
        ),
        *(
            match.span()
            for match in [*DENIAL.finditer(text), *VICTIMHOOD.finditer(text)]
            if not is_disowned(text, match.start())
        ),
        *yes_but_spans(text),
        *((match.start(), extend_words(text, match.end(), 4)) for match in TWISTED.finditer(text)),
        *sarcastic_apologies(text),
    ]
    if not has_plain_apology(text) and not WARM_EMOJI.search(text):
        spans.extend(
            (match.start(), extend_words(text, match.end()))
            for match in EXCUSE_ANYWHERE.finditer(text)
            if not is_disowned(text, match.start())
        )
    if previous is not None and COMPLAINT.search(previous) and not has_plain_apology(text):
        spans.extend(
            trim(text, match.start(), extend_words(text, match.end()))
            for match in EXCUSE.finditer(text)
        )
    return disjoint(spans)


def yes_but_spans(text: str) -> list[Span]:
    """ "I hear you, but I was busy": an acknowledgement taken back by a defence."""
    spans = []
    for match in DEFENSIVE_BUT.finditer(text):
        window_start = max(0, match.start() - 60)
        acknowledgements = list(ACKNOWLEDGEMENT.finditer(text, window_start, match.start()))
        if not acknowledgements:
            continue
        start = acknowledgements[0].start()
        between = text[start : match.start()]
        if any(mark in between for mark in "?\n") or between.count(".") > 1:
            continue
        end = min(extend_words(text, match.end()), next_break(text, match.end(), ".!?\n", 200))
        spans.append(trim(text, start, end))
    return spans


def has_plain_apology(text: str) -> bool:
    """Whether the message apologises without taking it back with "but".

    >>> has_plain_apology("I got stuck at work, I'm so sorry")
    True
    >>> has_plain_apology("Sorry but I was busy")
    False
    """
    return APOLOGY.search(text) is not None and DEFENSIVE_BUT.pattern.search(text) is None
