"""Via, round 2: which outlet or channel a source spoke through, and who is merely the one told.

Each pattern has positive and negative wordings of our own (none taken from gold articles)."""

import pytest

from tests.extraction_helpers import claim_with, sources_with_via


def _via(text, needle):
    srcs = sources_with_via(text, needle)
    assert srcs, claim_with(text, needle)
    return srcs[0][1]


# A channel named in the plural ("its Telegram channels"), also when the speech verb is a participle
# hung on the act ("claimed ... on X, saying ...").
@pytest.mark.parametrize("text", [
    "The rebel group claimed the ambush on its Telegram channels on Friday, saying nine soldiers had died.",
    "The militia posted a video on its Facebook pages, saying it had seized the air base.",
    "The movement said on its Telegram channels that the convoy had been hit.",
])
def test_a_platform_channel_in_the_plural_is_the_via(text):
    assert _via(text, "") in ("Telegram", "Facebook")


# A statement released through the speaker's own arm, on a platform: the platform is the via.
def test_a_statement_released_through_the_speakers_own_agency_on_a_platform():
    text = ("The insurgents claimed the bombing in a statement released through their Sahel media wing "
            "on Telegram on Sunday.")
    assert _via(text, "bombing") == "Telegram"


# "cited by / quoted by the <nationality> news agency X": the nationality is a descriptor, not the via.
def test_a_report_cited_by_a_national_news_agency():
    text = "Marca, cited by the Spanish news agency EFE, reported that the coach would be sacked."
    assert _via(text, "coach") == "EFE"


def test_the_nationality_of_a_news_agency_is_never_the_via():
    text = "Le Figaro, quoted by the French news agency AFP, reported that the deal had collapsed."
    assert _via(text, "deal") != "German"


# "In remarks to / comments to <outlet>, X said".
@pytest.mark.parametrize("text, via", [
    # (a kind of channel with no name is no via)
    ("In remarks to state television, the interior minister said the curfew would be lifted.", None),
    ("In comments to the Irish Times, the minister said the budget was balanced.", "Irish Times"),
    ('In remarks to local radio station Onda Sur, the fire chief, Captain Luis Mendoza, said the blaze '
     'was "under control".', "Onda Sur"),
])
def test_fronted_remarks_to_an_outlet(text, via):
    assert _via(text, "said") == via


def test_fronted_remarks_to_a_radio_station_keep_the_speaker_not_the_station():
    text = ('In remarks to local radio station Onda Sur, the fire chief, Captain Luis Mendoza, said the blaze '
            'was "under control".')
    assert sources_with_via(text, "blaze") == [("Luis Mendoza", "Onda Sur")] or \
        [n for n, _ in sources_with_via(text, "blaze")] != ["Onda Sur"]


# The article's own outlet ("this newspaper", "this publication") is no via.
@pytest.mark.parametrize("text", [
    '"We were sitting on the ground when the shooting began," the union leader, Ana Rivas, told this newspaper.',
    "The lawyers said in a statement to this publication that the claims were false.",
    "Hospital director Omar Haddad told this newspaper that three wards had closed.",
])
def test_the_articles_own_outlet_is_no_via(text):
    assert all(v is None for _, v in sources_with_via(text, ""))


def test_a_named_newspaper_told_is_still_the_via():
    text = "Hospital director Omar Haddad told the Jordan Times that three wards had closed."
    assert _via(text, "wards") == "Jordan Times"


# A parliament, a committee or a court told something is a recipient, not a channel.
@pytest.mark.parametrize("text", [
    "The health secretary, Mark Doyle, told the Welsh Parliament in May that waiting lists were falling.",
    "The general told the Senate Armed Services Committee that the troops were ready.",
    "The minister told the National Assembly on Tuesday that the plan was working.",
])
def test_a_legislature_or_committee_told_is_no_via(text):
    assert all(v is None for _, v in sources_with_via(text, ""))


def test_an_outlet_with_an_institution_like_word_in_its_name_is_still_a_via():
    text = "The agent, Paul Ferris, told Radio France Internationale that two clubs had made offers."
    assert _via(text, "clubs") == "Radio France Internationale"


# A person told, by first name or as "a user"/"a neighbour", is a recipient.
@pytest.mark.parametrize("text", [
    "Several shop owners told Chiara they had still not been paid.",
    "Maria Lopez told a neighbour that the water had reached the first floor.",
    "The screenshots appear to show the chatbot telling a child that it keeps secrets.",
])
def test_a_person_told_is_no_via(text):
    assert all(v is None for _, v in sources_with_via(text, ""))


