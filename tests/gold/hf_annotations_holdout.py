"""Hand annotations of 30 HOLDOUT title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "holdout"; ``build_hf_gold.py`` writes them to
``holdout.jsonl``. Session 3, annotated before the pipeline was run on them.

Selection: 6 papers per listing drawn with ``random.Random(20261124).sample`` (one generator, listings
in file-name order) from each listing's papers (``kg.readers.hf_listing.parse_listing``, file order)
that are not in ``hf_annotations.py`` (dev or test), whose title occurs once in all listings and is not
an annotated title, whose abstract is one paragraph of at least 300 characters (so that
``build_hf_gold.listing_paper`` rebuilds the reader's text), and whose id is not in
``heldout_ids.txt``; sorted by line within a listing.

NOBODY TUNES ON THIS SET: extractor engineers must not read these entries nor ``holdout.jsonl``, nor
look at per-paper errors on it. It is scored once per session for an honest held-out estimate.
"""

PAPERS_HOLDOUT = [
    # H00
    dict(file="000_c33ede3366bcb84c.txt", line=11,
         M=["Inner Monologue Multi-Modal Optimization", "IMMO",
            # session 15 (GA2): paradigm (s15 A)
            "supervised fine-tuning"],
         P=["IMMO|Inner Monologue Multi-Modal Optimization"],
         A=[("IMMO", "Inner Monologue Multi-Modal Optimization")]),
    # H01
    dict(file="000_c33ede3366bcb84c.txt", line=35,
         M=["GPT-4"], D=["Math Stack Exchange", "MSE", "ArqMATH3 Task1"],
         X=["nDCG", "P@10", "accuracy"], T=["mathematical reasoning"],
         R=[("0.48", "", False, "nDCG", None, "GPT-4"), ("0.37", "", False, "P@10", None, "GPT-4")],
         L=[("evaluated_on", "GPT-4", "ArqMATH3 Task1")],
         A=[("MSE", "Math Stack Exchange")]),
    # H02
    dict(file="000_c33ede3366bcb84c.txt", line=139,
         M=["Otter", "Syphus", "GPT",
            # session 15 (GC): ICL named as a studied ability is marked like ICL elsewhere (GA1, GB majority)
            "in-context learning"],
         D=["MIMIC-IT", "MultI-Modal In-Context Instruction Tuning", "Multi-Modal In-Context Instruction Tuning"],
         P=["MIMIC-IT|MultI-Modal In-Context Instruction Tuning|Multi-Modal In-Context Instruction Tuning",
            "Otter", "Syphus"],
         A=[("MIMIC-IT", "MultI-Modal In-Context Instruction Tuning", "Multi-Modal In-Context Instruction Tuning")],
         L=[("based_on", "Syphus", "GPT")]),
    # H03
    dict(file="000_c33ede3366bcb84c.txt", line=503,
         M=["ChatGPT", "GPT-4", "Generative Pretrained Transformer 4", "RoBERTa"],
         D=["LogiQA", "ReClor", "AR-LSAT", "LogiEval"],
         T=["Logical Reasoning", "logical reasoning", "natural language understanding",
            "multi-choice reading comprehension", "natural language inference"],
         P=["LogiEval"],
         L=[("outperforms", "ChatGPT", "RoBERTa"), ("evaluated_on", "ChatGPT", "LogiQA"),
            ("evaluated_on", "ChatGPT", "ReClor"), ("evaluated_on", "GPT-4", "LogiQA"),
            ("evaluated_on", "GPT-4", "ReClor")],
         A=[("GPT-4", "Generative Pretrained Transformer 4")]),
    # H04
    dict(file="000_c33ede3366bcb84c.txt", line=599,
         M=["Model soups", "model soups", "model soup", "CLIP", "ALIGN", "ViT-G"],
         D=["JFT", "ImageNet"], X=["top-1 accuracy", "accuracy", 
            # session 15 (GA2): removed METRIC "inference time": unquantified claim only ("without increasing"), nothing measured (s15 G)
            # session 15 (GE2a): restored METRIC "inference time": title
            "inference time",
            ],
         T=["image classification"],
         P=["model soups"],
         R=[("90.94", "%", False, "top-1 accuracy", "ImageNet", "ViT-G")],
         L=[("evaluated_on", "ViT-G", "ImageNet"), ("used_for", "model soup", "image classification"),
            ("evaluated_on", "model soups", "ImageNet")]),
    # H05
    dict(file="000_c33ede3366bcb84c.txt", line=623,
         M=["ChangeMamba", "Spatiotemporal State Space Model", "Convolutional neural networks", "CNN",
            "Transformers", "Mamba", "state space models", "MambaBCD", "MambaSCD", "MambaBDA", "Visual Mamba"],
         N=["CNN- and Transformer-based"],
         T=["Remote Sensing Change Detection", "remote sensing change detection", "CD",
            "binary change detection", "BCD", "semantic change detection", "SCD",
            "building damage assessment", "BDA"],
         P=["ChangeMamba", "MambaBCD", "MambaSCD", "MambaBDA"],
         L=[("based_on", "MambaBDA", "Visual Mamba"),
            ("based_on", "MambaSCD", "Visual Mamba"),
            ("based_on", "MambaBCD", "Visual Mamba"),
            ("used_for", "ChangeMamba", "Remote Sensing Change Detection"), ("based_on", "Mamba", "state space models"),
            ("used_for", "MambaBCD", "binary change detection"), ("used_for", "MambaSCD", "semantic change detection"),
            ("used_for", "MambaBDA", "building damage assessment")],
         A=[("CNN", "Convolutional neural networks"), ("CD", "remote sensing change detection"),
            ("BCD", "binary change detection"), ("SCD", "semantic change detection"),
            ("BDA", "building damage assessment")]),
    # H06
    dict(file="001_216e326a59f6f740.txt", line=39,
         M=["PepMLM", "ESM-2", "AlphaFold-Multimer"], X=["perplexities"], T=["Masked Language Modeling"],
         P=["PepMLM"],
         L=[("based_on", "PepMLM", "ESM-2")]),
    # H07
    dict(file="001_216e326a59f6f740.txt", line=115,
         M=["BERT", "ModernBERT", "ModernBERT-Large-Instruct", "Llama3-1B",
            # session 15 (GA2): paradigm (s15 A)
            "Instruction-Tuning"], D=["MMLU"],
         T=["masked language modelling", "MLM", "generative classification", "NLU"],
         P=["ModernBERT-Large-Instruct"],
         R=[("93", "%", False, None, "MMLU", "ModernBERT-Large-Instruct"),
            ("60", "%", True, None, None, "ModernBERT-Large-Instruct")],
         L=[("based_on", "ModernBERT-Large-Instruct", "ModernBERT"),
            ("evaluated_on", "ModernBERT-Large-Instruct", "MMLU"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "ModernBERT-Large-Instruct", "generative classification"),
            ("used_for", "ModernBERT-Large-Instruct", "NLU")],
         A=[("MLM", "masked language modelling")]),
    # H08
    dict(file="001_216e326a59f6f740.txt", line=163,
         M=["FIRST"], D=["TREC Deep Learning", "DL19-22"], X=["inference latency", "latency"],
         T=["Listwise Reranking", "listwise reranking", "reranking", "language modeling", "LM"],
         R=[("21", "%", True, "latency", None, "FIRST"), ("42", "%", True, "latency", None, "FIRST")],
         L=[("evaluated_on", "FIRST", "DL19-22"), ("used_for", "FIRST", "Listwise Reranking")],
         A=[("TREC Deep Learning", "DL19-22"), ("LM", "language modeling")]),
    # H09
    dict(file="001_216e326a59f6f740.txt", line=183,
         M=["Learn Your Tokens", "learn your tokens", "Word-Pooled Tokenization"],
         X=["next-word prediction"], T=["Language Modeling", "language modeling"],
         P=["learn your tokens|Learn Your Tokens|Word-Pooled Tokenization"],
         R=[("300", "%", True, "next-word prediction", None, "learn your tokens"),
            ("30", "x", True, None, None, "learn your tokens")],
         A=[("learn your tokens", "Learn Your Tokens", "Word-Pooled Tokenization")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "Learn Your Tokens", "Language Modeling")]),
    # H10
    dict(file="001_216e326a59f6f740.txt", line=219,
         M=["DefSent+", "DefSent", "SIMCSE", "SNCSE", "SynCSE"], T=["measuring sentence similarities"],
         P=["DefSent+"],
         L=[("based_on", "DefSent+", "DefSent"), ("outperforms", "DefSent+", "DefSent"),
            ("used_for", "DefSent+", "measuring sentence similarities")]),
    # H11
    dict(file="001_216e326a59f6f740.txt", line=263,
         M=["TransNormer", "TransNormerLLM", "LRPE", "Lightning Attention"],
         X=["accuracy", "runtime", "memory usage", "inference speed"],
         P=["TransNormerLLM", "Lightning Attention"],
         R=[("20", "%", True, None, None, None)],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism: "modifications ... we propose A")
         L=[("based_on", "TransNormerLLM", "Lightning Attention"),
            ("based_on", "TransNormerLLM", "LRPE"),
            ("based_on", "TransNormerLLM", "TransNormer")]),
    # H12
    dict(file="002_8310ea5c5292aef1.txt", line=3,
         M=["FLAME", "Frozen Large lAnguage Models Enable data-efficient language-image pre-training",
            "Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training", "CLIP",
            # session 15 (GA2): paradigm (s15 A)
            "data augmentation"],
         D=["CC3M", "YFCC15M", "ImageNet", "WIT-400M", "Urban-1k"],
         X=["top-1 accuracy", "image-to-text recall@1", "text-to-image recall@1"], T=["long-context retrieval"],
         P=["FLAME|Frozen Large lAnguage Models Enable data-efficient language-image pre-training"
            "|Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training"],
         R=[("4.9", "%", True, "top-1 accuracy", "ImageNet", "FLAME"),
            ("44.4", "%", True, "image-to-text recall@1", None, "FLAME"),
            ("34.6", "%", True, "text-to-image recall@1", "Urban-1k", "FLAME")],
         L=[("outperforms", "FLAME", "CLIP"), ("evaluated_on", "FLAME", "ImageNet"),
            ("evaluated_on", "FLAME", "Urban-1k"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "FLAME", "long-context retrieval")],
         A=[("FLAME", "Frozen Large lAnguage Models Enable data-efficient language-image pre-training",
             "Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training")]),
    # H13
    dict(file="002_8310ea5c5292aef1.txt", line=91,
         M=["TEAL", "Tokenize and Embed ALL", "Tokenize and Embed ALl"], T=["multi-modal understanding"],
         P=["TEAL|Tokenize and Embed ALL|Tokenize and Embed ALl"],
         L=[("used_for", "TEAL", "multi-modal understanding")],
         A=[("TEAL", "Tokenize and Embed ALL", "Tokenize and Embed ALl")]),
    # H14
    dict(file="002_8310ea5c5292aef1.txt", line=199,
         M=["TriP-LLM", "Tri-Branch Patch-wise Large Language Model Framework", "Channel Independence", "CI"],
         X=["PATE", 
            # session 15 (lead): removed METRIC "memory consumption": unquantified comparison only (consistency with GA1/GB)
            # session 15 (GE2a): restored METRIC "memory consumption": own claim
            "memory consumption",
            ],
         T=["Time-Series Anomaly Detection", "Time-series anomaly detection", "anomaly detection"],
         P=["TriP-LLM|Tri-Branch Patch-wise Large Language Model Framework"],
         L=[("used_for", "TriP-LLM", "Time-Series Anomaly Detection")],
         A=[("TriP-LLM", "Tri-Branch Patch-wise Large Language Model Framework"), ("CI", "Channel Independence")]),
    # H15
    dict(file="002_8310ea5c5292aef1.txt", line=315,
         M=["GPT-4"], X=["F1", "recall"]),
    # H16
    dict(file="002_8310ea5c5292aef1.txt", line=531,
         M=["InnerThoughts", "multiple [transformer] layers",
            # session 15 (GA2): paradigm (s15 A)
            "supervised fine-tuning"], T=["multiple-choice question-answering"],
         P=["InnerThoughts"]),
    # H17
    dict(file="002_8310ea5c5292aef1.txt", line=549,
         M=["GPT-3.5-Turbo-16k"], D=["LongBench"],
         T=["Long Context Understanding", "long context understanding", "single-doc QA", "multi-doc QA",
            "summarization", "code completion"],
         P=["LongBench"],
         L=[("evaluated_on", "GPT-3.5-Turbo-16k", "LongBench")]),
    # H18
    dict(file="003_85bc812000b910e7.txt", line=35,
         M=["Bidirectional Long Short-Term Memory Networks", "Bi-LSTM"],
         D=["Automatic Identification System", "AIS"], X=["F1", "R2"],
         T=["Long-Term Vessel Trajectory Forecasting", "trajectory forecasting"],
         R=[("85", "%", False, "F1", None, None), ("75", "%", False, "F1", None, None),
            ("98", "%", False, "R2", None, None)],
         A=[("Bi-LSTM", "Bidirectional Long Short-Term Memory Networks"), ("AIS", "Automatic Identification System")]),
    # H19
    dict(file="003_85bc812000b910e7.txt", line=75,
         M=["Long Short-Term Memory", "LSTM", "phrase-based SMT", "SMT"], D=["WMT'14"], X=["BLEU"],
         T=["English to French translation"],
         R=[("34.8", "", False, "BLEU", "WMT'14", "LSTM"), ("33.3", "", False, "BLEU", None, "phrase-based SMT"),
            ("36.5", "", False, "BLEU", None, "LSTM")],
         L=[("evaluated_on", "LSTM", "WMT'14"), ("used_for", "LSTM", "English to French translation")],
         A=[("LSTM", "Long Short-Term Memory")]),
    # H20
    dict(file="003_85bc812000b910e7.txt", line=227,
         M=["MEMO", "FlashAttention", "Mixed Integer Programming", "MIP", "across [transformer] layers"],
         X=["Model FLOPS Utilization", "MFU", 
            # session 15 (GA2): removed METRIC "memory consumption": background problem only; memory not measured (MFU is) (s15 G)
            ],
         P=["MEMO"],
         R=[("2.42", "x", False, "MFU", None, "MEMO"), ("2.26", "x", False, "MFU", None, "MEMO"),
            ("52.30", "%", False, "MFU", None, "MEMO")],
         A=[("MIP", "Mixed Integer Programming"), ("MFU", "Model FLOPS Utilization")]),
    # H21
    dict(file="003_85bc812000b910e7.txt", line=275,
         X=[
            # session 15 (GA2): removed METRIC "memory consumption": background only, nothing measured (s15 G)
            ],
         M=["ByteScale", "Hybrid Data Parallelism", "HDP", "Data Parallelism", "Context Parallelism",
            # session 15 (GA2): RL as a kind of LLM training (s15 A)
            "reinforcement learning"],
         P=["ByteScale", "HDP|Hybrid Data Parallelism"],
         R=[("7.89", "x", True, None, None, "ByteScale")],
         A=[("HDP", "Hybrid Data Parallelism")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism(parallelism strategy): "the core of X is A")
         L=[("based_on", "ByteScale", "HDP"),
            ("based_on", "HDP", "Data Parallelism")]),
    # H22
    dict(file="003_85bc812000b910e7.txt", line=283,
         M=["SharedLLM", "LLaMA-2", "self-injection",
            # session 15 (GA2): paradigm (s15 A)
            "continual pre-training"], T=["Context window extension", "information retrieval"],
         P=["SharedLLM", "self-injection"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism: "the process ... is referred to as A")
         L=[("based_on", "SharedLLM", "self-injection"),
            ("based_on", "SharedLLM", "LLaMA-2"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "self-injection", "Context window extension")]),
    # H23
    dict(file="003_85bc812000b910e7.txt", line=299,
         M=["EM-LLM", "InfLLM"], D=["LongBench", "PassageRetrieval"],
         X=["accuracy"],  # session 13 (M9): "maintain coherence and accuracy over long sequences" (GUIDELINES)
         P=["EM-LLM"],
         R=[("4.3", "%", True, None, "LongBench", "EM-LLM"), ("33", "%", True, None, "PassageRetrieval", "EM-LLM")],
         L=[("outperforms", "EM-LLM", "InfLLM"), ("evaluated_on", "EM-LLM", "LongBench"),
            ("evaluated_on", "EM-LLM", "PassageRetrieval")]),
    # H24
    dict(file="004_497d3d275a8de861.txt", line=29,
         M=["LLaMA", "Gemma", "LLaMA 3.1", "LLaMA 3.2", "Gemma 2", "Chain-of-Thought", "chain-of-thought",
            "Qwen", "DeepSeek R1", "OpenAI o1", "o3", "Gemini", "Claude", "GPT-4o mini", "Mistral Large",
            # session 15 (GA2): paradigm (s15 A)
            "Parameter-efficient fine-tuning",
            # session 15 (GA2): paradigm (s15 A)
            "parameter-efficient fine-tuning"],
         D=["ZNO-Eval"], X=["test score"],
         R=[("17.4", "%", True, "test score", None, None), ("1.6", "%", True, "test score", None, None),
            ("5.4", "%", True, None, None, None)],
         L=[("outperforms", "LLaMA", "GPT-4o mini"), ("outperforms", "LLaMA", "Mistral Large"),
            ("outperforms", "Gemma", "GPT-4o mini"), ("outperforms", "Gemma", "Mistral Large")],
         # session 15 (GA2): case variants (s15 A)
         A=[("parameter-efficient fine-tuning", "Parameter-efficient fine-tuning")]),
    # H25
    dict(file="004_497d3d275a8de861.txt", line=95,
         M=["LoRAs", "bottleneck adapters", "prefix tuning", "(IA)3",
            # session 15 (GA2): paradigm (s15 A)
            "PEFT",
            # session 15 (GA2): paradigm (s15 A)
            "parameter-efficient fine-tuning"],
         T=["Language Adaptation", "language adaptation", "summarisation"],
         # session 15 (GA2): long/short form (s15 A)
         A=[("PEFT", "parameter-efficient fine-tuning")]),
    # H26
    dict(file="004_497d3d275a8de861.txt", line=97,
         M=["H2OVL-Mississippi", "H2OVL-Mississippi-0.8B", "H2OVL-Mississippi-2B", "H2O-Danube"],
         D=["OCRBench"], T=["text recognition", "Text Recognition"],
         P=["H2OVL-Mississippi", "H2OVL-Mississippi-0.8B", "H2OVL-Mississippi-2B"],
         L=[("based_on", "H2OVL-Mississippi-2B", "H2O-Danube"),
            ("based_on", "H2OVL-Mississippi-0.8B", "H2O-Danube"),
            ("based_on", "H2OVL-Mississippi", "H2O-Danube"),
            ("evaluated_on", "H2OVL-Mississippi-0.8B", "OCRBench"),
            ("used_for", "H2OVL-Mississippi-0.8B", "text recognition")]),
    # H27
    dict(file="004_497d3d275a8de861.txt", line=303,
         M=["CodeLutra", "Llama-3-8B", "GPT-4"], X=["accuracy"], T=["Code Generation", "code generation"],
         P=["CodeLutra"],
         R=[("28.2", "%", False, "accuracy", None, "Llama-3-8B"), ("48.6", "%", False, "accuracy", None, "Llama-3-8B")],
         L=[("used_for", "CodeLutra", "Code Generation")]),
    # H28
    dict(file="004_497d3d275a8de861.txt", line=351,
         T=["sentiment analysis"]),
    # H29
    dict(file="004_497d3d275a8de861.txt", line=423,
         M=["Task-aware layEr-wise Distillation", "Task-aware Layer-wise Distillation", "TED",
            "Layer-wise distillation", "layer-wise distillation",
            # session 15 (GA2): paradigm, evaluation scenario (s15 A)
            "continual pre-training"],
         T=["Language Model Compression"],
         P=["TED|Task-aware layEr-wise Distillation|Task-aware Layer-wise Distillation"],
         L=[("based_on", "TED", "layer-wise distillation"),
            ("used_for", "Task-aware Layer-wise Distillation", "Language Model Compression")],
         A=[("TED", "Task-aware layEr-wise Distillation", "Task-aware Layer-wise Distillation")]),
]
for _p in PAPERS_HOLDOUT:
    _p["split"] = "holdout"
