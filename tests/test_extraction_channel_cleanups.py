"""Small things that spoil a channel: a day run into it ("wrote on Facebook Tuesday that"), and a photo credit the
tagger read as a person ("(Mike Harmon / KQRT 9)"), which made the station look like someone told."""
from tests.extraction_helpers import sources_with_via


def test_a_day_after_the_platform_is_not_part_of_it():
    text = 'County Commissioner Dale Brandt wrote on Facebook Tuesday that the board "failed the people".'
    assert sources_with_via(text, "failed the people") == [("Dale Brandt", "Facebook")]


def test_a_photo_credit_does_not_make_the_station_a_person():
    text = ("Karen Lindqvist leaves the courthouse after her sentencing Tuesday. (Mike Harmon / KQRT 9)\n\n"
            "According to a probable cause affidavit obtained by KQRT 9, Lindqvist told investigators that she had "
            "planned to pay the money back.\n\nThe affidavit says she may have lost more than $400,000.")
    assert ("a probable cause affidavit", "KQRT") in sources_with_via(text, "pay the money back")
    assert sources_with_via(text, "may have lost") == [("a probable cause affidavit", "KQRT")]
