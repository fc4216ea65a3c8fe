"""Markup inside bibliographic records turned into plain text, shared by several readers.

Abstracts arrive as JATS fragments (Crossref, Lens), PubMed ``AbstractText`` with
inline HTML-like tags and MathML, ACL Anthology XML with ``<fixed-case>``, or text
ending in a publisher's copyright line. One tree walk (:func:`xml_text`) serves all
the XML cases: block elements become separate sentences, section titles become
``"Title: "`` labels, inline tags vanish without leaving a gap (``H<sub>2</sub>O``
stays ``H2O``), and MathML is flattened to the characters it shows.

XML is always parsed with :func:`safe_parser`: no network, no DTD, no external
entities, so a ``<!DOCTYPE>`` naming a remote DTD is never fetched.
"""

from __future__ import annotations

import gzip
import html
import html.entities
import re
from pathlib import Path
from typing import IO

from lxml import etree

from kg.errors import Errors, RecordError
from kg.readers._common import clean_text

#: ``(start_line, [(tag, value), ...], error)``: one record of a tagged text format (MEDLINE, RIS).
Tagged = tuple[int, list[tuple[str, str]], RecordError | None]

#: Elements that start a new block of text.
BLOCK_TAGS = frozenset({
    "p", "sec", "abstract", "list", "list-item", "def-list", "def-item", "disp-quote", "caption",
    "AbstractText", "div", "br", "li", "ul", "ol", "table", "tr", "td", "th", "boxed-text",
})
#: Inline elements whose text is glued to its neighbours (never a word break).
GLUE_TAGS = frozenset({"sub", "sup", "inf"})
#: Elements whose content is never text of the abstract.
SKIP_TAGS = frozenset({"annotation", "annotation-xml", "object-id", "label", "fn", "ext-link-ref"})
#: Section headings that only say "this is the abstract".
_ABSTRACT_HEADINGS = {"abstract", "summary", "graphical abstract"}
#: Accents MathML puts over a base character, as combining characters.
_MATH_ACCENTS = {".": "\u0307", "˙": "\u0307", "·": "\u0307", "¯": "\u0304", "‾": "\u0305", "^": "\u0302",
                 "ˆ": "\u0302", "~": "\u0303", "˜": "\u0303", "→": "\u20d7", "..": "\u0308", "¨": "\u0308"}
#: Namespaces JATS fragments use without declaring them.
_FRAGMENT_NAMESPACES = {
    "jats": "http://www.ncbi.nlm.nih.gov/JATS1",
    "mml": "http://www.w3.org/1998/Math/MathML",
    "xlink": "http://www.w3.org/1999/xlink",
    "ali": "http://www.niso.org/schemas/ali/1.0/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
_XML_ENTITIES = {"lt", "gt", "amp", "quot", "apos"}
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_TAGLIKE = re.compile(r"<\s*/?\s*[A-Za-z][\w.:-]*[^<>]*>")


def safe_parser(*, recover: bool = False) -> etree.XMLParser:
    """An lxml parser that never touches the network or a DTD and never expands entities."""
    return etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False, dtd_validation=False,
                           recover=recover, huge_tree=False, remove_comments=True, remove_pis=True)


def open_binary(path: Path) -> IO[bytes]:
    """``path`` opened for reading bytes, gunzipped when it starts with the gzip magic."""
    with open(path, "rb") as fh:
        magic = fh.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def check_file(path: Path) -> None:
    """Raise the reader-wide errors for a missing [E001], empty [E007] or binary [E009] file.

    Streaming readers call this instead of :func:`~kg.readers._common.open_text`, which
    would load the whole file.
    """
    if not path.exists():
        raise RecordError(Errors.E001.format(path=path), path=str(path))
    with open_binary(path) as fh:
        head = fh.read(8192)
    if not head.strip():
        raise RecordError(Errors.E007.format(path=path), path=str(path))
    if b"\x00" in head:
        raise RecordError(Errors.E009.format(path=path, detail="NUL bytes in the first 8 KiB"), path=str(path))


