"""Layout: title, standfirst, date, reading time, bylines, captions, credits, datelines."""
from claims.extraction import extract

ARTICLE = """Floods hit the delta

Floods hit the delta
Thousands of people have fled their homes after the river burst its banks.
3 min read
By Jane Doe
Tuesday 14 March 2023
Rescue boats on a flooded street in the delta [Reuters]

DHAKA, March 14 (Reuters) - At least 40 people have died in floods in the south of the country, officials said.

Read more: How the delta floods every year

Aid agencies said they needed $20 million for shelter, the government said in a statement.

This article was originally published by The Daily Star.
Share this article on Facebook
"""


def _texts(result):
    return [" ".join(c["text"].split()) for c in result["claims"]]


def test_header_lines_are_metadata():
    meta = extract(ARTICLE)["metadata"]
    assert meta["title"] == "Floods hit the delta"
    assert meta["standfirst"] == "Thousands of people have fled their homes after the river burst its banks."
    assert meta["reading_time"] == "3 min read"
    assert meta["byline"] == "Jane Doe"
    assert meta["published"] == "2023-03-14"
    assert meta["image_captions"] == [{"caption": "Rescue boats on a flooded street in the delta", "credit": "Reuters"}]
    assert meta["credits"] == ["This article was originally published by The Daily Star."]


def test_metadata_lines_are_not_claims():
    texts = _texts(extract(ARTICLE))
    for line in ("Floods hit the delta", "3 min read", "By Jane Doe", "Tuesday 14 March 2023",
                 "Read more: How the delta floods every year", "Share this article on Facebook"):
        assert all(line not in t for t in texts)
    assert not any("originally published" in t for t in texts)


def test_dateline_is_stripped_from_the_first_claim_and_gives_the_outlet():
    result = extract(ARTICLE)
    first_body = next(c for c in result["claims"] if "40 people" in c["text"])
    assert first_body["text"].startswith("At least 40 people")
    assert ARTICLE[first_body["start"]:first_body["end"]] == first_body["text"]
    assert result["metadata"]["outlet"] == "Reuters"


def test_standfirst_is_also_a_claim():
    texts = _texts(extract(ARTICLE))
    assert texts[0] == "Thousands of people have fled their homes after the river burst its banks."


def test_lone_outlet_name_on_the_last_line_is_a_credit():
    result = extract("A headline\n\nThe council approved the budget on Monday.\n\nSyria Direct")
    assert result["metadata"]["credits"] == ["Syria Direct"]
    assert _texts(result) == ["The council approved the budget on Monday."]


def test_outlet_comes_from_the_article_naming_itself():
    text = "A headline\n\nA video appears to show the attack, but this cannot be independently verified by The New Arab.\n"
    assert extract(text)["metadata"]["outlet"] == "The New Arab"


def test_outlet_is_null_when_the_article_does_not_say():
    assert extract("A headline\n\nThe council approved the budget on Monday.\n")["metadata"]["outlet"] is None


def test_date_formats():
    for line, iso in [("27 October, 2015", "2015-10-27"), ("October 27, 2015", "2015-10-27"),
                      ("Published: Oct. 27, 2015 5:30 pm GMT", "2015-10-27"), ("2015-10-27", "2015-10-27"),
                      ("Updated 27/10/2015 10:41", "2015-10-27")]:
        text = f"A headline\n{line}\n\nThe council approved the budget on Monday.\n"
        assert extract(text)["metadata"]["published"] == iso, line
