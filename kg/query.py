"""SPARQL over a build's query store: ad-hoc queries, named questions, result formatting.

Queries run on the build's pyoxigraph store (:mod:`kg.store`). :func:`run_query` executes any
SPARQL 1.1 query form (SELECT, ASK, CONSTRUCT, DESCRIBE) and materialises the answer as a
:class:`QueryResult`; :func:`format_result` writes it as a rich table (terminals), SPARQL 1.1
Results JSON / XML / CSV / TSV, or Turtle / N-Triples for graph results. Our own writers rather
than pyoxigraph's ``serialize`` so that ``--limit`` can cut any result and the CLI and server
share one code path; tests read every format back with pyoxigraph's and SPARQLWrapper's parsers.

**Named questions** are ``schemas/queries/<name>.rq`` files (package data). Each starts with a
comment header: the first line ``# <name>: <summary>``, a description, and one line per
argument::

    # @arg dataset: string  Dataset label or alias, case-insensitive (required). Example: GSM8K
    # @arg metric: string = ""  Metric label or alias; empty for every metric.
    # @arg n: integer = 10  How many entities per type.

In the query body an argument is the variable ``?_<name>`` (grlc's convention, so most files
stay valid SPARQL you can paste into YASGUI), and ``?_<name>_given`` is the boolean ``true`` or
``false``: whether a value was given. An optional entity argument left empty stays a free
variable; queries guard the branch that uses it with ``FILTER(?_<name>_given)``, a constant the
engine folds, so the unused branch costs nothing. :func:`bind_arguments` replaces each placeholder
by a term built from the value, never by the raw text: strings become SPARQL string literals with
every quote, backslash and line break escaped (:func:`sparql_literal`), integers are parsed with
``int()`` and written back as digits. pyoxigraph's own ``substitutions=`` would be safer still,
but it only binds variables of the outermost projection and our questions need arguments inside
sub-selects. Entity names are matched case-insensitively against ``rdfs:label`` and
``skos:altLabel`` of entities of the right class, through the store's name index.

**Precomputed top lists.** A question over a popular entity (or over the whole graph) would
otherwise sort tens of thousands of candidates, each costing an index lookup. The store keeps,
for each question, the first entries of every list in the question's own total order
(:func:`kg.store.derived_lines`, in a named graph of its own). ``?_precomputed`` is ``true``
when the question asks for at most that many rows (``n``); the query then starts from those
entries, otherwise (or on a store without the lists) from the whole graph. Both branches give
the same rows (``tests/test_query.py`` checks every question both ways); the benchmark
(``benchmarks/query.py``) times them at 10 million triples.

Queries never reach the network: ``SERVICE`` is refused (pyoxigraph would follow it over HTTP),
and so are SPARQL updates (the store is opened read-only anyway).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from kg.errors import Errors, QueryError
from kg.ids import ID_BASE

__all__ = [
    "QueryArg", "NamedQuery", "QueryResult", "named_queries", "get_named_query", "parse_named_query",
    "bind_arguments", "resolve_name", "prepare_named_query", "parse_arg_pairs", "sparql_literal", "check_query", "run_query", "format_result",
    "RESULT_FORMATS", "GRAPH_FORMATS", "PREFIXES",
]

#: Prefixes predeclared for ad-hoc queries (a query's own PREFIX lines take precedence).
PREFIXES: dict[str, str] = {
    "pkg": "https://w3id.org/paperkg/vocab#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "schema": "https://schema.org/",
    "mls": "http://www.w3.org/ns/mls#",
}

#: Output formats of SELECT and ASK results.
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
#: Output formats of CONSTRUCT and DESCRIBE results.
GRAPH_FORMATS = ("turtle", "nt", "rdfxml", "jsonld")
_RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML,
                "jsonld": ox.RdfFormat.JSON_LD}

#: Argument types: plain values, and names resolved to the IRI of an entity (or paper).
ENTITY_CLASSES: dict[str, tuple[str, ...]] = {
    "method": ("Method",), "dataset": ("Dataset",), "metric": ("Metric",), "task": ("Task",),
    "entity": ("Method", "Dataset", "Metric", "Task"), "paper": ("Paper",),
}
_ARG_TYPES = ("string", "integer", *ENTITY_CLASSES)
_XSD = "http://www.w3.org/2001/XMLSchema#"


# ---------------------------------------------------------------------------------------------
# Named queries
@dataclass(frozen=True)
class QueryArg:
    """One argument of a named query. ``default`` is None when the argument is required."""

    name: str
    type: str = "string"
    default: str | None = None
    description: str = ""

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class NamedQuery:
    """A documented ``.rq`` file: its name, summary, description, arguments and SPARQL text."""

    name: str
    summary: str
    description: str
    args: tuple[QueryArg, ...]
    text: str
    path: str = ""

    def arg(self, name: str) -> QueryArg | None:
        return next((a for a in self.args if a.name == name), None)


_HEADER_FIRST = re.compile(r"^#\s*(?P<name>[a-z][a-z0-9-]*)\s*:\s*(?P<summary>.+?)\s*$")
_HEADER_ARG = re.compile(
    r"^#\s*@arg\s+(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*:\s*(?P<type>\w+)"
    r"(?:\s*=\s*(?P<default>\"(?:[^\"\\]|\\.)*\"|-?\d+))?\s*(?P<desc>.*?)\s*$")
_PLACEHOLDER = re.compile(r"\?_([A-Za-z][A-Za-z0-9_]*)\b")


def parse_named_query(text: str, *, path: str = "<string>") -> NamedQuery:
    """Parse a named query file: the header comment, its ``@arg`` lines and the SPARQL body.

    >>> q = parse_named_query('# demo: count things\\n# Counts.\\n# @arg n: integer = 3  How many.\\n'
    ...                       'SELECT * WHERE { ?s ?p ?o } LIMIT ?_n')
    >>> q.name, q.summary, q.args[0].default
    ('demo', 'count things', '3')

    Raises:
        QueryError: [E465] if the header is malformed or a placeholder has no ``@arg`` line.
    """
    lines = text.splitlines()
    if not lines or not (first := _HEADER_FIRST.match(lines[0])):
        raise QueryError(Errors.E465.format(path=path, detail="the first line must be '# <name>: <summary>'"))
    description: list[str] = []
    args: list[QueryArg] = []
    for line in lines[1:]:
        if not line.startswith("#"):
            break
        if line.lstrip("# ").startswith("@arg"):
            m = _HEADER_ARG.match(line)
            if not m or m["type"] not in _ARG_TYPES:
                raise QueryError(Errors.E465.format(path=path, detail=f"bad @arg line {line!r}"))
            default = m["default"]
            if default is not None and default.startswith('"'):
                default = json.loads(default)
            args.append(QueryArg(m["name"], m["type"], default, m["desc"]))
        else:
            description.append(line[1:].strip())
    names = {a.name for a in args} | {f"{a.name}_given" for a in args} | {"precomputed"}
    for used in sorted(set(_PLACEHOLDER.findall(text))):
        if used not in names:
            raise QueryError(Errors.E465.format(path=path, detail=f"?_{used} is used but has no @arg line"))
    return NamedQuery(first["name"], first["summary"], "\n".join(description).strip(), tuple(args), text, path)


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in ``schemas/queries/``, by name (sorted).

    >>> "leaderboard" in named_queries()
    True
    """
    folder = resources.files("schemas").joinpath("queries")
    out: dict[str, NamedQuery] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            query = parse_named_query(entry.read_text(encoding="utf-8"), path=f"schemas/queries/{entry.name}")
            if query.name != entry.name[:-3]:
                raise QueryError(Errors.E465.format(path=query.path, detail=f"header names it {query.name!r}"))
            out[query.name] = query
    return out


