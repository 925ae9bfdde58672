"""Criticism in more shapes: what kind of person, every time, the reason for it all, "for once".

These families add to ``criticism.find_criticism`` (the detectors report the union). Each is a
shape of sweeping judgement about the person ("what sort of father walks out…", "you can never
just be happy for me", "you're not a nice person", "all you ever do is complain"), not one
sentence, with its own rare key words. A match is dropped when the words before it deny or
suppose it, when the sentence laughs or shows love, and for the shapes a worried friend could
use ("there's something wrong with you") when concern follows.
"""

from __future__ import annotations

import re

from closeknit_core.coach.rules import common
from closeknit_core.coach.rules.common import (
    ANY_YOU_ARE,
    APOSTROPHE,
    DONT,
    TEASING,
    WARM_EMOJI,
    YOU,
    Span,
    clause_before,
    disjoint,
    gated,
    is_disowned,
    key_words,
    phrases,
    sentence_of,
    words_in,
)

PEOPLE = (
    "friend", "person", "partner", "husband", "wife", "mother", "father", "mum", "mom", "dad",
    "parent", "son", "daughter", "brother", "sister", "boyfriend", "girlfriend", "human",
    "human being", "man", "woman", "adult", "grown man", "grown woman", "grown-up", "grown up",
    "monster", "coward", "sibling", "grandparent", "fiance", "fiancee",
)  # fmt: skip
HARSH_TRAITS = (
    "mean", "nasty", "cruel", "cold", "heartless", "spiteful", "toxic", "vile", "bitter",
    "petty", "vindictive", "manipulative", "awful", "horrible", "terrible", "selfish", "lazy",
    "dishonest", "hateful", "unkind", "self-centred", "self-centered", "ungrateful", "rude",
    "negative", "difficult", "miserable", "bad",
)  # fmt: skip
# Deeds a "what kind of person…" question holds up as proof of character.
DEEDS = (
    r"(?:does|would|says|said|treats|treated|forgets|forgot|ditches|ditched|leaves|left|lies|"
    r"lied|talks|acts|behaves|cheats|cheated|ignores|ignored|walks|walked|abandons|abandoned|"
    r"misses|missed|skips|skipped|steals|stole|yells|shouts|screams|hits|breaks|broke|"
    r"humiliates|embarrasses|blames|gaslights|sulks|storms|ghosts|bails|flakes|cancels|laughs|"
    r"mocks|puts|reads|goes|stays|spends|drinks|sleeps|uses|throws|threw|doesn{A}t|didn{A}t|"
    r"can{A}t|won{A}t|never)"
).replace("{A}", APOSTROPHE)
DEED_KEYS = (
    "does would says said treats treated forgets forgot ditches ditched leaves left lies lied"
    " talks acts behaves cheats cheated ignores ignored walks walked abandons abandoned misses"
    " missed skips skipped steals stole yells shouts screams hits breaks broke humiliates"
    " embarrasses blames gaslights sulks storms ghosts bails flakes cancels laughs mocks puts"
    " reads goes stays spends drinks sleeps uses throws threw doesnt didnt cant wont never"
)

