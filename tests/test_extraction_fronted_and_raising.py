""""Outside court, a group of former clients said" (a fronted place the parser makes a second subject) and
"X appeared to confirm ... in an Instagram post" (the one who seems to say it is the source)."""

from tests.extraction_helpers import source_names, sources_with_via


def test_fronted_place_is_not_the_speaker():
    text = "Outside court, a group of former clients said they had been waiting three years for answers."
    assert source_names(text, "waiting three years") == ["a group of former clients"]
    text = "Outside court, relatives of the victim said they were relieved."
    assert source_names(text, "relieved") == ["relatives of the victim"]


def test_appeared_to_confirm_in_a_post_is_the_poster():
    text = ("Luka Petrov has played for the club since 2019. Petrov appeared to confirm his departure in an "
            "Instagram post on Tuesday, sharing a photograph with the message: \"Thank you for everything. "
            "You will always be my home.\"")
    assert sources_with_via(text, "appeared to confirm") == [("Luka Petrov", "Instagram")]
    assert source_names(text, "always be my home") == ["Luka Petrov"]
    text = "Maria Lind has coached the side for years. Lind seemed to deny the report in a post on X."
    assert source_names(text, "seemed to deny") == ["Maria Lind"]


def test_appeared_to_with_no_speech_verb_has_no_source():
    text = "The team appeared to accept the ruling on Monday."
    assert source_names(text, "accept the ruling") == []
