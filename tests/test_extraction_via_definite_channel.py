"""A definite channel ("told the broadcaster", "told the newspaper") takes the channel of that kind the article
last named ("state television RTB", "the daily Le Soir"), even when no source spoke through it before."""

from tests.extraction_helpers import sources_with_via


def _via(text, needle):
    return [v for _n, v in sources_with_via(text, needle)]


def test_the_broadcaster_is_the_television_named_before():
    text = ("Images broadcast by state television RTB showed villagers digging through rubble. "
            '"We have no machines, only our hands," a resident identified only as Omar told the broadcaster.')
    assert _via(text, "no machines") == ["RTB"]


def test_the_newspaper_is_the_daily_named_before_not_the_television():
    text = ("Residents told the daily Gazeta Norte that the river rose overnight. Footage aired by state television "
            "TVN showed the damage. Paulo Reis, the mayor, told the newspaper that 30 houses had collapsed.")
    assert _via(text, "30 houses") == ["Gazeta Norte"]


def test_the_broadcaster_with_no_channel_named_stays_as_written():
    text = 'Paulo Reis, the mayor, told the broadcaster that 30 houses had collapsed.'
    assert _via(text, "30 houses") == ["broadcaster"]


def test_the_newspaper_is_the_paper_the_speaker_gave_an_interview_to():
    text = ("In an interview with Le Monde published on Sunday, President Jean Arnaud said France would send troops. "
            "Arnaud told the newspaper that the decision was final.")
    assert sources_with_via(text, "decision was final") == [("Jean Arnaud", "Le Monde")]


def test_the_newspaper_is_not_a_broadcaster_spoken_to_before():
    text = ("President Jean Arnaud told Sky News on Sunday that France would send troops. Arnaud told the newspaper "
            "that the decision was final.")
    assert sources_with_via(text, "decision was final") != [("Jean Arnaud", "Sky News")]


def test_the_magazine_is_the_one_the_speaker_talked_to():
    text = ("Finnish minister Aino Lehtinen told Der Spiegel that the fleet was a threat. "
            '"We cannot wait for an accident before we act," she told the magazine.')
    assert sources_with_via(text, "cannot wait") == [("Aino Lehtinen", "Der Spiegel")]
