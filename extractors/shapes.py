"""What a name looks like, and what its context says it is: pure functions shared by the rule finders.

Most names in abstracts are new (a paper's own model, a variant, a new
benchmark), so a lexicon alone cannot find them. They are recognisable by shape
(acronyms, CamelCase coinages, letters mixed with digits, hyphenated compounds
with such a part, a version or size suffix: ``MatSci-NLP``, ``R2A``, ``LM4LV``,
``SelfCP``, ``OPT-1.3B``, ``LLaMA-2-7B``, ``DeiT-Base``) and typed by their
context ("the X dataset", "X, a novel framework", "evaluated on X and Y").

Everything here works on plain strings with compiled regular expressions: one
:data:`NAME_RE` scan per text finds every name-shaped candidate, and context cues
are anchored regexes over a few dozen characters on either side. No per-token
Python loop.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Iterable, Iterator

from extractors._regex import GatedPattern, cue_starts, cue_index_positions, match_at, register_cues
from extractors.labels import DATASET, METHOD, METRIC, TASK

# --- shape -------------------------------------------------------------------------------------

# One "piece" of a name: an acronym (LLM, BERTs), a CamelCase coinage (MatSci, mBERT, fastText,
# ChuXin), letters mixed with digits (Byte2Word, LM4LV, GSM8K, 4D), or a plain word (joined to a
# name-shaped piece by a hyphen: MAIN-RAG, Polyhistor-Lite, Chain-of-Tools).
_UPPER_RUN = r"[A-Z][A-Z0-9]+(?:[a-z](?![a-z]))?s?"        # BERT, LLMs, DKPLM, GPT4o, BERTs
_CAMEL = r"[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*"                  # MatSci, mBERT, fastText, ChuXin, CooK
_CAPCAMEL = r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*"                  # LongSkywork, SimpleToolQuestions
_CAPSLOWER = r"[A-Z]{2,}[a-z]{2,}[A-Za-z0-9]*"                 # ORacle, DKPLMs
_DIGITMIX = r"[A-Za-z]+[0-9][A-Za-z0-9]*|[0-9]+[A-Z][A-Za-z0-9]*"  # Byte2Word, R2A, 4D
_PIECE = rf"(?:{_CAPCAMEL}|{_CAMEL}|{_CAPSLOWER}|{_UPPER_RUN}|{_DIGITMIX})"
# a number may hold a product: a resolution or an expert count ("ImageNet-64x64", "Mixtral-8x7B")
_WORD = r"(?:[A-Za-z][A-Za-z0-9]*|[0-9]+(?:\.[0-9]+)?(?:[x×][0-9]+)?[A-Za-z]*)"
_JOIN = r"(?:-|(?<=[A-Za-z0-9])\.(?=[0-9]))"

#: A name-shaped core: pieces and words joined by hyphens, at least one name-shaped piece.
NAME_RE = re.compile(
    # the lookahead rejects plain words (most of any text) before the costly alternatives run
    rf"(?<![\w@/-])(?<![0-9]\.)(?![A-Z]?[a-z]+(?![\w-])|[0-9.,]+(?![\w-]))(?:"
    rf"(?:{_WORD}{_JOIN})*{_PIECE}(?:{_JOIN}{_WORD})*"            # MAIN-RAG, KG-TRACES, Distil-BERT-base-ro
    rf"|[A-Z][a-z]+-of-[A-Z][a-z]+(?:-[A-Za-z0-9]+)*"   # Chain-of-Tools
    rf"|[A-Z][a-z]{{2,}}-[0-9]+(?:\.[0-9]+)?[a-z]?(?:-[A-Za-z0-9]+)*"   # Babel-670, Kinetics-400, Llama-2-7b
    rf"|(?:[A-Z][a-z]*-)+(?:Bench|Eval)(?:-[A-Za-z0-9]+)*"   # C-Eval, Tele-Eval, Big-Bench: a benchmark word ends it
    rf"|[A-Z][a-z]{{2,}}-[A-Z](?:-[A-Za-z0-9]+)*"   # Swin-T, Bactrian-X, Rough-L: a size or variant letter ends a word
    rf")(?:\.[0-9]+)?"
    rf"(?![\w@]|-[A-Za-z0-9])"
)

#: A version or size suffix that belongs to the name before it (``TriLM 3.9B``, ``GPT-4o mini``); a bare
#: number after a space only with one digit before its point (``Llama 3.1``, not the score in ``StrategyQA 58.9``)
#: or as a year (``WMT 2014``); after a space one letter and a one- or two-digit version (``DeepSeek R1``,
#: ``BitNet b1.58``; not hardware such as ``A100``); a size letter after a version (``PaLM 2-L``); a family word
#: (``Claude Opus``); a second size after a slash (``DeiT Small/Tiny``, ``GPT-4v/o``). A size word that
#: opens a class of models is no suffix (``Transformer [large language models]``, ``Supervised Fine-tuning [Large
#: Language Model]``).
SUFFIX_RE = re.compile(
    r"(?:[ -](?!(?:[Ll]arge|[Ss]mall|[Bb]ase|[Tt]iny|[Mm]edium|[Hh]uge|[Mm]ini)[ -](?:[Ll]anguage|[Mm]ulti-?[Mm]odal|"
    r"[Vv]ision|[Rr]easoning|[Aa]udio|[Ss]peech|[Vv]ideo|[Ff]oundation)\b)(?:[A-Z][a-z]-[A-Z][a-z]|[0-9]+(?:\.[0-9]+)?[BMKTb]|[0-9]+[x×][0-9]+[BMK]|[vV][0-9]+(?:\.[0-9]+)*|(?<=-)[0-9]+(?:\.[0-9]+)*|(?<=[0-9]-)[SMLHG]|(?<= )[0-9](?:\.[0-9]+)*|(?<= )[A-Za-z][0-9]{1,2}(?:\.[0-9]+)?|(?<= )(?:19|20)[0-9]{2}(?![0-9.])|XL|XXL|Large|Base|Small|"
    r"Tiny|Mini|mini|Lite|Pro|Plus|Instruct|Chat|Turbo|Ultra|Max|Nano|Medium|Huge|large|base|small|medium|"
    r"tiny|instruct|chat|turbo|Opus|Sonnet|Haiku)"
    # a second size or variant after a slash (``DeiT Small/Tiny``, ``GPT-4v/o``)
    r"|(?:(?<=Small)|(?<=Large)|(?<=Base)|(?<=Tiny))/(?:Small|Large|Base|Tiny)|(?<=[0-9][a-z])/[a-z])+"
    # not a ratio's number ("trains VGG16 3× faster", "Mistral 2 times faster") nor a size word of a compound adjective
    # ("the Places365 large-scale scene dataset")
    r"(?![\w@%×]|\.[0-9]| ?(?:times|fold)\b|-(?:fold|scale|sized?)\b)"
)

#: Name-shaped words that are not names of methods, datasets, metrics or tasks on their own shape. The short forms of
#: training paradigms (ICL SFT PEFT KD RLHF RLAIF PTQ QAT RL) stay here although the paradigms are METHODs since session
#: 15: no shape guess takes them; the lexicon names the unambiguous ones (SFT, PEFT, RLHF, RLAIF, PTQ, QAT) and a
#: paper's own "long (SHORT)" definition the others (kg_merge.defined_task_acronyms).
GENERIC_NAMES = frozenset(
    """AI AGI ML DL NLP NLU NLG CV IR RL LLM LLMs LM LMs PLM PLMs SLM SLMs MLLM MLLMs VLM VLMs LVLM LVLMs
    LMM LMMs VLA VLAs LLM's SOA NN NNs DNN DNNs ANN ANNs GPU GPUs TPU TPUs CPU CPUs API APIs SOTA SoTA SotA SOTAs SoTAs
    IoT RGB RGB-D HTML JSON XML SQL PDF URL URLs USA US UK EU UN COVID COVID-19 SARS-CoV-2 DNA RNA MRI CT
    ECG EEG EHR EHRs FDA NIH NSF ICU HIV AR VR XR UAV UAVs GPS LiDAR OCR QA VQA Q&A FAQ II III IV VI VII
    VIII IX XI XII OK TV PC PhD MSc BSc CEO FP16 FP32 BF16 INT8 INT4 FP8 Int8 Int4 GB MB KB TB PB GHz MHz kHz Hz dB
    ms FLOP FLOPS FLOPs GFLOPs TFLOPs KV 1D 2D 3D 4D 5G 4G AUC ROC ICL SFT PEFT KD
    AIGC GenAI OOD IID i.i.d LoRAs NER POS SRL NLI MT ASR TTS SoA LRL LRLs HRL HRLs MDP MDPs POMDP POMDPs
    LaTeX PyTorch TensorFlow JAX GitHub HuggingFace arXiv ArXiv YouTube iPhone iOS macOS OpenAI
    DeepMind NVIDIA Nvidia Google Microsoft Anthropic Alibaba Baidu Tencent Huawei Intel AMD IBM
    DeepSpeed Megatron vLLM MoEs E2E TL;DR e.g i.e Eq Fig Sec App RLHF RLAIF PTQ QAT
    TVM oneDNN oneMKL cuDNN cuBLAS TensorRT ONNX OpenVINO XLA MXNet Caffe Theano Keras NumPy SciPy NLTK spaCy
    LangChain LlamaIndex
    DRAM SRAM HBM RAM VRAM NPU NPUs FPGA FPGAs ASIC ASICs SSD SSDs CUDA GeForce RTX VL V&L KG KGs
    HPC MPI OpenMP OpenCL SYCL x86 Arm NVLink NVLink2""".split()
)

#: Sizes, units and counts: name-shaped but never a name on their own.
_NOT_A_NAME_RE = re.compile(
    r"^(?:[0-9]+(?:\.[0-9]+)?(?:[BMKTGkbmxX]|GB|MB|TB|ms|[sh]|px|fps|bit|bits|st|nd|rd|th|D|d)"
    r"|[0-9]+[xX][0-9]+|[A-Z]|[0-9]+(?:\.[0-9]+)?(?:K|M|B|T|G)-[A-Za-z]+|v[0-9]+|[A-Z][0-9]?|[AaHhVvTtPpLl][0-9]{2,4}"
    r"|[A-Z]{1,2}[0-9]{1,2}|[A-Za-z]+-(?:GPU|GPUs|CPU|CPUs|node|nodes)"
    # BibTeX citation keys left in an abstract ("cover1978convergent")
    r"|[a-z]+(?:19|20)[0-9]{2}[a-z]+"
    # plural classes of language models (KEPLMs, PLMs, MLLMs), unlike a named one (DKPLM, TriLMs)
    r"|(?:[A-Z]{1,4}-)?[a-z]?[A-Z]{0,5}L{1,2}Ms"
    # physical units, alone or glued to their number ("31 kOe", "3.49 MeV", "83 GPa", "2 mM", "10^15Msun"):
    # a lower-case SI prefix before a one-letter unit (kV, mK, pA, kJ, mM; never GA, PA, MT), a prefix or
    # none before a two-letter one (eV, GeV, MPa, kOe, mHz, kWh), astronomy's solar units and years
    r"|(?:[0-9]+(?:\.[0-9]+)?)?(?:(?:[kmunpfµ]|micro|milli|nano)(?:[VKAJWMTL]|Wh|mol)"
    r"|(?:[kmunpfµMGTP]|micro|milli|nano)?(?:eV2?|Pa|Oe|Hz|Wh|bar)|[MLR]sun|[kMG]?pc|[kMG]?yrs?|Gyr|Myr)"
    # complexity classes (NP-hard, coNP-complete) and qualified dimensions or kinds (quasi-2D, Sub-100, type-II)
    r"|(?:co)?(?:NP|PSPACE|EXPTIME|APX|#P|P)-(?:hard|complete|hardness|completeness)"
    r"|(?:[Qq]uasi|[Ss]ub|[Pp]seudo)-[0-9]+D?|[Tt]ype-(?:I{1,3}|IV|V|[0-9])"
    # the statistics of clinical reporting, with their value ("95% CI 1.07 to 2.78", "OR 1.72", "HR 0.81")
    r"|CIs|ORs|IQRs?|a?(?:OR|HR|RR|CI) [0-9]+(?:\.[0-9]+)?"
    # numbers in scientific notation (7E13, 3E7yr, x10-5)
    r"|[0-9]+(?:\.[0-9]+)?[eE][0-9]+[a-z]*|[x×]10[-−]?[0-9]+)$"
)


#: Chemical element symbols, two-letter ones first (for :data:`_FORMULA_RE`).
_ELEMENT = (
    "(?:He|Li|Be|Ne|Na|Mg|Al|Si|Cl|Ar|Ca|Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Kr|Rb|Sr|Zr|Nb|Mo|Tc|Ru|Rh|Pd|Ag|Cd"
    "|In|Sn|Sb|Te|Xe|Cs|Ba|La|Ce|Pr|Nd|Pm|Sm|Eu|Gd|Tb|Dy|Ho|Er|Tm|Yb|Lu|Hf|Ta|Re|Os|Ir|Pt|Au|Hg|Tl|Pb|Bi|Po|At|Rn"
    "|Fr|Ra|Ac|Th|Pa|Np|Pu|Am|H|B|C|N|O|F|P|S|K|V|Y|I|W|U)")

#: Chemical formulas with a count and a two-letter element (Al2O3, CuO2, Gd2Ti2O7, AgNO3, the Mg2 of 'Mg2+'),
#: isotopes (76Ge, 99mTc; mass numbers below 300, so the face-landmark dataset 300W is none) and sky positions in catalogue names (HE2347-4342, QSOJ23503-4328, J063258.3):
#: the names of materials and objects a physics or chemistry abstract studies, never of a method or data.
#: (Formulas of one-letter elements only, H2O, W2V, S2S, P3O, are left alone: ML names take those shapes.)
_FORMULA_RE = re.compile(
    rf"(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z]*[0-9])(?:{_ELEMENT}[0-9]{{0,3}})+|(?:[1-9][0-9]?|[12][0-9]{{2}})m?{_ELEMENT}"
    r"|[A-Z]{0,5}J?[0-9]{4,}(?:\.[0-9]+)?[-+\u2212][0-9]{2,}(?:\.[0-9]+)?|J[0-9]{6}(?:\.[0-9]+)?")


def is_generic_name(text: str) -> bool:
    """True for shapes that are never extracted alone (``LLMs``, ``GPU``, ``7B``, ``3D``).

    Example:
        >>> [is_generic_name(t) for t in ("LLMs", "7B", "3D", "MatSci-NLP", "R2A", "State-of-The-Art")]
        [True, True, True, False, False, True]
        >>> [is_generic_name(t) for t in ("76Ge", "99mTc", "Al2O3", "300W")]
        [True, True, True, False]
    """
    return text in GENERIC_NAMES or bool(_NOT_A_NAME_RE.match(text)) or bool(_FORMULA_RE.fullmatch(text)) or (
        len(text) == 16 and text.lower() == "state-of-the-art")


#: A hyphenated modifier after a name (``BERT-like``, ``DeepSeek-R1-based``): not part of the name.
_TRAILING_COMPOUND_RE = re.compile(
    r"-(?:based|like|style|type|powered|driven|aware|guided|specific|free|only|level|wise|scale|enhanced|"
    r"augmented|generated|centric|oriented|friendly|compatible|tuned|trained|sized|inspired|assisted|"
    r"annotated|labeled|labelled|related|dependent|agnostic|conditioned|supervised|grounded|equipped|"
    r"variants?|family|families|series|models?|architectures?|backbones?|versions?)$"
)


#: The words of :data:`_TRAILING_COMPOUND_RE` (the segment after a name's last hyphen).
_TRAILING_WORDS = frozenset(
    """based like style type powered driven aware guided specific free only level wise scale enhanced augmented
    generated centric oriented friendly compatible tuned trained sized inspired assisted annotated labeled labelled
    related dependent agnostic conditioned supervised grounded equipped variant variants family families series
    model models architecture architectures backbone backbones version versions""".split()
)


#: Lower-case segments that close a compound after a name (``KG-available``, ``recall-intensive``).
_TRAILING_ADJECTIVES = frozenset(
    "available unavailable intensive efficient ready native compliant consuming expensive costly heavy hungry demanding".split()
)


def _is_trailing_word(word: str) -> bool:
    """A hyphenated modifier after a name: :data:`_TRAILING_WORDS`, a few adjectives, or a lower-case
    participle (``GReaTer-optimized``, ``ReverseGen-generated``) other than a checkpoint's ``cased``/``uncased``.

    Example:
        >>> [_is_trailing_word(w) for w in ("based", "optimized", "available", "uncased", "base", "7b")]
        [True, True, True, False, False, False]
    """
    if word in _TRAILING_WORDS or word in _TRAILING_ADJECTIVES:
        return True
    return len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower() and not word.endswith("cased")


@functools.lru_cache(maxsize=1 << 16)
def _is_name_core(core: str) -> bool:
    """A name-shaped core that is not generic (cached: the same names recur across abstracts)."""
    return not is_generic_name(core) and _has_piece(core)


#: Where a name can start: a word start whose run of lower-case letters, dots and hyphens reaches a
#: capital or digit (every name holds one). Its first character class lets the regex engine skip
#: word characters in C; the possessive run never backtracks.
_NAME_START_RE = re.compile(r"[^\w@/-][a-z.-]*+[A-Z0-9]")
#: NAME_RE and _NAME_START_RE for ASCII texts: with re.ASCII, ``\w`` and ``\b`` are a table look-up, not a Unicode
#: database call, and on an ASCII text they match the same characters (a pattern with ``\s`` would not: Unicode's
#: also takes the ASCII separators \x1c-\x1f). The scans take ~20% less time (find_name_candidates -6 us/abstract).
_ASCII_NAME_RE = re.compile(NAME_RE.pattern, re.ASCII)
# (spelled out as ASCII ranges, the class is a bitmap the engine tests in its C loop; "\w" in a negated class is a
# category test at each character: the gate's scan takes ~15% less time)
_ASCII_NAME_START_RE = re.compile(r"[^A-Za-z0-9_@/-][a-z.-]*+[A-Z0-9]", re.ASCII)
#: One scan for both: the character before a name, the start test as a look-ahead, and NAME_RE in group 1. Its
#: ``finditer`` tries NAME_RE exactly where a search for the start and a match after it did (a failed try moves on by
#: one character, a name's match resumes at its end), without two Python-level calls per candidate (~30 a text).
_NAME_SCAN = {
    False: re.compile(rf"[^\w@/-](?=[a-z.-]*+[A-Z0-9])({NAME_RE.pattern})").finditer,
    True: re.compile(rf"[^A-Za-z0-9_@/-](?=[a-z.-]*+[A-Z0-9])({NAME_RE.pattern})", re.ASCII).finditer,
}


def _name_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``NAME_RE.finditer(text)``, tried only where :data:`_NAME_START_RE` says a name can start.

    A name cannot contain a character outside letters, digits, ``.`` and ``-``, starts where
    ``NAME_RE``'s look-behind allows (after a character other than a word character, ``@``, ``/``
    or ``-``, or at the start), and holds a capital or a digit: so every match of ``NAME_RE`` starts
    one character after a match of ``_NAME_START_RE`` (or at 0), and the matches are the same.

    Example:
        >>> t = "BERT, a.GPT-4 and fastText but not e-mail"
        >>> [t[s:e] for s, e in _name_spans(t)] == [m.group() for m in NAME_RE.finditer(t)]
        True
    """
    ascii_ = text.isascii()  # the same matches (no \s in either), found faster: see _ASCII_NAME_RE
    first = (_ASCII_NAME_RE if ascii_ else NAME_RE).match(text, 0)
    if first is None:
        return [m.span(1) for m in _NAME_SCAN[ascii_](text)]
    out = [first.span()]
    out += [m.span(1) for m in _NAME_SCAN[ascii_](text, first.end())]
    return out


