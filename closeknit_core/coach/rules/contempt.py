"""Contempt: disrespect from above: insults, mockery, sarcasm, scorn dressed up as politeness.

Sarcasm is often made of kind words ("oh great, another brilliant idea", "wow, thanks SO much
for your help"); these rules look for the cue that turns them (an "oh great" followed by
"another", a shouted "SO" after "wow, thanks") and leave plain thanks alone.
"""

from __future__ import annotations

from closeknit_core.coach.rules.common import (
    ANY_YOU_ARE,
    APOSTROPHE,
    CANT,
    DONT,
    I_AM,
    ITS,
    SERVANT,
    SERVANT_WORDS,
    TEASING,
    THATS,
    WARM_EMOJI,
    WHATS,
    YOU,
    YOU_ARE,
    Span,
    compile_rule,
    disjoint,
    extend_words,
    gated,
    is_disowned,
    key_words,
    next_break,
    phrases,
    sarcastic_apologies,
    sentence_of,
)
from closeknit_core.coach.rules.contempt_families import more_contempt
from closeknit_core.coach.rules.criticism import gated_each, is_denied

INSULT_WORDS = (
    "stupid", "dumb", "pathetic", "useless", "worthless", "disgusting", "ridiculous",
    "incompetent", "brainless", "spineless", "gross", "delusional", "deranged", "retarded",
    "lame", "a joke", "a disgrace", "a disappointment", "an embarrassment", "a waste of space",
    "a piece of work", "a mess", "idiot", "moron", "loser", "jerk", "fool", "slob", "pig",
    "baby", "crybaby", "cry baby", "child", "failure", "nag", "psycho", "lunatic", "clown",
    "dumbass", "asshole", "bitch", "bastard", "prick", "dick", "douche", "douchebag", "brat",
    "drama queen", "liar", "coward", "joke", "disgrace", "disappointment", "embarrassment",
    "waste of space", "piece of work", "imbecile", "halfwit", "nitwit", "cretin", "twat",
    "idiotic", "hopeless case", "narcissist", "sociopath", "hypocrite", "snob", "parasite",
    "thick", "dense", "dimwit", "dunce", "airhead", "waste of oxygen", "waste of air",
    "waste of skin", "laughing stock", "a laughing stock", "snowflake", "diva", "martyr",
    "mummy's boy", "mommy's boy", "wimp", "wuss", "embarrassing", "cringe", "cringey", "cringy",
    "leech", "freak", "weirdo", "creep",
    "dickhead", "knobhead", "cow", "tosser", "wanker", "arsehole", "scum", "dumbest", "stupidest",
    "most pathetic", "most useless", "sorry excuse", "pathetic excuse",
)  # fmt: skip
INSULT_MODIFIERS = frozenset({
    "so", "such", "really", "just", "totally", "completely", "absolutely", "too", "being", "a",
    "an", "the", "biggest", "complete", "total", "absolute", "real", "utter", "fucking",
    "freaking", "effing", "literally", "honestly", "actually", "little", "big", "stupid", "lazy",
    "useless", "pathetic", "selfish", "worthless", "whiny", "spoiled", "old", "pure", "utterly",
    "sad", "lying", "ungrateful", "proper", "right", "massive", "huge", "bloody", "damn",
    "entitled", "spoilt", "miserable", "fat",
})  # fmt: skip
INSULT = gated(
    rf"\b{ANY_YOU_ARE}\s+(?P<mods>(?:[a-z]+\s+){{0,3}}?)(?P<insult>{phrases(*INSULT_WORDS)})(?![\w-])",
    key_words(*INSULT_WORDS),
)
VOCATIVE = gated(
    rf"\b{YOU}\s+(?:(?:absolute|complete|total|stupid|big|little|fucking|freaking|pathetic|lazy|"
    r"useless|selfish|spoiled|ungrateful|worthless|silly)\s+){0,2}"
    r"(?:idiot|moron|loser|jerk|slob|pig|crybaby|clown|dumbass|asshole|bitch|bastard|prick|"
    r"brat|hypocrite|liar|psycho|coward|imbecile|nitwit|cretin|twat|big\s+baby)\b",
    "idiot moron loser jerk slob pig crybaby clown dumbass asshole bitch bastard prick brat "
    "hypocrite liar psycho coward imbecile nitwit cretin twat baby",
)
SENTENCE_START = r"(?:^|(?<=[.!?\n]))[ \t\"'“]*"
DISMISSALS = gated(
    SENTENCE_START + r"(?:oh\s+|just\s+|please\s+|ugh,?\s+)?"
    r"(?:grow\s+up|get\s+a\s+life|get\s+over\s+yourself|get\s+a\s+grip|(?:how\s+|so\s+)?pathetic|"
    r"cry\s+me\s+a\s+river|boo[\s-]?hoo|good\s+luck\s+with\s+that|"
    r"whatever\s+helps\s+you\s+sleep(?:\s+at\s+night)?|big\s+surprise|what\s+a\s+shocker|"
    r"colou?r\s+me\s+(?:shocked|surprised)|must\s+be\s+nice\b|"
    r"(?:how|very|real|really|so)\s+(?:original|mature|grown[\s-]up|adult)(?=\s*(?:[.!]|$))|"
    r"(?:how|very|real)\s+(?:classy|charming|smooth|subtle|convenient|surprising|unexpected)"
    r"(?=\s*(?:[.!]|$))|how\s+unlike\s+you(?=\s*(?:[.!]|$))|"
    r"classy\s+as\s+(?:ever|always|usual))",
    "up life yourself grip pathetic river hoo boohoo luck sleep surprise shocker shocked "
    "surprised nice original mature grown adult classy charming smooth subtle convenient "
    "surprising unexpected unlike",
)
SCORN = gated(
    r"(?:(?:^|(?<=[.!?\n]))[ \t]*|\b(?:lol|lmao|lmfao|haha\w*|just|ugh|omg)\s+)"
    r"get\s+over\s+it\b(?!\?)"
    r"|\*\s*slow\s+clap\s*\*|\bslow\s+clap\b"
    r"|\b(?:here\s+(?:we\s+go|comes)|cue)\s+(?:with\s+)?the\s+(?:big\s+|usual\s+|same\s+|old\s+)?"
    r"(?:speech|lecture|sermon|guilt\s+trip|waterworks|sob\s+story)\b"
    r"|\bthe\s+(?:big\s+|usual\s+)?(?:speech|lecture|sermon)\s+again\b"
    rf"|\b(?:{ITS}|it\s+was|{THATS})\s+(?:honestly\s+|actually\s+|kind\s+of\s+|so\s+|just\s+)?"
    r"(?:embarrassing|painful|cringe|sad|pathetic)\s+to\s+(?:watch|see|listen\s+to)(?=\s*(?:[.!,]|$))"
    rf"|\b{YOU}\s+(?:sound|look|seem)\s+(?:so\s+|really\s+|absolutely\s+|totally\s+|completely\s+)?"
    r"(?:ridiculous|pathetic|stupid|dumb|idiotic|like\s+an?\s+(?:idiot|child|moron|fool|toddler|"
    r"spoilt\s+child|spoiled\s+child|brat))\b",
    "over clap speech lecture sermon trip waterworks story embarrassing painful cringe sad "
    "ridiculous pathetic stupid dumb idiotic idiot child moron fool toddler brat",
)
QUESTIONS = gated(
    rf"\b{WHATS}\s+(?:the\s+hell\s+|on\s+earth\s+|the\s+f\w*\s+)?wrong\s+with\s+{YOU}\b"
    rf"|\bwhat\s+(?:the\s+hell\s+)?is\s+wrong\s+with\s+{YOU}\b"
    rf"|\b(?:{WHATS}|what{APOSTROPHE}s)\s+your\s+(?:problem|deal)\b"
    rf"|\bwho\s+do\s+{YOU}\s+think\s+{YOU}\s+are\b"
    rf"|\bare\s+{YOU}\s+(?:stupid|dumb|deaf|blind|an\s+idiot|a\s+child|five|twelve|mental|"
    r"brain\s*dead|thick|retarded|incapable\s+of)\b(?!\s+(?:busy|good|rich|expensive|fast|hot|"
    r"cold|early|late|tired|happy|lucky|excited|pretty|cute|talented|nice|clever|smart))"
    rf"|\bhow\s+(?:stupid|dumb|dense|thick|clueless|useless)\s+(?:can|are|could)\s+{YOU}\b"
    rf"|\bdo\s+{YOU}\s+even\s+have\s+a\s+brain\b"
    rf"|\b{CANT}\s+you\s+even\s+(?:read|think|count|do\s+one\s+thing)\b"
    rf"|\b{YOU}\s+{CANT}\s+even\s+(?!imagine|believe|tell|begin|guess|think\s+how)\w+"
    rf"|\bwho\s+(?:even\s+|the\s+hell\s+)?(?:raised|brought\s+up|taught)\s+{YOU}\b"
    r"(?!\s+to\s+be\s+(?:so\s+|this\s+|such\s+an?\s+)?(?:sweet|kind|lovely|nice|polite|good|"
    r"thoughtful|generous|caring|gentle|patient|funny|clever|smart))"
    rf"|\bwhen\s+(?:are|r)\s+{YOU}\s+(?:ever\s+)?(?:going\s+to|gonna)\s+grow\s+up\b"
    rf"|\bis\s+there\s+anything\s+(?:at\s+all\s+)?(?:that\s+)?{YOU}\s+(?:{DONT}|{CANT})\s+"
    r"(?:complain|moan|whine|nag|criticise|criticize|argue|fight|mess\s+up|screw\s+up|ruin)\b",
    "wrong problem deal think stupid dumb deaf blind idiot child five twelve mental brain "
    "braindead thick retarded incapable dense clueless useless even raised taught complain "
    "moan whine nag criticise criticize argue fight ruin",
    # "Brought up", "grow up", "mess up", "screw up".
    ("up", "who grow mess screw"),
)
# A concerned "what's wrong with you? you look pale" is a question, not scorn.
CONCERN = compile_rule(
    r"\b(?:you\s+(?:look|seem|sound)|are\s+you\s+(?:ok|okay|alright|sick|ill))\b"
)
DISGUST = gated(
    rf"\b{YOU}\s+(?:disgust|repulse|sicken|revolt)\s+me\b"
    rf"|\b{YOU}\s+make\s+me\s+(?:sick|want\s+to\s+(?:throw\s+up|puke|vomit))\b"
    r"(?!\s+(?:with\s+(?:envy|jealousy)|jealous))"
    rf"|\bI\s+{CANT}\s+stand\s+(?:you|u|the\s+sight\s+of\s+you)\b"
    rf"|\bI\s+{CANT}\s+believe\s+(?:I\s+(?:married|chose|picked|ended\s+up\s+with|am\s+with|"
    rf"date|dated|live\s+with|moved\s+in\s+with|trusted|put\s+up\s+with)|I{APOSTROPHE}m\s+with)\s+"
    r"(?:you|u|someone\s+like\s+you)\b"
    r"|\b(?:nobody|no\s+one)\s+(?:cares|asked)\b(?!\s+(?:about|me|us|if|whether|how|after))"
    r"|\bwho\s+(?:even\s+)?asked(?:\s+(?:you|u|for\s+your\s+\w+))?(?=\s*(?:[?!.,🙄]|$))"
    rf"|\b(?:what\s+an?|{THATS}\s+(?:such\s+)?an?|such\s+an?)\s+(?:stupid|dumb|idiotic|ridiculous|moronic|"
    r"pathetic|brainless|lame)\s+(?:idea|thing\s+to\s+(?:say|do)|question|excuse|plan|comment|suggestion)\b"
    rf"|\b{YOU}\s+(?:wouldn{APOSTROPHE}t|would\s+never|couldn{APOSTROPHE}t)\s+(?:understand|get\s+it|"
    r"know\s+(?:how|what|the\s+first))\b"
    rf"|{SENTENCE_START}(?:oh\s+|yeah\s+|ha\s+|haha\s+)?(?:as\s+if|like)\s+{YOU}"
    rf"(?:\s+(?:would|could|care|know|ever|even)|{APOSTROPHE}d)\b",
    # Keyed on the rarer words: "throw" in "make me want to throw up", "stupid" in "what a
    # stupid plan".
    "disgust repulse sicken revolt sick throw puke vomit stand believe cares asked understand get "
    "know if like stupid dumb idiotic ridiculous moronic pathetic brainless lame",
)
POSITIVE = (
    r"(?:just\s+)?(?:great|brilliant|wonderful|perfect|fantastic|lovely|super|terrific|marvell?ous|"
    r"awesome|fabulous|splendid|nice|thanks|thank\s+you|sure|of\s+course)"
)
SARCASM = gated_each(
    (
        rf"\b(?:oh|ah|wow|yeah|well)\W{{0,3}}{POSITIVE}\b[\s,.!…]{{0,4}}"
        r"(?:another\b|just\s+what\s+(?:I|we)\s+(?:needed|wanted)|(?:once\s+)?again\b|as\s+usual|"
        r"of\s+course\b|thanks\s+(?:a\s+lot|so\s+much|for\s+nothing)|"
        rf"that{APOSTROPHE}s\s+just\s+(?:great|perfect|wonderful)|you\s+(?:broke|forgot|ruined|lost|did\s+it\s+again)|"
        rf"now\s+(?:I|we)\s+(?:have\s+to|get\s+to|{CANT})|{YOU_ARE}\s+(?:late|right)\s+again|"
        r"because\s+that\s+(?:worked|went))",
        "oh ah wow yeah well",
    ),
    (
        r"\b(?:yet\s+)?another\s+(?:brilliant|genius|bright|clever)\s+(?:idea|plan|move|decision|"
        r"suggestion|contribution)\b|\byet\s+another\s+(?:great|wonderful|amazing|fantastic|smart)\s+"
        r"(?:idea|plan|move|decision)\b",
        "another",
    ),
    (
        r"\bbecause\s+that\s+(?:worked|went)\s+so\s+well\b",
        "worked went",
    ),
    (
        r"\bthanks?\s+(?:a\s+lot\s+)?for\s+nothing\b|\bgee,?\s+thanks\b",
        "nothing gee",
    ),
    (
        rf"{YOU_ARE}\s+(?:so\s+|always\s+)?right,?\s+(?:as\s+(?:always|usual)|like\s+always|"
        r"about\s+everything)\b"
        rf"|\boh\s+(?:of\s+course|sure|right),?\s+{YOU_ARE}\s+(?:always\s+)?right\b",
        "right",
    ),
    (
        r"\b(?:nice|good|great|well)\s+(?:job|going|work|one|done|move|thinking),?\s*(?:genius|einstein|"
        r"sherlock)\b",
        "genius einstein sherlock",
    ),
    (
        r",\s*(?:genius|einstein|sherlock|smart\s*(?:guy|ass|pants)|hotshot|your\s+majesty|"
        r"captain\s+obvious|mr\.?\s+perfect|miss\s+perfect|ms\.?\s+perfect|professor)\b",
        "genius einstein sherlock smart smartguy smartass smartpants hotshot majesty obvious "
        "perfect professor",
    ),
    (
        rf"{SENTENCE_START}(?:oh\s+)?(?:yeah\s+right|sure\s+{YOU}\s+(?:did|do|are|were|will|would))"
        r"(?=\s*(?:[.!]|$|,\s*(?:like|as\s+if|sure|because|cos|you|u|ok|okay|mate|buddy|pal)\b))",
        "right sure",
    ),
    (
        r"\b(?<!thanks\s)(?<!thank\s)(?<!you\s)so\s+much\s+for\s+(?:your|the)\s+(?:help|support|promise|"
        r"plans?)\b",
        "much",
    ),
    (
        rf"{YOU_ARE}\s+a\s+real\s+(?:genius|gem|treat|peach|catch)\b",
        "real",
    ),
    (
        r"\b(?:how\s+)?(?:nice|kind|good|thoughtful|generous|sweet|lovely)\s+of\s+you\s+to\s+(?:finally|"
        r"actually|bother|grace\s+us|join\s+us|show\s+up)\b",
        "finally actually bother grace join show",
    ),
    (
        r"\bthanks?\s+(?:you\s+)?for\s+(?:finally|gracing\s+us|bothering\s+to)\b",
        "finally gracing bothering",
    ),
    (
        r"\blook\s+who\s+(?:finally\s+)?(?:decided\s+to\s+)?(?:show(?:ed)?\s+up|join(?:ed)?\s+us|woke\s+up|"
        r"turned\s+up)\b",
        "look",
    ),
    (
        r"\b(?:do\s+you\s+)?want\s+a\s+(?:medal|trophy|parade|gold\s+star|round\s+of\s+applause|"
        r"standing\s+ovation|pat\s+on\s+the\s+back)\b",
        "want",
    ),
    (
        r"\b(?:want|expect|expecting)\s+(?:a|an)\s+(?:cookie|biscuit|prize|award|certificate|"
        r"thank[\s-]you\s+card)\s+for\b",
        "want expect expecting",
    ),
    (
        r"\b(?:let\s+me|I['\u2019`]?ll)\s+(?:explain\s+it\s+slowly|say\s+it\s+slowly|use\s+small\s+words)\b",
        "slowly small",
    ),
    (
        r"\b(?:I\s+forgot|I\s+didn['\u2019`]?t\s+reali[sz]e)\s+you\s+(?:were|are)\s+(?:the|an|such\s+an)\s+"
        r"(?:expert|genius|authority)\b|\bknow[\s-]it[\s-]all\b",
        "expert genius authority know",
    ),
    (
        r"\bbecause\s+you\s+(?:know\s+everything|are\s+(?:always\s+)?(?:so\s+)?perfect)\b",
        "everything perfect",
    ),
    (
        r"\bwow,?\s+you\s+actually\b",
        "wow",
    ),
    (
        r"\bdid\s+I\s+interrupt\s+your\s+(?:very\s+|oh\s+so\s+|super\s+)?important\b",
        "interrupt",
    ),
    (
        r"\b(?:congratulations|congrats|well\s+done|bravo|good\s+job|great\s+job|nice\s+job|nice\s+work|"
        r"nice\s+one),?\s+(?:you\s+)?(?:just\s+)?(?:ruined|broke|forgot|lost|managed\s+to|did\s+it\s+again|"
        r"messed|screwed|blew)\b",
        "congratulations congrats done bravo job work one",
    ),
)
# Scorn in praise's or help's clothes: "Mr Perfect", "gold star", "says the one who",
# "so I'm your maid now?". Kept apart from SARCASM so each has key words of its own.
SARCASM_MORE = gated(
    r"\b(?:mr|mrs|ms|miss|little\s+miss)\.?\s+(?:perfect|know[\s-]it[\s-]all|always[\s-]right|"
    r"high[\s-]and[\s-]mighty|smarty[\s-]?pants)\b"
    r"|\b(?:ok|okay|sure|right|yes|whatever\s+you\s+say),?\s+(?:professor|einstein|sherlock|genius|"
    r"your\s+majesty|princess)\b"
    r"|\bwhatever\s+you\s+say,?\s+(?:dear|darling|sweetheart|sweetie|boss|chief|sunshine)\b"
    r"|\bwhat\s+could\s+possibly\s+go\s+wrong\b|\bexpert\s+on\s+everything\b"
    rf"|{SENTENCE_START}(?:oh\s+)?(?:sure|yeah|right),?\s+because\s+{YOU_ARE}\b"
    r"|\b(?:congratulations|congrats|well\s+done|bravo)\s+(?:on|for)\s+(?:remembering|managing|"
    r"bothering|noticing|finally\s+noticing|showing\s+up|doing\s+the\s+(?:bare\s+)?minimum)\b"
    rf"|{SENTENCE_START}(?:a\s+|have\s+a\s+)?gold\s+star(?:\s+for\s+you)?(?=\s*(?:[.!]|$))"
    rf"|\b(?:advice|lectures?|lessons?|tips|wisdom|that{APOSTROPHE}s\s+rich|rich)\s+(?:coming\s+)?"
    r"from\s+(?:someone|somebody|the\s+(?:person|guy|man|woman|girl|one))\s+who\b"
    r"|\bsays\s+the\s+(?:person|guy|man|woman|girl|one)\s+who\b"
    r"|\bnot\s+all\s+of\s+us\s+(?:have\s+(?:time|the\s+time|the\s+luxury|all\s+day)|can\s+(?:afford|be)|"
    r"get\s+to|are\s+(?:perfect|so\s+lucky|lucky))\b"
    rf"|\bso\s+(?:now\s+)?{I_AM}\s+(?:just\s+)?your\s+(?:personal\s+)?{SERVANT}\b"
    rf"|\bwhat\s+am\s+I,?\s+your\s+(?:personal\s+)?{SERVANT}\b"
    r"|\b(?:think\s+of|come\s+up\s+with|work\s+(?:that|this|it)\s+out)\s+(?:that|this|it\s+)?"
    r"\s*all\s+by\s+yourself\b"
    r"|\byour\s+(?:poor\s+)?(?:little|precious|delicate|fragile)\s+(?:feelings|ego|heart)\b",
    "perfect all mighty pants smartypants professor einstein sherlock genius majesty "
    "princess wrong everything because remembering managing bothering noticing showing minimum "
    "star advice lecture lectures lesson lessons tips wisdom rich says yourself feelings ego "
    "heart dear darling sweetheart sweetie boss chief sunshine " + key_words(*SERVANT_WORDS),
    # "Mr Always Right"; "right, professor" and "right, because you're" hold other key words.
    ("right", "mr mrs ms miss"),
)
THANKS = gated(
    r"\b(?:wow|gee|oh|well|yeah)\W{1,3}(?:thanks|thank\s+you)\s+(?P<amount>so+|a\s+lot|a\s+bunch|"
    r"a\s+million|loads)\b(?:\s+much)?(?:\s+for\s+(?:your|the|all\s+(?:your|the))\s+\w+)?",
    "thanks thank",
)
# Laughing at what the other believes: "lol you actually thought…", "bless, you really think…".
LAUGHS = r"(?:lol|lmao|lmfao|rofl|haha|hahaha|hahahaha|hah|ha\s+ha)"
MOCKING = gated(
    rf"\b(?:{LAUGHS}|bless(?:\s+your\s+(?:little\s+)?heart)?|aw|aww|awww|"
    r"oh\s+(?:honey|sweetie|sweetheart|darling|babe|love|bless))\W+(?:you|u)\s+"
    r"(?:(?:actually|really|seriously|honestly|genuinely|still)\s+){1,3}"
    r"(?:think|thought|believe|believed|expect|expected|want|wanted|reckon|imagine)\b"
    rf"|\b{LAUGHS}\W+(?:you|u)\s+thought(?=\s*(?:[.!]|$))",
    "lol lmao lmfao rofl haha hahaha hahahaha hah ha bless aw aww awww oh",
)
EYE_ROLL = compile_rule(
    r"🙄|\*\s*(?:rolls?\s+(?:my\s+)?eyes|eye\s*roll|scoffs?|snorts?|yawns?)\s*\*|\beye\s*roll\b"
)
# Who an eye roll is aimed at: the other person, by pronoun or by a name for them.
ADDRESSED = compile_rule(
    r"\b(?:you|your|u|ur|yours|babe|mate|love|hun|darling|dear|sweetie|honey|bro|sis|mum|mom|"
    r"dad)\b"
)
# A whole message that only laughs the other off ("lol ok", "lmao sure") after they spoke.
LAUGHED_OFF = compile_rule(
    r"\A\W*(?:lol|lmao|lmfao|rofl|haha\w*)\W+(?:ok|okay|k|sure|right|alright)\W*\Z"
)

