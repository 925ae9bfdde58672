"""The good-habit rules: I-statements, validation, clarifying questions and paraphrases.

As for the pitfalls, each kind has positives with the exact words to quote and hard
negatives that only look like the habit. ``None`` as the previous turn means no context.
"""

from __future__ import annotations

import pytest

from closeknit_core.coach import Kind, detect

Positive = tuple[str, str | None, str]
Negative = tuple[str, str | None]

COOKING = "I'm exhausted, I've been cooking every night this week."

POSITIVES: dict[Kind, list[Positive]] = {
    Kind.I_STATEMENT: [
        (
            "I feel lonely when we don't talk in the evening.",
            None,
            "I feel lonely when we don't talk in the evening",
        ),
        ("I need quiet after work.", None, "I need quiet after work"),
        ("i feel hurt when u cancel plans", None, "i feel hurt when u cancel plans"),
        ("I'm worried about money.", None, "I'm worried about money"),
        ("I don't feel heard when we argue.", None, "I don't feel heard when we argue"),
        ("I feel like I'm invisible at parties.", None, "I feel like I'm invisible at parties"),
        (
            "I'd really like us to spend Sunday together.",
            None,
            "I'd really like us to spend Sunday together",
        ),
        ("It would mean a lot to me if you came.", None, "It would mean a lot to me if you came"),
        ("I miss you.", None, "I miss you"),
        (
            "I felt embarrassed when you joked about my job at dinner.",
            None,
            "I felt embarrassed when you joked about my job at dinner",
        ),
        ("im feeling kinda lonely lately", None, "im feeling kinda lonely lately"),
        ('When you said "whatever", I felt hurt.', None, "I felt hurt"),
        ("I'm so hurt.", None, "I'm so hurt"),
    ],
    Kind.VALIDATION: [
        ("That makes sense.", None, "That makes sense"),
        ("That sounds really hard.", None, "That sounds really hard"),
        ("I can see why you'd be upset.", None, "I can see why you'd be upset"),
        ("No wonder you're tired.", None, "No wonder you're tired"),
        ("It's okay to feel that way.", None, "It's okay to feel that way"),
        ("I'd be upset too.", None, "I'd be upset too"),
        ("You have every right to be angry.", None, "You have every right to be angry"),
        ("I hear you.", None, "I hear you"),
        ("Of course you're upset.", None, "Of course you're upset"),
        (
            "You must be exhausted after that week.",
            None,
            "You must be exhausted after that week",
        ),
        ("You're right, I forgot.", None, "You're right"),
        ("Of course you are.", "I'm really hurt that you forgot.", "Of course you are"),
        ("That must have been scary.", None, "That must have been scary"),
    ],
    Kind.CLARIFYING_QUESTION: [
        ("What do you mean by that?", None, "What do you mean by that?"),
        (
            "Can you tell me more about what happened?",
            None,
            "Can you tell me more about what happened?",
        ),
        ("How did that make you feel?", None, "How did that make you feel?"),
        ("What would help right now?", None, "What would help right now?"),
        ("Are you okay?", None, "Are you okay?"),
        ("Tell me more.", None, "Tell me more"),
        (
            "When you say I'm distant, do you mean at home or with your friends?",
            None,
            "When you say I'm distant, do you mean at home or with your friends?",
        ),
        ("Why do you feel that way?", None, "Why do you feel that way?"),
        (
            "What did your boss say?",
            "My boss yelled at me in front of everyone today.",
            "What did your boss say?",
        ),
        ("Is there anything I can do?", None, "Is there anything I can do?"),
        ("What do you need from me?", None, "What do you need from me?"),
        ("Hmm. What's going on for you?", None, "What's going on for you?"),
    ],
    Kind.PARAPHRASE: [
        (
            "So what I'm hearing is you feel alone on weekends.",
            None,
            "So what I'm hearing is you feel alone on weekends",
        ),
        (
            "So you're saying you're tired of cooking every night?",
            COOKING,
            "So you're saying you're tired of cooking every night?",
        ),
        (
            "If I understand correctly, you want to leave at six?",
            None,
            "If I understand correctly, you want to leave at six?",
        ),
        (
            "It sounds like work has been really stressful lately.",
            "I'm stressed because work keeps piling up.",
            "It sounds like work has been really stressful lately",
        ),
        (
            "So you felt left out when I went out with my friends, is that right?",
            None,
            "So you felt left out when I went out with my friends, is that right?",
        ),
        (
            "In other words, you'd like more time for yourself.",
            None,
            "In other words, you'd like more time for yourself",
        ),
        (
            "Let me make sure I get this: you need quiet after work.",
            None,
            "Let me make sure I get this: you need quiet after work",
        ),
        (
            "You feel anxious when I don't text back?",
            "I get anxious when you don't text back.",
            "You feel anxious when I don't text back?",
        ),
        (
            "What I hear is that the move has been lonely for you.",
            None,
            "What I hear is that the move has been lonely for you",
        ),
        (
            "So you're hurt that your sister keeps canceling?",
            "My sister keeps canceling on me and it hurts.",
            "So you're hurt that your sister keeps canceling?",
        ),
    ],
}

