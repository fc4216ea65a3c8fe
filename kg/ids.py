"""Stable ids and IRIs: derived from content only (no counters, no ``hash()``).

Paper ids come from the arXiv id, else the DOI, else the normalised title. IRIs
live under :data:`ID_BASE`; path segments are percent-encoded so that any id is a
valid IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

ID_BASE = "https://w3id.org/paperkg/id/"
VOCAB = "https://w3id.org/paperkg/vocab#"

_ARXIV_NEW = re.compile(r"(\d{4}\.\d{4,5})(?:v\d+)?$")
_ARXIV_OLD = re.compile(r"([a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$")
_DOI = re.compile(r"(10\.\d{4,9}/\S+)", re.IGNORECASE)


def normalize_arxiv_id(value: str | None) -> str | None:
    """arXiv id without version or URL prefix, or None.

    >>> normalize_arxiv_id("http://arxiv.org/abs/1201.4869v1")
    '1201.4869'
    >>> normalize_arxiv_id("cond-mat/0412498v1")
    'cond-mat/0412498'
    >>> normalize_arxiv_id("arXiv:2301.12597")
    '2301.12597'
    """
    if not value:
        return None
    value = value.strip()
    value = re.sub(r"^(?:https?://(?:export\.)?arxiv\.org/(?:abs|pdf)/|arxiv:)", "", value, flags=re.IGNORECASE)
    value = re.sub(r"\.pdf$", "", value)
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.search(value)
        if match:
            return match.group(1)
    return None


def normalize_doi(value: str | None) -> str | None:
    """Lower-cased DOI without resolver prefix, or None.

    >>> normalize_doi("https://doi.org/10.1016/S0048-9697(99)00312-5")
    '10.1016/s0048-9697(99)00312-5'
    """
    if not value:
        return None
    match = _DOI.search(value.strip())
    if not match:
        return None
    return match.group(1).rstrip(".,;").lower()


def normalize_title(title: str) -> str:
    """Title folded for identity: NFKC, case-folded, letters and digits only.

    >>> normalize_title("BLIP-2: Bootstrapping  Language-Image Pre-training")
    'blip 2 bootstrapping language image pre training'
    """
    text = unicodedata.normalize("NFKC", title).casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def short_hash(text: str, length: int = 16) -> str:
    """Hex SHA-1 prefix of ``text``: stable across runs, machines and Python versions.

    >>> short_hash("abc")
    'a9993e364706816a'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def paper_id(*, arxiv_id: str | None = None, doi: str | None = None, title: str = "") -> str:
    """The stable id of a paper.

    >>> paper_id(arxiv_id="2301.12597v3", doi="10.1/x")
    'arxiv:2301.12597'
    >>> paper_id(doi="10.48550/ARXIV.2301.12597")
    'doi:10.48550/arxiv.2301.12597'
    >>> paper_id(title="Attention Is All You Need")
    'title:37f63852cdfb0690'
    """
    arxiv = normalize_arxiv_id(arxiv_id)
    if arxiv:
        return f"arxiv:{arxiv}"
    norm_doi = normalize_doi(doi)
    if norm_doi:
        return f"doi:{norm_doi}"
    norm = normalize_title(title)
    if not norm:
        raise ValueError("a paper needs an arXiv id, a DOI or a title")
    return f"title:{short_hash(norm)}"


def iri(node_id: str) -> str:
    """The IRI of a graph node id (``paper/arxiv:2301.12597``, ``method/lora``).

    >>> iri("paper/doi:10.1/a b")
    'https://w3id.org/paperkg/id/paper/doi:10.1/a%20b'
    """
    return ID_BASE + quote(node_id, safe="/:@-._~")
