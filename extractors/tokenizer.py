"""Tokenizer rules for scientific abstracts, registered as ``kg.scientific_tokenizer.v1``.

Why adapt spaCy's English tokenizer rather than write one: its exceptions and
punctuation rules are good and fast (Cython); scientific text needs only a few
changes, so we add them to the defaults:

- ``~2.3%`` and ``≈5x`` split into ``~``/``≈``, the number, and the unit, so a
  result finder sees a clean number token.
- a multiplier ``x``/``×`` after digits is split off (``2.3x`` -> ``2.3``, ``x``).
- a bracket glued to a word is split off (``systems(CADx)``), so the name inside aligns.
- model names keep their version suffix together where spaCy already does
  (``BLIP-2``, ``Llama-2``, ``pass@1``, ``top-1``); where spaCy splits on a hyphen
  followed by a letter (``GPT-3.5-Turbo``, ``MatSci-NLP``, ``F1-score``), the
  pieces are separate tokens whose span is still exactly the name, so every
  character-offset match aligns with token boundaries.
- spaCy's emoticon exceptions are left out: in abstracts ``):``, ``8)`` and ``:3`` are
  brackets and colons (``learning (ICL): they``, ``(a) ... 8) ...``), and as one token
  they glued a closing bracket to the colon after it, so a name ending at the bracket
  did not align with a token boundary.

The tokenizer is registered in spaCy's ``tokenizers`` registry so that a saved
pipeline records it in its config and ``spacy.load`` rebuilds it (with this
package imported).

Speed: spaCy caches the tokens of each whitespace-separated chunk, but only the
first ``max_cache_size`` chunks it sees (no eviction). Two things keep that cache
useful here: components that tokenise their patterns at load time (the
gazetteer's thousands of aliases) do it under :func:`uncached`, so the cache is
left for the text; and the cache holds :data:`DEFAULT_CACHE_SIZE` chunks instead
of spaCy's 10,000, which abstracts outgrow within a few hundred papers (measured
on synthetic abstracts: 0.51 ms per abstract with 10,000, 0.22 ms with 30,000 or
more; the cache costs well under 100 bytes per chunk).

Chunks the cache does not hold (every new name, most of an abstract's punctuated words) go
through spaCy's affix rules, which call Python regexes; spaCy's URL regex is tried on each of them
and their rests (~10 per abstract, ~1.2 us each), so it runs only on strings holding a ``.``, which
each of its matches does (:class:`DotGatedMatch`, ~0.1 us otherwise). The suffix regex (85
alternatives, ~3.6 us per call, ~22 calls per abstract) runs only on strings ending in a character
one of its matches can end with, and then only the alternatives that can end with that character,
in the chunk's last 5 characters (:class:`TailSuffixSearch`: ~1.7 us per call against ~4.5 with the
gate alone and ~7 for the plain regex; ~80 us per abstract of the rule path's ~4 ms). The prefix regex runs only on
strings opening with a character one of its matches can start with (:class:`FirstCharacterGatedSearch`: most chunks
open with a letter), and the infix regex, whose matches all start with a character that is no letter or digit, not
on letters and digits alone (:class:`AlnumGatedFinditer`: new names): ~30 us per abstract of a cold cache's ~200. On
the other strings (~5 per abstract: "question-answer", "GPT-4", "0.48") it is tried only at the characters a match
can start with, and there only the alternatives that can start with that character (:class:`FirstCharacterFinditer`:
~1.5 us per call against ~3-7).
"""

from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from re import _constants as _C, _parser as _sre_parse  # the suffix regex's last characters (Python 3.11+)
from typing import Callable, Iterator

import spacy
from spacy.lang.en import English
from spacy.lang.tokenizer_exceptions import URL_MATCH, emoticons
from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex, compile_suffix_regex

from extractors._extensions import remember_text
from extractors._lexattrs import fast_lex_attr_getters

