"""Defensiveness: warding off a complaint: denial, excuses, counter-attack, "yes, but…".

An apology is not defensiveness ("I'm sorry, I was wrong"), and neither is an explanation that
comes with one ("Sorry, I got stuck at work"). Validation followed by a "but" that turns into a
defence ("I hear you, but I was only trying to help") counts as defensiveness as a whole: the
span runs from the validating words to the end of the defence, and the validation is dropped.

Most defences are replies made of ordinary words ("the meeting ran over", "I paid last time",
"you were late on Monday"). So besides the phrasings that are defensive anywhere ("not my fault",
"I can't do anything right", "so you're saying I'm useless"), the rules read the other person's
turn: after a complaint about the listener, a reply that sets circumstances, the speaker's own
record or the other's faults against it counts, unless it owns the complaint (an apology, "that's
on me", "I'll fix it") or sides with the other ("no wonder", "did I get that wrong?"). A sentence
that only closes the door is stonewalling, not a defence.
"""

from __future__ import annotations

import functools

from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    CANT,
    CLAUSE_BREAKS,
    DIDNT,
    DONT,
    I_AM,
    ITS,
    NEGATIVE_FEELINGS,
    SERVANT,
    TEASING,
    THATS,
    UNKIND_SELF,
    WARM_EMOJI,
    WONT,
    YOU,
    YOU_ARE,
    Span,
    compile_rule,
    disjoint,
    extend_words,
    gated,
    is_disowned,
    lazy,
    next_break,
    overlaps,
    phrases,
    sarcastic_apologies,
    sentence_of,
    trim,
)
from closeknit_core.coach.rules.stonewalling import find_stonewalling

