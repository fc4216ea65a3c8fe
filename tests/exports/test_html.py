"""Interactive HTML export, checked in a real browser: Debian's chromium, headless, network blocked."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from exports.html import script_json, select_nodes, to_html, write_html
from kg.errors import ExportError

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="needs Debian chromium at /usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
               "--disable-extensions", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


class Page:
    """A page opened offline: every request that is not file: or data: is aborted and recorded."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.console, self.blocked, self.dialogs = [], [], []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.paperkg && window.paperkg.ready === true", timeout=30_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def eval(self, js: str):
        return self.page.evaluate(js)

    def errors(self):
        return [m for m in self.console if m[0] in ("error", "pageerror", "warning")]


@pytest.fixture
def open_page(browser):
    pages = []

    def _open(path: Path) -> Page:
        page = Page(browser, path)
        pages.append(page)
        return page

    yield _open
    for page in pages:
        page.page.close()


def test_html_draws_every_node_offline_without_errors(graph, tmp_path, open_page):
    page = open_page(write_html(graph, tmp_path)[0])
    assert page.errors() == [] and page.blocked == []
    assert page.eval("paperkg.nodes.length") == graph.g.number_of_nodes()
    assert page.eval("paperkg.network.body.nodeIndices.length") == graph.g.number_of_nodes()
    assert page.eval("paperkg.network.body.edgeIndices.length") == graph.g.number_of_edges()
    shot = tmp_path / "graph.png"
    page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_html_search_finds_a_node_by_alias(graph, tmp_path, open_page):
    page = open_page(write_html(graph, tmp_path)[0])
    page.page.fill("#kg-search", "Low-Rank Adaptation")
    page.page.press("#kg-search", "Enter")
    assert page.eval("paperkg.network.getSelectedNodes()") == ["method/lora"]
    assert page.page.inner_text("#kg-search-status") == "2 matches"  # the alias exactly (selected), a paper title
    page.page.fill("#kg-search", "no such thing")
    page.page.press("#kg-search", "Enter")
    assert page.page.inner_text("#kg-search-status") == "no match"


def test_html_filters_by_type_and_minimum_support(graph, tmp_path, open_page):
    page = open_page(write_html(graph, tmp_path)[0])
    papers = len(list(graph.papers()))
    page.page.uncheck("input.kg-type[value='Paper']")
    assert page.eval("paperkg.network.body.nodeIndices.length") == graph.g.number_of_nodes() - papers
    page.page.check("input.kg-type[value='Paper']")
    assert page.eval("paperkg.network.body.nodeIndices.length") == graph.g.number_of_nodes()
    page.page.fill("#kg-min-support", "2")
    assert page.eval("paperkg.network.body.edgeIndices.length") == 0  # every edge of the fixture has support 1
    legend = page.page.inner_text("#kg-legend")
    for node_type, count in graph.counts()["nodes"].items():
        assert f"{node_type} ({count})" in legend


def _hover(page: Page, node_id: str) -> str:
    page.eval(f"paperkg.network.moveTo({{position: paperkg.network.getPosition({node_id!r}), scale: 1.0}})")
    xy = page.eval(f"paperkg.network.canvasToDOM(paperkg.network.getPosition({node_id!r}))")
    box = page.page.locator("#kg-network").bounding_box()
    page.page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    tooltip = page.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    return tooltip.inner_text()


def test_html_tooltip_shows_evidence_sentence_and_paper_titles(graph, tmp_path, open_page):
    page = open_page(write_html(graph, tmp_path)[0])
    text = _hover(page, "method/lora")
    assert "We propose Low-Rank Adaptation, or LoRA" in text
    assert "LoRA: Low-Rank Adaptation of Large Language Models" in text
    assert "Also: Low-Rank Adaptation, low-rank adaptation" in text


