"""pasted_content_tasks part 3: contracts, recipes, essays, reviews, articles, lecture notes."""

FAMILY = "pasted_content_tasks"

ROWS = [
    """Explain this clause in plain English. It's from my freelance contract.

7.2 Intellectual Property. Upon receipt of full payment, the Contractor hereby assigns to the Client all right, title and interest in and to the Deliverables, including all intellectual property rights therein. The Contractor retains the right to display the Deliverables in its portfolio, provided that no confidential information of the Client is disclosed. Any pre-existing materials, tools or libraries used by the Contractor in creating the Deliverables remain the property of the Contractor, and the Client is granted a non-exclusive, perpetual licence to use them solely as part of the Deliverables.""",
    """Is this non-compete clause normal? I'm a software developer in California.

12. Non-Competition. For a period of eighteen (18) months following the termination of Employee's employment for any reason, Employee shall not, directly or indirectly, engage in or be employed by any business that competes with the Company within the United States.""",
    """Summarise the cancellation terms from this gym contract:

CANCELLATION. Member may cancel this Agreement after the Minimum Term of twelve (12) months by providing thirty (30) days' written notice to the Club. Notice must be delivered in person at the front desk or by registered post; email notice will not be accepted. Where Member relocates more than 25 miles from any Club location, Member may cancel before the end of the Minimum Term upon providing proof of new address and paying a cancellation fee of £60. Fees paid in advance are non-refundable except as required by law.""",
    """What does this warranty actually cover?

LIMITED WARRANTY: The manufacturer warrants this product against defects in materials and workmanship for a period of two (2) years from the date of original retail purchase. This warranty does not cover damage resulting from accident, misuse, unauthorised modification, commercial use, or normal wear and tear, including but not limited to scratches, dents, and battery capacity loss below 80% after the first twelve months. To obtain warranty service, the purchaser must present proof of purchase. The manufacturer will, at its sole discretion, repair or replace the product.""",
    """Can you convert this recipe to serve 2 instead of 6 and put it in metric?

Grandma's Beef Stew (serves 6)
2 lb beef chuck, cubed
3 tbsp flour
2 tbsp vegetable oil
1 large onion, chopped
3 carrots, sliced
4 potatoes, cubed
4 cups beef stock
1 cup red wine
2 bay leaves
1 tsp dried thyme
Salt and pepper

Toss beef in flour, brown in oil in batches. Add onion, cook 5 min. Add everything else, simmer covered 2 hours until tender.""",
    """Is this recipe vegan? If not, suggest swaps.

Lemon Drizzle Loaf
225g self-raising flour
225g caster sugar
225g softened butter
4 eggs
Zest of 2 lemons
For the drizzle: juice of 1.5 lemons, 85g caster sugar

Beat butter and sugar, add eggs one at a time, fold in flour and zest. Bake at 180C for 45-50 minutes. While warm, prick all over and pour over the lemon juice mixed with sugar.""",
    """Give me a shopping list grouped by supermarket aisle from these three recipes:

1) Chickpea curry: 2 tins chickpeas, 1 tin coconut milk, 1 onion, 3 garlic cloves, thumb of ginger, 2 tbsp curry paste, spinach, rice
2) Greek salad: cucumber, 4 tomatoes, red onion, feta, olives, olive oil, oregano
3) Pasta bake: 500g penne, jar of tomato sauce, 1 onion, mozzarella, parmesan, 1 courgette""",
    """Grade this short essay out of 10 for a Year 10 English class and give two strengths and two improvements:

Social media has changed the way teenagers communicate. In the past, people had to meet in person or call each other, but now we can talk to anyone at any time. This has good and bad sides. On the good side, it is easier to keep in touch with friends who live far away, and people who feel lonely can find communities with the same interests. On the other hand, social media can make people feel worse about themselves because everyone only posts the best parts of their lives. Also, some people get bullied online and it is hard to escape because your phone is always with you. In conclusion, social media is not good or bad, it depends on how you use it.""",
    """Summarise these product reviews into pros and cons:

★★★★★ "Battery lasts forever, I charge it once a week. Screen is bright even in sunlight."
★★☆☆☆ "Strap broke after two months. Customer service took ages."
★★★★☆ "Great for running, GPS is accurate. The app is a bit clunky though."
★★★☆☆ "Does the job but sleep tracking seems random. Some nights it says I slept 3 hours when I slept 7."
★★★★★ "Love the design. Notifications work perfectly with my iPhone."
★☆☆☆☆ "Stopped syncing after an update. Returned it.\"""",
    """Rewrite this news-style article as a 5-bullet summary for busy readers:

COASTAL TOWN VOTES TO BAN CARS FROM HIGH STREET

Residents of Porthaven have voted in favour of permanently closing the town's high street to private vehicles, following a six-month trial that saw footfall rise by 14 percent. The proposal passed with 58 percent of the vote in a local referendum held on Thursday, with turnout at 47 percent.

Business owners were divided. Café owner Lydia Rowe said the trial had been "the best summer we've ever had," while hardware shop owner Ken Tully warned that older customers were struggling to carry heavy items to the car park, which sits 400 metres away.

The council has pledged to introduce a free shuttle bus for residents with mobility needs and to create ten loading bays for deliveries before 10am. The ban is expected to come into force in March, pending final approval from the county highways authority.""",
    """These are my lecture notes on the causes of WWI. Can you turn them into flashcards (question / answer)?

- MAIN: militarism, alliances, imperialism, nationalism
- Triple Entente: Britain, France, Russia
- Triple Alliance: Germany, Austria-Hungary, Italy (Italy switches 1915)
- Naval race Britain v Germany - Dreadnought 1906
- Moroccan crises 1905 & 1911
- Bosnian crisis 1908 - Austria annexes Bosnia
- Assassination of Franz Ferdinand 28 June 1914, Sarajevo, by Gavrilo Princip (Black Hand)
- July Crisis -> Austria ultimatum to Serbia -> declarations of war early Aug
- Schlieffen Plan - Germany through Belgium -> Britain enters (Treaty of London 1839)""",
    """Check this paragraph from my thesis for clarity and flow:

The findings of this study suggest that urban green spaces have a measurable effect on self-reported wellbeing, however the effect size was smaller than has been reported in previous studies, which may be due to differences in measurement, as prior studies have tended to rely on single-item measures whereas this study used the validated WEMWBS scale, and also the sample in this study was drawn from a more socioeconomically diverse population, which may have introduced additional variance that was not accounted for in the model.""",
    """Extract the main claims from this opinion piece and tell me which ones are supported by evidence in the text:

Four-day weeks are the future, and companies that resist will lose their best people. A trial of 61 UK companies found that most kept the policy after it ended, and employees reported less burnout. Productivity didn't fall. Critics say it won't work in healthcare or retail, but that's a failure of imagination. Every major change in working hours, from the weekend to the eight-hour day, was called impossible before it became normal. Managers who insist on presence over results are simply afraid of losing control.""",
    """Turn these minutes from my book club into a short blog post for our website:

Book: The Remains of the Day
8 members present, 2 apologies.
Most loved the voice of Stevens. Helen found it slow at first. Debate about whether Stevens is a reliable narrator - general agreement he's not, especially about Miss Kenton. Raj compared it to his grandfather who was a butler in Delhi. Ratings: avg 8.2/10. Snacks: Helen's scones, excellent. Next month: Klara and the Sun (same author), at Pooja's house.""",
    """Here's the abstract of a paper. Explain it to me like I'm an undergraduate.

We investigate the effect of sleep deprivation on working memory performance in adolescents. In a within-subjects design, 48 participants aged 14-17 completed an n-back task after a night of normal sleep and after a night restricted to five hours. Restricted sleep was associated with reduced accuracy on the 2-back condition (d = 0.41) but not the 1-back condition, and with increased reaction-time variability. These effects were moderated by chronotype, with evening types showing larger decrements. Results suggest that even a single night of moderate sleep restriction selectively impairs higher-load working memory in adolescents.""",
    """My landlord gave me this inventory report. Which items should I dispute? I moved in and the carpet in the bedroom already had a big stain.

Bedroom 1
- Carpet: good condition, clean
- Walls: magnolia, minor scuff by door
- Curtains: cream, good
- Wardrobe: good, all doors working
Kitchen
- Oven: clean, working
- Fridge: working, minor crack in door shelf
- Worktops: some knife marks near sink""",
    """Compare these two phone plans and tell me which is better for someone who uses about 15GB a month and calls abroad a lot:

Plan A: £18/month, 20GB data, unlimited UK calls/texts, international calls 60p/min, 24-month contract
Plan B: £22/month, 12GB data, unlimited UK calls/texts, 300 international minutes included, 12-month contract, data top-ups £3 per 2GB""",
    """Improve this personal statement paragraph for a nursing degree. Keep my voice.

When my grandad was in hospital for three weeks last year I visited him almost every day. I saw how the nurses made him feel calm even when he was confused and scared. One nurse, Joy, always explained what she was doing before she did it and called him by his name. I realised that nursing is not just about medical knowledge but about making people feel safe. Since then I have volunteered at a care home on Saturdays, which has shown me how much I enjoy caring for people, even on the hard days.""",
    """Rewrite this press release in plain language for our community Facebook page:

FOR IMMEDIATE RELEASE

Westfield District Council is pleased to announce the commencement of Phase 2 of the Westfield Flood Resilience Programme, which will entail the construction of a 1.2-kilometre flood defence embankment along the northern bank of the River Lune between Mill Lane and Station Road. Works are scheduled to commence on 8 April and are anticipated to reach completion in October, subject to weather conditions. Temporary closures of the riverside footpath will be necessary throughout the construction period, with a signposted diversion in operation. Residents with queries are invited to attend a drop-in session at Westfield Library on 27 March between 3pm and 7pm.""",
    """Pick out any factual errors in this paragraph from my kid's homework:

The Great Wall of China is the only man-made structure visible from space with the naked eye. It was built entirely during the Ming dynasty to keep out the Mongols. It is about 500 kilometres long and made mostly of stone. Today it is a UNESCO World Heritage Site and millions of tourists visit every year.""",
    """Summarise this lease renewal letter and tell me what I need to decide:

Dear Tenant,

Your current tenancy agreement for Flat 3, 27 Albion Road expires on 31 August. We are pleased to offer you a renewal on the following terms:

Option 1: A 12-month fixed term at £1,250 per calendar month (an increase of £50).
Option 2: A periodic (rolling monthly) tenancy at £1,295 per calendar month.

If you wish to renew, please sign and return the enclosed form indicating your preferred option by 15 July. If we do not hear from you, we will assume you intend to vacate at the end of the current term and will begin marketing the property.

Yours sincerely,
Harbour Lettings""",
    """Analyse this poem: what's the theme and what techniques does the poet use? (I wrote it for a class, be honest)

The kettle clicks at six a.m.,
my father's hands around a cup,
he doesn't speak, he doesn't need,
the steam says everything, rising up.
Thirty years of early shifts
are folded in his quiet back;
I watch him tie his boots and go,
and hold the warm place where he sat.""",
    """What's the overall sentiment of these employee survey comments, and what are the top 3 themes?

- "Love my team but the workload has been unsustainable since the restructure."
- "Managers are supportive. Would like clearer promotion criteria."
- "Too many meetings, not enough time to do actual work."
- "Flexible working is the best thing about this place."
- "No idea how promotions are decided, feels random."
- "Workload is crazy, three people left and weren't replaced."
- "Good benefits, the new parental leave policy is great."
- "Meetings could be emails.\"""",
    """Turn these bullet points from my physics lecture into a coherent paragraph I can revise from:

- conservation of momentum: total momentum before = after (closed system)
- p = mv, vector
- elastic collisions: KE also conserved
- inelastic: KE not conserved, some -> heat/sound/deformation
- perfectly inelastic: objects stick together
- example: car crash, bullet into block (ballistic pendulum)""",
    """Rewrite this Airbnb listing to be more appealing without exaggerating:

Flat in city centre. 1 bedroom, sofa bed in living room. Kitchen has basics. 3rd floor no lift. 5 min to train station. Noisy on weekends because of bars downstairs. Wifi good. Self check in.""",
    """Summarize this transcript of a voicemail from my doctor's office:

"Hi, this is Karen calling from Elmwood Medical Practice for Mr James Whitfield. Just to let you know your blood test results have come back and the doctor would like to have a quick chat about them - nothing urgent, but she'd like to go over your cholesterol levels. Could you give us a ring back on 01632 960555 to book a telephone appointment? We're open eight till six. Also, your repeat prescription is ready to collect from the pharmacy. Thanks, bye.\"""",
    """Which of these job requirements do I meet based on my CV summary?

Requirements:
- 3+ years experience in digital marketing
- Hands-on with Google Ads and Meta Ads
- Experience with SEO tools (Ahrefs or SEMrush)
- Managing budgets over £50k
- Degree in marketing or related field

My CV summary:
Marketing executive with 4 years' experience, mostly in paid social (Meta, TikTok). Managed quarterly ad spend of around £30k. Some SEO work using SEMrush. BA in English Literature. Google Ads certified but haven't run large campaigns.""",
    """Clean up this transcript from a podcast interview for publication (remove ums, false starts, keep meaning):

Host: So, um, how did you- how did you get started in beekeeping?
Guest: Well, it was, it was kind of an accident really. My, uh, my neighbour had hives and he was moving away and he sort of, he asked if I wanted them. And I said yes without, you know, without really knowing anything. So the first year was, um, a lot of mistakes. A lot of stings.
Host: [laughs] How many stings?
Guest: Oh, I lost count. Dozens. But you- you learn. You learn to move slowly.""",
    """Pull out all the numbers from this report paragraph and explain what each one refers to:

In 2023 the charity supported 4,218 families, up from 3,570 the previous year. Food parcels distributed rose by 22% to 61,400. Volunteer hours totalled 38,900, equivalent to roughly 21 full-time staff. Operating costs increased to £1.36 million, of which 71% went directly to services. The average family was supported for 9 weeks.""",
    """Suggest a better title and subheadings for this blog draft:

Title: My thoughts

I started running at 38 after my doctor told me my blood pressure was too high. The first week I couldn't run for more than a minute without stopping. I downloaded a couch to 5k app and followed it religiously. Week 5 was the hardest, the jump to 20 minutes nearly broke me. But I did it. Now, a year later, I've done three 10ks and I'm signed up for a half marathon. My blood pressure is normal. What I learned: go slower than you think, buy proper shoes, and rest days are not optional.""",
    """Is this medication leaflet saying I can take it with food or not? The wording confuses me.

How to take: Swallow the tablet whole with a glass of water. Take on an empty stomach, at least 30 minutes before breakfast or any other medicines. Do not take with milk, calcium supplements or antacids within 4 hours of your dose. If you forget a dose, take it as soon as you remember unless it is nearly time for your next dose.""",
    """Here's a recipe my Italian friend wrote for me in English. Can you tidy it up into proper steps?

ragù of my mother. you take the soffritto (onion carrot celery all very small) and cook slow in olive oil maybe 15 min, not brown. then the meat, half beef half pork, 500 gr, break it and brown it well. then red wine one glass, let it go away. then passata 700 gr and a little concentrate. salt. then very very low fire for 3 hours minimum, sometimes put little water or milk if dry. my mother put one clove also but is secret.""",
    """Turn these customer reviews of our café into replies we can post (short, warm, not defensive):

1. "Coffee was great, but waited 20 mins for a sandwich on a quiet morning." - 3 stars
2. "Best banana bread in town!! Staff so friendly." - 5 stars
3. "Bit pricey for what it is. £4.20 for a flat white?" - 2 stars""",
    """Please translate this Spanish rental listing into English:

Se alquila piso luminoso en el centro de Valencia, a cinco minutos andando de la estación de metro Colón. Dos habitaciones dobles, un baño completo reformado y cocina equipada con lavavajillas. Calefacción y aire acondicionado en todas las estancias. Sin ascensor (segundo piso). No se admiten mascotas. Disponible a partir del 1 de septiembre. Se requieren dos meses de fianza.""",
    """Summarise this short story I wrote in 2 sentences, then tell me what you think the ending means:

Every morning, Mrs Adeyemi set out two cups on the balcony: one for her, one for the husband who had died in March. The neighbours thought it was sad. The postman thought it was strange. Only the boy in flat 4B, who was nine and had recently lost a dog, understood. One Saturday he knocked on her door with a packet of biscuits, sat in the second chair without asking, and drank the tea though he didn't like it. After that, she set out three cups.""",
    """Fix the grammar in this cover letter paragraph but don't make it sound robotic:

I am writing to apply for the role of warehouse supervisor which I seen advertised on Indeed. I have worked in logistics for six year, the last two as a team leader at Parcelway where I was responsible for a team of 12 people. In that time we reduce picking errors by 30% and I introduced a new rota system that everybody was happy with it. I am reliable, organised and I like solve problems.""",
    """Extract all action verbs and deadlines from this grant guidance excerpt:

Applicants must submit a completed application form, a project budget using the template provided, and two letters of support by 5pm on 30 November. Shortlisted applicants will be invited to interview in mid-January. Successful applicants must sign the grant agreement within 14 days of the offer and submit a progress report every six months. Unspent funds must be returned within 30 days of the project end date.""",
    """What's the main point of each paragraph here? I'm making notes for a seminar.

Historians have long debated whether the Industrial Revolution improved living standards for ordinary workers. Optimists point to rising real wages after 1820 and the growing availability of cheap manufactured goods.

Pessimists counter that wage data ignore the costs of urban life: overcrowding, disease and pollution reduced life expectancy in industrial towns well below that of rural areas, and working hours lengthened considerably.

More recent work has tried to move beyond this binary, using measures such as adult height, which fell for cohorts born in the early nineteenth century, suggesting that nutrition and health worsened even as incomes slowly rose.""",
    """This is my speech for my sister's 18th. Is it too long? Anything cringe?

Hi everyone, for those who don't know me I'm Ellie, Mia's older sister. When Mia was born I was six and I was furious. I'd asked for a puppy. Eighteen years later, I'm happy to say she's better than a puppy - most of the time. She's the person who stayed up with me when I failed my driving test for the second time, who taught herself guitar from YouTube, and who still can't cook pasta without setting off the smoke alarm. Mia, you're brave, funny and kinder than you give yourself credit for. Please raise your glasses to Mia!""",
    """Summarise what this tenancy deposit protection certificate tells me:

Deposit ID: DPS-448812
Tenant(s): Owen Price, Harriet Lee
Landlord: A. Mahmood
Property: 12 Cedar Close, Bristol BS7
Deposit amount: £1,380
Date received by landlord: 02/09/2023
Date protected: 19/09/2023
Scheme: Custodial
To get your deposit back at the end of the tenancy, either party can start a repayment request online.""",
]