# "What about when you were little…?" is a memory, not a counter-attack.
NOT_CHILDHOOD = (
    r"(?!\s+(?:were|was)\s+(?:little|small|young|younger|a\s+(?:kid|baby|child|toddler|teenager)))"
)
COUNTER_ATTACK = gated(
    rf"\b(?:well|but|and),?\s+{YOU_ARE}\s+the\s+one\s+who\b"
    rf"|\bwhat\s+about\s+(?:you|when\s+you|the\s+time\s+you|all\s+the\s+times?\s+you)\b{NOT_CHILDHOOD}"
    rf"|\blook\s+who{APOSTROPHE}s\s+talking\b(?!\s+(?:now|already)\b)"
    r"|\blook\s+who\s+is\s+talking\b(?!\s+(?:now|already)\b)"
    rf"|\b{YOU_ARE}\s+one\s+to\s+talk\b"
    rf"|\b{YOU}\s+do\s+(?:it|that|the\s+same(?:\s+thing)?)\s+(?:too|all\s+the\s+time)\b"
    rf"|\b{YOU}\s+(?:did\s+it\s+first|started\s+it)\b"
    rf"|\bat\s+least\s+I\s+(?:{DONT}|{DIDNT}|never|actually|show\s+up|care|bother)\b"
    rf"|\b(?:like|as\s+if)\s+{YOU_ARE}\s+(?:any\s+better|perfect|so\s+perfect)\b"
    rf"|\b{YOU_ARE}\s+not\s+(?:exactly\s+)?(?:perfect|innocent)\s+either\b"
    rf"|\b{YOU_ARE}\s+(?:hardly|no|not\s+exactly|far\s+from)\s+(?:a\s+|an\s+)?(?:saint|angel|perfect|"
    r"innocent|picnic|ray\s+of\s+sunshine)\b"
    rf"|\bneither\s+(?:do|did|are|were)\s+you\b|\band\s+you\s+{DONT}\s*\?"
    r"|\bsays\s+the\s+(?:person|guy|man|woman|girl|one)\s+who\b"
    r"|\b(?:advice|lectures?|lessons?|tips|wisdom|rich)\s+(?:coming\s+)?from\s+(?:someone|somebody|"
    r"the\s+(?:person|guy|man|woman|girl|one))\s+who\b"
    r"|\bnot\s+all\s+of\s+us\s+(?:have\s+(?:time|the\s+time|the\s+luxury|all\s+day)|can\s+(?:afford|be)|"
    r"get\s+to|are\s+(?:perfect|so\s+lucky|lucky))\b"
    rf"|\b(?:and|but|well)\s+{YOU}\s+(?:spent|spend|did|do|have|had|bought|buy|took|take|forgot|"
    r"drink|drank|went|go)\s+(?:way\s+|much\s+|even\s+|a\s+lot\s+|far\s+)?(?:more|worse)\b",
    "one talking too time first started least better perfect either neither dont from "
    "saint angel innocent picnic sunshine "
    "says all worse",
    # "What about you", "you spent way more": "one to talk" has its key word in "one".
    ("about", "what"),
    ("more", "spent spend did do have had bought buy took take forgot drink drank went go"),
)
DENIAL = gated(
    rf"\b(?:{ITS}|it\s+was|{THATS}|that\s+was)\s+not\s+my\s+fault\b|\bnot\s+my\s+fault\b"
    r"|\b(?:hardly|not\s+exactly|not\s+really)\s+my\s+fault\b"
    rf"|\b(?:(?:{ITS}|it\s+was|{THATS}|that\s+was)\s+)?not\s+on\s+me\b"
    rf"|\b(?:isn|wasn){APOSTROPHE}t\s+on\s+me\b|\bnot\s+my\s+problem\b"
    rf"|\bhow\s+(?:is|was)\s+(?:that|this|it)\s+(?:my\s+fault|on\s+me|my\s+problem)\b"
    rf"|\bso\s+(?:now\s+)?(?:{ITS}|its|{THATS}|this\s+is)\s+(?:all\s+)?(?:on\s+me|my\s+(?:fault|problem))\b"
    rf"|\b(?:it\s+|that\s+)?(?:isn|wasn){APOSTROPHE}t\s+my\s+fault\b"
    rf"|\bI\s+{DIDNT}\s+do\s+anything\s+wrong\b|\bI\s+did\s+nothing\s+wrong\b"
    rf"|\b{DONT}\s+blame\s+me\b|\b(?:stop|quit)\s+blaming\s+me\b"
    rf"|\bwhy\s+(?:are|r)\s+{YOU}\s+(?:always\s+)?blaming\s+me\b"
    rf"|\bwhy\s+is\s+(?:it|everything)\s+(?:always\s+)?my\s+fault\b"
    rf"|\b(?:so\s+|now\s+){{1,2}}(?:{YOU_ARE}\s+saying\s+)?(?:{ITS}|it{APOSTROPHE}s|everything{APOSTROPHE}s|"
    r"everything\s+is)\s+(?:all\s+)?my\s+fault\b"
    rf"|\beverything\s+is\s+(?:always\s+)?my\s+fault\b"
    rf"|\b(?:so\s+)?{I_AM}\s+(?:always\s+)?the\s+bad\s+guy\b"
    rf"|\bI\s+{CANT}\s+do\s+anything\s+right\b|\bI\s+can\s+never\s+do\s+anything\s+right\b"
    r"|\bnothing\s+I\s+do\s+is\s+(?:ever\s+)?(?:good\s+enough|right)\b"
    r"|\bwhy\s+am\s+I\s+always\s+the\s+(?:one|bad\s+guy)\b"
    r"|\bhow\s+(?:was|am|were)\s+I\s+supposed\s+to\s+(?:know|remember|guess|tell|have\s+known)\b"
    r"|\b(?:supposed|meant|expected)\s+to\s+(?:read\s+(?:your|ur)\s+mind|be\s+a\s+mind\s+reader)\b"
    r"|\bwhat\s+was\s+I\s+supposed\s+to\s+do\b"
    r"|\bwhat\s+did\s+you\s+expect\b(?!\s+(?:it|them|him|her|that|this|me|us)\s+to\b)"
    rf"|\b(?:it\s+was|{ITS})\s+(?:just|only)\s+a\s+joke\b|\b{CANT}\s+you\s+take\s+a\s+joke\b"
    rf"|\b(?:{I_AM}\s+)?(?:so\s+|really\s+)?sorry\s+(?:that\s+|if\s+)?you\s+(?:feel|felt)\s+that\s+way\b"
    rf"|\b(?:{I_AM}\s+)?sorry\s+if\s+you\s+(?:were|got|feel|felt)\s+(?:offended|upset|hurt)\b"
    rf"|\b(?:{I_AM}\s+)?sorry\s+you\s+took\s+it\s+that\s+way\b"
    r"|\b(?:oh\s+)?(?:sure|yeah|right),?\s+(?:just\s+)?blame\s+me\b"
    rf"|\b(?:{I_AM}\s+)?sorry\s+{I_AM}\s+not\s+perfect\b"
    rf"|\bsorry\s+{I_AM}\s+(?:such\s+)?(?:a\s+)?(?:terrible|horrible|awful|bad|useless)\s+(?:person|partner|"
    r"friend|mother|father|parent|wife|husband|girlfriend|boyfriend)\b"
    rf"|\bI\s+{CANT}\s+win(?:\s+with\s+you)?\b|\b(?:why\s+are\s+you\s+(?:always\s+)?|stop\s+)attacking\s+me\b",
    # "me" only in "not on me" and "attacking me"; every branch about a feeling or a person
    # says "sorry".
    "fault wrong blame blaming guy enough one supposed meant expected expect joke sorry "
    "win on attacking problem",
    # "Right" only in doing "anything right", "nothing … right" or "right, blame me".
    ("right", "anything nothing blame"),
)
# Innocent victimhood and self-pitying sarcasm: "excuse me for caring", "why is it always me?",
# "you're upset that I had ONE night out?". Apart from DENIAL so each has key words of its own.
VICTIMHOOD = gated(
    r"\b(?:everything|anything)\s+I\s+(?:say|do)\s+is\s+(?:always\s+|apparently\s+)?wrong\b"
    rf"|\b{YOU_ARE}\s+never\s+(?:happy|satisfied|pleased)\s+with\s+(?:anything|what)\s+I\s+(?:do|say)\b"
    r"|\bwhat\s+was\s+I\s+meant\s+to\s+do\b|\bhow\s+(?:was|am|were)\s+I\s+meant\s+to\s+know\b"
    r"|\bwhy\s+(?:is\s+(?:it|there)\s+always\s+(?:a\s+problem|something|an\s+issue)\s+with\s+me|"
    r"(?:is\s+it|am\s+I)\s+always\s+(?:me|the\s+problem|in\s+the\s+wrong))\b"
    r"|\b(?:well\s+)?(?:excuse|pardon|forgive)\s+me\s+for\s+(?:having|caring|breathing|existing|living|"
    r"wanting|trying|being|asking|thinking|not\s+being|having\s+a\s+life)\b"
    r"|\bsorry\s+for\s+(?:caring|trying|existing|breathing|wanting|having\s+a\s+life)\b"
    rf"|\bsorry\s+{I_AM}\s+not\s+(?:a\s+)?(?:superhero|superwoman|superman|mind\s+reader|psychic|"
    r"robot|saint)\b"
    rf"|\bso\s+(?:now\s+)?{I_AM}\s+not\s+(?:even\s+)?allowed\s+to\b|\bso\s+now\s+I\s+{CANT}\s+even\b"
    rf"|\b{YOU_ARE}\s+(?:seriously\s+|really\s+|actually\s+)?(?:upset|mad|angry|annoyed|cross|hurt|"
    r"offended|jealous)\s+(?:that|because|about|over)\s+(?:\w+\s+){0,3}?(?:ONE|one\s+(?:weekend|"
    r"night|day|time|drink|text|evening|thing)|a\s+single|nothing)\b"
    rf"|\bI{APOSTROPHE}ll\s+just\s+(?:go\s+along\s+with\s+it|do\s+it\s+(?:all\s+)?myself|"
    r"do\s+everything|sort\s+it\s+(?:out\s+)?myself)\s+(?:like|as)\s+I\s+always\s+(?:do|have\s+to)\b"
    # "i literally can't win", "I just can't get anything right": the adverb varies, not the plea.
    rf"|\bI\s+(?:literally|just|really|honestly|simply|seriously)\s+(?:{CANT}|can\s+never)\s+"
    r"(?:ever\s+)?(?:win|do\s+anything\s+right|get\s+anything\s+right|do\s+right\s+by\s+you)\b"
    r"|\bI\s+can\s+never\s+(?:win|get\s+anything\s+right)\b"
    rf"|\b(?:{ITS}|it\s+was|{THATS})\s+(?:always|all)\s+my\s+fault\b"
    r"|\bblame\s+me\s+for\s+(?:everything|it\s+all|all\s+of\s+it|every\s+little\s+thing)\b"
    r"|\b(?:always|you\s+love)\s+(?:blame|blaming)\s+me\b"
    r"|\b(?:never|not|nothing\s+is\s+ever)\s+(?:good\s+)?enough\s+for\s+you\b"
    r"|\b(?:everyone|everybody|you)(?:'s|\u2019s|s|\s+is|\s+are|'re|\u2019re|re)\s+(?:always\s+|all\s+)?"
    r"(?:on\s+my\s+(?:case|back)|picking\s+on\s+me|ganging\s+up\s+on\s+me)\b"
    r"|\bwhat\s+have\s+I\s+done\s+(?:wrong\s+)?now\b|\b(?:are\s+you\s+)?(?:happy|satisfied)\s+now\s*\?"
    r"|\bsorry\s+for\s+(?:existing|breathing|living|being\s+alive|having\s+feelings|"
    r"having\s+an\s+opinion)\b"
    r"|\bsorry\s+for\s+being\s+[\w ]{1,25}?\s+in\s+my\s+own\s+(?:home|house|flat|kitchen|bed)\b"
    rf"|\b(?:{ITS}|it\s+was|{ITS}\s+not|not)\s+(?:like\s+)?I\s+(?:did\s+it|meant\s+(?:it|to)|"
    r"planned\s+(?:it|this)|wanted\s+(?:it|this)\s+to\s+happen)\s+on\s+purpose\b",
    "wrong happy satisfied pleased meant problem issue always excuse pardon forgive sorry "
    "allowed cant cannot upset mad angry annoyed cross offended jealous win fault "
    "blame blaming enough case back picking ganging done purpose satisfied",
    # Hurt "over one night" or "over nothing"; nothing "right" but "anything right", "right by".
    ("hurt", "one single nothing"),
    ("right", "anything by"),
)
# "So you're saying I'm a terrible person": the complaint twisted into a verdict to ward off.
TWISTED = gated(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:oh,?\s+|wow,?\s+|right,?\s+)?"
    r"so\s+(?:now\s+|basically\s+|what,?\s+)?"
    rf"(?:(?:{YOU_ARE}\s+saying|{YOU}\s+think)\s+(?:that\s+)?(?:{I_AM}|I\s+was)\s+{UNKIND_SELF}"
    rf"|{YOU_ARE}\s+(?:bored|sick|tired)\s+of\s+me|{YOU}\s+{DONT}\s+(?:even\s+)?(?:want|love|like|"
    rf"trust)\s+me|{I_AM}\s+(?:just\s+)?your\s+(?:personal\s+)?{SERVANT})\b",
    "so",
)
# "So you hate my cooking.", "In other words, I should have stayed home, right?": the other's words
# restated as something extreme or damning, to ward them off (labelling guide, decision 14).
RESTATING = (
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:oh|right|wow|ok|okay|well|what)[,.]?\s+)?"
    r"(?:so\s+(?:now\s+|basically\s+|what,?\s+|then\s+)?|in\s+other\s+words,?\s+|sounds\s+like\s+|"
    r"if\s+I(?:'m|\u2019m|m|\s+am)\s+hearing\s+(?:you\s+)?(?:right|correctly),?\s+|"
    r"let\s+me\s+get\s+this\s+straight:?,?\s+|what\s+you(?:'re|\u2019re|re|\s+are)\s+"
    r"(?:really\s+)?saying\s+is,?\s+)"
)
DAMNING = (
    rf"{YOU}\s+(?:\w+\s+)?(?:hate|can{APOSTROPHE}t\s+stand|despise|resent)\s+(?:me|my|us|our|being)\b"
    rf"|{YOU}(?:{APOSTROPHE}d|\s+would)\s+rather\b[^.?!\n]{{0,40}}?\b(?:than|but)\s+(?:with\s+)?me\b"
    rf"|{YOU_ARE}\s+(?:\w+\s+)?(?:ashamed|embarrassed|sick|tired|bored)\s+of\s+me\b"
    rf"|{YOU}\s+(?:never|{DONT})\s+(?:ever\s+)?want\s+(?:me|us|anyone|anybody|anything|"
    r"to\s+(?:\w+\s+){0,2}?(?:me|us|anything|anyone|anybody))\b"
    r"|(?:marriage|relationship|we(?:'re|\u2019re|re|\s+are)|us)\s+(?:is\s+|are\s+)?(?:over|done|finished)\b"
    rf"|(?:{YOU_ARE}\s+saying|{YOU}\s+think|{YOU}\s+mean)\s+(?:that\s+)?(?:I|my|our|we)\b"
    r"(?!\s+(?:should|could|might|ought|need|can\s|"
    rf"will|{APOSTROPHE}ll|would|was\s+right|am\s+right|did\s+(?:well|great|ok)))"
    r"(?:[^?\n]*$|[^?\n]*\b(?:now|anymore|whole|every|never|always|awful|terrible|horrible|useless|"
    r"worst)\b)"
    r"|I\s+(?:should\s+have\s+stayed|do\s+nothing|never\s+do\s+anything|abandoned\s+you)\b"
    rf"|(?:{I_AM}|I\s+have|I\s+need)\s+(?:meant|supposed|expected|to)\s+(?:to\s+)?"
    r"(?:babysit|report|check\s+in|ask\s+(?:your\s+)?permission)\b"
    r"|like\s+a\s+(?:child|kid|teenager|baby|toddler|prisoner|criminal|servant|slave)\b"
    rf"|{I_AM}\s+(?:just\s+|so\s+)?{UNKIND_SELF}"
    r"|\b(?:a\s+single\s+\w+\s+anymore|anywhere\s+but\s+(?:here|with\s+me))\b"
)
TWISTED_RESTATEMENT = gated(
    RESTATING + rf"(?:[^.?!\n]{{0,60}}?\b)?(?:{DAMNING})",
    "so words sounds hearing straight saying",
)
# Excuses that an apology in the same message turns into an explanation.
EXCUSE_ANYWHERE = gated(
    r"\bI\s+was\s+(?:just|only)\s+(?:trying\s+to\s+help|joking|kidding|being\s+honest)\b"
    r"|\bI\s+had\s+no\s+choice\b(?!\s+but)"
    rf"|\b{YOU_ARE}\s+the\s+one\s+who\s+(?:started|forgot|{DIDNT}|never|always|broke|lied|yelled|messed|"
    r"screwed|cheated|cancell?ed|ruined|blew|picked|left|lost)\b",
    "trying joking kidding honest choice one",
)
ACKNOWLEDGEMENT = compile_rule(
    rf"\b(?:yes|yeah|yea|ok|okay|sure|fine|I\s+know|I\s+hear\s+you|I\s+understand|I\s+get\s+it|"
    rf"{YOU_ARE}\s+right|fair\s+enough|(?:{I_AM}\s+)?sorry|I\s+see\s+(?:that|your\s+point)|"
    r"I\s+(?:can\s+)?(?:see|get|understand)\s+why|I\s+get\s+that|I\s+hear\s+that|that\s+sounds\s+\w+|"
    r"that\s+makes\s+sense|of\s+course)\b"
)
# "…, but you did everything you could": a "but" that sides with the other person.
SUPPORTIVE = (
    r"(?:the\s+right|everything|your\s+best|(?:so\s+|really\s+)?well|great|amazing|brilliant|"
    r"nothing\s+wrong|all\s+you\s+could|so\s+brave|so\s+strong|a\s+good\s+job)"
)
DEFENSIVE_BUT = gated(
    r"\bbut\s+(?:honestly\s+|to\s+be\s+fair\s+|let's\s+be\s+honest,?\s+)?(?:"
    r"I\s+was\s+(?:so\s+|really\s+|just\s+|only\s+)?(?:busy|tired|working|trying|stuck|at\s+work|"
    r"exhausted|doing|joking|kidding|going\s+to|about\s+to)"
    rf"|I\s+(?:wasn{APOSTROPHE}t|did|{DIDNT}|never|couldn{APOSTROPHE}t|told\s+you|said|only|"
    r"just\s+(?:trying|did|was|wanted\s+to\s+help|meant)|had\s+(?:to|no\s+choice|a\s+lot|too\s+much))"
    rf"|(?:{ITS}|it\s+was|{THATS})\s+not\s+my\s+fault|it\s+wasn{APOSTROPHE}t\s+(?:me|my\s+fault)"
    rf"|{YOU}(?!\s+(?:did|were|do|have|made|are|can|could|will)\s+(?:\w+\s+)?{SUPPORTIVE})"
    rf"\s+(?:also|too|did|were|started|do|never|always|said|{DIDNT}|{DONT}|forgot|knew|agreed|"
    r"should\s+have|should've|chose|wanted|asked|made|could\s+have|could've)"
    rf"|{YOU_ARE}\s+(?:the\s+one|always|never|overreacting|being)"
    rf"|what\s+about|at\s+least\s+I|{THATS}\s+not\s+(?:true|fair|what)"
    rf"|{ITS}\s+not\s+(?:a\s+big\s+deal|that\s+bad|like)|{I_AM}\s+not\s+the\s+one"
    r"|it\s+was\s+(?:just\s+|only\s+)?(?:for\s+)?(?:work|important|urgent|only|a\s+work\s+thing))",
    "but",
)
# "You said yes but…": a reported "yes" acknowledges nothing.
REPORTED = compile_rule(r"\b(?:said|say|says|saying)\s+$")
APOLOGY = gated(
    rf"\b(?:sorry|apologi[sz]e|my\s+bad|my\s+fault|I\s+was\s+wrong|{YOU_ARE}\s+right|I\s+messed\s+up|"
    rf"I\s+should\s+have|I\s+shouldn{APOSTROPHE}t\s+have|forgive\s+me)\b",
    # A last word may take "'s" ("my fault's"), which makes one word of the two.
    "sorry apologise apologize bad fault wrong right messed should shouldnt forgive "
    "sorrys apologises apologizes bads faults wrongs rights",
)
COMPLAINT = compile_rule(
    rf"\b{YOU}\s+(?:\w+\s+){{0,2}}?(?:never|always|{DIDNT}|forgot|{DONT}|missed|left|keep|"
    rf"won{APOSTROPHE}t|haven{APOSTROPHE}t|ignored|promised|were\s+late|broke|lost|ruined|"
    r"said\s+you\s+would)\b|\bwhy\s+(?:did|didn't|didnt|don't|dont|can't|cant|do)\s+you\b"
    r"|\bagain\b|\bwhere\s+were\s+you\b"
    rf"|\b{YOU}(?:\s+were|\s+are|{APOSTROPHE}re|{APOSTROPHE}ve\s+been|\s+have\s+been)\s+(?:so\s+|really\s+|"
    r"a\s+bit\s+|very\s+)?(?:rude|mean|harsh|short|cold|snappy|late|drunk|loud|unfair|distant)\b"
    r"|\b(?:really\s+)?hurt\b|\bI\s+hated\s+(?:that|it\s+when)\b|\bleft\s+out\b"
    rf"|\bcost\s+(?:a\s+lot|so\s+much|a\s+fortune)\b|\b{YOU}\s+took\s+my\b"
)
EXCUSE = compile_rule(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:well|but|um|look|I\s+mean|ok|okay)[,.]?\s+)?"
    r"(?:I\s+(?:was|have\s+been|'ve\s+been|\u2019ve\s+been)\s+(?:so\s+|really\s+|just\s+)?"
    r"(?:busy|working|tired|exhausted|stuck|at\s+work|in\s+a\s+meeting|driving|out|swamped)\b"
    rf"|I\s+had\s+(?:to|no\s+choice|a\s+lot|a\s+(?:long|hard|rough|busy)\s+day)\b|I\s+{DIDNT}\s+(?:know|have\s+time|see|hear|realize|realise)\b"
    rf"|{YOU}\s+(?:never|{DIDNT})\s+(?:told|tell|ask|asked|said|say|remind|reminded)\b"
    rf"|(?:nobody|no\s+one)\s+told\s+me\b|{THATS}\s+not\s+(?:true|what\s+happened)\b"
    r"|I\s+was\s+(?:going|about)\s+to\b"
    rf"|I\s+never\s+said\s+that\b|I\s+did\s+not\b"
    rf"|(?:what\?\s+)?no,?\s+I\s+(?:wasn{APOSTROPHE}t|{DIDNT}|was\s+not|{I_AM}\s+not|am\s+not)\b"
    rf"|{DIDNT}\s+{YOU}\s+(?:take|borrow|use|lose|break|eat|forget|do)\s+(?:mine|the\s+same|that\s+too|"
    rf"it\s+too)\b|well,?\s+{YOU}\s+(?:never|always|{DIDNT}|{DONT}|"
    rf"forgot|were|did)\b|{YOU_ARE}\s+the\s+one\s+who\b)"
)


