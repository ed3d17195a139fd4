"""HTML pages from sites of several shapes: the article, its metadata, and nothing of the page around it."""

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from archive.extraction import extract_article
from archive.extraction.html import looks_like_html

DATA = Path(__file__).parent.parent / "data" / "html"


def draft_of(name, **hints):
    return extract_article((DATA / name).read_bytes(), **hints)


# (file, title, outlet, published, byline, first words of the body, last words of the body)
PAGES = [
    (
        "figure_pull_quote_related_aside_and_author_box.html",
        "Dutch farmers block motorways in nitrogen protest",
        "NL Times",
        date(2024, 6, 27),
        "Janene Pieters",
        "Hundreds of farmers drove their tractors",
        "Police arrested 12 people near Stroe, a spokesperson said.",
    ),
    (
        "wordpress_daily.html",
        "Harbour cranes return after strike ends",
        "Lakeside Courier",
        date(2023, 5, 9),
        "Marta Kowalczyk",
        "The container cranes at the north harbour",
        "which meets on Thursday.",
    ),
    (
        "jsonld_magazine.html",
        "Glaciers in the Alps shrank faster than ever last summer",
        "Alpine Review",
        date(2022, 10, 3),
        "Lukas Brunner",
        "Scientists measured a record loss of ice",  # the standfirst, outside the story's own element
        "Switzerland's electricity.",
    ),
    (
        "legacy_table.htm",
        "Town council votes to save the old mill",
        "The Valley Gazette",
        date(2019, 2, 14),
        None,
        "The town council voted by eleven to four",
        "expected to start in the summer.",
    ),
    (
        "saved_as_text.txt",
        "Ferry fares frozen for another year",
        "Northshore",
        date(2021, 11, 22),
        "Siobhan Keane",
        "Ferry fares between the islands",
        "restore the full timetable by March.",
    ),
    (
        "blog_posted_by_with_date_and_br_paragraphs.html",
        "Council approves new bridge plan",
        "Riverside Chronicle",
        date(2025, 3, 12),
        "Linda Carver",  # "Posted by Linda Carver on March 12, 2025"
        "The city council voted 7-2 on Tuesday night",
        "last about 18 months.",
    ),
    (
        "kicker_two_author_links_and_inline_boxes.html",
        "Wildfire forces thousands to flee in British Columbia",
        "Pacific Daily",
        date(2025, 8, 14),
        "Kim Nguyen and Raj Patel",  # two rel=author links in one byline
        "Officials say the fire doubled in size overnight",  # the standfirst; the kicker "Wildfires" goes
        "set up in Kamloops and Merritt.",
    ),
    (
        "itemprop_news.html",
        "Rail operator fined over winter cancellations",
        "Metro Ledger",
        date(2024, 1, 18),
        "Hannah Osei",
        "The regulator fined Northern Line Rail",
        "the regulator said.",
    ),
    (
        "blogger_post.html",
        "The lambing season starts early",
        "Hill Farm Diary",
        date(2013, 3, 10),
        "Bethan Lloyd",
        "The first lambs of the year arrived",
        "if the weather allows it.",
    ),
    (
        "broadcaster_components.html",
        "Ukraine war: Zelensky sacks top general Zaluzhnyi",
        "BBC News",
        date(2024, 2, 8),
        "James Waterhouse",
        "Ukraine's President Volodymyr Zelensky has dismissed",
        'different from the tasks of 2024".',
    ),
    (
        "byline_with_desk_and_embedded_post.html",
        "Zelensky meets Starmer in London",
        "The London Courier",
        date(2025, 3, 1),
        "Tom Harris",  # "Tom Harris, Political Correspondent": the reporter's desk is no part of the name
        "LONDON – Ukrainian President Volodymyr Zelensky was greeted",
        "Downing Street said.",
    ),
    (
        "standfirst_outside_the_story_body.html",
        "Poland's Tusk wins confidence vote after coalition row",
        "Warsaw Daily",
        date(2025, 6, 11),
        "Katarzyna Nowicka",
        "The prime minister survived the vote",  # a <p class="standfirst"> that trafilatura leaves out
        "a political scientist at the University of Warsaw.",
    ),
    (
        "component_marked_standfirst_and_site_name_in_lower_case.html",
        "Zelenskyy says Ukraine ‘will not give up’ as war enters third year",
        "The Guardian",  # og:site_name "the Guardian"; the text copy's "© … Guardian News & Media Limited"
        date(2024, 2, 24),
        "Shaun Walker",
        "President marks anniversary of full-scale invasion",  # data-gu-name="standfirst"
        "has yet to approve a $60bn aid package.",
    ),
    (
        "story_split_by_an_advertisement_and_a_read_more_button.html",
        "Estonia expels Russian diplomat over sabotage plot",
        "Baltic Herald",
        date(2024, 3, 7),
        "Kadri Tamm",
        "Estonia has ordered a Russian diplomat to leave",
        "since the start of the full-scale invasion of Ukraine in 2022.",  # the story past the ad and the button
    ),
]


