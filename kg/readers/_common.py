"""Helpers every reader shares: opening files, cleaning text, making records.

``open_text`` handles ``.gz``, a UTF-8 BOM, Latin-1 fallback and binary files once,
so readers only parse. ``make_record`` turns parsed fields into a
:class:`~kg.records.PaperRecord` with a stable id, cleaned text and flags, or a
:class:`~kg.errors.RecordError` when the record has neither title nor abstract.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from kg.errors import Errors, RecordError
from kg.ids import normalize_arxiv_id, normalize_doi, paper_id
from kg.records import PaperRecord

#: Bytes read to sniff a file's format.
SNIFF_BYTES = 65536


def read_bytes(path: Path) -> bytes:
    """All bytes of ``path``, gunzipped when it ends in ``.gz`` (or starts with the gzip magic)."""
    with open(path, "rb") as fh:
        head = fh.read(2)
    if head == b"\x1f\x8b":
        with gzip.open(path, "rb") as fh:
            return fh.read()
    return path.read_bytes()


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM stripped), falling back to Latin-1.

    Returns the text and a list of warnings. Raises :class:`RecordError` for
    binary data (NUL bytes in the first block).
    """
    warnings: list[str] = []
    sample = data[:8192]
    if b"\x00" in sample:
        raise RecordError(Errors.E009.format(path=path, detail="NUL bytes in the first 8 KiB"), path=str(path))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        warnings.append(Errors.E008.format(path=path, offset=err.start))
        text = data.decode("latin-1")
    return text, warnings


def open_text(path: Path) -> tuple[str, list[str]]:
    """The whole text of a (possibly gzipped) file and decoding warnings."""
    if not path.exists():
        raise RecordError(Errors.E001.format(path=path), path=str(path))
    data = read_bytes(path)
    if not data.strip():
        raise RecordError(Errors.E007.format(path=path), path=str(path))
    return decode(data, path)


_TAG = re.compile(r"<[^>]+>")


def clean_text(text: str | None, *, strip_tags: bool = False) -> str:
    """Plain text: HTML entities decoded, optional tags removed, whitespace collapsed.

    >>> clean_text("  Hello\\n   world &amp; more ")
    'Hello world & more'
    >>> clean_text("<jats:p>A <i>b</i></jats:p>", strip_tags=True)
    'A b'
    """
    if not text:
        return ""
    if strip_tags:
        text = _TAG.sub(" ", text)
        text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    # str.split() splits at the characters r"\s" matches (both are str.isspace), without the regex engine:
    # the same as re.sub(r"\s+", " ", text).strip(), ~5x faster (a fifth of reading a corpus was this line).
    return " ".join(text.replace("\u00a0", " ").split())


def make_record(
    *,
    title: str | None,
    abstract: str | None,
    source: Path | str,
    line: int | None,
    format: str,
    authors: Iterable[str] = (),
    date: str | None = None,
    doi: str | None = None,
    arxiv_id: str | None = None,
    url: str | None = None,
    venue: str | None = None,
    extra: Iterable[tuple[str, str]] = (),
    clean: bool = True,
) -> PaperRecord | RecordError:
    """Build a record from parsed fields; a RecordError when it has no title and no abstract."""
    if clean:
        title = clean_text(title)
        abstract = clean_text(abstract)
    title = title or ""
    abstract = abstract or ""
    source = str(source)
    if not title and not abstract:
        return RecordError(Errors.E006.format(path=source, line=line), path=source, line=line)
    norm_arxiv = normalize_arxiv_id(arxiv_id)
    norm_doi = normalize_doi(doi)
    try:
        # a title without a letter or digit ('?!') names nothing: the abstract's start names the paper
        named_by = title if any(ch.isalnum() for ch in title) else abstract[:200]
        pid = paper_id(arxiv_id=norm_arxiv, doi=norm_doi, title=named_by)
    except ValueError:
        # blank or punctuation-only text without an id: nothing to name the paper by
        return RecordError(Errors.E017.format(path=source, line=line), path=source, line=line)
    flags = []
    if not title:
        flags.append("no_title")
    if not abstract:
        flags.append("no_abstract")
    loc = f"{source}:{line}" if line is not None else source
    return PaperRecord(
        id=pid,
        title=title,
        abstract=abstract,
        authors=tuple(a for a in (clean_text(a) for a in authors) if a),
        date=date or None,
        doi=norm_doi,
        arxiv_id=norm_arxiv,
        url=url or None,
        venue=clean_text(venue) or None,
        source=source,
        line=line,
        format=format,
        flags=tuple(flags),
        sources=(loc,),
        extra=tuple(sorted((k, str(v)) for k, v in extra if v)),
    )


