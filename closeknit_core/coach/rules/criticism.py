"""Criticism: a global complaint about the person ("you never…", "you're so selfish").

A complaint about one behaviour ("you left the dishes out last night") is not criticism, and
neither is "always"/"never" used kindly ("you always make me laugh", "you never complain").
"I feel like you never listen" is criticism wearing an I-statement's clothes.
"""

from __future__ import annotations

import re

from closeknit_core.coach.rules.common import (
    ANY_YOU_ARE,
    APOSTROPHE,
    CANT,
    DIDNT,
    DONT,
    I_AM,
    TEASING,
    WONT,
    YOU,
    YOU_ARE,
    Span,
    compile_rule,
    extend_words,
    gated,
    is_disowned,
    key_words,
    phrases,
    sentence_of,
)

# Never doing these is a compliment: "you never complain", "you never let me down".
KIND_NEVER = frozenset({
    "fail", "fails", "cease", "complain", "complains", "judge", "judged", "doubt", "doubted",
    "disappoint", "disappointed", "lie", "lied", "yell", "yelled", "shout", "shouted", "hurt",
    "criticize", "criticise", "blame", "blamed", "nag", "pressure", "rush", "forget", "forgot",
    "miss", "missed", "quit", "hesitate", "waver", "falter", "interrupt", "ignore", "whine",
    "gossip", "cheat", "cheated", "lose", "mock", "give", "stop", "let", "leave", "have",
    "need", "know", "told", "mentioned", "said", "say", "get", "got", "had", "seem", "look",
    "looked",
    # A feeling ("you never loved this house") is mind reading, not a complaint about conduct.
    "loved", "liked", "enjoyed", "wanted", "trusted", "meant",
})  # fmt: skip
# ...unless what follows shows it is a complaint after all ("you never stop talking").
UNKIND_AFTER = {
    "stop": re.compile(r"\s+(?:talking|complaining|nagging|criticizing|criticising|moaning)", re.I),
    "look": re.compile(r"\s+(?:at\s+me|up\s+from|after|for\s+me)", re.I),
    "let": re.compile(r"\s+me\s+(?:finish|speak|talk|explain|decide|choose|in)", re.I),
    "give": re.compile(r"\s+me\s+(?:a\s+chance|space|time|credit|a\s+break)", re.I),
    "have": re.compile(r"\s+(?:time|a\s+minute|a\s+moment)\b", re.I),
    "leave": re.compile(r"\s+(?:the\s+house|your\s+(?:phone|room|desk|computer))", re.I),
    "say": re.compile(r"\s+(?:sorry|thank\s+you|thanks|anything\s+nice|please)", re.I),
}

NEVER = gated(
    rf"\b(?P<you>{YOU})\s+(?:just\s+|really\s+|literally\s+|honestly\s+)?"
    rf"(?:never(?:\s+ever)?|{DONT}\s+ever|{CANT}\s+ever|{WONT}\s+ever|{DIDNT}\s+ever|"
    rf"hardly\s+ever|rarely|barely\s+ever)\s+"
    r"(?:even\s+|once\s+|actually\s+|really\s+|bother\s+to\s+|seem\s+to\s+|try\s+to\s+|want\s+to\s+)?"
    r"(?P<verb>[a-z]+)",
    "never ever rarely barely",
)
# A question or a supposition, not a statement: "have you never been?", "if you never try".
INVERTED = compile_rule(r"\b(?:have|had|did|do|does|would|could|will|should|if|unless)\s*$")

