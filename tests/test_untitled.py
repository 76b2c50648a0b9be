"""Titles for untitled articles: the first real sentence, without the page furniture run into it."""
from __future__ import annotations

import time

import pytest

from timeline.read.untitled import TITLE_MAX, title_from_text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Thu Oct 20, 2011 3:54pm EDT\nWASHINGTON (Reuters) - The Senate voted on Tuesday.\nMore text.",
         "The Senate voted on Tuesday."),
        ("Share this\nRelated: Other news | More news | Even more\nBy John Smith, CNN\n"
         "(CNN) -- Floods closed every school in the county.", "Floods closed every school in the county."),
        ("The council approved a budget that raises spending on roads, schools and parks by a fifth over "
         "the next three years.",
         "The council approved a budget that raises spending on roads, schools and parks by a fifth\u2026"),
        ("Short one. Second sentence.", "Short one."),
        ("Report abuse\nRecommend", ""),
        # a tokenized archive's title reads as written
        ("BP hopes to cap flow ` within 24 hours' , officials say -LRB- Reuters -RRB- .",
         "BP hopes to cap flow 'within 24 hours', officials say (Reuters)."),
        # a headline run into the first sentence with no stop: the headline alone
        ("Haiti earthquake: many feared dead The earthquake is the worst to hit Haiti in 200 years.",
         "Haiti earthquake: many feared dead"),
        ("Wiltshire Rotarians to help Haiti The devastating effects of the tremors can be seen.",
         "Wiltshire Rotarians to help Haiti"),
        ("Mexico outbreak triggers pandemic fears Up to 70 dead as the virus crosses the border.",
         "Mexico outbreak triggers pandemic fears"),
        # a picture's caption run into the lead (an article or an auxiliary: no headline's style) gives the lead
        ("Aid workers are reaching the capital With up to 50,000 people feared dead, charities act.",
         "With up to 50,000 people feared dead, charities act."),
        ("The leak was capped in the middle of July BP has made a deposit into the fund.",
         "BP has made a deposit into the fund."),
        ("Health experts say this strain has been around for years A test centre has been set up in Leicester.",
         "A test centre has been set up in Leicester."),
        # ... unless the lead leans on it
        ("Attorney General Eric Holder on the criminal investigation He would not say who was targeted.",
         "Attorney General Eric Holder on the criminal investigation"),
        # the rule's known cost: a headline with an auxiliary gives way to its lead too
        ("BP oil leak in Gulf of Mexico is finally sealed The leaking well was plugged with cement on Sunday.",
         "The leaking well was plugged with cement on Sunday."),
        # the lead is cleaned as the first candidate is: a byline comes off, and one that cannot keeps the head
        ("The leak was capped in the middle of July By Jane Doe, CNN The oil company BP has made a deposit.",
         "The oil company BP has made a deposit."),
        ("The leak was capped in the middle of July By Jane Doe and John Roe BP has made a deposit into the fund.",
         "The leak was capped in the middle of July"),
        ("Case study: the oil spill and BP On 20 April 2010 a deepwater oil well exploded.",
         "Case study: the oil spill and BP"),
        # a headline in title case capitalizes its prepositions: no run-in there
        ("A Government Hand In the Economy Is as Old as the Republic.",
         "A Government Hand In the Economy Is as Old as the Republic."),
        # a byline run into the first sentence is no headline
        ("By Jane Doe Science correspondent, BBC News A study of the spill has found a plume.",
         "A study of the spill has found a plume."),
        # a byline before no run-in word: the writers' names, then the outlet or the writer's role
        ("By Jane Doe, CNN Demonstrators clash with police in central Cairo.",
         "Demonstrators clash with police in central Cairo."),
        ("From Jane Doe and John Roe, CNN While some governments walk a fine line, others act.",
         "While some governments walk a fine line, others act."),
        ("By the CNN Wire Staff President Bouteflika will lift the state of emergency.",
         "President Bouteflika will lift the state of emergency."),
        ("By Jane Doe Political correspondent, BBC News David Cameron is facing calls to act.",
         "David Cameron is facing calls to act."),
        ("By Jane Doe for CNN Ban Ki-moon said leaders must protect protesters.",
         "Ban Ki-moon said leaders must protect protesters."),
        ("By Jane Doe BBC NI business reporter The company cleans oiled birds.", "The company cleans oiled birds."),
        ("By Jane Doe BBC News Bob Shipp said BP wanted to hire his department.",
         "Bob Shipp said BP wanted to hire his department."),
        # ... and names alone, a first and a last, before a capital (``boilerplate._OPENINGS``); not a day: "By" opens
        # a sentence too
        ("By Jane Doe Nevermind the flu, markets rallied.", "Nevermind the flu, markets rallied."),
        ("By Friday, CNN Money had counted 40 closures.", "By Friday, CNN Money had counted 40 closures."),
        # ... but a page's time stamp run into it is no headline, and a name is no run-in
        ("Last updated at 18:51 GMT Help The oil giant BP has been criticised in a report.",
         "The oil giant BP has been criticised in a report."),
        ("Officials told The New York Times that the well was sealed.",
         "Officials told The New York Times that the well was sealed."),
        # a headline that ends on a quoted phrase, run into its standfirst; not a nickname inside a name
        ("Gulf oil spill: BP hopes to cap flow 'within 24 hours' BP plans to use underwater robots. More.",
         "Gulf oil spill: BP hopes to cap flow 'within 24 hours'"),
        ("Sean 'Diddy' Combs to host Haiti concert and telethon. More came.",
         "Sean 'Diddy' Combs to host Haiti concert and telethon."),
        # a web server's notice after a page's time stamp is furniture too
        ("Page last updated at 15:47 GMT, Friday, 22 January 2010 (an error occurred while processing this"
         " directive) Rescuers pulled a man from the rubble. More came.", "Rescuers pulled a man from the rubble."),
        # a headline run into the page's time stamp is the title, not the caption after the stamp
        ("Firm seals the well Friday 14 May 2010 10.40 BST A boat sails past the rig. The firm said more.",
         "Firm seals the well"),
        # ... as is one in title case run into its story's dated dateline
        ("Sarkozy Advocates Systemic Change After Crisis TOULON, France, Sept. 25 -- Sarkozy warned Europe on "
         "Thursday. More came.", "Sarkozy Advocates Systemic Change After Crisis"),
        # a page's story highlights, each under its label: the first, without the label
        ("NEW: Egypt tries to cut off travel ahead of new rallies NEW: Protesters defy a curfew. Cairo was calm.",
         "Egypt tries to cut off travel ahead of new rallies"),
        ("BREAKING: Rig sinks in the Gulf of Mexico after a fire. The rig burned for a day.",
         "Rig sinks in the Gulf of Mexico after a fire."),
        ("ElBaradei: Egypt is not stable NEW: The agency reports 49 people were hurt. More came.",
         "ElBaradei: Egypt is not stable"),
        # a headline in title case, then a lead that opens on "The" and a name
        ("Historic Market Bailout Set in Motion The Bush administration proposed a plan. More came.",
         "Historic Market Bailout Set in Motion"),
        ("Celebration In The Streets At Tahrir Square as crowds cheer all night. More came.",
         "Celebration In The Streets At Tahrir Square as crowds cheer all night."),
        ("How the Fed Failed to Tell Obama About The Bonuses Federal officials knew for weeks. More.",
         "How the Fed Failed to Tell Obama About The Bonuses Federal officials knew for weeks."),
        # a headline ends at its first boundary: the common word that opens the standfirst, not the subject
        # the standfirst names again after it
        ("BP to cut output after the spill Analysts expect BP to pump less oil this year. Analysts"
         " expect BP to report profits. The analysts said so.",
         "BP to cut output after the spill"),
        # a count opening the lead after the headline
        ("Haiti devastated by massive quake Thousands of people are feared dead after the quake. More.",
         "Haiti devastated by massive quake"),
        ("Eight cases of swine flu emerge in the UK Two more people in London are ill. More.",
         "Eight cases of swine flu emerge in the UK"),
        ("Tide of anger may turn a tragedy into a nightmare Fifty days in, the spill goes on. More.",
         "Tide of anger may turn a tragedy into a nightmare"),
        ("London cases up by 95 Ninety-five new cases have been confirmed in the capital. More.",
         "London cases up by 95"),
        # a preposition opening the lead after the headline
        ("Hundreds orphaned by Haiti earthquake Despite stories of survival, many children are alone. More.",
         "Hundreds orphaned by Haiti earthquake"),
        ("Treating the victims of the earthquake Between 100,000 and 200,000 people may have died. More.",
         "Treating the victims of the earthquake"),
        # a clause's opener before a name, or a pronoun's contraction, after a word in lower case
        ("Gulf oil spill's animal victims As BP works to control the spill, the birds suffer. More.",
         "Gulf oil spill's animal victims"),
        ("Oil spill: a Louisiana tragedy For Tim Gautreaux, whose family fished here, it is personal. More.",
         "Oil spill: a Louisiana tragedy"),
        ("We are all to blame for the oil spill It's our addiction to cheap fuel that drives it. More.",
         "We are all to blame for the oil spill"),
        ("Police guard the hotel where the man stayed About 300 people at the hotel are held. More.",
         "Police guard the hotel where the man stayed"),
        # ... not inside a name ("Hope For Haiti") nor in a headline in title case
        ("Bono and Alicia Keys join Hope For Haiti benefit", "Bono and Alicia Keys join Hope For Haiti benefit"),
        ("Sarkozy Advocates Systemic Change After Crisis Talks", "Sarkozy Advocates Systemic Change After Crisis Talks"),
        # a lead that opens on an acronym and its verb, after a headline or caption; not after an apposition,
        # a name or a verb of saying
        ("Plan to cap the oil leak with a dome delayed BP says the new dome should be ready. More.",
         "Plan to cap the oil leak with a dome delayed"),
        ("The oil giant BP has been severely criticised in a major report. More.",
         "The oil giant BP has been severely criticised in a major report."),
        ("Swiss drugmaker Novartis AG will use data from a study. More.",
         "Swiss drugmaker Novartis AG will use data from a study."),
        ("Officials in Washington said BP has agreed to pay. More.", "Officials in Washington said BP has agreed to pay."),
        # ... one of the verbs a lead's subject opens on, not a Roman numeral's (a name's)
        ("Top kill mission to halt the gush under way BP attempts to stop the leak again. More.",
         "Top kill mission to halt the gush under way"),
        ("Work on the semisubmersible rig Development Drill III begins this month for the firm. More.",
         "Work on the semisubmersible rig Development Drill III begins this month for the firm."),
        # a byline after a headline in sentence case
        ("Oil spill panel recommends tighter rules By Steven Mufson and Juliet Eilperin The commission said so."
         " More.", "Oil spill panel recommends tighter rules"),
        # a headline before the page's labels or byline, and the date that ends it
        ("Following The Ban, Gulf Rigs Moving To Brazil | Archive | Fox Nation Oil companies that were drilling"
         " in the Gulf of Mexico are moving their rigs to Brazil, where the waters are open to them. More.",
         "Following The Ban, Gulf Rigs Moving To Brazil"),
        ("Revolution that began 18 days ago leads to Mubarak's ouster February 11, 2011 | By the CNN Wire Staff"
         " Cairo was calm on Saturday as crowds cleaned the square where the protests had begun. More.",
         "Revolution that began 18 days ago leads to Mubarak's ouster"),
        # a piece of a sentence is no title while a whole one follows; stray marks before one are dropped
        ("bullet Firm hopes box could work by Monday bullet Concerns grow\nThe giant steel box was lowered.",
         "The giant steel box was lowered."),
        ("\u201d This Story: Read + | Watch + | Talk + | Icelanders protested outside parliament.",
         "Icelanders protested outside parliament."),
        ("-- The council met on Monday.\nMore.", "The council met on Monday."),
        # a writer's line set off by a dash is the page's furniture
        ("-- Jane Doe is a Reuters columnist.\nThe council met on Monday.", "The council met on Monday."),
        ("and then the rain came", "and then the rain came"),
        # a page's contact lines run into its headline: the headline is the title
        ("Oil spill: the growing anger Letters for publication should be sent to: letters@example.com If you need "
         "help using the site: userhelp@example.com\nThe spill grew on Monday.", "Oil spill: the growing anger"),
        # a correction of the article itself is no title
        ("This article misstated the name of the mayor.\nThe council approved the budget on Monday.",
         "The council approved the budget on Monday."),
        # ... nor what it says is right, after it; a headline after it is the title
        ("The article incorrectly said that Sen. Jane Roe chairs the banking committee.\nRoe is the chairman of the"
         " Budget Committee.\nCity Council Passes Budget The council approved the budget on Monday. More.",
         "City Council Passes Budget"),
        ("This article misstated the first name of the agency's head.\nHistoric Market Bailout Set in Motion The"
         " Bush administration proposed a plan. More came.", "Historic Market Bailout Set in Motion"),
    ],
)
def test_title_from_text(text: str, title: str) -> None:
    assert title_from_text(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("BP faces US criticism over Gulf of Mexico oil spill BP is facing growing American criticism over the spill.",
     "BP faces US criticism over Gulf of Mexico oil spill"),
    ("Mexico and China in swine flu row Mexico's ambassador says he was denied access to his citizens.",
     "Mexico and China in swine flu row"),
    ("BP oil spill cost hits nearly $10bn BP has set up a $20bn compensation fund after talks with the White House.",
     "BP oil spill cost hits nearly $10bn"),
    ("Obama Blueprint Deepens Federal Role in Markets President Obama is expected to unveil the plan.",
     "Obama Blueprint Deepens Federal Role in Markets"),
    ("Dodd Endorses Consumer Agency Sen. Christopher Dodd (D-Conn.) said on Tuesday.", "Dodd Endorses Consumer Agency"),
    # ... or opens on a person of it and what they say
    ("BP reaches key milestone in halting Gulf oil leak BP CEO Tony Hayward says cutting away the pipe worked.",
     "BP reaches key milestone in halting Gulf oil leak"),
    # a name of two words or more that opens the headline and opens the lead again, after any word
    ("Taylor Swift ready to help Haiti Taylor Swift is just one of the stars raising money.",
     "Taylor Swift ready to help Haiti"),
    # (a head with an auxiliary is a picture's caption: the lead is the title)
    ("Jane Doe has been organising the ceremony Jane Doe's benefit show will be shown on Friday.",
     "Jane Doe's benefit show will be shown on Friday."),
    # ... but not after the lead's own words before the name: a function word, a compound, an acronym, a title
    ("Mexico City lifts curbs Shops in Mexico City have reopened.",
     "Mexico City lifts curbs Shops in Mexico City have reopened."),
    ("Tony Hayward sorry for spill BP CEO Tony Hayward expresses regret.",
     "Tony Hayward sorry for spill BP CEO Tony Hayward expresses regret."),
    # (the compound opens the lead: ``test_a_sentence_case_headline_ends_before_a_lead_that_opens_on_a_name``)
    ("Jane Doe wins the award for a third time Five-year-old Jane Doe was there.",
     "Jane Doe wins the award for a third time"),
    # a name's own words, the subject named again after a function word, or before a capital: no boundary
    ("BP fined as regulators hit BP Chief Executive Tony Hayward with a fine on Monday.",
     "BP fined as regulators hit BP Chief Executive Tony Hayward with a fine on Monday."),
    ("Obama visits the Gulf with President Barack Obama said to be angry.",
     "Obama visits the Gulf with President Barack Obama said to be angry."),
    ("BP says the spill will cost less than the BP board had feared when it met.",
     "BP says the spill will cost less than the BP board had feared when it met."),
    ("I can still remember the precise moment when I finally realized what was wrong.",
     "I can still remember the precise moment when I finally realized what was wrong."),
    ("SEC to Examine Boards' Role in Financial Crisis SEC chairman Mary Schapiro may ask boards.",
     "SEC to Examine Boards' Role in Financial Crisis SEC chairman Mary Schapiro may ask boards."),
])
def test_a_headline_ends_where_its_lead_names_its_subject_again(text: str, title: str) -> None:
    assert title_from_text(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a lead that opens on a common word the article writes in lower case elsewhere
    ("Spill released 4.4m barrels of oil, study finds Scientists use satellite images to measure it.\n"
     "The scientists say the figure may rise.", "Spill released 4.4m barrels of oil, study finds"),
    ("Swine flu found on China mainland People in China are taking no chances.\nMany people wear masks.",
     "Swine flu found on China mainland"),
    # a name: the article capitalizes the word after a lower-case word elsewhere, or never writes it in
    # lower case, or it comes before "of"
    ("Officials met at the Energy Department on Friday to discuss the spill.\nThe Energy Department said "
     "the energy of the talks was high.",
     "Officials met at the Energy Department on Friday to discuss the spill."),
    ("Shares fell sharply after the warning Ford issued on Friday about its sales.\nThe stock fell.",
     "Shares fell sharply after the warning Ford issued on Friday about its sales."),
    ("Robots worked to control the gushing Gulf of Mexico well on Friday.\nThe gulf is calm.",
     "Robots worked to control the gushing Gulf of Mexico well on Friday."),
    # ... before "of" and a word in lower case, it opens the lead all the same
    ("Firm may suspend its dividend payout Board of the firm to discuss withholding it on Monday.\n"
     "The board will meet.", "Firm may suspend its dividend payout"),
    # a word the article writes in lower case far more often than capitalized mid-sentence is a common one
    ("Firm shares blame over oil spill Oil company staff say they are not the only ones to blame.\n"
     "The oil reached the coast. The oil spread. The Oil Spill Commission met. The oil was thick.",
     "Firm shares blame over oil spill"),
    # ... and a capitalized use after a capitalized word is no name's use of it
    ("Firm share slide as bill climbs to $2.35 bn Shares in the firm hit a low this morning.\n"
     "Photo: Rex Features Shares fell. The shares dropped 6.8%.", "Firm share slide as bill climbs to $2.35 bn"),
    # "The" before a name opens the lead, but not after a possessive (a title of its owner's)
    ("Robot vessels used to cap Gulf of Mexico oil leak The US Coast Guard has described it as the best option.",
     "Robot vessels used to cap Gulf of Mexico oil leak"),
    # a headline run into a picture's caption and credit ends at the credit
    ("Firm to raise $50 billion for spill costs: report Credit: Reuters/Jane Doe/U.\nS. Navy/Handout LONDON "
     "(Reuters) - The firm plans to raise the money.", "Firm to raise $50 billion for spill costs: report"),
    ("Firm to raise $50 billion for spill costs: report Credit: Reuters/Jane Doe/Handout LONDON | Sun Jun 20, "
     "2010 8:50 am EDT LONDON (Reuters) - The firm plans to raise the money.",
     "Firm to raise $50 billion for spill costs: report"),
    # so does "A" or "An" before a name, after a headline in sentence case; one in title case capitalizes its own
    ("Charity sends help after thousands left homeless A Cornwall-based charity is sending tents to the island.\n"
     "It has a team there.", "Charity sends help after thousands left homeless"),
    ("A World in Crisis Means A Chance for Greatness Aspiring politicians dream of being tested.",
     "A World in Crisis Means A Chance for Greatness Aspiring politicians dream of being tested."),
    ("Listen to BBC Radio 4's The Report to hear the hearings on Monday.",
     "Listen to BBC Radio 4's The Report to hear the hearings on Monday."),
    ("An official told The Associated Press on Friday that the well was sealed for good.",
     "An official told The Associated Press on Friday that the well was sealed for good."),
    # a comma may follow the word the lead opens on
    ("Chemical fear over the clean-up efforts Officials, scientists and fishermen worry about the dispersants.\n"
     "The officials met.\nMany officials agree.", "Chemical fear over the clean-up efforts"),
    # the lead's own capitalized word is no name's use of it, though the page writes the sentence otherwise
    # (tokenized quotes, read untokenized)
    ("Firm accused of killing turtles in cleanup Environmentalists press officials to halt its ` burn fields' in "
     "the Gulf\nThe environmentalists say so.\nMany environmentalists agree.",
     "Firm accused of killing turtles in cleanup"),
])
def test_a_sentence_case_headline_ends_where_a_common_word_opens_the_lead(text: str, title: str) -> None:
    assert title_from_text(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a lead that tells the headline's news again, on a word the article writes nowhere else
    ("Rescuers continue to find survivors in Haiti rubble Rescue teams searching through the rubble of Haiti's "
     "earthquake are continuing to find people alive.", "Rescuers continue to find survivors in Haiti rubble"),
    ("Altered photos found on company site Bloggers have identified three company images that appear to have "
     "been altered using photo editing software.", "Altered photos found on company site"),
    # a name is capitalized inside sentences elsewhere, whatever word comes before it
    ("Gulf oil spill reaches Texas as tar balls wash ashore on its beaches.\nThe oil spill reached Galveston "
     "in Texas on Monday.", "Gulf oil spill reaches Texas as tar balls wash ashore on its beaches."),
    ("Spill gives Obama an opportunity to reform oil policy as the spill grows.\nPresident Obama is "
     "expected to speak.", "Spill gives Obama an opportunity to reform oil policy as the spill grows."),
    # a day's name is no lead's first word, however the sentence repeats its words
    ("Chairman attempted an earnest apology Wednesday for the chairman's apology of the week.",
     "Chairman attempted an earnest apology Wednesday for the chairman's apology of the week."),
    # after a word of telling, a capitalized word is the one told
    ("Fed failed to tell Obama of its bonuses as staff told Obama of bonuses.",
     "Fed failed to tell Obama of its bonuses as staff told Obama of bonuses."),
    # one word told again is too few
    ("Firm switches on live video from the leak Gush of oil now shown on the web.",
     "Firm switches on live video from the leak Gush of oil now shown on the web."),
])
def test_a_headline_ends_where_its_lead_tells_its_news_again(text: str, title: str) -> None:
    assert title_from_text(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a headline in title case ends before the word that opens its lead: one that opens sentences ...
    ("Crisis In Russia Raises Stakes for Putin A trader in Moscow pauses to make a call.\n"
     "The crisis raises the stakes.", "Crisis In Russia Raises Stakes for Putin"),
    # ... a participle the article capitalizes nowhere else ...
    ("Government Seizes Control of Insurer With Emergency Loan Invoking extraordinary powers, the government "
     "seized control of the insurer.", "Government Seizes Control of Insurer With Emergency Loan"),
    # ... or a name of two words or more that the article writes again, with a title before it
    ("Airlines Brace for Impact of Crisis Delta Air Lines chief executive Jane Doe said the carrier was "
     "insulated.\nDelta Air Lines cut flights as the crisis hit and braced for its impact.",
     "Airlines Brace for Impact of Crisis"),
    ("Debate's Fate Unclear As Senator Resists Call to Postpone Sen. Jane Doe, campaigning in Ohio, said "
     "the debate should go on.\nJane Doe wants the debate; the call to postpone is unclear.",
     "Debate's Fate Unclear As Senator Resists Call to Postpone"),
    # a name written once is not told from its headline: the sentence stays whole
    ("Bailout Could Deepen Crisis, Budget Chief Says Peter R. Roe, director of the office, said the bailout "
     "could deepen the crisis.",
     "Bailout Could Deepen Crisis, Budget Chief Says Peter R. Roe, director of the office, said…"),
    # a sentence that opens on names is no headline: its capitalized words are not the article's common ones
    ("From CNN's Anderson Cooper, to ABC's Christiane Amanpour, to Fox's Greg Palkot, correspondents have been "
     "attacked.\nGreg Palkot was hurt.",
     "From CNN's Anderson Cooper, to ABC's Christiane Amanpour, to Fox's Greg Palkot…"),
    ("Members of the Muslim Brotherhood shout slogans in Amman on Friday.\nThe Muslim Brotherhood marched.",
     "Members of the Muslim Brotherhood shout slogans in Amman on Friday."),
    # nor is a cut that would end on a small word
    ("Interior Secretary Ken Salazar testifies on Capitol Hill about the spill.\nKen Salazar spoke.",
     "Interior Secretary Ken Salazar testifies on Capitol Hill about the spill."),
    # two words side by side elsewhere in the article are a name's, not a headline's end and a lead's start
    ("Firm Tests New Dome Over Leaking Well Recovery System is a structure placed over the leak.\n"
     "The system works, the Recovery System failed, and the firm tests a new dome over the leaking well.",
     "Firm Tests New Dome Over Leaking Well Recovery System is a structure placed over the leak."),
    ("Firm Tests New Dome Over Leaking Well System is a structure placed over the leak.\n"
     "The system works, and the firm tests a new dome over the leaking well.",
     "Firm Tests New Dome Over Leaking Well"),
    # a possessive before the lead's name is the name's ("Italy's Finance Minister ...")
    ("Leaders Offer Unity But No Steps To Ease Crisis Italy's Finance Minister Jane Roe walks with the leaders.\n"
     "Jane Roe said the leaders offer unity but no steps to ease the crisis.",
     "Leaders Offer Unity But No Steps To Ease Crisis"),
    # a role's title before a name is no headline's end: the name goes with it
    ("International Energy Agency Chief Economist Jane Roe speaks at a conference on energy.\n"
     "Jane Roe said the agency's chief economist sees energy demand rise.",
     "International Energy Agency Chief Economist Jane Roe speaks at a conference on energy."),
])
def test_a_title_case_headline_ends_where_its_lead_opens(text: str, title: str) -> None:
    assert title_from_text(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a lead that opens on a name and its verb, run in after a headline in sentence case that it tells again
    ("Firm boss to get immediate pension Mr Roe has been the public face of the firm and gets his pension now.",
     "Firm boss to get immediate pension"),
    ("Panic over Uganda swine flu hoax South Africa is the only country with swine flu after the hoax in Uganda.",
     "Panic over Uganda swine flu hoax"),
    ("Firm 'must pay' oil spill costs US President Jane Roe is pressing for a law so firms pay spill costs.",
     "Firm 'must pay' oil spill costs"),
    # ... or on a compound before the name
    ("Jane Doe wins the award for a third time Five-year-old Jane Doe was there.",
     "Jane Doe wins the award for a third time"),
    # a name after a role's or a trade's noun, a function word or a word of telling goes on the sentence
    ("Shares of the oil giant Exxon have risen as the oil giant reported gains in its shares in London.\n"
     "Analysts said Exxon did well.",
     "Shares of the oil giant Exxon have risen as the oil giant reported gains in its shares…"),
    ("The flu has spread to Mexico City where health officials say Mexico City is closed to flu visitors.",
     "The flu has spread to Mexico City where health officials say Mexico City is closed to flu…"),
    ("Officials said on Friday the spill grew and officials said BP has lost control of the spill again.",
     "Officials said on Friday the spill grew and officials said BP has lost control…"),
    # a lead that does not tell the headline's news again is no lead of it
    ("Quake survivors sleep in the streets Mr Roe has flown to the capital to meet the president there.",
     "Quake survivors sleep in the streets Mr Roe has flown to the capital to meet…"),
    # a lead that opens on a noun phrase and its auxiliary, after a headline that may end on a name
    ("Aid workers reach Port-au-Prince British aid workers have begun arriving in the city.",
     "Aid workers reach Port-au-Prince"),
    ("Quake aid effort hampered by blockages Makeshift camps are sprouting up, holding up the aid effort.",
     "Quake aid effort hampered by blockages"),
    # ... not after a function word, nor where the lead does not tell the headline again
    ("Aid workers have flown to Port-au-Prince with British aid workers who have begun arriving there.",
     "Aid workers have flown to Port-au-Prince with British aid workers who have begun arriving…"),
    ("Aid workers have reached Port-au-Prince British troops have begun arriving in the city.",
     "Aid workers have reached Port-au-Prince British troops have begun arriving in the city."),
    # ... nor inside a name of several words, nor before a day's name
    ("Swine flu cases in Mexico City hospitals are rising as the swine flu outbreak spreads across the land.",
     "Swine flu cases in Mexico City hospitals are rising as the swine flu outbreak spreads…"),
    ("Relief supplies piled up at the airport in Port-au-Prince Monday aid workers were still waiting for supplies.",
     "Relief supplies piled up at the airport in Port-au-Prince Monday aid workers were still…"),
    ("Flu fears in the city of Springfield Health workers are checking city schools for flu fears.\n"
     "Springfield Health workers met on Monday.",  # the two words a name the text writes again
     "Flu fears in the city of Springfield Health workers are checking city schools for flu…"),
])
def test_a_sentence_case_headline_ends_before_a_lead_that_opens_on_a_name(text: str, title: str) -> None:
    assert title_from_text(text) == title


