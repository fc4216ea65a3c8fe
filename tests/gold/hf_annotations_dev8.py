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
         M=["Mixture of Experts", "MoE"], X=["accuracy"],
         T=["Machine Translation", "MT", "multilingual natural language generation"],
         R=[("8", "x", True, None, None, None)],
         A=[("MoE", "Mixture of Experts"), ("Machine Translation", "MT")]),
    # G06 ("Transformers-based" is a premodifier; "transformer models" names the architecture)
    dict(file="000_c33ede3366bcb84c.txt", line=631,
         N=["Transformers-based"],
         M=["Clinical-Longformer", "Clinical-BigBird", "Transformers", "transformers", "transformer", "BERT",
            "ClinicalBERT", "self-attention", "Longformer", "BigBird", "sparse attention"],
         X=["memory consumption", "memory usage"],
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
         M=["AIM"],
         P=["AIM"]),
    # G09 (the pre-training objectives are TASKs; instruction tuning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=71,
         M=["CodeT5+", "CodeT5+ 16B"], D=["HumanEval"],
         T=["Code Understanding", "span denoising", "contrastive learning", "text-code matching", "causal LM",
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
         M=["UReader"],
         T=["Visually-situated Language Understanding", "visually-situated language understanding", "text reading",
            "key points generation"],
         P=["UReader"],
         R=[("1.2", "%", False, None, None, "UReader")],
         L=[("used_for", "UReader", "visually-situated language understanding")],
         A=[("Visually-situated Language Understanding", "visually-situated language understanding")]),
    # G13 (the prompting method is unnamed: results carry no method; the text writes "No- Reference" and "KADID- 10k")
    dict(file="002_8310ea5c5292aef1.txt", line=213,
         M=["mPLUG-Owl2"], D=["KADID- 10k", "KADID-10k", "KonIQ-10k", "AGIQA-3k"], X=["SRCC"],
         T=["No- Reference Image Quality Assessment", "NR-IQA"],
         R=[("0.01", "%", False, None, None, None), ("0.93", "", False, "SRCC", "KADID-10k", None)],
         A=[("NR-IQA", "No- Reference Image Quality Assessment"), ("KADID-10k", "KADID- 10k")]),
    # G14 (study; the scaling law is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=275,
         X=["loss"]),
    # G15 (the corpus is unnamed; zero-/few-shot prediction are settings, ICL a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=349,
         M=["Llama-2"], T=["classification", "regression", "imputation of missing values"]),
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
]
for _p in PAPERS_DEV8:
    _p["split"] = "dev8"
