"""A transcript set out with speaker labels ("Q: ..." then "Marsh: ...") gives each labelled answer to the person
the label names, without the label in the claim's text; at a press conference there is no channel, in an interview
the outlet that asked. Paragraphs after the transcript are read as usual."""
from claims.extraction import extract

_PRESSER = ("Marsh insists Okoye stays\n\n"
            "Castlebridge United manager Gary Marsh has insisted that Daniel Okoye will not be sold.\n\n"
            "Speaking at his pre-match press conference on Wednesday, Marsh said the club had received no offer.\n\n"
            "Q: Has the request changed anything between you and Danny?\n\n"
            "Marsh: Nothing has changed. He trained brilliantly this morning.\n\n"
            "Q: Will he start at Coventry?\n\n"
            "Marsh: If he's in the right frame of mind, he plays.\n\n"
            "The post was deleted within an hour.\n")


def _claim(text, needle):
    return next(c for c in extract(text)["claims"] if needle in c["text"])


def test_each_labelled_answer_is_the_speakers():
    for needle in ("Nothing has changed", "trained brilliantly", "right frame of mind"):
        assert [(s["name"], s["via"]) for s in _claim(_PRESSER, needle)["sources"]] == [("Gary Marsh", None)]


def test_the_label_is_not_part_of_the_claim():
    claim = _claim(_PRESSER, "Nothing has changed")
    assert claim["text"] == "Nothing has changed."
    assert _PRESSER[claim["start"]:claim["end"]] == "Nothing has changed."


def test_the_article_after_the_transcript_is_nobodys_answer():
    assert _claim(_PRESSER, "deleted within an hour")["sources"] == []


def test_an_interview_transcript_goes_through_the_outlet_that_asked():
    text = (_PRESSER.replace("Speaking at his pre-match press conference on Wednesday, Marsh said",
                             "Marsh spoke to The Touchline Weekly and said"))
    assert [(s["name"], s["via"]) for s in _claim(text, "Nothing has changed")["sources"]] == [
        ("Gary Marsh", "The Touchline Weekly")]


def test_labels_without_questions_are_no_transcript():
    text = "Fact check\n\nClaim: The dam failed on Monday.\n\nRating: False. The dam held, engineers said.\n"
    assert _claim(text, "The dam failed")["text"].startswith("Claim:")


_OUTLET_ASKS = ("Interview: Finance minister on the budget\n\n"
                "Ana Silva, Portugal's finance minister, spoke to the Lisbon Herald about the budget and the "
                "deficit.\n\n"
                "Lisbon Herald: Will taxes rise next year?\n\n"
                "Ana Silva: No. We have said that clearly and we will keep that promise.\n\n"
                "LH: The deficit grew last year. Why?\n\n"
                "Silva: Because we spent more on hospitals. Spending rose by 4 per cent.\n\n"
                "This interview has been edited for length and clarity.\n")


def test_the_outlet_by_name_or_initials_labels_the_questions():
    answer = _claim(_OUTLET_ASKS, "spent more on hospitals")
    assert [(s["name"], s["via"]) for s in answer["sources"]] == [("Ana Silva", "Lisbon Herald")]
    assert not answer["text"].startswith("Silva:")
    assert _claim(_OUTLET_ASKS, "The deficit grew")["sources"] == []


def test_an_apposition_between_the_name_and_spoke_to_still_names_the_outlet():
    assert [(s["name"], s["via"]) for s in _claim(_OUTLET_ASKS, "keep that promise")["sources"]] == [
        ("Ana Silva", "Lisbon Herald")]


_INITIALS = """'We will not buy Russian gas again': Latvia's energy minister on prices
By Mārtiņš Ozols

Household bills in Latvia will fall by 12 percent, Climate and Energy Minister Ilze Kalniņa told The Baltic Courier.

MO: Prices rose by almost a third last winter. What went wrong?

IK: Two things happened at once. A cold January pushed demand to a record.

MO: Was the cable damage sabotage?

IK: The investigation is being led by Finland. A vessel appears to have dragged its anchor across the cable.
"""


def test_initials_label_the_interviewer_and_the_interviewee():
    claims = extract(_INITIALS)["claims"]
    texts = [c["text"] for c in claims]
    # the interviewer's questions assert nothing; a statement of his keeps no label and no speaker
    assert "What went wrong?" not in texts and "MO: Was the cable damage sabotage?" not in texts
    prices = next(c for c in claims if c["text"] == "Prices rose by almost a third last winter.")
    assert prices["sources"] == []
    answer = next(c for c in claims if c["text"] == "Two things happened at once.")
    assert [(s["name"], s["via"]) for s in answer["sources"]] == [("Ilze Kalniņa", "Baltic Courier")]
