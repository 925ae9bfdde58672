"""Criticism: a global complaint about the person ("you never…", "you're so selfish").

A complaint about one behaviour ("you left the dishes out last night") is not criticism, and
neither is "always"/"never" used kindly ("you always make me laugh", "you never complain").
"I feel like you never listen" is criticism wearing an I-statement's clothes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from closeknit_core.coach.rules import common
from closeknit_core.coach.rules.common import (
    ANY_YOU_ARE,
    APOSTROPHE,
    CANT,
    DIDNT,
    DOESNT,
    DONT,
    I_AM,
    ITS,
    TEASING,
    WHATS,
    WONT,
    YOU,
    YOU_ARE,
    Rule,
    Span,
    clause_before,
    compile_rule,
    disjoint,
    extend_words,
    gated,
    is_disowned,
    key_words,
    lazy,
    live_rules,
    phrases,
    sentence_of,
)
from closeknit_core.coach.rules.criticism_families import more_criticism

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
    "stop": lazy(
        r"\s+(?:talking|complaining|nagging|criticizing|criticising|moaning|whinging|"
        r"to\s+think|and\s+think|to\s+listen|for\s+(?:a\s+)?(?:second|minute|moment))",
    ),
    "look": lazy(r"\s+(?:at\s+me|up\s+from|after|for\s+me)"),
    # "You never let me finish", "you never let anyone else speak"; not "let me down".
    "let": lazy(
        r"\s+(?:me|anyone|anybody|others|other\s+people|us|the\s+kids|people)\s+(?:else\s+)?"
        r"(?:finish|speak|talk|explain|decide|choose|in|make|have\s+(?:a|my|any)|get\s+a\s+word|"
        r"forget|live|be\b|do\s+(?:anything|what|things))",
    ),
    "give": lazy(
        r"\s+(?:me\s+)?(?:a\s+chance|space|time|credit|a\s+break|an\s+inch|a\s+straight\s+answer)",
    ),
    "have": lazy(
        r"\s+(?:time|a\s+minute|a\s+moment|my\s+back|a\s+(?:good|kind|nice|positive)\s+word|"
        r"anything\s+(?:nice|good|positive|kind)|the\s+(?:decency|courtesy|guts))\b",
    ),
    "leave": lazy(r"\s+(?:the\s+house|your\s+(?:phone|room|desk|computer)|me\s+alone)"),
    "say": lazy(r"\s+(?:sorry|thank\s+you|thanks|anything\s+nice|please)"),
    "said": lazy(r"\s+(?:sorry|thank\s+you|thanks|anything\s+nice|please)"),
    "told": lazy(r"\s+(?:me\s+)?(?:the\s+truth|anything)\b"),
    "get": lazy(
        r"\s+(?:anything\s+right|it\s+right|the\s+point|off\s+(?:your|the)\s+(?:phone|sofa|couch)|"
        r"ready\s+on\s+time|home\s+on\s+time)",
    ),
    "miss": lazy(r"\s+(?:a|an)\s+(?:chance|opportunity)\s+to\b"),
    # "You never fail to remind me": the praise word turned into a complaint.
    "fail": lazy(
        r"\s+to\s+(?:remind|mention|point\s+out|bring\s+up|criticise|criticize|embarrass|"
        r"disappoint|let\s+me\s+down|make\s+it\s+about|find\s+fault|complain|moan)",
    ),
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
    "have an excuse", "have excuses", "have some excuse", "have to have", "have to be right",
    "have to make", "have to ruin", "have to turn", "have to bring", "have to start",
    "have to argue", "have to comment", "have to correct", "have to point out", "have to win",
    "have to get your way", "have to go and", "undermine", "moan", "whinge", "whine about",
    "nitpick", "pick holes", "pick at", "talk down to", "patronise", "patronize", "contradict",
    "second-guess", "second guess", "guilt-trip", "guilt trip", "brush me off", "shut me out",
    "put me down", "twist my words", "twist everything", "want things your own way",
    "want your own way", "get your own way", "let me down", "leave it to me",
    "leave it all to me", "leave me to", "expect me to", "blow up", "kick off", "go on about",
    "go on and on", "show off", "bail on", "cancel on", "run off", "disappear", "make fun of",
    "laugh at me", "put work first", "put your job first", "put your phone first", "wreck",
    "sabotage", "hijack", "derail",
)  # fmt: skip
# Habits whose words are innocent alone ("you always make everything better", "you always
# find a way to make me smile"): only these shapes of them complain.
HABIT_SHAPES = (
    rf"take\s+(?:(?:his|her|their|your\s+\w+{APOSTROPHE}s|\w+{APOSTROPHE}s)\s+)?side"
    r"|put\s+(?:your|the|his|her|their)\s+(?:\w+\s+){0,2}(?:before|ahead\s+of|above|over)\s+"
    r"(?:me|us|this\s+family|your\s+family|the\s+kids|everyone|everything)"
    r"|make\s+(?:everything|things|it\s+all|every\s+\w+)\s+(?:so\s+|more\s+|about\s+|into\s+|"
    r"harder|worse|difficult|complicated|awkward|a\s+(?:drama|big\s+deal|thing))"
    r"|find\s+(?:a\s+way|a\s+reason|an\s+excuse|something)\s+to\s+(?:make\s+it\s+about|complain|"
    r"moan|whinge|criticise|criticize|argue|blame|pick|get\s+out\s+of|avoid|start|be\s+(?:annoyed|"
    r"upset|angry|grumpy|offended))"
    r"|turn\s+every(?:thing|\s+\w+)\s+(?:\w+\s+)?into\s+(?:a|an)\s+(?:lecture|argument|fight|row|"
    r"drama|competition|debate|big\s+deal|crisis|thing)"
)
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
    "putting me down", "pushing me away", "pushing", "changing the subject", "moaning",
    "whinging", "undermining", "nitpicking", "picking holes", "finding fault", "twisting my words",
    "talking down to me", "patronising me", "patronizing me", "contradicting me", "showing off",
    "bailing on", "cancelling on", "canceling on", "making fun of",
)  # fmt: skip
ALWAYS = gated(
    rf"\b{YOU}\s+(?:always|constantly|forever|continually|repeatedly)(?:,?\s+always)?,?\s+"
    rf"(?:just\s+)?(?:{phrases(*HABITS)}|{HABIT_SHAPES})\b"
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
    "moaning", "whinging", "whining", "on at me", "on my back", "picking holes", "picking at",
    "finding fault", "running late", "in a mood", "in a strop", "sulking", "snappy",
    "short with me", "making fun of", "undermining", "putting yourself first", "showing off",
    "looking for a fight", "looking for an argument", "spoiling for a fight",
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
    # Character words beyond the first list, so new phrasings of the same attack are found.
    "two-faced", "two faced", "fake", "shallow", "smug", "cocky", "big-headed", "bigheaded",
    "pushy", "nosy", "nosey", "sneaky", "secretive", "cagey", "uptight", "highly strung",
    "high-strung", "self-obsessed", "self-righteous", "sanctimonious", "preachy", "patronising",
    "patronizing", "overbearing", "domineering", "possessive", "narrow-minded", "small-minded",
    "closed-minded", "close-minded", "tactless", "nasty", "spiteful", "vindictive", "bitter",
    "callous", "cold-hearted", "unfeeling", "oblivious", "naive", "gullible", "impatient",
    "intolerant", "irritable", "short-tempered", "hot-headed", "hotheaded", "aggressive",
    "hostile", "grumpy", "cranky", "unbearable", "insufferable", "high maintenance",
    "high-maintenance", "greedy", "materialistic", "wasteful", "reckless", "unmotivated",
    "unambitious", "unhelpful", "uncooperative", "obstinate", "pig-headed", "pigheaded",
    "egotistical", "self-serving", "clumsy", "scatterbrained", "scatty", "neurotic",
    "melodramatic", "incapable", "tight with money", "tight-fisted",
    "full of yourself", "wrapped up in yourself", "in love with yourself",
    "obsessed with yourself", "set in your ways", "stuck in your ways", "a flake",
    "a nightmare", "a bad influence", "a workaholic", "a liability", "a bully", "a slob",
    "a snob", "a liar", "a user", "a coward", "a drama queen", "a know-it-all", "a martyr",
    "quick to judge", "quick to blame", "quick to criticise", "quick to criticize",
    "quick to assume", "quick to anger", "quick to snap", "quick to take offence",
    "quick to take offense", "quick to point the finger", "exhausting", "draining", "all talk",
    "full of excuses", "hard to love", "hard to talk to", "hard to live with", "hard to please",
    "hard to be around", "hard to deal with", "hard to reason with", "moody",
)  # fmt: skip
# "You're a terrible friend": a role the person fails at, said about who they are.
BAD_ROLE = (
    r"(?:(?:just|such|really|honestly|literally|seriously|the\s+most)\s+){0,2}(?:a|an|the)\s+"
    r"(?:(?:really|truly|totally|genuinely)\s+)?(?:bad|terrible|horrible|awful|lousy|rubbish|crap|"
    r"crappy|shit|shitty|useless|hopeless|selfish|worst)\s+(?:friend|partner|husband|wife|mother|"
    r"father|mum|mom|dad|parent|son|daughter|brother|sister|boyfriend|girlfriend|person|listener|"
    r"human\s+being)"
)
# "You're the laziest person I know", "the least reliable person in this family".
WORST_WORDS = (
    "laziest", "rudest", "meanest", "messiest", "stingiest", "tightest", "bossiest",
    "grumpiest", "moodiest", "sloppiest", "pettiest", "nosiest", "greediest", "vainest",
    "coldest", "pushiest", "cruellest", "cruelest", "flakiest",
)  # fmt: skip
LEAST_WORDS = (
    "reliable", "considerate", "thoughtful", "patient", "helpful", "supportive", "organised",
    "organized", "romantic", "generous", "caring", "trustworthy", "dependable", "punctual",
    "tidy", "mature", "responsible", "self-aware", "affectionate", "grateful", "understanding",
)  # fmt: skip
PEOPLE = (
    r"(?:\s+(?:person|man|woman|human(?:\s+being)?|guy|girl|partner|friend|son|daughter|"
    r"sister|brother|mother|father|mum|mom|dad|husband|wife|boyfriend|girlfriend|kid))?"
)
SUPERLATIVE = (
    rf"the\s+(?:{phrases(*WORST_WORDS)}|least\s+{phrases(*LEAST_WORDS)}|most\s+"
    rf"{phrases(*TRAITS[: TRAITS.index('a nag')])}){PEOPLE}"
)
TRAIT_MODIFIERS = (
    r"(?:(?:so|such|such\s+a|really|just|totally|completely|too|being|always|very|incredibly|"
    r"extremely|literally|honestly|actually|seriously|kind\s+of|kinda|a\s+bit|the\s+most|"
    r"soo+|sooo+|unbelievably|ridiculously|genuinely|truly|properly|utterly|absolutely|"
    r"painfully|super|way\s+too|far\s+too|a\s+little|pretty|quite|getting|becoming|still|"
    r"clearly|obviously|simply|plain)\s+){0,3}"
)
# Who the trait is pinned on: "you're", "you can be so", "you've become so", "you've always been".
TRAIT_SUBJECT = (
    rf"(?:{ANY_YOU_ARE}|{YOU}\s+can\s+be(?=\s+(?:so|such|really|very|incredibly|too)\b)"
    rf"|{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:always\s+|really\s+|just\s+|honestly\s+)?"
    r"(?:been|become|gotten|got|grown|turned)(?=\s+(?:so|such|really|very|incredibly|too|"
    r"a|an|more|the|always)\b)"
    rf"|{YOU}(?:{APOSTROPHE}ve|\s+have)\s+always\s+been)"
)
TRAIT = gated(
    rf"\b{TRAIT_SUBJECT}\s+{TRAIT_MODIFIERS}"
    rf"(?P<trait>{phrases(*TRAITS)}|{SUPERLATIVE}|{BAD_ROLE})(?![\w-])",
    # A bad role is keyed on its adjective: people's names for each other are common words.
    key_words(*TRAITS, *WORST_WORDS, *LEAST_WORDS)
    + " bad terrible horrible awful lousy rubbish crap crappy shit shitty useless hopeless "
    "selfish worst",
)
# "Such a martyr, aren't you": the trait words without their article.
TRAIT_NOUNS = tuple(trait.removeprefix("a ").removeprefix("such a ") for trait in TRAITS)
TRAIT_QUESTION = gated(
    rf"\bare\s+{YOU}\s+(?:always|ever)\s+(?:this|so)\s+{phrases(*TRAITS)}\b"
    rf"|\b(?:stop|quit)\s+being\s+(?:so\s+|such\s+an?\s+|such\s+)?{phrases(*TRAITS)}\b"
    rf"|\bwhy\s+(?:are|r)\s+{YOU}\s+(?:being\s+|always\s+|still\s+)?(?:so|such\s+an?|such)\s+"
    rf"{phrases(*TRAITS)}(?![\w-])"
    rf"|\bsuch\s+(?:an?\s+)?(?:\w+\s+)?{phrases(*TRAIT_NOUNS)},?\s+(?:aren{APOSTROPHE}t|are|r)\s+{YOU}\b",
    # Every branch has its frame: "are you always this", "stop being", "why", "such".
    "",
    (key_words(*TRAITS), "always ever being why such"),
)
# Words after a trait that turn it into praise or care: "so sensitive to other people, it's a
# gift", "incapable of being unkind".
KIND_AFTER_TRAIT = compile_rule(
    rf"[^.!?\n]{{0,60}}?\b(?:it{APOSTROPHE}s\s+a\s+gift|in\s+a\s+good\s+way|I\s+love\s+(?:that|it|this)|"
    r"which\s+I\s+love|and\s+I\s+love|thank|proud\s+of|admire|bless\s+you)"
    r"|\s+of\s+(?:lying|hurting|hating|being\s+(?:mean|cruel|unkind|rude|nasty|dishonest))"
    r"|\s+(?:yourself|urself)\b"
)

WHY_ALWAYS = gated(
    rf"\bwhy\s+(?:{CANT}\s+{YOU}\s+(?:ever|just)|{DONT}\s+{YOU}\s+ever|{WONT}\s+{YOU}\s+(?:ever|just)|"
    rf"do\s+{YOU}\s+(?:always|never|constantly|keep)|(?:are|r)\s+{YOU}\s+(?:always|never|constantly)|"
    rf"is\s+it\s+always\s+(?:me|up\s+to\s+me|my\s+job)|do\s+i\s+always\s+have\s+to|"
    rf"(?:are|r)\s+{YOU}\s+(?:always\s+|being\s+)?like\s+this|"
    rf"must\s+{YOU}\s+(?:always|constantly|keep)|"
    rf"do\s+{YOU}\s+(?:always\s+)?have\s+to\s+(?:be\s+(?:so|such)|always|make|ruin|turn|start|"
    r"argue|bring)|"
    rf"is\s+it\s+(?:that\s+)?{YOU}\s+(?:can\s+never|never|always|{CANT}\s+ever)|"
    rf"(?:does|is)\s+(?:it|everything)\s+(?:always\s+)?(?:have\s+to\s+be\s+)?(?:all\s+)?about\s+"
    rf"{YOU})\b",
    "why",
)
# "Why can't you stay for once? We'd love to have you": what follows shows warmth or a joke.
KIND_NEXT = compile_rule(
    rf"[^\n]{{0,80}}?(?:\b(?:we|I){APOSTROPHE}d\s+love\b|\bjk\b|\bjust\s+kidding\b|\bmiss\s+you\b|"
    r"\byou\s+deserve\b|[❤♥😍🥰😊])"
)
# "Can you ever just let me finish?", "you can never just say sorry": the same, asked or said.
EVER_JUST = gated(
    rf"\b(?:can|could|will)\s+{YOU}\s+(?:ever|never)\s+just\b|\b{YOU}\s+can\s+never\s+just\b",
    "ever never",
)
# "Why are you always up so early? Can't you sleep?": the next question shows concern.
CONCERN_AFTER = compile_rule(
    rf"[^.!?\n]{{0,60}}[.!?]+\s*(?:{CANT}\s+(?:you\s+)?sleep|(?:are\s+)?{YOU}\s+(?:ok|okay|alright|"
    r"all\s+right|feeling\s+\w+)|is\s+(?:everything|something|anything)\s+(?:ok|okay|wrong|up)|"
    rf"everything\s+(?:ok|okay|alright)|{YOU}{APOSTROPHE}d\s+(?:be|love|enjoy)|{YOU}\s+deserve)"
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
# The same sweep in other shapes: "there's always something with you", "you don't lift a
# finger", "you're the kind of person who…", "nothing I do is ever good enough for you".
BAD_DEEDS = (
    r"(?:borrows|forgets|lies|cheats|blames|cancels|bails|flakes|moans|complains|whinges|whines|"
    r"sulks|nags|interrupts|ignores|judges|mocks|criticises|criticizes|exaggerates|overreacts|"
    r"argues|storms\s+off|walks\s+away|gossips|talks\s+over|makes\s+(?:excuses|everything\s+about|"
    r"it\s+about)|puts\s+(?:yourself|themselves|himself|herself|work)\s+first|has\s+to\s+(?:be\s+right|"
    r"win|have)|needs\s+to\s+(?:be\s+right|win)|never\s+(?:listens|says\s+sorry|apologi[sz]es|admits|"
    r"asks|pays|calls|texts|helps|remembers|finishes|follows|cleans|tidies|shows\s+up|turns\s+up)|"
    r"always\s+(?:has\s+to|needs\s+to|blames|forgets|cancels|complains|moans|interrupts)|"
    rf"(?:{CANT}|{WONT}|{DOESNT})\s+(?:listen|admit|apologi[sz]e|say\s+sorry|take\s+(?:criticism|"
    r"a\s+joke|responsibility)|follow\s+through|finish|commit|keep\s+(?:a|their|his|her)))"
)
LACKS = (
    r"(?:consideration|respect|patience|manners|sense|shame|empathy|self-control|backbone|spine|"
    r"common\s+sense|decency|tact|ambition|drive|motivation|loyalty|integrity|filter|"
    r"self-awareness|compassion|boundaries)"
)


@dataclass(frozen=True)
class Families:
    """Rules for families of phrasings, found through their key words.

    Each family's small pattern runs only on the messages that hold one of its rare words,
    instead of one large pattern running on every message that holds any of them; the rules
    a message holds the words for (``live_rules``) make the choice one set intersection,
    however many families there are.
    """

    rules: tuple[Rule, ...]
    positions: Mapping[Rule, int]
    members: frozenset[Rule]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of every family whose key words ``text`` holds (of all, ungated)."""
        if not common.IS_GATED:
            chosen = list(self.rules)
        elif live := live_rules(text) & self.members:
            chosen = sorted(live, key=self.positions.__getitem__)
        else:
            return iter(())
        if len(chosen) == 1:
            return chosen[0].pattern.finditer(text)
        return itertools.chain.from_iterable(rule.pattern.finditer(text) for rule in chosen)


