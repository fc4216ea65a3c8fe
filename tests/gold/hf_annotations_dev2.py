"""Hand annotations of 60 DEV2 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev2"; ``build_hf_gold.py`` writes them to ``dev2.jsonl``.
Session 4, annotated by hand before the pipeline was run on them.

Selection: 12 papers per listing drawn with ``random.Random(20261125).sample`` (one generator, listings
in file-name order) from each listing's papers (``kg.readers.hf_listing.parse_listing``, file order)
that are not in ``hf_annotations.py`` (dev or test), ``hf_annotations_holdout.py`` nor
``hf_annotations_holdout2.py``, whose title occurs once in all listings and is not an annotated title,
whose abstract is one paragraph of at least 300 characters (so that ``build_hf_gold.listing_paper``
rebuilds the reader's text), and whose id is not in ``heldout_ids.txt``; sorted by line within a
listing (the rule of ``hf_annotations_holdout2.py`` with a new seed and its papers excluded too).
Entries D00-D29 are the first 6 picks of each listing, D30-D59 the last 6.

THIS IS A TUNING SET (like dev): extractor engineers may read it and its per-paper errors.
"""

PAPERS_DEV2 = [
    # D00
    dict(file="000_c33ede3366bcb84c.txt", line=19,
         M=["vote-k", "voke-k",
            # session 15 (GA1): paradigm named (s15 A)
            "in-context learning",
            # session 15 (GA1): SFT spelling, compared approaches (s15 A)
            "supervised finetuning"], X=["annotation cost"], T=["commonsense reasoning"],
         P=["vote-k|voke-k"],
         R=[("12.9", "%", True, None, None, "vote-k"), ("11.4", "%", True, None, None, "vote-k"),
            # "it yields ... 10-100x less annotation cost": "it" is vote-k, the paper's one named method (session 10)
            ("10", "x", True, "annotation cost", None, "vote-k"), ("100", "x", True, "annotation cost", None, "vote-k")],
         A=[("vote-k", "voke-k")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "vote-k", "commonsense reasoning")]),
    # D01
    dict(file="000_c33ede3366bcb84c.txt", line=51,
         M=["Flexora", "Flexible Low Rank Adaptation", "flexible low rank adaptation", "Low-Rank Adaptation", "LoRA",
            "unrolled differentiation", "UD"],
         T=["hyperparameter optimization", "HPO"],
         P=["Flexora|flexible low rank adaptation|Flexible Low Rank Adaptation"],
         L=[("based_on", "Flexora", "LoRA")],
         A=[("Flexora", "flexible low rank adaptation", "Flexible Low Rank Adaptation"), ("LoRA", "Low-Rank Adaptation"),
            ("UD", "unrolled differentiation"), ("HPO", "hyperparameter optimization")]),
    # D02
    dict(file="000_c33ede3366bcb84c.txt", line=115,
         M=["LeTI", "Learning to Generate from Textual Interactions", "learn from textual interactions",
            # session 15 (GA1): instruction tuning spelling, prior technique (s15 A)
            "instruction fine-tuning",
            # session 15 (GA1): RLHF long form, prior technique (s15 A)
            "reinforcement learning from human feedback"],
         D=["MBPP", "HumanEval"], T=["code generation", "event argument extraction"],
         P=["LeTI|Learning to Generate from Textual Interactions|learn from textual interactions"],
         L=[("evaluated_on", "LeTI", "MBPP"), ("evaluated_on", "LeTI", "HumanEval"),
            ("used_for", "LeTI", "code generation"), ("used_for", "LeTI", "event argument extraction")],
         A=[("LeTI", "Learning to Generate from Textual Interactions", "learn from textual interactions")]),
    # D03 (position paper)
    dict(file="000_c33ede3366bcb84c.txt", line=175,
         T=["commonsense reasoning", "next-token prediction"],
         # session 15 (GA1): RL as a pre-training technique (s15 A)
         M=["RL"]),
    # D04
    dict(file="000_c33ede3366bcb84c.txt", line=215,
         M=["Selective Token Generation", "selective token generation",
            # session 15 (GA1): named adapter-training paradigm (s15 A)
            "additive learning",
            # session 15 (GA1): RL as a technique (s15 A)
            "reinforcement learning",
            # session 15 (GA1): RL as a technique (s15 A)
            "RL"],
         T=["Few-shot Natural Language Generation", "few-shot natural language generation", "few-shot NLG", "NLG",
            "Natural language modeling", "question answering", "data-to-text generation", "text summarization"],
         P=["selective token generation|Selective Token Generation"],
         L=[("used_for", "Selective Token Generation", "Few-shot Natural Language Generation"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "selective token generation", "question answering"),
            ("used_for", "selective token generation", "data-to-text generation"),
            ("used_for", "selective token generation", "text summarization"),
            # session 15 (GA1): explicit: algorithm based on reinforcement learning (s15 A)
            ("based_on", "selective token generation", "reinforcement learning")],
         A=[("selective token generation", "Selective Token Generation"),
            ("few-shot natural language generation", "Few-shot Natural Language Generation", "few-shot NLG", "NLG"),
            # session 15 (GA1): long/short form (s15 A)
            ("RL", "reinforcement learning")]),
    # D05
    dict(file="000_c33ede3366bcb84c.txt", line=271,
         # session 13 (M9): "demand high standards of accuracy, reliability, and fairness" (GUIDELINES bare accuracy)
         D=["LexEval"], X=["accuracy"], P=["LexEval"]),
    # D06 (study)
    dict(file="001_216e326a59f6f740.txt", line=15,
         T=["Substrate Prediction", "Masked Language Modeling", "masked language modeling"],
         # session 15 (GA1): paradigm in title (s15 A)
         M=["Transfer Learning",
            # session 15 (GA1): paradigm named (s15 A)
            "transfer learning"],
         # session 15 (GA1): title: task via MLM and transfer learning (s15 A)
         L=[("used_for", "Transfer Learning", "Substrate Prediction")]),
    # D07
    dict(file="001_216e326a59f6f740.txt", line=71,
         D=["MassiveDS"], T=["language modeling"], P=["MassiveDS"]),
    # D08
    dict(file="001_216e326a59f6f740.txt", line=79,
         M=["VIOLET", "VIdeO-LanguagE Transformer", "End-to-End Video-Language Transformers", "video transformer",
            "2D CNN"],
         T=["Masked Visual-token Modeling", "MVM", "masked frame modeling", "video question answering",
            "text-to-video retrieval"],
         P=["VIOLET|VIdeO-LanguagE Transformer|End-to-End Video-Language Transformers", "MVM|Masked Visual-token Modeling"],
         L=[("used_for", "VIOLET", "video question answering"), ("used_for", "VIOLET", "text-to-video retrieval")],
         A=[("VIOLET", "VIdeO-LanguagE Transformer", "End-to-End Video-Language Transformers"),
            ("MVM", "Masked Visual-token Modeling")]),
    # D09
    dict(file="001_216e326a59f6f740.txt", line=171,
         M=["FIRST", "Faster Improved Listwise Reranking with Single Token Decoding"],
         D=["BEIR"], X=["recall"], T=["information retrieval", "reranking"],
         P=["FIRST|Faster Improved Listwise Reranking with Single Token Decoding"],
         R=[("50", "%", True, None, None, "FIRST")],
         L=[("evaluated_on", "FIRST", "BEIR"), ("used_for", "FIRST", "reranking")],
         A=[("FIRST", "Faster Improved Listwise Reranking with Single Token Decoding")]),
    # D10 (thesis, study)
    dict(file="001_216e326a59f6f740.txt", line=175,
         M=["StructFormer", "SF", "Syntactic Distance", "a [transformer] encoder"], D=["BabyLM"],
         N=["transformer-based"],
         T=["Linguistic Structure Induction", "syntactic structure induction"],
         A=[("SF", "StructFormer")]),
    # D11
    dict(file="001_216e326a59f6f740.txt", line=187,
         M=["Large Concept Models", "Large Concept Model", "SONAR"],
         T=["Language Modeling", "autoregressive sentence prediction", "summarization", "summary expansion"],
         P=["Large Concept Model|Large Concept Models", "summary expansion"],
         L=[("based_on", "Large Concept Model", "SONAR"), ("used_for", "Large Concept Model", "summarization"),
            ("used_for", "Large Concept Model", "summary expansion"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Large Concept Model", "Language Modeling")],
         A=[("Large Concept Model", "Large Concept Models")]),
    # D12
    dict(file="002_8310ea5c5292aef1.txt", line=23,
         M=["KL-based self-distillation", "KL-based distillation",
            # session 15 (GA1): paradigm named (s15 A)
            "knowledge distillation"], T=["vocabulary expansion", "code-generation"],
         P=["KL-based self-distillation|KL-based distillation"],
         A=[("KL-based self-distillation", "KL-based distillation")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "KL-based self-distillation", "code-generation"),
            ("used_for", "KL-based self-distillation", "vocabulary expansion")]),
    # D13
    dict(file="002_8310ea5c5292aef1.txt", line=113,
         M=["CorDA", "Context-Oriented Decomposition Adaptation", "Context-oriented Decomposition Adaptation",
            "singular value decomposition", "LoRA", "knowledge-preserved adaptation", "instruction-previewed adaptation",
            # session 15 (GA1): PEFT (s15 A)
            "parameter-efficient fine-tuning",
            # session 15 (GA1): PEFT (s15 A)
            "PEFT",
            # session 15 (GA1): FFT spelling (s15 A)
            "full-parameter finetuning"],
         T=["Instruction Following"],
         P=["CorDA|Context-Oriented Decomposition Adaptation|Context-oriented Decomposition Adaptation",
            "knowledge-preserved adaptation", "instruction-previewed adaptation"],
         L=[("outperforms", "knowledge-preserved adaptation", "LoRA"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "CorDA", "Instruction Following"),
            # session 15 (GA1): surpassing full-parameter finetuning (s15 A)
            ("outperforms", "instruction-previewed adaptation", "full-parameter finetuning")],
         A=[("CorDA", "Context-Oriented Decomposition Adaptation", "Context-oriented Decomposition Adaptation"),
            # session 15 (GA1): long/short form (s15 A)
            ("PEFT", "parameter-efficient fine-tuning")]),
    # D14 (theory)
    dict(file="002_8310ea5c5292aef1.txt", line=229,
         M=["Markov Chains", "Markov chains"]),
    # D15 (no named entity)
    dict(file="002_8310ea5c5292aef1.txt", line=323),
    # D16
    dict(file="002_8310ea5c5292aef1.txt", line=361,
         M=["LongHeads", "Multi-Head Attention", "multi-head attention", "relative positional encoding"],
         T=["long text understanding"],
         P=["LongHeads"],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "LongHeads", "long text understanding")]),
    # D17
    dict(file="002_8310ea5c5292aef1.txt", line=371,
         M=["LOST", "LOw-rank and Sparse pre-Training", "Low-rank and Sparse Pre-training", "singular value decomposition",
            # session 15 (GC): full-parameter training, the FFT paradigm, as GA2 marks it
            "full-rank training"],
         P=["LOST|LOw-rank and Sparse pre-Training|Low-rank and Sparse Pre-training"],
         A=[("LOST", "LOw-rank and Sparse pre-Training", "Low-rank and Sparse Pre-training")]),
    # D18
    dict(file="003_85bc812000b910e7.txt", line=51,
         M=["BitMoD", "Bit-serial Mixture-of-Datatype", "ANT", "OliVe"],
         X=["accuracy loss", "accuracy", "perplexity", "speedups", 
            # session 15 (GA1): removed METRIC "memory footprint": background only (s15 G)
            ],
         P=["BitMoD|Bit-serial Mixture-of-Datatype"],
         R=[("0.5", "%", True, "accuracy loss", None, "BitMoD"), ("1.69", "x", True, "speedups", None, "BitMoD"),
            ("1.48", "x", True, "speedups", None, "BitMoD")],
         L=[("outperforms", "BitMoD", "ANT"), ("outperforms", "BitMoD", "OliVe")],
         A=[("BitMoD", "Bit-serial Mixture-of-Datatype")]),
    # D19
    dict(file="003_85bc812000b910e7.txt", line=71,
         M=["BICO", "BIdirectional Casual language modeling Optimization", "GLM", "Llama", "causal language models"],
         X=["accuracy"], T=["next-token prediction", "autoregressive blank infilling"],
         P=["BICO|BIdirectional Casual language modeling Optimization"],
         R=[("0", "%", False, "accuracy", None, "Llama"), ("70", "%", False, "accuracy", None, "BICO")],
         A=[("BICO", "BIdirectional Casual language modeling Optimization")]),
    # D20
    dict(file="003_85bc812000b910e7.txt", line=83,
         M=["bidirectional long short-term memory"], D=["Europarl", "SoNaR"], X=["accuracy"],
         T=["Dutch Anaphora Resolution", "Dutch anaphora resolution", "Die/Dat Prediction", "die/dat prediction",
            "part-of-speech prediction", "dt-mistake correction"],
         R=[("84.56", "%", False, "accuracy", None, "bidirectional long short-term memory"),
            ("88.63", "%", False, "accuracy", None, "bidirectional long short-term memory"),
            ("87.73", "%", False, "accuracy", None, "bidirectional long short-term memory")]),
    # D21
    dict(file="003_85bc812000b910e7.txt", line=151,
         M=["RAPID", "Retrieval-Augmented Speculative Decoding", "retrieval-augmented generation", "RAG",
            "Speculative Decoding", "SD", "RAG drafter", "RAG drafters", "LLaMA-3.1", "Qwen2.5", "LLaMA-3.1-8B"],
         D=["InfiniteBench"], X=["speedups"],
         P=["RAPID|Retrieval-Augmented Speculative Decoding", "RAG drafter|RAG drafters"],
         R=[("39.33", "", False, None, "InfiniteBench", "LLaMA-3.1-8B"), ("42.83", "", False, None, "InfiniteBench", "RAPID"),
            ("2", "x", True, "speedups", None, "RAPID")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; sub-model: "X introduces A")
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "RAPID", "LLaMA-3.1"),
            ("based_on", "RAPID", "Qwen2.5"),
            ("based_on", "RAPID", "RAG drafter"),
            ("based_on", "RAPID", "RAG"), ("evaluated_on", "RAPID", "InfiniteBench")],
         A=[("RAPID", "Retrieval-Augmented Speculative Decoding"), ("RAG", "retrieval-augmented generation"),
            ("SD", "Speculative Decoding"), ("RAG drafter", "RAG drafters")]),
    # D22
    dict(file="003_85bc812000b910e7.txt", line=175,
         M=["ResNLS", "ResNLS-5", "ResNet", "LSTM", "CNN", "RNN", "BiLSTM"], D=["SSE Composite Index"],
         X=["prediction accuracy"],
         T=["Stock Price Forecasting", "Stock prices forecasting", "stock price prediction"],
         P=["ResNLS", "ResNLS-5"],
         R=[("20", "%", True, None, None, "ResNLS-5")],
         L=[("based_on", "ResNLS", "ResNet"), ("based_on", "ResNLS", "LSTM"),
            ("outperforms", "ResNLS-5", "CNN"), ("outperforms", "ResNLS-5", "RNN"), ("outperforms", "ResNLS-5", "LSTM"),
            ("outperforms", "ResNLS-5", "BiLSTM"), ("evaluated_on", "ResNLS-5", "SSE Composite Index"),
            ("used_for", "ResNLS", "Stock Price Forecasting")]),
    # D23
    dict(file="003_85bc812000b910e7.txt", line=195,
         M=["SliM-LLM", "Salience-Driven Mixed-Precision Quantization", "SliM-LLM+", "Salience-Determined Bit Allocation",
            "Salience-Weighted Quantizer Calibration", "LLaMA-7B",
            # session 15 (GA1): PTQ (s15 A)
            "Post-training quantization",
            # session 15 (GA1): PTQ (s15 A)
            "PTQ",
            # session 15 (GA1): named kind of quantization (s15 A)
            "group-wise quantization"],
         X=["accuracy", "perplexity", "memory usage"], T=["natural language understanding"],
         P=["SliM-LLM|Salience-Driven Mixed-Precision Quantization", "SliM-LLM+", "Salience-Determined Bit Allocation",
            "Salience-Weighted Quantizer Calibration"],
         R=[("5.5", "x", True, None, None, "SliM-LLM"), ("48", "%", True, "perplexity", None, "SliM-LLM"),
            ("35.1", "%", True, "perplexity", None, "SliM-LLM+")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism: "relies on two techniques: (1) A (2) B")
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "SliM-LLM", "LLaMA-7B"),
            ("based_on", "SliM-LLM", "Salience-Determined Bit Allocation"),
            ("based_on", "SliM-LLM", "Salience-Weighted Quantizer Calibration"),
            ("based_on", "SliM-LLM+", "SliM-LLM")],
         A=[("SliM-LLM", "Salience-Driven Mixed-Precision Quantization"),
            # session 15 (GA1): long/short form (s15 A)
            ("PTQ", "Post-training quantization")]),
    # D24 (unnamed approach)
    dict(file="004_497d3d275a8de861.txt", line=63,
         M=["GPT-4", "LlaMa 3",
            # session 15 (GA1): paradigm in title (s15 A)
            "Knowledge Distillation",
            # session 15 (GA1): paradigm named (s15 A)
            "knowledge distillation"]),
    # D25
    dict(file="004_497d3d275a8de861.txt", line=99,
         M=["CodeLlama-13b", "GPT-3.5", "GPT-4"], D=["TestBench"],
         X=["syntactic correctness", "compilation correctness", "test correctness", "code coverage rate",
            "defect detection rate"],
         T=["Class-Level Test Case Generation", "test case generation"],
         P=["TestBench"],
         L=[("evaluated_on", "CodeLlama-13b", "TestBench"), ("evaluated_on", "GPT-3.5", "TestBench"),
            ("evaluated_on", "GPT-4", "TestBench")]),
    # D26 (unnamed mechanism)
    dict(file="004_497d3d275a8de861.txt", line=157,
         M=["Vector Quantized Variational Autoencoder", "VQ-VAE", "block-based conformal prediction"],
         T=["Ocean Floor Mapping", "coastal hazard prediction", "uncertainty quantification"],
         A=[("VQ-VAE", "Vector Quantized Variational Autoencoder")]),
    # D27
    dict(file="004_497d3d275a8de861.txt", line=161,
         M=["Cache-of-Thought", "Cache of Thought", "CoT",
            # session 15 (GA1): paradigm named (s15 A)
            "in-context learning"], D=["MMMU"], T=["VQA"],
         P=["CoT|Cache of Thought|Cache-of-Thought"],
         R=[("7.7", "%", True, None, None, "CoT"), ("36.6", "%", True, None, None, "CoT")],
         L=[("used_for", "CoT", "VQA")],
         A=[("CoT", "Cache of Thought", "Cache-of-Thought")]),
    # D28
    dict(file="004_497d3d275a8de861.txt", line=231,
         M=["Bidirectional LMs", "Causal Language Models", "CLMs", "Bidirectional Language Models", "BiLMs",
            # session 15 (GA1): paradigm used in the experiments (s15 A)
            "continued pre-training"],
         D=["WikiDYK", "[Wikipedia]'s"], X=["reliability accuracy", "accuracy"],
         T=["Knowledge Injection", "knowledge injection"],
         P=["WikiDYK"],
         R=[("23", "%", True, "accuracy", None, "CLMs"), ("29.1", "%", True, "reliability accuracy", None, None)],
         L=[("outperforms", "BiLMs", "CLMs")],
         A=[("CLMs", "Causal Language Models"), ("BiLMs", "Bidirectional Language Models", "Bidirectional LMs")]),
    # D29
    dict(file="004_497d3d275a8de861.txt", line=247,
         M=["RareScale", "gpt-4o"], X=["Top-5 accuracy"],
         T=["Rare Disease Differential Diagnosis", "differential diagnosis", "disease diagnosis",
            "rare disease identification"],
         P=["RareScale"],
         R=[("17", "%", True, "Top-5 accuracy", None, "RareScale"), ("88.8", "%", False, None, None, "RareScale")],
         L=[("used_for", "RareScale", "differential diagnosis")]),
    # D30
    dict(file="000_c33ede3366bcb84c.txt", line=315,
         M=["CLEX", "Continuous Length EXtrapolation", "Continuous Length Extrapolation", "Transformer",
            "Position Embedding", "PE", "Rotary Position Embedding", "LLaMA", "GPT-NeoX"],
         N=["Transformer-based"],
         D=["LongBench"], X=[
            # session 15 (GA1): removed METRIC "inference latency": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "inference latency": own claim
            "inference latency",
            ], T=["Length extrapolation", "length extrapolation"],
         P=["CLEX|Continuous Length EXtrapolation|Continuous Length Extrapolation"],
         R=[("4", "x", True, None, None, "CLEX"), ("8", "x", True, None, None, "CLEX")],
         L=[("evaluated_on", "CLEX", "LongBench"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "CLEX", "length extrapolation")],
         A=[("CLEX", "Continuous Length EXtrapolation", "Continuous Length Extrapolation"), ("PE", "Position Embedding")]),
    # D31
    dict(file="000_c33ede3366bcb84c.txt", line=371,
         M=["EchoAtt", "TinyLLaMA-1.1B",
            # session 15 (GA1): paradigm the approach is set in (s15 A)
            "knowledge distillation"], N=["transformer-based"], X=["inference speed", "training speed"],
         P=["EchoAtt"],
         R=[("15", "%", True, "inference speed", None, "EchoAtt"), ("25", "%", True, "training speed", None, "EchoAtt"),
            ("4", "%", True, None, None, "EchoAtt")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "EchoAtt", "TinyLLaMA-1.1B"),
         ]),
    # D32 (unnamed accelerator; the libraries and runtimes it beats are software, not METHOD)
    dict(file="000_c33ede3366bcb84c.txt", line=399,
         M=["SpMM", "Bert-Mini", "DistilBERT", "Bert-Base", "BERT-Large",
            # session 15 (GA1): named kind of pruning (s15 A)
            "structured pruning"], N=["Transformer-based"],
         X=["speedup"],
         R=[("5", "x", True, "speedup", None, None), ("1.5", "x", True, "speedup", None, None),
            ("37", "x", True, "speedup", None, None), ("345", "x", True, "speedup", None, None)]),
    # D33
    dict(file="000_c33ede3366bcb84c.txt", line=439,
         M=["LOL", "LOwer Layer Matters", "Lower Layer Matters", "Multi-Layer Fusion Contrastive Decoding",
            "contrastive decoding"],
         D=["TruthfulQA"],
         P=["LOL|LOwer Layer Matters|Lower Layer Matters|Multi-Layer Fusion Contrastive Decoding"],
         R=[("4.5", "points", True, None, "TruthfulQA", "LOL")],
         L=[("based_on", "LOL", "contrastive decoding"), ("evaluated_on", "LOL", "TruthfulQA")],
         A=[("LOL", "LOwer Layer Matters", "Lower Layer Matters", "Multi-Layer Fusion Contrastive Decoding")]),
    # D34
    dict(file="000_c33ede3366bcb84c.txt", line=475,
         M=["DePT", "DEPT", "Decomposed Prompt Tuning", "Prompt tuning", "PT", "Transformer",
            # session 15 (GA1): PEFT in title (s15 A)
            "Parameter-Efficient Fine-tuning",
            # session 15 (GA1): PEFT (s15 A)
            "parameter-efficient fine-tuning",
            # session 15 (GA1): PEFT (s15 A)
            "PEFT",
            # session 15 (GA1): FFT (s15 A)
            "full fine-tuning",
            # session 15 (GA1): named paradigm (PETL) (s15 A)
            "parameter-efficient transfer learning"],
         X=["memory usage", "inference time", "time costs"],
         P=["DePT|Decomposed Prompt Tuning|DEPT"],
         R=[("20", "%", True, None, None, "DePT")],
         L=[("based_on", "DePT", "Prompt tuning"),
            ("outperforms", "DePT", "PT"),
            # session 15 (GA1): outperforms ... the full fine-tuning baseline (s15 A)
            ("outperforms", "DePT", "full fine-tuning")],
         A=[("DePT", "Decomposed Prompt Tuning", "DEPT"), ("PT", "Prompt tuning"),
            # session 15 (GA1): long/short form (s15 A)
            ("PEFT", "parameter-efficient fine-tuning", "Parameter-Efficient Fine-tuning")]),
    # D35
    dict(file="000_c33ede3366bcb84c.txt", line=575,
         M=["mBART",
            # session 15 (GC): self-supervised learning kind (GUIDELINES list), as GA2 marks it
            "self-supervised pretraining"], D=["CommonCrawl"],
         T=["code-switching restore", "Text Generation", "NLG", "NLU", "bilingual translation", "zero-shot translation",
            "cross-lingual summarization", "cross-lingual natural language inference"],
         P=["code-switching restore"]),
    # D36
    dict(file="001_216e326a59f6f740.txt", line=223,
         M=["Massively Multilingual Lexical Specialization", "massively multilingual lexical specialization",
            "multilingual lexical specialization", "lexical specialization", "Multilingual Transformers",
            "massively multilingual transformers", "MMTs", "mBERT", "XLM-R"],
         D=["BabelNet"],
         T=["bilingual lexicon induction", "cross-lingual word similarity", "cross-lingual sentence retrieval"],
         P=["massively multilingual lexical specialization|Massively Multilingual Lexical Specialization"],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "massively multilingual lexical specialization", "mBERT"),
            ("based_on", "massively multilingual lexical specialization", "XLM-R"),
            ("used_for", "massively multilingual lexical specialization", "bilingual lexicon induction"),
            ("used_for", "massively multilingual lexical specialization", "cross-lingual word similarity"),
            ("used_for", "massively multilingual lexical specialization", "cross-lingual sentence retrieval")],
         A=[("massively multilingual lexical specialization", "Massively Multilingual Lexical Specialization"),
            ("MMTs", "massively multilingual transformers", "Multilingual Transformers")]),
    # D37
    dict(file="001_216e326a59f6f740.txt", line=231,
         M=["StreamAdapter",
            # session 15 (GA1): paradigm named (s15 A)
            "In-context learning",
            # session 15 (GA1): paradigm named (s15 A)
            "ICL"], T=["Test Time Adaptation"],
         P=["StreamAdapter"],
         L=[("used_for", "StreamAdapter", "Test Time Adaptation")],
         # session 15 (GA1): long/short form (s15 A)
         A=[("ICL", "In-context learning")]),
    # D38 (survey)
    dict(file="001_216e326a59f6f740.txt", line=235,
         T=["semantic matching", "clustering", "information retrieval"]),
    # D39 (the abstract lost the name: "we present , a technique")
    dict(file="001_216e326a59f6f740.txt", line=243,
         M=["Set-Based Prompting"], N=["transformer-based"], X=["expected accuracy"], T=["text generation"],
         P=["Set-Based Prompting"]),
    # D40 (survey)
    dict(file="001_216e326a59f6f740.txt", line=251,
         M=["ChatGPT"]),
    # D41 (unnamed method)
    dict(file="001_216e326a59f6f740.txt", line=307,
         M=["Transformer",
            # session 15 (GA1): paradigm applied (s15 A)
            "instruction tuning"],
         T=["local sequence transduction", "grammatical error correction", "GEC", "formality style transfer",
            "paraphrasing", "text simplification"],
         R=[("21", "%", True, None, None, None)],
         A=[("GEC", "grammatical error correction")]),
    # D42
    dict(file="002_8310ea5c5292aef1.txt", line=433,
         D=["GlotEval"],
         T=["machine translation", "text classification", "summarization", "open-ended generation",
            "reading comprehension", "sequence labeling", "multilingual translation"],
         P=["GlotEval"]),
    # D43 (unnamed method)
    dict(file="002_8310ea5c5292aef1.txt", line=435,
         M=["Gradient Descent", "sparse autoencoders"]),
    # D44 (position paper; PEFT is a paradigm, not a METHOD)
    dict(file="002_8310ea5c5292aef1.txt", line=489,
         # session 15 (GA1): PEFT (s15 A)
         M=["Parameter-Efficient Fine-Tuning",
            # session 15 (GA1): PEFT (s15 A)
            "PEFT"],
         # session 15 (GA1): long/short form (s15 A)
         A=[("PEFT", "Parameter-Efficient Fine-Tuning")]),
    # D45 (unnamed method)
    dict(file="002_8310ea5c5292aef1.txt", line=491,
         M=["k-NN"], X=["accuracy", 
            # session 15 (GA1): removed METRIC "latency": background only (s15 G)
            ]),
    # D46 ("\\ourbenchmark" is a LaTeX macro left in the abstract, not a name)
    dict(file="002_8310ea5c5292aef1.txt", line=575,
         D=["LexBench"],
         T=["Semantic Phrase Processing", "semantic phrase processing", "semantic relation categorization"],
         P=["LexBench"]),
    # D47 (study)
    dict(file="002_8310ea5c5292aef1.txt", line=581,
         X=["accuracy"], T=["information retrieval"]),
    # D48
    dict(file="003_85bc812000b910e7.txt", line=239,
         M=["convolutional neural networks", "convolutional neural network", "CNN", "multi layer perceptrons", "MLP",
            "SSE"],
         T=["Image and Text Matching", "bidirectional image retrieval", "image search", "image annotation"],
         A=[("CNN", "convolutional neural networks", "convolutional neural network"), ("MLP", "multi layer perceptrons")]),
    # D49
    dict(file="003_85bc812000b910e7.txt", line=251,
         M=["Informer", "Transformer", "ProbSparse self-attention", "self-attention distilling", "generative style decoder"],
         N=["transformer-based"],
         X=["memory usage", "time complexity", 
            # session 15 (GA1): removed METRIC "inference speed": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "inference speed": own claim
            "inference speed",
            ],
         T=["Long Sequence Time-Series Forecasting", "Long sequence time-series forecasting", "LSTF"],
         P=["Informer", "ProbSparse self-attention", "self-attention distilling", "generative style decoder"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism/module: "X with three characteristics: (i) A (ii) B (iii) C")
         L=[("based_on", "Informer", "ProbSparse self-attention"),
            ("based_on", "Informer", "self-attention distilling"),
            ("based_on", "Informer", "generative style decoder"),
            ("used_for", "Informer", "LSTF")],
         A=[("LSTF", "Long sequence time-series forecasting", "Long Sequence Time-Series Forecasting")]),
    # D50
    dict(file="003_85bc812000b910e7.txt", line=295,
         M=["Token Recycling", "Speculative decoding", "speculative decoding", "breadth-first search", "BFS",
            "tree attention"],
         X=[
            # session 15 (GA1): removed METRIC "inference latency": background only (s15 G)
            "speedup"],
         P=["Token Recycling"],
         R=[("2", "x", True, "speedup", None, "Token Recycling"), ("30", "%", True, None, None, "Token Recycling"),
            ("25", "%", True, None, None, "Token Recycling")],
         A=[("BFS", "breadth-first search")]),
    # D51 (study; no named entity)
    dict(file="003_85bc812000b910e7.txt", line=323),
    # D52
    dict(file="003_85bc812000b910e7.txt", line=331,
         M=["LightSeq", "Transformers", "Megatron-LM", "Multi-Head", "Multi-Query", "Grouped-Query attention",
            "gradient checkpointing", "Llama-7B"],
         X=["end-to-end speedup", 
            # session 15 (GA1): removed METRIC "memory footprints": background only (s15 G)
            "training time"],
         P=["LightSeq"],
         R=[("4.7", "x", True, None, None, "LightSeq"), ("1.24", "x", True, "end-to-end speedup", None, "LightSeq"),
            ("2.01", "x", True, "end-to-end speedup", None, "LightSeq"), ("2", "x", True, None, None, "LightSeq"),
            ("8", "x", True, None, None, "LightSeq")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "LightSeq", "Llama-7B"),
            ("outperforms", "LightSeq", "Megatron-LM")]),
    # D53
    dict(file="003_85bc812000b910e7.txt", line=347,
         M=["BLADE", "Black-box LArge language models with small Domain-spEcific models", "ChatGPT", "GPT-4",
            "Bayesian optimization",
            # session 15 (GC): spelling of continual pre-training (GUIDELINES list)
            "continuous pre-training"],
         P=["BLADE|Black-box LArge language models with small Domain-spEcific models"],
         A=[("BLADE", "Black-box LArge language models with small Domain-spEcific models")]),
    # D54
    dict(file="004_497d3d275a8de861.txt", line=377,
         M=["proxy-tuning", "Llama2-70B"], D=["TruthfulQA"], T=["domain adaptation", "question-answering"],
         P=["proxy-tuning"],
         R=[("88", "%", True, None, None, "proxy-tuning")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "proxy-tuning", "Llama2-70B"),
            ("evaluated_on", "proxy-tuning", "TruthfulQA"), ("used_for", "proxy-tuning", "domain adaptation"),
            ("used_for", "proxy-tuning", "question-answering")]),
    # D55 (study; "(m)"/"(h)" are reasoning-effort settings of o3-mini, and "o3 (mini)" is o3-mini: a
    # parenthesised part would read as a short form, so only "o3" of the title is marked)
    dict(file="004_497d3d275a8de861.txt", line=393,
         M=["[o3] (mini)", "o3-mini", "o1-mini", "chain-of-thought"],
         D=["Omni-MATH"], X=["accuracy"], T=["mathematical reasoning"],
         L=[("outperforms", "o3-mini", "o1-mini"),
            ("evaluated_on", "o1-mini", "Omni-MATH"), ("evaluated_on", "o3-mini", "Omni-MATH")],
         A=[("o3-mini", "o3")]),
    # D56 (unnamed approach)
    dict(file="004_497d3d275a8de861.txt", line=507),
    # D57 (study; unnamed techniques)
    dict(file="004_497d3d275a8de861.txt", line=559,
         M=["Language-Adaptive Pre-Training", "LAPT", "Focus"],
         A=[("LAPT", "Language-Adaptive Pre-Training")]),
    # D58
    dict(file="004_497d3d275a8de861.txt", line=585,
         M=["bert2BERT", "BERT_BASE", "BERT_LARGE", "GPT_BASE", "BERT", "GPT", "StackBERT", "MSLT"],
         N=["Transformer-based"],
         X=["computational cost"],
         P=["bert2BERT"],
         R=[("45", "%", True, "computational cost", None, "bert2BERT"),
            ("47", "%", True, "computational cost", None, "bert2BERT")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "bert2BERT", "BERT_BASE"),
            ("based_on", "bert2BERT", "GPT_BASE"),
            ("outperforms", "bert2BERT", "StackBERT"), ("outperforms", "bert2BERT", "MSLT")]),
    # D59
    dict(file="004_497d3d275a8de861.txt", line=613,
         M=["FitNets",
            # session 15 (GA1): paradigm named (s15 A)
            "knowledge distillation"], D=["CIFAR-10"],
         P=["FitNets"],
         R=[("10.4", "x", True, None, "CIFAR-10", "FitNets")],
         L=[("evaluated_on", "FitNets", "CIFAR-10"),
            # session 15 (GA1): explicit derivation: we extend this idea (s15 A)
            ("based_on", "FitNets", "knowledge distillation")]),
]
for _p in PAPERS_DEV2:
    _p["split"] = "dev2"
