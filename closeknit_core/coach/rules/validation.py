"""Validation: telling the other that their feeling or view makes sense.

Sarcastic agreement ("you're right, as always") is contempt, and validation taken back by a
defensive "but" is defensiveness; `closeknit_core.coach.detectors` drops the validation then.
"""

from __future__ import annotations

import re

from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    CLAUSE_BREAKS,
    DONT,
    FEELINGS,
    I_AM,
    I_WOULD,
    ITS,
    NEGATIVE_FEELINGS,
    THATS,
    YOU,
    YOU_ARE,
    Span,
    clause_before,
    compile_rule,
    extend_words,
    gated,
    is_disowned,
    is_emoji,
    key_words,
    next_break,
    phrases,
    sentence_of,
)

FEELING = phrases(*FEELINGS)
FEELING_WORD = compile_rule(rf"\b{FEELING}\b")
HARD_WORDS = (
    "hard", "tough", "frustrating", "awful", "painful", "exhausting", "scary", "stressful",
    "difficult", "lonely", "upsetting", "rough", "overwhelming", "terrible", "horrible", "hurtful",
    "confusing", "draining", "disappointing", "infuriating", "unfair", "heartbreaking", "a lot",
    "frightening", "annoying", "maddening", "discouraging", "sad", "isolating", "brutal",
    "terrifying", "traumatic", "devastating", "heartbreaking", "humiliating", "embarrassing",
    "crushing", "gutting", "miserable", "unbearable", "agonising", "agonizing", "harrowing",
    "shocking", "nerve-wracking", "nerve wracking", "distressing", "soul-destroying", "tiring",
    "worrying", "stressful", "nightmare", "heavy", "rotten", "dreadful", "grim", "horrid", "crappy",
    "shitty",
)  # fmt: skip
HARD = phrases(*HARD_WORDS)
INTENSITY = r"(?:(?:so|really|very|incredibly|pretty|super|absolutely|truly|such)\s+)?"
VALIDATION = gated(
    rf"\b(?:that|it|this)\s+(?:totally\s+|really\s+|completely\s+|absolutely\s+)?makes\s+"
    r"(?:total\s+|complete\s+|a\s+lot\s+of\s+|so\s+much\s+|perfect\s+)?sense\b"
    r"|(?:^|(?<=[.!?\n]))[ \t]*(?:(?:ok|okay|yeah|oh|ah|right|mm+|hmm+)[,.]?\s+)?makes\s+"
    r"(?:total\s+|complete\s+|so\s+much\s+|perfect\s+)?sense\b"
    rf"|\bno\s+wonder\s+{YOU}(?:{APOSTROPHE}re|\s+are|\s+feel|\s+felt|{APOSTROPHE}d|\s+were|\s+got)\b"
    r"|\bI\s+(?:can\s+|totally\s+|really\s+|completely\s+|definitely\s+|do\s+|fully\s+)?"
    r"(?:see|understand|get|imagine)\s+(?:why|how)\s+(?:you|u|that|it|this)\b"
    r"|\bI\s+(?:completely\s+|totally\s+|really\s+|do\s+|fully\s+)?understand\b"
    r"(?!\s+(?:the|a|an|math|maths|english)\b)"
    rf"|\bI\s+hear\s+(?:you|u)\b(?!{APOSTROPHE}re|\s+are|\s+saying|\s+(?:were|was|have|had|got)\b)"
    r"|\bI\s+(?:totally\s+|really\s+|completely\s+)?get\s+(?:it|that|why(?!\s+I\b))\b"
    r"(?!\s+(?:a\s+lot|from|done|fixed|back|wrong))"
    rf"|\b{YOU_ARE}\s+(?:totally\s+|absolutely\s+|completely\s+|so\s+|quite\s+|100%\s+)?right\b"
    r"(?!\s+(?:here|there|behind|next|outside|in\s+front|on\s+time|now\b))"
    r"|\b(?:you\s+(?:have|make|made|raise|raised)\s+a\s+(?:good|fair|great|valid)\s+point|"
    r"(?:good|fair)\s+point|fair\s+enough)\b"
    rf"|\b(?:{THATS}|{ITS})\s+(?:completely\s+|totally\s+|so\s+|very\s+)?(?:understandable|valid|fair|"
    r"reasonable)\b"
    rf"|\byour\s+feelings\s+(?:are|make)\s+(?:valid|sense|understandable)\b"
    rf"|\b{ITS}\s+(?:completely\s+|totally\s+|so\s+|very\s+|perfectly\s+)?(?:okay|ok|normal|natural|"
    r"understandable|alright|all\s+right)\s+to\s+"
    rf"(?:feel\s+(?:that\s+way|this\s+way|{FEELING})|be\s+{FEELING})\b"
    rf"|\b(?:that|it|this)\s+(?:sounds|must\s+(?:be|have\s+been|feel)|seems)\s+{INTENSITY}{HARD}\b"
    rf"|\b{I_WOULD}\s+(?:feel|be|have\s+been|have\s+felt)\s+(?:(?:exactly\s+)?the\s+same(?:\s+way)?|"
    r"that\s+way|"
    rf"{INTENSITY}{FEELING}\s+(?:too|as\s+well|in\s+your\s+(?:place|shoes|position)))\b"
    rf"|\bof\s+course\s+(?:{YOU_ARE}|you\s+(?:feel|felt|were)|you{APOSTROPHE}d\s+be)\s+{INTENSITY}"
    rf"{FEELING}\b"
    r"|\banyone\s+would\s+(?:feel|be|have\s+been)\b"
    rf"|\b{YOU_ARE}\s+not\s+wrong\b|\b{YOU_ARE}\s+allowed\s+to\s+(?:feel|be)\b"
    rf"|\bI\s+(?:can\s+|totally\s+|really\s+)?(?:see|get|understand)\s+(?:what\s+you\s+mean|your\s+point|"
    rf"where\s+you{APOSTROPHE}re\s+coming\s+from|where\s+you\s+are\s+coming\s+from)\b"
    r"|\b(?:totally|completely|absolutely)\s+(?:valid|understandable|fair)\b"
    r"|\bI\s+can\s+only\s+imagine\b"
    rf"|\b(?:that|it|this|they|she|he){APOSTROPHE}?(?:\s+would|d)\s+(?:upset|hurt|bother|annoy|frustrate|"
    r"worry|scare|get\s+to)\s+me\s+too\b"
    rf"|\byou(?:\s+have|{APOSTROPHE}ve)\s+every\s+right\s+to\s+(?:be|feel)\b"
    # Normalising: "no wonder.", "that's only human", "happens to everyone".
    r"|\bno\s+wonder\s*(?=[.!]|$)"
    rf"|\b(?:{THATS}|{ITS})\s+(?:only\s+|just\s+|completely\s+|totally\s+|so\s+)?(?:human|normal|natural)"
    r"(?=\s*(?:[.!,]|$))|\bhappens\s+to\s+(?:everyone|everybody|all\s+of\s+us|the\s+best\s+of\s+us)\b"
    rf"|\b(?:{ITS}|{THATS})\s+(?:right|natural|normal|understandable|fair)\s+that\s+(?:it|this|that)\s+"
    r"(?:bothers|upsets|hurts|worries|gets\s+to|scares)\s+you\b"
    rf"|\bI\s+{DONT}\s+blame\s+{YOU}\b"
    rf"|\bI\s+feel\s+(?:you|u)\b(?!{APOSTROPHE}re|\s+are|\s+(?:never|always|don|didn|just|only|"
    r"should|need|have|had|were|was|can|could|would|will)\b)"
    rf"|\b{YOU}\s+must\s+(?:be|feel|have\s+been|have\s+felt)\s+{INTENSITY}{FEELING}\b"
    rf"|\b{I_AM}\s+{INTENSITY}sorry\s+(?:you{APOSTROPHE}re\s+going|you\s+are\s+going|you\s+(?:had|went|have\s+to)|"
    r"that\s+happened|to\s+hear|for\s+what\s+you)\b"
    r"|\bthank\s+you\s+for\s+(?:telling|sharing|being\s+honest|explaining|letting\s+me\s+know|"
    r"opening\s+up|trusting)\b",
    # Keyed on the rarer word of a phrase: "see" in "I see why", "id" in "I'd feel the same".
    "sense wonder see understand hear get right point enough understandable valid fair "
    "reasonable feelings okay ok normal natural alright sounds must seems id would upset hurt "
    "bother annoy frustrate worry scare course anyone blame feel sorry thank wrong allowed mean "
    "coming imagine human happens",
)
# Strong feelings a listener says they would share ("I'd be fuming too"); the shared list
# lacks the angry and texting words.
SHARED = phrases(
    *NEGATIVE_FEELINGS, "fuming", "livid", "raging", "pissed", "pissed off", "seething", "crushed",
    "mortified", "gutted", "in bits", "in tears", "a wreck", "a mess", "beside myself", "shaken up",
    "heartbroken", "nervous", "terrified", "cross", "sad", "hurt", "wounded", "freaked out",
    "so done", "livid", "peeved", "bummed", "floored", "shattered", "distraught",
)  # fmt: skip
AFFECTING = (
    r"(?:upset|hurt|bother|bothered|annoy|annoyed|frustrate|frustrated|worry|worried|scare|scared|"
    r"get\s+to|got\s+to|gotten\s+to|wind\s+up|wound\s+up|freak\s+out|freaked\s+out|crush|crushed|"
    r"sting|stung|rattle|rattled|shake|shaken|terrify|terrified|infuriate|infuriated|bug|bugged|"
    r"break|broken|gut|gutted|floor|floored|stress\s+out|stressed\s+out|drive\s+mad|driven\s+mad|"
    r"do\s+my\s+head\s+in|done\s+my\s+head\s+in|piss\s+off|pissed\s+off|kill|killed|wreck|wrecked)"
)
WORRY = (
    r"(?:worry|concern|point|feeling|feelings|reaction|response|fear|question|request|ask|thing\s+to\s+"
    r"(?:feel|want|ask|worry\s+about|need|be\s+upset\s+about)|way\s+to\s+feel|instinct|boundary)"
)
SOUND = (
    r"(?:valid|fair|reasonable|understandable|normal|natural|human|legit|real|justified|okay|ok)"
)
DEGREE = r"(?:(?:so|really|very|completely|totally|perfectly|entirely|absolutely|such|100%)\s+)?"
HEAVY = (
    r"(?:a\s+lot|so\s+much|such\s+a\s+lot|(?:a\s+)?(?:really\s+|very\s+)?(?:big|huge|heavy|hard)\s+"
    r"(?:thing|deal|load))\s+(?:to\s+(?:carry|take\s+in|take\s+on|deal\s+with|handle|process|cope\s+with|go\s+through|hold|juggle|"
    r"manage|face|absorb)|for\s+(?:anyone|anybody|one\s+person|you|a\s+person)|on\s+your\s+plate)"
)
EMOTIONAL_INFINITIVE = (
    rf"(?:feel\s+(?:that\s+way|this\s+way|like\s+that|(?:a\s+bit\s+|a\s+little\s+|kind\s+of\s+|so\s+|"
    rf"really\s+)?[\w-]+)|be\s+(?:a\s+bit\s+|a\s+little\s+)?{DEGREE}{SHARED}|worry|cry|"
    r"grieve|miss\s+(?:him|her|them|it|home|\w+)|struggle|have\s+(?:mixed\s+feelings|doubts|"
    r"second\s+thoughts|a\s+wobble|bad\s+days|an\s+off\s+day|feelings)|find\s+(?:it|this|that)\s+"
    r"(?:hard|tough|difficult)|not\s+be\s+(?:ok|okay|fine)|want\s+(?:more|that|this|help|space|"
    r"time|a\s+break|some)|need\s+(?:space|time|a\s+break|help|to\s+\w+|more)|"
    r"not\s+(?:have\s+(?:it|all|everything|the\s+answers)|know))"
)
# "That sounds awful." or "…like a hard week", not "…like a sad septic system".
HARD_END = (
    r"(?=\s*(?:[.!,;:)?]|$|[^\w\s])|\s+(?:for\s+(?:you|u|anyone)|on\s+(?:you|u)|love|mate|hun|babe|"
    rf"honestly|tbh|sweetheart|man|dude|though|I{APOSTROPHE}m\s+sorry|and|but|to\s+(?:deal|go|handle|"
    r"carry|live|cope|hear|face)|time|day|week|month|year|night|morning|shift|situation|experience|"
    r"thing|few|couple|position|place)\b)"
).replace("{APOSTROPHE}", APOSTROPHE)
# "No wonder you snapped", "no wonder it stung".
WONDER = gated(
    rf"\b(?:no|small|little)\s+wonder\s+(?:you|u)(?:{APOSTROPHE}(?:re|d|ve)\s+\w+|\s+(?:snapped|cried|"
    r"couldn't|couldnt|can't|cant|feel|felt|were|are|got|lost|broke|freaked|panicked|struggled|"
    r"struggle|didn't|didnt|don't|dont|need|needed|want|wanted|haven't|hadn't|hate|hated|miss|missed|"
    r"left|walked|quit|blew|exploded|been|had|find|found|keep|kept|dread|dreaded|worry|worried))\b"
    rf"|\b(?:no|small|little)\s+wonder\s+(?:it|that|this|he|she|they)(?:{APOSTROPHE}s|\s+is|\s+was)?\s+"
    rf"(?:(?:still|really|so)\s+)?(?:{AFFECTING}|stings|hurts|hurting|stinging|bothering|upsetting|"
    r"getting\s+to)\b",
    "wonder",
)