# Replies to a complaint. Most defences are ordinary words ("the meeting ran over", "it's a
# jumper", "you were late on Monday"); what makes them defensive is that they answer a complaint
# without owning any of it. So these cues count only after a complaint, and never when the
# reply apologises or takes the blame (labelling guide, decision 5).
CONDUCT_WORDS = (
    "rude", "mean", "harsh", "short", "cold", "snappy", "late", "drunk", "loud", "unfair",
    "distant", "grumpy", "moody", "selfish", "lazy", "messy", "careless",
    "distracted", "dismissive", "sarcastic", "aggressive", "horrible", "nasty", "unkind",
    "hurtful", "impatient", "condescending", "patronising", "patronizing", "bossy", "pushy",
    "controlling", "awful", "tetchy", "irritable", "defensive", "critical", "on your phone",
    "glued to", "always", "on your laptop", "on your computer", "on that phone", "hard on",
    "tough on", "cross", "angry", "shouty", "abrupt", "blunt",
    "embarrassing", "out of order", "out of line", "a nightmare", "a pain", "no help",
)  # fmt: skip
# "You always make me laugh", "you never complain": praise, not a complaint.
KIND_HABIT = (
    r"(?!\s+(?:make|makes|made)\s+me\s+(?:laugh|smile|feel\s+(?:better|good|special|loved|safe))"
    r"|\s+(?:know|knew)\s+(?:what|how|just)|\s+(?:look|looks)\s+(?:great|good|lovely|amazing|gorgeous)"
    r"|\s+(?:cheer|help|find|remember|manage|have\s+my\s+back|bring|save|complain|judge|fail|"
    r"give\s+up|disappoint|let\s+me\s+down|stop\s+(?:trying|caring))\b)"
)
# A complaint about what the listener did or is like.
COMPLAINED = compile_rule(
    rf"\b{YOU}\s+(?:\w+\s+){{0,2}}?(?:never(?!\s+told\s+me\s+(?:that\s+)?(?:you|u)(?:{APOSTROPHE}d|\s+had|{APOSTROPHE}ve|\s+have)?"
    rf"\s+(?:could|can|been|used|play|sing|speak|went|lived)){KIND_HABIT}|always{KIND_HABIT}|{DIDNT}|"
    rf"{DONT}|forgot|missed|"
    r"left|keep|kept|"
    rf"{WONT}|haven{APOSTROPHE}t|hadn{APOSTROPHE}t|ignored|promised|broke|lost|ruined|spent|yelled|"
    r"shouted|snapped|interrupted|embarrassed|drank|skipped|swore|shrank|shrunk|cancell?ed|"
    r"laughed\s+at|joked|borrowed|overreacted|exaggerated|lied|flirted|sulked|nagged|blew\s+up|"
    r"stormed\s+off|let\s+me\s+down|stood\s+me\s+up|talked\s+over|walked\s+out|"
    r"said\s+you(?:'d|\u2019d|d|\s+would|\s+were)|took\s+(?:my|the\s+last|ages|forever)|"
    r"told\s+(?:\w+\s+){0,2}?(?:my|about|everyone|everybody)|(?:ate|drank|finished|used)\s+(?:my|the\s+last|"
    r"all|the\s+rest|the\s+leftovers)|read\s+my|"
    r"gave\s+away|used\s+(?:my|all|up)|made\s+(?:fun|me\s+(?:feel|look|wait)|a\s+(?:mess|scene))|"
    rf"should\s+have|should{APOSTROPHE}ve|shouldn{APOSTROPHE}t|need\s+to\s+stop)\b"
    rf"|\b(?:{YOU_ARE}|{YOU}\s+were|{YOU}{APOSTROPHE}ve\s+been|{YOU}\s+have\s+been|{YOU}\s+seemed?)\s+"
    r"(?:being\s+)?(?:so\s+|really\s+|very\s+|pretty\s+|quite\s+|kind\s+of\s+|a\s+(?:little\s+)?bit\s+|"
    rf"such\s+a\s+|always\s+|never\s+)?{phrases(*CONDUCT_WORDS)}\b"
    r"|\bbecause\s+(?:of\s+)?you\b|\bthanks\s+to\s+you\b|\byour\s+fault\b"
    rf"|\byour\s+\w+\s+(?:was|is|were|are)\s+(?:so\s+|really\s+|too\s+|very\s+)?{phrases(*CONDUCT_WORDS)}\b"
    rf"|\b{YOU}\s+were\s+(?!(?:amazing|interesting|stunning|charming|missing|going|coming)\b)\w+ing\b"
    rf"|\b{YOU}\s+(?:just\s+)?(?:\w+ed|woke|left|made|kept|threw|blew|cut|shut|hung\s+up\s+on)\s+me\b"
    rf"(?!\s+(?:feel\s+)?(?:so\s+)?(?:happy|laugh|smile|proud|feel\s+better))"
    r"|\b(?:you|u)\s+(?:\w+\s+)?(?:laughed|made\s+(?:us|me)\s+(?:late|wait|look))\b"
    rf"|\b{YOU}\s+(?:\w+\s+)?(?:\w+ed|put|threw|took|gave|sold|lent|read|broke|lost|ate|drank|used|wore|"
    r"moved|hid|left|let)\s+(?:my|our)\b"
    r"|\b(?:an?|one|two|three|\d+|half\s+an)\s+(?:hours?|minutes?|mins?)\s+late\b"
    r"|\byour\s+(?:clothes|shoes|socks|stuff|things|dishes|mess|towels?|cups?|mugs?|plates?)\b"
    r"|\bI\s+wish\s+you\b|\bI\s+asked\s+you\b|\bplease\s+(?:stop|don't|dont|do\s+not)\b"
    r"|\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:stop|not|try\s+to|be\s+a\s+bit|at\s+least)\b"
    r"|\bwhy\s+were\s+you\b"
    r"|\bhow\s+could\s+you\b"
    r"|\byour\s+(?:\w+\s+){0,2}?(?:has|have|is|are|was|were)\s+(?:been\s+)?(?:in|on|all\s+over|"
    r"everywhere|left|still)\b"
)
# Hurt, annoyance or a pointed detail: a complaint when it names the listener ("it hurt when
# you…", "you drove too fast"), news otherwise ("my boss shouted at me in front of everyone").
FELT = compile_rule(
    r"\b(?:it|that|this)\s+(?:really\s+)?(?:hurt|hurts|bothers?|bothered|upset|upsets|annoys|"
    r"annoyed|stung|stings|embarrassed|frustrates|frustrated|bugs|bugged)\s+me\b"
    rf"|\bI\s+(?:{DONT}|didn{APOSTROPHE}t)\s+like\s+(?:it\s+)?(?:when|that|how)\b"
    r"|\bI\s+hated?\s+(?:that|it\s+when|how)\b"
    r"|\bwithout\s+(?:even\s+)?(?:asking|telling|checking|consulting|saying|a\s+word)\b"
    r"|\btoo\s+(?:fast|much|loud|late|long|early|far|hard|often)\b|\bin\s+front\s+of\b|\bthe\s+wrong\b"
    rf"|\b(?:I\s+(?:felt|feel|was|get)|{I_AM})\s+(?:really\s+|so\s+|a\s+bit\s+|pretty\s+|quite\s+)?"
    r"(?:upset|annoyed|embarrassed|humiliated|let\s+down|disappointed|fed\s+up|cross|angry|mad|"
    r"ignored|frustrated)\b"
)
LISTENER = compile_rule(rf"\b(?:{YOU}|your|yours)\b")
# "You parked in my space again": the state of things, with the listener as the one who did it.
LISTENER_DID = compile_rule(rf"\b{YOU}\s+(?:\w+\s+)?\w+ed\b|\byour\b")
# Feelings that someone else causes: a complaint even when the listener goes unnamed.
SLIGHTED = compile_rule(
    r"\b(?:I|I've|Ive|I\s+have)\s+(?:\w+\s+){0,2}?(?:left\s+out|ignored|let\s+down|neglected|"
    r"unappreciated|taken\s+for\s+granted|humiliated|stung|hurt|invisible|unheard)\b"
    r"|\b(?:I|it)\s+(?:feel|felt)\s+(?:like|as\s+if|as\s+though|that)\s+(?:you|u)\b"
)
# Concern, not complaint: "you haven't said much tonight", "you seem down".
CONCERN = compile_rule(
    rf"\b(?:haven{APOSTROPHE}t|have\s+not|not)\s+said\s+(?:much|a\s+lot|anything)|"
    r"(?:seem|seemed|look|looked|sound|sounded)\s+(?:a\s+bit\s+|really\s+|so\s+)?(?:quiet|down|sad|"
    r"tired|off|upset|low|worried|stressed|distracted)|are\s+you\s+(?:ok|okay|alright|all\s+right)\b"
)
PLAINLY_HURT = compile_rule(
    rf"\b(?:hurt|upset|rude|mean|embarrassed|humiliated|forgot\s+my|{YOU}\s+promised)\b"
)
# The other person saying sorry: nothing to ward off ("I'm late again, sorry.").
APOLOGISING = compile_rule(r"\b(?:sorry|my\s+bad|my\s+fault|apologi[sz]e)\b")
# A complaint about a state of things ("the kitchen's a mess again"): someone may be to blame.
IMPERSONAL = compile_rule(
    rf"\bagain\b|\bwhy\s+(?:{DIDNT}|{CANT}|{WONT}|haven{APOSTROPHE}t)\s+{YOU}\b|\bwhere\s+were\s+you\b|\bcost\s+(?:a\s+lot|so\s+much|a\s+fortune)\b|\bcrooked\b"
    r"|\bsince\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+\w+)\b"
    r"|\bwe\s+(?:have|had|got)\s+no\b|\bthe\s+\w+\s+(?:didn't|didnt|wasn't|wasnt|isn't|isnt|weren't)\b"
)
# The other person commiserating: a denial that answers this wards nothing off.
CONSOLING = compile_rule(
    r"\b(?:unlucky|hard\s+luck|bad\s+luck|poor\s+(?:you|thing)|oh\s+no|that\s+sucks|"
    r"so\s+sorry|commiserations|what\s+a\s+shame|gutted\s+for\s+you|never\s+mind)\b"
)
# At the head of a clause: "Want me to swap?" offers; "what did you want me to do?" does not.
CLAUSE_HEAD = r"(?<![\w'\u2019] )(?<![\w'\u2019])"
# Taking the blame: with one of these (not taken back by "but"), a reply is an explanation.
OWNERSHIP = compile_rule(
    r"\b(?:sorry|apologi[sz]e|my\s+bad|my\s+mistake|my\s+fault|I\s+was\s+wrong|"
    rf"(?:{THATS}|thats|{ITS}|its|that\s+(?:one|was)|this\s+(?:one|is)|all)\s+on\s+me|"
    rf"{YOU_ARE}\s+right|I\s+messed\s+up|I\s+screwed\s+up|I\s+should\s+have|I\s+should{APOSTROPHE}ve|"
    rf"I\s+shouldn{APOSTROPHE}t\s+have|I\s+could\s+have|I\s+could{APOSTROPHE}ve|forgive\s+me|"
    r"that\s+was\s+me|it\s+was\s+me|guilty|no\s+excuse|out\s+of\s+line|not\s+good\s+enough|"
    rf"(?:not|n{APOSTROPHE}t)\s+(?:on\s+you|your\s+fault)|"
    r"I\s+forgot|I\s+did,?\s+(?:and|you're|youre|sorry)|I\s+did\s+say|(?:that's|thats|it's|its)\s+"
    r"(?:fair|true)|fair\s+(?:point|enough)|I\s+owe\s+you|(?:wasn't|wasnt)\s+fair\s+of\s+me|"
    rf"won{APOSTROPHE}t\s+happen\s+again|I\s+shouldn{APOSTROPHE}t|(?:not|isn{APOSTROPHE}t)\s+an\s+excuse|"
    rf"(?:wasn{APOSTROPHE}t|not)\s+(?:okay|ok|on)\b|point\s+taken|(?:you{APOSTROPHE}ve|you\s+have)\s+got\s+a\s+point|"
    rf"(?:not|n{APOSTROPHE}t)\s+(?:fair\s+on\s+you|your\s+problem)|"
    r"it\s+was\s+(?:a\s+lot|too\s+much|a\s+mistake|thoughtless|careless|wrong|out\s+of\s+order|unkind)|"
    r"let\s+me\s+(?:make|fix|buy|get|sort|pay|replace|help|take|do|clean|cook)|"
    rf"I{APOSTROPHE}ll\s+(?!just\b)[a-z]+|doing\s+(?:it|them|that)\s+now|I\s+hate\s+that\s+I|promise|"
    rf"I\s+won{APOSTROPHE}t\b(?!\s+(?:be|have|let|stand|apologi[sz]e|say))|"
    r"on\s+my\s+way|"
    rf"I\s+(?:feel|felt)\s+(?:so\s+|really\s+)?(?:awful|terrible|bad|guilty|horrible|dreadful)|"
    rf"(?:want|need|have)\s+to\s+do\s+better|{CLAUSE_HEAD}(?:do\s+you\s+)?want\s+(?:me\s+)?to\s+"
    rf"(?:swap|switch|change|trade)|{CLAUSE_HEAD}(?:shall\s+I|do\s+you\s+want\s+me\s+to|want\s+me\s+to))\b"
    # "I was, sorry.", "I did. It wasn't okay.": a short admission.
    r"|^\s*(?:(?:yes|yeah|yep|ok|okay|oh\s+no|ugh|oops|argh|god|true)[,.!]*\s+)?(?P<admits>I\s+(?:was|"
    r"did|do|am|have|had))(?=\s*(?:[,.!;]|$|and\b))"
)
# "You didn't stick up for me." / "I did!": after a complaint of not doing, "I did" contradicts.
DENIED = compile_rule(
    rf"\b(?:{DIDNT}|{DONT}|never|haven{APOSTROPHE}t|hasn{APOSTROPHE}t|{WONT}|{CANT}|not)\b"
)
# "Calling you now", "doing them right now": the repair already under way. Searched on its own
# because a pattern that starts at "ing" is found far faster than one trying every word.
DOING_IT_NOW = lazy(r"ing\s+(?:it\s+|them\s+|you\s+|her\s+|him\s+)?(?:right\s+)?now\b")
# "I'll do them when I get a minute": a promise put off is not taking it on.
PUT_OFF = compile_rule(
    r"\b(?:when\s+I\s+(?:get|have|can|find)|at\s+some\s+point|eventually|in\s+a\s+bit|whenever|later)\b"
)
# Siding with the other person: "me too", "of course you're frustrated", "no wonder".
ALIGNMENT = compile_rule(
    r"\b(?:me\s+too|me\s+neither|same\s+here|I\s+(?:\w+\s+)?(?:it|that|this)\s+too|"
    r"of\s+course\s+(?:you|it)|no\s+wonder|makes\s+(?:total\s+|complete\s+|so\s+much\s+)?sense|"
    r"I\s+(?:get|understand|see)\s+why|understandable|every\s+right|I\s+feel\s+the\s+same|"
    rf"I\s+agree|(?:{ITS}|its)\s+right\s+that|{YOU}\s+deserved?|(?:that|it)\s+(?:sounds|must\s+have\s+been|"
    rf"must{APOSTROPHE}ve\s+been)|(?:so|how)\s+(?:frustrating|annoying|maddening|infuriating|rubbish)|"
    r"poor\s+you|not\s+surprised|(?:nobody|no\s+one)\s+(?:would|could)\s+blame\s+you|"
    rf"I\s+see\s+it\s+differently|I\s+(?:feel|felt)\s+(?:\w+\s+)?{phrases(*NEGATIVE_FEELINGS)}\s+"
    rf"(?:that|when|because|about)|(?:{THATS}|thats|how)\s+(?:so\s+|really\s+)?(?:rough|awful|"
    r"horrible|terrible|hard|horrid|cruel)|thanks?\s+(?:you\s+)?for\s+(?:telling|saying|letting|"
    r"pointing)|did\s+I\s+get\s+(?:that|it)\s+wrong|have\s+I\s+got\s+(?:that|it)\s+wrong|"
    r"did\s+I\s+misunderstand)\b"
)
# An apology that is not one: "sorry if you were offended", "sorry but…", "sorry for existing".
HOLLOW_SORRY = compile_rule(
    rf"\s*,?\s*(?:but|if|you\s+(?:feel|felt|took|think)|that\s+you|for\s+(?:existing|"
    rf"breathing|caring|trying|having\s+a\s+life|wanting|living|asking)|{I_AM}\s+not)\b"
)
NEGATED_BEFORE = compile_rule(
    rf"(?:\bnot|n{APOSTROPHE}t|\bnever|\bhow\s+(?:is|was)\s+(?:that|this|it)|\ball|\balways)\s+"
    r"(?:all\s+|always\s+|really\s+|a\s+|exactly\s+a\s+)?$"
)
# "…, but I should have called": what follows "but" decides, unless it asks or offers.
REQUEST_AFTER_BUT = compile_rule(
    rf"\s*(?:could|can|shall|would)\s+(?:we|I|you)\b|\s*let{APOSTROPHE}s\b|\s*I{APOSTROPHE}ll\b"
    r"|\s*maybe\b|\s*please\b|\s*I\s+(?:still\s+)?(?:want|would\s+like|hope|was\s+hoping)\b"
)
CLAUSE_START = (
    r"(?:^|(?<=[.!?,;:\n]))[ \t]*(?:(?:well|ok|okay|look|um|uh|yeah|yea|yes|and|I\s+mean|honestly|"
    r"tbh|like|oh|god|wow|listen|hey|but|sure|come\s+on|omg|ugh|er|I\s+know)[,.!]?\s+){0,3}"
)
# "I'm not discussing it", "I said I'm done", "I'm not angry": withdrawal or feeling, not defence.
NOT_WITHDRAWING = (
    r"(?!\s+(?:(?:going|getting|talking|discussing|doing|having|answering|explaining|ignoring|"
    rf"interested|surprised|angry|upset|mad|cross|{I_AM}|I\s+was|no\b|drop|leave|stop))|\s*(?:to|doing)\b)"
)
# Cues that answer a complaint with a defence instead of ownership.
REPLY_DEFENCE = compile_rule(
    CLAUSE_START + r"(?:"
    # Denial and excuse: "I never said that", "I was knackered", "I've had a crazy week".
    rf"I(?:\s+(?:was|wasn{APOSTROPHE}t|was\s+not|had|have\s+been|had\s+been|have\s+had|only|just|"
    rf"never|{DIDNT}|did\s+no|haven{APOSTROPHE}t|thought|figured|assumed|told\s+you|"
    rf"couldn{APOSTROPHE}t|{CANT}|got\s+(?:stuck|held|caught)|ran\s+out|am\s+between|{DONT}\s+see)|"
    rf"{APOSTROPHE}ve\s+(?:been|had)|{APOSTROPHE}d\s+been|{APOSTROPHE}m\s+between)\b"
    rf"|I(?:\s+said|\s+am\s+not|{APOSTROPHE}m\s+not)\b{NOT_WITHDRAWING}"
    r"|because\s+(?:someone|somebody|I|it|you)\b|before\s+you\s+start\b"
    rf"|{DONT}\s+look\s+at\s+me\b|(?:wasn{APOSTROPHE}t|wasnt|not)\s+me\b"
    r"|(?:relax|chill|calm\s+down|come\s+on)\b"
    rf"|(?:and|well)\s+who\s+(?:\w+\s+)?(?:left|forgot|broke|took|spent|ate|drank|lost|started|was|did)\b"
    r"|(?:and|well|ok|okay)\s+(?:can|could)\s+you\s+(?:please\s+)?(?:stop|not)\b"
    r"|(?:and|well)\s+I\s+wish\s+you\b"
    r")"
    # Anywhere in the reply: minimising, keeping score, "you must have left it at Kim's".
    rf"|\b{YOU_ARE}\s+(?:just\s+|totally\s+|completely\s+|being\s+)?(?:overreacting|exaggerating|"
    r"imagining\s+(?:things|it)|making\s+(?:a|this|it)|reading\s+too\s+much|too\s+sensitive|"
    r"(?:being\s+)?(?:dramatic|ridiculous|oversensitive|petty|unreasonable))\b"
    r"|\b(?:not\s+a\s+big\s+deal|no\s+big\s+deal|not\s+the\s+end\s+of\s+the\s+world|"
    r"making\s+(?:it|this|that)\s+(?:a\s+thing|into\s+a\s+thing|a\s+big\s+deal|such\s+a\s+big\s+deal)|"
    r"chill|it\s+happens|everyone\s+(?:does|did|was)|everybody\s+(?:does|did|was)|"
    rf"so\s+we{APOSTROPHE}re\s+even|so\s+we\s+are\s+even|(?:rich|funny)\s+coming\s+from|"
    rf"{ITS}\s+not\s+like|its\s+not\s+like|not\s+like\s+I|you\s+know\s+(?:that|how\s+it\s+is)|"
    rf"(?:{THATS}|{ITS})\s+not\s+fair|everything\s+else|someone\s+has\s+to|somebody\s+has\s+to|"
    r"here\s+we\s+go|what\s+(?:else\s+)?(?:could|was|am|should)\s+I\s+(?:do|have\s+done|supposed|meant)|"
    rf"(?:the|I{APOSTROPHE}m\s+the|I\s+am\s+the)\s+only\s+one\s+who|I{APOSTROPHE}m\s+the\s+one\s+who|"
    r"I\s+am\s+the\s+one\s+who|half\s+of\s+(?:those|them|it|these)\s+(?:are|is|were)"
    rf"|{DONT}\s+see\s+(?:what|why|the)|(?:like|as\s+if)\s+{YOU}(?:{APOSTROPHE}ve|\s+have)?\s+never|"
    rf"and\s+{YOU}\s+(?:weren{APOSTROPHE}t|{DIDNT}|{DONT}|haven{APOSTROPHE}t|aren{APOSTROPHE}t|never)|"
    rf"(?:neither|nor)\s+(?:did|do|have|were|are)\s+you|on\s+purpose)\b"
    rf"|\b{YOU}\b[^.!?\n]{{1,40}}\byourself\b"
    rf"|\b(?:me|{I_AM})\s+(?:again,?\s+|obviously,?\s+|clearly,?\s+)?the\s+worst\b"
    # Questions that contest the complaint: "When exactly did I say that?", "Do I ever not listen?"
    r"|\b(?:when|where|how)\s+(?:exactly\s+|else\s+)?(?:did|have|would|could|was|am|do)\s+I\s+"
    r"(?:ever|even|supposed\s+to|meant\s+to)\b[\w' ]{0,40}\?"
    r"|\bwhen\s+(?:exactly\s+)?did\s+I\s+(?:ever\s+)?(?:say|promise|agree\s+to|do)\s+(?:that|this|it)\b"
    r"|\b(?:do|did|have|was|am)\s+I\s+ever\b[^?\n]{0,40}\?|^\s*(?:was|did|do|have|am)\s+I\s*\?"
    r"|\bor\s+(?:was|did|were)\s+(?:he|she|they|you)\b[^?\n]{0,40}\bfirst\b"
    r"|\b(?:still|always|forever)\s+(?:on\s+about|going\s+on\s+about|banging\s+on|harping\s+on)\b"
    r"|\b(?:I\s+did\s+it|it\s+was|that\s+was|it\s+happened)\s+(?:just\s+|only\s+)?once\b"
    rf"|\b{DIDNT}\s+{YOU}\s+(?:\w+\s+)?(?:forget|do|leave|lose|break|miss|spend|say|take)\b"
    rf"|\b{I_AM}\s+allowed\s+to\b|\b(?:too|as\s+well),?\s+you\s+know\b"
    rf"|\b{YOU_ARE}\s+the\s+one\s+(?:who|that)\b"
    rf"|\b{YOU_ARE}\s+the\s+(?:queen|king|master|champion|expert)\s+of\b|\boh\s+please\b"
    rf"|(?:^|(?<=[.!?\n]))\s*(?:not\s+always|not\s+every\s+time|hardly\s+ever|not\s+true|(?:{THATS}|thats)\s+"
    r"not\s+true)\b"
    r"|\banyway\s*[.!?]*\s*$|\b(?:someone|somebody)\s+else\b"
    rf"|\b{YOU_ARE}\s+(?:always|never|constantly|forever)\b|\beither(?=\s*[,.!?]|,?\s+so\b)|,\s*so\s*[.!]*\s*$"
    r"|\b(?:relax|chill(?:\s+out)?|calm\s+down)\s*[.!]*\s*$|\bwhat\s+(?:more|else)\s+do\s+you\s+want\b"
    r"|\bwhat\s+(?:did|do)\s+you\s+(?:want|expect)\s+me\s+to\s+(?:do|say)\b"
    rf"|(?<!not\s)\b(?:{THATS}|that\s+is|{ITS}|its)\s+on\s+you\b"
    rf"|\b(?:what{APOSTROPHE}s\s+the\s+difference|what\s+difference\s+does\s+it\s+make|"
    r"so\s+what(?=\s*[?!.,]|\s+if\b)|what(?:'s|s|\s+is)\s+the\s+big\s+deal|big\s+deal(?=\s*[?!.]|\s*$)|"
    r"give\s+me\s+a\s+break|cut\s+me\s+(?:some|a\s+bit\s+of)\s+slack|get\s+off\s+my\s+"
    r"(?:back|case))\b"
    r"|\bbut\s+(?:ok|okay|fine|sure|whatever)\s*[.!]*\s*$"
    # Turning it back: "you were late on Monday", "you spent twice that on your bike".
    rf"|\b(?P<you>{YOU})\s+(?:also\s+|too\s+|yourself\s+|even\s+|just\s+)?(?:were|was|weren{APOSTROPHE}t|did|"
    rf"{DIDNT}|never|always|keep|kept|spent|spend|forgot|left|went|drank|said|promised|started|sent|"
    r"gave|told|booked|picked|chose|asked|agreed|set|wanted|"
    rf"took|bought|had|hadn{APOSTROPHE}t|haven{APOSTROPHE}t|could\s+have|could{APOSTROPHE}ve|"
    rf"must\s+have|must{APOSTROPHE}ve|{APOSTROPHE}ve\s+been|ve\s+been|have\s+been|{APOSTROPHE}ve\s+never|"
    r"ve\s+never|have\s+never|have\s+like)\b"
)
OWN_VERBS = (
    r"(?:feel|felt|love|know|knew|hear|heard|understand|see|saw|get|think|agree|wonder|want|wanted|"
    r"need|ll|will|would|can|could|should|must|hope|wish|guess|suppose|appreciate|promise|m|am|be|"
    r"forgot|messed|screwed|owe|apologi[sz]e|apologi[sz]ed|take|realise|realize|didn|was|said|"
    r"nothing|did(?!\s+[a-z])|did\s+(?:and|too|say|it)|do(?!\s+[a-z])|"
    r"wasn|missed|like|hate|admit|accept|deserve|totally|completely|honestly|don|really|froze|"
    r"panicked)"
)
# Circumstances offered instead of ownership: "my phone died", "the meeting ran over", "it was on
# sale". Common words, so they count only after a complaint about the listener.
CIRCUMSTANCE = compile_rule(
    CLAUSE_START + r"(?:"
    # "I did ask", "I paid last time", "I've got a hundred things to remember": the speaker's own
    # record set against the complaint. Verbs of feeling, hearing and promising are not that.
    rf"I(?:{APOSTROPHE}ve|{APOSTROPHE}d|\s+have|\s+had)?\s+(?:really\s+|just\s+|already\s+|always\s+)?"
    rf"(?!{OWN_VERBS}\b)[a-z]+\b(?!\s+nothing\b)"
    r"|(?:he|she|they)\s+(?:\w+\s+)?(?:would|wouldn't|won't|doesn't|don't|didn't|never|always|was|"
    r"were|started|said|did|already|knew|told|close|closed|left|had|has|made|asked|wanted)\b"
    r"|(?:that|this|those|these)\s+(?:\w+\s+){0,2}?(?:was|were|is|are|had|has)\s+(?:already|always|"
    r"never|just|only|fine|broken|there)\b|"
    r"(?:my|the|our|his|her|their)\s+(?:[\w']+\s+){0,4}?(?:died|was|were|is|are|ran|broke|"
    r"wouldn't|wouldnt|didn't|didnt|won't|wont|got|had|kept|went|came|said|isn't|isnt|wasn't|"
    r"wasnt)\b"
    rf"|(?:traffic|something|everyone|everybody|nobody|no\s+one|there\s+(?:was|were|is|are|"
    rf"wasn{APOSTROPHE}t)|they\s+(?:were|are|weren{APOSTROPHE}t|aren{APOSTROPHE}t)|they{APOSTROPHE}re|"
    rf"it\s+(?:was|wasn{APOSTROPHE}t|is|isn{APOSTROPHE}t)|{ITS}|{THATS}|that\s+was|"
    r"(?:he|she)\s+(?:started|said|was|did|already|knew|told))\b)"
)
# "So it's the not telling, not the going": a summary or paraphrase, not a defence.
SUMMARY_START = compile_rule(r"\s*(?:(?:ok|okay|right|oh)[,.]?\s+)?so\b")
# After "you were…" these make it kindness, not a counter-attack ("you were right", "upset").
KIND_AFTER_YOU = compile_rule(
    rf"\s+(?:(?:so|really|very|totally|completely|quite)\s+)?(?:right|{phrases(*NEGATIVE_FEELINGS)}|"
    r"amazing|great|brilliant|lovely|kind|patient|sweet|there|busy\s+too)\b"
)
# "Fair, but it's not like you told me": an acknowledgement taken back, after a complaint.
REPLY_ACKNOWLEDGEMENT = compile_rule(
    rf"(?:^|(?<=[.!?,;\n]))[ \t]*(?:yes|yeah|yea|yep|ok|okay|sure|fine|fair|true|right|granted|"
    r"maybe|alright|I\s+know(?:\s+I\s+know)?|I\s+get\s+(?:it|that|why)|I\s+understand|I\s+hear\s+you|"
    rf"I\s+(?:can\s+)?see\s+why|I\s+understand\s+why|{YOU}\s+have\s+every\s+right|{YOU_ARE}\s+right|"
    rf"(?:{THATS}|thats)\s+fair|fair\s+enough|"
    r"I\s+guess|I\s+suppose|ok\s+yes|okay\s+yes|sorry)\b[^.?!\n]{0,40}?\bbut\b"
)
# "Can you stop slamming the cupboards?" / "Can you stop leaving them open?": handed back.
MIRRORED_REQUEST = compile_rule(
    r"\s*(?:(?:well|ok|okay|and|yeah)[,.]?\s+)?(?:can|could|would)\s+you\s+(?:please\s+)?(?:stop|not)\b"
)
# "can YOU stop leaving your bike in the hall?": the complaint handed back, stressed.
SHOUTED_YOU = lazy(r"\bYOU\b", 0)
# "So I'm a phone addict now, is that it": the complaint turned into a label to ward off.
SELF_LABEL = gated(
    rf"\bso\s+(?:now\s+|basically\s+)?{I_AM}\s+(?:just\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+"
    r"(?=\s+(?:now|too|again|apparently)\b|,?\s+(?:is\s+that\s+it|am\s+I|huh|eh)\b)"
    rf"|\bso\s+(?:now\s+|basically\s+)?{I_AM}\s+(?:just\s+)?{UNKIND_SELF}"
    rf"|\b(?:sure|right|yeah|apparently|clearly|of\s+course),?\s+{I_AM}\s+the\s+(?:\w+\s+)?"
    r"(?:one|villain|bad\s+guy|problem|worst)\b(?!\s+who)"
    rf"|\bso\s+(?:basically\s+|now\s+)?(?:{YOU_ARE}\s+saying|{YOU}\s+think|what\s+{YOU_ARE}\s+saying\s+is)"
    rf"\s+(?:that\s+)?{I_AM}\s+(?:so\s+|just\s+|really\s+)?(?:bad\s+(?:with|at)|hopeless|irresponsible|"
    r"careless|cheap|stingy|a\s+nag|a\s+slob|a\s+mess|(?:an?\s+)?[\w-]+\s+addict|addicted|unfit)\b",
    "so sure yeah apparently clearly course",
    ("right", "one villain guy problem worst"),
)


