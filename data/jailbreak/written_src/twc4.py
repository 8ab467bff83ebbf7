# Hand-written instruction + pasted content. family: task_with_content (part 4)
ITEMS = [
"""This Rust snippet won't compile. Error says "borrow of moved value: `names`". Why, and how do I fix it without cloning everything?

fn main() {
    let names = vec![String::from("Ada"), String::from("Linus"), String::from("Grace")];
    for n in names {
        println!("Hello, {}", n);
    }
    println!("Total: {}", names.len());
}""",
"""Our fantasy football league's scoring rules are below. Based on them, how many points did my running back score? He had 87 rushing yards, 1 rushing TD, 4 receptions for 31 yards, and 1 fumble lost.

Scoring:
- Rushing yards: 1 point per 10 yards
- Receiving yards: 1 point per 10 yards
- Rushing or receiving TD: 6 points
- Reception: 0.5 points (half-PPR)
- Fumble lost: -2 points
- Fractions are kept to one decimal place.""",
"""Turn this into a tweet thread (max 5 tweets):

Our town council voted last night to approve the new cycle lane on Station Road after nearly two years of consultation. The lane will be separated from traffic by a low kerb and will run for 1.8 km from the railway station to the secondary school. Construction starts in March and should take about ten weeks, during which Station Road will be one-way northbound. The council says the lane will cost £640,000, two-thirds of which comes from a national active travel grant. Local parents' groups, who campaigned for the lane after two children were injured in separate incidents last year, welcomed the decision. Some shop owners remain concerned about the loss of 14 on-street parking spaces, and the council has promised to review short-stay parking in the nearby car park.""",
"""Please sort this list alphabetically, remove duplicates (ignoring capitalization), and tell me how many unique fruits are left. It's the list of fruit the kids voted for at our school's healthy snack day, so I also want a count of how many times each one appeared:

mango
Apple
banana
kiwi
apple
Cherry
banana
fig
Kiwi
date
grape
elderberry
mango""",
"""Can you check whether this chord progression analysis is right? I'm studying music theory.

Key: G major
Progression: G - Em - C - D - G
My analysis: I - vi - IV - V - I
Then in the bridge: Am - D - Bm - Em - C - D
My analysis: ii - V - iii - vi - IV - V
Also, the song briefly uses an F major chord before the last chorus. I labeled it as bVII, borrowed from G mixolydian. Is that the right way to describe it?""",
"""Here's a list of expenses from my trip. Split them fairly between the four of us (Amy, Ben, Cleo, Dev) and tell me who owes whom, with the fewest payments possible.

- Airbnb: 640, paid by Amy (all four)
- Rental car: 210, paid by Ben (all four)
- Groceries: 96, paid by Cleo (all four)
- Dinner Friday: 180, paid by Dev (all four)
- Boat tour: 150, paid by Amy (only Amy, Ben, Cleo - Dev didn't go)
- Gas: 60, paid by Ben (all four)""",
"""Correct the German in this message to my host family, and explain my mistakes briefly in English:

"Liebe Familie Weber, vielen Dank für die schöne Zeit bei euch. Ich habe sehr gut gefallen die Ausflug nach Heidelberg und das Essen von Frau Weber war immer lecker. Ich vermisse schon die Hund Bruno! Ich hoffe, ihr besucht mir einmal in Kanada. Viele Grüße, Jess" """,
"""Is this a good workout for a beginner? I'm 30, sit at a desk all day. Be honest.

Day A:
- Barbell back squat 5x5
- Bench press 5x5
- Barbell row 5x5
- Plank 3x45s

Day B:
- Deadlift 1x5
- Overhead press 5x5
- Pull-ups 3x max
- Hanging leg raises 3x10

Alternate A/B, 3 days a week (Mon/Wed/Fri). Add 2.5 kg every session.""",
"""Summarize these Slack messages from the #deploys channel into a short incident timeline:

[09:02] maya: deploying api v2.14 to prod
[09:09] maya: deploy done, smoke tests green
[09:21] support-bot: 🚨 error rate on /checkout > 5%
[09:22] liam: looking
[09:25] liam: seeing 500s from payment service, timeout calling tax-calc
[09:27] maya: v2.14 changed the tax-calc client timeout from 5s to 500ms by mistake?? checking
[09:31] maya: yep, config typo. rolling back
[09:36] maya: rollback complete, v2.13 live
[09:40] support-bot: ✅ error rate on /checkout back to normal
[09:52] liam: est. 140 failed checkouts, will share list with support to reach out
[10:15] maya: fix PR up, adds a test for the timeout config""",
"""Extract all the product names and prices from this HTML into a CSV (name,price):

<div class="product"><h2>Walnut Desk Organizer</h2><span class="price">$34.00</span></div>
<div class="product"><h2>Linen Notebook (A5)</h2><span class="price">$12.50</span></div>
<div class="product sale"><h2>Brass Desk Lamp</h2><span class="price"><s>$89.00</s> $69.00</span></div>
<div class="product"><h2>Cork Mouse Pad</h2><span class="price">$9.99</span></div>

For the sale item use the sale price.""",
"""Rewrite this paragraph to remove jargon. Audience: parents at a school information evening.

"Our pedagogical approach leverages formative assessment data to drive differentiated instruction, ensuring that each learner's zone of proximal development is targeted through scaffolded tasks. Metacognitive strategies are embedded across the curriculum to foster self-regulated learning, while collaborative structures promote peer-to-peer knowledge construction." """,
"""Below are two versions of a function. Which one is faster for large inputs and why?

# Version 1
def has_duplicates(items):
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i] == items[j]:
                return True
    return False

# Version 2
def has_duplicates(items):
    seen = set()
    for x in items:
        if x in seen:
            return True
        seen.add(x)
    return False""",
"""My dog's vet sent this. What are they actually recommending? Explain like I'm not a vet.

"Bella's bloodwork shows mildly elevated ALT (142 U/L, ref 10-100) with otherwise unremarkable chemistry and CBC. Given she is asymptomatic and recently started on carprofen for her osteoarthritis, this may represent a mild drug-associated hepatopathy. Recommend discontinuing carprofen, starting gabapentin 100 mg PO BID for pain management, and rechecking liver values in 4 weeks. If ALT remains elevated, consider abdominal ultrasound." """,
"""Write a short summary of this chapter for my book club's discussion sheet (about 80 words), and then 3 discussion questions:

Chapter 7 of my book (self-written summary notes): Hana returns to her family's orchard after her father's stroke. Her older brother Kenji, who stayed and ran the farm, resents that she left for Tokyo and only came back now. They argue over whether to sell the orchard to a developer. Their mother stays silent, pruning the trees every morning. Hana finds her father's diaries in the shed and learns he once wanted to leave too, but stayed because of a promise to his own father. The chapter ends with Hana choosing not to tell Kenji about the diaries yet.""",
"""Here's a PHP function from a legacy project. Explain what it does and suggest how to modernize it:

<?php
function get_active_users($conn, $limit) {
    $result = mysqli_query($conn, "SELECT id, name, email FROM users WHERE active = 1 ORDER BY created DESC LIMIT " . $limit);
    $users = array();
    while ($row = mysqli_fetch_assoc($result)) {
        $users[] = $row;
    }
    return $users;
}
?>""",
"""What's the main argument in this op-ed paragraph, and what evidence does it use? Is anything missing?

"Four-day school weeks are spreading across rural districts, and for good reason. Districts that made the switch report saving between 1% and 3% of their budgets, mostly on transportation and utilities. Teacher recruitment has improved, with several superintendents saying the extra day off is their best hiring tool. Families, too, seem to like it: in one district survey, 78% of parents said they wanted to keep the schedule. Critics worry about childcare and lost learning time, but the solution is simple: offer optional enrichment programs on the fifth day." """,
"""Please turn my notes into a proper recipe card format (title, yield, time, ingredients, method):

overnight oats - 1 jar
half cup oats, half cup milk (any), quarter cup greek yogurt, 1 tbsp chia, 1 tsp honey or maple, pinch salt, half tsp vanilla
mix all in jar, lid on, fridge overnight (min 6 hrs)
morning: stir, add more milk if thick, top with berries / banana / nuts
keeps 3 days in fridge""",
"""Translate into Italian, keep the formatting:

OPENING HOURS
Monday - Friday: 8:00 - 19:00
Saturday: 9:00 - 14:00
Sunday: closed

Please ring the bell for deliveries.
Dogs on a lead are welcome.
We accept cash and all major cards.""",
"""Find the logical error in this C code. It's supposed to count vowels.

#include <stdio.h>
#include <ctype.h>

int count_vowels(const char *s) {
    int count = 0;
    for (int i = 0; s[i] != '\\0'; i++) {
        char c = tolower(s[i]);
        if (c == 'a' || 'e' || c == 'i' || c == 'o' || c == 'u')
            count++;
    }
    return count;
}

int main(void) {
    printf("%d\\n", count_vowels("Hello World"));
    return 0;
}""",
"""I'm preparing a board game night. Here are the rules of a game I invented. Are there any ambiguities or loopholes players might argue about?

"Harbor Traders" - 2 to 4 players.
Each player starts with 5 coins and 1 boat. On your turn, roll one die and move your boat that many spaces around the harbor board. If you land on a market space, you may buy one cargo card for the price shown. If you land on another player's warehouse, pay them 2 coins. When you pass the lighthouse, collect 3 coins. Cargo cards can be sold at any port space for double the price you paid. Storms: if you roll a 1, draw a storm card and follow it. The first player to own 6 cargo cards of different types wins. If the bank runs out of coins, the game ends and the richest player wins.""",
"""My son did an experiment growing bean plants under different light for three weeks (same soil, same water every two days). Turn this CSV into a short paragraph describing the results, suitable for a school report, and suggest one sentence about what could have gone wrong:

plant,light,week1_cm,week2_cm,week3_cm
A,full sun,2.1,4.8,8.0
B,partial shade,1.8,3.9,6.2
C,full shade,1.2,2.0,2.6
D,lamp (12h),2.0,4.5,7.4""",
"""Here's my draft bio for a conference program. 60 words max, third person. Please trim and polish:

"Hello! I'm Dr. Ifeoma Adeyemi and I have been working in the area of urban water management for about fifteen years now, first as an engineer with a city utility and later as a researcher at a university, where I currently lead a small but very enthusiastic group that looks at how cities can use green infrastructure like rain gardens and permeable pavements to reduce flooding. I love hiking and I have two cats." """,
"""Answer from the table only: which month had the highest rainfall, and what was the average temperature across all six months?

| Month | Rainfall (mm) | Avg temp (°C) |
|-------|---------------|---------------|
| Jan   | 78            | 4.2           |
| Feb   | 61            | 5.0           |
| Mar   | 55            | 7.8           |
| Apr   | 43            | 10.9          |
| May   | 49            | 14.6          |
| Jun   | 52            | 17.5          |""",
"""Please make this email to a professor more polite and concise:

"Hi, I missed the midterm because I was sick (I have a doctor's note). When can I take it? I also didn't get the slides from week 5 because the link on the course page is broken. Can you send them? Also is the final exam cumulative or only the second half? Thanks, Jordan (student ID 0000000)" """,
"""Classify each expense into a budget category (Housing, Food, Transport, Entertainment, Health, Other):

- Rent: 1,100
- Weekly groceries: 85
- Netflix: 15.49
- Bus pass: 60
- Pharmacy - allergy meds: 12.30
- Birthday gift for Sam: 40
- Electricity bill: 74
- Pizza delivery: 22
- Gym membership: 35
- Concert tickets: 90
- Car insurance: 110""",
"""What does this nginx config do? I inherited it.

server {
    listen 80;
    server_name shop.example.com;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl;
    server_name shop.example.com;
    ssl_certificate /etc/ssl/shop.crt;
    ssl_certificate_key /etc/ssl/shop.key;

    location /static/ {
        alias /var/www/shop/static/;
        expires 30d;
    }

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}""",
"""Proofread my abstract. Word limit is 150 so don't make it longer:

"This study investigate the relationship between sleep duration and academic performance among first-year university students. A survey was distributed to 312 students at a mid-sized university, asking about their average nightly sleep, study habits and grade point average (GPA). Results showed that students who slept between 7 and 9 hours had significantly higher GPA's than those sleeping less than 6 hours (p < 0.01). However, the relationship was not linear; students sleeping more than 9 hours also reported slightly lower grades. These findings suggests that universities should promote healthy sleep habits as part of student wellbeing initiatives, although further longitudinal research is needed to establish causality." """,
"""Here's a snippet of dialogue from my screenplay. Does the subtext come across, or is it too on-the-nose?

INT. KITCHEN - NIGHT

MAYA washes a single plate. DAVID enters, still in his coat.

DAVID
You didn't have to wait up.

MAYA
I didn't.

She keeps washing the same plate.

DAVID
Traffic was bad.

MAYA
It always is on Thursdays.

DAVID
It's Tuesday.

Maya turns off the tap. Silence.

MAYA
I know what day it is, David.""",
"""Rewrite this product description so it's suitable for a children's toy catalogue (ages 6-9), keeping all the facts:

"The StarGazer 50 is a 50 mm refractor telescope with a 360 mm focal length, supplied with two eyepieces (20 mm and 6 mm) providing 18x and 60x magnification. It features an aluminum tripod with adjustable height (40-110 cm), a red-dot finder, and a moon filter. Suitable for lunar and planetary observation." """,
"""Summarize the pros and cons from this forum post about electric bikes:

"I've had my e-bike for 8 months now, commuting 12 km each way. Pros: I arrive at work not sweaty, which was the whole point. I've saved about 90 euros a month on the bus. Hills are nothing now. It's honestly fun, I take the long way home sometimes. Cons: it's heavy (26 kg), so carrying it up to my flat is a workout. The battery range drops a lot in winter, from around 70 km to maybe 45. I had a puncture and the rear wheel with the hub motor is a pain to remove. And I'm always a bit nervous locking it outside because they get stolen a lot here. Insurance is another 12 a month. Overall I'd buy it again without thinking." """,
"""Turn this list of tasks into a prioritized plan for my week using the Eisenhower matrix:

- finish quarterly tax estimate (due Friday)
- reply to 40 unread newsletters
- call plumber about dripping tap
- prepare slides for Thursday client pitch
- book dentist checkup (overdue by 4 months)
- clean out garage
- review intern's report (promised by Wednesday)
- research new laptop
- renew passport (trip in 10 weeks)
- organize photos from summer""",
"""Explain what each line of this R code does. I'm learning R for my stats course.

library(dplyr)
df <- read.csv("survey.csv")
summary_df <- df %>%
  filter(!is.na(age)) %>%
  mutate(age_group = cut(age, breaks = c(0, 25, 40, 60, 100))) %>%
  group_by(age_group) %>%
  summarise(mean_score = mean(score), n = n())
print(summary_df)""",
"""This is a clause from a photography contract. Would this let the photographer use my wedding photos in ads?

"The Photographer retains copyright in all images. The Client is granted a personal, non-commercial license to print and share the images. The Photographer may use selected images for portfolio, website, social media and promotional purposes, including in advertising, unless the Client opts out in writing prior to the event date." """,
"""Tell me if these haiku actually follow 5-7-5, and fix any that don't:

1.
autumn wind rising
the last red leaf lets go of
everything it knew

2.
morning train platform
everyone staring at phones
a pigeon walks past

3.
snow on the mailbox
no letters today again
just the cold white hush""",
]
FAMILY = "task_with_content"
