"""Speakers the small parser mislays: a hyphenated verb in the speaker's relative clause, an opening place read as
the subject, a role written before the name, a paper named after "told local paper the"."""
from tests.extraction_helpers import claim_with, sources_with_via


def test_a_co_authored_clause_does_not_hide_the_speaker():
    assert sources_with_via(
        "Historian Ana Luísa Mbala of the University of Lisbon, who co-authored the study, said the throne may have "
        "been taken from a royal compound in 1895.", "royal compound") == [("Ana Luísa Mbala", None)]


def test_co_accused_stays_a_noun():
    names = [s["name"] for s in claim_with(
        "Joseph Njenga, 49, appeared before Chief Magistrate Elizabeth Wanjiru alongside four co-accused and denied "
        "all 11 counts.", "11 counts")["sources"]]
    assert names == ["Joseph Njenga"]


def test_an_opening_place_is_not_the_speaker():
    assert sources_with_via(
        "Outside court during the lunch break, a relative of Mr Sowerby who asked not to be named told the Post the "
        "family were finding the evidence hard to sit through.", "hard to sit") == [
        ("a relative of Mr Sowerby", "Post")]


def test_a_role_before_the_name_describes_the_person():
    claim = claim_with("UNHCR's regional director for Asia and the Pacific, Clara Vandermeer, wrote on X that the "
                       "deaths were \"preventable\" and urged governments to carry out rescues.", "preventable")
    assert [(s["name"], s["descriptor"], s["via"]) for s in claim["sources"]] == [
        ("Clara Vandermeer", "UNHCR's regional director for Asia and the Pacific", "X")]


def test_a_public_office_before_the_name_is_the_persons_description():
    claim = claim_with("Georgia's Public Defender, Nino Kavtaradze, said her staff had visited detention centres "
                       "overnight.", "detention centres")
    assert [(s["name"], s["kind"]) for s in claim["sources"]] == [("Nino Kavtaradze", "person")]


def test_told_local_paper_the_name():
    assert sources_with_via("Landlord Phil Dearden told local paper the Hebble Bridge Courier that Mr Pollitt had "
                            "left the pub in good spirits.", "good spirits") == [
        ("Phil Dearden", "Hebble Bridge Courier")]


def test_pointing_out_is_saying():
    assert sources_with_via("Daniel Reyes, a memory researcher, praised the trial. He also pointed out that some "
                            "volunteers had noticed faint clicks.", "faint clicks") == [("Daniel Reyes", None)]


def test_a_spokesperson_named_after_the_body_speaks():
    claim = claim_with("National Prosecuting Authority (NPA) regional spokesperson Monica Nkosi welcomed the verdict.",
                       "welcomed")
    assert [(s["name"], s["kind"]) for s in claim["sources"]] == [("Monica Nkosi", "person")]


def test_a_police_rank_before_the_name_is_part_of_the_description():
    claim = claim_with("Speaking to Citi News, the Central Regional Police Public Relations Officer, DSP Comfort "
                       "Abeka, urged residents to remain calm.", "remain calm")
    (source,) = claim["sources"]
    assert (source["name"], source["via"]) == ("Comfort Abeka", "Citi News")
    assert source["descriptor"].endswith("DSP")


def test_an_adverb_is_not_part_of_the_bodys_name():
    assert sources_with_via("Adding to the confusion, the Kyrgyz defence ministry later revised its figure, saying "
                            "two of the dead were civilians.", "revised") == [("Kyrgyz defence ministry", None)]


def test_both_men_are_the_two_named_together_before_else_the_phrase():
    text = ("Police named Sipho Ngwenya and Reuben Khoza as suspects. Both men have denied wrongdoing.\n\n"
            "The two officers were suspended. Both officers have denied the allegations.")
    assert [s["name"] for s in claim_with(text, "denied wrongdoing")["sources"]] == ["Sipho Ngwenya", "Reuben Khoza"]
    assert [s["name"] for s in claim_with(text, "denied the allegations")["sources"]] == ["Both officers"]


def test_a_title_with_a_long_name_before_the_person():
    assert sources_with_via("Principal Secretary for Arid and Semi-Arid Lands (ASALs) Joyce Lekuton denied that anyone "
                            "had died of hunger.", "died of hunger") == [("Joyce Lekuton", None)]


def test_a_group_that_calls_itself_a_name_goes_by_it():
    assert sources_with_via("CarePulse confirmed the breach on Tuesday. The group, which calls itself ShadowByte, "
                            "wrote on Telegram that it had stolen 1.4 terabytes of data.", "terabytes") == [
        ("ShadowByte", "Telegram")]


def test_the_place_a_report_was_released_in_is_no_channel():
    assert sources_with_via("In a report released in Nairobi, Drylands Relief International (DRI) said a bag of maize "
                            "was selling for Sh7,800.", "Sh7,800") == [("Drylands Relief International", None)]


def test_a_title_of_a_body_run_into_the_name():
    claim = claim_with("Chief Inspector of Mines Lindiwe Khoza said an inquiry would be convened.", "inquiry")
    assert [(s["name"], s["kind"], s["descriptor"]) for s in claim["sources"]] == [
        ("Lindiwe Khoza", "person", "Chief Inspector of Mines")]


def test_a_constituency_and_title_before_the_name():
    claim = claim_with("Wexley and Fenland North MP Clare Ashdown wrote on X that she was \"utterly heartbroken\".",
                       "heartbroken")
    assert [(s["name"], s["kind"], s["via"]) for s in claim["sources"]] == [("Clare Ashdown", "person", "X")]
    assert claim["sources"][0]["descriptor"] == "Wexley and Fenland North MP"
