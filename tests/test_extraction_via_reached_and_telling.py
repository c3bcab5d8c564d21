"""Via from how a source was reached: 'reached by <outlet>', 'telling <outlet> by phone that' after
another reporting verb, 'told dpa by phone', a second relative verb 'and spoke to <outlet>', and the
outlet's name around a channel noun after 'told' ('told Lebanon's Al Jadeed television')."""

from tests.extraction_helpers import sources_with_via


def _via(text, needle):
    return [v for _n, v in sources_with_via(text, needle)]


def test_reached_by_outlet_participle_gives_via():
    assert _via("A farmer in the village, reached by AFP by telephone, said the water had risen overnight.",
                "water had risen") == ["AFP"]
    assert _via("Three nurses contacted by Reuters said the ward had no oxygen left.",
                "no oxygen left") == ["Reuters"]


def test_reached_by_a_non_outlet_is_no_via():
    assert _via("Officials said the village, reached by road on Tuesday, had been cut off for days.",
                "cut off for days") == [None]


def test_telling_outlet_after_another_reporting_verb_gives_via():
    text = ("Omar Haddad, an aide to the governor, denied the militia was involved, telling Reuters by phone "
            "that its fighters \"were nowhere near the town\".")
    assert _via(text, "nowhere near") == ["Reuters"]
    text = ("Lina Petrova rejected the accusations, telling public broadcaster NOS that the report was "
            "\"a fabrication\".")
    assert _via(text, "fabrication") == ["NOS"]


def test_telling_hung_on_the_reported_clause_still_gives_via():
    text = ("A regional spokesman denied reports that the mayor had been detained, telling state broadcaster "
            "ZTV that he was \"safe and at work\".")
    assert _via(text, "safe and at work") == ["ZTV"]


def test_telling_reporters_or_someone_in_the_reported_words_is_no_via():
    assert _via("Carla Mendes said the road had been closed, telling reporters it would reopen on Friday.",
                "reopen on Friday") == [None]
    assert _via("Police said the suspect had confessed after telling his brother about the robbery.",
                "confessed") == [None]


def test_told_known_outlet_read_as_a_verb():
    text = "Karim Nadeem, a spokesman for the provincial government, told dpa by phone that 40 houses had collapsed."
    assert _via(text, "houses had collapsed") == ["dpa"]


def test_second_relative_verb_spoke_to_outlet():
    text = ('"We have nothing left," said Amina Yusuf, 41, who lost her house in the flood and spoke to the BBC '
            'from a relief camp.')
    assert _via(text, "nothing left") == ["BBC"]


def test_outlet_name_before_or_after_channel_noun_after_told():
    assert _via("Rami Aoun told Lebanon's Al Jadeed television that the talks had stalled.",
                "talks had stalled") == ["Al Jadeed"]
    assert _via("Marta Kovac told the Zagreb daily Jutarnji list that the deal was close.",
                "deal was close") == ["Jutarnji list"]
    assert _via("Kenji Sato told local broadcaster TBS that the bears had come down from the hills.",
                "bears had come down") == ["TBS"]
    assert _via("Ana Ruiz told Israel's Channel 12 television that the hostages were alive.",
                "hostages were alive") == ["Channel 12"]


def test_unnamed_or_national_channel_after_told_stays_a_phrase():
    assert _via("Ana Ruiz told Russian state television that the bridge had been repaired.",
                "bridge had been repaired") == ["Russian state television"]
    assert _via("Ana Ruiz told the committee that the bridge had been repaired.",
                "bridge had been repaired") == [None]


def test_more_wordings_of_how_the_source_was_reached():
    assert _via("Omar Sayed, speaking to Reuters by telephone, said the road was closed.",
                "road was closed") == ["Reuters"]
    assert _via("Omar Sayed, reached by telephone by AFP, said the road was closed.", "road was closed") == ["AFP"]
    assert _via("Contacted by AFP, Omar Sayed said the road was closed.", "road was closed") == ["AFP"]
    assert _via("Omar Sayed, 45, a shopkeeper who lost his house and spoke to Reuters, said the road was closed.",
                "road was closed") == ["Reuters"]


def test_reached_or_contacted_without_an_outlet_is_no_via():
    assert _via("Contacted by the ministry, Omar Sayed said the road was closed.", "road was closed") == [None]
    assert _via("Reached by phone, Omar Sayed said the road was closed.", "road was closed") == [None]
    assert _via("Omar Sayed, 45, a shopkeeper who spoke to the committee, said the road was closed.",
                "road was closed") == [None]


def test_channel_name_after_told_does_not_run_into_the_reported_words():
    assert "NRK players" not in _via("Ana Ruiz told broadcaster NRK players were tired after the match.",
                                     "players were tired")
