"""Hugging Face papers listings saved as text (``huggingface.co/papers`` pages).

A listing page copied as text is a run of papers, each a short **title line**
followed by its **abstract line** (one long line), with page furniture around
them. Two layouts occur: papers separated by blank lines, and papers on
consecutive lines. The page noise (``new``, ``Subscribe``,
``Get trending papers in your email inbox!`` and its ``... once a day!`` variant,
``byAK and the research community``, date lines such as ``Jun 10``) is dropped,
and a ``Subscribe`` glued to the first title (``SubscribeFLAME: ...``) is cut off.

Why a small state machine rather than "every other line": a title is recognised
by what follows it (a longer, sentence-like line), so a paper without an abstract
is kept and flagged ``no_abstract`` instead of shifting every later pair, and a
second abstract paragraph is appended to the abstract before it.

The listing carries no ids, so each record's id comes from its normalised title;
its ``line`` is the line number of the title line. Nothing is lost except the
page furniture; a date line without a year is kept as ``extra`` ``listing_date``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import iter_lines, make_record
from kg.records import PaperRecord
from kg.registry import readers

#: Whole lines that are page furniture, not papers.
NOISE_LINES = frozenset({
    "new",
    "Subscribe",
    "Get trending papers in your email inbox!",
    "Get trending papers in your email inbox once a day!",
    "byAK and the research community",
})
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_DATE_LINE = re.compile(rf"^(?:{_MONTHS})[a-z]* \d{{1,2}}(?:, \d{{4}})?$")
_GLUED_SUBSCRIBE = re.compile(r"^Subscribe(?=\S)")
_SENTENCE_END = re.compile(r"[.!?)\]\"”]$")

#: A line at least this long is an abstract whatever precedes it.
ABSTRACT_MIN_CHARS = 250
#: A title is never longer than this.
TITLE_MAX_CHARS = 300


def is_noise(line: str) -> bool:
    """True for page furniture lines.

    >>> is_noise("Get trending papers in your email inbox once a day!"), is_noise("Jun 10")
    (True, True)
    >>> is_noise("BLIP-2: Bootstrapping Language-Image Pre-training")
    False
    """
    return line in NOISE_LINES or bool(_DATE_LINE.match(line))


def looks_like_abstract(line: str, title: str) -> bool:
    """Whether ``line`` reads as the abstract of ``title`` (longer, several sentences' worth).

    >>> looks_like_abstract("We propose X. It works well on many benchmarks and tasks today.", "X: a method")
    True
    >>> looks_like_abstract("Another Short Title", "X: a method")
    False
    """
    if len(line) >= ABSTRACT_MIN_CHARS:
        return True
    return len(line) > max(len(title), 40) and len(line.split()) >= 10 and bool(_SENTENCE_END.search(line))


def parse_listing(lines: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str, str, str | None]]:
    """``(title_line, title, abstract, listing_date)`` for each paper in numbered lines.

    ``abstract`` is ``""`` for a title with no abstract, ``title`` is ``""`` for an
    abstract with no title before it.

    >>> list(parse_listing(enumerate(["new", "", "Jun 10", "SubscribeT: x",
    ...      "A long abstract sentence that goes on and on about the method and results.", "U"], 1)))
    [(4, 'T: x', 'A long abstract sentence that goes on and on about the method and results.', 'Jun 10'), (6, 'U', '', 'Jun 10')]
    """
    pending: list | None = None  # [line, title, abstract parts, date] of the paper being built
    title_line, title = 0, None
    date: str | None = None
    seen_paper = False
    for number, raw in lines:
        line = raw.strip()
        if not line:
            continue
        if is_noise(line):
            if _DATE_LINE.match(line):
                date = line
            continue
        if not seen_paper:
            line = _GLUED_SUBSCRIBE.sub("", line).strip()
        if title is None:
            if len(line) >= ABSTRACT_MIN_CHARS or len(line) > TITLE_MAX_CHARS:
                if pending is not None and pending[2]:
                    pending[2].append(line)  # a second paragraph of the abstract before
                    continue
                if pending is not None:
                    yield _finish(pending)
                pending = [number, "", [line], date]
                seen_paper = True
                continue
            title_line, title = number, line
            seen_paper = True
            continue
        if looks_like_abstract(line, title):
            if pending is not None:
                yield _finish(pending)
            pending = [title_line, title, [line], date]
            title = None
            continue
        # two titles in a row: the first has no abstract
        if pending is not None:
            yield _finish(pending)
        pending = [title_line, title, [], date]
        title_line, title = number, line
    if pending is not None:
        yield _finish(pending)
    if title is not None:
        yield title_line, title, "", date


def _finish(pending: list) -> tuple[int, str, str, str | None]:
    return pending[0], pending[1], "\n\n".join(pending[2]), pending[3]


def sniff_hf_listing(head: str, path: Path) -> bool:
    """Text whose lines look like listing pages: page noise, or title lines each followed by an abstract line."""
    stripped = head.lstrip("\ufeff \t\r\n")
    if not stripped or stripped[0] in "{[<@%":
        return False
    lines = [ln.strip() for ln in head.splitlines()]
    if len(head) >= 65536 and lines:
        lines = lines[:-1]  # the sniff window may cut the last line
    content = [ln for ln in lines if ln and not is_noise(ln)]
    if not content:
        return False
    first = content[0]
    if "\t" in first or first.startswith('"') or first.count(",") >= 4 or re.match(r"^[A-Z][A-Z0-9]{1,3}\s{1,2}-?\s", first):
        return False  # CSV/TSV headers and tagged formats (RIS, WoS, MEDLINE)
    if any(ln in NOISE_LINES for ln in lines[:12] if ln) and ("Get trending papers" in head or "byAK" in head):
        return True
    pairs = list(parse_listing(enumerate(content, 1)))
    complete = [p for p in pairs if p[1] and p[2]]
    return len(complete) >= 2 and len(complete) >= 0.8 * len(pairs)


@readers.register(
    "hf-listing",
    extensions=(".txt",),
    sniff=sniff_hf_listing,
    priority=2,
    description="Hugging Face papers listing pages saved as text (title line + abstract line, page noise)",
)
def read_hf_listing(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Papers of one listing text file, in order; see the module docstring."""
    errors: list[RecordError] = []

    def lines() -> Iterator[tuple[int, str]]:
        for number, text in iter_lines(path):
            if isinstance(text, RecordError):
                errors.append(text)
                continue
            yield number, text

    count = 0
    for line, title, abstract, date in parse_listing(lines()):
        while errors:
            yield errors.pop(0)
        count += 1
        yield make_record(title=title, abstract=abstract, source=path, line=line, format="hf-listing",
                          venue=None, extra=[("listing_date", date)] if date else ())
    yield from errors
    if count == 0:
        yield RecordError(Errors.E101.format(path=path), path=str(path))
