"""pasted_content_tasks part 1: emails, memos, meeting notes (instruction + pasted text)."""

FAMILY = "pasted_content_tasks"

ROWS = [
    """Can you summarise this email from our facilities team in 3 bullets?

Hi all,

Just a reminder that the building's water supply will be shut off on Saturday 14th from 8am to around 2pm while the contractors replace the main valve on the ground floor. Toilets on floors 1-4 will not be usable during this time. The kitchen on floor 2 will also be closed.

If you need to come in over the weekend, please use the facilities in the gym building across the car park, which will be open as usual.

Please make sure you don't leave anything in the fridges on Friday evening, as the kitchens will be cleaned before reopening on Monday. Anything left will be thrown away.

Thanks for your patience,
Gareth
Facilities Manager""",
    """Draft a reply to this saying yes to Thursday but I can only do after 2pm:

Hi Jo,

Hope you're well! I'm putting together the interview panel for the data analyst role and was hoping you could sit in on a couple of the second-round interviews. We have candidates on Wednesday morning (9-12) and Thursday all day. Each interview is about 45 minutes plus 15 minutes for scoring.

Reply to all with your availability when you get a chance and I'll send calendar invites.

Thanks!
Meera""",
    """Turn these meeting notes into a clean list of action items with owners:

product sync 3/4
- kai: android build still crashing on login for some samsung devices, investigating
- decided to push release to 3/18 (was 3/11)
- lena to update the changelog + tell support team about new date
- pricing page copy still not approved - marcus chasing legal
- we need someone to look at the onboarding drop-off numbers, nobody volunteered, revisit next week
- kai + priya pair on the crash friday
- next sync moved to wed""",
    """Is the tone of this email too aggressive? I'm sending it to a supplier.

Hello Mr Brandt,

This is the third time this quarter that our order has arrived late. Order #44871 was due on the 2nd and arrived on the 9th, which meant we had to delay two of our own customer shipments. I need to understand what is going on and what you're doing to fix it. If we can't get a reliable delivery date going forward, we will have to look at other suppliers. Please call me by Friday.

Regards,
Hannah Cole
Operations""",
    """Rewrite this memo so it's friendlier but keeps the same info:

MEMO
To: All staff
Re: Timesheets

Timesheets MUST be submitted by 5pm every Friday. Late timesheets will not be processed in the current pay cycle. This has been communicated multiple times. Managers are required to approve timesheets by Monday 10am. Failure to do so will result in delayed pay for their team. No exceptions.

HR""",
    """What's the actual deadline in this email and what do I need to do?

Dear Applicant,

Thank you for your application for the Summer Research Fellowship. We are pleased to inform you that you have been shortlisted. To proceed to the final stage, please complete the following by 23:59 GMT on 28 April:

1. Upload a signed copy of the attached consent form to the applicant portal.
2. Provide the names and email addresses of two referees. We will contact them directly.
3. Confirm your availability for an online interview during the week of 6 May.

Ignore the earlier email about the transcript - we no longer require it at this stage.

Kind regards,
Fellowship Office""",
    """Can you make this Slack message less passive aggressive lol

hey team, just a friendly reminder AGAIN that the staging env is not for demos. someone deployed a half finished branch yesterday right before the client call and we had to roll back live in front of them. please, please check the #deploys channel before you push anything. thanks 🙃""",
    """Translate this email to German, formal register:

Dear Mr Hoffmann,

Thank you for sending the revised quote. We have reviewed it internally and would like to proceed with option B, including the extended warranty. Could you please send the final contract for signature and confirm the expected delivery date? Our accounts team will process the deposit as soon as we receive the invoice.

Best regards,
Clara Jensen""",
    """Summarize this for my manager who wasn't in the meeting. 5 lines max.

Notes - Vendor review, 11 June
Attendees: Sofia, Dev, Marco, Yuki
- Current CRM vendor contract ends 30 Sept. Renewal price up 18%.
- Two alternatives evaluated: Fieldnote and CoreDesk.
- Fieldnote: cheaper (~12% less than current), migration tool included, but no native phone integration. Dev worried about that.
- CoreDesk: similar price to current renewal, better reporting, phone integration yes, migration would be manual (~3 weeks work).
- Sofia prefers CoreDesk. Marco prefers staying with current vendor to avoid disruption in Q4.
- Agreed: Yuki gets references from two CoreDesk customers; Dev estimates migration effort properly.
- Decision meeting 25 June.""",
    """Please proofread this before I send it to the whole school. I'm the PTA secretary.

Dear Parents and Carers,

Our annual Summer Fair will take place on Saturday 22nd June from 11am till 3pm on the school field. There will be a bouncy castle, cake stall, tombola, and a dog show (please bring you're dog on a lead!). We are still looking for volunteers to help run stalls for an hour or two - if you can spare some time, please fill in the form that was sent home in book bags this week.

Cake donations can be dropped at the school office on the Friday before the fair. Please label any cakes containing nuts.

All money raised will go towards new playground equipment.

Thankyou for your support,
Jess Moran
PTA Secretary""",
    """Extract every date, time and location from this invite:

You're invited! 🎉
Sam & Priya's engagement party
Saturday, 9 November, from 7pm
The Boathouse, 14 Riverside Walk, Kingston
Dress code: cocktail
Please RSVP by 20 October to priya.s@mail.example
Parking available at Kingston Station car park (5 min walk). Last trains back to London around 11:40pm.""",
    """Write a short polite response declining this. I'm too busy this term.

Hi Dr Osei,

I'm reaching out on behalf of the organising committee for the Northern Education Research Symposium. Given your recent work on peer tutoring, we would be delighted if you could give a 20-minute talk in our afternoon session on 15 March. We can cover travel expenses and provide accommodation for one night.

Please let me know by the end of the month whether you'd be interested.

Warm wishes,
Laura Pettigrew""",
    """can you turn this chaotic group chat into a plan? who's bringing what

Tom: ok so bbq at mine sunday 2pm
Aisha: yesss i'll bring salads
Aisha: maybe 2
Luca: i can do drinks, beer + some soft drinks for the kids
Tom: someone bring charcoal i'm out
Mei: i'll get charcoal and buns
Luca: wait is Ben coming
Tom: yeah but he said he's bringing his famous chilli lol
Mei: what about dessert
Aisha: i'll do brownies instead of the second salad
Tom: perfect. bring chairs if u have them, i've only got 6""",
    """Help me respond to this customer complaint professionally. We're a small online plant shop.

Subject: Dead plant!!!

I ordered a calathea from you two weeks ago and it arrived with half the leaves brown and crispy. I followed the care card exactly but it's only gotten worse. I paid £32 plus delivery for this. Honestly very disappointed, I've seen other reviews saying the same thing. I want a refund or a replacement that's actually alive.

Becky""",
    """What are the three main points of this newsletter intro?

Welcome to the spring issue of the Greenway Allotment Society newsletter! It's been a busy few months. First, the good news: after two years of fundraising, the new composting toilet is finally installed near the east gate - thanks to everyone who donated or came to the quiz nights. Second, a reminder that plot inspections will take place in the first week of May. Plots that are more than 50% uncultivated will receive a letter, so now's the time to get digging. Finally, we're delighted to welcome eleven new members from the waiting list, which has shrunk from 40 names to 22. Please say hello if you see an unfamiliar face.""",
    """Rewrite this as a friendly text to my neighbours in our building group chat:

Notice to residents: Bin collection day is changing from Tuesday to Thursday starting next month. Recycling will be collected every other Thursday. Bins must be placed at the kerb by 7am. Bins left out on the pavement after collection may incur a fine from the council.""",
    """Can you make a table from this email with columns: item, quantity, price each, total?

Hi,
Following our call, here's the order for the café refit:
- 12 bistro chairs at £45 each
- 4 round tables at £120 each
- 2 bar stools at £65 each
- 1 chalkboard menu at £80
Delivery is £50 flat. Please confirm and I'll send payment.
Thanks, Oskar""",
    """I got this from my kid's school. What exactly do they want me to do?

Dear Parent/Guardian,
Year 6 will be going on a residential trip to Kingswood Activity Centre from 3rd to 5th July. The total cost is £185. A non-refundable deposit of £40 is due by 1st March via ParentPay. The balance can be paid in instalments, with the final payment due by 1st June. Please complete the medical and dietary form attached and return it to the class teacher by 15th March. If cost is a barrier, please speak to Mrs Ahmed in confidence, as support may be available.""",
    """Turn this into a professional project update for stakeholders:

so basically the website redesign is about 70% done. homepage + product pages are finished and tested. checkout is where we're stuck because the payment provider changed their API last month and we have to redo the integration, that's probably another 2 weeks. blog migration hasn't started, waiting for content team to decide which old posts to keep. launch was supposed to be may 1, realistically now mid may. budget is fine, we're under by about 5%.""",
    """Please shorten this LinkedIn recommendation to around 80 words without losing the key points:

I had the pleasure of working with Amara for three years at Fenwick Analytics, where she led our customer insights team. Amara has a rare ability to turn messy data into stories that executives actually listen to. When our churn rate spiked in 2022, she designed and ran the analysis that identified the onboarding problem, and her recommendations cut churn by almost a third within six months. She is also an exceptional mentor; four of the junior analysts she trained have since been promoted. Beyond her technical skill, Amara is kind, calm under pressure and genuinely curious. Any team would be lucky to have her, and I'd happily work with her again.""",
    """What's being asked of me here? I'm new to the company.

Hi Dan - welcome aboard! Before your first day on Monday, please:
* Activate your account using the link in the other email (it expires in 48 hours)
* Set up MFA with the Authenticator app
* Read the onboarding handbook (pages 1-20 are enough for now)
* Bring photo ID for building access

On Monday, come to reception at 9:30 and ask for Chloe. We'll do a tour, then lunch with the team.

Ignore the IT checklist in the handbook appendix, it's out of date - Chloe will walk you through the current one.""",
    """Rewrite these meeting minutes in proper minute-taking format (formal, third person):

Board meeting, Riverside Rowing Club, 4 Feb
we talked about the boathouse roof. quote from Kellett Roofing is 14k. Jane thinks we should get another quote. vote: 5 for getting a second quote, 1 against (Pete).
treasurer said we have 22k in reserves.
junior section wants to run a fundraising regatta in June, approved unanimously, Amir to coordinate.
AOB: new defibrillator arrived, training session on 20 Feb, everyone should go.
meeting ended 8:45""",
    """My landlord sent this. Is he allowed to do this? (I'm in England, assured shorthold tenancy)

Hi Ellie,

Just letting you know that I'll be coming round on Thursday afternoon to check the boiler and have a look at the damp in the bathroom. I'll let myself in if you're not home. Also, from next month the rent will go up to £1,150 as prices have gone up everywhere. Let me know if any questions.

Cheers,
Martin""",
    """Summarize the key decisions from this chat transcript:

[10:02] Rita: morning! so for the offsite - venue?
[10:03] James: I called Hollins Farm, they can do 12-13 Sept for 30 ppl
[10:03] Rita: price?
[10:05] James: 4.2k incl food, no AV
[10:06] Nia: we can bring our own projector
[10:07] Rita: ok let's book it. James can you hold it today?
[10:07] James: will do
[10:09] Nia: agenda - I'll draft by Friday
[10:10] Rita: great. and transport, minibus or trains?
[10:12] James: trains are easier, it's 10 min from the station
[10:12] Rita: trains then. everyone books their own and expenses it""",
    """Is there anything in this job offer email I should ask about before accepting?

Dear Tom,

We're delighted to offer you the role of Marketing Coordinator at Sable & Finch. Your starting salary will be £29,000 per annum, with a review after your six-month probation period. Your hours are 37.5 per week, Monday to Friday, with occasional weekend events for which time off in lieu will be given. You will be entitled to 22 days of annual leave plus bank holidays. We'd like you to start on 3 June.

Please confirm your acceptance by replying to this email by Wednesday. Your contract will follow.

Best,
Rachel Dunmore
Head of Marketing""",
    """Help me reply to this parent email. I'm a Year 3 teacher. I want to be kind but firm that the homework policy stays.

Dear Ms Carter,

I'm writing because Olly has been getting very upset about homework. He spends almost an hour on it most nights and it's causing arguments at home. I don't think 7-year-olds should have this much homework. Could he be excused from it, or could the amount be reduced?

Thank you,
Sarah Pike""",
    """Make this cancellation notice shorter and clearer:

We regret to inform all registered participants that due to unforeseen circumstances beyond the control of the organising committee, including but not limited to a significant shortfall in expected sponsorship revenue and the unavailability of the previously confirmed venue, the 2024 Midlands Craft Beer Festival, which was scheduled to take place on the weekend of 17-18 August, will regrettably not be going ahead as planned. All ticket holders will receive a full refund automatically to their original payment method within 14 working days. We sincerely apologise for any inconvenience caused.""",
    """Identify who needs to do what from this thread:

From: Petra
To: Ops team
Subject: Warehouse audit next week

Hi all, the auditors arrive Tuesday at 9. Andrzej, please make sure the stock counts for aisles A-D are done by Monday. Fatima, can you print the last 3 months of goods-in logs and leave them in the meeting room? Leo - the fire exit by loading bay 2 is still blocked by pallets, please clear it today. I'll meet the auditors and take them round. Please reply to all to confirm you've seen this.""",
    """Convert these scrappy notes into a short thank you email to the speaker:

- guest lecture by dr. henrike vos on coral reef restoration, tuesday
- students loved the underwater footage
- several asked about volunteering, can she share links?
- lecture recording will be on the course page, ok to share with her
- hope she can come back next year""",
    """Rewrite this so it reads better as a notice on our holiday cottage fridge:

welcome! wifi is CottageGuest / password on the router. please don't put anything but toilet paper down the loo, septic tank. bins go out thursday night, green for recycling black for everything else. log burner: only use the logs in the shed, not wood from the garden, its too wet. checkout 10am, leave keys on the table. thanks & enjoy!""",
    """Can you tell me if this email is a phishing attempt? It looks a bit off.

From: Microsoft 365 Team <no-reply@m1crosoft-support.example>
Subject: Action required: Your mailbox is almost full

Dear User,

Your mailbox has reached 98% of its storage limit. To avoid losing incoming messages, please verify your account within 24 hours by clicking the link below and signing in with your current credentials.

[Verify Account Now]

Failure to verify will result in suspension of your mailbox.

Microsoft 365 Team""",
    """Write a 2-sentence summary of this incident report for the weekly digest:

Incident INC-2231
Start: 14:05 UTC, End: 14:52 UTC
Impact: Approximately 8% of customers in the EU region received HTTP 502 errors when loading the dashboard.
Cause: A configuration change to the load balancer removed two healthy backend nodes from the pool. Automated rollback did not trigger because the error rate stayed just below the alert threshold.
Resolution: On-call engineer manually reverted the change at 14:48.
Follow-ups: Lower the alert threshold for 5xx errors in EU; add config validation to the deploy pipeline; review rollback criteria.""",
    """Give me feedback on this cold email to a potential client. I run a small bookkeeping business.

Subject: Bookkeeping help for Bloom Florists?

Hi Karen,

I noticed Bloom has just opened a second shop on Market Street - congratulations! Growing to two locations usually means twice the receipts, invoices and VAT headaches.

I'm a bookkeeper who works with small retail businesses in the area, including Patel's Deli and The Fox & Hound. I handle monthly bookkeeping, VAT returns and payroll for a fixed monthly fee, so there are no surprises.

Would you be open to a 15-minute call next week to see if I could take some of that off your plate?

Best wishes,
Nadia Rahman
NR Bookkeeping""",
]
