"""DATASET vs METHOD for names no lexicon knows: context, lists and shape (kg_rules, kg_merge)."""

from __future__ import annotations

import pytest

from extractors.rules import find_rule_entities


def _typed(text: str, known=None) -> list[tuple[str, str]]:
    return [(text[s:e], lab) for s, e, lab, _ in find_rule_entities(text, known)]


@pytest.mark.parametrize("text, absent", [
    # a hyphenated word that says what the data is names no dataset
    ("We analyse the syntactic diversity of LLM-generated datasets.", "LLM-generated"),
    ("We pre-trained MonoCoder on an HPC-specific dataset of C programs.", "HPC-specific"),
])
def test_described_data_is_no_dataset(text, absent):
    assert not any(t.startswith(absent) and lab == "DATASET" for t, lab in _typed(text))


def test_named_dataset_before_noun_still_found():
    assert ("Kaggle MBTI", "DATASET") in _typed("We use the Kaggle MBTI dataset for training.")


@pytest.mark.parametrize("text, expected", [
    # a list opened by a head noun types every name in it, past parentheses and a comma after "namely"
    ("We created three benchmark datasets namely, CLIM-NER (entity recognition), NASA-QA (extractive QA) "
     "and NASA-IR (IR) for research.", [("NASA-QA", "DATASET"), ("NASA-IR", "DATASET")]),
    ("Experimental results on benchmark tasks, including SALMON and StoryCloze, show gains.",
     [("SALMON", "DATASET"), ("StoryCloze", "DATASET")]),
    ("Our experiments across various architectures, including LLaMa2, LLaMa3, and Mistral7, show gains.",
     [("LLaMa2", "METHOD"), ("LLaMa3", "METHOD"), ("Mistral7", "METHOD")]),
    ("We release two novel datasets: ShortDesc (short descriptions) and LongDesc (long descriptions).",
     [("ShortDesc", "DATASET"), ("LongDesc", "DATASET")]),
])
def test_list_head_types_its_items(text, expected):
    typed = _typed(text)
    for item in expected:
        assert item in typed


def test_list_head_types_a_lexicon_name_through_the_pipeline():
    from kg.pipeline import make_nlp
    nlp = make_nlp(model=False)
    doc = nlp("Scoring Small Models\n\nLarge language models (LLMs) such as T0, FLAN, and OPT-IML excel at many tasks. "
              "We fine-tune on the FLAN collection.")
    spans = [(s.text, s.label_) for s in doc.spans["kg_entities"]]
    assert ("OPT-IML", "METHOD") in spans
    # the lexicon's FLAN is a dataset collection; in a list of models it is the model, elsewhere the data
    flan = [lab for text, lab in spans if text.startswith("FLAN")]
    assert flan == ["METHOD", "DATASET"]


def test_capitalised_names_ending_in_a_dataset_noun():
    # sentences from examples/hf-papers: benchmark suites named in Title Case inside a sentence
    text = ("Bielik 7B\n\nThese models excel across multiple benchmarks, including the Open PL LLM Leaderboard, "
            "Complex Polish Text Understanding Benchmark, and Polish Medical Leaderboard. "
            "We also report results on the AlpacaEval Leaderboard.")
    typed = _typed(text, [(text.index("AlpacaEval"), text.index("AlpacaEval") + 10, "DATASET", 0.9)])
    for name in ("Open PL LLM Leaderboard", "Complex Polish Text Understanding Benchmark", "Polish Medical Leaderboard"):
        assert (name, "DATASET") in typed
    assert not any(t == "AlpacaEval Leaderboard" for t, _ in typed)  # a known name keeps its own span


def test_a_score_reported_on_a_name_makes_it_a_dataset_unless_it_is_sized():
    # sentence from examples/hf-papers; a parameter count marks a model whatever is reported on it
    text = ("It sets a new Pass@1 on various benchmarks, e.g., 98.2% on HumanEval, 84.8% on MBPP, and 35.3% on "
            "CodeContest. Our pruning beats ShortGPT by 10 points on Qwen1.5-7B.")
    typed = _typed(text)
    assert ("CodeContest", "DATASET") in typed
    assert ("Qwen1.5-7B", "DATASET") not in typed
    # nor after an evaluation word: the sized model is what is evaluated
    text = "With our method we gain 5 points on Zorbo-7B-Instruct. Experiments on the QuixLM-2.5-13B model agree."
    typed = _typed(text)
    assert ("Zorbo-7B-Instruct", "METHOD") in typed and ("QuixLM-2.5-13B", "METHOD") in typed


