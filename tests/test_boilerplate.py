"""Page furniture: each kind is recognised, real news sentences that look like it are kept."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.boilerplate import (
    CAPTION,
    CORRECTION,
    COMMENT,
    DATELINE,
    KINDS,
    RELATED,
    SHARE,
    SPEAKER,
    WIDGET,
    WIDGET_REACH,
    boilerplate_kind,
    strip_dateline,
    widget_end,
    widget_sentences,
)

POSITIVE = {
    COMMENT: [
        "March 25, 2011 at 5:33 am | Reply I think the minister should resign.",
        "April 2, 2012 at 11:02 pm | Nobody asked the farmers what they wanted.",
        "4th June 2012 - 16:16 What a sad day for the town.",
        "Posted by quietreader at 5:33 PM",
        "1614 Jane Doe from Leeds e-mails: “The whole street came out to help on 12 May 2008.”",
        "Sam in Toronto writes: My family there is safe, thank God.",
        "Posted by: Sam | May 3, 2011 9:14 AM | Report abuse The council never listens.",
        "Report abuse",
        "Recommend",
        "At 10:12 am on 14 Jun 2011, harbourwatcher wrote: The ferry was late again.",
        "This discussion is now closed.",
        "This debate is now closed.",
    ],
    DATELINE: [
        "By Christine Bader, who worked for the company from 1999-2008.",  # a writer's note as a byline
        "CNN's Saad Abedine contributed to this report.",  # credit lines
        "Reporting by Jane Doe; Editing by John Roe",
        "Additional reporting by Jane Doe in Cairo.",
        "LONDON | Tue Jun 9, 2009 9:52 am EDT LONDON (Reuters Life!)",  # a stamp, then the dateline alone
        "Thu Oct 20, 2011 3:54pm EDT",
        "By John Smith, CNN",
        "By Maria Lopez and Tom Berg, Staff Writers",
        "Updated 1520 GMT (2320 HKT) March 3, 2011",
        "Last updated at 10:45",
        "Published: 12 March 2011",
        "Monday, May 2, 2011; 8:15 PM",
        "LONDON (Reuters Life!)",
        "ON TAMBOUR BAY, LA.",
        "NEW ORLEANS, La.",
    ],
    RELATED: [
        "Related: Floods close schools across the county",
        "Read more",
        "See also",
        "Floods close schools | Mayor visits shelters | River level falls",
        "Storm hits coast \u2022 Power cut for thousands \u2022 Roads reopen",
        "Video: Rescuers reach the stranded village",
        "News From Around The Web WASHINGTON -- The secretary will leave the administration in March.",
        "The agency said Friday it is tightening procedures to ensure it follows all envir..",
        "The rig was owned by Transocean Ltd..",
        "Rescuers reached the village on Sunday, the governor said in a “brief sta..”",
        "Article | MIAMI -- The county began its next round of hearings Monday into the flood and called witnesses "
        "who can address alleged shortcuts in the levee's design and repair.",
    ],
    SHARE: [
        "Click NEXT to continue.",  # a slideshow's prompt
        # a call for the readers' pictures, comments or tips
        "Share your images and videos of the scene.",
        "Please get involved and leave a comment.",
        "Copy the URL and paste into your emails or Tweets, or post on your favorite sites.",
        "Send Melissa your tips and suggestions via e-mail, Facebook or Twitter.",
        "Enter your e-mail address below and we will send you a link to reset your password.",
        "What the Crisis Means for You Thoughts, comments, suggestions or criticisms about our live Q&A s?",
        "Follow our step-by-step timeline of the spill, from the construction of the rig.",
        "For the latest political news: www.CNNPolitics.com",
        "CNN Student News - 1/26/11 Download PDF maps related to today's show:",
        "Share this",
        "Follow us on Twitter",
        "Sign up for our newsletter",
        "Click here",
        "E-mail to a friend",
        "Click here for the full list of closures.",
        "Sign up for free e-mail alerts from our news desk.",
        "Letters for publication should be sent to: letters@example.co.uk",
        "Jane Doe can be reached at jane.doe@example.com.",
        "All you need is one click to get Morning Fix and Afternoon Fix!",
        "Send an email with \"Pints\" in the subject line to us and we'll tell you about upcoming events.",
    ],
    CAPTION: [
        "-- Eric Auchard is a Reuters columnist.",  # a writer's line set off by a dash
        "-- Kees Willemse is professor of offshore engineering at Delft University.",
        "-- Riki Ott, PhD, has written two books on the Exxon Valdez oil spill.",
        "The opinions expressed are his own.",  # a column's disclaimer
        "Photo: Getty Images",
        "FILE - In this June 1, 2010 file photo, workers collect oil that washed ashore on the beach.",
        "AP FILE: The mayor talks with the Coast Guard commandant.",
        "Safety concerns raised about another rig FILE - In this April 27, 2010 file photo, a sign is seen in London.",
        "(AP Photo/Jane Doe)",
        "Image caption Volunteers fill sandbags outside the town hall",
        "Photograph: Jane Doe/Reuters",
        "(Jane Doe - AP)",
        "(By Jane Doe -- The Washington Post)",  # a photographer's credit, then their agency
        "(By John Q. Public -- Associated Press)",
        "July 15: Freshly sorted blue crabs sit in a box in Hopedale, La.",
        "May 10: Boats work with containment boom on the shoreline of Grand Isle, La. (AP)",
        "Aug. 3: In this image taken from video, the new cap sits atop the well.",
        "June 23, 2010: This image from video provided by the company shows oil gushing from the wellhead.",
        "AP July 12: The new containment cap is lowered over the broken wellhead, in this image from video.",
        "In this April 21, 2010 file photo, fire boats battle the blaze on the rig.",
        "Kim Badawi/Getty Images for CNN A protester totes a handcrafted shield on Thursday in Cairo.",
        "Photo credits: REUTERS/Stringer (Walrus swims in the pool at the zoo, February 28, 2001) AP/Jane Doe",
        # captions written as sentences: who stands where, the wire's place-and-date close, a credit before them
        "Health officials Jane Doe (L) and John Roe (C) speak to reporters about the outbreak.",
        "The mayor (2nd R) tours the flooded district with rescue workers.",
        "President Jane Doe, left, sits with the finance minister during a meeting on the crisis.",
        "Underwater robots swarm the blowout preventer, bottom left, as oil rises at the site of the spill.",
        "Oil flows from the broken well, center, as a new cap hovers near the site of the spill.",
        "A worker scrubs oil from a rock on the shore of Grand Isle, Louisiana May 23, 2010.",
        "Traders work on the floor of the exchange in New York, Monday, Oct. 6, 2008.",
        "People wear face masks on a shopping street in Kobe, western Japan, May 17, 2009.",
        "A petrol station closed by a protest, in Camden, London, 27 July 2010.",
        # ... or its weekday and full date set off by commas inside it, the place after them
        "President Jane Doe makes a statement on the jobs plan, Friday, June 11, 2010, in the Rose Garden.",
        "The firm's chief arrives on Capitol Hill in Washington, Thursday, June 17, 2010, to testify.",
        "(AP Photo\\/Jane Doe) (Jane Doe - AP) Firefighters spray water on the burning rig.",
        # a picture's caption by its own words
        "Larry Summers file photo.",
        "A frame grab, taken from a live video feed, shows activity at the well May 26, 2010.",
        "The President returns a salute before boarding the helicopter, Friday, Oct. 17, 2008 in Washington.",
        "More on the web -- Jane Doe is a staff writer for the Post Style section.",  # a writer's bio
        "Secretary of Energy Steven Chu (AP).",
        "This image from a video released by the company shows oil spewing from a broken pipe.",
        "This Sept. 2010 photo provided by a research team shows deep sea corals.",
        "Illustration: Eric Gay/AP (This caption was amended on 6 May 2010.",
        # the wire's closing picture formula
        "A shopkeeper waits for customers in Beijing in this May 8, 2008 file photo.",
        "Fire boats battle the blazing remnants of the rig, off Louisiana, in this April 21, 2010, handout file photo.",
        "Jane Doe poses in an undated handout photo.",
        "Fire boats battle the blaze in this handout photograph taken on April 21, 2010 and obtained on April 22.",
        # a pointer to the page's own video or audio
        "In the following video, our reporter tells how his crew was attacked in the square on Wednesday.",
        "In the video below, a correspondent reports on the fire bombs thrown on Wednesday night.",
        "In this video interview from May 5, the chief executive says he is proud of the response.",
        "Shots can be heard in this video of crowds gathered outside a museum on Sunday night.",
    ],
    SPEAKER: [
        "SESAY: Welcome back to the program.",
        "BECKY ANDERSON, HOST: Good evening from London.",
        "JOHN DOE, CITY COUNCIL MEMBER: We did what we could.",
        "UNIDENTIFIED MALE: They came at night.",
        "(BEGIN VIDEO CLIP) HARRIS: The water rose fast.",
        # a broadcast's sign-on and hand-over
        "I'm Fareed Zakaria.",
        "I'm Becky Anderson in London.",
        "This is Wolf Blitzer, CNN.",
        "CNN's Frederik Pleitgen reports.",
        "Jane Doe reports from Port-au-Prince.",  # a video's credit line
        "The Guardian's Simon Tisdall reports from Cairo.",
    ],
    WIDGET: [
        "(All times GMT.)",  # a live page's note
        # a player's or a page's notice and pointer
        "To play this content JavaScript must be turned on and the latest Flash player installed.",
        "Dow Lands at 6-Year Low Your browser's settings may be preventing you from commenting.",
        "Click image for full graphic.",
        "To see how rescuers work, click on the links below.",
        "Watch the oil spill's path since May 2 and view how the coastline is at risk.",
        "(J. Doe - AP) Explore all of our oil spill graphics to track the spill.",
        "Lawyers handling spill litigation Explore all of our oil spill graphics to track the spill.",
        "You can see video from the White House at the top of the page.",
        "We will be bringing you news, insights from our correspondents and the best of the blogs.",
        "This content has been removed as our copyright has expired.",
        "More on vaccines - 16:10 UK time, Wednesday, 8 July 2009 Policy shift - 08:55 UK time, Thursday, 2 July 2009",
        "Tune in week nights at 2200 CET Connect the World takes viewers on a journey across continents.",
        "Watch AC360 at 8 & 10 p.m. ET.",
        "Storm Chasers, BBC Two, Monday, 21 June at 2030 BST Then available in the UK via the link below",
        "Broadcast on BBC Radio 4, 4:30 PM Thu, 11 Jun 2009 Available until 12:00 AM Thu, 1 Jan 2099",
        "Aired January 25, 2011 - 16:00:00 ET THIS IS A RUSH TRANSCRIPT.",
        "THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        "Today is broadcast live and the running order is subject to change.",
        "We do not offer transcripts for our program interviews.",
        "RT @citydesk Bridge closed after the crash",
        "#floods Residents are asked to stay indoors",
        "@riverwatch thanks for the update",
        "Sunny 23\u00b0C",
        "London Cloudy 12\u00b0C / 7\u00b0C",
        "FTSE 100 5,912.4 -23.1 (-0.4%)",
        "Copyright 2011 The Daily Example, all rights reserved",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "All content of the Example IndexesSM 2013 is proprietary to Example & Company, Inc.",
        "Disclaimer The Example Indexes are proprietary to and distributed by Example & Company, Inc. and have been licensed for use.",
        "The market data is the property of Example Exchange Inc. and its licensors.",
        "Note: This article was updated on 5 May 2011.",
        "Editor's note: The headline of this article has been changed.",
        "Your browser's settings may be preventing you from commenting on and viewing comments about this item.",
        "See instructions for fixing the problem.",
        "Please enable JavaScript in your browser to watch this video.",
        "Can not play media.",
        "Sorry, this media is not available in your territory.",
        "You've selected the U.S. Edition.",
        "Would you like to make this your default edition?",
        # a story's highlights above its lead, its new bullets marked
        "By the Wire Staff Council rejects the plan NEW: The mayor says she will appeal on Tuesday NEW: Crowds gather",
        "NEW: The exchange drops over 6% of its value",
    ],
    CORRECTION: [
        "This article misstated the first name of the mayor.",
        "This story about the hearing incorrectly said the vote was on Monday.",
        "This summary omitted one bill.",
        "The article misspelled the name of the chief executive of a law firm in Boston.",
        "A Page One article misstated the date of the attorney general's statement.",
        "The summary also misidentified the act that is related to the spill: The act in question is another.",
        "Earlier versions of this article, including in the print edition of the paper, carried the wrong dateline.",
        "An earlier version of this op-ed referred to the assessment process as prescribed by a 1990 act.",
        "This article quoted the bank's president as saying the system may have reached a tipping point.",
        "The following correction was printed in the paper's For the record column, Sunday 20 June 2010",
        "Correction: This article misstated the date of the vote.",
        "Correction: An earlier version of this story misstated the date of the vote.",
    ],
}

NEGATIVE = [
    "All times were difficult.",
    # a prompt's words in a sentence's own
    "Share prices rose on Monday.",
    "Please note that the ministry said the plan would be delayed.",
    "Follow-up talks were held on Tuesday.",
    "NOAA Administrator Jane Lubchenco said the oil might reach the Keys.",
    "The image of the burning rig was seen around the world.",
    "Watchdogs said the agency had failed.",
    "Human Rights Watch released video of the attack on Monday.",
    "By Friday the slick had reached the coast.",
    "The senator said the vote, Friday, Oct. 17, 2008 in the Senate, failed.",
    "Reporters said the team reports from Cairo daily.",
    "By Labor Day, the company had paid the claims.",
    "Critics said the search brought up an ad for BP at the top of the page, which angered users.",
    "This week an image released by NOAA showed the slick.",
    "The signature at the bottom of the page was forged.",
    "Follow BP's lead, other firms cut spending.",
    "Daiwabo shares rose (ID: nT320193), a spokesman said.",
    "Hosni Mubarak is the president of Egypt, a columnist wrote.",
    "She contributed to the report on Monday, officials said.",
    "The carrier was due home before hostilities erupted in Kuwait. --- Andy Pasztor contributed to this article.",
    "The views expressed by the minister were harsh.",
    "-- State-run Nile TV reported that police forces would deploy on Monday.",
    "Watch Tower officials met at 10 a.m. on Monday to discuss the vote.",
    # what a correction's words say in news, of the press too
    "The report wrongly blamed the crew, investigators said.",
    "The story incorrectly reported that the senator had died, the network said in an apology on Tuesday.",
    "The article, published in a Cairo daily on Sunday, wrongly said the minister had resigned.",
    "The headline was changed after protests from readers, the paper said on Monday.",
    "The editorial was updated on Monday to remove the claim.",
    "The caption wrongly identified the man as a protester, the agency said.",
    "The summary omitted any mention of the 11 workers killed, the lawmakers said.",
    "The column, written by a senior editor, wrongly accused the minister of lying.",
    "The post was changed to a civilian role in 2009.",
    "The story of the spill was told again on Monday.",
    "The article of the treaty was changed by the vote.",
    "An earlier version of the bill was passed in May.",
    "Tune in to the debate, the senator urged voters at 9 p.m. on Friday.",
    "Tap water was cut off on Monday.",
    "Click next to the button to see the video, he wrote, and the page froze.",
    # what a sign-on's words say in a sentence
    "I'm Egyptian.",
    "This is Tahrir Square.",
    "I'm Muslim and I vote.",
    "CNN's Frederik Pleitgen reports that the army moved in on Friday.",
    # a file in prose
    "The FILE - a folder of 300 pages - was sent to the court on Monday.",
    "Lawyers said they would file suit on Monday.",
    # property and proprietary things in the news
    "The company said the formula of the dispersant is proprietary and would not release it.",
    "Looters damaged the property of fellow Egyptians, the ministry said.",
    "Readers can download PDF copies of the commission's report, which was released on Tuesday.",
    "The network released a transcript of the interview on Sunday.",
    # pictures told of in prose
    "The tipster noticed a small glimpse of a control tower in a corner of the photograph.",
    "Experts said that the slick had tripled in a day, citing satellite images.",
    "The minister said the spill was the worst in this region's history, pointing to a photo.",
    # comments, datelines and timestamps
    "The quake struck at 4:53 pm on Tuesday.",
    "On March 25, 2011, at 5:33 am, the first tremor was recorded.",
    "The minister replied that the report was wrong.",
    "Officials posted by the embassy left the city at 5:30 p.m.",
    "By Friday night, the protesters got what they were seeking.",
    "By Jan. 2, the army had withdrawn from the square.",
    "The statement was published on 12 March 2011.",
    "Cairo was quiet on Friday morning.",
    "Washington has said it will review the aid.",
    "LONDON is bracing for another strike, union leaders said.",
    # links and sharing
    "Protesters used Twitter to organize the march.",
    "He told his followers on Twitter that he would return.",
    "More than 2,000 people signed up for the vaccine trial.",
    "She shared the photo with reporters on Monday.",
    "Read the report, the senator said, and you will see the failures.",
    "Shoppers are now one click away from a loan, regulators warned.",
    "The hackers sent an email with 'Invoice' in the subject line to thousands of staff.",
    # captions and quotes
    "The photographer was injured by a rubber bullet.",
    "\"We will not leave,\" said one protester.",
    "The AP reported that 11 workers were missing.",
    "May 5: The ministry said 20 people had died in the floods.",
    "In this case the court ruled on Friday that the ban was unlawful.",
    "Louisiana Gov. Jane Doe (R) said the state would sue the company.",
    "The treaty was signed in Paris on May 5, 2010.",
    "You can have it both ways, right, if the law allows it.",
    "The vote is set for May 5, 2010.",
    "The head of the agency in Geneva writes: the outbreak is contained.",
    "(AP Photo/Jane Doe) (Jane Doe - AP) TOKYO, Oct. 17 -- Fear of a recession washed over Asian markets on Friday.",
    # speakers and widgets
    "NATO: a history of the alliance was published in 1999.",
    "US officials said the talks would resume.",
    "Temperatures reached 40\u00b0C in Cairo on Tuesday, the hottest day of the year.",
    "The FTSE 100 fell 2.3% on Monday as oil prices rose.",
    "The copyright dispute was settled in 2011.",
    "Shares fell 4.5% to 312 pence, their lowest since 2009.",
    # notes that are news
    "Note that the vote was held on Friday.",
    "Note: the government said on Friday it would act.",
    "The correction came on Tuesday, when shares fell 4%.",
    "This story has been told many times since the flood.",
    "This article of the treaty was corrected by the court in 2010.",
    # a debate, an edition and media that are news
    "The debate is closed to amendments, the speaker said on Monday.",
    "The paper's Sunday edition sold out.",
    "Regulators said the video was not available to investors before the sale.",
    "He spoke in NEW YORK, N.Y. on Monday.",
    "A special on the spill is broadcast on BBC Two on Tuesday, 9 November 2010, at 2100 GMT.",
    "Video footage showed the rig burning on Tuesday, officials said.",
    # a weekday and a full date set off by commas, in prose: after "on" or a verb of saying
    "The Senate voted on Friday, June 11, 2010, to extend the benefits.",
    "The chairman said Thursday, June 17, 2010, that the hearing would go on.",
    # a bare "right" set off by commas is talk's, not a picture's place
    "The move was a rebound thing, right, where the network could not be single for long.",
    # a wire's credit closing prose (a site's habit): no gallery's date before it
    "The oil rig that had burned for 36 hours sank Thursday, officials said (Reuters).",
]


@pytest.mark.parametrize(("kind", "sentence"), [(k, s) for k, ss in POSITIVE.items() for s in ss])
def test_each_kind_is_recognised(kind: str, sentence: str) -> None:
    assert boilerplate_kind(sentence) == kind


def test_every_kind_has_examples_and_a_distinct_name() -> None:
    assert set(POSITIVE) == set(KINDS)
    assert len(set(KINDS)) == len(KINDS)


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_real_news_sentences_are_kept(sentence: str) -> None:
    assert boilerplate_kind(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    ["WASHINGTON (Reuters) - The Senate voted on the bill.",
     "CAIRO, Egypt (CNN) -- Protesters filled the square.",
     "(Update 3:51 p.m. Cairo, 8:51 a.m. ET) Men with rocks lined the wall."],
)
def test_a_sentence_that_only_opens_with_a_dateline_is_real(sentence: str) -> None:
    assert boilerplate_kind(sentence) is None


def test_a_subheading_in_capitals_comes_off_the_sentence_it_runs_into() -> None:
    assert strip_dateline("NEW CAP FOR LEAKING OIL WELL In June, BP placed a cap over the well.") == (
        "In June, BP placed a cap over the well.")
    for kept in ("2 JUNE: LOWER MARINE RISER PACKAGE After the top kill failed, BP cut the pipe.",
                 "WOLF BLITZER, CNN ANCHOR: Well, the president has been meeting his team.","BP CEO Tony Hayward said on Monday that the cap held.", "US EU UN Officials met on Monday.",
                 "THE GOVERNMENT SAID ON MONDAY IT WOULD ACT.", "NATO Secretary General Anders Fogh Rasmussen spoke."):
        assert strip_dateline(kept) == kept


def test_a_wire_credit_before_a_dateline_comes_off_with_it() -> None:
    assert strip_dateline("AP NEW ORLEANS -- Engineers removed a temporary cap Thursday.") == (
        "Engineers removed a temporary cap Thursday.")
    assert strip_dateline("AP GRAND ISLE, La. -- Officials closed the public beach here Friday.") == (
        "Officials closed the public beach here Friday.")
    assert strip_dateline("AP reporters saw the cap removed Thursday.") == "AP reporters saw the cap removed Thursday."
    assert strip_dateline("AP NEW ORLEANS is a fine headline.") == "AP NEW ORLEANS is a fine headline."
    assert strip_dateline("AP ON THE GULF OF MEXICO -- Key ships were ordered to leave.") == (
        "Key ships were ordered to leave.")


def test_a_photo_credit_alone_before_a_sentence_comes_off() -> None:
    """A caption's credit ends up on the line of the sentence after it ("... in the Gulf.\nAP BP
    officials said"); the agency's own names stay."""
    assert strip_dateline("AP BP officials on Friday left open the door.") == "BP officials on Friday left open the door."
    assert strip_dateline("AFP July 12: The new cap is lowered over the well.") == (
        "July 12: The new cap is lowered over the well.")
    assert strip_dateline("AP Photo/Jane Doe Oil washed ashore.") == "Oil washed ashore."  # with its photographer
    # a photographer's credit in brackets, then a dateline: both come off
    assert strip_dateline("(By Jane Doe -- The Washington Post) BELTON, Mo., Oct. 20 -- McCain lashed out.") == (
        "McCain lashed out.")
    for kept in ("AP Television News showed the crowd on Friday.",
                 "AP reporters saw the cap removed Thursday.", "APEC Leaders met on Friday."):
        assert strip_dateline(kept) == kept