# "What sort of father walks out on his kids?": a deed held up as proof of the person.
WHAT_KIND = gated(
    rf"\bwhat\s+(?:sort|kind|type)\s+of\s+(?:a\s+)?{phrases(*PEOPLE)}\s+(?:even\s+|just\s+|"
    rf"actually\s+)?{DEEDS}\b(?!\s+(?:you|u)\b)",
    "sort kind type",
)
# "You can never just be happy for me", "you could never once admit it".
CAN_NEVER = gated(
    rf"\b{YOU}\s+(?:can|could)\s+never\s+(?:just\s+|once\s+|simply\s+|even\s+)?(?:be\s+happy|let|"
    r"admit|say\s+sorry|say\s+thank|apologi[sz]e|give|be\s+pleased|be\s+on\s+time|be\s+there|"
    r"support|listen|accept|leave\s+it|do\s+anything|stop|keep|follow|finish|commit|hold|"
    r"take\s+(?:a\s+joke|criticism|no|responsibility|my\s+side)|see\s+(?:my|the\s+other|anyone)|"
    r"think\s+of\s+(?:anyone|others|me|us)|put\s+(?:me|us|anyone|others))\w*",
    "never",
)
# "Every single time we go out you get drunk": a habit stated as a rule about the person.
EVERY_TIME = gated(
    r"\bevery\s+(?:single\s+)?(?:time|night|weekend|holiday|christmas|birthday|party|visit)\s+"
    rf"(?:we|i|you|u)\b[^.!?\n]{{1,40}}?\b{YOU}\s+(?:always\s+|just\s+|have\s+to\s+|end\s+up\s+|"
    r"somehow\s+|then\s+)?(?:get\s+(?:drunk|wasted|angry|mad|defensive|moody|weird|nasty|"
    r"jealous|grumpy|snippy|funny|sulky|loud|rude)|disappear|vanish|ignore|pick\s+a\s+fight|"
    r"start\s+(?:a\s+fight|an\s+argument|shouting|yelling|sulking|drinking)|turn\s+(?:it|every|"
    r"things)|ruin|complain|moan|sulk|leave|walk\s+off|storm\s+off|blame|make\s+(?:it|everything)\s+"
    r"about|bring\s+up|change\s+the\s+subject|zone\s+out|go\s+quiet|go\s+silent|roll\s+your\s+eyes|"
    r"shout|yell|snap|interrupt|criticise|criticize|whinge|lie|forget|cancel|bail|flake|"
    r"embarrass|show\s+off|drink|check\s+your\s+phone|look\s+at\s+your\s+phone|find\s+a\s+reason|"
    r"find\s+an\s+excuse|have\s+an\s+excuse|act\s+like|pretend|sigh|argue)\w*",
    "time night weekend holiday christmas birthday party visit",
)
# "That's just like you", "so typical of you": the act taken as the person's nature.
JUST_LIKE_YOU = gated(
    rf"(?:\b(?:that{APOSTROPHE}s|that\s+is|it{APOSTROPHE}s|it\s+is|how|so)\s+|^[ \t]*|"
    rf"(?<=[.!?\n])[ \t]*)(?:just|so)\s+(?:like|typical\s+of)\s+{YOU}\b(?!\s+(?:said|say|says|"
    r"told|asked|suggested|wanted|thought|predicted|described|promised|imagined|did|do|and)\b)"
    r"(?:\s+to\b|(?=\s*(?:[,.!?;]|$)))"
    rf"|\b(?:that{APOSTROPHE}s|it{APOSTROPHE}s|how|so)\s+typical\s+of\s+{YOU}\b",
    "like typical",
)
PRAISE_AFTER = re.compile(
    r"[^.!?\n]{0,60}?(?:kind|thoughtful|generous|sweet|lovely|caring|remember|others|brave|"
    r"helpful|funny|clever|smart|[❤♥💕💖😍🥰😊☺🤗😘💛💙💜🧡💚])",
    re.IGNORECASE,
)
# "There's something wrong with you", "what's the matter with you, seriously?"
WRONG_WITH_YOU = gated(
    rf"\b(?:there{APOSTROPHE}s|there\s+is|something{APOSTROPHE}s|something\s+is)\s+(?:something\s+)?"
    rf"(?:seriously\s+|really\s+|genuinely\s+|deeply\s+|badly\s+|very\s+)?wrong\s+with\s+{YOU}\b"
    rf"|\bwhat{APOSTROPHE}s\s+the\s+matter\s+with\s+{YOU}\b(?=\s*(?:,?\s*(?:seriously|honestly|"
    r"man|dude|mate)\b|[?!]*\s*$|\?!|!|\?\s*(?:you|u|seriously|honestly|why|how)\b))",
    "wrong matter",
)
# "It can feel like there's something wrong with you": a feeling described, not a charge.
SUPPOSED = re.compile(
    r"\b(?:feel|feels|felt|feeling|like|as\s+if|as\s+though|think|thinks|thought|believe|worry|"
    r"worried|afraid|scared|wonder|wondered|means)\b",
    re.IGNORECASE,
)
CONCERN = re.compile(
    r"[^\n]{0,80}?\b(?:doctor|gp|see\s+someone|okay|ok|alright|worried|worry|health|ill|sick|"
    r"unwell|pale|tired|feel|feeling|today|lately|seem|sound|look|love\s+you|care)\b",
    re.IGNORECASE,
)
# "You're not a nice person", "you're a mean person deep down", "you're a disaster with money",
# "you have a terrible temper", "you're the reason this family is falling apart".
WHO_YOU_ARE = gated(
    rf"\b{ANY_YOU_ARE}\s+(?:just\s+|simply\s+|really\s+|honestly\s+)?not\s+(?:a\s+|an\s+)?"
    r"(?:very\s+|particularly\s+)?(?:nice|good|kind|decent|caring|loving|kind-hearted|"
    rf"good-hearted|honest|trustworthy)\s+{phrases(*PEOPLE)}\b"
    rf"|\b{ANY_YOU_ARE}\s+(?:such\s+|just\s+|really\s+)?(?:a|an)\s+(?:(?:really|very|truly|"
    r"deeply|genuinely|thoroughly|fundamentally)\s+)?"
    rf"{phrases(*HARSH_TRAITS)}\s+{phrases(*PEOPLE)}\b"
    rf"|\b{ANY_YOU_ARE}\s+(?:a\s+)?(?:total\s+|complete\s+|absolute\s+|walking\s+|such\s+a\s+)?"
    r"(?:disaster|liability|menace|trainwreck|train\s+wreck|lost\s+cause)\b"
    rf"|\b(?:you{APOSTROPHE}ve\s+got|{YOU}\s+have\s+got|{YOU}\s+have|{YOU}\s+got)\s+(?:such\s+)?"
    r"(?:a|an|the)\s+(?:terrible|awful|horrible|nasty|vile|foul|evil|filthy|mean|cruel|rotten|"
    r"wicked|vicious|ugly|nasty\s+little)\s+(?:temper|mouth|attitude|streak|side|personality|"
    r"character|tongue|heart)\b"
    rf"|\b{ANY_YOU_ARE}\s+the\s+(?:whole\s+|only\s+|entire\s+|main\s+)?reason\s+(?:why\s+)?"
    r"(?:this|we|our|everything|nothing|everyone|nobody|no\s+one|the\s+family|things|it|"
    r"the\s+kids|mum|dad|people)\b[^.!?\n]{0,40}?\b(?:falling\s+apart|fell\s+apart|broke|broken|"
    r"miserable|unhappy|ruined|fight|argue|never|left|leave|lost|failing|failed|mess|hate|"
    r"hates|wrong|bad|sad|struggling|stressed|walking\s+on\s+eggshells|"
    rf"can{APOSTROPHE}t|doesn{APOSTROPHE}t|don{APOSTROPHE}t|won{APOSTROPHE}t)\b",
    key_words(*HARSH_TRAITS)
    + " nice good kind decent caring loving hearted honest trustworthy disaster liability menace"
    " trainwreck wreck cause temper mouth attitude streak side personality character tongue"
    " heart reason",
)
# "All you ever do is complain", "all you care about is your job".
ALL_YOU = gated(
    rf"\ball\s+{YOU}\s+(?:ever\s+|really\s+|seem\s+to\s+|want\s+to\s+)?(?:do|did)\s+is\s+"
    r"(?:complain|moan|whine|whinge|criticise|criticize|nag|sleep|sit|play|lie|argue|shout|yell|"
    r"scroll|drink|talk\s+about\s+yourself|party|take|sulk|watch|game|gripe|bitch|judge|"
    r"pick|blame)\w*"
    rf"|\ball\s+{YOU}\s+(?:ever\s+|really\s+)?(?:care|cared|think|thought|talk|talked)\s+about\s+"
    r"(?:is|was)\s+(?:your|yourself|money|work|football|the\s+game|games|golf|winning|being\s+"
    r"right|looking\s+good|appearances|status|sex|drinking|the\s+pub|what\s+people\s+think)\b",
    "all",
)
# "For once, could you think before you speak?", "just once I'd like you to show up on time".
FOR_ONCE = gated(
    rf"\b(?:for\s+once|just\s+once|once\s+in\s+a\s+while)\s*,?\s+(?:could|can|would|will|"
    rf"why\s+can{APOSTROPHE}t|I{APOSTROPHE}d\s+(?:like|love)|I\s+would\s+(?:like|love)|"
    rf"it\s+would\s+be\s+nice\s+if|try\s+to)\s+(?:you\s+|{YOU}\s+)?(?:to\s+)?\w+"
    rf"|\bjust\s+once\s+I{APOSTROPHE}d\s+(?:like|love)\s+{YOU}\s+to\s+\w+",
    "once while",
)
KIND_REQUEST = re.compile(
    r"[^.!?\n]{0,40}?\b(?:let\s+me\s+(?:pay|treat|help|cook|spoil)|relax|rest|take\s+a\s+break|"
    r"put\s+yourself\s+first|treat\s+yourself|be\s+kind\s+to\s+yourself|sleep\s+in|lie\s+in)\b",
    re.IGNORECASE,
)
# "You sound ridiculous", "what are you, stupid?": a trait insult in other grammar.
TRAIT_OTHER_GRAMMAR = gated(
    rf"\b{ANY_YOU_ARE}\s+being\s+"
    r"(?:so\s+|completely\s+|totally\s+|absolutely\s+|really\s+|utterly\s+|just\s+)?"
    r"(?:ridiculous|pathetic|stupid|idiotic|unhinged|hysterical|childish|immature|spoiled|"
    r"spoilt|selfish|unreasonable|irrational|paranoid)\b"
    rf"|\bwhat\s+are\s+{YOU}\s*,\s*(?:stupid|thick|dense|dumb|an\s+idiot|a\s+moron|thick\s+or\s+"
    r"something|stupid\s+or\s+something)\b"
    rf"|\b{YOU}\s+(?:haven{APOSTROPHE}t|have\s+not|never)\s+changed(?:\s+(?:one|a)\s+bit|\s+at\s+"
    r"all)?\s*[,.!;-]+\s*(?:still|always|same)\b",
    "ridiculous pathetic stupid idiotic unhinged hysterical childish immature spoiled spoilt"
    " selfish unreasonable irrational paranoid thick dense dumb idiot moron something still"
    " always same",
)

