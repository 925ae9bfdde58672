"""Stonewalling: closing the door on the conversation: "whatever", "I'm done", "forget it".

Most of these words are innocent elsewhere, so the rules look at the whole sentence: "Fine."
alone shuts a door, "fine by me, see you at 7" opens one; "I'm done with the dishes" is news.
A short reply is also read against the other person's turn: "no" or "not now" refuses a request
to talk, "nothing" turns away someone reaching out, a bare "ok" or "noted" leaves hurt hanging,
and "*walks away*" or "[no reply]" tells the silence. A pause with a way back ("tomorrow",
"in an hour", "let's talk later") is never stonewalling.
"""

from __future__ import annotations

import functools
import re

from closeknit_core.coach.rules.common import (
    APOSTROPHE,
    DONT,
    I_AM,
    NEGATIVE_FEELINGS,
    WARM_EMOJI,
    Span,
    compile_rule,
    gated,
    is_disowned,
    last_break,
    lazy,
    phrases,
    sentence_of,
    trim,
)

FILLER = (
    r"(?:ok|okay|k|fine|yeah|yea|yep|well|oh|sure|ugh|meh|just|so|and|you\s+know\s+what|"
    r"seriously|honestly|look|alright|right|then|no|nah|god|wow|lol|tbh|ngl|bye|night|anyway|"
    r"okay\s+then|ok\s+then|fine\s+then|thanks|enough|please|mate|mum|mom|dad)"
)
CLOSING = (
    r"(?:whatever|forget\s+it|never\s*mind|nvm|(?:i\s*m|i\s+am)\s+(?:so\s+|just\s+|totally\s+|"
    r"completely\s+|officially\s+)?done(?:\s+(?:talking(?:\s+about\s+(?:this|it))?|arguing|discussing|trying|here|"
    r"with\s+(?:this|you|it\s+all|us|this\s+conversation|this\s+discussion|this\s+relationship|"
    r"your\s+(?:excuses|attitude|games|crap|bs|drama|lies|nonsense))))?"
    r"|i\s+(?:dont|do\s+not)\s+care(?:\s+anymore)?|do\s+what(?:ever)?\s+you\s+(?:want|like)"
    r"|talk\s+to\s+the\s+hand|leave\s+me\s+alone"
    r"|(?:i\s*m|i\s+am)\s+not\s+(?:talking|discussing|doing)\s+(?:about\s+)?(?:this|it|to\s+you)"
    r"(?:\s+(?:again|anymore|with\s+you))?"
    r"|this\s+conversation\s+is\s+over|(?:end\s+of|this\s+is\s+the\s+end\s+of\s+the)\s+"
    r"(?:discussion|conversation|story)|(?:were|we\s+are)\s+done\s+(?:here|talking)"
    r"|i\s+(?:have|ve\s+got|got)\s+nothing\s+(?:more\s+|else\s+)?to\s+say(?:\s+to\s+you)?"
    r"|whatever\s+you\s+say|i\s+(?:dont|do\s+not)\s+want\s+to\s+talk\s+about\s+(?:it|this)"
    r"(?:\s+anymore)?|(?:dont|do\s+not|stop)\s+talk(?:ing)?\s+to\s+me|have\s+it\s+your\s+way"
    r"|suit\s+yourself|talk\s+to\s+someone\s+else|(?:this\s+)?conversation\s+(?:is\s+)?over"
    r"|(?:were|we\s+are)\s+done|i\s+(?:dont|do\s+not)\s+want\s+to\s+hear\s+it(?:\s+anymore)?"
    r"|save\s+it|spare\s+me|(?:lets\s+|can\s+we\s+)?(?:just\s+)?drop\s+it"
    r"|(?:think|believe|say)\s+what(?:ever)?\s+you\s+(?:want|like)"
    r"|(?:(?:i\s*m|i\s+am)|(?:were|we\s+are))\s+not\s+(?:having|doing|answering)\s+(?:this|that|it)"
    r"(?:\s+(?:conversation|discussion|argument|fight|row|debate|again|anymore|now|with\s+you)){0,2}"
    r"|(?:subject|topic|discussion|case)\s+closed|(?:cba|cant\s+be\s+bothered)(?:\s+with\s+(?:this|it|you))?"
    r"|i\s*ve\s+said\s+(?:all|everything|what)\s+(?:i\s*m\s+going|i\s+(?:want|have|need|wanted|had))\s+to\s+say"
    r"(?:\s+(?:about\s+(?:it|this|that)|on\s+(?:the\s+matter|this|that|it)))?"
    r"|forget\s+(?:i\s+(?:ever\s+)?(?:said|asked|mentioned)\s+(?:anything|it)|i\s+asked)"
    r"|(?:this\s+is|its|thats)\s+(?:so\s+|just\s+)?pointless(?:\s+talking(?:\s+to\s+you)?)?"
    r"|i\s+give\s+up|(?:it\s+)?doesnt\s+matter\s+(?:now|anymore|any\s+more)|no\s+point(?:\s+talking(?:\s+to\s+you)?)?"
    r"|(?:i\s*m|i\s+am)\s+hanging\s+up|i\s+(?:dont|do\s+not)\s+have\s+the\s+energy\s+for\s+(?:this|you)"
    r"(?:\s+anymore)?"
    # Refusing the topic, in its many wordings: "not getting into it", "not discussing it further".
    r"|(?:(?:i\s*m|i\s+am|were|we\s+are)\s+)?not\s+(?:talking|discussing|getting\s+into|going\s+into|"
    r"going\s+over|explaining|justifying|debating|arguing\s+about|doing|having)(?:\s+(?:about\s+)?(?:this|it|that|"
    r"myself|anything))?(?:\s+(?:again|anymore|any\s+more|further|any\s+further|with\s+you|to\s+you|"
    r"right\s+now|now|or\s+ever|ever|over\s+text)){0,2}"
    r"|(?:can|could)\s+we\s+(?:just\s+)?not|lets\s+(?:just\s+)?not(?:\s+(?:do\s+this|go\s+there))?"
    r"|not\s+this\s+again|lets\s+(?:just\s+)?(?:leave|forget|drop)\s+it|weve\s+been\s+(?:over|through)\s+this"
    r"(?:\s+(?:already|before|a\s+hundred\s+times))?|(?:im\s+)?not\s+in\s+the\s+mood\s+for\s+(?:this|that|it|"
    r"talking|your\s+\w+)|i\s+(?:dont|do\s+not)\s+have\s+time\s+for\s+(?:this|you|that)"
    r"|let\s+it\s+go|(?:just\s+)?leave\s+it(?:\s+alone)?|leave\s+me\s+be|end\s+of|the\s+end"
    r"|(?:this\s+)?(?:conversation|discussion)\s+(?:is\s+)?(?:over|finished|done|closed)"
    r"|(?:(?:there\s*s|there\s+is|weve\s+got|we\s+have|we\s+got|i\s*(?:just\s+)?(?:have|ve\s+got|ve|got))\s+)?"
    r"nothing\s+(?:more\s+|else\s+|left\s+)?to\s+(?:say|talk\s+about|discuss|understand|explain|add|"
    r"sort\s+out|sort|fix|work\s+out|work\s+on|apologi[sz]e\s+for|forgive)"
    r"(?:\s+(?:to\s+you|about\s+it|here))?"
    r"|(?:there\s*s|there\s+is)\s+no\s+point(?:\s+talking)?|dont\s+bother|(?:i\s+)?(?:dont|do\s+not)\s+care"
    r"|(?:i\s+)?couldnt\s+care\s+less|who\s+cares|not\s+happening|no\s+comment|(?:id\s+)?rather\s+not"
    r"|stop\s+(?:asking|calling|texting|messaging|pushing)(?:\s+me)?|(?:i\s*m|i\s+am)\s+out"
    r"|(?:i\s*m|i\s+am)\s+staying\s+out\s+of\s+(?:it|this)|moving\s+on|whatevs|watch\s+me"
    r"|(?:do|decide|say)\s+whatever(?:\s+you\s+(?:want|like))?|(?:its|it\s+is|thats)\s+(?:decided|settled|final)"
    r"|thats\s+that|(?:dont|do\s+not)\s+(?:wait\s+up|bother\s+(?:asking|texting|calling))"
    r"|(?:i\s*m|i\s+am)\s+out\s+of\s+(?:it|this)|(?:dont|do\s+not)\s+(?:even\s+)?(?:start|go\s+there)"
    r"|go\s+away|get\s+out|(?:just\s+)?leave|why\s+bother|whats\s+the\s+(?:point|use)"
    r"|whatever\s+(?:makes\s+you\s+happy|floats\s+your\s+boat)|(?:fine\s+)?be\s+like\s+that"
    r"|(?:can|could)\s+we\s+not\s+(?:do\s+this|talk\s+about\s+(?:this|it)|go\s+there)(?:\s+(?:right\s+)?now)?"
    r"|i\s*ll\s+just\s+go\s+along\s+with\s+it(?:\s+like\s+i\s+always\s+do)?|i\s+(?:just\s+)?(?:dont|do\s+not)\s+want\s+to\s+(?:talk|speak|"
    r"discuss|get\s+into|go\s+into|hear)(?:\s+(?:to\s+you|about\s+(?:it|this|that)|it|this|that|right\s+now|"
    r"anymore|any\s+more)){0,2})"
)
CLOSING_SENTENCE = lazy(rf"(?:{FILLER}\s+){{0,4}}{CLOSING}(?:\s+(?:{CLOSING}|{FILLER})){{0,4}}", 0)
FINE_SENTENCE = lazy(rf"(?:{FILLER}\s+){{0,2}}fine(?:\s+{FILLER}){{0,2}}", 0)
DEFLECTION = lazy(r"(?:nothing|(?:i\s*m|i\s+am)\s+fine|nothing\s+(?:i\s*m|i\s+am)\s+fine)", 0)
CONCERNED = compile_rule(
    rf"\b(?:what{APOSTROPHE}s\s+wrong|what\s+is\s+wrong|what\s+happened|are\s+you\s+(?:ok|okay|alright)|"
    rf"talk\s+to\s+me|is\s+something\s+wrong|what{APOSTROPHE}s\s+going\s+on)\b"
)
MAX_CLOSING_LENGTH = 100
# ...and has few words: a longer sentence cannot match ``CLOSING_SENTENCE``, so is not read.
MAX_CLOSING_SPACES = 16
KEYWORDS = compile_rule(
    r"\b(?:whatever|forget|mind|nvm|done|care|want|like|hand|alone|talking|discussing|discussion|"
    r"conversation|story|nothing|fine|say|talk|way|yourself|else|drop|save|spare|hear|over|"
    r"think|believe|having|doing|answering|closed|cba|bothered|said|pointless|point|"
    r"hanging|energy|not|let|leave|end|bother|happening|comment|rather|stop|out|moving|whatevs|"
    r"watch|decided|settled|final|cares|that|again|start|away|get|leave|want|give|matter|bother|"
    r"use|happy|boat|do|along|mood|time|been|lets)\b"
)
# The same words, matched case-sensitively in a lowercased text: several times faster, since
# ignoring case stops the engine skipping ahead to the words' first letters. Lowercasing keeps
# every position of an ASCII text; other texts are read with ``KEYWORDS``.
LOWERCASE_KEYWORDS = lazy(KEYWORDS.pattern, 0)
INLINE = gated(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:oh|ok|okay|fine|yeah|well|ugh|meh|just|nah),?[ \t]+){0,2}"
    r"(?:whatever|forget\s+it)(?=\s*(?:[,.!…;]|$))"
    rf"|\b{I_AM}\s+(?:so\s+|just\s+|totally\s+|completely\s+|officially\s+)?done(?:\s+(?:talking(?:\s+about\s+(?:this|it))?|"
    r"arguing|discussing|trying|with\s+(?:this|you|it\s+all|us|this\s+conversation|this\s+discussion|"
    r"this\s+relationship|your\s+(?:excuses|attitude|games|crap|bs|drama|lies|nonsense))))?"
    r"(?=\s*(?:[.!,…;]|$))"
    r"|\bleave\s+me\s+alone\b"
    # Closers that mean the same wherever they stand: "you decide, I'm out".
    rf"|\b{I_AM}\s+out(?=\s*(?:[.!,…;]|$))|\b{I_AM}\s+staying\s+out\s+of\s+(?:it|this)\b"
    rf"|\bI\s+couldn{APOSTROPHE}t\s+care\s+less\b|\b{I_AM}\s+not\s+(?:explaining|justifying)\s+myself\b"
    rf"|\b{DONT}\s+(?:talk|speak|text)\s+to\s+me\b|\b{DONT}\s+(?:call|text|message|ring|contact)\s+me\b"
    rf"|\bI{APOSTROPHE}ve\s+said\s+(?:all|everything|what)\s+I{APOSTROPHE}m\s+going\s+to\s+say\b",
    "whatever forget done leave out staying less explaining justifying speak text said call "
    "message ring contact",
    ("talk", "dont not"),
)
# "Forget it, it was my mistake", "never mind, found it": the matter is settled, not the talk.
RESOLVED = compile_rule(
    r"\b(?:my\s+(?:mistake|bad|fault)|I(?:'ve|\u2019ve|ve|\s+have)?\s+(?:just\s+)?(?:found|seen|saw|"
    r"sorted)|all\s+(?:sorted|good)|found\s+(?:it|them)|no\s+worries|no\s+harm\s+done)\b"
)
CELEBRATION = compile_rule(r"🎉|🥳|\b(?:finally|yay|woo+|hooray|finished)\b|!!")
# The same, matched case-sensitively in a lowercased ASCII text (see ``LOWERCASE_KEYWORDS``).
LOWERCASE_CELEBRATION = lazy(CELEBRATION.pattern, 0)
LEAVE_ME_ALONE_NEGATED = compile_rule(rf"\b(?:{DONT}|never|please\s+{DONT})\s+$")
ASKS_IF_DONE = compile_rule(r"\b(?:done|finished|ready)\b[^?]{0,40}\?")
SINCERE_WHATEVER = compile_rule(r"\s*,?\s*(?:works|is\s+fine|you\s+(?:prefer|choose|decide|pick))")

