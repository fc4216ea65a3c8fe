"""Task names that :func:`extractors.shapes.find_task_phrases` cannot see: Title Case tasks in titles.

A title states the problem a paper works on as a Title Case phrase after "for", "on", "to",
"into" or a gerund ("... for Ocean Floor Mapping", "Boosting LLM Code Generation via ...",
"A Survey on Long Context Language Modeling"). The lower-case finder skips capitalised weak heads
(``Prediction``, ``Generation``, ``Modeling``: in running text they are as often a method's name),
and a title's task often ends in a noun it does not know (``Mapping``, ``Diagnosis``,
``Adaptation``). Here the title's own grammar is the cue: the phrase is bounded by a preposition
or gerund on the left and a preposition, a colon or the title's end on the right, and ends in an
action noun (a task head, or one of a closed list: ``Mapping``, ``Diagnosis``, ``Adaptation``). Grading words at its start
are trimmed (``Efficient Test Time Adaptation`` -> ``Test Time Adaptation``).

Pure functions over the record text (title + blank line + abstract); a text without a title (a
sentence of a paper's body) has no title tasks.
"""

from __future__ import annotations

import re

from extractors._regex import GatedPattern, cue_starts, match_at, register_cues
from extractors.shapes import _CLOSED_CLASS, _HEAD_WORDS, _TASK_STOP_MODIFIERS, GENERIC_TASK_PHRASES, is_generic_name

#: A Title Case word: capitalised, an acronym, or a hyphenated compound of those ("Time-Series", "Few-shot",
#: "Decision-Making", "OR", "NLG", "Ad-hoc", "Arabic-English").
_TITLE_WORD = (r"(?:(?!(?:Via|With|For|From|And|Of|In|On|To|Into|Using|Through|By|At|As|Beyond|Towards?|Tasks"
               r"|Benchmarks?|Capabilit(?:y|ies)|Abilit(?:y|ies))\b)"
               r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*)")
#: Left boundaries of a title task: a preposition of purpose or topic (not "to": "to Perform Complex Reasoning",
#: but "Applied to"),
#: or a gerund opening the title or its
#: second part ("Boosting LLM Code Generation", not "Remote Sensing Change Detection"; a title's
#: first words and the words after its colon are as often the paper's method: "Flexible Low Rank Adaptation").
#: (Each look-behind follows the boundary's first letter, so the scan jumps in C to the letters a boundary can open
#: with instead of trying the look-behinds at every position of the title: the same matches, ~30% faster.)
_LEFT = (r"(?:[Ff](?<=\s[Ff])or|[Oo](?<=\s[Oo])n|[Ii](?<=\s[Ii])nto|[Tt](?<=\s[Tt])owards?"
         r"|t(?:(?<=[Aa]pplied t)|(?<=[Aa]pplication t)|(?<=[Aa]pplications t))o"
         r"|[A-Z](?:(?<=^[A-Z])|(?<=: [A-Z]))[a-z]+ing)")