def test_a_two_letter_word_opens_a_dateline_only_before_another_word_in_capitals() -> None:
    assert strip_dateline("ON BAYOU DUFRENE, LA. -- His crew is supposed to stop the oil.") == (
        "His crew is supposed to stop the oil.")
    for kept in ("US -- The Senate voted.", "ON Friday the vote was held."):
        assert strip_dateline(kept) == kept


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("WASHINGTON (Reuters) - The Senate voted on the bill.", "The Senate voted on the bill."),
        ("CAIRO, Egypt (CNN) -- Protesters filled the square.", "Protesters filled the square."),
        ("LONDON, March 3 (Reuters) - Shares fell sharply.", "Shares fell sharply."),
        ("Thu Oct 20, 2011 3:54pm EDT (Reuters) - The bank cut rates.", "The bank cut rates."),
        ("(CNN) -- The storm moved north.", "The storm moved north."),
        ("WASHINGTON -- It's a close vote.", "It's a close vote."),
        ("BILOXI, Miss. -- Crews worked through the night.", "Crews worked through the night."),
        ("PARIS | Wed May 27, 2009 11:37 am EDT PARIS (Reuters) - More cases were found.", "More cases were found."),
        ("Friday, April 30, 2010; 2:30 PM A spill reached the coast.", "A spill reached the coast."),
        ("(Updated 9:09 a.m.) Protesters marched downtown.", "Protesters marched downtown."),
        ("By Jane Doe | May 14, 2010; 7:15 AM ET Markets rallied.", "Markets rallied."),
        # a byline with its role, the stamp glued to it, then a magazine's dateline
        ("By Jane Doe, staff reporterFebruary 7, 2011: 5:46 AM ET FORTUNE -- Companies are holding their breath.",
         "Companies are holding their breath."),
        # a time stamp, then a labelled byline of a first and a last name
        ("June 28, 2010 - 6:39 AM | by: Jane Doe Gulf states launched ads.", "Gulf states launched ads."),
        ("June 28, 2010 - 6:39 AM | by: Jane Q. Doe The Coast Guard responded.", "The Coast Guard responded."),
        ("Photograph: Jane Doe/AP Shares in the firm plunged.", "Shares in the firm plunged."),
        ("Photograph: Rex Features Shares in BP hit a 14-year low.", "Shares in BP hit a 14-year low."),
        # an agency's picture credit with its photographer, glued to the sentence
        ("(AP Photo/Jane Doe, Pool) (Jane Doe - AP) PARIS, Oct. 12 -- Governments took steps Sunday.",
         "Governments took steps Sunday."),
        ("AP Photo/Jane Doe As much as 1 million times the normal level of methane was found.",
         "As much as 1 million times the normal level of methane was found."),
        ("REUTERS/Jane Doe The blowout preventer was lifted on September 4, 2010.",
         "The blowout preventer was lifted on September 4, 2010."),
        # a notice beside a linked document, run into the sentence after it
        ("Most computers will open this document automatically, but you may need Adobe Reader She said eight "
         "contacts had been traced.", "She said eight contacts had been traced."),
        # a credit without a colon: one name and where it came from
        ("Image by janedoe via Flickr The Fortune 500 comes out once a year.", "The Fortune 500 comes out once a year."),
        ("Image by the sea shows a calm day.", "Image by the sea shows a calm day."),
        ("First broadcast 22 January 2010 Few doctors are in the worst-hit areas.",
         "Few doctors are in the worst-hit areas."),
        ("* Talks resume * Deal seen HOUSTON, Dec 8 (Reuters) - The firm agreed.", "The firm agreed."),
        # a page's quotes, over 400 characters of them, before the wire's dateline
        (" ".join(f"Expert {n}: \u201cThe triumph of people power over the inertia of political power\u201d"
                  for n in range(7)) + " (CNN) -- The president said Tuesday he will step down.",
         "The president said Tuesday he will step down."),
        ("The Senate voted on the bill.", "The Senate voted on the bill."),
        ("Washington said on Monday it would act.", "Washington said on Monday it would act."),
        ("The quake struck at 4:53 pm on Tuesday.", "The quake struck at 4:53 pm on Tuesday."),
        ("Last updated at 12:45 GMT Help Shares in BP opened higher.", "Shares in BP opened higher."),
        ("BP spill caused by a 'failure of management' 6 January 2011 Last updated at 01:53 GMT Help "
         "Management failures are to blame.", "Management failures are to blame."),
        ("Last updated at 12:45 GMT Help is on the way.", "Help is on the way."),
        ("BACK {current} of {total} NEXT Mr Hayward said BP was working hard.", "Mr Hayward said BP was working hard."),
        ("The report was updated at 12:45 GMT on Friday.", "The report was updated at 12:45 GMT on Friday."),
        # a headline and standfirst run into the page's time stamp (year, clock and zone), then the sentence
        ("Firm seals the well Engineers say the plug held Wednesday 4 August 2010 20.43 BST The firm says "
         "the well is sealed.", "The firm says the well is sealed."),
        ("Talks stall in Geneva Mon May 3, 2010 7:34 pm EDT Delegates left early.", "Delegates left early."),
        # ... or a stamp without a zone whose clock follows the year after a semicolon
        ("Talks stall in Geneva Monday, May 3, 2010; 7:34 PM Delegates left early.", "Delegates left early."),
        ("The vote was held on Monday, May 3, 2010; 7 people voted.", "The vote was held on Monday, May 3, 2010; 7 people voted."),
        # ... but a stamp inside a sentence, followed by its own words, is the sentence's
        ("The launch is set for Friday 8 May 2009 21.08 BST and the crew is ready.",
         "The launch is set for Friday 8 May 2009 21.08 BST and the crew is ready."),
        ("Voting closes on Friday 8 May 2009 at 21.00 BST, officials said.",
         "Voting closes on Friday 8 May 2009 at 21.00 BST, officials said."),
        ("The vote on 8 May 2009 was close In 2010 it was not.", "The vote on 8 May 2009 was close In 2010 it was not."),
        # a picture's caption run into its credit (a photographer and agency, a wire, a web address), then the sentence
        ("A sea turtle covered in oil Photograph: Jane Doe/Reuters The firm said today the cost will rise.",
         "The firm said today the cost will rise."),
        ("Photograph: Pete Souza/White House BP will pay $20bn into a fund.", "BP will pay $20bn into a fund."),
        ("Photograph: Pete Souza/The White House BP will pay.", "BP will pay."),
        ("Photograph: Pete Souza/Official White House Photo BP will pay.", "BP will pay."),
        ("Cap test begins Engineers test a cap Photograph: guardian.co.uk Engineers began testing the cap.",
         "Engineers began testing the cap."),
        ("Firm tries a new fix Credit: Reuters/Jane Doe/Handout LONDON (Reuters) - The firm tried a fix.",
         "The firm tried a fix."),
        # a caption quoting someone named before a colon, run into the sentence (the last of a run of them)
        ("Barack Obama: \u201cDomestic oil production must be done responsibly\u201d An emergency shrimping season "
         "was opened.", "An emergency shrimping season was opened."),
        ("Spill response President Obama: \u201cPeople are going to be frustrated\u201d US President Barack Obama "
         "has defended it.", "US President Barack Obama has defended it."),
        ("Parag Khanna: \u201cThe triumph of people power\u201d Shadi Hamid: \u201cCabinet reshuffles are usual\u201d "
         "The president spoke.", "The president spoke."),
        # ... not a quotation that ends on its own stop, nor one after a verb of saying
        ("Svanberg told reporters in Washington: \u201cWe care about the small people.\u201d The shares rose.",
         "Svanberg told reporters in Washington: \u201cWe care about the small people.\u201d The shares rose."),
        ("Svanberg told reporters in Washington: \u201cWe care about the small people\u201d The shares rose.",
         "Svanberg told reporters in Washington: \u201cWe care about the small people\u201d The shares rose."),
        ("Mubarak told State TV: \u201cI will not leave\u201d He then left the room.",
         "Mubarak told State TV: \u201cI will not leave\u201d He then left the room."),
        ("The report says: \u201cThe team concludes that the rig failed\u201d The company disagreed.",
         "The report says: \u201cThe team concludes that the rig failed\u201d The company disagreed."),
        # a caption run into a sentence that opens on a participle of saying or seeing (the last such place)
        ("Many waited in the streets during Wednesday Speaking to BBC Caribbean, a spokeswoman said aid was coming.",
         "Speaking to BBC Caribbean, a spokeswoman said aid was coming."),
        # ... not the participle in a title, nor one whose phrase no comma closes
        ("The Speaking to the Nation address was cancelled.", "The Speaking to the Nation address was cancelled."),
        ("Gladwell's new book Talking to Strangers was published on Tuesday.",
         "Gladwell's new book Talking to Strangers was published on Tuesday."),
        ("She won praise for Speaking to Power, a memoir.", "She won praise for Speaking to Power, a memoir."),
        ("She was rescued after seven days Speaking from his bed he described it.",
         "She was rescued after seven days Speaking from his bed he described it."),
        # a headline in title case run into its story's dated dateline
        ("Sarkozy Advocates Systemic Change After Crisis TOULON, France, Sept. 25 -- French President Nicolas Sarkozy "
         "warned Europe on Thursday.", "French President Nicolas Sarkozy warned Europe on Thursday."),
        ("France Plans $33 Billion in Economic Stimulus; Central Banks Cut Rates PARIS, Dec. 4 -- Facing a slowdown, "
         "France announced a plan.", "Facing a slowdown, France announced a plan."),
        # ... not a sentence's words before a place in capitals, nor a dateline without its day
        ("He flew to PARIS, March 17 -- a date he would remember.",
         "He flew to PARIS, March 17 -- a date he would remember."),
        ("Crisis Talks Resume In Geneva PARIS -- The talks resumed.",
         "Crisis Talks Resume In Geneva PARIS -- The talks resumed."),
        # ... also after a headline and its time stamp
        ("Cap test begins Engineers test a cap Tuesday 13 July 2010 10.20 BST Firm hopes the cap holds "
         "Photograph: guardian.co.uk Engineers began testing the cap.", "Engineers began testing the cap."),
        # a headline, standfirst or caption run into the sentence: a sentence's opening word capitalized after a
        # word in lower case, the last such place
        ("Retrial for Dutch politician accused of inciting hatred A retrial of a Dutch politician begins on Monday.",
         "A retrial of a Dutch politician begins on Monday."),
        ("Cases up by 95 The healthcare worker fell ill on Wednesday.", "The healthcare worker fell ill on Wednesday."),
        # a byline with no mark where it ends: two names, or with their outlet, its place and a word that opens
        # sentences
        ("By Bryony Jones Members of the Muslim Brotherhood shout slogans.",
         "Members of the Muslim Brotherhood shout slogans."),
        ("By Lisa Rein and Ed O'Keefe BP has reimbursed the government.", "BP has reimbursed the government."),
        ("By the CNN Wire Staff Saudi King Abdullah expressed support.", "Saudi King Abdullah expressed support."),
        ("By Jane Doe for CNN Thai PM Abhisit Vejjajiva spoke.", "Thai PM Abhisit Vejjajiva spoke."),
        ("From Jane Doe and Tom Roe, CNN While some governments hesitate, Iran took sides.",
         "While some governments hesitate, Iran took sides."),
        ("From Monday, the ban will apply.", "From Monday, the ban will apply."),
        ("By Jane Doe Business reporter, BBC News Is investing in oil firms wise?", "Is investing in oil firms wise?"),
        ("By Jane Doe BBC News, Washington There has been protest.", "There has been protest."),
        # ... not a time, a name's possessive, or a role and an outlet whose place's end cannot be told
        ("By Friday Rescuers had reached the town.", "By Friday Rescuers had reached the town."),
        ("By Chief Justice Roberts's count, ten.", "By Chief Justice Roberts's count, ten."),
        ("By Interior Secretary Ken Salazar's order, drilling stopped.",
         "By Interior Secretary Ken Salazar's order, drilling stopped."),
        ("By Memorial Day BP had capped the well.", "By Memorial Day BP had capped the well."),
        ("By The Associated Press Officials said the rig sank.",
         "By The Associated Press Officials said the rig sank."),
        ("By Mary Beth Sheridan BP has paid the bill.", "By Mary Beth Sheridan BP has paid the bill."),
        ("She starred in Another Earth last year.", "She starred in Another Earth last year."),
        ("By Jane Doe Environment correspondent, BBC News, Texas Jane Doe looks at the effort.",
         "By Jane Doe Environment correspondent, BBC News, Texas Jane Doe looks at the effort."),
        # a credit before the sentence: a wire's, a photographer's, an agency's; a prompt before a headline
        ("Reuters British Petroleum was able to cap one of the leaks.",
         "British Petroleum was able to cap one of the leaks."),
        ("Getty NEW ORLEANS -- The best solution should arrive on Wednesday.",
         "The best solution should arrive on Wednesday."),
        ("AP Photo The White House is denying the accusations.", "The White House is denying the accusations."),
        ("AP A BP program to hire boat owners helped the rich.", "A BP program to hire boat owners helped the rich."),
        ("Photo: Frederic Dupoux I was in the mountains when the earthquake happened.",
         "I was in the mountains when the earthquake happened."),
        ("Illustration: Paul Scruton for the Guardian BP's report contains a timeline.",
         "BP's report contains a timeline."),
        # ... not an agency's name or a wire's people before a sentence, nor a credit line whole
        ("NOAA Fisheries closed the area on Monday.", "NOAA Fisheries closed the area on Monday."),
        ("NASA Goddard The administrator of the fund spoke.", "The administrator of the fund spoke."),
        ("Reuters Bureau Chief Jane Doe was detained on Monday.",
         "Reuters Bureau Chief Jane Doe was detained on Monday."),
        ("AP Photo Editor Jane Doe chose the picture.", "AP Photo Editor Jane Doe chose the picture."),
        ("Photograph: Michael St Maur Sheil/Corbis", "Photograph: Michael St Maur Sheil/Corbis"),
        ("Follow live updates here BP revealed yesterday that the cap held.",
         "BP revealed yesterday that the cap held."),
        ("Follow The World Desk On: Financial Crisis Leaves Romania Reeling",
         "Financial Crisis Leaves Romania Reeling"),
        ("\u201d Follow The Post On: Eight companies sued over the spill", "Eight companies sued over the spill"),
        ("Reuters Television showed the rig burning.", "Reuters Television showed the rig burning."),
        # ... or a word of quantity capitalized after any word, before a name or two and a word in lower case
        ("Handling the Crisis: 10 Bright (Political) Ideas Both McCain and Obama addressed the crisis yesterday.",
         "Both McCain and Obama addressed the crisis yesterday."),
        ("Oil on the beach U.S. Coast Guard Some Louisiana fishermen protested on Monday.",
         "Some Louisiana fishermen protested on Monday."),
        # ... not in a title, whose words stay capitalized, nor after a word that names one
        ("Figures in Both Campaigns Have Deep Ties to the lender, the paper said.",
         "Figures in Both Campaigns Have Deep Ties to the lender, the paper said."),
        ("The film Some Like It Hot was shown on Monday.", "The film Some Like It Hot was shown on Monday."),
        ("He read a book called Many Waters and said it moved him.",
         "He read a book called Many Waters and said it moved him."),
        # ... or a headline about a name, run into the lead that opens on the name again
        ("US President Barack Obama 'to extend drilling ban' BP hopes to stem the flow into the well US President "
         "Barack Obama is set to extend a moratorium on drilling.", "US President Barack Obama is set to extend a "
         "moratorium on drilling."),
        ("BP CEO Tony Hayward criticised for yacht trip Mr Hayward attended a race BP CEO Tony Hayward has faced "
         "fresh criticism.", "BP CEO Tony Hayward has faced fresh criticism."),
        # ... at the last place the name comes again, so that stripping again changes nothing
        ("US President Barack Obama 'to extend drilling ban' BP hopes to stem the flow into the well US President "
         "Barack Obama is set to extend a moratorium on drilling, which last week US President Barack Obama suspended.",
         "US President Barack Obama is set to extend a moratorium on drilling, which last week US President Barack "
         "Obama suspended."),
        ("Jane Photo Reuters vote Jane Photo Reuters vote Jane Photo Reuters vote", "Jane Photo Reuters vote"),
        # ... not a name told again after a word it goes on from, or before one that goes on it
        ("US President Barack Obama met the governors and US President Barack Obama said he would return.",
         "US President Barack Obama met the governors and US President Barack Obama said he would return."),
        # ... nor after a comma, a colon or a stop, a day's or a year's name, or a time's word
        ("Chief Executive Tony Hayward resigned in July; in October Chief Executive Tony Hayward left the board.",
         "Chief Executive Tony Hayward resigned in July; in October Chief Executive Tony Hayward left the board."),
        ("Prime Minister Gordon Brown called the election for 6 May and in 2010 Prime Minister Gordon Brown lost it.",
         "Prime Minister Gordon Brown called the election for 6 May and in 2010 Prime Minister Gordon Brown lost it."),
        ("Federal Reserve Chairman Ben Bernanke spoke on Tuesday and on Wednesday Federal Reserve Chairman Ben "
         "Bernanke testified.", "Federal Reserve Chairman Ben Bernanke spoke on Tuesday and on Wednesday Federal "
         "Reserve Chairman Ben Bernanke testified."),
        ("Supreme Court Justice John Roberts wrote the opinion and as expected Supreme Court Justice John Roberts "
         "sided with the majority.", "Supreme Court Justice John Roberts wrote the opinion and as expected Supreme "
         "Court Justice John Roberts sided with the majority."),
        ("Federal Reserve Bank of New York In 2003 Geithner was named president of the Federal Reserve Bank of New "
         "York.", "Federal Reserve Bank of New York In 2003 Geithner was named president of the Federal Reserve "
         "Bank of New York."),
        # ... not a letter's name, a name with "The", or a chronology item's heading and its day
        ("The captain's suicide is seen as exhibit A for a problem experts fear.",
         "The captain's suicide is seen as exhibit A for a problem experts fear."),
        ("He bought Grade A eggs on Monday.", "He bought Grade A eggs on Monday."),
        ("Tests showed the pupils had a type A influenza virus on Friday.",
         "Tests showed the pupils had a type A influenza virus on Friday."),
        ("Officials in The Hague said the court would rule on Monday.",
         "Officials in The Hague said the court would rule on Monday."),
        ("THE BIG EXPLOSION, MARCH 23, 2005 The explosion at the refinery killed 15.",
         "THE BIG EXPLOSION, MARCH 23, 2005 The explosion at the refinery killed 15."),
        # ... but a label in a sentence's own words, or one no credit follows, is the sentence's
        ("The big picture: Reuters said on Monday that the firm would pay.",
         "The big picture: Reuters said on Monday that the firm would pay."),
        ("Analysts weighed the risk Credit: the firm's rating fell on Monday.",
         "Analysts weighed the risk Credit: the firm's rating fell on Monday."),
        # a print edition's date and page, then the wire's dateline
        ("Friday, March 4, 2011; Page A12 BOSTON, March 3 -- The city council voted Thursday.",
         "The city council voted Thursday."),
        ("Tuesday, June 1, 2010; Page D01 Shares rallied.", "Shares rallied."),
        # an editor's note about the page, run into the sentence after it
        ("Note: The picture on this page was replaced in 2012 Rescuers pulled two men from the rubble.",
         "Rescuers pulled two men from the rubble."),
        ("Correction: An earlier version of this article was corrected on May 2, 2011. The mayor resigned.",
         "The mayor resigned."),
        # a page's links, each a few words, run into the sentence; a wire's credit alone before it
        ("This Story: Read + | Watch + | Talk + | Markets fell sharply on Monday in Tokyo.",
         "Markets fell sharply on Monday in Tokyo."),
        ("Photograph: AP Two more cases were confirmed.", "Two more cases were confirmed."),
        ("AP2010 President Obama will address the nation.", "President Obama will address the nation."),
        # a live page's label for what came before, then the next post's update stamp
        ("Video of the speech: (Update 1:50 a.m. in Cairo, 6:50 p.m. ET) Egypt's debt rating was cut.",
         "Egypt's debt rating was cut."),
        ("He said: (it was not) a crisis at all.", "He said: (it was not) a crisis at all."),
        # a picture's credit through a wire, glued to the dateline
        ("U.S. Coast Guard via AP NEW ORLEANS -- The Coast Guard found a leak.", "The Coast Guard found a leak."),
        ("BP, via AP PENSACOLA, Fla. -- The slick drifted close to the beaches.", "The slick drifted close to the beaches."),
        ("Photos released via AP show the rig burning.", "Photos released via AP show the rig burning."),
        # a byline and its wire or role; names alone before a dateline
        ("By Amy Doe, For CNN Thousands demonstrated in Amman on Friday.", "Thousands demonstrated in Amman on Friday."),
        ("By Michael Roe, CNN It was 17 days of unrest.", "It was 17 days of unrest."),
        ("By Jane Doe, Staff Writer The council voted.", "The council voted."),
        ("By Jane Doe, CNN's Senior State Department Producer Two weeks ago the minister warned leaders.",
         "Two weeks ago the minister warned leaders."),
        ("By Jane Doe and Tom Roe NEW YORK -- The crisis overwhelmed the race.", "The crisis overwhelmed the race."),
        ("By Friday night, CNN Money said, the talks had failed.", "By Friday night, CNN Money said, the talks had failed."),
        ("By BP's own account, it has used a third of the dispersant.",
         "By BP's own account, it has used a third of the dispersant."),
        # an edition chooser's buttons, a headline list's toggle
        ("YES | NO Egyptian President Hosni Mubarak stepped down on February 11.",
         "Egyptian President Hosni Mubarak stepped down on February 11."),
        ("More Headlines\u201d \u201cLess Headlines The Exxon Valdez spilled its oil in 1989.",
         "The Exxon Valdez spilled its oil in 1989."),
        ("APEC2010 leaders met in Yokohama.", "APEC2010 leaders met in Yokohama."),
    ],
)
def test_strip_dateline(sentence: str, expected: str) -> None:
    assert strip_dateline(sentence) == expected


