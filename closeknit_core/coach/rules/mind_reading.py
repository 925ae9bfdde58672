"""Mind reading: stating what the other thinks, feels or intends, as fact, without asking.

A gentle guess that asks ("you must be tired?", "maybe you just want some space?") is not mind
reading, nor is a kind certainty ("I know you care"). "I feel like you don't care" is left to
criticism, which claims the whole "I feel like you…" frame.
"""

from __future__ import annotations

from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    CANT,
    DIDNT,
    DONT,
    I_AM,
    TEASING,
    UNKIND_SELF,
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
)

ASSERTIONS = gated(
    rf"\b{YOU}\s+(?:just|only)\s+(?:want|wanted|care|cared|need|needed)\s+"
    rf"(?!(?:to\s+)?(?:help|the\s+best|what{APOSTROPHE}s\s+best|protect|support|be\s+happy|make\s+me\s+happy|"
    r"keep\s+me\s+safe|good|about\s+yourself|about\s+urself|a\s+hug|some\s+rest|some\s+sleep))"
    r"(?:to|about|attention|me\s+to|an?\s+excuse|your\s+way|control|to\s+be\s+right)\b"
    rf"|\b{YOU}\s+(?:{DONT}|{DIDNT})\s+(?:even\s+|really\s+|actually\s+)?(?:care|give\s+a)"
    r"(?=\s*(?:[.!?,;]|$|about\s+(?:me|us|my|how|what|anyone|anything|this|our|the\s+kids|"
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
    rf"|\b{YOU_ARE}\s+(?:just\s+)?(?:pretending|faking\s+it|enjoying\s+this|loving\s+this)\b"
    rf"|\b{YOU}\s+(?:obviously|clearly)\s+(?:{DONT}|do\s+not|think|want|wanted|hate|care|prefer|"
    r"wish|never|would\s+rather|couldn't|couldn\u2019t|couldnt)\b"
    rf"|\b(?:{YOU}\s+(?:hate|resent)|{YOU_ARE}\s+sick\s+of)\s+(?:me|us|my\s+\w+|being\s+with|"
    r"spending\s+time|it\s+when\s+I|having\s+me)\b"
    rf"|\b{YOU}\s+(?:must\s+|probably\s+|really\s+)?think\s+(?:that\s+)?(?:I{APOSTROPHE}m|I\s+am|{YOU_ARE}|I\s+(?:{DONT}|never|always|"
    r"can't|cant|can\u2019t))\s+(?:stupid|an\s+idiot|dumb|crazy|overreacting|lying|always|never|better|"
    r"perfect|so\s+much\s+better|too|just|right\s+about\s+everything|the\s+problem|a\s+joke|useless|"
    r"incapable|weak|care|mean|know)"
    rf"|\b{YOU}(?:{APOSTROPHE}d|\s+would)\s+rather\s+(?:be|spend|talk|hang|go|have|do|watch|play)\b"
    rf"|\b{YOU}\s+(?:never|{DONT})\s+want\s+to\s+(?:spend\s+time|be\s+with|be\s+here|talk\s+to\s+me|"
    r"see\s+me|listen|hear\s+it|know)\b"
    rf"|\b{YOU}\s+couldn{APOSTROPHE}t\s+care\s+less\b"
    rf"|\b{YOU}\s+want\s+me\s+to\s+(?:fail|feel\s+(?:bad|guilty|small|stupid)|look\s+(?:bad|stupid)|"
    r"suffer|be\s+miserable|beg|give\s+up|leave|disappear)\b"
    rf"|\b{YOU}\s+love\s+(?:making|watching|seeing)\s+me\s+(?:suffer|wait|feel|cry|struggle|look|beg)\b"
    rf"|\bI\s+know\s+(?:exactly\s+)?what\s+{YOU_ARE}\s+(?:thinking|up\s+to|doing)\b"
    rf"|\bI\s+know\s+what\s+{YOU}\s+really\s+(?:think|mean|want)\b"
    rf"|\b{YOU_ARE}\s+secretly\s+(?:happy|glad|relieved|laughing|angry|mad|hoping|enjoying)\b"
    rf"|\b{YOU}\s+(?:wanted|meant)\s+(?:me\s+to\s+(?:fail|feel|look)|this\s+to\s+happen|"
    r"to\s+hurt\s+me|it)\b"
    rf"|\b{YOU}\s+(?:never|{DONT})\s+(?:really\s+)?(?:loved|love|wanted|cared\s+about)\s+me\b"
    rf"|\b{YOU_ARE}\s+not\s+(?:even\s+)?(?:sorry|sorry\s+at\s+all)\b|\b{YOU}\s+{DONT}\s+(?:even\s+)?mean\s+it\b"
    rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+(?:already\s+)?made\s+up\s+your\s+mind\b"
    rf"|\b{YOU_ARE}\s+(?:just\s+)?(?:bored|tired|sick)\s+of\s+(?:me|us)\b"
    rf"|\b{YOU_ARE}\s+(?:only|just)\s+(?:with\s+me|here|doing\s+this)\s+(?:for|because)\b"
    rf"|\b{YOU_ARE}\s+(?:just\s+)?looking\s+for\s+(?:an\s+excuse|a\s+way\s+out|a\s+reason)\b"
    rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+stopped\s+(?:loving|caring|trying)\b",
    "just only care give love like respect want trust value appreciate miss did said do say "
    "wrote sent brought mentioned asked trying doing saying pretending acting faking enjoying "
    "loving obviously clearly hate resent sick think rather less know secretly wanted meant "
    "loved cared sorry mean made bored tired with here looking stopped",
)
# Motives and hidden feelings charged as fact: "you're only helping because you feel guilty",
# "admit it, you hated it", "you'd be better off without me". Kept apart from ASSERTIONS so each
# has key words of its own.
MOTIVES = gated(
    rf"\b{YOU}(?:{APOSTROPHE}d|\s+would)\s+(?:\w+\s+)?(?:be\s+happier|be\s+better\s+off|be\s+glad|"
    r"be\s+relieved|prefer\s+it)\s+(?:if\s+I|without\s+me)\b"
    rf"|\b{YOU_ARE}\s+(?:only|just)\s+(?:being\s+\w+|saying\s+\w+|doing\s+\w+|acting\s+\w+|upset|"
    r"angry|mad|cross|annoyed|jealous|nice|asking|here|with\s+me|pretending|apologi[sz]ing|helping|"
    r"calling|texting|offering|agreeing)\s+(?:\w+\s+){0,3}?(?:because|cause|cos|cuz|since|"
    r"so\s+(?:that\s+)?(?:I|you|u)\b|to\s+(?:get|make|avoid|look|shut|keep|win|stop))"
    rf"|\b{YOU}\s+only\s+(?:ask|call|text|visit|come|help|say|said|listen|offer|agree|apologi[sz]e|"
    r"bring\s+it\s+up)\b(?:\s+[\w']+){0,5}?\s+(?:so\s+(?:that\s+)?(?:you|u|I)\b|because\s+you\s+"
    r"(?:want|need)|when\s+you\s+(?:want|need))"
    rf"|\b(?:{DONT}\s+(?:lie|pretend|deny\s+it)|admit\s+it|stop\s+pretending)\W{{1,3}}{YOU}"
    r"(?:['\u2019`]?re|\s+(?:were|are|want|wanted|think|thought|hate|hated|loved?|liked?|felt|feel|"
    r"know|knew))\b"
    rf"|\bstop\s+pretending\s+(?:that\s+)?{YOU_ARE}\s+(?:fine|ok|okay|happy|over\s+it|not\s+\w+)"
    rf"|\b{YOU_ARE}\s+(?:just|only)\s+(?:jealous|hormonal|cranky|paranoid|insecure|bitter|sulking|"
    r"projecting|tired\s+and\s+\w+|being\s+(?:sensitive|dramatic|paranoid|difficult|jealous))\b"
    rf"|\b{YOU_ARE}\s+(?:going\s+to|gonna)\s+(?:sulk|be\s+(?:miserable|grumpy|bored|resentful|"
    r"in\s+a\s+mood)|hate\s+every|resent)\b"
    rf"|\b{YOU_ARE}\s+saying\s+(?:yes|that|it|sorry),?\s+but\s+{YOU}"
    rf"|\b{YOU_ARE}\s+doing\s+(?:this|that|it)\s+(?:on\s+purpose|deliberately)\b"
    rf"|\b{YOU}\s+just\s+{DONT}\s+want\s+to\b"
    rf"|\b{YOU}\s+{DONT}\s+(?:even\s+|really\s+)?want\s+me\s+(?:there|around|here|to\s+come|"
    r"with\s+you|in\s+your\s+life)\b"
    rf"|\b{YOU}\s+{CANT}\s+stand\s+(?:being|me|us|my|spending|having|the\s+sight)\b"
    rf"|\b{YOU}\s+think\s+(?:this|that|it)(?:{APOSTROPHE}s|\s+is|\s+was)\s+(?:funny|a\s+joke|"
    r"clever|cute|a\s+game)\b"
    rf"|\b{YOU}\s+never\s+(?:really\s+|even\s+|actually\s+)?(?:loved|liked|wanted|enjoyed|trusted|"
    r"respected|valued|appreciated)\s+(?:me|us|my|this|that|it|the|your|our|being)\b"
    rf"|\b{YOU}(?:{APOSTROPHE}ve|\s+have)\s+been\s+(?:secretly\s+)?(?:angry|mad|cross|upset|annoyed|"
    r"furious|sulking|fuming|seething)\s+(?:with|at)\s+me\b"
    rf"|\bso\s+(?:now\s+)?(?:{YOU_ARE}\s+saying|{YOU}\s+think)\s+(?:that\s+)?(?:{I_AM}|I\s+was)\s+"
    rf"{UNKIND_SELF}",
    "happier off glad relieved prefer only just lie pretend deny admit pretending sulk miserable "
    "grumpy bored resentful mood every resent saying purpose deliberately want stand funny joke "
    "clever cute game never been think",
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


def find_mind_reading(text: str, previous: str | None = None) -> list[Span]:
    """Spans that assert the other's thoughts, feelings or motives.

    >>> text = "You just want to win."
    >>> [text[start:end] for start, end in find_mind_reading(text)]
    ['You just want to win']
    """
    spans = []
    matches = [*ASSERTIONS.finditer(text), *MOTIVES.finditer(text)]
    for match in matches:
        # A laughing emoji often follows the sentence's closing mark: look a little past it.
        start, end = sentence_of(text, match.start(), match.end())
        if is_guess(text, match.start(), match.end()) or TEASING.search(text, start, end + 4):
            continue
        spans.append((match.start(), extend_words(text, match.end())))
    spans.extend(
        (match.start(), extend_words(text, match.end()))
        for match in FEEL_CHARGE.finditer(text)
        if not is_disowned(text, match.start())
    )
    return spans


def is_guess(text: str, start: int, end: int) -> bool:
    """Whether the words around a claim make it a question, a hedge or a denial."""
    before = clause_before(text, start, 80)
    if is_disowned(text, start) or HEDGES.search(before) or KNOWING.search(before):
        return True
    sentence_end = next_break(text, end, ".!?\n", 200)
    is_question = text[sentence_end : sentence_end + 1] == "?"
    if is_question and CHECKING.search(text, max(0, start - 120), sentence_end + 40):
        return True
    return is_question and ASKING_QUESTION.search(before + text[start:end]) is not None
