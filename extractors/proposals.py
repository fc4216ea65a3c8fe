"""What the paper itself introduces: the ``kg_proposals`` component.

Why rules: authors announce their contribution in a handful of fixed ways, and the
name they announce is exactly the thing a reader lists first:

- the name before a title's colon or dash: ``MatSci-NLP: Evaluating ...``,
  ``CPTQuant - A Novel ...`` (not a generic phrase: ``Large Language Models: A
  Survey`` proposes nothing);
- "we propose / introduce / present / develop / release X", "this paper proposes X";
- an appositive after the announcement: "we propose a novel training procedure,
  Birdie, that ...", "a framework, Language Models Augmented with Long-Term
  Memory (LongMem), which ...";
- "X, a novel ..." opening a sentence; "called / named / dubbed X".

The type comes from the noun that describes the name ("a natural language
*benchmark*" -> DATASET, "a novel *framework*" -> METHOD, see
:func:`extractors.shapes.label_from_head`), else from the title's wording
("A Benchmark for ..."), else METHOD. Every occurrence of a proposed name in the
paper becomes a span with ``proposed`` true.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extractors._extensions import doc_text, set_span_group
from extractors._regex import GatedPattern, GrowingSearch, LastBefore, match_at, cue_index_positions, cue_starts, cue_suffix, register_cues
from extractors.abbreviations import best_long_form, find_abbreviations, without_kind_noun
from extractors.labels import DATASET, ENTITY_LABELS, METHOD, METRIC, TASK
from extractors.lexicon import lexicon_aliases
from extractors.sentences import find_sentence_starts
from extractors.shapes import (
    DATASET_SHAPE_RE,
    GENERIC_NAMES,
    NAME_RE,
    SUFFIX_RE,
    RunIndex,
    ends_word,
    find_name_candidates,
    find_word_occurrences,
    find_words_occurrences,
    index_by_first_run,
    is_generic_name,
    label_from_head,
    run_candidates,
    trie_pattern,
)

# A proposed name: a name-shaped word, or one to six capitalised words (with short connectors),
# optionally followed by "(ACRONYM)".
# a full stop inside a word only before a word character ("Llama.cpp", "v1.5"): "Freeze-Omni. Our" is two sentences
# a LaTeX superscript inside a word ("L^3 Prune", "MoE^2"): "^" and one character or a braced group
_CAP_WORD = r"[A-Z](?:[\w+'’]|\.(?=\w)|\^(?:\{\w{1,4}\}|\w))*(?:-(?:[\w+]|\.(?=\w))+)*"
_CONNECT = r"(?:of|and|for|with|to|in|on|via|from|the|as|by|&)"
_CAP_NAME = rf"{_CAP_WORD}(?: (?:{_CONNECT} ){{0,2}}{_CAP_WORD}){{0,7}}(?: v?[0-9]+(?:\.[0-9]+)*[BMK]?\b)?"
_ACRONYM_TAIL = r"(?: \((?P<acr>[A-Za-z0-9][\w.+^-]{1,15})\))?"
_LOWER_NAME = r"[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}"

_VERBS = (r"propose|introduce|present|develop|design|build|release|construct|curate|create|contribute|"
          r"describe|open-source|unveil|offer|establish|devise|train|pretrain|pre-train|collect|compile")
_SUBJECT = (r"(?:[Ww]e|[Tt]his (?:paper|work|study|report|article|letter)|[Oo]ur (?:research|work|paper|study)|[Ii]n this (?:paper|work|study|report),? we|"
            r"[Hh]ere,? we|[Tt]o (?:this end|address [^,.]{1,60}),? we|[Ii]n response,? we|[Tt]herefore,? we)")
ANNOUNCE_RE = re.compile(
    rf"\b{_SUBJECT}(?: (?:first|further|also|then|thus|additionally|newly))? (?:{_VERBS})(?:s|d|ed)?\b"
    rf"(?: (?:and|&) (?:{_VERBS})(?:s|d|ed)?)?"
)
_VERB_FORMS = sorted({v + suffix for v in _VERBS.split("|") for suffix in ("", "s", "d", "ed")})
# the verb is rarer than the subject: find it first (a prefix trie behind a cheap lookbehind),
# then check the subject just before it
_VERB_RE = re.compile(rf"(?<![\w-])(?:{trie_pattern(_VERB_FORMS)})\b(?: (?:and|&) (?:{_VERBS})(?:s|d|ed)?)?")
#: The first letters of the verbs (a verb is looked for after every "and ": one look at the letter rejects most).
_VERB_FIRST_LETTERS = frozenset(form[0] for form in _VERB_FORMS)
_SUBJECT_BEFORE_RE = re.compile(rf"\b{_SUBJECT}(?: (?:first|further|also|then|thus|additionally|newly))? $")


def finditer_at(rx: re.Pattern, text: str, needles: tuple[str, ...]) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern whose every match starts with one of ``needles`` at a word start.

    The shared cue scan (:func:`extractors._regex.cue_starts`; ``str.find`` for a needle not registered)
    locates the needles and ``rx`` is only tried there, instead
    of at every character of the text; matches come in text order without overlaps,
    exactly as ``finditer`` gives them.

    Example:
        >>> rx = re.compile(r"\\b(?:called|named) (?P<name>[A-Z]\\w+)")
        >>> [m.group("name") for m in finditer_at(rx, "a model called Birdie, renamed Xu, named Yak", ("called", "named"))]
        ['Birdie', 'Yak']
    """
    return match_at(rx, text, cue_starts(text, needles))


# every subject of _SUBJECT ends in "we", "this paper" or "our research": the verb follows one of these
#: The adverbs between the subject and its verb ("we first propose", "we instead introduce", "we have newly built").
_ADVERB = r"(?:first|further|also|then|thus|additionally|newly|here|now|instead|therefore|next|[a-z]{3,}ly)"
# every subject of _SUBJECT ends in "we", "this paper" or "our research" (or "motivates us to"), maybe an auxiliary after
# it ("we have developed", "we will release")
_SUBJECT_END_RE = re.compile(rf"(?:[Ww]e|[Tt]his (?:paper|work|study|report|article|letter|technical report|thesis)|"
                             rf"[Oo]ur (?:research|work|paper|study)|(?<=[a-z] )us to)"
                             rf"(?: {_ADVERB})?(?: (?:have|has|will))?(?: {_ADVERB})? ")
_SUBJECT_NEEDLES = ("we ", "We ", "this ", "This ", "our ", "Our ", "us to ")


def find_announcements(body: str) -> list[int]:
    """Offsets just after each "we propose / this paper introduces ..." in ``body``.

    Example:
        >>> t = "In this paper, we propose X. They present Y. We introduce and release Z. We study A and propose B."
        >>> [t[i:i + 2] for i in find_announcements(t)]
        [' X', ' Z', ' B']
    """
    out = []
    for subject in finditer_at(_SUBJECT_END_RE, body, _SUBJECT_NEEDLES):
        end = subject.end()
        verb = _VERB_RE.match(body, end) if body[end:end + 1] in _VERB_FIRST_LETTERS else None
        if verb is not None:
            out.append(verb.end())
    for p in cue_starts(body, ("and ",)):
        # "we focus on autoregressive LLMs and propose X": a second verb whose subject is the sentence's "we" (the
        # verb agrees with "we": not "a model that ... and introduces")
        verb = _VERB_RE.match(body, p + 4) if body[p + 4:p + 5] in _VERB_FIRST_LETTERS else None
        if verb is not None and _MAKING_VERB_RE.match(verb.group(0)) and not verb.group(0).endswith("s") \
                and verb.end() not in out \
                and _WE_CLAUSE_RE.search(body, max(0, p - 160), p):
            out.append(verb.end())
    last_dot, last_line, we = LastBefore(body, ". "), LastBefore(body, "\n"), GrowingSearch(_WE_RE, body)
    for p in cue_starts(body, _PARTICIPLES):
        # "we take both advantages into account, introducing Flexible Dual Binarization (FDB)", "we address it by
        # proposing X": the participle after a comma or "by" has the sentence's "we" as its subject
        if not (body.startswith(", ", p - 2) or body.startswith("by ", p - 3)):
            continue
        end = body.find(" ", p)
        start = max(last_dot(p), last_line(p), 0)
        if end > 0 and end not in out and body[p:end] in _PARTICIPLES and we(start, p):
            out.append(end)
    return sorted(out)


#: The making verbs as participles (see find_announcements).
_PARTICIPLES = ("introducing", "proposing", "presenting", "developing", "designing", "building", "constructing",
                "creating", "releasing", "devising", "curating")


#: The announcing verbs that make what they name (not "train", "collect": "we ... and train the LLaMA model").
_MAKING_VERB_RE = re.compile(r"(?:propos|introduc|present|develop|design|build|built|releas|construct|curat|creat|devis|"
                             r"unveil)")
#: A clause whose subject is the authors, up to the "and" of its second verb, with no other subject or clause
#: between ("which", "they", "it" ...); the window is short (160 characters before the "and"). Not a "we" inside a
#: relative clause ("Existing agents that we survey ... and build", "Most systems we examined use BM25 and construct").
_WE_CLAUSE_RE = re.compile(r"(?:^|[.!?]\s+|\n|,\s*)(?!(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Ee]xisting|[Tt]he|[Tt]hese|[Tt]hose|"
                           r"[Ss]everal|[Ff]ew|[Oo]ther|[Pp]rior|[Pp]revious|[Cc]urrent|[Ee]ach|[Ee]very)\s+(?:[\w-]+\s+){0,5}?we\s)"
                           r"(?:(?!(?:that|which|who|whom|where)\b)[\w-]+,?\s+){0,6}?[Ww]e\s+"
                           r"(?![^.;]*\b(?:which|who|they|it|whose|whereas|while|but)\b)[^.;]*\Z")
_DIRECT_RE = re.compile(
    rf" (?:the |a |an |our )?(?P<name>{_CAP_NAME}|{NAME_RE.pattern}){_ACRONYM_TAIL}"
    rf"(?P<after>,? (?:a|an|the|which|that|to|for|as|with)\b|:| \(|\.| -|,)"
)
#: Two Title Case names of two to four words each, joined by "and" (each word capitalised: not "Retrieval and
#: Generation", nor a name whose middle word is lower-case).
_NAME_PAIR_RE = re.compile(r"(?P<a>[A-Z][\w-]*(?: [A-Z][\w-]*){1,3}) and (?P<b>[A-Z][\w-]*(?: [A-Z][\w-]*){1,3})")
_GLUED_ACR_RE = re.compile(r"(?<=[a-z])\((?=[A-Z][A-Za-z0-9-]{1,15}\))")
_BASED_AFTER_RE = re.compile(r" \([^()]{1,20}\)[ -](?:based|like|style|driven|powered|inspired)\b")
_NAMING_CUE_RE = re.compile(r" (?:called|named|dubbed|termed|coined|namely)\b")
#: The naming words an appositive may open with instead of a comma (see _APPOSITIVE_RE).
_APPOSITIVE_CUES = (" called", " named", " dubbed", " termed", " coined")
_APPOSITIVE_RE = re.compile(
    rf" (?:a |an |the |our )?(?P<desc>(?:[\w-]+, )?(?:[\w-]+ ){{0,11}}?[\w-]+)(?:,| called| named| dubbed| termed| coined(?: as)?)"
    rf" (?P<name>{_CAP_NAME}|{NAME_RE.pattern}|{_LOWER_NAME}){_ACRONYM_TAIL}(?=,| \(|\.| (?:which|that|to|for|as)\b)"
)
_NAMED_RE = re.compile(
    rf"\b(?P<cue>called|named|dubbed|termed|coined|namely)(?: as|(?<=namely),)?\s+(?P<name>{_CAP_NAME}|{NAME_RE.pattern}){_ACRONYM_TAIL}"
)
#: The authors' own words in a sentence ("we", "our", "this paper"), first letter of either case as the module's other
#: subject patterns: "WE" is an acronym ("word embeddings (WE)"), no author's voice.
_OWN_WORDS_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work))\b")
#: "called multimodal Retrieval-Reflection-Augmented Generation (mR^2AG)": a cue before a long form of any case.
_NAMED_DEFINED_RE = re.compile(r"\b(?P<cue>called|named|dubbed|termed)(?= [A-Za-z][\w-]* [^.;()]{0,80}\()")
#: "called MambaBCD, MambaSCD, and MambaBDA": the further names of a list the cue introduces.
_NAMED_MORE_RE = re.compile(rf"(?: \([^()]{{1,40}}\))?,? (?:and |or )?(?P<name>{NAME_RE.pattern}|[A-Z][a-z]+[A-Z][\w-]*){_ACRONYM_TAIL}(?=[,.;:)]| \(| (?:and|or|for|to|that|which|with|in|on)\b)")
#: Verbs by which a paper uses what exists: the names after "namely" are then not its own.
_USING_RE = re.compile(r"\b(?:use[ds]?|using|leverag\w*|fine-?tun\w*|evaluat\w*|compar\w*|adopt\w*|employ\w*|"
                       r"select\w*|benchmark\w*|test\w*|examin\w*|stud(?:y|ied|ies)|investigat\w*|analy[sz]\w*|explor\w*)\b",
                       re.IGNORECASE)
#: A making verb and "new" in one sentence ("We also created three new scientific benchmark datasets namely, ...").
_MADE_NEW_RE = re.compile(r"\b(?:creat|construct|introduc|releas|develop|build|built|curat|propos|present|design)\w*\b"
                          r"[^.;]{0,80}\b(?:new|novel)\b")
#: A new thing right before a naming cue ("a new architecture family called NViT").
_NEW_THING_RE = re.compile(r"\b(?:a|an) (?:novel|new)\b[\w\s-]{0,40}$")
#: A sentence that tells of others' work ("Prior work proposed a novel framework called RAG", "Lewis et al. introduced
#: a new model called X"): a new thing's name there is not the paper's.
_OTHERS_WORK_RE = re.compile(r"\bet al\b|\b(?:[Pp]rior|[Pp]revious|[Ee]arlier|[Rr]ecent|[Ee]xisting|[Rr]elated|[Pp]ast) "
                             r"(?:works?|studies|research|methods|approaches|efforts|literature)\b")
#: Coinages that only ever name something new ("a pipeline, dubbed as Syphus,"): no "we" needed.
_COINING_CUES = frozenset({"dubbed", "coined"})
_OPENING_RE = re.compile(
    rf"\s*(?P<name>{NAME_RE.pattern}|{_CAP_WORD}){_ACRONYM_TAIL},? "
    rf"(?:is |represents )?(?:a|an) (?:novel|new|simple|open|open-source|efficient|unified|general|lightweight)\b"
    rf"(?P<desc>[^.;]{{0,80}})"
)
#: A capitalised participle or preposition-like word that opens a clause, never a name ("Adopting", "Given").
_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+(?:ing|ed|en)")
_OPENING_NEEDLES = tuple(f" {article} {adjective}" for article in ("a", "an") for adjective in (
    "novel", "new", "simple", "open", "efficient", "unified", "general", "lightweight"))
#: Every occurrence of :data:`_OPENING_NEEDLES` in one scan (its literal prefix " a" is found at C speed;
#: occurrences cannot overlap, so these are the positions a ``str.find`` per needle gives, about 5x faster).
_OPENING_CUE_RE = re.compile(r" an? (?:novel|new|simple|open|efficient|unified|general|lightweight)")


_TITLE_RE = re.compile(r"^(?P<name>[^:\n]{1,60}?)\s*(?::| -{1,2} | – | — |: )\s*(?P<rest>[^\n]*)")
_HEADS = (r"datasets?|benchmarks?|corpus|suite|testbed|models?|methods?|frameworks?|approach|architectures?|LLMs?|"
          r"algorithms?|systems?|metrics?|measures?|pipelines?|toolkits?|agents?|techniques?|strateg(?:y|ies)|"
          r"modules?|layers?|mechanisms?|variants?|family|(?:evaluation|test|benchmark) sets?")
