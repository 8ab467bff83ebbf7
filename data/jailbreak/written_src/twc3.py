# Hand-written instruction + pasted content, long material. family: task_with_content (part 3)
ITEMS = [
"""Summarize this for my boss in 4 sentences. She only cares about cost and timeline.

Project Update - Warehouse Management System Migration

Over the past three weeks, the team completed the data mapping phase for the migration from our legacy inventory system to the new cloud-based WMS. We identified 14,200 active SKUs, of which roughly 1,100 had incomplete or conflicting records (mostly missing dimensions and outdated supplier codes). The data cleanup team has fixed about 60% of these, and we expect the rest to be resolved by the end of next week.

Integration testing with the shipping carrier APIs began on Monday. The UPS and DHL integrations work as expected. The regional courier integration has been problematic because their API documentation is outdated; we have a call scheduled with their technical team on Thursday. If this is not resolved by the 20th, we'll fall back to manual label printing for that carrier at launch, which would add about two hours of work per day for the dispatch team.

Training: 38 of 52 warehouse staff have completed the e-learning module. Hands-on sessions will run in the two weeks before go-live.

Budget: we are currently 7% over the approved budget, mainly because of additional consultant hours for the data cleanup. We expect to finish around 9% over unless the courier issue requires further custom development.

Timeline: go-live remains scheduled for 3 June. The main risk to this date is the courier integration. A decision on whether to proceed with manual labels will be needed by 21 May.""",
"""I'm a high school English teacher. Here's a student essay. Please write feedback comments I can adapt: two things done well, two things to improve, and one concrete next step. Keep the tone encouraging.

"Is Social Media Good for Teenagers?

Social media is a big part of teenagers lives today. Almost every teenager has at least one account on apps like Instagram, TikTok or Snapchat. Some people think social media is bad for teenagers, but I think it has both good and bad sides.

On the good side, social media helps teenagers stay in touch with friends and family. For example my cousin lives in Canada and I can see what she is doing every day. Social media also helps people learn new things. I learned how to make pasta from a video and I also learned about climate change from a post.

On the bad side, social media can make people feel bad about themselves. People only post the best parts of there life so you think everyone is happier than you. Also it is very addictive. Sometimes I go on my phone for five minutes and then its been two hours and I didnt do my homework. There is also cyberbullying which can be really serious.

In conclusion social media is good and bad. Teenagers should use it but not too much. Parents should also talk to there kids about it. I think if people are careful, social media can be a good thing."
""",
"""Please convert this meeting transcript into minutes with: attendees, decisions, action items (owner + due date), and open questions.

[Transcript - Community Library Friends Group, monthly meeting]

Joan: Okay, let's start. We've got me, Raj, Bettina, Oscar and Lily. Martin sent apologies.
Raj: Treasurer's report first? We have 2,340 dollars in the account after the book sale. The sale brought in 910.
Joan: Great. What do we want to do with it? The library asked if we could fund the summer reading prizes again.
Bettina: That was 400 last year. I think we should do it again. The kids love it.
Oscar: Agreed. Can we also look at getting the new large-print shelf? The librarian said it's about 650.
Joan: Let's vote on both. All in favor of the reading prizes? ... That's everyone. Large-print shelf? ... Four yes, Lily abstains.
Lily: I just want to see a quote first, that's all.
Joan: Fair. Oscar, can you get a written quote by next meeting?
Oscar: Sure, I'll get it by the 15th.
Bettina: The author talk in September - we still don't have a speaker. I've emailed two local authors but no reply.
Joan: Can you chase them next week? If nothing by end of the month, we'll think of a plan B.
Raj: One more thing, we need someone to update the website. The events page still shows last year's dates.
Lily: I can do that this weekend.
Joan: Wonderful. Next meeting is the second Tuesday of next month, same place. Anything else? No? Thanks everyone.""",
"""Can you review this React component? It works but feels messy. Suggest improvements and show the refactored version.

```jsx
import React, { useState, useEffect } from "react";

export default function WeatherWidget(props) {
  const [data, setData] = useState(null);
  const [loading, setLoading] = useState(true);
  const [err, setErr] = useState(null);
  const [unit, setUnit] = useState("C");

  useEffect(() => {
    setLoading(true);
    fetch("https://api.example.com/weather?city=" + props.city)
      .then(r => r.json())
      .then(d => { setData(d); setLoading(false); })
      .catch(e => { setErr(e); setLoading(false); });
  });

  if (loading) return <div>Loading...</div>;
  if (err) return <div>Error!</div>;

  let temp = data.tempC;
  if (unit == "F") temp = data.tempC * 9 / 5 + 32;

  return (
    <div style={{border: "1px solid #ccc", padding: 10, borderRadius: 8}}>
      <h3>{props.city}</h3>
      <p>{Math.round(temp)}°{unit}</p>
      <p>{data.description}</p>
      <button onClick={() => unit == "C" ? setUnit("F") : setUnit("C")}>Switch</button>
    </div>
  );
}
```""",
"""My friend wrote this wedding speech (she's the maid of honor) and asked me to help. Can you suggest cuts to get it under 3 minutes and make the ending land better?

"Hi everyone, for those who don't know me, I'm Claire, and I've been Sophie's best friend since we were eleven years old and got put next to each other in French class because our surnames both started with M. I'd like to say it was friendship at first sight, but actually she told me my pencil case was ugly, and I told her her handwriting looked like a spider had fallen in ink. We were inseparable from that day.

Over the years, Sophie and I have been through a lot together. We survived a very questionable camping trip in Wales where it rained for six days straight and our tent floated. We survived university, where Sophie once tried to cook a chicken in a kettle. We survived my terrible ex-boyfriend, who I won't name, but who is not here, thankfully. And through all of it, Sophie has been the person who shows up. When my dad was in hospital, she drove four hours in the middle of the night just to sit with me in a waiting room and bring me bad coffee.

When she met Daniel, I was suspicious, because that's my job. But the first time I saw them together, at a pub quiz, I watched him let her answer a question she was completely wrong about, and then he didn't say 'I told you so'. I knew then he was a keeper.

Daniel, you're marrying the kindest, funniest, most stubborn person I know. Look after her. And Sophie, I love you. Please raise your glasses to Sophie and Daniel."
""",
"""Extract the patient-facing instructions from this discharge summary into a simple checklist a family member can follow. Fictional patient.

DISCHARGE SUMMARY
Patient: "Test Patient A" (fictional), 67 y/o
Admitted for: community-acquired pneumonia, treated with IV antibiotics, now improved.

Medications on discharge:
- Amoxicillin 500 mg three times daily for 5 more days, with food
- Continue home medication: lisinopril 10 mg once daily
- Paracetamol 1 g up to four times daily as needed for fever or pain; do not exceed 4 g in 24 hours

Follow-up:
- GP appointment within 7 days for review
- Chest X-ray in 6 weeks to confirm resolution (GP to arrange)

Advice:
- Rest and gradually increase activity
- Drink plenty of fluids
- Complete the full course of antibiotics even if feeling better
- Return to emergency department or call emergency services if: increasing shortness of breath, chest pain, confusion, lips turning blue, or fever above 39°C that does not respond to paracetamol
- Avoid smoking; smoking cessation support offered and declined, leaflet given""",
"""Please translate this into plain English. It's a paragraph from my car insurance policy and I want to know if I'm covered if a friend drives my car.

"Section 4: Persons Entitled to Drive. Cover under this Policy applies only while the Insured Vehicle is being driven by, or is in the charge of for the purpose of being driven by, any person named as a Driver in the Schedule, provided that such person holds a valid driving licence for a vehicle of the same class and is not disqualified from holding or obtaining such a licence. Where the Schedule indicates 'Any Driver (aged 25 and over)', cover shall extend to any person aged 25 years or above who satisfies the foregoing licensing conditions, provided such person is driving with the Policyholder's permission. Cover shall not apply where the vehicle is driven by any person under the age of 25 unless such person is expressly named in the Schedule. Nothing in this Section shall extend cover to use of the vehicle for hire or reward, racing, pace-making, or any use in connection with the motor trade."

My schedule says "Named Drivers: Policyholder only".""",
"""Here's the README for my open-source CLI tool. Can you improve the structure and fix anything unclear? Keep it markdown.

# tidycal

tidycal is a tool that cleans up ics calendar files. I made it because my calendar exports from work were full of duplicate events and broken timezones and I wanted to merge them with my personal calendar.

how to install: you need python 3.9 or newer. pip install tidycal. or clone the repo and do pip install -e .

usage:
tidycal input.ics -o output.ics
this will remove duplicates. if you want to fix timezones add --fix-tz. if you want to merge two files do tidycal a.ics b.ics -o merged.ics. you can also use --dry-run to see what it would do without writing anything. --verbose prints more info.

Options
--fix-tz
--dry-run
--verbose
--keep-cancelled (by default cancelled events are removed)
-o output file

Known problems: recurring events with exceptions are sometimes not deduplicated correctly. Also all-day events in some Outlook exports have wrong end dates, working on it.

Contributing: PRs welcome!! please run the tests first with pytest.

License MIT""",
"""Rate each of these app store reviews for sentiment (positive/negative/mixed) and pull out any specific feature requests. Output as a table.

1. "Great habit tracker, super clean design. Would love a widget for the home screen though!"
2. "Lost all my streaks after the update. 3 months of data gone. Really upset."
3. "It's okay. Reminders are useful but I wish I could set different times for weekends."
4. "Best app I've paid for this year. The stats page is so motivating."
5. "Please add dark mode, my eyes hurt at night."
6. "Subscription is way too expensive for a to-do list with checkboxes."
7. "Love it, but syncing between my phone and iPad is slow, sometimes takes minutes."
8. "Crashes when I try to export to CSV. Otherwise good."
9. "Would be perfect with an Apple Watch app."
10. "Simple and does exactly what it says. No complaints."
11. "The new icons are ugly, bring back the old ones lol. Also, add the ability to archive habits instead of deleting them."
12. "Helped me drink more water and read every day. Thank you devs!\"""",
"""I'm planning a trip. My partner sent me this message with her preferences. Can you turn it into a 4-day itinerary in Lisbon that respects everything she said?

"Okay so my wishes for Lisbon!! I definitely want to see Belém and eat the pastéis there, even if there's a queue. I'd love one day trip but NOT Sintra if it's a weekend, I hear it's packed - maybe Cascais instead? I want at least one proper seafood dinner, not touristy. I don't want to do more than one museum a day because I get museum-tired, you know me. Tram 28 seems like a trap, let's just walk. I'd love a fado evening but a small place, not a big show. Also can we have one slow morning where we don't set an alarm, please. Oh and sunset somewhere with a view, a miradouro maybe. And I need to buy a present for my mum, something local like ceramics or tiles. We arrive Thursday at noon and leave Monday evening." """,
"""Below is a chunk of an employee handbook. Generate 8 quiz questions (multiple choice, 4 options each, mark the correct answer) to check new hires have read it.

Section 3: Time Off and Absences

3.1 Annual leave. Full-time employees receive 25 days of paid annual leave per year, plus public holidays. Leave accrues monthly. Up to 5 unused days may be carried over into the next year and must be used by 31 March.

3.2 Requesting leave. Leave must be requested through the HR portal at least two weeks in advance for absences of three days or more. Shorter absences require at least two working days' notice. Managers should respond to requests within five working days.

3.3 Sickness. If you are unwell and unable to work, notify your manager by phone or message before 9:30 on the first day of absence. For absences longer than five consecutive working days, a doctor's note is required.

3.4 Parental leave. Employees with at least six months of service are entitled to enhanced parental leave as described in the Family Policy.

3.5 Volunteering. Each employee may take two paid volunteering days per year to support a registered charity. These must be approved in the same way as annual leave.

3.6 Bereavement. Up to five days of paid leave are available following the death of a close family member. Additional unpaid leave may be agreed with your manager.""",
"""Please analyze this data from our school's bake sale and write a short paragraph for the PTA newsletter, including the total raised and the best seller.

| Item              | Price | Sold | Made |
|-------------------|-------|------|------|
| Chocolate chip    | 1.00  | 84   | 100  |
| Lemon drizzle     | 1.50  | 31   | 40   |
| Brownies          | 1.50  | 58   | 60   |
| Flapjacks         | 1.00  | 22   | 50   |
| Cupcakes (iced)   | 2.00  | 45   | 48   |
| Gluten-free muffin| 2.00  | 17   | 20   |
| Banana bread slice| 1.00  | 26   | 30   |

We also got 46.50 in donations in the jar. Thank the Year 4 parents, they organized it.""",
"""Help me turn this rambling brain-dump into a clear project brief with headings (Goal, Audience, Scope, Deliverables, Timeline, Open Questions).

ok so the idea is we make a little website for the local climbing gym. right now they only have an instagram and people keep DMing them asking about opening hours and prices and whether they do kids' parties. so a simple site with hours, prices, a page for kids parties with a booking form maybe, and a page about the route setting schedule because the regulars care about that. they don't want a shop. they might want a blog later but not now. owner is Marta, she's not techy at all so she needs to be able to update hours herself. budget is small, maybe 1500. they'd like it before the summer holidays because that's when the kids party bookings go up. they have a logo but no brand colors really, the walls are orange and grey so maybe that. photos - they have some, mostly phone photos, might need a photographer for a day? not sure if that's in budget. also need it to work on phones obviously since everyone's on instagram.""",
"""Compare these two versions of our privacy notice and list every substantive change (ignore wording changes that don't change meaning).

VERSION 1 (2023):
We collect your name, email address and order history to process orders and send you order updates. With your consent, we may send you marketing emails; you can unsubscribe at any time. We share your address with our delivery partners only for the purpose of delivering your order. We keep your data for 5 years after your last order. You can request a copy of your data or ask us to delete it by emailing privacy@example.com.

VERSION 2 (2024):
We collect your name, email address, phone number and order history to process orders and send you order updates by email or SMS. With your consent, we may send you marketing emails; you can unsubscribe at any time. We share your address and phone number with our delivery partners only for the purpose of delivering your order. We also use anonymized order data to improve our product range. We keep your data for 3 years after your last order. You can request a copy of your data or ask us to delete it by emailing privacy@example.com or through your account settings.""",
"""This is an email I got from a coworker. Can you help me reply? I want to say I can do the first two things but not the third, because I'm on leave.

"Hi Tomás,

Hope your week's going OK! A few things as we wrap up Q2:

1. Could you please send me the final version of the supplier comparison spreadsheet by Thursday? I need to attach it to the board pack.
2. Would you be able to join the call with Hexley Logistics on Monday at 2pm? They've asked for someone from procurement and you know the contract best.
3. And lastly, could you cover the vendor onboarding session on the 28th? Gemma is out and I'm double-booked.

Let me know, and thanks as always!

Best,
Ingrid"

I'm on leave from the 26th to the 3rd.""",
"""Can you go through this short story draft and mark where I'm 'telling' instead of 'showing'? List the sentences and suggest a showing alternative for each.

Mr. Pemberton was a very grumpy old man. He lived alone at the end of Hollow Road, and all the children were scared of him. Every morning he went out to get his newspaper and he was always angry about something. One day, a little girl named Daisy accidentally kicked her football into his garden. She was terrified. She knocked on his door anyway because she was brave. Mr. Pemberton opened the door and he was surprised to see her. He was lonely, although he would never admit it. He gave her the ball back and he felt happy for the first time in years. After that, Daisy visited him every Saturday, and Mr. Pemberton slowly became less grumpy. The children on Hollow Road were amazed.""",
"""Please proofread this grant application section. We're a small nonprofit. Flag anything vague and suggest specific wording.

Project Description

Our project, "Books on Wheels," aims to bring library services to elderly residents in rural parts of the county who are no longer able to travel to a library. Many of these people live alone and experience isolation, and we believe that access to books and a friendly visit can make a big difference in their lives.

With funding from your foundation, we will purchase and convert a used van into a mobile library. The van will visit around 15 villages on a rotating schedule, stopping for about an hour in each. Volunteers will help residents choose books, and for people who can't leave their home, volunteers will deliver books directly to their door.

We also plan to offer other services, such as help with using tablets and smartphones, and information about local services. We will partner with some local organizations to do this.

We expect the project to reach a lot of people in the first year and we will measure our success by looking at how many people use the service and how they feel about it. We will report back to the foundation regularly.

The total cost of the project is £38,000, which includes the van, conversion, books, fuel and insurance for the first year. We are asking the foundation for £25,000 and will raise the rest through local fundraising.""",
"""I need to reply to a tenant complaint as a property manager. Here's the complaint. Draft a professional, empathetic reply that offers a repair appointment next Tuesday or Wednesday morning.

"To whom it may concern,

I am writing for the third time about the leak under my kitchen sink in Flat 4B. I first reported it on the 2nd of last month. A plumber came on the 9th, tightened something, and left, and the leak started again two days later. I reported it again on the 14th and received no response at all. The cabinet under the sink is now swollen and the floor in front of it is starting to lift. I am worried about mould, because my daughter has asthma.

I have been a tenant here for six years and I have always paid my rent on time. I do not think it is unreasonable to expect a basic repair to be done properly. Please can someone come and fix this properly, and please can someone tell me what will be done about the damaged cabinet and floor.

Regards,
R. Kowalczyk (Flat 4B)"
""",
"""What's wrong with my Go code? It sometimes prints fewer results than expected.

```go
package main

import (
	"fmt"
	"net/http"
	"sync"
)

func main() {
	urls := []string{
		"https://example.com",
		"https://example.org",
		"https://example.net",
	}
	var results []string
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			resp, err := http.Get(url)
			if err != nil {
				results = append(results, url+": error")
				return
			}
			results = append(results, fmt.Sprintf("%s: %d", url, resp.StatusCode))
		}(u)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
```""",
"""Here are the house rules my roommates and I drafted. Can you rewrite them so they sound less bossy but are still clear? Keep all the rules.

HOUSE RULES
1. Clean up the kitchen IMMEDIATELY after cooking. No dishes in the sink overnight. EVER.
2. Quiet hours are 11pm to 7am on weeknights. No exceptions.
3. Guests staying more than 2 nights must be approved by everyone in the group chat first.
4. Label your food. Do not eat food that isn't yours.
5. Bathroom cleaning rota is on the fridge. If you miss your week you do two weeks in a row.
6. Bills are split equally and must be paid by the 3rd of each month.
7. The thermostat stays at 20 degrees. Do not touch it.
8. Take the bins out on Sunday night if it's your week.
9. Do not leave wet laundry in the machine.
10. If something breaks, tell everyone. Don't hide it.""",
"""Here's a paragraph from a scientific paper. Can you explain it in simple terms and then tell me what the main limitation is?

"We conducted a randomized controlled trial with 214 adults aged 50-70 with mild hypertension. Participants were assigned to either a daily 30-minute brisk walking program (n=107) or a control group receiving standard lifestyle advice (n=107) for 12 weeks. Systolic blood pressure decreased by a mean of 7.2 mmHg in the intervention group compared to 2.1 mmHg in the control group (difference 5.1 mmHg, 95% CI 2.8-7.4, p<0.001). Adherence to the walking program, measured by self-reported activity diaries, was 81%. No serious adverse events were reported. Participants were recruited from a single urban primary care center, and follow-up did not extend beyond the intervention period." """,
"""I'm writing song lyrics for a folk song about my hometown. Here's the draft. Can you help me fix the syllable counts in verse 2 so it matches verse 1's melody?

Verse 1:
Down by the river where the willows grow (10)
There's a red brick mill that stopped a long time ago (12)
My grandfather worked there from dawn until dark (11)
And carved his initials in the old oak's bark (11)

Verse 2:
Now the mill's been turned into apartments with balconies and a gym (17)
And the river still runs (6)
My grandfather's initials are still there on the tree next to the new parking lot by the road (21)
And I go there sometimes (6)

Chorus:
Oh Millbrook, Millbrook, you're older than me,
you're the ink on the page, you're the roots of the tree.""",
"""Can you summarize this terms-of-service excerpt into 'What you agree to' and 'What they can do', bullet form?

"By creating an account, you agree to provide accurate information and to keep your login credentials confidential. You are responsible for all activity that occurs under your account. You may not use the Service to upload content that infringes the intellectual property of others, or to send unsolicited bulk messages. You retain ownership of content you upload, but you grant the Company a non-exclusive, worldwide, royalty-free license to host, store, and display such content solely for the purpose of operating and improving the Service. The Company may suspend or terminate your account if you breach these Terms, with or without notice. The Company may modify these Terms at any time; continued use of the Service after changes are posted constitutes acceptance of the modified Terms. Paid subscriptions renew automatically unless cancelled at least 24 hours before the end of the current period. Refunds are not provided for partial subscription periods." """,
"""My kid's science fair report. She's 11. Can you suggest 3 questions the judges might ask so she can practice? Don't rewrite her report.

"Which Paper Towel Is the Most Absorbent?

Question: Which brand of paper towel absorbs the most water?

Hypothesis: I think the most expensive brand will absorb the most water because it is thicker.

Materials: 4 brands of paper towel (A, B, C, D), a measuring cup, a bowl of water, a timer, scissors, a ruler.

Method: I cut a 10 cm by 10 cm square of each towel. I dipped each square in the water for 10 seconds. Then I held it over the measuring cup for 30 seconds and let it drip. Then I squeezed it into the measuring cup and measured how much water came out. I did this 3 times for each brand and took the average.

Results: Brand A: 18 mL. Brand B: 22 mL. Brand C: 15 mL. Brand D (most expensive): 21 mL.

Conclusion: My hypothesis was wrong. Brand B absorbed the most, even though it was the second cheapest. Brand D was close. Thickness is not the only thing that matters. Next time I would test more squares and also test how strong the towels are when wet." """,
]
FAMILY = "task_with_content"
