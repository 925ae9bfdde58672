"""What every rule shares: spelling-tolerant word patterns and helpers for spans and sentences.

Texting drops apostrophes ("youre", "dont") and phones type curly ones, so every contraction
here accepts a straight, curly or backtick apostrophe, or none. Patterns are compiled
case-insensitively, each on its first use (compiling them all at import took most of a
second, and a message needs few of them). They avoid nested unbounded repetition, so a megabyte
of text costs linear time.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

# CPython's own regular-expression parser (private, but present from 3.11 on) tells which
# characters a match can start with (first_characters). Without it, or if it ever parses
# differently, patterns are simply searched without skipping ahead: slower, never different.
try:
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover (a Python without them)
    sre_constants = sre_parser = None
from typing import Any

Span = tuple[int, int]

APOSTROPHE = r"['\u2019`]?"
YOU = r"(?:you|u)"
YOU_ARE = rf"(?:you{APOSTROPHE}re|you\s+are|u\s+r|ur)"
# "your so lazy" is a common typo for "you're"; "your" reads that way only before an intensifier.
YOU_ARE_TYPO = r"(?:your|ur)(?=\s+(?:so|such|being|really|too|always|just|soo+)\b)"
ANY_YOU_ARE = rf"(?:{YOU_ARE}|{YOU_ARE_TYPO})"
I_AM = rf"(?:i{APOSTROPHE}m|i\s+am)"
I_WOULD = rf"(?:i{APOSTROPHE}d|i\s+would)"
DONT = rf"(?:don{APOSTROPHE}t|do\s+not)"
DIDNT = rf"(?:didn{APOSTROPHE}t|did\s+not)"
DOESNT = rf"(?:doesn{APOSTROPHE}t|does\s+not)"
CANT = rf"(?:can{APOSTROPHE}t|cannot|can\s+not)"
WONT = rf"(?:won{APOSTROPHE}t|will\s+not)"
ITS = rf"(?:it{APOSTROPHE}s|it\s+is)"
THATS = rf"(?:that{APOSTROPHE}s|that\s+is)"
WHATS = rf"(?:what{APOSTROPHE}s|what\s+is)"

# Feelings a person can have; used to recognise "I'm hurt because…" and "you must be tired".
FEELINGS = (
    "upset", "sad", "angry", "mad", "hurt", "scared", "afraid", "worried", "tired", "exhausted",
    "frustrated", "disappointed", "anxious", "nervous", "overwhelmed", "annoyed", "confused",
    "jealous", "lonely", "alone", "stressed", "drained", "worn out", "heartbroken", "embarrassed",
    "ashamed", "frightened", "furious", "irritated", "let down", "left out", "unappreciated",
    "ignored", "unheard", "invisible", "discouraged", "devastated", "terrified", "miserable",
    "down", "low", "gutted", "fed up", "insecure", "uneasy", "on edge", "shaken", "rejected",
    "unloved", "unwanted", "neglected", "taken for granted", "sore", "stuck", "helpless",
    "hopeless", "resentful", "guilty", "torn", "burnt out", "burned out", "stretched thin",
    "happy", "grateful", "glad", "relieved", "excited", "proud", "hopeful", "calm", "loved",
    "close", "safe", "thankful", "touched", "moved", "content",
)  # fmt: skip
NEGATIVE_FEELINGS = FEELINGS[: FEELINGS.index("happy")]


class LazyPattern:
    """A regex compiled on its first use, with the methods of ``re.Pattern`` the rules call.

    Compiling every rule's pattern at import took most of a second, and a message needs only
    the few whose key words it holds. After the first call the compiled pattern's own methods
    stand in for these (they are set on the instance), so later calls cost nothing extra.

    A case-insensitive pattern in use keeps being slow: ignoring case stops the engine from
    skipping ahead to a match's possible first letters. So once a pattern has been searched
    ``TWIN_AFTER`` times, ASCII texts are searched in lowercase by a lowercase, case-sensitive
    twin (two to three times faster), and each match it finds is taken again from the pattern
    itself at the same place, so groups and text are exactly the pattern's own (see
    ``lowercase_twin``). A case-sensitive pattern gets a twin too when one can skip ahead where
    the pattern itself cannot (see ``compile_twin``); it searches the text as it is.

    >>> hi = LazyPattern(r"\\bhi\\b")
    >>> hi.search("Oh HI there").group(), hi.pattern
    ('HI', '\\\\bhi\\\\b')
    >>> [hi.search("Oh HI there").group() for _ in range(TWIN_AFTER + 1)][-1]
    'HI'
    """

    def __init__(self, source: str, flags: int = re.IGNORECASE, *, factored: bool = False) -> None:
        self.source = source
        self.flags = flags
        self.factored = factored
        self.uses = 0

    @functools.cached_property
    def pattern(self) -> str:
        """The source, with word boundaries factored out (``factor_word_boundary``) if asked."""
        return factor_word_boundary(self.source) if self.factored else self.source

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; its methods replace this object's from now on."""
        compiled = re.compile(self.pattern, self.flags)
        self.__dict__.update(
            compiled=lambda: compiled,
            match=compiled.match,
            fullmatch=compiled.fullmatch,
            findall=compiled.findall,
            sub=compiled.sub,
            split=compiled.split,
        )
        if self.flags & re.IGNORECASE:
            twin = lowercase_twin(self.pattern)
        else:
            twin = self.pattern if self.flags == 0 else None
        if twin is None:
            self.__dict__.update(search=compiled.search, finditer=compiled.finditer)
        else:
            self.__dict__.update(search=self.counted_search, finditer=self.counted_finditer)
            self.__dict__["twin_source"] = twin
        return compiled

    def counted_search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``search``, counting uses until the twin is worth compiling."""
        self.count_use()
        return self.compiled().search(string, pos, endpos)

    def counted_finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``finditer``, counting uses until the twin is worth compiling."""
        self.count_use()
        return self.compiled().finditer(string, pos, endpos)

    def count_use(self) -> None:
        """One more use; at ``TWIN_AFTER`` uses, the twin takes over searching ASCII texts."""
        self.uses += 1
        if self.uses < TWIN_AFTER:
            return
        exact = self.compiled()
        source = self.__dict__["twin_source"]
        if self.flags & re.IGNORECASE:
            twin = compile_twin(source)
            self.__dict__.update(
                search=functools.partial(twin_search, exact, twin),
                finditer=functools.partial(twin_finditer, exact, twin),
            )
        elif (skipping := skipping_twin(source)) is not None:
            self.__dict__.update(
                search=functools.partial(skip_search, exact, skipping),
                finditer=functools.partial(skip_finditer, exact, skipping),
            )
        else:
            self.__dict__.update(search=exact.search, finditer=exact.finditer)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


