KIND = "extract_paste"

ITEMS = [
"""Pull out all the action items from these meeting notes and who owns each one. Table format please.

Weekly sync — Tues
- Hana: vendor contract still not signed, she'll chase legal by Thurs
- We agreed the landing page copy needs another pass; Rui to draft v2
- Budget: Omar to send updated Q2 numbers to finance before EOD Friday
- Someone needs to book the room for the client demo on the 18th -> Hana said she'd do it
- Rui mentioned the analytics dashboard is broken, Omar will look into it
- Next sync moved to Wednesday""",

"""Extract the invoice details as JSON (vendor, invoice number, date, due date, line items with qty and price, total):

BLUE HERON PRINTING CO.
Invoice #BH-20931
Date: 03/14/2025
Bill to: Tidewater Yoga Studio, 88 Marsh Lane
Due: 04/13/2025

500 x Flyers (full color, A5) ........ $0.18 ea ..... $90.00
200 x Business cards .................. $0.12 ea ..... $24.00
2 x Vinyl banner 3ft x 6ft ........... $45.00 ea .... $90.00
Design fee (1 hr) ..................................... $55.00

Subtotal: $259.00
Tax (6%): $15.54
TOTAL DUE: $274.54""",

"""Can you get all the dates and deadlines out of this email and list them in chronological order?

Hi all,
Quick reminder about the conference timeline. Abstract submissions close on May 2. Reviewers will send decisions by June 10. If accepted, camera-ready papers are due July 1, and early-bird registration ends June 20 (regular registration runs until August 15). The conference itself is September 8–10 in Lisbon. Also, travel grant applications are due May 30.
Cheers,
Tomasz""",

"""From this log output, give me a CSV of timestamp, level, and message for only the ERROR and WARN lines:

2024-11-02 08:14:01 INFO  Starting worker pool (size=8)
2024-11-02 08:14:03 INFO  Connected to queue orders-east
2024-11-02 08:15:22 WARN  Retry 1/3 for job 4481: timeout after 30s
2024-11-02 08:15:54 INFO  Job 4481 completed
2024-11-02 08:17:10 ERROR Job 4490 failed: invalid SKU "AB-00X"
2024-11-02 08:17:11 INFO  Job 4491 completed
2024-11-02 08:19:45 WARN  Queue depth above threshold (1200)
2024-11-02 08:21:02 ERROR Lost connection to queue orders-east
2024-11-02 08:21:05 INFO  Reconnected to queue orders-east""",

"""I copied this from a recipe site. Can you extract just the ingredient list with quantities in a table (ingredient | amount | unit)?

To make this, you'll first need to whisk 2 cups of all-purpose flour with 1 teaspoon baking soda and a half teaspoon of salt. In another bowl cream 1 stick (1/2 cup) of softened butter with 3/4 cup brown sugar until fluffy, then beat in 2 large eggs and 1 tsp vanilla. Mash 3 very ripe bananas and stir them in along with 1/3 cup sour cream. Fold in the dry stuff, then 1/2 cup chopped walnuts if you like. Bake at 350°F for about 60 minutes.""",

"""pls pull every name + phone number + email from this into a list, it's a mess

Contacts for the block party:
Dana Whitlock (food) - 555-0142, dana.w@maplemail.test
grills: ask Ben Ortega, his cell is 555 0199. or email bortega@examplepost.test
music -> Keisha Ramsey keisha.r@examplepost.test no phone
permits handled by Lou Fairbanks 555-0163
Kids games: the Nakamura twins, call their mom Emi at 555-0187""",

"""Please turn this job ad into structured fields: title, company, location, salary range, employment type, required skills (list), nice-to-have skills (list), application deadline.

Harbor & Pine Logistics is hiring a Warehouse Operations Analyst (full-time) for our Tacoma, WA site. You'll analyze throughput, build weekly reports, and work with shift leads to cut pick times. You must be comfortable with Excel (pivot tables, lookups) and SQL, and have 2+ years in logistics or supply chain. Experience with Tableau or Power BI and any exposure to Python would be a plus. Forklift certification is a bonus but not required. Pay: $68,000–$79,000 depending on experience. Apply by October 31.""",

"""Extract the key numbers from this quarterly update into a small table: metric, Q1 value, Q2 value, change.

In Q2 our monthly active users rose to 48,200 from 41,900 in Q1. Revenue came in at $1.32M, compared to $1.08M the previous quarter. Churn improved, falling from 4.1% to 3.4%. Average support response time was 5.1 hours, up slightly from 4.7 hours in Q1 due to staffing gaps. Headcount grew from 37 to 42.""",

"""Can you list every medication mentioned in this discharge note with dose and frequency? It's my mom's, I want to make a chart for the fridge.

Discharge summary: Patient to continue metoprolol 25 mg twice daily. Start atorvastatin 40 mg once nightly. Aspirin 81 mg daily — continue. Furosemide 20 mg once each morning for 7 days then stop. Potassium chloride 10 mEq once daily while on furosemide. Acetaminophen 500 mg every 6 hours as needed for pain, max 3 g/day. Follow up with Dr. Ilves in cardiology in 2 weeks.""",

"""From this customer email, extract: customer name, order number, product, issue, what they want. JSON please.

Hello, my name is Gareth Llewellyn and I ordered a standing desk (the Ashby Pro, walnut top) on the 3rd, order number 77-4410-KD. It arrived yesterday but one of the legs has a dent and the motor makes a grinding noise when it goes up. I'd prefer a replacement rather than a refund since I really like the desk otherwise. Can someone arrange a pickup? I'm home weekdays after 3. Thanks, Gareth""",

"""Grab all the URLs out of this text and tell me which domain each belongs to:

Resources from today's workshop: slides are at https://files.quillbrook.test/ws/slides-v3.pdf, the practice dataset is on https://data.northfen.test/sets/birds2023.csv and the signup for next session is https://forms.quillbrook.test/next. If you missed it, the recording will be at https://video.northfen.test/watch?id=88213 by Monday.""",

"""Here's a table copied from a PDF and it's all smushed. Can you turn it into a proper markdown table?

Country Capital Population(M) Area(km2)
Norway Oslo 5.5 385207 Portugal Lisbon 10.4 92212 Chile Santiago 19.6 756102 Kenya Nairobi 54.0 580367 Vietnam Hanoi 98.2 331212""",

"""Extract the flight details into a clean itinerary (date, flight no, from, to, depart, arrive):

Your booking is confirmed! Outbound: Thu 12 June, flight NR 418 departing Manchester (MAN) 07:35, arriving Reykjavik (KEF) 09:50. Return: Mon 16 June, NR 419 departing KEF 11:20 arriving MAN 15:25. Booking ref QX7TLM. Passenger: Ms Helena Brightwater. Baggage: 1 x 23kg checked.""",

"""From these survey comments, extract every specific feature request people mentioned (not complaints, just requests). Deduplicate.

- "Would love a dark mode, my eyes hurt at night"
- "The app crashes when I upload photos"
- "Please add the ability to export to PDF"
- "dark mode pls!!!"
- "Can you let us share lists with family members?"
- "Too many notifications"
- "An export option for spreadsheets would help my accounting"
- "I want to be able to set recurring reminders"
- "shared lists with my partner would be great"
- "Support is slow to respond"
""",

"""Could you pull out the addresses from this text and format them as a CSV with columns name, street, city, postal code?

Please send the samples to the following people: Ines Marchetti at 14 Quayside Row, Dunmore, DM4 7PL; Dr. Kofi Asante, 220 Birchwood Ave, Elmstead, EL2 9XR; and the Greenhill Library (attn: Ruth Calloway), 5 Church Street, Ashford Vale, AV1 3QQ.""",

"""Extract the scores from this summary into a table by team and quarter:

The Wildcats opened strong, taking the first quarter 24-18 over the Ravens. The Ravens answered in the second, outscoring the Wildcats 22-15. The third quarter was tight, 19-19. In the fourth, the Wildcats pulled away 27-20 to win the game.""",

"""I need the expense items from this text message thread as a list with who paid, amount, and what for, then tell me who owes who.

Mel: I paid the cabin deposit, $300
Jonah: groceries were $86.40, I got those
Mel: gas on the way up $52
Priya: I bought the firewood and ice, $31
Jonah: also dinner saturday $120 on me
Priya: and I paid for the kayak rental, 75""",

"""Please extract all the dates of birth and ages from this family tree note and check if they're consistent (assume today is Jan 1 2025):

Grandpa Tomas, born 14 Feb 1941, age 83. Grandma Lucia, born 2 Sept 1944, 80. Uncle Rafael born 1968, 56. Aunt Carmen born 30 Dec 1971, age 54. Cousin Inés, born 2001, 23.""",

"""Extract the version numbers and package names from this requirements dump into JSON {package: version}:

numpy==1.26.4
pandas>=2.1.0
requests==2.31.0
# dev tools
pytest==8.0.2
black==24.2.0
matplotlib~=3.8""",

"""Can you pull the symptoms, start dates, and severity out of my notes so I can show my doctor? Table would be great.

Started getting headaches around Oct 3, mostly afternoon, maybe 5/10. Oct 10 noticed my eyes feel dry after work. Around the 15th the headaches got worse, like 7/10 some days. Neck stiffness on and off since about Oct 12, mild. Slept badly the week of Oct 20.""",

"""From this email thread, list all the decisions that were actually made (vs just discussed):

Sunita: Should we move the launch to the 20th?
Kai: I think the 20th works. Also should we cut the referral feature?
Sunita: Let's keep referrals but drop the leaderboard. Agreed on the 20th.
Kai: ok. maybe we do a webinar?
Maya: Webinar sounds fun but not this time. I'll approve the extra design budget though, $4k.
Sunita: great, thanks Maya.""",

"""Extract book titles, authors and years from this paragraph into a list sorted by year:

Our reading group this year covered a lot: we started with "The Salt Orchard" by Mireille Dufresne (2019), then went back in time with Harold Ames's "Winter at Calder Point" (1987). In spring we read "Paper Lanterns" (2022, by Jun Takeda) and "The Cartographer's Daughter" by Esther Nwosu, published 2008. We ended with "Small Hours" by Colm Farrelly, 2015.""",

"""Can you get the hours worked per day from this timesheet note and total them?

Mon 8:30-12:00, 12:45-5:15
Tue 9-1 then 2-6
Wed off
Thu 7:45 to 4:15 with 30 min lunch
Fri 8-12""",

"""Turn this list of student grades into JSON with name, assignment scores as an array, and average:

Ahmed: 88, 92, 79
Bella: 95, 90, 97
Chidi: 72, 81, 85
Delphine: 60, 78, 83
Eero: 91, 89, 94""",

"""Please pull all the technical specs out of this product description into a spec table:

The Tern X2 e-bike pairs a 250W rear hub motor with a 504Wh removable battery for up to 80 km of assisted range. It weighs 22.4 kg, has a 9-speed Shimano drivetrain, hydraulic disc brakes, and 27.5" wheels. Max rider weight is 120 kg. Charging takes about 4.5 hours. Available in sizes S, M, L.""",

"""Extract every question the customer asked in this chat transcript so I can make sure we answered them all:

Customer: hi, is the blue sweater still available in medium?
Agent: Yes it is!
Customer: great. does it shrink in the wash? and what's it made of
Agent: It's 80% merino, 20% nylon.
Customer: ok and can I get it by Friday if I order today? also do you ship to Canada
Agent: We do ship to Canada!
Customer: cool, thanks""",

"""From this paragraph, extract the people and their job titles as a two column table:

At the ribbon cutting, Mayor Celeste Ambrose thanked project manager Victor Hale and lead architect Naomi Brandt. Also present were school principal Dennis Yu, fire chief Rosa Menendez, and Lakeside Credit Union CEO Philip Osei, whose company donated the playground.""",

"""Can you pull the to-dos out of this rambling voice memo transcript? Just a checklist.

ok so um tomorrow I need to call the vet about Biscuit's shots, and oh I have to return that library book it's overdue I think, also pick up Leo from practice at 5 not 5:30, and remember to email Mrs. Park back about the field trip form, and we're out of coffee and dish soap, and I should really book the oil change before the weekend""",

"""Extract the nutritional info into JSON per 100g from this label text:

Nutrition per 100g: Energy 1620kJ / 387kcal. Fat 14g, of which saturates 2.1g. Carbohydrate 52g, of which sugars 18g. Fibre 7.5g. Protein 10g. Salt 0.3g.""",

"""Give me a table of the apartments from this listing text: address, bedrooms, rent, available date, pets allowed y/n

- 312 Harmon St #2: 2BR, $1,650/mo, available Aug 1, cats ok no dogs
- 88 Willow Ct: studio, $1,100, available now, no pets
- 1540 Grant Ave Apt 5C: 3 bed, $2,300/month, avail Sept 15, pets negotiable
- 19 Ferry Rd: 1BR, $1,275, July 1, dogs under 30lb welcome""",

"""Can you extract the error codes and how many times each appears from this log?

[E102] disk quota exceeded
[E310] auth token expired
[E102] disk quota exceeded
[W005] slow response
[E310] auth token expired
[E310] auth token expired
[E441] malformed payload
[W005] slow response
[E102] disk quota exceeded""",

"""Extract the key terms from this lease clause: rent amount, due day, late fee, grace period, deposit.

Tenant shall pay monthly rent of One Thousand Four Hundred Twenty Dollars ($1,420.00) on or before the first (1st) day of each calendar month. Rent received after the fifth (5th) day of the month shall incur a late charge of Seventy-Five Dollars ($75.00). Tenant has deposited with Landlord the sum of Two Thousand Dollars ($2,000.00) as a security deposit.""",

"""Parse these messy product codes and give me brand, model, color, size as separate columns:

NK-AIRLITE-BLK-42
ADS_RunPro_white_40
nk-trailx-GRN-44
PMA.Velo.Red.41
ads-runpro-BLK-43""",

"""From this bank statement excerpt, list only the subscriptions (recurring charges) and their monthly cost:

03/01 STREAMFLIX MONTHLY 15.99
03/02 GROCERY OUTLET 84.21
03/04 CLOUDBOX STORAGE 2.99
03/05 SHELL GAS 41.00
03/07 FITZONE GYM 39.00
03/11 COFFEE CORNER 5.75
03/15 TUNEWAVE PREMIUM 10.99
03/18 PHARMACY PLUS 12.40
03/22 NEWSDAILY DIGITAL 8.00""",

"""Please pull out the participants' answers to question 3 only and put them in a list:

P1 — Q1: yes. Q2: about twice a week. Q3: mostly on the bus. Q4: no.
P2 — Q1: no. Q2: daily. Q3: at home before bed. Q4: sometimes.
P3 — Q1: yes. Q2: rarely. Q3: in the car waiting for my kids. Q4: yes.
P4 — Q1: yes. Q2: weekends. Q3: during lunch break at work. Q4: no.""",

"""Extract all the measurements from this renovation note and convert them to metric:

Living room is 14 ft by 18 ft, ceiling 8.5 ft. The window on the north wall is 48 inches wide. We need a rug about 9x12 feet. The bookshelf is 30 in deep which seems too much, the doorway is 32 inches.""",

"""can u make a json list of all the events with date time and location from this

Spring events at Oakridge Library!
- Toddler story time, every Tues 10:30am, Children's Room
- Author talk with Beatriz Solano, Apr 9 at 6pm, Main Hall
- Seed library launch Apr 13, 1-3pm, Garden Patio
- Tax help clinic, Sat Apr 5 and Apr 12, 9am-noon, Room B""",

"""Extract the GPS coordinates and names from this hiking log and give me a table:

Day 1 start at Pinecrest trailhead (44.2871, -121.5532). Lunch at Hollow Lake 44.3012,-121.5198. Camped at Eagle Saddle, coords 44.3155, -121.4987.
Day 2 summit of Mt. Ranulf at 44.3302,-121.4801 then back down.""",

"""Here's a bunch of chat messages from our team. Pull out any times someone committed to doing something, with the person and the deadline if any.

lena: I can take the onboarding doc, should be done by wed
raj: anyone know where the staging keys are
tom: I'll review raj's PR tonight
raj: thx. also I'll update the README at some point
lena: @tom can you also do the release notes before friday?
tom: yep will do""",

"""Extract all the numbers with units from this paragraph and list them:

The bridge spans 1.2 km and rises 48 m above the river. Construction took 3 years and used roughly 14,000 tonnes of steel. It carries about 22,000 vehicles a day, and the speed limit is 60 km/h. The deck is 24 metres wide.""",

"""Convert this conversation about a lunch order into an order table: person, item, size, notes.

Ana: I'll get the chicken wrap, no onions
Ben: large iced latte and a blueberry muffin
Cleo: small soup of the day, and can I get extra bread
Dev: same as Ana but with onions lol
Eli: just a medium black coffee""",

"""Could you extract the contract start date, end date, renewal terms, and notice period from this?

This Agreement shall commence on 1 February 2025 and continue for an initial term of twelve (12) months. Thereafter, it shall automatically renew for successive periods of twelve (12) months unless either party provides written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.""",

"""Pull out the citation info (authors, year, title, journal, volume, pages) from this messy reference into a clean APA-style entry and also a JSON object:

okonkwo c, lind p & garza m. 2021. soil moisture memory in semi arid grasslands. journal of dryland ecology vol 14 pages 233-249""",

"""From this class schedule text, make a weekly timetable table (Mon–Fri rows, times as columns or whatever works):

Biology: Mon Wed Fri 9-10
Statistics: Tue Thu 10:30-12
Spanish II: Mon Wed 1-2:15
Lab: Thu 2-5
Writing seminar: Fri 11-12:30""",

"""List every place name from this travel diary entry in the order they appear, no duplicates:

We left Ljubljana early and drove to Lake Bled, then over the pass toward Kranjska Gora. Lunch was in Kranjska Gora at a tiny place by the river. In the afternoon we crossed into Italy near Tarvisio and ended the day in Udine. Tomorrow: back to Ljubljana via Nova Gorica.""",

"""Can you pull each employee's PTO balance from this HR email and put it in a table?

Hi managers, end-of-year PTO balances: Sarah Kim has 6.5 days, Marco Bellini 12 days (over the carryover cap of 10, please remind him), Jade Oyelaran 0 days, Tim Forsberg 3 days, and Ana Lucía Prieto 9.5 days. Unused days above 10 expire Dec 31.""",

"""Extract the key facts from this news blurb as bullet points: who, what, when, where.

On Thursday evening, volunteers from the Millhaven Rotary Club planted 150 native oak saplings along the banks of Sutter Creek. The project, organized with the county parks department, aims to reduce erosion along a half-mile stretch that flooded twice last year. Club president Arlene Fisk said a second planting is scheduled for October.""",

"""From this config file, list all the settings that are set to false:

[general]
autosave = true
telemetry = false
theme = dark
[editor]
word_wrap = false
line_numbers = true
spellcheck = false
[sync]
enabled = true
on_metered = false""",

"""Extract the weights from my gym log and tell me my max for each lift:

Mon: squat 5x5 @ 80kg, bench 5x5 @ 60kg
Wed: deadlift 3x5 @ 100kg, OHP 5x5 @ 37.5kg
Fri: squat 5x5 @ 82.5kg, bench 5x5 @ 62.5kg
Mon: squat 5x5 @ 85, bench 5x4 @ 62.5
Wed: deadlift 3x5 @ 105, OHP 5x5 @ 40""",

"""Pull the warranty info out of this manual excerpt: what's covered, how long, what's excluded, how to claim. Short bullet list.

LIMITED WARRANTY. Orvane Appliances warrants this blender against defects in materials and workmanship for a period of three (3) years from the date of original purchase. The motor base is covered for an additional two (2) years (five years total). This warranty does not cover damage from misuse, commercial use, cracked jars due to thermal shock, or normal wear of blades. To make a claim, contact Orvane Customer Care with proof of purchase and the model number found under the base. Shipping costs to the service center are the responsibility of the owner.""",
]
