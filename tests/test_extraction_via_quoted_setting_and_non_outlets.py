"""A setting inside the quoted words ('"I was told I'd wait," she said') is not the speaker's own setting: her
channel carries on. A document obtained by a campaign, charity or union came through no outlet."""
import pytest

from tests.extraction_helpers import sources_with_via


@pytest.mark.parametrize("text, needle, via", [
    ('A nurse, who asked not to be named, told the BBC she had resigned. '
     '"Then I was told I would have to work nights," she said.', "Then I was told", "BBC"),
    ('One father told Sky News the school had closed. "We were told Monday would be fine," he said.',
     "We were told", "Sky News"),
    ('A driver told Reuters the road was shut. "Nobody told us about the detour," he said.',
     "Nobody told us", "Reuters"),
])
def test_quoted_told_does_not_end_the_channel(text, needle, via):
    assert [v for _, v in sources_with_via(text, needle)] == [via]


@pytest.mark.parametrize("text, needle", [
    # the speaker's own new setting still ends it
    ('A nurse told the BBC she had resigned. She later told reporters that the ward was understaffed.',
     "understaffed"),
    ('A driver told Reuters the road was shut. He said at a news conference that the bridge was unsafe.',
     "unsafe"),
])
def test_own_setting_still_ends_the_channel(text, needle):
    assert [v for _, v in sources_with_via(text, needle)] == [None]


@pytest.mark.parametrize("text, needle", [
    ("The ward has closed four times since 2020, according to figures obtained by the Keep Our Beds "
     "group under freedom of information rules.", "four times"),
    ("Waiting times doubled last year, according to data obtained by the Fair Care campaign.", "doubled"),
    ("According to minutes of the meeting, obtained by the Riverside Tenants association, the landlord "
     "was warned in May.", "warned in May"),
])
def test_document_obtained_by_a_group_has_no_via(text, needle):
    assert all(v is None for _, v in sources_with_via(text, needle))


@pytest.mark.parametrize("text, needle, via", [
    ("The ward has closed four times since 2020, according to figures obtained by The Courier.",
     "four times", "The Courier"),
    ("According to minutes of the meeting, seen by Channel 4 News, the landlord was warned in May.",
     "warned in May", "Channel 4 News"),
])
def test_document_seen_by_an_outlet_keeps_its_via(text, needle, via):
    assert via in [v for _, v in sources_with_via(text, needle)]


@pytest.mark.parametrize("text, needle, via", [
    ('The Interior Ministry told AFP that the border would stay shut. "No decision has been taken," a '
     'ministry spokeswoman said.', "No decision", "AFP"),
    ("The Harbour Council told the Gazette the pier would reopen. A council spokesman said repairs "
     "were finished.", "repairs", "Gazette"),
    ("The Health Ministry told Reuters it had ordered more vaccines. A spokesperson for the ministry said "
     "deliveries would start in May.", "deliveries", "Reuters"),
])
def test_spokesperson_of_the_body_that_just_spoke_keeps_its_channel(text, needle, via):
    assert [v for _, v in sources_with_via(text, needle)] == [via]


@pytest.mark.parametrize("text, needle", [
    # another body's spokesperson, or a new occasion
    ("The Interior Ministry told AFP that the border would stay shut. A union spokeswoman said "
     "guards had not been paid.", "not been paid"),
    ("The Interior Ministry told AFP that the border would stay shut. A ministry spokeswoman said on "
     "Friday that it had reopened.", "reopened"),
])
def test_spokesperson_of_another_body_or_day_has_no_carried_via(text, needle):
    assert [v for _, v in sources_with_via(text, needle)] == [None]


@pytest.mark.parametrize("text, needle", [
    ("The coalition's spokesman, Ali Diarra, told local radio that the group had written to the ministry.",
     "written to the ministry"),
    ('Ali Diarra told local radio that the group had written to the ministry. "We acted peacefully," he said.',
     "We acted peacefully"),
    ("The mayor said on national television that the road was cut.", "road was cut"),
    ("The governor told state TV that the dam had held.", "dam had held"),
])
def test_a_kind_of_channel_with_no_name_is_no_via(text, needle):
    assert all(v is None for _, v in sources_with_via(text, needle))


@pytest.mark.parametrize("text, needle, via", [
    ("The mayor told state broadcaster RTB that the road was cut.", "road was cut", "RTB"),
    ("The mayor told local radio station Radio Kayes that the road was cut.", "road was cut", "Radio Kayes"),
    ("The mayor told National Public Radio that the road was cut.", "road was cut", "National Public Radio"),
])
def test_a_named_station_stays_the_via(text, needle, via):
    assert via in [v for _, v in sources_with_via(text, needle)]