_TITLE_TASK_RE = re.compile(
    rf"{_LEFT} ?(?P<phrase>{_TITLE_WORD}(?: (?:and )?{_TITLE_WORD}){{1,5}})"
    r"(?= (?:[Ww]ith|[Vv]ia|[Uu]sing|[Tt]hrough|[Ff]rom|[Oo]f|[Ii]n|[Bb]y|[Bb]ased|[Aa]t|[Ff]or|[Aa]s|[Oo]n|[Ww]ithout|"
    r"[Cc]apabilit(?:y|ies)|[Aa]bilit(?:y|ies)|[Bb]enchmarks?|[Tt]asks?)\b|\s*[:?!.]|\s*$|\s+[-–—]+\s)"
)
#: A title's topic at its start or after its colon, closed by a preposition that adds the means or the object
#: ("Substrate Prediction for RiPP Enzymes", "LLMZip: Lossless Text Compression using LLMs"): the words
#: there are as often the paper's method ("Direct Preference Optimization for ...", "Low Rank Adaptation via
#: ..."), so only a strong task head closes it (:data:`_TOPIC_HEADS`).
_TITLE_TOPIC_RE = re.compile(  # matched at the title's start and after each ": " only
    rf"(?P<phrase>{_TITLE_WORD}(?: {_TITLE_WORD}){{1,5}})"
    r" (?:[Ww]ith|[Vv]ia|[Uu]sing|[Tt]hrough|[Ff]rom|[Ff]or|[Bb]ased [Oo]n)\b"
)
#: Action nouns that close a title task besides the task heads of :mod:`extractors.shapes` (a closed list:
#: any "-ion"/"-ing" noun let in "Semantic Caching", "Seamless Migration", "Zero-Shot Generalization").
_EXTRA_HEADS = frozenset(
    """mapping diagnosis prognosis adaptation injection induction compression making reranking re-ranking
    optimization optimisation extrapolation assessment annotation moderation scoring ranking screening
    triage monitoring imputation interpolation registration quantification paraphrasing decomposition
    construction following""".split()
)
#: Last words that name a paradigm, a stage of a model's life or a field, not a task.
_NOT_TASK_HEADS = frozenset(
    """learning training tuning fine-tuning finetuning pre-training pretraining post-training prompting
    scaling encoding decoding pooling embedding embeddings thinking computing inference serving
    deployment acceleration quantization distillation pruning sparsification parallelism attention
    representation representations tokenization initialization normalization regularization augmentation
    utilization utilisation optimisation alignment evaluation reasoning understanding generation modeling
    modelling processing vision intelligence interaction interactions communication collaboration application
    applications solution solutions perspective perspectives question questions direction directions
    engineering migration""".split()
)
#: Heads that, in a title, need a narrower modifier to be a task ("Knowledge Reasoning" yes, "Reasoning" no):
#: one word before them for the commonest ("Text Generation"), two for the others.
_WEAK_TITLE_HEADS = frozenset(
    "reasoning understanding generation modeling modelling processing alignment evaluation learning".split()
)
_ONE_MODIFIER_HEADS = frozenset("reasoning understanding generation modeling modelling".split())
#: Paradigms that "Learning" names with the word before it ("Contrastive Learning"), not a task.
_PARADIGMS = frozenset(
    """contrastive reinforcement transfer federated deep machine representation self-supervised supervised
    unsupervised semi-supervised weakly-supervised multi-task multitask meta active curriculum few-shot
    zero-shot in-context continual online offline ensemble metric imitation""".split()
)
_HEADS = frozenset(_HEAD_WORDS)
#: Verbs a Title Case title puts between two names ("X Meets Y", "X Is All You Need").
_TITLE_VERBS = frozenset("meet meets is are makes make matters helps beats improves enables can could do does learn learns".split())
#: Heads that close a title's topic (:data:`_TITLE_TOPIC_RE`): the task heads without the weak ones
#: ("Retrieval-Augmented Generation", "Masked Language Modeling" are methods) and a few action nouns.
_TOPIC_HEADS = (_HEADS - _WEAK_TITLE_HEADS) | frozenset("compression induction".split())


def _is_task_end(words: list[str]) -> bool:
    """The last of ``words`` can close a task name given the words before it.

    Example:
        >>> [_is_task_end(w.split()) for w in ("Ocean Floor Mapping", "Text Generation", "Multilingual Evaluation",
        ...                                    "Contrastive Learning", "Continual Knowledge Learning", "Large Models")]
        [True, True, False, False, True, False]
    """
    word, n_before = words[-1], len(words) - 1
    lower = word.lower()
    last = "making" if lower.endswith("decision-making") else lower.rsplit("-", 1)[-1]
    if last == "learning" and n_before and words[-2].lower() in _PARADIGMS:
        return False
    if lower in _WEAK_TITLE_HEADS or last in _WEAK_TITLE_HEADS:
        return n_before >= 2 or (n_before == 1 and last in _ONE_MODIFIER_HEADS)
    if lower in _NOT_TASK_HEADS or last in _NOT_TASK_HEADS:
        return False
    return last in _HEADS or last in _EXTRA_HEADS


#: Grading words a title puts before its task ("Efficient Test Time Adaptation", "Fast Listwise Reranking").
_GRADING = frozenset(
    """efficient fast faster better improved enhanced robust accurate scalable effective simple novel new
    general generalizable personalized holistic accelerated unified practical reliable adaptive flexible
    explainable controllable interpretable comprehensive systematic seamless towards a an the our and
    real-world one-step linear-time optimal continuous""".split()
)
#: The single-word grading words of :data:`_GRADING` (not the function words), for spans of other finders in a title.
TITLE_GRADING = frozenset(w for w in _GRADING if w not in ("towards", "a", "an", "the", "our", "and"))
#: Gerunds that start a task's name rather than a verb phrase ("Reading Comprehension", "Remote Sensing ...").
_TASK_GERUNDS = frozenset("reading speaking writing listening sensing computing mapping meeting".split())
#: Last segments of a hyphenated qualifier before a task ("Knowledge-Guided", "Parameter-Efficient").
_QUALIFIER_ENDS = frozenset("based guided aware driven efficient specific inspired powered oriented centric free friendly".split())


