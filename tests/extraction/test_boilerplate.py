"""Boilerplate rules on the shapes scraped pages take, seeds and beyond."""

import json
import signal
from contextlib import contextmanager
from datetime import date

import pytest

from archive.extraction import NotText, extract_article
from archive.extraction.boilerplate import strip_boilerplate
from archive.extraction.text import split_lines

from ..conftest import DATA


def strip(text):
    return strip_boilerplate(split_lines(text))


def rules_of(result):
    return {r.text: r.rule for r in result.removed}


def test_breadcrumb_glued_to_headline_is_split_off():
    result = strip("HomeNewsPoliticsNATO mistrusts talks\n\nNATO mistrusts talks\n\nThe alliance said no.")
    assert result.title == "NATO mistrusts talks"
    assert rules_of(result)["HomeNewsPolitics"] == "breadcrumb"
    assert result.paragraphs == ["The alliance said no."]


def test_glued_breadcrumb_gives_back_the_first_headline_word():
    result = strip("HomeWorldPutin visits Beijing for talks\n\nThe visit lasted two days.")
    assert result.title == "Putin visits Beijing for talks"


def test_arrow_breadcrumb_line_and_section_suffix():
    result = strip("Home › World › Europe\nFloods hit northern Italy | World News\n\nRain fell for days.")
    assert result.title == "Floods hit northern Italy"
    assert rules_of(result) == {
        "Home › World › Europe": "breadcrumb",
        "Floods hit northern Italy": "headline",
        "| World News": "section-suffix",
    }


def test_section_label_above_the_headline_is_not_the_title():
    result = strip("News Feed\n\nStoltenberg: Putin does not want peace\n\n1 min read\n\nThe column ran on Friday.")
    assert result.title == "Stoltenberg: Putin does not want peace"
    assert rules_of(result)["News Feed"] == "section-label"
    assert rules_of(result)["1 min read"] == "reading-time"


@pytest.mark.parametrize(
    "teaser",
    [
        "Read Also \u00a0 Jaime Lorente: first-time father",
        "READ ALSO: Lighthouse restoration wins award",
        "Related: Fuel costs push harbour fees up",
        "Also read: How Europe's rivers are changing",
        "See also: Our coverage of the summit",
    ],
)
def test_read_also_teaser_inside_the_body_goes_and_the_body_goes_on(teaser):
    text = f"Headline here for the story\n\nFirst paragraph of the story.\n\n{teaser}\n\nSecond paragraph of the story."
    result = strip(text)
    assert result.paragraphs == ["First paragraph of the story.", "Second paragraph of the story."]
    assert result.removed[-1].rule == "read-also-teaser"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Share your love", "share-widget"),
        ("Share this:", "share-widget"),
        ("Like this:", "share-widget"),
        ("Facebook Twitter WhatsApp", "share-widget"),
        ("0", "share-counter"),
        ("1.2k shares", "share-counter"),
        ("Published on", "published-on"),
        ("Published: 17 May 2023 09:41 BST", "published-on"),
        ("Image Credit: Getty", "image-credit"),
        ("Photo: Reuters/Guglielmo Mangiapane", "image-credit"),
        ("(AFP via Getty Images)", "image-credit"),
        ("Join MRT to follow all the news and read without limits.", "subscribe-prompt"),
        ("Subscribe to our weekly newsletter for more stories like this.", "subscribe-prompt"),
        (
            "Follow all the international information at Facebook Y Twitter, o en our weekly newsletter.",
            "social-follow",
        ),
        ("Follow us on Telegram", "social-follow"),
        ("Article Source", "source-credit"),
        ("• This article was based in part on reports from cable services.", "sourcing-tagline"),
        ("The Associated Press contributed to this report.", "sourcing-tagline"),
        ("Reporting by Angelo Amante; Editing by Keith Weir", "sourcing-tagline"),
        ("— Reporting by Olena Harmash and Max Hunder", "sourcing-tagline"),
        ("— With reporting by Jakob Hanke Vela", "sourcing-tagline"),
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Story continues", "advertisement"),
        ("(Story continues below)", "advertisement"),
        ("Have something to say? Write to letters@example.com", "contact-prompt"),
        ("Anna Smith in Geneva at asmith@example.com", "contact-prompt"),
        ("jwanga@ke.nationmedia.com", "contact-prompt"),
        ("Keep up with the latest news", "call-to-action"),
        ("Share this story on WhatsApp", "share-widget"),
        ("Episode 12: The war in the east", "media-label"),
        ("Forwarded from Ukraine NOW", "page-chrome"),
        ("In this article:", "page-chrome"),
        ("In Pictures", "section-label"),
        ("The story continues below the photo", "advertisement"),
        ("[Embedded content]", "advertisement"),
        ("READ | Why the Baltic states fear Russia", "read-also-teaser"),
        ("Photo gallery: Aftermath of the strike in Odesa", "read-also-teaser"),
        ("Auf Deutsch lesen", "page-chrome"),
        ("Czytaj po polsku", "page-chrome"),
        ("A+ A-", "page-chrome"),
        ("Read the Geneva Ledger in English on Telegram, Facebook and X.", "social-follow"),
        ("This story has been shared 1,234 times.", "share-counter"),
        ("Listen to the podcast", "media-label"),
        ("3 of 12", "image-credit"),
        ("Want more stories like this? Follow us on Google News.", "social-follow"),
        ("Keep up with all the latest news from the UK and around the world by following Sky News", "social-follow"),
        ("[Webb has found another surprise. Here's what it means.]", "read-also-teaser"),
        ("Get our afternoon news email", "subscribe-prompt"),
        ("Your daily rundown of what you need to know, delivered straight to your inbox", "subscribe-prompt"),
        (
            "Your information is being handled in accordance with the ABC Privacy Collection Statement.",
            "subscribe-prompt",
        ),
        (
            "This content is not available due to your privacy preferences. Update your settings here to see it.",
            "cookie-notice",
        ),
        ("Tags: ferries, council, transport", "tag-list"),
        ("© 2023 Harbour Town Ledger. All rights reserved.", "copyright"),
        ("By Maria Okafor", "byline"),
        ("March 4, 2023", "dateline"),
        ("2 hours ago", "dateline"),
        ("By Priya Raman | Wednesday, 8 February 2023", "byline"),
        ("Photo by Jane Doe on Unsplash", "image-credit"),
        ("Workers repair the bridge deck on Tuesday. (Photo: Council handout)", "image-credit"),
        ("Image 1 of 5", "image-credit"),
        ("Share on Facebook Share on Twitter Copy link", "share-widget"),
        ("Newsletter", "subscribe-prompt"),
        ("Continue reading the main story", "advertisement"),
        ("Edited by Sam Carter", "sourcing-tagline"),
        ("Follow us", "social-follow"),
        ("WATCH: Drone footage shows the damaged supports", "read-also-teaser"),
        ("Click here to download our app", "call-to-action"),
        ("Disclaimer: The views expressed are the author's own.", "disclaimer"),
        ("Sign in", "page-chrome"),
        ("This article has been updated.", "sourcing-tagline"),
        ("Kyiv Post is an independent newspaper. Support us on Patreon.", "donation-prompt"),
        ("https://p.dw.com/p/4XyZ1", "bare-link"),
        ("dh/rt (Reuters, dpa, AFP)", "agency-credit"),
        ("Send us your feedback", "contact-prompt"),
        ("President Zelensky speaks in Kyiv [File: Gleb Garanich/Reuters]", "image-credit"),
        ("Listen to this article · 4 min", "reading-time"),
        ("Lecture 3 min.", "reading-time"),
        ("FACTBOX", "wire-tag"),
        ("Lesezeit: 4 Minuten", "reading-time"),
        ("Advertisement · Scroll to continue", "advertisement"),
        ("Watch Live", "media-label"),
        ("The post NATO will not be dragged into the war appeared first on Euro Weekly News.", "sourcing-tagline"),
        ("This article originally appeared on The Conversation.", "sourcing-tagline"),
        ("Read the full article here", "sourcing-tagline"),
        ("Please support our journalism", "subscribe-prompt"),
        ("Thank you for subscribing!", "subscribe-prompt"),
        ("Posted in World | Tagged NATO, Russia | Leave a comment", "tag-list"),
        ("A A A", "page-chrome"),
        ("Did you like this article? Share it with your friends!", "share-widget"),
        ("The writer is a senior fellow at the Atlantic Council.", "author-bio"),
        ("*The views expressed are the author's own.", "disclaimer"),
        ("Translated from Ukrainian by Anna Kovalenko.", "sourcing-tagline"),
        ("Correction: An earlier version misstated the date.", "sourcing-tagline"),
        ("Correction, April 3, 2024: An earlier version of this article misstated the number.", "sourcing-tagline"),
        ("Clarification (March 5): This story has been updated to say who paid.", "sourcing-tagline"),
        ("An earlier version of this story misstated the date.", "sourcing-tagline"),
        ("Contributing: Jane Doe, USA TODAY", "sourcing-tagline"),
        ("CNN’s Kevin Liptak contributed reporting.", "sourcing-tagline"),
        ("(Updates with Kremlin comment in third paragraph.)", "sourcing-tagline"),
        ("Press play to listen to this article", "media-label"),
        ("Ad Feedback", "advertisement"),
        ("Read in Ukrainian", "page-chrome"),
        ("Photo illustration: Kyiv Independent", "image-credit"),
        ("Direct link: en.kremlin.ru/events/president/news/73561", "page-chrome"),
        ("Published in sections: News, Transcripts", "page-chrome"),
        ("Publication date: February 28, 2024, 14:00", "published-on"),
        ("► Read also: NATO asks its allies for more air defense systems", "read-also-teaser"),
        ("👉 READ MORE: The King receives Zelensky", "read-also-teaser"),
        ("➡️ Also read: Ukraine receives the first F-16 fighters", "read-also-teaser"),
        ("Toggle caption", "page-chrome"),
        ("Save for later", "page-chrome"),
        ("Add to favourites", "page-chrome"),
        ("Do not sell my personal information", "page-chrome"),
        ("Thanks for reading!", "page-chrome"),
        ("This article is more than 2 years old", "page-chrome"),
        ("Video duration 02 minutes 15 seconds", "media-label"),
        ("Posted: 10 minutes ago", "dateline"),
        ("Delivered to your inbox every weekday.", "subscribe-prompt"),
        ("Want to help Meduza? Tell your friends about us.", "donation-prompt"),
        ("Translation by Sam Breazeale", "sourcing-tagline"),
        ("• Information from wire services was used in this report.", "sourcing-tagline"),
        ("Mar. 7, 2024, at 10:15 a.m.", "dateline"),
        ("on March 20, 2024 at 4:42 PM", "dateline"),
        ("president.gov.ua", "bare-link"),
        ("MORE: Putin says Russia is ready for talks", "read-also-teaser"),
        ("News > World > Europe", "breadcrumb"),
        ("Brussels, March 14 (dpa) -", "dateline"),
        ("Audio is not supported in your browser", "media-label"),
        ("Keep reading", "advertisement"),
        ("Pin", "share-widget"),
        ("Translated from Spanish", "sourcing-tagline"),
        ("Contributed by our correspondent", "sourcing-tagline"),
        ("Add to your saved stories", "page-chrome"),
        ("Help keep family & friends informed by sharing this article", "share-widget"),
        ("Have a confidential tip for our reporters? Get in touch", "contact-prompt"),
        ("LEARN MORE", "advertisement"),
        ("Thanks for signing up to the Inside Washington email", "subscribe-prompt"),
        ("Cookies on GOV.UK", "cookie-notice"),
        ("We use some essential cookies to make this website work.", "cookie-notice"),
        ("Accept additional cookies", "cookie-notice"),
        ("View cookies", "cookie-notice"),
        ("You've accepted additional cookies. You can change your cookie settings at any time.", "cookie-notice"),
        ("The following links open in a new tab", "page-chrome"),
        ("You are using an outdated browser. Please upgrade your browser to improve your experience.", "page-chrome"),
        ("Please consider supporting us by disabling your ad blocker or whitelisting our site.", "page-chrome"),
        ("Are you a robot?", "page-chrome"),
        ("Create an account or log in to keep reading.", "subscribe-prompt"),
        ("Was this article helpful?", "page-chrome"),
        ("All times are UTC", "page-chrome"),
        ("Page 1 of 2", "page-chrome"),
        ("Next page", "page-chrome"),
        ("Get it on Google Play", "call-to-action"),
        ("| UPDATED: 12:01 GMT, 22 March 2024", "published-on"),
        ("Published in print on March 23, 2024", "sourcing-tagline"),
        ("Like what you read? Support independent journalism.", "donation-prompt"),
        ("Our journalism relies on your support.", "donation-prompt"),
        ("Thank you for reading. Please consider subscribing.", "donation-prompt"),
        ("We need your help.", "donation-prompt"),
        ("We rely on our readers. Donate or subscribe.", "donation-prompt"),
        (
            "We’ve been working hard to bring you independent news from Ukraine. Consider supporting the Kyiv Independent.",
            "donation-prompt",
        ),
        ("Abridged by Kevin Rothrock", "sourcing-tagline"),
        ("Fact-checked by Anna Smith", "sourcing-tagline"),
        ("Corrections & clarifications", "page-chrome"),
        ("Reprints & Permissions", "page-chrome"),
        ("How we use your data", "page-chrome"),
        ("Write to the editor", "page-chrome"),
        ("Watch the video above", "call-to-action"),
        ("Follow our live coverage", "call-to-action"),
        ("Read the full statement here", "call-to-action"),
        ("Get in touch with our news team by emailing us at newsdesk@example.com", "contact-prompt"),
        ("For the latest news, weather, sports, and streaming video, head to WROC.", "call-to-action"),
        (
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA "
            "News Broadcasting System (HAS), and in summarized form.",
            "subscribe-prompt",
        ),
        ("Soldiers load a howitzer during an exercise. (U.S. Army photo by Spc. John Doe)", "image-credit"),
        ("Page not found", "page-chrome"),
        ("FULL STORY", "page-chrome"),
        ("(This story has been refiled to fix a typo in paragraph 3)", "sourcing-tagline"),
        (
            "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.",
            "call-to-action",
        ),
    ],
)
def test_inline_chrome_is_removed_with_its_rule(line, rule):
    text = f"A headline for the story\n\nFirst paragraph stays.\n\n{line}\n\nLast paragraph stays too."
    result = strip(text)
    assert result.paragraphs == ["First paragraph stays.", "Last paragraph stays too."]
    assert rules_of(result)[line.replace("\u00a0", " ")] == rule