# "One of the most selfish people I've ever met", "you treat everyone like dirt", "you don't know
# how to love anyone", "every conversation with you turns into a fight".
SWEEPING_MORE = gated(
    rf"\b{ANY_YOU_ARE}\s+(?:honestly\s+|genuinely\s+|easily\s+|literally\s+)?(?:one\s+of\s+)?"
    rf"the\s+(?:most|single\s+most)\s+{phrases(*HARSH_TRAITS)}\s+(?:people|person|humans?|men|"
    r"women|man|woman|human\s+beings?)\b"
    rf"|\b{YOU}\s+treat\s+(?:everyone|everybody|people|me|us|all\s+of\s+us|the\s+kids|your\s+\w+)"
    rf"\s+like\s+(?:they{APOSTROPHE}re\s+beneath|they\s+are\s+beneath|dirt|rubbish|garbage|trash|"
    r"crap|shit|servants|a\s+servant|(?:your|a)\s+(?:servant|maid|slave|doormat)|idiots|an\s+idiot|"
    r"nothing|children|a\s+child)\b"
    rf"|\b{YOU}\s+(?:{DONT}|just\s+{DONT})\s+know\s+how\s+to\s+(?:love|care|listen|apologi[sz]e|"
    r"be\s+(?:kind|happy|nice|a\s+(?:friend|partner|parent|father|mother|husband|wife))|"
    r"compromise|share|commit|say\s+sorry|treat\s+(?:people|anyone)|be\s+there)\b"
    r"|\beverything\s+(?:always\s+)?(?:has\s+to|must|needs\s+to|got\s+to|have\s+to)\s+be\s+"
    r"(?:your\s+way|on\s+your\s+terms|about\s+you|done\s+your\s+way)\b"
    r"|\bevery\s+(?:single\s+)?(?:conversation|discussion|talk|chat|dinner|trip|holiday|outing|"
    rf"decision|plan|evening|weekend)\s+(?:with\s+{YOU}\s+|we\s+have\s+)(?:\w+\s+){{0,2}}?"
    r"(?:turns|ends|becomes|goes|descends)\s+(?:into|in|up\s+in|south|wrong)\b"
    rf"|\b{YOU}\s+(?:just\s+|really\s+|honestly\s+|clearly\s+)?(?:{DONT}|never)\s+care\s+"
    r"about\s+(?:anyone|anybody|anything|no\s*one|nobody)\s+(?:but|except|other\s+than|apart\s+"
    r"from)\s+yourself\b"
    rf"|\b{ANY_YOU_ARE}\s+always\s+(?:looking|trying|finding|searching|hunting)\s+(?:for\s+)?"
    r"(?:someone|somebody|something|a\s+reason|an\s+excuse|ways?)\s+(?:to\s+(?:blame|complain|"
    r"criticise|criticize|moan|fight|argue|pick\s+at)|wrong)\b",
    key_words(*HARSH_TRAITS) + " treat how everything conversation discussion talk chat dinner"
    " trip holiday outing decision plan evening weekend yourself always",
)

