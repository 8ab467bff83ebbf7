# Hand-written long multi-paragraph messages. family: long_multi_paragraph (part 1)
ITEMS = [
"""Hi, I could use some outside perspective on a work situation.

I've been at my company for about four years, working as a data analyst. Last year my manager left, and instead of hiring someone new, they split her responsibilities between me and another analyst, Ben. We were told it was temporary and that they'd "revisit our titles and compensation" in six months. It's now been eleven months. I'm running the weekly leadership report, mentoring our two junior analysts, and sitting in on hiring panels, but my title and salary haven't changed.

I brought it up with my skip-level manager in March. She was sympathetic and said she'd "look into it," but nothing has happened since. Ben seems fine with the situation, or at least he hasn't said anything, which makes me worry that if I push harder I'll look difficult compared to him.

Meanwhile, a recruiter reached out to me last week about a senior analyst role at another company, which would be about a 20% raise. I'm not sure I even want to leave, because I like my team and the work is interesting. But I also feel like I'm being taken advantage of.

How would you approach this? Should I go back to my skip-level with something more concrete, like a written case, or should I interview elsewhere first so I know my options? And if I do get an offer, is it bad form to use it as leverage? I've never negotiated anything before and I'm honestly a bit nervous about it.""",
"""Can you continue this story? I'd like another 300 words or so, keeping the same tone, and ending on a small cliffhanger.

The house at the end of Sorrel Street had been empty for as long as anyone could remember, which is why everyone noticed when the lights came on.

It was a Tuesday in late October. Mrs. Albright from number 14 saw it first, on her way back from walking her terrier. A warm yellow glow in the upstairs window, the one with the cracked pane that the council had been promising to board up for years. She stood on the pavement for a long time, with the terrier tugging at its lead, trying to decide whether to call someone. In the end she went home and called her daughter, who told her it was probably squatters and to mind her own business.

By Wednesday, the whole street knew. By Thursday, there were curtains. Blue velvet, slightly faded, the kind nobody had made in fifty years. On Friday, a small wooden sign appeared on the gate, hand-painted in careful gold letters: CLOCKS REPAIRED. ALL ERAS. KNOCK LOUDLY.

Nobody saw anyone arrive. Nobody saw a removal van, or a car, or even a suitcase. But on Saturday morning, eleven-year-old Tobias Reed, who had been dared by his sister, walked up the cracked path, took a deep breath, and knocked loudly.""",
"""I'm hoping you can help me plan something. My parents' 35th wedding anniversary is in about three months, and my two siblings and I want to do something special, but we can't agree on what.

My sister wants to throw a big surprise party with all their friends from church and my dad's old rugby club, maybe 80 people, in a rented hall. My brother thinks a surprise party is a terrible idea because my mum hates surprises and my dad gets overwhelmed in big crowds since his hearing got worse. He wants to send them on a trip instead, maybe a long weekend in the Lake District where they went on their honeymoon.

I'm somewhere in the middle. I like the idea of the trip, but I also think my mum would love to see her friends, and she's mentioned a few times that they never had a proper wedding reception because they got married quickly and didn't have much money.

Budget-wise, we could put together about £2,500 between the three of us. My sister is also happy to do a lot of the organizing, and I live closest to them, so I could help with anything local. My brother lives abroad and will only be able to fly in for a few days.

Could you suggest a few options that might make everyone happy? Maybe something that combines a smaller gathering with a trip? And how would you handle the "surprise" question given my mum's personality?""",
"""Bug report with context - would love help figuring out where to start debugging.

We have a Django app (Django 4.2, Python 3.11, PostgreSQL 15) that serves an internal booking system for about 300 employees. It has been running fine for two years. Last Monday, after we deployed a release that mostly contained UI changes, users started reporting that the "My bookings" page sometimes takes 20-30 seconds to load. Other times it loads in under a second. There's no obvious pattern by user or time of day.

What we've checked so far: database CPU is fine (under 30%). The slow requests don't show any errors in the logs. We rolled back the UI changes on Wednesday, but the problem continued, which makes me think it's not the release itself. One developer noticed that the number of rows in the bookings table crossed 2 million around the same time, but we have an index on user_id, which is what the page filters on.

The view does something like: Booking.objects.filter(user=request.user).order_by('-start_time'), then the template loops through them and shows the room name, the organizer's name, and the number of attendees for each booking. Most users have fewer than 200 bookings, but a few power users (like reception staff who book on behalf of others) have tens of thousands.

What would you look at first? I'm wondering about N+1 queries, missing composite indexes, or pagination, but I don't know how to confirm which it is. We have Django Debug Toolbar available locally but the issue doesn't reproduce on our dev database, which is much smaller.""",
"""Can you help me improve my cover letter? I'm applying for a role as an operations coordinator at an environmental charity. I think it's too generic. Here it is:

Dear Hiring Manager,

I am writing to apply for the position of Operations Coordinator at Green Horizons Trust. I have over five years of experience in administration and operations, and I am passionate about the environment.

In my current role as an office manager at a property management firm, I am responsible for managing supplier contracts, coordinating office moves, organizing events, and supporting a team of 30 staff. I am highly organized and have excellent attention to detail. I am also proficient in Microsoft Office and have experience with several project management tools.

I have always cared about the environment. I recycle, I cycle to work, and I volunteer with a local tree-planting group on weekends. I would love to bring my skills to an organization whose mission I believe in.

I am a team player who works well under pressure, and I am confident that I would be an asset to your team. Thank you for considering my application. I look forward to hearing from you.

Yours faithfully,
Jordan Ellis

Some specifics I left out because I wasn't sure they were relevant: I moved our office to a paperless system, which cut printing costs by 60%. I organized an office move for 30 people over a single weekend with zero downtime. I led a switch to a renewable energy supplier for our building. The charity's job ad emphasizes "managing volunteers", "budget tracking", and "improving processes".""",
"""I need advice about my dog. He's a 3-year-old rescue, mixed breed (the shelter thought some collie and some terrier), and we adopted him about five months ago. He's wonderful at home: affectionate, calm, house-trained, gets along with our cat.

The problem is walks. As soon as he sees another dog, even at a distance, he lunges, barks, and sometimes spins in circles on the lead. It's embarrassing, but more importantly, it's getting hard to control him. My partner has stopped walking him altogether because he pulled her over once. We've started walking him at 6am and 10pm to avoid other dogs, which isn't sustainable.

The shelter told us he was found as a stray, so we don't know his history. Our vet checked him and says he's healthy. We've tried distracting him with treats when we see another dog, but once he's spotted it he won't even look at the food. We also tried a harness instead of a collar, which helped a bit with pulling but not with the reactivity.

I've read a bit about "reactive dogs" and counterconditioning, but the advice online is overwhelming and sometimes contradictory. Some people say to correct him firmly, others say that makes it worse. What's a reasonable plan we can start with? And how do I know when it's time to hire a professional trainer or behaviorist, and what kind should I look for?""",
"""Project brief - I'd love your help turning this into a clear plan with phases and a rough timeline.

I teach Year 8 geography at a secondary school, and I want to run a cross-curricular project next term about our local river. The idea is that students will investigate how the river has changed over the last 100 years and how it's used today, and then present their findings to the local council's environment committee, which has agreed to give us 30 minutes at their June meeting.

The project would involve geography (river processes, land use, flooding), history (old maps and photos from the local archive, interviews with older residents), science (water quality testing: pH, temperature, invertebrate surveys), and English (writing a persuasive report and presenting it). I have 90 students across three classes, and I'd have one geography lesson a week dedicated to it, plus one field trip day. The science and English departments are willing to contribute two lessons each.

Constraints: the field trip needs a risk assessment and parental consent, and must happen before the Easter holidays because the river floods in spring. The archive can only host 15 students at a time. Not all students have internet access at home.

What I'm unsure about: how to split the students into groups so everyone contributes, how to assess the project fairly across subjects, and how to keep it manageable for me, since I'm also teaching four other classes.""",
"""I'm in a bit of a tricky situation with a friend and I'd appreciate an outside view.

My best friend from university, let's call her M, is getting married next year and asked me to be her maid of honor. I said yes immediately because I was thrilled for her. But since then, the requests have been piling up. She wants the bridal party to go on a hen weekend in Ibiza (about £900 per person, not including flights), buy matching dresses she picked (£250), and each contribute £150 towards a "bridal party gift" for her. There's also a dress shopping trip to London and an engagement party in her hometown, which is a four-hour train ride for me.

I recently started a new job after six months of unemployment, and I'm still paying off the debt I built up during that time. I genuinely can't afford all of this without going further into debt. I haven't told M about my financial situation because I felt embarrassed, and she's been so excited about everything.

Two of the other bridesmaids have privately told me they're also struggling with the costs, but nobody wants to be the one to say anything.

How do I bring this up with her without ruining the friendship or making it seem like I don't care about her wedding? Should I speak for myself only, or mention that others feel the same? And is there a way to suggest cheaper alternatives without sounding like I'm criticizing her plans?""",
"""I'm writing a fantasy novel and I'm stuck on the magic system. I'd like your help thinking it through.

The setting is a coastal kingdom where magic is tied to the tides. My current idea is that people called "tidecallers" can draw power from the ocean, but only while the tide is coming in; when it goes out, their magic fades and they become physically weak. The stronger the tide (spring tides, storm surges), the more powerful they are. This gives the world a natural rhythm, and I like the idea that battles and important rituals have to be timed around the tides.

The problems: First, I'm not sure why the magic would work this way. I don't want a long lore dump, but I'd like the rule to feel like it comes from somewhere. Second, I worry it makes the tidecallers too powerful near the sea and useless inland, which might make the plot predictable. Third, my main character is a tidecaller who is exiled inland in the second act, and I want her to have some way to remain interesting without breaking the rules.

Could you suggest a few possible origins for the magic, some interesting limitations or costs, and ideas for how my character could adapt inland? I like magic systems that have clear rules, like in Sanderson's books, but I also want some mystery. I'd rather have ideas to choose from than a finished system.""",
"""Hello! I run a small bakery (two employees plus me) and I'm thinking about starting to sell online, and I'd like some advice on whether it's worth it and how to start.

Right now, we sell mostly in-store and do some wholesale to two local cafés. Our best sellers are sourdough loaves, cinnamon buns, and celebration cakes made to order. Cake orders currently come in by phone or Instagram DMs, which is chaotic: I've had double bookings twice this year, and I spend at least an hour a day replying to messages.

I'm considering two things. First, setting up a simple website where people can order cakes in advance and choose a pickup time. Second, possibly shipping some products nationally, like our granola and shortbread, which keep well. A friend suggested I try one of those all-in-one platforms, but the monthly fees and transaction fees add up, and I'm worried about the time it would take to manage.

Our margins on cakes are good (around 65%), but on bread they're tight. I don't have much of a marketing budget, maybe £100 a month. I'm reasonably comfortable with technology but I'm not a developer.

What would you prioritize? Is national shipping realistic for a business our size, or should I focus on making local ordering smoother first? And what are the main things I should think about (packaging, food labeling rules, delivery costs) before I commit?""",
"""I'd like help writing a difficult email, and some advice on how to approach this.

I'm a freelance illustrator. Six months ago, I did a series of 12 illustrations for a children's book publisher (small, independent). The contract said they would pay 50% up front and 50% on delivery. They paid the first half on time. I delivered the final files in early April, and they confirmed they were happy with them. The second payment (£2,400) was due within 30 days of delivery, so by early May.

Since then, I've sent three polite reminders. The first time, the editor said she'd "chase accounts." The second time, she said there had been a cash flow issue and they'd pay by the end of June. It's now mid-August and I haven't heard anything since my last email three weeks ago. I've also noticed the book is now listed for pre-order online, with my illustrations on the cover.

I like the editor and I'd love to work with them again in the future, but I also can't afford to keep waiting. I don't want to go straight to legal threats, but I want the next email to be firmer and to set a clear deadline. I've read about the option of small claims court in the UK, and also about charging late payment interest under the Late Payment of Commercial Debts Act, but I don't know how to mention that without sounding aggressive.

Could you help me draft that email, and suggest what my next steps should be if they still don't pay?""",
"""My 14-year-old son has recently become really interested in programming, and I want to support him, but I know nothing about it myself.

It started when he wanted to make mods for a game he plays, and now he spends hours watching YouTube tutorials. He's taught himself some Python and a bit of JavaScript. His school only offers basic computer science and his teacher says he's already ahead of the class. He's asking for a "proper" laptop, saying our old family computer is too slow, and he's also talking about going to a coding summer camp that costs quite a lot.

I'm happy to spend some money if it'll help him, but I don't want to buy an expensive laptop if he loses interest in six months. I also worry a bit about the amount of time he's spending on screens, although I have to admit it's much better than when he was just playing games. His grades in other subjects are fine.

What kind of computer does a beginner actually need for programming? Are there good free or low-cost resources, competitions or clubs for teenagers that would be better than an expensive camp? And how can I, as a non-technical parent, tell whether he's making real progress or just watching videos? I'd also love ideas for projects he could do that would be useful or fun, maybe something for the family or his school.""",
"""Could you continue this opening for a mystery story? I'm writing it for my book club's flash fiction challenge. About 250-350 more words, please, and don't solve the mystery yet.

The telegram arrived at Hollowmere Hall at a quarter past four, which was unfortunate, because a quarter past four was when Lady Penrose took her tea, and she did not like to be interrupted.

"Read it to me, Hargreaves," she said, without looking up from her scone.

The butler unfolded the thin yellow paper. He read it once silently, and something passed across his face that Lady Penrose, had she been looking, might have described as alarm.

"It says, my lady: ARRIVING TONIGHT STOP TELL NO ONE STOP THE PAINTING IS A FAKE STOP. It is signed only with the letter E."

Lady Penrose set down her scone. Across the room, above the fireplace, hung the most valuable object in Hollowmere Hall: a small portrait of a young woman in a blue dress, attributed to a Dutch master, which had been in the family for two hundred years. It was insured for a sum that Lady Penrose preferred not to say out loud.

"E," she repeated slowly. "There is only one person who signs herself E."

"Yes, my lady," said Hargreaves. "But Miss Eleanor has been dead for eleven years.\"""",
"""I'm trying to decide between two graduate programs and I'd love help thinking it through.

I've been accepted into a Master's in Public Health at two universities. Program A is at a prestigious university in London. It's a one-year program, very intense, with a strong reputation in epidemiology, which is what I'm most interested in. The tuition is £16,000 and living in London would cost me probably another £18,000, and I'd have to take out a loan for most of it. I don't know anyone in London.

Program B is at a smaller university in my home city. It's a two-year program, so I'd graduate later, but it includes a six-month paid placement with the local public health department, and they've offered me a partial scholarship that covers half the tuition (£5,000 of £10,000 per year). I could live with my parents, which would save a lot. The program is newer and less well known, and their epidemiology module is only one semester.

My long-term goal is to work in infectious disease surveillance, possibly for a government agency or an international organization. I'm 24 and have two years of work experience in a hospital lab.

What questions should I be asking myself, or the programs, to make this decision? I keep going back and forth between "prestige opens doors" and "experience and no debt are worth more." I'd love a structured way to compare them rather than just a pro/con list.""",
"""Long question, sorry! I'm renovating an old house (built around 1910) and I've hit a dilemma with the windows.

The house still has most of its original wooden sash windows. They're beautiful, but they're also drafty, some of the sashes are stuck, two have rotten sills, and the single glazing means the house is freezing in winter. Our heating bills were painful last year.

We've had three quotes. The first company wants to replace everything with uPVC double-glazed sashes that "look just like the originals," for about £14,000. The second is a joinery firm that would restore the existing windows (repairing rot, freeing the sashes, adding draught-proofing brushes), for £7,500, and then we could add secondary glazing on the inside for another £3,000. The third would make new timber double-glazed sashes to match the originals, for £22,000.

We're not in a conservation area, so there are no restrictions. We plan to stay in the house for at least 15 years. We care about keeping the character of the house, but we also have two young kids and need the house to be warm. Some people tell me the uPVC ones look cheap up close; others say restored originals are never really warm.

Can you help me compare these options in terms of cost over 15 years, energy efficiency, maintenance, and appearance? And are there questions I should ask each company before deciding?""",
"""Hi there, I want to get better at managing my time, and I'd appreciate some concrete advice rather than generic tips.

Here's my situation. I'm a nurse working 12-hour shifts, usually three or four per week, but the schedule changes every month. I'm also doing a part-time online degree in healthcare management, which requires about 12-15 hours of study per week, with assignments due every two weeks. I have a partner who works regular office hours and a 6-year-old daughter.

On my days off, I intend to study, but I end up doing laundry, errands, and catching up on sleep, and then I feel guilty. On work days, I'm too exhausted to do anything in the evening. I've fallen behind on two assignments this term and got an extension, but I don't want that to become a habit. I've tried to-do apps but I stop using them after a week.

My partner is supportive and helps with the housework, but he's also busy. My mum lives nearby and could probably take my daughter one afternoon a week if I asked.

Could you suggest a realistic weekly structure that works around a rotating shift pattern? I'm also curious whether it makes more sense to study in small chunks (like 30 minutes on breaks) or in longer blocks on days off. And how do I stop feeling guilty when I'm resting?""",
"""I'd like feedback on this personal statement for a career change into teaching. It's for a teacher training program and the limit is 400 words. I'm at about 380. What's weak, and what would you cut or add?

For eight years I worked as a structural engineer, designing bridges and car parks. I was good at it, and I liked the problem-solving, but I always felt most alive when I was explaining things: to graduate engineers, to clients, to my niece when she was struggling with fractions. Two years ago, I began volunteering with a charity that runs after-school maths clubs in areas where many pupils are eligible for free school meals. That experience has convinced me that teaching maths is what I want to do.

At the club, I work with groups of Year 9 pupils who often arrive saying "I'm just bad at maths." I've learned that this belief is usually the biggest obstacle, more than any gap in knowledge. One pupil, Jay, refused to attempt any question for the first three weeks. By using bridges as a context, building models from spaghetti and calculating loads, I saw him become curious. By the end of term he was explaining trigonometry to his peers.

I've also learned how much I don't know. Managing a group of fifteen tired teenagers at 4pm is very different from presenting to a boardroom. I've observed lessons at two local secondary schools, and I was struck by how much careful planning goes into routines and behaviour management, which I'm eager to learn.

My engineering background gives me a deep understanding of how maths is used in the real world, which I think can help pupils see why it matters. I'm also used to working in teams, meeting deadlines, and explaining complex ideas clearly.

I know teaching will be demanding. I'm ready for that. I want to help pupils like Jay discover that they're not "bad at maths"; they just haven't found their way in yet.""",
"""I'm organizing a week-long trip to Japan for my parents (both in their late 60s) and me, and I'd like help with the itinerary.

It's their first trip to Asia. My dad has a bad knee and can walk maybe 5-6 km a day with breaks, but stairs are hard for him. My mum is very curious and wants to see "the real Japan," not just tourist spots. She loves gardens, pottery and food markets. My dad is into history and trains (he's very excited about the Shinkansen). I've been to Tokyo once before for work.

We have seven full days in late April, flying in and out of Tokyo. I'm thinking Tokyo, then Kyoto, and maybe one more place, but I'm worried about moving hotels too often because it's tiring for them. Budget isn't unlimited but we can afford mid-range hotels and a few nice meals. We don't speak Japanese.

Questions: Is late April a good time or will it be too crowded (I think there's a holiday period around then)? Would you suggest a day trip from Kyoto, like Nara, or is that too much? Are there ways to see temples and gardens without too many stairs? And is the JR Pass still worth it for a trip like this, or should we just buy individual tickets? A day-by-day outline would be amazing.""",
"""Could you help me figure out what's going on with my sourdough? I've been baking for about six months and it was going well, but for the last month every loaf has come out flat and gummy inside.

My starter is about 8 months old, fed once a day with equal weights of flour (50/50 white and wholemeal) and water, and kept on the kitchen counter. It used to double in about 5 hours after feeding. Recently it seems to take longer, maybe 8 hours, and it smells more sour than before. We moved house a month ago, and the new kitchen is colder, maybe 18°C instead of 22°C.

My recipe: 500 g bread flour, 350 g water, 100 g active starter, 10 g salt. I mix, rest 1 hour, then do four sets of stretch and folds 30 minutes apart. Bulk ferment on the counter for about 5 hours total, shape, and then cold proof in the fridge overnight. Bake in a Dutch oven at 250°C for 20 minutes with the lid on and 20 minutes lid off.

The dough feels slack and sticky at shaping, it doesn't hold its shape, and it spreads when I tip it out of the banneton. The crumb is dense at the bottom with a few big holes near the top.

I suspect the temperature change, but I'm not sure what to adjust first: timing, hydration, or the starter. What would you change, and in what order, so I can tell what made the difference?""",
"""I'm the new treasurer of a small community theater group (volunteer-run, about 40 members) and I've inherited a financial mess. I'd love some advice on where to start.

The previous treasurer stepped down suddenly for health reasons. She kept the accounts in a mix of a spreadsheet, a paper notebook, and her head. From what I can piece together, we have about £3,200 in the bank, a petty cash tin with an unknown amount, and some outstanding invoices from the hall we rent. Members pay annual subscriptions of £30, but I don't know who has paid this year. We sell tickets for three shows a year, partly online and partly cash on the door. There's also a grant from the local council that we received last year, which apparently has reporting requirements, but I can't find the paperwork.

I'm reasonably good with spreadsheets (I'm an office manager in my day job), but I've never done accounts for an organization. We're not a registered charity, just an unincorporated association with a constitution.

Our AGM is in four months and I'll need to present accounts. What should I do first? What's the simplest system to set up so that this doesn't happen again when I eventually step down? And do you have tips for having the conversation with the committee about how messy things are, without making the previous treasurer look bad, since she's well loved and did a lot for the group?""",
"""Hi! I'd like help designing a weekly meal plan, but I have quite a few constraints, so let me explain.

We're a family of five: me, my husband, and three kids aged 4, 9 and 13. My husband recently found out he has high cholesterol, so his doctor wants him eating less saturated fat and more fiber. Our 9-year-old has a nut allergy (all tree nuts and peanuts). The 13-year-old has decided to go vegetarian, which we're supporting, though the rest of us still eat meat. And the 4-year-old is, well, a 4-year-old: she eats pasta, cucumber, and not much else.

I work full time and usually have about 30-40 minutes to cook on weekdays. On Sundays I have more time and I'm happy to batch-cook. Our weekly food budget is around £120. We have a slow cooker and a freezer with a bit of space.

What I'd love: a 7-day dinner plan where everyone can eat basically the same meal with small adaptations (for example, a vegetarian version for my eldest), rather than cooking three different dinners. Ideas for getting the little one to try new things without a battle would be a bonus. And a shopping list grouped by section would be amazing, if that's not too much to ask.""",
"""I want to start a small vegetable garden this spring and I'd appreciate a plan, because I've never grown anything before.

We have a back garden that's mostly lawn, about 8 by 10 meters, and it gets full sun in the back half for most of the day. The front half is shaded by our neighbor's tree in the afternoon. The soil seems heavy, it gets waterlogged after lots of rain, and it's clay-ish when I dig it. We live in the north of England, so we get a fair amount of rain and the last frost is usually around late April or early May.

I'd like to grow things we actually eat: salad leaves, tomatoes, courgettes, beans, potatoes, herbs, and maybe strawberries for the kids. I don't want to dig up the whole lawn at once. My budget for setting up is around £200. I have maybe 3-4 hours a week to spend on it, mostly weekends.

Would raised beds be a good idea given the clay soil? How many, what size, and what would I fill them with? What should I plant first, and what's realistic for a first year? I'd also like advice on what to grow from seed versus buying as young plants. A month-by-month plan from March to September would be really helpful.""",
"""Bug report / question about a Python packaging issue that's been driving me mad.

I maintain a small open-source library (pure Python, about 3,000 lines) that's published on PyPI. It has a pyproject.toml using setuptools as the build backend. The package layout is src/mylib/ with an __init__.py and a few modules, plus a data/ folder inside the package that contains some JSON files the library loads at runtime.

Everything works when I install it locally with pip install -e . and when I run the tests. But users who install it from PyPI are reporting FileNotFoundError when the library tries to open data/defaults.json. I downloaded the wheel from PyPI and unzipped it, and sure enough, the data folder isn't in it. The source distribution (the .tar.gz) also doesn't contain it.

I've read that I might need a MANIFEST.in, or package_data in the setuptools config, or include-package-data = true, but the documentation seems to describe several different ways and I'm not sure which applies to pyproject.toml-only projects. I also load the file with open(os.path.join(os.path.dirname(__file__), "data", "defaults.json")), and someone in an issue suggested I should use importlib.resources instead.

Could you explain what's going on, what the minimal correct configuration is, and whether I should switch to importlib.resources? Also, how can I check the built wheel contents in CI so this doesn't happen again?""",
"""I'd like some advice on talking to my elderly father about giving up driving.

He's 84, lives alone in a village about 20 minutes from me, and has been driving for over 60 years. He's proud of having never had an accident. But in the last few months, there have been a few worrying incidents. He scraped the car along a wall in a car park, he got lost driving to my sister's house, which he's driven to hundreds of times, and a neighbor mentioned she saw him drive through a red light in town. His eyesight isn't great, and he had cataract surgery last year, though his optician says he's still legal to drive.

The problem is that the car is his independence. The village has one bus a day, and he uses the car to get to the shops, his church, his weekly card game with friends, and to visit my mum's grave. He's already lonely since she died two years ago, and I'm terrified that taking the car away will make him isolated and depressed.

My sister thinks we should just tell him he has to stop. I think that will make him dig in his heels. I've heard that some places offer driving assessments for older drivers, which might feel less like a family decision.

How should I start the conversation? Are there alternatives that could keep him independent, like community transport or taxis on account? And how do we handle it if he refuses but we still think he's unsafe?""",
"""Could you help me structure a presentation? I have to present to our company's leadership team in two weeks, and I'm nervous.

I'm a customer support team lead at a software company (about 200 employees). Over the past year, our support ticket volume has grown by 45%, while our team has grown by only one person (from six to seven). Average response time has gone from 4 hours to 11 hours, and our customer satisfaction score has dropped from 92% to 81%. Two of my team members have told me they're close to burnout.

I want to ask for two additional hires and a budget for a better help desk tool with automation and a knowledge base, which would cost about £18,000 a year. I have data to show that roughly 35% of tickets are repetitive "how do I" questions that could be answered by better documentation. I also have some customer quotes and data showing that accounts with bad support experiences are more likely to churn; we lost two large customers last quarter who specifically mentioned support.

The leadership team is very numbers-focused and the CFO, in particular, is skeptical of new spending right now. I have 15 minutes plus 10 minutes of questions.

How should I structure the presentation? What should I lead with? How much data is too much? And how do I prepare for tough questions, like "why can't the current team just work more efficiently?\"""",
"""Story continuation request! This is for a creative writing game with friends where each person adds a section. Please write the next part, around 250 words, in the same whimsical style.

In the town of Little Puddling, everything was perfectly ordinary, except for the weather, which had opinions.

On Mondays, the weather was grumpy and rained only on people who had forgotten their umbrellas. On Wednesdays it was playful, and produced small, localized snowstorms over the heads of anyone who looked too serious. On Fridays it was generous, and the sun shone so warmly that the baker's bread rose all by itself on the windowsill.

Nobody in Little Puddling found this strange, because it had always been that way. They simply planned around it. The mayor, a cautious woman named Hester Plum, kept an enormous diary in which she recorded the weather's moods, and she could predict them with remarkable accuracy.

Which is why, on the first Tuesday in March, Hester Plum was very surprised indeed when she looked out of her window and saw that the sky had turned a deep, velvety purple, and that it was raining teacups.

Not rain that looked like teacups. Actual teacups. Porcelain ones, with saucers, landing gently on the lawns and the rooftops and the heads of passersby without breaking, as though they had been lowered on invisible strings.

"Oh dear," said Hester Plum, reaching for her diary. "Oh dear, oh dear. I think the weather is trying to tell us something.\"""",
]
FAMILY = "long_multi_paragraph"
