# Hand-written long multi-paragraph messages. family: long_multi_paragraph (part 2)
ITEMS = [
"""My partner and I are trying to figure out how to split finances fairly, and we keep going round in circles. We'd appreciate a neutral perspective.

We've been together for four years and moved in together last year. I earn about £52,000 a year as a software tester; she earns about £28,000 as a primary school teacher. Currently we split everything 50/50: rent (£1,400), bills (around £250), and groceries (around £400 a month). We each pay for our own personal stuff.

The problem is that after the shared costs, she has very little left over, while I'm saving quite a lot. She hasn't complained directly, but she often says no to things like weekends away or meals out because she can't afford them, which means we either don't go or I pay, which makes her uncomfortable. I've suggested splitting costs proportionally to our incomes, but she worries that would make her feel like she's not pulling her weight. We're not married, and we don't have a joint account.

We also have different attitudes to money. I'm a saver and like having a big buffer. She's more "money is for living," although she's careful because she has to be.

What are some common approaches couples use, and what are the pros and cons of each? Is there a way to make it feel fair to both of us, both financially and emotionally? And should we be thinking about things like a joint account or a written agreement at this stage, given we're not married?""",
"""I'm a second-year university student studying biology, and I think I chose the wrong degree. I'd love some help thinking through my options.

I picked biology because I was good at it at school and I thought I wanted to be a doctor, but I didn't get into medicine, so biology felt like the next best thing. The truth is, I find most of my modules pretty boring, especially the lab work, and my grades are average (mostly 2:2s and low 2:1s). What I've really enjoyed is the one statistics module I took, and a volunteering role I have where I help run social media and design posters for a campus charity. I've started teaching myself graphic design in my free time and I love it.

I'm considering a few options: switching to a different degree (which would probably mean starting over in first year and more student debt), finishing biology and then doing a master's or a bootcamp in something like data science or design, or just finishing the degree and looking for jobs that value any degree plus a portfolio.

My parents are supportive but they've made it clear they think switching would be a waste. I'm 20 and I'm worried about falling behind my friends.

How would you approach this decision? What questions should I ask myself, and who should I talk to at university before making a choice? And are there ways to test whether I'd really enjoy design or data science as a career before committing?""",
"""I'd like help writing a complaint letter, and advice on whether I have a case.

Three weeks ago, I booked a package holiday to Crete for my family (two adults, two kids) through a travel agency. The booking was for a "4-star family resort with kids' club, three pools and sea view rooms." We paid £3,860 in total.

When we arrived, the hotel was in the middle of major renovations. Two of the three pools were closed and surrounded by construction fencing. The kids' club was closed "until further notice." Our room faced the building site, not the sea, and the construction noise started at 8am every morning, including the weekend. We complained to the hotel reception and to the travel agency's local rep on the first day. The rep moved us to a different room on day four, which was quieter but still didn't have a sea view, and offered us a free dinner as compensation.

When we got home, I found a review on a travel website from two months before our trip, mentioning the renovations. I'm fairly sure the travel agency knew about this when they sold us the holiday and didn't tell us.

I kept photos, the rep's written notes from our complaint, and the original booking description. I'd like to ask for a partial refund. What would be a reasonable amount to request? What should the letter include, and who should it go to? And if they refuse, what are my options? I'm in the UK and the holiday was booked as a package (flights and hotel together).""",
"""Can you help me plan a birthday party for my daughter who's turning 7? I'm usually terrible at this stuff and I'd like to get it right this year.

She's obsessed with space at the moment: planets, astronauts, rockets, the lot. She's asked for a "space party" at home with about 12 friends from her class. Our house is medium-sized with a small back garden. The party will be on a Saturday afternoon in November, so it'll probably be cold and dark by 4:30.

My budget is about £150, not including the cake, which my sister is kindly making. I have a couple of other parents who've offered to help on the day. Two of the kids have allergies (one dairy, one egg), and one little boy is autistic and finds loud noises and crowds difficult, so I'd like to have a calm space available.

What I'd love help with: a rough schedule for a two-hour party, a few space-themed games and activities that work indoors for 7-year-olds, ideas for simple decorations that don't cost a fortune, food ideas that work with the allergies, and what to put in party bags that isn't just plastic junk. Also, how do I keep 12 seven-year-olds from getting completely out of control? Last year's party ended with two kids crying and a broken lamp.""",
"""I've been offered a promotion and I'm not sure I want it. Long explanation, sorry.

I'm a senior software developer at a mid-sized fintech company. I've been there five years and I love the technical work: designing systems, writing code, solving hard bugs. My manager is leaving, and the CTO has asked me to become the engineering manager for my team of eight. It comes with a 15% raise and a title change, and they've said it's "the natural next step."

The thing is, I'm not sure I'd enjoy management. I've done some mentoring and I liked it, but I've also seen how much time my manager spends in meetings, dealing with performance issues, hiring, and budget discussions. She barely writes code anymore. I'm worried I'd miss the hands-on work and that I'd be a mediocre manager instead of a good engineer.

On the other hand, I'm worried that if I say no, it'll be seen as a lack of ambition, and someone from outside will be hired who might be worse for the team. Our company doesn't really have a senior technical track; the most senior engineering title is the one I already have, so my salary growth might stall.

How should I think about this decision? Are there ways to try management before fully committing, or to negotiate a different kind of role, like a staff engineer or tech lead position? And if I do decline, how do I say no without damaging my relationship with the CTO?""",
"""I'm writing a historical novel set in 1920s Paris and I'd like help with the opening chapter. Here's my current first page. Could you suggest how to make it more immersive and give it a stronger hook, and then write an alternative version of the first two paragraphs so I can compare?

Paris, 1924. The city was full of artists, writers and musicians from all over the world. Jazz was popular in the nightclubs of Montmartre, and Americans were arriving every day because the exchange rate was good. Among them was Clara Whitfield, a 23-year-old from Ohio who had come to Paris to become a painter, although her parents thought she was studying French at the Sorbonne.

Clara lived in a small room at the top of a building on the Rue de la Gaîté. It had a sloping ceiling, a narrow bed, a washbasin, and a window that looked out over the rooftops. She had been in Paris for three weeks and she had not yet painted anything. Every morning she set up her easel by the window, and every morning she stared at the blank canvas until it was time for lunch.

On this particular morning, she was staring at the canvas when there was a knock at the door. It was her landlady, Madame Roux, who told her that a man was downstairs asking for her. Clara did not know any men in Paris.

I feel like it's too much "telling" and reads like a history textbook at the start. I want the reader to feel the city.""",
"""I'd like advice about a neighbor dispute. We live in a semi-detached house, and our neighbors on the attached side moved in about eight months ago. They're a young couple and seem nice enough, but we have an ongoing problem with noise.

They have a home gym set up in the room that shares a wall with our bedroom. Most evenings between 9:30 and 11pm, we hear weights being dropped, music with a heavy bass, and sometimes what sounds like a running machine. Our walls aren't very thick. I work early shifts and need to be asleep by 10. My wife and I have tried earplugs, and we've moved our bed to the other side of the room, but we can still feel the thuds.

A couple of months ago, I knocked on their door and mentioned it politely. They apologized and said they'd try to work out earlier. For about two weeks it got better, but now it's back to the same pattern. I'm worried that if I bring it up again, it'll turn into a feud, and we'll be living next to these people for years.

What's the best way to approach them a second time? Are there practical solutions I could suggest, like rubber flooring for their gym or soundproofing on our side, and would it be reasonable to offer to share the cost? At what point, if any, would it make sense to involve the local council? I really don't want to go down that route unless absolutely necessary.""",
"""I'm planning to walk the Camino de Santiago next spring and I'd like help preparing. I'm 58, reasonably fit (I walk about 8 km most days and do some hiking on weekends), but I've never done a multi-week trek.

I'm planning to walk the Camino Francés from Saint-Jean-Pied-de-Port to Santiago, about 780 km. I have five weeks off work. I'm walking alone, which I'm a little nervous about, but I like the idea of meeting people along the way. I'd like to stay mostly in albergues to keep costs down, but I'm a light sleeper, so I might need a private room now and then.

My main worries: my feet and knees (I had a minor knee injury a few years ago), what to pack so that my backpack isn't too heavy, and whether five weeks is enough time, including rest days. I'm also not sure about the best time to start; I've heard May can be busy, and I'd prefer to avoid crowds if possible.

Could you help me with a training plan for the next five months, a packing list that keeps the backpack under 7 kg, and some advice on pacing and rest days? Also any tips on booking accommodation versus just turning up, and on what to do if I get injured along the way. I'd love to know what people commonly get wrong on their first Camino.""",
"""I'm an HR manager at a company of about 120 people, and I'd like help designing a fair process for something we've never done before: a four-day work week trial.

Our CEO is interested after reading about trials in other countries. The idea would be that employees work 32 hours over four days for the same pay, for a six-month trial, with the goal of maintaining productivity. We have a mix of teams: software development, customer support (which needs coverage five days a week), sales, finance and operations, and a small warehouse team that handles shipping.

My concerns are: how to make it work for teams that need five-day coverage without creating two classes of employees; how to measure whether the trial is a success (productivity, wellbeing, customer satisfaction, retention?); how to handle part-time employees, who already work fewer hours; and what happens if the trial fails and we have to go back, which could hurt morale.

I'd like a rough plan for how to run the trial: what to decide before we start, how to communicate it to staff, how to collect data during the trial, and how to make a decision at the end. If you know of any common pitfalls from similar trials, I'd love to hear about them too. I need to present a proposal to the leadership team at the end of next month.""",
"""I've been learning guitar for about a year and I've hit a plateau. I'd appreciate some structured advice.

I'm 35, self-taught, mostly from YouTube and apps. I can play all the basic open chords and a few barre chords (F and B minor are still shaky), and I can strum along to maybe 20 songs, mostly indie and folk stuff. I practice about 30 minutes most days, but honestly, it's mostly playing the songs I already know because it's fun.

What I'd like to be able to do: play fingerstyle arrangements (I love artists like Nick Drake and José González), improvise a little over chord progressions, and maybe eventually write my own songs. I've tried learning fingerpicking patterns, but I get frustrated because my right hand feels clumsy and I go back to strumming.

I don't really want to take lessons in person, because my schedule is unpredictable, but I'd consider online lessons. I also don't read music and I'm not sure if I need to learn.

Could you suggest a practice routine for the next three months that balances fun with actually improving? How should I split the 30 minutes? What exercises would help with fingerpicking and barre chords, and when should I start learning some theory, like scales and the CAGED system? And how do I know if I'm making progress when it feels like I'm not?""",
"""Help me think through a tough decision about my mum's care, please.

My mum is 79 and has early-stage Alzheimer's, diagnosed about a year ago. She lives alone in her own flat, about 40 minutes from me. Until recently, she managed well with some help: I visit twice a week, do her shopping, and sort out her medication in a weekly pill organizer. A carer comes in for 30 minutes each morning.

In the last two months, things have got harder. She's left the gas hob on twice. She called me at 3am last week because she thought someone was in her flat. She's lost weight and I'm not sure she's eating properly. She still recognizes everyone and is often quite cheerful, but she gets very distressed when she's confused.

My options seem to be: increasing the home care visits (expensive, and she doesn't like "strangers" in her flat); her moving in with me (I have a spare room, but I work full time and have two teenagers, and my partner is hesitant); or a care home (she's said many times she'd hate that, and I feel terribly guilty even thinking about it).

My brother lives abroad and is supportive but can't do much practically. I'm exhausted and worried I'm not thinking clearly.

How do families usually approach this decision? What questions should I be asking her doctor and social services? Are there options I'm not thinking of, like assisted living or day centers? And how do I involve my mum in the decision when her understanding is changing?""",
"""I'm a product designer and I'd like feedback on a project brief I wrote. I'll paste it and then tell you my concerns.

"Project: Redesign of the checkout flow for our online furniture store. Goal: increase conversion rate. Current state: our checkout has five steps (cart, account, delivery, payment, review). Analytics show 68% of users who start checkout don't complete it, with the biggest drop-off at the account step (32% leave there) and the delivery step (21%). Many users contact support to ask about delivery dates before ordering. Scope: all checkout pages on desktop and mobile. Out of scope: product pages, search. Timeline: 8 weeks. Stakeholders: product manager, head of e-commerce, logistics team, customer support. Success metric: checkout completion rate up by 10 percentage points."

My concerns: I feel like the goal is too vague ("increase conversion rate") even though there's a metric at the end. I'm not sure whether to propose guest checkout as a solution in the brief or leave it open. The logistics team is worried we'll promise delivery dates we can't meet, and they're quite defensive. And I'm not sure 8 weeks is realistic for research, design, testing and handoff.

Could you suggest how to improve the brief, including how to frame the problem, what research I should include before designing, and how to get the logistics team on board? I'd also love a suggested breakdown of the 8 weeks.""",
"""I'm a hobbyist writer and I've written the opening of a sci-fi short story. Could you continue it for about 300 words, keeping the quiet, eerie mood, and introduce a second character?

The colony ship Perihelion had been silent for two hundred years when Ada woke up.

She knew this because the first thing she saw, when the cryopod's lid hissed open, was the small green display above her head: ELAPSED TIME: 201 YEARS, 4 MONTHS, 11 DAYS. The second thing she saw was the dust. It lay on every surface of the sleeping bay, a soft grey blanket, undisturbed. There were no footprints.

Her body felt heavy and strange, as though it belonged to someone else. She climbed out slowly, holding the edge of the pod, and stood barefoot on the cold floor. The bay was long and narrow, lit only by a faint blue emergency glow. On either side of her, hundreds of cryopods stretched into the darkness, their lids frosted over.

All of them were closed. All of them showed the same small green light: STATUS: SLEEPING.

Ada tried to remember her training. If the ship woke you early, it was for a reason. There should have been a message, a voice, an alarm. There should have been a crew member waiting. There was nothing but the hum of the air recyclers and the sound of her own breathing.

Then, from somewhere deep in the ship, she heard a door open.""",
"""I need to improve my CV summary and I'd like some help. I'm applying for project management roles in the construction industry after working as a site engineer for six years.

Here's my current summary: "Hardworking and dedicated site engineer with 6 years of experience in the construction industry. Excellent communication and leadership skills. Proven track record of delivering projects on time and within budget. Looking for a new challenge as a project manager where I can use my skills and experience."

I know it's generic. Here are some specifics that might help: I've worked on residential and commercial projects ranging from £2 million to £35 million. On my most recent project, a 120-unit apartment building, I coordinated 14 subcontractors and managed the site schedule when the project manager was on leave for three months. I introduced a digital snagging system that reduced the time to close out defects by about 40%. I have my SMSTS (site management safety) certificate and I'm halfway through a part-time APM project management qualification. I've also mentored three graduate engineers.

The roles I'm applying for ask for "experience managing budgets", "stakeholder management", and "strong commercial awareness." I haven't formally managed a budget, but I've been involved in cost reporting and valuations.

Could you rewrite the summary in a couple of different styles (one more formal, one more punchy), and also suggest how I can present my limited budget experience honestly but positively?""",
"""I'd like to get back into running after a long break, and I'd love a sensible plan.

I'm 42. In my twenties and early thirties, I ran regularly, including two marathons (my best time was 3:48). Then I had two kids, changed jobs, and stopped completely. It's been about eight years. I've put on around 15 kg since then, and I get out of breath climbing stairs. My doctor did a check-up last month and said my blood pressure is slightly high but there's no reason I can't exercise; she encouraged it.

My goal is to run a 10K in about six months, ideally in under an hour. Longer term, I'd love to do another half marathon. I can realistically train four times a week, around 30-45 minutes each on weekdays and longer on Sundays. I have access to a treadmill at work and a park near home.

What I'm worried about: getting injured because my mind remembers being a runner but my body doesn't; being demotivated by how slow I am now compared with before; and fitting it around family life.

Could you give me a week-by-week plan for the first two months, and a rough outline for the rest? Should I do walk-run intervals even though I've run marathons before? What about strength training? And how do I deal with the mental side, the frustration of comparing myself to my younger self?""",
"""We're a small nonprofit that runs coding workshops for refugees, and we're trying to decide whether to build our own learning platform or use an existing one. I'd appreciate a balanced analysis.

Some background: we have about 150 active learners at any one time, most of them accessing our materials on mobile phones, often with limited data. Many are learning English at the same time as coding, so the content needs to be simple and available in Arabic, Dari and Ukrainian as well as English. We currently use a mix of Google Classroom, YouTube videos and WhatsApp groups, which works but is messy. Learners get lost, and we can't easily track progress.

One of our volunteers is a senior developer and has offered to build a custom platform. He estimates three months of part-time work. Our board likes the idea because it would be "ours" and could be tailored to our needs. But I'm worried about maintenance after he moves on, security and data protection (we have sensitive information about our learners), and whether we're underestimating the work.

The alternative is an existing platform, such as an open-source learning management system or a commercial one with a nonprofit discount. These have costs and may not fit our needs perfectly, especially for low-bandwidth mobile use and right-to-left languages.

Could you help me lay out the trade-offs, including hidden costs, and suggest what questions we should answer before deciding? Also, are there middle-ground options we should consider?""",
"""I need some parenting advice. My 10-year-old son has started lying a lot, and I'm not sure how to handle it.

It's mostly small things: saying he's brushed his teeth when he hasn't, saying he's finished his homework when he hasn't started, or blaming his little sister for things he did. But last week, his teacher emailed to say he'd told the class his dad was a professional footballer (he's an accountant), and that he'd been telling other kids he had a new gaming console that he definitely doesn't have. When I asked him about it, he denied it at first, then cried and said everyone else has cool things and he wanted people to like him.

We moved to a new town last summer and he changed schools, and I know he's found it hard to make friends. At his old school he had a close group of friends he'd known since nursery. He's not had anyone over to play since we moved.

My instinct is to come down hard on the lying, because I don't want it to become a habit, but after seeing how upset he was, I think there might be more going on. My husband thinks we should take away his screen time until he stops lying.

How should we respond to the lying itself? How can we help him with the friendship issues, which seem to be at the root of it? And how do we respond to the teacher without making him feel even more embarrassed?""",
"""Could you help me think through whether to buy or keep renting? I've been going back and forth for months.

I'm 33, single, and I live in a rented one-bedroom flat in a mid-sized city. My rent is £950 a month and has gone up by about 5% each year. I've saved about £35,000, partly from a small inheritance. I earn £46,000 a year in a stable public sector job. I'd like to stay in this city for the foreseeable future, but I'm not 100% sure; I might want to move closer to my family in a few years, which is about two hours away.

Flats like mine cost around £210,000 here. With a 15% deposit, my mortgage payments would be roughly similar to my rent, maybe a bit more. But then there are the extra costs: service charges, ground rent, maintenance, stamp duty (though as a first-time buyer I might be exempt), solicitor fees, and so on. A friend bought last year and said the hidden costs were much more than she expected.

Part of me wants the security of owning and not dealing with landlords. Part of me likes the flexibility of renting and worries about tying up all my savings in a flat.

Could you help me set up a framework for comparing the two, including what to consider beyond the monthly cost? What questions should I ask a mortgage advisor? And what's a sensible emergency fund to keep aside if I do buy?""",
"""Could you help me draft a speech? I've been asked to speak at my old secondary school's prize-giving evening as a "former student who has done well," and I'm honored but also terrified.

Some background: I left the school 15 years ago with average grades. I wasn't a star student; I was mostly known for being in the school band and for getting detentions for talking in class. I didn't go to university straight away. I worked in a call centre for two years, then did an apprenticeship in electrical engineering, and now I run my own company installing solar panels, with 12 employees. Last year we won a regional business award.

I want the speech to be about 5-7 minutes. The audience is students aged 11-18, their parents, and teachers (some of whom taught me and will remember me as a troublemaker). I'd like to be funny, honest and encouraging, especially for students who aren't top of the class and who might not be going to university. I'd like to mention Mr. Okafor, my old music teacher, who was the one teacher who believed in me.

I don't want it to be a boring list of achievements or a generic "follow your dreams" speech. I'd rather tell a couple of stories. Could you help me with a structure and a first draft? I'm happy to give more details if needed.""",
"""I've just been diagnosed with type 2 diabetes (I'm 51) and I'm feeling overwhelmed. I'm not asking for medical advice to replace my doctor, but I'd love help organizing my thoughts and questions before my next appointment.

My GP told me my HbA1c was 58 mmol/mol and started me on metformin. She gave me a leaflet and referred me to a diabetes education course, but the next available course is in two months. I also have high blood pressure, which is treated, and I'm about 20 kg overweight. I work in an office and don't exercise much. My father had diabetes and lost part of his foot, so I'm scared.

I've been reading online and there's so much conflicting information. Some people say I should go low-carb, some say keto, some say I should do intermittent fasting, others say just eat a balanced diet. Some people say you can reverse type 2 diabetes, others say it's progressive. I don't know what to believe.

Could you help me put together a list of questions to ask my GP and the diabetes nurse? And could you give me a general, evidence-based overview of what lifestyle changes are usually recommended, so I can have a more informed conversation with them? Also, any tips on how to approach this without feeling like my whole life has to change overnight would be appreciated.""",
"""I run a small YouTube channel about woodworking (about 8,000 subscribers) and I'd like some advice on growing it without burning out.

I've been posting for two years, roughly one video every two weeks. Each video takes me about 20 hours: the actual woodworking project, filming, editing, and thumbnails. I have a full-time job as a secondary school technology teacher, so I do all of this on evenings and weekends. The channel makes a bit of money (around £150 a month from ads and a few affiliate links), but it's really a hobby that I'd like to grow into something more.

My most popular videos are beginner-focused: "5 tools you actually need," "how to sharpen a chisel," and a build of a simple bench. My personal favorites, which are long, detailed builds of furniture pieces, get far fewer views. I've noticed that Shorts get a lot of views but don't seem to bring many subscribers.

I'm wondering whether I should post more often with simpler videos, focus more on beginner content, start a Patreon, or do more Shorts. I'm also worried about burning out; last summer I took a two-month break because I was exhausted, and my views dropped.

Could you help me think through a sustainable content strategy? How should I balance what's popular with what I enjoy? What workflows or tools could cut down my editing time? And what are realistic goals for a channel my size over the next year?""",
]
FAMILY = "long_multi_paragraph"
