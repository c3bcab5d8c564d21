"""A page copied whole: the headline is the first line under the masthead, the menus, the breadcrumb and the
kicker ("LIVE", "CANAL TRAGEDY"), the line under it is the standfirst, a "Summary" block lists one item per
line, and furniture further down (a related story's headline, log-in and newsletter prompts, contributor lines,
photo credits) is not a claim."""
from claims.extraction import extract

PAGE = """THE RIBBLE VALLEY HERALD
News | Sport | What's On | Property | Jobs
Sport › Football › Ashworth Town
LIVE
Ashworth Town 2 Fellgate United 1: Okafor's late header settles derby
Ashworth Town climbed into the play-off places with a dramatic late win over ten-man Fellgate United
By Tom Hargreaves
Saturday, 7 March 2026, 7:52 pm

Chidi Okafor's 88th-minute header gave Ashworth Town a 2-1 win over Fellgate United on Saturday.

Related Article
Coal exports hit record as Asian demand holds up

Log in, register or subscribe to save articles for later.

The crowd of 7,218 was the biggest at Brookfield Road this season.

Delegates arrive for a session of the talks on Tuesday. (Karim Haddad/The Daily Ledger)

Get the day's breaking news and a long read to enjoy every evening. Sign up to our Evening Edition newsletter.

Holloway reported from Brussels. Associated Press writer Mikko Lahti in Helsinki contributed to this report.

Do you have a sports story for us? Email sport@rvherald.co.uk
"""

SUMMARY = """More than 200 Rohingya land in Aceh after weeks adrift, UN agency says
Summary
Boat carried 212 Rohingya, most of them women and children
At least nine died at sea, survivors say
By Ananda Putri
April 2, 2026

A wooden boat carrying 212 Rohingya refugees landed on a beach in Aceh province on Thursday.
"""


def test_the_headline_is_under_the_masthead_menus_and_kicker():
    meta = extract(PAGE)["metadata"]
    assert meta["title"] == "Ashworth Town 2 Fellgate United 1: Okafor's late header settles derby"
    assert meta["standfirst"].startswith("Ashworth Town climbed into the play-off places")
    assert meta["published"] == "2026-03-07"


def test_furniture_further_down_is_not_a_claim():
    texts = [c["text"] for c in extract(PAGE)["claims"]]
    assert texts == [
        "Ashworth Town climbed into the play-off places with a dramatic late win over ten-man Fellgate United",
        "Chidi Okafor's 88th-minute header gave Ashworth Town a 2-1 win over Fellgate United on Saturday.",
        "The crowd of 7,218 was the biggest at Brookfield Road this season.",
    ]


def test_summary_items_are_one_claim_each():
    texts = [c["text"] for c in extract(SUMMARY)["claims"]]
    assert texts[:2] == ["Boat carried 212 Rohingya, most of them women and children",
                         "At least nine died at sea, survivors say"]


def test_a_date_inside_a_line_of_furniture_is_the_publication_date():
    page = ("Georgian police use water cannon on Tbilisi protesters\nCAUCASUS DAILY REVIEW\n"
            "Source: Intermedia Wire | 28.11.2026, 09:15 | Views: 1284\n\n"
            "Georgian riot police fired water cannon overnight, the Interior Ministry said.\n")
    assert extract(page)["metadata"]["published"] == "2026-11-28"


def test_related_lists_clip_links_and_share_prompts_are_not_claims():
    page = ("Frigate row in parliament\n\nWatch: Speaker names opposition MP Callum Reid (1:42)\n\n"
            "Callum Reid leaves the chamber after being named. (PBN News: Jonah Lee)\n\n"
            "The minister denied any wrongdoing.\n\nRelated stories\nGovernment defends frigate tender after "
            "donations questions\nCrossbench weighs Senate inquiry into Defence contracts\n\n"
            "More from Energy: Balticconnector repairs completed ahead of schedule\n\n"
            "Found this useful? Share it with someone who follows Central Asia.\n\n"
            "This interview was conducted in Latvian and has been translated, edited and condensed.\n")
    assert [c["text"] for c in extract(page)["claims"]] == ["The minister denied any wrongdoing."]


def test_the_bylined_reporters_biography_is_not_a_claim():
    page = ("Libraries to close\nBy Sophie Trant, Local Democracy Reporter\n\n"
            "Hexley council voted to close four libraries on Tuesday.\n\n"
            "Sophie Trant is a Local Democracy Reporter, funded by the BBC and employed by Hexley Media Group.\n")
    assert [c["text"] for c in extract(page)["claims"]] == ["Hexley council voted to close four libraries on Tuesday."]


def test_captions_credited_after_a_pipe_or_a_slash():
    page = ("Tea pluckers strike\n\nStriking tea pluckers march along the highway on Tuesday. PHOTO | KIPRONO LANGAT | "
            "THE LAKESIDE MIRROR\n\nA herder watches over goats in North Horr. Photo/Courtesy Drylands Relief "
            "International\n\nMore than 8,000 tea pluckers downed tools on Tuesday.\n\nKindly share this story:\n\n"
            "RELATED NEWS: Nigeria receives 22 looted artefacts from Germany\n")
    assert [c["text"] for c in extract(page)["claims"]] == ["More than 8,000 tea pluckers downed tools on Tuesday."]