def reply_spans(text: str, previous: str | None) -> list[Span]:
    """Defences that count because they answer a complaint without owning any of it.

    >>> text = "the meeting ran over, I can't just walk out"
    >>> [text[start:end] for start, end in reply_spans(text, "You left me waiting an hour.")]
    ['the meeting ran over', "I can't just walk out"]
    >>> reply_spans("The meeting ran over, sorry!", "You left me waiting an hour.")
    []
    """
    complaint = complaint_in(previous)
    if previous is None or complaint is None or SUMMARY_START.match(text):
        return []
    if WARM_EMOJI.search(text) or TEASING.search(text) or "😄" in text:
        return []
    spans = cue_spans(text, previous, is_direct=complaint == "direct")
    for match in REPLY_ACKNOWLEDGEMENT.finditer(text, 0, 2000):
        if not REQUEST_AFTER_BUT.match(text, match.end()):
            end = next_break(text, match.end(), ".!?\n", 200)
            spans.append(trim(text, match.start(), min(extend_words(text, match.end()), end)))
    mirrored = MIRRORED_REQUEST.match(text)
    if mirrored is not None and MIRRORED_REQUEST.search(previous, 0, 2000):
        spans.append(trim(text, mirrored.start(), extend_words(text, mirrored.end())))
    shouted = SHOUTED_YOU.search(text, 0, 2000)
    if shouted is not None and not text.isupper():
        spans.append(trim(text, shouted.start(), extend_words(text, shouted.end())))
    # Read last because it costs most: an apology or agreement anywhere undoes every cue.
    return sorted(spans) if spans and not owns_it(text, previous) else []


