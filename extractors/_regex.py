"""Whole-text regex scans that skip, in C, the positions where no match can start.

Python's regex engine scans a text fast (a C loop over the characters) only when the pattern
opens with a literal or a character class. A pattern that opens with a look-behind or ``\\b``
(``(?<![\\w-])(?:classification|...)``) makes ``finditer`` run the whole matcher at every
position of the text: ~40-60 us per abstract for each such scan, and the rule path runs a few
dozen of them.

:class:`GatedPattern` keeps the pattern as it is and adds a *gate*: a regex that opens with
literals or a class (so the engine skips to its candidates in C) and matches at every position
where the pattern can match (typically the pattern without its opening assertion). ``finditer``
and ``search`` try the pattern only where the gate matches, so they return exactly the matches
of the plain pattern; everything else (``match``, ``fullmatch``, ``pattern``, ``flags``) is the
pattern's own.
"""

from __future__ import annotations

import re
import sys
from typing import Iterator


class GatedPattern:
    """A compiled ``pattern`` whose scans (``finditer``, ``search``) try it only where ``gate`` matches.

    ``gate`` must match (``gate.match(text, p)``) at every position ``p`` where ``pattern`` matches,
    and ``pattern`` must never match the empty string; then both scans equal the plain pattern's.

    Example:
        >>> rx = GatedPattern(re.compile(r"(?<![\\w-])(?:detection|parsing)\\b"), re.compile(r"detection|parsing"))
        >>> t = "object detection, misdetection and pre-parsing; parsing"
        >>> [m.span() for m in rx.finditer(t)] == [m.span() for m in rx.regex.finditer(t)] == [(7, 16), (48, 55)]
        True
        >>> rx.search(t, 17).span(), rx.search(t, 17, 50), rx.match(t, 7).group()
        ((48, 55), None, 'detection')
    """

    __slots__ = ("regex", "gate", "pattern", "flags", "groups", "groupindex", "match", "fullmatch", "_gate_search")

    def __init__(self, pattern: re.Pattern[str], gate: re.Pattern[str]):
        if pattern.match("") is not None:
            raise ValueError(f"a gated pattern must not match the empty string: {pattern.pattern!r}")
        self.regex = pattern
        self.gate = gate
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch
        self._gate_search = gate.search

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(string, pos, endpos)``, in order."""
        gate, match = self._gate_search, self.regex.match
        while True:
            g = gate(string, pos, endpos)
            if g is None:
                return
            start = g.start()
            m = match(string, start, endpos)
            if m is None:
                pos = start + 1
            else:
                yield m
                pos = m.end()  # never empty: no overlap and no stall, as in the plain scan

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(string, pos, endpos)``."""
        return next(self.finditer(string, pos, endpos), None)

    def __repr__(self) -> str:
        return f"GatedPattern({self.regex!r}, gate={self.gate!r})"

    def __reduce__(self):
        return (GatedPattern, (self.regex, self.gate))


def starts_word(text: str, pos: int) -> bool:
    """True when ``text[pos]`` starts a word (not the "rate" of "generate", the "gain" of "again").

    >>> [starts_word(t, t.find("rate")) for t in ("rate", "a rate", "(rate", "generate", "x_rate")]
    [True, True, True, False, False]
    """
    return not pos or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


def needle_starts(text: str, needles: tuple[str, ...]) -> list[int]:
    """Sorted word-start positions of ``needles`` in ``text``, found with ``str.find`` (for :func:`match_at`;
    computed once, tried by several patterns)."""
    starts = []
    find = text.find
    for needle in needles:
        pos = find(needle)
        while pos >= 0:
            # starts_word(text, pos), inlined: the common needles ("we ", "and ", "rat") hit a dozen times a text
            if not pos or not (text[pos - 1].isalnum() or text[pos - 1] == "_"):
                starts.append(pos)
            pos = find(needle, pos + 1)
    # one needle's positions come sorted and distinct
    return starts if len(needles) == 1 else sorted(set(starts))


# One shared scan for the cue literals of several finders (register_cues, cue_starts). Each finder used to look
# for its own literals with str.find, one C scan per literal (~1 us each on an abstract; kg_proposals asks for ~80,
# _metrics' criteria cues for ~21), or with its own trie regex (TASK_HEAD_RE). Python's regex engine pays about as
# much per word start for a trie of 300 literals as for one of 80, so one scan for all of them costs little more
# than the largest one alone, and a text's index is kept for the components that ask after kg_rules.

