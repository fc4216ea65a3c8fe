"""The README documents what the code has (the sqlite-utils ``test_docs`` pattern).

Every CLI command and subcommand has ``--help`` (exit 0) and appears in the README as ``paperkg NAME``;
every registered reader, exporter, pipeline component and named query appears in a README table
(first cell, in backticks); the Quickstart is exactly two commands; every ``paperkg X`` the README's
sessions run is a real command. Adding a command, reader, exporter, component or ``.rq`` file without
documenting it fails here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import DEFAULT_PIPELINE
from kg.registry import exporters, readers

README = Path(__file__).resolve().parent.parent / "README.md"


def _is_group(command) -> bool:
    # Typer ships its own copy of click: a group is a command with subcommands
    return isinstance(getattr(command, "commands", None), dict)


def _commands(group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path of the CLI, groups included: ``("build",)``, ``("push",)``, ``("push", "neo4j")``."""
    paths = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        paths.append(path)
        if _is_group(command):
            paths.extend(_commands(command, path))
    return paths


def table_names(markdown: str) -> set[str]:
    """Backticked names in the first cell of every Markdown table row.

    >>> sorted(table_names("| name | what |\\n|---|---|\\n| `bibtex` | BibTeX |\\n| `ris`, `wos` | tagged |\\n"))
    ['bibtex', 'ris', 'wos']
    """
    names: set[str] = set()
    for line in markdown.splitlines():
        cells = line.strip().split("|")
        if len(cells) >= 3 and line.strip().startswith("|"):
            names.update(re.findall(r"`([^`]+)`", cells[1]))
    return names


def section(markdown: str, title: str) -> str:
    """The text of the ``## title`` section (up to the next ``## `` heading), or "" when absent.

    >>> section("# x\\n## A\\none\\n## B\\ntwo\\n", "A")
    'one\\n'
    """
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", markdown, flags=re.M | re.S)
    return match.group(1) if match else ""


def code_blocks(markdown: str) -> list[str]:
    """The contents of the fenced code blocks, in order."""
    return re.findall(r"^```[^\n]*\n(.*?)^```", markdown, flags=re.M | re.S)


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


COMMANDS = _commands(typer.main.get_command(app))


def test_docs_cli_has_every_issue_command():
    # the command list itself must not shrink silently
    assert {path[0] for path in COMMANDS} >= {"build", "extract", "export", "query", "stats", "formats", "read",
                                             "eval", "serve", "push", "train-ner"}
    assert ("push", "neo4j") in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_docs_command_help_exits_0(path):
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_docs_command_in_readme(readme, path):
    assert re.search(rf"paperkg {re.escape(' '.join(path))}\b", readme), f"`paperkg {' '.join(path)}` not in README.md"


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_docs_command_docstring_ends_with_example(path):
    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    if _is_group(command):
        pytest.skip("a group: its subcommands carry the examples")
    assert "Example:" in (command.help or ""), f"`paperkg {' '.join(path)}` help has no Example (STYLE.md §8)"


def test_docs_python_m_kg_help():
    result = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Usage: python -m kg" in result.stdout


def test_docs_readme_sessions_run_real_commands(readme):
    # every `$ paperkg X` in a console session names a command that exists
    known = {path[0] for path in COMMANDS}
    used = set(re.findall(r"^\$ (?:\S+=\S+ )*paperkg ([a-z][a-z-]*)", readme, flags=re.M))
    assert used, "no `$ paperkg ...` session in README.md"
    assert used <= known, f"README runs commands that do not exist: {sorted(used - known)}"


@pytest.mark.parametrize("name", sorted(readers.get_all()))
def test_docs_reader_in_readme_table(readme, name):
    assert name in table_names(readme), f"reader `{name}` is not in a README table"


@pytest.mark.parametrize("name", sorted(exporters.get_all()))
def test_docs_exporter_in_readme_table(readme, name):
    assert name in table_names(readme), f"exporter `{name}` is not in a README table"


@pytest.mark.parametrize("name", DEFAULT_PIPELINE)
def test_docs_pipeline_component_in_readme_table(readme, name):
    assert name in table_names(readme), f"pipeline component `{name}` is not in a README table"


def _query_list():
    return CliRunner().invoke(app, ["query", "--list"])


# a broken .rq makes `--list` fail: then no names here, and the test below says why
NAMED_QUERIES = re.findall(r"^([a-z][a-z0-9-]*): ", _query_list().output, flags=re.M)


def test_docs_query_list_finds_the_rq_files():
    result = _query_list()
    assert result.exit_code == 0, result.output
    shipped = sorted(p.stem for p in (README.parent / "schemas" / "queries").glob("*.rq"))
    assert shipped and sorted(NAMED_QUERIES) == shipped


@pytest.mark.parametrize("name", NAMED_QUERIES)
def test_docs_named_query_in_readme_table(readme, name):
    assert name in table_names(readme), f"named query `{name}` is not in a README table"


def test_docs_quickstart_is_two_commands(readme):
    quickstart = section(readme, "Quickstart")
    assert quickstart, "README.md has no '## Quickstart' section"
    blocks = code_blocks(quickstart)
    assert blocks, "the Quickstart has no code block"
    commands = [line for line in blocks[0].splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert len(commands) == 2, commands
    install_and_build, test = commands
    assert "pip install" in install_and_build and ".[test]" in install_and_build
    assert "paperkg build examples/hf-papers -o out/" in install_and_build
    assert "pytest" in test
