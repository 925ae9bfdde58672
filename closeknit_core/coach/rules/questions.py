"""Listening moves: clarifying questions and paraphrases.

A clarifying question asks to understand ("what do you mean?"); an accusing or rhetorical one
("why would you even do that?") does not count. A paraphrase says back what the other said;
with their previous turn at hand it must stay close to their words, and one that twists them
into an insult or an extreme ("so you're saying I'm a terrible person?") is no paraphrase.
"""

from __future__ import annotations

import re
from typing import Literal

from closeknit_core.coach.rules.closeness import content_keys, restatement_closeness, shared_keys
from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    CANT,
    DIDNT,
    DONT,
    FEELINGS,
    UNKIND_SELF,
    WHATS,
    WONT,
    YOU,
    YOU_ARE,
    Rule,
    Span,
    compile_rule,
    gated,
    key_words,
    last_break,
    lazy,
    next_break,
    phrases,
    trim,
    words_in,
)

FEELING = phrases(*FEELINGS)
# "What do you need from the shop?" asks about errands, not about the person.
ERRANDS = r"from\s+the|at\s+the|for\s+(?:dinner|lunch|breakfast|the)|to\s+(?:buy|bring|get|pack)"
GENUINE = compile_rule(
    r"\bwhat\s+(?:do|did)\s+you\s+mean\b|\bdo\s+you\s+mean\b|\bwhen\s+you\s+say\b"
    r"|\bhow\s+(?:do|did|does|are|were|was)\s+(?:you|that|it|this)\s+(?:feel|feeling|make\s+you\s+feel|"
    r"go|land|sit\s+with\s+you)\b|\bhow\s+(?:are|were)\s+you\s+(?:feeling|doing|holding\s+up|coping)\b"
    r"|\bhow\s+was\s+(?:that|it)\s+for\s+you\b"
    r"|\bwhat\s+(?:happened|was\s+(?:that|it)\s+like|would\s+(?:help|make)|"
    rf"(?:do|did)\s+you\s+need(?!\s+(?:{ERRANDS}))|"
    rf"(?:do|did|would)\s+you\s+(?:want|like)\s+(?:from\s+me|me\s+to|us\s+to|to\s+happen|most|"
    r"to\s+talk|to\s+do\s+about)|can\s+I\s+do|could\s+I\s+do|should\s+I\s+do|bothered|"
    r"upset|hurt|worried|scared|matters|is\s+going\s+on|are\s+you\s+(?:thinking|feeling|hoping|"
    r"worried)|made\s+you|makes\s+you|part|felt|feels|do\s+you\s+(?:think|feel|wish|hope)|"
    r"did\s+you\s+(?:think|feel|hope|expect|mean))\b"
    rf"|\b{WHATS}\s+(?:going\s+on|on\s+your\s+mind|bothering\s+you|upsetting\s+you|worrying\s+you)\b"
    rf"|\b(?:{WHATS}|what\s+was)\s+the\s+(?:hardest|worst|toughest|best)\s+(?:part|bit)\b"
    r"|\b(?:can|could|would)\s+you\s+(?:tell\s+me|say\s+more|help\s+me\s+understand|explain|"
    r"walk\s+me\s+through|share)\b"
    r"|\b(?:do|would)\s+you\s+(?:want|like)\s+to\s+(?:talk|tell|share)\b|^\W*want\s+to\s+talk\s+about\s+it\b"
    r"|\bis\s+that\s+(?:what\s+you\s+mean|right|how\s+you\s+(?:see|feel)|what\s+happened|"
    r"what\s+you\s+need)\b"
    r"|\bdid\s+I\s+(?:get|understand|hear)\s+(?:that|you|it|this)\s+(?:right|correctly)\b"
    r"|\bam\s+I\s+(?:understanding|getting|hearing)\s+(?:that|you|this|it)\s+right\b"
    r"|\bare\s+you\s+(?:ok|okay|alright|all\s+right|feeling|doing\s+(?:ok|okay|alright))\b"
    r"|\bhow\s+can\s+I\s+(?:help|support|make)\b|\bwhat\s+can\s+I\s+do\b|\bwhich\s+(?:part|bit|thing)\b"
    r"|\bhow\s+do\s+you\s+see\b"
    # An echo that asks for more: "Off how?", "How so?", "A break from what, exactly?"
    r"|^\W*\w+(?:\s+\w+)?\s+how\s*\?|\bhow\s+so\b|\bin\s+what\s+way\b|\blike\s+what\b"
    r"|^\W*(?:an?\s+|the\s+)?\w+\s+(?:from|about|with)\s+what\b"
    rf"|\b(?:{WHATS}|what\s+was)\s+(?:making|drawing|pulling|pushing|keeping|stopping|worrying|"
    r"bugging|bothering|getting\s+to)\s+you\b|\bwhat\s+(?:is|was)\s+it\s+(?:about|like)\b"
    r"|\bwhat\s+did\s+(?:he|she|they)\s+(?:say|do|tell\s+you)\b"
    # Checking in: "Everything okay?", "You sure?"
    r"|\b(?:is\s+)?everything\s+(?:ok|okay|alright|all\s+right)\b|^\W*(?:are\s+)?(?:you|u)\s+sure\s*\?"
    # A guess offered as a question: "Could it be the new job?", "Is it the money, or…?"
    r"|\b(?:could|might|would)\s+it\s+be\b|^\W*(?:is|was)\s+it\s+(?:the|that|because|something|more|about)\b"
    rf"|\bwhat{APOSTROPHE}s\s+(?:that|it)\s+like\s+for\s+you\b|\bwhy\s+do\s+you\s+(?:feel|think)\b"
    r"|\bwhat\s+makes\s+you\s+(?:feel|think|say)\b|\bdo\s+you\s+(?:feel|think)\s+(?:like|that)\b"
    r"|\bis\s+there\s+(?:anything|something)\s+(?:I\s+can|you\s+need|else|that\s+would)\b"
    r"|\bdoes\s+that\s+(?:make\s+sense|sound\s+right)\b"
    r"|\bdid\s+I\s+(?:do|say)\s+something\s+(?:to\s+|that\s+)?(?:upset|hurt|bother)"
    r"|\bwhat\s+was\s+going\s+(?:through|on\s+in)\s+your\s+(?:mind|head)\b"
    r"|\bwhat\s+are\s+you\s+(?:most|really)\s+(?:worried|scared|afraid|upset)\b"
    # Asking what is on the other's mind, or for an example of what they mean.
    r"|\bon\s+your\s+mind\b|\b(?:did|has)\s+something\s+(?:happen|happened|changed|come\s+up)\b"
    r"|\b(?:give\s+me\s+an\s+example|show\s+me\s+what\s+you\s+mean)\b|\bcan\s+I\s+ask\s+(?:what|why|how)\b"
    r"|\bwhat\s+am\s+I\s+(?:not\s+)?(?:getting|missing|not\s+seeing|not\s+understanding)\b"
    r"|\bwhere\s+did\s+I\s+lose\s+you\b|^\W*(?:do\s+you\s+)?(?:want|wanna)\s+to\s+(?:talk|tell\s+me|share)\s+(?:about\s+it|more)\b"
    rf"|^\W*(?:so\s+)?(?:what\s+is\s+it|which\s+is\s+it|{WHATS}\s+(?:up|wrong))\s*\?"
    # A feeling guessed and asked about: "Are you upset with me?", "Do you feel left out?"
    rf"|^\W*(?:are|were)\s+(?:you|u)\s+(?:(?:a\s+bit|feeling|still|really)\s+)?{FEELING}\b"
    r"|\b(?:do|did)\s+(?:you|u)\s+feel\b|^\W*would\s+(?:you|u)\s+rather\b"
    r"|^\W*(?:you|u)\s+(?:ok|okay|alright|all\s+right|good)\s*\?"
    r"|\babout\s+what\s*(?:,\s*\w+)?\s*\?|\b(?:anything|something)\s+(?:else\s+)?(?:going\s+on|"
    r"bothering\s+you|on\s+your\s+mind)\b"
    # Their day or week, outside any conflict: "How was your day?", "How did the interview go?"
    rf"|\bhow(?:{APOSTROPHE}s|\s+is|\s+was|\s+has)\s+(?:been\s+)?(?:your|ur|the\s+new)\s+(?:\w+\s+)?"
    r"(?:day|week|weekend|morning|evening|night|shift|trip|holiday|appointment|interview|exam|test|"
    r"job|class|date)\b|\bhow\s+did\s+(?:the|your|ur)\s+(?:\w+\s+){1,2}go\b|\bhow\s+are\s+things\b"
    # A guess offered for them to correct: "You seem a bit down?", "Money, am I right?"
    rf"|\bam\s+I\s+(?:right|close|wrong)\b|\bcorrect\s+me\s+if\s+I{APOSTROPHE}m\s+wrong\b"
    r"|^\W*(?:you|u)\s+(?:seem|seemed|look|looked|sound|sounded)\s+(?:a\s+bit\s+|really\s+|kind\s+of\s+)?\w+"
    r"|^\W*(?:bad|rough|long|tough|hard|good|big)\s+(?:day|night|week|one|morning)\s*\?"
    rf"|\b(?:{WHATS}|what\s+was|what\s+has\s+been|what{APOSTROPHE}s\s+been)\s+\w+ing\s+you\b"
)
ACCUSING = compile_rule(
    r"\b(?:even|seriously|the\s+hell|the\s+heck|on\s+earth|wrong\s+with|your\s+problem|how\s+could\s+you|"
    r"how\s+dare|what\s+were\s+you\s+thinking|why\s+would\s+you|"
    rf"why\s+(?:{CANT}|{DONT}|{WONT}|{DIDNT})\s+you|{DONT}\s+you|{CANT}\s+you|{WONT}\s+you|again|"
    r"too\s+much\s+to\s+ask|how\s+many\s+times|stupid|idiot|really\s+think|"
    r"are\s+you\s+(?:kidding|serious|crazy|insane|deaf|blind)|who\s+does\s+that|"
    rf"{WHATS}\s+the\s+point|(?:is|was)\s+(?:it|that)\s+(?:so|that|really|really\s+that)\s+"
    r"(?:hard|difficult|complicated|bad)|sure,?\s+sure|oh\s+sure|yeah,?\s+right|"
    r"who\s+do\s+you\s+think|you\s+ever\s+(?:listen|think|care|stop|help|notice|consider)|always|never|"
    r"what\s+the\s+(?:hell|heck|f\w*))\b"
    # Questions that defend the speaker rather than ask: "Do I ever not listen?", "Was I?"
    r"|\b(?:do|did|have|was|am)\s+I\s+ever\b|\b(?:am|was)\s+I\s+(?:supposed|meant|expected)\b"
    r"|\bwhat\s+was\s+I\s+(?:supposed|meant)\b|\bwhen\s+(?:exactly\s+)?(?:did|have|would)\s+I\b"
    r"|\bhow\s+was\s+I\s+(?:supposed|meant|to\s+know)\b|^\W*(?:was|did|am|have)\s+I\s*\?"
    r"|^\W*(?:and|or)\s+(?:you|u|was|were|did|is)\b|\b(?:medal|parade|gold\s+star|trophy|applause)\b|\bcan\s+(?:you|u)\s+not\b|\bfor\s+once\b"
    # Rhetorical: "How do you think that made me feel?", "What did you think would happen?"
    r"|\b(?:made|make|makes)\s+me\s+feel\b|\b(?:happy|satisfied|pleased)\s+now\b|\bhow\s+would\s+(?:you|u)\s+(?:feel|like\s+it)\s+if\b"
    r"|\bwhat\s+did\s+(?:you|u)\s+(?:think\s+would\s+happen|expect)\s*\?|\bsince\s+when\b"
    rf"|\bthink\s+(?:you|u)(?:{APOSTROPHE}re|\s+are)\s+doing\b|\bhow\s+do\s+(?:you|u)\s+think\s+I\b"
    r"|\b(?:talk|speak)\s+to\s+me\s+like\s+that\b|\bmatter\s+with\s+(?:you|u)\b"
    r"|\bhow\s+hard\s+(?:is|can|could|was)\b|\bwhat\s+would\s+(?:you|u)\s+know\b|\bwhat\s+is\s+there\s+to\b"
    # "What do you want, a medal?" and "Who isn't stressed?": mockery and a shrug, not a question.
    r"|^\W*what\s+(?:do|did|would)\s+(?:you|u)\s+(?:want|expect|need)\s*,\s*(?:a|an|some)\b"
    rf"|^\W*who\s+(?:isn|doesn|wouldn|hasn|didn|wasn|can{APOSTROPHE}t|won{APOSTROPHE}t)"
    # "Who forgets their own kid's recital?" speaks of everyone to shame one person.
    r"|^\W*who\s+(?:even\s+)?[a-z]+s\b"
)
# Plans and errands, not the person: "What time do you land?", "Pizza or curry tonight?"
LOGISTICS = compile_rule(
    r"\bwhat\s+time\b|\bhow\s+(?:much|many)\b|\bwhere\s+(?:is|are|was|were|should|shall|do\s+I|can\s+I|"
    r"did\s+(?:you|u)\s+(?:put|leave|park|last))\b|\bwhen\s+(?:do|does|will|is|are)\s+(?:you|u|it|the|we|they)"
    r"\s+(?:start|land|arrive|leave|finish|open|close|get\s+(?:in|back|home|there))\b|\b(?:shall|should)\s+we\b"
    r"|\bwant\s+me\s+to\b|\bwhich\s+(?:day|time|one|train|bus|restaurant|place|film|week)\b|\b(?:can|could)\s+we\b|\bdo\s+(?:I|we)\s+need\s+to\s+(?:bring|get|buy|book|pay)\b"
    r"|\b(?:can|could)\s+(?:you|u)\s+(?:grab|get|pick|bring|buy|send|book|drop|collect)\b"
    r"|\bfor\s+(?:dinner|lunch|breakfast|tea)\b|\d|\b(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekend|tonight|tomorrow)\s+or\b|\bor\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|tonight|tomorrow|next\s+week)\b|\b(?:from|at)\s+the\s+(?:shops?|store|supermarket|chemist|"
    r"pharmacy|market|butcher|bakery|garage)\b|\bto\s+(?:buy|bring|pack)\b|\b(?:leave|meet|eat|order|book|arrive|set\s+off|get\s+there)\s*\?"
)
# A question about the other's inner life: "What's changed for you?", "When does it get worst?"
WH_OPENER = compile_rule(
    r"^\W*(?:(?:and|so|ok|okay|oh|hmm|um|yeah|yes|hey|right|mm)\W{1,3}){0,2}(?:what|how|when|which|where|"
    r"in\s+what)\b(?!\s*,)"
)
EXPERIENCE = compile_rule(
    r"\b(?:feel|feels|felt|feeling|mean|meant|need|needed|want|wanted|wish|hope|hoped|hoping|expect|"
    r"expected|expecting|imagine|imagined|notice|noticed|miss|missing|change|changed|happen|happened|"
    r"happens|help|helped|helps|hardest|worst|best|toughest|most|bother|bothers|bothered|worry|worries|"
    r"worried|start|started|behind|mind|think|thinking|prefer|rather|cope|coping|dread|dreading|enjoy|"
    r"enjoyed|hate|hated|scare|scared|scares|hurt|hurts|upset|first|"
    r"(?:look|looks|be|been|was|is|sound|seem)\s+like|"
    r"right\s+to\s+(?:you|u)|get\s+through|getting\s+through)\b|\bfor\s+(?:you|u)\s*\?"
    r"|\bwhat\s+do\s+(?:you|u)\s+see\b"
)
SECOND_PERSON = compile_rule(r"\b(?:you|your|yours|yourself|u|ur)\b")
# Saying a word of theirs back to ask for more: "Awkward how, with your boss?", "Notice what?"
ECHO_HOW = compile_rule(r"^\W*(?:\w+\s+){0,2}\w+\s+how\s*[,?]")
ECHO_WHAT = compile_rule(
    r"^\W*(?:\w+,\s*)?(?P<echo>[\w'\u2019]+(?:\s+[\w'\u2019]+){0,2})\s+what(?:,\s*\w+)?\s*\?$"
)
ANY_OR = compile_rule(r"\w\s+or\s+\w")
# "What do you want from me?!": a question shouted is not asked to understand.
SHOUTED_QUESTION = re.compile(r"!\?|.\?+!")
# A question undone by what follows it: "Was that your best? Really?"
MOCKING_AFTER = lazy(
    r"\s*(?:really|seriously|honestly|come\s+on|wow|unbelievable|lol|\W*🙄)\s*[?!.🙄]",
)
OPENER = compile_rule(
    r"^\W*(?:(?:and|so|ok|okay|hmm|um)[,\s]+)?(?:what|how|when|which|who|where|do|did|does|is|are|was|"
    r"were|can|could|would|will)\b"
)
# "Disappointed about the dinner, or something bigger?" after the other's statement asks which
# they mean; "Saturday or Sunday for the shop?" only plans (see LOGISTICS), and "are you coming
# or not?" presses.
EITHER_OR = compile_rule(
    r",\s*or\b(?!\s+not\s*\?)|\bor\s+(?:a|an|more|about|from|is|was|were|just|something|someone|"
    r"did|does|would|with|because)\b"
)
INVITATION = gated(
    rf"\b(?:tell\s+me\s+more|help\s+me\s+understand|say\s+more\s+about|"
    rf"I{APOSTROPHE}d\s+(?:like|love)\s+to\s+(?:understand|hear\s+more|know\s+more))\b",
    "tell help say understand hear know",
)

