"""Hand annotations of 60 DEV6 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev6"; ``build_hf_gold.py`` writes them to ``dev6.jsonl``.
Session 6, annotated by hand, in file order, before the pipeline was run on them.

Selection (``/work/notes/s6/pick_gold2.py``, the lead's script, list in ``/work/notes/s6/ids_dev6.txt``): papers of
the listings not in any set annotated before (including dev4, dev5 and holdout4), drawn with a new seed, sorted by
line within a listing.

THIS IS A TUNING AND TRAINING SET (like dev, dev2 to dev5 and dev7): extractor engineers may read it and its
per-paper errors, and the shipped NER model may be trained on it.
"""

PAPERS_DEV6 = [
    # F00 (text-to-schema is the paper's named proposal, lower case; "\benchmark" is a LaTeX macro)
    dict(file="000_c33ede3366bcb84c.txt", line=15,
         M=["BERT", "MatBERT", "Text-to-Schema Modeling", "text-to-schema"], D=["MatSci-NLP"],
         T=["named entity recognition", "relation classification", "synthesis action retrieval", "question-answering"],
         P=["MatSci-NLP", "text-to-schema|Text-to-Schema Modeling"],
         L=[("evaluated_on", "BERT", "MatSci-NLP"), ("evaluated_on", "MatBERT", "MatSci-NLP")],
         A=[("text-to-schema", "Text-to-Schema Modeling")]),
    # F01 (the three fine-tuning strategies and the recipe are unnamed: nothing proposed)
    dict(file="000_c33ede3366bcb84c.txt", line=23,
         M=["PaLM 2", "PaLM 2-L"], D=["MATH"], X=["pass-at-one", "pass-at-N", "accuracy"],
         T=["Solving Math Problems", "solving math problems"],
         R=[("58.8", "%", False, "accuracy", "MATH", "PaLM 2-L"), ("11.2", "%", True, "accuracy", "MATH", "PaLM 2-L")],
         L=[("evaluated_on", "PaLM 2-L", "MATH")],
         A=[("Solving Math Problems", "solving math problems")]),
    # F02 (SL and RL are paradigms)
    dict(file="000_c33ede3366bcb84c.txt", line=187,
         M=["Recursively Criticizes and Improves its output", "RCI", "InstructGPT-3+RLHF", "chain of thought", "CoT"],
         D=["MiniWoB++"],
         P=["RCI|Recursively Criticizes and Improves its output"],
         L=[("evaluated_on", "RCI", "MiniWoB++"), ("outperforms", "RCI", "CoT")],
         A=[("RCI", "Recursively Criticizes and Improves its output"), ("chain of thought", "CoT")]),
    # F03 (RL is a paradigm; HuggingFace is a library)
    dict(file="000_c33ede3366bcb84c.txt", line=211,
         M=["RL4LMs", "Reinforcement Learning for Language Models", "NLPO", "Natural Language Policy Optimization", "PPO"],
         D=["GRUE", "General Reinforced-language Understanding Evaluation"],
         T=["text generation", "language generation"],
         P=["RL4LMs|Reinforcement Learning for Language Models", "GRUE|General Reinforced-language Understanding Evaluation",
            "NLPO|Natural Language Policy Optimization"],
         L=[("outperforms", "NLPO", "PPO"), ("used_for", "NLPO", "language generation")],
         A=[("RL4LMs", "Reinforcement Learning for Language Models"),
            ("GRUE", "General Reinforced-language Understanding Evaluation"),
            ("NLPO", "Natural Language Policy Optimization")]),
    # F04 (the two attention components are named in the list; "Transformer-based" is a premodifier)
    dict(file="000_c33ede3366bcb84c.txt", line=331,
         M=["Core Context Aware Attention", "Core Context Aware (CCA) Attention", "CCA-Attention", "self-attention",
            "Globality-pooling attention", "Locality-preserved attention"],
         T=["Long Context Language Modeling", "long-range context modeling", "long-context modeling"],
         P=["CCA-Attention|Core Context Aware Attention|Core Context Aware (CCA) Attention"],
         L=[("used_for", "Core Context Aware Attention", "Long Context Language Modeling"),
            ("used_for", "Core Context Aware (CCA) Attention", "long-range context modeling")],
         A=[("CCA-Attention", "Core Context Aware Attention", "Core Context Aware (CCA) Attention")]),
    # F05 (a study: MDSD is an existing approach; the sampling schemes are generic)
    dict(file="000_c33ede3366bcb84c.txt", line=459,
         M=["Multi-draft Speculative Decoding", "Multi-Draft Speculative Decoding", "MDSD"],
         X=["optimal acceptance rate", "optimal acceptance rates"],
         A=[("Multi-Draft Speculative Decoding", "MDSD", "Multi-draft Speculative Decoding")]),
    # F06 (the nine categories are domains, not tasks)
    dict(file="000_c33ede3366bcb84c.txt", line=531,
         M=["ChatGPT", "DeepSeek", "Claude", "Gemini"], D=["DMind Benchmark"],
         P=["DMind Benchmark"],
         L=[("evaluated_on", "ChatGPT", "DMind Benchmark"), ("evaluated_on", "DeepSeek", "DMind Benchmark"),
            ("evaluated_on", "Claude", "DMind Benchmark"), ("evaluated_on", "Gemini", "DMind Benchmark")]),
    # F07 (knowledge distillation and pre-training are paradigms)
    dict(file="000_c33ede3366bcb84c.txt", line=543,
         M=["Pre-trained Distillation", "BERT"],
         P=["Pre-trained Distillation"]),
    # F08 (the X2L interfaces are a named component; the instruction-following dataset is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=73,
         M=["X-LLM", "GPT-4", "ChatGLM", "X2L"], X=["relative score"],
         T=["ASR", "multimodal ASR", "speech recognition"],
         P=["X-LLM"],
         R=[("84.5", "%", False, "relative score", None, "X-LLM")],
         L=[("based_on", "X-LLM", "ChatGLM"), ("used_for", "X-LLM", "ASR")]),
    # F09
    dict(file="002_8310ea5c5292aef1.txt", line=83,
         M=["Tuning-free Rule Accumulation", "TRAN"],
         P=["TRAN|Tuning-free Rule Accumulation"],
         A=[("TRAN", "Tuning-free Rule Accumulation")]),
    # F10 (MTF and parameter-efficient fine-tuning are paradigms; the LM objective is a TASK)
    dict(file="002_8310ea5c5292aef1.txt", line=87,
         M=["HyperTuning", "hypertuning", "HyperT5", "T5", "LoRA"], D=["P3", "MetaICL", "Super-NaturalInstructions"],
         T=["conditional language modeling"],
         P=["HyperTuning|hypertuning", "HyperT5"],
         L=[("based_on", "HyperT5", "T5"), ("evaluated_on", "HyperT5", "P3"), ("evaluated_on", "HyperT5", "MetaICL"),
            ("evaluated_on", "HyperT5", "Super-NaturalInstructions")],
         A=[("HyperTuning", "hypertuning")]),
    # F11 (PEFT is a paradigm; "Full FT" is plain fine-tuning, not a named method: its values carry no method)
    dict(file="002_8310ea5c5292aef1.txt", line=125,
         M=["SORSA", "Singular Values and Orthonormal Regularized Singular Vectors Adaptation", "singular value decomposition",
            "SVD", "PiSSA", "LoRA", "Llama 2 7B"],
         D=["MATH", "GSM-8K"], X=["accuracy", "inference latency"],
         P=["SORSA|Singular Values and Orthonormal Regularized Singular Vectors Adaptation"],
         R=[("10.36", "%", False, "accuracy", "MATH", "SORSA"), ("5.50", "%", False, "accuracy", "MATH", "LoRA"),
            ("7.22", "%", False, "accuracy", "MATH", None), ("7.44", "%", False, "accuracy", "MATH", "PiSSA"),
            ("56.03", "%", False, "accuracy", "GSM-8K", "SORSA"), ("42.30", "%", False, "accuracy", "GSM-8K", "LoRA"),
            ("49.05", "%", False, "accuracy", "GSM-8K", None), ("53.07", "%", False, "accuracy", "GSM-8K", "PiSSA")],
         L=[("outperforms", "SORSA", "LoRA"), ("outperforms", "SORSA", "PiSSA"), ("evaluated_on", "SORSA", "MATH"),
            ("evaluated_on", "SORSA", "GSM-8K")],
         A=[("SORSA", "Singular Values and Orthonormal Regularized Singular Vectors Adaptation"),
            ("singular value decomposition", "SVD")]),
    # F12 (the two reflection operations are named components)
    dict(file="002_8310ea5c5292aef1.txt", line=149,
         M=["mR$^2$AG", "mR^2AG", "Multimodal Retrieval-Reflection-Augmented Generation",
            "multimodal Retrieval-Reflection-Augmented Generation", "multimodal Retrieval-Augmented Generation", "mRAG",
            "RAG", "Retrieval-Reflection", "Relevance-Reflection", "GPT-4v/o"],
         D=["INFOSEEK", "Encyclopedic-VQA", "mR^2AG Instruction-Tuning", "mR^2AG-IT"],
         T=["Knowledge-Based VQA", "Knowledge-based VQA"],
         P=["mR^2AG|mR$^2$AG|Multimodal Retrieval-Reflection-Augmented Generation", "mR^2AG-IT|mR^2AG Instruction-Tuning"],
         L=[("outperforms", "mR^2AG", "GPT-4v/o"), ("evaluated_on", "mR^2AG", "INFOSEEK"),
            ("evaluated_on", "mR^2AG", "Encyclopedic-VQA"), ("used_for", "mR$^2$AG", "Knowledge-Based VQA")],
         A=[("mR^2AG", "mR$^2$AG", "Multimodal Retrieval-Reflection-Augmented Generation",
             "multimodal Retrieval-Reflection-Augmented Generation"),
            ("mRAG", "multimodal Retrieval-Augmented Generation"), ("mR^2AG-IT", "mR^2AG Instruction-Tuning"),
            ("Knowledge-Based VQA", "Knowledge-based VQA")]),
    # F13 (the five benchmark datasets are unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=167,
         M=["SOWA", "Soldier-Offier Window self-Attention", "Hierarchical Frozen Window Self-Attention", "CLIP"],
         T=["Anomaly Detection", "anomaly detection", "Visual anomaly detection"],
         P=["SOWA|Soldier-Offier Window self-Attention"],
         L=[("based_on", "SOWA", "CLIP"), ("used_for", "SOWA", "Anomaly Detection")],
         A=[("SOWA", "Soldier-Offier Window self-Attention"), ("Anomaly Detection", "anomaly detection")]),
    # F14 (a survey of paradigms: quantization, pruning, distillation; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=237),
    # F15 (a scaling-law study: nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=319),
    # F16 (visual words is the paper's named proposal; the VQA benchmarks are unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=359,
         M=["Visual Words", "visual words"],
         T=["Multi-modal Auto-regressive Modeling", "multi-modal auto-regressive modeling", "auto-regressive modelling",
            "VQA"],
         P=["visual words|Visual Words"],
         L=[("used_for", "Visual Words", "Multi-modal Auto-regressive Modeling")],
         A=[("Visual Words", "visual words"),
            ("Multi-modal Auto-regressive Modeling", "multi-modal auto-regressive modeling")]),
    # F17 (low-rank adapters are generic)
    dict(file="002_8310ea5c5292aef1.txt", line=365,
         M=["AdapterSwap"], T=["continual learning"],
         P=["AdapterSwap"],
         L=[("used_for", "AdapterSwap", "continual learning")]),
    # F18 (GEMM kernels are software; "up to 3.65 times higher throughput" is a change)
    dict(file="002_8310ea5c5292aef1.txt", line=377,
         M=["FineQuant", "Fine-Grained Weight-Only Quantization", "Mixture-of-Experts", "MoE", "OPT-175B"],
         X=["accuracy", "throughput", "memory consumption"],
         P=["FineQuant|Fine-Grained Weight-Only Quantization"],
         R=[("3.65", "x", True, "throughput", None, "FineQuant")],
         A=[("FineQuant", "Fine-Grained Weight-Only Quantization"), ("Mixture-of-Experts", "MoE")]),
    # F19 (instruction tuning and curriculum learning are paradigms; YuLan-Chat is inside the URL)
    dict(file="002_8310ea5c5292aef1.txt", line=383,
         M=["YuLan"],
         P=["YuLan"]),
]
for _p in PAPERS_DEV6:
    _p["split"] = "dev6"