#: "a Split-and-Privatize (SAP) framework": a name's short form, then its head noun.
_ACR_HEAD_RE = re.compile(rf" \((?P<acr>[A-Za-z0-9][\w.+-]{{1,15}})\) (?P<head>{_HEADS})\b")
#: A description that ends in its head noun ("an unsupervised, graph-based selective annotation method").
_HEAD_END_RE = re.compile(rf"\b(?:{_HEADS})$")
_LOWER_DIRECT_RE = re.compile(
    rf" (?P<name>{_LOWER_NAME}), (?:a|an) (?:(?:novel|new) (?P<desc>[\w -]{{3,60}})|(?P<head>(?:[\w-]+ ){{0,3}}(?:{_HEADS}))\b)"
)
#: Lower-case words that never start or make up a proposed lower-case name.
_LOWER_STOP = frozenset("the a an our this these those its their two three several new novel and or it which that "
                        "how what whether each all both".split())
# "we propose preference score-based General Preference Optimization (GPO)": premodifiers, then a defined name
_PREMOD_ACR_RE = re.compile(
    rf" (?:a |an |the |our )?(?:[a-z][\w-]* ){{1,3}}(?P<name>{_CAP_NAME}) \((?P<acr>[A-Za-z0-9][\w.+-]{{1,15}})\)"
)
# "The resulting dataset, DCLM-Baseline", "our proposed model, ResNLS,", "The resulting simple, yet effective and general
# algorithm, Pre-trained Distillation,": the paper's own head noun (after modifiers, not a clause), then its name
_OWN_HEAD_NAME_RE = re.compile(
    rf"\b(?:[Rr]esulting|[Pp]roposed|[Oo]ur|[Nn]ew) (?:(?!(?:we|they|it|is|are|was|were)\b)[\w-]+,? ){{0,5}}?(?P<desc>{_HEADS}), "
    rf"(?P<name>{_CAP_NAME}|{NAME_RE.pattern})(?=[ ,.;])"
)
# "The algorithm, Iterative Weight Recycling, identifies ...": a sentence opening with the bare head noun and the name
# in commas (a cited thing comes with its own words: "The baseline model, GPT-4, ...")
_THE_HEAD_NAME_RE = re.compile(rf"The (?P<desc>{_HEADS}), (?P<name>{_CAP_NAME}|{NAME_RE.pattern}),")
# "we propose an Efficient Prompt Tuning method (EPT)": a capitalised name, its head noun, its short form
_NAME_HEAD_ACR_RE = re.compile(
    rf" (?:a |an |the |our )?(?:novel |new )?(?P<name>{_CAP_NAME}) (?P<head>{_HEADS}) \((?P<acr>[A-Za-z0-9][\w.+-]{{1,15}})\)"
)
# "a novel but simple approach, Constrained Word2Vec (CW2V), which": anywhere in the abstract
_NOVEL_APPOS_RE = re.compile(
    rf"\b(?:[Aa]|[Aa]n) (?:novel|new),?(?: [\w-]+){{0,5}}? (?P<desc>{_HEADS})(?: (?:of|for|on|in) [\w-]+(?: [\w-]+){{0,2}}?)?, "
    rf"(?:(?:namely|called|named|dubbed|termed) )?"
    rf"(?P<name>{_CAP_NAME}|{NAME_RE.pattern})"
    rf"{_ACRONYM_TAIL}(?=[,.;:]| \(| (?:which|that|to|for|as|with)\b)"
)
# "our General Preference representation model (GPM) outperforms": the defined short form is the paper's
_OUR_ACR_RE = re.compile(r"\b[Oo]ur (?:[\w-]+ ){1,5}\((?P<acr>[A-Z][A-Za-z0-9-]{1,10})\)")
_OR_ALIAS_RE = re.compile(rf",? (?:or|aka|a\.k\.a\.|also known as|abbreviated(?: as)?) (?P<name>{NAME_RE.pattern})(?=[,.;)]| \()")
# "a new dataset SimpleToolQuestions", "the LM4LV framework" after an announcement verb
_HEAD_THEN_NAME_RE = re.compile(
    rf" (?:a |an |the |our |two |three )?(?P<desc>(?:[\w-]+ ){{0,4}}?(?:{_HEADS}))(?: called| named| dubbed)?"
    rf" (?P<name>{NAME_RE.pattern}){_ACRONYM_TAIL}(?=[,.;:)]| \(| (?:and|to|for|that|which|with|on|as|in|based|built|"
    rf"designed|using)\b|$)"
)
# "we develop the DepthQA dataset,", "presents the LLM-ADE framework, a novel ...": a name-shaped word after "the" or
# "our" (or no article), then its head noun, then the end of the phrase (not "the ImageNet dataset results"); the name
# must be unknown to the lexicon
_NAME_THEN_HEAD_RE = re.compile(
    rf" (?:the |our )?(?:novel |new )?(?P<name>{NAME_RE.pattern}) (?P<head>{_HEADS})"
    rf"(?=[,.;:]| \(| (?:which|that|to|for|as|with|of|on|in|consisting|containing|comprising|designed|built|based)\b)"
)
#: A lower-case technique name of two to four words right after the verb, without an article, then its purpose.
_BARE_LOWER_RE = re.compile(r" (?P<name>[a-z][a-z-]+(?: [a-z][a-z-]+){1,3}),? (?=to [a-z]+\b|which\b|an? )")
#: A generic head noun ending a lower-case name ("two-dimensional quantization strategy").
_LOWER_HEAD_END_RE = re.compile(r" (?:strategy|technique|approach|method|mechanism|module|scheme|framework)$")
#: "our task-MoE", "the proposed PLT-MLC": the paper's possessive, then a name-shaped word that is not the modifier of
#: a study, an extension or a team.
_OUR_NAME_RE = re.compile(rf"(?:[Oo]ur|[Tt]he proposed)(?: proposed| new| newly (?:created|proposed|introduced))? "
                          rf"(?P<name>{NAME_RE.pattern})(?![\w'’-])(?! (?:study|studies|analysis|analyses|extension|"
                          rf"team|d-team|submission|kernel|implementation|experiments?|results?|findings|setting|setup|"
                          rf"case|observations?|survey|review)\b)")
#: Short forms of formalisms, problem classes and fields ("the proposed MILP formulation", "our CMDP framework", "the
#: proposed ODE solver", "our DRL agent"): what the paper casts its work as, not the name of its artifact (no lexicon
#: entry holds them; MDP and POMDP are in GENERIC_NAMES).
_FORMALISM_NAMES = frozenset(
    """LP LPs ILP ILPs MILP MILPs MIP MIPs IP QP QPs MIQP QCQP SDP SDPs SOCP MINLP ODE ODEs PDE PDEs SDE SDEs CMDP CMDPs
    SMDP SMDPs DAG DAGs FSM FSMs FSA DFA NFA CSP CSPs SAT MaxSAT KL MLE ELBO BFS DFS EM GP GPs BO MPC DRL MARL IRL NAS
    SNN SNNs MCMC""".split())
#: A title word written with inline math ("mR$^2$AG", "S$^{3}$").
_TEX_WORD_RE = re.compile(r"[^\s:,;()]*\$[^\s:,;()]*")
#: A description of a new thing ("novel data generation technique").
_NEW_DESC_RE = re.compile(r"(?:novel|new)\b")
#: A lower-case coinage: a hyphenated word in it ("constraint back-translation") or a technique noun last.
_LOWER_COINED_RE = re.compile(r"[a-z]-[a-z]|(?:ing|tion|sion)$")
#: "Our knowledge-preserved adaptation not only achieves", "our 8-bit optimizers maintain": "our", then a lower-case
#: technique of two or three words (a technique noun last: "prompting", "adaptation", "optimizers"), then its verb.
_OUR_LOWER_RE = re.compile(
    r"(?:[Oo]ur|[Tt]he proposed) (?:proposed |new |novel )?(?P<name>(?![0-9]+ )[a-z0-9][\w-]*(?: [a-z][\w-]*){0,1} "
    r"(?:prompting|tuning|training|distillation|adaptation|quantization|optimizers?|pruning|decoding|sampling|"
    r"regularization|augmentation|attention|routing|merging|alignment|tokenization|compression|initialization|"
    r"masking|encoding|bundling|windowing|loss))"
    r" (?:not only |also |further |consistently |significantly |can |still )?(?:is|are|involves?|achieves?|outperforms?|"
    r"maintains?|improves?|yields?|reduces?|surpass(?:es)?|enables?|requires?|attains?|exceeds?|matches?)\b")
#: Words of a study or of the paper itself, never of its technique ("our main contribution is", "our investigation"),
#: and of a generic setting the paper runs ("our few-shot prompting achieves", "our greedy decoding yields").
_OUR_LOWER_STOP = frozenset("contribution contributions observation observations investigation evaluation analysis "
                            "implementation formulation finding findings experimentation motivation intuition "
                            "conclusion solution question questions version versions joint standard simple full "
                            "end-to-end multi-task supervised unsupervised self-supervised further additional final "
                            "overall baseline vanilla naive default conventional traditional original existing greedy "
                            "random zero-shot one-shot few-shot many-shot".split())
#: "is referred to as self-injection.": a lower-case name a sentence about the authors' own work ends with.
_REFERRED_NAME_RE = re.compile(r"referred to as (?P<name>[a-z][a-z-]+(?: [a-z][a-z-]+){0,2})(?=[.;])")
#: A sentence opening on the authors' own work ("This entire process", "Our method", "The proposed approach").
_OWN_OPENING_RE = re.compile(r"(?:This|Our|The proposed|The resulting)\b(?: [\w-]+){0,3}? (?:process|procedure|method|approach|"
                             r"technique|mechanism|strategy|scheme|step|stage|framework|design|module|operation)\b")
#: A release's size after its name ("Moto-7B"): proposed only through an announced name (see _variant_re).
_SIZED_RE = re.compile(r"-[0-9.]+[BMKbmk]$")
#: A Title Case part after an indefinite article: "a Multi-Scale Fusion Block", "a Latent Motion Tokenizer".
_PART_HEADS = (r"Block|Tokenizer|Module|Layer|Encoder|Decoder|Mechanism|Adapter|Router|Retriever|Generator|Planner|Assessor|"
               r"Supervisor|Selector|Estimator|Controller|Projector|Aggregator|Connector|Scheduler|Memory|Bank")
_PART_TC_RE = re.compile(rf"\b(?:a|an) (?:novel |new |lightweight |learnable )?(?P<name>(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)* ){{1,3}}"
                         rf"(?:{_PART_HEADS}))\b(?! [A-Z])(?! \([^()]{{1,20}}\)[ -](?:based|like|style))")
#: A part's head noun after a space: every match of _PART_TC_RE holds one (one scan that skips ahead in C to the
#: spaces, where _PART_TC_RE tries every position).
_PART_HEAD_AFTER_RE = re.compile(rf" (?:{_PART_HEADS})\b")
#: "a language model (TRLM-Ba)", "an attached module (Plan Assessor)": a head noun after an article, then a name in
#: parentheses that closes there
_HEAD_PAREN_NAME_RE = re.compile(rf"\b(?:a|an|our|the) (?:[\w-]+ ){{0,3}}?(?P<head>{_HEADS}) \((?P<name>{_CAP_NAME}|{NAME_RE.pattern})\)")
#: A name-shaped word alone in parentheses after a lower-case word ("we construct a benchmark for X (FooBench)").
#: (Tried only where " (" opens: the look-behind first made the scan try every position.)
_PAREN_NAME_RE = GatedPattern(re.compile(rf"(?<=[a-z]) \((?P<name>{NAME_RE.pattern})\)"), re.compile(r" \("))
# "we introduce ItineraryBench in the context of ...": a bare name-shaped word, then a preposition (see find_proposals)
_BARE_NAME_RE = re.compile(rf" (?:the |our )?(?:novel |new )?(?P<name>{NAME_RE.pattern}) (?=(?:in|on|by|from|using|across|"
                           rf"and|at|under|into|over|through|trained|built|based|specifically|including)\b)")
# "we create a new dataset -- mLongRR -- to evaluate": a name between dashes after its description
_DASHED_NAME_RE = re.compile(
    rf" (?:a |an |the |our )?(?:novel |new )?(?P<desc>(?:[\w-]+ ){{0,4}}?(?:{_HEADS})) (?:--?|–|—) "
    rf"(?P<name>{_CAP_NAME}|{NAME_RE.pattern}){_ACRONYM_TAIL} ?(?:--?|–|—|,)"
)
# "We introduce Distilling step-by-step, a new mechanism": a sentence-case coinage that a "new"/"novel" appositive
# describes
_SENTENCE_CASE_RE = re.compile(r" (?P<name>[A-Z][a-z][\w-]*(?: [a-z][\w-]*){1,3}), (?:a|an) (?:new|novel)\b")
#: "IF-MT, a benchmark (that) [we introduce]": a name, then the head noun the authors' verb follows.
_NAME_HEAD_WE_RE = re.compile(rf"(?<![\w-])(?P<name>{NAME_RE.pattern}), (?:a|an) (?:[\w-]+ ){{0,4}}?(?P<head>{_HEADS}) "
                              rf"(?:that |which )?\Z")
# "two small LMs ... which we term Bebeshka and Zlata", "which we call a Cartridge", 'which we refer to as "Bort"': the
# authors' naming in a relative
_WHICH_WE_NAME_RE = re.compile(
    rf"(?:which|that|what) we (?:call|term|name|dub|coin|refer to)(?: as)? (?:an? |the )?[\"“]?"
    rf"(?P<name>{_CAP_NAME}|{NAME_RE.pattern})[\"”]?{_ACRONYM_TAIL}(?=[,.;:)]| \(| (?:and|to|for|that|which|with|on|as|in)\b)"
)
# "we propose two practical techniques, namely weight refactorization and momentum reset": counted lower-case names
_COUNTED_LIST_RE = re.compile(
    r" (?:two|three|four|five|several) (?:[\w-]+ ){0,5}?(?P<head>techniques|solutions|methods|approaches|strategies|"
    r"components|modules|mechanisms|objectives)(?: for [\w -]{1,40}?)?(?:,? (?:including|namely|i\.e\.,?)|:) "
    r"(?P<items>[^.;:]{3,240})"
)
# "we propose a novel Task-aware layEr-wise Distillation (TED)", "a novel contextual inside-outside (CIO) layer":
# the short form of the whole phrase after the article is the name, whatever the case of its long form
_DEFINED_ACR_RE = re.compile(
    r" (?:a |an |the |our )?(?:novel |new )?(?P<long>[\w-]+(?: [\w-]+){0,6}?) \((?P<acr>[A-Za-z][\w.+^-]{1,15})\)"
)
#: An item of a counted list defined by its short form: the long form starts after the list's comma or "and".
_LIST_ACR_RE = re.compile(r"(?:^|, |,? and )(?P<long>[A-Z][\w-]*(?: [\w-]+){0,6}?) \((?P<acr>[A-Za-z][\w.+-]{1,15})\)")
_NOVEL_ACR_RE = re.compile(r"\b(?:a|an) (?:novel|new)" + _DEFINED_ACR_RE.pattern)
# "a novel training method, BIdirectional Casual language modeling Optimization (BICO), designed to": a head noun,
# a comma, then a long form of any case its short form defines (checked as _DEFINED_ACR_RE from the comma on)
_APPOSED_HEAD_RE = re.compile(rf" (?:a |an |the |our )?(?:[\w-]+ ){{0,5}}?(?P<head>{_HEADS}),(?= )")
# "The models we introduce, SynthIE, outperform": the paper's head noun, the announcement, then the name
_HEAD_WE_VERB_RE = re.compile(rf"\b[Tt]he (?:[\w-]+ ){{0,2}}?(?P<desc>{_HEADS}) (?:that |which )?we (?:[a-z]+ )?[a-z]+$")
_NAME_AFTER_VERB_RE = re.compile(rf", (?P<name>{_CAP_NAME}|{NAME_RE.pattern}){_ACRONYM_TAIL},")
# 'we build a "Large Concept Model"', 'an approach termed "blending"': a quoted coinage after the announcement
_QUOTED_RE = re.compile(
    rf' (?:a |an |the |our )?(?:novel |new )?(?:(?P<desc>(?:[\w-]+ ){{0,3}}?(?:{_HEADS}))(?P<cue> called| named| termed| dubbed)? )?'
    rf'(?:["“]|``)(?P<name>[A-Za-z][\w+.-]*(?: [\w+.-]+){{0,5}}?)[,.]?(?:["”]|\'\')')
