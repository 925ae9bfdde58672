"""Mind reading and validation: families of phrasings beyond the first examples, and lookalikes.

Each positive names the exact words the finding must quote. The phrasings are new ones for
each family (tests/data/coach/tuning/mind_reading_validation.jsonl holds more), so a rule that
knew one sentence per family fails them. The hard negatives are the same guesses asked or
offered tentatively, reported speech, kind certainties and third persons for mind reading;
validation taken back by "but", sarcasm, dismissal, agreement about facts, an acknowledgement
that closes the subject, and self-validation for validation.
"""

from __future__ import annotations

import pytest

from closeknit_core.coach import Kind, detect
from closeknit_core.coach.rules.mind_reading import find_mind_reading
from closeknit_core.coach.rules.validation import find_validation
from tests.core.coach.cases import (
    assert_found,
    assert_gating_changes_nothing,
    assert_not_found,
    every_example,
    negative_cases,
    positive_cases,
)

Positive = tuple[str, str | None, str]
Negative = tuple[str, str | None]

POSITIVES: dict[Kind, list[Positive]] = {
    Kind.MIND_READING: [
        # feelings charged as fact: about the speaker, held on to, glad at a setback
        ("You're ashamed of where I come from.", None, "You're ashamed of where I come from"),
        (
            "you were jealous of my brother the whole night",
            None,
            "you were jealous of my brother the whole night",
        ),
        (
            "You're still fuming about the car, I know it.",
            None,
            "You're still fuming about the car",
        ),
        (
            "You were relieved when I didn't come to the wedding.",
            None,
            "You were relieved when I didn't come to the wedding",
        ),
        (
            "You're threatened by anyone I get close to.",
            None,
            "You're threatened by anyone I get close to",
        ),
        ("You're fed up with me.", None, "You're fed up with me"),
        # thoughts and beliefs
        ("You think I owe you something.", None, "You think I owe you something"),
        ("You don't believe anything I tell you.", None, "You don't believe anything I tell you"),
        ("You think you're above all this.", None, "You think you're above all this"),
        ("Deep down you blame me for the move.", None, "Deep down you blame me for the move"),
        # wants, wishes and hopes
        ("You want me out of your life.", None, "You want me out of your life"),
        ("You wish I'd never moved in.", None, "You wish I'd never moved in"),
        ("You were hoping I'd say no.", None, "You were hoping I'd say no"),
        ("You couldn't wait to be rid of me.", None, "You couldn't wait to be rid of me"),
        ("you'd rather I wasn't here", None, "you'd rather I wasn't here"),
        ("You don't even want to try anymore.", None, "You don't even want to try anymore"),
        ("You never wanted to meet my parents.", None, "You never wanted to meet my parents"),
        # motives and schemes
        ("You did that to get back at me.", None, "You did that to get back at me"),
        (
            "You're only helping so you can say you did.",
            None,
            "You're only helping so you can say you did",
        ),
        ("You only call when you need money.", None, "You only call when you need money"),
        (
            "You stayed late because you didn't want to see me.",
            None,
            "You stayed late because you didn't want to see me",
        ),
        ("You're punishing me for Saturday.", None, "You're punishing me for Saturday"),
        ("This is your way of making me pay.", None, "This is your way of making me pay"),
        ("You left it there on purpose.", None, "You left it there on purpose"),
        # frames and endings that insist
        ("We both know you never forgave her.", None, "We both know you never forgave her"),
        ("Admit it, you were glad I left.", None, "Admit it, you were glad I left"),
        ("Clearly you don't care what I think.", None, "Clearly you don't care what I think"),
        ("You're bored, just admit it.", None, "You're bored, just admit it"),
        ("You're jealous, that's all this is.", None, "You're jealous, that's all this is"),
        # twisted restatements of what the other said
        (
            "So you don't love me anymore.",
            "I need some time on my own this weekend.",
            "So you don't love me anymore",
        ),
        ("So now you hate me.", "I'm upset about what you said at dinner.", "So now you hate me"),
    ],
    Kind.VALIDATION: [
        # it makes sense / no wonder
        ("That tracks, honestly.", "I'm wiped after the conference.", "That tracks"),
        (
            "No wonder you snapped.",
            "I lost it with the kids after three nights of no sleep.",
            "No wonder you snapped",
        ),
        ("No wonder it stung.", "He didn't even say thanks in the speech.", "No wonder it stung"),
        # the listener would feel the same
        (
            "I'd be livid too.",
            "They cancelled my appointment after I'd waited a month.",
            "I'd be livid too",
        ),
        (
            "I'd have cried, honestly.",
            "My boss read my review out in front of everyone.",
            "I'd have cried",
        ),
        (
            "That would get to anyone.",
            "My neighbour complains about every little noise.",
            "That would get to anyone",
        ),
        # how hard it sounds
        (
            "That must have been terrifying.",
            "The car skidded on the ice.",
            "That must have been terrifying",
        ),
        ("sounds exhausting tbh", "double shift again today", "sounds exhausting tbh"),
        (
            "What a rotten week.",
            "Flat tyre, then the boiler, then the dog was sick.",
            "What a rotten week",
        ),
        (
            "That's so unfair on you.",
            "They gave my shifts to the new guy.",
            "That's so unfair on you",
        ),
        (
            "That's a lot to carry on your own.",
            "I haven't told anyone about the money.",
            "That's a lot to carry on your own",
        ),
        # rights and normalising
        (
            "You've got every reason to be upset.",
            "I'm upset they didn't even ring.",
            "You've got every reason to be upset",
        ),
        (
            "It's okay to feel a bit lost.",
            "I don't know what to do with myself since I retired.",
            "It's okay to feel a bit lost",
        ),
        (
            "Being nervous is completely normal.",
            "I'm so nervous about the scan.",
            "Being nervous is completely normal",
        ),
        (
            "Your worry makes complete sense.",
            "I'm worried we can't afford the move.",
            "Your worry makes complete sense",
        ),
        (
            "That's a totally fair concern.",
            "I'm not sure the school is right for him.",
            "That's a totally fair concern",
        ),
        (
            "You're not overreacting at all.",
            "Am I overreacting? It really hurt.",
            "You're not overreacting at all",
        ),
        ("We all have days like that.", "I cried on the bus today.", "We all have days like that"),
        (
            "It's okay, I know you've been swamped.",
            "Sorry I forgot to ring you back.",
            "It's okay, I know you've been swamped",
        ),
        # seeing it from their side
        (
            "I can see how much this matters to you.",
            "I really want this job.",
            "I can see how much this matters to you",
        ),
        ("I know what you mean.", "Big family dinners wear me out.", "I know what you mean"),
        ("Of course you miss her, love.", "I keep thinking about Nan.", "Of course you miss her"),
        (
            "Naturally you're anxious, it's a big step.",
            "I'm anxious about moving in together.",
            "Naturally you're anxious",
        ),
    ],
}

