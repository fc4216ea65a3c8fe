"""Hand annotations of 60 DEV3 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev3"; ``build_hf_gold.py`` writes them to ``dev3.jsonl``.
Session 5, annotated by hand, in file order, before the pipeline was run on them.

Selection (``/work/notes/s5/pick_gold.py``, the lead's script): every listing's papers
(``kg.readers.hf_listing.parse_listing``, file order) that are not in ``hf_annotations.py`` (dev or
test), ``hf_annotations_holdout.py``, ``hf_annotations_holdout2.py`` nor ``hf_annotations_dev2.py``,
whose title occurs once in all listings and is not an annotated title, whose abstract is at least 300
characters and is rebuilt exactly by ``build_hf_gold.listing_paper``, pooled over the listings in
file-name order; ``random.Random(20261125).sample(pool, 100)`` gives holdout3 (the first 40) and dev3
(the last 60), sorted by line within a listing. The pool is not stratified by listing, so dev3 holds
12, 0, 19, 1 and 28 papers of listings 000-004 (listings 001 and 003 were nearly used up by earlier
sets). None of the 60 ids is in ``heldout_ids.txt`` (checked when annotating).

THIS IS A TUNING SET (like dev and dev2): extractor engineers may read it and its per-paper errors.
"""

PAPERS_DEV3 = [
    # E00 (study; no named proposal)
    dict(file="000_c33ede3366bcb84c.txt", line=63,
         M=["ChatGPT", "BioBERT", "BioClinicalBERT"],
         T=["Named Entity Recognition", "NER", "Relation Extraction", "RE", "Medical Natural Language Inference", "NLI"],
         A=[("NER", "Named Entity Recognition"), ("RE", "Relation Extraction"),
            ("NLI", "Medical Natural Language Inference")]),
    # E01
    dict(file="000_c33ede3366bcb84c.txt", line=67,
         M=["Furthest Reasoning with Plan Assessment", "Furthest-Reasoning-with-Plan-Assessment", "FuRePA",
            "Furthest Reasoning", "Furthest reasoning", "Plan Assessor"],
         X=["answer accuracy"],
         T=["question answering", "QA", "Multi-Hop Question Answering", "MHQA", "multi-hop question answering"],
         P=["FuRePA|Furthest-Reasoning-with-Plan-Assessment|Furthest Reasoning with Plan Assessment",
            "Furthest Reasoning|Furthest reasoning", "Plan Assessor"],
         R=[("10", "%", True, "answer accuracy", None, "FuRePA"), ("12", "%", True, "answer accuracy", None, "FuRePA")],
         L=[("used_for", "FuRePA", "MHQA")],
         A=[("FuRePA", "Furthest-Reasoning-with-Plan-Assessment", "Furthest Reasoning with Plan Assessment"),
            ("Furthest Reasoning", "Furthest reasoning"), ("QA", "question answering"),
            ("MHQA", "Multi-Hop Question Answering", "multi-hop question answering")]),
    # E02 (no named proposal: the Turkish models are BERTurk fine-tuned)
    dict(file="000_c33ede3366bcb84c.txt", line=199,
         M=["BERT", "Bidirectional Encoder Representations from Transformers", "BERTurk"], N=["Transformer-based"],
         D=["Turkish Benchmark"],
         T=["Turkish Language Understanding", "natural language understanding", "NLU", "question answering",
            "Named-Entity Recognition", "Sentiment Analysis", "Question Answering", "Text Classification"],
         L=[("based_on", "BERTurk", "BERT"), ("evaluated_on", "BERTurk", "Turkish Benchmark"),
            ("used_for", "BERTurk", "Named-Entity Recognition"), ("used_for", "BERTurk", "Sentiment Analysis"),
            ("used_for", "BERTurk", "Question Answering"), ("used_for", "BERTurk", "Text Classification")],
         A=[("BERT", "Bidirectional Encoder Representations from Transformers"),
            ("NLU", "natural language understanding"), ("question answering", "Question Answering")]),
    # E03
    dict(file="000_c33ede3366bcb84c.txt", line=231,
         M=["ChatGPT", "GPT-4"],
         D=["RM-PRT", "Robotic Manipulation with Progressive Reasoning Tasks"],
         T=["natural language understanding", "robotic manipulation", "robot manipulation"],
         P=["RM-PRT|Robotic Manipulation with Progressive Reasoning Tasks"],
         A=[("RM-PRT", "Robotic Manipulation with Progressive Reasoning Tasks")]),
    # E04
    dict(file="000_c33ede3366bcb84c.txt", line=291,
         M=["Chameleon", "GPT-4", "ChatGPT"], D=["ScienceQA", "TabMWP"], X=["overall accuracy", "accuracy"],
         T=["Compositional Reasoning", "compositional reasoning"],
         P=["Chameleon"],
         R=[("86.54", "%", False, "overall accuracy", "ScienceQA", "Chameleon"),
            ("11.37", "%", True, "overall accuracy", "ScienceQA", "Chameleon"),
            ("17.0", "%", True, "accuracy", "TabMWP", "Chameleon"), ("98.78", "%", False, "accuracy", "TabMWP", "Chameleon")],
         L=[("evaluated_on", "Chameleon", "ScienceQA"), ("evaluated_on", "Chameleon", "TabMWP"),
            ("based_on", "Chameleon", "GPT-4"), ("used_for", "Chameleon", "compositional reasoning")],
         A=[("Compositional Reasoning", "compositional reasoning")]),
    # E05
    dict(file="000_c33ede3366bcb84c.txt", line=363,
         M=["Moto", "Moto-GPT", "Latent Motion Tokenizer"],
         T=["Robot Manipulation", "robot manipulation", "robot learning", "robotic learning", "motion token autoregression"],
         P=["Moto", "Moto-GPT", "Latent Motion Tokenizer"],
         L=[("used_for", "Moto", "Robot Manipulation")],
         A=[("Robot Manipulation", "robot manipulation")]),
    # E06
    dict(file="000_c33ede3366bcb84c.txt", line=375,
         M=["PLeak"], T=["Prompt Leaking", "prompt leaking"],
         P=["PLeak"],
         L=[("used_for", "PLeak", "Prompt Leaking")],
         A=[("Prompt Leaking", "prompt leaking")]),
    # E07 (survey; no named entity)
    dict(file="000_c33ede3366bcb84c.txt", line=383),
    # E08
    dict(file="000_c33ede3366bcb84c.txt", line=471,
         M=["BiPFT", "Binary Pretrained Foundation Transformer", "Binary Pre-trained Foundation Transformer", "BiPFTs",
            "binary neural networks", "BNNs", "transformers", "self-attention"],
         D=["GLUE"], X=["56 times [operations]", "28 times [memory]"],
         T=["natural language understanding", "NLU"],
         P=["BiPFT|Binary Pretrained Foundation Transformer|Binary Pre-trained Foundation Transformer|BiPFTs"],
         R=[("56", "x", True, "operations", None, "BiPFT"), ("28", "x", True, "memory", None, "BiPFT"),
            ("15.4", "%", True, None, "GLUE", "BiPFT")],
         L=[("evaluated_on", "BiPFTs", "GLUE"), ("used_for", "BiPFT", "natural language understanding")],
         A=[("BiPFT", "Binary Pretrained Foundation Transformer", "Binary Pre-trained Foundation Transformer", "BiPFTs"),
            ("BNNs", "binary neural networks"), ("NLU", "natural language understanding")]),
    # E09 (study; "OpenAI o3-mini" is marked whole so that "OpenAI o3" does not take its prefix)
    dict(file="000_c33ede3366bcb84c.txt", line=535,
         M=["DeepSeek", "DeepSeek-R1", "o3-mini", "OpenAI o3-mini", "OpenAI o3"],
         D=["WMT23", "SummEval"],
         T=["MT", "machine translation", "Summarization", "text summarization", "TS", "natural language generation", "NLG"],
         L=[("evaluated_on", "DeepSeek-R1", "WMT23"), ("evaluated_on", "DeepSeek-R1", "SummEval"),
            ("evaluated_on", "OpenAI o3-mini", "WMT23"), ("evaluated_on", "OpenAI o3-mini", "SummEval")],
         A=[("DeepSeek", "DeepSeek-R1"), ("o3-mini", "OpenAI o3-mini"), ("MT", "machine translation"),
            ("TS", "text summarization", "Summarization"), ("NLG", "natural language generation")]),
    # E10 ("{\SST}" is a LaTeX macro left for the name; "[email protected]" is an e-mail obfuscation of the
    # listing that replaced the mAP metric, so those two results carry no metric)
    dict(file="000_c33ede3366bcb84c.txt", line=571,
         M=["Swin3D", "Transformer", "3D Swin transformer", "relative positional embedding"],
         D=["Structured3D", "ScanNet", "S3DIS"], X=["mIoU"],
         T=["3D Indoor Scene Understanding", "3D indoor scene understanding", "semantic segmentation", "segmentation",
            "detection"],
         P=["Swin3D"],
         R=[("2.3", "", True, "mIoU", "S3DIS", "Swin3D"), ("2.2", "", True, "mIoU", "S3DIS", "Swin3D"),
            ("1.8", "", True, "mIoU", "ScanNet", "Swin3D"), ("1.9", "", True, None, "ScanNet", "Swin3D"),
            ("8.1", "", True, None, "S3DIS", "Swin3D")],
         L=[("evaluated_on", "Swin3D", "ScanNet"), ("evaluated_on", "Swin3D", "S3DIS"),
            ("used_for", "Swin3D", "3D Indoor Scene Understanding")],
         A=[("3D Indoor Scene Understanding", "3D indoor scene understanding")]),
    # E11 (unnamed debiasing algorithm)
    dict(file="000_c33ede3366bcb84c.txt", line=583,
         D=["Google News"]),
    # E12 (m-LoRA is the software framework it is implemented in)
    dict(file="002_8310ea5c5292aef1.txt", line=57,
         M=["MixLoRA", "LoRA", "Mixture of Experts", "Mix-of-Expert", "MoE", "MoEs", "mixture-of-experts",
            "Mixtral 8x7B"],
         N=["m-LoRA"],
         X=["GPU memory consumption", "latency"],
         P=["MixLoRA"],
         R=[("41", "%", True, "GPU memory consumption", None, "MixLoRA"), ("17", "%", True, "latency", None, "MixLoRA")],
         L=[("based_on", "MixLoRA", "LoRA"), ("based_on", "MixLoRA", "Mixture of Experts")],
         A=[("MoE", "Mix-of-Expert", "Mixture of Experts", "mixture-of-experts", "MoEs")]),
    # E13
    dict(file="002_8310ea5c5292aef1.txt", line=79,
         M=["MiniGPT-4", "GPT-4", "Vicuna"],
         T=["Vision-Language Understanding", "image description generation"],
         P=["MiniGPT-4"],
         L=[("based_on", "MiniGPT-4", "Vicuna"), ("used_for", "MiniGPT-4", "Vision-Language Understanding")]),
    # E14 (full fine-tuning, FFT, is the paradigm it replaces, not a METHOD)
    dict(file="002_8310ea5c5292aef1.txt", line=99,
         M=["Half Fine-Tuning", "HFT", "direct preference optimization"], X=["training time"],
         P=["HFT|Half Fine-Tuning"],
         R=[("30", "%", True, "training time", None, "HFT")],
         A=[("HFT", "Half Fine-Tuning")]),
]
for _p in PAPERS_DEV3:
    _p["split"] = "dev3"