#: Head nouns of a way of doing things that the authors name as they do their artifacts ("a new HP tuning paradigm
#: we call muTransfer", "a novel training regime, called self-guided training").
_WAY_HEADS = "paradigm|protocol|regime|procedure|recipe|scheme"
# "we propose a new metric called the bias factor", "a novel hybrid sampling method, termed analytical teleportation,":
# a lower-case name that a new thing's naming cue introduces
_NEW_CALLED_LOWER_RE = re.compile(
    rf"\b(?:a|an) (?:novel|new) (?:[\w-]+ ){{0,3}}?(?P<desc>{_HEADS}|{_WAY_HEADS}|"
    rf"objective|loss|task),? (?:called|named|termed|dubbed) (?:the )?"
    rf"(?P<name>[a-z][a-z-]+(?: [a-z][a-z-]+){{0,2}}?)(?=[,.;]| \(| (?:which|that|to|for|as|with)\b)")
_QUOTED_HEAD_RE = re.compile(rf" ({_HEADS}|architectures?|networks?)$")
# "a framework called "Unified Instruction Tuning"" anywhere: the quoted name a coining cue introduces
_QUOTED_NAMED_RE = re.compile(r'(?<!so-)\b(?:called|named|termed|dubbed|coined)(?: as)? ["“](?P<name>[A-Za-z][\w+.-]*'
                              r'(?: [\w+.-]+){0,5}?)[,.]?["”]')
#: "a technique we dub ...": the head noun right before "we" (see find_proposals).
_HEAD_BEFORE_WE_RE = re.compile(rf"\b(?P<desc>{_HEADS}|{_WAY_HEADS}) $")
_WE_CALL_NAME_RE = re.compile(
    rf"we (?:call|term|dub|coin|refer to as)(?: as)? (?:an? |the )?(?:(?P<q>[\"'“‘])(?P<qname>[^\"'”’]{{2,60}})[\"'”’]|"
    rf"(?P<name0>{_CAP_NAME}|{NAME_RE.pattern}))"
    rf"(?: \((?P<acr>[A-Za-z0-9][\w.+^-]{{1,15}})\))?")
#: What the authors name when they name an observation, not an artifact: "a phenomenon which we term Reversal Curse",
#: "a behavior that we call Grokking", "an effect dubbed X".
_PHENOMENON_BEFORE_RE = re.compile(r"\b(?:phenomen(?:on|a)|behaviou?rs?|effects?|curse|tendency|tendencies|failure modes?|"
                                   r"regimes?|paradox|dilemma)\s*,?\s*$")
#: Where a counted list's last item ends: a clause of purpose or relative ("to mitigate ...", "which ...").
_ITEMS_CLAUSE_RE = re.compile(r" (?:to|which|that|for|where|while|with|by|in order to)\b")
_LIST_ITEM_RE = re.compile(r"[a-z][a-z]+(?:-[a-z]+)*(?: [a-z][a-z]+(?:-[a-z]+)*){0,3}")
_ITEM_STOP = frozenset("to which that for where while with by in on as".split())


#: What a defined short form may name without being an artifact: a new task or problem setting ("we construct
#: the representative words prediction (ROP) task", "we introduce RSICA as a new paradigm"), or a study.
_NOT_ARTIFACT_AFTER_RE = re.compile(
    r"[\s,]*(?:(?:is |as )?(?:a|an|the) (?:new |novel )?(?:[\w-]+ ){0,2}?)?(?:task|problem|paradigm|setting|scenario)s?\b")
_STUDY_WORDS_RE = re.compile(r"\b(?:review|survey|study|analysis|overview|investigation)\b", re.IGNORECASE)


#: An announcement's first clause: an article, then words up to a comma, bracket, preposition, relative or use verb
#: ("the ongoing NorLM initiative| to support", "an encoder-decoder model| using AIS data").
_FIRST_CLAUSE_RE = re.compile(r" (?P<art>(?:a|an|the|our) )?(?P<np>[^,;:()\n]{1,80}?)(?= (?:that|which|to|for|of|via|using|with|"
                              r"by|on|in|from|over|as|based|built|upon|and|where|who|whose|through|across|utilizing|"
                              r"leveraging|following)\b|[,;:.(]|$)")
#: A head noun right after a name ("an Arabic LJP dataset": with "a"/"an", a kind the name premodifies).
_HEAD_START_RE = re.compile(rf" (?:{_HEADS})\b")
#: The word after a name that makes the name the thing presented: one singular noun, its kind ("the ongoing NorLM
#: initiative", "the first FooZip codec") or a head noun of either number ("the FooNet models"); not what is reported
#: about the name ("the current LHC bounds", "the QCD corrections", "the type IIA brane configuration").
_KIND_AFTER_RE = re.compile(rf" (?:{_HEADS}|[a-z]+(?<!s))$")
#: ... unless that singular noun is a study of the name ("the first FooScale study of scaling laws", "the FooGen
#: comparison of decoders"): the name is what the paper studies, not what it announces.
_STUDY_AFTER_RE = re.compile(r" (?:study|analysis|review|survey|overview|investigation|comparison|evaluation)$")
_LOWER_PHRASE_RE = re.compile(
    r" (?:a |an |the |our )?(?:novel |new |simple |general |effective |efficient )?(?P<words>[a-z][\w-]*(?: [a-z][\w-]*){0,5})")
#: Last words of a phrase too generic to name a contribution ("a large language model" under "Large Language Models
#: for ...").
_GENERIC_LAST = frozenset(
    "model models network networks method methods approach approaches framework frameworks system systems llm llms "
    "agent agents data dataset datasets benchmark benchmarks task tasks learning".split())


def _head_before_paren(text: str) -> bool:
    """Whether a head noun (:data:`_HEADS`) ends right before a " (" of ``text``, as in every match of
    :data:`_HEAD_PAREN_NAME_RE` (checked first: the pattern tries every word start; the longest head has 15 characters).

    >>> _head_before_paren("we build a language model (TRLM-Ba)"), _head_before_paren("we use BERT (Devlin)")
    (True, False)
    """
    q = text.find(" (")
    while q >= 0:
        if _HEAD_END_RE.search(text, max(0, q - 20), q):
            return True
        q = text.find(" (", q + 1)
    return False


def _title_phrase(rest: str, title: str, *, title_cased: bool = False) -> str | None:
    """The lower-case phrase opening ``rest`` that the title writes as a whole capitalised phrase.

    The title's phrase must be Title Case and stand alone (no capitalised word glued before or after it,
    articles and connectors aside): "with Uncertainty-Aware Fine-Tuning" names the contribution,
    "Arbitrary-Bit Quantized Inference" does not make "arbitrary-bit" one.

    Example:
        >>> _title_phrase(" an uncertainty-aware fine-tuning approach for LLMs.", "Trust with Uncertainty-Aware Fine-Tuning")
        'uncertainty-aware fine-tuning'
        >>> _title_phrase(" a large language model for code.", "Large Language Models for Code") is None
        True
        >>> _title_phrase(" arbitrary-bit inference.", "ABQ-LLM: Arbitrary-Bit Quantized Inference Acceleration") is None
        True
    """
    m = _LOWER_PHRASE_RE.match(rest)
    if m is None or (not title_cased and sum(w[0].islower() and w not in _TITLE_JOINERS for w in title.split()) > 1):
        # no phrase, or a sentence-case title ("Machine-generated text detection prevents ..."; ``title_cased``: the
        # caller found it is none)
        return None
    parts = m.group("words").split()
    low = title.lower()
    for k in range(min(len(parts), 5), 0, -1):
        cand = " ".join(parts[:k])
        if (k < 2 and "-" not in cand) or len(cand) < 8 or parts[k - 1] in _GENERIC_LAST \
                or parts[k - 1] in _TITLE_JOINERS or parts[0] in _LOWER_STOP or _STUDY_WORDS_RE.search(cand):
            continue
        pos = low.find(cand)
        while pos >= 0:
            end = pos + len(cand)
            words = title[pos:end].split()
            before = title[:pos].split()
            after = title[end:].split()
            tail = _PAREN_AFTER_RE.sub("", rest[m.start("words") + len(cand):m.start("words") + len(cand) + 80], 1)
            if _NOT_ARTIFACT_AFTER_RE.match(tail):
                return None  # "the representative words prediction (ROP) task"
            if all(w[0].isupper() or w.lower() in _TITLE_JOINERS for w in words) \
                    and (pos == 0 or not (title[pos - 1].isalnum() or title[pos - 1] == "-")) \
                    and (end == len(title) or not (title[end].isalnum() or title[end] == "-")) \
                    and not (before and before[-1][0].isupper() and before[-1].lower() not in _TITLE_JOINERS
                             and not before[-1].endswith(":")) \
                    and not (after and after[0][0].isupper() and after[0].lower() not in _TITLE_JOINERS):
                return cand if not is_generic_name(cand) and cand not in GENERIC_NAMES else None
            pos = low.find(cand, pos + 1)
    return None


_PAREN_AFTER_RE = re.compile(r"^\s*\([^()]{1,30}\)")
#: Articles and connectors a Title Case phrase may hold or border ("Retrieval with Demonstration", "A Benchmark for").
_TITLE_JOINERS = frozenset("a an the of and for with to in on via from through by using as at or vs".split())


_SUPERSCRIPT_RE = re.compile(r"\^(?:\{\w{1,4}\}|\w)")


def _defined_short_form(m: re.Match, text: str) -> bool:
    """True when ``m``'s short form abbreviates its whole long form (Schwartz & Hearst): a coined artifact.

    Example:
        >>> t = " a novel Task-aware layEr-wise Distillation (TED)."
        >>> _defined_short_form(_DEFINED_ACR_RE.match(t), t)
        True
        >>> t = " a method to improve Large Language Models (LLMs)."
        >>> _defined_short_form(_DEFINED_ACR_RE.match(t), t)
        False
        >>> t = " the representative words prediction (ROP) task for pre-training"
        >>> _defined_short_form(_DEFINED_ACR_RE.match(t), t)
        False
    """
    acr, long = m.group("acr"), m.group("long")
    letters = _SUPERSCRIPT_RE.sub("", acr) if "^" in acr else acr  # "mR^2AG" abbreviates by its letters
    return sum(c.isupper() for c in acr) >= 2 and not is_generic_name(acr) and best_long_form(letters, long) == long \
        and not _STUDY_WORDS_RE.search(long) and not _NOT_ARTIFACT_AFTER_RE.match(text, m.end())


_LIST_ITEM_SPLIT_RE = re.compile(r",? and |, (?:and |or )?|,? or ")


def _counted_list_items(items: str) -> list[str]:
    """The lower-case names of a counted list ("sequential indexing, ..., and hybrid indexing, to ...").

    Items end at the first clause ("to enhance ..."); an item in parentheses is skipped; a list
    holding a single plain word ("relation, feature, gradient") names kinds, not methods: none.

    Example:
        >>> _counted_list_items("weight refactorization and momentum reset, to enhance the methods")
        ['weight refactorization', 'momentum reset']
        >>> _counted_list_items("relation, feature, gradient and contrastive paradigm")
        []
    """
    out = []
    clause = _ITEMS_CLAUSE_RE.search(items)
    if clause:
        items = items[:clause.start()].rstrip(" ,")  # "... and concept-enhanced learning to mitigate the impact of noise"
    for item in _LIST_ITEM_SPLIT_RE.split(items):
        item = item.strip()
        if "(" in item or ")" in item:
            continue
        if not _LIST_ITEM_RE.fullmatch(item) or item.split()[0] in _ITEM_STOP or item.split()[0] in _LOWER_STOP:
            break
        if " " not in item and "-" not in item:
            return []
        out.append(item)
    return out if len(out) >= 2 else []


# an announcement followed by a colon and a list of names: "three modifications: ParallelGPT (p-gpt), ..."
_COLON_LIST_RE = re.compile(rf"[^.:;]{{0,160}}: (?P<items>[^.;]{{3,240}})")
# "X - our improved architecture", "X, our model": the cue first (a literal, fast to find), then the name
# before it in a short window, set off by a comma, a dash or a parenthesis (not "On DocVQA our model reaches ...")
_OUR_RE = re.compile(rf"our (?P<desc>(?:[\w-]+ ){{0,4}}(?:{_HEADS}))\b")
_NAME_BEFORE_OUR_RE = re.compile(
    rf"(?P<name>{NAME_RE.pattern}){_ACRONYM_TAIL}(?:\)?,|\)| -{{1,2}}| –| —) ?$"
)
# "We name our method Byte2Word", "we call this approach X"
_WE_NAME_RE = re.compile(
    rf"\b(?:[Ww]e|and) (?:name|call|term|dub|denote) (?:it|them|this|our|the|these)(?P<desc>(?: [\w-]+){{0,3}}?)(?: as)? "
    rf"(?:(?P<name>{_CAP_NAME}|{NAME_RE.pattern}){_ACRONYM_TAIL}|[\"“‘'](?P<quoted>[\w-]+(?: [\w-]+){{0,3}})[.,]?[\"”’'])"
)
# "We name our method X", "... and name it LogiEval" (the subject opens the sentence)
_WE_RE = re.compile(r"\b[Ww]e\b")
_WE_NAME_VERBS = (" name ", " call ", " term ", " dub ", " denote ")
register_cues(verb[1:] for verb in _WE_NAME_VERBS)
_NOVEL_AT_RE = re.compile(r"[Aa]n? n(?:ovel|ew)\b")


def _we_name_starts(body: str) -> list[int]:
    """Where "we name / and call ..." may start: the naming verb is rare, the word before it is checked.

    Example:
        >>> t = "We name it X and call it Y; they name Z."
        >>> [t[p:p + 6] for p in _we_name_starts(t)]
        ['We nam', 'and ca']
    """
    out = []
    found = cue_index_positions(body)  # the verbs (less their space before) are registered cues
    for verb in _WE_NAME_VERBS:
        for pos in found.get(verb[1:], ()):
            pos -= 1
            if pos < 0 or body[pos] != " ":
                continue
            for subject in ("we", "We", "and"):
                start = pos - len(subject)
                if body.startswith(subject, start) and (start == 0 or not body[start - 1].isalnum()):
                    out.append(start)
    return sorted(out)
# "X, a comprehensive dataset ..." inside a sentence that announces it: ", a" first, then the name before
_APPOSED_CUE_RE = re.compile(rf", an? (?P<desc>(?:[\w-]+ ){{0,5}}(?:{_HEADS}))\b")
_NAME_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<name>{NAME_RE.pattern}|[A-Z][a-z]+-[A-Z][a-z]+)$")
_AUTHORSHIP_RE = re.compile(r"\b(?:creat|construct|introduc|releas|develop|build|curat|propos|disseminat|present)"
                            r"(?!\w*(?:tion|ment|al)\b)\w*\b")  # a verb, not "the introduction of ChatGPT, a chatbot"
#: What opens the clause before "X, our ...": a preposition or a list ("On RewardBench, our", "like Llama-3.1-8B, our",
#: "(GSM8K, StrategyQA, and SVAMP), our"): X is where or with what, not the name of "our" thing.
_SETTING_BEFORE_RE = re.compile(r"(?:(?:^|[.;:,(]\s*|\n)(?:[Oo]n|[Ii]n|[Ff]or|[Ww]ith|[Uu]sing|[Aa]cross|[Oo]ver|[Ff]rom|[Aa]t|"
                                r"[Uu]nder|[Aa]mong|[Aa]s|[Cc]ompared (?:to|with)|[Uu]nlike|[Bb]eyond)\s+(?:[\w-]+\s+){0,4}"
                                r"|\b(?:like|such as|including|e\.g\.,?|and|or)\s+)$")
#: A using verb right before a name: the name is used, not made ("explores using ChatGPT, a ...").
_USED_BEFORE_RE = re.compile(r"\b(?:using|use|uses|leveraging|leverage|employing|employ|adopting|adopt|with|on)\s+$")
_EXISTING_RE = re.compile(r"\b(?:widely|popular|well-known|standard|existing|common|commonly|public|publicly|established|"
                          r"famous|classic|traditional|prior|previous|recent|challenging)\b")