NEGATIVES: dict[Kind, list[Negative]] = {
    Kind.MIND_READING: [
        # the same guesses asked or offered tentatively
        ("Are you ashamed of me?", None),
        ("I wonder if you were jealous of my brother.", None),
        ("Maybe you're still upset about the car? I'd understand.", None),
        ("It seems like you were relieved, am I right?", None),
        ("Do you think I owe you something?", None),
        ("You'd rather have tea? I'll put the kettle on.", None),
        # reported speech and observable behaviour
        ("You said you wished you'd moved sooner.", None),
        ("You told me you were hoping for a quiet night, so I cancelled.", None),
        ("You left early on Saturday.", None),
        ("You didn't call back last night.", None),
        # kind certainties and warm guesses
        ("I know you didn't do it on purpose.", None),
        ("I know you love your sister.", None),
        ("I'm sure you had your reasons.", None),
        ("You must be exhausted after the move, go and sit down.", None),
        ("You hate queues, so I booked ahead.", None),
        ("It's obvious you love those kids.", None),
        ("Face it, you're brilliant at this.", None),
        ("You just want the last biscuit 😂", None),
        # the speaker's own feelings, third persons, other senses of "only"
        ("I'm scared you're bored of me.", None),
        ("I felt jealous when you went without me.", None),
        ("She only calls when she needs money.", None),
        ("He thinks he's above all this.", None),
        ("You're only two minutes away, no rush.", None),
        # restatements that echo what the other said
        ("So you'd rather we went on Sunday?", "Could we go Sunday instead? Saturday's packed."),
        ("So you're bored of the job?", "I'm so bored of this job."),
    ],
    Kind.VALIDATION: [
        # taken back by a defensive "but" or "though"
        ("I get why you're upset, but you knew the plan.", "I'm upset you left without me."),
        ("That makes sense, though it's hardly my fault.", "I was stressed waiting for you."),
        (
            "I hear you, but you're making a big deal out of nothing.",
            "It hurt that you forgot.",
        ),
        # sarcastic, dismissive, or closing the subject
        ("Oh sure, that makes SO much sense.", "I'm buying a boat."),
        (
            "Yeah yeah, you're upset, I get it. Can we drop it?",
            "I'm really upset about last night.",
        ),
        ("I understand. Anyway, what's for tea?", "I feel like nobody listens to me."),
        ("Don't be sad, it's only a game.", "I'm sad we lost."),
        ("At least it wasn't worse.", "I fell off my bike."),
        ("It's normal, just get on with it.", "I'm struggling with the new job."),
        # agreeing about facts or plans
        ("Makes sense, I'll take the bus.", "The car's in the garage till Friday."),
        ("Fair enough, I'll book for eight then.", "Can we eat at eight? Seven's a bit early."),
        ("You're right, the match is on Sunday.", "The match is Sunday, not Saturday."),
        ("No wonder the cake sank, the oven's broken.", "My cake sank."),
        ("That's awful advice, ignore him.", None),
        ("That sounds great, see you there!", "We're doing a picnic on Sunday."),
        ("I'd be happy to drive.", "Who's driving on Sunday?"),
        # validating oneself
        ("I totally get why I snapped, I was starving.", "You snapped at me in the car."),
        ("My reaction was completely understandable, thanks.", "You overreacted yesterday."),
    ],
}


