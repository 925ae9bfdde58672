"""Gentler rewrites: a feeling, the behaviour the message was about, and a request.

The behaviour comes from the message itself ("you never help with the dishes" gives "the
dishes"), so the rewrite keeps what the person wanted to say. The wording comes from
``content/coach.toml``. Every candidate goes back through ``detect`` and is offered only if it
shows no pitfall and holds an I-statement; if none passes, there is no rewrite. (Only the
rules that can decide that are run: the listening habits cannot change the verdict.)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from closeknit_core.coach.content import RewriteContent, coach_content
from closeknit_core.coach.detectors import GENTLENESS_KINDS, detect_kinds
from closeknit_core.coach.emotions import emotion_scores
from closeknit_core.coach.rules.common import CANT, DIDNT, DONT, WONT, WORD, YOU, YOU_ARE, lazy
from closeknit_core.coach.rules.contempt import INSULT
from closeknit_core.coach.rules.criticism import TRAIT
from closeknit_core.coach.types import PITFALLS, Finding, Kind

MAX_REWRITES = 3
MAX_ACTION_WORDS = 8
# Only the start of a huge message is mined for its behaviour; rewrites are for drafts.
READ_LIMIT = 2000

# Compiled on first use, then searched in lowercase once in steady use (``LazyPattern``).
MISSING = lazy(
    rf"\b{YOU}\s+(?:just\s+|really\s+)?(?:never(?:\s+ever)?|{DONT}(?:\s+ever)?|{WONT}(?:\s+ever)?|"
    rf"{CANT}\s+ever|hardly\s+ever|rarely|barely)\s+(?:even\s+|once\s+|bother\s+to\s+|"
    rf"seem\s+to\s+|try\s+to\s+|actually\s+)?(?=[a-z])"
    rf"|\bwhy\s+(?:{CANT}\s+{YOU}\s+(?:ever\s+|just\s+)?|{DONT}\s+{YOU}\s+ever\s+|"
    rf"{WONT}\s+{YOU}\s+(?:ever\s+|just\s+)?)(?=[a-z])",
)
REPEATED = lazy(
    rf"\b{YOU}\s+(?:always|constantly|forever|continually|repeatedly)\s+(?:just\s+)?(?!keep\b)(?=[a-z])"
    rf"|\bwhy\s+do\s+{YOU}\s+(?:always|constantly)\s+(?=[a-z])",
)
KEEP = lazy(rf"\b{YOU}\s+(?:always\s+|constantly\s+)?keep\s+(?:on\s+)?(?=[a-z])")
STATE = lazy(rf"\b{YOU_ARE}\s+(?P<how>always|constantly|forever|never)\s+(?:so\s+)?(?=[a-z])")
PAST = lazy(
    rf"\b{YOU}\s+(?=(?:forgot|left|missed|broke|ignored|cancell?ed|yelled|lied|lost|ruined|spent|"
    rf"interrupted|embarrassed|laughed|walked|stormed|hung\s+up|{DIDNT})\b)",
)
TOPIC = lazy(
    r"\b(?:another|that|this|your|what\s+an?)\s+(?:\w+\s+)?(?P<topic>idea|plan|decision|suggestion)\b",
)
CHORE = re.compile(
    r"\b(?:the\s+|our\s+|your\s+|my\s+)?(?P<noun>dishes|laundry|washing|housework|chores|cleaning|"
    r"cooking|trash|rubbish|bins|garbage|dishwasher|shopping|groceries|hoovering|vacuuming|ironing|"
    r"dinner|meals|bathroom|kitchen)\b",
    re.IGNORECASE,
)
CHORE_VERBS = {
    "trash": "take out",
    "rubbish": "take out",
    "bins": "take out",
    "garbage": "take out",
}
CHORE_VERBS |= {"dishwasher": "empty", "dinner": "make", "meals": "make", "bathroom": "clean"}
CHORE_VERBS |= {"kitchen": "clean"}
PLURAL_CHORES = frozenset({"dishes", "bins", "groceries", "meals", "chores"})
# Fillers at the end or start of a behaviour that a gentle rewrite should not repeat.
TRAILING = re.compile(
    r"(?:\s+(?:anymore|ever|again|lately|even|just|all|whatsoever|once|too|for\s+once|"
    r"for\s+a\s+change|at\s+all|all\s+the\s+time|every\s+time|these\s+days))+$"
)
LEADING = re.compile(r"^(?:(?:just|even|ever|really|actually|once)\s+)+")
STOP_WORDS = frozenset({
    "and", "but", "so", "because", "cause", "cuz", "or", "while", "then", "when", "whenever",
    "like", "if", "you"
})  # fmt: skip
HARSH = frozenset(["fucking", "freaking", "damn", "bloody", "stupid", "idiot"])
# "You never do anything around here" asks for help, not for "anything".
REPHRASED = (
    (re.compile(r"^do (?:anything|nothing)\b"), "help out"),
    (re.compile(r"\banything I say\b"), "what I say"),
)
# A behaviour about "anyone" or "everything" is too vague to hand back as it was said.
VAGUE = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "everything", "nobody", "anything", "nothing"}
)


@dataclass(frozen=True)
class Frame:
    """One way to build a rewrite: a template set from content and the words to fill it."""

    name: str
    fields: dict[str, str]


def suggest_rewrites(
    text: str, findings: Sequence[Finding], emotions: Mapping[str, float] | None = None
) -> tuple[str, ...]:
    """Up to three gentler I-statement versions of a message with a pitfall; () otherwise.

    ``emotions`` are the message's ``emotion_scores``, when the caller already has them for a
    text no longer than ``READ_LIMIT``; otherwise they are worked out here.

    >>> from closeknit_core.coach.detectors import detect
    >>> text = "You never help with the dishes, you're so lazy"
    >>> suggest_rewrites(text, detect(text))[0]
    'I feel worn out when I do the dishes on my own most evenings. Could we share them this week?'
    """
    pitfalls = sorted((f for f in findings if f.kind in PITFALLS), key=lambda f: f.start)
    if not pitfalls:
        return ()
    content = coach_content().rewrites
    emotion = strongest_emotion(text, emotions)
    offered: list[str] = []
    for frame in frames(text[:READ_LIMIT], [finding.kind for finding in pitfalls]):
        for candidate in fill(frame, content, emotion):
            if candidate not in offered and is_gentle(candidate):
                offered.append(candidate)
            if len(offered) == MAX_REWRITES:
                return tuple(offered)
    return tuple(offered)


# Templates repeat across messages, so the verdict on a candidate is worth remembering.
@functools.lru_cache(maxsize=4096)
def is_gentle(candidate: str) -> bool:
    """Whether a candidate shows no pitfall and holds an I-statement.

    >>> is_gentle("I feel hurt when plans change last minute."), is_gentle("You never call.")
    (True, False)
    """
    kinds = {finding.kind for finding in detect_kinds(candidate, None, GENTLENESS_KINDS)}
    return Kind.I_STATEMENT in kinds and not kinds & PITFALLS


def strongest_emotion(text: str, emotions: Mapping[str, float] | None = None) -> str:
    """The message's strongest emotion other than neutral, or "neutral" if none shows."""
    if emotions is None or len(text) > READ_LIMIT:
        emotions = emotion_scores(text[:READ_LIMIT])
    emotion, score = max(
        ((name, value) for name, value in emotions.items() if name != "neutral"),
        key=lambda item: item[1],
    )
    return emotion if score > 0 else "neutral"


