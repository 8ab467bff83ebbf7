# Hand-written instruction + pasted content, long material. family: task_with_content (part 11)
ITEMS = [
"""Patch notes from the game I play just dropped. Can you tell me, as a support main, whether I got buffed or nerfed overall? Summarize the changes that affect healers.

PATCH 4.7 NOTES

General
- Respawn timer increased from 10 to 12 seconds in Ranked modes.
- Health packs now respawn every 15 seconds (was 12).

Healers
- Lumen: Healing beam now heals 55 HP/s (was 60). Ultimate charge required increased by 5%. Developer comment: Lumen has been the most-picked support at high ranks for three seasons.
- Brakka: Totem duration increased from 6 to 8 seconds. Totem health increased from 200 to 250.
- Seraphine: Fixed a bug where her dash could be canceled by knockbacks. Self-heal passive now activates after 2 seconds without taking damage (was 3).
- All supports: passive healing increased from 10 to 15 HP/s after not taking damage for 5 seconds.

Tanks
- Gorran: Shield health reduced from 1200 to 1000.
- Vex: Charge ability cooldown reduced from 8 to 7 seconds.

Damage
- Nyx: Headshot multiplier reduced from 2.5x to 2x.
- Rook: Reload time reduced from 1.8 to 1.5 seconds.

Maps
- Harbor District: added a new flank route near the second checkpoint.
- Sunken Temple removed from Ranked rotation for rework.

I main Lumen and Seraphine.""",
"""Here's a set of notes I took while listening to a podcast about personal finance. Turn them into a structured one-page summary with headings, and correct anything that sounds wrong (I might have misheard).

- emergency fund first: 3-6 months of expenses, keep it in a high-yield savings account, NOT invested
- pay off high-interest debt (credit cards) before investing - guest said anything above ~7-8%
- employer 401k match is 'free money', always get the full match even before paying off debt
- index funds vs picking stocks: most active funds underperform the index over 15 years, guest said like 90%
- 'time in the market beats timing the market'
- expense ratios matter: 1% fee vs 0.05% over 30 years can be hundreds of thousands on a big portfolio
- Roth vs traditional: Roth if you think your tax rate will be higher later
- rule of 72: divide 72 by interest rate to get years to double your money, e.g. 8% -> 9 years
- don't check your portfolio every day
- guest's last tip: automate savings on payday so you never see the money""",
"""Below is a PR description a junior dev wrote. Please rewrite it so reviewers can understand it quickly, and tell them what's good and what's missing in the original.

"so this PR fixes the thing where the search was slow. basically what was happening is that every time someone typed a letter we were calling the API, which meant like 10 requests for one search and sometimes they came back in the wrong order so the results would flicker and show old results. i added a debounce of 300ms and also an AbortController so old requests get cancelled. also i noticed the search results component was re-rendering a lot so i wrapped it in React.memo. also fixed a typo in the placeholder text ('Seach' -> 'Search'). i tested it on chrome and it seems to work. there might be an issue on safari with the AbortController i'm not sure. also i changed the api client to return the raw response instead of the json because i needed to check the status, so other places that use it might break? i updated two of them but there might be more." """,
"""I'm a sports journalist. Here are my raw notes from last night's match. Please write a 200-word match report in a neutral, lively tone, using only these facts.

- Ashford Town 2-1 Kelby Rovers, league match, Saturday, attendance 3,412
- Kelby scored first, 14', Daniel Osei header from a corner
- Ashford dominated possession after that but missed chances, hit post 31' (Murphy)
- 0-1 at half time
- 58' Ashford equalized: Lewis Murphy, long-range shot, top corner
- 71' Kelby's goalkeeper Tomasz Wojcik made double save
- 84' Ashford winner: substitute Jay Barnes, tap-in after a cross by Ellie... no wait, it's men's team, cross by Sam Ellison
- Kelby had a player sent off 88' (second yellow, Rory Dunn)
- Ashford manager afterwards: "The lads never stopped believing."
- Result moves Ashford to 4th, Kelby drop to 11th
- Next: Ashford away to Thornbury on Tuesday""",
"""Please translate this into simple English for a non-native speaker, then list any idioms you replaced and what they mean.

"Hey Marco! So glad you're finally settling in. I know the first few weeks can feel like drinking from a firehose, so don't beat yourself up if it takes a while to get the hang of things. The team is pretty laid-back, but heads up: Fridays are usually all hands on deck because that's when we push releases. If you're ever stuck, just ping me - no question is too dumb, honestly. Oh, and the coffee machine on the third floor is on its last legs, so you're better off going to the café across the street. We should grab lunch sometime next week and I'll fill you in on who's who. Hang in there, you're doing great!" """,
"""This is an excerpt from a research interview transcript (anonymized). Please code it: identify the main themes, quote the lines that support each theme, and suggest a short label for each.

Interviewer: Can you tell me about your experience returning to work after your parental leave?
Participant 7: Honestly, it was harder than I expected. Not the work itself, I know my job. But everything had moved on. There was a new manager, new software, and half the people I used to have lunch with had left. I felt like a new starter, but everyone expected me to know everything.
Interviewer: How did your employer support you?
Participant 7: There was a 'return to work' meeting with HR, which was mostly about forms. My manager was nice, but she was very busy. What actually helped was a colleague, Sunita, who'd come back from leave the year before. She sat with me for a couple of hours and showed me the new system and just, you know, told me who to ask about what.
Interviewer: Did you change your working pattern?
Participant 7: I asked to work four days. It was approved, but I still get the same amount of work as before, so in practice I'm doing five days' work in four and catching up in the evenings after bedtime. I don't want to complain because I know I'm lucky to have the four days. But I'm exhausted.
Interviewer: What would you change?
Participant 7: Some kind of buddy system, officially. And someone actually looking at workload when hours are reduced, not just saying yes to the request.""",
"""My kid's school sent this long letter about a trip. Can you pull out just what I need to do, what I need to pay, and by when, as a checklist?

"Dear Parents and Carers,

We are delighted to announce that Year 5 will be visiting the Natural History Museum on Thursday 14 March as part of our science topic 'Evolution and Inheritance'. The coach will leave school promptly at 8:15 am, so children should arrive by 8:00 am, and we expect to return at approximately 4:30 pm. Children will need a packed lunch in a disposable bag, a drink (no glass bottles or fizzy drinks), and a waterproof coat. School uniform should be worn. Children should not bring money or electronic devices.

The cost of the trip is £18.50 per child, which covers coach travel and a workshop at the museum. Please pay via the ParentPay app by Friday 1 March. If you are experiencing financial difficulty, please contact the school office in confidence; no child will miss out.

Please also complete the online consent form, which includes a section on medical needs and dietary requirements, by the same date. If your child requires medication during the day (for example, an inhaler or EpiPen), please ensure it is handed to the class teacher on the morning of the trip, clearly labelled.

We are looking for four parent volunteers to accompany the trip. Volunteers must have a current DBS check. If you are able to help, please email Mrs. Adebayo at the school office by Friday 23 February.

Yours sincerely,
Mr. R. Tanaka, Year 5 Lead" """,
"""Here's a short essay for a philosophy class. Please evaluate the argument structure: identify the premises, the conclusion, and the weakest premise. Then suggest one counterargument I should address.

"Many people believe that lying is always wrong. I will argue that lying is sometimes morally required. Consider the classic case of a murderer who comes to your door and asks where your friend is hiding. If you tell the truth, your friend will be killed. It seems obvious that protecting an innocent life is more important than telling the truth. Therefore, in this case, you ought to lie. If there is even one case where lying is morally required, then the claim that lying is always wrong is false. Furthermore, in everyday life we tell small lies to spare people's feelings, such as praising a friend's haircut, and most people don't think these lies are wrong. This shows that our moral intuitions are not based on a strict rule against lying, but on the consequences of our actions. So we should judge lies by their consequences, not by a universal rule.\"""",
"""Please review my Terraform snippet. I'm trying to create an S3 bucket for static website hosting, but I'm not sure about the security settings. Point out any risks and suggest a safer setup.

```hcl
resource "aws_s3_bucket" "site" {
  bucket = "my-portfolio-site-bucket"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["${aws_s3_bucket.site.arn}", "${aws_s3_bucket.site.arn}/*"]
    }]
  })
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document { suffix = "index.html" }
}
```""",
"""I'm writing a eulogy for my aunt. Here's my draft. I'm not a writer and I'm worried it's too much of a list. Can you help me give it more shape, keeping all the memories? Around 300 words.

"Aunt Rosa was born in 1948 in a small village near Naples and came to this country when she was nineteen with one suitcase and no English. She worked in a textile factory for twenty years. She married Uncle Frank in 1972. They had no children but she was like a second mother to me and my cousins. She made the best lasagna in the world and she always made too much. She taught me to knit when I was eight. She loved opera and would sing along very loudly and badly. She volunteered at the church food pantry every Tuesday for thirty years. When Uncle Frank died in 2010 she was very sad but she kept going. She learned to use a smartphone at 70 so she could video call her sister in Italy. She always said 'eat, you're too thin' even when I clearly wasn't. She was stubborn and proud and kind. In the hospital last month she asked me to make sure someone fed the stray cat she'd been looking after. We will all miss her very much.\"""",
"""Below is a rough transcript of my voice notes during a hardware store run. Please turn it into a clean DIY plan for retiling my bathroom backsplash: materials list with quantities, tool list, and ordered steps.

"Okay, backsplash is about 2 meters wide and 60 centimeters high, so 1.2 square meters, get 10% extra for cuts. The tiles I like are 10 by 20 subway tiles, white, gloss. Need tile adhesive, the guy said one 5 kilo bag of ready-mixed is enough. Grout, grey, one small tub. Spacers, 2 millimeter. Notched trowel, 6 millimeter. Tile cutter, maybe rent one? Or the manual scoring one is 25 quid, just buy it. Silicone for where it meets the worktop, white, plus a gun if I can't find mine. Sponge, bucket. Need to remove the old tiles first, so a chisel and hammer and safety glasses. And sugar soap to clean the wall. Oh and the socket is in the middle of the wall, so I need to turn off the power and take the faceplate off, and maybe get longer screws because the tiles will make it stick out. Don't forget the spirit level - start the first row from a batten, not the worktop, because the worktop isn't level.\"""",
"""I'm a marketing manager. Here's our brand voice guide (short version). Using it, rewrite the three social posts below so they fit the voice.

Brand voice: "Warm, witty, never snarky. We talk like a knowledgeable friend, not a salesperson. Short sentences. We use 'you' a lot. We don't use exclamation marks more than once per post, and we never use the words 'revolutionary', 'game-changer' or 'synergy'. Emojis: max one, and only at the end."

Post 1: "Introducing our REVOLUTIONARY new water bottle!!! It's a total game-changer for hydration!!! 💧💧💧 Buy now!!!"
Post 2: "Our company is pleased to announce that we have achieved B Corp certification, which reflects our ongoing commitment to social and environmental performance, accountability and transparency."
Post 3: "Monday again. Ugh. Anyway here's 10% off I guess. Code: MONDAY10"
""",
"""Can you help me turn this into a nicely formatted travel itinerary (day-by-day, with times) and flag any timing problems?

Day 1 (Fri): land Rome Fiumicino 10:40. Train to Termini. Hotel near Termini, check in 14:00. Colosseum tickets 13:00. Dinner in Trastevere.
Day 2 (Sat): Vatican Museums 8:30 entry (booked). Sistine Chapel. St Peter's Basilica after. Lunch near Piazza Navona. Pantheon, Trevi Fountain afternoon. Borghese Gallery 17:00 (booked).
Day 3 (Sun): train to Florence 7:15 from Termini, arrive 8:50. Uffizi 9:00 (booked). Duomo climb 11:30 (booked). Day trip back to Rome same evening, train 19:00.
Day 4 (Mon): Rome, flight home from Fiumicino 12:30. Want to see the Spanish Steps in the morning.

Note: I've heard the Vatican Museums are closed on some Sundays and the Borghese requires arriving 30 min early.""",
"""Please extract product attributes from this messy supplier description into JSON with keys: product_name, material, dimensions_cm (object with w, d, h), weight_kg, colors (array), max_load_kg, assembly_required (bool), warranty_years, care_instructions.

"OAKLINE side table - solid oak top with powder-coated steel legs!! Great for living room or bedroom. Size 45 wide x 45 deep, stands 55cm tall. Weight just 6.2kg so easy to move around. Available in natural oak/black legs, natural oak/white legs, and smoked oak/black legs. Top holds up to 20 kilos. Comes flat-packed, legs screw on in 5 mins (tool included). We give 5 yrs guarantee on the frame, 2 yrs on the finish. Wipe with a damp cloth, avoid harsh chemicals, use coasters for hot drinks.\"""",
"""I'm a first-time manager and I have to give feedback to someone on my team. Here's what I was planning to say. Is it fair and specific? How could I make it more constructive?

"Hey Lucas, so I wanted to talk about some stuff. You're great, everyone likes you, but there have been some issues. You're always late to meetings, like constantly, and it's kind of disrespectful. Also your reports have a lot of errors. Like the Q2 one had wrong numbers in the table and the client noticed. I feel like you don't really care about details. And sometimes you're on your phone during team meetings. I don't want to be the bad guy, but you need to step it up, otherwise this will be a problem in your review. But yeah, overall you're doing fine, keep it up!"

Context: he was late to 4 of the last 10 team meetings; the Q2 report had two wrong figures; he's otherwise quick and clients like him.""",
"""Read this short case study and answer the three questions at the end.

Case: Brightside Bakery is a family-run bakery with two shops in a mid-sized town. In 2022, the owners, siblings Maya and Leo, launched an online ordering service for cakes and bread, with local delivery by bicycle courier. In the first year, online orders grew to 18% of revenue. However, profit margins on online orders were much lower than in-store, because of courier fees (£4.50 per delivery), packaging costs and a higher rate of complaints about damaged cakes. Maya wants to raise the minimum online order from £15 to £25 and add a £2 delivery fee. Leo worries that this will drive away customers, especially regulars who order a single loaf and pastries for weekend breakfasts, and suggests instead offering a free 'click and collect' option with a 5% discount, to shift customers away from delivery. A customer survey showed that 62% of online customers live within a 10-minute walk of one of the shops.

Questions:
1. What is the main business problem?
2. Which piece of data in the case supports Leo's suggestion most strongly?
3. Propose a compromise between Maya's and Leo's positions.""",
]
FAMILY = "task_with_content"