@pytest.mark.parametrize(
    ("marker", "rule"),
    [
        ("ENDS", "end-marker"),
        ("-ENDS-", "end-marker"),
        ("###", "end-marker"),
        ("Notes to editors:", "media-contact"),
        ("LEAVE A REPLY", "comment-form"),
        ("Tell us what you think about this story", "comment-form"),
        ("Leave a Reply Cancel reply", "comment-form"),
        ("Your email address will not be published. Required fields are marked *", "comment-form"),
        ("Latest articles", "teaser-list"),
        ("Loading comments…", "comment-form"),
        ("What do you think? Let us know in the comments.", "comment-form"),
        ("More like this", "teaser-list"),
        ("You might also like", "teaser-list"),
        ("Most read", "teaser-list"),
        ("Other Topics of Interest", "teaser-list"),
        ("Stories you might have missed", "teaser-list"),
        ("Más información", "teaser-list"),
        ("Mehr zum Thema", "teaser-list"),
        ("You were reading: A headline for the story", "you-were-reading"),
        ("Avatar", "author-box"),
        ("About the author", "author-box"),
        ("Read more", "teaser-list"),
        ("3 thoughts on “A headline for the story”", "comment-form"),
        ("Previous article", "next-article"),
        ("Next story", "next-article"),
        ("About Us | Contact Us | Privacy Policy", "site-footer"),
        ("Purchase Licensing Rights, opens new tab", "reuse-notice"),
        ("Report an error", "error-report"),
        ("Have your say", "comment-form"),
        ("Tags Chuck Schumer James Lankford", "tag-list"),
        ("We welcome your comments", "comment-form"),
        ("Story Source:", "study-reference"),
        ("Journal Reference:", "study-reference"),
        ("Cite This Page:", "study-reference"),
        (
            "More information: Alice D. Bridges et al, Bumblebees socially learn, Nature (2025). DOI: 10.1038/s41586-025-0",
            "study-reference",
        ),
        (
            "Materials provided by University of Exeter. Note: Content may be edited for style and length.",
            "study-reference",
        ),
        (
            "Citation: A headline for the story (2025, February 3) retrieved 4 February 2025 from https://example.org/a.html",
            "study-reference",
        ),
        ("DOI: 10.1038/s41559-025-0000-0", "study-reference"),
    ],
)
def test_everything_from_a_tail_marker_on_is_removed(marker, rule):
    text = (
        "A headline for the story\n\nThe only paragraph of the story.\n\n"
        f"{marker}\n\nAn unrelated story about something else entirely, told at length.\n\nAnother teaser"
    )
    result = strip(text)
    assert result.paragraphs == ["The only paragraph of the story."]
    assert rules_of(result)[marker] == rule
    assert "An unrelated story about something else entirely, told at length." in rules_of(result)


def test_masthead_and_section_above_the_headline_are_labels():
    result = strip("The Northern Echo Times\nLocal News\nBridge closure to last until spring\n\nThe bridge is shut.")
    assert result.title == "Bridge closure to last until spring"
    assert [r.rule for r in result.removed] == ["section-label", "section-label", "headline"]


def test_short_headline_over_a_short_story():
    result = strip("Another headline\n\nAnother body text.")
    assert result.title == "Another headline"
    assert result.paragraphs == ["Another body text."]


def test_a_tail_word_before_the_story_starts_is_only_a_label():
    result = strip("Related\n\nA headline for the story\n\nThe story itself.")
    assert result.title == "A headline for the story"
    assert result.paragraphs == ["The story itself."]


def test_body_pasted_twice_keeps_one_copy_in_order():
    body = ["First paragraph of the story is here.", "Second paragraph of the story is here.", "Short one."]
    text = "Headline of the story\n\n" + "\n\n".join(body + body)
    result = strip(text)
    assert result.paragraphs == body + ["Short one."]
    assert [r.rule for r in result.removed].count("duplicate-paragraph") == 2


def test_a_pasted_copy_cutting_the_last_paragraph_in_two_leaves_no_piece_of_it():
    body = [
        "The Old Mill bridge will be closed to traffic for six weeks from Monday, the council said.",
        "Bus operators said they would publish revised timetables this week.",
    ]
    copy = [body[0], "Bus operators said they would publish revised timetables", "this week."]
    result = strip("Bridge closure to last six weeks\n\n" + "\n\n".join(body + ["Share this:"] + copy))
    assert result.paragraphs == body  # "this week." alone is the copy's, not a paragraph of its own
    assert ("this week.", "duplicate-paragraph") in [(r.text, r.rule) for r in result.removed]


FINLAND = (
    "Finland closes last border crossing with Russia\n\n"
    "Finland will close its last open border crossing with Russia, the government said on Tuesday.\n\n"
    '"This is a matter of national security," Prime Minister Petteri Orpo told reporters in Helsinki.\n\n'
    "The crossing will close at midnight on Thursday.\n"
)


@pytest.mark.parametrize("label", ["War in Ukraine", "KYIV, Ukraine —", "Europe", "Latest", "Posted in World News"])
def test_one_label_alone_under_the_story_is_not_its_last_paragraph(label):
    draft = extract_article((FINLAND + "\n" + label + "\n").encode())
    assert draft.paragraphs[-1] == "The crossing will close at midnight on Thursday."
    assert label in [r.text for r in draft.removed]


def test_a_newsroom_the_story_named_signing_it_off_stays_its_outlet():
    story = FINLAND.replace("on Thursday.", "on Thursday, reports Nordic Wire.") + "\nNordic Wire\n"
    assert extract_article(story.encode()).outlet == "Nordic Wire"


def test_a_captions_sentence_over_the_headline_does_not_make_the_headline_a_paragraph():
    caption = "Finnish Prime Minister Petteri Orpo speaks to reporters in Helsinki on Tuesday."
    draft = extract_article((caption + "\n\n" + FINLAND).encode())
    assert draft.title == "Finland closes last border crossing with Russia"
    assert draft.paragraphs[0].startswith("Finland will close its last open border crossing")
    assert (caption, "image-caption") in [(r.text, r.rule) for r in draft.removed]


def test_a_headline_line_ending_in_the_site_and_the_date_gives_all_three():
    draft = extract_article(FINLAND.replace("Russia\n", "Russia – Nordic Times – 14.03.2024\n", 1).encode())
    assert (draft.title, draft.outlet) == ("Finland closes last border crossing with Russia", "Nordic Times")
    assert draft.published.isoformat() == "2024-03-14"


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        (" – Kyiv Insight – 14.03.2024", "Kyiv Insight"),  # any short name between the headline and the date
        (" – DW – 03/14/2024", "DW"),
        (" – DW", "DW"),  # a newsroom known by name, with no date after it
    ],
)
def test_a_headline_line_ending_in_a_sites_short_name_gives_the_outlet(tail, outlet):
    draft = extract_article(FINLAND.replace("Russia\n", f"Russia{tail}\n", 1).encode())
    assert (draft.title, draft.outlet) == ("Finland closes last border crossing with Russia", outlet)


@pytest.mark.parametrize(
    "head",
    [
        "Finland Closes Last Border Crossing as\nTensions With Russia Rise",
        "Finland Closes Last Border Crossing With\nRussia Amid Migrant Row",
    ],
)
def test_a_title_case_headline_broken_after_a_small_word_is_one_headline(head):
    draft = extract_article(FINLAND.replace("Finland closes last border crossing with Russia", head, 1).encode())
    assert draft.title == head.replace("\n", " ")
    assert draft.paragraphs[0].startswith("Finland will close its last open border crossing")


@pytest.mark.parametrize(
    "byline", ["By ANNA SMITH and JOHN DOE, Associated Press", "By Anna Smith, The Associated Press"]
)
def test_the_associated_press_in_a_byline_is_the_name_its_dateline_gives(byline):
    draft = extract_article(FINLAND.replace("Russia\n", f"Russia\n\n{byline}\n", 1).encode())
    assert (draft.outlet, draft.byline) == (
        "The Associated Press",
        "Anna Smith and John Doe" if "JOHN" in byline else "Anna Smith",
    )


@pytest.mark.parametrize(
    ("advert", "rule"),
    [
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Read more: Estonia expels Russian diplomat", "read-also-teaser"),
    ],
)
@pytest.mark.parametrize("rest", ["using migrants from Africa.", "Moscow, using migrants from Africa."])
def test_a_sentence_an_advertisement_cuts_is_one_paragraph_again(advert, rule, rest):
    cut = "Finland will close its last open border crossing with Russia, citing what it called a hybrid attack by"
    story = FINLAND.replace(
        "Finland will close its last open border crossing with Russia, the government said on Tuesday.",
        f"{cut}\n\n{advert}\n\n{rest}",
        1,
    )
    draft = extract_article(story.encode())
    assert draft.title == "Finland closes last border crossing with Russia"
    assert draft.paragraphs[0] == f"{cut} {rest}"
    assert (advert, rule) in [(r.text, r.rule) for r in draft.removed]


@pytest.mark.parametrize("byline", ["By Anna Smith, Reuters", "By Anna Smith for Reuters"])
def test_an_agencys_reporter_names_the_agency_on_a_page_that_names_no_other_newsroom(byline):
    draft = extract_article(FINLAND.replace("Russia\n", f"Russia\n\n{byline}\n", 1).encode())
    assert (draft.byline, draft.outlet) == ("Anna Smith", "Reuters")


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [("By Reuters Staff", "Reuters"), ("By Agence France-Presse", "AFP"), ("By AFP and Reuters", None)],
)
def test_agencies_signing_the_story_are_no_authors_byline(byline, outlet):
    draft = extract_article(FINLAND.replace("Russia\n", f"Russia\n\n{byline}\n", 1).encode())
    assert (draft.byline, draft.outlet) == (None, outlet)


@pytest.mark.parametrize("mark", [".", "..."])
def test_a_first_line_headline_ending_in_a_full_stop_is_still_the_headline(mark):
    draft = extract_article(FINLAND.replace("Russia\n", f"Russia{mark}\n", 1).encode())
    assert draft.title == f"Finland closes last border crossing with Russia{mark}"
    assert draft.paragraphs[0].startswith("Finland will close its last open border crossing")


def test_a_page_opening_with_a_long_sentence_has_no_headline_made_of_it():
    lead = "Finland will close its last open border crossing with Russia on Thursday, the government said on Tuesday."
    draft = extract_article(f"{lead}\n\nThe crossing will close at midnight on Thursday.\n".encode())
    assert (draft.title, draft.paragraphs[0]) == ("", lead)


@pytest.mark.parametrize(
    "teaser",
    [
        "Read also: Estonia expels Russian diplomat",
        "READ MORE: Norway raises defence budget",
        "Read Also Jaime Lorente: first-time father with a partner",
        "ALSO READ | Macron: Europe must not be cowardly",
    ],
)
def test_another_storys_link_glued_to_a_paragraphs_end_goes_and_the_paragraph_stays(teaser):
    draft = extract_article(FINLAND.replace("on Tuesday.", f"on Tuesday. {teaser}", 1).encode())
    assert (
        "Finland will close its last open border crossing with Russia, the government said on Tuesday."
        in draft.paragraphs
    )
    assert (teaser, "read-also-teaser") in [(r.text, r.rule) for r in draft.removed]


@pytest.mark.parametrize(
    "line",
    [
        "Based on materials from Reuters and AFP",
        "Thank you for reading to the end!",
        "We are on Google News!",
        "Did you like the article? Share it on social networks.",
        "Rate this article:",
        "★★★★☆",
        "This entry was posted in World and tagged Finland, Russia.",
        "Bookmark the permalink.",
        "Any use of materials is allowed only with a hyperlink to the source.",
        "Reprinting is allowed only with the permission of the editors.",
        "Video of the day",
        "Send to a friend",
    ],
)
def test_a_blogs_or_portals_line_under_the_story_is_not_its_last_paragraph(line):
    draft = extract_article((FINLAND + "\n" + line + "\n").encode())
    assert draft.paragraphs[-1] == "The crossing will close at midnight on Thursday."