def frames(text: str, kinds: Sequence[Kind]) -> Iterator[Frame]:
    """Every way to rewrite ``text``, the best first, for the pitfalls it shows (in order)."""
    seen: set[Kind] = set()
    for kind in kinds:
        if kind in seen:
            continue
        seen.add(kind)
        if kind in (Kind.CRITICISM, Kind.CONTEMPT):
            yield from behaviour_frames(text)
            yield from need_frames(text)
            yield from topic_frames(text)
        elif kind == Kind.STONEWALLING:
            yield Frame("pause", {})
        elif kind == Kind.DEFENSIVENESS:
            yield Frame("own_part", {})
        elif kind == Kind.MIND_READING:
            yield Frame("ask", {})
    yield Frame("general", {})


def behaviour_frames(text: str) -> Iterator[Frame]:
    """Frames built on what the person does or doesn't do, in the message's own words."""
    for match in MISSING.finditer(text):
        action = behaviour(text, match.end())
        if action:
            chore = chore_frame(action)
            if chore is not None:
                yield chore
            yield Frame("missing", {"action": action})
    for match in KEEP.finditer(text):
        action = behaviour(text, match.end())
        if action:
            yield Frame("keep", {"action_ing": action})
    for match in REPEATED.finditer(text):
        action = behaviour(text, match.end())
        if action:
            yield Frame("repeated", {"action": action})
    for match in STATE.finditer(text):
        state = behaviour(text, match.end())
        if state:
            negated = match.group("how").lower() == "never"
            yield Frame("state", {"state": f"not {state}" if negated else state})
    for match in PAST.finditer(text):
        action = behaviour(text, match.end())
        if action:
            yield Frame("past", {"action": action})