#: Prefixes that make a name a class of its complement or its period, never a name: "non-LLM baselines",
#: "non-HPC codes", "the pre-LLM era", "post-ASR correction", "Pre-LLM approaches" (capitalised at a
#: sentence start or in a title alike). Not "anti-": what works against a thing is a thing of its own
#: ("the Anti-UAV benchmark").
_NEGATED_PREFIXES = ("non-", "pre-", "post-", "Non-", "Pre-", "Post-")
#: Except the place of a normalisation layer, which names an architecture ("pre-LN and post-LN
#: Transformers", "Pre-RMSNorm").
_PLACED_LAYER_RE = re.compile(r"(?:[Pp]re|[Pp]ost)-(?:LN|BN|GN|RMSN|[A-Za-z]*Norm)\b")


#: A parameter count alone ("8B", "16B", "8x7B"): no name, but a released model's size after a plain word.
_BARE_SIZE_RE = re.compile(r"[0-9]+(?:[x×][0-9]+)?[BM]")
#: A plain capitalised word, or a name ending in "+", right before a parameter count and its space ("Minerva ",
#: "CodeT5+ "); read backwards from the count.
_SIZED_WORD_RE = re.compile(r"(?<![\w@/.+-])[A-Z](?:[a-z]{2,}|[\w.-]*[A-Za-z0-9]\+{1,2}) $")
#: Capitalised words before a count that name no model ("Our 9B model", "Deriving 8B and 4B models").
_NOT_SIZED_WORDS = frozenset("""Our The This These Those Its Their Each Both All Only Over Under About Around Nearly
    Approximately Roughly With Without From To For In On At By Of And Or Than Training Deriving Using Scaling
    Pretraining Total Extra Another Large Larger Small Smaller Medium Tiny Huge Big Mini Dense Sparse Base Top Trained
    Tuned Remarkably Notably Specifically Figure Fig Figures Table Tables Tab Section Appendix Chapter Equation Eq
    Panel Phase Stage Step Round Part Type Group Class Category Level Grade Track Wave Block Layer Version""".split())
#: What a count before such a noun counts is data, not a model's parameters ("Wikipedia 3B tokens").
_DATA_UNIT_AFTER_RE = re.compile(r" (?:tokens|words|subwords|characters|images|image-text|videos|frames|samples|examples|"
                                 r"pairs|documents|docs|sentences|texts|questions|problems|instances|hours|triples|"
                                 r"molecules|sequences|rows|records|facts|steps)\b")


def _sized_word(text: str, start: int, body: int) -> int:
    """Where the plain word before the parameter count at ``start`` begins ("Minerva 8B"), or -1.

    Only in the abstract (a Title Case title: "Efficiently Training 7B LLM"), never a sentence's first word.
    """
    m = _SIZED_WORD_RE.search(text, max(body, start - 40), start)
    if m is None or text[m.start():start - 1] in _NOT_SIZED_WORDS:
        return -1
    before = text[max(0, m.start() - 2):m.start()]
    return -1 if m.start() == 0 or before.endswith((". ", "\n", "! ", "? ")) else m.start()


def find_name_candidates(text: str, *, sized_words: bool = False) -> list[tuple[int, int]]:
    """Character spans of name-shaped strings in ``text``, with their version/size suffix.

    With ``sized_words``, also a plain capitalised word (or a name ending in "+") before a parameter count in the
    abstract ("Minerva 8B", "CodeT5+ 16B"; not a sentence's first word: "Deriving 8B and 4B models").

    Example:
        >>> t = "We fine-tune LLaMA-2-7B and TriLM 3.9B, unlike MatSci-NLP, R2A, BERT-like or LLMs on 8 GPUs."
        >>> [t[s:e] for s, e in find_name_candidates(t)]
        ['LLaMA-2-7B', 'TriLM 3.9B', 'MatSci-NLP', 'R2A', 'BERT']
        >>> t = "It beats non-LLM baselines of the pre-LLM era on non-HPC codes and post-ASR tasks, unlike SI."
        >>> [t[s:e] for s, e in find_name_candidates(t)]
        ['SI']
        >>> t = "Pre-LLM methods and Post-ASR steps differ from pre-LN and Post-LN models and the Anti-UAV set."
        >>> [t[s:e] for s, e in find_name_candidates(t)]
        ['pre-LN', 'Post-LN', 'Anti-UAV']
        >>> t = "T\\n\\nWe beat Minerva 8B and CodeT5+ 16B. Deriving 8B models, our 9B model and GPT-J 6B."
        >>> [t[s:e] for s, e in find_name_candidates(t, sized_words=True)]
        ['Minerva 8B', 'CodeT5+ 16B', 'GPT-J 6B']
        >>> t = "T\\n\\nSee Figure 3B and Table 2M, Phase 2B trials, and Wikipedia 3B tokens."
        >>> [t[s:e] for s, e in find_name_candidates(t, sized_words=True)]
        []
    """
    out: list[tuple[int, int]] = []
    body = -1
    for start, end in _name_spans(text):
        if out and start < out[-1][1]:
            continue
        dash = text.rfind("-", start, end)
        if dash >= 0 and _is_trailing_word(text[dash + 1:end]):
            end = dash  # what _TRAILING_COMPOUND_RE finds, without a regex search
        if not _is_name_core(text[start:end]) or (
                text.startswith(_NEGATED_PREFIXES, start) and not _PLACED_LAYER_RE.match(text, start)):
            if sized_words and text[end - 1] in "BM" and text[start - 1:start] == " " \
                    and _BARE_SIZE_RE.fullmatch(text, start, end) and not _DATA_UNIT_AFTER_RE.match(text, end):
                if body < 0:
                    body = text.find("\n\n") + 2 if "\n\n" in text else 0
                word = _sized_word(text, start, body)
                if word >= 0 and not (out and word < out[-1][1] and out[-1][0] != word):
                    if out and out[-1][0] == word:
                        out.pop()  # "CodeT5" of "CodeT5+ 16B"
                    out.append((word, end))
            continue
        suffix = SUFFIX_RE.match(text, end)
        if suffix:
            end = suffix.end()
        out.append((start, end))
    return out


#: Capitalised words that a number follows without making a name ("Top-1", "Stage-2", "Figure-3").
_COUNTED_WORDS = (r"(?:Top|Rank|Stage|Phase|Step|Level|Round|Figure|Table|Section|Type|Part|Layer|Version|"
                  r"Chapter|Task|Day|Week|Year|Group|Class|Grade|Tier|Pass|Hop|Shot|Turn|Epoch|Block|Head)")
#: Capitalised words that a letter follows without making a name ("Type-I", "Appendix-B", "Vitamin-D", "Plan-B").
_LETTERED_WORDS = (rf"(?:{_COUNTED_WORDS}|Appendix|Theorem|Lemma|Definition|Equation|Eq|Fig|Algorithm|Experiment|Study|"
                   r"Model|Dataset|Method|System|Setting|Condition|Scenario|Option|Case|Site|Subject|Patient|Participant|"
                   r"Region|Zone|Area|Sample|Team|Player|Agent|Node|Point|Vitamin|Hepatitis|Plan|Series|Non|Pre|Post|Anti|"
                   r"Semi|Self|Sub|Super|Inter|Intra|Co|Re|De|Un|Vs)")
_PIECE_RE = re.compile(rf"(?:^|[-.]){_PIECE}(?:$|[-.])|^[A-Z][a-z]+-of-[A-Z]|^(?!{_COUNTED_WORDS}-)[A-Z][a-z]{{2,}}-[0-9]"
                       r"|^(?:[A-Z][a-z]*-)+(?:Bench|Eval)(?:$|-)"
                       rf"|^(?!{_LETTERED_WORDS}-)[A-Z][a-z]{{2,}}-[A-Z](?:$|-)")

#: Generic kinds of model that a generic word or a letter before them makes a name of ("Megatron-LM",
#: "MT-NLG", "X-LLM", "V-MoEs"), unlike a pairing of two generic words ("CPU-GPU", "A100-80G", "RGB-D").
_MODEL_KINDS = frozenset("LM LLM MLLM VLM LVLM LMM PLM SLM NLG MoEs".split())


def is_generic_pair_name(core: str) -> bool:
    """Two generic parts whose whole is a name: a generic word or one capital before a model kind.

    Example:
        >>> [is_generic_pair_name(c) for c in ("Megatron-LM", "MT-NLG", "X-LLM", "CPU-GPU", "LLM-LM", "A100-LM")]
        [True, True, True, False, False, False]
    """
    parts = core.split("-")
    return len(parts) == 2 and parts[1] in _MODEL_KINDS and parts[0] not in _MODEL_KINDS and (
        parts[0] in GENERIC_NAMES or (len(parts[0]) == 1 and parts[0].isupper()))


def _has_piece(core: str) -> bool:
    if not _PIECE_RE.search(core):
        return False
    parts = core.split("-")
    return not all(is_generic_name(p) for p in parts) or is_generic_pair_name(core)


def find_word_occurrences(text: str, word: str) -> list[tuple[int, int]]:
    """Spans of ``word`` in ``text`` as a whole word (not inside a longer name, path or URL).

    A plain ``str.find`` loop with boundary checks: per-name regular expressions
    would be compiled anew for every paper.

    Example:
        >>> t = "LongMem helps. See aka.ms/LongMem or LongMem-2; LongMem."
        >>> [t[s:e] for s, e in find_word_occurrences(t, "LongMem")]
        ['LongMem', 'LongMem']
    """
    out = []
    n = len(word)
    if not n:
        return out
    pos = text.find(word)
    while pos >= 0:
        end = pos + n
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        after2 = text[end + 1] if end + 1 < len(text) else " "
        if not (before.isalnum() or before in "_./@-") and not (
                after.isalnum() or after in "_-" or (after == "." and after2.isalnum())):
            out.append((pos, end))
        pos = text.find(word, pos + 1)
    return out


#: Up to this many words, :func:`find_words_occurrences` searches the text once per word (str.find is fast
#: C); past it, once for all (a text defining thousands of short forms would be searched thousands of times).
_FEW_WORDS = 8
_ALNUM_RUN_RE = re.compile(r"[^\W_]+")  # a run of str.isalnum characters (``\w`` is those and "_")


#: Where a whole word may not start: right after these (a path, a URL, an address, a hyphenated word's part).
_WORD_NOT_AFTER = "_./@-"

#: Words by their first run of letters and digits, then by length (see :func:`index_by_first_run`).
RunIndex = dict[str, dict[int, set[str]]]


def index_by_first_run(words: Iterable[str]) -> tuple[RunIndex, list[str]]:
    """``words`` indexed by their first run of letters and digits, then by length, for :func:`run_candidates`;
    and, apart, the words that do not start with a letter or digit (no run finds them).

    Example:
        >>> index_by_first_run(["A-1", "A-12", "LongMem", "(x)"])
        ({'A': {3: {'A-1'}, 4: {'A-12'}}, 'LongMem': {7: {'LongMem'}}}, ['(x)'])
    """
    by_run: RunIndex = {}
    others = []
    for word in words:
        run = _ALNUM_RUN_RE.match(word)
        if run is None:
            others.append(word)
        else:
            by_run.setdefault(run.group(), {}).setdefault(len(word), set()).add(word)
    return by_run, others


def run_candidates(text: str, by_run: RunIndex, not_after: str = _WORD_NOT_AFTER) -> Iterator[tuple[int, int, str]]:
    """``(start, end, word)`` wherever an indexed word (:func:`index_by_first_run`) is written in ``text`` at the start
    of a run of letters and digits that no character of ``not_after`` precedes, in text order: one pass over the
    text's runs, for any number of words.

    An occurrence of a word that starts with a letter or digit starts a run of letters and digits that is the word's
    own first run (unless a letter or digit precedes it, which would make it part of a longer run), so each run of
    the text, looked up once, gives every candidate. What may follow the word is the caller's test.

    Example:
        >>> by_run, _ = index_by_first_run(["Moto", "A-1"])
        >>> list(run_candidates("Moto-GPT, xMoto, a/Moto, A-1 A-12", by_run))
        [(0, 4, 'Moto'), (25, 28, 'A-1'), (29, 32, 'A-1')]
    """
    for m in _ALNUM_RUN_RE.finditer(text):
        lengths = by_run.get(m.group())
        if lengths is None:
            continue
        pos = m.start()
        if pos and text[pos - 1] in not_after:
            continue
        for length, group in lengths.items():
            word = text[pos:pos + length]
            if word in group:
                yield pos, pos + length, word


def ends_word(text: str, end: int) -> bool:
    """Whether a word written up to ``end`` ends there as a whole word (:func:`find_word_occurrences`'s test): no
    letter, digit, "_" or "-" after it, nor a "." inside a longer token ("aka.ms").

    Example:
        >>> ends_word("LongMem. x", 7), ends_word("LongMem-2", 7), ends_word("aka.ms", 3)
        (True, False, False)
    """
    after = text[end] if end < len(text) else " "
    if after.isalnum() or after in "_-":
        return False
    return not (after == "." and end + 1 < len(text) and text[end + 1].isalnum())


