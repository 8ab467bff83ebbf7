# Hand-written instruction + pasted content, short/medium material. family: task_with_content (part 12)
ITEMS = [
"""Text: "Thank you for shopping with us! Your order #A-55102 has shipped via FedEx and should arrive Thursday, May 9. Track it with number 0000 1111 2222. Questions? Reply to this email or call (555) 010-4477."

Extract: order number, carrier, delivery date, tracking number, support phone. JSON please.""",
"""Which of these book blurbs sounds most intriguing? Rank them and explain briefly.

1. "A retired detective returns to the village where her sister vanished forty years ago."
2. "In a city where it never stops raining, a florist discovers she can grow flowers that remember."
3. "This is a book about a man and his life and the things that happen to him."
4. "Two rival chefs. One kitchen. Seven days to save the restaurant.\"""",
"""Here's a list of my houseplants and the light they get. Tell me which ones are probably in the wrong spot:

- Snake plant: dark hallway, no window
- Fiddle leaf fig: north-facing bedroom, 3 m from window
- Cactus collection: south windowsill, full sun
- Pothos: bathroom with small frosted window
- Calathea: south windowsill next to the cacti
- Peace lily: living room, bright indirect light""",
"""Please convert this bulleted list into a paragraph for a grant report:

- 42 workshops held (target was 36)
- 318 unique participants, 61% women
- 85% said they felt more confident using online banking afterwards
- 3 new partner libraries joined
- main challenge: volunteer turnover in the spring""",
"""My daughter is learning Python at school and got stuck on this exercise. It should print only the even numbers from 1 to 10, inclusive, but it errors out. Can you fix the indentation and the bug, and explain both problems in a way an 11-year-old would understand?

for i in range(1, 10):
if i % 2 == 1:
print(i)""",
"""What's the difference in meaning between these two sentences? My students keep asking.

1. "I have lived in Madrid for five years."
2. "I lived in Madrid for five years."

And which is correct: "I've been to Paris last year" or "I went to Paris last year"?""",
"""Here's a paragraph from my novel. My critique group said it has too many adverbs. Can you highlight them and suggest stronger verbs?

She walked slowly to the window and looked sadly at the rain. Her brother spoke quietly behind her, but she deliberately ignored him. The clock ticked loudly. Finally, she turned around angrily and said, "You should have told me." He looked down guiltily and said nothing.""",
"""Please write a polite response declining this meeting request; I'm fully booked that week but could do the following Tuesday.

"Hi! Would you have 30 minutes next week to chat about a possible partnership between our podcast and your newsletter? Any afternoon works for us. Cheers, Ollie from The Weekly Sprout (fictional)\"""",
"""Give me a short summary and 3 keywords for this abstract so I can tag it in my reference manager:

"This paper examines the effect of urban green space on self-reported wellbeing among adults in five European cities. Using survey data from 4,800 respondents linked to satellite-derived measures of vegetation, we find that a 10% increase in green space within 500 m of the home is associated with a small but significant improvement in life satisfaction, with stronger effects for lower-income respondents.\"""",
"""We're adopting a rescue puppy next week and the family can't agree on a name. Which of these would be easiest to call out at a busy park (short, clear sounds, not easily confused with commands like "sit", "no" or "stay")? Rank the top 3 and say why.

Bartholomew (my husband's pick), Ziggy, Luna, Mr. Pickles (my son's), Bo, Anastasia, Rex, Waffles (my daughter's), Kit""",
"""Please check this email's tone. I'm worried it comes across as rude:

"Hi Claire, as I mentioned in my last three emails, I still need the signed form. Without it, I can't process your reimbursement. Please send it by Friday. Thanks.\"""",
"""Turn these five facts about octopuses into a fun, short script for a 60-second kids' video:

1. Octopuses have three hearts.
2. Their blood is blue.
3. They can change color in less than a second.
4. Each arm has its own cluster of neurons.
5. Some can squeeze through a hole the size of a coin.""",
"""I have this JSON config and the app says it's invalid. Find the problem(s):

{
  "name": "inventory-service",
  "port": 3000,
  "debug": true,
  "allowedOrigins": ["http://localhost:3000", "https://app.example.com",],
  "db": {
    "host": "localhost"
    "port": 5432
  }
}""",
"""I'm making a worksheet on register for my ESL students. Please classify these words and phrases as formal or informal, give a counterpart in the other register for each, and write one example sentence for three of them:

kids, commence, gonna, purchase, awesome, nevertheless, stuff, inquire, get in touch, regarding, a bunch of, assist, hang out, in addition""",
"""Can you tell me what's happening in this chess game in plain English? I'm a beginner.

1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5 7. Bb3 d6 8. c3 O-O""",
"""Read these two product descriptions and tell me which one is better for SEO and which one is better for humans:

A: "Running shoes men running shoes lightweight running shoes best running shoes for men cheap running shoes."

B: "Built for easy daily miles, the Strider 3 is a lightweight men's running shoe with a cushioned sole and breathable mesh upper.\"""",
"""Here's the conversation log from our family group chat about Christmas. Who's hosting, who's bringing what, and what's still undecided?

Mum: We'll host this year!
Uncle Raj: I'll bring the turkey, I've got a new smoker 😄
Aunt Lily: Desserts from me as always
Cousin Maya: Can I bring a vegan main? Me and Tom don't eat meat now
Mum: Of course love
Dad: Who's doing drinks?
Uncle Raj: Not me, I've got the turkey
Grandma: I'll make my trifle
Aunt Lily: Mum, I'm already doing desserts 😅
Mum: We'll sort out the time later""",
"""Please turn this recipe into a grocery list for 8 people (it serves 4):

- 400 g spaghetti
- 2 tbsp olive oil
- 3 garlic cloves
- 1 can (400 g) cherry tomatoes
- 1 tsp chili flakes
- a handful of basil
- 50 g parmesan""",
"""Write a short reply to this Airbnb guest review, thanking them and addressing the wifi comment:

"Lovely cottage with an amazing view of the hills. Beds were comfy, kitchen well stocked, and the hosts left fresh eggs from their hens! Only downside: the wifi was very slow, which made working remotely tricky. Would still stay again.\"""",
"""Read this paragraph and write two multiple-choice questions (4 options each) testing comprehension:

"The first successful powered flight took place on 17 December 1903, near Kitty Hawk, North Carolina. Orville Wright piloted the Wright Flyer for 12 seconds, covering 36 metres. Later that day, Wilbur flew 260 metres in 59 seconds. The brothers had spent years experimenting with gliders and building their own wind tunnel to test wing designs.\"""",
"""Please tidy up these notes into a short email to my team:

- offsite confirmed 12-13 Sept
- hotel: Lakeview, 2 nights covered
- travel: book your own train, expense it
- agenda coming next week
- dietary needs to Jess by Fri""",
"""Tell me whether each of these is a good or bad practice in git, and why:

1. Committing directly to main on a shared repo.
2. Writing commit messages like "fix".
3. Using feature branches and pull requests.
4. Committing a .env file with API keys.
5. Rebasing a branch that others have already pulled.""",
"""I'm teaching sentence variety to my Year 7 class. Rewrite each of these sentences in three different ways (e.g. change the clause order, use a different conjunction, split into two sentences), keeping the meaning:

1. Because the shop was closed, we went home early.
2. The dog barked all night, so nobody in the house got any sleep.
3. Although it was raining, the match went ahead as planned.
4. She finished her homework and then went out to play football.""",
"""Can you guess the genre of each song from these lyric snippets I wrote? Just for fun.

1. "My truck's got mud on the tires and my heart's got you on the mind"
2. "Neon city, electric dreams, dancing under satellite beams"
3. "Yo, I came up from the corner, now I'm writing my own story"
4. "Raise your fists, tear it down, we're the noise in a silent town\"""",
"""Please summarize this user feedback into a single sentence for our weekly report:

"The new calendar view is great but I can't drag events to change the time like I used to, I have to open each one. That's slowing me down a lot when I reschedule my week on Mondays.\"""",
"""I'm a math teacher. Check whether these student answers are right and give a hint (not the answer) for any that are wrong:

1. 3/4 + 1/8 = 4/12
2. 0.5 x 0.5 = 0.25
3. 15% of 60 = 9
4. (-3)^2 = -9
5. 2x + 5 = 13, so x = 4""",
"""Give me a title and subtitle for this talk abstract:

"In this talk I'll share what our team learned from moving a 10-year-old monolith to a handful of services, what we'd do differently, and why we ended up merging two of the services back together. Expect honest mistakes, diagrams, and one very awkward incident review.\"""",
"""Help me label these expenses as 'need' or 'want' for my Year 9 budgeting class worksheet, and mark any that could reasonably be argued either way so we can discuss them in class:

electricity bill, concert tickets, school shoes, new phone case, groceries, streaming subscription, bus pass, takeaway coffee, mobile phone contract, birthday present for a friend, gym membership, winter coat""",
"""Please translate this sign from our petting zoo into English and Dutch. We get a lot of visitors from the Netherlands.

"Bitte nicht füttern! Die Tiere bekommen spezielles Futter und können von Brot krank werden. Futterbecher für die Ziegen gibt es für 1 Euro an der Kasse. Bitte waschen Sie sich nach dem Streicheln die Hände. Hunde müssen draußen bleiben. Vielen Dank für Ihr Verständnis!\"""",
"""Identify the main claim and the supporting reasons in this short paragraph:

"Cities should make public transport free. Free transit would reduce traffic congestion, cut carbon emissions, and help low-income residents who spend a large share of their income on travel. Several cities, like Tallinn, have already tried it with encouraging results.\"""",
"""Clean up this messy list of email addresses (remove duplicates, fix obvious typos like missing @, lowercase everything). They're fake test addresses:

Anna.K@Example.com
bob@example.com
anna.k@example.com
carla.example.com
DAVE@EXAMPLE.COM
bob@example.com
eve@exmaple.com""",
"""Please review this SQL query and tell me what it returns, in plain words:

SELECT department, COUNT(*) AS n, AVG(salary) AS avg_salary
FROM employees
WHERE hire_date >= '2020-01-01'
GROUP BY department
HAVING COUNT(*) > 5
ORDER BY avg_salary DESC;""",
"""Give me a one-paragraph summary of this episode description for our podcast feed:

"This week Sam and Priya dig into the surprisingly dramatic history of the humble paperclip, from 19th-century patents to its role as a quiet symbol of resistance in occupied Norway. Plus: listener mail about the worst office supplies ever, and Priya finally reveals her stapler collection.\"""",
"""Here's my week's meal plan. Is it balanced? What's missing nutritionally?

Mon: pasta with pesto
Tue: cheese toastie and tomato soup
Wed: pasta with tomato sauce
Thu: frozen pizza
Fri: fish and chips
Sat: takeaway curry with rice
Sun: roast chicken, potatoes, carrots, peas""",
"""I got this error installing a Python package. What should I try?

ERROR: Could not build wheels for numpy, which is required to install pyproject.toml-based projects
  error: Microsoft Visual C++ 14.0 or greater is required.

I'm on Windows 10 with Python 3.13.""",
"""Decide which of these customer emails should get an auto-reply vs. a human reply, and explain:

1. "What are your opening hours on Sunday?"
2. "My husband passed away and I need to close his account."
3. "Do you ship to Norway?"
4. "I was charged three times and I'm really upset.\"""",
"""Make this paragraph more concise without losing information (target: under 40 words):

"At this point in time, we are currently in the process of reviewing all of the various applications that we have received, and we will be in a position to let all applicants know the outcome of our decision by the end of the month of June.\"""",
"""Score these three essay thesis statements from 1-5 for clarity and arguability, with a sentence of feedback each:

1. "Social media has good and bad effects."
2. "Schools should replace letter grades with written feedback because grades discourage risk-taking and deep learning."
3. "This essay will talk about climate change.\"""",
"""Here's a list of chores. Divide them fairly between my two kids (ages 8 and 12) for the week, considering age:

feed the cat (daily), empty dishwasher (daily), take out recycling (Tue), vacuum living room (Sat), water plants (Wed, Sun), set the table (daily), fold laundry (Thu), clean bathroom sink (Sat)""",
"""Please tell me the key differences between these two versions of a sentence from a contract:

A: "The Supplier shall deliver the goods within 30 days."
B: "The Supplier shall use reasonable efforts to deliver the goods within 30 days.\"""",
]
FAMILY = "task_with_content"