#: Words that start a description, never a name ("We present a Novel ...").
_NOT_NAME_WORDS = frozenset(
    """A An The This That These Those Our We It Its In On For To With Novel New Towards Toward How Why What
    When Where Which Who Can Do Does Is Are Beyond Rethinking Revisiting Understanding Exploring Evaluating
    Improving Learning Training Benchmarking Survey Review Position Tutorial Overview Report Technical
    Large Small Efficient Scalable Simple Unified General Deep Neural Language Models Model Vision Multi
    Multimodal Via From By Through Using Based Data Dataset Benchmark Framework Method Approach Methods
    Recent Existing Towards Enhancing Boosting Scaling Reasoning Automatic Automated Generative Open
    Self Zero Few Fine Pre Text Image Video Speech Knowledge Graph Graphs Agents Agent Foundation
    Introducing Investigating Analyzing Assessing Measuring Mitigating Making Leveraging Unlocking
    Teaching Aligning Adapting Augmenting Compressing Equipping Tackling Unifying Advancing Bridging
    As At Of Or And But If So Such Each Both All Many Most Some Given Since While Although Because Unlike Like
    Despite Here There Then Thus However Moreover Furthermore Finally Specifically Additionally Overall
    Notably Instead Compared Following Motivated Inspired Besides Also Further One Two Three First Second
    Experiments Results Extensive Empirical Our Their Its Unlike Most Table Tables Figure Fig Appendix Section
    Algorithm Equation Eq
    Abstract Editorial Erratum Corrigendum Correction Preface Foreword Keynote Obituary Commentary""".split()
)
#: The last word of a coined technique or model name ("Set-Based Prompting", "Quantized Side Tuning",
#: "Hierarchical Autoregressive Transformers", "News Reporter") ...
_TECHNIQUE_END_RE = re.compile(r"(?:[a-z]ing|[a-z]tion|[a-z]sion|[a-z]ers?|[a-z]ors?|former|formers)$")
#: ... or a title that goes on to say what the name is ("News Reporter: A Multi-lingual LLM Framework for ...").
_ARTIFACT_REST_RE = re.compile(rf"(?:An?|The) (?:[\w-]+ ){{0,4}}?(?:{_HEADS})\b", re.IGNORECASE)
#: A title prefix that states a claim ("Lower Layer Matters: ...") names nothing.
_CLAIM_ENDS = frozenset("Matters Matter Helps Help Works Work Counts Wins Suffices Is Are Needs Better Faster Stronger "
                        "Smaller Larger Cheaper Easier Harder Longer Further".split())
#: A title prefix that pairs two things ("DialCoT Meets PPO", "DeepSeek vs. o3-mini") names neither alone.
#: A title "X for Y" opening with a Title Case name of two to four words.
_TITLE_FOR_RE = re.compile(r"(?P<name>[A-Z][\w-]+(?: (?:of |with |and )?[A-Z][\w-]+){1,3}) [Ff]or ")
#: What introduces the title's name in the abstract: an announcement verb and an article right before it.
_TITLE_FOR_INTRO_RE = re.compile(r"\b(?:introduc|propos|present|develop|design)\w*\s+(?:a|an|the|our)\s+(?:novel\s+|new\s+)?\Z")
#: A title that opens with a Title Case model name, its head noun last, and no colon ("Wide Residual Networks", "Dual
#: Path Networks", "Stacked Hourglass Networks for Human Pose Estimation", "Gated-Attention Readers for Text
#: Comprehension", "The Variational Fair Autoencoder"): the name of the paper's model.
_TITLE_MODEL_RE = re.compile(
    r"(?:The )?(?P<name>[A-Z][\w-]*(?: (?:of |with |and )?[A-Z][\w-]*){0,4} (?:Networks?|Nets|Transformers?|Readers?|"
    r"Encoders?|Decoders?|Autoencoders?|Machines?|LSTMs?|GANs?|CNNs?|RNNs?|Units?|Embeddings?|Parsers?|Memories|"
    r"Attention))(?= (?:for|with|via|using|by|in|on|to|as|from|through|at)\b|$)")
#: A title opening with a Title Case name whose last word is name-shaped, before what the thing is for ("DeepFlux for
#: Skeletons in the Wild", "Sentence-State LSTM for Text Representation"; no colon: see find_proposals).
_TITLE_NAME_FOR_RE = re.compile(r"(?:The |An? )?(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) "
                                r"(?:for|in|with|via|on|through|from|using|by)\b")
#: The abstract writes a name as others' work: after "existing / popular / off-the-shelf ..." ("We study the existing
#: ZorbBERT model"), or before "released / proposed / introduced / developed by", "et al." or ", an existing ..."
#: ("ZorbFold, released by Smith et al.", "QuuxQA, an existing benchmark").
_OTHERS_BEFORE_NAME_RE = re.compile(r"\b(?:existing|popular|widely[- ]used|off-the-shelf|publicly[- ]available)\s+\Z",
                                    re.I)
_OTHERS_AFTER_NAME_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?,?\s+(?:(?:released|proposed|introduced|developed|published)"
                                   r"\s+by\b|et\s+al\b|(?:an?|the)\s+(?:existing|popular|widely[- ]used|off-the-shelf|"
                                   r"recent(?:ly\s+(?:released|proposed))?)\b)", re.I)


def _written_as_others(body: str, name: str) -> bool:
    """Whether ``body`` writes ``name`` as others' work (:data:`_OTHERS_BEFORE_NAME_RE`, :data:`_OTHERS_AFTER_NAME_RE`).

    >>> _written_as_others("We study the existing ZorbBERT model.", "ZorbBERT")
    True
    >>> _written_as_others("We assess ZorbFold, released by Smith et al., on complexes.", "ZorbFold")
    True
    >>> _written_as_others("We propose ZorbFold, a new folding model.", "ZorbFold")
    False
    """
    return any(_OTHERS_BEFORE_NAME_RE.search(body, max(0, s - 30), s) or _OTHERS_AFTER_NAME_RE.match(body, e)
               for s, e in find_word_occurrences(body, name))


def _modifies_known(words: list[str]) -> bool:
    """Whether the words before a known model's name are a modifier: a participle or a lower-case compound.

    >>> _modifies_known(["Fine-tuned"]), _modifies_known(["Quantized"]), _modifies_known(["Domain-specific"])
    (True, True, True)
    >>> _modifies_known(["Sentence-State"]), _modifies_known(["Frustum"])
    (False, False)
    """
    return any(w.endswith("ed") or any(part[:1].islower() for part in w.split("-")[1:]) for w in words)


#: A title that states a claim ("Frozen Transformers in Language Models Are Effective Visual Encoder Layers"): its
#: subject is what the paper studies, not a model it names.
_TITLE_CLAIM_RE = re.compile(r" (?:Are|Is|Can|Do|Does|Learn|Learns|Make|Makes) ")
#: ... nor one the abstract first writes as a kind of model it applies ("Spiking Neural Networks for Event-Based Optical
#: Flow" ... "We apply spiking neural networks to ...", "We use echo state networks to predict ..."): a study of the class.
_TITLE_MODEL_USED_RE = re.compile(
    r"\bwe\s+(?:also\s+|first\s+)?(?:study|use|apply|employ|evaluate|explore|investigate|compare|train|revisit|extend|"
    r"analy[sz]e|adopt|leverage|examine|benchmark|test|utili[sz]e)\s+(?:[\w-]+\s+){0,2}?\Z")
#: ... or, when the abstract never writes the title's name, its own model ("our network learns", "Our model is based
#: on ...", "a new type of convolutional neural network").
_OWN_MODEL_RE = re.compile(r"\b(?:[Oo]ur (?:proposed |new )?(?:model|network|architecture|method|approach|framework)s?\b|"
                           r"(?:a|an) (?:new|novel) (?:type|kind|class|family) of\b)")
#: ... unless the title's name is one word before "Neural Networks": a class of models ("Spiking Neural Networks for
#: Event-Based Optical Flow" ... "Our framework converts events ...").
_CLASS_OF_NETWORKS_RE = re.compile(r"[\w-]+ Neural Networks?")
_PAIRING_RE = re.compile(r" (?:[Mm]eets?|vs\.?|[Vv]ersus) ")
#: What every match of _SURVEY_RE holds, lower-cased (checked first: most titles hold none).
_SURVEY_WORDS = ("survey", "review", "overview", "tutorial", "position paper", "perspective", "comparative")
_SURVEY_RE = re.compile(r"\b(?:[Ss]urvey|[Rr]eview|[Oo]verview|[Tt]utorial|[Pp]osition [Pp]aper|[Pp]erspective"
                        r"|[Cc]omparative [Ss]tudy|[Cc]omparative [Aa]nalysis)\b")


#: The authors adding a lower-case technique of their own: the verb, an article, a hyphenated first word and up to two
#: more, a technique noun last, then its purpose or a head noun ("we propose a sub-vector quantization technique for").
_LOWER_PART_RE = re.compile(
    r"\b[Ww]e (?:also |further |then |additionally |next )?(?:propose|introduce|present|develop|design|devise|incorporate)"
    r"[sd]? (?:an? |the )?(?:novel |new |simple |efficient )?(?P<name>[a-z][a-z]*-[a-z][\w-]* (?:[a-z][\w-]* ){0,2}?"
    r"(?:quantization|distillation|regularization|tokenization|attention|decoding|sampling|pruning|augmentation|"
    r"alignment|routing|merging|compression|initialization|masking|encoding|loss))"
    r"(?= (?:technique|strategy|method|mechanism|module|scheme|to|for|that|which)\b|[,.])")
#: A count or a stage number is a schedule, not a name ("a two-stage training strategy"); a generic modifier says what
#: kind of technique it is, not which ("a fine-grained attention", "a self-supervised contrastive loss").
_NOT_PART_START_RE = re.compile(r"(?:one|two|three|four|five|multi|single|[0-9]+)-(?:stage|step|phase|level|round)|"
                                r"(?:fine-grained|self-supervised|semi-supervised|large-scale|high-quality|real-time|"
                                r"end-to-end|state-of-the-art|well-known|long-range|general-purpose|open-source|plug-and-play|"
                                r"training-free|task-specific|task-agnostic|cross-entropy) ")
#: Words that say a sentence lists the parts of the paper's own artifact: "X consists of A and B", "comprising A,
#: B", "X features three innovations: (1) A ...", "two novel techniques: (1) A ... (2) B" (needles for str.find).
_COMPOSE_NEEDLES = ("consist", "compris", "composed of", "made up of", "featur", "introduces", "two ", "three ",
                    "four ")
_COMPOSE_RE = re.compile(
    r"(?:consist(?:s|ing)? of|compris(?:es|ing|ed of)|composed of|made up of|(?P<verb>features|introduces)"
    r"|(?:two|three|four) (?:[\w-]+ ){0,2}?(?P<head>components|modules|stages|techniques|innovations|mechanisms|parts|"
    r"objectives|strategies|steps|phases|blocks|designs|contributions|key ideas)\b)")
#: What a part is not: the data a dataset or benchmark consists of ("a benchmark consisting of a pre-processed dataset").
_DATA_BEFORE_RE = re.compile(r"\b(?:datasets?|corpus|corpora|benchmarks?|collections?|data)\s*,?\s*$")
#: A lower-case long form ending in a training paradigm names the paradigm, not a part ("multi-task fine-tuning (MTF)").
_PARADIGM_END_RE = re.compile(r"(?:training|tuning|learning|distillation|prompting)$")


#: A kind of network no paper names as its own ("We propose a convolutional neural network (CNN) architecture for
#: ...": an unnamed CNN; GUIDELINES: only named things are proposed).
_KIND_OF_NETWORK_RE = re.compile(r"(?:[CDR]NNs?|MLPs?|(?:(?:deep|convolutional|recurrent|feed-?forward|fully[ -]connected) )+"
                                 r"neural networks?)", re.IGNORECASE)
#: A proposed phrase's tail after a preposition of place or source ("Fast R-CNN on CIFAR-10"): a known data set there
#: (:func:`extractors.lexicon.lexicon_aliases`) is the data X is used on, not part of one name.
_ON_DATA_RE = re.compile(r" (?:on|in|with|from|using|over|across) (?P<data>.+)$")


#: A result verb whose subject may be the paper's own, otherwise unannounced, artifact ("muKE improves edit
#: efficacy by 12%", "Moreover, MSP achieves ...").
_ACTING_VERBS = ("achieves", "outperforms", "surpasses", "attains", "obtains", "exceeds", "beats", "reaches", "improves",
                 "delivers", "sets", "establishes", "demonstrates", "exhibits", "excels", "matches", "reduces", "enables",
                 "yields", "generalizes", "generalises", "leads")
#: The plural verbs of a plural subject ("Minitron models exhibit up to a 16% improvement").
_ACTING_PLURAL = ("achieve", "outperform", "surpass", "attain", "obtain", "exceed", "beat", "reach", "improve", "deliver",
                  "demonstrate", "exhibit", "excel", "match", "yield", "generalize")
_PLURAL_HEADS = ("models ", "agents ", "variants ")
_ACTING_VERB_RE = re.compile(rf"(?:{'|'.join(_ACTING_VERBS + _ACTING_PLURAL)})\b")
#: ... the subject right before it: a clause opening ("; ", ", ", "that ", "our ", a discourse adverb) and one
#: word (the name), maybe its short form in parentheses and adverbs.
_ACTING_SUBJECT_RE = re.compile(
    r"(?:^|[.;:,]\s+|\b(?:[Oo]ur|that|[Tt]hus|[Ff]inally|[Mm]oreover|[Nn]otably|[Rr]emarkably|[Ss]pecifically|"
    r"[Ff]urthermore|[Aa]dditionally|[Oo]verall|[Ii]mportantly),?\s+)(?P<name>[^\s,;:()]+)\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:(?P<head>models?|framework|method|approach|agents?|variants?|family)\s+)?"
    r"(?:(?:also|further|consistently|significantly|substantially|even|can|still|clearly|only)\s+)*\Z")
_ET_AL_RE = re.compile(r"\bet al\b")
_CITED_YEAR_RE = re.compile(r"\((?:[^()]*\s)?(?:19|20)[0-9]{2}[a-z]?\)")


def _acting_names(body: str) -> list[str]:
    """Unknown names that are the subject of a result verb ("muKE improves edit efficacy by up to 12.33%",
    "Moreover, MSP achieves state-of-the-art results", "For instance, Phi-mini-MoE achieves ...").

    An abstract reports its own artifact's results by name without announcing it with "we propose" (the
    name is the title's, or a variant the paper trains); a name no lexicon knows, shaped like a name
    (:data:`NAME_RE`), standing alone as the subject of "achieves / outperforms / improves ...", is the
    paper's. Not a cited one ("the SRRW", "Doshi et al. (2023) shows that SRRW achieves").

    Example:
        >>> _acting_names("We study editing. Results show that muKE improves edit efficacy. The SRRW achieves more.")
        ['muKE']
    """
    out, taken = [], set()  # (a set: a long text names thousands)
    known = years = None
    last_dot, et_al = LastBefore(body, ". "), GrowingSearch(_ET_AL_RE, body)  # (the verb starts a word)
    # the verbs are found as cue literals (see cue_starts): scanning the whole text with the pattern took 2.5x as long
    # a plural verb only right after a plural head ("Minitron models exhibit"): the heads are rarer than the verbs
    plural = [p + len(head) for head in _PLURAL_HEADS for p in cue_starts(body, (head,))
              if body.startswith(_ACTING_PLURAL, p + len(head))]
    for m in match_at(_ACTING_VERB_RE, body, sorted(cue_starts(body, _ACTING_VERBS) + plural)):
        before = body[max(0, m.start() - 80):m.start()]
        s = _ACTING_SUBJECT_RE.search(before)
        if s is None or (m.group(0) in _ACTING_PLURAL and (s.group("head") or "")[-1:] != "s"):
            continue  # a plural verb takes a plural head ("Minitron models exhibit"), not a bare name
        name = s.group("name").rstrip(".")
        if not NAME_RE.fullmatch(name) or is_generic_name(name) or name in taken or name in _FORMALISM_NAMES:
            continue
        sentence_start = max(last_dot(m.start()), 0)
        # a citation in the sentence before the verb: "et al" or "(Doshi et al., 2023)", whose spans (no parenthesis
        # inside) are found once (a search from the sentence start per verb was quadratic in one long sentence)
        if years is None:
            years = [(c.start(), c.end()) for c in _CITED_YEAR_RE.finditer(body)]
        cited = bisect.bisect_left(years, (sentence_start,))
        if et_al(sentence_start, m.start()) or (cited < len(years) and years[cited][1] <= m.start()):
            continue
        if known is None:
            known = lexicon_aliases()
        if name.lower() not in known:
            out.append(name)
            taken.add(name)
    return out


