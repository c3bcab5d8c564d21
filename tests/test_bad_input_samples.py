"""The bad inputs every entry point is tried with (shared by tests/test_bad_input_*.py).

Each sample is raw bytes as a file would hold them, with the refusal message the desk gives for
it, or None when it is acceptable text that must be stored and survive extraction and display.
"""

import pytest

# Markup that would run in a browser if any page forgot to escape it.
HTML_ATTACK = (
    '<script>alert("owned")</script>Floods <img src=x onerror=alert(1)> cut the road\n\n'
    'The mayor said <b onmouseover="alert(2)">40 homes</b> were damaged, officials told Reuters.\n'
    "<iframe src=javascript:alert(3)></iframe><svg onload=alert(4)>\n"
)
RTL_AND_MIXED = (
    "Floods in the north\n\n"
    "قال الجيش يوم الاثنين إن أربعين شخصا قتلوا في شمال البلاد، وفق وكالة الأنباء.\n"
    "הצבא אמר ביום שני כי 40 בני אדם נהרגו.\n"
    "The army said on Monday that 40 people were killed, \u202eReuters reported\u202c.\n"
    "Армия заявила, что погибли 40 человек. 軍は40人が死亡したと述べた。\n"
)
LONG_SENTENCE = "The army said that " + "very " * 10_000 + "many people were killed.\n"  # about 50,000 characters
BRACKETS = "The mayor said " + "(" * 5_000 + "40 homes" + ")" * 5_000 + " were damaged.\n"
DOTS = "The mayor said 40 homes were damaged" + "." * 20_000 + "\n"

ACCEPTED = {
    "html-with-scripts": HTML_ATTACK,
    "right-to-left-and-mixed-scripts": RTL_AND_MIXED,
    "50000-character-sentence": LONG_SENTENCE,
    "thousands-of-brackets": BRACKETS,
    "thousands-of-dots": DOTS,
}

# (bytes, what the refusal says)
REFUSED_BYTES = {
    "empty": (b"", "empty"),
    "whitespace-only": (b"  \n\t \r\n   \n", "empty"),
    "10-megabytes": (b"The mayor said 40 homes were damaged. " * 276_000, "size limit"),
    "nul-bytes": (b"The mayor said\x00 40 homes\x00 were damaged.", "binary"),
    "invalid-utf8": (b"\xff\xfe\xfa\xfb not text at all", "not valid UTF-8"),
    "mixed-encodings": (
        b"The mayor said 40 homes were damaged.\n"
        + "Le ministère a déclaré: 40 maisons détruites.\n".encode("latin-1"),
        "not valid UTF-8",
    ),
}


def test_the_samples_are_what_they_claim():
    assert len(REFUSED_BYTES["10-megabytes"][0]) > 10_000_000
    assert 49_000 < len(LONG_SENTENCE) < 52_000
    with pytest.raises(UnicodeDecodeError):
        REFUSED_BYTES["mixed-encodings"][0].decode("utf-8")
    assert REFUSED_BYTES["mixed-encodings"][0].startswith(b"The mayor")
