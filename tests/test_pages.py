"""The graph pages: what kg build writes, and what a person sees in Chromium with the network off."""
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import browser
from conftest import DATA
from kg.cli import main
from kg.network import to_networkx
from kg.pages import PHYSICS_LIMIT, corpus_page, page_name, write_pages
from kg.store import GraphStore

HOSTILE = DATA / "hostile.ttl"


@pytest.fixture(scope="module")
def dev_pages(dev_store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pages")
    write_pages(GraphStore.open(dev_store), out)
    return out


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    write_pages(GraphStore.from_files([HOSTILE]), out)
    return out


@pytest.fixture(scope="module")
def chrome():
    why = browser.missing()
    if why:
        pytest.fail(why)
    with browser.chromium() as driver:
        yield driver


class _Links(HTMLParser):
    """Every address a page would load or link: src, href, and url() in styles."""

    def __init__(self):
        super().__init__()
        self.addresses: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        self.in_style = tag == "style"
        self.addresses += [v for k, v in attrs if k in ("src", "href", "action", "data", "poster") and v]

    def handle_data(self, data):
        if self.in_style:
            self.addresses += re.findall(r"url\(\s*['\"]?([^'\")]+)", data)


def external(page: Path) -> list[str]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return [a for a in parser.addresses if re.match(r"^(https?:)?//", a) or not re.match(r"^(data:|[\w./#-]+$)", a)]


def test_build_writes_an_index_a_corpus_page_and_a_page_per_film(dev_pages, dev_corpus):
    films = {stem for stem, _, _ in dev_corpus}
    assert {p.name for p in (dev_pages / "films").iterdir()} == {page_name(f) for f in films}
    index = (dev_pages / "index.html").read_text(encoding="utf-8")
    for film in films:
        assert f'href="films/{page_name(film)}"' in index
    assert 'href="corpus.html"' in index and (dev_pages / "corpus.html").is_file()


def test_pages_link_nothing_outside_and_stay_small(dev_pages):
    for page in [dev_pages / "index.html", dev_pages / "corpus.html", *(dev_pages / "films").iterdir()]:
        assert external(page) == [], page
        assert page.stat().st_size < 1_500_000
        assert "cdn" not in page.read_text(encoding="utf-8").lower().split("</style>")[-1].split("<script>")[0]


def test_pages_are_byte_identical_from_run_to_run(dev_store, dev_pages, tmp_path):
    write_pages(GraphStore.open(dev_store), tmp_path)
    for page in [Path("index.html"), Path("corpus.html"), *(Path("films") / p.name for p in (dev_pages / "films").iterdir())]:
        assert (tmp_path / page).read_bytes() == (dev_pages / page).read_bytes(), page


def test_hostile_strings_are_never_markup_in_the_html(hostile_pages):
    for page in hostile_pages.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for raw in ("<img src=x", "<svg onload", "<script>window", "<i onmouseover", "<b>bold"):
            assert raw not in text, (page, raw)


def test_a_large_graph_gets_a_fixed_layout_without_physics(tmp_path):
    from rdflib import Graph

    lines = ["@prefix kg: <https://w3id.org/prison-kg/ontology#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             "@prefix dcterms: <http://purl.org/dc/terms/> ."]
    for f in range(PHYSICS_LIMIT // 4 + 5):
        film = f"<https://w3id.org/prison-kg/film/f{f}>"
        lines.append(f'{film} a kg:Film ; dcterms:identifier "f{f}" .')
        for c in range(5):
            lines.append(f'<https://w3id.org/prison-kg/film/f{f}/character/c{c}> a kg:Character ; '
                         f'rdfs:label "Person {c}" ; kg:appearsIn {film} ; '
                         f'kg:framedBy <https://w3id.org/prison-kg/film/f{f}/character/c{(c + 1) % 5}> .')
    graph_file = tmp_path / "large.ttl"
    graph_file.write_text("\n".join(lines), encoding="utf-8")
    Graph().parse(graph_file)  # the fixture itself is valid Turtle
    graph = to_networkx(GraphStore.from_files([graph_file]))
    assert graph.number_of_nodes() > PHYSICS_LIMIT
    first, second = corpus_page(graph, {}), corpus_page(graph, {})
    assert first == second
    assert '"physics":{"enabled":false' in first.replace(" ", "")
    assert re.search(r'"x":-?\d+', first) and re.search(r'"y":-?\d+', first)


def test_kg_open_finds_pages_and_explains_what_is_missing(dev_pages, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda uri: opened.append(uri) or True)
    runner = CliRunner()
    result = runner.invoke(main, ["open", "dev03", "--out", str(dev_pages)])
    assert result.exit_code == 0 and opened == [(dev_pages / "films" / "dev03-en.html").resolve().as_uri()]
    result = runner.invoke(main, ["open", "--out", str(dev_pages), "--print"])
    assert result.output.strip() == str(dev_pages / "index.html")
    result = runner.invoke(main, ["open", "dev", "--out", str(dev_pages)])
    assert result.exit_code == 1 and "is the start of 14 films" in result.output
    result = runner.invoke(main, ["open", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "kg build" in result.output


# --- in the browser -----------------------------------------------------------------------------

def load(driver, page: Path) -> None:
    driver.get(page.resolve().as_uri())
    browser.wait_for_draw(driver)


def pointer_on(driver, node: str):
    """Mouse actions that move onto ``node``'s dot (the layout stopped and fitted first); add .click() to click."""
    from selenium.webdriver.common.action_chains import ActionChains

    x, y = driver.execute_script(
        "kgPage.network.stopSimulation(); kgPage.network.fit({animation: false});"
        "var p = kgPage.network.canvasToDOM(kgPage.network.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];", node)
    canvas = driver.find_element("id", "graph")
    return ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - canvas.size["width"] / 2), int(y - canvas.size["height"] / 2))


def drawn(driver) -> tuple[int, int]:
    return tuple(driver.execute_script(
        "var b = kgPage.network.body; return [b.nodeIndices.length, b.edgeIndices.length];"))


def test_a_film_page_draws_every_character_and_relation(chrome, dev_pages, dev_store):
    graph = to_networkx(GraphStore.open(dev_store))
    for film in ("dev01_en", "dev02_it"):
        nodes = [n for n, d in graph.nodes(data=True) if d["film"] == film]
        load(chrome, dev_pages / "films" / page_name(film))
        assert drawn(chrome) == (len(nodes), graph.subgraph(nodes).number_of_edges())
        heading = chrome.find_element("id", "heading").text
        assert heading == film


def test_hiding_a_relation_hides_its_edges(chrome, dev_pages):
    load(chrome, dev_pages / "corpus.html")
    nodes, edges = drawn(chrome)
    framed = chrome.execute_script("return kgPage.edges.get({filter: e => e.relation === 'framedBy'}).length")
    assert framed > 0
    box = chrome.find_element("css selector", "input[data-relation=framedBy]")
    box.click()
    time.sleep(0.2)
    assert drawn(chrome) == (nodes, edges - framed)
    assert chrome.execute_script("return kgPage.network.body.edgeIndices.every("
                                 "id => kgPage.edges.get(id).relation !== 'framedBy')")
    box.click()
    time.sleep(0.2)
    assert drawn(chrome) == (nodes, edges)


def test_the_legend_shows_every_role_and_relation_colour(chrome, dev_pages):
    load(chrome, dev_pages / "films" / page_name("dev01_en"))
    roles = [li.text for li in chrome.find_elements("css selector", "#roles li")]
    relations = [el.get_attribute("data-relation") for el in chrome.find_elements("css selector", "#relations input")]
    assert roles == ["warden", "guard", "informer", "inmate", "other", "prison"]
    assert relations == ["framedBy", "informerOf", "cellmateOf", "wardenOf"]


def test_search_by_alias_and_click_show_the_facts(chrome, dev_pages, dev_store):
    graph = to_networkx(GraphStore.open(dev_store))
    who = next(n for n, d in graph.nodes(data=True)
               if d["film"] == "dev01_en" and d["aliases"] and graph.degree(n) > 0)
    alias, label = graph.nodes[who]["aliases"][-1], graph.nodes[who]["label"]
    load(chrome, dev_pages / "films" / page_name("dev01_en"))
    search = chrome.find_element("id", "search")
    search.send_keys(alias)
    assert any(b.text.startswith(label) for b in chrome.find_elements("css selector", "#matches button"))
    search.send_keys("\n")
    details = chrome.find_element("id", "details")
    assert details.find_element("tag name", "h3").text == label
    assert len(details.find_elements("css selector", "li")) >= graph.degree(who)
    assert details.find_elements("tag name", "blockquote")
    # a real click on another character's dot shows that character's facts
    other = next(n for n in graph.nodes if graph.nodes[n]["film"] == "dev01_en" and n != who
                 and graph.nodes[n]["kind"] == "character")
    pointer_on(chrome, other).click().perform()
    time.sleep(0.3)
    assert chrome.find_element("css selector", "#details h3").text == graph.nodes[other]["label"]


def test_a_hostile_name_shows_as_text_and_runs_nothing(chrome, hostile_pages):
    page = next((hostile_pages / "films").iterdir())
    load(chrome, page)
    assert chrome.execute_script("return window.__xss") is None
    assert chrome.find_element("id", "heading").text == "<script>window.__xss='film'</script>"
    node = "https://w3id.org/prison-kg/film/x/character/a"
    chrome.execute_script("kgPage.choose(arguments[0])", node)
    details = chrome.find_element("id", "details").text
    assert "<img src=x onerror=" in details and "<i onmouseover=" in details and "</script><script>" in details
    pointer_on(chrome, node).perform()  # hover, so vis-network shows the node's tooltip
    time.sleep(0.8)
    tip = chrome.execute_script("var t = document.querySelector('div.vis-tooltip'); return t ? t.textContent : ''")
    assert "<img src=x" in tip
    assert chrome.execute_script("return document.querySelectorAll('#graph img, #details img, svg[onload]').length") == 0
    assert chrome.execute_script("return window.__xss") is None


def test_pages_load_nothing_from_the_network(chrome, dev_pages):
    for page in (dev_pages / "index.html", dev_pages / "corpus.html"):
        chrome.get(page.resolve().as_uri())
        time.sleep(0.3)
        loaded = chrome.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert [u for u in loaded if not u.startswith(("file:", "data:"))] == []
        errors = [e for e in chrome.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
