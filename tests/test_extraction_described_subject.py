"""A description with a proper modifier ("the Portuguese coach", "the Premier League club") points at the
person described with the role, or at the body the same sentence names as its subject."""
from tests.extraction_helpers import source_names


def test_nationality_before_role_points_at_person_with_that_role():
    text = ('Team manager Ilse Brandt watched from the stands. '
            '"We were unlucky," the Dutch manager said after the match.')
    assert source_names(text, "unlucky") == ["Ilse Brandt"]


def test_nationality_role_without_anyone_in_that_role_stays_unresolved():
    text = ('Striker Ilse Brandt scored twice. '
            '"We were unlucky," the Dutch manager said after the match.')
    assert source_names(text, "unlucky") != ["Ilse Brandt"]


def test_league_club_is_the_sentence_subject():
    text = "Harrowgate Rovers have rejected a third bid for their captain, the League Two club said on Monday."
    assert source_names(text, "third bid") == ["Harrowgate Rovers"]


def test_listed_company_is_the_sentence_subject():
    text = "Fenwick Mills will close two plants, the FTSE 250 company said in a statement."
    assert source_names(text, "two plants") == ["Fenwick Mills"]


def test_person_subject_is_not_the_company():
    text = "Margaret Olsen will step down in June, the company said."
    assert source_names(text, "step down") != ["Margaret Olsen"]
