"""Pieces of an acronym's long form written with the acronym's letters capitalised.

Papers spell out a coined acronym by capitalising its letters inside ordinary words:
"BLADE, which enhances Black-box LArge language models with small Domain-spEcific models",
"BIdirectional Casual language modeling Optimization (BICO)", "VIOLET ... VIdeO-LanguagE".
Such a word has a name's shape (capitals inside a word) but is a piece of a phrase, never a name
of its own: the shape finders must not offer ``LArge`` or ``Domain-spEcific`` as a method.

A word is such a piece when its capitalisation is irregular (two capitals before lower-case
letters, ``LArge``; a capital after lower-case letters, ``spEcific``, ``LanguagE``) and its capitals,
in order, are part of a longer acronym written in the same text (``LA`` of ``BLADE``). A
coinage whose capitals are not part of a longer acronym stays a name (``ORacle`` beside ``ORs``,
``MatSci``, ``fastText``).
"""

from __future__ import annotations

import re

#: An acronym of three or more capitals (digits and a lower-case letter may follow: "BICO", "BLADE", "TEAL").
#: (The word-start test follows the first capital, so that the scan skips to capitals in C: written
#: ``(?<![\w-])[A-Z]...`` it ran the matcher at every character, ~4x slower, same matches.)
_ACRONYM_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Za-z]*[A-Z](?![\w-])")
#: Irregular capitals: exactly two opening a word before lower-case letters ("LArge", "BIdirectional"; not
#: "BERTweet"), one inside a word that starts lower-case ("spEcific"; not "ImageNet"), one ending a lower-case
#: run ("VIdeO", "LanguagE"; not "CoT", "MoE", "ViT").
_IRREGULAR_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2}[a-z]{2}|(?<![A-Za-z])[a-z]+[A-Z][a-z]|[a-z]{2}[A-Z](?![A-Za-z])")
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _acronym_letters(text: str) -> list[str]:
    out = []
    for m in _ACRONYM_RE.finditer(text):
        caps = "".join(c for c in m.group() if c.isupper())
        if len(caps) >= 3:
            out.append(caps)
    return out


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def is_long_form_piece(word: str, acronyms: list[str]) -> bool:
    """True when ``word`` is a piece of an acronym's long form (see the module docstring).

    Args:
        word: a name candidate's surface.
        acronyms: the capitals of the acronyms of the text (:func:`long_form_pieces` computes them).

    Example:
        >>> [is_long_form_piece(w, ["BLADE", "BICO", "VIOLET"]) for w in
        ...  ("LArge", "Domain-spEcific", "BIdirectional", "VIdeO-LanguagE", "ORacle", "MatSci", "BLADE", "fastText")]
        [True, True, True, True, False, False, False, False]
    """
    if not _WORD_RE.fullmatch(word) or not _IRREGULAR_RE.search(word):
        return False
    caps = "".join(c for c in word if c.isupper())
    if len(caps) < 2:
        return False  # "fastText", "lAnguage": one capital is too little to tell
    return any(len(a) > len(caps) and _is_subsequence(caps, a) for a in acronyms)


