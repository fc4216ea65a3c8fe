"""kg_results: numbers -> results linked to metric, dataset and method.

Docs are built from ``spacy.blank("en")`` + sentencizer; the entity spans that
``kg_merge`` would write are set by hand, so these tests do not depend on the
entity finders. Each case lists the entities as ``(label, surface)`` (the first
occurrence of the surface; a ``*`` after the label marks a proposed entity).
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import SpanGroup

from extractors._numbers import canonical_decimal, find_numbers
from extractors._spans import Ent
from extractors.results import RESULT_KEYS, ResultFinder, find_results

M, D, X, T = "METHOD", "DATASET", "METRIC", "TASK"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def make_doc(nlp, text: str, entities=()):
    """A Doc with ``doc.spans["kg_entities"]`` holding the given (label, surface) spans."""
    doc = nlp(text)
    spans, proposed = [], []
    for label, surface in entities:
        start = re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", text).start()
        span = doc.char_span(start, start + len(surface), label=label.rstrip("*"), alignment_mode="expand")
        assert span is not None and span.text == surface, f"{surface!r} is not token-aligned"
        spans.append(span)
        proposed.append(label.endswith("*"))
    doc.spans["kg_entities"] = SpanGroup(doc, name="kg_entities", spans=spans,
                                         attrs={"scores": [0.9] * len(spans), "proposed": proposed})
    return doc


def run(nlp, text, entities=()):
    doc = make_doc(nlp, text, entities)
    ResultFinder()(doc)
    return doc


def project(results):
    return [(r["value"], r["unit"], r["is_delta"], r["metric"], r["dataset"], r["method"]) for r in results]


CASES = [
    # "respectively" aligns a list of numbers with a list of datasets
    ("BERTweet achieves accuracies of 80.74%, 92.36%, and 82.25% on the Twitter US Airline, IMDb, and "
     "Sentiment140 datasets, respectively.",
     [(M, "BERTweet"), (X, "accuracies"), (D, "Twitter US Airline"), (D, "IMDb"), (D, "Sentiment140")],
     [("80.74", "%", False, "accuracies", "Twitter US Airline", "BERTweet"),
      ("92.36", "%", False, "accuracies", "IMDb", "BERTweet"),
      ("82.25", "%", False, "accuracies", "Sentiment140", "BERTweet")]),
    # an improvement stated with "by": the subject is the method, not the compared model
    ("BLIP-2 outperforms Flamingo80B by 8.7% on zero-shot VQAv2.",
     [(M, "BLIP-2"), (M, "Flamingo80B"), (D, "VQAv2")],
     [("8.7", "%", True, None, "VQAv2", "BLIP-2")]),
    # a number tied to no name in its clause is the paper's method's: a short form and the long form it
    # abbreviates are one proposed method, not two
    ("We introduce Half Fine-Tuning (HFT) as a substitute for FFT. Compared with FFT, the method not only "
     "alleviates forgetting, but also achieves the best performance, with a 30% reduction in training time.",
     [(M + "*", "Half Fine-Tuning"), (M + "*", "HFT"), (M, "FFT"), (X, "training time")],
     [("30", "%", True, "training time", None, "Half Fine-Tuning")]),
    # a name closing an interjection ("powered by GPT-4,") is not the subject of a later verb; the measure carried
    # over from the clause's previous number brings its dataset along
    ("Chameleon, powered by GPT-4, achieves an 86.54% overall accuracy on ScienceQA, improving the best published "
     "few-shot result by 11.37%.",
     [(M + "*", "Chameleon"), (M, "GPT-4"), (X, "overall accuracy"), (D, "ScienceQA")],
     [("86.54", "%", False, "overall accuracy", "ScienceQA", "Chameleon"),
      ("11.37", "%", True, "overall accuracy", "ScienceQA", "Chameleon")]),
    # "and <its own measure> by N": the previous number's metric does not carry over
    ("MixLoRA reduces GPU memory consumption by 41% and latency during the training process by 17%.",
     [(M + "*", "MixLoRA"), (X, "GPU memory consumption")],
     [("41", "%", True, "GPU memory consumption", None, "MixLoRA"), ("17", "%", True, None, None, "MixLoRA")]),
    # ... but a compared model between "and" and "by" is no measure
    ("SynthIE outperforms GPT-3.5 by 6 points in F1 and GPT-4 by 5 points.",
     [(M + "*", "SynthIE"), (M, "GPT-3.5"), (X, "F1"), (M, "GPT-4")],
     [("6", "points", True, "F1", None, "SynthIE"), ("5", "points", True, "F1", None, "SynthIE")]),
    # "from A down to B": a change of the value (the target is a result like the source)
    ("Our best single model improves perplexity from 51.3 down to 30.0.", [(X, "perplexity")],
     [("51.3", "", False, "perplexity", None, None), ("30", "", False, "perplexity", None, None)]),
    # a comparative and a noun after the number name its own measure: the metric before it is another statement's
    ("SqueezeNet reaches AlexNet-level accuracy with 50x fewer parameters.",
     [(M + "*", "SqueezeNet"), (X, "accuracy")],
     [("50", "x", True, None, None, "SqueezeNet")]),
    # "average" as an adjective does not open a list of examples: the dataset after it is the number's
    ("BiPFT surpasses the task-specific baseline by 15.4% average performance on the GLUE benchmark.",
     [(M + "*", "BiPFT"), (D, "GLUE")],
     [("15.4", "%", True, None, "GLUE", "BiPFT")]),
    # a gain with no metric takes the measure and dataset of the value stated right after it
    ("Finally, NASNet features surpass state-of-the-art by 4.0% achieving 43.1% mAP on the COCO dataset.",
     [(M + "*", "NASNet"), (X, "mAP"), (D, "COCO")],
     [("4", "%", True, "mAP", "COCO", "NASNet"), ("43.1", "%", False, "mAP", "COCO", "NASNet")]),
    # "solved N% of the tasks": a proportion after a result verb is a result
    ("Smaller models solved no tasks; ChatGPT-4 solved 75% of the tasks.",
     [(M, "ChatGPT-4")],
     [("75", "%", False, None, None, "ChatGPT-4")]),
    # "<metric> of A for X and B for Y": the second number of the pair has the same metric
    ("The agents achieve an average RougeL score of 85.5 for planning and 96.5 for calling.",
     [(X, "RougeL")],
     [("85.5", "", False, "RougeL", None, None), ("96.5", "", False, "RougeL", None, None)]),
    # "+2 points"
    ("With the new recipe, Llama-3 gains +2 points on MMLU.",
     [(M, "Llama-3"), (D, "MMLU")],
     [("2", "points", True, None, "MMLU", "Llama-3")]),
    # "<num> <metric> improvement over <baseline>"
    ("SelfCheck yields an 11.2% accuracy improvement over GPT-3.",
     [(M, "SelfCheck"), (X, "accuracy"), (M, "GPT-3")],
     [("11.2", "%", True, "accuracy", None, "SelfCheck")]),
    # metric, dataset and a method introduced by "with"
    ("We obtain 58.8% accuracy on the MATH dataset with fine-tuned PaLM 2-L in our runs.",
     [(X, "accuracy"), (D, "MATH"), (M, "PaLM 2-L")],
     [("58.8", "%", False, "accuracy", "MATH", "PaLM 2-L")]),
    # two bare numbers, each after its own metric
    ("The ranker reaches an nDCG of 0.48 and P@10 of 0.37 on TREC-COVID.",
     [(X, "nDCG"), (X, "P@10"), (D, "TREC-COVID")],
     [("0.48", "", False, "nDCG", "TREC-COVID", None), ("0.37", "", False, "P@10", "TREC-COVID", None)]),
    # "F1 score of 0.91"
    ("Our tagger obtains an F1 score of 0.91 on CoNLL-2003.",
     [(X, "F1 score"), (D, "CoNLL-2003")],
     [("0.91", "", False, "F1 score", "CoNLL-2003", None)]),
    # a change "A rightarrow B": both are metric values
    ("On WMT14, BLEU improves 34.4 rightarrow 37.9 with back-translation.",
     [(D, "WMT14"), (X, "BLEU")],
     [("34.4", "", False, "BLEU", "WMT14", None), ("37.9", "", False, "BLEU", "WMT14", None)]),
    # "top-1 accuracy of 80.1%"
    ("DeiT-B attains a top-1 accuracy of 80.1% on ImageNet.",
     [(M, "DeiT-B"), (X, "top-1 accuracy"), (D, "ImageNet")],
     [("80.1", "%", False, "top-1 accuracy", "ImageNet", "DeiT-B")]),
    # LaTeX-escaped percent
    ("EDA improves accuracy by 4.9\\% on SST-2.",
     [(M, "EDA"), (X, "accuracy"), (D, "SST-2")],
     [("4.9", "%", True, "accuracy", "SST-2", "EDA")]),
    # a range gives two results sharing the metric written after it
    ("MAIN-RAG achieves a 2-11% improvement in answer accuracy.",
     [(M, "MAIN-RAG"), (X, "answer accuracy")],
     [("2", "%", True, "answer accuracy", None, "MAIN-RAG"), ("11", "%", True, "answer accuracy", None, "MAIN-RAG")]),
    # a speed-up factor is a change
    ("EasySpec achieves a peak speedup of 4.17x compared to vanilla decoding.",
     [(M, "EasySpec"), (X, "speedup")],
     [("4.17", "x", True, "speedup", None, "EasySpec")]),
    # "N times" is unit x
    ("Our kernel gives 3.24 times speed gains for LLaMA-2.",
     [(M, "LLaMA-2")],
     [("3.24", "x", True, None, None, "LLaMA-2")]),
    # a negative delta keeps its sign
    ("On average, the small variant of Sheared-LLaMA suffers a -5.1 F1 drop.",
     [(M, "Sheared-LLaMA"), (X, "F1")],
     [("-5.1", "", True, "F1", None, "Sheared-LLaMA")]),
    # methods aligned by "respectively"
    ("Mamba and Mamba-2 reach 38% and 82% accuracy on LAMBADA, respectively.",
     [(M, "Mamba"), (M, "Mamba-2"), (X, "accuracy"), (D, "LAMBADA")],
     [("38", "%", False, "accuracy", "LAMBADA", "Mamba"), ("82", "%", False, "accuracy", "LAMBADA", "Mamba-2")]),
    # the metric carries over to the next number of the clause; "for <method>" after each number
    ("Our solutions achieved 81.9% accuracy for Phi-2 and 57.3% for Falcon-7B in the challenge.",
     [(X, "accuracy"), (M, "Phi-2"), (M, "Falcon-7B")],
     [("81.9", "%", False, "accuracy", None, "Phi-2"), ("57.3", "%", False, "accuracy", None, "Falcon-7B")]),
    # gains on two datasets, the second continues the first
    ("AtomR outperforms the baselines, with gains of 9.4% on 2WikiMultihop and 9.5% on BlendQA.",
     [(M, "AtomR"), (D, "2WikiMultihop"), (D, "BlendQA")],
     [("9.4", "%", True, None, "2WikiMultihop", "AtomR"), ("9.5", "%", True, None, "BlendQA", "AtomR")]),
    # a dataset named before the numbers ("on PACS, ...") and a change inside parentheses
    ("Notably, on PACS, improvements of 7.3% (79.4% to 86.7%) and 7.2% are observed.",
     [(D, "PACS")],
     [("7.3", "%", True, None, "PACS", None), ("79.4", "%", False, None, "PACS", None),
      ("86.7", "%", False, None, "PACS", None), ("7.2", "%", True, None, "PACS", None)]),
    # "by more than 10%"
    ("RETRO improves perplexity by more than 10% on the Pile.",
     [(M, "RETRO"), (X, "perplexity"), (D, "Pile")],
     [("10", "%", True, "perplexity", "Pile", "RETRO")]),
    # metric right after the number and "<num> ... on <dataset>" with a setting word between
    ("PDP reaches 68.2% top-1 ImageNet1k accuracy.",
     [(M, "PDP"), (D, "ImageNet1k"), (X, "accuracy")],
     [("68.2", "%", False, "accuracy", "ImageNet1k", "PDP")]),
    # a number restated in a later sentence completes the first statement
    ("Orca-Math achieves 86.81% on GSM8k. With preference learning, Orca-Math achieves 86.81% pass@1.",
     [(M, "Orca-Math"), (D, "GSM8k"), (X, "pass@1")],
     [("86.81", "%", False, "pass@1", "GSM8k", "Orca-Math"), ("86.81", "%", False, "pass@1", "GSM8k", "Orca-Math")]),
    # "in <metric>" after an improvement
    ("The agent yields an average of 26.9% increase in correctness on WebShop.",
     [(X, "correctness"), (D, "WebShop")],
     [("26.9", "%", True, "correctness", "WebShop", None)]),
    # a number in parentheses right after a method's name is that method's, not the subject's
    ("SORSA achieved 56.03% accuracy, surpassing LoRA (42.30%), Full FT (49.05%), and PiSSA (53.07%).",
     [(M, "SORSA"), (X, "accuracy"), (M, "LoRA"), (M, "Full FT"), (M, "PiSSA")],
     [("56.03", "%", False, "accuracy", None, "SORSA"), ("42.3", "%", False, "accuracy", None, "LoRA"),
      ("49.05", "%", False, "accuracy", None, "Full FT"), ("53.07", "%", False, "accuracy", None, "PiSSA")]),
    # the metric a change verb or noun names before the number ("increases accuracy ... by 47%")
    ("A2C increases accuracy metrics for pretrained and finetuned LLMs by up to 47% on TruthfulQA.",
     [(M, "A2C"), (X, "accuracy"), (D, "TruthfulQA")],
     [("47", "%", True, "accuracy", "TruthfulQA", "A2C")]),
    ("Pensez 7B exhibits an increase in accuracy of the base model up to 20% on the AIME25.",
     [(M, "Pensez 7B"), (X, "accuracy"), (D, "AIME25")],
     [("20", "%", True, "accuracy", "AIME25", "Pensez 7B")]),
    # "<metric> reduction of up to <number>": the change noun joins the metric to its number
    ("Under attacks, LLMs show an average accuracy reduction of up to 12.67%.",
     [(X, "accuracy")],
     [("12.67", "%", True, "accuracy", None, None)]),
    # a list of "<number> on <dataset>" pairs shares the metric written before the first number
    ("With GPT-4 we get F1 scores of 0.79 on OWASP, 0.86 on Juliet Java, and 0.89 on JulietC today.",
     [(M, "GPT-4"), (X, "F1 scores"), (D, "OWASP"), (D, "Juliet Java"), (D, "JulietC")],
     [("0.79", "", False, "F1 scores", "OWASP", "GPT-4"), ("0.86", "", False, "F1 scores", "Juliet Java", "GPT-4"),
      ("0.89", "", False, "F1 scores", "JulietC", "GPT-4")]),
    # a modal-verb subject is not one followed by "with ... while" (the comparison object)
    ("MASFormer can achieve competitive performance to vanilla transformers with full attention while "
     "significantly reducing computational cost (up to 75%).",
     [(M, "MASFormer"), (M, "transformers")],
     [("75", "%", True, None, None, "MASFormer")]),
    # a dataset named after the last of several metric/number pairs closes the whole list
    ("KG-TRACES improves Hits@1 by 1.6% and F1 by 4.7% on WebQSP, and achieves improvements of 4.8% in "
     "EM and 2.1% in ROUGE-L on CWQ.",
     [(M, "KG-TRACES"), (X, "Hits@1"), (X, "F1"), (D, "WebQSP"), (X, "EM"), (X, "ROUGE-L"), (D, "CWQ")],
     [("1.6", "%", True, "Hits@1", "WebQSP", "KG-TRACES"), ("4.7", "%", True, "F1", "WebQSP", "KG-TRACES"),
      ("4.8", "%", True, "EM", "CWQ", "KG-TRACES"), ("2.1", "%", True, "ROUGE-L", "CWQ", "KG-TRACES")]),
    ("CMT improves robustness (e.g., +4.07 EM & +4.19 F1 in StreamingQA).",
     [(M, "CMT"), (X, "EM"), (X, "F1"), (D, "StreamingQA")],
     [("4.07", "", True, "EM", "StreamingQA", "CMT"), ("4.19", "", True, "F1", "StreamingQA", "CMT")]),
    # ... but not across "on <another dataset>"
    ("BERT reaches 80% accuracy on SST-2 and 70% accuracy on MNLI.",
     [(M, "BERT"), (X, "accuracy"), (D, "SST-2"), (D, "MNLI")],
     [("80", "%", False, "accuracy", "SST-2", "BERT"), ("70", "%", False, "accuracy", "MNLI", "BERT")]),
    # a single dataset introduced by "from"/"such as" before the number
    ("Evaluated on answer variations from the TruthfulQA benchmark, A2C increases accuracy by up to 47%.",
     [(D, "TruthfulQA"), (M, "A2C"), (X, "accuracy")],
     [("47", "%", True, "accuracy", "TruthfulQA", "A2C")]),
    # ... but not one item of a list of examples
    ("On tasks such as AlpacaEval and MT-Bench, GPO reveals improvements with margins up to 9.3%.",
     [(D, "AlpacaEval"), (D, "MT-Bench"), (M, "GPO")],
     [("9.3", "%", True, None, None, "GPO")]),
    # one modifier word may stand between a number and its metric when no metric precedes the number ...
    ("SPDF gives a 2.5x reduction in pre-training FLOPs and LightSpeech achieves 15x model compression ratio.",
     [(M, "SPDF"), (X, "FLOPs"), (M, "LightSpeech"), (X, "compression ratio")],
     [("2.5", "x", True, "FLOPs", None, "SPDF"), ("15", "x", False, "compression ratio", None, "LightSpeech")]),
    # ... never a joining word, and a metric before the number comes first
    ("The ranker reaches nDCG of 0.48 and P@10 of 0.37; MixLoRA reduces GPU memory by 41% and latency by 17%.",
     [(X, "nDCG"), (X, "P@10"), (M, "MixLoRA"), (X, "GPU memory"), (X, "latency")],
     [("0.48", "", False, "nDCG", None, None), ("0.37", "", False, "P@10", None, None),
      ("41", "%", True, "GPU memory", None, "MixLoRA"), ("17", "%", True, "latency", None, "MixLoRA")]),
    # savings are results: smaller, less compute, fewer parameters, "only ... N% of" a size
    ("ZipLM is 60% smaller. EfficientNetV2 is 6.8x smaller. DCLM is trained with 40% less compute. BLIP-2 has 54x "
     "fewer trainable parameters. Byte2Word only takes up 10% of embedding size.",
     [(M, "ZipLM"), (M, "EfficientNetV2"), (M, "DCLM"), (M, "BLIP-2"), (M, "Byte2Word")],
     [("60", "%", True, None, None, "ZipLM"), ("6.8", "x", True, None, None, "EfficientNetV2"),
      ("40", "%", True, None, None, "DCLM"), ("54", "x", True, None, None, "BLIP-2"),
      ("10", "%", False, None, None, "Byte2Word")]),
    # the dataset names the score the number is
    ("URPO achieves a RewardBench score of 85.15 and rStar boosts GSM8K accuracy from 12.51% to 63.91%.",
     [(M, "URPO"), (D, "RewardBench"), (M, "rStar"), (D, "GSM8K"), (X, "accuracy")],
     [("85.15", "", False, None, "RewardBench", "URPO"), ("12.51", "%", False, "accuracy", "GSM8K", "rStar"),
      ("63.91", "%", False, "accuracy", "GSM8K", "rStar")]),
    # a dataset written right before its numbers labels them ("StrategyQA 58.9 rightarrow 61.7 acc.", "GSM8K (63%)",
    # "JEEBench: 80%"): not the first dataset of the sentence
    ("Our model improves upon baselines (StrategyQA 58.9 rightarrow 61.7 acc., ARC-DA 31.6 rightarrow 52.1 F1) and "
     "outperforms Gemini on GSM8K: 96% vs. 61%; JEEBench (80% vs. 68.3%).",
     [(D, "StrategyQA"), (X, "acc"), (D, "ARC-DA"), (X, "F1"), (M, "Gemini"), (D, "GSM8K"), (D, "JEEBench")],
     [("58.9", "", False, "acc", "StrategyQA", None), ("61.7", "", False, "acc", "StrategyQA", None),
      ("31.6", "", False, "F1", "ARC-DA", None), ("52.1", "", False, "F1", "ARC-DA", None),
      ("96", "%", False, None, "GSM8K", None), ("61", "%", False, None, "GSM8K", "Gemini"),
      ("80", "%", False, None, "JEEBench", None), ("68.3", "%", False, None, "JEEBench", "Gemini")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_results_link_number_metric_dataset_method(nlp, text, entities, expected):
    doc = run(nlp, text, entities)
    assert project(doc._.kg_results) == expected


OWN_METHOD = [
    # "our model" -> the entity the paper proposes, even from another sentence
    ("We propose ReLoRA. Our model achieves 91.2% accuracy on SST-2.",
     [(M + "*", "ReLoRA"), (X, "accuracy"), (D, "SST-2")],
     ("91.2", "ReLoRA")),
    # no method in the sentence: the proposed method by default
    ("We propose MASFormer. It cuts the computational cost by up to 75%.",
     [(M + "*", "MASFormer")],
     ("75", "MASFormer")),
    # nothing flagged as proposed: the method a "X -- ..." title opens with
    ("DeepSRGM -- Raga Recognition with Deep Networks. Our method achieves an accuracy of 88.1% on CompMusic.",
     [(M, "DeepSRGM"), (X, "accuracy"), (D, "CompMusic")],
     ("88.1", "DeepSRGM")),
    # the subject before a modal verb ("X model of 1.3B parameters can achieve")
    ("A decoder-only MASFormer model of 1.3B parameters can achieve parity while cutting cost by up to 75%.",
     [(M, "MASFormer")],
     ("75", "MASFormer")),
    # "it" opening a clause is the paper's method
    ("We propose ZipLM. When compressing GPT2, it outperforms DistilGPT2 while being 30% faster.",
     [(M + "*", "ZipLM"), (M, "GPT2"), (M, "DistilGPT2")],
     ("30", "ZipLM")),
    # ... but "we" inside a relative clause does not hide the subject
    ("BERT, which we fine-tune on news, achieves 91.2% accuracy.",
     [(M, "BERT"), (X, "accuracy")],
     ("91.2", "BERT")),
    # a long form and its abbreviation are one proposed method
    ("We propose Half Fine-Tuning (HFT). The models train with a 30% reduction in training time.",
     [(M + "*", "Half Fine-Tuning (HFT)"), (X, "training time")],
     ("30", "Half Fine-Tuning (HFT)")),
]


def test_results_a_list_of_methods_is_no_single_numbers_method(nlp):
    # "fine-tuning of A, B, and C resulted in 17.4%": not A's number alone; "and up to 51.6%" continues a change
    text = ("Fine-tuning of LLaMA 3.1, LLaMA 3.2, and Gemma 2 resulted in an improvement of up to 17.4%. "
            "It reduces the cost by about 20% on base models and up to 51.6% on large ones.")
    results = run(nlp, text, [(M, "LLaMA 3.1"), (M, "LLaMA 3.2"), (M, "Gemma 2")])._.kg_results
    assert [(r["value"], r["method"], r["is_delta"]) for r in results] == [
        ("17.4", None, True), ("20", None, True), ("51.6", None, True)]


def test_results_several_proposed_methods_and_none_named_leave_the_method_open(nlp):
    # "the three distilled models ... ~35% smaller" is about all of them
    text = "We release Distil-BERT-ro and DistilMulti-BERT-ro. The three distilled models are ~35% smaller."
    (result,) = run(nlp, text, [(M + "*", "Distil-BERT-ro"), (M + "*", "DistilMulti-BERT-ro")])._.kg_results
    assert (result["value"], result["method"]) == ("35", None)


@pytest.mark.parametrize(("text", "entities", "expected"), OWN_METHOD)
def test_results_refer_own_work_to_proposed_method(nlp, text, entities, expected):
    (result,) = run(nlp, text, entities)._.kg_results
    assert (result["value"], result["method"]) == expected
    proposed = text.index(expected[1])
    assert (result["method_start"], result["method_end"]) == (proposed, proposed + len(expected[1]))


NOT_RESULTS = [
    # years, model sizes, counts, citations and references
    ("In 2023, the 7B model was trained on 36 languages and 10 datasets [12] (see Section 3.2 and Table 4).",
     []),
    ("LLaMA-2 has 1.3 billion parameters and GPT-4 was trained in 2022.", [(M, "LLaMA-2"), (M, "GPT-4")]),
    # version numbers inside names
    ("Llama 2 and GPT-3.5 are compared with BLIP-2 using pass@1 accuracy.",
     [(M, "Llama 2"), (M, "GPT-3.5"), (M, "BLIP-2"), (X, "pass@1 accuracy")]),
    # a proportion of the data, a setting and a model size
    ("BERT keeps its accuracy while using only 50% of the training data at 75% sparsity, and Mutarjim rivals "
     "models up to 20 times larger.",
     [(M, "BERT"), (X, "accuracy"), (M, "Mutarjim")]),
    # "only" a share of the data is a setting, not a saving
    ("BERT keeps its accuracy using only 10% of the training data and GPT-3 with 50x more parameters.",
     [(M, "BERT"), (X, "accuracy"), (M, "GPT-3")]),
    # a background statistic tied to nothing
    ("As a result, the miss rate of polyps is between 6% and 27% despite screening.", []),
    # a bare number without a metric next to it
    ("We train with a batch size of 256 for 3 epochs on 8 x A100 GPUs with BERT.", [(M, "BERT")]),
    # numbers inside entity names
    ("The P@10 metric and the ImageNet-1k dataset are used.", [(X, "P@10"), (D, "ImageNet-1k")]),
    # an enumerator next to a metric, and a count of devices written with "x"
    ("The recipe for maximizing model accuracy is to (1) train models and (2) pick the best.", [(X, "accuracy")]),
    ("We present H2OVL, trained using 240 hours of compute on 8 x H100 GPUs.", [(M + "*", "H2OVL")]),
    # data amounts, confidence levels, bit-widths and thresholds are settings, not results
    ("BERT improves accuracy although GPT-3 saw 50-1000 times more tokens.", [(M, "BERT"), (X, "accuracy"), (M, "GPT-3")]),
    ("BERT improves accuracy with a 95% confidence interval.", [(M, "BERT"), (X, "accuracy")]),
    ("BERT keeps its accuracy when quantized down to 2 bits.", [(M, "BERT"), (X, "accuracy")]),
    ("BERT keeps its accuracy at a compression rate of 30%.", [(M, "BERT"), (X, "accuracy")]),
    # a size granted as a concession sets up the outcome, it is none (GUIDELINES, session 19); "X is 35 times
    # smaller than ... yet gains ..." stays a result (test_results_the_one_dataset_its_clause_names_after_the_number)
    ("Despite being over 1,000 times smaller, ZorbNet outperforms GPT-3 in accuracy.",
     [(M + "*", "ZorbNet"), (M, "GPT-3"), (X, "accuracy")]),
    ("QuixGen rivals larger generators in attribute binding, despite being 3x to 5x smaller in parameters.",
     [(M + "*", "QuixGen")]),
    ("Although it is roughly 12 times smaller than Llama-2-7B, ZorbLM matches its accuracy.",
     [(M + "*", "ZorbLM"), (M, "Llama-2-7B"), (X, "accuracy")]),
]


@pytest.mark.parametrize(("text", "entities"), NOT_RESULTS, ids=[c[0][:40] for c in NOT_RESULTS])
def test_results_skip_numbers_that_are_not_results(nlp, text, entities):
    assert run(nlp, text, entities)._.kg_results == []


def test_results_raw_keeps_by_and_offsets_index_the_number(nlp):
    text = "BLIP-2 outperforms Flamingo80B by 8.7% on zero-shot VQAv2 and reaches 4.9\\% more."
    doc = run(nlp, text, [(M, "BLIP-2"), (M, "Flamingo80B"), (D, "VQAv2")])
    first = doc._.kg_results[0]
    assert first["raw"] == "by 8.7%"
    assert text[first["start"]:first["end"]] == "8.7%"
    assert (first["dataset_start"], first["dataset_end"]) == (text.index("VQAv2"), text.index("VQAv2") + 5)
    assert first["metric_start"] is None


def test_results_span_group_aligned_with_dicts(nlp):
    doc = run(nlp, CASES[0][0], CASES[0][1])
    group = doc.spans["kg_results"]
    assert [s.label_ for s in group] == ["RESULT"] * 3
    assert len(group.attrs["scores"]) == len(group) == len(doc._.kg_results)
    for span, result, score in zip(group, doc._.kg_results, group.attrs["scores"], strict=True):
        assert span.start_char <= result["start"] < result["end"] <= span.end_char
        assert score == result["confidence"]
        assert 0.0 <= score <= 1.0


def test_results_confidence_grows_with_tuple_completeness(nlp):
    full = run(nlp, "DeiT-B attains a top-1 accuracy of 80.1% on ImageNet.",
               [(M, "DeiT-B"), (X, "top-1 accuracy"), (D, "ImageNet")])._.kg_results[0]
    partial = run(nlp, "The model attains a top-1 accuracy of 80.1%.", [(X, "top-1 accuracy")])._.kg_results[0]
    assert full["confidence"] > partial["confidence"]


def test_results_dicts_have_contract_keys_and_canonical_values(nlp):
    for text, entities, _ in CASES:
        for r in run(nlp, text, entities)._.kg_results:
            assert tuple(r) == RESULT_KEYS
            assert re.fullmatch(r"-?(0|[1-9]\d*)(\.\d*[1-9])?", r["value"]), r["value"]
            assert r["unit"] in ("%", "points", "x", "")


def test_results_component_writes_only_its_outputs(nlp):
    doc = make_doc(nlp, CASES[1][0], CASES[1][1])
    before = {key: list(group) for key, group in doc.spans.items()}
    ResultFinder()(doc)
    assert set(doc.spans) == set(before) | {"kg_results"}
    assert list(doc.spans["kg_entities"]) == before["kg_entities"]
    assert doc._.kg_relations is None


def test_results_component_handles_empty_doc_and_missing_entities(nlp):
    empty = ResultFinder()(nlp(""))
    assert empty._.kg_results == [] and len(empty.spans["kg_results"]) == 0
    bare = ResultFinder()(nlp("Accuracy improves by 4.9% over the baseline."))
    assert [r["value"] for r in bare._.kg_results] == ["4.9"]


def test_results_component_is_idempotent(nlp):
    doc = make_doc(nlp, CASES[0][0], CASES[0][1])
    finder = ResultFinder()
    first = [dict(r) for r in finder(doc)._.kg_results]
    spans = [(s.start_char, s.end_char) for s in doc.spans["kg_results"]]
    second = finder(doc)._.kg_results
    assert second == first
    assert [(s.start_char, s.end_char) for s in doc.spans["kg_results"]] == spans


def test_results_factory_is_registered():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_results")
    doc = nlp("Accuracy improves by 4.9% on SST-2.")
    assert doc._.kg_results[0]["raw"] == "by 4.9%"


def test_results_pure_function_without_sentences_treats_text_as_one():
    text = "BERT reaches an F1 score of 0.91."
    assert find_results(text, [], []) == []


@pytest.mark.parametrize(("raw", "expected"), [
    ("80.740", "80.74"),    # trailing zeros dropped
    ("93.00", "93"),        # an integral value has no decimal point
    ("1,234.5", "1234.5"),  # thousands separators
    ("100", "100"),         # no exponent (Decimal.normalize would give 1E+2)
    ("−0.30", "-0.3"),      # Unicode minus
    ("0.0", "0"),
])
def test_numbers_canonical_decimal(raw, expected):
    assert canonical_decimal(raw) == expected


def test_numbers_canonical_decimal_rejects_words():
    with pytest.raises(ValueError):
        canonical_decimal("ten")


@pytest.mark.parametrize(("text", "expected"), [
    ("84.56% accuracy", [("84.56", "%")]),          # percent
    ("4.9\\% gain", [("4.9", "%")]),                 # LaTeX percent
    ("12 percent", [("12", "%")]),                  # spelled percent
    ("6.6 percentage points", [("6.6", "points")]),  # percentage points are points
    ("+2 pp", [("2", "points")]),                   # pp
    ("48times faster", [("48", "x")]),              # LaTeX \times stripped
    ("7.5× smaller", [("7.5", "x")]),               # multiplication sign
    ("2.5x reduction", [("2.5", "x")]),
    ("training 5x-11x faster", [("5", "x"), ("11", "x")]),  # a range with the unit on both ends
    ("6x-29x, 7×–100× and 2x-3", [("6", "x"), ("29", "x"), ("7", "x"), ("100", "x"), ("2", "x")]),
    ("GPT-4 and top-1 and pass@1 and F1", []),      # digits inside names
    ("a 7B model, 4-bit weights, 13B params", []),  # sizes and settings
    ("in 2023 and 1998", []),                       # years
    ("36 languages and 10 datasets", []),           # counts
    ("Section 3 and Table 2 and [12]", []),         # references
    ("speeds decoding up by up to 7-fold", [("7", "x")]),   # a -fold change is a ratio
    ("a 3-fold speed-up", [("3", "x")]),
    ("fewer parameters by a factor of 20", [("20", "x")]),  # "a factor of N" too
    ("with 6-fold cross-validation", []),           # a setting, not a ratio
    ("on 6-fold semantic segmentation", []),
    ("by nearly 4 ROUGE points", [("4", "points")]),   # "points" after the measure's name (GUIDELINES: written)
    ("gains 9 accuracy points and 2.1 BLEU points", [("9", "points"), ("2.1", "points")]),
    ("on 1,000 data points", [("1000", "")]),        # a count's noun is no measure: no unit
])
def test_numbers_find_candidates(text, expected):
    assert [(n.value, n.unit) for n in find_numbers(text)] == expected


def test_results_a_method_named_before_our_method_is_not_the_numbers_method(nlp):
    # the paper's method unknown: "our method" turns away from GShard, so the number has no method
    text = "We study the GShard gating of prior work and find that our method improves training time by more than 2x."
    (result,) = run(nlp, text, [(M, "GShard")])._.kg_results
    assert (result["value"], result["unit"], result["is_delta"], result["method"]) == ("2", "x", True, None)


def test_results_dataset_after_a_metric_and_a_task(nlp):
    text = "FLAME gains 34.6% in text-to-image recall@1 for long-context retrieval on Urban-1k."
    (r,) = run(nlp, text, [(M, "FLAME"), (X, "text-to-image recall@1"), (T, "long-context retrieval"),
                           (D, "Urban-1k")])._.kg_results
    assert (r["value"], r["metric"], r["dataset"], r["method"]) == ("34.6", "text-to-image recall@1", "Urban-1k", "FLAME")


def tuples(nlp, text, entities):
    return [(r["value"], r["unit"], r["method"], r["dataset"], r["metric"]) for r in run(nlp, text, entities)._.kg_results]


def test_results_respectively_never_pairs_numbers_with_the_compared_methods(nlp):
    text = ("BitMoD achieves an average of 1.69times and 1.48times speedups compared to prior LLM accelerators "
            "ANT and OliVe, respectively.")
    assert tuples(nlp, text, [(M + "*", "BitMoD"), (X, "speedups"), (M, "ANT"), (M, "OliVe")]) == [
        ("1.69", "x", "BitMoD", None, "speedups"), ("1.48", "x", "BitMoD", None, "speedups")]


def test_results_the_short_form_of_a_compared_method_is_compared_too(nlp):
    text = ("CLMs show weaker memorization compared to Bidirectional Language Models (BiLMs), exhibiting a "
            "23% lower accuracy.")
    got = tuples(nlp, text, [(M, "CLMs"), (M, "Bidirectional Language Models"), (M, "BiLMs"), (X, "accuracy")])
    assert got == [("23", "%", "CLMs", None, "accuracy")]


def test_results_a_proposed_benchmark_is_no_method(nlp):
    # a paper proposing only a dataset: "our framework" names no method, the number stays a result
    text = "We introduce OARel, a dataset. Our framework improves the ROUGE-2 score by 217%."
    assert tuples(nlp, text, [(D + "*", "OARel"), (X, "ROUGE-2 score")]) == [("217", "%", None, None, "ROUGE-2 score")]


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the paper's method made the change: the target is its value, the source the base's
    ("We propose BICO. Our approach improves Llama's accuracy from the original 0% to around 70%.",
     [(M + "*", "BICO"), (M, "Llama"), (X, "accuracy")],
     [("0", "%", "Llama", None, "accuracy"), ("70", "%", "BICO", None, "accuracy")]),
    ("RAPID achieves gains (e.g., from 39.33 to 42.83 on InfiniteBench for LLaMA-3.1-8B).",
     [(M + "*", "RAPID"), (D, "InfiniteBench"), (M, "LLaMA-3.1-8B")],
     [("39.33", "", "LLaMA-3.1-8B", "InfiniteBench", None), ("42.83", "", "RAPID", "InfiniteBench", None)]),
    # ... an unnamed baseline's source has no method
    ("We propose URPO. Our model boosts the F1 score on AlpacaEval from 42.24 to 44.84.",
     [(M + "*", "URPO"), (X, "F1 score"), (D, "AlpacaEval")],
     [("42.24", "", None, "AlpacaEval", "F1 score"), ("44.84", "", "URPO", "AlpacaEval", "F1 score")]),
    # ... and a change the sentence does not give the paper's method keeps its method
    ("We propose Orca. Phi-GSM uses top-48 to boost the accuracy from 68.2 to 81.5.",
     [(M + "*", "Orca"), (M, "Phi-GSM"), (X, "accuracy")],
     [("68.2", "", "Phi-GSM", None, "accuracy"), ("81.5", "", "Phi-GSM", None, "accuracy")]),
])
def test_results_a_change_made_by_the_papers_method(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "5.5-times", a saving, "by as small as", closing a share of a gap
    ("SliM achieves a 5.5-times memory-saving.", [(M + "*", "SliM")], [("5.5", "x", "SliM", None, None)]),
    ("We propose DePT. DePT performs well while saving over 20% memory and time costs compared to PT.",
     [(M + "*", "DePT"), (M, "PT")], [("20", "%", "DePT", None, None)]),
    ("Our method keeps quality despite reducing the length of the target text by as small as 21%.", [],
     [("21", "%", None, None, None)]),
    ("We propose proxy-tuning. With it we can close 88% of the gap between Llama2-70B and its chat version.",
     [(M + "*", "proxy-tuning"), (M, "Llama2-70B")], [("88", "%", "proxy-tuning", None, None)]),
])
def test_results_savings_and_shares_of_a_gap(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # settings named before the numbers are no results
    ("Our SpMM beats the baseline under 5 representative sparsity ratios (70%, 75%, 80%, 85%, 90%).",
     [(M + "*", "SpMM")], []),
    ("LaCo maintains an average task performance of over 80% at pruning ratios of 25-30%.",
     [(M + "*", "LaCo")], [("80", "%", "LaCo", None, None)]),
])
def test_results_settings_named_before_the_numbers(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a metric does not carry over a new predicate with its own object, nor to a list naming its own measure
    ("EchoAtt improves training speed by 25%, and reduces the number of parameters by approximately 4%.",
     [(M + "*", "EchoAtt"), (X, "training speed")],
     [("25", "%", "EchoAtt", None, "training speed"), ("4", "%", "EchoAtt", None, None)]),
    ("LightSeq achieves up to 1.24-2.01x speedup, and a 2-8x longer sequence length.",
     [(M + "*", "LightSeq"), (X, "speedup")],
     [("1.24", "x", "LightSeq", None, "speedup"), ("2.01", "x", "LightSeq", None, "speedup"),
      ("2", "x", "LightSeq", None, None), ("8", "x", "LightSeq", None, None)]),
    # ... but it does over a list, and over "improving the best published result by" (with its dataset: the
    # hand-made dev3 gold ties 11.37% to ScienceQA)
    ("Chameleon reaches 86.54% overall accuracy on ScienceQA, improving the best published result by 11.37%.",
     [(M + "*", "Chameleon"), (X, "accuracy"), (D, "ScienceQA")],
     [("86.54", "%", "Chameleon", "ScienceQA", "accuracy"), ("11.37", "%", "Chameleon", "ScienceQA", "accuracy")]),
])
def test_results_a_metric_carries_over_a_list_not_a_new_predicate(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


def test_results_the_papers_method_named_in_the_clause_before_the_models_it_ran_on(nlp):
    text = "Experiments on the LLaMA-3.1 and Qwen2.5 backbones demonstrate that RAPID helps, with more than 2x speedups."
    got = tuples(nlp, text, [(M, "LLaMA-3.1"), (M, "Qwen2.5"), (M + "*", "RAPID"), (X, "speedups")])
    assert got == [("2", "x", "RAPID", None, "speedups")]


def test_results_a_gain_of_the_papers_method_hosted_by_a_base_model(nlp):
    text = ("We propose CMT. The proposed method improves robustness across base LLMs "
            "(e.g., +4.19 F1 in StreamingQA with Llama-2-7b).")
    got = tuples(nlp, text, [(M + "*", "CMT"), (X, "F1"), (D, "StreamingQA"), (M, "Llama-2-7b")])
    assert got == [("4.19", "", "CMT", "StreamingQA", "F1")]
    # a value (not a gain) measured with a model stays that model's
    text = "We propose CMT. The proposed method reaches 61.2 F1 in StreamingQA with Llama-2-7b."
    got = tuples(nlp, text, [(M + "*", "CMT"), (X, "F1"), (D, "StreamingQA"), (M, "Llama-2-7b")])
    assert got == [("61.2", "", "Llama-2-7b", "StreamingQA", "F1")]


def test_results_a_sentence_initial_it_is_the_previous_sentences_subject(nlp):
    text = ("We propose ResNLS. Furthermore, ResNLS-5 outperforms vanilla CNN models. "
            "It also demonstrates at least a 20% improvement over the baselines.")
    got = tuples(nlp, text, [(M + "*", "ResNLS"), (M, "ResNLS-5"), (M, "CNN")])
    assert got == [("20", "%", "ResNLS-5", None, None)]
    # ... only when that subject is the paper's own method (or named after it)
    text = "We propose ResNLS. Furthermore, GPT-4 outperforms vanilla CNN models. It also demonstrates a 20% gain."
    got = tuples(nlp, text, [(M + "*", "ResNLS"), (M, "GPT-4"), (M, "CNN")])
    assert [g[2] for g in got] == ["ResNLS"]


@pytest.mark.parametrize("text, entities, expected", [
    # the one measure the sentence names before the number is the number's measure (a gain or a range of it)
    ("We measure and compare latency to find a 21%-42% gain across various models.",
     [(X, "latency")],
     [("21", "%", None, None, "latency"), ("42", "%", None, None, "latency")]),
    ("NASNet also achieves 74% top-1 accuracy, which is 3.1% better than state-of-the-art models.",
     [(M, "NASNet"), (X, "top-1 accuracy")],
     [("74", "%", "NASNet", None, "top-1 accuracy"), ("3.1", "%", "NASNet", None, "top-1 accuracy")]),
    ("DSI is evaluated for speedups in realistic settings: DSI is 1.29x faster than SI.",
     [(M + "*", "DSI"), (X, "speedups"), (M, "SI")],
     [("1.29", "x", "DSI", None, "speedups")]),
    # not a ratio after another measure, not across "but", not a number naming its own measure or a setting
    ("Lion achieves a better FID score and reduces the training compute by up to 2.3x.",
     [(M + "*", "Lion"), (X, "FID score")],
     [("2.3", "x", "Lion", None, None)]),
    ("Ensembling gives a boost in accuracy but at a cost (Phi-GSM goes from 68.2 to 81.5).",
     [(X, "accuracy"), (M + "*", "Phi-GSM")],
     [("68.2", "", None, None, None), ("81.5", "", "Phi-GSM", None, None)]),
    ("Polyhistor achieves competitive accuracy while only using ~10% of their trainable parameters.",
     [(M + "*", "Polyhistor"), (X, "accuracy")],
     [("10", "%", "Polyhistor", None, None)]),
    ("For a ViT variant with only 54M FLOPs inference cost, our MoE achieves an improvement of 4.66%.",
     [(M, "ViT"), (X, "FLOPs"), (M + "*", "MoE")],
     [("4.66", "%", "MoE", None, None)]),
    ("DB-LLM lowers perplexity from 9.64 to 7.23 and achieves a 20% reduction in computational consumption.",
     [(M + "*", "DB-LLM"), (X, "perplexity")],
     [("9.64", "", None, None, "perplexity"), ("7.23", "", "DB-LLM", None, "perplexity"),
      ("20", "%", "DB-LLM", None, None)]),
    # a size the number states names its own measure ("~35% smaller" is a result with no metric, GUIDELINES)
    ("We measure accuracy and find that FooNet is 35% smaller.",
     [(X, "accuracy"), (M + "*", "FooNet")],
     [("35", "%", "FooNet", None, None)]),
    # ... nor does the clause's earlier measure carry over to it
    ("FooNet reaches 80.1% accuracy on BarSet with a model 35% smaller.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "BarSet")],
     [("80.1", "%", "FooNet", "BarSet", "accuracy"), ("35", "%", "FooNet", None, None)]),
])
def test_results_a_number_takes_the_one_measure_its_sentence_names_before_it(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize("text, entities, expected", [
    # "X to Y" without "from" is a range: both ends share the measure, dataset, method and the change
    ("SkipDecode can obtain 2x to 5x inference speedups with negligible regression.",
     [(M + "*", "SkipDecode"), (X, "inference speedups")],
     [("2", "x", True, "inference speedups", None, "SkipDecode"),
      ("5", "x", True, "inference speedups", None, "SkipDecode")]),
    ("Distillation induced a 1.7% to 6% drop in the overall accuracy on the XNLI data set.",
     [(X, "accuracy"), (D, "XNLI")],
     [("1.7", "%", True, "accuracy", "XNLI", None), ("6", "%", True, "accuracy", "XNLI", None)]),
    # "ranging from" introduces a range, not a change; "~" joins two numbers into a range
    ("Textbook augmentation results in a performance improvement ranging from 9.7% to 12.2% over Wikipedia.",
     [],
     [("9.7", "%", True, None, None, None), ("12.2", "%", True, None, None, None)]),
    ("Our method achieves these advancements with 30~70% fewer parameters than the baselines.",
     [],
     [("30", "%", True, None, None, None), ("70", "%", True, None, None, None)]),
    # "from X to Y" stays a change: two values
    ("Our method improves the accuracy of T5 from 8.11% to 21.99%.",
     [(X, "accuracy"), (M, "T5")],
     [("8.11", "%", False, "accuracy", None, "T5"), ("21.99", "%", False, "accuracy", None, "T5")]),
    # "A vs. B": the value after "vs." is the compared method's
    ("HASHIRU outperforms Gemini on GSM8K: 96% vs. 61%.",
     [(M + "*", "HASHIRU"), (M, "Gemini"), (D, "GSM8K")],
     [("96", "%", False, None, "GSM8K", "HASHIRU"), ("61", "%", False, None, "GSM8K", "Gemini")]),
    # "by X to Y" is a change, then the level it reaches (not a range), unless both are factors
    ("FooNet improves accuracy on ImageNet by 2.1% to 85.3%.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "ImageNet")],
     [("2.1", "%", True, "accuracy", "ImageNet", "FooNet"), ("85.3", "%", False, "accuracy", "ImageNet", "FooNet")]),
    ("FooNet raises the accuracy on ImageNet by 3 points to 85.3%.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "ImageNet")],
     [("3", "points", True, "accuracy", "ImageNet", "FooNet"), ("85.3", "%", False, "accuracy", "ImageNet", "FooNet")]),
    ("FooNet speeds up decoding by 2x to 5x on ImageNet.",
     [(M + "*", "FooNet"), (D, "ImageNet")],
     [("2", "x", True, None, "ImageNet", "FooNet"), ("5", "x", True, None, "ImageNet", "FooNet")]),
    # "A vs. B" with the compared method named after the numbers: each number keeps its own method
    ("FooNet achieves 96% vs. 61% for GPT-4 on the GSM8K benchmark.",
     [(M + "*", "FooNet"), (M, "GPT-4"), (D, "GSM8K")],
     [("96", "%", False, None, "GSM8K", "FooNet"), ("61", "%", False, None, "GSM8K", "GPT-4")]),
    # "2+ points": the unit after the "+"
    ("Our retriever outperforms REALM by 3+ points.",
     [(M, "REALM")],
     [("3", "points", True, None, None, None)]),
])
def test_results_ranges_and_compared_pairs(nlp, text, entities, expected):
    assert project(run(nlp, text, entities)._.kg_results) == expected


@pytest.mark.parametrize("text, entities, expected", [
    # a change stated right after a value is of the value's measure ("points" of a bare score) on its dataset
    ("Our retriever achieves a top-20 retrieval accuracy of 84 on Natural Questions, an improvement of 5 points "
     "over BM25.",
     [(X, "top-20 retrieval accuracy"), (D, "Natural Questions"), (M, "BM25")],
     [("84", "", False, "top-20 retrieval accuracy", "Natural Questions", None),
      ("5", "points", True, "top-20 retrieval accuracy", "Natural Questions", None)]),
    ("FooNet reaches 84.3% accuracy on ImageNet, a 5.2% improvement over ResNet-50.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "ImageNet"), (M, "ResNet-50")],
     [("84.3", "%", False, "accuracy", "ImageNet", "FooNet"), ("5.2", "%", True, "accuracy", "ImageNet", "FooNet")]),
    # not when the change names a measure of its own, nor across a new statement
    ("FooNet reaches 84.3% accuracy on ImageNet, outperforming ViT by 2.0 points in F1.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "ImageNet"), (M, "ViT"), (X, "F1")],
     [("84.3", "%", False, "accuracy", "ImageNet", "FooNet"), ("2", "points", True, "F1", None, "FooNet")]),
    ("FooNet reaches 84.3% accuracy on ImageNet, a 40% reduction in training cost.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "ImageNet")],
     [("84.3", "%", False, "accuracy", "ImageNet", "FooNet"), ("40", "%", True, "accuracy", None, "FooNet")]),
    ("FooNet reaches 84.3% accuracy on ImageNet while reducing the memory by 40%.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "ImageNet")],
     [("84.3", "%", False, "accuracy", "ImageNet", "FooNet"), ("40", "%", True, None, None, "FooNet")]),
])
def test_results_change_after_value(nlp, text, entities, expected):
    assert project(run(nlp, text, entities)._.kg_results) == expected


@pytest.mark.parametrize("text, entities, expected", [
    # the one dataset the clause names after the numbers holds for each of them (the metric does not: "1% model
    # performance degradation" names a measure of its own)
    ("It can enhance the empirical privacy by 62% at the cost of 1% model performance degradation on the "
     "Stanford Sentiment Treebank dataset.",
     [(X, "empirical privacy"), (D, "Stanford Sentiment Treebank")],
     [("62", "%", None, "Stanford Sentiment Treebank", "empirical privacy"),
      ("1", "%", None, "Stanford Sentiment Treebank", None)]),
    ("We train SlimFlow with an FID of 5.02, outperforming the previous one-step model on CIFAR10.",
     [(M + "*", "SlimFlow"), (X, "FID"), (D, "CIFAR10")],
     [("5.02", "", "SlimFlow", "CIFAR10", "FID")]),
    # not across a concession or a new statement with its own value, not for sizes, not into a list
    ("MoE-X achieves a 52% refusal reduction without performance degradation on MT-Bench.",
     [(M + "*", "MoE-X"), (D, "MT-Bench")],
     [("52", "%", "MoE-X", None, None)]),
    ("CR gains 9.3% in accuracy over existing methods, and sets the state of the art on FOLIO.",
     [(M + "*", "CR"), (X, "accuracy"), (D, "FOLIO")],
     [("9.3", "%", "CR", None, "accuracy")]),
    ("Tiny-X is 35 times smaller than 7B models yet gains 3.0% points in accuracy on GSM8k.",
     [(M + "*", "Tiny-X"), (X, "accuracy"), (D, "GSM8k")],
     [("35", "x", "Tiny-X", None, None), ("3", "points", "Tiny-X", "GSM8k", "accuracy")]),
    # a speed granted as a concession is still the method's outcome (only a size is no result, GUIDELINES)
    ("Despite being 2.5x faster, FlashQ loses only 0.3 points of accuracy on MMLU.",
     [(M + "*", "FlashQ"), (X, "accuracy"), (D, "MMLU")],
     [("2.5", "x", "FlashQ", None, None), ("0.3", "points", "FlashQ", "MMLU", "accuracy")]),
    ("Ours reaches 88.1% accuracy during inference with the large variant on the Carnatic dataset and its subset.",
     [(X, "accuracy"), (D, "Carnatic")],
     [("88.1", "%", None, None, "accuracy")]),
])
def test_results_the_one_dataset_its_clause_names_after_the_number(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize("text, entities, expected", [
    # what the method removes or saves, and how often an outcome happens, are results
    ("The Capsule Prompt can reduce 81.4% of the original length and save 80.1% of budget overheads.",
     [(M + "*", "Capsule Prompt")],
     [("81.4", "%", "Capsule Prompt", None, None), ("80.1", "%", "Capsule Prompt", None, None)]),
    ("FFN-SkipLLM can skip 25-30% of FFN blocks with marginal change in performance.",
     [(M + "*", "FFN-SkipLLM")],
     [("25", "%", "FFN-SkipLLM", None, None), ("30", "%", "FFN-SkipLLM", None, None)]),
    ("Crowdworkers can fool the model only 8.8% of the time on average.",
     [],
     [("8.8", "%", None, None, None)]),
    ("Structured pruning generates smaller models while reducing up to 45% of the total number of parameters.",
     [],
     [("45", "%", None, None, None)]),
    ("On average, the large variant prunes 21% of the parameters with a small performance drop.",
     [],
     [("21", "%", None, None, None)]),
    ("In our experiments, SkipNet prunes 21% of the layers with marginal change in performance.",
     [(M + "*", "SkipNet")],
     [("21", "%", "SkipNet", None, None)]),
    # what the authors remove or skip is a setting (review V8), also before a real result
    ("We remove 10% of the training data and FooNet still reaches 80% accuracy on the ImageNet benchmark.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "ImageNet")],
     [("80", "%", "FooNet", "ImageNet", "accuracy")]),
    ("We skip 25% of tokens during training.",
     [],
     []),
    ("By removing 30% of the noisy samples, the classifier is trained faster.",
     [],
     []),
    # the share of data or parameters a setting uses is not
    ("We train the student on a very small subset (0.1%) of the raw pretraining data.",
     [],
     []),
    ("Using only 50% of the available training set, the model matches the baseline.",
     [],
     []),
])
def test_results_outcome_proportions(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


def _gold_texts():
    from pathlib import Path
    import json
    gold = Path(__file__).resolve().parents[1] / "gold"
    for name in ("dev", "dev2", "dev3", "test", "holdout", "dev4", "dev5", "dev6", "dev7", "dev8"):
        for line in (gold / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            yield json.loads(line)["text"]


_LONG_OWN_WORK = "T\n\nWe propose FooNet. " + " ".join(
    ["can prune up to 30% of layers, it reduces 12% of heads and our pruned model saves 5% of memory,"] * 120) + "."


def test_own_work_index_equals_the_bounded_scan():
    # the per-sentence index answers what own_work_mentions(text, s_start, end) answers: at every number of the
    # gold abstracts (each sentence scanned from its start) and at every position of a long sentence
    from extractors._spans import own_work_mentions
    from extractors.results import _OwnWork
    checked = 0
    for text in _gold_texts():
        for m in re.finditer(r"[^.!?]+[.!?]?", text):
            idx = _OwnWork(text, m.start(), m.end())
            for n in find_numbers(text, m.start(), m.end()):
                assert idx.upto(n.start) == own_work_mentions(text, m.start(), n.start)
                checked += 1
    assert checked > 900
    text = _LONG_OWN_WORK
    idx = _OwnWork(text, 0, len(text))
    for end in range(0, len(text) + 1, 3):
        assert idx.upto(end) == own_work_mentions(text, 0, end)


def test_results_scan_a_long_sentence_with_many_numbers_in_bounded_windows(monkeypatch):
    # "can prune up to 30% of layers," x300 was quadratic: each number's group rescanned the sentence from its
    # start for "our model"/"it"; now each number rescans a bounded tail (counted, not timed)
    import extractors.results as results_module
    spans = []
    real = results_module.own_work_mentions

    def counting(text, start, end, **kw):
        spans.append(end - start)
        return real(text, start, end, **kw)

    monkeypatch.setattr(results_module, "own_work_mentions", counting)
    text = _LONG_OWN_WORK
    es = [Ent(text.index("FooNet"), text.index("FooNet") + 6, "METHOD", "FooNet", True)]
    out = find_results(text, [(0, 19), (20, len(text))], es)
    assert len(out) >= 200
    assert len(spans) >= 200 and sorted(spans)[-2] <= results_module._OWN_TAIL + 100  # one full-sentence scan


def test_proposed_method_skips_a_part_the_whole_name_holds():
    # the title names a part first ("Furthest Reasoning"); the whole ("Furthest-Reasoning-with-Plan-Assessment") is the
    # paper's method; a one-word name is never a part ("Moto" of "Moto-GPT" stays the own method)
    from extractors._spans import proposed_method
    ents = [Ent(0, 18, "METHOD", "Furthest Reasoning", True),
            Ent(40, 88, "METHOD", "Furthest-Reasoning-with-Plan-Assessment (FuRePA)", True),
            Ent(100, 113, "METHOD", "Plan Assessor", True)]
    assert proposed_method(ents).text.startswith("Furthest-Reasoning-with")
    ents = [Ent(0, 4, "METHOD", "Moto", True), Ent(20, 28, "METHOD", "Moto-GPT", True)]
    assert proposed_method(ents).text == "Moto"


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a value in parentheses after a compared name is that baseline's, not the subject's, even when the name is
    # no mention (an unknown baseline): it keeps no method
    ("FooNet reaches 61.2% accuracy, surpassing LoRA (48.1%), Full FT (52.3%), and BarTune (55.0%).",
     [(M + "*", "FooNet"), (X, "accuracy"), (M, "LoRA")],
     [("61.2", "%", "FooNet", None, "accuracy"), ("48.1", "%", "LoRA", None, "accuracy"),
      ("52.3", "%", None, None, "accuracy"), ("55", "%", None, None, "accuracy")]),
    # no comparison, or a common noun before the parenthesis: the subject's value
    ("FooNet sets a new state of the art (61.2% accuracy).", [(M + "*", "FooNet"), (X, "accuracy")],
     [("61.2", "%", "FooNet", None, "accuracy")]),
    ("FooNet outperforms the baselines (61.2% accuracy).", [(M + "*", "FooNet"), (X, "accuracy")],
     [("61.2", "%", "FooNet", None, "accuracy")]),
    # "over" names the compared: the values are the baselines'
    ("FooNet reaches 61.2% accuracy and outperforms the baselines, with gains over BarTune (48.1%) and "
     "Full FT (52.3%).",
     [(M + "*", "FooNet"), (X, "accuracy")],
     [("61.2", "%", "FooNet", None, "accuracy"), ("48.1", "%", None, None, "accuracy"),
      ("52.3", "%", None, None, "accuracy")]),
    # a name in a list after a data preposition is where the subject is measured: its value is the subject's
    ("FooNet outperforms all baselines, with the best accuracy on BarSet (71.3%) and BazSet (64.2%).",
     [(M + "*", "FooNet"), (X, "accuracy")],
     [("71.3", "%", "FooNet", None, "accuracy"), ("64.2", "%", "FooNet", None, "accuracy")]),
])
def test_results_a_value_in_parentheses_after_a_compared_name(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a ratio followed by a measure noun that is no METRIC mention names its own measure: the metric of the number
    # before it does not carry over ("at 3.2x speed" is no accuracy)
    ("The Base model is 40% smaller with 2.1% higher accuracy at 3.2x speed.", [(X, "accuracy")],
     [("40", "%", None, None, None), ("2.1", "%", None, None, "accuracy"), ("3.2", "x", None, None, None)]),
    ("FooNet achieves a 2.4x FLOPs reduction and 4.2x parameter reduction on ImageNet.",
     [(M + "*", "FooNet"), (X, "FLOPs"), (D, "ImageNet")],
     [("2.4", "x", "FooNet", "ImageNet", "FLOPs"), ("4.2", "x", "FooNet", "ImageNet", None)]),
    # a joining word before the noun: the ratio is the metric's ("by up to 2.3 times and speed up ...")
    ("FooNet reduces the memory footprint by up to 2.3 times and speeds up training by 3 times.",
     [(M + "*", "FooNet"), (X, "memory footprint")],
     [("2.3", "x", "FooNet", None, "memory footprint"), ("3", "x", "FooNet", None, None)]),
])
def test_results_a_ratio_with_its_own_measure_noun(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


def test_results_a_pretraining_dataset_is_no_numbers_dataset(nlp):
    # the data a model is pre-trained on is not where a number is measured; the dataset after "fine-tuning on" or
    # a plain "on" still is
    text = ("By pre-training on the same BigCorpus, FooNet reaches 81.0% top-1 accuracy on EvalSet, outperforming "
            "BarNet by 1.5 points.")
    got = tuples(nlp, text, [(D, "BigCorpus"), (M + "*", "FooNet"), (X, "top-1 accuracy"), (D, "EvalSet"),
                             (M, "BarNet")])
    assert got == [("81", "%", "FooNet", "EvalSet", "top-1 accuracy"),
                   ("1.5", "points", "FooNet", "EvalSet", "top-1 accuracy")]
    text = "After fine-tuning on EvalSet, FooNet outperforms BarNet by 1.5%."
    assert tuples(nlp, text, [(D, "EvalSet"), (M + "*", "FooNet"), (M, "BarNet")]) == [
        ("1.5", "%", "FooNet", "EvalSet", None)]
    # "pretrained" as an adjective names no pre-training data: the dataset after the later "on" is measured on
    text = "With FooNet, pretrained LLMs evaluated on EvalSet reach 61.2% accuracy."
    assert tuples(nlp, text, [(M + "*", "FooNet"), (D, "EvalSet"), (X, "accuracy")]) == [
        ("61.2", "%", "FooNet", "EvalSet", "accuracy")]
    text = "Using pretrained BarNet backbones on EvalSet, FooNet achieves 45.1 AP."
    assert tuples(nlp, text, [(M, "BarNet"), (D, "EvalSet"), (M + "*", "FooNet"), (X, "AP")]) == [
        ("45.1", "", "FooNet", "EvalSet", "AP")]


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # words before a change noun name the changed measure: the clause's earlier metric does not reach the number
    ("FooNet raises the robustness score by 40% at the cost of 2% model quality degradation.",
     [(M + "*", "FooNet"), (X, "robustness score")],
     [("40", "%", "FooNet", None, "robustness score"), ("2", "%", "FooNet", None, None)]),
    # a change with no measure words of its own keeps the value's metric and dataset
    ("FooNet reaches 58.8% accuracy on BarSet, an 11.2% absolute improvement over BazNet.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "BarSet"), (M, "BazNet")],
     [("58.8", "%", "FooNet", "BarSet", "accuracy"), ("11.2", "%", "FooNet", "BarSet", "accuracy")]),
    # a change that already has the value's metric keeps its dataset too
    ("FooNet achieves 81.2% accuracy on BarSet, a 3.1% performance gain over BazNet.",
     [(M + "*", "FooNet"), (X, "accuracy"), (D, "BarSet"), (M, "BazNet")],
     [("81.2", "%", "FooNet", "BarSet", "accuracy"), ("3.1", "%", "FooNet", "BarSet", "accuracy")]),
])
def test_results_a_change_noun_with_its_own_measure(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a metric written after the last change of a list holds for every change of it
    ("FooNet outperforms BarNet by 4.1% points, BazNet by 2.0% points, and QuxNet by 1.5% points in test accuracy.",
     [(M + "*", "FooNet"), (M, "BarNet"), (M, "BazNet"), (M, "QuxNet"), (X, "test accuracy")],
     [("4.1", "points", "FooNet", None, "test accuracy"), ("2", "points", "FooNet", None, "test accuracy"),
      ("1.5", "points", "FooNet", None, "test accuracy")]),
    # not to a change that names a measure of its own
    ("FooNet gives 1.2 times memory reduction and 3.4 times speed gains.", [(M + "*", "FooNet"), (X, "speed")],
     [("1.2", "x", "FooNet", None, None), ("3.4", "x", "FooNet", None, "speed")]),
    # nor across a new measure named before "by" ("and improves results by"); a compared method there is a list item
    ("FooNet reduces cost by 40% and improves results by 3.0% in accuracy.", [(M + "*", "FooNet"), (X, "accuracy")],
     [("40", "%", "FooNet", None, None), ("3", "%", "FooNet", None, "accuracy")]),
    ("FooNet outperforms BarNet by 4.1% and prompt tuning by 2.0% in accuracy.",
     [(M + "*", "FooNet"), (M, "BarNet"), (M, "prompt tuning"), (X, "accuracy")],
     [("4.1", "%", "FooNet", None, "accuracy"), ("2", "%", "FooNet", None, "accuracy")]),
])
def test_results_a_metric_after_a_list_of_changes(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a change restated in another measure by a relative clause: the measure after it is the restatement's only
    ("FooNet outperforms BarNet by 1%, which amounts to a 5% reduction in error rate.",
     [(M + "*", "FooNet"), (M, "BarNet"), (X, "error rate")],
     [("1", "%", "FooNet", None, None), ("5", "%", "FooNet", None, "error rate")]),
    # a number with a unit and a bare number after it are two statements, not a list ("1.1 points and 24.54 BLEU"):
    # the change takes the value before it and its dataset, the level keeps its own
    ("FooNet achieves 24.40 BLEU on LDC2015E86, outperforming the state of the art by 1.1 points and 24.54 SacreBLEU "
     "on LDC2017T10.",
     [(M + "*", "FooNet"), (X, "BLEU"), (D, "LDC2015E86"), (X, "SacreBLEU"), (D, "LDC2017T10")],
     [("24.4", "", "FooNet", "LDC2015E86", "BLEU"), ("1.1", "points", "FooNet", "LDC2015E86", "BLEU"),
      ("24.54", "", "FooNet", "LDC2017T10", "SacreBLEU")]),
    # an item without a measure after it is the list's, its unit left out: each takes its dataset
    ("FooRec improves Recall@20 by 8.4% and 6.1 on MovieLens-1M and Amazon Books, respectively.",
     [(M + "*", "FooRec"), (X, "Recall@20"), (D, "MovieLens-1M"), (D, "Amazon Books")],
     [("8.4", "%", "FooRec", "MovieLens-1M", "Recall@20"), ("6.1", "", "FooRec", "Amazon Books", "Recall@20")]),
    # "57 and 79 points": the unit written once for the list still holds
    ("FooNet outperforms the baselines by 57 and 79 points in F1.", [(M + "*", "FooNet"), (X, "F1")],
     [("57", "points", "FooNet", None, "F1"), ("79", "points", "FooNet", None, "F1")]),
    # the value of the earlier best is not the subject's; the subject's change over it is
    ("FooNet achieves an Inception Score of 166.5, improving over the previous best IS of 52.52 and FID of 18.65.",
     [(M + "*", "FooNet"), (X, "Inception Score"), (X, "IS"), (X, "FID")],
     [("166.5", "", "FooNet", None, "Inception Score"), ("52.52", "", None, None, "IS"),
      ("18.65", "", None, None, "FID")]),
    ("FooNet surpasses the previous state of the art by 4.9% in top-1 accuracy.",
     [(M + "*", "FooNet"), (X, "top-1 accuracy")],
     [("4.9", "%", "FooNet", None, "top-1 accuracy")]),
])
def test_results_statements_that_are_no_list(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # after a change, "over" names what it is measured against, not the data
    ("FooNet results in a performance improvement ranging from 9.7% to 12.2% over Wikipedia augmentation.",
     [(M + "*", "FooNet"), (D, "Wikipedia")],
     [("9.7", "%", "FooNet", None, None), ("12.2", "%", "FooNet", None, None)]),
    # a value on data named after "over" keeps it
    ("FooNet reaches 81.2% accuracy averaged over GSM8K tasks.", [(M + "*", "FooNet"), (X, "accuracy"), (D, "GSM8K")],
     [("81.2", "%", "FooNet", "GSM8K", "accuracy")]),
])
def test_results_a_dataset_after_over_a_change(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "over" a DATASET named as the baseline's data: where the change is measured (V22's review of 9425ea6)
    ("FooNet gives a 2.4% improvement over the CIFAR-100 baseline.", [(M + "*", "FooNet"), (D, "CIFAR-100")],
     [("2.4", "%", "FooNet", "CIFAR-100", None)]),
    ("FooNet improves pass@1 by 5.2% over HumanEval and MBPP baselines.",
     [(M + "*", "FooNet"), (X, "pass@1"), (D, "HumanEval"), (D, "MBPP")],
     [("5.2", "%", "FooNet", "HumanEval", "pass@1")]),
])
def test_results_over_the_baseline_of_a_dataset(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a parenthesised "(relative)"/"(absolute)" qualifies the number; the metric after it is still the number's
    ("FooNet outperforms the previous state of the art by 27% (relative) in MRR@10.",
     [(M + "*", "FooNet"), (X, "MRR@10")], [("27", "%", "FooNet", None, "MRR@10")]),
    ("FooNet outperforms BERT by 3.1 points (absolute) in F1 on SQuAD.",
     [(M + "*", "FooNet"), (M, "BERT"), (X, "F1"), (D, "SQuAD")], [("3.1", "points", "FooNet", "SQuAD", "F1")]),
    # what the number is compared with may stand between it and "in <metric>"
    ("FooNet leads to absolute gains of 2+ points over the previous best result in the top-20 retrieval accuracy.",
     [(M + "*", "FooNet"), (X, "top-20 retrieval accuracy")],
     [("2", "points", "FooNet", None, "top-20 retrieval accuracy")]),
    ("FooNet is 3.1 points higher than BERT in exact match on SQuAD.",
     [(M + "*", "FooNet"), (M, "BERT"), (X, "exact match"), (D, "SQuAD")],
     [("3.1", "points", "FooNet", "SQuAD", "exact match")]),
    # ... but not a count of its own ("over 12 baselines")
    ("FooNet improves 4.2% over 12 baselines in accuracy.", [(M + "*", "FooNet"), (X, "accuracy")],
     [("4.2", "%", "FooNet", None, None)]),
])
def test_results_metric_after_a_qualifier_or_a_comparison(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "improving over X by 2 BLEU" compares with X; it is no new predicate: the change is on the value's data
    ("FooNet reaches 41.2 BLEU on WMT14, improving over the best previous system by 1.3 points.",
     [(M + "*", "FooNet"), (X, "BLEU"), (D, "WMT14")],
     [("41.2", "", "FooNet", "WMT14", "BLEU"), ("1.3", "points", "FooNet", "WMT14", "BLEU")]),
    # a list of changes after one value: each is of the value's measure on the value's data
    ("We get 22.5 BLEU points in WMT 2014, 5.5 points more than the previous best system, and 0.5 points more "
     "than the shared task winner.", [(X, "BLEU"), (D, "WMT 2014")],
     [("22.5", "points", None, "WMT 2014", "BLEU"), ("5.5", "points", None, "WMT 2014", "BLEU"),
      ("0.5", "points", None, "WMT 2014", "BLEU")]),
    # points after a value with a dataset and no metric written: the same measure on the same data
    ("FooNet achieves 85.2% on MMLU, 3.1 points higher than GPT-4 and 5.2 points higher than Llama 2.",
     [(M + "*", "FooNet"), (D, "MMLU"), (M, "GPT-4"), (M, "Llama 2")],
     [("85.2", "%", "FooNet", "MMLU", None), ("3.1", "points", "FooNet", "MMLU", None),
      ("5.2", "points", "FooNet", "MMLU", None)]),
    # ... not a change of another kind after it
    ("FooNet achieves 85.2% on MMLU with 3x fewer parameters.", [(M + "*", "FooNet"), (D, "MMLU")],
     [("85.2", "%", "FooNet", "MMLU", None), ("3", "x", "FooNet", None, None)]),
])
def test_results_changes_after_a_value_share_its_measure(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the own-work mention names a variant: the number is that model's, not the paper's method by default
    ("We propose model soups. The resulting ViT-G model, which attains 90.94% top-1 accuracy on ImageNet, "
     "achieved a new state of the art.",
     [(M, "ViT-G"), (X, "top-1 accuracy"), (D, "ImageNet")],
     [("90.94", "%", "ViT-G", "ImageNet", "top-1 accuracy")]),
    ("We propose FooNet. Our largest model, FooNet-70B, which achieves 85.1% on MMLU, outperforms GPT-4.",
     [(M + "*", "FooNet"), (M, "FooNet-70B"), (D, "MMLU"), (M, "GPT-4")],
     [("85.1", "%", "FooNet-70B", "MMLU", None)]),
    ("We propose FooNet. The resulting BERT-Large model, which reaches 93.2 F1 on SQuAD, sets a new state of the art.",
     [(M + "*", "FooNet"), (M, "BERT-Large"), (X, "F1"), (D, "SQuAD")],
     [("93.2", "", "BERT-Large", "SQuAD", "F1")]),
    # ... not a name it is built on, nor a bare family name
    ("We propose FooNet. Our BERT-based model reaches 90.1% accuracy.",
     [(M + "*", "FooNet"), (M, "BERT"), (X, "accuracy")], [("90.1", "%", "FooNet", None, "accuracy")]),
])
def test_results_own_work_naming_a_variant(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "respectively" aligns the numbers with something that is no name here (language pairs, model sizes): the one
    # dataset holds for each number
    ("FooNet improves over the baseline on the WMT 15 translation tasks English-German and English-Russian by up to "
     "1.1 and 1.3 BLEU, respectively.", [(M + "*", "FooNet"), (D, "WMT 15"), (X, "BLEU")],
     [("1.1", "", "FooNet", "WMT 15", "BLEU"), ("1.3", "", "FooNet", "WMT 15", "BLEU")]),
    ("On MMLU, FooNet improves the 7B and 70B models by 3.1% and 2.4%, respectively.",
     [(M + "*", "FooNet"), (D, "MMLU")],
     [("3.1", "%", "FooNet", "MMLU", None), ("2.4", "%", "FooNet", "MMLU", None)]),
    # ... but a dataset coordinated with the rest of the aligned list belongs to one number only
    ("DeepSRGM achieves an accuracy of 88.1% and 97% on the Comp Music Carnatic dataset and its 10 Raga subset "
     "respectively.", [(M + "*", "DeepSRGM"), (X, "accuracy"), (D, "Comp Music Carnatic")],
     [("88.1", "%", "DeepSRGM", "Comp Music Carnatic", "accuracy"), ("97", "%", "DeepSRGM", None, "accuracy")]),
])
def test_results_respectively_with_one_dataset(nlp, text, entities, expected):
    assert tuples(nlp, text, entities) == expected