@pytest.mark.parametrize(("kind", "text", "previous", "quote"), positive_cases(POSITIVES))
def test_family_found_with_exact_span(
    kind: Kind, text: str, previous: str | None, quote: str
) -> None:
    assert_found(kind, text, previous, quote)


@pytest.mark.parametrize(("kind", "text", "previous"), negative_cases(NEGATIVES))
def test_family_not_found_in_hard_negative(kind: Kind, text: str, previous: str | None) -> None:
    assert_not_found(kind, text, previous)


@pytest.mark.parametrize(("text", "previous"), every_example(POSITIVES, NEGATIVES))
def test_families_gating_never_changes_a_result(
    text: str, previous: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_gating_changes_nothing(
        monkeypatch, lambda: (find_mind_reading(text, previous), find_validation(text, previous))
    )


def test_restatement_is_mind_reading_only_when_the_feeling_is_new() -> None:
    twisted = detect("So you're bored of me.", "I wish we went out more.")
    echoed = detect("So you're bored of me?", "Honestly I'm a bit bored of us lately.")
    assert Kind.MIND_READING in {finding.kind for finding in twisted}
    assert Kind.MIND_READING not in {finding.kind for finding in echoed}


def test_reaction_to_news_needs_the_news() -> None:
    assert Kind.VALIDATION in {f.kind for f in detect("That's awful.", "Someone keyed my car.")}
    assert Kind.VALIDATION not in {f.kind for f in detect("That's awful.")}
    assert Kind.VALIDATION not in {f.kind for f in detect("That's awful.", "Did you see my car?")}


def test_bare_agreement_validates_only_a_shared_feeling_or_view() -> None:
    feeling = "I'm dreading the family thing this weekend."
    fact = "The family thing is at two on Saturday."
    assert Kind.VALIDATION in {finding.kind for finding in detect("Fair enough.", feeling)}
    assert Kind.VALIDATION not in {finding.kind for finding in detect("Fair enough.", fact)}