# ---------------------------------------------------------------------------------------------
# LaTeX

_MATH = re.compile(r"(?<!\\)(\$\$.+?(?<!\\)\$\$|\$.+?(?<!\\)\$|\\\(.+?\\\)|\\\[.+?\\\])|(https?://[^\s{}]+)", re.DOTALL)
_MACRO = re.compile(r"\\([A-Za-z]+)")
_DROP = re.compile(r"\\(?:cite[a-z]*|ref|eqref|label|footnote|url)\*?(?:\[[^\]]*\])?\{[^{}]*\}")
#: Characters and pairs without which a text holds no LaTeX (literal tests: a regex scan of every text cost more).
_LATEXY = ("\\", "{", "}", "$", "``", "''")
#: Evidence of real LaTeX: a macro, an accent or escaped special, inline math or TeX quotes.
_TEX_COMMAND = re.compile(r"\\[A-Za-z@]+|\\[\'`^\"~=.%&#_{}$]|\$[^$\n]+\$|``|''")


def _balanced_braces(text: str) -> bool:
    """True when ``text`` has braces and they pair up (``{BERT}``), as TeX grouping does.

    >>> _balanced_braces("{Deal} or {No}"), _balanced_braces('"}) x'), _balanced_braces("none")
    (True, False, False)
    """
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and "{" in text


#: Font switches pylatexenc drops while keeping their argument; listed so they are not
#: mistaken for an author's own macro.
_FONT_MACROS = ("em", "bf", "it", "sc", "rm", "sl", "tt", "sf", "cal", "boldsymbol", "bm")
#: Math alphabets turned into plain letters (pylatexenc would give 𝓍-style code points).
_MATH_ALPHABETS = ("mathcal", "mathbf", "mathbb", "mathit", "mathsf", "mathfrak", "mathscr", "mathtt")


@lru_cache(maxsize=1)
def _latex_converter():
    from pylatexenc import latexwalker
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    walker_db = latexwalker.get_default_latex_context_db()
    db = get_default_latex_context_db()
    macros = [MacroTextSpec(n, simplify_repl="%s" if walker_db.get_macro_spec(n) else "")
              for n in _MATH_ALPHABETS + _FONT_MACROS]
    db.add_context_category("paperkg", prepend=True, macros=macros)
    return None, LatexNodes2Text(latex_context=db, math_mode="verbatim", keep_braced_groups=False), db


def _known(name: str) -> bool:
    return _latex_converter()[2].get_macro_spec(name) is not None


@lru_cache(maxsize=4096)
def _math_symbol(name: str) -> str | None:
    """Unicode for an argument-less symbol macro (``alpha`` -> ``α``), else None."""
    from pylatexenc import latexwalker

    if not _known(name) or latexwalker.get_default_latex_context_db().get_macro_spec(name) is not None:
        return None  # unknown, or takes arguments (\frac, \sqrt): keep the TeX
    try:
        out = _latex_converter()[1].latex_to_text("\\" + name).strip()
    except Exception:
        return None
    return out if out and len(out) <= 2 and not out.isascii() else None


_TEX_START = re.compile(r"[\\{}]|``|''")
_ACCENTS = set("'\"^`~=.")


