"""Hand annotations of 100 title+abstracts from examples/hf-papers (see GUIDELINES.md).

One dict per paper: ``file``/``line`` (the title's line in the listing), ``split`` (dev or test;
every fifth paper of the first 52 and every second paper after them is test), and
M/D/X/T  surface strings of METHOD / DATASET / METRIC / TASK mentions (every occurrence at word
         boundaries is a mention; ``ctx [span] ctx`` restricts to occurrences in that context),
P        names the paper proposes (``name|alias``),
R        results (value, unit, is_delta, metric, dataset, method),
L        relations (relation, subject, object),
A        alias groups (abbreviation and long form of one entity),
N        blocked contexts: no mention is annotated inside these strings (``Transformer-based``).
Extractor engineers: do not read the entries whose split is "test".
"""

PAPERS = [
    # P00
    dict(file="000_c33ede3366bcb84c.txt", line=39,
         T=["Contextual Query Suggestion", "contextual query suggestion"]),
    # P01
    dict(file="000_c33ede3366bcb84c.txt", line=95,
         T=["molecular design", "synthesis planning", "Language Modelling"],
         # session 15 (GA1): paradigm the model leverages (s15 A)
         M=["multi-task learning"]),
    # P02
    dict(file="000_c33ede3366bcb84c.txt", line=151,
         M=["BM25"], D=["CodeSearchNet"], X=["BLEU"],
         T=["code summarization", "text summarization", "summarization", "translation", "information retrieval"],
         R=[("2", "", True, "BLEU", None, None), ("30", "", False, "BLEU", "CodeSearchNet", None)]),
    # P03
    dict(file="000_c33ede3366bcb84c.txt", line=207,
         M=["DKPLM"], X=[
            # session 15 (GA1): removed METRIC "inference speed": unquantified claim and background only (s15 G)
            # session 15 (GE2a): restored METRIC "inference speed": own claim
            "inference speed",
            ],
         T=["Natural Language Understanding", "knowledge probing", "language understanding"],
         P=["DKPLM"],
         L=[("used_for", "DKPLM", "Natural Language Understanding"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "DKPLM", "knowledge probing"),
            ("used_for", "DKPLM", "language understanding")]),
    # P04
    # (line 263, "A Comprehensive Overview of Large Language Models", was replaced by the next paper:
    # its title recurs in another listing with a different abstract, so the merged record differs.)
    dict(file="000_c33ede3366bcb84c.txt", line=267,
         M=["KG-TRACES", "Knowledge Graph-constrained Trajectory Reasoning Attribution and Chain Explanation Supervision"],
         D=["WebQSP", "CWQ"], X=["Hits@1", "F1"],
         P=["KG-TRACES|Knowledge Graph-constrained Trajectory Reasoning Attribution and Chain Explanation Supervision"],
         R=[("1.6", "%", True, "Hits@1", "WebQSP", "KG-TRACES"), ("4.7", "%", True, "F1", "WebQSP", "KG-TRACES"),
            ("4.8", "%", True, "Hits@1", "CWQ", "KG-TRACES"), ("2.1", "%", True, "F1", "CWQ", "KG-TRACES")],
         L=[("evaluated_on", "KG-TRACES", "WebQSP"), ("evaluated_on", "KG-TRACES", "CWQ")],
         A=[("KG-TRACES", "Knowledge Graph-constrained Trajectory Reasoning Attribution and Chain Explanation Supervision")]),
    # P05
    dict(file="000_c33ede3366bcb84c.txt", line=323,
         M=["Mutarjim", "Kuwain-1.5B", "GPT-4o mini"], D=["Tarjama-25"],
         T=["Arabic-English Translation", "Arabic-English translation", "machine translation", "English-to-Arabic"],
         P=["Mutarjim", "Tarjama-25"],
         L=[("based_on", "Mutarjim", "Kuwain-1.5B"), ("outperforms", "Mutarjim", "GPT-4o mini"),
            ("evaluated_on", "Mutarjim", "Tarjama-25"), ("used_for", "Mutarjim", "Arabic-English translation"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Mutarjim", "English-to-Arabic")]),
    # P06
    dict(file="000_c33ede3366bcb84c.txt", line=379,
         M=["Polyhistor", "Polyhistor-Lite", "Vision Transformers", "Hierarchical Vision Transformers",
            "Decomposed HyperNetworks", "Layer-wise Scaling Kernels", "Transformers",
            # session 15 (GA1): PEFT named as a family of techniques (s15 A)
            "parameter-efficient fine-tuning"],
         X=["accuracy"], P=["Polyhistor", "Polyhistor-Lite", "Decomposed HyperNetworks", "Layer-wise Scaling Kernels"],
         R=[("10", "%", False, None, None, "Polyhistor")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; module: "consisting of")
         L=[("based_on", "Polyhistor", "Decomposed HyperNetworks"),
            ("based_on", "Polyhistor", "Layer-wise Scaling Kernels"),
            ("based_on", "Polyhistor-Lite", "Decomposed HyperNetworks"),
            ("based_on", "Polyhistor-Lite", "Layer-wise Scaling Kernels")]),
    # P07
    dict(file="000_c33ede3366bcb84c.txt", line=435,
         M=["MAIN-RAG", "Multi-Agent Filtering Retrieval-Augmented Generation", "Retrieval-Augmented Generation", "RAG"],
         X=["answer accuracy", "recall", "response consistency"], T=["QA", "information retrieval"],
         P=["MAIN-RAG|Multi-Agent Filtering Retrieval-Augmented Generation"],
         R=[("2", "%", True, "answer accuracy", None, "MAIN-RAG"), ("11", "%", True, "answer accuracy", None, "MAIN-RAG")],
         L=[("based_on", "MAIN-RAG", "RAG"),
            ("outperforms", "MAIN-RAG", "RAG"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "MAIN-RAG", "QA")],
         A=[("MAIN-RAG", "Multi-Agent Filtering Retrieval-Augmented Generation"), ("RAG", "Retrieval-Augmented Generation")]),
    # P08
    dict(file="000_c33ede3366bcb84c.txt", line=491,
         M=["GPT-4", "Transformers", "transformers", "transformer", "Transformer"], N=["Transformer-based"],
         X=["accuracy"],
         T=["integer multiplication"],
         R=[("99.9", "%", False, "accuracy", None, "transformer")],
         L=[("outperforms", "transformer", "GPT-4")]),
    # P09
    dict(file="000_c33ede3366bcb84c.txt", line=547,
         M=["Distil-BERT-base-ro", "Distil-RoBERT-base", "DistilMulti-BERT-base-ro", "BERT", "BERTs",
            # session 15 (GA1): paradigm named (s15 A)
            "transfer learning",
            # session 15 (GA1): paradigm named as a compression technique (s15 A)
            "knowledge distillation"],
         X=["probability loyalty", "regression loyalty"],
         T=["part-of-speech tagging", "named entity recognition", "sentiment analysis",
            "semantic textual similarity", "dialect identification"],
         P=["Distil-BERT-base-ro", "Distil-RoBERT-base", "DistilMulti-BERT-base-ro", "regression loyalty"],
         R=[("35", "%", True, None, None, None)],
         L=[("based_on", "Distil-BERT-base-ro", "BERTs"), ("based_on", "Distil-RoBERT-base", "BERTs"),
            ("based_on", "DistilMulti-BERT-base-ro", "BERTs"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Distil-BERT-base-ro", "part-of-speech tagging"),
            ("used_for", "Distil-BERT-base-ro", "named entity recognition"),
            ("used_for", "Distil-BERT-base-ro", "sentiment analysis"),
            ("used_for", "Distil-BERT-base-ro", "semantic textual similarity"),
            ("used_for", "Distil-BERT-base-ro", "dialect identification"),
            ("used_for", "DistilMulti-BERT-base-ro", "part-of-speech tagging"),
            ("used_for", "DistilMulti-BERT-base-ro", "named entity recognition"),
            ("used_for", "DistilMulti-BERT-base-ro", "sentiment analysis"),
            ("used_for", "DistilMulti-BERT-base-ro", "semantic textual similarity"),
            ("used_for", "DistilMulti-BERT-base-ro", "dialect identification"),
            ("used_for", "Distil-RoBERT-base", "part-of-speech tagging"),
            ("used_for", "Distil-RoBERT-base", "named entity recognition"),
            ("used_for", "Distil-RoBERT-base", "sentiment analysis"),
            ("used_for", "Distil-RoBERT-base", "semantic textual similarity"),
            ("used_for", "Distil-RoBERT-base", "dialect identification")]),
    # P10
    dict(file="000_c33ede3366bcb84c.txt", line=603,
         M=["ReCAT", "Transformer", "Transformers", "contextual inside-outside", "CIO"],
         T=["natural language inference"],
         P=["ReCAT", "CIO|contextual inside-outside"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; module(layer): "stacking A in X")
         L=[("based_on", "ReCAT", "CIO"),
            ("based_on", "ReCAT", "Transformer"), ("outperforms", "ReCAT", "Transformer"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "ReCAT", "natural language inference")],
         A=[("CIO", "contextual inside-outside")]),
    # P11
    dict(file="001_216e326a59f6f740.txt", line=27,
         M=["Byte2Word", "BERT"],
         T=["Language Modeling", "language modeling", "text classification", "image classification",
            "cross-lingual transfer"],
         P=["Byte2Word"], R=[("10", "%", False, None, None, "Byte2Word")],
         L=[("used_for", "Byte2Word", "language modeling"), ("used_for", "Byte2Word", "text classification"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Byte2Word", "cross-lingual transfer")]),
    # P12
    dict(file="001_216e326a59f6f740.txt", line=59,
         M=["mBERT", "XLM-R", "Sequential Bottleneck", "Invertible Bottleneck", "Low-Rank Adaptation",
            "LLaMA-3", "GPT-4", "DeepSeek-R1",
            # session 15 (GA1): FFT named as the compared technique (s15 A)
            "full fine-tuning"],
         D=["GlotCC", "ConceptNet"],
         T=["masked language modeling", "topic classification", "sentiment analysis", "named entity recognition",
            "language modeling"],
         L=[("used_for", "Sequential Bottleneck", "language modeling")]),
    # P13
    dict(file="001_216e326a59f6f740.txt", line=91,
         M=["ORacle",
            # session 15 (GA1): paradigm named as a technique (s15 A)
            "data augmentation"], D=["4D-OR"], T=["scene graph generation", "OR Domain Modeling", "OR domain modeling"],
         P=["ORacle"],
         L=[("evaluated_on", "ORacle", "4D-OR"), ("used_for", "ORacle", "scene graph generation"),
            ("used_for", "ORacle", "OR domain modeling")]),
    # P14
    dict(file="001_216e326a59f6f740.txt", line=127,
         M=["OLMo"], D=["Dolma"], T=["language modeling"], P=["Dolma"]),
    # P15
    dict(file="001_216e326a59f6f740.txt", line=159,
         M=["Yi", "classical [transformer]", "vision transformer",
            # session 15 (GA1): paradigm used to extend context (s15 A)
            "continual pretraining"],
         D=["MMLU", "AlpacaEval", "Chatbot Arena", "needle-in-a-haystack"], X=["human preference rate"],
         P=["Yi"],
         L=[("based_on", "Yi", "vision transformer"),
            ("evaluated_on", "Yi", "MMLU"), ("evaluated_on", "Yi", "AlpacaEval"),
            ("evaluated_on", "Yi", "Chatbot Arena"), ("based_on", "Yi", "transformer")]),
    # P16
    dict(file="001_216e326a59f6f740.txt", line=191,
         M=["Megatron-Turing NLG 530B", "MT-NLG"], X=["accuracies"],
         P=["MT-NLG|Megatron-Turing NLG 530B"],
         A=[("MT-NLG", "Megatron-Turing NLG 530B")]),
    # P17
    dict(file="001_216e326a59f6f740.txt", line=227,
         M=["Word2Vec", "GloVe", "fastText", "ELMo", "BERT", "GPT"]),
    # P18
    dict(file="001_216e326a59f6f740.txt", line=259,
         M=["CooK"], P=["CooK"]),
    # P19
    dict(file="001_216e326a59f6f740.txt", line=291,
         M=["SPDF", "Sparse Pre-training and Dense Fine-tuning", "Sparse Pre-training", "Dense Fine-tuning",
            "GPT-3 XL", "GPT"],
         D=["Pile", "MassiveText"], X=["FLOPs", "accuracy"],
         T=["natural language generation", "text summarization"],
         P=["SPDF|Sparse Pre-training and Dense Fine-tuning"],
         R=[("2.5", "x", True, "FLOPs", None, "GPT-3 XL")],
         A=[("SPDF", "Sparse Pre-training and Dense Fine-tuning")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; stage: "name of the parts (appositive parentheses)")
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "SPDF", "GPT-3 XL"),
            ("based_on", "SPDF", "Sparse Pre-training"),
            ("based_on", "SPDF", "Dense Fine-tuning")]),
    # P20
    dict(file="002_8310ea5c5292aef1.txt", line=33,
         T=["image captioning", "visual question answering"]),
    # P21
    dict(file="002_8310ea5c5292aef1.txt", line=97,
         M=["Chain-of-Tools", "CoT"], D=["SimpleToolQuestions", "GSM8K-XL", "FuncQA", "KAMEL"],
         T=["Tool Learning", "Tool learning", "numerical reasoning", "knowledge-based question answering"],
         P=["Chain-of-Tools", "SimpleToolQuestions"],
         L=[("evaluated_on", "Chain-of-Tools", "GSM8K-XL"), ("evaluated_on", "Chain-of-Tools", "FuncQA"),
            ("evaluated_on", "Chain-of-Tools", "KAMEL"), ("evaluated_on", "Chain-of-Tools", "SimpleToolQuestions"),
            ("used_for", "Chain-of-Tools", "Tool Learning"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Chain-of-Tools", "numerical reasoning"),
            ("used_for", "Chain-of-Tools", "knowledge-based question answering")]),
    # P22
    dict(file="002_8310ea5c5292aef1.txt", line=161,
         M=["Robust CLIP", "robust CLIP", "CLIP", "OpenFlamingo", "LLaVA", "GPT-4"], T=["zero-shot classification"],
         P=["Robust CLIP"], L=[("based_on", "Robust CLIP", "CLIP"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Robust CLIP", "zero-shot classification")]),
    # P23
    dict(file="002_8310ea5c5292aef1.txt", line=223,
         T=["Text Generation"]),
    # P24
    dict(file="002_8310ea5c5292aef1.txt", line=287,
         T=["long-context understanding"]),
    # P25
    dict(file="002_8310ea5c5292aef1.txt", line=351,
         M=["LongSkywork", "LongSkywork-13B", "Claude2.1",
            # session 15 (GA1): paradigm named as a training stage (s15 A)
            "SFT",
            # session 15 (GA1): paradigm named as a training stage (s15 A)
            "Supervised Fine-Tuning",
            # session 15 (GA1): paradigm named as a training stage (s15 A)
            "continual pretraining"],
         D=["Needle test"], X=["accuracy"], T=["long-context information retrieval", "language modeling"],
         P=["LongSkywork"], L=[("evaluated_on", "LongSkywork", "Needle test"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "LongSkywork", "long-context information retrieval")],
         # session 15 (GA1): long/short form (s15 A)
         A=[("SFT", "Supervised Fine-Tuning")]),
    # P26
    dict(file="002_8310ea5c5292aef1.txt", line=413,
         T=["sentiment analysis"]),
    # P27
    dict(file="002_8310ea5c5292aef1.txt", line=477,
         T=["Knowledge Unlearning", "knowledge unlearning", "Knowledge unlearning", "machine unlearning", "knowledge-based question answering"],
         # session 15 (GA1): paradigm named as a class of unlearning methods (s15 A)
         M=["in-context learning"],
         # session 15 (GA1): ICL-based methods for knowledge unlearning (s15 A)
         L=[("used_for", "in-context learning", "knowledge unlearning")]),
    # P28
    dict(file="002_8310ea5c5292aef1.txt", line=539,
         M=["Equipping [Transformer]", "enables [transformers]", "propose [random access]", "with [Random-Access] Reading",
            # session 15 (GA1): paradigm named as a technique (s15 A)
            "continued pretraining"],
         T=["Long-Context Understanding", "Long-context modeling"],
         P=["random access"], L=[("used_for", "random access", "Long-Context Understanding")]),
    # P29
    dict(file="002_8310ea5c5292aef1.txt", line=603,
         M=["Dr. LLaMA",
            # session 15 (GA1): named kind of data augmentation, title (s15 A)
            "Generative Data Augmentation",
            # session 15 (GA1): named kind of data augmentation (s15 A)
            "generative data augmentation"], D=["PubMedQA"],
         T=["Domain-Specific QA", "domain-specific QA", "medical question-answering", "domain-specific question answering"],
         P=["Dr. LLaMA"],
         L=[("evaluated_on", "Dr. LLaMA", "PubMedQA"), ("used_for", "Dr. LLaMA", "medical question-answering"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Dr. LLaMA", "Domain-Specific QA"),
            # session 15 (GA1): title: improving domain-specific QA via the technique (s15 A)
            ("used_for", "Generative Data Augmentation", "Domain-Specific QA")]),
    # P30
    dict(file="002_8310ea5c5292aef1.txt", line=667,
         M=["ChuXin",
            # session 15 (GA1): paradigm used to extend context (s15 A)
            "continual pretraining"], D=["needle-in-a-haystack"], T=["language modeling"], P=["ChuXin"]),
    # P31
    dict(file="003_85bc812000b910e7.txt", line=27,
         M=["Bi-LSTM", "bidirectional long short-term memory", "Weather Research and Forecast", "WRF",
            "Multi-scale Kain-Fritsch", "multi-scale Kain-Fritsch", "MSKF"],
         X=["accuracy"], T=["numerical weather prediction", "NWP"],
         A=[("Bi-LSTM", "bidirectional long short-term memory"), ("WRF", "Weather Research and Forecast"),
            ("MSKF", "multi-scale Kain-Fritsch"), ("NWP", "numerical weather prediction")]),
    # P32
    dict(file="003_85bc812000b910e7.txt", line=59,
         M=["Birdie", "Transformers", "State Space Models", "state space models", "SSMs", "SSM",
            # session 15 (GA1): RL as the optimisation technique (s15 A)
            "reinforcement learning"],
         T=["text copying", "associative recall", "question answering", "question-answering", "infilling",
            "multi-number phone book lookup", "in-context retrieval"],
         P=["Birdie"], A=[("SSMs", "state space models")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "Birdie", "in-context retrieval"),
            ("used_for", "Birdie", "multi-number phone book lookup"),
            ("used_for", "Birdie", "question-answering"),
            ("used_for", "Birdie", "infilling")]),
    # P33
    dict(file="003_85bc812000b910e7.txt", line=95,
         M=["LongMem", "Language Models Augmented with Long-Term Memory",
            # session 15 (GA1): paradigm named (s15 A)
            "in-context learning"], D=["ChapterBreak"],
         T=["language modeling", "long-context modeling"],
         P=["LongMem|Language Models Augmented with Long-Term Memory"],
         L=[("evaluated_on", "LongMem", "ChapterBreak"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "LongMem", "language modeling"),
            ("used_for", "LongMem", "long-context modeling")],
         A=[("LongMem", "Language Models Augmented with Long-Term Memory")]),
    # P34
    dict(file="003_85bc812000b910e7.txt", line=131,
         M=["BIP-ALM", "Bayesian Inverse Planning Accelerated by Language Models", "GPT-4"],
         D=["MMToM-QA", "Multimodal Theory of Mind Question Answering", "multimodal Theory of Mind question answering"],
         T=["Theory of Mind", "ToM"],
         P=["MMToM-QA|multimodal Theory of Mind question answering", "BIP-ALM|Bayesian Inverse Planning Accelerated by Language Models"],
         L=[("evaluated_on", "BIP-ALM", "MMToM-QA"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "BIP-ALM", "ToM")],
         A=[("MMToM-QA", "multimodal Theory of Mind question answering"),
            ("BIP-ALM", "Bayesian Inverse Planning Accelerated by Language Models"), ("ToM", "Theory of Mind")]),
    # P35
    dict(file="003_85bc812000b910e7.txt", line=163,
         D=["LLM-KICK", "Knowledge-Intensive Compressed LLM BenchmarK"], X=["perplexity", 
            # session 15 (GA1): removed METRIC "memory footprints": background only (GUIDELINES example; s15 G)
            ],
         T=["language understanding", "in-context retrieval", "in-context summarization", "summarization"],
         P=["LLM-KICK|Knowledge-Intensive Compressed LLM BenchmarK"],
         A=[("LLM-KICK", "Knowledge-Intensive Compressed LLM BenchmarK")]),
    # P36
    dict(file="003_85bc812000b910e7.txt", line=199,
         M=["Spectra", "FloatLMs", "FloatLM", "QuantLMs", "TriLMs", "TriLM", "TriLM 3.9B", "FloatLM 830M", "FloatLM 3.9B",
            # session 15 (GA1): PTQ named as a method (s15 A)
            "Post-training quantization"],
         D=["Lambada", "PennTreeBank"], X=["perplexity"], T=["commonsense reasoning", "language modeling"],
         P=["Spectra", "TriLMs"],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; sub-model: "X includes A, B and C")
         L=[("based_on", "Spectra", "FloatLMs"),
            ("based_on", "Spectra", "QuantLMs"),
            ("based_on", "Spectra", "TriLMs"),
            ("evaluated_on", "TriLM 3.9B", "Lambada"), ("evaluated_on", "TriLM 3.9B", "PennTreeBank"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "TriLMs", "language modeling"),
            ("used_for", "TriLMs", "commonsense reasoning")]),
    # P37
    dict(file="003_85bc812000b910e7.txt", line=231,
         M=["ADED"], X=["accuracy"], P=["ADED"]),
    # P38
    dict(file="003_85bc812000b910e7.txt", line=267,
         M=["RP-DNN", "LSTM", "Long Short-Term Memory"],
         T=["early rumor detection", "Early rumor detection", "ERD"],
         P=["RP-DNN"],
         L=[("used_for", "RP-DNN", "early rumor detection"), ("based_on", "RP-DNN", "LSTM")],
         A=[("ERD", "early rumor detection"), ("LSTM", "Long Short-Term Memory")]),
    # P39
    dict(file="003_85bc812000b910e7.txt", line=303,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("in [sequence] and token classification", "sequence classification", "T")],
         M=["Label Supervised LLaMA", "LS-LLaMA", "LS-unLLaMA", "LLaMA-2-7B", "LLaMA", "BERT", "BERT-Large",
            "RoBERTa-Large", "Low-Rank Adaptation", "LoRA",
            # session 15 (GA1): instruction tuning named as the prevailing approach (s15 A)
            "instruction-tuning"],
         T=["text classification", "named entity recognition", "NER", "text generation",
            # session 16 (K): "sequence and token classification tasks" the method addresses (its two task kinds)
            "token classification"],
         P=["LS-LLaMA|Label Supervised LLaMA", "LS-unLLaMA"],
         L=[("based_on", "LS-LLaMA", "LLaMA"),
            ("based_on", "LS-LLaMA", "LLaMA-2-7B"),
            # session 16 (TL): adapter modules: "The model is finetuned by Low-Rank Adaptation (LoRA)" (GUIDELINES based_on, adapter modules)
            ("based_on", "LS-LLaMA", "LoRA"),
            ("outperforms", "LS-LLaMA", "BERT-Large"),
            ("outperforms", "LS-LLaMA", "RoBERTa-Large"), ("used_for", "LS-LLaMA", "text classification"),
            ("used_for", "LS-unLLaMA", "named entity recognition")],
         A=[("LS-LLaMA", "Label Supervised LLaMA"), ("LoRA", "Low-Rank Adaptation"), ("NER", "named entity recognition")]),
    # P40
    dict(file="003_85bc812000b910e7.txt", line=335,
         M=["Self-Controlled Memory", "SCM", "ChatGPT"],
         T=["multi-turn dialogue", "document summarization"],
         P=["SCM|Self-Controlled Memory"], L=[("outperforms", "SCM", "ChatGPT"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "SCM", "multi-turn dialogue"),
            ("used_for", "SCM", "document summarization")],
         A=[("SCM", "Self-Controlled Memory")]),
    # P41
    dict(file="004_497d3d275a8de861.txt", line=31,
         X=[
            # session 15 (GA1): removed METRIC "training times": unquantified claim (GUIDELINES example; s15 G)
            # session 15 (GE2a): restored METRIC "training times": own claim
            "training times",
            ],
         M=["ParallelGPT", "p-gpt", "LinearlyCompressedGPT", "lc-gpt", "ConvCompressedGPT", "cc-gpt",
            "decoder-only [transformers]", "decoder-only [transformer] architecture"],
         T=["code generation"],
         P=["ParallelGPT", "LinearlyCompressedGPT", "ConvCompressedGPT"],
         A=[("ParallelGPT", "p-gpt"), ("LinearlyCompressedGPT", "lc-gpt"), ("ConvCompressedGPT", "cc-gpt")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("based_on", "ConvCompressedGPT", "transformer"),
            ("based_on", "LinearlyCompressedGPT", "transformer"),
            ("based_on", "ParallelGPT", "transformer"),
            ("used_for", "ParallelGPT", "code generation"),
            ("used_for", "LinearlyCompressedGPT", "code generation"),
            ("used_for", "ConvCompressedGPT", "code generation")]),
    # P42
    dict(file="004_497d3d275a8de861.txt", line=87,
         M=["BERT",
            # session 15 (GA1): instruction tuning spelling (s15 A)
            "instruction fine-tuning"], T=["Natural Language Inference", "NLI", "text classification", "zeroshot classification", "text generation"],
         R=[("9.4", "%", True, None, None, None)],
         A=[("NLI", "Natural Language Inference")]),
    # P43
    dict(file="004_497d3d275a8de861.txt", line=145,
         M=["VIST"], D=["TriviaQA", "NQ", "PopQA", "TREF", "SST2", "SST5"], X=["FLOPs", "memory usage"],
         P=["VIST"],
         R=[("16", "%", True, "FLOPs", None, "VIST"), ("50", "%", True, "memory usage", None, "VIST"),
            ("5.7", "%", True, None, None, "VIST")],
         L=[("evaluated_on", "VIST", d) for d in ("TriviaQA", "NQ", "PopQA", "TREF", "SST2", "SST5")]),
    # P44
    dict(file="004_497d3d275a8de861.txt", line=201,
         M=["Inheritune", "GPT2-medium", "GPT-2-large", "[transformer] blocks"], D=["MMLU", "OpenWebText"], X=["val loss"],
         P=["Inheritune"], L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "Inheritune", "GPT2-medium"),
            ("based_on", "Inheritune", "GPT-2-large"),
            ("evaluated_on", "Inheritune", "MMLU")]),
    # P45
    dict(file="004_497d3d275a8de861.txt", line=259,
         M=["Self-Supervised U-Net", "self-supervised U-Net", "U-Net", "ResUNet++", "Convolutional Neural Networks", "CNN"],
         D=["Kvasir-SEG", "Kvasir-Sessile"], X=["segmentation accuracy"], T=["polyp segmentation"],
         P=["Self-Supervised U-Net"],
         L=[("based_on", "Self-Supervised U-Net", "U-Net"), ("evaluated_on", "Self-Supervised U-Net", "Kvasir-Sessile")],
         A=[("CNN", "Convolutional Neural Networks")]),
    # P46
    dict(file="004_497d3d275a8de861.txt", line=317,
         M=["Bidirectional Alignment", "BiAlign",
            # session 15 (GA1): paradigm in title (s15 A)
            "In-context Learning",
            # session 15 (GA1): paradigm named (s15 A)
            "in-context learning",
            # session 15 (GA1): paradigm named (s15 A)
            "ICL"], T=["language understanding"],
         P=["BiAlign|Bidirectional Alignment"], A=[("BiAlign", "Bidirectional Alignment"),
            # session 15 (GA1): long/short form (s15 A)
            ("ICL", "in-context learning")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "BiAlign", "language understanding")]),
    # P47
    dict(file="004_497d3d275a8de861.txt", line=373,
         M=["Orca-Math", "Mistral-7B", "Phi-GSM", "LLAMA-2-70B", "WizardMath-70B", "Gemini-Pro", "ChatGPT-3.5",
            # session 15 (GA1): paradigm the model is trained with (s15 A)
            "Supervised Fine-Tuning",
            # session 15 (GA1): named training paradigm (same kind as RLHF/preference optimization; s15 A)
            "preference learning"],
         D=["GSM8K", "GSM8k"], X=["accuracy", "pass@1"], T=["Mathematical word problem-solving"],
         P=["Orca-Math"],
         R=[("68.2", "", False, None, None, "Phi-GSM"), ("81.5", "", False, None, None, "Phi-GSM"),
            ("86.81", "%", False, "pass@1", "GSM8k", "Orca-Math"), ("81.50", "%", False, "pass@1", "GSM8k", "Orca-Math")],
         L=[("based_on", "Orca-Math", "Mistral-7B"), ("evaluated_on", "Orca-Math", "GSM8k")]
           + [("outperforms", "Orca-Math", m) for m in ("LLAMA-2-70B", "WizardMath-70B", "Gemini-Pro", "ChatGPT-3.5")]),
    # P48
    dict(file="004_497d3d275a8de861.txt", line=431,
         M=["FinBERT", "BERT"],
         T=["Financial Sentiment Analysis", "Financial sentiment analysis", "financial sentiment analysis"],
         P=["FinBERT"],
         L=[("based_on", "FinBERT", "BERT"), ("used_for", "FinBERT", "financial sentiment analysis")]),
    # P49
    dict(file="004_497d3d275a8de861.txt", line=487,
         M=["LLMic"], T=["English-to-Romanian translation", "language translation"],
         P=["LLMic"], L=[("used_for", "LLMic", "English-to-Romanian translation"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "LLMic", "language translation")]),
    # P50
    dict(file="004_497d3d275a8de861.txt", line=545,
         M=["DeepSRGM", "LSTM-RNN", "Long Short Term Memory based Recurrent Neural Networks"],
         D=["Comp Music Carnatic"], X=["accuracy"],
         T=["Raga Recognition", "Raga recognition", "music information retrieval", "sequence ranking",
            "Sequence Classification"],
         P=["DeepSRGM"],
         R=[("88.1", "%", False, "accuracy", "Comp Music Carnatic", "DeepSRGM"), ("97", "%", False, "accuracy", None, "DeepSRGM")],
         L=[("used_for", "DeepSRGM", "Raga recognition"), ("evaluated_on", "DeepSRGM", "Comp Music Carnatic"),
            ("based_on", "DeepSRGM", "LSTM-RNN"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "DeepSRGM", "Sequence Classification"),
            ("used_for", "DeepSRGM", "sequence ranking")],
         A=[("LSTM-RNN", "Long Short Term Memory based Recurrent Neural Networks")]),
    # P51
    dict(file="004_497d3d275a8de861.txt", line=601,
         M=["EduBERT"], T=["text classification", "re-hospitalization prediction"], P=["EduBERT"],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "EduBERT", "text classification")]),
    # ---- second batch (28 papers, sampled at other evenly spaced positions; alternately dev and test)
    # Q00
    dict(file="000_c33ede3366bcb84c.txt", line=91,
         M=["mBERT", "XLM-R", "mT5", "mBART"], T=["cross-lingual transfer"]),
    # Q01
    dict(file="000_c33ede3366bcb84c.txt", line=195,
         T=["Natural Language Generation", "Natural language generation", "NLG", "NLG evaluation", "language generation",
            "summarization",
            "text rewriting", "dialog", "text summarization", "style transfer", "knowledge-grounded dialog"],
         A=[("NLG", "Natural language generation")]),
    # Q02
    dict(file="000_c33ede3366bcb84c.txt", line=299,
         M=["LiPCoT", "Linear Predictive Coding based Tokenizer", "BERT", "CNN",
            # session 15 (GA1): paradigm in title (s15 A)
            "Self-supervised Learning",
            # session 15 (GA1): paradigm named as the technique (s15 A)
            "self-supervised learning"],
         X=["precision", "recall", "accuracy", "AUC", "F1-score"], T=["PD classification", "PD detection"],
         P=["LiPCoT|Linear Predictive Coding based Tokenizer"],
         R=[("7.1", "%", True, "precision", None, "BERT"), ("2.3", "%", True, "recall", None, "BERT"),
            ("5.5", "%", True, "accuracy", None, "BERT"), ("4", "%", True, "AUC", None, "BERT"),
            ("5", "%", True, "F1-score", None, "BERT")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "LiPCoT", "BERT"),
            ("used_for", "LiPCoT", "PD classification"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "LiPCoT", "PD detection")],
         A=[("LiPCoT", "Linear Predictive Coding based Tokenizer")]),
    # Q03
    dict(file="000_c33ede3366bcb84c.txt", line=403,
         M=["DISCO", "DIStilled COunterfactual Data",
            # session 15 (GA1): paradigm named (s15 A)
            "data augmentation"], D=["NLI stress test"],
         T=["natural language inference", "NLI"],
         P=["DISCO|DIStilled COunterfactual Data"],
         R=[("6", "%", True, None, "NLI stress test", "DISCO"), ("2", "%", True, None, None, "DISCO"),
            ("10", "%", True, None, None, "DISCO")],
         L=[("used_for", "DISCO", "natural language inference"), ("evaluated_on", "DISCO", "NLI stress test")],
         A=[("DISCO", "DIStilled COunterfactual Data"), ("NLI", "natural language inference")]),
    # Q04
    dict(file="000_c33ede3366bcb84c.txt", line=507,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("language modeling and [generation]", "natural language generation", "T")],
         M=["MASFormer", "MASformer", "Transformers", "transformers", "transformer",
            # session 15 (GC): spelling of continual pre-training (GUIDELINES list), as GA2 marks it
            "continual training"], T=["language modeling"],
         # session 13 (M9): "reducing computational cost (up to 75%)" reports a value (GUIDELINES cost compounds)
         X=["computational cost"],
         P=["MASFormer"],
         R=[("75", "%", True, "computational cost", None, "MASFormer")],
         L=[("based_on", "MASFormer", "transformer"), ("used_for", "MASFormer", "language modeling"),
            # session 16 (K): the elided conjunct of "natural language modeling and generation tasks"
            ("used_for", "MASFormer", "natural language generation")]),
    # Q05
    dict(file="000_c33ede3366bcb84c.txt", line=611,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("for [image] and text classification", "image classification", "T")],
         M=["Self-Distillation", "self-distillation", "Transformers", "transformer", "Vision Transformer"],
         T=["text classification"], P=["self-distillation"],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "self-distillation", "text classification"),
            # session 16 (K): the elided conjunct of "image and text classification tasks"
            ("used_for", "self-distillation", "image classification")]),
    # Q06
    dict(file="001_216e326a59f6f740.txt", line=63,
         M=["MiniPLM",
            # session 15 (GA1): paradigm in title (s15 A)
            "Knowledge Distillation",
            # session 15 (GA1): paradigm named (s15 A)
            "Knowledge distillation",
            # session 15 (GA1): paradigm named (s15 A)
            "KD"], T=["language modeling"], P=["MiniPLM"],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "MiniPLM", "language modeling")],
         # session 15 (GA1): long/short form (s15 A)
         A=[("KD", "Knowledge distillation")]),
    # Q07
    dict(file="001_216e326a59f6f740.txt", line=119,
         M=["ChatGPT", "GPT", "BERT"], X=[
            # session 15 (GA1): removed METRIC "latency": named in passing as a consideration, no value (s15 G)
            ], T=["natural language understanding", "natural language generation"]),
    # Q08
    dict(file="001_216e326a59f6f740.txt", line=179,
         M=["ELMo", "BERT", "GPT", "LLaMA", "Mistral"], X=["accuracy"]),
    # Q09
    dict(file="001_216e326a59f6f740.txt", line=239,
         M=["Retrieval-Augmented Generation", "RAG", "Retrieval-Augmented Understanding", "RAU",
            "Retrieval-Augmented Language Models", "Retrieval-Augmented Language Model", "RALMs"],
         X=["accuracy"], T=["translation"],
         A=[("RAG", "Retrieval-Augmented Generation"), ("RAU", "Retrieval-Augmented Understanding"),
            ("RALMs", "Retrieval-Augmented Language Models")]),
    # Q10
    dict(file="001_216e326a59f6f740.txt", line=299,
         M=["Transformer", "transformer", "Singular Value Decomposition", "SVD"], X=["accuracy"], T=["Laundry List"],
         R=[("20", "%", True, "accuracy", None, None)],
         A=[("SVD", "Singular Value Decomposition")]),
    # Q11
    dict(file="002_8310ea5c5292aef1.txt", line=95,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("on [arithmetic] and commonsense reasoning", "arithmetic reasoning", "T")],
         M=["ABBA", "LoRA", "HiRA",
            # session 15 (GA1): PEFT (s15 A)
            "Parameter-Efficient Fine-Tuning",
            # session 15 (GA1): PEFT (s15 A)
            "PEFT"], T=["commonsense reasoning"], P=["ABBA"],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "ABBA", "commonsense reasoning"),
            # session 16 (K): the elided conjunct of "arithmetic and commonsense reasoning benchmarks"
            ("used_for", "ABBA", "arithmetic reasoning")],
         # session 15 (GA1): long/short form (s15 A)
         A=[("PEFT", "Parameter-Efficient Fine-Tuning")]),
    # Q12
    dict(file="002_8310ea5c5292aef1.txt", line=211,
         M=["VIPER",
            # session 15 (GA1): named imitation-learning paradigm used to fine-tune (s15 A)
            "behavioral cloning",
            # session 15 (GA1): RL as a training technique (s15 A)
            "reinforcement learning"], D=["ALFWorld"],
         T=["Sequential Decision-Making", "visual instruction-based planning", "multimodal instruction-based planning"],
         P=["VIPER"],
         L=[("evaluated_on", "VIPER", "ALFWorld"), ("used_for", "VIPER", "multimodal instruction-based planning"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "VIPER", "Sequential Decision-Making")]),
    # Q13
    dict(file="002_8310ea5c5292aef1.txt", line=327,
         M=["SELF-GUIDE"], D=["Natural Instructions V2"], X=["accuracy"], T=["Instruction Following"],
         P=["SELF-GUIDE"],
         R=[("15", "%", True, None, "Natural Instructions V2", "SELF-GUIDE"),
            ("18", "%", True, None, "Natural Instructions V2", "SELF-GUIDE")],
         L=[("evaluated_on", "SELF-GUIDE", "Natural Instructions V2"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "SELF-GUIDE", "Instruction Following")]),
    # Q14
    dict(file="002_8310ea5c5292aef1.txt", line=443,
         M=["ChatGPT", "GPT-4", "OPT", "LLaMA", "Alpaca"],
         T=["Constituency Parsing", "Constituency parsing", "constituency parsing"]),
    # Q15
    dict(file="002_8310ea5c5292aef1.txt", line=559,
         M=["BaichuanSEED", "Qwen1.5", "Llama3",
            # session 15 (GA1): SFT stage (s15 A)
            "supervised fine-tuning"], P=["BaichuanSEED"]),
    # Q16
    dict(file="002_8310ea5c5292aef1.txt", line=675,
         T=["text generation", "uncertainty quantification"]),
    # Q17
    dict(file="003_85bc812000b910e7.txt", line=63,
         M=["BiBERT", "BERT", "BERTs", "Bi-Attention", "Direction-Matching Distillation", "DMD"],
         X=["FLOPs", "model size", 
            # session 15 (GA1): removed METRIC "memory consumption": background only (s15 G)
            ],
         P=["BiBERT", "Bi-Attention", "DMD|Direction-Matching Distillation"],
         R=[("56.3", "x", True, "FLOPs", None, "BiBERT"), ("31.2", "x", True, "model size", None, "BiBERT")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; loss(distillation scheme)/module: "X introduces A and B")
         L=[("based_on", "BiBERT", "Bi-Attention"),
            ("based_on", "BiBERT", "DMD"),
            ("based_on", "BiBERT", "BERT"), ("outperforms", "BiBERT", "BERTs")],
         A=[("DMD", "Direction-Matching Distillation")]),
    # Q18 (the paper first drawn here duplicated dev paper P46, so the next one in the listing is used)
    dict(file="003_85bc812000b910e7.txt", line=143,
         M=["Llama2", "Mistral"],
         T=["masked language modeling", "MLM", "natural language understanding", "NLU", "information extraction", "IE",
            "Sequence Labeling", "sequence labeling", "SL", "causal language modeling"],
         A=[("MLM", "masked language modeling"), ("NLU", "natural language understanding"),
            ("IE", "information extraction"), ("SL", "sequence labeling")]),
    # Q19
    dict(file="003_85bc812000b910e7.txt", line=203,
         M=["QLLM", "LLaMA-1", "LLaMA-2", "LLaMA-2-70B",
            # session 15 (GA1): named kind of quantization (low-bit), title (s15 A)
            "Low-Bitwidth Quantization",
            # session 15 (GA1): QAT (s15 A)
            "Quantization-Aware Training",
            # session 15 (GA1): QAT (s15 A)
            "QAT",
            # session 15 (GA1): PTQ (s15 A)
            "Post-Training Quantization",
            # session 15 (GA1): PTQ (s15 A)
            "PTQ"], X=["accuracy"],
         P=["QLLM"], R=[("7.89", "%", True, "accuracy", None, "QLLM")],
         # session 15 (GA1): long/short form (s15 A)
         A=[("QAT", "Quantization-Aware Training"),
            # session 15 (GA1): long/short form (s15 A)
            ("PTQ", "Post-Training Quantization")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "QLLM", "LLaMA-1"),
            ("based_on", "QLLM", "LLaMA-2"),
            ("based_on", "QLLM", "LLaMA-2-70B"),
         ]),
    # Q20
    dict(file="003_85bc812000b910e7.txt", line=271,
         M=["MatryoshkaKV", "principal component analysis", "PCA", "LLaMA2-7B-base", "Mistral-7B-v0.3-base"],
         X=["compression rate", "compression rates"],
         P=["MatryoshkaKV"],
         R=[("90", "%", False, None, None, "MatryoshkaKV"), ("60", "%", False, "compression rate", None, "MatryoshkaKV"),
            ("75", "%", False, "compression rate", None, "MatryoshkaKV")],
         A=[("PCA", "principal component analysis")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "MatryoshkaKV", "LLaMA2-7B-base"),
            ("based_on", "MatryoshkaKV", "Mistral-7B-v0.3-base"),
         ]),
    # Q21
    dict(file="003_85bc812000b910e7.txt", line=339,
         M=["GPT-3", "ChatGPT", "GPT-4", "GPT4", "transformers",
            # session 15 (GA1): paradigm named as a foundation concept (s15 A)
            "transfer learning",
            # session 15 (GA1): paradigm named as a foundation concept (s15 A)
            "self-supervised learning",
            # session 15 (GA1): technique GLLMs perform (s15 A)
            "data augmentation"]),
    # Q22
    dict(file="004_497d3d275a8de861.txt", line=85,
         D=["GSM8K"], T=["mathematical reasoning"]),
    # Q23
    dict(file="004_497d3d275a8de861.txt", line=191,
         M=["Orca 2", "Orca 1",
            # session 15 (GA1): paradigm named (s15 A)
            "imitation learning"], D=["BigBench Hard", "AGIEval"], P=["Orca 2"],
         L=[("evaluated_on", "Orca 1", "BigBench Hard"), ("evaluated_on", "Orca 1", "AGIEval")]),
    # Q24
    dict(file="004_497d3d275a8de861.txt", line=295,
         M=["EasySpec", "Speculative Decoding", "Speculative decoding", "tensor parallelism", "TP"],
         X=[
            # session 15 (GA1): removed METRIC "inference latency": background only (s15 G)
            # session 15 (GE2a): restored METRIC "inference latency": same quantity
            "inference latency",
            
            # session 15 (GA1): removed METRIC "latency": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "latency": own claim
            "latency",
            "speedup", "accuracy"],
         P=["EasySpec"],
         R=[("4.17", "x", True, "speedup", None, "EasySpec"), ("1.62", "x", True, None, None, "EasySpec"),
            ("7", "%", True, "accuracy", None, "EasySpec")],
         L=[("based_on", "EasySpec", "Speculative decoding")],
         A=[("TP", "tensor parallelism")]),
    # Q25
    dict(file="004_497d3d275a8de861.txt", line=399,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("spanning [text] and code generation", "text generation", "T")],
         M=["Untargeted Propagation", "untargeted propagation", "Targeted Propagation"],
         T=["code generation", "bias detection"],
         P=["Untargeted Propagation", "Targeted Propagation"],
         R=[("76.9", "%", False, None, None, None), ("69.4", "%", False, None, None, None),
            ("6", "x", False, None, None, None), ("29", "x", False, None, None, None)]),
    # Q26
    dict(file="004_497d3d275a8de861.txt", line=505,
         M=["AstroLLaMA-2-70B", "AstroLLaMA", "LLaMA-2-7B", "AstroLLaMA-3-8B",
            # session 15 (GA1): paradigm named (s15 A)
            "Continual pretraining",
            # session 15 (GA1): paradigm named (s15 A)
            "continual pretraining",
            # session 15 (GA1): paradigm named (s15 A)
            "supervised fine-tuning"],
         P=["AstroLLaMA-2-70B", "AstroLLaMA-3-8B"],
         L=[("based_on", "AstroLLaMA", "LLaMA-2-7B"), ("based_on", "AstroLLaMA-3-8B", "AstroLLaMA"),
            ("based_on", "AstroLLaMA-2-70B", "AstroLLaMA")]),
    # Q27
    dict(file="004_497d3d275a8de861.txt", line=609),
    # ---- third batch (20 papers, 4 per listing at other positions; alternately dev and test)
    # R00
    dict(file="000_c33ede3366bcb84c.txt", line=79,
         M=["LLM Comparative Assessment", "LLM comparative assessment", "FlanT5", "Llama2-chat"],
         T=["NLG Evaluation", "NLG assessment", "natural language generation", "NLG"],
         P=["LLM comparative assessment"],
         L=[("used_for", "LLM comparative assessment", "NLG assessment"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "LLM comparative assessment", "NLG Evaluation")],
         A=[("NLG", "natural language generation")]),
    # R01
    dict(file="000_c33ede3366bcb84c.txt", line=235,
         M=["Shapley value"], T=["biomedical question answering"]),
    # R02
    dict(file="000_c33ede3366bcb84c.txt", line=391,
         M=["Uncertainty-Aware Fine-Tuning", "uncertainty-aware fine-tuning"], X=["accuracy"],
         T=["uncertainty quantification", "uncertainty estimation", "natural language generation", "question-answering",
            "causal language modeling"],
         P=["Uncertainty-Aware Fine-Tuning"],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "Uncertainty-Aware Fine-Tuning", "uncertainty quantification"),
            ("used_for", "Uncertainty-Aware Fine-Tuning", "question-answering"),
            ("used_for", "Uncertainty-Aware Fine-Tuning", "natural language generation")]),
    # R03
    dict(file="000_c33ede3366bcb84c.txt", line=551,
         M=["Llama-3.1-Instruct-405B", "Llama-3.1-405B-Instruct", "Llama-3.1-8B-Instruct", "Llama-3.1-70B-Instruct",
            "Llama-3.1",
            # session 15 (GA1): paradigm in title (s15 A)
            "Knowledge Distillation",
            # session 15 (GA1): paradigm named (s15 A)
            "Knowledge distillation",
            # session 15 (GA1): paradigm named (s15 A)
            "knowledge distillation"],
         X=["accuracy", 
            # session 15 (GA1): removed METRIC "latency": background and unquantified claims (s15 G)
            # session 15 (GE2a): restored METRIC "latency": own claim
            "latency",
            ], N=["latency-efficient"], T=["natural language understanding"],
         L=[("based_on", "Llama-3.1-8B-Instruct", "Llama-3.1-405B-Instruct"),
            ("based_on", "Llama-3.1-70B-Instruct", "Llama-3.1-405B-Instruct")]),
    # R04
    dict(file="001_216e326a59f6f740.txt", line=43,
         M=["Mamba", "Mamba-3B", "Transformer", "Transformers", "structured state space models", "SSMs", "SSM", "MLP"],
         X=["throughput"], T=["Sequence Modeling", "language modeling"],
         P=["Mamba"],
         R=[("5", "x", True, "throughput", None, "Mamba")],
         L=[("outperforms", "Mamba-3B", "Transformers"), ("based_on", "Mamba", "SSMs"), ("outperforms", "Mamba", "Transformers"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Mamba", "Sequence Modeling"),
            ("used_for", "Mamba", "language modeling")],
         A=[("SSMs", "structured state space models")]),
    # R05
    dict(file="001_216e326a59f6f740.txt", line=123,
         M=["Preselect", "PreSelect", "fastText", "DCLM", "FineWeb-Edu"],
         # session 13 (M9): "a 10x reduction in compute requirements" reports a value (GUIDELINES cost compounds)
         X=["compute requirements"],
         P=["PreSelect"],
         R=[("10", "x", True, "compute requirements", None, "PreSelect")],
         L=[("outperforms", "PreSelect", "DCLM"), ("outperforms", "PreSelect", "FineWeb-Edu")]),
    # R06
    dict(file="001_216e326a59f6f740.txt", line=195,
         M=["Tele-LLMs"], D=["Tele-Data", "Tele-Eval"],
         P=["Tele-LLMs", "Tele-Data", "Tele-Eval"],
         L=[("evaluated_on", "Tele-LLMs", "Tele-Eval")]),
    # R07
    dict(file="001_216e326a59f6f740.txt", line=267,
         M=["Dynamic Tokenization", "dynamic tokenization", "byte-pair encoding", "BPE", "XLM-R", "Mistral-7B"],
         D=["XNLI"], X=[
            # session 15 (GA1): removed METRIC "inference speed": unquantified summary claim (s15 G)
            # session 15 (GE2a): restored METRIC "inference speed": own claim
            "inference speed",
            ],
         P=["dynamic tokenization"],
         R=[("20", "%", True, None, "XNLI", "XLM-R"), ("2", "%", True, None, "XNLI", "XLM-R"),
            ("40", "%", True, None, None, "Mistral-7B")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "dynamic tokenization", "Mistral-7B"),
            ("based_on", "dynamic tokenization", "XLM-R"),
            ("evaluated_on", "dynamic tokenization", "XNLI")],
         A=[("BPE", "byte-pair encoding")]),
    # R08
    dict(file="002_8310ea5c5292aef1.txt", line=81,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("natural language understanding and [generation]", "natural language generation", "T")],
         M=["PiFi", "Plug-in and Fine-tuning"], T=["natural language understanding"],
         P=["PiFi|Plug-in and Fine-tuning"], A=[("PiFi", "Plug-in and Fine-tuning")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "PiFi", "natural language understanding"),
            # session 16 (K): the elided conjunct of "natural language understanding and generation"
            ("used_for", "PiFi", "natural language generation")]),
    # R09
    dict(file="002_8310ea5c5292aef1.txt", line=255,
         M=["RigoChat 2"], X=["accuracy"], P=["RigoChat 2"]),
    # R10
    dict(file="002_8310ea5c5292aef1.txt", line=429,
         M=["SynthIE"], X=["macro F1"], T=["Information Extraction", "closed information extraction"],
         P=["SynthIE"],
         R=[("57", "points", True, None, None, "SynthIE"), ("79", "points", True, "macro F1", None, "SynthIE")],
         L=[("used_for", "SynthIE", "closed information extraction"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "SynthIE", "Information Extraction")]),
    # R11
    dict(file="002_8310ea5c5292aef1.txt", line=605,
         M=["LongWriter", "AgentWrite", "DPO",
            # session 15 (GA1): SFT (s15 A)
            "supervised fine-tuning",
            # session 15 (GA1): SFT (s15 A)
            "SFT"], D=["LongWriter-6k", "LongBench-Write"],
         P=["LongWriter", "AgentWrite", "LongWriter-6k", "LongBench-Write"],
         L=[("evaluated_on", "LongWriter", "LongBench-Write")],
         # session 15 (GA1): long/short form (s15 A)
         A=[("SFT", "supervised fine-tuning")]),
    # R12
    dict(file="003_85bc812000b910e7.txt", line=47,
         M=["BERT4Rec", "Bidirectional Encoder Representations from Transformers for sequential Recommendation",
            "Bidirectional Encoder Representations from Transformer", "Recurrent Neural Network"],
         T=["Sequential Recommendation", "Cloze"],
         P=["BERT4Rec"],
         L=[("used_for", "BERT4Rec", "Sequential Recommendation")],
         A=[("BERT4Rec", "Bidirectional Encoder Representations from Transformers for sequential Recommendation",
             "Bidirectional Encoder Representations from Transformer")]),
    # R13
    dict(file="003_85bc812000b910e7.txt", line=139,
         M=["Heterogeneity-Adaptive Sequence Parallelism", "heterogeneity-adaptive sequence parallelism",
            "sequence parallelism"],
         P=["heterogeneity-adaptive sequence parallelism"],
         R=[("1.98", "x", True, None, None, "heterogeneity-adaptive sequence parallelism")],
         L=[("based_on", "heterogeneity-adaptive sequence parallelism", "sequence parallelism")]),
    # R14
    dict(file="003_85bc812000b910e7.txt", line=219,
         M=["graph convolutional network"], T=["Target Sentiment Classification", "TSC", "language modeling"],
         A=[("TSC", "Target Sentiment Classification")]),
    # R15
    dict(file="003_85bc812000b910e7.txt", line=307,
         M=["NV-Embed", "BERT", "T5",
            # session 15 (GA1): contrastive learning spelling (s15 A)
            "contrastive training",
            # session 15 (GA1): instruction tuning (s15 A)
            "instruction-tuning",
            # session 15 (GA1): instruction tuning (s15 A)
            "instruction tuning"], D=["Massive Text Embedding Benchmark", "MTEB", "BEIR"], X=["accuracy"],
         T=["dense vector-based retrieval", "reranking", "clustering", "semantic textual similarity"],
         P=["NV-Embed"],
         R=[("69.32", "", False, None, "MTEB", "NV-Embed"), ("59.36", "", False, None, "BEIR", "NV-Embed")],
         L=[("evaluated_on", "NV-Embed", "MTEB"), ("evaluated_on", "NV-Embed", "BEIR"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "NV-Embed", "reranking"),
            ("used_for", "NV-Embed", "clustering"),
            ("used_for", "NV-Embed", "semantic textual similarity")],
         A=[("MTEB", "Massive Text Embedding Benchmark")]),
    # R16
    dict(file="004_497d3d275a8de861.txt", line=73,
         M=["BitNet b1.58",
            # session 15 (GA1): QAT spelling (s15 A)
            "quantization aware training",
            # session 15 (GA1): QAT (s15 A)
            "quantization-aware training"]),
    # R17
    dict(file="004_497d3d275a8de861.txt", line=229,
         M=["LLMZip", "LLaMA-7B", "BSC", "ZPAQ", "paq8h"],
         T=["Lossless Text Compression", "lossless compression", "text compression"],
         P=["LLMZip"],
         L=[("based_on", "LLMZip", "LLaMA-7B"),
            ("outperforms", "LLMZip", "BSC"), ("outperforms", "LLMZip", "ZPAQ"), ("outperforms", "LLMZip", "paq8h"),
            ("used_for", "LLMZip", "Lossless Text Compression")]),
    # R18
    dict(file="004_497d3d275a8de861.txt", line=387,
         M=["SlimMoE", "Mixture of Experts", "MoE", "Phi 3.5-MoE", "Phi-mini-MoE", "Phi-tiny-MoE", "Phi-3-mini",
            "Llama 3.1 8B",
            # session 15 (GA1): named kind of pruning (s15 A)
            "structured pruning"],
         D=["MMLU"], X=[
            # session 15 (GA1): removed METRIC "latency": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "latency": own claim
            "latency",
            ],
         P=["SlimMoE", "Phi-mini-MoE", "Phi-tiny-MoE"],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "SlimMoE", "Phi 3.5-MoE"),
            ("based_on", "Phi-mini-MoE", "Phi 3.5-MoE"), ("based_on", "Phi-tiny-MoE", "Phi 3.5-MoE"),
            ("evaluated_on", "Phi-mini-MoE", "MMLU")],
         A=[("MoE", "Mixture of Experts")]),
    # R19
    dict(file="004_497d3d275a8de861.txt", line=543,
         M=["TDAG", "Task Decomposition and Agent Generation", "ChatGPT"], D=["ItineraryBench"],
         T=["travel planning"],
         P=["TDAG|Task Decomposition and Agent Generation", "ItineraryBench"],
         L=[("evaluated_on", "TDAG", "ItineraryBench")],
         A=[("TDAG", "Task Decomposition and Agent Generation")]),
]