# Uses of a case-insensitive pattern after which its lowercase twin is compiled. A twin takes
# some milliseconds to compile, what a few hundred searches save, so only patterns in steady
# use get one, and a first message compiles only what it needs.
TWIN_AFTER = 10
# Inline flags and escapes whose meaning lowercasing the source could change.
UNTWINNABLE = re.compile(r"\(\?[a-zA-Z]*-|\(\?[A-OQ-Z]|\\[xNpP0-7]|\\u00[0-7]")


def lowercase_twin(source: str) -> str | None:
    r"""A case-sensitive pattern that matches lowercased ASCII text as ``source`` ignoring case.

    Letters A to Z outside escapes are lowercased (``\S`` keeps its meaning); a pattern whose
    inline flags or escapes could change under that, or that holds a character ignoring case
    would pair with an ASCII letter (the Kelvin sign and "k"), has no twin.

    >>> lowercase_twin(r"\bI\s+(?P<Word>[A-Z]\w+)\S")
    '\\bi\\s+(?P<word>[a-z]\\w+)\\S'
    >>> lowercase_twin(r"(?-i:YOU)") is None, lowercase_twin("\u212a") is None
    (True, True)
    """
    if UNTWINNABLE.search(source):
        return None
    for character in source:
        if not character.isascii():
            variants = character.lower() + character.upper() + character.casefold()
            if any(variant.isascii() for variant in variants):
                return None
    lowered, index = [], 0
    while index < len(source):
        if source[index] == "\\":
            lowered.append(source[index : index + 2])
            index += 2
        elif source.startswith("(?P", index):
            lowered.append("(?P")
            index += 3
        else:
            lowered.append(source[index].lower() if "A" <= source[index] <= "Z" else source[index])
            index += 1
    return "".join(lowered)


@functools.lru_cache(maxsize=16)
def lowercase(text: str) -> str:
    """``text`` lowercased, kept for the many patterns that search one message in turn."""
    return text.lower()


