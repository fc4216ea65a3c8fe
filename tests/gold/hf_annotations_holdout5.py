"""Hand annotations of 40 HOLDOUT5 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "holdout5"; ``build_hf_gold.py`` writes them to
``holdout5.jsonl``. Session 7, annotated by hand (helper G_holdout5) in file order; the pipeline was never run
on these papers for this set and its output on them was not looked at.

Selection (``/work/notes/s7/pick_gold3.py``, the lead's script, list in ``/work/notes/s7/ids_holdout5.txt``,
drawn together with dev8 and dev9): every listing's papers (``kg.readers.hf_listing.parse_listing``, file
order) that are not in any earlier annotated set (every ``tests/gold/hf_annotations*.py``), whose title occurs
once in all listings and is not an annotated title, whose abstract is at least 300 characters and is rebuilt
exactly by ``build_hf_gold.listing_paper``, were pooled over the listings in file-name order;
``random.Random(20261125).sample(pool, 160)`` drew 160 of them: the first 40 are this set (the next 60 dev8,
the last 60 dev9), sorted by listing, then line. This set holds 6, 1, 14, 2 and 17 papers of listings 000-004.

NOBODY TUNES OR TRAINS ON THIS SET: extractor engineers must not read these entries nor
``holdout5.jsonl``, nor look at per-paper errors on it; ``holdout5.jsonl`` never becomes training or weak
data. It is scored once at the end of a session for an honest held-out estimate.
"""

