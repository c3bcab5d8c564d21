"""'told Interior Voice', 'told Sudan Radar', 'told Rádio Renascença': a name that ends or starts as papers and
stations do is the outlet told, even when the small model reads it as a person or a ministry; 'a statement sent to'
an outlet goes through it; 'posted on X.' keeps no full stop on the platform."""

from tests.extraction_helpers import sources_with_via


def test_outlet_names_after_told():
    assert sources_with_via("The clinic will close, Owen Prakash told Interior Voice on Monday.",
                            "clinic will close") == [("Owen Prakash", "Interior Voice")]
    assert sources_with_via("The law will pass, Henrique Dornelas told Rádio Renascença.",
                            "law will pass") == [("Henrique Dornelas", "Rádio Renascença")]


def test_a_person_told_is_still_no_outlet():
    assert sources_with_via("The court was full, the judge told Mark Stevens.", "court was full") == [("judge", None)]


def test_a_statement_sent_to_an_outlet():
    text = "The report is flawed, Josephine Kariuki said in a statement sent to Health Policy Wire."
    assert sources_with_via(text, "report is flawed") == [("Josephine Kariuki", "Health Policy Wire")]


def test_a_platform_at_the_end_of_the_sentence():
    text = "The commission documented 40 deaths, the rights commission said in a statement posted on X."
    assert [v for _n, v in sources_with_via(text, "documented 40 deaths")] == ["X"]


def test_an_interview_setting_at_the_start_gives_the_channel_to_what_follows():
    text = ("Judge Patricia Glennon retires next Friday. In an interview with The Long Brief in her chambers last "
            'week, she spoke with unusual frankness about the courts. "Victims are giving up," she said.')
    assert sources_with_via(text, "Victims are giving up") == [("Patricia Glennon", "Long Brief")]