STRONG_FRAME = gated(
    r"(?:\b(?:ok|okay|so|and)\W{1,2}){0,2}(?:"
    rf"\bso\s+what\s+{YOU_ARE}\s+saying(?:\s+is)?\b|\bwhat\s+I(?:{APOSTROPHE}m|\s+am)\s+hearing(?:\s+is)?\b"
    r"|\bwhat\s+I\s+hear\s+(?:you\s+saying\s+)?is\b"
    r"|\bif\s+I\s+(?:understand|understood|get|got|hear|heard)\s+(?:you|that|this|it)?\s*(?:right|correctly)\b"
    rf"|\bif\s+I{APOSTROPHE}ve\s+(?:got|understood|heard)\s+(?:you|that|this|it)\s+(?:right|correctly)\b"
    rf"|\bif\s+I{APOSTROPHE}m\s+(?:understanding|hearing|getting)\s+(?:you|this|that|it)\s+(?:right|correctly)\b"
    rf"|\bwhat\s+{YOU_ARE}\s+saying\s+is\b"
    r"|\blet\s+me\s+(?:see\s+if|make\s+sure|check)\s+I(?:\s+(?:get|got|understand|understood|have)|"
    rf"{APOSTROPHE}ve\s+got)"
    r"(?:\s+(?:this|that|it|you)(?:\s+right)?\b|\s*:)|\bin\s+other\s+words\b"
    rf"|\b(?:it\s+)?sounds\s+like\s+{YOU}(?:{APOSTROPHE}re|\s+are|\s+feel|\s+felt|\s+have|{APOSTROPHE}ve|"
    r"\s+were|\s+need|\s+want|\s+wanted|\s+had|\s+might|\s+really|\s+just)\b"
    rf"|\bso\s+{YOU}\s+(?:feel|felt|are\s+feeling|{APOSTROPHE}re\s+feeling|were\s+feeling)\b"
    rf"|\bI\s+hear\s+(?:that\s+)?(?:{YOU}\s+(?:feel|felt|are\s+feeling|were\s+feeling|need|want)|"
    rf"{YOU_ARE}\s+(?:feeling|{FEELING}))\b"
    rf"|\bso\s+{YOU_ARE}\s+saying\b)",
    "saying hearing hear right correctly let words sounds feel felt feeling",
)
# Openers that only announce a check ("Correct me if I'm wrong, but…"); without the other's
# turn they introduce a guess, which is a clarifying question instead.
CHECK_FRAME = gated(
    rf"\bwhat\s+I(?:{APOSTROPHE}m|\s+am)\s+(?:getting|taking|picking\s+up)(?:\s+from\s+(?:that|this|it))?"
    r"(?:\s+is)?\b"
    rf"|\bcorrect\s+me\s+if\s+I{APOSTROPHE}m\s+wrong\b|\bjust\s+so\s+I{APOSTROPHE}m\s+(?:clear|sure)\b"
    r"|\bif\s+I\s+(?:understand|understood|follow)\s+(?:you|that|this|it)\b|\bam\s+I\s+right\s+(?:in\s+thinking|that)\b"
    rf"|\bI{APOSTROPHE}m\s+hearing\s+(?:that|you\s+say)\b"
    r"|\bthe\s+way\s+I\s+understand\s+(?:it|you)\b",
    "getting taking picking wrong clear sure understand understood follow thinking right hearing",
)
WEAK_FRAME = gated(
    rf"\bso,?\s+(?:basically,?\s+|in\s+short,?\s+)?{YOU}(?:\s+(?:are|were|think|thought|want|wanted|"
    rf"need|needed|mean|meant|had|wish|would|{DIDNT}|{DONT}|felt|feel)|{APOSTROPHE}re|{APOSTROPHE}d)\b"
    rf"|\b{YOU_ARE}\s+saying\b|\b{YOU}\s+(?:feel|felt)\s+\w+(?:\s+\w+)?\s+(?:when|because|about|that|since)\b"
    rf"|\bit\s+seems\s+(?:like\s+)?{YOU}\b|\b{YOU_ARE}\s+(?:feeling|{FEELING})\s+(?:about|because|that|"
    rf"since|when)\b|\b{YOU}\s+(?:mean|meant)\s+(?:that\s+)?\b|\bso\s+for\s+you\b"
    rf"|\b(?:it\s+)?sounds\s+like\b|\b{YOU_ARE}\s+telling\s+me\b"
    rf"|\b{YOU}\s+(?:feel|felt|were\s+feeling|{APOSTROPHE}re\s+feeling)\s+(?:so\s+|really\s+)?{FEELING}\b",
    "so saying feel felt seems feeling mean meant sounds telling " + key_words(*FEELINGS),
)
CHECK_TAG = compile_rule(
    r"\bis\s+that\s+(?:right|it|what\s+you\s+mean|fair)\b|\bdid\s+I\s+get\s+(?:that|it|this)\s+right\b"
    r"|\bam\s+I\s+(?:right|close|getting\s+(?:that|it)\s+right)\b|\bdo\s+I\s+have\s+(?:that|it)\s+right\b"
    r"|\bright\s*\?|\bhave\s+I\s+got\s+(?:that|it)\s+right\b"
)
# A sentence that opens with "so" and goes on to say something back ("So the late nights…",
# "Okay, so it's the distance…"); not "so what I'm saying is" (one's own view), not a "so"
# that moves on ("so anyway", "so, dinner?") or gives advice ("so just ask her").
SO_LEAD = gated(
    r"(?:^|(?<=[.!?\n:]))[ \t]*(?:(?:ok|okay|right|oh|ah|hmm+|mm+|yeah|got\s+it|deal|alright|"
    r"gotcha|I\s+see)\W{1,3}){0,2}so\b,?(?=\s+\w)"
    r"(?!\s+(?:thanks|thank|yes|yeah|no|now|perhaps|always|unless|anyway|anyways|guess|much|many|far|long|"
    r"sorry|glad|cool|nice|good|great|true|fun|funny|weird|lovely|sweet|very|incredibly|"
    rf"{FEELING}|just|go|come|call|tell|ask|let|lets|please|how|why|where|who|whens|"
    r"what(?!\s+(?:you|u)\s+(?:need|needed|want|wanted|mean|meant)\b)|"
    r"when\W?s|did|does|do|can|could|would|will|is|are|was|were|shall|should|am|"
    r"what\s+I|I\s+(?:was|think|guess|said|told|say|should|will|can|need|had|have)|"
    r"(?:you|u)\s+(?:should|know|see|remember|better|must|have\s+to|need\s+to|might\s+want|"
    r"(?:could|can|might)\s+(?:try|just|always|ask|call|tell))|"
    rf"we\s+(?:should|can|could|will|need|shall|{APOSTROPHE}ll|{APOSTROPHE}re\s+(?:gonna|going\s+to|just))|if\s+(?:you|u)(?:['\u2019`]?d)?\s+(?:want|like|need)|"
    r"like\s+I\s+said|as\s+I\s+said|I\s+mean|um|uh|anyhow)\b)",
    "so",
)
# A bare question that says the other's words back: "You felt left out when I went?"
BARE_LEAD = gated(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:ok|okay|oh|ah|hmm+|mm+|and)\W{1,3})?"
    r"(?:(?:when|whenever|if)\s+[^,.!?\n]{1,60},\s*)?"
    rf"(?:{YOU}(?:{APOSTROPHE}re|{APOSTROPHE}d|{APOSTROPHE}ll|\s+(?:feel|felt|were|are|want|wanted|need|"
    rf"needed|wish|would|had|get|got|{DIDNT}|{DONT}))"
    r"|it\s+(?:feels|felt|hurts|hurt|stung|scares|worries|bugs|annoys|(?:really\s+)?\w+ed\s+(?:you|u)|"
    r"made\s+(?:you|u)|makes\s+(?:you|u)))\b",
    "you u youre youd youll it",
)
CHECK_AFTER = lazy(
    r"[.,]?[ \t]{0,3}(?:(?:did|have|do|am)\s+I\s+"
    r"(?:get|got|have|understand|understood|hear|heard)?\s*(?:that|it|this|you)?\s*(?:right|correctly)"
    r"|is\s+that\s+(?:right|it|fair)|am\s+I\s+(?:right|close))"
    r"[ \t]*\?",
)
EXTREME = compile_rule(
    r"\b(?:always|never|everything|nothing|fault|hate|hates|idiot|stupid|terrible|horrible|"
    r"worst(?!\s+(?:part|bit|thing|of\s+it))|"
    r"useless|awful|monster|perfect|divorce|break\s+up|leave\s+me|whole\s+thing|ever|crazy|liar|lazy|"
    r"selfish|nothing\s+right|all\s+wrong|hopeless|only\s+one|pathetic|bad\s+(?:person|mother|"
    r"father|parent|partner|friend|wife|husband|son|daughter|sister|brother)|"
    rf"{DONT}\s+(?:love|care)|worthless|failure|disgusting|ruined|ruin)\b"
)
# Sweeping words the other may have licensed ("I can't plan anything" → "you can never plan").
SWEEPING = frozenset({"always", "never", "ever", "everything", "nothing"})
SWEEPING_HEARD = compile_rule(
    rf"\b(?:always|never|ever|every|everything|anything|nothing|all|constantly|keeps?|whole|most|"
    rf"no\s+one|nobody|everyone|{CANT}|{WONT})\b"
)
# A restatement that pins a hostile feeling on the speaker: "so you're bored of me".
AGAINST_ME = compile_rule(
    r"\b(?:bored|sick|ashamed|fed\s+up|done|finished)\s+(?:of|with)\b|\btired\s+of\s+(?:me|us)\b"
    rf"|\b(?:hate|hates|resent|resents|despise|blame|blames)\s+me\b|\b{DONT}\s+(?:love|want|like|need|trust)\s+me\b"
    r"|\b(?<!right\s)now\s*[?!.]*\s*$"
)
# "So you're saying I abandoned you": the other's words turned into a charge against oneself;
# "so you're saying I should call more?" still restates a request.
CHARGE_ON_ME = compile_rule(
    rf"\b(?:{YOU_ARE}\s+(?:saying|telling\s+me)|{YOU}\s+(?:think|mean|reckon))\s+(?:that\s+)?"
    rf"(?:I|me|my)\b(?!\s*(?:should|could|need\s+to|ought|{APOSTROPHE}d\s+(?:better|like)|would|have\s+to))"
    rf"|\b(?:I{APOSTROPHE}m|I\s+am|me)\s+(?:just\s+|now\s+)?{UNKIND_SELF}"
)
# A restatement brushed aside in the same breath: "So you're stressed. Join the club."
DISMISSIVE = gated(
    rf"\b(?:join\s+the\s+club|welcome\s+to\s+the\s+club|big\s+deal|so\s+what\s*(?:[?!.]|$)|get\s+over\s+it|"
    rf"deal\s+with\s+it|who\s+isn{APOSTROPHE}t|try\s+being\s+me|tell\s+me\s+about\s+it|same\s+here|"
    r"boo\s+hoo|whatever)\b",
    # A last word may take "'s" ("whatever's"), which makes one word of the two.
    "club clubs deal deals what over isnt isnts being tell same hoo hoos whatever whatevers",
)
# A restatement that turns into a new question ("So, since you like walking, how often do you
# go?") asks rather than says back.
ASKS_NEW = compile_rule(
    r"\b(?:what|how|when|where|why|which)\s+(?:is|are|was|were|do|does|did|would|will|can|could|might|"
    r"many|much|often|long|about)\b|,\s*(?:are|do|did|is|would|have|can|will)\s+(?:you|u)\b"
    r"|\b(?:do|would)\s+(?:you|u)\s+(?:think|say)\b"
)
HEDGE = compile_rule(r"\b(?:maybe|perhaps|might|I\s+wonder|seems?|seemed)\b")
# "Of course you felt left out": the feeling is said back to validate it, not to check it.
VALIDATING_LEAD = compile_rule(r"\b(?:of\s+course|no\s+wonder|naturally|understandably)\b")
Frame = Literal["strong", "check", "weak", "lead", "bare"]
# How each restatement opens: a clear frame stands without the previous turn; "so…" and a
# bare "you felt…?" are judged only against it, the bare one more strictly.
FRAMES: tuple[tuple[Rule, Frame], ...] = (
    (STRONG_FRAME, "strong"),
    (CHECK_FRAME, "check"),
    (WEAK_FRAME, "weak"),
    (SO_LEAD, "lead"),
    (BARE_LEAD, "bare"),
)
NEEDS_PREVIOUS = frozenset({"check", "lead", "bare"})
SHOUTED_WORD = re.compile(r"\b(?!(?:OK|TV|UK|US|AM|PM)\b)[A-Z]{2,}\b")
MIN_SHARED = 2
BARE_QUESTION_CLOSENESS = 4
BARE_STATEMENT_CLOSENESS = 5