def chore_frame(action: str) -> Frame | None:
    """A shared-jobs frame when the missing help is a household job ("the dishes").

    >>> chore_frame("help with the dishes").fields["chore"]
    'do the dishes'
    """
    match = CHORE.search(action)
    if match is None:
        return None
    noun = match.group("noun").lower()
    chore_object = f"the {noun}"
    return Frame(
        "chore",
        {
            "chore": f"{CHORE_VERBS.get(noun, 'do')} {chore_object}",
            "chore_object": chore_object,
            "them": "them" if noun in PLURAL_CHORES else "it",
        },
    )


def need_frames(text: str) -> Iterator[Frame]:
    """Frames for a trait someone was called, turned into the need behind it."""
    needs = coach_content().rewrites.needs
    for match in TRAIT.pattern.finditer(text):
        # "You are a lousy husband" names a bad role, not a trait: the group is then empty.
        trait = (match.group("trait") or "").lower()
        yield Frame("need", {"need": needs.get(trait, needs["default"])})
    for match in INSULT.pattern.finditer(text):
        # Most insults hide no need worth naming; the few that do ("slob") are in the content.
        insult = match.group("insult").lower()
        if insult in needs:
            yield Frame("need", {"need": needs[insult]})


def topic_frames(text: str) -> Iterator[Frame]:
    """Frames for scorn about an idea or a plan: talk about the idea instead."""
    for match in TOPIC.finditer(text):
        yield Frame("topic", {"topic": match.group("topic").lower()})


def behaviour(text: str, position: int) -> str:
    """The words describing a behaviour from ``position``, lowercase, fillers dropped.

    >>> behaviour("you never help with the dishes, you're so lazy", 10)
    'help with the dishes'
    """
    words: list[str] = []
    end = position
    for _ in range(MAX_ACTION_WORDS):
        match = WORD.match(text, end)
        if match is None or is_attack_at(text, match.start(1)):
            break
        word = match.group(1).replace("\u2019", "'")
        if word.lower() in STOP_WORDS or word.lower() in HARSH:
            break
        words.append(word if word == "I" else word.lower())
        end = match.end()
    phrase = TRAILING.sub("", " ".join(words))
    phrase = LEADING.sub("", phrase)
    for said, meant in REPHRASED:
        phrase = said.sub(meant, phrase)
    return "" if VAGUE.intersection(phrase.split()) else phrase


def is_attack_at(text: str, position: int) -> bool:
    """Whether a trait or an insult starts at ``position`` ("ur so lazy"): not a behaviour."""
    return bool(TRAIT.pattern.match(text, position) or INSULT.pattern.match(text, position))


def fill(frame: Frame, content: RewriteContent, emotion: str) -> Iterator[str]:
    """The frame's templates filled in, each with the next feeling in turn."""
    feelings = content.frame_feelings.get(frame.name) or content.feelings[emotion]
    for index, template in enumerate(content.templates[frame.name]):
        yield template.format(feeling=feelings[index % len(feelings)], **frame.fields)
