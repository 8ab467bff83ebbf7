# Hand-written long multi-paragraph messages. family: long_multi_paragraph (part 6)
ITEMS = [
"""Hi, I'd like to ask for help planning a sabbatical. After twelve years at the same company, I'm eligible for a three-month paid sabbatical next year, and I want to use it well rather than just drifting.

A bit about me: I'm 44, I work as a senior project manager in the energy sector, and I'm married with one child who's 12. My wife can't take three months off, and our son will be in school, so a long family trip isn't really possible, although we could do a couple of weeks together during the school holidays.

Things I've been dreaming about for years: walking a long-distance trail (maybe part of the Pacific Crest Trail or something in Europe), learning to build furniture properly, volunteering somewhere meaningful, and spending more time with my son, who's growing up fast. I've also been wondering whether I want to stay in my career long-term, so some part of me wants to use the time to explore other options, maybe by taking a course or shadowing people in different jobs.

I'm worried I'll try to do everything and end up doing nothing well, or that I'll come back as exhausted as when I left. I'm also a bit worried about how to handle the time away from work without checking emails constantly.

Could you help me think about how to structure the three months? Should I focus on one big thing or mix several? How do I balance personal goals with family time? And what should I do in the months before the sabbatical to prepare, both at work and at home, so that I can actually switch off?""",
"""I'm a beginner programmer and I'm trying to build my first real project: a small app to track my plants and remind me when to water them. I'd like some guidance on how to approach it, because I keep getting overwhelmed.

I've done an online Python course and I understand the basics: variables, loops, functions, lists and dictionaries, and a bit of object-oriented programming. I've also done some very basic HTML and CSS. I have about five hours a week to work on this.

What I'd like the app to do: let me add plants with a name, a photo, and how often they need watering; show me which plants need watering today; let me mark a plant as watered; and maybe send me a reminder. Eventually I'd love to share it with my sister, who has even more plants than me.

I've been reading about Flask, Django, React, databases, APIs, mobile apps, and I'm completely lost about where to start. Every tutorial seems to assume I already know something else.

Could you suggest a simple path for building this, step by step, starting with the absolute minimum version and then adding features? Which tools would you recommend for a beginner, and why? And how do I avoid getting stuck in "tutorial hell," where I follow tutorials but never build my own thing?""",
"""Please help me improve this wedding speech. I'm the father of the bride. I'd like to keep it to about four minutes, and I'd like it to be a bit funnier while keeping the emotional parts.

"Good evening, everyone. For those who don't know me, I'm Richard, Emily's dad. I'd like to start by thanking you all for coming, especially those who have traveled a long way. I'd also like to thank David's parents, Sue and Martin, for welcoming Emily into their family.

Emily was born on a snowy night in February, 29 years ago. She was two weeks early, which was the last time she was ever early for anything. From the very beginning, she was determined. At three, she insisted on dressing herself, which meant a lot of days in a tutu and wellington boots. At ten, she decided she wanted to be a vet, and she brought home every injured bird, hedgehog and frog within a five-mile radius. At sixteen, she decided she wanted to be a lawyer, and I've been losing arguments ever since.

When Emily first brought David home, I was suspicious, as fathers are required to be. But within the first hour, he had fixed our broken garden gate, complimented my wife's cooking, and laughed at my jokes, so he was clearly either a very nice person or a very good liar. I've since concluded that he's a very nice person.

David, I know you'll look after her. Emily, I'm so proud of you. Your mother and I love you very much.

Please raise your glasses to Emily and David."

What would you add or cut? I'd love one or two more funny moments, and maybe a better ending.""",
"""I'm looking for help with a tricky family situation around inheritance, and I'd appreciate a calm, practical perspective. I understand you can't give legal advice, and we will talk to a solicitor; I mostly want to think through how to handle the family side.

My father died four months ago. He left a will, written eight years ago, which divides his estate equally between me and my two siblings. The main asset is his house, worth about £400,000. My younger sister lived with him for the last three years and was his main carer, especially in the last year when he was very ill. She gave up a part-time job to do this and lived in the house rent-free.

Now she feels that she should receive a larger share, or be allowed to stay in the house for longer, because of everything she did. My brother thinks we should stick to the will and sell the house as soon as possible, because he's in some financial difficulty. I'm in the middle. I think my sister deserves recognition for what she did, but I also understand my brother's position, and I don't want this to destroy our family.

We haven't yet had a proper conversation all together; it's mostly been tense phone calls and messages that get misread.

How can I help us have a productive conversation? What options might exist to recognize my sister's contribution within or alongside the will? And at what point would mediation be a good idea? I'd also love advice on how to keep this from poisoning our relationships, since we're all grieving.""",
"""My company is about to roll out an internal AI assistant for employees, and I've been asked to write the usage guidelines. I'd love help with the content and structure.

We're a professional services firm of about 600 people (consulting and accounting). The assistant will be able to draft emails, summarize documents, answer questions about internal policies, and help with spreadsheets. It will have access to our internal knowledge base but not to client files unless employees paste content in.

Concerns raised by leadership and our legal team: employees pasting confidential client information into the tool; people relying on the assistant's answers without checking them, especially on tax or regulatory questions; use of AI-generated content in client deliverables without disclosure; and the risk of the tool being manipulated by content in documents, like instructions hidden in a pasted file. There's also concern about bias in things like drafting performance reviews.

I'd like the guidelines to be short enough that people actually read them (two pages at most), practical, with clear dos and don'ts and examples, and not so restrictive that nobody uses the tool.

Could you help me draft the guidelines with sections such as what the tool is for, what not to put in, how to check outputs, disclosure to clients, and how to report problems? I'd also appreciate suggestions for a short training session to go with it.""",
"""I'm writing a non-fiction book about the history of my hometown, a small mill town in the north of England, and I'd love advice on structure. I've been researching for two years and I'm drowning in material.

I have: hundreds of old photos from the local archive; oral history interviews with about 30 older residents; records from the mill, which operated from 1820 to 1978; newspaper archives; and a lot of material about specific events, like a big strike in 1911, a flood in 1930, the arrival of Pakistani and Bangladeshi families in the 1960s and 70s who worked in the mill, and the mill's closure.

I'd like the book to appeal to local people and to general readers interested in social history. I want it to be lively and human rather than a dry chronology. But I can't decide how to organize it: chronologically, by theme (work, religion, migration, leisure), by place (streets, buildings), or by telling the story through a few families across generations.

My publisher (a small regional press) wants about 80,000 words.

Could you outline the pros and cons of different structures, and suggest a possible table of contents? I'd also love advice on how to weave oral history into the narrative without it feeling like a list of quotes, and how to handle sensitive topics like racism during the 1960s and 70s respectfully.""",
"""I'm hoping to get some advice on how to handle burnout as a small business owner.

I run a graphic design studio with three employees. We've been busy this year, which is great, but I've been working 60-70 hour weeks for months. I handle client relationships, sales, invoicing, project management, and I still do a lot of the design work myself because I'm the most experienced designer. I haven't taken more than two days off in a row since last Christmas.

I'm exhausted, I'm snapping at my partner, and I've started to dread opening my email. I used to love design, but now it feels like a chore. My employees are great, but they're relatively junior and I don't feel I can leave them in charge.

I know the obvious answer is "delegate more" or "hire someone," but I'm not sure how. Our margins are decent but not huge. I've thought about hiring a studio manager or a senior designer, but I'm worried about the cost and about losing control of quality.

Could you help me think through what to delegate, what kind of hire would help most, and how to make the business less dependent on me? I'd also like advice on taking a proper holiday (two weeks) without everything falling apart. And any tips on setting boundaries with clients who expect me to reply at all hours would be welcome.""",
"""I'd love some help planning a gap year travel route. I'm 19, finishing a year of working and saving before university, and I have about £6,000 and four months.

I'd like to travel around Southeast Asia, starting in Bangkok. I'm interested in: culture and history (temples, markets, museums), nature (beaches, jungle trekking, maybe diving), and meeting other travelers. I'm vegetarian. I'm traveling alone, which I'm excited about but also a bit nervous. My parents are worried, especially about safety and me getting sick.

Countries I'm thinking about: Thailand, Laos, Vietnam, Cambodia, maybe Malaysia or Indonesia. I'd like to avoid rushing; I'd rather see fewer places properly. I'd also like to spend a few weeks volunteering somewhere, but I've read a lot about unethical volunteering projects ("voluntourism"), especially with orphanages and animals, and I want to avoid those.

Could you suggest a rough route, with how long to spend in each place? How far would £6,000 go, including flights? What should I know about visas, vaccinations, and travel insurance? And how can I find ethical volunteering or work exchange opportunities? Any tips to reassure my parents would also be great!""",
"""I'd like feedback on this proposal I'm about to send to my manager, asking to work a compressed week (four longer days instead of five). I'm not sure if it's persuasive enough.

"Hi Sarah,

I'd like to propose a change to my working pattern. I'd like to work my full 37.5 hours over four days (Monday to Thursday, 8:00 to 18:00 with a 30-minute lunch break), with Fridays off.

The main reason is that I'm caring for my father, who has Parkinson's disease, and Fridays are when he has most of his medical appointments. At the moment, I'm using annual leave or making up hours in the evenings, which isn't sustainable.

I believe this pattern would work well for the team. Fridays are generally our quietest day, and my main projects don't have Friday deadlines. I'd make sure my calendar and out-of-office reflect the change, and I'd be happy to be contactable for genuine emergencies. Tom has agreed to act as a backup for my accounts on Fridays, and I'd do the same for him when he's on leave.

I'd suggest a three-month trial, after which we could review how it's going.

Thanks for considering this.

Best,
Alex"

Is there anything missing that she might worry about? Should I mention the legal right to request flexible working, or is that too aggressive? And how should I prepare for the conversation if she has concerns?""",
"""Hi, I'd like advice on how to structure my PhD thesis. I'm in the final year of a PhD in sociology and I have three empirical chapters that were originally written as separate journal articles. My supervisor says I need to turn them into a coherent thesis with a strong "red thread," and I'm struggling.

The overall topic is how young people in rural areas experience precarious work. Chapter A uses survey data to map types of insecure work among 18-25 year olds in three rural regions. Chapter B is a qualitative study based on interviews with 40 young people about how insecure work affects their plans to stay or leave their hometown. Chapter C looks at how local employers talk about young workers, based on interviews with employers and policy documents.

Each chapter has its own literature review and theoretical framing, which overlap a lot. Chapter A uses quite a quantitative, labor-market framing. Chapters B and C draw on theories of place attachment and "youth transitions."

I need to write an introduction, a literature review/theory chapter, a methods chapter, and a conclusion that tie everything together. I'm not sure how much to rewrite the empirical chapters, or how to avoid repetition.

How would you approach this? What questions should I ask myself to find the red thread? And what might a good overall structure look like?""",
"""I'm the organizer of a monthly book club (about 10 members, all adults, mixed ages) and I'd love some fresh ideas. We've been going for five years and things have become a bit stale.

The way it works now: someone picks a book, we meet at someone's house, we talk about it for about an hour and then chat about other things. Lately, attendance has dropped, and people often admit they haven't finished the book. Some members prefer literary fiction, others like crime novels or non-fiction, and there's been some tension about book choices. A couple of members dominate discussions, and quieter people rarely speak.

I'd like to keep the friendly, relaxed atmosphere, but make the club more engaging. I've thought about themes for the year, picking books by vote, shorter books, or occasionally meeting at a café or going to an author event together. I'd also like the discussions to be more structured, without making it feel like school.

Could you suggest some ways to refresh the club? How could we choose books more fairly? What are some discussion formats that encourage quieter members to contribute? And do you have any suggestions for books that tend to generate good discussions among a mixed group?""",
"""I'd like help writing an apology to a colleague. I made a mistake and I want to handle it well.

I'm a project coordinator at an events company. Last week, during a meeting with a client, I said something I regret. The client was unhappy about a delay with the venue booking, and I said, "I'm sorry, that's on our venue team, they didn't confirm in time." The venue team is one person, my colleague Maya, who wasn't in the meeting. In fact, the delay was partly my fault, because I sent her the final guest numbers late. The client then emailed our director to complain about the venue team, and Maya was called into a meeting about it.

Maya found out I'd blamed her and is understandably upset. She's been short with me since and is avoiding me in the office. I feel terrible. I've already told our director the full story, but I haven't properly apologized to Maya yet.

I'd like to apologize to her in person, and maybe follow up in writing. I want to take full responsibility without making excuses, and without making it about my feelings. I'd also like to ask if there's anything I can do to fix things, including with the director and the client.

Could you help me figure out what to say, and what not to say? And how can I rebuild trust with her over time?""",
"""I'm a parent governor at a primary school and I've been asked to help write the school's new homework policy. I'd love help balancing different views.

Currently the school gives homework every week: spelling lists, times tables, and a worksheet linked to class topics, plus daily reading. A recent parent survey showed very mixed views. About 40% of parents want more homework, saying it helps children practice and prepares them for secondary school. About 35% want less or none, saying it causes arguments at home and that children are tired after school. The rest were neutral. Teachers say marking worksheets takes a lot of time and many are returned incomplete or clearly done by parents.

The head teacher has said she'd like a policy that's based on evidence, fair to families with less time or resources, and manageable for teachers.

I've read a bit about research suggesting that homework has limited benefits in primary school, except for reading and practicing basic skills. I've also seen schools use "project menus," where children choose from a list of creative activities over a term.

Could you help me outline a draft policy that might work for our school, including the rationale, what homework would look like for different year groups, expectations of parents, and how we'd review it? And how can we communicate it to parents who want more homework, so they don't feel their concerns have been ignored?""",
"""Could you continue this opening scene for my cozy mystery novel? I'd like another 300 words or so, introducing the detective character (a retired librarian named Agnes) and ending with her noticing a small clue.

The body of Reginald Thorne was discovered on a Tuesday, in the rose garden of the Lower Whitcombe Horticultural Society, by the vicar's wife, who had come to deadhead the floribundas.

This was, everyone agreed afterward, extremely inconsiderate of Reginald. The annual Rose Show was on Saturday, and now half the garden was wrapped in police tape, and the other half was trampled by the boots of officers from the county town who did not know the difference between a climber and a rambler and clearly did not care.

By eleven o'clock, the whole village knew. By noon, there were six competing theories in the Post Office queue. Reginald had been the Society's treasurer for twenty-two years, and he had not been a popular man. He was pedantic, tight-fisted, and had a habit of disqualifying entries for the smallest breach of the rules. Last year, he had disqualified Mrs. Pennywhistle's prize-winning Gertrude Jekyll because the stem was two centimeters too short, and she had not spoken to him since.

Detective Inspector Marsh, who had been sent from the county town and who was already regretting it, stood at the edge of the rose garden with his hands in his pockets and a look of deep unhappiness. He had a headache. The vicar's wife had already given him a statement that lasted forty minutes, most of it about aphids.""",
"""I need help writing a message to a group of parents, and I'm worried about the tone.

I coordinate a carpool for our kids' Saturday swimming lessons. There are five families, and each of us is meant to drive one Saturday a month on a rota. It has been working well for a year. But recently, one family has missed their turn three times, with messages sent very late, like on Saturday morning, saying they can't make it. Each time, someone else has had to cover at short notice. Last week, nobody could cover, and two kids missed their lesson.

The other parents are frustrated and have been messaging me privately, asking me to "do something." I don't want to single out the family in the group chat, because I don't know what's going on in their lives, and I don't want to embarrass them. But I also need to make sure the carpool is reliable.

My idea is to send a general message to the group reminding everyone of how the rota works and suggesting a simple rule, like letting the group know by Thursday evening if you can't drive, and arranging a swap yourself. Then, separately, I'd send a private, kind message to the family that has been missing their turns.

Could you help me draft both messages? I'd like the group one to feel friendly and not passive-aggressive, and the private one to be understanding but clear.""",
]
FAMILY = "long_multi_paragraph"
