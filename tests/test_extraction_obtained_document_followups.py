"""An investigation built on a document an outlet obtained: the later "The 212-page report, compiled by a law firm,
found", "It recommends" and "according to the report" are that document, through the same outlet (not its author);
a lawyer's letter or a press release is another document."""

from .extraction_helpers import sources_with_via

STORY = ("The municipality paid R63-million for meters, according to a forensic report seen by the Sunday Times.\n\n"
         "The 212-page report, compiled by Durban law firm Naidoo Pillay Inc and handed to the manager in March, found "
         "that officials signed off on deliveries. It recommends that four officials face disciplinary action.\n\n"
         "The supplier was paid two days later, according to the report.\n\n"
         "In a letter from his attorneys, he denied wrongdoing. \"Our client has served this municipality for 19 years,\" "
         "the letter reads.")


def test_the_definite_report_compiled_by_a_firm_is_the_obtained_report():
    assert sources_with_via(STORY, "signed off") == [("a forensic report", "Sunday Times")]


def test_it_recommends_is_the_same_report():
    assert sources_with_via(STORY, "recommends") == [("a forensic report", "Sunday Times")]


def test_according_to_the_report_later():
    assert sources_with_via(STORY, "two days later") == [("a forensic report", "Sunday Times")]


def test_the_lawyers_letter_is_not_the_report():
    assert all(name != "a forensic report" for name, _via in sources_with_via(STORY, "19 years"))


def test_a_copy_seen_by_an_outlet_is_a_document():
    text = "A copy of the report, seen by Reuters, suggests the plan was dropped."
    assert [via for _n, via in sources_with_via(text, "plan was dropped")] == ["Reuters"]


def test_according_to_a_body_s_own_report_is_that_report():
    text = "A total of 612,400 cases were reported in 2025, according to the WHO's annual cholera report."
    assert sources_with_via(text, "612,400") == [("WHO's annual cholera report", None)]


def test_according_to_data_from_a_body_is_still_the_body():
    text = "Prices rose 3% in October, according to figures from the Office for National Statistics."
    assert [name for name, _via in sources_with_via(text, "Prices rose")] == ["Office for National Statistics"]