def gated_each(*families: tuple[str, str]) -> Families:
    """Families from (pattern, key words) pairs, as for ``gated``."""
    rules = tuple(gated(pattern, words) for pattern, words in families)
    positions = {rule: position for position, rule in enumerate(rules)}
    return Families(rules, positions, frozenset(rules))


GLOBAL_MORE = gated_each(
    (
        rf"\b(?:{WHATS}|what{APOSTROPHE}s)\s+(?:the\s+hell\s+|on\s+earth\s+|the\s+f\w*\s+)?"
        rf"wrong\s+with\s+{YOU}\b",
        "wrong",
    ),
    (
        rf"\b{YOU_ARE}\s+(?:just\s+|honestly\s+)?(?:the|that)\s+(?:kind|sort|type)\s+of\s+"
        rf"(?:person|man|woman|friend|guy|girl|partner|parent)\s+who\s+{BAD_DEEDS}\b"
        rf"|\bwhat\s+(?:kind|sort)\s+of\s+(?:a\s+)?(?:person|mother|father|mum|mom|dad|parent|friend|"
        r"partner|husband|wife|boyfriend|girlfriend|son|daughter|sister|brother|human\s+being|"
        r"grown\s+(?:man|woman|adult)|adult)\s+(?:does|would(?!\s+(?:you|u)\b)|forgets|says|doesn\W?t|"
        r"can\W?t|leaves|lets|treats|talks|acts|behaves|ignores)\b",
        "kind sort type",
    ),
    (
        rf"\b(?:there{APOSTROPHE}s|there\s+is|{ITS}|it{APOSTROPHE}s)\s+always\s+(?:something|the\s+same|"
        r"some\s+(?:drama|excuse|problem|reason)|an\s+excuse|a\s+problem|drama|one\s+thing\s+or\s+"
        rf"another)\s+with\s+{YOU}\b"
        rf"|\bwith\s+{YOU},?\s+(?:it{APOSTROPHE}s|there{APOSTROPHE}s|it\s+is|there\s+is)\s+always\b"
        rf"|\b(?:{ITS}|it{APOSTROPHE}s|everything{APOSTROPHE}s|everything\s+is)\s+always\s+(?:all\s+)?"
        rf"about\s+{YOU}\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+always\s+been\s+like\s+(?:this|that)\b"
        rf"|\b{YOU_ARE}\s+always\s+like\s+(?:this|that)\b",
        "always",
    ),
    (
        rf"\b{YOU}\s+(?:{DONT}|{DIDNT}|{WONT}|never)\s+(?:even\s+|ever\s+)?lift\s+a\s+finger\b",
        "finger",
    ),
    (
        rf"\b{YOU}(?:\s+have|{APOSTROPHE}ve|\s+have\s+got|{APOSTROPHE}ve\s+got|\s+got)\s+(?:no|zero)\s+"
        rf"{LACKS}\b",
        "consideration respect patience manners sense shame empathy control backbone spine "
        "decency tact ambition drive motivation loyalty integrity filter awareness compassion "
        "boundaries",
    ),
    (
        rf"\b{YOU}\s+(?:{CANT}|can\s+never)\s+be\s+(?:trusted|relied\s+on|counted\s+on|left\s+alone)\b"
        rf"|\b(?:nobody|no\s+one)\s+can\s+(?:ever\s+)?(?:rely|count|depend)\s+on\s+{YOU}\b"
        rf"|\b{YOU}\s+{CANT}\s+(?:even\s+)?do\s+(?:anything|a\s+single\s+thing)\s+without\b"
        rf"|\bI\s+(?:{CANT}|can\s+never)\s+(?:ever\s+)?(?:rely|count|depend)\s+on\s+{YOU}\b"
        rf"|\bno\s+point\s+(?:in\s+)?(?:asking|telling|talking\s+to)\s+{YOU}\b",
        "trusted relied counted alone rely count depend without point",
    ),
    (
        rf"\bnothing\s+(?:I|we)\s+(?:ever\s+)?(?:do|say|make|cook|buy)\s+(?:is\s+)?(?:ever\s+)?"
        rf"(?:good\s+enough|enough|right)\s+for\s+{YOU}\b"
        rf"|\bnothing\s+(?:is\s+)?ever\s+enough\s+for\s+{YOU}\b"
        rf"|\bnothing\s+(?:ever\s+)?(?:makes|pleases|satisfies)\s+{YOU}\b",
        "nothing",
    ),
    (
        rf"\b{YOU}\s+(?:{DONT}|never)\s+(?:really\s+|even\s+)?care\s+about\s+(?:anyone|anybody|"
        rf"anything)\s+(?:but|except|other\s+than|apart\s+from)\s+(?:yourself|urself)\b"
        rf"|\b{YOU}\s+only\s+(?:ever\s+)?(?:look\s+out\s+for|look\s+after|worry\s+about|care\s+for)\s+"
        r"(?:yourself|urself|number\s+one)\b",
        "yourself urself number",
    ),
    (
        rf"\b{YOU}\s+(?:just\s+)?{DONT}\s+think,?(?=\s*(?:[.!?]|do\s+you|$))",
        "think",
    ),
    (
        rf"\b{YOU}\s+{DONT}\s+(?:even\s+)?know\s+how\s+to\s+(?:be\s+on\s+time|listen|apologi[sz]e|"
        r"say\s+sorry|compromise|admit|take\s+a\s+joke|take\s+criticism|let\s+(?:it|things)\s+go|"
        r"behave|keep\s+(?:a|your)|follow\s+through|finish|be\s+(?:nice|kind|polite|on\s+time))",
        "how",
    ),
    (
        rf"\b{YOU}\s+(?:always\s+)?find\s+something\s+(?:new\s+)?to\s+(?:moan|complain|whinge|whine|"
        r"criticise|criticize|nitpick|pick\s+at|argue|be\s+(?:upset|angry|annoyed|offended))(?:\s+about)?\b",
        "something",
    ),
    (
        rf"\bwho\s+(?:even\s+|the\s+hell\s+|on\s+earth\s+)?(?:raised|brought\s+up)\s+{YOU}\b"
        r"(?=\s*(?:[?!.,🙄]|$))"
        rf"|\b(?:when\s+(?:are|r)\s+{YOU}\s+(?:ever\s+)?(?:going\s+to|gonna)|will\s+{YOU}\s+ever)\s+"
        r"grow\s+up\b"
        rf"|\bis\s+there\s+anything\s+(?:at\s+all\s+)?(?:that\s+)?{YOU}\s+(?:{DONT}|{CANT})\s+"
        r"(?:complain|moan|whine|whinge|nag|criticise|criticize|argue|fight|mess\s+up|screw\s+up|ruin)\b",
        "raised brought grow anything",
    ),
    (
        r"\b(?:from|says|coming\s+from)\s+(?:someone|somebody|the\s+(?:person|guy|man|woman|girl|one))\s+"
        rf"(?:who|that)(?:{APOSTROPHE}s|\s+has|\s+is)?\s+(?:never|{CANT}\s+even|couldn{APOSTROPHE}t\s+even|"
        rf"can\s+barely|{DOESNT}\s+even|{DIDNT}\s+even|always|only\s+ever)\s+\w+",
        "someone somebody person guy man woman girl one",
    ),
    (
        r"\b(?:even\s+)?(?:my|a|the|our)\s+(?:dog|cat|goldfish|toddler|five[\s-]year[\s-]old|child|kid|"
        r"baby|hamster|(?:brick\s+)?wall|nan|gran|grandma)\s+(?:\w+\s+){1,2}(?:better|more)\s+than\s+"
        rf"{YOU}(?:\s+do)?\b",
        "better more",
    ),
    (
        rf"\b{YOU}\s+(?:just\s+)?make\s+(?:everything|it\s+all|every\s+\w+|it)\s+(?:all\s+)?about\s+"
        r"(?:you|yourself)\b"
        rf"|\b{ITS}\s+(?:always\s+)?all\s+about\s+{YOU},?\s+(?:isn{APOSTROPHE}t\s+it|as\s+usual|"
        r"as\s+always)"
        rf"|\bnot\s+everything\s+is\s+(?:always\s+)?about\s+{YOU}\b"
        rf"|\bworld\s+(?:doesn{APOSTROPHE}t|does\s+not)\s+revolve\s+around\s+{YOU}\b"
        rf"|\bthink\s+the\s+world\s+revolves\s+around\s+{YOU}\b",
        "about revolve revolves",
    ),
    (
        rf"\bevery\s+(?:single\s+)?time\s+(?:I|we)\b[^.!?]{{1,50}}?\b{YOU}\s+(?:just\s+|always\s+)?"
        rf"{phrases(*HABITS)}\b",
        "every",
    ),
    (
        rf"\b{CANT}\s+you\s+(?:even\s+|ever\s+)?do\s+anything\s+right\b"
        rf"|\b{YOU}\s+(?:never|{DONT})\s+(?:ever\s+)?(?:do|get)\s+anything\s+right\b",
        "right",
    ),
    (
        rf"\b{YOU_ARE}\s+(?:always\s+|just\s+|honestly\s+)?the\s+problem\b"
        rf"|\b{YOU}(?:{APOSTROPHE}re|\s+are)?\s+always\s+(?:playing\s+|play\s+)?the\s+(?:victim|martyr)\b",
        "problem victim martyr",
    ),
    (
        rf"\b{YOU}(?:{APOSTROPHE}ve|\s+have)?\s+(?:just\s+|totally\s+|completely\s+)?(?:ruined|wrecked|"
        r"spoiled|spoilt|messed\s+up|screwed\s+up|destroyed)\s+(?:everything|it\s+all|my\s+life|"
        r"our\s+lives|every\s+\w+)",
        "everything all life lives every",
    ),
    (
        rf"\bdo\s+{YOU}\s+(?:ever|even)\s+(?:bother|lift\s+a\s+finger|think\s+before|stop\s+(?:talking|"
        r"complaining|moaning)|listen(?:\s+to\s+(?:me|anything|a\s+word|anyone))?(?=\s*(?:[?!.]|$))|"
        r"listen\s+to\s+(?:anything\s+I|what\s+I|a\s+word\s+I))",
        "bother lift think stop listen",
    ),
    (
        rf"\b{YOU}(?:{APOSTROPHE}ve|\s+have)?\s+(?:got\s+)?an?\s+(?:excuse|answer|comment|opinion)\s+"
        r"for\s+everything\b",
        "everything",
    ),
    (
        rf"\b{YOU}\s+(?:really\s+)?(?:need|have)\s+to\s+grow\s+up\b|\bact\s+your\s+age\b",
        "grow age",
    ),
    (
        r"\bclassic\s+(?:you|u)\b(?=\s*(?:[.!,🙄]|$))",
        "classic",
    ),
    (
        rf"\b{YOU}\s+(?:always\s+|just\s+)?treats?\s+me\s+like\s+(?:dirt|crap|shit|rubbish|an?\s+(?:idiot|"
        r"child|kid|servant|maid|slave|doormat|employee|skivvy|cleaner|baby|stranger|option|"
        r"afterthought|burden|cash\s+machine|taxi|punchbag|punching\s+bag))\b",
        "treat treats",
    ),
    (
        rf"\bthere{APOSTROPHE}s\s+no\s+(?:talking|reasoning|arguing|pleasing|helping)\s+(?:to\s+|with\s+)?"
        rf"{YOU}\b"
        rf"|\b{YOU}\s+{CANT}\s+(?:ever\s+)?take\s+(?:a\s+joke|criticism|no\s+for\s+an\s+answer|"
        r"anything\s+seriously)\b"
        r"|\bforget\s+your\s+(?:own\s+)?head\s+if\b",
        "talking reasoning arguing pleasing helping take head",
    ),
    (
        rf"\b(?:why\s+{CANT}\s+you|{CANT}\s+you|could\s+you|can\s+you|would\s+it\s+kill\s+you\s+to)\b"
        r"[^.!?]{1,50}?\bfor\s+once\b"
        r"|\bwould\s+it\s+kill\s+you\s+to\b",
        "once kill",
    ),
    (
        r"\bwhy\s+(?:do|must)\s+I\s+(?:always\s+)?have\s+to\s+do\s+(?:everything|it\s+all)\b"
        r"|\bwhy\s+am\s+I\s+(?:always\s+)?the\s+only\s+one\s+(?:who|that)\s+(?:ever\s+)?(?:does|cleans|"
        r"cooks|helps|bothers|remembers|tidies|pays|plans|tries)\b",
        "why",
    ),
)
# A concerned "what's wrong with you? you look pale" is a question, not an attack.
CONCERN = compile_rule(
    r"\b(?:you\s+(?:look|seem|sound)|are\s+you\s+(?:ok|okay|alright|sick|ill|hurt))\b"
)
# "You criticise every single thing I cook", "you ruin every holiday": a habit stretched over
# everything.
EVERYTHING = gated(
    rf"\b{YOU}\s+(?:just\s+)?{phrases(*HABITS)}\s+(?:about\s+|at\s+|on\s+)?"
    r"(?:every\s+single\s+(?:thing|time|day|one)|everything|everyone|every\s+time"
    r"|every\s+(?:single\s+)?(?!day\b|morning\b|night\b|week\b)\w+)\b",
    "single everything everyone time every",
)
# Denials the shared list does not know: "nobody's saying you're lazy", "I'm not calling you…".
DENIED = compile_rule(
    rf"\b(?:(?:nobody|no\s+one)(?:{APOSTROPHE}s|\s+is)\s+(?:saying|calling|suggesting)|"
    rf"{I_AM}\s+not\s+(?:calling|saying|suggesting)|not\s+calling\s+you|never\s+called\s+you|"
    rf"wasn{APOSTROPHE}t\s+saying|isn{APOSTROPHE}t\s+(?:because|about))\b(?:\s+\S+){{0,4}}\s*$"
)