# "I'd be fuming too", "that would hurt anyone": the listener would feel the same.
SHARED_FEELING = gated(
    rf"\b{I_WOULD}(?:\s+have|{APOSTROPHE}ve)?\s+(?:be|feel|been|felt)\s+(?:just\s+as\s+|equally\s+|"
    rf"{INTENSITY}){SHARED}(?=\s*(?:too|as\s+well|honestly|tbh|in\s+your|[.!,]|$)|\s+if\s+(?:that|it|this)\s+"
    r"(?:was|were|happened)|\s+if\s+I\s+(?:were|was)\s+(?:you|in))"
    rf"|\b{I_WOULD}(?:\s+have|{APOSTROPHE}ve)\s+(?:lost\s+it|cried|screamed|snapped|walked\s+out|"
    r"freaked\s+out|panicked|lost\s+my\s+(?:temper|mind|rag)|been\s+in\s+bits|done\s+the\s+same|"
    r"hit\s+the\s+roof|gone\s+mad|kicked\s+off|exploded|broken\s+down)\b"
    rf"|\b(?:that|it|this|they|she|he)(?:{APOSTROPHE}d|\s+would)(?:\s+have|{APOSTROPHE}ve)?\s+"
    rf"{AFFECTING}\s+(?:me(?:\s+out)?\s+(?:too|as\s+well)|anyone|anybody|everyone|most\s+people)\b"
    rf"|\b(?:that|it|this)(?:{APOSTROPHE}d|\s+would)(?:\s+have|{APOSTROPHE}ve)?\s+(?:break|broken|crush|"
    r"crushed)\s+my\s+heart"
    rf"|\b(?:that|it|this)(?:{APOSTROPHE}d|\s+would)(?:\s+have|{APOSTROPHE}ve)?\s+(?:make|made)\s+"
    rf"(?:anyone|anybody|everyone|me|most\s+people)\s+(?:feel\s+)?{INTENSITY}{SHARED}\b(?!\s+to\b)",
    "would wouldve id idve itd thatd thisd theyd shed hed",
)

