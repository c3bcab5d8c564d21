""""The union said" is a union or association, never a voice note or a company that spoke since; a name
opening with a place the model tagged apart ("The South African Cabin Crew Association") stays whole."""

from tests.extraction_helpers import claim_with, source_names


def test_the_union_is_the_association_not_the_last_body():
    text = ("The Northern Cabin Crew Association accused the airline of keeping workers in the dark. "
            "Its general secretary, Sipho Dlamini, said members had learnt of the collapse from social media. "
            "A voice note circulating on WhatsApp, purportedly from a senior pilot, urges crew to report sick. "
            "The union said it had not called for any industrial action.")
    assert source_names(text, "industrial action") == ["Northern Cabin Crew Association"]


def test_the_union_with_no_union_named_stays():
    text = ("Harbour Logistics said profits fell. The union said it had not called for any strike.")
    assert source_names(text, "any strike") == ["union"]


def test_name_opening_with_a_place_adjective_is_whole():
    text = "The South African Cabin Crew Association (SACCA) accused the practitioner of keeping workers in the dark."
    c = claim_with(text, "keeping workers")
    assert [s["name"] for s in c["sources"]] == ["South African Cabin Crew Association"]
    assert c["sources"][0]["descriptor"] == "SACCA"
