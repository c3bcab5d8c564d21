"""Page furniture that is not a claim: question subheads, greetings and sign-offs, contributor
lines, the author's biography, photo credits after a caption, taglines without a verb."""

from claims.extraction import extract


def _texts(text):
    return [c["text"] for c in extract(text)["claims"]]


def test_question_subheads_of_an_explainer_are_not_claims():
    text = (
        "Lyme disease explained\n\nCases of Lyme disease have doubled in a decade.\n\n"
        "What is Lyme disease?\n\nIt is an infection spread by the bite of infected ticks.\n"
    )
    assert _texts(text) == [
        "Cases of Lyme disease have doubled in a decade.",
        "It is an infection spread by the bite of infected ticks.",
    ]


def test_greetings_sign_offs_and_contributor_lines_are_not_claims():
    text = (
        "Ukraine war live\n\nHello and welcome to our live coverage of the war in Ukraine.\n\n"
        "Russia launched 58 drones overnight, the air force said.\n\n"
        "That's all for this week. If you enjoyed this newsletter, forward it to a friend.\n\n"
        "Associated Press writer Jim Gomez in Manila contributed to this report.\n"
    )
    assert _texts(text) == ["Russia launched 58 drones overnight, the air force said."]


def test_the_authors_biography_is_not_a_claim():
    text = (
        "Why tolls rise\n\nBy Sarah Whitmore\n\nThe first numbers after an earthquake are too low.\n\n"
        "Sarah Whitmore is a senior lecturer in disaster risk reduction at the University of Leeds.\n"
    )
    assert _texts(text) == ["The first numbers after an earthquake are too low."]


def test_a_photo_credit_after_a_full_stop_makes_the_line_a_caption():
    text = (
        "Malaria report\n\nA health worker gives a vaccine to a child in Yaounde. Photograph: Daniel Beloumou/AFP\n\n"
        "Malaria cases rose to 263 million last year.\n"
    )
    result = extract(text)
    assert [c["text"] for c in result["claims"]] == ["Malaria cases rose to 263 million last year."]
    assert result["metadata"]["image_captions"][0]["credit"] == "Daniel Beloumou/AFP"


def test_a_tagline_without_a_verb_is_not_a_claim_but_an_unpunctuated_standfirst_is():
    text = (
        "Down to Earth\n\nThe Planet Desk's weekly climate newsletter\n\n"
        "Annual report says progress against the disease has stalled\n\nDeforestation fell by 30% in July.\n"
    )
    assert _texts(text) == [
        "Annual report says progress against the disease has stalled",
        "Deforestation fell by 30% in July.",
    ]


def test_a_caption_credited_courtesy_of_someone_is_not_a_claim():
    from claims.extraction import extract

    text = (
        "Spill poisons river\n\nA dam at the mine collapsed on Sunday, the regulator said.\n\n"
        "Farmers inspect dead trout in a fish farm near Santa Rosa. (Courtesy of the municipality)\n\n"
        "The company said the spill had been caused by rain."
    )
    texts = [c["text"] for c in extract(text)["claims"]]
    assert not any("Courtesy" in t for t in texts)