@pytest.mark.parametrize(
    "line", ["Home > World > Europe", "Home » News", "Text size A A A", "Font size: A- A A+", "Day 750 of the war"]
)
def test_a_breadcrumb_or_a_text_size_button_under_the_headline_is_not_the_first_paragraph(line):
    draft = extract_article(FINLAND.replace("Russia\n", f"Russia\n\n{line}\n", 1).encode())
    assert draft.title == "Finland closes last border crossing with Russia"
    assert draft.paragraphs[0].startswith("Finland will close its last open border crossing")


def test_a_breadcrumb_ending_in_the_headline_still_gives_the_headline():
    draft = extract_article(("Home » News » " + FINLAND).encode())
    assert draft.title == "Finland closes last border crossing with Russia"


@pytest.mark.parametrize(
    "masthead, outlet",
    [
        ("POLITICO", "Politico"),
        ("The Guardian", "The Guardian"),
        ("KYIV INDEPENDENT", "Kyiv Independent"),
        # a logo's lower case is no spelling of the name
        ("euronews", "Euronews"),
        ("World", None),
    ],
)
def test_a_known_newsrooms_name_over_the_headline_names_the_outlet(masthead, outlet):
    assert extract_article((masthead + "\n\n" + FINLAND).encode()).outlet == outlet


MIDDLE = (
    "Finland will close its last open border crossing with Russia, the government said on Tuesday.",
    '"This is a matter of national security," Prime Minister Petteri Orpo told reporters in Helsinki.',
    "The crossing will close at midnight on Thursday, the interior ministry said in a statement.",
)


@pytest.mark.parametrize(
    "line", ["World", "Opinion", "Breaking News", "LIVE", "Print version", "Watch the video", "Accept", "Previous"]
)
def test_a_sections_name_or_a_button_between_two_paragraphs_is_no_paragraph(line):
    page = "\n\n".join(["Finland closes last border crossing with Russia", MIDDLE[0], line, *MIDDLE[1:]])
    assert extract_article(page.encode()).paragraphs == list(MIDDLE)


def test_a_known_newsrooms_name_before_a_dash_opening_the_headline_is_the_outlet():
    draft = extract_article(("Kyiv Post - " + FINLAND).encode())
    assert (draft.title, draft.outlet) == ("Finland closes last border crossing with Russia", "Kyiv Post")


def test_a_newsroom_named_before_a_colon_is_what_it_reported_and_stays_in_the_headline():
    draft = extract_article(("Politico: " + FINLAND).encode())
    assert (draft.title, draft.outlet) == ("Politico: Finland closes last border crossing with Russia", None)


def test_a_section_before_a_slash_is_no_part_of_the_headline():
    draft = extract_article(("Politics / " + FINLAND).encode())
    assert draft.title == "Finland closes last border crossing with Russia"
    assert ("Politics /", "section-label") in [(r.text, r.rule) for r in draft.removed]


@pytest.mark.parametrize("desk", ["By Web Desk", "By News Desk", "By Online Desk"])
def test_a_desk_any_paper_has_names_no_outlet(desk):
    draft = extract_article((desk + "\n\n" + FINLAND).encode())
    assert draft.outlet is None
    assert draft.title == "Finland closes last border crossing with Russia"


def test_hard_wrapped_prose_is_joined_into_paragraphs():
    text = (
        "Headline of the story\n\n"
        "The council met on Tuesday evening to discuss the budget and\n"
        "agreed to delay the vote until next month.\n\n"
        "Second paragraph."
    )
    result = strip(text)
    assert result.paragraphs[0] == (
        "The council met on Tuesday evening to discuss the budget and agreed to delay the vote until next month."
    )


def test_text_wrapped_at_a_width_joins_a_full_line_ending_a_sentence_to_the_next():
    import textwrap

    paragraphs = [
        "The word blackmail does not appear directly, but the definitions given by the sources are very "
        "similar. “Basically, Putin wants a formal and irreversible commitment that there will be no "
        "expansion of NATO,” said one diplomat.",
        "The council met on Tuesday evening to discuss the budget and agreed to delay the vote until next "
        "month, officials said.",
        "Short paragraph here.",
    ]
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs)
    assert "similar.\n“Basically" in wrapped  # the sentence ends at a line's end, the paragraph goes on
    result = strip("Headline of the story\n\n" + wrapped)
    assert result.paragraphs == paragraphs


def courier_story(header: str):
    return extract_article(
        f"The Baltic Courier\n{header}\nOctober 3, 2024\nEstonia's parliament on Wednesday approved a record "
        "defence budget of 3.4 percent of GDP for next year, the highest share among NATO members.\n".encode()
    )


def test_a_headline_broken_over_short_lines_is_one_headline():
    draft = courier_story("Estonia's parliament approves\nrecord defence budget\nfor 2025")
    assert draft.title == "Estonia's parliament approves record defence budget for 2025"


def test_a_name_over_a_line_in_lower_case_goes_on_with_nothing():
    draft = courier_story("Estonia approves record defence budget\nMari Tamm Jones\nin Tallinn")
    assert draft.title == "Estonia approves record defence budget"
    assert {"Mari Tamm Jones", "in Tallinn"} <= {r.text for r in draft.removed}


def test_no_headline_when_the_file_starts_with_prose():
    prose = " ".join(["The council met on Tuesday and talked about many different things at length."] * 4)
    result = strip(prose + "\n\nSecond paragraph.")
    assert result.title == ""
    assert result.paragraphs[0] == prose


def test_a_file_of_nothing_but_chrome_is_refused():
    with pytest.raises(NotText, match="nothing left"):
        extract_article(b"Share this:\n\nAdvertisement\n\nLEAVE A REPLY\n")


def test_whitespace_only_file_is_refused():
    with pytest.raises(NotText, match="white space"):
        extract_article(" \n\t\n\u00a0\n".encode())


def test_zero_width_and_bidi_characters_do_not_hide_chrome():
    result = strip(
        "Headline of the story\n\nBody text here.\n\nRead\u200b Also: \u200fOther story\n\nShare\u200b this:"
    )
    assert result.paragraphs == ["Body text here."]


@contextmanager
def hang_guard(seconds):
    """Fail instead of hanging forever (not a timing assertion: the bound is generous)."""

    def fail(*_):
        raise AssertionError(f"did not finish within {seconds} s: catastrophic backtracking?")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize(
    "line",
    [
        "“" * 300_000,
        ("Read also " + "a " * 50 + "“unclosed ") * 5000,
        ("By " + "Name " * 10) * 30000,
        "Home" + "News" * 75000,
        ("Published on " + "1 " * 20) * 10000,
        # Markdown links, images and emphasis that never close
        "Markdown Content: " + "![a](http://" * 25000,
        "Markdown Content: " + "**a " * 75000,
        "Markdown Content: " + "[a](http://x" * 25000,
    ],
)
def test_a_300kb_single_line_does_not_hang(line):
    with hang_guard(30):
        draft = extract_article(line.encode())
    assert draft.body


with open(DATA / "other_sites" / "expected.json", encoding="utf-8") as handle:
    OTHER_SITES = json.load(handle)


@pytest.mark.parametrize("name", sorted(OTHER_SITES))
def test_pages_from_other_sites_keep_their_body_and_lose_their_chrome(name):
    expected = OTHER_SITES[name]
    draft = extract_article((DATA / "other_sites" / name).read_bytes())
    assert draft.title == expected["title"]
    assert draft.outlet == expected["outlet"]
    assert draft.byline == expected["byline"]
    assert (draft.published.isoformat() if draft.published else None) == expected["published"]
    assert draft.body.startswith(expected["body_first"])
    assert draft.body.endswith(expected["body_last"])
    for sentence in expected["must_contain"]:
        assert sentence in draft.body
    for fragment in expected["must_not_contain"]:
        assert fragment not in draft.body, fragment
    for sentence in expected.get("body_once", []):
        assert draft.body.count(sentence) == 1
    # every line of the file is accounted for: body, headline or a removal with a rule
    assert all(r.rule for r in draft.removed)


@pytest.mark.parametrize("name", sorted(name for name in OTHER_SITES if name.endswith(".txt")))
def test_a_page_pasted_twice_whole_reads_as_it_does_once(name):
    """A scraper that saved the page twice over, masthead to footer: the copy goes whole. (A reader
    service's Markdown, whose header is read once, is not covered.)"""
    data = (DATA / "other_sites" / name).read_bytes()
    once, twice = extract_article(data), extract_article(data + b"\n\n" + data)
    assert (twice.title, twice.outlet, twice.byline, twice.published) == (
        once.title,
        once.outlet,
        once.byline,
        once.published,
    )
    assert twice.paragraphs == once.paragraphs
    assert [(q.text, q.speaker) for q in twice.quotes] == [(q.text, q.speaker) for q in once.quotes]
    copy = twice.removed[len(once.removed) :]
    assert copy and {r.rule for r in copy} == {"duplicate-paragraph"}


def test_html_saved_as_text_is_read_as_html():
    page = b"""<!doctype html><html><head><title>Dam breaks in the valley | Valley Post</title>
    <meta property="og:site_name" content="Valley Post">
    <meta property="article:published_time" content="2024-02-03T10:00:00Z"></head>
    <body><nav>Home News Sport</nav><article><h1>Dam breaks in the valley</h1>
    <p>The old dam gave way at dawn on Saturday.</p><p>Nobody was hurt, the fire service said.</p>
    <div class="related-posts"><p>Other story</p></div></article>
    <footer>Copyright Valley Post</footer><script>alert(1)</script></body></html>"""
    draft = extract_article(page)
    assert draft.format == "html"
    assert draft.title == "Dam breaks in the valley"
    assert draft.outlet == "Valley Post"
    assert draft.published.isoformat() == "2024-02-03"
    assert draft.paragraphs == ["The old dam gave way at dawn on Saturday.", "Nobody was hurt, the fire service said."]


def test_a_related_box_inside_the_article_does_not_end_it():
    text = (
        "Ceasefire talks resume in Geneva\n\n"
        "Negotiators met again in Geneva on Monday as ceasefire talks resumed after a week of fighting.\n\n"
        "Related\n\nFuel prices hit record high\n\nMarkets slide on rate fears\n\n"
        "The ceasefire talks in Geneva are expected to last three days, diplomats said, with a first "
        "draft of the agreement due on Wednesday.\n\nLEAVE A REPLY\n\nPlease enter your comment!"
    )
    result = strip(text)
    assert result.paragraphs[-1].startswith("The ceasefire talks in Geneva are expected")
    assert [r.rule for r in result.removed if r.text in ("Related", "Fuel prices hit record high")] == [
        "teaser-list",
        "teaser-list",
    ]
    assert result.removed[-1].rule == "comment-form"


def test_the_paragraph_after_a_box_goes_on_the_story_though_a_translation_closed_its_quote_with_an_opening_mark():
    resumed = (
        "“The ceasefire talks in Geneva are expected to last three days,” a diplomat said. “A first draft of "
        "the agreement is due on Wednesday, and nobody wants to miss that date. “"
    )
    text = (
        "Ceasefire talks resume in Geneva\n\n"
        "Negotiators met again in Geneva on Monday as ceasefire talks resumed after a week of fighting.\n\n"
        f"Recommended\n\nFuel prices hit record high\n\n{resumed}\n\n"
        "The talks are the first since the autumn.\n\nLEAVE A REPLY\n\nPlease enter your comment!"
    )
    assert strip(text).paragraphs == [
        "Negotiators met again in Geneva on Monday as ceasefire talks resumed after a week of fighting.",
        resumed,
        "The talks are the first since the autumn.",
    ]


HEAD_WITH_SHARE_BAR = (
    "Ceasefire talks resume in Geneva\n\nBy Anna Novak\n\nShare this story:\n\n"
    "Negotiators met again in Geneva on Monday as ceasefire talks resumed after a week of fighting.\n\n"
    "Related\n\nFuel prices hit record high\n\nMarkets slide on rate fears\n\n"
)


def test_the_story_goes_on_after_a_box_when_the_page_frames_it_with_its_share_bar():
    # the paragraph shares no word with the headline or the lead; the share bar under it, as over
    # the story, says it is the story's last
    result = strip(
        HEAD_WITH_SHARE_BAR
        + "Aid agencies warned that winter would make the shortages far worse for families in the east.\n\n"
        "Share this story:\n\n© 2024 The Courier"
    )
    assert result.paragraphs[-1].startswith("Aid agencies warned that winter")
    assert "Share this story:" not in result.paragraphs


def test_a_news_feed_after_the_story_stays_out_though_the_share_bar_follows_it():
    result = strip(
        HEAD_WITH_SHARE_BAR
        + "Aid agencies warned that winter would make the shortages far worse for families in the east.\n\n"
        "Storm closes airports across the north\n\n"
        "Hundreds of flights were cancelled as the storm swept in from the sea on Sunday night.\n\n"
        "Share this story:\n\n© 2024 The Courier"
    )
    assert result.paragraphs == [
        "Negotiators met again in Geneva on Monday as ceasefire talks resumed after a week of fighting."
    ]


