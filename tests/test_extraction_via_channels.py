"""Via: the channel or outlet a source spoke through, in its many wordings."""

from claims.extraction import extract
from .extraction_helpers import sources_with_via


def _sources(text):
    return [c["sources"] for c in extract("Headline\n\n" + text)["claims"]]


def _first(text, needle):
    claim = next(c for c in extract("Headline\n\n" + text)["claims"] if needle in c["text"])
    assert claim["sources"], claim
    return claim["sources"][0]


def test_the_channel_carries_over_to_the_same_speakers_next_sentence():
    text = (
        '"We will not give up," Anna Smith said in an interview with the BBC. '
        "She added that the talks would resume next week."
    )
    assert [[(s["name"], s["via"]) for s in srcs] for srcs in _sources(text)] == [
        [("Anna Smith", "BBC")],
        [("Anna Smith", "BBC")],
    ]


def test_a_repeated_name_or_definite_description_keeps_the_channel():
    text = (
        "Ukraine's air force said on Telegram that Russia had launched 58 drones overnight.\n\n"
        "It said 40 had been shot down.\n\n"
        "The remaining drones struck targets in three regions, the air force said."
    )
    assert [s[0]["via"] for s in _sources(text)] == ["Telegram", "Telegram", "Telegram"]


def test_no_carry_over_when_another_speaker_comes_between_or_a_new_setting_is_named():
    text = (
        "Governor Ivan Petrov wrote on Telegram that two people had died. "
        "Police said a man had been arrested. Petrov said the fire was under control."
    )
    assert [s[0]["via"] for s in _sources(text)] == ["Telegram", None, None]
    text = (
        "Governor Ivan Petrov wrote on Telegram that two people had died. "
        "Petrov said at a news conference that the fire was under control."
    )
    assert [s[0]["via"] for s in _sources(text)] == ["Telegram", None]
    text = (
        "Senator Ruth Cole told Fox News on Monday that the bill would fail. "
        'Asked on Tuesday about a compromise, Cole said: "Everything is on the table."'
    )
    assert [s[0]["via"] for s in _sources(text)] == ["Fox News", None]


def test_coordinated_verbs_take_the_channel_of_the_later_verb():
    s = _first(
        "The ministry denied the report and said in a post on X that no troops had crossed the border.", "troops"
    )
    assert s["via"] == "X"


def test_told_a_named_news_agency_or_broadcaster():
    assert (
        _first("Syria's foreign minister told state news agency SANA that the talks had failed.", "talks")["via"]
        == "SANA"
    )
    assert (
        _first(
            "Iran's foreign ministry spokesman told the semi-official Tasnim news agency that the talks "
            "would continue.",
            "talks",
        )["via"]
        == "Tasnim"
    )


def test_broadcast_channels_without_a_name():
    # a kind of channel with no outlet named is no via (as the gold's "on national television", "told local radio")
    assert (
        _first("The interior minister said on national radio that 40 people had been arrested.", "arrested")["via"]
        is None
    )
    assert (
        _first(
            "In a speech broadcast on state television, President Ali Hassan said the economy had grown by 4 percent.",
            "economy",
        )["via"]
        is None
    )
    assert (
        _first(
            "In an address aired by national broadcaster RTS, Aleksandar Vucic said the protests were "
            "organised from abroad.",
            "protests",
        )["via"]
        == "RTS"
    )


def test_a_journal_is_the_via_of_a_study_published_in_it():
    s = _first("A trial published in The Lancet found that the drug cut deaths by a third.", "drug")
    assert s["kind"] == "document" and s["via"] == "Lancet"
    s = _first("According to a study published in Nature, the glacier had lost 20 percent of its mass.", "glacier")
    assert s["name"] == "a study" and s["via"] == "Nature"


def test_settings_that_are_not_channels():
    assert (
        _first("The mayor said at a press conference that the city would rebuild the bridge.", "bridge")["via"] is None
    )
    assert (
        _first("The president said in a video address that the country would not surrender.", "surrender")["via"]
        is None
    )