def test_a_headline_run_into_a_pictures_caption_is_the_title() -> None:
    """The caption is furniture, the headline before it the page's title; a caption alone is passed over."""
    text = ("Obama hopes oil spill boosts support for climate bill President Barack Obama speaks in the Rose Garden "
            "of the White House in Washington, Tuesday, June 1, 2010, after meeting the commission.\n"
            "President Obama said the spill shows the need for a climate bill.")
    assert title_from_text(text) == "Obama hopes oil spill boosts support for climate bill"
    caption = ("President Jane Roe makes a statement on jobs, Friday, June 11, 2010, in the Rose Garden.\n"
               "The president announced a jobs plan on Friday.")
    assert title_from_text(caption) == "The president announced a jobs plan on Friday."


@pytest.mark.parametrize(("text", "title"), [
    # a gallery's caption, its day and a colon, is passed over for the lead after it ...
    ("May 1: Workers connect oil booms to be deployed in the bay.\nThe slick tripled in size on Friday.",
     "The slick tripled in size on Friday."),
    # ... and so is the picture's credit left at the lead's start: a wire's, one before a dateline, names
    ("June 16: A drilling rig operates in the Gulf.\nAP BP is pushing to fix its runaway well by July 27.",
     "BP is pushing to fix its runaway well by July 27."),
    ("May 4: Workers finish the dome.\nGetty NEW ORLEANS -- The best short-term solution is a dome, experts say.",
     "The best short-term solution is a dome, experts say."),
    ("July 5: A jar of tar balls found on the beach.\nJane Roe, Houston Chronicle via AP The latest hopes rest on "
     "a ship.", "The latest hopes rest on a ship."),
    # a lead that opens with names after the caption stays whole
    ("April 21: The rig burns in the Gulf.\nThe Justice Department sued BP and eight other companies.",
     "The Justice Department sued BP and eight other companies."),
    # a capital word that is a name's after the credit stays ("Guitarist Brian May ...")
    ("May 1: Workers lay booms.\nGuitarist Brian May visited the beach on Friday.",
     "Guitarist Brian May visited the beach on Friday."),
    # a caption alone is the title when nothing else is
    ("May 6: Oil collects just offshore of the island.", "May 6: Oil collects just offshore of the island."),
    # a text that opens on a day's line and holds three or more is a chronology, titled by its first day and last
    ("Sept. 7: The government seizes the lenders.\nSept. 11: Governments bolster their currencies.\n"
     "The markets fell.\nSept. 29: The Fed widens its swap lines.", "Chronology: Sept. 7 to Sept. 29"),
    # two such lines are no chronology: the first is a caption
    ("Sept. 7: The government seizes the lenders.\nSept. 11: Governments bolster their currencies.\n"
     "The markets fell on Monday.", "The markets fell on Monday."),
])
def test_a_gallerys_caption_is_no_title_and_a_chronology_is_called_one(text: str, title: str) -> None:
    assert title_from_text(text) == title


