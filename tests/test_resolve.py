"""Entity resolution: what must merge, what must stay apart, and variant families."""

from __future__ import annotations

import random

import pytest

from kg.records import Extraction, Mention
from kg.resolve import (
    Resolution, Resolver, depluralize, is_abbreviation, normalize_name, resolve_extractions, slugify,
    split_inline_abbreviation, variant_parents,
)


def _m(paper: str, text: str, label: str = "METHOD", entity: str | None = None) -> Mention:
    return Mention(paper, label, text, 0, len(text), entity=entity)


def _resolve(papers: dict[str, list], abbreviations: dict[str, list] | None = None) -> tuple[Resolution, list[Extraction]]:
    """papers: paper id -> list of text or (text, label[, entity])."""
    extractions = []
    for pid, items in papers.items():
        mentions = []
        for item in items:
            item = (item,) if isinstance(item, str) else item
            mentions.append(_m(pid, *item))
        extractions.append(Extraction(pid, mentions=tuple(mentions), abbreviations=tuple((abbreviations or {}).get(pid, ()))))
    return resolve_extractions(extractions), extractions


def _node(res: Resolution, ex: list[Extraction], paper: str, text: str) -> str | None:
    e = next(x for x in ex if x.paper_id == paper)
    m = next(m for m in e.mentions if m.text == text)
    return res.resolve_mention(m, res.local_abbreviations(e))


@pytest.mark.parametrize(
    "forms",
    [
        ("BLIP-2", "BLIP2"),  # hyphen between name and version
        ("Llama 2", "LLaMA-2", "llama2", "LLaMA 2"),  # case, space and hyphen
        ("GPT\u20133.5", "GPT-3.5", "GPT 3.5"),  # unicode en dash
        ("Vision Transformers", "vision transformer"),  # plural, case
        ("LLMs", "LLM"),  # acronym plural
        ("chain-of-thought", "Chain of Thought"),  # hyphens vs spaces
        ("Mistral-7B", "Mistral 7B", "mistral-7b"),  # size suffix spelled three ways
        ("ResNet-50", "ResNet50"),  # glued digits
    ],
)
def test_resolve_spellings_merge(forms):
    res, ex = _resolve({f"p{i}": [f] for i, f in enumerate(forms)})
    nodes = {_node(res, ex, f"p{i}", f) for i, f in enumerate(forms)}
    assert len(nodes) == 1, nodes


@pytest.mark.parametrize(
    "a,b",
    [
        ("BERT", "RoBERTa"),  # one name inside another
        ("LLaMA", "LLaMA-2"),  # family vs version
        ("ResNet-50", "ResNet-101"),  # two sizes
        ("LLaMA-2-7B", "LLaMA-2-70B"),  # two sizes of one version
        ("GPT-3", "GPT-3.5"),  # two versions
        ("Llama 2 7B", "Llama 27B"),  # digits split by a separator stay split
        ("vision transformer", "vision language model"),  # a shared word alone
        ("image classification", "image segmentation"),  # a shared word alone
        ("T5", "mT5"),  # a prefix letter makes another model
        ("GPT-4", "GPT-4o"),  # a suffix letter makes another model
    ],
)
def test_resolve_different_things_stay_apart(a, b):
    res, ex = _resolve({"p1": [a], "p2": [b]})
    assert _node(res, ex, "p1", a) != _node(res, ex, "p2", b)


def test_resolve_lora_abbreviation_long_form_and_inline_merge():
    res, ex = _resolve(
        {"p1": ["LoRA", "Low-Rank Adaptation"], "p2": ["LoRA"], "p3": ["low-rank adaptation (LoRA)"], "p4": ["low-rank adaptation"]},
        {"p1": [("LoRA", "Low-Rank Adaptation")]},
    )
    nodes = {_node(res, ex, "p1", "LoRA"), _node(res, ex, "p1", "Low-Rank Adaptation"), _node(res, ex, "p2", "LoRA"),
             _node(res, ex, "p3", "low-rank adaptation (LoRA)"), _node(res, ex, "p4", "low-rank adaptation")}
    assert len(nodes) == 1
    entity = res.entities[nodes.pop()]
    assert {"LoRA", "Low-Rank Adaptation", "low-rank adaptation"} <= set(entity.aliases)


