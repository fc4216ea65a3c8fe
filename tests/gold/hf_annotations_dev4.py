"""Hand annotations of 60 DEV4 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev4"; ``build_hf_gold.py`` writes them to ``dev4.jsonl``.
Session 6, annotated by hand, in file order, before the pipeline was run on them.

Selection (``/work/notes/s6/pick_gold.py``, the lead's script): the dev3 rule with a new seed. Every listing's
papers (``kg.readers.hf_listing.parse_listing``, file order) that are not in any set annotated before session 6
(``hf_annotations.py``, holdout, holdout2, dev2, dev3, holdout3), whose title occurs once in all listings and
is not an annotated title, whose abstract is at least 300 characters and is rebuilt exactly by
``build_hf_gold.listing_paper``, pooled over the listings in file-name order;
``random.Random(20261123).sample(pool, 160)`` gives holdout4 (the first 40), dev4 (the next 60) and dev5 (the
last 60), sorted by line within a listing. The pool is not stratified, so dev4 holds 4, 1, 26, 2 and 27 papers
of listings 000-004.

Corrected after the first scoring (clear slips against GUIDELINES.md, listed here for honesty): F19's "inference
latency" is a METRIC (latency as the measured quantity); F37's base models and F51's whisper-large-v3 are
evaluated_on the datasets their figures are stated on (as the results already said).

THIS IS A TUNING AND TRAINING SET (like dev, dev2 and dev3): extractor engineers may read it and its
per-paper errors, and the shipped NER model is trained on it.
"""

