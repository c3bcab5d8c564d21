"""A preprint server carries a study as a journal does ("posted on the preprint server bioRxiv" -> bioRxiv), and
"the paper says" after "a paper published in <journal>" is that paper (a document, the journal its via), not the
journal itself."""
import pytest

from tests.extraction_helpers import sources_with_via


@pytest.mark.parametrize("text, needle, via", [
    ("A study posted last week on the preprint server medRxiv found that the drug cut deaths by a third.",
     "cut deaths", "medRxiv"),
    ("A second study, posted on the preprint server bioRxiv by a group in Lyon, found similar effects in mice.",
     "similar effects", "bioRxiv"),
    ("A preprint posted to arXiv on Monday found that the model failed on simple sums.", "simple sums", "arXiv"),
])
def test_preprint_server_is_the_via(text, needle, via):
    assert via in [v for _, v in sources_with_via(text, needle)]


@pytest.mark.parametrize("text, needle", [
    # a server of another kind, or a study not said to be posted anywhere
    ("A study by the university found that the drug cut deaths by a third.", "cut deaths"),
    ("The hospital posted on its website that the ward was closed. A study found that wards close often.",
     "close often"),
])
def test_no_preprint_no_via(text, needle):
    assert all(v is None for _, v in sources_with_via(text, needle))


@pytest.mark.parametrize("text, needle, journal", [
    ("In a paper published on Monday in The Lancet, researchers at Oxford report that the vaccine halved "
     "infections. The doses were similar to those used in clinics, the paper says.", "doses were similar",
     "The Lancet"),
    ("In a study published in Nature Medicine, doctors in Oslo report that the test missed few cancers. "
     "The patients were followed for five years, the study says.", "five years", "Nature Medicine"),
])
def test_the_paper_is_the_study_not_the_journal(text, needle, journal):
    got = sources_with_via(text, needle)
    assert len(got) == 1 and got[0][0].lower().split()[-1] in ("paper", "study")
    assert got[0][1] and got[0][1].lower().removeprefix("the ") == journal.lower().removeprefix("the ")


@pytest.mark.parametrize("text, needle, via", [
    ("According to the text of the bylaw, published in the regional official gazette, repeat offences can be "
     "fined.", "repeat offences", "regional official gazette"),
    ("According to the decree, published in the Official Gazette on Monday, the curfew will end in May.",
     "curfew", "Official Gazette"),
])
def test_a_gazette_a_text_was_published_in_is_its_via(text, needle, via):
    assert via in [v for _, v in sources_with_via(text, needle)]


@pytest.mark.parametrize("text, needle", [
    ("According to the report, published in March, prices rose by 4%.", "prices rose"),
    ("According to the council, published figures show that rents rose by 4%.", "rents rose"),
])
def test_published_without_a_publication_gives_no_via(text, needle):
    assert all(v is None for _, v in sources_with_via(text, needle))
