""""Television replays appeared to show ...": replays are media items that show, like footage."""

from tests.extraction_helpers import source_names


def test_replays_show():
    text = "Television replays appeared to show the defender clipping the striker's ankle."
    assert source_names(text, "clipping") == ["Television replays"]
    assert source_names("Replays showed the ball had crossed the line.", "crossed the line") == ["Replays"]


def test_replay_as_a_match_is_no_source():
    assert source_names("The replay will be held at the home ground on Tuesday.", "replay will") == []