# "That sounds exhausting", "sounds like it's been really hard".
SOUNDS = gated(
    rf"\b(?:that|it|this)\s+(?:sounds|sounded|seems)\s+(?:like\s+)?(?:such\s+)?(?:an?\s+)?{INTENSITY}"
    rf"{HARD}\b{HARD_END}"
    rf"|(?:^|(?<=[.!?\n,]))[ \t]*(?:(?:oh|ugh|oof|god|gosh|wow|man|mate|omg|yeah|aw+|oh\s+no)"
    r"\W{0,3})?"
    rf"sounds\s+(?:like\s+)?(?:an?\s+)?{INTENSITY}{HARD}\b{HARD_END}"
    rf"|\b(?:it|that)\s+(?:sounds|sounded)\s+like\s+(?:(?:{ITS}|it{APOSTROPHE}s|it\s+has|things\s+"
    rf"(?:are|have)|work{APOSTROPHE}s|everything{APOSTROPHE}s)\s+(?:been\s+)?{INTENSITY}{HARD}|"
    rf"you(?:{APOSTROPHE}ve|\s+have)\s+(?:been\s+through|had)\s+(?:so\s+much|a\s+lot|an?\s+{INTENSITY}"
    rf"{HARD}))"
    rf"|\b(?:that|it|this)\s+must\s+(?:have\s+)?(?:felt|feel)\s+(?:like\s+)?(?:such\s+)?(?:an?\s+)?"
    rf"{INTENSITY}{HARD}\b"
    rf"|\b(?:it|that)\s+sounds\s+like\s+you(?:{APOSTROPHE}ve|\s+have|{APOSTROPHE}re|\s+are)?\s+"
    rf"(?:been\s+)?(?:feeling|felt|feel)\s+(?:really\s+|so\s+|a\s+bit\s+|quite\s+)?{FEELING}\b",
    "sounds sounded seems must",
)

