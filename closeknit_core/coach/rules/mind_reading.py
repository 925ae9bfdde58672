"""Mind reading: stating what the other thinks, feels or intends, as fact, without asking.

A gentle guess that asks ("you must be tired?", "maybe you just want some space?") is not mind
reading, nor is a kind certainty ("I know you care"). "I feel like you don't care" is left to
criticism, which claims the whole "I feel like you…" frame.
"""

from __future__ import annotations

import re

from closeknit_core.coach.rules.common import (
    ANY_YOU_ARE,
    APOSTROPHE,
    CANT,
    DIDNT,
    DONT,
    I_AM,
    ITS,
    TEASING,
    THATS,
    UNKIND_SELF,
    WARM_EMOJI,
    YOU,
    YOU_ARE,
    Span,
    clause_before,
    compile_rule,
    extend_words,
    gated,
    is_disowned,
    next_break,
    sentence_of,
    words_in,
)


def you_first(pattern: str) -> str:
    """A pattern whose every branch starts with "you", "u" or "your": other letters fail at once.

    Checking one letter ahead lets the engine skip most positions of a message quickly.
    """
    return rf"(?=[yu])(?:{pattern})"


ASSERTIONS = gated(
    you_first(
        rf"\b{YOU}\s+(?:just|only)\s+(?:want|wanted|care|cared|need|needed)\s+"
        rf"(?!(?:to\s+)?(?:help|the\s+best|what{APOSTROPHE}s\s+best|protect|support|be\s+happy|make\s+me\s+happy|"
        r"keep\s+me\s+safe|good|about\s+yourself|about\s+urself|a\s+hug|some\s+rest|some\s+sleep))"
        r"(?:to|about|attention|me\s+to|an?\s+excuse|your\s+way|control|to\s+be\s+right)\b"
        rf"|\b{YOU}\s+(?:{DONT}|{DIDNT})\s+(?:even\s+|really\s+|actually\s+)?(?:care|give\s+a)"
        r"(?=\s*(?:[.!?,;]|$|about\s+(?:me|us|my|how|what|anyone|anything|anybody|this|our|the\s+kids|"
        r"your\s+family)|anymore|at\s+all|one\s+bit|whether))"
        rf"|\b{YOU}\s+(?:{DONT}|{DIDNT})\s+(?:even\s+|really\s+|actually\s+)?(?:love|like|respect|want|"
        r"trust|value|appreciate|miss)\s+(?:me|us|being\s+with\s+me|spending\s+time|my\s+family|"
        r"my\s+friends|to\s+be\s+(?:here|with\s+me)|to\s+spend|to\s+see\s+me)\b"
        rf"|\b{YOU}\s+(?:only\s+|just\s+)?(?:did|said|do|say|wrote|sent|brought\s+(?:that|it)\s+up|"
        r"mentioned|asked)\s+(?:that|it|this|so)\s+(?:on\s+purpose|deliberately|just\s+to|only\s+to|"
        r"to\s+(?:hurt|annoy|upset|embarrass|punish|spite|get\s+back\s+at|make\s+me|get|win|prove|"
        r"humiliate|provoke))\b"
        rf"|\b{YOU}\s+(?:only|just)\s+(?:did|said)\s+(?:that|it|this)\s+(?:because|to)\b"
        rf"|\b{YOU_ARE}\s+(?:just\s+|only\s+)?(?:trying|doing\s+this|doing\s+that|saying\s+this|"
        r"saying\s+that|pretending|acting\s+like\s+this)\s+(?:just\s+)?to\s+(?:hurt|annoy|upset|punish|"
        r"make\s+me(?!\s+(?:feel\s+better|smile|laugh|happy))|get|win|manipulate|guilt|control|avoid|"
        r"provoke|embarrass|look)\b"
        rf"|\b{YOU_ARE}\s+(?:(?:just|only|obviously|clearly)\s+)?(?:pretending|faking\s+it|enjoying\s+this|"
        r"loving\s+this)\b"
        rf"|\b{YOU}\s+(?:obviously|clearly)\s+(?:{DONT}|do\s+not|think|want|wanted|hate|care|prefer|"
        r"wish|never|would\s+rather|couldn't|couldn\u2019t|couldnt)\b"
        rf"|\b(?:{YOU}\s+(?:hate|resent)|{YOU_ARE}\s+sick\s+of)\s+(?:me|us|my\s+\w+|being\s+with|"
        r"spending\s+time|it\s+when\s+I|having\s+me)\b"
        rf"|\b{YOU}\s+(?:must\s+|probably\s+|really\s+)?think\s+(?:that\s+)?(?:I{APOSTROPHE}m|I\s+am|{YOU_ARE}|I\s+(?:{DONT}|never|always|"
        r"can't|cant|can\u2019t))\s+(?:stupid|an\s+idiot|dumb|crazy|overreacting|lying|always|never|better|"
        r"perfect|so\s+much\s+better|too|just|right\s+about\s+everything|the\s+problem|a\s+joke|useless|"
        r"incapable|weak|care|mean|know)"
        rf"|\b{YOU}(?:{APOSTROPHE}d|\s+would)\s+rather\s+(?:be|spend|talk|hang|go|have|do|watch|play|I|we)\b"
        rf"|\b{YOU}\s+(?:never|{DONT})\s+want\s+to\s+(?:spend\s+time|be\s+with|be\s+here|talk\s+to\s+me|"
        r"see\s+me|listen|hear\s+it|know)\b"
        rf"|\b{YOU}\s+couldn{APOSTROPHE}t\s+care\s+less\b"
        rf"|\b{YOU}\s+want\s+me\s+to\s+(?:fail|feel\s+(?:bad|guilty|small|stupid)|look\s+(?:bad|stupid)|"
        r"suffer|be\s+miserable|beg|give\s+up|leave|disappear)\b"
        rf"|\b{YOU}\s+love\s+(?:making|watching|seeing)\s+me\s+(?:suffer|wait|feel|cry|struggle|look|beg)\b"
        rf"|\b{YOU_ARE}\s+secretly\s+(?:happy|glad|relieved|laughing|angry|mad|hoping|enjoying|pleased|"
        r"thrilled|delighted|judging|loving|jealous|furious|bored|resentful)\b"
        rf"|\b{YOU}\s+secretly\s+(?:think|thought|want|wanted|wish|wished|hate|hated|resent|blame|hope|"
        r"hoped|enjoy|enjoyed|love|loved|like|liked)\b"
        rf"|\b{YOU}\s+(?:wanted|meant)\s+(?:me\s+to\s+(?:fail|feel|look)|this\s+to\s+happen|"
        r"to\s+hurt\s+me|it)\b"
        rf"|\b{YOU}\s+(?:never|{DONT})\s+(?:really\s+)?(?:loved|love|wanted|cared\s+about)\s+me\b"
        rf"|\b{YOU_ARE}\s+not\s+(?:even\s+)?(?:sorry|sorry\s+at\s+all)\b|\b{YOU}\s+{DONT}\s+(?:even\s+)?mean\s+it\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:already\s+)?made\s+up\s+your\s+mind\b"
        rf"|\b{YOU_ARE}\s+(?:just\s+)?(?:bored|tired|sick)\s+of\s+(?:me|us)\b"
        rf"|\b{YOU_ARE}\s+(?:only|just)\s+(?:with\s+me|here|doing\s+this)\s+(?:for|because)\b"
        rf"|\b{YOU_ARE}\s+(?:just\s+)?looking\s+for\s+(?:an\s+excuse|a\s+way\s+out|a\s+reason)\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+stopped\s+(?:loving|caring|trying)\b"
    ),
    "just only care give respect want trust value appreciate miss did said do say "
    "wrote sent brought mentioned asked trying doing saying pretending acting faking enjoying "
    "loving obviously clearly hate resent sick think rather less know secretly wanted meant "
    "cared sorry mean made bored tired with here looking stopped",
    # Love is a charge only denied, secret, or in making someone suffer.
    ("love like loved liked", "dont didnt not never making watching seeing secretly"),
)
# Motives and hidden feelings charged as fact: "you're only helping because you feel guilty",
# "admit it, you hated it", "you'd be better off without me". Kept apart from ASSERTIONS so each
# has key words of its own.
MOTIVES = gated(
    you_first(
        rf"\b{YOU}(?:{APOSTROPHE}d|\s+would)\s+(?:\w+\s+)?(?:be\s+happier|be\s+better\s+off|be\s+glad|"
        r"be\s+relieved|prefer\s+it)\s+(?:if\s+I|without\s+me)\b"
        rf"|\b{YOU_ARE}\s+(?:only|just)\s+(?:being\s+\w+|saying\s+\w+|doing\s+\w+|acting\s+\w+|upset|"
        r"angry|mad|cross|annoyed|jealous|nice|asking|here|with\s+me|pretending|apologi[sz]ing|helping|"
        r"calling|texting|offering|agreeing)\s+(?:\w+\s+){0,3}?(?:because|cause|cos|cuz|coz|bc|since|"
        r"so\s+(?:that\s+)?(?:I|you|u)\b|when\s+(?:you|u)\s+(?:need|want)\b|"
        r"to\s+(?:get|make|avoid|look|shut|keep|win|stop))"
        rf"|\b{YOU}\s+only\s+(?:ask|call|text|visit|come|help|say|said|listen|offer|agree|apologi[sz]e|"
        r"bring\s+it\s+up)\b(?:\s+[\w']+){0,5}?\s+(?:so\s+(?:that\s+)?(?:you|u|I)\b|because\s+you\s+"
        r"(?:want|need)|when\s+you\s+(?:want|need))"
        rf"|\b{YOU_ARE}\s+(?:just|only)\s+(?:jealous|hormonal|cranky|paranoid|insecure|bitter|sulking|"
        r"projecting|tired\s+and\s+\w+|being\s+(?:sensitive|dramatic|paranoid|difficult|jealous))\b"
        rf"|\b{YOU_ARE}\s+(?:going\s+to|gonna)\s+(?:sulk|be\s+(?:miserable|grumpy|bored|resentful|"
        r"in\s+a\s+mood)|hate\s+every|resent)\b"
        rf"|\b{YOU_ARE}\s+saying\s+(?:yes|that|it|sorry),?\s+but\s+{YOU}"
        rf"|\b(?:{YOU_ARE}\s+saying|{YOU}\s+(?:say|said))\s+[\w'\u2019` ]{{1,30}}?,?\s+but\s+"
        rf"(?:{YOU_ARE}\s+"
        r"(?:(?:really|actually|clearly|obviously|secretly|still)\s+)?(?:seething|angry|furious|fuming|lying|"
        r"not|clearly|obviously|really|still|mad|livid|raging|sulking|hurt|upset)|"
        rf"{YOU}\s+(?:(?:{DONT}|{DIDNT})\s+(?:mean|want|care|like|love)|(?:obviously|clearly|really|actually|"
        r"secretly)\s+\w+))\b"
        rf"|\b{YOU_ARE}\s+doing\s+(?:this|that|it)\s+(?:on\s+purpose|deliberately)\b"
        rf"|\b{YOU}\s+just\s+{DONT}\s+want\s+(?:to|me|us)\b"
        rf"|\b{YOU}\s+{DONT}\s+(?:even\s+|really\s+)?want\s+me\s+(?:there|around|here|to\s+come|"
        r"with\s+you|in\s+your\s+life)\b"
        rf"|\b{YOU}\s+(?:(?:just|obviously|clearly|really)\s+)?{CANT}\s+stand\s+(?:being|me|us|my|spending|"
        r"having|the\s+sight|that\s+I|it\s+when\s+I|seeing\s+me)\b"
        rf"|\b{YOU}\s+think\s+(?:this|that|it)(?:{APOSTROPHE}s|\s+is|\s+was)\s+(?:funny|a\s+joke|"
        r"clever|cute|a\s+game)\b"
        rf"|\b{YOU}\s+never\s+(?:really\s+|even\s+|actually\s+)?(?:loved|liked|wanted|enjoyed|trusted|"
        r"respected|valued|appreciated)\s+(?:me|us|my|this|that|it|the|your|our|being)\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+been\s+(?:secretly\s+)?(?:angry|mad|cross|upset|annoyed|"
        r"furious|sulking|fuming|seething)\s+(?:with|at)\s+me\b"
    ),
    "happier off glad relieved prefer only just lie pretend deny admit pretending sulk miserable "
    "say said "
    "grumpy bored resentful mood every resent saying purpose deliberately want stand funny joke "
    # "never" only before one of the last line's words.
    "clever cute game been think "
    "loved liked wanted enjoyed trusted respected valued appreciated",
)
# "I feel that you never cared": the hedge frames a charge about their heart (labelling guide).
FEEL_CHARGE = gated(
    r"\bI\s+(?:\w+\s+)?(?:feel|felt)\s+(?:like|that|as\s+if)\s+"
    rf"(?:{YOU}\s+only\s+ever\s+(?:think|care)|{YOU}\s+never\s+(?:really\s+)?(?:care|cared|love|loved|"
    r"want|wanted|think|thought|value|valued|respect|respected|appreciate|appreciated|like|liked|trust|"
    rf"trusted)|{YOU}\s+(?:{DONT}|{DIDNT})\s+(?:really\s+)?(?:care|love|value|respect|want|like|"
    r"appreciate|trust)\s+(?:about\s+)?(?:me|us|my|our|this)(?:\s+\w+)?\s+at\s+all)\b",
    "feel felt",
)