def find_words_occurrences(text: str, words: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    """:func:`find_word_occurrences` of each of ``words``, in one pass over ``text`` when there are many.

    A whole-word occurrence of a word that starts with a letter or digit is a :func:`run_candidates` candidate that
    :func:`ends_word`: linear in the text for any number of words.

    Example:
        >>> t = "LongMem helps. See aka.ms/LongMem or LongMem-2; LongMem. A-1 A-12 A-1."
        >>> find_words_occurrences(t, ["LongMem", "A-1", "x"] + [f"W{i}" for i in range(9)])["A-1"]
        [(57, 60), (66, 69)]
        >>> all(find_words_occurrences(t, ["LongMem"] * 20)["LongMem"] == find_word_occurrences(t, "LongMem") for _ in "x")
        True
    """
    words = list(dict.fromkeys(words))
    if len(words) <= _FEW_WORDS:
        return {word: find_word_occurrences(text, word) for word in words}
    out: dict[str, list[tuple[int, int]]] = {word: [] for word in words}
    by_run, others = index_by_first_run(words)
    for word in others:
        out[word] = find_word_occurrences(text, word)
    for start, end, word in run_candidates(text, by_run):
        if ends_word(text, end):
            out[word].append((start, end))
    return out


# --- context cues -------------------------------------------------------------------------------

_DATASET_HEADS = (r"datasets?|benchmarks?|corpus|corpora|suites?|treebanks?|(?:test|training|validation|dev) ?sets?|testbeds?|test collections?|"
                  r"leaderboards?|collections?|data ?sets?|splits?|knowledge bases?|knowledge graphs?|datastores?|databases?|"
                  r"challenge|tracks?|arena|evaluation sets?|QA pairs")
_METHOD_HEADS = (r"models?|architectures?|frameworks?|methods?|approach(?:es)?|algorithms?|networks?|"
                 r"systems?|agents?|modules?|encoders?|decoders?|optimi[sz]ers?|techniques?|pipelines?|"
                 r"tokenizers?|backbones?|variants?|family|series|LLMs?|LMs?|VLMs?|MLLMs?|PLMs?|SLMs?|LVLMs?|LMMs?|strateg(?:y|ies)|"
                 r"paradigms?|mechanisms?|schemes?|procedures?|recipes?|layers?|loss|objectives?|policy|"
                 r"polic(?:y|ies)|methodology|toolkit|library|platform|transformers?|retrievers?|"
                 r"generators?|classifiers?|detectors?|baselines?|checkpoints?|embeddings?")
_METRIC_HEADS = r"scores?|metrics?|measures?"
#: Nouns of tools and processes a dataset head modifies ("the dataset loader", "a data collection pipeline").
_TOOL_NOUNS = (r"loaders?|tools?|creation|construction|generation|curation|distillation|augmentation|cleaning|"
               r"filtering|selection|processing|management|engines?")

#: One or two lower-case words saying what the data holds between a name and a dataset noun (a right cue, see
#: :data:`RIGHT_CUES`; :func:`context_votes` skips it for a model's name: :data:`_MODEL_NAME_END_RE`).
_CONTENT_HEAD_CUE = re.compile(r"(?: (?!(?:training|pretraining|pre-training|fine-tuning|finetuning|instruction|tuning|evaluation|"
                               r"test|our|the|a|an|and|or|of|on|in|for|with)\b)[a-z][a-z]+(?<!ed)(?<!ing)){1,2} "
                               r"(?:datasets?|data sets?|corpus|corpora|databases?|collections?|benchmarks?)\b")
#: Right-context cue -> (label, weight).
RIGHT_CUES = [
    (re.compile(rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:{_DATASET_HEADS})\b"), DATASET, 2.0),
    (re.compile(rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:{_METHOD_HEADS})\b"), METHOD, 1.5),
    # not "the WMT12 metrics task": the measure names what the task is about
    (re.compile(rf"\s*(?:{_METRIC_HEADS})\b(?! (?:shared )?(?:tasks?|tracks?|challenges?|competitions?)\b)"), METRIC, 1.2),
    (re.compile(r",? (?:(?:which|that) )?(?:contains?|consists? of|comprises?|includes?|covers?|spans?) "
                r"(?:over |more than |about |nearly |roughly )?[\d,.]+[kKM]? "), DATASET, 1.5),
    (re.compile(rf",? (?:a|an|the)(?: [\w-]+){{0,5}} (?:{_DATASET_HEADS})\b"), DATASET, 3.0),
    (re.compile(rf",? (?:a|an|the|our)(?: [\w-]+){{0,5}} (?:{_METHOD_HEADS})\b"), METHOD, 3.0),
    # "PATE, a recently proposed threshold-free evaluation metric"
    (re.compile(r",? (?:a|an|the|our)(?: [\w-]+){0,5} (?:metrics?|measures?)\b"), METRIC, 3.0),
    (re.compile(r" (?:outperforms?|surpass(?:es)?|beats?|achieves?|improves?|reduces?|enables?|"
                r"leverages?|learns?|generates?|uses?|employs?|combines?|consists|is trained|was trained|"
                r"is fine-tuned|can|significantly|consistently|further)\b"), METHOD, 1.0),
    (re.compile(r"-(?:based|style|like|powered|driven|generated)\b"), METHOD, 0.8),
    # trained on the data named before ("the WIT-400M-trained CLIP", "ImageNet-pretrained")
    (re.compile(r"-(?:pre-?)?trained\b"), DATASET, 1.5),
    (re.compile(r" (?:and|or|,) (?:its|their) (?:variants?|successors?)"), METHOD, 0.5),
    # a head noun after a coordinated name types both names ("the LLaMA-3.1 and Qwen2.5 backbones")
    (re.compile(rf",? (?:and|or) [A-Z][\w.+-]* (?:{_DATASET_HEADS})\b"), DATASET, 1.5),
    (re.compile(rf",? (?:and|or) [A-Z][\w.+-]* (?:{_METHOD_HEADS})\b"), METHOD, 1.5),
    # one or two lower-case words saying what the data holds between the name and a dataset noun ("the Caltech-101
    # image dataset", "the AOL query log dataset", "GSM8k mathematical benchmark"; not what made or uses the data:
    # "GPT-4 generated dataset", "the LLaMA training corpus", "the BERT-based benchmark")
    (_CONTENT_HEAD_CUE, DATASET, 1.5),
    # a copular definition: "MiniPile is a 6GB subset of ...", "GRUE is the first leaderboard-style evaluation"
    # (the first head noun decides: not "X is a model trained on the Y dataset"; nor a head that modifies a method
    # or tool noun: "X is the dataset loader we use", "a data collection pipeline", "a benchmark generation framework")
    (re.compile(rf" (?:is|was|serves as) (?:a|an|the)(?: (?!(?:{_METHOD_HEADS})\b)(?!(?:{_DATASET_HEADS}|subsets?) )"
                rf"[\w-]+){{0,5}} (?:{_DATASET_HEADS}|subsets?)\b(?!-(?:based|driven|free|aware|guided|specific|oriented|"
                rf"centric|agnostic|efficient|augmented)\b)(?! (?:{_METHOD_HEADS}|{_TOOL_NOUNS})\b)"),
     DATASET, 3.0),  # (not "a corpus-based approach")
]

_EVAL_CONTEXT = (r"(?i:evaluat\w*|experiment\w*|benchmark\w*|test\w*|results?|performance|accuracy|"
                 r"state[- ]of[- ]the[- ]art|SOTA|SoTA|scores?|achiev\w*|outperform\w*|gains?|improve\w*|"
                 r"trained|fine-tuned|validated|assessed|recall|precision|F1|BLEU|ROUGE[\w-]*|[a-z]+@[0-9k]+)")

#: Task words after which "on" names data (see :data:`LEFT_CUES`).
_TASK_ON_HEADS = (r"translation|summari[sz]ation|classification|generation|detection|segmentation|recognition|retrieval|"
                  r"answering|reasoning|comprehension|parsing|tagging|captioning|forecasting|personali[sz]ation|tasks?")
#: One item of a list before a name in a left cue: up to four words, the last with a capital or a digit ("IWSLT 2017
#: De-En", "CNN/DailyMail"; not "the 4D-OR dataset, ORacle ...": a clause, no list).
_CUE_ITEM = r"(?:[\w.'/+-]+ ){0,3}[\w.'/+-]*[A-Z0-9][\w.'/+-]*"

#: Left-context cue (regex anchored at the end of the left window) -> (label, weight).
LEFT_CUES = [
    (re.compile(rf"\b(?:{_DATASET_HEADS})(?:,? (?:such as|including|like|namely)|,| named| called|:|"
                rf" \((?:e\.g\.|i\.e\.|including|such as),?)? (?:the )?"
                rf"(?:[\w.-]+(?: ?,| ?,? and| ?,? or) ){{0,4}}$"), DATASET, 2.0),
    (re.compile(rf"\b{_EVAL_CONTEXT}\b(?:[^.;]|\.(?=[0-9])){{0,60}}\b(?:on|across|over) (?:the )?(?:[\w-]+(?: [\w-]+)?(?: ?,| ?,? and| ?,? or) ){{0,6}}$"),
     DATASET, 1.5),
    (re.compile(r"\b(?:trained|pre-?trained|fine-?tuned|tested) on (?:the )?$"), DATASET, 2.0),
    # "text from GlotCC", "data from C4", "tasks from BIG-Bench", "structured knowledge from ConceptNet", "25
    # languages from CommonCrawl": the source of the data (not "outputs/responses from GPT-4": a model's)
    (re.compile(r"\b(?:text|texts|data|samples|examples|questions|images|documents|problems|instances|tasks|knowledge|"
                r"facts|languages|articles|sentences|posts|pages|entries|passages|tweets|reviews|comments|triples|videos|"
                r"dialogues|conversations|threads) from (?:the )?$"), DATASET, 1.5),
    # a sentence opening "On X," names where the results were measured ("On YFCC15M, FLAME surpasses ...")
    # (after a full stop: a title "On X-Driven Synthetic Data ..." is no such sentence)
    (re.compile(r"^ On (?:the )?$"), DATASET, 1.5),
    (re.compile(r"\b(?:outperforms?|outperforming|surpass(?:es|ing)?|beats?|than|versus|vs\.?|compared (?:to|with)|"
                r"fine-?tun(?:e|es|ed|ing)|distill(?:s|ed|ing)?(?: from)?|based on|built (?:on|upon)|"
                r"initiali[sz]ed (?:from|with)|such as|like|including|baselines?|models?|backbones?)"
                r"(?: (?:the|a|an|strong|existing|state-of-the-art|prior|previous))*"
                r"(?: [\w.-]+(?:,| and| or))* ?$"), METHOD, 1.0),
    (re.compile(r"\b(?:we (?:propose|introduce|present|develop|design|build|train|release)) (?:a |an |the )?$"), METHOD, 1.0),
    # "existing metrics, such as ANLS*, DocILE, and GriTS"
    (re.compile(r"\b(?:metrics|measures)(?:,? such as|,? including|,? like|,? namely|:)(?: [\w.*@-]+(?:,| and| or))*(?: and| or)? ?$"),
     METRIC, 2.0),
    # "the TREC Deep Learning datasets (DL19-22)": a short name of the datasets just named
    (re.compile(rf"\b(?:{_DATASET_HEADS}) \($"), DATASET, 2.0),
    # "a new metric called X", "the evaluation metric, X", "measured by X"
    (re.compile(r"\b(?:metric|measure)(?:,? (?:called|named|termed|dubbed)|,|:) (?:the )?$|\bmeasured (?:by|with|in) (?:the )?$"),
     METRIC, 2.0),
]

_HEAD_LEFT_CUE = LEFT_CUES[0][0]
#: Names :data:`_CONTENT_HEAD_CUE` says nothing of: a model (a parameter count, a language-model kind) before the data
#: is what made it ("the Zorbo-7B distillation dataset", "the QuixLM synthetic corpus").
_MODEL_NAME_END_RE = re.compile(r"(?:[0-9]B|(?<![A-Za-z0-9.])[0-9]+(?:\.[0-9]+)?M|[A-Z]?L?LMs?)$")
_EVAL_LEFT_CUE = LEFT_CUES[1][0]
#: The source-of-data cue ("text from GlotCC", "structured knowledge from ConceptNet").
_SOURCE_LEFT_CUE = LEFT_CUES[3][0]
#: ... not "knowledge from X" after a verb of distillation or transfer ("distill knowledge from ZorbLM-70B", "transfers
#: the knowledge from QuixBERT to ..."): X is a teacher model.
_TRANSFERRED_KNOWLEDGE_RE = re.compile(
    r"\b(?:distil|transfer)\w*\s+(?:(?:the|its|their|rich)\s+)?(?:[\w-]+\s+)?knowledge from (?:the )?$")
#: ... nor a language model's name ("sentences from QuixLM"); not a parameter count, which data names share
#: ("images from LAION-400M", "LAION-5B").
_LM_NAME_END_RE = re.compile(r"[A-Z]?L?LMs?$")
#: A dataset head ending an introductory prepositional phrase right before the name ("In all datasets, ", "For the
#: CIFAR-10 dataset, ", "This is because for sparser datasets, "; not "The resulting dataset, DCLM-Baseline enables" nor
#: "As a synthetic benchmark, S3Eval enables": those describe the name; nor "Among the three datasets, ZorBix contains":
#: a member of the datasets)
_HEAD_COMMA_RE = re.compile(
    rf"(?:^ ?|\b(?:because|that|and|but|while|whereas|so) )(?i:in|on|for|across|over|despite|after|before|since|"
    rf"when|although|though|with|without|compared|unlike|using|under|beyond|through|at|from)\b[^,;:()]*"
    rf"\b(?:{_DATASET_HEADS}), (?:the )?$")
#: A verb right after the name: the name is the subject of the clause the introductory phrase opens ("In all datasets,
#: SCARGC produces ...", "For the LiveJournal dataset, MSEIGS-Early is almost 8 times faster", "Despite being trained on
#: smaller datasets, SVE-Math-7B achieves ..."), not an apposition ("a benchmark dataset, MedReview, consisting of").
_VERB_AFTER_RE = re.compile(r" (?:is|was|has|can|could|will|would|may|might|does|did|still|also|even|consistently|"
                            r"significantly|clearly|only|[a-z]{3,}(?:s|ed))\b")


def _sentence_left(text: str, left_start: int, left: str) -> str:
    """``left`` reaching back to its sentence's start when the window cut the sentence (at most 250 characters
    more): an introductory phrase's preposition can lie before the window ("When pre-trained on ... and transferred
    to multiple mid-sized or small text understanding benchmarks, VIST leads to ...").
    """
    if not left.endswith((", ", ", the ")):
        return left
    lo = max(0, left_start - 250)
    cut = max(text.rfind(". ", lo, left_start), text.rfind("\n", lo, left_start))
    return text[cut + 1 if cut >= 0 else lo:left_start] + left


def _is_clause_subject(left: str, right: str) -> bool:
    """True where a head noun closes an introductory prepositional phrase right before the name and a verb follows
    the name (see :data:`_HEAD_COMMA_RE`, :data:`_VERB_AFTER_RE`): then neither the dataset-head cue nor the
    evaluation cue ("Despite being trained on smaller datasets, SVE-Math-7B achieves") says anything of the name.

    Example:
        >>> t = "In all datasets, SCARGC produces accurate results. As a synthetic benchmark, S3Eval enables tests."
        >>> context_votes(t, 17, 23), context_votes(t, t.index("S3Eval"), t.index("S3Eval") + 6)["DATASET"]
        ({}, 2.0)
        >>> t = "Among the three datasets, ZorBix contains the most questions."
        >>> context_votes(t, 26, 32)["DATASET"] > 0
        True
    """
    return left.endswith((", ", ", the ")) and _VERB_AFTER_RE.match(right) is not None \
        and _HEAD_COMMA_RE.search(left) is not None


#: Left cues for a name that ends a list item (:data:`_ITEM_END_RE` after it): (regex, literal gates, window endings,
#: label, weight). Not "two tasks: JapaneseEnglish word alignment": a name inside a phrase is no item of the list.
_ITEM_CUES = [
    # a task done on the names that follow: "summarization on XSUM and CNN/DailyMail", "machine translation on
    # IWSLT 2017 De-En" (not a model's operations: pruning, quantization, distillation, adaptation)
    (re.compile(rf"\b(?:{_TASK_ON_HEADS}) on (?:the )?(?:{_CUE_ITEM}(?:,|,? and|,? or) ){{0,4}}$"), (" on ",),
     ("on ", "on the ", ", ", " and ", " or "), DATASET, 1.5),
    # the named items of a list of tasks or problems are their benchmarks: "reasoning tasks including BBH, GSM8k,
    # and FOLIO", "text classification tasks (including SQuAD, QNLI, and TREC)"
    (re.compile(rf"\b(?:tasks|problems)(?:,? (?:such as|including|like|namely|e\.g\.,?)|:| \((?:e\.g\.,?|i\.e\.,?|including|such as))"
                rf" (?:the )?(?:{_CUE_ITEM}(?:,|,? and|,? or) ){{0,6}}$"), ("tasks", "problems"),
     ("such as ", "including ", "like ", "namely ", "e.g. ", "e.g., ", "i.e. ", "i.e., ", ": ", "the ", ", ", " and ",
      " or "), DATASET, 1.5),
]
#: What follows a name that ends a list item: a separator, a closing parenthesis or the sentence's end.
_ITEM_END_RE = re.compile(r"(?:,|;|:|\)|\.(?!\w)| and\b| or\b|$)")

#: Literal words each left cue needs (same order as LEFT_CUES): a cheap pre-test.
_LEFT_GATES = [re.compile(p) for p in (
    r"data|bench|corp|suite|bank|set|testbed|collection|board|split|knowledge|challenge|track|arena|pairs",
    r" (?:on|across|over) ",
    r" on ",
    r" from ",
    r"On ",
    r"outperform|surpass|beat|than|versus|vs|compared|fine-?tun|distill|based on|built|initiali|such as|like|"
    r"including|baseline|model|backbone",
    r"[Ww]e ",
    r"metrics|measures",
    r"\($",
    r"metric|measure",
)]


def _spaced(*endings: str) -> tuple[str, ...]:
    """Each ending, with and without one space after it."""
    return tuple(e + s for e in endings for s in ("", " "))


#: How the left window must end for each left cue to match (same order as LEFT_CUES; None: no test): every
#: cue is anchored at the window's end, so one ``str.endswith`` rules most cues out before the gate's and the
#: cue's scans (a superset of each cue's endings: the last word of every path through its regex).
_LEFT_ENDINGS: list[tuple[str, ...] | None] = [
    # a dataset head, its connector ("such as", "named", ":", "(e.g.,"), "the", or a list item's separator
    tuple(w + " " for w in (
        "set", "sets", "bench", "benchmark", "benchmarks", "corpus", "corpora", "suite", "suites", "bank", "banks",
        "testbed", "testbeds", "board", "boards", "collection", "collections", "split", "splits", "base", "bases",
        "graph", "graphs", "store", "stores", "challenge", "track", "tracks", "arena", "pairs", "such as",
        "including", "like", "namely", ",", ":", " named", " called", "e.g.", "e.g.,", "i.e.", "i.e.,",
        "including,", "such as,", "the", " and", " or")),
    ("on ", "across ", "over ", "the ", ", ", " and ", " or "),
    ("ed on ", "ed on the "),
    (" from ", " from the "),
    (" On ", " On the "),
    _spaced("outperform", "outperforms", "outperforming", "surpass", "surpasses", "surpassing", "beat", "beats",
            "than", "versus", "vs", "vs.", "compared to", "compared with", "tune", "tunes", "tuned", "tuning",
            "distill", "distills", "distilled", "distilling", " from", "based on", "built on", "built upon",
            "ized from", "ised from", "ized with", "ised with", "such as", "like", "including", "baseline",
            "baselines", "model", "models", "backbone", "backbones", " the", " a", " an", " strong", " existing",
            "state-of-the-art", " prior", " previous", ",", " and", " or"),
    tuple(v + " " + a for v in ("propose", "introduce", "present", "develop", "design", "build", "train", "release")
          for a in ("", "a ", "an ", "the ")),
    None,
    None,
    None,
]

#: Appositive/definition head after the name: "X, a new benchmark for ..." (label decided by the head).
_HEAD_LABELS = [
    (re.compile(rf"\b(?:{_DATASET_HEADS})\b"), DATASET),
    (re.compile(rf"\b(?:{_METHOD_HEADS})\b"), METHOD),
    (re.compile(rf"\b(?:{_METRIC_HEADS})\b"), METRIC),
]


#: :data:`_HEAD_LABELS` in one pattern, a named group per label in their order: its leftmost match is the earliest of
#: their matches, the first label's at a tie, as the three searches gave it (one scan instead of three).
_HEAD_LABEL_RE = re.compile(rf"\b(?:(?P<DATASET>{_DATASET_HEADS})|(?P<METHOD>{_METHOD_HEADS})|(?P<METRIC>{_METRIC_HEADS}))\b")
_HEAD_LABEL_OF = {"DATASET": DATASET, "METHOD": METHOD, "METRIC": METRIC}


def label_from_head(phrase: str) -> str | None:
    """The label a descriptive phrase's head noun implies, or None: that of the earliest head noun (of
    :data:`_HEAD_LABELS`, the first label's when two start there).

    Example:
        >>> label_from_head("a natural language benchmark for evaluating"), label_from_head("a novel framework")
        ('DATASET', 'METHOD')
    """
    m = _HEAD_LABEL_RE.search(phrase)
    return _HEAD_LABEL_OF[m.lastgroup] if m else None


#: The head nouns of a list's opener that type every name in the list ("LLMs such as T0, FLAN, and OPT-IML",
#: "benchmarks, including MMSU, MMAU, and VoiceBench", "three datasets namely, A (x), B (y) and C").
_LIST_METHOD_HEADS = (r"models|LLMs|LMs|MLLMs|VLMs|LVLMs|SLMs|PLMs|architectures|backbones|baselines|methods|approaches|"
                      r"algorithms|techniques|frameworks|systems|networks|encoders|decoders|optimi[sz]ers|retrievers|"
                      r"detectors|classifiers|agents|variants|families|model families|checkpoints|chatbots|assistants")
_LIST_DATASET_HEADS = (r"datasets|data ?sets|benchmarks|corpora|suites|collections|test ?sets|testbeds|leaderboards|"
                       r"benchmark tasks|evaluation sets|knowledge bases|treebanks|databases")
#: One word of a name in such a list: it holds a capital or a digit ("GPT-4o", "LLaMA-2", "mBERT", "Pascal").
_LIST_NAME_WORD = r"(?:[A-Z0-9][^\s,;()]*|[a-z][a-z0-9]*[A-Z0-9][^\s,;()]*)"
_LIST_ITEM = rf"(?:the )?{_LIST_NAME_WORD}(?: {_LIST_NAME_WORD}){{0,3}}(?: \([^()]{{1,40}}\))?"
_LIST_OPENER = (r"(?:,? (?:such as|including|like|namely|e\.g\.|for example|for instance|especially|particularly|"
                r"notably|specifically)|:| \((?:e\.g\.|i\.e\.|including|such as))")
#: Vote of a list's head noun (as strong as an appositive: "X, a new benchmark").
LIST_HEAD_WEIGHT = 3.0
_LIST_SEP = r"(?: ?,| ?;| ?,? and| ?,? or|,? as well as)"
#: (A bare parenthesis opens a list only from its second item on: "datasets (MORPH Album 2, CACD-VS and FG-NET)";
#: its first item may be a short form, "binary neural networks (BNNs)".)
_LIST_HEAD_RE = re.compile(
    rf"\b(?:(?:(?P<method>{_LIST_METHOD_HEADS})|(?P<dataset>{_LIST_DATASET_HEADS}))(?: \([^()]{{1,20}}\))?"
    rf"{_LIST_OPENER},? (?:{_LIST_ITEM}{_LIST_SEP} ){{0,8}}|(?:{_LIST_DATASET_HEADS}) \((?:{_LIST_ITEM}{_LIST_SEP} ){{1,8}})(?:the )?$")
#: How the text before a name must end for a :data:`_LIST_HEAD_RE` match to end there: a separator of
#: :data:`_LIST_SEP` (" and" and " or" may follow an item without their space), an opener of :data:`_LIST_OPENER`
#: (its comma is a separator's), each with the space after it, or "the ". One ``str.endswith`` rules out most names
#: (six in ten that pass the opener test) before the regex's scan.
_LIST_ITEM_BEFORE = (", ", "; ", "and ", "or ", "as well as ", "such as ", "including ", "like ", "namely ", "e.g. ",
                     "for example ", "for instance ", "especially ", "particularly ", "notably ", "specifically ", ": ",
                     "i.e. ", "the ")
#: The words one of which every :data:`_LIST_HEAD_RE` match holds (found with ``str.find``, far faster than a
#: regex alternation); :data:`_LIST_HEAD_GATE_RE` is the same list as a regex, for the tests.
_LIST_OPENER_WORDS = ("such as", "including", "like", "namely", "e.g.", "for example", "for instance", "especially",
                      "particularly", "notably", "specifically", ": ", "i.e.", " (")
_LIST_HEAD_GATE_RE = re.compile("|".join(map(re.escape, _LIST_OPENER_WORDS)))
#: The most characters from a :data:`_LIST_HEAD_RE` match's start to its opener word or colon: the longest head
#: (15, "knowledge bases"), its parenthesis (23) and the ", " or " (" before the word (2).
_LIST_HEAD_REACH = max(map(len, f"{_LIST_METHOD_HEADS}|{_LIST_DATASET_HEADS}".replace("[sz]", "s").split("|"))) + 23 + 2


@functools.lru_cache(maxsize=256)
def _list_opener_spans(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the list openers (:data:`_LIST_OPENER_WORDS`) in ``text``, in the order of their
    starts (cached: one scan per text; no opener word is a prefix of another, so one starts at each offset).

    The cache holds more texts than a batch (64): ``kg_gazetteer`` asks for every text of a batch before
    ``kg_rules`` asks again (:func:`kg.pipeline.pipe_batches`), so a smaller cache scanned most texts twice.
    """
    found = []
    for word in _LIST_OPENER_WORDS:
        pos = text.find(word)
        while pos >= 0:
            found.append((pos, pos + len(word)))
            pos = text.find(word, pos + 1)
    found.sort()
    return [start for start, _ in found], [end for _, end in found]


def _list_openers(text: str) -> list[int]:
    """Start offsets of the list openers (:data:`_LIST_OPENER_WORDS`) in ``text``, sorted (read-only: cached)."""
    return _list_opener_spans(text)[0]


def list_opener_ends(text: str) -> list[int]:
    """End offsets of the list openers (:data:`_LIST_OPENER_WORDS`) in ``text``, in the order of their starts.

    Example:
        >>> t = "methods such as Adapter and Lora, e.g. X"
        >>> [t[e:e + 4] for e in list_opener_ends(t)]
        [' Ada', ' X']
    """
    return list(_list_opener_spans(text)[1])  # cached: kg_gazetteer and list_head_label ask for the same text


def list_head_label(text: str, start: int, *, window: int = 240) -> str | None:
    """METHOD or DATASET when the name at ``start`` is an item of a list opened by a head noun, else None.

    The list's items are names (each word holds a capital or a digit), each with an optional
    parenthesis, joined by commas, "and", "or"; the opener is "such as", "including", "like",
    "namely", "e.g.", a colon or a parenthesis. The head types every item: a list of models holds
    models even where the lexicon knows a dataset of the same name.

    Example:
        >>> t = "Large language models (LLMs) such as T0, FLAN, and OPT-IML excel."
        >>> list_head_label(t, t.index("FLAN")), list_head_label(t, t.index("OPT-IML"))
        ('METHOD', 'METHOD')
        >>> t = "three new benchmark datasets namely, CLIMATE-NER (entity-recognition), NASA-QA (QA) and NASA-IR (IR)"
        >>> list_head_label(t, t.index("NASA-IR"))
        'DATASET'
        >>> t = "models such as GPT-4 generate data for BookSum"
        >>> list_head_label(t, t.index("BookSum")) is None
        True
    """
    openers = _list_openers(text)
    i = bisect.bisect_left(openers, start) - 1
    if i < 0 or openers[i] < start - window:
        return None  # no opener in the window: most names (a cheap test on offsets found once per text)
    if not text.endswith(_LIST_ITEM_BEFORE, 0, start):
        return None  # no separator, opener or "the" right before the name
    offset = max(0, start - window)
    left = text[offset:start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1:]
        offset += cut + 1
    # a match holds an opener word or a colon at most _LIST_HEAD_REACH characters after its start, so the
    # search starts there (the same leftmost match: the scan tries the whole matcher at every position)
    j = bisect.bisect_left(openers, offset, 0, i + 1)
    first = openers[j] - offset if j <= i else len(left)
    colon = left.find(":", 0, first)
    if colon >= 0:
        first = colon
    if first >= len(left):
        return None
    m = _LIST_HEAD_RE.search(left, max(0, first - _LIST_HEAD_REACH))
    if m is None:
        return None
    return METHOD if m.group("method") else DATASET


def list_relabel(text: str, start: int, label: str) -> str:
    """A lexicon name's label, or the other of METHOD/DATASET when a list's head noun says so (:func:`list_head_label`).

    Many names are both a model and its data (FLAN, Alpaca, Dolly): the lexicon holds one label, the
    list the paper puts the name in holds the right one.

    Example:
        >>> t = "Large language models (LLMs) such as T0, FLAN, and OPT-IML excel. We tune on FLAN."
        >>> list_relabel(t, t.index("FLAN"), "DATASET"), list_relabel(t, t.rindex("FLAN"), "DATASET")
        ('METHOD', 'DATASET')
    """
    if label != METHOD and label != DATASET:
        return label
    listed = list_head_label(text, start)
    return listed if listed is not None else label


#: A vision task right after a name names the data it is run on ("zero-shot ImageNet classification", "ScanNet
#: detection", "S3DIS semantic segmentation"); the name must hold a lower-case letter or a digit: an all-capitals short
#: form there is mostly the task's object ("Parkinson's disease (PD) classification", "AD generation").
_TASK_AFTER_RE = re.compile(r" (?:image |object |semantic |instance |panoptic |3D )?(?:classification|detection|segmentation)\b")
_TASK_AFTER_FIRST = (" c", " d", " s", " i", " o", " p", " 3")
_TASK_AFTER_NAME_RE = re.compile(r"[a-z0-9]")
#: The data the task is run on named after it ("YOLOv8 detection with DETR detection on COCO", "ResNet50 classification
#: accuracy on ImageNet"): the name before the task is then the model that does it.
_DATA_AFTER_TASK_RE = re.compile(r"(?: [\w-]+){0,3}? (?:on|over|across) (?:the )?[A-Z]")
#: A score reported on the name: "98.2% on HumanEval, ... and 35.3% on CodeContest", "86.5 on GSM8K", "by 3 points on X".
_SCORE_ON_RE = re.compile(r"(?<![\w.])[0-9]+(?:\.[0-9]+)?(?:%| ?points?| pp| ?x)? on (?:the )?$")
#: A name ending in a parameter count is a model, whatever number is reported on it ("10 points on Qwen1.5-7B"). A count
#: of millions written right after the name's letters is the size of image-text data, not of a model (``CC3M``,
#: ``CC12M``, ``YFCC100M``, ``HowTo100M``; a model's millions follow a hyphen or a space: ``MonoT5-220M``,
#: ``SmolVLM-256M``, ``FloatLM 830M``). A count after a hyphen stays a model's (``LAION-5B``, ``WIT-400M`` are shaped
#: like ``OPT-175B``, ``Pythia-410M``): the lexicon types the known image-text sets (LAION-5B/400M/2B, COYO-700M,
#: DataComp-1B), and context votes type only the names it does not know.
_PARAMETER_SIZE_RE = re.compile(r"(?:[0-9]B|(?<![A-Za-z0-9.])[0-9]+(?:\.[0-9]+)?M)(?:-[A-Za-z]+)?$")
#: A count of millions right after the name's letters (``CC3M``, ``YFCC100M``): a data set's size (:func:`_names_data`).
_DATA_MILLIONS_RE = re.compile(r"[A-Za-z][0-9]+M$")

#: A reported value right before a name measures it ("43.1% mAP", "(58.2 PQ)", "+4.07 EM", "600+ FPS"): a decimal, a
#: percentage or a signed number; a plain integer only with "points" after the name ("4 ROUGE points"), not a count
#: ("8 A100 GPUs", "ESM-2 pLM"). Not a change "in" the name: "up to 7.9 in MT-Bench" names the data.
_VALUE_BEFORE_RE = re.compile(r"(?<![\w.,/-])(?:[+-][0-9]+(?:\.[0-9]+)?|[0-9]+\.[0-9]+|[0-9]+(?:\.[0-9]+)?(?:%|\\%|\+)) $")
_INTEGER_BEFORE_RE = re.compile(r"(?<![\w.,/-])[0-9]+ $")
#: A measure word right after the name: the name qualifies it ("86.5% ImageNet top-1 accuracy", "a 16% MMLU score").
_MEASURE_AFTER_RE = re.compile(r" (?:top-[0-9]+ |zero-shot |average )?(?:accuracy|accuracies|scores?|errors?|rates?|F1|"
                               r"performance|results?)\b")
#: Units a value is written in, not measures ("9.80 dB of average SDR", "21 GB").
_UNITS = frozenset("dB ms GB MB TB KB GiB MiB Hz kHz MHz GHz Wh kWh mW".split())
_POINTS_AFTER_RE = re.compile(r" points?\b")
#: A value reported after a name: "nDCG of 0.48", "R@100 of only 0.587" (not "of 1.2M images": a count).
_VALUE_AFTER_RE = re.compile(r" of (?:only |about |around |up to |over |nearly |approximately |~)?[+-]?[0-9]+"
                             r"(?:\.[0-9]+%?|%|\\%)(?![\w.])")
#: A coined name of two capitalised words (``QuixSet``, ``ZorboEval-Pro``, ``HellaSwag``, ``WinoGrande``) names data or
#: a model, not a measure, whatever value is written next to it ("scores 72.3 ZorboEval-Pro and 45.6 QuixSet"); a
#: measure's coinage ends in a measure word (``BooookScore``, ``MoverScore``, ``ImageReward``).
_COINED_NAME_RE = re.compile(r"[A-Z][a-z]{2,}(?!Score|Reward)[A-Z][a-z]{2,}")


def _names_data(name: str) -> bool:
    """True when ``name``'s shape says data, not a measure (see :data:`_COINED_NAME_RE`, :data:`DATASET_SHAPE_RE`).

    Example:
        >>> [_names_data(n) for n in ("QuixSet", "ZorboEval-Pro", "AlpacaEval", "GSM8K", "mAP", "nDCG", "BooookScore")]
        [True, True, True, True, False, False, False]
        >>> [_names_data(n) for n in ("CC3M", "YFCC100M", "MonoT5-220M", "Qwen-7B")]
        [True, True, False, False]
    """
    return _COINED_NAME_RE.search(name) is not None or DATASET_SHAPE_RE.search(name) is not None or has_count_shape(name) \
        or _DATA_MILLIONS_RE.search(name) is not None



#: The right cues that can match a right context starting with a space, a hyphen, a comma, another space
#: character, "(" or a letter (:data:`RIGHT_CUES` 0-2 start with spaces, "(" or a head word; 3-7 and 10-14 with
#: ",? " or " "; 8-9 with "-"), in :data:`RIGHT_CUES` order; nothing else can match.
_RIGHT_CUES_BY_FIRST = {
    " ": [c for i, c in enumerate(RIGHT_CUES) if i not in (8, 9)],
    "-": RIGHT_CUES[8:10],
    ",": RIGHT_CUES[3:7] + RIGHT_CUES[11:13],
}
_RIGHT_HEAD_CUES = RIGHT_CUES[0:3]


def _right_cues_for(first: str) -> list:
    """The :data:`RIGHT_CUES` that can match a right context beginning with ``first``."""
    cues = _RIGHT_CUES_BY_FIRST.get(first)
    if cues is not None:
        return cues
    if first.isspace() or first.isalpha() or first == "(":
        return _RIGHT_HEAD_CUES
    return []


def context_votes(text: str, start: int, end: int, *, window: int = 90) -> dict[str, float]:
    """Label votes from the words around ``text[start:end]`` (see :data:`LEFT_CUES`, :data:`RIGHT_CUES`).

    Example:
        >>> t = "We evaluate on the KAMEL dataset."
        >>> context_votes(t, 19, 24)["DATASET"] > 0
        True
    """
    votes: dict[str, float] = {}
    left_start = max(0, start - window)
    left = text[left_start:start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    whole_sentence = cut >= 0 or left_start == 0
    if cut >= 0:
        left = left[cut + 1:]
    right = text[end:end + window]
    cut = right.find(". ")
    if cut >= 0:
        right = right[:cut]
    for rx, label, weight in _right_cues_for(right[:1]):
        if rx.match(right) and not (rx is _CONTENT_HEAD_CUE and _MODEL_NAME_END_RE.search(text, start, end)):
            votes[label] = votes.get(label, 0.0) + weight
    for (rx, label, weight), gate, endings in zip(LEFT_CUES, _LEFT_GATES, _LEFT_ENDINGS):
        # the window's ending and a plain substring test rule most cues out before their (backtracking) regex runs
        if (endings is None or left.endswith(endings)) and gate.search(left) and rx.search(left):
            if (rx is _HEAD_LEFT_CUE or rx is _EVAL_LEFT_CUE) and _is_clause_subject(
                    left if whole_sentence else _sentence_left(text, left_start, left), right):
                continue
            if rx is _EVAL_LEFT_CUE and _PARAMETER_SIZE_RE.search(text, start, end):
                continue  # "we gain 5 points on Zorbo-7B-Instruct", "Experiments on Qwen2.5-7B": the model evaluated
            if rx is _SOURCE_LEFT_CUE and (_LM_NAME_END_RE.search(text, start, end)
                                           or _TRANSFERRED_KNOWLEDGE_RE.search(left)):
                continue  # "sentences from QuixLM", "distill knowledge from ZorbGPT-4": a model is no data source
            votes[label] = votes.get(label, 0.0) + weight
    if _ITEM_END_RE.match(right) and not _PARAMETER_SIZE_RE.search(text, start, end):
        # (not "text generation on Llama-2-7B and Qwen-14B": a name ending in a parameter count is a model)
        for rx, gate, endings, cue_label, weight in _ITEM_CUES:
            if left.endswith(endings) and any(g in left for g in gate) and rx.search(left):
                votes[cue_label] = votes.get(cue_label, 0.0) + weight
    if right.startswith(_TASK_AFTER_FIRST) and (task := _TASK_AFTER_RE.match(right)) \
            and _TASK_AFTER_NAME_RE.search(text, start, end) and not _DATA_AFTER_TASK_RE.match(right, task.end()):
        votes[DATASET] = votes.get(DATASET, 0.0) + 1.5
    listed = list_head_label(text, start)
    if listed is not None:
        votes[listed] = votes.get(listed, 0.0) + LIST_HEAD_WEIGHT
    if left.endswith((" on ", " on the ")) and _SCORE_ON_RE.search(left) and not _PARAMETER_SIZE_RE.search(text, start, end):
        votes[DATASET] = votes.get(DATASET, 0.0) + 2.0
    if left[-2:-1].isdigit() or left.endswith(("% ", "+ ")):
        if (_VALUE_BEFORE_RE.search(left) or (_INTEGER_BEFORE_RE.search(left) and _POINTS_AFTER_RE.match(right))) \
                and not _PARAMETER_SIZE_RE.search(text, start, end) and text[start:end] not in _UNITS \
                and not _MEASURE_AFTER_RE.match(right) and not _names_data(text[start:end]):
            votes[METRIC] = votes.get(METRIC, 0.0) + 2.0
    if right.startswith(" of ") and _VALUE_AFTER_RE.match(right) and not _names_data(text[start:end]):
        votes[METRIC] = votes.get(METRIC, 0.0) + 2.0
    return votes


#: A name whose last part is a benchmark word is a dataset whatever its context (``ItineraryBench``,
#: ``AlpacaEval``, ``MMToM-QA``, ``StreamingQA``, ``Encyclopedic-VQA``, ``TextVQA``; not an all-capitals task acronym such as ``KBQA``).
DATASET_SHAPE_RE = re.compile(r"(?:Bench|bench|Eval|[a-z]V?QA|-V?QA)(?:[- ]?v?[0-9]+(?:\.[0-9]+)*)?s?$")

#: A name ending in a count of thousands names a dataset of that many items (``KonIQ-10k``, ``AGIQA-3k``,
#: ``ImageNet21k``, ``IIIT-5K``, ``ChangeChat-105k``, ``GSM8K``), unless a model's piece comes before it: then the
#: count is a context length (``GPT-3.5-Turbo-16k``, ``Yi-6B-200K``, ``Phi-3-mini-128k``, ``Vicuna-Chat-16k``), as it is
#: after a hyphen when it is a usual context length (``XGen-8k``, ``LongLlama-64k``, ``Claude-100k``; a dataset's count
#: after a hyphen: ``KonIQ-10k``, ``AGIQA-3k``, ``ChangeChat-105k``, ``Urban-1k``). "Chat" ending a coined word is no
#: model piece (``ChangeChat-105k``, a dataset); a dataset's usual-length count (``UltraChat-200k``) has no shape vote.
_DATASET_COUNT_RE = re.compile(r"(?<![0-9.])[0-9]{1,4}[kK]$")
_MODEL_PIECE_RE = re.compile(r"[0-9][BbMm](?![a-z])|[Tt]urbo|[Ii]nstruct|(?<![a-z])[Cc]hat|[Mm]ini\b|[Bb]ase\b"
                             r"|-(?:2|4|8|16|32|64|100|128|200|256|512)[kK]$")


def has_count_shape(name: str) -> bool:
    """True for a name ending in a count of thousands that no model piece precedes (see :data:`_DATASET_COUNT_RE`).

    Example:
        >>> [has_count_shape(n) for n in ("KonIQ-10k", "ImageNet21k", "GSM8K", "GPT-3.5-Turbo-16k", "Yi-6B-200K", "GPT-4")]
        [True, True, True, False, False, False]
        >>> [has_count_shape(n) for n in ("XGen-8k", "LongLlama-64k", "Claude-100k", "AGIQA-3k", "Urban-1k")]
        [False, False, False, True, True]
        >>> [has_count_shape(n) for n in ("ChangeChat-105k", "Vicuna-Chat-10k", "ChatGLM-6k")]
        [True, False, False]
    """
    return _DATASET_COUNT_RE.search(name) is not None and _MODEL_PIECE_RE.search(name) is None


#: Generic architecture nouns whose ``-based``/``-style`` compounds are not mentions
#: (``Transformer-based``), unlike a specific model's (``BERT-like`` -> ``BERT``).
GENERIC_ARCHITECTURES = frozenset({"transformer", "transformers", "cnn", "cnns", "rnn", "rnns", "lstm",
                                   "gnn", "gnns", "mlp", "gan", "gans", "diffusion", "encoder", "decoder",
                                   "llm", "llms", "vae"})
_COMPOUND_RE = re.compile(r"(?:-| )(?:based|style|like|type|powered|driven|inspired)\b")


def is_generic_compound(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a generic architecture used as a premodifier.

    Example:
        >>> t = "a Transformer-based model and a BERT-like one"
        >>> is_generic_compound(t, 2, 13), is_generic_compound(t, 32, 36)
        (True, False)
    """
    return text[start:end].lower() in GENERIC_ARCHITECTURES and bool(_COMPOUND_RE.match(text, end))


#: "the Big Five Essay dataset", "the Kaggle MBTI dataset": capitalised words right before a dataset noun.
_NAMED_DATASET_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w+.&'-]*[ /]){0,3}[A-Z][\w+.&'-]*) "
    r"(?:datasets?|benchmarks?|corpus|corpora|treebank|test ?sets?|collections?|databases?|data sets?)\b"
)
# the same, found from the dataset noun (a few str.find calls) and matched backwards from it
_NAME_BEFORE_HEAD_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w+.&'-]*[ /]){0,3}[A-Z][\w+.&'-]*(?: [vV][0-9]+(?:\.[0-9]+)*)?) $")
#: A version ending a name ("Natural Instructions V2", "ZorbQA v1.1"): part of the name, not its last word.
_VERSION_WORD_RE = re.compile(r"[vV][0-9]+(?:\.[0-9]+)*")
#: The dataset nouns of :data:`_NAMED_DATASET_RE`: (literal, may take a plural "s").
_DATASET_NOUNS = (("dataset", True), ("benchmark", True), ("corpus", False), ("corpora", False),
                  ("treebank", False), ("test set", True), ("testset", True), ("test collection", True), ("collection", True),
                  ("database", True), ("data set", True))