# A way back keeps a pause from being a closed door: "I'm done for tonight. Let's talk tomorrow."
WAY_BACK = compile_rule(
    rf"(?<!not\s)\b(?:tomorrow|later|tonight|in\s+(?:an?|\d+|a\s+few|twenty|ten|five|half\s+an)\s+"
    rf"(?:hour|min|minute)s?|come\s+back\s+to|pick\s+(?:this|it)\s+up|can\s+we\s+talk|"
    rf"let{APOSTROPHE}s\s+talk|talk\s+(?:about\s+it\s+)?(?:later|again|properly|when))\b"
)
# A bare reply that closes a door only because of what it answers (labelling guide).
TALK_REQUEST = compile_rule(
    r"\b(?:(?:can|could)\s+(?:we|you)\s+(?:please\s+)?(?:at\s+least\s+)?(?:talk|sort|discuss|"
    rf"pick\s+a\s+time|go\s+over|tell\s+me\s+(?:what{APOSTROPHE}s|what\s+is|what\s+happened|how\s+you))|"
    rf"(?:we\s+(?:need|should|have)\s+to|we\s+should|let{APOSTROPHE}s|I\s+(?:want|need|would\s+like)\s+to)"
    r"\s+talk|talk\s+to\s+me)\b"
)
VULNERABLE = compile_rule(
    rf"\b(?:I{APOSTROPHE}m|I\s+am|I\s+feel|I\s+felt|I\s+was|I{APOSTROPHE}ve\s+been|makes\s+me|made\s+me)\s+"
    rf"(?:\w+\s+){{0,2}}?{phrases(*NEGATIVE_FEELINGS)}\b|\bI\s+miss\b|\bdrifted\s+apart\b"
)
BARE_REFUSAL = lazy(r"(?:no|nope|nah|no\s+point|not\s+interested|pass|cba)", 0)
BARE_ACK = lazy(r"(?:k|kk|ok|okay|fine|sure|mhm|cool|noted)", 0)
THUMB = frozenset("👍🤷🏻🏼🏽🏾🏿\u200d\u2640\u2642\ufe0f .")
SENTENCE_OR_CLAUSE = re.compile(r"[.!?\n,;…]+")
# The other person asking to talk, or to be answered: a bare "no" or "not now" refuses it.
ASKS_TO_TALK = compile_rule(
    r"\b(?:talk|talking|discuss|discussing|explain|answer|listen|hear\s+me|speak|spoken|say\s+"
    r"(?:something|anything|a\s+word)|tell\s+me\s+(?:what|why|how|about)|sort\s+(?:this|it|things|us)\s+"
    r"out|sort\s+out|settle\s+this|fix\s+(?:this|us|things)|make\s+up|apologi[sz]e|look\s+at\s+me|shut\s+me\s+out|"
    r"counsell?(?:or|ing)|therap(?:y|ist)|work\s+on\s+(?:this|us)|reply|respond|finish\s+this|silent|"
    r"silence|ignoring\s+me|call\s+me\s+back|ring\s+me|(?:call|ring|phone|facetime)\s+you|come\s+over)\b"
)
# Someone reaching out: "what's wrong?", "you've gone quiet". "Nothing." closes that door.
REACHES_OUT = compile_rule(
    rf"\b(?:what{APOSTROPHE}s\s+(?:wrong|going\s+on|up|bothering\s+you|the\s+matter)|what\s+is\s+"
    r"(?:wrong|going\s+on|bothering\s+you)|what\s+happened|are\s+you\s+(?:ok|okay|alright|still\s+"
    r"(?:mad|upset|angry|cross))|(?:you\s+)?seem\s+(?:upset|off|down|quiet|distant|angry)|"
    r"(?:you(?:'ve|\u2019ve|ve)\s+)?gone\s+quiet|so\s+quiet|what\s+did\s+I\s+do|worried\s+about\s+you|"
    r"why\s+are\s+you\s+(?:so\s+)?(?:quiet|upset|angry|mad|cross|ignoring)|talk\s+to\s+me|"
    r"not\s+(?:been\s+)?yourself|is\s+something\s+wrong|what\s+is\s+it)\b"
)
# Hurt, love or need laid open: a bare "ok" or "noted" in answer leaves it hanging.
OPENED_UP = compile_rule(
    r"\bI\s+(?:feel|felt)\b(?!\s+like\s+(?!(?:you|we|I|nobody|no\s+one|everyone|it|things|my|our)\b))"
    r"|\bI\s+(?:miss|love|need)\s+you\b|\bhurt\b|"
    r"\bstung\b|\bupsets?\s+me\b|\bI(?:'m|\u2019m|m|\s+am)\s+(?:\w+\s+)?(?:sorry|trying|struggling|"
    r"scared|afraid)\b|\b(?:are|do|did)\s+you\s+even\b|\bI\s+hate\s+(?:fighting|this|it\s+when)\b"
    r"|\bI\s+(?:just\s+|only\s+)?want\s+(?:us|you|to\s+(?:understand|fix|talk|be\s+close))\b"
    r"|\b(?:ignoring\s+me|shut(?:ting)?\s+me\s+out|silent\s+treatment|(?:haven't|havent|not)\s+"
    r"(?:spoken|said\s+a\s+word)|walk(?:ed|ing)?\s+(?:away|off|out)|go(?:ne)?\s+quiet)\b"
)
REFUSAL_WORDS = lazy(
    r"(?:(?:well|and|so|just|um|yeah|sorry|ok|okay|look|honestly)\s+)?"
    r"(?:no|nope|nah|no\s+thanks|not\s+now|not\s+really|not\s+today|not\s+tonight|not\s+tomorrow|"
    r"not\s+ever|never|not\s+again|not\s+anymore|(?:its\s+)?too\s+late(?:\s+for\s+that)?|"
    r"(?:im\s+)?not\s+in\s+the\s+mood|(?:im\s+)?not\s+interested(?:\s+in\s+(?:your\s+\w+|this|it|"
    r"talking|hearing\s+it))?|(?:you\s+)?(?:figure|work)\s+it\s+out(?:\s+yourself)?|(?:id\s+)?rather\s+not|"
    r"(?:i\s+)?(?:dont|do\s+not)\s+want\s+to|i\s+dont|busy|not\s+happening|nah\s+im\s+good|im\s+good|"
    r"pass|(?:please\s+|just\s+)?dont|doesnt\s+matter|it\s+doesnt\s+matter|not\s+interested|(?:and\s+)?(?:im|i\s+am|were|we\s+are)"
    r"\s+not(?:\s+going\s+to)?|(?:and\s+)?i\s+(?:wont|will\s+not)|no\s+i\s+(?:dont|wont|cant))",
    0,
)
DEFLECTION_WORDS = lazy(
    r"(?:nothing|its\s+nothing|no\s+reason|(?:i\s+said\s+)?(?:im|i\s+am)\s+fine|doesnt\s+matter|"
    r"it\s+doesnt\s+matter|never\s*mind|forget\s+(?:it|about\s+it)|its\s+fine|dont\s+worry\s+about\s+it)",
    0,
)
ACK_WORDS = lazy(
    r"(?:k|kk|ok|okay|okey|fine|sure|right|cool|ok\s+cool|noted|mhm|mm+|hm+|yep|yup|yeah|heard|"
    r"uh\s+huh|mm\s+hm|yeah\s+yeah|sure\s+sure|yea|kay|sure\s+thing|"
    r"got\s+it|alright|if\s+you\s+say\s+so|whatever|ok\s+then|fine\s+then)",
    0,
)
EXIT_WORDS = lazy(
    r"(?:bye|night|goodnight|maybe|go\s+to\s+(?:bed|sleep)|(?:im|i\s+am)\s+(?:going\s+(?:out|to\s+bed|"
    r"to\s+sleep|for\s+a\s+(?:walk|drive|run))|off(?:\s+out)?|heading\s+out)|can\s+i\s+go\s+now|"
    r"are\s+we\s+done(?:\s+here)?)",
    0,
)
# "Book what you like.": leaving the decision to the other, in answer to a plea to decide together.
DISMISSAL_WORDS = lazy(
    r"\w+\s+what(?:ever)?\s+you\s+(?:want|like)(?:\s+then)?|you\s+do\s+you"
    r"|go\s+(?:on\s+your\s+own|without\s+me|by\s+yourself)(?:\s+then)?",
    0,
)
# Every sentence of a shutting reply is one of these (the roles are decided in ``reply_role``).
REPLY_WORDS = lazy(
    "|".join(
        f"(?:{words.pattern})"
        for words in (EXIT_WORDS, REFUSAL_WORDS, DEFLECTION_WORDS, ACK_WORDS, DISMISSAL_WORDS)
    )
    + f"|(?:{CLOSING_SENTENCE.pattern})",
    0,
)
# Withdrawal told as an action or a silence: "*walks away*", "[no reply]", "...".
ACTION = lazy(r"\s*(?:[*_\[(][^*_\[\]()\n]{1,60}[*_\])]\s*)+|\s*(?:\.{2,}|…)+\s*", 0)
WITHDRAWING = compile_rule(
    r"\b(?:(?:walks?|storms?|stomps?|marches|goes|gets\s+up\s+and\s+walks)\s+(?:away|off|out)|leaves?|"
    r"slams?|hangs?\s+up|turns?\s+(?:away|around|over|(?:the\s+)?(?:tv|telly|music|volume)\s+up)|"
    r"puts?\s+(?:\w+\s+)?(?:headphones|earphones|earbuds|airpods)|silence|silent|no\s+(?:reply|answer|"
    r"response)|left\s+on\s+read|seen|crickets|ignores?|says\s+nothing|shrugs?|goes\s+quiet|"
    r"rolls\s+over|no\s+words|(?:keeps?\s+|carries\s+on\s+)?(?:scrolling|typing|watching|reading|playing)|"
    r"read(?:\s+at)?\s+\d{1,2}[:.]\d{2}|stares?\s+at)\b"
)
# A question that "ok" answers: an offer, a plan or a request ("shall I…?", "can we…?").
PROPOSAL = compile_rule(
    r"\b(?:(?:shall|should|can|could|would|will|may)\s+(?:I|we|you)|(?:do|would)\s+you\s+(?:want|like|"
    r"mind)|want\s+me\s+to|(?:is|are)\s+(?:it|that|you)\s+(?:ok|okay|alright|fine|free|coming)|"
    r"ok(?:ay)?\s+if|how\s+about|what\s+about|let(?:'s|\u2019s|s)|right|ok|okay|yeah)\b"
)
# "Not tomorrow. Not ever.": a refusal made final.
FOR_GOOD = lazy(r"(?:or|and)?\s*(?:not\s+)?(?:ever|at\s+all)(?:\s+actually)?", 0)
REFUSAL_START = lazy(r"(?:not|(?:i\s*m|i\s+am|were|we\s+are)\s+not)\b", 0)