#: Every registered cue literal, in the order registered.
_CUES: dict[str, None] = {}
#: The compiled scan and, for each literal, the registered literals that are prefixes of it (built when first asked).
_CUE_SCAN: list = []
#: text -> its _CueIndex; more texts than a batch (64), as components run batch by batch (kg.pipeline.pipe_batches),
#: and at most _CUE_CACHE_CHARS characters of them (long full texts), the oldest dropped first.
_CUE_CACHE: dict[str, "_CueIndex"] = {}
_CUE_CACHE_SIZE = 256
_CUE_CACHE_CHARS = 4_000_000
_CUE_CACHED_CHARS = [0]


#: Needle tuples of cue_starts whose every literal is registered (checked once per tuple, not per call).
_REGISTERED_NEEDLES: set[tuple[str, ...]] = set()


def _remember(text: str, index: "_CueIndex") -> "_CueIndex":
    cache = _CUE_CACHE
    cache[text] = index
    _CUE_CACHED_CHARS[0] += len(text)
    while len(cache) > 1 and (len(cache) > _CUE_CACHE_SIZE or _CUE_CACHED_CHARS[0] > _CUE_CACHE_CHARS):
        oldest = next(iter(cache))
        del cache[oldest]
        _CUE_CACHED_CHARS[0] -= len(oldest)
    return index


def register_cues(needles) -> None:
    """Add cue literals (non-empty, starting with a word character) to the shared scan :func:`cue_starts` reads."""
    new = [n for n in needles if n not in _CUES]
    if not new:
        return
    for n in new:
        if not n or not (n[0].isalnum() or n[0] == "_"):
            raise ValueError(f"a cue literal must start with a word character: {n!r}")
    _CUES.update(dict.fromkeys(new))
    _CUE_SCAN.clear()
    _CUE_CACHE.clear()
    _CUE_CACHED_CHARS[0] = 0


def _cue_scan():
    if not _CUE_SCAN:
        from extractors.shapes import trie_pattern  # shapes' trie builder (shapes imports this module)

        words = sorted(_CUES)
        # at each word start where a literal begins, the character before the word and the literal in group 1: the
        # trie tries the longer of two literals that share a prefix first, so the group holds the longest, and its
        # registered prefixes begin there too. The scan opens with a character class, not with the look-behind
        # "(?<!\w)": so the engine skips in C to the non-word characters instead of trying the whole pattern at every
        # position (-15% for the scan); a literal at the text's start is found in a space and the text's first
        # characters, as many as the longest literal has.
        _CUE_SCAN.append(re.compile(rf"\W(?=({trie_pattern(words)}))").finditer)
        _CUE_SCAN.append({w: tuple(v for v in words if w.startswith(v)) for w in words})
        # the same scan for an ASCII text: with re.ASCII \W is a table look-up (the same characters on an ASCII
        # text), ~8% faster
        _CUE_SCAN.append(re.compile(_CUE_SCAN[0].__self__.pattern, re.ASCII).finditer)
        _CUE_SCAN.append(max(map(len, words)))
    return _CUE_SCAN


class _CueIndex:
    """The word-start positions of every registered cue literal in one text."""

    __slots__ = ("positions",)

    def __init__(self, text: str, offset: int = 0, whole: "_CueIndex | None" = None):
        if whole is not None:  # the index of text[offset:], from the text's
            self.positions = {k: [p - offset for p in v if p >= offset] for k, v in whole.positions.items()}
            return
        finditer, prefixes, ascii_finditer, longest = _cue_scan()
        scan = ascii_finditer if text.isascii() else finditer
        positions: dict[str, list[int]] = {}
        first = next(scan(" " + text[:longest]), None)
        if first is not None and first.start() == 0:
            for cue in prefixes[first.group(1)]:
                positions[cue] = [0]
        for m in scan(text):
            p = m.start(1)
            for cue in prefixes[m.group(1)]:
                at = positions.get(cue)
                if at is None:
                    positions[cue] = [p]
                else:
                    at.append(p)
        self.positions = positions


def _cue_index(text: str) -> _CueIndex:
    index = _CUE_CACHE.get(text)
    return _remember(text, _CueIndex(text)) if index is None else index


def cue_suffix(text: str, start: int) -> str:
    """``text[start:]``, whose cue positions (:func:`cue_starts`) are read from the shared scan of ``text``.

    Exact when ``text[start]`` starts no word that ``text[start - 1]`` continues (else it is scanned anew)."""
    suffix = text[start:]
    if start > 0 and suffix and suffix not in _CUE_CACHE and not (
            (suffix[0].isalnum() or suffix[0] == "_") and (text[start - 1].isalnum() or text[start - 1] == "_")):
        _remember(suffix, _CueIndex(suffix, start, _cue_index(text)))
    return suffix


