"""'the company' and 'the club' name a body of that type: an agency, a league or a stadium named
just before is not the one meant, and 'the club' is the team the story is about."""

from .extraction_helpers import source_names

_names = source_names


def test_the_company_is_not_an_agency_named_before():
    text = (
        "At least 11 people were killed, the national disaster agency said.\n\n"
        "In a statement, the company said its operations had not contributed to the landslide."
    )
    assert "national disaster agency" not in _names(text, "operations")


def test_the_club_is_not_a_stadium_named_before():
    text = (
        "Eight fans were injured in a crush at the Baba Yara Sports Stadium before a match between Ashanti Stars "
        "and Hearts of Oak, a hospital spokesman said.\n\n"
        'The club blamed "fans without tickets" who it said had forced their way through the north gate.'
    )
    assert "Baba Yara Sports Stadium" not in _names(text, "fans without tickets")


def test_the_club_is_the_team_even_when_its_name_reads_as_a_place():
    text = (
        "Brentmoor City have rejected a third offer from Atlético Valverde for striker Samuel Okafor, "
        "people briefed on the talks said on Monday.\n\n"
        "The Premier League has not commented.\n\n"
        "Okafor's agent, Marcus Bello, said the player had been promised a move.\n\n"
        "The club rejected that, saying in a statement that no such promise had ever been made."
    )
    assert _names(text, "rejected that") == ["Brentmoor City"]


def test_the_ministry_is_never_a_body_without_ministry_in_its_name():
    text = "Rebels said they had shot down a jet.\n\nThe ministry said 20 people had died."
    assert _names(text, "20 people") == ["ministry"]


def test_the_observatory_stays_as_written_when_no_observatory_was_named():
    text = "The army said it had retaken the town.\n\nThe observatory said 20 people had died."
    assert _names(text, "20 people") == ["observatory"]


def test_the_department_may_be_an_office_named_before():
    text = (
        "The Home Office said crossings had risen.\n\n"
        "The department said 1,240 people had arrived in 21 boats."
    )
    assert _names(text, "1,240") == ["Home Office"]


def test_she_after_an_unnamed_minister_is_the_minister():
    text = 'The interior minister said prices would fall.\n\n"We are ready," she said.'
    assert _names(text, "ready") == ["interior minister"]
