# Hand-written long multi-paragraph messages. family: long_multi_paragraph (part 4)
ITEMS = [
"""Quick-ish question but with some context. I'm a volunteer coach for a kids' basketball team (ages 9-11), and we have a problem with playing time.

We have 11 kids on the team. Some are really keen and skilled, and some are complete beginners who joined because their friends did. The league rules say every kid must play at least one full quarter per game. In practice, I've been giving the stronger players more time because the games are close and the kids get upset when we lose.

Last week, one of the parents of a less experienced player came up to me after the game, quite upset, saying her son had only played the minimum for five games in a row and was starting to say he didn't want to come anymore. She's right, and I felt awful.

How do I balance fairness with competitiveness at this age? Should I just rotate everyone equally? And how do I explain a change to the parents of the stronger kids, who might push back?""",
"""I'd love feedback on a decision I'm making about my small business.

I make and sell handmade ceramic mugs and bowls. For three years, I've sold through a popular online marketplace, where I make about £2,000 a month in sales. But their fees have gone up twice this year, and they now take about 20% of each sale once you add listing fees, transaction fees and payment processing. I'm thinking about moving to my own website.

The worry is that most of my customers find me through the marketplace's search. I have about 3,000 Instagram followers and a mailing list of 600 people, but I don't know how many would follow me to a new site. A friend who did the same thing said her sales dropped by half for the first six months.

Is it better to run both in parallel for a while? How would you approach the transition, and what would you need to see in the numbers to decide to leave the marketplace entirely? I'd also like tips on getting my existing customers to buy from my own site without breaking the marketplace's rules about redirecting buyers.""",
"""I'm an architecture student in my final year and I've been asked to write a 3,000-word reflective essay on "the role of the architect in addressing climate change." I have lots of ideas but I'm struggling to organize them into an argument. Could you help me structure it?

My main points so far: buildings account for a large share of global carbon emissions, both in their operation (heating, cooling, lighting) and in their construction (embodied carbon in concrete, steel, etc.). Architects often focus on operational energy through things like insulation and solar panels, but embodied carbon is increasingly recognized as just as important. The most sustainable building is often the one that already exists, so retrofit and reuse should be prioritized over demolition. But architects often don't have the final say; clients, developers, planning rules and budgets drive many decisions. There's also a tension between the "starchitect" culture that celebrates iconic new buildings and the quieter, less glamorous work of retrofit.

I'd also like to include a case study. I visited a school that was retrofitted rather than demolished, and I interviewed the architect, who told me they had to fight hard to convince the local council.

My tutor says my drafts tend to be descriptive rather than argumentative. How can I turn these points into a clear thesis? What would a good structure look like? And how should I use the case study and the interview so they support the argument rather than just being interesting?""",
"""Need some perspective. My husband and I have very different ideas about screen time for our kids (ages 6 and 9), and it's causing a lot of arguments.

I grew up with very limited TV and I think that was good for me. I'd like to limit screens to an hour a day on weekdays and a bit more on weekends, with no screens at meals or in bedrooms. My husband is a software developer and grew up gaming a lot. He thinks screen time isn't inherently bad, that it depends what they're doing, and that strict limits just make screens more attractive. He lets the kids play Minecraft with him for hours on weekends, which they love.

The 9-year-old is starting to ask for a phone because "everyone in my class has one" (not true, but several do). The 6-year-old gets very grumpy and has tantrums when we turn off the tablet.

We agree on some things: no social media until they're older, and we both want them to play outside and read. But we keep undermining each other, and the kids have figured out which parent to ask.

How can we find a middle ground we both feel comfortable with? What does the research actually say about screen time for this age group? And do you have tips for handling the transition off screens without meltdowns?""",
"""Could you write the next part of this story for me? About 300-350 words. The tone is light and funny. I'm reading it aloud at a family gathering.

Great-Aunt Mildred had been banned from every bingo hall in the county.

Nobody knew exactly what she had done. The official letters, which she kept framed in her downstairs toilet, used phrases like "repeated disruption," "unauthorized use of a megaphone," and, in one case, "the goose incident." When asked about it, Mildred would only say that she had been "misunderstood by small-minded people who couldn't handle excitement."

So when she announced, at the age of 87, that she would be attending the annual summer fête at St. Swithin's church, the family held an emergency meeting.

"She'll be fine," said Uncle Derek, who was an optimist and therefore usually wrong.

"She's entered the jam competition," said Cousin Priya, holding up the entry form. "And the dog show. And the tug of war."

"She doesn't have a dog," said Derek.

"She's borrowing one," said Priya grimly. "From the farm down the road."

It was decided that someone would need to accompany Great-Aunt Mildred at all times. Lots were drawn. And that is how I, aged fourteen, found myself at the gates of St. Swithin's at ten o'clock on a Saturday morning, holding a jar of damson jam in one hand and the lead of a very large, very excitable goat in the other.""",
"""I'm writing a grant proposal for a community project and I need help with the "need" section, which the funder says is the most important part.

The project: a free weekly "repair café" in our town, where volunteers with practical skills help people fix broken household items (small appliances, clothes, bikes, furniture, electronics) instead of throwing them away. We've run three pilot sessions in the church hall and had about 25 visitors each time, fixing around 60% of the items brought in. We're asking for £6,500 to cover hall rental, tools, insurance, publicity and volunteer expenses for a year.

The funder's priorities are reducing waste, tackling the cost of living, and reducing social isolation. Our town has a high proportion of older residents, many living alone, and one of the highest rates of child poverty in the county. The council's recycling figures show that the amount of electrical waste sent to the local tip increased by 18% in the last three years.

From our pilot sessions, we have some lovely feedback, like an elderly man who said it was the first time in months he'd had a proper conversation with someone, and a mum who got her kids' school shoes fixed instead of buying new ones.

How should I structure the need section to address all three of the funder's priorities? How should I balance data and personal stories? And what additional data might be worth finding before I submit?""",
"""I've inherited some money (about £40,000) from my grandmother and I don't know what to do with it. I'm not looking for specific investment recommendations, but for a general framework to think about it.

I'm 29, I earn £34,000 a year, and I rent a flat with my partner. I have about £8,000 of student loan that's on an income-contingent plan, a car loan with about £4,000 left at 7.9% interest, and around £2,000 in savings. I pay into a workplace pension at the minimum level. My partner and I would like to buy a home in the next three to five years, but house prices in our area are high.

My family has lots of opinions. My dad says to pay off all debt first. My uncle says I should put it all in the stock market because I'm young. My partner thinks we should use it as a house deposit. A friend told me about some crypto thing which I'm definitely not doing.

Could you help me think through the priorities, like emergency fund, high-interest debt, student loan, pension, house deposit savings, investing, and in what order people usually tackle them? What questions should I ask if I see a financial adviser, and how do I find one I can trust? I'd also like to set aside a small amount for something meaningful to remember my grandmother by, if that's sensible.""",
"""I'm a volunteer moderator for an online forum about mental health (a peer support community, not a clinical service) and I'd love advice on improving our moderation guidelines.

We have about 5,000 members and a team of eight volunteer moderators. Our current guidelines are quite short: be kind, no spam, no medical advice, and a link to crisis resources. But we're running into situations they don't cover. For example, members sharing detailed descriptions of their struggles that might be upsetting to others; disagreements about medication, where some members are strongly against it and others find it helpful; members who post very frequently and sometimes dominate threads; and how to respond when a member seems to be in crisis.

Our moderators are all volunteers with lived experience, not professionals, and some of them are feeling burned out. We also don't have a consistent way to decide when to remove a post, when to give a warning, and when to ban someone.

Could you help me draft a more complete set of guidelines for members, and a separate internal guide for moderators, including how to respond to posts that suggest someone might be at risk, and how moderators can look after their own wellbeing? I'd like it to be supportive rather than heavy-handed. We'll have it reviewed by a mental health professional before we use it.""",
"""Hi, I'm hoping you can help me write a letter to my MP. I've never done this before.

My local primary school, which both my kids attend, is facing a big budget cut next year because of falling pupil numbers and rising costs. The head teacher has told parents that she may have to cut two teaching assistant posts and merge two classes, which would mean a class of 34 children. One of the TAs who could lose her job supports children with special educational needs, including my son, who has dyslexia. Without her, I don't know how he'll cope.

I know the MP can't change the school's budget directly, but I've read that MPs can raise issues with ministers and that letters from constituents matter.

I'd like the letter to be polite but persuasive, explain the specific impact on our school and on children like my son, and ask the MP to do something concrete, like raising the issue of school funding with the Education Secretary or visiting the school. I don't want it to be too long or emotional.

Could you help me with a draft and suggest what information to include (for example, should I mention my son by name? Should I include figures about the school's budget?). Also, should I send it by email or post, and is it worth getting other parents to write too?""",
"""I'd love some advice on teaching my 5-year-old to ride a bike. We've been trying for months and it's turning into a battle.

She has a small bike with stabilizers (training wheels) that she's been riding for about a year. She's confident with them and rides around the park happily. But every time we take them off, she wobbles, panics, and refuses to try again. Last weekend ended with her in tears and saying she hates bikes, and me feeling like a terrible parent.

Some friends have told me to skip the stabilizers entirely and use a balance bike, which I didn't know about when she was younger. Others say to take the pedals off her current bike so it works like a balance bike. Another friend swears by running behind and holding the back of the saddle.

She's quite a cautious child in general. She's fine on the climbing frame but doesn't like going fast on slides or swings. She also gets easily frustrated when she can't do something right away.

How would you approach this? Should we take a break for a while? What's the best method for a nervous child, and how can I keep it fun rather than stressful? I'd also love tips on what to say when she gets frustrated, because I think my encouragement might actually be making her feel more pressure.""",
"""I'm planning a community event and I'd like help with logistics.

Our neighborhood association wants to hold a street party for the first time, to celebrate the 50th anniversary of our street being built. There are about 60 houses on the street, and we'd like to invite all the residents plus maybe some people from surrounding streets. We're hoping for a summer Saturday, probably in late June or July.

Ideas so far: closing the road to traffic (I think we need to apply to the council for that), long tables down the middle for a shared meal where everyone brings a dish, bunting and decorations, some games for kids, live music from a couple of neighbors who play in a band, and a photo display about the history of the street. One of our older residents has lived here since the houses were built and has loads of old photos.

I'm the one who said I'd organize it, and I've never done anything like this. I have a small committee of four volunteers. We have no budget, though we could ask residents for small donations.

Could you help me with a checklist and timeline of everything we need to do, including permissions, insurance, safety, and practical things like toilets and what to do if it rains? How far in advance should we apply for the road closure? And how can we make sure older residents and families with young kids are included?""",
"""Need some help writing a performance self-assessment. Our company uses a format where we write about accomplishments, challenges, and goals, and I always undersell myself.

I'm a marketing coordinator at a mid-sized B2B software company, two years in the role. This year, some things I did: I took over our email newsletter when my colleague left, and I grew the subscriber list from 4,200 to 6,800 by adding a sign-up form to our blog and running a webinar series. Open rates went from 22% to 31% after I redesigned the template and started segmenting by industry. I organized our stand at two trade shows, which generated about 150 leads (sales said about 20 became real opportunities). I also created a new onboarding guide for customers, which our customer success team now uses.

Challenges: our social media engagement dropped, mostly because I had less time for it after taking on the newsletter. A product launch campaign in Q3 was delayed by six weeks because of product changes, which meant a lot of content had to be redone. I also struggled with saying no to requests from other teams.

Goals: I'd like to be considered for a promotion to marketing specialist next year, and I'd like to learn more about marketing analytics.

Could you help me turn this into a strong self-assessment that's confident without exaggerating? I'd also like advice on how to talk about the challenges in a way that shows I learned from them.""",
"""I'm working on a side project and I'd like architecture advice.

I'm building a web app to help local sports clubs manage their members, fixtures, and payments. Think of a small football or tennis club with 50-500 members. Features: member sign-up and profiles, annual subscription payments, fixture calendars, match availability ("can you play on Saturday?"), and a simple messaging feature for team announcements.

I'm a solo developer with a background in backend Python (Django) and some React. I'd like to launch a minimum viable product within three months, working on evenings and weekends. I'd like to charge clubs a small monthly fee, maybe £10-30 depending on size. If it works, I might have dozens or even a few hundred clubs, but not millions of users.

Questions I'm stuck on: should I use a monolith (Django with server-rendered templates plus a bit of HTMX) or a separate React frontend with an API? How should I handle multi-tenancy: one database with a club_id on each table, or a schema per club? For payments, I'm thinking of Stripe, but I'm not sure whether to use Stripe Connect so money goes directly to clubs. What's the simplest hosting setup that won't cost a fortune? And what should I absolutely not skip in terms of security and data protection, since I'll be storing personal information, including about children in youth teams?

I'd like pragmatic advice that favors getting something launched over building the perfect system.""",
"""Could you help me prepare for a hard conversation with my teenage son about his grades?

He's 15 and has always been a good student, but this year his grades have dropped a lot. His school report last week showed he's gone from mostly As and Bs to mostly Cs and Ds, and two teachers mentioned he's not handing in homework. When I asked him about it, he shrugged and said school is "pointless" and he's "not going to university anyway."

He's also been spending more time in his room, gaming and on his phone. He's still friendly at dinner and seems okay in himself most of the time, but he's quieter than he used to be. He stopped going to football training a couple of months ago and said he was "bored of it." I don't know if something's happened with his friends, or if this is just being a teenager.

My instinct is to take away his phone and gaming until his grades improve, but I'm worried that'll make him shut down even more. His dad and I are separated, and his dad thinks I'm being too soft.

How should I approach the conversation? What questions might help him open up? How do I figure out whether this is normal teenage behavior or a sign of something more serious, like depression or bullying? And how can his dad and I get on the same page?""",
"""I'm a museum educator and I'm designing a new family trail for our local history museum. I'd love some creative ideas and a structure.

The museum is small, with four galleries: the Victorian town (shops, a schoolroom, a kitchen), the World War II home front, the textile mill that was the town's main industry, and a gallery of archaeological finds from a Roman villa. Most families visit on weekends and during school holidays, with children aged 4 to 11. They typically spend about an hour in the museum. At the moment we have a paper quiz sheet, which kids complete quickly and parents find boring.

I'd like the new trail to encourage families to look closely at objects, talk to each other, and have fun, rather than just looking for answers on labels. I like the idea of a story or character that guides them through the galleries, like a mill worker's child or a Roman cat. It should work for a range of ages, maybe with easier and harder options. Budget is limited, so it needs to be mostly printed, maybe with a few props or a stamp at each station.

Could you suggest a concept, a route through the four galleries with activities at each stop, and ideas for a reward at the end? I'd also like suggestions on how to test the trail with families before we print it.""",
]
FAMILY = "long_multi_paragraph"
