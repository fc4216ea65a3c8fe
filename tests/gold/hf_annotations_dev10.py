"""Hand annotations of 60 DEV10 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev10"; ``build_hf_gold.py`` writes them to ``dev10.jsonl``.
Session 7, annotated by hand, in file order, before the pipeline was run on them.

Selection (``/work/notes/s7/pick_gold4.py``, the lead's script, list in ``/work/notes/s7/ids_dev10.txt``): papers of
the listings not in any set annotated before (every dev and holdout set), drawn with a new seed, sorted by line
within a listing.

THIS IS A TUNING AND TRAINING SET (like dev, dev2 to dev8): extractor engineers may read it and its per-paper
errors, and the shipped NER model is trained on it.
"""

PAPERS_DEV10 = [
    # J00 (Matplotlib and Turtle are software libraries)
    dict(file="000_c33ede3366bcb84c.txt", line=135,
         M=["Whiteboard-of-Thought", "whiteboard-of-thought", "Whiteboard-of-thought", "chain of thought",
            "chain-of-thought", "GPT-4o"],
         X=["accuracy"], T=["symbolic reasoning", "visual reasoning"],
         P=["whiteboard-of-thought|Whiteboard-of-Thought|Whiteboard-of-thought"],
         R=[("0", "%", False, "accuracy", None, "GPT-4o"), ("92", "%", False, "accuracy", None, "whiteboard-of-thought")],
         L=[("used_for", "whiteboard-of-thought", "visual reasoning")],
         A=[("Whiteboard-of-Thought", "whiteboard-of-thought", "Whiteboard-of-thought"),
            ("chain of thought", "chain-of-thought")]),
    # J01 (a survey: nothing proposed; "transformer-based" is a premodifier, Bangla NLP a field)
    dict(file="000_c33ede3366bcb84c.txt", line=179,
         M=["Transformer"]),
    # J02 (knowledge distillation is a paradigm; the three benchmarks are the paper's)
    dict(file="000_c33ede3366bcb84c.txt", line=359,
         M=["INDUS", "RoBERTa", "SciBERT"], D=["CLIMATE-CHANGE-NER", "NASA-QA", "NASA-IR"],
         T=["natural language understanding", "information retrieval", "entity-recognition", "extractive QA", "IR"],
         P=["INDUS", "CLIMATE-CHANGE-NER", "NASA-QA", "NASA-IR"],
         L=[("outperforms", "INDUS", "RoBERTa"), ("outperforms", "INDUS", "SciBERT"),
            ("used_for", "INDUS", "natural language understanding"), ("used_for", "INDUS", "information retrieval")],
         A=[("information retrieval", "IR")]),
    # J03 (the 7B LLM is unnamed; self-training is a paradigm)
    dict(file="000_c33ede3366bcb84c.txt", line=447,
         M=["MARIO", "MAth Reasoning with code Interpreter Output", "GPT-4"], D=["GSM8K", "MATH"],
         T=["natural language understanding", "mathematical reasoning"],
         P=["MARIO|MAth Reasoning with code Interpreter Output"],
         L=[("used_for", "MARIO", "mathematical reasoning"), ("evaluated_on", "MARIO", "GSM8K"),
            ("evaluated_on", "MARIO", "MATH")],
         A=[("MARIO", "MAth Reasoning with code Interpreter Output")]),
    # J04 (the evaluation protocol is the paper's named proposal)
    dict(file="000_c33ede3366bcb84c.txt", line=495,
         M=["Verbalizer Manipulation", "verbalizer manipulation", "Verbalizer manipulation", "GPT-4"],
         T=["Instruction-following", "instruction following", "instruction-following"],
         P=["verbalizer manipulation|Verbalizer Manipulation|Verbalizer manipulation"],
         A=[("Verbalizer Manipulation", "verbalizer manipulation", "Verbalizer manipulation"),
            ("Instruction-following", "instruction following", "instruction-following")]),
    # J05 (a study; quantization and post-training quantization are paradigms)
    dict(file="000_c33ede3366bcb84c.txt", line=607,
         M=["Qwen3", "Qwen"], X=["accuracy"]),
    # J06 (the framework is unnamed; RL is a paradigm)
    dict(file="000_c33ede3366bcb84c.txt", line=615,
         D=["ScienceWorld"], T=["question-answering", "procedural text understanding"]),
    # J07 (LLM-as-a-Judge is a class of models; "25x less training datapoints" is an efficiency outcome)
    dict(file="001_216e326a59f6f740.txt", line=107,
         M=["FLAMe", "Foundational Large Autorater Models", "FLAMe-RM", "FLAMe-RM-24B", "FLAMe-Opt-RM", "GPT-4",
            "Claude-3", "GPT-4-0125", "GPT-4o", "tail-patch fine-tuning"],
         D=["RewardBench", "LLM-AggreFact", "CoBBLEr"], X=["accuracy"], T=["reward modeling", "code generation"],
         P=["FLAMe|Foundational Large Autorater Models", "FLAMe-RM", "FLAMe-RM-24B", "FLAMe-Opt-RM",
            "tail-patch fine-tuning"],
         R=[("87.8", "%", False, "accuracy", "RewardBench", "FLAMe-RM-24B"),
            ("85.9", "%", False, "accuracy", "RewardBench", "GPT-4-0125"),
            ("84.7", "%", False, "accuracy", "RewardBench", "GPT-4o"),
            ("25", "x", True, None, None, "FLAMe-Opt-RM")],
         L=[("outperforms", "FLAMe", "GPT-4"), ("outperforms", "FLAMe", "Claude-3"),
            ("outperforms", "FLAMe-RM-24B", "GPT-4-0125"), ("outperforms", "FLAMe-RM-24B", "GPT-4o"),
            ("evaluated_on", "FLAMe-RM-24B", "RewardBench"), ("evaluated_on", "FLAMe", "RewardBench"),
            ("evaluated_on", "FLAMe", "LLM-AggreFact"), ("evaluated_on", "FLAMe", "CoBBLEr"),
            ("based_on", "FLAMe-RM", "FLAMe"), ("used_for", "FLAMe-RM", "reward modeling")],
         A=[("FLAMe", "Foundational Large Autorater Models")]),
    # J08 (the encoder-decoder is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=5,
         M=["Vision-to-Language Tokenizer", "V2T Tokenizer", "CLIP"],
         T=["image denoising", "restoration", "image recognition", "image captioning", "visual question answering",
            "inpainting", "outpainting", "deblurring", "shift restoration"],
         P=["V2T Tokenizer|Vision-to-Language Tokenizer"],
         L=[("based_on", "V2T Tokenizer", "CLIP"), ("used_for", "V2T Tokenizer", "image recognition"),
            ("used_for", "V2T Tokenizer", "image captioning"), ("used_for", "V2T Tokenizer", "visual question answering"),
            ("used_for", "V2T Tokenizer", "image denoising")],
         A=[("V2T Tokenizer", "Vision-to-Language Tokenizer")]),
    # J09 (the contrastive feature alignment technique is described, not named)
    dict(file="002_8310ea5c5292aef1.txt", line=7,
         M=["Cream", "Contrastive Reading Model"],
         T=["Visually-Situated Natural Language Understanding", "visual question answering",
            "visual document understanding"],
         P=["Cream|Contrastive Reading Model"],
         L=[("used_for", "Cream", "Visually-Situated Natural Language Understanding"),
            ("used_for", "Cream", "visual question answering"), ("used_for", "Cream", "visual document understanding")],
         A=[("Cream", "Contrastive Reading Model")]),
    # J10 ("61 times larger" is the baseline's size, not a result)
    dict(file="002_8310ea5c5292aef1.txt", line=13,
         M=["Retrieving-to-Answer", "R2A", "CLIP", "DeBERTa", "Flamingo-80B"],
         T=["Video Question Answering", "VideoQA"],
         P=["R2A|Retrieving-to-Answer"],
         L=[("outperforms", "R2A", "Flamingo-80B"), ("used_for", "R2A", "Video Question Answering"),
            ("based_on", "R2A", "CLIP"), ("based_on", "R2A", "DeBERTa")],
         A=[("R2A", "Retrieving-to-Answer"), ("Video Question Answering", "VideoQA")]),
    # J11 (low-level vision is an area, like computer vision; MLLM(s) is a class)
    dict(file="002_8310ea5c5292aef1.txt", line=17,
         M=["LM4LV"], T=["VQA", "text-to-image"],
         P=["LM4LV"]),
    # J12 (RLHF and preference optimization are paradigms)
    dict(file="002_8310ea5c5292aef1.txt", line=47,
         M=["Reinforcement Learning from Self-Feedback", "RLSF", "chain-of-thought"],
         T=["arithmetic reasoning", "multiple-choice question answering"],
         P=["RLSF|Reinforcement Learning from Self-Feedback"],
         L=[("used_for", "RLSF", "arithmetic reasoning"), ("used_for", "RLSF", "multiple-choice question answering")],
         A=[("RLSF", "Reinforcement Learning from Self-Feedback")]),
    # J13 ("non-SI" is not a mention of SI; the speed-up range gives two results)
    dict(file="002_8310ea5c5292aef1.txt", line=69,
         N=["non-SI"],
         M=["Distributed Speculative Inference", "distributed speculative inference", "DSI", "speculative inference",
            "SI"],
         P=["DSI|distributed speculative inference|Distributed Speculative Inference"],
         R=[("1.29", "x", True, None, None, "DSI"), ("1.92", "x", True, None, None, "DSI")],
         L=[("outperforms", "DSI", "SI")],
         A=[("DSI", "distributed speculative inference", "Distributed Speculative Inference"),
            ("speculative inference", "SI")]),
    # J14 (few-shot prompting is a paradigm; automatic CoT is a named method)
    dict(file="002_8310ea5c5292aef1.txt", line=117,
         M=["ART", "Automatic Reasoning and Tool-use", "chain of thought", "CoT", "automatic CoT"],
         D=["BigBench", "MMLU"], T=["multi-step reasoning"],
         P=["ART|Automatic Reasoning and Tool-use"],
         L=[("outperforms", "ART", "automatic CoT"), ("evaluated_on", "ART", "BigBench"), ("evaluated_on", "ART", "MMLU"),
            ("used_for", "ART", "multi-step reasoning")],
         A=[("ART", "Automatic Reasoning and Tool-use"), ("chain of thought", "CoT")]),
    # J15 (PEFT and full-parameter fine-tuning are paradigms)
    dict(file="002_8310ea5c5292aef1.txt", line=123,
         M=["PiSSA", "Principal Singular Values and Singular Vectors Adaptation",
            "Principal Singular values and Singular vectors Adaptation", "Intrinsic SAID", "SVD", "LoRA"],
         P=["PiSSA|Principal Singular Values and Singular Vectors Adaptation|"
            "Principal Singular values and Singular vectors Adaptation"],
         L=[("outperforms", "PiSSA", "LoRA")],
         A=[("PiSSA", "Principal Singular Values and Singular Vectors Adaptation",
             "Principal Singular values and Singular vectors Adaptation")]),
    # J16 (the layer-wise training methodology is described, not named)
    dict(file="002_8310ea5c5292aef1.txt", line=135,
         M=["Transformers", "Transformer", "Mixture-of-Experts", "MoE"], D=["MMLU", "SQuAD"],
         L=[("evaluated_on", "MoE", "MMLU")],
         A=[("Transformers", "Transformer"), ("Mixture-of-Experts", "MoE")]),
    # J17 (federated learning is a paradigm; ICD-9/ICD-10 are coding systems; the pipeline is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=139,
         M=["multilayer perceptron", "MLP"], D=["MIMIC-IV", "Massive Text Embedding Benchmark"], X=["macro F1"],
         T=["ICD Classification", "multi-label ICD code classification", "medical coding"],
         A=[("multilayer perceptron", "MLP")]),
    # J18 (VSR/AVSR: visual and audio-visual speech recognition)
    dict(file="002_8310ea5c5292aef1.txt", line=187,
         M=["Llama-AVSR", "Llama3.1-8B", "LoRA"], D=["LRS3"], X=["WER"],
         T=["Audio-Visual Speech Recognition", "audio-visual speech recognition", "speech recognition", "ASR", "VSR",
            "AVSR"],
         P=["Llama-AVSR"],
         R=[("0.81", "%", False, "WER", "LRS3", "Llama-AVSR"), ("0.77", "%", False, "WER", "LRS3", "Llama-AVSR")],
         L=[("based_on", "Llama-AVSR", "Llama3.1-8B"), ("based_on", "Llama-AVSR", "LoRA"),
            ("evaluated_on", "Llama-AVSR", "LRS3"), ("used_for", "Llama-AVSR", "audio-visual speech recognition"),
            ("used_for", "Llama-AVSR", "ASR")],
         A=[("Audio-Visual Speech Recognition", "audio-visual speech recognition", "AVSR"),
            ("speech recognition", "ASR")]),
    # J19 (latency is background here; the auxiliary "CoT model" is a mention of CoT)
    dict(file="002_8310ea5c5292aef1.txt", line=195,
         M=["Hidden Chain-of-Thought", "HCoT", "chain-of-thought", "CoT"],
         X=["decoding time", "task accuracy"],
         T=["mathematical reasoning", "agent invocation", "question answering"],
         P=["HCoT|Hidden Chain-of-Thought"],
         R=[("1.5", "x", True, "decoding time", None, "HCoT")],
         L=[("used_for", "HCoT", "mathematical reasoning"), ("used_for", "HCoT", "agent invocation"),
            ("used_for", "HCoT", "question answering")],
         A=[("HCoT", "Hidden Chain-of-Thought"), ("chain-of-thought", "CoT")]),
    # J20 (the techniques are unnamed; the Danish T5 is not named)
    dict(file="002_8310ea5c5292aef1.txt", line=249,
         M=["T5"]),
    # J21 (retrieval-augmented in-context learning is a paradigm; three ranges give six results)
    dict(file="002_8310ea5c5292aef1.txt", line=295,
         M=["Demonstrate-Search-Predict", "DSP", "retrieve-then-read", "GPT-3.5", "self-ask"],
         P=["DSP|Demonstrate-Search-Predict"],
         R=[("37", "%", True, None, None, "DSP"), ("120", "%", True, None, None, "DSP"),
            ("8", "%", True, None, None, "DSP"), ("39", "%", True, None, None, "DSP"),
            ("80", "%", True, None, None, "DSP"), ("290", "%", True, None, None, "DSP")],
         L=[("outperforms", "DSP", "GPT-3.5"), ("outperforms", "DSP", "retrieve-then-read"),
            ("outperforms", "DSP", "self-ask")],
         A=[("DSP", "Demonstrate-Search-Predict")]),
    # J22 (the dataset's name without its determiner)
    dict(file="002_8310ea5c5292aef1.txt", line=353,
         D=["Nordic Pile"], T=["Language Modeling"],
         P=["Nordic Pile"]),
    # J23 ("10x faster than offloading": the system's speed-up; the fault-tolerant algorithms are unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=363,
         M=["Petals", "Llama 2", "BLOOM"], X=["throughput"],
         P=["Petals"],
         R=[("10", "x", True, None, None, "Petals")]),
    # J24 (a survey: quantization, knowledge distillation and pruning are paradigms)
    dict(file="002_8310ea5c5292aef1.txt", line=381,
         X=["memory consumption"]),
    # J25 (key-value cache compression is a generic technique)
    dict(file="002_8310ea5c5292aef1.txt", line=397,
         M=["Lag-Relative Sparse Attention", "LRSA", "LagKV"],
         P=["LRSA|Lag-Relative Sparse Attention"],
         L=[("based_on", "LRSA", "LagKV")],
         A=[("LRSA", "Lag-Relative Sparse Attention")]),
    # J26 (multitask prompted finetuning is a paradigm; ROOTS is used, not introduced here)
    dict(file="002_8310ea5c5292aef1.txt", line=407,
         M=["BLOOM", "Transformer"], D=["ROOTS"],
         P=["BLOOM"]),
    # J27 (the framework is unnamed; prompt engineering is a paradigm; "100% accuracy or F1 score" is one result)
    dict(file="002_8310ea5c5292aef1.txt", line=455,
         M=["GPT", "LLaMA", "GPT-3.5", "GPT-4", "Vicuna-13B"], X=["accuracy", "F1 score"],
         T=["data preprocessing", "error detection", "data imputation", "schema matching", "entity matching"],
         R=[("100", "%", False, "accuracy", None, "GPT-4")],
         L=[("used_for", m, t) for m in ("GPT-3.5", "GPT-4", "Vicuna-13B")
            for t in ("error detection", "data imputation", "schema matching", "entity matching")]),
    # J28 (hours to minutes is no number; Shapley values are a named technique)
    dict(file="002_8310ea5c5292aef1.txt", line=469,
         M=["TextGenSHAP", "Shapley values", "Shapley value"], X=["processing times", "accuracy"],
         T=["Text Generation", "long-document question answering", "document retrieval"],
         P=["TextGenSHAP"],
         L=[("based_on", "TextGenSHAP", "Shapley values"), ("used_for", "TextGenSHAP", "long-document question answering"),
            ("used_for", "TextGenSHAP", "document retrieval")],
         A=[("Shapley values", "Shapley value")]),
    # J29 (the random baseline is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=479,
         M=["chain-of-thought"], D=["CMMLU"], X=["average accuracy"],
         P=["CMMLU"],
         R=[("50", "%", False, "average accuracy", "CMMLU", None), ("25", "%", False, "average accuracy", "CMMLU", None)]),
    # J30 (SFT is a paradigm; proximal policy optimization is a named algorithm; the four test sets are unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=519,
         M=["TL-Training", "proximal policy optimization", "CodeLLaMA-2-7B"],
         T=["Tool Use", "tool use", "tool-use"],
         P=["TL-Training"],
         L=[("used_for", "TL-Training", "Tool Use"), ("based_on", "TL-Training", "proximal policy optimization")],
         A=[("Tool Use", "tool use", "tool-use")]),
    # J31 ("accurracy" as written; data augmentation is a paradigm; training efficiency is a quality)
    dict(file="002_8310ea5c5292aef1.txt", line=571,
         M=["Untie the Knots", "UtK"], D=["RULER"], X=["accurracy"],
         P=["UtK|Untie the Knots"],
         R=[("75", "%", False, "accurracy", "RULER", "UtK"), ("84.5", "%", False, "accurracy", "RULER", "UtK")],
         L=[("evaluated_on", "UtK", "RULER")],
         A=[("UtK", "Untie the Knots")]),
    # J32 (the approach is the title's FTP; "our method ... by approximately 10 points" is FTP's)
    dict(file="002_8310ea5c5292aef1.txt", line=597,
         M=["FTP", "Fine-grained Token-wise Pruner", "fine-grained token-wise pruning", "BlockPruner", "ShortGPT",
            "LLaMA2-7B", "Qwen1.5-7B"],
         X=["accuracy retention"],
         P=["FTP|Fine-grained Token-wise Pruner|fine-grained token-wise pruning"],
         R=[("10", "points", True, "accuracy retention", None, "FTP")],
         L=[("outperforms", "FTP", "BlockPruner"), ("outperforms", "FTP", "ShortGPT")],
         A=[("FTP", "Fine-grained Token-wise Pruner", "fine-grained token-wise pruning")]),
    # J33 (KV cache compression techniques are generic)
    dict(file="002_8310ea5c5292aef1.txt", line=599,
         M=["Eigen Attention", "OPT", "MPT", "Llama"], X=["memory usage", "KV cache sizes", "attention operation latency"],
         P=["Eigen Attention"],
         R=[("40", "%", True, "KV cache sizes", None, "Eigen Attention"),
            ("60", "%", True, "attention operation latency", None, "Eigen Attention")]),
    # J34 (the framework is unnamed; in-context learning and knowledge distillation are paradigms; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=643),
    # J35 (model dementia is an effect, not a method; a study: nothing proposed)
    dict(file="002_8310ea5c5292aef1.txt", line=649,
         M=["Stable Diffusion", "GPT-2", "GPT-3", "GPT-4", "ChatGPT", "Variational Autoencoders", "VAEs",
            "Gaussian Mixture Models", "GMMs"],
         A=[("Variational Autoencoders", "VAEs"), ("Gaussian Mixture Models", "GMMs")]),
    # J36 (instruction tuning is a paradigm; the structure-text adapter is a named component)
    dict(file="002_8310ea5c5292aef1.txt", line=663,
         M=["Filter-then-Generate", "filter-then-generate", "FtG", "Structure-Text Adapter", "structure-text adapter"],
         T=["Knowledge Graph Completion", "knowledge graph completion", "KGC"],
         P=["FtG|Filter-then-Generate|filter-then-generate"],
         L=[("used_for", "FtG", "knowledge graph completion")],
         A=[("FtG", "Filter-then-Generate", "filter-then-generate"),
            ("Structure-Text Adapter", "structure-text adapter"),
            ("Knowledge Graph Completion", "knowledge graph completion", "KGC")]),
    # J37 (the framework, the platform and the LLMs are unnamed; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=671),
    # J38 (the evaluation approach is unnamed; Wikipedia is a data source, as in the earlier sets)
    dict(file="002_8310ea5c5292aef1.txt", line=673,
         M=["Mistral", "Llama-2"], D=["Wikipedia"], X=["compression rate"]),
    # J39 (the four methods are the paper's named proposals; fine-tuning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=685,
         M=["LLaMA 3", "length approximation", "target adjustment", "sample filtering", "automated revisions"],
         X=["length adherence", "length compliance"],
         T=["Length-Controllable Summarization", "length control", "controlled text generation", "summarization"],
         P=["length approximation", "target adjustment", "sample filtering", "automated revisions"],
         L=[("used_for", m, "length control") for m in ("length approximation", "target adjustment", "sample filtering",
                                                         "automated revisions")]),
]
for _p in PAPERS_DEV10:
    _p["split"] = "dev10"
