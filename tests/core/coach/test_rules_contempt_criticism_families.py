"""The contempt and criticism families added beside the first rules, and their lookalikes.

Each positive names the exact words the finding must quote; each family has several phrasings
so that a rule knowing one sentence fails. The negatives are warm, sincere, reported,
self-directed, third-party or concerned messages that share the families' words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from closeknit_core.coach.rules import common
from closeknit_core.coach.rules.contempt_families import more_contempt
from closeknit_core.coach.rules.criticism_families import more_criticism

CONTEMPT: list[tuple[str, str]] = [
    # mock awards and applause
    ("Wife of the year, everybody.", "Wife of the year"),
    ("Do you want a gold star for emptying the bin?", "Do you want a gold star"),
    ("Someone alert the press, you cooked.", "alert the press"),
    ("Mark the calendar, he actually apologised.", "Mark the calendar, he actually"),
    # feigned surprise and dry laughter
    ("What a shock, you're late again.", "What a shock, you're late"),
    ("Big surprise there.", "Big surprise there"),
    ("Shocking. Truly shocking. You forgot.", "Shocking. Truly shocking. You"),
    ("Ha. Ha. Very funny.", "Ha. Ha. Very funny"),
    # scare quotes around the other's words
    ('Oh, you were "tired". Sure.', 'you were "tired"'),
    ('Your "meeting" ran late again?', 'Your "meeting"'),
    ('"Busy" again, were we?', "again, were we"),
    # unfavourable comparisons
    ("My cat listens better than you.", "My cat listens better than you"),
    (
        "Even my six year old tidies better than you do.",
        "Even my six year old tidies better than you",
    ),
    ("Your sister would have sorted it in a day.", "Your sister would have sorted"),
    ("I married an adult, not a child.", "married an adult, not a child"),
    # childish: acting like a child, "what are you, five?"
    ("You're acting like a spoiled toddler.", "You're acting like a spoiled toddler"),
    ("Stop behaving like a teenager.", "Stop behaving like a teenager"),
    ("Go and sulk in your room like a little kid.", "sulk in your room like a little kid"),
    ("What are you, five?", "What are you, five"),
    # put-downs of the mind and superiority
    ("Did you even finish school?", "Did you even finish school"),
    ("Is there anything in that head of yours?", "Is there anything in that head of yours"),
    ("Try using your brain.", "Try using your brain"),
    ("I won't stoop to your level.", "stoop to your level"),
    ("I don't argue with people like you.", "I don't argue with people like you"),
    # scorn that sounds polite, and belittling "little"
    ("Who made you the judge of my life?", "Who made you the judge"),
    ("Sorry, I forgot you know everything.", "Sorry, I forgot you know everything"),
    ("With all due respect, you have no clue.", "With all due respect, you have no clue"),
    ("Spare me your little lecture.", "your little lecture"),
    # laughing at the other
    ("Keep going, this is comedy gold.", "Keep going, this is comedy gold"),
    ("It's adorable that you think I'll say sorry.", "It's adorable that you think"),
    ("Laughable.", "Laughable"),
    ("I laughed at your excuse.", "laughed at your excuse"),
    ("Thanks for dinner. Oh wait, you didn't cook.", "Oh wait, you didn't"),
    # ironic titles and patronising endearments
    ("Nice one, Sherlock.", "Nice one, Sherlock"),
    ("Well done, champ, you broke it again.", "Well done, champ, you broke"),
    ("Oh sweetie, no. That's not how it works.", "Oh sweetie, no. That's not how"),
    # mock sympathy, ironic praise and ironic thanks
    ("Aww, did somebody hurt your little feelings?", "did somebody hurt your little feelings"),
    ("You poor hard-done-by soul.", "You poor hard-done-by soul"),
    ("Aren't you just a ray of sunshine.", "Aren't you just a ray of sunshine"),
    ("Thanks so much for ignoring my calls.", "Thanks so much for ignoring"),
    ("So kind of you to grace us with your presence.", "grace us with"),
    # "right, because you're always so…"
    ("Right, because you're always so reliable.", "Right, because you're always"),
    # disgust
    ("It's embarrassing to watch you.", "embarrassing to watch you"),
    ("Ew, get away from me.", "Ew, get away from me"),
    ("I can't even look at you right now.", "can't even look at you"),
    # eye rolls and sighs in words
    ("rolls eyes", "rolls eyes"),
    ("*sigh* here we go again", "*sigh* here we go again"),
    ("🙄", "🙄"),
    # names for what the person is, and their voice as a joke
    ("You're such a pushover.", "You're such a pushover"),
    ("You sound absolutely pathetic.", "You sound absolutely pathetic"),
    # mock concern, mock awe, incompetence idioms
    ("Don't strain yourself lifting that mug.", "Don't strain yourself lifting"),
    ("Must be hard, being you.", "Must be hard, being you"),
    ("Thank you, oh wise one.", "oh wise one"),
    ("Here comes the expert.", "Here comes the expert"),
    ("Oh no, not the cold shoulder.", "Oh no, not the cold shoulder"),
    ("You couldn't find your way out of a paper bag.", "couldn't find your way out of a paper bag"),
    ("You think you're so clever. You're not.", "You think you're so clever. You're not"),
    ("Bless, you really think that works.", "Bless, you really think"),
    # "I've met rocks with more…", "even the dog knows…"
    ("I've met rocks with more empathy.", "I've met rocks with more"),
    ("Even the dog knows when to stop.", "Even the dog knows"),
    # rhetorical scorn
    ("Am I meant to be grateful?", "Am I meant to be grateful"),
    ("Do you want a cookie for that?", "Do you want a cookie for that"),
    ("Can you even hear yourself?", "Can you even hear yourself"),
    ("Oh, so scary! I'm trembling.", "Oh, so scary! I'm trembling"),
    ("Pass her a tissue.", "Pass her a tissue"),
    ("Imagine being so petty.", "Imagine being so petty"),
    ("Our resident expert on everything weighs in.", "resident expert on everything"),
    ("You're quite something, aren't you.", "You're quite something, aren't you"),
    ("Poor you, having to cook once.", "Poor you, having to"),
]
CRITICISM: list[tuple[str, str]] = [
    # what kind of person; can never; every time
    ("What kind of father forgets his son's birthday?", "What kind of father forgets"),
    ("You can never just admit you're wrong.", "You can never just admit"),
    (
        "Every time we visit your parents you get nasty.",
        "Every time we visit your parents you get nasty",
    ),
    # just like you; something wrong with you
    ("That's so typical of you.", "That's so typical of you"),
    ("Just like you to bail.", "Just like you to"),
    ("There's something seriously wrong with you.", "There's something seriously wrong with you"),
    ("What's the matter with you, seriously?", "What's the matter with you"),
    # who the person is: not a good friend, a cruel person, a liability
    ("You're just not a good friend.", "You're just not a good friend"),
    ("You're a cruel person.", "You're a cruel person"),
    ("You're a total liability.", "You're a total liability"),
    ("You've got a nasty temper.", "You've got a nasty temper"),
    ("You're the reason this family is miserable.", "You're the reason this family is miserable"),
    # all you ever do; for once
    ("All you ever do is moan.", "All you ever do is moan"),
    ("All you care about is money.", "All you care about is money"),
    ("For once, could you listen?", "For once, could you listen"),
    ("Just once I'd love you to show up.", "Just once I'd love you to show"),
    # trait insults in other grammar
    ("You're being childish.", "You're being childish"),
    ("What are you, thick?", "What are you, thick"),
    ("You haven't changed, still the same.", "You haven't changed, still"),
    # more sweeping shapes
    ("You're one of the most selfish people alive.", "You're one of the most selfish people"),
    ("You treat me like dirt.", "You treat me like dirt"),
    ("You don't know how to say sorry.", "You don't know how to say sorry"),
    ("Everything has to be on your terms.", "Everything has to be on your terms"),
    ("Every dinner with you ends in a row.", "Every dinner with you ends in"),
    ("You never care about anyone but yourself.", "You never care about anyone but yourself"),
    ("You're always looking for someone to blame.", "You're always looking for someone to blame"),
]
NEGATIVES: list[str] = [
    # warmth, sincere praise and thanks
    "Mother of the year, she made three costumes overnight ❤️",
    "Gold star for you 🌟😂",
    "Mark the calendar: Gran's party on the 12th.",
    "What a surprise! Thank you so much.",
    "Big surprise for you on Saturday!",
    # reported speech, third parties, the speaker's own self
    'She called him "lazy" and he cried.',
    "My dog listens better than my cat.",
    "My ex would never have done this for me. Thank you.",
    "The kids were acting like toddlers today.",
    "I cried like a baby at the film, you'd have laughed.",
    # sincere questions and requests
    "Did you go to school with Emma?",
    "Who made this cake? It's amazing.",
    "You know everything about cars, can you help?",
    "With respect to the budget, we can afford it.",
    "Your little one is adorable.",
    "Keep talking, I'm listening.",
    "I laughed at your story about the goat.",
    "Good job, champ! You won!",
    # sincere sympathy, comfort and logistics
    "Oh honey, no, don't apologise.",
    "Did someone upset you at work? Tell me.",
    "Poor thing, you've got a cold.",
    "Thanks so much for the lift.",
    # "right, because you're always so…"
    "Right, because you're moving on Friday we need boxes.",
    "It's painful to see you so sad.",
    "Ew, the milk is off.",
    "I can't look at you without smiling.",
    # mock concern, mock awe, incompetence idioms
    "Don't strain your back lifting that box.",
    "Must be lovely to be home.",
    "Look who's up early!",
    "Tell me more about your trip.",
    # kind "always/never", "just like you", concern, denial
    "I've met dogs that I loved more than people.",
    "Even the cat was excited to see you.",
    "What kind of cake do you want?",
    "What sort of friend ditches you on your birthday? Not me.",
    "You can never be too careful.",
    "Every time I see you, I feel better.",
    "That's just like you said.",
    "I'm just like you, I hate mornings.",
    "It's like you read my mind.",
    "What's the matter with you today? You seem low.",
    "There's something wrong with you, you should see a doctor.",
    "You're not a bad person.",
    "You're the reason I smile.",
    "All you need is sleep.",
    "For once, let me pay.",
    "You're being so brave.",
    "I'm not saying you're a bad friend.",
    "You're one of the kindest people I know.",
    "You treat me like a queen ❤️",
    # kind and teasing lines in the criticism shapes
    "You don't know how to use the remote yet, I'll show you.",
    "Every conversation with you makes my day.",
    "You're always looking for ways to help.",
    "you're such a dork 😂",
    "You're a star.",
]

DENIED_OR_SUPPOSED: list[str] = [
    "I'm not saying you're a cruel person.",
    "If you think you're so clever, prove it.",
    "Nobody thinks all you ever do is moan.",
    "I never said you were acting like a toddler.",
    "It should feel like there's something really wrong with you, at first.",
    "Honestly, she deserves mother of the year.",
    "Do you want credit for this in the report?",
    "Was I supposed to bring anything?",
    "I can hear you fine now.",
    "Imagine being on a beach right now.",
    "Poor you, the flu is awful. Soup?",
    "You're something else, I love you so much ❤️",
    "Total dad of the year moment, he built the treehouse.",
    "It's just like you-you-you said, mostly.",
]


def quoted(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(("text", "expected"), CONTEMPT)
def test_contempt_families_quote_the_jab(text: str, expected: str) -> None:
    assert quoted(text, more_contempt(text)) == [expected]


@pytest.mark.parametrize(("text", "expected"), CRITICISM)
def test_criticism_families_quote_the_judgement(text: str, expected: str) -> None:
    assert quoted(text, more_criticism(text)) == [expected]


@pytest.mark.parametrize("text", NEGATIVES + DENIED_OR_SUPPOSED)
def test_lookalikes_are_left_alone(text: str) -> None:
    assert more_contempt(text) == []
    assert more_criticism(text) == []


def test_each_family_is_not_the_other_kind() -> None:
    """Criticism shapes are not contempt on their own, and the other way round."""
    assert more_contempt("All you ever do is moan.") == []
    assert more_criticism("Wife of the year, everybody.") == []


def test_skipping_by_key_words_never_changes_a_result(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [text for text, _ in CONTEMPT + CRITICISM] + NEGATIVES + DENIED_OR_SUPPOSED
    gated = [(more_contempt(text), more_criticism(text)) for text in texts]
    monkeypatch.setattr(common, "IS_GATED", False)
    assert [(more_contempt(text), more_criticism(text)) for text in texts] == gated


def test_skipping_never_changes_a_result_on_the_tuning_set(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path(__file__).parents[2] / "data" / "coach" / "tuning"
    texts = [
        json.loads(line)["text"]
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    gated = [(more_contempt(text), more_criticism(text)) for text in texts]
    monkeypatch.setattr(common, "IS_GATED", False)
    assert [(more_contempt(text), more_criticism(text)) for text in texts] == gated
