"""kg_relations: based_on, outperforms, evaluated_on and used_for from one sentence.

Docs are built from ``spacy.blank("en")`` + sentencizer with the entity spans
``kg_merge`` would write set by hand (``(label, surface)``, first occurrence;
a ``*`` after the label marks a proposed entity).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import SpanGroup

from extractors._spans import Ent, coordination_chains, is_coordination
from extractors.relations import CONFIDENCE, RELATION_KEYS, RelationFinder, find_cues, find_relations

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


def triples(nlp, text, entities):
    doc = make_doc(nlp, text, entities)
    RelationFinder()(doc)
    return sorted((r["relation"], r["subject"], r["object"]) for r in doc._.kg_relations)


CASES = [
    # --- subjects: the paper's method applied to a base model, "it", "formulations of X", parentheses
    ("On MATH, Llama 2 7B adapted using SORSA achieved 10.4% accuracy, outperforming LoRA (5.5%).",
     [(M, "Llama 2 7B"), (M + "*", "SORSA"), (M, "LoRA")],
     [("based_on", "SORSA", "Llama 2 7B"), ("outperforms", "SORSA", "LoRA")]),
    ("We propose ZipLM. When compressing GPT2 model, it outperforms DistilGPT2 while being smaller.",
     [(M + "*", "ZipLM"), (M, "GPT2"), (M, "DistilGPT2")],
     [("based_on", "ZipLM", "GPT2"), ("outperforms", "ZipLM", "DistilGPT2")]),
    ("Both formulations of Trans-Encoder outperform sentence encoders such as Mirror-BERT and SimCSE.",
     [(M, "Trans-Encoder"), (M, "Mirror-BERT"), (M, "SimCSE")],
     [("outperforms", "Trans-Encoder", "Mirror-BERT"), ("outperforms", "Trans-Encoder", "SimCSE")]),
    ("Training QLoRAM for LLaMA-3.1-70B (LLaMA-2-70B) cuts cost, with gains over both LLaMA-3.1-8B (LLaMA-2-13B).",
     [(M, "QLoRAM"), (M, "LLaMA-3.1-70B"), (M, "LLaMA-2-70B"), (M, "LLaMA-3.1-8B"), (M, "LLaMA-2-13B")],
     [("outperforms", "QLoRAM", "LLaMA-3.1-8B")]),
    ("We evaluate this approach with Label Supervised LLaMA (LS-LLaMA), based on LLaMA-2-7B and tuned on a GPU.",
     [(M, "Label Supervised LLaMA"), (M, "LS-LLaMA"), (M, "LLaMA-2-7B")],
     [("based_on", "LS-LLaMA", "LLaMA-2-7B")]),
    # "we argue / find that ..." states a claim whose subject follows "that", commas and all (session 17, RU); the own
    # voice after a demonstrative verb still speaks of the own method
    ("We propose ZorbVid. In this paper, we argue that under constrained resources, training a smaller model from "
     "scratch can outperform Prefix-Tuning on larger models.",
     [(M + "*", "ZorbVid"), (M, "Prefix-Tuning")], []),
    ("We propose ZorbVid. We show that, with fewer steps, our method outperforms Prefix-Tuning on larger models.",
     [(M + "*", "ZorbVid"), (M, "Prefix-Tuning")], [("outperforms", "ZorbVid", "Prefix-Tuning")]),
    # a beaten baseline's short form in brackets is not what is evaluated: the winner is (session 17, RU)
    ("The RCI approach surpasses supervised learning (SL) and ZorbRL (ZRL) approaches on the MiniWoB++ benchmark.",
     [(M + "*", "RCI"), (M, "ZorbRL"), (M, "ZRL"), (D, "MiniWoB++ benchmark")],
     [("evaluated_on", "RCI", "MiniWoB++ benchmark"), ("outperforms", "RCI", "ZorbRL")]),
    # a name glued to '-based' across its bracketed short form only describes what is compared (session 17, RU)
    ("FooMoE achieves a perplexity better than GPT-2, with interpretability surpassing even sparse autoencoder "
     "(SAE)-based approaches.", [(M + "*", "FooMoE"), (M, "GPT-2"), (M, "sparse autoencoder")],
     [("outperforms", "FooMoE", "GPT-2")]),
    ("FooMoE surpasses sparse autoencoder (SAE) on the ImageNet benchmark.",
     [(M + "*", "FooMoE"), (M, "sparse autoencoder"), (D, "ImageNet")],
     [("evaluated_on", "FooMoE", "ImageNet"), ("outperforms", "FooMoE", "sparse autoencoder")]),
    # a sentence opening on a dataset: "In the Needle test, our models achieved ..."
    ("We introduce LongSkywork. In the Needle test, a benchmark for retrieval, our models achieved perfect accuracy.",
     [(M + "*", "LongSkywork"), (D, "Needle test")],
     [("evaluated_on", "LongSkywork", "Needle test")]),
    # --- based_on
    ("Using this framework, we compress Phi 3.5-MoE to create Phi-mini-MoE for academic settings.",
     [(M, "Phi 3.5-MoE"), (M, "Phi-mini-MoE")],
     [("based_on", "Phi-mini-MoE", "Phi 3.5-MoE")]),
    ("We propose Vicuna, which is fine-tuned from LLaMA on user conversations.",
     [(M + "*", "Vicuna"), (M, "LLaMA")],
     [("based_on", "Vicuna", "LLaMA")]),
    ("FinBERT is based on BERT and evaluated on the FiQA dataset.",
     [(M, "FinBERT"), (M, "BERT"), (D, "FiQA")],
     [("based_on", "FinBERT", "BERT"), ("evaluated_on", "FinBERT", "FiQA")]),
    ("We fine-tune LLaMA-2 to obtain Code Llama for program synthesis.",
     [(M, "LLaMA-2"), (M, "Code Llama"), (T, "program synthesis")],
     [("based_on", "Code Llama", "LLaMA-2"), ("used_for", "Code Llama", "program synthesis")]),
    ("SciBERT, a RoBERTa-based model, is released today.",
     [(M, "SciBERT"), (M, "RoBERTa")],
     [("based_on", "SciBERT", "RoBERTa")]),
    ("We present a BERT-based model, ClinicalBERT, trained on clinical notes.",
     [(M, "BERT"), (M, "ClinicalBERT")],
     [("based_on", "ClinicalBERT", "BERT")]),
    ("Alpaca is a LLaMA-7B model fine-tuned on 52K instructions.",
     [(M, "Alpaca"), (M, "LLaMA-7B")],
     [("based_on", "Alpaca", "LLaMA-7B")]),
    ("DistilBERT is distilled from BERT-base and combines ELMo and GloVe features.",
     [(M, "DistilBERT"), (M, "BERT-base"), (M, "ELMo"), (M, "GloVe")],
     [("based_on", "DistilBERT", "BERT-base"), ("based_on", "DistilBERT", "ELMo"), ("based_on", "DistilBERT", "GloVe")]),
    ("We introduce AstroLLaMA-3-8B and AstroLLaMA-2-70B, building upon the AstroLLaMA series.",
     [(M, "AstroLLaMA-3-8B"), (M, "AstroLLaMA-2-70B"), (M, "AstroLLaMA series")],
     [("based_on", "AstroLLaMA-2-70B", "AstroLLaMA series"), ("based_on", "AstroLLaMA-3-8B", "AstroLLaMA series")]),
    ("We present ReCAT, a recursive composition augmented Transformer that models syntax.",
     [(M, "ReCAT"), (M, "Transformer")],
     [("based_on", "ReCAT", "Transformer")]),
    # --- outperforms
    ("BLIP-2 outperforms Flamingo80B by 8.7% on zero-shot VQAv2.",
     [(M, "BLIP-2"), (M, "Flamingo80B"), (D, "VQAv2")],
     [("evaluated_on", "BLIP-2", "VQAv2"), ("outperforms", "BLIP-2", "Flamingo80B")]),
    ("Our experiments show that Tk-Instruct outperforms existing instruction-following models such as "
     "InstructGPT by over 9%.",
     [(M, "Tk-Instruct"), (M, "InstructGPT")],
     [("outperforms", "Tk-Instruct", "InstructGPT")]),
    ("SciBERT achieves better results than BioBERT on BC5CDR, NCBI-disease and JNLPBA.",
     [(M, "SciBERT"), (M, "BioBERT"), (D, "BC5CDR"), (D, "NCBI-disease"), (D, "JNLPBA")],
     [("evaluated_on", "SciBERT", "BC5CDR"), ("evaluated_on", "SciBERT", "JNLPBA"),
      ("evaluated_on", "SciBERT", "NCBI-disease"), ("outperforms", "SciBERT", "BioBERT")]),
    ("Compared to MAP-Neo, DCLM-Baseline represents a 6.6 point improvement.",
     [(M, "MAP-Neo"), (M, "DCLM-Baseline")],
     [("outperforms", "DCLM-Baseline", "MAP-Neo")]),
    ("QLoRA surpasses LoRA and DoRA while using less memory.",
     [(M, "QLoRA"), (M, "LoRA"), (M, "DoRA")],
     [("outperforms", "QLoRA", "DoRA"), ("outperforms", "QLoRA", "LoRA")]),
    # compared lists broken by each name's margin, bare comma lists in an examples parenthesis, one compared
    # thing described and then named, examples after a comparative's general phrase
    ("Paramanu-Ganita outperformed LLMs such as LLaMa-1 7B by 28.4% points, Falcon 7B by 32.6% points, and "
     "PaLM 8B by 35.3% points in accuracy.",
     [(M, "Paramanu-Ganita"), (M, "LLaMa-1 7B"), (M, "Falcon 7B"), (M, "PaLM 8B")],
     [("outperforms", "Paramanu-Ganita", "Falcon 7B"), ("outperforms", "Paramanu-Ganita", "LLaMa-1 7B"),
      ("outperforms", "Paramanu-Ganita", "PaLM 8B")]),
    # (review: a name after a margin's comma that a verb follows opens a new clause, it is not compared)
    ("FooNet outperforms GPT-4 by 2.1%, Llama-2 achieves only 30%.",
     [(M, "FooNet"), (M, "GPT-4"), (M, "Llama-2")],
     [("outperforms", "FooNet", "GPT-4")]),
    ("FooNet outperforms GPT-4 by 2.1%, Llama-2, and Mistral-7B in accuracy.",
     [(M, "FooNet"), (M, "GPT-4"), (M, "Llama-2"), (M, "Mistral-7B")],
     [("outperforms", "FooNet", "GPT-4"), ("outperforms", "FooNet", "Llama-2"), ("outperforms", "FooNet", "Mistral-7B")]),
    ("Tower+ often outperforms larger proprietary LLMs (e.g., Llama 3.3 70B, GPT-4o).",
     [(M, "Tower+"), (M, "Llama 3.3 70B"), (M, "GPT-4o")],
     [("outperforms", "Tower+", "GPT-4o"), ("outperforms", "Tower+", "Llama 3.3 70B")]),
    ("MM-Embed also surpasses the state-of-the-art text retrieval model, NV-Embed-v1.",
     [(M, "MM-Embed"), (T, "text retrieval"), (M, "NV-Embed-v1")],
     [("outperforms", "MM-Embed", "NV-Embed-v1"), ("used_for", "NV-Embed-v1", "text retrieval")]),
    ("NLPO exhibits greater stability than previous policy gradient methods (e.g., PPO and A2C).",
     [(M, "NLPO"), (M, "PPO"), (M, "A2C")],
     [("outperforms", "NLPO", "A2C"), ("outperforms", "NLPO", "PPO")]),
    # "not only X but also Y" affirms X: no negation
    ("CorDA not only achieves better performance than LoRA on finetuning tasks, but also mitigates forgetting.",
     [(M, "CorDA"), (M, "LoRA")],
     [("outperforms", "CorDA", "LoRA")]),
    # "our method" is the proposed method, even when it is named in another sentence
    ("We propose DoRA. Our method consistently surpasses LoRA across GLUE and SuperGLUE.",
     [(M + "*", "DoRA"), (M, "LoRA"), (D, "GLUE"), (D, "SuperGLUE")],
     [("evaluated_on", "DoRA", "GLUE"), ("evaluated_on", "DoRA", "SuperGLUE"), ("outperforms", "DoRA", "LoRA")]),
    # --- evaluated_on
    ("We evaluate Mistral-7B on GSM8K, MATH and MMLU in a zero-shot setting.",
     [(M, "Mistral-7B"), (D, "GSM8K"), (D, "MATH"), (D, "MMLU")],
     [("evaluated_on", "Mistral-7B", "GSM8K"), ("evaluated_on", "Mistral-7B", "MATH"),
      ("evaluated_on", "Mistral-7B", "MMLU")]),
    ("Experiments on the ALFWorld benchmark show that VIPER significantly outperforms planners.",
     [(D, "ALFWorld"), (M, "VIPER")],
     [("evaluated_on", "VIPER", "ALFWorld")]),
    # ... and the task of the benchmarks is what it is used for (GUIDELINES: a task it is evaluated on)
    ("We propose Chain-of-Tools. We conduct experiments on two numerical reasoning benchmarks (GSM8K-XL and FuncQA).",
     [(M + "*", "Chain-of-Tools"), (T, "numerical reasoning"), (D, "GSM8K-XL"), (D, "FuncQA")],
     [("evaluated_on", "Chain-of-Tools", "FuncQA"), ("evaluated_on", "Chain-of-Tools", "GSM8K-XL"),
      ("used_for", "Chain-of-Tools", "numerical reasoning")]),
    # ... as are the plurals "corpora" and "suites", like "benchmarks" and "datasets"
    ("We propose ZorbNet. Experiments on three sentiment analysis corpora show that it is robust.",
     [(M + "*", "ZorbNet"), (T, "sentiment analysis")],
     [("used_for", "ZorbNet", "sentiment analysis")]),
    ("We name our method Byte2Word and perform evaluations on language modeling and text classification.",
     [(M + "*", "Byte2Word"), (T, "language modeling"), (T, "text classification")],
     [("used_for", "Byte2Word", "language modeling"), ("used_for", "Byte2Word", "text classification")]),
    # "experiments on ..." without a named subject evaluate the proposed method
    ("We propose KnowPrompt. Extensive experiments on TACRED and SemEval demonstrate its effectiveness.",
     [(M + "*", "KnowPrompt"), (D, "TACRED"), (D, "SemEval")],
     [("evaluated_on", "KnowPrompt", "SemEval"), ("evaluated_on", "KnowPrompt", "TACRED")]),
    # an entity after a preposition ("using X") is an instrument, not the subject
    ("We propose AttriScore. Our method using flan-ul2 outperforms GPT-4 in our tests.",
     [(M + "*", "AttriScore"), (M, "flan-ul2"), (M, "GPT-4")],
     [("outperforms", "AttriScore", "GPT-4")]),
    # --- used_for
    ("We apply BERT to sentiment analysis and use ResNet for image classification.",
     [(M, "BERT"), (T, "sentiment analysis"), (M, "ResNet"), (T, "image classification")],
     [("used_for", "BERT", "sentiment analysis"), ("used_for", "ResNet", "image classification")]),
    ("We introduce MedQA, a new dataset for medical question answering.",
     [(D, "MedQA"), (T, "medical question answering")],
     []),  # used_for is a method's relation (issue 3, GUIDELINES.md): a dataset "for T" gives none
    ("We tailor MambaBCD, MambaSCD, and MambaBDA for binary change detection, semantic change detection, "
     "and building damage assessment, respectively.",
     [(M, "MambaBCD"), (M, "MambaSCD"), (M, "MambaBDA"), (T, "binary change detection"),
      (T, "semantic change detection"), (T, "building damage assessment")],
     [("used_for", "MambaBCD", "binary change detection"), ("used_for", "MambaBDA", "building damage assessment"),
      ("used_for", "MambaSCD", "semantic change detection")]),
    ("In this paper, we present a new Tool Learning method Chain-of-Tools.",
     [(T, "Tool Learning"), (M, "Chain-of-Tools")],
     [("used_for", "Chain-of-Tools", "Tool Learning")]),
    ("Sentiment analysis using BERT is common.",
     [(T, "Sentiment analysis"), (M, "BERT")],
     [("used_for", "BERT", "Sentiment analysis")]),
    ("We propose DeepSRGM. In this work, we propose a deep learning based approach to Raga recognition.",
     [(M + "*", "DeepSRGM"), (T, "Raga recognition")],
     [("used_for", "DeepSRGM", "Raga recognition")]),
    # a title "X: ... based on T" names what X is built on, not what it is for (session 17, RU); "for T" still is
    ("ZorbAgent: A Multi-Agent Framework based on Dynamic Task Decomposition\n\nAgents are popular.",
     [(M + "*", "ZorbAgent"), (T, "Dynamic Task Decomposition")], []),
    ("ZorbAgent: A Framework built upon Task Decomposition for Travel Planning\n\nAgents are popular.",
     [(M + "*", "ZorbAgent"), (T, "Task Decomposition"), (T, "Travel Planning")],
     [("used_for", "ZorbAgent", "Travel Planning")]),
    # a field is no task ("fields are not TASK"): no used_for to it, from the title or anywhere (session 17, RU)
    ("ZorbSNN: Few-Shot Learning\n\nWe propose ZorbSNN, a new approach for clinical natural language processing.",
     [(M + "*", "ZorbSNN"), (T, "clinical natural language processing")], []),
    ("ZorbSNN: Few-Shot Learning\n\nWe propose ZorbSNN, a new approach for clinical text classification.",
     [(M + "*", "ZorbSNN"), (T, "clinical text classification")],
     [("used_for", "ZorbSNN", "clinical text classification")]),
    # ... nor a survey's or a law's name ("X: Survey of ...", "X: ... Scaling Law for T"); a review-guided method is one
    ("Zorb-360: Survey of State Space Models for Long Sequence Modelling\n\nModels are popular.",
     [(M, "Zorb-360"), (T, "Long Sequence Modelling")], []),
    ("ZorbLaw: Mutual Information Scaling Law for Long-Context Language Modeling\n\nModels are popular.",
     [(M, "ZorbLaw"), (T, "Long-Context Language Modeling")], []),
    ("ZorbRev: A Review-Guided Framework for Code Generation\n\nModels are popular.",
     [(M, "ZorbRev"), (T, "Code Generation")], [("used_for", "ZorbRev", "Code Generation")]),
    # ... and a review or survey word inside the title's task is the task's (review of 3d5cc98)
    ("ZorbSum: Review Summarization with Large Language Models\n\nModels are popular.",
     [(M, "ZorbSum"), (T, "Review Summarization")], [("used_for", "ZorbSum", "Review Summarization")]),
    ("ZorbRev: Automated Code Review for Pull Requests\n\nModels are popular.",
     [(M, "ZorbRev"), (T, "Automated Code Review")], [("used_for", "ZorbRev", "Automated Code Review")]),
]


# the paper's own method is evaluated on the datasets its result sentences name as where it is measured
# (sentences from examples/hf-papers; _own_evaluations)
OWN_EVALUATIONS = [
    ("We propose Shuffle PatchMix. State-of-the-art results are achieved on three major benchmarks: PACS, VisDA-C, "
     "and DomainNet-126.",
     [(M + "*", "Shuffle PatchMix"), (D, "PACS"), (D, "VisDA-C"), (D, "DomainNet-126")],
     [("evaluated_on", "Shuffle PatchMix", "PACS"), ("evaluated_on", "Shuffle PatchMix", "VisDA-C"),
      ("evaluated_on", "Shuffle PatchMix", "DomainNet-126")]),
    ("We introduce GISTEmbed. Benchmarked against the Massive Text Embedding Benchmark, GISTEmbed showcases "
     "consistent performance improvements across various model sizes.",
     [(M + "*", "GISTEmbed"), (D, "Massive Text Embedding Benchmark"), (M + "*", "GISTEmbed")],
     [("evaluated_on", "GISTEmbed", "Massive Text Embedding Benchmark")]),
    ("We propose LM-Guided CoT here. We assess our method with multi-hop extractive question answering benchmarks, "
     "HotpotQA, and 2WikiMultiHopQA.",
     [(M + "*", "LM-Guided CoT"), (D, "HotpotQA"), (D, "2WikiMultiHopQA")],
     [("evaluated_on", "LM-Guided CoT", "HotpotQA"), ("evaluated_on", "LM-Guided CoT", "2WikiMultiHopQA")]),
    # the background before the paper speaks of its own work
    ("Language models perform well on standardized coding benchmarks but struggle with issues in SWE-Bench. "
     "We propose Satori-SWE.",
     [(D, "SWE-Bench"), (M + "*", "Satori-SWE")], []),
    # another method in the sentence may be what the statement is about
    ("We propose Spectra. TriLM lags behind FloatLM in perplexity but performs better on Lambada.",
     [(M + "*", "Spectra"), (M, "TriLM"), (M, "FloatLM"), (D, "Lambada")], [("evaluated_on", "TriLM", "Lambada")]),
    # training data, and a name that is not where something is measured
    ("We propose BioMedLM. Our results show that BioMedLM, trained exclusively on PubMed abstracts, is strong.",
     [(M + "*", "BioMedLM"), (M + "*", "BioMedLM"), (D, "PubMed")], []),
    ("We propose BIP-ALM. The experiments demonstrate that models still lack robust ToM capacity.",
     [(M + "*", "BIP-ALM"), (D, "ToM")], []),
    # evaluation words are whole-word starts ('latest' is not 'test', 'resulting' not 'result'), and collected
    # data is not an evaluation (helper V's review)
    ("We propose CrowdLM. We gather the latest posts from Reddit.", [(M + "*", "CrowdLM"), (D, "Reddit")], []),
    ("We propose CrowdLM. We collect 2M posts from Reddit and report results.",
     [(M + "*", "CrowdLM"), (D, "Reddit")], []),
    # the statement is the named model's: a variant or another of the paper's models (not the paper's method)
    ("We propose HyperTuning. We evaluate HyperT5 on P3 and MetaICL datasets.",
     [(M + "*", "HyperTuning"), (M + "*", "HyperT5"), (D, "P3"), (D, "MetaICL")],
     [("evaluated_on", "HyperT5", "P3"), ("evaluated_on", "HyperT5", "MetaICL")]),
    ("We propose Satori-SWE. Evaluated on SWE-Bench-Verified, EvoScale matches far larger models.",
     [(M + "*", "Satori-SWE"), (D, "SWE-Bench-Verified"), (M + "*", "EvoScale")],
     [("evaluated_on", "EvoScale", "SWE-Bench-Verified")]),
    # the other models stand only after a comparison: compared baselines, the result is still the paper's own
    ("We propose TransLLM. Our method outperforms strong baselines and ChatGPT on the multi-turn benchmark MT-bench.",
     [(M + "*", "TransLLM"), (M, "ChatGPT"), (D, "MT-bench")],
     [("evaluated_on", "TransLLM", "MT-bench"), ("outperforms", "TransLLM", "ChatGPT")]),
    # the source domain of an adaptation is training data (SciREX-train: ROAD)
    ("We propose ROAD. We evaluate the proposed method on Cityscapes dataset by adapting from GTAV and SYNTHIA "
     "datasets, where the results demonstrate the effectiveness of our method.",
     [(M + "*", "ROAD"), (D, "Cityscapes"), (D, "GTAV"), (D, "SYNTHIA")], [("evaluated_on", "ROAD", "Cityscapes")]),
    ("We propose ZorbNet. We evaluate ZorbNet on Office-Home after transferring from ImageNet.",
     [(M + "*", "ZorbNet"), (D, "Office-Home"), (D, "ImageNet")], [("evaluated_on", "ZorbNet", "Office-Home")]),
    # ... but the target after "to" is where it is evaluated
    ("We propose FooDA. FooDA improves mIoU by 3.2% when adapting from GTA5 to Cityscapes.",
     [(M + "*", "FooDA"), (D, "GTA5"), (D, "Cityscapes")], [("evaluated_on", "FooDA", "Cityscapes")]),
    # data named after a comparison word, with no place word of its own, describes what is compared (SciREX-train:
    # FPN); data after its own "on" stays
    ("We propose FooNet. Using FooNet in a basic Faster R-CNN system, our method achieves state-of-the-art results on "
     "the COCO detection benchmark, surpassing all existing single-model entries including those from the COCO 2016 "
     "challenge winners.",
     [(M + "*", "FooNet"), (M, "Faster R-CNN"), (D, "COCO"), (D, "COCO 2016")],
     [("evaluated_on", "FooNet", "COCO")]),
    ("We propose FooNet. Experimental results show that FooNet outperforms DeepLab on Cityscapes and ADE20K here.",
     [(M + "*", "FooNet"), (M, "DeepLab"), (D, "Cityscapes"), (D, "ADE20K")],
     [("evaluated_on", "FooNet", "ADE20K"), ("evaluated_on", "FooNet", "Cityscapes")]),
    # a proposed name the sentence contrasts with the one it speaks about is not the subject
    ("We propose FooNet. Unlike FooNet-L, FooNet-S achieves 80% accuracy on ImageNet.",
     [(M + "*", "FooNet"), (M + "*", "FooNet-L"), (M + "*", "FooNet-S"), (D, "ImageNet")],
     [("evaluated_on", "FooNet-S", "ImageNet")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), OWN_EVALUATIONS, ids=[c[0][:40] for c in OWN_EVALUATIONS])
def test_relations_own_method_evaluated_on_result_datasets(nlp, text, entities, expected):
    assert triples(nlp, text, entities) == sorted(expected)


# the paper's own method is used for the tasks its evaluation sentences name as where it is measured
# (sentences from examples/hf-papers; _own_task_evaluations)
OWN_TASK_EVALUATIONS = [
    ("We propose VLAP. VLAP achieves gains on cross-modal retrieval, image captioning and visual question answering.",
     [(M + "*", "VLAP"), (M + "*", "VLAP"), (T, "cross-modal retrieval"), (T, "image captioning"),
      (T, "visual question answering")],
     [("used_for", "VLAP", "cross-modal retrieval"), ("used_for", "VLAP", "image captioning"),
      ("used_for", "VLAP", "visual question answering")]),
    ("We propose PartialFormer. Experiments on abstractive summarization and translation tasks show its effectiveness.",
     [(M + "*", "PartialFormer"), (T, "abstractive summarization"), (T, "translation")],
     [("used_for", "PartialFormer", "abstractive summarization"), ("used_for", "PartialFormer", "translation")]),
    # the background before the paper speaks of its own work; another method's statement; training
    ("Language models perform well on summarization. We propose Quill.",
     [(T, "summarization"), (M + "*", "Quill")], []),
    ("We propose Quill. BART performs better on summarization.",
     [(M + "*", "Quill"), (M, "BART"), (T, "summarization")], []),
    # a task the method is trained for is what it is applied to (GUIDELINES used_for; session 13)
    ("We propose Quill. It is trained on summarization and evaluated on news.",
     [(M + "*", "Quill"), (T, "summarization")], [("used_for", "Quill", "summarization")]),
    # the named variant's result
    ("We propose LS-LLaMA. Moreover, LS-unLLaMA reaches the best results in named entity recognition.",
     [(M + "*", "LS-LLaMA"), (M + "*", "LS-unLLaMA"), (T, "named entity recognition")],
     [("used_for", "LS-unLLaMA", "named entity recognition")]),
    # ... but a sized variant of the paper's model reports a number: the family is what is used for the task
    ("We propose VAN. For example, VAN-B6 achieves 87.8% accuracy and new state-of-the-art results (58.2 PQ) for "
     "panoptic segmentation.",
     [(M + "*", "VAN"), (M + "*", "VAN-B6"), (T, "panoptic segmentation")],
     [("used_for", "VAN", "panoptic segmentation")]),
    # several benchmarks of a task are where the method is measured; one "T benchmark" is a dataset's name
    ("We propose ABBA. Empirically, ABBA achieves state-of-the-art results on arithmetic and commonsense reasoning "
     "benchmarks.",
     [(M + "*", "ABBA"), (M + "*", "ABBA"), (T, "commonsense reasoning")],
     [("used_for", "ABBA", "commonsense reasoning")]),
    ("We propose OwLore. Specifically, it achieves up to a 1.1% average accuracy gain on the Commonsense Reasoning "
     "benchmark.",
     [(M + "*", "OwLore"), (T, "Commonsense Reasoning")], []),
    # "T benchmarks / datasets" after the task, a list after "tasks," or "encompassing"
    ("We propose LMCoT, a method. We assess our method with multi-hop question answering benchmarks, HotpotQA, and MuSiQue.",
     [(M + "*", "LMCoT"), (T, "multi-hop question answering")],
     [("used_for", "LMCoT", "multi-hop question answering")]),
    ("We propose R3, a method. Evaluation is conducted on downstream tasks, open-domain QA and multiple-choice QA.",
     [(M + "*", "R3"), (T, "open-domain QA"), (T, "multiple-choice QA")],
     [("used_for", "R3", "open-domain QA"), ("used_for", "R3", "multiple-choice QA")]),
    ("We propose BiLD, a method. To evaluate it, we apply BiLD to text generation scenarios encompassing machine translation.",
     [(M + "*", "BiLD"), (M + "*", "BiLD"), (T, "machine translation")],
     [("used_for", "BiLD", "machine translation")]),
    # the list goes on after the data the first task is measured on, or with describing words before an item
    # (session 18, BU)
    ("We propose ZorbDec, a method. To evaluate it, we apply ZorbDec to scenarios encompassing machine translation on "
     "IWSLT and WMT, and summarization on XSum and CNN/DailyMail.",
     [(M + "*", "ZorbDec"), (T, "machine translation"), (D, "IWSLT"), (D, "WMT"),
      (T, "summarization"), (D, "XSum"), (D, "CNN/DailyMail")],
     [("used_for", "ZorbDec", "machine translation"), ("used_for", "ZorbDec", "summarization"),
      ("evaluated_on", "ZorbDec", "IWSLT"), ("evaluated_on", "ZorbDec", "WMT"), ("evaluated_on", "ZorbDec", "XSum"),
      ("evaluated_on", "ZorbDec", "CNN/DailyMail")]),
    ("We propose ZorbSSM, a training procedure. Experimental evaluations demonstrate that ZorbSSM improves performance "
     "on retrieval-intensive tasks such as phone book lookup, long paragraph question-answering, and infilling.",
     [(M + "*", "ZorbSSM"), (T, "phone book lookup"), (T, "question-answering"),
      (T, "infilling")],
     [("used_for", "ZorbSSM", "phone book lookup"), ("used_for", "ZorbSSM", "question-answering"),
      ("used_for", "ZorbSSM", "infilling")]),
    # ... not across a clause, a comparison or a verb ("and uses it for T" is no list item)
    ("We propose ZorbSSM, a method. Experiments show that ZorbSSM achieves gains on phone book lookup, whereas "
     "summarization remains hard.",
     [(M + "*", "ZorbSSM"), (T, "phone book lookup"), (T, "summarization")],
     [("used_for", "ZorbSSM", "phone book lookup")]),
    ("We propose ZorbSSM, a method. Experiments show that ZorbSSM achieves gains on phone book lookup, and then "
     "compared to summarization it is slower.",
     [(M + "*", "ZorbSSM"), (T, "phone book lookup"), (T, "summarization")],
     [("used_for", "ZorbSSM", "phone book lookup")]),
    # a training word that names or describes a model, a cost, or what the result does without, is no training
    # statement; one that says what is trained on still is (above: "It is trained on summarization")
    ("We propose Moto, a method. Experiments show that the fine-tuned Moto-GPT is robust on robot manipulation benchmarks.",
     [(M + "*", "Moto"), (M + "*", "Moto-GPT"), (T, "robot manipulation")],
     [("used_for", "Moto", "robot manipulation")]),
    ("We validate the efficacy of self-distillation on benchmark datasets for text classification tasks.",
     [(M + "*", "self-distillation"), (T, "text classification")],
     [("used_for", "self-distillation", "text classification")]),
    ("We propose UReader, a model. Without downstream finetuning, our model achieves the best results in chart QA tasks.",
     [(M + "*", "UReader"), (T, "chart QA")], [("used_for", "UReader", "chart QA")]),
    ("We propose ParallelGPT, a model. These variants perform well in code generation tasks with faster training times.",
     [(M + "*", "ParallelGPT"), (T, "code generation")], [("used_for", "ParallelGPT", "code generation")]),
    ("We propose Quill. Results show that Quill fine-tuned on summarization data performs well.",
     [(M + "*", "Quill"), (M + "*", "Quill"), (T, "summarization")], []),
    # a baseline the own method is compared with leaves the task the own method's ("Our model outperforms BERTurk
    # family models ... for the NER task", "MAIN-RAG consistently outperforms traditional RAG approaches"); the
    # baseline's own statement stays its own (above: "BART performs better on summarization")
    ("We propose Quill, a model. Our model outperforms BART models on the XSum dataset for the summarization task.",
     [(M + "*", "Quill"), (M, "BART"), (D, "XSum dataset"), (T, "summarization")],
     [("outperforms", "Quill", "BART"), ("evaluated_on", "Quill", "XSum dataset"), ("used_for", "Quill", "summarization")]),
    ("We propose Quill, a model. Experimental results across four summarization benchmarks demonstrate that it "
     "consistently outperforms BART.",
     [(M + "*", "Quill"), (T, "summarization"), (M, "BART")], [("used_for", "Quill", "summarization")]),
    ("Results show that BART outperforms our Quill on summarization tasks.",
     [(M, "BART"), (M + "*", "Quill"), (T, "summarization")],
     [("outperforms", "BART", "Quill")]),
    # ... but what that baseline was trained or made for stays the baseline's; the own method's own training purpose
    # is what it is for
    ("We propose Quill, a model. Our model outperforms BART, a model pre-trained for translation, on the XSum dataset "
     "for the summarization task.",
     [(M + "*", "Quill"), (M, "BART"), (T, "translation"), (D, "XSum dataset"), (T, "summarization")],
     [("outperforms", "Quill", "BART"), ("evaluated_on", "Quill", "XSum dataset"), ("used_for", "Quill", "summarization")]),
    ("We propose Quill, a model. Results show that Quill, fine-tuned for summarization, outperforms BART.",
     [(M + "*", "Quill"), (M + "*", "Quill"), (T, "summarization"), (M, "BART")],
     [("used_for", "Quill", "summarization")]),
    # data named as what a method augments with is a resource, not where it is evaluated (session 17, RU)
    ("We propose ZorbMed, a method. Our experiments show that textbook augmentation results in a performance "
     "improvement of 9.7% over Wikipedia augmentation.", [(M + "*", "ZorbMed"), (D, "Wikipedia")], []),
    ("We propose ZorbMed, a method. Our experiments show a performance improvement of 9.7% on the PubMedQA dataset.",
     [(M + "*", "ZorbMed"), (D, "PubMedQA dataset")], [("evaluated_on", "ZorbMed", "PubMedQA dataset")]),
    # the task a dataset was made for is the data's, not the method's
    ("Experiments with ZorbNet on PTB, a treebank originally built for language modeling, show gains.",
     [(M + "*", "ZorbNet"), (D, "PTB"), (T, "language modeling")],
     [("evaluated_on", "ZorbNet", "PTB")]),
    # the tasks of a sentence presenting the paper's own dataset are what the data covers (session 17, RU)
    ("We propose ZorbNet, a planner. In response, we introduce ZorbBench in the context of travel planning, "
     "featuring complex tasks with a fine-grained evaluation system.",
     [(M + "*", "ZorbNet"), (D + "*", "ZorbBench"), (T, "travel planning")],
     [("evaluated_on", "ZorbNet", "ZorbBench")]),
    ("We propose ZorbNet, a method. For a better understanding of LLMs in open-ended text generation scenarios, we "
     "introduce a general measure of semantic consistency to evaluate the performance of various LLMs.",
     [(M + "*", "ZorbNet"), (T, "open-ended text generation")], []),
    # ... not a method described by data ("a dataset-aware curriculum", "a method for imbalanced datasets") or one
    # that measures (review of 38b522b)
    ("We propose ZorbNet. We introduce a dataset-aware curriculum that improves accuracy in text classification "
     "experiments.", [(M + "*", "ZorbNet"), (T, "text classification")], [("used_for", "ZorbNet", "text classification")]),
    ("We propose ZorbNet. We introduce a method for imbalanced datasets that improves accuracy in text classification "
     "experiments.", [(M + "*", "ZorbNet"), (T, "text classification")], [("used_for", "ZorbNet", "text classification")]),
    ("We propose ZorbNet. We introduce a scheme that measures uncertainty and improves accuracy in text classification "
     "experiments.", [(M + "*", "ZorbNet"), (T, "text classification")], [("used_for", "ZorbNet", "text classification")]),
    # "performing X" is an activity, not a result (REL's session-16 patch, landed in session 17 by RU)
    ("We propose ZorbMath, a model. Thus, our approach of pretraining models from scratch for domain adaptation is "
     "much more cost-effective than performing continual training of LLMs for domain adaptation.",
     [(M + "*", "ZorbMath"), (T, "domain adaptation")], []),
    ("We propose ZorbMath, a model. ZorbMath performs well on domain adaptation.",
     [(M + "*", "ZorbMath"), (T, "domain adaptation")], [("used_for", "ZorbMath", "domain adaptation")]),
    # ... unless it speaks of the method too
    ("We propose ZorbNet, a planner. We introduce ZorbBench and show that our method excels at travel planning "
     "in its evaluation.",
     [(M + "*", "ZorbNet"), (D + "*", "ZorbBench"), (T, "travel planning")],
     [("evaluated_on", "ZorbNet", "ZorbBench"), ("used_for", "ZorbNet", "travel planning")]),
    # "the task of T", "tasks, i.e., T1 and T2" (QU, session 20: SciREX-train
    # abstracts of benchmarks/fresh/used_for_scirex_train.jsonl)
    ("We propose ZorbNet. On the memory-demanding task of semantic segmentation, we report results for Cityscapes.",
     [(M + "*", "ZorbNet"), (T, "semantic segmentation"), (D, "Cityscapes")],
     [("used_for", "ZorbNet", "semantic segmentation")]),
    ("We propose ZorbNet. Experimental results on vision tasks, i.e., object detection and salient object detection, "
     "verify its superiority.",
     [(M + "*", "ZorbNet"), (T, "object detection"), (T, "salient object detection")],
     [("used_for", "ZorbNet", "object detection"), ("used_for", "ZorbNet", "salient object detection")]),
    # ... not an example of what a kind of task involves
    ("We propose ZorbNet. Our objective improves tasks that involve short text generation (e.g., QA).",
     [(M + "*", "ZorbNet"), (T, "QA")], []),
    # ... nor a training objective's task ("whose pre-training task of T", "the pretext task of T")
    ("We propose ZorbNet. Experiments show ZorbNet outperforms BERT, whose pre-training task of masked language "
     "modeling is costly.", [(M + "*", "ZorbNet"), (M, "BERT"), (T, "masked language modeling")], []),
    ("We propose ZorbNet. Experiments show that ZorbNet, trained with the pretext task of rotation prediction, "
     "improves accuracy.", [(M + "*", "ZorbNet"), (T, "rotation prediction")], []),
    ("We propose ZorbNet. Experiments show that ZorbNet outperforms BERT, which was pre-trained on the task of masked "
     "language modeling.", [(M + "*", "ZorbNet"), (M, "BERT"), (T, "masked language modeling")], []),
    # a sentence that verifies, validates or shows the method effective on a task, without an evaluation word
    ("We propose ZorbNet. We verify the proposed method on a practical problem: person re-identification.",
     [(M + "*", "ZorbNet"), (T, "person re-identification")], [("used_for", "ZorbNet", "person re-identification")]),
    ("We propose ZorbNet. We empirically demonstrate the effectiveness of our approach on a facial expression "
     "synthesis task.",
     [(M + "*", "ZorbNet"), (T, "facial expression synthesis")], [("used_for", "ZorbNet", "facial expression synthesis")]),
    ("We propose ZorbNet. The proposed ZorbNet model is generally effective in different sequence labeling tasks.",
     [(M + "*", "ZorbNet"), (M + "*", "ZorbNet"), (T, "sequence labeling")],
     [("used_for", "ZorbNet", "sequence labeling")]),
    # ... nor a claim word in a sentence that does not speak of the own work (a background statement)
    ("We propose ZorbNet. The effectiveness of such approaches for image classification is well known.",
     [(M + "*", "ZorbNet"), (T, "image classification")], []),
    # ... not "effective" as an adjective of a purpose or a comparison
    ("We propose ZorbNet. It only needs prompts to build representations for effective document retrieval.",
     [(M + "*", "ZorbNet"), (T, "document retrieval")], []),
    ("We propose ZorbNet. Training from scratch for domain adaptation is much more cost-effective than continual "
     "training.",
     [(M + "*", "ZorbNet"), (T, "domain adaptation")], []),
    # ... nor a claim about others' work (the claim word stands in for an evaluation word only for the own work)
    ("We propose ZorbNet. We verify that existing methods fail on machine translation.",
     [(M + "*", "ZorbNet"), (T, "machine translation")], []),
    ("We propose ZorbNet. Prior studies have questioned the effectiveness of pre-training on machine translation.",
     [(M + "*", "ZorbNet"), (T, "machine translation")], []),
    ("We propose ZorbNet. Many works verify that attention helps in machine translation and their findings motivate us.",
     [(M + "*", "ZorbNet"), (T, "machine translation")], []),
    ("We propose ZorbNet. We demonstrate the superiority of our approach over existing methods on machine translation.",
     [(M + "*", "ZorbNet"), (T, "machine translation")], [("used_for", "ZorbNet", "machine translation")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), OWN_TASK_EVALUATIONS,
                         ids=[c[0][:40] for c in OWN_TASK_EVALUATIONS])
def test_relations_own_method_used_for_evaluated_tasks(nlp, text, entities, expected):
    assert triples(nlp, text, entities) == sorted(expected)


@pytest.mark.parametrize(("text", "entities", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_relations_from_one_sentence(nlp, text, entities, expected):
    assert triples(nlp, text, entities) == sorted(expected)


TITLES = [
    # "X: ... for T"
    ("DKPLM: Decomposable Knowledge-enhanced Pre-trained Language Model for Natural Language Understanding\n\n"
     "We study knowledge.",
     [(M, "DKPLM"), (T, "Natural Language Understanding")],
     [("used_for", "DKPLM", "Natural Language Understanding")]),
    # "X: T with ..."
    ("FinBERT: Financial Sentiment Analysis with Pre-trained Language Models\n\nWe study finance.",
     [(M, "FinBERT"), (T, "Financial Sentiment Analysis")],
     [("used_for", "FinBERT", "Financial Sentiment Analysis")]),
    # "X: <modifier> Y for ..." is a variant of Y
    ("EasySpec: Layer-Parallel Speculative Decoding for Efficient Multi-GPU Utilization\n\nWe study decoding.",
     [(M, "EasySpec"), (M, "Speculative Decoding")],
     [("based_on", "EasySpec", "Speculative Decoding")]),
    # ... but not when Y spells X out
    ("LoRA: Low-Rank Adaptation of Large Language Models\n\nWe study adaptation.",
     [(M, "LoRA"), (M, "Low-Rank Adaptation")],
     []),
    # "T using X", X the long form of the paper's own short name (SciREX-train: SPyNet): the paper's method
    ("Optical Flow Estimation using a Zorb Pyramid Network\n\nWe learn flow. Our Zorb Pyramid Network (ZPyNet) is small.",
     [(T, "Optical Flow Estimation"), (M, "Zorb Pyramid Network"), (M, "Zorb Pyramid Network"), (M + "*", "ZPyNet")],
     [("used_for", "Zorb Pyramid Network", "Optical Flow Estimation")]),
    # ... not another method the title names ("T using X" where X is no name of the paper's)
    ("Optical Flow Estimation using a Zorb Pyramid Network\n\nWe learn flow. Our Blip Network (ZPyNet) is small.",
     [(T, "Optical Flow Estimation"), (M, "Zorb Pyramid Network"), (M, "Blip Network"), (M + "*", "ZPyNet")],
     []),
]


@pytest.mark.parametrize(("text", "entities", "expected"), TITLES, ids=[c[0][:30] for c in TITLES])
def test_relations_from_titles(nlp, text, entities, expected):
    doc = make_doc(nlp, text, entities)
    # the project's sentence splitter ends the title at the blank line; emulate it
    for token in doc:
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text.startswith("\n")
    RelationFinder()(doc)
    assert sorted((r["relation"], r["subject"], r["object"]) for r in doc._.kg_relations) == sorted(expected)


NEGATIVES = [
    # negation and doubt
    ("LLaVA does not outperform GPT-4V on this task.", [(M, "LLaVA"), (M, "GPT-4V")]),
    ("It is unclear whether RoBERTa outperforms XLNet.", [(M, "RoBERTa"), (M, "XLNet")]),
    ("LLaVA fails to surpass GPT-4V in our tests.", [(M, "LLaVA"), (M, "GPT-4V")]),
    # training data is not evaluation data
    ("The model T5 was pre-trained on C4 and fine-tuned on SQuAD.", [(M, "T5"), (D, "C4"), (D, "SQuAD")]),
    # a neutral comparison is not an improvement
    ("We benchmark LiPCoT against several CNN architectures.", [(M, "LiPCoT"), (M, "CNN")]),
    # a dataset that only describes a task is not used for it
    ("Multilingual models such as mBERT have been successful in many tasks in low-resource languages "
     "through cross-lingual transfer.", [(M, "mBERT"), (T, "cross-lingual transfer")]),
    # entities in different sentences
    ("BERT is strong. Question answering is hard.", [(M, "BERT"), (T, "Question answering")]),
    # "based on" with no method on either side
    ("Based on these findings, we study GPT-4 behaviour.", [(M, "GPT-4")]),
    # a derivation cue far from any method has no subject
    ("Models such as GPT and ELMo have greatly advanced the development of natural language processing over the "
     "last years, especially the many recent models based on BERT.", [(M, "GPT"), (M, "ELMo"), (M, "BERT")]),
]


@pytest.mark.parametrize(("text", "entities"), NEGATIVES, ids=[c[0][:40] for c in NEGATIVES])
def test_relations_not_stated(nlp, text, entities):
    assert triples(nlp, text, entities) == []


def test_relations_offsets_index_text_and_keys_follow_contract(nlp):
    text = "We propose DoRA. Our method consistently surpasses LoRA across GLUE and SuperGLUE."
    doc = make_doc(nlp, text, [(M + "*", "DoRA"), (M, "LoRA"), (D, "GLUE"), (D, "SuperGLUE")])
    RelationFinder()(doc)
    assert doc._.kg_relations
    for r in doc._.kg_relations:
        assert tuple(r) == RELATION_KEYS
        assert text[r["subject_start"]:r["subject_end"]] == r["subject"]
        assert text[r["object_start"]:r["object_end"]] == r["object"]
        assert r["subject_label"] == "METHOD" and r["object_label"] in ("METHOD", "DATASET")
        assert r["confidence"] in CONFIDENCE.values()


def test_relations_explicit_patterns_are_more_confident(nlp):
    doc = make_doc(nlp, "We evaluate Mistral-7B on GSM8K in a zero-shot setting. Compared to GPT-3, Gemma improves.",
                   [(M, "Mistral-7B"), (D, "GSM8K"), (M, "GPT-3"), (M, "Gemma")])
    RelationFinder()(doc)
    by_relation = {r["relation"]: r["confidence"] for r in doc._.kg_relations}
    assert by_relation["evaluated_on"] > by_relation["outperforms"]


def test_relations_component_writes_only_its_outputs(nlp):
    doc = make_doc(nlp, CASES[0][0], CASES[0][1])
    before = {key: list(group) for key, group in doc.spans.items()}
    RelationFinder()(doc)
    assert {key: list(group) for key, group in doc.spans.items()} == before
    assert doc._.kg_results is None


def test_relations_component_handles_empty_doc_and_missing_entities(nlp):
    assert RelationFinder()(nlp(""))._.kg_relations == []
    assert RelationFinder()(nlp("BERT outperforms GPT-2 on GLUE."))._.kg_relations == []


def test_relations_component_is_idempotent(nlp):
    doc = make_doc(nlp, CASES[11][0], CASES[11][1])
    finder = RelationFinder()
    first = [dict(r) for r in finder(doc)._.kg_relations]
    assert finder(doc)._.kg_relations == first


def test_relations_factory_is_registered():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_relations")
    assert nlp("Nothing here.")._.kg_relations == []


def test_relations_pure_function_deduplicates():
    text = "X outperforms Y. X outperforms Y."
    ents = [Ent(0, 1, M, "X"), Ent(14, 15, M, "Y"), Ent(17, 18, M, "X"), Ent(31, 32, M, "Y")]
    found = find_relations(text, [(0, 16), (17, len(text))], ents)
    assert [(r["subject_start"], r["object_start"]) for r in found] == [(0, 14), (17, 31)]


@pytest.mark.parametrize(("gap", "expected"), [
    (", ", True),             # comma list
    (" and ", True),          # pair
    (", and the ", True),     # Oxford comma with article
    (" / ", True),            # slash
    (" (82.1%), ", True),     # parenthetical between items
    (" on ", False),          # a preposition joins, not coordinates
    (" outperforms ", False),
])
def test_spans_is_coordination(gap, expected):
    assert is_coordination(gap) is expected


def test_spans_coordination_chains_keep_labels_apart():
    text = "BERT and GLUE"
    chains = coordination_chains(text, [Ent(0, 4, M, "BERT"), Ent(9, 13, D, "GLUE")])
    assert [[e.text for e in c] for c in chains] == [["BERT"], ["GLUE"]]


def test_relations_find_cues_only_at_word_starts():
    from extractors.relations import _OUTPERFORMS, _OUTPERFORMS_KEYS

    assert find_cues("x unbeatable, y beats z", _OUTPERFORMS_KEYS, _OUTPERFORMS) == [(16, 21)]


def test_relations_and_results_survive_save_and_load(tmp_path):
    import extractors  # noqa: F401  (registers the factories spacy.load needs)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_results")
    nlp.add_pipe("kg_relations")
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["sentencizer", "kg_results", "kg_relations"]
    doc = loaded("Accuracy improves by 4.9% on SST-2.")
    assert [r["value"] for r in doc._.kg_results] == ["4.9"] and doc._.kg_relations == []


def test_it_is_own_work_only_when_it_opens_a_clause_before_a_result_verb():
    from extractors._spans import own_work_mentions

    text = "When compressing GPT2, it outperforms DistilGPT2. It reaches 80%. STE enables it to outperform GPT-4."
    assert [text[a:b] for a, b in own_work_mentions(text, 0, len(text))] == ["it", "It"]


def test_based_on_from_a_title_saying_the_head_is_made_from_a_model(nlp):
    text = "HessQ: Hessian Based Ultra Low Precision Quantization of BERT\n\nWe quantize it."
    assert triples(nlp, text, [(M, "HessQ"), (M, "BERT")]) == [("based_on", "HessQ", "BERT")]
    text = "TinyX: Compressing Llama-2 for Phones\n\nWe study it."
    assert triples(nlp, text, [(M, "TinyX"), (M, "Llama-2")]) == [("based_on", "TinyX", "Llama-2")]
    text = "RoBench: Evaluating BERT under Noise\n\nWe study it."
    assert triples(nlp, text, [(M, "RoBench"), (M, "BERT")]) == []


def test_used_for_from_a_title_naming_the_task_after_modifiers(nlp):
    text = "Trans-Encoder: Unsupervised sentence-pair modelling through distillation\n\nWe study it."
    assert triples(nlp, text, [(M, "Trans-Encoder"), (T, "sentence-pair modelling")]) == [
        ("used_for", "Trans-Encoder", "sentence-pair modelling")]


def test_used_for_from_a_title_without_the_method_name(nlp):
    # the title says what the paper's (unnamed there) method is for: "for / towards (a modifier) T"
    text = "Learning Transferable Architectures for Scalable Image Recognition\n\nWe propose NASNet, a new model."
    assert triples(nlp, text, [(T, "Image Recognition"), (M + "*", "NASNet")]) == [
        ("used_for", "NASNet", "Image Recognition")]
    text = "Specializing Smaller Language Models towards Multi-Step Reasoning\n\nWe propose Spec, a new method."
    assert triples(nlp, text, [(T, "Multi-Step Reasoning"), (M + "*", "Spec")]) == [
        ("used_for", "Spec", "Multi-Step Reasoning")]
    # not a task the title names otherwise, nor without a method the paper proposes
    text = "Image Recognition with Transferable Architectures\n\nWe propose NASNet, a new model."
    assert triples(nlp, text, [(T, "Image Recognition"), (M + "*", "NASNet")]) == []
    text = "Learning Transferable Architectures for Scalable Image Recognition\n\nWe study NASNet."
    assert triples(nlp, text, [(T, "Image Recognition"), (M, "NASNet")]) == []
    # ... nor what data, a measure or a survey is for
    text = "Datasets for Question Answering: A Survey\n\nWe propose QAZoo, a taxonomy tool."
    assert triples(nlp, text, [(T, "Question Answering"), (M + "*", "QAZoo")]) == []
    text = "Scaling Laws for Neural Machine Translation\n\nWe propose ScaleFit, a fitting procedure."
    assert triples(nlp, text, [(T, "Neural Machine Translation"), (M + "*", "ScaleFit")]) == []


def test_evaluated_on_from_results_that_tie_method_and_dataset(nlp):
    from extractors.results import ResultFinder

    text = "By designing prompts, we obtain the best results with GPT-4: F1 scores of 0.79 on OWASP."
    doc = make_doc(nlp, text, [(M, "GPT-4"), (X, "F1 scores"), (D, "OWASP")])
    ResultFinder()(doc)
    assert [(r["method"], r["dataset"]) for r in doc._.kg_results] == [("GPT-4", "OWASP")]
    RelationFinder()(doc)
    rel = [r for r in doc._.kg_relations if r["relation"] == "evaluated_on"]
    assert [(r["subject"], r["object"], r["confidence"]) for r in rel] == [
        ("GPT-4", "OWASP", CONFIDENCE["evaluated_on_result"])]
    # without kg_results (the component run alone) the sentence gives no evaluated_on
    doc._.kg_results = None
    RelationFinder()(doc)
    assert not [r for r in doc._.kg_relations if r["relation"] == "evaluated_on"]


def test_no_evaluated_on_from_a_compared_baselines_result(nlp):
    from extractors.results import ResultFinder

    text = "On the MATH benchmark, SORSA achieved 10.36% accuracy, outperforming LoRA (5.50%)."
    doc = make_doc(nlp, text, [(D, "MATH benchmark"), (M + "*", "SORSA"), (X, "accuracy"), (M, "LoRA")])
    ResultFinder()(doc)
    assert ("LoRA", "MATH benchmark") in [(r["method"], r["dataset"]) for r in doc._.kg_results]
    RelationFinder()(doc)
    assert [(r["subject"], r["object"]) for r in doc._.kg_relations if r["relation"] == "evaluated_on"] == [
        ("SORSA", "MATH benchmark")]
    # find_relations itself takes sentence bounds as lists too (read from JSON)
    from extractors._spans import doc_context
    text, sentences, ents = doc_context(doc)
    rels = find_relations(text, [list(b) for b in sentences], ents, results=doc._.kg_results)
    assert [(r["subject"], r["object"]) for r in rels if r["relation"] == "evaluated_on"] == [("SORSA", "MATH benchmark")]


def test_no_evaluated_on_to_the_data_a_training_noun_names(nlp):
    from extractors.results import ResultFinder

    # a result's dataset after "pretraining on" is the training data, not where the number was measured
    text = "By pretraining on the same ImageNet21k, our EfficientNetV2 achieves 87.3% top-1 accuracy on ImageNet."
    doc = make_doc(nlp, text, [(D, "ImageNet21k"), (M + "*", "EfficientNetV2"), (X, "top-1 accuracy"), (D, "ImageNet")])
    ResultFinder()(doc)
    RelationFinder()(doc)
    assert ("EfficientNetV2", "ImageNet21k") not in [(r["subject"], r["object"]) for r in doc._.kg_relations]
    # "pre-training methods on D", "post-training on D", "trained in supervised manner on D"
    for text, ents in [
        ("We outperform QLoRA for fine-tuning LLaMA and show competitive performance against other memory-efficient "
         "pre-training methods on the large-scale C4 dataset.", [(M, "QLoRA"), (M, "LLaMA"), (D, "C4")]),
        ("We show that post-training on CRAB improves the performance of Llama3.", [(D, "CRAB"), (M, "Llama3")]),
        ("Our U-Net performs better than five models which were trained in supervised manner on the Kvasir dataset.",
         [(M, "U-Net"), (D, "Kvasir")]),
    ]:
        assert not [r for r in triples(nlp, text, ents) if r[0] == "evaluated_on"], text


def test_doc_context_is_shared_by_both_components_and_reread_when_the_entities_change(nlp):
    from extractors._spans import doc_context
    from extractors.results import ResultFinder

    doc = make_doc(nlp, "BLIP-2 outperforms Flamingo on VQAv2.", [(M, "BLIP-2"), (M, "Flamingo"), (D, "VQAv2")])
    ResultFinder()(doc)
    first = doc_context(doc)
    RelationFinder()(doc)
    assert doc_context(doc) is first  # kg_relations reused what kg_results read
    assert [(r["relation"], r["object"]) for r in doc._.kg_relations] == [
        ("outperforms", "Flamingo"), ("evaluated_on", "VQAv2")]
    # a new entity group (a component ran in between) is read again, not served stale
    doc.spans["kg_entities"] = SpanGroup(doc, name="kg_entities", spans=[doc.char_span(0, 6, label=M),
                                                                          doc.char_span(31, 36, label=D)])
    assert [e.text for e in doc_context(doc)[2]] == ["BLIP-2", "VQAv2"]
    RelationFinder()(doc)
    assert [(r["relation"], r["object"]) for r in doc._.kg_relations] == [("evaluated_on", "VQAv2")]
    # another Doc with the same text is its own context
    other = make_doc(nlp, "BLIP-2 outperforms Flamingo on VQAv2.", [(M, "BLIP-2")])
    assert [e.text for e in doc_context(other)[2]] == ["BLIP-2"]


OWN_BENCHMARKS = [
    # a paper proposing a method and a benchmark evaluates the method on it
    ("LongWriter: Unleashing 10,000+ Word Generation. We also develop LongBench-Write, a comprehensive benchmark "
     "for evaluating ultra-long generation capabilities.",
     [(M + "*", "LongWriter"), (D + "*", "LongBench-Write")],
     [("evaluated_on", "LongWriter", "LongBench-Write")]),
    ("Tele-LLMs: A Series of Specialized Models. We create Tele-Data and Tele-Eval.",
     [(M + "*", "Tele-LLMs"), (D + "*", "Tele-Data"), (D + "*", "Tele-Eval")],
     [("evaluated_on", "Tele-LLMs", "Tele-Eval")]),
    # training data is not a benchmark, even one named after the method
    ("TDAG: agents. We build TDAG-Bench, a dataset for training agents.",
     [(M + "*", "TDAG"), (D + "*", "TDAG-Bench")], []),
    # a paper that opens with its benchmark is about the benchmark: a method named later is not its subject
    ("PPTC Benchmark: Evaluating LLMs. We introduce the PPTC benchmark and a baseline, PPTX-Agent.",
     [(D + "*", "PPTC"), (M + "*", "PPTX-Agent")], []),
    # the benchmark is the method under another name
    ("WebLINX: navigation. We present WebLINX, a model, and the WEBLINX benchmark.",
     [(M + "*", "WebLINX"), (D + "*", "WEBLINX")], []),
    # an existing dataset (not proposed) is not the paper's benchmark
    ("We propose FooNet and evaluate it. Results are strong, as GLUE is a benchmark.",
     [(M + "*", "FooNet"), (D, "GLUE")], []),
]


@pytest.mark.parametrize(("text", "entities", "expected"), OWN_BENCHMARKS, ids=[c[0][:30] for c in OWN_BENCHMARKS])
def test_evaluated_on_own_benchmark(nlp, text, entities, expected):
    got = [t for t in triples(nlp, text, entities) if t[0] == "evaluated_on"]
    assert got == expected


NAMED_AFTER = [
    # a proposed method named after an existing one is based on it
    ("We propose Robust CLIP and Q-BERT. Both improve on CLIP and BERT.",
     [(M + "*", "Robust CLIP"), (M + "*", "Q-BERT"), (M, "CLIP"), (M, "BERT")],
     [("based_on", "Q-BERT", "BERT"), ("based_on", "Robust CLIP", "CLIP")]),
    # the longest existing name inside the new one
    ("CLIP and EVA-CLIP are strong; we release EVA-CLIP-18B today.",
     [(M + "*", "EVA-CLIP-18B"), (M, "EVA-CLIP"), (M, "CLIP")],
     [("based_on", "EVA-CLIP-18B", "EVA-CLIP")]),
    # a generic technique or architecture the new name is a kind of (GUIDELINES: "MAIN-RAG", a RAG framework) ...
    ("We build MAIN-RAG and task-MoE on RAG and MoE.",
     [(M + "*", "MAIN-RAG"), (M + "*", "task-MoE"), (M, "RAG"), (M, "MoE")],
     [("based_on", "MAIN-RAG", "RAG"), ("based_on", "task-MoE", "MoE")]),
    # ... but not for a family member ("Phi-mini-MoE" of "Phi 3.5-MoE"), nor a bare "LLM"
    ("We compress Phi 3.5-MoE, a MoE, into Phi-mini-MoE here.",
     [(M, "Phi 3.5-MoE"), (M, "MoE"), (M + "*", "Phi-mini-MoE")], [("based_on", "Phi-mini-MoE", "Phi 3.5-MoE")]),
    ("We propose Time-LLM, an LLM.", [(M + "*", "Time-LLM"), (M, "LLM")], []),
    # not the paper's own method's variant, not a modifier fragment
    ("We propose Polyhistor and Polyhistor-Lite.", [(M + "*", "Polyhistor"), (M + "*", "Polyhistor-Lite")], []),
    ("We propose LM-Guided CoT, unlike LM-Guided decoding.", [(M + "*", "LM-Guided CoT"), (M, "LM-Guided")], []),
    # a part of a name is not the name ("BERT" is not a part of "RoBERTa-large")
    ("We propose RoBERTa-large-x over BERT.", [(M + "*", "RoBERTa-large-x"), (M, "BERT")], []),
    # the short form of the paper's own long name is its own ("TRLM" of "Time Reversed Language Models"), but an
    # existing name among a long name's capitals is not ("CLIP" in "Robust CLIP" above)
    ("We introduce Time Reversed Language Models and pre-train TRLM-Ba; TRLM scoring helps.",
     [(M + "*", "Time Reversed Language Models"), (M + "*", "TRLM-Ba"), (M, "TRLM")], []),
    # a name saying what it does to another model names its target ("CLIP-Attack" fools CLIP)
    ("We propose CLIP-Attack, an attack that fools CLIP.", [(M + "*", "CLIP-Attack"), (M, "CLIP")], []),
]


@pytest.mark.parametrize(("text", "entities", "expected"), NAMED_AFTER, ids=[c[0][:30] for c in NAMED_AFTER])
def test_based_on_from_a_proposed_name_built_on_an_existing_one(nlp, text, entities, expected):
    got = [t for t in triples(nlp, text, entities) if t[0] == "based_on"]
    assert got == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the examples after "like"/"including"/"e.g." are what the subject outperforms, not a name describing them
    ("ZipLM outperforms all prior BERT-base compression techniques like CoFi, MiniLM and TinyBERT.",
     [(M, "ZipLM"), (M, "BERT-base"), (M, "CoFi"), (M, "MiniLM"), (M, "TinyBERT")],
     [("outperforms", "ZipLM", "CoFi"), ("outperforms", "ZipLM", "MiniLM"), ("outperforms", "ZipLM", "TinyBERT")]),
    ("ChatTS significantly outperforms existing vision-based MLLMs (e.g., GPT-4o) in alignment.",
     [(M, "ChatTS"), (M, "GPT-4o")], [("outperforms", "ChatTS", "GPT-4o")]),
    # ... but not examples of something else than the compared methods
    ("ToMoE outperforms previous pruning techniques across model families, including Phi-2 and LLaMA-2.",
     [(M, "ToMoE"), (M, "Phi-2"), (M, "LLaMA-2")], []),
])
def test_outperforms_the_examples_of_a_general_phrase(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "outperforms"] == expected


def test_used_for_only_from_the_papers_own_method_when_it_names_one(nlp):
    text = ("We propose LiPCoT for PD classification. Prior work fine-tuned BERT for sentiment analysis. "
            "Earlier, ELMo was used for named entity recognition.")
    entities = [(M + "*", "LiPCoT"), (T, "PD classification"), (M, "BERT"), (T, "sentiment analysis"),
                (M, "ELMo"), (T, "named entity recognition")]
    assert [t for t in triples(nlp, text, entities) if t[0] == "used_for"] == [
        ("used_for", "LiPCoT", "PD classification")]
    # a paper that proposes nothing keeps what its sentences state
    plain = [(label.rstrip("*"), surface) for label, surface in entities]
    assert [t for t in triples(nlp, text, plain) if t[0] == "used_for"] == [
        ("used_for", "BERT", "sentiment analysis"), ("used_for", "ELMo", "named entity recognition"),
        ("used_for", "LiPCoT", "PD classification")]


def test_used_for_respectively_skips_short_forms_and_pairs_a_shorter_list(nlp):
    text = ("We tailor frameworks, called MambaBCD, MambaSCD, and MambaBDA, for binary change detection (BCD), "
            "semantic change detection (SCD), and building damage assessment (BDA), respectively.")
    entities = [(M + "*", "MambaBCD"), (M + "*", "MambaSCD"), (M + "*", "MambaBDA"), (T, "binary change detection"),
                (T, "BCD"), (T, "semantic change detection"), (T, "SCD")]
    # the third task was not found: the first two still pair up, nothing is paired across
    assert [t for t in triples(nlp, text, entities) if t[0] == "used_for"] == [
        ("used_for", "MambaBCD", "binary change detection"), ("used_for", "MambaSCD", "semantic change detection")]


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "evolves from" derives a model
    ("TransNormerLLM evolves from the previous linear attention architecture TransNormer.",
     [(M + "*", "TransNormerLLM"), (M, "TransNormer")], [("based_on", "TransNormerLLM", "TransNormer")]),
    # a speed-up over a method, "faster than" it
    ("SpecTr achieves a further 2X speedup over speculative decoding on standard benchmarks.",
     [(M + "*", "SpecTr"), (M, "speculative decoding")], [("outperforms", "SpecTr", "speculative decoding")]),
    ("We prove that DSI is faster than SI given any drafters.",
     [(M + "*", "DSI"), (M, "SI")], [("outperforms", "DSI", "SI")]),
    # "X is a model for T"; the paper's method shown to work in a task
    ("BLIP-2 is a model for image captioning.", [(M + "*", "BLIP-2"), (T, "image captioning")],
     [("used_for", "BLIP-2", "image captioning")]),
    ("Experiments show that TEAL achieves substantial improvements in multi-modal understanding.",
     [(M + "*", "TEAL"), (T, "multi-modal understanding")], [("used_for", "TEAL", "multi-modal understanding")]),
    ("We propose VIOLET. Our model achieves new state-of-the-art performance on video question answering.",
     [(M + "*", "VIOLET"), (T, "video question answering")], [("used_for", "VIOLET", "video question answering")]),
    # ... but not a method the paper does not propose
    ("Flamingo achieves strong results in image captioning.", [(M, "Flamingo"), (T, "image captioning")], []),
])
def test_relations_session4_cues(nlp, text, entities, expected):
    assert triples(nlp, text, entities) == expected


def test_based_on_from_a_name_needs_a_named_base_not_a_technique_in_title_case(nlp):
    text = "We present ByteScale with Hybrid Data Parallelism. Data Parallelism is common. Robust CLIP beats CLIP."
    got = triples(nlp, text, [(M, "ByteScale"), (M + "*", "Hybrid Data Parallelism"), (M, "Data Parallelism"),
                              (M + "*", "Robust CLIP"), (M, "CLIP")])
    assert [t for t in got if t[0] == "based_on"] == [("based_on", "Robust CLIP", "CLIP")]


def test_a_dataset_glued_to_trained_describes_the_compared_model(nlp):
    text = ("On YFCC15M, FLAME surpasses the WIT-400M-trained CLIP by 44.4% in image-to-text recall@1, "
            "and by 34.6% in text-to-image recall@1 for long-context retrieval on Urban-1k.")
    got = triples(nlp, text, [(D, "YFCC15M"), (M + "*", "FLAME"), (D, "WIT-400M"), (M, "CLIP"),
                              (X, "image-to-text recall@1"), (X, "text-to-image recall@1"),
                              (T, "long-context retrieval"), (D, "Urban-1k")])
    assert ("outperforms", "FLAME", "CLIP") in got and ("evaluated_on", "FLAME", "Urban-1k") in got
    assert not any(t[1] == "CLIP" for t in got)


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a model assembled from existing ones is based on each
    ("The proposed model, ResNLS, is mainly composed of two neural architectures, ResNet and LSTM.",
     [(M + "*", "ResNLS"), (M, "ResNet"), (M, "LSTM")],
     [("based_on", "ResNLS", "LSTM"), ("based_on", "ResNLS", "ResNet")]),
    ("SharedLLM is composed of two short-context LLMs such as LLaMA-2, termed upper model and lower model.",
     [(M + "*", "SharedLLM"), (M, "LLaMA-2")], [("based_on", "SharedLLM", "LLaMA-2")]),
    # ... and from its own new named parts (GUIDELINES since session 14: the paper's own named components)
    ("VT-LVLM-AR comprises a Video-to-Event Mapper (VTEM) that transforms raw video.",
     [(M + "*", "VT-LVLM-AR"), (M, "Video-to-Event Mapper"), (M, "VTEM")],
     [("based_on", "VT-LVLM-AR", "Video-to-Event Mapper")]),
    ("CoSER consists of PromptNet and RankNet.", [(M + "*", "CoSER"), (M + "*", "PromptNet"), (M + "*", "RankNet")],
     [("based_on", "CoSER", "PromptNet"), ("based_on", "CoSER", "RankNet")]),
])
def test_based_on_from_a_model_composed_of_existing_ones(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "Y-based X approaches": X names a kind of unnamed things, not a model built on Y; "Y-based X models" are X
    ("We propose two SNN-based FSL approaches for clinical NLP.", [(M, "SNN"), (M, "FSL")], []),
    ("It improves on GPT-style Transformer LMs at equal cost.", [(M, "GPT"), (M, "Transformer")], []),
    ("We release LLaMA-based Vicuna models.", [(M, "LLaMA"), (M + "*", "Vicuna")], [("based_on", "Vicuna", "LLaMA")]),
    # "extends the context window of Y": Y is what the method is applied to; "extends Y" is a base
    ("We present LongRoPE, a method that extends the context window of LLaMA2 to 2048k tokens.",
     [(M + "*", "LongRoPE"), (M, "LLaMA2")], []),
    ("LongNet extends BERT with dilated attention.", [(M + "*", "LongNet"), (M, "BERT")],
     [("based_on", "LongNet", "BERT")]),
    # ... and so is "extends the architecture / encoder of Y": a part of Y, not a property of the model it serves
    ("XNet extends the architecture of ResNet with gating.", [(M + "*", "XNet"), (M, "ResNet")],
     [("based_on", "XNet", "ResNet")]),
    # a benchmark is no method, and a model's outputs are data, not a base
    ("We introduce AlignBench, a benchmark based on GPT-4 for evaluating alignment.",
     [(D + "*", "AlignBench"), (M, "GPT-4")], []),
    ("ChatX is built upon GPT-4 outputs.", [(M + "*", "ChatX"), (M, "GPT-4")], []),
    # ... nor a measure named after a model ("Inception score")
    ("We propose SGAN. Based on visual inspection, Inception scores and a user study, we show that SGAN works.",
     [(M + "*", "SGAN"), (M, "Inception"), (M + "*", "SGAN")], []),
    # two writings of one name are one method: a plural, a short form written after the other
    ("We present a method. Different from most uses of CNNs, our networks are based on Convolutional Neural Networks "
     "(CNN).", [(M + "*", "CNNs"), (M, "Convolutional Neural Networks"), (M, "CNN")], []),
    ("We propose LSTMs, a model based on LSTM cells.", [(M + "*", "LSTMs"), (M, "LSTM")], []),
    # the cue tells of what the paper compares with or evaluates, whatever the kind is called
    ("We propose ZorbNet. We compare against detectors based on Faster R-CNN.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN")], []),
    ("We propose ZorbNet. Unlike the ones based on Faster R-CNN, our detector is fast.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN")], []),
    ("We propose ZorbNet. ZorbNet outperforms the baselines based on Faster R-CNN.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN")], []),
    ("We propose ZorbNet. We train a detector based on Faster R-CNN as a baseline.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN")], []),
    ("ZorbNet: Fast Detection\n\nWe propose ZorbNet. We evaluate models based on Faster R-CNN and YOLO.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN"), (M, "YOLO")], []),
    # ... not what the paper's method is equipped with or built on
    ("We propose ZorbNet. We equip ZorbNet with adapters based on LoRA.",
     [(M + "*", "ZorbNet"), (M, "LoRA")], [("based_on", "ZorbNet", "LoRA")]),
    ("We propose ZorbNet. Our method is based on Faster R-CNN and outperforms previous detectors.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN")], [("based_on", "ZorbNet", "Faster R-CNN")]),
    # a word that only ends in s ("this", "its") names no compared kind: the cue is still the method's own make
    ("ZorbNet outperforms previous work since this extends Faster R-CNN.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN")], [("based_on", "ZorbNet", "Faster R-CNN")]),
    ("ZorbNet beats other work as its version of Faster R-CNN is deeper.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN")], [("based_on", "ZorbNet", "Faster R-CNN")]),
    ("GraphCNN extends Convolutional Neural Networks (CNN) to graphs.",
     [(M + "*", "GraphCNN"), (M, "Convolutional Neural Networks"), (M, "CNN")],
     [("based_on", "GraphCNN", "Convolutional Neural Networks")]),
    # inspiration is no base ("Building on the success of Y"), nor a method X outperforms ("X, a model that
    # outperforms Y-based agents" is no "X, a Y-based model")
    ("Building on the success of BERT, we propose XNet, a sentence encoder.", [(M, "BERT"), (M + "*", "XNet")], []),
    ("We propose WNet, a model that outperforms GPT-4-based agents.", [(M + "*", "WNet"), (M, "GPT-4")], []),
    ("We propose WNet, a GPT-4-based agent.", [(M + "*", "WNet"), (M, "GPT-4")], [("based_on", "WNet", "GPT-4")]),
    # the cue told of other work's models ("compared against models built on T5"), of the names before a relative
    # pronoun ("LLaMA-2 and Mistral, which are based on Y"), or a tool ("leverages GPT-4 to generate data")
    ("RankX is compared against models built on T5 such as monoT5.", [(M + "*", "RankX"), (M, "T5"), (M, "monoT5")],
     []),
    ("ProtoX is evaluated on LLaMA-2 and Mistral, which are based on the Transformer architecture.",
     [(M + "*", "ProtoX"), (M, "LLaMA-2"), (M, "Mistral"), (M, "Transformer")], []),
    ("DataGen leverages GPT-4 to generate instruction data for EvalGen.",
     [(M + "*", "DataGen"), (M, "GPT-4"), (M + "*", "EvalGen")], []),
    # ... but the subject right before the pronoun, and the paper's own voice, still take it
    ("We propose the FinX model, which is based on BERT.", [(M + "*", "FinX"), (M, "BERT")],
     [("based_on", "FinX", "BERT")]),
    # (with words but no other name between them: "X, a new model, which is based on Y")
    ("We propose FinX, a sentence encoder for retrieval, which is based on BERT.", [(M + "*", "FinX"), (M, "BERT")],
     [("based_on", "FinX", "BERT")]),
    ("We introduce FinX, a family of chat models, which are fine-tuned from Llama 2.",
     [(M + "*", "FinX"), (M, "Llama 2")], [("based_on", "FinX", "Llama 2")]),
])
def test_based_on_not_from_a_kind_an_application_or_data(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the paper's own method right before "leverages" is built on the method right after it
    ("We present Retrieval-Augmented Speculative Decoding (RAPID), which leverages RAG for long-context inference.",
     [(M + "*", "Retrieval-Augmented Speculative Decoding"), (M + "*", "RAPID"), (M, "RAG")],
     [("based_on", "RAPID", "RAG")]),
    ("BiMediX2 leverages the Llama3.1 architecture.", [(M + "*", "BiMediX2"), (M, "Llama3.1")],
     [("based_on", "BiMediX2", "Llama3.1")]),
    # not other work's method, not a method far after the verb
    ("MAIN-RAG leverages RAG agents.", [(M, "MAIN-RAG"), (M, "RAG")], []),
    ("TeLL leverages multiple agents that call GPT-4.", [(M + "*", "TeLL"), (M, "GPT-4")], []),
])
def test_based_on_from_the_papers_method_leveraging_another(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the paper's one named method takes the parts it says, in its own voice, it uses
    ("TransNormerLLM: A Linear Model\n\nWe propose TransNormerLLM. Specifically, we use LRPE together with a decay.",
     [(M + "*", "TransNormerLLM"), (M + "*", "TransNormerLLM"), (M, "LRPE")], [("based_on", "TransNormerLLM", "LRPE")]),
    ("D3GA\n\nWe present D3GA. This work uses the recently presented 3D Gaussian Splatting technique to render humans.",
     [(M + "*", "D3GA"), (M + "*", "D3GA"), (M, "3D Gaussian Splatting")],
     [("based_on", "D3GA", "3D Gaussian Splatting")]),
    ("LLMZip: Text Compression\n\nWe estimate entropy using the large language model LLaMA-7B as a predictor.",
     [(M + "*", "LLMZip"), (M, "LLaMA-7B")], [("based_on", "LLMZip", "LLaMA-7B")]),
    # ... and the learning algorithm it is trained with, not one it is compared with
    ("DialCoT: Reasoning\n\nWe present DialCoT. We optimize the path selection using the PPO algorithm.",
     [(M + "*", "DialCoT"), (M + "*", "DialCoT"), (M, "PPO")], [("based_on", "DialCoT", "PPO")]),
    ("SimQ: Alignment\n\nWe present SimQ. It is trained faster than with DPO.",
     [(M + "*", "SimQ"), (M + "*", "SimQ"), (M, "DPO")], []),
    ("SimQ: Alignment\n\nWe present SimQ. We compare SimQ with PPO and DPO on three benchmarks.",
     [(M + "*", "SimQ"), (M + "*", "SimQ"), (M + "*", "SimQ"), (M, "PPO"), (M, "DPO")], []),
    ("SimQ: Alignment\n\nWe present SimQ. Existing methods optimized via DPO overfit, while SimQ does not.",
     [(M + "*", "SimQ"), (M + "*", "SimQ"), (M, "DPO"), (M + "*", "SimQ")], []),
    # ... nor the background before the paper names its method; after it, the sentence need not name it
    ("Alignment\n\nRLHF is popular. Alignment with PPO is unstable. We present SimQ, a method.",
     [(M, "PPO"), (M + "*", "SimQ")], []),
    ("Alignment\n\nWe present SimQ, a method. The generated data is then used for direct preference optimization.",
     [(M + "*", "SimQ"), (M, "direct preference optimization")],
     [("based_on", "SimQ", "direct preference optimization")]),
    # ... nor other work's backbone in a sentence about the method, nor a part used "only for comparison"
    ("ZorbNet: Parsing\n\nWe present ZorbNet. Prior work uses BERT as the backbone, but we use RoBERTa as the encoder.",
     [(M + "*", "ZorbNet"), (M + "*", "ZorbNet"), (M, "BERT"), (M, "RoBERTa")], [("based_on", "ZorbNet", "RoBERTa")]),
    ("ZorbNet: Parsing\n\nWe present ZorbNet. Unlike previous methods that use BERT as the encoder, our model reads characters.",
     [(M + "*", "ZorbNet"), (M + "*", "ZorbNet"), (M, "BERT")], []),
    ("ZorbNet: Parsing\n\nWe present ZorbNet. We use BERT only for comparison.",
     [(M + "*", "ZorbNet"), (M + "*", "ZorbNet"), (M, "BERT")], []),
    # (an algorithm's acronym by its capitals: "Repo" is no "...PO")
    ("FooNet: Agents\n\nWe present FooNet. We train it with Repo.",
     [(M + "*", "FooNet"), (M + "*", "FooNet"), (M, "Repo")], []),
    # not a tool or a data source, not when the paper names several methods of its own, not without one
    ("CRAB\n\nWe present CRAB. We adopt Llama3-70B-Instruct to back-translate constraints.",
     [(M + "*", "CRAB"), (M + "*", "CRAB"), (M, "Llama3-70B-Instruct")], []),
    ("LSRO: Re-ID\n\nWe propose LSRO. We adopt the DCGAN for sample generation and a CNN for learning.",
     [(M + "*", "LSRO"), (M + "*", "LSRO"), (M, "DCGAN"), (M, "CNN")], []),
    # ... but the generator of an image-editing method is a part of it (images only as augmentation make data)
    ("FooEdit: Image Editing\n\nWe propose FooEdit. We use Stable Diffusion for image generation.",
     [(M + "*", "FooEdit"), (M + "*", "FooEdit"), (M, "Stable Diffusion")], [("based_on", "FooEdit", "Stable Diffusion")]),
    ("Two Models\n\nWe present FooNet and BarNet. We use LRPE in both.",
     [(M + "*", "FooNet"), (M + "*", "BarNet"), (M, "LRPE")], []),
    ("A Study\n\nWe study scaling. We use LRPE.", [(M, "LRPE")], []),
    # ... and the parameter-efficient method whose modules it is trained as (GUIDELINES based_on, adapter modules):
    # "finetuned by Low-Rank Adaptation (LoRA)" (the short form names it), "fine-tune a LoRA module", "via QLoRA";
    # not a method compared with LoRA, not the paradigm names, not the base model the modules are applied to
    ("We present LS-LLaMA, a classifier. The model is finetuned by Low-Rank Adaptation (LoRA) to fit labels.",
     [(M + "*", "LS-LLaMA"), (M, "Low-Rank Adaptation"), (M, "LoRA")],
     [("based_on", "LS-LLaMA", "LoRA")]),
    ("We present FooOwl, a model. In the second stage, data are used to jointly fine-tune a low-rank adaption (LoRA) "
     "module on the LLM.",
     [(M + "*", "FooOwl"), (M, "low-rank adaption"), (M, "LoRA")], [("based_on", "FooOwl", "LoRA")]),
    ("We present FooNet, a model. It fine-tunes LLaMA-2 via QLoRA on one GPU.",
     [(M + "*", "FooNet"), (M, "LLaMA-2"), (M, "QLoRA")], [("based_on", "FooNet", "QLoRA")]),
    ("We introduce FooSwap, a scheme that organizes knowledge into a set of low-rank adapters, composed at inference.",
     [(M + "*", "FooSwap"), (M, "low-rank adapters")], [("based_on", "FooSwap", "low-rank adapters")]),
    ("We present FooNet, a model. It is trained faster than with LoRA and DoRA.",
     [(M + "*", "FooNet"), (M, "LoRA"), (M, "DoRA")], []),
    # ... not what the method works beside, nor base models tuned with it; the own model described so still is
    ("We present FooNet, an optimizer. FooNet is compatible with LoRA and saves memory.",
     [(M + "*", "FooNet"), (M, "LoRA")], []),
    # (the model the method is evaluated on is its applied-to base model: GUIDELINES, session 16)
    ("We present FooNet, an optimizer. We evaluate FooNet on LLaMA models fine-tuned with LoRA.",
     [(M + "*", "FooNet"), (M + "*", "FooNet"), (M, "LLaMA"), (M, "LoRA")], [("based_on", "FooNet", "LLaMA")]),
    ("We present FooNet, a LLaMA model fine-tuned with LoRA for classification.",
     [(M + "*", "FooNet"), (M, "LLaMA"), (M, "LoRA")], [("based_on", "FooNet", "LLaMA"), ("based_on", "FooNet", "LoRA")]),
    ("We present FooNet, a model. Unlike existing models trained with LoRA, it updates all weights.",
     [(M + "*", "FooNet"), (M, "LoRA")], []),
    ("We present FooNet, a model. It is tuned with PEFT on one GPU.",
     [(M + "*", "FooNet"), (M, "PEFT")], []),
    # ... but the model a method is applied to is (GUIDELINES based_on, applied-to base model, session 16), not one it
    # only evaluates
    ("QFoo: Quantization\n\nWe present QFoo. We apply our quantization to LLaMA-2 and use it to evaluate Mistral.",
     [(M + "*", "QFoo"), (M + "*", "QFoo"), (M, "LLaMA-2"), (M, "Mistral")], [("based_on", "QFoo", "LLaMA-2")]),
])
def test_based_on_from_the_papers_method_using_a_part(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # GUIDELINES based_on, applied-to base model (session 16, TH): the paper's named method is based_on the named
    # model(s) its own experiments apply it to, train or start from ...
    ("URPO: Alignment\n\nWe propose URPO, a framework. Experiments on the Qwen2.5-7B model demonstrate URPO's superiority.",
     [(M + "*", "URPO"), (M + "*", "URPO"), (M, "Qwen2.5-7B"), (M + "*", "URPO's")], [("based_on", "URPO", "Qwen2.5-7B")]),
    ("QFoo: Quantization\n\nWe present QFoo. We run experiments on LLaMA-1 and LLaMA-2: it is accurate.",
     [(M + "*", "QFoo"), (M, "LLaMA-1"), (M, "LLaMA-2")],
     [("based_on", "QFoo", "LLaMA-1"), ("based_on", "QFoo", "LLaMA-2")]),
    ("FooTune: Small LMs\n\nWe call our recipe FooTune. Here we show that LMs trained utilizing the layers of "
     "GPT2-medium (355M) and GPT-2-large (770M) match their teachers.",
     [(M + "*", "FooTune"), (M, "GPT2-medium"), (M, "GPT-2-large")],
     [("based_on", "FooTune", "GPT-2-large"), ("based_on", "FooTune", "GPT2-medium")]),
    ("FooR: Reasoning\n\nWe present FooR. FooR outperforms existing fine-tuning methods using the Llama3.2 model.",
     [(M + "*", "FooR"), (M + "*", "FooR"), (M + "*", "FooR"), (M, "Llama3.2")], [("based_on", "FooR", "Llama3.2")]),
    # ... at most two (a list of settings gives none), not a baseline, not a tool, not a data method, not a study
    ("FooLore: Tuning\n\nWe present FooLore. Experiments across LLaMa2, LLaMa3, and Mistral show that FooLore wins.",
     [(M + "*", "FooLore"), (M + "*", "FooLore"), (M, "LLaMa2"), (M, "LLaMa3"), (M, "Mistral"), (M + "*", "FooLore")], []),
    ("FooNet: Pruning\n\nWe present FooNet. FooNet matches MobileBERT by simply pruning the baseline BERT-large model.",
     [(M + "*", "FooNet"), (M + "*", "FooNet"), (M + "*", "FooNet"), (M, "MobileBERT"), (M, "BERT-large")], []),
    ("FooSynth: Synthetic Data Generation\n\nWe present FooSynth. Continually pre-training Mistral-7B with FooSynth helps.",
     [(M + "*", "FooSynth"), (M + "*", "FooSynth"), (M, "Mistral-7B"), (M + "*", "FooSynth")], []),
    ("FooEval: Multilingual Evaluation of Finetuning\n\nIn our study, experiments on the LLaMA-7B model show gaps.",
     [(M + "*", "FooEval"), (M, "LLaMA-7B")], []),
    ("FooCLEX: Long Context\n\nWe present FooCLEX. FooCLEX can be incorporated into LLMs such as LLaMA and GPT-NeoX models.",
     [(M + "*", "FooCLEX"), (M + "*", "FooCLEX"), (M + "*", "FooCLEX"), (M, "LLaMA"), (M, "GPT-NeoX")], []),
    ("We study LLMs. Fine-tuning LLaMA-2 is costly. We present FooNet, a cheaper scheme.",
     [(M, "LLaMA-2"), (M + "*", "FooNet")], []),
    # ... a tool also when its role follows the model noun ("using the GPT-4 model as a judge")
    ("FooDec: Decoding\n\nWe present FooDec. We evaluate FooDec on GSM8K using the GPT-4 model as a judge.",
     [(M + "*", "FooDec"), (M + "*", "FooDec"), (M + "*", "FooDec"), (M, "GPT-4")], []),
    ("FooDec: Decoding\n\nWe present FooDec. We evaluate FooDec using the GPT-4 model as a grader.",
     [(M + "*", "FooDec"), (M + "*", "FooDec"), (M + "*", "FooDec"), (M, "GPT-4")], []),
    # ... nor a method that works around the model rather than on it (a prompting strategy, a retrieval pipeline, a
    # tokenizer: GUIDELINES' "not dynamic tokenization"), unless it is also a way of tuning it
    ("FooPrompt: Reasoning\n\nWe propose FooPrompt, a prompting strategy. Experiments on GPT-4 show that FooPrompt "
     "improves accuracy.",
     [(M + "*", "FooPrompt"), (M + "*", "FooPrompt"), (M, "GPT-4"), (M + "*", "FooPrompt")], []),
    # ... nor the model a training signal or data comes from
    ("FooAl: Alignment\n\nWe propose FooAl, an alignment method. FooAl uses training signals from GPT-4 to improve "
     "Llama-2 models.",
     [(M + "*", "FooAl"), (M + "*", "FooAl"), (M + "*", "FooAl"), (M, "GPT-4"), (M, "Llama-2")], []),
    ("FooTok: Tokenization\n\nWe propose FooTok, a tokenizer. We apply FooTok to XLM-R and Mistral-7B in our tests.",
     [(M + "*", "FooTok"), (M + "*", "FooTok"), (M + "*", "FooTok"), (M, "XLM-R"), (M, "Mistral-7B")], []),
    ("FooPT: Alignment\n\nWe propose FooPT, a prompt tuning method. Experiments on the Qwen2.5-7B model demonstrate "
     "FooPT's superiority.",
     [(M + "*", "FooPT"), (M + "*", "FooPT"), (M, "Qwen2.5-7B"), (M + "*", "FooPT's")], [("based_on", "FooPT", "Qwen2.5-7B")]),
    # (session 16, TH2) a short form in brackets is the same method, not a second proposal; a model noun with the
    # named model as its example; "improve the performance of", "results with", "pre-training" as cues
    ("Long Context\n\nWe propose Retrieval-Augmented Speculative Decoding (RAPID). In experiments on the LLaMA-3.1 "
     "and Qwen2.5 backbones, we see large speedups.",
     [(M + "*", "Retrieval-Augmented Speculative Decoding"), (M + "*", "RAPID"), (M, "LLaMA-3.1"), (M, "Qwen2.5")],
     [("based_on", "Retrieval-Augmented Speculative Decoding", "LLaMA-3.1"),
      ("based_on", "Retrieval-Augmented Speculative Decoding", "Qwen2.5")]),
    ("FooQuant: Quantization\n\nWe present FooQuant. We evaluate our approach on large-scale open source models such "
     "as OPT-175B and internal MoE models.", [(M + "*", "FooQuant"), (M + "*", "FooQuant"), (M, "OPT-175B")],
     [("based_on", "FooQuant", "OPT-175B")]),
    ("Adaptation\n\nTo improve the performance of LoRA, we propose the FooFlex method.",
     [(M, "LoRA"), (M + "*", "FooFlex")], [("based_on", "FooFlex", "LoRA")]),
    ("FooAtt: Attention\n\nWe present FooAtt. We report our best results with TinyLLaMA-1.1B here.",
     [(M + "*", "FooAtt"), (M, "TinyLLaMA-1.1B")],
     [("based_on", "FooAtt", "TinyLLaMA-1.1B")]),
    ("Growth\n\nWe propose FooGrow. In particular, we save 45% of the cost of pre-training BERT_BASE and "
     "GPT_BASE.", [(M + "*", "FooGrow"), (M, "BERT_BASE"), (M, "GPT_BASE")],
     [("based_on", "FooGrow", "BERT_BASE"), ("based_on", "FooGrow", "GPT_BASE")]),
    ("FooCap: Scoring\n\nWe present FooCap. On 45 tasks, we show that it boosts the performance of the advanced "
     "multi-task LLM, FLAN-T5, by a large margin.", [(M + "*", "FooCap"), (M, "FLAN-T5")],
     [("based_on", "FooCap", "FLAN-T5")]),
    # ... not a list of three after "such as", not models compared right before "pre-training" or after "whereas",
    # not a generic architecture
    ("FooGan: Math\n\nWe present FooGan. FooGan took 146 hours of training whereas math specialised LLM, LLEMMA 7B, "
     "took more.", [(M + "*", "FooGan"), (M + "*", "FooGan"), (M + "*", "FooGan"), (M, "LLEMMA 7B")], []),
    ("FooSoup: Averaging\n\nWe present FooSoup. When fine-tuning large pre-trained models such as CLIP, ALIGN, and a "
     "ViT-G, our FooSoup recipe helps.",
     [(M + "*", "FooSoup"), (M + "*", "FooSoup"), (M, "CLIP"), (M, "ALIGN"), (M + "*", "FooSoup")], []),
    ("FooGram: Pre-training\n\nWe present FooGram. FooGram outperforms previous pre-training models like XLNet and "
     "RoBERTa.", [(M + "*", "FooGram"), (M + "*", "FooGram"), (M + "*", "FooGram"), (M, "XLNet"), (M, "RoBERTa")], []),
    ("FooProp: Ranking\n\nWe present FooProp. We then pre-train the Transformer model with FooProp.",
     [(M + "*", "FooProp"), (M + "*", "FooProp"), (M, "Transformer"), (M + "*", "FooProp")], []),
])
def test_based_on_the_applied_to_base_model(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == expected


def test_own_benchmark_not_the_data_trained_on():
    """A dataset the paper creates and post-trains on is no benchmark it evaluates on (GUIDELINES evaluated_on: CRAB),
    even where a sentence naming it speaks of benchmarks (session 17, RU)."""
    from extractors.relations import _own_benchmarks

    t = ("ZorbBT: Instruction Following\n\nWe propose ZorbBT. We create a dataset, named ZorbData. We present that "
         "post-training on ZorbData improves results on benchmarks.")
    es = [Ent(0, 6, M, "ZorbBT", True), Ent(42, 48, M, "ZorbBT", True), Ent(77, 85, D, "ZorbData", True),
          Ent(120, 128, D, "ZorbData", True)]
    assert _own_benchmarks(t, es, es[0]) == []
    t = t.replace("post-training on", "evaluation is on")
    assert [(r["subject"], r["object"]) for r in _own_benchmarks(t, es, es[0])] == [("ZorbBT", "ZorbData")]


def test_issue3_no_applied_to_base_from_a_source():
    """'training signals from GPT-4': the model a signal or data comes from is no base the method is applied to."""
    from extractors.relations import _APPLIED_TO_BEFORE

    for text in ("FooNet uses training signals from ", "We collect training prompts from "):
        assert _APPLIED_TO_BEFORE.search(text) is None
    assert _APPLIED_TO_BEFORE.search("Experiments on the ") is not None


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # GUIDELINES 'The paper's own named components': a proposal is based_on each named part it is made of
    ("Segmentation\n\nFlexNet consists of a Temporal Fusion Module (TFM) and a Cross-Scale Decoder. It is fast.",
     [(M + "*", "FlexNet"), (M + "*", "Temporal Fusion Module"), (M + "*", "TFM"), (M + "*", "Cross-Scale Decoder")],
     [("based_on", "FlexNet", "Cross-Scale Decoder"), ("based_on", "FlexNet", "TFM"),
      ("based_on", "FlexNet", "Temporal Fusion Module")]),
    ("Retrieval\n\nWe propose AlphaRAG, which has two components: Untargeted Propagation and Targeted Propagation.",
     [(M + "*", "AlphaRAG"), (M + "*", "Untargeted Propagation"), (M + "*", "Targeted Propagation")],
     [("based_on", "AlphaRAG", "Targeted Propagation"), ("based_on", "AlphaRAG", "Untargeted Propagation")]),
    # an apposition naming the kind, an enumeration going on after a semicolon, a part in brackets after its kind
    ("Recommendation\n\nWe propose PatchRec, a training method consisting of two stages: (1) Patch Pre-training, "
     "which aligns LLMs; and (2) Patch Fine-tuning, which adapts them.",
     [(M + "*", "PatchRec"), (M + "*", "Patch Pre-training"), (M + "*", "Patch Fine-tuning")],
     [("based_on", "PatchRec", "Patch Fine-tuning"), ("based_on", "PatchRec", "Patch Pre-training")]),
    ("QA\n\nWe propose a pipeline called FuRePA, including an improved framework (Furthest Reasoning) and an attached "
     "module (Plan Assessor).", [(M + "*", "FuRePA"), (M + "*", "Furthest Reasoning"), (M + "*", "Plan Assessor")],
     [("based_on", "FuRePA", "Furthest Reasoning"), ("based_on", "FuRePA", "Plan Assessor")]),
    # "A and B, which together comprise our X"; "X combines A with B (short form)" where B is not flagged proposed
    ("Flows\n\nWe propose Annealing Reflow and Flow-Guided Distillation, which together comprise our SlimFlow "
     "framework.", [(M, "Annealing Reflow"), (M, "Flow-Guided Distillation"), (M + "*", "SlimFlow")],
     [("based_on", "SlimFlow", "Annealing Reflow"), ("based_on", "SlimFlow", "Flow-Guided Distillation")]),
    ("Memory\n\nWe propose PolyX, which combines a Local Attention Block with a Global Memory Unit (GMU).",
     [(M + "*", "PolyX"), (M + "*", "Local Attention Block"), (M, "Global Memory Unit"), (M, "GMU")],
     [("based_on", "PolyX", "Global Memory Unit"), ("based_on", "PolyX", "Local Attention Block")]),
    # the paper's own voice presenting its method's parts
    ("CMT: Memory Training\n\nWe propose CMT. We further propose three new techniques, including memory-aware objective "
     "and top-aggregation.", [(M + "*", "CMT"), (M + "*", "memory-aware objective"), (M + "*", "top-aggregation")],
     [("based_on", "CMT", "memory-aware objective"), ("based_on", "CMT", "top-aggregation")]),
    # not the proposal's own size variants, not two names of one thing
    ("Compression\n\nZipLM includes ZipLM-7B and ZipLM-70B models.",
     [(M + "*", "ZipLM"), (M + "*", "ZipLM-7B"), (M + "*", "ZipLM-70B")], []),
    ("Small Models\n\nWe propose TinyX, which has two components: TinyX Encoder (TXE) and a Decoder.",
     [(M + "*", "TinyX"), (M + "*", "TinyX Encoder"), (M, "TXE")], []),
    # not other work's parts, a compared baseline, a part of the paper's data, nor a strategy the paper uses
    ("Heads\n\nWe introduce HydraNet. Unlike prior work such as MedusaNet, which comprises a Draft Head Module (DHM), "
     "our model uses one head.", [(M + "*", "HydraNet"), (M, "MedusaNet"), (M, "Draft Head Module"), (M, "DHM")], []),
    ("Ranking\n\nRankX outperforms strong baselines, including Reflexion Ranker (RR).",
     [(M + "*", "RankX"), (M, "Reflexion Ranker"), (M, "RR")], []),
    ("RankX: Ranking\n\nWe propose RankX. Our benchmark contains a Query Generator (QG).",
     [(M + "*", "RankX"), (M, "Query Generator"), (M, "QG")], []),
    ("CoachLM: Coaching\n\nWe propose CoachLM. We use two strategies: Self-Consistency (SC) and a verifier.",
     [(M + "*", "CoachLM"), (M, "Self-Consistency"), (M, "SC")], []),
])
def test_based_on_from_a_proposal_to_its_named_parts(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == sorted(expected)


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "X: <modifiers> Y for ...": X is a variant of Y
    ("EasySpec: Layer-Parallel Speculative Decoding for Efficient Multi-GPU Utilization\n\nWe study it.",
     [(M + "*", "EasySpec"), (M, "Speculative Decoding")], [("based_on", "EasySpec", "Speculative Decoding")]),
    ("LLaMAntino: LLaMA 2 Models for Effective Text Generation\n\nWe adapt it.",
     [(M + "*", "LLaMAntino"), (M, "LLaMA 2")], [("based_on", "LLaMAntino", "LLaMA 2")]),
    # ... not a generic architecture, a preposition or survey before Y, Y used as a modifier or subject,
    # nor a Title Case subtitle saying what X is
    ("VIOLET : End-to-End Video-Language Transformers with Masked Modeling\n\nWe study it.",
     [(M + "*", "VIOLET"), (M, "Transformers")], []),
    ("Informer: Beyond Efficient Transformer for Forecasting\n\nWe study it.",
     [(M + "*", "Informer"), (M, "Transformer")], []),
    ("Mamba-360: Survey of State Space Models as Transformer Alternative\n\nWe review.",
     [(M, "Mamba-360"), (M, "State Space Models")], []),
    ("LlamaDuo: LLMOps Pipeline for Seamless Migration\n\nWe migrate.", [(M + "*", "LlamaDuo"), (M, "LLMOps")], []),
    ("SqueezeNet: AlexNet-level accuracy with fewer parameters\n\nWe shrink.",
     [(M + "*", "SqueezeNet"), (M, "AlexNet")], []),
    ("LongHeads: Multi-Head Attention is Secretly a Long Context Processor\n\nWe read.",
     [(M + "*", "LongHeads"), (M, "Multi-Head Attention")], []),
    ("SpecTr: Fast Speculative Decoding via Optimal Transport\n\nWe sample.",
     [(M + "*", "SpecTr"), (M, "Fast Speculative Decoding")], []),
])
def test_based_on_from_a_title_variant(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the named examples of a general phrase after "compared with"
    ("We propose bert2BERT. Our method saves training cost compared with baselines including learning from scratch, StackBERT and MSLT.",
     [(M + "*", "bert2BERT"), (M, "StackBERT"), (M, "MSLT")],
     [("outperforms", "bert2BERT", "MSLT"), ("outperforms", "bert2BERT", "StackBERT")]),
    # a saving or a smaller cost is an improvement
    ("SVDiff needs 2,200 times fewer parameters compared with vanilla DreamBooth.",
     [(M + "*", "SVDiff"), (M, "DreamBooth")], [("outperforms", "SVDiff", "DreamBooth")]),
    ("LightSeq requires up to 4.7x less communication than Megatron-LM on popular LLMs.",
     [(M + "*", "LightSeq"), (M, "Megatron-LM")], [("outperforms", "LightSeq", "Megatron-LM")]),
    # ... but not "less accurate than", nor a reduction measured over models
    ("LightSeq is less accurate than Megatron-LM.", [(M + "*", "LightSeq"), (M, "Megatron-LM")], []),
    ("Through experiments over OPT, we show that our Eigen Attention gives a 40% reduction in KV cache size.",
     [(M, "OPT"), (M + "*", "Eigen Attention")], []),
])
def test_outperforms_savings_and_compared_examples(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "outperforms"] == expected


def test_tasks_describing_the_evaluation_datasets_are_not_used_for(nlp):
    text = ("We propose vote-k . Extensive experiments on 10 datasets (covering classification, commonsense reasoning, "
            "and code generation) demonstrate that our method improves the performance.")
    got = triples(nlp, text, [(M + "*", "vote-k"), (T, "classification"), (T, "commonsense reasoning"),
                              (T, "code generation")])
    assert [t for t in got if t[0] == "used_for"] == []


def test_evaluated_on_a_list_of_versioned_models(nlp):
    text = "We evaluate CodeLlama-13b, GPT-3.5, and GPT-4 on the TestBench."
    got = triples(nlp, text, [(M, "CodeLlama-13b"), (M, "GPT-3.5"), (M, "GPT-4"), (D, "TestBench")])
    assert got == [("evaluated_on", "CodeLlama-13b", "TestBench"), ("evaluated_on", "GPT-3.5", "TestBench"),
                   ("evaluated_on", "GPT-4", "TestBench")]


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the models right before "on D" are what is evaluated there
    ("We analyze chain-of-thought length across o1-mini and o3-mini variants on the Omni-MATH benchmark, "
     "finding that o3-mini achieves superior accuracy.",
     [(M, "chain-of-thought"), (M, "o1-mini"), (M, "o3-mini"), (D, "Omni-MATH")],
     [("evaluated_on", "o1-mini", "Omni-MATH"), ("evaluated_on", "o3-mini", "Omni-MATH")]),
    # ... not a compared model (even with a metric between the cue and the name)
    ("A Llemma-7B model can achieve competitive accuracy to a Llemma-34B model on MATH500.",
     [(M, "Llemma-7B"), (X, "accuracy"), (M, "Llemma-34B"), (D, "MATH500")],
     [("evaluated_on", "Llemma-7B", "MATH500")]),
    # an evaluation word inside a training phrase is no evaluation
    ("For PLMs, e.g. mBART, the pretraining task is trained on many languages, e.g. 25 languages from CommonCrawl.",
     [(M, "mBART"), (D, "CommonCrawl")], []),
])
def test_evaluated_on_the_models_right_before_on_d(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "evaluated_on"] == expected


def test_a_measure_between_a_comparison_cue_and_the_name_keeps_it_compared(nlp):
    text = "Our smaller models match the test accuracy of an EfficientNet-B7 on ImageNet."
    ents = [(X, "test accuracy"), (M, "EfficientNet-B7"), (D, "ImageNet")]
    doc = make_doc(nlp, text, ents)
    from extractors._spans import comparison_objects, coordination_chains, entities_from_doc
    es = entities_from_doc(doc)
    assert "EfficientNet-B7" in {e.text for e in comparison_objects(text, es, coordination_chains(text, es), 0)}
    assert [t for t in triples(nlp, text, ents) if t[1] == "EfficientNet-B7"] == []


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "specializes in", "specialized in", "focusing on": what the model is for
    ("We release H2OVL-Mississippi. H2OVL-Mississippi-0.8B is a tiny model with 0.8 billion parameters that "
     "specializes in text recognition.",
     [(M + "*", "H2OVL-Mississippi"), (M, "H2OVL-Mississippi-0.8B"), (T, "text recognition")],
     [("used_for", "H2OVL-Mississippi-0.8B", "text recognition")]),
    ("We create NuNER, a compact language representation model specialized in the Named Entity Recognition task.",
     [(M + "*", "NuNER"), (T, "Named Entity Recognition")], [("used_for", "NuNER", "Named Entity Recognition")]),
    # ... not when negated, nor a baseline's in a paper naming its own method
    ("We propose TeLL. Unlike ours, GPT-4 does not specialize in text recognition.",
     [(M + "*", "TeLL"), (M, "GPT-4"), (T, "text recognition")], []),
    ("We propose TeLL. Prior work built BERT, a model that specializes in text recognition.",
     [(M + "*", "TeLL"), (M, "BERT"), (T, "text recognition")], []),
])
def test_used_for_from_specializes_in(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "used_for"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a sentence opening on "On D," / "Across D," states where the method that follows is evaluated
    ("On MBPP, a code generation dataset, LeTI substantially improves the base LMs.",
     [(M + "*", "LeTI"), (D, "MBPP")], [("evaluated_on", "LeTI", "MBPP")]),
    ("Across GLUE and SuperGLUE, BERT-X achieves the best accuracy.",
     [(D, "GLUE"), (D, "SuperGLUE"), (M, "BERT-X")],
     [("evaluated_on", "BERT-X", "GLUE"), ("evaluated_on", "BERT-X", "SuperGLUE")]),
    # a parenthesised short form between the name and "for T" is the same name
    ("This work proposes the first Binary Pretrained Foundation Transformer (BiPFT) for natural language "
     "understanding tasks.",
     [(M + "*", "Binary Pretrained Foundation Transformer"), (M + "*", "BiPFT"), (T, "natural language understanding")],
     [("used_for", "BiPFT", "natural language understanding"),
      ("used_for", "Binary Pretrained Foundation Transformer", "natural language understanding")]),
    # a proposed name holding a Title Case method the paper abbreviates is based on it (Title Case words alone are
    # a technique: see test_based_on_from_a_name_needs_a_named_base_not_a_technique_in_title_case)
    ("Methods like Low-Rank Adaptation (LoRA) overfit. We propose the flexible low rank adaptation (Flexora) method.",
     [(M, "Low-Rank Adaptation"), (M, "LoRA"), (M + "*", "flexible low rank adaptation"), (M + "*", "Flexora")],
     [("based_on", "flexible low rank adaptation", "Low-Rank Adaptation")]),
    # "powered by", "-powered", "distilled" premodifiers: what the model runs on or was distilled from
    ("Chameleon, powered by GPT-4, achieves an 86.54% overall accuracy.", [(M + "*", "Chameleon"), (M, "GPT-4")],
     [("based_on", "Chameleon", "GPT-4")]),
    ("On TabMWP, the GPT-4-powered Chameleon improves the accuracy.", [(M + "*", "Chameleon"), (M, "GPT-4")],
     [("based_on", "Chameleon", "GPT-4")]),
    ("A GPT-3.5 distilled PubMedBERT model attained comparable accuracy.", [(M, "GPT-3.5"), (M, "PubMedBERT")],
     [("based_on", "PubMedBERT", "GPT-3.5")]),
    # "a Y model called / namely X", "X, a new set of Y models": X is a model of Y's kind
    ("We introduce a novel contrastive decoding framework termed LOL.",
     [(M, "contrastive decoding"), (M + "*", "LOL")], [("based_on", "LOL", "contrastive decoding")]),
    ("We fine-tuned a Turkish BERT model, namely BERTurk that is trained with base settings.",
     [(M, "BERT"), (M, "BERTurk")], [("based_on", "BERTurk", "BERT")]),
    ("Finally, we release JuriBERT, a new set of BERT models adapted to the French legal domain.",
     [(M + "*", "JuriBERT"), (M, "BERT")], [("based_on", "JuriBERT", "BERT")]),
    # "based on Y" in the sentence presenting the paper's method describes that method
    ("We propose MixLoRA, an innovative approach aimed at constructing a resource-efficient sparse MoE model "
     "based on LoRA.", [(M + "*", "MixLoRA"), (M, "MoE"), (M, "LoRA")], [("based_on", "MixLoRA", "LoRA")]),
    ("In this paper, we propose LightSpeech, which leverages neural architecture search to automatically design "
     "more lightweight and efficient models based on FastSpeech.",
     [(M + "*", "LightSpeech"), (M, "FastSpeech")], [("based_on", "LightSpeech", "FastSpeech")]),
    ("We present a neural network based on LKA, namely Visual Attention Network.",
     [(M, "LKA"), (M + "*", "Visual Attention Network")], [("based_on", "Visual Attention Network", "LKA")]),
    # ... not a name that acts in the sentence ("X uses BERT, which is based on ...")
    ("We propose TeLL, which feeds BERT based on the Transformer.",
     [(M + "*", "TeLL"), (M, "BERT"), (M, "Transformer")], [("based_on", "BERT", "Transformer")]),
    # "AlexNet-level accuracy" measures the subject against AlexNet: AlexNet is not evaluated there
    ("SqueezeNet achieves AlexNet-level accuracy on ImageNet with 50x fewer parameters.",
     [(M + "*", "SqueezeNet"), (M, "AlexNet"), (D, "ImageNet")], [("evaluated_on", "SqueezeNet", "ImageNet")]),
    # "on N tasks from D": the tasks are drawn from the dataset the method is evaluated on
    ("Besides, on 45 complex tasks from BIG-Bench, Cappy boosts the performance of FLAN-T5.",
     [(D, "BIG-Bench"), (M + "*", "Cappy"), (M, "FLAN-T5")],
     # (session 16, TH2: the model the method boosts is its applied-to base model, GUIDELINES based_on)
     [("based_on", "Cappy", "FLAN-T5"), ("evaluated_on", "Cappy", "BIG-Bench")]),
    ("We propose LeTI. Trained on MBPP, it achieves better performance than the base LMs on unseen problems in "
     "HumanEval.",
     [(M + "*", "LeTI"), (D, "MBPP"), (M, "LMs"), (D, "HumanEval")],
     [("evaluated_on", "LeTI", "HumanEval"), ("outperforms", "LeTI", "LMs")]),
    # "the effectiveness of X compared with Y" states that X does better
    ("The results validate the effectiveness of the proposed Learngene Pool compared with SN-Net.",
     [(M + "*", "Learngene Pool"), (M, "SN-Net")], [("outperforms", "Learngene Pool", "SN-Net")]),
    ("We compare Learngene Pool with SN-Net.", [(M + "*", "Learngene Pool"), (M, "SN-Net")], []),
    # "the effectiveness of X, surpassing ... on D": X still acts
    ("Extensive experiments validate the effectiveness of BiPFTs, surpassing task-specific baseline by 15.4% average "
     "performance on the GLUE benchmark.", [(M, "BiPFTs"), (D, "GLUE")], [("evaluated_on", "BiPFTs", "GLUE")]),
    # ... not a sentence opening on training data
    ("Trained on MBPP, LeTI achieves strong results.", [(D, "MBPP"), (M + "*", "LeTI")], []),
])
def test_relations_session5_cues(nlp, text, entities, expected):
    assert triples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a title name left unmarked where the abstract marks the same words: the title's relations still hold
    ("Swin3D: A Pretrained Transformer Backbone for 3D Indoor Scene Understanding\n\nWe study "
     "3D indoor scene understanding.",
     [(M + "*", "Swin3D"), (T, "3D indoor scene understanding")],
     [("used_for", "Swin3D", "3D Indoor Scene Understanding")]),
    ("Selective Token Generation for Few-shot Text Summarization\n\nWe show that the proposed selective token "
     "generation works well on few-shot text summarization.",
     [(M + "*", "selective token generation"), (T, "few-shot text summarization")],
     [("used_for", "Selective Token Generation", "Few-shot Text Summarization")]),
    # ... not a word inside a hyphenated compound, nor a one-word name without a second capital or a digit
    ("FLAME: Language-Image Pre-training for Retrieval Systems\n\nFLAME (Frozen Large lAnguage Models) uses "
     "Language-Image pre-training.",
     [(M + "*", "FLAME"), (M, "lAnguage"), (M, "Language-Image"), (T, "Retrieval")],
     [("used_for", "FLAME", "Retrieval")]),
])
def test_title_echoes_of_abstract_names(nlp, text, entities, expected):
    assert triples(nlp, text, entities) == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the sentence presenting the paper's method says what it is for, wherever the name stands
    ("We introduce Falconer, a collaborative framework that combines the agentic reasoning of LLMs with lightweight "
     "proxy models for scalable knowledge mining.",
     [(M + "*", "Falconer"), (T, "knowledge mining")], [("used_for", "Falconer", "knowledge mining")]),
    ("We hence propose a key-element-informed instruction tuning for summarization, so-called KEITSum.",
     [(T, "summarization"), (M + "*", "KEITSum")], [("used_for", "KEITSum", "summarization")]),
    ("We introduce FIRST, a novel listwise LLM reranking approach leveraging the output logits.",
     [(M + "*", "FIRST"), (T, "reranking")], [("used_for", "FIRST", "reranking")]),
    # a list of counted tasks ("on 5 T1 tasks and 4 T2 tasks")
    ("As a result, VIOLET achieves new state-of-the-art performance on 5 video question answering tasks and 4 "
     "text-to-video retrieval tasks.",
     [(M + "*", "VIOLET"), (T, "video question answering"), (T, "text-to-video retrieval")],
     [("used_for", "VIOLET", "text-to-video retrieval"), ("used_for", "VIOLET", "video question answering")]),
    # a task name marked once is the same task where the sentence presenting the method repeats it unmarked
    ("At the core of Deep Research is knowledge mining. We introduce Falconer, a collaborative framework that "
     "combines LLMs with proxy models for scalable knowledge mining.",
     [(T, "knowledge mining"), (M + "*", "Falconer")], [("used_for", "Falconer", "knowledge mining")]),
    # "by applying it / our method for T"
    ("We introduce proxy-tuning. We then demonstrate the generality of proxy-tuning by applying it for domain "
     "adaptation on code.", [(M + "*", "proxy-tuning"), (T, "domain adaptation")],
     [("used_for", "proxy-tuning", "domain adaptation")]),
    # ... not a task another named method serves, nor one in a sentence that presents nothing
    ("We propose TeLL, which uses BERT for sentiment analysis.",
     [(M + "*", "TeLL"), (M, "BERT"), (T, "sentiment analysis")], []),
    ("TeLL is a framework that combines modules for scalable knowledge mining.",
     [(M + "*", "TeLL"), (T, "knowledge mining")], []),
])
def test_used_for_from_the_sentence_presenting_the_method(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "used_for"] == expected


def test_task_echoes_do_not_depend_on_the_hash_seed():
    # two marked task names of the same length overlapping in an unmarked echo: the longer-then-alphabetical
    # order decides, never the set's iteration order (which changes with PYTHONHASHSEED per process)
    script = (
        "from extractors.relations import _task_echoes, Ent\n"
        "t = 'Code translation matters. A translation task. We propose X for the code translation task.'\n"
        "ents = [Ent(0, 16, 'TASK', 'Code translation'), Ent(28, 44, 'TASK', 'translation task')]\n"
        "print([e.text for e in _task_echoes(t, t.lower(), ents)])\n"
    )
    outputs = set()
    for seed in ("1", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                              cwd=Path(__file__).resolve().parents[2], check=True)
        outputs.add(done.stdout)
    assert outputs == {"['code translation']\n"}


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # tasks listed as examples after "tasks, including / in particular / (": the own method's
    ("In this work, we propose RS-CapRet, a Vision and Language method for remote sensing tasks, in particular "
     "image captioning and text-image retrieval.",
     [(M + "*", "RS-CapRet"), (T, "image captioning"), (T, "text-image retrieval")],
     [("used_for", "RS-CapRet", "image captioning"), ("used_for", "RS-CapRet", "text-image retrieval")]),
    # ... past compared names and the short forms in parentheses after them
    ("VAN surpasses vision transformers (ViTs) and convolutional networks (CNNs) in various tasks, including image "
     "classification and object detection.",
     [(M + "*", "VAN"), (M, "vision transformers"), (M, "ViTs"), (M, "convolutional networks"), (M, "CNNs"),
      (T, "image classification"), (T, "object detection")],
     [("used_for", "VAN", "image classification"), ("used_for", "VAN", "object detection")]),
    # ... not training objectives, nor tasks of a method the paper does not propose
    ("We propose InterBERT, pre-trained with three pre-training tasks, including masked segment modeling and "
     "image-text matching.",
     [(M + "*", "InterBERT"), (T, "masked segment modeling"), (T, "image-text matching")], []),
    ("We propose TeLL. BERT was tested on several tasks, including question answering and summarization.",
     [(M + "*", "TeLL"), (M, "BERT"), (T, "question answering"), (T, "summarization")], []),
    # ... nor where the method falls short
    ("We propose TeLL, which still struggles on tasks such as program repair.",
     [(M + "*", "TeLL"), (T, "program repair")], []),
])
def test_used_for_the_tasks_listed_as_examples(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "used_for"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the paper's method outperforms others on a task: what it is used for (_outperforms_on_task)
    ("ReCAT outperforms BERT and LSTMs on natural language inference and paraphrase identification.",
     [(M + "*", "ReCAT"), (M, "BERT"), (M, "LSTMs"), (T, "natural language inference"),
      (T, "paraphrase identification")],
     [("used_for", "ReCAT", "natural language inference"), ("used_for", "ReCAT", "paraphrase identification")]),
    # not a compared method's win, nor a task naming one benchmark
    ("BERT outperforms LSTMs on natural language inference, as ReCAT shows.",
     [(M, "BERT"), (M, "LSTMs"), (T, "natural language inference"), (M + "*", "ReCAT")], []),
    ("ReCAT outperforms BERT on the natural language inference benchmark.",
     [(M + "*", "ReCAT"), (M, "BERT"), (T, "natural language inference")], []),
])
def test_used_for_the_task_the_method_outperforms_others_on(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "used_for"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "evaluate its performance across T": the phrase with the evaluation verb, not "performance across T"
    ("We pre-train our model QAmden and evaluate its performance across several tasks, including multi-document QA "
     "and summarization, and it outperforms GPT-4.",
     [(M + "*", "QAmden"), (T, "multi-document QA"), (T, "summarization"), (M, "GPT-4")],
     [("used_for", "QAmden", "multi-document QA"), ("used_for", "QAmden", "summarization")]),
    # "Experimental / empirical results on T" evaluate on T
    ("Experimental results on mathematical reasoning and machine translation tasks show that UniR "
     "outperforms fine-tuning using the Llama3.2 model.",
     [(M + "*", "UniR"), (T, "mathematical reasoning"), (T, "machine translation"), (M, "Llama3.2")],
     [("used_for", "UniR", "machine translation"), ("used_for", "UniR", "mathematical reasoning")]),
])
def test_used_for_from_evaluation_phrases_on_tasks(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "used_for"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a sentence opening on its task: the method that acts in it
    ("For medical conversation summarization and care plan generation, DERA shows significant improvement.",
     [(M + "*", "DERA"), (T, "medical conversation summarization"), (T, "care plan generation")],
     [("used_for", "DERA", "care plan generation"), ("used_for", "DERA", "medical conversation summarization")]),
    ("When applied to semantic segmentation, DPT sets a new state of the art.",
     [(M + "*", "DPT"), (T, "semantic segmentation")], [("used_for", "DPT", "semantic segmentation")]),
    ("In dialogue state tracking tasks, the proposed routing framework enhances performance. We call it Orca.",
     [(T, "dialogue state tracking"), (M + "*", "Orca")], [("used_for", "Orca", "dialogue state tracking")]),
    # not when no method acts there
    ("In dialogue state tracking, LLMs are costly. We propose Orca.",
     [(T, "dialogue state tracking"), (M, "LLMs"), (M + "*", "Orca")], []),
])
def test_used_for_from_a_sentence_opening_on_its_task(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "used_for"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the models "we" evaluate, however long the phrase naming them, on the data after them
    ("We evaluate fifteen popular LLMs (from ChatGPT, DeepSeek, and Gemini series) on DMind Benchmark, uncovering "
     "gaps.",
     [(M, "ChatGPT"), (M, "DeepSeek"), (M, "Gemini"), (D + "*", "DMind Benchmark")],
     [("evaluated_on", "ChatGPT", "DMind Benchmark"), ("evaluated_on", "DeepSeek", "DMind Benchmark"),
      ("evaluated_on", "Gemini", "DMind Benchmark")]),
    ("Benchmarking a smaller version of BS-RoFormer on MUSDB18HQ, we achieve state-of-the-art results.",
     [(M + "*", "BS-RoFormer"), (D, "MUSDB18HQ")], [("evaluated_on", "BS-RoFormer", "MUSDB18HQ")]),
    # not an instrument, a training source or a compared model between them
    ("We evaluate several popular open models (mostly variants) using GPT-4 as a judge on ArenaBench.",
     [(M, "GPT-4"), (D, "ArenaBench")], []),
    ("We test the small and large variants of BERT fine-tuned on SQuAD on the NewsQA dataset.",
     [(M, "BERT"), (D, "SQuAD"), (D, "NewsQA")], []),
])
def test_evaluated_on_from_the_models_we_evaluate(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "evaluated_on"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a name glued to a modifier suffix describes what is compared: the head after it, or nothing
    ("Experiments show that BTM improves perplexities as compared to GPT-style Transformer LMs.",
     [(M + "*", "BTM"), (M, "GPT"), (M, "Transformer")], [("outperforms", "BTM", "Transformer")]),
    ("Across these experiments SnakModel achieves the highest overall performance, outperforming multiple "
     "contemporary Llama2-7B-based models.", [(M + "*", "SnakModel"), (M, "Llama2-7B")], []),
    # "we find that <an unnamed noun phrase> surpasses Y": "we" only reports, the subject is that phrase ...
    ("We introduce WebLINX. We find that smaller finetuned decoders surpass the best zero-shot LLMs (including GPT-4V).",
     [(M + "*", "WebLINX"), (M, "GPT-4V")], []),
    # ... while "we show that it / our model ..." is the paper's method, and "we outperform Y" too
    ("We introduce WebLINX. We show that it surpasses GPT-4V on Mind2Web.", [(M + "*", "WebLINX"), (M, "GPT-4V")],
     [("outperforms", "WebLINX", "GPT-4V")]),
    ("We introduce WebLINX. We show that our model surpasses GPT-4V on Mind2Web.", [(M + "*", "WebLINX"), (M, "GPT-4V")],
     [("outperforms", "WebLINX", "GPT-4V")]),
    ("We introduce VeLoRA. Furthermore, we outperform QLoRA on C4.", [(M + "*", "VeLoRA"), (M, "QLoRA")],
     [("outperforms", "VeLoRA", "QLoRA")]),
    # "compared to Y": the gain is stated next to the comparison, not anywhere in the sentence
    ("When compared to ChatGPT3.5 and Malaysian Mistral, MaLLaM's instruction-tuned models demonstrate notable "
     "proficiency, underscoring the effectiveness of our approach in capturing the nuances of the Malaysian language.",
     [(M, "ChatGPT3.5"), (M, "Malaysian Mistral"), (M + "*", "MaLLaM")], []),
    ("Smaller NViT variants achieve more than 1% accuracy gain at the same throughput of the DeiT variants, as well "
     "as a lossless 3.3x parameter reduction over the SWIN-Small model.",
     [(M + "*", "NViT"), (M, "DeiT"), (M, "SWIN-Small")], [("outperforms", "NViT", "SWIN-Small")]),
    # the paper's method as "our <three words> framework" or "our scheme"
    ("We propose LLMZip. Preliminary results suggest that our scheme outperforms state-of-the-art text compression "
     "schemes such as BSC, ZPAQ, and paq8h.", [(M + "*", "LLMZip"), (M, "BSC"), (M, "ZPAQ"), (M, "paq8h")],
     [("outperforms", "LLMZip", "BSC"), ("outperforms", "LLMZip", "ZPAQ"), ("outperforms", "LLMZip", "paq8h")]),
    ("We propose RDTF. The experiment demonstrates that our resource-efficient dual-mask training framework is "
     "superior to efficient-parameter tuning methods such as I2V-Adapter and SimDA.",
     [(M + "*", "RDTF"), (M, "I2V-Adapter"), (M, "SimDA")],
     [("outperforms", "RDTF", "I2V-Adapter"), ("outperforms", "RDTF", "SimDA")]),
    # a name after a subordinate clause's opener is that clause's object, not the compared one
    ("ZorbNet outperforms previous work since this extends Faster R-CNN.",
     [(M + "*", "ZorbNet"), (M, "Faster R-CNN")], []),
    ("ZorbNet outperforms earlier detectors, although it uses only ResNet-50.",
     [(M + "*", "ZorbNet"), (M, "ResNet-50")], []),
])
def test_outperforms_arguments(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "outperforms"] == expected


def test_no_based_on_between_a_name_and_its_own_short_form():
    # "based on a Band-Split RoPE Transformer (called BS-RoFormer)": the short form names that very model
    title = "Music Source Separation with Band-Split RoPE Transformer"
    body = "In this paper, we propose a novel approach based on a Band-Split RoPE Transformer (called BS-RoFormer)."
    t = f"{title}\n\n{body}"
    long_at, short_at = t.index("Band-Split", len(title)), t.index("BS-RoFormer")
    es = [Ent(long_at, long_at + 27, M, "Band-Split RoPE Transformer"), Ent(short_at, short_at + 11, M, "BS-RoFormer", True)]
    sentences = [(0, len(title)), (len(title) + 2, len(t))]
    assert [(r["relation"], r["subject"], r["object"]) for r in find_relations(t, sentences, es)] == []


def test_no_outperforms_or_evaluated_on_from_a_proposed_dataset(nlp):
    # a paper whose only proposal is its dataset: "our mini models" are unnamed, not the dataset
    text = ("We present CrisisHelp, a novel dataset of tweets. Across 13 tasks, our mini models surpass BERT "
            "on CrisisBench.")
    ents = [(D + "*", "CrisisHelp"), (M, "BERT"), (D, "CrisisBench")]
    assert [r for r in triples(nlp, text, ents) if r[0] in ("outperforms", "evaluated_on")] == []
    # the same sentence with a proposed method
    ents = [(M + "*", "CrisisHelp"), (M, "BERT"), (D, "CrisisBench")]
    assert ("outperforms", "CrisisHelp", "BERT") in triples(nlp, text, ents)


def test_a_plural_own_reference_gives_each_proposed_method_the_task():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = ("We present Clinical-Longformer and Clinical-BigBird. We evaluate both pre-trained models on "
            "named entity recognition and question answering.")
    ents = [(M + "*", "Clinical-Longformer"), (M + "*", "Clinical-BigBird"), (T, "named entity recognition"),
            (T, "question answering")]
    used = [r[1:] for r in triples(nlp, text, ents) if r[0] == "used_for"]
    assert used == [("Clinical-BigBird", "named entity recognition"), ("Clinical-BigBird", "question answering"),
                    ("Clinical-Longformer", "named entity recognition"), ("Clinical-Longformer", "question answering")]
    # one proposed method, or a name inside another: no plural reading
    one = [(M + "*", "Clinical-Longformer"), (T, "named entity recognition"), (T, "question answering")]
    assert {r[1] for r in triples(nlp, text, one) if r[0] == "used_for"} <= {"Clinical-Longformer"}


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a model made of a parameter-efficient method's modules (GUIDELINES based_on, adapter modules): a listed component
    # "(2) a ... mixture of LoRAs", "stores ... in a set of low-rank adapters" (sentences written for the test) ...
    ("Any-Shape Models\n\nWe propose FooNet. FooNet integrates two components: (1) a subnet selector; (2) a "
     "shape-aware mixture of LoRAs to ease conflicts.",
     [(M + "*", "FooNet"), (M + "*", "FooNet"), (M, "LoRAs")], [("based_on", "FooNet", "LoRAs")]),
    ("Any-Shape Models\n\nWe propose FooNet, which stores each domain in a set of low-rank adapters.",
     [(M + "*", "FooNet"), (M, "low-rank adapters")], [("based_on", "FooNet", "low-rank adapters")]),
    # ... not a set of modules the paper only evaluates or compares
    ("Any-Shape Models\n\nWe propose FooNet. We evaluate a set of LoRA variants on three tasks.",
     [(M + "*", "FooNet"), (M, "LoRA")], []),
    ("Any-Shape Models\n\nWe propose FooNet. It is faster than a mixture of LoRAs.",
     [(M + "*", "FooNet"), (M, "LoRAs")], []),
])
def test_based_on_from_a_model_made_of_a_set_of_adapters(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on" and t[2] != "FooNet"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # the adapter method named with its purpose in a sentence about the paper's method (GUIDELINES based_on, adapter
    # modules; sentences written for the test) ...
    ("Chat Transfer\n\nWe present FooLLM. We propose a method with two components: low-rank adaptation for training "
     "and a recovery step.",
     [(M + "*", "FooLLM"), (M, "low-rank adaptation")], [("based_on", "FooLLM", "low-rank adaptation")]),
    # ... not in background, nor another's
    ("Chat Transfer\n\nLow-rank adaptation for training is common. We present FooLLM.",
     [(M, "Low-rank adaptation"), (M + "*", "FooLLM")], []),
    ("Chat Transfer\n\nWe present FooLLM. Unlike LoRA for fine-tuning, it edits no weights.",
     [(M + "*", "FooLLM"), (M, "LoRA")], []),
])
def test_based_on_from_an_adapter_method_named_for_training(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a title "X: ... with / via / using Y" names the technique the paper's method works by
    ("SlimFoo: Training Small Diffusion Models with Rectified Flow\n\nWe propose a method.",
     [(M + "*", "SlimFoo"), (M, "Rectified Flow")], [("based_on", "SlimFoo", "Rectified Flow")]),
    ("Mobile FooNets: Scaling Down Vision Transformers via Sparse Mixture-of-Experts\n\nWe shrink them.",
     [(M + "*", "Mobile FooNets"), (M, "Vision Transformers"), (M, "Sparse Mixture-of-Experts")],
     [("based_on", "Mobile FooNets", "Sparse Mixture-of-Experts"), ("based_on", "Mobile FooNets", "Vision Transformers")]),
    ("I2X: Inductive Distillation with NeuroLogic and Self-Imitation\n\nWe distill.",
     [(M + "*", "I2X"), (M, "NeuroLogic"), (M, "Self-Imitation")],
     [("based_on", "I2X", "NeuroLogic"), ("based_on", "I2X", "Self-Imitation")]),
    ("RoBERTx: Adjusting RoBERTa for Turkish\n\nWe pretrain it.", [(M + "*", "RoBERTx"), (M, "RoBERTa")],
     [("based_on", "RoBERTx", "RoBERTa")]),
    # not the method's own long form, a generic model phrase, a way to make data
    ("FinQuant: Unlocking Efficiency with Fine-Grained Weight Quantization\n\nWe quantize.",
     [(M + "*", "FinQuant"), (M, "Fine-Grained Weight Quantization")], []),
    ("FooChat: Compositional Reasoning with Large Language Models\n\nWe reason.",
     [(M + "*", "FooChat"), (M, "Large Language Models")], []),
    ("FooNER: Encoder Pre-training via LLM-Annotated Data\n\nWe annotate.", [(M + "*", "FooNER"), (M, "LLM-Annotated")],
     []),
    ("Dr. Foo: Improving Small Models via Generative Data Augmentation\n\nWe augment.",
     [(M + "*", "Dr. Foo"), (M, "Generative Data Augmentation")], []),
    # ... nor what the method is compared with or used beside (review of 14ef171)
    ("FooLM: Closing the Gap with GPT-4 on Math Reasoning\n\nWe propose FooLM.", [(M + "*", "FooLM"), (M, "GPT-4")], []),
    ("FooLM: On Par with GPT-4 for Code Generation\n\nWe propose FooLM.", [(M + "*", "FooLM"), (M, "GPT-4")], []),
    ("FooLM: Comparable Performance with LLaMA-2 at a Fraction of the Cost\n\nWe propose FooLM.",
     [(M + "*", "FooLM"), (M, "LLaMA-2")], []),
    ("FooAd: Compatible with LoRA and Prefix-Tuning\n\nWe propose FooAd.",
     [(M + "*", "FooAd"), (M, "LoRA"), (M, "Prefix-Tuning")], []),
    ("FooSum: Summarizing Long Documents Using GPT-4 as an Annotator\n\nWe propose FooSum.",
     [(M + "*", "FooSum"), (M, "GPT-4")], []),
    ("FooAd: Bridging the Modality Gap with Rectified Flow\n\nWe propose FooAd.",
     [(M + "*", "FooAd"), (M, "Rectified Flow")], [("based_on", "FooAd", "Rectified Flow")]),
])
def test_issue3_based_on_the_technique_a_title_names(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == sorted(expected)


def test_data_the_gerund_trains_models_on_is_no_evaluation_data():
    """'when training state-of-the-art models on D': D is training data, as after 'trained on' (review of e3d0236,
    whose METHOD typing of Farzi let the result path write evaluated_on(Farzi, Farzi Data) from 'we achieve 98-120% of
    downstream full-data performance when training state-of-the-art models on Farzi Data')."""
    from extractors.relations import _TRAINED_ON

    assert _TRAINED_ON.search("when training state-of-the-art models on ")
    assert _TRAINED_ON.search("by fine-tuning small LMs on the ")
    assert not _TRAINED_ON.search("it improves training speed on ")


def test_relation_between_two_names_with_the_same_size_in_parentheses(nlp):
    # a size in parentheses is no short form: two models of one size are two models (_writes_one_name)
    assert ("outperforms", "FooLM", "BarLM") in triples(
        nlp, "FooLM (7B) outperforms BarLM (7B) on MMLU.", [(M + "*", "FooLM"), (M, "BarLM"), (D, "MMLU")])


def test_relation_between_a_name_and_the_name_without_its_capital_s(nlp):
    # a capital S is part of a name, no plural ending: CLIPS is another model than CLIP (_writes_one_name)
    assert ("outperforms", "CLIPS", "CLIP") in triples(
        nlp, "CLIPS outperforms CLIP on ImageNet.", [(M + "*", "CLIPS"), (M, "CLIP"), (D, "ImageNet")])


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # "X is a Y network that ...": an architecture named by its kind noun needs no model noun after it (GUIDELINES
    # based_on, architecture kinds; probes written for the test after SciREX-train's InfoGAN, RPN and ByteNet)
    ("FooGAN is a generative adversarial network that also maximizes mutual information.",
     [(M + "*", "FooGAN"), (M, "generative adversarial network")],
     [("based_on", "FooGAN", "generative adversarial network")]),
    ("A BPN is a fully convolutional network that predicts object bounds.",
     [(M + "*", "BPN"), (M, "fully convolutional network")],
     [("based_on", "BPN", "fully convolutional network")]),
    ("The FooNet is a one-dimensional CNN, composed of two parts.", [(M + "*", "FooNet"), (M, "CNN")],
     [("based_on", "FooNet", "CNN")]),
    # "X, an extension to Y" as "an extension of Y"
    ("This paper describes FooGAN, an information-theoretic extension to the Generative Adversarial Network.",
     [(M + "*", "FooGAN"), (M, "Generative Adversarial Network")],
     [("based_on", "FooGAN", "Generative Adversarial Network")]),
    # not a network named as the modifier of another noun, nor one X is compared with
    ("FooNet is a convolutional network layer design for detection.", [(M + "*", "FooNet"), (M, "convolutional network")],
     []),
    ("FooNet is faster than a recurrent neural network.", [(M + "*", "FooNet"), (M, "recurrent neural network")], []),
])
def test_based_on_from_an_architecture_named_by_its_kind_noun(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "based_on"] == expected


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a competition the method won or entered is data it was evaluated on (GUIDELINES evaluated_on; probes written for
    # the test after SciREX-train's U-Net, ResNeXt and Faster R-CNN)
    ("We propose FooNet. Using the same network we won the BarSeg cell tracking challenge 2016 by a large margin.",
     [(M + "*", "FooNet"), (D, "BarSeg")], [("evaluated_on", "FooNet", "BarSeg")]),
    ("Our models, named FooNeXt, are the foundations of our entry to the ILSVRC 2016 classification task.",
     [(M + "*", "FooNeXt"), (D, "ILSVRC 2016")], [("evaluated_on", "FooNeXt", "ILSVRC 2016")]),
    ("FooNet is the winner of the localization task of the BarVOC challenge.",
     [(M + "*", "FooNet"), (D, "BarVOC")], [("evaluated_on", "FooNet", "BarVOC")]),
    ("In BarNet and COCO 2015 competitions, FooNet and FPN are the foundations of the winning entries in several tracks.",
     [(D, "BarNet"), (D, "COCO 2015"), (M + "*", "FooNet"), (M, "FPN")],
     [("evaluated_on", "FPN", "BarNet"), ("evaluated_on", "FPN", "COCO 2015"), ("evaluated_on", "FooNet", "BarNet"),
      ("evaluated_on", "FooNet", "COCO 2015")]),
    # not a competition named otherwise, nor one the method did not win
    ("FooNet has won popularity since BarVOC appeared.", [(M + "*", "FooNet"), (D, "BarVOC")], []),
    ("FooNet never won the BarVOC challenge.", [(M + "*", "FooNet"), (D, "BarVOC")], []),
])
def test_evaluated_on_from_a_competition_won_or_entered(nlp, text, entities, expected):
    assert [t for t in triples(nlp, text, entities) if t[0] == "evaluated_on"] == expected