@pytest.mark.parametrize(("name", "title", "outlet", "published", "byline", "first", "last"), PAGES)
def test_html_pages_give_the_article_and_its_metadata(name, title, outlet, published, byline, first, last):
    draft = draft_of(name)
    assert draft.format == "html"
    assert draft.title == title
    assert draft.outlet == outlet
    assert draft.published == published
    assert draft.byline == byline
    assert draft.paragraphs[0].startswith(first)
    assert draft.paragraphs[-1].endswith(last)


# Words of comments, teasers, newsletter boxes, captions, cookie banners, menus and scripts.
NEVER_IN_THE_BODY = [
    "About time",  # a reader's comment
    "deserved every cent",
    "Leave a Reply",
    "Dockers walk out",  # a "Read also" box inside the article
    "Ferry timetable changes",  # related posts
    "morning newsletter",
    "The cranes at dawn",  # a caption
    "cookies",
    "Most read",
    "dataLayer",  # a script
    "Ski resorts",  # an aside inside the article body
    "Advertisement",
    "Enjoying our journalism",
    "science correspondent",  # the author's bio
    "Trending",
    "islandgirl",  # comments on a Disqus-style thread
    "put the prices up in April",
    "Storm warning",  # "You may also like"
    "Share this",
    "Local news",  # the menu of a table layout
    "Send us your news",
    "©",
    "Stuck at Easthaven",  # an embedded tweet
    "@commuter",
    "House prices fall",  # "Most Read" inside the article body
    "higher fares for us",  # comments
    "Anonymous said",
    "Lovely to read",
    "Newer Post",
    "small favour to ask",  # a donation appeal under the story
    "at a glance",  # a "Quick guide" box between paragraphs
    "Quick guide",
    "Blog Archive",
    "Posted by",
    "Delivered to your inbox",  # a newsletter box inside the article
    "Nawrocki sworn in",  # "Read more" inside the article
    "morning briefing",
    "Finally some stability",  # a comment
    "Latvia tightens border checks",  # "Most read" beside the article
]


@pytest.mark.parametrize("name", [page[0] for page in PAGES])
def test_page_furniture_never_reaches_the_body(name):
    draft = draft_of(name)
    for words in NEVER_IN_THE_BODY:
        assert words not in draft.body, words
        assert words not in draft.title


def test_removed_blocks_are_recorded_with_what_they_were():
    rules = {r.text: r.rule for r in draft_of("wordpress_daily.html").removed}
    assert rules["About time. The whole town has been paying for this strike for far too long now."] == (
        "comment-section"
    )
    assert rules["Read also: Dockers walk out over night shifts"] == "read-also-teaser"
    assert rules["The cranes at dawn on Tuesday. Photo: Lakeside Courier"] == "image-credit"
    assert rules["We use cookies to improve your experience. Accept all cookies"] == "cookie-notice"
    assert rules["Get the Courier in your inbox"] == "subscribe-prompt"
    assert rules["News"] == "navigation"


def test_entities_are_decoded_in_body_title_and_quotes():
    draft = draft_of("legacy_table.htm")  # &eacute; &#146; (a windows-1252 number) &pound; &quot;
    assert "museum and café, ending two years of argument over the building’s future." in draft.body
    assert "£420,000" in draft.body
    assert "&" not in draft.body


def test_quotes_in_html_pages_are_attributed_as_in_text():
    speakers = {q.text[:30]: q.speaker for q in draft_of("wordpress_daily.html").quotes}
    assert speakers["We did not get everything we a"] == "Tomasz Wróbel"
    assert speakers["Every berth will be working ar"] == "Ingrid Solberg"
    assert {q.speaker for q in draft_of("legacy_table.htm").quotes} == {"Brenda Okafor", "Derek Hume"}
    assert {q.speaker for q in draft_of("jsonld_magazine.html").quotes} == {"Matthias Huss"}
    assert {q.speaker for q in draft_of("itemprop_news.html").quotes} == {"Martin Ellery"}
    assert {q.speaker for q in draft_of("blogger_post.html").quotes} == {"Gareth Pritchard"}  # "he said"


