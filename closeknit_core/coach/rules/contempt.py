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
    extend_words,
    gated,
    is_disowned,
    key_words,
    phrases,
    sarcastic_apologies,
    sentence_of,
)

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
)  # fmt: skip
INSULT_MODIFIERS = frozenset({
    "so", "such", "really", "just", "totally", "completely", "absolutely", "too", "being", "a",
    "an", "the", "biggest", "complete", "total", "absolute", "real", "utter", "fucking",
    "freaking", "effing", "literally", "honestly", "actually", "little", "big", "stupid", "lazy",
    "useless", "pathetic", "selfish", "worthless", "whiny", "spoiled", "old", "pure", "utterly",
    "sad", "lying", "ungrateful"
})  # fmt: skip
INSULT = gated(
    rf"\b{ANY_YOU_ARE}\s+(?P<mods>(?:[a-z]+\s+){{0,3}}?)(?P<insult>{phrases(*INSULT_WORDS)})\b",
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
    r"(?:how|very|real|really|so)\s+(?:original|mature|grown[\s-]up|adult)(?=\s*(?:[.!]|$)))",
    "up life yourself grip pathetic river hoo boohoo luck sleep surprise shocker shocked "
    "surprised nice original mature grown adult",
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
    r"brain\s*dead|thick|retarded|incapable\s+of)\b"
    rf"|\bhow\s+(?:stupid|dumb|dense|thick|clueless|useless)\s+(?:can|are|could)\s+{YOU}\b"
    rf"|\bdo\s+{YOU}\s+even\s+have\s+a\s+brain\b"
    rf"|\b{CANT}\s+you\s+even\s+(?:read|think|count|do\s+one\s+thing)\b"
    rf"|\b{YOU}\s+{CANT}\s+even\s+(?!imagine|believe|tell|begin|guess|think\s+how)\w+"
    rf"|\bwho\s+(?:even\s+|the\s+hell\s+)?(?:raised|brought\s+up|taught)\s+{YOU}\b"
    rf"|\bwhen\s+(?:are|r)\s+{YOU}\s+(?:ever\s+)?(?:going\s+to|gonna)\s+grow\s+up\b"
    rf"|\bis\s+there\s+anything\s+(?:at\s+all\s+)?(?:that\s+)?{YOU}\s+(?:{DONT}|{CANT})\s+"
    r"(?:complain|moan|whine|nag|criticise|criticize|argue|fight|mess\s+up|screw\s+up|ruin)\b",
    "wrong problem deal think stupid dumb deaf blind idiot child five twelve mental brain "
    "braindead thick retarded incapable dense clueless useless even raised up taught complain "
    "moan whine nag criticise criticize argue fight ruin",
)
# A concerned "what's wrong with you? you look pale" is a question, not scorn.
CONCERN = compile_rule(
    r"\b(?:you\s+(?:look|seem|sound)|are\s+you\s+(?:ok|okay|alright|sick|ill))\b"
)
DISGUST = gated(
    rf"\b{YOU}\s+(?:disgust|repulse|sicken|revolt)\s+me\b"
    rf"|\b{YOU}\s+make\s+me\s+(?:sick|want\s+to\s+(?:throw\s+up|puke|vomit))\b"
    rf"|\bI\s+{CANT}\s+stand\s+(?:you|u|the\s+sight\s+of\s+you)\b"
    rf"|\bI\s+{CANT}\s+believe\s+(?:I\s+(?:married|chose|picked|ended\s+up\s+with|am\s+with|"
    r"date|dated|live\s+with|moved\s+in\s+with|trusted|put\s+up\s+with)|I{APOSTROPHE}m\s+with)\s+"
    r"(?:you|u|someone\s+like\s+you)\b"
    r"|\b(?:nobody|no\s+one)\s+(?:cares|asked)\b(?!\s+(?:about|me|us|if|whether|how|after))"
    r"|\bwho\s+asked\b"
    rf"|\b(?:what\s+an?|{THATS}\s+(?:such\s+)?an?|such\s+an?)\s+(?:stupid|dumb|idiotic|ridiculous|moronic|"
    r"pathetic|brainless|lame)\s+(?:idea|thing\s+to\s+(?:say|do)|question|excuse|plan|comment|suggestion)\b"
    rf"|\b{YOU}\s+(?:wouldn{APOSTROPHE}t|would\s+never|couldn{APOSTROPHE}t)\s+(?:understand|get\s+it|"
    r"know\s+(?:how|what|the\s+first))\b"
    rf"|{SENTENCE_START}(?:oh\s+|yeah\s+|ha\s+|haha\s+)?(?:as\s+if|like)\s+{YOU}"
    rf"(?:\s+(?:would|could|care|know|ever|even)|{APOSTROPHE}d)\b",
    "disgust repulse sicken revolt sick want stand believe cares asked understand get know if "
    "like idea thing question excuse plan comment suggestion",
)
POSITIVE = (
    r"(?:just\s+)?(?:great|brilliant|wonderful|perfect|fantastic|lovely|super|terrific|marvell?ous|"
    r"awesome|fabulous|splendid|nice|thanks|thank\s+you|sure|of\s+course)"
)
SARCASM = gated(
    rf"\b(?:oh|ah|wow|yeah|well)\W{{0,3}}{POSITIVE}\b[\s,.!…]{{0,4}}"
    r"(?:another\b|just\s+what\s+(?:I|we)\s+(?:needed|wanted)|(?:once\s+)?again\b|as\s+usual|"
    r"of\s+course\b|thanks\s+(?:a\s+lot|so\s+much|for\s+nothing)|"
    rf"that{APOSTROPHE}s\s+just\s+(?:great|perfect|wonderful)|you\s+(?:broke|forgot|ruined|lost|did\s+it\s+again)|"
    rf"now\s+(?:I|we)\s+(?:have\s+to|get\s+to|{CANT})|{YOU_ARE}\s+(?:late|right)\s+again|"
    r"because\s+that\s+(?:worked|went))"
    r"|\b(?:yet\s+)?another\s+(?:brilliant|genius|bright|clever)\s+(?:idea|plan|move|decision|"
    r"suggestion|contribution)\b|\byet\s+another\s+(?:great|wonderful|amazing|fantastic|smart)\s+"
    r"(?:idea|plan|move|decision)\b"
    r"|\bbecause\s+that\s+(?:worked|went)\s+so\s+well\b"
    r"|\bthanks?\s+(?:a\s+lot\s+)?for\s+nothing\b|\bgee,?\s+thanks\b"
    rf"|{YOU_ARE}\s+(?:so\s+|always\s+)?right,?\s+(?:as\s+(?:always|usual)|like\s+always|"
    r"about\s+everything)\b"
    rf"|\boh\s+(?:of\s+course|sure|right),?\s+{YOU_ARE}\s+(?:always\s+)?right\b"
    r"|\b(?:nice|good|great|well)\s+(?:job|going|work|one|done|move|thinking),?\s*(?:genius|einstein|"
    r"sherlock)\b"
    r"|,\s*(?:genius|einstein|sherlock|smart\s*(?:guy|ass|pants)|hotshot|your\s+majesty|"
    r"captain\s+obvious|mr\.?\s+perfect|miss\s+perfect|ms\.?\s+perfect|professor)\b"
    rf"|{SENTENCE_START}(?:oh\s+)?(?:yeah\s+right|sure\s+{YOU}\s+(?:did|do|are|were|will|would))"
    r"(?=\s*(?:[.!,]|$))"
    r"|\b(?<!thanks\s)(?<!thank\s)(?<!you\s)so\s+much\s+for\s+(?:your|the)\s+(?:help|support|promise|"
    r"plans?)\b"
    rf"|{YOU_ARE}\s+a\s+real\s+(?:genius|gem|treat|peach|catch)\b"
    r"|\b(?:how\s+)?(?:nice|kind|good|thoughtful|generous|sweet|lovely)\s+of\s+you\s+to\s+(?:finally|"
    r"actually|bother|grace\s+us|join\s+us|show\s+up)\b"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:finally|gracing\s+us|bothering\s+to)\b"
    r"|\blook\s+who\s+(?:finally\s+)?(?:decided\s+to\s+)?(?:show(?:ed)?\s+up|join(?:ed)?\s+us|woke\s+up|"
    r"turned\s+up)\b"
    r"|\b(?:do\s+you\s+)?want\s+a\s+(?:medal|trophy|cookie|gold\s+star|round\s+of\s+applause)\b"
    r"|\b(?:let\s+me|I['\u2019`]?ll)\s+(?:explain\s+it\s+slowly|say\s+it\s+slowly|use\s+small\s+words)\b"
    r"|\b(?:I\s+forgot|I\s+didn['\u2019`]?t\s+reali[sz]e)\s+you\s+(?:were|are)\s+(?:the|an|such\s+an)\s+"
    r"(?:expert|genius|authority)\b|\bknow[\s-]it[\s-]all\b"
    r"|\bbecause\s+you\s+(?:know\s+everything|are\s+(?:always\s+)?(?:so\s+)?perfect)\b"
    r"|\bwow,?\s+you\s+actually\b|\bfor\s+once\s+in\s+your\s+life\b"
    r"|\bdid\s+I\s+interrupt\s+your\s+(?:very\s+|oh\s+so\s+|super\s+)?important\b"
    r"|\b(?:congratulations|congrats|well\s+done|bravo|good\s+job|great\s+job|nice\s+job|nice\s+work|"
    r"nice\s+one),?\s+(?:you\s+)?(?:just\s+)?(?:ruined|broke|forgot|lost|managed\s+to|did\s+it\s+again|"
    r"messed|screwed|blew)\b",
    "oh ah wow yeah well another because nothing gee right genius einstein sherlock smart "
    "smartass smartguy smartpants hotshot majesty obvious perfect sure much real congratulations "
    "congrats done bravo job work one kind good thoughtful generous sweet lovely thank look want "
    "slowly small expert genius authority know all everything perfect actually once important nice "
    "thanks thx professor",
)
# Scorn in praise's or help's clothes: "Mr Perfect", "gold star", "says the one who",
# "so I'm your maid now?". Kept apart from SARCASM so each has key words of its own.
SARCASM_MORE = gated(
    r"\b(?:mr|mrs|ms|miss|little\s+miss)\.?\s+(?:perfect|know[\s-]it[\s-]all|always[\s-]right|"
    r"high[\s-]and[\s-]mighty|smarty[\s-]?pants)\b"
    r"|\b(?:ok|okay|sure|right|yes|whatever\s+you\s+say),?\s+(?:professor|einstein|sherlock|genius|"
    r"your\s+majesty|princess)\b"
    r"|\bwhat\s+could\s+possibly\s+go\s+wrong\b|\bexpert\s+on\s+everything\b"
    rf"|{SENTENCE_START}(?:oh\s+)?(?:sure|yeah|right),?\s+because\s+{YOU_ARE}\b"
    r"|\b(?:congratulations|congrats|well\s+done|bravo)\s+(?:on|for)\s+(?:remembering|managing|"
    r"bothering|noticing|finally\s+noticing|showing\s+up|doing\s+the\s+(?:bare\s+)?minimum)\b"
    rf"|{SENTENCE_START}(?:a\s+|have\s+a\s+)?gold\s+star(?:\s+for\s+you)?(?=\s*(?:[.!]|$))"
    r"|\b(?:advice|lectures?|lessons?|tips|wisdom|that{APOSTROPHE}s\s+rich|rich)\s+(?:coming\s+)?"
    r"from\s+(?:someone|somebody|the\s+(?:person|guy|man|woman|girl|one))\s+who\b"
    r"|\bsays\s+the\s+(?:person|guy|man|woman|girl|one)\s+who\b"
    r"|\bnot\s+all\s+of\s+us\s+(?:have\s+(?:time|the\s+time|the\s+luxury|all\s+day)|can\s+(?:afford|be)|"
    r"get\s+to|are\s+(?:perfect|so\s+lucky|lucky))\b"
    rf"|\bso\s+(?:now\s+)?{I_AM}\s+(?:just\s+)?your\s+(?:personal\s+)?{SERVANT}\b"
    rf"|\bwhat\s+am\s+I,?\s+your\s+(?:personal\s+)?{SERVANT}\b"
    r"|\b(?:think\s+of|come\s+up\s+with|work\s+(?:that|this|it)\s+out)\s+(?:that|this|it\s+)?"
    r"\s*all\s+by\s+yourself\b"
    r"|\byour\s+(?:poor\s+)?(?:little|precious|delicate|fragile)\s+(?:feelings|ego|heart)\b",
    "perfect all right mighty pants smartypants professor einstein sherlock genius majesty "
    "princess wrong everything because remembering managing bothering noticing showing minimum "
    "star advice lecture lectures lesson lessons tips wisdom rich says yourself feelings ego "
    "heart " + key_words(*SERVANT_WORDS),
)
THANKS = gated(
    r"\b(?:wow|gee|oh|well|yeah)\W{1,3}(?:thanks|thank\s+you)\s+(?P<amount>so+|a\s+lot|a\s+bunch|"
    r"a\s+million|loads)\b(?:\s+much)?(?:\s+for\s+(?:your|the|all\s+(?:your|the))\s+\w+)?",
    "thanks thank",
)
MOCKING = compile_rule(
    r"\b(?:lol|lmao|lmfao|haha+|hah|ha\s+ha)\W+(?:you|u)\s+(?:actually|really|seriously|honestly)\s+"
    r"(?:think|thought|believe|believed|expect|expected|want|wanted)\b"
)
EYE_ROLL = compile_rule(r"🙄|\*\s*(?:rolls?\s+(?:my\s+)?eyes|eye\s*roll)\s*\*|\beye\s*roll\b")
ADDRESSED = compile_rule(r"\b(?:you|your|u|ur|yours)\b")


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
        *(match.span() for match in DISGUST.finditer(text) if not is_disowned(text, match.start())),
        *(match.span() for match in MOCKING.finditer(text)),
    ]
    if previous is not None or ADDRESSED.search(text):
        spans.extend(match.span() for match in EYE_ROLL.finditer(text))
    return sorted(spans)


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
        sentence_end = text[match.end() : match.end() + 3]
        flat = amount.lower().startswith("a ") and "!" not in sentence_end
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
        # "You can't even boil an egg": the belittled task belongs in the span.
        is_even = " even " in match.group().lower()
        spans.append(
            (match.start(), extend_words(text, match.end(), 4) if is_even else match.end())
        )
    return spans
