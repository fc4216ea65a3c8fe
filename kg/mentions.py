"""Turn an annotated spaCy Doc into an :class:`~kg.records.Extraction`.

This is the only code downstream of spaCy that reads Doc/Span objects: after it,
the Doc is dropped and every stage works on plain records. It reads

- ``doc.spans["kg_entities"]`` (written by ``kg_merge``) with its aligned
  ``scores``, ``extractors``, ``proposed`` and ``entities`` attrs -> :class:`Mention`;
- ``doc._.kg_results`` (list of dicts, ``kg_results``) -> :class:`Result`;
- ``doc._.kg_relations`` (list of dicts, ``kg_relations``) -> :class:`Relation`;
- ``proposed`` flags -> one ``proposes`` :class:`Relation` per distinct proposed
  name (subject ``""``: the paper itself);
- ``doc._.abbreviations`` (offset quadruples) -> ``(short, long)`` string pairs.

Sentences come from ``doc.sents``; the sentence text is stripped of surrounding
whitespace and ``sentence_start`` is its offset in ``doc.text``. Offsets index
``doc.text``, which the pipeline receives as ``record.text``.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Doc

from extractors._extensions import doc_text  # noqa: F401  (registers doc._ attributes)
from kg.records import Extraction, Mention, PaperRecord, Relation, Result

ENTITY_GROUP = "kg_entities"


class _Sentences:
    """Sentence lookup by character offset (one pass over ``doc.sents``)."""

    def __init__(self, doc: Doc, text: str):
        self.starts: list[int] = []
        self.items: list[tuple[str, int]] = []
        if not len(doc):
            return
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for sent in sents:
            # sliced from the text, not ``sent.text`` (which joins the tokens again)
            start_char = sent.start_char
            raw = text[start_char:sent.end_char]
            stripped = raw.strip()
            self.starts.append(start_char)
            self.items.append((stripped, start_char + len(raw) - len(raw.lstrip()) if stripped else
                               start_char + len(raw)))

    def at(self, offset: int) -> tuple[str, int]:
        if not self.starts:
            return "", 0
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.items[i]


def doc_to_extraction(doc: Doc, record: PaperRecord | None = None, *, paper_id: str | None = None) -> Extraction:
    """Everything the pipeline found in ``doc``, as plain records.

    Args:
        doc: a Doc processed by :func:`kg.pipeline.make_nlp`'s pipeline.
        record: the record whose ``text`` the Doc was built from (its id is used).
        paper_id: id to use when there is no record.
    """
    pid = record.id if record is not None else (paper_id or "")
    text = doc_text(doc)
    sents = _Sentences(doc, text)
    mentions: list[Mention] = []
    relations: list[Relation] = []
    if ENTITY_GROUP in doc.spans:
        group = doc.spans[ENTITY_GROUP]
        n = len(group)
        attrs = group.attrs
        scores = attrs.get("scores") or [1.0] * n
        extractors_ = attrs.get("extractors") or [""] * n
        proposed = attrs.get("proposed") or [False] * n
        entities = attrs.get("entities") or [None] * n
        # plain values once per span; surface texts sliced from the text (``Span.text`` joins tokens)
        spans = [(span.start_char, span.end_char, span.label_) for span in group]
        surfaces = [text[start:end] for start, end, _ in spans]
        proposed_texts = {surface for surface, p in zip(surfaces, proposed) if p}
        seen_proposals: set[str] = set()
        for (start, end, label), surface, score, extractor, prop, entity in zip(
                spans, surfaces, scores, extractors_, proposed, entities):
            sentence, sentence_start = sents.at(start)
            confidence = round(float(score), 4)
            mentions.append(Mention(
                paper_id=pid, label=label, text=surface, start=start, end=end,
                sentence=sentence, sentence_start=sentence_start, extractor=extractor,
                confidence=confidence, entity=entity, proposed=bool(prop) or surface in proposed_texts,
            ))
            if prop and surface not in seen_proposals:
                seen_proposals.add(surface)
                relations.append(Relation(
                    paper_id=pid, relation="proposes", subject="", subject_label="", subject_start=0,
                    subject_end=0, object=surface, object_label=label, object_start=start,
                    object_end=end, sentence=sentence, sentence_start=sentence_start,
                    extractor="kg_proposals", confidence=confidence,
                ))
    results = [_result(pid, item, sents) for item in (doc._.kg_results or [])]
    relations.extend(_relation(pid, item, sents) for item in (doc._.kg_relations or []))
    abbreviations = tuple(
        (text[s0:s1], text[l0:l1]) for s0, s1, l0, l1 in (doc._.abbreviations or [])
    )
    return Extraction(paper_id=pid, mentions=tuple(mentions), results=tuple(results),
                      relations=tuple(relations), abbreviations=abbreviations)


def _result(pid: str, item: dict[str, Any], sents: _Sentences) -> Result:
    sentence, sentence_start = sents.at(int(item["start"]))
    return Result(
        paper_id=pid, value=str(item["value"]), unit=item.get("unit") or "", raw=item.get("raw") or "",
        start=int(item["start"]), end=int(item["end"]), is_delta=bool(item.get("is_delta", False)),
        metric=item.get("metric"), dataset=item.get("dataset"), method=item.get("method"),
        sentence=sentence, sentence_start=sentence_start, extractor=item.get("extractor") or "kg_results",
        confidence=round(float(item.get("confidence", 1.0)), 4),
    )


def _relation(pid: str, item: dict[str, Any], sents: _Sentences) -> Relation:
    # The object is always in the stating sentence; the subject may be the paper's proposed method
    # standing in for "our model", named in an earlier sentence.
    anchor = int(item.get("object_start", 0))
    sentence, sentence_start = sents.at(anchor)
    return Relation(
        paper_id=pid, relation=item["relation"], subject=item.get("subject") or "",
        subject_label=item.get("subject_label") or "", subject_start=int(item.get("subject_start", 0)),
        subject_end=int(item.get("subject_end", 0)), object=item.get("object") or "",
        object_label=item.get("object_label") or "", object_start=int(item.get("object_start", 0)),
        object_end=int(item.get("object_end", 0)), sentence=sentence, sentence_start=sentence_start,
        extractor=item.get("extractor") or "kg_relations", confidence=round(float(item.get("confidence", 1.0)), 4),
    )


#: Mention fields written by ``paperkg extract`` (the issue's output format).
MENTION_FIELDS = ("start", "end", "label", "text", "entity", "extractor", "confidence", "proposed")


def extraction_to_json(extraction: Extraction, *, record_id: str | None = None, text: str | None = None) -> dict[str, Any]:
    """The JSON object ``paperkg extract`` writes for one record.

    Args:
        extraction: what the pipeline found.
        record_id: the id to write (the input's own id when it had one); default the paper id.
        text: the text the offsets index, written as ``"text"`` when given.

    Example:
        >>> ex = Extraction("p1", mentions=(Mention("p1", "METHOD", "BERT", 7, 11, extractor="kg_gazetteer"),))
        >>> extraction_to_json(ex, text="We use BERT.")["mentions"]
        [{'start': 7, 'end': 11, 'label': 'METHOD', 'text': 'BERT', 'entity': None, 'extractor': 'kg_gazetteer', 'confidence': 1.0, 'proposed': False}]
    """
    out: dict[str, Any] = {"id": record_id if record_id is not None else extraction.paper_id}
    if text is not None:
        out["text"] = text
    out["mentions"] = [{k: getattr(m, k) for k in MENTION_FIELDS} for m in extraction.mentions]
    out["results"] = [{k: v for k, v in r.to_dict().items() if k != "paper_id"} for r in extraction.results]
    out["relations"] = [{k: v for k, v in r.to_dict().items() if k != "paper_id"} for r in extraction.relations]
    out["abbreviations"] = [{"short": s, "long": lf} for s, lf in extraction.abbreviations]
    return out
