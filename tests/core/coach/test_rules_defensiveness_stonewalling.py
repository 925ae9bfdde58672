"""Defensiveness and stonewalling: the families of phrasings, and their hard negatives.

Both pitfalls are mostly replies, so most examples carry the other person's turn before them.
Positives give the exact words the finding must quote; the hard negatives look like the pitfall
but own the complaint, side with the other person, answer a question, pause with a way back,
or say "fine", "whatever" and "I'm done" sincerely (tests/data/coach/README.md, decisions 5
and 9). The rule tables for every kind are in ``test_rules_pitfalls.py``; these extend them.
"""

from __future__ import annotations

import pytest

from closeknit_core.coach import Kind, detect
from closeknit_core.coach.rules.defensiveness import complaint_in, owns_it
from closeknit_core.coach.rules.stonewalling import is_shut_reply
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
    Kind.DEFENSIVENESS: [
        (
            "I see why you're upset, but I did warn you.",
            "I'm upset about the car.",
            "I see why you're upset, but I did warn you",
        ),
        ("Fine, I'm the worst, happy now?", "You forgot my birthday.", "happy now?"),
        (
            "She started on me about the wedding first.",
            "You snapped at my mum on the phone.",
            "She started on me about the wedding first",
        ),
        (
            "Not always. Last Tuesday I was early.",
            "You're always late picking me up.",
            "Not always",
        ),
        ("I never said that.", "You said you'd book the restaurant.", "I never said that"),
        ("that's not on me, it was your week", "the bins didn't go out again", "that's not on me"),
        (
            "wasn't me, I came in through the front",
            "You left the gate open and the dog got out.",
            "wasn't me",
        ),
        ("i was NOT rude. i was honest", "you were rude to my sister", "i was NOT rude"),
        (
            "how is that my fault?? the shop was shut",
            "we have no bread for the kids' lunches",
            "how is that my fault",
        ),
        (
            "I did! You just didn't hear it.",
            "You didn't stick up for me.",
            "You just didn't hear it",
        ),
        (
            "traffic was insane, it took forever to get across town",
            "You were an hour late to dinner.",
            "traffic was insane",
        ),
        (
            "My phone died, it's not like I was ignoring you",
            "You didn't reply to any of my texts yesterday.",
            "My phone died",
        ),
        (
            "I've had a crazy week at work, you know that",
            "You forgot our anniversary.",
            "I've had a crazy week at work",
        ),
        (
            "the meeting ran over, I can't just walk out on my boss",
            "you left me waiting outside for 40 minutes",
            "the meeting ran over",
        ),
        (
            "The label said it was fine.",
            "You put my jumper in the dryer.",
            "The label said it was fine",
        ),
        (
            "I paid last time, so I figured we were square.",
            "You didn't pay your share of the bill.",
            "I paid last time",
        ),
        (
            "I was knackered, I'll do them when I get a minute.",
            "You left dishes in the sink overnight.",
            "I was knackered",
        ),
        (
            "you were late on Monday and I didn't make a scene",
            "You were late picking up the kids.",
            "you were late on Monday",
        ),
        (
            "you weren't exactly sweet to me either",
            "You were really short with me on the phone.",
            "you weren't exactly sweet to me either",
        ),
        (
            "and who left it with a flat tyre last month?",
            "You left the car with no petrol.",
            "and who left it with a flat tyre last month",
        ),
        (
            "can YOU stop leaving your bike in the hall?",
            "Can you stop leaving your shoes in the hall?",
            "can YOU stop leaving your bike in the hall",
        ),
        (
            "Can you stop leaving them open?",
            "Can you stop slamming the cupboards?",
            "Can you stop leaving them open",
        ),
        (
            "Oh that's rich coming from you.",
            "You shouldn't gossip about Tara.",
            "Oh that's rich coming from you",
        ),
        (
            "Spare me the lecture, you're hardly a saint.",
            "You really should cut down on takeaways.",
            "you're hardly a saint",
        ),
        (
            "yeah but they never sent a reminder",
            "You missed the deadline for the school form.",
            "yeah but they never sent a reminder",
        ),
        (
            "fair, but it's not like you told me it mattered",
            "You skipped my cousin's engagement party.",
            "fair, but it's not like you told me it mattered",
        ),
        (
            "I get why you'd think that, but that's not what happened.",
            "It felt like you were flirting with her.",
            "I get why you'd think that, but that's not what happened",
        ),
        (
            "wow ok, I literally can't do anything right today",
            "You left wet towels on the bed.",
            "wow ok, I literally can't do anything right today",
        ),
        ("here we go again, blame me for everything", None, "blame me for everything"),
        (
            "so it's all on me now?",
            "We missed the train because you took ages.",
            "so it's all on me",
        ),
        (
            "Great, so now I'm a bad mother too.",
            "You were a bit harsh with Leo.",
            "so now I'm a bad mother",
        ),
        ("i work 50 hours a week but sure, i'm the lazy one", None, "sure, i'm the lazy one"),
        ("God, everyone's on my case today.", None, "everyone's on my case"),
        (
            "oh my god, sorry for being cold in my own home",
            None,
            "sorry for being cold in my own home",
        ),
        ("it's not like I did it on purpose!!", None, "it's not like I did it on purpose"),
        (
            "you're overreacting, it was a joke",
            "You made fun of my accent in front of everyone.",
            "you're overreacting",
        ),
        ("calm down, we still made the start of the film", "You were two hours late.", "calm down"),
        (
            "it's twenty quid, it's not the end of the world",
            "You keep borrowing money and not paying it back.",
            "it's twenty quid",
        ),
        (
            "Ten, eleven, what's the difference?",
            "You said you'd be home by ten.",
            "what's the difference",
        ),
        (
            "so basically you're saying I'm bad with money",
            "I'd like us to budget a bit more carefully.",
            "so basically you're saying I'm bad with money",
        ),
        ("So you hate my cooking.", "The dinner was a bit salty.", "So you hate my cooking"),
        ("When exactly did I say that?", "You said you'd call.", "When exactly did I say that"),
        (
            "Seriously? You're still on about that?",
            "I'm annoyed you forgot the anniversary.",
            "still on about that",
        ),
    ],
    Kind.STONEWALLING: [
        ("ok.", "I've been feeling so lonely lately. Do you ever feel that way?", "ok"),
        ("We've been over this.", "I want to talk about your drinking.", "We've been over this"),
        ("Can we just not?", None, "Can we just not"),
        (
            "I've said everything I want to say about it.",
            "Can we talk about what you said to my brother?",
            "I've said everything I want to say about it",
        ),
        ("Go on your own.", "Can we go to counselling?", "Go on your own"),
        ("whatever.", "Can we talk about what happened at your mum's?", "whatever"),
        (
            "not talking about this.",
            "Can we talk about the holiday plans tonight, you seemed upset",
            "not talking about this",
        ),
        (
            "I'm not getting into this with you.",
            "Mum, I really need you to hear me on this.",
            "I'm not getting into this with you",
        ),
        (
            "there's nothing to understand. end of.",
            "I don't want to fight, I just want to understand.",
            "there's nothing to understand. end of",
        ),
        (
            "It's settled. I'm not discussing it further.",
            "Can we settle this?",
            "It's settled. I'm not discussing it further",
        ),
        (
            "think what you want, I'm not explaining myself",
            "I feel like you're hiding something.",
            "think what you want, I'm not explaining myself",
        ),
        ("you decide, I'm out", "We need to decide about Christmas.", "I'm out"),
        (
            "decide whatever, I couldn't care less",
            "We have to decide about the house.",
            "decide whatever, I couldn't care less",
        ),
        (
            "I'm not having this argument.",
            "You keep cancelling on me.",
            "I'm not having this argument",
        ),
        ("I give up.", "I'm hurt that you forgot.", "I give up"),
        ("Don't start.", "Are we okay?", "Don't start"),
        ("why bother.", "Please, can we talk about it?", "why bother"),
        ("sure.", "I felt humiliated when you laughed at me.", "sure"),
        ("noted.", "That really upset me.", "noted"),
        ("mhm.", "It upsets me when you go silent like this.", "mhm"),
        ("ok", "I love you, I hate fighting like this.", "ok"),
        ("Yep.", "You've been ignoring me all day.", "Yep"),
        ("🤷", "I'm really hurt by what you said.", "🤷"),
        ("nope. not happening.", "Sis, I know you're angry, can we talk?", "nope. not happening"),
        ("not now.", "I need us to talk about the money.", "not now"),
        ("No. We're not.", "Are we going to talk about this?", "No. We're not"),
        ("rather not tbh", "Can we talk about what your mum said?", "rather not tbh"),
        ("Not in the mood.", "Please just tell me why you're upset.", "Not in the mood"),
        ("I'm going for a drive.", "Will you please talk to me?", "I'm going for a drive"),
        ("Too late.", "I miss you. Can we fix this?", "Too late"),
        (
            "nope. not today, not tomorrow.",
            "Can we talk about what happened at the party?",
            "nope. not today, not tomorrow",
        ),
        (
            "it's nothing. go to bed.",
            "Please just tell me what's bothering you.",
            "it's nothing. go to bed",
        ),
        ("Nothing. Go away.", "Honey, what's the matter?", "Nothing. Go away"),
        (
            "I said I'm fine. Leave it.",
            "I'm worried about you, you've not been yourself.",
            "I said I'm fine. Leave it",
        ),
        ("*walks away*", "Can we please finish this conversation?", "walks away"),
        ("[no reply]", "I miss how we used to talk.", "no reply"),
        ("*turns the TV up*", "Can you look at me when I'm talking?", "turns the TV up"),
        ("[read 10:42]", "Sis, please call me back.", "read 10:42"),
    ],
}
NEGATIVES: dict[Kind, list[Negative]] = {
    Kind.DEFENSIVENESS: [
        (
            "That sounds hard, but you did the right thing.",
            "I had to tell my boss I made a mistake.",
        ),
        ("Not me, I'm on a diet!", "Who ate the cake?"),
        ("You're right, I forgot. I'm sorry, calling you now.", "You forgot to call me back."),
        (
            "I did, and I'm sorry. Rough morning, but that's not on you.",
            "You snapped at me this morning.",
        ),
        (
            "I was, sorry. Bad day at work, but I shouldn't take it out on you.",
            "You were short with me on the phone.",
        ),
        ("I was. Let me buy the popcorn to make up for it?", "You were late for the film."),
        (
            "It was a lot. I'll return it if it makes things tight this month.",
            "You spent way too much on that coat.",
        ),
        ("I won't, promise.", "Please don't tell Mum yet."),
        (
            "I froze, and I hate that I did. I want to do better.",
            "You didn't back me up with your dad.",
        ),
        (
            "I was late because of traffic, and I'm sorry I didn't text. "
            "I'll leave earlier next time.",
            "You were late again.",
        ),
        (
            "The trains were a mess, but I should have called you. Sorry for leaving you waiting.",
            "You were an hour late.",
        ),
        ("I know, I'm calling now, my bus was late.", "You said you'd call at 8."),
        (
            "That's fair, I'd be upset too. Next time I'll check first.",
            "It upset me that you made plans for us without checking.",
        ),
        (
            "I hadn't noticed I was doing that. Thanks for telling me, I'll try to wait.",
            "You keep interrupting me.",
        ),
        (
            "I thought you said you were too tired. Did I get that wrong?",
            "Why did you go without me?",
        ),
        (
            "So it annoys you when I redo the towels you've already folded?",
            "It bugs me when you refold the towels after I've done them.",
        ),
        (
            "So you'd like me to ask more about your day at work?",
            "I hate that you never ask about my work.",
        ),
        (
            "Okay, so next time you'd want a holiday that's not with my whole family?",
            "I can't do another holiday with your whole family.",
        ),
        ("That's rough, love.", "My boss shouted at me in front of everyone."),
        (
            "I see it differently. I cooked three nights this week, "
            "and I feel hurt that it wasn't noticed.",
            "You never help with the cooking.",
        ),
        ("yes, and maybe we could start the bath at 6?", "Can we get the kids to bed earlier?"),
        ("I know, but I'd still like to try. Can we give it a month?", "The gym is expensive."),
        ("I was so busy, but it was good! Finished the big report.", "How was your day?"),
        (
            "The commute would have been two hours. It wasn't worth it.",
            "Why didn't you take the job?",
        ),
        ("I popped to the shop, back now!", "Where were you?"),
        ("I went years ago, before we met.", "You never told me you'd been to Japan!"),
        ("Haha, I'd forget my head if it wasn't screwed on.", "You forgot your keys again!"),
        ("That's my job 😄", "You always make me laugh."),
        ("It wasn't my fault, the ref made a terrible call 😤", "Unlucky about the match!"),
        ("Not my fault you're so fun to talk to, we've been on the phone 3 hours 😂", None),
        ("What about when you were little and we went to Wales? Do you remember?", None),
        ("Look who's talking now, the baby said her first word!! 😍", None),
        ("What did you expect it to be like?", "Uni's not what I expected."),
        ("Can you tell me why you're always late?", "I'm late again, sorry."),
        ("I have nothing to say.", "Please don't shut me out."),
        ("It's pointless talking to you.", "You forgot to book the vet again."),
        ("That's it, I'm done.", "You were rude to my brother."),
    ],
    Kind.STONEWALLING: [
        ("I don't have time for this today, can we do it tomorrow?", None),
        ("fine by me!", "Can we push lunch to 1?"),
        ("ok, see you at 6", "I'll pick you up at 6?"),
        ("k", "can u grab bread"),
        ("ok!", "I feel like pizza tonight."),
        ("I'm done with work, heading home now", None),
        ("yep, I'm done", "Are you finished in the shower?"),
        (
            "forget it, it was my mistake, I wrote it down wrong",
            "You gave me the wrong address for the party.",
        ),
        (
            "Oh forget it, I've just seen yours, all sorted",
            "Did you see my message about the parcel?",
        ),
        ("I need 20 minutes to calm down, then let's talk.", "Why are you so upset?"),
        (
            "Not right now, but thank you for asking. Maybe tomorrow?",
            "Do you want to talk about it?",
        ),
        (
            "Can we talk tomorrow after work? I do want to sort it.",
            "Can we talk about the money now?",
        ),
        ("whatever you prefer, I'm easy", "Pizza or curry?"),
        ("Whatever happens with the interview, I'm proud of you", None),
        ("I don't care, you choose, I'm starving", "What do you want for dinner?"),
        ("Leave me alone with that cheesecake and it'll be gone in ten minutes 😂", None),
        ("drop it off at mine whenever, I'm in all day", None),
        ("Can we not do pizza again? I fancy Thai", None),
        ("That's it! You've got the hang of it.", None),
        ("I give up on this crossword, what's 7 across?", None),
        ("You do you! It'll look great.", "I'm thinking of dyeing my hair blue."),
        ("Not now, I'm driving. Call you when I'm parked.", "Can you talk?"),
        ("Don't! It's a surprise.", "Shall I tell her about the party?"),
        ("Nope, dry as a bone.", "Is it raining?"),
        ("Sure, what are you thinking?", "Can we discuss the holiday?"),
        ("Got it!", "Please answer the door, I'm in the shower!"),
        ("Nothing much, you?", "What's up?"),
        ("I'm out tonight, back around 11.", None),
        ("There's no point buying a new one, I'll fix it.", None),
        ("I'd rather not drive tonight, shall we get a cab?", None),
        (
            "I don't want to talk about work tonight, can we just watch something fun?",
            "How was work?",
        ),
        ("noted, I'll be in after 2", "The plumber's coming Thursday."),
        ("Okay, I'm listening.", "I need to talk to you about something."),
    ],
}


