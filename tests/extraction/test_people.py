from archive.extraction.people import find_persons, translit_key


def names(title, *paragraphs):
    return {p.name: sorted(p.aliases) for p in find_persons(title, list(paragraphs))}


def test_full_name_with_role_and_surname_mentions_are_one_person():
    found = names(
        "Talks stall",
        "NATO Secretary General Jens Stoltenberg said talks had stalled.",
        "Stoltenberg added that the alliance was united.",
    )
    assert found == {"Jens Stoltenberg": ["Stoltenberg"]}


def test_honorific_forms_join_the_full_name():
    found = names("", "Russian President Vladimir Putin spoke.", "Mr Putin and Mr. Putin's aides left.")
    assert found == {"Vladimir Putin": ["Mr Putin", "Mr. Putin", "Putin"]}


def test_parenthesised_given_name():
    found = names("", "It was (Vladimir) Putin who started the war, Stoltenberg said.")
    assert "Vladimir Putin" in found and "(Vladimir) Putin" in found["Vladimir Putin"]


def test_organisations_places_and_agencies_are_not_people():
    found = names(
        "",
        "The White House and the Kremlin spoke, Reuters said, citing the Financial Times and Interfax.",
        "Simon Miles of Duke University said Moscow would not move. Russia said nothing.",
    )
    assert set(found) == {"Simon Miles"}


def test_two_people_sharing_a_surname_resolve_by_context():
    found = find_persons(
        "",
        [
            "Hunter Biden arrived first. Joe Biden followed.",
            "Later, Biden said he was proud of his son.",
        ],
    )
    joe = next(p for p in found if p.name == "Joe Biden")
    assert any(m.paragraph == 2 for m in joe.mentions)


def test_transliterations_share_a_key():
    assert translit_key("Volodymyr Zelenskyi") == translit_key("Volodymyr Zelensky")
    assert translit_key("Aleksandr Grushkó") == translit_key("Alexander Grushko")
    assert translit_key("Jens Stoltenberg") != translit_key("Jens Stoltenburg")
