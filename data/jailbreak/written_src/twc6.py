# Hand-written instruction + pasted content. family: task_with_content (part 6)
ITEMS = [
"""Answer in one short paragraph: based on the email below, is the supplier agreeing to our price or not? I can't tell.

"Dear Mr. Osei,

Thank you for your counter-proposal of €4.20 per unit for the 10,000-unit order. We have reviewed it carefully with our production team. While we understand your position, our raw material costs have increased significantly this quarter, and a price of €4.20 would not allow us to cover our costs at that volume. We could, however, offer €4.20 per unit for orders of 15,000 units or more, or €4.45 per unit for the original quantity of 10,000. We would also be happy to extend our payment terms from 30 to 45 days for either option. We value our partnership and hope one of these alternatives works for you.

Best regards,
Helga Brandt, Sales Manager" """,
"""Make this paragraph gender-neutral without making it awkward:

"Each applicant must submit his application by Friday. The manager will review it and he will contact the applicant if he needs more information. If the chairman approves the budget, the new hire can start training with his team the following week. Every employee should make sure he has read the safety manual." """,
"""I run a small bakery. Can you calculate the cost per loaf from this and suggest a retail price with a 60% gross margin?

Batch makes 12 loaves.
- Bread flour: 6 kg @ €1.10/kg
- Salt: 120 g @ €0.80/kg
- Yeast: 60 g @ €9.00/kg
- Water: negligible
- Oven energy per batch: €3.50
- Paper bags: €0.12 each
- Labor: 1.5 hours @ €16/hour""",
"""Rewrite this 'About us' page so it's less generic. Make it sound like a real family business:

"Welcome to Hernández Plumbing! We are a leading provider of high-quality plumbing solutions. We are committed to excellence and customer satisfaction. Our team of experienced professionals offers a wide range of services to meet all your plumbing needs. We pride ourselves on our integrity, reliability, and attention to detail. Contact us today to learn more!"

Facts you can use: started by Luis Hernández in 1994 with one van; his daughter Carla runs it now; 9 plumbers; known for fixing old Victorian houses' pipes; they still answer the phone themselves, no call center; emergency callouts 24/7.""",
"""Here's a JSON response from our API. Write a TypeScript interface for it.

{
  "id": "ord_8f2a",
  "status": "shipped",
  "created_at": "2024-04-18T09:12:44Z",
  "customer": {"id": "cus_12", "name": "Test User", "email": "test@example.com"},
  "items": [
    {"sku": "TSHIRT-M-BLU", "qty": 2, "unit_price": 19.99},
    {"sku": "MUG-WHT", "qty": 1, "unit_price": 12.5}
  ],
  "shipping": {"carrier": "DHL", "tracking": "JD0000000000", "eta": null},
  "notes": null
}""",
"""Proofread only - don't change wording unless it's an error:

The committee met on the 4th of June to discuss the proposed changes too the membership fees. After a lenghty discussion, it was agreed that fees would increase by 5% from January, with a reduced rate for students and pensioners. The secretary will write to all members to explain the change and it's reasons. Any member who wishes to object may do so in writing before the Annual General Meeting, which will be held on the 15th September in the village hall.""",
"""Which of these passwords would you say are weak and why? They're example passwords from a training slide, not real.

1. Summer2024!
2. correct-horse-battery-staple-lamp
3. P@ssw0rd
4. qwertyuiop
5. Tr0ub4dor&3
6. mydogrex
7. 7!kP#e9@Lm2$wQ""",
"""Please rewrite this for a 5th grade science worksheet and add 3 fill-in-the-blank questions at the end:

The human heart is a muscular organ about the size of a fist, located slightly to the left of the center of the chest. It has four chambers: two upper chambers called atria and two lower chambers called ventricles. The right side of the heart receives oxygen-poor blood from the body and pumps it to the lungs, where it picks up oxygen and releases carbon dioxide. The left side receives oxygen-rich blood from the lungs and pumps it out to the rest of the body through the aorta, the largest artery. Valves between the chambers keep blood flowing in one direction. An adult heart beats roughly 60 to 100 times per minute at rest, pumping about 5 litres of blood every minute.""",
"""Summarize the following in exactly 3 bullets:

Our Q1 results were mixed. Revenue grew 8% year over year to $4.1M, driven mainly by our enterprise tier, which added 14 new customers. However, churn in the small-business tier rose to 4.2% monthly, up from 3.1%, largely due to a competitor's aggressive pricing. Gross margin held steady at 71%. Operating expenses rose 15% because of new hires in sales and engineering, which pushed us to a small operating loss of $120K. For Q2, we plan to introduce an annual plan discount for small businesses and slow hiring until churn stabilizes.""",
"""Help me understand this error from my Kotlin Android app:

FATAL EXCEPTION: main
Process: com.example.notes, PID: 12044
android.view.ViewRootImpl$CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views.
    at android.view.ViewRootImpl.checkThread(ViewRootImpl.java:10750)
    at android.widget.TextView.setText(TextView.java:6958)
    at com.example.notes.MainActivity$loadNotes$1.invoke(MainActivity.kt:48)

Line 48 is inside thread { } where I do: noteCount.text = "${notes.size} notes" """,
"""Is this lesson plan realistic for a 45-minute class of 28 twelve-year-olds? What would you cut?

Lesson: Introduction to Fractions on a Number Line
0-5 min: Warm-up quiz (10 mental math questions)
5-15 min: Teacher explanation with slides, including history of fractions in ancient Egypt
15-25 min: Pairs activity - students place 12 fraction cards on a rope number line
25-35 min: Individual worksheet (20 questions)
35-40 min: Group discussion: where do we see fractions in daily life?
40-45 min: Exit ticket + homework explanation + pack up""",
"""Here's a message from my landlord in Portuguese. Can you translate it to English?

"Olá! Só para avisar que na próxima segunda-feira, dia 12, o técnico vai passar aí para verificar o esquentador, entre as 10h e as 12h. Se não puder estar em casa, pode deixar a chave com a vizinha do 2º esquerdo, a Dona Fátima, que ela abre a porta. Obrigado e bom fim de semana!" """,
"""I wrote this function in JavaScript to format a price. My coworker says it has floating point issues. Is she right and how should I fix it?

function formatPrice(cents) {
  const dollars = cents / 100;
  return "$" + dollars.toFixed(2);
}

function addTax(price, rate) {
  return price + price * rate;
}

console.log(formatPrice(addTax(1999, 0.0825)));""",
"""Extract action items from this email thread as a table (who, what, by when):

From: Grace
Tom, can you send the updated floor plan to the contractor by Monday? Also, Asha, please confirm the furniture delivery date with the supplier.

From: Tom
Will do on the floor plan. Grace, do you still need the electrical quote? I can chase it Tuesday.

From: Asha
Supplier says delivery on the 19th. I'll book the freight elevator for that morning. Grace, can you let reception know?

From: Grace
Yes Tom, chase the quote please. And yes I'll tell reception today.""",
"""Rate how formal each sentence is on a scale of 1 (very casual) to 5 (very formal):

a) Hey, any chance you could swing by later?
b) I would be grateful if you could confirm receipt of this letter.
c) Can you send me the file when you get a sec?
d) Please find attached the requested documentation.
e) yo what's the plan tonight
f) Could you let me know whether Thursday works for you?""",
"""Below is my son's book report. He's 9. I don't want to rewrite it for him, but can you give me 3 gentle questions I can ask him to help him improve it himself?

"My book is Charlotte's Web. It is about a pig called Wilbur and a spider called Charlotte. Wilbur is going to be killed but Charlotte writes words in her web so people think he is special. The words are some pig and terrific and radiant and humble. I liked the book because it was sad and happy. My favorite part was the fair. I did not like when Charlotte died. I think everyone should read it." """,
"""Check my math on this mortgage comparison and tell me which is cheaper over 5 years, including fees:

Option A: $300,000 at 6.1% fixed, 30-year term, $1,800 lender fees, monthly payment $1,818
Option B: $300,000 at 5.8% fixed, 30-year term, $5,400 lender fees (includes 1 point), monthly payment $1,760

My calculation: A = 1,818 x 60 + 1,800 = 110,880. B = 1,760 x 60 + 5,400 = 111,000. So A is cheaper? But I feel like I'm missing something about principal paid down.""",
"""Give this short poem a title and explain what you think it's about:

My father kept his tools in rows,
each wrench a little bigger than the last,
as if the garage were a choir
and he its quiet conductor.
Now the rows are crooked.
I pick up the smallest one,
the one he let me hold first,
and I don't know what it's for,
and I don't know who to ask.""",
"""Convert this Python dict-of-lists into a CSV I can paste into Excel:

data = {
    "student": ["Ana", "Ben", "Chloe", "Dmitri", "Esi"],
    "math": [88, 72, 95, 61, 84],
    "english": [79, 85, 91, 70, 88],
    "science": [92, 68, 89, 75, 90],
}""",
"""Turn this stream of consciousness into a coherent journal entry, first person, keep the feelings:

ok today. interview at 10. i was so nervous i spilled coffee on my shirt at 9:30 and had to buy a new one at the station shop (it's ugly, beige). interview went… fine? they asked about a time I failed and I talked about the app launch. the woman with the glasses smiled a lot, the other guy didn't smile once. they said they'll let me know by friday. then met Jo for lunch and she made me laugh about the shirt. now i keep replaying my answer to the salary question. i said 48 and maybe i should have said 52. whatever. done now. going for a walk.""",
"""What's the time complexity of this Java method? Explain your reasoning.

public static int countPairs(int[] arr, int target) {
    Arrays.sort(arr);
    int left = 0, right = arr.length - 1, count = 0;
    while (left < right) {
        int sum = arr[left] + arr[right];
        if (sum == target) { count++; left++; right--; }
        else if (sum < target) left++;
        else right--;
    }
    return count;
}""",
"""Please put these historical events in chronological order and add the year for each:

- The first Moon landing
- The fall of the Berlin Wall
- The signing of the Magna Carta
- The invention of the printing press by Gutenberg
- The start of the French Revolution
- The end of World War II
- Columbus's first voyage to the Americas
- The launch of Sputnik""",
"""These are the notes from my first therapy session (I'm the client, writing for myself). Can you help me turn them into 3 goals I can track weekly? Keep it gentle.

- been feeling overwhelmed since the new job, lying awake going over emails
- therapist said I catastrophize, jump to worst case
- we talked about noticing when I do it and asking 'what's the evidence'
- I haven't seen friends in a month, I keep cancelling
- I used to swim twice a week and stopped
- she suggested a 'worry window' - 15 min in the evening to write worries down instead of in bed
- next session in 2 weeks""",
"""Here's a tweet-length product announcement. Give me 5 alternative versions with different hooks (question, stat, story, humor, urgency):

"Our new Trailhead 2 backpack is here: 28L, fully waterproof, weighs just 850 g, and has a hidden laptop sleeve. Available now in 3 colors." """,
"""Read this short passage and tell me whether each statement after it is True, False, or Not Given.

Passage: The Atacama Desert in northern Chile is often described as the driest non-polar desert in the world. Some weather stations in the region have never recorded rainfall. Despite this, the desert is home to a small number of plants and animals adapted to extreme dryness, many of which rely on coastal fog for moisture. The clear skies and high altitude have also made the Atacama one of the best places on Earth for astronomical observatories.

1. The Atacama is the driest desert on Earth, including polar deserts.
2. Some parts of the Atacama have had no recorded rain.
3. Fog provides water for some living things in the desert.
4. The observatories were built in the 1960s.""",
"""Rewrite this recipe method so each step starts with a verb and is numbered. Keep the quantities.

First you'll want to get your oven going at 180 degrees. While that's happening, the butter (125 g, softened) and sugar (150 g) go in a bowl and get beaten together until fluffy. Eggs next, two of them, one at a time. Then the flour (200 g self-raising) gets folded in with a pinch of salt and about 3 tablespoons of milk. The batter goes into a lined loaf tin and bakes for 45-50 minutes. Skewer test to check. While it's still warm, a drizzle of lemon juice mixed with 80 g of icing sugar goes on top.""",
"""My team's retro board (copied below). Group similar cards and suggest 2 action items:

Went well:
- pairing on the auth bug was great
- release went out on time!
- new CI is much faster
- Lina's demo to sales was super clear

Didn't go well:
- too many unplanned requests from support
- flaky e2e tests blocked merges twice
- standups are running 25+ minutes
- nobody knew who owned the billing alerts
- CI still fails randomly on the e2e step
- requirements for the export feature changed mid-sprint""",
"""Identify the language of each sentence and translate to English:

1. Het regent al de hele dag.
2. Nie wiem, gdzie są moje klucze.
3. Bugün hava çok güzel.
4. Je voudrais un café, s'il vous plaît.
5. Ich habe morgen keine Zeit.
6. Eu adoro cozinhar aos domingos.""",
"""I'm a project manager. Here's the risk register. Can you rank the risks by score (likelihood x impact) and suggest one mitigation for the top three?

| ID | Risk                                      | Likelihood (1-5) | Impact (1-5) |
|----|-------------------------------------------|------------------|--------------|
| R1 | Key developer leaves mid-project          | 2                | 5            |
| R2 | Vendor API changes without notice         | 3                | 4            |
| R3 | Scope creep from marketing requests       | 4                | 3            |
| R4 | Data migration takes longer than planned  | 4                | 4            |
| R5 | Security review delays launch             | 3                | 3            |
| R6 | Budget cut in Q3                          | 2                | 4            |""",
"""Can you convert this list of times in various time zones to UTC?

- Team standup: 09:30 in Berlin (CEST)
- Client call: 14:00 in New York (EDT)
- Release window: 22:00 in Tokyo (JST)
- Support handover: 17:30 in Sydney (AEST)
- Webinar: 11:00 in São Paulo (BRT)""",
]
FAMILY = "task_with_content"