# A negative turn for the speaker: what a charged "you were glad when…" is glad about.
SETBACK = (
    r"(?:(?:didn|don|doesn|wasn|weren|isn|aren|couldn|wouldn|won|can|haven|hasn)['\u2019`]?t|not|"
    r"never|fail\w*|lost|lose|losing|left|leave|leaving|gone|cancel\w*|fell\s+through|broke|hurt|"
    r"cried|crying|suffer\w*|struggl\w+|quit|fired|sacked|dumped|away|alone|ended|sick|wrong|going|"
    r"moving\s+out)"
)
# Feelings charged as fact: about the speaker ("you're embarrassed of me"), held on to ("you're
# still mad"), or glad at the speaker's setback ("you were relieved when I cancelled").
HIDDEN_FEELINGS = gated(
    you_first(
        rf"\b(?:{ANY_YOU_ARE}|{YOU}\s+were|{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:always\s+)?been)\s+(?:(?:just|only|so|obviously|clearly|secretly|really)\s+)?"
        r"(?:embarrassed|ashamed)\s+(?:(?:of|by)\s+(?:me|us|my|our|where|who|what\s+I)|"
        r"to\s+(?:be\s+seen|introduce|admit|tell|bring))\b"
        rf"|\b(?:{ANY_YOU_ARE}|{YOU}\s+were|{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:always\s+)?been)\s+(?:(?:just|only|so|obviously|clearly|secretly|really)\s+)?jealous\s+"
        rf"(?:of|that|because|cause|cos|cuz|bc|I|i{APOSTROPHE}m)\b"
        rf"|\b{YOU_ARE}\s+still\s+(?:so\s+|really\s+)?(?:angry|mad|cross|annoyed|furious|fuming|seething|"
        r"sulking|bitter|jealous|in\s+a\s+(?:mood|huff|strop)|holding\s+(?:a\s+grudge|it\s+against)|"
        r"punishing\s+me)\b"
        rf"|\b(?:{YOU_ARE}|{YOU}\s+were|{YOU}(?:{APOSTROPHE}ve|\s+have)\s+been)\s+"
        r"(?:(?:secretly|so|really|actually|probably|obviously|clearly)\s+)?(?:glad|happy|happier|"
        rf"pleased|relieved|thrilled|delighted|chuffed)\s+(?:when|that|about|I|I{APOSTROPHE}m|my)\b"
        rf"(?=(?:\s+[\w'\u2019`]+){{0,6}}?\s+{SETBACK}\b)"
        rf"|\b{YOU}\s+(?:just\s+|only\s+|obviously\s+|clearly\s+)?(?:feel|felt)\s+(?:nothing|sorry|pity)\s+"
        r"(?:for|about|towards)\s+(?:me|us)\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:(?:already|totally|completely|obviously|clearly|just)\s+)?"
        r"(?:given\s+up\s+on\s+(?:me|us|this|our|the\s+(?:marriage|relationship|family))|"
        r"lost\s+interest\s+in\s+(?:me|us|this|our|everything)|written\s+(?:me|us)\s+off|"
        r"fallen\s+out\s+of\s+love|moved\s+on\s+from\s+(?:me|us))\b"
        rf"|\b{YOU_ARE}\s+(?:so\s+|totally\s+|clearly\s+|obviously\s+)?over\s+(?:me|us)\b"
        rf"|\b(?:{YOU_ARE}|{YOU}\s+were|{YOU}(?:{APOSTROPHE}ve|\s+have)\s+been)\s+(?:not|never)\s+"
        r"(?:(?:even|really|actually|ever)\s+)?(?:interested\s+in|into|attracted\s+to|in\s+love\s+with|"
        r"proud\s+of|on\s+my\s+side)\s+(?:me|us|my|anything\s+I|what\s+I|it|this)\b"
        rf"|\b{YOU_ARE}\s+(?:only\s+sorry\s+(?:because|cause|cos|cuz|bc|you|that\s+you)|"
        r"not\s+(?:really|actually|truly)\s+sorry)\b"
        rf"|\b{YOU_ARE}\s+(?:just|only)\s+being\s+(?:polite|nice|kind|diplomatic)\b"
        rf"|\b{YOU}\s+(?:obviously\s+|clearly\s+|just\s+|actually\s+|secretly\s+)?(?:get\s+a\s+kick\s+out\s+of|"
        r"enjoy|enjoyed|love|loved|like|liked|get\s+off\s+on)\s+(?:watching\s+me|seeing\s+me|"
        r"making\s+me\s+(?:suffer|squirm|wait|beg|cry|feel\s+(?:bad|small|stupid|guilty))|winding\s+me|"
        r"upsetting\s+me|hurting\s+me|embarrassing\s+me|humiliating\s+me|"
        r"it\s+when\s+I\s+(?:fail|struggle|get\s+upset|cry|mess|suffer|beg))"
        rf"|\b{YOU}\s+(?:obviously\s+|clearly\s+|just\s+|secretly\s+)?find\s+(?:me|us|my\s+\w+)\s+"
        r"(?:so\s+|really\s+)?(?:embarrassing|boring|annoying|unattractive|irritating|pathetic|tiresome|"
        r"exhausting|a\s+burden|too\s+much|hilarious|funny)\b"
    ),
    "embarrassed ashamed jealous still glad happy happier pleased relieved thrilled delighted "
    "chuffed given lost written fallen moved over interested into attracted proud "
    "side sorry polite nice kind diplomatic kick off",
    ("feel felt", "nothing sorry pity"),
    (
        "love loved like liked enjoy enjoyed",
        "watching seeing making winding upsetting hurting embarrassing humiliating fail struggle "
        "get cry mess suffer beg not never",
    ),
    (
        "find",
        "embarrassing boring annoying unattractive irritating pathetic tiresome exhausting burden "
        "too hilarious funny",
    ),
)
# What they think, want or wish, charged as fact: "you think I'm made of money", "you want me
# out", "you wish you'd married someone else", "you can't wait to get rid of me".
STATES_OF_MIND = gated(
    you_first(
        rf"\b{YOU}\s+(?:(?:obviously|clearly|secretly|really|actually|honestly|probably|still|just|"
        r"must)\s+)?(?:think|thought|believe|assume|assumed|reckon)\s+(?:that\s+)?"
        rf"(?:I(?:{APOSTROPHE}m|{APOSTROPHE}ll|{APOSTROPHE}d|{APOSTROPHE}ve)?|my|nobody|no\s+one|"
        rf"{ITS}\s+(?:hilarious|amusing)|{YOU_ARE}\s+(?:better|above|too\s+good|smarter|cleverer|always|"
        r"never|the\s+only|superior))\b"
        rf"|\b{YOU}\s+(?:{DONT}|{DIDNT}|never)\s+(?:even\s+|really\s+|actually\s+)?(?:think|thought|"
        rf"believe|believed)\s+(?:that\s+)?(?:I(?:{APOSTROPHE}m|{APOSTROPHE}d|{APOSTROPHE}ll)?|my|"
        r"me|a\s+word|anything\s+I|what\s+I)\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)?\s+already\s+decided\s+(?:that\s+)?(?:I|we|it|this|{YOU})\b"
        rf"|\b{YOU}\s+(?:(?:just|only|obviously|clearly|secretly|really|actually)\s+)?(?:want|wanted)\s+"
        r"(?:me\s+(?:out|gone|dead|to\s+(?:leave|go\s+away|disappear|quit|give\s+up|beg|grovel|crawl|"
        r"be\s+(?:miserable|unhappy|alone)))|everyone\s+to|people\s+to|"
        r"to\s+(?:break\s+up|split\s+up|leave\s+me|end\s+(?:it|this|things)|get\s+rid|get\s+away\s+from|"
        r"hurt\s+me|punish|be\s+right|have\s+the\s+last\s+word|move\s+out)|this\s+to\s+(?:fail|end))"
        rf"|\b{YOU}\s+(?:(?:secretly|probably|obviously|clearly|just)\s+)?wish(?:ed)?\s+"
        rf"(?:{YOU}(?:{APOSTROPHE}d|\s+had|\s+hadn{APOSTROPHE}t|\s+never)|"
        rf"I(?:{APOSTROPHE}d|\s+had|\s+hadn{APOSTROPHE}t|\s+never|\s+was|\s+were|\s+wasn{APOSTROPHE}t)|"
        rf"we(?:{APOSTROPHE}d|\s+had|\s+hadn{APOSTROPHE}t|\s+never))\b"
        rf"|\b{YOU}(?:{APOSTROPHE}re|\s+are|\s+were)\s+(?:(?:secretly|obviously|just|clearly)\s+)?hoping\s+"
        rf"(?:I|I{APOSTROPHE}d|I{APOSTROPHE}ll|that\s+I|for\s+an\s+excuse)\b"
        rf"|\b{YOU}\s+(?:secretly\s+)?hoped?\s+(?:that\s+)?I(?:{APOSTROPHE}d|{APOSTROPHE}ll|\s+would|"
        r"\s+will)?\s+(?:forget|fail|give|leave|say|cancel|drop|stop|go|not|never|wouldn)"
        rf"|\b{YOU}\s+(?:{CANT}|couldn{APOSTROPHE}t|couldnt)\s+wait\s+to\s+(?:get\s+(?:rid|away|out|off)|"
        r"leave\s+me|be\s+rid|see\s+the\s+back|hang\s+up|be\s+done\s+with|ditch|dump|escape)"
        rf"|\b{YOU}(?:{APOSTROPHE}ve)?\s+(?:(?:always|obviously|clearly|just)\s+)?(?:care|cared|love|loved|"
        r"like|liked|prefer|preferred|value|valued)\s+(?:more\s+about\s+)?[\w' ]{1,30}?\s+"
        r"more\s+than\s+"
        r"(?:about\s+)?(?:me|us)\b"
        rf"|\b{YOU}\s+(?:(?:obviously|clearly|just)\s+)?cared?\s+more\s+about\s+[\w' ]{{1,30}}?\s+"
        r"than\s+"
        r"(?:about\s+)?(?:me|us)\b"
        rf"|\b{YOU}\s+(?:only|just)\s+(?:want|wanted)\s+me\s+(?:around|for|when|here|there)\b"
        rf"|\b{YOU}\s+(?:{DONT}|{DIDNT})\s+(?:even\s+|really\s+|actually\s+)?care\s+"
        r"(?:that|if|whether|what|how|when|where)\s+(?:I|we|my|it\s+hurts)\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+never\s+(?:really\s+|even\s+|actually\s+)?(?:loved|liked|"
        r"wanted|trusted|respected|valued|forgiven|accepted|approved\s+of)\s+(?:me|us|my|this|our|"
        r"being|him|her|them)\b"
        rf"|\b{YOU}\s+never\s+(?:really\s+|even\s+|actually\s+)?(?:wanted|forgave|approved\s+of|"
        r"accepted)\s+(?:kids|children|a\s+baby|to\s+(?:move|come|marry|have|be\s+here|live|stay|"
        r"get\s+married)|me|us|my|this|our|him|her|it)\b"
        rf"|\b{YOU}\s+(?:(?:don{APOSTROPHE}t|didn{APOSTROPHE}t|do\s+not|did\s+not)\s+(?:even\s+|really\s+|"
        r"actually\s+)?(?:like|love|respect|trust|value|want)\s+my\s+\w+|"
        rf"{DIDNT}\s+(?:even\s+|really\s+)?want\s+(?:me|us)\s+(?:there|around|here|to\s+come)|"
        rf"{DIDNT}\s+(?:even\s+|really\s+)?mean\s+(?:it|a\s+word|any\s+of\s+it)"
        r"(?!\s+(?:like|that\s+way|badly|in\s+a\s+bad|as\s+a|to\b|the\s+way)))"
        rf"|\b{YOU}\s+(?:(?:obviously|clearly|just|secretly|always)\s+)?(?:blame|blamed|resent|resented|"
        r"despise|despised|pity|pitied|judge|judged|look\s+down\s+on|looked\s+down\s+on|hated)\s+"
        r"(?:me|us|my|our|people\s+like\s+(?:me|us)|every\s+(?:minute|second|moment)|it\s+when\s+I|"
        r"being|having)\b"
        rf"|\b{YOU_ARE}\s+(?:(?:just|only|obviously|clearly|still)\s+)?thinking\s+about\s+(?:work|her|him|"
        r"your\s+(?:ex|phone|job|work|emails|mates|friends)|yourself|someone\s+else|something\s+else|"
        r"leaving|getting\s+out)\b"
        rf"|\b{YOU}\s+knew\s+(?:exactly\s+what\s+{YOU}\s+were\s+doing|(?:full|damn|perfectly)\s+well|"
        rf"all\s+along|I(?:{APOSTROPHE}d|\s+would|\s+wouldn{APOSTROPHE}t)\s+(?:hate|mind|say\s+no|be\s+"
        r"(?:upset|hurt|angry)|object|refuse|never|not))"
    ),
    "think thought believe believed assume assumed reckon decided want wanted wish wished hoping "
    # "never" only before one of the last line's words.
    "hope hoped wait care dont didnt do did blame blamed resent resented despise "
    "despised pity pitied judge judged look looked hated thinking knew "
    "loved liked trusted respected valued forgiven accepted approved forgave",
    ("more", "than"),
)
# Motives and schemes: "you're testing me", "you brought it up just to get a reaction", "you
# only texted back because you felt guilty", "this is your way of punishing me".
HARM_GOAL = (
    r"(?:hurt\s+me|punish\s+me|spite\s+me|annoy\s+me|upset\s+me|wind\s+me\s+up|"
    r"get\s+(?:back\s+at\s+me|at\s+me|to\s+me|a\s+(?:rise|reaction)|your\s+(?:own\s+)?way|one\s+over)|"
    r"make\s+me\s+(?:jealous|look\s+(?:bad|stupid|small)|feel\s+(?:bad|guilty|small|stupid|worse)|"
    r"angry|mad|cry|suffer|pay)|shut\s+me\s+up|keep\s+(?:me\s+quiet|the\s+peace)|humiliate\s+me|"
    r"embarrass\s+me|provoke\s+me|control\s+me|manipulate\s+me|score\s+(?:points|a\s+point)|"
    r"prove\s+(?:a|your)\s+point|look\s+good|guilt\s+(?:me|trip)|test\s+me|teach\s+me\s+a\s+lesson|"
    r"make\s+(?:a|your)\s+point|show\s+(?:off|me\s+up)|look\s+(?:like\s+a\s+(?:saint|martyr|hero)|better)|"
    r"get\s+out\s+of\s+(?:it|doing|helping|paying|the))"
)
MOTIVE_STATE = (
    rf"(?:knew\s+(?:I|it|she|he|they|we)|(?:felt|feel|feeling)\s+(?:guilty|bad|sorry|obliged)|"
    rf"(?:wanted|want)\s+(?:to\s+(?:win|hurt|punish|look|get|avoid|be\s+right|prove|control|escape|"
    r"make\s+me)|me\s+to|the\s+credit|an?\s+excuse|attention|out)|hoped?\s+I|thought\s+I|"
    rf"(?:{DIDNT}|{DONT})\s+want\s+(?:me|us|to\s+(?:deal|talk|see|be|face|admit|hear|come|go))|"
    rf"(?:{CANT}|couldn{APOSTROPHE}t)\s+(?:stand|handle|face|bear|be\s+bothered)|"
    r"(?:still\s+)?(?:angry|mad|jealous|bored|embarrassed|ashamed|sulking|bitter)|"
    r"(?:like|liked|love|enjoy|enjoyed)\s+(?:control|winning|being\s+in\s+charge|the\s+attention)|"
    r"(?:hate|hated|resent|resented)\s+(?:me|us|my|it\s+when|being|having))"
)
# Schemes: "you're testing me", "you planned this all along", "you set me up".
SCHEMING = gated(
    you_first(
        rf"\b{YOU_ARE}\s+(?:(?:just|only|obviously|clearly|deliberately)\s+)?(?:(?:testing|punishing|"
        r"manipulating|baiting|goading|gaslighting|guilt[\s-]?tripping)\s+me\b(?!\s+(?:on|with\s+flash))|"
        r"stalling|playing\s+(?:games|mind\s+games)|stringing\s+me\s+along|leading\s+me\s+on|"
        r"using\s+(?:me|the\s+kids|\w+)\s+(?:against|as\s+an?\s+excuse))"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have|\s+had)?\s+(?:planned|plotted|engineered)\s+(?:this|it|that|"
        r"the\s+whole\s+thing)\s+(?:all\s+along|from\s+the\s+start|from\s+day\s+one)"
        rf"|\b{YOU}\s+set\s+me\s+up\b"
    ),
    "testing punishing manipulating baiting goading gaslighting guilt tripping stalling playing "
    "stringing leading using planned plotted engineered set",
)
# An aim charged: "you brought it up just to get a reaction", "…so I'll drop it".
PURPOSES = gated(
    you_first(
        rf"\b{YOU}(?:{APOSTROPHE}re|\s+are|\s+were)?(?!\s+(?:need|needs|have|has|had|got|should|must|"
        r"could|can|might|will|would|may|ought|want|wanted|came|come|went)\b)"
        rf"(?:\s+[\w'\u2019`]+){{1,6}}?\s+(?:just\s+|only\s+)?to\s+{HARM_GOAL}\b"
        rf"|\b{YOU}(?:{APOSTROPHE}re|\s+are)?\s+(?:just|only)\s+(?:saying|doing|said|did|say|do|pretending|"
        r"acting|being|agreed|agreeing|apologi[sz]ed|apologi[sz]ing|offering|offered|asking|asked|"
        r"calling|called|texting|texted|crying|cried)\b(?:\s+[\w'\u2019`]+){0,4}?\s+so\s+(?:that\s+)?"
        rf"(?:I(?:{APOSTROPHE}ll|{APOSTROPHE}d|\s+will|\s+would)\s+(?:drop|stop|forget|leave|shut|"
        r"back\s+off|give\s+in|feel|go\s+away|let\s+it\s+go)|"
        rf"{YOU}\s+(?:{DONT}\s+have\s+to|can\s+(?:say|feel|brag|look|go)|get\s+to|look|win))"
    ),
    "hurt punish spite annoy upset wind back rise reaction way over jealous bad stupid small "
    "guilty worse angry mad cry suffer pay shut quiet peace humiliate embarrass provoke control "
    "manipulate points point prove good guilt trip test lesson out off saint martyr hero better "
    "get so",
)
# A motive given as the reason: "…because you knew I'd say no", "you only stayed for the money".
REASONS = gated(
    you_first(
        rf"\b{YOU}(?:{APOSTROPHE}re|{APOSTROPHE}ve)?\b(?:\s+[\w'\u2019`]+){{1,8}}?\s+"
        rf"(?:because|cause|cuz|cos|coz|bc)\s+{YOU}(?:(?:{APOSTROPHE}re|\s+are|\s+were)?\s+"
        rf"(?:secretly\s+|just\s+|obviously\s+)?{MOTIVE_STATE}|(?:{APOSTROPHE}ve|\s+have)\s+"
        r"(?:already\s+decided|made\s+up\s+your\s+mind))"
        rf"|\b{YOU}(?:{APOSTROPHE}re|\s+are)?\s+only\s+(?!(?:\d|a\s+few|one|two|three|four|five|ten|"
        r"half|a\s+little|just|human|joking|kidding|teasing|trying\s+to\s+help)\b)[\w'\u2019`]+"
        r"(?:\s+[\w'\u2019`]+){0,5}?\s+(?:(?:because|cause|cos|cuz|bc|coz)(?!\s+of\b)|"
        r"for\s+(?:the|my|your|his|her|our)\s+(?:money|attention|sex|likes|house|credit|looks|"
        r"passport|visa|status|car|body|kids|children|family|baby|appearances|show)|"
        rf"so\s+(?:that\s+)?(?:you|u|I)\s+(?:could|can|would|{APOSTROPHE}d|will|{APOSTROPHE}ll|get|"
        r"don't|dont|didn't|didnt|wouldn't|won't)|when\s+(?:you|u)\s+(?:want|need))\b"
    ),
    "because cause cuz cos coz bc only",
)
# "You forgot on purpose".
ON_PURPOSE = gated(
    you_first(
        rf"\b{YOU}\s+(?:(?!(?:\w+n['\u2019`]?t|not|never|that|who|which)\b)[\w'\u2019`]+\s+){{1,5}}?"
        r"(?:on\s+purpose|deliberately|intentionally|out\s+of\s+spite)\b"
    ),
    "purpose deliberately intentionally spite",
)
SCHEMES = (SCHEMING, PURPOSES, REASONS, ON_PURPOSE)
# "Admit it, you never forgave me", "we both know you didn't want me there": a frame that
# turns what follows into a charge. "I know…" and "clearly…" need a hostile claim after them.
STRONG_FRAME = (
    rf"(?:we\s+(?:both|all)\s+know|everyone\s+(?:can\s+see|knows)|face\s+it|admit\s+it|"
    rf"let{APOSTROPHE}s\s+be\s+honest|be\s+honest|the\s+truth\s+is|come\s+off\s+it|"
    rf"{DONT}\s+(?:give\s+me\s+that|act\s+like|act\s+as\s+if|kid\s+yourself))"
)
WEAK_FRAME = rf"(?:clearly|obviously|{ITS}\s+(?:obvious|clear)|I\s+can\s+tell)"
CHARGED_STATE = (
    rf"(?:(?:{DONT}|{DIDNT}|never|{CANT}|couldn{APOSTROPHE}t|won{APOSTROPHE}t)\s+(?:even\s+|really\s+)?"
    r"(?:care|want|like|love|respect|value|trust|believe|miss|stand|forgive|forgave|forgiven|"
    r"listen)|blame|blamed|resent|resented|hate|hated|despise|only|secretly|wish|wished|"
    rf"think\s+I|would\s+rather|{APOSTROPHE}d\s+rather|just\s+want)"
)
# After "I know", only a hostile claim charges: "I know you don't like olives" is kind.
HOSTILE_STATE = (
    rf"(?:(?:{DONT}|{DIDNT}|never)\s+(?:even\s+|really\s+)?(?:love|respect|trust|value|care\s+about|"
    r"forgive|forgave|forgiven)\s+(?:me|us)|never\s+(?:loved|wanted|liked|cared)|blame|blamed|"
    r"resent|resented|hate\s+me|hated\s+me|despise|secretly|wish\s+(?:you|I)|think\s+I(?:'m|\s+am)?)"
)
FRAMES = gated(
    rf"\b{STRONG_FRAME}\W{{1,3}}(?:that\s+)?{YOU}(?:(?:{APOSTROPHE}re|\s+are|\s+were)\s+"
    r"(?:(?:just|only|so|secretly|not|still|obviously)\s+)?(?:sick|tired|bored|jealous|angry|mad|"
    r"glad|happy|relieved|pleased|scared|embarrassed|ashamed|over|done|only|just|not|sorry|using|"
    r"lying|pretending|punishing|avoiding|hoping|enjoying|loving)|"
    rf"(?:{APOSTROPHE}ve|\s+have)\s+(?:given|stopped|lost|never|always|been|decided|wanted|hated)|"
    r"\s+(?:(?:just|only|secretly|obviously)\s+)?(?:never|don't|dont|didn't|didnt|only|just|want|"
    r"wanted|wish|wished|hate|hated|think|thought|knew|blame|blamed|resent|cared|liked|loved|"
    r"enjoyed|felt|prefer|can't|cant|couldn't|couldnt|won't|wont|would\s+rather)|"
    rf"{APOSTROPHE}d\s+rather)\b"
    rf"|\b{WEAK_FRAME}\W{{1,3}}(?:that\s+)?{YOU}\s+{CHARGED_STATE}\b"
    rf"|\bI\s+(?:just\s+)?know\s+(?:that\s+)?{YOU}(?:{APOSTROPHE}re|\s+are|\s+were)?\s+{HOSTILE_STATE}\b"
    rf"|\bI\s+bet\s+(?:that\s+)?{YOU}(?:{APOSTROPHE}re|\s+are|\s+were)?\s+secretly\b"
    rf"|\bstop\s+pretending\s+(?:that\s+)?(?:to\s+(?:care|be\s+(?:sorry|upset|hurt|interested))|"
    r"(?:you|u)\s+(?:care|cared|love|loved|like|liked|want|wanted|mind|give|feel|felt|understand|"
    r"don't|dont|didn't|didnt|were|are|did|do|know|knew))\b"
    rf"|\b(?:this|that|it)(?:{APOSTROPHE}s|\s+is|\s+was)\s+(?:just\s+)?your\s+way\s+of\s+(?:getting|"
    r"punishing|making|avoiding|controlling|dodging|paying\s+me\s+back|pushing\s+me)"
    rf"|\b(?:deep\s+down|underneath\s+it\s+all),?\s+{YOU}\s+\w+"
    rf"|\bI\s+know\s+(?:exactly\s+)?what\s+{YOU_ARE}\s+(?:thinking|up\s+to|doing)\b"
    rf"|\bI\s+know\s+what\s+{YOU}\s+really\s+(?:think|mean|want)\b"
    rf"|\b(?:{DONT}\s+(?:lie|pretend|deny\s+it)|admit\s+it|stop\s+pretending)\W{{1,3}}{YOU}"
    r"(?:['\u2019`]?re|\s+(?:were|are|want|wanted|think|thought|hate|hated|loved?|liked?|felt|feel|"
    r"know|knew))\b"
    rf"|\bstop\s+pretending\s+(?:that\s+)?{YOU_ARE}\s+(?:fine|ok|okay|happy|over\s+it|not\s+\w+)",
    "know face admit honest truth come dont do clearly obviously obvious clear tell bet pretending "
    "way deep underneath lie pretend deny",
)
CARE = r"(?:care|cared|give\s+a\s+(?:damn|toss|shit|crap|fuck|hoot|monkey'?s))"
# Wishes that are not kind to the speaker: "you want me to be the bad guy" (not "…to come").
KIND_WISH = (
    r"(?:come|stay|be\s+(?:happy|safe|comfortable|okay|ok|there|proud|careful|honest)|help|"
    r"know\s+(?:you|how|that\s+you)|have\s+(?:it|fun|a\s+good|a\s+nice|the)|enjoy|relax|rest|"
    r"succeed|feel\s+(?:better|good|safe|loved|welcome|at\s+home|included)|meet|see\s+(?:it|the|your)|"
    r"try|call|text|ring|pick|bring|get|drive|book|join|sleep|eat|take\s+(?:it|the|a)|"
    r"go\s+(?:first|ahead|with)|choose|decide|pay|worry|get\s+hurt|be\s+hurt|be\s+upset|be\s+sad|"
    r"be\s+alone|miss\s+out|stress|struggle|look\s+after|tell|ask|wait|hurry|read|check|sign|move|"
    r"put|keep)\b"
)
# The broad families, each with a sign that it is a charge: the speaker as object ("with me"),
# a certainty word ("just", "really", "deep down"), or a wish or pleasure no one would own.
BROAD_STATES = gated(
    you_first(
        rf"\b{YOU}\s+(?:(?:just|only|obviously|clearly|secretly|really|actually)\s+)?(?:want|wanted)\s+"
        rf"(?:me|us)\s+to\s+(?!{KIND_WISH})\w+"
        rf"|\b{YOU}\s+(?:(?:just|really|actually|obviously|clearly)\s+)?(?:{DONT}|{DIDNT})\s+"
        r"(?:even\s+|really\s+|actually\s+)?want\s+(?:me|us)\s+to\s+(?!(?:worry|get\s+hurt|be\s+hurt|"
        r"be\s+upset|be\s+sad|feel\s+bad|stress|struggle|suffer|lose|miss\s+out|fall|be\s+alone|"
        r"go\s+without|pay|rush)\b)\w+"
        rf"|\b{YOU}\s+(?:(?:just|only|obviously|clearly|secretly|really|actually)\s+)?(?:want|wanted)\s+"
        r"(?:the\s+)?(?:credit|attention|all\s+the\s+attention|sympathy|the\s+last\s+word|control|revenge|"
        r"out(?!\s+(?:there|here|of))|an\s+audience|everyone\s+on\s+your\s+side|a\s+reaction|"
        r"something\s+to\s+(?:moan|complain|whinge|argue|fight|shout)\s+about|someone\s+to\s+blame|"
        r"an?\s+(?:excuse|fight|argument|row))\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:been\s+)?(?:wanted|wanting)\s+out\b"
        rf"|\b{YOU}\s+(?:(?:just|clearly|obviously)\s+)?(?:{DONT}|{DIDNT}|never)\s+(?:even\s+|really\s+)?"
        r"give\s+a\s+(?:damn|toss|shit|crap|fuck|hoot|monkey'?s)\b"
        rf"|\b{YOU}\s+{DIDNT}\s+(?:even\s+|really\s+|actually\s+|ever\s+)?want\s+to\s+\w+"
        rf"|\b{YOU}\s+never\s+(?:really\s+|even\s+|actually\s+)?wanted\s+to\s+"
        r"(?!(?:hurt|upset|worry|cause|make\s+a\s+fuss|be\s+a\s+burden|bother)\b)\w+"
        rf"|\b{YOU}\s+(?:{DONT}|never)\s+(?:even\s+|really\s+|actually\s+|ever\s+)want\s+to\s+\w+"
        rf"|\b{YOU}\s+(?:{DONT}|never)\s+want\s+to\s+(?:be\s+(?:with|here|there|around)|talk\s+(?:to|about)|"
        r"see\s+me|fix|hear|know|try|change|admit|listen|deal|spend|help|come|make\s+(?:this|it)\s+work)\b"
        rf"|\b{YOU}\s+were\s+never\s+(?:going\s+to|gonna)\s+\w+"
        rf"|\b{YOU}\s+(?:(?:obviously|clearly|really|honestly|secretly|still|just)\s+)?(?:think|thought)\s+"
        rf"(?:that\s+)?(?:{YOU}(?:{APOSTROPHE}re|\s+are|\s+know|\s+can|\s+deserve|\s+own)|"
        rf"(?:{ITS}|{THATS}|this\s+is)\s+(?:(?:all|just)\s+)?(?:my\s+fault|fine|okay|ok|acceptable|normal|"
        r"no\s+big\s+deal|nothing|easy))\b"
        rf"|\b{YOU}\s+know\s+(?:full\s+well\s+|perfectly\s+well\s+|damn\s+well\s+)?(?:that\s+)?"
        rf"(?:{YOU}\s+(?:(?:{DONT}|{DIDNT})\s+(?!have\s+to|need\s+to)\w+|never|{CANT}|won{APOSTROPHE}t|"
        rf"wanted|hate|hated|did|do)|{YOU_ARE}\s+(?:wrong|lying)|{I_AM}\s+right|I\s+was\s+right)\b"
        rf"|\b{YOU}\s+(?:(?:just|only|obviously|clearly|secretly|really|actually)\s+)?(?:love|loved|like|"
        r"liked|enjoy|enjoyed|live\s+for|thrive\s+on|get\s+off\s+on)\s+(?:being\s+the\s+(?:victim|martyr|"
        r"centre|center|hero|boss|one\s+who)|having\s+(?:someone|something)\s+to\s+blame|playing\s+the\s+"
        r"(?:victim|martyr|hero)|the\s+drama|drama|the\s+attention|arguing|fighting|having\s+the\s+last\s+"
        r"word|having\s+control|being\s+in\s+control|rubbing\s+it\s+in|making\s+me\s+\w+|watching\s+me\s+\w+)"
        rf"|\b{YOU}\s+(?:just|only|obviously|clearly|secretly)\s+(?:love|like|enjoy)\s+(?:winning|"
        r"being\s+right|the\s+power)\b"
        rf"|\b{YOU}\s+(?:(?:just|obviously|clearly|secretly)\s+)?(?:feel|felt)\s+(?:so\s+|really\s+)?"
        r"(?:trapped|stuck|smothered|suffocated|tied\s+down|obliged|obligated|superior|threatened|"
        r"nothing|bored|guilty)\s+(?:with|by|around|about|for|towards)\s+(?:me|us|my|being)\b"
        rf"|\b{ANY_YOU_ARE}\s+(?:(?:just|only|obviously|clearly|secretly|so)\s+)?(?:threatened|"
        r"intimidated|insecure|envious|suspicious)\s+(?:by|of|about|because)\b"
        rf"|\b{ANY_YOU_ARE}\s+(?:(?:just|only|obviously|clearly|secretly|so)\s+)?(?:scared|afraid|"
        r"terrified|frightened)\s+of\s+(?:me|us|commitment|intimacy|being\s+\w+|losing|the\s+truth|"
        r"change|failure|growing\s+up|getting\s+close|saying)\b"
        rf"|\b{YOU_ARE}\s+(?:(?:just|obviously|clearly|secretly|still|so)\s+)?(?:angry|mad|cross|annoyed|"
        r"furious|pissed|irritated|fed\s+up|sick|tired|bored|done)\s+(?:with|at|of)\s+(?:me|us)\b"
        rf"|\b(?:{YOU_ARE}|{YOU}\s+were)\s+(?:(?:secretly|so|obviously|clearly)\s+)?(?:glad|happy|"
        r"relieved|pleased)\s+(?:of|for)\s+(?:the|an)\s+(?:excuse|chance|reason|way\s+out)\b"
        rf"|\b{YOU_ARE}\s+(?:just\s+|only\s+)?waiting\s+for\s+(?:me|us)\s+to\s+(?:fail|mess|screw|slip|"
        r"make\s+a\s+mistake|get\s+it\s+wrong|give\s+up|leave|break|crack|trip)"
        rf"|\b(?:{YOU}(?:{APOSTROPHE}ve|\s+have)\s+been|{YOU}\s+were|{YOU_ARE})\s+(?:just\s+)?looking\s+for\s+"
        r"(?:an\s+excuse|a\s+reason|a\s+way\s+out|an\s+out|a\s+fight|a\s+way\s+to\s+(?:leave|get|end))"
        rf"|\b{YOU}(?:{APOSTROPHE}d|\s+would)\s+(?:love|like|prefer)\s+it\s+if\s+I\s+(?:moved|left|went|"
        r"disappeared|quit|gave\s+up|stopped|wasn't|wasnt|weren't|never|didn't|didnt|shut\s+up|kept\s+quiet|"
        r"just\s+(?:left|went|disappeared))"
        rf"|\b{YOU}\s+(?:(?:never|{DIDNT})\s+(?:really\s+)?(?:forgave|forgive)|(?:{APOSTROPHE}ve|\s+have)\s+"
        r"never\s+forgiven)\s+\w+"
        rf"|\b{YOU}\s+(?:just|only)\s+cared?\s+(?:what|how|whether|if)\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:already\s+)?made\s+your\s+mind\s+up\b"
        rf"|\b{YOU}\s+(?:(?:obviously|clearly|secretly|just)\s+)?(?:hate|hated|resent|resented)\s+"
        r"(?:that|it\s+that|how|when)\s+(?:I|my|we)\b"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)?\s+never\s+(?:really\s+|once\s+)?(?:believed\s+in|believe\s+in|"
        r"supported|backed|had\s+faith\s+in|been\s+proud\s+of)\s+(?:me|us|my|our)\b"
        rf"|\b{YOU_ARE}\s+(?:(?:just|obviously|clearly|secretly|so|still)\s+)?(?:annoyed|angry|mad|cross|"
        rf"irritated|furious|jealous|bitter|resentful)\s+(?:that\s+)?(?:I{APOSTROPHE}m|I\s+am|I\s+was|"
        rf"I{APOSTROPHE}ve|I\s+(?:came|called|asked|said|went|got|did|didn{APOSTROPHE}t|won|have)|my|we)\b"
        rf"|\b{YOU_ARE}\s+(?:so\s+|just\s+)?(?:desperate|dying|itching|determined|hell-bent)\s+to\s+"
        r"(?:be\s+right|win|prove|get\s+(?:rid|away|out)|leave|make\s+me|look\s+good|have\s+the\s+last)"
        rf"|\b{YOU_ARE}\s+(?:just\s+)?(?:testing|waiting|checking|trying)\s+(?:me\s+)?to\s+see\s+"
        r"(?:if|whether|how)\s+I\b"
        rf"|\b{YOU}\s+(?:never|{DONT}|{DIDNT})\s+(?:even\s+|really\s+|actually\s+|ever\s+)?{CARE}\s+"
        r"(?:what|how|whether|if|that|when|about)\s+(?:I|we|my|me|us|anyone|anything)\b"
        rf"|\b{YOU}\s+(?:{DONT}|{DIDNT}|never)\s+(?:even\s+|really\s+|actually\s+|ever\s+)?(?:respect|"
        r"value|appreciate|trust|believe|like|love|want|care\s+about|notice)\s+(?:anything\s+(?:I|we)|"
        r"what\s+(?:I|we)|how\s+(?:I|we)|a\s+(?:word|thing)\s+(?:I|we)|any\s+of\s+(?:this|it|my|our)|"
        r"it\s+when\s+I|the\s+way\s+I|the\s+fact\s+that\s+I|when\s+I|my\s+\w+|our\s+\w+)"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)?\s+(?:been\s+)?(?:resenting|hating|blaming|judging|"
        r"despising)\s+(?:me|us|my|our)\b"
        rf"|\b{YOU}\s+(?:(?:just|obviously|clearly|secretly)\s+)?(?:love|loved|like|liked|enjoy|enjoyed)\s+"
        rf"it\s+when\s+(?:I{APOSTROPHE}m\s+(?:wrong|the\s+one|upset|struggling|on\s+my\s+own|stuck|"
        r"grovelling|failing|apologi[sz]ing|begging|crying|in\s+trouble)|I\s+(?:fail|mess|screw|get\s+it\s+"
        r"wrong|lose|apologi[sz]e|beg|cry|have\s+to|look\s+stupid|struggle))"
        rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:already\s+|totally\s+|completely\s+)?(?:checked\s+out|"
        r"given\s+up)\s+(?:of|on)\s+(?:this|our|us|me|the)\s*(?:marriage|relationship|family)?\b"
        rf"|\b{YOU_ARE}\s+(?:(?:just|only|obviously|clearly|still)\s+)?(?:sulking|jealous|bitter|grumpy|"
        r"moody|in\s+a\s+(?:mood|huff|strop)|angry|mad|cross|annoyed|being\s+(?:cold|distant|off|funny|"
        r"weird|like\s+this|difficult|petty))\s+(?:(?:with|at)\s+me\s+)?(?:because|cause|cos|cuz|bc|coz)\s+"
        r"(?:I|I'm|I've|my|we)\b"
    ),
    # Not "never", "dont" or "didnt": every branch with one of them also holds a word below.
    "want wanted wanting were think thought deep underneath know "
    "live thrive off threatened intimidated insecure envious "
    "suspicious scared afraid terrified frightened angry mad cross annoyed furious pissed "
    "irritated fed sick tired bored done glad happy relieved pleased waiting looking prefer "
    "forgave forgive forgiven care cared mind give respect value appreciate trust believe notice "
    "resenting hating blaming judging despising checked sulking jealous bitter grumpy moody "
    "being given hate hated resent resented resentful desperate dying itching determined "
    "bent testing checking trying believed "
    "believe supported backed faith proud",
    # "I'd love it if you could…" is kind: pleasure is a charge only with what is enjoyed.
    (
        "love loved like liked enjoy enjoyed",
        "being having playing drama attention arguing fighting rubbing making watching winning "
        "power moved left went disappeared quit gave stopped wasnt werent never didnt shut kept "
        "just dont not wrong one upset struggling own stuck grovelling failing apologising "
        "apologizing begging crying trouble fail mess screw get lose apologise apologize beg cry "
        "have look struggle",
    ),
    (
        "feel felt",
        "trapped stuck smothered suffocated tied obliged obligated superior threatened nothing "
        "bored guilty",
    ),
)
# A claim closed by words that insist on it: "you're angry, just admit it", "you're jealous,
# that's all this is", "you're relieved, I can tell". "I can tell" insists only on a hostile
# state: "you love her, I can tell" is kind.
CLAIM_START = rf"\b(?:{ANY_YOU_ARE}|{YOU})\s+(?:[\w'\u2019`]+\s+){{0,5}}?"
INSISTING = gated(
    you_first(
        rf"{CLAIM_START}(?:angry|mad|furious|annoyed|jealous|bored|relieved|glad|pleased|sulking|"
        r"lying|embarrassed|ashamed|sick|over|hate|hated|resent|blame|want|wanted|care|think|thought|"
        r"regret|enjoy|enjoying|loving|love|loved|happy|scared|afraid)\b(?:\s+[\w'\u2019`]+){0,5}?"
        rf"[,.;]?\s+(?:and\s+)?(?:just\s+)?(?:admit\s+it|{DONT}\s+deny\s+it|{YOU}\s+know\s+it|"
        rf"that{APOSTROPHE}s\s+(?:all|what)\s+(?:this|it)\s+is|that{APOSTROPHE}s\s+(?:why|the\s+only\s+"
        rf"reason)\s+{YOU}|{YOU}\s+just\s+(?:won{APOSTROPHE}t|{DONT}|{CANT})\s+(?:say|admit)\s+it)\b"
        rf"|{CLAIM_START}(?:angry|mad|furious|annoyed|jealous|bored|relieved|glad|sulking|lying|"
        rf"embarrassed|ashamed|sick|over|hate|resent|blame|{DONT}\s+(?:care|want))\b"
        r"(?:\s+[\w'\u2019`]+){0,5}?[,.;]?\s+(?:and\s+)?I\s+can\s+(?:tell|see\s+it|hear\s+it)\b"
    ),
    "admit deny know all what why reason say tell see hear",
)
# "So you're bored of me", "so you don't love me anymore": a restatement that puts a feeling
# in their head. It is a paraphrase instead when the other named that feeling themselves.
TWISTED = gated(
    rf"\bso\s+(?:now\s+)?(?:{YOU_ARE}\s+(?:just\s+)?(?P<tired>bored|sick|tired|done|over|fed\s+up|"
    r"ashamed|embarrassed)\s+(?:of|with)\s+(?:me|us)|"
    rf"{YOU}\s+(?:{DONT}|{DIDNT})\s+(?:even\s+|really\s+)?(?P<want>love|care|want|like|trust|respect|"
    rf"fancy)\s+(?:about\s+)?(?:me|us)|{YOU}\s+(?P<hate>hate|resent|blame)\s+me)\b"
    rf"|\bso\s+(?:now\s+)?(?:{YOU_ARE}\s+saying|{YOU}\s+think)\s+(?:that\s+)?(?:{I_AM}|I\s+was)\s+"
    rf"{UNKIND_SELF}"
    rf"|\bso\s+(?:basically\s+|now\s+|what,?\s+)?(?:{YOU_ARE}\s+saying|{YOU}\s+think|{YOU}\s+mean)\s+"
    r"(?:that\s+)?(?:I|my|our|we)\b(?=[^.!?\n]{0,60}?\b(?:anything|anymore|single|whole|never|always|"
    r"all|awful|bad|terrible|horrible|useless|abandoned|hate|can't|cant|not\s+good\s+enough|over|"
    r"now|failure|worst|selfish|lazy|stupid|liar)\b)"
    rf"|\bso\s+(?:now\s+)?(?:my|our)\s+\w+(?:{APOSTROPHE}s|\s+is|\s+are|{APOSTROPHE}re)\s+not\s+"
    r"good\s+enough\b"
    rf"|\bso\s+(?:now\s+)?{YOU}\s+never\s+want\b",
    "so",
)
STRUCTURES = (HIDDEN_FEELINGS, STATES_OF_MIND, BROAD_STATES, FRAMES, INSISTING)
# Claims set in a check of understanding ("let me check: you just want a say?") are asked.
CHECKING = compile_rule(
    rf"\b(?:let\s+me\s+(?:check|see\s+if|make\s+sure)|if\s+I{APOSTROPHE}ve\s+got\s+(?:it|this|that)|"
    r"did\s+I\s+get\s+(?:that|it)|is\s+that\s+right|am\s+I\s+right|correct\s+me)\b"
)
# "I know you've been upset with me": owning that the other is hurt, not charging them with it.
KNOWING = compile_rule(
    rf"\b(?:I\s+(?:know|can\s+see|can\s+tell|get|understand|realise|realize)(?:\s+that)?|"
    rf"{I_AM}\s+sorry|no\s+wonder)\s*$"
)
# A guess that asks, a supposition or a denial is not an assertion.
HEDGES = compile_rule(
    rf"\b(?:maybe|perhaps|I\s+wonder|wondering|I\s+guess|might|I{APOSTROPHE}m\s+not\s+sure|not\s+sure|"
    rf"I\s+{DONT}\s+know|is\s+it|could\s+it\s+be|I\s+hope|possible|feel\s+like|"
    r"feel\s+that|feel\s+as\s+if|felt\s+like|felt\s+that|worry|worried|afraid|scared|"
    r"sometimes\s+I\s+think)\b(?:\s+\S+){0,6}\s*$"
)
ASKING_QUESTION = compile_rule(
    rf"^\W*(?:do|did|does|are|is|was|were|would|could|can|have|has|will|{DONT}|{DIDNT}|"
    r"aren't|arent|aren\u2019t|isn't|isnt|isn\u2019t|can't|cant|can\u2019t)\s+(?:you|u|it|that|this)\b"
)


