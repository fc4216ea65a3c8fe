"""Hand annotations of 40 HOLDOUT4 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "holdout4"; ``build_hf_gold.py`` writes them to
``holdout4.jsonl``. Session 6, annotated by hand (helper G4) in file order; the pipeline was never run on
these papers for this set and its output on them was not looked at.

Selection (``/work/notes/s6/pick_gold.py``, the lead's script, drawn together with dev4 and dev5): every
listing's papers (``kg.readers.hf_listing.parse_listing``, file order) that are not in any earlier gold set
(``hf_annotations.py`` dev/test, holdout, holdout2, dev2, dev3, holdout3), whose title occurs once in all
listings and is not an annotated title, whose abstract is at least 300 characters and is rebuilt exactly
by ``build_hf_gold.listing_paper``, were pooled over the listings in file-name order;
``random.Random(20261123).sample(pool, 160)`` drew 160 of them: the first 40 are this set (the next 60
dev4, the last 60 dev5), sorted by listing, then line. The pool is not stratified by listing: this set
holds 8, 0, 14, 0 and 18 papers of listings 000-004.

NOBODY TUNES OR TRAINS ON THIS SET: extractor engineers must not read these entries nor
``holdout4.jsonl``, nor look at per-paper errors on it; ``holdout4.jsonl`` never becomes training or weak
data. It is scored once at the end of a session for an honest held-out estimate.
"""