def test_resolve_abbreviation_local_definition_wins_over_corpus_majority():
    res, ex = _resolve(
        {"a": ["SR", "super-resolution"], "b": ["SR", "super-resolution"], "c": [("SR", "METRIC"), ("success rate", "METRIC")],
         "d": ["SR"]},
        {"a": [("SR", "super-resolution")], "b": [("SR", "super-resolution")], "c": [("SR", "success rate")]},
    )
    super_resolution = _node(res, ex, "a", "super-resolution")
    success_rate = _node(res, ex, "c", "success rate")
    assert super_resolution != success_rate
    assert _node(res, ex, "c", "SR") == success_rate  # the paper's own definition
    assert _node(res, ex, "d", "SR") == super_resolution  # undefined here: the corpus majority


def test_resolve_lexicon_alias_merges_and_names_the_entity():
    res, ex = _resolve({"p1": [("CoT", "METHOD", "Chain-of-Thought")], "p2": ["chain of thought"], "p3": ["CoT"]})
    nodes = {_node(res, ex, "p1", "CoT"), _node(res, ex, "p2", "chain of thought"), _node(res, ex, "p3", "CoT")}
    assert len(nodes) == 1
    assert res.entities[nodes.pop()].label == "Chain-of-Thought"


@pytest.mark.parametrize(
    "mention,hint,family",
    [
        ("DINOv2", "DINO", "DINO"),  # the lexicon names the family of a version
        ("mBERT", "BERT", "BERT"),  # ... of a derived model
        ("Llama 3.1", "Llama 3", "Llama 3"),  # ... of a point release
    ],
)
def test_resolve_lexicon_family_hint_is_a_variant_not_an_identity(mention, hint, family):
    res, ex = _resolve({"p1": [(mention, "METHOD", hint)]})
    child = _node(res, ex, "p1", mention)
    parents = dict(res.variants)
    assert child in parents
    assert res.entities[parents[child]].label == family
    assert res.entities[child].label != family


@pytest.mark.parametrize(
    "names,edges",
    [
        (["LLaMA-2-7B", "LLaMA-2", "LLaMA"], {("LLaMA-2-7B", "LLaMA-2"), ("LLaMA-2", "LLaMA")}),  # a chain
        (["LLaMA-2-7B", "LLaMA"], {("LLaMA-2-7B", "LLaMA")}),  # nearest attested family
        (["BLIP-2", "BLIP"], {("BLIP-2", "BLIP")}),
        (["GPT-3.5-Turbo", "GPT-3.5"], {("GPT-3.5-Turbo", "GPT-3.5")}),  # GPT is not invented
        (["ResNet-50", "ResNet-101", "ResNet"], {("ResNet-50", "ResNet"), ("ResNet-101", "ResNet")}),
        (["ResNet-50"], set()),  # no family seen: no family node
        (["BERT", "RoBERTa"], set()),  # not a version
        (["BERT-base", "BERT"], {("BERT-base", "BERT")}),  # edition word
    ],
)
def test_resolve_variants_link_to_attested_families(names, edges):
    res, _ = _resolve({f"p{i}": [n] for i, n in enumerate(names)})
    got = {(res.entities[c].label, res.entities[p].label) for c, p in res.variants}
    assert got == edges
    assert len(res.entities) == len(names)


def test_resolve_variant_needs_same_type():
    res, _ = _resolve({"p1": [("VQAv2", "DATASET")], "p2": [("VQA", "TASK")]})
    assert res.variants == []


def test_resolve_type_by_votes():
    res, ex = _resolve({"p1": [("VQA", "TASK")], "p2": [("VQA", "TASK")], "p3": [("VQA", "DATASET")]})
    node = _node(res, ex, "p1", "VQA")
    assert node == "task/vqa"
    assert res.entities[node].entity_type == "task"


