"""The ``paperkg`` command line: a thin Typer layer over importable functions.

Each command parses options, calls one library function and reports. Errors a
user can fix are :class:`~kg.errors.KGError`: printed as ``Error: ...`` on stderr
with exit code 1. Usage errors exit with 2 (Typer's own). Progress goes to
stderr (rich) and ``--quiet`` silences it; data goes to stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from kg.errors import KGError

app = typer.Typer(
    name="paperkg",
    help="Build evidence-backed knowledge graphs of methods, datasets, metrics, tasks and results from paper abstracts.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

push_app = typer.Typer(help="Push a build into a running graph database.", no_args_is_help=True)
app.add_typer(push_app, name="push")


def _fail(err: KGError) -> None:
    typer.echo(f"Error: {err}", err=True)
    raise typer.Exit(code=1)


def _plural(count: int, noun: str) -> str:
    """``1 record``, ``2 records``.

    >>> _plural(1, "file"), _plural(3, "paper")
    ('1 file', '3 papers')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _console():
    from rich.console import Console

    return Console(stderr=True)


# ----------------------------------------------------------------------------------------------
@app.command()
def formats() -> None:
    """List the registered readers (input formats) and exporters (output formats).

    Example: paperkg formats
    """
    from kg.registry import exporters, readers

    typer.echo("Readers (--format):")
    for name, entry in readers.get_all().items():
        ext = " ".join(entry.extensions)
        typer.echo(f"  {name:<18} {ext:<24} {entry.description}")
    typer.echo("Exporters (--to):")
    for name, entry in exporters.get_all().items():
        typer.echo(f"  {name:<18} {entry.description}")