HABITS = (
    "leave", "forget", "interrupt", "ignore", "blame", "complain", "criticize", "criticise", "nag",
    "yell", "shout", "snap", "lie", "cancel", "bail", "flake", "dismiss", "twist", "exaggerate",
    "overreact", "judge", "mock", "sulk", "whine", "argue", "pick fights", "pick on",
    "start fights", "start arguments", "run late", "show up late", "come home late",
    "turn it around", "turn everything", "make it about", "make everything about",
    "make excuses", "make a mess",
    "make me feel bad", "make me feel guilty", "make me feel stupid", "make me feel small",
    "make me wait", "have to be right", "have to win", "have to have the last word", "do this",
    "do that", "say that", "check your phone", "look at your phone", "walk away", "storm off",
    "roll your eyes", "talk over me", "cut me off", "correct me", "bring up", "mess up",
    "mess things up", "screw up", "ruin", "break", "waste", "get mad", "get angry",
    "get defensive", "get upset", "get your way", "find fault", "find something wrong",
    "find an excuse", "need to be right", "need to win", "want things your way", "let me down",
    "disappoint", "embarrass", "belittle", "control", "pressure", "rush", "put yourself first",
    "put me last", "take their side", "side with", "play on your phone", "play video games",
    "assume", "leave me", "forget about me", "choose work", "choose your friends",
)  # fmt: skip
HABITS_ING = (
    "leaving", "forgetting", "interrupting", "ignoring", "blaming", "complaining", "criticizing",
    "criticising", "nagging", "yelling", "shouting", "snapping", "lying", "cancelling",
    "canceling", "bailing", "flaking", "dismissing", "twisting", "exaggerating", "overreacting",
    "judging", "mocking", "sulking", "whining", "arguing", "picking fights", "picking on",
    "starting fights", "running late", "showing up late", "coming home late", "turning",
    "making excuses", "making a mess", "making it about", "making everything about",
    "bringing up", "messing up", "screwing up", "ruining", "breaking", "wasting", "getting mad",
    "getting angry", "getting defensive", "checking your phone", "doing this", "doing that",
    "saying that", "walking away", "rolling your eyes", "talking over me", "cutting me off",
    "correcting me", "letting me down", "disappointing me", "embarrassing me", "belittling",
    "putting me down", "pushing me away", "pushing", "changing the subject",
)  # fmt: skip
ALWAYS = gated(
    rf"\b{YOU}\s+(?:always|constantly|forever|continually|repeatedly)\s+"
    rf"(?:just\s+)?{phrases(*HABITS)}\b"
    rf"|\b{YOU}\s+(?:always\s+|constantly\s+)?keep\s+(?:on\s+)?{phrases(*HABITS_ING)}\b",
    "always constantly forever continually repeatedly keep",
)
STATES = (
    "late", "on your phone", "busy", "working", "at work", "angry", "mad", "grumpy",
    "in a bad mood", "complaining", "criticizing", "criticising", "nagging", "yelling", "shouting",
    "gone", "out", "away", "distracted", "rushing", "glued to", "on the computer", "on your laptop",
    "gaming", "blaming", "picking on", "putting me down", "making excuses", "negative", "critical",
    "defensive", "dramatic", "moody", "sarcastic", "rude", "distant", "cold", "annoyed",
    "irritated", "snapping", "lecturing", "on my case", "judging", "correcting me", "interrupting",
    "ignoring me", "too busy", "looking at your phone", "texting", "out with your friends",
    "somewhere else", "in your own world", "so negative", "so critical", "so defensive",
)  # fmt: skip
ALWAYS_STATE = gated(
    rf"\b{YOU_ARE}\s+(?:always|constantly|forever|continually|permanently|perpetually)\s+"
    rf"(?:so\s+)?{phrases(*STATES)}\b",
    "always constantly forever continually permanently perpetually",
)
ABSENT = (
    "here", "home", "around", "there for me", "on time", "ready", "available", "satisfied",
    "happy with", "in the mood", "listening", "interested", "free", "present", "on my side",
)  # fmt: skip
NEVER_STATE = gated(rf"\b{YOU_ARE}\s+never\s+{phrases(*ABSENT)}\b", "never")

