"""A document an outlet has seen, cited again by a definite noun with a clause between ("The files, which include
payment ledgers, show ...") or by a verb other than 'says' ("The note puts the estimate at ...", "The reports
record ..."), is still the source, through the outlet that saw it."""

from tests.extraction_helpers import sources_with_via


def test_the_files_past_a_relative_clause_show_through_the_outlet():
    text = ("Internal documents seen by Meridian show that the firm paid bribes at seven checkpoints.\n\n"
            "The files, which include payment ledgers kept by the firm, show payments at seven checkpoints.")
    [(name, via)] = sources_with_via(text, "The files")
    assert via == "Meridian" and "documents" in name


def test_the_note_puts_an_estimate_through_the_outlet_that_saw_it():
    text = ("A Sunwater briefing note seen by the Chronicle says the cost has risen.\n\n"
            "The note puts the latest cost estimate at $712 million.")
    assert sources_with_via(text, "The note puts") == [("A Sunwater briefing note", "Chronicle")]


def test_minutes_also_seen_by_an_outlet_go_through_it():
    text = ("Minutes of a site meeting on 2 July, also seen by The Clarion, record a surveyor asking whether the issue "
            "had been resolved.")
    assert sources_with_via(text, "Minutes of a site meeting") == [("Minutes of a site meeting on 2 July",
                                                                    "The Clarion")]
