"""_markup: JATS/HTML/MathML fragments to text, copyright tails, abstract headings."""

from __future__ import annotations

import pytest
from lxml import etree

from kg.readers._markup import markup_to_text, strip_abstract_heading, strip_copyright, xml_text


@pytest.mark.parametrize("fragment,expected", [
    ("<jats:p>Plain.</jats:p>", "Plain."),
    ("<jats:title>Abstract</jats:title><jats:p>Body.</jats:p>", "Body."),  # the "Abstract" heading says nothing
    ("<jats:sec><jats:title>Methods</jats:title><jats:p>We did.</jats:p></jats:sec>"
     "<jats:sec><jats:title>Results:</jats:title><jats:p>It works.</jats:p></jats:sec>",
     "Methods: We did. Results: It works."),  # headings become labels, no doubled colon
    ("<jats:p>H<jats:sub>2</jats:sub>O and x<jats:sup>2</jats:sup></jats:p>", "H2O and x2"),  # glued
    ("<jats:p>A&nbsp;B &amp; C&hellip;</jats:p>", "A B & C…"),  # HTML entities in XML
    ("<jats:p>Broken <jats:italic>tag</jats:p>", "Broken tag"),  # recovered
    ("<p>No prefix</p><p>two</p>", "No prefix two"),
    ("x &lt; y without tags", "x < y without tags"),
    ("", ""),
])
def test_markup_to_text(fragment, expected):
    assert markup_to_text(fragment) == expected


@pytest.mark.parametrize("fragment,space_inline,expected", [
    ("targeting<jats:italic>SMARCB1</jats:italic>for", True, "targeting SMARCB1 for"),  # Crossref lost spaces
    ("targeting<jats:italic>SMARCB1</jats:italic>for", False, "targetingSMARCB1for"),
    ("CO<jats:sub>2</jats:sub>level", True, "CO2level"),  # sub/sup never get a space
    ("the <jats:italic>E. coli</jats:italic>, strain", True, "the E. coli, strain"),
])
def test_markup_space_inline(fragment, space_inline, expected):
    assert markup_to_text(fragment, space_inline=space_inline) == expected


def test_markup_mathml_to_characters():
    math = ('<a xmlns:mml="http://www.w3.org/1998/Math/MathML">uptake (<mml:math><mml:msub><mml:mrow>'
            "<mml:mover><mml:mi>V</mml:mi><mml:mo>.</mml:mo></mml:mover><mml:mi>O</mml:mi></mml:mrow>"
            "<mml:mrow><mml:mn>2</mml:mn><mml:mi>max</mml:mi></mml:mrow></mml:msub>"
            '<mml:annotation encoding="TeX">\\dot{V}O_2</mml:annotation></mml:math>) was</a>')
    assert xml_text(etree.fromstring(math)) == "uptake (V\u0307O2max) was"


@pytest.mark.parametrize("text,expected", [
    ("We analyze trees. © 2016 Elsevier Ltd", "We analyze trees."),
    ("Results hold. (C) 2003 Elsevier Inc. All rights reserved.", "Results hold."),
    ("Results hold. Copyright © 2020 IEEE.", "Results hold."),
    ("A model. Copyright: © 2022 Amstein et al. This is an open access article distributed under ...",
     "A model."),  # the licence text after the notice goes too
    ("Done. © The Author(s), under exclusive licence to Springer 2025.", "Done."),
    ("Done. © 2025", "Done."),
    ("We compare (a), (b) and (c) 2003 models.", "We compare (a), (b) and (c) 2003 models."),  # not a notice
    ("© 2020 Elsevier. The whole text is the notice.", "© 2020 Elsevier. The whole text is the notice."),
    ("The symbol © appears mid-sentence.", "The symbol © appears mid-sentence."),
])
def test_markup_strip_copyright(text, expected):
    assert strip_copyright(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Abstract This article maps X.", "This article maps X."),
    ("ABSTRACT: We study.", "We study."),
    ("Summary. We study.", "We study."),
    ("Abstract reasoning is studied.", "Abstract reasoning is studied."),  # a word, not a heading
    # a language tag glued to the first word of a bilingual abstract, not a word that begins with a language name
    ("espanolEste articulo mapea. EnglishThis document maps.", "This document maps."),
    ("Portuguese-speaking students learn slowly.", "Portuguese-speaking students learn slowly."),
    ("Deutsche Telekom runs networks.", "Deutsche Telekom runs networks."),
    ("Englishmen abroad. English speakers too.", "Englishmen abroad. English speakers too."),
])
def test_markup_strip_abstract_heading(text, expected):
    assert strip_abstract_heading(text) == expected