# Texted questions often drop the mark: "do you think I should go", "why would you want that".
QUESTION_OPENING = compile_rule(
    rf"\b(?:do|did|does|would|could|can|will|should|{DONT}|{DIDNT}|would\s+it\s+be\s+that)\s*$"
    r"|\b(?:why|what|how|where|when|who)\b(?:\s+[\w']+){0,3}\s*$"
)
# Reported or inside a relative clause: "you said you wanted out", "a rant that you want
# people to back", "so aloof that you don't want to help".
REPORTED = compile_rule(
    rf"\b(?:{YOU}|she|he|they)\s+(?:said|told\s+me|mentioned|wrote|texted|say|admitted)"
    r"(?:\s+that)?\s*$|\b(?:whatever|which|who|whom|where|so\s+\w+\s+that|"
    r"(?:a|an|the|any|some)\s+\w+\s+that)\s*$"
)
# A new question after the claim: "…so why even ask me?", "…what's the point?".
NEW_QUESTION = compile_rule(
    r"[,;:\u2014-]\s*(?:and\s+|so\s+|but\s+)?(?:why|what|how|who|where|when)\b|\bso\s+why\b"
)
KIND_BEFORE = compile_rule(
    rf"\b(?:of\s+course|no\s+wonder|naturally|understandably|{ITS}\s+(?:ok|okay|fine|alright)|"
    rf"{THATS}\s+(?:ok|okay|fine)|no\s+worries|{DONT}\s+worry|I{APOSTROPHE}m\s+sure|"
    r"I\s+(?:get|understand)\s+(?:that|why)|glad|I\s+love\s+(?:that|how))\b"
)
# After the claim: "…so I brought your coat", "…and that's okay", "…because you're kind".
KIND_AFTER = compile_rule(
    rf"[^.!?\n]*?\bso\s+I(?:{APOSTROPHE}ve|{APOSTROPHE}ll|\s+have|\s+will)?\s+(?:\w+\s+)?(?:got|made|"
    r"brought|packed|ordered|left|booked|picked|bought|skipped|put|kept|saved|cancelled|asked|told|"
    rf"won{APOSTROPHE}t|didn{APOSTROPHE}t)\b|[^.!?\n]*?\bI\s+remember\b"
    rf"|[^.!?\n]*?\b(?:and|but)\s+(?:{THATS}|{ITS})\s+(?:ok|okay|fine|fair|understandable|allowed|"
    r"normal|alright)\b"
    rf"|[^.!?\n]*?\b(?:because|cause|cos)\s+{YOU_ARE}\s+(?:so\s+)?(?:kind|nice|sweet|lovely|"
    r"thoughtful|a\s+good)\b"
)
PARAPHRASE_OPENING = compile_rule(
    rf"\W*(?:(?:ok|okay|right|so)[,.]?\s+)*(?:so\b|{YOU_ARE}\s+saying|you\s+mean|what\s+"
    rf"{YOU_ARE}\s+saying)"
)
# Words for a want or a feeling, with near twins folded together ("need" counts as "want").
STATE_FAMILY = {"need": "want", "needed": "want", "wanted": "want", "wish": "want", "fine": "ok",
                "okay": "ok", "alright": "ok"}  # fmt: skip
