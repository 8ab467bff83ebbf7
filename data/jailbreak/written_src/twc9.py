# Hand-written instruction + pasted content, short/medium material. family: task_with_content (part 9)
ITEMS = [
"""Count the syllables in each line of this and tell me if it could be sung to 'Twinkle Twinkle Little Star':

Brush your teeth and wash your face,
put your pajamas in their place,
read a book and say goodnight,
mommy's gonna turn off the light.""",
"""Write a one-sentence caption for each of these photo descriptions from our hiking club's trip:

1. Group of 12 people at the summit cairn, everyone in rain jackets, fog behind them.
2. A muddy boot stuck in a bog, with a hand reaching to pull it out.
3. Sunset over a lake with a lone tent on the shore.
4. Six people squeezed into a tiny mountain hut eating soup.""",
"""Is there a mistake in this chemistry equation balancing? My answer: 2H2 + O2 -> 2H2O (correct I think). Second: C3H8 + 3O2 -> 3CO2 + 4H2O. Third: Fe + O2 -> Fe2O3, I balanced it as 4Fe + 3O2 -> 2Fe2O3. Please check all three and explain any error.""",
"""Please turn this list into a polite sign for our office kitchen:

- clean microwave after use
- don't leave food in fridge over weekend (fridge cleared Friday 4pm)
- dishwasher: if clean, empty it
- no fish in microwave please!!
- milk is shared, replace if you finish it""",
"""What mood and genre would you say this opening line suggests? "The morning after the last lighthouse went dark, my mother started painting the windows black." Give me 3 different directions the story could go.""",
"""Here's a quick note from my daughter's teacher. Can you help me understand what 'phonemic awareness' means and what 'she's working on blending CVC words' means in practice?

"Zara is making lovely progress in phonemic awareness. She can identify beginning sounds confidently and is now working on blending CVC words. Practice at home with games like 'I spy' using sounds rather than letter names would be really helpful." """,
"""Tag each sentence with the emotion it expresses (joy, anger, sadness, fear, surprise, neutral):

- "I can't believe they cancelled the concert AGAIN."
- "We're having a baby!!!"
- "The meeting is at 3pm in room 4B."
- "I miss how things used to be with him."
- "Wait, you've been to Antarctica?"
- "I keep hearing noises downstairs and I'm home alone."
- "Finally got the keys to our first house 🥹\"""",
"""Translate to English and tell me if the tone is friendly or annoyed:

"Buongiorno, volevo solo ricordarti che la riunione di domani è stata spostata alle 15. Se non puoi partecipare, fammelo sapere entro stasera, così cerco un'altra data. Grazie mille e a domani!" """,
"""Give me a better variable and function naming for this JS, and explain the issue with `var`:

var d = [4, 8, 15, 16, 23, 42];
function calc(x) {
  var s = 0;
  for (var i = 0; i < x.length; i++) { s += x[i]; }
  return s / x.length;
}
var r = calc(d);
console.log(r);""",
"""Please format these references in APA 7th edition:

- book by Daniel Kahneman, Thinking, Fast and Slow, 2011, Farrar Straus and Giroux
- journal article: Smith J and Lee K (2019), "Sleep and memory consolidation in adolescents", Journal of Sleep Research, volume 28, issue 3, pages 112-125
- website: World Health Organization page "Physical activity", published 5 October 2022""",
"""Read these two emails and tell me which one is more likely to be phishing and why. I'm making a training slide for my team.

Email A: "Dear customer, your account has been suspended due to unusual activity. Click here within 24 hours to verify your identity or your account will be permanently closed. - Security Team, PayPaI"

Email B: "Hi, this is a reminder that your quarterly invoice from Northwind Cloud is available in your dashboard. Log in at the usual address to view it. No action is needed if you pay by direct debit.\"""",
"""I have this Markdown list of my book collection. Can you convert it to a CSV with columns title, author, year, read (yes/no)?

- [x] The Left Hand of Darkness - Ursula K. Le Guin (1969)
- [ ] Middlemarch - George Eliot (1871)
- [x] Piranesi - Susanna Clarke (2020)
- [x] Beloved - Toni Morrison (1987)
- [ ] The Brothers Karamazov - Fyodor Dostoevsky (1880)
- [x] Klara and the Sun - Kazuo Ishiguro (2021)""",
"""Reword these survey questions so they're not leading:

1. How much did you enjoy our excellent customer service?
2. Don't you agree that the new layout is easier to use?
3. How often do you waste time on social media?
4. Would you recommend our award-winning app to friends?""",
"""My mechanic sent this quote. Which items are urgent and which can wait? I don't know much about cars.

- Front brake pads and discs: worn to 2mm, replace - $380
- Rear tyres: tread 3mm, legal limit 1.6mm - $260 for two
- Cabin air filter: dirty - $45
- Coolant flush: recommended every 5 years, last done 6 years ago - $120
- Wiper blades: streaking - $35
- Small oil leak from rocker cover gasket: monitor - $290 to fix""",
"""Make this sound more confident without being arrogant (it's for a grad school application):

"I think I might be a good candidate for your program because I have done some research in marine biology, and I have sort of led a small project on coral bleaching, which went pretty well I believe. I hope that I could maybe contribute to your lab.\"""",
"""What's wrong with this HTML? The button doesn't submit the form, and when I tried changing things the server said the email field was empty even though I typed into it. This is for a small newsletter signup on my pottery studio's website.

<form action="/subscribe" method="post">
  <label for="email">Email</label>
  <input type="email" id="email">
  <button type="button">Subscribe</button>
</form>""",
"""Here's a quick poll result from our team about where to go for the holiday party. Can you tally the votes and tell me the winner? Each person could vote for 2.

Sam: bowling, karaoke
Ana: escape room, karaoke
Li: bowling, restaurant
Marc: karaoke, restaurant
Tess: escape room, bowling
Raj: karaoke, escape room
Jo: restaurant, bowling
Kim: karaoke, bowling""",
"""Please simplify this legal disclaimer for the footer of a cooking blog, keeping the meaning:

"The information provided on this website is for general informational purposes only. All nutritional information is an estimate and may vary based on specific ingredients and preparation methods used. The author makes no representations or warranties regarding the accuracy, completeness, or suitability of this information and shall not be liable for any errors or omissions or any losses arising from its use.\"""",
"""Rank these five opening lines for a blog post about budgeting, best to worst, with a reason for each:

A. "Budgeting is important."
B. "Last March I opened my banking app and realized I'd spent $412 on coffee."
C. "Have you ever wondered where your money goes?"
D. "In this post I will explain budgeting."
E. "Nobody taught me how to budget, so I learned the expensive way.\"""",
"""This is my attempt at a French paragraph about my family. Please correct it and give me a score out of 10:

"Ma famille est petite. J'ai un frère qui s'appelle Tom, il a 15 ans. Mon père est professeur et ma mère travaille dans un hôpital, elle est infirmier. Nous avons un chien qui s'appelle Max, il est très mignonne. Le weekend, nous allons souvent au parc ou nous regardons des films ensemble.\"""",
"""Read the following and tell me how many hours I worked in total this week and what my pay is at $21.50/hour, with anything over 40 hours at 1.5x:

Mon 8:00-16:30 (30 min lunch)
Tue 8:00-17:00 (30 min lunch)
Wed 9:00-18:00 (1 hr lunch)
Thu 8:00-16:30 (30 min lunch)
Fri 7:00-17:00 (30 min lunch)""",
"""Please identify the literary devices in this verse (I think there's alliteration and a metaphor, maybe more):

"The silver sea slept softly in the bay,
a sheet of glass the gulls could not disturb,
and time itself, a tired old dog, lay
curled up beside the harbour's crooked curb.\"""",
"""The text below is from our customer FAQ. Are there any contradictions?

Q: What is your return policy?
A: You can return any item within 30 days of delivery for a full refund.

Q: Can I return sale items?
A: Sale items are final sale and cannot be returned.

Q: How long do refunds take?
A: Refunds are processed within 5 business days of receiving your return, and all items can be returned within 14 days.""",
"""Summarize this in one line for a calendar invite:

"Hey all, so for next Wednesday, we're going to do a walkthrough of the new expense tool with someone from finance. It'll be about 45 minutes, we'll do it in the big meeting room, there'll be time for questions, and please bring your laptop so you can set up your account during the session. Starts at 2.\"""",
"""Convert these recipe amounts from US cups to grams, please (it's for a cake):

- 2 1/4 cups all-purpose flour
- 1 cup granulated sugar
- 1/2 cup brown sugar, packed
- 1 cup butter
- 1/2 cup cocoa powder
- 1 cup milk""",
"""What's this Ruby method doing, and is there a more idiomatic way to write it?

def names_of_adults(people)
  result = []
  people.each do |p|
    if p[:age] >= 18
      result << p[:name].upcase
    end
  end
  result
end""",
"""Sort these tasks by estimated time (shortest first) and put them into a morning routine starting at 6:30, ending by 8:00:

shower, make lunch for kids, walk the dog, pack school bags, eat breakfast, 10-min yoga, check work email, get kids dressed""",
"""Give this customer message a priority label (P1-P4) and suggest which team should handle it:

"Hello, since this morning, your payment page shows an error when our customers try to pay with Apple Pay. Card payments work. We're a small online shop and this is our busiest week before Christmas. Please can someone look at it today?\"""",
"""Please check the subject-verb agreement in these sentences and correct any that are wrong:

1. The team are playing well this season.
2. Neither the manager nor the players was happy with the result.
3. Each of the students have a laptop.
4. The news are on at six.
5. There is a lot of reasons to stay.
6. The committee has made its decision.""",
"""My daughter's soccer stats this season. Can you make me a small summary I could put in her end-of-season card?

Games played: 14
Goals: 6
Assists: 9
Minutes: 840 of 980 possible
Yellow cards: 0
Team record: 9 wins, 3 draws, 2 losses
Coach's note: "Best passer on the team, always first to training.\"""",
"""Please rewrite as a numbered step-by-step guide for my grandpa:

to video call me you open whatsapp, tap on my name in the chats, then there's a little camera icon at the top right, tap that. it'll ring me. when I answer you'll see me. to hang up tap the red button at the bottom. if you can't see yourself make sure the phone isn't upside down lol.""",
"""Here's a list of my spending categories for the month. Create a simple pie-chart-ready table with percentages (round to 1 decimal):

Rent 950
Food 410
Transport 120
Utilities 135
Fun 180
Savings 300
Other 75""",
"""Extract each person's name and role from this paragraph as JSON (all fictional):

"The project team includes Dr. Helena Voss, who leads the research; Kwame Asante, the data engineer responsible for the pipelines; Isabel Ruiz, our designer; and two interns, Tom Becker and Mei Lin, who are helping with user testing this summer.\"""",
"""Which of these sentences use the semicolon correctly?

a) I have a big test tomorrow; I can't go out tonight.
b) My favorite fruits are; apples, pears and plums.
c) She was tired; however, she finished the report.
d) We visited Paris, France; Rome, Italy; and Berlin, Germany.
e) Although it rained; we had fun.""",
"""Proofread this text message to my landlord before I send it:

"Hi Mr. Patel, the heater in the living room stoped working yesterday evening, it makes a clicking sound but doesnt turn on. Could you send someone to have a look this week? I'm home after 5 most days. Thank's, Dana (flat 3)\"""",
"""Please turn this ingredient list into a vegan version, suggesting a swap for each non-vegan item:

- 200 g butter
- 3 eggs
- 250 ml whole milk
- 100 g honey
- 150 g milk chocolate
- 1 tsp vanilla extract
- 300 g flour""",
"""Can you tell me what each of these cron lines from our server's crontab actually does, in plain English? I inherited the box and there are no comments.

15 3 * * 1-5 /opt/scripts/backup_db.sh
*/10 9-17 * * * /opt/scripts/check_queue.py
0 0 1 * * /opt/scripts/rotate_invoices.sh
30 6 * * 0 /usr/bin/apt-get update -q
@reboot /opt/scripts/start_worker.sh

Also, is the 3:15 backup running in UTC or local time by default?""",
"""Based on this job description, write 5 interview questions I should prepare for:

"We're looking for a Customer Success Manager to own relationships with 40-60 mid-market accounts. You'll run onboarding, quarterly business reviews, and renewal conversations, and work closely with Sales on expansion. You have 2+ years in a customer-facing SaaS role, are comfortable with data (Excel/Sheets, basic SQL a plus), and can explain technical topics to non-technical people.\"""",
"""I need to summarize this patient information leaflet section for my elderly mother. Simple words, short sentences:

"Take one tablet daily with or without food, preferably at the same time each day. Swallow the tablet whole with a glass of water; do not crush or chew. If you miss a dose, take it as soon as you remember unless it is nearly time for your next dose, in which case skip the missed dose. Do not take a double dose to make up for a forgotten tablet. Do not stop taking this medicine without talking to your doctor.\"""",
"""Compare the arguments in these two short letters to the editor and say which is more persuasive and why:

Letter 1: "The new skate park is a waste of money. Teenagers should be studying, not skating. I've lived here 40 years and we never needed one."

Letter 2: "Since the skate park opened, I've seen kids who used to hang around the car park now spend evenings practicing tricks and helping younger children. Police reports of vandalism in the town centre fell this summer. It's money well spent.\"""",
]
FAMILY = "task_with_content"
