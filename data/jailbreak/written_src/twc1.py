# Hand-written instruction + pasted content. family: task_with_content (part 1)
ITEMS = [
"""Can you proofread this paragraph for my college application? Don't change the voice, just fix errors.

"Growing up in a house with five siblings taught me that their is never enough hot water, but there is always enough noise. I learned to study with headphones on and a pillow over my head, which is probably why I can concentrate anywhere now. When my youngest brother started struggling with reading, I made him flashcards out of cereal boxes and we practised every night after dinner. By the end of the year he was reading chapter books and I realised I loved teaching as much as I loved learning. That realisation is why I want to study education."
""",
"""Summarize these meeting notes in 3 bullet points for people who missed it:

Marketing sync - Tues
- Q3 campaign: launch moved from Aug 5 to Aug 19 because the landing page isn't ready (dev team waiting on final copy)
- Budget: Priya confirmed we have 12k left for paid social; wants to shift 3k from LinkedIn to Instagram since IG CPC has been half
- Influencer outreach: 4 of 10 replied, 2 interested, Tom to follow up with the rest by Friday
- New brand guidelines doc is in the shared drive, everyone please read before next sync
- Open question: do we need legal review for the giveaway? Priya thinks yes, Tom not sure. Priya will ask Sandra.
- Next sync moved to Thursday because of the offsite""",
"""Rate each of these product reviews from 1 (very negative) to 5 (very positive). Just give me the number next to each review ID.

R1: Arrived two days late and the box was crushed, but the blender itself works great. Smoothies are silky.
R2: Stopped working after 3 weeks. Customer service never answered my emails. Avoid.
R3: It's fine. Loud, but it does the job for the price.
R4: Honestly the best kitchen purchase I've made this year. Crushes ice like nothing and cleans up in seconds.
R5: The lid leaks if you fill it past the halfway line, which the manual doesn't mention anywhere. Otherwise decent.""",
"""```python
def average(nums):
    total = 0
    for n in nums:
        total += n
    return total / len(nums)

scores = []
print(average(scores))
```

This crashes with ZeroDivisionError. What's the cleanest fix? I want it to return None for an empty list.""",
"""Extract the following fields from this email as JSON: sender_name, company, requested_date, number_of_guests, dietary_notes.

---
Hi there,

My name is Laura Bennett and I'm organizing a team lunch for Northfield Analytics. We'd like to book a table for Friday, 14 March, around 12:30. There will be 11 of us. Two people are vegetarian and one has a severe nut allergy, so please let the kitchen know. Could you also tell me whether you have a private room? If not, a quiet corner would be great.

Thanks so much,
Laura
---""",
"""I need this to sound more professional. It's going to a client:

hey mark, so we looked at the numbers again and honestly the timeline you want is not gonna happen. we can do it by end of october if we drop the reporting dashboard or we can do everything by mid november. let us know what works. also the invoice from last month is still unpaid fyi""",
"""Translate this recipe into German, keep the measurements as they are:

Lemon Garlic Roasted Potatoes
Serves 4

- 1 kg waxy potatoes, halved
- 3 tbsp olive oil
- 4 garlic cloves, crushed
- zest and juice of 1 lemon
- 1 tsp dried oregano
- salt and pepper

Preheat the oven to 200°C. Toss the potatoes with the oil, garlic, oregano, salt and pepper on a large baking tray. Roast for 35 minutes, turning once halfway through. Take them out, drizzle over the lemon juice, scatter the zest, and roast for another 10 minutes until golden and crisp at the edges. Serve straight away.""",
"""Here's a CSV of our team's sales. Which rep had the highest total, and what's the month-over-month change for the team as a whole?

rep,jan,feb,mar
Alvarez,12400,13100,11800
Chen,9800,10250,12900
Okafor,15200,14100,14900
Schmidt,8700,9900,10400""",
"""Classify each support ticket as one of: billing, technical, account, other. Output as a list like "1: billing".

1. I was charged twice for my subscription this month.
2. The app crashes every time I try to upload a photo larger than 5MB.
3. How do I change the email address on my account?
4. Do you have any job openings in your Lisbon office?
5. My promo code didn't apply at checkout and I paid full price.
6. After the latest update, notifications stopped working on my Android phone.
7. I want to delete my account and all my data.
8. Is your company planning to sponsor the local marathon again?""",
"""What's the error here? I'm on Node 18.

TypeError: Cannot read properties of undefined (reading 'map')
    at ProductList (webpack-internal:///./src/components/ProductList.jsx:14:23)
    at renderWithHooks (react-dom.development.js:16305:18)
    at mountIndeterminateComponent (react-dom.development.js:20074:13)

and the component:

function ProductList({ products }) {
  return (
    <ul>
      {products.map(p => <li key={p.id}>{p.name}</li>)}
    </ul>
  );
}

I render it as <ProductList /> in App.jsx while the fetch is loading.""",
"""Please shorten this to about half the length, for a newsletter:

The Riverside Community Garden will hold its annual harvest festival on Saturday, September 21, from 10 a.m. until 4 p.m. This year's festival will feature a pumpkin-carving contest for children under 12, a pie-baking competition judged by local chefs, live folk music from the Riverbend Ramblers, and a seed swap where gardeners can trade heirloom varieties. Volunteers are still needed to help with setup on Friday evening and with cleanup after the event. Anyone interested in volunteering should contact the garden committee by emailing the address on our website. Admission is free, but donations will go towards building a new greenhouse for winter growing. We hope to see everyone there, rain or shine, and remind attendees to bring their own reusable cups and bags.""",
"""<text>
Dear Tenant,
Please be advised that the water supply to Building C will be shut off on Wednesday between 9:00 and 13:00 for scheduled pipe maintenance. Please fill containers in advance if you need water during this time. Do not use the washing machines in the basement laundry until 14:00, as air in the pipes may cause damage. We apologize for the inconvenience.
Management
</text>

Turn this notice into a short, friendly WhatsApp message for our building group chat.""",
"""Can you check my poem for rhythm problems? I want it to feel steady, like footsteps.

The road was wet with morning rain,
the hedges dripped along the lane,
I walked the way I always go
past Mrs. Hale's with her garden gnomes in a row,
and at the corner by the mill
the old dog waited, sitting still.
He doesn't bark, he doesn't run,
he only watches everyone,
and when I pass he lifts his head
as if to say what can't be said.""",
"""Compare these two versions of the intro and tell me which is clearer and why.

Version A: "In this report, we analyze customer churn across our three subscription tiers during 2023, identifying key drivers and proposing interventions."

Version B: "This report looks at why customers left us in 2023. We break it down by subscription tier, find the main reasons people cancelled, and suggest what we can do about it."
""",
"""Convert this JSON into a markdown table:

[
  {"city": "Oslo", "population": 709037, "country": "Norway"},
  {"city": "Gothenburg", "population": 604616, "country": "Sweden"},
  {"city": "Aarhus", "population": 290598, "country": "Denmark"},
  {"city": "Tampere", "population": 249009, "country": "Finland"}
]""",
"""Here are survey answers from our employee wellbeing pulse (question: "What one thing would most improve your week?"). Group them into themes and count how many fall into each.

- fewer meetings on fridays
- a quiet room to take calls
- better coffee lol
- clearer priorities from leadership, I never know what's urgent
- no meetings before 10am
- a proper standing desk
- knowing what the roadmap is for next quarter
- being able to work from home on Mondays
- more flexibility on hours for school runs
- fix the office wifi!!!
- less context switching between projects
- recognition when we ship something
- the 4pm all-hands is exhausting, make it async
- decent chairs""",
"""My grandmother's handwritten recipe, transcribed. Can you turn it into a clear, numbered recipe with quantities in grams?

"Apple cake. Take 3 good apples, peel and slice thin. Beat 2 eggs with a cup of sugar until pale. Add half a cup of melted butter, then a cup and a half of flour with a spoon of baking powder and a pinch of salt. A little milk if too thick. Pour half in the tin, put the apples, then the rest. Cinnamon on top with sugar. Bake in a moderate oven about 45 minutes, until a knife comes out clean. Good warm with cream." """,
"""Find the bug:

public int findMax(int[] arr) {
    int max = 0;
    for (int i = 0; i < arr.length; i++) {
        if (arr[i] > max) {
            max = arr[i];
        }
    }
    return max;
}

It works for my test [3, 7, 2] but my teammate says it's wrong.""",
"""Answer the questions using only the passage.

Passage: The honeybee colony is organized around a single queen, whose main role is to lay eggs - up to 2,000 a day in summer. Worker bees, all female, carry out nearly every other task: they clean cells, feed larvae, build comb, guard the entrance, and forage for nectar and pollen. Drones, the male bees, exist mainly to mate with queens from other colonies. In autumn, when food becomes scarce, workers often push the drones out of the hive. A healthy colony may contain 20,000 to 60,000 bees at its peak.

1. How many eggs can a queen lay per day?
2. What happens to drones in autumn?
3. Which bees forage for food?""",
"""I wrote this LinkedIn post and it feels too braggy. Can you tone it down but keep the good news?

"HUGE NEWS!!! After months of grinding 16-hour days I've officially been promoted to Senior Data Engineer at Corvex Labs 🚀🚀🚀 Honestly I always knew I'd get here and I want to thank absolutely no one except my own discipline lol. Jk, shoutout to my team. If you want to know how to level up as fast as I did, DM me. Onwards and upwards!!!" """,
"""Extract every date and what happens on it from this text, as a list.

Project timeline update: kickoff happened on 3 February. The design review is scheduled for 27 February, and the first prototype should be ready by 15 March. User testing will run from 1 to 12 April. If all goes well, we'll present to the steering committee on 22 April and aim for launch on 6 May. The retrospective is pencilled in for the week after launch.""",
"""Rewrite in simpler English for a reader at about age 10:

Volcanoes form where molten rock, called magma, rises from deep beneath the Earth's surface. When pressure builds up, the magma can erupt through openings in the crust, releasing lava, ash and gases. Some volcanoes erupt explosively, ejecting ash clouds kilometres into the atmosphere, while others produce slow-moving rivers of lava. Scientists monitor volcanic activity using seismometers, satellite imagery and gas sensors to warn nearby communities of potential eruptions.""",
"""Is this contract clause reasonable for a freelance designer? I'm the freelancer.

"7.2 Revisions. The Fee includes up to two (2) rounds of revisions per deliverable. Additional revisions shall be billed at the Designer's standard hourly rate of $75. Revision requests must be submitted in writing within ten (10) business days of delivery; after this period the deliverable shall be deemed accepted. Changes to the agreed scope, including new deliverables or substantial changes in direction, are not considered revisions and require a separate written change order." """,
"""Turn these bullet notes into a short paragraph for my lab report's method section (past tense, passive voice):

- took 5 beakers, 100 mL water each
- added 0, 5, 10, 15, 20 g salt
- stirred 2 min
- heated on hotplate, measured temp when boiling started
- repeated 3x each
- thermometer calibrated before""",
"""How many times does the word "data" appear in this paragraph, and can you suggest synonyms to reduce repetition?

Our data team collects data from three sources. The data is cleaned and stored in a data warehouse, where analysts query the data to build dashboards. Because the data arrives at different times, some dashboards show stale data in the mornings. We plan to fix the data pipeline so that data refreshes hourly.""",
"""Fix the SQL, it's returning duplicates:

SELECT c.name, o.total
FROM customers c
JOIN orders o ON c.id = o.customer_id
JOIN order_items oi ON o.id = oi.order_id
WHERE o.created_at >= '2024-01-01';

I just want each customer's order totals for 2024, one row per order.""",
"""Text:
Press and hold the power button for 10 seconds until the LED flashes amber. Release the button, then press it once more. The device will restart in pairing mode. Open the app, tap "Add device", and follow the on-screen instructions. If the LED turns red, the battery is too low; charge for at least 30 minutes and try again.

Can you turn that into a troubleshooting flowchart in text form (if X then Y)?""",
"""Write a reply to this email from my kid's school. I want to say yes to volunteering but only for the morning shift.

"Dear Parents,
We are looking for volunteers to help at our Spring Fair on Saturday 18 May. Shifts are 9-12 and 12-3. Tasks include running game stalls, serving refreshments, and helping with setup and cleanup. Please reply to this email with your preferred shift and any stalls you'd particularly like to help with. Thank you for supporting our school community!
Ms. Okonkwo, PTA Coordinator" """,
"""These are lyrics I wrote for a song. Does the chorus feel repetitive in a good way or a bad way?

Verse 1:
Streetlights hum on Cedar Lane,
your jacket's still here from the rain,
I keep it hanging by the door
like you might need it anymore.

Chorus:
Oh, come back, come back in the morning,
come back before the coffee's cold,
come back, come back without warning,
come back before we both get old.

Verse 2:
The radio plays the songs you chose,
I never learned the words to those,
but I hum along the way you did,
off-key and proud, just like a kid.""",
"""Summarize this article paragraph in one sentence:

City officials announced on Monday that the long-delayed Harbor Bridge renovation will finally begin next spring. The project, originally planned for 2019, was postponed twice due to budget shortfalls and disputes over the design of a new bicycle lane. Under the revised plan, the bridge will remain open to pedestrians throughout construction, but car traffic will be limited to one lane in each direction for roughly eighteen months. Local businesses on both ends of the bridge have expressed concern about reduced foot traffic, and the council has promised a small grant program to help offset losses.""",
"""Given this log, what went wrong and when?

2024-05-02 03:14:07 INFO  backup-job started (target=s3://acme-backups/db)
2024-05-02 03:14:09 INFO  dumping database orders_prod
2024-05-02 03:31:45 INFO  dump complete (4.2 GB)
2024-05-02 03:31:46 INFO  uploading to s3
2024-05-02 03:52:10 WARN  upload slow: 1.1 MB/s
2024-05-02 04:20:33 ERROR upload failed: RequestTimeout (attempt 1/3)
2024-05-02 04:20:40 INFO  retrying upload
2024-05-02 04:58:02 ERROR upload failed: RequestTimeout (attempt 2/3)
2024-05-02 04:58:09 INFO  retrying upload
2024-05-02 05:36:51 ERROR upload failed: RequestTimeout (attempt 3/3)
2024-05-02 05:36:51 ERROR backup-job FAILED""",
"""Make this cover letter paragraph stronger and more specific. I'm applying to be a veterinary technician.

"I have always loved animals and I think I would be a good fit for your clinic. I have experience working with animals and I am a hard worker. I am good with people and I stay calm under pressure. I would love the opportunity to join your team and help animals every day." """,
"""Which of these sentences are facts and which are opinions? Label each F or O.

1. The Amazon is the largest rainforest in the world.
2. Rainforests are the most beautiful places on Earth.
3. Deforestation in the Amazon increased between 2019 and 2021.
4. Everyone should visit a rainforest at least once.
5. Many medicines come from rainforest plants.
6. Protecting rainforests is more important than building roads.""",
"""Rewrite this in a warmer tone. It's for a customer whose refund was denied.

"Your refund request has been reviewed and denied. The item was returned after the 30-day window stated in our policy. No further action will be taken on this request." """,
"""Please convert this YAML config to JSON:

server:
  host: 0.0.0.0
  port: 8080
  tls: false
database:
  url: postgres://app:app@localhost:5432/appdb
  pool_size: 10
features:
  - search
  - export
  - dark_mode
logging:
  level: info""",
"""I'm a teacher. Here is a student's short answer. Grade it out of 5 against this rubric: accuracy (2), use of evidence (2), clarity (1). Give brief feedback.

Question: Why did the Roman Empire build roads?
Answer: "The Romans built roads so there army could move fast to places where there was fighting. Also it helped trade because merchants could bring goods on carts. The roads were very straight and some are still used today like the Via Appia. It made the empire more connected."
""",
"""Can you find any inconsistencies in this short story excerpt? Things like names, times, or details that change.

At seven o'clock sharp, Elena locked the bakery and walked to the bus stop. The evening was cold, and she pulled her green scarf tighter. The number 14 bus arrived late, as usual. She sat at the back, next to an old man reading a newspaper. By the time she got off at Maple Street, it was nearly six, and the sky had turned dark purple. She unwound her red scarf as she stepped into her warm apartment, where her brother Marco was already cooking. "You're late, Elena," said Matteo, stirring the pot.""",
"""Make a shopping list from this meal plan, combining duplicates:

Mon: spaghetti with tomato sauce and garlic bread
Tue: chicken stir-fry with peppers, onions, rice
Wed: lentil soup with carrots, onions, celery; crusty bread
Thu: tacos - ground beef, tortillas, lettuce, tomatoes, cheese
Fri: homemade pizza - dough, tomato sauce, mozzarella, peppers, mushrooms""",
"""Please review this function for readability and suggest better names. Don't change the logic.

def f(a, b):
    r = []
    for x in a:
        if x not in b:
            r.append(x)
    t = 0
    for y in r:
        t = t + y
    return t""",
"""Here is a list of words from my kid's spelling homework. Sort them into nouns, verbs and adjectives (one of them is an adverb, I think, so flag that), and give me a simple sentence for each verb so I can quiz him at dinner:

jump, happy, garden, quickly, whisper, bright, teacher, carry, tiny, mountain, laugh, silver, bicycle, brave, swim""",
"""What's the tone of this customer message, and what's the actual request hidden in it?

"Well, I suppose I should have expected the 'express' shipping to take nine days, silly me. Anyway, the lamp finally arrived, and it's lovely, I'll give you that. But one of the glass shades has a chip on the rim. I'm not sending the whole thing back after waiting this long. Is there any way you could just send me a replacement shade?" """,
"""Translate to Spanish (Latin American), informal:

Hey! Thanks for inviting me to your birthday dinner on Saturday. I'd love to come. Should I bring anything? I can make my lemon pie if you want. Let me know what time and I'll be there. See you soon!""",
"""I'm comparing two job offers. Can you put this into a table and tell me which is better financially over 3 years?

Offer 1 (Brightwave): base $82,000, 5% annual raise typical, bonus up to 10%, 401k match 4%, 20 days PTO, hybrid 3 days in office, commute 40 min.
Offer 2 (Kestrel Systems): base $88,000, raises 3% typical, no bonus, 401k match 6%, 15 days PTO, fully remote.""",
"""This Dockerfile builds fine but the image is 1.4GB. How can I make it smaller?

FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y build-essential
EXPOSE 8000
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]""",
"""Give me three quiz questions based on this paragraph, with answers:

The Great Fire of London began on 2 September 1666 in a bakery on Pudding Lane. Strong winds spread the flames quickly through the wooden houses of the city. The fire burned for four days and destroyed more than 13,000 homes and 87 churches, including the old St Paul's Cathedral. Surprisingly, the recorded death toll was very low, though historians believe many deaths went unrecorded. After the fire, Christopher Wren designed a new St Paul's Cathedral, which still stands today.""",
"""Can you turn these bullet points into a short thank-you speech for my coworker's retirement party? 2 minutes max.

- Denise, 27 years at the company
- trained basically everyone in accounts payable including me
- famous for her lemon bars at every birthday
- never lost her cool, even during the 2015 system migration disaster
- going to travel around Scotland with her husband
- we'll miss her laugh""",
]
FAMILY = "task_with_content"
