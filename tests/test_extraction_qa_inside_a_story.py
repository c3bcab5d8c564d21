"""A Q&A set inside a reported story: the intro's "He spoke to the Inquirer" is the anonymous source who spoke just
before, and the interview stops at the next crosshead, where the story's own reporting resumes."""
from claims.extraction import extract

_STORY = ("Inside the special team\n\n"
          "Interior Cabinet Secretary Peter Lekishon told the Senate on Wednesday that the unit had been disbanded.\n\n"
          "But a former officer who served in the unit for two years says its work did not stop when it was renamed. "
          "He spoke to the Inquirer over three meetings in August on condition that he not be named.\n\n"
          "His answers have been edited for length.\n\n"
          "How were targets chosen?\n\n"
          "Names came from the station commander, and sometimes from informers.\n\n"
          "Why are you speaking now?\n\n"
          "The same people are still working.\n\n"
          "'He was coming home with his wages'\n\n"
          "Ann Wairimu said police told her that her son had been killed in a shootout.\n\n"
          "The police file on his death lists him as a suspected gang member.\n")


def _sources(needle):
    claim = next(c for c in extract(_STORY)["claims"] if needle in c["text"])
    return [(s["name"], s["kind"], s["via"]) for s in claim["sources"]]


def test_the_answers_are_the_anonymous_source_who_spoke_before_he():
    assert _sources("station commander") == [("a former officer", "anonymous", "Inquirer")]
    assert _sources("still working") == [("a former officer", "anonymous", "Inquirer")]


def test_the_interview_ends_at_the_crosshead():
    assert [name for name, _kind, _via in _sources("Ann Wairimu said")] == ["Ann Wairimu", "police"]
    assert _sources("police file") == [("The police file on his death", "document", None)]
