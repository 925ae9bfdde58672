"""Contempt in more shapes: mock awards, feigned surprise, scare quotes, put-downs of the mind.

These families add to ``contempt.find_contempt`` (the detectors report the union). Each one is
a shape that scorns whatever words fill it ("Husband of the year", "what a shock, you're late
again", "you were "busy"", "my dog listens better than you"), not one sentence. Each keeps
its own rare key words, so a message without them skips it. A match is dropped when the words
before it deny or suppose it, and, for the shapes a friend could say with a smile, when the
sentence laughs or shows love (affectionate teasing, labelling guide decision 4).
"""

from __future__ import annotations

import re

from closeknit_core.coach.rules import common
from closeknit_core.coach.rules.common import (
    ANY_YOU_ARE,
    APOSTROPHE,
    CANT,
    DONT,
    TEASING,
    WARM_EMOJI,
    YOU,
    Rule,
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

SENTENCE_START = r"(?:^|(?<=[.!?\n]))[ \t\"'“(*]*"
RELATIONS = (
    "mother", "father", "mum", "mom", "dad", "husband", "wife", "boyfriend", "girlfriend",
    "partner", "friend", "son", "daughter", "sister", "brother", "parent", "employee",
    "roommate", "flatmate", "fiance", "fiancee",
)  # fmt: skip
CHILDREN = (
    "toddler", "child", "baby", "kid", "teenager", "teen", "brat", "little boy", "little girl",
    "schoolboy", "schoolgirl", "spoiled child", "spoilt child",
)  # fmt: skip
CHILD = rf"(?:{phrases(*CHILDREN)}|(?:\d+|[a-z]+)[\s-]year[\s-]old)"
CHILD_KEYS = key_words(*CHILDREN) + " old"
# Nicknames that are only ever ironic after "ok", "nice one" or "well done".
MOCK_TITLES = (
    "genius", "einstein", "sherlock", "hotshot", "hot shot", "big shot", "smart guy",
    "smartass", "smart ass", "smartarse", "smart arse", "smarty pants", "smartypants",
    "brainiac", "mastermind", "professor", "your highness", "your majesty", "captain obvious",
    "mr perfect", "miss perfect", "mrs perfect", "wise guy",
)  # fmt: skip
# Nicknames that can be warm ("good job, champ!"), ironic only before a mishap.
PET_TITLES = ("champ", "princess", "sunshine", "superstar", "hero", "buddy", "sport", "tiger")
MISHAP = (
    r"(?:(?:you|u)\s+(?:\w+\s+)?(?:broke|forgot|missed|lost|ruined|dropped|spilled|spilt|"
    r"crashed|dented|burnt|burned|messed|wrecked|flooded|locked)|another\b|again\b)"
)
INSULT_NAMES = (
    "bully", "doormat", "pushover", "lost cause", "sad case", "has-been",
    "charity case", "couch potato", "manchild", "man-child", "man child", "waste of time",
    "fraud", "phony", "phoney", "fake",
    "pain in the ass", "pain in the arse", "pain in the neck", "bore", "buffoon",
    "simpleton", "numpty", "muppet", "plonker", "wet blanket", "spoiled brat",
    "spoilt brat", "mummy's girl", "daddy's girl", "daddy's boy", "loser",
)  # fmt: skip

# "Husband of the year", "gold star for you", "alert the press", "mark the calendar, you…".
MOCK_AWARD = gated(
    rf"\b{phrases(*RELATIONS)}\s+of\s+the\s+(?:year|decade|century)\b"
    rf"|\bgold\s+star\s+for\s+{YOU}\b|\b(?:do\s+{YOU}\s+)?want\s+a\s+gold\s+star\b"
    rf"|\b(?:throw|give|get|award|organise|organize|hold)\s+{YOU}\s+a\s+(?:parade|medal|trophy|"
    r"plaque|certificate|knighthood|nobel\s+prize|round\s+of\s+applause)\b"
    r"|\bslow[\s-]+clap\b"
    r"|\b(?:alert|call|tell|phone|ring)\s+the\s+(?:press|media|papers|newspapers|news)\b"
    r"|\bstop\s+the\s+presses\b"
    rf"|\bmark\s+(?:the|your|my)\s+(?:calendar|calendars|diary|date)\s*[,.!:;-]+\s*"
    r"(?:(?:you|u|he|she|they)\s+(?:\w+\s+){0,2}?(?:actually|finally|remembered|managed))\b"
    rf"|\bmiracles?\s+(?:do|still|really)\s+happen\s*[,.!]+\s*(?:{YOU}|he|she)\b"
    rf"|\b(?:well\s+)?(?:this|that)\s+(?:is|was)\s+a\s+first\s*[,.!]+\s*(?:{YOU}|he|she)\b"
    rf"|\b(?:wow|look|oh|well)\s*,?\s+(?:{YOU}|he|she)\s+(?:actually\s+|finally\s+)?"
    r"lifted\s+a\s+finger\b",
    key_words(*RELATIONS)
    + " star parade medal trophy plaque certificate knighthood prize applause clap slow"
    " press media papers newspapers news presses calendar calendars diary date happen happens"
    " first finger",
)
# "What a shock, you're late again", "big surprise there", "shocking. you forgot".
FEIGNED_SURPRISE = gated(
    r"\b(?:big|huge|massive|real)\s+(?:surprise|shock|shocker)\s+there\b"
    r"|\b(?:what\s+a|big|huge|massive|real|shock)\s+(?:surprise|shock|shocker|horror)\s*[,.!]+\s*"
    rf"(?:{YOU}|he|she|they)\b[^.!?\n]{{0,40}}?"
    rf"\b(?:late|forgot|forgotten|again|cancel\w*|bail\w*|didn{APOSTROPHE}t|did\s+not|never|not|"
    r"no\s+show|flaked|lied)\b"
    rf"|{SENTENCE_START}(?:(?:absolutely|truly|how|so)\s+)?shocking\s*[.!]+\s*"
    rf"(?:(?:absolutely|truly|how|so|just)\s+shocking\s*[.!]+\s*)?(?:{YOU})\b"
    r"|\bha\s*\.\s*ha\s*\.(?:\s*(?:very|so)\s+funny\b)?",
    "surprise shock shocker horror shocking ha",
)
# "You were "busy"", "your "friend"", ""Working late" again, were we?": scare quotes.
SCARE_QUOTES = gated(
    rf"\b(?:{YOU}\s+(?:were|was|are|re)|{YOU}{APOSTROPHE}re|{YOU}r|your|ur|{YOU}\s+call\s+"
    r"(?:it|this|that))\s+(?:so\s+|just\s+|really\s+|totally\s+)?[\"“][a-z][a-z' ]{1,25}[\"”]"
    r"|(?<=[\"”])\s+(?P<again>again\s*,?\s+(?:were|are|did|have|do|is)\s+(?:we|you|u)\b)",
    "you u were was are re youre your ur call again",
)
# "My dog listens better than you", "your brother would never have…", "a man, not a child".
UNFAVOURABLE = gated(
    r"\b(?:my|a|the|even\s+(?:my|a|the|our))\s+(?:\w+\s+){0,2}?(?:dog|cat|goldfish|hamster|"
    rf"parrot|toddler|baby|kid|child|children|kids|(?:\d+|[a-z]+)[\s-]year[\s-]old|grandma|gran|nan|"
    r"granny|grandad|grandpa|houseplant|plant|fridge|wall|brick|rock|potato)\s+(?:\w+\s+){0,5}?"
    rf"(?:better|more|longer|faster|smarter|harder|less)\s+(?:[\w-]+\s+){{0,3}}?than\s+{YOU}\b"
    r"|\byour\s+(?:brother|sister|ex|dad|mum|mom|father|mother|friend|cousin|first\s+"
    r"husband|first\s+wife)\s+would\s+(?:never\s+have|have\s+(?:known|managed|figured|sorted|"
    r"fixed|handled|remembered|done\s+(?:it|that|better)))\b"
    r"|\b(?:other\s+people|everyone\s+else|normal\s+people|real\s+(?:men|women|adults))"
    rf"{APOSTROPHE}s?\s+(?:\w+\s+){{0,2}}?(?:manage|manages|somehow|actually|seem|can|text|call)\b"
    r"[^.!?\n]{0,40}?(?:just\s+saying|funny\s+that|imagine\s+that|funny\s+how)"
    r"|\b(?:married|dating|marry|date|live\s+with|living\s+with)\s+(?:a|an)\s+(?:man|woman|adult|"
    r"grown[\s-]?up)\s*,?\s+not\s+(?:a|an)\s+(?:child|boy|girl|toddler|baby|kid|teenager)\b",
    "dog cat goldfish hamster parrot toddler baby kid child children kids old grandma gran nan"
    " granny grandad grandpa houseplant plant fridge wall brick rock potato brother sister ex dad"
    " mum mom father mother friend cousin husband wife people peoples else elses men mens women"
    " womens adults married dating marry date live living",
)
# "You're acting like a toddler", "sulk in your room like a teenager", "what are you, twelve?"
CHILDISH = gated(
    rf"\b(?:{ANY_YOU_ARE}\s+(?:\w+\s+)?|{YOU}\s+(?:\w+\s+)?|stop\s+|quit\s+)(?:acting|behaving|"
    rf"sounding|sound|act|behave)\s+like\s+(?:a|an|some)\s+(?:(?:spoiled|spoilt|whiny|petulant|"
    rf"sulky|little|stroppy|bratty|big|overgrown|moody|tantrumming)\s+)?{CHILD}\b"
    rf"|\bwhat\s+are\s+{YOU}\s*,\s*(?:like\s+)?(?:twelve|five|six|seven|eight|ten|eleven|"
    r"thirteen|fourteen|three|four|[1-9]\d?|stupid|thick|dense|deaf|blind|dumb|slow|"
    r"an\s+idiot|a\s+child|a\s+baby|a\s+toddler|a\s+moron|new)\b",
    CHILD_KEYS + " twelve five six seven eight ten eleven thirteen fourteen"
    " three four stupid thick dense deaf blind dumb slow idiot moron new"
    + "".join(f" {number}" for number in range(1, 100)),
)
# "Sulk in your room like a teenager", "whining like a baby": aimed at "you", not at oneself.
CHILDISH_VERB = gated(
    r"\b(?:sulk|sulking|whine|whining|whinge|whingeing|whinging|pout|pouting|stomp|stomping|"
    r"stamp|stamping|cry|crying|sob|sobbing)\b(?:[ \t]+[\w']+){0,4}?[ \t]+like\s+(?:a|an|some)\s+"
    rf"(?:(?:little|spoiled|spoilt|big|overgrown)\s+)?{CHILD}\b",
    "sulk sulking whine whining whinge whingeing whinging pout pouting stomp stomping stamp"
    " stamping cry crying sob sobbing",
)
FIRST_PERSON = re.compile(r"\b(?:i|me|we|my)\b", re.IGNORECASE)
ADDRESSED = re.compile(r"\b(?:you|u|your|ur|youre)\b", re.IGNORECASE)
# "Did you even go to school?", "dropped on your head", "anything in that head of yours".
BRAINLESS = gated(
    rf"\bdid\s+{YOU}\s+even\s+(?:go\s+to|finish|pass|attend)\s+(?:school|primary|high\s+school|"
    r"college|uni)\b"
    rf"|\b(?:were|was)\s+{YOU}\s+dropped\s+on\s+(?:your|ur)\s+head\b"
    rf"|\b(?:are|r)\s+{YOU}\s+(?:even|actually|really|physically)\s+(?:capable|able)\s+of\s+"
    r"(?:thinking|thought|reading|listening|basic|anything|understanding|being)\b"
    r"|\b(?:is\s+there\s+)?any(?:thing|one|body)\s+(?:going\s+on\s+|at\s+all\s+)?(?:in|inside)\s+"
    r"that\s+(?:thick\s+|little\s+|empty\s+)?(?:head|skull|brain)\s+of\s+(?:yours|urs)\b"
    r"|\b(?:one|two|a\s+single|both\s+(?:of\s+)?(?:your|ur))\s+brain\s*cells?\b"
    rf"|{SENTENCE_START}(?:(?:maybe|try\s+to|go|just|please)\s+)?learn\s+(?:how\s+)?to\s+"
    r"(?:read|spell|count|listen)\b(?=\s*[,.!]|\s+(?:then|first|before|properly))"
    r"|\btry\s+using\s+(?:your|ur)\s+(?:brain|head)\b"
    r"|\buse\s+(?:your|ur)\s+(?:brain|head)\s+for\s+once\b"
    rf"|\bI\s+(?:don{APOSTROPHE}t|do\s+not|won{APOSTROPHE}t|will\s+not)\s+(?:argue|debate|deal|"
    r"reason)\s+with\s+(?:people|someone|somebody|idiots|children|kids|toddlers)\s+(?:who|like\s+"
    r"(?:you|u))\b"
    r"|\b(?:lower|stoop|sink)\s+(?:myself\s+)?to\s+(?:your|ur)\s+level\b"
    r"|\b(?:people|someone|somebody|men|women|guys)\s+like\s+(?:you|u)\s+(?:are|is)\s+(?:so\s+)?"
    r"(?:beneath|the\s+(?:reason|problem)|a\s+joke|pathetic|embarrassing|disgusting)\b"
    r"|\b(?:are|is|re|so)\s+(?:\w+\s+)?beneath\s+me\b",
    "school primary college uni dropped capable able head skull brain yours urs cells cell read"
    " spell count listen argue debate deal reason level beneath problem joke pathetic"
    " embarrassing disgusting",
)
# "Who made you the boss of me?", "I forgot you know everything", "with all due respect, you…"
SUPERIOR = gated(
    rf"\bwho\s+(?:made|put|elected|appointed|asked)\s+{YOU}\s+(?:the\s+)?(?:boss|king|queen|god|"
    r"judge|expert|in\s+charge|police|authority|jury)\b"
    r"|\b(?:forgot|forget|silly\s+me|of\s+course|because|sorry|right|how\s+could\s+I\s+forget)\b"
    rf"[^.!?\n]{{0,20}}?\b{YOU}\s+(?:know|knows)\s+(?:everything|it\s+all|better\s+than\s+"
    r"everyone)\b"
    r"|\bwith\s+(?:all\s+)?(?:due\s+)?respect\s*,\s*(?:you|u|your|ur)\b[^.!?\n]{0,40}?"
    r"\b(?:no\s+idea|clue|clueless|wrong|nonsense|rubbish|stupid|talking\s+about|out\s+of\s+your\s+"
    r"depth|embarrassing|ridiculous)\b"
    r"|\b(?:your|ur)\s+(?:(?:sad|pathetic|precious|cute)\s+)?little\s+(?:opinion|opinions|speech|"
    r"tantrum|rant|theory|theories|meltdown|outburst|hissy\s+fit|performance|show|lecture|"
    r"sermon|fantasy|fairy\s+tale|bubble|world|feelings|excuse|excuses|friends|ego|drama|"
    r"protest|sulk|strop)\b"
    r"|\b(?:in|inside)\s+(?:your|ur)\s+(?:own\s+)?(?:little\s+)?(?:bubble|fantasy\s+world|dream\s+"
    r"world|la\s+la\s+land|ivory\s+tower)\b",
    "boss king queen god judge expert charge police authority jury everything all everyone"
    " respect opinion opinions speech tantrum rant theory theories meltdown outburst fit"
    " performance show lecture sermon fantasy tale bubble world feelings excuse excuses friends"
    " ego drama protest sulk strop land tower",
)
# "Keep talking, it's hilarious", "hilarious that you think…", "laughable", "oh wait, you didn't".
MOCK_LAUGH = gated(
    r"\b(?:keep\s+talking|keep\s+going|do\s+(?:go|carry)\s+on|please\s+(?:continue|go\s+on)|"
    rf"go\s+on)\s*[,.!]+\s*(?:it{APOSTROPHE}s|it\s+is|this\s+is|that{APOSTROPHE}s|i\s+love|"
    rf"i{APOSTROPHE}m\s+(?:loving|enjoying))\s+(?:\w+\s+){{0,2}}?(?:hilarious|priceless|"
    r"entertaining|comedy\s+gold|comedy|gold|fairy\s*tale|story|show|circus)\b"
    r"|\b(?:hilarious|adorable|precious|cute|laughable|rich|priceless)\s+(?:that|how)\s+"
    rf"{YOU}\s+(?:(?:actually|really|still|honestly|genuinely)\s+)?(?:think|thought|believe|"
    r"believed|expect|expected|imagine|imagined)\b(?!\s+(?:of|about))"
    rf"|{SENTENCE_START}(?:(?:truly|so|just|how|that{APOSTROPHE}s|it{APOSTROPHE}s|honestly|"
    r"absolutely)\s+)?laughable(?=\s*(?:[.!]|$))"
    rf"|\b(?:laughed|laughing|lol+ed|cackled|cackling|lmao{APOSTROPHE}?d)\b[^.!?\n]{{0,30}}?"
    r"\b(?:at|reading|about)\s+(?:your|ur)\s+(?:(?:little|latest|pathetic|so-called)\s+)?"
    r"(?:excuse|excuses|apology|explanation|attempt|attempts|logic|reasoning|argument|rant|speech|"
    r"theory|tantrum|threat|threats|ultimatum|effort)\b"
    rf"|\boh\s+wait\s*,?\s+(?:{YOU}|he|she|no)\s+(?:didn{APOSTROPHE}t|did\s+not|never|"
    rf"{DONT}|weren{APOSTROPHE}t|haven{APOSTROPHE}t|{CANT}|forgot)\b"
    rf"|\b(?:how|so|that{APOSTROPHE}s|it{APOSTROPHE}s|it\s+is|isn{APOSTROPHE}t\s+(?:it|that))"
    r"\s+(?:so\s+)?(?:adorable|cute|precious)\s*(?:,|that|when|how)\s*(?:you|u)\s+(?:even\s+)?"
    r"(?:try|tried|think|thought|attempt|attempted|pretend|pretended|argue|get\s+(?:angry|mad|"
    r"worked\s+up|all\s+serious)|act\s+(?:tough|like))\b"
    rf"|{SENTENCE_START}run\s+along\b(?!\s+(?:to|and\s+(?:get|brush|wash)))",
    "hilarious priceless entertaining comedy gold tale fairytale story show circus adorable"
    " precious cute laughable rich excuse excuses apology"
    " explanation attempt attempts logic reasoning argument rant speech theory tantrum threat"
    " threats ultimatum effort wait along",
)
# "Ok genius", "nice one, Sherlock", "good job, princess, you broke it", "Oh honey, no. That's…"
MOCK_TITLE = gated(
    r"\b(?:ok|okay|k|kk|sure|right|yeah|yes|nice\s+(?:one|going|work|job)|well\s+done|good\s+job|"
    r"great\s+job|way\s+to\s+go|bravo|brilliant|smooth|real\s+smooth|thanks|cheers|congrats|"
    rf"congratulations)\s*,?\s+(?P<title>{phrases(*MOCK_TITLES)})\b"
    r"|\b(?:nice\s+(?:one|going|work|job)|well\s+done|good\s+job|great\s+job|way\s+to\s+go|bravo|"
    rf"smooth)\s*,?\s+{phrases(*PET_TITLES)}\s*[,.!]+\s*{MISHAP}"
    r"|\b(?:oh\s+)?(?:honey|sweetie|sweetheart|darling|hun|babe|dear|sweetpea)\s*,\s*no\s*"
    rf"[.!,]+\s*(?:that{APOSTROPHE}s\s+not\s+(?:how|what)|that\s+is\s+not\s+(?:how|what)|"
    r"nobody|no\s+one|grown[\s-]?ups|adults)\b",
    key_words(*MOCK_TITLES)
    + " "
    + " ".join(PET_TITLES)
    + " honey sweetie sweetheart darling hun babe dear sweetpea",
)
# "Aww, did someone hurt your feelings?", "you poor overworked soul", "aren't you just a little
# ray of sunshine", "thank you SO much for leaving me stranded", "gracing me with a reply".
FAKE_SYMPATHY = gated(
    rf"\b(?:did|has|have)\s+(?:someone|somebody|the\s+big\s+bad\s+\w+)\s+(?:\w+\s+)?(?:hurt|"
    rf"upset|bruised|offended)\s+(?:(?:your|ur)\s+(?:little\s+|precious\s+|delicate\s+)?"
    rf"(?:feelings|ego|pride)|the\s+baby)\b"
    r"|\bthe\s+big\s+bad\s+\w+\s+(?:upset|scared|hurt|frightened)\b"
    r"|\byou\s+poor\s+(?:overworked|hard[\s-]done[\s-]by|put[\s-]upon|long[\s-]suffering|"
    r"delicate|fragile|persecuted|downtrodden|martyred)\s+(?:little\s+)?(?:soul|thing|baby|dear|"
    r"darling|flower|petal|lamb|creature|man|woman)\b"
    rf"|\baren{APOSTROPHE}t\s+{YOU}\s+just\s+(?:a\s+)?(?:little\s+|big\s+)?(?:ray\s+of\s+"
    r"(?:sunshine|light)|delight|charmer|treat|peach|bundle\s+of\s+joy|ball\s+of\s+sunshine|"
    r"joy\s+to\s+be\s+around|breath\s+of\s+fresh\s+air)\b"
    r"|\bthank(?:s|\s+you)\s+(?:(?:so|ever\s+so|very|soo+)\s+)?(?:much\s+)?for\s+(?:(?:just\s+|"
    r"totally\s+|completely\s+)?(?:leaving\s+me\s+(?:stranded|hanging|alone)|ditching|"
    r"abandoning|ignoring|forgetting|embarrassing|humiliating|ruining|wasting|standing\s+me\s+up|"
    r"making\s+me\s+(?:wait|look\s+(?:stupid|like\s+an?\s+idiot)|feel\s+(?:stupid|small))|throwing\s+me\s+"
    r"under|selling\s+me\s+out|bailing|blanking|ghosting))"
    r"|\bgrac(?:e|ed|ing)\s+(?:me|us)\s+(?:with|by)\b",
    "hurt upset bruised offended scared frightened overworked done upon suffering delicate fragile"
    " persecuted downtrodden martyred arent stranded hanging alone ditching abandoning ignoring"
    " forgetting embarrassing humiliating ruining wasting standing wait stupid small throwing"
    " selling bailing blanking ghosting grace graced gracing idiot",
)
# "Right, because you've never made a mistake", "yeah because your track record is so great".
MOCK_BECAUSE = gated(
    rf"\b(?:right|sure|oh\s+yes|oh\s+yeah|yeah|yes|of\s+course)\s*,?\s+(?:because|cause|cos|coz|"
    rf"cuz)\s+(?:you|u|your|ur|you{APOSTROPHE}re|you{APOSTROPHE}ve)\b[^.!?\n]{{0,40}}?"
    r"\b(?:never|always|so\s+(?:amazing|great|good|perfect|reliable|brilliant|wonderful|"
    r"impressive|stellar|spotless)|perfect|expert|everything|clearly|obviously|such\s+a\s+"
    r"(?:great|good|shining))\b",
    "because cause cos coz cuz",
)
# "It's embarrassing to watch you try", "watching you parent is painful", "Ew. Don't touch me",
# "I can't even look at you right now".
DISGUST_MORE = gated(
    r"\b(?:embarrassing|cringe|cringey|cringy|tragic|pathetic|painful|excruciating)\s+(?:to\s+)?"
    rf"(?:watch|watching|listen\s+to|listening\s+to)\s+{YOU}\b"
    rf"|\bwatching\s+{YOU}\s+(?:\w+\s+){{0,3}}?(?:is|was)\s+(?:so\s+|honestly\s+|actually\s+|"
    r"genuinely\s+|just\s+)?(?:painful|embarrassing|cringe|cringey|cringy|tragic|pathetic|torture|"
    r"excruciating)\b"
    rf"|\bew{{1,4}}\b[^\n]{{0,20}}?\b(?:{DONT}\s+touch\s+me|get\s+away\s+from\s+me|get\s+off\s+me|"
    r"you{APOSTROPHE}re\s+(?:disgusting|gross|vile)|you\s+disgust)\b"
    rf"|\b{CANT}\s+even\s+look\s+at\s+{YOU}\b(?!\s+without)(?=\s*(?:right\s+now|anymore|any\s+more|"
    r"[,.!]|$))",
    "embarrassing cringe cringey cringy tragic pathetic painful excruciating torture"
    " ew eww ewww ewwww look",
)
# "rolls eyes.", "*sigh* here we go again with the drama", "🙄🙄 ok".
EYE_ROLL_MORE = gated(
    r"(?:^|(?<=[.!?\n]))[ \t*(]*(?:rolls?\s+(?:my\s+)?eyes|eye\s*roll(?:s|ing)?)\s*(?:[*).,!]|$)"
    r"|[*(]\s*sighs?\s*[*)]\s*(?:here\s+we\s+go(?:\s+again)?|whatever|sure|ok(?:ay)?|the\s+drama|"
    r"again)\b",
    "roll rolls eyes eyeroll eyerolls eyerolling rolling sigh sighs",
)
EYE_ROLL_ONLY = re.compile(
    r"\A\s*🙄+\s*(?:ok(?:ay)?|k|sure|right|whatever|fine|yeah|yep|cool|wow)?\s*[.!]*\s*🙄*\s*\Z",
    re.IGNORECASE,
)
# "Still the same selfish brat", "you're a control freak": names for what the person is.
NAME_CALLING = gated(
    rf"\b(?:{ANY_YOU_ARE}\s+(?:(?:such|just|nothing\s+but|still|always|really|a|an|the\s+"
    r"biggest|a\s+complete|a\s+total|an\s+absolute|a\s+real|a\s+massive|a\s+huge|a\s+bit\s+of\s+a|"
    r"a\s+proper|an\s+utter|one\s+big)\s+){1,3}|still\s+the\s+same\s+(?:\w+\s+)?)"
    rf"(?P<name>{phrases(*INSULT_NAMES)})(?![\w-])",
    key_words(*INSULT_NAMES),
)
# "You sound ridiculous", "listen to yourself. You sound…": the person's voice as a joke.
SOUNDS_SILLY = gated(
    rf"\b{YOU}\s+(?:sound|look|sounded|looked)\s+(?:so\s+|completely\s+|totally\s+|absolutely\s+|"
    r"really\s+|utterly\s+|just\s+)?(?:ridiculous|pathetic|stupid|insane|unhinged|deranged|"
    r"hysterical|idiotic|moronic|absurd|like\s+(?:a|an)\s+(?:idiot|fool|moron|clown|lunatic|"
    r"madman|madwoman|crazy\s+person|broken\s+record))\b"
    r"|\blisten\s+to\s+yourself\s*[.!]+(?=\s*(?:you|u|seriously|honestly|just|ha))",
    "ridiculous pathetic stupid insane unhinged deranged hysterical idiotic moronic absurd idiot"
    " fool moron clown lunatic madman madwoman person record yourself",
)

# "Don't strain yourself carrying that plate", "must be exhausting, being you", "oh generous
# one", "here comes the expert", "a professional victim": concern, awe or titles put on as mockery.
MOCK_CONCERN = gated(
    rf"\b(?:{DONT}|try\s+not\s+to|careful\s*,?\s+{YOU}\s+(?:might|could|may))\s+(?:strain|"
    r"overexert|exert|hurt|tire|pull\s+a\s+muscle|break\s+a\s+sweat|injure|sprain)"
    r"(?:\s+yourself)?\s+(?:(?:by\s+)?(?:carrying|doing|lifting|washing|making|picking|helping|"
    r"emptying|loading|wiping|putting|hoovering|vacuuming|cooking|tidying|texting|replying)\b)"
    rf"|\bmust\s+be\s+(?:so\s+|really\s+)?(?:exhausting|tiring|hard|nice|lovely|great|"
    rf"wonderful|amazing|fun|difficult)\s*,?\s+being\s+{YOU}\b"
    r"|\boh\s+(?:generous|wise|great|mighty|holy|perfect|humble|noble|glorious|all[\s-]knowing|"
    r"enlightened|benevolent|gracious|exalted|almighty)\s+one\b"
    r"|\bhere\s+(?:comes|come|we\s+go\s+with)\s+(?:the|mr|miss|mrs|little|our)\s+(?:expert|"
    r"genius|professor|drama\s+queen|martyr|victim|saint|hero|perfect\s+one|"
    r"authority|judge)\b"
    r"|\b(?:professional|eternal|perpetual|permanent)\s+victim\b"
    r"|\bself[\s-]appointed\s+(?:expert|judge|boss|authority|guru|critic)\b"
    rf"|\b(?:oh\s+)?look\s*,?\s+(?:he|she|it|you)\s+(?:speaks|lives|exists|"
    r"has\s+a\s+voice|is\s+alive|are\s+alive|remembers)\b"
    r"|\boh\s+no\s*,?\s+not\s+the\s+(?:silent\s+treatment|sulking|cold\s+shoulder|tears|lecture|"
    r"face|drama|guilt\s+trip|pout)\b"
    r"|\baward\s+for\s+(?:the\s+)?(?:most|best|worst|biggest)\s+(?:useless|pathetic|lazy|"
    r"selfish|annoying|clueless|incompetent|hopeless)\b"
    rf"|\b(?:bet|must\s+have)\s+(?:that\s+)?(?:took|taken)\s+(?:a\s+lot\s+of|all\s+(?:of\s+)?"
    r"(?:your|ur)|every\s+ounce\s+of\s+(?:your|ur))\s+(?:thinking|brain\s*power|brain\s*cells?|"
    r"concentration)\b"
    rf"|\bcouldn{APOSTROPHE}t\s+(?:organi[sz]e|run|find|fight|pour|sell|hit|plan)\s+[^.!?\n]{{0,30}}?"
    r"\b(?:brewery|paper\s+bag|barn\s+door|bucket|sieve)\b"
    rf"|\b{YOU}\s+think\s+(?:you{APOSTROPHE}re|you\s+are|ur)\s+(?:so\s+)?(?:funny|clever|smart|"
    r"cute|cool|tough|special|hilarious|witty|charming|interesting)\b[^\n]{0,12}?"
    rf"\b(?:you{APOSTROPHE}re|you\s+are|ur)\s+not\b"
    rf"|\bbless\b\s*(?:him|her|you|your\s+(?:little\s+)?heart)?\s*[,.!]*\s*{YOU}\s+(?:really\s+|"
    r"actually\s+|honestly\s+)?(?:think|thought|believe|believed)\b(?!\s+(?:of|about))",
    "strain overexert exert hurt tire muscle sweat injure sprain being generous wise great mighty"
    " holy perfect humble noble glorious knowing enlightened benevolent gracious exalted almighty"
    " expert genius professor queen martyr victim saint hero authority judge appointed"
    " speaks lives exists voice alive remembers treatment sulking shoulder tears lecture face"
    " drama trip pout award thinking brainpower braincell braincells power cell cells"
    " concentration brewery bag door bucket sieve funny clever smart cute cool tough special"
    " hilarious witty charming interesting bless",
)
# "I've met houseplants with more ambition", "even the cat knows to say thank you".
MORE_THAN_YOU = gated(
    r"\b(?:i{A}ve\s+(?:met|seen|known)|i\s+have\s+(?:met|seen|known))\s+(?:\w+\s+)?(?:houseplants?|"
    r"plants?|rocks?|dogs?|cats?|toddlers?|goldfish|bricks?|potatoes|children|kids|babies|"
    r"(?:\w+[\s-])?year[\s-]olds|sheep|slugs?|snails?|furniture)\s+(?:with\s+)?(?:more|better|"
    r"smarter|less)\b"
    r"|\beven\s+(?:the|my|a|our|your)\s+(?:cat|dog|baby|kids|toddler|goldfish|hamster|"
    r"(?:\w+[\s-])?year[\s-]old)\s+(?:knows|know|can|manages|remembers|understands|gets|has\s+"
    r"(?:more|better))\b".replace("{A}", APOSTROPHE),
    "houseplant houseplants plant plants rock rocks dog dogs cat cats toddler toddlers goldfish"
    " brick bricks potatoes children kids babies olds sheep slug slugs snail snails furniture"
    " baby hamster old",
)

# "Was I supposed to be impressed?", "you want credit for that?", "do you hear yourself?",
# "ooh, scary, I'm shaking", "someone get him a tissue", "imagine being this useless".
RHETORICAL = gated(
    rf"\b(?:was|am)\s+I\s+(?:supposed|meant)\s+to\s+be\s+(?:impressed|grateful|surprised|"
    r"amazed|thankful)\b"
    rf"|\b(?:do|did)?\s*{YOU}\s+(?:want|expect)\s+(?:a\s+|some\s+)?(?:medal|prize|cookie|"
    r"trophy|biscuit|praise|applause|gold\s+star)\s+for\s+(?:that|this|doing\s+(?:that|"
    r"the\s+bare\s+minimum))\b"
    rf"|\b(?:do|can)\s+{YOU}\s+(?:even\s+)?hear\s+yourself\b"
    rf"|\b(?:ooh+|oh+)\s*,?\s+(?:so\s+|very\s+)?scary\s*[.!,]+\s*(?:I{APOSTROPHE}m|I\s+am)\s+"
    r"(?:shaking|quaking|trembling|terrified|so\s+scared)\b"
    r"|\b(?:get|fetch|pass)\s+(?:him|her|you|the\s+\w+)\s+a\s+(?:tissue|hanky|violin|dummy|"
    r"pacifier|bottle)\b|\bworld{A}s\s+smallest\s+violin\b"
    r"|\bimagine\s+being\s+(?:this|that|so)\s+(?:bad|useless|lazy|thick|stupid|clueless|slow|"
    r"pathetic|selfish|dense|petty|boring|dramatic|incompetent)\b"
    r"|\b(?:leading|foremost|resident|greatest)\s+(?:expert|authority)\s+on\s+(?:everything|"
    r"all\s+things|life|the\s+universe)\b|\bexpert\s+on\s+everything\b"
    rf"|\b(?:{ANY_YOU_ARE}|{YOU}\s+really\s+are)\s+(?:a\s+real\s+(?:catch|gem|charmer|treat|"
    r"prize|piece\s+of\s+work)|something\s+else|quite\s+something|a\s+piece\s+of\s+work|"
    rf"a\s+treat|a\s+delight|a\s+charmer)\s*,\s*aren{APOSTROPHE}t\s+{YOU}\b"
    r"|\bpoor\s+(?:you|baby|thing|darling|dear)\s*,\s*having\s+to\b".replace("{A}", APOSTROPHE),
    "impressed grateful surprised amazed thankful medal prize cookie trophy biscuit praise"
    " applause star hear scary tissue hanky violin dummy pacifier bottle"
    " imagine expert authority arent having",
)
SINCERE_BEFORE = re.compile(
    r"\b(?:badass|awesome|amazing|true|real|actual|genuine|genuinely|legit|literally|deserves?|"
    r"deserved|winner|win|wins|won|nominate|nominated|vote|voted|contender|candidate|proper|"
    r"honestly|officially)\W*$",
    re.IGNORECASE,
)
SINCERE_AFTER = re.compile(
    r"\s*(?:moment|award|nominee|nomination|candidate|material|contender|goes\s+to|vibes|"
    r"energy|honestly|for\s+real)\b",
    re.IGNORECASE,
)

# Real concern comes with help: "Don't strain yourself lifting that, I'll help."
OFFER = re.compile(
    r"\b(?:i(?:'|\u2019)?ll|i\s+will|let\s+me|i\s+can)\s+(?:help|do|get|take|carry|lift|grab)\b"
    r"|\b(?:want|need)\s+(?:a\s+)?hand\b",
    re.IGNORECASE,
)

# Families whose sting a laugh or a heart in the sentence takes out ("good job genius 😂").
SOFTENED_BY_WARMTH: tuple[Rule, ...] = (
    MOCK_AWARD, FEIGNED_SURPRISE, UNFAVOURABLE, CHILDISH, BRAINLESS, SUPERIOR, MOCK_LAUGH,
    MOCK_TITLE, FAKE_SYMPATHY, MOCK_BECAUSE, DISGUST_MORE, NAME_CALLING, SOUNDS_SILLY,
    MOCK_CONCERN, MORE_THAN_YOU, RHETORICAL,
)  # fmt: skip
# Families that stand whatever follows (scare quotes and eye rolls are not softened by "lol").
ALWAYS: tuple[Rule, ...] = (SCARE_QUOTES, EYE_ROLL_MORE)
# Every key word but the scare quotes' (those need a quotation mark, checked first): a message
# with none of them, no quotation mark and no eye-roll emoji skips every family at once.
KEY_WORDS = frozenset().union(
    *(rule.words for rule in (*SOFTENED_BY_WARMTH, EYE_ROLL_MORE, CHILDISH_VERB))
)
QUOTE_MARKS = frozenset('"“”')


def more_contempt(text: str, previous: str | None = None) -> list[Span]:
    """Spans of mock awards, feigned surprise, scare quotes, put-downs and fake sympathy.

    >>> text = "Husband of the year strikes again."
    >>> [text[start:end] for start, end in more_contempt(text)]
    ['Husband of the year']
    """
    quoted = not QUOTE_MARKS.isdisjoint(text)
    gated_out = common.IS_GATED and not quoted and "🙄" not in text
    if gated_out and KEY_WORDS.isdisjoint(words_in(text)):
        return []
    spans: list[Span] = []
    for rule in SOFTENED_BY_WARMTH:
        for match in rule.finditer(text):
            if is_disowned(text, match.start()) or is_warm(text, *match.span()):
                continue
            if rule is MOCK_AWARD and is_sincere_award(text, *match.span()):
                continue
            if rule is MOCK_CONCERN and OFFER.search(text, *sentence_of(text, *match.span())):
                continue
            spans.append(match.span())
    for rule in ALWAYS:
        if rule is SCARE_QUOTES and not quoted:
            continue
        for match in rule.finditer(text):
            if match.lastgroup == "again":
                spans.append(match.span("again"))
            elif not is_disowned(text, match.start()):
                spans.append(match.span())
    for match in CHILDISH_VERB.finditer(text):
        begin, finish = sentence_of(text, match.start(), match.end())
        before = text[begin : match.start()]
        aimed = ADDRESSED.search(text, begin, finish) or not before.strip(" \t,.!*")
        if aimed and not FIRST_PERSON.search(before) and not is_warm(text, *match.span()):
            spans.append(match.span())
    if "🙄" in text and EYE_ROLL_ONLY.match(text):
        spans.append((text.index("🙄"), len(text.rstrip())))
    return disjoint(spans)


def is_sincere_award(text: str, start: int, end: int) -> bool:
    """Whether an award is meant: "badass mom of the year moment", "deserves dad of the year"."""
    return bool(
        SINCERE_BEFORE.search(clause_before(text, start, 40)) or SINCERE_AFTER.match(text, end)
    )


def is_warm(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` laughs along or shows love."""
    begin, finish = sentence_of(text, start, end)
    # An emoji or "lol" often closes the message after the sentence's own full stop.
    finish = min(len(text), finish + 8)
    return bool(
        TEASING.search(text, begin, finish) is not None or WARM_EMOJI.search(text, begin, finish)
    )
