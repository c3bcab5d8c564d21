"""A quotation that no sentence of its own attributes, opening right after one speaker's reported words, is that
speaker's, across a paragraph break too; a quotation with its own 'he said' is not handed to a group."""

from tests.extraction_helpers import source_names

SHELTER = ("Mabrouka Shaaban, a mother of four, said her family spent the night in a windowless hallway.\n\n"
           '"The rockets started after midnight and did not stop. The children were screaming every time the '
           'building shook.\n\n"In the morning we saw a car burning in the street. Nobody came to put it out."')


def test_the_quotation_after_her_reported_words_is_hers():
    assert source_names(SHELTER, "rockets started") == ["Mabrouka Shaaban"]
    assert source_names(SHELTER, "Nobody came") == ["Mabrouka Shaaban"]


def test_in_the_same_paragraph():
    text = ('Glennon says she has no regrets about it. "He was a child in every way that mattered. Sending him '
            'away would have made everybody feel better for a week."')
    assert source_names(text, "Sending him away") == ["Glennon"]


def test_a_quotation_after_a_cited_figure_is_not_the_figures():
    text = ('Traffic fell by half last year, according to city figures.\n\n'
            '"Nobody told us anything. We found out from a sign on the gate."')
    assert source_names(text, "Nobody told us") == []