def test_a_publication_name_after_a_dash_leaves_the_title_and_names_the_outlet():
    draft = extract_article(
        b"Kyiv hit by wave of drones overnight - BBC News\n\nAdvertisement - scroll to continue\n\n"
        b"Air defences shot down most of the drones, officials said on Sunday morning."
    )
    assert draft.title == "Kyiv hit by wave of drones overnight"
    assert draft.outlet == "BBC News"
    assert draft.paragraphs == ["Air defences shot down most of the drones, officials said on Sunday morning."]


def test_a_dash_in_an_ordinary_headline_stays():
    result = strip("Russia - Ukraine talks resume in Istanbul\n\nThe delegations met on Tuesday.")
    assert result.title == "Russia - Ukraine talks resume in Istanbul"


def test_line_keys_ignore_case_accents_quote_styles_and_punctuation_in_any_script():
    from archive.extraction.text import fold_key

    assert fold_key("Élysée “Palace” — naïve, ﬁnally!") == "elysee palace naive finally"
    assert fold_key("Nguyễn Tấn Dũng") == "nguyen tan dung"
    assert fold_key("Zu\u0308rich") == fold_key("Zürich") == "zurich"  # decomposed or not
    assert fold_key("שָׁלוֹם עולם") == "שלום עולם"  # Hebrew vowel points are marks too
    assert fold_key("Read Also: ‘Kyiv’") == fold_key("READ ALSO — 'KYIV'")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("With AFP", "agency-credit"),
        ("— Associated Press", "agency-credit"),
        ("Reuters and AFP", "agency-credit"),
        ("Agencies", "agency-credit"),
        ("bur-ach/tw", "agency-credit"),
        ("dpa/jw", "agency-credit"),
        ("--IANS", "agency-credit"),
        ("— PTI", "agency-credit"),
        ("(Adds comments from the mayor in paragraph 3)", "sourcing-tagline"),
        ("Associated Press writer Jill Lawless contributed from London.", "sourcing-tagline"),
        ("Last updated: 14:02", "published-on"),
        ("Text: Anna Novak", "byline"),
    ],
)
def test_credits_and_times_at_the_foot_of_a_story_go(line, rule):
    text = (
        "Floods hit the valley overnight\n\nHeavy rain flooded the valley overnight and hundreds of people "
        "were moved to safety, officials said.\n\nThe river is expected to peak on Tuesday, the weather "
        f"service said.\n\n{line}\n"
    )
    result = strip(text)
    assert result.paragraphs[-1] == "The river is expected to peak on Tuesday, the weather service said."
    assert rules_of(result)[line] == rule


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Kyiv • 14:02 • 12 March 2024", "2024-03-12"),
        ("12.03.2024 14:02", "2024-03-12"),  # dots: day first, as Europe writes them
        ("03/12/2024", None),  # slashes: 3 December or March 12, nobody can tell
        ("29 June 2024 • 9:00pm", "2024-06-29"),
        ("Wed 13 Mar 2024 // 14:05 UTC", "2024-03-13"),
        ("January 18, 2024 6:32 AM GMT Updated 2 hours ago", "2024-01-18"),
        # pages in other languages, or translated with their date line left as it was
        ("15 de marzo de 2024", "2024-03-15"),
        ("15. März 2024, 14:05", "2024-03-15"),
        ("15 березня 2024 р., 14:05", "2024-03-15"),
        ("3 października 2023", "2023-10-03"),
        ("Bruselas - 12 ene 2022 - 19:45 CET", "2022-01-12"),  # a month shortened the Spanish way
        ("12 déc. 2023", "2023-12-12"),
        ("07 Mar. 2024 -", "2024-03-07"),
        ("February 28, 2024, 14:00, The Kremlin, Moscow", "2024-02-28"),
        ("Published: 07 March ,2024: 02:15 PM GST", "2024-03-07"),
        ("7th of March 2024", "2024-03-07"),
        ("22-Mar-2024", "2024-03-22"),
        # the date line's label in the site's language
        ("Publié le 27 février 2024 à 10h12, modifié le 27 février 2024 à 18h30", "2024-02-27"),
        ("Veröffentlicht am 15. März 2024, 14:05 Uhr", "2024-03-15"),
        ("Publicado el 15 de marzo de 2024 a las 10:12", "2024-03-15"),
        ("22 maart 2024", "2024-03-22"),
        ("22 Mart 2024", "2024-03-22"),
        ("5 Ağustos 2024", "2024-08-05"),
        ("2024年3月22日", "2024-03-22"),
        # a year in two digits: read when a day past the 12th shows which comes first
        ("by Brad Dress - 02/23/24 10:41 AM ET", "2024-02-23"),
        ("by Brad Dress - 23/02/24 10:41", "2024-02-23"),
        ("by Al Weaver - 02/01/24 4:35 PM ET", None),
        # with dots, day first
        ("22.03.24 10:15", "2024-03-22"),
        ("by Anna Schmidt - 02.03.24", "2024-03-02"),
    ],
)
def test_a_date_line_under_the_headline_is_not_the_headline(line, published):
    draft = extract_article(
        f"Floods hit the valley overnight\n\n{line}\n\nHeavy rain flooded the valley overnight and hundreds "
        "of people were moved to safety by rescue teams, officials said.\n".encode()
    )
    assert draft.title == "Floods hit the valley overnight"
    assert (draft.published.isoformat() if draft.published else None) == published


@pytest.mark.parametrize(
    ("line", "story", "published"),
    [
        # another date on the page past the 12th shows which comes first
        ("Published 07/03/2024 | Updated 07/15/2024", "on Wednesday", "2024-07-03"),
        ("Published 07/03/2024 | Updated 15/03/2024", "on Wednesday", "2024-03-07"),
        # or the story writes the day in words
        ("04/03/2024", "on 4 March", "2024-03-04"),
        ("04/03/2024", "on April 3rd", "2024-04-03"),
        ("04/03/2024", "on Wednesday", None),
        ("04/03/2024", "between 4 March and April 3", None),
        # or the time beside it is on the 24-hour clock, past noon: a page writing the day first
        ("Issued on: 04/03/2024 - 18:22", "on Wednesday", "2024-03-04"),
        ("Issued on: 04/03/2024 - 6:22 PM", "on Wednesday", None),
        ("Issued on: 04/03/2024 - 09:22", "on Wednesday", None),
    ],
)
def test_a_date_in_figures_either_way_round_is_read_as_the_page_writes_its_dates(line, story, published):
    draft = extract_article(
        f"Floods hit the valley overnight\n\n{line}\n\nHeavy rain flooded the valley {story} and hundreds "
        "of people were moved to safety by rescue teams, officials said.\n".encode()
    )
    assert (draft.published.isoformat() if draft.published else None) == published


def test_an_ai_generated_summary_goes_but_the_story_right_under_its_question_stays():
    result = strip(
        "Germany's economy shrank again\n\nAI-generated summary\n\nGermany's GDP fell 0.2% in the fourth quarter."
        "\n\nEconomists expect weak growth this year.\n\nWas this summary helpful?\n\nGermany's economy contracted "
        "by 0.2% in the last three months of 2023, official data showed on Friday.\n\nThe government cut its forecast.\n"
    )
    assert result.paragraphs == [
        "Germany's economy contracted by 0.2% in the last three months of 2023, official data showed on Friday.",
        "The government cut its forecast.",
    ]
    assert [r.rule for r in result.removed if r.rule == "ai-summary"] == ["ai-summary"] * 3


def test_terms_of_reuse_end_the_page_but_a_story_sentence_like_them_stays():
    result = strip(
        "Floods hit the valley overnight\n\nHeavy rain flooded the valley overnight and hundreds of people were "
        "moved to safety, officials said.\n\nWhen quoting the mayor, the paper left out the word “disaster”.\n\n"
        "If you quote any materials, a hyperlink to example.net is required.\n\nCiting and using materials in "
        "offline media is allowed with the permission of Example only.\n"
    )
    assert result.paragraphs[-1] == "When quoting the mayor, the paper left out the word “disaster”."
    assert {r.rule for r in result.removed} == {"headline", "reuse-notice"}


def test_caption_and_image_source_lines_go():
    result = strip(
        "Kenya protests\n\nImage caption, Protesters set part of the parliament building on fire\n\n"
        "Kenyan police fired tear gas at protesters who stormed parliament in Nairobi on Tuesday.\n\n"
        "Image source, Reuters\n\nThe bill would raise taxes on bread and cooking oil, the government said.\n"
    )
    assert [r.rule for r in result.removed if r.text.startswith("Image")] == ["image-credit", "image-credit"]
    assert len(result.paragraphs) == 2


def test_a_page_that_lost_its_line_breaks_still_gives_its_headline_and_date():
    text = (
        "NATO allies agree to boost defence spending Published on 12 June 2024 NATO allies agreed on "
        "Wednesday to raise their defence spending target, Secretary General Jens Stoltenberg said. "
        '"This is a historic decision," Stoltenberg told reporters in Brussels.'
    )
    draft = extract_article(text.encode())
    assert draft.title == "NATO allies agree to boost defence spending"
    assert draft.published.isoformat() == "2024-06-12"
    assert draft.body.startswith("NATO allies agreed on Wednesday")
    assert [(q.text, q.speaker) for q in draft.quotes] == [("This is a historic decision", "Jens Stoltenberg")]


@pytest.mark.parametrize(
    ("suffix", "outlet"),
    [
        ("International", None),
        ("World News", None),
        ("Mexico", None),
        ("Climate and Environment", None),
        ("Euractiv", "Euractiv"),
        ("CNN Politics", "CNN"),
        ("Kyiv Post", "Kyiv Post"),
        ("France 24", "France 24"),
    ],
)
def test_a_site_name_after_a_bar_names_the_outlet_and_a_section_does_not(suffix, outlet):
    draft = extract_article(
        f"NATO agrees to strengthen eastern flank | {suffix}\n\nThe alliance agreed on Tuesday to strengthen "
        "its eastern flank after talks in Brussels, officials said.\n".encode()
    )
    assert draft.title == "NATO agrees to strengthen eastern flank"
    assert draft.outlet == outlet


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Written By: Maria Okafor", "Maria Okafor"),
        ("Written By: Staff Writer", None),
        ("Reported By: Agencies", None),
        ("By Our Correspondent", None),
        ("Maria Okafor with AP", "Maria Okafor"),
        ("Le Monde with AFP", None),
        ("Reuters with AFP", None),
    ],
)
def test_a_byline_names_its_author_and_never_a_desk(line, byline):
    draft = extract_article(
        f"A headline for the story here\n\n{line}\n\nThe only paragraph of the story is long enough, officials said.\n".encode()
    )
    assert draft.byline == byline
    assert line not in draft.body


def test_other_stories_with_cut_off_summaries_and_no_heading_end_the_story():
    result = strip(
        "A headline for the story\n\nThe only paragraph of the story is long enough to be one, officials said.\n\n"
        "Aging: This Is What Happens Inside Your Body Right After Exercise\n\n"
        "The concept of reversing aging, once relegated to the realm of science fiction, has...\n\n"
        "Immune-Boosting Drink that Mimics Fasting to Reduce Fat\n\n"
        "It triggers a 'fasting-like' state In a recent study, scientists discovered that the microbes found in...\n"
    )
    assert result.paragraphs == ["The only paragraph of the story is long enough to be one, officials said."]
    assert set(rules_of(result).values()) == {"headline", "teaser-list"}


def test_a_story_ending_in_one_trailing_thought_keeps_it():
    result = strip(
        "A headline for the story\n\nThe only paragraph of the story is long enough to be one, officials said.\n\n"
        "And what comes next, nobody yet knows...\n"
    )
    assert result.paragraphs[-1] == "And what comes next, nobody yet knows..."


def test_markdown_is_read_as_the_text_it_stands_for():
    draft = extract_article(
        b"# Allies pledge more air defence\n\n**KYIV** \xe2\x80\x93 Allies pledged more [air defence](https://x.example/a) on "
        b"Tuesday after talks with [Volodymyr Zelensky](https://x.example/z), officials said.\n\n"
        b"![Patriot launcher](https://x.example/p.jpg)\n\n"
        b"* [Read more: Germany sends a third Patriot](https://x.example/r)\n"
    )
    assert draft.title == "Allies pledge more air defence"
    assert draft.body == (
        "KYIV \u2013 Allies pledged more air defence on Tuesday after talks with Volodymyr Zelensky, officials said."
    )


def test_brackets_in_plain_text_are_not_markdown():
    text = (
        "Court rules on appeal\n\nThe court [of appeal] ruled on Monday (see [1]) that the law stands, judges said.\n"
    )
    assert extract_article(text.encode()).body == (
        "The court [of appeal] ruled on Monday (see [1]) that the law stands, judges said."
    )


