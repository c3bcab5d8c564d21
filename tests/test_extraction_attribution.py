"""Sources: speaker, descriptor, cue, via, quote kind, resolution."""
from claims.extraction import extract


def _claim(text, needle):
    result = extract("Headline\n\n" + text)
    return next(c for c in result["claims"] if needle in c["text"])


def _source(text, needle):
    c = _claim(text, needle)
    assert c["sources"], c
    return c["sources"][0]


def test_apposition_descriptor_and_told_outlet_as_via():
    s = _source('"The town has fallen," Rami Abdel Rahman, director of the observatory, told AFP.', "fallen")
    assert (s["name"], s["descriptor"], s["cue"], s["via"], s["quote"]) == (
        "Rami Abdel Rahman", "director of the observatory", "told", "AFP", "direct")
    assert s["kind"] == "person"


def test_according_to_with_pre_modifier_descriptor():
    s = _source("According to pro-regime newspaper al-Watan, troops are attempting to retake the road.", "retake")
    assert (s["name"], s["descriptor"], s["cue"], s["kind"], s["quote"]) == (
        "al-Watan", "pro-regime newspaper", "according to", "outlet", "indirect")


def test_told_reporters_has_no_via():
    s = _source("The minister told reporters that the talks had failed.", "talks")
    assert s["via"] is None
    assert s["cue"] == "told reporters"


def test_channel_is_the_via():
    s = _source("Governor Yuri Semyonov wrote on Telegram that a fire had broken out at the depot.", "fire")
    assert s["name"] == "Yuri Semyonov" and s["via"] == "Telegram"


def test_said_in_a_statement():
    s = _source("The Interior Ministry said in a statement that 14 people had been arrested.", "arrested")
    assert s["cue"] == "said in a statement"
    assert s["kind"] == "government"


def test_published_a_statement_saying_is_mixed_quote():
    s = _source('IS published a statement online saying that the "defensive lines have fallen".', "fallen")
    assert s["name"] == "IS"
    assert s["cue"] == "published a statement online saying"
    assert s["quote"] == "mixed"


def test_split_quote_gives_both_parts_to_the_speaker():
    result = extract('Headline\n\n"We are ready," said Maria Lopez, a spokeswoman for the union. "We will strike on Monday."\n')
    names = [[s["name"] for s in c["sources"]] for c in result["claims"]]
    assert names == [["Maria Lopez"], ["Maria Lopez"]]


def test_multi_paragraph_quote_keeps_the_speaker():
    text = ('Headline\n\n"The water came in the night," said Ahmed Karimi, a farmer.\n\n'
            '"We lost everything we had.\n\n"Nobody came to help us."\n')
    result = extract(text)
    assert all(c["sources"] and c["sources"][0]["name"] == "Ahmed Karimi" for c in result["claims"])


def test_pronoun_resolves_to_the_named_person():
    text = ("Headline\n\nPrime Minister Anna Berg visited the flooded town on Monday.\n\n"
            "She said the government would pay for the repairs.\n")
    s = _source(text[len("Headline\n\n"):], "repairs")
    assert s["name"] == "Anna Berg"


def test_definite_description_resolves_to_the_earlier_name():
    text = ("The Health Ministry said 40 people had died.\n\n"
            "The ministry said a further 12 people were missing.\n")
    s = _source(text, "missing")
    assert s["name"] == "Health Ministry"


def test_anonymous_source():
    s = _source("A senior official who spoke on condition of anonymity said the deal was close.", "deal")
    assert s["kind"] == "anonymous"
    assert s["name"] == "A senior official"


def test_media_item_is_named_after_its_platform():
    s = _source("A video posted on YouTube appears to show fighters at a checkpoint.", "checkpoint")
    assert (s["name"], s["kind"], s["descriptor"], s["cue"]) == (
        "YouTube", "media", "A video posted on YouTube", "appears to show")


def test_acronym_is_expanded_to_the_full_name():
    text = ("The World Health Organization (WHO) recommends two doses.\n\n"
            "The WHO said cases had risen by 40 percent.\n")
    s = _source(text, "40 percent")
    assert s["name"] == "World Health Organization"


def test_nested_attribution_lists_both_sources():
    c = _claim("An EU diplomat told AFP that the French minister had warned that Paris would block the deal.", "block")
    names = [s["name"] for s in c["sources"]]
    assert names[0] == "An EU diplomat" and c["sources"][0]["via"] == "AFP"
    assert any("French minister" in n for n in names)


def test_is_as_a_subject_is_not_read_as_a_verb():
    s = _source("IS claimed this video shows its fighters capturing a checkpoint.", "checkpoint")
    assert s["name"] == "IS" and s["cue"] == "claimed"


def test_weekday_is_not_a_via():
    s = _source("The ministry said on Monday that 40 people had died.", "died")
    assert s["via"] is None


def test_plain_statement_has_no_source():
    assert _claim("Heavy rain fell across the region on Sunday.", "rain")["sources"] == []
