"""Hand annotations of 40 HOLDOUT2 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "holdout2"; ``build_hf_gold.py`` writes them to
``holdout2.jsonl``. Session 4, annotated by hand before the pipeline was run on them.

Selection: 8 papers per listing drawn with ``random.Random(20261123).sample`` (one generator, listings
in file-name order) from each listing's papers (``kg.readers.hf_listing.parse_listing``, file order)
that are not in ``hf_annotations.py`` (dev or test) nor ``hf_annotations_holdout.py``, whose title
occurs once in all listings and is not an annotated title, whose abstract is one paragraph of at least
300 characters (so that ``build_hf_gold.listing_paper`` rebuilds the reader's text), and whose id is
not in ``heldout_ids.txt``; sorted by line within a listing (the rule of ``hf_annotations_holdout.py``
with a new seed and the holdout papers excluded too).

NOBODY TUNES ON THIS SET: extractor engineers must not read these entries nor ``holdout2.jsonl``, nor
look at per-paper errors on it. It is scored once per session for an honest held-out estimate.
"""

PAPERS_HOLDOUT2 = [
    # Q00
    dict(file="000_c33ede3366bcb84c.txt", line=87,
         M=["GPT-4", "PaLM", "LLaMa", "Low-Rank Adaptation", "LoRA", "Bloomz", "GPTJ-6B", "Bloomz-Chat",
            "Bloomz-Doctor", "GPTJ-Chat", "GPTJ-Doctor",
            # session 15 (GB): paradigm named as a technique (GUIDELINES METHOD, s15 A)
            "instruction tuning",
            # session 15 (GB): PEFT spelling, used via LoRA (s15 A)
            "parameter-efficient tuning"],
         D=["Alpaca", "GPT4All", "Chat-Doctor"],
         X=["helpfulness", "relevance", "accuracy", "level of detail"],
         P=["Bloomz-Chat", "Bloomz-Doctor", "GPTJ-Chat", "GPTJ-Doctor"],
         R=[("20", "%", True, None, None, None), ("30", "%", True, None, None, None)],
         L=[("based_on", "Bloomz-Chat", "Bloomz"), ("based_on", "Bloomz-Doctor", "Bloomz"),
            ("based_on", "GPTJ-Chat", "GPTJ-6B"), ("based_on", "GPTJ-Doctor", "GPTJ-6B"),
            # session 16 (TLG): adapter modules: the four named models result from tuning through LoRA (GUIDELINES based_on, adapter modules)
            ("based_on", "Bloomz-Chat", "LoRA"), ("based_on", "Bloomz-Doctor", "LoRA"),
            ("based_on", "GPTJ-Chat", "LoRA"), ("based_on", "GPTJ-Doctor", "LoRA")],
         A=[("LoRA", "Low-Rank Adaptation")]),
    # Q01
    dict(file="000_c33ede3366bcb84c.txt", line=147,
         M=["GRIT", "Grounded Reasoning with Images and Texts", "GRPO-GR", "GRPO",
            # session 15 (GB): RL as a training technique (s15 A)
            "Reinforcement Learning",
            # session 15 (GB): RL as a training technique (s15 A)
            "RL",
            # session 15 (GB): RL named as the kind of the proposal's training approach (s15 A)
            "reinforcement learning"],
         P=["GRIT|Grounded Reasoning with Images and Texts", "GRPO-GR"],
         L=[("based_on", "GRPO-GR", "GRPO"),
            # session 14 (G7): own named component: the proposal is equipped with its named RL approach (GUIDELINES based_on, own named components)
            ("based_on", "GRIT", "GRPO-GR")],
         A=[("GRIT", "Grounded Reasoning with Images and Texts"),
            # session 15 (GB): long/short form (s15 A)
            ("RL", "Reinforcement Learning", "reinforcement learning")],
         # session 13 (G3): 'answer accuracy' named as the measure the rewards focus on (GUIDELINES METRIC: 'answer accuracy')
         X=["answer accuracy"]),
    # Q02 (survey)
    dict(file="000_c33ede3366bcb84c.txt", line=159,
         M=["LLMs-as-Judges", "LLMs-as-judges"]),
    # Q03
    dict(file="000_c33ede3366bcb84c.txt", line=387,
         M=["DeepSeek-R1", "GPT-4o", "Gemini", "Llama 4"], D=["BRIDGE"],
         T=["clinical text understanding"],
         P=["BRIDGE"]),
    # Q04
    dict(file="000_c33ede3366bcb84c.txt", line=443,
         M=["SuRe", "Summarizing Retrievals using Answer Candidates", "summarized retrieval"],
         X=["exact match", "EM", "F1 score"],
         T=["Open-domain QA", "open-domain QA", "ODQA", "question answering", "QA"],
         P=["SuRe|Summarizing Retrievals using Answer Candidates|summarized retrieval"],
         R=[("4.6", "%", True, "exact match", None, "SuRe"), ("4.0", "%", True, "F1 score", None, "SuRe")],
         L=[("used_for", "SuRe", "open-domain QA")],
         A=[("SuRe", "Summarizing Retrievals using Answer Candidates", "summarized retrieval"),
            ("ODQA", "open-domain QA", "Open-domain QA"), ("QA", "question answering"), ("EM", "exact match")]),
    # Q05
    dict(file="000_c33ede3366bcb84c.txt", line=451,
         M=["MLE"], D=["GSM8K", "MathQA"], X=["PASS@100", "PASS@80"],
         T=["Math Reasoning", "math reasoning"],
         R=[("35.5", "%", False, "PASS@100", "GSM8K", "MLE"), ("44.5", "%", False, "PASS@100", "GSM8K", None),
            ("27.6", "%", False, "PASS@80", "MathQA", "MLE"), ("36.2", "%", False, "PASS@80", "MathQA", None)]),
    # Q06
    dict(file="000_c33ede3366bcb84c.txt", line=511,
         M=["Transformer", "Transformers", "Optimal Transport", "Vision Transformer", "BERT"],
         N=["transformer-based"],
         T=["image classification", "natural language modeling"]),
    # Q07
    dict(file="000_c33ede3366bcb84c.txt", line=595,
         M=["Adversarial Training", "adversarial training", "AT", "AT for attention", "Attention AT",
            "interpretable AT for attention", "Attention iAT"],
         P=["Attention AT|AT for attention", "Attention iAT|interpretable AT for attention"],
         A=[("AT", "adversarial training", "Adversarial Training"), ("Attention AT", "AT for attention"),
            ("Attention iAT", "interpretable AT for attention")],
         # session 13 (G3): name containing its base, introduced as a kind of AT ('AT for attention (Attention AT)'; GUIDELINES based_on judgement calls)
         L=[("based_on", "Attention AT", "AT"),
            # session 13 (G3): name containing its base, introduced as a kind of AT ('more interpretable AT for attention (Attention iAT)'; GUIDELINES based_on judgement calls)
            ("based_on", "Attention iAT", "AT")]),
    # Q08 (study)
    dict(file="001_216e326a59f6f740.txt", line=11,
         M=["SGD"], X=["Pre-training Loss", "validation pre-training loss", "pre-training loss", "perplexity"],
         T=["Language modeling", "autoregressive language modeling"]),
    # Q09
    dict(file="001_216e326a59f6f740.txt", line=19,
         M=["EMO", "Earth Mover Distance Optimization", "maximum likelihood estimation", "MLE"],
         T=["Auto-Regressive Language Modeling", "auto-regressive language modeling", "language modeling"],
         P=["EMO|Earth Mover Distance Optimization"],
         L=[("used_for", "EMO", "auto-regressive language modeling"), ("outperforms", "EMO", "MLE"),
            # session 13 (G3): task the method is evaluated on ('EMO demonstrates a consistently better language modeling performance than MLE'; GUIDELINES used_for)
            ("used_for", "EMO", "language modeling")],
         A=[("EMO", "Earth Mover Distance Optimization"), ("MLE", "maximum likelihood estimation")]),
    # Q10
    dict(file="001_216e326a59f6f740.txt", line=35,
         M=["Web Rephrase Augmented Pre-training", "WRAP"], D=["C4", "Pile"],
         X=["perplexity", "question answer accuracy"], T=["Language Modeling"],
         P=["WRAP|Web Rephrase Augmented Pre-training"],
         R=[("3", "x", True, None, "C4", "WRAP"), ("10", "%", True, "perplexity", "Pile", "WRAP"),
            ("2", "%", True, "question answer accuracy", None, "WRAP")],
         L=[("evaluated_on", "WRAP", "Pile")],
         A=[("WRAP", "Web Rephrase Augmented Pre-training")]),
    # Q11 (study)
    dict(file="001_216e326a59f6f740.txt", line=67,
         # session 16 (TLG): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("([autoregressive] and masked language modeling)", "autoregressive language modeling", "T")],
         M=["Transformer",
            # session 15 (GC): kind of multi-task learning (GUIDELINES list), as GA2 marks it
            "multitask finetuning"], T=["masked language modeling", "autoregressive language modeling"]),
    # Q12
    dict(file="001_216e326a59f6f740.txt", line=111,
         M=["MAGNET", "multilingual adaptive gradient-based tokenization"],
         T=["next token prediction", "language modelling"],
         P=["MAGNET|multilingual adaptive gradient-based tokenization"],
         A=[("MAGNET", "multilingual adaptive gradient-based tokenization")],
         # session 13 (G3): task the method is applied to ('MAGNET also enables faster language modelling'; GUIDELINES used_for)
         L=[("used_for", "MAGNET", "language modelling")]),
    # Q13
    dict(file="001_216e326a59f6f740.txt", line=167,
         D=["Holistic Evaluation of Language Models", "HELM"],
         X=["accuracy", "calibration", "robustness", "fairness", "bias", "toxicity", "efficiency"],
         T=["question answering"],
         P=["HELM|Holistic Evaluation of Language Models"],
         A=[("HELM", "Holistic Evaluation of Language Models")]),
    # Q14
    dict(file="001_216e326a59f6f740.txt", line=203,
         M=["StreamingLLM", "Llama-2", "MPT", "Falcon", "Pythia", "Window attention", "window attention",
            "sliding window recomputation"],
         X=[
            # session 13 (G3): memory consumption named as a measure, background included (GUIDELINES METRIC efficiency measures)
            # session 15 (GB): removed METRIC "consumes extensive [memory]": background only, no value or axis (s15 G)
            "speedup"], T=["multi-round dialogue", "language modeling"],
         P=["StreamingLLM"],
         R=[("22.2", "x", True, "speedup", None, "StreamingLLM")],
         L=[("outperforms", "StreamingLLM", "sliding window recomputation"),
            # session 13 (G3): task the method is applied to ('StreamingLLM can enable Llama-2 ... to perform stable and efficient language modeling'; GUIDELINES used_for)
            ("used_for", "StreamingLLM", "language modeling")]),
    # Q15
    dict(file="001_216e326a59f6f740.txt", line=275,
         T=["Sentence Representation Learning", "sentence representation learning", "visual representation learning",
            "natural language inference", "semantic textual similarity", "STS"],
         A=[("STS", "semantic textual similarity")]),
    # Q16
    dict(file="002_8310ea5c5292aef1.txt", line=59,
         M=["Inverse-Graphics Large Language Model", "IG-LLM"],
         T=["Inverse Graphics", "Inverse graphics", "inverse graphics", "inverse-graphics", "next-token prediction",
            "spatial reasoning"],
         P=["IG-LLM|Inverse-Graphics Large Language Model"],
         L=[("used_for", "IG-LLM", "inverse-graphics")],
         A=[("IG-LLM", "Inverse-Graphics Large Language Model")]),
    # Q17
    dict(file="002_8310ea5c5292aef1.txt", line=67,
         M=["Acoustic Prompt Tuning", "Acoustic Prompt Turning", "APT", "APT-LLMs",
            # session 15 (GB): paradigm the method uses (s15 A)
            "multi-task learning"],
         T=["few-shot audio classification", "audio reasoning", "natural language audio reasoning", "NLAR",
            "audio-visual question and answering"],
         P=["APT|Acoustic Prompt Tuning|Acoustic Prompt Turning", "NLAR|natural language audio reasoning"],
         L=[("used_for", "APT", "audio-visual question and answering"),
            # session 13 (G3): own-method reference ('This improved framework ... is capable of tackling ... few-shot audio classification and audio reasoning'; GUIDELINES used_for)
            ("used_for", "APT", "few-shot audio classification"),
            # session 13 (G3): own-method reference, as above (GUIDELINES used_for)
            ("used_for", "APT", "audio reasoning")],
         A=[("APT", "Acoustic Prompt Tuning", "Acoustic Prompt Turning"), ("NLAR", "natural language audio reasoning")]),
    # Q18
    dict(file="002_8310ea5c5292aef1.txt", line=143,
         M=["VLAP", "optimal transport"],
         T=["image captioning", "visual question answering", "cross-modal retrieval"],
         P=["VLAP"],
         L=[("used_for", "VLAP", "image captioning"), ("used_for", "VLAP", "visual question answering"),
            ("used_for", "VLAP", "cross-modal retrieval")]),
    # Q19
    dict(file="002_8310ea5c5292aef1.txt", line=357,
         M=["InternEvo", "Buff", "FlashAttention", "Hybrid Parallelism", "hybrid parallelism", "Redundant Sharding"],
         X=["model FLOPs utilization"],
         P=["InternEvo", "Buff"],
         # session 14 (G7): named part in the title's 'X: ... via A and B' (the system generates its hybrid parallelism strategy) (GUIDELINES based_on, own named components; cf. tuning ByteScale -> HDP)
         L=[("based_on", "InternEvo", "Hybrid Parallelism"),
            # session 14 (G7): own named mechanism in the title's 'X: ... via A and B' (GUIDELINES based_on, own named components)
            ("based_on", "InternEvo", "Redundant Sharding")]),
    # Q20 (the method is a LaTeX macro, \ours: unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=367,
         M=["GPT-4", "Minimum Bayes Risk", "Llama-3.1-8B-Instruct",
            # session 15 (GB): paradigm applied to sampled outputs (s15 A)
            "supervised fine-tuning",
            # session 15 (GB): named training paradigm, same kind as RLHF (s15 A)
            "preference optimization"],
         T=["Long-context Reasoning", "long-context reasoning"],
         R=[("4.2", "points", True, None, None, "Llama-3.1-8B-Instruct")]),
    # Q21 (survey)
    dict(file="002_8310ea5c5292aef1.txt", line=419),
    # Q22
    dict(file="002_8310ea5c5292aef1.txt", line=439,
         M=["Vikhr", "LoRA",
            # session 15 (GB): continual pre-training spelling (s15 A)
            "continued pre-training",
            # session 15 (GB): paradigm the model undergoes (s15 A)
            "instruction tuning"], T=["text generation"],
         P=["Vikhr"]),
    # Q23
    dict(file="002_8310ea5c5292aef1.txt", line=593,
         M=["DRAMA",
            # session 15 (GB): paradigm named (kind of data) (s15 A)
            "supervised fine-tuning",
            # session 15 (GB): training setup named (s15 A)
            "contrastive learning"], X=[
            # session 15 (GB): removed METRIC "query latency": background challenge only (s15 G)
            ],
         P=["DRAMA"]),
    # Q24
    dict(file="003_85bc812000b910e7.txt", line=39,
         M=["bi-directional long-short term memory with conditional random field", "Bi-LSTM-CRF",
            # session 15 (GB): paradigm in title (s15 A)
            "Transfer Learning",
            # session 15 (GB): paradigm named (s15 A)
            "Transfer learning",
            # session 15 (GB): paradigm named (s15 A)
            "transfer learning"],
         X=["F1-score"], T=["SOAP Classification", "SOAP classification"],
         R=[("89.99", "", False, "F1-score", None, None)],
         A=[("Bi-LSTM-CRF", "bi-directional long-short term memory with conditional random field")]),
    # Q25
    dict(file="003_85bc812000b910e7.txt", line=107,
         M=["Recurrent neural networks", "RNNs", "RNN", "temporal convolutions", "neural differential equations",
            "NDEs", "Linear State-Space Layers", "Linear State-Space Layer", "LSSL", "LSSLs"],
         X=["accuracy"], T=["sequential image classification", "speech classification"],
         P=["LSSL|Linear State-Space Layer|Linear State-Space Layers|LSSLs"],
         R=[("24", "points", True, "accuracy", None, "LSSL")],
         L=[("used_for", "LSSL", "speech classification"),
            # session 13 (G3): task the method is evaluated on ('stacking LSSL layers ... obtains state-of-the-art results ... in sequential image classification'; GUIDELINES used_for)
            ("used_for", "LSSL", "sequential image classification")],
         A=[("LSSL", "Linear State-Space Layer", "Linear State-Space Layers", "LSSLs"),
            ("RNNs", "Recurrent neural networks", "RNN"), ("NDEs", "neural differential equations")]),
    # Q26
    dict(file="003_85bc812000b910e7.txt", line=127,
         M=["Mistral-SPLADE", "Echo-Mistral-SPLADE", "SPLADE", "Mistral", "Learned Sparse Retrievers",
            "learned sparse retrievers", "Learned Sparse Retriever", "LSR"],
         D=["BEIR"], T=["Learned Sparse Retrieval", "learned sparse retrieval", "MLM", "masked language modeling"],
         P=["Mistral-SPLADE", "Echo-Mistral-SPLADE"],
         L=[("based_on", "Mistral-SPLADE", "Mistral"), ("outperforms", "Mistral-SPLADE", "SPLADE"),
            ("evaluated_on", "Echo-Mistral-SPLADE", "BEIR"), ("used_for", "Mistral-SPLADE", "Learned Sparse Retrieval")],
         A=[("LSR", "Learned Sparse Retrievers", "learned sparse retrievers", "Learned Sparse Retriever"),
            ("MLM", "masked language modeling")]),
    # Q27
    dict(file="003_85bc812000b910e7.txt", line=171,
         M=["InternLM-XComposer2.5-OmniLive", "IXC2.5-OL", "Streaming Perception Module",
            "Multi-modal Long Memory Module", "Reasoning Module"],
         X=["accuracy"],
         P=["InternLM-XComposer2.5-OmniLive|IXC2.5-OL"],
         A=[("IXC2.5-OL", "InternLM-XComposer2.5-OmniLive")],
         # session 14 (G7): own named component: first of the three key modules the framework consists of (GUIDELINES based_on, own named components)
         L=[("based_on", "InternLM-XComposer2.5-OmniLive", "Streaming Perception Module"),
            # session 14 (G7): own named component: second of the three key modules
            ("based_on", "InternLM-XComposer2.5-OmniLive", "Multi-modal Long Memory Module"),
            # session 14 (G7): own named component: third of the three key modules
            ("based_on", "InternLM-XComposer2.5-OmniLive", "Reasoning Module")]),
    # Q28
    dict(file="003_85bc812000b910e7.txt", line=255,
         M=["T5", "GPT-4", "GPT-3", "BERT", "RT", "Retrieving and Thinking"],
         X=["accuracy"],
         T=["Few-shot Named Entity Recognition", "name entity recognition", "NER", "medical NER",
            "medical few-shot NER", "few-shot medical NER", "Few-shot NER"],
         P=["RT|Retrieving and Thinking"],
         A=[("RT", "Retrieving and Thinking"), ("NER", "name entity recognition")]),
    # Q29 (survey)
    dict(file="003_85bc812000b910e7.txt", line=319,
         M=["BERT", "bidirectional encoder representations from transformers", "the [transformer] model",
            "pretrained [transformer] encoders", "ChatGPT"],
         T=["Information Retrieval", "information retrieval", "IR", "query expansion", "document expansion"],
         L=[("used_for", "BERT", "information retrieval")],
         A=[("BERT", "bidirectional encoder representations from transformers"),
            ("IR", "information retrieval", "Information Retrieval")]),
    # Q30
    dict(file="003_85bc812000b910e7.txt", line=327,
         M=["Simulated Trial and Error", "simulated trial and error", "STE", "GPT-4", "Mistral-Instruct-7B",
            "experience replay",
            # session 15 (GB): paradigm named as an evaluation setting (s15 A)
            "in-context learning"],
         D=["ToolBench"], X=["correctness rate"], T=["Tool Learning", "tool learning"],
         P=["STE|simulated trial and error|Simulated Trial and Error"],
         R=[("30", "%", False, "correctness rate", None, None), ("60", "%", False, "correctness rate", None, None),
            ("46.7", "%", True, None, "ToolBench", "STE")],
         L=[
            # session 16 (THB): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "STE", "Mistral-Instruct-7B"),
            ("evaluated_on", "STE", "ToolBench"), ("used_for", "STE", "tool learning"),
            # session 14 (G5): removed ("outperforms", "Mistral-Instruct-7B", "GPT-4"): the base model a method is applied to is not the subject (GUIDELINES outperforms cues)
            # session 14 (G5): a method applied to a base model is the subject (GUIDELINES outperforms cues; replaces the base-model subject)
            ("outperforms", "STE", "GPT-4")],
         A=[("STE", "simulated trial and error", "Simulated Trial and Error")]),
    # Q31
    dict(file="003_85bc812000b910e7.txt", line=351,
         M=["HippoRAG", "retrieval-augmented generation", "RAG", "Personalized PageRank", "IRCoT"],
         T=["multi-hop question answering"],
         P=["HippoRAG"],
         R=[("20", "%", True, None, None, "HippoRAG"), ("10", "x", True, None, None, "HippoRAG"),
            ("30", "x", True, None, None, "HippoRAG"), ("6", "x", True, None, None, "HippoRAG"),
            ("13", "x", True, None, None, "HippoRAG")],
         L=[("used_for", "HippoRAG", "multi-hop question answering"),
            # session 14 (G5): efficiency win against a named method ('10-30 times cheaper and 6-13 times faster'; GUIDELINES outperforms, efficiency wins)
            ("outperforms", "HippoRAG", "IRCoT"),
            # session 14 (G7): named part: the framework orchestrates the named algorithm with LLMs and knowledge graphs (GUIDELINES based_on, combines / named components)
            ("based_on", "HippoRAG", "Personalized PageRank")],
         A=[("RAG", "retrieval-augmented generation")]),
    # Q32
    dict(file="004_497d3d275a8de861.txt", line=149,
         X=["translation quality", "immediate adaptation rate"],
         T=["Neural Machine Translation", "neural machine translation", "domain adaptation"],
         # session 15 (GB): paradigm named (s15 A)
         M=["in-context learning",
            # session 15 (GB): paradigm named (s15 A)
            "ICL"],
         # session 15 (GB): long/short form (s15 A)
         A=[("ICL", "in-context learning")],
         # session 15 (GB): ICL exemplified on the domain adaptation task (s15 A)
         L=[("used_for", "ICL", "domain adaptation")]),
    # Q33
    dict(file="004_497d3d275a8de861.txt", line=397,
         # session 16 (TLG): elliptical coordination, each conjunct's full name (GUIDELINES): the series' model names share "EXAONE Deep"
         E=[("EXAONE Deep 2.4B and [7.8B]", "EXAONE Deep 7.8B", "M")],
         M=["EXAONE Deep", "EXAONE Deep 2.4B", "EXAONE Deep 32B"],
         P=["EXAONE Deep", "EXAONE Deep 2.4B", "EXAONE Deep 32B",
            # session 16 (TLG): the elided model of the proposed series, as its siblings
            "EXAONE Deep 7.8B"]),
    # Q34
    dict(file="004_497d3d275a8de861.txt", line=457,
         M=["S$^{3}$", "S^{3}"], X=[
            # session 13 (G3): memory consumption named as a measure, background included (GUIDELINES METRIC efficiency measures); not the memory reserved for the KV cache
            # session 15 (GB): removed METRIC "massive amounts of [memory]": background only (s15 G)
            # session 15 (GB): removed METRIC "GPU Utilization": unquantified aim/background (s15 G)
            # session 15 (GE2b): restored METRIC "GPU Utilization": title
            "GPU Utilization",
            # session 15 (GB): removed METRIC "GPU utilization": unquantified aim/background (s15 G)
            # session 15 (GE2b): restored METRIC "GPU utilization": title
            "GPU utilization",
            "Throughput", "throughput"],
         P=["S^{3}|S$^{3}$"],
         R=[("6.49", "x", True, "throughput", None, "S^{3}")],
         A=[("S^{3}", "S$^{3}$")]),
    # Q35
    dict(file="004_497d3d275a8de861.txt", line=481,
         M=["Capability Instruction Tuning", "Model Selection with Aptitude Test", "Model-SAT"],
         T=["Dynamic LLM Routing", "model routing"],
         P=["Model-SAT|Model Selection with Aptitude Test", "Capability Instruction Tuning"],
         L=[("used_for", "Model-SAT", "model routing"),
            # session 13 (G3): title 'X: ... for T' (GUIDELINES used_for)
            ("used_for", "Capability Instruction Tuning", "Dynamic LLM Routing")],
         A=[("Model-SAT", "Model Selection with Aptitude Test")]),
    # Q36
    dict(file="004_497d3d275a8de861.txt", line=495,
         T=["Content Moderation", "content moderation"]),
    # Q37
    dict(file="004_497d3d275a8de861.txt", line=499,
         D=["PARTNR", "Planning And Reasoning Tasks in humaN-Robot collaboration"],
         P=["PARTNR|Planning And Reasoning Tasks in humaN-Robot collaboration"],
         R=[("1.5", "x", False, None, None, None), ("1.1", "x", True, None, None, None),
            ("8.6", "x", True, None, None, None)],
         A=[("PARTNR", "Planning And Reasoning Tasks in humaN-Robot collaboration")]),
    # Q38
    dict(file="004_497d3d275a8de861.txt", line=511,
         M=["ChatGPT", "T5"], X=["accuracy", "training time", "carbon dioxide emissions", "power consumption"],
         T=["Commonsense Question Answering", "Question-Answering"],
         L=[("used_for", "T5", "Question-Answering")]),
    # Q39
    dict(file="004_497d3d275a8de861.txt", line=629,
         M=["GPT-4", "Adapt-Retrieve-Revise", "adapt-retrieve-revise"], X=["accuracy"],
         T=["Domain Adaptation", "domain adaptation"],
         P=["Adapt-Retrieve-Revise|adapt-retrieve-revise"],
         R=[("33.3", "%", True, "accuracy", None, "Adapt-Retrieve-Revise"),
            ("15.4", "%", True, None, None, "Adapt-Retrieve-Revise"),
            ("23.9", "%", True, None, None, "Adapt-Retrieve-Revise")],
         L=[("outperforms", "Adapt-Retrieve-Revise", "GPT-4"), ("used_for", "adapt-retrieve-revise", "domain adaptation"),
            # session 13 (G3): own voice, the LLM the system runs on ('Our proposal combines ... the evidence-assessing capability of GPT-4', as Syphus -> GPT; GUIDELINES based_on judgement calls)
            ("based_on", "Adapt-Retrieve-Revise", "GPT-4")],
         A=[("Adapt-Retrieve-Revise", "adapt-retrieve-revise")]),
]
for _p in PAPERS_HOLDOUT2:
    _p["split"] = "holdout2"