def find_stonewalling(text: str, previous: str | None = None) -> list[Span]:
    """Spans of door-closing words and sentences.

    >>> [text[start:end] for text in ["Whatever."] for start, end in find_stonewalling(text)]
    ['Whatever']
    """
    sentences = candidate_sentences(text)
    closing = [span for span in sentences if is_closing(text[slice(*span)], previous)]
    spans = closing + inline_spans(text, previous)
    if closing or spans or only_fine(text, previous):
        spans.extend(span for span in sentences if is_fine(text[slice(*span)]))
    if is_deflection(text, previous):
        spans.append(sentence_of(text, 0))
    spans.extend(for_good_spans(text))
    if spans and WAY_BACK.search(text, 0, 2000):
        spans = []
    if is_bare_reply(text, previous) or is_shut_reply(text, previous):
        return [trim(text, 0, len(text))]
    if spans and (WARM_EMOJI.search(text) or "🙂" in text or "👍" in text):
        return []
    if spans and celebrates(text[:2000]):
        spans = [span for span in spans if "done" not in text[slice(*span)].lower()]
    return sorted(set(spans))


def celebrates(text: str) -> bool:
    """Whether ``text`` celebrates ("finally done!!"), which makes "done" good news.

    >>> celebrates("Finally DONE"), celebrates("I'm done")
    (True, False)
    """
    if text.isascii():
        return LOWERCASE_CELEBRATION.search(text.lower()) is not None
    return CELEBRATION.search(text) is not None