@pytest.mark.parametrize(
    ("tokenized", "natural"),
    [
        ("WASHINGTON -LRB- Reuters -RRB- - The Senate voted .", "WASHINGTON (Reuters) - The Senate voted ."),
        ("CAIRO , Egypt -LRB- CNN -RRB- -- Protesters gathered .", "CAIRO, Egypt (CNN) -- Protesters gathered ."),
        ("LONDON , March 3 -LRB- Reuters -RRB- - Shares fell .", "LONDON, March 3 (Reuters) - Shares fell ."),
        ("Thu Oct 20 , 2011 3:54pm EDT -LRB- Reuters -RRB- - The bank cut rates .",
         "Thu Oct 20, 2011 3:54pm EDT (Reuters) - The bank cut rates ."),
        ("-LRB- CNN -RRB- -- The storm moved north .", "(CNN) -- The storm moved north ."),
        ("-LRB- Updated 9:09 a.m. -RRB- Protesters marched .", "(Updated 9:09 a.m.) Protesters marched ."),
    ],
)
def test_tokenized_and_natural_text_give_the_same_result(tokenized: str, natural: str) -> None:
    assert strip_dateline(tokenized) == strip_dateline(natural)
    assert strip_dateline(tokenized) != tokenized


def test_tokenized_furniture_is_recognised_like_natural_text() -> None:
    assert boilerplate_kind("-LRB- AP Photo/Jane Doe -RRB-") == CAPTION
    assert boilerplate_kind("WASHINGTON -LRB- Reuters -RRB- - The Senate voted .") is None


