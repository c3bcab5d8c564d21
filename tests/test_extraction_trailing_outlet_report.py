"""An outlet's closing attribution ("..., TASS news agency reported.", "..., according to Yonhap.") passes on the
whole sentence: the outlet is a source and the channel of the speaker inside it, and the channel carries to the
speaker's next words. Not a study ("according to the paper"), nor "remarks reported by" (the channel alone)."""

from .extraction_helpers import sources_with_via


def test_a_news_agency_reported_after_the_speaker():
    text = "Spokeswoman Irina Volkova said Moscow had not been informed about the talks, TASS news agency reported."
    assert sorted(sources_with_via(text, "not been informed")) == [("Irina Volkova", "TASS news agency"),
                                                                   ("TASS news agency", None)]


def test_according_to_an_agency_after_the_speaker():
    text = "Presiding judge Kim Soo-jin said the company had ignored repeated warnings, according to Yonhap."
    assert sources_with_via(text, "ignored") == [("Kim Soo-jin", "Yonhap"), ("Yonhap", None)]


def test_the_channel_carries_to_the_speaker_s_next_sentence():
    text = ("Judge Kim Soo-jin said the company had ignored repeated warnings, according to Yonhap. "
            '"The defendant treated safety as a cost," the judge was quoted as saying.')
    assert sources_with_via(text, "treated safety") == [("Kim Soo-jin", "Yonhap")]


def test_according_to_the_paper_is_a_study_not_a_channel():
    text = "Two of the authors disclosed payments from a device maker, according to the paper."
    assert all(via is None for _name, via in sources_with_via(text, "disclosed"))


def test_remarks_reported_by_an_agency_add_no_second_source():
    text = '"Patients are buying their own gloves," he said, in remarks reported by the Kenya News Agency.'
    names = [name for name, _via in sources_with_via("Dr Felix Otieno spoke on Monday. " + text, "gloves")]
    assert "Kenya News Agency" not in names


def test_a_state_agency_reported_as_the_sentence_s_main_verb():
    text = "The governor said 12 people had died, state news agency IRNA reported."
    assert sorted(sources_with_via(text, "12 people")) == [("IRNA", None), ("governor", "IRNA")]
