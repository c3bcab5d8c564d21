"""Speakers in shapes the small parser misreads or that are not statements: '<Name>, <who they are>,
<verb> ...', figures a person puts or gives, a person's suggestion, questions, and nobody."""

from .extraction_helpers import claim_with, source_names


def test_a_name_with_an_apposition_before_its_verb_speaks():
    text = (
        'Tomasz Wrona, head of the regional farmers\' association, accused the ministry of "abandoning the '
        'east" to cheap imports.'
    )
    assert source_names(text, "abandoning") == ["Tomasz Wrona"]


def test_an_apposition_before_a_verb_that_is_no_statement_is_not_a_source():
    assert source_names("Kofi Boateng, the former finance minister, died in 2019 at his home.", "died") == []


def test_a_person_putting_or_giving_a_figure_is_a_source():
    text = (
        "A senior army officer, speaking on condition of anonymity because he was not authorised to brief "
        "the media, put the death toll at 23."
    )
    assert source_names(text, "death toll") == ["A senior army officer"]
    text = "The toll could not be independently confirmed, and officials in Hama gave a higher figure on Sunday."
    assert source_names(text, "higher figure") == ["officials in Hama"]
    assert source_names("The charity gave food parcels to 300 families.", "parcels") == []


def test_a_person_suggesting_or_indicating_something_is_a_source():
    text = "Defence counsel Amy Rourke suggested that the alarm had been switched off by a contractor."
    assert source_names(text, "alarm") == ["Amy Rourke"]


def test_an_indirect_question_asserts_nothing():
    text = "Prosecutor Dan Feld asked the witness whether anyone had told her to delete the files."
    assert source_names(text, "delete") == []


def test_neither_and_no_one_said_nothing():
    assert source_names("Neither ministry has published figures for the region.", "figures") == []
    assert source_names("No official has confirmed the number of arrests.", "arrests") == []


def test_an_apposition_may_follow_a_title_an_opening_phrase_or_hold_a_relative_clause():
    text = (
        "Outside the court in Leeds, Maria Santos, whose son was among the victims, told the BBC the "
        "sentence was too short."
    )
    assert source_names(text, "too short") == ["Maria Santos"]
    text = (
        "United coach Petra Holm, asked about the injury at a news conference on Friday, said the striker "
        "would miss the final."
    )
    assert source_names(text, "striker") == ["Petra Holm"]
    text = "The row began on Monday, when Omar Haddad, a researcher at the Open Data Lab, posted a thread on X."
    assert source_names(text, "thread") == ["Omar Haddad"]


def test_a_role_of_a_named_body_is_not_the_body():
    text = "The governor of the Bank of Zambia, Denny Kalyalya, said inflation had peaked."
    assert source_names(text, "inflation") == ["Denny Kalyalya"]


def test_a_name_after_its_description_is_the_source():
    text = (
        "Syria's official news agency SANA gave a different account, reporting that tribal fighters had taken "
        "two checkpoints. The agency said five civilians had been killed."
    )
    assert source_names(text, "checkpoints") == ["SANA"]
    assert source_names(text, "five civilians") == ["SANA"]
    assert source_names("The SMAQ union said drivers had reported vibrations on the curve.", "vibrations") == ["SMAQ"]
    # an umbrella body's agency is not the umbrella body
    assert source_names("The UN agency said 40,000 people had fled.", "fled") != ["UN"]


def test_documents_showing_at_the_end_of_a_sentence():
    text = "The family owns about 18% of the company, data compiled by Bloomberg show."
    assert source_names(text, "family") == ["Bloomberg"]
    assert source_names("Prices rose 4% in the year to March, official figures show.", "Prices") == ["official figures"]


def test_answers_to_a_figure_and_approving_a_nominee():
    text = "The minister said the deficit had reached $1.4bn, a figure the unions dispute."
    assert source_names(text, "deficit") == ["minister", "unions"]
    text = 'Spokesperson Tyler Brandt said the president expected the Senate to confirm him "without delay".'
    assert source_names(text, "Senate") == ["Tyler Brandt"]


def test_every_person_named_in_the_apposition_speaks():
    text = 'Her attorneys, Marcus Hale and Denise Park, dismissed the claims as "a shakedown".'
    assert source_names(text, "shakedown") == ["Marcus Hale", "Denise Park"]


def test_a_title_with_its_own_and_is_one_speaker():
    text = 'The shadow work and pensions secretary, Rachel Ebbs, wrote on X that the speech was "a trial balloon".'
    assert source_names(text, "trial balloon") == ["Rachel Ebbs"]


