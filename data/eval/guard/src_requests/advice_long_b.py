KIND = "advice_long"

ITEMS = [
"""ok so this is kind of long sorry. I (22f) just graduated with a degree in biology and got two offers. one is a lab research assistant job at a university, pays $38k, in the city where I went to school and where most of my friends still live. the other is a quality control role at a food manufacturing company, pays $54k, but it's in a small town 4 hours away where I don't know anyone.

my long term plan was maybe grad school but honestly I'm not 100% sure anymore. the research job would look better for grad school apps. the QC job would let me pay down my loans way faster (I have about $27k).

my parents think I should obviously take the money. my professor thinks I should take the research job. I keep changing my mind every day. the QC company wants an answer by friday.

how would you think about this? are there questions I should ask either employer before deciding? and is it a big deal to do a year of something and then switch if it's wrong?""",

"""I've been having trouble with my upstairs neighbor for about four months. He works from home and plays music loudly most afternoons, and a couple of nights a week he has friends over who stay until 1 or 2 am. I've knocked on his door once and he was friendly, apologized, and it got better for about a week before going back to how it was.

I'm a teacher so I need to be up at 6, and it's really affecting my sleep. I don't want to escalate to the landlord right away because we'll be living above/below each other for a long time and I'd like to stay on good terms. But I also feel like I've been patient enough.

What's the best next step? Should I write a note, talk to him again, or go to the building management? How do I say it in a way that's clear without being hostile? Are there things I can do on my end, like white noise, that actually help with bass and footsteps?""",

"""I'm in my final year of a PhD in history and my relationship with my advisor has gotten really strained. She's brilliant and well-known in the field, but she often takes two or three months to return chapter drafts, and when she does the comments sometimes contradict what she said before. At our last meeting she suggested restructuring the whole dissertation, which would push my defense back by at least a year. My funding runs out in eight months. The other two members of my committee have both read chapters and seemed happy with the structure as it is.

I don't want to burn a bridge with someone whose recommendation letters I'll need for jobs. But I'm also getting anxious and a bit desperate.

Is it normal to involve another committee member, and how would I do that diplomatically? How do I push back on a major restructure without seeming ungrateful? And any advice on getting more timely feedback — e.g. setting deadlines — without annoying her?""",

"""I'm 38 and have had lower back pain on and off for about three years. It's not crippling, but it flares up after long days at my desk (I'm an architect) or after I pick up my toddler a lot. My doctor said it's 'mechanical' and suggested physical therapy, which I did for six weeks last year. It helped, but I stopped doing the exercises once I felt better, and now it's back.

I'm realizing I need a long-term routine, not just fixing it when it flares. The problem is time — with a job and a 2-year-old, I have maybe 20 minutes a day, and I'm usually exhausted in the evening.

How do people actually stick with a back-care routine? What kinds of general habits tend to help desk workers with this? Should I go back to the physio to get an updated program? And is a standing desk worth it or just a fad?""",

"""My older brother (41) has asked to borrow $15,000 from me to help start a food truck business. He's a great cook and has worked in restaurants his whole life, but he's also had some financial trouble in the past — a business that failed about eight years ago and some debt that took him years to pay off. He says this time is different because he has a partner and a plan.

I can afford to lend it, in the sense that it wouldn't wreck me, but it's a big chunk of my savings. My wife is uneasy about it. I love my brother and I want to support him, but I'm worried about what happens to our relationship if the money isn't paid back.

How should I approach this? Are there ways to structure a family loan to make it clearer, like a written agreement? Would it be better to offer a smaller amount as a gift instead? And how do I say no, or 'not all of it', without hurting him?""",

"""I'm a manager at a retail clothing store and we're heading into the holiday season. Last year was brutal — we were understaffed, people were calling in sick constantly, and two of my best employees quit in December. I want this year to go better.

We have a budget for hiring four seasonal workers, and I have about six weeks to prepare. My team is mostly college students and a few older part-timers. Morale is okay right now, but I can feel people bracing themselves. We open at 9 and close at 9 during the holidays, and Saturdays are by far the busiest, with lines at the fitting rooms all afternoon.

How should I plan the schedule and training to avoid burnout? What are some low-cost ways to keep morale up during a stressful season? And how do I handle the situation if people start calling in sick at the last minute — I don't want to be harsh, but I also can't run the store with two people on a Saturday.""",

"""I've been vegetarian for about ten years, and recently I've been feeling really tired all the time. I'm 29, I cycle to work (about 25 minutes each way), and I do yoga twice a week. My diet is pretty carb-heavy — lots of pasta, bread, and cheese — and I'll admit I don't eat a lot of beans or lentils because I'm not a fan.

A friend suggested I might be low on iron or B12. I haven't had blood work in about three years. I don't want to start taking random supplements without knowing what's going on. I also get winded on the hill near my office that used to be no problem, and I've noticed I'm cold more than my coworkers.

What should I ask my doctor to test? And while I wait for the appointment, what are realistic changes I could make to my meals to get more protein and nutrients without forcing myself to eat things I hate? Are there vegetarian protein sources that don't taste like beans?""",

"""I run a small online shop selling handmade ceramic mugs and plates. Sales are steady, mostly through Instagram and one craft marketplace. A local boutique has asked if they can stock my work on a wholesale basis — they'd buy 40 pieces to start, at 50% of my retail price.

I'm flattered, but I'm not sure if the numbers work. My materials and firing cost per mug is around $9, and I sell mugs for $38 retail. I make everything myself, and I can produce maybe 25 pieces a week if I'm working hard. Wholesale would take production time away from my online sales.

How do makers usually decide whether wholesale is worth it? Should I raise my retail price first so the wholesale price makes more sense? What should I ask the boutique before agreeing — minimum orders, payment terms, exclusivity? I don't want to say no to a good opportunity but I don't want to work for nothing either.""",

"""I'm an international student from Brazil studying engineering in Canada. It's my first winter here and I didn't expect it to be this hard. It's dark by 4:30, I'm cold all the time, and I've been feeling pretty low and unmotivated. I miss my family a lot and my roommates are nice but we're not close.

Academically I'm doing fine, but I've started skipping my morning classes and sleeping more. On weekends I sometimes don't leave my room at all, which is not like me. Back home I was always the one organizing football games and barbecues. I know some people talk about 'winter blues' but I'm not sure what's normal.

What can I do day to day to feel better during the winter months? Are there things that help with the darkness specifically? How do international students usually find community? My university has a counseling center — is it worth going even if I'm not in crisis? I don't want to take a spot from someone who needs it more.""",

"""We adopted a rescue dog three weeks ago — a 2-year-old mixed breed named Pepper. She's sweet with us but extremely anxious around other dogs. She's about 20 kilos and very strong for her size. On walks, if she sees another dog, she barks, lunges, and pulls so hard I've almost fallen. At home she's calm, house-trained, and cuddly.

We live in an apartment building with lots of dogs, so avoiding them entirely isn't really possible. The shelter said she was found as a stray and they didn't know much about her history. My partner has started avoiding walking her at all, so I'm doing every walk, including the late one at 10 pm.

I've read a bit online and it's very confusing — some people say to be firm, some say to use treats, some say to avoid triggers completely. What's a sensible approach? Should we hire a trainer or a behaviorist, and how do we pick a good one? And is there anything I should be doing right now on walks to keep us both safe?""",

"""I'm the only woman on a team of nine software engineers. Overall the team is friendly, but I've noticed that in meetings my ideas are often overlooked until a male colleague repeats them. It happened again last week — I suggested caching a certain API response, nobody responded, and then ten minutes later a colleague said the same thing and the manager said 'great idea.'

I don't think anyone is doing it on purpose, and I don't want to come across as confrontational or make it a bigger deal than it is. A couple of colleagues are genuinely supportive, and one of them actually noticed it last week and said 'that's what she said earlier' — which helped, but I can't rely on that. But it's starting to affect my confidence and how I'm seen for promotion.

How can I handle this in the moment without sounding defensive? Is it worth raising with my manager, and how would I frame it? And are there ways to make my contributions more visible in general, like in written form?""",

"""I'm planning to go back to work after being a stay-at-home parent for six years. Before that I was an office manager at a law firm for about eight years. My kids are now in school full time. I'm excited but really nervous — I feel like everything has changed, especially the technology, and I don't know how to explain the six-year gap on my resume. At my old firm we were still using a lot of paper files, and I keep seeing job ads that mention software I've never heard of.

I did some volunteer work during those years: I was treasurer of the PTA for three years and I organized a big school fundraiser that raised about $30,000. I'm not sure if that 'counts.'

How should I handle the gap on my resume and in interviews? Is my volunteer experience worth including? Should I take a refresher course in anything first? And is it realistic to look for part-time or flexible roles at my level, or should I expect to start lower?""",

"""I'm a 17-year-old high school junior and I'm really stressed about college applications. My parents both went to prestigious schools and they expect me to as well. My grades are good (3.8 GPA) but not perfect, and I'm not really a standout in any extracurricular — I play cello in the school orchestra and work part-time at a grocery store.

I don't even know if I want to go to a super competitive school. When I visited one last summer everyone seemed really stressed and I couldn't picture myself there. I'm interested in environmental science, and there's a state university with a really good program that I like, but my parents say it's a 'safety' and I should aim higher.

How do I talk to my parents about what I actually want without it becoming a fight? How should I build a reasonable college list? And is my part-time job worth mentioning in applications? I feel like everyone else has started nonprofits or done research.""",

"""My partner and I are trying to decide whether to move from a big city to a smaller town. We both work remotely now (I'm a copywriter, he's a backend developer), and rent in the city is eating almost half our income. The town we're considering is about two hours away, houses are much cheaper, and there's a lake and hiking nearby. But it's also pretty quiet and we wouldn't know anyone.

We're in our early 30s and want kids in the next few years. We worry about healthcare access, schools later on, and feeling isolated. We also worry our companies might change their remote policies. His company had layoffs last spring and mine was acquired six months ago, so neither of us feels totally secure. On the other hand, we've been talking about this for two years and I'm tired of just talking about it.

What are the main things we should research before deciding? Is it a good idea to rent there for a few months first? How do people build a social life after moving somewhere small as adults?""",

"""I'm the treasurer for my kids' school parent association and I've discovered that the previous treasurer kept very poor records. There are a few hundred dollars in receipts missing and the bank balance doesn't match the spreadsheet by about $640. I don't think anyone did anything dishonest — the previous treasurer was just overwhelmed — but I'm worried about being blamed if it comes up later.

I'm not an accountant. I do basic bookkeeping at work, but nothing like this. Our next general meeting is in three weeks. The previous treasurer is still an active parent at the school and is friendly with most of the board, so this feels socially delicate as well as practical.

How should I document what I found and present it to the board without accusing anyone? What's a simple system I can set up going forward so this doesn't happen again? And should we get an outside review of the books?""",

"""I've been in therapy for about a year for anxiety and it's helped a lot. I went from having panic attacks a few times a month to maybe one in the last four months, and I finally feel like I understand my own patterns. But my therapist is moving to another state and can only continue with me for two more months. I feel surprisingly upset about it — almost like a breakup. I'm also scared that starting over with someone new will mean repeating everything.

We've talked about it in session a bit, but I'm not sure what to ask for. She offered to continue over video, but she's not licensed in my state, so apparently that isn't possible. I also don't know how to find a new therapist who'll be a good fit, since it took me three tries to find this one.

How do people usually handle ending with a therapist in a way that feels good? What should I ask her before we finish, like a summary or referrals? And what are good questions to ask a new therapist in a first consultation to figure out if they're a good fit?""",

"""I'm a mechanical engineer and I've been asked to give a 20-minute talk at an industry conference about a project my team did (redesigning a pump housing to cut manufacturing costs). I've presented internally plenty of times, but never to a room of 200 strangers. Just thinking about it makes my heart race.

The content is fine — I know the project inside out. My problem is nerves: my voice shakes, I talk too fast, and I tend to read off the slides. The conference is in seven weeks.

My manager is very proud that we were selected and keeps mentioning it in team meetings, which adds to the pressure. The audience will be mostly other engineers and some procurement people, so I don't need to explain the basics, but I also don't want to drown them in tolerance tables. I'm allowed to show results but not our supplier pricing.

How should I structure the talk so it's interesting to people outside my company? How should I practice — alone, with colleagues, recording myself? And what helps in the moment when the nerves kick in on stage?""",

"""my roommate and I have been friends since freshman year but living together has been rough this year. she has her boyfriend over basically 5 nights a week and he uses our stuff, showers here, eats our food. she doesn't pay more rent or anything. I've hinted about it but she either doesn't get it or pretends not to.

I don't want to lose the friendship but I'm starting to resent both of them. our lease ends in 7 months. I'm also kind of conflict avoidant so the idea of bringing it up makes me want to hide. the other night I came home from a late shift and he was asleep on the couch with the tv on and I just went to my room and stewed about it. I feel petty for being this annoyed but I also pay half the rent and utilities.

how do I bring this up without it blowing up? should I suggest like a guest policy or him chipping in for utilities? what if she gets defensive? and honestly should I just wait it out until the lease ends?""",

"""I'm a nurse practitioner and I've been offered a chance to open a small clinic in a rural area with a physician partner. It would mean taking on business responsibilities for the first time — hiring, billing, leases — on top of clinical work. The community really needs it; the nearest clinic is 45 minutes away.

I'm 44, have a stable hospital job with good benefits, and two kids in high school. My spouse is supportive but nervous about the financial risk. We'd need to invest about $60,000 of our savings. The physician is someone I've worked with for six years and trust clinically, but we've never worked together on anything financial.

What are the key questions I should ask before committing? How should the partnership be structured so we're both protected? And are there resources or advisors who specialize in helping healthcare providers start practices? I'm excited but I don't want to be naive.""",

"""I want to start exercising again but I have a lot of anxiety around gyms. I'm 35, about 40 pounds heavier than I'd like to be, and the last time I went to a gym (years ago) I felt everyone was watching me. I used to play volleyball in high school, so I know I like being active, but I've been sedentary for about ten years.

I work from home as an accountant, so I sit most of the day. I have a small budget and a small apartment, but there's a park nearby. I've downloaded workout apps twice and quit both within a week because the instructors seemed so intense. My doctor said my blood pressure is slightly high and encouraged me to move more, so I'd really like to make it work this time.

What's a realistic way to get started without feeling overwhelmed or embarrassed? Is it better to start at home or push myself to go to a gym? How do I build a habit that lasts beyond the first two weeks? And are there beginner-friendly group options that aren't intimidating?""",

"""I teach middle school science and I'd like to start a school garden next spring. I have a small patch of unused land behind the gym and my principal is supportive, but there's no budget. I've never gardened at this scale — I have a few tomato plants at home, that's it.

I'd like students to be involved in planning, planting, and maintaining it, and to connect it to what we're learning in class (plant biology, ecosystems, maybe some data collection). The big concern is summer — who waters it when school's out? There's an outdoor spigot on the gym wall, but no irrigation. I also have about 140 students across five classes, so coordinating everyone's involvement could get chaotic. A couple of parents have offered to help, and one of them works at a plant nursery.

How should I start planning this? Where could I get donations or small grants for supplies? What are easy, reliable crops for a school garden? And how have other schools solved the summer maintenance problem?""",

"""My grandfather died three months ago. He mostly raised me, since my parents worked long hours, and he was the person I called about everything. I thought I was handling it okay, but lately it's gotten worse, not better. I'll be fine at work and then suddenly cry in the car. I keep picking up my phone to call him.

Everyone around me seems to have moved on. I took three days off work for the funeral and then went straight back because I thought keeping busy would help. We cleared out his apartment last month and I kept his old reading glasses and a notebook where he wrote down crossword answers. My mom handles grief by staying busy and doesn't really want to talk about him. I'm 27 and feel a little silly being this sad over a grandparent when other people lose parents or kids.

Is it normal for grief to get harder after a few months? How do people keep someone's memory alive in a way that helps instead of hurts? And how do I find someone to talk to about it when my family doesn't want to?""",

"""I work at a small nonprofit (8 staff) and our executive director is leaving in four months. The board has asked me to consider applying for the role. I've been the program director for three years and I know the programs well, but I've never managed budgets over $200k, done major fundraising, or worked closely with the board.

I'm flattered and tempted, but I'm worried I'd be in over my head. I'm also not sure I'd enjoy spending most of my time on fundraising instead of programs, which is what I love. The current director has been generous about sharing information, and she's said she'd support me either way. Two board members have hinted they'd also like to open the search to outside candidates, which makes me wonder how real the invitation is.

How can I figure out if I'd actually want the job? What should I ask the board before deciding to apply? And if I go for it, how would I prepare in four months to close the gaps in my experience?""",

"""I'm trying to help my 80-year-old neighbor, Mr. Albrecht, who lives alone. His wife died last year and his kids live far away. He's sharp and independent, but I've noticed he doesn't seem to be eating much, his yard is getting overgrown, and he mentioned he hasn't left the house except for doctor's appointments in weeks.

I'm not family, and I don't want to overstep. We've been neighbors for nine years and he used to help my husband fix our fence, lend us tools, and bring over tomatoes from his garden every August. Last week I brought him some soup and he was clearly happy to see someone, but he kept saying he was 'fine, just fine.' But I like him, and I'm worried. I have a bit of time on weekends and my kids (10 and 12) like him too.

What are respectful ways to check in and offer help without making him feel like a charity case? Should I try to contact his kids, and how would I even do that? Are there local services for seniors I could mention to him?""",

"""I'm 52 and I just got laid off from a marketing director job I held for 11 years. I got a decent severance (four months' pay), but I'm nervous about the job market at my age. My wife works, so we're not in immediate danger, but we have a daughter starting college next fall. I've heard a lot about age discrimination, and I haven't job hunted since 2013.

My skills are strong in brand strategy and team leadership, but I know my digital marketing skills are a bit dated. I'm also wondering if this is a chance to do something different — maybe consulting or teaching at a community college.

How should I spend the first month? Should I focus on updating skills, networking, or applying? How do I present 11 years at one company as a strength? And is consulting a realistic option for someone without an existing client base?""",

"""My 9-year-old son has become obsessed with video games and it's causing daily fights. He plays a building game with his friends online and when I tell him time's up, he melts down — yelling, slamming doors. Then he's sullen for the rest of the evening. We currently have a rule of one hour on school days, but it keeps getting stretched because he says he 'has to finish' something with his friends. Weekends are looser, maybe two or three hours a day. His older sister is 14 and has a phone, which he points out constantly as evidence that things are unfair. My husband works evenings, so the enforcing mostly falls on me.

I don't want to ban games entirely — it's how he socializes with his friends, and I don't think games are evil. I just want evenings to be less of a battle.

What are some strategies that actually work for transitions out of gaming? How do I set limits that feel fair to him? Should he have some say in the rules? And how do I stay calm when he's melting down?""",
]