def _trim_start(words: list[str]) -> list[str]:
    """Drop grading words, qualifying compounds, verbs and model classes at the start.

    Example:
        >>> _trim_start("Knowledge-Guided Holistic OR Domain Modeling".split())
        ['OR', 'Domain', 'Modeling']
        >>> _trim_start("Improving LLM Reasoning".split()), _trim_start("Reading Comprehension".split())
        (['Reasoning'], ['Reading', 'Comprehension'])
        >>> _trim_start("Better Anomaly Detection".split()), _trim_start("Jointly Learning Supply Chain Forecasting".split())
        (['Anomaly', 'Detection'], ['Supply', 'Chain', 'Forecasting'])
    """
    if len(words) > 3 and [w.lower() for w in words[:2]] == ["large", "language"] and words[2].lower() in (
            "model", "models"):
        words = words[3:]  # "Large Language Model Unlearning": the model class, as "LLM Unlearning"
    while len(words) > 1:
        w = words[0].lower()
        if (w in _GRADING or _is_adverb(w) or is_generic_name(words[0])
                or (w.endswith("ing") and "-" not in w and w not in _TASK_GERUNDS)
                or ("-" in w and w.rsplit("-", 1)[-1] in _QUALIFIER_ENDS)):
            words = words[1:]
        else:
            break
    return words


def find_title_tasks(text: str) -> list[tuple[int, int]]:
    """Title Case task phrases in the title of a title + abstract text, as char spans.

    Example:
        >>> t = "Block-Based Uncertainties for Ocean Floor Mapping\\n\\nWe map the ocean floor."
        >>> [t[s:e] for s, e in find_title_tasks(t)]
        ['Ocean Floor Mapping']
        >>> t = "CodeLutra: Boosting LLM Code Generation via Refinement for Fast Listwise Reranking\\n\\nAbstract."
        >>> [t[s:e] for s, e in find_title_tasks(t)]
        ['Code Generation', 'Listwise Reranking']
        >>> t = "TDAG: A Framework for Task Decomposition and Agent Generation\\n\\nAbstract."
        >>> [t[s:e] for s, e in find_title_tasks(t)]
        ['Task Decomposition', 'Agent Generation']
        >>> [find_title_tasks(t) for t in ("Scaling Laws for Large Language Models\\n\\nx", "A sentence for Ocean Floor Mapping.")]
        [[], []]
        >>> t = "LLMZip: Lossless Text Compression using LLMs. Evaluating LLMs on Controlled Generation Tasks\\n\\nx"
        >>> [t[s:e] for s, e in find_title_tasks(t)]
        ['Lossless Text Compression', 'Controlled Generation']
        >>> [find_title_tasks(t + "\\n\\nx") for t in ("Retrieval-Augmented Generation for LLMs",
        ...                                         "Low-Rank Adapters Meet Neural Architecture Search for X")]
        [[], []]
    """
    cut = text.find("\n\n")
    if cut <= 0:
        return []
    title = text[:cut]
    out: list[tuple[int, int]] = []
    matches = [(m, False) for m in _TITLE_TASK_RE.finditer(title)]
    at = 0
    while at >= 0:
        if m := _TITLE_TOPIC_RE.match(title, at):
            matches.append((m, True))
        at = title.find(": ", at)
        at = at + 2 if at >= 0 else -1
    for m, topic in matches:
        start = m.start("phrase")
        words = m.group("phrase").split(" ")
        if topic and (words[-1].lower().rsplit("-", 1)[-1] not in _TOPIC_HEADS
                      or any(w.lower() in _TITLE_VERBS for w in words)):
            continue  # "Low-Rank Adapters Meet Neural Architecture Search": a clause, not a name
        parts = [words]
        if "and" in words and words.index("and") > 1:
            # "Text Generation and Understanding", "Task Decomposition and Agent Generation": each part on its
            # own ("Image and Text Matching", one word before "and", shares its head and stays whole)
            i = words.index("and")
            parts = [words[:i], words[i + 1:]]
        for part in parts:
            part = _trim_start(part)
            if len(part) < 2 or "and" in part[2:] or not _is_task_end(part):
                continue
            phrase = " ".join(part)
            if phrase.lower() in GENERIC_TASK_PHRASES or (
                    part[-2].lower() == "data" and " ".join(part[-2:]).lower() in GENERIC_TASK_PHRASES):
                continue  # "Synthetic Data Generation" is "data generation", a generic phrase, made narrower
            at = title.index(phrase, start)
            out.append((at, at + len(phrase)))
    return sorted(set(out))


