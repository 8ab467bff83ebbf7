# Hand-written instruction + pasted content, long material. family: task_with_content (part 7)
ITEMS = [
"""Please summarize this article for a 7th grade class in about 100 words, then list 5 vocabulary words from it with kid-friendly definitions.

Deep beneath the ocean's surface, in places sunlight never reaches, scientists have discovered entire communities of life that do not depend on the sun at all. These communities cluster around hydrothermal vents: cracks in the seafloor where water heated by magma bursts out at temperatures that can exceed 400 degrees Celsius. The water does not boil because of the enormous pressure at these depths.

The vent water is rich in dissolved minerals, including hydrogen sulfide, a chemical that is poisonous to most animals. But certain bacteria can use hydrogen sulfide as a source of energy, in a process called chemosynthesis. Just as plants use sunlight to make food through photosynthesis, these bacteria use chemical energy to turn carbon dioxide into sugars.

The bacteria form the base of a remarkable food web. Giant tube worms, which can grow more than two metres long, have no mouth or stomach; instead, they house billions of bacteria inside their bodies and absorb the nutrients they produce. Clams, mussels, shrimp and crabs also thrive around the vents, along with fish that feed on them.

When hydrothermal vents were first discovered in 1977 near the Galápagos Islands, the finding surprised biologists, who had assumed that all life on Earth ultimately depended on the sun. Today, some scientists think that life on Earth may have begun around vents like these, and that similar environments could exist on icy moons such as Europa and Enceladus.""",
"""I need to reply to this complaint from a parent. I'm the head of year at a secondary school. Please draft a calm, respectful reply that explains our policy and offers a meeting, without being defensive.

"Dear Mr. Collins,

I am extremely unhappy about the detention my daughter Maisie received on Tuesday. She was given an after-school detention for not having her PE kit, which she forgot because she had been at her grandmother's house the night before, as I explained in a note which apparently nobody read. The detention meant she missed her bus and I had to leave work early to collect her, which I cannot keep doing.

Maisie is a good student and has never been in trouble before. I think it is ridiculous that a child can be punished in this way for a one-off mistake, especially when a parent has written to explain. It feels like the school is more interested in rules than in actually getting to know the children.

I would like the detention removed from her record and an explanation of why my note was ignored.

Regards,
Mrs. D. Fraser"

Our policy: forgetting kit 3 times in a half-term leads to a detention; this was actually her 3rd time this half-term according to the PE department. Parents are meant to get 24 hours' notice of after-school detentions, and we're not sure that happened here.""",
"""Please give me detailed feedback on this cover letter. I'm switching careers from retail management to UX design. Be specific about what to cut and what to strengthen.

Dear Hiring Manager,

I am writing to express my interest in the Junior UX Designer position at Lumen Digital. Although my background is in retail, I believe my experience has given me a unique perspective on user needs that would make me a valuable addition to your team.

For the past six years I have worked as a store manager at a large home goods retailer, where I was responsible for a team of 22 staff and annual sales of over £3 million. In this role I spent a lot of time observing how customers moved through the store, where they got confused, and what made them leave without buying. In 2022 I redesigned the layout of our kitchenware section based on these observations, which led to a 17% increase in sales in that category over the next quarter.

Last year I completed the Google UX Design Certificate and a 12-week bootcamp at DesignLab. During the bootcamp I worked on three projects, including a redesign of a local library's online booking system. I conducted interviews with eight library users, created personas and journey maps, and tested two rounds of prototypes in Figma. The final design reduced the number of steps to book a study room from nine to four.

I am passionate about creating designs that make people's lives easier. I am a fast learner, a strong communicator, and I work well in a team. I would love the opportunity to bring my skills and enthusiasm to Lumen Digital.

Thank you for your time and consideration.

Yours sincerely,
Chris Aldana""",
"""Below is a long product review from our website. Extract: overall sentiment, star rating you'd guess, each feature mentioned with a positive/negative label, and any mention of competitors. Output JSON.

"I've been using the Arlo-style WiFi doorbell from HomeSense (model HS-D2) for about four months now, replacing a Ring doorbell that died after two years. Setup was honestly easier than the Ring: the app walked me through it in about fifteen minutes, and I didn't need to touch my existing wiring. Video quality is excellent during the day, sharp enough to read a delivery label from the door. At night it's more of a mixed bag. The infrared mode is fine for seeing who's there, but faces get washed out if someone stands too close.

The motion detection took some tweaking. Out of the box, it was notifying me every time a car drove past, which on my street is constantly. Once I set up the activity zones to exclude the road, it's been pretty accurate, although it still occasionally misses people walking up quickly. The person detection feature, which is supposed to ignore animals, does not seem to know what a cat is, so I get alerts for my neighbor's tabby most evenings.

Battery life has been the biggest disappointment. The box says up to six months, but I'm charging it roughly every five weeks. Maybe the cold weather doesn't help. The two-way audio works well, with clear sound and very little lag.

The subscription is cheaper than Ring's for cloud storage, and the app is less cluttered. Overall I'm reasonably happy with it, and for the price I'd probably buy it again, but I wouldn't call it perfect." """,
"""Here's a chapter outline for my fantasy novel. Can you spot plot holes or pacing issues? Be blunt.

Chapter 1: Wren, a 17-year-old apprentice cartographer, discovers that the royal map of the kingdom shows an island that doesn't exist in any other record.
Chapter 2: Her master, Aldous, is arrested the same night for treason. Before the guards take him, he whispers "the island is real".
Chapter 3: Wren flees the capital with the map, helped by Tomas, a smuggler who owes Aldous a favor.
Chapter 4: They reach the coast and learn that all ships heading west have been forbidden by royal decree.
Chapter 5: A long chapter of Wren and Tomas traveling through the marshes, getting to know each other. They find nothing important but talk a lot.
Chapter 6: They steal a fishing boat. Wren navigates by the stars, which she learned from Aldous.
Chapter 7: Storm. The boat is wrecked. They wash up on the island.
Chapter 8: The island is inhabited by people who speak the old language, which Wren can suddenly understand.
Chapter 9: Wren learns the island is where the royal family hides the kingdom's true heir. The king is an imposter.
Chapter 10: The royal navy arrives. Wren realizes Tomas has been working for the king all along.
Chapter 11: Battle on the beach. Aldous appears, having escaped prison, and helps them win.
Chapter 12: The true heir returns to the capital. Wren becomes royal cartographer.""",
"""Please extract from this inspection report: the address (it's fictional), each defect with its severity, the estimated repair cost for each, and the total. Output as a markdown table plus the total.

HOME INSPECTION SUMMARY
Property: 14 Larkspur Close, Millbrook (fictional listing)
Date of inspection: 22 April
Inspector: B. Yilmaz

Roof: Several cracked and slipped tiles on the rear slope, with evidence of minor water ingress in the loft above the back bedroom. Severity: moderate. Estimated repair: £650-£900.

Chimney: Flashing around chimney stack is deteriorated. Severity: moderate. Estimated repair: £400.

Electrics: Consumer unit is an older type without RCD protection. Recommend replacement by a qualified electrician. Severity: high (safety). Estimated cost: £500-£700.

Plumbing: Slow drain in upstairs bathroom basin, likely partial blockage. Severity: low. Estimated cost: £80.

Damp: Rising damp readings along the lower part of the front wall in the living room. Further investigation recommended. Severity: moderate to high. Estimated cost: £1,500-£3,000 depending on cause.

Windows: Two double-glazed units in the kitchen have failed seals (misting between panes). Severity: low. Estimated cost: £240.

Garden: Rear boundary fence leaning, two posts rotten. Severity: low. Estimated cost: £300.

General: The property is in fair condition for its age (built c. 1935). No structural movement observed.""",
"""My nonprofit is writing its first social media policy for volunteers. Here's my draft. Please rewrite it so it's clearer, friendlier, and organized into sections with headings. Keep it under 350 words.

volunteers are welcome to talk about their volunteering on their own social media and we encourage this because it helps spread the word about our work but there are some rules. don't post photos of the people we support without their written consent, especially children, and never post anyone's full name or where they live. don't post about anything confidential you learn while volunteering, like someone's health or family situation. if you post about us make it clear that you are a volunteer and that your opinions are your own and not the organisation's. don't get into arguments online on behalf of the charity, if someone posts something negative about us send it to the comms team at comms@example.org and they will deal with it. you can share our official posts as much as you like. don't create pages or groups using our name or logo without permission. if you are not sure about something just ask your volunteer coordinator. if someone breaks these rules we might have to ask them to stop volunteering but we will always talk to them first. we also ask that you don't add the people we support as friends on personal accounts, to protect both you and them. thanks for being part of the team!""",
"""I'm a hobby woodworker. Here are the assembly instructions I wrote for a small bookshelf kit I'm selling at a craft fair. Can you check them for clarity and missing steps? Rewrite if needed.

Parts: 2 side panels (A), 4 shelves (B), 1 back panel (C), 16 wooden dowels, 16 screws (3.5 x 30 mm), 8 small nails, wood glue.
Tools needed: screwdriver, hammer.

1. Put the dowels in the holes on the side panels.
2. Add glue.
3. Attach the shelves to one side panel. The shelf with the pre-drilled holes on the front edge goes at the bottom.
4. Attach the other side panel.
5. Screw everything together.
6. Turn the bookshelf over and nail on the back panel.
7. Leave it to dry.

Note: do not overtighten the screws because the wood is soft pine. Wipe off any extra glue with a damp cloth before it dries. The finished shelf is 90 cm tall and 60 cm wide. For safety, the bookshelf should be fixed to the wall with a wall bracket (not included), especially if you have small children. The bottom shelf can hold up to 15 kg and the others up to 10 kg each.""",
"""Here's the transcript of a voice memo I recorded after a client meeting. Turn it into a follow-up email to the client summarizing what we agreed, next steps, and open questions. Client is "Ms. Ferreira" at a (fictional) hotel group.

"Okay, notes from the Ferreira meeting. So they want the new booking site live before the summer season, ideally first of June, hard deadline is fifteenth of June. They're happy with the design direction, the second mood board, the one with the sea colors, but they want the homepage photo to be the rooftop terrace, not the pool. They confirmed three languages: Portuguese, English and Spanish. French maybe later, not now. Budget is approved as quoted, the forty-two thousand, but they want the payment split in three milestones instead of two - I said I'd check with finance. They asked if we can integrate with their existing channel manager, it's called something like StayLink, I need to find out if there's an API. And they want a staff training session, two hours, before launch. Oh, and their marketing person, Rui, will be our day-to-day contact from now on, not Ms. Ferreira herself. Next meeting in two weeks to review the wireframes." """,
"""Please check this Python class for bugs. It's supposed to be a simple LRU cache with a fixed capacity.

```python
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.cache = {}
        self.order = []

    def get(self, key):
        if key not in self.cache:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.cache[key]

    def put(self, key, value):
        if key in self.cache:
            self.cache[key] = value
            return
        if len(self.cache) > self.capacity:
            oldest = self.order.pop()
            del self.cache[oldest]
        self.cache[key] = value
        self.order.append(key)


c = LRUCache(2)
c.put(1, "a")
c.put(2, "b")
c.get(1)
c.put(3, "c")
print(c.get(2))  # expected -1
print(c.get(1))  # expected "a"
```

Also, is there a more efficient way to do this in Python?""",
"""Here are the rules for our office's summer step challenge. Participants keep asking the same questions. Write a short FAQ (6 questions) based on these rules.

SUMMER STEP CHALLENGE - RULES
The challenge runs from Monday 1 July to Sunday 28 July. Teams of four compete to record the highest average daily step count. Teams are formed by the organizers and announced on 26 June; if you'd like to be on a team with specific colleagues, email the organizers by 21 June and we will try to accommodate you.

Steps must be tracked with a phone or wearable device and entered into the challenge spreadsheet by 10 a.m. the following day. Missed entries count as zero for that day, but each participant may submit up to three late entries over the challenge. Activities that don't involve steps (cycling, swimming, wheelchair use, etc.) can be converted using the conversion table on the intranet, so everyone can take part on an equal footing.

Prizes: the winning team receives a team lunch and an extra half-day of leave each. There are also individual prizes for "most improved" (biggest increase from week 1 to week 4) and a random draw among everyone who logs at least 20 days.

Please listen to your body. The challenge is about fun and building healthy habits, not injuries. If you have any health concerns, check with your doctor before increasing your activity.""",
"""Can you translate this story excerpt into Spanish (Spain)? It's for a bilingual reader for teenagers, so keep it natural, not too literal.

The bus broke down halfway up the mountain, in the middle of nowhere, with the sun already sinking behind the pines. The driver climbed out, lifted the hood, stared at the engine for a long time, and then came back inside and announced, with the calm of someone who has seen everything, that we would be walking the rest of the way.

Nobody moved. Then Lucía, who had not said a single word since we left the city, stood up, put on her backpack, and walked to the front of the bus. "Come on," she said. "It can't be that far."

It was that far. It was, in fact, much farther. But by the time we reached the village, two hours later, with our phones dead and our feet aching, something had changed between the twelve of us. We had sung terrible songs, shared the last of our snacks, and discovered that Marcos was afraid of cows, which none of us would ever let him forget.

When we finally saw the lights of the hostel, Lucía turned around and smiled, and I realized it was the first time I had ever seen her smile.""",
"""Please read these two paragraphs from different drafts of my thesis introduction and merge them into one stronger paragraph, keeping the citations as they are.

Draft A: "Urban heat islands (UHIs) are areas within cities that experience significantly higher temperatures than surrounding rural areas (Oke, 1982). This phenomenon is caused mainly by the replacement of vegetation with impervious surfaces such as asphalt and concrete, which absorb and re-emit heat (Santamouris, 2014). UHIs have been linked to increased energy consumption for cooling, poorer air quality and higher rates of heat-related illness and mortality, particularly among elderly and low-income populations (Harlan et al., 2006)."

Draft B: "As cities grow and heatwaves become more frequent due to climate change, understanding the distribution of heat within urban areas has become a pressing concern for planners and public health officials. Green infrastructure, including street trees, parks and green roofs, has been proposed as a key strategy to mitigate urban heat (Bowler et al., 2010). However, most studies have focused on large cities in North America and Europe, and relatively little is known about how these strategies perform in medium-sized cities in the Global South, which is the focus of this thesis." """,
"""I'm a small-business owner. Please look at this quarter's P&L and tell me, in plain language, what's going well, what's worrying, and three questions I should ask my accountant.

PROFIT & LOSS - Q3 (Jul-Sep)          This year    Last year
Revenue
  Product sales                        84,200       71,500
  Workshops                            12,600        9,800
  Total revenue                        96,800       81,300
Cost of goods sold                     38,900       29,400
Gross profit                           57,900       51,900
Operating expenses
  Rent                                 10,500        9,900
  Salaries                             28,400       24,000
  Marketing                             7,800        3,200
  Software & subscriptions              1,900        1,100
  Utilities                             1,600        1,450
  Other                                 2,300        2,100
  Total opex                           52,500       41,750
Net profit                              5,400       10,150

We raised prices 5% in June and switched to a new supplier in August.""",
"""I volunteer at a food bank. Here's the procedure for receiving donations that a retired manager wrote years ago. Please turn it into a clear one-page checklist new volunteers can follow, grouped by stage.

"When a donation arrives, the first thing is to greet the donor and thank them, and if it's a large donation from a business, get their details for the thank-you letter and the tax receipt. Check that everything is within date - we can accept things up to the best-before date but not past the use-by date, and for tins we can go a bit past best-before but not if they're dented or bulging, bulging tins go straight in the bin. Fresh food needs to go in the fridge within half an hour and somebody needs to write the date received on it with the marker pen. Anything that's been opened or that has a broken seal can't be used. Baby formula and baby food have to be checked by the shift lead before they go on the shelf. Weigh everything on the big scale and write the weight in the donations book, the book is on the shelf by the door. Sort tins by type (veg, soup, fish, meat, fruit) and put them on the right shelves, oldest at the front. Don't forget to wash your hands after handling raw stuff. At the end of the shift, the shift lead totals the weights." """,
"""Here is the 'Methods' section from a survey study my team wrote. Please point out anything a peer reviewer would likely criticize.

"We distributed an online questionnaire via the university's social media accounts and student newsletter between March and April. The questionnaire contained 24 items about students' use of generative AI tools for coursework, measured on a 5-point Likert scale, plus three open-ended questions. Participation was voluntary and anonymous, and respondents could enter a prize draw for a £50 voucher. In total, 612 responses were received, of which 540 were complete and included in the analysis. Since the total student population is about 19,000, this represents a response rate of 2.8%. We used descriptive statistics and chi-square tests to compare responses by faculty and year of study. Open-ended answers were read by one researcher, who identified common themes. The questionnaire was designed by the research team and was not piloted due to time constraints." """,
"""Please write alt text for each of these image descriptions from our museum's website (max 125 characters each), and flag any that need more info from the curator:

1. Photo of the main gallery: a long room with high ceilings, white walls, wooden floors, and about a dozen large abstract paintings in bright colors. A few visitors are standing in front of the paintings.
2. Close-up of a 14th-century illuminated manuscript page, with gold leaf decoration around a large red initial letter and small painted figures of musicians in the margin.
3. A bronze sculpture of a horse rearing, on a marble plinth, in the museum courtyard, with autumn trees in the background.
4. A black-and-white photograph from the museum archive, showing the building under construction. Date unknown.
5. Children sitting on the floor in the education room, drawing with crayons, while an educator holds up a painting reproduction.
6. Detail of a textile: a woven tapestry with repeating geometric patterns in deep blue, rust orange and cream.""",
"""Our app's onboarding copy is below. Rewrite it to be shorter and more encouraging. Each screen should have a headline (max 6 words) and body text (max 20 words).

Screen 1: "Welcome to Sprout! Sprout is an app that helps you build better habits by tracking them every day and showing you your progress over time, so you can see how far you have come."
Screen 2: "To get started, you need to create your first habit. You can choose from our list of suggested habits, like drinking water, reading, or exercising, or you can create your own custom habit."
Screen 3: "Every day, you can check off the habits you have completed. If you complete a habit several days in a row, you will build a streak. Try not to break your streak!"
Screen 4: "You can also set reminders for each habit at a time that suits you, so that you don't forget. Reminders can be changed or turned off at any time in the settings."
Screen 5: "That's it! You are now ready to start building better habits with Sprout. Remember, small steps every day lead to big changes over time. Good luck!\"""",
"""This is a message my teenage son wrote to apologize to his grandmother after he was rude at dinner. He asked me to 'make it better'. I don't want to change his voice too much. Suggest light edits and tell me what's already good about it.

"Hi Nana. I'm really sorry about what I said at dinner on Sunday. I was in a bad mood because of stuff at school but that's not your fault and I shouldn't have taken it out on you. When you asked about my grades I thought you were judging me, but I know now you were just interested because you care. Mum told me that you made the lasagna specially because it's my favourite and that made me feel even worse. It was really good lasagna btw. I'd like to come over next weekend and help you with the garden like I used to if that's ok. I miss doing that. Love you. Ethan" """,
]
FAMILY = "task_with_content"
