"""kg.train_ner: a tiny end-to-end training run from real corpus lines, with the model settings applied."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from kg.train_ner import DEFAULT_MODEL_CONFIG, TRAIN_FILES, load_human_corpora, make_model_nlp, train

DATA = Path(__file__).parent / "data" / "train_ner"


def test_make_model_nlp_applies_the_model_config():
    nlp = make_model_nlp({"width": 32, "embed_size": 500})
    model = nlp.get_pipe("tok2vec").model
    assert model.get_dim("nO") == 32
    assert nlp.config["components"]["tok2vec"]["model"]["embed_size"] == 500
    assert make_model_nlp().config["components"]["tok2vec"]["model"]["width"] == DEFAULT_MODEL_CONFIG["width"]


def test_train_writes_a_loadable_model_and_keeps_heldout_ids_out(tmp_path):
    assert TRAIN_FILES[0] == "tdmsci-train.jsonl"
    heldout = tmp_path / "heldout.txt"
    first = json.loads((DATA / "tdmsci-train.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]
    heldout.write_text(first + "\n", encoding="utf-8")
    assert first not in {t.id for t in load_human_corpora(DATA, exclude_ids={first})}
    out = tmp_path / "model"
    figures = train(train_dir=DATA, corpus=[], out_dir=out, heldout_ids=heldout, epochs=1,
                    model_config={"width": 32, "embed_size": 500, "depth": 1}, dropout=0.1, oversample={"tdmsci": 2})
    assert figures["human_texts"] == 29 and figures["weak_texts"] == 0 and len(figures["losses"]) == 1
    # every TDMSci text is seen twice per epoch
    assert figures["examples"] == 2 * 29 and figures["oversample"] == {"tdmsci": 2}
    assert figures["examples_by_source"] == {"tdmsci": 2 * 29}
    assert figures["model"]["width"] == 32 and figures["dropout"] == 0.1
    model = spacy.load(out)
    assert model.pipe_names == ["tok2vec", "ner"]
    assert set(model.get_pipe("ner").labels) == {"METHOD", "DATASET", "METRIC", "TASK"}
    assert model.config["components"]["tok2vec"]["model"]["depth"] == 1
    doc = model("We report accuracy on the SQuAD dataset.")
    assert all(ent.label_ in {"METHOD", "DATASET", "METRIC", "TASK"} for ent in doc.ents)


def test_cli_defaults_are_the_shipped_training_settings():
    import inspect

    from kg.cli import train_ner
    from kg.train_ner import DEFAULT_EPOCHS, DEFAULT_MAX_WEAK

    params = inspect.signature(train_ner).parameters
    assert params["epochs"].default.default == DEFAULT_EPOCHS
    assert params["max_weak"].default.default == DEFAULT_MAX_WEAK
    # the shipped model (and any candidate beside it, extractors/model/ner_*) was trained with DEFAULT_MODEL_CONFIG
    models = sorted((Path(__file__).parent.parent / "extractors" / "model").glob("ner*/config.cfg"))
    assert models[0].parent.name == "ner"
    for config in models:
        shipped = spacy.util.load_config(config)
        tok2vec = shipped["components"]["tok2vec"]["model"]
        assert {k: tok2vec[k] for k in ("width", "depth", "embed_size", "window_size")} == \
            {k: DEFAULT_MODEL_CONFIG[k] for k in ("width", "depth", "embed_size", "window_size")}, config
        assert shipped["components"]["ner"]["model"]["hidden_width"] == DEFAULT_MODEL_CONFIG["hidden_width"], config


def test_cli_trains_on_the_tuning_gold_and_never_on_the_untouched_sets():
    import inspect

    from kg.cli import train_ner
    from kg.train_ner import NEVER_TRAIN_GOLD

    from kg.train_ner import default_train_gold, default_untouched_gold

    params = inspect.signature(train_ner).parameters
    root = Path(__file__).parent.parent
    assert params["gold"].default.default is None  # then default_untouched_gold(tests/gold)
    gold = {p.relative_to(root).as_posix() for p in default_untouched_gold(root / "tests/gold")}
    assert params["train_gold"].default.default is None  # then default_train_gold(tests/gold)
    train_gold = {p.relative_to(root).as_posix() for p in default_train_gold(root / "tests/gold")}
    hand_made = {p.relative_to(root).as_posix() for p in (root / "tests/gold").glob("*.jsonl")
                 if not p.name.startswith("heldout_")}  # heldout_*: the published corpora's splits
    # every hand-made set is either trained on or kept out of everything, never both
    assert hand_made <= gold | train_gold and not gold & train_gold
    # every named untouched set that is present is excluded, and nothing but numbered holdout sets is
    assert {f"tests/gold/{n}" for n in NEVER_TRAIN_GOLD if (root / "tests/gold" / n).exists()} <= gold
    assert all(Path(p).name.startswith("holdout") and Path(p).name != "holdout.jsonl" for p in gold)
    assert {"tests/gold/holdout2.jsonl", "tests/gold/holdout3.jsonl", "tests/gold/holdout4.jsonl"} <= gold
    assert {"tests/gold/dev.jsonl", "tests/gold/dev2.jsonl", "tests/gold/test.jsonl"} <= train_gold


def test_a_training_gold_file_that_is_also_excluded_is_an_error(tmp_path):
    import pytest
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.errors import ConfigError

    root = Path(__file__).parent.parent
    with pytest.raises(ConfigError, match="E786"):
        train(train_dir=DATA, corpus=[], out_dir=tmp_path / "m", train_gold=[root / "tests/gold/dev.jsonl"],
              gold_files=[root / "tests/gold/dev.jsonl"], epochs=1)
    # holdout2/3/4 are refused as training gold by name, even when not listed under --gold
    result = CliRunner().invoke(app, ["train-ner", "--train-dir", str(DATA), "--corpus", str(tmp_path),
                                      "-o", str(tmp_path / "m"), "--train-gold", "tests/gold/holdout2.jsonl",
                                      "--gold", "tests/gold/dev.jsonl"])
    assert result.exit_code != 0 and "E786" in result.output
    assert not (tmp_path / "m").exists()


def test_train_learns_from_hand_gold_and_keeps_its_papers_out_of_the_weak_abstracts(tmp_path):
    """The ``gold`` source: every label annotated, oversampled; its papers are no weak abstracts."""
    from kg.train_ner import load_gold_texts

    text = "GlueNet: Small Models\n\nWe propose GlueNet for question answering and report F1 on SQuAD."
    gold = tmp_path / "dev.jsonl"
    names = [("GlueNet", "METHOD", 0), ("GlueNet", "METHOD", 1), ("question answering", "TASK", 0),
             ("F1", "METRIC", 0), ("SQuAD", "DATASET", 0)]
    starts = {}
    mentions = []
    for name, label, nth in names:
        start = text.index(name, starts.get(name, -1) + 1) if nth else text.index(name)
        starts[name] = start
        mentions.append({"start": start, "end": start + len(name), "label": label, "text": name})
    gold.write_text(json.dumps({"id": "g0", "text": text, "mentions": mentions}) + "\n", encoding="utf-8")
    (item,) = load_gold_texts([gold])
    assert item.source == "gold" and item.annotated == {"METHOD", "DATASET", "METRIC", "TASK"}
    assert [text[s:e] for s, e, _ in item.spans] == ["GlueNet", "GlueNet", "question answering", "F1", "SQuAD"]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "c0", "text": text}) + "\n", encoding="utf-8")
    figures = train(train_dir=tmp_path / "none", corpus=[corpus], out_dir=tmp_path / "model", train_gold=[gold],
                    epochs=1, model_config={"width": 32, "embed_size": 500, "depth": 1}, oversample={"gold": 3})
    assert figures["gold_texts"] == 1 and figures["weak_texts"] == 0 and figures["examples"] == 3


def test_train_keeps_gold_papers_out_of_the_weak_abstracts(tmp_path):
    """A corpus record whose text is in a --gold file is never weakly labelled."""
    corpus = tmp_path / "corpus.jsonl"
    texts = ["BERT-Lite: Small Models\n\nWe propose BERT-Lite and evaluate it on SQuAD.",
             "GlueNet\n\nGlueNet improves accuracy on MNLI by 2 points."]
    corpus.write_text("".join(json.dumps({"id": f"p{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                      encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "p0", "text": texts[0], "mentions": []}) + "\n", encoding="utf-8")
    figures = train(train_dir=tmp_path / "none", corpus=[corpus], out_dir=tmp_path / "model", gold_files=[gold],
                    epochs=1, model_config={"width": 32, "embed_size": 500, "depth": 1})
    assert figures["weak_texts"] == 1 and figures["human_texts"] == 0


def test_train_keeps_gold_papers_out_of_the_weak_abstracts_by_id_too(tmp_path):
    """A corpus record whose id is in a --gold file is never weakly labelled, even when a reader cleaned its
    text differently than the gold did."""
    corpus = tmp_path / "corpus.jsonl"
    texts = ["BERT-Lite: Small Models\n\nWe propose BERT-Lite and evaluate it on SQuAD.",
             "GlueNet\n\nGlueNet improves accuracy on MNLI by 2 points."]
    corpus.write_text("".join(json.dumps({"id": f"p{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                      encoding="utf-8")
    from kg.readers import read_records

    first = next(iter(read_records([corpus])))
    assert first.text == texts[0]
    gold = tmp_path / "gold.jsonl"  # the same paper (by id) with a differently cleaned text
    gold.write_text(json.dumps({"id": first.id, "text": texts[0] + " ", "mentions": []}) + "\n", encoding="utf-8")
    figures = train(train_dir=tmp_path / "none", corpus=[corpus], out_dir=tmp_path / "model", gold_files=[gold],
                    epochs=1, model_config={"width": 32, "embed_size": 500, "depth": 1})
    assert figures["weak_texts"] == 1


def test_cli_an_explicit_gold_adds_to_the_untouched_sets(tmp_path, monkeypatch):
    """``--gold dev9.jsonl`` keeps holdout2, holdout3, ... out too: it never replaces them."""
    import kg.train_ner
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.train_ner import default_untouched_gold

    root = Path(__file__).parent.parent
    monkeypatch.chdir(root)
    seen = {}
    monkeypatch.setattr(kg.train_ner, "train", lambda **kw: seen.update(kw) or {"losses": []})
    result = CliRunner().invoke(app, ["train-ner", "--train-dir", str(DATA), "-o", str(tmp_path / "m"),
                                      "--gold", "tests/gold/dev9.jsonl", "--train-gold", "tests/gold/dev.jsonl", "-q"])
    assert result.exit_code == 0, result.output
    untouched = default_untouched_gold(Path("tests/gold"))
    assert len(untouched) >= 5 and seen["gold_files"] == [Path("tests/gold/dev9.jsonl"), *untouched]


def test_the_human_corpora_travel_with_the_repository():
    """A fresh clone reproduces the model: the CLI's default --train-dir holds every training split."""
    import inspect

    from kg.cli import train_ner

    root = Path(__file__).parent.parent
    default = inspect.signature(train_ner).parameters["train_dir"].default.default
    assert default.as_posix() == "examples/train"
    texts = load_human_corpora(root / default)
    assert {t.source for t in texts} == {"tdmsci", "dsnames", "scirex"}
    assert sum(t.source == "tdmsci" for t in texts) == 1523