def long_form_pieces(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans among ``spans`` whose surface is a piece of an acronym's long form in ``text``.

    Example:
        >>> t = "We present BLADE, which enhances Black-box LArge language models with small Domain-spEcific models."
        >>> sorted(t[s:e] for s, e in long_form_pieces(t, [(11, 16), (43, 48), (76, 91)]))
        ['Domain-spEcific', 'LArge']
    """
    # the text's acronyms (a regex scan of the whole text) only when a span is irregularly capitalised
    irregular = [(s, e) for s, e in spans if _IRREGULAR_RE.search(text[s:e])]
    if not irregular:
        return set()
    acronyms = list(dict.fromkeys(_acronym_letters(text)))  # each once, and each word once: a long text
    if not acronyms:                                          # repeats both (it was quadratic in them)
        return set()
    pieces: dict[str, bool] = {}
    for s, e in irregular:
        word = text[s:e]
        if word not in pieces:
            pieces[word] = is_long_form_piece(word, acronyms)
    return {(s, e) for s, e in irregular if pieces[text[s:e]]}


#: A lower-case phrase ending right before the "(" of a short form: the long form it may abbreviate.
_LOWER_PHRASE_BEFORE_RE = re.compile(r"(?<![\w-])(?:[a-z][a-z-]*\s+){0,6}[a-z][a-z-]*\s*\($")
#: Head nouns that make a lower-case phrase a dataset's description ("the visual genome dataset (VG)").
_DATASET_HEAD_RE = re.compile(r"(?:datasets?|data|benchmarks?|corpus|corpora|treebanks?|collections?|suites?|sets?)$")


def defined_by_common_phrase(text: str, start: int, end: int) -> bool:
    """True when the short form at ``text[start:end]`` is defined in parentheses by a lower-case phrase
    without a dataset head ("math word problem (MWP)", "knowledge bases (KBs)", "images per class (IPCs)").

    Such a phrase names a concept, a task, a field or a setting; a dataset's long form is a name, written
    in Title Case ("Massive Text Embedding Benchmark (MTEB)") or with its head noun. The long form is
    matched by the Schwartz-Hearst letter rule (:func:`extractors.abbreviations.best_long_form`).

    Example:
        >>> t = ("in math word problem (MWP) solving; two knowledge bases (KBs); the Massive Text Embedding Benchmark "
        ...      "(MTEB); the visual genome dataset (VG); results (MWP)")
        >>> [defined_by_common_phrase(t, t.index(w), t.index(w) + len(w)) for w in ("MWP", "KBs", "MTEB", "VG")]
        [True, True, False, False]
        >>> i = t.rindex("MWP"); defined_by_common_phrase(t, i, i + 3)
        False
    """
    if start < 2 or text[start - 1] != "(" or not text.startswith(")", end):
        return False
    m = _LOWER_PHRASE_BEFORE_RE.search(text, max(0, start - 90), start)
    if m is None:
        return False
    from extractors.abbreviations import best_long_form  # abbreviations imports the finders' modules

    long = best_long_form(text[start:end], m.group().rstrip("( \t\n"))
    return long is not None and " " in long and not _DATASET_HEAD_RE.search(long)


#: The last word of a long form that names a task done on data ("Business Document Information Extraction", "Audio
#: Description", "Multi-Label Classification"); not the words benchmarks are named after ("Massive Multitask Language
#: Understanding", "Physical Interaction: Question Answering", "Multi-Genre Natural Language Inference", "Multi-Sentence
#: Reading Comprehension").
_TASK_END_RE = re.compile(r"(?<![\w-])(?:Extraction|Classification|Recognition|Detection|Description|Translation|"
                          r"Summari[sz]ation|Segmentation|Captioning|Forecasting|Tagging)$", re.I)
#: The text a long form is looked for in, before the "(" of its short form (best_long_form finds where it starts).
_LONG_FORM_REACH = 120


def defined_as_task(text: str, start: int, end: int) -> bool:
    """True when the short form at ``text[start:end]`` is defined in parentheses by a long form ending in a task's
    head word (:data:`_TASK_END_RE`): "Audio Description (AD)", "Multi-Label Classification (PLT-MLC)". "AD datasets"
    then names the data of the task, not a dataset called AD (the long form's case does not matter, unlike
    :func:`defined_by_common_phrase`).

    Example:
        >>> t = ("Generating Audio Description (AD) for movies; the Massive Multitask Language Understanding (MMLU); "
        ...      "the Fine-Grained Visual Classification Benchmark (FGVCB)")
        >>> [defined_as_task(t, t.index(w), t.index(w) + len(w)) for w in ("AD", "MMLU", "FGVCB")]
        [True, False, False]
    """
    if start < 2 or text[start - 1] != "(" or not text.startswith(")", end):
        return False
    before = text[max(0, start - 1 - _LONG_FORM_REACH):start - 1].rstrip()
    if _TASK_END_RE.search(before) is None:
        return False
    from extractors.abbreviations import best_long_form  # abbreviations imports the finders' modules

    long = best_long_form(text[start:end], before)
    return long is not None and _TASK_END_RE.search(long) is not None


__all__ = ["defined_as_task", "defined_by_common_phrase", "is_long_form_piece", "long_form_pieces"]
