"""'wrote in the same post' keeps the channel of that post; a media item named after its carrier has no
via besides ('a video published on a pro-government Telegram channel'); 'posted on its website' is the
speaker's own page, no via; 'told <Owner>'s <Show Name> programme' gives the owner even when the show's
name is several words; 'According to X, the group also released ...' does not carry the group's channel."""

from tests.extraction_helpers import sources_with_via


def _via(text, needle):
    return [v for _n, v in sources_with_via(text, needle)]


def test_wrote_in_the_same_post_keeps_its_channel():
    text = ("A post on the Telegram channel of the Osh regional administration on Tuesday showed rescuers at a "
            "collapsed school. The administration wrote in the same post that two pupils had been killed.")
    assert _via(text, "two pupils") == ["Telegram"]


def test_wrote_in_a_new_post_gives_no_carried_channel():
    text = ("The Osh regional administration said on Telegram that the school had collapsed. "
            "The administration wrote in a letter to parents that classes would move online.")
    assert _via(text, "classes would move online") == [None]


def test_media_item_named_after_its_carrier_has_no_via():
    text = "A video published on Saturday on a pro-government Telegram channel showed soldiers raising a flag."
    assert _via(text, "raising a flag") == [None]


def test_statement_posted_on_own_website_is_no_via():
    text = 'In a statement posted on its website, the company said its sensors had recorded "no abnormal emissions".'
    assert _via(text, "abnormal emissions") == [None]
    text = "In a statement posted on its Telegram channel, the Northern Front said it had taken the town."
    assert _via(text, "taken the town") == ["Telegram"]


def test_programme_with_a_several_word_name_gives_its_owner():
    text = ("Councillor Ian Murray told Radio Clyde West's Good Morning Glasgow programme that councils could not "
            "pay more.")
    assert _via(text, "could not pay more") == ["Radio Clyde West"]


def test_according_to_another_source_stops_the_carry():
    text = ("The Northern Front claimed the ambush in a message posted on Telegram. According to the Horizon "
            "Monitoring Group, the Northern Front also released photos of burning trucks.")
    got = sources_with_via(text, "burning trucks")
    assert all(v is None for _n, v in got)


def test_a_statement_on_the_organisations_website_has_no_channel():
    text = ('"People are arriving exhausted," MSF\'s emergency coordinator, Carla Menezes, said in a statement posted '
            "on the organisation's website.")
    assert sources_with_via(text, "arriving exhausted") == [("Carla Menezes", None)]