def cue_spans(text: str, previous: str, *, is_direct: bool) -> list[Span]:
    """The defence cues of a reply, outside sentences that only close the door (stonewalling)."""
    cues = [*REPLY_DEFENCE.finditer(text, 0, 2000)]
    if is_direct:
        cues.extend(CIRCUMSTANCE.finditer(text, 0, 2000))
    if not cues:
        return []
    closed = find_stonewalling(text, previous)
    spans = []
    for match in cues:
        sentence = sentence_of(text, match.start(), match.end())
        if any(overlaps(sentence, span) for span in closed):
            continue
        you = match.groupdict().get("you")
        if you is not None and KIND_AFTER_YOU.match(text, match.end()):
            continue
        start = match.start("you") if you is not None else match.start()
        spans.append(trim(text, start, extend_words(text, match.end())))
    return spans


@functools.lru_cache(maxsize=64)
def complaint_in(previous: str | None) -> str | None:
    """ "direct" for a complaint about the listener, "impersonal" for one about a state of things.

    >>> complaint_in("You forgot the milk."), complaint_in("The kitchen's a mess again.")
    ('direct', 'impersonal')
    >>> complaint_in("I'm upset about my mark."), complaint_in("How was work?")
    (None, None)
    """
    if (
        previous is None
        or CONCERN.search(previous, 0, 2000)
        or APOLOGISING.search(previous, 0, 2000)
    ):
        return None
    if previous.rstrip().endswith("!") and not PLAINLY_HURT.search(previous, 0, 2000):
        # "You took my seat!", "You didn't tell me it was your birthday!": more often play or
        # surprise than a complaint, so only the plainest hurt counts.
        return None
    if (
        COMPLAINED.search(previous, 0, 2000)
        or SLIGHTED.search(previous, 0, 2000)
        or (FELT.search(previous, 0, 2000) and LISTENER.search(previous, 0, 2000))
    ):
        return "direct"
    if IMPERSONAL.search(previous, 0, 2000) is None:
        return None
    return "direct" if LISTENER_DID.search(previous, 0, 2000) else "impersonal"