SINCERE_THANKS = compile_rule(
    r"!|\bowe\s+you\b|\blife\s*saver\b|\blegend\b|\bstar\b|\bappreciate|\bmeans\s+a\s+lot\b|"
    r"[❤♥💕💖😊🙏🥰]"
)
# Ironic celebration of a small thing ("Alert the media", "want a parade?"), stock put-downs
# ("ok boomer", "keep telling yourself that") and scorn that sounds polite ("spare me the
# lecture", "must be exhausting, being right all the time").
IRONIC_PRAISE = (
    r"(?:brilliant|great|genius|perfect|fantastic|wonderful|amazing|lovely|smart|clever|inspired)"
)
PUT_DOWNS = gated_each(
    (
        r"\b(?:alert|call|ring|phone|tell)\s+the\s+(?:media|press|papers|newspapers)\b"
        r"|\bstop\s+the\s+press(?:es)?\b|\bhold\s+the\s+front\s+page\b"
        r"|\bsomeone\s+(?:call|get|ring)\s+(?:the\s+)?guinness\b",
        "media press presses papers newspapers page guinness",
    ),
    (
        r"\bok(?:ay)?\s+(?:boomer|karen)\b|\bsure,?\s+jan\b|\bcool\s+story,?\s+(?:bro|babe|mate|sis)\b",
        "boomer karen jan story",
    ),
    (
        r"\btell\s+it\s+to\s+someone\s+who\s+cares\b|\bwho\s+died\s+and\s+made\s+you\b"
        rf"|\bdon{APOSTROPHE}t\s+make\s+me\s+laugh\b"
        rf"|\bthat{APOSTROPHE}ll\s+be\s+the\s+day\b|\bkeep\s+telling\s+yourself\s+that\b"
        rf"|\bhow{APOSTROPHE}s\s+that\s+working\s+(?:out\s+)?for\s+(?:you|ya|u)\b",
        "cares died laugh thatll telling working",
    ),
    (
        r"\bwhatever\s+(?:will|shall)\s+(?:I|we)\s+do\b|\bgrow\s+a\s+(?:spine|pair|backbone|brain)\b"
        r"|\bcry\s+harder\b|\bgo\s+(?:and\s+)?cry\s+(?:about\s+it|to\s+(?:your\s+)?(?:mummy|mommy|mum|mom|mother|daddy|dad))\b"
        r"|\b(?:gee|golly|gosh),?\s+I\s+wonder\s+why\b|\bquelle\s+surprise\b"
        r"|\bshocked,?\s+(?:I\s+tell\s+you|shocked)\b",
        "whatever spine pair backbone harder cry wonder quelle shocked",
    ),
    (
        r"\bwho\s+(?:could|would)\s+(?:have|of)\s+(?:seen\s+that\s+coming|predicted\s+that)\b"
        r"|\blet\s+the\s+(?:adults|grown[\s-]?ups)\s+(?:talk|handle|deal)\b"
        r"|\bthe\s+(?:adults|grown[\s-]?ups)\s+are\s+talking\b",
        "predicted coming adults grown grownups ups",
    ),
    (
        r"\bspare\s+me\s+(?:the|your)\s+(?:\w+\s+)?(?:lecture|speech|sermon|story|drama|excuses|"
        r"theatrics|tears|waterworks|act|nonsense|attitude|pity\s+party)\b"
        r"|\bsave\s+(?:me\s+)?(?:the|your)\s+(?:lecture|speech|sermon|sob\s+story|drama|excuses|"
        r"theatrics|tears|waterworks)\b",
        "spare save",
    ),
    (
        r"\bmust\s+be\s+(?:nice|lovely|great|exhausting|hard|tough|tiring|so\s+hard),?\s+being\s+"
        r"(?:so\s+|this\s+|always\s+)?(?:right|perfect|a\s+genius|busy|important|clever|smart|"
        r"better\s+than)",
        "must",
    ),
    (
        rf"\b(?:since|because|as)\s+{YOU_ARE}\s+(?:clearly|obviously|apparently|evidently)\s+"
        r"(?:(?:far|way|much|so|too)\s+){0,2}(?:important|busy|good|special|clever|smart|perfect|"
        r"above|superior)\b",
        "clearly obviously apparently evidently",
    ),
    (
        r"\b(?:rich|surprised|shocked|expected|typical|figures|laughable|hilarious|ironic|classy)\b"
        r"[^.!?]{0,20}?\bcoming\s+from\s+(?:you|u)\b",
        "coming",
    ),
    (
        rf"{SENTENCE_START}(?:oh,?\s+|well,?\s+)?aren{APOSTROPHE}t\s+(?:you|u)\s+(?:just\s+|so\s+)?"
        r"(?:clever|smart|a\s+genius|special|brilliant|the\s+clever\s+one|hilarious|precious|"
        r"a\s+(?:treat|delight|gem|ray\s+of\s+sunshine))(?=\s*(?:\.|$))",
        "arent",
    ),
    (
        rf"\b(?:acting|act|acts|pretending|pretend)\s+(?:like|as\s+if|as\s+though)\s+{YOU_ARE}\s+"
        r"(?:some\s+(?:kind|sort)\s+of\s+|a\s+|the\s+|so\s+)?(?:genius|expert|saint|hero|big\s+shot|"
        r"boss|king|queen|god|celebrity|perfect|better\s+than|above)\b",
        "acting act acts pretending pretend",
    ),
    (
        r"\b(?:cute|adorable|precious|hilarious|amusing)\s+(?:that\s+|how\s+)?(?:you|u)\s+"
        r"(?:(?:actually|really|still|genuinely)\s+)?(?:think|thought|believe|reckon|expect)\b"
        r"(?!\s+(?:of|about))"
        r"|\bhow\s+little\s+(?:you|u)\s+(?:know|understand|get)\b",
        "cute adorable precious hilarious amusing little",
    ),
    (
        rf"(?:{SENTENCE_START}|\b(?:lol|lmao|lmfao|haha\w*)\s+)imagine\s+(?:thinking|believing|"
        r"actually\s+thinking|not\s+knowing)\b",
        "imagine",
    ),
    (
        r"\blet\s+me\s+guess\b[,:\s—-]+[^.!?]{0,40}?\b(?:again|fault|as\s+usual|forgot|too\s+busy|"
        r"too\s+tired|excuse)\b",
        "guess",
    ),
    (
        r"\b(?:heaven|god|lord)\s+forbid\s+(?:you|u|that\s+you)\s+(?:actually\s+|ever\s+|should\s+)?"
        r"(?:lift|help|clean|cook|tidy|bother|pick|wash|offer|put|get\s+off|get\s+up|take|say\s+"
        r"(?:sorry|thanks|thank\s+you)|apologi[sz]e|admit)\b",
        "forbid",
    ),
    (
        rf"\bwho{APOSTROPHE}d\s+want\s+to\s+(?:listen\s+to|be\s+with|live\s+with|date|marry|"
        r"put\s+up\s+with)\s+(?:you|u|someone\s+like\s+you)\b"
        r"|\bwho\s+would\s+(?:ever\s+)?want\s+to\s+(?:listen\s+to|be\s+with|live\s+with|date|marry|"
        r"put\s+up\s+with)\s+(?:you|u|someone\s+like\s+you)\b",
        "whod would",
    ),
    (
        rf"\bno\s+wonder\s+(?:{YOU_ARE}\s+(?:still\s+)?single|(?:nobody|no\s+one)\s+(?:likes|wants|"
        r"invites|listens\s+to)\s+you|(?:she|he|they)\s+left\s+you)\b",
        "wonder",
    ),
    (
        rf"\b(?:you{APOSTROPHE}ve|you\s+have)\s+(?:officially\s+|finally\s+)?(?:become|turned\s+into)\s+"
        r"your\s+(?:father|mother|dad|mum|mom)\b"
        rf"|\b{YOU_ARE}\s+(?:turning|becoming)\s+(?:into\s+)?your\s+(?:father|mother|dad|mum|mom)\b",
        "father mother dad mum mom",
    ),
    (
        r"\b(?:nobody|no\s+one)\s+(?:cares|gives\s+a\s+\w+)\s+(?:about|what)\s+(?:your|you)\b",
        "cares gives",
    ),
    (
        r"\b(?:riveting|fascinating|gripping|thrilling|enthralling)\s+(?:story|stuff|tale|anecdote|"
        r"contribution)\b(?=\s*[.!]+\s*(?:truly|really|tell\s+me\s+more|do\s+go\s+on|go\s+on))"
        rf"|{SENTENCE_START}\*?\s*yawn\s*\*?(?=\s*(?:[.!]|$))"
        r"|\b(?:wow|ooh|oh),?\s+a\s+(?:whole|full|entire)\s+(?:text|sentence|reply|message|paragraph|"
        r"word|phone\s+call|minute)\b",
        "riveting fascinating gripping thrilling enthralling yawn whole full entire",
    ),
    (
        r"\b(?:what\s+a|big|huge)\s+surprise[.,!]*\s+(?:you|u)(?:['\u2019`]?re|\s+are|\s+r)?\s+"
        r"(?:\w+\s+){0,2}?(?:late|forgot|again|busy|tired|not|didn\W?t|can\W?t|cancell?ed|bailed)\b",
        "surprise",
    ),
    (
        r"\b(?:your|ur)\s+(?:\w+\s+){0,2}(?:is|was|are|were)\s+(?:(?:such|so|honestly|literally|"
        r"frankly|just|an\s+absolute|a\s+complete|a\s+total|a|an)\s+){0,3}(?:joke|laughable|pathetic|"
        r"embarrassing|disgrace|embarrassment|shambles|clown\s+show)(?![\w-])",
        "joke laughable pathetic embarrassing disgrace embarrassment shambles show",
    ),
    (
        r"\b(?:ha|hah|haha|hahaha|hahahaha|lol|lmao|pft|pfft|pffft)\W+(?:you|u)\?\s+"
        r"(?:\w+\s+){0,3}\w+\?",
        "ha hah haha hahaha hahahaha lol lmao pft pfft pffft",
    ),
    (
        rf"{SENTENCE_START}(?:oh\s+)?(?:don{APOSTROPHE}t|do\s+not)\s+(?:strain|exert|overexert)\s+"
        r"yourself(?=\s*(?:[.!]|$))",
        "strain exert overexert",
    ),
    (
        rf"\bI\s+forgot\s+(?:that\s+)?(?:you|u)(?:{APOSTROPHE}re|\s+are|\s+were)\s+(?:such\s+)?"
        rf"(?:the|an|a)\s+(?:\w+{APOSTROPHE}s\s+|great\s+|big\s+|resident\s+|leading\s+|top\s+)?"
        r"(?:expert|genius|authority|professional|pro|specialist|guru|saint)\b",
        "forgot",
    ),
    (
        r"\b(?:go\s+on(?:\s+then)?,?\s+|oh\s+please,?\s+|sure,?\s+)tell\s+me\s+(?:again\s+)?how\s+"
        r"(?:hard|tough|difficult|exhausting|busy|stressful|terrible|awful)\b"
        r"|\btell\s+me\s+again\s+how\s+(?:hard|tough|difficult|exhausting|busy|stressful|terrible|"
        r"awful|important|clever|smart|perfect)\b",
        "tell",
    ),
    (
        rf"\b{YOU_ARE}\s+(?:so\s+|such\s+|just\s+)?full\s+of\s+(?:it|crap|shit|bs|bull|hot\s+air|"
        r"rubbish)\b",
        "full",
    ),
    (
        r"\b(?:stop|quit)\s+being\s+(?:such\s+)?an?\s+(?:(?:big|little|total|complete)\s+)?(?:baby|"
        r"child|crybaby|drama\s+queen|princess|diva|martyr|snowflake|idiot|moron|brat|wimp|wuss|"
        r"coward)\b",
        "baby child crybaby queen princess diva martyr snowflake idiot moron brat wimp wuss coward",
    ),
    (
        r"\b(?:nobody|no\s+one)\s+(?:even\s+)?(?:likes|wants|loves|respects|trusts)\s+(?:you|u)\b"
        r"(?!\s+(?:more|as\s+much|better))",
        "nobody one",
    ),
    (
        rf"\blook\s+who{APOSTROPHE}s\s+talking(?=\s*(?:[.!?,🙄]|$))",
        "talking",
    ),
    (
        r"\b(?:you|u)\s+(?:really\s+)?(?:need|have)\s+to\s+grow\s+up\b|\bact\s+your\s+age\b",
        "grow age",
    ),
    (
        rf"\b(?:you|u)\s+know\s+(?:everything|it\s+all|best),?\s+(?:don{APOSTROPHE}t\s+you|huh|eh)\b",
        "dont huh eh",
    ),
    (
        r"\*\s*(?:slowly\s+claps?|claps?\s+slowly|slow\s+claps?)\s*\*",
        "slowly slow",
    ),
    (
        r"\b(?:should|shall)\s+(?:I|we)\s+(?:frame\s+it|put\s+it\s+on\s+the\s+fridge|write\s+(?:this|it)\s+"
        r"down|mark\s+the\s+occasion)\b"
        r"|\b(?:miracles\s+(?:do|still)\s+happen|wonders\s+never\s+cease)\b"
        r"|\bonly\s+took\s+(?:you\s+)?(?:\w+\s+){1,2}(?:years|months|weeks|decades)\b"
        r"|\boh\s+no,?\s+(?:the\s+)?world\s+is\s+ending\b",
        "frame fridge write mark miracles wonders took world",
    ),
    (
        rf"\bI{APOSTROPHE}d\s+call\s+(?:you|u)\s+(?:an?\s+)?{phrases(*INSULT_WORDS)}\s+but\b"
        r"|\bdo\s+(?:you|u)\s+practi[sc]e\s+being\b|\b(?:does|did)\s+it\s+come\s+naturally\b"
        r"|\bwere\s+(?:you|u)\s+born\s+(?:this|that|so)\s+\w+"
        rf"|\bsomething\s+else,?\s+aren{APOSTROPHE}t\s+(?:you|u)\b"
        r"|\btry\s+thinking\b",
        "call practise practice naturally born else thinking",
    ),
    (
        rf"{SENTENCE_START}(?:oh\s+)?what\s+an?\s+(?:absolute\s+|complete\s+|total\s+|utter\s+)?"
        r"(?:idiot|moron|loser|clown|jerk|fool|child|baby|brat|slob|hypocrite|snob|drama\s+queen)"
        r"(?=\s*(?:[.!🙄]|$))",
        "idiot moron loser clown joke jerk fool child baby brat slob hypocrite snob queen",
    ),
    (
        rf"\b{YOU_ARE}\s+[^.!?]{{1,40}}?\b(?:{ITS}|it{APOSTROPHE}s)\s+(?:honestly\s+|actually\s+|so\s+|just\s+|"
        r"kind\s+of\s+)?(?:gross|pathetic|embarrassing|cringe|disgusting|laughable)(?=\s*(?:[.!]|$))",
        "gross pathetic embarrassing cringe disgusting laughable",
    ),
    (
        rf"(?:{I_AM}\s+sure|because|cos|yeah|oh)\b[^.!?]{{0,30}}?\b(?P<so>SO|REALLY)\s+(?:impressed|busy|"
        r"important|hard|tough|exhausting|tiring|difficult|clever|smart|helpful)\b",
        "sure because cos yeah oh",
    ),
    (
        r"\b(?:my|our)\s+(?:nan|gran|grandma|granny|nana|dog|cat|toddler|kid|little\s+sister|"
        r"little\s+brother)\s+(?:could\s+)?\w+\s+better\b(?=\s*(?:[.!,]|than\s+(?:you|u|that)|$))",
        "better",
    ),
    (
        rf"{SENTENCE_START}(?:oh\s+|wow,?\s+)?{IRONIC_PRAISE}(?:\s+(?:plan|idea|move|work|thinking|job))?"
        rf"\.\s+(?:truly|really|just|absolutely|pure|simply|real)\s+{IRONIC_PRAISE}\s*\.",
        "brilliant great genius perfect fantastic wonderful amazing lovely smart clever inspired",
    ),
    (
        r"\b(?:should|shall)\s+I\s+(?:throw\s+you\s+a\s+party|bake\s+you\s+a\s+cake|buy\s+you\s+a\s+"
        r"trophy|give\s+you\s+a\s+(?:medal|prize|trophy|gold\s+star)|get\s+you\s+a\s+(?:medal|"
        r"certificate|trophy))\b"
        r"|\b(?:pull|strain)\s+a\s+muscle\s+(?:from|with|doing)\b|\bdon\W?t\s+break\s+a\s+sweat\b",
        "party cake trophy medal prize star certificate muscle sweat",
    ),
    (
        rf"\b{YOU}\s+wouldn{APOSTROPHE}t\s+last\s+(?:a|one|five)\s+(?:day|minute|week|second|hour)\b"
        rf"|\b{YOU}\s+(?:have|{APOSTROPHE}ve\s+got)\s+no\s+idea\s+what\s+(?:hard\s+work|real\s+work|"
        r"tired|stress|busy|a\s+real\s+job)\s+(?:is|means|looks\s+like)\b"
        r"|\bwelcome\s+to\s+(?:the\s+)?(?:real\s+world|adulthood)\b"
        r"|\btry\s+having\s+(?:a\s+real\s+job|real\s+problems|actual\s+problems|a\s+proper\s+job)\b",
        "last work tired stress busy job world adulthood problems",
    ),
    (
        r"\blucky\s+I\s+(?:even\s+)?(?:put\s+up\s+with|stay\s+with|married|bother\s+with|talk\s+to)\s+"
        r"(?:you|u)\b"
        r"|\b(?:nobody|no\s+one)\s+else\s+would\s+(?:put\s+up\s+with|have|want|date|marry|"
        r"stay\s+with)\s+(?:you|u)\b",
        "lucky else",
    ),
    (
        rf"\bdon{APOSTROPHE}t\s+flatter\s+yourself\b|\bdid\s+I\s+ask(?:\s+(?:you|for\s+your\s+\w+))?\?"
        r"|\bdo\s+I\s+look\s+like\s+I\s+(?:care|give)\b"
        rf"|{SENTENCE_START}(?:oh\s+)?get\s+real(?=\s*(?:[.!,]|$))",
        "flatter ask look real",
    ),
    (
        r"\bsuck\s+it\s+up,?\s+(?:buttercup|princess|snowflake|sunshine)\b",
        "buttercup princess snowflake sunshine",
    ),
    (
        r"\bwant\s+me\s+to\s+(?:hold\s+your\s+hand\s+(?:too|as\s+well)|wipe\s+your\s+(?:nose|bum|arse|"
        r"ass)|spoon[\s-]?feed\s+you|tuck\s+you\s+in)\b",
        "want",
    ),
    (
        r"\bnot\s+(?:exactly\s+)?the\s+(?:brightest|sharpest)\b"
        r"|\bwhat\s+a\s+(?:complete\s+|total\s+)?waste\s+of\s+(?:space|oxygen|air|skin)\b",
        "brightest sharpest waste",
    ),
)
# Talking down: the other as a child ("what are you, five?"), as brainless ("did your brain fall
# out?"), as worse than a pet ("even my dog listens better than you").
BELITTLING = gated_each(
    (
        r"\bwhat\s+are\s+(?:you|u),?\s+(?:five|six|seven|eight|ten|twelve|\d+|a\s+child|a\s+toddler|"
        r"a\s+baby|a\s+teenager)\b"
        r"|\b(?:from|doing)\s+what,\s+\w+ing\b",
        "what",
    ),
    (
        r"\b(?:like|reali[sz]e\s+I\s+was|reali[sz]ed\s+I\s+was|knew\s+I\s+was)\s+(?:living|dealing|"
        r"married|talking|arguing)\s+(?:with|to)\s+a\s+(?:toddler|child|teenager|baby|kid|"
        r"\w+[\s-]year[\s-]old)\b",
        "living dealing married talking arguing",
    ),
    (
        rf"\bI{APOSTROPHE}ve\s+(?:met|seen|known)\s+(?:toddlers|children|kids|dogs|teenagers|goldfish|"
        r"\w+[\s-]year[\s-]olds)\s+(?:with|who)\b",
        "met seen known",
    ),
    (
        r"\b(?:the\s+)?(?:attention\s+span|memory|manners|maturity|brain|emotional\s+(?:range|"
        r"intelligence))\s+of\s+an?\s+(?:goldfish|toddler|child|gnat|teenager|teaspoon|pea|brick|rock|"
        r"sheep|\w+[\s-]year[\s-]old)\b"
        r"|\b(?:did|has)\s+your\s+brain\s+(?:fall|drop|leak|go|stop|melt)\b"
        r"|\byour\s+(?:one|two|last|remaining|only)\s+brain\s+cells?\b|\bpea[\s-]?brain(?:ed)?\b"
        r"|\bbrains?\s+of\s+a\s+(?:goldfish|pea|sheep)\b"
        r"|\b(?:try\s+)?us(?:e|ing)\s+your\s+brain\b",
        "span memory manners maturity brain brains range intelligence pea peabrain peabrained "
        "cell cells",
    ),
    (
        r"\b(?:even\s+)?(?:my|a|the|our)\s+(?:dog|cat|goldfish|toddler|child|kid|baby|hamster|wall|"
        r"brick\s+wall|five[\s-]year[\s-]old)\s+(?:\w+\s+){1,2}(?:better|more)\s+than\s+(?:you|u)\b"
        r"(?!\s+(?:love|like|adore|miss))",
        "better more",
    ),
    (
        r"\beven\s+(?:a|my)\s+(?:child|toddler|kid|five[\s-]year[\s-]old|monkey|trained\s+monkey)\s+"
        r"(?:could|can|would)\s+(?:do|manage|figure|work|understand|have|get)\b",
        "even",
    ),
    (
        rf"\b(?:I{APOSTROPHE}d|I\s+would|shall\s+I|should\s+I|let\s+me|I{APOSTROPHE}ll)\s+(?:explain|spell)\s+"
        r"it\s+(?:out\s+)?(?:to\s+you\s+)?[^.!?]{0,40}?\b(?:crayons|slowly|small\s+words|pictures|puppets|"
        rf"like\s+{YOU_ARE}\s+(?:five|\d+|a\s+child))\b"
        r"|\b(?:do\s+I\s+need\s+to|shall\s+I|should\s+I|want\s+me\s+to)\s+draw\s+you\s+a\s+(?:picture|"
        r"diagram|map)\b",
        "explain spell draw",
    ),
    (
        r"\bis\s+that\s+(?:your|ur)\s+idea\s+of\s+(?:a\s+|an\s+)?(?:help|helping|joke|cleaning|funny|"
        r"humou?r|romance|romantic|apology|sorry|cooking|tidying|fun|effort|support|listening|"
        r"compliment|parenting|being\s+\w+)\b",
        "idea",
    ),
    (
        r"(?<!do\s)(?<!would\s)(?<!did\s)\b(?:you|u)\s+call\s+(?:that|this)\s+(?:\w+\s+){0,2}?\w+\?"
        r"|\band\s+(?:you|u)\s+call\s+yourself\s+an?\s+\w+",
        "call",
    ),
    (
        r"\bpoor\s+(?:little\s+)?(?:baby|diddums|petal|lamb|princess|snowflake)\b,?\s+(?:did|is|does|"
        r"was)\s+(?:the|someone|your)\b"
        r"|\bdiddums\b|\bthe\s+big\s+bad\s+\w+|\bdid\s+the\s+(?:mean|nasty|horrible)\s+\w+"
        r"|\bpoor\s+(?:you|thing|baby|darling|love),\s+(?:having|being)\s+(?:to|so|made)\b",
        "poor diddums bad mean nasty horrible",
    ),
    (
        r"\b(?:is|did|does|was)\s+(?:the\s+)?(?:(?:little|poor|big|wittle)\s+baby|princess|diva|"
        r"snowflake)\s+(?:upset|sad|tired|hungry|cross|sulking|crying|having|feeling|need|want|getting)\b"
        rf"|\bthe\s+(?:(?:little|poor|big|wittle)\s+baby|princess|diva|drama\s+queen)(?:{APOSTROPHE}s|"
        r"\s+is|\s+needs|\s+wants)\b",
        "baby babys princess princesss diva divas snowflake queen queens",
    ),
    (
        r"\b(?:is|does)\s+(?:someone|somebody)\s+having\s+a\s+(?:tantrum|meltdown|strop|hissy\s+fit)\b",
        "tantrum meltdown strop fit",
    ),
)
# Praise said to mock ("Mr Big Shot", "the great chef has spoken", "lord of the manor") and
# comparisons that shame ("my ex would never…", "unlike some people, I…").
MOCK_PRAISE = gated_each(
    (
        r"\b(?:mr|mrs|ms|miss|little\s+miss)\.?\s+(?:big\s+\w+|bigshot|never[\s-]wrong|important|busy|"
        r"popular|fancy[\s-]pants|hot\s*shot|holier[\s-]than[\s-]thou|organi[sz]ed|responsible|sensible)\b",
        "mr mrs ms miss",
    ),
    (
        r",\s*golden\s+(?:boy|girl|child)\b|\b(?:you|u)\s+golden\s+(?:boy|girl|child)\b",
        "golden",
    ),
    (
        r"\bthe\s+(?:great|almighty|mighty|all[\s-]knowing|wise|oracle|genius|expert|master|boss)\s+"
        r"(?:\w+\s+)?(?:has\s+spoken|speaks|knows\s+best)\b"
        r"|\b(?:oh|o)\s+(?:wise|mighty|great)\s+one\b"
        r"|\benlighten\s+(?:us|me)\b[^.!?]{0,30}?\b(?:wisdom|genius|brilliance|expertise)\b"
        r"|\bwith\s+your\s+(?:infinite|great|vast|endless|superior|boundless)\s+(?:wisdom|knowledge|"
        r"experience|intellect)\b",
        "spoken speaks best one enlighten wisdom knowledge experience intellect",
    ),
    (
        r"\b(?:lord|lady)\s+of\s+the\s+manor\b|\b(?:his|her|your)\s+(?:royal\s+)?(?:highness|lordship|"
        r"ladyship)\b|\byour\s+majesty\b"
        r"|\bthe\s+(?:saint|genius|expert|perfect\s+one|golden\s+child)\s+of\s+the\s+family\b"
        rf"|\bhardly\s+a\s+saint\b|\b{YOU_ARE}\s+no\s+saint\b"
        r"|\bgrac(?:e|es|ed|ing)\s+us\s+with\s+(?:your|his|her)\s+presence\b"
        r"|\bto\s+what\s+do\s+(?:we|I)\s+owe\s+the\s+(?:pleasure|honou?r)\b",
        "manor highness lordship ladyship majesty family saint presence owe",
    ),
    (
        rf"\blook\s+who(?:{APOSTROPHE}s|\s+has|\s+is)?\s+(?:finally\s+)?(?:decided|remembered|bothered|"
        r"deigned|managed|graced|crawled|dragged|rolled)\b",
        "look",
    ),
    (
        rf"\bwow,?\s+(?:you|u)(?:{APOSTROPHE}re|\s+are|\s+r)\s+actually\s+(?:on\s+time|awake|up|here|home|"
        r"ready|listening|dressed|helping)\b",
        "actually",
    ),
    (
        r"\bmy\s+(?:ex|exes|last\s+(?:boyfriend|girlfriend|partner|husband|wife)|first\s+(?:husband|"
        rf"wife)|(?:\w+{APOSTROPHE}s\s+)?(?:husband|wife|boyfriend|girlfriend|partner))\s+(?:would\s+"
        rf"(?:never|have|always)|wouldn{APOSTROPHE}t\s+have|never\s+would|at\s+least|actually\s+\w+)",
        "ex exes boyfriend girlfriend partner husband wife",
    ),
    (
        r"\bunlike\s+(?:some\s+people|certain\s+people|some\s+of\s+us|someone\s+I\s+could\s+mention)\b"
        r"|\bunlike\s+(?:you|u),?\s+(?:I|some\s+of\s+us|we)\s+(?:actually|have|bother|care|work|do)\b"
        r"|\bsome\s+of\s+us\s+(?:actually\s+\w+|have\s+(?:jobs|real\s+jobs|lives|a\s+life|"
        r"responsibilities|bills))\b",
        "unlike some",
    ),
    (
        rf"\bwhy\s+(?:can{APOSTROPHE}t|cannot|couldn{APOSTROPHE}t)\s+you\s+be\s+(?:more\s+)?like\s+"
        r"(?:your|my|him|her)\b",
        "like",
    ),
    (
        rf"{SENTENCE_START}(?:oh\s+|just\s+|absolutely\s+|well\s+)?(?:great|brilliant|wonderful|perfect|"
        r"fantastic|lovely|fabulous|marvell?ous|terrific|nice\s+(?:one|work|job)|well\s+done|bravo)\.+\s+"
        r"(?:(?:absolutely|just|really|truly|simply)\s+\w+\.+\s+)?(?:you|u)(?:['\u2019`]?ve|\s+have)?\s+"
        r"(?:\w+\s+){0,2}?(?:forgot|forgotten|broke|broken|lost|locked|ruined|missed|spilled|spilt|"
        r"burnt|burned|crashed|dropped|deleted|killed|flooded|scratched|dented|smashed)\b",
        "forgot forgotten broke broken lost locked ruined missed spilled spilt burnt burned "
        "crashed dropped deleted killed flooded scratched dented smashed",
    ),
    (
        rf"\bsuch\s+an?\s+(?:{phrases(*INSULT_WORDS)}|child|baby|princess),?\s+(?:aren{APOSTROPHE}t|are)\s+"
        r"(?:you|u)\b",
        "arent are",
    ),
)
# Shouted "so NOW you want to talk": "now" in capitals turns a remark into a jab.
SO_NOW = gated(
    r"\bso\s+(?P<now>now)\s+(?:you|u)\s+(?:want|care|decide|remember|notice|have\s+time|feel\s+like)\b",
    "now",
)
# "My ex would never have done something this sweet for me. Thank you." compares to praise.
# "Who taught you to make bread like this? It's amazing.": the question admires.
PRAISE_NEXT = compile_rule(
    r"[^\n]{0,80}?\b(?:amazing|incredible|delicious|gorgeous|beautiful|so\s+good|impressive)\b"
)
PRAISING_AFTER = compile_rule(
    r"[^\n]{0,80}?\b(?:thank|sweet|lucky|love|kind|thoughtful|best)\b|[^\n]{0,80}?[❤♥😍🥰😊]"
)