def test_resolve_label_is_most_frequent_spelling():
    res, ex = _resolve({"p1": ["LLaMA-2"], "p2": ["LLaMA-2"], "p3": ["Llama 2"]})
    assert res.entities[_node(res, ex, "p3", "Llama 2")].label == "LLaMA-2"


def test_resolve_ids_do_not_depend_on_order():
    papers = {f"p{i}": [n] for i, n in enumerate(["LoRA", "BLIP-2", "BLIP2", "BLIP", "Llama 2", "LLaMA-2-7B", "GPT-3.5"])}
    extractions = [Extraction(pid, mentions=(_m(pid, t),)) for pid, ts in papers.items() for t in ts]
    first = resolve_extractions(extractions)
    random.Random(7).shuffle(extractions)
    second = resolve_extractions(extractions)
    assert first.entities == second.entities
    assert first.variants == second.variants
    assert first.key_to_node == second.key_to_node


def test_resolve_slug_collision_gets_content_suffix():
    # "GPT 3.5" and "GPT-35" are different names with the same slug-ish shape only if slugs collide.
    res, _ = _resolve({"p1": ["C++"], "p2": ["C plus plus"]})
    ids = sorted(res.entities)
    assert len(ids) == 2 and len(set(ids)) == 2
    assert all(i.startswith("method/c-plus-plus") for i in ids)


def test_resolve_unknown_text_resolves_to_none():
    res, _ = _resolve({"p1": ["BERT"]})
    assert res.resolve("never seen") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Transformers", "Transformer"),  # regular plural
        ("GANs", "GAN"),  # acronym plural
        ("strategies", "strategy"),  # -ies
        ("Atlas", "Atlas"),  # -as is not a plural
        ("loss", "loss"),  # -ss
        ("physics", "physics"),  # -ics
        ("ResNets", "ResNets"),  # camel-case names are left alone
    ],
)
def test_resolve_depluralize(text, expected):
    assert depluralize(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("LLaMA-2-7B", "llama2-7b"),
        ("Llama 2 7B", "llama2-7b"),
        ("BLIP\u20112", "blip2"),  # non-breaking hyphen
        ("Low Rank Adaptation", "lowrankadaptation"),
        ("pass@1", "pass@1"),
    ],
)
def test_resolve_normalize_name(text, expected):
    assert normalize_name(text) == expected


@pytest.mark.parametrize(
    "name,parents",
    [
        ("LLaMA-2-7B", ["LLaMA-2", "LLaMA"]),
        ("Mixtral-8x7B", ["Mixtral"]),
        ("ViT-L/14", ["ViT-L", "ViT"]),
        ("Qwen2.5-VL-7B", ["Qwen2.5-VL"]),  # VL is not a version: stop there
        ("wav2vec", []),  # digits inside a name
        ("top-1 accuracy", []),
        ("CIFAR-10", ["CIFAR"]),
        ("7B", []),
    ],
)
def test_resolve_variant_parents(name, parents):
    assert variant_parents(name) == parents


@pytest.mark.parametrize(
    "short,long,expected",
    [
        ("LoRA", "Low-Rank Adaptation", True),
        ("PEFT", "parameter-efficient fine-tuning", True),
        ("VQA", "visual question answering", True),
        ("BERT", "RoBERTa", False),
        ("SR", "image classification", False),
        ("A2C", "Ask-to-Choose", True),  # a count the long form writes as a word ("to")
        ("2DMSE", "Two-dimensional Matryoshka Sentence Embedding", True),
        ("R2", "Rank", False),  # one letter left: no abbreviation
        ("ResNet50", "Residual Network", False),  # a trailing size: a variant, not the family's long form
    ],
)
def test_resolve_is_abbreviation(short, long, expected):
    assert is_abbreviation(short, long) is expected


def test_resolve_short_form_with_a_digit_merges_with_its_inline_long_form():
    # The span joiner (extractors.merge.abbreviates) skips a short form's digits and writes "Ask-to-Choose (A2C)" as one
    # mention; resolution must read it as the same pair, not make "Ask-to-Choose (A2C)" and "A2C" two nodes.
    res, ex = _resolve({"p1": ["Ask-to-Choose (A2C)", "A2C"]})
    assert _node(res, ex, "p1", "Ask-to-Choose (A2C)") == _node(res, ex, "p1", "A2C") is not None