# Families kept unless denied or warm; the last three have their own guards below.
PLAIN = (WHAT_KIND, CAN_NEVER, EVERY_TIME, ALL_YOU, TRAIT_OTHER_GRAMMAR, WHO_YOU_ARE, SWEEPING_MORE)
# A message with none of the families' key words skips them all at once.
KEY_WORDS = frozenset().union(
    *(rule.words for rule in (*PLAIN, JUST_LIKE_YOU, WRONG_WITH_YOU, FOR_ONCE))
)


def more_criticism(text: str, previous: str | None = None) -> list[Span]:
    """Spans of sweeping judgements about the person in the shapes ``find_criticism`` lacks.

    >>> text = "All you ever do is complain."
    >>> [text[start:end] for start, end in more_criticism(text)]
    ['All you ever do is complain']
    """
    if common.IS_GATED and KEY_WORDS.isdisjoint(words_in(text)):
        return []
    spans: list[Span] = []
    for rule in PLAIN:
        spans.extend(kept(text, match) for match in rule.finditer(text))
    for match in JUST_LIKE_YOU.finditer(text):
        if not PRAISE_AFTER.match(text, match.end()):
            spans.append(kept(text, match))
    for match in WRONG_WITH_YOU.finditer(text):
        supposed = SUPPOSED.search(clause_before(text, match.start()))
        if not supposed and not CONCERN.match(text, match.end()):
            spans.append(kept(text, match))
    for match in FOR_ONCE.finditer(text):
        if not KIND_REQUEST.match(text, match.end()):
            spans.append(kept(text, match))
    return disjoint(spans)


def kept(text: str, match: re.Match[str]) -> Span:
    """The match's span, or an empty one when it is denied, supposed, or said with a smile."""
    start, end = match.span()
    begin, finish = sentence_of(text, start, end)
    finish = min(len(text), finish + 8)
    warm = TEASING.search(text, begin, finish) is not None or WARM_EMOJI.search(text, begin, finish)
    if is_disowned(text, start) or warm:
        return (start, start)
    return (start, end)