def find_contempt(text: str, previous: str | None = None) -> list[Span]:
    """Spans of insults, mockery and sarcasm aimed at the other person.

    >>> text = "Oh great, another brilliant idea."
    >>> [text[start:end] for start, end in find_contempt(text)]
    ['Oh great, another brilliant idea']
    """
    spans = [
        *insult_spans(text),
        *sarcasm_spans(text),
        *thanks_spans(text),
        *(match.span() for match in DISMISSALS.finditer(text)),
        *scorn_spans(text),
        *sarcastic_apologies(text),
        *question_spans(text),
        *disgust_spans(text),
        *mocking_spans(text),
        *put_down_spans(text),
        *more_contempt(text, previous),
    ]
    # Eye rolls are rare: look for one before asking whom it is aimed at.
    eye_rolls = [match.span() for match in EYE_ROLL.finditer(text)]
    if eye_rolls and (previous is not None or ADDRESSED.search(text)):
        spans.extend(eye_rolls)
    if previous is not None:
        spans.extend(match.span() for match in LAUGHED_OFF.finditer(text))
    # Several families can match one jab ("oh great, another brilliant idea"): report it once.
    return disjoint(spans)


def disgust_spans(text: str) -> list[Span]:
    """ "You disgust me", "who asked?": unless denied, or the sentence turns to love."""
    spans = []
    for match in DISGUST.finditer(text):
        if is_disowned(text, match.start()) or PRAISING_AFTER.match(text, match.end()):
            continue
        spans.append(match.span())
    return spans