def test_an_indefinite_outlet_told_is_still_a_via():
    text = "Tom Hardy told a local newspaper that the mill would close."
    assert _via(text, "mill") == "local newspaper"


# "In a study published in the journal X, researchers report ...": the journal is the via.
@pytest.mark.parametrize("text, via", [
    ("In a study published Monday in the journal Current Biology, researchers in Kenya reported that the "
     "birds learn songs from neighbours.", "Current Biology"),
    ("In a paper published in the journal Science Advances, the authors wrote that the glacier was "
     "retreating faster than expected.", "Science Advances"),
])
def test_a_fronted_study_in_a_journal(text, via):
    assert _via(text, "") == via


def test_a_fronted_study_without_a_journal_has_no_via():
    text = "In a study published last month, researchers said the drug halved relapses."
    assert _via(text, "drug") is None


# A member of a group that has just spoken through an outlet ("One of them said") keeps the channel,
# unless someone else spoke in between or a new setting is named.
def test_one_of_the_group_keeps_the_groups_channel():
    text = ("Three former nurses told the Guardian that the ward had been understaffed for months. "
            "One of them, who asked not to be named, said patients had waited hours for pain relief.")
    assert _via(text, "pain relief") == "Guardian"


def test_one_of_the_group_after_another_speaker_has_no_channel():
    text = ("Two officials told Reuters the talks had stalled. The ministry said on Tuesday that talks would "
            "continue. One of them said the deal was dead.")
    assert _via(text, "deal was dead") is None


def test_one_of_the_group_in_a_new_setting_has_no_channel():
    text = ("Two former employees told Circuit Weekly that the layer had been rushed. "
            "One of them said at a hearing on Tuesday that staff had raised concerns.")
    assert _via(text, "raised concerns") is None


# A nationality before a broadcaster is part of the channel's phrase, never the channel on its own.
@pytest.mark.parametrize("text, via", [
    ("The spokesman, speaking on Rwandan state television, said the border was open.", "Rwandan state television"),
    ("The governor said on Ukrainian national radio that two people were killed.", "Ukrainian national radio"),
])
def test_a_nationality_before_a_broadcaster_stays_in_the_phrase(text, via):
    assert _via(text, "") == via


# A place the speaker spoke from is no channel.
@pytest.mark.parametrize("text", [
    "Anna Berg said by phone from Stockholm that the talks had failed.",
    "Anna Berg, speaking by telephone from Kabul, said the road was closed.",
])
def test_the_place_a_speaker_called_from_is_no_via(text):
    assert all(v is None for _, v in sources_with_via(text, ""))


def test_the_place_does_not_hide_the_outlet():
    text = "Speaking to Sky News from Kyiv, the minister said the front was holding."
    assert _via(text, "front") == "Sky News"


# An answer to an outlet's questions came through that outlet; an answer to anyone else's did not.
@pytest.mark.parametrize("text, via", [
    ("In a written response to questions from the Guardian, the company said it had followed the law.", "Guardian"),
    ("In an emailed reply to queries from AFP, the company said it had followed the law.", "AFP"),
    ("In response to a request from the ministry, the company said it had followed the law.", None),
])
def test_an_answer_to_an_outlets_questions(text, via):
    assert _via(text, "followed the law") == via


# "Talking/speaking to <a described outlet>" and a post on a speaker's channels on a platform.
@pytest.mark.parametrize("text, via", [
    ("Talking to the local paper Le Soir, the coach said he would stay.", "Le Soir"),
    ("Speaking to this newspaper, the coach, Marc Dubois, said he would stay.", None),
    ("The ministry said in a post on its official Telegram channels that the strike had hit a depot.", "Telegram"),
])
def test_speaking_to_a_described_outlet_and_posts_on_channels(text, via):
    assert _via(text, "") == via


# A programme's broadcaster, and an interview "broadcast by" a channel, whatever the parse made of it.
@pytest.mark.parametrize("text, via", [
    ("Speaking to the BBC's Newsnight programme, Health Secretary Tom Reed said waiting lists were falling.", "BBC"),
    ("In an interview broadcast on Sunday by France 2, President Marie Dubois said the reform would pass.",
     "France 2"),
    ("Senator Ana Ruiz, in an interview with Radio Monumental, said the bill was rushed.", "Radio Monumental"),
])
def test_a_programme_or_a_broadcast_interview(text, via):
    assert _via(text, "") == via
