"""Commissioners, inspectors and superintendents as role titles: the name in apposition is the source,
and a lede's "the chief inspector of ..." is the person the next sentence names."""

from tests.extraction_helpers import claim_with, source_names


def test_commissioner_apposition_gives_the_name():
    text = "The state Commissioner for Education, Dr Amaka Eze, said 40 schools would reopen on Monday."
    assert source_names(text, "40 schools") == ["Amaka Eze"]


def test_police_commissioner_title_before_name():
    text = "Police Commissioner Daniel Mwangi said three suspects had been arrested."
    assert source_names(text, "three suspects") == ["Daniel Mwangi"]


def test_superintendent_apposition():
    text = "The county's chief superintendent, Maria Lopes, told reporters that the road would stay closed."
    assert source_names(text, "road would stay") == ["Maria Lopes"]


def test_lede_inspector_is_the_person_named_next():
    text = ("Conditions in several care homes are unsafe, the chief inspector of social care said on Monday.\n\n"
            "Joanna Whitcombe told a conference in Leeds that staff shortages had reached a crisis point.")
    assert source_names(text, "care homes are unsafe") == ["Joanna Whitcombe"]


def test_inspector_not_renamed_to_another_named_person():
    # no person is named next: the description stays as written
    text = ("Conditions in several care homes are unsafe, the chief inspector of social care said on Monday.\n\n"
            "The report was published as ministers met in London.")
    assert source_names(text, "care homes are unsafe") == ["the chief inspector of social care"]
