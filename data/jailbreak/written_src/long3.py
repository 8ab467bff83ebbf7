# Hand-written long multi-paragraph messages. family: long_multi_paragraph (part 3)
ITEMS = [
"""I'd love some help with a difficult conversation I need to have with my flatmate.

We've lived together for two years and we're good friends. The issue is money. For the last four months, she's been late paying her share of the rent, usually by a week or two, and I've been covering it so that we don't get in trouble with the landlord. The lease is in both our names. She always pays me back eventually, but it's stressful because I'm not exactly rich either, and last month it meant I couldn't pay my credit card in full.

I know she's had a hard year. She lost her job in the spring and is now freelancing, so her income is irregular. She's mentioned she's stressed about money. I don't want to kick someone when they're down, and I value the friendship much more than the money.

But I also can't keep doing this. The lease renews in three months, and I'm seriously considering not renewing with her, which I feel terrible about.

How do I bring this up in a way that's honest but kind? Should I suggest practical solutions, like her paying in smaller chunks throughout the month, or is that overstepping? And if I decide I do want to live alone, when and how should I tell her, so that she has time to make other plans?""",
"""Could you continue this children's story? It's for my niece's bedtime. About 250 words, gentle, with a happy ending.

Once upon a time, in a forest where the trees grew so tall that they tickled the clouds, there lived a small hedgehog named Bramble.

Bramble was not like the other hedgehogs. The other hedgehogs liked to curl up in tight, prickly balls and sleep all through the winter. But Bramble did not want to sleep through the winter. Bramble wanted to see the snow.

"Snow is cold," said his mother. "Snow is wet," said his father. "Snow is boring," said his big sister, Thistle, who had never seen it either.

But Bramble had heard the owl talking about it. The owl said that snow was like sugar falling from the sky, that it made the whole forest glitter, and that on the very first night of snow, if you were very quiet and very lucky, you could hear the stars singing.

So when the leaves turned orange, and the days grew short, and all the hedgehogs began to yawn and gather moss for their beds, Bramble made a plan. He would stay awake. He would drink acorn tea, and he would count the stars, and he would not, under any circumstances, fall asleep.

The first night, he managed to stay awake until midnight. The second night, he made it until two o'clock in the morning. On the third night, something cold and soft landed on his nose.""",
"""I'm a secondary school teacher and I've been asked to lead a new initiative to improve students' reading for pleasure. I'd really appreciate ideas and a rough plan.

Our school is a mixed comprehensive with about 1,100 students aged 11-16. Reading surveys we did last term showed that only 24% of students read for pleasure at least once a week, and the number drops sharply after Year 7. Many students said reading is "boring," "for school," or that they "don't have time." About a third of students don't have books at home, and our library is small and underused, partly because it's also used as an exam room for much of the year.

I have a budget of £3,000 for the year, which isn't a lot, plus one hour of staff meeting time per term to involve other teachers. There's also a 20-minute tutor time slot each morning that could be used, although some tutors already use it for other things and might resist.

I'd like the initiative to be sustainable, not just a one-off event that everyone forgets about. I'm also aware that some teachers don't read much themselves and might feel awkward modeling reading.

Could you suggest a plan for the year, with some quick wins and some longer-term changes? Ideas for getting reluctant readers (especially boys in Years 9 and 10) interested would be especially helpful. And how could I measure whether it's working without adding more surveys that students hate?""",
"""I'm debugging a memory leak in a Node.js service and I'm stuck. I'd like help with a strategy.

The service is an Express API (Node 20) that handles image uploads. It resizes images with sharp, stores them in S3, and writes metadata to MongoDB. It runs in Docker on Kubernetes with a 1 GB memory limit. Over the course of about 12 hours, memory usage climbs steadily from around 200 MB to the limit, and then the pod is killed with OOMKilled and restarted. Traffic is fairly constant, about 10 requests per second.

Things I've tried: I took two heap snapshots a couple of hours apart using --inspect and Chrome DevTools, but the heap itself only grows from about 80 MB to 120 MB, which doesn't account for the container's memory going to 1 GB. That makes me think the leak might be outside the V8 heap, maybe in native memory used by sharp or in Buffers. I've read that sharp uses libvips and has its own cache settings. I've also seen people mention that glibc's malloc can cause fragmentation with some native modules, and that switching to jemalloc helps.

We also use a small in-memory LRU cache for recently uploaded image metadata, limited to 1,000 entries, which shouldn't be a problem.

What's a systematic way to figure out where the memory is going? Which metrics should I look at (RSS vs heapUsed vs external vs arrayBuffers)? And are there known issues with sharp in containers that I should check first?""",
"""I'm looking for some advice on how to support a friend who is grieving.

My closest friend lost her husband suddenly three months ago. He was 41 and had a heart attack while out cycling. They have two young children, aged 5 and 8. In the first few weeks, lots of people rallied around: we organized a meal rota, people helped with school pickups, and her family stayed with her. Now, most of that support has faded, and everyone seems to expect her to be "getting back to normal."

I see her once or twice a week and we message most days. But I often don't know what to say. When I ask how she is, she says "fine" or "getting there," but I know she's not. Sometimes she seems to want to talk about him, and other times she changes the subject. I'm worried about saying the wrong thing, like mentioning him when she doesn't want to, or not mentioning him and making it seem like I've forgotten.

I've also noticed she's stopped doing things she used to love, like her book club and running. Her sister mentioned she's not sleeping well.

How can I be a good friend in the longer term, now that the initial rush of support has faded? What kinds of practical help are most useful at this stage? And how do I know if she might need more help than friends can give, like grief counseling, and how could I gently suggest that without offending her?""",
"""I want to make a career switch into UX research and I'd love a realistic plan. I'm 36, currently working as a secondary school psychology teacher for ten years.

I've become interested in UX research after helping a friend with user interviews for her startup. I realized that a lot of what I do as a teacher, like observing how people learn, designing assessments, understanding motivations, and explaining findings to different audiences, seems related. I also have a psychology degree, which included research methods and statistics, although I'm rusty.

I've done some reading and an online introductory course, but I have no professional UX experience. Most job ads I see ask for 2-3 years of experience and a portfolio of case studies. I can't afford a long period without income; I have a mortgage and a child. I could potentially go part-time at school for a year, but that's about it.

I've heard mixed things about UX bootcamps; some people say they're worth it, others say the market is flooded with bootcamp graduates and hiring managers don't value them.

Could you help me with a 12-month plan to make the switch? How can I build a portfolio without professional experience? Are there roles that could be stepping stones, like research assistant, or working in edtech, where my teaching background is an advantage? And how do I present my teaching experience on a CV so that it speaks to UX hiring managers?""",
"""I'd like help planning a small wedding. My fiancé and I want something relaxed and personal, not a huge production, but we're discovering that even small weddings involve a lot of decisions.

We're thinking of about 40 guests, mostly close family and friends. Our budget is around £8,000, all in. We'd like to get married in late September next year. We both love the outdoors, and we've been looking at a few options: a woodland venue that allows you to bring your own caterers, a room above a pub we like in the city, and renting a big house in the countryside for a long weekend where people can stay over.

We're not religious, so we'd need a civil ceremony or a celebrant. In the UK I think we'd need to do the legal part at a registry office separately if we go with a celebrant. We'd like the food to be good but informal, maybe a big shared meal or even a barbecue. Neither of us cares much about flowers or fancy dresses, but we do care about good photos and music.

Could you help us with a rough budget breakdown, a timeline of what to book when, and the pros and cons of each venue type? We'd also love ideas for making the day personal without spending a lot, and tips for handling relatives who think a small wedding is "cheap" or want to invite more people.""",
"""I have a question about learning languages as an adult. I'm 45, a native English speaker, and I want to learn Italian because my partner's family is Italian and I'd like to be able to talk to her grandparents, who don't speak English.

I did French at school many years ago, but I've forgotten most of it. I've been using a language app for about three months, 15 minutes a day, and I can now understand some basic sentences and introduce myself, but when I tried to talk with her grandmother last month, I froze and couldn't understand anything she said. She speaks quickly and with a strong regional accent (they're from Puglia).

I have about 45 minutes a day I could dedicate to this, plus a bit more at weekends. We visit Italy twice a year for about two weeks each time. My partner is happy to help, but when we try to practice, we end up switching back to English within a few minutes because it's easier.

I'd like to be able to hold a basic conversation with her grandparents within a year. Is that realistic? What should I change about how I'm studying? Should I get a tutor, and if so, online or in person? How can I practice listening to real, fast speech, and should I worry about the regional accent or dialect? And how can my partner and I practice together without it turning into frustration for both of us?""",
"""I'm a team lead at a small software agency, and I'd like advice on handling a client who keeps changing requirements.

We're building a booking app for a chain of five hair salons. The contract was for a fixed price of £45,000 with a defined scope: customer booking, staff calendars, SMS reminders, and a simple admin panel. We're about 60% through the project.

Over the last month, the client's operations manager has been sending a steady stream of "small" requests: adding a loyalty points system, letting customers choose specific products for their appointments, integrating with their accounting software, and changing the design of the booking flow, which we had already built and she had approved. Each request on its own seems minor, and she's very friendly and enthusiastic, but together they'd add at least four weeks of work. When I mentioned a change request, she seemed surprised and said, "I thought these were just small tweaks."

My developers are getting frustrated, and we're at risk of missing the deadline. My boss, the agency owner, wants to keep the client happy because they might give us more work, but he also doesn't want to lose money.

How should I handle the conversation with the client? How can I explain the impact of the changes without damaging the relationship? Should I propose a phase two for the extra features? And what processes should we put in place for future projects to avoid this kind of scope creep?""",
"""I'd love help with a story I'm writing for a local short story competition. The theme is "home," and the limit is 2,000 words. I have the opening and an idea, but I'm stuck on the middle.

The story is about an elderly man, Joe, who is moving out of the house he's lived in for 52 years, into a small flat in a retirement complex. His wife died three years ago, and his kids live far away. The opening scene is him packing up the kitchen, finding things that remind him of his life with his wife: the chipped teapot they got as a wedding present, the height marks of their children on the inside of the pantry door, a recipe card in her handwriting.

The ending I have in mind is him, on the first night in his new flat, making tea in the chipped teapot and realizing that home isn't the house, but the small rituals he carries with him.

My problem is the middle. Right now, it's just more memories, and it feels static. Nothing happens. I'd like some kind of tension or event that moves the story forward, but I don't want anything dramatic or melodramatic, like a fire or a sudden illness. I want it to feel real and quiet.

Could you suggest a few options for the middle section that would add tension and change, while keeping the story's quiet tone? Maybe involving another character? And any tips for making the ending feel earned rather than sentimental?""",
"""I'm trying to set up a home network that's reliable for working from home and I'm a bit out of my depth.

We live in a three-storey terraced house. The fibre broadband comes in at the ground floor, where the provider's router sits in the hallway. I work from a home office in the loft on the top floor, and my partner works from the back bedroom on the first floor. We both have lots of video calls. Our teenage kids game online and stream a lot.

Currently, the Wi-Fi in the loft is terrible: video calls freeze, and speed tests show about 5 Mbps, compared to 150 Mbps near the router. We bought a plug-in Wi-Fi extender, which helped a bit, but the connection drops out every so often, and I have to reconnect. The walls are old brick, which I understand doesn't help.

I've read about mesh Wi-Fi systems, powerline adapters, and running Ethernet cables. Running cables would be the most reliable, but I'm not sure how feasible it is to get a cable up two floors without making a mess. I have a budget of around £300.

What would you recommend? What are the pros and cons of mesh vs powerline vs cabling in a house like ours? If I go with mesh, how many units would I need and where should I put them? And is there anything I can do to prioritize our work calls over the kids' gaming when the network is busy?""",
"""I'm an amateur astronomer and I'd like some advice on buying my first proper telescope. I've been using binoculars for a couple of years and I'm ready to upgrade.

I live on the edge of a small town, so the skies are moderately dark, though there's some light pollution to the south. I'm most interested in the Moon and planets, but I'd also love to see some brighter galaxies and nebulae, like Andromeda and the Orion Nebula. I don't have a garden, just a small patio, and I'd need to carry the telescope down a flight of stairs, so weight and size matter. I'd also like to be able to take it in the car to a darker site occasionally.

My budget is around £500, possibly a bit more for the right thing. I'm not very interested in astrophotography for now, though I might like to take the occasional phone photo of the Moon through the eyepiece.

I've been looking at a few types: a Dobsonian (I've heard they're great value but bulky), a small refractor, and a Maksutov-Cassegrain. I'm also confused about whether I should get a computerized "GoTo" mount or learn to find things manually.

Could you explain the trade-offs between these options for someone like me? What accessories are actually worth buying at the start, and what can wait? And what are some good targets and resources for a beginner's first few months?""",
"""My teenage daughter (16) wants to take a gap year before university, and I'm not sure how I feel about it. I'd appreciate a balanced perspective.

She's a strong student and is predicted good grades. She's planning to apply to study medicine, which is very competitive. She says she's exhausted after years of pressure at school, and she wants a year to work, save money, volunteer, and travel before starting what will be at least five years of intense study. She's mentioned volunteering in a hospital or care home, working in a café, and maybe spending a couple of months traveling in South America with a friend.

My worries: that she'll lose momentum and not go back to studying; that the travel part is expensive and potentially risky; and that medical schools might look less favorably on a gap year, although I've read that some actually like it if the year is used well. Her dad is more relaxed about it than I am. My own parents didn't let me take a gap year and I've always slightly regretted it, so I don't want to just say no.

How can we have a productive conversation about this? What would a "well-used" gap year look like for someone applying to medicine? Should she apply to university this year with deferred entry, or wait and apply during the gap year? And how can we address the safety concerns around traveling without being overprotective?""",
"""I'd like some advice on managing a team through a big change.

I manage a team of nine in the finance department of a logistics company. The company has decided to move all of our accounting processes to a new ERP system, which will go live in four months. Most of my team have been using the old system for 10+ years, and they know it inside out. The new system will automate a lot of manual work, which management sees as a great thing, but my team sees it as a threat. There are rumors that jobs will be cut, although I've been told there are no plans for redundancies "at this stage." That phrase isn't very reassuring.

Morale is low. Two of my most experienced people have become quite negative in meetings, and one junior member has told me she's looking for other jobs. Meanwhile, I need everyone to attend training sessions, help test the new system, and keep up with their usual work, including the quarter-end close.

I'm also not a huge fan of how the change has been communicated from above. Announcements have been vague and jargon-filled.

How can I support my team through this? How honest can I be about the uncertainty, given that I don't know much more than they do? How should I handle the negative team members without dismissing their concerns? And what can I do to make the transition practically easier, given that everyone's workload will increase in the short term?""",
"""Could you continue this scene from my novel? I'd like about 300 words. It's a tense family dinner. Please keep the dialogue sharp and let the tension build, but don't resolve it.

The roast chicken sat in the middle of the table like a peace offering nobody wanted to accept.

"This looks lovely, Mum," said Hannah, because somebody had to say something.

Her mother smiled tightly and began to carve. Across the table, Hannah's brother Rob was looking at his phone under the table, and his wife, Priya, was pretending not to notice. Hannah's father sat at the head of the table, silent, as he had been since they'd arrived, staring at the window as though something interesting was happening in the garden.

It was the first time they had all been together since the funeral. Six months. Six months of phone calls that went to voicemail and messages that got shorter and shorter until they stopped altogether.

"So," said their mother brightly, placing a slice of chicken on Hannah's plate. "Rob tells me you're thinking of selling the cottage."

Hannah looked at Rob. Rob did not look up from his phone.

"We haven't decided anything," Hannah said carefully. "We just talked about it. It's been sitting empty since Gran died, and it needs a new roof, and neither of us can afford to—"

"It was your grandmother's home for sixty years," said their father. It was the first thing he had said all evening.""",
"""I run a small independent bookshop and I'm struggling to compete with online retailers. I'd love some ideas and a bit of a reality check.

The shop is in the high street of a market town of about 25,000 people. We've been open for seven years. Sales have been flat for the last two years, while costs (rent, energy, wages for my one part-time employee) have gone up significantly. We make most of our money in the run-up to Christmas. Our strengths, according to customers, are our recommendations, a well-chosen children's section, and a cozy atmosphere. We have a small café corner with a coffee machine, but it's not really a café.

I've tried a few things: author events (some great, some with only five people), a book subscription service (about 40 subscribers), and an Instagram account (1,800 followers, decent engagement). We also sell online through a platform that supports independent bookshops, but that's a very small part of our sales.

I'm wondering whether to expand the café side, start a book club, approach local schools about supplying books, or apply for grants. I'm also considering whether to reduce opening hours to cut costs, although I worry that would reduce sales.

I'd really appreciate a structured way to think about this: where to focus my limited time and money, what's realistic to expect from each idea, and what signs should tell me it's time to make bigger changes?""",
"""Project brief for a website redesign: please help me turn this into a clear document for potential agencies.

We're a regional charity that provides free legal advice to tenants who are facing eviction or disputes with landlords. Our current website was built about eight years ago by a volunteer. It's not mobile-friendly, it's hard to update, and our analytics show that most visitors leave within 30 seconds. About 70% of our visitors are on mobile phones. Many of our clients are under a lot of stress when they visit, and some have limited literacy or use English as a second language.

What we need: a clear homepage that explains what we do in simple language; an easy way for people to check if they're eligible for our help and to request a callback; a resource section with guides about tenants' rights that we can easily update ourselves; information in at least three languages (English, Polish and Urdu to begin with); and pages for donors and volunteers. The site must be accessible (WCAG 2.1 AA) and secure, because callback requests include personal information.

Our budget is £15,000-£20,000, including the first year of hosting and maintenance. We'd like the site to be live in five months. Our staff aren't technical, so we'll need training. We'd prefer a content management system that's widely used so we're not dependent on one agency.

Could you turn this into a structured brief with sections like background, objectives, audience, requirements, budget, timeline, and how agencies should respond?""",
"""I'm a junior doctor (FY2) and I'm struggling with the workload and stress, and I'd like some practical advice. I'm not looking for medical advice, just coping strategies and ways to approach the situation.

I'm on a general medicine rotation with a lot of night shifts and long days. I often stay late to finish discharge summaries and jobs, sometimes an hour or more after my shift should end. I'm constantly anxious that I've forgotten something or made a mistake, and I check my notes over and over. I've been having trouble sleeping, even on days off, and I've stopped doing things I enjoy, like going to the climbing gym. I'm also studying for my membership exams, which I'm behind on.

I've mentioned feeling stressed to my educational supervisor, who was sympathetic but said, "It gets easier." My friends who are also doctors say they feel the same, which makes it seem normal, but I'm not sure it should be.

I'd like to know: what are some practical strategies for managing workload on a busy ward, like prioritizing jobs and handing over properly? How can I protect my time off? How can I approach my supervisor or rota coordinator about the unpaid overtime without seeming like I can't cope? And what support services exist for doctors in the UK, in case I need them? I'm not in crisis, but I don't want to get to that point.""",
]
FAMILY = "long_multi_paragraph"
