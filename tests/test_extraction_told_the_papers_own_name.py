"""The article's own outlet as the channel when the story names it: "told Tidewater" though the tagger reads the
name as a person's, "told the Ledger" by the last word of "The Harbour Ledger", "reviewed by this newspaper"; the
outlet is known from "Tidewater could not verify ...". Only the speaker who told it gets it."""
from tests.extraction_helpers import sources_with_via

_TIDEWATER = ("Survivors said the plane circled for hours.\n\n"
              "Prof. Elena Vassallo, a maritime law specialist, told Tidewater that the delay \"may amount to a "
              "breach\" of the law.\n\n"
              '"A distress alert is not an invitation to wait and see," she said.\n\n'
              "Tidewater could not independently verify the survivors' account.\n")


def test_told_the_outlet_that_says_it_could_not_verify():
    assert sources_with_via(_TIDEWATER, "may amount to a breach") == [("Elena Vassallo", "Tidewater")]


def test_the_channel_carries_to_her_next_quote():
    assert sources_with_via(_TIDEWATER, "not an invitation") == [("Elena Vassallo", "Tidewater")]


def test_no_outlet_named_leaves_no_channel():
    text = _TIDEWATER.replace("Tidewater could not independently verify the survivors' account.\n", "")
    assert sources_with_via(text, "may amount to a breach") == [("Elena Vassallo", None)]


def test_this_newspaper_is_the_outlet_that_names_itself():
    text = ("Board records reviewed by this newspaper show that the closure order was revoked after 11 days.\n\n"
            "The Deccan Sentinel could not independently confirm the figure.\n")
    assert sources_with_via(text, "closure order") == [("Board records reviewed by this newspaper",
                                                        "The Deccan Sentinel")]


def test_this_newspaper_unnamed_is_no_channel():
    text = "Board records reviewed by this newspaper show that the closure order was revoked after 11 days.\n"
    assert sources_with_via(text, "closure order") == [("Board records reviewed by this newspaper", None)]


def test_someone_the_speaker_heard_from_gets_no_channel():
    text = ("A local official told Tidewater that an ambulance driver had told him the market had been hit twice.\n\n"
            "Tidewater could not verify the account.\n")
    assert sources_with_via(text, "hit twice") == [("A local official", "Tidewater"), ("an ambulance driver", None)]


def test_a_programme_told_by_its_title_gives_its_owner():
    text = ("The chief whip, Sipho Mthembu-Dlamini, later told HBN's \"The Briefing\" that the party would not sit.\n\n"
            "Ruth Tawhiri told Southern Public Broadcasting's Sunday Briefing that a bill was coming.\n\n"
            "He told Smith's lawyer that he would pay.\n")
    assert sources_with_via(text, "would not sit") == [("Sipho Mthembu-Dlamini", "HBN")]
    assert sources_with_via(text, "bill was coming") == [("Ruth Tawhiri", "Southern Public Broadcasting")]
    assert [via for _name, via in sources_with_via(text, "would pay")] == [None]


def test_the_photographer_after_the_slash_is_not_the_outlet():
    text = ("Ruth Tawhiri in the studio. Photo: SPB / Harriet Kane\n\nThe minister said the reform was needed.\n\n"
            "One mayor told me that her council would merge.\n")
    assert sources_with_via(text, "would merge") == [("One mayor", "SPB")]


def test_she_after_a_surname_the_tagger_took_for_a_body_is_that_speaker():
    text = ("A letter gives Lerato Mokoena until Friday to delete both videos.\n\n"
            "Mokoena said she would not take the videos down.\n\n"
            "\"I'm not a journalist,\" she told SAfm on Thursday.\n")
    assert [name for name, _via in sources_with_via(text, "not a journalist")] == ["Mokoena"]


def test_a_name_the_tagger_ran_into_the_verb_or_read_as_a_date_is_still_the_outlet():
    text = ('"The community is tired, we understand that," Farah Wijaya told The Associated Press.\n\n'
            '"Every number was signed off," Trent Halloway said in a statement to Grid Week.\n')
    assert sources_with_via(text, "community is tired") == [("Farah Wijaya", "Associated Press")]
    assert sources_with_via(text, "signed off") == [("Trent Halloway", "Grid Week")]