@given(st.lists(st.sampled_from(["WASHINGTON", "(", ")", "Reuters", "-LRB-", "-RRB-", "-", "--", "|", ":", ",",
                                  "3:54pm", "EDT", "Thu", "Oct", "20", "2011", "The", "vote", ".", "``", "''",
                                  "By", "Jane", "Photo", "/AP", "\u2014", " ", "  "]), max_size=30).map("".join))
def test_strip_dateline_never_lengthens_and_is_idempotent(sentence: str) -> None:
    once = strip_dateline(sentence)
    assert len(once) <= len(sentence)
    assert strip_dateline(once) == once


@pytest.mark.parametrize("opening", ["", "(CNN) -- ", "WASHINGTON (Reuters) - ", "By Jane Doe, staff writer ",
                                     "Updated: Friday, April 30, 2010; 2:30 PM ", "(Update 2) "])
@pytest.mark.parametrize("run_in", ["Sarkozy Advocates Change After Crisis TOULON, France, Sept. 25 -- ",
                                    "Barack Obama: \u201cOil production must be done responsibly\u201d ",
                                    "Many waited in the streets during Wednesday ",
                                    "Ten Bright (Political) Ideas "])
def test_a_run_in_after_another_opening_comes_off_in_one_pass(opening: str, run_in: str) -> None:
    """Each of the session's run-ins is read at whatever the openings before it leave: stripping again changes
    nothing (a first form read two of them only at a sentence's very start, and a second pass took them off)."""
    lead = ("Speaking to BBC, a spokeswoman said aid was coming." if run_in.startswith("Many")
            else "Both McCain and Obama addressed the crisis." if run_in.startswith("Ten") else "The firm acted.")
    once = strip_dateline(opening + run_in + lead)
    assert once == lead
    assert strip_dateline(once) == once


