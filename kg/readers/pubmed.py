"""PubMed records: efetch XML (``pubmed``) and MEDLINE/nbib text (``medline``).

Two readers in one module because they read the same records in NLM's two
layouts; they are registered separately so that ``--format`` names exactly one
layout and each sniffer stays simple.

``pubmed`` reads ``PubmedArticleSet`` XML (https://www.nlm.nih.gov/bsd/licensee/elements_descriptions.html)
as a stream (``iterparse``, each article cleared once read), so baseline files of
any size fit in memory. The parser never resolves the ``<!DOCTYPE>``'s remote DTD:
no network, no DTD, no entity expansion (character references such as ``&#xe0;``
are still decoded). Structured abstracts keep their labels as readable text
("OBJECTIVE: ... DESIGN: ..."); inline ``<i>``/``<sup>``/``<sub>`` are dropped
without a gap (``r<sup>2</sup>`` -> ``r2``) and MathML becomes the characters it
shows. ``CopyrightInformation`` is not part of the abstract. ``line`` is the line
where the ``<PubmedArticle>`` starts. A truncated file yields its complete
articles, then one [E152] error.

``medline`` reads the text export (``TAG - value``, 6-space continuation lines,
records separated by blank lines; https://www.nlm.nih.gov/bsd/mms/medlineelements.html).
``line`` is the line of the record's ``PMID-``.

Lost: MeSH terms, chemicals, grants, references, affiliations.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from lxml import etree

from kg.errors import Errors, RecordError
from kg.readers._common import clean_text, first_last, make_record, open_text
from kg.readers._markup import Tagged, check_file, local_name, open_binary, strip_copyright, xml_text
from kg.records import PaperRecord
from kg.registry import readers

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_ARTICLE_TAGS = {"PubmedArticle", "PubmedBookArticle"}
_ROOT_TAGS = {"PubmedArticleSet", "PubmedArticle", "PubmedBookArticleSet", "PubmedBookArticle"}


# ---------------------------------------------------------------------------------------------
# efetch XML


def sniff_pubmed(head: str, path: Path) -> bool:
    """An XML file whose document element is ``PubmedArticleSet`` (or a single article)."""
    root = re.search(r"<(?:!DOCTYPE\s+)?Pubmed(?:Book)?Article(?:Set)?[\s>]", head)
    return head.lstrip().startswith("<") and bool(root)


@readers.register("pubmed", extensions=(".xml",), sniff=sniff_pubmed, priority=10,
                  description="PubMed efetch XML (PubmedArticleSet)")
def read_pubmed(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Every ``PubmedArticle`` (and ``PubmedBookArticle``) in an efetch XML file, streamed."""
    path = Path(path)
    check_file(path)
    count = 0
    with open_binary(path) as stream:
        events = etree.iterparse(stream, events=("start", "end"), no_network=True, resolve_entities=False,
                                 load_dtd=False, remove_comments=True, remove_pis=True, huge_tree=True)
        try:
            seen_root = False
            for event, element in events:
                if not seen_root:
                    seen_root = True
                    if local_name(element) not in _ROOT_TAGS:
                        yield RecordError(Errors.E153.format(path=path, root=local_name(element),
                                                             expected="<PubmedArticleSet>", fmt="PubMed efetch XML"),
                                          path=str(path))
                        return
                if event != "end" or element.tag not in _ARTICLE_TAGS:  # PubMed XML has no namespace
                    continue
                count += 1
                yield article_to_record(element, source=path)
                element.clear(keep_tail=True)
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]
        except etree.XMLSyntaxError as err:
            line = err.lineno or None
            yield RecordError(Errors.E152.format(path=path, line=line, count=count, detail=err.msg), path=str(path),
                              line=line)


