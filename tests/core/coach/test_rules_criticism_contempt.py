"""Criticism and contempt: families of phrasings beyond the first examples, and their lookalikes.

Each positive names the exact words the finding must quote. The phrasings here are new ones
for each family (tests/data/coach/tuning/criticism_contempt.jsonl holds more), so a rule that
only knew one sentence per family fails them. The hard negatives are the kind, specific,
self-directed, reported or third-party messages that share the families' words.
"""

from __future__ import annotations

import pytest

from closeknit_core.coach import Kind
from closeknit_core.coach.rules.contempt import find_contempt
from closeknit_core.coach.rules.criticism import find_criticism, is_denied
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
    Kind.CRITICISM: [
        # "you never" with a verb that is kind alone but not with what follows
        ("You never let me get a word in.", None, "You never let me get a word in"),
        ("you never have anything nice to say", None, "you never have anything nice to say"),
        ("You never miss a chance to correct me.", None, "You never miss a chance to correct me"),
        ("You never fail to remind me of it.", None, "You never fail to remind me of it"),
        # "you always" with more habits and shapes
        ("You always have some excuse.", None, "You always have some excuse"),
        ("you constantly talk down to me", None, "you constantly talk down to me"),
        ("You always take your sister's side.", None, "You always take your sister's side"),
        (
            "You always put your phone before us.",
            None,
            "You always put your phone before us",
        ),
        (
            "You always turn every chat into an argument.",
            None,
            "You always turn every chat into an argument",
        ),
        ("You're always on my back about money.", None, "You're always on my back about money"),
        ("you're always in a strop", None, "you're always in a strop"),
        # traits, superlatives and what the person has become
        ("Mum, you're so pushy.", None, "you're so pushy"),
        ("You're incredibly tactless.", None, "You're incredibly tactless"),
        ("You've got so cocky since the promotion.", None, "You've got so cocky"),
        ("You are the rudest man I know.", None, "You are the rudest man"),
        ("You're the least supportive partner.", None, "You're the least supportive partner"),
        ("You're so set in your ways, Grandad.", None, "You're so set in your ways"),
        ("Why are you so stingy?", None, "Why are you so stingy"),
        ("Such a hypocrite, aren't you.", None, "Such a hypocrite, aren't you"),
        # sweeping statements in other shapes
        ("What's wrong with you? You did it again.", None, "What's wrong with you"),
        (
            "You're the sort of person who cancels on everyone.",
            None,
            "You're the sort of person who cancels",
        ),
        ("It's always some drama with you.", None, "It's always some drama with you"),
        ("You have no respect for my time.", None, "You have no respect"),
        ("you cant be relied on", None, "you cant be relied on"),
        ("Nothing we cook is ever right for you.", None, "Nothing we cook is ever right for you"),
        ("You only ever look after number one.", None, "You only ever look after number one"),
        ("You find something to complain about.", None, "You find something to complain about"),
        ("Will you ever grow up?", None, "Will you ever grow up"),
        (
            "Says the person who has never paid a bill.",
            None,
            "Says the person who has never paid",
        ),
        (
            "What kind of friend forgets a funeral?",
            None,
            "What kind of friend forgets",
        ),
        ("You wreck every weekend.", None, "You wreck every weekend"),
        ("Why must you constantly interrupt?", None, "Why must you constantly interrupt"),
        ("Why is it that you never call first?", None, "Why is it that you never call first"),
        ("You make everything about you.", None, "You make everything about you"),
        (
            "Every time I ask for help, you sulk.",
            None,
            "Every time I ask for help, you sulk",
        ),
        ("Can't you do anything right?", None, "Can't you do anything right"),
        ("You're always the victim.", None, "You're always the victim"),
        ("You've ruined everything.", None, "You've ruined everything"),
        ("Do you ever listen?", None, "Do you ever listen"),
        ("I can't count on you.", None, "I can't count on you"),
        ("Why am I the only one who tidies?", None, "Why am I the only one who tidies"),
        ("Honestly, you're hard to talk to.", None, "you're hard to talk to"),
        ("You treat me like a maid.", None, "You treat me like a maid"),
        ("There's no talking to you tonight.", None, "There's no talking to you"),
        ("You can't take a joke, ever.", None, "You can't take a joke"),
        ("You'd forget your head if it wasn't screwed on.", None, "forget your head if"),
        ("Why can't you be on time for once?", None, "Why can't you be on time for once"),
        ("You've always been selfish.", None, "You've always been selfish"),
        ("Can you ever just let me finish?", None, "Can you ever just let me finish"),
        ("you're such a moody cow lately", None, "you're such a moody"),
    ],
    Kind.CONTEMPT: [
        # ironic celebration and stock put-downs
        ("You hoovered? Stop the presses.", None, "Stop the presses"),
        ("Do you want a standing ovation?", None, "Do you want a standing ovation"),
        ("cool story bro", None, "cool story bro"),
        ("Keep telling yourself that, mate.", None, "Keep telling yourself that"),
        ("Who died and made you in charge?", None, "Who died and made you"),
        ("Spare me the waterworks.", None, "Spare me the waterworks"),
        ("Go cry to your mum.", None, "Go cry to your mum"),
        # polite-sounding scorn
        (
            "Must be tiring, being perfect all the time.",
            None,
            "Must be tiring, being perfect",
        ),
        ("That's rich coming from you.", None, "rich coming from you"),
        ("Cute that you think I'd fall for that.", None, "Cute that you think"),
        ("Bless, you really believe that.", None, "Bless, you really believe"),
        ("Heaven forbid you say thank you.", None, "Heaven forbid you say thank you"),
        ("Let me guess, you were too busy.", None, "Let me guess, you were too busy"),
        ("Unlike some people, I remembered.", None, "Unlike some people"),
        ("My ex would have fixed it by now.", None, "My ex would have"),
        # talking down
        ("What are you, twelve?", None, "What are you, twelve"),
        ("It's like talking to a toddler.", None, "like talking to a toddler"),
        ("You've got the memory of a goldfish.", None, "the memory of a goldfish"),
        ("Shall I draw you a diagram?", None, "Shall I draw you a diagram"),
        ("Is that your idea of an apology?", None, "Is that your idea of an apology"),
        ("Poor baby, did the nasty boss shout?", None, "Poor baby, did the"),
        # mock praise and titles
        ("Sure thing, Mr Important.", None, "Mr Important"),
        ("Her Highness wants breakfast in bed.", None, "Her Highness"),
        ("Look who bothered to call.", None, "Look who bothered"),
        ("Great. You lost the tickets.", None, "Great. You lost"),
        ("You're such a dimwit.", None, "You're such a dimwit"),
        ("Mate, you're a right idiot.", None, "you're a right idiot"),
        ("Such a diva, aren't you.", None, "Such a diva, aren't you"),
        ("How convenient.", "Sorry, I can't make it to your mum's.", "How convenient"),
        ("lmao ok", "I think I'd be a great manager.", "lmao ok"),
        ("Wow. Real classy.", None, "Real classy"),
        ("lol you honestly thought that would work", None, "lol you honestly thought"),
        ("Stop being such a wimp.", None, "Stop being such a wimp"),
        ("No one likes you.", None, "No one likes you"),
        ("Shall I bake you a cake?", None, "Shall I bake you a cake"),
        ("You wouldn't last a week in my shoes.", None, "You wouldn't last a week"),
        ("Lucky I put up with you.", None, "Lucky I put up with you"),
        ("Don't flatter yourself.", None, "Don't flatter yourself"),
        ("Whatever you say, darling.", None, "Whatever you say, darling"),
        ("Try using your brain.", None, "Try using your brain"),
        ("You made toast? Should we frame it?", None, "Should we frame it"),
        ("You called back. Miracles do happen.", None, "Miracles do happen"),
        ("Does it come naturally?", None, "Does it come naturally"),
        ("I'd call you an idiot but that's unfair to idiots.", None, "I'd call you an idiot but"),
        ("What an absolute clown.", None, "What an absolute clown"),
        ("Oh I'm sure they're SO impressed.", None, "Oh I'm sure they're SO impressed"),
        ("Poor you, having to cook once.", None, "Poor you, having to"),
        ("Great idea. Really inspired.", None, "Great idea. Really inspired"),
        ("It's cute you think I'd wait.", None, "cute you think"),
    ],
}