TRAITS = (
    "lazy", "selfish", "careless", "inconsiderate", "irresponsible", "thoughtless", "immature",
    "childish", "messy", "rude", "controlling", "needy", "clingy", "insensitive", "unreliable",
    "self-centered", "self-centred", "self centered", "self-absorbed", "unfair", "stubborn",
    "ungrateful", "boring", "jealous", "paranoid", "annoying", "forgetful", "disorganized",
    "disorganised", "mean", "cruel", "heartless", "demanding", "bossy", "arrogant",
    "condescending", "hypocritical", "dishonest", "judgmental", "judgemental", "sloppy", "cheap",
    "stingy", "petty", "vain", "spoiled", "spoilt", "entitled", "manipulative",
    "passive aggressive", "passive-aggressive", "oversensitive", "too sensitive", "overdramatic",
    "hopeless", "clueless", "flaky", "unreasonable", "uncaring", "unsupportive", "unromantic",
    "negative", "critical", "defensive", "cold", "distant", "difficult", "impossible", "dramatic",
    "so sensitive", "a nag", "a control freak", "the worst", "such a pain", "a pain",
    "untrustworthy", "a hypocrite", "overreacting", "so sensitive about everything", "a pushover",
    "such a pushover", "a doormat", "spineless", "useless", "hopeless", "a bad friend",
)  # fmt: skip
# "You're a terrible friend": a role the person fails at, said about who they are.
BAD_ROLE = (
    r"(?:(?:just|such|really|honestly|literally|seriously|the\s+most)\s+){0,2}(?:a|an|the)\s+"
    r"(?:(?:really|truly|totally|genuinely)\s+)?(?:bad|terrible|horrible|awful|lousy|rubbish|crap|"
    r"crappy|shit|shitty|useless|hopeless|selfish|worst)\s+(?:friend|partner|husband|wife|mother|"
    r"father|mum|mom|dad|parent|son|daughter|brother|sister|boyfriend|girlfriend|person|listener|"
    r"human\s+being)"
)
TRAIT_MODIFIERS = (
    r"(?:(?:so|such|such\s+a|really|just|totally|completely|too|being|always|very|incredibly|"
    r"extremely|literally|honestly|actually|seriously|kind\s+of|kinda|a\s+bit|the\s+most|"
    r"soo+|sooo+)\s+){0,3}"
)
TRAIT = gated(
    rf"\b(?:{ANY_YOU_ARE}|{YOU}\s+can\s+be(?=\s+(?:so|such|really|very|incredibly|too)\b))\s+"
    rf"{TRAIT_MODIFIERS}(?P<trait>{phrases(*TRAITS)})\b"
    rf"|\b{ANY_YOU_ARE}\s+{BAD_ROLE}\b",
    key_words(*TRAITS) + " friend partner husband wife mother father mum mom dad parent son "
    "daughter brother sister boyfriend girlfriend person listener being",
)
TRAIT_QUESTION = gated(
    rf"\bare\s+{YOU}\s+(?:always|ever)\s+(?:this|so)\s+{phrases(*TRAITS)}\b"
    rf"|\b(?:stop|quit)\s+being\s+(?:so\s+|such\s+an?\s+|such\s+)?{phrases(*TRAITS)}\b",
    key_words(*TRAITS),
)