def test_social_media_and_a_platform_named_inside_a_post():
    assert (
        _first("Some customers said on social media that they had received text messages.", "customers")["via"]
        == "social media"
    )
    text = "The group said in a post on its Telegram channel on Monday that it had obtained the names."
    assert _first(text, "names")["via"] == "Telegram"
    text = (
        'Senegal\'s foreign ministry published a statement on Facebook expressing its "deep sorrow" and saying it '
        "was working with the Spanish authorities to identify the victims."
    )
    assert _first(text, "sorrow")["via"] == "Facebook"


def test_seen_by_after_the_comma_of_according_to():
    text = "According to minutes of a meeting of the legal service, seen by Euractiv, lawyers warned of a conflict."
    claim = next(c for c in extract("Headline\n\n" + text)["claims"] if "lawyers" in c["text"])
    assert "Euractiv" in [s["via"] for s in claim["sources"]]


def test_a_lower_case_told_does_not_end_the_carry_over():
    text = (
        "His agent, Marco Bellandi, told BBC Sport that the athlete would appeal. Bellandi said Kiprono "
        "may have been given medication without being told what it contained."
    )
    assert [s[0]["via"] for s in _sources(text)] == ["BBC Sport", "BBC Sport"]


def test_programmes_op_eds_and_appearances_go_through_their_outlet():
    cases = [
        ("The senator said on CNN's State of the Union that the deal was close.", "CNN"),
        ("The minister told the BBC's Today programme that the deal was close.", "BBC"),
        ("The minister wrote in an op-ed in The New York Times that the deal was close.", "New York Times"),
        ("The economist wrote in the Financial Times that the deal was close.", "Financial Times"),
        ("The senator said during an appearance on MSNBC that the deal was close.", "MSNBC"),
        ("The official, speaking on Israeli Army Radio, said the deal was close.", "Israeli Army Radio"),
    ]
    for text, via in cases:
        assert _first(text, "deal")["via"] == via, text


def test_an_email_to_an_outlet_but_not_a_filing_with_a_regulator():
    text = "The mayor's office confirmed the closure in an email to The Associated Press."
    assert _first(text, "closure")["via"] == "Associated Press"
    text = (
        "Revenue fell 3.1% to $1.42 billion, the company said in a filing with the Securities and Exchange Commission."
    )
    assert _first(text, "Revenue")["via"] is None


def test_a_document_an_outlet_has_seen_speaks_through_the_outlet():
    s = _first("The BBC has seen documents showing that the company knew about the fault.", "fault")
    assert (s["name"], s["via"]) == ("documents", "BBC")
    s = _first("Reuters has seen a copy of the letter, which says the plant will close in June.", "plant")
    assert (s["name"], s["via"]) == ("letter", "Reuters")


def test_the_speakers_own_website_is_not_a_via():
    text = "The club confirmed in a statement on its website that the manager had left."
    assert _first(text, "manager")["via"] is None