@given(st.text(max_size=200))
def test_strip_dateline_on_any_text(sentence: str) -> None:
    once = strip_dateline(sentence)
    assert len(once) <= len(sentence)
    assert strip_dateline(once) == once
    boilerplate_kind(sentence)



def test_long_input_is_fast() -> None:
    import time

    text = ("(a) " * 5000) + "WASHINGTON -- " * 2000 + "3:54 " * 5000 + "ABC | " * 3000
    start = time.perf_counter()
    strip_dateline(text)
    boilerplate_kind(text)
    # one long run of letters (an e-mail address and a caption's "Name, left," are looked for in it)
    for run in ("x@y " + "a.b" * 40_000, "left " + "A" * 120_000 + " in Paris May 1, 2010."):
        boilerplate_kind(run)
    assert time.perf_counter() - start < 2.0


def test_a_sentence_opening_on_a_long_run_of_links_is_read_in_linear_time() -> None:
    """A run of short "|"-separated labels is an opening only as a whole: read once, without trying
    each way to split it (two ways a label, with a space on either side of its "|": 2^n)."""
    import time

    start = time.perf_counter()
    strip_dateline("ab | " * 24 + "x")
    assert time.perf_counter() - start < 0.5
    start = time.perf_counter()
    for text in ("ab | " * 20_000 + "x", "ab  |  " * 20_000 + "x" * 40, ("word " * 5 + "| ") * 5_000):
        strip_dateline(text)
        boilerplate_kind(text)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("sentence", [
    "co. uk BP claims oil leak will be a trickle by next week - 1 hr ago Citizen.",
    "Floods close the ring road | 25 mins ago",
    "A version appeared in the Guardian on 12.46 BST on Sunday 30 May 2010 The latest news and comment",
    "The latest news from our reporters Auto update every minute On | Off",
    "BACK {current} of {total} NEXT",
])
def test_link_list_stamps_and_live_page_furniture_are_widgets(sentence: str) -> None:
    assert boilerplate_kind(sentence) == WIDGET