PAPERS_HOLDOUT4 = [
    # H00
    dict(file="000_c33ede3366bcb84c.txt", line=227,
         M=["PAL", "Program-aided Language Models", "Program-Aided Language models", "chain-of-thought", "Codex",
            "PaLM-540B"],
         D=["BIG-Bench Hard", "GSM8K"], X=["few-shot accuracy", "top-1"],
         P=["PAL|Program-Aided Language models|Program-aided Language Models"],
         R=[("15", "%", True, "top-1", "GSM8K", "PAL")],
         L=[("outperforms", "PAL", "PaLM-540B"), ("evaluated_on", "PAL", "GSM8K"), ("evaluated_on", "PAL", "BIG-Bench Hard"),
            ("based_on", "PAL", "Codex")],
         A=[("PAL", "Program-Aided Language models", "Program-aided Language Models")]),
    # H01 (PTQ is a paradigm; W6A6 / 2-bit are settings, not results)
    dict(file="000_c33ede3366bcb84c.txt", line=243,
         M=["ABQ-LLM", "[transformer] blocks", "LLaMA-7B", "AffineQuant", "SmoothQuant"],
         D=["WikiText2"], X=["perplexity"],
         P=["ABQ-LLM"],
         R=[("7.59", "", False, "perplexity", "WikiText2", "ABQ-LLM"), ("2.17", "", True, "perplexity", "WikiText2", "ABQ-LLM"),
            ("9.76", "", False, "perplexity", "WikiText2", "AffineQuant"), ("1.6", "x", True, None, None, "ABQ-LLM"),
            ("2.7", "x", True, None, None, "ABQ-LLM")],
         L=[("evaluated_on", "ABQ-LLM", "WikiText2"), ("outperforms", "ABQ-LLM", "AffineQuant"),
            ("outperforms", "ABQ-LLM", "SmoothQuant")]),
    # H02 (SLM = spoken language model, a class of models)
    dict(file="000_c33ede3366bcb84c.txt", line=259,
         M=["TASTE", "Text-Aligned Speech Tokenization and Embedding", "Low-Rank Adaptation", "LoRA"],
         D=["SALMON", "StoryCloze"],
         T=["Spoken Language Modeling", "spoken language modeling"],
         P=["TASTE|Text-Aligned Speech Tokenization and Embedding"],
         L=[("evaluated_on", "TASTE", "SALMON"), ("evaluated_on", "TASTE", "StoryCloze"),
            ("used_for", "TASTE", "Spoken Language Modeling")],
         A=[("TASTE", "Text-Aligned Speech Tokenization and Embedding"), ("LoRA", "Low-Rank Adaptation"),
            ("Spoken Language Modeling", "spoken language modeling")]),
    # H03 (the lower-case "structure-aware retrieval augmented language model" is the proposal's long form)
    dict(file="000_c33ede3366bcb84c.txt", line=287,
         M=["ATLANTIC", "Structure-Aware Retrieval-Augmented Language Model",
            "structure-aware retrieval augmented language model", "graph neural network"],
         X=["overall accuracy"],
         T=["science question-answering", "scientific document classification"],
         P=["ATLANTIC|Structure-Aware Retrieval-Augmented Language Model|structure-aware retrieval augmented language model"],
         L=[("used_for", "ATLANTIC", "science question-answering"),
            ("used_for", "ATLANTIC", "scientific document classification")],
         A=[("ATLANTIC", "Structure-Aware Retrieval-Augmented Language Model",
             "structure-aware retrieval augmented language model")]),
    # H04
    dict(file="000_c33ede3366bcb84c.txt", line=295,
         M=["PersianLLaMA"],
         T=["natural language generation", "natural language understanding", "text generation", "question-answering",
            "machine translation", "text summarization"],
         P=["PersianLLaMA"],
         L=[("used_for", "PersianLLaMA", "natural language generation"),
            ("used_for", "PersianLLaMA", "natural language understanding"),
            ("used_for", "PersianLLaMA", "text generation"), ("used_for", "PersianLLaMA", "question-answering"),
            ("used_for", "PersianLLaMA", "machine translation"), ("used_for", "PersianLLaMA", "text summarization")]),
    # H05 (study; curriculum learning is a training paradigm)
    dict(file="000_c33ede3366bcb84c.txt", line=343,
         X=["accuracy"],
         T=["Medical Question Answering", "medical question answering", "natural language understanding"],
         R=[("1.77", "%", True, "accuracy", None, None), ("1.81", "%", True, "accuracy", None, None)],
         A=[("Medical Question Answering", "medical question answering")]),
    # H06 (study; custom / lightweight fine-tuning are paradigms, prefix tuning is a named technique)
    dict(file="000_c33ede3366bcb84c.txt", line=515,
         M=["Transformer", "Transformers", "transformer", "prefix tuning"],
         X=["training time"],
         T=["Code Generation", "code generation", "Natural Language Understanding", "question-answering"],
         A=[("Code Generation", "code generation")]),
    # H07 (study of three attacks; "other methods" / "others" are unnamed, so no outperforms)
    dict(file="000_c33ede3366bcb84c.txt", line=567,
         M=["BERT", "BERT-on-BERT", "PWWS", "Fraud Bargain's Attack", "FBA"],
         D=["IMDB", "AG News", "SST2"], X=["runtime", "accuracy", "semantic similarity"],
         T=["machine translation", "sentiment analysis", "question answering", "text classification"],
         L=[("evaluated_on", "BERT-on-BERT", "IMDB"), ("evaluated_on", "BERT-on-BERT", "AG News"),
            ("evaluated_on", "BERT-on-BERT", "SST2"), ("evaluated_on", "PWWS", "IMDB"), ("evaluated_on", "PWWS", "AG News"),
            ("evaluated_on", "PWWS", "SST2"), ("evaluated_on", "FBA", "IMDB"), ("evaluated_on", "FBA", "AG News"),
            ("evaluated_on", "FBA", "SST2"), ("used_for", "PWWS", "text classification")],
         A=[("FBA", "Fraud Bargain's Attack")]),
    # H08 (reinforcement learning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=63,
         M=["LLaRP", "Large LAnguage model Reinforcement Learning Policy"],
         D=["Language Rearrangement"], X=["success rate"], T=["language-conditioned rearrangement"],
         P=["LLaRP|Large LAnguage model Reinforcement Learning Policy", "Language Rearrangement"],
         R=[("42", "%", False, "success rate", None, "LLaRP"), ("1.7", "x", True, "success rate", None, "LLaRP")],
         A=[("LLaRP", "Large LAnguage model Reinforcement Learning Policy")]),
    # H09 (diffusion models are a class of models, in-context learning a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=93,
         M=["LLM-grounded Diffusion"], T=["text-to-image generation"],
         P=["LLM-grounded Diffusion"]),
    # H10
    dict(file="002_8310ea5c5292aef1.txt", line=159,
         M=["NavGPT-2"], T=["Vision-and-Language navigation", "VLN", "robotic navigation"],
         P=["NavGPT-2"],
         A=[("VLN", "Vision-and-Language navigation")]),
    # H11 (unnamed weight-allocation method; MLLM is a class of models)
    dict(file="002_8310ea5c5292aef1.txt", line=205,
         T=["image captioning", "visual question-answering"]),
    # H12 (the evaluation sentence names TCR as "its")
    dict(file="002_8310ea5c5292aef1.txt", line=217,
         M=["Text-Conditioned Resampler", "text-conditioned video resampler", "TCR", "cross-attention"],
         D=["NextQA", "EgoSchema", "EGO4D-LTA"], T=["Long Form Video Understanding"],
         P=["TCR|text-conditioned video resampler|Text-Conditioned Resampler"],
         L=[("used_for", "Text-Conditioned Resampler", "Long Form Video Understanding"),
            ("evaluated_on", "TCR", "NextQA"), ("evaluated_on", "TCR", "EgoSchema"), ("evaluated_on", "TCR", "EGO4D-LTA")],
         A=[("TCR", "text-conditioned video resampler", "Text-Conditioned Resampler")]),
    # H13 (survey)
    dict(file="002_8310ea5c5292aef1.txt", line=283,
         M=["ChatGPT", "LLaMA", "PaLM", "GPT", "MoE"]),
    # H14 ("by 20%-30%" is the compression the method achieves with negligible loss)
    dict(file="002_8310ea5c5292aef1.txt", line=299,
         M=["LLM Surgeon", "Transformer", "OPT", "Llamav2-7B"],
         P=["LLM Surgeon"],
         R=[("20", "%", True, None, None, "LLM Surgeon"), ("30", "%", True, None, None, "LLM Surgeon")]),
    # H15 (XGen is the series, XGen-7B its title name)
    dict(file="002_8310ea5c5292aef1.txt", line=331,
         M=["XGen-7B", "XGen", "XGen-Inst"], T=["long sequence modeling"],
         P=["XGen|XGen-7B", "XGen-Inst"],
         L=[("based_on", "XGen-Inst", "XGen")],
         A=[("XGen", "XGen-7B")]),
    # H16 (the "LLM chain ensemble" methodology is named as the proposal)
    dict(file="002_8310ea5c5292aef1.txt", line=335,
         M=["LLM Chain Ensembles", "LLM chain ensemble", "LLM chain ensembles", "chain ensemble"],
         T=["zero-shot classification", "Data Annotation", "data annotation"],
         P=["LLM chain ensemble|LLM Chain Ensembles|LLM chain ensembles|chain ensemble"],
         L=[("used_for", "LLM Chain Ensembles", "Data Annotation")],
         A=[("LLM chain ensemble", "LLM Chain Ensembles", "LLM chain ensembles", "chain ensemble"),
            ("Data Annotation", "data annotation")]),
    # H17 (review; no named entity)
    dict(file="002_8310ea5c5292aef1.txt", line=373),
    # H18 ("comparable to" is no outperforms)
    dict(file="002_8310ea5c5292aef1.txt", line=467,
         M=["Tele-FLM", "FLM-2", "Llama2-70B", "DeepSeek-67B"], X=["BPB", "FLOPs"],
         T=["multilingual language modeling"],
         P=["Tele-FLM|FLM-2"],
         A=[("Tele-FLM", "FLM-2")]),
    # H19
    dict(file="002_8310ea5c5292aef1.txt", line=529,
         M=["length-difference positional encoding", "LDPE", "Max New Tokens++"],
         X=["mean token errors"],
         T=["Precise Length Control", "precise length control", "summarization", "question answering",
            "document summarization"],
         P=["LDPE|length-difference positional encoding", "Max New Tokens++"],
         R=[("3", "", False, "mean token errors", None, "LDPE")],
         A=[("LDPE", "length-difference positional encoding"), ("Precise Length Control", "precise length control")]),
]
for _p in PAPERS_HOLDOUT4:
    _p["split"] = "holdout4"