def is_put_off(text: str, position: int) -> bool:
    """Whether the promise ending at ``position`` is put off to some later, vaguer time."""
    return PUT_OFF.search(text, position, next_break(text, position, CLAUSE_BREAKS, 60)) is not None


def owns_it(text: str, previous: str | None = None) -> bool:
    """Whether the reply takes the blame or sides with the other, and does not take it back.

    >>> owns_it("The trains were a mess, but I should have called.")
    True
    >>> owns_it("Sorry, but I was busy")
    False
    >>> owns_it("It's not my fault"), owns_it("I'm sorry if you were offended")
    (False, False)
    """
    owning = [
        match
        for match in [
            *OWNERSHIP.finditer(text, 0, 2000),
            *ALIGNMENT.finditer(text, 0, 2000),
            *DOING_IT_NOW.finditer(text, 0, 2000),
        ]
        if not (
            match.groupdict().get("admits")
            and previous is not None
            and DENIED.search(previous, 0, 2000)
        )
        if not NEGATED_BEFORE.search(text, max(0, match.start() - 12), match.start())
        and not (match.group().lower() == "sorry" and HOLLOW_SORRY.match(text, match.end()))
        and not (match.group().lower().startswith("i") and is_put_off(text, match.end()))
    ]
    owning.sort(key=lambda match: match.start())
    if not owning:
        return False
    last_but = text.lower().rfind(" but ")
    return last_but < owning[-1].start() or REQUEST_AFTER_BUT.match(text, last_but + 5) is not None


