"""Papers that quote with single marks ('It's a blow,' the manager said) get the same quotations, speakers and
follow-on sentences as papers that quote with double ones; apostrophes ("it's", "the lads' efforts") stay words."""
from claims.extraction import extract
from claims.extraction.normalize import Normalized

ARTICLE = """Derby report

Ashworth Town manager Gary Pendlebury confirmed that the striker had suffered a hamstring injury.

'It's a blow, there's no point pretending otherwise,' Pendlebury told reporters. 'He'll have a scan on Monday.

'My gut feeling is it's not a bad tear.'

'Gutted to come off but so proud of the lads, back stronger,' Kofi Mensah-Hall wrote on Instagram.

The lads' efforts were praised by the board, which called the win 'a statement' in a post.
"""


def sources(claims, needle):
    claim = next(c for c in claims if needle in c["text"])
    return [(s["name"], s["quote"], s["via"]) for s in claim["sources"]]


def test_a_single_quoted_quotation_has_its_speaker_and_channel():
    claims = extract(ARTICLE)["claims"]
    assert sources(claims, "no point pretending") == [("Gary Pendlebury", "direct", None)]
    assert sources(claims, "Gutted to come off") == [("Kofi Mensah-Hall", "direct", "Instagram")]


def test_a_quotation_over_two_paragraphs_keeps_its_speaker():
    claims = extract(ARTICLE)["claims"]
    assert sources(claims, "scan on Monday") == [("Gary Pendlebury", "direct", None)]
    assert sources(claims, "not a bad tear") == [("Gary Pendlebury", "direct", None)]


def test_apostrophes_are_not_quotation_marks():
    text = Normalized(ARTICLE).text
    assert "The lads' efforts" in text and "it's not a bad tear" in text
    assert '"It\'s a blow' in text and '"a statement"' in text


def test_double_quoted_papers_are_left_alone():
    text = "He said it was 'a disgrace' and added: \"We will appeal.\""
    assert Normalized(text).text == text
