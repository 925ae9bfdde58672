"""The pitfall rules: criticism, contempt, defensiveness, stonewalling and mind reading.

Each kind has positives (with the exact words the finding must quote) and hard negatives:
messages that look like the pitfall but are not, where a false alarm would teach people to
ignore the coach. ``None`` as the previous turn means the message stands alone.
"""

from __future__ import annotations

import pytest

from closeknit_core.coach import Kind, detect

Positive = tuple[str, str | None, str]
Negative = tuple[str, str | None]

POSITIVES: dict[Kind, list[Positive]] = {
    Kind.CRITICISM: [
        ("You never help with the dishes, you're so lazy", None, "You never help with the dishes"),
        ("You never help with the dishes, you're so lazy", None, "you're so lazy"),
        (
            "you always leave your socks on the floor",
            None,
            "you always leave your socks on the floor",
        ),
        ("I feel like you never listen to me.", None, "I feel like you never listen to me"),
        (
            "I feel that you don't care about my work.",
            None,
            "I feel that you don't care about my work",
        ),
        ("Why can't you ever be on time?", None, "Why can't you ever be on time"),
        ("youre so selfish", None, "youre so selfish"),
        ("u never call me back", None, "u never call me back"),
        ("You're always on your phone at dinner.", None, "You're always on your phone at dinner"),
        ("You keep interrupting me when I talk.", None, "You keep interrupting me"),
        ("Are you always this inconsiderate?", None, "Are you always this inconsiderate"),
        ("You NEVER do anything around here!!", None, "You NEVER do anything around here"),
        ("your so lazy", None, "your so lazy"),
        ("You're never home anymore.", None, "You're never home"),
        ("The problem with you is that nobody can count on you.", None, "The problem with you is"),
        ("I need you to stop being so careless.", None, "stop being so careless"),
        ("You only ever think about yourself.", None, "You only ever think about yourself"),
        ("Honestly, you'll never change.", None, "you'll never change"),
        ("You're a lousy listener.", None, "You're a lousy listener"),
        ("You can be so stubborn.", None, "You can be so stubborn"),
        ("Why are you like this", None, "Why are you like this"),
        ("Call me back just once in your life.", None, "just once in your life"),
        ("I'm so sick of your moods.", None, "I'm so sick of your moods"),
        ("You ruin everything we plan.", None, "You ruin everything we plan"),
        ("You don't remember a single thing I say.", None, "You don't remember a single thing"),
        (
            "I feel like you're never really present.",
            None,
            "I feel like you're never really present",
        ),
        ("You're permanently on your laptop.", None, "You're permanently on your laptop"),
        ("ur so defensive lol grow up", None, "ur so defensive"),
    ],
    Kind.CONTEMPT: [
        ("Oh great, another brilliant idea.", None, "Oh great, another brilliant idea"),
        ("wow, thanks SO much for your help", None, "wow, thanks SO much for your help"),
        ("What is wrong with you?", None, "What is wrong with you"),
        ("You're such an idiot.", None, "You're such an idiot"),
        ("ur pathetic", None, "ur pathetic"),
        ("Nice going, genius.", None, "Nice going, genius"),
        ("You're right, as always.", None, "You're right, as always"),
        ("Yeah right.", None, "Yeah right"),
        ("Thanks for nothing.", None, "Thanks for nothing"),
        ("Who do you think you are?", None, "Who do you think you are"),
        ("You make me sick.", None, "You make me sick"),
        ("Grow up.", None, "Grow up"),
        ("lol you actually thought that would work?", None, "lol you actually thought"),
        ("What a stupid idea.", None, "What a stupid idea"),
        ("As if you care.", None, "As if you care"),
        (
            "I can't believe I married someone like you.",
            None,
            "I can't believe I married someone like you",
        ),
        ("Can you even read? 🙄", "I put the wrong date in the calendar.", "🙄"),
        ("Who even taught you to drive?", None, "Who even taught you to drive"),
        ("When are you gonna grow up?", None, "When are you gonna grow up"),
        ("You sound completely ridiculous.", None, "You sound completely ridiculous"),
        ("haha get over it", None, "haha get over it"),
        ("*slow clap*", None, "slow clap"),
        ("Sure thing, Mr Know-it-all.", None, "Mr Know-it-all"),
        ("Okay, professor.", None, "Okay, professor"),
        ("Bravo for remembering my name.", None, "Bravo for remembering my name"),
        (
            "Parenting tips from someone who forgets school pickup.",
            None,
            "tips from someone who forgets school pickup",
        ),
        ("So now I'm your chauffeur?", None, "So now I'm your chauffeur"),
        ("Oh I'm SO sorry my hobby bothers you.", None, "Oh I'm SO sorry my hobby bothers you"),
        ("Aw, did I bruise your fragile ego?", None, "your fragile ego"),
        ("Great plan. What could possibly go wrong?", None, "What could possibly go wrong"),
    ],
    Kind.DEFENSIVENESS: [
        (
            "I hear you, but I was only trying to help.",
            None,
            "I hear you, but I was only trying to help",
        ),
        ("It's not my fault the train was late.", None, "It's not my fault"),
        (
            "Well you're the one who forgot the tickets!",
            None,
            "Well you're the one who forgot the tickets",
        ),
        ("What about when you forgot my birthday?", None, "What about when you forgot my birthday"),
        ("Yes, but you never told me.", None, "Yes, but you never told me"),
        ("Don't blame me.", None, "Don't blame me"),
        ("How was I supposed to know?", None, "How was I supposed to know"),
        ("So now it's all my fault?", None, "So now it's all my fault"),
        ("I'm sorry you feel that way.", None, "I'm sorry you feel that way"),
        ("Nothing I do is ever good enough for you.", None, "Nothing I do is ever good enough"),
        ("I was going to do them!", "You left the dishes out again.", "I was going to do them"),
        ("Look who's talking.", None, "Look who's talking"),
        ("At least I don't yell at the kids.", None, "At least I don't yell at the kids"),
        ("I was busy.", "You forgot to call me again.", "I was busy"),
        (
            "You're right, but you also forgot the milk.",
            None,
            "You're right, but you also forgot the milk",
        ),
        ("Pardon me for trying.", None, "Pardon me for trying"),
        ("Sorry I'm not a mind reader.", None, "Sorry I'm not a mind reader"),
        ("Anything I do is wrong with you.", None, "Anything I do is wrong"),
        ("What was I meant to do, ignore her?", None, "What was I meant to do"),
        ("Why is it always me?", None, "Why is it always me"),
        ("So you think I'm some kind of monster?", None, "So you think I'm some kind of monster"),
        ("So now I'm not allowed to see my friends?", None, "So now I'm not allowed to"),
        ("Says the man who never washes a pan.", None, "Says the man who never washes a pan"),
        ("And you drank way more than me.", None, "And you drank way more than me"),
        ("Fine, but it was important.", None, "Fine, but it was important"),
        ("No, I didn't.", "You were short with my mum.", "No, I didn't"),
        (
            "You're mad that I had one drink?",
            None,
            "You're mad that I had one",
        ),
    ],
    Kind.STONEWALLING: [
        ("Whatever.", None, "Whatever"),
        ("Fine.", None, "Fine"),
        ("I'm done.", None, "I'm done"),
        ("Forget it.", None, "Forget it"),
        ("Forget it, I'll do it myself.", None, "Forget it"),
        ("ok whatever", None, "ok whatever"),
        ("I don't want to talk about it.", None, "I don't want to talk about it"),
        ("Fine. Whatever.", None, "Whatever"),
        ("Fine. Whatever.", None, "Fine"),
        ("I'm done talking about this.", None, "I'm done talking about this"),
        ("Leave me alone.", None, "Leave me alone"),
        ("Nothing.", "What's wrong?", "Nothing"),
        ("Do what you want.", None, "Do what you want"),
        ("whatever, do what you want", None, "whatever, do what you want"),
        ("im done with this conversation", None, "im done with this conversation"),
        ("Believe whatever you like.", None, "Believe whatever you like"),
        ("We're not having this discussion.", None, "We're not having this discussion"),
        ("Topic closed.", None, "Topic closed"),
        ("Forget I asked.", None, "Forget I asked"),
        ("No point talking to you.", None, "No point talking to you"),
        ("nope", "Could we talk about the money thing?", "nope"),
        ("k.", "I'm feeling really low today.", "k"),
        ("👍", "I felt so alone at the party.", "👍"),
        ("I'm not discussing it. Not ever.", None, "Not ever"),
        ("I don't have the energy for you.", None, "I don't have the energy for you"),
    ],
    Kind.MIND_READING: [
        ("You just want to win.", None, "You just want to win"),
        ("You don't even care.", None, "You don't even care"),
        ("You only did that to hurt me.", None, "You only did that to hurt me"),
        (
            "You obviously don't care about my feelings.",
            None,
            "You obviously don't care about my feelings",
        ),
        (
            "You're just trying to make me feel guilty.",
            None,
            "You're just trying to make me feel guilty",
        ),
        ("You did that on purpose.", None, "You did that on purpose"),
        ("You think I'm stupid.", None, "You think I'm stupid"),
        (
            "You'd rather be out with your friends than with me.",
            None,
            "You'd rather be out with your friends than with me",
        ),
        ("I know what you're thinking.", None, "I know what you're thinking"),
        ("You don't love me anymore.", None, "You don't love me anymore"),
        ("u dont even care", None, "u dont even care"),
        ("You couldn't care less about me.", None, "You couldn't care less about me"),
        ("You're secretly glad I'm leaving.", None, "You're secretly glad I'm leaving"),
        ("You'd be better off without me.", None, "You'd be better off without me"),
        (
            "You're only helping because you feel guilty.",
            None,
            "You're only helping because you feel guilty",
        ),
        (
            "You only call when you need money.",
            None,
            "You only call when you need money",
        ),
        ("Admit it, you hated the party.", None, "Admit it, you hated the party"),
        ("You're just jealous.", None, "You're just jealous"),
        ("You're gonna be miserable all weekend.", None, "You're gonna be miserable all weekend"),
        ("You just don't want to admit it.", None, "You just don't want to admit it"),
        ("You can't stand my family.", None, "You can't stand my family"),
        ("You think it's funny.", None, "You think it's funny"),
        ("You never liked my cooking.", None, "You never liked my cooking"),
        ("You've been cross with me all day.", None, "You've been cross with me all day"),
        (
            "I feel that you don't value us at all.",
            None,
            "I feel that you don't value us at all",
        ),
    ],
}