PAPERS_DEV4 = [
    # F00 (the framework is named by the title's "Agent Q")
    dict(file="000_c33ede3366bcb84c.txt", line=103,
         M=["Agent Q", "Monte Carlo Tree Search", "MCTS", "Direct Preference Optimization", "DPO", "Llama-3 70B",
            # session 15 (GA1): SFT, prior approach (s15 A)
            "supervised fine-tuning",
            # session 15 (GA1): named imitation-learning paradigm, baseline (s15 A)
            "behavior cloning",
            # session 15 (GA1): named RL fine-tuning paradigm, baseline (s15 A)
            "reinforced fine-tuning"],
         D=["WebShop"], X=["success rate"], T=["web navigation"],
         P=["Agent Q"],
         R=[("18.6", "%", False, "success rate", None, "Llama-3 70B"), ("81.7", "%", False, "success rate", None, "Agent Q"),
            ("340", "%", True, None, None, "Agent Q"), ("95.4", "%", False, None, None, "Agent Q")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "Agent Q", "Llama-3 70B"),
            ("based_on", "Agent Q", "MCTS"), ("based_on", "Agent Q", "DPO"), ("evaluated_on", "Agent Q", "WebShop"),
            # session 15 (GA1): approach outperforms behavior cloning baseline (s15 A)
            ("outperforms", "Agent Q", "behavior cloning"),
            # session 15 (GA1): approach outperforms reinforced fine-tuning baseline (s15 A)
            ("outperforms", "Agent Q", "reinforced fine-tuning")],
         A=[("MCTS", "Monte Carlo Tree Search"), ("DPO", "Direct Preference Optimization")]),
    # F01 (PTQ is a paradigm; W4A4 etc. are settings)
    dict(file="000_c33ede3366bcb84c.txt", line=239,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("both [weight-only] and weight-activation quantization", "weight-only quantization", "M")],
         M=["OmniQuant", "Omnidirectionally Calibrated Quantization", "Omnidirectionally calibrated Quantization",
            "Learnable Weight Clipping", "LWC", "Learnable Equivalent Transformation", "LET",
            "learnable equivalent transformation", "LLaMA-2",
            # session 15 (GA1): PTQ (s15 A)
            "post-training quantization",
            # session 15 (GA1): PTQ (s15 A)
            "PTQ",
            # session 15 (GA1): named kind of quantization (s15 A)
            "low-bit quantization",
            # session 15 (GA1): named kind of quantization (s15 A)
            "weight-activation quantization"],
         X=[
            # session 15 (GA1): removed METRIC "memory footprint": background only (s15 G)
            # session 15 (GE2a): restored METRIC "memory footprint": same quantity
            "memory footprint",
            
            # session 15 (GA1): removed METRIC "inference speed": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "inference speed": own claim
            "inference speed",
            ],
         P=["OmniQuant|Omnidirectionally Calibrated Quantization|Omnidirectionally calibrated Quantization",
            "LWC|Learnable Weight Clipping", "LET|Learnable Equivalent Transformation"],
         A=[("OmniQuant", "Omnidirectionally Calibrated Quantization", "Omnidirectionally calibrated Quantization"),
            ("LWC", "Learnable Weight Clipping"),
            ("LET", "Learnable Equivalent Transformation", "learnable equivalent transformation"),
            # session 15 (GA1): long/short form (s15 A)
            ("PTQ", "post-training quantization")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism: "X comprises two components including A and B")
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "OmniQuant", "LLaMA-2"),
            ("based_on", "OmniQuant", "LWC"),
            ("based_on", "OmniQuant", "LET")]),
    # F02 (study; mechanistic interpretability is named as a field)
    dict(file="000_c33ede3366bcb84c.txt", line=275,
         M=["sparse autoencoders"], T=["spatial reasoning"]),
    # F03
    dict(file="000_c33ede3366bcb84c.txt", line=591,
         M=["Graph-ToolFormer", "Graph Reasoning oriented Toolformer", "ChatGPT", "Toolformer"],
         T=["Graph Reasoning", "graph reasoning", "graph property reasoning"],
         P=["Graph-ToolFormer|Graph Reasoning oriented Toolformer"],
         L=[("based_on", "Graph-ToolFormer", "Toolformer"),
            ("used_for", "Graph-ToolFormer", "graph reasoning"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Graph-ToolFormer", "graph property reasoning")],
         A=[("Graph-ToolFormer", "Graph Reasoning oriented Toolformer"), ("Graph Reasoning", "graph reasoning")]),
    # F04 ("25x less data" and "11x less data" are savings the method achieves)
    dict(file="001_216e326a59f6f740.txt", line=51,
         M=["CoLoR-Filter", "Conditional Loss Reduction Filtering"], D=["C4", "Books"],
         T=["data selection", "language modeling", "domain adaptation", "multiple-choice question answering"],
         P=["CoLoR-Filter|Conditional Loss Reduction Filtering"],
         R=[("25", "x", True, None, "Books", "CoLoR-Filter"), ("11", "x", True, None, None, "CoLoR-Filter")],
         L=[("evaluated_on", "CoLoR-Filter", "Books"), ("used_for", "CoLoR-Filter", "data selection"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "CoLoR-Filter", "language modeling"),
            ("used_for", "CoLoR-Filter", "domain adaptation"),
            ("used_for", "CoLoR-Filter", "multiple-choice question answering")],
         A=[("CoLoR-Filter", "Conditional Loss Reduction Filtering")]),
    # F05
    dict(file="002_8310ea5c5292aef1.txt", line=75,
         M=["Rewrite-Retrieve-Read", "retrieve-then-read",
            # session 15 (GA1): RL as the training technique (s15 A)
            "reinforcement learning"],
         T=["Query Rewriting", "query rewriting", "open-domain QA", "multiple-choice QA"],
         P=["Rewrite-Retrieve-Read"],
         L=[("used_for", "Rewrite-Retrieve-Read", "query rewriting"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Rewrite-Retrieve-Read", "open-domain QA"),
            ("used_for", "Rewrite-Retrieve-Read", "multiple-choice QA")],
         A=[("Query Rewriting", "query rewriting")]),
    # F06
    dict(file="002_8310ea5c5292aef1.txt", line=77,
         M=["mPLUG-Owl", "low-rank adaption", "LoRA"], D=["OwlEval"],
         T=["multi-modal generation", "scene text understanding", "vision-only document comprehension"],
         P=["mPLUG-Owl", "OwlEval"],
         L=[("evaluated_on", "mPLUG-Owl", "OwlEval"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "mPLUG-Owl", "scene text understanding"),
            ("used_for", "mPLUG-Owl", "vision-only document comprehension"),
            # session 16 (TL): adapter modules: "jointly fine-tune a low-rank adaption (LoRA) module on LLM" (GUIDELINES based_on, adapter modules)
            ("based_on", "mPLUG-Owl", "LoRA")],
         A=[("LoRA", "low-rank adaption")]),
    # F07 ("30~70% fewer parameters" is a saving the method achieves: two results)
    dict(file="002_8310ea5c5292aef1.txt", line=141,
         M=["PaLM2-VAdapter", "perceiver resampler"], T=["Visual Question Answering", "VQA", "captioning"],
         P=["PaLM2-VAdapter"],
         R=[("30", "%", True, None, None, "PaLM2-VAdapter"), ("70", "%", True, None, None, "PaLM2-VAdapter")],
         L=[("used_for", "PaLM2-VAdapter", "Visual Question Answering"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "PaLM2-VAdapter", "captioning")],
         A=[("VQA", "Visual Question Answering")]),
    # F08
    dict(file="002_8310ea5c5292aef1.txt", line=193,
         M=["Arcana", "Multimodal LoRA", "MM-LoRA", "LoRAs", "Query Ladder", "QLadder", "CLIP"],
         P=["Arcana", "MM-LoRA|Multimodal LoRA", "QLadder|Query Ladder"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; module: "X introduces two techniques. First, A ... Second, B")
         L=[("based_on", "Arcana", "MM-LoRA"),
            ("based_on", "Arcana", "QLadder"),
            ("based_on", "MM-LoRA", "LoRAs")],
         A=[("MM-LoRA", "Multimodal LoRA"), ("QLadder", "Query Ladder")]),
    # F09 (MaaS is a service form; split learning a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=201,
         M=["Split-and-Privatize", "SAP",
            # session 15 (GA1): PEFT (s15 A)
            "parameter-efficient fine-tuning"], D=["Stanford Sentiment Treebank"], X=["empirical privacy"],
         P=["SAP|Split-and-Privatize"],
         R=[("62", "%", True, "empirical privacy", "Stanford Sentiment Treebank", "SAP"),
            ("1", "%", True, None, "Stanford Sentiment Treebank", "SAP")],
         L=[("evaluated_on", "SAP", "Stanford Sentiment Treebank")],
         A=[("SAP", "Split-and-Privatize")]),
    # F10 (the compression rates are settings; "5/6 benchmarks" counts benchmarks)
    dict(file="002_8310ea5c5292aef1.txt", line=241,
         M=["FlexiGPT", "low-rank adapters", "SVD"],
         P=["FlexiGPT"],
         # session 16 (TL): adapter modules, own voice: "replace each pruned block using ... block-specific low-rank adapters" (GUIDELINES based_on, adapter modules)
         L=[("based_on", "FlexiGPT", "low-rank adapters")]),
    # F11 (study; nothing named but the task)
    dict(file="002_8310ea5c5292aef1.txt", line=265,
         T=["language modeling"]),
    # F12 (the unlearning technique is unnamed; the Harry Potter books are the target, not a dataset)
    dict(file="002_8310ea5c5292aef1.txt", line=291,
         M=["Llama2-7b"], D=["Winogrande", "Hellaswag", "arc", "boolq", "piqa"],
         T=["Approximate Unlearning", "unlearning"], N=["unlearning target"],
         A=[("Approximate Unlearning", "unlearning")]),
    # F13 (unnamed algorithm: results carry no method)
    dict(file="002_8310ea5c5292aef1.txt", line=303,
         M=["multi-armed bandit", "low-rank factorization"],
         # session 13 (M9): "an 85-95% reduction in cost" reports a value (GUIDELINES cost compounds)
         X=["cost"],
         R=[("5", "%", False, None, None, None), ("15", "%", False, None, None, None),
            ("85", "%", True, "cost", None, None), ("95", "%", True, "cost", None, None)]),
    # F14 (technical report; SFT is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=369,
         M=["Tele-FLM", "FLM-2", "Tele-FLM-52B", "Tele-FLM-1T",
            # session 15 (GA1): SFT (s15 A)
            "Supervised Fine-tuning",
            # session 15 (GA1): SFT (s15 A)
            "SFT"],
         P=["Tele-FLM-1T"],
         A=[("Tele-FLM", "FLM-2"),
            # session 15 (GA1): long/short form (s15 A)
            ("SFT", "Supervised Fine-tuning")],
         L=[("based_on", "Tele-FLM-1T", "Tele-FLM")]),
    # F15 (survey)
    dict(file="002_8310ea5c5292aef1.txt", line=403,
         M=["Transformer", "transformer", "transformers", "mixture-of-experts"],
         T=["language modeling"],
         A=[("Transformer", "transformer", "transformers")]),
    # F16
    dict(file="002_8310ea5c5292aef1.txt", line=405,
         D=["LooGLE", "Long Context Generic Language Evaluation"],
         T=["long-context understanding", "long context understanding", "short question-answering", "cloze"],
         P=["LooGLE|Long Context Generic Language Evaluation"],
         A=[("LooGLE", "Long Context Generic Language Evaluation"),
            ("long-context understanding", "long context understanding")],
         # session 15 (GA1): paradigm evaluated (s15 A)
         M=["in-context learning"]),
    # F17
    dict(file="002_8310ea5c5292aef1.txt", line=417,
         D=["TempUN"],
         P=["TempUN"]),
    # F18
    dict(file="002_8310ea5c5292aef1.txt", line=431,
         M=["NuNER"], T=["Entity Recognition", "Named Entity Recognition", "NER"],
         P=["NuNER"],
         L=[("used_for", "NuNER", "Named Entity Recognition")],
         A=[("NER", "Named Entity Recognition", "Entity Recognition")]),
    # F19 (survey; "LaPM 540B" is written so; SLMs are a class of models)
    dict(file="002_8310ea5c5292aef1.txt", line=459,
         M=["LaPM 540B", "Llama-3.1 405B"], X=[
            # session 15 (GA1): removed METRIC "inference latency": background only (s15 G)
            ], T=["text generation", "question answering"]),
    # F20 (the 49% is an outcome of the paper's experiments, for an unnamed best model)
    dict(file="002_8310ea5c5292aef1.txt", line=465,
         D=["ALCE", "Automatic LLMs' Citation Evaluation", "ELI5"],
         X=["factual correctness", "fluency", "correctness", "citation quality"],
         P=["ALCE|Automatic LLMs' Citation Evaluation"],
         R=[("49", "%", False, None, "ELI5", None)],
         A=[("ALCE", "Automatic LLMs' Citation Evaluation")]),
    # F21 (retrospective; PEFT is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=503,
         M=["Low-Rank Adapters", "low-rank adapters", "Neural Architecture Search", "NAS",
            # session 15 (GA1): PEFT (s15 A)
            "parameter-efficient fine-tuning",
            # session 15 (GA1): PEFT (s15 A)
            "PEFT"],
         X=[
            # session 15 (GA1): removed METRIC "memory footprints": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "memory footprints": own claim
            "memory footprints",
            
            # session 15 (GA1): removed METRIC "inference times": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "inference times": own claim
            "inference times",
            ],
         A=[("Low-Rank Adapters", "low-rank adapters"), ("NAS", "Neural Architecture Search"),
            # session 15 (GA1): long/short form (s15 A)
            ("PEFT", "parameter-efficient fine-tuning")]),
    # F22 (the mimicking and extending strategies are unnamed; nothing is marked)
    dict(file="002_8310ea5c5292aef1.txt", line=537),
    # F23
    dict(file="002_8310ea5c5292aef1.txt", line=551,
         M=["MaLA-500", "LLaMA 2",
            # session 15 (GA1): paradigm used for training (s15 A)
            "continued pretraining",
            # session 15 (GA1): paradigm evaluated (s15 A)
            "in-context learning"], D=["Glot500-c", "SIB-200"],
         P=["MaLA-500"],
         L=[("based_on", "MaLA-500", "LLaMA 2"), ("evaluated_on", "MaLA-500", "SIB-200")]),
    # F24 (study)
    dict(file="002_8310ea5c5292aef1.txt", line=577,
         M=["transformer", "hyper-networks", "mixture of experts"], X=["perplexity"]),
    # F25
    dict(file="002_8310ea5c5292aef1.txt", line=587,
         M=["PromptIntern"], X=["inference tokens", "monetary cost"], T=["NL2Code"],
         P=["PromptIntern"],
         R=[("90", "%", True, "inference tokens", None, "PromptIntern"), ("4.2", "x", True, None, None, "PromptIntern"),
            ("88.3", "%", True, "monetary cost", None, "PromptIntern")]),
    # F26
    dict(file="002_8310ea5c5292aef1.txt", line=607,
         D=["S3Eval", "Big-Bench Hard", "BBH"], T=["long-context understanding"],
         P=["S3Eval"],
         A=[("BBH", "Big-Bench Hard")]),
    # F27 (SLMs and LLMs are classes of models)
    dict(file="002_8310ea5c5292aef1.txt", line=615,
         M=["OrchestraLLM"], X=["computational costs"],
         T=["Dialogue State Tracking", "dialogue state tracking", "structured knowledge extraction"],
         P=["OrchestraLLM"],
         R=[("50", "%", True, "computational costs", None, "OrchestraLLM")],
         L=[("used_for", "OrchestraLLM", "Dialogue State Tracking")],
         A=[("Dialogue State Tracking", "dialogue state tracking")]),
    # F28
    dict(file="002_8310ea5c5292aef1.txt", line=645,
         M=["PatchRec", "Multi-Grained Patch Training", "multi-grained patch training", "Patch Pre-training",
            "Patch Fine-tuning"],
         T=["Recommendation", "recommendation", "language modeling"],
         P=["PatchRec|Multi-Grained Patch Training|multi-grained patch training", "Patch Pre-training", "Patch Fine-tuning"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; stage: "X consisting of two stages: (1) A (2) B")
         L=[("based_on", "PatchRec", "Patch Pre-training"),
            ("based_on", "PatchRec", "Patch Fine-tuning"),
            ("used_for", "PatchRec", "recommendation")],
         A=[("PatchRec", "Multi-Grained Patch Training", "multi-grained patch training"),
            ("Recommendation", "recommendation")]),
    # F29
    dict(file="002_8310ea5c5292aef1.txt", line=653,
         M=["PICARD", "Parsing Incrementally for Constrained Auto-Regressive Decoding", "T5"], D=["Spider", "CoSQL"],
         T=["text-to-SQL translation"],
         P=["PICARD|Parsing Incrementally for Constrained Auto-Regressive Decoding"],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "PICARD", "T5"),
            ("evaluated_on", "PICARD", "Spider"), ("evaluated_on", "PICARD", "CoSQL"),
            ("used_for", "PICARD", "text-to-SQL translation")],
         A=[("PICARD", "Parsing Incrementally for Constrained Auto-Regressive Decoding")]),
    # F30 (survey; active learning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=677),
    # F31 (study; the NLP pipeline is unnamed)
    dict(file="003_85bc812000b910e7.txt", line=19,
         M=["bidirectional long short-term memory-conditional random field", "BiLSTM-CRF",
            "least absolute shrinkage and selection operator", "support vector machine", "random forest", "decision tree",
            "logistic regression"],
         X=["F1 score", "precision", "recall"],
         T=["Liver Cancer Diagnosis", "liver cancer diagnosis", "computer-aided radiologic diagnosis",
            "named entity recognition", "synonyms normalization", "relationship extraction", "liver cancer prediction",
            "radiological feature extraction", "cancer risk prediction"],
         R=[("93.00", "%", False, "F1 score", None, "BiLSTM-CRF"), ("86.97", "%", False, "F1 score", None, "random forest"),
            ("87.71", "%", False, "precision", None, "random forest"), ("86.25", "%", False, "recall", None, "random forest")],
         L=[("used_for", "BiLSTM-CRF", "named entity recognition"), ("used_for", "random forest", "liver cancer diagnosis")],
         A=[("BiLSTM-CRF", "bidirectional long short-term memory-conditional random field"),
            ("Liver Cancer Diagnosis", "liver cancer diagnosis")]),
    # F32 (the baseline trained with "2.5 times more compute": a compute saving of BTM)
    dict(file="003_85bc812000b910e7.txt", line=87,
         M=["Branch-Train-Merge", "BTM", "expert LMs", "ELMs", "ELM", "GPT", "Transformer"], X=["perplexities"],
         P=["BTM|Branch-Train-Merge"],
         R=[("2.5", "x", True, None, None, "BTM")],
         L=[("outperforms", "BTM", "Transformer")],
         A=[("BTM", "Branch-Train-Merge"), ("ELMs", "expert LMs", "ELM")]),
    # F33 (study; the models are unnamed)
    dict(file="004_497d3d275a8de861.txt", line=19,
         T=["Question Answering", "multi-hop numerical reasoning", "financial reasoning", "entity extraction"]),
    # F34 (study)
    dict(file="004_497d3d275a8de861.txt", line=23,
         M=["FLAN-T5", "TinyLLaMA", "LiteLLaMA", "LLaMA-2", "GPT-3.5", "PaLM-2"],
         T=["Meeting Summarization", "meeting summarization"],
         A=[("Meeting Summarization", "meeting summarization")]),
    # F35 (knowledge distillation is a paradigm; the size, retained-capability and speed figures are results)
    dict(file="004_497d3d275a8de861.txt", line=25,
         M=["DistilBERT", "BERT",
            # session 15 (GA1): paradigm named (s15 A)
            "Transfer Learning",
            # session 15 (GA1): paradigm used (s15 A)
            "knowledge distillation"], T=["language modeling"],
         P=["DistilBERT"],
         R=[("40", "%", True, None, None, "DistilBERT"), ("97", "%", False, None, None, "DistilBERT"),
            ("60", "%", True, None, None, "DistilBERT")],
         L=[("based_on", "DistilBERT", "BERT")]),
    # F36 ("we propose model specialization": a contribution named as the proposal)
    dict(file="004_497d3d275a8de861.txt", line=27,
         M=["model specialization", "chain-of-thought", "GPT-3.5", "T5"],
         T=["Multi-Step Reasoning", "multi-step math reasoning"],
         P=["model specialization"],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "model specialization", "T5"),
            ("used_for", "model specialization", "multi-step math reasoning"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "model specialization", "Multi-Step Reasoning")]),
    # F37
    dict(file="004_497d3d275a8de861.txt", line=35,
         M=["rStar", "Monte Carlo Tree Search", "MCTS", "LLaMA2-7B", "Mistral-7B", "LLaMA3-8B-Instruct"],
         D=["GSM8K", "GSM-Hard", "MATH", "SVAMP", "StrategyQA"], X=["accuracy"],
         P=["rStar"],
         R=[("12.51", "%", False, "accuracy", "GSM8K", "LLaMA2-7B"), ("63.91", "%", False, "accuracy", "GSM8K", "rStar"),
            ("36.46", "%", False, "accuracy", "GSM8K", "Mistral-7B"), ("81.88", "%", False, "accuracy", "GSM8K", "rStar"),
            ("74.53", "%", False, "accuracy", "GSM8K", "LLaMA3-8B-Instruct"),
            ("91.13", "%", False, "accuracy", "GSM8K", "rStar")],
         L=[("based_on", "rStar", "MCTS"), ("evaluated_on", "rStar", "GSM8K"), ("evaluated_on", "rStar", "GSM-Hard"),
            ("evaluated_on", "rStar", "MATH"), ("evaluated_on", "rStar", "SVAMP"), ("evaluated_on", "rStar", "StrategyQA"),
            ("evaluated_on", "LLaMA2-7B", "GSM8K"), ("evaluated_on", "Mistral-7B", "GSM8K"),
            ("evaluated_on", "LLaMA3-8B-Instruct", "GSM8K")],
         A=[("MCTS", "Monte Carlo Tree Search")]),
    # F38 (diffusion models are a class of models; parameter counts are not results)
    dict(file="004_497d3d275a8de861.txt", line=47,
         M=["SlimFlow", "Rectified Flow", "rectified flow", "Annealing Reflow", "Flow-Guided Distillation", "reflow"],
         D=["CIFAR10", "ImageNet", "FFHQ"], X=["FID"],
         P=["SlimFlow", "Annealing Reflow", "Flow-Guided Distillation"],
         R=[("5.02", "", False, "FID", "CIFAR10", "SlimFlow"), ("6.47", "", False, "FID", "CIFAR10", None)],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; loss(distillation)/stage(training technique): "we propose A and B, which together comprise X")
         L=[("based_on", "SlimFlow", "Annealing Reflow"),
            ("based_on", "SlimFlow", "Flow-Guided Distillation"),
            ("based_on", "SlimFlow", "rectified flow"), ("evaluated_on", "SlimFlow", "CIFAR10"),
            ("evaluated_on", "SlimFlow", "ImageNet"), ("evaluated_on", "SlimFlow", "FFHQ")],
         A=[("Rectified Flow", "rectified flow")]),
    # F39 (the distillation pipeline is unnamed; SFT and RL are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=67,
         D=["GSM8K", "MMLU-PRO"],
         # session 15 (GA1): SFT (s15 A)
         M=["supervised fine-tuning",
            # session 15 (GA1): SFT (s15 A)
            "SFT",
            # session 15 (GA1): RL as a training technique (s15 A)
            "reinforcement learning",
            # session 15 (GA1): RL as a training technique (s15 A)
            "RL"],
         # session 15 (GA1): long/short form (s15 A)
         A=[("SFT", "supervised fine-tuning"),
            # session 15 (GA1): long/short form (s15 A)
            ("RL", "reinforcement learning")]),
    # F40 (study; latent diffusion models are a named architecture, "diffusion models" a class)
    dict(file="004_497d3d275a8de861.txt", line=83,
         M=["Latent Diffusion Models", "latent diffusion models", "LDMs", "LDM"],
         A=[("LDMs", "latent diffusion models", "Latent Diffusion Models", "LDM")]),
    # F41
    dict(file="004_497d3d275a8de861.txt", line=101,
         D=["UOUO", "Uncontextualized Uncommon Objects"], T=["visual grounding", "question-answering"],
         P=["UOUO|Uncontextualized Uncommon Objects"],
         A=[("UOUO", "Uncontextualized Uncommon Objects")]),
    # F42
    dict(file="004_497d3d275a8de861.txt", line=119,
         M=["Scaling on Scales", "S^2", "ViT-B", "ViT-L", "ViT-H", "ViT-G", "GPT-4V"], D=["V*"],
         T=["classification", "segmentation", "depth estimation", "robotic manipulation"],
         P=["S^2|Scaling on Scales"],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "S^2", "ViT-B"),
            ("based_on", "S^2", "ViT-L"),
            ("outperforms", "S^2", "ViT-H"), ("outperforms", "S^2", "ViT-G"), ("outperforms", "S^2", "GPT-4V"),
            ("evaluated_on", "S^2", "V*"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "S^2", "classification"),
            ("used_for", "S^2", "segmentation"),
            ("used_for", "S^2", "depth estimation"),
            ("used_for", "S^2", "robotic manipulation")],
         A=[("S^2", "Scaling on Scales")]),
    # F43 (test-time scaling, SFT and RL are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=121,
         M=["Satori-SWE", "Satori-SWE-32B", "Evolutionary Test-Time Scaling", "EvoScale",
            # session 15 (GA1): SFT (s15 A)
            "supervised fine-tuning",
            # session 15 (GA1): SFT (s15 A)
            "SFT",
            # session 15 (GA1): RL as a training technique (s15 A)
            "reinforcement learning",
            # session 15 (GA1): RL as a training technique (s15 A)
            "RL",
            # session 15 (GC): named technique with a literature name (GUIDELINES METHOD), as GB marked it
            "test-time scaling"],
         D=["SWE-Bench", "SWE-Bench-Verified"], T=["Software Engineering", "software engineering"],
         P=["Satori-SWE", "EvoScale|Evolutionary Test-Time Scaling", "Satori-SWE-32B"],
         L=[("evaluated_on", "EvoScale", "SWE-Bench-Verified"), ("evaluated_on", "Satori-SWE-32B", "SWE-Bench-Verified"),
            ("used_for", "Satori-SWE", "Software Engineering")],
         A=[("EvoScale", "Evolutionary Test-Time Scaling"), ("Software Engineering", "software engineering"),
            # session 15 (GA1): long/short form (s15 A)
            ("SFT", "supervised fine-tuning"),
            # session 15 (GA1): long/short form (s15 A)
            ("RL", "reinforcement learning")]),
    # F44 (Finance and Biomedicine are domains, not datasets)
    dict(file="004_497d3d275a8de861.txt", line=135,
         M=["MetaSynth", "Phi-3.5", "Phi-4", "meta-prompting", "Mistral-7B-v0.3"],
         T=["Synthetic Data Generation", "domain adaptation"],
         P=["MetaSynth"],
         R=[("4.08", "%", True, None, None, "MetaSynth"), ("13.75", "%", True, None, None, "MetaSynth")],
         L=[("used_for", "MetaSynth", "Synthetic Data Generation"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "MetaSynth", "domain adaptation")]),
    # F45 (study; the confidence intervals are not results)
    dict(file="004_497d3d275a8de861.txt", line=171,
         M=["PRIMERA", "LongT5", "Llama-2", "GPT-3.5", "GPT4"], D=["MedReview"], X=["ROUGE-L", "METEOR", "CHRF"],
         T=["medical evidence summarization"],
         R=[("9.89", "", True, "ROUGE-L", "MedReview", None), ("13.21", "", True, "METEOR", "MedReview", None),
            ("15.82", "", True, "CHRF", "MedReview", None)],
         L=[("evaluated_on", "PRIMERA", "MedReview"), ("evaluated_on", "LongT5", "MedReview"),
            ("evaluated_on", "Llama-2", "MedReview")]),
    # F46 (the CFA exam is used as a benchmark)
    dict(file="004_497d3d275a8de861.txt", line=173,
         M=["THaLLE", "Text Hyperlocally Augmented Large Language Extension", "Financial Analyst Extension"],
         D=["Chartered Financial Analyst", "CFA", "Flare CFA"], T=["financial analysis"],
         P=["THaLLE|Text Hyperlocally Augmented Large Language Extension", "Financial Analyst Extension"],
         L=[("evaluated_on", "THaLLE", "CFA")],
         A=[("THaLLE", "Text Hyperlocally Augmented Large Language Extension"), ("CFA", "Chartered Financial Analyst")]),
    # F47 (contrastive learning is a paradigm; the MSE loss is a training loss)
    dict(file="004_497d3d275a8de861.txt", line=179,
         M=["CLIP-KD", "CLIP",
            # session 15 (GA1): named contrastive-learning variant (s15 A)
            "interactive contrastive learning",
            # session 15 (GA1): named kind of knowledge distillation (s15 A)
            "relation-based distillation"], D=["ImageNet"], T=["classification", "cross-modal retrieval"],
         P=["CLIP-KD"],
         L=[("based_on", "CLIP-KD", "CLIP"), ("evaluated_on", "CLIP-KD", "ImageNet"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "CLIP-KD", "classification"),
            ("used_for", "CLIP-KD", "cross-modal retrieval")]),
    # F48 (the pruning method is unnamed)
    dict(file="004_497d3d275a8de861.txt", line=181,
         M=["Tucker"]),
    # F49 (the embedding models and the data pipeline are unnamed)
    dict(file="004_497d3d275a8de861.txt", line=239,
         X=["precision", 
            # session 15 (GA1): removed METRIC "query latency": background challenge only (s15 G)
            "recall", "accuracy"],
         T=["Semantic Caching", "Semantic caching", "semantic caching"],
         A=[("Semantic Caching", "Semantic caching", "semantic caching")]),
    # F50 (study; the "up to 15%" gain is an outcome for unnamed models)
    dict(file="004_497d3d275a8de861.txt", line=275,
         T=["Code-Generation", "code generation"],
         R=[("15", "%", True, None, None, None)],
         A=[("Code-Generation", "code generation")]),
    # F51 (the fine-tuned Swedish models are unnamed; the WER reduction is over three datasets)
    dict(file="004_497d3d275a8de861.txt", line=287,
         M=["Whisper", "whisper-large-v3"], D=["FLEURS", "Common Voice", "NST"], X=["WER"],
         T=["Swedish Speech Recognition"],
         R=[("47", "%", True, "WER", None, None)],
         L=[("evaluated_on", "whisper-large-v3", "FLEURS"), ("evaluated_on", "whisper-large-v3", "Common Voice"),
            ("evaluated_on", "whisper-large-v3", "NST")]),
    # F52 (fMRI is the brain-imaging technique the name alludes to)
    dict(file="004_497d3d275a8de861.txt", line=415,
         M=["Mixture of Tunable Experts", "Mixture-of-Tunable-Experts", "MoTE", "Mixture-of-Experts", "MoEs", "DeepSeek-R1",
            "R1", "functional Token Resonance Imaging", "fTRI", "sparse autoencoders", "SAEs"],
         D=["MT-Bench"], X=["refusal rates"],
         P=["MoTE|Mixture-of-Tunable-Experts|Mixture of Tunable Experts", "fTRI|functional Token Resonance Imaging"],
         R=[("52", "%", True, None, None, "MoTE")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "MoTE", "DeepSeek-R1"),
            ("based_on", "fTRI", "DeepSeek-R1"),
            ("based_on", "MoTE", "Mixture-of-Experts"), ("evaluated_on", "MoTE", "MT-Bench")],
         A=[("MoTE", "Mixture-of-Tunable-Experts", "Mixture of Tunable Experts"), ("Mixture-of-Experts", "MoEs"),
            ("DeepSeek-R1", "R1"), ("fTRI", "functional Token Resonance Imaging"), ("SAEs", "sparse autoencoders")]),
    # F53 ("Llama2-7B-based models" marks the named model)
    dict(file="004_497d3d275a8de861.txt", line=417,
         M=["SnakModel", "Llama2-7B",
            # session 15 (GA1): paradigm named (s15 A)
            "instruction-tuning"], T=["language modeling"],
         P=["SnakModel"],
         L=[("based_on", "SnakModel", "Llama2-7B")]),
    # F54 (an evaluation standard, marked like an evaluation suite)
    dict(file="004_497d3d275a8de861.txt", line=421,
         D=["OLMES"],
         P=["OLMES"]),
    # F55 (study; prompt engineering and calibration are generic strategies)
    dict(file="004_497d3d275a8de861.txt", line=461,
         T=["Commonsense Reasoning", "commonsense reasoning", "multiple choice commonsense reasoning"],
         A=[("Commonsense Reasoning", "commonsense reasoning")]),
    # F56 (2.8 million generated pairs is a data size, not a result)
    dict(file="004_497d3d275a8de861.txt", line=469,
         M=["Answer-Clue-Style-aware Question Generation", "ACS-QG"], D=["Wikipedia"],
         T=["Question-Answer Generation", "question-answering", "machine reading comprehension", "question generation",
            "text entailment"],
         P=["ACS-QG|Answer-Clue-Style-aware Question Generation"],
         L=[("used_for", "ACS-QG", "Question-Answer Generation"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "ACS-QG", "question generation")],
         A=[("ACS-QG", "Answer-Clue-Style-aware Question Generation")]),
    # F57 (the 480x compression ratio is a setting; "67% less parameters" is a saving of AOC)
    dict(file="004_497d3d275a8de861.txt", line=491,
         M=["Attention-Only Compressor", "AOC", "LowRank Adaptation", "LoRA", "Multi-Layer Perceptrons",
            "multilayer perceptron", "MLP", "Transformer"],
         T=["Prompt Compression", "Prompt compression", "prompt compression"],
         P=["AOC|Attention-Only Compressor"],
         R=[("67", "%", True, None, None, "AOC")],
         L=[("outperforms", "AOC", "LoRA"), ("used_for", "AOC", "prompt compression")],
         A=[("AOC", "Attention-Only Compressor"), ("LoRA", "LowRank Adaptation"),
            ("MLP", "multilayer perceptron", "Multi-Layer Perceptrons"),
            ("Prompt Compression", "Prompt compression", "prompt compression")]),
    # F58 (the guardian model is unnamed; multi-task learning is a paradigm)
    dict(file="004_497d3d275a8de861.txt", line=523,
         T=["harmful query detection", "safeguard response generation"],
         # session 15 (GA1): paradigm used (s15 A)
         M=["multi-task learning"]),
    # F59 ("SQuAD v1.1/v2.0" names two datasets; "GLUEscore" is written so)
    dict(file="004_497d3d275a8de861.txt", line=595,
         M=["MobileBERT", "BERT", "BERT_LARGE", "BERT_BASE", "self-attentions", "feed-forward networks"],
         D=["GLUE", "SQuAD v1.1", "SQuAD v1.1/[v2.0]"], X=["latency", "GLUEscore", "F1 score"],
         T=["natural language inference", "question answering"],
         P=["MobileBERT"],
         R=[("4.3", "x", True, None, None, "MobileBERT"), ("5.5", "x", True, None, None, "MobileBERT"),
            ("77.7", "", False, "GLUEscore", "GLUE", "MobileBERT"), ("0.6", "", True, "GLUEscore", "GLUE", "MobileBERT"),
            ("62", "", False, "latency", None, "MobileBERT"),
            ("90.0", "", False, "F1 score", "SQuAD v1.1", "MobileBERT"), ("79.2", "", False, "F1 score", "v2.0", "MobileBERT"),
            ("1.5", "", True, "F1 score", "SQuAD v1.1", "MobileBERT"), ("2.1", "", True, "F1 score", "v2.0", "MobileBERT")],
         L=[("based_on", "MobileBERT", "BERT"),
            ("based_on", "MobileBERT", "BERT_LARGE"), ("outperforms", "MobileBERT", "BERT_BASE"),
            ("evaluated_on", "MobileBERT", "GLUE"), ("evaluated_on", "MobileBERT", "SQuAD v1.1"),
            ("evaluated_on", "MobileBERT", "v2.0"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "MobileBERT", "natural language inference"),
            ("used_for", "MobileBERT", "question answering")]),
]
for _p in PAPERS_DEV4:
    _p["split"] = "dev4"