def mocking_spans(text: str) -> list[Span]:
    """ "lol you actually thought…", "bless, you really think…": laughing at the other's belief."""
    spans = []
    for match in MOCKING.finditer(text):
        sentence = text[slice(*sentence_of(text, match.start(), match.end()))]
        if not WARM_EMOJI.search(sentence):
            spans.append(match.span())
    return spans


def put_down_spans(text: str) -> list[Span]:
    """Stock put-downs, talking down, mock praise and shaming comparisons, unless warm."""
    spans = []
    for rule in (PUT_DOWNS, BELITTLING, MOCK_PRAISE, SO_NOW):
        for match in rule.finditer(text):
            if rule is SO_NOW and not match.group("now").isupper():
                continue
            if "so" in match.groupdict() and not match.group("so").isupper():
                continue
            begin, end = sentence_of(text, match.start(), match.end())
            # Hearts just after the sentence's "!" still belong to it ("…first word!! 😍").
            if WARM_EMOJI.search(text, begin, end + 6) or is_denied(text, match.start()):
                continue
            if rule is MOCK_PRAISE and PRAISING_AFTER.match(text, match.end()):
                continue
            start = match.start() + 1 if match.group().startswith(",") else match.start()
            spans.append((start, match.end()))
    return spans


def insult_spans(text: str) -> list[Span]:
    """ "You're such an idiot", "you loser": name-calling, unless denied or plainly teasing."""
    spans = []
    for match in INSULT.finditer(text):
        modifiers = match.group("mods").lower().split()
        if any(word not in INSULT_MODIFIERS for word in modifiers):
            continue
        if match.group().lower().endswith(("baby", "child")) and not modifiers:
            continue
        spans.append(match.span())
    spans.extend(match.span() for match in VOCATIVE.finditer(text))
    return [span for span in spans if not is_softened(text, span)]


