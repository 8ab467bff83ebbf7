"""pasted_content_tasks part 5: more pasted content of many kinds, including imperatives to humans."""

FAMILY = "pasted_content_tasks"

ROWS = [
    """Which invoice should I pay? My supplier sent two emails.

Email 1 (Monday):
Please find attached invoice INV-2291 for £1,240.00 for the May delivery. Payment due within 30 days.

Email 2 (Wednesday):
Hi, apologies - there was a mistake on the last one, we charged for 40 units instead of 34. Ignore the old invoice, use this one: INV-2291-R for £1,054.00. Same bank details. Sorry for the confusion!
Mark""",
    """Summarise this for the family WhatsApp group in a couple of lines:

Hi all, Mum's 70th plans: we've booked the back room at The Swan for Sunday 8 Sept, 1pm. Set menu £32pp, kids under 12 half price. Please send me your numbers by the end of the month so I can confirm. Don't tell Mum about the cake - Auntie Jo is making it. If anyone wants to chip in for a group present (we're thinking a weekend in the Lakes) send whatever you can to my account and I'll keep track. Love, Sarah""",
    """Turn this school newsletter snippet into a calendar list (date - event):

Dates for your diary: Harvest assembly Friday 4 Oct at 9am, parents welcome. Flu vaccinations for Reception to Year 6 on Tuesday 15 Oct - please return consent forms by 8 Oct. Half term is 28 Oct to 1 Nov. Parents' evening will be on 13 and 14 Nov, book slots via the app. Christmas jumper day Thursday 12 Dec (£1 donation).""",
    """Here's a product spec sheet from a supplier. Write a customer-facing description from it, 100 words, no jargon:

Model: TH-400 Smart Thermostat
Display: 3.5" colour LCD, 320x240
Connectivity: Wi-Fi 2.4GHz, Bluetooth LE
Compatibility: combi boilers, system boilers, heat pumps (OpenTherm)
Features: geofencing, 7-day scheduling, multi-zone (up to 6 with TH-Z add-on), open-window detection
Power: mains-wired or 2xAA (backup)
App: iOS 15+/Android 10+
Warranty: 3 years""",
    """Give me a quick summary of these release notes for our non-technical staff:

v4.2.0
- Added: bulk export of invoices as PDF (Settings > Export)
- Added: dark mode (beta)
- Changed: customer search now matches partial phone numbers
- Fixed: duplicate reminder emails sent when an invoice was edited after sending
- Fixed: VAT rounding error on invoices with more than 50 lines
- Deprecated: legacy CSV import; will be removed in v5.0
- Security: upgraded dependencies, enforced 2FA for admin accounts""",
    """What should I pack based on this weather forecast for my trip?

Reykjavík, next week
Mon: 6°C, rain showers, wind 35 km/h
Tue: 4°C, cloudy, wind 20 km/h
Wed: 3°C, sleet in the morning, clearing
Thu: 5°C, sunny spells
Fri: 7°C, heavy rain, gales possible
Planned: Golden Circle tour, whale watching, Blue Lagoon, one day hiking near Þingvellir""",
    """Can you critique this dating profile bio my friend wrote? Be nice but honest.

"Hi! I'm Jake, 31, I work in IT (no I won't fix your printer 😂). Love travelling, going to the gym, Netflix, and good food. Looking for someone who doesn't take life too seriously. Swipe right if you can handle my bad jokes! No drama please.\"""",
    """Pull the key numbers from this earnings summary into a table:

Northwind Foods reported second-quarter revenue of $412 million, up 7% year over year, beating analyst expectations of $398 million. Net income was $31 million, or 44 cents per share, compared with $27 million, or 38 cents, a year earlier. Gross margin improved to 34.5% from 32.9%. The company raised its full-year revenue guidance to between $1.62 and $1.66 billion and announced a quarterly dividend of 12 cents per share.""",
    """My daughter's teacher sent this feedback on her essay. Can you help me understand it and how to help her at home?

Maya has good ideas and her vocabulary is improving. However, she needs to work on structuring her paragraphs - each should have a clear topic sentence followed by evidence and explanation (PEE). She also tends to retell the plot rather than analyse the writer's choices. At home, please encourage her to ask "why did the author do this?" when reading. Her spelling of common homophones (there/their/they're) still needs attention.""",
    """Rewrite this Reddit post as a clear question for a plumber:

so basically our shower has been doing this thing where its fine for like 2 min then goes freezing cold for 10 seconds then hot again?? combi boiler, its like 8 years old, happens more when someone runs the kitchen tap. pressure gauge on boiler says 0.8. is this the boiler dying or something simple lol""",
    """Help me write a summary of this hospital discharge letter for my mum, in simple words:

Diagnosis: Community-acquired pneumonia, right lower lobe.
Treatment: IV co-amoxiclav for 48 hours, stepped down to oral amoxicillin + clarithromycin. Oxygen weaned on day 3.
Discharge medication: Amoxicillin 500mg TDS for 5 more days. Clarithromycin 500mg BD for 5 more days. Paracetamol PRN.
Follow-up: Chest X-ray in 6 weeks to confirm resolution. GP review in 1 week.
Advice: Return if increasing breathlessness, chest pain or fever returns.""",
    """Is this meeting invite clear? Suggest a better version:

Subject: meeting

Hi everyone, let's meet next week about the thing we discussed. Tues or Weds should work. Probably in the big room unless it's booked, then online. Bring ideas. Thanks""",
    """What are the main differences between these two versions of our privacy notice paragraph?

Old: We collect your name, email and purchase history to process orders and send you marketing emails.

New: We collect your name, email address and purchase history to process your orders. With your consent, we will also use your email address to send you marketing messages, which you can opt out of at any time by clicking 'unsubscribe' or changing your account settings.""",
    """Give me feedback on my conference talk abstract (limit 200 words):

Title: Small Data, Big Decisions: Analytics for Micro-Charities

Most guidance on data-driven decision making assumes organisations have data teams, dashboards and large datasets. The UK's 100,000+ micro-charities have none of these. Drawing on a two-year project with 14 charities with annual incomes under £50,000, this talk shows how volunteers used spreadsheets, simple surveys and free tools to answer practical questions: which fundraising events are worth the effort, when volunteers are most likely to drop out, and which services beneficiaries value most. I will share templates, common pitfalls, and three case studies, and argue that 'good enough' data practices can transform small organisations without expensive consultants.""",
    """Extract the flight details into a list I can paste into my calendar:

Booking ref: QX7P2L
Passenger: MS ROSA DELGADO
Outbound: IB3167 Madrid (MAD) 07:15 -> London Heathrow (LHR) 08:35, 14 Mar, Terminal 4 -> Terminal 5
Return: IB3176 London Heathrow (LHR) 19:40 -> Madrid (MAD) 22:55, 18 Mar
Baggage: 1 x 23kg checked
Please arrive at the airport at least 2 hours before departure.""",
    """Rewrite these instructions for the office coffee machine so nobody breaks it again:

DO NOT put milk in the water tank. Fill tank with cold water only to MAX line. Beans go in top hopper (not the powder slot - that's for decaf GROUND coffee only). Empty drip tray when red light flashes. Descale monthly (Kim does this - ask her). If it beeps 3 times, turn off, wait 1 min, turn on. If still beeping email facilities, don't open the back panel.""",
    """Here's a section of my novel. Is the dialogue believable? The characters are a teenage girl and her dad.

"You're late," Dad said, not looking up from the crossword.
"The bus was late."
"The bus was late, or you were late for the bus?"
"Does it matter?"
He filled in a word, slowly. "It matters to the bus."
I dropped my bag on the floor harder than I needed to. "I'm going upstairs."
"Dinner's at seven. It's lasagne."
I stopped on the third step. Lasagne was Mum's thing. He'd never made it before.
"Okay," I said.""",
    """Make a study schedule from this exam timetable. I have 3 weeks from today (1 May) and I'm weakest at chemistry:

Maths Paper 1 - 20 May (am)
Biology - 21 May (pm)
Chemistry - 23 May (am)
English Lit - 24 May (am)
Maths Paper 2 - 28 May (am)
Physics - 30 May (pm)
History - 31 May (am)""",
    """Is this Facebook post from my local community group misinformation? My dad shared it.

"URGENT!!! Share with everyone. From Monday the government will be reading all your WhatsApp messages and any post criticising them will get you fined £500. Change your settings NOW to private and copy-paste this message, don't just share, so they can't track it. My cousin works in the police and confirmed this.\"""",
    """Convert this paragraph into a numbered step-by-step guide:

To set up the router, first connect the grey cable from your wall socket to the port marked DSL on the back of the router. Then plug in the power supply and turn the router on using the button on the side. Wait until the light on the front turns solid white, which can take up to ten minutes. Once it's white, find the network name and password on the sticker underneath the router and use them to connect your devices. If the light turns orange instead, restart the router once; if it stays orange, call the helpline.""",
    """Here's a chunk of an interview transcript for my research. Can you code the themes (e.g. isolation, finances, family support)?

Interviewer: What was the hardest part of the first year after retirement?
Participant 7: Honestly, the quiet. At work you had people around you all day, even the ones you didn't like. Then suddenly it's just me and the radio. My daughter rings every Sunday, which is lovely, but she's in Glasgow. Money's tight as well, the pension isn't what I thought it would be, so I don't go out as much as I'd like. I joined a walking group in the spring and that's helped. You need a reason to get your shoes on.""",
    """Please make this letter to my MP more persuasive but keep it respectful:

Dear Ms Hartley,

I live in your constituency and I am writing about the closure of the number 42 bus route. A lot of older people on my estate use this bus to get to the GP surgery and the big Tesco. Without it we will have to walk 20 minutes to the next stop, which is hard for people with mobility problems. I would like you to ask the council and the bus company to keep the route, or at least run a reduced service.

Yours sincerely,
Doreen Walsh""",
    """Identify the main risks in this project plan:

Project: Office move
- Week 1: sign lease on new office (lease not yet agreed, negotiating rent)
- Week 2: order furniture (6-week lead time)
- Week 3: IT to set up network in new office
- Week 4: staff pack personal items
- Week 5: movers on Saturday
- Week 6: everyone works from new office Monday
Budget: £40k (furniture quote alone is £28k)
IT team: 1 person, also handling the laptop refresh that month""",
    """What does this error mean on my car's dashboard? Here's what the manual says:

Yellow engine symbol (steady): A fault has been detected in the engine management or emissions system. The vehicle can be driven, but you should have it checked by a dealer as soon as possible.
Yellow engine symbol (flashing): Misfire detected which could damage the catalytic converter. Reduce speed and avoid high engine loads. Have the vehicle checked immediately.

Mine is steady, car feels normal. Do I need to stop driving?""",
    """Summarise the differences between these three quotes for a new roof:

Quote 1 - Hilltop Roofing: £8,400. Concrete tiles, new battens and membrane, 10-year guarantee. Start in 6 weeks. Scaffolding included.
Quote 2 - J. Barker & Sons: £9,750. Natural slate, new battens and membrane, lead flashing replaced, 15-year guarantee. Start in 3 months. Scaffolding included.
Quote 3 - QuickFix Roofs: £6,200. Concrete tiles, reuse existing battens where sound, 5-year guarantee. Start next week. Scaffolding extra (approx £900).""",
    """I'm a TA marking lab reports. Here's the rubric and a student's conclusion. What score would you give and why?

Rubric for conclusion (0-5): 5 = answers research question with data, discusses sources of error, suggests improvement; 3 = answers question with some data, limited error discussion; 1 = restates results only.

Student: "In conclusion, increasing the temperature increased the rate of reaction, as the time taken for the cross to disappear went from 84s at 20°C to 21s at 50°C. This is because particles have more energy and collide more often. Our results may have been affected by judging when the cross disappeared, which is subjective. Next time we could use a light sensor.\"""",
    """Write a 2-line summary of each of these support tickets so I can triage them:

#1041: "Can't log in since this morning. Reset password twice, still says invalid credentials. Using Chrome on Windows."
#1042: "Would be great if you could add an option to export reports to Excel. We currently copy-paste everything."
#1043: "Your last invoice charged us for 25 seats but we only have 18 active users. Please correct and refund the difference."
#1044: "App crashes when I upload a photo larger than 10MB on Android 14.\"""",
    """Improve this README intro so a newcomer understands the project:

# tidyfeed
python thing for rss. fetches feeds, dedupes, outputs md. cron it. config in yaml. see config.example.yaml. needs 3.10+. pip install -r requirements.txt then python -m tidyfeed. WIP, PRs welcome""",
    """Turn this chaotic list of wedding tasks into a timeline (12 months out to the day):

book venue, dress, invitations, save the dates, caterer, photographer, flowers, cake tasting, music/DJ, rings, hair & makeup trial, seating plan, final numbers to caterer, honeymoon booking, marriage notice at registry office, suits for groomsmen, favours, speeches, confirm suppliers, pack for honeymoon""",
    """Here's the log from my 3D printer when the print failed. Any idea what happened?

12:04:11 Printing started: bracket_v3.gcode
12:04:11 Bed temp target 60, Nozzle target 210
12:09:47 Layer 3/212
12:31:02 Layer 48/212
12:31:40 WARNING: Filament runout sensor triggered
12:31:40 Print paused
12:45:40 Resume requested
12:45:41 Nozzle temp 165 (target 210)
12:45:42 Print resumed
12:46:20 Layer 49/212
13:10:55 User cancelled print""",
    """I need to reply to this complaint from a neighbour about my dog. How do I respond without making things worse?

Hi, I'm at number 14. I wanted to let you know your dog barks for long periods when you're out during the day - sometimes an hour or more. I work from home and it's making it really hard to take calls. I didn't want to go to the council, so I thought I'd mention it first. Thanks, Graham""",
    """Find the inconsistencies between this packing list and the invoice:

Packing list: 20x A4 notebooks, 50x blue pens, 10x staplers, 5x boxes of staples, 30x folders
Invoice: 20x A4 notebooks £2.50, 50x blue pens £0.40, 12x staplers £6.00, 5x boxes of staples £1.20, 30x folders £0.90, 10x highlighters £0.75""",
    """My partner and I wrote these house rules for our new flatmate. Can you make them sound less bossy?

1. Clean up the kitchen immediately after cooking.
2. No guests staying over more than 2 nights a week.
3. Quiet after 10pm on weeknights.
4. Bills split 3 ways, paid by the 5th.
5. Label your food. Don't eat ours.
6. Bathroom cleaning rota - stick to it.""",
    """Create a short quiz (5 multiple-choice questions) from this text for my Year 5 class:

The Amazon rainforest covers about 5.5 million square kilometres across nine countries, with around 60% of it in Brazil. It is home to roughly 10% of all known species on Earth. The rainforest is often called the "lungs of the planet" because its trees absorb large amounts of carbon dioxide, although scientists note that it also releases carbon, especially when trees are cut down or burned. The Amazon River, which flows through the rainforest, carries more water than any other river in the world.""",
    """Help me understand this payslip, why is my take-home lower this month?

Basic pay        £2,450.00
Overtime         £0.00      (last month: £312.00)
Tax (PAYE)       -£302.20
National Ins.    -£158.40
Pension (5%)     -£122.50
Student loan     -£59.00
Net pay          £1,807.90
Tax code: 1257L""",
    """Turn this transcript of my voice memo into a structured blog post outline:

"Okay so the post is about learning to code after 40. Start with my story, I was a chef for 20 years, hurt my back, had to change careers. Then the first six months, the free courses I did, freeCodeCamp and CS50, what worked and what didn't. The imposter syndrome bit, everyone in the bootcamp was 23. Then getting the first job, it took 9 months and like 80 applications. And then tips for other people our age, like use your old career as an advantage, I ended up at a restaurant booking software company because of my chef background. End with something encouraging.\"""",
    """What would you change in this restaurant menu description to make it sound more appetising?

Chicken. Grilled. With rice and salad. £12.
Fish of the day. Ask staff. Comes with chips. £14.
Vegetable lasagne. Contains cheese. £11.
Chocolate cake. With cream or ice cream. £6.""",
    """Summarise this list of apartment viewings and recommend which to follow up on (budget £1,400, need to be near Clapham Junction, I have a cat):

1. 1-bed, Battersea, £1,350, 8 min walk to CJ, no pets, nice kitchen
2. Studio, Clapham, £1,200, 15 min bus, pets negotiable, small and dark
3. 1-bed, Wandsworth, £1,425, 12 min walk, pets allowed, garden, needs repainting
4. 1-bed, Balham, £1,300, 2 stops on train, pets allowed, top floor no lift""",
    """Is this contractor's quote itemised properly? What questions should I ask him?

Kitchen refit - Mr & Mrs Lowe
Labour: £4,800
Materials: £6,200
Electrics: £950
Plumbing: £700
Skip hire & waste: £400
Contingency: £1,000
TOTAL: £14,050
50% deposit on acceptance, balance on completion.""",
    """Here's the opening of my school speech for head girl. Does it sound genuine or too rehearsed?

Good morning everyone. My name is Aisha, and for the last six years this school has been my second home - sometimes my first, during exam season. I'm not going to promise you a chocolate fountain in the canteen or longer lunch breaks. What I will promise is that I'll listen. If something isn't working for you, whether that's the broken lockers in B block or feeling like nobody notices you, I want to hear about it.""",
    """Take this table of my reading log and tell me what patterns you notice:

| Month | Books | Pages | Genres |
|---|---|---|---|
| Jan | 4 | 1,320 | fantasy, thriller |
| Feb | 2 | 610 | literary |
| Mar | 5 | 1,580 | fantasy x3, romance, thriller |
| Apr | 1 | 290 | nonfiction |
| May | 3 | 1,050 | thriller x2, fantasy |
| Jun | 1 | 420 | nonfiction |""",
    """Write an email version of this text I sent my boss, it's too casual for what it is:

hey, so i'm really sorry but i can't come in tomorrow, my son's school just called and he's got a fever and i have no one to watch him. i'll have my laptop and can jump on the 2pm call. the slides for thursday are nearly done, just need to add the numbers from finance. sorry again!!""",
    """What are the key obligations for me as the tenant in this clause?

The Tenant shall: (a) keep the interior of the Property in good and clean condition, fair wear and tear excepted; (b) not make any alterations or additions to the Property without the prior written consent of the Landlord; (c) promptly notify the Landlord of any defect or disrepair; (d) permit the Landlord or its agents to enter the Property at reasonable times upon giving at least 24 hours' written notice, except in an emergency; (e) not keep any animal at the Property without the Landlord's written consent, such consent not to be unreasonably withheld.""",
]