# --- "the task of X" --------------------------------------------------------------------------------------

#: "the (new) task of X": X is the task's name, up to four lower-case words (hyphens and slashes inside).
_TASK_OF_RE = re.compile(
    r"\b[Tt]asks? of (?P<x>[a-z][a-z0-9]*(?:[-/][a-z0-9]+)*(?: [a-z][a-z0-9]*(?:[-/][a-z0-9]+)*){0,3})"
)
#: Words that end the name inside X ("the task of summary expansion in ...", "task of retrieval for ...").
_X_STOP = frozenset(
    """a an the this that these those its their our his her which what whether how when where who if and or but
    in on for to from with by as at of into over under via using through across between among within without
    is are was were be been being can could may might will would should must than then while during so such
    given based specific""".split()
)
#: A verb closing the words after "task of" ("the task of compositional generalization evaluates ...").
_VERB_END_RE = re.compile(r"(?:ates|izes|ises|ifies)$")
#: After a lone gerund, an object: the gerund is a verb ("the task of predicting the next token").
_OBJECT_AFTER_RE = re.compile(r" (?:the|a|an|its|their|our|whether|how|what|which|if|each|all|one|two|new)\b")


def find_task_of_phrases(text: str) -> list[tuple[int, int]]:
    """Task names introduced by "the task of" ("a new task of summary expansion"), as char spans.

    Example:
        >>> t = "summarization and a new task of summary expansion. The task of predicting the next token is hard."
        >>> [t[s:e] for s, e in find_task_of_phrases(t)]
        ['summary expansion']
    """
    out = []
    if "ask of " not in text and "asks of " not in text:  # what the regex needs; its scan costs ~25 us
        return out
    for m in _TASK_OF_RE.finditer(text):
        start = m.start("x")
        words = m.group("x").split(" ")
        kept: list[str] = []
        for w in words:
            if w in _X_STOP:
                break
            kept.append(w)
        if (not kept or _is_adverb(kept[-1]) or kept[0] in _TASK_STOP_MODIFIERS or _is_adverb(kept[0])
                or (len(kept) > 1 and kept[0].endswith("ing")) or _VERB_END_RE.search(kept[-1])):
            continue  # an adverb, a gerund with its object ("extracting structured information"), a verb
        end = start + len(" ".join(kept))
        if len(kept) == 1 and (kept[0].endswith("ing") and _OBJECT_AFTER_RE.match(text, end)
                               or kept[0] in GENERIC_TASK_WORDS):
            continue
        phrase = text[start:end]
        if phrase in GENERIC_TASK_PHRASES:
            continue
        out.append((start, end))
    return out


#: One-word "tasks" too general to name one (GUIDELINES: "reasoning", "generation").
GENERIC_TASK_WORDS = frozenset(
    """reasoning generation understanding learning modeling modelling prediction classification inference
    interest study research""".split()
)


__all__ = ["TITLE_GRADING", "find_task_list_members", "find_task_of_phrases", "find_title_tasks", "in_ability_slot",
           "trim_leading_verb"]


# --- members of a list of tasks ----------------------------------------------------------------------------