NEGATIVES: dict[Kind, list[Negative]] = {
    Kind.I_STATEMENT: [
        ("I feel like you never listen.", None),
        ("I feel that you don't appreciate me.", None),
        ("I feel like going for a walk.", None),
        ("You make me feel stupid.", None),
        ("If I feel overwhelmed, I'll take a break.", None),
        ("I feel hurt when you're so selfish.", None),
        ("I'd love to!", None),
        ("I feel the same.", None),
        ("I'm tired.", None),
        ("I feel you, that's rough.", None),
        ("She feels lonely when he works late.", None),
        ('He wrote "I feel lonely" on the card.', None),
    ],
    Kind.VALIDATION: [
        ("That doesn't make sense.", None),
        ("Does that make sense?", None),
        ("I can't see why you'd be upset.", None),
        ("I don't understand why you did that.", None),
        ("I hear you're moving to Berlin!", None),
        ("You're right here.", None),
        ("You're right, as always.", None),
        ("I hear you, but I was only trying to help.", None),
        ("That doesn't sound hard.", None),
        ("I'd be upset if you left.", None),
        ("That's not fair.", None),
        ("I'm sorry you feel that way.", None),
    ],
    Kind.CLARIFYING_QUESTION: [
        ("Why would you even do that?", None),
        ("What is wrong with you?", None),
        ("Why do you always do this?", None),
        ("How could you say that?", None),
        ("Are you serious?", None),
        ("What were you thinking?", None),
        ("Do you ever listen?", None),
        ("Is that too much to ask?", None),
        ("How many times do I have to tell you?", None),
        ("What time is dinner?", None),
        ("Don't you think you're overreacting?", None),
        ("What do you even mean?", None),
    ],
    Kind.PARAPHRASE: [
        ("So you're saying I'm a terrible partner?", COOKING),
        ("So you're saying I never do anything?!", "I'd like more help on weekends."),
        ("So what you're saying is you want a divorce?", "I'm tired of cooking every night."),
        ("So you're saying it's all my fault?", None),
        ("Sounds like a plan!", None),
        ("So you think you're always right?", None),
        ("I hear you're moving to Berlin!", None),
        ("So you want pizza?", "Work was long today."),
        ("So, are we still on for Friday?", None),
        ("You're saying that like it's my fault.", "I miss my mum."),
        ("It sounds like you're SO busy with everyone but me.", None),
    ],
}


def positive_cases() -> list[object]:
    return [
        pytest.param(kind, text, previous, quote, id=f"{kind.value}:{quote}")
        for kind, cases in POSITIVES.items()
        for text, previous, quote in cases
    ]


def negative_cases() -> list[object]:
    return [
        pytest.param(kind, text, previous, id=f"{kind.value}:{text}")
        for kind, cases in NEGATIVES.items()
        for text, previous in cases
    ]


@pytest.mark.parametrize(("kind", "text", "previous", "quote"), positive_cases())
def test_habit_found_with_exact_span(
    kind: Kind, text: str, previous: str | None, quote: str
) -> None:
    found = [finding for finding in detect(text, previous) if finding.kind == kind]
    assert quote in [finding.quote for finding in found]
    assert all(text[finding.start : finding.end] == finding.quote for finding in found)


@pytest.mark.parametrize(("kind", "text", "previous"), negative_cases())
def test_habit_not_found_in_hard_negative(kind: Kind, text: str, previous: str | None) -> None:
    assert kind not in {finding.kind for finding in detect(text, previous)}


@pytest.mark.parametrize("kind", list(POSITIVES))
def test_habit_cases_are_enough(kind: Kind) -> None:
    assert len(POSITIVES[kind]) >= 10
    assert len(NEGATIVES[kind]) >= 10


def test_paraphrase_without_previous_needs_a_clear_frame_or_a_check() -> None:
    assert Kind.PARAPHRASE not in {f.kind for f in detect("So you want to leave at six.")}
    checked = detect("So you want to leave at six, is that right?")
    assert Kind.PARAPHRASE in {f.kind for f in checked}


def test_paraphrase_is_judged_by_closeness_to_previous() -> None:
    reply = "So you want to leave at six?"
    assert Kind.PARAPHRASE in {f.kind for f in detect(reply, "Can we leave at six tonight?")}
    assert Kind.PARAPHRASE not in {f.kind for f in detect(reply, "My mum called about Sunday.")}