_FOOTER_LINES = [
    "Contact us securely on Signal.",
    "Email newsdesk@example.co.uk",
    "Contact our investigations team in confidence at tips@example.co.uk",
    "If you have information about this story, contact the investigations desk securely on Signal: +254 700 000 111",
    "Do you have a story for AldermoorLive?",
    "To contact the reporters on this story:",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "PHOTO | Brian Ouma",
    "Key points:",
    "Forwarded this email?",
    "Listen to the full interview above.",
    "Please contact us for subscription options.",
    "This document is subject to copyright.",
    "Disclaimer: The site is not responsible for the accuracy of news releases.",
    "(Updates with share moves in fifth paragraph.)",
    "Courtesy the artist and the Ashworth Foundation",
    "Pocketbook is written by Maya Levesque and edited by Sam Okonjo.",
    "Corrections and clarifications | Submit a news tip | Report error",
    "Research News › Environment & Health",
    "Priya Sandhu · CBC News · Posted: Oct 07, 2026 4:00 AM EDT",
    "(ATTN: ADDS comments from professor in paras 11-12)",
    "REUTERS/Lena Hoffmann/File Photo",
    "Photo by Carlos Reyes for CalMatters",
    "(Submitted by Kestrel Developments)",
    "Earthline is reader-funded.",
    "This investigation was produced in partnership with Il Faro and De Kustkrant.",
    "This report by The Canadian Press was first published Nov. 5, 2026.",
    "Watch NQ8 News at 6pm weeknights, or stream it live on NQ8 Plus.",
    "(Andrew Vail/Chronicle Herald)",
    "Photo / Sam Te Hiko",
    "Photographer: Kristian Helgesen/Bloomberg",
    "File photo",
    "--With assistance from Sebastián Rojas.",
    "Written by Dana Loewen | Nov. 24, 2026",
    "Jenna Halvorsen covers education for the Colorado Ledger.",
    "Anyone with information is asked to call Crime Stoppers at 419-255-1111.",
    "FactLens is a signatory of the International Fact-Checking Network's Code of Principles.",
    "Sign up for the Health Policy Wire daily briefing",
    "Got a story?",
]


def test_tip_lines_contact_details_and_house_notes_are_not_claims():
    text = ("Council approves budget\n\nThe council approved a £40m budget on Monday.\n\n"
            + "\n\n".join(_FOOTER_LINES) + "\n")
    assert _texts(text) == ["The council approved a £40m budget on Monday."]


def test_body_sentences_that_open_like_a_footer_stay_claims():
    text = ("Council approves budget\n\nContact with the rebels was lost on Monday, the army said.\n\n"
            "Courtesy calls between the two leaders resumed in May.\n\n"
            "Key points of the plan were leaked to the press last week.\n")
    assert len(_texts(text)) == 3


def test_a_headline_printed_twice_under_a_masthead_is_the_title():
    text = ("ASIA NEWS NETWORK\nHome > Southeast Asia > Myanmar\n\n"
            "Airstrike on monastery school kills 19 in Sagaing, residents say\n\n"
            "Airstrike on monastery school kills 19 in Sagaing, residents say\n\n"
            "By Myanmar Now\n\nAn airstrike killed 19 people at a monastery school, residents said.\n")
    result = extract(text)
    assert result["metadata"]["title"] == "Airstrike on monastery school kills 19 in Sagaing, residents say"
    assert [c["text"] for c in result["claims"]] == [
        "An airstrike killed 19 people at a monastery school, residents said."]


def test_a_section_kicker_in_capitals_is_not_the_title():
    text = ("HEALTH\n\nIrregular sleep linked to higher risk of heart attack and stroke\n\n"
            "By Hannah Pereira\n\n"
            "People who sleep at irregular times had a 26% higher risk of heart attack, a study found.\n")
    result = extract(text)
    assert result["metadata"]["title"] == "Irregular sleep linked to higher risk of heart attack and stroke"
    assert [c["text"] for c in result["claims"]] == [
        "People who sleep at irregular times had a 26% higher risk of heart attack, a study found."]


def test_footer_and_credit_sentences_inside_a_paragraph_are_not_claims():
    text = ("Council approves budget\n\nThe council approved a £40m budget on Monday.\n\n"
            "Salmon pens operated by Halvorsen near Tromso, Norway. Photographer: Kristian Helgesen/Bloomberg\n\n"
            "Have you been affected by this story? "
            "Contact our investigations team in confidence at tips@example.com\n\n"
            "This is a developing story. Enjoying Pocketbook? Subscribe here.\n")
    assert _texts(text) == ["The council approved a £40m budget on Monday.",
                            "Salmon pens operated by Halvorsen near Tromso, Norway."]


def test_a_body_sentence_about_contact_or_credit_stays_a_claim():
    text = ("Council approves budget\n\nContact was lost with the crew at 4am, the coastguard said. Credit card "
            "spending rose 4% in May, the bank said.\n")
    assert len(_texts(text)) == 2
