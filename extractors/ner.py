"""Statistical NER (``kg_ner``): the small model we train and ship, as a span finder.

Why: rules and the lexicon miss names they have never seen; the model (see
:mod:`kg.train_ner`) finds names from their context. It runs on the same tokens
as the rest of the pipeline and writes ``doc.spans["kg_ner"]`` like every other
finder (labels METHOD/DATASET/METRIC/TASK, aligned ``attrs["scores"]``);
``kg_merge`` combines it with the rules by agreement and confidence.

Reads: the Doc's tokens and the span groups of the finders that ran before it.
Writes: ``doc.spans[<name>]`` only.

Where the model runs (``gate``): a model span alone scores under ``kg_merge``'s
threshold (0.5), so it changes the merged entities only where it meets a span of
another finder, and only in a few ways (see :func:`extractors.merge.merge_candidates`):
it lifts a candidate under the threshold, tips a conflict between overlapping
candidates, extends a name by adjacent name-shaped tokens (``MAIN-RAG`` over
``RAG``) or trims lower-case words off a METRIC. ``gate="needed"`` (the default)
runs the model only around such candidates (:func:`needed_spans`): ``window`` (8)
tokens on each side within their sentence (``-1``: the whole sentence). A sentence
whose names every other finder found confidently, and a sentence with no candidate
at all, are skipped; the regions of a batch go to the model ``batch_size`` (64) at a time
(:func:`run_model`), its tok2vec embedding each word's features once per process (:class:`EmbeddingCache`).
``gate="candidates"`` runs it around every candidate, ``gate="all"`` on the whole
Doc (also what happens when no other finder ran, the component used alone).
``kg_ner`` therefore runs after every other finder (``kg_abbreviations`` included;
it reads no model span that could change its output: a model span never reaches
its ``min_source_score``).
Measured on 400 synthetic abstracts, the model sees 69% of the tokens with
``candidates`` and whole sentences (the session-3 gate), 32% with ``needed`` and
whole sentences, 18.5% with ``needed`` and 8 tokens (session 6: ``needed_below`` also sends every
TASK candidate under 0.6, for ``kg_merge``'s veto: 12.1% -> 12.9% of the example abstracts' tokens,
+5% pipeline CPU); the ``kg_ner`` component took
2.9, 1.3 and 1.0 ms of CPU per abstract (load 12). Against whole sentences, 2 of
1,137 example and gold abstracts change their entities with 8 tokens (``BICO``
and ``PA`` lose their METHOD), 6 with ``candidates``; dev/test/holdout paper-level
figures are the same (extractors/model/README.md).
A passage (``kg_merge.is_passage``: a text without a title of at most three sentences,
as in the published sentence corpora) uses ``passage_gate`` instead, ``"all"`` by
default: there ``kg_merge`` lets the model's TASK/DATASET/METRIC spans stand alone.
If a ``kg_merge`` policy lets model-only spans stand in abstracts too, use
``gate="all"`` (or ``"candidates"`` when they must meet another finder's span).

The model is package data under ``extractors/model/ner`` (no download at run
time). ``nlp.to_disk`` saves it with the pipeline, so ``spacy.load`` of a saved
pipeline directory restores it.
"""

from __future__ import annotations

import bisect
import re
import shutil
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors._extensions import doc_text, set_span_group, span_items, token_starts, token_texts
from extractors.labels import ENTITY_LABELS
from extractors.merge import ABSTRACT_MODEL_VETOES, VETO_BELOW, abbreviates, is_passage
from extractors.shapes import is_generic_name

#: Confidence of a model span alone, per label. Measured on the dev gold, a span only the model
#: finds is right far less often than half the time on real abstracts (the model's strength is on
#: sentence corpora), so alone it stays under ``kg_merge``'s threshold (0.5) and counts when another
#: finder agrees: noisy-OR with a rule candidate of 0.35 gives 0.64.
DEFAULT_CONFIDENCE = {"METHOD": 0.45, "DATASET": 0.45, "METRIC": 0.45, "TASK": 0.45}
#: Confidence of a lower-case METHOD/DATASET span: named things rarely are.
LOWERCASE_NAME_CONFIDENCE = 0.3