# "What a nightmare", "that's so unfair on you", "that's a lot to carry", "it's hard when…".
REACTIONS = gated(
    rf"\b(?P<what>what\s+an?\s+(?:{INTENSITY}{HARD}\s+(?:\w+\s+)?(?:day|week|time|thing|year|night|"
    r"morning|situation|experience|feeling|news|shift|journey|trip|month|thing\s+to\s+\w+)|nightmare|"
    r"shock|blow|ordeal))\b"
    rf"|\b(?P<bare>(?:{THATS}|{ITS})\s+{INTENSITY}(?:{HARD}|heartbreaking|gutting|crap|rubbish|shit|"
    r"the\s+worst|devastating|so\s+unfair|not\s+fair|not\s+okay|not\s+ok)"
    r"|(?:that|it)\s+(?:really\s+|totally\s+|so\s+|just\s+)?(?:sucks|blows|stinks))\b"
    r"(?=\s*(?:[.!,;:)]|$|[^\w\s])|\s+(?:for\s+(?:you|u)|on\s+(?:you|u)|love|mate|hun|babe|honestly|"
    rf"tbh|sweetheart|man|dude|though|that\s+(?:you|u|they|he|she)|I{APOSTROPHE}m\s+sorry)\b)"
    rf"|\b(?:{THATS}|{ITS}|such)\s+(?:\w+\s+){{0,2}}?{HEAVY}"
    rf"|\b(?P<place>(?:{THATS}|{ITS}|what)\s+(?:a|an|such\s+a|such\s+an)\s+{INTENSITY}{HARD}\s+"
    r"(?:position|place|situation|spot|time|day|week|year|month|night|thing\s+to\s+(?:go\s+through|"
    r"deal\s+with|carry|hear|face|live\s+with)))\b"
    rf"|\b(?:{ITS}|it\s+can\s+be|it\s+gets|{ITS}\s+always)\s+{INTENSITY}{HARD}\s+when\b"
    rf"|\b(?:those|these|that|it|this|such)\s+(?:things\s+)?can\s+be\s+{INTENSITY}(?:{HARD}|a\s+lot)\b"
    r"(?!\s+(?:to|for\s+me)\b)",
    key_words(*HARD_WORDS) + " nightmare shock blow ordeal heartbreaking gutting crap rubbish "
    "shit worst devastating unfair fair okay ok sucks blows stinks lot much deal load",
)

# Reassurance after an apology or self-blame: "it's not a big deal, honestly", "you were
# ill!". Normalising a lapse is validation; after a complaint it would minimise instead.
REASSURING = compile_rule(
    rf"\b(?:{ITS}|{THATS})\s+(?:(?:really|honestly|totally|completely)\s+)?(?:not\s+a\s+(?:big\s+)?"
    r"(?:deal|problem)|no\s+big\s+deal)\b|\bno\s+harm\s+done\b"
    rf"|\byou\s+were\s+(?:so\s+|really\s+|just\s+)?(?:stressed|ill|sick|tired|exhausted|shattered|"
    r"knackered|run\s+down|overwhelmed|under\s+pressure|grieving|upset|hurting|poorly|unwell)\b"
)
APOLOGISING = compile_rule(
    r"\b(?:sorry|apologi[sz]e|my\s+(?:bad|fault)|forgive\s+me|I\s+feel\s+(?:bad|terrible|awful|"
    r"guilty)|I\s+(?:was\s+too|shouldn't\s+have|shouldnt\s+have|think\s+I\s+was))\b"
)
# "It's okay to feel that", "that's a fair worry", "your feelings make sense", "understandable".
NORMAL = gated(
    rf"\b(?:being|feeling)\s+(?:a\s+bit\s+|so\s+)?{SHARED}\s+(?:is|was|makes)\s+{DEGREE}(?:natural|normal|"
    r"understandable|okay|ok|fine|valid|human|sense)\b"
    rf"|\bfeeling\s+(?:that\s+way|like\s+that|this\s+way|{FEELING})\s+(?:makes|is)\s+{DEGREE}"
    rf"(?:(?:total|complete|perfect)\s+)?(?:sense|{SOUND})\b"
    rf"|\b(?:{ITS}|{THATS})?\s*{DEGREE}(?:okay|ok|normal|natural|understandable|alright|fine|"
    rf"reasonable|fair|valid|human)\s+to\s+{EMOTIONAL_INFINITIVE}"
    rf"|\b(?:{ITS}|{THATS})\s+{DEGREE}(?:okay|ok|fine|alright|normal|understandable|allowed)\s+that\s+"
    rf"(?:{YOU_ARE}\s+not\s+(?:ok|okay|fine)|you\s+(?:feel|felt|miss|still\s+feel|cried)|{YOU_ARE}\s+"
    rf"{INTENSITY}{FEELING})"
    rf"|\b(?:{THATS}|{ITS})\s+(?:a|an|such\s+a|such\s+an)\s+{DEGREE}{SOUND}\s+{WORRY}\b"
    r"|\byour\s+(?:feelings?|worry|worries|concerns?|frustration|anger|fears?|reaction|sadness|grief|"
    r"hurt|upset|disappointment|point|view|nerves)\s+(?:is|are|make|makes|was|were|seems?|feels?)\s+"
    rf"{DEGREE}(?:(?:total|complete|perfect)\s+)?(?:{SOUND}|sense|justified)\b"
    rf"|(?:^|(?<=[.!?\n]))[ \t]*(?:(?:yeah|yes|ok|okay|oh|honestly|mm+|totally|completely|very|so|"
    r"perfectly)[,.]?\s+)*(?P<agree>understandable|fair)\b(?=\s*(?:[.!,;]|$)|\s+(?:tbh|honestly|really)\b)"
    rf"|\b(?:{ITS}|{THATS})\s+{DEGREE}(?:understandable|natural|normal|no\s+surprise)\s+(?:that\s+)?"
    rf"(?:you|u)(?:{APOSTROPHE}d|\s+would|{APOSTROPHE}re|\s+are|\s+feel|\s+felt|\s+were|\s+want|\s+need)\b",
    "okay ok normal natural understandable alright fine reasonable fair valid human allowed "
    "sense justified legit real surprise",
)