#: The paper's own subject before the cue: "our", "the proposed", "we".
_OWN_SUBJECT_RE = re.compile(r"\b(?:[Oo]ur|[Tt]he proposed|[Ww]e)\b")
#: A Title Case name of two to six words, connectors allowed inside ("Layer-wise Scaling Kernels",
#: "Video-to-Event Mapper", "Salience-Determined Bit Allocation").
_TC_WORD = r"[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*"
_TITLE_CASE_NAME_RE = re.compile(rf"(?<![\w-]){_TC_WORD}(?: (?:(?:of|for|with|to|via|the) )?{_TC_WORD}){{1,5}}(?![\w-])")


def _holds_word(text: str, by_run: RunIndex) -> bool:
    """Whether ``text`` holds a whole-word occurrence (:func:`find_word_occurrences`) of a name indexed in
    ``by_run`` (:func:`extractors.shapes.index_by_first_run`).

    Example:
        >>> _holds_word("Our LongMem-2 and x.LongMem", {"LongMem": {7: {"LongMem"}}}), _holds_word("so LongMem.", {"LongMem": {7: {"LongMem"}}})
        (False, True)
    """
    return any(ends_word(text, end) for _, end, _ in run_candidates(text, by_run))


#: Past this many characters, a composition cue's subject is tested without reading it whole (:class:`_LongSubjects`).
_LONG_SUBJECT = 2000


class _LongSubjects:
    """:func:`_component_names`' tests of the subject ``body[begin:end]`` before a cue, for long subjects (one long
    sentence holding many cues, where reading each subject whole was quadratic), each equal to the test on the slice.

    The text's own words and proposed names are found once: one that ends two characters before ``end`` or
    earlier reads nothing past the slice, so the slice holds it exactly when it lies in ``[begin, end)``;
    one ending later starts at most ``longest + 1`` characters before ``end``, and the slice's tail from the
    last space before that (which starts words and runs as the slice does) is tested as the slice would be.
    """

    def __init__(self, body: str, own_set: set[str], by_run: RunIndex, odd: list[str], longest: int) -> None:
        self.body, self.own_set, self.by_run, self.odd, self.longest = body, own_set, by_run, odd, longest
        self.own_words = self._spans((m.start(), m.end()) for m in _OWN_SUBJECT_RE.finditer(body))
        self.names = self._spans(span for spans in find_words_occurrences(body, own_set).values() for span in spans)
        self.lead = (-1, -1)  # a subject's start and its first non-space

    @staticmethod
    def _spans(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
        """Span starts in order and, for each, the least end of the spans from it on."""
        ordered = sorted(spans)
        least_ends = [end for _, end in ordered]
        for i in range(len(least_ends) - 2, -1, -1):
            least_ends[i] = min(least_ends[i], least_ends[i + 1])
        return [start for start, _ in ordered], least_ends

    @staticmethod
    def _within(spans: tuple[list[int], list[int]], begin: int, last_end: int) -> bool:
        starts, least_ends = spans
        i = bisect.bisect_left(starts, begin)
        return i < len(starts) and least_ends[i] <= last_end

    def holds_own(self, begin: int, end: int) -> bool:
        """``_OWN_SUBJECT_RE.search(subject) or _holds_word(subject, by_run) or any(find_word_occurrences(subject, n) for
        n in odd)`` for ``subject = body[begin:end]``."""
        body = self.body
        if self._within(self.own_words, begin, end - 1) or _OWN_SUBJECT_RE.search(body, max(begin, end - 12), end):
            return True  # ("the proposed" is 12 characters)
        if self._within(self.names, begin, end - 2):
            return True
        tail = body[max(begin, body.rfind(" ", begin, end - 1 - self.longest) + 1):end]
        return _holds_word(tail, self.by_run) or any(find_word_occurrences(tail, n) for n in self.odd)

    def data_before(self, begin: int, end: int) -> bool:
        """``_DATA_BEFORE_RE.search(body[begin:end])``: only the last word and the spaces and comma after it are read."""
        body, k = self.body, end
        while k > begin and body[k - 1].isspace():
            k -= 1
        if k > begin and body[k - 1] == ",":
            k -= 1
        while k > begin and body[k - 1].isspace():
            k -= 1
        return _DATA_BEFORE_RE.search(body, max(begin, k - 12), end) is not None  # ("collections" is 11 characters)

    def is_own_name(self, begin: int, end: int) -> bool:
        """Whether ``body[begin:end].strip()`` is a proposed name or ends with one after a space."""
        body, own_set, longest = self.body, self.own_set, self.longest
        r = end
        while r > begin and body[r - 1].isspace():
            r -= 1
        if self.lead[0] != begin:
            lead = begin
            while lead < len(body) and body[lead].isspace():
                lead += 1
            self.lead = (begin, lead)
        lead = self.lead[1]
        if r - lead <= 0:
            return False
        return (r - lead <= longest and body[lead:r] in own_set) or any(
            body[j + 1:r] in own_set for j in range(max(lead, r - longest - 1), r) if body[j] == " ")


#: (The patterns of the functions below, compiled once: ``re.search(str, ...)`` looks its pattern up on every call.)
_FULL_STOP_RE = re.compile(r"\.(?:\s|$)")
_LEADING_ARTICLES_RE = re.compile(r"^(?:(?:an?|the|our|novel|new|efficient|simple|lightweight) )+", re.I)
_HEAD_SPLIT_RE = re.compile(r"[\s-]")
_TRAILING_JOINER_RE = re.compile(
    r"\s+(?:of|and|for|with|to|in|on|via|from|the|as|by|&|model|framework|method|benchmark|dataset)$")
_NAME_LIST_SPLIT_RE = re.compile(r",? and |, ")
_SENTENCE_CUT_RE = re.compile(r"[.;](?:\s|$)")


def _component_names(body: str, own: Iterable[str]) -> list[tuple[str, str]]:
    """Named parts of the paper's own artifact, listed in a sentence about it, as ``(name, label)``.

    The sentence's subject is the paper's (a name it proposes, "our", "the proposed", "we"), a
    composition cue follows ("consists of", "comprising", "features", "introduces", "two
    techniques"), and after it a Title Case name of several words or a short form defined there
    ("Learnable Weight Clipping (LWC)", "a cross-semantic relation measuring (CSRM) mechanism") names a
    part the paper introduces. Single known-looking words (``BERT``) are never taken: a part is written
    as a phrase or defined.

    Example:
        >>> t = ("We propose Polyhistor, consisting of Decomposed HyperNetworks and Layer-wise Scaling Kernels, to share "
        ...      "information. OmniQuant comprises two components including Learnable Weight Clipping (LWC) and LET.")
        >>> _component_names(t, ["Polyhistor", "OmniQuant"])
        [('Decomposed HyperNetworks', 'METHOD'), ('Layer-wise Scaling Kernels', 'METHOD'), ('LWC', 'METHOD'), ('Learnable Weight Clipping', 'METHOD')]
        >>> _component_names("GPT-4 consists of Mixture of Experts layers.", ["X"])
        []
    """
    out: list[tuple[str, str]] = []
    starts = cue_starts(body, _COMPOSE_NEEDLES)
    if not starts:
        return out
    own = [n for n in own if n]
    # the proposed names, looked up by the subject's words (a scan of every name per cue was quadratic in the names)
    own_set, longest = set(own), max(map(len, own), default=0)
    # odd: names not starting with a letter or digit, or a few names (an abstract's): searched one by one
    by_run, odd = index_by_first_run(own_set) if len(own_set) > 8 else ({}, list(own_set))
    done = -1
    last_dot, last_line, long_subjects = LastBefore(body, ". "), LastBefore(body, "\n"), None
    for m in match_at(_COMPOSE_RE, body, starts):
        if m.start() < done:
            continue
        begin = max(last_dot(m.start()) + 2, last_line(m.start()) + 1, 0)
        subject = body[begin:m.start()] if m.start() - begin <= _LONG_SUBJECT else None
        if subject is None:
            # one long sentence: the same tests, without reading the subject whole per cue
            if long_subjects is None:
                long_subjects = _LongSubjects(body, own_set, by_run, odd, longest)
            if not (long_subjects.is_own_name(begin, m.start()) if m.group("verb") else
                    long_subjects.holds_own(begin, m.start()) and not long_subjects.data_before(begin, m.start())):
                continue
        elif m.group("verb"):
            # "BiBERT introduces an efficient Bi-Attention structure", "DeltaVLM features three innovations": the
            # proposed name itself is the subject (not "psycholinguistic features")
            stripped = subject.strip()
            if not (stripped in own_set or any(
                    stripped[i + 1:] in own_set
                    for i in range(max(0, len(stripped) - longest - 1), len(stripped)) if stripped[i] == " ")):
                continue
        elif not (_OWN_SUBJECT_RE.search(subject) or _holds_word(subject, by_run)
                  or any(find_word_occurrences(subject, n) for n in odd)) \
                or _DATA_BEFORE_RE.search(subject):
            continue
        # "three innovative pre-training objectives: Time-Aware Masked Language Modeling (TAMLM), ...": training
        # objectives are typed like the task they model (GUIDELINES)
        kind = TASK if m.group("head") == "objectives" else None
        cut = _FULL_STOP_RE.search(body[m.end():m.end() + 400])
        end = m.end() + (cut.start() if cut else min(400, len(body) - m.end()))
        done = end
        items = body[m.end():end]
        taken: list[tuple[int, int]] = []
        for s0, s1, l0, l1 in find_abbreviations(items):
            short, long = items[s0:s1], items[l0:l1]
            if sum(c.isupper() for c in short) < 2 or is_generic_name(short) or _STUDY_WORDS_RE.search(long):
                continue
            long = _LEADING_ARTICLES_RE.sub("", long)
            known = lexicon_aliases()
            if short.lower() in known or long.lower() in known or (long.islower() and _PARADIGM_END_RE.search(long)):
                continue
            label = kind or _label(long, name=long)
            out.append((short, label))
            if long[:1].isupper() or " " in long:
                out.append((long, label))
            taken.append((l0, s1))
        for t in _TITLE_CASE_NAME_RE.finditer(items):
            if any(a <= t.start() < b for a, b in taken):
                continue
            words = t.group(0).split()
            # not a gerund's object ("(1) Converting Multimodal Information: ..."), not a known name
            if words[0] in _NOT_NAME_WORDS or (words[0].endswith("ing") and not _HEAD_END_RE.search(words[-1])) \
                    or t.group(0).lower() in lexicon_aliases() \
                    or all(is_generic_name(w) or w in _NOT_NAME_WORDS for w in words):
                continue
            out.append((t.group(0), kind or _label(t.group(0), name=t.group(0))))
    return out


def _is_name(name: str, *, strict: bool = True, lower: bool = False) -> bool:
    words = name.split()
    if not words or name in GENERIC_NAMES or is_generic_name(name):
        return False
    if strict and words[0] in _NOT_NAME_WORDS:
        return False
    if len(words) == 1:
        return len(name) >= 2 and not name.isdigit()
    if lower:
        # a lower-case name defined by its appositive ("random access, a novel reading strategy")
        return not any(w in _LOWER_STOP for w in words)
    # a multi-word proposed name is Title Case throughout or holds a name-shaped word
    return bool(NAME_RE.search(name)) or sum(w[0].isupper() for w in words) >= len(words) - 1


def _label(desc: str, default: str = METHOD, name: str = "") -> str:
    # a name ending in a head noun types itself: "Tiny Reasoning Benchmark", "Tele-Data", "Time Reversed
    # Language Models" (whatever verbs its description uses: "which can score ..."); in "X for Y" the head is X's
    head = name.split(" for ")[0]
    own = label_from_head(_HEAD_SPLIT_RE.split(head)[-1].lower()) if head.split() and len(head) > 6 else None
    if own == METHOD and " " not in head:
        own = None  # a hyphenated last part is a name's own word ("DCLM-Baseline"), not a head noun
    if own is None and len(head.split()) > 1 and head.split()[-1] == "Data":
        own = DATASET  # "Farzi Data", "OpenStreetMap Data": a name ending in its data noun
    if own is None and DATASET_SHAPE_RE.search(name):
        own = DATASET  # "ItineraryBench", "MMToM-QA"
    if own is not None:
        return own
    return _head_label(desc) or default


#: What may open a description before its noun phrase (", a", " - the", "which is an").
_NP_LEAD_RE = re.compile(r"[\s,:;–—-]*(?:(?:which|that) (?:is|are) |is |as )?(?:(?:a|an|the|our|this|two|three) )?")
#: Where a description's noun phrase ends: punctuation, a preposition, a relative or a participle.
_NP_STOP_RE = re.compile(r"[,;:.()\"“]| (?:to|for|that|which|who|with|of|in|on|from|by|as|at|via|where|whose|and|or|but|"
                         r"than|is|are|we|it|designed|based|built|capable|tailored|consisting|comprising|containing|"
                         r"using|trained|called|named|dubbed|termed)\b")


#: Collective head nouns that are DATASET heads alone ("a new benchmark suite") but name what they gather with "of".
_COLLECTIVE_HEADS = frozenset({"suite", "collection"})
#: The members of such a collection that make it a METHOD: models of any kind.
_MODEL_MEMBERS_RE = re.compile(r"models|llms|lms|mllms|vlms|lvlms|slms|plms|networks|encoders|decoders|checkpoints|agents")


def _head_label(desc: str) -> str | None:
    """The label of a description's head noun: the last word of its opening noun phrase, else the first head noun.

    "a knowledge graph construction framework to address ..." is a framework (METHOD), though "knowledge graph"
    comes first; a phrase with no head noun at its end falls back on :func:`label_from_head`.

    Example:
        >>> _head_label(", a knowledge graph construction framework to address the challenges")
        'METHOD'
        >>> _head_label(" a natural language benchmark for evaluating models"), _head_label("a large test set")
        ('DATASET', 'DATASET')
        >>> _head_label(" which tests models on benchmarks")  # no noun phrase: the first head noun
        'METHOD'
        >>> _head_label(", a suite of models"), _head_label(", a collection of carefully-curated tasks to")
        ('METHOD', 'DATASET')
    """
    low = desc.lower()
    start = _NP_LEAD_RE.match(low).end()
    stop = _NP_STOP_RE.search(low, start)
    words = low[start:stop.start() if stop else len(low)].split()
    if words and words[-1] in _COLLECTIVE_HEADS and stop and low.startswith(" of ", stop.start()):
        # "Tower+, a suite of models", "Orion-14B, a collection of multilingual large language models": a suite
        # of models is models (a METHOD); "a collection of carefully-curated tasks" stays a benchmark
        inner = _NP_STOP_RE.search(low, stop.start() + 4)
        member = low[stop.start() + 4:inner.start() if inner else len(low)].split()
        if 0 < len(member) <= 6 and _MODEL_MEMBERS_RE.fullmatch(member[-1]):
            return METHOD
    if 0 < len(words) <= 6:
        for k in (1, 2):
            label = label_from_head(" ".join(words[-k:])) if len(words) >= k else None
            if label is not None:
                return label
    label = label_from_head(low)
    if label == DATASET and (acting := _ACTS_ON_DATA_RE.match(low)) is not None \
            and (acting.group(1) or acting.group(2)) in _DATA_WORK_VERBS:
        return METHOD  # "Farzi, which summarizes an event sequence dataset into ...": the data is its object
    return label


#: A description that opens with a relative clause's verb: the head noun after it is the verb's object. (A caller
#: may have cut "which" off; then the verb must be followed by its object's determiner.)
_ACTS_ON_DATA_RE = re.compile(r"[\s,:;–—-]*(?:(?:which|that) (?:also |further |then |first )?([a-z]+s)\b|"
                              r"([a-z]+s) (?:a|an|the|any|each|every|its|their|existing|given|large|raw|training)\b)")
#: Verbs of the work a method does on data ("which summarizes / distills / selects ... a dataset"); not the verbs
#: that describe data by its content or origin ("which contains", "which extends the GSM8K dataset with ...").
_DATA_WORK_VERBS = frozenset("""summarizes summarises distills distils compresses condenses prunes selects filters
    reweights reweighs learns trains optimizes optimises leverages exploits uses employs encodes transforms converts
    retrieves generates synthesizes synthesises labels""".split())


def _trim(name: str) -> str:
    name = name.rstrip(" .,:;")
    # a trailing connector or generic head noun is not part of the name
    name = _TRAILING_JOINER_RE.sub("", name)
    # "a Mixture of Attentions for SD", "a phenomenon we term Reversal Curse in LLMs": a trailing "for/in <short form>"
    # says what the name serves or where it is seen
    serves = _SERVES_ACR_RE.search(name)
    return name[:serves.start()] if serves and " " in name[:serves.start()] else name


_SERVES_ACR_RE = re.compile(r" (?:for|in|on|with|via|to) [A-Z]{2,6}s?$")


def _variant_re(name: str) -> re.Pattern:
    """A name built on ``name`` with a hyphenated part holding a capital or a digit ("Moto-GPT", "ResNLS-5") or a
    plus ("SliM-LLM+"); not a size alone ("Mamba-3B": the gold proposes a sized release in some papers only, mostly not).

    Example:
        >>> [m.group(0) for m in _variant_re("Moto").finditer("Moto-GPT, Moto-based, Moto-2.5B, Moto-5, Moto+ and Motor-X")]
        ['Moto-GPT', 'Moto-5', 'Moto+']
    """
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?:-(?![0-9.]+[BMKbmk](?![\w-]))(?=[\w.]*[A-Z0-9])[A-Za-z0-9][\w.]*"
                      rf"(?<!\.)(?![\w-])|\+\+?(?![\w+]))")