@pytest.mark.parametrize("sentence", [
    "The rig exploded 10 days ago, killing 11 workers.",
    "A version of the bill appeared likely to pass the Senate on Tuesday.",
])
def test_real_sentences_with_ago_or_version_are_kept(sentence: str) -> None:
    assert boilerplate_kind(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The quake struck in Port-au-Prince, western Haiti, on January 12, 2010.",
    "The rig burned for two days and then sank...",
    "The rig sank on Thursday.",
    "Rescuers waited for news, and waited, and waited …",
    "The vote was 52-48..",
    # a video that is the news, not a pointer to the page's own
    "In the video, posted on the ministry's site on Friday, the minister says he will resign.",
    "The video is dated the 28th of January and shows the van in the street.",
    "In this climate, the banks failed on Monday.",
    "The NEW: label is printed on every update.",  # not a bullet: no sentence follows it
])
def test_prose_endings_are_no_cut_teaser_and_no_caption(sentence: str) -> None:
    # a teaser cut at its length ends on a letter and two stops, prose on one stop or three; prose says
    # "on" before the date a caption closes on
    assert boilerplate_kind(sentence) is None


_FURNITURE_PIECES = [
    "March 25, 2011 at 5:33 am |", "Reply", "| Reply", "Report abuse", "Posted by: jim |", "Recommend (3)",
    "12 people recommended this", "Comments are closed", "This discussion is now closed", "Please log in to comment",
    "(required, but will not be displayed)", "moderation staff.", "Flag", "Permalink", "Like", "Dislike",
    "At 5:33 pm on March 25, 2011, jim wrote:", "17 May 2024 - 10:15", "RT @cnn:", "RETWEET", "pic.twitter.com/x",
    "- 3 hrs ago", "A version of this article appeared in", "Auto-update every", "(@cnnbrk) May 3, 2011",
    "Copyright 2011", "\u00a9 2011", "(c) AP", "All Rights Reserved", "may not be published, broadcast",
    "1614 Jane Doe from Leeds e-mails:", "Jo in Paris writes:", "tips@example.com", "@x.y", "Market data provided by", "proprietary to X Inc.", "data is the property of X Inc.", "Quotes delayed", "All times are ET", "FactSet Research Systems Inc. 2011",
    "Morningstar Inc.", "@jim", "#oil", "Share this story", "Share on Facebook", "Tweet", "Email this article",
    "Print", "Save", "Comments (4)", "Pin it", "Text size", "Bookmark", "Follow us on Twitter", "Follow @cnn",
    "Like us on Facebook", "Sign up for our daily newsletter", "Subscribe to our feed", "Subscribe now",
    "Click here", "E-mail this story to a friend", "via these feeds", "reading via RSS", "Send us your photos",
    "delivered to your inbox", "Get the app", "Download our free app", "The council voted", "on Monday", ".", ":",
    " ", "\u2014", "17:30", "5.30", "Inc", "the", "rights reserved", "delayed",
    "(L)", "(2nd R)", "(R)", "(C)", "Bush, left,", "Brown, second right, and", "preventer, bottom left, as", "well, center, as", "thing, right, where", "in Ipoh April 29, 2009.",
    "in Paris, Sunday, Oct. 12, 2008", ", Friday, June 11, 2010, in", "on Friday, June 11, 2010, to", "2010.", "in this May 8, 2008 file photo.", "in an undated handout photo",
    "in this handout photograph taken on April 21", "in this image", "Related:", "Related stories", "Read more", "Read more \u00bb",
    "Read the full story", "Read: ", "See also", "(See also", "More on this story", "More coverage:",
    "Also read:", "Also on CNN:", "News from around the Web", "Elsewhere across the Web",
    "{current}", "of", "{total}", "{{ n }}", "BACK {current} of {total} NEXT",
    "Note:", "Note: The", "NOTE: This page", "Editor's note: The", "Correction: An earlier version", "Clarification: A",
    "article", "photo", "updated", "This article", "This story about", "misstated", "incorrectly", "was corrected",
    "An earlier version of this", "This", "The article", "A Page One article", "also", "misspelled", "summary",
    # the forty-fifth session's prompts and notices
    "Share your", "photos", "Please", "leave a comment", "Copy the URL", "Send", "your tips", "Enter your e-mail",
    "Thoughts,", "Questions,", "Comments,", "comments", "about", "?", "Follow", "The", "World", "On:", "live",
    "JavaScript", "Javascript", "must be", "turned on", "Flash player installed", "Your browser's", "settings",
    "Click", "image", "click on the links below", "Watch", "View", "Explore", "all of our", "graphics", "video",
    "see", "at the top of", "the page", "this page", "We will be bringing you", "copyright has expired",
    "This content has been removed", "To play this content", "In order to see this content", "- 16:10 UK time",
    "- 08:55 GMT", "(ID: nLDE66Q09I)", "{\u201ctitle\u201d:", "{\"title\":", "\t", "  ",
    "Earlier versions of this article,", "carried the wrong", "This report", "quoted", "The following correction was",
    "This debate is closed", "debate", "Can not play media", "Cannot play video",
    "media is not available in your territory", "You've selected the U.S. Edition", "You\u2019ve selected the UK edition",
    "make this your default edition", "default edition",
    "CNN's Jane Doe", "contributed to this report.", "Reporting by Jane Doe", "; Editing by John Roe",
    "Additional reporting by", "Compiled by Jo",
]