def test_people_by_role_dismissing_a_claim_speak():
    assert source_names("Vale's attorneys dismissed the claims as false.", "dismissed") == ["Vale's attorneys"]
    text = "MSF warned more generally that malnutrition rates had passed emergency thresholds."
    assert source_names(text, "malnutrition") == ["MSF"]


def test_declining_to_comment_asserts_nothing_even_with_a_reason():
    text = (
        "The regional health minister, Ana Costa, declined to comment on the testimony, saying it would be "
        "inappropriate while the inquiry was under way."
    )
    assert source_names(text, "inappropriate") == []
    text = "The observatory said it had tracked the jets before the strikes, but Moscow did not comment."
    assert source_names(text, "jets") == ["observatory"]


def test_pointers_to_words_and_acts_are_not_statements():
    text = "Here is what the central bank has said, what the IMF thinks and what economists expect."
    assert source_names(text, "Here is") == []
    assert source_names("Dr Levin and her colleagues recorded 140,000 calls from 62 bats.", "calls") == []
    text = "Prime Minister Ana Lima, who visited the site in the afternoon, declared three days of national mourning."
    assert source_names(text, "mourning") == []


def test_a_speaker_named_before_a_verb_read_as_a_noun():
    text = (
        "Carla Moreno, who managed the singer from 2019 until last spring, claims in a lawsuit filed on "
        'Wednesday that Vale "systematically concealed" income.'
    )
    assert source_names(text, "concealed") == ["Carla Moreno"]


def test_the_speaker_heard_by_an_inquiry_is_the_source():
    text = (
        "Earlier in the day, the inquiry heard from meteorologist Linda Gillis, who said the agency had issued "
        "a rainfall warning at 4 p.m."
    )
    assert source_names(text, "rainfall") == ["Linda Gillis"]


def test_the_speakers_own_figures_are_not_a_second_source():
    text = (
        "The Island Ferries Authority, which owns the vessel, now estimates the final cost at 131 million "
        "pounds, according to figures it published in September."
    )
    assert source_names(text, "final cost") == ["Island Ferries Authority"]


def test_a_relative_clause_without_that_names_its_own_speakers():
    text = (
        "TotalEnergies suspended the project in 2021. The company has said it hopes to restart construction "
        "this year, a timeline analysts say could slip again."
    )
    assert sorted(source_names(text, "timeline")) == ["TotalEnergies", "analysts"]


def test_minutes_and_other_records_are_documents():
    text = "Minutes of the October meeting, released on Monday, showed that two board members had argued for a rise."
    assert source_names(text, "board members") == ["Minutes of the October meeting"]


def test_a_court_declaring_seats_vacant_is_an_act_not_a_statement():
    text = "A Federal High Court in Abuja on Wednesday declared vacant the seats of 19 members of the assembly."
    assert source_names(text, "vacant") == []


def test_the_two_subjects_of_a_misparse():
    text = (
        "Pharmacies are running out of lithium carbonate, a drug taken by thousands of people with bipolar "
        "disorder, and some patients say they have begun cutting their doses."
    )
    assert source_names(text, "doses") == ["some patients"]
    text = "A study published in the journal Science found that the drug cut deaths by a third."
    assert source_names(text, "deaths") != ["Science"]


def test_a_known_given_name_makes_a_person_of_a_misread_name():
    text = "Taras Melnychuk, a senior analyst in Kyiv, said Russia was trying to reach the town from the north-east."
    assert source_names(text, "north-east") == ["Taras Melnychuk"]


def test_a_person_suggesting_after_an_apposition():
    text = "Cross-examining her, Fiona Strachan KC, for Mr Sykes, suggested that the witness had invented the payments."
    assert source_names(text, "invented") == ["Fiona Strachan KC"]


def test_who_first_reported_it_is_a_source():
    text = "The 20-year contract, first reported by the Columbus Dispatch, is one of the largest power deals."
    assert source_names(text, "contract") == ["Columbus Dispatch"]
    assert source_names("The deal was confirmed by the ministry on Monday.", "deal") == ["ministry"]
    assert source_names("The bridge was built by the army in 1990.", "bridge") == []


def test_a_release_of_images_says_nothing_until_they_show_something():
    assert source_names("The space agency ESA released the images on Tuesday.", "images") == []


def test_a_capitalised_role_before_the_named_person_gives_the_person():
    text = "The state Commissioner for Health, Dr Folake Adebanjo, said 23 other victims were in hospital."
    assert claim_with(text, "23 other")["sources"][0]["name"] == "Folake Adebanjo"
