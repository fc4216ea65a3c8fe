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


__all__ = ["GatedPattern", "starts_word", "needle_starts", "match_at"]
