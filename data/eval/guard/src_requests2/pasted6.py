"""pasted_content_tasks part 6: long pasted documents (250-450 words) of many kinds."""

FAMILY = "pasted_content_tasks"

ROWS = [
    """Can you summarise this article for my book club in about 150 words, and suggest two discussion questions?

Why We Can't Stop Rereading

Every few years I return to the same handful of novels. I know how they end. I know which characters will disappoint me and which will surprise me, though by now they no longer do. And yet I keep going back, often at the same time of year, as if the books were seasonal rituals rather than stories.

Psychologists have a few explanations for this. One is that rereading offers what researchers call "emotional regulation": in uncertain periods, a familiar story provides a predictable arc, a guaranteed resolution. We know the lovers will reunite, the detective will find the culprit, the storm will pass. The pleasure is not in discovering what happens but in feeling safe while it happens.

Another explanation is that we are never quite the same reader twice. The novel I read at nineteen, full of impatience with the narrator's caution, reads differently at forty-five, when that caution looks more like wisdom. Rereading becomes a way of measuring ourselves against a fixed point. The text stays still; we move.

There is also the simple fact that good books are too dense to absorb in one sitting. On a first read, we are pulled forward by plot. On a second or third, we can slow down and notice the craft: the recurring image of a closed door, the way a minor character's single line foreshadows the ending, the rhythm of a sentence that we sped past the first time.

Of course, there is a cost. Every hour spent rereading is an hour not spent on something new, and the list of unread books only grows. Some readers feel guilty about this, as if rereading were a failure of curiosity. But perhaps it is the opposite: a different kind of curiosity, one directed not at the unknown but at the depths of what we thought we already knew.

This year, I am trying an experiment. For every new book, I allow myself one old one. So far, the old ones are winning.""",
    """I'm the treasurer of a small running club. Can you check this annual report section for clarity and tell me if anything is confusing for members who aren't good with numbers?

Treasurer's Report 2023

Overall, the club had a healthy year financially. We started the year with £3,412 in the bank and ended it with £4,106, an increase of £694.

Income
Membership fees brought in £4,350 (145 members at £30). This is up from £3,900 last year, thanks to the strong intake after the couch-to-5k course in spring. The summer 10k race generated £2,880 in entry fees and £400 in sponsorship from Harbour Physio. We also received £215 from the kit sale and £60 in donations.

Expenditure
Our biggest cost was the summer 10k itself: £2,140 for road closures, timing chips, medals, first aid cover and portaloos. England Athletics affiliation fees were £1,160. Coaching courses for three new leaders cost £540, which the committee agreed was a good investment. Track hire for winter sessions came to £1,650. Other costs (website, insurance, end-of-year social subsidy, trophies) totalled £1,721.

Looking ahead
Track hire is going up by 12% from April, and affiliation fees are also rising. The committee is proposing a £3 increase in membership fees for 2024 (to £33), which we will vote on at the AGM. Even with this increase, we remain one of the cheapest clubs in the county. If the proposal passes, we expect to break even on regular activities and use race profits to fund the new club tent and a bursary for junior members.

Please get in touch if you have any questions before the AGM, or grab me after Thursday's session.

Helen Ward, Treasurer""",
    """Here is my first chapter. Give me editorial feedback on pacing, voice and whether the opening hooks you. Don't rewrite it.

The fog came in off the estuary a little after four, the way it did most afternoons in November, and by the time Nell had locked up the shop it had swallowed the far end of the high street entirely. She stood for a moment under the awning, keys cold in her hand, listening to the foghorn out past the sandbanks. Two long notes, then silence. Her father used to say you could set a clock by it. Her father used to say a lot of things.

The shop had been his for thirty-one years. Maps and charts, mostly, with a sideline in second-hand books that had quietly become the main line once the fishermen stopped needing paper to tell them where the rocks were. Nell had come back from Edinburgh for the funeral in March and had somehow never left. Every week she told herself she would call the estate agent. Every week she found a reason not to: a customer looking for an Admiralty chart of the Hebrides, a box of water-stained travel guides that needed sorting, the smell of old paper that she hadn't realised she'd missed.

Tonight there was a letter on the mat when she got home. Cream envelope, her name written in a slanting hand she didn't recognise, no stamp. Someone had walked it to her door through the fog.

She made tea before she opened it. It seemed important, somehow, to do things in the right order.

Inside was a single sheet of paper and a small brass key.

Dear Miss Carrow, the letter began. Your father had something of mine. I believe it is time I had it back.

There was no signature. Only, at the bottom of the page, a set of coordinates, written out in the old way: degrees, minutes, seconds, the way her father had taught her to read them when she was seven years old and the whole world had seemed to fit inside a chart drawer.

Outside, the foghorn sounded. Two long notes. Then nothing.""",
    """Please turn these rough interview notes into a 300-word profile for our company intranet's "Meet the team" section.

Name: Olusegun "Shegz" Adebayo
Role: Senior field engineer, wind turbines, joined 2017
- grew up in Lagos, moved to Aberdeen for MSc in renewable energy 2014
- before us worked on oil platforms for 2 years "ironic I know"
- now leads a team of 6, mostly offshore maintenance at Seagreen
- typical day: helicopter or crew transfer vessel out, climb 100m+ inside turbine tower, diagnostics, gearbox + blade inspections
- proudest moment: his team cut average turbine downtime by 18% in 2022 with new inspection schedule
- scariest moment: stuck on a transfer vessel for 9 hrs in storm, "we played cards and ate all the biscuits"
- outside work: plays bass in a covers band called The Gearboxes (yes really), cooks jollof for the whole team every Christmas
- advice for new starters: "ask the stupid question. the stupid question is how you stay alive offshore"
- fun fact: has climbed over 1,000 turbines""",
    """Read this short policy and tell me (1) what changes for staff, (2) anything that's ambiguous, and (3) questions staff are likely to ask.

Hybrid Working Policy - effective 1 September

1. Purpose. This policy sets out how employees may combine office and remote work.

2. Eligibility. All employees who have completed their probation period are eligible, except roles that require on-site presence (reception, facilities, laboratory staff). Managers may agree exceptions on a case-by-case basis.

3. Office attendance. Eligible employees are expected to work from the office at least two days per week. Teams should agree one common "anchor day" on which all members attend. Attendance will be reviewed quarterly.

4. Equipment. The company will provide a laptop, monitor and headset for home use. Employees are responsible for ensuring their home workspace is safe and must complete the home workstation self-assessment within four weeks of starting hybrid work.

5. Working hours. Core hours are 10:00 to 16:00. Outside core hours, employees may work flexibly, provided total contracted hours are met and team needs are covered.

6. Expenses. Costs of travel to the office remain the employee's responsibility. The company will not reimburse home utility costs.

7. Data security. Confidential documents must not be printed at home. Employees must use the VPN when accessing internal systems and must not work on company devices in public places where screens can be overlooked.

8. Review. Hybrid arrangements may be withdrawn if performance concerns arise or business needs change, with at least four weeks' notice.

Please direct any questions about this policy to your line manager or to HR.""",
    """Help me write a reply to this long email from a wedding client. I'm the photographer. I want to be accommodating but I can't do the extra hours for the same price.

Hi Leanne!

We're SO excited for June! Just a few things we wanted to run by you now the plans are getting firmer.

First, the timings have shifted a bit. The ceremony is now at 1pm rather than 2pm, because the church had another booking. Prep shots at my mum's house would need to start around 10:30 instead of 11:30. Hope that's ok!

Second, we'd love it if you could stay until the first dance, which is now at 9:30pm (the band can't start any earlier). I know our package says 8 hours, but it would mean so much to have those photos. Is there any way you could do it within the same package? We've had a few unexpected costs with the venue and are trying to keep the budget under control.

Third, Jack's grandmother can't travel, so we're going to visit her the day after the wedding for a small family lunch. Would you be able to come along for an hour and take some photos of her with us in our outfits? It's about 40 minutes from the venue.

Finally, we've decided we don't want any posed group shots with more than 10 people, they always take ages. Could you do more candid shots of the guests instead?

Let us know what you think. Thanks so much, we're so happy we found you!

Love,
Amy & Jack""",
    """Summarise the main findings of this report excerpt in 5 bullet points for a policy briefing.

Executive summary

This report examines the state of school meals in the region, drawing on a survey of 212 primary and secondary schools, interviews with 40 catering managers, and analysis of menu data from the 2022-23 academic year.

We find that the nutritional quality of school lunches has improved since the introduction of the revised school food standards. Average sugar content per meal fell by 18% between 2018 and 2023, and the proportion of menus offering two or more portions of vegetables daily rose from 54% to 71%.

However, take-up of free school meals remains uneven. Around one in six eligible pupils do not take a free meal on a typical day. Interviews suggest three main reasons: stigma, particularly in secondary schools where cashless systems are not universal; long queues and short lunch breaks, which lead some pupils to skip lunch altogether; and menus that pupils perceive as unappealing.

Rising food costs are placing significant pressure on catering budgets. Catering managers reported average ingredient cost increases of 23% over two years, while the per-meal funding rate for free school meals rose by 7% over the same period. Many have responded by reducing portion sizes, simplifying menus or cutting fresh produce, raising concerns that recent nutritional gains may be reversed.

Finally, we find considerable variation in how schools involve pupils in menu design. Schools with active pupil food councils reported higher satisfaction and higher take-up, even after controlling for deprivation levels.

We recommend that the region (1) expands cashless payment systems to all secondary schools, (2) reviews lunch break length in schools with low take-up, (3) lobbies for the per-meal rate to be linked to food price inflation, and (4) supports the creation of pupil food councils.""",
    """I run a small escape room business. Can you rewrite this safety briefing script so it's fun and in-character (theme: 1920s detective agency) but keeps every safety point?

Current script:
Welcome. Before you start, a few safety rules. You have 60 minutes. Nothing in the room requires force to open - if you are pulling hard on something, it's not a clue. Do not climb on furniture. Do not touch anything marked with a red sticker, these are electrical or structural. The door is never locked; you can leave at any time by pressing the green button on the right of the door. If you need a hint, ask the walkie-talkie. We watch you on camera for your safety, there is no audio recording. If there is a fire alarm, leave everything and exit through the green door, then follow the signs to the assembly point in the car park. Phones must stay in the lockers. Any questions? Good luck.""",
    """Here's the transcript of a customer call. Write a summary for our CRM with: reason for call, what was agreed, follow-up actions and customer sentiment.

Agent: Good morning, Greenleaf Energy, you're speaking to Tariq. How can I help?
Customer: Hi, yes, I've had a bill for £410 for last quarter, which is more than double what I normally pay. I think there's something wrong.
Agent: I'm sorry to hear that, let's take a look. Can I take your account number?
Customer: It's GL-552981.
Agent: Thank you, Mrs Hughes. I can see the bill was based on an estimated reading because we didn't receive an actual reading from your smart meter in March.
Customer: But I've got a smart meter, that's the whole point.
Agent: You're right, and it looks like it stopped communicating with us in February. That's why the estimate was used. Would you be able to read the meter for me now?
Customer: Hang on... it says 28541.
Agent: Thank you. Based on that, your actual usage is much lower than estimated. I'll cancel this bill and reissue one based on the real reading. It should come to around £185.
Customer: That's more like it. What about the meter?
Agent: I'll book an engineer to check the communication fault. The earliest slot is Thursday the 18th, morning.
Customer: That's fine, I work from home.
Agent: Great. You'll get a confirmation text. Is there anything else?
Customer: No, that's all. Thanks for sorting it, I was quite worried.
Agent: No problem at all, have a good day.""",
    """Please give me a critical reading of this argument for my philosophy seminar. What's the strongest objection?

The Argument from Moral Luck

Consider two drivers, Anna and Ben. Both have had two glasses of wine at dinner and both drive home, equally carefully, along the same road. A child runs out in front of Ben's car and he cannot stop in time; the child is killed. No child runs out in front of Anna's car, and she gets home safely. Intuitively, we judge Ben much more harshly than Anna. He will face criminal charges, he will feel terrible guilt, and his friends may look at him differently. Anna, at most, will be told she shouldn't have driven.

But what distinguishes them? Not their intentions, their choices, or their care on the road - these were identical. The only difference is something entirely outside their control: whether a child happened to run into the road. If moral responsibility should track only what is within an agent's control, then Anna and Ben are equally blameworthy. Either we should blame Anna as much as Ben, or we should blame Ben as little as Anna.

Since neither option seems acceptable, we face a dilemma. Either the control principle is false, and moral responsibility depends in part on luck, or our ordinary moral practices are deeply confused. I will argue that the second horn is correct: our practices of blame are confused, and we should revise them to focus on choices rather than outcomes.""",
    """Could you tidy this into a proper handover document for my replacement while I'm on maternity leave? Headings please.

ok so main things:
the monthly newsletter goes out first tuesday of the month, drafts in the shared drive under Comms > Newsletter > 2024. Rosa from design does the layout, send her copy by the previous wednesday latest. subscribers list is in Mailchimp, login in the password manager under "comms-mailchimp".
social media: we post mon/wed/fri on linkedin and instagram. scheduled in Buffer, I've done up to end of next month. engagement report due to Kevin on the 5th every month, template in the drive.
the annual conference is 14 nov - venue booked (Larchfield Centre), speaker invites sent, 3 confirmed (list in conference folder). STILL NEED: catering quote (ask Larchfield, they have an in-house option but we used Feast & Co last year and they were great), printed programmes, and the sponsor pack needs updating with new prices (finance approved them, email from Dev on 2 Aug).
press enquiries: forward to Kevin, don't reply directly.
website: small edits in WordPress, anything bigger goes through the agency (contact Mo at PixelBarn).
key people: Kevin (my manager), Rosa (design), Dev (finance), Mo (agency).
I'm back roughly end of May. please don't contact me about work unless the building is on fire lol""",
    """This is a pre-read for a meeting. Write me a 1-paragraph TL;DR and list three questions I should raise.

Proposal: Moving customer support to a ticket-first model

Background. Our support team currently handles enquiries via phone (55%), email (30%) and live chat (15%). Average phone wait time has risen from 3 minutes to 11 minutes over the past year, and staff report that phone calls frequently involve issues that could be resolved with a link to an existing help article.

Proposal. We propose making the web form and email the primary support channels, with phone support reserved for account security issues, vulnerable customers and escalations. Live chat would be available during business hours and staffed by two agents on a rota. Every enquiry would generate a ticket with a guaranteed first response time of four working hours.

Expected benefits. Based on a three-week pilot in the billing queue, we estimate that 40% of current phone enquiries could be resolved through self-service articles suggested by the web form, and that agents could handle roughly 1.6 times as many tickets per hour as phone calls. This would reduce the need for the two additional hires currently planned for Q1.

Risks. Some customers, particularly older customers, strongly prefer the phone. Reducing phone availability could lead to complaints and reputational damage. There is also a risk that the four-hour response target is missed during peak periods, such as price change announcements.

Mitigations. The phone line would remain available for anyone who identifies as needing it, with no questions asked. Peak periods would be covered by temporary staff. Customer satisfaction would be tracked weekly during the first three months, with a commitment to review the model if satisfaction falls by more than five points.""",
    """Here's my grandfather's handwritten war memoir that I've typed up. Can you correct spelling but otherwise keep his voice exactly, and tell me if there are places where I might have misread his handwriting?

We landed at Salerno on the 9th of September 1943, tho' it felt more like a month than a day. The sea was calm which was a mercy as half the lads had been sick on the way over from Tripoli. I remember the noise more than anything, you never forget the noise. Sergeant Byrne told us to keep our heads down and our feet moving and that is what we did. By nightfall we was dug in about a mile from the beach in what had been an olive grove. I had a tin of bully beef and half a bar of chocolate for my supper and I shared the chocolate with a lad called Tommy Pryce from Merthyr who had lost his pack in the water. We sat up most of the night talking about home. He wanted to be a schoolteacher after the war. I hope he got to be one. I never did find out, we was split up a week later when I went to the field hospital with my foot. Funny the things you remember. I can still taste that chocolate.""",
    """I'm preparing for a job interview at a museum. Here's the job description. Can you predict 8 likely interview questions and give me a framework for answering each?

Learning and Engagement Officer (Fixed term, 18 months)

The Harbourside Museum is looking for an enthusiastic Learning and Engagement Officer to develop and deliver learning programmes for schools, families and community groups. You will design workshops linked to the national curriculum, lead gallery tours, and work with local partners to reach audiences who do not traditionally visit museums.

Key responsibilities:
- Plan and deliver on-site and outreach sessions for primary and secondary schools
- Develop family activities for weekends and school holidays
- Build partnerships with community organisations, including refugee support groups and youth clubs
- Recruit, train and support a team of volunteers
- Evaluate programmes and report on audience numbers and feedback
- Contribute to funding applications

Essential:
- Experience of delivering learning activities to a range of audiences
- Excellent communication skills
- Understanding of barriers to cultural participation
- Ability to manage multiple projects and deadlines

Desirable:
- Teaching qualification or equivalent
- Experience working with volunteers
- Knowledge of maritime or local history""",
    """Make this incident write-up blameless and more professional. It's going to the whole engineering org.

So on Tuesday Jake pushed a migration that dropped the `last_login` column because he thought it wasn't used anymore. It WAS used, by the weekly inactive-user email job, which then crashed and retried 400 times and spammed the on-call channel all night. Nobody noticed until Priya got in at 8. We restored the column from the backup but lost about 2 days of login data. Honestly this should've been caught in review, Sam approved it without checking. We need to stop rubber-stamping PRs. Also the job shouldn't retry 400 times, that's dumb. Action items: add a check that grep's the codebase for column names before drop migrations, cap retries at 5, and make on-call alerts actually page someone instead of just posting in slack.""",
    """Here's a lesson transcript from my Spanish class. Make me a vocab list (Spanish - English) and a summary of the grammar point.

Profesora: Hoy vamos a hablar del pretérito imperfecto. Lo usamos para describir cómo eran las cosas en el pasado, o para hablar de acciones habituales. Por ejemplo: "Cuando era niña, vivía en un pueblo pequeño." "Todos los veranos íbamos a la playa."
Estudiante: ¿Y cuál es la diferencia con el pretérito indefinido?
Profesora: Buena pregunta. El indefinido es para acciones terminadas, puntuales: "Ayer fui al cine." El imperfecto es para el fondo, la descripción: "Hacía frío y llovía cuando salí del cine."
Estudiante: Entonces, ¿"llovía" es el fondo y "salí" es la acción?
Profesora: ¡Exacto! Ahora, las terminaciones. Para los verbos en -ar: -aba, -abas, -aba, -ábamos, -abais, -aban. Para -er e -ir: -ía, -ías, -ía, -íamos, -íais, -ían. Solo hay tres verbos irregulares: ser, ir y ver. "Era", "iba", "veía".
Estudiante: ¡Solo tres! Qué alivio.
Profesora: Sí, es fácil. Para mañana, escribid un párrafo sobre vuestra infancia usando el imperfecto. Mínimo diez verbos.""",
    """Write a response to this planning objection letter on behalf of our community garden group. We want to address each concern calmly.

To the Planning Department,

I wish to object to application 24/0318 for a community garden on the vacant land at the corner of Brook Street and Mill Lane.

Firstly, I am concerned about noise. The application mentions "community events", and I fear this will mean loud gatherings at weekends and in the evenings, directly opposite my house.

Secondly, parking on Brook Street is already difficult. Volunteers and visitors arriving by car will make this worse.

Thirdly, the plans include a composting area, which I expect will attract rats and produce unpleasant smells, particularly in summer.

Finally, I am not convinced the group has the resources to maintain the site in the long term. If the project fails, the land may become more of an eyesore than it is now.

I ask that the application be refused.

Yours faithfully,
Gerald Pickering, 22 Brook Street""",
    """Could you analyse this set of student feedback comments about my course and group them into themes, with counts, and suggest 3 concrete changes for next year?

1. "Lectures were engaging but the slides went up too late to be useful for revision."
2. "Loved the case studies, especially the one on the water company."
3. "Assessment criteria for the group project were unclear."
4. "Too much reading each week, couldn't keep up."
5. "Seminar leader was great, always made time for questions."
6. "Slides should be posted before the lecture."
7. "The group project was stressful because one person didn't contribute and there was no way to flag it."
8. "Really enjoyed the guest speaker from the council."
9. "Reading list was too long, maybe mark what's essential."
10. "Felt the exam didn't match what we'd covered in seminars."
11. "More case studies please!"
12. "Not sure how the group project was marked individually.\"""",
    """Please summarise this residents' association meeting transcript into formal minutes with decisions and actions.

Chair (Linda): Okay, let's start. Thanks all for coming. First item, the broken streetlight on Fern Road. Any update?
Raj: I reported it to the council online three weeks ago. Reference number's in my email. Nothing's happened.
Linda: Can you chase it and copy me in?
Raj: Will do.
Linda: Second, the summer street party. We said July last year. Are we still up for that?
Many: Yes.
Carol: I can apply for the road closure. It's free if we apply eight weeks before.
Linda: Brilliant. Let's say Saturday 13 July. Carol applies by mid-May. Anyone want to do food?
Tom: I'll organise a bring-and-share, and ask the bakery if they'll donate bread.
Linda: Lovely. Third item, the litter on the green. It's getting worse.
Ahmed: We could do a monthly litter pick. I can borrow grabbers from the council.
Linda: Let's vote. All in favour of a monthly litter pick on the first Sunday? ... That's unanimous. Ahmed, can you organise the first one in April?
Ahmed: Yes.
Linda: Any other business?
Carol: Just that subs are due. Still £5 per household.
Linda: Thanks. Meeting closed at 8:20.""",
    """Can you check this essay conclusion against my introduction and tell me if they match? I feel like my argument drifted.

Introduction:
This essay argues that the British Empire's economic policies in India during the nineteenth century prioritised British industrial interests at the expense of Indian manufacturing. Focusing on the textile industry, it examines tariff policy, the construction of the railway network, and land revenue systems, and contends that together these measures transformed India from an exporter of finished goods into a supplier of raw materials.

Conclusion:
In conclusion, the British presence in India had both positive and negative effects. While the railways improved communication and helped in times of famine, and Western education created a new middle class, the economic costs were significant. Indian weavers lost their livelihoods and the country became poorer relative to Britain. Overall, it is difficult to say whether British rule was good or bad for India, as historians continue to disagree.""",
    """Summarise this long product review in 3 sentences and tell me if I should buy it for a small flat:

I've had the Brisa 3-in-1 air purifier/fan/heater for about four months now, through the tail end of winter and into a pretty warm spring, so I feel like I've put it through its paces. First, the good: as an air purifier it's genuinely impressive. My partner has hay fever and has noticed a real difference at night since we started running it in the bedroom. The app shows air quality readings that track what you'd expect (spikes when cooking, drops after an hour of running) and the HEPA filter is easy to swap. As a fan, it's decent - it oscillates smoothly, it's quieter than our old tower fan on the low settings, and the night mode dims the display properly, which is rarer than it should be.

Now the not-so-good. As a heater, it's underwhelming for the price. It takes a good 20 minutes to take the chill off our small (10 square metre) bedroom, and on the highest setting it's noticeably loud. Our electricity usage also went up more than I expected in February. I'd say it works as a top-up heater, not a main one. The remote is flimsy and the magnets that hold it to the top are weak, so it's fallen off more than once. Filters are also pricey at about £45 each, and they recommend changing every 6 months.

Overall, if you want a quality purifier and fan and think of the heater as a bonus, it's good. If heating is your main reason for buying it, look elsewhere.""",
    """Translate this letter from my Italian host family into English, keeping the warm tone:

Cara Emily,

che gioia ricevere la tua lettera! Qui a Lucca tutti ti salutano, soprattutto Nonna Pina, che chiede sempre se mangi abbastanza a Londra. Le abbiamo detto che in Inghilterra si mangia bene, ma non ci crede.

L'estate è stata molto calda. A luglio siamo andati al mare a Viareggio per due settimane, e Matteo ha finalmente imparato a nuotare senza braccioli. È molto orgoglioso e vuole che te lo dica. Giulia invece ha finito il liceo con ottimi voti e a ottobre comincerà l'università a Pisa, studierà architettura.

Il giardino è pieno di pomodori, come sempre troppi. Ogni sera pensiamo a te quando facciamo la bruschetta, ti ricordi come ridevi quando Marco ha bruciato il pane?

Quando torni a trovarci? La tua camera è sempre pronta. Magari a Natale? Sarebbe bellissimo.

Un abbraccio fortissimo da tutti noi,
Francesca""",
]