def twin_search(
    exact: re.Pattern[str],
    twin: re.Pattern[str],
    string: str,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> re.Match[str] | None:
    """``exact.search``, found by ``twin`` in lowercase when ``string`` is ASCII."""
    if not string.isascii():
        return exact.search(string, pos, endpos)
    found = twin.search(lowercase(string), pos, endpos)
    return None if found is None else exact.match(string, found.start(), endpos)


def twin_finditer(
    exact: re.Pattern[str],
    twin: re.Pattern[str],
    string: str,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> Iterator[re.Match[str]]:
    """``exact.finditer``, found by ``twin`` in lowercase when ``string`` is ASCII."""
    if not string.isascii():
        return exact.finditer(string, pos, endpos)
    return twin_matches(exact, twin, string, lowercase(string), pos, endpos)


def exact_matches(
    exact: re.Pattern[str], string: str, found: Iterator[re.Match[str]], endpos: int
) -> Iterator[re.Match[str]]:
    """The pattern's own match at each place its twin matched (the same match, as proven by
    the equivalence of the two on ASCII text).

    A twin from ``compile_twin`` finds every place a match starts, also inside an earlier
    match; ``finditer`` goes on from a match's end, so those are passed over.
    """
    end = -1
    for match in found:
        if match.start() < end:
            continue
        again = exact.match(string, match.start(), endpos)
        if again is not None:
            end = again.end()
            yield again


def skip_search(
    exact: re.Pattern[str],
    twin: re.Pattern[str],
    string: str,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> re.Match[str] | None:
    """``exact.search``, found by a case-sensitive pattern's ``skipping_twin``."""
    found = twin.search(string, pos, endpos)
    return None if found is None else exact.match(string, found.start(), endpos)


def skip_finditer(
    exact: re.Pattern[str],
    twin: re.Pattern[str],
    string: str,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> Iterator[re.Match[str]]:
    """``exact.finditer``, found by a case-sensitive pattern's ``skipping_twin``."""
    return twin_matches(exact, twin, string, string, pos, endpos)


def twin_matches(
    exact: re.Pattern[str],
    twin: re.Pattern[str],
    string: str,
    searched: str,
    pos: int,
    endpos: int,
) -> Iterator[re.Match[str]]:
    """The pattern's matches in ``string``, found by ``twin`` in ``searched`` (the string or
    its lowercase); most searches find nothing, and then no generator is made."""
    first = twin.search(searched, pos, endpos)
    if first is None:
        return iter(())
    found = twin.finditer(searched, first.start(), endpos)
    return exact_matches(exact, string, found, endpos)


def compile_twin(source: str) -> re.Pattern[str]:
    """The lowercase twin: one that skips ahead (``skipping_twin``) if it can, else the source."""
    return skipping_twin(source) or re.compile(source)


def skipping_twin(source: str) -> re.Pattern[str] | None:
    r"""A twin that skips ahead to a match's possible first characters, or None.

    The engine tries a pattern at every position unless it starts with a character or a set
    of them; one that starts with ``\b`` or a group does not. When every match must start
    with one of a known set of characters, the twin starts with that set and then checks,
    looking back, that the pattern (its branches merged, ``factor_branches``) matches from
    the character found: the same starts, found far sooner. Such a twin's match is that one
    character (``exact_matches`` takes the pattern's own match from there).

    >>> twin = skipping_twin(r"\bhi\b|\bhey\b")
    >>> [match.start() for match in twin.finditer("oh hi, hey there")]
    [3, 7]
    """
    factored = factor_branches(source)
    first = first_characters(factored)
    if first is None:
        return None
    characters = "".join(re.escape(character) for character in sorted(first))
    try:
        return re.compile(f"[{characters}](?<=(?={factored})(?s:.))")
    except re.error:  # an inline flag that must come first, for one; no twin then
        return None


# An item of a pattern: an escape (a character code whole), a class or a character (a group
# is read apart).
ATOM = re.compile(
    r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|N\{[^}]*\}|0[0-7]{0,2}|.)"
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]|[^\\\[()|]"
)
QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})\??")
QUANTIFIED_ATOM = re.compile(f"(?:{ATOM.pattern})(?:{QUANTIFIER.pattern})?")
# A group's number ("\\1"): merging branches could change which group it names.
BACKREFERENCE = re.compile(r"\\[1-9]")
# Groups whose inside may be merged: plain, named and lookahead. A lookbehind (which must keep
# its width) or an inline flag is kept as it is; other kinds are left to the plain twin.
OPENERS = re.compile(r"\((?!\?)|\(\?(?::|P<\w+>|=|!)")
KEPT_OPENERS = re.compile(r"\(\?(?:<=|<!|[aiLmsux]+:)")


class Unfactorable(Exception):
    """A pattern with a construct ``factor_branches`` leaves alone."""


def factor_branches(source: str) -> str:
    r"""``source`` with branches that begin alike merged: ``ab|ac`` as ``a(?:b|c)``.

    Only for a twin, which answers where a match starts: merged branches match at the same
    places, as they match the same texts (in another order, which no start depends on).
    The engine then reads a shared beginning once, not once per branch.

    >>> factor_branches(r"\bu\s+never|\bu\s+always|(?<=[.!]) ?(?:yes|yeah)")
    '\\bu\\s+(?:never|always)|(?<=[.!]) ?(?:ye(?:s|ah))'
    """
    try:
        alternation, end = factored_alternation(source, 0)
    except Unfactorable:
        return source
    return alternation if end == len(source) else source


