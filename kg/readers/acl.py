"""ACL Anthology XML (``acl-anthology``): the collection files the Anthology's BibTeX is built from.

Spec: https://github.com/acl-org/acl-anthology/blob/master/data/xml/schema.rnc.
A file is one ``<collection id="2022.acl">`` of ``<volume id="long">`` elements,
each with a ``<meta>`` (booktitle, year, month) and ``<paper id="1">`` children;
``<frontmatter>`` is not a paper. The paper id joins the three
(``2022.acl-long.1``; old-style collections give ``P18-1001``), and is kept as the
``acl`` identifier with the landing page ``https://aclanthology.org/<id>``.

``<fixed-case>`` (protected capitals) is removed keeping its text,
``<tex-math>`` is kept as ``$...$``, and curly quotes stay as written. The file is
streamed (``iterparse``, no network, no DTD); ``line`` is the line of the
``<paper>``. A truncated file yields its complete papers, then one [E152] error.

Lost: attachments, videos, awards, editors, PDF hashes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from lxml import etree

from kg.errors import Errors, RecordError
from kg.readers._common import clean_text, make_record
from kg.readers._markup import check_file, local_name, open_binary, strip_copyright, xml_text
from kg.records import PaperRecord
from kg.registry import readers

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def sniff_acl(head: str, path: Path) -> bool:
    """An XML ``<collection id=...>`` whose volumes hold ``<paper>``/``<meta>`` elements."""
    return head.lstrip().startswith("<") and bool(re.search(r"<collection\s+id=", head)) and bool(
        re.search(r"<volume[\s>]", head))


@readers.register("acl-anthology", extensions=(".xml",), sniff=sniff_acl, priority=10,
                  description="ACL Anthology collection XML")
def read_acl(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Every ``<paper>`` of an ACL Anthology collection file, streamed."""
    path = Path(path)
    check_file(path)
    collection = ""
    volume = ""
    meta: dict[str, str] = {}
    count = 0
    with open_binary(path) as stream:
        events = etree.iterparse(stream, events=("start", "end"), no_network=True, resolve_entities=False,
                                 load_dtd=False, remove_comments=True, remove_pis=True)
        try:
            first = True
            for event, element in events:
                name = local_name(element)
                if first:
                    first = False
                    if name != "collection":
                        yield RecordError(Errors.E153.format(path=path, root=name, expected="<collection>",
                                                             fmt="ACL Anthology XML"), path=str(path))
                        return
                    collection = element.get("id", "")
                if event == "start":
                    if name == "volume":
                        volume, meta = element.get("id", ""), {}
                    continue
                if name == "meta":
                    meta = {local_name(c): clean_text("".join(c.itertext())) for c in element}
                elif name == "paper":
                    count += 1
                    yield paper_to_record(element, collection=collection, volume=volume, meta=meta, source=path)
                    element.clear(keep_tail=True)
        except etree.XMLSyntaxError as err:
            line = err.lineno or None
            yield RecordError(Errors.E152.format(path=path, line=line, count=count, detail=err.msg), path=str(path),
                              line=line)


def anthology_id(collection: str, volume: str, paper: str) -> str:
    """The Anthology id of a paper.

    >>> anthology_id("2022.acl", "long", "1")
    '2022.acl-long.1'
    >>> anthology_id("P18", "1", "1")
    'P18-1001'
    >>> anthology_id("W16", "55", "2")
    'W16-5502'
    """
    if re.match(r"\d{4}\.", collection):
        return f"{collection}-{volume}.{paper}"
    try:  # old-style ids have four digits: volume, then the paper number padded to fill them
        return f"{collection}-{volume}{int(paper):0{max(1, 4 - len(volume))}d}"
    except ValueError:
        return f"{collection}-{volume}{paper}"


def paper_to_record(paper: etree._Element, *, collection: str, volume: str, meta: dict[str, str],
                    source: Path | str) -> PaperRecord | RecordError:
    """One ``<paper>`` element as a record."""
    url = clean_text(paper.findtext("url") or "")
    pid = url if url and not url.startswith("http") else anthology_id(collection, volume, paper.get("id", ""))
    title_el = paper.find("title")
    abstract_el = paper.find("abstract")
    authors = []
    for author in paper.iterfind("author"):
        first = clean_text("".join(author.find("first").itertext())) if author.find("first") is not None else ""
        last = clean_text("".join(author.find("last").itertext())) if author.find("last") is not None else ""
        authors.append(" ".join(p for p in (first, last) if p))
    year = clean_text(paper.findtext("year") or meta.get("year", ""))
    month = clean_text(paper.findtext("month") or meta.get("month", "")).lower()
    date = None
    if re.fullmatch(r"\d{4}", year):
        number = int(month) if month.isdigit() else _MONTHS.get(month[:3])
        date = f"{year}-{number:02d}" if number and 1 <= number <= 12 else year
    return make_record(
        title=xml_text(title_el) if title_el is not None else "",
        abstract=strip_copyright(xml_text(abstract_el)) if abstract_el is not None else "",
        source=source,
        line=paper.sourceline,
        format="acl-anthology",
        authors=[a for a in authors if a],
        date=date,
        doi=clean_text(paper.findtext("doi") or "") or None,
        url=f"https://aclanthology.org/{pid}",
        venue=meta.get("booktitle") or None,
        extra=[("acl", pid), ("bibkey", clean_text(paper.findtext("bibkey") or ""))],
        clean=False,
    )