def get_named_query(name: str) -> NamedQuery:
    """The named query ``name``.

    Raises:
        QueryError: [E451] if there is none.
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(Errors.E451.format(name=name, choices=", ".join(queries)))
    return queries[name]


def parse_arg_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """``["dataset=GSM8K", "metric=accuracy"]`` → a dict; the value may contain ``=``.

    >>> parse_arg_pairs(["dataset=GSM8K", "q=a=b"])
    {'dataset': 'GSM8K', 'q': 'a=b'}

    Raises:
        QueryError: [E454] for an item without ``=``.
    """
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(Errors.E454.format(value=pair))
        out[key.strip()] = value
    return out


def sparql_literal(value: str) -> str:
    """A SPARQL string literal holding exactly ``value``: quotes, backslashes, breaks escaped.

    >>> print(sparql_literal('say "hi" \\\\ then\\nstop'))
    "say \\"hi\\" \\\\ then\\nstop"
    """
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f"))
    return f'"{escaped}"'


def bind_arguments(query: NamedQuery, args: dict[str, str] | None = None, *,
                   resolve: Callable[[str, str], str | None] | None = None, top_size: int = 0) -> str:
    """The query text with every ``?_name`` placeholder replaced by the argument's term.

    Missing arguments take their defaults. ``string`` values become escaped literals,
    ``integer`` values digits; entity values (``method``, ``dataset``, ``metric``, ``task``,
    ``entity``, ``paper``) are resolved to an IRI by ``resolve(value, type)`` (see
    :func:`resolve_name`). An empty entity value leaves the placeholder a free variable, so the
    query answers for every entity. ``?_precomputed`` becomes ``true`` when the query's ``n``
    is at most ``top_size``, the length of the store's precomputed top lists
    (:func:`kg.store.top_size`; 0 when it has none), else ``false``.

    >>> q = parse_named_query('# t: t\\n# @arg name: string  A name.\\nASK { ?s ?p ?_name }')
    >>> bind_arguments(q, {"name": 'x" } DROP ALL #'}).splitlines()[-1]
    'ASK { ?s ?p "x\\\\" } DROP ALL #" }'

    Raises:
        QueryError: [E452] missing required argument, [E453] unknown argument, [E455] bad integer,
            [E466] no entity of that name.
    """
    args = dict(args or {})
    for name in args:
        if query.arg(name) is None:
            choices = ", ".join(a.name for a in query.args) or "(none)"
            raise QueryError(Errors.E453.format(name=query.name, arg=name, choices=choices))
    terms: dict[str, str] = {}
    for arg in query.args:
        value = args.get(arg.name, arg.default)
        if value is None:
            raise QueryError(Errors.E452.format(name=query.name, arg=arg.name))
        terms[f"{arg.name}_given"] = "true" if value.strip() else "false"
        if arg.type == "integer":
            try:
                number = int(value.strip())
            except ValueError:
                number = -1
            if number < 0:
                raise QueryError(Errors.E455.format(arg=arg.name, name=query.name, expected="a whole number >= 0",
                                                    value=value)) from None
            terms[arg.name] = str(number)
        elif arg.type == "string":
            terms[arg.name] = sparql_literal(value)
        elif value.strip():
            if resolve is None:
                raise ValueError(f"argument {arg.name!r} names a {arg.type}: pass resolve=")
            iri = resolve(value, arg.type)
            if iri is None:
                raise QueryError(Errors.E466.format(kind=arg.type, value=value, hint=_E466_HINTS.get(
                    arg.type, f"See the names with `paperkg query OUT --named top --arg type={arg.type}`.")))
            terms[arg.name] = str(ox.NamedNode(iri))
    n = terms.get("n") if query.arg("n") is not None and query.arg("n").type == "integer" else None
    terms["precomputed"] = "true" if n is not None and 0 < top_size and int(n) <= top_size else "false"
    return _PLACEHOLDER.sub(lambda m: terms.get(m.group(1), m.group(0)), query.text)


_E466_HINTS = {
    "paper": "A paper is named by its id (arxiv:2106.09685), arXiv id, DOI or title (punctuation and case ignored).",
    "entity": "See the names with `paperkg query OUT --named top`.",
}


def resolve_name(store: ox.Store, value: str, kind: str) -> str | None:
    """The IRI of the ``kind`` (see :data:`ENTITY_CLASSES`) best matching the name ``value``, or None.

    Matches labels and aliases (papers: id, arXiv id, DOI, title) by :func:`kg.store.name_key`
    through the store's name index. Several candidates: an exact label wins, then a label
    equal up to case, then an exact alias, then an alias up to case, then any key match; ties go
    to the entity in most papers, then the smallest IRI.
    """
    from kg.store import NAME_KEY, NAMES_GRAPH, name_key

    key = name_key(value)
    if not key:
        return None
    classes = [ox.NamedNode(PREFIXES["pkg"] + c) for c in ENTITY_CLASSES[kind]]
    if store.contains_named_graph(ox.NamedNode(NAMES_GRAPH)):
        candidates = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(NAME_KEY), ox.Literal(key),
                                                                 ox.NamedNode(NAMES_GRAPH))}
    else:  # a store loaded by other means: scan (slow on big graphs, correct)
        names = " ".join(f"<{p}>" for p in _name_predicates(kind))
        text = (f"SELECT DISTINCT ?e WHERE {{ VALUES ?p {{ {names} }} ?e ?p ?n . "
                f"FILTER(LCASE(STR(?n)) = LCASE({sparql_literal(value)})) }}")
        candidates = {s["e"] for s in store.query(text)}
    rdf_type = ox.NamedNode(PREFIXES["rdf"] + "type")
    scored = []
    for node in candidates:
        if not any(next(store.quads_for_pattern(node, rdf_type, c, ox.DefaultGraph()), None) for c in classes):
            continue
        rank = 4
        for i, predicate in enumerate(_name_predicates(kind)):
            for quad in store.quads_for_pattern(node, ox.NamedNode(predicate), None, ox.DefaultGraph()):
                name = quad.object.value
                primary = i == 0 or kind == "paper"
                if name == value:
                    rank = min(rank, 0 if primary else 2)
                elif name.casefold() == value.casefold():
                    rank = min(rank, 1 if primary else 3)
        count = next(store.quads_for_pattern(node, ox.NamedNode(PREFIXES["pkg"] + "paperCount"), None,
                                             ox.DefaultGraph()), None)
        papers = int(count.object.value) if count is not None and count.object.value.isdigit() else 0
        scored.append((rank, -papers, node.value))
    return min(scored)[2] if scored else None


def _name_predicates(kind: str) -> tuple[str, ...]:
    if kind == "paper":
        return (PREFIXES["dcterms"] + "identifier", PREFIXES["pkg"] + "arxivId", PREFIXES["pkg"] + "doi",
                PREFIXES["dcterms"] + "title")
    return (PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel")


def prepare_named_query(store: ox.Store, name: str, args: dict[str, str] | None = None, *,
                        precomputed: bool = True) -> str:
    """The SPARQL text of named query ``name`` with ``args`` bound (entity names resolved in ``store``).

    ``precomputed=False`` makes the query ignore the store's precomputed top lists (the same rows,
    computed from the graph alone: slower on big graphs; tests compare both).
    """
    from kg.store import top_size

    return bind_arguments(get_named_query(name), args, resolve=lambda value, kind: resolve_name(store, value, kind),
                          top_size=top_size(store) if precomputed else 0)


# ---------------------------------------------------------------------------------------------
# Checking and running
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\s]*>|#[^\n]*', re.DOTALL)
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*\S*\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                     re.IGNORECASE)
_SERVICE = re.compile(r"(?<![?$:\w])SERVICE(?![\w:])", re.IGNORECASE)


def _code_only(text: str) -> str:
    """The query with strings, IRIs and comments blanked out, so keywords are found only in code."""
    return _LEXEMES.sub(lambda m: " " if m.group(0).startswith("#") else '""', text)


def is_update(text: str) -> bool:
    """True if ``text`` is a SPARQL update rather than a query.

    >>> is_update("PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }")
    True
    >>> is_update('SELECT ?insert WHERE { ?s ?p "DELETE" }')
    False
    """
    return bool(_UPDATE.match(_code_only(text)))


def check_query(text: str) -> None:
    """Refuse updates [E458] and federated ``SERVICE`` calls [E464] before running anything.

    >>> check_query("SELECT ?service WHERE { ?s <http://e/SERVICE> ?service }")
    """
    code = _code_only(text)
    if _UPDATE.match(code):
        raise QueryError(Errors.E458)
    if _SERVICE.search(code):
        raise QueryError(Errors.E464)


def syntax_error(err: Exception, text: str) -> QueryError:
    """A one-line [E450] QueryError from pyoxigraph's ``error at LINE:COL: expected ...``.

    The parser lists every token it could have accepted, character classes included (hundreds
    of characters); the message keeps the keywords and punctuation, says "unknown prefix" when
    that is the cause, and quotes the query text around the position.

    >>> print(syntax_error(SyntaxError("error at 1:26: expected one of LATERAL, SERVICE, [_]"), "SELECT ?x WHERE { ?x ?y }"))
    [E450] SPARQL syntax error at line 1, column 26 (near "WHERE { ?x ?y }"): expected one of LATERAL, SERVICE.
    """
    message = str(err)
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.DOTALL)
    if not m:
        return QueryError(Errors.E450.format(line="?", column="?", near="", detail=_one_line(message, 200)))
    line, column, detail = int(m[1]), int(m[2]), m[3].strip().rstrip(".")
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    snippet = source[max(column - 16, 0):column + 15].strip()
    near = f" (near {json.dumps(snippet, ensure_ascii=False)})" if snippet else ""
    return QueryError(Errors.E450.format(line=line, column=column, near=near, detail=_expected(detail)))


def _expected(detail: str) -> str:
    """``expected one of A, B, [char ranges]`` → the readable alternatives only."""
    m = re.match(r"expected (?:one of )?(.*)", detail, re.DOTALL)
    if not m:
        return _one_line(detail, 160)
    items = [item.strip() for item in re.findall(r'"[^"]*"|\[[^\]]*\]|[^,\s][^,]*', m[1])]
    unknown_prefix = "Prefix not found" in items
    readable = []
    for item in items:
        if item == "Prefix not found" or ".." in item and item != "['0'..='9']" or "\\u" in item or item in ("[_]", "['\\\\']"):
            continue
        if item == "['0'..='9']":
            item = "a digit"
        elif re.fullmatch(r"\['(.)'\]", item):
            item = repr(item[2])
        readable.append(item)
    said = ("expected " + ("one of " if len(readable) > 1 else "") + ", ".join(readable)) if readable else "unexpected text"
    return ("unknown prefix (declare it with PREFIX) or " + said) if unknown_prefix else said


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass
class QueryResult:
    """A materialised query answer.

    ``kind`` is ``"select"`` (``variables`` and ``rows``: tuples of pyoxigraph terms or None),
    ``"ask"`` (``boolean``) or ``"graph"`` (``triples``, for CONSTRUCT and DESCRIBE).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1

    def dicts(self) -> list[dict[str, str]]:
        """Rows as ``{variable: lexical value}`` (unbound variables left out): handy in tests.

        >>> QueryResult("select", ["a", "b"], [(ox.Literal("1"), None)]).dicts()
        [{'a': '1'}]
        """
        return [{v: t.value for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def run_query(store: ox.Store, text: str, *, limit: int | None = None) -> QueryResult:
    """Run one SPARQL query and materialise at most ``limit`` rows (or triples).

    Args:
        store: An open store (:func:`kg.store.open_store`).
        text: The query; the prefixes of :data:`PREFIXES` are predeclared.
        limit: Stop after this many rows or triples (None: all).

    Raises:
        QueryError: [E450] syntax error (line and column), [E458] update, [E464] SERVICE,
            [E462] evaluation failure.
    """
    check_query(text)
    try:
        answer = store.query(text, prefixes=PREFIXES)
    except SyntaxError as err:
        if is_update(text):
            raise QueryError(Errors.E458) from err
        raise syntax_error(err, text) from err
    except (OSError, RuntimeError, ValueError) as err:
        raise QueryError(Errors.E462.format(detail=err)) from err
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [tuple(solution) for solution in _take(answer, limit)]
            return QueryResult("select", variables=variables, rows=rows)
        return QueryResult("graph", triples=list(_take(answer, limit)))
    except (OSError, RuntimeError, ValueError, SyntaxError) as err:
        raise QueryError(Errors.E462.format(detail=err)) from err


def _take(iterator: Iterator, limit: int | None) -> Iterator:
    for i, item in enumerate(iterator):
        if limit is not None and i >= limit:
            return
        yield item


# ---------------------------------------------------------------------------------------------
# Formatting
def formats_for(result: QueryResult) -> tuple[str, ...]:
    """The output formats that apply to a result."""
    return GRAPH_FORMATS if result.kind == "graph" else RESULT_FORMATS


def format_result(result: QueryResult, fmt: str, *, width: int | None = None) -> str:
    """Write a result in ``fmt`` (see :data:`RESULT_FORMATS`, :data:`GRAPH_FORMATS`).

    >>> r = QueryResult("select", ["x"], [(ox.Literal("a,b"),), (None,)])
    >>> format_result(r, "csv")
    'x\\r\\n"a,b"\\r\\n""\\r\\n'

    Raises:
        QueryError: [E456] if the format does not apply to this kind of result.
    """
    if fmt not in formats_for(result):
        kind = {"select": "SELECT", "ask": "ASK", "graph": "CONSTRUCT/DESCRIBE"}[result.kind]
        raise QueryError(Errors.E456.format(fmt=fmt, kind=kind, choices=", ".join(formats_for(result))))
    if result.kind == "graph":
        prefixes = PREFIXES if fmt in ("turtle", "rdfxml") else None
        data = ox.serialize(result.triples, format=_RDF_FORMATS[fmt], prefixes=prefixes)
        return data.decode("utf-8")
    return {"table": _to_table, "csv": _to_csv, "tsv": _to_tsv, "json": _to_json, "xml": _to_xml}[fmt](result, width)


def _to_json(result: QueryResult, _width=None) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False) + "\n"


def _json_term(term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _to_xml(result: QueryResult, _width=None) -> str:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    if result.kind == "ask":
        out.append(f"</head>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n")
        return "".join(out)
    out.extend(f"<variable name={quoteattr(v)}/>" for v in result.variables)
    out.append("</head>\n<results>\n")
    for row in result.rows:
        out.append("<result>")
        for v, t in zip(result.variables, row):
            if t is not None:
                out.append(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            attr = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != _XSD + "string":
            attr = f" datatype={quoteattr(term.datatype.value)}"
        else:
            attr = ""
        return f"<literal{attr}>{xml_escape(_xml_safe(term.value))}</literal>"
    return f"<literal>{xml_escape(_xml_safe(str(term)))}</literal>"


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot carry most control characters, even escaped; replace them with U+FFFD."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text)


def _to_csv(result: QueryResult, _width=None) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else t.value if not isinstance(t, ox.BlankNode) else f"_:{t.value}"
                         for t in row])
    return buf.getvalue()


def _to_tsv(result: QueryResult, _width=None) -> str:
    if result.kind == "ask":
        return f"?boolean\n{'true' if result.boolean else 'false'}\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines.extend("\t".join("" if t is None else str(t) for t in row) for row in result.rows)
    return "\n".join(lines) + "\n"


def short_term(term) -> str:
    """A term as a person reads it: ids relative to the id base, prefixed vocabulary, bare literals.

    >>> short_term(ox.NamedNode("https://w3id.org/paperkg/id/method/lora"))
    'method/lora'
    >>> short_term(ox.NamedNode("https://w3id.org/paperkg/vocab#basedOn"))
    'pkg:basedOn'
    >>> short_term(ox.Literal("92.0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
    '92.0'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        if term.value.startswith(ID_BASE):
            return term.value[len(ID_BASE):]
        for prefix, base in PREFIXES.items():
            if term.value.startswith(base) and re.fullmatch(r"[A-Za-z_][\w.-]*", term.value[len(base):]):
                return f"{prefix}:{term.value[len(base):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _to_table(result: QueryResult, width: int | None = None) -> str:
    from rich.console import Console
    from rich.table import Table

    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    table = Table(header_style="bold", box=None)
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows:
        table.add_row(*(short_term(t) for t in row))
    buf = io.StringIO()
    console = Console(file=buf, width=width or 160, force_terminal=False, color_system=None, highlight=False)
    console.print(table)
    console.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}")
    return buf.getvalue()


def read_query_file(path: Path) -> str:
    """The text of a ``.rq`` file.

    Raises:
        QueryError: [E001] if it does not exist.
    """
    path = Path(path)
    if not path.is_file():
        raise QueryError(Errors.E001.format(path=path))
    return path.read_text(encoding="utf-8")
