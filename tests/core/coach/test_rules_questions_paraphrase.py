"""Clarifying questions and paraphrases: the families of phrasings the rules should generalise to.

Each positive names a family (a question shape, an opener, a restatement close to the other's
turn) rather than one sentence; each hard negative is a lookalike family: accusing, rhetorical,
sarcastic or logistics questions, and restatements that twist, echo one word, sum up one's own
view or say something the other never said. ``None`` as the previous turn means no context.
"""

from __future__ import annotations

import pytest

from closeknit_core.coach import Kind
from closeknit_core.coach.rules.closeness import restatement_closeness
from closeknit_core.coach.rules.questions import find_clarifying_questions, find_paraphrases
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
    Kind.CLARIFYING_QUESTION: [
        # what/how/when asked about their feelings, needs or experience
        ("What's changed for you since spring?", "I don't enjoy the choir anymore.", ""),
        ("How long has it been like that?", "Sleeping's been rubbish.", ""),
        ("When did it start feeling that way?", "The flat feels empty.", ""),
        ("What would make Sundays easier for you?", "I dread Sunday evenings.", ""),
        ("What does a good weekend look like to you?", "Our weekends feel wasted.", ""),
        (
            "Oh love. What's been the hardest bit?",
            "The first week at the new school was rough.",
            "What's been the hardest bit?",
        ),
        ("What's stopping you from asking him?", "I want to ask Dad for help but I can't.", ""),
        ("how are you getting through it?", "the divorce papers came today", ""),
        ("What did you hope would happen?", "The meeting didn't go how I wanted.", ""),
        # either/or after a statement: which did they mean?
        ("Good tired or worn-out tired?", "I'm tired after the trip.", ""),
        ("Was it the crowd, or more the people you were with?", "The gig was a lot.", ""),
        # saying a word back to ask for more
        ("Strange how, love?", "Your sister was strange on the phone.", ""),
        ("Tidy what?", "I just wish you'd tidy.", ""),
        # checking in, inviting more
        ("Rough night?", "Ugh, mornings.", ""),
        ("u ok?", "can't be bothered with today", ""),
        ("I'm here. What is it?", "There's something I need to say.", "What is it?"),
        ("Did something happen at training?", "I'm not going back to football.", ""),
        ("Can I ask what's behind that?", "I don't want a party this year.", ""),
        ("Could you give me an example?", "You talk down to me sometimes.", ""),
        ("Where did I lose you?", "I stopped following you halfway.", ""),
        # a feeling guessed and asked about
        ("Are you nervous about Monday?", "Monday's the big presentation.", ""),
        ("Do you feel like you've been left out?", "Nobody told me about the trip.", ""),
        ("Would you rather sit this one out?", "I don't really know anyone at that party.", ""),
        ("Correct me if I'm wrong, but you seem a bit flat lately?", None, ""),
        # their day or week, outside any conflict
        ("How was your first week?", None, ""),
        ("how did the driving test go??", None, "how did the driving test go?"),
        ("Oh no. About what?", "Me and Sam had a big falling out.", "About what?"),
        ("What's been coming up for you?", "I keep thinking about Gran.", ""),
    ],
    Kind.PARAPHRASE: [
        # openers that announce a check
        (
            "What I'm getting is that the mornings are the worst part for you.",
            "Mornings are awful, I can never get the kids out the door.",
            "",
        ),
        (
            "Correct me if I'm wrong, but it's the cost that worries you, not the trip.",
            "I'm not against the trip, I'm worried about what it costs.",
            "",
        ),
        (
            "If I understand you, you'd like a say before I agree to things for us both.",
            "I'd like to be asked before you agree to things for both of us.",
            "",
        ),
        # "so…" followed by anything but a move on
        (
            "So hosting at ours every time is wearing you down?",
            "I'm worn out from hosting at ours every single time.",
            "",
        ),
        (
            "Okay, so since the new job, evenings feel rushed for you?",
            "Since the new job started my evenings feel so rushed.",
            "",
        ),
        (
            "Deal, so you drive there and I drive back?",
            "I'm happy to drive there if you drive back.",
            "",
        ),
        (
            "Right, so the cooking's fine and it's the cleaning up that gets you?",
            "I don't mind the cooking, it's the cleaning up I hate.",
            "",
        ),
        (
            "So the quiet after a row is what gets to you, more than the row itself?",
            "It's the silence after we argue that I can't bear.",
            "",
        ),
        # a bare restatement, close to their words, the person turned round
        (
            "You're worried the move will take you away from your friends?",
            "I'm scared the move will take me away from all my friends.",
            "",
        ),
        (
            "It hurt that I missed your graduation.",
            "It really hurt when you missed my graduation.",
            "",
        ),
        (
            "When I cancel last minute, you feel like you come second?",
            "When you cancel last minute I feel like I come second.",
            "",
        ),
        (
            "So you're not avoiding me, you're just buried in deadlines.",
            "I'm not ignoring you, I'm just swamped with deadlines.",
            "",
        ),
    ],
}

