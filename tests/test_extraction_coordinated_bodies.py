"""Two speakers the parser read as one noun phrase: "The army and United Nations experts say" (the first a
modifier of the second's noun), "according to the UN and local authorities", "according to the UN and the
Red Cross". Each speaks; a coordination of mere modifiers ("health and education officials") is one."""

from tests.extraction_helpers import source_names


def test_body_and_experts_say():
    assert source_names("The navy and NATO analysts say the ships were sunk by mines.", "sunk") == \
        ["navy", "NATO analysts"]


def test_according_to_a_body_and_local_authorities():
    text = "The fighting has displaced 40,000 people, according to the UN and local authorities."
    assert source_names(text, "displaced") == ["UN", "local authorities"]


def test_according_to_two_named_bodies():
    text = "The fighting has displaced 40,000 people, according to the UN and the Red Cross."
    assert source_names(text, "displaced") == ["UN", "Red Cross"]


def test_coordinated_modifiers_are_one_speaker():
    assert source_names("Health and education officials say the figures are rising.", "figures") == \
        ["Health and education officials"]
