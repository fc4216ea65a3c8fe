"""Hand annotations of 60 DEV7 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev7"; ``build_hf_gold.py`` writes them to ``dev7.jsonl``.
Session 6, annotated by hand, in file order, before the pipeline was run on them.

Selection (``/work/notes/s6/pick_gold2.py``, the lead's script, list in ``/work/notes/s6/ids_dev7.txt``): papers of
the listings not in any set annotated before (including dev4, dev5 and holdout4), drawn as the dev4 rule does
with a new seed, sorted by line within a listing.

THIS IS A TUNING AND TRAINING SET (like dev, dev2 to dev6): extractor engineers may read it and its per-paper
errors, and the shipped NER model is trained on it.
"""

PAPERS_DEV7 = [
    # F00 (the three components are described, not named)
    dict(file="000_c33ede3366bcb84c.txt", line=59,
         M=["AmoebaLLM", "LoRAs"], X=["accuracy"],
         P=["AmoebaLLM"]),
    # F01 (the method is unnamed; RLHF and offline RL are paradigms)
    dict(file="000_c33ede3366bcb84c.txt", line=119,
         T=["Goal-Directed Dialogue", "goal-directed dialogue", "preference elicitation"],
         A=[("Goal-Directed Dialogue", "goal-directed dialogue")]),
    # F02 (unnamed algorithm: results carry no method; the 95CI bounds are not results)
    dict(file="000_c33ede3366bcb84c.txt", line=219,
         M=["Transformer"], X=["precision", "recall", "F1 score"],
         T=["body text extraction", "body line extraction", "acute infection detection"],
         R=[("98.4", "", False, "precision", None, None), ("97.0", "", False, "recall", None, None),
            ("97.7", "", False, "F1 score", None, None), ("82.54", "", False, "precision", None, None),
            ("85.24", "", False, "recall", None, None), ("83.87", "", False, "F1 score", None, None)]),
    # F03 (the benchmark is unnamed: nothing proposed)
    dict(file="000_c33ede3366bcb84c.txt", line=255,
         M=["GPT", "GPT-4", "GPT-3.5", "Davinci-003"], D=["BBBP", "Tox21", "PubChem", "USPTO", "ChEBI"],
         T=["name prediction", "property prediction", "yield prediction", "reaction prediction", "retrosynthesis",
            "text-based molecule design", "molecule captioning", "reagent selection"],
         L=[("outperforms", "GPT-4", "GPT-3.5"), ("outperforms", "GPT-4", "Davinci-003")]),
    # F04 (the three modules are described in lower case, not named)
    dict(file="000_c33ede3366bcb84c.txt", line=579,
         M=["GraphJudger", "GraphRAG"],
         T=["Knowledge Graph Construction", "knowledge graph construction", "KG construction"],
         P=["GraphJudger"],
         L=[("used_for", "GraphJudger", "knowledge graph construction")],
         A=[("Knowledge Graph Construction", "knowledge graph construction", "KG construction")]),
    # F05 (the pre-training objective is a TASK, like masked language modeling)
    dict(file="001_216e326a59f6f740.txt", line=99,
         M=["QAmden", "GPT-3.5", "GPT-4"],
         T=["Multi-Document Modeling", "Cross-Document Question-Answering", "cross-document question answering",
            "multi-document QA", "QA", "summarization", "query-focused summarization", "short text generation",
            "long text generation"],
         P=["QAmden"],
         R=[("7", "%", True, None, None, "QAmden")],
         L=[("outperforms", "QAmden", "GPT-3.5"), ("outperforms", "QAmden", "GPT-4"),
            ("used_for", "QAmden", "multi-document QA"), ("used_for", "QAmden", "summarization"),
            ("used_for", "QAmden", "query-focused summarization")],
         A=[("Cross-Document Question-Answering", "cross-document question answering")]),
    # F06
    dict(file="002_8310ea5c5292aef1.txt", line=9,
         M=["X-Fusion"], T=["image-to-text", "text-to-image"],
         P=["X-Fusion"],
         L=[("used_for", "X-Fusion", "image-to-text"), ("used_for", "X-Fusion", "text-to-image")]),
    # F07 (knowledge distillation and RL are paradigms)
    dict(file="002_8310ea5c5292aef1.txt", line=15,
         M=["LM-Guided Chain-of-Thought", "LM-Guided CoT"], D=["HotpotQA", "2WikiMultiHopQA"],
         X=["answer prediction accuracy"], T=["multi-hop extractive question answering", "QA"],
         P=["LM-Guided CoT|LM-Guided Chain-of-Thought"],
         L=[("evaluated_on", "LM-Guided CoT", "HotpotQA"), ("evaluated_on", "LM-Guided CoT", "2WikiMultiHopQA")],
         A=[("LM-Guided CoT", "LM-Guided Chain-of-Thought"), ("multi-hop extractive question answering", "QA")]),
    # F08 ("transformer layers": the architecture as a noun)
    dict(file="002_8310ea5c5292aef1.txt", line=21,
         M=["Inner-Adaptor Architecture", "IAA", "transformer"], T=["visual grounding"],
         P=["IAA|Inner-Adaptor Architecture"],
         A=[("IAA", "Inner-Adaptor Architecture")]),
    # F09 ("34.4 rightarrow 37.9": both figures are results)
    dict(file="002_8310ea5c5292aef1.txt", line=25,
         M=["Weak-to-Strong Search", "weak-to-strong search", "gpt2s", "zephyr-7b-beta", "gpt-4-turbo",
            "Llama-3-70B-Instruct", "gpt-3.5-turbo-instruct"],
         D=["AlpacaEval 2.0"], X=["length-controlled win rates", "win rates"],
         T=["controlled-sentiment generation", "summarization"],
         P=["weak-to-strong search|Weak-to-Strong Search"],
         R=[("34.4", "", False, "length-controlled win rates", "AlpacaEval 2.0", "Llama-3-70B-Instruct"),
            ("37.9", "", False, "length-controlled win rates", "AlpacaEval 2.0", "Llama-3-70B-Instruct"),
            ("16.0", "", False, "length-controlled win rates", "AlpacaEval 2.0", "gpt-3.5-turbo-instruct"),
            ("20.1", "", False, "length-controlled win rates", "AlpacaEval 2.0", "gpt-3.5-turbo-instruct"),
            ("10.0", "", False, "win rates", None, None)],
         L=[("evaluated_on", "weak-to-strong search", "AlpacaEval 2.0"),
            ("used_for", "weak-to-strong search", "controlled-sentiment generation"),
            ("used_for", "weak-to-strong search", "summarization")],
         A=[("Weak-to-Strong Search", "weak-to-strong search")]),
    # F10 (prompt tuning is a paradigm; the approach is GatorTronGPT prompt-tuned, so "our approach" is GatorTronGPT)
    dict(file="002_8310ea5c5292aef1.txt", line=49,
         M=["GatorTronGPT", "GPT-3", "Transformer", "transformer", "GatorTron-MRC"],
         T=["concept extraction", "relation extraction", "clinical concept normalization",
            "clinical abbreviation disambiguation", "natural language inference", "machine reading comprehension", "MRC"],
         R=[("3", "%", True, None, None, "GatorTronGPT"), ("7", "%", True, None, None, "GatorTronGPT"),
            ("3.4", "%", True, None, None, "GatorTronGPT"), ("3.4", "%", True, None, None, "GatorTronGPT"),
            ("10", "%", True, None, None, "GatorTronGPT"), ("5.5", "%", True, None, None, "GatorTronGPT"),
            ("9", "%", True, None, None, "GatorTronGPT")],
         L=[("based_on", "GatorTronGPT", "GPT-3"), ("outperforms", "GatorTronGPT", "GatorTron-MRC")],
         A=[("Transformer", "transformer"), ("machine reading comprehension", "MRC")]),
    # F11 (KD is a paradigm; "recovery KD" and the translation chain-of-thought are the framework's named components)
    dict(file="002_8310ea5c5292aef1.txt", line=89,
         M=["TransLLM", "GPT-4", "translation chain-of-thought", "low-rank adaptation", "recovery KD",
            "LLaMA-2-chat-7B", "ChatGPT"],
         D=["MT-bench", "AdvBench"],
         P=["TransLLM"],
         L=[("based_on", "TransLLM", "LLaMA-2-chat-7B"), ("based_on", "TransLLM", "low-rank adaptation"),
            ("outperforms", "TransLLM", "ChatGPT"), ("outperforms", "TransLLM", "GPT-4"),
            ("evaluated_on", "TransLLM", "MT-bench"), ("evaluated_on", "TransLLM", "AdvBench")]),
    # F12 (the datasets and metrics are unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=155,
         M=["AutoAD III", "Q-former"], T=["Audio Description", "AD", "AD generation"],
         P=["AutoAD III"],
         L=[("used_for", "AutoAD III", "AD generation")],
         A=[("Audio Description", "AD")]),
    # F13 (the ASR objective is a TASK, like a training objective)
    dict(file="002_8310ea5c5292aef1.txt", line=157,
         M=["DIFFA"], D=["MMSU", "MMAU", "VoiceBench"],
         T=["spoken language understanding", "ASR", "audio understanding"],
         P=["DIFFA"],
         L=[("used_for", "DIFFA", "spoken language understanding"), ("evaluated_on", "DIFFA", "MMSU"),
            ("evaluated_on", "DIFFA", "MMAU"), ("evaluated_on", "DIFFA", "VoiceBench")]),
    # F14
    dict(file="002_8310ea5c5292aef1.txt", line=183,
         M=["eCLIP", "CLIP", "mixup", "Retrieval Augmented Generation", "RAG"],
         T=["zero-shot inference", "linear probing", "cross-modal retrieval"],
         P=["eCLIP"],
         L=[("based_on", "eCLIP", "CLIP"), ("used_for", "eCLIP", "cross-modal retrieval")],
         A=[("RAG", "Retrieval Augmented Generation")]),
    # F15 (SFT is a paradigm; speciality and versatility are qualities, not named metrics)
    dict(file="002_8310ea5c5292aef1.txt", line=207,
         M=["CoFiTune"],
         P=["CoFiTune"],
         R=[("14", "%", True, None, None, "CoFiTune")]),
    # F16 (the two learning strategies are the paper's named contributions; the pre-training objectives are TASKs)
    dict(file="002_8310ea5c5292aef1.txt", line=209,
         M=["NEVLP", "transformer", "noise-adaptive learning", "concept-enhanced learning"],
         T=["image-text contrastive learning", "image-text matching", "image-grounded text generation",
            "image-text retrieval", "image captioning", "visual question answering"],
         P=["NEVLP", "noise-adaptive learning", "concept-enhanced learning"],
         L=[("used_for", "NEVLP", "image-text retrieval"), ("used_for", "NEVLP", "image captioning"),
            ("used_for", "NEVLP", "visual question answering")]),
    # F17 (the long form in parentheses differs from the title's; LVLM(s) is a class)
    dict(file="002_8310ea5c5292aef1.txt", line=219,
         M=["VT-LVLM-AR", "Video-Temporal Large Vision-Language Model Adapter for Action Recognition",
            "Video-Temporal Large Vision-Language Model Adapter", "Video-to-Event Mapper", "VTEM", "LLaVA-1.5",
            "P-Tuning v2"],
         D=["NTU RGB+D", "NTU RGB+D 120", "NTU RGB+D X-Sub"], X=["accuracy"],
         T=["Fine-Grained Action Recognition", "fine-grained action recognition", "Human action recognition",
            "action classification", "video action understanding"],
         P=["VT-LVLM-AR|Video-Temporal Large Vision-Language Model Adapter for Action Recognition",
            "VTEM|Video-to-Event Mapper"],
         R=[("94.1", "%", False, "accuracy", "NTU RGB+D X-Sub", "VT-LVLM-AR")],
         L=[("based_on", "VT-LVLM-AR", "LLaVA-1.5"), ("used_for", "VT-LVLM-AR", "fine-grained action recognition"),
            ("evaluated_on", "VT-LVLM-AR", "NTU RGB+D"), ("evaluated_on", "VT-LVLM-AR", "NTU RGB+D 120"),
            ("evaluated_on", "VT-LVLM-AR", "NTU RGB+D X-Sub")],
         A=[("VT-LVLM-AR", "Video-Temporal Large Vision-Language Model Adapter for Action Recognition",
             "Video-Temporal Large Vision-Language Model Adapter"), ("VTEM", "Video-to-Event Mapper"),
            ("Fine-Grained Action Recognition", "fine-grained action recognition")]),
    # F18 (study; Computational Social Science is a field; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=225),
    # F19 (the progressive-training method is unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=251,
         X=["computational costs"],
         R=[("25", "%", True, "computational costs", None, None)]),
    # F20 (survey; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=273),
    # F21 (review; PRISMA is a reporting statement, NLP a field)
    dict(file="002_8310ea5c5292aef1.txt", line=339,
         X=["accuracy"], T=["language modeling"]),
    # F22 (the approach and its runtime are unnamed; INT4 weight-only quantization is a setting)
    dict(file="002_8310ea5c5292aef1.txt", line=343,
         M=["Llama2", "Llama", "GPT-NeoX"]),
    # F23 (survey; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=347),
    # F24 (bibliometric review; NLP is a field)
    dict(file="002_8310ea5c5292aef1.txt", line=389),
    # F25 (review; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=409),
    # F26 (pruning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=541,
         M=["DReSS", "Data-driven Regularized Structured Streamlining"], X=["latency", "throughput"],
         T=["language modeling"],
         P=["DReSS|Data-driven Regularized Structured Streamlining"],
         A=[("DReSS", "Data-driven Regularized Structured Streamlining")]),
    # F27 (the title writes the short form with the Greek letter, the abstract with "mu")
    dict(file="002_8310ea5c5292aef1.txt", line=561,
         M=["μKE", "Matryoshka Unstructured Knowledge Editing", "muKE"], X=["edit efficacy"],
         T=["unstructured knowledge editing"],
         P=["muKE|Matryoshka Unstructured Knowledge Editing|μKE"],
         R=[("12.33", "%", True, "edit efficacy", None, "muKE")],
         L=[("used_for", "muKE", "unstructured knowledge editing")],
         A=[("muKE", "μKE", "Matryoshka Unstructured Knowledge Editing")]),
    # F28 (PTQ, weight-only and weight-activation quantization are paradigms; the three components are named
    # contributions)
    dict(file="002_8310ea5c5292aef1.txt", line=585,
         M=["WKVQuant", "past-only quantization", "two-dimensional quantization",
            "cross-block reconstruction regularization"],
         X=["memory consumption", "accuracy", "memory savings"],
         P=["WKVQuant", "past-only quantization", "two-dimensional quantization",
            "cross-block reconstruction regularization"]),
    # F29
    dict(file="002_8310ea5c5292aef1.txt", line=621,
         D=["ResearchBench"], X=["accuracy"],
         T=["Scientific Discovery", "scientific discovery", "inspiration retrieval", "hypothesis composition",
            "hypothesis ranking"],
         P=["ResearchBench"],
         A=[("Scientific Discovery", "scientific discovery")]),
    # F30 (the routers are RouteLLM; "2 times" is the cost saving)
    dict(file="002_8310ea5c5292aef1.txt", line=681,
         M=["RouteLLM"],
         P=["RouteLLM"],
         R=[("2", "x", True, None, None, "RouteLLM")]),
    # F31 (study; unsupervised fine-tuning is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=687,
         M=["retrieval-augmented generation", "RAG"], T=["Knowledge Injection"],
         A=[("RAG", "retrieval-augmented generation")]),
    # F32 (the title names the approach; few-shot prompting is a paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=697,
         M=["Contrastive In-Context Learning"], D=["StackExchange", "Reddit"],
         P=["Contrastive In-Context Learning"],
         L=[("evaluated_on", "Contrastive In-Context Learning", "StackExchange"),
            ("evaluated_on", "Contrastive In-Context Learning", "Reddit")]),
    # F33 (MLLMs is a class; the alignment and reasoning tasks are unnamed groups)
    dict(file="003_85bc812000b910e7.txt", line=119,
         M=["ChatTS", "Time Series Evol-Instruct", "GPT-4o"],
         T=["time series understanding", "time series analysis"],
         P=["ChatTS", "Time Series Evol-Instruct"],
         R=[("46.0", "%", True, None, None, "ChatTS"), ("25.8", "%", True, None, None, "ChatTS")],
         L=[("outperforms", "ChatTS", "GPT-4o"), ("used_for", "ChatTS", "time series analysis")]),
    # F34 ("Rough-L/BLUE" are the paper's spellings of ROUGE-L and BLEU; "10-15%" is an exit-ratio setting,
    # "skip 25-30% of FFN blocks" the saving the method achieves)
    dict(file="003_85bc812000b910e7.txt", line=183,
         M=["FFN-SkipLLM", "LLaMa", "GPTs"], D=["MT-Bench", "Factoid-QA"], X=["Rough-L", "BLUE"],
         T=["text summarization"],
         P=["FFN-SkipLLM"],
         R=[("25", "%", True, None, None, "FFN-SkipLLM"), ("30", "%", True, None, None, "FFN-SkipLLM")],
         L=[("evaluated_on", "FFN-SkipLLM", "MT-Bench"), ("evaluated_on", "FFN-SkipLLM", "Factoid-QA")]),
    # F35 (the proposed metric is BooookScore; the two prompting workflows are described, not named)
    dict(file="003_85bc812000b910e7.txt", line=315,
         M=["GPT-4", "Claude 2", "LLaMA 2", "Mixtral", "GPT-3.5-Turbo"], D=["BookSum"], X=["BooookScore"],
         T=["book-length summarization"],
         P=["BooookScore"]),
    # F36 (information retrieval is read as the field here; lexical retrievers are a class)
    dict(file="004_497d3d275a8de861.txt", line=5,
         M=["COIL", "Contextualized Inverted List", "BM25"], X=["latency"],
         P=["COIL|Contextualized Inverted List"],
         A=[("COIL", "Contextualized Inverted List")]),
    # F37 (contrastive fine-tuning is a paradigm; NLI names the training dataset)
    dict(file="004_497d3d275a8de861.txt", line=37,
         M=["MiniCPM", "Phi-2", "Gemma"], D=["NLI"],
         R=[("56.33", "%", True, None, None, "MiniCPM")]),
    # F38 (VLMs is a class; the memory figures are sizes and comparisons, not reported values)
    dict(file="004_497d3d275a8de861.txt", line=81,
         M=["SmolVLM", "SmolVLM-256M", "Idefics-80B"], X=["GPU memory usage", "GPU memory", "memory footprints"],
         T=["video comprehension"],
         P=["SmolVLM"],
         L=[("outperforms", "SmolVLM-256M", "Idefics-80B")]),
    # F39 (parameter-efficient tuning is a paradigm; Adapter and Lora are named methods)
    dict(file="004_497d3d275a8de861.txt", line=137,
         M=["RDTF", "Resource-efficient Dual-mask Training Framework", "resource-efficient dual-mask training framework",
            "Adapter", "Lora", "I2V-Adapter", "SimDA"],
         T=["Multi-frame Animated Sticker Generation", "animated sticker generation", "ASG", "video generation"],
         P=["RDTF|Resource-efficient Dual-mask Training Framework"],
         L=[("outperforms", "RDTF", "I2V-Adapter"), ("outperforms", "RDTF", "SimDA"),
            ("used_for", "RDTF", "Multi-frame Animated Sticker Generation")],
         A=[("RDTF", "Resource-efficient Dual-mask Training Framework", "resource-efficient dual-mask training framework"),
            ("animated sticker generation", "ASG")]),
]
for _p in PAPERS_DEV7:
    _p["split"] = "dev7"
