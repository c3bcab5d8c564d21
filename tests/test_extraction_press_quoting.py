"""The press as a collective ("local media", "state media") quoting someone: both are sources; no one
outlet is the channel. Social media is not the press."""

from tests.extraction_helpers import claim_with, source_names, sources_with_via


def test_local_media_quoted_official_as_saying():
    text = "Local media quoted a police spokesman as saying the bridge had been closed."
    assert sources_with_via(text, "bridge had been closed") == [("Local media", None), ("a police spokesman", None)]


def test_state_media_quoted_minister():
    text = "Iranian state media quoted the interior minister as saying 12 people had died."
    assert source_names(text, "12 people") == ["Iranian state media", "interior minister"]


def test_media_citing_a_source():
    text = "Russian media, citing a military source, reported that the depot was hit."
    assert source_names(text, "depot was hit") == ["Russian media", "a military source"]


def test_local_media_is_an_outlet():
    text = "Local media reported that the factory had closed."
    assert claim_with(text, "factory had closed")["sources"][0]["kind"] == "outlet"


def test_social_media_users_quoting_are_not_the_press():
    text = "Social media users quoted the minister as saying the talks had failed."
    assert "the minister" not in [n.lower() for n in source_names(text, "talks had failed")]


def test_an_unnamed_kind_of_outlet_quoting_gives_the_one_quoted_but_no_channel():
    # (state television is a kind of outlet, not a named one: no via, as for "told local radio")
    text = "State television quoted the interior minister as saying 12 people had died."
    assert ("interior minister", None) in sources_with_via(text, "12 people")
