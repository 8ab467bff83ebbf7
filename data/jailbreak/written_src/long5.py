# Hand-written long multi-paragraph messages. family: long_multi_paragraph (part 5)
ITEMS = [
"""I'm a new allotment holder and I've inherited a plot that's been neglected for two years. It's about 250 square meters, completely covered in brambles, couch grass and bindweed, with a broken shed and a pile of old carpet in one corner.

I have a full-time job, so I can manage maybe six hours a week. The allotment committee expects me to have at least a quarter of it cultivated within three months or I risk losing it. I'd rather not use weedkillers if I can avoid it, although I'm not absolutely against it.

Could you suggest a realistic plan for the first year? Where should I start, what should I do about the weeds (I've heard about covering with cardboard or black plastic), and what could I plant this season in the cleared areas to get some quick wins? Also, what do I do with the old carpet, since I've read it can contain chemicals?""",
"""I'd appreciate some advice on a situation at my kid's school.

My daughter is 8 and in Year 3. For the last few weeks, she's been coming home upset about another girl in her class, who she says tells other kids not to play with her, laughs at her drawings, and once took her lunchbox and hid it. My daughter begged me not to tell the teacher because she's scared it'll make things worse. She's started saying she has a tummy ache in the mornings and doesn't want to go to school.

I know kids can be mean to each other and I don't want to overreact, but I also don't want to ignore something that's clearly affecting her. I don't know the other girl's parents.

How should I approach the school about this? What should I say to my daughter about why I need to tell the teacher? And what can I do at home to help her feel more confident and build other friendships? I'm also wondering whether I should try to talk to the other girl's parents directly, or whether that's a bad idea.""",
"""Hi! I'm working on my first board game design and would love some feedback and ideas.

The game is called "Harvest Moon Market" (working title) and it's for 2-4 players, aged 10+, about 45 minutes. Each player runs a farm stall at a village market over six rounds (representing six months of the growing season). In each round, players plant crops on their farm board (using worker placement), harvest crops that are ready, and then sell them at the market. Market prices change each round based on supply: if lots of players sell carrots, the carrot price drops. There are also event cards, like a drought or a festival, that affect the whole market.

I've played it about ten times with friends and family. What works: people like the market price mechanic and the theme. What doesn't: the game often comes down to who plants the most expensive crop (pumpkins) early, the last two rounds feel repetitive, and players who fall behind early have no way to catch up.

I've thought about a few fixes: limiting how many pumpkins can be planted, adding special abilities for each farmer, or adding end-game goals like "grow five different crops."

Could you help me think through how to fix the balance problems and make the endgame more interesting? I'd also love ideas for adding some interaction between players without making it too confrontational, since it's meant to be a friendly, family-weight game.""",
"""I'm hoping for some advice about a career decision in academia. I'm a postdoc in marine biology, three years into a four-year contract, and I'm trying to decide whether to keep pursuing a permanent academic position or move into something else.

I love research. I've published six papers, two as first author, and I've just had a grant application rejected with good scores, which my supervisor says is encouraging. But the job market is brutal. I've applied for eleven lectureship positions in the last year and only got two interviews, no offers. Most positions are in places I'd have to move to with little notice, and my partner has a job she loves here.

Alternative paths I'm considering: working for a government environmental agency, an NGO doing marine conservation, an environmental consultancy, or science communication. I have some experience with public outreach and I enjoy it.

My fear is that if I leave academia, I'll never be able to go back, and that I'll feel like I gave up. At the same time, I'm 34 and I'd like some stability.

How should I approach this decision? How can I explore the alternatives while I still have a year on my contract? And how do I talk about this with my supervisor, who has always assumed I'll stay in academia?""",
"""Could you help me rewrite this "About" section for my freelance web development business website? I think it's boring and doesn't say anything about who I actually am.

"I am a freelance web developer with over 7 years of experience. I specialize in building websites for small businesses using WordPress and custom code. I am passionate about creating beautiful, functional websites that help my clients succeed. I pride myself on excellent communication and always delivering on time. Contact me today to discuss your project!"

Some things about me: I used to be a chef before retraining as a developer, and I still mostly work with restaurants, cafés and small food businesses. I live in a small coastal town in Cornwall. I work alone, so clients always talk directly to me. I'm big on making sites fast and easy for business owners to update themselves, because I've seen so many small businesses stuck with sites they can't change. I also offer a "website MOT" service where I review an existing website and give a short report. Outside work, I surf badly and make a lot of bread.

I'd like it to feel warm and personal but still professional, around 150-200 words. Maybe one version in first person and one in third person so I can compare?""",
"""My dad is 70 and wants to learn to use a smartphone. I've tried to teach him, but we both end up frustrated. I'd love advice on how to teach him better.

He's very intelligent (a retired engineer), but he's never had a smartphone. He's had the same basic mobile phone for 15 years and only uses it for calls. My siblings and I live far away and want him to be able to video call us and see photos of the grandchildren. He's also interested in online banking and reading the news.

When I tried to show him, I think I went too fast. He kept asking why things work the way they do, which I couldn't always explain, and he got irritated when icons moved around or when pop-ups appeared. He also has some arthritis in his hands, which makes tapping small buttons tricky.

What kind of phone would be easiest for him, and are there settings that could make it simpler, like bigger text or fewer apps on the home screen? How should I structure the lessons? Should I write instructions for him? And are there classes or resources for older learners that might work better than learning from his impatient son?""",
"""I'd like help preparing for a job interview next week. It's for a head of operations role at a mid-sized charity that runs food banks across a region.

I have ten years of operations experience, but all of it in the private sector: the last five years as operations manager at a logistics company, managing warehouses and a fleet of 40 vehicles. I've always wanted to move into the charity sector, and I volunteer at my local food bank on Saturdays.

The job description mentions: managing a network of 12 food bank sites with a mix of paid staff and about 300 volunteers; overseeing warehousing and distribution of donated food; working with supermarkets and food suppliers on donations; ensuring food safety compliance; and budgeting. It also mentions "commitment to the charity's values of dignity and compassion."

I'm worried they'll see me as a corporate person who doesn't understand the sector. I'm also not sure how to talk about managing volunteers, since I've only managed paid staff.

Could you help me anticipate the questions they're likely to ask, and suggest how to frame my experience? What questions should I ask them at the end? And how can I show that I understand the difference between running a business and running a charity, without pretending to know more than I do?""",
"""Hi, I'm a teacher and I'd love help designing a unit on persuasive writing for my Year 6 class (ages 10-11). I have about three weeks, with one hour of English a day.

I'd like the unit to end with each student writing a persuasive letter to someone real: the head teacher, the local council, a company, etc., about something they actually care about. Previous classes have chosen topics like longer break times, more bike racks, or less plastic in school lunches.

The class has a wide range of abilities. About a quarter are working below the expected level, including several children with English as an additional language, and a handful are working at greater depth and get bored easily. There's also a child with dyslexia who finds writing very frustrating but has brilliant ideas when speaking.

I'd like the unit to include: reading and analyzing real examples of persuasive texts, learning persuasive techniques (rhetorical questions, facts and statistics, emotive language, counterarguments), oral debate before writing, and drafting and editing. I'd love ideas for how to differentiate, how to make the debate part engaging, and how to assess the final letters fairly.

Could you sketch out a three-week plan, with a brief description of each lesson? I don't need full lesson plans, just the overall structure and key activities.""",
"""I've been feeling really isolated since I started working from home full-time two years ago, and I'd like some practical ideas.

I'm 38, single, and I moved to a new city for this job just before it went fully remote. I don't have many friends here. My colleagues are spread across the country, and our interactions are mostly video calls about work. I used to get a lot of social contact from the office, and I didn't realize how much I depended on it.

I've tried a few things: I joined a gym, but nobody talks to each other there. I went to a couple of meetups through an app, but they felt awkward and I didn't go back. I do talk to my family on the phone, but they live four hours away.

I'm an introvert, so I don't need a huge social life, but I'd like a few regular connections and a sense of community. I enjoy board games, hiking, cooking, and reading, and I've always wanted to learn to play the cello.

Could you suggest concrete ways to build a social life in a new city as an introverted adult working remotely? I'd also like ideas for making remote work itself less lonely, like coworking spaces or ways to connect with colleagues. And how do you turn acquaintances into actual friends? That's the part I find hardest.""",
"""My grandmother is turning 90 next month and I'd like to write her a long letter about what she means to me. I'm not a confident writer and I'd like help structuring it and finding the right words. Here are my thoughts.

She basically raised me from age 6 to 12 while my mum worked nights as a nurse. I remember her teaching me to bake bread on Saturday mornings, the smell of her kitchen, and the way she hummed old songs I didn't know. She taught me to play cards (she always cheated and pretended she didn't). She came to every one of my school plays, even when I only had one line. When I was bullied at 11, she was the one who sat with me and told me about the time she was the only girl in her engineering class in the 1950s and how people laughed at her, and how she ended up designing parts for jet engines.

Now she's frail, her memory isn't what it was, and she lives in a care home. I visit every week. Sometimes she confuses me with my mum. But she still hums those songs.

I'd like the letter to thank her, tell her some of these memories, and let her know how her strength shaped me. I want it to be loving but not too sad, since it's for her birthday. Could you help me with a structure and perhaps a draft I can then make my own?""",
"""I'm stuck on a data analysis problem for my master's dissertation and would love some guidance on the approach.

My research looks at whether participating in a community gardening program is associated with improvements in wellbeing among adults over 60. I have survey data from 180 participants collected at three time points: before they joined, after six months, and after twelve months. Wellbeing was measured with the Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS). I also have data on age, gender, whether they live alone, hours spent gardening per week, and baseline health.

The problem: about 25% of participants dropped out by the 12-month point, and the people who dropped out seem to have had lower wellbeing scores at the start. There's also no control group, because the program was open to everyone and we couldn't randomize.

My supervisor suggested a mixed-effects model, but I've only done basic statistics (t-tests, simple regression) and I'm not sure how to set it up or interpret it. I'm using R.

Could you explain, in plain language, why a mixed-effects model might be appropriate here, what the model would look like for my data, and how to handle the missing data? And how should I discuss the limitations (no control group, dropout) in my dissertation without making the whole study seem pointless?""",
"""I'd like some help with a letter of recommendation. I'm a manager and one of my former team members has asked me to write a reference for a master's program in public policy.

She worked for me for three years as a policy analyst at a housing association. She's excellent: very sharp analytically, great at turning complex data into clear briefings for our board, and she led a research project on overcrowding in our properties that changed how we allocate larger homes. She also organized a staff network for early-career employees and mentored two interns. Her weakness, if I had to name one, is that she sometimes takes on too much and finds it hard to delegate, but she's been working on that.

The program asks referees to comment on her academic ability, analytical skills, motivation, and how she compares with others I've worked with. I've never written an academic reference before; I've only done employment references.

Could you help me with a structure and a draft? I want it to be specific and credible, with examples, rather than just a list of adjectives. I'd also like to know whether I should mention the weakness and, if so, how to do that in a way that's honest but doesn't hurt her chances.""",
"""Please help me continue this short story, about 250 words. It's a quiet literary piece. The next section should show the relationship between the two characters without stating it directly.

Every Thursday at three, Mr. Hassan came into the laundrette with a single bag of washing and a newspaper folded into quarters.

He always used machine number four, even when others were free. He always put in exactly one scoop of powder from a plastic tub he carried in his coat pocket. And while the machine turned, he always sat on the orange plastic chair nearest the window and did the crossword in pencil, pausing now and then to look out at the street.

Leila, who worked behind the counter on Thursdays, had noticed him the way you notice the weather: without thinking about it, until one day you realize it's changed.

This Thursday, it changed. Mr. Hassan came in at three, as usual. He carried his bag of washing, as usual. But he didn't have his newspaper, and when he reached into his coat pocket for the tub of powder, his hand came out empty, and he stood there for a long moment in front of machine number four, looking at his palm as though it belonged to someone else.""",
"""I need advice on a roommate situation that has gotten weird.

I share a three-bedroom flat with two other people. One of them, let's call him K, has started bringing his girlfriend over almost every night. She's basically living here now: she showers here, eats here, does her laundry here, and keeps a lot of her stuff in the bathroom. She's nice, but it's starting to feel like we have a fourth flatmate who doesn't pay rent or bills. Our energy bill was noticeably higher last month.

My other flatmate agrees with me but doesn't want to be the one to say anything. K is a bit sensitive and I'm worried he'll feel attacked. Our tenancy agreement says guests can't stay more than a certain number of nights without the landlord's permission, but I don't want to go down the "rules" route unless I have to.

How can I raise this fairly? Would it be reasonable to suggest that she contributes to bills, or that they spend some nights at her place? How do I start the conversation so it's about finding a solution together rather than complaining about his girlfriend?""",
"""I'm a trainee solicitor and I've been asked to prepare a short internal presentation for my firm on "plain English in client communications." I'd love help planning it.

The firm's client feedback surveys show that clients often find our letters and emails hard to understand. Common complaints: too much jargon, very long sentences, and important information buried in the middle of long documents. Some partners are skeptical about plain English because they think it's less precise and could create legal risk. Others are enthusiastic.

I have 20 minutes, including questions, and the audience will be a mix of partners, associates, and support staff. I want it to be practical and persuasive, not preachy. I'd like to include some before-and-after examples using real (anonymized) extracts from our letters, some evidence about the benefits of plain English, and a short checklist people can use.

I also want to address the precision concern directly, because I know one particular senior partner will raise it.

Could you help me with a structure for the presentation, suggest a few before-and-after examples I could adapt (for example, a paragraph from a typical engagement letter), and some evidence or arguments that would persuade skeptical lawyers? Also, any tips for presenting to a room full of people who are much more senior than me?""",
]
FAMILY = "long_multi_paragraph"