#: A later sentence that describes a proposed name as data: "TaskWeb, a large-scale benchmark of ...", "X is a corpus
#: of ...", "WikiDYK contains 12,290 facts and 77,180 questions".
_LATER_APPOS_RE = re.compile(r"(?:,| is) an? ")
_DATA_COUNT_RE = re.compile(
    r" (?:contains|consists of|comprises|includes|covers) (?:over |more than |about |around |nearly |approximately |roughly )?"
    r"\d[\d,.]*[KkM]?\+? (?:[\w-]+ ){0,2}?(?:questions|samples|examples|instances|images|videos|pairs|facts|problems|"
    r"documents|dialogues|conversations|utterances|sentences|queries|entries|annotations|hours|clips|prompts)\b")


def _phenomenon_before(text: str, start: int, end: int) -> bool:
    """``_PHENOMENON_BEFORE_RE.search(text, start, end)``, reading only the last words before ``end``.

    The match is a phenomenon word, then spaces and at most one comma up to ``end``: the word ends where
    those stop, so only the 20 characters before that can hold it (a search from a long sentence's start
    per occurrence was quadratic).

    Example:
        >>> t = "We find a behaviour , referred"
        >>> _phenomenon_before(t, 0, 22), _phenomenon_before(t, 0, 9), _phenomenon_before("x" * 50 + " effects ", 0, 59)
        (True, False, True)
    """
    q = end
    while q > start and text[q - 1].isspace():
        q -= 1
    if q > start and text[q - 1] == ",":
        q -= 1
        while q > start and text[q - 1].isspace():
            q -= 1
    return _PHENOMENON_BEFORE_RE.search(text, max(start, q - 20), end) is not None


def _variant_starts(body: str, names: list[str]) -> dict[str, list[int]]:
    """Where each of ``names`` (each starting with a letter or digit) starts in ``body`` right before "-" or "+",
    not after a word character or "-": the only places :func:`_variant_re` can match, found in one pass.

    An occurrence there starts a run of letters and digits that is the name's own first run, so the runs
    of the body, indexed once, give every candidate (:func:`extractors.shapes.run_candidates`).

    Example:
        >>> _variant_starts("Moto-GPT and xMoto-2, Moto+ Moto.", ["Moto", "Foo"])
        {'Moto': [0, 22]}
        >>> _variant_starts("Moto-GPT and xMoto-2, Moto+ Moto.", ["Moto"] + [f"W{i}" for i in range(8)])
        {'Moto': [0, 22]}
    """
    out: dict[str, list[int]] = {}
    if len(names) <= 8:
        # a few names (an abstract's): str.find per name is faster than indexing the runs
        for name in names:
            starts = []
            for sep in "-+":
                pos = body.find(name + sep)
                while pos >= 0:
                    if not pos or not (body[pos - 1].isalnum() or body[pos - 1] in "_-"):
                        starts.append(pos)
                    pos = body.find(name + sep, pos + 1)
            if starts:
                out[name] = sorted(starts)
        return out
    by_run, _ = index_by_first_run(names)
    for start, end, name in run_candidates(body, by_run, not_after="_-"):
        if end < len(body) and body[end] in "-+":
            out.setdefault(name, []).append(start)
    return out


#: The end of a sentence inside a description window (a full stop, "!" or "?" before a space and a capital).
_SENTENCE_STOP_RE = re.compile(r"[.!?]\s+(?=[A-Z])")


def _described_as_data(body: str, name: str, ends: Iterable[int] | None = None) -> bool:
    """Whether a name typed METHOD by default is described as data later in the text (then it is a DATASET).

    ``ends``: where the name's whole-word occurrences in ``body`` end, when the caller has them (see
    :func:`find_proposals`: one pass over the text for all names).

    Not when the text also describes it with a method's head noun ("UniTune, a multi-task instruction
    tuning method. UniTune includes 1,600 prompts"): METHOD was then the description's, not a default.

    Example:
        >>> _described_as_data(" We build WikiDYK. WikiDYK contains 12,290 facts.", "WikiDYK")
        True
        >>> _described_as_data(" We propose UniTune, a tuning method. UniTune includes 1,600 prompts.", "UniTune")
        False
    """
    data = False
    for end in ends if ends is not None else (end for _, end in find_word_occurrences(body, name)):
        if _LATER_APPOS_RE.match(body, end):
            window = body[end:end + 100]
            stop = _SENTENCE_STOP_RE.search(window)  # the appositive's sentence: not "X, a parser. Experiments on corpora"
            head = _head_label(window[:stop.start()] if stop else window)
            if head == METHOD:
                return False
            data = data or head == DATASET
        data = data or bool(_DATA_COUNT_RE.match(body, end))
    return data


#: The literals find_proposals and its helpers look for with cue_starts: one shared scan of the text finds them all.
register_cues(_SUBJECT_NEEDLES + ("and ",) + _PARTICIPLES + _PLURAL_HEADS + _ACTING_VERBS + _COMPOSE_NEEDLES + (
    "a n", "an n", "A n", "An n", "the proposed ", "The proposed ", "our proposed ", "Our proposed ", "our ", "Our ",
    "resulting ", "Resulting ", "proposed ", "Proposed ", "new ", "New ", "we ", "we call ", "we term ", "we dub ",
    "we coin ", "we refer to as ", "which we ", "that we ", "what we ", "referred to as ", "called", "named", "dubbed",
    "termed", "coined", "namely"))