def test_capitalised_words_after_a_known_dataset_name_its_subset():
    # sentence from examples/hf-papers; a head noun after the known name is no subset
    text = ("BioMedLM\n\nIt scores 57.3% on MedMCQA (dev) and 69.0% on the MMLU Medical Genetics exam, "
            "and tops the AlpacaEval Leaderboard.")
    known = [(text.index(w), text.index(w) + len(w), "DATASET", 0.9) for w in ("MedMCQA", "MMLU", "AlpacaEval")]
    typed = _typed(text, known)
    assert ("MMLU Medical Genetics", "DATASET") in typed
    assert not any(t.startswith("AlpacaEval ") for t, _ in typed)


def test_capitalised_words_after_a_dataset_the_rules_type_name_its_subset():
    # unknown names (the lexicon knows BigBench and MMLU): the rules' DATASET takes the subset words as a known one does
    text = ("Orca\n\nIt beats tuned models on benchmarks like ZorbBench Hard and QuixQA, scores 69.0% on the "
            "QuixMMLU Medical Genetics exam, and tops the QuixEval Leaderboard.")
    typed = _typed(text)
    assert ("ZorbBench Hard", "DATASET") in typed and ("QuixMMLU Medical Genetics", "DATASET") in typed
    assert ("ZorbBench", "DATASET") not in typed and ("QuixEval", "DATASET") in typed  # a head noun is no subset


def test_capitals_numbered_words_and_years_end_a_name_the_rules_type_dataset():
    # unknown names: the name's capitals, numbered word or year are part of it, and no name of their own
    text = "Title\n\nOur ranker outperformed BM25 only on ZS MARQO and QREC DL 2020. It achieves 45.1 on QuixArq3 Task1, by far."
    typed = _typed(text)
    for name in ("ZS MARQO", "QREC DL 2020", "QuixArq3 Task1"):
        assert (name, "DATASET") in typed, typed
    assert not any(t in ("MARQO", "Task1", "QREC") for t, _ in typed), typed
    # not over a name another finder knows ("COCO AP": a metric after the dataset)
    text = "Title\n\nIt reaches 50.1 on ZOCO AP. We are done."
    assert ("ZOCO", "DATASET") in _typed(text, [(text.index("AP"), text.index("AP") + 2, "METRIC", 0.9)])


def test_capitalised_name_set_off_after_a_method_noun_is_a_method():
    text = ("Iterative Pruning\n\nWe add an attached module (Plan Assessor). The algorithm, Iterative Weight "
            "Recycling, reuses weights. In such frameworks, Large Language Models (LLMs) help, as does the "
            "Vision-to-Language Tokenizer.")
    typed = _typed(text)
    for name in ("Plan Assessor", "Iterative Weight Recycling", "Vision-to-Language Tokenizer"):
        assert (name, "METHOD") in typed
    assert not any(t.startswith("Large Language") for t, _ in typed)


def test_visual_question_answering_shape_is_a_dataset():
    text = "MLLMs struggle on INFOSEEK and Encyclopedic-VQA, and on TextVQA."
    typed = _typed(text)
    assert ("Encyclopedic-VQA", "DATASET") in typed and ("TextVQA", "DATASET") in typed


def test_coinage_around_a_task_acronym_is_a_benchmark(nlp):
    # "VQA" is a task in the lexicon; a name ending in it ("Encyclopedic-VQA") is a benchmark, not the task
    # nor a model (examples/hf-papers, the abstract of mR^2AG)
    from kg.readers import read_records

    from .conftest import EXAMPLES

    text = next(r.text for r in read_records([EXAMPLES]) if r.id == "title:4f3072b546d08f27")
    doc = nlp(text)
    typed = [(s.text, s.label_) for s in doc.spans["kg_rules"] if "VQA" in s.text]
    assert typed == [("Encyclopedic-VQA", "DATASET")] * 2


@pytest.mark.parametrize("text, absent", [
    ("Such planners entail planning over long horizons.", "entail planning"),
    ("Current models lack grounding in the physical world.", "lack grounding"),
    ("We study real-world forecasting of prices.", "real-world forecasting"),
    ("LLMs enable complex tasks of text understanding.", "text understanding"),
])
def test_verbs_describing_words_and_general_understanding_make_no_task(text, absent):
    assert (absent, "TASK") not in _typed(text)