def test_a_teaser_of_the_story_cut_short_with_an_ellipsis_is_a_duplicate():
    page = (
        "Norway to send F-16s to Ukraine\n\n"
        "Norway will deliver its first F-16 fighter jets to Ukraine before the end of the year, the minister said.\n\n"
        "The aircraft are ready, and the training of Ukrainian pilots is well under way, he told NRK.\n\n"
        "Norway has pledged six F-16s. Denmark and the Netherlands have also promised the jets.\n\n"
        "Norway will deliver its first F-16 fighter jets to Ukraine before the end of the year, the minister said. "
        "The aircraft are ready, and the training of Ukrainian pilots is well under way, he told NRK. Norway has "
        "pledged six...\n\n"
        "Continue reading\n\n"
        "Ukraine has repeatedly asked for more aircraft, and every plane counts, the president said last month.\n\n"
        "Norway will deliver its first F-16 fighter jets to Ukraine before the end…\n"
    )
    draft = extract_article(page.encode())
    assert draft.paragraphs[-1].startswith("Ukraine has repeatedly asked")
    assert [r.rule for r in draft.removed].count("duplicate-paragraph") == 2
    assert draft.body.count("Norway will deliver") == 1


def test_a_body_pasted_again_under_the_comment_form_is_recorded_as_a_duplicate():
    draft = extract_article((DATA / "other_sites" / "body_pasted_again_under_comment_form.txt").read_bytes())
    rule_of = {r.text: r.rule for r in draft.removed}
    assert rule_of["The committee will meet for the first time next month."] == "duplicate-paragraph"
    assert rule_of["Regional ministers agree on joint water plan for drought-hit valley"] == "repeated-headline"
    assert rule_of["Leave a Reply Cancel reply"] == "comment-form"


def test_a_long_sentence_over_a_photographers_credit_is_the_standfirst_not_a_caption():
    page = (
        "Court jails reporter over posts about the war\n\n"
        "March 5, 2024\n\n"
        "A Moscow court on Tuesday sentenced journalist Maria Ponomarenko to six years in prison for social "
        "media posts criticizing the war in Ukraine.\n\n"
        "Alexander Zemlianichenko / AP\n\n"
        "The court said the posts spread false information about the army, her lawyer told reporters on Tuesday.\n"
    )
    draft = extract_article(page.encode())
    assert draft.paragraphs[0].startswith("A Moscow court on Tuesday sentenced journalist Maria Ponomarenko")
    assert "Zemlianichenko" not in draft.body


def test_the_authors_bio_under_the_story_names_the_paper():
    page = (
        "Ceasefire talks stall in Cairo\n\nBy JACOB MAGID\n\n5 March 2024, 9:15 pm\n\n"
        "Talks in Cairo on a ceasefire ended on Tuesday without a breakthrough, officials said.\n\n"
        "Jacob Magid is The Times of Israel's US bureau chief based in New York.\n"
    )
    draft = extract_article(page.encode())
    assert draft.outlet == "The Times of Israel"
    assert "bureau chief" not in draft.body


def test_a_bio_naming_a_country_before_the_job_names_no_paper():
    page = (
        "Border crossings to close\n\nBy Anna Kowal\n\n"
        "VILNIUS – The three Baltic states will close further border crossings with Russia and Belarus, "
        "their interior ministers announced on Monday.\n\n"
        "Anna Kowal is Ukraine's correspondent in Vilnius.\n"
    )
    draft = extract_article(page.encode())
    assert draft.outlet is None
    assert "correspondent in Vilnius" not in draft.body


def test_a_paragraph_that_only_begins_like_an_earlier_one_is_kept():
    page = (
        "Bridge to close for repairs\n\n"
        "The bridge will close on Monday for six weeks of repairs, the council said.\n\n"
        "Drivers will be diverted through Ashford during the works.\n\n"
        "The bridge will close on Monday for six weeks of repairs, the council said. It will reopen in July.\n"
    )
    draft = extract_article(page.encode())
    assert draft.paragraphs[-1].endswith("It will reopen in July.")


def test_support_and_inbox_prompts_under_the_story_go():
    page = (
        "Central bank holds its key rate\n\n"
        "The central bank kept its key rate at 16 percent on Friday, the regulator said.\n\n"
        "Support Meduza’s journalism. Donate today\n\n"
        "Get the best of Meduza’s reporting in your inbox.\n"
    )
    draft = extract_article(page.encode())
    assert draft.paragraphs == ["The central bank kept its key rate at 16 percent on Friday, the regulator said."]


def test_a_write_to_line_and_the_print_edition_note_under_the_story_go():
    page = (
        "ECB holds rates steady\n\nBy Tom Fairless\n\n"
        "The European Central Bank kept interest rates at a record high on Thursday, officials said.\n\n"
        "Economists expect the bank to cut by a quarter point in June.\n\n"
        "Write to Tom Fairless at tom.fairless@wsj.com\n\n"
        "Appeared in the April 12, 2024, print edition as 'ECB Signals June Rate Cut'.\n"
    )
    draft = extract_article(page.encode())
    assert draft.paragraphs[-1] == "Economists expect the bank to cut by a quarter point in June."


def test_a_list_ending_in_a_name_and_a_line_about_them_is_not_an_author_box():
    text = (
        "Who is running for mayor\n\n"
        "Three candidates are on the ballot in Thursday's election for mayor, the first in a decade.\n\n"
        "Anna Kowalska\n\nAnna Kowalska is the party's leader and has served two terms on the council.\n\n"
        "Jan Nowak\n\nJan Nowak is a former teacher who now runs the city's largest charity.\n"
    )
    result = strip(text)
    assert result.paragraphs[-2:] == [
        "Jan Nowak",
        "Jan Nowak is a former teacher who now runs the city's largest charity.",
    ]


def test_a_blog_posted_by_line_with_a_weekday_and_month_is_the_byline_and_the_date():
    draft = extract_article(
        b"Council approves plan\nPosted by Linda Carver on Tuesday, March 12, 2025\n"
        b"The city council voted 7-2 on Tuesday night to approve a $14 million replacement for the bridge.\n"
    )
    assert (draft.byline, draft.published) == ("Linda Carver", date(2025, 3, 12))
    assert draft.body.startswith("The city council voted")


def test_an_agency_and_the_newsroom_that_relayed_it_sign_off_the_story():
    draft = extract_article(
        "Baerbock: Putin will not win\n\n"
        "„Putin will not win this war. We will support Ukraine as long as necessary“, Baerbock said on Sunday"
        " in an interview with the ARD broadcaster.\n\ndpa/ukrinform\n".encode()
    )
    assert draft.body.endswith("ARD broadcaster.")
    assert ("dpa/ukrinform", "agency-credit") in [(r.text, r.rule) for r in draft.removed]


def test_a_desk_of_a_kind_signing_the_story_names_no_outlet():
    draft = extract_article(
        b"Kallas: EU will keep supporting Ukraine\n\nby Editorial Staff\n\nMarch 18, 2025\n\n"
        b"EU foreign policy chief Kaja Kallas said on Monday that the bloc would continue to support Ukraine.\n"
    )
    assert (draft.outlet, draft.byline) == (None, None)


def test_a_readers_name_over_the_date_of_their_comment_is_no_byline():
    draft = extract_article(
        b"Ferry strike ends after three days\n\n"
        b"The ferry strike ended on Friday after the union accepted a new pay offer from the operator.\n\n"
        b"Comments\n\nJan Kowalski\n\nMay 18, 2024 at 3:12 pm\n\nAbout time too.\n\nReply"
    )
    assert draft.byline is None  # the story names no author; the reader is none
    assert [r.rule for r in draft.removed if r.text == "Jan Kowalski"] == ["comment-form"]


GENEVA_CLOSE = "The talks will resume next week, the ministry said."


GENEVA_LEAD = "Negotiators met in Geneva on Monday for a new round of talks on the war in Ukraine, officials said."


def geneva_story(*paragraphs: str) -> bytes:
    """A short story (headline, lead) with ``paragraphs`` after its lead."""
    return "\n\n".join(["Talks go on in Geneva", GENEVA_LEAD, *paragraphs]).encode()


def geneva_story_under(*header: str, foot: tuple[str, ...] = (), headline: str = "Talks go on in Geneva") -> bytes:
    """The same story, ending with GENEVA_CLOSE, with ``header`` lines between the headline and the
    lead and ``foot`` lines under the story."""
    return "\n\n".join([headline, *header, GENEVA_LEAD, GENEVA_CLOSE, *foot]).encode()


@pytest.mark.parametrize(
    "sentence",
    [
        "Related charges were dropped against two other suspects, the court said.",
        "Copyright law in Ukraine was changed in 2023 to match EU rules.",
        "Subscribe-and-save schemes were banned by the regulator in 2023.",
        "Newsletter editors at the paper walked out on Monday in a pay dispute.",
        "Photo by a local resident shows smoke rising over the city.",
        "We want to hear from you, the minister told voters at a rally in Lviv on Sunday.",
        "Views expressed by the envoy were his own, the ministry said later.",
        "Read more about the plan in the government's statement, the ministry said.",
        "Recommended by the commission, the plan was adopted on Monday.",
        "The report was prepared with the support of the World Bank, the ministry said.",
        "This article was translated into 12 languages by volunteers who said it mattered.",
        "Support Grows for the plan among the Geneva delegates, the ministry said.",
        "The agency named the newspaper a foreign agent last year, and its editors disagree.",
        "By registering voters early, the campaign hopes to win, and critics agree it may work.",
        "Editor at Large Anna Smith said the paper would appeal the ruling.",
        "Read the full news conference transcript, which was published with updates on Friday.",
        "Tags on the missile fragments showed they were made in 2023.",
        "Have your say on the future of the city, the mayor urged residents.",
        "Want to help Ukraine? Donate to the Red Cross, the minister urged.",
        "Search teams are still looking...",
        "Editor: So what changed?",
        "Already a member? The party says it has 2,000 of them in Lviv alone.",
        "Follow the money, the prosecutor told the court on Monday.",
        "Zelensky on Telegram: the enemy is advancing near Pokrovsk.",
        "Based on reports from the front, the general said the line held.",
        "The use of cluster munitions is prohibited under international law, the minister said.",
        "Day 750 of the war began with a drone attack on Kyiv.",
        "Talks resumed in Geneva on Tuesday, the ministry said. Reuters",
        "If you want to help Ukraine, donate to the Red Cross, the minister urged.",
        "Sources say the Kremlin is hiring.",
        "Middle East Eye delivers a weekly briefing to diplomats, the ministry said.",
        "We need your help, the mayor told residents after the flood.",
        "The envoy asked allies to consider supporting the Geneva plan.",
    ],
)
def test_a_story_sentence_opening_with_a_boilerplate_word_stays(sentence):
    draft = extract_article(geneva_story(sentence, GENEVA_CLOSE))
    assert sentence in draft.paragraphs


@pytest.mark.parametrize(
    "notice, outlet",
    [
        ("© Copyright 2025 Kyiv Post", "Kyiv Post"),
        ("Kyiv Post © 2025", "Kyiv Post"),
        ("© 2000-2025 Українська правда", "Українська правда"),
        ("Copyright © 2024 Bennett, Coleman & Co. Ltd. All rights reserved.", None),
        ("© Crown copyright", None),
        ("Copyright © Nordic Times 2024. All Rights Reserved.", "Nordic Times"),
        ("Nordic Times © 2024 | Privacy Policy | Terms", "Nordic Times"),
        ("Copyright © 2024 | Nordic Times", "Nordic Times"),
        ("© 2024 by Nordic Times", "Nordic Times"),
        ("Nordic Times. All rights reserved.", "Nordic Times"),
        ("All rights reserved by Nordic Times", "Nordic Times"),
        ("Content © Nordic Times", "Nordic Times"),
        ("© 2024 Nordic Times Media Group", "Nordic Times"),
        ("Copyright 2025 The Associated Press. All Rights Reserved.", "The Associated Press"),
        ("© AZERTAC. When using the materials, a hyperlink to AZERTAC is required.", "AZERTAC"),
    ],
)
def test_a_copyright_line_names_the_outlet_however_it_is_written(notice, outlet):
    draft = extract_article(geneva_story(GENEVA_CLOSE, notice))
    assert draft.outlet == outlet
    assert notice not in draft.body


