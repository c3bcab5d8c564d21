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