def candidate_sentences(text: str) -> list[Span]:
    """The sentences that hold a stonewalling keyword, each once."""
    seen: dict[Span, None] = {}
    if text.isascii():
        matches = LOWERCASE_KEYWORDS.finditer(text.lower())
    else:
        matches = KEYWORDS.finditer(text)
    for match in matches:
        start, end = sentence_of(text, match.start(), match.end())
        if text.count(" ", start, end) > MAX_CLOSING_SPACES:
            continue
        # A sentence that only closes the door is short; longer ones say something else too.
        if end - start <= MAX_CLOSING_LENGTH:
            seen.setdefault((start, end))
    return list(seen)


NOT_LETTERS = re.compile(r"[\W_]+")


# A sentence is read by several checks in turn (closing, "fine", refusal): normalise it once.
@functools.lru_cache(maxsize=256)
def normalised(sentence: str) -> str:
    """A sentence as bare lowercase words, apostrophes dropped, for whole-sentence matching.

    >>> normalised("  I\\u2019m DONE. 😤")
    'im done'
    """
    # One regex pass instead of a Python loop per character: this runs on every candidate sentence.
    bare = sentence.lower().replace("\u2019", "").replace("'", "")
    return NOT_LETTERS.sub(" ", bare).strip()


def is_closing(sentence: str, previous: str | None) -> bool:
    """Whether a whole sentence does nothing but close the door."""
    words = normalised(sentence)
    if not words or len(words) > 80 or not CLOSING_SENTENCE.fullmatch(words):
        return False
    return not (previous and "done" in words and ASKS_IF_DONE.search(previous))


