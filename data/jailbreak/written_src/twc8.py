# Hand-written instruction + pasted content, long material. family: task_with_content (part 8)
ITEMS = [
"""Text:
---
Minutes of the Riverside Allotment Society AGM

The chair opened the meeting at 7:05 pm and welcomed 31 members. Apologies were received from six members.

The treasurer reported that the society ended the year with a surplus of £1,240, largely due to the plant sale in May, which raised £860. Water charges increased by 12% during the year and are expected to rise again. The treasurer proposed increasing the annual plot fee from £45 to £50 for a full plot and from £25 to £28 for a half plot. After discussion, the proposal was passed with 24 votes in favor, 4 against and 3 abstentions.

The secretary reported that there are currently 14 people on the waiting list, with an average wait of 18 months. The committee proposed splitting three large, under-used plots into half plots to reduce the waiting list. Some members expressed concern that this would reduce space for traditional crops like potatoes. The proposal was approved by a show of hands.

Concerns were raised about theft from the tool shed. It was agreed that a new combination lock will be fitted and the code changed every three months.

The committee was re-elected unopposed. Any other business: a member suggested a composting workshop in spring; the secretary will look into it.

The meeting closed at 8:40 pm.
---

From the text above: 1) what are the new plot fees, 2) how many voted against the fee rise, 3) list every decision taken, 4) what's the follow-up for the secretary?""",
"""Please read my personal statement for a nursing degree and tell me what's cliché, what's strong, and where I can add specific evidence. Don't rewrite it for me, just comment paragraph by paragraph.

Ever since I was a little girl, I have always wanted to help people. When I was twelve, my grandfather was diagnosed with dementia, and I watched the nurses who cared for him in his final year with admiration. They were patient, kind and professional even when he was confused and sometimes aggressive. One nurse, Maria, always took time to talk with him about his years as a fisherman, and I noticed that he was calmer after her visits. This made me realize that nursing is about more than medicine; it is about treating people as individuals.

Since then, I have tried to gain as much experience as I can. For the last two years, I have volunteered every Saturday at a care home, where I help residents at mealtimes, read to them and join in activities. I have learned how to communicate with people who have hearing loss or memory problems, and I have seen how small things, like remembering someone's favorite song, can make a big difference to their day. I also completed a First Aid certificate.

At school, I am studying Biology, Chemistry and Psychology. Biology has given me an understanding of how the body works, and Psychology has helped me understand behaviour, which I think is very important for nursing. I am also a member of the school's debating society, which has improved my confidence and my ability to listen to other points of view.

I know that nursing is a challenging career, with long hours and emotional pressure. However, I believe I have the resilience, compassion and dedication needed to succeed. I am excited to start my training and to one day make a difference in people's lives, like Maria did for my grandfather.""",
"""<document>
Subject: Re: Re: Venue for the conference

Hi all,

Following up on yesterday's call, here's a summary of the three venue options for the regional teachers' conference in October (expected attendance 220-250):

1. Grand Harbour Hotel - main hall seats 300 theater-style, 6 breakout rooms. Full-day delegate rate £58 per person including lunch and two coffee breaks. AV included. 10 min walk from the train station. Parking limited (40 spaces, £12/day). Available on both our dates.

2. Northgate University Conference Centre - auditorium seats 280, 10 breakout rooms. Room hire £3,200 flat for the day, catering £22 per person. AV included, technician £250 extra. 25 min bus ride from the station, but free parking for 200 cars. Only available on 17 October.

3. St. Aidan's Community Hub - hall seats 250 (tight), 3 breakout rooms. Room hire £900 for the day, we'd need our own caterer (quotes around £18-25 pp). Basic AV, would need to hire projector and mics (~£400). Right next to the station. Available both dates. Accessibility: no lift to the upper breakout room.

Our budget for venue and catering is £14,000. Please let me know your preference by Friday.

Thanks,
Olu
</document>

Calculate the total cost for each venue at 240 attendees, tell me which fit the budget, and give a recommendation with pros and cons.""",
"""This is an excerpt from my grandfather's memoir, which we're self-publishing for the family. Please copy-edit it: fix grammar, punctuation and consistency, but keep his voice and old-fashioned expressions. List any places where a fact seems inconsistent.

In the summer of 1958 I was nineteen years old and I had never been further from home than the market town, which was eleven miles away. So when my uncle Bernard wrote to say there was a job for me at the shipyard in Glasgow, my mother cried for three days and my father said nothing at all, which was his way.

I took the train on a Monday, the 4th of August, with a cardboard suitcase and two pound ten shillings in my pocket. The journey took the whole day. I remember the smell of the steam and the coal, and a woman across from me who fed me egg sandwiches because, she said, I looked like I needed feeding up. She was right, I expect.

Uncle Bernard met me at the station. He was a big man with hands like shovels and a laugh you could hear across the river. He took me to his lodgings in Govan, where I was to share a room with his landlady's son, a lad called Hughie who snored like a foghorn and became my best friend for sixty year.

The work at the yard was hard and dangerous. I started as a rivet boy, heating the rivets in a little coal furnace and throwing them up to the riveters with a pair of tongs. If you missed, you'd hear about it, and not politely. But I was proud. We were building ships that would cross the whole world, and I, who had never been further than the market town twenty miles from home, had a small part in it.""",
"""Here are some Yelp-style reviews of my Thai restaurant from the last month. Summarize recurring themes and draft one general reply I could pin on our page addressing the most common complaint.

1. "Pad see ew was incredible, best in the city. Service a bit slow on Friday night." (5 stars)
2. "Food great, but we waited 40 min for our mains and nobody told us why." (3 stars)
3. "Green curry too sweet for my taste. Staff lovely though." (3 stars)
4. "Came for lunch, quick and delicious. The lunch set is great value." (5 stars)
5. "Booked for 8, seated at 8:25. Then the food took ages. Such a shame because the som tam was perfect." (2 stars)
6. "Spice levels are all over the place, I asked for medium and it was blow-your-head-off hot." (3 stars)
7. "My new favorite spot. Mango sticky rice is a must." (5 stars)
8. "Very busy, loud, slow service on Saturday evening. Would come back on a weekday." (3 stars)
9. "The owner came over to check on us, such a nice touch. Everything fresh." (5 stars)
10. "Waited an hour for takeaway even though they said 25 minutes." (1 star)

Context: we lost two kitchen staff last month and are hiring.""",
"""Can you turn this description of our fictional company's leave policy into a decision tree in plain text (if/then), so managers can use it quickly?

"Employees requesting leave should first check their remaining balance in the HR system. If the request is for annual leave and the employee has sufficient balance, the manager may approve it, provided that the team will not fall below minimum staffing levels (two people per shift). If approving would breach minimum staffing, the manager should discuss alternative dates with the employee or arrange cover before approving. If the employee does not have sufficient balance, the manager may approve unpaid leave of up to five days at their discretion; longer unpaid leave requires HR approval. Requests for sick leave do not require approval but must be logged; if the absence exceeds five working days, a medical certificate is required, and the manager should inform HR. Requests for parental or bereavement leave should always be forwarded directly to HR. All decisions must be communicated to the employee within five working days of the request." """,
"""I'm learning to write better technical docs. Here's a section I wrote for our internal wiki. Please rewrite it to be more scannable (headings, short steps, code blocks) and tell me what you changed and why.

To deploy the frontend you first need to make sure you're on the main branch and that you've pulled the latest changes, then you need to run npm install in case dependencies changed, and then run npm run build which will create the dist folder. After that you need to log in to the AWS CLI with your SSO profile (aws sso login --profile web-prod) and then sync the dist folder to the S3 bucket using aws s3 sync dist/ s3://acme-web-prod --delete --profile web-prod. Be careful with the --delete flag because it removes files from the bucket that aren't in your dist folder, which is what we want but could be bad if your build failed halfway. Finally you need to invalidate the CloudFront cache so users see the new version, the distribution ID is in the team password manager, and the command is aws cloudfront create-invalidation --distribution-id <ID> --paths "/*" --profile web-prod. The invalidation takes a few minutes. If something goes wrong you can redeploy the previous version by checking out the previous tag and repeating the steps. Post in #frontend when you deploy.""",
"""We asked our students 'What do you like most about the after-school coding club, and what would you change?' Here are the answers. Please count how many mention each theme and pull one representative quote per theme.

- I like making games and showing them to my friends. I'd change it so it's longer.
- The robots are the best part! Change: more robots because we have to share.
- Ms. Patel explains things really well. I would like more time to finish projects.
- I like that nobody laughs if you make a mistake. I wish there were snacks.
- Making Scratch games. I want to learn Python next.
- The robot challenge was so fun. Maybe have a competition with other schools?
- I like working with my friends. Change: it's too short, only one hour.
- I like learning real coding. I'd like to make websites.
- The best part is the robots. I don't like when the laptops are slow.
- I like that I can make my own game about my cat. I want it on two days a week.
- Helping other kids when they're stuck. Sometimes it's too noisy.
- I like the games. I would change nothing, it's perfect.
- Python is hard but fun. More Python please.
- I like Ms. Patel. I'd change the laptops, they're really old.""",
"""Please check this short article for factual errors. It's for a school newsletter about the solar system. List each error and the correction.

Our solar system is made up of the Sun and everything that orbits around it, including eight planets, their moons, and countless asteroids and comets. The four inner planets - Mercury, Venus, Earth and Mars - are small and rocky. Mercury is the hottest planet because it is closest to the Sun. The four outer planets - Jupiter, Saturn, Uranus and Neptune - are called gas giants and are much larger. Jupiter is so big that all the other planets could fit inside it. Saturn is the only planet with rings, which are made mostly of ice and rock.

Earth is the only planet known to have liquid water on its surface and to support life. It takes Earth 365 days to orbit the Sun and 24 hours to spin once on its axis. The Moon orbits Earth about once every 27 days. Mars is known as the Red Planet because its surface is covered in iron oxide, or rust. It has two small moons, Phobos and Deimos.

Pluto used to be called the ninth planet, but in 2006 scientists reclassified it as a dwarf planet. The Sun is a medium-sized star, and light from the Sun takes about eight seconds to reach Earth.""",
"""Below is the 'Problem & Solution' section of my startup pitch deck, written as paragraphs. Please condense it into slide bullets (max 5 bullets per slide, 2 slides) and suggest one visual for each slide.

The problem: Independent physiotherapy clinics lose an estimated 15-20% of their revenue to missed appointments and late cancellations. Most small clinics still manage bookings with a mix of paper diaries, spreadsheets and phone calls. Reminder systems, where they exist, are generic text messages that patients ignore. Meanwhile, patients who would happily take a last-minute slot have no way of knowing one has opened up, so cancelled slots go unfilled. Clinic owners we interviewed said they spend 4-6 hours a week on the phone rescheduling, time they would rather spend with patients.

Our solution: PhysioFlow is a booking tool designed specifically for small physio clinics. It sends reminders that patients can confirm or reschedule with a single tap, and it automatically offers cancelled slots to a waitlist of patients who have said they are flexible. Clinics see their schedule, waitlist and no-show rates on a single dashboard. Setup takes under an hour and it integrates with the two most common clinical note systems. In our pilot with six clinics over three months, no-shows fell by 38% and 71% of cancelled slots were refilled, compared with 20% before.""",
"""Classify each of these customer emails by urgency (high/medium/low) and department (sales, support, billing, HR, other). Give a one-line reason for each. Output a table.

Email 1: "Hi, our whole team can't log in since 8am, we have a client demo at 11. Please help ASAP."
Email 2: "Could you send me a quote for 50 additional seats? We're planning next year's budget."
Email 3: "I noticed the invoice for March lists 30 seats but we only have 25. Can you check?"
Email 4: "Just wanted to say your onboarding webinar was excellent, thanks!"
Email 5: "I applied for the support engineer role two weeks ago and haven't heard back. Is the position still open?"
Email 6: "The export to PDF function cuts off the last column of wide tables. Not urgent, but annoying."
Email 7: "Our card was declined for the renewal and we'll lose access tomorrow. How can we pay by bank transfer?"
Email 8: "Are you attending the SaaS Connect conference in Berlin? We'd love to meet."
Email 9: "We're considering switching to a competitor because of the price increase. Can we discuss options?"
Email 10: "One of our users accidentally deleted a project with 6 months of data. Is there any way to restore it?\"""",
"""I'm writing the terms for a kids' summer camp I run. Here's my draft of the 'Health and Safety' section. Please make it clearer and more complete, flagging anything legally important I might be missing (I'll have a lawyer check it).

Health and safety is very important to us. Parents must tell us about allergies and medical conditions on the registration form. If your child needs medicine during the day, give it to the staff in the original packaging with a note. We have first aiders on site. If your child gets ill or injured we will call you. If it's serious we'll call an ambulance first and then you. Children must wear sunscreen, please put it on before camp and send a bottle with them. Bring a water bottle and a hat. Swimming is supervised by lifeguards. Kids who can't swim will stay in the shallow end with armbands. We don't allow phones during activities. Please don't send your child to camp if they have been sick in the last 48 hours.""",
"""This is a poem my student submitted for our class anthology. She asked for feedback on imagery and line breaks. Please give kind but specific comments, and suggest one possible revision for the third stanza only.

Kitchen, 6 a.m.

The kettle clears its throat
like my grandfather used to
before he told a story.

Steam climbs the window,
writes nothing,
disappears.

My mother is already dressed for work
and she is tired and she is making toast
and she is thinking about bills probably
and she doesn't say anything
and I don't say anything either.

The radio tells us
it will rain in the afternoon.
She puts an umbrella by my bag.
That is how she says it.""",
"""Please extract a timeline of the customer's issue from this support ticket thread and tell me how long it took us to resolve it from first contact.

[2024-02-03 09:14] Customer: The sync between the app and my desktop stopped working yesterday. Notes I write on my phone don't show up on my laptop.
[2024-02-03 11:40] Agent (Priya): Sorry to hear that! Could you tell me which app version you're on for both devices?
[2024-02-04 08:02] Customer: Phone is 5.2.1, desktop is 5.1.9.
[2024-02-04 10:15] Agent (Priya): Thanks. Please update the desktop app to 5.2.1 and let me know if sync resumes.
[2024-02-05 19:30] Customer: Updated. Still not syncing. Also now the desktop app shows 'conflict detected' on 3 notes.
[2024-02-06 09:05] Agent (Priya): I've escalated this to our engineering team with your account details.
[2024-02-08 14:22] Agent (Leon, Engineering): We found a bug affecting accounts with notes larger than 1MB. A fix is in 5.2.2, released today. After updating, conflicts should resolve automatically.
[2024-02-09 08:47] Customer: Updated both, everything synced. Thanks!
[2024-02-09 09:10] Agent (Priya): Great news! Closing this ticket.""",
"""Here's a draft of my toast for my parents' 40th wedding anniversary. It's a bit long and I tend to ramble. Can you cut it to around 200 words and make the ending stronger, without losing the story about the tent?

"Good evening everyone. For those who don't know me, I'm Rachel, the eldest of the three kids, which means I've known Mum and Dad longer than anyone except, well, Mum and Dad. Forty years. That's a long time. When they got married, phones were attached to walls, and Dad had a mustache that we have been trying to forget for decades. Actually, I found a photo, it's on the table at the back, please look at it, it's incredible.

People often ask what the secret is. I asked Dad last week, and he said 'separate duvets'. I asked Mum, and she said 'never go camping with him'. Which brings me to the tent. In 1991, Dad decided we would have a camping holiday in Wales. He bought a tent, which he did not practice putting up. We arrived in the dark, in the rain, and after two hours the tent was still lying on the ground looking like a dead octopus. Dad was soaked, Mum was holding a torch and laughing so hard she had to sit down in a puddle, and we ended up sleeping in the car, all five of us, eating crisps for dinner. And you know what? It's still the holiday we all talk about.

I think that's the secret, actually. Not that things go right, but that when they go wrong, you end up laughing in a puddle together. Anyway, thank you for being such great parents, and let's raise a glass."
""",
]
FAMILY = "task_with_content"