WHY_ALWAYS = gated(
    rf"\bwhy\s+(?:{CANT}\s+{YOU}\s+(?:ever|just)|{DONT}\s+{YOU}\s+ever|{WONT}\s+{YOU}\s+(?:ever|just)|"
    rf"do\s+{YOU}\s+(?:always|never|constantly|keep)|(?:are|r)\s+{YOU}\s+(?:always|never|constantly)|"
    rf"is\s+it\s+always\s+(?:me|up\s+to\s+me|my\s+job)|do\s+i\s+always\s+have\s+to|"
    rf"(?:are|r)\s+{YOU}\s+(?:always\s+|being\s+)?like\s+this)\b",
    "why",
)
# "Why do you always smell so good?" is a compliment in a question's clothes.
KIND_AFTER_WHY = compile_rule(
    r"[^.!?\n]{0,40}?\b(?:laugh|smile|good|great|nice|amazing|beautiful|best|lovely|wonderful|cute|"
    r"funny|kind|sweet|happy|perfect|right\s+thing|rest|relax|treat\s+yourself|take\s+(?:a\s+)?(?:break|"
    r"day\s+off|time\s+off|care\s+of\s+yourself)|ask\s+for\s+help|"
    r"let\s+(?:anyone|anybody|someone|somebody|people|me|us)\s+help|tidy|spotless|clean|better|easier|"
    r"thank)\b"
)
GLOBAL = gated(
    rf"\b{YOU}\s+(?:do|did)\s+nothing\b(?!\s+wrong)"
    rf"|\b{YOU}\s+{DONT}\s+do\s+anything\s+(?:around|for|to\s+help|here|at\s+home|all\s+day)"
    rf"|\b{YOU}\s+{CANT}\s+(?:even\s+)?do\s+anything\s+right\b"
    rf"|\bnothing\s+(?:is\s+)?(?:ever\s+)?good\s+enough\s+for\s+{YOU}\b"
    rf"|\b{YOU}\s+only\s+(?:ever\s+)?(?:think|care)\s+(?:about|of)\s+(?:yourself|urself)\b"
    rf"|\bthe\s+problem\s+(?:with\s+you\s+is|is\s+you)\b"
    rf"|\b(?:that{APOSTROPHE}s\s+)?(?:so\s+)?typical\s+of\s+you\b|\btypical\s+you\b"
    rf"|\b{YOU}(?:\s+will|{APOSTROPHE}ll)\s+never\s+(?:change|learn|get\s+it|grow\s+up|understand)\b"
    rf"|\b{YOU_ARE}\s+just\s+like\s+your\s+(?:mother|father|mom|mum|dad|ex)\b"
    rf"|\b(?:{CANT}|cannot)\s+you\s+ever\b"
    rf"|\b{YOU}(?:\s+have|{APOSTROPHE}ve)\s+never\s+once\s+\w+"
    r"|\b(?:just\s+|for\s+)?once\s+in\s+your\s+(?:life|lifetime)\b"
    rf"|\b{I_AM}\s+(?:so\s+|really\s+|just\s+)?(?:sick|tired)\s+(?:and\s+tired\s+)?of\s+your\s+"
    r"(?:\w+\s+)?(?:attitude|behaviou?r|excuses|moods?|lies|nonsense|crap|games|drama|whining|"
    r"moaning|complaining|laziness|selfishness|negativity|sarcasm|tantrums|temper|bullshit|bs)\b"
    rf"|\b{YOU}\s+(?:{DONT}|{DIDNT}|never)\s+(?:even\s+)?(?:hear|listen\s+to|remember|notice|"
    r"do|take\s+in|help\s+with|care\s+about)\s+(?:a\s+single|one\s+single|one)\s+"
    r"(?:thing|word)\b(?!\s+wrong)",
    "nothing anything enough yourself urself problem typical never like ever once life lifetime "
    "attitude behaviour behavior excuses mood moods lies nonsense crap games drama whining moaning "
    "complaining laziness selfishness negativity sarcasm tantrums temper bullshit bs thing word",
)
# "You criticise every single thing I cook": a habit stretched over everything.
EVERYTHING = gated(
    rf"\b{YOU}\s+(?:just\s+)?{phrases(*HABITS)}\s+(?:about\s+|at\s+|on\s+)?"
    r"(?:every\s+single\s+(?:thing|time|day|one)|everything|everyone|every\s+time)\b",
    "single everything everyone time",
)

RELATIONAL = (
    r"(?:care|listen|love|respect|value|appreciate|understand|hear|see|notice|want|try|think|"
    r"make\s+time|help|support|trust|like|pay\s+attention|ask|bother|consider|show)"
)
FEEL_LIKE_YOU = gated(
    r"\bI\s+(?:just\s+|really\s+|kind\s+of\s+|kinda\s+|sometimes\s+|often\s+|always\s+|honestly\s+)?"
    r"(?:feel|felt)\s+(?:like|that|as\s+if|as\s+though)\s+"
    rf"(?:(?P<never>{YOU}\s+never)|(?P<always>{YOU}\s+(?:always|constantly|keep))"
    rf"|{YOU}\s+(?:{DONT}|{DIDNT}|{WONT}|{CANT}|just\s+{DONT}|(?:only|just)\s+(?:care|think|want))"
    rf"\s+(?:even\s+|really\s+|ever\s+)?{RELATIONAL}"
    rf"|{YOU_ARE}\s+(?:not|never)\s+(?:really\s+|even\s+)?(?:listening|there|interested|trying|"
    r"hearing|on\s+my\s+side|present|paying\s+attention)"
    rf"|{YOU}(?:\s+would|{APOSTROPHE}d)\s+rather|{YOU}\s+care\s+more\s+about|{YOU}\s+refuse)",
    "feel felt",
)