def factored_alternation(source: str, index: int) -> tuple[str, int]:
    """The alternation from ``index`` to the next unmatched ")" or the end, factored."""
    branches: list[list[str]] = [[]]
    while index < len(source) and source[index] != ")":
        if source[index] == "|":
            branches.append([])
            index += 1
            continue
        item, index = factored_item(source, index)
        branches[-1].append(item)
    return merged_branches(branches), index


def factored_item(source: str, index: int) -> tuple[str, int]:
    """One item from ``index`` (a group's inside factored too) with its quantifier."""
    if source[index] != "(":
        match = QUANTIFIED_ATOM.match(source, index)
        if match is None or BACKREFERENCE.match(match.group()):
            raise Unfactorable(source[index : index + 2])
        return match.group(), match.end()
    if opener := OPENERS.match(source, index):
        inside, index = factored_alternation(source, opener.end())
        if index >= len(source):
            raise Unfactorable("unbalanced")
        atom, index = opener.group() + inside + ")", index + 1
    elif kept := KEPT_OPENERS.match(source, index):
        _, end = factored_alternation(source, kept.end())
        if end >= len(source):
            raise Unfactorable("unbalanced")
        atom, index = source[index : end + 1], end + 1
    else:
        raise Unfactorable(source[index : index + 3])
    quantifier = QUANTIFIER.match(source, index)
    if quantifier is None:
        return atom, index
    return atom + quantifier.group(), quantifier.end()


def merged_branches(branches: list[list[str]]) -> str:
    """Branches (lists of items) as an alternation, those with the same first item merged
    behind the longest beginning they all share."""
    by_first: dict[str, list[list[str]]] = {}
    for branch in branches:
        by_first.setdefault(branch[0] if branch else "", []).append(branch)
    alternatives = []
    for first, members in by_first.items():
        if not first or len(members) == 1:
            alternatives.append("".join(members[0]))
            continue
        shared = 1
        while all(len(member) > shared for member in members) and all(
            member[shared] == members[0][shared] for member in members
        ):
            shared += 1
        rest = merged_branches([member[shared:] for member in members])
        alternatives.append("".join(members[0][:shared]) + f"(?:{rest})")
    return "|".join(alternatives)


class NoFirstCharacters(Exception):
    """A pattern whose matches may start with too many characters to list, or with none."""


def first_characters(source: str) -> frozenset[str] | None:
    r"""Every character a match of ``source`` (case-sensitive) can start with, or None.

    >>> sorted(first_characters(r"\b(?:you|u)\s+never\b|\bnah\b"))
    ['n', 'u', 'y']
    >>> first_characters(r"\w+") is None, first_characters(r"(?:no)?") is None
    (True, True)
    """
    if sre_parser is None:
        return None
    try:
        found, is_nullable = sequence_firsts(sre_parser.parse(source, 0))
    except (NoFirstCharacters, re.error):
        return None
    except (AttributeError, IndexError, TypeError, ValueError):
        # the private parser's shapes changed in some Python: skip nothing rather than guess
        return None
    return None if is_nullable or not found else frozenset(found)


