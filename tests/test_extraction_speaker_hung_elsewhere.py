"""Speakers and channels the parser hung on the wrong word: 'Speaking to AFP by phone from Malakal, a humanitarian
worker ... said' (the worker read as an apposition of the town), 'A nurse in the emergency department, who spoke to
CBC News ..., said' and 'workers from neighbouring mines who spoke to EFE' (the 'who' clause hung on the last noun)."""

from tests.extraction_helpers import sources_with_via

LEAD = "The clinic reopened on Monday.\n\n"


def test_a_speaker_read_as_an_apposition_of_a_place():
    text = LEAD + ("Speaking to AFP by phone from Malakal, a humanitarian worker who asked not to be identified said "
                   "families were surviving on water lilies.")
    assert sources_with_via(text, "water lilies") == [("a humanitarian worker", "AFP")]


def test_who_spoke_to_an_outlet_hung_on_the_last_noun():
    text = LEAD + ("A nurse in the emergency department, who spoke to CBC News on condition of anonymity, said staff "
                   "were rewriting orders by hand.")
    assert sources_with_via(text, "rewriting orders") == [("A nurse in the emergency department", "CBC News")]
    text = LEAD + ("According to workers from neighbouring mines who spoke to EFE on condition of anonymity, the "
                   "ventilation system had been failing for weeks.")
    assert sources_with_via(text, "ventilation system") == [("workers from neighbouring mines", "EFE")]


def test_who_spoke_to_an_outlet_after_a_participle_phrase():
    text = LEAD + ("A locomotive engineer based in Hornepayne, who spoke to CBC News on condition of anonymity, said "
                   "he had been disciplined.")
    assert [v for _n, v in sources_with_via(text, "had been disciplined")] == ["CBC News"]


def test_a_department_that_spoke_to_a_committee_is_no_channel():
    text = LEAD + ("A nurse in the emergency department, who spoke to the committee last year, said staff were "
                   "rewriting orders by hand.")
    assert [v for _n, v in sources_with_via(text, "rewriting orders")] == [None]


def test_a_platform_in_the_speakers_own_posting():
    text = LEAD + ("Lowry responded in a video posted to her Instagram stories on Tuesday night, saying she stood by "
                   "her reporting.")
    assert [v for _n, v in sources_with_via(text, "stood by her reporting")] == ["Instagram"]
    text = LEAD + ("A man claimed responsibility in a voice message circulated on WhatsApp, saying the attack was "
                   "revenge.")
    assert [v for _n, v in sources_with_via(text, "was revenge")] == ["WhatsApp"]


def test_a_platform_in_the_reported_words_is_no_channel():
    text = LEAD + "The mayor said a video circulated on WhatsApp was fake."
    assert [v for _n, v in sources_with_via(text, "was fake")] == [None]
