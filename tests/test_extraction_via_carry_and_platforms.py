"""The carried via is not stopped by a day inside the reported or quoted words ("would file a complaint on
Monday", '"today my words bother people," she wrote'), only by an occasion of the saying itself; "the
statement said" after "In a statement posted on <platform>" keeps the platform; a platform the parser hung
on the thing posted ("posted a photo of his goal on Instagram"), on the act a "saying" goes with ("appealed
on X for help, saying ..."), or on a closing ", in a post on Telegram"."""

from tests.extraction_helpers import sources_with_via


def _via(text, needle):
    return [v for _n, v in sources_with_via(text, needle)]


def test_day_inside_reported_clause_does_not_stop_the_carry():
    text = ('"The referee decided the game," coach Diego Santos told local broadcaster Canal Nueve. '
            'He said the club would file a formal complaint with the league on Monday.')
    assert _via(text, "formal complaint") == ["Canal Nueve"]


def test_day_inside_the_quote_does_not_stop_the_carry():
    text = ('In a post on Facebook, Amina Diallo said she had been "silenced for singing". '
            '"Nothing has changed except that today my words bother some people," she wrote.')
    assert _via(text, "my words bother") == ["Facebook"]


def test_a_new_day_of_saying_still_stops_the_carry():
    text = ("Amina Diallo told Radio Kibu on Monday that the concert was cancelled. "
            "She said on Wednesday that it would go ahead after all.")
    assert _via(text, "go ahead after all") == [None]


def test_the_statement_said_keeps_the_platform_of_the_statement():
    text = ("In a statement posted on its Telegram channel on Wednesday, the Northern Front said its fighters had "
            'taken the hill. "The enemy fled in disorder," the statement said.')
    assert _via(text, "fled in disorder") == ["Telegram"]


def test_the_statement_said_after_a_post_is_another_item():
    text = ("The Northern Front said its fighters had taken the hill, in a post on Telegram. "
            "A statement from the army said the hill was still held.")
    assert _via(text, "taken the hill") == ["Telegram"]
    assert _via(text, "still held") == [None]


def test_platform_hung_on_the_thing_posted():
    text = ('Marco Duarte posted a photograph of his goal celebration on Instagram with the caption: '
            '"For my grandmother."')
    assert _via(text, "posted a photograph") == ["Instagram"]
    assert _via("The army posted a video of the strike on Kyiv, saying the target was military.",
                "target was military") == [None]


def test_platform_of_the_act_a_saying_goes_with():
    text = 'The provincial government appealed on X for help, saying its own resources were "not sufficient".'
    assert _via(text, "not sufficient") == ["X"]
    assert _via("The mayor appeared at the site on Monday, saying the water was safe.", "water was safe") == [None]
