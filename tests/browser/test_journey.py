"""A reader's journey in real Chromium, and article markup that must never run."""

import pytest

from ..conftest import SEEDS, run_command

pytestmark = pytest.mark.django_db(transaction=True)

MARKUP = (
    'Mayor says <script>alert("x")</script> is fine\n\n'
    "The mayor wrote <img src=x onerror=alert(1)> in a statement about negotiations on Monday.\n\n"
    "“We will not be <b onmouseover=alert(2)>moved</b>,” Mayor Anna Kowalski said."
)


@pytest.fixture
def archive(tmp_path, live_server):
    (tmp_path / "markup.txt").write_text(MARKUP, encoding="utf-8")
    code, _, err = run_command("import_articles", str(SEEDS), str(tmp_path / "markup.txt"))
    assert code == 0, err
    return live_server.url


def test_search_facet_chip_paging_article_and_person(archive, browser_page):
    page = browser_page
    page.goto(f"{archive}/search/?q=negotiations")
    assert page.locator("ol.results > li").count() == 5
    assert page.locator("mark").first.inner_text().lower().startswith("negotiat")

    page.locator(".facet a", has_text="Jens Stoltenberg").first.click()
    page.wait_for_url("**person=jens-stoltenberg**")
    chip = page.locator(".chip")
    assert "Person mentioned: Jens Stoltenberg" in chip.inner_text()
    assert page.locator("ol.results > li").count() == 4

    chip.locator("a").click()
    page.wait_for_load_state()
    assert page.locator(".chip").count() == 0
    assert page.locator("ol.results > li").count() == 5

    page.goto(f"{archive}/search/")  # no words: browse everything
    page.locator(".kind-toggle").get_by_role("link", name="Quotes").click()
    page.wait_for_url("**kind=quotes**")
    page.locator(".facet a", has_text="Jens Stoltenberg").first.click()
    page.wait_for_url("**speaker=jens-stoltenberg**")
    speakers = page.locator("ol.results .meta a:first-child").all_inner_texts()
    assert speakers and set(speakers) == {"Jens Stoltenberg"}
    page.get_by_role("link", name="Next →").click()
    page.wait_for_url("**page=2**")
    assert "Page 2 of" in page.locator(".pagination").inner_text()

    page.locator("ol.results .meta a").nth(1).click()  # the quote's article
    page.wait_for_url("**/articles/**")
    assert page.locator("article h1").inner_text()
    page.get_by_role("link", name="Jens Stoltenberg").first.click()
    page.wait_for_url("**/people/jens-stoltenberg/")
    assert page.locator("h1").inner_text() == "Jens Stoltenberg"

    page.get_by_role("link", name="Search their quotes").click()
    page.wait_for_url("**kind=quotes**")
    assert "Speaker: Jens Stoltenberg" in page.locator(".chip").inner_text()
    assert page.dialogs == []


def test_article_markup_shows_as_text_and_never_runs(archive, browser_page):
    page = browser_page
    for path in ("/", "/articles/", "/search/?q=negotiations", "/search/?q=mayor", "/search/?kind=quotes&q=moved",
                 "/people/anna-kowalski/"):  # fmt: skip
        page.goto(archive + path)
        page.wait_for_load_state("load")
        assert page.locator("script").count() == 0  # our pages have none; any would be injected
        assert page.locator("img[src=x]").count() == 0
        assert page.locator("b[onmouseover]").count() == 0
    page.goto(f"{archive}/search/?q=mayor")
    assert "<img src=x onerror=alert(1)>" in page.locator("ol.results").inner_text()
    page.locator("ol.results a.article-title").first.click()
    page.wait_for_url("**/articles/**")
    assert '<script>alert("x")</script>' in page.locator("h1").inner_text()
    page.locator(".body").hover()
    assert page.dialogs == []
