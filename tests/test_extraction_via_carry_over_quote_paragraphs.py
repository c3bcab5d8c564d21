"""A quotation running on over paragraphs does not part the speaker from her channel: the sentence after it
('She says ...') keeps the via; a paragraph of someone else's words, or a plain paragraph, still does."""

from tests.extraction_helpers import sources_with_via


def _via(text, needle):
    return [v for _n, v in sources_with_via(text, needle)]


def test_present_tense_says_after_a_multi_paragraph_quote_keeps_the_via():
    text = ('Speaking to Radio Tano, Maria Okafor says the shortfall is driven by "forces beyond our shores".\n\n'
            '"Every $10 a tonne costs us around $3 billion," she says.\n\n'
            '"I am not going to pretend that is anything other than a big hit.\n\n'
            '"But the fundamentals of this economy are sound."\n\n'
            'She says the government will find around $4 billion in savings.')
    assert _via(text, "find around $4 billion") == ["Radio Tano"]


def test_a_plain_paragraph_in_between_still_parts_them():
    text = ('Speaking to Radio Tano, Maria Okafor says the shortfall is driven by "forces beyond our shores".\n\n'
            'Iron ore prices have fallen by a third since May.\n\n'
            'Exports to the region have also slowed.\n\n'
            'She says the government will find around $4 billion in savings.')
    assert _via(text, "find around $4 billion") == [None]
