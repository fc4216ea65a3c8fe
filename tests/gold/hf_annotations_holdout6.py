"""Hand annotations of 44 HOLDOUT6 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "holdout6"; ``build_hf_gold.py`` writes them to
``holdout6.jsonl``. Session 8, annotated by hand (helper G_holdout6) in file order; the pipeline was never run
on these papers for this set and its output on them was not looked at.

Selection (``/work/notes/s8/pick_gold5.py``, the lead's script, list in ``/work/notes/s8/ids_holdout6.txt``):
every listing's papers (``kg.readers.hf_listing.parse_listing``, file order) that are not in any earlier
annotated set (every ``tests/gold/hf_annotations*.py``, holdout2 to holdout5 and dev2 to dev10 included), whose
title is not an annotated title, whose abstract is at least 300 characters and is rebuilt exactly by
``build_hf_gold.listing_paper``, pooled over the listings in file-name order, a title that recurs in a later
listing kept once (its first listing and line); the pool held only 44 papers (the last unannotated papers of
the corpus), so ``random.Random(20261127).sample`` took all of them, sorted by listing, then line. This set
holds 16, 6, 16, 4 and 2 papers of listings 000-004 (after the substitution below). One substitution: H05's title recurs in three listings with two abstracts and the
hf reader keeps 002:253's, so that listing line is annotated instead of the drawn 000:263 (same paper id).

NOBODY TUNES OR TRAINS ON THIS SET: extractor engineers must not read these entries nor
``holdout6.jsonl``, nor look at per-paper errors on it; ``holdout6.jsonl`` never becomes training or weak
data (``paperkg train-ner --gold`` refuses it). It is scored once at the end of a session for an honest
held-out estimate.
"""