def test_a_chronologys_title_that_is_the_sites_furniture_gives_way() -> None:
    from timeline.read.untitled import titles_from_text
    text = ("Sept. 7: The government seizes the lenders.\nSept. 11: Governments bolster their currencies.\n"
            "Sept. 29: The Fed widens its swap lines.\nThe markets fell on Monday.")
    chronology = "Chronology: Sept. 7 to Sept. 29"
    assert titles_from_text(text)[0] == chronology
    assert chronology not in titles_from_text(text, furniture={chronology})


@pytest.mark.parametrize(("text", "title"), [
    # names alone: the sentence opens on the first word the article writes in lower case
    ("January 28, 2011 | By Bryony Jones Members of the group shout slogans in Amman.\n"
     "The group's members met on Friday.", "Members of the group shout slogans in Amman."),
    ("By Jane Doe BBC News, Niger Delta Campaigners say there are 300 spills a year.\nThe campaigners met.",
     "Campaigners say there are 300 spills a year."),
    # ... not a name's word, nor a role ("Environment correspondent"), which the byline holds
    ("By Jane Doe Environment correspondent, BBC News, Texas Jane Doe looks at the spill.\nThe environment.",
     "By Jane Doe Environment correspondent, BBC News, Texas Jane Doe looks at the spill."),
    # a headline run into a page's prompt to its graphics: the headline
    ("D.C. lawyers handling spill litigation Explore all of our oil spill graphics to track the spill.\nThe firm paid.",
     "D.C. lawyers handling spill litigation"),
    # ... not a clause's fragment before it
    ("Readers at home can Watch the full video of the speech.\nThe firm paid.", "The firm paid."),
    # ... but two names of two words each before a capital are a byline (``boilerplate._OPENINGS``)
    ("By Lisa Rein and Ed Brown BP has paid the government $518 million.\nThe firm paid.",
     "BP has paid the government $518 million."),
    # a byline, its role and a stamp; the writers' names and a dateline
    ("By JP Doe, Writer February 1, 2011: 3:19 AM ET A curated selection of the day's stories.\nMore.",
     "A curated selection of the day's stories."),
    ("By Jane Doe and Tom Roe TOLEDO, Ohio -- Determined to keep the spotlight on jobs, the senator spoke.",
     "Determined to keep the spotlight on jobs, the senator spoke."),
])
def test_a_byline_is_no_title(text: str, title: str) -> None:
    assert title_from_text(text) == title


