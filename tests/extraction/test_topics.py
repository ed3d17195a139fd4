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


def shipped():
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "archive" / "data" / "topics.json"
    return {t["name"]: [t["name"], *t["terms"]] for t in json.loads(path.read_text(encoding="utf-8"))}


def test_the_shipped_topics_tag_storms_wars_chips_and_strikes_of_any_place():
    topics = shipped()
    storm = "Severe thunderstorms knocked out power to 200,000 homes. A tornado touched down near Wichita."
    assert match_topics("Storms batter the Midwest", storm, topics) == ["Natural disasters"]
    war = "The army said it had pushed paramilitary fighters back after weeks of shelling in the capital."
    assert match_topics("Army retakes bridge", war, topics) == ["Armed conflict"]
    chips = "Shares of other chipmakers also fell after the curbs on semiconductor exports."
    assert match_topics("", chips, topics) == ["Technology"]
    strike = "Dockers walked out on Tuesday. The union said industrial action would go on."
    assert "Jobs and labour" in match_topics("", strike, topics)


def test_storming_a_building_is_no_storm():
    protest = "Police fired tear gas as demonstrators tried to storm parliament in Nairobi on Tuesday."
    assert "Natural disasters" not in match_topics("Protesters storm parliament", protest, shipped())


def test_the_shipped_topics_tag_oil_budgets_truces_missiles_and_rearmament():
    topics = shipped()
    oil = "Brent crude fell 6% after OPEC+ agreed to add 411,000 barrels a day in May."
    assert match_topics("Oil slumps as OPEC+ speeds up output", oil, topics) == ["Energy"]
    budget = "The motion against the 2025 budget failed. The government had forced the budget through."
    assert match_topics("", budget, topics) == ["Economy"]
    truce = "Macron proposed a one-month truce in the air and at sea. The truce would not cover ground fighting."
    assert match_topics("", truce, topics) == ["Peace talks"]
    missile = "North Korea fired a ballistic missile into the sea. The ballistic missile flew 1,100 km."
    assert match_topics("", missile, topics) == ["Nuclear weapons"]
    shield = "Poland will spend more on defence. Defence spending will reach 4.7% of GDP next year."
    assert "European security" in match_topics("Poland to raise defence spending", shield, topics)


def test_the_shipped_topics_tag_a_fleet_an_aid_bill_and_a_border_crossing():
    topics = shipped()
    fleet = "Ukraine has sunk a third of the fleet's warships, the head of the UK armed forces said."
    assert "Russia–Ukraine war" in match_topics("Russia's Black Sea Fleet 'functionally inactive'", fleet, topics)
    aid = "President Joe Biden pressed Congress to approve $60 billion in military aid for Ukraine."
    assert "Military aid" in match_topics("Biden urges Congress to pass Ukraine aid", aid, topics)
    border = "Finland will close its last open border crossing with Russia, the government said."
    assert match_topics("Finland closes last border crossing with Russia", border, topics) == ["Migration"]
