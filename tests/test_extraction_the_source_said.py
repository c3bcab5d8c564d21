"""'"...," the source said' after an unnamed person spoke is that person, through the same channel."""

from tests.extraction_helpers import sources_with_via


def test_the_source_is_the_unnamed_person_who_just_spoke():
    text = ("A member of his entourage, who asked not to be named, told AFP the president had been detained.\n\n"
            '"They came with armoured vehicles. Nobody fired at them from inside," the source said.')
    assert sources_with_via(text, "Nobody fired") == [("A member of his entourage", "AFP")]