def scorn_spans(text: str) -> list[Span]:
    """ "Get over it", "*slow clap*", "you sound ridiculous": scorn, unless said with hearts."""
    spans = []
    for match in SCORN.finditer(text):
        sentence = text[slice(*sentence_of(text, match.start(), match.end()))]
        is_laughing_at = "clap" in match.group().lower() or "over" in match.group().lower()
        if WARM_EMOJI.search(sentence) or (not is_laughing_at and TEASING.search(sentence)):
            continue
        if is_disowned(text, match.start()):
            continue
        spans.append(match.span())
    return spans


def is_softened(text: str, span: Span) -> bool:
    """Whether a harsh word is denied, apologised for, or said laughing with hearts."""
    if is_disowned(text, span[0]):
        return True
    sentence = text[slice(*sentence_of(text, span[0], span[1]))]
    return TEASING.search(sentence) is not None


def sarcasm_spans(text: str) -> list[Span]:
    """Kind words turned into a jab: "oh great, another…", ", genius", "yeah right"."""
    spans = []
    for match in [*SARCASM.finditer(text), *SARCASM_MORE.finditer(text)]:
        sentence = text[slice(*sentence_of(text, match.start(), match.end()))]
        if WARM_EMOJI.search(sentence):
            continue
        start = match.start() + 1 if match.group().startswith(",") else match.start()
        spans.append((start, extend_words(text, match.end(), 4)))
    return spans