def test_resolve_split_inline_abbreviation_both_orders():
    assert split_inline_abbreviation("Low-Rank Adaptation (LoRA)") == ("Low-Rank Adaptation", "LoRA")
    assert split_inline_abbreviation("LoRA (Low-Rank Adaptation)") == ("Low-Rank Adaptation", "LoRA")
    assert split_inline_abbreviation("BLIP-2 (ours)") is None


def test_resolve_slugify_is_stable_and_iri_safe():
    assert slugify("LLaMA-2 7B") == "llama-2-7b"
    assert slugify("  --  ") == ""


def test_resolve_resolver_collects_incrementally():
    r = Resolver()
    r.add(Extraction("p1", mentions=(_m("p1", "BLIP-2"),)))
    r.add(Extraction("p2", mentions=(_m("p2", "BLIP2"),)))
    res = r.finalize()
    assert list(res.entities) == ["method/blip-2"]
    assert res.entities["method/blip-2"].aliases == ("BLIP-2", "BLIP2")


def test_resolve_misspelled_expansions_of_one_abbreviation_merge():
    res, ex = _resolve(
        {"a": ["LoRA"], "b": ["LoRA"], "c": ["LoRA"], "d": ["LoRA"]},
        {"a": [("LoRA", "Low-Rank Adaptation")], "b": [("LoRA", "Low-Rank Adaptation")], "c": [("LoRA", "low-rank adaption")],
         "d": [("LoRA", "low-rank adapters")]},
    )
    assert len({_node(res, ex, p, "LoRA") for p in "abcd"}) == 1
    assert list(res.entities) == ["method/lora"]


def test_resolve_different_expansions_of_one_abbreviation_stay_apart():
    res, ex = _resolve(
        {"a": ["SR", "speech recognition"], "b": ["SR", "speaker recognition"]},
        {"a": [("SR", "speech recognition")], "b": [("SR", "speaker recognition")]},
    )
    assert _node(res, ex, "a", "SR") == _node(res, ex, "a", "speech recognition")
    assert _node(res, ex, "b", "SR") == _node(res, ex, "b", "speaker recognition")
    assert _node(res, ex, "a", "SR") != _node(res, ex, "b", "SR")


def test_resolve_label_is_singular():
    res, ex = _resolve({"p1": ["LLMs"], "p2": ["LLMs"], "p3": ["LLM"]})
    assert res.entities[_node(res, ex, "p1", "LLMs")].label == "LLM"


@pytest.mark.parametrize(
    "span,entity,bare",
    [
        ("ImageNet-1k dataset", "ImageNet", "ImageNet-1k"),  # a family hint inside the name (37d435d)
        ("BIG-bench benchmark", "BIG-Bench", "BIG-bench"),  # the same name spelt otherwise
        ("SST2 datasets", "SST-2", "SST2"),
    ],
)
def test_resolve_dataset_span_with_its_head_noun_is_its_bare_name(span, entity, bare):
    # kg_mention_spans extends a DATASET span by its head noun and keeps the finder's entity: the span and the bare
    # name elsewhere in the paper are one node, never a 'X dataset' node of its own
    res, ex = _resolve({"p1": [(span, "DATASET", entity), (bare, "DATASET", entity)]})
    assert _node(res, ex, "p1", span) == _node(res, ex, "p1", bare)
    assert all("dataset" not in e.label.lower() and "benchmark" not in e.label.lower() for e in res.entities.values())


def test_bare_text_dataset_heads_cover_kg_mention_spans_heads():
    # kg.resolve keeps its own copy of the head nouns kg_mention_spans adds (kg may not import the spaCy-side
    # extractors.merge at module level): every head the merge adds must be read back as one
    from extractors.merge import DATASET_HEADS
    from kg.resolve import _DATASET_HEAD_TAIL_RE

    assert [h for h in DATASET_HEADS if not _DATASET_HEAD_TAIL_RE.search("Zorb Faces " + h)] == []