@pytest.mark.parametrize(
    "line, rule",
    [
        ("This is a developing story and will be updated.", "sourcing-tagline"),
        ("This is a breaking news story. Check back for updates.", "sourcing-tagline"),
        ("More to follow.", "sourcing-tagline"),
        ("Al Jazeera's Hoda Abdel-Hamid contributed to this report from Moscow.", "sourcing-tagline"),
        ("-- With files from Reuters", "sourcing-tagline"),
        ("Written by Anna Smith; edited by John Doe", "byline"),
        ("Follow Al Jazeera English:", "social-follow"),
        ("For the latest news, follow us on Telegram.", "social-follow"),
        ("We want to hear from you. Share your thoughts in the comments below.", "comment-form"),
        ("Cover photo: Getty Images", "image-credit"),
        ("Views expressed are personal.", "disclaimer"),
        ("Listen to the audio version of this article", "media-label"),
        ("Please wait...", "page-chrome"),
        ("Also interesting", "teaser-list"),
        ("This article was translated from Ukrainian.", "sourcing-tagline"),
        ("The article was prepared with the support of the European Union.", "sourcing-tagline"),
        ("This content was produced with AI assistance and reviewed by our editors.", "sourcing-tagline"),
        ("Every ruble you give protects independent journalism. Donate today.", "donation-prompt"),
        ("Meduza is a foreign agent according to the Russian authorities. We disagree.", "disclaimer"),
        (
            "This material was produced and distributed by a foreign mass media outlet performing the functions of a foreign agent.",
            "disclaimer",
        ),
        ("Get exclusive content with a Global Impact Newsletter", "subscribe-prompt"),
        ("By registering, you agree to our T&C and Privacy Policy", "subscribe-prompt"),
        ("To continue reading this article, subscribe to The Baltic Times.", "subscribe-prompt"),
        ("Paywall", "subscribe-prompt"),
        ("Get newsletter", "subscribe-prompt"),
        ("Last Update: 04:30 PM GST", "published-on"),
        ("312 Followers", "share-counter"),
        ("Newsweek is committed to challenging conventional wisdom and finding connections.", "disclaimer"),
    ],
)
def test_notes_closing_a_story_go(line, rule):
    draft = extract_article(geneva_story(GENEVA_CLOSE, line))
    assert draft.paragraphs[-1] == GENEVA_CLOSE
    assert [r.rule for r in draft.removed if r.text == line] == [rule]


@pytest.mark.parametrize("link", ["Support the Geneva Ledger", "Geneva Ledger in English", "Follow Geneva Ledger"])
def test_a_link_in_the_sites_own_name_inside_the_story_goes(link):
    draft = extract_article(geneva_story(link, GENEVA_CLOSE, "© 2025 Geneva Ledger"))
    assert draft.outlet == "Geneva Ledger"
    assert link not in draft.paragraphs
    assert draft.paragraphs[-1] == GENEVA_CLOSE
    assert {r.text: r.rule for r in draft.removed}[link] == "outlet-appeal"


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Article continues after this advertisement", "advertisement"),
        ("00:00 / 03:12", "media-label"),
        ("Tweet this", "share-widget"),
        ("Copy link to clipboard", "share-widget"),
        ("Enlarge image", "share-widget"),
    ],
)
def test_page_furniture_inside_the_story_goes_and_the_story_goes_on(line, rule):
    draft = extract_article(geneva_story(line, GENEVA_CLOSE))
    assert draft.paragraphs[-1] == GENEVA_CLOSE
    assert [r.rule for r in draft.removed if r.text == line] == [rule]


def test_a_section_over_the_headline_named_again_by_the_story_or_a_teaser_is_no_outlet():
    page = (
        "Premier League\n\nArsenal beat Chelsea to go top\n\n"
        "Arsenal beat Chelsea 2-0 on Sunday to go top of the table, with two goals after half-time.\n\n"
        "Read also: Premier League table after round 12\n\n"
        "Premier League clubs voted on Monday.\n"
    )
    draft = extract_article(page.encode())
    assert draft.outlet is None
    assert draft.paragraphs[-1] == "Premier League clubs voted on Monday."


def test_the_outlets_name_after_a_dash_comes_off_the_headline():
    page = (
        "Zelensky meets Trump in Paris - Ukrinform\n\n"
        "President Volodymyr Zelensky met US President Donald Trump in Paris on Saturday, his office said.\n\n"
        "Ukrinform © 2025\n"
    )
    draft = extract_article(page.encode())
    assert (draft.title, draft.outlet) == ("Zelensky meets Trump in Paris", "Ukrinform")
    assert ("- Ukrinform", "section-suffix") in [(r.text, r.rule) for r in draft.removed]


@pytest.mark.parametrize(
    "line, byline, outlet",
    [
        ("By ANNA SMITH and JOHN DOE Associated Press", "Anna Smith and John Doe", None),
        ("Anna Smith, Reuters", "Anna Smith", None),
        ("Anna Smith — Kyiv", "Anna Smith", None),
        ("Author: Anna Smith | Published: 12 March 2024", "Anna Smith", None),
        ("Anna Smith / Kyiv Post", "Anna Smith", "Kyiv Post"),
        ("by Anna Smith | 2 min read", "Anna Smith", None),
        ("April 2, 2025 | Mari Tamm", "Mari Tamm", None),
        ("By Anna Smith | Euractiv", "Anna Smith", None),
        ("By Anna Smith | Madrid", "Anna Smith", None),
        ("By John Smith, Senior Correspondent, and Jane Doe", "John Smith and Jane Doe", None),
        ("John Smith in Kyiv and Jane Doe in Moscow", "John Smith and Jane Doe", None),
        ("Words: John Smith | Photos: Jane Doe", "John Smith", None),
        ("Text and photos: John Smith", "John Smith", None),
        ("Par Jean DUPONT", "Jean Dupont", None),
        ("Von Hans Müller", "Hans Müller", None),
        ("Autor: Jan Kowalski", "Jan Kowalski", None),
        ("By RFE/RL's Hungarian Service", "RFE/RL's Hungarian Service", "RFE/RL"),
        ("By Daniel Boffey Chief reporter", "Daniel Boffey", None),
        ("By Isabel Coles | Photographs by Ivor Prickett", "Isabel Coles", None),
        ("Updated 11:42 AM GMT, March 7, 2024 By Susie Blann", "Susie Blann", None),
        ("By Reuters Staff", None, "Reuters"),  # an agency signing a page that names no other newsroom
        ("Anna Smith | 12.03.2024 - Update : 12.03.2024", "Anna Smith", None),
        ("Serdar Guldogan | 12.03.2024", "Serdar Guldogan", None),
        ("Anna Smith, Staff Writer", "Anna Smith", None),
        ("Anna Smith in Brussels and Pjotr Sauer", "Anna Smith and Pjotr Sauer", None),
        ("Anna Smith | Contributor", "Anna Smith", None),
        ("By Anna Smith, The Washington Post", "Anna Smith", "The Washington Post"),
        ("By Anna Smith for Newsweek", "Anna Smith", "Newsweek"),
        ("By Anna Smith @asmith", "Anna Smith", None),
        ("By Anna Smith on March 7, 2024", "Anna Smith", None),
        ("By Anna Smith, Ph.D.", "Anna Smith", None),
        ("Posted by admin on 14 March 2024", None, None),
        ("Posted by Anna Smith | Feb 20, 2024 | World | 7 comments", "Anna Smith", None),
        ("Published: 7 March 2024 | Updated: 8 March 2024 | By Anna Smith", "Anna Smith", None),
        ("By Anna Smith | Published: 7 March 2024", "Anna Smith", None),
        ("Posted by Coast Daily Staff | Feb 20, 2024 | Europe | 0 comments", None, "Coast Daily"),
        ("By Webmaster", None, None),
        ("Anna Smith with AFP, Reuters", "Anna Smith", None),
        ("By Anna Smith with AP and AFP", "Anna Smith", None),
        ("Reporting by Anna Smith", "Anna Smith", None),
        ("By Anna Smith (@annasmith)", "Anna Smith", None),
        ("Anna Smith @annasmith", "Anna Smith", None),
        ("By Anna Smith and agencies", "Anna Smith", None),
        ("By Anna Smith, with reporting by John Doe", "Anna Smith", None),
        ("By Anna Smith, Geneva Bureau Chief", "Anna Smith", None),
        ("By Hanna Liubakova, Nonresident Fellow", "Hanna Liubakova", None),
        ("By Anna Smith, Senior Researcher", "Anna Smith", None),
        ("By Anna Smith, Special to The Post", "Anna Smith", None),
        ("By Dr. Anna Smith", "Anna Smith", None),
        ("By Anna Smith, Geneva", "Anna Smith", None),
        ("BY ANNA SMITH AND JOHN DOE", "Anna Smith and John Doe", None),
        ("Anna Smith and John Doe", "Anna Smith and John Doe", None),
        ("Anna Smith, John Doe and Maria Lopez", "Anna Smith, John Doe and Maria Lopez", None),
        ("By Anna Smith, Bloomberg", "Anna Smith", None),
        ("By Ana Ruiz, Tom Berg and Li Wei, CNN", "Ana Ruiz, Tom Berg and Li Wei", "CNN"),
        ("By RFE/RL", None, "RFE/RL"),
        ("Anna Smith - Senior Reporter", "Anna Smith", None),
        ("By Anna Smith, CNN Business", "Anna Smith", "CNN"),
        ("By Anna Smith, Europe Correspondent, Brussels", "Anna Smith", None),
        ("By Anna Smith — Geneva", "Anna Smith", None),
        ("By Anna Smith, Published March 22, 2024", "Anna Smith", None),
        ("Opinion by Anna Smith", "Anna Smith", None),
        ("Analysis by Anna Smith", "Anna Smith", None),
        ("By Anna Smith, for The Geneva Herald", "Anna Smith", "The Geneva Herald"),
        ("By Anna Smith & John Doe", "Anna Smith and John Doe", None),
        ("Anna Smith (Geneva)", "Anna Smith", None),
        ("By Anna Smith, a fellow for Europe at the Council on Foreign Relations.", "Anna Smith", None),
    ],
)
def test_a_byline_under_the_headline_however_it_is_written(line, byline, outlet):
    draft = extract_article(geneva_story(GENEVA_CLOSE).replace(b"\n\n", f"\n\n{line}\n\n".encode(), 1))
    assert (draft.byline, draft.outlet) == (byline, outlet)
    assert line not in draft.body


@pytest.mark.parametrize(
    "paragraph, credit",
    [
        (
            "The delegations agreed to meet again in May, officials said.",
            "(Photo by Sergei Supinsky/AFP via Getty Images)",
        ),
        ("The talks will resume next week, the foreign ministry said.", "Photo: Anna Smith / Reuters"),
        ("The talks ended on Monday, the foreign ministry said.", "Jaco Marais/News24"),
        (
            "Ukrainian President Volodymyr Zelensky (pictured) said the talks were useful.",
            "[Photo: Office of the President]",
        ),
        # who took it before the word "photo": a military unit's credit
        ("The Army has doubled its output of shells since 2022, officials said.", "(U.S. Army photo by Spc. John Doe)"),
    ],
)
def test_a_photos_credit_glued_to_a_story_paragraph_goes_and_the_paragraph_stays(paragraph, credit):
    draft = extract_article(geneva_story(f"{paragraph} {credit}", GENEVA_CLOSE))
    assert paragraph in draft.paragraphs
    assert [r.rule for r in draft.removed if r.text == credit] == ["image-credit"]


def test_a_caption_ending_in_its_credit_still_goes_whole():
    caption = "Firefighters work at the site of a missile strike in Dnipro, March 7, 2025. REUTERS/Mykola Synelnykov"
    draft = extract_article(geneva_story(caption, GENEVA_CLOSE))
    assert "Firefighters work at the site" not in draft.body
    assert draft.paragraphs[-1] == GENEVA_CLOSE


@pytest.mark.parametrize(
    "line, title, outlet",
    [
        ("Talks go on in Geneva (VIDEO)", "Talks go on in Geneva", None),
        ("Talks go on in Geneva [PHOTOS]", "Talks go on in Geneva", None),
        # (the mark alone in brackets is no photo's credit, which would take the headline with it)
        ("Talks go on in “Geneva format” (PHOTOS)", "Talks go on in “Geneva format”", None),
        ("Talks go on in Geneva (PHOTO, VIDEO)", "Talks go on in Geneva", None),
        # a headline shaped like a label and no other headline: the headline, not an empty title
        ("Source: Talks go on in Geneva", "Source: Talks go on in Geneva", None),
        ("Sign up for peace: Talks go on in Geneva", "Sign up for peace: Talks go on in Geneva", None),
        ("WATCH: Talks go on in Geneva", "Talks go on in Geneva", None),
        ("WATCH: Talks go on in Geneva (VIDEO)", "Talks go on in Geneva", None),
        ("UPDATED: Talks go on in Geneva", "Talks go on in Geneva", None),
        ("EXCLUSIVE: Talks go on in Geneva", "EXCLUSIVE: Talks go on in Geneva", None),
        ("Talks go on in Geneva :: Geneva Ledger", "Talks go on in Geneva", "Geneva Ledger"),
        ("Talks go on in Geneva » Geneva Ledger", "Talks go on in Geneva", "Geneva Ledger"),
        ("Putin says « we are ready » for talks", "Putin says « we are ready » for talks", None),
        ("Talks go on in Geneva | World news | The Guardian", "Talks go on in Geneva", "The Guardian"),
    ],
)
def test_a_headlines_media_mark_and_the_site_after_it_come_off(line, title, outlet):
    draft = extract_article(geneva_story(GENEVA_CLOSE).replace(b"Talks go on in Geneva", line.encode(), 1))
    assert (draft.title, draft.outlet) == (title, outlet)
    assert line not in draft.body