def is_fine(sentence: str) -> bool:
    """Whether a sentence is a bare "Fine." (or "ok fine", "fine then")."""
    words = normalised(sentence)
    return len(words) <= 30 and FINE_SENTENCE.fullmatch(words) is not None


def only_fine(text: str, previous: str | None) -> bool:
    """Whether the message is nothing but "fine", and not the answer to a question."""
    if previous is not None and "?" in previous:
        return False
    return len(text) <= 40 and is_fine(text)


def is_deflection(text: str, previous: str | None) -> bool:
    """ "Nothing." in answer to "what's wrong?": a door closed on someone reaching out."""
    if previous is None or len(text) > 40 or not CONCERNED.search(previous):
        return False
    return DEFLECTION.fullmatch(normalised(text)) is not None


def is_bare_reply(text: str, previous: str | None) -> bool:
    """ "nah" to "can we talk?", or a bare "k" / "👍" to "I'm really hurt": a door closed."""
    if previous is None or len(text) > 20:
        return False
    words = normalised(text)
    if BARE_REFUSAL.fullmatch(words) and TALK_REQUEST.search(previous):
        return True
    is_ack = BARE_ACK.fullmatch(words) is not None or (not words and set(text) <= THUMB)
    if not is_ack or not text.strip() or not VULNERABLE.search(previous):
        return False
    return "?" not in previous or TALK_REQUEST.search(previous) is not None


