"""benchmarks/quality.py: the harness's argument handling and its lexicon ablation (the runs themselves are
benchmarks, not tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def quality(load_benchmark):
    return load_benchmark("quality")


def test_settings_are_component_attribute_json(quality):
    assert quality.parse_setting("kg_merge.passage_model_leads=[]") == ("kg_merge", "passage_model_leads", [])
    assert quality.parse_setting('kg_ner.gate="all"') == ("kg_ner", "gate", "all")
    for bad in ("kg_merge=1", "passage_model_leads=[]", "kg_merge.min_score=0.5.5"):
        with pytest.raises(SystemExit):
            quality.parse_setting(bad)


def test_untouched_sets_are_scored_only_when_named(quality):
    assert "holdout2" in quality.SETS and "holdout2" not in quality.DEFAULT_SETS
    assert "holdout3" in quality.SETS and "holdout3" not in quality.DEFAULT_SETS
    assert {"dev", "test", "holdout", "tdmsci", "scirex", "dsnames"} <= set(quality.DEFAULT_SETS)
    assert all(quality.SETS[name].parent.name == "gold" for name in quality.SETS if name != "neutral")
    assert "neutral" in quality.SETS and "neutral" not in quality.DEFAULT_SETS


def test_neutral_set_is_its_build_and_scores_at_paper_level(quality, tmp_path):
    """tests/gold/neutral: three blind annotations (Q1, Q2 of session 14, Q3 of session 15; names, no spans) as a
    paper-level-only set."""
    import importlib.util
    import json

    from kg.train_ner import default_train_gold

    path = quality.SETS["neutral"]
    spec = importlib.util.spec_from_file_location("build_neutral_gold", path.parent / "build_neutral_gold.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert path.read_text(encoding="utf-8") == build.build()  # rebuild: python tests/gold/neutral/build_neutral_gold.py
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len({r["id"] for r in rows}) == 120
    sets = ["dev2", "dev4", "dev6", "dev8", "dev3", "dev5", "dev7", "test"]
    assert sorted(r["set"] for r in rows[:80]) == sorted(sets * 10)
    tuning = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "test", "holdout"]
    assert sorted(r["set"] for r in rows[80:]) == sorted(tuning * 4)  # Q3: 4 of each tuning set
    assert {r["annotator"] for r in rows[:40]} == {"Q1"} and {r["annotator"] for r in rows[40:80]} == {"Q2"}
    assert {r["annotator"] for r in rows[80:]} == {"Q3"}
    gold_text = {}
    for name in {r["set"] for r in rows}:
        for line in (path.parent.parent / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            gold_text[name, json.loads(line)["id"]] = json.loads(line)["text"]
    assert all(r["text"] == gold_text[r["set"], r["id"]] and not r.get("mentions") for r in rows)
    assert path not in default_train_gold(path.parent.parent)  # names without spans: never NER training data
    out = tmp_path / "neutral.json"
    assert quality.main(["--sets", "neutral", "--no-model", "--quiet", "--json", str(out)]) == 0
    report = json.loads(out.read_text())["neutral"]
    assert "mention" not in report and report["papers"] == 120
    entities, facts = report["paper"]["entities"], report["paper"]["facts"]
    assert all(entities[label]["tp"] > 0 for label in ("METHOD", "DATASET", "METRIC", "TASK"))
    assert all(facts[key]["tp"] > 0 for key in ("proposes", "result_values", "result_tuples", "relations"))
    assert set(report["paper"]["relations"]) >= {"based_on", "outperforms", "evaluated_on", "used_for"}
    # the gold's sizes, whatever the pipeline: every annotated name, value, tuple and triple is counted once
    assert entities["METHOD"]["tp"] + entities["METHOD"]["fn"] == 247 + 121  # Q1+Q2, Q3
    assert facts["relations"]["tp"] + facts["relations"]["fn"] == 164 + 94


def test_sentence_view_splits_records_and_shifts_mentions(quality):
    from kg.evaluate import gold_from_dict

    g = gold_from_dict({"id": "a", "text": "A Net for QA\nWe use SQuAD . It is big ? Done", "labels": ["DATASET"],
                        "mentions": [{"start": 20, "end": 25, "label": "DATASET"}]})
    view = quality.sentence_view([g])
    assert [p.text for p in view] == ["A Net for QA", "We use SQuAD .", "It is big ?", "Done"]
    assert [p.id for p in view] == ["a#0", "a#1", "a#2", "a#3"]
    assert [(m["start"], m["end"]) for m in view[1].mentions] == [(7, 12)] and view[1].labels == ("DATASET",)
    assert "scirex-sent" in quality.SETS and "scirex-sent" not in quality.DEFAULT_SETS


def test_alias_counts_are_whole_word_case_ruled_records(quality):
    counts = quality.alias_text_counts(
        ["BERT", "accuracy", "GPT-4", "Low-Rank Adaptation", "ZorbNet"],
        ["BERT and RoBERTa-BERT", "Accuracy of bert", "GPT-4-turbo, GPT-4o", "LOW-RANK ADAPTATION twice: "
         "low-rank adaptation", "BERTs and accuracy"])
    assert counts == {"BERT": {0}, "accuracy": {1, 4}, "GPT-4": {2}, "Low-Rank Adaptation": {3}, "ZorbNet": set()}


def test_rare_ablation_removes_rare_aliases_and_empty_entries(quality):
    from extractors.lexicon import load_lexicon

    entries = load_lexicon()
    texts = ["We fine-tune BERT on SQuAD and report accuracy."] * 2 + ["BERT and GPT-4 on GSM8K."]
    kept, what = quality.ablate_lexicon(entries, ["rare"], rare_max=1, texts=texts)
    names = {(e.label, e.name) for e in kept}
    assert ("METHOD", "BERT") in names and ("DATASET", "SQuAD") in names and ("METRIC", "accuracy") in names
    assert ("DATASET", "GSM8K") not in names and not any(e.label == "DATASET" and e.name == "ImageNet" for e in kept)
    assert {alias.lower() for e in kept for alias in e.aliases} == {"bert", "squad", "accuracy"}
    assert len(kept) < 10 < len(entries) and "1 of 3 texts" in what
    kept, _ = quality.ablate_lexicon(entries, ["rare"], rare_max=0, texts=texts)
    assert ("DATASET", "GSM8K") in {(e.label, e.name) for e in kept}


def test_dataset_ablation_changes_the_figures_and_is_undone(quality, tmp_path, monkeypatch, capsys):
    import json

    import extractors.gazetteer as gazetteer
    import extractors.lexicon as lexicon

    text = "A study of reading\n\nSQuAD and CIFAR-10 were used."
    gold = {"id": "tiny", "text": text, "proposes": [], "relations": [], "results": [], "mentions": [
        {"start": text.index(name), "end": text.index(name) + len(name), "label": "DATASET", "text": name}
        for name in ("SQuAD", "CIFAR-10")]}
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    monkeypatch.setattr(quality, "SETS", {"tiny": path})
    # each module's own loader: under --import-mode=importlib a doctest run of extractors/lexicon.py alone re-executes
    # that module, so gazetteer may hold the first module object's function (both are restored all the same)
    loaders = lexicon.load_lexicon, gazetteer.load_lexicon
    figures = {}
    for ablation in ([], ["--ablate-lexicon", "dataset"]):
        out = tmp_path / f"q{len(ablation)}.json"
        assert quality.main(["--sets", "tiny", "--no-model", "--quiet", "--json", str(out), *ablation]) == 0
        figures[bool(ablation)] = json.loads(out.read_text())["tiny"]["paper"]["entities"]["DATASET"]["f1"]
        assert (lexicon.load_lexicon, gazetteer.load_lexicon) == loaders
    printed = capsys.readouterr().out
    assert figures == {False: 1.0, True: 0.0}
    assert "lexicon ablation dataset (every DATASET entry): " in printed
    assert printed.count("lexicon ablation") == 2  # before the run and in the summary header, once


def test_lexicon_replaced_rebuilds_every_set_cached_from_the_lexicon(quality):
    from extractors.lexicon import lexicon_aliases

    labels = (None, "DATASET", "TASK")  # the sets kg_proposals and kg_merge test names against
    full = [lexicon_aliases(label) for label in labels]  # built before the block, as by an earlier run in the process
    with quality.lexicon_replaced(()):
        assert [lexicon_aliases(label) for label in labels] == [frozenset()] * len(labels)
    assert [lexicon_aliases(label) for label in labels] == full