NEGATIVES: dict[Kind, list[Negative]] = {
    Kind.CRITICISM: [
        # kind "always" and "never"
        ("You never let me down.", None),
        ("You never fail to make my day.", None),
        ("You always make everything better.", None),
        ("You always find a way to make me smile.", None),
        ("You always turn every Sunday into an adventure.", None),
        ("You never have to thank me.", None),
        # sincere compliments and kind traits
        ("You're the least judgemental person I know.", None),
        ("You're so sensitive to how others feel, it's a gift.", None),
        ("Honestly you're the kindest man I know.", None),
        ("You're incapable of being unkind.", None),
        # specific complaints about one behaviour
        ("You left the car unlocked last night, can you check it?", None),
        ("You forgot the milk today.", None),
        # self-criticism, third parties and things
        ("I'm so disorganised lately.", None),
        ("My brother never pays for anything.", None),
        ("The boiler is always breaking.", None),
        ("What's wrong with me today, I keep dropping things.", None),
        ("What's wrong with your phone? It keeps cutting out.", None),
        ("He's such a snob about wine.", None),
        # denied, supposed, reported, teased, concerned
        ("Nobody's calling you selfish, you've had a hard week.", None),
        ("I'm not saying you're lazy.", None),
        ('She yelled "you always do this" at the referee.', None),
        ("you're so stubborn 😂 fine, pizza it is", None),
        ("Why are you always up at five? Are you okay?", None),
        ("Why don't you ever come climbing? You'd love it.", None),
        ("What's wrong with you? You look really pale.", None),
        ("Who raised you to be so polite? 🥰", None),
        ("Thanks for all your hard work today.", None),
        ("I like the dog better than the cat.", None),
        ("You're exhausting yourself, please rest.", None),
        ("Do you ever listen to podcasts?", None),
        ("Classic you 😂 never change", None),
        ("Why am I the only one who likes olives?", None),
        ("You're hard to buy presents for!", None),
        ("Can you ever just relax on holiday? You deserve it 😊", None),
        ("You treat me like a queen ❤️", None),
        ("Why can't you stay for once? We'd love to have you longer!", None),
        ("Would it kill you to smile? lol jk you look lovely", None),
        ("There's no talking to the council, they never answer.", None),
        ("My boss treats me like a servant.", None),
    ],
    Kind.CONTEMPT: [
        # sincere thanks and praise with the same words
        ("Wow, thanks a lot for picking me up, you're a star!", None),
        ("Great! You passed!", None),
        ("Who asked for extra cheese? It's here.", None),
        ("I can't believe I married you, luckiest day of my life ❤️", None),
        ("You make me sick with jealousy, that beach looks amazing 😍", None),
        ("It's sweet that you thought of me.", None),
        ("My ex would never have been this patient. Thank you.", None),
        ("Look who's here! Come in, come in.", None),
        ("You deserve a medal for putting up with my snoring.", None),
        ("Do you want a biscuit?", None),
        # literal babies, real bosses, real surprise
        ("The baby's crying, can you warm a bottle?", None),
        ("Is the baby hungry again?", None),
        ("What a surprise to see you here!", None),
        ("Imagine being on a beach right now.", None),
        ("I can't imagine thinking that's okay.", None),
        # slang and directions that look like put-downs
        ("Are you stupid busy or free for lunch?", None),
        ("Yeah right, then left at the lights.", "Is it right at the church?"),
        ("Don't strain yourself lifting that, I'll help.", None),
        ("Tell me more about your day, I want to hear it.", None),
        ("So smooth, the new paint looks great.", None),
        # self-directed or about a third party
        ("I'm such a dunce with maps.", None),
        ("My memory is awful lately.", None),
        ("The kids have the attention span of goldfish today lol", None),
        ("Mum thinks the neighbour is a snob.", None),
        ("Look who's talking now, the baby said her first word!! 😍", None),
        ("Nobody likes you more than your nan does.", None),
        ("*claps* well done, you star!", None),
        ("Did I ask you to grab milk? Thank you!", None),
        ("I'm so embarrassing lol", None),
        ("Who taught you to make bread like this? It's amazing.", None),
        ("I'd call you a genius but you already know it 😄", None),
        ("Get real excited, it's nearly Friday!", None),
        ("Poor you, that sounds exhausting. Want me to bring soup?", None),
        ("Should we frame this photo? It's gorgeous.", None),
        ("Only took us three hours to get here, traffic was mad.", None),
        ("I'm sure your boss will understand, don't worry.", None),
        ("What an absolute legend you are.", None),
        ("My gran could bake better than any shop.", None),
        ("Wow, you remembered! Thank you so much ❤️", None),
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
        monkeypatch, lambda: (find_criticism(text, previous), find_contempt(text, previous))
    )


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("Nobody's saying you're lazy", 16, True),
        ("I'm not calling you careless", 15, True),
        ("If you never ask, you won't know", 3, True),
        ("Honestly you're lazy", 9, False),
    ],
)
def test_is_denied_reads_the_words_before(text: str, position: int, expected: bool) -> None:
    assert is_denied(text, position) is expected


def test_family_cases_are_enough() -> None:
    for kind in (Kind.CRITICISM, Kind.CONTEMPT):
        assert len(POSITIVES[kind]) >= 30
        assert len(NEGATIVES[kind]) >= 20
