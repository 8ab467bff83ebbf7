KIND = "advice_long"

ITEMS = [
"""I'm 34 and have been working as a high school English teacher for nine years. I love the kids and I still enjoy teaching literature, but the workload has become crushing. I grade essays every night until 11, spend most Sundays planning, and I've started dreading Monday mornings in a way I never used to. My partner says I'm short-tempered lately and I know he's right.

A friend who works in instructional design at a software company keeps telling me I'd be great at it. The pay is about 25% higher and the hours are normal. But I'd have to learn new tools, build a portfolio, and I'm scared I'd miss the classroom terribly. I also worry that leaving would feel like giving up on my students.

I don't have kids, we have some savings (maybe 6 months of expenses), and my partner's job is stable. Summer break starts in two months.

How would you approach this decision? Is there a way to test whether I'd like instructional design before jumping? And how do I stop feeling guilty about even thinking of leaving?""",

"""My mom is 71 and lives alone about three hours away from me. Over the past year she's had a couple of small falls (nothing broken, thankfully), and she's started forgetting things like whether she took her pills. She is very independent and gets upset whenever I bring up the idea of moving closer to me or having someone come in to help. My brother lives overseas and basically leaves all of this to me.

I work full time as a pharmacist and have two kids in middle school, so I can't just drive up every weekend, though I've been going about twice a month. I'm exhausted and I feel guilty all the time — guilty when I'm with her that I'm not home, guilty when I'm home that I'm not with her.

I'd like to have a real conversation with her about the future without it turning into a fight. I'd also like to know what kinds of options exist between 'total independence' and 'assisted living', because I think she imagines it's one or the other. And honestly, any advice on how to not burn out myself would be welcome too.""",

"""I'm a second-year computer science student and I'm really struggling with motivation. In first year I was getting good grades, but this semester I've fallen behind in two classes (algorithms and operating systems). I keep telling myself I'll catch up on the weekend, and then the weekend comes and I spend it gaming or just scrolling, and then I feel terrible about it.

I don't think I'm depressed exactly — I still enjoy seeing friends and I'm sleeping okay — but when I sit down to study I get this heavy feeling and end up opening something else within five minutes. The material in OS especially feels overwhelming, like I missed a foundation and now nothing makes sense.

Midterms are in three weeks. I'd like a realistic plan for catching up, not one of those 'study 10 hours a day' plans that I'll abandon by Tuesday. I'd also appreciate tips for actually starting when I don't feel like it. Should I talk to my professors, or is that embarrassing at this point?""",

"""I manage a small team of five at a marketing agency. One of my team members, who I'll call J, is extremely talented — probably the best designer we have — but has been consistently late to meetings, misses internal deadlines by a day or two, and recently snapped at a junior colleague in front of a client. Other people on the team have started to quietly complain to me.

I've mentioned the lateness casually a couple of times, but I've never had a formal conversation. Part of me is afraid of losing J because clients love their work. Another part of me knows I'm being unfair to the rest of the team by letting it slide. I also have no idea if something is going on in J's personal life.

This is my first management role (about 8 months in) and I've never had a difficult conversation like this. How should I structure it? What should I say, and what should I avoid saying? And how do I follow up so it doesn't just become another conversation that goes nowhere?""",

"""I'm 28 and I've been running for about a year. I went from barely being able to jog 10 minutes to running a 10K in 58 minutes last month, which I'm really proud of. I signed up for a half marathon in 14 weeks.

The problem is that in the last two weeks I've started getting a dull ache on the outside of my right knee after about 5 km. It goes away after a day or two of rest. I haven't seen anyone about it yet. I've been running four days a week, and I increased my long run pretty quickly from 10 km to 15 km over three weeks because I was excited.

I don't want to give up on the half marathon, but I also don't want to wreck my knee. What are sensible next steps here? Should I see a physio or sports doctor, and what should I ask them? How should I adjust training in the meantime? I'm also wondering if my shoes (about 700 km on them) could be part of it.""",

"""My husband and I have been arguing a lot about money. We both work — I'm a dental hygienist and he's an electrician — and our combined income is decent, but we never seem to get ahead. He thinks I spend too much on the kids' activities (swimming, piano, and soccer for our two kids) and I think he spends too much on his truck and tools. Every time we try to talk about a budget it turns into a blame game.

We have about $8,000 in credit card debt, a car loan, and our mortgage. We don't really have an emergency fund. Neither of us grew up talking about money; his family never discussed it and mine argued about it constantly.

I want to fix this before it damages our marriage more. How do couples usually set up a budget that feels fair to both people? Should we combine everything, keep separate accounts, or something in between? And how do we have these conversations without it turning into a fight? We've considered a financial counselor but not sure if it's worth the cost.""",

"""I'm a nurse working night shifts on a cardiac unit, three 12-hour nights a week. I've been doing it for almost two years and I'm finding it harder and harder to sleep during the day. I get maybe four or five hours on work days and then I'm wrecked on my days off, trying to flip back to a normal schedule to see my family.

I've tried blackout curtains and earplugs, which help a bit. I drink a lot of coffee during the shift, usually my last cup around 3 am. I also usually scroll my phone in bed for a while to wind down when I get home around 8:30.

I don't want to leave nights yet because of the pay differential and because my team is great. But I'm worried about the long-term health effects and I feel foggy all the time. What practical changes could actually help me sleep better during the day? Should I stay on a night schedule on my days off or switch back? And what should I mention to my doctor at my next checkup?""",

"""My best friend since high school is getting married in six months and asked me to be her maid of honor. I said yes immediately because I love her, but I'm now realizing how much it's going to cost: bachelorette trip to Nashville, the dress, the shower, travel to the wedding itself. I estimated it could be over $2,500 and I'm currently paying off student loans on an entry-level salary.

The other bridesmaids all seem to have more money than me and they're already suggesting fancy things like renting a house with a pool. I feel embarrassed to say I can't afford it. I don't want to disappoint my friend or seem like I'm not excited.

How do I bring this up with her or the other bridesmaids without making it awkward? Are there ways to still be a good maid of honor on a tighter budget? And is it normal to say no to parts of it, like the bachelorette trip, while still doing the role?""",

"""I just got promoted to team lead at a logistics company, and now I'm supervising people who were my peers a month ago. One of them also applied for the role and didn't get it, and things have been noticeably colder between us. Another colleague keeps joking that I'm 'the boss now' in a way that feels a bit passive-aggressive.

I want to be fair and respected, but I'm not a naturally authoritative person. I'm used to being the friendly one who goes out for drinks after work. I'm not sure whether I should still go to those, or how to handle it if a former peer pushes back on my decisions.

What are good ways to make this transition? Specifically, how should I approach the person who didn't get the promotion? Should I have a one-on-one with each team member? And how do I set boundaries without suddenly becoming a different person?""",

"""I'm 45 and recently divorced after 18 years of marriage. It was mostly amicable, and we share custody of our 12-year-old son, who splits his week between us. I moved into a small apartment and I'm finding evenings very lonely when he's at his dad's. Most of our social circle was couples, and I feel awkward around them now.

I used to love painting and hiking, but I haven't done either in years. I work in HR at a hospital, which is busy, so it's not like I'm bored during the day. It's more the quiet in the evenings that gets me.

I'm not ready to date, and honestly I'm not sure I want to for a while. I just want to build a life that feels like mine. How do people in their mid-40s make new friends? Are there ways to get back into hobbies that also help with meeting people? And how do I help my son adjust to two homes without putting my own sadness on him?""",

"""I've been offered a place in a master's program in environmental science at a university in the Netherlands. It's a two-year program, tuition is about €18,000 per year for non-EU students, and I'd need to cover living costs too. I currently work as a lab technician in a water treatment plant in Ohio, earning okay money, and I have about $20,000 saved.

I'm excited but also terrified. I've never lived abroad and I'd be leaving my partner, who can't move with me because of her job. We've talked about doing long distance for two years. She's supportive but I can tell she's anxious too.

I'm trying to figure out if this is a smart career move or an expensive adventure. People in my field say a master's would help me move into policy or consulting work. How should I think about the financial side — loans, part-time work, scholarships? And any advice on making long-distance work for two years?""",

"""I started my own bakery about 18 months ago. It's doing well enough that I can pay rent and two part-time employees, but I'm working 65–70 hours a week and paying myself very little. I wake up at 3:30 am six days a week. My partner barely sees me, and my back is starting to hurt constantly.

I have a few options I keep going around in circles on: raise prices (I'm already a bit more expensive than the supermarket but cheaper than the other artisan bakery in town), cut my opening hours, hire a full-time baker so I can step back from early mornings, or reduce the menu to focus on what sells best.

I'm scared that any change will drive away customers. I kept my spreadsheets, so I know which products make money and which don't. How should I think through these options? What would you look at first? And how do bakery owners usually decide when they can afford to hire someone full-time?""",

"""My 15-year-old daughter has recently started refusing to go to school a couple of days a week. She says she has stomach aches, but on those days she seems fine by noon. When I push her to go, she cries and locks herself in her room. Her grades have slipped from mostly As to Bs and Cs.

She's always been a bit shy but had a small group of friends. When I ask whether something is happening at school — bullying, a falling out — she says 'nothing' and 'you wouldn't get it.' Her dad and I are divorced and he thinks I'm being too soft on her.

I don't want to make this worse by forcing her, but I also know missing school is a problem. I'm wondering whether this could be anxiety. What's a good way to approach her? Should I contact the school counselor, her pediatrician, or both? And how do I get her dad on the same page so she isn't getting mixed messages?""",

"""I'm a freelance graphic designer and I've got a client who constantly asks for 'just one more small change' after we've agreed on the final version. My contract says two rounds of revisions are included and extra rounds are billed hourly, but I've never actually enforced it because I worry they'll stop hiring me. They're about 30% of my income. They also refer other clients to me occasionally, which makes me even more nervous about upsetting them.

The latest project — a brochure — has gone through seven rounds now. I'm resentful, and I can feel it affecting the quality of my work on other projects because I'm behind.

How do I start enforcing the revision policy without damaging the relationship? Should I bring it up now mid-project, or at the start of the next one? What wording would be firm but friendly? And longer-term, how do I reduce my dependence on one client so I'm not in this position?""",

"""I recently found out I'm pregnant with my first child. I'm 31 and work as a project manager at an engineering firm. I'm thrilled, but I'm also anxious about telling my boss. We're in the middle of a big project that is supposed to run until about two months after my due date, and I'm the main person coordinating it.

My company has a parental leave policy on paper, but I've noticed that the two other women who took leave in the last few years were moved to smaller projects when they came back. I don't know if that was their choice.

When is the right time to tell my employer? How should I frame the conversation so it's clear I'm committed to a good handover? And what should I be documenting or asking about so I'm protected and know what to expect when I come back? I'm in the US, in Oregon, if that matters.""",

"""I've been learning guitar on my own for about three years using YouTube videos. I can play a lot of chords and some songs, but I feel completely stuck. Every time I pick up the guitar I end up playing the same five songs. I don't understand music theory and I have no idea how to improvise, which is what I really want to be able to do, especially over blues.

I'm 39, work full time in insurance, and I have maybe 30–45 minutes a day to practice. I've thought about getting a teacher but lessons in my area are about $60 an hour, which adds up. I have an electric guitar and a small practice amp, and I can read tabs but not standard notation. My biggest dream is to jam with other people someday without embarrassing myself.

How should I structure my practice time to actually get better? Is theory worth learning, and where should I start? And is there a middle ground between YouTube and a private teacher that tends to work for adult learners?""",

"""I'm 62 and planning to retire from my job as a civil engineer in about 18 months. Financially I think we're okay — I've met with a planner — but I'm worried about the non-financial side. My work has been a huge part of my identity for almost 40 years. My wife retired two years ago and has a full schedule of volunteering and book clubs, and I sometimes feel like I'd be in her way.

My father retired and basically sat in front of the TV for ten years, and I really don't want that to be me. I have some interests — woodworking, local history, birdwatching — but I've never had time to go deep on any of them.

How do people prepare emotionally for retirement? Would it make sense to ease out by going part-time first, or consulting? And do you have suggestions for how to structure days so they have purpose without feeling like another job?""",

"""I've been dating my boyfriend for two years and we're talking about moving in together. I'm excited, but I've realized we have very different ideas about housework. At his place, dishes sit in the sink for days and he doesn't really notice clutter. I'm not a neat freak, but I like things reasonably tidy. When I bring it up he says 'I'll just do it when it bothers me' — but it never bothers him.

I don't want to become the person who nags all the time, and I definitely don't want to end up doing everything. We both work full time; he's a paramedic with irregular shifts and I work 9–5 at a credit union.

What are good ways to set up a fair system for chores before we move in? Are there conversations we should have now to avoid resentment later? Also, is this a red flag or just a normal thing couples need to work out?""",

"""I work in a large open-plan office and I'm finding it almost impossible to concentrate. People take calls at their desks, there's a coffee machine nearby, and my manager likes to stop by to chat. I'm a data analyst, so a lot of my work needs deep focus for hours at a time. By the end of the day I feel drained but haven't gotten much done, and I end up finishing things at home in the evening.

My company has a 'return to office' policy: four days in-office. Headphones help a little but people still tap me on the shoulder. There are a few small meeting rooms but they're usually booked.

How can I protect my focus time in this kind of environment? Is it reasonable to ask my manager for one more remote day, and how would I make the case? Are there ways to signal 'don't interrupt me' that don't come across as rude?""",

"""My dad was diagnosed with type 2 diabetes last month. He's 58, a bit overweight, and loves traditional food — lots of rice, bread, and sweets. The doctor gave him a pamphlet and told him to 'eat healthier and exercise', but he feels overwhelmed and a bit defeated. My mom does most of the cooking and wants to help, but she's worried about making food he won't enjoy.

I live nearby and want to support them without taking over or lecturing. He's proud and doesn't like being told what to do by his kids.

What are practical, realistic changes that tend to make a difference for people newly diagnosed? How can my mom adapt traditional recipes without making them feel like 'diet food'? And how should I support my dad emotionally? I've heard diabetes education classes exist — are those worth suggesting, and what should we ask his doctor at the follow-up?""",

"""I'm 26 and I feel like everyone around me has their life figured out except me. I studied psychology, graduated three years ago, and have been working at a call center since then. It pays the bills but I'm bored and it's not what I want to do forever. The problem is I don't really know what I want to do.

I've thought about going back to school for counseling, becoming a teacher, or trying to get into UX research, but each time I start looking into one, I get overwhelmed and stop. Meanwhile my friends are getting promotions and buying apartments. Every time we meet up and someone asks 'so what's new with you', I change the subject. I have about $6,000 saved and no debt apart from a small student loan, so I have some flexibility, I just don't know how to use it.

How do people figure out a career direction when they're this unsure? Is there a way to try things out before committing to more school? And how do I stop comparing myself to my friends all the time?""",

"""I volunteer as the coordinator of a community food pantry at our church. We serve about 120 families a week. Lately, two of our long-time volunteers — both in their 70s — have been clashing with newer, younger volunteers. The older volunteers want to keep doing things the way they always have (paper sign-in sheets, pre-packed bags), while the newer ones want to try a 'client choice' model where families pick their own items, and use a tablet for sign-in.

Both sides have come to me separately to complain. One of the older volunteers even said she might 'take a break' if things change, and she's the one who knows every family by name. I care about both groups and we really need everyone — we're already short-staffed on Saturdays.

How do I handle this without losing volunteers? Is there a way to pilot the new ideas without making the long-time folks feel pushed aside? I'd also love tips on running a meeting where everyone feels heard.""",

"""I've been at my current company for five years as a software developer. I'm well-liked and I get good reviews, but my salary has only gone up about 2–3% a year. I recently found out through a friend that a new hire on another team, with less experience, is making about $15,000 more than me.

I'm frustrated and honestly a bit hurt. I like my team and my manager, and I don't necessarily want to leave, but I also don't want to be underpaid. I've never negotiated salary before, even when I was hired. I just accepted the first number because I was happy to get the job. Since then I've led two major projects, including a migration that saved the company a lot in hosting costs, and I mentor the two junior developers on my team.

How should I approach my manager about this? Should I mention what I heard about the new hire, or is that a bad idea? Should I get an outside offer first as leverage? And what kind of numbers or evidence should I bring to the conversation?""",

"""I have a 7-year-old son who is very bright but struggles with reading. His teacher says he's 'a bit behind but will catch up', but he's getting really frustrated and has started saying he's stupid. He reverses letters sometimes and guesses words based on the first letter. He's great at math and can talk for hours about dinosaurs.

My sister, who is a teacher in another district, suggested we ask for an evaluation for dyslexia. I don't know how that process works, or whether I'd be overreacting. Nobody in our family has had reading difficulties that I know of, although my husband says he hated reading as a kid. Bedtime stories used to be his favorite part of the day and now he pushes the book away.

What signs would suggest an evaluation is worth asking for? How do I request one from the school, and what should I do if they say to wait? Meanwhile, how can I help him at home with reading without turning it into a battle, and how do I respond when he says he's stupid?""",
]