def test_html_hostile_text_shows_as_text_and_runs_nothing(hostile_graph, tmp_path, open_page):
    page = open_page(write_html(hostile_graph, tmp_path)[0])
    assert page.dialogs == [] and page.errors() == [] and page.blocked == []
    assert page.eval("document.querySelectorAll('img').length") == 0
    assert page.eval("document.querySelectorAll('script').length") == 3  # vis-network, data, app
    labels = page.eval("paperkg.nodes.get().map(n => n.label)")
    for node_id, data in hostile_graph.sorted_nodes():
        assert (data["label"] or node_id) in labels
    text = _hover(page, "paper/title:hostile01")
    assert "<img src=x onerror=alert(1)>" in text
    assert page.eval("document.querySelectorAll('div.vis-tooltip img').length") == 0
    text = _hover(page, "method/hostile-0")
    assert "</script><script>alert(1)</script>" in text
    page.page.fill("#kg-search", '"}) DETACH')
    page.page.press("#kg-search", "Enter")
    assert page.eval("paperkg.network.getSelectedNodes()") == ["method/hostile-2"]
    assert page.dialogs == []


def test_html_focus_view_in_browser(graph, tmp_path, open_page):
    path = write_html(graph, tmp_path, focus="LoRA", depth=1)[0]
    page = open_page(path)
    expected = select_nodes(graph, focus="LoRA", depth=1)
    assert sorted(page.eval("paperkg.nodes.getIds()")) == expected
    assert page.eval("paperkg.network.body.nodeIndices.length") == len(expected)
    assert "of 10 nodes; focus 'LoRA', depth 1" in page.page.inner_text("#kg-summary")


def test_html_select_nodes_focus_depth_and_max_nodes(graph):
    assert select_nodes(graph, focus="LoRA", depth=1) == ["method/blip", "method/lora", "paper/arxiv:2106.09685"]
    assert select_nodes(graph, focus="method/lora", depth=0) == ["method/lora"]
    two = select_nodes(graph, focus="low-rank adaptation", depth=2)
    assert "method/blip-2" in two and len(two) > 3
    assert len(select_nodes(graph, focus="LoRA", depth=3, max_nodes=4)) == 4
    top = select_nodes(graph, max_nodes=1)
    assert top == ["method/blip-2"]  # the best-connected node


@pytest.mark.parametrize(("options", "code"), [({"focus": "no such method"}, "E404"), ({"depth": -1}, "E405"),
                                                ({"max_nodes": 0}, "E405")])
def test_html_bad_focus_options_raise(graph, options, code):
    with pytest.raises(ExportError, match=rf"\[{code}\]"):
        to_html(graph, **options)


def test_html_has_no_external_references(hostile_graph):
    page = to_html(hostile_graph)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    for needle in ("bootstrap.min", "cdnjs.", "cdn.jsdelivr", "unpkg.com", "@import"):
        assert needle not in page
    assert "<img src=x" not in page and "</script><script>alert" not in page


def test_html_script_json_cannot_close_the_script():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text


def test_html_write_is_deterministic(graph, tmp_path):
    a = write_html(graph, tmp_path / "a")[0].read_bytes()
    b = write_html(graph, tmp_path / "b")[0].read_bytes()
    assert a == b and a.endswith(b"\n")


def _page_node_ids(path: Path) -> list[str]:
    import json

    from lxml import html as lxml_html

    data = json.loads(lxml_html.parse(str(path)).getroot().get_element_by_id("kg-data").text)
    return sorted(n["id"] for n in data["nodes"])


def test_cli_export_html_focus_depth_max_nodes(graph, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    build = tmp_path / "build"
    build.mkdir()
    graph.save(build / "graph.json")
    result = CliRunner().invoke(app, ["export", str(build), "--to", "html", "-o", str(tmp_path / "h"),
                                      "--focus", "LoRA", "--depth", "1"])
    assert result.exit_code == 0, result.output
    assert _page_node_ids(tmp_path / "h" / "graph.html") == ["method/blip", "method/lora", "paper/arxiv:2106.09685"]
    result = CliRunner().invoke(app, ["export", str(build), "--to", "html", "-o", str(tmp_path / "m"), "--max-nodes", "2"])
    assert result.exit_code == 0 and len(_page_node_ids(tmp_path / "m" / "graph.html")) == 2
    result = CliRunner().invoke(app, ["export", str(build), "--to", "html", "-o", str(tmp_path / "x"), "--focus", "nope"])
    assert result.exit_code == 1 and "[E404]" in result.stderr