def test_no_title_is_a_subscribe_prompt_or_the_sentence_going_on_with_it() -> None:
    assert title_from_text("Get our newsletter delivered to your inbox every morning.\n"
                           "It's like reading it on the blog, only much more convenient.\n"
                           "The agency cut its growth forecast on Monday.") == "The agency cut its growth forecast on Monday."


def test_a_page_that_begins_inside_a_bracket_is_titled_without_its_end() -> None:
    assert title_from_text("L) said on Friday it would install a bigger cap on the well.") == (
        "said on Friday it would install a bigger cap on the well.")


def test_a_ticker_a_line_break_split_stays_in_the_title() -> None:
    assert title_from_text("LONDON (Reuters) - BP Plc (BP.\nL) said on Monday it would pay.\nShares rose.") == (
        "BP Plc (BP.L) said on Monday it would pay.")


def test_a_transcript_is_titled_by_its_show_not_its_notice() -> None:
    header = ("Massive Protests in Egypt; Lebanon Political Upheaval Aired January 25, 2011 - 16:00:00 ET "
              "THIS IS A RUSH TRANSCRIPT.\nBECKY ANDERSON, HOST: I'm Becky Anderson in London.")
    assert title_from_text(header) == "Massive Protests in Egypt; Lebanon Political Upheaval"
    student = ("CNN Student News - 1\\/26\\/11 Download PDF maps related to today's show: THIS IS A RUSH "
               "TRANSCRIPT.\nCARL AZUZ, CNN STUDENT NEWS ANCHOR: Political protests in Egypt.")
    assert title_from_text(student) == "CNN Student News - 1/26/11"
    assert title_from_text("The show aired January 25, 2011 to great acclaim.") == (
        "The show aired January 25, 2011 to great acclaim.")


def test_a_title_is_short_and_never_a_dateline() -> None:
    title = title_from_text("Thu Oct 20, 2011 3:54pm EDT (Reuters) - " + "word " * 60)
    assert len(title) <= 90 and title.endswith("\u2026")
    assert not title.startswith("Thu")


def test_a_long_page_is_titled_in_linear_time() -> None:
    text = ("(a) " * 5000) + "WASHINGTON -- " * 2000 + "3:54 " * 5000 + "ABC | " * 3000
    start = time.perf_counter()
    title = title_from_text(text)
    assert time.perf_counter() - start < 2.0
    assert len(title) <= TITLE_MAX
