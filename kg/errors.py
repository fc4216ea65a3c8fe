"""Errors and warnings of paperkg, with codes, spaCy-style.

Every message says where, what, and how to fix. The CLI catches :class:`KGError`
only (printed as ``Error: ...`` on stderr, exit code 1); anything else is a bug
and keeps its traceback.
"""

from __future__ import annotations


class Errors:
    """Message catalogue. Format with ``.format(...)``; values shown with ``!r``."""

    E001 = "[E001] {path}: no such file or directory. Check the path."
    E002 = "[E002] {path}: cannot detect the format. Pass --format (one of: {choices})."
    E003 = "[E003] Unknown {kind} {name!r}. Choose one of: {choices}."
    E004 = "[E004] {path}:{line}: invalid JSON: {detail}. Fix the record (the record is skipped; --strict makes this fatal)."
    E005 = "[E005] {path}:{line}: record is not a JSON object (got {got}). Each record must be an object."
    E006 = "[E006] {path}:{line}: record has neither a title nor an abstract. Add one (the record is skipped; --strict makes this fatal)."
    E007 = "[E007] {path}: file is empty."
    E008 = "[E008] {path}: not valid UTF-8 text at byte {offset}; read it as Latin-1. Re-encode the file as UTF-8 to silence this."
    E009 = "[E009] {path}: looks like a binary file ({detail}). Pass a text, XML, JSON or CSV file."
    E010 = "[E010] {path}:{line}: CSV row has {got} fields but the header has {expected}. Fix the quoting (the record is skipped; --strict makes this fatal)."
    E011 = "[E011] {path}: malformed XML: {detail}."
    E012 = "[E012] {path}:{line}: record has no {field!r}. Add it (the record is skipped; --strict makes this fatal)."
    E013 = "[E013] {path}: the API returned an error instead of papers: {detail}."
    E014 = "[E014] {path}:{line}: {detail}"
    E015 = "[E015] {path}: line {line} is {size} bytes, over the limit of {limit}. Split the record or raise --max-record-bytes."
    E016 = "[E016] {path}: {detail}"
    E017 = "[E017] {path}:{line}: record has no words to identify it by (no arXiv id, no DOI, and its title or text is blank or only punctuation). Add a title or text (the record is skipped; --strict makes this fatal)."
    E020 = "[E020] {path}: not a paperkg build directory (no {missing}). Run `paperkg build INPUT -o {path}` first."
    E021 = "[E021] {detail}"
    E030 = "[E030] SPARQL syntax error: {detail}"
    E031 = "[E031] Unknown named query {name!r}. Run `paperkg query --list` to see them."
    E032 = "[E032] Named query {name!r} needs argument {arg!r}: pass --arg {arg}=VALUE."
    E040 = "[E040] Export {name!r} failed: {detail}"
    E050 = "[E050] {detail}"
    # E200-E249: extraction (pipeline, lexicon, extractors, `paperkg extract`)
    E200 = "[E200] Cannot write {path}: {detail}. Check that the directory exists and is writable."
    E201 = "[E201] Unknown pipeline component {name!r}. Choose from: {choices}."
    E202 = "[E202] Lexicon file {name!r}:{line}: {detail}. Fix the line in extractors/patterns/{name}."
    # E270-E289: evaluation (`paperkg eval`, kg/evaluate.py, gold files)
    E270 = "[E270] {path}:{line}: invalid JSON: {detail}. Each line of a gold or prediction file is one JSON object."
    E271 = "[E271] {path}:{line}: record has no {field!r}. Gold records need \"id\" and \"text\"; predictions need \"id\"."
    E272 = ("[E272] {path}:{line}: mention {index} of {record_id!r} has text {got!r} but text[{start}:{end}] is "
            "{expected!r}. Fix the offsets (they index the record's \"text\").")
    E273 = "[E273] {path}:{line}: unknown label {label!r}. Use one of: {choices}."
    E274 = "[E274] {path}: no gold record. The file must hold at least one JSON object with \"id\" and \"text\"."
    E275 = ("[E275] {path}: none of its {count} prediction ids matches a gold id (e.g. {example!r}). Predictions "
            "must come from `paperkg extract` run on the gold texts, keyed by the gold ids.")
    E276 = "[E276] Cannot run the extraction pipeline: {detail}. Pass --pred PRED.jsonl, or install the pipeline."
    E277 = "[E277] {path}:{line}: {field!r} must be {expected}, got {got!r}."
    # E450-E499: query store, SPARQL queries, named queries, the endpoint
    E450 = "[E450] SPARQL syntax error at line {line}, column {column}{near}: {detail}."
    E451 = "[E451] Unknown named query {name!r}. Choose one of: {choices} (`paperkg query --list` describes them)."
    E452 = "[E452] Named query {name!r} needs argument {arg!r}: pass --arg {arg}=VALUE."
    E453 = "[E453] Named query {name!r} has no argument {arg!r}. Its arguments: {choices}."
    E454 = "[E454] --arg must look like KEY=VALUE, got {value!r}."
    E455 = "[E455] Argument {arg!r} of named query {name!r} must be {expected}, got {value!r}."
    E456 = "[E456] --format {fmt!r} does not apply to {kind} results. Use one of: {choices}."
    E457 = "[E457] The query ran longer than {seconds:g} s and was stopped. Narrow it (a filter, a LIMIT) or raise --timeout."
    E458 = "[E458] This endpoint is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, ...) are refused."
    E459 = "[E459] {path}: the build directory has no query store ({missing}). Run `paperkg build INPUT -o {out}` again."
    E460 = "[E460] Cannot load {path} into the query store: {detail}. The N-Triples file is corrupt; rebuild it."
    E461 = "[E461] {path}: cannot open the query store: {detail}. Rebuild it with `paperkg build`, or stop the process writing it."
    E462 = "[E462] The query failed while running: {detail}."
    E463 = "[E463] Give exactly one query: a SPARQL string, --file FILE or --named NAME (got {got})."
    E464 = "[E464] SERVICE (federated query) is not supported: paperkg queries never reach the network. Query the local graph only."
    E465 = "[E465] {path}: malformed named query header: {detail}."
    E466 = "[E466] No {kind} named {value!r} in this graph (labels and aliases, case-insensitive). {hint}"
    # E300-E349: graph, build directory (`paperkg build/stats/export`), RDF exports
    E300 = "[E300] {path}: not a paperkg build directory (no build.json). Build it first with `paperkg build INPUT -o {path}`, then add inputs with --into."
    E301 = "[E301] --workers must be 1 or more, got {value!r}."
    E302 = "[E302] Cannot build the extraction pipeline: {detail}. Check that the extractors are installed (`paperkg formats`)."
    E303 = "[E303] Extraction failed in chunk {chunk} ({first}..{last}): {detail}. Fix the cause and rerun with --resume to keep finished chunks."
    E304 = "[E304] {path}:{line}: corrupt build file: {detail}. Rebuild with `paperkg build INPUT -o OUT` (without --into/--resume)."
    E305 = "[E305] Export {name!r} failed while building {path}: {detail}. Rerun with --exports to skip it, or fix the exporter."
    E306 = "[E306] Give either -o OUT (a new build) or --into OUT (add to a build), not both."
    E307 = "[E307] Nothing to build into: pass -o OUT or --into OUT."
    # E350-E379: scale (`paperkg build --engine dask`, benchmarks)
    E350 = "[E350] --engine dask needs Dask: {detail}. Install it with `pip install 'dask[distributed]'`, or use --engine local."
    E351 = ("[E351] Cannot reach the Dask scheduler at {scheduler}: {detail}. Start it (`dask scheduler`) and its "
            "workers (`dask worker tcp://HOST:8786`), or drop --scheduler to use a local cluster.")
    E352 = ("[E352] The Dask workers of {scheduler} cannot run paperkg's extraction: {detail}. Install paperkg "
            "(same version and extractors) on every worker machine.")
    E353 = "[E353] Unknown --engine {value!r}; choose one of: {choices}."
    E354 = "[E354] --scheduler {scheduler!r} needs --engine dask (the local engine runs on this machine only)."
    E355 = "[E355] Internal error in streaming assembly: mentioned entities without a mention ({nodes}). Please report it with the input."
    # E400-E449: exports (graphml, gexf, neo4j, html, json)
    E400 = "[E400] Export {name!r}: cannot write {path}: {detail}. Check that the output directory is writable."
    E401 = "[E401] Cannot reach Neo4j at {uri!r}: {detail}. Start the server, or check --uri (e.g. bolt://localhost:7687)."
    E402 = ("[E402] Neo4j at {uri!r} refused the credentials of user {user!r}: {detail}. "
            "Check --user and --password (or the NEO4J_PASSWORD environment variable).")
    E403 = ("[E403] Neo4j push failed at statement {index} ({what}): {detail}. "
            "The push is idempotent (MERGE): fix the cause and run it again.")
    E404 = "[E404] Export {name!r}: --focus {focus!r} matches no node label or alias. Use a canonical name or an alias."
    E405 = "[E405] Export {name!r}: option {option!r} must be {expected}, got {value!r}."
    E406 = "[E406] No Neo4j password given. Pass --password, or set the NEO4J_PASSWORD environment variable."
    # E785-E789: the statistical NER (kg_ner, train-ner)
    E785 = "[E785] kg_ner: unknown gate {value!r}; choose one of: {choices}."
    E786 = ("[E786] train-ner: {path} is both training gold (--train-gold) and an excluded gold file (--gold); "
            "a set kept out of training (holdout2/3/4) can never be trained on. Drop it from one of the lists.")
    # E790-E799: scale (streamed exports of a build)
    E790 = ("[E790] {path}: node {node!r} has type {node_type!r}, but its id names another type: the streamed "
            "Neo4j export needs paperkg node ids (paper/…, method/…). Export the loaded graph with write_neo4j instead.")
    # E100-E149: readers (hf-listing, generic, arXiv, OpenAlex, Semantic Scholar, HF daily)
    E100 = ("[E100] {path}:{line}: record does not match schemas/record.schema.json: {detail}. "
            "Fix the field (the record is skipped; --strict makes this fatal).")
    E101 = "[E101] {path}: no paper listings found (expected a short title line followed by its abstract line)."
    E102 = "[E102] {path}: {what} holds no paper records (expected {expected})."
    E103 = "[E103] {path}: OAI-PMH error {code!r}: {detail}. Check the identifier or request."
    E104 = ("[E104] {path}: record {index}: null (the API found no paper for the requested id at this "
            "position); skipped.")
    E105 = "[E105] {path}:{line}: {field!r} must be {expected}, got {got!r}. Fix the field (the record is skipped; --strict makes this fatal)."
    E106 = "[E106] {path}: arxiv.py wrapper says HTTP {status} for {url}: {detail}."
    E107 = "[E107] No records read from {inputs} input(s); {skipped} skipped (see the messages above)."
    # E150-E199: readers (Crossref, PubMed/MEDLINE, BibTeX, RIS, WoS, Scopus/IEEE/Lens CSV, ACL, PwC)
    E150 = "[E150] {path}: the Crossref response holds no works ({detail}). Pass a /works response or a works data file."
    E151 = "[E151] {path}:{line}: item is not a JSON object (got {got}); skipped."
    E152 = ("[E152] {path}:{line}: malformed XML after {count} complete record(s): {detail}. The records before "
            "it were read; repair or re-download the file.")
    E153 = "[E153] {path}: root element <{root}> is not {expected}. Pass a {fmt} file, or choose another --format."
    E154 = "[E154] {path}:{line}: {fmt} record has no {field}. Add it (the record is skipped; --strict makes this fatal)."
    E155 = ("[E155] {path}:{line}: {fmt} record starting here is not closed by {end!r} ({detail}); skipped. "
            "The file may be truncated.")
    E156 = "[E156] {path}:{line}: line is not a {fmt} field ({got!r}); expected {expected}."
    E157 = "[E157] {path}:{line}: BibTeX entry cannot be parsed: {detail}. Fix the entry (the record is skipped; --strict makes this fatal)."
    E158 = ("[E158] {path}:{line}: CSV row has {got} fields but the header has {expected}, and its columns cannot "
            "be realigned safely: {detail}. The row is skipped; fix its quoting.")
    E159 = "[E159] {path}: CSV header lacks the column(s) {missing} that a {fmt} export has. Check --format."
    E160 = "[E160] {path}: {detail} Papers with Code paper lists and paper objects hold papers; this file holds none."