register_cues([noun for noun, _ in _DATASET_NOUNS])  # _dataset_noun_starts reads them from the shared scan


_PLURAL_NOUNS = frozenset({"datasets", "benchmarks", "corpora", "collections", "testsets", "test", "databases"})


def _dataset_noun_starts(text: str) -> list[int]:
    """Offsets of the dataset nouns of :data:`_NAMED_DATASET_RE` that follow a space, in text order."""
    out = []
    n = len(text)
    found = cue_index_positions(text)  # the nouns are registered cues: their word starts, from the shared scan
    for noun, plural in _DATASET_NOUNS:
        for start in found.get(noun, ()):
            if not start or text[start - 1] != " ":
                continue
            end = start + len(noun)
            if plural and end < n and text[end] == "s":
                end += 1
            if end >= n or not (text[end].isalnum() or text[end] == "_"):
                out.append(start)
    out.sort()
    return out
#: Capitalised words that describe a dataset rather than name it.
_NOT_DATASET_WORDS = frozenset(
    """A An The This That These Those Our Their Its Each Every Both All Any Some Several Many Various New Novel
    Large Small Public Open Real Synthetic Standard Existing Benchmark Dataset Datasets Data Evaluation Test
    Training Train Validation Multiple Different Diverse Popular Common Widely Two Three Four Five One Most
    English Chinese French German Spanish Arabic Japanese Korean Hindi Russian Portuguese Italian Dutch Hebrew
    Turkish Vietnamese Indonesian Persian Urdu Bengali Swahili Thai Greek Polish Czech Swedish Finnish Romanian
    Ukrainian Catalan Basque Tamil Telugu Marathi Hungarian Danish Norwegian African Indic European Asian Latin
    Multilingual Bilingual Monolingual Parallel Human Medical Clinical Legal Financial Scientific Math Code
    Image Video Audio Speech Text Language Vision Visual Multimodal QA In On For With From Using Across Over
    We It Experiments Results Extensive Additionally Moreover Furthermore Finally Specifically We've""".split()
)
#: Describing words that may open a named dataset's capitalised words and are dropped from the name: a language
#: ("the Dutch Europarl corpus") and a capitalised article inside a sentence ("a subset of The Stack dataset").
_LEADING_DESCRIBERS = frozenset("""The English Chinese French German Spanish Arabic Japanese Korean Hindi Russian
    Portuguese Italian Dutch Hebrew Turkish Vietnamese Indonesian Persian Urdu Bengali Swahili Thai Greek Polish Czech
    Swedish Finnish Romanian Ukrainian Catalan Basque Tamil Telugu Marathi Hungarian Danish Norwegian""".split())