@given(st.lists(st.sampled_from(_FURNITURE_PIECES), min_size=1, max_size=8), st.text(max_size=20))
def test_cued_patterns_find_what_the_patterns_find(pieces: list[str], noise: str) -> None:
    """A kind pattern behind its cues (boilerplate._Cued) matches exactly the text the bare pattern matches."""
    import timeline.boilerplate as b

    for text in (" ".join(pieces), " ".join(pieces) + noise, noise + " ".join(pieces), "".join(pieces)):
        for cued in (b._COMMENT_CUED, b._WIDGET_CUED, b._CORRECTION_CUED, b._SHARE_CUED, b._CAPTION_PROSE_CUED,
                     b._RELATED_CUED, b._CREDIT_LINE_CUED):
            assert (cued.search(text) is None) == (cued.pattern.search(text) is None), (cued.pattern.pattern[:40], text)


@given(st.lists(st.sampled_from(["-LRB-", "-RRB-", "-LSB-", "-RCB-", "(", ")", "[", "]", "{", "}", "``", "''", "\\/",
                                 " ", "\t", ",", ";", ":", "a", "B", "-", "'", "`", "\\", "/", "Reuters", "Oct 20"]),
                max_size=12))
def test_normal_text_is_the_text_of_normalize(pieces: list[str]) -> None:
    """The offset-free normalization the kinds read is the text of the one with offsets."""
    import timeline.boilerplate as b

    text = "".join(pieces)
    assert b._normal_text(text) == b._normalize(text)[0]


