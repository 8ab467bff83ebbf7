"""pasted_content_tasks part 4: longer pasted documents (200-400 words) and mixed formats."""

FAMILY = "pasted_content_tasks"

ROWS = [
    """I need to present this to the board in 5 minutes. Can you turn it into 6 slides with a title and 3 bullets each?

Quarterly Operations Report - Q3

Overview
Q3 was a challenging but ultimately positive quarter. Revenue reached £2.41m, 6% above Q2 and 3% above forecast, driven mainly by the launch of the subscription service in July. Gross margin held steady at 41%.

Customers
We added 1,870 new customers, the highest quarterly figure to date. However, churn also rose from 3.1% to 3.8% per month, concentrated among customers on the legacy Basic plan. Exit surveys point to price sensitivity and confusion following the plan restructure.

Operations
The move to the new warehouse in Northampton was completed two weeks late but under budget. Average dispatch time improved from 2.4 days to 1.6 days in September. We experienced two significant outages of the order system (totalling 7 hours), both traced to the payment gateway provider.

People
Headcount rose from 54 to 61. Staff turnover remains low at 2 leavers. The engagement survey response rate was 88% with an overall score of 7.4/10, down slightly from 7.7, with workload cited as the main concern in the operations team.

Risks
The main risks for Q4 are continued churn among Basic customers, dependence on a single payment provider, and seasonal staffing in the warehouse. Mitigations are under way for all three: a retention offer for Basic customers launches on 1 October, a second payment provider is being evaluated, and temporary staff recruitment began in August.

Outlook
We expect Q4 revenue of £2.6-2.7m, subject to the success of the holiday campaign.""",
    """Can you proofread this and tighten it to under 250 words? It's the About page for my pottery studio.

Hello and welcome to Clay & Kiln! My name is Fiona and I have been making pots for over fifteen years now, ever since I took an evening class at my local college when I was working in an office job that I didn't really enjoy very much. I fell in love with the feeling of the clay spinning under my hands and I never really looked back after that. In 2019 I finally took the leap and left my job in order to open my own small studio in a converted stable block just outside the village of Ashby, which is where I still work today.

Everything that I make is thrown by hand on the wheel and then glazed with glazes that I mix myself in the studio, using recipes that I have developed over many years of experimentation (and many, many failures!). I am especially inspired by the colours of the landscape around me, such as the soft greens of the fields, the grey of the stone walls and the deep blues of the reservoir in winter.

As well as selling my work online and at craft fairs, I also run small group classes for beginners on weekday evenings and weekend workshops for people who already have a bit of experience and want to improve. Classes are kept small, with a maximum of six people, so that everyone gets plenty of attention and help.

I really hope you enjoy looking around the shop, and if you have any questions at all please don't hesitate to get in touch with me.""",
    """These are the rules for our neighbourhood allotment. Can you turn them into a one-page FAQ?

1. Plot holders must cultivate at least 75% of their plot during the growing season (March-October).
2. No structures over 2 metres in height may be erected without committee approval. Sheds must not exceed 6ft x 4ft.
3. Bonfires are permitted only between 1 November and 28 February, and only after 4pm on weekdays.
4. Hosepipes may be used only to fill water butts and must not be left unattended.
5. Dogs must be kept on leads at all times and are not permitted on other members' plots.
6. Plot rent is due on 1 April each year. Members who have not paid by 30 April will receive a reminder; those who have not paid by 31 May will forfeit their plot.
7. Plots may not be sublet. Members may nominate a co-worker with the committee's agreement.
8. Members must not sell produce grown on the allotment for profit.
9. Any disputes between members should first be raised with the site representative before contacting the committee.
10. Please close and padlock the main gate every time you enter or leave.""",
    """Summarise this support chat and tell me whether the agent handled it well:

Customer: Hi, I was charged twice for my order #88213
Agent: Hi there! Sorry to hear that. Let me take a look for you.
Agent: I can see two payments of £47.99 on 3 June. One of them is a pending authorisation that should drop off within 3-5 working days.
Customer: It's been 6 days already
Agent: I understand, that's frustrating. Let me check with our payments team.
Agent: Thanks for waiting. It looks like the second payment did go through, which shouldn't have happened. I've issued a refund for £47.99 now. You'll get a confirmation email shortly, and it should appear on your statement in 3-5 working days.
Customer: Ok. Can I get something for the trouble?
Agent: I've added a £5 credit to your account for next time. Is there anything else I can help with?
Customer: No that's fine thanks
Agent: Have a lovely day!""",
    """Turn this rambling voice note transcript into a clear email to my contractor:

"Hi Steve, yeah, so, just following up on the bathroom. So the tiles, we've gone with the grey ones in the end, not the white, the large format ones, the 60 by 30. Um, and for the floor, the same but in the darker shade. My wife wants the niche in the shower to be a bit bigger than we said, like maybe 60 wide instead of 40, if that's possible. Uh, the vanity unit's arriving on the 14th, so you'd need someone in to take the delivery, or I can work from home that day actually, I'll do that. And the extractor fan, can we move it above the shower rather than above the toilet? Let me know if that changes the price. Cheers.\"""",
    """Check this API documentation for inconsistencies or missing info:

## POST /orders

Creates a new order.

### Request body
| field | type | required | description |
|---|---|---|---|
| customer_id | string | yes | ID of the customer |
| items | array | yes | list of line items |
| items[].sku | string | yes | product SKU |
| items[].qty | integer | yes | quantity, min 1 |
| coupon | string | no | discount code |

### Response
201 Created
```json
{"order_id": "ord_123", "status": "pending", "total": 59.9}
```

### Errors
- 400 if items is empty
- 404 if customer not found
- 409 if any SKU is out of stock

Example:
```
curl -X POST https://api.example.com/v1/order -d '{"customerId":"c_9","items":[{"sku":"A1","quantity":2}]}'
```""",
    """Here's my weekly timetable. Can you find me three 2-hour blocks for revision that don't clash?

Mon: lectures 9-11, lab 14-17
Tue: lecture 10-12, work (café) 17-21
Wed: seminar 11-12, free afternoon, football 19-20:30
Thu: lectures 9-13, work 17-21
Fri: lab 9-12, free after
Sat: work 10-16
Sun: nothing planned but I like a lie in till 11""",
    """Analyse this sales data: what trends do you see and what would you ask next?

week,visitors,add_to_cart,purchases,avg_order
1,12040,980,310,42.10
2,11820,1010,322,41.80
3,15300,1320,401,39.50
4,16100,1290,350,38.90
5,15800,1150,298,39.20
6,12300,990,315,43.00

(we ran a paid ad campaign in weeks 3-5)""",
    """Write a reply to this review on our B&B listing. Be gracious but correct the record about the parking - we do have it, it's just round the back.

"Lovely room and the breakfast was fantastic, especially the homemade granola. Hosts were friendly. Only downside was no parking, we had to leave the car on the street and worried about it all night. Would stay again though. 4/5\"""",
    """I got this letter from HMRC. What do I need to do and by when? Don't panic me lol

Dear Ms Okoro,

Self Assessment tax return for the year ended 5 April 2023

Our records show that we have not yet received your tax return for the above year. The deadline for online returns was 31 January 2024. As your return is late, you have been charged an initial penalty of £100.

If you send your return now, you can avoid further penalties. If your return is more than 3 months late, you will be charged £10 for each additional day, up to a maximum of £900.

If you think you do not need to send a return, or you have a reasonable excuse for sending it late, please contact us.

Yours sincerely,
HM Revenue and Customs""",
    """Organise these brainstorm notes for our charity fun run into a planning checklist with phases (now, 1 month before, week of, day of, after):

- book park - need council permission form
- insurance!!
- medals, ~300
- volunteers for marshalling, at least 20
- first aid - St John's?
- route map + signs
- registration website, maybe just Eventbrite
- water stations x2
- social media posts, start early
- thank you emails after
- portaloos
- photographer? ask Dan
- count money and announce total
- bibs with numbers
- sponsor banners""",
    """Compare these two paragraphs from different drafts of my essay and tell me which argues better:

Draft 1: Renewable energy is important because climate change is a big problem. Solar and wind power do not create greenhouse gases. Many countries are using more renewable energy now. Therefore governments should invest more in renewables.

Draft 2: The case for public investment in renewable energy rests less on its environmental virtues, which are widely accepted, than on market failure: because the social cost of carbon is not reflected in the price of fossil fuels, private investors systematically underinvest in cleaner alternatives. Public funding can correct this distortion, particularly in the early stages of technologies such as offshore wind, where high upfront costs deter private capital.""",
    """This is the text of a sign at our local swimming pool. Can you rewrite it in simpler English for our ESOL students?

Patrons are reminded that the consumption of food and beverages, with the exception of water in sealed containers, is prohibited on the poolside. Children under the age of eight must be accompanied in the water by a responsible adult aged sixteen years or over. Please refrain from running, diving in the shallow end, and engaging in any behaviour likely to endanger yourself or others. Lifeguards' instructions must be followed at all times.""",
    """I'm a new manager. Here's a message from someone on my team. What's really going on and how should I respond?

Hey, can we talk sometime this week? Nothing urgent. I've just been feeling a bit stretched with the Henderson account and the onboarding stuff at the same time, and I'm not sure I'm doing either of them properly. I don't want to make a big deal of it. Maybe it's just me.""",
    """Summarise this Terms of Service section on data in plain words:

4. Your Content and Data
4.1 You retain ownership of any content you upload to the Service ("User Content").
4.2 By uploading User Content, you grant us a worldwide, non-exclusive, royalty-free licence to host, store, reproduce and display such content solely for the purpose of operating and improving the Service.
4.3 We will not sell your personal data to third parties. We may share aggregated, anonymised usage statistics with partners.
4.4 You may delete your account at any time. Upon deletion, we will remove your User Content from active systems within 30 days, although copies may persist in backups for up to 90 days.
4.5 We may use automated tools to scan User Content for material that violates these Terms.""",
    """Help me write a response to my co-op's board about this complaint. I'm the secretary.

To the Board,

I am writing to formally complain about the noise from the flat above mine (Flat 12). On at least four occasions in the past month there has been loud music after midnight on weeknights. I have spoken to the residents twice, politely, but nothing has changed. I work early shifts at the hospital and this is affecting my health. I would like the board to remind all residents of the quiet hours in the house rules (11pm-7am) and to speak to Flat 12 directly.

Regards,
Ama Boateng, Flat 8""",
    """Write a summary of this D&D session for our group's recap channel, keep it fun:

- party arrived in Millhaven, town looks abandoned
- Borin (dwarf) kicked down the tavern door, found innkeeper hiding in cellar
- innkeeper says the mill wheel started turning on its own 3 nights ago and people went missing
- Sela the bard tried to seduce the innkeeper for info, nat 1, he cried
- went to mill at night, fought 4 animated scarecrows, Pip the halfling almost died (0 hp, saved by Sela's healing word)
- found trapdoor under the mill with strange symbols, decided to long rest first
- Borin got a mysterious iron key from the scarecrow's chest""",
    """Here's a paragraph from a scientific report I have to cite. Paraphrase it properly so I'm not plagiarising, and give me an in-text citation format (APA) for Nguyen & Patel, 2021:

"Microplastic particles were detected in 94% of the tap water samples collected across the study region, with a mean concentration of 4.3 particles per litre. Fibres accounted for the majority of particles identified, suggesting that synthetic textiles may be a significant source of contamination in municipal water supplies.\"""",
    """This is a job description I'm writing. Can you make it less of a wall of text and flag anything that might put off good applicants?

We are looking for a hardworking Office Manager to join our fast-paced, high-pressure environment. The successful candidate will be responsible for all aspects of office administration including but not limited to ordering supplies, managing the diary of the CEO, answering phones, greeting visitors, organising events, handling basic bookkeeping, IT troubleshooting, managing the cleaning contract and any other duties as required. You must be available to work late at short notice. Salary is competitive. Must have a minimum of 10 years experience. Digital natives preferred.""",
    """Can you turn these survey results into a short paragraph for our newsletter?

Q: How did you hear about the festival? (n=412)
Social media 41%, Friends/family 33%, Posters 12%, Local radio 8%, Other 6%
Q: Would you come again? Yes 87%, Maybe 10%, No 3%
Q: Best part? Live music 52%, Food stalls 28%, Kids' area 14%, Other 6%
Q: What could be better? Toilets (most common), more seating, shorter drink queues""",
    """Give me feedback on this short story opening - does it hook you?

The day the river froze, my brother stopped speaking. Not all at once - Tomas was never one for grand gestures - but word by word, like a tap being slowly turned off. By the time the ice was thick enough to walk on, he was down to yes and no, and by the time the first skaters came out from the village, he had nothing left at all. Mother said it was a phase. Father said nothing, which was how I knew he was frightened.""",
    """Categorise these expenses from my bank statement (groceries, transport, eating out, bills, shopping, other) and total each:

03/05 TESCO STORES 2231  £46.12
03/05 TFL TRAVEL CH  £7.80
04/05 PRET A MANGER  £6.45
05/05 THAMES WATER  £38.00
06/05 AMAZON MKTPLACE  £23.99
06/05 SAINSBURYS  £31.77
07/05 UBER TRIP  £14.20
08/05 DISHOOM  £52.30
09/05 OCTOPUS ENERGY  £89.00
10/05 TFL TRAVEL CH  £8.10
11/05 ALDI  £27.45
12/05 CINEWORLD  £12.99""",
    """Rewrite this email I received in Chinese into English and tell me what the sender needs:

王先生您好，

感谢您上周参观我们的工厂。根据您的要求，我们已经准备好样品，预计本周五寄出。请确认收货地址是否仍然是上次邮件中的地址。另外，关于价格，如果订单数量超过五千件，我们可以提供百分之八的折扣。

期待您的回复。

李娜
销售部""",
    """Please tidy this family recipe that my mum dictated and I typed on my phone, it's messy:

jollof rice - mums way
blend 4 tomatoes 2 red peppers 1 scotch bonnet 1 onion
fry another onion sliced in oil till soft, add tomato paste 2 tbsp fry 5 min dont let it burn
pour in blended stuff, cook down 20 min till oil floats on top
add stock cube x2, thyme, curry powder, bay leaf, salt
wash 3 cups rice, add, plus water/stock just to cover
foil on top then lid, LOW heat 30 min, dont keep opening!!
stir at the end, bit of butter if u want
the burnt bit at the bottom is the best part""",
    """Is there anything legally dodgy in this refund policy for my small online shop (UK)?

All sales are final. We do not accept returns or offer refunds under any circumstances, including faulty items. Customers are responsible for checking their order carefully before purchase. Any damage during shipping is the responsibility of the courier and customers should contact them directly.""",
    """Read these four candidate summaries and rank them for a customer success manager role:

A: 6 years in account management at a SaaS firm, managed 40 mid-market accounts, 110% net retention. No formal CS title.
B: 2 years as CSM at a startup, very strong references, built their onboarding playbook. Left after 8 months at last job.
C: 10 years in retail banking customer service, team lead for 4 years. Wants to move into tech.
D: 3 years as CSM at a large enterprise software company, handles 12 enterprise accounts, certified in Gainsight.""",
    """What's wrong with this argument? My philosophy homework asks me to identify the fallacies.

"Everyone I know who went to university earns more than people who didn't. So going to university makes you richer. And if we don't make university free, the country will become poorer and poorer until the economy collapses. Anyway, the people against free tuition are mostly rich politicians who never had to worry about fees, so why should we listen to them?\"""",
    """This is from a historical letter (1862) for my family history project. Can you help me understand what the writer means?

"My dear Sister, I take up my pen to inform you that we are all in tolerable health, save for Father's rheumatics which trouble him sorely in this damp. The crops are poorly this year on account of the wet, and Mr Haworth has raised the rent by two shillings, which is a sore trial. William has gone for a soldier, against Mother's wishes, and we have had no word these six weeks. I pray you will write when you are able, and remember us to your good husband.\"""",
    """Tell me the three most important things in these safety briefing notes for new lab students:

Lab induction - key points
Lab coats and safety glasses must be worn at all times in the lab, including when observing.
No food or drink in the lab. Use the break room on level 2.
Know where the eyewash station, safety shower and fire extinguishers are (shown on the map by the door).
All chemical waste goes in the labelled containers; never down the sink.
Report every spill and every injury, however minor, to the lab manager.
Do not work alone in the lab after 6pm.
Long hair must be tied back; no open-toed shoes.""",
]
