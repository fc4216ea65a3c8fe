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
         # session 16 (TLG): elliptical coordination, each conjunct's full name (GUIDELINES): "random/structured/channel pruning results", named kinds of pruning as GB marks them
         E=[("state-of-the-art [random]/structured/channel pruning", "random pruning", "M"),
            ("random/[structured]/channel pruning", "structured pruning", "M")],
         M=["PDP", "Parameter-free Differentiable Pruning", "MobileNet-v1", "BERT", "ResNet18", "ResNet50",
            # session 15 (GB): named kind of pruning (s15 A)
            "structured pruning",
            # session 15 (GB): named kind of pruning (s15 A)
            "channel pruning",
            # session 15 (GB): named kind of pruning (s15 A)
            "N:M pruning"],
         D=["ImageNet1k", "Multi-Genre Natural Language Inference"],
         X=[
            # session 13 (G3): cost compound named as an axis of comparison ('state-of-the-art qualities in model size, accuracy, and training cost'; GUIDELINES METRIC)
            "training cost",
            # session 13 (G3): efficiency measure named as a measure, background included (GUIDELINES METRIC)
            # session 15 (GB): removed METRIC "inference latency": background only (s15 G)
            "accuracy"],
         P=["PDP|Parameter-free Differentiable Pruning"],
         R=[("68.2", "%", False, "accuracy", "ImageNet1k", "PDP"), ("1.7", "%", True, "accuracy", "ImageNet1k", "PDP"),
            ("83.1", "%", False, "accuracy", "Multi-Genre Natural Language Inference", "PDP"),
            ("81.5", "%", False, "accuracy", "Multi-Genre Natural Language Inference", None),
            ("3.6", "%", True, "accuracy", "ImageNet1k", "PDP"), ("0.6", "%", True, "accuracy", "ImageNet1k", "PDP")],
         L=[("evaluated_on", "PDP", "ImageNet1k"), ("evaluated_on", "PDP", "Multi-Genre Natural Language Inference")],
         A=[("PDP", "Parameter-free Differentiable Pruning")]),
    # H02 (study; the three approaches are unnamed)
    dict(file="000_c33ede3366bcb84c.txt", line=203,
         M=["Support Vector Machines", "SVMs", "RoBERTa", "BERTweet", "SocBERT", "GPT3.5", "GPT4", "GPT-4", "GPT-3.5",
            # session 15 (GB): paradigm named as a technique (s15 A)
            "data augmentation"],
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
         A=[("MoE^2", "Mixture-of-Edge-Experts", "MoE$^2$"), ("Collaborative Inference", "collaborative inference")],
         # session 13 (G3): efficiency measure named as a measure (GUIDELINES METRIC); not 'energy and latency constraints'
         X=[
            # session 15 (GB): removed METRIC "reduced [latency]": background and a constraint only (s15 G)
            ]),
    # H05 (unnamed approach built on GRPO)
    dict(file="000_c33ede3366bcb84c.txt", line=427,
         M=["GRPO",
            # session 15 (GB): RL as a training technique, title and background (s15 A)
            "Reinforcement Learning"], D=["AIME2024"], X=["accuracy"], T=["mathematical problem-solving"],
         R=[("40.0", "%", False, "accuracy", "AIME2024", "GRPO")],
         L=[("evaluated_on", "GRPO", "AIME2024")]),
    # H06 (the Nucleotide Transformer is named here as the source of benchmarks)
    dict(file="001_216e326a59f6f740.txt", line=95,
         M=["HyenaDNA", "Hyena", "Hyenas", "Transformer",
            # session 15 (GB): paradigm named (s15 A)
            "in-context learning"], N=["Transformer-based"],
         D=["GenomicBenchmarks", "Nucleotide Transformer"], X=["accuracy"],
         T=["Long-Range Genomic Sequence Modeling"],
         P=["HyenaDNA"],
         R=[("160", "x", True, None, None, "HyenaDNA"), ("9", "points", True, "accuracy", "GenomicBenchmarks", "HyenaDNA")],
         L=[("based_on", "HyenaDNA", "Hyena"), ("evaluated_on", "HyenaDNA", "GenomicBenchmarks"),
            ("evaluated_on", "HyenaDNA", "Nucleotide Transformer"),
            ("used_for", "HyenaDNA", "Long-Range Genomic Sequence Modeling"),
            # session 14 (G5): efficiency win against a named method (training speed; GUIDELINES outperforms, efficiency wins)
            ("outperforms", "HyenaDNA", "Transformer")],
         A=[("Hyena", "Hyenas")]),
    # H07
    dict(file="002_8310ea5c5292aef1.txt", line=103,
         M=["Task-Activating Prompting", "task activation prompting",
            # session 15 (GB): paradigm named, rescoring by ICL (s15 A)
            "in-context learning"],
         D=["ATIS", "WSJ"], X=["error rates"],
         T=["Speech Recognition Error Correction", "speech recognition", "error correction", "rescoring"],
         P=["Task-Activating Prompting|task activation prompting"],
         L=[("used_for", "Task-Activating Prompting", "Speech Recognition Error Correction"),
            # session 15 (GB): rescoring done by ICL (s15 A)
            ("used_for", "in-context learning", "rescoring")],
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
            ("evaluated_on", "User-Aware Prefix-Tuning", "YFCC100M"),
            # session 13 (G3): own voice, a module the method is made of ('By incorporating the transformer layer, we merge the visual features ...'; GUIDELINES based_on judgement calls)
            ("based_on", "User-Aware Prefix-Tuning", "transformer")],
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
         P=["WinoDict"],
         # session 15 (GB): paradigm named (s15 A)
         M=["in-context learning"]),
    # H14 (survey)
    dict(file="002_8310ea5c5292aef1.txt", line=449,
         T=["Synthetic Data Generation"]),
    # H15
    dict(file="002_8310ea5c5292aef1.txt", line=509,
         M=["LLM-ADE", "Large Language Models with Adaptive Data Engineering", "TinyLlama",
            # session 15 (GB): continual pre-training spelling (s15 A)
            "continued pre-training"],
         P=["LLM-ADE|Large Language Models with Adaptive Data Engineering"],
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "LLM-ADE", "TinyLlama"),
         ],
         A=[("LLM-ADE", "Large Language Models with Adaptive Data Engineering")]),
    # H16 (study)
    dict(file="002_8310ea5c5292aef1.txt", line=533,
         M=["dropout", "mixture-of-experts", "MoE"],
         A=[("MoE", "mixture-of-experts")]),
    # H17 (study)
    dict(file="002_8310ea5c5292aef1.txt", line=557,
         M=["Mixture-of-Experts", "mixture-of-experts", "MoE"],
         A=[("MoE", "mixture-of-experts", "Mixture-of-Experts")],
         # session 13 (G3): efficiency measure named as a measure, background included ('months of training time'; GUIDELINES METRIC)
         X=[
            # session 15 (GB): removed METRIC "training time": background only (s15 G)
            ]),
    # H18 (no named entity)
    dict(file="002_8310ea5c5292aef1.txt", line=589),
    # H19 (unnamed framework)
    dict(file="002_8310ea5c5292aef1.txt", line=627,
         M=["Direct Preference Optimization", "DPO", "Group Relative Policy Optimization", "GRPO",
            # session 15 (GB): paradigm the framework supports (s15 A)
            "Supervised Fine-Tuning",
            # session 15 (GB): paradigm the framework supports (s15 A)
            "SFT"],
         T=["Synthetic Long-Context Data Generation", "synthetic long-context data generation"],
         A=[("DPO", "Direct Preference Optimization"), ("GRPO", "Group Relative Policy Optimization"),
            ("Synthetic Long-Context Data Generation", "synthetic long-context data generation"),
            # session 15 (GB): long/short form (s15 A)
            ("SFT", "Supervised Fine-Tuning")]),
    # H20
    dict(file="002_8310ea5c5292aef1.txt", line=635,
         M=["Bode", "LLaMA 2",
            # session 15 (GB): paradigm named (s15 A)
            "in-context learning"],
         P=["Bode"],
         L=[("based_on", "Bode", "LLaMA 2")]),
    # H21
    dict(file="002_8310ea5c5292aef1.txt", line=655,
         M=["NExtLong", "Negative document Extension"], D=["HELMET", "RULER"],
         P=["NExtLong|Negative document Extension"],
         L=[("evaluated_on", "NExtLong", "HELMET"), ("evaluated_on", "NExtLong", "RULER")],
         A=[("NExtLong", "Negative document Extension")]),
    # H22
    dict(file="002_8310ea5c5292aef1.txt", line=659,
         M=["recurrent neural network", "Kneser-Ney 5-gram"], D=["One Billion Word Benchmark"],
         X=["perplexity", "cross-entropy"],
         T=["Statistical Language Modeling", "statistical language modeling", "language modeling"],
         P=["One Billion Word Benchmark"],
         R=[("67.6", "", False, "perplexity", None, "Kneser-Ney 5-gram"), ("35", "%", True, "perplexity", None, None),
            ("10", "%", True, "cross-entropy", None, None)],
         A=[("Statistical Language Modeling", "statistical language modeling")]),
    # H23 (survey)
    dict(file="002_8310ea5c5292aef1.txt", line=661,
         # session 16 (TLG): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("code understanding and [generation]", "code generation", "T")],
         T=["code understanding"]),
    # H24
    dict(file="004_497d3d275a8de861.txt", line=15,
         M=["GPT-4",
            # session 15 (GB): paradigm named, background (s15 A)
            "Instruction tuning"], X=["Instruction Complex-Aware IFD", "IC-IFD", "IFD"], T=["instruction evolution"],
         P=["IC-IFD|Instruction Complex-Aware IFD"],
         L=[("based_on", "IC-IFD", "IFD")],
         A=[("IC-IFD", "Instruction Complex-Aware IFD")]),
    # H25
    dict(file="004_497d3d275a8de861.txt", line=17,
         M=["Compute-Optimal Sampling", "weak-to-strong improvement",
            # session 15 (GB): paradigm as a fine-tuning setting (s15 A)
            "knowledge distillation"],
         X=[
            # session 15 (GB): removed METRIC "FLOPs": a fixed budget only (s15 G)
            "coverage", "diversity", "false positive rate", "false positive rates"],
         P=["Compute-Optimal Sampling", "weak-to-strong improvement"]),
    # H26 (survey)
    dict(file="004_497d3d275a8de861.txt", line=75,
         X=[
            # session 15 (GB): removed METRIC "number of parameters": survey background only, with latency (s15 G)
            # session 15 (GB): removed METRIC "latency": survey background only (s15 G)
            ],
         T=["natural language understanding", "speech recognition", "information retrieval"]),
    # H27 (study; the AUC metric is not given a name of its own)
    dict(file="004_497d3d275a8de861.txt", line=91,
         M=["Retrieval Augmented Generation", "RAG", "GPT4"], X=["correctness", "faithfulness", "AUC"],
         A=[("RAG", "Retrieval Augmented Generation")]),
    # H28 (the self-training approach is unnamed)
    dict(file="004_497d3d275a8de861.txt", line=133,
         M=["CLIP", "rejection-sampling fine-tuning", "Llama-3.1-8B"],
         D=["Multimodal Adversarial Compositionality", "MAC"],
         X=["attack success rate", "entropy-based diversity"],
         P=["MAC|Multimodal Adversarial Compositionality"],
         A=[("MAC", "Multimodal Adversarial Compositionality")]),
    # H29
    dict(file="004_497d3d275a8de861.txt", line=187,
         M=["BERT", "Bort", "BERT-large", "RoBERTa-large"], T=["natural language understanding", "NLU"],
         P=["Bort"],
         R=[("5.5", "%", False, None, None, "Bort"), ("16", "%", False, None, None, "Bort"),
            ("1.2", "%", False, "GPU hours", None, "Bort"), ("33", "%", False, "GPU hours", None, "Bort"),
            ("7.9", "x", True, None, None, "Bort"), ("0.3", "%", True, None, None, "Bort"),
            ("31", "%", True, None, None, "Bort")],
         L=[("based_on", "Bort", "BERT"), ("outperforms", "Bort", "BERT-large"),
            # session 13 (G3): task the method is evaluated on ('it obtains performance improvements ... on multiple public natural language understanding (NLU) benchmarks'; GUIDELINES used_for)
            ("used_for", "Bort", "natural language understanding")],
         A=[("NLU", "natural language understanding")],
         # session 13 (G3): compute cost with a value ('pretrained in 288 GPU hours, which is 1.2% of the time required'; GUIDELINES METRIC cost compounds); the 1.2% and 33% results take it
         X=["GPU hours"]),
    # H30
    dict(file="004_497d3d275a8de861.txt", line=203,
         M=["GRA", "Qwen-2.5-72B-Instruct"], T=["Data Synthesis", "data synthesis"],
         P=["GRA"],
         A=[("Data Synthesis", "data synthesis")],
         # session 13 (G3): own-method reference ('In this collaborative framework, multiple small LLMs ... simulate a peer-review-inspired data synthesis pipeline'; GUIDELINES used_for)
         L=[("used_for", "GRA", "data synthesis")]),
    # H31 (study)
    dict(file="004_497d3d275a8de861.txt", line=211,
         M=["OPT"]),
    # H32
    dict(file="004_497d3d275a8de861.txt", line=227,
         M=["HASHIRU", "Hierarchical Agent System for Hybrid Intelligent Resource Utilization", "Gemini 2.0 Flash"],
         D=["JailbreakBench", "GSM8K", "JEEBench", "SVAMP"],
         T=["academic paper review", "safety assessments"],
         P=["HASHIRU|Hierarchical Agent System for Hybrid Intelligent Resource Utilization"],
         R=[("58", "%", False, None, None, "HASHIRU"), ("100", "%", False, None, "JailbreakBench", "HASHIRU"),
            ("96", "%", False, None, "GSM8K", "HASHIRU"), ("61", "%", False, None, "GSM8K", "Gemini 2.0 Flash"),
            ("80", "%", False, None, "JEEBench", "HASHIRU"), ("68.3", "%", False, None, "JEEBench", "Gemini 2.0 Flash"),
            ("92", "%", False, None, "SVAMP", "HASHIRU"), ("84", "%", False, None, "SVAMP", "Gemini 2.0 Flash")],
         L=[("outperforms", "HASHIRU", "Gemini 2.0 Flash"), ("evaluated_on", "HASHIRU", "JailbreakBench"),
            ("evaluated_on", "HASHIRU", "GSM8K"), ("evaluated_on", "HASHIRU", "JEEBench"),
            ("evaluated_on", "HASHIRU", "SVAMP"),
            # session 13 (G3): tasks the method is evaluated on ('Evaluations on tasks like academic paper review ..., safety assessments ... demonstrate HASHIRU's capabilities'; GUIDELINES used_for)
            ("used_for", "HASHIRU", "academic paper review"),
            # session 13 (G3): as above (GUIDELINES used_for)
            ("used_for", "HASHIRU", "safety assessments")],
         A=[("HASHIRU", "Hierarchical Agent System for Hybrid Intelligent Resource Utilization")]),
    # H33 (the long form is garbled by LaTeX in the abstract: not annotated)
    dict(file="004_497d3d275a8de861.txt", line=257,
         M=["Lion", "Adam", "Adafactor", "ViT"], D=["ImageNet", "JFT"],
         X=["accuracy", "FID", "pre-training compute", "training compute"],
         T=["image classification", "vision-language contrastive learning", "masked language modeling"],
         P=["Lion"],
         R=[("2", "%", True, "accuracy", "ImageNet", "Lion"), ("5", "x", True, "pre-training compute", "JFT", "Lion"),
            ("88.3", "%", False, "accuracy", "ImageNet", "Lion"), ("91.1", "%", False, "accuracy", "ImageNet", "Lion"),
            ("0.1", "%", True, "accuracy", "ImageNet", "Lion"), ("2.3", "x", True, "training compute", None, "Lion")],
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "Lion", "ViT"),
            ("outperforms", "Lion", "Adam"), ("evaluated_on", "Lion", "ImageNet"), ("evaluated_on", "Lion", "JFT"),
            # session 13 (G3): task the method is evaluated on ('On image classification, Lion boosts the accuracy of ViT'; GUIDELINES used_for)
            ("used_for", "Lion", "image classification"),
            # session 13 (G3): task the method is evaluated on ('For autoregressive, masked language modeling, and fine-tuning, Lion exhibits a similar or better performance'; GUIDELINES used_for)
            ("used_for", "Lion", "masked language modeling"),
            # session 13 (G3): own voice, the paper's one named method ('On vision-language contrastive learning, we achieve 88.3% zero-shot ...'; GUIDELINES used_for)
            ("used_for", "Lion", "vision-language contrastive learning")]),
    # H34 (SynthKG names the workflow and the dataset it yields: marked METHOD)
    dict(file="004_497d3d275a8de861.txt", line=305,
         M=["Distill-SynthKG", "SynthKG", "Retrieval-Augmented Generation", "RAG"],
         T=["KG construction", "ontology-free KG construction", "KG extraction", "question-answering"],
         P=["SynthKG", "Distill-SynthKG"],
         L=[("based_on", "Distill-SynthKG", "SynthKG"),
            # session 13 (G3): task the method is evaluated on ('Distill-SynthKG ... consistently excels in retrieval and question-answering tasks'; GUIDELINES used_for)
            ("used_for", "Distill-SynthKG", "question-answering")],
         A=[("RAG", "Retrieval-Augmented Generation")]),
    # H35
    dict(file="004_497d3d275a8de861.txt", line=413,
         M=["Tree Prompting"], X=["accuracy"],
         P=["Tree Prompting"]),
    # H36 (study)
    dict(file="004_497d3d275a8de861.txt", line=519,
         M=["Llama 3", "Mistral", "Qwen2", "GPT4o"], D=["Twitter"],
         T=["machine-generated text detection"]),
    # H37
    dict(file="004_497d3d275a8de861.txt", line=529,
         # session 16 (TLG): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("on [commonsense] and math reasoning", "commonsense reasoning", "T")],
         M=["Self-Refine Instruction-Tuning", "Self-refine Instruction-tuning", "Direct Preference Optimization",
            # session 15 (GB): paradigm named, background (s15 A)
            "Supervised Fine-Tuning",
            # session 15 (GB): paradigm named, background (s15 A)
            "SFT",
            # session 15 (GB): paradigm: a stage and the baseline (s15 A)
            "Instruction-tuning",
            # session 15 (GB): named training paradigm (s15 A)
            "preference optimization"],
         T=["math reasoning"],
         P=["Self-refine Instruction-tuning|Self-Refine Instruction-Tuning"],
         L=[("based_on", "Self-refine Instruction-tuning", "Direct Preference Optimization"),
            # session 13 (G3): own-method reference ('Results obtained on commonsense and math reasoning tasks show that this approach significantly outperforms'; GUIDELINES used_for)
            ("used_for", "Self-refine Instruction-tuning", "math reasoning"),
            # session 16 (TLG): the elided conjunct of "Results obtained on commonsense and math reasoning tasks"
            ("used_for", "Self-refine Instruction-tuning", "commonsense reasoning"),
            # session 15 (GB): stated to outperform the paradigm (s15 A)
            ("outperforms", "Self-refine Instruction-tuning", "Instruction-tuning"),
            # session 15 (GB): explicit two-stage combination, stage 1 (s15 A)
            ("based_on", "Self-refine Instruction-tuning", "Instruction-tuning")],
         A=[("Self-refine Instruction-tuning", "Self-Refine Instruction-Tuning"),
            # session 15 (GB): long/short form (s15 A)
            ("SFT", "Supervised Fine-Tuning")]),
    # H38
    dict(file="004_497d3d275a8de861.txt", line=577,
         M=["UV Volumes", "UV volumes", "neural texture stacks", "NTS"],
         D=["CMU Panoptic", "ZJU Mocap", "H36M"],
         P=["UV Volumes|UV volumes"],
         R=[("30", "", False, None, None, "UV Volumes")],
         L=[("evaluated_on", "UV Volumes", "CMU Panoptic"), ("evaluated_on", "UV Volumes", "ZJU Mocap"),
            ("evaluated_on", "UV Volumes", "H36M"),
            # session 14 (G7): own named component with a short form the method encodes appearance into (GUIDELINES based_on, own named components)
            ("based_on", "UV Volumes", "neural texture stacks")],
         A=[("UV Volumes", "UV volumes"), ("NTS", "neural texture stacks")]),
    # H39
    dict(file="004_497d3d275a8de861.txt", line=623,
         M=["TinyBERT", "Tiny-BERT", "BERT", "BERTBASE", "Transformer distillation", "Transformer",
            # session 15 (GB): paradigm named (s15 A)
            "knowledge distillation",
            # session 15 (GB): paradigm named (s15 A)
            "KD"],
         N=["Transformer-based"],
         D=["GLUE"], X=["accuracy", "inference time"], T=["Natural Language Understanding"],
         P=["TinyBERT|Tiny-BERT", "Transformer distillation"],
         R=[("96.8", "%", False, None, "GLUE", "TinyBERT"), ("7.5", "x", True, None, None, "TinyBERT"),
            ("9.4", "x", True, None, None, "TinyBERT"), ("28", "%", False, None, None, "TinyBERT"),
            ("31", "%", False, "inference time", None, "TinyBERT")],
         L=[("based_on", "TinyBERT", "BERT"), ("evaluated_on", "TinyBERT", "GLUE"),
            ("used_for", "TinyBERT", "Natural Language Understanding"),
            # session 13 (G3): distilled from its teacher ('achieves more than 96.8% the performance of its teacher BERTBASE'; GUIDELINES based_on: distils)
            ("based_on", "TinyBERT", "BERTBASE"),
            # session 14 (G5): efficiency win against a named method (smaller and faster than its teacher; GUIDELINES outperforms, efficiency wins)
            ("outperforms", "TinyBERT", "BERTBASE"),
            # session 14 (G7): own named method the model is distilled with at both learning stages (GUIDELINES based_on: the learning algorithm the method trains with; own named components)
            ("based_on", "TinyBERT", "Transformer distillation")],
         A=[("TinyBERT", "Tiny-BERT"),
            # session 15 (GB): long/short form (s15 A)
            ("KD", "knowledge distillation")]),
]
for _p in PAPERS_HOLDOUT3:
    _p["split"] = "holdout3"
