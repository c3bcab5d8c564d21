"""A podcast or radio transcript: speaker labels in capitals with a role ("NAME (HOST):"), a clip played on air
("[CLIP] NAME:"), turns that run over several paragraphs, and the furniture such transcripts carry (the editing
note, the host's greeting, the sign-off). Each guest's answers are the guest's, through the outlet that makes the
programme; a clip recorded elsewhere went through no one; the host's own sentences have no source."""
from claims.extraction import extract

_PODCAST = (
    "THE HARBOUR REPORT\n"
    "Episode 88: Why the ferry fares went up\n"
    "Tuesday, 4 March 2025 · 22 min listen\n\n"
    "This is an edited excerpt from The Harbour Report, the news podcast of the Westport Examiner. Transcripts are "
    "produced with the help of software and may contain errors.\n\n"
    "LENA MARKS (HOST): From the Westport Examiner, this is The Harbour Report. I'm Lena Marks.\n\n"
    "Ferry fares to the islands rose by 14 per cent on Saturday. I'm joined by Owen Pryde, who chairs the Island "
    "Passengers' Group.\n\n"
    "OWEN PRYDE: Thanks for having me, Lena.\n\n"
    "LENA MARKS: Who pays for this?\n\n"
    "OWEN PRYDE: Islanders pay for it. Most of our members cross at least twice a week.\n\n"
    "The operator has cut two winter sailings as well.\n\n"
    "LENA MARKS: The operator, Strait Lines, told us the rise covers the cost of a new vessel. Here is its chief "
    "executive, Ruth Calloway, speaking to reporters on Monday.\n\n"
    "[CLIP] RUTH CALLOWAY: The new ship is the safest on the route.\n\n"
    "LENA MARKS: That's all from us this week. The Harbour Report is produced by Sam Odell. Listen and subscribe "
    "wherever you get your podcasts.\n")


def _claims():
    return extract(_PODCAST)["claims"]


def _claim(needle):
    return next(c for c in _claims() if needle in c["text"])


def test_a_guests_answer_goes_through_the_outlet_that_makes_the_programme():
    claim = _claim("Islanders pay for it")
    assert claim["text"] == "Islanders pay for it."
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Owen Pryde", "Westport Examiner")]


def test_an_answer_that_runs_into_a_second_paragraph_stays_the_guests():
    assert [s["name"] for s in _claim("cut two winter sailings")["sources"]] == ["Owen Pryde"]


def test_a_clip_recorded_elsewhere_has_no_channel():
    assert [(s["name"], s["via"]) for s in _claim("safest on the route")["sources"]] == [("Ruth Calloway", None)]


def test_the_hosts_question_is_no_claim_and_her_reporting_keeps_the_programmes_channel():
    texts = [c["text"] for c in _claims()]
    assert not any("Who pays for this" in t for t in texts)
    told = _claim("told us the rise covers")
    assert [(s["name"], s["via"]) for s in told["sources"]] == [("Strait Lines", "Westport Examiner")]


def test_transcript_furniture_and_pleasantries_are_not_claims():
    texts = " | ".join(c["text"] for c in _claims())
    for furniture in ("edited excerpt", "Transcripts are produced", "this is The Harbour Report", "I'm Lena Marks",
                      "Thanks for having me", "That's all from us", "is produced by", "wherever you get"):
        assert furniture not in texts


def test_a_shows_name_in_capitals_is_not_the_title():
    text = _PODCAST.replace("THE HARBOUR REPORT", "THE HARBOUR REPORT: THE WESTPORT EXAMINER NEWS PODCAST")
    assert extract(text)["metadata"]["title"] == "Episode 88: Why the ferry fares went up"


def test_a_guests_told_us_is_the_guests_own_side_not_the_outlet():
    text = _PODCAST.replace("Most of our members cross at least twice a week.",
                            "The council told us it would not subsidise fares.")
    council = next(s for s in next(c for c in extract(text)["claims"] if "would not subsidise" in c["text"])["sources"]
                   if s["name"] != "Owen Pryde")
    assert council["via"] is None


def test_a_programme_called_a_briefing_is_no_press_briefing():
    text = ("NORTH COAST RADIO\nThe Evening Briefing\nTranscript: the harbour master on the storm\n\n"
            "Presenter: Ana Reyes (AR)\nGuest: Colm Daly (CD), harbour master\n\n"
            "AR: Is the harbour open?\n\nCD: It reopened at noon. Two moorings were lost.\n\n"
            "AR: Will it close again?\n\nCD: Not unless the wind returns.\n")
    claims = extract(text)["claims"]
    answer = next(c for c in claims if "reopened at noon" in c["text"])
    assert [(s["name"], s["via"]) for s in answer["sources"]] == [("Colm Daly", "North Coast Radio")]
    assert not any(c["text"].startswith("Colm Daly (CD)") for c in claims)
