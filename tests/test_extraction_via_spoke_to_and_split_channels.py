"""Via from 'who spoke to <outlet>' relative clauses, split channel phrases after 'told', and outlet names
the parser labels as people."""

from tests.extraction_helpers import sources_with_via


def _via(text, needle):
    return [v for _n, v in sources_with_via(text, needle)]


def test_relative_clause_spoke_to_outlet_gives_via():
    text = ("A nurse, who spoke to Reuters on condition of anonymity because she feared dismissal, "
            "said the ward had been short of staff for months.")
    assert _via(text, "short of staff") == ["Reuters"]


def test_relative_clause_talked_to_outlet_after_according_to():
    text = ("The fire started in the kitchen, according to a neighbour, who talked to CNN by phone "
            "and asked not to be named.")
    assert _via(text, "fire started") == ["CNN"]


def test_spoke_to_via_carries_to_follow_on_sentence():
    text = ("A senior aide, who spoke to Bloomberg on background, said the minister would resign. "
            "The aide added that a successor had been chosen.")
    assert _via(text, "successor had been chosen") == ["Bloomberg"]


def test_relative_clause_spoke_to_person_or_committee_is_no_via():
    assert _via("The driver, who spoke to Maria after the crash, said the brakes had failed.",
                "brakes had failed") == [None]
    assert _via("The engineer, who spoke to the Transport Committee in March, said the bridge was unsafe.",
                "bridge was unsafe") == [None]


def test_told_descriptor_channel_then_name():
    text = "The chief executive told Swedish financial daily Dagens Industri in May that profits would rise."
    assert _via(text, "profits would rise") == ["Dagens Industri"]


def test_told_outlet_labelled_as_person():
    text = "The club's president told RMC Sport on Tuesday that the club would not overpay."
    assert _via(text, "would not overpay") == ["RMC Sport"]
    assert _via("The coach told Sky News on Friday that the squad was tired.", "squad was tired") == ["Sky News"]


def test_told_person_is_still_a_recipient():
    assert _via("The mayor told John Harris on Monday that the road was shut.", "road was shut") == [None]


def test_institution_told_is_a_recipient_not_a_via():
    text = "Dr Jane Okafor, a geneticist, told the Science Media Centre that the sample was too small."
    assert _via(text, "sample was too small") == [None]
    text = "Prof Tom Reed told the Royal Statistical Society that the figures were unreliable."
    assert _via(text, "figures were unreliable") == [None]
    # an outlet with "Media" or "News" in its name still is one
    assert _via("The minister told Sky News that the talks had stalled.", "talks had stalled") == ["Sky News"]



def test_post_on_a_platform_before_said_gives_the_via():
    text = "The mayor shared a video on Instagram and said the bridge would reopen in June."
    assert _via(text, "bridge would reopen") == ["Instagram"]
    text = "The coastguard commander posted images on X of the damaged hull and said the ship had been rammed."
    assert _via(text, "had been rammed") == ["X"]


def test_published_on_a_topic_before_said_is_no_via():
    text = "The institute published a report on Ukraine and said the war had cost billions."
    assert _via(text, "cost billions") == [None]


def test_told_a_named_newsroom_desk_is_a_via_and_carries():
    text = ('A spokesperson for the port authority told Harbour Desk there were "no plans at all" to close the quay. '
            '"Boats can keep mooring there," the spokesperson said.')
    assert _via(text, "no plans at all") == ["Harbour Desk"]
    assert _via(text, "keep mooring") == ["Harbour Desk"]


def test_a_page_that_published_a_post_is_not_its_via():
    text = "The post, published on March 3 by a page called Patriot Truth Network, shows a queue outside a bank."
    assert all(v is None for v in _via(text, "queue outside"))


def test_our_correspondent_is_the_articles_own_outlet_when_it_names_itself():
    text = ("Armed men stopped the bus outside the town and seized six passengers, the Valley Ledger gathered. "
            "A police spokesman, who confirmed the attack to our correspondent on Monday, said patrols had been "
            "increased. A trader told our correspondent that the road had seen four kidnappings since June.")
    assert _via(text, "patrols had been increased") == ["Valley Ledger"]
    assert _via(text, "four kidnappings") == ["Valley Ledger"]


def test_our_correspondent_without_a_named_outlet_is_no_via():
    text = ("Parents gathered outside the school on Monday. "
            "A teacher told our correspondent that the road had seen four kidnappings since June.")
    assert _via(text, "four kidnappings") == [None]