@pytest.mark.parametrize(("kind", "text", "previous", "quote"), positive_cases(POSITIVES))
def test_reply_pitfall_found_with_exact_span(
    kind: Kind, text: str, previous: str | None, quote: str
) -> None:
    assert_found(kind, text, previous, quote)


@pytest.mark.parametrize(("kind", "text", "previous"), negative_cases(NEGATIVES))
def test_reply_pitfall_not_found_in_hard_negative(
    kind: Kind, text: str, previous: str | None
) -> None:
    assert_not_found(kind, text, previous)


@pytest.mark.parametrize(("text", "previous"), every_example(POSITIVES, NEGATIVES))
def test_reply_pitfall_gating_never_changes_a_result(
    text: str, previous: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_gating_changes_nothing(monkeypatch, lambda: detect(text, previous))


def test_excuse_needs_a_complaint_before_it() -> None:
    text = "The meeting ran over, I couldn't get away."
    assert Kind.DEFENSIVENESS in {f.kind for f in detect(text, "You left me waiting an hour.")}
    assert Kind.DEFENSIVENESS not in {f.kind for f in detect(text, "How was your day?")}


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        ("You forgot the milk again.", "direct"),
        ("The kitchen's a mess again.", "impersonal"),
        ("It hurt when you laughed at me.", "direct"),
        ("I felt left out at the weekend.", "direct"),
        ("I'm upset about my exam mark.", None),
        ("I'm late again, sorry.", None),
        ("You seem quiet tonight.", None),
        ("You took my seat!", None),
        ("You always make me laugh.", None),
        (None, None),
    ],
)
def test_complaint_in_tells_complaints_from_news(
    previous: str | None, expected: str | None
) -> None:
    assert complaint_in(previous) == expected


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("I should have called, sorry.", None, True),
        ("The trains were a mess, but I should have called.", None, True),
        ("Sorry, but I was busy.", None, False),
        ("I'm sorry if you were offended.", None, False),
        ("It's not my fault.", None, False),
        ("I was, and that's not fair on you.", "You were on your phone all night.", True),
        ("I did! You just didn't hear it.", "You didn't stick up for me.", False),
    ],
)
def test_owns_it_tells_ownership_from_a_defence(
    text: str, previous: str | None, expected: bool
) -> None:
    assert owns_it(text, previous) is expected


def test_shut_reply_needs_the_other_turn_to_ask_or_open_up() -> None:
    assert is_shut_reply("no.", "Can we talk about last night?")
    assert not is_shut_reply("no.", "Did you leave the oven on?")
    assert not is_shut_reply("no.", None)


@pytest.mark.parametrize("kind", list(POSITIVES))
def test_reply_pitfall_cases_cover_the_families(kind: Kind) -> None:
    assert len(POSITIVES[kind]) >= 30
    assert len(NEGATIVES[kind]) >= 30
