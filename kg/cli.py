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
    inputs: List[Path] = typer.Argument(..., help="Files or directories of paper records."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="Reader name (detected when omitted)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write merged records as JSON Lines here (default: stdout)."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first malformed record (exit 1)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
) -> None:
    """Read paper records in any supported format and write them as normalised JSON Lines.

    Example: paperkg read examples/hf-papers -o papers.jsonl
    """
    import json

    from kg.readers import ReadReport, merge_records, read_records

    report = ReadReport()
    try:
        records = merge_records(read_records(inputs, format=format, strict=strict, report=report))
    except KGError as err:
        _fail(err)
    lines = "".join(json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    if out:
        out.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    if not quiet:
        for skip in report.skipped:
            typer.echo(f"skipped: {skip['message']}", err=True)
        typer.echo(f"{report.records} records read from {report.files} files, {len(records)} papers, "
                   f"{len(report.skipped)} skipped", err=True)


@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="Files or directories of paper records (any supported format, or JSON Lines {\"id\", \"text\"})."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write one JSON object per record here (default: stdout)."),
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

    try:
        count, seconds = write_extractions(inputs, out=out, format=format, model=not no_model, jobs=jobs,
                                     strict=strict, progress=not quiet)
    except KGError as err:
        _fail(err)
    if not quiet:
        rate = count / seconds if seconds > 0 else 0.0
        typer.echo(f"{count} records extracted in {seconds:.1f} s ({rate:.0f}/s)" + (f" -> {out}" if out else ""),
                   err=True)


def main() -> None:
    """Entry point of the ``paperkg`` console script."""
    app()


if __name__ == "__main__":
    main()
