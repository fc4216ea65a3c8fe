"""Hand annotations of 60 DEV8 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev8"; ``build_hf_gold.py`` writes them to ``dev8.jsonl``.
Session 7, annotated by hand, in file order, before the pipeline was run on them.

Selection (``/work/notes/s7/pick_gold3.py``, the lead's script, list in ``/work/notes/s7/ids_dev8.txt``): papers of
the listings not in any set annotated before, drawn with a new seed, sorted by line within a listing.

THIS IS A TUNING AND TRAINING SET (like dev, dev2 to dev7): extractor engineers may read it and its per-paper
errors, and the shipped NER model is trained on it.
"""

PAPERS_DEV8 = [
    # G00 (the benchmark is the proposal; Tencent Hunyuan is the model family it assesses)
    dict(file="000_c33ede3366bcb84c.txt", line=107,
         M=["GPT-4", "Tencent Hunyuan"], D=["TencentLLMEval"],
         T=["question answering", "multiturn dialogue", "text generation"],
         P=["TencentLLMEval"],
         L=[("evaluated_on", "Tencent Hunyuan", "TencentLLMEval")]),
    # G01 (the approach and its reranking strategy are unnamed; vision-language models are a class)
    dict(file="000_c33ede3366bcb84c.txt", line=163,
         T=["Information Retrieval", "IR", "information retrieval"],
         A=[("Information Retrieval", "IR", "information retrieval")]),
    # G02 (the title's name and the two long forms name LPW; "around 10%" is the same Pass@1 gain)
    dict(file="000_c33ede3366bcb84c.txt", line=307,
         M=["Planning-Driven Programming", "Large Language Model Programming Workflow", "LLM programming workflow",
            "LPW", "SLPW", "GPT-4o"],
         D=["HumanEval", "MBPP", "APPS", "CodeContest"], X=["Pass@1 accuracy", "accuracy"],
         T=["code generation", "program repair", "text-to-code generation"],
         P=["LPW|LLM programming workflow|Large Language Model Programming Workflow|Planning-Driven Programming",
            "SLPW"],
         R=[("16.4", "%", True, "Pass@1 accuracy", None, "LPW"), ("10", "%", True, "Pass@1 accuracy", None, "LPW"),
            ("5.6", "%", True, None, None, "SLPW"),
            ("98.2", "%", False, "Pass@1 accuracy", "HumanEval", "SLPW"),
            ("84.8", "%", False, "Pass@1 accuracy", "MBPP", "SLPW"),
            ("64.0", "%", False, "Pass@1 accuracy", "APPS", "SLPW"),
            ("35.3", "%", False, "Pass@1 accuracy", "CodeContest", "SLPW")],
         L=[("used_for", "LPW", "code generation"), ("based_on", "SLPW", "LPW"), ("outperforms", "SLPW", "LPW"),
            ("based_on", "SLPW", "GPT-4o"), ("evaluated_on", "SLPW", "HumanEval"), ("evaluated_on", "SLPW", "MBPP"),
            ("evaluated_on", "SLPW", "APPS"), ("evaluated_on", "SLPW", "CodeContest")],
         A=[("LPW", "LLM programming workflow", "Large Language Model Programming Workflow",
             "Planning-Driven Programming")]),
    # G03 ("4% mIoU" and "2.6% AP" are the gains, the pairs in parentheses the values)
    dict(file="000_c33ede3366bcb84c.txt", line=423,
         M=["self-attention", "large kernel attention", "LKA", "Visual Attention Network", "VAN", "VAN-B6", "VAN-B2",
            "Swin-T", "vision transformers", "ViTs", "convolutional neural networks", "CNNs"],
         D=["ImageNet", "ADE20K", "COCO"], X=["accuracy", "PQ", "mIoU", "AP"],
         T=["image classification", "object detection", "semantic segmentation", "panoptic segmentation",
            "pose estimation"],
         P=["VAN|Visual Attention Network", "LKA|large kernel attention"],
         R=[("87.8", "%", False, "accuracy", "ImageNet", "VAN-B6"), ("58.2", "", False, "PQ", None, "VAN-B6"),
            ("4", "%", True, "mIoU", "ADE20K", "VAN-B2"), ("50.1", "", False, "mIoU", "ADE20K", "VAN-B2"),
            ("46.1", "", False, "mIoU", "ADE20K", "Swin-T"), ("2.6", "%", True, "AP", "COCO", "VAN-B2"),
            ("48.8", "", False, "AP", "COCO", "VAN-B2"), ("46.2", "", False, "AP", "COCO", "Swin-T")],
         L=[("based_on", "VAN", "LKA"), ("outperforms", "VAN", "vision transformers"),
            ("outperforms", "VAN", "convolutional neural networks"), ("outperforms", "VAN-B2", "Swin-T"),
            ("used_for", "VAN", "image classification"), ("used_for", "VAN", "object detection"),
            ("used_for", "VAN", "semantic segmentation"), ("used_for", "VAN", "panoptic segmentation"),
            ("used_for", "VAN", "pose estimation"), ("evaluated_on", "VAN-B6", "ImageNet"),
            ("evaluated_on", "VAN-B2", "ADE20K"), ("evaluated_on", "VAN-B2", "COCO")],
         A=[("VAN", "Visual Attention Network"), ("LKA", "large kernel attention"), ("vision transformers", "ViTs"),
            ("convolutional neural networks", "CNNs")]),
    # G04 (study; WordNet is the knowledge base used as data; fine-tuning is a paradigm)
    dict(file="000_c33ede3366bcb84c.txt", line=431,
         D=["WordNet"],
         T=["Ontology Learning", "OL", "Knowledge Base Completion", "KBC", "relation extraction", "taxonomy discovery"],
         A=[("Ontology Learning", "OL"), ("Knowledge Base Completion", "KBC")]),
    # G05 (the system is unnamed; DeepSpeed is a library; "8x larger models" is the capacity the system achieves)
    dict(file="000_c33ede3366bcb84c.txt", line=619,
         M=["Mixture of Experts", "MoE",
            # session 15 (GA2): named kind of pruning (s15 A)
            "expert pruning"], X=["accuracy"],
         T=["Machine Translation", "MT", "multilingual natural language generation"],
         R=[("8", "x", True, None, None, None)],
         A=[("MoE", "Mixture of Experts"), ("Machine Translation", "MT")]),
    # G06 ("Transformers-based" is a premodifier; "transformer models" names the architecture)
    dict(file="000_c33ede3366bcb84c.txt", line=631,
         N=["Transformers-based"],
         M=["Clinical-Longformer", "Clinical-BigBird", "Transformers", "transformers", "transformer", "BERT",
            "ClinicalBERT", "self-attention", "Longformer", "BigBird", "sparse attention"],
         X=[
            # session 15 (GA2): removed METRIC "memory consumption": background on earlier transformers only, nothing measured (s15 G)
            
            # session 15 (GA2): removed METRIC "memory usage": background on Longformer/BigBird only, nothing measured (s15 G)
            ],
         T=["clinical named entity recognition", "natural language inference", "named entity recognition",
            "question answering", "document classification"],
         P=["Clinical-Longformer", "Clinical-BigBird"],
         L=[("based_on", "Clinical-Longformer", "Longformer"), ("based_on", "Clinical-BigBird", "BigBird"),
            ("outperforms", "Clinical-Longformer", "ClinicalBERT"), ("outperforms", "Clinical-BigBird", "ClinicalBERT"),
            ("used_for", "ClinicalBERT", "clinical named entity recognition"),
            ("used_for", "ClinicalBERT", "natural language inference"),
            ("used_for", "Clinical-Longformer", "named entity recognition"),
            ("used_for", "Clinical-Longformer", "question answering"),
            ("used_for", "Clinical-Longformer", "document classification"),
            ("used_for", "Clinical-BigBird", "named entity recognition"),
            ("used_for", "Clinical-BigBird", "question answering"),
            ("used_for", "Clinical-BigBird", "document classification")],
         A=[("Transformers", "transformers", "transformer")]),
    # G07 (EDH and TfD are the benchmark's two named tasks; "1.7x" is the gain for TfD)
    dict(file="002_8310ea5c5292aef1.txt", line=19,
         M=["HELPER"], D=["TEACh"],
         T=["Execution from Dialog History", "EDH", "Trajectory from Dialogue", "TfD"],
         P=["HELPER"],
         R=[("1.7", "x", True, None, "TEACh", "HELPER")],
         L=[("evaluated_on", "HELPER", "TEACh"), ("used_for", "HELPER", "Execution from Dialog History"),
            ("used_for", "HELPER", "Trajectory from Dialogue")],
         A=[("Execution from Dialog History", "EDH"), ("Trajectory from Dialogue", "TfD")]),
    # G08 (ICL is a paradigm; MLLMs a class)
    dict(file="002_8310ea5c5292aef1.txt", line=61,
         M=["AIM",
            # session 15 (GA2): paradigm (s15 A)
            "In-Context Learning",
            # session 15 (GA2): paradigm (s15 A)
            "In-context learning",
            # session 15 (GA2): paradigm (s15 A)
            "ICL"],
         P=["AIM"],
         # session 15 (GA2): long/short form (s15 A)
         A=[("ICL", "In-context learning", "In-Context Learning")]),
    # G09 (the pre-training objectives are TASKs; instruction tuning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=71,
         M=["CodeT5+", "CodeT5+ 16B",
            # session 15 (GA2): paradigm (s15 A)
            "contrastive learning",
            # session 15 (GA2): paradigm (s15 A)
            "instruction-tuning"], D=["HumanEval"],
         T=["Code Understanding", "span denoising", 
            # session 15 (GA2): removed TASK "contrastive learning": paradigm, METHOD since s15 (GUIDELINES: contrastive learning is a paradigm, not an objective TASK)
            "text-code matching", "causal LM",
            "code generation", "math programming", "text-to-code retrieval"],
         P=["CodeT5+"],
         L=[("used_for", "CodeT5+", "Code Understanding"), ("used_for", "CodeT5+", "code generation"),
            ("used_for", "CodeT5+", "math programming"), ("used_for", "CodeT5+", "text-to-code retrieval"),
            ("evaluated_on", "CodeT5+ 16B", "HumanEval")]),
    # G10 (the approach and the dataset are unnamed; FAISS is a library)
    dict(file="002_8310ea5c5292aef1.txt", line=147,
         T=["Dialogue Generation"]),
    # G11 (hard prompting is a paradigm; the baselines are unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=185,
         M=["SoftSRV", "Gemma"], X=["MAUVE"], T=["synthetic data generation"],
         P=["SoftSRV"],
         L=[("used_for", "SoftSRV", "synthetic data generation")]),
    # G12 (MLLM is a class; "1.2% parameters" is the parameter saving; the two auxiliary tasks are named)
    dict(file="002_8310ea5c5292aef1.txt", line=203,
         M=["UReader",
            # session 15 (GC): paradigm name as premodifier of a data kind is marked (GA1, GB majority)
            "instruction-tuning"],
         T=["Visually-situated Language Understanding", "visually-situated language understanding", "text reading",
            "key points generation"],
         P=["UReader"],
         R=[("1.2", "%", False, None, None, "UReader")],
         L=[("used_for", "UReader", "visually-situated language understanding")],
         A=[("Visually-situated Language Understanding", "visually-situated language understanding")]),
    # G13 (the prompting method is unnamed: results carry no method; the text writes "No- Reference" and "KADID- 10k")
    dict(file="002_8310ea5c5292aef1.txt", line=213,
         M=["mPLUG-Owl2",
            # session 15 (GA2): PEFT paradigm (s15 A)
            "Parameter-Efficient Adaptation",
            # session 15 (GA2): PEFT paradigm (s15 A)
            "parameter-efficient adaptation",
            # session 15 (GA2): paradigm (s15 A)
            "full fine-tuning"], D=["KADID- 10k", "KADID-10k", "KonIQ-10k", "AGIQA-3k"], X=["SRCC"],
         T=["No- Reference Image Quality Assessment", "NR-IQA"],
         R=[("0.01", "%", False, None, None, None), ("0.93", "", False, "SRCC", "KADID-10k", None)],
         A=[("NR-IQA", "No- Reference Image Quality Assessment"), ("KADID-10k", "KADID- 10k"),
            # session 15 (GA2): case variants (s15 A)
            ("parameter-efficient adaptation", "Parameter-Efficient Adaptation")]),
    # G14 (study; the scaling law is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=275,
         X=["loss"]),
    # G15 (the corpus is unnamed; zero-/few-shot prediction are settings, ICL a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=349,
         M=["Llama-2",
            # session 15 (GA2): paradigm (s15 A)
            "in-context learning"], T=["classification", "regression", "imputation of missing values"]),
    # G16 (study; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=445),
    # G17 (the architecture is unnamed; its components are named as names)
    dict(file="002_8310ea5c5292aef1.txt", line=447,
         M=["Transformer", "self attention", "State Space", "S4", "Multi Resolution Convolution", "Recurrent Supervisor",
            "Retrieval Augmented External Memory"],
         P=["Multi Resolution Convolution", "Recurrent Supervisor", "Retrieval Augmented External Memory"],
         L=[("based_on", "State Space", "S4")]),
    # G18 (the benchmark is the proposal; plan-based generation is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=453,
         M=["LongWriter"], D=["LongEval"], T=["Long-Text Generation", "long-text generation"],
         P=["LongEval"],
         A=[("Long-Text Generation", "long-text generation")]),
    # G19 (survey; edge LLMs are a class)
    dict(file="002_8310ea5c5292aef1.txt", line=485),
    # G20 (fine-tuning and few-shot learning are paradigms; RAG is a named technique)
    dict(file="002_8310ea5c5292aef1.txt", line=497,
         M=["Extensible Tokenization", "retrieval augmented generation"], T=["long-context language modeling"],
         P=["Extensible Tokenization"],
         L=[("used_for", "Extensible Tokenization", "long-context language modeling")]),
    # G21 (survey and benchmark; the two techniques are the paper's named proposals, in lower case; the low-rank
    # method they are applied to is unnamed, so the memory saving carries no method)
    dict(file="002_8310ea5c5292aef1.txt", line=507,
         M=["LoRA", "weight refactorization", "momentum reset", "GaLore", "Fira",
            # session 15 (GA2): named kind of training, compared (s15 A)
            "full-rank training",
            # session 15 (GA2): named kind of training, compared (s15 A)
            "full-model training"], X=["perplexity", "less [memory]"],
         P=["weight refactorization", "momentum reset"],
         R=[("25", "%", True, "memory", None, None)]),
    # G22 (the detector is unnamed; importance sampling is a named algorithm, not a proposal of the paper)
    dict(file="002_8310ea5c5292aef1.txt", line=511,
         M=["importance sampling", "GPT-2", "SmolLM2"],
         T=["Machine-generated text detection", "open-ended text generation"]),
    # G23 (the approach is unnamed; DeepSparse and nm-vllm are inference engines, Cerebras CS-3 hardware;
    # "70% sparsity" is a setting)
    dict(file="002_8310ea5c5292aef1.txt", line=513,
         M=["Llama", "LLaMA-2 7B", "SparseGPT", "LLaMA",
            # session 15 (GA2): named kind of pre-training combined with SparseGPT (s15 A)
            "sparse pretraining"], D=["SlimPajama", "The Stack"],
         X=["accuracy", "inference acceleration", "speedup"],
         T=["chat", "instruction following", "code generation", "arithmetic reasoning", "summarization"],
         R=[("3", "x", True, "inference acceleration", None, None), ("1.7", "x", True, "inference acceleration", None, None),
            ("8.6", "x", True, "speedup", None, "LLaMA")]),
    # G24 (survey)
    dict(file="002_8310ea5c5292aef1.txt", line=547,
         T=["Confidence Estimation", "confidence estimation", "Calibration", "calibration"],
         A=[("Confidence Estimation", "confidence estimation"), ("Calibration", "calibration")]),
    # G25 (approximate and exact unlearning are paradigms; differential privacy is a named technique)
    dict(file="002_8310ea5c5292aef1.txt", line=563,
         M=["DP2Unlearning", "differential privacy", "DP"], T=["LLM unlearning"],
         P=["DP2Unlearning"],
         L=[("based_on", "DP2Unlearning", "differential privacy"), ("used_for", "DP2Unlearning", "LLM unlearning")],
         A=[("DP", "differential privacy")]),
    # G26 (the scaling law and the L^2M condition are theoretical results, not methods)
    dict(file="002_8310ea5c5292aef1.txt", line=591,
         M=["transformers", "state space models"],
         T=["Long-Context Language Modeling", "long-context language modeling"],
         A=[("Long-Context Language Modeling", "long-context language modeling")]),
    # G27 (study; the dataset is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=595),
    # G28 (the dataset is the proposal; Harvard Library and Google Books are the source collections, not data sets
    # named as used)
    dict(file="002_8310ea5c5292aef1.txt", line=625,
         D=["Institutional Books 1.0"],
         X=["accuracy"],  # session 13 (M9): "refined for accuracy and usability" (GUIDELINES bare accuracy)
         P=["Institutional Books 1.0"]),
    # G29 (study; few-shot prompting is a paradigm, Google Search a service; LSLMs a class)
    dict(file="002_8310ea5c5292aef1.txt", line=657,
         T=["open-domain question answering"]),
    # G30 (survey; the four approach families are paradigms)
    dict(file="002_8310ea5c5292aef1.txt", line=679,
         T=["natural language understanding", "text summarization", "machine translation"]),
    # G31 (contrastive training and dense retrieval are paradigms)
    dict(file="003_85bc812000b910e7.txt", line=187,
         M=["PromptReps",
            # session 15 (GA2): contrastive learning paradigm (s15 A)
            "contrastive training"], D=["BEIR"],
         T=["Zero-Shot Document Retrieval", "zero-shot document retrieval", "zero-shot document ranking",
            "document retrieval"],
         P=["PromptReps"],
         L=[("used_for", "PromptReps", "Zero-Shot Document Retrieval"), ("evaluated_on", "PromptReps", "BEIR")],
         A=[("Zero-Shot Document Retrieval", "zero-shot document retrieval")]),
    # G32 (the framework's short name is a LaTeX macro in the text, so its long form names it; the new task is
    # proposed; the benchmarks are named by the task only)
    dict(file="003_85bc812000b910e7.txt", line=279,
         M=["COrrection rightarrow ModificatIon rightarrow balanCe", "multi-focal modifier loss"],
         T=["Multi-Label Classification", "multi-label classification", "MLC",
            "Partial labeling and Long-Tailed Multi-Label Classification", "PLT-MLC", "LT-MLC", "PL-MLC"],
         P=["COrrection rightarrow ModificatIon rightarrow balanCe", "multi-focal modifier loss",
            "PLT-MLC|Partial labeling and Long-Tailed Multi-Label Classification"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; loss: "we propose a framework X ... We next propose a novel A ... (Modification)")
         L=[("based_on", "COrrection rightarrow ModificatIon rightarrow balanCe", "multi-focal modifier loss"),
            ("used_for", "COrrection rightarrow ModificatIon rightarrow balanCe", "PLT-MLC")],
         A=[("MLC", "multi-label classification", "Multi-Label Classification"),
            ("PLT-MLC", "Partial labeling and Long-Tailed Multi-Label Classification")]),
    # G33 (the pre-training and end-to-end approaches are unnamed: results carry no method; the pre-training
    # objectives are TASKs; "2+ points" holds for both datasets; "an improvement of 5 points" right after "a top-20
    # retrieval accuracy of 84" is a change of that measure (metric filled in session 14, as the tuning gold fills
    # a change stated next to its value))
    dict(file="004_497d3d275a8de861.txt", line=3,
         M=["DPR", "REALM", "RAG",
            # session 15 (GA2): named kind of pre-training (s15 A)
            
            # session 15 (GC): removed METHOD "unsupervised pre-training": a learning setting + bare process noun is not METHOD (GUIDELINES settings), as GB
            
            # session 15 (GA2): SFT paradigm (s15 A)
            "supervised finetuning"], D=["Natural Questions", "TriviaQA"], X=["top-20 retrieval accuracy"],
         T=["Open-Domain Question Answering", "open-domain question answering", "OpenQA", "Inverse Cloze Task",
            "masked salient spans", "answer extraction"],
         R=[("2", "points", True, "top-20 retrieval accuracy", "Natural Questions", None),
            ("2", "points", True, "top-20 retrieval accuracy", "TriviaQA", None),
            ("84", "", False, "top-20 retrieval accuracy", "Natural Questions", None),
            ("5", "points", True, "top-20 retrieval accuracy", "Natural Questions", None),
            ("3", "points", True, None, None, None)],
         A=[("Open-Domain Question Answering", "open-domain question answering", "OpenQA")]),
    # G34 (study; the three domains are not tasks)
    dict(file="004_497d3d275a8de861.txt", line=41,
         D=["needle-in-a-haystack"], T=["long-context question answering"]),
    # G35 (MuJoCo is a physics engine; the benchmark is unnamed; "100x larger" is a size comparison)
    dict(file="004_497d3d275a8de861.txt", line=113,
         M=["Mind's Eye"], X=["accuracy"],
         P=["Mind's Eye"],
         R=[("27.9", "%", True, "accuracy", None, "Mind's Eye"), ("46.0", "%", True, "accuracy", None, "Mind's Eye")]),
    # G36 (structural and iterative pruning are paradigms; "latency" is the measured quantity in "latency
    # reduction", not in "latency-aware")
    dict(file="004_497d3d275a8de861.txt", line=115,
         M=["Vision Transformer", "ViT", "ViTs", "Transformers", "transformer", "DeiT-Base", "NViT", "Novel ViT",
            "NViT-Base", "DeiT Small/Tiny", "SWIN-Small",
            # session 15 (GA2): named kind of pruning (s15 A)
            "structural pruning",
            # session 15 (GA2): named kind of pruning (s15 A)
            "iterative pruning"],
         D=["ImageNet-1K"], X=[
            # session 15 (GC): removed METRIC "direct [latency]": only the run-time speedup has a value; latency is not the valued quantity (GUIDELINES 827fdd7)
            # session 15 (GE2a): restored METRIC "direct [latency]": own claim
            "direct [latency]",
            "FLOPs", "run-time speedup", "accuracy", "throughput"],
         P=["NViT|Novel ViT"],
         R=[("2.6", "x", True, "FLOPs", "ImageNet-1K", "NViT-Base"), ("5.1", "x", True, None, "ImageNet-1K", "NViT-Base"),
            ("1.9", "x", True, "run-time speedup", "ImageNet-1K", "NViT-Base"), ("1", "%", True, "accuracy", None, "NViT"),
            ("3.3", "x", True, None, None, "NViT")],
         L=[("based_on", "NViT", "DeiT-Base"), ("outperforms", "NViT-Base", "DeiT-Base"),
            ("evaluated_on", "NViT-Base", "ImageNet-1K"), ("outperforms", "NViT", "DeiT Small/Tiny"),
            ("outperforms", "NViT", "SWIN-Small")],
         A=[("NViT", "Novel ViT"), ("Vision Transformer", "ViT", "ViTs"), ("Transformers", "transformer")]),
    # G37 (the benchmark is the proposal; "46%" is a share of the questions)
    dict(file="004_497d3d275a8de861.txt", line=141,
         M=["GPT-3.5", "BLOOMZ", "Falcon"], D=["IndoMMLU"],
         P=["IndoMMLU"]),
    # G38 (the hybrid sampler is named in lower case; "15-30% of sampling steps" is the saving, FID the quality kept)
    dict(file="004_497d3d275a8de861.txt", line=163,
         M=["Diffusion Models", "diffusion models", "analytical teleportation", "DPM-Solver-v3", "UniPC"],
         D=["CIFAR-10"], X=["FID score"], T=["unconditional generation"],
         P=["analytical teleportation"],
         R=[("15", "%", True, None, None, None), ("30", "%", True, None, None, None),
            ("1.93", "", False, "FID score", "CIFAR-10", None)],
         A=[("Diffusion Models", "diffusion models")]),
    # G39 (the benchmark is the proposal, written both ways; the retrieval-inspired model is unnamed)
    dict(file="004_497d3d275a8de861.txt", line=199,
         M=["GPT-4V"], D=["WebLINX", "WEBLINX"], T=["Website Navigation", "conversational web navigation"],
         P=["WebLINX|WEBLINX"],
         A=[("WebLINX", "WEBLINX")]),
    # G40 (one-shot NAS, pruning, sparsification and quantization are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=207,
         M=["LLaMA-NAS", "LLaMA2-7B"], X=["model size", "throughput", "accuracy", "speedup"], T=["sentiment analysis"],
         P=["LLaMA-NAS"],
         R=[("1.5", "x", True, "model size", None, "LLaMA-NAS"), ("1.3", "x", True, "throughput", None, "LLaMA-NAS")],
         L=[("based_on", "LLaMA-NAS", "LLaMA2-7B")]),
    # G41 (study; the softmax bottleneck is a phenomenon)
    dict(file="004_497d3d275a8de861.txt", line=235,
         T=["language modeling"]),
    # G42 (the 3.5B diffusion model with classifier-free guidance is GLIDE; photorealism and caption similarity are
    # human judgements, not named metrics)
    dict(file="004_497d3d275a8de861.txt", line=245,
         M=["GLIDE", "Diffusion Models", "diffusion models", "diffusion model", "CLIP", "classifier-free guidance",
            "DALL-E"],
         T=["Photorealistic Image Generation", "text-conditional image synthesis", "image inpainting",
            "text-driven image editing"],
         P=["GLIDE"],
         L=[("based_on", "GLIDE", "classifier-free guidance"), ("outperforms", "GLIDE", "DALL-E"),
            ("used_for", "GLIDE", "Photorealistic Image Generation"), ("used_for", "GLIDE", "image inpainting")],
         A=[("Diffusion Models", "diffusion models", "diffusion model")]),
    # G43 (study; fine-tuning and prompting are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=251),
    # G44 (the title's expansion names the model; BPE is a named algorithm; instruction tuning is a paradigm)
    dict(file="004_497d3d275a8de861.txt", line=253,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("natural language understanding and [generation]", "natural language generation", "T")],
         M=["MaLLaM", "Malaysia Large Language Model", "Byte Pair Encoding", "BPE", "ChatGPT3.5", "Malaysian Mistral"],
         T=["natural language understanding"],
         P=["MaLLaM|Malaysia Large Language Model"],
         A=[("MaLLaM", "Malaysia Large Language Model"), ("BPE", "Byte Pair Encoding")]),
    # G45 (study; the evaluation method is unnamed; the sentiment methods are unnamed)
    dict(file="004_497d3d275a8de861.txt", line=285,
         M=["ChatGPT", "GPT-1", "GPT-2", "BERT", "ChatGPT-4"], X=["Sharpe ratio"], T=["sentiment analysis"]),
    # G46 (contrastive pre-training is a paradigm; GPT-4o's 70% error rate is a measured outcome; the 7B models are
    # unnamed)
    dict(file="004_497d3d275a8de861.txt", line=297,
         M=["SVE-Math", "Selective Vision-Enhanced Mathematical MLLM", "SVE-Math-Qwen2.5-7B", "SVE-Math-7B", "CLIP",
            "GPT-4o", "GPT-4V",
            # session 15 (GA2): contrastive learning paradigm (s15 A)
            "contrastive pre-training"],
         D=["MathVerse", "MathVista", "GeoQA"], X=["visual grounding accuracy", "error rate"],
         T=["mathematical problem-solving", "visual grounding", "visual mathematical reasoning"],
         P=["SVE-Math|Selective Vision-Enhanced Mathematical MLLM"],
         R=[("70", "%", False, "error rate", None, "GPT-4o"), ("15", "%", True, None, "MathVerse", "SVE-Math-Qwen2.5-7B")],
         L=[("evaluated_on", "SVE-Math-Qwen2.5-7B", "MathVerse"), ("evaluated_on", "SVE-Math-Qwen2.5-7B", "MathVista"),
            ("evaluated_on", "SVE-Math-7B", "GeoQA")],
         A=[("SVE-Math", "Selective Vision-Enhanced Mathematical MLLM")]),
    # G47 (astronomy; no machine-learning entity)
    dict(file="004_497d3d275a8de861.txt", line=311),
    # G48 ("1.0~dB": a bare number; "3x more efficient inference" is the gain over NeRF)
    dict(file="004_497d3d275a8de861.txt", line=355,
         M=["DeRF", "Decomposed Radiance Fields", "Neural Radiance Fields", "NeRF", "Voronoi spatial decomposition",
            "Painter's Algorithm"],
         X=["inference time", "PSNR"],
         P=["DeRF|Decomposed Radiance Fields"],
         R=[("3", "x", True, None, None, "DeRF"), ("1.0", "", True, "PSNR", None, "DeRF")],
         L=[("outperforms", "DeRF", "NeRF")],
         A=[("DeRF", "Decomposed Radiance Fields"), ("NeRF", "Neural Radiance Fields")]),
    # G49 (LLMOps and fine-tuning are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=371,
         M=["LlamaDuo"],
         P=["LlamaDuo"]),
    # G50 (the tailored learning approach is unnamed; self-reflection learning is its named component, in lower case;
    # distillation is a paradigm)
    dict(file="004_497d3d275a8de861.txt", line=383,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("on [mathematical] and commonsense reasoning", "mathematical reasoning", "T")],
         M=["self-reflection learning"], T=["commonsense reasoning"],
         P=["self-reflection learning"]),
    # G51 (Farzi is the method, Farzi Data the distilled data it outputs; "0.1% of the original dataset" is a setting)
    dict(file="004_497d3d275a8de861.txt", line=389,
         M=["Farzi", "Adam", "Hessian-Vector Products"], D=["Farzi Data"],
         T=["Data Distillation", "data distillation", "sequential recommendation", "language modeling"],
         P=["Farzi", "Farzi Data"],
         R=[("98", "%", False, None, None, "Farzi"), ("120", "%", False, None, None, "Farzi")],
         L=[("used_for", "Farzi", "data distillation"), ("used_for", "Farzi", "sequential recommendation"),
            ("used_for", "Farzi", "language modeling")],
         A=[("Data Distillation", "data distillation")]),
    # G52 (standard distillation is a paradigm; the data-collection cost is no result)
    dict(file="004_497d3d275a8de861.txt", line=395,
         M=["Personalised Distillation", "personalised distillation", "ChatGPT", "GPT-4", "CodeGen-mono-16B", "StarCoder"],
         # session 13 (M9): "incur a data-collection cost of 4-6$" reports a value (GUIDELINES: annotation cost)
         D=["HumanEval"], X=["pass@1", "data-collection cost"], T=["Code Generation", "code generation"],
         P=["personalised distillation|Personalised Distillation"],
         R=[("7", "%", True, "pass@1", "HumanEval", "CodeGen-mono-16B"),
            ("36.4", "%", False, "pass@1", "HumanEval", "CodeGen-mono-16B"),
            ("12.2", "%", True, "pass@1", "HumanEval", "StarCoder"), ("45.8", "%", False, "pass@1", "HumanEval", "StarCoder")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "personalised distillation", "CodeGen-mono-16B"),
            ("based_on", "personalised distillation", "StarCoder"),
            ("used_for", "personalised distillation", "code generation"),
            ("evaluated_on", "personalised distillation", "HumanEval")],
         A=[("personalised distillation", "Personalised Distillation"), ("Code Generation", "code generation")]),
    # G53 (study; zero-RL is the named training recipe it compares with; RL and distillation are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=411,
         M=["Zero-RL", "zero-RL",
            # session 15 (GA2): RL as a training technique (s15 A)
            "Reinforcement learning",
            # session 15 (GA2): RL as a training technique (s15 A)
            "RL"],
         A=[("Zero-RL", "zero-RL"),
            # session 15 (GA2): long/short form (s15 A)
            ("RL", "Reinforcement learning")]),
    # G54 (the framework is proposed under the title's name; early exit is a family of strategies)
    dict(file="004_497d3d275a8de861.txt", line=419,
         M=["Duo-LLM", "mixture of expert", "MoE", "speculative decoding", "Feed-Forward Network"],
         P=["Duo-LLM"],
         A=[("MoE", "mixture of expert")]),
    # G55 (instruction tuning and data filtering are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=447,
         M=["Superfiltering",
            # session 15 (GA2): paradigm (s15 A)
            "Instruction-Tuning",
            # session 15 (GA2): paradigm (s15 A)
            "Instruction tuning",
            # session 15 (GA2): paradigm (s15 A)
            "instruction tuning"],
         P=["Superfiltering"],
         # session 15 (GA2): case/spelling variants (s15 A)
         A=[("instruction tuning", "Instruction tuning", "Instruction-Tuning")]),
    # G56 (RoBERTurk is RoBERTa pre-trained on Turkish)
    dict(file="004_497d3d275a8de861.txt", line=449,
         M=["RoBERTurk", "RoBERTa", "BPE", "BERTurk"], D=["BOUN", "IMST", "XTREME"], T=["POS", "NER"],
         P=["RoBERTurk"],
         L=[("based_on", "RoBERTurk", "RoBERTa"), ("outperforms", "RoBERTurk", "BERTurk"),
            ("evaluated_on", "RoBERTurk", "BOUN"), ("evaluated_on", "RoBERTurk", "IMST"),
            ("evaluated_on", "RoBERTurk", "XTREME"), ("used_for", "RoBERTurk", "POS"), ("used_for", "RoBERTurk", "NER")]),
    # G57 (the dataset is the proposal; conversational AI is a field)
    dict(file="004_497d3d275a8de861.txt", line=473,
         D=["DeepDialogue"],
         P=["DeepDialogue"]),
    # G58 (the challenge is a shared-task benchmark, like dev7's Sound Demixing Challenge; SSL is a paradigm)
    dict(file="004_497d3d275a8de861.txt", line=527,
         M=["WavLM", "WavLM Large"], D=["MSP Podcast Corpus", "Speech Emotion Recognition Challenge 2024"],
         T=["Speech Emotion Recognition", "speech emotion recognition"],
         L=[("used_for", "WavLM", "Speech Emotion Recognition"), ("evaluated_on", "WavLM Large", "MSP Podcast Corpus")],
         A=[("Speech Emotion Recognition", "speech emotion recognition")]),
    # G59 ("3.7F1" is written without a space; the fooling rates are measured outcomes; the generation pipeline is
    # unnamed)
    dict(file="004_497d3d275a8de861.txt", line=591,
         D=["AdversarialQA", "MRQA"], X=["3.7[F1]"], T=["Question Answering", "question answering"],
         R=[("3.7", "", True, "F1", "AdversarialQA", None), ("8.8", "%", False, None, None, None),
            ("17.6", "%", False, None, None, None)],
         A=[("Question Answering", "question answering")]),
]
for _p in PAPERS_DEV8:
    _p["split"] = "dev8"