STATE_WORDS = frozenset({
    "want", "ok", "like", "love", "hate", "think", "feel", "bored", "tired", "scared", "worried",
    "happy", "sad", "angry", "upset", "know", "care",
})  # fmt: skip
BECAUSE = compile_rule(r"\b(?:because|cause|cuz|cos|coz|bc)\b")
NEGATED_PURPOSE = compile_rule(
    r"^\W*(?:you|u)(?:['\u2019`]?re|\s+are|\s+were)?\s+(?:\w+\s+)?(?:\w+n['\u2019`]?t|not|never)\b"
)


def find_mind_reading(text: str, previous: str | None = None) -> list[Span]:
    """Spans that assert the other's thoughts, feelings or motives.

    >>> text = "You just want to win."
    >>> [text[start:end] for start, end in find_mind_reading(text)]
    ['You just want to win']
    """
    spans = []
    matches = [*ASSERTIONS.finditer(text), *MOTIVES.finditer(text)]
    matches.extend(match for rule in STRUCTURES for match in rule.finditer(text))
    # "You didn't do it on purpose" denies the motive it names; "you're not listening because…"
    # still gives one.
    matches.extend(
        match
        for rule in SCHEMES
        for match in rule.finditer(text)
        if not NEGATED_PURPOSE.search(match.group()) or BECAUSE.search(match.group())
    )
    matches.extend(match for match in TWISTED.finditer(text) if not is_echo(match, previous))
    for match in matches:
        if previous is not None and is_paraphrase(text, match, previous):
            continue
        # A laughing emoji often follows the sentence's closing mark: look a little past it.
        start, end = sentence_of(text, match.start(), match.end())
        if is_guess(text, match.start(), match.end()) or TEASING.search(text, start, end + 4):
            continue
        if is_kindly_meant(text, match.start(), match.end()):
            continue
        spans.append((match.start(), extend_words(text, match.end())))
    spans.extend(
        (match.start(), extend_words(text, match.end()))
        for match in FEEL_CHARGE.finditer(text)
        if not is_disowned(text, match.start())
    )
    # Overlapping patterns often find the same words; one span each is enough.
    return list(dict.fromkeys(spans))


