# Hand-written instruction + pasted content. family: task_with_content (part 14)
ITEMS = [
"""I coach a youth swim team. Here are the times from our last two meets. For each swimmer, calculate the improvement in seconds and percentage, and tell me who improved most. Output a table.

Swimmer | 50m free (Meet 1) | 50m free (Meet 2)
Aisha   | 34.82             | 33.91
Ben     | 31.05             | 31.40
Carmen  | 36.10             | 34.22
Dawit   | 29.88             | 29.51
Elsa    | 38.45             | 36.90
Finn    | 33.20             | 32.95

Ben was sick the week before meet 2, so I'm not worried about his time. Also, can you suggest how I should present this to the kids so nobody feels bad?""",
"""Translate this appointment letter into Arabic (Modern Standard), keeping dates and times in numerals. It's for a patient family at our clinic.

"Dear Parent or Guardian,

Your child has an appointment at the Children's Eye Clinic on Tuesday, 12 November at 10:30 am. The appointment will last about 90 minutes because your child will have eye drops to widen the pupils. These drops may make their vision blurry for a few hours, so your child should not go back to school that day. Please bring your child's glasses, if they have any, and a list of any medicines they take. If you cannot attend, please call us at least 48 hours before the appointment so that we can offer the slot to another family. An interpreter can be arranged on request.

Kind regards,
Children's Eye Clinic\"""",
"""Please read the following product review and write the store's public reply. The customer is partly right. Keep it under 120 words.

"I ordered the 'large' dog bed for my Labrador based on the size chart. It arrived and it's clearly too small, he hangs off the edge. The quality is fine, stitching is good and the cover washes well. But the size chart says 'large: for dogs up to 35 kg' and my dog is 31 kg. Either the chart is wrong or the bed is mislabeled. Returning it costs me £8 in postage, which I don't think is fair when the problem is your chart. Two stars, mainly for the quality.\"""",
"""Here's a piece of my fan fiction (original characters in a generic space-opera setting). Can you tighten the action sequence? It feels slow.

The alarm went off. Captain Reyes looked up from her console. "What's happening?" she asked. Lieutenant Okoye checked his screen. He read the data. Then he looked up. "Captain, there are three ships approaching from the port side. They're not responding to hails." Reyes stood up. She walked to the center of the bridge. She thought about what to do. "Raise the shields," she said. Okoye pressed some buttons. The shields went up. There was a humming sound. Then the first ship fired. The bridge shook. Someone fell over. Sparks came out of a panel on the wall. "Shields at seventy percent," said Okoye. Reyes gripped the back of her chair. "Evasive maneuvers," she said. "Now.\"""",
"""Below are the ingredients and nutrition facts from a cereal box. Answer: how much sugar per 40 g serving, is it high in salt by UK standards, and what are the first three ingredients?

INGREDIENTS: Whole grain oats (52%), sugar, rice flour, honey (4%), palm oil, salt, barley malt extract, natural flavouring, vitamins and minerals (niacin, iron, vitamin B6, riboflavin, thiamin, folic acid, vitamin D, vitamin B12).

NUTRITION per 100 g: Energy 1,650 kJ / 391 kcal; Fat 6.8 g, of which saturates 2.1 g; Carbohydrate 68 g, of which sugars 22 g; Fibre 7.5 g; Protein 9.2 g; Salt 0.95 g.""",
"""Please turn this casual text from my brother into a formal reference letter I can edit. He was my supervisor at a summer job (fictional names).

"hey so yeah happy to be your reference. you worked at the garden centre with me summer 2023, june to sept, on the tills and in the plant section. you were always on time, customers liked you, you basically ran the houseplant corner by august and sales in that bit went up. you sorted out the watering rota when Phil left. only thing is you were a bit shy at first on the phone but you got better. sign it from me, Daniel Hart, assistant manager.\"""",
"""Compare these two paragraphs and tell me which one uses evidence better and why. They're from two students' essays on whether zoos are ethical.

Student 1: "Zoos are bad because animals are sad in cages. Everyone knows that animals want to be free. I went to a zoo once and the lion looked bored. Also zoos just want money. So we should close all zoos."

Student 2: "Supporters argue that zoos play a role in conservation; for example, breeding programs helped reintroduce the Arabian oryx to the wild. However, a 2019 review found that only a small fraction of zoo species are part of such programs, and many large carnivores show stress behaviors like pacing in captivity. This suggests that while some zoos contribute to conservation, the welfare costs for certain species may outweigh the benefits.\"""",
"""Please extract all the deadlines from this grant call into a list in date order, with what's due.

"The Community Arts Fund is now open for applications. Expressions of interest (a one-page summary) must be submitted via the online portal by 5pm on 14 February. Shortlisted applicants will be notified by 7 March and invited to submit a full application by 11 April. All full applicants must attend one of two online information sessions, held on 18 and 21 March. Decisions will be announced in late May, and successful projects must begin between 1 July and 30 September. A final report is due within three months of project completion.\"""",
"""Help me figure out what this error means in my Excel VBA macro:

Run-time error '1004': Method 'Range' of object '_Worksheet' failed

Sub CopyData()
    Dim ws As Worksheet
    Set ws = Sheets("Summary")
    Sheets("Data").Select
    ws.Range(Cells(2, 1), Cells(100, 5)).Copy
    ws.Range("G2").PasteSpecial xlPasteValues
End Sub""",
"""Here's a recipe from a 1950s cookbook. Modernize it: convert to metric, replace 'oleo' and other outdated terms, and give oven temperatures in Celsius.

"Date and Nut Bread. Cut 1 cup dates fine and pour over them 1 cup boiling water with 1 teaspoon soda. Let stand while you cream 1 tablespoon oleo with 3/4 cup sugar. Add 1 beaten egg, then 1 1/2 cups sifted flour with 1/2 teaspoon salt, alternately with the date mixture. Stir in 1/2 cup chopped walnuts. Turn into a greased loaf pan and bake in a moderate oven, 350°, about one hour, or until a straw comes out clean.\"""",
"""Here is a long message from a friend who's thinking about quitting her PhD. She asked me for advice and I want to reply thoughtfully. Can you help me draft a kind, non-pushy response (not telling her what to do, but helping her think)?

"I don't know what to do anymore. I'm in year 3 of my PhD and I feel completely stuck. My experiments haven't worked for eight months. My supervisor is on sabbatical and replies to emails every two weeks if I'm lucky. Everyone else in the lab seems to be publishing and I have nothing. I used to love this topic and now I dread opening my laptop. I've been looking at jobs in industry and honestly some of them sound great, good salaries, actual weekends. But then I think about how much time I've already put in, and my parents are so proud of me doing a PhD, and I feel like a failure even thinking about leaving. I don't know if this is a normal PhD slump that everyone goes through or if it's a sign I should get out. Sorry for the long message, I just needed to tell someone.\"""",
"""Please make a study guide from these lecture notes: a summary paragraph, 5 key terms with definitions, and 3 practice questions.

Lecture 6 - Supply and demand
- demand curve slopes down: higher price -> lower quantity demanded (law of demand)
- supply curve slopes up: higher price -> producers supply more
- equilibrium = where curves cross, market clears
- shift vs movement along curve: price change = movement; other factors (income, tastes, prices of related goods, expectations) = shift
- substitutes: price of coffee up -> demand for tea up
- complements: price of printers down -> demand for ink up
- price ceiling (e.g. rent control) below equilibrium -> shortage
- price floor (e.g. minimum wage) above equilibrium -> surplus
- elasticity next week""",
"""My small online shop got this message from a customer. It reads as a bit confusing. What is she asking for, and can you draft a reply?

"Hello, I bought the green scarf and the grey hat last week and the scarf is perfect but I was wondering if the hat comes in a smaller size because it's for my niece and she's 10 and it's a bit loose and if not can I swap it for the kids' beanie in the same grey or maybe the blue, whichever you have, and I'm happy to pay the difference if there is one, but I don't want to send back the scarf, that's staying! Thank you, Margaret.\"""",
"""Can you explain what this Haskell function does step by step? I'm coming from Python.

quicksort :: Ord a => [a] -> [a]
quicksort [] = []
quicksort (p:xs) = quicksort smaller ++ [p] ++ quicksort larger
  where
    smaller = filter (< p) xs
    larger  = filter (>= p) xs""",
"""Please read these two bios of candidates for our nonprofit's board and summarize each candidate's strengths relevant to a board role in 2-3 bullets. Both are fictional.

Candidate A - Rosalind Mbeki: Rosalind has 20 years of experience in accounting, most recently as finance director of a regional housing association, where she oversaw a £40m budget and led the organization through a major audit. She has volunteered as treasurer for her local youth football club for eight years and recently completed a governance training course for charity trustees.

Candidate B - Tomás Herrera: Tomás is the founder of a digital marketing agency with 15 employees. He has helped several small charities redesign their websites and fundraising campaigns on a pro bono basis, including a campaign that doubled online donations for a food bank. He is bilingual in English and Spanish and has strong connections with the local Latin American community, which is one of the groups our organization serves.""",
"""Shorten this to a 2-sentence text message:

"Hi Jen! Just wanted to let you know that I'm running about 20 minutes late because the train got held up outside the station for some signal problem or something, they haven't really told us much. I'll come straight to the restaurant when I get in. Feel free to order drinks without me, and maybe the starters too, I'm starving! So sorry!\"""",
"""For my intro logic class: tell me whether each argument is valid, and whether it's sound. Explain briefly.

1. "All mammals breathe air. Whales breathe air. Therefore, whales are mammals."
2. "All birds have feathers. Penguins are birds. Therefore, penguins have feathers."
3. "If it rains, the pitch gets wet. The pitch is wet. Therefore, it rained."
4. "All fish live in water. Dolphins live in water. Therefore, dolphins are fish.\"""",
"""Please assess this short speech for a student council election, on clarity, persuasiveness and length (it should be 1 minute). Suggest 2 improvements.

"Hi everyone, I'm Noor and I'm running for student council. I know a lot of people say they'll change things and then nothing happens. So I'm only making three promises, and I'll report back every month on how they're going. One: I'll push for water refill stations on every floor, because right now there's one, and it's always broken. Two: I'll set up a suggestions box, an actual box and an online form, and I'll read every single one. Three: I'll ask for the library to stay open until 5 on exam weeks. That's it. Small things, but real things. Vote Noor, and hold me to it.\"""",
"""Please answer these questions about the rota below.

Shift rota - week 23
Mon: Ana (early), Ben (late)
Tue: Chris (early), Ana (late)
Wed: Dina (early), Ben (late)
Thu: Ana (early), Chris (late)
Fri: Ben (early), Dina (late)
Sat: Chris (early), Dina (late)
Sun: closed

1. How many shifts does each person have?
2. Does anyone work a late shift followed by an early shift the next day?
3. Who works on Saturday?""",
"""I'm trying to make sense of my electricity bill. What do these lines mean, and why is my bill higher than last month?

Billing period: 1 Jan - 31 Jan
Previous reading: 24,518 kWh (actual)
Current reading: 25,402 kWh (estimated)
Units used: 884 kWh @ 24.5p/kWh = £216.58
Standing charge: 31 days @ 53.35p/day = £16.54
Subtotal: £233.12
VAT @ 5%: £11.66
Total: £244.78

Last month I used 610 kWh. I haven't changed anything at home.""",
"""Can you write a catchy 2-line description for each of these podcast episodes, in the style of a Netflix teaser?

Ep 12: We interview a woman who has walked the entire coastline of Britain, 11,000 km, over four years.
Ep 13: The history of the sandwich, from the Earl of Sandwich to the modern meal deal.
Ep 14: Why do we get songs stuck in our heads? A neuroscientist explains earworms.
Ep 15: A bakery in Naples that has used the same sourdough starter since 1890.""",
]
FAMILY = "task_with_content"