#: Extra prefixes: approximate signs before a number.
EXTRA_PREFIXES = (r"~", r"≈", r"±", r"∼")
#: Extra infixes: a bracket glued to a word (``systems(CADx``), so names inside align.
EXTRA_INFIXES = (r"(?<=[A-Za-z0-9])[(\[](?=[A-Za-z0-9])", r"(?<=[A-Za-z0-9])[)\]](?=[A-Za-z])")
#: Extra suffixes: a multiplier after a number (``2.3x``); a sentence-final period after a
#: digit-and-capital name (``GSM8K.``, ``LAION-5B.``) or a mixed-case one ending in a capital
#: (``mIoU.``, ``MoE.``), which spaCy keeps as an initial otherwise (it splits only after two capitals).
EXTRA_SUFFIXES = (r"(?<=[0-9])[x×]", r"(?<=[0-9][A-Z])\.", r"(?<=[a-z][A-Z])\.")
#: Chunks (whitespace-separated strings) whose tokens the tokenizer caches; spaCy's default is 10,000.
DEFAULT_CACHE_SIZE = 100_000


class DotGatedMatch:
    """``regex.match`` of spaCy's URL regex, run only on strings holding a ``.`` (each of its matches does:
    a host name's dots or an IP address's). ``pattern`` is the regex's, for serialisation.

    Example:
        >>> from spacy.lang.tokenizer_exceptions import URL_MATCH
        >>> match = DotGatedMatch(URL_MATCH.__self__).match
        >>> [bool(match(s)) for s in ("https://x.org/a", "example.com", "localhost", "BERT-2")]
        [True, True, False, False]
    """

    def __init__(self, regex: re.Pattern[str]):
        self.regex = regex
        self.pattern = regex.pattern

    def match(self, string: str):
        return self.regex.match(string) if "." in string else None

    def __reduce__(self):
        return (DotGatedMatch, (self.regex,))