def sequence_firsts(items: Iterable[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The first characters of a sequence of parsed items, and whether it can match nothing."""
    found: set[str] = set()
    for operator, argument in items:
        firsts, is_nullable = item_firsts(operator, argument)
        found |= firsts
        if not is_nullable:
            return found, False
    return found, True


def item_firsts(operator: Any, argument: Any) -> tuple[set[str], bool]:
    """The first characters of one parsed item, and whether it can match nothing."""
    codes = sre_constants
    if operator is codes.LITERAL:
        return {chr(argument)}, False
    if operator is codes.IN:
        return class_characters(argument), False
    if operator in (codes.AT, codes.ASSERT, codes.ASSERT_NOT):
        return set(), True
    if operator is codes.SUBPATTERN:
        if argument[1] & re.IGNORECASE:  # "(?i:…)": its letters start in either case
            raise NoFirstCharacters(operator)
        return sequence_firsts(argument[3])
    if operator is codes.ATOMIC_GROUP:
        return sequence_firsts(argument)
    if operator is codes.BRANCH:
        found: set[str] = set()
        is_nullable = False
        for branch in argument[1]:
            firsts, branch_nullable = sequence_firsts(branch)
            found |= firsts
            is_nullable = is_nullable or branch_nullable
        return found, is_nullable
    if operator in (codes.MAX_REPEAT, codes.MIN_REPEAT, codes.POSSESSIVE_REPEAT):
        least, _, body = argument
        firsts, is_nullable = sequence_firsts(body)
        return firsts, is_nullable or least == 0
    raise NoFirstCharacters(operator)


def class_characters(items: Iterable[tuple[Any, Any]]) -> set[str]:
    """The characters of a ``[...]`` class made of characters and short ranges."""
    found: set[str] = set()
    for operator, argument in items:
        if operator is sre_constants.LITERAL:
            found.add(chr(argument))
        elif operator is sre_constants.RANGE and argument[1] - argument[0] < 128:
            found.update(map(chr, range(argument[0], argument[1] + 1)))
        else:
            raise NoFirstCharacters(operator)
    return found


def lazy(pattern: str, flags: int = re.IGNORECASE) -> LazyPattern:
    """A pattern compiled (case-insensitively unless ``flags`` say otherwise) on first use."""
    return LazyPattern(pattern, flags)


SENTENCE_BREAKS = ".!?\n"
CLAUSE_BREAKS = ".!?\n,;:"
WORD = re.compile(r"[ \t]*([\w'\u2019-]+)")
# Words that start a new clause: a span describing one behaviour stops before them.
CLAUSE_WORDS = frozenset({
    "and", "but", "so", "because", "cause", "cuz", "or", "while", "then", "when", "whenever",
    "like", "if", "unless", "until", "you're", "youre", "you\u2019re"
})  # fmt: skip
WARM_EMOJI = re.compile(r"[❤♥💕💖💗💞😍🥰😊☺🙏🤗😘✨💛💙💜🧡💚]")
TEASING = lazy(
    r"[😂🤣😜😝😘😉😆😅😛😄😁😃❤♥💕😍🥰]|\b(?:lol|lmao|haha\w*|hehe\w*|jk|j/k|just\s+kidding|kidding)\b",
)
# Phrases that, just before a match in the same clause, take the sting out of it: it is
# denied, reported, hypothetical or apologised for ("I'm not saying you never help").
DISOWNED = lazy(
    rf"\b(?:not\s+that|isn{APOSTROPHE}t\s+that|{DOESNT}\s+mean|{DONT}\s+mean|{DIDNT}\s+mean|"
    rf"not\s+saying|never\s+said|{DIDNT}\s+say|not\s+because|wouldn{APOSTROPHE}t\s+say|"
    rf"{DONT}\s+think|{DIDNT}\s+think|never\s+thought|no\s+one\s+(?:thinks|said|says)|"
    rf"nobody\s+(?:thinks|said|says)|sorry\s+(?:i|for|that)|if|even\s+if|unless|whether|"
    rf"what\s+if|in\s+case|pretend|imagine|not\s+true\s+that)\b(?:\s+\S+){{0,4}}\s*$",
)


def phrases(*alternatives: str) -> str:
    """A regex alternation of plain phrases, longest first, any run of spaces between words.

    Lowercase ASCII phrases are written as a tree of shared beginnings: the same matches in the
    same order (two phrases that both match at one place are one the other's beginning, and the
    longer is tried first either way), but a far shorter pattern, quicker to compile and to run.

    >>> phrases("let down", "let go", "hurt")
    '(?:let\\\\s+(?:down|go)|hurt)'
    """
    ordered = sorted(set(alternatives), key=len, reverse=True)
    if all(phrase.isascii() and phrase.islower() and phrase.isprintable() for phrase in ordered):
        return "(?:" + phrase_tree(ordered) + ")"
    return "(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered) + ")"


PhraseTree = dict[str, "PhraseTree"]


def phrase_tree(ordered: Iterable[str]) -> str:
    """Lowercase ASCII phrases as nested alternations of their shared beginnings.

    Each character is a step (a space is ``\\s+``); where a phrase ends and longer ones go on,
    the rest is optional and tried first, as the longest phrase would be.

    >>> phrase_tree(["let down", "let", "hurt"])
    'let(?:\\\\s+down)?|hurt'
    """
    root: PhraseTree = {}
    for phrase in ordered:
        node = root
        for character in phrase:
            node = node.setdefault(r"\s+" if character == " " else re.escape(character), {})
        node[""] = {}
    return tree_pattern(root)


def tree_pattern(node: PhraseTree, *, top: bool = True) -> str:
    """The alternation for one node of ``phrase_tree``: its steps, each with what follows."""
    branches = [step + tree_pattern(child, top=False) for step, child in node.items() if step]
    if not branches:
        return ""
    alternation = "|".join(branches)
    if "" in node:
        return f"(?:{alternation})?"
    if len(branches) == 1 or top:
        return alternation
    return f"(?:{alternation})"


# Rules skip a text that holds none of their key words; tests switch this off to check that
# skipping never changes a result.
IS_GATED = True
GATE_WORD = re.compile(r"[^\W_]+")
# Anchored at the start of a word, so one very long word costs linear time, not quadratic.
POSSESSIVE = re.compile(r"(?<![^\W_])([^\W_]+)'s\b")


# Identity, not the fields, makes a rule: it is looked up in a set once per rule per message.
@dataclass(frozen=True, eq=False)
class Rule:
    """A pattern and its key words: any match holds one of them, so a text without skips it.

    Scanning a short message with every pattern costs most of the detectors' time; a set
    lookup per pattern is far cheaper, and most messages hold few of the key words. Some key
    words count only beside a word of their frame (``framed``, pairs of key words and frame
    words): "like" in "you like making me wait" is a sign only with "making" or its kin.
    Which rules a text holds the words for is worked out once per text (``live_rules``).
    """

    pattern: LazyPattern
    words: frozenset[str]
    plain: frozenset[str] = frozenset()
    framed: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()

    def __post_init__(self) -> None:
        for word in self.words:
            RULES_BY_WORD[word] = RULES_BY_WORD.get(word, frozenset()) | {self}
        if self.framed:
            FRAMED_RULES.add(self)
        live_rules.cache_clear()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches, or none at once when ``text`` lacks every key word."""
        if IS_GATED and self not in live_rules(text):
            return iter(())
        return self.pattern.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        """The pattern's first match, or None at once when ``text`` lacks every key word."""
        if IS_GATED and self not in live_rules(text):
            return None
        return self.pattern.search(text)

    def holds_words(self, text: str) -> bool:
        """Whether ``text`` holds a key word that counts: a plain one, or one with its frame."""
        words = words_in(text)
        return not self.words.isdisjoint(words) and (not self.framed or self.counts(words))

    def counts(self, words: frozenset[str]) -> bool:
        """Whether ``words`` hold a plain key word, or a framed one with a word of its frame."""
        if not self.plain.isdisjoint(words):
            return True
        return any(
            not keys.isdisjoint(words) and not frame.isdisjoint(words)
            for keys, frame in self.framed
        )


# Every rule under each of its key words, and the rules with frame words, for ``live_rules``.
RULES_BY_WORD: dict[str, frozenset[Rule]] = {}
FRAMED_RULES: set[Rule] = set()


@functools.lru_cache(maxsize=32)
def live_rules(text: str) -> frozenset[Rule]:
    """The rules whose key words ``text`` holds (``Rule.holds_words``), found through the words.

    >>> rule = gated(r"\\bnever\\b", "never")
    >>> rule in live_rules("You never call"), rule in live_rules("You always call")
    (True, False)
    """
    words = words_in(text)
    found = frozenset().union(*[RULES_BY_WORD[word] for word in words if word in RULES_BY_WORD])
    unframed = [rule for rule in found & FRAMED_RULES if not rule.counts(words)]
    return found.difference(unframed) if unframed else found


def gated(pattern: str, words: str, *framed: tuple[str, str]) -> Rule:
    """A rule from a pattern and its key words, written lowercase without apostrophes, and any
    (key words, frame words) pairs whose key words count only beside a frame word.

    >>> [m.group() for m in gated(r"\\bdon't\\s+go\\b", "dont").finditer("Don't go")]
    ["Don't go"]
    >>> late = gated(r"\\bso\\s+late\\b|\\bnever\\b", "never", ("late", "so"))
    >>> late.search("Late again") is None, late.search("So late").group()
    (True, 'So late')
    """
    plain = frozenset(words.split())
    pairs = tuple((frozenset(keys.split()), frozenset(frame.split())) for keys, frame in framed)
    every = plain.union(*(keys for keys, _ in pairs))
    return Rule(compile_rule(pattern), every, plain, pairs)


# Words in most messages: a rule keyed on one of them would run on most messages.
COMMON_WORDS = frozenset({
    "a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "about", "around", "up", "out",
    "me", "you", "it", "us", "be", "is", "are", "my", "your", "and", "or",
})  # fmt: skip


def key_words(*alternatives: str) -> str:
    """A key word for each phrase: its last word, or a rarer one before it if that is common.

    A phrase's first word is only chosen when it is the only word: what comes before a phrase
    in a pattern may join onto it, where the words after the first stand alone.

    >>> key_words("self-centred", "a control freak", "lazy", "hard to talk to", "up to")
    'centred freak lazy talk to'
    """
    return " ".join(dict.fromkeys(key_word(phrase) for phrase in alternatives))


def key_word(phrase: str) -> str:
    """The key word of one phrase (see ``key_words``)."""
    words = GATE_WORD.findall(phrase.lower().replace("'", ""))
    rarer = [word for word in words[1:] if word not in COMMON_WORDS]
    chosen: str = rarer[-1] if rarer else words[-1]
    return chosen


@functools.lru_cache(maxsize=32)
def words_in(text: str) -> frozenset[str]:
    """The lowercase words of ``text``, apostrophes dropped ("Don't" gives "dont"); a word
    with a possessive "'s" also counts without it, since a key word may be followed by one.

    >>> sorted(words_in("You\\u2019re SO late for everyone's party"))
    ['everyone', 'everyones', 'for', 'late', 'party', 'so', 'youre']
    """
    lowered = text.lower().replace("\u2019", "'").replace("`", "'")
    words = frozenset(GATE_WORD.findall(lowered.replace("'", "")))
    return words.union(POSSESSIVE.findall(lowered)) if "'s" in lowered else words


def compile_rule(pattern: str) -> LazyPattern:
    """A rule pattern compiled case-insensitively on first use, its word boundaries checked once.

    >>> compile_rule(r"\\bhi\\b|\\bhey\\b").pattern
    '\\\\b(?:hi\\\\b|hey\\\\b)'
    """
    return LazyPattern(pattern, factored=True)


def factor_word_boundary(pattern: str) -> str:
    r"""``\bA|\bB|C`` as ``\b(?:A|B)|C``: one boundary test per position, not one per branch.

    Python's regex engine tries every branch at every position; a shared leading ``\b`` lets
    it give up at once inside words, which makes long texts several times faster.
    """
    branches = top_level_branches(pattern)
    bounded = [branch[2:] for branch in branches if branch.startswith(r"\b")]
    if len(bounded) < 2:
        return pattern
    others = [branch for branch in branches if not branch.startswith(r"\b")]
    return "|".join([r"\b(?:" + "|".join(bounded) + ")", *others])


def top_level_branches(pattern: str) -> list[str]:
    """The branches of a pattern's outermost alternation.

    >>> top_level_branches(r"a(b|c)|[|]d|e\\|f")
    ['a(b|c)', '[|]d', 'e\\\\|f']
    """
    branches, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
            index += 1 if pattern[index + 1 : index + 2] != "]" else 2
            continue
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


def last_break(text: str, position: int, breaks: str, limit: int) -> int:
    """Where the sentence or clause around ``position`` starts, looking back ``limit`` characters.

    >>> last_break("Hi. You never call", 10, ".", 300)
    3
    """
    floor = max(0, position - limit)
    if position < 0:  # str.rfind reads a negative end from the back; keep that meaning
        found = max(text.rfind(character, floor, position) for character in breaks)
        return found + 1 if found >= 0 else floor
    match = break_finders(breaks)[0].match(text, floor, position)
    return match.end() if match else floor


def next_break(text: str, position: int, breaks: str, limit: int) -> int:
    """Where the sentence or clause around ``position`` ends, looking ahead ``limit`` characters.

    >>> next_break("You never call. Ever.", 4, ".", 300)
    14
    """
    ceiling = min(len(text), position + limit)
    if position < 0:  # str.find reads a negative start from the back; keep that meaning
        found = [index for c in breaks if (index := text.find(c, position, ceiling)) >= 0]
        return min(found) if found else ceiling
    match = break_finders(breaks)[1].search(text, position, ceiling)
    return match.start() if match else ceiling


@functools.cache
def break_finders(breaks: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for the last and the first of ``breaks`` in a stretch of text.

    One regex call scans in C, where a ``find`` per break character costs a Python loop.
    """
    characters = "[" + "".join(re.escape(character) for character in breaks) + "]"
    return re.compile(f"(?s:.*){characters}"), re.compile(characters)


# Several rules ask for the sentence around the same match: each is worked out once.
@functools.lru_cache(maxsize=256)
def sentence_of(text: str, start: int, end: int | None = None) -> Span:
    """The sentence holding ``text[start:end]``, trimmed.

    >>> text = "Fine. You never call!"
    >>> text[slice(*sentence_of(text, 10))]
    'You never call'
    """
    begin = last_break(text, start, SENTENCE_BREAKS, 300)
    finish = next_break(text, start if end is None else end, SENTENCE_BREAKS, 300)
    return trim(text, begin, finish)


def clause_before(text: str, position: int, limit: int = 60) -> str:
    """The words of the same clause just before ``position``.

    >>> clause_before("Well, I don't think you're lazy", 20)
    " I don't think "
    """
    return text[last_break(text, position, CLAUSE_BREAKS, limit) : position]


def is_disowned(text: str, position: int) -> bool:
    """Whether the words just before ``position`` deny, report or suppose what follows.

    >>> is_disowned("I'm not saying you never help", 15), is_disowned("Honestly you never help", 9)
    (True, False)
    """
    return DISOWNED.search(clause_before(text, position)) is not None


def extend_words(text: str, position: int, max_words: int = 8) -> int:
    """The end of the behaviour described from ``position``: up to a clause break or word.

    >>> text = "you never help with the dishes, you're so lazy"
    >>> text[: extend_words(text, 9)]
    'you never help with the dishes'
    """
    end = position
    for _ in range(max_words):
        match = WORD.match(text, end)
        if match is None or match.group(1).lower() in CLAUSE_WORDS:
            break
        end = match.end()
    return end


def trim(text: str, start: int, end: int) -> Span:
    """The span without surrounding spaces or punctuation; a closing ``?`` is kept.

    >>> text = '  "so what do you mean?" '
    >>> text[slice(*trim(text, 0, len(text)))]
    'so what do you mean?'
    """
    start, end = max(0, start), min(end, len(text))
    while start < end and not (text[start].isalnum() or is_emoji(text[start])):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "?"):
        if is_emoji(text[end - 1]):
            break
        end -= 1
    return start, end


def is_emoji(character: str) -> bool:
    """Whether ``character`` is a pictograph such as an emoji.

    >>> is_emoji("🙄"), is_emoji("a")
    (True, False)
    """
    return ord(character) >= 0x2190 and not character.isalnum() and not character.isspace()


def overlaps(first: Span, second: Span) -> bool:
    """Whether two spans share at least one character.

    >>> overlaps((0, 5), (4, 9)), overlaps((0, 5), (5, 9))
    (True, False)
    """
    return first[0] < second[1] and second[0] < first[1]


def without_overlap(spans: Iterable[Span], blockers: Iterable[Span]) -> list[Span]:
    """The ``spans`` that share no character with any of ``blockers``, in time n log n.

    >>> without_overlap([(0, 3), (4, 8), (9, 12)], [(6, 7), (11, 20)])
    [(0, 3)]
    """
    blocked = disjoint(blockers)
    if not blocked:
        return list(spans)
    starts = [start for start, _ in blocked]
    kept = []
    for span in spans:
        index = bisect.bisect_left(starts, span[1]) - 1
        if index < 0 or blocked[index][1] <= span[0]:
            kept.append(span)
    return kept


def disjoint(spans: Iterable[Span]) -> list[Span]:
    """Non-empty spans sorted, with overlapping ones joined.

    >>> disjoint([(5, 9), (0, 2), (1, 3), (4, 4)])
    [(0, 3), (5, 9)]
    """
    joined: list[Span] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


# "Oh I'm SO sorry my job gets in the way": an apology shouted or overdone into a jab, both
# defensive and scornful (labelling guide, decision 5). A plain "oh I'm so sorry" is sincere.
SARCASTIC_APOLOGY = lazy(
    rf"\b(?:oh|well|gee|wow)\W{{0,3}}(?:{I_AM}\s+)?(?P<so>so+|very|really|terribly)\s+sorry\b"
    r"(?P<rest>(?:\s+that)?\s+(?:my|I)\s+[\w' ]{1,40}?\s+(?:gets?|got|is\s+getting)\s+in\s+"
    r"(?:the|your)\s+way\b)?",
)


def sarcastic_apologies(text: str) -> list[Span]:
    """Apologies turned into jabs: a shouted "SO sorry", or "sorry my job gets in the way".

    >>> text = "Oh I'm SO sorry I have a job."
    >>> [text[start:end] for start, end in sarcastic_apologies(text)]
    ["Oh I'm SO sorry I have a job"]
    >>> sarcastic_apologies("Oh I'm so sorry, that sounds awful")
    []
    """
    if "sorry" not in words_in(text):
        return []
    spans = []
    for match in SARCASTIC_APOLOGY.finditer(text):
        shouted = match.group("so").isupper() and len(match.group("so")) > 1
        if shouted or match.group("rest"):
            spans.append((match.start(), extend_words(text, match.end())))
    return spans


# "So I'm your servant now?": a request twisted into being used (defensive and scornful).
SERVANT_WORDS = (
    "servant",
    "slave",
    "maid",
    "butler",
    "cleaner",
    "chauffeur",
    "driver",
    "taxi",
    "cook",
    "secretary",
    "assistant",
    "therapist",
    "babysitter",
    "punching bag",
    "mum",
    "mom",
    "mother",
)
SERVANT = phrases(*SERVANT_WORDS)

# What a twisted restatement makes of the speaker: "so you're saying I'm a terrible person".
UNKIND_SELF = (
    r"(?:some\s+(?:kind|sort)\s+of|(?:a|an|the)\s+(?:\w+\s+)?(?:terrible|horrible|awful|bad|"
    r"useless|selfish|lazy|liar|monster|stalker|alcoholic|idiot|failure|problem|villain|worst|"
    r"criminal|psycho|control\s+freak|person)|(?:so\s+|too\s+|just\s+)?(?:terrible|horrible|awful|"
    r"useless|selfish|lazy|stupid|crazy|paranoid|controlling|jealous|boring|the\s+problem|"
    r"the\s+bad\s+guy|to\s+blame|a\s+bad\s+\w+))"
)