def is_shut_reply(text: str, previous: str | None) -> bool:
    """A short reply that only shuts: "no. I'm going out." to "can you explain?", "*walks away*".

    >>> is_shut_reply("nothing. leave it.", "You seem upset, what's going on?")
    True
    >>> is_shut_reply("No.", "Did you leave the oven on?")
    False
    >>> is_shut_reply("ok", "Can we talk tomorrow?")
    False
    """
    if previous is None or len(text) > 80:
        return False
    if ACTION.fullmatch(text):
        return "." in text or "…" in text or WITHDRAWING.search(text) is not None
    parts = [part for part in map(normalised, SENTENCE_OR_CLAUSE.split(text)) if part]
    # Most replies say something else too; only then is the other's turn worth reading.
    if not parts or not all(REPLY_WORDS.fullmatch(part) for part in parts) or WAY_BACK.search(text):
        return False
    roles = [reply_role(part, previous, is_eager="!" in text) for part in parts]
    return None not in roles and any(role != "exit" for role in roles)


def reply_role(part: str, previous: str, *, is_eager: bool = False) -> str | None:
    """What one sentence of a short reply does to the other's turn, if it only shuts a door.

    An eager "ok!" or "got it!" answers warmly, so it is no bare acknowledgement.
    """
    if is_closing(part, previous):
        return "closing"
    if EXIT_WORDS.fullmatch(part):
        return "exit" if not ASKS_TO_TALK.search(previous) else "refusal"
    if REFUSAL_WORDS.fullmatch(part) and ASKS_TO_TALK.search(previous):
        return "refusal"
    if DISMISSAL_WORDS.fullmatch(part) and (
        ASKS_TO_TALK.search(previous) or OPENED_UP.search(previous)
    ):
        return "refusal"
    if DEFLECTION_WORDS.fullmatch(part) and REACHES_OUT.search(previous):
        return "deflection"
    is_ack = ACK_WORDS.fullmatch(part) is not None and not is_eager
    if is_ack and (OPENED_UP.search(previous) or VULNERABLE.search(previous)):
        return None if asks_a_question(previous) else "acknowledgement"
    return None