for _i, _p in enumerate(PAPERS):
    if _i < 52:
        _p["split"] = "test" if _i % 5 == 4 else "dev"
    else:
        _p["split"] = "test" if (_i - 52) % 2 else "dev"

# Fourth batch (dev only, session 2): 28 more papers, 6/5/6/5/6 per listing at evenly spaced positions
# int(n * (k + 0.3) / m) of each listing (in file order), moving to the next paper when one is already
# annotated, its title recurs, it is held out, or its abstract is under 300 characters.
PAPERS_DEV_MORE = [
    # Q00
    dict(file="000_c33ede3366bcb84c.txt", line=43,
         M=["Ask-to-Choose", "A2C"], D=["TruthfulQA"],
         X=["Semantic Consistency", "semantic consistency", "accuracy"],
         T=["closed-book question answering", "open-ended text generation"],
         P=["Ask-to-Choose|A2C", "semantic consistency"],
         R=[("47", "%", True, "accuracy", "TruthfulQA", "A2C"), ("7", "x", True, "semantic consistency", None, "A2C")],
         L=[("evaluated_on", "A2C", "TruthfulQA"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Ask-to-Choose", "closed-book question answering")],
         A=[("Ask-to-Choose", "A2C")]),
    # Q01 (no named entity)
    dict(file="000_c33ede3366bcb84c.txt", line=143,
         # session 15 (GA1): PTQ named (s15 A)
         M=["post-training quantization",
            # session 15 (GA1): named kind of quantization, title (s15 A)
            "Floating Point Quantization",
            # session 15 (GA1): named kind of quantization (s15 A)
            "floating-point quantization",
            # session 15 (GA1): named kind of quantization (s15 A)
            "integer quantization"],
         # session 15 (GA1): better image quality than integer quantization methods (s15 A)
         L=[("outperforms", "floating-point quantization", "integer quantization")]),
    # Q02
    dict(file="000_c33ede3366bcb84c.txt", line=251,
         M=["Constrained Word2Vec", "CW2V", "RoBERTa", "LLaMA 2",
            # session 15 (GA1): paradigm named (s15 A)
            "continued pretraining"],
         P=["Constrained Word2Vec|CW2V"],
         A=[("Constrained Word2Vec", "CW2V")]),
    # Q03
    dict(file="000_c33ede3366bcb84c.txt", line=351,
         M=["AtomR", "retrieval-augmented generation", "RAG", "chain-of-thought", "CoT"],
         D=["BlendQA", "2WikiMultihop"],
         T=["Heterogeneous Knowledge Reasoning", "heterogeneous knowledge reasoning",
            "knowledge-intensive complex question answering"],
         P=["AtomR", "BlendQA"],
         R=[("9.4", "%", True, None, "2WikiMultihop", "AtomR"), ("9.5", "%", True, None, "BlendQA", "AtomR")],
         L=[("evaluated_on", "AtomR", "2WikiMultihop"), ("evaluated_on", "AtomR", "BlendQA"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "AtomR", "Heterogeneous Knowledge Reasoning")],
         A=[("retrieval-augmented generation", "RAG"), ("chain-of-thought", "CoT")]),
    # Q04
    dict(file="000_c33ede3366bcb84c.txt", line=455,
         M=["Pensez 7B", "Pensez",
            # session 15 (GA1): paradigm named (s15 A)
            "supervised fine-tuning",
            # session 15 (GA1): paradigm named (s15 A)
            "SFT"], D=["AIME25", "MATH"], X=["accuracy"], T=["mathematical reasoning"],
         P=["Pensez"],
         R=[("20", "%", True, "accuracy", "AIME25", "Pensez 7B"), ("12", "%", True, "accuracy", "MATH", "Pensez 7B")],
         L=[("evaluated_on", "Pensez 7B", "AIME25"), ("evaluated_on", "Pensez 7B", "MATH"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Pensez", "mathematical reasoning")],
         A=[("Pensez", "Pensez 7B"),
            # session 15 (GA1): long/short form (s15 A)
            ("SFT", "supervised fine-tuning")]),
    # Q05
    dict(file="000_c33ede3366bcb84c.txt", line=563,
         M=["Q-BERT", "BERT",
            # session 15 (GA1): named kind of quantization, title (s15 A)
            "Ultra Low Precision Quantization",
            # session 15 (GA1): named kind of quantization (s15 A)
            "ultra-low precision quantization",
            # session 15 (GA1): named kind of quantization (s15 A)
            "group-wise quantization"], D=["GLUE", "CoNLL-03", "SQuAD", "SST-2", "MNLI"],
         X=["accuracy", 
            # session 15 (GA1): removed METRIC "memory footprint": background only (s15 G)
            
            # session 15 (GA1): removed METRIC "latency": background only (s15 G)
            ],
         P=["Q-BERT"],
         R=[("2.3", "%", True, None, None, "Q-BERT"), ("13", "x", True, None, None, "Q-BERT"),
            ("4", "x", True, None, None, "Q-BERT")],
         L=[("based_on", "Q-BERT", "BERT"), ("evaluated_on", "Q-BERT", "SST-2"), ("evaluated_on", "Q-BERT", "MNLI"),
            ("evaluated_on", "Q-BERT", "CoNLL-03"), ("evaluated_on", "Q-BERT", "SQuAD")]),
    # Q06
    dict(file="001_216e326a59f6f740.txt", line=31,
         M=["ERNIE-Gram", "BERT", "XLNet", "RoBERTa"],
         T=["Masked Language Modeling", "MLM", "Natural Language Understanding"],
         P=["ERNIE-Gram"],
         L=[("outperforms", "ERNIE-Gram", "XLNet"), ("outperforms", "ERNIE-Gram", "RoBERTa"),
            ("used_for", "ERNIE-Gram", "Natural Language Understanding")],
         A=[("Masked Language Modeling", "MLM")]),
    # Q07
    dict(file="001_216e326a59f6f740.txt", line=87,
         M=["Bradley-Terry", "BT", "PairPM", "preference representation learning", "General Preference Optimization",
            "GPO", "General Preference representation model", "GPM", "general preference model",
            # session 15 (GA1): RLHF long form (s15 A)
            "reinforcement learning from human feedback"],
         D=["RewardBench", "AlpacaEval2.0", "MT-Bench"],
         P=["General Preference Optimization|GPO", "GPM|General Preference representation model",
            "preference representation learning"],
         R=[("5.6", "%", True, None, "RewardBench", "GPM"), ("9.3", "%", True, None, None, None)],
         L=[("outperforms", "GPM", "BT"), ("evaluated_on", "GPM", "RewardBench"),
            ("evaluated_on", "General Preference Optimization", "AlpacaEval2.0"),
            ("evaluated_on", "General Preference Optimization", "MT-Bench"),
            ("evaluated_on", "GPM", "AlpacaEval2.0"), ("evaluated_on", "GPM", "MT-Bench"),
            # session 15 (GA1): explicit derivation: GPO generalizes RLHF (s15 A)
            ("based_on", "General Preference Optimization", "reinforcement learning from human feedback")],
         A=[("Bradley-Terry", "BT"), ("General Preference Optimization", "GPO"),
            ("GPM", "General Preference representation model", "general preference model")]),
    # Q08 (survey)
    dict(file="001_216e326a59f6f740.txt", line=155,
         X=["memory usage"],
         # session 15 (GA1): PEFT in title (s15 A)
         M=["Parameter-Efficient Fine-Tuning",
            # session 15 (GA1): PEFT long form (s15 A)
            "Parameter Efficient Fine-Tuning",
            # session 15 (GA1): PEFT (s15 A)
            "PEFT",
            # session 15 (GA1): FFT (s15 A)
            "full fine-tuning"],
         # session 15 (GA1): long/short form (s15 A)
         A=[("PEFT", "Parameter Efficient Fine-Tuning", "Parameter-Efficient Fine-Tuning")]),
    # Q09
    dict(file="001_216e326a59f6f740.txt", line=207,
         M=["PROP", "Pre-training with Representative wOrds Prediction", "Pre-training with Representative Words Prediction",
            "BERT", "Transformer", "query likelihood model"],
         T=["Ad-hoc Retrieval", "ad-hoc retrieval", "information retrieval", "IR", "representative words prediction", "ROP",
            "Masked Language Model", "MLM"],
         P=["PROP|Pre-training with Representative wOrds Prediction"],
         L=[("used_for", "PROP", "ad-hoc retrieval"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "PROP", "IR")],
         A=[("PROP", "Pre-training with Representative wOrds Prediction", "Pre-training with Representative Words Prediction"),
            ("information retrieval", "IR"), ("representative words prediction", "ROP"), ("Masked Language Model", "MLM")]),
    # Q10 (study, proposes nothing)
    dict(file="001_216e326a59f6f740.txt", line=271,
         M=["Transformer"], X=["accuracy"], T=["next token prediction", "program synthesis"]),
    # Q11
    dict(file="002_8310ea5c5292aef1.txt", line=37,
         M=["CLIP", "GRAIN"], D=["Products-2023"],
         T=["Zero-Shot Visual Recognition", "zero-shot visual recognition", "image classification"],
         P=["GRAIN", "Products-2023"],
         L=[("evaluated_on", "GRAIN", "Products-2023"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "GRAIN", "Zero-Shot Visual Recognition"),
            ("used_for", "GRAIN", "image classification")]),
    # Q12
    dict(file="002_8310ea5c5292aef1.txt", line=153,
         M=["LCVO"], D=["GQA", "CLEVR", "VizWiz-VQA-Grounding"],
         T=["Visual Question Answering Grounding", "Visual Question Answering", "VQA Grounding", "VQA",
            "Open-Vocabulary Object Detection", "OVD"],
         P=["LCVO"],
         L=[("evaluated_on", "LCVO", "GQA"), ("evaluated_on", "LCVO", "CLEVR"),
            ("evaluated_on", "LCVO", "VizWiz-VQA-Grounding"), ("used_for", "LCVO", "Visual Question Answering Grounding")],
         A=[("Visual Question Answering", "VQA"), ("Open-Vocabulary Object Detection", "OVD")]),
    # Q13
    dict(file="002_8310ea5c5292aef1.txt", line=269,
         M=["Llama3-8B"], T=["Diachronic Linguistic Change Discovery"]),
    # Q14 (study; CPT is a training paradigm)
    dict(file="002_8310ea5c5292aef1.txt", line=385,
         # session 15 (GA1): paradigm in title (s15 A)
         M=["Continual Pre-Training",
            # session 15 (GA1): long form of CPT (s15 A)
            "continually pretraining",
            # session 15 (GA1): continual pre-training acronym (s15 A)
            "CPT"],
         # session 15 (GA1): long/short form (s15 A)
         A=[("CPT", "continually pretraining", "Continual Pre-Training")]),
    # Q15 (study, no named entity)
    dict(file="002_8310ea5c5292aef1.txt", line=501),
    # Q16 (survey)
    dict(file="002_8310ea5c5292aef1.txt", line=617,
         T=["Long Context Language Modeling"]),
    # Q17
    dict(file="003_85bc812000b910e7.txt", line=31,
         M=["BERT", "Bidirectional Long Short-Term Memory", "BLSTM", "Transformer", "transformer"],
         D=["Big Five Essay", "MBTI Kaggle", "Essay", "Kaggle MBTI"], X=["classification accuracy"],
         T=["Personality Detection", "personality prediction"],
         R=[("2.9", "%", True, "classification accuracy", "Essay", None),
            ("8.28", "%", True, "classification accuracy", "Kaggle MBTI", None)],
         A=[("Bidirectional Long Short-Term Memory", "BLSTM"), ("Big Five Essay", "Essay"), ("MBTI Kaggle", "Kaggle MBTI")]),
    # Q18
    dict(file="003_85bc812000b910e7.txt", line=99,
         M=["Trans-Encoder", "Mirror-BERT", "SimCSE",
            # session 15 (GA1): named kind of knowledge distillation (s15 A)
            
            # session 15 (GC): removed METHOD "self-distillation": a one-word (hyphenated) paradigm name is not METHOD (GUIDELINES: two or more words or an acronym), as GB
            
            # session 15 (GA1): named kind of knowledge distillation (s15 A)
            
            # session 15 (GC): removed METHOD "mutual-distillation": a one-word (hyphenated) paradigm name is not METHOD (GUIDELINES: two or more words or an acronym), as GB
            ],
         T=["sentence-pair modelling", "sentence similarity", "paraphrase identification"],
         P=["Trans-Encoder"],
         R=[("5", "%", True, None, None, "Trans-Encoder")],
         L=[("outperforms", "Trans-Encoder", "Mirror-BERT"), ("outperforms", "Trans-Encoder", "SimCSE"),
            ("used_for", "Trans-Encoder", "sentence-pair modelling"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Trans-Encoder", "sentence similarity")]),
    # Q19
    dict(file="003_85bc812000b910e7.txt", line=167,
         M=["Speculative Decoding", "Big Little Decoder", "BiLD", "Transformer"],
         D=["IWSLT 2017 De-En", "WMT 2014 De-En", "XSUM", "CNN/DailyMail"],
         X=[
            # session 15 (GA1): removed METRIC "inference latency": background only (s15 G)
            # session 15 (GE2a): restored METRIC "inference latency": same quantity
            "inference latency",
            
            # session 15 (GA1): removed METRIC "latency": background and unquantified claim (s15 G)
            # session 15 (GE2a): restored METRIC "latency": own claim
            "latency",
            "speedup"],
         T=["machine translation", "summarization", "text generation"],
         P=["Big Little Decoder|BiLD"],
         R=[("2.12", "x", True, "speedup", None, "BiLD")],
         L=[("evaluated_on", "BiLD", "IWSLT 2017 De-En"), ("evaluated_on", "BiLD", "WMT 2014 De-En"),
            ("evaluated_on", "BiLD", "XSUM"), ("evaluated_on", "BiLD", "CNN/DailyMail"),
            ("used_for", "BiLD", "text generation"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Big Little Decoder", "machine translation"),
            ("used_for", "Big Little Decoder", "summarization")],
         A=[("Big Little Decoder", "BiLD")]),
    # Q20
    dict(file="003_85bc812000b910e7.txt", line=235,
         M=["Retrieval Augmented Structured Generation", "RASG"],
         X=["General Line Items Recognition Metric", "GLIRM", "ANLS", "GriTS"],
         T=["Business Document Information Extraction", "BDIE", "Key-Information Extraction", "KIE",
            "Line Items Recognition", "LIR"],
         P=["Retrieval Augmented Structured Generation|RASG", "General Line Items Recognition Metric|GLIRM"],
         L=[("used_for", "RASG", "BDIE"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "Retrieval Augmented Structured Generation", "KIE"),
            ("used_for", "Retrieval Augmented Structured Generation", "LIR")],
         A=[("Retrieval Augmented Structured Generation", "RASG"), ("General Line Items Recognition Metric", "GLIRM"),
            ("Business Document Information Extraction", "BDIE"), ("Key-Information Extraction", "KIE"),
            ("Line Items Recognition", "LIR")]),
    # Q21
    dict(file="003_85bc812000b910e7.txt", line=311,
         M=["BiTimeBERT 2.0", "BERT"], D=["BookCorpus", "Wikipedia"],
         T=["Time-Aware Masked Language Modeling", "TAMLM", "Document Dating", "DD", "Time-Sensitive Entity Replacement",
            "TSER"],
         P=["BiTimeBERT 2.0", "Time-Aware Masked Language Modeling|TAMLM", "Time-Sensitive Entity Replacement|TSER"],
         L=[("outperforms", "BiTimeBERT 2.0", "BERT")],
         A=[("Time-Aware Masked Language Modeling", "TAMLM"), ("Document Dating", "DD"),
            ("Time-Sensitive Entity Replacement", "TSER")]),
    # Q22
    dict(file="004_497d3d275a8de861.txt", line=33,
         M=["EfficientNetV2", "Fused-MBConv", "ViT",
            # session 15 (GA1): paradigm named as a regularisation technique (s15 A)
            "data augmentation",
            # session 15 (GA1): named training paradigm (curriculum kind) (s15 A)
            "progressive learning"],
         D=["ImageNet ILSVRC2012", "ImageNet21k", "ImageNet", "CIFAR", "Cars", "Flowers"],
         X=["top-1 accuracy", "accuracy", "training speed"],
         P=["EfficientNetV2"],
         R=[("6.8", "x", True, None, None, "EfficientNetV2"),
            ("87.3", "%", False, "top-1 accuracy", "ImageNet ILSVRC2012", "EfficientNetV2"),
            ("2.0", "%", True, "accuracy", None, "EfficientNetV2"), ("5", "x", True, None, None, "EfficientNetV2"),
            ("11", "x", True, None, None, "EfficientNetV2")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; module(op): "searched from a space with A")
         L=[("based_on", "EfficientNetV2", "Fused-MBConv"),
            ("outperforms", "EfficientNetV2", "ViT"), ("evaluated_on", "EfficientNetV2", "ImageNet"),
            ("evaluated_on", "EfficientNetV2", "ImageNet ILSVRC2012"), ("evaluated_on", "EfficientNetV2", "CIFAR"),
            ("evaluated_on", "EfficientNetV2", "Cars"), ("evaluated_on", "EfficientNetV2", "Flowers")]),
    # Q23
    dict(file="004_497d3d275a8de861.txt", line=139,
         M=["phi-CTNL"], N=["Transformer-based", "transformer-based"],
         P=["phi-CTNL"]),
    # Q24
    dict(file="004_497d3d275a8de861.txt", line=243,
         M=["Expert Choice Routing", "expert choice", "Mixture-of-Experts", "Mixture-of-experts", "mixture-of-experts", "MoE",
            "Switch Transformer", "GShard", "T5"],
         D=["GLUE", "SuperGLUE"], X=["training convergence time", "speedups"],
         P=["Expert Choice Routing"],
         R=[("2", "x", True, "training convergence time", None, "Expert Choice Routing")],
         L=[("based_on", "Expert Choice Routing", "Mixture-of-Experts"),
            ("outperforms", "Expert Choice Routing", "T5"), ("evaluated_on", "Expert Choice Routing", "GLUE"),
            ("evaluated_on", "Expert Choice Routing", "SuperGLUE")],
         A=[("Expert Choice Routing", "expert choice"), ("Mixture-of-Experts", "MoE")]),
    # Q25
    dict(file="004_497d3d275a8de861.txt", line=347,
         D=["GeoDE"], P=["GeoDE"]),
    # Q26
    dict(file="004_497d3d275a8de861.txt", line=453,
         M=["GPT-4", "CodeLlama"],
         D=["OWASP", "Juliet Java", "Juliet C/C++", "CVEFixes Java", "CVEFixes C/C++"],
         X=["F1", "accuracy"], T=["vulnerability detection"],
         R=[("0.79", "", False, "F1", "OWASP", "GPT-4"), ("0.86", "", False, "F1", "Juliet Java", "GPT-4"),
            ("0.89", "", False, "F1", "Juliet C/C++", "GPT-4"), ("0.48", "", False, "F1", "CVEFixes Java", "GPT-4"),
            ("0.62", "", False, "F1", "CVEFixes C/C++", "GPT-4"), ("12.67", "%", True, "accuracy", None, None)],
         L=[("evaluated_on", "GPT-4", "OWASP"), ("evaluated_on", "GPT-4", "Juliet Java"),
            ("evaluated_on", "GPT-4", "Juliet C/C++"), ("evaluated_on", "GPT-4", "CVEFixes Java"),
            ("evaluated_on", "GPT-4", "CVEFixes C/C++")]),
    # Q27
    dict(file="004_497d3d275a8de861.txt", line=557,
         M=["Skipper",
            # session 15 (GA1): RL as the technique of the framework (s15 A)
            "model-based reinforcement learning"], P=["Skipper"]),
]
for _p in PAPERS_DEV_MORE:
    _p["split"] = "dev"
PAPERS += PAPERS_DEV_MORE

# Fifth batch (dev only, session 3): 30 more papers, 6 per listing, drawn at random with
# random.Random(20261123).sample from each listing's papers (kg.readers.hf_listing.parse_listing, in
# file order) that are not yet annotated, whose title occurs once in all listings and is not an
# annotated title, and whose abstract has at least 300 characters; sorted by line within a listing.
PAPERS_DEV_S3 = [
    # S00
    dict(file="000_c33ede3366bcb84c.txt", line=123,
         M=["P5", "sequential indexing", "collaborative indexing", "hybrid indexing"],
         T=["generative recommendation", "item indexing", "language modeling"],
         P=["sequential indexing", "collaborative indexing", "hybrid indexing"]),
    # S01
    dict(file="000_c33ede3366bcb84c.txt", line=131,
         M=["SpecTr", "Speculative Decoding", "speculative decoding", "Optimal Transport", "optimal transport", "OT"],
         X=["wall clock speedup", "speedup"],
         P=["SpecTr"],
         R=[("2.13", "x", False, "wall clock speedup", None, "SpecTr"), ("1.37", "x", True, "speedup", None, "SpecTr")],
         L=[("outperforms", "SpecTr", "speculative decoding")],
         A=[("OT", "optimal transport")]),
    # S02
    dict(file="000_c33ede3366bcb84c.txt", line=355,
         M=["Max-Margin", "InfoNCE",
            # session 15 (GA1): paradigm in title (s15 A)
            "Contrastive Learning",
            # session 15 (GA1): paradigm named (s15 A)
            "contrastive learning"], X=["semantic accuracy"],
         T=["Explanation Graph Generation", "graph generation", "natural language generation"],
         # session 15 (GA1): title: task via contrastive learning (s15 A)
         L=[("used_for", "Contrastive Learning", "Explanation Graph Generation")]),
    # S03
    dict(file="000_c33ede3366bcb84c.txt", line=419,
         M=["MAP-Neo", "Mistral-7B-v0.3", "Llama 3 8B"],
         D=["DataComp-LM", "DataComp for Language Models", "DCLM", "DCLM-Baseline", "Common Crawl", "MMLU"],
         X=["accuracy"], T=["natural language understanding"],
         P=["DCLM|DataComp for Language Models|DataComp-LM", "DCLM-Baseline"],
         R=[("64", "%", False, "accuracy", "MMLU", None), ("6.6", "points", True, None, "MMLU", None),
            ("40", "%", True, None, None, None), ("63", "%", False, None, "MMLU", "Mistral-7B-v0.3"),
            ("66", "%", False, None, "MMLU", "Llama 3 8B"), ("6.6", "x", True, None, None, None)],
         A=[("DCLM", "DataComp for Language Models", "DataComp-LM")]),
    # S04
    dict(file="000_c33ede3366bcb84c.txt", line=467,
         # session 16 (K): elliptical coordination, each conjunct's full name (GUIDELINES)
         E=[("from [single-sentence] and sentence-pair classification", "single-sentence classification", "T")],
         M=["PET", "ADAPET", "LM-BFF", "P-tuning", "EFL", "RoBERTa", "ERNIE"],
         D=["FewCLUE", "Chinese Few-shot Learning Evaluation Benchmark"],
         T=["machine reading comprehension", "sentence-pair classification", "natural language understanding"],
         P=["FewCLUE|Chinese Few-shot Learning Evaluation Benchmark"],
         L=[("evaluated_on", "PET", "FewCLUE"), ("evaluated_on", "ADAPET", "FewCLUE"),
            ("evaluated_on", "LM-BFF", "FewCLUE"), ("evaluated_on", "P-tuning", "FewCLUE"),
            ("evaluated_on", "EFL", "FewCLUE")],
         A=[("FewCLUE", "Chinese Few-shot Learning Evaluation Benchmark")]),
    # S05
    dict(file="000_c33ede3366bcb84c.txt", line=527,
         M=["Chain-of-thought", "CoT", "dynamic program prompting", "program distillation"],
         T=["Numerical Reasoning", "math word problem", "MWP"],
         P=["dynamic program prompting", "program distillation"],
         A=[("CoT", "Chain-of-thought"), ("MWP", "math word problem")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "dynamic program prompting", "MWP"),
            ("used_for", "program distillation", "MWP")]),
    # S06
    dict(file="001_216e326a59f6f740.txt", line=47,
         M=["MoM", "Mixture-of-Memories", "state space modeling", "linear RNNs", "Transformer"],
         T=["Linear Sequence Modeling", "Linear sequence modeling", "linear sequence modeling"],
         P=["MoM|Mixture-of-Memories"],
         L=[("used_for", "MoM", "Linear Sequence Modeling")],
         A=[("MoM", "Mixture-of-Memories")]),
    # S07
    dict(file="001_216e326a59f6f740.txt", line=83,
         M=["InterBERT", "BERT for Interaction", "Chinese InterBERT", "M6",
            "MultiModality-to-MultiModality Multitask Mega-transformer", "BERT"],
         T=["masked segment modeling", "MSM", "masked region modeling", "MRM", "image-text matching", "ITM",
            "text-based image retrieval"],
         P=["InterBERT|BERT for Interaction", "Chinese InterBERT", "M6|MultiModality-to-MultiModality Multitask Mega-transformer"],
         L=[("based_on", "InterBERT", "BERT"),
            ("used_for", "Chinese InterBERT", "text-based image retrieval")],
         A=[("InterBERT", "BERT for Interaction"), ("M6", "MultiModality-to-MultiModality Multitask Mega-transformer"),
            ("MSM", "masked segment modeling"), ("MRM", "masked region modeling"), ("ITM", "image-text matching")]),
    # S08
    dict(file="001_216e326a59f6f740.txt", line=211,
         M=["Efficient Prompt Tuning", "EPT",
            # session 15 (GA1): paradigm named (s15 A)
            "Prompt tuning"], X=["accuracy", "Accuracy", "training time"],
         P=["EPT|Efficient Prompt Tuning"],
         R=[("12.9", "%", True, None, None, "EPT"), ("14", "%", True, "training time", None, "EPT")],
         A=[("EPT", "Efficient Prompt Tuning")]),
    # S09
    dict(file="001_216e326a59f6f740.txt", line=279,
         M=["ReverseGen"], T=["Data Synthesis", "data synthesis"], P=["ReverseGen"],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "ReverseGen", "Data Synthesis")]),
    # S10
    dict(file="001_216e326a59f6f740.txt", line=283,
         D=["e-SNLI", "TACRED", "SemEval"], X=["accuracies", "accuracy"],
         R=[("95", "%", False, "accuracies", None, None), ("65", "%", False, "accuracy", None, None)]),
    # S11
    dict(file="001_216e326a59f6f740.txt", line=295,
         M=["Hierarchical Autoregressive Transformers", "hierarchical transformers", "Hierarchical transformers",
            # session 15 (GA1): paradigm named (s15 A)
            "continued pretraining"],
         T=["autoregressive language modelling"],
         P=["Hierarchical Autoregressive Transformers"],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("used_for", "Hierarchical Autoregressive Transformers", "autoregressive language modelling")]),
    # S12
    dict(file="002_8310ea5c5292aef1.txt", line=35,
         M=["Prompt-Transformer", "P-Former", "BLIP-2"],
         P=["P-Former|Prompt-Transformer"],
         A=[("P-Former", "Prompt-Transformer")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "P-Former", "BLIP-2"),
         ]),
    # S13
    dict(file="002_8310ea5c5292aef1.txt", line=85,
         M=["URPO", "Unified Reward & Policy Optimization", "Group-Relative Policy Optimization", "GRPO", "Qwen2.5-7B",
            # session 15 (GA1): RL as a training technique (s15 A)
            "reinforcement learning",
            # session 15 (GA1): RL as a training technique (s15 A)
            "RL"],
         D=["AlpacaEval", "RewardBench"], X=["instruction-following score", "composite reasoning average"],
         T=["reward modeling"],
         P=["URPO|Unified Reward & Policy Optimization"],
         R=[("42.24", "", False, "instruction-following score", "AlpacaEval", None),
            ("44.84", "", False, "instruction-following score", "AlpacaEval", "URPO"),
            ("32.66", "", False, "composite reasoning average", None, None),
            ("35.66", "", False, "composite reasoning average", None, "URPO"),
            ("85.15", "", False, None, "RewardBench", "URPO"), ("83.55", "", False, None, "RewardBench", None)],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "URPO", "Qwen2.5-7B"),
            ("based_on", "URPO", "GRPO"), ("evaluated_on", "URPO", "AlpacaEval"), ("evaluated_on", "URPO", "RewardBench"),
            # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
            ("used_for", "URPO", "reward modeling")],
         A=[("URPO", "Unified Reward & Policy Optimization"), ("GRPO", "Group-Relative Policy Optimization"),
            # session 15 (GA1): long/short form (s15 A)
            ("RL", "reinforcement learning")]),
    # S14
    dict(file="002_8310ea5c5292aef1.txt", line=119,
         M=["Embedding-to-Prefix", "E2P"], D=["Persona-Chat", "PENS"],
         T=["dialogue personalization", "contextual headline generation"],
         P=["E2P|Embedding-to-Prefix"],
         L=[("evaluated_on", "E2P", "Persona-Chat"), ("evaluated_on", "E2P", "PENS"),
            ("used_for", "E2P", "dialogue personalization"), ("used_for", "E2P", "contextual headline generation")],
         A=[("E2P", "Embedding-to-Prefix")]),
    # S15
    dict(file="002_8310ea5c5292aef1.txt", line=131,
         M=["Freeze-Omni", "GPT-4o",
            # session 15 (GA1): multi-task learning spelling (s15 A)
            "multi-task training"], X=[
            # session 15 (GA1): removed METRIC "Latency": unquantified claim (s15 G)
            # session 15 (GE2a): restored METRIC "Latency": title
            "Latency",
            
            # session 15 (GA1): removed METRIC "latency": unquantified claim (s15 G)
            # session 15 (GE2a): restored METRIC "latency": title
            "latency",
            ],
         T=["Speech-to-speech Dialogue", "speech-to-speech dialogue", "ASR", "TTS"],
         P=["Freeze-Omni"],
         L=[("used_for", "Freeze-Omni", "speech-to-speech dialogue")]),
    # S16
    dict(file="002_8310ea5c5292aef1.txt", line=337,
         M=["ChatGPT"], T=["machine translation"]),
    # S17
    dict(file="002_8310ea5c5292aef1.txt", line=517,
         M=["News Reporter", "RAG"], P=["News Reporter"],
         L=[("based_on", "News Reporter", "RAG")]),
    # S18
    dict(file="003_85bc812000b910e7.txt", line=23,
         M=["Performer", "BiLSTM", "Bidirectional Long Short-Term Memory",
            "Fast Attention Via positive Orthogonal Random features", "FAVOR+", "Multi-head attention", "Transformer"],
         T=["Price Prediction", "cryptocurrency price prediction"],
         L=[("outperforms", "FAVOR+", "Multi-head attention")],
         A=[("BiLSTM", "Bidirectional Long Short-Term Memory"),
            ("FAVOR+", "Fast Attention Via positive Orthogonal Random features")]),
    # S19
    dict(file="003_85bc812000b910e7.txt", line=123,
         M=["windowing", "row-column bundling"], X=["inference speed"],
         P=["windowing", "row-column bundling"],
         R=[("4", "x", True, "inference speed", None, None), ("5", "x", True, "inference speed", None, None),
            ("20", "x", True, "inference speed", None, None), ("25", "x", True, "inference speed", None, None)]),
    # S20
    dict(file="003_85bc812000b910e7.txt", line=159,
         M=["CMT", "Compression Memory Training", "memory-aware objective", "self-matching", "top-aggregation",
            "Llama-2-7b"],
         D=["StreamingQA", "SQuAD", "ArchivalQA"], X=["EM", "F1"], T=["Continual Knowledge Learning"],
         P=["CMT|Compression Memory Training", "memory-aware objective", "self-matching", "top-aggregation"],
         R=[("4.07", "", True, "EM", "StreamingQA", "CMT"), ("4.19", "", True, "F1", "StreamingQA", "CMT")],
         # session 14 (G6): the proposal is based_on its own named parts (GUIDELINES based_on, own named components; loss/mechanism: "we propose three techniques, including A, B and C")
         L=[("based_on", "CMT", "memory-aware objective"),
            ("based_on", "CMT", "self-matching"),
            ("based_on", "CMT", "top-aggregation"),
            ("evaluated_on", "CMT", "StreamingQA"), ("evaluated_on", "CMT", "SQuAD"),
            ("evaluated_on", "CMT", "ArchivalQA"), ("used_for", "CMT", "Continual Knowledge Learning")],
         A=[("CMT", "Compression Memory Training")]),
    # S21
    dict(file="003_85bc812000b910e7.txt", line=207,
         M=["Time Reversed Language Models", "TRLMs", "TRLM-Ba", "TRLM"],
         D=["AlpacaEval", "JailbreakBench"], X=["false negative rate", "false positive rates"],
         T=["citation generation", "passage retrieval"],
         P=["TRLMs|Time Reversed Language Models", "TRLM-Ba"],
         R=[("5", "%", True, None, "AlpacaEval", "TRLMs")],
         L=[("evaluated_on", "TRLMs", "AlpacaEval"), ("evaluated_on", "TRLM", "JailbreakBench"),
            ("used_for", "TRLM", "citation generation"), ("used_for", "TRLM", "passage retrieval")],
         A=[("TRLMs", "Time Reversed Language Models", "TRLM")]),
    # S22
    dict(file="003_85bc812000b910e7.txt", line=291,
         M=["MemoRAG", "Retrieval-Augmented Generation", "retrieval-augmented generation", "RAG"],
         T=["question-answering"],
         P=["MemoRAG"],
         A=[("RAG", "Retrieval-Augmented Generation")],
         L=[("based_on", "MemoRAG", "RAG")]),
    # S23
    dict(file="003_85bc812000b910e7.txt", line=343,
         M=["ZipLM", "BERT", "GPT", "GPT2", "DistilGPT2", "MobileBERT", "BERT-large", "BERT-base", "CoFi", "MiniLM",
            "TinyBERT",
            # session 15 (GA1): named kind of pruning, title (s15 A)
            "Structured Pruning",
            # session 15 (GA1): named kind of pruning (s15 A)
            "structured pruning",
            # session 15 (GA1): paradigm named (s15 A)
            "knowledge distillation"],
         X=["accuracy", "speedups", "accuracy-versus-[speedup]"],
         P=["ZipLM"],
         R=[("60", "%", True, None, None, "ZipLM"), ("30", "%", True, None, None, "ZipLM")],
         L=[
            # session 16 (TH): the base model the proposal's own experiments apply it to / train (GUIDELINES based_on, applied-to base model)
            ("based_on", "ZipLM", "BERT-large"),
            # session 16 (TH): "when compressing GPT2 model, it outperforms DistilGPT2" (the own method as "it")
            ("based_on", "ZipLM", "GPT2"),
            ("outperforms", "ZipLM", "DistilGPT2"), ("outperforms", "ZipLM", "CoFi"), ("outperforms", "ZipLM", "MiniLM"),
            ("outperforms", "ZipLM", "TinyBERT"),
            # session 15 (GA1): explicit: approach is based on structured pruning (s15 A)
            ("based_on", "ZipLM", "structured pruning"),
            # session 15 (GA1): explicit: approach is based on KD (s15 A)
            ("based_on", "ZipLM", "knowledge distillation")]),
    # S24
    dict(file="004_497d3d275a8de861.txt", line=53,
         M=["transformer"], X=["accuracies", 
            # session 15 (GA1): removed METRIC "training time": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "training time": own claim
            "training time",
            "training loss"]),
    # S25
    dict(file="004_497d3d275a8de861.txt", line=57,
         M=["GReaTer"], D=["BBH", "GSM8k", "FOLIO"], T=["prompt optimization"],
         P=["GReaTer"],
         L=[("evaluated_on", "GReaTer", "BBH"), ("evaluated_on", "GReaTer", "GSM8k"),
            ("evaluated_on", "GReaTer", "FOLIO"), ("used_for", "GReaTer", "prompt optimization")]),
    # S26
    dict(file="004_497d3d275a8de861.txt", line=69,
         M=["DialCoT", "Dialogue-guided Chain-of-Thought", "Chain-of-Thought", "CoT", "PPO",
            "Proximal Policy Optimization"],
         T=["arithmetic reasoning"],
         P=["DialCoT|Dialogue-guided Chain-of-Thought"],
         A=[("DialCoT", "Dialogue-guided Chain-of-Thought"), ("CoT", "Chain-of-Thought"),
            ("PPO", "Proximal Policy Optimization")],
         # session 13 (G1): task the method is designed for / evaluated on (GUIDELINES used_for)
         L=[("based_on", "DialCoT", "PPO"),
            ("based_on", "DialCoT", "Chain-of-Thought"),
            ("used_for", "DialCoT", "arithmetic reasoning")]),
    # S27
    dict(file="004_497d3d275a8de861.txt", line=321,
         M=["ChatGPT", "GPT-3.5", "GPT-4"], D=["Babel-670"],
         T=["Language Identification", "language identification"],
         P=["Babel-670"]),
    # S28
    dict(file="004_497d3d275a8de861.txt", line=381,
         M=["Weak-to-Strong Jailbreaking", "weak-to-strong jailbreaking"], X=[
            # session 15 (GA1): removed METRIC "latency": unquantified claim only (s15 G)
            # session 15 (GE2a): restored METRIC "latency": own claim
            "latency",
            ],
         P=["weak-to-strong jailbreaking|Weak-to-Strong Jailbreaking"]),
    # S29
    dict(file="004_497d3d275a8de861.txt", line=549,
         M=["Self-Repellent Random Walks", "Self-Repellent Radom Walk", "SRRW", "SA-SRRW", "MCMC"],
         T=["Distributed Stochastic Optimization", "distributed stochastic optimization"],
         P=["SA-SRRW"],
         L=[("based_on", "SA-SRRW", "SRRW"), ("used_for", "SA-SRRW", "distributed stochastic optimization")],
         A=[("SRRW", "Self-Repellent Radom Walk", "Self-Repellent Random Walks")]),
]
for _p in PAPERS_DEV_S3:
    _p["split"] = "dev"
PAPERS += PAPERS_DEV_S3