def local_name(element: etree._Element) -> str:
    """Tag without namespace or prefix: ``{ns}title`` and ``jats:title`` both give ``title``."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    if "}" in tag:
        tag = tag.rsplit("}", 1)[1]
    return tag.rsplit(":", 1)[-1]


def xml_text(element: etree._Element, *, space_inline: bool = False, with_tail: bool = False) -> str:
    """Plain text of an element: blocks separated, section titles as labels, inline tags glued.

    Args:
        element: the element whose content is wanted.
        space_inline: put a space between an inline element (``<italic>``, not ``<sub>``)
            and a neighbouring word it touches. Crossref deposits often lose the space
            around inline tags (``targeting<jats:italic>SMARCB1</jats:italic>for``).
        with_tail: include the element's tail text.

    Example:
        >>> from lxml import etree
        >>> xml_text(etree.fromstring("<a><p>Water is H<sub>2</sub>O.</p><p>Next.</p></a>"))
        'Water is H2O. Next.'
        >>> xml_text(etree.fromstring("<a>targeting<i>SMARCB1</i>for</a>"), space_inline=True)
        'targeting SMARCB1 for'
    """
    text = _render(element, space_inline=space_inline, top=True)
    if with_tail and element.tail:
        text += element.tail
    return clean_text(text)


def _render(element: etree._Element, *, space_inline: bool, top: bool = False) -> str:
    name = local_name(element)
    if name == "math":
        return _math_text(element)
    if name in SKIP_TAGS:
        return ""
    if name == "tex-math":
        return f"${(element.text or '').strip()}$"
    out: list[str] = [element.text or ""]
    first_block = True
    for child in element:
        if not isinstance(child.tag, str):  # comments and processing instructions
            out.append(child.tail or "")
            continue
        cname = local_name(child)
        inner = _render(child, space_inline=space_inline)
        if cname == "title" and name in {"sec", "abstract"} | ({"root"} if top else set()):
            heading = clean_text(inner)
            if first_block and heading.lower().rstrip(".:") in _ABSTRACT_HEADINGS and _is_first_content(out):
                inner = " "
            elif heading:
                inner = " " + heading + ("" if heading[-1] in ":.?!" else ":") + " "
        elif cname in BLOCK_TAGS:
            inner = " " + inner + " "
            first_block = False
        elif space_inline and cname not in GLUE_TAGS and inner:
            before = "".join(out)
            if before and before[-1].isalnum() and inner[0].isalnum():
                inner = " " + inner
            tail = child.tail or ""
            if tail and tail[0].isalnum() and inner[-1].isalnum():
                inner = inner + " "
        out.append(inner)
        out.append(child.tail or "")
    return "".join(out)


def _is_first_content(parts: list[str]) -> bool:
    return not "".join(parts).strip()


def _math_text(element: etree._Element) -> str:
    """The characters a MathML formula shows, without layout whitespace."""
    name = local_name(element)
    if name in SKIP_TAGS:
        return ""
    children = [c for c in element if isinstance(c.tag, str)]
    if name in {"mover", "munder"} and len(children) == 2:
        base, accent = _math_text(children[0]), _math_text(children[1]).strip()
        if accent in _MATH_ACCENTS:
            return base + _MATH_ACCENTS[accent]
        return base + accent
    if name == "semantics" and children:
        return _math_text(children[0])
    if not children:
        text = element.text or ""
        return text.strip() or (" " if name == "mtext" and text else "")
    return "".join(_math_text(c) for c in children)


def parse_fragment(fragment: str) -> etree._Element | None:
    """Parse a markup fragment (JATS, HTML-ish) leniently; None when nothing usable comes out.

    Undeclared ``jats:``/``mml:`` prefixes are declared on a wrapper element, HTML
    named entities are turned into character references, and the parser recovers
    from broken tags.
    """
    body = _NAMED_ENTITY.sub(_entity_to_ref, fragment)
    decls = " ".join(f'xmlns:{p}="{uri}"' for p, uri in _FRAGMENT_NAMESPACES.items())
    data = f"<root {decls}>{body}</root>".encode("utf-8")
    try:
        return etree.fromstring(data, safe_parser(recover=False))
    except etree.XMLSyntaxError:
        pass
    try:
        root = etree.fromstring(data, safe_parser(recover=True))
    except etree.XMLSyntaxError:
        return None
    return root


def _entity_to_ref(match: re.Match) -> str:
    name = match.group(1)
    if name in _XML_ENTITIES:
        return match.group(0)
    codepoint = html.entities.name2codepoint.get(name)
    return f"&#{codepoint};" if codepoint else "&amp;" + name + ";"


def markup_to_text(fragment: str | None, *, space_inline: bool = False) -> str:
    """Plain text of a JATS/HTML fragment; text without tags is only cleaned.

    >>> markup_to_text("<jats:title>Abstract</jats:title><jats:p>We study <jats:italic>E. coli</jats:italic>.</jats:p>")
    'We study E. coli.'
    >>> markup_to_text("<jats:sec><jats:title>Objective</jats:title><jats:p>To test.</jats:p></jats:sec>")
    'Objective: To test.'
    >>> markup_to_text("5 &lt; 6 and no tags")
    '5 < 6 and no tags'
    """
    if not fragment:
        return ""
    if not _TAGLIKE.search(fragment):
        return clean_text(fragment)
    root = parse_fragment(fragment)
    if root is None:
        return clean_text(fragment, strip_tags=True)
    return xml_text(root, space_inline=space_inline)


# A publisher's copyright notice at the end of an abstract: "© 2016 Elsevier Ltd",
# "(C) 2003 Elsevier Inc. All rights reserved.", "Copyright: © 2022 ...", "© The Author(s) 2025.".
_COPYRIGHT = re.compile(
    r"(?:(?<=[.!?;:\"'”’)\]])|^)\s*"
    r"(?:Copyright\b\s*:?\s*(?:©|\([cC]\))?\s*(?:\d{4}|[Tt]he\s+[Aa]uthor)|©|\([cC]\)\s*(?=\d{4}|[Tt]he\s+[Aa]uthor))"
)
_ABSTRACT_HEADING = re.compile(r"^(?:(?i:abstract|summary)\s*[:.\-–—]?\s+(?=[A-Z])|Summary form only given\b[^.]*\.\s*)")
#: A bilingual abstract as Lens and MAG-derived sources store it: each version opens with its
#: language's name glued to its first word ("espanolEste articulo ... EnglishThis document ...").
#: (Case-blind for the tag only: the next letter must be a capital, not "Portuguese-speaking", "Deutsche Telekom".)
_LANGUAGE_TAG = re.compile(r"^(?i:espanol|español|portugues|português|francais|français|deutsch|italiano|english)(?=[A-Z])")
_ENGLISH_TAG = re.compile(r"(?<=[\s.])English(?=[A-Z])")


def strip_abstract_heading(text: str) -> str:
    """``text`` without a leading "Abstract"/"Summary" heading glued to it by an exporter.

    IEEE's "Summary form only given." placeholder goes too, and of a language-tagged
    bilingual abstract only the English version is kept.

    >>> strip_abstract_heading("Abstract This article maps the literature.")
    'This article maps the literature.'
    >>> strip_abstract_heading("Abstract reasoning is hard.")
    'Abstract reasoning is hard.'
    >>> strip_abstract_heading("Summary form only given. Compute performance grew.")
    'Compute performance grew.'
    >>> strip_abstract_heading("espanolEste articulo mapea. EnglishThis document maps.")
    'This document maps.'
    """
    if not text:
        return text
    if _LANGUAGE_TAG.match(text):
        english = _ENGLISH_TAG.search(text)
        text = text[english.end():] if english else text[_LANGUAGE_TAG.match(text).end():]
    return _ABSTRACT_HEADING.sub("", text)


def strip_copyright(text: str) -> str:
    """``text`` without a trailing copyright notice (and whatever licence text follows it).

    Only a notice that starts a sentence counts, and "(C)" or "Copyright" must be
    followed by a year or "The Author", so "(c) we show" in an enumeration stays.

    >>> strip_copyright("We analyze trees. © 2016 Elsevier Ltd")
    'We analyze trees.'
    >>> strip_copyright("More data. (C) 2003 Elsevier Inc. All rights reserved.")
    'More data.'
    >>> strip_copyright("Cases (a), (b) and (c) 2003 were studied.")
    'Cases (a), (b) and (c) 2003 were studied.'
    >>> strip_copyright("A Petri net model. Copyright: © 2022 Amstein et al. This is open access.")
    'A Petri net model.'
    >>> strip_copyright("No notice here.")
    'No notice here.'
    """
    if not text or not ("©" in text or "(C)" in text or "(c)" in text or "Copyright" in text):
        return text
    for match in _COPYRIGHT.finditer(text):
        head = text[:match.start()].rstrip()
        if head:
            return head
    return text.strip()