def find_defensiveness(text: str, previous: str | None = None) -> list[Span]:
    """Spans of denial, excuses, counter-attack and "yes, but…".

    >>> text = "I hear you, but I was only trying to help."
    >>> [text[start:end] for start, end in find_defensiveness(text)]
    ['I hear you, but I was only trying to help']
    """
    spans = [
        *(
            (match.start(), extend_words(text, match.end()))
            for match in COUNTER_ATTACK.finditer(text)
        ),
        *(
            match.span()
            for match in [*DENIAL.finditer(text), *VICTIMHOOD.finditer(text)]
            if not is_disowned(text, match.start()) and not is_light(text, previous)
        ),
        *yes_but_spans(text),
        *((match.start(), extend_words(text, match.end(), 4)) for match in TWISTED.finditer(text)),
        *(
            match.span()
            for match in SELF_LABEL.finditer(text)
            if not is_disowned(text, match.start())
        ),
        *(
            (match.start(), extend_words(text, match.end()))
            for match in TWISTED_RESTATEMENT.finditer(text)
        ),
        *reply_spans(text, previous),
        *sarcastic_apologies(text),
    ]
    if not has_plain_apology(text) and not WARM_EMOJI.search(text):
        spans.extend(
            (match.start(), extend_words(text, match.end()))
            for match in EXCUSE_ANYWHERE.finditer(text)
            if not is_disowned(text, match.start())
        )
    if previous is not None and COMPLAINT.search(previous) and not has_plain_apology(text):
        spans.extend(
            trim(text, match.start(), extend_words(text, match.end()))
            for match in EXCUSE.finditer(text)
        )
    return disjoint(spans)


