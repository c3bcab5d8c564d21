"""'told our correspondent' / 'told this newspaper' in a page with no masthead go through the one paper the
story names as having spoken to someone or seen something ("in an interview with The PUNCH", "seen by the
Continental Business Journal"); the paper's own correspondent as a source has no channel."""
from tests.extraction_helpers import sources_with_via

_PUNCH = ('"We keep counting," Danjuma said in an interview with The PUNCH on Wednesday.\n\n'
          "A commercial motorcyclist, Saheed Ajala, told our correspondent that the driver had been speeding.\n\n"
          '"I saw him coming," he said.\n\n')


def test_told_our_correspondent_goes_through_the_paper_the_story_names():
    assert sources_with_via(_PUNCH, "had been speeding") == [("Saheed Ajala", "The PUNCH")]
    assert sources_with_via(_PUNCH, "saw him coming") == [("Saheed Ajala", "The PUNCH")]


def test_a_document_the_paper_saw_names_it():
    text = ("The company offered 5 per cent, according to a copy of the final offer seen by the Continental Business "
            "Journal.\n\nPVN president Jens Albrecht told this newspaper that the offer was an insult.")
    assert sources_with_via(text, "an insult") == [("Jens Albrecht", "The Continental Business Journal")]


def test_two_papers_leave_it_unnamed():
    text = _PUNCH.replace("Danjuma said", "Danjuma told The Guardian and said in an interview with The PUNCH")
    assert sources_with_via(text, "had been speeding") == [("Saheed Ajala", None)]


def test_a_wire_or_a_court_is_not_the_paper():
    text = ('"We keep counting," Danjuma told The Associated Press.\n\nThe witness told The Hague court that he ran.'
            "\n\nA motorcyclist, Saheed Ajala, told our correspondent that the driver had been speeding.")
    assert sources_with_via(text, "had been speeding") == [("Saheed Ajala", None)]


def test_our_own_correspondent_has_no_channel():
    text = _PUNCH + "About 14 senators walked out, according to our correspondent in the gallery."
    assert sources_with_via(text, "senators walked out") == [("our correspondent in the gallery", None)]


def test_according_to_a_document_by_a_body_seen_by_a_paper_is_the_document_through_the_paper():
    text = ("A police unit was linked to 41 deaths, according to an internal memo by the Independent Policing "
            "Oversight Authority seen by The Capital Inquirer.\n\n"
            "The memo, dated March 2025, describes a consistent pattern.\n\n"
            "The police file on his death, which the family obtained through their lawyer, lists no weapon.\n")
    assert sources_with_via(text, "41 deaths") == [
        ("an internal memo by the Independent Policing Oversight Authority", "The Capital Inquirer")]
    assert sources_with_via(text, "consistent pattern") == [
        ("an internal memo by the Independent Policing Oversight Authority", "The Capital Inquirer")]
    assert sources_with_via(text, "lists no weapon") == [("The police file on his death", None)]