def test_the_title_loses_the_outlet_suffix_of_the_title_tag():
    page = b"""<html><head><title>Bridge closes for repairs | Harbour Times</title></head><body>
    <div class="content"><p>The old bridge over the river will close for six weeks from Monday while engineers
    replace its bearings, the city said, adding that buses would be diverted over the ring road.</p>
    <p>Cyclists and pedestrians will be able to cross on a temporary walkway beside the bridge during the works.</p>
    </div></body></html>"""
    draft = extract_article(page)
    assert draft.title == "Bridge closes for repairs"


def test_the_outlet_is_the_domain_when_the_page_does_not_name_itself():
    page = b"""<html><head><title>Bridge closes for repairs</title></head><body><article>
    <p>The old bridge over the river will close for six weeks from Monday while engineers
    replace its bearings, the city said, adding that buses would be diverted over the ring road.</p>
    <p>Cyclists and pedestrians will be able to cross on a temporary walkway beside the bridge during the works.</p>
    </article></body></html>"""
    draft = extract_article(page, url="https://www.rivertown-news.example/2024/bridge")
    assert draft.outlet == "rivertown-news.example"
    assert draft.original_url == "https://www.rivertown-news.example/2024/bridge"
    assert extract_article(page).outlet is None


def test_html_is_recognised_by_its_content_not_its_name():
    assert looks_like_html((DATA / "saved_as_text.txt").read_text())
    assert not looks_like_html("Plain words about <b> tags in a sentence.\nAnother line.")


def test_a_declared_charset_is_used_when_the_bytes_fit_it():
    page = (
        '<html><head><meta charset="koi8-r"><title>Новости</title></head><body><article>'
        + "<p>Городской совет проголосовал за ремонт старого моста через реку в центре города.</p>" * 3
        + "</article></body></html>"
    ).encode("koi8-r")
    draft = extract_article(page)
    assert draft.encoding == "koi8-r"
    assert "Городской совет проголосовал" in draft.body


def _tokens(text):
    return Counter(re.findall(r"\w+", text.casefold()))