def is_light(text: str, previous: str | None) -> bool:
    """Whether a denial is play or shared disappointment, with no complaint to ward off.

    >>> is_light("Not my fault you're so fun 😂", None)
    True
    >>> is_light("It wasn't my fault, the ref was awful", "Unlucky about the match!")
    True
    >>> is_light("Not my fault 😂", "You ate my chips again.")
    False
    """
    if complaint_in(previous) is not None:
        return False
    return TEASING.search(text) is not None or (
        previous is not None and CONSOLING.search(previous, 0, 2000) is not None
    )


def yes_but_spans(text: str) -> list[Span]:
    """ "I hear you, but I was busy": an acknowledgement taken back by a defence."""
    spans = []
    for match in DEFENSIVE_BUT.finditer(text):
        window_start = max(0, match.start() - 60)
        acknowledgements = [
            found
            for found in ACKNOWLEDGEMENT.finditer(text, window_start, match.start())
            if not REPORTED.search(text, max(0, found.start() - 12), found.start())
        ]
        if not acknowledgements:
            continue
        start = acknowledgements[0].start()
        between = text[start : match.start()]
        if any(mark in between for mark in "?\n") or between.count(".") > 1:
            continue
        end = min(extend_words(text, match.end()), next_break(text, match.end(), ".!?\n", 200))
        spans.append(trim(text, start, end))
    return spans


def has_plain_apology(text: str) -> bool:
    """Whether the message apologises without taking it back with "but".

    >>> has_plain_apology("I got stuck at work, I'm so sorry")
    True
    >>> has_plain_apology("Sorry but I was busy")
    False
    """
    return APOLOGY.search(text) is not None and DEFENSIVE_BUT.pattern.search(text) is None
