"""The good-habit rules: I-statements, validation, clarifying questions and paraphrases.

As for the pitfalls, each kind has positives with the exact words to quote and hard
negatives that only look like the habit. ``None`` as the previous turn means no context.
"""

from __future__ import annotations

import pytest

from closeknit_core.coach import Kind, detect
from tests.core.coach.cases import assert_found, assert_not_found, negative_cases, positive_cases

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
        (
            "Honestly it stung a little that nobody rang on my birthday.",
            None,
            "it stung a little that nobody rang on my birthday",
        ),
        ("Waiting up without a text makes me really anxious.", None, "makes me really anxious"),
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
        (
            "It's perfectly normal to be nervous before a move.",
            None,
            "It's perfectly normal to be nervous before a move",
        ),
        (
            "You've every right to feel that.",
            "I'm hurt you read my diary.",
            "You've every right to feel that",
        ),
        (
            "Of course it did, that would get to me too.",
            "The comment about my cooking really got to me.",
            "that would get to me too",
        ),
        ("Aw, of course you did.", "I cried on the train home.", "of course you did"),
        ("Exams always bring up a lot, no wonder.", "I'm dreading results day.", "no wonder"),
        (
            "You missed one call, that's only human.",
            "I feel awful that I missed your call.",
            "that's only human",
        ),
        (
            "Locking yourself out happens to everyone.",
            "I locked myself out again, I'm such a mess.",
            "happens to everyone",
        ),
        (
            "that makes sense 💛 want to get noodles later?",
            "work has been grim and I feel numb",
            "that makes sense",
        ),
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
        ("Sore how?", "My back's been sore since the move.", "Sore how?"),
        ("How so?", "I think your mum doesn't like me.", "How so?"),
        ("You seemed quiet. Is everything alright?", None, "Is everything alright?"),
        ("You sure?", "I'm fine, honestly.", "You sure?"),
        (
            "Could it be the late shifts that are getting to you?",
            None,
            "Could it be the late shifts that are getting to you?",
        ),
        (
            "Is it the noise, or the fact that it's every night?",
            "I'm so fed up with the neighbours.",
            "Is it the noise, or the fact that it's every night?",
        ),
        (
            "Worried about the interview, or about the new team?",
            "I'm just a bit anxious about next week.",
            "Worried about the interview, or about the new team?",
        ),
        ("Oh? What did she say?", "My sister rang about Christmas.", "What did she say?"),
        (
            "What's pulling you towards Leeds?",
            "I keep thinking about moving to Leeds.",
            "What's pulling you towards Leeds?",
        ),
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
        (
            "So it's not the money, it's being asked first that matters to you?",
            "It's not the money I care about, it's that you didn't ask me first.",
            "So it's not the money, it's being asked first that matters to you?",
        ),
        (
            "Okay, so bedtimes every evening are wearing you down.",
            "I'm worn out from doing bedtime every night.",
            "Okay, so bedtimes every evening are wearing you down",
        ),
        (
            "Right, so the commute is eating your whole morning.",
            "The commute takes my whole morning and I hate it.",
            "Right, so the commute is eating your whole morning",
        ),
        (
            "If I've got this right, the noise keeps you awake, not the light.",
            "It's not the light, it's the noise that keeps me awake.",
            "If I've got this right, the noise keeps you awake, not the light",
        ),
        (
            "so you feel like you're the one always making plans?",
            "i feel like i'm the one who organises everything",
            "so you feel like you're the one always making plans?",
        ),
        (
            "You felt left out when the others went to the gig without you?",
            "I felt left out when the others went to the gig without me.",
            "You felt left out when the others went to the gig without you?",
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
        ("So it stung to be left off the invite?", "I didn't like being left off the invite."),
        ("You make me feel so stupid.", None),
        ("I'd like to understand what happened.", None),
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
        ("Oh no, you're right, I'll grab more milk.", "You finished the milk again."),
        ("It's normal for the boiler to make that noise.", None),
        ("That's not normal.", None),
        ("No wonder the plants died, nobody watered them.", None),
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
        ("Saturday or Sunday for the big shop?", "We need to do the big shop."),
        ("Morning or afternoon?", "I need the car on Thursday."),
        ("Are you sure you locked the car?", None),
        ("Is it that hard to text back?", None),
        ("Is it raining there?", None),
        ("Since when?", "I don't like olives."),
        ("Sure, sure. Tell me more about your very hard day on the sofa.", "Today was so hard."),
        ("Was it really that bad, or are you just being dramatic?", "I'm upset about the party."),
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
        ("So tired of this.", "I'm tired, can we talk later?"),
        ("So happy for you!", "I got the job, I'm so happy!"),
        ("So, anyway, what's for dinner?", "I had a rough day at the office."),
        ("So what I'm saying is you should quit.", "My boss keeps ignoring my ideas."),
        ("Night shift? So you'd sleep all day?", "I might take the night shift."),
        ("So you can never do anything right, apparently.", "I wish you'd tidy the kitchen."),
        ("So you're bored of our weekends.", "I'd like to try something new on weekends."),
        ("So thanks for telling me.", "Thanks for listening to me about work."),
        ("So we should book the train tonight.", "I'm worried the trains will sell out."),
        ("So I'm the babysitter now?", "Could you mind the kids on Saturday?"),
    ],
}


@pytest.mark.parametrize(("kind", "text", "previous", "quote"), positive_cases(POSITIVES))
def test_habit_found_with_exact_span(
    kind: Kind, text: str, previous: str | None, quote: str
) -> None:
    assert_found(kind, text, previous, quote)


@pytest.mark.parametrize(("kind", "text", "previous"), negative_cases(NEGATIVES))
def test_habit_not_found_in_hard_negative(kind: Kind, text: str, previous: str | None) -> None:
    assert_not_found(kind, text, previous)


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