NEGATIVES: dict[Kind, list[Negative]] = {
    Kind.CLARIFYING_QUESTION: [
        # rhetorical, about the speaker rather than the other
        ("Do I ever not pick you up?", "I need you to pick me up on time."),
        ("When exactly did I promise that?", "You promised you'd come."),
        ("How was I supposed to know?", "I'm hurt you didn't remember."),
        ("And you weren't?", "You were late again."),
        ("How do you think that made me feel?", "Sorry I didn't call."),
        ("How would you feel if I did that?", "I went through your phone."),
        ("What did you think would happen?", "I lent Jo the car."),
        # sarcastic rewards and mock questions
        ("Do you want a trophy?", "I hoovered the stairs."),
        ("What, should I throw a parade?", "I took the bins out."),
        ("Was that your best effort? Really?", "I did my best with the cake."),
        ("Who forgets their own anniversary?", "I forgot the anniversary."),
        ("What do you MEAN you lost it?", "I lost the spare key."),
        # logistics and suggestions
        ("What do you need from the supermarket?", "I'm cooking tonight."),
        ("Where did you park the car?", "I can't find the car."),
        ("How much was the deposit?", "The holiday's booked."),
        ("Can we talk about it tomorrow?", "Can we talk about the money now?"),
        ("When do you land?", "My flight's on Thursday."),
        ("Is it the 3rd or the 4th?", "Mum's party is next week."),
        ("Which day suits you?", "I'm free next week."),
        # shouted, scornful or shrugging
        ("What do you want from me?!", "I need you to try harder."),
        ("What did you want, a thank-you card?", "I did the washing up."),
        ("What would you know about being tired?", "I'm so tired."),
        ("Who isn't stressed about moving?", "I'm stressed about the move."),
        ("What is there to talk about?", "Can we talk about last night?"),
        ("What makes you think you can talk to me like that?", "I'm fed up with you."),
    ],
    Kind.PARAPHRASE: [
        # twisted into a charge against oneself
        ("So you're saying I ignored you all weekend.", "I felt a bit lonely this weekend."),
        ("So you think I'm a bad dad.", "I'd like you to read to the kids more."),
        ("So you're saying I can't have a single night out?", "I didn't like that you stayed out."),
        # restatement brushed aside
        ("So you're tired. Join the club.", "I'm so tired after work."),
        ("So you're stressed. Big deal.", "I'm stressed about the move."),
        # "so" that moves on, or tells what to do
        ("So you know the red jumper? I shrank it.", "Have you seen my red jumper?"),
        ("So, like I said, the train's at noon.", "When do we leave?"),
        ("So we're just going to order in.", "I'm too tired to cook."),
        # validation that says the feeling back
        ("Of course you felt left out, nobody asked you.", "I felt left out at the wedding."),
        # a restatement that turns into a new question
        ("So, since you like the gym, how often do you go?", "I like the gym."),
        # a guess with nothing to restate is a question, not a paraphrase
        ("It seems like maybe you're worried about work, am I right?", None),
        # said back only to keep talking about something else
        ("So you're up for the pub quiz then!", "I had a long day."),
        # sarcasm dressed as a restatement
        ("So you think you're the only one who's tired?", "I'm so tired."),
        ("Oh, so now you're upset? Great.", "I'm upset you didn't call."),
    ],
}


@pytest.mark.parametrize(("kind", "text", "previous", "quote"), positive_cases(POSITIVES))
def test_listening_move_found_with_exact_span(
    kind: Kind, text: str, previous: str | None, quote: str
) -> None:
    # An empty quote in the table means the whole message, without its closing full stop.
    assert_found(kind, text, previous, quote or text.rstrip("."))


@pytest.mark.parametrize(("kind", "text", "previous"), negative_cases(NEGATIVES))
def test_listening_move_not_found_in_hard_negative(
    kind: Kind, text: str, previous: str | None
) -> None:
    assert_not_found(kind, text, previous)


@pytest.mark.parametrize("kind", list(POSITIVES))
def test_listening_move_cases_cover_many_families(kind: Kind) -> None:
    assert len(POSITIVES[kind]) >= 10
    assert len(NEGATIVES[kind]) >= 10


def test_clarifying_question_about_experience_needs_you_without_previous() -> None:
    assert find_clarifying_questions("When does it feel worst for you?") != []
    assert find_clarifying_questions("When does it feel worst?") == []
    assert find_clarifying_questions("When does it feel worst?", "My back aches.") != []


def test_echo_question_must_pick_up_their_word() -> None:
    assert find_clarifying_questions("Tidy what?", "I wish you'd tidy.") != []
    assert find_clarifying_questions("You did what?", "I quit the band.") == []


def test_bare_statement_needs_more_closeness_than_bare_question() -> None:
    previous = "I wish you'd include me when you talk to the builders."
    asked = "You'd like to be in on the talks with the builders?"
    assert find_paraphrases(asked, previous) != []
    assert find_paraphrases(asked.replace("?", "."), previous) == []


def test_closeness_counts_a_kept_need_and_a_kept_focus() -> None:
    kept = restatement_closeness(
        "So it's the noise you'd like less of?", "It's the noise, I want quiet."
    )
    lost = restatement_closeness("So the party was fun?", "It's the noise, I want quiet.")
    assert kept >= lost + 2


@pytest.mark.parametrize(("text", "previous"), every_example(POSITIVES, NEGATIVES))
def test_listening_move_gating_never_changes_a_result(
    text: str, previous: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_gating_changes_nothing(
        monkeypatch,
        lambda: (find_clarifying_questions(text, previous), find_paraphrases(text, previous)),
    )