def token_f1(found: str, expected: str) -> float:
    found_tokens, expected_tokens = _tokens(found), _tokens(expected)
    common = sum((found_tokens & expected_tokens).values())
    if not common:
        return 0.0
    precision, recall = common / sum(found_tokens.values()), common / sum(expected_tokens.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("name", [page[0] for page in PAGES])
def test_the_same_page_saved_as_plain_text_cleans_to_the_same_article(name):
    """A browser's "save as text" of each page (menus, teasers and comments as bare lines)."""
    from_html = draft_of(name)
    dump = (DATA.parent / "text_dumps" / f"{Path(name).stem}.txt").read_bytes()
    from_text = extract_article(dump)
    assert from_text.format == "txt"
    assert from_text.title == from_html.title
    assert token_f1(from_text.body, from_html.body) >= 0.95
    for words in NEVER_IN_THE_BODY:
        assert words not in from_text.body, words


def test_a_date_in_the_permalink_is_the_last_resort_for_the_published_date():
    page = b"""<html><head><title>Bridge closes for repairs</title></head><body><article>
    <p>The old bridge over the river will close for six weeks from Monday while engineers
    replace its bearings, the city said, adding that buses would be diverted over the ring road.</p>
    </article></body></html>"""
    assert extract_article(page, url="https://news.example/2024/03/07/bridge/").published == date(2024, 3, 7)
    assert extract_article(page, url="https://news.example/news/bridge-12345").published is None


def test_json_ld_in_a_graph_and_broken_json_ld_are_both_handled():
    body = b"<article><p>" + b"The council met again today to discuss the new bridge and what it will cost. " * 4
    graph = (
        b'<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": ["NewsArticle"],'
        b' "headline": "Council debates the bridge", "datePublished": "2020-01-02", "author": {"name": "Ann Lee"},'
        b' "publisher": {"name": "Graph Times"}}]}</script></head><body>' + body + b"</p></article></body></html>"
    )
    draft = extract_article(graph)
    assert (draft.title, draft.outlet, draft.published, draft.byline) == (
        "Council debates the bridge",
        "Graph Times",
        date(2020, 1, 2),
        "Ann Lee",
    )
    broken = graph.replace(b'{"@graph"', b'{broken "@graph"')
    assert "council met again" in extract_article(broken).body


def test_a_site_name_before_the_headline_in_the_title_tag_is_dropped_too():
    page = b"""<html><head><title>Rivertown News - Council approves the new bridge toll</title></head><body>
    <div class="content"><p>The city council voted on Monday to charge a toll on the new bridge over the river,
    with the money going to the repair of the old one, the mayor said after the meeting ended late at night.</p>
    <p>Cyclists and pedestrians will cross the bridge for free, and residents of the two riverside districts will
    pay half the standard charge for the first three years after it opens.</p></div></body></html>"""
    draft = extract_article(page, url="https://www.rivertown.example/news/toll")
    assert draft.title == "Council approves the new bridge toll"
    assert draft.outlet == "Rivertown News"


def test_a_short_block_is_recorded_as_removed_even_when_the_article_uses_its_word():
    page = b"""<html><body><article><h1>Farmers block the border crossing over grain</h1>
    <p>Polish farmers blocked the crossing on Friday, and posted a video of it on X within the hour.</p>
    <p>The protest will last until Sunday, organisers said on Friday evening.</p>
    <div class="sharedaddy"><h3>Share this:</h3><ul><li>Facebook</li><li>X</li></ul></div>
    </article></body></html>"""
    draft = extract_article(page)
    assert "posted a video of it on X within the hour." in draft.body
    assert [(r.text, r.rule) for r in draft.removed if r.text in ("Facebook", "X")] == [
        ("Facebook", "share-widget"),
        ("X", "share-widget"),
    ]


def test_a_wire_version_tag_is_no_part_of_the_title():
    page = b"""<html><head><title>UPDATE 2-Germany rules out sending Taurus missiles</title></head><body>
    <article><h1>UPDATE 2-Germany rules out sending Taurus missiles</h1>
    <p>German Chancellor Olaf Scholz on Monday again ruled out supplying the missiles to Ukraine.</p>
    <p>The decision has drawn criticism from within his coalition, officials said.</p></article></body></html>"""
    draft = extract_article(page)
    assert draft.title == "Germany rules out sending Taurus missiles"
    assert ("UPDATE 2-", "wire-tag") in [(r.text, r.rule) for r in draft.removed]


def test_ranks_written_short_stand_before_a_name_and_menus_keep_their_spaces():
    draft = draft_of("broadcaster_components.html")
    assert {p.name: sorted(p.aliases) for p in draft.persons} == {
        "Volodymyr Zelensky": ["Mr Zelensky", "Zelensky"],
        "Valerii Zaluzhnyi": ["Zaluzhnyi"],
        "Oleksandr Syrskyi": [],
    }
    assert [(q.speaker, q.text) for q in draft.quotes][-1] == (
        "Valerii Zaluzhnyi",
        "the tasks of 2022 are different from the tasks of 2024",
    )
    removed = {r.text: r.rule for r in draft.removed}
    assert "Home News Sport Weather iPlayer" in removed
    assert "Who is Ukraine's new army chief?" in removed


def test_a_page_its_scripts_fill_in_gives_the_article_its_json_ld_carries():
    body = (
        "Ferry services between the mainland and the islands were suspended on Monday after a storm damaged"
        ' the pier.\\n\\n\\"We cannot sail until engineers have checked the structure,\\" said harbour master'
        " Angus Morrison.\\n\\nThe operator said replacement sailings would run from another port from Wednesday."
    )
    page = (
        '<html><head><title>Ferry service suspended | Island Times</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Ferry service suspended", "datePublished": "2025-01-20",'
        f' "articleBody": "{body}"}}</script></head><body><div id="root"></div>'
        "<noscript>Please enable JavaScript to read this article.</noscript></body></html>"
    ).encode()
    draft = extract_article(page)
    assert draft.title == "Ferry service suspended"
    assert len(draft.paragraphs) == 3 and draft.paragraphs[0].startswith("Ferry services between the mainland")
    assert [(q.speaker, q.text) for q in draft.quotes] == [
        ("Angus Morrison", "We cannot sail until engineers have checked the structure")
    ]


def test_a_page_its_app_fills_in_gives_the_article_under_its_headline_in_the_apps_data():
    data = {
        "props": {
            "pageProps": {
                "related": [
                    {"title": "Ferry fares rise", "summary": "Fares on all routes will rise by ten percent from May."}
                ],
                "article": {
                    "headline": "Ferry service suspended",
                    "body": [
                        {
                            "text": "Ferry services to the islands were suspended on Monday after a storm damaged the pier."
                        },
                        {
                            "html": "<p>“We cannot sail until engineers have checked it,” said harbour master Angus Morrison.</p>"
                        },
                    ],
                },
            }
        }
    }
    page = (
        '<html><head><title>Ferry service suspended | Island Times</title></head><body><div id="__next">'
        "<h1>Ferry service suspended</h1></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>'
    ).encode()
    draft = extract_article(page)
    assert draft.paragraphs == [
        "Ferry services to the islands were suspended on Monday after a storm damaged the pier.",
        "“We cannot sail until engineers have checked it,” said harbour master Angus Morrison.",
    ]
    assert [(q.speaker, q.text) for q in draft.quotes] == [
        ("Angus Morrison", "We cannot sail until engineers have checked it")
    ]


def test_an_embedded_post_and_a_pull_quote_are_recorded_as_taken_out():
    draft = draft_of("itemprop_news.html")
    removed = {r.rule: r.text for r in draft.removed if r.rule in ("social-embed", "pull-quote")}
    assert removed["pull-quote"] == "Passengers were let down again and again"
    assert removed["social-embed"].startswith("Stuck at Easthaven again, third time this week #trains")
    assert "Stuck at Easthaven" not in draft.body


def test_an_inline_q_element_stays_in_its_paragraph_in_quotation_marks():
    page = """<html><head><title>Kremlin rejects ceasefire proposal</title></head><body><article>
    <h1>Kremlin rejects ceasefire proposal</h1>
    <p>The Kremlin on Friday rejected a proposal for a 30-day ceasefire in Ukraine, saying it would only give
    Kyiv time to regroup and rearm its forces along the front line.</p>
    <p>Lithuanian Foreign Minister Kęstutis Budrys called the response <q>predictable</q>. "Russia does not
    want peace," he told reporters in Vilnius.</p></article></body></html>""".encode()
    draft = extract_article(page)
    assert draft.paragraphs[-1].startswith(
        "Lithuanian Foreign Minister Kęstutis Budrys called the response “predictable”."
    )
    assert [q.text for q in draft.quotes] == ["predictable", "Russia does not want peace"]


def test_a_line_break_in_the_middle_of_a_sentence_does_not_split_its_paragraph():
    page = b"""<html><head><title>Harbour works begin</title></head><body><article><h1>Harbour works begin</h1>
    <p>Work on the new harbour wall<br>began on Monday after two years of delays and a dispute over the contract
    between the council and the builder.</p><p>The first stage will take six months.<br>The second will
    follow in spring, the council said.</p></article></body></html>"""
    draft = extract_article(page)
    assert draft.paragraphs[0].startswith("Work on the new harbour wall began on Monday after two years of delays")
    # a break after a full stop still parts lines, and the markup's own line break inside one is a space
    assert draft.paragraphs[1:] == [
        "The first stage will take six months.",
        "The second will follow in spring, the council said.",
    ]
    assert not draft.removed[1:]
    # nor does a break before a byline under the headline join them
    headed = page.replace(b"<h1>Harbour works begin</h1>", b"<p>Harbour works begin on the wall<br>by Anna Smith</p>")
    draft = extract_article(headed.replace(b"<title>Harbour works begin", b"<title>Harbour works begin on the wall"))
    assert (draft.title, draft.byline) == ("Harbour works begin on the wall", "Anna Smith")


def test_a_media_mark_comes_off_the_pages_headline():
    page = """<html><head><title>WATCH: Zelensky visits front line near Kharkiv (VIDEO) | Geneva Ledger</title>
    </head><body><article><h1>WATCH: Zelensky visits front line near Kharkiv (VIDEO)</h1>
    <p>President Volodymyr Zelensky visited troops near Kharkiv on Friday, his office said.</p>
    <p>"Our soldiers are holding the line," Zelensky said in a video posted on Telegram.</p>
    </article><footer>© 2025 Geneva Ledger</footer></body></html>""".encode()
    draft = extract_article(page)
    assert (draft.title, draft.outlet) == ("Zelensky visits front line near Kharkiv", "Geneva Ledger")


def test_a_split_story_with_no_article_element_keeps_its_paragraphs_past_the_split():
    page = (DATA / "story_split_by_an_advertisement_and_a_read_more_button.html").read_text(encoding="utf-8")
    page = page.replace("<main><article>", '<main><div class="post">').replace("</article>", "</div>")
    draft = extract_article(page.encode())
    assert draft.paragraphs[-1].startswith("Estonia has expelled several Russian diplomats")
    assert "Latvia tightens border checks" not in draft.body  # "Most read" beside the story stays out


def test_a_pictures_caption_past_the_split_stays_out():
    page = (DATA / "story_split_by_an_advertisement_and_a_read_more_button.html").read_text(encoding="utf-8")
    caption = '<div class="inline-image"><p class="caption">The Russian embassy in Tallinn pictured on Thursday morning.</p></div>'
    page = page.replace('<div class="article-body hidden">', caption + '<div class="article-body hidden">')
    draft = extract_article(page.encode())
    assert draft.paragraphs[-1].startswith("Estonia has expelled several Russian diplomats")
    assert "pictured on Thursday" not in draft.body


@pytest.mark.parametrize(
    "author, byline",
    [
        ('"By Jane Doe"', "Jane Doe"),
        ('[{"@type": "Person", "name": "Jane Doe, Reuters"}]', "Jane Doe"),
        ('"Jane Doe | Staff Writer"', "Jane Doe"),
        ('[{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]', "Jane Doe and John Roe"),
        ('{"@type": "Organization", "name": "Sea Post"}', None),
        ('"Reuters"', None),
        ('"admin"', None),
    ],
)
def test_the_author_in_json_ld_is_read_as_a_byline_line_is(author, byline):
    page = (
        "<html><head><title>Strike on Odesa</title><script type='application/ld+json'>"
        f'{{"@type": "NewsArticle", "headline": "Strike on Odesa", "author": {author}}}</script></head>'
        "<body><article><h1>Strike on Odesa</h1><p>A Russian missile struck the port of Odesa overnight, killing "
        "two people, the regional governor said on Thursday.</p><p>Ukraine's air force said it had shot down 20 of "
        "25 drones launched overnight, and the strikes went on into the morning.</p></article></body></html>"
    )
    assert extract_article(page.encode()).byline == byline


def test_a_page_with_no_site_name_at_an_address_the_list_knows_gets_its_newsrooms_name():
    page = (
        '<html><head><title>Talks go on in Geneva</title><link rel="canonical" '
        'href="https://www.nytimes.com/2024/03/22/world/europe/geneva.html"></head><body><article>'
        "<h1>Talks go on in Geneva</h1>"
        + "<p>Negotiators met in Geneva on Monday for a new round of talks on the war, officials said.</p>" * 3
        + "</article></body></html>"
    ).encode()
    assert extract_article(page).outlet == "The New York Times"


@pytest.mark.parametrize(
    "site_name, publisher, outlet",
    [
        ("lrt.lt", "LRT", "LRT"),
        ("www.geneva-herald.ch", "Geneva Herald", "Geneva Herald"),
        # (a site name that is no address stands)
        ("Geneva Herald Online", "Geneva Herald", "Geneva Herald Online"),
    ],
)
def test_a_site_name_that_is_the_address_gives_way_to_the_publishers_name(site_name, publisher, outlet):
    ld = json.dumps({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": publisher}})
    page = (
        f'<html><head><title>Talks go on in Geneva</title><meta property="og:site_name" content="{site_name}">'
        f'<script type="application/ld+json">{ld}</script></head><body><article>'
        "<h1>Talks go on in Geneva</h1>"
        + "<p>Negotiators met in Geneva on Monday for a new round of talks on the war, officials said.</p>" * 3
        + "</article></body></html>"
    ).encode()
    assert extract_article(page).outlet == outlet


@pytest.mark.parametrize("kind", ["application/ld+json", "application/json"])
def test_script_data_nested_past_what_python_reads_is_no_articles_data_not_a_crash(kind):
    page = (
        f'<html><head><title>Talks go on</title><script type="{kind}">{"[" * 100_000}{"]" * 100_000}</script>'
        "</head><body><article><h1>Talks go on</h1>"
        + "<p>Negotiators met in Geneva on Monday for a new round of talks on the war, officials said.</p>" * 3
        + "</article></body></html>"
    ).encode()
    assert extract_article(page).paragraphs[0].startswith("Negotiators met in Geneva")