def last_characters(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a non-empty match of ``regex`` can end with, or None when that is not known.

    Read off the parsed pattern: literals, sets of literals and ranges, groups, alternations and
    repeats (a repeat that may be empty adds what precedes it); anchors and look-arounds are zero-width.
    A negated set, a category (``\\w``), any character, a backreference or case folding gives None.

    Example:
        >>> sorted(last_characters(re.compile(r"(?<=[0-9])(?:km|m)$|'s$|[.,]+$|x(?:yz)?$")))
        [',', '.', 'm', 's', 'x', 'z']
        >>> last_characters(re.compile(r"\\w$")) is None
        True
    """
    return _edge_characters(regex, last=True)


def first_characters(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a non-empty match of ``regex`` can start with, or None when that is not known
    (:func:`last_characters` read from the other end).

    Example:
        >>> sorted(first_characters(re.compile(r"^~|^US\\$|(?<=[0-9])[+-](?=[0-9])|^\\.\\.+")))
        ['+', '-', '.', 'U', '~']
        >>> first_characters(re.compile(r"^\\W")) is None, first_characters(re.compile(r"^a?")) is None
        (True, True)
    """
    return _edge_characters(regex, last=False)


def _edge_characters(regex: re.Pattern[str], *, last: bool) -> frozenset[str] | None:
    if regex.flags & re.IGNORECASE:
        return None

    def sequence(items) -> tuple[set[str], bool]:
        chars: set[str] = set()
        for op, av in (reversed(list(items)) if last else items):
            if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
                continue
            found, may_be_empty = item(op, av)
            chars |= found
            if not may_be_empty:
                return chars, False
        return chars, True

    def item(op, av) -> tuple[set[str], bool]:
        if op is _C.LITERAL:
            return {chr(av)}, False
        if op is _C.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is _C.LITERAL:
                    chars.add(chr(value))
                elif kind is _C.RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    raise ValueError(kind)
            return chars, False
        if op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise ValueError("case folding")
            return sequence(av[3].data)
        if op is _C.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                found, may_be_empty = sequence(branch.data)
                chars |= found
                empty = empty or may_be_empty
            return chars, empty
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            found, may_be_empty = sequence(av[2].data)
            return found, may_be_empty or av[0] == 0
        raise ValueError(op)

    try:
        chars, may_be_empty = sequence(_sre_parse.parse(regex.pattern, regex.flags).data)
    except ValueError:
        return None
    return None if may_be_empty else frozenset(chars)


def ends_at_end(regex: re.Pattern[str]) -> bool:
    """Whether every match of ``regex`` ends with ``$`` (at the end of the string or before a final newline).

    Example:
        >>> ends_at_end(re.compile(r"'s$|(?:km|m)$")), ends_at_end(re.compile(r"'s$|km"))
        (True, False)
    """
    return _anchored(regex, last=True)


def starts_at_start(regex: re.Pattern[str]) -> bool:
    """Whether every match of ``regex`` starts with ``^`` (at the start of the string: a prefix regex;
    :func:`ends_at_end` read from the other end).

    Example:
        >>> starts_at_start(re.compile(r"^~|^(?:US|C)\\$")), starts_at_start(re.compile(r"^~|\\$"))
        (True, False)
    """
    return _anchored(regex, last=False)


def _anchored(regex: re.Pattern[str], *, last: bool) -> bool:
    if regex.flags & re.MULTILINE:
        return False
    anchors = (_C.AT_END,) if last else (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING)

    def anchored(items) -> bool:
        if not items:
            return False
        op, av = items[-1 if last else 0]
        if op is _C.AT:
            return any(av is anchor for anchor in anchors)
        if op is _C.BRANCH:
            return all(anchored(branch.data) for branch in av[1])
        if op is _C.SUBPATTERN:
            return not av[1] & re.MULTILINE and anchored(av[3].data)
        return False

    try:
        return anchored(_sre_parse.parse(regex.pattern, regex.flags).data)
    except re.error:
        return False


class FirstCharacterGatedSearch:
    """``regex.search`` of a prefix regex (every alternative starts with ``^``), run only on strings whose first
    character a match can start with (:func:`first_characters`): most chunks open with a letter that none does.
    ``pattern`` is the regex's, for serialisation.

    Example:
        >>> search = FirstCharacterGatedSearch(re.compile(r"^\\(|^US\\$"), frozenset("(U")).search
        >>> [search(w) and search(w).span() for w in ("(BERT", "US$5", "BERT", "")]
        [(0, 1), (0, 3), None, None]
    """

    def __init__(self, regex: re.Pattern[str], first: frozenset[str]):
        self.regex = regex
        self.pattern = regex.pattern
        self.first = first

    def search(self, string: str):
        return self.regex.search(string) if string and string[0] in self.first else None

    def __reduce__(self):
        return (FirstCharacterGatedSearch, (self.regex, self.first))


class AlnumGatedFinditer:
    """``regex.finditer`` of an infix regex whose matches all start with a character that is not a letter or
    digit (:func:`first_characters`), run only on strings that hold such a character (not ``str.isalnum``):
    a new name ("Fooformer", "GPT4") has no infix. ``pattern`` is the regex's, for serialisation.

    Example:
        >>> finditer = AlnumGatedFinditer(re.compile(r"(?<=[a-z])-(?=[a-z])")).finditer
        >>> [m.span() for m in finditer("fine-tune")], list(finditer("Fooformer"))
        ([(4, 5)], [])
    """

    def __init__(self, regex: re.Pattern[str]):
        self.regex = regex
        self.pattern = regex.pattern

    def finditer(self, string: str):
        return iter(()) if string.isalnum() else self.regex.finditer(string)

    def __reduce__(self):
        return (AlnumGatedFinditer, (self.regex,))


class FirstCharacterFinditer(AlnumGatedFinditer):
    """:class:`AlnumGatedFinditer` that tries the regex only where a match can start, and there only the
    alternatives that can start with the character found.

    spaCy's infix regex is some ten alternatives, most opening with a look-behind over a large class of
    letters, so the engine tries every one at every position of the string (~7 us on "question-answer").
    Every match starts with a character of :func:`first_characters`: one character-class search finds the
    next such position, and the alternatives that can start with its character (in their order) are
    matched there; a look-behind still sees the characters before. The leftmost match at the leftmost
    position is the regex's (at one position the whole regex takes its first matching alternative), then
    the scan goes on after it (every match is non-empty), as ``finditer`` does.

    Example:
        >>> rx = re.compile(r"(?<=[a-z])-(?=[a-z])|(?<=[0-9])[+-](?=[0-9])|\\.\\.+")
        >>> finditer = FirstCharacterFinditer(rx, _alternatives_by_first(rx)).finditer
        >>> [[m.span() for m in finditer(w)] for w in ("fine-tune", "2-3+4", "a...b", "Fooformer", "P@10")]
        [[(4, 5)], [(1, 2), (3, 4)], [(1, 4)], [], []]
    """

    def __init__(self, regex: re.Pattern[str], by_first: dict[str, re.Pattern[str]]):
        super().__init__(regex)
        self.by_first = by_first
        self.gate = re.compile(_character_class(by_first))

    def finditer(self, string: str):
        if string.isalnum():
            return iter(())
        found = []
        gate, by_first = self.gate.search, self.by_first
        at = gate(string)
        while at is not None:
            start = at.start()
            m = by_first[string[start]].match(string, start)
            if m is None:
                at = gate(string, start + 1)
            else:
                found.append(m)
                at = gate(string, m.end())
        return iter(found)

    def __reduce__(self):
        return (FirstCharacterFinditer, (self.regex, self.by_first))


def _character_class(chars) -> str:
    """A regex character class of ``chars``, written as ranges of consecutive code points."""
    points = sorted(map(ord, chars))
    parts, i = [], 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        low, high = re.escape(chr(points[i])), re.escape(chr(points[j]))
        parts.append(low if i == j else f"{low}-{high}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def _alternatives_by_first(regex: re.Pattern[str]) -> dict[str, re.Pattern[str]] | None:
    """For each character a match of ``regex`` can start with: its top-level alternatives that can start with
    it, as one regex (in their order); None when the split does not parse back to the same alternatives or
    an alternative's first characters are not known (it may match nothing, or match any character), or when the
    regex has groups (an alternative compiled alone numbers them anew: a back-reference would fail or change)."""
    if regex.groups:
        return None
    parts = top_level_alternatives(regex.pattern)
    try:
        tree = _sre_parse.parse(regex.pattern, regex.flags).data
    except re.error:
        return None
    branches = len(tree[0][1][1]) if len(tree) == 1 and tree[0][0] is _C.BRANCH else 1
    if branches != len(parts):
        return None
    firsts = []
    for part in parts:
        first = first_characters(re.compile(part, regex.flags))
        if first is None:
            return None
        firsts.append(first)
    groups: dict[tuple[int, ...], list[str]] = {}
    for char in frozenset().union(*firsts):
        groups.setdefault(tuple(k for k, first in enumerate(firsts) if char in first), []).append(char)
    by_first = {}
    for indices, chars in groups.items():
        compiled = re.compile("|".join(parts[k] for k in indices), regex.flags)
        by_first.update(dict.fromkeys(chars, compiled))
    return by_first


class LastCharacterGatedSearch:
    """``regex.search`` of a suffix regex (every alternative ends in ``$``), run only on strings whose last
    character a match can end with (:func:`last_characters`), or that end in a newline (``$`` matches
    before one). ``pattern`` is the regex's, for serialisation.

    Example:
        >>> search = LastCharacterGatedSearch(re.compile(r"'s$|%$"), frozenset("s%")).search
        >>> [search(w) and search(w).span() for w in ("model's", "5%", "BERT", "5%\\n")]
        [(5, 7), (1, 2), None, (1, 2)]
    """

    def __init__(self, regex: re.Pattern[str], last: frozenset[str]):
        self.regex = regex
        self.pattern = regex.pattern
        self.last = last

    def search(self, string: str):
        if string and string[-1] not in self.last and string[-1] != "\n":
            return None
        return self.regex.search(string)

    def __reduce__(self):
        return (LastCharacterGatedSearch, (self.regex, self.last))


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` split at its top-level ``|`` (outside groups, sets and escapes).

    Example:
        >>> top_level_alternatives(r"a$|(?:b|c)$|[|]$|\\|$")
        ['a$', '(?:b|c)$', '[|]$', '\\\\|$']
    """
    parts, current, depth, in_set, i = [], [], 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current.append(pattern[i:i + 2])
            i += 2
            continue
        if in_set:
            # a "]" first in a set ("[]x]", "[^]x]") is a member, not its end
            in_set = char != "]" or current[-1] == "[" or current[-2:] == ["[", "^"]
        elif char == "[":
            in_set = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


class TailSuffixSearch(LastCharacterGatedSearch):
    """:class:`LastCharacterGatedSearch` that tries only the alternatives that can end with the string's last
    character, and only in the string's tail where their matches are of bounded width.

    Every alternative of a suffix regex ends at ``$``. For each character a match can end with, the
    alternatives of bounded width that can end with it (a dozen of spaCy's 85) form one regex, searched
    from ``width`` characters before the end (a look-behind still sees the characters before), instead
    of the engine trying 85 alternatives at every position of the string. The unbounded ones (spaCy's
    ``\\.\\.+$``) are searched on the whole string; the leftmost start wins, as in the whole regex (at
    one start every alternative's match ends at the end of the string: the same span), and only when the string
    ends with a character one of their matches can end with (a dot: ~1 us saved on every other string). A string
    holding a newline (where ``$`` also matches before it) is searched with the whole regex.

    Example:
        >>> rx = re.compile(r"'s$|(?<=[0-9])km$|\\.\\.+$")
        >>> search = TailSuffixSearch(rx, frozenset("s.m")).search
        >>> [search(w) and search(w).span() for w in ("model's", "5km", "wait...", "BERT", "..")]
        [(5, 7), (1, 3), (4, 7), None, (0, 2)]
    """

    def __init__(self, regex: re.Pattern[str], last: frozenset[str]):
        super().__init__(regex, last)
        self.by_last, self.width, self.unbounded = _split_suffix_regex(regex, last)
        # the characters an unbounded alternative's match can end with (spaCy's "\.\.+$": a dot), or None
        self.unbounded_last = last_characters(self.unbounded) if self.unbounded is not None else None

    def search(self, string: str):
        if not string:
            return self.regex.search(string)
        bounded = self.by_last.get(string[-1])
        if bounded is None:
            return self.regex.search(string) if string[-1] == "\n" else None
        if "\n" in string:
            return self.regex.search(string)
        m = bounded.search(string, max(0, len(string) - self.width))
        if self.unbounded is None or (self.unbounded_last is not None and string[-1] not in self.unbounded_last):
            return m
        u = self.unbounded.search(string)
        if u is None or (m is not None and m.start() <= u.start()):
            return m
        return u

    def __reduce__(self):
        return (TailSuffixSearch, (self.regex, self.last))


#: Longest suffix match searched as a string's tail (:class:`TailSuffixSearch`).
_MAX_TAIL = 16
_NEVER = re.compile(r"(?!)")


def _split_suffix_regex(regex: re.Pattern[str], last: frozenset[str]
                        ) -> tuple[dict[str, re.Pattern[str]], int, re.Pattern[str] | None]:
    """For each character of ``last``: ``regex``'s alternatives of bounded width that can end with it, as one
    regex (in their order); the longest of their matches; the unbounded alternatives as one regex."""
    bounded: list[tuple[str, frozenset[str] | None]] = []
    unbounded, width = [], 0
    for part in top_level_alternatives(regex.pattern):
        high = _sre_parse.parse(part, regex.flags).getwidth()[1]
        if high <= _MAX_TAIL:
            bounded.append((part, last_characters(re.compile(part, regex.flags))))
            width = max(width, high)
        else:
            unbounded.append(part)
    by_last = {}
    for char in last:
        parts = [part for part, ends in bounded if ends is None or char in ends]
        by_last[char] = re.compile("|".join(parts), regex.flags) if parts else _NEVER
    return by_last, width, re.compile("|".join(unbounded), regex.flags) if unbounded else None


def _tail_search_fits(regex: re.Pattern[str]) -> bool:
    """Whether :class:`TailSuffixSearch` may stand for ``regex``: its top-level split parses back to the
    same alternatives, and some are bounded."""
    parts = top_level_alternatives(regex.pattern)
    try:
        tree = _sre_parse.parse(regex.pattern, regex.flags).data
        widths = [_sre_parse.parse(p, regex.flags).getwidth()[1] for p in parts]
    except re.error:
        return False
    branches = len(tree[0][1][1]) if len(tree) == 1 and tree[0][0] is _C.BRANCH else 1
    return branches == len(parts) and min(widths) <= _MAX_TAIL


def gate_affix_regexes(tokenizer: Tokenizer) -> None:
    """Put :class:`DotGatedMatch` in place of ``tokenizer``'s URL match when it is spaCy's URL regex,
    :class:`LastCharacterGatedSearch` in place of its suffix search when every suffix match ends at ``$``
    and the characters it can end with are known, :class:`FirstCharacterGatedSearch` in place of its prefix
    search when every prefix match starts at ``^`` and the characters it can start with are known, and
    :class:`AlnumGatedFinditer` in place of its infix scan when no infix match can start with a letter or digit.

    Example:
        >>> import spacy
        >>> tok = create_scientific_tokenizer(spacy.blank("en")).tokenizer
        >>> type(tok.url_match.__self__).__name__
        'DotGatedMatch'
    """
    gated = affix_gates(url_match=tokenizer.url_match, suffix_search=tokenizer.suffix_search,
                        prefix_search=tokenizer.prefix_search, infix_finditer=tokenizer.infix_finditer)
    for name, function in gated.items():
        setattr(tokenizer, name, function)  # (each setter tokenises the special cases again: ~50 ms)


def affix_gates(*, url_match, suffix_search, prefix_search, infix_finditer) -> dict[str, Callable]:
    """The gated stand-ins (see :func:`gate_affix_regexes`) of those of a tokenizer's regex functions that have one,
    by the tokenizer's attribute name."""
    out: dict[str, Callable] = {}
    url = getattr(url_match, "__self__", None)
    if isinstance(url, re.Pattern) and url.pattern == URL_MATCH.__self__.pattern:
        out["url_match"] = DotGatedMatch(url).match
    suffix = getattr(suffix_search, "__self__", None)
    if isinstance(suffix, re.Pattern) and ends_at_end(suffix):
        last = last_characters(suffix)
        if last is not None:
            gated = TailSuffixSearch if _tail_search_fits(suffix) else LastCharacterGatedSearch
            out["suffix_search"] = gated(suffix, last).search
    prefix = getattr(prefix_search, "__self__", None)
    if isinstance(prefix, re.Pattern) and starts_at_start(prefix):
        first = first_characters(prefix)
        if first is not None:
            out["prefix_search"] = FirstCharacterGatedSearch(prefix, first).search
    infix = getattr(infix_finditer, "__self__", None)
    if isinstance(infix, re.Pattern):
        first = first_characters(infix)
        if first is not None and not any(char.isalnum() for char in first):
            by_first = _alternatives_by_first(infix)
            out["infix_finditer"] = (FirstCharacterFinditer(infix, by_first) if by_first is not None
                                     else AlnumGatedFinditer(infix)).finditer
    return out


class ScientificTokenizer:
    """A spaCy :class:`~spacy.tokenizer.Tokenizer` that also remembers each Doc's text.

    ``Doc.text`` re-joins every token on each access, which costs as much as a
    rule component on an abstract; the input string is the same text, so the
    tokenizer stores it (see :func:`extractors._extensions.doc_text`). Everything
    else (``explain``, serialisation, ``pipe``) is the wrapped tokenizer's.
    """

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self.tokenizer(text)
        remember_text(doc, text)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not yet set (unpickling): avoid recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def to_disk(self, path, **kwargs):
        return self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        gate_affix_regexes(self.tokenizer)  # loading compiles the plain regex again
        return self

    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        gate_affix_regexes(self.tokenizer)
        return self


@contextmanager
def uncached(tokenizer) -> Iterator[None]:
    """Tokenise without filling the tokenizer's chunk cache (for patterns built at load time).

    spaCy's cache never evicts, so chunks tokenised while building a component
    (lexicon aliases) would take the places of the text's frequent words.
    Works on a :class:`ScientificTokenizer` or a plain spaCy ``Tokenizer``.

    Example:
        >>> import spacy
        >>> tok = spacy.blank("en").tokenizer
        >>> with uncached(tok):
        ...     _ = tok("BLIP-2")
        >>> tok.max_cache_size
        10000
    """
    inner = getattr(tokenizer, "tokenizer", tokenizer)
    size = getattr(inner, "max_cache_size", None)
    if size is None:  # not a spaCy Tokenizer: nothing to protect
        yield
        return
    inner.max_cache_size = 0
    try:
        yield
    finally:
        inner.max_cache_size = size


def create_scientific_tokenizer(nlp: spacy.Language, max_cache_size: int = DEFAULT_CACHE_SIZE) -> ScientificTokenizer:
    """spaCy's English tokenizer with the scientific additions above.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.scientific_tokenizer.v1"}}})
        >>> [t.text for t in nlp("~2.3% on BLIP-2")]
        ['~', '2.3', '%', 'on', 'BLIP-2']
    """
    defaults = English.Defaults
    prefixes = list(EXTRA_PREFIXES) + list(defaults.prefixes)
    suffixes = list(defaults.suffixes) + list(EXTRA_SUFFIXES)
    affixes = {
        "prefix_search": compile_prefix_regex(prefixes).search,
        "suffix_search": compile_suffix_regex(suffixes).search,
        "infix_finditer": spacy.util.compile_infix_regex(list(defaults.infixes) + list(EXTRA_INFIXES)).finditer,
        "url_match": defaults.url_match,
    }
    affixes.update(affix_gates(**affixes))  # given to the constructor: each setter would tokenise the specials again
    tokenizer = Tokenizer(
        nlp.vocab,
        rules={text: tokens for text, tokens in defaults.tokenizer_exceptions.items() if text not in emoticons},
        token_match=defaults.token_match,
        max_cache_size=max_cache_size,
        **affixes,
    )
    # new words' lexemes: the same attributes from faster getters (extractors._lexattrs)
    nlp.vocab.lex_attr_getters = fast_lex_attr_getters(nlp.vocab.lex_attr_getters)
    return ScientificTokenizer(tokenizer)


@spacy.registry.tokenizers("kg.scientific_tokenizer.v1")
def make_scientific_tokenizer(max_cache_size: int = DEFAULT_CACHE_SIZE):
    """Registry entry: returns the tokenizer factory spaCy calls with the ``nlp``.

    ``max_cache_size``: chunks whose tokens are cached (see the module docstring).
    """
    return functools.partial(create_scientific_tokenizer, max_cache_size=max_cache_size)