@pytest.mark.parametrize(
    "opening, outlet",
    [
        ("MINSK, 7 March (BelTA) – Belarus has started snap combat readiness checks, the ministry said.", "BelTA"),
        (
            "Kyiv. March 7. INTERFAX-UKRAINE - The Verkhovna Rada voted to extend martial law, MPs said.",
            "Interfax-Ukraine",
        ),
        ("WARSAW, March 2 (Notes) — Every new apartment block will need a bomb shelter, the ministry said.", None),
        (
            "Kyiv, March 7 (Interfax-Ukraine) - The Verkhovna Rada voted to extend martial law, MPs said.",
            "Interfax-Ukraine",
        ),
        ("LONDON, March 7 (Bloomberg) -- Oil rose for a third day as traders weighed the attacks.", "Bloomberg"),
    ],
)
def test_an_agency_no_list_knows_is_read_from_the_wire_dateline(opening, outlet):
    draft = extract_article(f"A headline for the story here\n\n{opening}\n\nThe drills will last a week.\n".encode())
    assert draft.outlet == outlet


@pytest.mark.parametrize(
    "line, byline",
    [("updated 2 hours ago", None), ("posted on March 7, 2024", None), ("written by Anna Smith", "Anna Smith")],
)
def test_a_line_of_chrome_in_lower_case_is_never_joined_to_a_long_headline(line, byline):
    headline = "Ukrainian refugees find a new home in the Chicago suburbs after fleeing"
    page = (
        f"{headline}\n{line}\nCHICAGO — Two years after fleeing the war, dozens of Ukrainian families have "
        "settled in the western suburbs, officials said.\n\nLocal churches have helped the families.\n"
    )
    draft = extract_article(page.encode())
    assert (draft.title, draft.byline) == (headline, byline)
    assert line not in draft.body


FINLAND_STORY = (
    "Finland will close its last open border crossing with Russia, the government said on Tuesday.\n\n"
    '"This is a matter of national security," Prime Minister Petteri Orpo told reporters in Helsinki.\n\n'
    "The crossing will close at midnight on Thursday, the interior ministry said in a statement."
)


@pytest.mark.parametrize(
    "headline, foot, title, outlet",
    [
        # the outlet's name, known from its copyright, opening the headline before a dash
        (
            "Nordic Times - Finland closes last border crossing",
            "© 2024 Nordic Times. All rights reserved.",
            "Finland closes last border crossing",
            "Nordic Times",
        ),
        # a name before a bar that the page's foot has alone on its line: the site's
        (
            "Baltic Wire | Finland closes last border crossing",
            "Baltic Wire",
            "Finland closes last border crossing",
            "Baltic Wire",
        ),
        # but a place the navigation has alone is no site, nor is a name before a colon
        ("Ukraine - Russia talks resume in Istanbul", "Ukraine", "Ukraine - Russia talks resume in Istanbul", None),
        (
            "Nordic Times: Finland closes last border crossing",
            "© 2024 Nordic Times. All rights reserved.",
            "Nordic Times: Finland closes last border crossing",
            "Nordic Times",
        ),
    ],
)
def test_a_sites_name_opening_the_headline_before_a_dash_or_a_bar_is_the_outlet(headline, foot, title, outlet):
    draft = extract_article(f"{headline}\n\n{FINLAND_STORY}\n\n{foot}".encode())
    assert (draft.title, draft.outlet) == (title, outlet)
    assert draft.body == FINLAND_STORY


def test_a_wires_dateline_alone_on_its_line_goes_and_names_the_agency():
    draft = extract_article(
        b"EU agrees new sanctions on Russia\n\nBRUSSELS (Reuters) -\n\n"
        b"European Union governments agreed on Wednesday a new package of sanctions against Russia, diplomats said.\n\n"
        b"The package targets shipping and banks, the diplomats said.\n"
    )
    assert draft.outlet == "Reuters"
    assert draft.paragraphs[0].startswith("European Union governments agreed")
    assert [r.rule for r in draft.removed if r.text == "BRUSSELS (Reuters) -"] == ["dateline"]


def test_a_caption_said_twice_goes_but_an_authors_name_twice_under_the_story_is_their_box():
    caption = "Rescuers work at the site of a strike in Kharkiv on March 22."
    lines = [
        "Strike on Kharkiv kills five, officials say",
        caption,
        caption,
        "A missile strike on Kharkiv killed five people, the governor said on Friday.",
        "Rescuers searched the rubble through the night, officials said.",
        "The mayor said power had been restored to most homes by the morning.",
    ]
    result = strip("\n\n".join(lines))
    assert result.paragraphs[0].startswith("A missile strike on Kharkiv")
    assert [(r.text, r.rule) for r in result.removed].count((caption, "image-caption")) == 2
    page = extract_article((DATA / "other_sites" / "author_named_twice_in_the_box_under_the_story.txt").read_bytes())
    assert [r.rule for r in page.removed if r.text == "Jacopo Barigazzi"] == ["author-box", "author-box"]


@pytest.mark.parametrize(
    "line, byline",
    [
        ("Pjotr Sauer", "Pjotr Sauer"),
        ("Hannah Ellis-Petersen", "Hannah Ellis-Petersen"),
        ("The Long Read", None),
        ("Climate Crisis", None),
        ("Live Updates", None),
        ("Middle East", None),
        ("EL PAÍS", None),
        ("In Depth", None),
        ("Inside Europe", None),
    ],
)
def test_a_name_no_list_has_between_the_standfirst_and_the_date_is_the_byline(line, byline):
    page = "\n".join(
        [
            "Russian strikes on Ukraine's power grid leave millions without electricity",
            "Officials say attacks on hydroelectric plant and thermal stations are among largest of war",
            line,
            "Fri 22 Mar 2024 13.36 GMT",
            "Russia has carried out one of its largest attacks on Ukraine's energy infrastructure, officials said.",
            "More than a million people were left without power after the strikes on Friday morning.",
        ]
    )
    draft = extract_article(page.encode())
    assert draft.byline == byline
    assert line not in draft.body


def test_a_link_to_a_live_page_between_two_paragraphs_goes_but_a_live_pages_headline_stays():
    link = "Ukraine war latest: Russia's 'largest' attack on energy grid"
    draft = extract_article(geneva_story(link, GENEVA_CLOSE))
    assert link not in draft.body
    assert ("read-also-teaser", link) in [(r.rule, r.text) for r in draft.removed]
    assert draft.body.endswith(GENEVA_CLOSE)
    lead = "Russia launched one of its largest attacks on Ukraine's energy grid overnight, officials said."
    live = extract_article(f"{link}\n\n{lead}\n\n{GENEVA_CLOSE}".encode())
    assert live.title == link
    assert live.body.startswith(lead)


@pytest.mark.parametrize(
    "banner",
    [
        ["Cookies on GOV.UK", "We use some essential cookies to make this website work.", "Accept additional cookies"],
        [
            "Privacy Preference Center",
            "When you visit any website, it may store or retrieve information on your browser, mostly in the form "
            "of cookies.",
            "Allow All",
            "Manage Consent Preferences",
            "Strictly Necessary Cookies",
            "Always Active",
            "Confirm My Choices",
        ],
        [
            "We and selected third parties use cookies or similar technologies for technical purposes and, with "
            "your consent, for other purposes as specified in the cookie policy.",
            "Accept",
            "Learn more and customize",
        ],
    ],
)
def test_a_cookie_banner_over_the_page_is_neither_its_headline_nor_its_story(banner):
    draft = extract_article("\n".join(banner).encode() + b"\n\n" + geneva_story(GENEVA_CLOSE))
    assert draft.title == "Talks go on in Geneva"
    assert draft.body.startswith("Negotiators met in Geneva")
    assert not any(line in draft.body for line in banner)


@pytest.mark.parametrize(
    "notice",
    [
        [
            "We noticed you're using an ad blocker",
            "Please consider supporting us by disabling your ad blocker or whitelisting our site.",
        ],
        ["You are using an outdated browser. Please upgrade your browser to improve your experience."],
        ["Sign in to continue", "Create an account or log in to keep reading."],
        ["Are you a robot?", "Please complete the security check to access this site."],
        ["Breaking News", "Earthquake strikes off the coast of Japan"],
    ],
)
def test_a_notice_or_a_ticker_over_the_page_is_neither_its_headline_nor_its_story(notice):
    story = geneva_story(GENEVA_CLOSE).replace(
        b"Talks go on in Geneva", b"Negotiators resume talks on Ukraine in Geneva"
    )
    draft = extract_article("\n".join(notice).encode() + b"\n\n" + story)
    assert draft.title == "Negotiators resume talks on Ukraine in Geneva"
    assert draft.body.startswith("Negotiators met in Geneva")
    assert not any(line in draft.body for line in notice)


def test_a_helpfulness_poll_and_comments_loading_under_the_story_are_not_its_end():
    draft = extract_article(geneva_story(GENEVA_CLOSE, "Was this article helpful?", "Yes", "No", "Loading comments…"))
    assert draft.body.endswith(GENEVA_CLOSE)
    rules = {r.text: r.rule for r in draft.removed}
    assert rules["Yes"] == rules["No"] == "page-chrome"
    assert rules["Loading comments…"] == "comment-form"
    # a reply in an interview keeps its full stop and stays
    interview = extract_article(
        geneva_story("Q: Will the talks go on?", "Yes. We will meet again in May.", GENEVA_CLOSE)
    )
    assert "Yes. We will meet again in May." in interview.body


@pytest.mark.parametrize(
    "top, bottom, outlet",
    [
        ([], ["Subscribe to The Geneva Herald"], "The Geneva Herald"),
        ([], ["Sign up for The Geneva Herald's daily newsletter"], "The Geneva Herald"),
        ([], ["About The Geneva Herald", "Contact us"], "The Geneva Herald"),
        (["Geneva Herald Staff"], [], "Geneva Herald"),
        ([], ["Subscribe to our newsletter"], None),
        ([], ["About the author"], None),
    ],
)
def test_a_sites_sign_up_box_about_page_or_staff_line_names_the_outlet(top, bottom, outlet):
    draft = extract_article(
        geneva_story_under(*top, foot=tuple(bottom), headline="Ukraine and Russia resume talks in Geneva")
    )
    assert draft.outlet == outlet
    assert draft.body.endswith(GENEVA_CLOSE)
    assert not any(line in draft.body for line in top + bottom)


@pytest.mark.parametrize(
    "byline, bio, outlet",
    [
        ("By Anna Smith Fox News", "Anna Smith is a reporter for Fox News Digital.", "Fox News"),
        ("By Anna Smith", "Anna Smith is a reporter for The Geneva Herald Digital.", "The Geneva Herald Digital"),
        ("By Anna Smith", "Anna Smith is a staff writer at The Atlantic.", "The Atlantic"),
    ],
)
def test_a_known_newsrooms_digital_desk_is_that_newsroom(byline, bio, outlet):
    draft = extract_article(geneva_story_under(byline, foot=(bio,)))
    assert draft.outlet == outlet
    assert draft.byline == "Anna Smith"
    assert draft.body.endswith(GENEVA_CLOSE)


def test_a_headline_that_is_all_a_quote_is_the_headline_under_its_kicker():
    draft = extract_article(
        "\n\n".join(
            [
                "Interview with the Finnish Foreign Minister",
                "“We Will Not Be Intimidated by Moscow”",
                "In an interview, Finnish Foreign Minister Elina Valtonen discusses the border, the alliance "
                "and what Finland expects of its new allies.",
                "Interview Conducted by Anna Smith and John Doe",
                "Q: Minister, is the border safe?",
                "Valtonen: It is. We have closed the crossings and we will keep them closed as long as needed.",
            ]
        ).encode()
    )
    assert draft.title == "“We Will Not Be Intimidated by Moscow”"
    assert draft.byline == "Anna Smith and John Doe"
    assert "Interview with the Finnish" not in draft.body and "Conducted" not in draft.body


@pytest.mark.parametrize(
    "foot, outlet",
    [
        ("© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.", "The Guardian"),
        ("© 2024 Telegraph Media Group Limited", "The Telegraph"),
        ("© 2024 Harbour Town News & Media Limited", "Harbour Town News & Media"),  # a firm no paper names
    ],
)
def test_a_firm_named_for_a_known_paper_in_the_copyright_is_that_paper(foot, outlet):
    draft = extract_article(geneva_story(GENEVA_CLOSE, foot))
    assert draft.outlet == outlet
    assert draft.body.endswith(GENEVA_CLOSE)


def test_a_reporter_filing_from_a_city_over_the_date_is_the_byline():
    draft = extract_article(geneva_story_under("Shaun Walker in Kyiv", "Sat 24 Feb 2024 10.21 GMT"))
    assert draft.byline == "Shaun Walker"
    assert draft.published.isoformat() == "2024-02-24"


@pytest.mark.parametrize(
    "name, outlet",
    [
        ("Chisinau Weekly", "Chisinau Weekly"),
        ("Geneva Times", "Geneva Times"),
        ("Baltic Observer", "Baltic Observer"),
        ("Europe News", None),
    ],
)
def test_a_paper_named_for_a_place_between_the_headline_and_the_date_is_the_outlet(name, outlet):
    draft = extract_article(geneva_story_under(name, "March 2, 2024"))
    assert draft.outlet == outlet
    assert name not in draft.body


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("© Reuters", None),  # a photo's credit: no year, no rights reserved
        ("© 2024 Reuters", "Reuters"),
        ("REPRODUCTION RESERVED © Copyright ANSA", "ANSA"),
    ],
)
def test_an_agencys_copyright_names_the_outlet_only_as_a_notice(line, outlet):
    draft = extract_article(geneva_story(GENEVA_CLOSE, line))
    assert draft.outlet == outlet
    assert draft.body.endswith(GENEVA_CLOSE)