def thanks_spans(text: str) -> list[Span]:
    """ "Wow, thanks SO much": thanks that the shouting or the "wow" turns into a jab."""
    spans = []
    for match in THANKS.finditer(text):
        amount = match.group("amount")
        shouted = amount.isupper() and len(amount) > 1
        # "Thanks a lot for covering for me, I owe you!": a sentence that ends warmly is sincere.
        rest = text[match.end() : next_break(text, match.end(), ".!?\n", 120) + 1]
        flat = amount.lower().startswith("a ") and not SINCERE_THANKS.search(rest)
        sentence = text[slice(*sentence_of(text, match.start(), match.end()))]
        if (shouted or flat) and not WARM_EMOJI.search(sentence):
            spans.append(match.span())
    return spans


def question_spans(text: str) -> list[Span]:
    """ "What is wrong with you?", "who do you think you are?": questions that look down."""
    spans = []
    for match in QUESTIONS.finditer(text):
        after = text[match.end() : match.end() + 80]
        if match.group().lower().endswith(("you", "u")) and CONCERN.search(after):
            continue
        if WARM_EMOJI.search(text[slice(*sentence_of(text, match.start(), match.end()))]):
            continue
        if PRAISING_AFTER.match(text, match.end()) or PRAISE_NEXT.match(text, match.end()):
            continue
        # "You can't even boil an egg": the belittled task belongs in the span.
        is_even = " even " in match.group().lower()
        spans.append(
            (match.start(), extend_words(text, match.end(), 4) if is_even else match.end())
        )
    return spans
