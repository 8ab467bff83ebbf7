# Hand-written instruction + pasted content, longer material. family: task_with_content (part 2)
ITEMS = [
"""I'm submitting this essay for my history class tomorrow. Please proofread it and point out anywhere the argument is weak. Don't rewrite the whole thing.

The Industrial Revolution is often described as a turning point in human history, and for good reason. Before the late 1700s, most people in Britain lived in rural villages and worked on the land, producing food and goods by hand. Within about a hundred years, millions had moved to crowded cities to work in factories powered by steam engines. This change affected almost every part of life, from the food people ate to how long they lived.

One of the most important effects was on work itself. In the countryside, work followed the seasons and the daylight. In a factory, work followed the clock. Workers, including young children, often worked twelve to fourteen hours a day in dangerous conditions. Reformers like Lord Shaftesbury campaigned for laws to limit working hours, and the Factory Acts of 1833 and 1847 were the result. These laws where not perfect, but they showed that the government was starting to take responsibility for working conditions.

Another effect was on cities. Manchester grew from a small town to a city of hundreds of thousands. Housing was built quickly and cheaply, and there was little clean water or sewage. Diseases like cholera spread easily. It was only after the cholera outbreaks of the 1840s and 1850s that cities began building proper sewers.

In conclusion, the Industrial Revolution brought great wealth to Britain but also great suffering, and it took decades for society to catch up with the changes.""",
"""Below is a transcript of a voicemail my dad left. Can you pull out the action items for me, who they're for, and any deadlines? Output as a checklist.

"Hi sweetheart, it's Dad. Okay, so a few things. First, your mother wants to know if you're coming for Thanksgiving, she needs to know by next Friday because she's ordering the turkey from the farm place and they close orders on the 15th. Second, the car - I took it to Gary's and he says the brakes need doing, it's about four hundred dollars, and he can do it Tuesday if you drop it off before eight. You'd need to tell him by Monday. Third, your cousin Jenna's graduation is on the 2nd, and we're all chipping in for a gift, it's fifty each, you can Venmo your mother. Oh, and can you please, please call your grandmother, she keeps asking about you. That's it. Love you. Oh wait, and the insurance letter came here for you again, I'll put it in the mail tomorrow. Okay. Bye." """,
"""Extract the key terms from this lease excerpt into JSON with fields: monthly_rent, deposit, lease_start, lease_end, pets_allowed, pet_fee, notice_period_days, utilities_included (array).

---
RESIDENTIAL LEASE AGREEMENT (EXCERPT)

1. TERM. The term of this Lease shall commence on August 1, 2025 and terminate on July 31, 2026, unless renewed or extended in accordance with Section 14.

2. RENT. Tenant agrees to pay Landlord the sum of One Thousand Six Hundred Fifty Dollars ($1,650.00) per month, due on the first day of each month. Rent received after the fifth (5th) day of the month shall incur a late fee of $50.

3. SECURITY DEPOSIT. Upon execution of this Lease, Tenant shall deposit with Landlord the sum of $1,650.00 as security for the faithful performance of Tenant's obligations.

4. UTILITIES. Landlord shall provide water, sewer, and trash collection. Tenant shall be responsible for electricity, gas, internet, and any other utilities.

5. PETS. Tenant may keep no more than one (1) domestic cat or dog under 40 lbs. A non-refundable pet fee of $300 shall be paid prior to move-in.

6. TERMINATION. Either party may terminate this Lease at the end of the term by providing written notice no less than sixty (60) days prior to the end date.

Sample names used: Landlord - Maple Court Properties LLC; Tenant - J. Doe.
---""",
"""Could you help me understand what this stack trace means and where to look? I'm new to Spring Boot.

```
2024-03-11T10:22:41.118Z ERROR 48213 --- [main] o.s.boot.SpringApplication : Application run failed

org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'orderController' defined in file [/app/target/classes/com/example/shop/web/OrderController.class]: Unsatisfied dependency expressed through constructor parameter 0: Error creating bean with name 'orderService' defined in file [/app/target/classes/com/example/shop/service/OrderService.class]: Unsatisfied dependency expressed through constructor parameter 1: No qualifying bean of type 'com.example.shop.payment.PaymentGateway' available: expected at least 1 bean which qualifies as autowire candidate. Dependency annotations: {}
	at org.springframework.beans.factory.support.ConstructorResolver.createArgumentArray(ConstructorResolver.java:801)
	at org.springframework.beans.factory.support.ConstructorResolver.autowireConstructor(ConstructorResolver.java:240)
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.autowireConstructor(AbstractAutowireCapableBeanFactory.java:1372)
	... 
Caused by: org.springframework.beans.factory.NoSuchBeanDefinitionException: No qualifying bean of type 'com.example.shop.payment.PaymentGateway' available
```

PaymentGateway is an interface and I have a class StripePaymentGateway that implements it, in package com.example.payments.""",
"""Here's the opening of my short story. Can you give feedback on pacing and whether the first paragraph hooks you? Please be honest.

The last ferry to Inishmore left at half past four, and Nora missed it by the length of a seagull's shadow. She stood on the pier with her suitcase and watched the boat shrink into the grey water until it looked like a toy someone had forgotten in the bath.

"There's another one in the morning," said the man in the ticket booth, without looking up from his crossword. He had the air of someone who had said this sentence many times and found it no less satisfying each time.

Nora considered her options. She had eleven euros, a phone at four percent battery, and a letter in her coat pocket from an aunt she had never met, inviting her to a house she had never seen, on an island she had only ever looked at on maps. The letter had arrived three weeks after the aunt's funeral.

"Is there somewhere I can stay?" she asked.

The man filled in a word, frowned, and rubbed it out. "There's the Harbour Hotel, but it's closed for the season. There's Mrs. Fahy's, but she doesn't like strangers. And there's the lighthouse."

"The lighthouse?"

"Nobody lives there anymore," he said. "That's what makes it so comfortable." """,
"""We ran a customer survey about our meal-kit service. Please summarize the main complaints and the main praise, and suggest the top 3 things to fix. Here are the free-text answers:

1. "Recipes are great but the portions are too small for two adults who actually eat."
2. "Too much plastic packaging. I feel guilty every week throwing it all out."
3. "Love the variety, I've learned to cook dishes I'd never have tried."
4. "Delivery window is 8am-8pm which is useless. I work. Give me a two-hour slot."
5. "The herbs are often wilted by the time they arrive."
6. "Honestly the best part of my week is cooking these with my daughter."
7. "Price went up twice this year with no warning."
8. "Instructions assume you have a food processor. Not everyone does!"
9. "Great quality meat, much better than my supermarket."
10. "Packaging again - why is each garlic clove in its own bag??"
11. "Wish there were more vegetarian options that aren't just pasta."
12. "Customer service was super helpful when a box went missing."
13. "Portions are fine for me, but the spice packets are way too salty."
14. "I skip weeks a lot and the app makes that annoyingly hard to do."
15. "Cooking time on the cards is always 15 minutes too optimistic.\"""",
"""Translate this into French. It's for the welcome booklet of our holiday rental, so keep it warm and clear.

Welcome to Casa Limonera!

We're so glad you're here. Here are a few things to help you settle in.

Check-out is at 11 a.m. Please leave the keys on the kitchen table and make sure the front door is locked behind you.

The Wi-Fi network is "Limonera_Guest" and the password is on the fridge.

Rubbish and recycling: green bin for glass, yellow for plastic and cans, blue for paper, grey for everything else. Bins are collected on Tuesday and Friday mornings; please put them out the night before.

The pool is not heated and is open from 9 a.m. to 9 p.m. Children must be supervised at all times.

If the hot water stops working, check that the switch marked "TERMO" in the utility room is on. If it still doesn't work, call us on the number in the front of this booklet, day or night.

The nearest supermarket is a 10-minute walk down the hill. The bakery opens at 7 and sells out of croissants by 9, so go early!

Enjoy your stay, and if you have any questions, just message us.

Ana and Pedro""",
"""Please review this Python script for bugs and edge cases. It's supposed to read a CSV of expenses and print totals by category.

```python
import csv
import sys

def load(path):
    rows = []
    with open(path) as f:
        reader = csv.reader(f)
        for row in reader:
            rows.append(row)
    return rows

def totals_by_category(rows):
    totals = {}
    for date, category, amount in rows:
        totals[category] = totals.get(category, 0) + float(amount)
    return totals

def main():
    rows = load(sys.argv[1])
    totals = totals_by_category(rows)
    for cat in sorted(totals):
        print(f"{cat:<15} {totals[cat]:>10.2f}")
    print("TOTAL", sum(totals.values()))

main()
```

Example input file:
```
date,category,amount
2024-01-03,groceries,54.20
2024-01-04,transport,2.75
2024-01-04,groceries,12.10
2024-01-06,eating out,"1,200.00"
```""",
"""Read this product spec and write a 120-word description for our online store. Target: home cooks, practical tone, no hype.

Product: Cast iron skillet, 26 cm
- Pre-seasoned with vegetable oil
- Weight: 2.4 kg
- Helper handle opposite main handle
- Pour spouts on both sides
- Suitable for gas, electric, induction, oven, grill, campfire
- Oven safe to 260°C
- Not dishwasher safe; hand wash and dry immediately, then rub with a little oil
- Made in Poland
- 25-year warranty against cracks
- Gets better with use as seasoning builds up
- Not recommended for long simmering of acidic sauces (tomato, wine) until well seasoned""",
"""Turn these raw interview notes into a 200-word profile for our company newsletter's "Meet the Team" section. Third person, friendly.

Name: Kofi Mensah (he/him)
Role: warehouse shift lead, Leeds site, 4 years
Before: worked at a bike shop for 6 years, still fixes everyone's bikes
Proudest work moment: reorganized the returns area last year, cut processing time from 3 days to 1
Fun fact: has run 11 half marathons, goal is a full marathon next April in Manchester
Hobbies: cooking jollof rice (claims his is best in the building - "I will not be taking questions"), Premier League fantasy football (currently 2nd in office league)
Advice for new starters: "Ask questions. Everyone here was new once. And wear proper shoes."
Favorite snack from the vending machine: salt and vinegar crisps""",
"""Here's a markdown table of my weekly running log. Can you spot trends and tell me if I'm increasing mileage too fast? The usual rule is about 10% a week.

| Week | Mon | Tue | Wed | Thu | Fri | Sat | Sun | Total km |
|------|-----|-----|-----|-----|-----|-----|-----|----------|
| 1    | 5   | -   | 6   | -   | 5   | -   | 10  | 26       |
| 2    | 5   | -   | 7   | -   | 5   | -   | 12  | 29       |
| 3    | 6   | -   | 8   | -   | 6   | -   | 14  | 34       |
| 4    | 6   | 4   | 8   | -   | 6   | -   | 16  | 40       |
| 5    | 7   | 5   | 9   | -   | 7   | -   | 18  | 46       |
| 6    | 5   | -   | 6   | -   | 5   | -   | 10  | 26       |
| 7    | 8   | 5   | 10  | -   | 8   | -   | 20  | 51       |

Week 6 I had a cold. My left knee has been a bit sore since week 7.""",
"""I'm a new manager and I have to answer this email from someone on my team. I want to be supportive but I can't approve everything. Can you draft a reply?

---
Subject: Workload

Hi Sam,

I hope it's ok to be honest with you. For the last couple of months I've been feeling really stretched. Since Marcus left, I've been covering his vendor accounts as well as my own, and I'm also the only person who knows how to run the month-end reconciliation. I've been working most evenings and I missed my son's school play last week because of the Hartley audit.

I'm not trying to complain, I really like this job and the team. But I don't think I can keep this pace up. Would it be possible to either hire someone for Marcus's role soon, or move some of the vendor accounts to someone else? I'd also really like to take the week of the 22nd off, which I booked back in January.

Thanks for listening,
Rosa
---

Context: hiring approval for Marcus's role will take at least 6 weeks. I can move 3 of the 8 vendor accounts to Dev. Her leave is already approved in the system.""",
"""Please classify each of these news headlines into one of: Politics, Sports, Science, Business, Entertainment, Health. Format as a table with headline and category.

- Central bank holds interest rates steady for third consecutive month
- Underdog cyclists take team time trial in mountain stage upset
- Researchers map the complete brain of a fruit fly larva
- Streaming service orders second season of hit baking competition
- Parliament passes bill to lower voting age in local elections
- New study links short naps to improved memory in older adults
- Electric vehicle maker cuts prices amid slowing demand
- Veteran goalkeeper announces retirement after 19 seasons
- Telescope detects water vapor in atmosphere of distant exoplanet
- Pop star's surprise album tops charts in 40 countries
- Hospitals report rise in flu cases earlier than usual this winter
- Coffee chain plans to open 200 stores across Southeast Asia""",
"""Convert this bash script to Python. Keep the same behavior.

```bash
#!/bin/bash
set -e
SRC_DIR="$1"
DEST_DIR="$2"
mkdir -p "$DEST_DIR"
count=0
for f in "$SRC_DIR"/*.jpg; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .jpg)
  date=$(stat -c %y "$f" | cut -d' ' -f1)
  cp "$f" "$DEST_DIR/${date}_${name}.jpg"
  count=$((count+1))
done
echo "Copied $count files"
```""",
"""Here are my notes from a parent-teacher meeting. Can you organize them into: strengths, areas to work on, and what we'll do at home?

Mr. Haddad - 3rd grade, Leo
- Leo is very kind, helps other kids when they're stuck, especially in math
- reading is about half a year behind grade level, mostly fluency, comprehension ok when someone reads to him
- gets distracted in the afternoon, fidgets, often after lunch
- loves science, did great on the plant project
- handwriting hard to read, sometimes rushes
- teacher suggested 15 min reading aloud at home every night, let him pick the books
- maybe try audiobooks together with the print book
- suggested we check with pediatrician about eyes since he squints at the board
- keep doing the math games on the tablet, they're helping
- next check-in in 6 weeks""",
"""Can you make this email to my neighbors more concise and less passive-aggressive? I want it to be friendly.

"Hello neighbors, I hope everyone is well. I just wanted to gently bring up something that has been happening quite a lot recently, which is that some people (I won't name names!) have been leaving their bins out on the pavement for several days after collection. This is making it quite difficult for those of us with pushchairs and wheelchairs to get past, and it also attracts foxes, which then spread rubbish all over the street, which I have personally been cleaning up on more than one occasion. I'm sure it's just an oversight and nobody means any harm. But it would be really wonderful if everyone could try to bring their bins in on the same day as collection, or at least the morning after. Thank you so much for your understanding, and have a lovely week! - Helen at number 12" """,
"""Answer the questions below about this job posting.

Job title: Junior Backend Developer (Remote, EU time zones)
Company: Fernleaf Health (fictional)

About the role: You'll join a team of six engineers building the APIs behind our appointment booking platform, used by 300 clinics. Our stack is Python (FastAPI), PostgreSQL, Redis and AWS. You'll work on new features, fix bugs, write tests, and take part in code reviews. You'll have a dedicated mentor for your first six months.

You have: 1+ year of professional or substantial project experience with Python; understanding of REST APIs and SQL; familiarity with Git; good written English.

Nice to have: experience with FastAPI or Django; Docker; anything related to healthcare.

We offer: €42,000-€50,000 depending on experience; 28 days holiday; €1,000 yearly learning budget; home office allowance; quarterly team meetups in Lisbon.

Questions:
1. Is Docker required?
2. What's the maximum salary?
3. How long is the mentorship?
4. Where do team meetups happen?
5. Would someone with only Django experience and no FastAPI be considered?""",
"""Rewrite this scene in the present tense and first person (from Ana's point of view):

Ana pushed open the door of the old greenhouse. The glass panes were cloudy with years of dust, and the air inside smelled of damp earth and something sweet she couldn't name. Rows of clay pots lined the shelves, most of them empty, a few holding the brittle brown skeletons of plants that had died long ago. At the far end, though, something was growing. A single vine, thick as her wrist, had climbed up the iron frame and spread across the roof, its leaves a shocking green against the grey glass. Small white flowers hung from it like bells. Ana walked toward it slowly, her boots crunching on broken tiles. She reached out and touched one of the flowers, and it was warm.""",
"""Please check this formula-heavy paragraph from my physics homework for mistakes in reasoning (not grammar):

"A ball is dropped from a height of 20 m. Ignoring air resistance, its acceleration is 9.8 m/s^2 downward. Using v^2 = u^2 + 2as with u = 0, a = 9.8 and s = 20, I get v^2 = 392, so v = 19.8 m/s just before hitting the ground. The time to fall is t = v/a = 19.8/9.8 = 2.02 s. If the ball were instead thrown downward at 5 m/s, the time would be the same because gravity is the same, so it still takes 2.02 s." """,
"""I run a small Etsy shop selling hand-dyed yarn. Here are last month's orders. Can you tell me which colorway sold the most, average order value, and which country ordered most? The names are just usernames.

order_id,customer,country,colorway,skeins,price_per_skein
1001,knitwitch88,US,Moss Garden,3,24
1002,purlgirl,UK,Harbor Fog,2,24
1003,woolgatherer,US,Moss Garden,5,24
1004,loopyluna,CA,Ember,1,26
1005,stitchnbitch_nl,NL,Harbor Fog,4,24
1006,cozy_carl,US,Ember,2,26
1007,yarnoverlord,DE,Moss Garden,2,24
1008,cablecat,US,Harbor Fog,1,24
1009,fiberfairy,UK,Ember,3,26
1010,knitwitch88,US,Moss Garden,2,24""",
"""Write a short, polite response to this online review of my café. Acknowledge the problem without getting defensive.

★★☆☆☆ "Came in on Saturday around 11. The place was packed, which I get, it's popular. But we waited 25 minutes for two flat whites and a croissant, and nobody said anything about the delay. When the coffee came, one was lukewarm. The croissant was lovely though, and the staff seemed nice, just overwhelmed. Probably won't come back on a weekend." """,
"""Fix the grammar and spelling but keep my style, it's a personal blog post:

so i finally did it. i signed up for pottery classes after talking about it for like, three years. first class was last tuesday and honestly i was terrible at it. my first bowl colapsed in on itself like a sad pancake and the teacher just nodded and said "that happens to everyone" which i dont believe for a second. but theres something really calming about having your hands covered in clay, you cant look at your phone, you cant think about work, you just have to pay attention to this lump of mud spinning in front of you. by the end of the class i had one small lopsided cup that im weirdly proud of. its drying now. next week we glaze.""",
"""Summarize the key points of this policy for employees in 5 bullets, plain language:

REMOTE WORK POLICY (v2.1)

1. Eligibility. Employees who have completed their probationary period and whose role has been designated "remote-eligible" by their department head may work remotely up to three (3) days per week.

2. Core hours. Remote employees must be available between 10:00 and 15:00 local office time for meetings and collaboration, regardless of location.

3. Equipment. The company will provide a laptop and, upon request, one monitor. Employees may claim up to €300 once every two years for ergonomic equipment, subject to receipt.

4. Security. Company data may only be accessed via the company VPN. Work must not be conducted on public Wi-Fi without the VPN enabled. Printed confidential documents must be shredded.

5. Location. Remote work must be performed within the country of employment. Working from abroad for more than ten (10) working days per calendar year requires prior written approval from HR due to tax and insurance implications.

6. Review. Remote arrangements may be reviewed or withdrawn if performance concerns arise, with two weeks' notice.""",
"""Could you explain what this regex does, piece by piece? It's in the signup form of an old internal tool I now maintain, and users keep complaining that their passwords get rejected even though they look fine to them. Is it too strict, and what would you change?

PASSWORD_RULE = /^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])(?=.*[!@#$%^&*]).{10,64}$/

Error shown to users: "Password does not meet requirements."
Example that gets rejected: "blue-Horse-canoe-2024"
Example that passes: "Xy7!abcdefg\"""",
"""I'm an editor. Please tighten this paragraph for a magazine feature, aiming for ~100 words, without losing the anecdote:

When Marguerite Olsen first opened her bookshop in the small harbour town of Vik in 1987, people told her it would close within a year. The town had fewer than two thousand residents, most of them fishermen, and the nearest university was four hours away by road. But Marguerite had a plan, and the plan was coffee. She put three tables and an espresso machine in the back of the shop, and she let people sit and read for as long as they liked without buying anything. "The fishermen came in for the coffee," she told me, laughing, "and then one day one of them asked me if I had anything by Hemingway. That was it. That was the moment." Thirty-seven years later, the shop is still there, the espresso machine is on its fourth replacement, and Marguerite says that the fishermen are still her best customers, particularly in winter, when the boats stay in harbour and the days are short.""",
"""What is this Excel formula doing? A colleague left it and nobody understands it.

=IFERROR(INDEX(Prices!$C:$C, MATCH(1, (Prices!$A:$A=B2)*(Prices!$B:$B=C2), 0)) * D2 * (1 - IF(E2="Y", 0.1, 0)), "not found")""",
"""Please extract a structured list of ingredients (name, quantity, unit) from this recipe as JSON:

Spiced Lentil Soup

Heat 2 tablespoons of olive oil in a large pot. Add 1 diced onion, 2 diced carrots and 2 sliced celery sticks and cook for 8 minutes until soft. Stir in 3 minced garlic cloves, 1 teaspoon of ground cumin, half a teaspoon of smoked paprika and a pinch of chili flakes. Cook for a minute until fragrant. Add 250 grams of red lentils, rinsed, a 400-gram tin of chopped tomatoes and 1.2 litres of vegetable stock. Bring to a boil, then simmer for 25 minutes. Season with salt, pepper and the juice of half a lemon. Blend half the soup if you like it thicker. Serve with a handful of chopped parsley and a spoonful of yogurt.""",
"""Here's a poem I wrote for my mom's 60th birthday. Can you suggest a stronger last stanza? Keep the same rhyme scheme.

You taught me how to tie my shoes,
to read the news, to pay my dues,
to fold a letter, plant a seed,
to share the little that we need.

You stayed up late when I was sick,
you learned to drive a car with stick,
you never missed a single show
of all my terrible school plays, though.

And now you're sixty, who'd have thought,
with all the grey hairs that I brought,
so happy birthday, mom, it's true,
I'm glad that I was raised by you.""",
"""Translate this short business email into Japanese, polite (keigo) register:

Dear Mr. Tanaka,

Thank you for your time at the trade fair in Osaka last week. It was a pleasure to learn about your company's ceramic products. As discussed, I have attached our catalogue and price list. We would be very interested in ordering samples of the blue glazed tea cups. Could you please let us know the minimum order quantity and the estimated shipping time to Rotterdam?

Best regards,
Eva de Vries
Purchasing, Lindeboom Homeware (fictional)""",
"""Count how many of these customer reviews mention delivery, and how many mention price. Some may mention both.

- "Fast delivery, good price, happy overall."
- "Too expensive for what you get."
- "The courier left it in the rain. Box soaked."
- "Arrived on time, quality exceeded expectations."
- "Cheaper than the shop down the road and it came next day."
- "Sizing runs small, order one up."
- "Worth every penny."
- "Took three weeks to arrive.\"""",
"""Can you summarize this Git diff in plain English for a changelog entry?

```diff
-    def get_user(self, user_id):
-        return self.db.query(User).filter(User.id == user_id).first()
+    def get_user(self, user_id, include_deleted=False):
+        q = self.db.query(User).filter(User.id == user_id)
+        if not include_deleted:
+            q = q.filter(User.deleted_at.is_(None))
+        return q.first()
@@
-    def delete_user(self, user_id):
-        self.db.query(User).filter(User.id == user_id).delete()
+    def delete_user(self, user_id):
+        user = self.get_user(user_id)
+        if user:
+            user.deleted_at = datetime.utcnow()
+            self.db.commit()
```""",
]
FAMILY = "task_with_content"