def cue_index_positions(text: str) -> dict[str, list[int]]:
    """The shared scan of ``text``: each registered cue literal found in it -> its word-start positions, in order
    (read-only: the index is shared)."""
    return _cue_index(text).positions


def cue_starts(text: str, needles: tuple[str, ...]) -> list[int]:
    """``needle_starts(text, needles)``, read from the text's shared scan when every needle is registered
    (:func:`register_cues`); a new list the caller may change.

    Example:
        >>> register_cues(("we ", "we call ", "rat"))
        >>> t = "we call it; we rate; generate; (rat"
        >>> [cue_starts(t, n) == needle_starts(t, n) for n in (("we ",), ("rat", "we call "), ("rat", "zzz"))]
        [True, True, True]
        >>> cue_starts(t, ("we ",)), cue_starts(cue_suffix(t, 11), ("we ", "rat"))
        ([0, 12], [1, 4, 21])
    """
    if not (isinstance(needles, tuple) and needles in _REGISTERED_NEEDLES):
        cues = _CUES
        for n in needles:
            if n not in cues:
                return needle_starts(text, needles)
        if isinstance(needles, tuple):  # (registered literals stay registered)
            if len(_REGISTERED_NEEDLES) >= 4096:  # (callers pass literal tuples: a bound against any that do not)
                _REGISTERED_NEEDLES.clear()
            _REGISTERED_NEEDLES.add(needles)
    positions = _cue_index(text).positions
    if len(needles) == 1:
        return list(positions.get(needles[0], ()))
    out: list[int] = []
    for n in needles:
        at = positions.get(n)
        if at:
            out += at
    return sorted(set(out))


def match_at(rx: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """The non-overlapping matches of ``rx`` starting at ``starts``, in text order."""
    last = 0
    for pos in starts:
        if pos < last:
            continue
        m = rx.match(text, pos)
        if m is not None:
            last = max(m.end(), pos + 1)
            yield m


class LastBefore:
    """``text.rfind(sub, 0, end)`` for ends asked in increasing order, each character read once.

    The sentence around a cue is found by searching back to the last ". " before it: in one long
    sentence without one, a search back to the text's start per cue is quadratic. An end before
    the last one asked starts the reading over (the next loop over the text's cues).

    Example:
        >>> last = LastBefore("a. b c. d", ". ")
        >>> [last(end) for end in (1, 4, 8, 9)], [last(end) for end in (3, 9)]
        ([-1, 1, 6, 6], [1, 6])
    """

    __slots__ = ("text", "sub", "seen", "last")

    def __init__(self, text: str, sub: str) -> None:
        self.text, self.sub, self.seen, self.last = text, sub, 0, -1

    def __call__(self, end: int) -> int:
        if end < self.seen:
            self.seen, self.last = 0, -1
        # what starts before seen - len(sub) + 1 was searched for an earlier end
        found = self.text.rfind(self.sub, max(0, self.seen - len(self.sub) + 1), end)
        self.seen = end
        if found > self.last:
            self.last = found
        return self.last


class GrowingSearch:
    """Whether ``pattern.search(text, start, end)`` finds a match, for ranges that keep their start and grow
    (a sentence up to each cue in it, in turn), each character read once.

    A range is searched on from where the last one with the same start ended, so no match of
    ``pattern`` may cross or end at a range's end: the pattern matches whole words and
    ``text[end - 1]`` is never a word character, say (a match ending there could end otherwise in a
    longer range). A new start or a shorter range is searched afresh.

    Example:
        >>> we = GrowingSearch(re.compile(r"\\bwe\\b"), "so, we call it X, then Y, termed Z.")
        >>> [we(0, 3), we(0, 10), we(0, 30), we(4, 30), we(8, 30)]
        [False, True, True, True, False]
    """

    __slots__ = ("pattern", "text", "start", "end", "found")

    def __init__(self, pattern: re.Pattern, text: str) -> None:
        self.pattern, self.text, self.start, self.end, self.found = pattern, text, -1, -1, False

    def __call__(self, start: int, end: int) -> bool:
        if start != self.start or end < self.end:
            self.start, self.end, self.found = start, start, False
        if not self.found and end > self.end:
            self.found = self.pattern.search(self.text, self.end, end) is not None
            self.end = end
        return self.found


__all__ = ["GatedPattern", "starts_word", "needle_starts", "match_at", "LastBefore", "GrowingSearch",
           "register_cues", "cue_starts", "cue_suffix", "cue_index_positions"]
