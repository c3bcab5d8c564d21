"""World knowledge wire copy leans on: outlets by name ("told Bild"), the epithets of well-known bodies ("the UN
health agency", "the medical charity"), a paper's initials ("told ST"), and an opening "In a public alert posted on
X" as the channel."""

from .extraction_helpers import source_names, sources_with_via


def test_told_a_german_tabloid_and_an_austrian_paper():
    text = 'Frankfurt sporting director Markus Feldkamp told Bild that the club were under "no pressure" to sell.'
    assert sources_with_via(text, "no pressure") == [("Markus Feldkamp", "Bild")]
    text = '"There has been no contact about Mika," a Sturm spokesman told Kleine Zeitung.'
    assert sources_with_via(text, "no contact") == [("a Sturm spokesman", "Kleine Zeitung")]


def test_told_a_person_is_still_no_channel():
    text = "Bellamy told Sarah Hughes that the sentence would not be appealed."
    assert sources_with_via(text, "appealed") == [("Bellamy", None)]


def test_the_un_health_agency_is_the_who_the_article_named():
    text = ("The World Health Organization (WHO) said 612,400 cases were reported in 2025. Conflict is fuelling the "
            "outbreaks, the UN health agency says.")
    assert source_names(text, "fuelling") == ["World Health Organization"]


def test_an_epithet_for_a_body_the_article_never_names_stays_as_written():
    text = "Conflict is fuelling the outbreaks, the UN health agency says."
    assert source_names(text, "fuelling") == ["UN health agency"]


def test_the_medical_charity_is_msf_named_in_the_sentence():
    text = ("Cholera centres run by Doctors Without Borders (MSF) were operating at twice their capacity, the medical "
            "charity said.")
    assert source_names(text, "twice their capacity") == ["Doctors Without Borders"]


def test_a_paper_s_initials_are_its_name():
    text = ("The Straits Times reported the inquiry on Monday. Mr Ong's daughter, Ms Ong Pei Ling, told ST after the "
            "hearing that the family had not been told.")
    assert sources_with_via(text, "family had not") == [("Ong Pei Ling", "The Straits Times")]


def test_an_alert_posted_on_x_opening_the_sentence():
    text = "In a public alert posted on X, the agency urged parents to stop using three batches of the syrup."
    assert [via for _n, via in sources_with_via(text, "three batches")] == ["X"]


def test_a_title_then_a_name_the_model_left_untagged():
    text = ("Minister of State with responsibility for the OPW Declan Fahy told RTÉ's Morning Ireland on Wednesday that "
            "he understood residents' concerns.")
    assert sources_with_via(text, "concerns") == [("Declan Fahy", "RTÉ")]
