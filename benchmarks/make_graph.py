"""Generate a synthetic paperkg graph as N-Triples, in our RDF vocabulary, for the query benchmark.

Why synthetic: the sample corpus gives a few thousand triples; the query store must answer the
named questions on graphs of millions. The generator mimics the shape a real build produces
(see ``kg/graph.py`` and the RDF section of the contracts): papers with titles, abstracts, dates
and authors; Zipf-distributed mentions of a few thousand popular methods, datasets, metrics and
tasks; one newly proposed method per paper, based on and outperforming popular baselines,
evaluated on popular datasets; reported results; every relation edge reified as an
``rdf:Statement`` with support, confidence, provenance and evidence nodes. Deterministic
(seeded), no blank nodes.

Usage::

    python benchmarks/make_graph.py --papers 72000 -o /tmp/kg10m.nt     # ~10 million triples
    python benchmarks/make_graph.py --papers 7200 -o /tmp/kg1m.nt       # ~1 million triples

It prints the number of triples written. Popular entity names include real ones (LoRA, BERT,
GSM8K, accuracy, ...) so the benchmark's arguments read naturally.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import random
import sys
from pathlib import Path

ID = "https://w3id.org/paperkg/id/"
PKG = "https://w3id.org/paperkg/vocab#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

METHODS = ["BERT", "LoRA", "GPT-4", "Llama-2", "T5", "ResNet-50", "ViT", "CLIP", "RoBERTa", "GPT-3", "Transformer",
           "Mistral-7B", "QLoRA", "DPO", "PPO", "RLHF", "Stable Diffusion", "U-Net", "BLIP-2", "Flamingo",
           "DINOv2", "SAM", "Whisper", "Chain-of-Thought", "Adam", "Mixture-of-Experts", "Mamba", "FlashAttention"]
DATASETS = ["GSM8K", "MATH", "GLUE", "SQuAD", "ImageNet", "COCO", "MMLU", "HumanEval", "VQAv2", "WikiText-103",
            "SuperGLUE", "CIFAR-10", "LibriSpeech", "MBPP", "HellaSwag", "ARC", "TruthfulQA", "BIG-Bench"]
METRICS = ["accuracy", "F1", "BLEU", "ROUGE-L", "perplexity", "exact match", "pass@1", "FID", "WER", "mAP",
           "top-1 accuracy", "CIDEr", "AUC", "recall@10"]
TASKS = ["question answering", "math reasoning", "image classification", "machine translation", "summarization",
         "code generation", "speech recognition", "object detection", "text-to-image generation", "instruction following"]
WORDS = ("efficient scalable robust sparse adaptive contrastive hierarchical multimodal neural parameter "
         "instruction reasoning retrieval alignment diffusion attention token language vision model learning "
         "training inference benchmark evaluation low-rank fine-tuning transfer").split()


def _nt_lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _typed(value: str, dtype: str) -> str:
    return f'"{value}"^^<{XSD}{dtype}>'


def _h(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


class Writer:
    """Counts and writes N-Triples lines."""

    def __init__(self, out):
        self.out = out
        self.count = 0

    def t(self, s: str, p: str, o: str) -> None:
        self.out.write(f"<{s}> <{p}> {o} .\n")
        self.count += 1


def _entities(kind: str, named: list[str], total: int) -> list[tuple[str, str, list[str]]]:
    """(iri, label, aliases) for ``total`` entities: the named ones first, then numbered ones."""
    out = []
    for i in range(total):
        label = named[i] if i < len(named) else f"{kind.capitalize()}-{i:05d}"
        slug = label.lower().replace(" ", "-")
        aliases = [label, label.replace("-", " "), label.lower()]
        out.append((f"{ID}{kind}/{slug}", label, sorted(set(aliases))))
    return out


def _zipf_sampler(rng: random.Random, n: int, s: float = 1.1):
    cum = list(itertools.accumulate(1.0 / (r + 1) ** s for r in range(n)))
    top = cum[-1]
    return lambda: bisect.bisect_left(cum, rng.random() * top)


def generate(out, *, papers: int, seed: int = 7) -> int:
    """Write the synthetic graph to the text stream ``out``; return the number of triples."""
    rng = random.Random(seed)
    w = Writer(out)
    scale = max(1, papers // 1000)
    methods = _entities("method", METHODS, 40 * scale)
    datasets = _entities("dataset", DATASETS, 12 * scale)
    metrics = _entities("metric", METRICS, 60)
    tasks = _entities("task", TASKS, 200)
    pick_m, pick_d = _zipf_sampler(rng, len(methods)), _zipf_sampler(rng, len(datasets))
    pick_x, pick_t = _zipf_sampler(rng, len(metrics)), _zipf_sampler(rng, len(tasks))
    mention_counts: dict[str, list[int]] = {}
    edges: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    proposed: list[tuple[str, str, list[str]]] = []

    def mention(paper: str, entity: str) -> None:
        w.t(paper, PKG + "mentions", f"<{entity}>")
        c = mention_counts.setdefault(entity, [0, 0])
        c[0] += 1
        c[1] += 1 + (rng.random() < 0.3)

    def edge(s: str, p: str, o: str, paper: str, sentence: str) -> None:
        edges.setdefault((s, p, o), []).append((paper, sentence))

    for i in range(papers):
        year, month = 2019 + (i * 7 // max(papers, 1)) % 7, 1 + i % 12
        arxiv = f"{year % 100:02d}{month:02d}.{i:05d}"
        paper = f"{ID}paper/arxiv:{arxiv}"
        words = rng.sample(WORDS, 6)
        name = f"{words[0].capitalize()}{words[1].capitalize()}-{i}"
        title = f"{name}: {' '.join(words[2:])} for {tasks[pick_t()][1]}"
        base = methods[pick_m()]
        ds = datasets[pick_d()]
        metric = metrics[pick_x()]
        sent_prop = f"We propose {name}, a {words[2]} {words[3]} method built on {base[1]}."
        sent_res = f"{name} outperforms {base[1]} on {ds[1]}, reaching {metric[1]} of {50 + i % 50}.{i % 10}."
        w.t(paper, RDF + "type", f"<{PKG}Paper>")
        w.t(paper, DCT + "title", _nt_lit(title))
        w.t(paper, DCT + "abstract", _nt_lit(f"{sent_prop} {sent_res} We release code."))
        w.t(paper, DCT + "identifier", _nt_lit(f"arxiv:{arxiv}"))
        w.t(paper, DCT + "issued", _typed(f"{year}-{month:02d}-{1 + i % 28:02d}", "date"))
        for author in sorted(rng.sample(range(papers * 2 + 3), 3)):
            w.t(paper, DCT + "creator", _nt_lit(f"Author {author}"))
        w.t(paper, PKG + "arxivId", _nt_lit(arxiv))
        w.t(paper, SCHEMA + "url", _nt_lit(f"https://arxiv.org/abs/{arxiv}"))
        w.t(paper, PKG + "source", _nt_lit(f"synthetic.jsonl:{i + 1}"))

        new_iri = f"{ID}method/{name.lower()}"
        proposed.append((new_iri, name, sorted({name, name.lower()})))
        mention(paper, new_iri)
        edge(paper, "proposes", new_iri, paper, sent_prop)
        seen = {new_iri}
        for ent in (base[0], ds[0], metric[0], methods[pick_m()][0], datasets[pick_d()][0], tasks[pick_t()][0],
                    methods[pick_m()][0]):
            if ent not in seen:
                seen.add(ent)
                mention(paper, ent)
        if rng.random() < 0.6:  # not every abstract says what its method builds on
            edge(new_iri, "basedOn", base[0], paper, sent_prop)
        edge(new_iri, "outperforms", base[0], paper, sent_res)
        edge(new_iri, "evaluatedOn", ds[0], paper, sent_res)
        if rng.random() < 0.5:
            edge(new_iri, "usedFor", tasks[pick_t()][0], paper, sent_prop)
        if rng.random() < 0.3:
            ia, ib = pick_m(), pick_m()
            if ia != ib:
                a, b = methods[max(ia, ib)][0], methods[min(ia, ib)][0]
                edge(a, "outperforms", b, paper, sent_res)
                edge(a, "evaluatedOn", ds[0], paper, sent_res)
                if rng.random() < 0.1:  # popular methods build on older, more popular ones: a DAG
                    edge(a, "basedOn", b, paper, sent_prop)
        if rng.random() < 0.05 and i:
            older = proposed[rng.randrange(len(proposed) - 1)]
            edge(new_iri, "variantOf", older[0], paper, sent_prop)
        for r in range(1 + (i % 3)):
            m = new_iri if r == 0 else base[0]
            d = ds[0] if r < 2 else datasets[pick_d()][0]
            value = f"{40 + rng.randrange(600) / 10:.1f}"
            res = f"{ID}result/{_h(paper + str(r))}"
            w.t(paper, PKG + "reports", f"<{res}>")
            w.t(res, RDF + "type", f"<{PKG}Result>")
            w.t(res, RDFS + "label", _nt_lit(f"{value} {metric[1]}"))
            w.t(res, PKG + "method", f"<{m}>")
            w.t(res, PKG + "dataset", f"<{d}>")
            w.t(res, PKG + "metric", f"<{metric[0]}>")
            w.t(res, PKG + "value", _typed(value, "decimal"))
            w.t(res, PKG + "unit", _nt_lit(""))
            w.t(res, PKG + "rawValue", _nt_lit(value))
            w.t(res, PKG + "isDelta", _typed("true" if r == 2 and i % 5 == 0 else "false", "boolean"))
            w.t(res, PROV + "wasDerivedFrom", f"<{paper}>")
            w.t(res, PKG + "sentence", _nt_lit(sent_res))
            w.t(res, PKG + "startOffset", _typed("0", "integer"))
            w.t(res, PKG + "endOffset", _typed(str(len(sent_res)), "integer"))
            w.t(res, PKG + "extractor", _nt_lit("kg_results"))
            w.t(res, PKG + "confidence", _typed("0.8", "decimal"))

    for (s, p, o), support in sorted(edges.items()):
        w.t(s, PKG + p, f"<{o}>")
        st = f"{ID}statement/{_h(s + '|' + p + '|' + o)}"
        w.t(st, RDF + "type", f"<{RDF}Statement>")
        w.t(st, RDF + "subject", f"<{s}>")
        w.t(st, RDF + "predicate", f"<{PKG}{p}>")
        w.t(st, RDF + "object", f"<{o}>")
        w.t(st, PKG + "support", _typed(str(len({pp for pp, _ in support})), "integer"))
        w.t(st, PKG + "confidence", _typed("0.8", "decimal"))
        for paper, sentence in support:
            w.t(st, PROV + "wasDerivedFrom", f"<{paper}>")
            ev = f"{ID}evidence/{_h(st + paper + sentence)}"
            w.t(st, PKG + "evidence", f"<{ev}>")
            w.t(ev, RDF + "type", f"<{PKG}Evidence>")
            w.t(ev, PROV + "wasDerivedFrom", f"<{paper}>")
            w.t(ev, PKG + "sentence", _nt_lit(sentence))
            w.t(ev, PKG + "startOffset", _typed("0", "integer"))
            w.t(ev, PKG + "endOffset", _typed(str(len(sentence)), "integer"))
            w.t(ev, PKG + "extractor", _nt_lit("kg_relations"))
            w.t(ev, PKG + "confidence", _typed("0.8", "decimal"))

    for kind, cls, ents in (("method", "Method", methods + proposed), ("dataset", "Dataset", datasets),
                            ("metric", "Metric", metrics), ("task", "Task", tasks)):
        for iri, label, aliases in ents:
            counts = mention_counts.get(iri)
            if not counts:
                continue
            w.t(iri, RDF + "type", f"<{PKG}{cls}>")
            w.t(iri, RDFS + "label", _nt_lit(label))
            for alias in aliases:
                w.t(iri, SKOS + "altLabel", _nt_lit(alias))
            w.t(iri, PKG + "paperCount", _typed(str(counts[0]), "integer"))
            w.t(iri, PKG + "mentionCount", _typed(str(counts[1]), "integer"))
    return w.count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=72000, help="number of papers (72000 gives about 10M triples)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8", newline="\n") as out:
        n = generate(out, papers=args.papers, seed=args.seed)
    print(f"{n} triples, {args.papers} papers -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