# Words that wave the other away: laughter next to them mocks rather than teases.
DISMISSIVE = compile_rule(
    r"\b(?:get\s+over\s+(?:it|yourself)|grow\s+up|get\s+a\s+grip|shut\s+up)\b"
)


def find_criticism(text: str, previous: str | None = None) -> list[Span]:
    """Spans of global complaints about the person.

    >>> text = "You never help with the dishes, you're so lazy"
    >>> [text[start:end] for start, end in find_criticism(text)]
    ['You never help with the dishes', "you're so lazy"]
    """
    spans = [
        *never_spans(text),
        *always_spans(text),
        *trait_spans(text),
        *why_always_spans(text),
        *feel_like_you_spans(text),
        *(match.span() for match in GLOBAL.finditer(text) if not is_disowned(text, match.start())),
    ]
    return sorted(spans)


def never_spans(text: str) -> list[Span]:
    """ "You never…" that complains, not "you never complain" or "have you never been?"."""
    spans = []
    for match in NEVER.finditer(text):
        if not is_unkind_never(text, match) or is_disowned(text, match.start()):
            continue
        if INVERTED.search(text, max(0, match.start() - 12), match.start()):
            continue
        spans.append((match.start(), extend_words(text, match.end())))
    for match in NEVER_STATE.finditer(text):
        if not is_disowned(text, match.start()):
            spans.append(match.span())
    return spans


def is_unkind_never(text: str, match: re.Match[str]) -> bool:
    """Whether a "you never <verb>" reads as a complaint rather than praise or news."""
    verb = match.group("verb").lower()
    if verb not in KIND_NEVER:
        return True
    unkind_after = UNKIND_AFTER.get(verb)
    return unkind_after is not None and unkind_after.match(text, match.end()) is not None


def always_spans(text: str) -> list[Span]:
    """ "You always leave…", "you keep interrupting", "you're always on your phone"."""
    spans = []
    for rule in (ALWAYS, ALWAYS_STATE, EVERYTHING):
        for match in rule.finditer(text):
            if is_disowned(text, match.start()):
                continue
            if INVERTED.search(text, max(0, match.start() - 12), match.start()):
                continue
            if rule is EVERYTHING and KIND_AFTER_WHY.match(text, match.end()):
                continue
            spans.append((match.start(), extend_words(text, match.end())))
    return spans


def trait_spans(text: str) -> list[Span]:
    """ "You're so selfish": a trait pinned on the person, unless denied or plainly teasing."""
    spans = []
    for rule in (TRAIT, TRAIT_QUESTION):
        for match in rule.finditer(text):
            if is_disowned(text, match.start()):
                continue
            sentence = text[slice(*sentence_of(text, match.start(), match.end()))]
            # Laughter softens a jab, unless the message also waves the other away.
            if TEASING.search(sentence) and not DISMISSIVE.search(text):
                continue
            spans.append(match.span())
    return spans


def why_always_spans(text: str) -> list[Span]:
    """ "Why can't you ever…", "why do you always…": a complaint dressed as a question."""
    spans = []
    for match in WHY_ALWAYS.finditer(text):
        if KIND_AFTER_WHY.match(text, match.end()):
            continue
        spans.append((match.start(), extend_words(text, match.end())))
    return spans


def feel_like_you_spans(text: str) -> list[Span]:
    """ "I feel like you never listen": criticism, not an I-statement."""
    spans = []
    for match in FEEL_LIKE_YOU.finditer(text):
        if match.group("never"):
            inner = NEVER.pattern.match(text, match.start("never"))
            if inner is None or not is_unkind_never(text, inner):
                continue
        if match.group("always") and not ALWAYS.pattern.match(text, match.start("always")):
            continue
        spans.append((match.start(), extend_words(text, match.end())))
    return spans