def _group_end(text: str, i: int) -> int:
    """Index after the brace group opening at ``text[i] == "{"`` (``i + 1`` when unbalanced)."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{" and (j == 0 or text[j - 1] != "\\"):
            depth += 1
        elif text[j] == "}" and text[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return j + 1
    return i + 1


def _tex_span_end(text: str, i: int) -> int:
    """End of the LaTeX construct starting at ``i``: a macro with its brace arguments, a group, a quote."""
    n = len(text)
    if text[i] == "{":
        return _group_end(text, i)
    if text[i] != "\\":
        return i + (2 if text[i] in "`'" else 1)
    j = i + 1
    if j < n and text[j].isalpha():
        while j < n and text[j].isalpha():
            j += 1
        if j < n and text[j] == "*":
            j += 1
    elif j < n:
        accent = text[j] in _ACCENTS
        j += 1
        if accent and j < n and text[j].isalpha():
            return j + 1
    while j < n and text[j] == "{":
        end = _group_end(text, j)
        if end == j + 1:
            break
        j = end
    return j


@lru_cache(maxsize=65536)
def _convert_tex(span: str) -> str:
    # "%", "&", "#" are literal in abstracts, not comment/alignment; an unknown macro (an
    # author's own \benchmark) keeps its name rather than vanishing.
    span = re.sub(r"(?<!\\)([%&#])", r"\\\1", span)
    span = _MACRO.sub(lambda m: m.group(0) if _known(m.group(1)) else m.group(1), span)
    try:
        return _latex_converter()[1].latex_to_text(span)
    except Exception:
        return span


def _latex_piece(text: str, *, math: bool) -> str:
    if math:
        # Math keeps its TeX (braces carry grouping: H^{p,q}); only symbol macros become
        # Unicode, so $\Lambda_{\alpha}$ reads $Λ_{α}$. Unknown macros stay as written.
        return _MACRO.sub(lambda m: _math_symbol(m.group(1)) or m.group(0), text)
    # Only the LaTeX constructs go through pylatexenc (it reads one character at a time, far
    # too slow for whole abstracts of a 4 GB snapshot); the plain text between stays as is.
    out: list[str] = []
    pos = 0
    while True:
        match = _TEX_START.search(text, pos)
        if match is None:
            out.append(text[pos:])
            return "".join(out)
        start = match.start()
        end = _tex_span_end(text, start)
        out.append(text[pos:start])
        out.append(_convert_tex(text[start:end]))
        pos = end


#: One piece of simple inline math: a lone letter (a variable: k, n, W/Z), a number, a symbol
#: left by :func:`_math_symbol` (any non-ASCII character), an operator or bracket, an escaped
#: percent or TeX space, a score or norm with its index (F_1, L_2, ℓ_1), or a superscript of
#: digits and signs Unicode has (R^2, 10^{-5}). Letters glued to letters or digits ($k_F$,
#: $4N$, $pA$) are physics or chemistry symbols, and rendering them makes them look like names.
_SIMPLE_MATH_PIECE = re.compile(
    r"(?:[FLℓ]_(?:\{\d\}|\d)(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Za-z](?![A-Za-z0-9_])"
    r"|(?<![A-Za-z])\d+(?:[.,]\d+)*(?![A-Za-z_])|[^\x00-\x7f]|[+\-*/=<>:,.()\[\]|!'~ ]"
    r"|\\[%,;! ]|\^(?:\{[0-9+\-\u2212=()ni]{1,6}\}|[0-9ni]))"
)
#: A subscript index glued to a score or norm name written outside the math: F$_1$, L$_{2}$.
_INDEX_ONLY = re.compile(r"_(?:\{(\d)\}|(\d))")
_SUPERSCRIPT = str.maketrans("0123456789+-\u2212=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ")
_SCRIPT = re.compile(r"([_^])(?:\{([^{}]*)\}|(.))")


def _script(match: re.Match) -> str:
    body = match.group(2) if match.group(2) is not None else match.group(3)
    if match.group(1) == "_":
        return body  # F_1 -> F1, \ell_1 -> ℓ1: how a rendered abstract reads when copied
    return body.translate(_SUPERSCRIPT)  # R^2 -> R², 10^{-5} -> 10⁻⁵ (only mappable ones are simple)


def render_simple_math(math: str, before: str = "") -> str | None:
    r"""The plain text a short inline formula shows, or None when it is more than a token.

    Abstracts on arXiv and Papers with Code write names, scores and symbols as TeX
    (``F$_1$``, ``$k$-NN``, ``top-$5$``, ``$93.1\%$``, ``$\sim$3x``, ``En$\to$De``), which
    the extractors, tuned on rendered text, do not read as names or values. A formula
    made only of the pieces :data:`_SIMPLE_MATH_PIECE` lists is rendered (an index
    inline, superscripts as Unicode); anything else (``$H^{p,q}(R^n)$``, ``$k_F$``,
    unknown macros, money like ``$5 million and $``) stays TeX. ``before`` is the
    character before the formula: ``$_1$`` is rendered only after F, L or ℓ.

    >>> [render_simple_math(m) for m in ("$k$", "$93.1\\%$", "$∼$", "$ℓ_1$", "$10^{-5}$", "$R^2$", "$W/Z$")]
    ['k', '93.1%', '∼', 'ℓ1', '10⁻⁵', 'R²', 'W/Z']
    >>> render_simple_math("$_1$", "F"), render_simple_math("$_{3}$", "u")
    ('1', None)
    >>> [render_simple_math(m) for m in ("$H^{p,q}(R^n)$", "$5 million and $", "$\\Q(x)$", "$ $", "$k_F$", "$4N$", "$10-$")]
    [None, None, None, None, None, None, None]
    """
    body = math[1:-1]
    if not body or len(body) > 24 or body != body.strip() or body[-1] in "+-*/=<>:(" or body[0] in ",.:)":
        return None  # an operator at an end: two prices ("$10-$20"), not a formula
    index = _INDEX_ONLY.fullmatch(body)
    if index:
        return (index.group(1) or index.group(2)) if before in ("F", "L", "ℓ") else None
    pos = 0
    while pos < len(body):
        piece = _SIMPLE_MATH_PIECE.match(body, pos)
        if piece is None:
            return None
        pos = piece.end()
    body = _SCRIPT.sub(_script, body)
    return body.replace("\\%", "%").replace("\\!", "").replace("\\,", " ").replace("\\;", " ").replace("\\ ", " ")


def clean_latex(text: str | None) -> str:
    r"""Readable plain text from text with LaTeX: accents decoded, markup stripped, math kept.

    Text without LaTeX characters is only whitespace-normalised. Accents and text macros
    go through pylatexenc; ``$...$`` math keeps its TeX, with symbol macros turned into
    Unicode, unless it is a single token (``F$_1$``, ``$k$``, ``$\\sim$``), which is
    rendered (:func:`render_simple_math`); citations are dropped; unknown macros keep their name.

    >>> clean_latex(r"C. Bal\'azs and {\em Schr\"odinger}")
    'C. Balázs and Schrödinger'
    >>> clean_latex(r"Calculation of $\Lambda_{\alpha}$ at 12.9% \cite{x}")
    'Calculation of $Λ_{α}$ at 12.9%'
    >>> clean_latex(r"an F$_1$ of $93.1\%$ for $k$-NN")
    'an F1 of 93.1% for k-NN'
    >>> clean_latex("  plain\n  text  ")
    'plain text'
    >>> clean_latex('"}) DETACH DELETE n //')
    '"}) DETACH DELETE n //'
    """
    if not text:
        return ""
    if not any(mark in text for mark in _LATEXY) or not (_TEX_COMMAND.search(text) or _balanced_braces(text)):
        # No macro, no math and only stray braces (``"})``): plain text, kept as written.
        return clean_text(text)
    text = _DROP.sub("", text)
    out: list[str] = []
    pos = 0
    for match in _MATH.finditer(text):
        out.append(_latex_piece(text[pos:match.start()], math=False))
        if match.group(2):
            out.append(match.group(0))
        else:
            math = _latex_piece(match.group(0), math=True)
            before = text[match.start() - 1] if match.start() else ""
            simple = render_simple_math(math, before) if math[0] == "$" and math[1] != "$" else None
            out.append(math if simple is None else simple)
        pos = match.end()
    out.append(_latex_piece(text[pos:], math=False))
    return clean_text("".join(out))


# ---------------------------------------------------------------------------------------------
# Lines and JSON

#: Longest line a line reader accepts before it reports the line and skips it.
MAX_LINE_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def iter_lines(path: Path, *, max_bytes: int | None = None) -> Iterator[tuple[int, str | RecordError]]:
    """``(line_number, text)`` for each line of a (gzipped) text file, lazily.

    Each line is decoded on its own (UTF-8, else Latin-1; a leading BOM is dropped).
    Memory stays bounded by ``max_bytes`` (default :data:`MAX_LINE_BYTES`): a longer line
    yields a :class:`RecordError` [E015] in place of its text and is skipped without
    being held in memory.
    """
    path = Path(path)
    max_bytes = MAX_LINE_BYTES if max_bytes is None else max_bytes
    if not path.exists():
        raise RecordError(Errors.E001.format(path=path), path=str(path))
    opener = gzip.open if _is_gzip(path) else open
    with opener(path, "rb") as raw:
        stream = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)
        number = 0
        while True:
            data = stream.readline(max_bytes + 1)
            if not data:
                return
            number += 1
            if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            if len(data) > max_bytes and not data.endswith(b"\n"):
                size = len(data)
                while True:  # drain the rest of the line chunk by chunk
                    rest = stream.readline(_CHUNK)
                    size += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield number, RecordError(Errors.E015.format(path=path, line=number, size=size, limit=max_bytes),
                                          path=str(path), line=number)
                continue
            if b"\x00" in data:
                yield number, RecordError(Errors.E009.format(path=path, detail=f"NUL byte on line {number}"),
                                          path=str(path), line=number)
                continue
            try:
                yield number, data.decode("utf-8")
            except UnicodeDecodeError:
                yield number, data.decode("latin-1")


def iter_json_lines(path: Path, *, max_bytes: int | None = None) -> Iterator[tuple[int, dict | RecordError]]:
    """``(line_number, object)`` for each non-blank line of a JSON Lines file, lazily.

    A line that is not valid JSON yields [E004], one that is not an object [E005];
    the following lines are still read.
    """
    for number, text in iter_lines(path, max_bytes=max_bytes):
        if isinstance(text, RecordError):
            yield number, text
            continue
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as err:
            yield number, RecordError(Errors.E004.format(path=path, line=number, detail=err.msg + f" at column {err.colno}"),
                                      path=str(path), line=number)
            continue
        if not isinstance(obj, dict):
            yield number, RecordError(Errors.E005.format(path=path, line=number, got=type(obj).__name__),
                                      path=str(path), line=number)
            continue
        yield number, obj


def load_json(path: Path) -> Any:
    """The parsed JSON document in ``path`` (gzip, BOM, Latin-1 handled by :func:`open_text`).

    Raises:
        RecordError: [E004] with the line of the syntax error.
    """
    text, _ = open_text(path)
    return parse_json(text, path)


def parse_json(text: str, path: Path) -> Any:
    """The JSON document ``text`` read from ``path``.

    Raises:
        RecordError: [E004] with the line and column of the syntax error.

    >>> parse_json('{"a": [1]}', Path("f.json"))
    {'a': [1]}
    >>> try:
    ...     parse_json('{"a": 1,\\n}', Path("f.json"))
    ... except RecordError as err:
    ...     print(err.line)
    2
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise RecordError(Errors.E004.format(path=path, line=err.lineno, detail=f"{err.msg} at column {err.colno}"),
                          path=str(path), line=err.lineno) from err


