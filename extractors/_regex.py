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


__all__ = ["GatedPattern", "starts_word", "needle_starts", "match_at", "LastBefore", "GrowingSearch"]
