"""Find and parse the numbers an abstract reports (pure functions, no spaCy).

Why regexes over the raw text: results are written in a handful of shapes
("80.74%", "4.9\\%", "+2 points", "7.5x", "0.91", "34.4 rightarrow 37.9") that
one compiled pattern finds in a single pass, far faster than walking tokens.
This module only finds *candidates* and parses them; deciding which candidates
are results (a bare "0.91" only counts next to a metric) is the job of
:mod:`extractors.results`, which sees the entity spans.

What is never a candidate:

- numbers glued to a name or a word (``GPT-4``, ``top-1``, ``ImageNet1k``,
  ``pass@1``, ``7B``, ``4-bit``, ``10^{-3}``);
- years (1900–2099 without unit or decimals), counts of things
  (``36 languages``, ``10 datasets``, ``1.3 billion parameters``) and
  citation/section/table/figure numbers, enumerators (``(1) train``) and
  device counts (``8 x H100 GPUs``).

A range written with a hyphen, a dash or a tilde (``7-30%``, ``4-5x``, ``3.4~10%``) gives two
candidates, both with the unit written once and ``is_range`` set. Speed-ups
and ratios (``4x``, ``48times``, ``3.24 times``) get unit ``"x"``.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"

_CANDIDATE = re.compile(
    r"(?<![\w.,@^{}\-−–+±])"
    r"(?P<sign>[+\-−±])?"
    rf"(?P<num>{_NUM})"
    rf"(?P<range>\s?[-–~]\s?(?P<hi>{_NUM}))?"
    r"\+?"  # "2+ points", "600+ FPS": at least the number
    r"(?P<unit>"
    r"\s?(?:\\?%|percent|per\s?cent)\s?(?:points?|pts)\b"  # "28.4% points": percentage points
    r"|\s?(?:\\?%|percent\b|per\s?cent\b)"
    r"|\s?(?:(?:absolute|relative)\s+)?(?:percentage[\s-]points?\b|pp\b|p\.p\.|points?\b|pts\b)"
    r"|\s?(?:×|\$?\\times\$?|[xX](?![\w])|times(?![\w]))|-times(?![\w])"
    r"|[-\s]fold(?![\w])"  # "by up to 7-fold", "a 3-fold speed-up"
    r")?"
    r"(?![\w%@])(?!-[A-Za-z])(?!\.\d)(?!,\d{3})"
)

_DIGIT_RUN = re.compile(r"\d+")
#: The same for an ASCII text, where ``\d`` is ``[0-9]`` (a range test per character, ~30% faster than the Unicode one).
_ASCII_DIGIT_RUN = re.compile(r"[0-9]+")
_SIGNS = frozenset("+-−±")

_UNIT_OF = (
    (re.compile(r"point|pp|p\.p\.|pts"), "points"),
    (re.compile(r"%|percent|per\s?cent"), "%"),
    (re.compile(r"×|times|[xX]|fold"), "x"),
)
#: "by up to 7-fold", "a 3-fold speed-up": a "-fold" number is a ratio only as a change.
_CHANGE_BY = re.compile(
    r"\bby\s+(?:(?:up\s+to|about|around|over|nearly|roughly|approximately|more\s+than|almost)\s+|~\s*)?\Z", re.IGNORECASE)
_FOLD_CHANGE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:increases?|improvements?|reductions?|speed-?ups?|gains?|decreases?|boosts?|fewer|less|more|"
    r"faster|higher|lower|smaller|larger|better|acceleration|enhancements?|compression|savings?)\b", re.IGNORECASE)
#: "reducing the number of parameters by a factor of 20", "outperforming by a factor of 30": a ratio.
_FACTOR_BEFORE = re.compile(
    r"\bfactors?\s+of\s+(?:(?:up\s+to|about|around|over|nearly|roughly|approximately|more\s+than|almost)\s+|~\s*)?\Z",
    re.IGNORECASE)

_YEAR = re.compile(r"(?:19|20)\d\d")
#: The second end of a speed-up range written with both units: the "-11x" of "5x-11x".
_X_RANGE_TAIL = re.compile(r"[-–]\s?(\d+(?:\.\d+)?)\s?(?:x|X|×)(?![\w%@])")

#: Words that make a bare number a count, a size or a reference, not a result.
_COUNT_AFTER = re.compile(
    r"\s*(?:billion|million|thousand|trillion|hundred|[BMKT]\b|k\b|languages?|datasets?|tasks?|"
    r"benchmarks?|models?|layers?|heads?|parameters?|params|tokens?|samples?|examples?|images?|"
    r"videos?|hours?|days?|minutes?|seconds?|steps?|epochs?|gpus?|tpus?|categories|classes|"
    r"domains?|subjects?|people|participants|annotators|papers|documents?|sentences?|words?|"
    r"questions?|instances?|pairs?|shots?|times?\s+(?:more|larger|fewer|less)\s+(?:data|parameters))\b",
    re.IGNORECASE,
)
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:section|sec|table|tab|figure|fig|eq|equation|appendix|chapter|step|stage|version|v|phase|"
    r"level|layer|top|rank|round|exp|experiment|et al|al)\.?|\[)\s*$",
    re.IGNORECASE,
)


#: "4 ROUGE points", "9 accuracy points", "2.1 BLEU points": "points" written after the measure's name (an acronym, a
#: name with a capital or digit, or a measure word) are the number's unit; the name stays outside the number's span.
#: Not "1,000 data points" (a count: the word is no measure).
_MEASURE_POINTS_AFTER = re.compile(
    r"\s+(?:[A-Za-z]*[A-Z0-9][\w@.\-]{0,15}|accuracy|average|perplexity|exact[\s-]match)\s+(?:percentage\s+)?points?\b")

#: "8 x H100 GPUs", "4x A100": a count of devices, not a speed-up.
_DEVICES_AFTER = re.compile(r"\s*(?:NVIDIA\s+)?(?:[A-Z]{1,2}\d{2,4}\b|(?:GPU|TPU|CPU|node|core)s?\b)")
#: "(1) train ...", "2) pick ...": a small whole number closing an enumerator.
_ENUMERATOR_AFTER = re.compile(r"\)\s*(?:[a-z]|$)")


class Number(NamedTuple):
    """A number candidate in a text.

    ``start``/``end`` cover the sign, the digits and the unit (``"+2 points"``);
    ``value`` is the canonical decimal string (minus sign kept, plus dropped).
    """

    start: int
    end: int
    value: str
    unit: str
    signed: bool
    is_range: bool


@functools.lru_cache(maxsize=4096)
def canonical_decimal(raw: str) -> str:
    """Parse a written number into a canonical decimal string.

    Thousands separators and a leading ``+`` are dropped, trailing zeros and
    exponents never appear, and ``-0`` is ``0``.

    Raises:
        ValueError: if ``raw`` is not a number.

    Example:
        >>> canonical_decimal("80.740")
        '80.74'
        >>> canonical_decimal("1,234.0")
        '1234'
        >>> canonical_decimal("−0.30")
        '-0.3'
        >>> canonical_decimal("+100")
        '100'
    """
    text = raw.strip().replace(",", "").replace("−", "-")
    try:
        value = Decimal(text)
    except InvalidOperation as err:
        raise ValueError(f"not a number: {raw!r}") from err
    if not value.is_finite():
        raise ValueError(f"not a finite number: {raw!r}")
    if value == 0:
        return "0"
    out = format(value.normalize(), "f")
    return out


def _unit(text: str) -> str:
    for pattern, unit in _UNIT_OF:
        if pattern.search(text):
            return unit
    return ""


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Find number candidates in ``text[start:end]`` (offsets index ``text``).

    Args:
        text: the whole text (offsets stay absolute).
        start, end: the window to search (a sentence).

    Returns:
        Candidates in text order; years, counts and references are dropped.

    Example:
        >>> [(n.value, n.unit) for n in find_numbers("GPT-4 gets 80.74% and +2 points in 2023 on 36 languages.")]
        [('80.74', '%'), ('2', 'points')]
        >>> [(n.value, n.unit) for n in find_numbers("a gain of 28.4% points, 3 percent points and 1.5 %pts")]
        [('28.4', 'points'), ('3', 'points'), ('1.5', 'points')]
        >>> [(n.value, n.unit, n.is_range) for n in find_numbers("a 4-5x gain, 4.9\\\\% and 7.5x smaller")]
        [('4', 'x', True), ('5', 'x', True), ('4.9', '%', False), ('7.5', 'x', False)]
        >>> [(n.value, n.is_range) for n in find_numbers("a 10%-12% gain")]
        [('10', True), ('12', True)]
        >>> [(n.value, n.unit, n.is_range) for n in find_numbers("by 3.4~10% and ~3%, up to 1.0~dB")]
        [('3.4', '%', True), ('10', '%', True), ('3', '%', False), ('1', '', False)]
        >>> [(n.value, n.unit) for n in find_numbers("by nearly 4 ROUGE points, 9 accuracy points, 1,000 data points")]
        [('4', 'points'), ('9', 'points'), ('1000', '')]
        >>> [(n.value, n.unit) for n in find_numbers("gains of 2+ points and 600+ FPS")]
        [('2', 'points'), ('600', '')]
        >>> [(n.value, n.unit, n.is_range) for n in find_numbers("training 5x-11x faster")]
        [('5', 'x', True), ('11', 'x', True)]
        >>> [(n.value, n.unit) for n in find_numbers("a 5.5-times memory saving")]
        [('5.5', 'x')]
        >>> [n.value for n in find_numbers("81.2 ±0.3 F1")]
        ['81.2']
        >>> [n.value for n in find_numbers("the recipe is to (1) train models and (2) pick one; 2) keep 8 x H100 GPUs")]
        []
    """
    end = len(text) if end is None else end
    out: list[Number] = []
    last_end = start
    # scanning digit runs first is several times faster than running the full
    # pattern at every position; the pattern is then tried where a number can start
    for run in (_ASCII_DIGIT_RUN if text.isascii() else _DIGIT_RUN).finditer(text, start, end):
        s = run.start()
        if s < last_end:
            continue
        p = s
        if p > start and text[p - 1] == ".":
            p -= 1
        if p > start and text[p - 1] in _SIGNS:
            p -= 1
        m = _CANDIDATE.match(text, p, end)
        if m is None and p != s:
            m = _CANDIDATE.match(text, s, end)
        if m is None:
            continue
        last_end = m.end()
        num = m.group("num")
        unit_text = m.group("unit") or ""
        unit = _unit(unit_text) if unit_text else ""
        if unit_text.endswith("fold") and not (_CHANGE_BY.search(text, max(start, m.start() - 30), m.start())
                                               or _FOLD_CHANGE_AFTER.match(text, m.end(), end)):
            continue  # "6-fold cross-validation", "6-fold semantic segmentation": a setting, not a ratio
        if not unit and _FACTOR_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            unit = "x"
        if not unit and _MEASURE_POINTS_AFTER.match(text, m.end(), end):
            unit = "points"
        if not unit:
            if "." not in num and _YEAR.fullmatch(num):
                continue
            if _COUNT_AFTER.match(text, m.end(), min(end, m.end() + 40)):
                continue
            if _REFERENCE_BEFORE.search(text, max(start, m.start() - 14), m.start()):
                continue
            if len(num) == 1 and _ENUMERATOR_AFTER.match(text, m.end(), end) and (
                    m.start() == start or text[m.start() - 1] == "(" or text[m.start() - 2:m.start()] in (": ", ", ", "; ")):
                continue
        elif unit == "x" and _DEVICES_AFTER.match(text, m.end(), end):
            continue
        sign = m.group("sign") or ""
        if sign == "±":
            continue  # an error bar ("80.1 ± 0.3"), not a result
        if sign in ("-", "–") and out and out[-1].unit and out[-1].end == m.start() and out[-1].unit == unit:
            # "10%-12%": the dash joins a range whose both ends carry the unit
            out[-1] = out[-1]._replace(is_range=True)
            out.append(Number(m.start() + 1, m.end(), canonical_decimal(num), unit, False, True))
            continue
        try:
            value = canonical_decimal(num)
            hi = canonical_decimal(m.group("hi")) if m.group("hi") else None
        except ValueError:
            continue
        if sign in "-−" and sign and value != "0":
            value = "-" + value
        if hi is None:
            tail = _X_RANGE_TAIL.match(text, m.end(), end) if unit == "x" else None
            if tail is not None:
                # "5x-11x": the second end carries its own unit, glued to the first one's
                out.append(Number(m.start(), m.end(), value, unit, bool(sign), True))
                out.append(Number(tail.start(1), tail.end(), canonical_decimal(tail.group(1)), unit, False, True))
                last_end = tail.end()
                continue
            out.append(Number(m.start(), m.end(), value, unit, bool(sign), False))
        else:
            out.append(Number(m.start(), m.end("num"), value, unit, bool(sign), True))
            out.append(Number(m.start("hi"), m.end(), hi, unit, False, True))
    return out
