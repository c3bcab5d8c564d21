"""Statements the small parser misreads: a role after a fronted participle, a document's "lists", a speaker who
writes "in a note to clients that ...", two statements side by side, one body's name with "and" in it."""

from .extraction_helpers import source_names, sources_with_via


def test_a_role_after_a_fronted_participle_is_the_speaker_not_the_body_in_its_title():
    text = ("Speaking at a rally in Kaduna, the former chairman of the Senate Committee on Finance said Nigerians had "
            "paid for reforms with their dinner.")
    assert source_names(text, "paid for reforms") == ["the former chairman of the Senate Committee on Finance"]


def test_a_document_lists_what_it_says():
    text = "A draft of the border document seen by Reuters lists 12 sections of the frontier."
    assert sources_with_via(text, "12 sections") == [("A draft of the border document seen by Reuters", "Reuters")]


def test_a_club_listing_players_is_no_statement():
    assert source_names("The club listed three players as injured.", "three players") == []


def test_a_speaker_account_of_a_document_keeps_the_speaker_alone():
    text = ("Jurors were shown a spreadsheet recovered from her laptop which, Mr Adeyemi said, listed 13 payments "
            "between March 2018 and January 2021.")
    assert source_names(text, "13 payments") == ["Adeyemi"]


def test_writing_in_a_note_to_clients_that():
    text = "Economists at PKO Bank Polski were more cautious, writing in a note to clients that wage growth remains high."
    assert source_names(text, "wage growth") == ["Economists at PKO Bank Polski"]


def test_two_statements_side_by_side():
    text = "The shire's mayor says the alternative is closing pools, but ratepayers say they were never consulted."
    assert source_names(text, "ratepayers") == ["shire's mayor", "ratepayers"]


def test_a_body_named_with_and_is_one_source():
    text = "The quake hit at 4.17 a.m., according to the Disaster and Emergency Management Authority (AFAD)."
    assert source_names(text, "quake hit") == ["Disaster and Emergency Management Authority"]


def test_two_bodies_joined_by_and_stay_two():
    text = "The quake hit at 4.17 a.m., according to the Ministry of Health and the Red Crescent."
    assert source_names(text, "quake hit") == ["Ministry of Health", "Red Crescent"]


def test_wrote_in_a_post_that_hung_on_the_post():
    text = "Smith wrote in a post on her Instagram page on Sunday that she was recovering."
    assert sources_with_via(text, "recovering") == [("Smith", "Instagram")]


def test_a_that_clause_of_another_verb_makes_no_second_speaker():
    text = "Outside the courthouse, Mr. Bellamy told reporters that Ms. Albright accepted the sentence."
    assert source_names(text, "accepted") == ["Bellamy"]