def article_to_record(article: etree._Element, *, source: Path | str) -> PaperRecord | RecordError:
    """One ``PubmedArticle`` element as a record."""
    line = article.sourceline
    book = local_name(article) == "PubmedBookArticle"
    citation = article.find("BookDocument" if book else "MedlineCitation")
    if citation is None:
        return RecordError(Errors.E154.format(path=source, line=line, fmt="PubMed", field="<MedlineCitation>"),
                           path=str(source), line=line)
    pmid = _text(citation.find("PMID"))
    art = citation if book else citation.find("Article")
    if art is None:
        return RecordError(Errors.E154.format(path=source, line=line, fmt="PubMed", field="<Article>"),
                           path=str(source), line=line)
    title_el = art.find("ArticleTitle")
    if title_el is None and book:
        title_el = art.find("Book/BookTitle")
    title = _unbracket(xml_text(title_el)) if title_el is not None else ""
    abstract = _abstract(art.find("Abstract"))
    authors = [_author(a) for a in art.iterfind("AuthorList/Author")]
    doi = None
    for eloc in art.iterfind("ELocationID"):
        if eloc.get("EIdType") == "doi":
            doi = _text(eloc)
    pmc = None
    for aid in article.iterfind("PubmedData/ArticleIdList/ArticleId"):
        kind = aid.get("IdType")
        if kind == "doi" and not doi:
            doi = _text(aid)
        elif kind == "pmc":
            pmc = _text(aid)
    journal = art.find("Journal")
    venue = _text(journal.find("Title")) if journal is not None else _text(art.find("Book/Publisher/PublisherName"))
    date = _pub_date(art)
    return make_record(
        title=title,
        abstract=abstract,
        source=source,
        line=line,
        format="pubmed",
        authors=[a for a in authors if a],
        date=date,
        doi=doi,
        url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None,
        venue=venue,
        extra=[("pmid", pmid or ""), ("pmc", pmc or "")],
        clean=False,
    )


def _text(element: etree._Element | None) -> str:
    return clean_text("".join(element.itertext())) if element is not None else ""


def _unbracket(title: str) -> str:
    # Translated titles are bracketed: "[Title in English]."
    match = re.fullmatch(r"\[(.+)\]\.?", title)
    return match.group(1) if match else title


def _abstract(abstract: etree._Element | None) -> str:
    if abstract is None:
        return ""
    parts = []
    for piece in abstract.iterfind("AbstractText"):
        text = xml_text(piece)
        label = clean_text(piece.get("Label") or "")
        if label and text:
            text = f"{label}: {text}"
        if text:
            parts.append(text)
    return strip_copyright(" ".join(parts))


def _author(author: etree._Element) -> str:
    collective = _text(author.find("CollectiveName"))
    if collective:
        return collective
    fore = _text(author.find("ForeName")) or _text(author.find("Initials"))
    return " ".join(p for p in (fore, _text(author.find("LastName")), _text(author.find("Suffix"))) if p)


def _month(value: str) -> int | None:
    value = value.strip().lower()
    if value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    return _MONTHS.get(value[:3])


def _iso(year: str, month: str = "", day: str = "") -> str | None:
    if not re.fullmatch(r"\d{4}", year or ""):
        return None
    mon = _month(month) if month else None
    if mon is None:
        return year
    if day.isdigit() and 1 <= int(day) <= 31:
        return f"{year}-{mon:02d}-{int(day):02d}"
    return f"{year}-{mon:02d}"


def _pub_date(art: etree._Element) -> str | None:
    pub = art.find("Journal/JournalIssue/PubDate")
    if pub is None:
        pub = art.find("Book/PubDate")
    if pub is not None:
        year = _text(pub.find("Year"))
        if year:
            return _iso(year, _text(pub.find("Month")), _text(pub.find("Day")))
        medline = _text(pub.find("MedlineDate"))  # "2001 Jun-Jul", "1998 Dec-1999 Jan"
        match = re.match(r"(\d{4})(?:\s+([A-Za-z]{3}))?", medline)
        if match:
            return _iso(match.group(1), match.group(2) or "")
    electronic = art.find("ArticleDate")
    if electronic is not None:
        return _iso(_text(electronic.find("Year")), _text(electronic.find("Month")), _text(electronic.find("Day")))
    return None


