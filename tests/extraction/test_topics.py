from archive.extraction.topics import match_topics

TOPICS = {
    "NATO": ["NATO", "Atlantic Alliance"],
    "Housing": ["rent", "rents", "housing"],
    "Technology": ["AI", "artificial intelligence"],
    "Peace talks": ["ceasefire", "cease-fire", "peace talks"],
}


def test_terms_count_as_whole_words_with_the_headline_counting_double():
    assert match_topics("Rents soar", "Parents say the current rent is too high.", TOPICS) == ["Housing"]
    # "rent" inside "current" and "parents" is no rent; once in the body is not enough
    assert match_topics("Prices", "Parents say the current rent is too high.", TOPICS) == []


def test_acronyms_match_as_written_and_phrases_as_a_whole():
    text = "He said the AI rules were ready. AI firms agree. The nato summit met; the Atlantic Alliance agreed."
    assert match_topics("", text, TOPICS) == ["Technology"]  # "said" is no AI; "nato" is not NATO
    assert match_topics("", "A cease-fire held. The ceasefire was welcome.", TOPICS) == ["Peace talks"]
    assert match_topics("", "NATO met. The Atlantic Alliance agreed.", TOPICS) == ["NATO"]
