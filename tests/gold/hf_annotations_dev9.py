"""Hand annotations of 60 DEV9 title+abstracts from examples/hf-papers (see GUIDELINES.md).

Same form as ``hf_annotations.py`` (file/line, M/D/X/T mentions, P proposes, R results, L relations,
A alias groups, N blocked contexts), split "dev9"; ``build_hf_gold.py`` writes them to ``dev9.jsonl``.
Session 7, annotated by hand, in file order, before the pipeline was run on them.

Selection (``/work/notes/s7/pick_gold3.py``, the lead's script, list in ``/work/notes/s7/ids_dev9.txt``): papers of
the listings not in any set annotated before, drawn with seed 20261125 as the holdout2 rule does (holdout5, dev8
and dev9 are disjoint parts of one sample), sorted by line within a listing.

THIS IS A TUNING AND TRAINING SET (like dev, dev2 to dev8): extractor engineers may read it and its per-paper
errors, and the shipped NER model is trained on it.
"""

PAPERS_DEV9 = [
    # N00 (the three techniques are named by their acronyms; CCA and Taylor decomposition are named algorithms;
    # Hugging Face FP16 is a software setting; "30% of layers" is an analysis, not an outcome)
    dict(file="000_c33ede3366bcb84c.txt", line=31,
         M=["CPTQuant", "CMPQ", "PMPQ", "TDMPQ", "canonical correlation analysis", "Taylor decomposition", "BERT",
            "OPT-125M", "OPT-350M", "OPT-1.3B", "OPT-2.7B"],
         X=["accuracy", "compression ratio"], T=["classification", "language modeling"],
         P=["CPTQuant", "CMPQ", "PMPQ", "TDMPQ"],
         R=[("4", "x", True, None, None, "CPTQuant"), ("2", "x", True, None, None, "CPTQuant"),
            ("11", "%", True, "compression ratio", None, "PMPQ"), ("30", "%", True, "compression ratio", None, "TDMPQ")]),
    # N01 (the title's "PowerPoint Task Completion" is the benchmark's long form; the evaluation system is a
    # proposed measure)
    dict(file="000_c33ede3366bcb84c.txt", line=83,
         M=["GPT-4"], D=["PPTC", "PowerPoint Task Completion"], X=["PPTX-Match Evaluation System", "accuracy",
                                                                   "session accuracy"],
         P=["PPTC|PowerPoint Task Completion", "PPTX-Match Evaluation System"],
         R=[("75.1", "%", False, "accuracy", None, "GPT-4"), ("6", "%", False, "session accuracy", None, "GPT-4")],
         A=[("PPTC", "PowerPoint Task Completion")]),
    # N02 (replaced token detection is a training objective: a TASK; the fine-tuning variants are techniques;
    # "1.3 billion" is a size)
    dict(file="000_c33ede3366bcb84c.txt", line=395,
         M=["Vega v1", "Transformer"],
         D=["GLUE", "General Language Understanding Evaluation", "SST-2", "WNLI"], X=["average score"],
         T=["question answering", "linguistic acceptability", "sentiment analysis", "text similarity",
            "paraphrase detection", "natural language inference", "replaced token detection"],
         P=["Vega v1"],
         R=[("91.3", "", False, "average score", None, "Vega v1")],
         L=[("evaluated_on", "Vega v1", "GLUE"), ("based_on", "Vega v1", "Transformer"),
            ("evaluated_on", "Vega v1", "SST-2"), ("evaluated_on", "Vega v1", "WNLI")],
         A=[("GLUE", "General Language Understanding Evaluation")]),
    # N03 (explainable AI is a field; ICL a paradigm; knowledge graphs are not one named resource)
    dict(file="000_c33ede3366bcb84c.txt", line=463,
         M=["graph attention networks", "GAT"], D=["XplainLLM"], T=["question answering", "QA"],
         P=["XplainLLM"],
         A=[("GAT", "graph attention networks"), ("QA", "question answering")]),
    # N04 (the 13 benchmarks are unnamed)
    dict(file="000_c33ede3366bcb84c.txt", line=499,
         M=["CodePlan"],
         T=["mathematical reasoning", "symbolic reasoning", "instruction-following", "multi-hop QA", "decision-making"],
         P=["CodePlan"],
         R=[("25.1", "%", True, None, None, "CodePlan")]),
    # N05 (the compression approach is unnamed; KV caches are a mechanism)
    dict(file="000_c33ede3366bcb84c.txt", line=523,
         M=["multi-query attention", "MQA", "grouped-query attention", "GQA", "multi-head attention", "MHA",
            "rotary position embeddings", "RoPE"],
         X=["memory footprint", "generation speeds", "accuracy"],
         A=[("MQA", "multi-query attention"), ("GQA", "grouped-query attention"), ("MHA", "multi-head attention"),
            ("RoPE", "rotary position embeddings")]),
    # N06 (vision-language pre-training is a paradigm; "54x fewer trainable parameters" a saving the model achieves)
    dict(file="002_8310ea5c5292aef1.txt", line=11,
         M=["BLIP-2", "Querying Transformer", "Flamingo80B"], D=["VQAv2"], T=["image-to-text generation"],
         P=["BLIP-2", "Querying Transformer"],
         R=[("8.7", "%", True, None, "VQAv2", "BLIP-2"), ("54", "x", True, None, None, "BLIP-2")],
         L=[("outperforms", "BLIP-2", "Flamingo80B"), ("evaluated_on", "BLIP-2", "VQAv2"),
            ("used_for", "BLIP-2", "image-to-text generation")]),
    # N07 (VLP is a paradigm; the token merging modules are described, not named; "1/10 of the data" is a setting)
    dict(file="002_8310ea5c5292aef1.txt", line=29,
         M=["SimVLG"],
         P=["SimVLG"],
         R=[("5", "x", True, None, None, "SimVLG")]),
    # N08 (the bare "QA" of "QA dataset" describes the data)
    dict(file="002_8310ea5c5292aef1.txt", line=31,
         M=["ITFormer", "Instruct Time Transformer"], D=["EngineMT-QA"], X=["QA accuracy"],
         T=["Multi-Modal QA", "Time-Series Question Answering", "Time-Series QA"],
         P=["ITFormer|Instruct Time Transformer", "EngineMT-QA"],
         L=[("used_for", "ITFormer", "Multi-Modal QA")],
         A=[("ITFormer", "Instruct Time Transformer"), ("Time-Series Question Answering", "Time-Series QA")]),
    # N09 (the framework is unnamed; Werewolf is the game used as the test bed)
    dict(file="002_8310ea5c5292aef1.txt", line=41,
         D=["Werewolf"]),
    # N10 (ICL is a paradigm; "toolken" is the paper's word for a tool token, not a named method)
    dict(file="002_8310ea5c5292aef1.txt", line=43,
         M=["ToolkenGPT"], T=["numerical reasoning", "knowledge-based question answering", "embodied plan generation"],
         P=["ToolkenGPT"],
         L=[("used_for", "ToolkenGPT", "numerical reasoning"), ("used_for", "ToolkenGPT", "knowledge-based question answering"),
            ("used_for", "ToolkenGPT", "embodied plan generation")]),
    # N11 (the module is named at the end; "the base LLM" with it is CAMELoT)
    dict(file="002_8310ea5c5292aef1.txt", line=65,
         M=["CAMELoT", "Consolidated Associative Memory Enhanced Long Transformer"], D=["Arxiv"], X=["perplexity"],
         T=["long-context modeling"],
         P=["CAMELoT|Consolidated Associative Memory Enhanced Long Transformer"],
         R=[("29.7", "%", True, "perplexity", "Arxiv", "CAMELoT")],
         L=[("evaluated_on", "CAMELoT", "Arxiv"), ("used_for", "CAMELoT", "long-context modeling")],
         A=[("CAMELoT", "Consolidated Associative Memory Enhanced Long Transformer")]),
    # N12 (study; implicit multimodal alignment is a finding, not a method; the alignment score is the proxy metric
    # the paper puts forward; "FFN layers" names the architecture as a noun)
    dict(file="002_8310ea5c5292aef1.txt", line=129,
         M=["FFN"], X=["implicit alignment score", "inference cost"],
         P=["implicit alignment score"]),
    # N13 (the models and the Unicode-centric tokenizer are unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=137,
         M=["Transformer"], D=["MMLU"]),
    # N14 (study; the cheap-parameter tricks are described, not named)
    dict(file="002_8310ea5c5292aef1.txt", line=151,
         X=["test loss"]),
    # N15 (active learning and model selection are put forward as downstream tasks here)
    dict(file="002_8310ea5c5292aef1.txt", line=165,
         M=["ProbVLM", "CLIP", "BLIP", "latent diffusion model"], D=["COCO", "Flickr", "CUB", "Oxford-flowers"],
         T=["active learning", "model selection"],
         P=["ProbVLM"],
         L=[("based_on", "ProbVLM", "CLIP"), ("based_on", "ProbVLM", "BLIP"),
            ("evaluated_on", "ProbVLM", "COCO"), ("evaluated_on", "ProbVLM", "Flickr"), ("evaluated_on", "ProbVLM", "CUB"),
            ("evaluated_on", "ProbVLM", "Oxford-flowers"), ("used_for", "ProbVLM", "active learning"),
            ("used_for", "ProbVLM", "model selection")]),
    # N16 ("only 25% vision tokens of baseline" is the saving the method achieves; the 8 benchmarks are unnamed)
    dict(file="002_8310ea5c5292aef1.txt", line=175,
         M=["Spatial Token Fusion", "STF", "Multi-Block Token Fusion", "MBTF", "LLaVA-1.5"],
         P=["STF|Spatial Token Fusion", "MBTF|Multi-Block Token Fusion"],
         R=[("25", "%", False, None, None, "STF")],
         L=[("based_on", "STF", "LLaVA-1.5")],
         A=[("STF", "Spatial Token Fusion"), ("MBTF", "Multi-Block Token Fusion")]),
    # N17 (SFT and RL from AI feedback are paradigms; the three applications are tasks)
    dict(file="002_8310ea5c5292aef1.txt", line=197,
         M=["Plug-and-Play Policy Planner", "plug-and-play dialogue policy planner", "PPDPP"],
         T=["Proactive dialogues", "proactive dialogue", "dialogue policy planning", "negotiation", "emotional support",
            "tutoring dialogues"],
         P=["PPDPP|Plug-and-Play Policy Planner|plug-and-play dialogue policy planner"],
         L=[("used_for", "PPDPP", "dialogue policy planning"), ("used_for", "PPDPP", "negotiation"),
            ("used_for", "PPDPP", "emotional support"), ("used_for", "PPDPP", "tutoring dialogues")],
         A=[("PPDPP", "Plug-and-Play Policy Planner", "plug-and-play dialogue policy planner"),
            ("Proactive dialogues", "proactive dialogue")]),
    # N18 (the title names the approach; SLM(s) is a class; "1-2%" gives two results)
    dict(file="002_8310ea5c5292aef1.txt", line=233,
         M=["LLM-to-SLM"], X=["speedups"], T=["translation", "summarization", "instruction following"],
         P=["LLM-to-SLM"],
         R=[("4", "x", True, "speedups", None, "LLM-to-SLM"), ("1", "%", True, None, None, "LLM-to-SLM"),
            ("2", "%", True, None, None, "LLM-to-SLM")]),
    # N19 (the method is unnamed; nothing named)
    dict(file="002_8310ea5c5292aef1.txt", line=239),
]
for _p in PAPERS_DEV9:
    _p["split"] = "dev9"
