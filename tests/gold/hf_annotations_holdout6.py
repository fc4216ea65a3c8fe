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
         M=["MindLLM",
            # session 15 (GB): paradigm named (s15 A)
            "instruction tuning"],
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
         M=["GPT-3",
            # session 15 (GB): named prompt-based training paradigm, title (s15 A)
            "Prompt Learning",
            # session 15 (GB): named prompt-based training paradigm (s15 A)
            "Prompt learning",
            # session 15 (GB): named prompt-based training paradigm (s15 A)
            "prompt learning"]),
    # H04 (the title's long form differs from the abstract's; causal/bidirectional attention are generic)
    dict(file="000_c33ede3366bcb84c.txt", line=247,
         M=["ULLME", "Unified Framework for Large Language Model Embeddings",
            "Unified framework for Large Language Model Embedding", "Generation-augmented Representation Learning",
            "GRL"],
         D=["Massive Text Embedding Benchmark"], T=["dense passage embedding", "text ranking", "text embedding"],
         P=["ULLME|Unified framework for Large Language Model Embedding|Unified Framework for Large Language Model Embeddings",
            "GRL|Generation-augmented Representation Learning"],
         L=[("used_for", "GRL", "text embedding"), ("evaluated_on", "ULLME", "Massive Text Embedding Benchmark"),
            # session 14 (G7): own named component: the framework's named fine-tuning method (title 'with' it) (GUIDELINES based_on, own named components)
            ("based_on", "ULLME", "GRL")],
         A=[("ULLME", "Unified framework for Large Language Model Embedding",
             "Unified Framework for Large Language Model Embeddings"),
            ("GRL", "Generation-augmented Representation Learning")]),
    # H05 (survey; nothing named; the title recurs in 001:139 and 002:253 and the hf reader keeps 002:253's shorter
    # abstract, so that version is annotated instead of the listed 000:263: the gold text must be the record's text)
    dict(file="002_8310ea5c5292aef1.txt", line=253),
    # H06 (Ascend servers are hardware; instruction fine-tuning a paradigm; 7B a size)
    dict(file="000_c33ede3366bcb84c.txt", line=279,
         M=["TechGPT-2.0", "TechGPT-1.0", "QLoRA",
            # session 15 (GB): paradigm named (s15 A)
            "full fine-tuning",
            # session 15 (GB): instruction tuning spelling (s15 A)
            "instruction fine-tuning"],
         T=["knowledge graph construction", "named entity recognition", "NER", "relationship triple extraction", "RTE"],
         P=["TechGPT-2.0"],
         L=[("used_for", "TechGPT-2.0", "knowledge graph construction"), ("used_for", "TechGPT-2.0", "named entity recognition"),
            ("used_for", "TechGPT-2.0", "relationship triple extraction"), ("based_on", "TechGPT-2.0", "TechGPT-1.0"),
            # session 16 (TLG): adapter modules: the release includes a QLoRA weight among the model's weights (GUIDELINES based_on, adapter modules)
            ("based_on", "TechGPT-2.0", "QLoRA")],
         A=[("named entity recognition", "NER"), ("relationship triple extraction", "RTE")]),
    # H07 (theory study; HMMs are used, not proposed; head tuning is a tuning paradigm)
    dict(file="000_c33ede3366bcb84c.txt", line=335,
         M=["Hidden Markov Models", "HMMs", "HMM",
            # session 15 (GB): named tuning paradigm (s15 A)
            "head tuning"],
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
         L=[("evaluated_on", "Vega v2", "SuperGLUE"), ("evaluated_on", "Vega", "SuperGLUE"),
            # session 14 (G7): own named method the submission is pretrained with (title 'via' it) (GUIDELINES based_on: learning algorithm the method trains with; own named components)
            ("based_on", "Vega v2", "self-evolution learning")],
         A=[("Vega v2", "Vega"), ("self-evolution learning", "Self-Evolution"),
            ("general language understanding evaluation", "GLUE"), ("masked language modeling", "MLM")]),
    # H10 ("transformer-based" is a premodifier; SMILES is a notation; drug discovery and material design are
    # application areas)
    dict(file="000_c33ede3366bcb84c.txt", line=407,
         M=["MoLFormer", "transformer", "rotary positional embeddings", "linear attention", "graph neural networks"],
         N=["transformer-based"],
         D=["PubChem", "ZINC"], T=["molecular property predictions"],
         P=["MoLFormer"],
         L=[("based_on", "MoLFormer", "transformer"), ("based_on", "MoLFormer", "rotary positional embeddings"),
            # session 13 (G3): an attention scheme the model is made of ('This model employs a linear attention mechanism', beside the gold rotary positional embeddings; GUIDELINES based_on judgement calls)
            ("based_on", "MoLFormer", "linear attention"),
            # session 14 (G5): own work's representation beats a named item after a general phrase (GUIDELINES outperforms, both named)
            ("outperforms", "MoLFormer", "graph neural networks")]),
    # H11 (active learning is a paradigm; the self-active learning framework is the paper's named contribution;
    # "14x smaller" is a dataset size)
    dict(file="000_c33ede3366bcb84c.txt", line=411,
         M=["AfroLM", "Self-Active Learning", "self-active learning", "AfriBERTa", "XLMR-base", "mBERT",
            # session 15 (GB): paradigm named (s15 A)
            "semi-supervised learning"],
         T=["NER", "text classification", "sentiment analysis"],
         P=["AfroLM", "self-active learning|Self-Active Learning"],
         L=[("outperforms", "AfroLM", "AfriBERTa"), ("outperforms", "AfroLM", "XLMR-base"), ("outperforms", "AfroLM", "mBERT"),
            ("used_for", "AfroLM", "NER"), ("used_for", "AfroLM", "text classification"),
            ("used_for", "AfroLM", "sentiment analysis"), ("based_on", "AfroLM", "self-active learning")],
         A=[("self-active learning", "Self-Active Learning")]),
    # H12 (parameter-efficient tuning is a paradigm; "4 to 7 times faster" gives two results with no named metric)
    dict(file="000_c33ede3366bcb84c.txt", line=483,
         M=["DyLoRA", "Dynamic Search-Free Low-Rank Adaptation", "dynamic low-rank adaptation", "low-rank adapters",
            "LoRA", "SVD", "RoBERTa", "GPT",
            # session 15 (GB): PEFT spelling, title (s15 A)
            "Parameter Efficient Tuning"],
         D=["GLUE", "E2E", "DART", "WebNLG"], T=["natural language understanding", "language generation"],
         P=["DyLoRA|dynamic low-rank adaptation|Dynamic Search-Free Low-Rank Adaptation"],
         R=[("4", "x", True, None, None, "DyLoRA"), ("7", "x", True, None, None, "DyLoRA")],
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "DyLoRA", "RoBERTa"),
            ("based_on", "DyLoRA", "GPT"),
            ("based_on", "DyLoRA", "LoRA"), ("evaluated_on", "DyLoRA", "GLUE"), ("evaluated_on", "DyLoRA", "E2E"),
            ("evaluated_on", "DyLoRA", "DART"), ("evaluated_on", "DyLoRA", "WebNLG"),
            ("used_for", "DyLoRA", "natural language understanding"), ("used_for", "DyLoRA", "language generation"),
            # session 14 (G5): efficiency win against a named method (training speed; GUIDELINES outperforms, efficiency wins)
            ("outperforms", "DyLoRA", "LoRA")],
         A=[("DyLoRA", "dynamic low-rank adaptation", "Dynamic Search-Free Low-Rank Adaptation"),
            ("LoRA", "low-rank adapters")]),
    # H13 (data augmentation is a paradigm; the improvements carry no named metric; LLaMA2-7B is the student used)
    dict(file="000_c33ede3366bcb84c.txt", line=519,
         M=["LLM2LLM", "LLaMA2-7B",
            # session 15 (GB): paradigm named; the baselines (s15 A)
            "data augmentation"], D=["GSM8K", "CaseHOLD", "SNIPS", "TREC", "SST-2"],
         P=["LLM2LLM"],
         R=[("24.2", "%", True, None, "GSM8K", "LLM2LLM"), ("32.6", "%", True, None, "CaseHOLD", "LLM2LLM"),
            ("32.0", "%", True, None, "SNIPS", "LLM2LLM"), ("52.6", "%", True, None, "TREC", "LLM2LLM"),
            ("39.8", "%", True, None, "SST-2", "LLM2LLM")],
         L=[("evaluated_on", "LLM2LLM", "GSM8K"), ("evaluated_on", "LLM2LLM", "CaseHOLD"),
            ("evaluated_on", "LLM2LLM", "SNIPS"), ("evaluated_on", "LLM2LLM", "TREC"), ("evaluated_on", "LLM2LLM", "SST-2"),
            # session 15 (GB): stated to outperform other such baselines (s15 A)
            ("outperforms", "LLM2LLM", "data augmentation")]),
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
         M=["Bidirectional Encoder Representations from Transformers", "BERT", "Generative Pre-trained Transformer", "GPT",
            # session 15 (GB): paradigm named, background (s15 A)
            "transfer learning",
            # session 15 (GB): paradigm named, background (s15 A)
            "self-supervised learning"],
         D=["Stanford Question Answering Dataset", "SQuAD", "General Language Understanding Evaluation", "GLUE"],
         T=["language modeling", "masked language model"],
         A=[("BERT", "Bidirectional Encoder Representations from Transformers"), ("GPT", "Generative Pre-trained Transformer"),
            ("SQuAD", "Stanford Question Answering Dataset"), ("GLUE", "General Language Understanding Evaluation")]),
    # H17 (survey; the taxonomy is unnamed; in-context learning is a paradigm)
    dict(file="001_216e326a59f6f740.txt", line=131,
         M=["Mixture of Experts", "mixture of experts", "MoE",
            # session 15 (GB): paradigm named, background (s15 A)
            "in-context learning"],
         A=[("MoE", "Mixture of Experts", "mixture of experts")]),
    # H18 ("Transformer layers": the architecture as a noun; "It ... greater flexibility and efficiency than MRL")
    dict(file="001_216e326a59f6f740.txt", line=143,
         M=["2D Matryoshka Sentence Embeddings", "Two-dimensional Matryoshka Sentence Embedding", "2DMSE",
            "Matryoshka Representation Learning", "MRL", "Transformer"],
         X=[
            # session 13 (G3): efficiency measure named as a measure, background included ('leading to speedups in downstream tasks'; GUIDELINES METRIC)
            # session 15 (GB): removed METRIC "speedups": unquantified background about a prior method (s15 G)
            "accuracy", 
            # session 15 (GB): removed METRIC "memory consumption": background only (s15 G)
            ], T=["semantic textual similarity", "STS"],
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
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "Chimera", "Vicuna"),
            ("based_on", "Chimera", "LlaMA-2"),
            ("based_on", "Chimera", "speculative sampling")]),
    # H20 (survey; "Transformer-based" is a premodifier, "Transformer Architecture"/"Transformer upgrades" name it)
    dict(file="001_216e326a59f6f740.txt", line=199,
         M=["ChatGPT", "Transformer"], N=["Transformer-based"]),
    # H21 (the method, mapping network and decision module are unnamed: nothing proposed; "multimodal language
    # models" is a class)
    dict(file="001_216e326a59f6f740.txt", line=215,
         T=["image retrieval", "image generation", "multimodal dialogue", "text-to-image generation", "text-to-image"]),
    # H22 (survey; statistical/neural language models and PLMs are classes; adaptation tuning a paradigm)
    dict(file="001_216e326a59f6f740.txt", line=247,
         M=["Transformer", "ChatGPT"], T=["language modeling"]),
    # H23 (in-context learning is a paradigm; "12 times larger original prompts" is the compression SelfCP achieves,
    # 17M a parameter count)
    dict(file="002_8310ea5c5292aef1.txt", line=27,
         M=["SelfCP",
            # session 15 (GB): paradigm named, background (s15 A)
            "in-context learning"], T=["summarization"],
         P=["SelfCP"],
         R=[("12", "x", True, None, None, "SelfCP")]),
    # H24 (NLP and CV are fields; few-shot and zero-shot learning paradigms)
    dict(file="002_8310ea5c5292aef1.txt", line=107,
         M=["Time-LLM", "Prompt-as-Prefix", "PaP"],
         T=["Time Series Forecasting", "Time series forecasting", "time series forecasting"],
         P=["Time-LLM", "PaP|Prompt-as-Prefix"],
         L=[("used_for", "Time-LLM", "time series forecasting"),
            # session 14 (G7): own named component proposed inside the framework to enrich the input context (GUIDELINES based_on, own named components)
            ("based_on", "Time-LLM", "PaP")],
         A=[("Time Series Forecasting", "Time series forecasting", "time series forecasting"), ("PaP", "Prompt-as-Prefix")]),
    # H25 (survey; the citation keys are no names)
    dict(file="002_8310ea5c5292aef1.txt", line=227,
         M=["ChatGPT", "GPT", "LLaMA", "PaLM"]),
    # H26 (pruning is a paradigm; vanilla KV cache eviction methods are unnamed; LLaMA3 and Mistral are the models
    # it is applied to)
    dict(file="002_8310ea5c5292aef1.txt", line=257,
         M=["ThinK", "transformer", "LLaMA3", "Mistral",
            # session 15 (GB): named kind of pruning (s15 A)
            "KV cache pruning",
            # session 15 (GB): named kind of pruning (s15 A)
            "value cache pruning"], X=["memory consumption", "accuracy", "memory costs"],
         P=["ThinK"],
         R=[("20", "%", True, "memory costs", None, "ThinK")],
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "ThinK", "LLaMA3"),
            ("based_on", "ThinK", "Mistral"),
         ]),
    # H27 (knowledge distillation is a paradigm; "Learning with Less ... Knowledge Distillation" is no clean long form)
    dict(file="002_8310ea5c5292aef1.txt", line=277,
         M=["LLKD",
            # session 15 (GB): paradigm named, title (s15 A)
            "Knowledge Distillation"],
         P=["LLKD"]),
    # H28 (pruning is a paradigm; "transformer block(s)": the architecture as a noun)
    dict(file="002_8310ea5c5292aef1.txt", line=375,
         M=["SLEB", "Transformer", "transformer"], X=[
            # session 15 (GB): removed METRIC "inference speedup": background, unquantified (s15 G)
            # session 15 (GE2b): restored METRIC "inference speedup": same quantity
            "inference speedup",
            # session 15 (GB): removed METRIC "processing speed": unquantified claim (s15 G)
            # session 15 (GE2b): restored METRIC "processing speed": own claim
            "processing speed",
            ],
         P=["SLEB"],
         A=[("Transformer", "transformer")]),
    # H29 (the attention mask and distance limit are described; 2048 and 32k are lengths; "it" in the last sentence is
    # LM-Infinite)
    dict(file="002_8310ea5c5292aef1.txt", line=387,
         M=["LM-Infinite", "LLaMa", "relative positional encoding", "relative-position encoding"], N=["Transformer-based"],
         D=["ArXiv", "OpenWebText2"], X=["decoding speedup"],
         T=["Length Generalization", "length generalization", "passkey retrieval"],
         P=["LM-Infinite"],
         R=[("2.72", "x", True, "decoding speedup", None, "LM-Infinite")],
         L=[("used_for", "LM-Infinite", "length generalization"), ("used_for", "LM-Infinite", "passkey retrieval"),
            ("evaluated_on", "LM-Infinite", "ArXiv"), ("evaluated_on", "LM-Infinite", "OpenWebText2")],
         A=[("Length Generalization", "length generalization"),
            ("relative positional encoding", "relative-position encoding")]),
    # H30 (the memory decay mechanism is described; DailyDialog is an existing corpus, the other two datasets are new;
    # Token Entropy is a named measure)
    dict(file="002_8310ea5c5292aef1.txt", line=393,
         M=["SirLLM", "Streaming Infinite Retentive LLM"], D=["DailyDialog", "Grocery Shopping", "Rock-Paper-Scissors"],
         X=[
            # session 15 (GB): removed METRIC "memory consumption": background only (s15 G)
            "Token Entropy"], T=["text generation"],
         P=["SirLLM|Streaming Infinite Retentive LLM", "Grocery Shopping", "Rock-Paper-Scissors"],
         L=[("evaluated_on", "SirLLM", "DailyDialog"), ("evaluated_on", "SirLLM", "Grocery Shopping"),
            ("evaluated_on", "SirLLM", "Rock-Paper-Scissors")],
         A=[("SirLLM", "Streaming Infinite Retentive LLM")]),
    # H31 (sliding attention windows are generic; 1,024K is a length)
    dict(file="002_8310ea5c5292aef1.txt", line=475,
         M=["InfLLM"],
         P=["InfLLM"]),
    # H32 (study; in-context learning is a paradigm, online learning a field; "regression" in "Friedman #2 regression
    # dataset" describes the dataset)
    dict(file="002_8310ea5c5292aef1.txt", line=495,
         # session 16 (TLG): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("do [linear] and non-linear regression", "linear regression", "T")],
         M=["Llama2", "GPT-4", "Claude 3", "Random Forest", "Bagging", "Gradient Boosting", "AdaBoost", "SVM", "KNN"],
         D=["Friedman #2"], X=["regret"], T=["non-linear regression", "regression"], N=["#2 [regression] dataset"],
         L=[("used_for", "GPT-4", "regression"), ("used_for", "Claude 3", "regression"),
            ("outperforms", "Claude 3", "AdaBoost"), ("outperforms", "Claude 3", "SVM"),
            ("outperforms", "Claude 3", "Random Forest"), ("outperforms", "Claude 3", "KNN"),
            ("outperforms", "Claude 3", "Gradient Boosting"), ("evaluated_on", "Claude 3", "Friedman #2")]),
    # H33 (the fine-tuning strategy is unnamed; tool use is a capability)
    dict(file="002_8310ea5c5292aef1.txt", line=523,
         M=["GPT-4"], T=["mathematical reasoning", "multi-hop question answering", "strategic question answering"]),
    # H34 (the three NER variants are described, not named; the silver corpus is NERetrieve)
    dict(file="002_8310ea5c5292aef1.txt", line=651,
         D=["NERetrieve"], T=["Named Entity Recognition", "NER"],
         P=["NERetrieve"],
         A=[("Named Entity Recognition", "NER")]),
    # H35 (few-shot prompting and prompt engineering are paradigms; 250M and 62B are sizes)
    dict(file="002_8310ea5c5292aef1.txt", line=691,
         M=["LM-corrector", "LMCor"],
         P=["LMCor|LM-corrector"],
         A=[("LMCor", "LM-corrector")]),
    # H36 (tutorial whose toolbox LLMsuite is its named artifact; LangChain is a software library; RLHF and
    # instruction fine-tuning are paradigms; ReAct, PAL and ReST are named methods)
    dict(file="002_8310ea5c5292aef1.txt", line=693,
         M=["LLMsuite", "ChatGPT", "Gemini", "Retrieval Augmented Generation", "RAG", "Program-Aided Language Models",
            "PAL", "ReAct", "LoRA", "Reinforced Self-Training", "ReST", "transformer",
            # session 15 (GB): instruction tuning spelling (s15 A)
            "instruction fine-tuning",
            # session 15 (GB): RLHF (s15 A)
            "Reinforcement Learning from Human Feedback",
            # session 15 (GB): RLHF (s15 A)
            "RLHF"],
         P=["LLMsuite"],
         A=[("RAG", "Retrieval Augmented Generation"), ("PAL", "Program-Aided Language Models"),
            ("ReST", "Reinforced Self-Training"),
            # session 15 (GB): long/short form (s15 A)
            ("RLHF", "Reinforcement Learning from Human Feedback")]),
    # H37 (the proposed task is long-context query focused summarization with unstructured evidence citation;
    # "lost-in-the-middle" is a phenomenon; the pipeline is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=695,
         D=["Summaries with Unstructured Evidence Text", "SUnsET"],
         T=["Unstructured Evidence Attribution", "Long Context Query Focused Summarization",
            "long-context query focused summarization", "unstructured evidence citation", "evidence citation"],
         P=["SUnsET|Summaries with Unstructured Evidence Text"],
         A=[("SUnsET", "Summaries with Unstructured Evidence Text"),
            ("Long Context Query Focused Summarization", "long-context query focused summarization")]),
    # H38 (the four steps are described; "CoT-Driven": CoT is a named technique; complex reasoning tasks are generic)
    dict(file="003_85bc812000b910e7.txt", line=67,
         M=["Chain-of-Thought", "CoT", "Graph Convolutional Networks", "Syntactic and Semantic Enrichment CoT", "SSE-CoT",
            "CoT-Driven Multi-Task Learning", "CDMT"],
         D=["Ohsumed", "TagMyNews"], T=["Short Text Classification", "STC"],
         P=["SSE-CoT|Syntactic and Semantic Enrichment CoT", "CDMT|CoT-Driven Multi-Task Learning"],
         L=[("used_for", "SSE-CoT", "STC"), ("based_on", "SSE-CoT", "CoT"), ("evaluated_on", "SSE-CoT", "Ohsumed"),
            ("evaluated_on", "SSE-CoT", "TagMyNews")],
         A=[("Short Text Classification", "STC"), ("CoT", "Chain-of-Thought"),
            ("SSE-CoT", "Syntactic and Semantic Enrichment CoT"), ("CDMT", "CoT-Driven Multi-Task Learning")]),
    # H39 (the QA dataset and the video/book data are unnamed; loss weighting is generic; 4K/1M/7B are sizes;
    # masked sequence packing is one of the listed contributions)
    dict(file="003_85bc812000b910e7.txt", line=103,
         M=["RingAttention", "transformers", "masked sequence packing", "LWM-Text", "LWM-Text-Chat", "LWM", "LWM-Chat"],
         T=["long video understanding"],
         P=["LWM-Text", "LWM-Text-Chat", "LWM", "LWM-Chat", "masked sequence packing"],
         # session 13 (G3): own voice, the paper's video model ('We train one of the largest context size transformers on long video and language sequences, setting new benchmarks in ... long video understanding'; GUIDELINES used_for)
         L=[("used_for", "LWM", "long video understanding")]),
    # H40 ("DSQ" is the abstract's misspelling of DGQ; CUTLASS is a kernel library; A8W4/A16W4 and INT4/INT8 are
    # settings; the grid search and percentile clipping are described)
    dict(file="003_85bc812000b910e7.txt", line=115,
         M=["Dual Grained Quantization", "DGQ", "DSQ",
            # session 15 (GB): named kind of quantization, title (s15 A)
            "Fine-Grained Quantization",
            # session 15 (GB): named kind of quantization (s15 A)
            "Fine-grained quantization",
            # session 15 (GB): named kind of quantization (s15 A)
            "weight-activation quantization"],
         X=["quantization loss", "inference speed", "memory reduction", "speed gains"],
         P=["DGQ|Dual Grained Quantization|DSQ"],
         R=[("1.12", "x", True, "memory reduction", None, "DGQ"), ("3.24", "x", True, "speed gains", None, "DGQ")],
         A=[("DGQ", "Dual Grained Quantization", "DSQ")]),
    # H41 (pruning, continual pre-training and full fine-tuning are paradigms, 4-bit a setting, A100-80G and 20G HBM
    # hardware; "LoRA-trained": LoRA is a named method)
    dict(file="003_85bc812000b910e7.txt", line=179,
         M=["LoRA", "Low-Rank Adaption", "LoRAM", "QLoRAM", "LLaMA-3.1-70B", "LLaMA-2-70B", "LLaMA-3.1-8B",
            "LLaMA-2-13B",
            # session 15 (GB): paradigm named (s15 A)
            "continual pre-training",
            # session 15 (GB): paradigm named (s15 A)
            "full fine-tuning",
            # session 15 (GB): named kind of pruning (s15 A)
            "structured pruning"],
         X=["memory footprint", "memory usage", "parameter storage cost"],
         P=["LoRAM", "QLoRAM"],
         R=[("15.81", "x", True, "parameter storage cost", None, "QLoRAM"),
            ("16.95", "x", True, "parameter storage cost", None, "QLoRAM")],
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "QLoRAM", "LLaMA-3.1-70B"),
            ("based_on", "QLoRAM", "LLaMA-2-70B"),
            ("based_on", "LoRAM", "LoRA"),
            # session 16 (TLG): adapter modules: QLoRAM, LoRAM's quantized form, trains low-rank (LoRA) matrices as LoRAM does (GUIDELINES based_on, adapter modules)
            ("based_on", "QLoRAM", "LoRA"),
            ("outperforms", "QLoRAM", "LLaMA-3.1-70B"),
            ("outperforms", "QLoRAM", "LLaMA-2-70B"), ("outperforms", "QLoRAM", "LLaMA-3.1-8B"),
            ("outperforms", "QLoRAM", "LLaMA-2-13B")],
         A=[("LoRA", "Low-Rank Adaption")]),
    # H42 (the measure the paper defines is its proposal; Atari Pong is the game environment used as data; both
    # "100 times" are outcomes: a difficulty ratio and a compression)
    dict(file="004_497d3d275a8de861.txt", line=363,
         X=["Intrinsic Dimension", "intrinsic dimension", "intrinsic dimensions", "Intrinsic dimension"],
         D=["MNIST", "Atari Pong", "CIFAR-10"], T=["inverted pendulum"],
         P=["intrinsic dimension|Intrinsic Dimension|Intrinsic dimension"],
         R=[("100", "x", True, "intrinsic dimension", "MNIST", None), ("100", "x", True, None, None, None)],
         A=[("intrinsic dimension", "Intrinsic Dimension", "intrinsic dimensions", "Intrinsic dimension")]),
    # H43 (Medical AI is a field; 25,362 CT scans is a dataset size; the three gains are the Flagship Model's)
    dict(file="004_497d3d275a8de861.txt", line=493,
         M=["ScaleMAI", "Flagship AI Model", "Flagship Model"],
         T=["pancreatic tumor detection", "tumor detection", "segmentation", "classification"],
         P=["ScaleMAI", "Flagship AI Model|Flagship Model"],
         R=[("14", "%", True, None, None, "Flagship Model"), ("5", "%", True, None, None, "Flagship Model"),
            ("72", "%", True, None, None, "Flagship Model")],
         L=[("used_for", "Flagship Model", "tumor detection"), ("used_for", "Flagship Model", "segmentation"),
            ("used_for", "Flagship Model", "classification"),
            # session 13 (G3): own voice, the task the agent is applied to ('We adopt pancreatic tumor detection as an example'; GUIDELINES used_for)
            ("used_for", "ScaleMAI", "pancreatic tumor detection")],
         A=[("Flagship AI Model", "Flagship Model")]),
]
for _p in PAPERS_HOLDOUT6:
    _p["split"] = "holdout6"
