"""Hand annotations of 60 DEV6 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev6"; ``build_hf_gold.py`` writes them to ``dev6.jsonl``.
Session 6, annotated by hand, in file order, before the pipeline was run on them.

Selection (``/work/notes/s6/pick_gold2.py``, the lead's script, list in ``/work/notes/s6/ids_dev6.txt``): papers of
the listings not in any set annotated before (including dev4, dev5 and holdout4), drawn with a new seed, sorted by
line within a listing.

Corrected after the one scoring (slips against the earlier gold sets' practice, seen in the pipeline's output and
listed here for honesty): F08's "ASR" and "speech recognition" are one alias group (as in dev5); F35's DistilmBERT is
evaluated_on XNLI (its accuracy drop on XNLI is stated in the sentence).

THIS IS A TUNING AND TRAINING SET (like dev, dev2 to dev5 and dev7): extractor engineers may read it and its
per-paper errors, and the shipped NER model may be trained on it.
"""

PAPERS_DEV6 = [
    # F00 (text-to-schema is the paper's named proposal, lower case; "\benchmark" is a LaTeX macro)
    dict(file="000_c33ede3366bcb84c.txt", line=15,
         M=["BERT", "MatBERT", "Text-to-Schema Modeling", "text-to-schema",
            # session 15 (GA2): paradigm (s15 A)
            "multitask learning"], D=["MatSci-NLP"],
         T=["named entity recognition", "relation classification", "synthesis action retrieval", "question-answering"],
         P=["MatSci-NLP", "text-to-schema|Text-to-Schema Modeling"],
         L=[("evaluated_on", "BERT", "MatSci-NLP"), ("evaluated_on", "MatBERT", "MatSci-NLP")],
         A=[("text-to-schema", "Text-to-Schema Modeling")]),
    # F01 (the three fine-tuning strategies and the recipe are unnamed: nothing proposed)
    dict(file="000_c33ede3366bcb84c.txt", line=23,
         M=["PaLM 2", "PaLM 2-L",
            # session 15 (GA2): multi-task paradigm (s15 A)
            "Multi-task fine-tuning",
            # session 15 (GA2): multi-task paradigm, named variant (s15 A)
            "multi-task sequential fine-tuning"], D=["MATH"], X=["pass-at-one", "pass-at-N", "accuracy"],
         T=["Solving Math Problems", "solving math problems"],
         R=[("58.8", "%", False, "accuracy", "MATH", "PaLM 2-L"), ("11.2", "%", True, "accuracy", "MATH", "PaLM 2-L")],
         L=[("evaluated_on", "PaLM 2-L", "MATH")],
         A=[("Solving Math Problems", "solving math problems")]),
    # F02 (SL and RL are paradigms)
    dict(file="000_c33ede3366bcb84c.txt", line=187,
         M=["Recursively Criticizes and Improves its output", "RCI", "InstructGPT-3+RLHF", "chain of thought", "CoT",
            # session 15 (GA2): RL approaches as a technique (s15 A)
            "reinforcement learning",
            # session 15 (GA2): RL approaches as a technique (s15 A)
            "RL"],
         D=["MiniWoB++"],
         P=["RCI|Recursively Criticizes and Improves its output"],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "RCI", "InstructGPT-3+RLHF"),
            ("evaluated_on", "RCI", "MiniWoB++"), ("outperforms", "RCI", "CoT"),
            # session 15 (GA2): "surpasses ... reinforcement learning (RL) approaches" (s15 A)
            ("outperforms", "RCI", "reinforcement learning")],
         A=[("RCI", "Recursively Criticizes and Improves its output"), ("chain of thought", "CoT"),
            # session 15 (GA2): long/short form (s15 A)
            ("RL", "reinforcement learning")]),
    # F03 (RL is a paradigm; HuggingFace is a library)
    dict(file="000_c33ede3366bcb84c.txt", line=211,
         M=["RL4LMs", "Reinforcement Learning for Language Models", "NLPO", "Natural Language Policy Optimization", "PPO",
            # session 15 (GA2): RL as a technique for LMs (s15 A)
            "Reinforcement Learning",
            # session 15 (GA2): RL as a technique for LMs (s15 A)
            "reinforcement learning",
            # session 15 (GA2): RL as a technique for LMs (s15 A)
            "RL"],
         D=["GRUE", "General Reinforced-language Understanding Evaluation"],
         T=["text generation", "language generation"],
         P=["RL4LMs|Reinforcement Learning for Language Models", "GRUE|General Reinforced-language Understanding Evaluation",
            "NLPO|Natural Language Policy Optimization"],
         L=[("outperforms", "NLPO", "PPO"), ("used_for", "NLPO", "language generation")],
         A=[("RL4LMs", "Reinforcement Learning for Language Models"),
            ("GRUE", "General Reinforced-language Understanding Evaluation"),
            ("NLPO", "Natural Language Policy Optimization"),
            # session 15 (GA2): long/short form (s15 A)
            ("RL", "reinforcement learning", "Reinforcement Learning")]),
    # F04 (the two attention components are named in the list; "Transformer-based" is a premodifier)
    dict(file="000_c33ede3366bcb84c.txt", line=331,
         M=["Core Context Aware Attention", "Core Context Aware (CCA) Attention", "CCA-Attention", "self-attention",
            "Globality-pooling attention", "Locality-preserved attention"],
         T=["Long Context Language Modeling", "long-range context modeling", "long-context modeling"],
         P=["CCA-Attention|Core Context Aware Attention|Core Context Aware (CCA) Attention"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism: "X, which consists of two components: 1) A 2) B")
         L=[("based_on", "CCA-Attention", "Globality-pooling attention"),
            ("based_on", "CCA-Attention", "Locality-preserved attention"),
            ("used_for", "Core Context Aware Attention", "Long Context Language Modeling"),
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
         M=["Pre-trained Distillation", "BERT",
            # session 15 (GA2): paradigm (s15 A)
            "self-supervised pre-training",
            # session 15 (GA2): paradigm (s15 A)
            "knowledge distillation"],
         P=["Pre-trained Distillation"]),
    # F08 (the X2L interfaces are a named component; the instruction-following dataset is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=73,
         M=["X-LLM", "GPT-4", "ChatGLM", "X2L"], X=["relative score"],
         T=["ASR", "multimodal ASR", "speech recognition"],
         P=["X-LLM"],
         R=[("84.5", "%", False, "relative score", None, "X-LLM")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; module(interface): "X converts/aligns ... using A interfaces")
         L=[("based_on", "X-LLM", "X2L"),
            ("based_on", "X-LLM", "ChatGLM"), ("used_for", "X-LLM", "ASR")],
         A=[("ASR", "speech recognition")]),
    # F09
    dict(file="002_8310ea5c5292aef1.txt", line=83,
         M=["Tuning-free Rule Accumulation", "TRAN"],
         P=["TRAN|Tuning-free Rule Accumulation"],
         A=[("TRAN", "Tuning-free Rule Accumulation")]),
    # F10 (MTF and parameter-efficient fine-tuning are paradigms; the LM objective is a TASK)
    dict(file="002_8310ea5c5292aef1.txt", line=87,
         M=["HyperTuning", "hypertuning", "HyperT5", "T5", "LoRA",
            # session 15 (GA2): paradigm (s15 A)
            "multi-task fine-tuning",
            # session 15 (GA2): paradigm (s15 A)
            "MTF",
            # session 15 (GA2): paradigm (s15 A)
            "parameter-efficient fine-tuning"], D=["P3", "MetaICL", "Super-NaturalInstructions"],
         T=["conditional language modeling"],
         P=["HyperTuning|hypertuning", "HyperT5"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; sub-model: "a setup for X with A, a ... hypermodel")
         L=[("based_on", "HyperTuning", "HyperT5"),
            ("based_on", "HyperT5", "T5"), ("evaluated_on", "HyperT5", "P3"), ("evaluated_on", "HyperT5", "MetaICL"),
            ("evaluated_on", "HyperT5", "Super-NaturalInstructions")],
         A=[("HyperTuning", "hypertuning"),
            # session 15 (GA2): long/short form (s15 A)
            ("MTF", "multi-task fine-tuning")]),
    # F11 (PEFT is a paradigm; "Full FT" is plain fine-tuning, not a named method: its values carry no method)
    dict(file="002_8310ea5c5292aef1.txt", line=125,
         M=["SORSA", "Singular Values and Orthonormal Regularized Singular Vectors Adaptation", "singular value decomposition",
            "SVD", "PiSSA", "LoRA", "Llama 2 7B",
            # session 15 (GA2): paradigm (s15 A)
            "Parameter-efficient fine-tuning",
            # session 15 (GA2): paradigm (s15 A)
            "parameter-efficient fine-tuning",
            # session 15 (GA2): paradigm (s15 A)
            "PEFT"],
         D=["MATH", "GSM-8K"], X=["accuracy", 
            # session 15 (GA2): removed METRIC "inference latency": unquantified design claim only (s15 G)
            # session 15 (GE2a): restored METRIC "inference latency": own claim
            "inference latency",
            ],
         P=["SORSA|Singular Values and Orthonormal Regularized Singular Vectors Adaptation"],
         R=[("10.36", "%", False, "accuracy", "MATH", "SORSA"), ("5.50", "%", False, "accuracy", "MATH", "LoRA"),
            ("7.22", "%", False, "accuracy", "MATH", None), ("7.44", "%", False, "accuracy", "MATH", "PiSSA"),
            ("56.03", "%", False, "accuracy", "GSM-8K", "SORSA"), ("42.30", "%", False, "accuracy", "GSM-8K", "LoRA"),
            ("49.05", "%", False, "accuracy", "GSM-8K", None), ("53.07", "%", False, "accuracy", "GSM-8K", "PiSSA")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "SORSA", "Llama 2 7B"),
            ("outperforms", "SORSA", "LoRA"), ("outperforms", "SORSA", "PiSSA"), ("evaluated_on", "SORSA", "MATH"),
            ("evaluated_on", "SORSA", "GSM-8K")],
         A=[("SORSA", "Singular Values and Orthonormal Regularized Singular Vectors Adaptation"),
            ("singular value decomposition", "SVD"),
            # session 15 (GA2): long/short form (s15 A)
            ("PEFT", "Parameter-efficient fine-tuning", "parameter-efficient fine-tuning")]),
    # F12 (the two reflection operations are named components)
    dict(file="002_8310ea5c5292aef1.txt", line=149,
         M=["mR$^2$AG", "mR^2AG", "Multimodal Retrieval-Reflection-Augmented Generation",
            "multimodal Retrieval-Reflection-Augmented Generation", "multimodal Retrieval-Augmented Generation", "mRAG",
            "RAG", "Retrieval-Reflection", "Relevance-Reflection", "GPT-4v/o"],
         D=["INFOSEEK", "Encyclopedic-VQA", "mR^2AG Instruction-Tuning", "mR^2AG-IT"],
         T=["Knowledge-Based VQA", "Knowledge-based VQA"],
         P=["mR^2AG|mR$^2$AG|Multimodal Retrieval-Reflection-Augmented Generation", "mR^2AG-IT|mR^2AG Instruction-Tuning"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism(operation): "through two operations ... In X, A is designed ... and B is introduced")
         L=[("based_on", "mR^2AG", "Retrieval-Reflection"),
            ("based_on", "mR^2AG", "Relevance-Reflection"),
            ("outperforms", "mR^2AG", "GPT-4v/o"), ("evaluated_on", "mR^2AG", "INFOSEEK"),
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
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism: "title "X: Adapting A to ..."; "a window self-attention mechanism ... within a X framework"")
         L=[("based_on", "SOWA", "Hierarchical Frozen Window Self-Attention"),
            ("based_on", "SOWA", "CLIP"), ("used_for", "SOWA", "Anomaly Detection")],
         A=[("SOWA", "Soldier-Offier Window self-Attention"), ("Anomaly Detection", "anomaly detection")]),
    # F14 (a survey of paradigms: quantization, pruning, distillation; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=237,
         # session 15 (GA2): paradigm, survey list (s15 A)
         M=["knowledge distillation"]),
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
    # F17 (low-rank adapters were left out as generic until session 16 (TL): they are the named method the proposal is made of)
    dict(file="002_8310ea5c5292aef1.txt", line=365,
         M=["AdapterSwap",
            # session 16 (TL): named parameter-efficient method the proposal's modules are (was missing)
            "low-rank adapters"], T=["continual learning"],
         P=["AdapterSwap"],
         L=[("used_for", "AdapterSwap", "continual learning"),
            # session 16 (TL): adapter modules: "organizes knowledge ... into a set of low-rank adapters" (GUIDELINES based_on, adapter modules)
            ("based_on", "AdapterSwap", "low-rank adapters")]),
    # F18 (GEMM kernels are software; "up to 3.65 times higher throughput" is a change)
    dict(file="002_8310ea5c5292aef1.txt", line=377,
         M=["FineQuant", "Fine-Grained Weight-Only Quantization", "Mixture-of-Experts", "MoE", "OPT-175B",
            # session 15 (GA2): named kind of quantization (s15 A)
            "weight-only quantization"],
         X=["accuracy", "throughput", 
            # session 15 (GA2): removed METRIC "memory consumption": unquantified claim only; throughput keeps its value (s15 G)
            # session 15 (GE2a): restored METRIC "memory consumption": own claim
            "memory consumption",
            ],
         P=["FineQuant|Fine-Grained Weight-Only Quantization"],
         R=[("3.65", "x", True, "throughput", None, "FineQuant")],
         A=[("FineQuant", "Fine-Grained Weight-Only Quantization"), ("Mixture-of-Experts", "MoE")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "FineQuant", "OPT-175B"),
         ]),
    # F19 (instruction tuning and curriculum learning are paradigms; YuLan-Chat is inside the URL)
    dict(file="002_8310ea5c5292aef1.txt", line=383,
         M=["YuLan",
            # session 15 (GA2): paradigm (s15 A)
            "instruction-tuning",
            # session 15 (GA2): paradigm (s15 A)
            "curriculum-learning"],
         P=["YuLan"]),
    # F20 (the paper's named tool)
    dict(file="002_8310ea5c5292aef1.txt", line=391,
         M=["LinguisticLens"],
         P=["LinguisticLens"]),
    # F21 (pruning and distillation are paradigms; "by a factor of 2-4x" is the chosen setting, "<3%" a setting)
    dict(file="002_8310ea5c5292aef1.txt", line=399,
         M=["MLP", "Nemotron-4", "Minitron", "Mistral 7B", "Gemma 7B", "Llama-3 8B",
            # session 15 (GA2): paradigm (s15 A)
            "Knowledge Distillation",
            # session 15 (GA2): paradigm (s15 A)
            "knowledge distillation"], D=["MMLU"], X=["compute cost"],
         T=["language modeling"],
         P=["Minitron"],
         R=[("40", "x", True, None, None, "Minitron"), ("1.8", "x", True, "compute cost", None, "Minitron"),
            ("16", "%", True, None, "MMLU", "Minitron")],
         L=[("based_on", "Minitron", "Nemotron-4"), ("evaluated_on", "Minitron", "MMLU")],
         # session 15 (GA2): case variants (s15 A)
         A=[("knowledge distillation", "Knowledge Distillation")]),
    # F22 (in-context and contrastive learning are paradigms; the method is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=461,
         M=["OPT", "ST5",
            # session 15 (GA2): paradigm (s15 A)
            "in-context learning",
            # session 15 (GA2): paradigm (s15 A)
            "contrastive learning"], T=["semantic textual similarity", "STS"],
         L=[("outperforms", "OPT", "ST5")],
         A=[("semantic textual similarity", "STS")]),
    # F23
    dict(file="002_8310ea5c5292aef1.txt", line=481,
         M=["GPT"], D=["UHGEval", "Unconstrained Hallucination Generation Evaluation"], T=["text generation"],
         P=["UHGEval|Unconstrained Hallucination Generation Evaluation"],
         A=[("UHGEval", "Unconstrained Hallucination Generation Evaluation")]),
    # F24 (instruction tuning and post-training are paradigms)
    dict(file="002_8310ea5c5292aef1.txt", line=499,
         M=["Constraint Back-translation", "constraint back-translation", "Llama3-70B-Instruct",
            # session 15 (GA2): paradigm (s15 A)
            "instruction-tuning"], D=["CRAB"],
         T=["Complex Instruction Following", "complex instruction-following"],
         P=["constraint back-translation|Constraint Back-translation", "CRAB"],
         L=[("used_for", "Constraint Back-translation", "Complex Instruction Following")],
         A=[("Constraint Back-translation", "constraint back-translation"),
            ("Complex Instruction Following", "complex instruction-following")]),
    # F25 (the tools are unnamed; the KBs and databases are kinds of environment, not datasets)
    dict(file="002_8310ea5c5292aef1.txt", line=555,
         M=["GPT-4"],
         R=[("2.8", "x", True, None, None, "GPT-4"), ("2.2", "x", True, None, None, "GPT-4")]),
    # F26 (the log-likelihood vector is the paper's named proposal, in lower case)
    dict(file="002_8310ea5c5292aef1.txt", line=573,
         M=["Log-Likelihood Vector", "log-likelihood vectors"],
         P=["Log-Likelihood Vector|log-likelihood vectors"],
         A=[("Log-Likelihood Vector", "log-likelihood vectors")]),
    # F27 (supervised fine-tuning is a paradigm; DPO is a named algorithm)
    dict(file="002_8310ea5c5292aef1.txt", line=619,
         M=["H2O-Danube-1.8B", "LLama 2", "Mistral", "direct preference optimization",
            # session 15 (GA2): paradigm (s15 A)
            "supervised fine-tuning"],
         P=["H2O-Danube-1.8B"]),
    # F28 (the based-on sentence names the paper's models in its own voice, "This paper introduces ... language models
    # ... based on both the ELMo and BERT frameworks": based_on of NorLM, session-13 convention)
    dict(file="002_8310ea5c5292aef1.txt", line=641,
         M=["NorLM", "ELMo", "BERT"], T=["Contextualised Language Modelling"],
         P=["NorLM"],
         L=[("based_on", "NorLM", "BERT"),
            ("based_on", "NorLM", "ELMo")]),
    # F29 (MFQE is the task, "This task is ..."; the method is MFQE 2.0; MFQEv2.0 is in the URL)
    dict(file="003_85bc812000b910e7.txt", line=15,
         M=["MFQE 2.0", "Bidirectional Long Short-Term Memory", "BiLSTM", "Multi-Frame Convolutional Neural Network",
            "MF-CNN"],
         T=["Multi-frame Quality Enhancement", "Multi-Frame Quality Enhancement", "MFQE"],
         P=["MFQE 2.0", "MF-CNN|Multi-Frame Convolutional Neural Network"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; sub-model: "own voice: in our approach, we first develop ... Then, a novel A is designed")
         L=[("based_on", "MFQE 2.0", "MF-CNN"),
            ("used_for", "MFQE 2.0", "Multi-frame Quality Enhancement")],
         A=[("Multi-Frame Quality Enhancement", "MFQE", "Multi-frame Quality Enhancement"),
            ("BiLSTM", "Bidirectional Long Short-Term Memory"), ("MF-CNN", "Multi-Frame Convolutional Neural Network")]),
    # F30 (a survey: proposes nothing; "feedforward neural networks" is a generic class)
    dict(file="003_85bc812000b910e7.txt", line=43,
         M=["Recurrent Neural Networks", "Recurrent neural networks", "recurrent neural networks", "RNNs",
            "long short-term memory", "LSTM", "BRNN"],
         T=["Sequence Learning", "Image captioning", "image captioning", "speech synthesis", "music generation",
            "time series prediction", "video analysis", "musical information retrieval", "language translation",
            "handwriting recognition"],
         A=[("Recurrent Neural Networks", "Recurrent neural networks", "recurrent neural networks", "RNNs"),
            ("long short-term memory", "LSTM"), ("Image captioning", "image captioning")]),
    # F31 (quantization is a paradigm; "9.64 to 7.23": both perplexities are results, the first the SoTA's)
    dict(file="003_85bc812000b910e7.txt", line=247,
         M=["DB-LLM", "Dual-Binarization", "Flexible Dual Binarization", "FDB", "Deviation-Aware Distillation", "DAD",
            # session 15 (GA2): named kind of quantization (s15 A)
            "ultra-low-bit quantization",
            # session 15 (GA2): named kind of quantization (s15 A)
            "ultra-low bit quantization"],
         X=["accuracy", "perplexity", "computational consumption"],
         P=["DB-LLM|Dual-Binarization", "FDB|Flexible Dual Binarization", "DAD|Deviation-Aware Distillation"],
         R=[("9.64", "", False, "perplexity", None, None), ("7.23", "", False, "perplexity", None, "DB-LLM"),
            ("20", "%", True, "computational consumption", None, "DB-LLM")],
         A=[("DB-LLM", "Dual-Binarization"), ("FDB", "Flexible Dual Binarization"),
            ("DAD", "Deviation-Aware Distillation"),
            # session 15 (GA2): spelling variants (s15 A)
            ("ultra-low-bit quantization", "ultra-low bit quantization")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; loss(distillation)/mechanism: "X ... For the micro-level, introducing A ... We propose B")
         L=[("based_on", "DB-LLM", "FDB"),
            ("based_on", "DB-LLM", "DAD")]),
    # F32 (a survey: Mamba-360 names the survey, not a method; fields such as NLP and bioinformatics are not tasks)
    dict(file="003_85bc812000b910e7.txt", line=259,
         N=["Mamba-360"],
         M=["State Space Models", "SSMs", "Transformer", "transformers", "Recurrent Neural Networks", "RNNs",
            "Long Short Term Memory Networks", "LSTMs", "S4", "S4nd", "Hippo", "Hyena", "Diagnol State Spaces", "DSS",
            "Gated State Spaces", "GSS", "Linear Recurrent Unit", "LRU", "Liquid-S4", "Mamba"],
         D=["Long Range Arena", "LRA", "WikiText", "Glue", "Pile", "ImageNet", "Kinetics-400", "sstv2", "Breakfast", "COIN",
            "LVU"],
         T=["Long Sequence Modelling", "Sequence modeling", "sequence modeling", "long sequence modeling",
            "speech recognition", "time series forecasting", "music generation", "Machine Translation",
            "Named Entity Recognition", "NER", "time series analysis"],
         A=[("State Space Models", "SSMs"), ("Recurrent Neural Networks", "RNNs"),
            ("Long Short Term Memory Networks", "LSTMs"), ("Diagnol State Spaces", "DSS"), ("Gated State Spaces", "GSS"),
            ("Linear Recurrent Unit", "LRU"), ("Long Range Arena", "LRA"), ("Named Entity Recognition", "NER"),
            ("Sequence modeling", "sequence modeling"), ("Long Sequence Modelling", "long sequence modeling")]),
    # F33 (the hard-negative mining is the paper's named proposal, in lower case)
    dict(file="004_497d3d275a8de861.txt", line=11,
         M=["MM-Embed", "CLIP", "NV-Embed-v1", "modality-aware hard negative mining"], D=["M-BEIR", "MTEB"],
         T=["Universal Multimodal Retrieval", "universal multimodal retrieval", "information retrieval",
            "multimodal retrieval", "cross-modal retrieval", "text retrieval"],
         P=["MM-Embed", "modality-aware hard negative mining"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; training technique: "we propose A ... As a result, our model, X")
         L=[("based_on", "MM-Embed", "modality-aware hard negative mining"),
            ("outperforms", "MM-Embed", "NV-Embed-v1"), ("evaluated_on", "MM-Embed", "M-BEIR"),
            ("evaluated_on", "MM-Embed", "MTEB"), ("used_for", "MM-Embed", "Universal Multimodal Retrieval")],
         A=[("Universal Multimodal Retrieval", "universal multimodal retrieval")]),
    # F34 ("using only 80% of available data" is a setting; finetuning and distillation are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=43,
         M=["Distilling Step-by-Step", "Distilling step-by-step", "T5", "PaLM"],
         P=["Distilling step-by-step|Distilling Step-by-Step"],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "Distilling step-by-step", "T5"),
            ("outperforms", "T5", "PaLM")],
         A=[("Distilling Step-by-Step", "Distilling step-by-step")]),
    # F35 (the smaller models are unnamed: the parameter saving carries no method)
    dict(file="004_497d3d275a8de861.txt", line=45,
         M=["Multilingual BERT", "multilingual BERT", "transformers", "DistilmBERT"], D=["XNLI"], X=["accuracy"],
         R=[("45", "%", True, None, None, None), ("1.7", "%", True, "accuracy", "XNLI", "DistilmBERT"),
            ("6", "%", True, "accuracy", "XNLI", "DistilmBERT")],
         L=[("based_on", "DistilmBERT", "multilingual BERT"), ("evaluated_on", "multilingual BERT", "XNLI"),
            ("evaluated_on", "DistilmBERT", "XNLI")],
         A=[("Multilingual BERT", "multilingual BERT")]),
    # F36 (a study; "BERT-style", "BERT-like": BERT is a named model)
    dict(file="004_497d3d275a8de861.txt", line=103,
         M=["BERT", "ChatGPT", "GPT-3.5", "GPT-4", "Claude Opus"],
         T=["Text Classification", "text classification"],
         A=[("Text Classification", "text classification")]),
    # F37 (the three measures of the benchmark are METRICs)
    dict(file="004_497d3d275a8de861.txt", line=105,
         D=["Ollabench", "OllaBench"], X=["accuracy", "wastefulness", "consistency", "token efficiency"],
         P=["OllaBench|Ollabench"]),
    # F38 (the guidance method is unnamed in the abstract; 64x64 and 512x512 are settings)
    dict(file="004_497d3d275a8de861.txt", line=125,
         M=["Diffusion Model", "diffusion models", "classifier-free guidance"], D=["ImageNet"], X=["FIDs"],
         R=[("1.01", "", False, "FIDs", "ImageNet", None), ("1.25", "", False, "FIDs", "ImageNet", None)]),
    # F39 ("double the mAP" has no number; the two datasets are named with a capital "Dataset")
    dict(file="004_497d3d275a8de861.txt", line=153,
         M=["You Only Look Once", "YOLO", "Fast YOLO", "DPM", "R-CNN"], D=["Picasso Dataset", "People-Art Dataset"],
         X=["mAP", "frames per second"], T=["Object Detection", "object detection"],
         P=["YOLO|You Only Look Once", "Fast YOLO"],
         R=[("45", "", False, "frames per second", None, "YOLO"), ("155", "", False, "frames per second", None, "Fast YOLO")],
         L=[("outperforms", "YOLO", "DPM"), ("outperforms", "YOLO", "R-CNN"), ("evaluated_on", "YOLO", "Picasso Dataset"),
            ("evaluated_on", "YOLO", "People-Art Dataset"), ("used_for", "YOLO", "object detection")],
         A=[("You Only Look Once", "YOLO"), ("Object Detection", "object detection")]),
    # F40 (the base method is described, not named; the training tricks listed are named algorithms; 224x224 is a
    # setting; "from 69.76% to 73.19%": both are results, the first ResNet-18's own; "Our method" is MEAL V2)
    dict(file="004_497d3d275a8de861.txt", line=189,
         M=["MEAL V2", "ResNet-50", "ResNet-18", "autoaug", "randaug", "mixup", "cutmix",
            # session 15 (GA2): named KD method MEAL V2 simplifies (s15 A)
            "ensemble knowledge distillation",
            # session 15 (GA2): paradigm (s15 A)
            "knowledge distillation"], D=["ImageNet"],
         X=["Top-1 Accuracy", "Top-1 accuracy", "top-1 accuracy"],
         P=["MEAL V2"],
         R=[("80", "%", False, "Top-1 Accuracy", "ImageNet", "MEAL V2"),
            ("80.67", "%", False, "top-1 accuracy", "ImageNet", "MEAL V2"),
            ("69.76", "%", False, None, None, "ResNet-18"), ("73.19", "%", False, None, None, "MEAL V2")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "MEAL V2", "ResNet-50"),
            ("based_on", "MEAL V2", "ResNet-18"),
            ("evaluated_on", "MEAL V2", "ImageNet"),
            # session 15 (GA2): "simplify the base method ensemble knowledge distillation" (explicit derivation) (s15 A)
            ("based_on", "MEAL V2", "ensemble knowledge distillation")]),
    # F41 ("54M FLOPs" is a model setting; "our MoE" is Mobile V-MoE)
    dict(file="004_497d3d275a8de861.txt", line=213,
         M=["Mobile V-MoEs", "Mobile V-MoE", "Mobile Vision MoEs", "V-MoEs", "Sparse Mixture-of-Experts", "MoEs", "MoE",
            "Vision Transformers", "ViTs", "ViT-Tiny", "ViT"],
         D=["ImageNet-1k"], X=["FLOPs"],
         P=["Mobile V-MoEs|Mobile V-MoE|Mobile Vision MoEs|V-MoEs"],
         R=[("3.39", "%", True, None, "ImageNet-1k", "Mobile V-MoE"), ("4.66", "%", True, None, None, "Mobile V-MoE")],
         L=[("based_on", "Mobile V-MoEs", "Vision Transformers"),
            ("based_on", "Mobile V-MoEs", "MoEs"),
            ("outperforms", "Mobile V-MoE", "ViT-Tiny"), ("outperforms", "V-MoEs", "ViTs"),
            ("evaluated_on", "Mobile V-MoE", "ImageNet-1k")],
         A=[("Mobile V-MoEs", "Mobile V-MoE", "Mobile Vision MoEs", "V-MoEs"), ("Vision Transformers", "ViTs"),
            ("Sparse Mixture-of-Experts", "MoEs", "MoE")]),
    # F42 (the title names the method; sub-vector quantization is a proposed named component)
    dict(file="004_497d3d275a8de861.txt", line=215,
         M=["Optimized Minimal 3D Gaussian Splatting", "3D Gaussian Splatting", "3DGS", "Optimized Minimal Gaussians",
            "OMG", "sub-vector quantization"],
         X=["storage requirements", "FPS"],
         P=["OMG|Optimized Minimal Gaussians|Optimized Minimal 3D Gaussian Splatting", "sub-vector quantization"],
         R=[("50", "%", True, "storage requirements", None, "OMG"), ("600", "", False, "FPS", None, "OMG")],
         A=[("OMG", "Optimized Minimal Gaussians", "Optimized Minimal 3D Gaussian Splatting"),
            ("3D Gaussian Splatting", "3DGS")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; mechanism: "we propose X ... First ... Second ... Additionally, we propose a A technique")
         L=[("based_on", "OMG", "sub-vector quantization"),
            ("based_on", "OMG", "3D Gaussian Splatting")]),
    # F43 (the two discrepancies are metrics the paper introduces)
    dict(file="004_497d3d275a8de861.txt", line=249,
         D=["DepthQA"], X=["forward discrepancy", "backward discrepancy"],
         P=["DepthQA", "forward discrepancy", "backward discrepancy"]),
    # F44 (the pipeline is unnamed; self-correction and supervised fine-tuning are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=273,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("spanning [math] and commonsense reasoning", "math reasoning", "T")],
         M=["GPT-4",
            # session 15 (GA2): paradigm (s15 A)
            "supervised fine-tuning"], T=["commonsense reasoning"]),
    # F45 ("2.6x/745x the amount of data" is data size, not a result; the drops are the respectively-aligned pair)
    dict(file="004_497d3d275a8de861.txt", line=283,
         M=["Transformer", "k-means", "BERT", "T5"], D=["MiniPile Challenge", "MiniPile", "Pile", "GLUE", "SNI"],
         P=["MiniPile Challenge", "MiniPile"],
         R=[("1.9", "%", True, None, "GLUE", "BERT"), ("2.5", "%", True, None, "SNI", "T5")],
         L=[("evaluated_on", "BERT", "GLUE"), ("evaluated_on", "T5", "SNI")]),
    # F46 (the personalized writing datasets are unnamed)
    dict(file="004_497d3d275a8de861.txt", line=315,
         M=["CoGenesis"], T=["Context-Aware Instruction Following"],
         P=["CoGenesis"],
         L=[("used_for", "CoGenesis", "Context-Aware Instruction Following")]),
    # F47 (instruction tuning and RL are paradigms; the on-device model is unnamed)
    dict(file="004_497d3d275a8de861.txt", line=335,
         D=["MessageRewriteEval"], T=["Text Rewriting", "text rewriting"],
         P=["MessageRewriteEval"],
         A=[("Text Rewriting", "text rewriting")],
         # session 15 (GA2): paradigm (s15 A)
         M=["instruction tuning",
            # session 15 (GA2): RL as a technique (s15 A)
            "reinforcement learning"]),
    # F48 ("7x-100x smaller ranking models" is the method's size saving; "100x larger"/"7x larger" describe
    # baselines; 100 vs 1000 candidates are settings)
    dict(file="004_497d3d275a8de861.txt", line=345,
         M=["InPars-Light", "InPars-light", "InPars", "BLOOM", "BM25", "MiniLM", "MonoT5-3B", "MonoT5-220M", "DeBERTA v3"],
         D=["MS MARCO", "TREC DL 2020"], X=["nDCG", "MRR"],
         P=["InPars-light|InPars-Light"],
         R=[("7", "x", True, None, None, "InPars-light"), ("100", "x", True, None, None, "InPars-light"),
            ("7", "%", True, None, None, "InPars-light"), ("30", "%", True, None, None, "InPars-light")],
         L=[("based_on", "InPars-light", "InPars"), ("outperforms", "InPars-light", "BM25"),
            ("outperforms", "MonoT5-3B", "BM25"), ("outperforms", "MonoT5-220M", "BM25"),
            ("outperforms", "DeBERTA v3", "MonoT5-3B"), ("evaluated_on", "MonoT5-220M", "MS MARCO"),
            ("evaluated_on", "MonoT5-220M", "TREC DL 2020")]),
    # F49 ("more than 30 times faster" is a change in generation speed)
    dict(file="004_497d3d275a8de861.txt", line=359,
         M=["GeDi", "GPT-2"], X=["generation speeds", "generation speed"], T=["controllable generation"],
         P=["GeDi"],
         R=[("30", "x", True, "generation speeds", None, "GeDi")]),
    # F50 (RLHF is a paradigm; dSFT and dDPO are named techniques)
    dict(file="004_497d3d275a8de861.txt", line=365,
         M=["Zephyr", "Zephyr-7B", "distilled supervised fine-tuning", "dSFT", "distilled direct preference optimization",
            "dDPO", "Llama2-Chat-70B",
            # session 15 (GA2): paradigm in "RLHF-based model" (s15 A)
            "RLHF"],
         D=["MT-Bench"], X=["accuracy"],
         P=["Zephyr-7B|Zephyr", "dDPO|distilled direct preference optimization"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; training technique(stage): "we apply A to learn a chat model ... The final result, X")
         L=[("based_on", "Zephyr-7B", "dDPO"),
            ("outperforms", "Zephyr-7B", "Llama2-Chat-70B"), ("evaluated_on", "Zephyr-7B", "MT-Bench")],
         A=[("Zephyr-7B", "Zephyr"), ("distilled supervised fine-tuning", "dSFT"),
            ("distilled direct preference optimization", "dDPO")]),
    # F51 (meta-training alone is a paradigm; the proposal is named in lower case; "Our approach" is it)
    dict(file="004_497d3d275a8de861.txt", line=403,
         M=["Meta-training with Demonstration Retrieval", "meta-training with demonstration retrieval",
            "dense passage retriever", "DPR"],
         D=["UnifiedQA", "CrossFit", "SQuAD", "QNLI", "TREC"], T=["QA", "NLI", "text classification"],
         P=["meta-training with demonstration retrieval|Meta-training with Demonstration Retrieval"],
         L=[("based_on", "meta-training with demonstration retrieval", "dense passage retriever"),
            ("evaluated_on", "meta-training with demonstration retrieval", "SQuAD"),
            ("evaluated_on", "meta-training with demonstration retrieval", "QNLI"),
            ("evaluated_on", "meta-training with demonstration retrieval", "TREC"),
            ("used_for", "meta-training with demonstration retrieval", "QA"),
            ("used_for", "meta-training with demonstration retrieval", "NLI"),
            ("used_for", "meta-training with demonstration retrieval", "text classification")],
         A=[("meta-training with demonstration retrieval", "Meta-training with Demonstration Retrieval"),
            ("DPR", "dense passage retriever")]),
    # F52 (the title's graphs are EvolvTrip; Theory-of-Mind is a TASK as in GUIDELINES.md)
    dict(file="004_497d3d275a8de861.txt", line=471,
         M=["EvolvTrip", "Temporal Theory-of-Mind Graphs"], D=["LitCharToM"],
         T=["Literary Character Understanding", "character understanding", "Theory-of-Mind", "ToM",
            "narrative comprehension"],
         P=["EvolvTrip|Temporal Theory-of-Mind Graphs", "LitCharToM"],
         L=[("used_for", "EvolvTrip", "Literary Character Understanding")],
         A=[("EvolvTrip", "Temporal Theory-of-Mind Graphs"), ("Theory-of-Mind", "ToM")]),
    # F53 (the Arabic LJP dataset is unnamed; fine-tuning and zero/one-shot are settings)
    dict(file="004_497d3d275a8de861.txt", line=485,
         M=["LLaMA-3.2-3B", "LLaMA-3.1-8B", "QLoRA"], X=["BLEU", "ROUGE"], T=["Legal Judgment Prediction", "LJP"],
         A=[("Legal Judgment Prediction", "LJP")]),
    # F54 (an analysis study; "within the first 20%" is a training-time position, not a result)
    dict(file="004_497d3d275a8de861.txt", line=503,
         M=["Pythia", "MLP"]),
    # F55 (MAPLE names the study, which proposes nothing; PEFT and quantisation are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=551,
         M=["LLaMA-7B", "Mistral-7B", "low-rank adaptation",
            # session 15 (GA2): paradigm (s15 A)
            "Parameter Efficient Finetuning",
            # session 15 (GA2): paradigm (s15 A)
            "Parameter efficient finetuning",
            # session 15 (GA2): paradigm (s15 A)
            "parameter efficient finetuning",
            # session 15 (GC): paradigm name as premodifier of a data kind is marked (GA1, GB majority)
            "instruction tuning"],
         # session 15 (GA2): case variants (s15 A)
         A=[("parameter efficient finetuning", "Parameter efficient finetuning", "Parameter Efficient Finetuning")]),
    # F56 (the title names the method; KALMV is only inside the URL; the QA benchmarks are unnamed)
    dict(file="004_497d3d275a8de861.txt", line=555,
         M=["Knowledge-Augmented Language Model Verification",
            # session 15 (GA2): paradigm (s15 A)
            "instruction-finetuning"], T=["text generation", "question answering"],
         P=["Knowledge-Augmented Language Model Verification"]),
    # F57 (the task of generating generics is described, not named)
    dict(file="004_497d3d275a8de861.txt", line=571,
         M=["I2D2", "NeuroLogic", "NeuroLogic Decoding", "Self-Imitation", "self-imitation learning",
            "Symbolic Knowledge Distillation", "GPT-2", "GPT-3"],
         D=["Gen-A-Tomic"],
         P=["I2D2", "Gen-A-Tomic"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; training technique: "X ... by two innovations: (1) A (2) B")
         L=[("based_on", "I2D2", "self-imitation learning"),
            ("based_on", "I2D2", "Symbolic Knowledge Distillation"), ("based_on", "I2D2", "NeuroLogic Decoding")],
         A=[("NeuroLogic", "NeuroLogic Decoding"), ("Self-Imitation", "self-imitation learning")]),
    # F58 (the title names the extensions; the call-centre data set is unnamed)
    dict(file="004_497d3d275a8de861.txt", line=603,
         M=["Hierarchical Transformers", "BERT", "Bidirectional Encoder Representations from Transformers", "transformer",
            # session 15 (GA2): paradigm (s15 A)
            "transfer learning"],
         T=["Long Document Classification", "customer call satisfaction prediction", "topic classification"],
         P=["Hierarchical Transformers"],
         L=[("based_on", "Hierarchical Transformers", "BERT"),
            ("used_for", "Hierarchical Transformers", "Long Document Classification")],
         A=[("BERT", "Bidirectional Encoder Representations from Transformers")]),
    # F59 ("on our benchmark" is Super-NaturalInstructions; "1,616"/"76" are sizes)
    dict(file="004_497d3d275a8de861.txt", line=615,
         M=["Tk-Instruct", "InstructGPT", "transformer"], D=["Super-NaturalInstructions"],
         T=["cross-task generalization", "infilling", "sequence tagging", "text rewriting", "text composition"],
         P=["Super-NaturalInstructions", "Tk-Instruct"],
         R=[("9", "%", True, None, "Super-NaturalInstructions", "Tk-Instruct")],
         L=[("based_on", "Tk-Instruct", "transformer"),
            ("outperforms", "Tk-Instruct", "InstructGPT"),
            ("evaluated_on", "Tk-Instruct", "Super-NaturalInstructions")]),
]
for _p in PAPERS_DEV6:
    _p["split"] = "dev6"