# "You're not being dramatic", "you have every right to be", "we all have days like that".
REASSURANCE = gated(
    rf"\b(?:that|it|this)\s+(?:totally\s+|completely\s+)?(?:tracks|adds\s+up)\b(?!\s+to\b)"
    rf"|\b(?:naturally|understandably|obviously|of\s+course),?\s+{YOU_ARE}\s+{INTENSITY}{FEELING}\b"
    rf"|\bI\s+(?:hate|hated)\s+that\s+for\s+(?:you|u)\b"
    rf"|\byou(?:{APOSTROPHE}ve|\s+have|\s+had|{APOSTROPHE}d|\s+have\s+got|{APOSTROPHE}ve\s+got)?\s+"
    r"(?:got\s+)?every\s+(?:right|reason)\s+to\s+(?:be|feel)\b"
    rf"|\b(?:nobody|no\s+one)\s+(?:would|could|can)\s+blame\s+(?:you|u)\b"
    rf"|\b{YOU_ARE}\s+not\s+(?:being\s+)?(?:dramatic|crazy|silly|stupid|overreacting|over-reacting|"
    r"oversensitive|too\s+sensitive|unreasonable|weird|selfish|needy|paranoid|petty|a\s+burden|"
    r"imagining\s+(?:it|things)|wrong\s+to\s+(?:feel|be|want|worry))\b"
    rf"|\b{ITS}\s+not\s+(?:silly|stupid|weird|crazy|dramatic|selfish|petty|wrong|too\s+much)\s+"
    r"(?:at\s+all\s+)?to\s+(?:feel|miss|want|be|worry|cry|need|ask|grieve)\b"
    rf"|\bthere{APOSTROPHE}s\s+nothing\s+(?:wrong|silly|weird|stupid)\s+(?:with|about)\s+(?:feeling|"
    r"wanting|missing|being|needing|crying|asking)\b"
    rf"|\b{I_AM}\s+not\s+surprised\s+(?:that\s+)?(?:you|u)(?:{APOSTROPHE}re|\s+are|\s+feel|\s+felt|\s+were|"
    rf"{APOSTROPHE}d)\b"
    rf"|\b(?:{ITS}\s+|{THATS}\s+)?(?:no|little|small)\s+surprise\s+(?:that\s+)?(?:you|u)\b"
    rf"|\bI\s+(?:can\s+)?(?:only\s+)?imagine\s+(?:how|what)\s+(?:\w+\s+){{0,2}}?(?:that|it|this|you|u)\b"
    rf"|\b{YOU_ARE}\s+(?:only|just)\s+human\b|\bwe{APOSTROPHE}re\s+all\s+(?:only\s+)?human\b"
    r"|\b(?:we\s+all|everyone|everybody)\s+(?:has|have|gets?|go(?:es)?\s+through)\s+(?:days|moments|"
    r"times|weeks|nights)\s+like\s+(?:that|this)\b"
    r"|\bof\s+course\s+(?:it|that|this|she|he)\s+(?:matters|mattered|hurt|hurts|stung|stings)\b"
    rf"|\b(?:{ITS}|{THATS}|it\s+was|it\s+wasn{APOSTROPHE}t|that\s+wasn{APOSTROPHE}t)\s+(?:not\s+)?"
    rf"your\s+fault\b|\b{DONT}\s+blame\s+yourself\b|\byou\s+couldn{APOSTROPHE}t\s+have\s+known\b"
    r"|\bI\s+know\s+(?:it|that|this)\s+(?:really\s+)?(?:drives\s+you\s+(?:mad|crazy|up\s+the\s+wall)|"
    r"upsets|hurts|bothers|annoys|frustrates|worries|stresses|gets\s+to)\s*(?:you)?\b"
    r"|\b(?:grief|stress|exhaustion|tiredness|anxiety|loss|heartbreak|burnout|lack\s+of\s+sleep)\s+"
    r"(?:does|will\s+do|can\s+do)\s+that\b",
    "fault yourself known drives upsets hurts bothers annoys frustrates worries stresses "
    "gets tracks adds naturally understandably obviously course hate hated every blame dramatic "
    "crazy silly stupid overreacting over reacting oversensitive sensitive unreasonable "
    "weird selfish needy paranoid petty burden imagining wrong much nothing surprised "
    "surprise imagine human days moments times weeks nights grief stress exhaustion "
    "tiredness anxiety loss heartbreak burnout sleep",
)