#: Head words that end a capitalised method name ("Hierarchical Vision Transformers", "Lightning Attention",
#: "Decomposed HyperNetworks", "Sequential Bottleneck"); matched as the last word's ending.
_METHOD_NAME_HEADS = (
    "Network", "Networks", "Transformer", "Transformers", "Model", "Models", "Kernel", "Kernels", "Encoder",
    "Encoders", "Decoder", "Decoders", "Attention", "Layer", "Layers", "Module", "Modules", "Machine", "Machines",
    "Autoencoder", "Autoencoders", "Decomposition", "Optimization", "Distillation", "Sampling",
    "Regression", "Forest", "Forests", "Bottleneck", "Mechanism", "Framework", "Algorithm", "Architecture",
    "Tuning", "Prompting", "Decoding", "Embedding", "Embeddings", "Memory", "Routing", "Pruning", "Quantization", "Tokenizer", "Tokenizers")
#: Capitalised words of generic classes and paradigms (GUIDELINES: LLMs, VLMs, foundation models, fine-tuning,
#: pre-training are no METHOD): a phrase made only of them names no new method. (A named training paradigm made of
#: them, "Supervised Fine-Tuning", "Knowledge Distillation", is a METHOD since session 15: the lexicon finds it.)
_GENERIC_CAPITALISED = frozenset(
    """Large Language Models Model Neural Networks Network Deep Vision Vision-Language Foundation Multimodal
    Multi-modal Multi-Modal Pre-trained Pretrained Pre-Trained Small Smaller Generative Diffusion Transformer
    Transformers Mixture Experts Attention Memory Long Short Long-Term Short-Term Long-Context Context Efficient
    Supervised Fine-Tuning Fine-tuning Finetuning Pre-Training Pre-training Pretraining Instruction Tuning
    Parameter Parameter-Efficient SOTA Large-Scale Large-scale Reinforcement Learning Knowledge Distillation
    Quantization Pruning Open General-Purpose Frozen Base Embedding Embeddings Models Larger Largest AI Audio
    Video Speech Audio-Language Video-Language Speech-Language Flagship Post-Training Post-training""".split())
#: Two to five capitalised words inside a sentence, the run ending before a lower-case word or punctuation.
#: (The look-behind follows the first capital, so the scan jumps from capital to capital in C instead of trying the
#: look-behind at every position: 1.7x faster, the same matches.)
_CAPITALISED_WORD = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
_CAPITALISED_RUN_RE = re.compile(
    rf"([A-Z](?<=[a-z0-9,;:(] [A-Z])[A-Za-z0-9]*(?:-[A-Za-z0-9]+)* (?:{_CAPITALISED_WORD} ){{0,3}}{_CAPITALISED_WORD})"
    r"(?= [a-z(]|[,.;:)]|$)")
_RUN_OPENERS = frozenset("A An The Our This These Those In On For We It Its Their".split())


def _may_name_method(text: str, gate: re.Match) -> bool:
    """False when a gate match is two generic words after a lower-case word ("large Language Models")."""
    if not all(w in _GENERIC_CAPITALISED for w in gate.group().split()):
        return True
    before = text[max(0, gate.start() - 40):gate.start()].rstrip(" ").rsplit(" ", 1)[-1]
    return before[:1].isupper()


def find_capitalised_methods(text: str) -> list[tuple[int, int]]:
    """Capitalised multi-word names inside a sentence of the abstract that end in a method head word.

    Outside the title (Title Case makes every phrase capitalised), a run of capitalised words in
    mid-sentence is a name; its last word says what it names (``Hierarchical Vision Transformers``,
    ``Layer-wise Scaling Kernels``). Runs made only of generic words (``Large Language Models``,
    ``Supervised Fine-Tuning``) are left out, and so are runs after a capitalised word (the run
    began earlier) and long forms before their short form in parentheses (the abbreviation
    finder types those from their short form).

    Example:
        >>> t = ("Title Words Model\\n\\nIt consists of Decomposed HyperNetworks and Lightning Attention, not Large "
        ...      "Language Models, a Tri-Branch Patch-wise Large Language Model Framework or Big Little Decoder (BiLD).")
        >>> [t[s:e] for s, e in find_capitalised_methods(t)]
        ['Decomposed HyperNetworks', 'Lightning Attention']
    """
    body = text.find("\n\n")
    body = body + 2 if body >= 0 else 0
    out: list[tuple[int, int]] = []
    if not any(_may_name_method(text, g) for g in _CAPITALISED_HEAD_GATE_RE.finditer(text, body)):
        return out
    for m in _CAPITALISED_RUN_RE.finditer(text, body):
        words = m.group(1).split()
        if not words[-1].endswith(_METHOD_NAME_HEADS) or words[0] in _RUN_OPENERS:
            continue
        if all(w in _GENERIC_CAPITALISED or is_generic_name(w) for w in words) or text.startswith(" (", m.end(1)):
            continue
        before = text[max(0, m.start(1) - 40):m.start(1) - 1].rsplit(" ", 1)[-1]
        if before[:1].isupper() and not before.endswith((",", ";", ":")):
            continue  # "A Tri-Branch Patch-wise ... Framework": the capitalised run began before
        out.append(m.span(1))
    return out


#: Last words that make a capitalised run a dataset's name ("Complex Polish Text Understanding Benchmark",
#: "Polish Medical Leaderboard", "One Billion Word Benchmark", "Chatbot Arena").
_DATASET_NAME_HEADS = frozenset("Benchmark Benchmarks Leaderboard Corpus Treebank Arena Dataset".split())


def find_capitalised_datasets(text: str) -> list[tuple[int, int]]:
    """Capitalised multi-word names inside a sentence of the abstract whose last word is a dataset noun.

    As :func:`find_capitalised_methods` for methods: outside the title a run of capitalised words in
    mid-sentence is a name, and a last word such as ``Benchmark`` or ``Leaderboard`` makes it a
    dataset's. Runs that open with a determiner, continue an earlier capitalised word, or stand before
    their short form in parentheses (the abbreviation finder types those) are left out.

    Example:
        >>> t = ("A New Benchmark\\n\\nWe test on the Complex Polish Text Understanding Benchmark, the Polish Medical "
        ...      "Leaderboard and the Turkish Benchmark dataset, not on A Benchmark or Massive Text Benchmark (MTB).")
        >>> [t[s:e] for s, e in find_capitalised_datasets(t)]
        ['Complex Polish Text Understanding Benchmark', 'Polish Medical Leaderboard', 'Turkish Benchmark']
    """
    body = text.find("\n\n")
    body = body + 2 if body >= 0 else 0
    out: list[tuple[int, int]] = []
    if not any(h in text for h in ("Benchmark", "Leaderboard", "Corpus", "Treebank", "Arena", "Dataset")):
        return out
    for m in _CAPITALISED_RUN_RE.finditer(text, body):
        words = m.group(1).split()
        if words[-1] not in _DATASET_NAME_HEADS or words[0] in _RUN_OPENERS or words[0] in _DATASET_NAME_HEADS:
            continue
        if text.startswith(" (", m.end(1)):
            continue
        before = text[max(0, m.start(1) - 40):m.start(1) - 1].rsplit(" ", 1)[-1]
        if before[:1].isupper() and not before.endswith((",", ";", ":")):
            continue
        out.append(m.span(1))
    return out