def find_clarifying_questions(text: str, previous: str | None = None) -> list[Span]:
    """Spans of genuine questions that ask to understand the other better.

    >>> text = "Hmm. What do you mean by that?"
    >>> [text[start:end] for start, end in find_clarifying_questions(text)]
    ['What do you mean by that?']
    """
    spans = [
        span
        for span in question_sentences(text)
        if not MOCKING_AFTER.match(text, span[1])
        and not SHOUTED_QUESTION.match(text, span[1] - 2)
        and is_clarifying(text[slice(*span)], previous)
    ]
    for match in INVITATION.finditer(text):
        # The sentence before counts too: "Sure, sure. Tell me more…" mocks.
        sentence = text[max(0, match.start() - 40) : match.end()]
        if not ACCUSING.search(sentence):
            spans.append(trim(text, match.start(), next_break(text, match.end(), ".!?\n", 200) + 1))
    return spans


def question_sentences(text: str) -> list[Span]:
    """Every sentence that ends in a question mark, question mark included."""
    spans = []
    for match in re.finditer(r"\?+", text):
        start = last_break(text, match.start(), ".!?\n", 250)
        spans.append(trim(text, start, match.start() + 1))
    return spans


def is_clarifying(question: str, previous: str | None) -> bool:
    """Whether a question asks to understand rather than accuse, mock or plan.

    >>> is_clarifying("What's changed for you?", None), is_clarifying("What time is it?", None)
    (True, False)
    """
    if (
        ACCUSING.search(question)
        or SHOUTED_WORD.search(question)
        or (question.lower().startswith("why") and not GENUINE.search(question))
    ):
        return False
    if LOGISTICS.search(question):
        return False
    if GENUINE.search(question) or asks_about_experience(question, previous):
        return True
    if previous is None:
        return False
    if echoes(question, previous):
        return True
    # After a statement (not after their own question), "X or Y?" asks which they mean; a bare
    # "good tired or worn-out tired?" must pick up their words, or it may only plan.
    if not previous.rstrip().endswith("?") and (
        EITHER_OR.search(question)
        or (ANY_OR.search(question) and has_shared_word(question, previous))
    ):
        return True
    return OPENER.search(question) is not None and has_shared_word(question, previous)


