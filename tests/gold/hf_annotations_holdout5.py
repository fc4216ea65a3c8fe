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
         M=["RNNs", "Transformers", "state-space model", "n-gram heads", "induction heads",
            # session 15 (GB): paradigm named (studied) (s15 A)
            "in-context learning",
            # session 15 (GB): paradigm named (studied) (s15 A)
            "ICL"],
         D=["SlimPajama"], X=["perplexity"],
         T=["In-Context Language Learning", "in context language learning", "ICLL", "linear regression",
            "associative recall", "natural language modeling"],
         P=["ICLL|in context language learning|In-Context Language Learning"],
         R=[("1.14", "points", True, "perplexity", "SlimPajama", "n-gram heads"),
            ("6.7", "%", True, "perplexity", "SlimPajama", "n-gram heads")],
         A=[("ICLL", "in context language learning", "In-Context Language Learning"),
            # session 15 (GB): long/short form (s15 A)
            ("ICL", "in-context learning")],
         # session 13 (G3): 'X, a Y variant' ('n-gram heads (higher-order variants of induction heads)'; GUIDELINES based_on judgement calls)
         L=[("based_on", "n-gram heads", "induction heads")]),
    # V01 (study; few-shot prompting is a paradigm)
    dict(file="000_c33ede3366bcb84c.txt", line=155,
         M=["ChatGPT"], D=["Amazon Beauty"], T=["Recommendation", "recommendation"],
         L=[("evaluated_on", "ChatGPT", "Amazon Beauty"), ("used_for", "ChatGPT", "recommendation")],
         A=[("Recommendation", "recommendation")]),
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
         M=["ChatGPT", "LLaMA", "OccuLLaMA", "Vicuna", "Tulu", "Tulu, and [WizardLM]", "against [WizardLM]", "GPT-4",
            # session 15 (GB): paradigm named as the kind of data (s15 A)
            "instruction-tuning"],
         D=["OccuQuest", "Dolly", "ShareGPT", "ShareGPT, and [WizardLM]", "occu-test", "an [estate] set", "occu-quora"],
         X=["win rate"],
         P=["OccuQuest", "OccuLLaMA", "occu-test", "estate", "occu-quora"],
         R=[("86.4", "%", False, "win rate", "occu-quora", "OccuLLaMA")],
         L=[("based_on", "OccuLLaMA", "LLaMA"), ("outperforms", "OccuLLaMA", "Vicuna"), ("outperforms", "OccuLLaMA", "Tulu"),
            ("outperforms", "OccuLLaMA", "WizardLM"), ("evaluated_on", "OccuLLaMA", "occu-quora")]),
    # V05 (early exit and KV caching are generic techniques; 1.3/6.7 billion are sizes)
    dict(file="000_c33ede3366bcb84c.txt", line=479,
         M=["SkipDecode", "Autoregressive Skip Decoding", "OPT"], X=[
            # session 15 (GB): removed METRIC "latency": background only; speed qualifies as inference speedups (s15 G)
            # session 15 (GE2b): restored METRIC "latency": same quantity
            "latency",
            "inference speedups"],
         T=["natural language generation"],
         P=["SkipDecode|Autoregressive Skip Decoding"],
         R=[("2", "x", True, "inference speedups", None, "SkipDecode"),
            ("5", "x", True, "inference speedups", None, "SkipDecode")],
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "SkipDecode", "OPT"),
         ],
         A=[("SkipDecode", "Autoregressive Skip Decoding")]),
    # V06 (TinyHelen names the paper's curriculum / model line; the four datasets are introduced; 71M and 7M are
    # sizes)
    dict(file="001_216e326a59f6f740.txt", line=75,
         M=["TinyHelen"], D=["Leaner-Pretrain", "Leaner-Instruct", "Leaner-Glue", "Leaner-Eval"],
         T=["language modeling"],
         P=["TinyHelen", "Leaner-Pretrain", "Leaner-Instruct", "Leaner-Glue", "Leaner-Eval"]),
    # V07 (the system is LLaMA-7B with a conformer encoder, unnamed: the result's method is LLaMA-7B)
    dict(file="002_8310ea5c5292aef1.txt", line=51,
         M=["LLaMA-7B", "LLaMA", "conformer"], D=["Multilingual LibriSpeech", "MLS"],
         T=["Speech Recognition", "speech recognition", "automatic speech recognition", "ASR",
            "multilingual speech recognition", "multilingual ASR", "abstractive summarization",
            "open-ended question answering"],
         R=[("18", "%", True, None, "Multilingual LibriSpeech", "LLaMA-7B")],
         L=[("evaluated_on", "LLaMA-7B", "Multilingual LibriSpeech")],
         A=[("Speech Recognition", "speech recognition", "automatic speech recognition", "ASR"),
            ("Multilingual LibriSpeech", "MLS"), ("multilingual speech recognition", "multilingual ASR")]),
    # V08 (instruction tuning is a paradigm; unlearning is the task)
    dict(file="002_8310ea5c5292aef1.txt", line=55,
         M=["Cross-model Control", "CMC", "PM-MinED",
            # session 15 (GB): paradigm named as an experiment setting (s15 A)
            "instruction tuning"], T=["unlearning"],
         P=["CMC|Cross-model Control", "PM-MinED"],
         A=[("CMC", "Cross-model Control")],
         # session 13 (G3): task the method is evaluated on ('extensive experiments on instruction tuning and unlearning tasks, demonstrating the effectiveness of CMC'; GUIDELINES used_for)
         L=[("used_for", "CMC", "unlearning"),
            # session 14 (G7): own named component: the token mapping strategy proposed to make the method's tiny model work across vocabularies (GUIDELINES based_on, own named components)
            ("based_on", "CMC", "PM-MinED")]),
    # V09 ("transformer-based" is a premodifier; self-supervised learning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=171,
         M=["Fusioner", "MoCo v3", "DINO", "BERT", "CLIP",
            # session 15 (GB): paradigm named, background (s15 A)
            "self-supervised learning"], D=["PASCAL-5i", "COCO-20i", "Mosaic-4", "FSS-1000"],
         T=["Open-vocabulary Semantic Segmentation", "open-vocabulary semantic segmentation"],
         P=["Fusioner", "Mosaic-4"],
         L=[("used_for", "Fusioner", "open-vocabulary semantic segmentation"), ("evaluated_on", "Fusioner", "PASCAL-5i"),
            ("evaluated_on", "Fusioner", "COCO-20i"), ("evaluated_on", "Fusioner", "Mosaic-4")],
         A=[("Open-vocabulary Semantic Segmentation", "open-vocabulary semantic segmentation")]),
    # V10 (post-training quantization and full fine-tuning are paradigms; binary-coding quantization is a named
    # algorithm; 4-bit is a setting)
    dict(file="002_8310ea5c5292aef1.txt", line=173,
         M=["AlphaTuning", "binary-coding quantization", "GPT-2", "OPT",
            # session 15 (GB): PEFT named (s15 A)
            "parameter-efficient fine-tuning",
            # session 15 (GB): PEFT spelling in the title (s15 A)
            "Parameter-Efficient Adaptation",
            # session 15 (GB): PEFT spelling the proposal combines (s15 A)
            "parameter-efficient adaptation",
            # session 15 (GB): PTQ, a part of the proposal (s15 A)
            "post-training quantization",
            # session 15 (GB): paradigm compared against (s15 A)
            "full fine-tuning"], X=[
            # session 13 (G3): efficiency measure named as a measure, background included ('reducing memory footprints'; GUIDELINES METRIC)
            # session 15 (GB): removed METRIC "memory footprints": background only (s15 G)
            "compression ratio"],
         P=["AlphaTuning"],
         R=[("10", "x", False, "compression ratio", None, "AlphaTuning"), ("1,000", "x", True, None, None, "AlphaTuning")],
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "AlphaTuning", "GPT-2"),
            ("based_on", "AlphaTuning", "OPT"),
            ("based_on", "AlphaTuning", "binary-coding quantization"),
            # session 15 (GB): explicit: the proposal consists of PTQ and partial fine-tuning (s15 A)
            ("based_on", "AlphaTuning", "post-training quantization"),
            # session 15 (GB): explicit: proposed to combine PEFT-style adaptation and compression (s15 A)
            ("based_on", "AlphaTuning", "parameter-efficient adaptation")]),
    # V11 (full fine-tuning is a paradigm; "less than 1% of model parameters" is the parameter saving)
    dict(file="002_8310ea5c5292aef1.txt", line=215,
         M=["Visual Prompt Tuning", "VPT", "Transformer",
            # session 15 (GB): paradigm compared against (s15 A)
            "full fine-tuning",
            # session 15 (GB): PEFT spelling, compared against (s15 A)
            "parameter efficient tuning"],
         P=["VPT|Visual Prompt Tuning"],
         R=[("1", "%", False, None, None, "VPT")],
         A=[("VPT", "Visual Prompt Tuning")],
         # session 15 (GB): stated to outperform it (s15 A)
         L=[("outperforms", "VPT", "full fine-tuning"),
            # session 15 (GB): stated gains over other such protocols (s15 A)
            ("outperforms", "VPT", "parameter efficient tuning")]),
    # V12 (the method's name appears only in the URL; full attention / top-K sparse attention are generic)
    dict(file="002_8310ea5c5292aef1.txt", line=231,
         # session 16 (TLG): elliptical coordination, each conjunct's full name (GUIDELINES): "natural language generation and modeling", the second the task's own name, language modeling
         E=[("natural language generation and [modeling]", "language modeling", "T")],
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
         M=["Neural Architecture Search", "NAS",
            # session 15 (GB): named kind of pruning, the baselines (s15 A)
            "structural pruning"], D=["MMLU"], X=[
            # session 15 (GB): removed METRIC "latency": a requirement and an unquantified speedup only (s15 G)
            # session 15 (GE2b): restored METRIC "latency": own claim
            "[latency] speedup",
            ],
         T=["commonsense reasoning", "instruction following"],
         R=[("3.4", "%", True, None, "MMLU", "NAS")],
         L=[("evaluated_on", "NAS", "MMLU"),
            # session 15 (GB): stated to improve over these baselines (s15 A)
            ("outperforms", "NAS", "structural pruning")],
         A=[("NAS", "Neural Architecture Search")]),
    # V17 (survey; NLP is a field; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=545),
    # V18 (survey; fine-tuning, reinforcement learning, test-time scaling are paradigms; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=569,
         # session 13 (G3): accuracy named as a quality the methods improve ('enhance factual accuracy'; GUIDELINES METRIC, session 13)
         X=["factual accuracy"],
         # session 15 (GB): RL as a post-training strategy (s15 A)
         M=["reinforcement learning",
            # session 15 (GB): named technique paradigm of the same kind (s15 A)
            "test-time scaling"]),
    # V19 (the sentence ties each accuracy to both named models; retrieval and reasoning are generic)
    dict(file="002_8310ea5c5292aef1.txt", line=611,
         M=["Gemini-1.5", "GPT-4o"], D=["mLongRR"], X=["recall", "accuracy"],
         P=["mLongRR"],
         R=[("96", "%", False, "accuracy", None, "Gemini-1.5"), ("96", "%", False, "accuracy", None, "GPT-4o"),
            ("36", "%", False, "accuracy", None, "Gemini-1.5"), ("36", "%", False, "accuracy", None, "GPT-4o"),
            ("40", "%", False, "accuracy", None, "Gemini-1.5"), ("40", "%", False, "accuracy", None, "GPT-4o"),
            ("0", "%", False, "accuracy", None, "Gemini-1.5"), ("0", "%", False, "accuracy", None, "GPT-4o")]),
    # V20 (capacity density is the metric the paper introduces; the densing law is a finding, the effective
    # parameter size a step of the metric's definition; "three months" is a duration)
    dict(file="002_8310ea5c5292aef1.txt", line=665,
         X=["capacity density", "Capacity density"],
         P=["capacity density|Capacity density"],
         A=[("capacity density", "Capacity density")]),
    # V21 (study; the reversal curse is a phenomenon; GPT names the model family; LLMs is a class)
    dict(file="003_85bc812000b910e7.txt", line=55,
         M=["BERT", "GPT", "ChatGPT"], T=["Deductive Logical Reasoning", "deductive reasoning"],
         A=[("Deductive Logical Reasoning", "deductive reasoning")]),
    # V22 (the abstract misspells the long form "Side Tuing"; parameter-efficient finetuning is a paradigm; the
    # low-rank adaptors were left out as generic until session 16 (TLG): they are the modules the proposal is made of;
    # 4-bit is a setting)
    dict(file="003_85bc812000b910e7.txt", line=91,
         M=["Quantized Side Tuning", "Quantized Side Tuing", "QST",
            # session 16 (TLG): the named parameter-efficient modules the proposal is made of (left out as generic until
            # session 16, as dev6's AdapterSwap; GUIDELINES based_on, adapter modules)
            "low-rank adaptors",
            # session 15 (GB): PEFT spelling (s15 A)
            "parameter-efficient finetuning",
            # session 15 (GB): full fine-tuning spelling (s15 A)
            "full finetuning"], X=["total memory footprint", "memory footprint"],
         P=["QST|Quantized Side Tuing|Quantized Side Tuning"],
         R=[("2.3", "x", True, "total memory footprint", None, "QST"), ("3", "x", True, None, None, "QST"),
            ("7", "x", True, "total memory footprint", None, "QST")],
         # session 16 (TLG): adapter modules: the proposal leverages low-rank adaptors to cut its trainable parameters (GUIDELINES based_on, adapter modules)
         L=[("based_on", "QST", "low-rank adaptors")],
         A=[("QST", "Quantized Side Tuing", "Quantized Side Tuning")]),
    # V23 (reinforcement learning is a paradigm; LMMs is a class; 4B is a size)
    dict(file="004_497d3d275a8de861.txt", line=39,
         M=["TinyLLaVA-Video-R1", "TinyLLaVA-Video",
            # session 15 (GB): RL as a training technique (s15 A)
            "reinforcement learning"],
         T=["Video Reasoning", "video reasoning", "video understanding", "question-answering", "Video-QA"],
         P=["TinyLLaVA-Video-R1"],
         L=[("based_on", "TinyLLaVA-Video-R1", "TinyLLaVA-Video"), ("used_for", "TinyLLaVA-Video-R1", "video reasoning")],
         A=[("Video Reasoning", "video reasoning")]),
    # V24 ("SigLIP-based": SigLIP is a specific named model; "10x larger", 2 billion and 5B are sizes; VLM is a class)
    dict(file="004_497d3d275a8de861.txt", line=55,
         M=["PaLI-3", "PaLI", "Vision Transformer", "ViT", "SigLIP"],
         T=["image classification", "localization", "visually-situated text understanding",
            "multilingual cross-modal retrieval"],
         P=["PaLI-3"],
         L=[("based_on", "PaLI", "SigLIP"),
            # session 13 (G3): own-method reference, the paper's SigLIP-based model ('SigLIP-based PaLI shows superior performance ... especially on localization and visually-situated text understanding'; GUIDELINES used_for)
            ("used_for", "PaLI-3", "localization"),
            # session 13 (G3): as above (GUIDELINES used_for)
            ("used_for", "PaLI-3", "visually-situated text understanding"),
            # session 13 (G3): own voice, the image encoder of the paper's model ('We scale the SigLIP image encoder up to 2 billion parameters'; GUIDELINES based_on judgement calls)
            ("based_on", "PaLI-3", "SigLIP")],
         A=[("ViT", "Vision Transformer")]),
    # V25 (study; pruning, knowledge distillation and quantization are paradigms)
    dict(file="004_497d3d275a8de861.txt", line=65,
         M=["AfriBERTa",
            # session 15 (GB): compression paradigm studied (s15 A)
            "knowledge distillation"], X=["accuracy"]),
    # V26 (the title names the paper's small models; "up to 10 times smaller" is the size saving they achieve; the
    # three grading criteria are the measures GPT-4o scores)
    dict(file="004_497d3d275a8de861.txt", line=93,
         M=["NanoVLMs", "GPT-4V", "Llama 3.2 vision", "GIT", "BLIP", "GPT-4o"], D=["ShortDesc", "LongDesc"],
         X=["creativity", "meaningfulness", "consistency"],
         P=["NanoVLMs", "ShortDesc", "LongDesc"],
         R=[("10", "x", True, None, None, "NanoVLMs")]),
    # V27 (study; ICL and zero-shot learning are paradigms; causal language models is a class; "six times larger"
    # and the parameter counts are sizes)
    dict(file="004_497d3d275a8de861.txt", line=107,
         X=["evaluation loss"],
         # session 15 (GB): paradigm named (s15 A)
         M=["in-context learning",
            # session 15 (GB): paradigm named (s15 A)
            "ICL"],
         # session 15 (GB): long/short form (s15 A)
         A=[("ICL", "in-context learning")]),
    # V28 (study; instruction tuning and in-context learning are paradigms; SLMs is a class)
    dict(file="004_497d3d275a8de861.txt", line=117,
         M=["Olmo 1B", "Qwen1.5 1.8B", "Gemma 2B", "Phi2 2.7B", "Phi", "Olmo",
            # session 15 (GB): paradigm used for testing (s15 A)
            "in-context learning"]),
    # V29 (SFT is a paradigm; the title's "Chinese Medical Benchmark" is CMB)
    dict(file="004_497d3d275a8de861.txt", line=169,
         M=["CollectiveSFT",
            # session 15 (GB): paradigm named (s15 A)
            "supervised fine-tuning",
            # session 15 (GB): paradigm named (s15 A)
            "SFT"], D=["Comprehensive Medical Benchmark in Chinese", "CMB", "Chinese Medical Benchmark"],
         P=["CollectiveSFT"],
         L=[("evaluated_on", "CollectiveSFT", "Chinese Medical Benchmark")],
         A=[("CMB", "Comprehensive Medical Benchmark in Chinese", "Chinese Medical Benchmark"),
            # session 15 (GB): long/short form (s15 A)
            ("SFT", "supervised fine-tuning")]),
    # V30 (study; the novel tree search algorithm is unnamed; compute-optimal inference is the studied setting)
    dict(file="004_497d3d275a8de861.txt", line=269,
         M=["Greedy Search", "Majority Voting", "Best-of-N", "Weighted Voting", "Tree Search", "Llemma-7B", "Llemma-34B"],
         D=["MATH500"], X=["problem-solving accuracy", "accuracy", "FLOPs"],
         R=[("2", "x", True, "FLOPs", "MATH500", "Llemma-7B")],
         L=[("evaluated_on", "Llemma-7B", "MATH500"), ("evaluated_on", "Llemma-34B", "MATH500"),
            # session 14 (G5): efficiency win between named models (comparable accuracy with fewer FLOPs; GUIDELINES outperforms, efficiency wins)
            ("outperforms", "Llemma-7B", "Llemma-34B")]),
    # V31 ("our method ... with gains of 11.8% for Llama3-8B": the method is the paper's named method; the data
    # generation pipeline is unnamed)
    dict(file="004_497d3d275a8de861.txt", line=299,
         M=["CoT-based Synthesizer", "Self-consistency", "Best-of-N", "CoT", "Llama3-8B", "GPT-4o"], D=["MATH"],
         X=["inference accuracy", "accuracy"],
         P=["CoT-based Synthesizer"],
         R=[("11.8", "%", True, None, "MATH", "CoT-based Synthesizer"),
            ("10.3", "%", True, None, "MATH", "CoT-based Synthesizer")],
         L=[("based_on", "CoT-based Synthesizer", "CoT"), ("evaluated_on", "CoT-based Synthesizer", "MATH")]),
    # V32 (the meta-metric is unnamed; "transformer-based" is a premodifier; 94 450 etc. are sizes)
    dict(file="004_497d3d275a8de861.txt", line=313,
         D=["OARelatedWork"], X=["ROUGE-2", "BERTScore"],
         T=["multi-document summarization", "related work generation", "extractive summarization"],
         P=["OARelatedWork"],
         R=[("217", "%", True, "ROUGE-2", None, None)]),
    # V33 (the paper introduces the task; its black-box method is unnamed, so the AUCs carry no method;
    # the sentence-level attacks are an unnamed class)
    dict(file="004_497d3d275a8de861.txt", line=323,
         M=["OpenLLaMA-7B", "OpenLLaMA-3B"], X=["AUC"],
         T=["Document-level Membership Inference", "document-level membership inference", "document-level membership"],
         P=["document-level membership inference|Document-level Membership Inference|document-level membership"],
         R=[("0.856", "", False, "AUC", None, None), ("0.678", "", False, "AUC", None, None)],
         A=[("document-level membership inference", "Document-level Membership Inference", "document-level membership")]),
    # V34 (astrophysics; nothing named of the four kinds)
    dict(file="004_497d3d275a8de861.txt", line=341),
    # V35 (the reweighting strategy is unnamed in the abstract; "79.4% to 86.7%": the baseline and SPM)
    dict(file="004_497d3d275a8de861.txt", line=433,
         M=["Shuffle PatchMix", "SPM"], D=["PACS", "VisDA-C", "DomainNet-126"],
         T=["Source-Free Domain Adaptation", "SFDA"],
         P=["SPM|Shuffle PatchMix"],
         R=[("7.3", "%", True, None, "PACS", "SPM"), ("79.4", "%", False, None, "PACS", None),
            ("86.7", "%", False, None, "PACS", "SPM"), ("7.2", "%", True, None, "PACS", "SPM"),
            ("2.8", "%", True, None, "DomainNet-126", "SPM"), ("0.7", "%", True, None, "VisDA-C", "SPM")],
         L=[("evaluated_on", "SPM", "PACS"), ("evaluated_on", "SPM", "VisDA-C"), ("evaluated_on", "SPM", "DomainNet-126"),
            ("used_for", "SPM", "SFDA")],
         A=[("SPM", "Shuffle PatchMix"), ("SFDA", "Source-Free Domain Adaptation")]),
    # V36 (the title's "Zero-Shot Hyperparameter Transfer" is muTransfer's long form; "Hyperparameter (HP) tuning" is
    # not a long (SHORT) pair, so only "HP tuning" is marked; "tuning cost only 7%" is the saving; 13M/40M/350M/6.7B
    # are sizes; Pytorch is software)
    dict(file="004_497d3d275a8de861.txt", line=465,
         M=["muTransfer", "Zero-Shot Hyperparameter Transfer", "Maximal Update Parametrization", "muP", "Transformer",
            "ResNet", "BERT-large", "GPT-3"],
         X=["tuning cost"], T=["HP tuning"],
         P=["muTransfer|Zero-Shot Hyperparameter Transfer"],
         R=[("7", "%", False, "tuning cost", None, "muTransfer")],
         L=[("based_on", "muTransfer", "muP"), ("outperforms", "muTransfer", "BERT-large"),
            ("outperforms", "muTransfer", "GPT-3"), ("used_for", "muTransfer", "HP tuning")],
         A=[("muTransfer", "Zero-Shot Hyperparameter Transfer"), ("muP", "Maximal Update Parametrization")]),
    # V37 (the combined method is unnamed; "7 minutes" is a duration; the CPU-time fractions are outcomes of BO)
    dict(file="004_497d3d275a8de861.txt", line=467,
         M=["Bayesian optimization", "BO", "Gaussian process", "particle swarm optimization", "PSO",
            "genetic algorithm", "GA"],
         X=["CPU time"], T=["thermal design optimization"],
         R=[("1/5", "", False, "CPU time", None, "BO"), ("1/4", "", False, "CPU time", None, "BO"),
            ("1/1000", "", False, "CPU time", None, "BO")],
         L=[("used_for", "BO", "thermal design optimization")],
         A=[("BO", "Bayesian optimization"), ("PSO", "particle swarm optimization"), ("GA", "genetic algorithm")]),
    # V38 ("HMM-based": HMM is no specific named model; neural TTS is a class of systems)
    dict(file="004_497d3d275a8de861.txt", line=589,
         M=["Neural HMMs", "HMMs", "hidden Markov model", "Tacotron 2"], X=[
            # session 15 (GB): removed METRIC "training time": background only (s15 G)
            "naturalness"],
         T=["TTS", "speech synthesis"],
         P=["Neural HMMs"],
         L=[("based_on", "Neural HMMs", "Tacotron 2"), ("used_for", "Neural HMMs", "TTS"),
            # session 13 (G3): own voice, the module the model is made of ('replacing attention in neural TTS with an autoregressive left-right no-skip hidden Markov model'; GUIDELINES based_on judgement calls)
            ("based_on", "Neural HMMs", "hidden Markov model"),
            # session 14 (G5): own work ('the resulting example system') smaller and learning with fewer iterations than a named method (GUIDELINES outperforms, own voice + efficiency wins)
            ("outperforms", "Neural HMMs", "Tacotron 2")],
         A=[("HMMs", "hidden Markov model"), ("TTS", "speech synthesis")]),
    # V39 (the tokenizer is the paper's named component; "1/10 of the size" is a corpus size)
    dict(file="004_497d3d275a8de861.txt", line=619,
         M=["KR-BERT", "BERT", "XLNet", "RoBERTa", "Multilingual BERT", "BidirectionalWordPiece Tokenizer"],
         P=["KR-BERT", "BidirectionalWordPiece Tokenizer"],
         # session 14 (G7): own named component: the paper's tokenizer used to build the model's vocabulary (GUIDELINES based_on, own named components)
         L=[("based_on", "KR-BERT", "BidirectionalWordPiece Tokenizer")]),
]
for _p in PAPERS_HOLDOUT5:
    _p["split"] = "holdout5"