# "Anyone would feel that", "I can see how much this matters", "I know what you mean".
ACKNOWLEDGING = gated(
    rf"\b(?:anyone|anybody|everyone)\s+(?:in\s+your\s+(?:position|shoes|place)\s+|else\s+)?"
    r"(?:would|'d)\s+(?:feel|be|have)\b"
    rf"|\bI\s+(?:can\s+)?(?:see|tell|hear)\s+(?:that\s+)?(?:{ITS}|this\s+is|{THATS}|how\s+much|"
    r"it\s+(?:has|'s)\s+been)\s+(?:really\s+|so\s+|been\s+)?(?:weighing|hard|tough|getting\s+to|"
    r"bothering|upsetting|hurting|eating|affecting|a\s+lot|difficult|painful|(?:this|it|that)\s+"
    r"(?:means|matters|hurts|hurt))"
    rf"|\bwe(?:{APOSTROPHE}ve|\s+have)\s+all\s+(?:been\s+there|done\s+(?:it|that|this)|felt\s+that)\b"
    rf"|\b(?:everyone|everybody)(?:{APOSTROPHE}s|\s+has)\s+(?:been\s+there|done\s+(?:it|that))\b"
    rf"|\b(?:{ITS}|{THATS})\s+(?:okay|ok|fine|alright)[,.]?\s+I\s+know\s+(?:you{APOSTROPHE}ve|"
    rf"you\s+have|you{APOSTROPHE}re|you\s+are|you\s+were)\s+(?:been\s+)?(?:so\s+|really\s+|super\s+)?"
    r"(?:slammed|busy|swamped|stretched|exhausted|tired|struggling|going\s+through|doing\s+your\s+best|"
    r"trying|under\s+a\s+lot)"
    rf"|\bI\s+know\s+(?:exactly\s+)?what\s+(?:you|u)\s+mean\b"
    rf"|\bI\s+can\s+(?:totally\s+|really\s+|completely\s+)?understand\s+(?:that|why|how|it)\b"
    rf"|\b{YOU_ARE}\s+right\s+to\s+(?:be|feel|worry|want|ask|say|mind|speak)\b"
    r"|(?:^|(?<=[.!?\n]))[ \t]*(?:(?:yeah|yes|oh|ok|okay|mm+)[,.]?\s+)?"
    r"(?:totally|completely|really|"
    r"honestly|fully)\s+get\s+(?:it|that|why)\b",
    "anyone anybody everyone see tell hear all everybody everyones know mean understand right get",
)
MORE_VALIDATION = (
    WONDER,
    SHARED_FEELING,
    SOUNDS,
    REACTIONS,
    NORMAL,
    REASSURANCE,
    ACKNOWLEDGING,
)
# After the other has said how they feel, short agreement validates too.
ECHO = compile_rule(
    rf"\bof\s+course\s+(?:(?:you|they|it|she|he)\s+(?:are|do|did|were|would|was|does)|{YOU_ARE})\b"
    r"|\bof\s+course\s+(?:it|that|this|you|u|they|she|he)\s+(?:\w+\s+)?(?:hurt|hurts|stung|stings|"
    r"miss|missed|want|wanted|feel|felt|care|cared|worry|worried|cried|love|loved|is|does)\b"
    rf"|\b(?:{I_WOULD}\s+(?:be|feel|have\s+been)|I\s+would)\s+too\b"
)
SHARES_FEELING = compile_rule(
    rf"\bI(?:\s+feel|\s+felt|{APOSTROPHE}m\s+feeling|\s+am\s+feeling)\b|\b(?:{I_AM}|I\s+was|I{APOSTROPHE}ve\s+been)\s+"
    rf"{INTENSITY}{FEELING}\b|\bI\s+(?:cried|broke\s+down|lost\s+it|panicked|freaked\s+out)\b"
    r"|\b(?:got|gets|get)\s+to\s+me\b|\b(?:is|are|was|were|been)\s+(?:really\s+|so\s+)?"
    r"(?:stressing|getting|winding|wearing)\s+me\b"
    r"|\b(?:it|that|this|she|he|they)\s+(?:really\s+)?(?:hurt|hurts|stung|stings|upset|upsets|"
    r"bothers|bothered|scared|scares|worries|worried)\s+me\b|\b(?:hurt|upset|stung)\s+(?:that|when)\b"
    r"|\bI\s+(?:miss|missed|hate|hated|keep\s+(?:thinking|worrying|crying)|want|wish|worry|cry|"
    rf"can{APOSTROPHE}t\s+(?:stop|believe|face|sleep|stand|cope))\b"
)


