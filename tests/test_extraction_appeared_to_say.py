"""'X appeared to confirm ... in an Instagram post', 'the minister seemed to suggest that ...': the one who
seems to say it is the source (with the channel of the post); a thing that 'appeared to confirm' something is
no speaker."""

from tests.extraction_helpers import sources_with_via


def test_person_appeared_to_confirm_in_a_platform_post():
    text = ('Marko Ilić appeared to confirm his move in an Instagram post on Tuesday, sharing a photograph with '
            'the message: "Thank you for everything. You will always be my home."')
    assert sources_with_via(text, "appeared to confirm") == [("Marko Ilić", "Instagram")]
    assert sources_with_via(text, "always be my home") == [("Marko Ilić", "Instagram")]


def test_role_seemed_to_suggest():
    assert [n for n, _v in sources_with_via("The finance minister seemed to suggest that the tax would rise.",
                                            "tax would rise")] == ["finance minister"]


def test_a_thing_that_appeared_to_confirm_is_no_speaker():
    assert sources_with_via("The rally appeared to confirm his popularity in the north.", "rally") == []