def asks_a_question(previous: str) -> bool:
    """Whether ``previous`` ends in a question that "ok" could simply answer ("shall I cook?").

    >>> asks_a_question("I'm tired, shall I get takeaway?")
    True
    >>> asks_a_question("I've felt so lonely. Do you ever feel like that?")
    False
    """
    if not previous.rstrip().endswith("?") or REACHES_OUT.search(previous):
        return False
    question = previous[last_break(previous, len(previous.rstrip()) - 1, ".!\n", 300) :]
    return PROPOSAL.search(question) is not None


def for_good_spans(text: str) -> list[Span]:
    """ "Not tomorrow. Not ever.", "I'm not doing this over text. Or at all." """
    if "ever" not in text.lower() and "at all" not in text.lower():
        return []
    sentences = [sentence_of(text, start) for start in sentence_starts(text)]
    final = [span for span in sentences if FOR_GOOD.fullmatch(normalised(text[slice(*span)]))]
    if not final:
        return []
    refused = any(
        REFUSAL_START.match(normalised(text[slice(*span)]))
        for span in sentences
        if span not in final
    )
    return final if refused else []


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of a short message starts."""
    if len(text) > 300:
        return []
    return [
        0,
        *(index + 1 for index, c in enumerate(text) if c in ".!?\n" and index + 1 < len(text)),
    ]


def inline_spans(text: str, previous: str | None) -> list[Span]:
    """ "Whatever, do what you want", "forget it, I'll do it myself", "I'm done talking"."""
    spans = []
    for match in INLINE.finditer(text):
        word = match.group().strip().lower()
        if word.startswith("leave") and (
            LEAVE_ME_ALONE_NEGATED.search(text, max(0, match.start() - 15), match.start())
            or is_disowned(text, match.start())
        ):
            continue
        if "done" in word:
            nearby = text[max(0, match.start() - 80) : match.end() + 80]
            if celebrates(nearby) or (previous and ASKS_IF_DONE.search(previous)):
                continue
        if word.endswith("whatever") and SINCERE_WHATEVER.match(text, match.end()):
            continue
        if word.endswith("forget it") and RESOLVED.search(text, 0, 2000):
            continue
        spans.append(match.span())
    return [span for span in spans if span[0] < span[1]]