def asks_about_experience(question: str, previous: str | None) -> bool:
    """Whether a what/how/when question asks about the other's feelings, needs or experience.

    Without the other's turn it must be addressed to them ("What would help you?").
    """
    if WH_OPENER.search(question) is None or EXPERIENCE.search(question) is None:
        return False
    return previous is not None or SECOND_PERSON.search(question) is not None


def has_shared_word(question: str, previous: str) -> bool:
    """Whether the question reuses a content word of theirs (feelings aside)."""
    return any(not key.startswith("emotion:") for key in shared_keys(question, previous))


def echoes(question: str, previous: str) -> bool:
    """Whether a short question says a word of theirs back to ask for more ("Notice what?")."""
    if ECHO_HOW.search(question):
        return True
    match = ECHO_WHAT.search(question)
    if match is None:
        return False
    heard = words_in(previous)
    return any(word in heard for word in words_in(match.group("echo")))


def find_paraphrases(text: str, previous: str | None = None) -> list[Span]:
    """Spans that say back what the other said, without twisting it.

    >>> text = "So what I'm hearing is that you feel alone on weekends."
    >>> [text[start:end] for start, end in find_paraphrases(text)]
    ["So what I'm hearing is that you feel alone on weekends"]
    """
    if DISMISSIVE.search(text):
        return []
    spans: list[Span] = []
    accepted: set[Span] = set()
    for rule, frame in FRAMES:
        if frame in NEEDS_PREVIOUS and previous is None:
            continue
        for match in rule.finditer(text):
            end = next_break(text, match.end(), ".!?\n", 250)
            span = trim(text, match.start(), end + 1)
            # A sentence already said back under an earlier opener need not be judged again.
            if span not in accepted and is_paraphrase(text, span, match.end(), previous, frame):
                accepted.add(span)
                spans.append(with_check(text, span))
    return spans


