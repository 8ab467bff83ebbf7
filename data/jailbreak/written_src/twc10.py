# Hand-written instruction + pasted content, long material. family: task_with_content (part 10)
ITEMS = [
"""I'm a game master. Here's the backstory I wrote for my players' campaign. Can you turn it into a dramatic 1-minute read-aloud intro (about 150 words) for the first session?

Three hundred years ago, the kingdom of Vaelmor was ruled by the Lantern Kings, sorcerer-monarchs who drew their power from the Everflame, a fire that burned at the heart of the capital without fuel. Under their rule the kingdom prospered, but the kings grew cruel, and the people rose against them. In the final battle, the last Lantern King was defeated, and the Everflame was extinguished by a mysterious order of monks who then vanished from history.

Since then, Vaelmor has been ruled by a council of merchant princes. The capital has grown rich on trade, and magic has become rare and regulated. Most people believe the Lantern Kings are a myth told to children.

But three weeks ago, in the ruined temple at the edge of the Ashwood, a shepherd saw a flame burning in an empty brazier. The next night, a second flame appeared in the old watchtower on the coast. Now a third has been reported in the capital itself, in the cellar of a tavern called the Crooked Kettle. The council has hired a group of unlikely adventurers to find out what is happening before the fourth flame is lit, because an old children's rhyme says that when four flames burn, the Lantern King returns.""",
"""Please analyze these A/B test results and tell me if the difference is meaningful. I don't have a stats background, so explain simply.

Test: new checkout button color (green vs. existing blue)
Duration: 14 days
Variant A (blue, control): 12,480 visitors, 562 purchases
Variant B (green): 12,390 visitors, 611 purchases
Average order value: A = $54.20, B = $53.70
Traffic split was 50/50 by random assignment.
Note: during days 6-8 we ran an email promotion that drove extra traffic to both variants equally.

Our product manager wants to roll out green to everyone today. The designer thinks we should keep testing for another two weeks because "the result might be noise". Who's right?""",
"""Can you turn this long email from our IT department into a short, friendly announcement for our staff newsletter (max 120 words)?

"Dear colleagues, As part of our ongoing commitment to information security and in accordance with the recommendations of our most recent external audit, the IT department will be implementing multi-factor authentication (MFA) for all staff accounts, effective from Monday 7 October. From this date, when logging into email, the intranet, or any cloud-based system from outside the office network, you will be required to verify your identity using a second factor in addition to your password. The recommended method is the Microsoft Authenticator app, which can be installed on any smartphone. Staff who do not have a smartphone or prefer not to use their personal device may request a hardware token from the IT service desk. Setup instructions will be emailed to all staff on 30 September, and drop-in help sessions will be held in the staff room on 1, 2 and 3 October between 12:00 and 14:00. Please note that after 7 October, accounts without MFA configured will be unable to access these systems remotely until MFA has been set up. We appreciate your cooperation and understanding. Kind regards, IT Services" """,
"""Below is a Python script I wrote to rename photos by date. It works on my Mac but crashes on my friend's Windows laptop. Can you find the problem(s)?

```python
import os
import sys
from datetime import datetime
from PIL import Image

folder = sys.argv[1]

for name in os.listdir(folder):
    if not name.lower().endswith((".jpg", ".jpeg")):
        continue
    path = folder + "/" + name
    img = Image.open(path)
    exif = img._getexif()
    if exif and 36867 in exif:
        taken = datetime.strptime(exif[36867], "%Y:%m:%d %H:%M:%S")
    else:
        taken = datetime.fromtimestamp(os.path.getctime(path))
    new_name = taken.strftime("%Y-%m-%d %H:%M:%S") + ".jpg"
    os.rename(path, folder + "/" + new_name)
    print(name, "->", new_name)
```

The error on Windows is: OSError: [WinError 123] The filename, directory name, or volume label syntax is incorrect. Also, sometimes two photos taken in the same second overwrite each other on my Mac - I lost a few before I noticed!""",
"""I'm preparing for a job interview. Here are my answers to 'Tell me about a time you handled a conflict at work'. Please assess it using the STAR method and suggest how to make it more concise (target 90 seconds spoken).

"So, um, at my last job I was working as a team lead in a call center, and there were these two agents on my team, let's call them A and B, and they really didn't get along. It started because A thought B was taking easier calls on purpose to keep her stats up, and B thought A was gossiping about her. It got to the point where they wouldn't sit near each other and other people on the team started taking sides, and our team's customer satisfaction scores actually dropped for two months in a row. So I decided I needed to do something. First I talked to each of them separately, just to listen, and I found out that actually both of them felt the call routing was unfair, which was interesting. So I looked into it with the workforce planning team and it turned out the routing system did have a bug that was sending more complex calls to certain agents. We got it fixed. Then I brought A and B together for a conversation, I set some ground rules, and they each got to say how they felt. It wasn't magic, they're not best friends, but they agreed to work professionally. After about a month our CSAT scores went back up, actually a bit higher than before, and I used that experience to set up monthly one-to-ones with everyone on my team so problems come up earlier." """,
"""We collected these open-ended answers from a customer exit survey for our streaming service ("Why are you cancelling?"). Group them into categories, count each, and write a 3-sentence executive summary.

1. Too expensive now that you raised the price again.
2. I finished the show I signed up for.
3. Not enough new movies, same old stuff.
4. I'm moving to a competitor that has the sports I watch.
5. Money is tight this month, might come back.
6. The app keeps crashing on my smart TV.
7. Price increase plus ads on the basic plan? No thanks.
8. Nothing to watch for kids anymore.
9. I only subscribed for one series, it's over.
10. Streaming quality is bad on my connection, keeps buffering.
11. Too many subscriptions, cutting back.
12. Password sharing crackdown meant I'd have to pay for my own account.
13. The recommendations are terrible, I can never find anything.
14. Just taking a break for the summer.
15. The price.
16. Can't download episodes for offline viewing on my laptop.
17. Catalog in my country is much smaller than in the US.
18. Switched to a cheaper bundle from my phone company.""",
"""Here's the draft policy our school is considering on phone use. As a parent representative, I need to give feedback. Summarize it in 5 bullets and list 3 questions parents are likely to ask.

"From the start of the autumn term, students in Years 7 to 11 will not be permitted to use mobile phones during the school day, including at break and lunchtime. Phones must be switched off and kept in students' bags from the moment they enter the school gates until the end of the final lesson. Phones seen or heard during the day will be confiscated and kept at the main office until the end of the day for a first offence; for a second offence within a half-term, a parent or carer will be required to collect the phone. Students in the Sixth Form may use phones in the Sixth Form common room only. Students who need access to a phone for medical reasons, for example to monitor blood glucose, should speak to the school nurse, who will arrange an exemption. Parents needing to contact their child urgently during the day should call the main office, and a message will be passed on. The school will review the policy at the end of the academic year, taking into account feedback from students, parents and staff, as well as data on behaviour incidents, wellbeing surveys and attainment." """,
"""Can you rewrite this scene so it's suitable for middle-grade readers (ages 9-12)? Keep the suspense but make the language simpler and remove the part about the blood.

The corridor stretched ahead of Theo, lit only by the sickly green glow of the emergency lights. Somewhere far behind him, the generator coughed, sputtered, and died, and the silence that followed was so complete he could hear his own heart hammering against his ribs. He pressed his palm to the cold metal wall and edged forward. The air smelled of rust and salt and something else, something metallic that made his stomach turn. At the junction he stopped. On the floor, in the faint light, was a dark smear leading toward the sealed door of the laboratory, as though something had been dragged. Theo swallowed hard. Every instinct told him to run back to the others, to the relative safety of the mess hall, where at least there were people and light. But Mia was in there. He had heard her voice, just for a second, calling his name through the ventilation duct. He took a deep breath, stepped over the smear, and reached for the handle.""",
"""Extract all the medications, doses, and times from this care schedule I wrote for my dad's carer, and put them in a table sorted by time of day. Flag anything that looks like a possible mistake for me to double check with the pharmacist.

"Morning (8am): Dad takes his blood pressure tablet (amlodipine 5mg) with breakfast, and his thyroid tablet (levothyroxine 50mcg), but the thyroid one needs to be 30 min BEFORE breakfast on an empty stomach, so give that at 7:30 really. Also vitamin D, one capsule. Lunch (1pm): metformin 500mg with food. Evening meal (6pm): metformin 500mg again, and the statin (atorvastatin 20mg). Bedtime (10pm): the eye drops, one drop in each eye (latanoprost). If his knee hurts he can have paracetamol 1g, up to 4 times a day, at least 4 hours apart. Oh and on Sundays he has his weekly alendronate 70mg, which needs to be taken first thing with a full glass of water and he has to stay upright for 30 minutes. I think he also takes the amlodipine at night sometimes, not sure, check the blister pack." """,
"""Here are notes from three user interviews for a gardening app. Please synthesize them into key insights, user needs, and 3 feature ideas with justification.

Interview 1 - Margaret, 68, retired, large garden:
Uses a paper notebook to record what she planted where. Forgets which varieties did well in previous years. Doesn't like apps with lots of ads. Would like reminders for things like pruning roses. Struggles with small text on her phone.

Interview 2 - Dev, 31, apartment balcony, grows herbs and chillies:
Very into tracking, uses spreadsheets. Wants to know when to water based on weather. Follows gardening influencers on Instagram. Lost a whole chilli crop to aphids last year and didn't notice until too late. Would pay for an app if it saved him time.

Interview 3 - Sofia, 44, allotment with two kids:
Gardens with her children at weekends. Wants ideas for easy things kids can grow. Often forgets what needs doing when she gets to the allotment. Shares photos of the harvest with family. Internet signal at the allotment is poor.""",
"""Please proofread this short story submission for a magazine. Only fix typos and punctuation; list each change you made.

The old man at the end of the pier had been fishing for forty years, and in all that time he had never caught anything worth keeping. Everyone in the town new this. The children teased him about it, and the fishermen who came back each evening with buckets full of mackerel would raise there hands to him in a kind of ironic salute.

"Any luck today, Albert?"

"Not yet," he would say, and smile, as if the word yet contained a whole life's worth of patience.

One grey morning in november, a girl of about ten sat down beside him with a sandwich and watched his line for a long time. Finally she asked, "Why do you keep coming if you never catch anything?"

Albert considered this. The wind pulled at his coat, and a gull wheeled overhead, crying.

"My wife used to sit right where your sitting," he said at last. "She'd bring a flask of tea and a book, and she'd read to me while I fished. She's been gone eleven years now." He reeled his line in slowly, checked the bait, and cast again. "I suppose I'm not really here for the fish."

The girl nodded, as though this made perfect sense. Then she unwrapped her sandwich, broke it in half, and offered him the bigger peice.""",
"""Compare these two job descriptions for the same role that we're debating internally, and tell me which is more inclusive and attractive to candidates. Suggest a merged version of the requirements section.

Version 1:
"We need a rockstar developer who can hit the ground running. You'll be working in a fast-paced, high-pressure environment where only the best survive. Requirements: CS degree from a top university; 5+ years of experience with React, Node.js, and AWS; must be available to work evenings and weekends when needed; native English speaker; must be a culture fit with our young, energetic team."

Version 2:
"We're looking for a developer to join our friendly team of eight, building tools that help small charities manage volunteers. You'll work mostly with React and Node.js, and we'll support you in learning anything you don't know yet. What we're looking for: experience building web applications with JavaScript (professional or personal projects both count); curiosity and willingness to learn; clear communication in English. Nice to have: AWS, experience in the nonprofit sector. We offer flexible hours, a four-day week option, and a learning budget. We welcome applicants from all backgrounds and are happy to discuss adjustments for the interview process.\"""",
"""My wife and I wrote down our thoughts about whether to move to the countryside. Please lay out the pros and cons each of us raised in a table, point out where we actually agree, and suggest three questions we should answer before deciding.

Me (Paul): I'm tired of the city. The noise, the traffic, the tiny flat. With the kids getting older they need a garden. I can work remotely 4 days a week now, and the train to the office from Ashby is 1h10. House prices out there are about half. I'd like to have a dog. I worry a bit about the kids' friends and their school, but there's a good secondary school in the next town.

Her (Nadia): I love our neighborhood, our friends are here, and my parents are 15 minutes away, which matters a lot with childcare. My job is fully in person and the commute from Ashby would be almost 2 hours each way, which isn't realistic. The kids are settled at school and my eldest is starting her exams in 2 years. I agree the flat is too small, and a garden would be lovely. Maybe there's something in between, like the suburbs? I'm also worried we'd need a second car.""",
"""Here's a bug report I got from a user. Rewrite it as a proper internal bug ticket (title, environment, steps to reproduce, expected, actual, severity suggestion), and list what information is still missing.

"hi, your app is really annoying me now. every time i try to add a photo to a recipe it just goes back to the main screen and my recipe is gone!!! i typed the whole thing out, ingredients and steps, and then i pressed the little camera and picked a photo from my gallery and boom, gone. happened 3 times. it used to work fine last month. i'm on my samsung phone, the newer one. i also noticed that if i add the photo FIRST and then type the recipe it works, but that's not how i think. also the dark mode makes the buttons hard to see but that's another thing. please fix!!" """,
"""I'm writing a children's nonfiction book about recycling. Check this section for accuracy and reading level (ages 7-9), and suggest simpler words where needed.

"When you put a plastic bottle in the recycling bin, it begins an amazing journey. First, a truck collects it and takes it to a materials recovery facility, where machines and workers sort it from paper, glass and metal. Magnets pull out steel cans, and special machines use air jets to separate different kinds of plastic. Then the bottles are squashed into huge bales and sent to a factory. There, they are washed, shredded into tiny flakes, melted down, and turned into pellets. These pellets can be made into new bottles, or even into fleece jackets, carpets and playground equipment! Recycling one plastic bottle saves enough energy to power a light bulb for three hours. But not everything can be recycled. Greasy pizza boxes, plastic bags and broken glasses often cause problems at recycling plants, so always check your local rules before you put something in the bin.\"""",
"""Please extract the key terms from this freelance agreement into a checklist I can keep on my desk (payment, deadlines, revisions, ownership, termination). I'm the freelancer.

"This Agreement is between Harbor & Finch Publishing Ltd. ('Client') and the undersigned writer ('Writer'). The Writer agrees to produce twelve (12) blog articles of approximately 1,200 words each on topics provided by the Client, delivered at a rate of one article per week beginning on 3 March. The Client shall pay £180 per article, invoiced monthly in arrears, with payment due within 30 days of invoice. Each article includes one round of minor revisions, requested within 7 days of delivery; further revisions or substantial rewrites will be charged at £35 per hour. Upon full payment, copyright in each article passes to the Client. The Writer may include published articles in their portfolio with attribution. Either party may terminate this Agreement with 14 days' written notice; in that case, the Client shall pay for all articles delivered up to the termination date and 50% of the fee for any article in progress. The Writer shall not publish substantially similar content elsewhere for 12 months after delivery.\"""",
"""We're a small theater group. Below is the audition notice I drafted. Can you make it more welcoming to first-timers and people who've never acted, while keeping the practical details?

AUDITIONS - "The Lighthouse Keeper's Daughter" (an original play)
Auditions: Saturday 8 and Sunday 9 February, 10am-4pm, St. Mark's Hall.
Roles: 4 women, 3 men, 2 any gender, ages 16 to 70+.
Auditionees must prepare a 2-minute monologue from a published play and will be asked to do a cold reading from the script. Bring a headshot and CV listing previous roles.
Rehearsals: Tuesdays and Thursdays 7-10pm and Sundays 2-6pm from 18 February. Attendance at all rehearsals is mandatory.
Performance dates: 8-12 May.
Membership fee of £40 applies to all cast members.
Contact the director to book a slot.""",
"""I'm a new landlord (one flat). Here are my notes on a potential tenant from the viewing. Help me write a fair, structured summary to compare with other applicants, and point out anything in my notes that I shouldn't be basing a decision on (I want to stay within fair housing rules).

- Applicant: "J." - works as a nurse at the city hospital, 2 years
- income about 2.8x the rent, meets my 2.5x requirement
- previous landlord reference: "always paid on time, left flat clean"
- has a cat (my listing says pets considered)
- seemed very nice, quiet
- mentioned she's pregnant and the baby is due in autumn
- credit check: good, no defaults
- wants to move in on the 1st, 12-month lease, might want longer
- she's from abroad originally, accent
- asked about installing a bike rack in the hallway""",
]
FAMILY = "task_with_content"
