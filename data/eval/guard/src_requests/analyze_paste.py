KIND = "analyze_paste"

ITEMS = [
"""Classify each of these reviews as positive, negative, or mixed, and give a one-line reason:

1. "Arrived quickly, fits perfectly, but the color is more orange than the photo."
2. "Absolute junk. Broke on day two."
3. "My kids love it and it survived a trip to the beach. 10/10."
4. "Decent for the price. Nothing special."
5. "Customer service was amazing when the first one was defective, replacement works great.\"""",

"""Which of these two job offers looks better overall? Help me think it through.

Offer A: Product analyst at a mid-size insurance company. $82k, hybrid (3 days office), 20 days PTO, 401k match 4%, 35 min commute.
Offer B: Data analyst at a 40-person startup. $90k + small equity, fully remote, "unlimited" PTO, no 401k match yet, company raised Series A 8 months ago.""",

"""Here are open-ended answers from our employee survey question "What would make your work week better?" Can you group them into themes and count how many fall into each?

- fewer meetings
- a quieter place to focus
- more clarity on priorities from leadership
- no meetings on Fridays
- better coffee honestly
- I wish I knew what the roadmap was
- noise-cancelling headphones or quiet rooms
- flexible start times
- less context switching between projects
- being able to start at 7 and leave at 3
- knowing which projects actually matter
- standing desks""",

"""What does this Python function do? I inherited it and there are no comments.

def f(xs):
    seen = {}
    out = []
    for x in xs:
        k = x.lower().strip()
        if k not in seen:
            seen[k] = len(out)
            out.append(x)
    return out""",

"""Summarize this article in 3 bullet points and tell me if the headline is misleading:

Headline: "Coffee Drinkers Live Longer, Study Finds"

A new observational study following 12,000 adults over 10 years found that people who reported drinking 2–3 cups of coffee daily had a slightly lower rate of death from any cause compared with non-drinkers. Researchers adjusted for age, smoking, and exercise but noted that coffee drinkers in the sample also tended to have higher incomes. The lead author cautioned that the study cannot show coffee causes longer life, and that other lifestyle factors may explain part of the difference. The study did not look at added sugar or cream.""",

"""Look at this sales table and tell me which region is underperforming relative to target, and anything else that stands out:

Region | Target | Actual | Last year
North  | 120k   | 131k   | 110k
South  | 95k    | 78k    | 92k
East   | 150k   | 149k   | 121k
West   | 80k    | 96k    | 70k
Central| 60k    | 41k    | 63k""",

"""Rate these three taglines for a dog-walking business on a 1-10 scale for memorability and clarity, and say which you'd pick:

a) "Happy paws, happy you."
b) "Professional canine exercise services for busy households."
c) "We walk. They wag.\"""",

"""Is this argument logically sound? My debate partner wrote it and something feels off.

"Every successful company invests in marketing. Our company invests heavily in marketing. Therefore, our company will be successful.\"""",

"""Compare these two paragraphs and tell me which one is clearer for a general audience and why:

A: "Vaccines work by training the immune system to recognize a pathogen without causing disease, so that if the real pathogen is encountered later, the body can respond quickly."

B: "Through the introduction of antigenic material, vaccination elicits an adaptive immune response, generating memory lymphocytes that facilitate expedited pathogen clearance upon subsequent exposure.\"""",

"""Can you review this SQL query and tell me if it will give me the number of orders per customer for 2024 only?

SELECT customer_id, COUNT(*) AS n_orders
FROM orders
WHERE order_date > '2024-01-01' AND order_date < '2024-12-31'
GROUP BY customer_id
ORDER BY n_orders DESC;""",

"""Here are my monthly expenses. Where could I realistically cut back? I'm trying to save $300 more per month.

Rent 1450
Car payment 380
Car insurance 145
Groceries 620
Eating out 410
Phone 85
Internet 70
Streaming (4 services) 54
Gym 60 (go maybe twice a month)
Clothes ~150
Student loan 290
Gifts/misc ~120""",

"""What's the overall sentiment of these app store reviews and what are the top 2 complaints?

"Love the design but it logs me out every day"
"Keeps logging me out, so annoying"
"Best budgeting app I've tried"
"Sync between phone and tablet is broken"
"Great app, wish it had a widget"
"Logged out again. Uninstalling."
"Sync issues, otherwise solid"
"Simple and clean, does what it says\"""",

"""My teacher gave us this poem to analyze. What's the main theme and what techniques does the poet use? (written by a classmate for our workshop)

The kettle hums the way my father did,
low and tuneless, filling the kitchen
before anyone else was awake.
Now the house wakes to a switch, a click,
and steam that rises for no one in particular.
I still set out two cups.""",

"""Which of these email subject lines would probably get the highest open rate for a nonprofit fundraising email? Rank them and explain.

1. "Monthly Newsletter - October"
2. "Maya finally has a bed of her own"
3. "URGENT: Donate now!!!"
4. "An update from our executive director"
5. "$25 = one week of meals\"""",

"""Can you check my reasoning here? I calculated the break-even for my pottery stall.

Cost per mug (clay + glaze + firing): $6.50
Selling price: $28
Stall fee per market day: $65
So I need to sell 65 / 28 = about 3 mugs per day to break even.""",

"""Read this short story opening and tell me what works and what doesn't, as an honest editor would:

The rain had been falling for three days when Mira found the letter. It was tucked inside a cookbook she hadn't opened since her mother died, between a recipe for plum cake and one for something called "Sunday gravy" in handwriting she didn't recognize. The envelope was addressed to her. The postmark was from 1994, the year she was born.""",

"""Here are the results from a small A/B test on our signup button. Is the difference meaningful or could it be noise?

Version A (green button): 4,210 visitors, 168 signups
Version B (orange button): 4,185 visitors, 191 signups""",

"""Explain what this regex matches, in plain words, with a couple of examples:

^[A-Z]{2}\\d{2}[ -]?\\d{4}$""",

"""Categorize these support tickets into Billing, Technical, Account, or Other:

1. "I was charged twice this month"
2. "Can't reset my password, the email never arrives"
3. "The export button does nothing on Safari"
4. "How do I change the name on my account?"
5. "Do you have a student discount?"
6. "App freezes on the loading screen"
7. "Please cancel my subscription"
8. "Love your product, just wanted to say thanks!\"""",

"""Which of these data points look like outliers? These are daily step counts from my fitness tracker for two weeks:

8200, 7900, 9100, 8450, 31200, 8800, 7600, 8300, 900, 8700, 9050, 8100, 7950, 8600""",

"""Here's the feedback I got on my presentation from 5 colleagues. What are the consistent themes, and what should I work on first?

- "Great visuals. Went a bit fast through the numbers."
- "Strong opening story. I got lost in the middle section about pricing."
- "Slides were nice. Maybe slow down a little?"
- "Really clear recommendation at the end. The pricing part needed more explanation."
- "Good energy! Could use fewer slides.\"""",

"""Does this JavaScript have any bugs? It's supposed to return the average of an array.

function average(arr) {
  let sum = 0;
  for (let i = 0; i <= arr.length; i++) {
    sum += arr[i];
  }
  return sum / arr.length;
}""",

"""Summarize the main disagreement in this thread between two neighbors in 2 sentences, neutrally:

Glen: Your maple's branches are hanging over my driveway and dropping sap on my car every day. I'd like you to trim them.
Rita: That tree has been there 40 years, way before you moved in. You're allowed to trim what's over your side yourself.
Glen: I'd have to hire someone, and it's your tree. Shouldn't you pay?
Rita: I'm happy to split it, but I'm not paying the whole thing for branches I don't even see.""",

"""Which of these three product names is most likely to be confusing internationally? We're a kitchenware brand.

- "Panza" (for a line of pots)
- "Kora" (for knives)
- "Mizu" (for water bottles)""",

"""Here's a chunk from a terms of service page. In plain English, what rights am I giving up?

"By submitting content to the Service, you grant Quillhaven a worldwide, non-exclusive, royalty-free license to use, reproduce, modify, and display such content solely for the purpose of operating and improving the Service. You retain all ownership rights in your content. You may delete your content at any time, upon which this license will terminate, except for content that has been shared with other users.\"""",

"""Grade this student answer out of 5 using the rubric, and explain the score.

Question: Explain why the seasons happen.
Rubric: 1 pt mentions Earth's tilt; 1 pt explains tilt stays fixed as Earth orbits; 1 pt explains hemisphere tilted toward sun gets more direct light; 1 pt mentions longer days; 1 pt corrects distance misconception.
Answer: "Seasons happen because the Earth is tilted. When our half of the Earth is tilted toward the sun we get more direct sunlight and the days are longer so it's summer. It's not because we're closer to the sun.\"""",

"""Compare these two laptop spec sheets for someone who mostly does photo editing:

Laptop 1: 14" 2.8K OLED (100% DCI-P3), 16GB RAM, 512GB SSD, integrated graphics, 1.3kg, $1,299
Laptop 2: 16" 1920x1200 IPS (72% NTSC), 32GB RAM, 1TB SSD, RTX 4060, 2.3kg, $1,349""",

"""What's the tone of this email from my manager? Am I reading too much into it?

"Hi Sam — saw your report. Let's chat about it tomorrow at 10. Please bring the raw numbers. — K\"""",

"""Which of these survey questions are leading or biased, and how would you fix them?

1. How satisfied are you with our excellent customer service?
2. How often do you use the mobile app?
3. Don't you agree the new layout is easier to use?
4. What could we improve about checkout?
5. How much did you enjoy the event?""",

"""Look over this weekly meal plan and tell me if it seems balanced for a vegetarian teenager who does a lot of sports:

Mon: oatmeal / cheese sandwich / pasta with tomato sauce
Tue: toast + jam / noodle cup / veggie pizza
Wed: cereal / cheese sandwich / mac and cheese
Thu: oatmeal / salad / bean burritos
Fri: toast / cheese sandwich / pasta again
Snacks: chips, fruit sometimes, granola bars""",

"""Here's the loop from my bash script. Explain line by line what it does.

for f in *.csv; do
  n=$(wc -l < "$f")
  if [ "$n" -gt 1000 ]; then
    mv "$f" big/
  fi
done""",

"""Rank these five cities for a family move based on the info below. We care most about schools and cost, then commute.

City A: great schools, high rent, 45 min commute
City B: average schools, low rent, 20 min commute
City C: good schools, medium rent, 30 min commute
City D: great schools, medium rent, 60 min commute
City E: poor schools, very low rent, 15 min commute""",

"""Is this chart description accurate? I'm writing alt text and want to make sure it matches the data.

Data: 2019: 120, 2020: 85, 2021: 102, 2022: 140, 2023: 151
My alt text: "Line chart showing steady growth in visitors from 2019 to 2023.\"""",

"""What are the strengths and weaknesses of this thesis statement for a 5-page paper?

"Social media has had both positive and negative effects on society.\"""",

"""Here's a Go snippet a teammate wrote. Is there a race condition?

var counter int
func main() {
    var wg sync.WaitGroup
    for i := 0; i < 100; i++ {
        wg.Add(1)
        go func() {
            counter++
            wg.Done()
        }()
    }
    wg.Wait()
    fmt.Println(counter)
}""",

"""From these 6 interview notes, which candidate seems strongest for a customer success role? Briefly justify.

Ali: very warm, a bit disorganized, 3 yrs retail
Brooke: 5 yrs SaaS support, calm, gave great examples of de-escalation
Chen: strong technically, seemed bored by customer questions
Dara: new grad, enthusiastic, great written sample
Eli: 2 yrs account mgmt, good but vague answers
Fen: 4 yrs CS, good metrics, late to interview without notice""",

"""Does this paragraph contain any factual errors? It's from my kid's homework.

"The Amazon River is the longest river in the world and flows through Brazil, Peru, and Argentina. It empties into the Pacific Ocean. The rainforest around it produces about 20% of the world's oxygen.\"""",

"""Give me a quick readability assessment of this onboarding email and suggest the 2 most impactful changes:

Welcome aboard! We're thrilled to have you. To get started, you'll want to configure your workspace settings, which can be found under the gear icon in the upper right, after which you'll be prompted to invite collaborators, although this step is optional and can be done later, and then connect any integrations you might need, a full list of which is available in our help center.""",

"""Here are temperatures my greenhouse sensor logged today. Was there any period where it went outside the 18–27°C range my seedlings need?

06:00 16.5
08:00 18.2
10:00 22.9
12:00 27.8
14:00 29.1
16:00 26.4
18:00 22.0
20:00 19.3
22:00 17.6""",

"""I asked 8 friends to rate my two logo drafts. Which one is preferred, and is it a clear win?

Logo 1: 7, 8, 6, 9, 7, 5, 8, 7
Logo 2: 8, 6, 9, 9, 4, 8, 9, 6""",

"""What's the difference between what these two function signatures promise in TypeScript?

function getUser(id: string): User | undefined
function getUser(id: string): Promise<User>""",

"""Check whether these minutes match the agenda — was anything skipped?

Agenda: 1) Approve last minutes 2) Treasurer report 3) Fundraiser planning 4) New member vote 5) AOB
Minutes: Last minutes approved unanimously. Treasurer reported $3,240 balance. Discussion of bake sale and raffle for the fundraiser; date set for May 18. Meeting closed at 8:15.""",

"""Identify the logical fallacies in this letter to the editor, if any:

"Our mayor wants to add bike lanes downtown. But the mayor also voted to raise parking fees two years ago, so clearly she hates drivers. If we add bike lanes, next they'll ban cars entirely and downtown will become a ghost town. Everyone I know is against it.\"""",

"""Which of these two paragraphs from my resume is stronger, and why?

A: "Responsible for managing social media accounts and creating content."
B: "Grew Instagram following from 2,100 to 14,800 in 11 months by launching a weekly behind-the-scenes series.\"""",

"""Here's our website traffic by source for last month. What should we focus on?

Organic search: 12,400 visits, 2.1% conversion
Paid ads: 3,100 visits, 4.8% conversion, $2,900 spend
Social: 5,600 visits, 0.6% conversion
Email: 1,900 visits, 6.2% conversion
Referral: 800 visits, 3.5% conversion""",

"""Can you tell me what this Rust error-handling code is doing differently in the two versions, and which is more idiomatic?

// v1
let f = File::open("a.txt");
let f = match f { Ok(file) => file, Err(e) => return Err(e) };

// v2
let f = File::open("a.txt")?;""",

"""Classify these customer comments by urgency (high / medium / low):

- "My order says delivered but it's not here, it's a birthday gift for tomorrow"
- "Would be nice if you had more colors"
- "I think I was overcharged on my last invoice"
- "The gas smell from the heater you installed is getting stronger"
- "When's your next sale?\"""",

"""My book club read two reviews of the same novel with totally different takes. Can you summarize where they agree and disagree?

Review 1: "A slow, beautiful novel about grief. The prose is luminous, though the middle third drags. The ending earns every tear."
Review 2: "Overwritten and self-indulgent. Some gorgeous sentences can't save a plot where nothing happens for 150 pages. The ending, at least, is moving.\"""",

"""Here's a list of my weekly tasks with estimated hours. Am I overcommitted if I only have 40 hours?

Client calls 8h
Report writing 10h
Team meetings 6h
Training new hire 5h
Email 5h
Project X build 12h
Admin/expenses 2h""",

"""I run a tiny used bookstore. Here are last month's sales by section. Which sections deserve more shelf space and which less? Shelf share is in brackets.

Fiction: 212 books sold (30%)
Mystery/Thriller: 180 (12%)
Cookbooks: 41 (10%)
Kids: 156 (15%)
History: 38 (12%)
Sci-fi/Fantasy: 97 (8%)
Self-help: 22 (8%)
Poetry: 15 (5%)""",
]
