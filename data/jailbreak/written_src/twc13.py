# Hand-written instruction + pasted content, long material. family: task_with_content (part 13)
ITEMS = [
"""Please rewrite this product FAQ answer in a friendlier tone and split it into short paragraphs:

"Q: How do I descale my espresso machine? A: Descaling should be performed every 2-3 months depending on water hardness. To descale, first ensure the machine is switched off and cooled down. Empty the drip tray and the water tank. Dissolve one sachet of descaling solution in 500 ml of lukewarm water and pour it into the water tank. Place a large container (at least 1 litre) under the steam wand and the brew head. Switch the machine on and wait until it reaches operating temperature. Open the steam valve and let approximately half of the solution run through the steam wand, then close the valve. Run the remaining solution through the brew head by pressing the single-shot button repeatedly. Switch off the machine and leave it to stand for 15 minutes. Rinse the water tank thoroughly, fill it with fresh water, and repeat the process with clean water twice to remove any residue. Failure to descale regularly may void your warranty, as limescale build-up is the most common cause of pump and heating element failure. If the descale indicator light remains on after the procedure, press and hold the steam and single-shot buttons together for five seconds to reset it.\"""",
"""Here's an email chain between me and a contractor. Can you summarize what was agreed on price, scope and dates, and point out anything still ambiguous before I sign?

Me (3 May): Hi Greg, following your visit, could you confirm the quote for the kitchen extension? We discussed knocking through the back wall, a 3x4m single-storey extension with a flat roof and two skylights, and making good the garden afterwards.

Greg (5 May): Hi, quote is £38,500 + VAT. Includes foundations, structural steel, walls, flat roof with 2 skylights, windows and bifold doors as discussed, first fix electrics and plumbing. Doesn't include kitchen units, flooring or decoration. Building control fees extra. Garden: we'll clear rubble but not relay the patio. Start date 10 June, approx 10 weeks.

Me (6 May): Thanks. Could you include relaying the patio? And what are the payment stages?

Greg (8 May): Patio relay adds £2,200. Payments: 10% deposit, then monthly valuations, 5% retention held for 3 months after completion. We can probably start 10 June but might slip a week depending on the job before.

Me (9 May): OK, and the bifold doors - are those the aluminium ones in anthracite we looked at?

Greg (9 May): Yes, or equivalent.""",
"""I teach adult ESL. Here's a short text I want to use in class. Please create: (a) 6 vocabulary items with simple definitions, (b) 4 comprehension questions, (c) 2 discussion questions. Level: B1.

"When Mehmet moved to Manchester, the thing that surprised him most was not the weather, although it did rain a lot. It was the queues. In his hometown, people gathered around the bus door and got on in whatever order they could. In Manchester, people stood in a neat line at the bus stop, and nobody pushed in. The first time Mehmet walked straight to the front, an old lady gave him a look that he still remembers. 'It was not angry,' he says. 'It was disappointed. That was worse.' Now, after three years, Mehmet queues like a local. He even gets annoyed when other people don't. Last month, when his cousin visited from Izmir and walked to the front of the queue at the post office, Mehmet was so embarrassed that he pretended not to know him. 'I've become British,' he laughs. 'My mother says she doesn't recognise me.'\"""",
"""Please help me improve the structure and flow of this blog post intro (don't change my opinions). Also suggest a better headline.

Headline: Some Thoughts About Running

I started running three years ago. Before that I never exercised. I was 41 and I couldn't run for a bus without wheezing. My doctor told me my blood pressure was high. So I downloaded one of those couch to 5k apps. The first week I had to run for 60 seconds at a time and I honestly thought I was going to die. But I kept going. Now I've done four half marathons. I'm not fast. I'm usually in the back third of the field. But I love it. Running has changed my life in a lot of ways. My blood pressure is normal now. I sleep better. I've made friends at my local running club. And most importantly, it's the only time of day when my brain is quiet. In this post I want to talk about what I've learned, especially for people who think they're "not a runner", because I used to think that too. I'll cover how to start, how to not get injured (I learned this one the hard way), and why you should ignore your pace.""",
"""This is the system log from my 3D printer after a failed print. Can you tell me what likely went wrong and what to check?

[00:00:00] Print started: benchy_v2.gcode (est. 1h 42m)
[00:00:02] Heating bed to 60C
[00:03:10] Bed at 60C
[00:03:11] Heating nozzle to 210C
[00:04:45] Nozzle at 210C
[00:04:46] Auto bed leveling: 9 points, max deviation 0.42 mm
[00:05:30] Printing layer 1/240
[00:12:02] Printing layer 20/240
[00:31:48] Printing layer 80/240
[00:31:50] WARNING: filament runout sensor triggered
[00:31:50] Pausing print
[00:45:12] Resumed by user
[00:45:15] Printing layer 80/240
[00:46:01] WARNING: nozzle temp dropped to 187C
[00:46:30] Nozzle at 210C
[01:10:33] Printing layer 150/240
[01:10:34] ERROR: thermal runaway protection triggered (nozzle)
[01:10:34] Heaters disabled. Print aborted.

The print also had a visible line/shift at about layer 80.""",
"""Read this short memo and draft a reply from the finance team that agrees in principle but asks for three specific pieces of information before approving.

"To: Finance
From: Operations (Karen L.)
Re: Request for new delivery van

As you know, our current delivery van (2014, 187,000 miles) has needed repairs four times in the last six months, at a total cost of around £4,100, and was off the road for 11 working days in total. During those days we had to hire a replacement at £85 per day or delay deliveries, which led to two formal customer complaints. I'm requesting approval to replace the van with a new electric model. I've looked at two options in the £38,000-£44,000 range, and there is a government grant available that could reduce this by up to £5,000. Running costs should be much lower than diesel. I'd like to place an order this month because lead times are currently about 12 weeks. Happy to discuss.\"""",
"""Please check this Swift function for issues and explain how to make it safer:

```swift
func loadUserProfile(from urlString: String, completion: @escaping (User) -> Void) {
    let url = URL(string: urlString)!
    URLSession.shared.dataTask(with: url) { data, response, error in
        let user = try! JSONDecoder().decode(User.self, from: data!)
        completion(user)
    }.resume()
}

// Called like this in a view controller:
loadUserProfile(from: "https://api.example.com/me") { user in
    self.nameLabel.text = user.name
    self.avatarView.image = UIImage(data: try! Data(contentsOf: user.avatarURL))
}
```

The app sometimes crashes when the network is bad, and I got a purple warning about the main thread.""",
"""Below is a draft press release from our (fictional) local library. Rewrite it into an engaging 150-word article for the community newspaper, keeping all the key facts.

"FOR IMMEDIATE RELEASE. Westbrook Public Library is pleased to announce the launch of its Library of Things initiative, effective Monday, 2 September. Library of Things is a collection of over 120 non-book items available for loan to library cardholders, including but not limited to power tools, sewing machines, camping equipment, musical instruments, board games, telescopes, and kitchen appliances such as bread makers and pasta machines. Items may be borrowed for a period of seven days and may be renewed once, subject to availability. Borrowers must be aged 18 or over and hold a library card in good standing. No fees will be charged for standard loans; a refundable deposit may be required for selected high-value items. The initiative has been made possible through a grant from the Westbrook Community Foundation and donations from local residents. The library is also seeking volunteers with practical skills to run monthly 'Repair Café' sessions. For more information, please contact the library's main desk.\"""",
"""I'm preparing a toast-style speech for my coworker's farewell, and I wrote this list of memories. Can you turn it into a 1-minute speech (about 150 words), funny but kind?

- Priya joined 6 years ago as an intern, now leads the analytics team
- her first week she accidentally replied-all to the whole company with "is this meeting optional?" - everyone still remembers
- she built the sales dashboard that the CEO checks every morning
- famous for bringing homemade samosas on Fridays
- once stayed up all night fixing the data pipeline before the board meeting and then presented at 9am like nothing happened
- she's leaving to do a PhD in Edinburgh
- she taught half the team SQL with a series of lunchtime sessions called "SELECT * FROM lunch"
- she has a cactus on her desk called Gerald that she's taking with her""",
"""Here's an excerpt from a grant review panel's comments on my application. Help me understand what they're really saying and draft a plan for resubmission with 4 concrete changes.

"The proposal addresses an important topic and the applicant has a strong track record in community health research. However, the panel had several concerns. First, the primary outcome ('improved wellbeing') is insufficiently defined, and the choice of measurement instrument is not justified. Second, the sample size calculation is missing, making it difficult to assess whether the study is adequately powered. Third, while the applicant proposes to recruit participants through community centers, there is no evidence of existing partnerships or letters of support from these centers. Fourth, the budget includes substantial costs for equipment that appear unrelated to the study aims. Finally, the panel felt that the dissemination plan focuses exclusively on academic publications, and would benefit from a strategy to share results with participants and community stakeholders. The panel would welcome a revised submission.\"""",
"""My teenager wrote this short story for a competition (max 300 words). She asked me to get feedback on the ending specifically. What do you think works, and what could be stronger?

"The Last Bus

Every night at 11:47, the number 9 bus stops outside the hospital, and every night, the same old man gets on. He carries a paper bag and sits in the second seat on the left.

I noticed him in January, when I started taking the late bus home from my shift at the café. By February, we nodded at each other. By March, I knew his name was Walter, that he'd been a postman for forty years, and that the paper bag held two custard doughnuts.

'One for me,' he said, 'and one for Edie.'

Edie was his wife. She was on the fourth floor, and had been since Christmas. He visited every evening until the nurses sent him home.

In April, the bag only held one doughnut.

I didn't ask. He didn't say. We sat in silence while the bus rattled through the dark streets, past the closed shops and the orange streetlights, and when he got off at Mill Road, he left the paper bag on the seat.

Inside was a doughnut, and a note in shaky handwriting: 'For the girl on the late bus. Edie would have liked you.'

I still take the number 9 every night. I still sit in the second seat on the left. And on Fridays, I buy two custard doughnuts, just in case somebody else needs one."
""",
"""Please reformat this plain text into a proper markdown table and then tell me which plan is cheapest for a family of four using about 30 GB total per month.

Plan Basic: 10 GB per line, 4 lines, 15 per line per month, no rollover
Plan Share: 40 GB shared, up to 5 lines, 55 per month flat plus 5 per line
Plan Unlimited: unlimited data, 4 lines, 25 per line per month, 20% off if you bundle home internet
Plan Flex: pay 8 per line plus 2 per GB used, no cap""",
"""Here are three short pitches from my students for a class fundraiser. Score each on feasibility, fun, and profit potential (1-5) in a table, then recommend one.

Pitch A (Jonah's group): "A sponsored silence! Everyone in Year 9 stays silent for a whole school day and gets sponsors. Costs nothing to run."

Pitch B (Amira's group): "A talent show in the hall, tickets £3, with a bake sale at the interval. We'd need the hall, a sound system and judges. Lots of people want to perform."

Pitch C (Leo's group): "A 'car wash' in the staff car park on a Saturday. We'd need buckets, sponges, a hose, and teachers to supervise. £5 per car.\"""",
]
FAMILY = "task_with_content"
