"""'The authors also report that ...' right after a study cited under its authors' name ('posted ... by a group at
the University of Ghent') are those authors, writing in the same study (its via carries)."""
import pytest

from tests.extraction_helpers import sources_with_via


@pytest.mark.parametrize("text, needle, name, via", [
    ("A second study, posted last week on the preprint server bioRxiv by a group at the University of Lund, found "
     "similar problems in bees. The authors also report that colonies brought back less pollen.",
     "less pollen", "University of Lund", "bioRxiv"),
    ("A report by Human Rights Watch found abuses in 12 prisons. The authors also report that guards were rarely "
     "punished.", "rarely punished", "Human Rights Watch", None),
])
def test_authors_of_the_study_just_cited(text, needle, name, via):
    assert sources_with_via(text, needle) == [(name, via)]


@pytest.mark.parametrize("text, needle", [
    # no study cited just before: the authors stay as written, no channel
    ("The ministry said it would act. The authors say bees suffer.", "bees suffer"),
])
def test_authors_without_a_study_before(text, needle):
    assert all(v is None for _, v in sources_with_via(text, needle))


def test_authors_reporting_an_act_is_no_statement():
    assert sources_with_via("A study by the University of Lund found that bees forget. The authors reported the "
                            "data to the regulator.", "to the regulator") == []


def test_authors_report_that_with_a_long_reported_clause():
    text = ("A second study, posted on the preprint server medRxiv by a group at the University of Lund, found "
            "similar problems. The authors also report that hives placed next to sprayed fields produced a third less "
            "honey than hives elsewhere.")
    assert sources_with_via(text, "less honey") == [("University of Lund", "medRxiv")]


_KIDNEY = ("People who work night shifts are more likely to develop kidney disease, according to a study published in "
           "the journal Nephrology Today. The cohort was followed for a decade. ")


@pytest.mark.parametrize("sentence, needle", [
    ("Those on permanent night shifts had a 24% higher risk, the authors reported.", "24% higher"),
    ("The researchers acknowledged that limitation in the paper.", "limitation"),
])
def test_the_writers_of_a_published_study_write_in_its_journal(sentence, needle):
    assert sources_with_via(_KIDNEY + sentence, needle) == [("authors" if "authors" in sentence else "researchers",
                                                             "Nephrology Today")]


@pytest.mark.parametrize("sentence, needle", [
    # their words to the press, or the work itself, not the paper's text
    ("The authors said the finding should reassure day workers.", "reassure"),
    ("The team found that sleep was shorter on night shifts.", "sleep was shorter"),
])
def test_the_writers_speaking_or_working_have_no_channel(sentence, needle):
    assert [v for _, v in sources_with_via(_KIDNEY + sentence, needle)] == [None]


def test_two_journals_leave_the_writers_without_a_channel():
    text = _KIDNEY + ("A second study, published in The Lancet, found no link. Those on permanent night shifts had a "
                      "24% higher risk, the authors reported.")
    assert [v for _, v in sources_with_via(text, "24% higher")] == [None]