def test_a_resolution_in_a_dataset_name_keeps_the_name_whole():
    # sentence from examples/hf-papers (the tokenizer keeps "ImageNet-64x64" whole)
    text = "It achieves FID scores for one-step generation: 1.20 on ImageNet-64x64 and 8.20 on zero-shot COCO2014."
    assert ("ImageNet-64x64", "DATASET") in _typed(text)


@pytest.mark.parametrize("text, expected", [
    # "database(s)" is a dataset head as in the mention-span convention (GUIDELINES, kg_mention_spans)
    ("We improve contact boundaries on data gathered from the LabelMe database.", ("LabelMe", "DATASET")),
    ("Experiments on four re-identification databases, including VIPeR and CUHK03, show gains.", ("VIPeR", "DATASET")),
    # "testbed(s)" was a head of the cue but missing from its cheap literal pre-test
    ("We study two controlled testbeds such as SynthWorldX.", ("SynthWorldX", "DATASET")),
])
def test_database_and_testbed_heads_type_names(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize("text, expected", [
    # the names a task is done on, and the named items of a list of tasks, are benchmarks
    ("We apply BiLD to machine translation on IWSLT 2017 De-En and WMT 2014 De-En, and summarization on XSUM.",
     [("IWSLT 2017 De-En", "DATASET"), ("WMT 2014 De-En", "DATASET"), ("XSUM", "DATASET")]),
    ("Extensive evaluations across diverse reasoning tasks including BBH, GSM8k, and FOLIO demonstrate gains.",
     [("BBH", "DATASET"), ("GSM8k", "DATASET"), ("FOLIO", "DATASET")]),
])
def test_items_of_task_lists_and_task_on_lists_are_datasets(text, expected):
    typed = _typed(text)
    for item in expected:
        assert item in typed, (item, typed)


def test_models_a_task_is_run_on_are_not_datasets():
    # review of a03fd39: a name ending in a parameter count is a model, also after "<task> on"
    typed = _typed("We run text generation on Zorbo-7B and Quix-13B with our method.")
    assert ("Zorbo-7B", "METHOD") in typed and ("Quix-13B", "METHOD") in typed, typed


def test_the_last_item_after_an_oxford_comma_gets_the_lists_cue():
    assert ("NST", "DATASET") in _typed("We report WER in evaluations across FLEURS, Common Voice, and NST.")


@pytest.mark.parametrize("text, name", [
    ("We create a high-quality complex instruction-response dataset, named CRAB. Post-training on CRAB helps.", "CRAB"),
    ("Farzi Data: Autoregressive Data Distillation\n\nWe propose Farzi, which summarizes an event sequence dataset "
     "into a few synthetic sequences -- Farzi Data -- which are optimized to maintain performance.", "Farzi Data"),
])
def test_a_named_dataset_and_a_name_ending_in_data_are_proposed_datasets(text, name):
    from extractors.proposals import find_proposals
    assert any(text[s:e] == name and lab == "DATASET" for s, e, lab, _ in find_proposals(text))


@pytest.mark.parametrize("text, expected", [
    # a count of thousands ends a dataset's name; after a model's piece it is a context length
    ("Evaluations across distortion types (synthetic, realistic, AI-generated) on KADID- 10k, KonIQ-10k, and AGIQA-3k "
     "demonstrate competitive performance.", [("KonIQ-10k", "DATASET"), ("AGIQA-3k", "DATASET")]),
    ("By pretraining on the same ImageNet21k, our EfficientNetV2 achieves 87.3% top-1 accuracy.", [("ImageNet21k", "DATASET")]),
    ("Commercial model (GPT-3.5-Turbo-16k) outperforms other open-sourced models.", [("GPT-3.5-Turbo-16k", "METHOD")]),
])
def test_a_name_ending_in_a_count_of_thousands_is_a_dataset(text, expected):
    typed = _typed(text)
    for item in expected:
        assert item in typed


def test_a_name_of_plain_words_ending_in_a_benchmark_word_is_a_dataset():
    # one capital or a plain word before "-Eval"/"-Bench" is no name piece, yet the name is a benchmark's
    text = "GEB-1.3B exhibits outstanding performance on general benchmarks such as MMLU, C-Eval, and CMMLU."
    assert ("C-Eval", "DATASET") in _typed(text)
    assert ("Tele-Eval", "DATASET") in _typed("These models outperform their counterparts on Tele-Eval while ...")


@pytest.mark.parametrize("name", ["Claude-100k", "XGen-8k", "LongLlama-64k", "Zorbo-32k"])
def test_a_context_length_after_a_model_name_is_no_dataset_count(name):
    text = f"We compare {name} with other long-context models on the task."
    assert (name, "DATASET") not in _typed(text)


@pytest.mark.parametrize("text, expected, absent", [
    ("We evaluate HyperT5 on P3, MetaICL and Super-NaturalInstructions datasets.", "P3", None),
    ("(1) selecting data from C4 for domain adaptation to evaluation on Books.", "C4", None),
    # hardware, a version of the name before it, a model
    ("We train on T4 GPUs and test on Natural Instructions V2 with T5 models.", None, ("T4", "V2", "T5")),
])
def test_short_letter_digit_names_are_datasets_only_where_the_context_says(text, expected, absent):
    typed = _typed(text)
    if expected:
        assert (expected, "DATASET") in typed
    for name in absent or ():
        assert (name, "DATASET") not in typed


@pytest.mark.parametrize("text, name, label", [
    ("MiniPile is a 6GB subset of the deduplicated 825GB The Pile corpus.", "MiniPile", "DATASET"),
    ("Next, GRUE is the first leaderboard-style evaluation of RL algorithms.", "GRUE", "DATASET"),
    # the first head noun decides
    ("FooNet is a model trained on the BarSet dataset.", "FooNet", "METHOD"),
    # a head noun inside a hyphenated modifier is no head (review of f809fcc)
    ("ZorboNet is a corpus-based approach to summarization.", "ZorboNet", "METHOD"),
    # a head noun that modifies a method or tool noun is no head, nor the way to a later one
    ("ZorboLoad is the dataset loader we use.", "ZorboLoad", "METHOD"),
    ("ZorboLoad is a dataset loader for the COCO benchmark.", "ZorboLoad", "METHOD"),
    ("QuixKit is an evaluation benchmark generation framework.", "QuixKit", "METHOD"),
    ("QuixBase is a new benchmark suite of 12 tasks.", "QuixBase", "DATASET"),
])
def test_a_copular_definition_with_a_dataset_head_types_the_name(text, name, label):
    assert (name, label) in _typed(text)


@pytest.mark.parametrize("text, name, label", [
    ("Distillation improves the student models consistently over zero-shot ImageNet classification.", "ImageNet", "DATASET"),
    ("We gain +1.9 mAP on ScanNet detection.", "ScanNet", "DATASET"),
    # the data named after the task: the name before it is the model (review of 8ae3a31)
    ("We compare Zorbo-v8 detection with Quixformer detection on COCO.", "Zorbo-v8", "METHOD"),
    ("We report Zorbo50 classification accuracy on ImageNet.", "Zorbo50", "METHOD"),
])
def test_a_vision_task_after_a_name_makes_it_the_data(text, name, label):
    assert (name, label) in _typed(text)


def test_an_all_capitals_short_form_before_a_task_is_no_dataset():
    text = "We classify Parkinson's disease (PD) from EEG. PD classification accuracy reaches 90%."
    assert ("PD", "DATASET") not in _typed(text)


def test_a_short_form_defined_as_a_task_is_no_dataset_before_a_dataset_noun():
    # "AD datasets" are the task's data; a benchmark named like a task keeps its head-noun vote
    text = ("Generating Audio Description (AD) for movies is hard. We build AD datasets. We introduce a novel task, "
            "Long-Tailed Multi-Label Classification (LT-MLC), and two LT-MLC benchmarks. The Massive Zorbo "
            "Language Understanding (MZLU) benchmark and the MZLU dataset.")
    typed = _typed(text)
    assert ("AD", "DATASET") not in typed and ("LT-MLC", "DATASET") not in typed, typed
    assert ("MZLU", "DATASET") in typed, typed


@pytest.mark.parametrize("text, name, label", [
    ("Experiments on the Caltech-101 image dataset confirm that our method works.", "Caltech-101", "DATASET"),
    ("We evaluate our model on both perplexity metric and GSM8k mathematical benchmark.", "GSM8k", "DATASET"),
    # what made or uses the data is no name of it
    ("We release a GPT-4 generated dataset and the FooLM training corpus.", "GPT-4", "METHOD"),
])
def test_descriptive_words_between_a_name_and_a_dataset_noun(text, name, label):
    assert (name, label) in _typed(text)


def test_a_model_before_what_the_data_holds_is_no_dataset():
    # review of 84f0539: the model that made the data ("the Zorbo-7B distillation dataset") is not the dataset
    typed = _typed("We fine-tune on the Zorbo-7B distillation dataset and the QuixLM synthetic corpus.")
    assert ("Zorbo-7B", "METHOD") in typed and ("QuixLM", "METHOD") in typed, typed
    assert ("Caltech-101", "DATASET") in _typed("We evaluate on the Caltech-101 image dataset.")


def test_lists_written_with_a_space_before_each_comma_are_read():
    # PDF-extracted sentences of the published corpora: "OTB-2013 , OTB-2015 , VOT-2015 , and Temple Color-128 ."
    text = "We evaluate on benchmark datasets including OTB-2013 , OTB-2015 , VOT-2015 , VOT-2016 , and TC-128 ."
    typed = _typed(text)
    for name in ("OTB-2015", "VOT-2015", "VOT-2016"):
        assert (name, "DATASET") in typed


def test_a_count_of_millions_after_the_letters_is_data_not_a_model_size():
    # D8's finding: "CC3M", "YFCC100M" (image-text pairs) were read as parameter counts, so the item and score-on cues
    # skipped them; a model's millions follow a hyphen or a space ("MonoT5-220M"), its billions stay a model's
    typed = _typed("Image captioning on ZC3M and ZC12M improves. We obtain 45.2 on QYFCC100M and 30.1 on QFCC9M.")
    for name in ("ZC3M", "ZC12M", "QYFCC100M", "QFCC9M"):
        assert (name, "DATASET") in typed, typed
    assert ("ZC3M", "DATASET") in _typed("We fine-tune on the ZC3M image dataset.")
    assert ("ZC3M", "METRIC") not in _typed("It scores 45.6 ZC3M and 30.1 QFCC12M retrieval.")  # a size, no measure
    typed = _typed("Text generation on Zorbo-7B, Quix-220M and ZorboLM-7B-Chat improves.")
    for name in ("Zorbo-7B", "Quix-220M", "ZorboLM-7B-Chat"):
        assert (name, "METHOD") in typed, typed


@pytest.mark.parametrize("text, expected", [
    # issue 3: a version after a capitalised name before a dataset noun is part of the name, not a generic last word
    ("T\n\nIn our evaluation on the Zorbic Instructions V2 benchmark, we find that FooGuide helps.",
     "Zorbic Instructions V2"),
    ("T\n\nWe evaluate on the Zorbic Instructions v2.1 dataset.", "Zorbic Instructions v2.1"),
])
def test_version_ends_a_named_dataset(text, expected):
    typed = _typed(text)
    assert any(t.startswith(expected) and lab == "DATASET" for t, lab in typed)
    assert not any(t.startswith(("V2", "v2")) for t, _ in typed)  # not the version alone


@pytest.mark.parametrize("text", [
    "T\n\nWe fine-tune on the English V2 corpus.",  # a describing word and a version: no name
    "T\n\nWe evaluate on the v2 dataset.",  # a version alone
])
def test_version_without_a_name_is_no_named_dataset(text):
    assert not any(lab == "DATASET" and t[:1] in "EVv" for t, lab in _typed(text))


@pytest.mark.parametrize("text, name", [
    # issue 3: what a corpus or knowledge base holds, taken "from" it, names it as the source of the data
    ("T\n\nUsing unstructured text from ZorbCC and structured knowledge from QuixNet, we adapt small models.", "QuixNet"),
    ("T\n\nThe model is pretrained on 25 languages from HarpCrawl and tested on a bilingual subset.", "HarpCrawl"),
    ("T\n\nWe mine 2M posts from ZorbForum-22 to build the training set.", "ZorbForum-22"),
])
def test_source_of_data_is_a_dataset(text, name):
    assert (name, "DATASET") in _typed(text)


def test_model_outputs_from_a_model_are_no_dataset_source():
    assert ("FooLM-2", "DATASET") not in _typed("T\n\nWe distill responses from FooLM-2 into a small student.")


def _known(text, name):
    at = text.index(name)
    return [(at, at + len(name), "DATASET", 0.9)]


@pytest.mark.parametrize("text, known, expected", [
    # issue 3: capitals, a word with digits or a year after a known dataset name the rest of an unknown name
    ("T\n\nOur ranker beats BM25 only on QuixMarco and Zorbset DL 2020.", "Zorbset", "Zorbset DL 2020"),
    ("T\n\nIt reaches 87.3% top-1 accuracy on Zorbset ZSVRC2012, ahead of ViT.", "Zorbset", "Zorbset ZSVRC2012"),
])
def test_code_words_after_a_known_dataset(text, known, expected):
    assert (expected, "DATASET") in _typed(text, _known(text, known))


def test_split_word_after_a_known_dataset_stays_out():
    # a capitalised word with a number names a split the gold writes as the dataset: the known name stays alone
    text = "T\n\nIt gains 2.3 mIoU on Zorbset Area5 and on 6-fold cross-validation."
    assert not any(t.startswith("Zorbset") for t, _ in _typed(text, _known(text, "Zorbset")))


def test_plain_list_item_before_a_relative_clause():
    # issue 3: a relative clause after a list's last plain item ends the item as a comma would
    text = "T\n\nIt is fine-tuned on smaller datasets such as NYUv3, KITTO, and Zorbal Context where it also wins."
    assert ("Zorbal Context", "DATASET") in _typed(text)


def test_plain_word_before_a_relative_clause_needs_a_dataset_cue():
    assert not any(lab == "DATASET" for _, lab in _typed("T\n\nWe compare with Transformer which fails on long inputs."))


@pytest.mark.parametrize("text, name", [
    # review of 84099f9: knowledge distilled or transferred from a model, or text a language model wrote, names no data
    ("T\n\nWe distill knowledge from ZorbGPT-4 into a small student for math reasoning.", "ZorbGPT-4"),
    ("T\n\nOur method transfers the knowledge from QuixBERT to smaller encoders.", "QuixBERT"),
    ("T\n\nWe generate sentences from QuixLM to train a dialogue model.", "QuixLM"),
])
def test_model_as_knowledge_or_text_source_is_no_dataset(text, name):
    assert (name, "DATASET") not in _typed(text)


def test_data_named_by_its_size_stays_a_text_source():
    # a count of millions or billions ends data names as often as model names ("LAION-400M", "LAION-5B")
    assert ("ZorbImg-400M", "DATASET") in _typed("T\n\nWe pre-train on 400M images from ZorbImg-400M and test on COCO.")


@pytest.mark.parametrize("text", [
    # issue 3: capitals before "by" or a verb are a measure or a method, no part of the known dataset's name
    "T\n\nOur sampler improves Zorbset ZFD by 2.1 points over the baseline.",
    "T\n\nFine-tuning on Zorbset ZNLU improves accuracy over the baseline.",
])
def test_letter_code_before_a_verb_or_by_stays_off_a_known_dataset(text):
    assert not any(t.startswith("Zorbset ") for t, _ in _typed(text, _known(text, "Zorbset")))


def test_letter_code_before_a_conjunction_joins_a_known_dataset():
    text = "T\n\nExperiments on QuixFace, Zorbset BLUFR and MegaFace show gains."
    assert ("Zorbset BLUFR", "DATASET") in _typed(text, _known(text, "Zorbset"))


def test_bare_parenthesis_after_a_dataset_noun_lists_datasets():
    # issue 3: "datasets (A, B and C)": the items after the first are datasets (the first may be a short form)
    text = "T\n\nExperiments on three public face aging datasets (MORPH Album 2, ZorbAge-VS and QuellNET) show gains."
    typed = _typed(text)
    assert ("ZorbAge-VS", "DATASET") in typed and ("QuellNET", "DATASET") in typed


def test_bare_parenthesis_after_a_model_noun_lists_no_datasets_by_the_noun():
    from extractors.shapes import list_head_label

    text = "Strong models (ZorbLM, QuellNet and FenGPT) win; binary neural networks (BNNs) are small."
    assert list_head_label(text, text.index("QuellNet")) is None
    assert list_head_label(text, text.index("BNNs")) is None


@pytest.mark.parametrize("text, name", [
    # issue 3: "test collection" (information retrieval's word for a benchmark) is a dataset noun
    ("T\n\nWe took NTCIR-7 data for training and the ZTCIR-8 test collection for parameter tuning.", "ZTCIR-8"),
    ("T\n\nWe use the Zorbic Retrieval test collection, which has 50 topics.", "Zorbic Retrieval"),
])
def test_test_collection_is_a_dataset_noun(text, name):
    assert (name, "DATASET") in _typed(text)


def test_letter_code_before_a_data_unit_noun_joins_a_known_dataset():
    # V21's review of 50b46d9: "KITTI MOTS sequences" names the MOTS part of KITTI
    text = "T\n\nOur tracker is evaluated on Zorbset MOTS sequences and runs in real time."
    assert ("Zorbset MOTS", "DATASET") in _typed(text, _known(text, "Zorbset"))