# ---------------------------------------------------------------------------------------------
# MEDLINE / nbib text

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]{1,3})\s*-(?: (.*)|$)")
_PMID_LINE = re.compile(r"^PMID- ?\d+", re.MULTILINE)


def sniff_medline(head: str, path: Path) -> bool:
    """MEDLINE text: a ``PMID- <digits>`` line among ``TAG - value`` lines."""
    return bool(_PMID_LINE.search(head)) and bool(re.search(r"^(?:TI|AB|FAU|AU)\s*- ", head, re.MULTILINE))


@readers.register("medline", extensions=(".nbib", ".medline"), sniff=sniff_medline, priority=10,
                  description="PubMed MEDLINE/nbib text export")
def read_medline(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Every record of a MEDLINE text file; ``line`` is the line of its ``PMID-``."""
    path = Path(path)
    text, _ = open_text(path)
    for start, fields, error in parse_medline(text, path=path):
        if error is not None:
            yield error
            continue
        yield medline_to_record(fields, source=path, line=start)


def parse_medline(text: str, *, path: Path | str = "<string>") -> Iterator[Tagged]:
    """``(start_line, [(tag, value), ...], error)`` per record of MEDLINE text.

    Continuation lines (indented) are joined to the field before them with a space.

    >>> [(n, f[:2]) for n, f, _ in parse_medline("\\nPMID- 1\\nTI  - A long\\n      title.\\n")]
    [(2, [('PMID', '1'), ('TI', 'A long title.')])]
    """
    fields: list[tuple[str, str]] = []
    start = 0
    bad: RecordError | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            if fields or bad:
                yield start, fields, bad
            fields, bad = [], None
            continue
        match = _TAG_LINE.match(line)
        if match:
            if not fields and not bad:
                start = number
            fields.append((match.group(1), (match.group(2) or "").strip()))
        elif line.startswith(" ") and fields:
            tag, value = fields[-1]
            fields[-1] = (tag, f"{value} {line.strip()}".strip())
        elif bad is None:
            start = start or number
            bad = RecordError(Errors.E156.format(path=path, line=number, fmt="MEDLINE", got=line[:60],
                                                 expected="'TAG - value' or a 6-space continuation"),
                              path=str(path), line=number)
    if fields or bad:
        yield start, fields, bad


def medline_to_record(fields: list[tuple[str, str]], *, source: Path | str, line: int) -> PaperRecord | RecordError:
    """One MEDLINE record (its ``(tag, value)`` pairs) as a record."""
    tags: dict[str, list[str]] = {}
    for tag, value in fields:
        tags.setdefault(tag, []).append(value)
    pmid = (tags.get("PMID") or [""])[0]
    if not pmid:
        return RecordError(Errors.E154.format(path=source, line=line, fmt="MEDLINE", field="PMID"),
                           path=str(source), line=line)
    doi = None
    for value in tags.get("AID", []) + tags.get("LID", []):
        if value.endswith("[doi]"):
            doi = value[: -len("[doi]")].strip()
            break
    pmc = (tags.get("PMC") or [""])[0]
    authors = tags.get("FAU") or tags.get("AU") or []
    date = _medline_date((tags.get("DP") or [""])[0])
    return make_record(
        title=_unbracket(clean_text(" ".join(tags.get("TI", [])))),
        abstract=strip_copyright(clean_text(" ".join(tags.get("AB", [])))),
        source=source,
        line=line,
        format="medline",
        authors=[first_last(a) for a in authors],  # FAU "Casbon, James A"; AU "Casbon JA"
        date=date,
        doi=doi,
        url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/",
        venue=(tags.get("JT") or tags.get("TA") or [None])[0],
        extra=[("pmid", pmid), ("pmc", pmc)],
        clean=False,
    )


def _medline_date(value: str) -> str | None:
    match = re.match(r"(\d{4})(?:\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2}))?)?", value)
    if not match:
        return None
    return _iso(match.group(1), match.group(2) or "", match.group(3) or "")