def with_check(text: str, span: Span) -> Span:
    """``span`` grown over a check that follows it ("… Did I get that right?"), which is part of it.

    >>> text = "So you're tired. Is that right? Tea?"
    >>> text[slice(*with_check(text, (0, 15)))]
    "So you're tired. Is that right?"
    """
    check = CHECK_AFTER.match(text, span[1])
    return (span[0], check.end()) if check else span


def is_paraphrase(
    text: str, span: Span, frame_end: int, previous: str | None, frame: Frame
) -> bool:
    """Whether a restatement introduced by ``frame`` stays true to the other's words."""
    sentence = text[slice(*span)]
    restated = text[frame_end : span[1]]
    if is_twisted(sentence, restated, previous):
        return False
    if previous is None:
        # With nothing to compare against, a weak frame needs a check after it; a hedged one
        # ("maybe you're worried about money, am I right?") offers a guess, which is a
        # clarifying question rather than a paraphrase.
        if frame == "strong":
            return True
        is_checked = CHECK_TAG.search(text, span[0], min(len(text), span[1] + 60)) is not None
        opening = last_break(text, span[0], ".!?\n", 250)
        return is_checked and not HEDGE.search(text, opening, span[1])
    if VALIDATING_LEAD.search(text, max(0, span[0] - 20), frame_end) or (
        sentence.endswith("?") and ASKS_NEW.search(sentence)
    ):
        return False
    shared = shared_keys(sentence, previous)
    if frame in ("strong", "check"):
        return len(shared) >= 1 or not content_keys(restated)
    if frame == "bare":
        # Without an opener, only a close restatement counts; a statement needs more than a
        # question, since "you're…" said flatly can also be a charge.
        words = [key for key in shared if not key.startswith("emotion:")]
        needed = BARE_QUESTION_CLOSENESS if sentence.endswith("?") else BARE_STATEMENT_CLOSENESS
        return len(words) >= MIN_SHARED and restatement_closeness(sentence, previous) >= needed
    return len(shared) >= MIN_SHARED or restatement_closeness(sentence, previous) >= MIN_SHARED


def is_twisted(sentence: str, restated: str, previous: str | None) -> bool:
    """Whether a restatement turns the other's words into an insult or an extreme.

    >>> is_twisted("So you're saying I'm a terrible person?", " I'm a terrible person?", None)
    True
    """
    if "?!" in sentence or "!?" in sentence or SHOUTED_WORD.search(sentence):
        return True
    if CHARGE_ON_ME.search(sentence):
        return True
    heard = previous.lower() if previous is not None else ""
    is_sweeping_heard = SWEEPING_HEARD.search(heard) is not None
    for match in [*EXTREME.finditer(restated), *AGAINST_ME.finditer(restated)]:
        word = match.group().lower()
        if word not in heard and not (is_sweeping_heard and word in SWEEPING):
            return True
    return False
