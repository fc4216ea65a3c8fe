"""kg.records: generated to_dict and positional constructors behave like the dataclasses' own."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from kg.records import Extraction, Mention, PaperRecord, Relation, Result, _positional_maker


def _loop_to_dict(obj):
    # the plain definition the generated function replaces
    out = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, tuple):
            value = [list(v) if isinstance(v, tuple) else v for v in value]
        out[f.name] = value
    return out


RECORDS = [
    PaperRecord("arxiv:1", "T", "A", authors=("X", "Y"), extra=(("input_id", "7"),), flags=("no_title",)),
    Mention("p", "METHOD", "BERT", 7, 11, sentence="We use BERT.", extractor="kg_gazetteer", entity="BERT"),
    Result("p", "80.74", "%", "80.74%", 3, 9, metric="accuracy"),
    Relation("p", "based_on", "A", "METHOD", 0, 1, "B", "METHOD", 5, 6),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_to_dict_matches_fields_in_order_and_round_trips(record):
    data = record.to_dict()
    assert data == _loop_to_dict(record) and list(data) == list(_loop_to_dict(record))
    assert type(record).from_dict(data) == record


def test_positional_maker_fills_defaults_and_builds_equal_records():
    make = _positional_maker(Mention, ("paper_id", "label", "text", "start", "end", "proposed"))
    built = make("p", "METHOD", "BERT", 7, 11, True)
    assert built == Mention("p", "METHOD", "BERT", 7, 11, proposed=True)
    assert hash(built) == hash(Mention("p", "METHOD", "BERT", 7, 11, proposed=True))
    assert pickle.loads(pickle.dumps(built)) == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.text = "x"


def test_positional_maker_rejects_missing_required_and_unknown_fields():
    with pytest.raises(TypeError, match="label"):
        _positional_maker(Mention, ("paper_id", "text", "start", "end"))
    with pytest.raises(TypeError, match="nope"):
        _positional_maker(Mention, ("paper_id", "label", "text", "start", "end", "nope"))


def test_extraction_to_dict_lists():
    ex = Extraction("p", mentions=(RECORDS[1],), abbreviations=(("LoRA", "Low-Rank Adaptation"),))
    assert ex.to_dict()["abbreviations"] == [["LoRA", "Low-Rank Adaptation"]]
    assert Extraction.from_dict(ex.to_dict()) == ex