#: Per label, candidates scoring under this value need the model (``gate="needed"``): ``kg_merge``
#: drops weak spans of the vetoed labels (:data:`extractors.merge.ABSTRACT_MODEL_VETOES`, TASK) that the
#: model saw and disagrees with, under :data:`extractors.merge.VETO_BELOW` (0.6); derived from those two, so
#: the model sees every span the veto may drop (the threshold is set in one place).
DEFAULT_NEEDED_BELOW = {label: VETO_BELOW for label in ABSTRACT_MODEL_VETOES}
#: Tokens of context on each side of a candidate span the model sees (``-1``: its whole sentence).
DEFAULT_WINDOW = 8
#: Span groups that are not entity candidates (written after ``kg_merge``).
_NOT_CANDIDATES = frozenset({"kg_entities", "kg_results", "kg_relations"})


def candidate_windows(doc: Doc, spans: Iterable[tuple[int, int]], window: int) -> list[tuple[int, int]]:
    """Sorted, disjoint token ranges: each span widened by ``window`` tokens within its sentence, overlaps joined.

    ``window=-1`` widens to the whole sentence. Without sentence boundaries the Doc is one sentence.

    >>> import spacy
    >>> doc = spacy.blank("en")("a b c d e f g h i j")
    >>> candidate_windows(doc, [(5, 6), (1, 2)], 1), candidate_windows(doc, [(2, 3), (4, 5)], 1)
    ([(0, 3), (4, 7)], [(1, 6)])
    >>> doc[4].is_sent_start = True
    >>> candidate_windows(doc, [(5, 6)], 3), candidate_windows(doc, [(1, 2)], -1)
    ([(4, 9)], [(0, 4)])
    """
    n = len(doc)
    bounds = sentence_starts(doc) + [n] if doc.has_annotation("SENT_START") else [0, n]
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        k = bisect.bisect_right(bounds, start) - 1
        lo, hi = bounds[k], bounds[bisect.bisect_left(bounds, end, k + 1)]
        if window >= 0:
            lo, hi = max(lo, start - window), min(hi, end + window)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of every sentence start, as ``[s.start for s in doc.sents]`` without a ``Span`` per
    sentence (token 0 and every token whose ``is_sent_start`` is True).

    >>> import spacy
    >>> doc = spacy.blank("en")("a b . c d . e")
    >>> doc[3].is_sent_start, doc[6].is_sent_start = True, True
    >>> sentence_starts(doc), [s.start for s in doc.sents]
    ([0, 3, 6], [0, 3, 6])
    """
    flags = doc.to_array(SENT_START)  # -1/0/1 as unsigned integers: 1 is a start
    return [0] + (numpy.flatnonzero(flags[1:] == 1) + 1).tolist()


#: Tokens that join two parts of one name (``MAIN-RAG``, ``GPT-3.5/4``): a name may extend across them.
_JOINERS = frozenset({"-", "–", ".", "_", "+", ":", "/"})


_NAME_CHAR = re.compile(r"[A-Z0-9]")


def _extends_name(word: str) -> bool:
    """True for a word a model span could add to a name: a capital or a digit, and no function word.

    >>> [_extends_name(w) for w in ("Chinese", "v2", "The", "model", "(")]
    [True, True, False, False, False]
    """
    return _NAME_CHAR.search(word) is not None and word.lower() not in STOP_WORDS


def needed_spans(doc: Doc, groups: Iterable[str], *, min_score: float = 0.5,
                 needed_below: dict[str, float] | None = None) -> list[tuple[int, int]]:
    """Token ranges of the candidate spans (in ``doc.spans[g]`` for ``g`` in ``groups``) that the
    model can change in ``kg_merge``, sorted; scores are read from ``attrs["scores"]`` (1.0 without).

    A candidate needs the model when (its pooled score: noisy-OR of the same span and label
    across finders) it is under ``min_score`` (an agreeing model span lifts it), it overlaps a
    different candidate (a model span tips the choice), a word that could extend a name stands
    next to it, alone or across a joiner (``MAIN-RAG`` around ``RAG``, ``Chinese SRL``), or it is
    a METRIC that starts with a lower-case word (the model's narrower METRIC wins), or its label
    is in ``needed_below`` and its score under that value (``kg_merge``'s model veto, :func:`extractors.merge.model_veto`).

    >>> import spacy
    >>> from spacy.tokens import SpanGroup
    >>> doc = spacy.blank("en")("We run MAIN-RAG and BERT on SQuAD with strong accuracy . We use tools")
    >>> spans = [doc[4:5], doc[6:7], doc[8:9], doc[10:12], doc[15:16]]
    >>> for s, label in zip(spans, ("METHOD", "METHOD", "DATASET", "METRIC", "METHOD")):
    ...     s.label_ = label
    >>> doc.spans["kg_rules"] = SpanGroup(doc, name="kg_rules", spans=spans,
    ...                                   attrs={"scores": [0.9, 0.9, 0.9, 0.9, 0.4]})
    >>> [doc[a:b].text for a, b in needed_spans(doc, ["kg_rules"])]
    ['RAG', 'strong accuracy', 'tools']
    """
    pooled: dict[tuple[int, int, str], float] = {}
    for name in groups:
        items = span_items(doc, name)
        scores = doc.spans[name].attrs.get("scores") or [1.0] * len(items)
        for (_, _, label, start, end), score in zip(items, scores):
            key = (start, end, label)
            pooled[key] = 1.0 - (1.0 - pooled.get(key, 0.0)) * (1.0 - float(score))
    if not pooled:
        return []
    n = len(doc)  # the few words read are the tokens' own texts (no list of every token's text)
    items = sorted(pooled.items())
    last = len(items) - 1
    out: list[tuple[int, int]] = []
    max_end = -1  # the largest end of the candidates before this one
    for i, ((start, end, label), score) in enumerate(items):
        need = score < max(min_score, needed_below.get(label, 0.0)) if needed_below else score < min_score
        if not need:  # an overlapping different candidate (sorted by start: one before ends after
            # this start, or the next one starts before this end)
            need = max_end > start or (i < last and items[i + 1][0][0] < end)
        if end > max_end:
            max_end = end
        if not need:
            left, right = start - 1, end
            if left > 0 and doc[left].text in _JOINERS:
                left -= 1
            if right < n - 1 and doc[right].text in _JOINERS:
                right += 1
            need = (left >= 0 and _extends_name(doc[left].text)) or (right < n and _extends_name(doc[right].text))
        if not need and label == "METRIC" and end - start > 1:
            word = doc[start].text
            need = word.isalpha() and word.islower()
        if need:
            out.append((start, end))
    return out


def uncovered_name_tokens(doc: Doc, groups: Iterable[str]) -> list[tuple[int, int]]:
    """Token ranges of the abstract's name-shaped words (two capitals, a capital and a digit, camel
    case) that no candidate of ``groups`` covers: where a model-only METHOD or DATASET can stand
    (``kg_merge``'s ``abstract_model_stands``). The title is skipped (its names are the rules').

    >>> import spacy
    >>> from spacy.tokens import SpanGroup
    >>> doc = spacy.blank("en")("FooNet : Bar\\n\\nWe train FooNet-2 and BERT on the MMLU data .")
    >>> bert = doc[8:9]
    >>> bert.label_ = "METHOD"
    >>> doc.spans["kg_rules"] = SpanGroup(doc, name="kg_rules", spans=[bert])
    >>> [doc[a:b].text for a, b in uncovered_name_tokens(doc, ["kg_rules"])]
    ['FooNet-2', 'MMLU']
    """
    covered = bytearray(len(doc))
    for name in groups:
        for _, _, _, start, end in span_items(doc, name):
            covered[start:end] = b"\x01" * (end - start)
    words = token_texts(doc)
    start = next((i + 1 for i, w in enumerate(words) if "\n\n" in w), 0)
    return [(i, i + 1) for i in range(start, len(words))
            if not covered[i] and _NAMEISH.search(words[i]) and not is_generic_name(words[i])]


#: Never part of a name: line breaks, URLs, a dash standing alone between words.
_BAD_SPAN = re.compile(r"\n|://|www\.|\s[-–—]\s")
_NAMEISH = re.compile(r"[A-Z].*[A-Z0-9]|[a-z][A-Z]|\d")


def default_model_path() -> Path:
    """Where the shipped model lives (package data)."""
    return Path(str(resources.files("extractors").joinpath("model", "ner")))


def model_available(path: Path | None = None) -> bool:
    """True when a trained model is present (``kg.pipeline`` skips ``kg_ner`` otherwise)."""
    path = path or default_model_path()
    return (path / "meta.json").exists() and (path / "ner").exists()


def score_span(label: str, text: str, confidence: dict[str, float]) -> float:
    """Confidence of a model span: the per-label base, lower for a lower-case METHOD or DATASET.

    >>> score_span("METHOD", "MatSci-NLP", DEFAULT_CONFIDENCE)
    0.45
    >>> score_span("METHOD", "retrieval", DEFAULT_CONFIDENCE)
    0.3
    >>> score_span("TASK", "question answering", DEFAULT_CONFIDENCE)
    0.45
    """
    base = confidence.get(label, 0.45)
    if label in ("METHOD", "DATASET") and not _NAMEISH.search(text):
        base = min(base, LOWERCASE_NAME_CONFIDENCE)
    return round(min(base, 0.95), 4)


#: Head nouns a model span may carry that our guidelines leave out of a dataset or method name.
_HEADS = {"DATASET": {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora"},
          "METHOD": {"model", "models", "framework", "architecture", "method", "approach"}}


#: A character ``str.isalnum`` accepts (``\w`` without the underscore: the same set, checked for every code point).
_ALNUM = re.compile(r"[^\W_]")


def trim_span(words: list[str], label: str) -> tuple[int, int]:
    """Token range of a model span without a trailing head noun or edge punctuation.

    >>> trim_span(["CodeSearchNet", "dataset"], "DATASET")
    (0, 1)
    >>> trim_span(["the", "GLUE", "benchmark", ","], "DATASET")
    (1, 2)
    >>> trim_span(["dataset"], "DATASET")
    (0, 1)
    >>> trim_span(["MNIST", "and", "CIFAR10", " ", "datasets"], "DATASET")
    (0, 3)
    """
    start, end = 0, len(words)
    while start < end and (words[start].lower() in ("the", "a", "an", "our") or _ALNUM.search(words[start]) is None):
        start += 1
    while end > start and _ALNUM.search(words[end - 1]) is None:
        end -= 1
    if end - start > 1 and words[end - 1].lower() in _HEADS.get(label, ()):
        if any(c.isupper() or c.isdigit() for w in words[start:end - 1] for c in w):
            end -= 1
            # and the whitespace token a double space leaves before it ("MNIST and CIFAR10  datasets")
            while end > start and not words[end - 1].strip():
                end -= 1
    return start, end


def split_inline_abbreviation(words: list[str]) -> list[tuple[int, int]]:
    """Token ranges of a model span: ``long ( SHORT )`` as two spans when SHORT abbreviates the
    long form (the published corpora's one-span convention, which ``kg_mention_spans`` restores
    after ``kg_merge``: split, the two parts can agree with the other finders' spans).

    >>> split_inline_abbreviation(["word", "error", "rate", "(", "WER", ")"])
    [(0, 3), (4, 5)]
    >>> split_inline_abbreviation(["BLEU", "(", "test", ")"]), split_inline_abbreviation(["GSM8K"])
    ([(0, 4)], [(0, 1)])
    """
    n = len(words)
    if n >= 4 and words[-1] == ")" and words[-3] == "(" and abbreviates(words[-2], " ".join(words[:-3])):
        return [(0, n - 3), (n - 2, n - 1)]
    return [(0, n)]


#: Where the model runs: see the module docstring.
GATES = ("needed", "candidates", "all")
#: Model Docs (regions) per call of the model's components (measured best of 16, 32, 64, 128, 1024).
DEFAULT_BATCH_SIZE = 64


class EmbeddingCache:
    """The first half of a ``HashEmbedCNN`` tok2vec (token features -> hash embeddings -> maxout and
    layer norm), remembered per feature row: that half reads each token alone, so a token whose four
    features (NORM, PREFIX, SUFFIX, SHAPE) were embedded before gets the same row back; only new rows
    go through the embedding layers, in one call per batch. The second half (the CNN over the
    window around each token) runs as before.

    Measured on 1,000 synthetic abstracts (47 batches of regions): the embedding half 100-130 us per
    abstract, the cache 19-23 us once it holds the words; every batch's output array-equal to the
    model's own (rows are computed row by row: the same float operations whichever rows share a call).
    At most ``max_rows`` rows are kept (~200 bytes each); words met after that are embedded each time.
    The rows belong to the weights they were computed with: a model updated in place (never done by
    ``kg_ner``: :mod:`kg.train_ner` trains its own pipeline and saves it) needs a new cache.
    """

    def __init__(self, tok2vec, *, max_rows: int = 100_000):
        self.tok2vec = tok2vec
        embed, self.encode = tok2vec.layers
        self.columns = embed.layers[0].attrs["columns"]
        self.hash = embed.layers[2].layers[0]  # inside with_array: feature rows -> concatenated embeddings
        self.mix = embed.layers[3].layers[0]  # inside with_array: maxout >> layernorm >> dropout
        self.width = embed.get_dim("nO")
        self.max_rows = max_rows
        self.rows: dict[bytes, int] = {}
        self.table = numpy.zeros((1024, self.width), dtype="float32")
        self.row_bytes = numpy.dtype((numpy.void, 8 * len(self.columns)))

    @staticmethod
    def fits(tok2vec) -> bool:
        """Whether ``tok2vec`` (a Tok2Vec component's model) is the ``HashEmbedCNN`` chain this cache reads."""
        layers = getattr(tok2vec, "layers", ())
        if len(layers) != 2 or len(getattr(layers[0], "layers", ())) != 5:
            return False
        names = [layer.name for layer in layers[0].layers]
        return (names[0] == "extract_features" and names[1] == "list2ragged" and names[4] == "ragged2list"
                and names[2].startswith("with_array(") and names[3] == "with_array(maxout>>layernorm>>dropout)"
                and all(name == "ints-getitem>>hashembed" for name in (x.name for x in layers[0].layers[2].layers[0].layers)))

    def predict(self, docs: list[Doc]) -> list:
        """What ``Tok2Vec.predict(docs)`` returns."""
        if not any(len(doc) for doc in docs):
            return [self.encode.ops.alloc((0, self.width)) for _ in docs]
        return self.encode.predict(self.embed(docs))

    def embed(self, docs: list[Doc]) -> list:
        features = [doc.to_array(self.columns) for doc in docs]
        flat = numpy.concatenate(features)
        keys = flat.view(self.row_bytes).ravel().tolist()
        rows = self.rows
        get = rows.__getitem__
        new = [k for k in dict.fromkeys(keys) if k not in rows]
        if new:
            embedded = self.mix.predict(self.hash.predict(
                numpy.frombuffer(b"".join(new), dtype=flat.dtype).reshape(len(new), flat.shape[1])))
            n, m = len(rows), len(new)
            if n + m > len(self.table):
                table = numpy.zeros((max(2 * len(self.table), n + m), self.width), dtype="float32")
                table[:n] = self.table[:n]
                self.table = table
            self.table[n:n + m] = embedded
            fresh = dict(zip(new, range(n, n + m)))
            if n + m <= self.max_rows:
                rows.update(fresh)
            else:  # full: the new rows serve this batch only (the next one writes over them)
                get = lambda key: rows[key] if key in rows else fresh[key]  # noqa: E731
        out = self.table[numpy.fromiter(map(get, keys), dtype=numpy.intp, count=len(keys))]
        parts, start = [], 0
        for feature in features:
            parts.append(out[start:start + len(feature)])
            start += len(feature)
        return parts


def run_model(model: Language, docs: list[Doc], cache: EmbeddingCache | None = None) -> list[Doc]:
    """``docs`` through every component of ``model``, each in ONE call over all of them.

    A trainable component (``predict`` and ``set_annotations``: the tok2vec, the NER) gets
    ``set_annotations(docs, predict(docs))``, what its ``pipe`` does per minibatch, except that the
    NER's ``pipe`` cuts each minibatch into quarters sorted by length (16 regions a call at 64).
    Paired on 1,000 synthetic abstracts (same process, alternating), ``kg_ner`` with 64 regions a
    call is 0.95-0.96x the CPU of ``pipe(batch_size=64)``; 16, 32, 128 and 1,024 regions a call are
    1.18x, 1.05x, 1.07x and 1.10x the CPU of 64. The same predictions (greedy parsing and the CNN
    treat each Doc alone; checked span for span). Other components run through ``pipe`` or one by one.
    With ``cache`` (an :class:`EmbeddingCache` of the model's tok2vec), the tok2vec predicts through it.
    """
    for _, proc in model.pipeline:
        if not docs:
            break
        predict, annotate = getattr(proc, "predict", None), getattr(proc, "set_annotations", None)
        if cache is not None and getattr(proc, "model", None) is cache.tok2vec:
            predict = cache.predict
        if predict is not None and annotate is not None:
            annotate(docs, predict(docs))
        elif hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=len(docs)))
        else:
            docs = [proc(d) for d in docs]
    return docs


class NERFinder:
    """Runs the shipped NER on a Doc's tokens and writes its spans to ``doc.spans[name]``."""

    def __init__(self, nlp: Language, name: str = "kg_ner", *, model_path: str | None = None,
                 confidence: dict[str, float] | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 gate: str = "needed", passage_gate: str = "all", window: int = DEFAULT_WINDOW,
                 min_score: float = 0.5, uncovered_names: bool = False,
                 needed_below: dict[str, float] | None = None):
        for value in (gate, passage_gate):
            if value not in GATES:
                from kg.errors import ConfigError, Errors

                raise ConfigError(Errors.E785.format(value=value, choices=", ".join(GATES)))
        self.name = name
        self.model_path = Path(model_path) if model_path else default_model_path()
        self.confidence = {**DEFAULT_CONFIDENCE, **(confidence or {})}
        self.batch_size = batch_size
        self.gate = gate
        self.passage_gate = passage_gate
        self.window = window
        self.min_score = min_score
        self.uncovered_names = uncovered_names
        self.needed_below = dict(DEFAULT_NEEDED_BELOW if needed_below is None else needed_below)
        self._model: Language | None = None
        self._cache_of: Language | None = None  # the model whose tok2vec self._cache embeds for
        self._cache: EmbeddingCache | None = None

    @property
    def model(self) -> Language:
        if self._model is None:
            self._model = _load_model(self.model_path)
        return self._model

    @property
    def _embedding_cache(self) -> EmbeddingCache | None:
        """The :class:`EmbeddingCache` of the model's tok2vec (None when it is not a ``HashEmbedCNN``)."""
        model = self.model
        if self._cache_of is not model:
            self._cache_of = model
            tok2vec = model.get_pipe("tok2vec").model if "tok2vec" in model.pipe_names else None
            self._cache = EmbeddingCache(tok2vec) if tok2vec is not None and EmbeddingCache.fits(tok2vec) else None
        return self._cache

    def regions(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of ``doc`` the model runs on (the whole Doc unless gated; see the module docstring)."""
        if not len(doc):
            return []
        groups = [g for g in doc.spans if g != self.name and g not in _NOT_CANDIDATES]
        gate = self.passage_gate if is_passage(doc) else self.gate
        if gate == "all" or not groups:
            return [(0, len(doc))]
        if gate == "needed":
            spans = needed_spans(doc, groups, min_score=self.min_score, needed_below=self.needed_below)
            if self.uncovered_names:
                spans += uncovered_name_tokens(doc, groups)
        else:
            spans = [(s.start, s.end) for g in groups for s in doc.spans[g]]
        return candidate_windows(doc, spans, self.window)

    def _model_docs(self, docs: list[Doc]) -> list[list[tuple[int, Doc]]]:
        """Per Doc, ``(token offset, model Doc)`` for each region, the model run over the whole batch.

        A region is one model Doc (measured: joining a Doc's regions into one model Doc was no
        faster and changes more decisions at the joins). Model Docs share the pipeline's vocab:
        its lexemes exist already, where the model's own vocab would build every new word's
        lexeme again (measured: 0.13 against 0.3-0.7 ms per whole abstract, identical predictions);
        they are built from the parent's lexeme ids, the same lexemes as from its words."""
        model = self.model
        labels = model.get_pipe("ner").labels if "ner" in model.pipe_names else ENTITY_LABELS
        per_doc: list[list[tuple[int, Doc]]] = []
        flat: list[Doc] = []
        vocabs: dict[int, object] = {}
        for d in docs:
            items = []
            regions = self.regions(d)
            if regions:  # the parent's lexemes by id (ORTH): no string is hashed or looked up again
                columns = d.to_array([ORTH, SPACY])
                vocab = vocabs.setdefault(id(d.vocab), d.vocab)
                for a, b in regions:
                    items.append((a, Doc(vocab, words=columns[a:b, 0].tolist(), spaces=columns[a:b, 1].tolist())))
            per_doc.append(items)
            flat.extend(m for _, m in items)
        for vocab in vocabs.values():  # the entities' labels, looked up in the Docs' string store
            for label in labels:
                vocab.strings.add(label)
        size = max(1, self.batch_size)
        cache = self._embedding_cache
        mdocs = [d for i in range(0, len(flat), size) for d in run_model(model, flat[i:i + size], cache)]
        done = iter(mdocs)
        return [[(a, next(done)) for a, _ in items] for items in per_doc]

    def find(self, doc: Doc, mdoc: Doc, offset: int = 0) -> tuple[list, list[float]]:
        """Spans of ``doc`` for the model's entities on its token copy ``mdoc`` of ``doc[offset:]`` (pure)."""
        spans, scores = [], []
        ents = mdoc.ents
        if not ents:
            return spans, scores
        text, starts = doc_text(doc), token_starts(doc)
        for ent in ents:
            label = ent.label_
            if label not in ENTITY_LABELS:
                continue
            first = ent.start + offset
            words = [doc[i].text for i in range(first, first + ent.end - ent.start)]
            for a, b in split_inline_abbreviation(words):
                start, end = trim_span(words[a:b], label)
                if start >= end:
                    continue
                last = a + end - 1
                start, end = first + a + start, first + a + end
                span_text = text[starts[start]:starts[end - 1] + len(words[last])]
                if is_generic_name(span_text) or _BAD_SPAN.search(span_text):
                    continue
                spans.append(Span(doc, start, end, label=label))
                scores.append(score_span(label, span_text, self.confidence))
        return spans, scores

    def _set(self, doc: Doc, mdocs: list[tuple[int, Doc]]) -> Doc:
        spans, scores = [], []
        for offset, mdoc in mdocs:
            found, found_scores = self.find(doc, mdoc, offset)
            spans += found
            scores += found_scores
        set_span_group(doc, self.name, spans, {"scores": scores})
        return doc

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            set_span_group(doc, self.name, [], {"scores": []})
            return doc
        return self._set(doc, self._model_docs([doc])[0])

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Doc]) -> Iterator[Doc]:
        nonempty = [d for d in batch if len(d)]
        mdocs = iter(self._model_docs(nonempty)) if nonempty else iter(())
        for doc in batch:
            if len(doc):
                yield self._set(doc, next(mdocs))
            else:
                yield self(doc)

    # -- serialisation: the model travels with a saved pipeline ----------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        if path.exists():
            shutil.rmtree(path)
        self.model.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NERFinder:
        self.model_path = Path(path)
        self._model = _load_model(self.model_path)
        return self