PAPERS_HOLDOUT5 = [
    # V00 (ICL is a paradigm; ICLL is the problem family the paper defines; the simple learning problems are TASKs;
    # "340M-parameter" is a size)
    dict(file="000_c33ede3366bcb84c.txt", line=75,
         M=["RNNs", "Transformers", "state-space model", "n-gram heads", "induction heads"],
         D=["SlimPajama"], X=["perplexity"],
         T=["In-Context Language Learning", "in context language learning", "ICLL", "linear regression",
            "associative recall", "natural language modeling"],
         P=["ICLL|in context language learning|In-Context Language Learning"],
         R=[("1.14", "points", True, "perplexity", "SlimPajama", "n-gram heads"),
            ("6.7", "%", True, "perplexity", "SlimPajama", "n-gram heads")],
         A=[("ICLL", "in context language learning", "In-Context Language Learning")]),
    # V01 (study; few-shot prompting is a paradigm)
    dict(file="000_c33ede3366bcb84c.txt", line=155,
         M=["ChatGPT"], D=["Amazon Beauty"], T=["recommendation"],
         L=[("evaluated_on", "ChatGPT", "Amazon Beauty"), ("used_for", "ChatGPT", "recommendation")]),
    # V02 (the methodology and its datasets are unnamed: nothing proposed; "transformer models" names the
    # architecture as a noun)
    dict(file="000_c33ede3366bcb84c.txt", line=191,
         M=["Transformers", "transformer", "transformers"], D=["RuleTaker"],
         T=["Natural Language Satisfiability", "natural language satisfiability", "NLSat", "deductive reasoning"],
         A=[("Natural Language Satisfiability", "natural language satisfiability", "NLSat")]),
    # V03 (60% is the passing level, not a result; USMLE names the MedQA data; LLMs is a class)
    dict(file="000_c33ede3366bcb84c.txt", line=303,
         M=["DERA", "Dialog-Enabled Resolving Agents", "dialog-enabled resolving agents", "GPT-4"],
         D=["MedQA", "MEDQA", "USMLE"],
         T=["medical conversation summarization", "care plan generation", "question-answering", "QA"],
         P=["DERA|dialog-enabled resolving agents|Dialog-Enabled Resolving Agents"],
         R=[("70", "%", False, None, "MedQA", "GPT-4")],
         L=[("based_on", "DERA", "GPT-4"), ("outperforms", "DERA", "GPT-4"),
            ("used_for", "DERA", "medical conversation summarization"), ("used_for", "DERA", "care plan generation"),
            ("evaluated_on", "DERA", "MedQA")],
         A=[("DERA", "dialog-enabled resolving agents", "Dialog-Enabled Resolving Agents"), ("MedQA", "MEDQA", "USMLE"),
            ("question-answering", "QA")]),
    # V04 (WizardLM names a dataset in the first list and a model in the second; the three test sets are named
    # and introduced; 110,000+ etc. are sizes)
    dict(file="000_c33ede3366bcb84c.txt", line=311,
         M=["ChatGPT", "LLaMA", "OccuLLaMA", "Vicuna", "Tulu", "Tulu, and [WizardLM]", "against [WizardLM]", "GPT-4"],
         D=["OccuQuest", "Dolly", "ShareGPT", "ShareGPT, and [WizardLM]", "occu-test", "an [estate] set", "occu-quora"],
         X=["win rate"],
         P=["OccuQuest", "OccuLLaMA", "occu-test", "estate", "occu-quora"],
         R=[("86.4", "%", False, "win rate", "occu-quora", "OccuLLaMA")],
         L=[("based_on", "OccuLLaMA", "LLaMA"), ("outperforms", "OccuLLaMA", "Vicuna"), ("outperforms", "OccuLLaMA", "Tulu"),
            ("outperforms", "OccuLLaMA", "WizardLM"), ("evaluated_on", "OccuLLaMA", "occu-quora")]),
    # V05 (early exit and KV caching are generic techniques; 1.3/6.7 billion are sizes)
    dict(file="000_c33ede3366bcb84c.txt", line=479,
         M=["SkipDecode", "Autoregressive Skip Decoding", "OPT"], X=["latency", "inference speedups"],
         T=["natural language generation"],
         P=["SkipDecode|Autoregressive Skip Decoding"],
         R=[("2", "x", True, "inference speedups", None, "SkipDecode"),
            ("5", "x", True, "inference speedups", None, "SkipDecode")],
         A=[("SkipDecode", "Autoregressive Skip Decoding")]),
    # V06 (TinyHelen names the paper's curriculum / model line; the four datasets are introduced; 71M and 7M are
    # sizes)
    dict(file="001_216e326a59f6f740.txt", line=75,
         M=["TinyHelen"], D=["Leaner-Pretrain", "Leaner-Instruct", "Leaner-Glue", "Leaner-Eval"],
         T=["language modeling"],
         P=["TinyHelen", "Leaner-Pretrain", "Leaner-Instruct", "Leaner-Glue", "Leaner-Eval"]),
    # V07 (the system is LLaMA-7B with a conformer encoder: the result's method is LLaMA-7B)
    dict(file="002_8310ea5c5292aef1.txt", line=51,
         M=["LLaMA-7B", "LLaMA", "conformer"], D=["Multilingual LibriSpeech", "MLS"],
         T=["Speech Recognition", "speech recognition", "automatic speech recognition", "ASR",
            "multilingual speech recognition", "multilingual ASR", "abstractive summarization",
            "open-ended question answering"],
         R=[("18", "%", True, None, "Multilingual LibriSpeech", "LLaMA-7B")],
         L=[("evaluated_on", "LLaMA-7B", "Multilingual LibriSpeech"), ("based_on", "LLaMA-7B", "conformer")],
         A=[("Speech Recognition", "speech recognition", "automatic speech recognition", "ASR"),
            ("Multilingual LibriSpeech", "MLS"), ("multilingual speech recognition", "multilingual ASR")]),
    # V08 (instruction tuning is a paradigm; unlearning is the task)
    dict(file="002_8310ea5c5292aef1.txt", line=55,
         M=["Cross-model Control", "CMC", "PM-MinED"], T=["unlearning"],
         P=["CMC|Cross-model Control", "PM-MinED"],
         A=[("CMC", "Cross-model Control")]),
    # V09 ("transformer-based" is a premodifier; self-supervised learning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=171,
         M=["Fusioner", "MoCo v3", "DINO", "BERT", "CLIP"], D=["PASCAL-5i", "COCO-20i", "Mosaic-4", "FSS-1000"],
         T=["Open-vocabulary Semantic Segmentation", "open-vocabulary semantic segmentation"],
         P=["Fusioner", "Mosaic-4"],
         L=[("used_for", "Fusioner", "open-vocabulary semantic segmentation"), ("evaluated_on", "Fusioner", "PASCAL-5i"),
            ("evaluated_on", "Fusioner", "COCO-20i"), ("evaluated_on", "Fusioner", "Mosaic-4")],
         A=[("Open-vocabulary Semantic Segmentation", "open-vocabulary semantic segmentation")]),
    # V10 (post-training quantization and full fine-tuning are paradigms; binary-coding quantization is a named
    # algorithm; 4-bit is a setting)
    dict(file="002_8310ea5c5292aef1.txt", line=173,
         M=["AlphaTuning", "binary-coding quantization", "GPT-2", "OPT"], X=["compression ratio"],
         P=["AlphaTuning"],
         R=[("10", "x", False, "compression ratio", None, "AlphaTuning"), ("1,000", "x", True, None, None, "AlphaTuning")],
         L=[("based_on", "AlphaTuning", "binary-coding quantization")]),
    # V11 (full fine-tuning is a paradigm; "less than 1% of model parameters" is the parameter saving)
    dict(file="002_8310ea5c5292aef1.txt", line=215,
         M=["Visual Prompt Tuning", "VPT", "Transformer"],
         P=["VPT|Visual Prompt Tuning"],
         R=[("1", "%", False, None, None, "VPT")],
         A=[("VPT", "Visual Prompt Tuning")]),
    # V12 (the method's name appears only in the URL; full attention / top-K sparse attention are generic)
    dict(file="002_8310ea5c5292aef1.txt", line=231,
         M=["transformer"], X=["throughput"], T=["natural language generation"],
         R=[("221.8", "%", True, "throughput", None, None)]),
    # V13 ("The Pile": the name is Pile)
    dict(file="002_8310ea5c5292aef1.txt", line=267,
         M=["Falcon"], D=["RefinedWeb", "Pile", "CommonCrawl"],
         P=["RefinedWeb"]),
    # V14 (survey of a named task)
    dict(file="002_8310ea5c5292aef1.txt", line=297,
         T=["Synthetic Data Generation", "synthetic data generation"],
         A=[("Synthetic Data Generation", "synthetic data generation")]),
    # V15 (NLP is a field; toxicity and bias are qualities assessed, not named measures; 0.1% is background)
    dict(file="002_8310ea5c5292aef1.txt", line=325,
         M=["FinGPT", "BLOOM", "BLUUMI"], D=["FIN-bench", "BIG-bench"],
         P=["FinGPT", "BLUUMI", "FIN-bench"],
         L=[("based_on", "BLUUMI", "BLOOM"), ("based_on", "FIN-bench", "BIG-bench")]),
    # V16 (the extensions are unnamed: nothing proposed; structural pruning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=487,
         M=["Neural Architecture Search", "NAS"], D=["MMLU"], X=["latency"],
         T=["commonsense reasoning", "instruction following"],
         R=[("3.4", "%", True, None, "MMLU", "NAS")],
         L=[("evaluated_on", "NAS", "MMLU")],
         A=[("NAS", "Neural Architecture Search")]),
    # V17 (survey; NLP is a field; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=545),
    # V18 (survey; fine-tuning, reinforcement learning, test-time scaling are paradigms; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=569),
    # V19 (the sentence ties each accuracy to both named models; retrieval and reasoning are generic)
    dict(file="002_8310ea5c5292aef1.txt", line=611,
         M=["Gemini-1.5", "GPT-4o"], D=["mLongRR"], X=["recall", "accuracy"],
         P=["mLongRR"],
         R=[("96", "%", False, "accuracy", None, "Gemini-1.5"), ("96", "%", False, "accuracy", None, "GPT-4o"),
            ("36", "%", False, "accuracy", None, "Gemini-1.5"), ("36", "%", False, "accuracy", None, "GPT-4o"),
            ("40", "%", False, "accuracy", None, "Gemini-1.5"), ("40", "%", False, "accuracy", None, "GPT-4o"),
            ("0", "%", False, "accuracy", None, "Gemini-1.5"), ("0", "%", False, "accuracy", None, "GPT-4o")]),
]
for _p in PAPERS_HOLDOUT5:
    _p["split"] = "holdout5"