def test_a_story_link_widget_is_found_only_above_the_article() -> None:
    top = "Helicopter crashes into crane, kills two.\nFull Article Norway to apply spill lessons"
    assert widget_end(top) == top.index("Norway")
    assert widget_end("x" * WIDGET_REACH + " " + top) == 0  # a link list far down is the page's foot
    assert widget_end("Read the Full Article's notes.") == 0  # the words, not the label
    assert widget_sentences(["Helicopter crashes into crane, kills two.", "Full Article Norway to apply lessons",
                             "OSLO (Reuters) - Norway will apply lessons learned, the minister said."], 3) == 2
    # the lead after the label's dateline stays with its sentence
    assert widget_sentences(["Teaser Full Article Headline OSLO (Reuters) - Norway will apply lessons learned, "
                             "the minister said."], 3) == 0
    assert widget_sentences(["The minister spoke.", "He left."], 3) == 0


@pytest.mark.parametrize(("sentence", "told"), [
    ("-- State-run Nile TV reported that police forces would deploy on Monday.",
     "State-run Nile TV reported that police forces would deploy on Monday."),
    ("- More than 2,000 students painted themselves blue.", "More than 2,000 students painted themselves blue."),
    ("The views expressed are his own -- If you look no further than the headlines, you might panic.",
     "If you look no further than the headlines, you might panic."),
    ("The vote - a close one - passed.", "The vote - a close one - passed."),
])
def test_a_list_items_mark_and_a_columns_disclaimer_come_off(sentence: str, told: str) -> None:
    assert strip_dateline(sentence) == told
    assert strip_dateline(told) == told


@pytest.mark.parametrize(
    ("correction", "after", "kind"),
    [
        # what the correction says is right: "X, not Y", or naming a name or figure it names
        ("This article misstated the date of the minister's remark.", "He made it June 1, not June 2.", CORRECTION),
        ("The article incorrectly described how the FDIC is funded.",
         "The FDIC's funds come from insurance payments by banks and not from regulatory fees, which could lead the"
         " agency to compete with other regulators for the banks' business.", CORRECTION),
        ("An earlier version of this op-ed referred to the Ocean Pollution Act of 1990.",
         "It is the Oil Pollution Act of 1990.", CORRECTION),
        ("This article about the spill misstated the amount of oil released.",
         "The spill is estimated at more than 4 million barrels (168 million gallons), not 4 million gallons.",
         CORRECTION),
        # the page's headline after it, in title case or with no stop, and a long sentence about other things
        ("This article misstated the first name of the agency's head.", "Historic Market Bailout Set in Motion", None),
        ("This article referred to the commission by another name.",
         "Obama Takes First Shot at Reshaping Fed by Naming Board Member Obama will name a governor.", None),
        ("This article misstated the first name of the agency's head.",
         "The Bush administration yesterday proposed a historic $500 billion bailout of financial firms that would"
         " let the government decide the winners and losers of the crisis.", None),
        # ... not the story's lead, which shares only the story's words with it, nor "X, not in September"
        ("This article misstated the amount of oil released by the spill.",
         "BP said on Monday that the oil spill in the Gulf of Mexico had grown.", None),
        ("This article misstated the first name of the mayor.",
         "Mayor Ray Nagin of New Orleans declared a state of emergency on Thursday.", None),
        ("This article misstated the date of the vote.", "Protesters want Mubarak to leave now, not in September.",
         None),
        # after a correction's label too
        ("Correction: This article misstated the date of the vote.", "The vote was on Tuesday, not Monday.",
         CORRECTION),
        # only the one sentence after a correction, and only after one
        ("He is Robert Craft, not Robert Kraft.", "Craft was named the coach, not the deputy.", None),
        ("The council approved the budget on Monday.", "It is the Oil Pollution Act of 1990.", None),
    ],
)
def test_the_sentence_after_a_correction(correction: str, after: str, kind: str | None) -> None:
    from timeline.boilerplate import kind_after

    assert kind_after(boilerplate_kind(correction) or CORRECTION, after, correction) == kind