#: The opener of a list the text itself calls tasks: "tasks such as / including / like / namely", "tasks:",
#: "the tasks of", "tasks, including 1) ...", "N (kind) tasks, A and B" (a count before the head).
_TASK_LIST_OPENER_RE = GatedPattern(re.compile(
    r"\b(?:sub-?)?tasks?(?: \([^()]{1,20}\))?"
    r"(?:,? (?:such as|including|like|namely|e\.g\.,?|i\.e\.,?|that include|which include)|:| of(?= [a-z]))"
    r"(?: (?:the|both))? "
), re.compile("sub|task"))  # tried only where "sub" or "task" begins (a scan in C): ~3x faster, same matches
_OPENER_CUES = ("sub", "task")
register_cues(_OPENER_CUES)
_COUNTED_TASKS_RE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|[2-9]|[1-9][0-9]) (?:[a-z][\w-]* ){0,3}tasks?, "
    r"(?:(?:namely|including|such as|like|e\.g\.,?|i\.e\.,?) )?(?=[a-z(1-9])"
)
#: An enumerator before a member: "1) ", "(ii) ", "6)" (written against the member too).
_ENUMERATOR_RE = re.compile(r"(?:\(?(?:[1-9]|i{1,3}|iv|v|vi{1,3}|[a-h])\) ?)?")
#: One member: one to four lower-case words (hyphens and slashes inside).
_MEMBER_RE = re.compile(r"[a-z][a-z0-9]*(?:[-/][a-z0-9]+)*(?: [a-z][a-z0-9]*(?:[-/][a-z0-9]+)*){0,3}")
#: What may follow a member: a list separator, the list's end, the head the list shares ("... tasks") or the
#: sentence's verb after the last member ("... and imputation of missing values are common").
_AFTER_MEMBER_RE = re.compile(r",? (?:and|or|as well as) |, |(?=[.;:)]| (?:tasks?|problems?)\b|,? (?:etc|and so on)\b"
                              r"| (?:are|is|were|was|remain|remains|have|has|pose|poses|require|requires)\b)")
#: Words no member contains: function words, auxiliaries, verbs taking a task as object, "task(s)" itself
#: (not the task finder's wider stop list: "yield prediction", "data distillation" are members).
_MEMBER_STOP = _X_STOP | _CLOSED_CLASS | frozenset(
    """task tasks problem problems etc show shows demonstrate demonstrates achieve achieves outperform
    outperforms improve improves use uses using require requires namely including like""".split())
_GENERIC_MEMBERS = frozenset(
    """reasoning generation understanding learning modeling modelling inference research study analysis
    math mathematics coding code science writing chat-based knowledge language vision speech interest
    processing""".split()
)
#: First words that grade or size a task rather than name it ("short question-answering", "complex reasoning").
_GRADING_FIRST = frozenset(
    """short long simple complex various more most main different multiple other general specific standard
    challenging difficult hard easy basic common typical classic classical traditional""".split()
)
#: Last words of a member that name things, not tasks ("coding benchmarks", "bi-encoders", "strategy games").
_THING_ENDS = frozenset(
    """benchmarks benchmark datasets dataset corpora corpus applications models encoders decoders games settings
    domains scenarios environments languages data constraints""".split()
)
#: Adjective endings: a lone adjective is a cut member ("tasks such as visual and textual ..."), not a task.
_ADJECTIVE_END_RE = re.compile(r"(?:al|ic|ive|ous|ar|ed|ful|less|able|ible|ent|ant)$")


def _may_be_task(words: list[str]) -> bool:
    """True when list member ``words`` can name a task (not a grading phrase, a verb phrase or a thing).

    Example:
        >>> [_may_be_task(w.split()) for w in ("yield prediction", "chat", "visual", "translating natural language",
        ...                                    "short question-answering", "coding benchmarks", "reasoning")]
        [True, True, False, False, False, False, False]
    """
    first, last = words[0], words[-1]
    if len(words) == 1 and first in _GENERIC_MEMBERS:
        return False
    if (first in _GRADING_FIRST or last.rsplit("-", 1)[-1] in _THING_ENDS or last == "processing" or _VERB_END_RE.search(last)
            or any(map(_is_adverb, words)) or _ADJECTIVE_END_RE.search(last.rsplit("-", 1)[-1])
            or (len(words) > 1 and first.endswith("ing") and first not in _TASK_GERUNDS)):
        return False
    return " ".join(words) not in GENERIC_TASK_PHRASES and " ".join(words[-2:]) not in GENERIC_TASK_PHRASES


