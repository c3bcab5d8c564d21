"""Sources: speaker, descriptor, cue, via, quote kind, resolution."""
from claims.extraction import extract

from .extraction_helpers import claim_with

_claim = claim_with


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


# --------------------------------------------------------------------------
# Attribution shapes of journalism at large (not taken from any gold article).
import pytest  # noqa: E402


@pytest.mark.parametrize("text, needle, name, via", [
    # told / speaking to / interview with / in a post on / on a platform
    ("The minister told the BBC that the talks had collapsed.", "collapsed", "minister", "BBC"),
    ("Witnesses told the Associated Press that they heard three explosions.", "explosions", "Witnesses",
     "Associated Press"),
    ("Speaking to Reuters on Tuesday, the mayor said the water supply had been restored.", "water", "mayor", "Reuters"),
    ("In an interview with CNN, Senator Maria Gomez said the bill would pass.", "bill", "Maria Gomez", "CNN"),
    ("In a post on X, the company said its servers had been restored.", "servers", "company", "X"),
    ("Zelensky wrote on Facebook that Russia had launched 50 drones overnight.", "drones", "Zelensky", "Facebook"),
    ("The army said in a statement on Facebook that 12 soldiers had been killed.", "soldiers", "army", "Facebook"),
    # passive quoting
    ("Smith was quoted by Interfax as saying that the plant was safe.", "plant", "Smith", "Interfax"),
    pytest.param("The plant was safe, Smith was quoted as saying by Interfax.", "plant", "Smith", "Interfax",
                 marks=pytest.mark.xfail(reason="known gap: a trailing passive quote clause is not yet attributed")),
    # documents seen by / published in: the outlet is the via
    ("A leaked memo seen by Politico says the agency will cut 2,000 jobs.", "2,000", "memo", "Politico"),
    ("A study published in the journal Science found that the drug cut deaths by a third.", "drug", "study", "Science"),
])
def test_source_and_via(text, needle, name, via):
    s = _source(text, needle)
    assert name.lower() in s["name"].lower(), s
    assert s["via"] == via, s


@pytest.mark.parametrize("text, needle, name", [
    # speaker after the quote, inverted, colon introduction
    ('"We will rebuild the bridge by June," said John Smith, the mayor.', "bridge", "John Smith"),
    ('John Smith, the mayor, said: "We will rebuild the bridge by June."', "bridge", "John Smith"),
    # '..., saying ...' adjunct of a main verb that is not a reporting verb
    ("Ukraine has stepped up attacks on refineries this year, saying they supply fuel to the army.", "fuel", "Ukraine"),
    # reporting verb inside a relative clause
    ("The charity paid $380,000 for tarpaulins that investigators say never existed.", "tarpaulins", "investigators"),
    ("He promised to scrap the cap, which the Resolution Foundation estimates would cost £3 billion.", "cap",
     "Resolution Foundation"),
    # 'with X saying'
    ("Infections rose sharply last year, with health officials blaming gaps in vaccination.", "Infections",
     "health officials"),
    # denial, estimate, confirmation, insistence
    ("The group denied any involvement in the attack.", "involvement", "group"),
    ("Oxfam estimated that 3 million people needed food aid.", "food aid", "Oxfam"),
    ("The company confirmed that 300 workers would lose their jobs.", "workers", "company"),
    ("Officials insisted the vaccine was safe.", "vaccine", "Officials"),
    # anonymous sources of several shapes
    ("Three people familiar with the matter said the deal was worth $2 billion.", "deal", "people familiar with"),
    ("Most economists surveyed by Reuters expected the bank to hold rates.", "hold rates", "economists surveyed by Reuters"),
    ("A diplomat, who spoke on condition of anonymity, said the talks had stalled.", "stalled", "diplomat"),
    # media items and documents as subjects or agents
    ("Images broadcast by ERT showed smoke covering the skyline.", "smoke", "ERT"),
    ("Photos posted on Instagram showed flooded streets in the city centre.", "flooded", "Instagram"),
    ("Genetic sequencing by the Institut Pasteur has shown that the virus had mutated.", "mutated", "Institut Pasteur"),
    ("The child poverty figure is in line with official statistics, which put the number at 4.2 million.",
     "poverty", "official statistics"),
    pytest.param("A study of pine wood from northern Spain points to a decade of drought.", "drought", "study of pine wood",
                 marks=pytest.mark.xfail(reason="known gap: a place inside a document phrase is taken as its author")),
    # courts
    ("The court heard that the defendant had wired $50,000 to an offshore account.", "wired", "court"),
])
def test_source_shapes(text, needle, name):
    s = _source(text, needle)
    assert name.lower() in s["name"].lower(), s


@pytest.mark.parametrize("text", [
    "The White House declined to comment on the report.",
    "The ministry did not respond to a request for comment.",
    "Lawyers for the two men could not be reached for comment.",
])
def test_non_statements_have_no_source(text):
    assert _claim(text, text[:12])["sources"] == []


def test_passive_raising_keeps_the_speaker():
    c = _claim("The plan ran into trouble after a senior official was reported to have dismissed it as unworkable.",
               "unworkable")
    assert c["sources"] and c["sources"][0]["name"] == "a senior official"
    assert "was reported to" in c["hedges"]


def test_conjoined_denial_after_a_passive_keeps_the_subject():
    s = _source("The brother-in-law, Luis Carrillo, was charged with conspiracy and also denied the charges.", "denied")
    assert s["name"] == "Luis Carrillo" and s["cue"] == "denied"


def test_description_resolved_by_a_later_name():
    text = ("Seven civilians were killed on Saturday, a war monitor said.\n\n"
            "The Syrian Observatory for Human Rights, a Britain-based monitor, said warplanes struck a market.\n\n"
            "Four soldiers were also killed, the monitor said.\n")
    result = extract("Headline\n\n" + text)
    names = [c["sources"][0]["name"] for c in result["claims"] if c["sources"]]
    assert names == ["Syrian Observatory for Human Rights"] * 3


def test_generic_noun_points_at_the_organisation_just_named():
    text = ("The WHO said the risk to the public remained low.\n\n"
            "In the United States, the Centers for Disease Control and Prevention (CDC) is monitoring the outbreak.\n\n"
            "The agency has warned that every infection gives the virus a chance to adapt.\n")
    s = _source(text, "adapt")
    assert s["name"] == "Centers for Disease Control and Prevention"


def test_definite_noun_without_antecedent_is_not_the_last_organisation():
    text = ("Newcastle Crown Court heard that the men had siphoned off £4.7 million.\n\n"
            "The defendants denied the allegations when they were interviewed by police.\n")
    s = _source(text, "defendants")
    assert s["name"].lower() == "defendants" and s["cue"] == "denied"


def test_pronoun_after_telegram_post_keeps_the_channel():
    text = ('Governor Yuri Semyonov wrote on Telegram that a fire had broken out at the depot.\n\n'
            'He said nobody had been hurt.\n')
    s = _source(text, "nobody")
    assert s["name"] == "Yuri Semyonov" and s["via"] == "Telegram"
