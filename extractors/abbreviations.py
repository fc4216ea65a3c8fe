"""Abbreviations and their long forms: Schwartz & Hearst (2003) + the ``kg_abbreviations`` component.

Algorithm: A. S. Schwartz and M. A. Hearst, "A Simple Algorithm for Identifying
Abbreviation Definitions in Biomedical Text", Pacific Symposium on Biocomputing
8:451-462, 2003. A definition is ``long form (SHORT)`` (or ``SHORT (long form)``);
the long form is the shortest run of words before the parenthesis, at most
``min(|SF| + 5, 2·|SF|)`` words, in which the short form's characters occur in
order, matched right to left, with its first character starting a word. Pure
functions (:func:`find_abbreviations`, :func:`best_long_form`) as in scispaCy.

Why it matters here: a paper writes a name once in full and then by its short
form ("Multi-Agent Filtering Retrieval-Augmented Generation (MAIN-RAG)"), so a
label found for one form carries to the other and to every later occurrence of
the short form. When neither form is labelled, the long form's head noun decides
("early rumor detection (ERD)" -> TASK, "... Benchmark (LLM-KICK)" -> DATASET).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from extractors._extensions import (doc_cache, doc_text, set_doc_extension, set_span_group,  # (registers doc._)
                                  span_items)
from extractors.labels import DATASET, ENTITY_LABELS, METHOD, METRIC, TASK
from extractors.merge import NON_ENTITY_GROUPS
from extractors.shapes import NAME_RE, find_words_occurrences, is_generic_name, label_from_head

_PAREN_RE = re.compile(r"\(([^()]{1,40})\)")
_SF_RE = re.compile(r"^[A-Za-z0-9][\w\-./&+']*$")
_WORD_RE = re.compile(r"\S+")
#: Latin and editorial abbreviations that open a parenthesis ("datasets (e.g., BookSum)"): never a short form.
_NOT_SHORT_FORMS = frozenset("e.g. eg. e.g i.e. ie. i.e cf. viz. etc. vs. resp. approx. incl. et".split())
#: A lower-case roman numeral: an enumerator ("(i) ..., (ii) speaker tagging, and (iii) ..."), never a short form.
_ROMAN_ENUMERATOR_RE = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})\Z")
_STRONG_TASK_END_RE = re.compile(
    r"(?:classification|recognition|detection|segmentation|translation|summari[sz]ation|answering|parsing|"
    r"tagging|forecasting|captioning|linking|prediction|generation|retrieval|extraction|reasoning|"
    r"understanding|inference|modell?ing|processing|analysis)$", re.I)


def is_short_form(candidate: str) -> bool:
    """Schwartz–Hearst short-form test: 2–10 characters, at most two words, a letter, starts alphanumeric.

    Latin and editorial abbreviations ("e.g.", "i.e.", "cf.", "et al.") and the lower-case roman numerals of an
    enumeration ("(ii)", "(iv)") are never short forms.

    Example:
        >>> [is_short_form(s) for s in ("MAIN-RAG", "2023", "see Table 2 below", "IMMO", "a", "e.g.", "i.e.")]
        [True, False, False, True, False, False, False]
        >>> [is_short_form(s) for s in ("ii", "iii", "iv", "vi", "xii", "II", "IV", "vit", "mix")]
        [False, False, False, False, False, True, True, True, True]
    """
    if not 2 <= len(candidate) <= 10 or len(candidate.split()) > 2:
        return False
    if candidate.split()[0].lower() in _NOT_SHORT_FORMS or _ROMAN_ENUMERATOR_RE.match(candidate):
        return False
    if not any(c.isalpha() for c in candidate) or not candidate[0].isalnum():
        return False
    return bool(_SF_RE.match(candidate.replace(" ", "")))


def best_long_form(short: str, long: str) -> str | None:
    """The shortest suffix of ``long`` that defines ``short`` (Schwartz & Hearst, 2003, Fig. 2).

    Example:
        >>> best_long_form("MAIN-RAG", "we propose Multi-Agent Filtering Retrieval-Augmented Generation")
        'Multi-Agent Filtering Retrieval-Augmented Generation'
        >>> best_long_form("ERD", "Early rumor detection")
        'Early rumor detection'
        >>> best_long_form("NLP", "large models") is None
        True
    """
    lowered = long.lower()
    if len(lowered) != len(long):  # a character lower-cases to several: compare one by one
        return _best_long_form_slow(short, long)
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        if len(c) != 1:
            return _best_long_form_slow(short, long)
        i = lowered.rfind(c, 0, i + 1)
        if s == 0:
            # the first character must start a word
            while i > 0 and long[i - 1].isalnum():
                i = lowered.rfind(c, 0, i)
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = long.rfind(" ", 0, i + 1) + 1
    return long[start:]


def _best_long_form_slow(short: str, long: str) -> str | None:
    # the reference loop of best_long_form, character by character
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = long.rfind(" ", 0, i + 1) + 1
    return long[start:]


#: A long form longer than this many characters is no definition: its window (the last words before the
#: parenthesis) is cut at a word boundary this far back, so that a text written without spaces or sentence
#: ends (a garbage record, a table) costs at most this much per parenthesis. Real long forms are under 200.
MAX_LONG_FORM_CHARS = 1000


def find_abbreviations(text: str) -> list[tuple[int, int, int, int]]:
    """Definitions in ``text`` as ``(short_start, short_end, long_start, long_end)`` offsets.

    Linear in the length of ``text``: the sentence start of each parenthesis is kept as the text is
    scanned (a parenthesis searches back only to the previous one), the words of the window are
    read back from the parenthesis (:func:`_window_start`), and no window is longer than
    :data:`MAX_LONG_FORM_CHARS`.

    Example:
        >>> t = "Early rumor detection (ERD) is hard. We use Low-Rank Adaptation (LoRA)."
        >>> [(t[a:b], t[c:d]) for a, b, c, d in find_abbreviations(t)]
        [('ERD', 'Early rumor detection'), ('LoRA', 'Low-Rank Adaptation')]
    """
    out = []
    dot = newline = -1  # the last ". " and newline before the parenthesis, searched up to ``seen``
    seen = 0
    for m in _PAREN_RE.finditer(text):
        paren = m.start()
        if paren > seen:
            dot = max(dot, text.rfind(". ", max(0, seen - 1), paren))
            newline = max(newline, text.rfind("\n", seen, paren))
            seen = paren
        group = m.group(1)
        inner = group.strip()
        inner_start = m.start(1) + (len(group) - len(group.lstrip()))
        # "(SF, ...)" or "(SF; ...)": the short form comes first
        for sep in (",", ";"):
            if sep in inner:
                inner = inner.split(sep, 1)[0].strip()
        before_start = max(dot, newline) + 1
        end = paren  # the end of the text before the parenthesis, without its trailing whitespace
        while end > before_start and text[end - 1].isspace():
            end -= 1
        if is_short_form(inner):
            # the last ``max_words`` words before the parenthesis, within its sentence and the length bound
            max_words = min(len(inner) + 5, len(inner) * 2)
            window_start = _window_start(text, max(before_start, end - MAX_LONG_FORM_CHARS), end, max_words)
            if window_start < 0:
                continue
            window = text[window_start:end]
            long = best_long_form(inner, window)
            if long is None:
                continue
            long = long.strip(" ,;:\"'")
            if len(long) <= len(inner) or inner.lower() in long.lower().split():
                continue
            if len(long.split()) > max_words or "%" in long:
                continue  # a reported value is no part of a name ("report 80.2% on the Affective Faces (RAF)")
            long_start = window_start + window.rfind(long)
            long = without_kind_noun(inner, long)
            out.append((inner_start, inner_start + len(inner), long_start, long_start + len(long)))
        else:
            # "SHORT (long form)": the word before the parenthesis is the short form
            if len(inner.split()) < 2:
                continue
            sf_start = _last_word_start(text, before_start, end)
            if sf_start < 0:
                continue
            sf = text[sf_start:end]
            if not is_short_form(sf):
                continue
            long = best_long_form(sf, inner)
            if long is None or long != inner or not any(c.isupper() for c in sf):
                continue
            out.append((sf_start, end, inner_start, inner_start + len(inner)))
    return out


def doc_abbreviations(doc: Doc) -> list[tuple[int, int, int, int]]:
    """:func:`find_abbreviations` of ``doc``'s text, found once per Doc: the gazetteer reads them for short forms
    written in parentheses (about one abstract in five) and ``kg_abbreviations`` for every Doc. Callers must not
    mutate the list.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use Low-Rank Adaptation (LoRA).")
        >>> doc_abbreviations(doc), doc_abbreviations(doc) is doc_abbreviations(doc)
        ([(28, 32, 7, 26)], True)
    """
    text = doc_text(doc)
    cache = doc_cache(doc)
    hit = cache.get("kg.abbreviations")
    if hit is not None and hit[0] is text:
        return hit[1]
    pairs = find_abbreviations(text)
    cache["kg.abbreviations"] = (text, pairs)
    return pairs


#: Kind nouns a method's long form may end in without the short form spelling them: "Efficient Prompt Tuning
#: method (EPT)", "Query Ladder adapter (QLadder)" (GUIDELINES: no head nouns unless part of the name).
_KIND_NOUNS = frozenset("method framework adapter representation model approach module algorithm architecture "
                        "technique strategy mechanism pipeline paradigm scheme".split())


def without_kind_noun(short: str, long: str) -> str:
    """``long`` without a last kind noun (:data:`_KIND_NOUNS`) that gives the short form no letter.

    The short form's last letter (a plural "s" aside) must not start the noun, and the rest must still
    define the short form; "language model" stays whole (a "Language Model" is what "LM" spells).

    Example:
        >>> without_kind_noun("EPT", "Efficient Prompt Tuning method"), without_kind_noun("OMG", "Optimized Minimal Gaussians representation")
        ('Efficient Prompt Tuning', 'Optimized Minimal Gaussians')
        >>> without_kind_noun("SSMs", "state space models"), without_kind_noun("PAL", "Program-Aided Language model")
        ('state space models', 'Program-Aided Language model')
    """
    cut = long.rfind(" ")
    if cut < 0 or long[cut + 1:] not in _KIND_NOUNS:
        return long
    letters = [c for c in short if c.isalnum()]
    if len(letters) > 1 and letters[-1] == "s":
        letters.pop()
    head = long[:cut].rstrip()
    if (not letters or letters[-1].lower() == long[cut + 1] or head.lower().endswith("language")
            or best_long_form(short, head) != head):
        return long
    return head


#: Characters per word :func:`_window_start` reads back first (more only when the words are longer).
_WINDOW_WORD_CHARS = 40


def _window_start(text: str, start: int, end: int, max_words: int) -> int:
    """Where the last ``max_words`` words of ``text[start:end]`` begin (-1 when it holds none).

    A word is a run of non-space characters that starts the text or follows a space (so a word that
    ``start`` cuts is not one). Only the last ``max_words * 40`` characters are read unless they hold
    too few words: the cost is the window's, not the sentence's.

    Example:
        >>> t = "We use Low-Rank Adaptation"
        >>> t[_window_start(t, 0, len(t), 2):], t[_window_start(t, 1, len(t), 9):], _window_start(t, 0, 0, 2)
        ('Low-Rank Adaptation', 'use Low-Rank Adaptation', -1)
    """
    lo = max(start, end - _WINDOW_WORD_CHARS * max_words)
    while True:
        starts = [w.start() for w in _WORD_RE.finditer(text, lo, end)]
        if starts and starts[0] == lo and lo > 0 and not text[lo - 1].isspace():
            del starts[0]  # the tail of a word that begins before ``lo``
        if len(starts) >= max_words or lo == start:
            return starts[-max_words] if len(starts) >= max_words else (starts[0] if starts else -1)
        lo = start


def _last_word_start(text: str, start: int, end: int) -> int:
    """Where ``_LAST_WORD_RE`` matches in ``text[start:end]`` (which ends in no whitespace), or -1.

    The match is the run of word characters, hyphens and dots that ends the text, from its first ASCII
    letter or digit; found by a scan back over that run only (a regular expression search of the whole
    text before a parenthesis tries every position of it).

    Example:
        >>> t = "x " * 30 + "we use _BERT-base_v2"
        >>> t[_last_word_start(t, 0, len(t)):], _last_word_start("ab" + "c" * 60, 0, 62), _last_word_start("a colon:", 0, 8)
        ('BERT-base_v2', 0, -1)
    """
    i = end
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "_-."):
        i -= 1
    while i < end and not ("a" <= text[i] <= "z" or "A" <= text[i] <= "Z" or "0" <= text[i] <= "9"):
        i += 1
    return i if i < end else -1


#: Nouns that end the Title Case name of a measure ("Word Error Rate", "Fréchet Inception Distance").
_MEASURE_HEADS = frozenset("utilization utilisation rate ratio error accuracy distance divergence".split())


#: A dataset noun right after a short form's closing parenthesis ("the Universal Dependencies (UD) dataset").
_DATA_NOUN_AFTER_RE = re.compile(
    r"\) (?:[Dd]atasets?|[Dd]ata [Ss]ets?|[Bb]enchmarks?|[Cc]orpus|[Cc]orpora|[Tt]reebanks?|[Dd]atabases?)\b")


def label_long_form(long: str) -> str | None:
    """A label for an unlabelled long form, from its head noun, or None.

    A dataset or metric head (``Benchmark``, ``Corpus``, ``Score``) decides in any
    case; a task head (``detection``) only in a lower-case phrase, because Title
    Case names of methods end in task words too ("... Retrieval-Augmented
    Generation"); a Title Case phrase with a method head or a coined word is a
    METHOD ("Colorectal Cancer" is neither).

    Example:
        >>> [label_long_form(t) for t in ("Early rumor detection", "Knowledge-Intensive Compressed LLM BenchmarK",
        ...  "Multi-Agent Filtering Retrieval-Augmented Generation", "Colorectal Cancer", "Dense Passage Retriever")]
        ['TASK', 'DATASET', None, None, 'METHOD']
        >>> label_long_form("Model FLOPS Utilization"), label_long_form("simulated trial and error")
        ('METRIC', None)
    """
    words = long.split()
    if not words:
        return None
    head = label_from_head(words[-1].lower())
    if head in (DATASET, METRIC):
        return head
    title_case = sum(w[0].isupper() for w in words) >= max(2, len(words) - 1)
    if title_case and words[-1].lower() in _MEASURE_HEADS:
        return METRIC  # a named measure: "Model FLOPs Utilization", "Average Dependency Distance"
    if title_case and (head == METHOD or NAME_RE.search(long)):
        return METHOD
    if all(not any(c.isupper() for c in w) for w in words[1:]) and _STRONG_TASK_END_RE.search(words[-1]):
        return TASK
    return None


def _content_stems(phrase: str) -> set[str]:
    return {w[:4] for w in re.split(r"[\s/-]+", phrase.lower()) if len(w) > 2}


def overrides_lexicon(short: str, long: str, label: str, aliases: tuple[str, ...], long_label: str | None) -> bool:
    """True when a paper's definition ``long (short)`` gives ``short`` another meaning than its lexicon entry.

    The entry (``label``, ``aliases``) is what the lexicon means by SHORT; ``long_label`` the
    lexicon's label of the paper's long form itself, if listed. The paper's meaning wins when the
    entry spells out a long form sharing no content word with the paper's ("Math Stack Exchange
    (MSE)" is no mean squared error), when the long form is itself a listed name of another label
    ("grouped-query attention (GQA)" is no GQA dataset), or when the long form's own head noun
    names another kind ("relationship triple extraction (RTE)" is a task, not the RTE dataset).

    Example:
        >>> mse = ("MSE", "mean squared error")
        >>> overrides_lexicon("MSE", "Math Stack Exchange", "METRIC", mse, None), overrides_lexicon("MSE", "Mean Square Error", "METRIC", mse, None)
        (True, False)
        >>> overrides_lexicon("GQA", "grouped-query attention", "DATASET", ("GQA",), "METHOD")
        True
        >>> overrides_lexicon("RTE", "relationship triple extraction", "DATASET", ("RTE",), None)
        True
        >>> overrides_lexicon("HELM", "Holistic Evaluation of Language Models", "DATASET", ("HELM",), None)
        False
        >>> overrides_lexicon("GPT-4", "Generative Pretrained Transformer 4", "METHOD", ("GPT-4", "GPT 4", "GPT-4 Turbo"), None)
        False
    """
    if long_label is not None:
        return long_label != label
    stems = _content_stems(long)
    # the entry's spelled-out forms: several words, not the short form with a suffix ("GPT-4 Turbo")
    spelled = [a for a in aliases if " " in a.strip() and len(_content_stems(a)) > 1 and short.lower() not in a.lower()]
    if spelled:
        return not any(stems & _content_stems(a) for a in spelled)
    head = label_long_form(long)
    return head in (DATASET, METRIC, TASK) and head != label


class AbbreviationLinker:
    """Link short and long forms and carry labels between them.

    Reads ``doc.text`` and every entity group written before it (all groups but
    ``kg_entities``/``kg_results`` and its own); writes ``doc._.abbreviations``
    (offset quadruples) and ``doc.spans[name]``: every occurrence of a short form
    whose long form was typed (score >= ``min_source_score``), the long form of a
    typed short form, and both forms when only the long form's head noun types
    them (``head_score``). Carried scores are capped at ``carry_score``.
    """

    def __init__(self, name: str = "kg_abbreviations", *, head_score: float = 0.6, carry_score: float = 0.8,
                 min_source_score: float = 0.5):
        self.name = name
        self.min_source_score = min_source_score
        self.head_score = head_score
        self.carry_score = carry_score

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        pairs = list(doc_abbreviations(doc))  # (a copy: the cached list stays as found)
        set_doc_extension(doc, "abbreviations", pairs)  # doc._.abbreviations = pairs
        if not pairs:
            doc.spans[self.name] = SpanGroup(doc, name=self.name, spans=[], attrs={"scores": []})
            return doc
        labelled: dict[tuple[int, int], tuple[str, float, bool]] = {}
        for group_name in sorted(doc.spans):
            if group_name in NON_ENTITY_GROUPS or group_name == self.name:
                continue
            group = doc.spans[group_name]
            scores = group.attrs.get("scores") or [1.0] * len(group)
            proposed = group.attrs.get("proposed") or [False] * len(group)
            for (start, end, label, _, _), score, prop in zip(span_items(doc, group_name), scores, proposed):
                key = (start, end)
                old = labelled.get(key)
                if old is None or score > old[1]:
                    labelled[key] = (label, float(score), bool(prop) or (old[2] if old else False))
        found: dict[tuple[int, int], tuple[str, float]] = {}
        # each short form's occurrences and the labelled spans by start are found once, and a short form's
        # occurrences take the label of its first carrying definition only (later ones found them taken):
        # a search per definition made a text of thousands of definitions quadratic
        occurrences_of = find_words_occurrences(
            text, (text[s0:s1] for s0, s1, _, _ in pairs if not is_generic_name(text[s0:s1])))
        within = _LabelledWithin(labelled)
        carried: set[str] = set()
        title_end = text.find("\n\n")
        for s0, s1, l0, l1 in pairs:
            short, long = text[s0:s1], text[l0:l1]
            if is_generic_name(short):
                continue
            sf, lf = labelled.get((s0, s1)), within(l0, l1)
            head = label_long_form(long)
            if lf is not None and lf[1] >= self.min_source_score:
                # the long form is typed: carry its label to the short form everywhere; when the typed
                # span covers only part of the long form ("Long Short-Term Memory" of "Bidirectional
                # Long Short-Term Memory (BLSTM)"), the whole long form is the name
                with_long, carry, label, score = (l0, l1) not in labelled, True, lf[0], min(lf[1], self.carry_score)
            elif head in (DATASET, METRIC, TASK):
                # a head noun ("... Benchmark", "... detection") outweighs the short form's context
                with_long, carry, label, score = True, True, head, max(self.head_score, sf[1] if sf else 0.0)
            elif _DATA_NOUN_AFTER_RE.match(text, s1) and (sf is None or sf[0] == DATASET or sf[1] < 0.6) \
                    and label_from_head(long.rsplit(None, 1)[-1].lower()) != METHOD:
                # "the Universal Dependencies (UD) dataset": the noun after the short form names what both forms
                # are (not "Large Language Model (LLM) datasets": a model's head noun says the data is about it)
                with_long, carry, label, score = True, True, DATASET, max(self.head_score, sf[1] if sf else 0.0)
            elif sf is not None and sf[1] >= self.min_source_score:
                with_long, carry, label, score = True, False, sf[0], min(sf[1], self.carry_score)
            elif head is not None:
                with_long, carry, label, score = True, True, head, self.head_score
            else:
                continue
            if with_long:
                found.setdefault((l0, l1), (label, score))
            if title_end > 0 and l0 > title_end and (lf is not None or with_long):
                # the title writes the name the abstract then defines: "Optical Flow Estimation using a Spatial
                # Pyramid Network" before "our Spatial Pyramid Network (SPyNet)"
                for key in title_occurrences(text, title_end, long):
                    found.setdefault(key, (label, score))
            if carry and short not in carried:
                carried.add(short)
                for key in occurrences_of[short]:
                    found.setdefault(key, (label, score))
        spans, scores = [], []
        for (start, end), (label, score) in sorted(found.items()):
            span = doc.char_span(start, end, label=label)
            if span is not None and label in ENTITY_LABELS:
                spans.append(span)
                scores.append(round(score, 3))
        set_span_group(doc, self.name, spans, {"scores": scores})
        return doc


def title_occurrences(text: str, title_end: int, long: str) -> list[tuple[int, int]]:
    """Where the title (``text[:title_end]``) writes a long form of two or more words, in any case, as whole words.

    Example:
        >>> t = "Optical Flow Estimation using a Spatial Pyramid Network\\n\\nOur Spatial Pyramid Network (SPyNet) ..."
        >>> title_occurrences(t, t.find("\\n\\n"), "Spatial Pyramid Network")
        [(32, 55)]
        >>> title_occurrences(t, t.find("\\n\\n"), "Pyramid")
        []
    """
    if len(long.split()) < 2 or title_end <= 0:
        return []
    pattern = re.compile(r"(?<![\w-])" + re.escape(long) + r"(?![\w-])", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text, 0, title_end)]


class _LabelledWithin:
    """The label of a long form: its own span's, else the best-scored labelled span covering most of it.

    ("Long Short-Term Memory" of "stacked Long Short-Term Memory"); ties go to the span labelled
    first. The spans are sorted by start once, so a query reads only those starting inside the long form.
    """

    def __init__(self, labelled: dict[tuple[int, int], tuple[str, float, bool]]):
        self.labelled = labelled
        self.spans = sorted((s, e, i, value) for i, ((s, e), value) in enumerate(labelled.items()))
        self.starts = [span[0] for span in self.spans]

    def __call__(self, start: int, end: int) -> tuple[str, float, bool] | None:
        hit = self.labelled.get((start, end))
        if hit is not None:
            return hit
        best = None
        for k in range(bisect_left(self.starts, start), bisect_right(self.starts, end)):
            s, e, i, value = self.spans[k]
            if e <= end and (e - s) >= 0.6 * (end - start):
                if best is None or value[1] > best[1][1] or (value[1] == best[1][1] and i < best[0]):
                    best = (i, value)
        return best[1] if best else None


@Language.factory("kg_abbreviations", assigns=["doc.spans", "doc._.abbreviations"],
                  default_config={"head_score": 0.6, "carry_score": 0.8, "min_source_score": 0.5})
def make_abbreviation_linker(nlp: Language, name: str, head_score: float, carry_score: float,
                             min_source_score: float) -> AbbreviationLinker:
    """Factory of :class:`AbbreviationLinker`."""
    return AbbreviationLinker(name, head_score=head_score, carry_score=carry_score,
                              min_source_score=min_source_score)


__all__ = ["AbbreviationLinker", "best_long_form", "doc_abbreviations", "find_abbreviations", "is_short_form", "label_long_form",
           "without_kind_noun",
           "overrides_lexicon",
           "DATASET", "METHOD", "METRIC", "TASK"]