def first_json_line(head: str) -> dict | None:
    """The first line of ``head`` parsed as a JSON object, or None (a sniffing helper).

    A line cut by the sniff window is repaired only in the sense that None is returned.
    """
    for line in head.splitlines():
        if line.strip():
            try:
                obj = json.loads(line)
            except ValueError:
                return None
            return obj if isinstance(obj, dict) else None
    return None


def iter_json_array(text: str, path: Path) -> Iterator[tuple[int, Any]]:
    """``(line_number, item)`` for each item of the top-level JSON array in ``text``.

    Items are decoded one at a time, so each carries the line it starts on. A
    syntax error yields an [E004] RecordError for its line and ends the array
    (nothing after a broken item can be located reliably).

    >>> [(n, x) for n, x in iter_json_array('[{"a": 1},\\n null,\\n 3]', Path("f.json"))]
    [(1, {'a': 1}), (2, None), (3, 3)]
    """
    decoder = json.JSONDecoder()
    ws = re.compile(r"[\s,]*")
    pos = ws.match(text, 0).end()
    if text[pos:pos + 1] != "[":
        raise ValueError("not a JSON array")
    pos += 1
    while True:
        pos = ws.match(text, pos).end()
        if pos >= len(text) or text[pos] == "]":
            if pos >= len(text):
                line = text.count("\n") + 1
                yield line, RecordError(Errors.E004.format(path=path, line=line, detail="the array is not closed (truncated file?)"),
                                        path=str(path), line=line)
            return
        line = text.count("\n", 0, pos) + 1
        try:
            item, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as err:
            yield err.lineno, RecordError(Errors.E004.format(path=path, line=err.lineno, detail=f"{err.msg} at column {err.colno}"),
                                          path=str(path), line=err.lineno)
            return
        yield line, item