def test_who_published_or_aired_a_document_is_its_author_not_a_channel():
    from claims.extraction import extract

    text = "Headline\n\nFigures published by the Office for National Statistics show that unemployment rose to 4.4%."
    claim = next(c for c in extract(text)["claims"] if "4.4%" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Office for National Statistics", None)]
    text = "Headline\n\nFootage aired by TV Globo showed hundreds of workers blocking the road."
    claim = next(c for c in extract(text)["claims"] if "Footage" in c["text"])
    assert [(s["name"].removeprefix("TV "), s["via"]) for s in claim["sources"]] == [("Globo", None)]


def test_the_standfirst_setting_does_not_run_into_the_body():
    from claims.extraction import extract

    text = (
        "Governor says the worst is over\n\nIn an interview with the Accra Chronicle, Governor Kwabena Asante "
        "defended the bank's programme.\n\nBy Ama Mensah\nPublished: 12 November 2025\n\n"
        "The governor of the Bank of Ghana, Kwabena Asante, said the worst of the cedi's slide was over."
    )
    claims = extract(text)["claims"]
    first = next(c for c in claims if "defended" in c["text"])
    body = next(c for c in claims if "cedi" in c["text"])
    assert [s["via"] for s in first["sources"]] == ["Accra Chronicle"]
    assert [s["via"] for s in body["sources"]] == [None]


def test_an_agency_named_by_acronym_after_its_description_is_the_via():
    text = "The minister said in comments carried by the state news agency WAM that the talks were productive."
    assert sources_with_via(text, "productive") == [("minister", "WAM")]


def test_a_statement_on_a_platform_hung_on_the_object_is_still_the_via():
    text = "The rebels claimed responsibility for the attack in a statement on Telegram."
    assert [via for _name, via in sources_with_via(text, "responsibility")] == ["Telegram"]


def test_a_post_inside_the_reported_words_is_not_the_speakers_via():
    text = "The army said the rebels had claimed the attack in a post on X."
    assert sources_with_via(text, "rebels") == [("army", None)]


def test_a_programme_gives_its_broadcaster():
    text = 'Marisa Kellerman said in an interview on CNBC\'s "Squawk Box" that nothing would change.'
    assert sources_with_via(text, "nothing would change") == [("Marisa Kellerman", "CNBC")]
    text = "Minister Ada Obi said the state would pay.\n\nShe told Channels Television's Sunrise Daily that it would."
    assert sources_with_via(text, "that it would") == [("Ada Obi", "Channels Television")]


def test_a_place_before_an_outlet_is_no_broadcaster():
    text = "Mayor Ivan Petrenko told Ukraine's Suspilne that three people died."
    assert sources_with_via(text, "three people") == [("Ivan Petrenko", "Suspilne")]


def test_a_paper_the_model_did_not_tag_is_the_via_but_a_chamber_is_not():
    text = 'Sean Rafferty criticised the plan.\n\n"It is a cut," he told the Western People.'
    assert sources_with_via(text, "It is a cut") == [("Sean Rafferty", "Western People")]
    text = "John Smith said prices would rise.\n\nHe told the Senate that the plan had failed."
    assert sources_with_via(text, "plan had failed") == [("John Smith", None)]


def test_a_capitalised_paper_read_as_a_noun_is_the_via_but_a_gathering_is_not():
    assert sources_with_via('"We went to court," Grace Chebet told the Nation.', "went to court") == [
        ("Grace Chebet", "Nation")]
    text = "John Smith said prices would rise.\n\nHe told the Conference that the plan had failed."
    assert sources_with_via(text, "plan had failed") == [("John Smith", None)]


def test_told_inside_the_quote_is_no_new_setting_for_the_carried_channel():
    text = ("One expectant mother, who asked not to be named, told the BBC she had chosen the unit.\n\n"
            '"Now I am told I will be in Leicester, on a ward," she said.')
    assert [via for _n, via in sources_with_via(text, "Now I am told")] == ["BBC"]


def test_a_relative_who_told_an_outlet_and_is_named_next_keeps_the_channel():
    text = ("One patient, Dilys Morgan, spent 31 hours on a trolley, her daughter told the Evening Courier.\n\n"
            '"Mum was lying there all night," said Catrin Morgan.')
    assert sources_with_via(text, "trolley") == [("Catrin Morgan", "Evening Courier")]
    assert sources_with_via(text, "all night") == [("Catrin Morgan", "Evening Courier")]


def test_one_member_of_a_group_that_told_an_outlet_keeps_the_channel_but_a_new_source_does_not():
    text = 'Residents told AFP the shelling lasted hours.\n\n"We could not sleep," one resident said.'
    assert sources_with_via(text, "could not sleep") == [("one resident", "AFP")]
    text = "Residents told AFP the shelling lasted hours.\n\nA police officer said the area was sealed."
    assert [via for _n, via in sources_with_via(text, "sealed")] == [None]