# Bare agreement ("you're right", "fair enough", "makes sense") speaks to a feeling or view
# only when the other shared one; after a factual remark ("the A-road is closed", "you forgot
# the chicken") it just agrees.
AGREEMENT = compile_rule(
    rf"^(?:{YOU_ARE}\s+(?:(?:totally|absolutely|completely|so|quite|100%)\s+)?(?:right|not\s+wrong)\s*$|"
    r"fair\s+enough|(?:good|fair)\s+point|you\s+(?:have|make|made|raise|raised)\s+a|"
    r"(?:(?:ok|okay|yeah|oh|ah|right|mm+|hmm+)[,.]?\s+)?(?:(?:that|it|this)\s+)?(?:totally\s+|"
    r"really\s+|completely\s+|absolutely\s+)?(?:makes|tracks|adds)|"
    r"I\s+(?:totally\s+|really\s+|completely\s+)?get\s+(?:it|that)\b|"
    r"I\s+(?:completely\s+|totally\s+|really\s+|do\s+|fully\s+|can\s+)?understand\b(?!\s+(?:why|how))|"
    rf"(?:{THATS}|{ITS})\s+(?:completely\s+|totally\s+|so\s+|very\s+)?fair|"
    r"\W*(?:(?:yeah|yes|ok|okay|oh|honestly|mm+|totally|completely|very|so|perfectly)[,.]?\s+)*"
    r"(?:understandable|fair)$)"
)
SHARES_VIEW = compile_rule(
    rf"\b(?:{FEELING}|feel|feels|felt|feeling|want|wanted|need|needed|wish|hope|worry|worried|hate|"
    r"hated|love|loved|miss|missed|mind|ready|sure|can't|cant|cannot|bother|bothers|bothered|bugs|"
    r"annoys|upsets|hurts|cry|cried|crying|struggle|struggling|stress|stressing|wiped|knackered|"
    r"shattered|sick\s+of|rather|prefer|face|stand|cope|hard|harder|difficult|tough|dread|dreading|"
    r"dreaded|fancy|enjoy|enjoyed|like)\b"
)
PERSONAL = compile_rule(
    rf"\b(?:I|I{APOSTROPHE}m|im|I{APOSTROPHE}ve|I{APOSTROPHE}d|me|my|myself|we|us|our)\b"
)
# "Fair enough, I'll book for 7": agreeing to a request by promising to act on it.
COMMITMENT = compile_rule(
    rf"[\s,.!-]*(?:I{APOSTROPHE}ll|I\s+will|I\s+can\s+do\s+that|will\s+do|let{APOSTROPHE}s|"
    r"I\s+won't|I\s+wont)\b"
)
# "You're right, I should have called": agreeing by owning the fault answers the complaint,
# not the feeling (labelling guide, decision 8).
OWNING_FAULT = compile_rule(
    r"[\s,.!-]*(?:I\s+(?:should|shouldn't|shouldnt|was|wasn't|wasnt|did|didn't|didnt|forgot|never|"
    rf"haven{APOSTROPHE}t|have\s+been|messed|got\s+it\s+wrong)|{I_AM}\s+(?:so\s+)?sorry|sorry|"
    r"my\s+bad|my\s+fault)\b"
)
SELF_FAULT = compile_rule(
    rf"\bI\s+(?:was|did|didn{APOSTROPHE}t|should|shouldn{APOSTROPHE}t|forgot|wasn{APOSTROPHE}t)\b"
)
# A hypothetical that puts the listener in the other's place is not a supposition to disown.
HYPOTHETICAL = compile_rule(
    r"\bif\s+(?:that|it|this)\s+(?:were|was|had\s+been|happened\s+to)\s+me\b|\bif\s+I\s+were\s+you\b"
    r"|\bif\s+I\s+was\s+(?:you|in\s+your)|\bin\s+your\s+(?:shoes|position|place)\b"
)
# What a defensive "but" goes on to say (labelling guide, decision 7): an excuse, a denial or a
# counter-charge. "…but you handled it so well" supports the other and keeps the validation.
DEFENCE = (
    rf"(?:I\s+(?:did|was\s+only|was\s+just|had\s+(?:no|to)|didn{APOSTROPHE}t|didnt|wasn{APOSTROPHE}t|"
    r"wasnt|couldn't|couldnt|can't|cant|already|told|asked|texted|said|thought|meant|only\s+"
    r"(?:did|said|wanted|meant)|just\s+(?:did|said|wanted|meant|trying|joking))|"
    rf"(?:it|that)(?:{APOSTROPHE}s|\s+is|\s+was|\s+wasn{APOSTROPHE}t|\s+isn{APOSTROPHE}t)\s+"
    r"(?:not|no\s+big|hardly|only|just|really\s+not|nothing|my\s+fault|on\s+you)|"
    rf"{ITS}\s+not\s+like|not\s+my\s+fault|"
    rf"{YOU_ARE}\s+(?:overreacting|making|blowing|the\s+one|being\s+(?:a\s+bit\s+|a\s+little\s+|so\s+|"
    r"really\s+)?(?:dramatic|unfair|silly|ridiculous|childish|oversensitive|unreasonable|difficult))|"
    r"you\s+(?:do|did)\s+(?:the\s+same|it\s+too|that\s+too)|you\s+never\s+(?:told|said|asked|mentioned|"
    r"let)|you\s+(?:knew|said|agreed|started|forgot|could\s+have|should\s+have|also)|come\s+on|"
    rf"calm\s+down|seriously|there\s+was\s+nothing|let{APOSTROPHE}s\s+be\s+real|"
    rf"{THATS}\s+not\s+(?:true|what|how|fair)|you\s+need\s+to\s+(?:calm|relax|get\s+over|stop))"
)
TAKEN_BACK = compile_rule(
    r"[^\n]{0,160}?\b(?:but|though|tho|to\s+be\s+fair|tbf|however)\b[\s,]*"
    rf"(?:(?:honestly|really|to\s+be\s+fair|tbf|in\s+my\s+defen[cs]e|like|well|I\s+mean)[\s,]+)*{DEFENCE}"
)
# "It's normal, just get on with it", "I get it, you're always the victim": the acknowledgement
# dismisses or attacks in the same breath.
DISMISSED = compile_rule(
    r"[^\n]{0,80}?\b(?:just\s+get\s+on\s+with\s+it|just\s+get\s+over\s+it|get\s+over\s+it\s+already|"
    r"stop\s+(?:moaning|whining|"
    r"complaining|crying|worrying|stressing|going\s+on)|man\s+up|toughen\s+up|suck\s+it\s+up|"
    rf"deal\s+with\s+it|snap\s+out\s+of\s+it|you{APOSTROPHE}ll\s+get\s+over|move\s+on\s+already)\b"
    rf"|[^.!?\n]{{0,40}}?\b(?:{YOU_ARE}\s+always|you\s+always|{YOU_ARE}\s+so\s+|typical)\b"
)
SARCASM = compile_rule(
    r"\b(?:oh\s+sure|sure,?\s+sure|yeah,?\s+yeah|yeah\s+right|right,?\s+because|as\s+if|oh\s+totally|"
    r"oh\s+yes|ok,?\s+ok|fine,?\s+fine)\b|"
    r"[*_][a-z]+[*_]|[\U0001F644\U0001F643\U0001F612]|\b(?-i:NOT)\b"
)
SHOUTED = compile_rule(r"\b(?-i:[A-Z]{2,})\b")
# "My anxiety is totally valid": the speaker validating themself.
SELF_BEFORE = compile_rule(
    rf"\b(?:my\s+\w+(?:\s+\w+)?\s+(?:is|are|was|were|feels?)|{I_AM}|I\s+was)\s*$"
)
# "I understand. Anyway, what's for dinner?": an acknowledgement used to close the subject.
CLOSING = compile_rule(
    r"[^\n]{0,60}?(?<![\w'])(?:anyway|anyhow|moving\s+on|"
    rf"let{APOSTROPHE}s\s+(?:drop|leave|move\s+on|just\s+(?:drop|leave|move\s+on))\s+it|"
    r"can\s+we\s+(?:just\s+)?(?:drop|move\s+on|leave\s+it|stop|not)|end\s+of|enough\s+(?:now|said|already)|"
    r"drop\s+it|subject\s+closed|off\s+to\s+bed|going\s+to\s+bed|got\s+to\s+go|gotta\s+go|"
    r"have\s+to\s+go|need\s+to\s+go|night\s+night|goodnight)\b|[\s,.!-]*whatever\b"
)