def find_proposals(text: str) -> list[tuple[int, int, str, float]]:
    """Names the paper introduces, as ``(start, end, label, score)`` over ``text``.

    Every occurrence of each proposed name is returned.

    Example:
        >>> t = "MatSci-NLP: Evaluating Models\\n\\nWe present MatSci-NLP, a natural language benchmark. MatSci-NLP is hard."
        >>> [(t[s:e], lab) for s, e, lab, _ in find_proposals(t)]
        [('MatSci-NLP', 'DATASET'), ('MatSci-NLP', 'DATASET'), ('MatSci-NLP', 'DATASET')]
    """
    found: dict[str, tuple[str, float]] = {}

    def add(name: str, label: str, score: float, strict: bool = True, lower: bool = False) -> None:
        name = _trim(name)
        if name.startswith("The ") and name.count(" ") >= 2:
            name = name[4:]  # "we present The MiniPile Challenge, where ...": the capitalised article is not the name's
        parts = _NAME_LIST_SPLIT_RE.split(name)
        if len(parts) > 1 and all(NAME_RE.fullmatch(p) or (" " not in p and p[:1].isupper()) for p in parts):
            # "AstroLLaMA-3-8B and AstroLLaMA-2-70B": two names, not one
            for part in parts:
                add(part, label, score)
            return
        words = name.split()
        if len(words) >= 3 and sum(c.isupper() for c in words[-1]) >= 2 and NAME_RE.fullmatch(words[-1]) \
                and best_long_form(words[-1], " ".join(words[:-1])) == " ".join(words[:-1]):
            # "which we call Pathways Language Model PaLM": a long form and its short form without parentheses
            add(" ".join(words[:-1]), label, score, strict=strict)
            add(words[-1], label, score)
            return
        if len(words) >= 3 and words[1] in ("for", "on", "in") and NAME_RE.fullmatch(words[0]) \
                and is_generic_name(words[-1]):
            name = words[0]  # "a retrieval method called ReAG for QA": the name, then what it is for
        elif len(words) >= 3 and (on := _ON_DATA_RE.search(name)) and on.group("data").lower() in lexicon_aliases(DATASET):
            # "We train Fast R-CNN on CIFAR-10": the name, then the known data set it is trained or run on
            name = name[:on.start()]
        if not _is_name(name, strict=strict, lower=lower) or _KIND_OF_NETWORK_RE.fullmatch(name):
            return
        old = found.get(name)
        if old is None or score > old[1]:
            found[name] = (label, score)

    def add_named(m: re.Match, label: str, score: float, strict: bool = True) -> None:
        """A matched name (group "name") and, when the match has one, its short form (group "acr")."""
        add(m.group("name"), label, score, strict=strict)
        if m.group("acr"):
            add(m.group("acr"), label, score)

    # a record's text is "title\n\nabstract"; without the blank line there is no title
    title_end = text.find("\n\n")
    title = "" if title_end < 0 else text[:title_end]
    body = text if title_end < 0 else cue_suffix(text, title_end)  # its cues read from the text's scan
    low_title = title.lower()
    survey = any(word in low_title for word in _SURVEY_WORDS) and bool(_SURVEY_RE.search(title))
    # the sentence start before a cue: the last ". " before it, read on from the last cue (each loop below asks in text
    # order: a search back to the text's start per cue was quadratic in one long sentence)
    last_dot = LastBefore(body, ". ")
    # a Title Case title, the only kind whose phrases name a contribution (see _title_phrase); checked once
    phrased = bool(title) and not survey and sum(w[0].islower() and w not in _TITLE_JOINERS for w in title.split()) <= 1
    announcements = find_announcements(body)
    for announced in announcements:
        rest = body[announced:announced + 240]
        cut = _SENTENCE_CUT_RE.search(rest)
        rest = rest[:cut.start() + 1] if cut else rest
        if "(" in rest:
            # "Lag-Relative Sparse Attention(LRSA)": a short form glued to its long form is read as if spaced
            rest = _GLUED_ACR_RE.sub(" (", rest)
        # literals that every match of a form below holds: a form is tried only when its literal is in the sentence
        paren = " (" in rest
        appositive = "," in rest or any(cue in rest for cue in _APPOSITIVE_CUES)
        if (" a " in rest or " an " in rest) and _PART_HEAD_AFTER_RE.search(rest):
            for pc in _PART_TC_RE.finditer(rest):
                # "We propose a Hybrid Attention Mechanism that combines ... with a Multi-Scale Fusion Block", "we
                # introduce Moto, which converts video ... by a Latent Motion Tokenizer": a Title Case part the
                # announcement names with an indefinite article
                name = pc.group("name")
                if pc.start("name") and name.lower() not in lexicon_aliases() and name.split()[0] not in _NOT_NAME_WORDS:
                    add(name, METHOD, 0.7)
        if "(" in rest:
            for ph in (_HEAD_PAREN_NAME_RE.finditer(rest) if _head_before_paren(rest) else ()):
                # "we pre-train a language model (TRLM-Ba)", "an improved framework (Furthest Reasoning) and an attached
                # module (Plan Assessor)": the authors' head noun, then the name they give it in parentheses
                if ph.group("name").lower() not in lexicon_aliases() and not is_generic_name(ph.group("name")):
                    add(ph.group("name"), label_from_head(ph.group("head").lower()) or METHOD, 0.75)
            for pn in _PAREN_NAME_RE.finditer(rest):
                # "introduces correlation-based (CMPQ), pruning-based (PMPQ) ... techniques": a name alone in parentheses
                # after a lower-case word, not a short form of the words before it (the forms below judge those)
                name = pn.group("name")
                if name.lower() not in lexicon_aliases() and not is_generic_name(name) and not _SIZED_RE.search(name) \
                        and not name.rsplit("-", 1)[-1].islower() and name not in found \
                        and best_long_form(name, " ".join(rest[:pn.start()].split()[-10:])) is None:
                    add(name, _label(rest[max(0, pn.start() - 60):pn.start()].split(",")[-1], name=name), 0.7)
        if rest.startswith(" to ") and not rest.startswith(" to this end"):
            continue  # "we propose to employ Hidden Markov Models (HMMs)": what follows is done, not named
        titled = _title_phrase(rest, title, title_cased=True) if phrased else None
        if titled is not None and not (paren and (da := _DEFINED_ACR_RE.match(rest)) and _defined_short_form(da, rest)):
            # "we propose an uncertainty-aware fine-tuning approach" under the title "... with Uncertainty-Aware
            # Fine-Tuning": the lower-case phrase is the name the title gives the contribution
            add(titled, METHOD, 0.7, lower=True)
            continue
        own = _NAME_AFTER_VERB_RE.match(rest)
        if own and (head := _HEAD_WE_VERB_RE.search(body, max(0, announced - 90), announced)):
            add_named(own, _label(head.group("desc"), name=own.group("name")), 0.85)
            continue
        counted = _COUNTED_LIST_RE.match(rest)
        if counted:
            for item in _counted_list_items(counted.group("items")):
                add(item, METHOD, 0.7, lower=True)
            for da in _LIST_ACR_RE.finditer(counted.group("items")):
                # "two approaches, including Pre-Trained SNN (PT-SNN) and SNN with Second-Order Embeddings (SOE-SNN)"
                if _defined_short_form(da, counted.group("items")):
                    add(da.group("acr"), METHOD, 0.75)
                    add(da.group("long"), METHOD, 0.75, strict=False)
            continue
        q = _QUOTED_RE.match(rest) if '"' in rest or "“" in rest or "``" in rest else None
        if q and (q.group("cue") or q.group("name")[0].isupper()):
            # a lower-case quoted phrase after the verb alone is a notion ('we introduce the "reversal curse"')
            label = _label(q.group("desc") or rest[q.end():q.end() + 80], name=q.group("name"))
            add(q.group("name"), label, 0.8, strict=False, lower=bool(q.group("cue")))
            continue
        d = _DIRECT_RE.match(rest)
        pair = _NAME_PAIR_RE.fullmatch(d.group("name")) if d and " and " in d.group("name") and not d.group("acr") \
            and d.group("after").startswith(",") and not _OR_ALIAS_RE.match(rest, d.end("name")) else None
        if pair:
            # "we propose Annealing Reflow and Flow-Guided Distillation, which together comprise our SlimFlow
            # framework": two Title Case names of two or more words each, joined by "and" and closed by a comma (not
            # one long name: its short form or "or ALIAS" follows that)
            add(pair.group("a"), METHOD, 0.8)
            add(pair.group("b"), METHOD, 0.8)
            continue
        if d and not d.group("acr") and len(d.group("name").split()) >= 3 and d.group("after").strip(" ,") in (
                "a", "an", "the", "which", "that", "to", "for", "as", "with") \
                and not (d.group("after").startswith(",") and d.start("name") == 1 and " and " not in d.group("name")) \
                and not (_HEAD_END_RE.search(d.group("name").lower()) and d.group("after").strip(" ,") in ("which", "that")
                         and d.group("name").lower() not in lexicon_aliases()):
            # "a Bidirectional Encoder Representations from Transformers for sequential ...": a cut-off phrase (not
            # "a Hybrid Attention Mechanism that combines ...": a name ending in its head noun, then a relative; nor
            # "We propose Outcome-Refining Process Supervision, a novel paradigm": no article, a comma closes the name)
            d = None
        if d and not d.group("acr") and " " not in d.group("name") and "-" in d.group("name") \
                and d.group("name").split("-", 1)[1].islower() and not NAME_RE.fullmatch(d.group("name")) \
                and d.group("after") in (" to", " for", " as", " with"):
            d = None
        if d and not d.group("acr") and d.group("after") in (" to", " for", " as", " with") \
                and rest[d.end() + 1:d.end() + 2].isupper():
            d = None  # "the Summaries with Unstructured Evidence Text dataset (SUnsET)": the name goes on
        if d and d.group("after") == " (" and _BASED_AFTER_RE.match(rest, d.end("name")):
            continue  # "we firstly develop a Bidirectional Long Short-Term Memory (BiLSTM) based detector": a part used
        if d and d.group("after") == "," and _NAMING_CUE_RE.match(rest, d.end()):
            d = None  # "an HPC-specific LM, named MonoCoder": the name follows its description
        if d:
            desc = rest[d.end():d.end() + 80]
            label = _label(desc, name=d.group("name"))
            if not d.group("acr") and (ah := _ACR_HEAD_RE.match(rest, d.end("name"))) \
                    and best_long_form(ah.group("acr"), d.group("name")) == d.group("name"):
                if d.group("name").lower() in lexicon_aliases() or ah.group("acr").lower() in lexicon_aliases():
                    # "we build a Retrieval-Augmented Generation (RAG) pipeline": a known technique (in its long and
                    # short form) premodifies the unnamed thing built; "we propose X (ACR), a ..." still names X
                    continue
                # "a Split-and-Privatize (SAP) framework": the short form, then the head noun that types both
                label = label_from_head(ah.group("head").lower()) or label
                add(ah.group("acr"), label, 0.85)
            add_named(d, label, 0.85)
            alias = _OR_ALIAS_RE.match(rest, d.end("name"))
            if alias:
                # "Low-Rank Adaptation, or LoRA,": the short name is proposed too
                add(alias.group("name"), label, 0.85)
            continue
        b = _BARE_NAME_RE.match(rest)
        if b and b.group("name").lower() not in lexicon_aliases() and not b.group("name").rsplit("-", 1)[-1].islower() \
                and not _SIZED_RE.search(b.group("name")):
            # "we introduce ItineraryBench in the context of travel planning": a name-shaped word no lexicon knows, the
            # verb's object, then a preposition
            add(b.group("name"), _label(rest[b.end():b.end() + 80], name=b.group("name")), 0.75)
            continue
        bl = _BARE_LOWER_RE.match(rest)
        if bl and not any(w in _LOWER_STOP or w in _ITEM_STOP for w in bl.group("name").split()) \
                and not bl.group("name").endswith("s") and bl.group("name").lower() not in lexicon_aliases():
            # "We propose model specialization, to specialize ...", "we propose modality-aware hard negative mining to
            # mitigate ...": a lower-case technique name right after the verb, no article, then its purpose
            add(_LOWER_HEAD_END_RE.sub("", bl.group("name")), METHOD, 0.65, lower=True)
            continue
        nh = _NAME_THEN_HEAD_RE.match(rest) if _MAKING_VERB_RE.search(body, max(0, announced - 14), announced) else None
        if nh and nh.group("name").lower() not in lexicon_aliases() and not nh.group("name").rsplit("-", 1)[-1].islower():
            # (not a kind: "an LLMOps pipeline" takes an article, "the LLM-based framework" a compound)
            add(nh.group("name"), label_from_head(nh.group("head").lower()) or METHOD, 0.8)
            continue
        ah = _APPOSED_HEAD_RE.match(rest) if ", " in rest and "(" in rest else None
        da = _DEFINED_ACR_RE.match(rest, ah.end()) if ah else None
        if da and _defined_short_form(da, rest):
            label = label_from_head(ah.group("head").lower()) or METHOD
            add(da.group("acr"), label, 0.85)
            add(without_kind_noun(da.group("acr"), da.group("long")), label, 0.85, strict=False)
            continue
        a = _APPOSITIVE_RE.match(rest) if appositive else None
        if a and a.group("name")[0].islower() and (a.group("name").split()[0] in _LOWER_STOP
                                                   or (" " not in a.group("name") and not (
                                                       "-" in a.group("name") and _HEAD_END_RE.search(a.group("desc"))))):
            # "preference representation learning, an approach that": the name is before the comma;
            # "a dataset of Finnish combining web crawls, news, social media": one plain word is a list item
            a = None
        if a:
            label = _label(a.group("desc"), name=a.group("name"))
            # "a framework, Language Models Augmented with ... (LongMem)": a defined name may start with any word
            # "a novel data generation technique, constraint back-translation.": a lower-case coinage the new thing's
            # description names (a compound or a technique noun last; not "a new benchmark, evaluation pipeline")
            coined = a.group("name")[0].islower() and " " in a.group("name") \
                and bool(_NEW_DESC_RE.match(a.group("desc"))) and bool(_HEAD_END_RE.search(a.group("desc"))) \
                and bool(_LOWER_COINED_RE.search(a.group("name"))) and not _HEAD_END_RE.search(a.group("name")) \
                and a.group("name").lower() not in lexicon_aliases()
            add(a.group("name"), label, 0.85 if a.group("name")[0].isupper() else 0.7, strict=not a.group("acr"),
                lower=coined)
            if a.group("acr"):
                add(a.group("acr"), label, 0.85)
            continue
        h = _HEAD_THEN_NAME_RE.match(rest)
        if h and rest.startswith(("based", "built", "designed", "using"), h.end() + 1) \
                and h.group("name").lower() in lexicon_aliases():
            h = None  # "We design a new pipeline ResNet based on attention": a known name the new thing is built on
        if h:
            add_named(h, _label(h.group("desc"), name=h.group("name")), 0.85)
            continue
        ha = _NAME_HEAD_ACR_RE.match(rest) if paren else None
        if ha:
            # "an Efficient Prompt Tuning method (EPT)": the head noun sits between the name and its short form
            add_named(ha, label_from_head(ha.group("head").lower()) or METHOD, 0.85, strict=False)
            continue
        pm = _PREMOD_ACR_RE.match(rest) if paren else None
        if pm:
            # "token-aware metrics Precision Omega (PO)": the premodifiers' head noun types the name first
            last = rest[:pm.start("name")].split()[-1].lower()
            label = (label_from_head(last) if "-" not in last else None) or _label(rest[pm.end():pm.end() + 80],
                                                                                    name=pm.group("name"))
            add_named(pm, label, 0.8, strict=False)
            continue
        da = _DEFINED_ACR_RE.match(rest) if paren else None
        if da and _defined_short_form(da, rest):
            label = _label(rest[da.end():da.end() + 80], name=da.group("long"))
            add(da.group("acr"), label, 0.8)
            add(without_kind_noun(da.group("acr"), da.group("long")), label, 0.8, strict=False)
            continue
        lo = _LOWER_DIRECT_RE.match(rest)
        if lo and not any(w in _LOWER_STOP for w in lo.group("name").split()):
            add(lo.group("name"), _label(lo.group("desc") or lo.group("head")), 0.65, lower=True)
            continue
        dn = _DASHED_NAME_RE.match(rest) if "-" in rest or "–" in rest or "—" in rest else None
        if dn:
            add_named(dn, _label(dn.group("desc"), name=dn.group("name")), 0.8)
            continue
        sc = _SENTENCE_CASE_RE.match(rest)
        if sc and not any(w in _LOWER_STOP for w in sc.group("name").split()[1:]):
            add(sc.group("name"), _label(rest[sc.end():sc.end() + 80]), 0.75, strict=True, lower=True)
            continue
        c = _COLON_LIST_RE.match(rest) if ": " in rest else None
        if c and not _USING_RE.search(rest, 0, c.start("items")):
            # (not "a methodology using Twitter datasets to examine four LLMs: Llama 3, Mistral, Qwen2": what is used)
            label = _label(rest[:c.start("items")])
            for start, end in find_name_candidates(c.group("items")):
                if c.group("items")[start:end].lower() not in lexicon_aliases():
                    add(c.group("items")[start:end], label, 0.75)
    novel = [p for p in cue_starts(body, ("a n", "an n", "A n", "An n")) if _NOVEL_AT_RE.match(body, p)]
    for m in match_at(_NOVEL_APPOS_RE, body, novel):
        add_named(m, _label(m.group("desc"), name=m.group("name")), 0.8)
    for m in match_at(_NOVEL_ACR_RE, body, novel):
        if _defined_short_form(m, body):
            label = _label(body[m.end():m.end() + 80], name=m.group("long"))
            add(m.group("acr"), label, 0.75)
            add(m.group("long"), label, 0.75, strict=False)
    if phrased:
        # "the proposed selective token generation outperforms" under "Selective Token Generation for ..."
        for p in cue_starts(body, ("the proposed ", "The proposed ", "our proposed ", "Our proposed ")):
            p = body.index("proposed ", p)
            titled = _title_phrase(body[p + 8:p + 160], title, title_cased=True)
            if titled is not None:
                add(titled, METHOD, 0.7, lower=True)
    for m in finditer_at(_OUR_ACR_RE, body, ("our ", "Our ")):
        words = m.group(0)[4:].split()
        # the short form of the words before it ("our General Preference ... model (GPM)"), not a cited name
        if sum(c.isupper() for c in m.group("acr")) >= 2 and words and words[0][0].lower() == m.group("acr")[0].lower():
            add(m.group("acr"), METHOD if m.group("acr") not in found else found[m.group("acr")][0], 0.7)
    for m in finditer_at(_OUR_NAME_RE, body, ("our ", "Our ", "the proposed ", "The proposed ")):
        # "our task-MoE with 32 experts outperforms", "the proposed PLT-MLC benchmarks", "our R2A can outperform": an
        # unknown name the paper owns (not "our JDExplore d-team's", "Our PA study", "The proposed DocNADE extension")
        name = m.group("name")
        if name.lower() not in lexicon_aliases() and not is_generic_name(name) and not _SIZED_RE.search(name) \
                and not name.rsplit("-", 1)[-1].islower() and name not in _FORMALISM_NAMES:
            add(name, found.get(name, (None,))[0] or _label(body[m.end():m.end() + 60], name=name), 0.65)
    for m in finditer_at(_OUR_LOWER_RE, body, ("our ", "Our ", "the proposed ", "The proposed ")):
        # "Our dynamic program prompting involves ...", "our 8-bit optimizers maintain 32-bit performance": a lower-case
        # technique the paper owns, the subject of its own verb
        name = m.group("name")
        if name.lower() not in lexicon_aliases() and not any(w in _LOWER_STOP or w in _OUR_LOWER_STOP
                                                             for w in name.split()):
            add(name, found.get(name, (METHOD,))[0], 0.65, lower=True)
    for m in finditer_at(_OWN_HEAD_NAME_RE, body, ("resulting ", "Resulting ", "proposed ", "Proposed ", "our ", "Our ",
                                                   "new ", "New ")):
        add(m.group("name"), _label(m.group("desc"), name=m.group("name")), 0.8)
    opened, pos = [], body.find(". The ")
    while pos >= 0:
        opened.append(pos + 2)
        pos = body.find(". The ", pos + 1)
    for m in match_at(_THE_HEAD_NAME_RE, body, opened):
        add(m.group("name"), _label(m.group("desc"), name=m.group("name")), 0.75)
    we = GrowingSearch(_WE_RE, body)  # (the naming starts a word)
    for m in match_at(_WE_NAME_RE, body, _we_name_starts(body)):
        if m.group(0)[0] == "a" and not we(max(0, last_dot(m.start())), m.start()):
            continue  # "... and name it X" names the paper's work only when "we" is the subject
        name = m.group("name") or m.group("quoted")
        label = _label(m.group("desc"), name=name)
        # a quoted coinage may be lower-case ("we call the results 'model soups'")
        add(name, label, 0.85, lower=m.group("quoted") is not None)
        if m.group("acr"):
            add(m.group("acr"), label, 0.85)
    for m in _OUR_RE.finditer(body):
        if m.start() and body[m.start() - 1].isalnum():
            continue
        # (the name is set off by a comma, a bracket or a dash, which ends at most two characters before "our")
        n = _NAME_BEFORE_OUR_RE.search(body, max(0, m.start() - 60), m.start()) \
            if any(c in ",)-–—" for c in body[max(0, m.start() - 3):m.start()]) else None
        if n is None or _SETTING_BEFORE_RE.search(body, max(0, n.start() - 60), n.start()):
            continue  # "On RewardBench, our model", "datasets (GSM8K, StrategyQA, and SVAMP), our": a setting, not a name
        label = _label(m.group("desc"), name=n.group("name"))
        add(n.group("name"), label, 0.8)
        if n.group("acr"):
            add(n.group("acr"), label, 0.8)
    # the sentence before each name, searched once in a long sentence (a name starts a word: no match crosses its start)
    authorship = GrowingSearch(_AUTHORSHIP_RE, body)
    for m in _APPOSED_CUE_RE.finditer(body):
        n = _NAME_BEFORE_RE.search(body, max(0, m.start() - 40), m.start())
        if n is None or _EXISTING_RE.search(m.group("desc")):
            continue
        if authorship(max(last_dot(n.start()), 0), n.start()) and not survey \
                and not _USED_BEFORE_RE.search(body, max(0, n.start() - 30), n.start()):
            # (not "a framework that explores using ChatGPT, a cutting-edge large language model": a used thing)
            add(n.group("name"), _label(m.group("desc"), name=n.group("name")), 0.75)
    for p in cue_starts(body, ("we ",)):
        # "in IF-MT, a benchmark we introduce for evaluating ...": a name described as the authors' own
        n = _NAME_HEAD_WE_RE.search(body, max(0, p - 100), p) if p and _MAKING_VERB_RE.match(body, p + 3) \
            and body.find(", a", max(0, p - 100), p) >= 0 else None  # (every match holds ", a")
        if n is not None and n.group("name").lower() not in lexicon_aliases():
            add(n.group("name"), label_from_head(n.group("head").lower()) or METHOD, 0.8)
    for p in cue_starts(body, ("we call ", "we term ", "we dub ", "we coin ", "we refer to as ")):
        # "a technique we dub 'functional Token Resonance Imaging' (fTRI)", "a method we call X": a head noun right
        # before the authors' naming verb (no relative pronoun)
        hw = _HEAD_BEFORE_WE_RE.search(body, max(0, p - 40), p)
        m = _WE_CALL_NAME_RE.match(body, p) if hw else None
        if m:
            name = m.group("qname") or m.group("name0")
            label = _label(hw.group("desc"), name=name)
            add(name, label, 0.8, strict=not m.group("q"), lower=bool(m.group("q")))
            if m.group("acr"):
                add(m.group("acr"), label, 0.8)
    for m in match_at(_WHICH_WE_NAME_RE, body, cue_starts(body, ("which we ", "that we ", "what we "))):
        if _PHENOMENON_BEFORE_RE.search(body, max(0, m.start() - 40), m.start()):
            continue  # "a phenomenon which we term Reversal Curse": an observed behaviour, not an artifact
        add_named(m, _label(body[max(0, m.start() - 80):m.start()].split(",")[-1], name=m.group("name")), 0.8)
    dot = newline = -1  # the last ". " and line break before an occurrence, searched up to ``seen`` (linear)
    seen = 0
    for p in cue_starts(body, ("referred to as ",)):
        # "This entire process, wherein ..., is referred to as self-injection.": the authors naming their own process
        rm = _REFERRED_NAME_RE.match(body, p)
        if not rm:
            continue
        dot, newline = max(dot, body.rfind(". ", max(0, seen - 1), p)), max(newline, body.rfind("\n", seen, p))
        seen = p
        start = max(dot + 2, newline + 1, 0)
        if _OWN_OPENING_RE.match(body, start) and not _phenomenon_before(body, start, p):
            add(rm.group("name"), METHOD, 0.7, lower=True)
    for m in match_at(_NEW_CALLED_LOWER_RE, body, novel):
        name, head = m.group("name"), m.group("desc").split()[-1]
        if name.lower() in lexicon_aliases() or (name.endswith(" " + head)
                                                and name[:-len(head) - 1].lower() in lexicon_aliases()):
            continue  # "a new loss called cross-entropy loss": a known name, not the paper's coinage
        add(m.group("name"), _label(m.group("desc"), name=m.group("name")), 0.75, lower=True)
    naming = cue_starts(body, ("called", "named", "dubbed", "termed", "coined", "namely"))  # once for both patterns
    for m in match_at(_QUOTED_NAMED_RE, body, naming):
        sentence = body[max(0, last_dot(m.start()), m.start() - 400):m.start()]
        if _OWN_WORDS_RE.search(sentence):
            name = m.group("name")
            head = _QUOTED_HEAD_RE.search(name)
            if head and NAME_RE.fullmatch(name[:head.start()]):
                # 'named "NASNet architecture"': the name without its head noun, typed by it
                add(name[:head.start()], label_from_head(head.group(1).lower()) or METHOD, 0.8)
                continue
            add(name, _label(sentence.split(",")[-1], name=name), 0.8, strict=False, lower=True)
    defined_at = set()
    own_words = GrowingSearch(_OWN_WORDS_RE, body)  # (the cue starts a word)
    for m in match_at(_NAMED_DEFINED_RE, body, naming):
        # "a novel generalized framework called multimodal Retrieval-Reflection-Augmented Generation (mR^2AG)": a
        # naming cue, then a long form of any case that its short form defines
        da = _DEFINED_ACR_RE.match(body, m.end("cue"))
        if da and _defined_short_form(da, body) and own_words(max(0, last_dot(m.start())), m.start()):
            label = _label(body[max(0, m.start() - 80):m.start()].split(",")[-1], name=da.group("long"))
            add(da.group("acr"), label, 0.8)
            add(without_kind_noun(da.group("acr"), da.group("long")), label, 0.8, strict=False)
            defined_at.add(m.start())
    for m in match_at(_NAMED_RE, body, naming):
        if m.start() in defined_at:
            continue  # ("Our approach, called Large LAnguage model Reinforcement Learning Policy (LLaRP)": not "Large LAnguage")
        before = body[max(0, m.start() - 120):m.start()]
        # the announcing subject may open a long sentence ("We propose ..., termed SA-SRRW"): look back to it
        sentence = body[max(0, last_dot(m.start()), m.start() - 240):m.start()]
        if m.group("cue") == "namely" and (survey or (_USING_RE.search(sentence) and not _MADE_NEW_RE.search(sentence))
                                           or m.group("name").lower() in lexicon_aliases()):
            # "we fine-tuned three LLMs, namely PRIMERA, ...": existing things the paper uses (not "We also created
            # three new scientific benchmark datasets namely, CLIMATE-CHANGE-NER ...": a making verb and "new")
            continue
        if _PHENOMENON_BEFORE_RE.search(before):
            continue  # "a phenomenon dubbed the Reversal Curse": an observation the authors name, not their artifact
        if m.group("cue") in _COINING_CUES or _OWN_WORDS_RE.search(sentence if len(sentence) > len(before) else before) \
                or (_NEW_THING_RE.search(before, len(before) - 60)
                    and not (_OTHERS_WORK_RE.search(before) or _OTHERS_WORK_RE.search(sentence))):
            # ("leads to a new architecture family called NViT": a new thing's name is the paper's, unless the
            # sentence tells of others' work: "Prior work proposed a novel framework called RAG")
            desc = before.split(",")[-1] if "," in before else before
            # "We collected two new datasets, namely X and Y", "a dataset, named CRAB": a head noun right before the
            # comma that opens the naming types it (not "The instruction-response collection process, dubbed as Syphus")
            last = before.rstrip(", ").rsplit(" ", 1)[-1].lower() if not desc.strip() else ""
            label = (last and label_from_head(last)) or _label(desc)
            add(m.group("name"), label, 0.8)
            if m.group("acr"):
                add(m.group("acr"), label, 0.8)
            end = m.end()
            # "namely" lists name the authors' own things only after a making verb ("We also created three new
            # benchmark datasets namely, CLIMATE-CHANGE-NER (...), NASA-QA (...) and NASA-IR")
            listing = m.group("cue") != "namely" or bool(_MADE_NEW_RE.search(sentence))
            while listing and (more := _NAMED_MORE_RE.match(body, end)) is not None:
                # "frameworks, called MambaBCD, MambaSCD, and MambaBDA, for ...": every name of the list
                add(more.group("name"), label, 0.8)
                if more.group("acr"):
                    add(more.group("acr"), label, 0.8)
                end = more.end()
    # an opening "X, a novel ..." needs one of these phrases: find them (str.find) before the sentences
    cues = [m.start() for m in _OPENING_CUE_RE.finditer(body)]
    # only sentences that start before the last cue can open with one: the text after it is not read for them (a
    # boundary before the cue is matched reading at most to the cue's "a", after its space)
    starts = [0] + find_sentence_starts(body[:cues[-1] + 2]) if cues else []
    openings = (_OPENING_RE.match(body, start) for start in starts
                if bisect.bisect_left(cues, start) < len(cues) and cues[bisect.bisect_left(cues, start)] - start < 300)
    for m in filter(None, openings):
        if _PARTICIPLE_RE.fullmatch(m.group("name")):
            continue  # "Adopting an open science approach, we ...", "Given a new task": a participle opens the clause
        add_named(m, _label(m.group("desc")), 0.75)
    f = _TITLE_FOR_RE.match(title) if phrased and ":" not in title else None
    if f and f.group("name").split()[0] not in _NOT_NAME_WORDS and not is_generic_name(f.group("name")) and any(
            _TITLE_FOR_INTRO_RE.search(body, max(0, start - 40), start)
            for start, _ in find_word_occurrences(body, f.group("name"))):
        # "Mixture of Attentions For Speculative Decoding" ... "by introducing a Mixture of Attentions for SD": a Title
        # Case name opening a title "X for Y" that the abstract introduces with an article
        add(f.group("name"), METHOD, 0.7)
    m = _TITLE_NAME_FOR_RE.match(title) if title and ":" not in title and "?" not in title and not survey else None
    if m and (words := m.group("name").split())[0] not in _NOT_NAME_WORDS and not words[0].endswith("ing") \
            and NAME_RE.fullmatch(words[-1]) and not is_generic_name(words[-1]) \
            and m.group("name").lower() not in lexicon_aliases() and not _TITLE_CLAIM_RE.search(title, m.end()) \
            and (announcements or _OWN_MODEL_RE.search(body) or "proposed" in body) \
            and not (words[-1].lower() in lexicon_aliases() and _modifies_known(words[:-1])
                     and not find_word_occurrences(body.lower(), m.group("name").lower())) \
            and not _written_as_others(body, m.group("name")):
        # "DeepFlux for Skeletons in the Wild", "Frustum PointNets for 3D Object Detection", "Sentence-State LSTM for
        # Text Representation": a title opening with a name no lexicon knows (its last word name-shaped), then what it
        # is for, in a paper that speaks of its own work (fresh SciREX-train, session 20: 8 of 8 such titles of the
        # 246 abstracts name the paper's proposal; hf-papers titles put the name before a colon instead); not a known
        # model under a modifier the abstract never writes again ("Fine-tuned BERT for ...", "Quantized LLaMA for ..."),
        # nor a name the abstract writes as others' work ("We study the existing ZorbBERT model")
        add(m.group("name"), _label(title[m.end("name"):], name=m.group("name")), 0.7)
    m = _TITLE_MODEL_RE.match(title) if phrased and ":" not in title and not survey else None
    if m and m.group("name").split()[0] not in _NOT_NAME_WORDS and m.group("name").lower() not in lexicon_aliases() \
            and not _TITLE_CLAIM_RE.search(title, m.end()):
        low = body.lower()
        seen = min((start for form in (m.group("name").lower(), m.group("name").lower().removesuffix("s"))
                    for start, _ in find_word_occurrences(low, form)), default=-1)
        if seen >= 0 and not _TITLE_MODEL_USED_RE.search(low, max(0, seen - 60), seen):
            # "Quasi-Recurrent Neural Networks" ... "We introduce quasi-recurrent neural networks (QRNNs)": the model
            # the title names, written again in the abstract (singular or plural, any case)
            add(m.group("name"), METHOD, 0.7)
        elif seen < 0 and not found and _OWN_MODEL_RE.search(body) and not _CLASS_OF_NETWORKS_RE.fullmatch(m.group("name")):
            # "Convolutional Kernel Networks" ... "a new type of convolutional neural network ... our network learns",
            # "The Variational Fair Autoencoder" ... "Our model is based on ...": the abstract names nothing but
            # speaks of its own model, and the title is that model's name
            add(m.group("name"), METHOD, 0.6)
    t = _TITLE_RE.match(title)
    if t and not survey and not _PAIRING_RE.search(t.group("name")):
        name = t.group("name").strip()
        words = name.split()
        in_body = bool(find_word_occurrences(body, name)) or (
            # "LLM Comparative Assessment: ..." then "LLM comparative assessment is a simple approach"
            len(words) >= 2 and all(w[0].isupper() for w in words) and words[0] not in _NOT_NAME_WORDS
            and words[-1] not in _CLAIM_ENDS
            and bool(find_word_occurrences(body.lower(), name.lower())))
        shaped = (bool(NAME_RE.fullmatch(name)) or (len(words) == 1 and name[0].isupper())
                  or (len(words) <= 3 and bool(find_name_candidates(name)) and name[0].isupper())
                  # "Mobile V-MoEs: Scaling Down ...": a Title Case prefix holding a name-shaped word no lexicon knows
                  or (len(words) <= 3 and all(w[0].isupper() for w in words) and words[0] not in _NOT_NAME_WORDS
                      and any(NAME_RE.fullmatch(w) and w.lower() not in lexicon_aliases() for w in words)))
        # "Set-Based Prompting: Provably Solving ...", "News Reporter: A Multi-lingual LLM Framework ...": a Title
        # Case coinage before the colon, not a gerund ("Breaking Language Barriers"), a claim, a list or a question
        coined = 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and words[0] not in _NOT_NAME_WORDS \
            and not words[0].endswith("ing") and words[-1] not in _CLAIM_ENDS and "," not in name \
            and "?" not in title and ":" in title[:t.end("name") + 2] \
            and (bool(_TECHNIQUE_END_RE.search(words[-1])) or bool(_ARTIFACT_REST_RE.match(t.group("rest"))))
        if len(words) <= 4 and (shaped or in_body or name in found or coined):
            label = found.get(name, (None,))[0] or _label(t.group("rest"), default=METHOD, name=name)
            add(name, label, 0.9 if (in_body or name in found) else 0.75 if shaped else 0.7)
    if found and not survey and "-" in body:
        for m in match_at(_LOWER_PART_RE, body, cue_starts(body, ("we ", "We "))):
            # "Additionally, we propose a sub-vector quantization technique", "We next propose a novel multi-focal
            # modifier loss": a lower-case coinage (a hyphenated word, a technique noun last) the authors add to a
            # proposal they have named: a named part of it (GUIDELINES: named components)
            name = m.group("name")
            if name.lower() not in lexicon_aliases() and not _NOT_PART_START_RE.match(name):
                add(name, METHOD, 0.6, lower=True)
    if not survey:
        for name in _acting_names(body):
            # "LongSkywork-13B" of "LongSkywork": a size (a proposed name before one of its hyphens; not a scan of
            # every proposed name per acting name)
            if not any(name[:i] in found for i, c in enumerate(name) if c == "-"):
                add(name, found.get(name, (METHOD,))[0], 0.6)
        for name, label in _component_names(body, list(found)):
            add(name, label, 0.7, strict=False)
    if not found and not survey:
        for announced in announcements:
            # "We present the ongoing NorLM initiative to support ...": when no form above named anything, the one
            # unknown name-shaped word of an announcement's first clause (up to its first comma, bracket, preposition
            # or relative) is the thing announced (session 18: the forms above fit the tuning sets' phrasing; a
            # paper they miss announces its name in a clause of its own)
            clause = _FIRST_CLAUSE_RE.match(body, announced)
            if clause is None:
                continue
            words = clause.group("np")
            if "'s " in words or "’s " in words:
                continue  # "the FooLab team's submission": the owner of the thing presented
            if not clause.group("art") and words.split()[:1] and words.split()[0].endswith("ing"):
                continue  # "calculating LBL using ...": a gerund's object
            names = [(begin, end) for begin, end in find_name_candidates(words)
                     if words[begin:end].lower() not in lexicon_aliases() and not is_generic_name(words[begin:end])
                     and not _SIZED_RE.search(words[begin:end]) and not words[begin:end].rsplit("-", 1)[-1].islower()]
            if len(names) != 1:
                continue
            begin, end = names[0]
            if clause.group("art") in ("a ", "an ") and (words[:begin].strip() not in ("", "novel", "new")
                                                        or _HEAD_START_RE.match(words, end)):
                continue  # "a novel hierarchical NSE", "an Arabic LJP dataset": a kind of the named thing
            if words[end:].strip() and not _KIND_AFTER_RE.match(words, end):
                continue  # "the current LHC bounds", "the QCD corrections": what is presented is the noun after it
            if _STUDY_AFTER_RE.match(words, end):
                continue  # "the first FooScale study of scaling laws": what the paper studies
            add(words[begin:end], _label(words[end:], name=words[begin:end]), 0.6)
    if not found:
        return []  # (nothing below adds a name but a variant of a found one)
    # every name's occurrences in one pass over the text (a search per name was quadratic in the names); the
    # body's are the text's from the body on (the body starts with the blank line: no name straddles it)
    offset = max(title_end, 0)
    occurrences = find_words_occurrences(text, found)
    for name, (label, score) in list(found.items()):
        if label == METHOD and _described_as_data(body, name, [end - offset for start, end in occurrences[name]
                                                               if start >= offset]):
            found[name] = (DATASET, score)
    variants = _variant_starts(body, [name for name in found
                                      if " " not in name and len(name) >= 3 and name[0].isupper()])
    for name, (label, score) in list(found.items()):
        if name not in variants:
            continue  # (no "name-" or "name+" in the body: a pattern is compiled per name that has one)
        pattern, last = _variant_re(name), 0
        for start in variants[name]:
            # "Moto" proposed, then "We pre-train Moto-GPT", "the model (ResNLS-5)": a variant named after the
            # paper's own (matched where the name is followed by "-" or "+", as finditer would: non-overlapping)
            m = pattern.match(body, start) if start >= last else None
            if m:
                add(m.group(0), label, min(score, 0.7))
                last = m.end()
    occurrences.update(find_words_occurrences(text, [name for name in found if name not in occurrences]))
    if "$" in title:
        # "mR$^2$AG: Multimodal ..." over "we propose mR^2AG": the title keeps its inline math, the name is one
        for m in _TEX_WORD_RE.finditer(title):
            plain = m.group(0).replace("$", "").replace("{", "").replace("}", "")
            if plain in found and m.group(0) not in found:
                occurrences[plain] = occurrences[plain] + [m.span()]
    out = []
    for name, (label, score) in found.items():
        for start, end in occurrences[name]:
            out.append((start, end, label, score))
    return sorted(set(out))


class ProposalFinder:
    """Mark the names a paper introduces (see :func:`find_proposals`).

    Reads ``doc.text``; writes ``doc.spans[name]`` with aligned ``attrs["scores"]``
    and ``attrs["proposed"]`` (all true).
    """

    def __init__(self, name: str = "kg_proposals"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans, scores = [], []
        for start, end, label, score in find_proposals(doc_text(doc)):
            span = doc.char_span(start, end, label=label)
            if span is not None and label in ENTITY_LABELS:
                spans.append(span)
                scores.append(score)
        set_span_group(doc, self.name, spans, {"scores": scores, "proposed": [True] * len(spans)})
        return doc


@Language.factory("kg_proposals", assigns=["doc.spans"])
def make_proposal_finder(nlp: Language, name: str) -> ProposalFinder:
    """Factory of :class:`ProposalFinder`."""
    return ProposalFinder(name)


__all__ = ["ProposalFinder", "find_proposals", "ANNOUNCE_RE", "DATASET", "METHOD", "METRIC", "TASK"]
