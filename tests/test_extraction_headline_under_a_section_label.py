"""A page copied whole often opens with the outlet's name or the section ("Business", "Khaleej Times", "Science |
Space") and the title bar's copy of the headline with the site's name after it ("... | AP News"): the title is the
headline itself, and it is no claim."""
from claims.extraction import extract

BODY = "\n\nThe port said 4,000 containers were stuck on Friday.\n"


def test_a_section_label_above_the_headline_is_not_the_title():
    result = extract("Business\n\nFelixstowe dockers walk out as pay talks collapse\n\nBy Oliver Grant" + BODY)
    assert result["metadata"]["title"] == "Felixstowe dockers walk out as pay talks collapse"
    assert [c["text"] for c in result["claims"]] == ["The port said 4,000 containers were stuck on Friday."]


def test_an_outlet_name_and_a_row_of_sections_are_skipped():
    page = "Khaleej Times\n\nUAE | Environment\n\nDeadly humid heat could hit Gulf coast every other summer" + BODY
    assert extract(page)["metadata"]["title"] == "Deadly humid heat could hit Gulf coast every other summer"


def test_a_short_headline_under_a_label_is_still_the_title():
    page = "Politics\n\nRachel Dunmore's housing gamble\n\nThe Housing Secretary promised homes." + BODY
    assert extract(page)["metadata"]["title"] == "Rachel Dunmore's housing gamble"


def test_a_newsletter_keeps_its_name_as_the_title():
    page = "Down to Earth\nThe Planet Desk's weekly climate newsletter\n\nThursday 7 August 2025" + BODY
    assert extract(page)["metadata"]["title"] == "Down to Earth"


def test_the_site_name_after_a_title_bar_headline_is_dropped():
    headline = "State investigators review bodycam footage after officer shoots man"
    page = f"{headline} | AP News\n\n{headline}\nBy DANA RUIZ" + BODY
    assert extract(page)["metadata"]["title"] == headline
    page = "Gor Mahia come from behind to sink Leopards in derby - The Standard\n\nSports" + BODY
    assert extract(page)["metadata"]["title"] == "Gor Mahia come from behind to sink Leopards in derby"


def test_a_dash_inside_a_headline_stays():
    title = "'Parents are hiding sick children' - Kano epidemiologist on diphtheria outbreak"
    assert extract(f"Daily Trust\n\n{title}\n\nThe doctor said it was 'a crisis'." + BODY)["metadata"]["title"] == title


def test_a_sentence_under_a_one_word_heading_is_no_headline():
    page = "Headline\n\nRebels captured a checkpoint\nin the north of the province on Tuesday, officials said.\n"
    assert [" ".join(c["text"].split()) for c in extract(page)["claims"]] == [
        "Rebels captured a checkpoint in the north of the province on Tuesday, officials said."]