NEGATIVES: dict[Kind, list[Negative]] = {
    Kind.CRITICISM: [
        ("You always make me laugh.", None),
        ("I never thought of it that way.", None),
        ("You left the dishes in the sink last night.", None),
        ("You forgot to call me yesterday and I was worried.", None),
        ("You never fail to cheer me up.", None),
        ("You never complain, even when you're exhausted.", None),
        ("Have you never been to Lisbon?", None),
        ("I'm not saying you never help.", None),
        ("You're not lazy, you're exhausted.", None),
        ("I don't think you're selfish at all.", None),
        ('He said "you never listen" and laughed.', None),
        ("You're always there for me.", None),
        ("you're so annoying 😂❤️", None),
        ("If you never ask, you'll never know.", None),
        ("Why don't you just come over tonight?", None),
        ("You keep making me smile.", None),
        ("I feel like you'd love this book.", None),
        ("You never told me you could sing!", None),
        ("You leave everything spotless, thank you.", None),
        ("You didn't say a single thing wrong.", None),
        ("Why don't you ever let me help?", None),
        ("You can be so thoughtful.", None),
        ("You're not a bad friend at all.", None),
        ("I'm sick of my commute.", None),
        ("You never really get a break, do you?", None),
        ("You never liked mushrooms anyway.", None),
    ],
    Kind.CONTEMPT: [
        ("Oh great, see you at seven!", None),
        ("Thank you so much for your help!", None),
        ("Thanks so much for dinner ❤️", None),
        ("I'm such an idiot, I left my keys at home.", None),
        ("You're not stupid, you were tired.", None),
        ("When I grow up I want to be a pilot.", None),
        ("What's wrong with you today? You look pale.", None),
        ("This soup makes me sick, I think it's gone off.", None),
        ("Like you said, it's getting late.", None),
        ("It must be nice to finally have a day off.", None),
        ("She is very mature for her age.", None),
        ("Good morning, princess 😘", None),
        ("Are you serious? That's amazing news!", None),
        ("Sure, see you at 8.", None),
        ("You're right, I forgot to book the table.", None),
        ("The bus is late again 🙄", None),
        ("Congrats on your new job!!", None),
        ("It's embarrassing to watch old videos of myself.", None),
        ("Not all of us can make it on Friday.", None),
        ("Nobody asked about my week and it stung.", None),
        ("You look ridiculous in that hat 😂", None),
        ("Oh I'm so sorry, that sounds awful.", "My flight got cancelled."),
        ("I'll get over it, don't worry.", None),
    ],
    Kind.DEFENSIVENESS: [
        ("I'm sorry, I was wrong.", None),
        ("I'm so sorry I forgot, that's on me.", None),
        ("It's not your fault, the train was late.", None),
        ("I'm so sorry, I got stuck at work.", "You forgot to call me again."),
        ("You're the one who taught me to cook 😊", None),
        ("I understand, but could we talk about it later?", None),
        ("Sure, but I was hoping we could leave early.", None),
        ("I was busy all day at the conference.", None),
        ("I was busy all day, so maybe tomorrow?", "Want to go out tonight?"),
        ("What about dinner on Friday?", None),
        ("At least I tried the new recipe, it was fun!", None),
        ("I'm sorry, I was just trying to help.", None),
        ("I had no choice but to laugh, it was so funny.", None),
        ("So you're saying I should call her first?", "Maybe call your sister before you decide."),
        ("Are you upset that I had one more slice?", None),
        ("No, I wasn't at the party.", "Were you at the party last night?"),
        ("Excuse me, is this seat free?", None),
        ("Sorry for the late reply!", None),
    ],
    Kind.STONEWALLING: [
        ("fine by me, see you at 7", None),
        ("Fine. See you at 7.", None),
        ("I'm done with the dishes, want to watch something?", None),
        ("Finally finished my thesis, I'm done!!", None),
        ("I'm done.", "Are you done with the bathroom?"),
        ("Fine.", "Is 7 okay for dinner?"),
        ("Whatever you want is fine with me.", None),
        ("Whatever happens, I'm on your side.", None),
        ("Don't forget it's your mum's birthday.", None),
        ("Never mind, I found my keys!", None),
        ("Please don't leave me alone tonight.", None),
        ("I don't care where we eat, you choose.", None),
        ("I need a break. Can we talk again in an hour?", None),
        ("I'm fine, thanks for asking!", None),
        ("fine 🙂", None),
        ("Not at all.", "Do you mind if I open a window?"),
        ("ok", "Can we talk about the budget tomorrow?"),
        ("ok", "I'm tired, shall I get takeaway?"),
        ("No.", "Did you leave the oven on?"),
        ("I'm not having dessert tonight.", None),
        ("I'm not doing this over text. Can we talk tonight?", None),
        ("Think what you like about the film, I loved it.", None),
        ("Bye! See you Saturday", None),
    ],
    Kind.MIND_READING: [
        ("You must be tired?", None),
        ("I know you care.", None),
        ("Maybe you just want some space?", None),
        ("Do you just want to win?", None),
        ("I wonder if you felt left out.", None),
        ("It's not that you don't care, I know you do.", None),
        ("I don't think you did that on purpose.", None),
        ("I know you don't like mushrooms, so I left them out.", None),
        ("You just want to help, I know.", None),
        ("You only want the best for me.", None),
        ("Are you saying you don't care?", None),
        ("I'm not sure if you just want to win or if something else is going on.", None),
        ("Do you hate me?", None),
        ("I know you've been upset with me, and I'm sorry.", None),
        ("You'd be happier if you took that job.", None),
        ("You're only five minutes away, so I'll wait.", None),
        ("Don't lie to me, please just tell me what happened.", None),
        (
            "Let me check I've got it: you just want a say before big purchases?",
            "I just want a say before we buy anything big.",
        ),
        ("You can't stand spiders, I know.", None),
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
def test_pitfall_found_with_exact_span(
    kind: Kind, text: str, previous: str | None, quote: str
) -> None:
    found = [finding for finding in detect(text, previous) if finding.kind == kind]
    assert quote in [finding.quote for finding in found]
    assert all(text[finding.start : finding.end] == finding.quote for finding in found)


@pytest.mark.parametrize(("kind", "text", "previous"), negative_cases())
def test_pitfall_not_found_in_hard_negative(kind: Kind, text: str, previous: str | None) -> None:
    assert kind not in {finding.kind for finding in detect(text, previous)}


@pytest.mark.parametrize("kind", list(POSITIVES))
def test_pitfall_cases_are_enough(kind: Kind) -> None:
    assert len(POSITIVES[kind]) >= 10
    assert len(NEGATIVES[kind]) >= 10