@pytest.mark.parametrize(
    "headline, names, byline, rule",
    [
        ("Leaders meet in Florida for talks", "Anna Smith and John Doe", "Anna Smith and John Doe", "byline"),
        # (a headline sharing no word with the story's first lines: the names are still not the headline)
        ("A meeting of old friends", "Anna Smith and John Doe", "Anna Smith and John Doe", "byline"),
        # the story names them: a photo's caption, not its reporters
        ("Leaders meet in Florida for talks", "Boris Johnson and Donald Trump", None, "image-caption"),
        ("A meeting of old friends", "Boris Johnson and Donald Trump", None, "image-caption"),
    ],
)
def test_names_alone_under_the_headline_are_its_reporters_unless_the_story_names_them(headline, names, byline, rule):
    draft = extract_article(
        "\n\n".join(
            [
                headline,
                names,
                "Former prime minister Boris Johnson met Donald Trump in Florida on Monday, his office said, "
                "in a visit aimed at winning support for Ukraine.",
                "Johnson urged Trump to back more aid. The two men spoke for an hour.",
            ]
        ).encode()
    )
    assert draft.title == headline
    assert draft.byline == byline
    assert {r.text: r.rule for r in draft.removed}[names] == rule


@pytest.mark.parametrize(
    "link, outlet",
    [
        ("https://www.nytimes.com/2024/03/22/world/europe/geneva-talks.html", "The New York Times"),
        ("https://p.dw.com/p/4dxyz", "DW"),  # a short link of an address the list knows
        ("https://www.harbourledger.example/2024/03/talks-go-on-in-geneva", "harbourledger.example"),  # its slug
        ("https://www.example.org/some/other/page", None),  # a link that is neither
    ],
)
def test_the_pages_own_link_above_the_story_names_its_site(link, outlet):
    draft = extract_article(geneva_story_under(link))
    assert draft.outlet == outlet
    assert link not in draft.body


def test_a_link_under_the_story_names_no_site():
    draft = extract_article(
        geneva_story(GENEVA_CLOSE, "Leave a comment", "https://www.nytimes.com/2024/03/22/world/other.html")
    )
    assert draft.outlet is None


def test_an_error_report_button_between_paragraphs_does_not_end_the_story():
    draft = extract_article(
        geneva_story(
            "Report an error",
            "Negotiators in Geneva said the talks on the war in Ukraine would go on over the weekend.",
            GENEVA_CLOSE,
        )
    )
    assert draft.paragraphs[-1] == GENEVA_CLOSE
    assert "Report an error" not in draft.body


def test_an_address_under_the_story_gives_no_date():
    page = (
        "World\nRussia strikes Ukraine power grid in massive overnight attack\nBy Anna Smith\n"
        "Russia launched dozens of missiles and drones at Ukraine overnight, officials said on Friday.\n"
        "It was not immediately clear how many people were hurt in the attack on the plants.\n"
        "https://www.dailyglobe.com/world/2023/01/09/another-story/\n"
    )
    assert extract_article(page.encode()).published is None


def test_a_caption_under_the_headline_goes_with_a_long_credit_after_the_sign():
    caption = "President Volodymyr Zelensky in Odesa on March 6, 2024. © Handout, Ukrainian Presidential Press Service via AFP"
    draft = extract_article(geneva_story_under("Issued on: 06/03/2024 - 21:14", caption))
    assert draft.paragraphs == [GENEVA_LEAD, GENEVA_CLOSE]


@pytest.mark.parametrize(
    "masthead, outlet",
    [("Baltic Wire", "Baltic Wire"), ("Kyiv Digest", "Kyiv Digest"), ("World News", None), ("Europe", None)],
)
def test_a_menu_on_one_line_under_the_masthead_is_never_the_headline(masthead, outlet):
    headline = "Ukraine and Russia resume talks in Geneva"
    page = [masthead, "Politics | Defence | Economy", headline, GENEVA_LEAD, GENEVA_CLOSE]
    draft = extract_article("\n\n".join(page).encode())
    assert draft.title == headline
    assert draft.outlet == outlet
    assert draft.paragraphs == [GENEVA_LEAD, GENEVA_CLOSE]


def test_other_stories_headlines_closing_the_story_go_with_a_comment_form_under_them():
    teasers = (
        "Poland's army to double in size by 2035",
        "Tusk announces military training for every adult man",
        "Drone incursion: Poland scrambles jets",
    )
    foot = ("Leave a Reply", "Your email address will not be published.", "© 2024 Geneva Herald")
    draft = extract_article(geneva_story_under(foot=teasers + foot))
    assert draft.paragraphs == [GENEVA_LEAD, GENEVA_CLOSE]
    assert {r.rule for r in draft.removed if r.text in teasers} == {"teaser-list"}


SITE_MENU = "Skip to main content\nMenu\nSearch\nHome\nNews\nWorld\nBusiness\nSport\n\n"


@pytest.mark.parametrize(
    "name",
    # (not a page saved as the inside of a JSON string, which a menu line above would no longer be)
    sorted(name for name in OTHER_SITES if name.endswith(".txt") and "json_string" not in name),
)
def test_a_sites_menu_above_the_page_changes_nothing_below_it(name):
    """The scraper kept the site's menu, one item a line, over the masthead: the headline, the
    outlet, the story and its quotes are what they are without it."""
    data = (DATA / "other_sites" / name).read_bytes()
    plain, under_menu = extract_article(data), extract_article(SITE_MENU.encode() + data)
    assert (under_menu.title, under_menu.outlet) == (plain.title, plain.outlet)
    assert under_menu.paragraphs == plain.paragraphs
    assert [(q.text, q.speaker) for q in under_menu.quotes] == [(q.text, q.speaker) for q in plain.quotes]


def test_sections_names_set_off_by_the_same_mark_before_the_headline_are_a_breadcrumb():
    headline = "Heavy rain lashes Mumbai, local trains delayed"
    page = "\n\n".join(["News / India News / " + headline, GENEVA_LEAD, GENEVA_CLOSE])
    draft = extract_article(page.encode())
    assert draft.title == headline
    assert draft.paragraphs == [GENEVA_LEAD, GENEVA_CLOSE]


def test_an_italian_page_its_byline_its_masthead_in_lower_case_and_its_notice():
    page = (
        "Meloni rivendica il cambio di passo sui migranti - la Repubblica\n"
        "la Repubblica\n"
        "Meloni rivendica il cambio di passo sui migranti\n"
        "di Tommaso Ciriaco\n"
        "17 ottobre 2024\n"
        "La presidente del Consiglio Giorgia Meloni ha rivendicato a Bruxelles il cambio di passo dell'Unione.\n"
        '"Per la prima volta si parla di soluzioni innovative", ha detto Meloni al termine del vertice.\n'
        'Dura la replica della segretaria del Pd, Elly Schlein: "La premier spreca soldi pubblici", ha attaccato.\n'
    )
    draft = extract_article(page.encode())
    assert (draft.outlet, draft.byline) == ("La Repubblica", "Tommaso Ciriaco")
    assert {p.name: p.roles for p in draft.persons} == {
        "Giorgia Meloni": {"presidente"},
        "Elly Schlein": {"segretaria"},
    }
    notice = extract_article((page + "Riproduzione riservata © Copyright GEDI\n").encode())
    assert "Riproduzione" not in notice.body
    assert [r.rule for r in notice.removed if r.text.startswith("Riproduzione")] == ["copyright"]


def test_a_byline_with_the_reporters_address_after_a_bar_names_the_reporter():
    page = (
        "City council approves plan to fix Elm Street bridge\n"
        "By Dana Whitaker | dwhitaker@springfieldnews.com\n"
        "Springfield Daily News\n"
        "The City Council voted 7-2 on Tuesday to spend $4.2 million repairing the Elm Street bridge.\n"
        '"This bridge is a lifeline for the east side," said Councilor Maria Gonzalez.\n'
        "Have a news tip? Email us at newsroom@springfieldnews.com.\n"
    )
    draft = extract_article(page.encode())
    assert draft.byline == "Dana Whitaker"
    assert "Have a news tip" not in draft.body


def test_the_last_quoted_paragraph_after_a_box_of_links_stays_before_a_comment_form_and_footer():
    page = (DATA / "other_sites" / "german_page_with_a_box_of_links_before_its_last_paragraph.txt").read_text()
    page += "\n\nLeave a Reply\nYour email address will not be published.\nComment\nName *\nEmail *\n\n"
    page += "© 2024 Example Media. All rights reserved.\nPrivacy Policy | Terms of Use\n"
    draft = extract_article(page.encode())
    assert draft.paragraphs[-1].startswith("Unionsfraktionschef Friedrich Merz forderte")
    assert "Neuwahlen: Was Scholz plant" not in draft.body


def test_a_byline_run_into_the_date_and_time_with_no_mark_between():
    page = (
        "Dutch farmers block motorways in nitrogen protest\n"
        "By Janene Pieters 27 June 2024 - 08:14\n"
        "Hundreds of farmers drove their tractors onto motorways across the Netherlands on Thursday morning.\n"
        '"We will not let them take our land," FDF chairman Mark van den Oever told broadcaster NOS.\n'
    )
    draft = extract_article(page.encode())
    assert (draft.byline, draft.published) == ("Janene Pieters", date(2024, 6, 27))
    assert draft.body.startswith("Hundreds of farmers")


def test_a_posted_line_with_its_last_update_after_and_is_the_date_line():
    draft = extract_article(
        b"Storm hits the coast tonight\n"
        b"Posted at 6:47 AM, Jun 14, 2024 and last updated 9:15 AM, Jun 14, 2024\n"
        b"A storm hit the coast on Friday, police said.\n"
    )
    assert draft.paragraphs == ["A storm hit the coast on Friday, police said."]
    assert draft.published.isoformat() == "2024-06-14"


def test_the_pages_own_promotion_names_a_known_outlet_but_another_storys_teaser_does_not():
    story = (
        b"Oil falls as producers delay output hike\n"
        b"By Alex Longley\n"
        b"December 5, 2024\n"
        b"Oil fell after producers delayed plans to revive output until April.\n"
        b'"The market was expecting a delay," said Giovanni Staunovo, an analyst at UBS.\n'
    )
    promoted = extract_article(story + b"Most Read from Bloomberg\nBefore it's here, it's on the Bloomberg Terminal\n")
    assert promoted.outlet == "Bloomberg"
    teased = extract_article(story + b"READ MORE: Bloomberg says OPEC will cut again\n")
    assert teased.outlet is None
    # two newsrooms' promotions: neither is known to be the page's
    both = extract_article(story + b"Most Read from Bloomberg\nSign up to the CNN newsletter for the latest news\n")
    assert both.outlet is None


def test_two_lines_of_chrome_run_into_one_paragraph_are_chrome_and_a_story_sentence_beside_one_is_not():
    result = strip(
        "Council approves dog park\n\nThe council voted 5-2 on Tuesday to build the park.\n\nReply\n\n"
        "The park opens next spring, the council president said.\n\n"
        "Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.\n\n"
        "The park cost $180,000. Thank you for subscribing!"
    )
    assert rules_of(result)["Reply"] == "page-chrome"
    assert rules_of(result)[
        "Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts."
    ] == ("subscribe-prompt")
    assert result.paragraphs == [
        "The council voted 5-2 on Tuesday to build the park.",
        "The park opens next spring, the council president said.",
        "The park cost $180,000. Thank you for subscribing!",
    ]


def test_a_letters_pages_call_for_letters_is_chrome():
    result = strip(
        "The four-day week works\n\nOur firm moved to a four-day week two years ago. Productivity rose.\n\n"
        "Sarah Collins\nBristol\n\nI am a nurse. A four-day week is a fantasy for anyone who works shifts.\n\n"
        "Have an opinion on anything you've read in the Guardian today? Please email us your letter and it will "
        "be considered for publication in our letters section."
    )
    assert (
        rules_of(result)[
            "Have an opinion on anything you've read in the Guardian today? Please email us your letter and it will "
            "be considered for publication in our letters section."
        ]
        == "contact-prompt"
    )
    assert "I am a nurse. A four-day week is a fantasy for anyone who works shifts." in result.paragraphs


def test_a_sentence_with_more_information_is_no_study_reference():
    text = (
        "A headline for the story\n\nThe only paragraph of the story.\n\n"
        "More information: the council will publish the plans next week.\n\nThe last paragraph."
    )
    assert strip(text).paragraphs == [
        "The only paragraph of the story.",
        "More information: the council will publish the plans next week.",
        "The last paragraph.",
    ]


def test_a_post_embedded_from_instagram_goes_as_an_embed():
    result = strip(
        "A headline for the story\n\nFirst paragraph stays.\n\nView this post on Instagram\n\n"
        "A post shared by SpaceX (@spacex)\n\nLast paragraph stays too."
    )
    assert result.paragraphs == ["First paragraph stays.", "Last paragraph stays too."]
    assert rules_of(result) == {
        "A headline for the story": "headline",
        "View this post on Instagram": "social-embed",
        "A post shared by SpaceX (@spacex)": "social-embed",
    }