def is_denied(text: str, position: int) -> bool:
    """Whether the words before ``position`` deny or suppose what follows.

    >>> is_denied("Nobody's saying you're lazy", 16), is_denied("Honestly you're lazy", 9)
    (True, False)
    """
    return is_disowned(text, position) or DENIED.search(clause_before(text, position)) is not None


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
        *global_more_spans(text),
        *more_criticism(text, previous),
    ]
    # Several families can match one jab ("oh great, another brilliant idea"): report it once.
    return disjoint(spans)


def global_more_spans(text: str) -> list[Span]:
    """Sweeping judgements in other shapes, unless denied, concerned or followed by praise."""
    spans = []
    for match in GLOBAL_MORE.finditer(text):
        found = match.group().lower()
        if is_denied(text, match.start()):
            continue
        if "wrong" in found and CONCERN.search(text, match.end(), match.end() + 80):
            continue
        if " like th" in found and KIND_AFTER_WHY.match(text, match.end()):
            continue
        sentence = text[slice(*sentence_of(text, match.start(), match.end()))]
        if TEASING.search(sentence) and not DISMISSIVE.search(text):
            continue
        if KIND_NEXT.match(text, match.end()):
            continue
        spans.append(match.span())
    return spans


def never_spans(text: str) -> list[Span]:
    """ "You never…" that complains, not "you never complain" or "have you never been?"."""
    spans = []
    for match in NEVER.finditer(text):
        if not is_unkind_never(text, match) or is_denied(text, match.start()):
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
            if is_denied(text, match.start()):
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
            if is_denied(text, match.start()) or KIND_AFTER_TRAIT.match(text, match.end()):
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
    for match in (*WHY_ALWAYS.finditer(text), *EVER_JUST.finditer(text)):
        if KIND_AFTER_WHY.match(text, match.end()) or CONCERN_AFTER.match(text, match.end()):
            continue
        if KIND_NEXT.match(text, match.end()):
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
