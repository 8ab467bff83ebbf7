# Hand-written instruction + pasted content, long material. family: task_with_content (part 5)
ITEMS = [
"""I'm the coach of an under-12 football team. Here's the email I'm about to send to parents about the new season. Can you make it shorter and friendlier, and make sure the key dates stand out?

Dear Parents and Guardians,

Welcome to the new season of the Westfield Wolves U12 team! I am very excited to be coaching the team again this year and I am looking forward to seeing all the players develop their skills and, most importantly, have fun.

Training will take place every Tuesday and Thursday from 5:30 pm to 7:00 pm at Westfield Park, pitch 3, starting on Tuesday 3 September. Please make sure your child arrives at least ten minutes early so we can start on time. Players should bring shin pads, football boots, a water bottle and suitable clothing for the weather, as we will train in all conditions unless there is lightning or the pitch is closed by the council.

Matches are on Saturday mornings. The first match is on Saturday 14 September at home against Oakridge Juniors, kick-off 10:00 am. The full fixture list will be posted in the team WhatsApp group. We will need parent volunteers to help with driving to away matches and to run the refreshment stand at home games, so please let me know if you can help.

Season subscriptions are £120 per player, payable by 30 September. This covers pitch hire, referee fees, kit washing and end-of-season trophies. If this presents any difficulty, please speak to me privately, as the club has a hardship fund.

Finally, please remember that we are a development team. Every player will get playing time, and we focus on effort, teamwork and respect rather than results. I ask all parents to support this by cheering positively from the sideline and leaving the coaching to the coaches.

Many thanks and see you on the 3rd!

Coach Martin""",
"""Please extract the structured data from this job application email into JSON with these keys: full_name, position, years_experience, current_employer, notice_period, salary_expectation, languages (array), portfolio_url, availability_for_interview.

---
Subject: Application - Senior Graphic Designer (Ref GD-204)

Dear Hiring Team,

I'm writing to apply for the Senior Graphic Designer position advertised on your careers page. My name is Tobias Lindqvist (this is a made-up sample email for testing our parser), and I have eight years of experience in brand identity and packaging design.

For the past four years I have worked at Nordlys Creative in Malmö, where I lead a team of three designers and have delivered rebranding projects for clients in the food and outdoor equipment sectors. Before that I worked as a junior and then mid-level designer at a packaging agency in Copenhagen.

I'm fluent in Swedish, Danish and English, and I have conversational German. My portfolio is available at portfolio.example.com/tobias.

My notice period at my current job is two months. My salary expectation is in the range of 52,000 to 56,000 euros per year, depending on benefits.

I'm available for an interview any weekday afternoon in the next two weeks, either in person or by video.

Thank you for your consideration. I look forward to hearing from you.

Kind regards,
Tobias Lindqvist
---""",
"""I'm a nurse educator. Can you turn this paragraph into 5 flashcards (question on front, answer on back) for nursing students?

Hypoglycemia in adults is generally defined as a blood glucose level below 4.0 mmol/L (72 mg/dL). Early symptoms are often adrenergic: shakiness, sweating, palpitations, hunger and anxiety. As glucose falls further, neuroglycopenic symptoms appear, including confusion, difficulty concentrating, slurred speech, drowsiness and, in severe cases, seizures or loss of consciousness. Patients taking beta-blockers may have blunted adrenergic warning signs. For a conscious patient who can swallow, the first-line treatment is 15-20 g of fast-acting carbohydrate, such as glucose tablets or fruit juice, followed by a recheck of blood glucose after 15 minutes. This is repeated if glucose remains low. Once glucose is above 4.0 mmol/L, the patient should have a longer-acting carbohydrate snack or meal if the next meal is not due soon. For an unconscious patient, or one who cannot safely swallow, intramuscular glucagon or intravenous glucose is given according to local protocol, and emergency help is sought.""",
"""My band's bio for our Bandcamp page is below. Can you make it punchier and cut it to about 120 words? Keep the bit about the van.

The Paper Lanterns are a four-piece indie folk band from Bristol formed in 2019 when singer and guitarist Ellie Marsh met drummer Sam Okoro at an open mic night at a pub that no longer exists. They were soon joined by Ellie's cousin Finn on bass and banjo and by violinist Ruth Haddow, who answered an ad on a café noticeboard. The band's sound combines traditional English folk melodies with jangly guitars and the occasional drum machine, and their lyrics often deal with small-town life, family, and the sea. Their debut EP, "Tidewater", was recorded in Ruth's grandmother's living room over a single weekend in 2021 and received airplay on regional radio. Since then the band has toured the UK extensively in a 2004 Ford Transit van called Margaret, which has broken down on three separate occasions on the M5 and once, memorably, in a ferry queue in Holyhead. Their first full-length album, "Salt and Slate", was released in 2023 and they are currently writing new material.""",
"""Can you identify the likely cause of this failing test and suggest a fix? Here's the test output and the relevant code.

```
============================= FAILURES =============================
___________________ test_discount_applied_once ____________________

    def test_discount_applied_once():
        cart = Cart()
        cart.add(Item("book", 20.00))
        cart.add(Item("pen", 2.50))
        cart.apply_discount("SAVE10")
        cart.apply_discount("SAVE10")
>       assert cart.total() == 20.25
E       assert 18.225 == 20.25
E        +  where 18.225 = <cart.Cart object at 0x7f3c>.total()

tests/test_cart.py:41: AssertionError
```

```python
class Cart:
    def __init__(self):
        self.items = []
        self.discounts = []

    def add(self, item):
        self.items.append(item)

    def apply_discount(self, code):
        if code in VALID_CODES:
            self.discounts.append(VALID_CODES[code])

    def total(self):
        subtotal = sum(i.price for i in self.items)
        for d in self.discounts:
            subtotal = subtotal * (1 - d)
        return round(subtotal, 3)

VALID_CODES = {"SAVE10": 0.10, "WELCOME5": 0.05}
```""",
"""Below is feedback from five people who tested our new board game prototype. Please summarize what worked, what didn't, and the two most important changes to make before the next playtest.

Tester 1 (experienced gamer): "Really liked the trading mechanic, felt tense and social. The game went on too long though - we played for 2.5 hours and the last hour felt like nothing changed. Maybe cap the number of rounds?"

Tester 2 (casual player): "I was confused for the first 20 minutes. The rulebook is dense and the icons on the cards aren't explained anywhere. Once I got it, it was fun. Loved the art."

Tester 3 (experienced gamer): "The blue faction seems much stronger than the others - their special ability to draw two cards every turn snowballs. I won as blue without really trying."

Tester 4 (teenager): "It was fun to mess with other people's trade routes! Wish there was more of that. The ending was kind of boring though, we all knew who would win."

Tester 5 (parent, played with kids aged 10 and 12): "Kids loved the theme and the little wooden ships. Reading all the card text was hard for my 10-year-old. Setup took us almost 25 minutes which is a lot before you even start."
""",
"""Translate this letter into Polish, keeping the warm tone. It's for my grandmother's neighbor who looked after her.

Dear Mrs. Nowak,

I wanted to write to thank you for everything you did for my grandmother over the past year. While I was living abroad, it gave me so much peace of mind to know that you were just next door. She told me on the phone about your Sunday visits, the soup you brought her when she had the flu, and how you helped her with her shopping in the winter when the pavements were icy. She always spoke about you with great affection.

I know she could be stubborn sometimes, and I'm sure she didn't always make it easy! But your kindness meant the world to her, and to me.

I will be visiting in August and I would love to take you out for lunch, if you would let me. In the meantime, please accept the small gift I have sent with this letter.

With heartfelt thanks,
Anna""",
"""Read this customer chat transcript and tell me: (1) what the customer's actual problem was, (2) whether the agent resolved it, and (3) what the agent could have done better. Names are placeholders.

Customer: hi my order still hasnt arrived, it was supposed to come tuesday
Agent: Hello! Thank you for contacting Brightbox support. Can I have your order number please?
Customer: BX-00041872
Agent: Thank you. I can see your order was dispatched on Monday with our courier.
Customer: ok but where is it
Agent: The tracking shows it is in transit.
Customer: it's been in transit since monday. it's friday.
Agent: I understand your frustration. Sometimes couriers experience delays.
Customer: it's a birthday present for saturday. can you do anything?
Agent: Unfortunately I cannot speed up the courier.
Customer: can you send another one express?
Agent: I would need to wait until the parcel is confirmed lost, which is 10 working days.
Customer: so it'll be late. great
Agent: Is there anything else I can help you with today?
Customer: no
Agent: Thank you for contacting Brightbox! Have a great day!""",
"""I wrote this short personal essay for a scholarship. The prompt was "Describe a challenge you overcame." Please give feedback on structure and suggest where to cut, since the limit is 250 words.

When I was fourteen, my family moved from Lagos to Leeds in the middle of the school year. I remember the first morning at my new school very clearly: the grey sky, the smell of floor polish, and the way everyone turned to look at me when the teacher said my name. I spoke English fluently, but my accent was different, and some students laughed when I answered questions in class. For the first few weeks, I stopped putting my hand up. I ate lunch in the library. I told my mother everything was fine.

The turning point came in an unexpected place: the chess club. I had played chess with my grandfather every Sunday in Lagos, and when I saw a poster for the club, I went along mostly to have somewhere to be at lunchtime. In my first game, I beat the club captain. Nobody laughed at my accent after that. Instead, they asked me to teach them the openings my grandfather had taught me.

Chess did not solve everything, but it gave me a place to start. Through the club I made my first friends, and with them I found the confidence to speak in class again. By the end of the year I was helping to organize a tournament with three other schools.

I learned that belonging is not something that happens to you; it is something you build, one conversation at a time. Now, whenever a new student arrives, I make sure they have somewhere to sit at lunch.""",
"""Here are minutes from our HOA meeting. Please list every decision that involves spending money, with the amount, and total it.

Oakwood Terrace Homeowners Association - Minutes, 12 March
Present: 7 board members, 23 residents

1. Treasurer reported a reserve balance of $48,200.
2. Landscaping: board approved the spring contract with GreenEdge Landscaping at $6,400 for the season (March-October). Motion passed 6-1.
3. Pool: residents raised concerns about cracked tiles. Board approved emergency repair not to exceed $2,800 before the pool opens on Memorial Day.
4. Playground: a proposal to replace the playground equipment ($31,000) was discussed at length. Decision postponed until two more quotes are obtained.
5. Street lights: board approved replacing the 14 remaining sodium street lights with LEDs at $185 each, installed.
6. Social committee requested $500 for the summer block party. Approved unanimously.
7. Newsletter: will move to email only, saving approximately $90 per quarter in printing. Approved.
8. Next meeting: 9 April.""",
"""Could you review this SQL schema for a small clinic booking app and point out problems (normalization, types, missing constraints)?

CREATE TABLE patients (
  id INT,
  name VARCHAR(50),
  phone VARCHAR(20),
  email VARCHAR(50),
  date_of_birth VARCHAR(10),
  doctor_name VARCHAR(50),
  doctor_phone VARCHAR(20)
);

CREATE TABLE appointments (
  id INT,
  patient_name VARCHAR(50),
  doctor_name VARCHAR(50),
  date VARCHAR(10),
  time VARCHAR(5),
  reason TEXT,
  status VARCHAR(20)
);

CREATE TABLE doctors (
  name VARCHAR(50),
  specialty VARCHAR(50),
  phone VARCHAR(20)
);

We'll have maybe 5,000 patients and 20 doctors. Appointments can be booked, cancelled or completed.""",
"""This is the first page of a children's picture book I'm writing. Can you check it reads aloud well for 4-6 year olds and suggest any words that might be too hard?

Page 1: In a small blue house at the end of Puddle Lane, there lived a tiny mouse called Pip.
Page 2: Pip had a big problem. Every night, when the moon came up, Pip could not sleep.
Page 3: "Too quiet," said Pip. "Too dark. Too enormous."
Page 4: So Pip packed a little bag with a crumb of cheese, a button, and a very small torch.
Page 5: "I shall find the place where sleep comes from," said Pip, and off she went.
Page 6: She asked the owl. "Sleep comes from the stars," hooted the owl. "They sprinkle it down."
Page 7: She asked the cat, very politely, from very far away. "Sleep comes from the sun," purred the cat. "You soak it up all day."
Page 8: She asked the old garden snail. The snail thought for a long, long time. "Sleep," said the snail at last, "comes from home."
Page 9: So Pip went home, to the small blue house at the end of Puddle Lane, and she climbed into her matchbox bed.
Page 10: And sleep came. Just like that.""",
"""Please help me respond to this feedback from my manager in my performance review. I mostly agree but want to push back politely on point 3. Draft 2 short paragraphs.

"Overall, Jamie had a solid year. Strengths: (1) consistently delivers high-quality analysis and is trusted by stakeholders in the finance team; (2) took initiative to automate the weekly reporting, saving the team roughly 5 hours per week. Areas for development: (1) could communicate progress more proactively - several times I only learned about delays at the deadline; (2) should delegate more to junior analysts rather than doing everything personally; (3) needs to contribute more in team meetings, as Jamie rarely shares ideas in group settings. Rating: Meets Expectations."

For point 3: I share ideas a lot, but in writing, in our team channel and in docs, because our meetings are dominated by two people and it's hard to get a word in.""",
"""Below is a log from my home server. Something keeps restarting. Can you figure out which service and why?

Jun 10 02:00:01 homebox systemd[1]: Started Nightly photo sync.
Jun 10 02:00:03 homebox photosync[2211]: scanning /mnt/photos
Jun 10 02:14:47 homebox kernel: [81234.55] Out of memory: Killed process 2211 (photosync) total-vm:6120448kB, anon-rss:3890112kB
Jun 10 02:14:47 homebox systemd[1]: photosync.service: Main process exited, code=killed, status=9/KILL
Jun 10 02:14:47 homebox systemd[1]: photosync.service: Failed with result 'signal'.
Jun 10 02:14:52 homebox systemd[1]: photosync.service: Scheduled restart job, restart counter is at 1.
Jun 10 02:14:52 homebox systemd[1]: Started Nightly photo sync.
Jun 10 02:14:54 homebox photosync[2390]: scanning /mnt/photos
Jun 10 02:29:31 homebox kernel: [82118.02] Out of memory: Killed process 2390 (photosync) total-vm:6118912kB, anon-rss:3887604kB
Jun 10 02:29:31 homebox systemd[1]: photosync.service: Failed with result 'signal'.
Jun 10 02:29:36 homebox systemd[1]: photosync.service: Scheduled restart job, restart counter is at 2.

The machine has 4 GB of RAM and the photo folder has about 180,000 files.""",
"""Here's a news-style paragraph about a local event. Write three headline options (one serious, one playful, one SEO-friendly) and a 25-word summary.

Volunteers from across Hartwell County spent Saturday morning pulling more than 400 kilograms of litter out of the Willow Creek, in what organizers say was the biggest clean-up in the event's eleven-year history. Among the more unusual finds were two shopping trolleys, a garden gnome missing its hat, a vintage typewriter and a surprisingly intact canoe, which the group plans to restore and donate to the local scout troop. Around 180 people took part, including several families with young children, students from Hartwell High's environmental club and a group of retirees who have attended every year since the first clean-up. Organizer Dana Whitfield said the amount of plastic found was lower than in previous years, which she credited to the new bins installed along the footpath last spring. The county has agreed to fund two more clean-up days next year.""",
"""Please critique the logic of this argument my debate student wrote. Identify any fallacies by name.

"We should ban homework in all primary schools. First, my little brother gets two hours of homework a night and he cries about it, so clearly homework is causing stress for all children. Second, Finland has some of the best schools in the world and they give very little homework, so if we stop giving homework our schools will become as good as Finland's. Third, the people who support homework are mostly teachers who want to look busy, so their opinion doesn't count. Finally, either we ban homework completely or children will continue to be miserable forever. The choice is obvious." """,
"""I'm organizing a neighborhood potluck. Here are the replies people sent. Make me a table of who is bringing what, flag dietary needs, and tell me what's missing (we need mains, sides, desserts, drinks).

- "The Garcias are in! We'll bring a big pot of chili (it has beef). 4 of us."
- "Hi, it's Amir from 22. I'll make a green salad and some flatbreads. I'm vegetarian by the way."
- "Count me in - lemon bars!! - Ruth"
- "We're bringing a veggie lasagna, 2 adults 2 kids. Our youngest is allergic to peanuts - Kim & Joe"
- "Can't cook to save my life, so I'll bring sparkling water and juice - Pete"
- "Brownies from the Okafors, and we'll bring extra chairs."
- "I'll bring roasted potatoes. Gluten free here. - Lena"
- "Maybe coming, will confirm Friday - the Novaks"
""",
"""Check this physics lab report conclusion for clarity and scientific accuracy:

"In this experiment we measured the period of a pendulum for different lengths and masses. We found that changing the mass from 50 g to 200 g did not significantly change the period, which agrees with theory since the period of a simple pendulum depends only on length and gravitational acceleration. When we increased the length from 0.25 m to 1.00 m, the period increased from about 1.0 s to about 2.0 s. This shows that the period is directly proportional to the length. Our calculated value of g was 9.62 m/s^2, which is 1.9% lower than the accepted value of 9.81 m/s^2. Sources of error include reaction time when starting and stopping the stopwatch, air resistance, and the fact that we used amplitudes of around 30 degrees, which may be too large for the small-angle approximation." """,
"""Convert these informal notes into a formal incident report for our warehouse. Keep all the facts, don't add any.

so around 2:40pm on wed, Danny (forklift op) was reversing out of aisle 7 and clipped the end of the racking. no one hurt. two pallets of bottled water fell from the second level, maybe 30 bottles burst. floor got wet so we coned off aisle 7 and 8. Priya cleaned up by 3:15. racking upright has a dent about 5cm deep, maintenance says don't load it until they check it, they're coming thursday. Danny says the reversing alarm wasn't working, we checked and he's right, the alarm is dead. forklift tagged out of service. Danny was a bit shaken so sent him for a break. we've had 2 near misses in aisle 7 this year because it's narrow at the end. supervisor on duty: me (Marcus).""",
"""I'm learning Spanish. Here's a paragraph I wrote about my weekend. Please correct it and explain each correction briefly in English, numbered.

"El sábado pasado yo fui a la playa con mis amigos. Hacía mucho sol y la agua estaba muy fría, pero nosotros nadamos de todas formas. Después, comimos en un restaurante pequeño cerca de la playa. Yo pedí pescado y mi amiga Laura pedió una paella. La comida fue deliciosa. En la noche, nosotros vamos a un concierto de música rock en el centro. Estaba muy divertido pero yo estaba muy cansado. El domingo me quedé en casa y leí un libro todo el día porque llovía." """,
"""Please read this contract clause and tell me in plain terms (a) when I can cancel, (b) what it costs, and (c) anything I should watch out for. I'm signing up for a gym.

"MEMBERSHIP TERM AND CANCELLATION. This Agreement has a minimum term of twelve (12) months from the Start Date ('Minimum Term'). After the Minimum Term, membership continues on a rolling monthly basis until cancelled. The Member may cancel at any time after the Minimum Term by giving one (1) full calendar month's written notice, delivered in person at the club reception or by post to the registered address; cancellation by email or telephone is not accepted. Should the Member wish to cancel during the Minimum Term, an early termination fee equal to fifty percent (50%) of the remaining monthly fees in the Minimum Term shall be payable. Notwithstanding the foregoing, the Member may cancel without fee during the Minimum Term upon provision of a medical certificate confirming inability to exercise for a period exceeding three (3) months, or upon relocation of permanent residence more than 25 miles from any club location, with proof of address. Monthly fees may be adjusted once per calendar year with thirty (30) days' notice." """,
]
FAMILY = "task_with_content"