def is_paraphrase(text: str, match: re.Match[str], previous: str) -> bool:
    """Whether a "so you…" or "you're saying…" sentence gives back a want or feeling the other
    named: "So you just want to know the plan" after "I just need to know the plan"."""
    sentence_start = sentence_of(text, match.start())[0]
    if not PARAPHRASE_OPENING.match(text, sentence_start):
        return False
    named = {STATE_FAMILY.get(word, word) for word in words_in(previous)}
    said = {STATE_FAMILY.get(word, word) for word in words_in(match.group())}
    return bool(named & said & STATE_WORDS)


def is_echo(match: re.Match[str], previous: str | None) -> bool:
    """Whether a restatement only echoes a feeling the other named ("I'm bored" / "so you're
    bored")."""
    states = [group for group in match.groups() if group]
    return previous is not None and bool(states) and states[0].lower() in previous.lower()


def is_guess(text: str, start: int, end: int) -> bool:
    """Whether the words around a claim make it a question, a hedge or a denial."""
    before = clause_before(text, start, 80)
    if is_disowned(text, start) or HEDGES.search(before) or KNOWING.search(before):
        return True
    if QUESTION_OPENING.search(before) or REPORTED.search(before):
        return True
    sentence_end = next_break(text, end, ".!?\n", 200)
    is_question = text[sentence_end : sentence_end + 1] == "?"
    if is_question and CHECKING.search(text, max(0, start - 120), sentence_end + 40):
        return True
    if is_question and ASKING_QUESTION.search(before + text[start:end]) is not None:
        return True
    # "You'd rather stay in, right?" asks; "…so why even ask me?" asks about something else, and
    # a twisted "so you're saying…?" restatement charges whatever its mark.
    return (
        is_question
        and not text[start:end].lower().startswith("so ")
        and not NEW_QUESTION.search(text, end, sentence_end)
    )


def is_kindly_meant(text: str, start: int, end: int) -> bool:
    """Whether the sentence reads the other kindly: "it's okay, you didn't mean it", "I know you
    hate the cold, so I brought your coat", "of course you're angry"."""
    sentence_start, sentence_end = sentence_of(text, start, end)
    return (
        KIND_BEFORE.search(text, sentence_start, start) is not None
        or KIND_AFTER.match(text, end, sentence_end + 1) is not None
        or WARM_EMOJI.search(text, sentence_start, sentence_end + 4) is not None
    )