def _counted_task_ends(text: str) -> set[int]:
    """The ends of :data:`_COUNTED_TASKS_RE`'s matches in ``text``, each searched for near its noun only.

    A match holds one " task, " or " tasks, " (its words hold no comma) and before it its count and at most three
    words, each followed by one space: so it starts in one of the four space-separated chunks before the noun and
    ends within 20 characters after it (a match of the window that starts after the noun is a later noun's). Its
    ``\\b``-led scan of a whole text tried every position (~30 us).

    Example:
        >>> t = "We solve x-two hard tasks, namely a, and 12 tasks, e.g., b; three big new fun tasks, c; four tasks,"
        >>> t += " such  tasks, ten several task, including as"
        >>> sorted(_counted_task_ends(t)) == sorted({m.end() for m in _COUNTED_TASKS_RE.finditer(t)}) != []
        True
    """
    ends: set[int] = set()
    for noun in (" task, ", " tasks, "):
        at = text.find(noun)
        while at >= 0:
            start = at
            for _ in range(4):
                start = text.rfind(" ", 0, start)
                if start < 0:
                    break
            # (a match starting after the noun belongs to a later one, and the window may cut it short)
            window = _COUNTED_TASKS_RE.finditer(text, start + 1, at + len(noun) + 20)
            ends.update(m.end() for m in window if m.start() < at)
            at = text.find(noun, at + 1)
    return ends


def find_task_list_members(text: str) -> list[tuple[int, int]]:
    """Lower-case members of a list the text calls tasks, as char spans.

    The list follows "tasks such as / including / like / namely", "tasks:", "the tasks of" or a counted
    "four tasks, ..."; members are one to four lower-case words separated by commas and "and"/"or"
    (enumerators "1)", "(ii)" allowed), and the list ends at the first member that is not followed by
    a separator, the sentence's punctuation or the shared head "tasks". A member holding a function word
    or a verb ends the list; a generic one-word member ("reasoning", "math") is skipped.

    Example:
        >>> t = "the predictive tasks of classification, regression, and imputation of missing values are common."
        >>> [t[s:e] for s, e in find_task_list_members(t)]
        ['classification', 'regression', 'imputation of missing values']
        >>> t = "8 chemistry tasks, including 1) name prediction, 2) yield prediction, and 3) reagent selection."
        >>> [t[s:e] for s, e in find_task_list_members(t)]
        ['name prediction', 'yield prediction', 'reagent selection']
        >>> t = "two auxiliary tasks, namely text reading and key points generation tasks. Tasks such as the ones here."
        >>> [t[s:e] for s, e in find_task_list_members(t)]
        ['text reading', 'key points generation']
        >>> t = "on tasks such as reasoning, math and evaluating the model on new data."
        >>> find_task_list_members(t)
        []
    """
    if "task" not in text:  # every opener holds the word
        return []
    out: list[tuple[int, int]] = []
    # the opener's matches where 'sub' or 'task' starts a word (the shared cue scan): as its finditer finds them
    starts = {m.end() for m in match_at(_TASK_LIST_OPENER_RE.regex, text, cue_starts(text, _OPENER_CUES))}
    starts.update(_counted_task_ends(text))
    for pos in sorted(starts):
        while True:
            pos = _ENUMERATOR_RE.match(text, pos).end()
            m = _MEMBER_RE.match(text, pos)
            if not m:
                break
            words = m.group().split(" ")
            kept: list[str] = []
            for w in words:
                if w in _MEMBER_STOP and not (kept and w == "of" and len(words) > 2):
                    break
                kept.append(w)
            while kept and kept[-1] in ("of", "and", "or"):
                kept.pop()
            end = pos + len(" ".join(kept))
            after = _AFTER_MEMBER_RE.match(text, end) if kept else None
            if not after:
                break
            if _may_be_task(kept):
                out.append((pos, end))
            if not after.group() or not after.group().strip(" ,") and text[end:end + 1] != ",":
                break  # the list's end (punctuation or the shared head)
            pos = after.end()
    return sorted(set(out))


# --- abilities, not tasks ----------------------------------------------------------------------------------

#: Heads of a general ability ("language understanding", "video understanding", "multi-turn conversation"),
#: after a modality (not "natural language understanding", "code generation", "mathematical reasoning": named
#: tasks in the gold); "generation" only in "language generation" ("text generation" is a task there).
ABILITY_HEADS = ("understanding", "comprehension", "conversation", "conversations", "generation")
_MODALITIES = frozenset(
    """language visual vision video textual text multi-modal multimodal multi-turn image speech audio
    general-purpose cross-modal""".split()
)
#: Slots that make such a phrase an ability a model has rather than a task a paper works on: coordinated with a
#: bare generic head ("language understanding and generation", "understanding, reasoning, and coding"), ...
_ABILITY_RIGHT_RE = re.compile(
    r"(?:,? (?:and|or)|,) (?:generation|reasoning|understanding|comprehension|coding)\b"
    # ... followed by an ability noun ("language understanding capabilities", "multi-turn conversation ability")
    r"| (?:and [\w-]+ )?(?:abilit(?:y|ies)|capabilit(?:y|ies)|skills?|proficiency)\b"
)
#: ... after an ability noun or a grade ("capabilities in language understanding", "robust language
#: understanding"), or after another modality it is coordinated with ("vision and language understanding").
_ABILITY_LEFT_RE = re.compile(
    r"(?:(?:abilit(?:y|ies)|capabilit(?:y|ies)|skills?|success|proficiency|results) (?:in|for|of)(?: the)?"
    r"|\b(?:robust|strong|diverse|general-purpose|impressive|remarkable|profound|advanced|improved?|enhanced?)"
    r"|\b(?:vision|visual|image|video|speech|audio|textual|text)(?:,? (?:and|or)| and(?: the)?)) $"
)


