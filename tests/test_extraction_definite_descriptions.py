"""Definite descriptions of bodies and people the article named: "the aid charity said" after "Oxfam,
the aid charity," / "clinic authorities said" / "the unions" / "the Oscar winner" / "the lawyers"."""
from .extraction_helpers import source_names


def test_described_body_in_apposition_is_meant_later():
    text = ("Floods displaced 40,000 people in the north, officials said. Helpvale, the aid charity, had warned "
            "of the risk in March. Relief trucks reached two towns on Friday, police said. The aid charity said "
            "its stocks would last a week.")
    assert source_names(text, "stocks would last") == ["Helpvale"]


def test_state_company_named_with_premodifiers():
    text = ("The ferry, run by state shipping company Marenor Lines, was carrying 80 people when it hit rocks, "
            "the company said.")
    assert source_names(text, "hit rocks") == ["Marenor Lines"]


def test_adjective_description_of_a_body_never_described_so():
    text = ("Mercy Corps, which runs three clinics in the region, said the toll was higher. "
            "The humanitarian charity said its teams had treated 900 patients.")
    assert source_names(text, "treated 900") == ["Mercy Corps"]


def test_description_that_contrasts_is_not_forced_on_another_body():
    text = ("The state weather agency said more rain was expected. The national disaster agency said it had "
            "sent rescue teams.")
    assert source_names(text, "rescue teams") != ["state weather agency"]


def test_institution_staff_is_the_named_institution():
    text = ("Twenty workers were treated at Westbrook General Hospital on Monday, hospital authorities said.")
    assert source_names(text, "Twenty workers") == ["Westbrook General Hospital"]


def test_college_management_is_the_named_institute():
    text = ("The dormitory is run by the Marlow Institute of Design. Parents blamed the canteen. "
            "The college management denied the claim.")
    assert source_names(text, "denied the claim") == ["Marlow Institute of Design"]


def test_institution_staff_without_a_named_institution_stays():
    text = "Forty people fell ill after the banquet, hospital authorities said."
    assert source_names(text, "fell ill") == ["hospital authorities"]


def test_unions_group_only_unions():
    text = ("The Metalworkers' Union spoke to Radio Sur after the Supreme Court ruling. "
            "The unions have called a strike for Monday.")
    names = source_names(text, "called a strike")
    assert "Radio Sur" not in names and "Supreme Court" not in names


def test_companies_group_still_forms():
    text = ("Siemens and Alstom signed the deal in Paris. The companies said the merger would close in March.")
    assert sorted(source_names(text, "merger would close")) == ["Alstom", "Siemens"]


def test_celebrity_epithet_is_the_star_the_article_described():
    text = ("Pop star Lena Marsh is being sued by her former agent. Agent Paul Corrigan said she owed him "
            "$2m. Corrigan said the money was never paid. The Oscar winner wrote on Instagram that the "
            "claim was false.")
    assert source_names(text, "claim was false") == ["Lena Marsh"]


def test_described_lawyers_are_the_people_named_so():
    text = ("The singer's lawyers, Ruth Adair and Tomas Bell, filed a reply on Monday. "
            "\"The claim has no merit,\" the lawyers said.")
    assert sorted(source_names(text, "no merit")) == ["Ruth Adair", "Tomas Bell"]


def test_possessed_office_of_person_named_in_same_sentence():
    text = "Prime Minister Helena Varga will visit the flooded towns on Friday, her office announced."
    assert source_names(text, "flooded towns") == ["Helena Varga's office"]


def test_company_after_its_own_blog_post():
    text = ("Hasbro Inc recalled Bobo, its talking robot, on Monday. Hasbro Inc's blog post said the robot used "
            "a licensed model. The company said it had tested Bobo for months.")
    assert source_names(text, "tested Bobo") == ["Hasbro Inc"]


def test_type_description_is_not_read_as_an_adjective():
    text = ("The Hellenic Weather Institute said winds would ease. The fire service said three fronts were "
            "still burning.")
    assert source_names(text, "three fronts") != ["Hellenic Weather Institute"]


def test_possessed_report_is_the_named_body():
    text = ("Lawyers cited a 2023 report by the National Transport Safety Board on the crash. "
            "The board's report found that two inspections had been skipped.")
    assert source_names(text, "two inspections") == ["National Transport Safety Board"]


def test_possessed_report_without_a_named_body_stays_a_document():
    text = "The board's report found that two inspections had been skipped."
    assert source_names(text, "two inspections") != ["National Transport Safety Board"]


def test_body_that_wrote_the_survey_just_cited():
    text = ("Rents rose 30% since 2019, according to the listings site Zumper. A survey released in May by "
            "the Ohio Nurses Association found that half of nurses work a second job. Many said they would "
            "quit within a year, the union said.")
    assert source_names(text, "quit within a year") == ["Ohio Nurses Association"]


def test_company_described_with_a_company_noun_just_before():
    text = ("Aid groups said the raids had displaced 3,000 people. The attacks forced Spanish oil giant Repsol to "
            "halt a gas project in 2022. The company has said it hopes to restart work next year.")
    assert source_names(text, "restart work") == ["Repsol"]


def test_militants_after_the_armed_group_that_claimed_an_attack():
    text = ("Gunmen attacked a police post in the north on Sunday, officials said. The Islamic State group claimed "
            "responsibility in a statement on Monday. The militants said they had killed nine officers.")
    assert source_names(text, "killed nine officers") == source_names(text, "claimed responsibility")


def test_militants_without_a_named_group_stay():
    text = ("The army said it had retaken the town on Sunday. The militants said they had withdrawn in good order.")
    assert source_names(text, "withdrawn in good order") != ["army"]


def test_report_set_up_the_sentence_before_is_its_author():
    text = ("In a report published on Monday, Oxfam warned that food prices had doubled. The report found that "
            "one in three families skipped meals.")
    assert source_names(text, "skipped meals") == ["Oxfam"]


def test_report_not_set_up_before_stays_a_document():
    text = ("Oxfam warned on Monday that food prices had doubled. The report found that one in three families "
            "skipped meals.")
    assert source_names(text, "skipped meals") != ["Oxfam"]


def test_they_after_described_lawyers_is_both():
    text = ("The singer's lawyers, Ruth Adair and Tomas Bell, filed a reply on Monday. "
            "\"The claim has no merit,\" the lawyers said. They added that a countersuit would follow.")
    assert sorted(source_names(text, "countersuit")) == ["Ruth Adair", "Tomas Bell"]


def test_author_of_figures_of_another_body_type_is_not_the_council():
    text = ("Figures published by the Ministry of Housing show that a million households are waiting. "
            "The town's list has 9,000 households on it, the council said.")
    assert source_names(text, "9,000 households") != ["Ministry of Housing"]