_CACHE: dict[Path, Language] = {}


def _load_model(path: Path) -> Language:
    import spacy

    import extractors.tokenizer  # noqa: F401  (the model's config names our tokenizer)

    path = Path(path)
    if path not in _CACHE:
        if not model_available(path):
            from kg.errors import ConfigError, Errors

            raise ConfigError(Errors.E021.format(detail=f"no trained NER model at {path}. Run `paperkg train-ner` "
                                                        "or build the pipeline with model=False (--no-model)."))
        _CACHE[path] = spacy.load(path)
    return _CACHE[path]


@Language.factory(
    "kg_ner",
    assigns=["doc.spans"],
    default_config={"model_path": None, "confidence": None, "batch_size": DEFAULT_BATCH_SIZE, "gate": "needed",
                    "passage_gate": "all", "window": DEFAULT_WINDOW, "min_score": 0.5, "uncovered_names": False,
                    "needed_below": None},
)
def make_ner_finder(nlp: Language, name: str, model_path: str | None, confidence: dict | None, batch_size: int,
                    gate: str, passage_gate: str, window: int, min_score: float,
                    uncovered_names: bool = False, needed_below: dict | None = None) -> NERFinder:
    """Factory of :class:`NERFinder` (``gate``/``passage_gate``/``window``/``min_score``: where the model
    runs, see the module docstring; ``min_score`` is ``kg_merge``'s threshold; ``batch_size``: regions
    per call of the model, :func:`run_model`)."""
    return NERFinder(nlp, name, model_path=model_path, confidence=confidence, batch_size=batch_size,
                     gate=gate, passage_gate=passage_gate, window=window, min_score=min_score,
                     uncovered_names=uncovered_names, needed_below=needed_below)
