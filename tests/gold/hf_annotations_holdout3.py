"""Hand annotations of 40 HOLDOUT3 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "holdout3"; ``build_hf_gold.py`` writes them to
``holdout3.jsonl``. Session 5, annotated by hand; the pipeline was never run on these papers before
they were annotated and its output on them was not looked at.

Selection (``/work/notes/s5/pick_gold.py``, drawn together with dev3): every listing's papers
(``kg.readers.hf_listing.parse_listing``, file order) that are not in ``hf_annotations.py`` (dev or
test), ``hf_annotations_holdout.py``, ``hf_annotations_holdout2.py`` nor ``hf_annotations_dev2.py``,
whose title occurs once in all listings and is not an annotated title, whose abstract is at least 300
characters and is rebuilt exactly by ``build_hf_gold.listing_paper``, were pooled (listings in
file-name order); ``random.Random(20261125).sample(pool, 100)`` drew 100 of them: the first 40 are
this set, the other 60 are dev3 (``hf_annotations_dev3.py``). Sorted by listing, then line.

NOBODY TUNES ON THIS SET: extractor engineers must not read these entries nor ``holdout3.jsonl``, nor
look at per-paper errors on it. It is scored once per session for an honest held-out estimate.
"""

PAPERS_HOLDOUT3 = [
    # H00 (survey)
    dict(file="000_c33ede3366bcb84c.txt", line=99,
         T=["code generation"]),
    # H01
    dict(file="000_c33ede3366bcb84c.txt", line=171,
         M=["PDP", "Parameter-free Differentiable Pruning", "MobileNet-v1", "BERT", "ResNet18", "ResNet50"],
         D=["ImageNet1k", "Multi-Genre Natural Language Inference"],
         X=["accuracy"],
         P=["PDP|Parameter-free Differentiable Pruning"],
         R=[("68.2", "%", False, "accuracy", "ImageNet1k", "PDP"), ("1.7", "%", True, "accuracy", "ImageNet1k", "PDP"),
            ("83.1", "%", False, "accuracy", "Multi-Genre Natural Language Inference", "PDP"),
            ("81.5", "%", False, "accuracy", "Multi-Genre Natural Language Inference", None),
            ("3.6", "%", True, "accuracy", "ImageNet1k", "PDP"), ("0.6", "%", True, "accuracy", "ImageNet1k", "PDP")],
         L=[("evaluated_on", "PDP", "ImageNet1k"), ("evaluated_on", "PDP", "Multi-Genre Natural Language Inference")],
         A=[("PDP", "Parameter-free Differentiable Pruning")]),
    # H02 (study; the three approaches are unnamed)
    dict(file="000_c33ede3366bcb84c.txt", line=203,
         M=["Support Vector Machines", "SVMs", "RoBERTa", "BERTweet", "SocBERT", "GPT3.5", "GPT4", "GPT-4", "GPT-3.5"],
         T=["Health-Related Text Classification", "text classification"],
         A=[("SVMs", "Support Vector Machines")]),
    # H03
    dict(file="000_c33ede3366bcb84c.txt", line=283,
         M=["self-consistency"],
         D=["LogEval", "LogEvals"],
         T=["Log Analysis", "Log analysis", "log analysis", "anomaly detection", "root cause analysis",
            "operations and maintenance script generation", "alert information summarization", "log parsing",
            "log anomaly detection", "log fault diagnosis", "log summarization", "Chinese-English question-answering"],
         P=["LogEval|LogEvals"],
         A=[("LogEval", "LogEvals")]),
    # H04
    dict(file="000_c33ede3366bcb84c.txt", line=319,
         M=["MoE$^2$", "Mixture-of-Edge-Experts", "MoE^2", "MoE"],
         T=["Collaborative Inference", "collaborative inference"],
         P=["MoE^2|Mixture-of-Edge-Experts|MoE$^2$"],
         L=[("used_for", "MoE^2", "collaborative inference")],
         A=[("MoE^2", "Mixture-of-Edge-Experts", "MoE$^2$"), ("Collaborative Inference", "collaborative inference")]),
    # H05 (unnamed approach built on GRPO)
    dict(file="000_c33ede3366bcb84c.txt", line=427,
         M=["GRPO"], D=["AIME2024"], X=["accuracy"], T=["mathematical problem-solving"],
         R=[("40.0", "%", False, "accuracy", "AIME2024", "GRPO")],
         L=[("evaluated_on", "GRPO", "AIME2024")]),
    # H06 (the Nucleotide Transformer is named here as the source of benchmarks)
    dict(file="001_216e326a59f6f740.txt", line=95,
         M=["HyenaDNA", "Hyena", "Hyenas", "Transformer"], N=["Transformer-based"],
         D=["GenomicBenchmarks", "Nucleotide Transformer"], X=["accuracy"],
         T=["Long-Range Genomic Sequence Modeling"],
         P=["HyenaDNA"],
         R=[("160", "x", True, None, None, "HyenaDNA"), ("9", "points", True, "accuracy", "GenomicBenchmarks", "HyenaDNA")],
         L=[("based_on", "HyenaDNA", "Hyena"), ("evaluated_on", "HyenaDNA", "GenomicBenchmarks"),
            ("evaluated_on", "HyenaDNA", "Nucleotide Transformer"),
            ("used_for", "HyenaDNA", "Long-Range Genomic Sequence Modeling")],
         A=[("Hyena", "Hyenas")]),
    # H07
    dict(file="002_8310ea5c5292aef1.txt", line=103,
         M=["Task-Activating Prompting", "task activation prompting"],
         D=["ATIS", "WSJ"], X=["error rates"],
         T=["Speech Recognition Error Correction", "speech recognition", "error correction", "rescoring"],
         P=["Task-Activating Prompting|task activation prompting"],
         L=[("used_for", "Task-Activating Prompting", "Speech Recognition Error Correction")],
         A=[("Task-Activating Prompting", "task activation prompting")]),
    # H08
    dict(file="002_8310ea5c5292aef1.txt", line=109,
         M=["MaskLLM", "Gumbel Softmax", "LLaMA-2", "Nemotron-4", "GPT-3"],
         D=["Wikitext"], X=["perplexity", "PPL"],
         P=["MaskLLM"],
         R=[("10", "", False, "perplexity", "Wikitext", None), ("5.12", "", False, "PPL", "Wikitext", None),
            ("6.72", "", False, "PPL", "Wikitext", "MaskLLM")],
         L=[("based_on", "MaskLLM", "Gumbel Softmax"), ("evaluated_on", "MaskLLM", "Wikitext")],
         A=[("PPL", "perplexity")]),
    # H09
    dict(file="002_8310ea5c5292aef1.txt", line=181,
         M=["User-Aware Prefix-Tuning", "prefix-tuning", "memory networks", "transformers", "the [transformer] layer",
            "CLIP", "GPT-2"],
         D=["Instagram", "YFCC100M"], X=["BLEU-4", "CIDEr"],
         T=["Personalized Image Captioning", "personalized image captioning", "Personalized image captioning",
            "Image captioning", "image captioning"],
         P=["User-Aware Prefix-Tuning"],
         L=[("used_for", "User-Aware Prefix-Tuning", "Personalized Image Captioning"),
            ("based_on", "User-Aware Prefix-Tuning", "prefix-tuning"), ("based_on", "User-Aware Prefix-Tuning", "CLIP"),
            ("based_on", "User-Aware Prefix-Tuning", "GPT-2"),
            ("evaluated_on", "User-Aware Prefix-Tuning", "Instagram"),
            ("evaluated_on", "User-Aware Prefix-Tuning", "YFCC100M")],
         A=[("Personalized Image Captioning", "personalized image captioning", "Personalized image captioning"),
            ("Image captioning", "image captioning")]),
    # H10 (study; the law is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=243,
         M=["Transformer", "RWKV", "Mamba"], X=["prediction accuracy"],
         T=["Next-Token Prediction", "next-token prediction"],
         A=[("Next-Token Prediction", "next-token prediction")]),
    # H11 (study)
    dict(file="002_8310ea5c5292aef1.txt", line=259,
         M=["LR re-warming", "LR re-decaying", "cosine learning rate schedule"], X=["final loss"]),
    # H12 (study)
    dict(file="002_8310ea5c5292aef1.txt", line=395,
         M=["ChatGPT-o1-mini"],
         D=["Massive Multitask Language Understanding", "MMLU"],
         X=["LIX", "Average Dependency Distance", "ADD", "accuracy"],
         T=["Language Complexity Measurement", "language complexity measurement", "dependency parsing"],
         R=[("-0.875", "", False, None, None, None)],
         A=[("ADD", "Average Dependency Distance"), ("MMLU", "Massive Multitask Language Understanding"),
            ("Language Complexity Measurement", "language complexity measurement")]),
    # H13
    dict(file="002_8310ea5c5292aef1.txt", line=437,
         D=["WinoDict", "Winograd"], X=["accuracy"],
         T=["in-context word acquisition", "word acquisition", "co-reference resolution"],
         P=["WinoDict"]),
    # H14 (survey)
    dict(file="002_8310ea5c5292aef1.txt", line=449,
         T=["Synthetic Data Generation"]),
    # H15
    dict(file="002_8310ea5c5292aef1.txt", line=509,
         M=["LLM-ADE", "Large Language Models with Adaptive Data Engineering", "TinyLlama"],
         P=["LLM-ADE|Large Language Models with Adaptive Data Engineering"],
         A=[("LLM-ADE", "Large Language Models with Adaptive Data Engineering")]),
    # H16 (study)
    dict(file="002_8310ea5c5292aef1.txt", line=533,
         M=["dropout", "mixture-of-experts", "MoE"],
         A=[("MoE", "mixture-of-experts")]),
    # H17 (study)
    dict(file="002_8310ea5c5292aef1.txt", line=557,
         M=["Mixture-of-Experts", "mixture-of-experts", "MoE"],
         A=[("MoE", "mixture-of-experts", "Mixture-of-Experts")]),
    # H18 (no named entity)
    dict(file="002_8310ea5c5292aef1.txt", line=589),
    # H19 (unnamed framework)
    dict(file="002_8310ea5c5292aef1.txt", line=627,
         M=["Direct Preference Optimization", "DPO", "Group Relative Policy Optimization", "GRPO"],
         T=["Synthetic Long-Context Data Generation", "synthetic long-context data generation"],
         A=[("DPO", "Direct Preference Optimization"), ("GRPO", "Group Relative Policy Optimization"),
            ("Synthetic Long-Context Data Generation", "synthetic long-context data generation")]),
]