@app.command()
def read(
    inputs: List[Path] = typer.Argument(..., help="Files or directories of paper records (.gz read transparently)."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="Reader name (detected per file when omitted; see `paperkg formats`)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write merged records as JSON Lines here (default: stdout)."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first malformed record or file (exit 1)."),
    max_record_bytes: int = typer.Option(64 * 1024 * 1024, "--max-record-bytes", min=1024,
                                         help="Longest line a line-based reader accepts; longer lines are reported and skipped."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary or skipped-record messages on stderr."),
) -> None:
    """Read paper records in any supported format and write them as normalised JSON Lines.

    Bad records are reported on stderr (file:line and what is wrong) and skipped; every valid
    record is kept. Exit code 0 when records were read, 1 for a missing input, under --strict
    for the first bad record, or when nothing could be read; 2 for usage errors.

    Example: paperkg read examples/hf-papers -o papers.jsonl
    """
    import json

    from kg.errors import Errors, RecordError
    from kg.readers import ReadReport, _common, merge_records, read_records
    from kg.registry import readers

    if format is not None and format not in readers:
        raise typer.BadParameter(f"unknown reader {format!r}; choose one of: {', '.join(sorted(readers.get_all()))}",
                                 param_hint="--format")
    missing = [p for p in inputs if not p.exists()]
    if missing:
        _fail(RecordError(Errors.E001.format(path=missing[0]), path=str(missing[0])))
    report = ReadReport()
    default_limit, _common.MAX_LINE_BYTES = _common.MAX_LINE_BYTES, max_record_bytes
    try:
        records = merge_records(read_records(inputs, format=format, strict=strict, report=report))
    except KGError as err:
        _fail(err)
    finally:
        _common.MAX_LINE_BYTES = default_limit
    if not quiet:
        for warning in report.warnings:
            typer.echo(f"warning: {warning}", err=True)
        _echo_skipped(report)
    if not records and report.skipped:
        _fail(RecordError(Errors.E107.format(inputs=len(inputs), skipped=len(report.skipped))))
    lines = "".join(json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    if out:
        out.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    if not quiet:
        typer.echo(f"{_plural(report.records, 'record')} read from {_plural(report.files, 'file')}, "
                   f"{_plural(len(records), 'paper')}, "
                   f"{len(report.skipped)} skipped", err=True)


@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="Files or directories of paper records (any supported format, or JSON Lines {\"id\", \"text\"})."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write one JSON object per record here (default, or -: stdout)."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="Reader name (detected when omitted)."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules and lexicon only: skip the trained NER model."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for the pipeline."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first malformed record (exit 1)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
) -> None:
    """Extract methods, datasets, metrics, tasks, results and relations from each record.

    Writes one JSON line per record: {"id", "text", "mentions": [{start, end, label, text,
    entity, extractor, confidence, proposed}], "results": [...], "relations": [...]}.
    Offsets index "text": the title, a blank line, then the abstract (just the abstract
    when there is no title). A record's own input id is kept as "id".

    Example: paperkg extract examples/hf-papers -o extractions.jsonl
    """
    from kg.pipeline import write_extractions
    from kg.readers import ReadReport

    if out is not None and str(out) == "-":  # the usual spelling of standard output
        out = None
    report = ReadReport()
    try:
        count, seconds = write_extractions(inputs, out=out, format=format, model=not no_model, jobs=jobs,
                                     strict=strict, progress=not quiet, report=report)
    except KGError as err:
        _echo_skipped(report)
        _fail(err)
    _echo_skipped(report)
    if not quiet:
        rate = count / seconds if seconds > 0 else 0.0
        typer.echo(f"{_plural(count, 'record')} extracted in {seconds:.1f} s ({rate:.0f}/s)" + (f" -> {out}" if out else ""),
                   err=True)


def _echo_skipped(report) -> None:
    """Every skipped record of a ReadReport on stderr (extract reports them even under --quiet: it has no build.json)."""
    for skip in report.skipped:
        typer.echo(f"skipped: {skip['message']}", err=True)


@app.command("train-ner")
def train_ner(
    train_dir: Path = typer.Option(Path("examples/train"), "--train-dir", help="Folder of the human-annotated *.jsonl splits (a copy of shared/train)."),
    corpus: List[Path] = typer.Option([], "--corpus", help="Real abstracts for weak labels (repeatable; default none: "
                                                              "the hand-made sets cover the example corpus, session 8)."),
    out: Path = typer.Option(None, "--out", "-o", help="Model directory (default: the shipped extractors/model/ner)."),
    heldout: Path = typer.Option(Path("tests/gold/heldout_ids.txt"), "--heldout", help="Ids never trained on."),
    gold: Optional[List[Path]] = typer.Option(None, "--gold",
                                              help="Gold files never trained on: their papers are kept out of every source "
                                                   "(always with the untouched sets in tests/gold, holdout2, holdout3, ...)."),
    train_gold: Optional[List[Path]] = typer.Option(None, "--train-gold",
                                                    help="Hand gold trained on as all-four-label data (default: every tuning "
                                                         "set in tests/gold, i.e. all but heldout_* and holdout2, holdout3, ...)."),
    gold_copies: int = typer.Option(2, "--gold-copies", help="Each training-gold text is seen this many times per epoch."),
    epochs: int = typer.Option(12, "--epochs"),
    seed: int = typer.Option(0, "--seed"),
    max_weak: int = typer.Option(400, "--max-weak", help="At most this many weakly labelled abstracts."),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Train the statistical NER model paperkg ships (reproduces extractors/model/ner).

    Example: paperkg train-ner   (from the repository root: the shipped settings)
    """
    import json

    from extractors.ner import default_model_path
    from kg.errors import ConfigError, Errors
    from kg.train_ner import DEFAULT_OVERSAMPLE, default_train_gold, default_untouched_gold, train

    if gold is None:
        if not Path("tests/gold").is_dir():  # run from another folder: the untouched sets must not go unnoticed
            _fail(ConfigError(Errors.E001.format(path=Path("tests/gold"))))
        gold = default_untouched_gold(Path("tests/gold"))
    elif Path("tests/gold").is_dir():  # an explicit --gold adds to the untouched sets, never replaces them
        gold = [*gold, *(p for p in default_untouched_gold(Path("tests/gold")) if p not in gold)]
    if not train_dir.is_dir():
        _fail(ConfigError(Errors.E001.format(path=train_dir)))
    # the files that keep papers out of training must exist: a missing one (run from another folder than the
    # repository root) would silently let untouched gold or held-out papers become training data
    for path in [heldout, *gold, *(train_gold or [])]:
        if not path.is_file():
            _fail(ConfigError(Errors.E001.format(path=path)))
    console = _console()

    def progress(epoch: int, total: int, loss: float) -> None:
        if not quiet:
            console.print(f"epoch {epoch}/{total}  ner loss {loss:.1f}")

    train_gold = list(train_gold) if train_gold else default_train_gold(Path("tests/gold"))
    try:  # train() refuses a training-gold file that is also excluded or untouched (E786) before writing anything
        figures = train(train_dir=train_dir, corpus=list(corpus), out_dir=out or default_model_path(), heldout_ids=heldout,
                        gold_files=list(gold), train_gold=list(train_gold),
                        epochs=epochs, seed=seed, max_weak=max_weak, oversample={**DEFAULT_OVERSAMPLE, "gold": gold_copies},
                        progress=progress)
    except KGError as err:
        _fail(err)
    typer.echo(json.dumps({k: (list(map(float, v)) if k == "losses" else v) for k, v in figures.items()}, indent=1))


@app.command("eval")
def eval_(
    gold: Path = typer.Argument(..., help="Gold JSON Lines: {\"id\", \"text\", \"mentions\", ...} (see tests/gold/GUIDELINES.md)."),
    pred: Optional[Path] = typer.Option(None, "--pred", "-p", help="Predictions from `paperkg extract` on the gold texts (default: run the pipeline now)."),
    no_model: bool = typer.Option(False, "--no-model", help="When running the pipeline: rules and lexicon only."),
    level: str = typer.Option("both", "--level", "-l", help="mention, paper or both."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON instead of tables."),
    errors: bool = typer.Option(False, "--errors", help="Also list each paper's missed (-) and spurious (+) items."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
) -> None:
    """Score extraction against a gold file: P/R/F1 per label, proposes, results and relations.

    Mention level compares exact spans (and, leniently, overlapping spans) for the labels each
    gold record annotates; paper level compares per-paper sets of normalised names, proposed
    names, result values, (method, dataset, metric, value) tuples and relations. Micro and
    macro averages are printed under each table.

    Example: paperkg eval tests/gold/dev.jsonl --no-model
    """
    import json

    from kg.errors import ConfigError, Errors
    from kg.evaluate import evaluate, format_errors, format_report, load_gold, load_predictions, paper_errors, predict

    if level not in ("mention", "paper", "both"):
        _fail(ConfigError(Errors.E003.format(kind="level", name=level, choices="mention, paper, both")))
    try:
        records = load_gold(gold)
        if pred is not None:
            predictions = load_predictions(pred)
            if predictions and not any(r.id in predictions for r in records):
                raise ConfigError(Errors.E275.format(path=pred, count=len(predictions),
                                                     example=next(iter(predictions))))
        else:
            if not quiet:
                typer.echo(f"running the pipeline on {len(records)} gold texts ...", err=True)
            predictions = predict(records, model=not no_model)
        report = evaluate(records, predictions, level=level)
    except KGError as err:
        _fail(err)
    if errors:
        report["errors"] = paper_errors(records, predictions)
    if as_json:
        typer.echo(json.dumps(report, indent=1, sort_keys=True))
    else:
        typer.echo(format_report(report, title=f"{gold}" + (f" vs {pred}" if pred else " vs pipeline")))
        if errors:
            typer.echo(format_errors(report["errors"]))


# ----------------------------------------------------------------------------------------------
def _exporter_names() -> list[str]:
    from kg.registry import exporters

    return sorted(exporters.get_all())


@app.command()
def build(
    inputs: List[Path] = typer.Argument(..., help="Files or directories of paper records (any supported format)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Build directory to write (replaced if it exists)."),
    into: Optional[Path] = typer.Option(None, "--into", help="Add INPUTS to this existing build (same result as one build over all inputs)."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="Reader name (detected per file when omitted)."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first malformed record (exit 1)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Extraction processes (default: every core)."),
    resume: bool = typer.Option(False, "--resume", help="Keep finished extraction chunks of an interrupted build."),
    export: Optional[List[str]] = typer.Option(None, "--exports", "-e", help="Exporter to run into OUT/exports/ (repeatable; default: all)."),
    no_exports: bool = typer.Option(False, "--no-exports", help="Write no exports (graph, N-Triples and store only)."),
    chunk_size: int = typer.Option(1000, "--chunk-size", min=1, help="Papers per extraction part file."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules only: skip the trained NER component."),
    engine: str = typer.Option("local", "--engine", help="Extraction engine: local (process pool of --workers) or dask (a Dask cluster; same outputs)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: a running Dask scheduler (tcp://HOST:8786); default: a local cluster of --workers processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
) -> None:
    """Build a knowledge graph directory from paper records: extract, resolve, assemble, export.

    OUT holds build.json (counts, skipped records), papers.jsonl, extractions/, graph.json,
    graph.nt, store/ (SPARQL) and exports/<name>/ for every exporter.

    On a Dask cluster: paperkg build corpus.jsonl.gz -o out/ --engine dask --scheduler tcp://HOST:8786

    Example: paperkg build examples/hf-papers -o out/
    """
    from kg.builder import build as run_build
    from kg.errors import ConfigError, Errors

    try:
        if out and into:
            raise ConfigError(Errors.E306)
        if not out and not into:
            raise ConfigError(Errors.E307)
        exports = [] if no_exports else (list(export) if export else None)
        report = run_build(inputs, into or out, format=format, strict=strict, into=into is not None, workers=workers,
                           resume=resume, exports=exports, progress=not quiet, chunk_size=chunk_size, model=not no_model,
                           engine=engine, scheduler=scheduler)
    except KGError as err:
        _fail(err)
    if not quiet:
        for skip in report.skipped[:20]:
            typer.echo(f"skipped: {skip['message']}", err=True)
        if len(report.skipped) > 20:
            typer.echo(f"skipped: ... {len(report.skipped) - 20} more in build.json", err=True)
        typer.echo(report.summary(), err=True)
        typer.echo(f"wrote {into or out}", err=True)
    for message in getattr(report, "messages", ()):
        typer.echo(message, err=True)


@app.command()
def stats(
    build_dir: Path = typer.Argument(..., help="A build directory (made by `paperkg build`)."),
    top: int = typer.Option(10, "--top", "-n", min=1, help="Rows per list."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """Counts per node and edge type, most-mentioned entities, most aliases and suspicious merges.

    Example: paperkg stats out/
    """
    import json

    from kg.builder import load_graph
    from kg.stats import compute_stats, format_stats

    try:
        result = compute_stats(load_graph(build_dir), top=top)
    except KGError as err:
        _fail(err)
    if as_json:
        typer.echo(json.dumps(result, indent=1, ensure_ascii=False, sort_keys=True))
    else:
        typer.echo(format_stats(result, top=top), nl=False)


@app.command()
def export(
    build_dir: Path = typer.Argument(..., help="A build directory (made by `paperkg build`)."),
    to: List[str] = typer.Option(..., "--to", "-t", help="Exporter name (repeatable); see `paperkg formats`."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output directory (default: BUILD_DIR/exports/NAME)."),
    option: Optional[List[str]] = typer.Option(None, "--option", "-O", help="KEY=VALUE passed to the exporter (repeatable; JSON values allowed)."),
    focus: Optional[str] = typer.Option(None, "--focus", help="html: draw only the neighbourhood of this label, alias or node id."),
    depth: Optional[int] = typer.Option(None, "--depth", min=0, help="html: neighbourhood radius around --focus (default 2)."),
    max_nodes: Optional[int] = typer.Option(None, "--max-nodes", min=1, help="html: draw at most this many nodes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not list the files written."),
) -> None:
    """Write a build's graph in another format (RDF, GraphML, GEXF, Neo4j, HTML, JSON).

    Example: paperkg export out/ --to turtle -o out/rdf; paperkg export out/ --to html --focus LoRA --depth 2 --max-nodes 300
    """
    import json

    from kg.builder import export_build
    from kg.errors import ConfigError, Errors

    try:
        options = {}
        for item in option or []:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise ConfigError(Errors.E021.format(detail=f"--option must look like KEY=VALUE, got {item!r}."))
            try:
                options[key.replace("-", "_")] = json.loads(value)
            except ValueError:
                options[key.replace("-", "_")] = value
        for key, value in (("focus", focus), ("depth", depth), ("max_nodes", max_nodes)):
            if value is not None:
                options[key] = value
        # neo4j and ntriples stream from the build's files; the graph is loaded only for the others
        written = export_build(build_dir, to, out=out, options=options)
    except KGError as err:
        _fail(err)
    if not quiet:
        for path in written:
            typer.echo(str(path))


# ----------------------------------------------------------------------------------------------
@push_app.command("neo4j")
def push_neo4j_command(
    build_dir: Path = typer.Argument(..., help="A build directory (made by `paperkg build`)."),
    uri: str = typer.Option("bolt://localhost:7687", "--uri", help="Bolt or neo4j:// URI of the server."),
    user: str = typer.Option("neo4j", "--user", "-u", help="Neo4j user name."),
    password: Optional[str] = typer.Option(None, "--password", "-p", envvar="NEO4J_PASSWORD",
                                           help="Password (default: the NEO4J_PASSWORD environment variable)."),
    database: Optional[str] = typer.Option(None, "--database", "-d", help="Target database (default: the server's default)."),
    batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Rows per UNWIND statement."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
) -> None:
    """Push a build into a running Neo4j with the official driver: constraints, then batched MERGE (idempotent).

    Example: NEO4J_PASSWORD=secret paperkg push neo4j out --uri bolt://localhost:7687 --user neo4j
    """
    from exports.neo4j import push_neo4j
    from kg.builder import load_graph
    from kg.errors import ConfigError, Errors

    try:
        if not password:
            raise ConfigError(Errors.E406)
        counts = push_neo4j(load_graph(build_dir), uri=uri, user=user, password=password, database=database,
                            batch_size=batch_size)
    except KGError as err:
        _fail(err)
    if not quiet:
        typer.echo(f"pushed {counts['nodes']} nodes and {counts['relationships']} relationships to {uri} "
                   f"in {counts['statements']} statements", err=True)


@app.command()
def query(
    build_dir: Optional[Path] = typer.Argument(None, help="A build directory (made by `paperkg build`)."),
    sparql: Optional[str] = typer.Argument(None, help="A SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)."),
    file: Optional[Path] = typer.Option(None, "--file", "-F", help="Read the query from a .rq file."),
    named: Optional[str] = typer.Option(None, "--named", "-n", help="Run a named question (see --list)."),
    arg: Optional[List[str]] = typer.Option(None, "--arg", "-a", help="KEY=VALUE argument of the named question (repeatable)."),
    format: Optional[str] = typer.Option(None, "--format", "-f",
                                         help="table, csv, tsv, json (SPARQL results JSON), xml; turtle, nt, rdfxml or jsonld for CONSTRUCT/DESCRIBE. "
                                              "Default: table on a terminal, else csv (turtle for graphs)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-l", min=0, help="Print at most this many rows."),
    list_: bool = typer.Option(False, "--list", help="List the named questions and their arguments, then exit."),
    show: bool = typer.Option(False, "--show", help="Print the query text (arguments bound) instead of running it."),
) -> None:
    """Query a build's graph with SPARQL, or ask one of the named questions.

    Prefixes pkg, rdf, rdfs, skos, dcterms, prov, xsd, owl, schema and mls are predeclared.

    Example: paperkg query out/ --named leaderboard --arg dataset=GSM8K --arg metric=accuracy
    """
    import shutil

    from kg.errors import Errors, QueryError
    from kg.query import (format_result, get_named_query, named_queries, parse_arg_pairs, prepare_named_query,
                          read_query_file, run_query)
    from kg.store import open_store

    if list_:
        for q in named_queries().values():
            typer.echo(f"{q.name}: {q.summary}")
            for a in q.args:
                default = "required" if a.required else f"default {a.default!r}"
                typer.echo(f"    --arg {a.name}=<{a.type}>  ({default}) {a.description}")
        return
    if build_dir is None:
        typer.echo("Error: give a build directory (or --list).", err=True)
        raise typer.Exit(code=2)
    try:
        given = [x for x, on in (("a SPARQL string", sparql), ("--file", file), ("--named", named)) if on]
        if len(given) != 1:
            raise QueryError(Errors.E463.format(got=", ".join(given) or "none"))
        if arg and not named:
            raise QueryError(Errors.E463.format(got="--arg without --named"))
        store = open_store(build_dir)
        if named:
            get_named_query(named)
            text = prepare_named_query(store, named, parse_arg_pairs(arg or []))
        else:
            text = read_query_file(file) if file else sparql
        if show:
            typer.echo(text)
            return
        result = run_query(store, text, limit=limit)
        fmt = format or ("turtle" if result.kind == "graph" else "table" if sys.stdout.isatty() else "csv")
        output = format_result(result, fmt, width=shutil.get_terminal_size((160, 24)).columns)
    except KGError as err:
        _fail(err)
    sys.stdout.write(output)


@app.command()
def serve(
    build_dir: Path = typer.Argument(..., help="A build directory (made by `paperkg build`)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (localhost by default)."),
    port: int = typer.Option(7878, "--port", "-p", min=0, max=65535, help="TCP port (0 picks a free one)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds a query may run before it is stopped."),
    workers: int = typer.Option(2, "--workers", "-w", min=1, help="Query worker processes (queries run in parallel)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not log requests."),
) -> None:
    """Serve a build read-only as a SPARQL 1.1 Protocol endpoint (for YASGUI, SPARQLWrapper, Protégé...).

    GET or POST /sparql; results as JSON, XML, CSV or TSV by Accept header (Turtle or N-Triples
    for CONSTRUCT); updates are refused; each query runs in a worker process and is stopped after
    --timeout seconds. Stop with Ctrl-C.

    Example: paperkg serve out/ --port 7878
    """
    from kg.server import make_server

    try:
        server = make_server(build_dir, host=host, port=port, timeout=timeout, workers=workers, log=not quiet)
    except KGError as err:
        _fail(err)
    except KeyboardInterrupt:  # Ctrl-C while the workers start: stop quietly
        raise typer.Exit(code=130) from None
    typer.echo(f"SPARQL endpoint: {server.url} (read-only; Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def main() -> None:
    """Entry point of the ``paperkg`` console script."""
    app()


if __name__ == "__main__":
    main()