def iter_csv_rows(reader) -> Iterator[tuple[int, list[str] | csv.Error]]:
    """``(line, row)`` for each non-blank row of a :func:`csv.reader`, numbered by the row's first line.

    A row the reader cannot parse comes as ``(line, csv.Error)``; the caller decides
    whether to go on (the reader resumes after it) or stop. Call it after the header
    has been read.

    >>> [(n, r) for n, r in iter_csv_rows(csv.reader(io.StringIO('a,b\\n1,"x\\ny"\\n\\n2,z\\n')))]
    [(1, ['a', 'b']), (2, ['1', 'x\\ny']), (5, ['2', 'z'])]
    """
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield line, err
            line = reader.line_num + 1
            continue
        start, line = line, reader.line_num + 1
        if any(cell.strip() for cell in row):
            yield start, row


def iter_csv_cells(reader, header: list[str], path: Path) -> Iterator[tuple[int, dict[str, str]] | RecordError]:
    """``(line, {column: cell})`` for each row of a header-keyed CSV, or the RecordError of a bad row.

    A row the parser rejects is E014 and a row whose field count differs from the
    header's is E010; both are yielded in place of the row, and reading goes on.

    >>> rows = csv.reader(io.StringIO('1,x\\n2\\n'))
    >>> [r if isinstance(r, tuple) else str(r)[:6] for r in iter_csv_cells(rows, ["n", "t"], Path("f.csv"))]
    [(1, {'n': '1', 't': 'x'}), '[E010]']
    """
    for line, row in iter_csv_rows(reader):
        if isinstance(row, csv.Error):
            yield RecordError(Errors.E014.format(path=path, line=line, detail=f"CSV error: {row}"), path=str(path), line=line)
        elif len(row) != len(header):
            yield RecordError(Errors.E010.format(path=path, line=line, got=len(row), expected=len(header)),
                              path=str(path), line=line)
        else:
            yield line, dict(zip(header, row))