PAPERS_HOLDOUT6 = [
    # H00 (the instruction tuning framework is unnamed; law and finance are domains; 1.3/3 billion are sizes)
    dict(file="000_c33ede3366bcb84c.txt", line=27,
         M=["MindLLM"],
         P=["MindLLM"]),
    # H01 (the corpus-transfer approach is the paper's proposal, named in its title; the new metric is unnamed;
    # emergent communication is a research area; rho values are the measured correlations)
    dict(file="000_c33ede3366bcb84c.txt", line=47,
         M=["Corpus Transfer", "corpus transfer"], X=["perplexity", "topographic similarity", "rho"],
         T=["language modeling", "image captioning"],
         P=["corpus transfer|Corpus Transfer"],
         R=[("24.6", "%", True, "perplexity", None, "corpus transfer"), ("0.83", "", False, "rho", None, None),
            ("0.003", "", False, "rho", None, None)],
         L=[("used_for", "corpus transfer", "language modeling"), ("used_for", "corpus transfer", "image captioning")],
         A=[("corpus transfer", "Corpus Transfer")]),
    # H02 (Pathways is the training system (software), TPU v4 hardware; few-shot learning a paradigm; "540-billion"
    # a size)
    dict(file="000_c33ede3366bcb84c.txt", line=55,
         M=["PaLM", "Pathways Language Model", "PaLM 540B", "Transformer"], D=["BIG-bench"],
         T=["Language Modeling", "source code generation"],
         P=["PaLM|Pathways Language Model"],
         L=[("based_on", "PaLM", "Transformer"), ("used_for", "PaLM", "Language Modeling"),
            ("used_for", "PaLM", "source code generation"), ("evaluated_on", "PaLM 540B", "BIG-bench")],
         A=[("PaLM", "Pathways Language Model")]),
    # H03 (study; prompt learning and fine-tuning are paradigms, PLMs a class, NLP a field)
    dict(file="000_c33ede3366bcb84c.txt", line=71,
         M=["GPT-3"]),
    # H04 (the title's long form differs from the abstract's; causal/bidirectional attention are generic)
    dict(file="000_c33ede3366bcb84c.txt", line=247,
         M=["ULLME", "Unified Framework for Large Language Model Embeddings",
            "Unified framework for Large Language Model Embedding", "Generation-augmented Representation Learning",
            "GRL"],
         D=["Massive Text Embedding Benchmark"], T=["dense passage embedding", "text ranking", "text embedding"],
         P=["ULLME|Unified framework for Large Language Model Embedding|Unified Framework for Large Language Model Embeddings",
            "GRL|Generation-augmented Representation Learning"],
         L=[("used_for", "GRL", "text embedding"), ("evaluated_on", "ULLME", "Massive Text Embedding Benchmark")],
         A=[("ULLME", "Unified framework for Large Language Model Embedding",
             "Unified Framework for Large Language Model Embeddings"),
            ("GRL", "Generation-augmented Representation Learning")]),
    # H05 (survey; nothing named; the title recurs in 001:139 and 002:253 and the hf reader keeps 002:253's shorter
    # abstract, so that version is annotated instead of the listed 000:263: the gold text must be the record's text)
    dict(file="002_8310ea5c5292aef1.txt", line=253),
    # H06 (Ascend servers are hardware; instruction fine-tuning a paradigm; 7B a size)
    dict(file="000_c33ede3366bcb84c.txt", line=279,
         M=["TechGPT-2.0", "TechGPT-1.0", "QLoRA"],
         T=["knowledge graph construction", "named entity recognition", "NER", "relationship triple extraction", "RTE"],
         P=["TechGPT-2.0"],
         L=[("used_for", "TechGPT-2.0", "knowledge graph construction"), ("used_for", "TechGPT-2.0", "named entity recognition"),
            ("used_for", "TechGPT-2.0", "relationship triple extraction"), ("based_on", "TechGPT-2.0", "TechGPT-1.0")],
         A=[("named entity recognition", "NER"), ("relationship triple extraction", "RTE")]),
    # H07 (theory study; HMMs are used, not proposed; head tuning is a tuning paradigm)
    dict(file="000_c33ede3366bcb84c.txt", line=335,
         M=["Hidden Markov Models", "HMMs", "HMM"],
         A=[("Hidden Markov Models", "HMMs", "HMM")]),
    # H08 (benchmarking study; the three datasets are unnamed; LLM-as-a-judge is a named evaluation technique)
    dict(file="000_c33ede3366bcb84c.txt", line=347,
         M=["GPT-3.5-Turbo", "GPT-4", "Qwen1.5-7B", "SOLAR-10.7B-Instruct-v1.0", "Meta-Llama-3-8B", "Zephyr-7B-Beta",
            "LLM-as-a-judge"],
         T=["News Summarization", "news summarization", "summarization"],
         A=[("News Summarization", "news summarization")]),
    # H09 ("Vega v2" is the submission, "6B Vega" the same model; SuperGLUE "leaderboard" is no listed head;
    # "reasoning" is generic; 6B is a parameter budget, "4/8 tasks" a count)
    dict(file="000_c33ede3366bcb84c.txt", line=367,
         M=["Vega v2", "Vega", "Self-Evolution", "self-evolution learning", "prompt transfer"],
         D=["SuperGLUE", "general language understanding evaluation", "GLUE"], X=["average score"],
         T=["question answering", "natural language inference", "word sense disambiguation", "coreference resolution",
            "masked language modeling", "MLM"],
         P=["Vega v2|Vega", "self-evolution learning|Self-Evolution"],
         R=[("91.3", "", False, "average score", "SuperGLUE", "Vega")],
         L=[("evaluated_on", "Vega v2", "SuperGLUE"), ("evaluated_on", "Vega", "SuperGLUE")],
         A=[("Vega v2", "Vega"), ("self-evolution learning", "Self-Evolution"),
            ("general language understanding evaluation", "GLUE"), ("masked language modeling", "MLM")]),
    # H10 ("transformer-based" is a premodifier; SMILES is a notation; drug discovery and material design are
    # application areas)
    dict(file="000_c33ede3366bcb84c.txt", line=407,
         M=["MoLFormer", "transformer", "rotary positional embeddings", "linear attention", "graph neural networks"],
         N=["transformer-based"],
         D=["PubChem", "ZINC"], T=["molecular property predictions"],
         P=["MoLFormer"],
         L=[("based_on", "MoLFormer", "transformer"), ("based_on", "MoLFormer", "rotary positional embeddings")]),
    # H11 (active learning is a paradigm; the self-active learning framework is the paper's named contribution;
    # "14x smaller" is a dataset size)
    dict(file="000_c33ede3366bcb84c.txt", line=411,
         M=["AfroLM", "Self-Active Learning", "self-active learning", "AfriBERTa", "XLMR-base", "mBERT"],
         T=["NER", "text classification", "sentiment analysis"],
         P=["AfroLM", "self-active learning|Self-Active Learning"],
         L=[("outperforms", "AfroLM", "AfriBERTa"), ("outperforms", "AfroLM", "XLMR-base"), ("outperforms", "AfroLM", "mBERT"),
            ("used_for", "AfroLM", "NER"), ("used_for", "AfroLM", "text classification"),
            ("used_for", "AfroLM", "sentiment analysis"), ("based_on", "AfroLM", "self-active learning")],
         A=[("self-active learning", "Self-Active Learning")]),
    # H12 (parameter-efficient tuning is a paradigm; "4 to 7 times faster" gives two results with no named metric)
    dict(file="000_c33ede3366bcb84c.txt", line=483,
         M=["DyLoRA", "Dynamic Search-Free Low-Rank Adaptation", "dynamic low-rank adaptation", "low-rank adapters",
            "LoRA", "SVD", "RoBERTa", "GPT"],
         D=["GLUE", "E2E", "DART", "WebNLG"], T=["natural language understanding", "language generation"],
         P=["DyLoRA|dynamic low-rank adaptation|Dynamic Search-Free Low-Rank Adaptation"],
         R=[("4", "x", True, None, None, "DyLoRA"), ("7", "x", True, None, None, "DyLoRA")],
         L=[("based_on", "DyLoRA", "LoRA"), ("evaluated_on", "DyLoRA", "GLUE"), ("evaluated_on", "DyLoRA", "E2E"),
            ("evaluated_on", "DyLoRA", "DART"), ("evaluated_on", "DyLoRA", "WebNLG"),
            ("used_for", "DyLoRA", "natural language understanding"), ("used_for", "DyLoRA", "language generation")],
         A=[("DyLoRA", "dynamic low-rank adaptation", "Dynamic Search-Free Low-Rank Adaptation"),
            ("LoRA", "low-rank adapters")]),
    # H13 (data augmentation is a paradigm; the improvements carry no named metric; LLaMA2-7B is the student used)
    dict(file="000_c33ede3366bcb84c.txt", line=519,
         M=["LLM2LLM", "LLaMA2-7B"], D=["GSM8K", "CaseHOLD", "SNIPS", "TREC", "SST-2"],
         P=["LLM2LLM"],
         R=[("24.2", "%", True, None, "GSM8K", "LLM2LLM"), ("32.6", "%", True, None, "CaseHOLD", "LLM2LLM"),
            ("32.0", "%", True, None, "SNIPS", "LLM2LLM"), ("52.6", "%", True, None, "TREC", "LLM2LLM"),
            ("39.8", "%", True, None, "SST-2", "LLM2LLM")],
         L=[("evaluated_on", "LLM2LLM", "GSM8K"), ("evaluated_on", "LLM2LLM", "CaseHOLD"),
            ("evaluated_on", "LLM2LLM", "SNIPS"), ("evaluated_on", "LLM2LLM", "TREC"), ("evaluated_on", "LLM2LLM", "SST-2")]),
    # H14 (thesis; the two finetuning methods are unnamed, the two decoding techniques are named; MLMs is a class)
    dict(file="000_c33ede3366bcb84c.txt", line=555,
         M=["Transformers", "transformer", "transformers", "hidden state optimization", "conditional beam search"],
         T=["natural language understanding", "few-shot classification", "natural language generation", "NLG"],
         P=["hidden state optimization", "conditional beam search"],
         L=[("used_for", "hidden state optimization", "few-shot classification"),
            ("used_for", "conditional beam search", "natural language generation")],
         A=[("Transformers", "transformer", "transformers"), ("natural language generation", "NLG")]),
    # H15 (survey; LMs and augmented LMs are classes; hallucination prevention is the problem surveyed)
    dict(file="000_c33ede3366bcb84c.txt", line=559,
         T=["hallucination prevention", "language modeling"]),
    # H16 (analysis article; "masked language model" names the pre-training objective, a TASK; foundation models,
    # transfer and self-supervised learning are classes/paradigms)
    dict(file="000_c33ede3366bcb84c.txt", line=587,
         M=["Bidirectional Encoder Representations from Transformers", "BERT", "Generative Pre-trained Transformer", "GPT"],
         D=["Stanford Question Answering Dataset", "SQuAD", "General Language Understanding Evaluation", "GLUE"],
         T=["language modeling", "masked language model"],
         A=[("BERT", "Bidirectional Encoder Representations from Transformers"), ("GPT", "Generative Pre-trained Transformer"),
            ("SQuAD", "Stanford Question Answering Dataset"), ("GLUE", "General Language Understanding Evaluation")]),
    # H17 (survey; the taxonomy is unnamed; in-context learning is a paradigm)
    dict(file="001_216e326a59f6f740.txt", line=131,
         M=["Mixture of Experts", "mixture of experts", "MoE"],
         A=[("MoE", "Mixture of Experts", "mixture of experts")]),
    # H18 ("Transformer layers": the architecture as a noun; "It ... greater flexibility and efficiency than MRL")
    dict(file="001_216e326a59f6f740.txt", line=143,
         M=["2D Matryoshka Sentence Embeddings", "Two-dimensional Matryoshka Sentence Embedding", "2DMSE",
            "Matryoshka Representation Learning", "MRL", "Transformer"],
         X=["accuracy", "memory consumption"], T=["semantic textual similarity", "STS"],
         P=["2DMSE|Two-dimensional Matryoshka Sentence Embedding|2D Matryoshka Sentence Embeddings"],
         L=[("outperforms", "2DMSE", "MRL"), ("used_for", "2DMSE", "STS")],
         A=[("2DMSE", "Two-dimensional Matryoshka Sentence Embedding", "2D Matryoshka Sentence Embeddings"),
            ("MRL", "Matryoshka Representation Learning"), ("semantic textual similarity", "STS")]),
    # H19 (the draft model and its two strategies are unnamed; vanilla auto-regressive decoding is generic; Vicuna
    # and LlaMA-2 are the models it is applied to)
    dict(file="001_216e326a59f6f740.txt", line=151,
         M=["Chimera", "speculative sampling", "Vicuna", "LlaMA-2"], X=["accuracy", "latency speedup ratio"],
         P=["Chimera"],
         R=[("2.7", "x", True, "latency speedup ratio", None, "Chimera")],
         L=[("based_on", "Chimera", "speculative sampling")]),
]
for _p in PAPERS_HOLDOUT6:
    _p["split"] = "holdout6"