#: A capitalised run set off after a method head noun names that method ("an attached module (Plan Assessor)",
#: "The algorithm, Iterative Weight Recycling, ...", "a novel framework, LM-Guided CoT, that ...").
_APPOSITIVE_HEADS = frozenset("""module algorithm method framework technique approach component mechanism strategy
    architecture network layer tokenizer encoder decoder regularizer optimizer procedure scheme""".split())
_APPOSITIVE_RUN_RE = re.compile(r"((?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)* ){1,4}[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?=[,)]|\. )")
#: Where such a name can start: a capital after ", " or "(" (rare characters, skipped to in C).
_APPOSITIVE_START_RE = re.compile(r", (?=[A-Z])|(?<= )\((?=[A-Z])")
_LAST_LETTERS_RE = re.compile(r"[A-Za-z]*$")


def _appositive_starts(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of :data:`_APPOSITIVE_START_RE`'s matches from ``pos`` on, found with ``str.find``.

    The regex's scan steps through every character in Python's regex engine (~30 us per abstract);
    ", " and " (" are found by ``str.find`` at C speed and the capital after them tested per hit.

    Example:
        >>> t = "A module, Plan Net, (X) and (Y) also, a B (Z"
        >>> _appositive_starts(t, 0) == [m.span() for m in _APPOSITIVE_START_RE.finditer(t)]
        True
    """
    out = []
    n = len(text)
    for cue, skip in ((", ", 0), (" (", 1)):
        at = text.find(cue, pos - skip if pos > 0 else 0)
        while at >= 0:
            after = at + 2
            if after < n and "A" <= text[after] <= "Z" and at + skip >= pos:
                out.append((at + skip, after))
            at = text.find(cue, at + 1)
    out.sort()
    return out


def find_appositive_methods(text: str) -> list[tuple[int, int]]:
    """Capitalised multi-word names set off by a comma or a parenthesis after a method head noun, in the abstract.

    Runs made only of generic words (``Large Language Models``) are left out.

    Example:
        >>> t = ("T\\n\\nIt adds an attached module (Plan Assessor). The algorithm, Iterative Weight Recycling, "
        ...      "helps. In such frameworks, Large Language Models (LLMs) help.")
        >>> [t[s:e] for s, e in find_appositive_methods(t)]
        ['Plan Assessor', 'Iterative Weight Recycling']
        >>> t = "T\\n\\nA sub-module (Plan Assessor) and an encoder-decoder, Dual Path Net, help."
        >>> [t[s:e] for s, e in find_appositive_methods(t)]
        ['Plan Assessor', 'Dual Path Net']
    """
    body = text.find("\n\n")
    out = []
    for cue_start, cue_end in _appositive_starts(text, max(0, body)):
        word_end = cue_start - (text[cue_start] == "(")
        word = text[max(0, text.rfind(" ", 0, word_end) + 1):word_end]
        # the head is the word's last run of letters: "sub-module (X)", "encoder-decoder, X,"
        if word not in _APPOSITIVE_HEADS and _LAST_LETTERS_RE.search(word)[0] not in _APPOSITIVE_HEADS:
            continue
        m = _APPOSITIVE_RUN_RE.match(text, cue_end)
        if m is None:
            continue
        words = m.group(1).split()
        if words[0] in _RUN_OPENERS or all(w in _GENERIC_CAPITALISED or is_generic_name(w) for w in words):
            continue
        out.append(m.span(1))
    return out


def _describes_data(word: str) -> bool:
    """A hyphenated word ending in a modifier that says what data is (``LLM-generated``, ``HPC-specific``).

    Example:
        >>> [_describes_data(w) for w in ("LLM-generated", "HPC-specific", "GPT-4-annotated", "Tarjama-25", "MS-COCO")]
        [True, True, True, False, False]
    """
    dash = word.rfind("-")
    return dash > 0 and _is_trailing_word(word[dash + 1:])


def find_named_datasets(text: str) -> list[tuple[int, int]]:
    """Multi-word or plain-word names right before a dataset noun (``Big Five Essay``, ``Kaggle MBTI``).

    The words must follow a lower-case word or punctuation (not continue a capitalised
    phrase), and neither the first nor the last may be a describing word (:data:`_NOT_DATASET_WORDS`).

    Example:
        >>> t = "We use the Big Five Essay dataset, the Kaggle MBTI dataset and a new English dataset."
        >>> [t[s:e] for s, e in find_named_datasets(t)]
        ['Big Five Essay', 'Kaggle MBTI']
        >>> t = "We use the Dutch Europarl corpus, a subset of The Stack dataset and an Arabic LJP dataset."
        >>> [t[s:e] for s, e in find_named_datasets(t)]
        ['Europarl', 'Stack']
        >>> t = "Results on the Twitter data set, the INRIA Holidays data set and many Natural Language Processing data sets."
        >>> [t[s:e] for s, e in find_named_datasets(t)]
        ['Twitter', 'INRIA Holidays']
        >>> t = "We evaluate on the Natural Instructions V2 benchmark, the ZorbQA v1.1 dataset and the English V2 corpus."
        >>> [t[s:e] for s, e in find_named_datasets(t)]
        ['Natural Instructions V2', 'ZorbQA v1.1']
    """
    out = []
    for head in _dataset_noun_starts(text):
        cut = max(text.rfind(" ", 0, head - 1), text.rfind("/", 0, head - 1), text.rfind("\n", 0, head - 1))
        first = cut + 1
        while first < head - 1 and not text[first].isalnum():
            first += 1
        if text[first] in "vV" and _VERSION_WORD_RE.fullmatch(text, first, head - 1):
            first = text.rfind(" ", 0, first - 1) + 1  # "ZorbQA v1.1 dataset": the name before the version
        if not ("A" <= text[first] <= "Z"):
            continue  # "the dataset", "a new benchmark": no capitalised word before the noun
        m = _NAME_BEFORE_HEAD_RE.search(text, max(0, head - 200), head)
        if m is None:
            continue
        start, end = m.span("name")
        before = text[max(0, start - 2):start]
        if start and not (before.endswith(" ") or before.endswith("(")):
            continue
        if start >= 2 and (before[0].isupper() or before[0] == "." or text[start - 2:start] == "\n\n"):
            # inside a longer capitalised phrase, or at a sentence/title start
            continue
        words = m.group("name").replace("/", " ").split()
        if len(words) > 1 and _VERSION_WORD_RE.fullmatch(words[-1]):
            words = words[:-1]  # "the Natural Instructions V2 benchmark": the words before the version name it
        if len(words) > 1 and words[0] in _LEADING_DESCRIBERS and " " in m.group("name") \
                and not text.endswith((" a ", " an ", " A ", " An "), 0, start):
            # "the Dutch Europarl corpus": the language describes, "Europarl" names ("an Arabic LJP dataset" names none)
            start += len(words[0]) + 1
            words = words[1:]
        if not start and "\n\n" not in text:
            continue  # the first word of a text without a title opens a sentence ("Current dataset collection methods")
        if words[0] in _NOT_DATASET_WORDS or words[-1] in _NOT_DATASET_WORDS or is_generic_name(words[-1]):
            continue
        if _describes_data(words[-1]):
            continue  # "LLM-generated datasets", "HPC-specific dataset": what the data is, not its name
        if words[-1].endswith(("'s", "’s", "-language")) or (
                len(words) == 1 and words[0][1:].islower() and words[0].endswith(("ian", "ese", "ish"))):
            continue  # "Harvard Library's collection", "Macedonian corpus", "Chinese-language dataset"
        noun = text[head:head + 12].split(" ")[0].rstrip(".,;:)")
        if len(words) == 1 and words[0][1:].islower() and (noun in _PLURAL_NOUNS or text.startswith("data sets", head)):
            continue  # "several Hebrew benchmarks": a plain word before a plural noun describes, it does not name
        if all(w[1:].islower() for w in words) and (
                (noun in _PLURAL_NOUNS and noun != "test") or text.startswith(("data sets", "test sets"), head)):
            continue  # "a variety of Natural Language Processing data sets": a field, no name
        if " " not in m.group("name") and m.group("name").count("/") >= 2:
            # "CIFAR/Cars/Flowers datasets": a list, one name per part
            pos = start
            for part in m.group("name").split("/"):
                out.append((pos, pos + len(part)))
                pos += len(part) + 1
            continue
        out.append((start, end))
    return out


#: A plain capitalised word inside a sentence, ended by punctuation, "and", "or" or a relative clause ("on Books and ...",
#: "COCO, Flickr, CUB", "(up to 29.7% on Arxiv)", "such as NYUv2, KITTI, and Pascal Context where it ..."): no name
#: shape, so only a context can make it a name.
#: (The character before the space is tested in Python: a look-behind at the pattern's start made the scan twice as slow.
#: The letter runs are possessive: what follows each is no lower-case letter, so giving letters back never helps.)
_PLAIN_WORD_RE = re.compile(
    r"[A-Z][a-z]{2,}+(?:-[A-Z][a-z]++)?(?: [A-Z][a-z]++){0,2}(?=[,;:)]|\.(?!\w)| and | or | where | which )")
_PLAIN_WORD_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;:(")


#: Words that open a clause after a colon or a comma ("three findings across 4 NLP benchmarks: First, ...").
_DISCOURSE_WORDS = frozenset("""First Second Third Fourth Fifth Lastly Overall Notably Importantly Interestingly
    Surprisingly Consequently Therefore Thus Hence However Instead Meanwhile Similarly Conversely Then Next Also
    Here Further Besides Indeed""".split())


#: Plain words an evaluation runs "on" that are settings, not data: programming languages, operating systems
#: and platforms, regions ("experiments on Python, Java, and C++", "on Linux and Windows", "across Europe and Asia").
_SETTING_WORDS = frozenset("""Python Java Rust Ruby Kotlin Swift Scala Haskell Julia Perl Lua Fortran Verilog Solidity
    Linux Windows Android Ubuntu Debian Unix Web Europe Asia Africa America Australia Oceania Antarctica Cloud Services
    Azure Silicon""".split())
#: Directions that open a region's name ("North America", "East Asia", "Western Europe"), not a dataset's.
_REGION_OPENERS = frozenset("North South East West Northern Southern Eastern Western Central Middle".split())


def find_plain_dataset_words(text: str) -> list[tuple[int, int]]:
    """Plain capitalised words in the abstract that their context names datasets (``evaluated on Books``).

    A word without a name's shape (no second capital, no digit) is a name only where the words around it
    say what it names: the cues of :func:`context_votes` (an evaluation "on" it, a dataset head before it or
    a list it closes, an appositive after it) must vote DATASET (at least 1.5, more than any other label). The word must not open its sentence, nor be a describing word or a
    language (:data:`_NOT_DATASET_WORDS`, "-ian"/"-ese"/"-ish"), and must end at punctuation, "and", "or", "where" or
    "which" (another lower-case word after it makes it a modifier: "trained on Othello gameplay").

    Example:
        >>> t = ("T\\n\\nWe report gains of 29.7% on Arxiv and evaluate on Books, Wikipedia and Code. "
        ...      "On four datasets, i.e., COCO, Flickr, CUB, and Oxford-Flowers, we win. Trained on English, it fails. "
        ...      "We present three findings across 4 NLP benchmarks: First, it wins.")
        >>> [t[s:e] for s, e in find_plain_dataset_words(t)]
        ['Arxiv', 'Books', 'Wikipedia', 'Flickr', 'Oxford-Flowers']
        >>> t = "T\\n\\nWe evaluate on Python, Java, and Go, on Linux and Windows, and across Europe and Asia."
        >>> [t[s:e] for s, e in find_plain_dataset_words(t)]
        []
        >>> t = ("T\\n\\nResults on standard benchmarks, including the IIIT-5K, Street View Text and ICDAR datasets, and "
        ...      "in evaluations across FLEURS, Common Voice, and NST. We test on Question Answering, and on The Pile.")
        >>> [t[s:e] for s, e in find_plain_dataset_words(t)]
        ['Street View Text', 'Common Voice']
        >>> t = "X\\n\\nResults across North America, Western Europe, and East Asia, and on Amazon Web Services, show gains."
        >>> find_plain_dataset_words(t)
        []
    """
    body = text.find("\n\n")
    out = []
    for m in _PLAIN_WORD_RE.finditer(text, body + 2 if body >= 0 else 0):
        at = m.start()
        if at < 2 or text[at - 1] != " " or text[at - 2] not in _PLAIN_WORD_AFTER:
            continue  # a sentence's first word, or inside a capitalised phrase
        word = m.group()
        if " " in word:
            # two or three Title-case words ("Street View Text", "Common Voice"): not opened by a determiner or a
            # discourse word, not only describing words, and not ended by a task's or a method's head ("Question
            # Answering", "Graph Neural Networks")
            words = word.split()
            if words[0] in _RUN_OPENERS or words[0] in _DISCOURSE_WORDS or words[0] in _REGION_OPENERS \
                    or any(w in _SETTING_WORDS for w in words) \
                    or all(w in _NOT_DATASET_WORDS for w in words) or words[-1] in _TASK_HEAD_CUES \
                    or words[-1] in _METHOD_NAME_HEADS or words[-1] in _DATASET_NAME_HEADS:
                continue
        elif word in _NOT_DATASET_WORDS or word in _DISCOURSE_WORDS or word in _SETTING_WORDS \
                or word.endswith(("ian", "ese", "ish")):
            continue
        votes = context_votes(text, m.start(), m.end())
        dataset = votes.get(DATASET, 0.0)
        if dataset >= 1.5 and all(v < dataset for label, v in votes.items() if label != DATASET):
            out.append(m.span())
    return out


#: A short letter-digit word ("C4", "P3", "T5", "E5"): a name the sizes-and-units shapes keep out of the candidates
#: (:data:`_NOT_A_NAME_RE`), since most such words are hardware, versions or counts ("T4 GPUs", "V2", "A10").
#: (The look-behind follows the first capital, so the scan jumps from capital to capital: 2.6x faster.)
_SHORT_NAME_RE = re.compile(r"[A-Z](?<![\w@/.+-][A-Z])[A-Z]?[0-9]{1,2}(?![\w@+-]|\.[0-9])")
#: Words after a short letter-digit word that make it hardware ("on T4 GPUs", "on M2 Ultra"), also after the other
#: short words of a list that shares them ("on the M3 and M4 chips", "on T4, L4 or A10 GPUs").
_HARDWARE_AFTER_RE = re.compile(r"(?:(?:,|,? and|,? or) [A-Z]{1,2}[0-9]{1,3})* (?:GPUs?|TPUs?|chips?|Max|Pro|Ultra|"
                                r"processors?|machines?|instances?|nodes?|clusters?|hardware|devices?)\b")
#: A capitalised word right before: the short word is its version or variant ("Natural Instructions V2", "DeepSeek R1").
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w.-]* $")


def find_short_dataset_names(text: str) -> list[tuple[int, int]]:
    """Short letter-digit words their context names datasets ("selecting data from C4", "We evaluate HyperT5 on P3,
    MetaICL and ...", "the large-scale C4 dataset").

    Such a word is a name only where the cues of :func:`context_votes` vote DATASET (at least 1.5, more than any
    other label); not a generic name (``FP16``), not hardware (a GPU/chip word after it) and not the version of a
    capitalised name before it.

    Example:
        >>> t = "We select data from C4, evaluate on P3 and run on T4 GPUs with Natural Instructions V2 data and T5 models."
        >>> [t[s:e] for s, e in find_short_dataset_names(t)]
        ['C4', 'P3']
        >>> find_short_dataset_names("Experiments on the M3 and M4 chips show speedups.")
        []
    """
    out = []
    for m in _SHORT_NAME_RE.finditer(text):
        start, end = m.span()
        if m.group() in GENERIC_NAMES or _HARDWARE_AFTER_RE.match(text, end) \
                or _NAME_BEFORE_RE.search(text, max(0, start - 40), start):
            continue
        votes = context_votes(text, start, end)
        dataset = votes.get(DATASET, 0.0)
        if dataset >= 1.5 and all(v < dataset for label, v in votes.items() if label != DATASET):
            out.append((start, end))
    return out


# --- task and metric phrases -------------------------------------------------------------------

#: Heads that name a task by themselves (``polyp segmentation``, ``raga recognition``).
_STRONG_TASK_HEADS = (
    r"classification|recognition|detection|segmentation|translation|summari[sz]ation|answering|"
    r"parsing|tagging|forecasting|captioning|linking|labell?ing|verification|identification|"
    r"unlearning|localization|localisation|grounding|simplification|disambiguation|spotting|"
    r"transcription|diarization|probing|suggestion|lookup|copying|inpainting|denoising|"
    r"super-resolution|completion|extraction|tracking|planning|entailment"
)
#: Heads that also end generic phrases (``memory design``, ``text understanding``): need a cue.
_WEAK_TASK_HEADS = (
    r"retrieval|prediction|recommendation|generation|estimation|reasoning|understanding|modell?ing|synthesis|matching|"
    r"reconstruction|editing|rewriting|correction|resolution|enhancement|separation|search|design|"
    r"discovery|mining|analysis|comprehension|navigation|manipulation|restoration|alignment|sorting|"
    r"counting|attribution|compression|selection|automation|personalization|personalisation|solving|composition|"
    r"diagnosis|prognosis|induction|extrapolation|assessment|annotation|moderation|screening|triage|monitoring|"
    r"imputation|interpolation|registration|quantification|paraphrasing|decomposition|categorization|clustering|"
    r"calibration|infilling|control|transduction|normalization|normalisation|multiplication|similarity"
)
_TASK_HEADS = _STRONG_TASK_HEADS + "|" + _WEAK_TASK_HEADS
_STRONG_HEAD_RE = re.compile(rf"(?:{_STRONG_TASK_HEADS})$")
_TASK_CUE_LEFT_RE = re.compile(
    r"(?:\btasks?(?: of| such as| including| like|:)?|\bfor|\bon|\bin|\bsuch as|\bincluding|\bto|"
    r"\bvia|\bof|\bfrom|\band|,|\bapplied to|\bapplications? (?:in|to))(?: the)? $|^$|\n\n$"
)
_TASK_CUE_RIGHT_RE = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:tasks?|problems?|benchmarks?|challenges?|datasets?|capabilit(?:y|ies)|"
    r"abilit(?:y|ies)|performance|accuracy|systems?|models?|settings?|scenarios?)\b|\s*[,:]|\s*$|\s+and\s|"
    r"\s*\([A-Z][\w-]{1,10}\)"
)


_TASK_LIST_CUE_RE = re.compile(r"\b(?:tasks?|problems?|applications?)(?: such as| like| including| of|:|,)(?: the)? $")
#: How a left window must end for :data:`_TASK_CUE_LEFT_RE` / :data:`_TASK_LIST_CUE_RE` to match (the last word
#: and space of each path; "$" also matches before a final line break): a ``str.endswith`` before the scans.
_TASK_CUE_LEFT_ENDINGS = tuple(w + " " for w in (
    "task", "tasks", "of", "as", "including", "like", ":", "for", "on", "in", "to", "via", "from", "and", ",", "the")) + ("\n",)
_TASK_LIST_CUE_ENDINGS = ("as ", "like ", "including ", "of ", ": ", ", ", "the ", "\n")


def task_phrase_score(text: str, start: int, end: int) -> float:
    """Confidence of a task phrase: by its head noun and the words around it.

    Example:
        >>> t = "We study polyp segmentation and a decoupled memory design."
        >>> task_phrase_score(t, 9, 27), task_phrase_score(t, 34, 57)
        (0.6, 0.4)
    """
    phrase = text[start:end]
    left = text[max(0, start - 30):start]
    right = text[end:end + 30]
    strong = bool(_STRONG_HEAD_RE.search(phrase.lower()))  # title case: "Personality Detection"
    cue_left = (not left or left.endswith(_TASK_CUE_LEFT_ENDINGS)) and bool(_TASK_CUE_LEFT_RE.search(left))
    cue_right = bool(_TASK_CUE_RIGHT_RE.match(right))
    if strong:
        return 0.6 if (cue_left or cue_right) else 0.5
    if (left.endswith(_TASK_LIST_CUE_ENDINGS) and _TASK_LIST_CUE_RE.search(left)) or (cue_left and cue_right):
        return 0.55
    return 0.4
#: Modifiers that make a phrase generic rather than a task name.
#: Words that never start or modify a measure's or a task's name, whatever the phrase: determiners,
#: quantifiers and pronouns, auxiliaries, verbs that take a measure or a task as their object
#: ("compare latency", "have revolutionized code generation"), and evaluative adjectives
#: ("consistent inference speed"). Shared by the metric and task phrase finders.
_CLOSED_CLASS = frozenset(
    """a an the this that these those our their its his her my your we they it which what whose both
    each every all any some either neither such no not and or nor but of for to in on with by from as at
    is are was were be been being has have had do does did can could may might will would should must
    compare compares compared comparing measure measures measuring ensure ensures ensuring guarantee
    guarantees guaranteeing provide provides providing offer offers offering deliver delivers delivering
    attain attains attaining reach reaches reaching retain retains retaining preserve preserves
    preserving keep keeps keeping sacrifice sacrifices trade gain gains gaining lose loses lost
    revolutionize revolutionizes revolutionized revolutionise revolutionised transform transforms
    transformed advance advances advanced advancing dominate dominates dominated affect affects affected
    hurt hurts harm harms degrade degrades degraded degrading impact impacts impacted influence
    influences limit limits limited restrict restricts restricted optimize optimizes optimized
    optimizing optimise optimises prioritize prioritizes tradeoff trade-off
    consistent stable reasonable acceptable satisfactory excellent great greater promising competitive
    decent notable considerable marginal modest slight dramatic drastic desirable desired reasonable
    model models system systems""".split()
)

_TASK_STOP_MODIFIERS = _CLOSED_CLASS | frozenset(
    """many several various other more most less better best improved efficient accurate robust fast faster
    strong stronger new novel final further better good high higher low lower large small simple
    complex effective reliable existing previous prior current standard traditional conventional
    downstream subsequent multiple different diverse specific general overall joint end-to-end
    real-time related additional extensive comprehensive main key first second one two three also
    only just even very than then thus however while when where whether data task tasks performance
    quality human automatic automated scalable future powerful poor superior significant substantial
    remarkable impressive generalized successful proposed""".split()
) | frozenset(
    """study studies studied improve improves address addresses tackle tackles perform performs enable
    enables use uses using achieve achieves explore explores investigate investigates evaluate
    evaluates propose proposes consider considers apply applies support supports focus focuses boost
    boosts enhance enhances facilitate facilitates benefit benefits require requires involve
    involves include includes including conduct conducts show shows demonstrate demonstrates help
    helps make makes allow allows via across towards toward into over under between within without
    about like unlike despite during after before since because through against among along upon per
    important challenging involving five six seven eight nine ten universal efficiently accelerate
    decoupled semantic outperform outperforms solve solves solving fixed free-form online absolute
    bidirectional cultural event-level word-level sub-word uncertainty-aware teacher parameter
    parameters exhibit exhibits making encompassing respective state-of-the-art optimal sub-optimal
    suboptimal four similar smaller larger finetuned fine-tuned pretrained pre-trained trained
    evaluating predicting improving generating enabling performing achieving addressing tackling
    handling supporting leveraging conducting studying exploring investigating facilitating boosting
    enhancing requiring involving assessing producing guiding next
    lack lacks lacking entail entails entailing public real-world emergent
    discuss discusses discussed permit permits discovered controversial experimental""".split()
) | frozenset(
    # past participles of the sentence's verb before its object ("the widely used next-token prediction";
    # not "named", "masked", "supervised": they name tasks)
    """used applied employed adopted utilized utilised leveraged considered performed introduced explored
    observed reported obtained achieved designed tailored dedicated""".split()
) | frozenset(
    # verbs of the sentence before its object ("framework unifies classification", "adopt tumor detection")
    # and describing adjectives ("typical text summarization", "difficult speech classification")
    """adopt adopts convert converts execute executes unify unifies cover covers train trains span spans
    spanning build builds building handle handles yield yields excel excels struggle struggles fail fails
    surpass surpasses combine combines integrate integrates leverage leverages employ employs utilize
    utilizes adapt adapts extend extends automate automates simplify simplifies streamline streamlines
    difficult hard easy initial particular true typical useful whole coherent enhanced lightweight direct
    above below target next-generation unrestricted best-in-class crucial critical essential fundamental
    basic primary precise practical realistic holistic systematic rigorous faithful flexible versatile
    generic unified broad broader wide wider deeper intelligent seamless straightforward""".split()
)
#: Hyphenated modifiers that grade or qualify rather than name a narrower task ("high-quality code generation").
_TASK_STOP_HYPHENATED = frozenset("high-quality low-quality large-scale small-scale fine-grained coarse-grained off-the-shelf".split())
#: "the graph modeling of knowledge", "a fine-grained analysis of ...": a noun phrase with an object, not a task name.
_DETERMINER_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]heir|[Ii]ts|[Oo]ur) $")
#: "English to French translation": the source language belongs to the pair.
_LANGUAGE_PAIR_RE = re.compile(r"[A-Z][a-z]+(?:-to-|-)[A-Z][a-z]+ [a-z][a-z -]*$")
_LANGUAGE_PAIR_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+ (?:to|into) $")
def trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (much faster than a flat ``a|b|c``).

    Example:
        >>> trie_pattern(["detection", "detector", "design"])
        'de(?:sign|tect(?:ion|or))'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            child = node[ch]
            # collapse single-child chains into a literal run
            run = re.escape(ch)
            while len(child) == 1 and "" not in child:
                (nxt, child), = child.items()
                run += re.escape(nxt)
            rest = emit(child)
            alts.append(run + rest)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return emit(trie)


#: A cheap superset of :data:`_CAPITALISED_RUN_RE`'s matches that end in a head word (two capitalised words, the
#: second ending in a head): it starts with a capital, which the regex engine skips to in C. Few abstracts pass.
_CAPITALISED_HEAD_GATE_RE = re.compile(
    rf"[A-Z][A-Za-z0-9-]* (?:[A-Z][A-Za-z0-9-]*)?(?:{trie_pattern(sorted(set(_METHOD_NAME_HEADS)))})(?=[ ,.;:)]|$)")


def _expand_heads(pattern: str) -> list[str]:
    words = []
    for alt in pattern.split("|"):
        if "[sz]" in alt:
            words += [alt.replace("[sz]", "s"), alt.replace("[sz]", "z")]
        elif "l?" in alt:
            words += [alt.replace("l?", ""), alt.replace("l?", "l")]
        else:
            words.append(alt)
    return words


#: A task head noun, lower case or capitalised (titles); a prefix trie keeps the scan cheap.
_HEAD_WORDS = _expand_heads(_TASK_HEADS)
# explicit lower/Capitalised variants: far faster than an IGNORECASE group in Python's regex engine
TASK_HEAD_RE = re.compile(
    rf"(?<![\w-])(?:{trie_pattern(sorted(set(_HEAD_WORDS + [w.capitalize() for w in _HEAD_WORDS])))})(?![\w-])"
)
#: TASK_HEAD_RE's words, found by the shared cue scan (:func:`_task_heads`).
_TASK_HEAD_CUES = frozenset(_HEAD_WORDS + [w.capitalize() for w in _HEAD_WORDS])
register_cues(sorted(_TASK_HEAD_CUES))


def _task_heads(text: str) -> list[tuple[int, int]]:
    """The spans of ``TASK_HEAD_RE.finditer(text)``, read from the shared cue scan (:func:`extractors._regex.cue_starts`).

    At each word start (not after a hyphen) the longest head word that ends a word, as the trie
    tries the longer of two words sharing a prefix first; matches do not overlap.

    Example:
        >>> t = "Object detection, pre-parsing and re-ranking; Question Answering-based parsing_ parsing."
        >>> _task_heads(t) == [m.span() for m in TASK_HEAD_RE.finditer(t)]
        True
    """
    at: list[tuple[int, int]] = []
    for word, starts in cue_index_positions(text).items():
        if word in _TASK_HEAD_CUES:
            size = -len(word)
            at.extend((p, size) for p in starts)
    if not at:
        return []
    at.sort()
    out = []
    n = len(text)
    last = 0
    for p, size in at:
        if p < last or (p and text[p - 1] == "-"):
            continue
        end = p - size
        if end >= n or not (text[end].isalnum() or text[end] in "_-"):
            out.append((p, end))
            last = end
    return out
_MODIFIER_RE = re.compile(r"[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*")

GENERIC_TASK_PHRASES = frozenset({
    "natural language processing", "computer vision", "machine learning", "deep learning",
    "artificial intelligence", "error analysis", "ablation analysis", "statistical analysis",
    "empirical analysis", "theoretical analysis", "qualitative analysis", "quantitative analysis",
    "human evaluation", "content generation", "data generation", "response generation",
    "feature extraction", "information extraction", "hyperparameter search", "beam search",
    "grid search", "random search", "tree search", "web search", "literature search",
    "architecture search", "knowledge reasoning", "logical reasoning", "data analysis",
    "performance analysis", "sensitivity analysis", "cost analysis", "risk analysis",
    # a problem's form, not a named task ("binary and multitask classification models")
    "binary classification", "multitask classification", "multi-task classification", "multiclass classification",
    "multi-class classification",
    # understanding in general, not a named task ("natural language understanding" is in the lexicon)
    "language understanding", "instruction understanding", "text understanding",
})


#: A modality qualifying a task ("text-based", "image-grounded", "text-driven"): before a modified task head
#: it opens a narrower task's name (:func:`find_task_phrases`).
_MODALITY_QUALIFIER_RE = re.compile(
    r"(?:text|image|video|audio|speech|sketch|layout)-(?:based|driven|guided|grounded|conditioned|conditional)")


def is_task_modifier(word: str) -> bool:
    """True when a hyphenated ``word`` before a task can name a narrower task (``multi-doc``, ``zero-shot``).

    Not a stop word, a grading word (``high-quality``, ``large-scale``) nor a compound ending in a
    trailing modifier (``task-specific``, ``query-aware``, ``LLM-based``); a participle or ``-level``
    may end it (``open-ended``, ``sentence-level``: TDMSci marks ``character-level translation``).

    Example:
        >>> [is_task_modifier(w) for w in ("multi-doc", "open-ended", "task-specific", "high-quality", "state-of-the-art")]
        [True, True, False, False, False]
    """
    lower = word.lower()
    last = lower.rsplit("-", 1)[-1]
    return not (lower in _TASK_STOP_MODIFIERS or lower in _TASK_STOP_HYPHENATED
                or (last in _TRAILING_WORDS and last != "level") or last in _TRAILING_ADJECTIVES)


def find_task_phrases(text: str) -> list[tuple[int, int]]:
    """Lower-case task phrases ending in a task head noun (``scene graph generation``).

    The first modifier may not be a determiner, an evaluative adjective or a
    function word (:data:`_TASK_STOP_MODIFIERS`); leading stop words are trimmed.

    Example:
        >>> t = "We study scene graph generation and improve the efficient retrieval of documents."
        >>> [t[s:e] for s, e in find_task_phrases(t)]
        ['scene graph generation']
    """
    out = []
    for head_start, end in _task_heads(text):
        head = text[head_start:end]
        if text[head_start].isupper() and (not text[end - 1].islower() or not _STRONG_HEAD_RE.search(head.lower())):
            continue
        # walk back over at most three modifier words, stopping at a stop word or a line break
        start = head_start
        for _ in range(3):
            if start < 2 or text[start - 1] != " ":
                break
            prev = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
            word = text[prev:start - 1]
            opened = word[:1] in "([\"'“"
            if opened:
                word, prev = word[1:], prev + 1
            if not word or not _MODIFIER_RE.fullmatch(word) or word.lower() in _TASK_STOP_MODIFIERS:
                break
            # "text-based image retrieval", "image-grounded text generation": a modality qualifying a modified
            # task names a narrower task; it opens the phrase (not "LLM-based classification", "text-based QA")
            modality = start < head_start and _MODALITY_QUALIFIER_RE.fullmatch(word.lower()) is not None
            if modality:
                pass
            # adverbs ("iteratively denoising") and "X-based" premodifiers end the phrase
            elif (word.endswith("ly") and word.lower() != "early") or word.endswith(("-based", "-style", "-like")):
                break
            # "task-specific classification", "query-aware information retrieval", "high-quality code generation"
            elif "-" in word and not is_task_modifier(word):
                break
            elif word[0].isupper() and word.endswith(("ing", "ed")):
                break
            start = prev
            if opened or modality:
                break
        if start == head_start:
            continue
        words = text[start:end].split()
        while len(words) > 1 and words[0].lower() in _TASK_STOP_MODIFIERS:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2:
            continue
        if any(w.lower() in _TASK_STOP_MODIFIERS for w in words[:-1]):
            continue
        phrase = text[start:end]
        # title case only at a title or sentence start; mixed case inside a sentence is a name, not a task
        rest = phrase[1:]
        if (rest != rest.lower() if rest.isascii() else any(c.isupper() for c in rest)) and not phrase.istitle() \
                and not _LANGUAGE_PAIR_RE.match(phrase):  # (an ASCII capital is what lower() changes)
            continue
        if (not _STRONG_HEAD_RE.search(head.lower()) and text.startswith(" of ", end)
                and _DETERMINER_BEFORE_RE.search(text, max(0, start - 7), start)):
            continue  # "the graph modeling of knowledge": a weak head with a determiner and an object
        if phrase[0].isupper():
            pair = _LANGUAGE_PAIR_BEFORE_RE.search(text, max(0, start - 20), start)
            if pair:
                start = pair.start()  # "English to French translation"
        out.append((start, end))
    return out


#: "X accuracy", "X rate", "X score" measures named by a modifier (``answer accuracy``,
#: ``human preference rate``, ``inference speed``, ``memory usage``). Not "X error": an error named by its
#: modifier is mostly a thing minimized or analysed ("minimize compression error", "avoid calculation errors",
#: "the binarization error in self-attention"; tuning gold: 1 of 8 marked); its rates are ("word error rate").
_METRIC_HEAD_WORDS = ('accuracy', 'accuracies', 'rate', 'rates', 'speed', 'usage', 'latency', 'throughput',
                      'F1', 'precision', 'correlation', 'agreement')
#: "reconstruction error of 0.02", "validation error: 4.2%", "test error = 3.1": an error named by its modifier
#: is a measure when a value follows it.
_ERROR_VALUE_AFTER_RE = re.compile(r"\s*(?:(?:of|is|was|by|at)\s+|[:=]\s*)?(?:only\s+|just\s+)?[~≈<>≤≥]?\s*\d")
METRIC_HEAD_RE = re.compile(rf"(?<![\w-])(?:{trie_pattern(list(_METRIC_HEAD_WORDS))})(?![\w-])")


#: Word tuples :func:`whole_word_spans` reads from the shared cue scan (see :func:`register_whole_words`).
_WHOLE_WORD_CUES: set[tuple[str, ...]] = set()


def register_whole_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Register ``words`` as cue literals, so :func:`whole_word_spans` of this tuple reads the shared scan; returns it."""
    register_cues(words)
    _WHOLE_WORD_CUES.add(words)
    return words


def whole_word_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of each of ``words`` standing alone (no word character or hyphen either side), in text order.

    The same as ``finditer`` of ``(?<![\\w-])(?:w1|w2|...)(?![\\w-])`` for words that cannot
    overlap as whole words, but with one C-level ``str.find`` scan per word instead of a
    Python-level regex step per character (several times faster for a dozen words).

    Example:
        >>> whole_word_spans("error rates, F1-score and F1", ["F1", "rate", "rates"])
        [(6, 11), (26, 28)]
    """
    out = []
    n = len(text)
    if isinstance(words, tuple) and words in _WHOLE_WORD_CUES:
        # registered cue literals: their word starts come from the shared scan (cue_index_positions)
        found = cue_index_positions(text)
        for word in words:
            size = len(word)
            for pos in found.get(word, ()):
                end = pos + size
                if (not pos or text[pos - 1] != "-") and (end >= n or not (text[end].isalnum() or text[end] in "_-")):
                    out.append((pos, end))
        out.sort()
        return out
    for word in words:
        size = len(word)
        pos = text.find(word)
        while pos >= 0:
            end = pos + size
            if (not pos or not (text[pos - 1].isalnum() or text[pos - 1] in "_-")) and (
                    end >= n or not (text[end].isalnum() or text[end] in "_-")):
                out.append((pos, end))
            pos = text.find(word, pos + 1)
    out.sort()
    return out
_METRIC_MODIFIER_RE = re.compile(r"[a-z][a-z-]+|[Tt]op-[0-9]+|[Rr]ank-[0-9]+")  # "top-20 retrieval accuracy", "rank-1 accuracy"
#: Not "average" nor "overall": they name a measure of their own ("average accuracy", "overall accuracy"). "art" ends
#: "state of the art" written apart ("achieves state of the art accuracy" is accuracy, not "art accuracy").
_METRIC_STOP = _CLOSED_CLASS | frozenset(
    """high higher low lower better best improved strong final good poor state-of-the-art art
    comparable similar superior significant also only learning same top mean remarkable
    impressive substantial outstanding""".split()
) | frozenset(
    """improve improves improving improved boost boosts boosting increase increases increasing reduce
    reduces reducing achieve achieves achieving enhance enhances enhancing maintain maintains
    maintaining measured report reports reported evaluate evaluates evaluated yield yields yielding
    obtain obtains without higher lower faster slower into over achieved perfect less more novel new
    fewer much larger smaller significantly substantially maximum minimum minimal maximal additional
    extra total task overall final compromising preventing sacrificing losing long-term short-term
    relative absolute long short stronger weaker full mixed half numerical floating-point ultra-low
    optimal suboptimal one two three four five six seven eight nine ten based balance balancing
    traditional between zero-shot few-shot one-shot""".split()
) | frozenset(
    # rates that are settings or background statistics, not evaluation measures (GUIDELINES: "miss rate",
    # "survival rate" in a clinical background; "sampling rate", "frame rate", "decay rate" are settings)
    """survival mortality incidence prevalence miss infection birth death growth interest unemployment
    inflation sampling frame speaking decay dropout masking mask firing spiking mutation heart refresh
    expansion outflow flaring bit baud churn exchange discount prune pruning sparsity""".split()
) | frozenset(
    # rates of physical, chemical or financial processes: quantities a paper studies, not how it is evaluated
    # ("star formation rate", "mass-loss rates", "relaxation rates", "dose rates", "strain rate", "coupon rate")
    """formation mass-loss evaporation relaxation production dose strain coupon differential mixing impact
    accretion cooling heating reaction emission ionization recombination scattering tunneling transition
    dark-count count""".split()
) | frozenset(
    # a verb or a quality before "agreement" ("we find agreement with", "in fair agreement with experiments")
    """find finds found fair excellent reasonable close""".split()
) | frozenset(
    # adjectives and verbs that describe or act on a measure rather than name it ("slow inference speed",
    # "decrease inference latency", "stringent throughput", "equivalent accuracy", "maximize accuracy")
    """slow fast quick stringent diverse specific clear target compact severe direct given equivalent
    arbitrary inherent unprecedented small large tiny huge big decrease decreases extract causes cause made
    make avoid maximize maximise minimize minimise preserve sustain achievable acceptable expected
    define defines analyze analyzes analyse analyses derive derives""".split()
)


#: The metric heads find_metric_phrases looks for, and "error", read from the shared cue scan.
_METRIC_HEADS_OR_ERROR = register_whole_words(_METRIC_HEAD_WORDS + ("error", "errors"))
#: An error taken on held-out data is a measure with or without a value after it ("improves the test error on
#: CIFAR-10", "a considerable decrease in test errors"); other errors need one ("the compression error" is none).
_HELD_OUT_ERROR_BEFORE = ("test ", "validation ", "held-out ")
#: ... when the sentence measures it: after "the" or a change ("improves the test error", "a decrease in test errors"),
#: not a failing test of a program ("reads compiler messages and test errors to repair programs", "when a test error
#: occurs", "the test error messages").
_HELD_OUT_ERROR_MEASURED_RE = re.compile(
    r"(?:\b(?:the|its|their|our)|\b(?:lower\w*|higher|reduc\w*|decreas\w*|improv\w*|increas\w*|minimi[sz]\w*|drops?|"
    r"report\w*|terms)(?:\s+(?:in|of|on))?)\s+"
    r"(?:test|validation|held-out)\s+\Z", re.IGNORECASE)
_ERROR_REPORT_AFTER_RE = re.compile(r" (?:messages?|logs?|traces?|outputs?|reports?|feedback)\b")


def _measured_held_out_error(text: str, head: int, end: int) -> bool:
    """Whether the error word at ``text[head:end]`` is a held-out error the sentence measures (no value needed).

    >>> t = "a considerable decrease in test errors; improves the test error; reads test errors; the test error logs"
    >>> [_measured_held_out_error(t, h, e) for h, e in ((32, 38), (58, 63), (76, 82), (93, 98))]
    [True, True, False, False]
    """
    return text.endswith(_HELD_OUT_ERROR_BEFORE, 0, head) \
        and _HELD_OUT_ERROR_MEASURED_RE.search(text, max(0, head - 40), head) is not None \
        and _ERROR_REPORT_AFTER_RE.match(text, end) is None


#: Prepositions a modifier chain cannot cross ("metrics beyond accuracy").
_METRIC_PREPOSITIONS = frozenset(
    "beyond across within under above below per via toward towards against despite among amongst throughout upon "
    "versus vs like unlike than".split())


def _is_plural_or_verb(word: str) -> bool:
    """A word ending in a plural's or a verb's "s": no modifier of a measure ("metrics", "modifies", "ms").

    Not "times", the multiplier of a reported change ("3.24 times speed gains"), whose measure kg_merge takes
    from the phrase's overlap with the model's span.

    Example:
        >>> [_is_plural_or_verb(w) for w in ("metrics", "modifies", "ms", "success", "analysis", "bias", "times")]
        [True, True, True, False, False, False, False]
    """
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "as")) and word != "times"


def _is_participle(word: str) -> bool:
    """A past participle used as an adjective before a measure (``reduced latency``, ``increased latency``).

    Example:
        >>> [_is_participle(w) for w in ("reduced", "decreased", "identified", "speed", "red", "seed")]
        [True, True, True, False, False, False]
    """
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and "-" not in word
#: A retrieval or generation direction before a measure: "image-to-text recall@1", "text-to-image R@5".
DIRECTED_METRIC_RE = re.compile(
    r"(?<![\w-])[a-z]+-to-[a-z]+ (?:[A-Za-z]+@[0-9]+|(?:top-[0-9]+ )?(?:recall|precision|accuracy|mAP|nDCG|MRR))(?![\w-])")


def _directed_metrics(text: str) -> Iterator[re.Match]:
    """``DIRECTED_METRIC_RE.finditer(text)``, tried only where a match can start: at the lower-case word right before
    each "-to-" (the pattern's ``[a-z]+`` cannot cross the hyphen, so every match starts there). The plain scan,
    led by a look-behind, tried the pattern at every position of the text (~200 us on an abstract with "-to-").

    Example:
        >>> t = "image-to-text recall@1, Text-to-image R@5 and text-to-image accuracy, not x-image-to-text recall"
        >>> [m.group() for m in _directed_metrics(t)] == [m.group() for m in DIRECTED_METRIC_RE.finditer(t)]
        True
    """
    starts = []
    pos = text.find("-to-")
    while pos >= 0:
        start = pos
        while start and "a" <= text[start - 1] <= "z":
            start -= 1
        if start < pos:
            starts.append(start)
        pos = text.find("-to-", pos + 1)
    return match_at(DIRECTED_METRIC_RE, text, starts)


#: "usage" measures a resource ("memory usage", "GPU usage"), not "tool usage".
#: Not "token" or "resource": "reasoning token usage", "reducing resource usage" are named in passing as often as
#: measured (the reported ones are found by :func:`extractors._metrics.find_reported_measures`).
_USAGE_MODIFIERS = frozenset("memory gpu cpu energy power compute disk bandwidth vram ram".split())
#: Nouns ending in "est" that are no superlatives: "test accuracy" names a measure ("highest accuracy" does not).
_NOT_SUPERLATIVE = frozenset("test contest request digest".split())
#: Classification outcomes a rate counts after "false"/"true" ("false negative rate", "true positive rates"), though
#: "-ive" words are otherwise qualities before a measure ("competitive accuracy").
_OUTCOME_WORDS = frozenset({"positive", "negative"})
_OUTCOME_BEFORE = ("false ", "true ", "False ", "True ")
_OUTCOME_COMPOUNDS = frozenset(f"{a}-{b}" for a in ("false", "true") for b in _OUTCOME_WORDS)
#: -ing words naming the phase a measure is taken in ("training speed", "decoding latency"), not a verb or a quality.
_PHASE_ING = frozenset("training decoding processing encoding rendering".split())
_PHASE_TIME_BEFORE_RE = re.compile(r"(?<![\w-])(?:during|after|before|throughout|while|when) $")
#: A loss named by the phase it is measured in is a measure ("the training loss can start from a smaller value", "match
#: the val loss of", "pre-training loss falls below"); a loss named by its kind is an objective ("a contrastive loss").
_PHASE_LOSS_RE = GatedPattern(
    re.compile(r"(?<![\w-])(?:pre-?training|training|validation|val|test|held-out) loss(?:es)?(?![\w-])"),
    re.compile(r"(?:pre-?training|training|validation|val|test|held-out) loss"))  # a scan in C to its words


#: After "correlation": the function, length or matrix a physics or statistics abstract computes, not a measure.
_CORRELATION_OBJECT_RE = re.compile(r" (?:functions?|lengths?|times?|matri(?:x|ces)|energy|energies|effects?)\b")


def find_metric_phrases(text: str) -> list[tuple[int, int]]:
    """Measures named by a noun modifier (``answer accuracy``, ``memory usage``), a direction
    (``image-to-text recall@1``) or the phase they are measured in (``training speed``, ``val loss``).

    A rate named by a setting or a background statistic is none (``sampling rate``, ``survival
    rate``); of two modifiers after an acronym the first belongs to the acronym (``KV cache
    compression rate`` -> ``compression rate``).

    Example:
        >>> t = "It improves answer accuracy and memory usage, with higher accuracy."
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        ['answer accuracy', 'memory usage']
        >>> t = "the highest accuracy and a test accuracy of 91%"
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        ['test accuracy']
        >>> t = "minimize the compression error; a reconstruction error of 0.02 and validation error: 4.2%"
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        ['reconstruction error', 'validation error']
        >>> t = "improves the test error and lowers test errors; training errors of 2%, the training error"
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        ['test error', 'test errors', 'training errors']
        >>> t = "a KV cache compression rate of 60%, survival rate, and 34.6% in text-to-image recall@1"
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        ['compression rate', 'text-to-image recall@1']
        >>> t = "17% in Top-5 accuracy and a top-20 retrieval accuracy of 84"
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        ['Top-5 accuracy', 'top-20 retrieval accuracy']
        >>> t = "nDCG@10 of 0.346 and R@100 of 0.587; Hits@1 (mail: a@b.org)"
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        ['nDCG@10', 'R@100', 'Hits@1']
        >>> t = "faster training speed; the val loss falls, a contrastive loss; minimizing the training loss"
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        ['training speed', 'val loss']
        >>> t = "during training accuracy drops, after training accuracy is reported"
        >>> [t[s:e] for s, e in find_metric_phrases(t)]
        []
    """
    out = []
    for head, end in whole_word_spans(text, _METRIC_HEADS_OR_ERROR):
        if text.startswith("error", head) and not (_ERROR_VALUE_AFTER_RE.match(text, end)
                                                   or _measured_held_out_error(text, head, end)):
            continue
        start = head
        for _ in range(2):
            if start < 2 or text[start - 1] != " ":
                break
            prev = text.rfind(" ", 0, start - 1) + 1
            word = text[prev:start - 1]
            if (not _METRIC_MODIFIER_RE.fullmatch(word) or word in _METRIC_STOP or word in _METRIC_PREPOSITIONS
                    or _is_plural_or_verb(word)
                    or (word.endswith(("ing", "ive", "ous", "ful", "less", "able", "ly", "est"))
                        and not ("-" in word and word.endswith("ing"))  # "instruction-following accuracy"
                        # "false negative rate", "true positive rate": the outcome a rate counts, not a quality
                        and not (start == head and (
                            word in _OUTCOME_WORDS and text.endswith(_OUTCOME_BEFORE, max(0, prev - 6), prev)
                            or word in _OUTCOME_COMPOUNDS))  # ... and "false-positive rate"
                        and word not in _NOT_SUPERLATIVE  # "test accuracy"
                        and not (word in _PHASE_ING  # not "during training accuracy drops"
                                 and not _PHASE_TIME_BEFORE_RE.search(text, max(0, prev - 12), prev)))
                    or _is_participle(word)):
                break
            start = prev
        if start < head and text.count(" ", start, head) == 2 and _ACRONYM_BEFORE_RE.search(text, max(0, start - 12), start):
            start = text.index(" ", start) + 1  # "KV cache compression rate": "KV cache" is one noun
        if text.startswith("correlation", head) and _CORRELATION_OBJECT_RE.match(text, end):
            continue  # "two-point correlation function", "spin correlation functions": a physical quantity
        if start < head and (text[head:end] != "usage" or text[start:head - 1].split()[-1].lower() in _USAGE_MODIFIERS):
            out.append((start, end))
    if " loss" in text:
        from extractors._metrics import is_objective_use

        out = sorted(set(out).union(m.span() for m in _PHASE_LOSS_RE.finditer(text)
                                    if not is_objective_use(text, *m.span())))
    if "-to-" in text:
        out = sorted(set(out).union(m.span() for m in _directed_metrics(text)))
    if "@" in text:  # not inside a longer measure ("text-to-image recall@1")
        cut = [m.span() for m in CUTOFF_METRIC_RE.finditer(text)]
        # a span holding the measure starts at or before it and, of those, the one reaching furthest ends after it
        # (bisection over the spans by start with a running maximum of their ends: a scan per measure was quadratic)
        ordered = sorted(out)
        starts, reach = [s for s, _ in ordered], list(itertools.accumulate((e for _, e in ordered), max))
        out = sorted(set(out).union(c for c in cut if not ((i := bisect.bisect_right(starts, c[0])) and reach[i - 1] >= c[1])))
    return out


#: A measure at a cut-off, written as one word: "nDCG@10", "Hits@1", "P@10", "R@100", "pass@k".
CUTOFF_METRIC_RE = re.compile(r"(?<![\w@./-])[A-Za-z][A-Za-z0-9-]{0,15}@(?:[0-9]+|[kKN])(?![\w@])")


_ACRONYM_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z]{2,5} $")


__all__ = [
    "NAME_RE", "SUFFIX_RE", "DATASET_SHAPE_RE", "has_count_shape", "find_short_dataset_names", "GENERIC_ARCHITECTURES", "is_generic_compound", "GENERIC_NAMES", "is_generic_name", "find_name_candidates", "is_generic_pair_name", "context_votes",
    "find_word_occurrences", "find_words_occurrences", "index_by_first_run", "run_candidates", "ends_word", "RunIndex",
    "label_from_head", "find_named_datasets", "find_capitalised_methods", "find_task_phrases", "is_task_modifier", "find_metric_phrases", "METHOD", "DATASET", "METRIC", "TASK",
]