def find_validation(text: str, previous: str | None = None) -> list[Span]:
    """Spans that acknowledge the other's feeling or view as understandable.

    >>> text = "That sounds really hard."
    >>> [text[start:end] for start, end in find_validation(text)]
    ['That sounds really hard']
    """
    spans = []
    matches = [*VALIDATION.finditer(text)]
    matches.extend(match for rule in MORE_VALIDATION for match in rule.finditer(text))
    for match in matches:
        if is_disowned(text, match.start()) and not HYPOTHETICAL.search(
            clause_before(text, match.start())
        ):
            continue
        # "You must be tired?" is a gentle guess at a feeling; other questions ask, not validate.
        is_guess = match.group().lower().startswith(("you must", "u must"))
        if is_asked(text, match.end()) and not is_guess:
            continue
        if is_taken_back(text, match.start(), match.end()) or SELF_BEFORE.search(
            clause_before(text, match.start())
        ):
            continue
        if previous is not None and is_bare_agreement(text, match, previous):
            continue
        # "That's awful." or "What a nightmare." answer someone's news; alone they may judge a
        # thing.
        groups = match.groupdict()
        is_reaction = any(groups.get(name) for name in ("bare", "what", "place", "agree"))
        if is_reaction and (previous is None or previous.rstrip().endswith("?")):
            continue
        # "I was, and that's not fair on you" owns the speaker's part rather than validating.
        if is_reaction and SELF_FAULT.search(
            text, sentence_of(text, match.start())[0], match.start()
        ):
            continue
        spans.append((match.start(), extend_words(text, match.end(), 6)))
    if previous is not None and APOLOGISING.search(previous):
        spans.extend(
            (match.start(), extend_words(text, match.end(), 6))
            for match in REASSURING.finditer(text)
            if not is_disowned(text, match.start()) and not is_asked(text, match.end())
        )
    if previous is not None and SHARES_FEELING.search(previous):
        spans.extend(
            (match.start(), extend_words(text, match.end(), 6))
            for match in ECHO.finditer(text)
            if not is_disowned(text, match.start()) and not is_asked(text, match.end())
        )
    # Overlapping patterns often find the same words; one span each is enough.
    return list(dict.fromkeys(spans))


def is_taken_back(text: str, start: int, end: int) -> bool:
    """Whether the acknowledgement is undone: by a defensive "but", by sarcasm, or by closing
    the subject ("I understand. Anyway…")."""
    sentence_start, sentence_end = sentence_of(text, start, end)
    return (
        TAKEN_BACK.match(text, end) is not None
        or SARCASM.search(text, sentence_start, sentence_end + 4) is not None
        or SHOUTED.search(text, start, end) is not None
        or CLOSING.match(text, end) is not None
        or DISMISSED.match(text, end) is not None
    )


def is_bare_agreement(text: str, match: re.Match[str], previous: str) -> bool:
    """Whether the match only agrees: with a remark that shares no feeling or view, or with a
    request it promises to meet ("Fair enough, I'll book for 7")."""
    if not AGREEMENT.match(match.group().strip()):
        return False
    if not (PERSONAL.search(previous) and SHARES_VIEW.search(previous)):
        return True
    if OWNING_FAULT.match(text, match.end()):
        return True
    return COMMITMENT.match(text, match.end()) is not None and not FEELING_WORD.search(previous)


def is_asked(text: str, position: int) -> bool:
    """Whether the sentence ends in a question mark ("does that make sense?").

    >>> is_asked("That makes sense?", 16), is_asked("That makes sense.", 16)
    (True, False)
    """
    end = next_break(text, position, CLAUSE_BREAKS, 120)
    # An emoji ends a texted sentence: "that makes sense 💛 want food?" asks only about food.
    return text[end : end + 1] == "?" and not any(is_emoji(c) for c in text[position:end])