def in_ability_slot(text: str, start: int, end: int) -> bool:
    """True when the task-looking phrase ``text[start:end]`` names a general ability in its slot, not a task.

    Only phrases of at most three words, a modality and a generic head (``language understanding``,
    ``video comprehension``, ``multi-turn conversation``, ``language generation``); GUIDELINES lists general
    abilities as no TASK.

    Example:
        >>> t = "LLMs show remarkable capabilities in language understanding and generation."
        >>> in_ability_slot(t, t.index("language"), t.index(" and"))
        True
        >>> t = "We study language understanding tasks and video understanding, a new task."
        >>> in_ability_slot(t, t.index("language"), t.index(" tasks")), in_ability_slot(t, t.index("video"), t.index(","))
        (False, False)
        >>> t = "bridging vision and language understanding"
        >>> in_ability_slot(t, t.index("language"), len(t))
        True
    """
    words = text[start:end].lower().split(" ")
    if (len(words) > 3 or words[0] not in _MODALITIES
            or (words[-1] not in ABILITY_HEADS[:3] and words[-2:] != ["language", "generation"])):
        return False
    return bool(_ABILITY_RIGHT_RE.match(text, end) or _ABILITY_LEFT_RE.search(text, max(0, start - 40), start))


# --- a verb or grade before a task phrase ------------------------------------------------------------------

#: Base-form verbs that take a task as their object ("analyze code generation", "guide question generation").
_OBJECT_VERBS = frozenset(
    """analyze analyse guide redefine enhance improve boost support enable perform facilitate accelerate advance
    tackle address solve study explore evaluate assess benchmark achieve compare""".split()
)
_LY_NOUNS = frozenset("anomaly early family assembly supply daily weekly only ally rally".split())


def _is_adverb(word: str) -> bool:
    """A word ending in "ly" that is not a noun ("anomaly", "assembly", "family", "supply"): "efficiently", "jointly".

    Example:
        >>> [_is_adverb(w) for w in ("jointly", "Efficiently", "anomaly", "Anomaly", "supply", "reasoning")]
        [True, True, False, False, False, False]
    """
    return word.endswith("ly") and word.lower() not in _LY_NOUNS


def trim_leading_verb(text: str, start: int, end: int) -> int:
    """The start of task phrase ``text[start:end]`` without a verb, adverb or grade the finder let in.

    Trimmed: a gerund before at least two more words ("refining medical image segmentation", not "reading
    comprehension" or "meeting summarization"), a base-form verb ("analyze code generation"), a "well-"
    compound ("well-established text-to-code generation") or an adverb.

    Example:
        >>> t = "after refining medical image segmentation and well-calibrated uncertainty quantification"
        >>> s = t.index("refining"); t[trim_leading_verb(t, s, t.index(" and")):t.index(" and")]
        'medical image segmentation'
        >>> s = t.index("well"); t[trim_leading_verb(t, s, len(t)):]
        'uncertainty quantification'
        >>> t = "handwriting recognition and anomaly detection"
        >>> trim_leading_verb(t, 0, 23), trim_leading_verb(t, 28, len(t))
        (0, 28)
    """
    words = text[start:end].split(" ")
    if len(words) < 2:
        return start
    first = words[0]
    lower = first.lower()
    if ((len(words) >= 3 and first.isalpha() and lower.endswith("ing") and lower not in _TASK_GERUNDS)
            or lower in _OBJECT_VERBS or lower.startswith("well-")
            or (lower.endswith("ly") and first.isalpha() and lower not in _LY_NOUNS)):
        return start + len(first) + 1
    return start