def test_default_train_gold_never_takes_a_numbered_holdout_set(tmp_path):
    from kg.train_ner import default_train_gold

    for name in ("dev.jsonl", "holdout.jsonl", "holdout5.jsonl", "holdout12.jsonl", "heldout_tdmsci.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in default_train_gold(tmp_path)] == ["dev.jsonl", "holdout.jsonl"]


def test_cli_a_missing_exclusion_file_is_an_error_not_skipped(tmp_path):
    """Run from another folder, the relative defaults are missing: untouched gold must not slip into training."""
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["train-ner", "--train-dir", str(DATA), "--corpus", str(tmp_path),
                                      "-o", str(tmp_path / "m"), "--gold", str(tmp_path / "holdout9.jsonl"),
                                      "--train-gold", str(tmp_path / "none.jsonl")])
    assert result.exit_code != 0 and "E001" in result.output and "holdout9.jsonl" in result.output
    assert not (tmp_path / "m").exists()


def test_cli_oversamples_tdmsci_and_the_hand_gold_with_the_shipped_copies(tmp_path):
    """``paperkg train-ner`` sees each TDMSci text DEFAULT_OVERSAMPLE["tdmsci"] (5) times per epoch and each
    training-gold text --gold-copies times; the figures count the examples of every source."""
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.train_ner import DEFAULT_OVERSAMPLE

    assert DEFAULT_OVERSAMPLE == {"tdmsci": 5, "gold": 2}  # session 7: TDMSci back to its session-3 share
    text = "GlueNet\n\nWe propose GlueNet for question answering."
    gold = tmp_path / "dev.jsonl"
    gold.write_text(json.dumps({"id": "g0", "text": text, "mentions": [
        {"start": 0, "end": 7, "label": "METHOD", "text": "GlueNet"}]}) + "\n", encoding="utf-8")
    untouched = tmp_path / "holdout9.jsonl"
    untouched.write_text(json.dumps({"id": "h0", "text": "Other\n\nText.", "mentions": []}) + "\n", encoding="utf-8")
    heldout = tmp_path / "heldout.txt"
    heldout.write_text("", encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    result = CliRunner().invoke(app, ["train-ner", "--train-dir", str(DATA), "--corpus", str(tmp_path / "corpus"),
                                      "-o", str(tmp_path / "m"), "--heldout", str(heldout), "--gold", str(untouched),
                                      "--train-gold", str(gold), "--gold-copies", "3", "--epochs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output[result.output.index("{"):])
    n_tdmsci = len(load_human_corpora(DATA))
    assert n_tdmsci == 30 and figures["examples_by_source"] == {"gold": 3, "tdmsci": 5 * n_tdmsci}
    assert figures["examples"] == 3 + 5 * n_tdmsci and figures["oversample"] == {"tdmsci": 5, "gold": 3}


def test_default_untouched_gold_takes_every_numbered_holdout_set_as_it_lands(tmp_path):
    """A new untouched set (holdout6, holdout12) is excluded by default without a code change."""
    from kg.train_ner import default_untouched_gold

    for name in ("dev.jsonl", "holdout.jsonl", "holdout12.jsonl", "holdout6.jsonl", "holdout2.jsonl", "heldout_x.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in default_untouched_gold(tmp_path)] == ["holdout2.jsonl", "holdout6.jsonl", "holdout12.jsonl"]


def test_cli_has_no_weak_source_by_default():
    """Session 8: the hand-made sets cover the example corpus but the untouched holdout6, so no weak abstracts."""
    import inspect

    from kg.cli import train_ner
    from kg.train_ner import DEFAULT_CORPUS

    assert list(inspect.signature(train_ner).parameters["corpus"].default.default) == list(DEFAULT_CORPUS) == []