def test_a_lower_case_mention_ending_the_own_name_written_in_full_is_the_own_method(nlp):
    # "a ... wide residual network outperforms ..., achieving ... on CIFAR" after the paper named "wide residual
    # networks (WRNs)": the NER's "residual network" is the tail of the own name (SciREX-train's WRN; probe for the test)
    text = ("We call the resulting structures wide residual networks (WRNs). Even a simple wide residual network "
            "outperforms all previous deep residual networks, achieving new state-of-the-art results on CIFAR and SVHN.")
    entities = [(M + "*", "wide residual networks (WRNs)"), (M, "residual network"), (M, "deep residual networks"),
                (D, "CIFAR"), (D, "SVHN")]
    found = {t for t in triples(nlp, text, entities) if t[0] == "evaluated_on"}
    assert found == {("evaluated_on", "wide residual network", "CIFAR"), ("evaluated_on", "wide residual network", "SVHN")}
    # ... not a capitalised name the own name is made from: "robust CLIP" keeps CLIP
    from extractors.relations import _own_name_tails

    t = "We propose Robust CLIP. Our robust CLIP wins."
    es = [Ent(11, 22, M, "Robust CLIP", True), Ent(35, 39, M, "CLIP")]
    assert _own_name_tails(t, t.lower(), es) == es


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # a named part the paper introduces in its own voice after presenting its method (GUIDELINES based_on, the paper's
    # own named components; probes written for the test after tuning's WKVQuant and SciREX-train's Face Attention
    # Network)
    ("Quantizing Caches\n\nWe propose FooQuant, a PTQ framework for caches. Specifically, we incorporate "
     "past-only quantization to improve attention. Additionally, we introduce two-dimensional quantization to handle "
     "the cache.",
     [(M + "*", "FooQuant"), (M + "*", "past-only quantization"), (M + "*", "two-dimensional quantization")],
     [("based_on", "FooQuant", "past-only quantization"), ("based_on", "FooQuant", "two-dimensional quantization")]),
    ("Occluded Faces\n\nWe present a face detector called Bar Attention Network. More specifically, we propose "
     "a new anchor-level attention, which highlights the face region.",
     [(M + "*", "Bar Attention Network"), (M + "*", "anchor-level attention")],
     [("based_on", "Bar Attention Network", "anchor-level attention")]),
    # not a way of making data, nor a part named before the method is presented, nor another name of the method
    ("Time Series\n\nThis paper introduces FooTS, a model for time series. We further introduce Series "
     "Evol-Instruct, a novel approach that generates diverse time series Q&As.",
     [(M + "*", "FooTS"), (M + "*", "Series Evol-Instruct")], []),
    ("Quantizing Caches\n\nWe introduce past-only quantization. Then, we propose FooQuant, a PTQ framework.",
     [(M + "*", "past-only quantization"), (M + "*", "FooQuant")], []),
    ("Quantizing Caches\n\nWe propose FooQuant. We also introduce FooQuant-Lite attention for small devices.",
     [(M + "*", "FooQuant"), (M + "*", "FooQuant-Lite")], []),
])
def test_based_on_from_a_part_introduced_in_the_own_voice(nlp, text, entities, expected):
    assert sorted(t for t in triples(nlp, text, entities) if t[0] == "based_on") == expected