class Warnings:
    """Warning catalogue."""

    W001 = "[W001] {path}:{line}: record has no title; kept and flagged."
    W002 = "[W002] {path}:{line}: record has no abstract; kept and flagged."
    W003 = "[W003] {path}: not valid UTF-8; decoded as Latin-1."
    W004 = ("[W004] a record text of {length} characters is longer than the pipeline's max_length ({limit}): "
            "only its first {kept} characters are read (raise nlp.max_length to read more).")
    W300 = ("[W300] {papers} papers: the exporters that need the whole graph in memory ({names}) were skipped "
            "(over {limit} papers). Run them explicitly: `paperkg build ... --exports NAME` or `paperkg export {out} --to NAME`.")


class KGError(Exception):
    """Base class of every error paperkg reports to a user."""


class RecordError(KGError):
    """A malformed input record (or file). Skipped and reported unless strict."""

    def __init__(self, message: str, *, path: str = "", line: int | None = None, record_id: str | None = None):
        super().__init__(message)
        self.path = path
        self.line = line
        self.record_id = record_id


class ConfigError(KGError):
    """Bad options, unknown names, missing build directories."""


class ExportError(KGError):
    """An exporter could not write its output."""


class QueryError(KGError):
    """A query failed (syntax, unknown name, missing argument, timeout)."""