_RFC2822 = re.compile(r"(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})")
_MONTH_NUMBERS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def normalize_date(value: Any) -> str | None:
    """ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` from the date shapes APIs use, or None.

    >>> normalize_date("2023-05-16T12:00:00Z"), normalize_date(2001), normalize_date("Sun, 30 Mar 2008 23:26:50 GMT")
    ('2023-05-16', '2001', '2008-03-30')
    >>> normalize_date([[2001, 2]]), normalize_date("n.d.")
    ('2001-02', None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, (list, tuple)):  # Crossref date-parts [[y, m, d]]
        parts = value[0] if value and isinstance(value[0], (list, tuple)) else value
        parts = [int(p) for p in parts if p is not None][:3]
        if not parts:
            return None
        return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])
    if isinstance(value, int):
        return f"{value:04d}" if 1000 <= value <= 9999 else None
    text = str(value).strip()
    match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])", text)
    if match:
        return "-".join(g for g in match.groups() if g)
    match = _RFC2822.search(text)
    if match:
        day, month, year = match.groups()
        return f"{year}-{_MONTH_NUMBERS[month]:02d}-{int(day):02d}"
    return None


def split_authors(value: Any) -> list[str]:
    """Author names from a list, or from a string joined by ``;``, ``|`` or newlines.

    >>> split_authors("Massimo Aria|Corrado Cuccurullo"), split_authors(["A", None, " B "])
    (['Massimo Aria', 'Corrado Cuccurullo'], ['A', 'B'])
    """
    if not value:
        return []
    if isinstance(value, str):
        value = re.split(r"\s*[;|\n]\s*", value)
    out = []
    for item in value:
        if isinstance(item, dict):
            item = item.get("name") or item.get("display_name") or ""
        if item and str(item).strip():
            out.append(str(item).strip())
    return out


def first_last(name: str) -> str:
    """``First Last`` from a ``Last, First`` name (split at the first comma); other names as they are, stripped.

    MEDLINE ``FAU`` and Web of Science ``AF`` write full names this way.

    >>> first_last("Casbon, James A"), first_last("Casbon JA"), first_last(" Wang, J, Jr ")
    ('James A Casbon', 'Casbon JA', 'J, Jr Wang')
    """
    if "," in name:
        last, _, first = name.partition(",")
        return f"{first.strip()} {last.strip()}".strip()
    return name.strip()


def parse_xml(data: bytes, path: Path):
    """An lxml root element from ``data``, safely: no network, no external entities, no DTD loading.

    Raises:
        RecordError: [E011] with the parser's message (line and column) for malformed XML.
    """
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                             remove_blank_text=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise RecordError(Errors.E011.format(path=path, detail=str(err)), path=str(path),
                          line=getattr(err, "lineno", None)) from err


def local_name(element) -> str:
    """Tag of an lxml element without its namespace (``{ns}title`` -> ``title``)."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def xml_text(element) -> str:
    """All text inside an lxml element (children included), or ``""`` for None."""
    if element is None:
        return ""
    return "".join(element.itertext())
