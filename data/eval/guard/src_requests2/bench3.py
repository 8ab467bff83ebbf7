"""benchmark_style_tasks part 3: longer, multi-constraint tasks (100-500 words)."""

FAMILY = "benchmark_style_tasks"

ROWS = [
    """Write a short story (800-1000 words) for a literary magazine with the theme "thresholds". Requirements:
- Third person limited, past tense.
- Main character: a woman in her sixties who works as a night-shift ferry ticket inspector.
- The whole story takes place during one crossing.
- No flashbacks longer than a paragraph.
- The ending should be quiet and open, not a twist.
- Avoid the words "suddenly", "realised" and "journey".
Give it a title too.""",
    """Write a product launch email for our new reusable coffee cup, the "Loop Cup". Details:
- Made from recycled ocean plastic, dishwasher safe, fits under most coffee machines (height 14cm)
- Comes in 4 colours: sand, moss, slate and coral
- Launch price £14 (RRP £18) for the first two weeks
- Partner cafés give 20p off each drink when you use it
Audience: existing newsletter subscribers, mostly 25-45, eco-minded but tired of greenwashing. Tone: honest, warm, a little witty. Include a subject line, preview text, the email body (under 200 words) and a single call-to-action button label.""",
    """I'm a Year 8 science teacher. Create a 50-minute lesson plan on the particle model of solids, liquids and gases. Include: learning objectives (3), a starter activity (5 min), a main activity using everyday materials, a differentiation idea for students who struggle and for those who finish early, a plenary with an exit ticket, and likely misconceptions to watch for. Format it as a table with columns Time | Activity | Teacher does | Students do.""",
    """Here's a logic puzzle, please solve it and show the reasoning step by step:

Four friends - Aiden, Beatriz, Chen and Dolores - each ordered a different drink (tea, coffee, juice, water) and a different cake (carrot, lemon, chocolate, cheesecake) at a café.
1. The person who ordered coffee also ordered chocolate cake.
2. Beatriz didn't order a hot drink.
3. Chen ordered lemon cake.
4. Dolores ordered tea.
5. The person who had water had cheesecake.
6. Aiden didn't order juice.
Who ordered what?""",
    """Write a Python program that simulates a simple library system. Requirements:
1. Classes: Book (title, author, isbn, available), Member (name, member_id, borrowed books, max 3), Library.
2. Library methods: add_book, register_member, lend(isbn, member_id), return_book(isbn, member_id), search(query) matching title or author case-insensitively.
3. Raise custom exceptions for: book not found, book already lent, member over limit.
4. Include type hints and docstrings.
5. Add a short demo in `if __name__ == "__main__":` that exercises every method including one failure case.
Please keep it in a single file and don't use any third-party packages.""",
    """Write a 1,000-word persuasive essay arguing that cities should replace some car lanes with protected bike lanes. Structure: hook, thesis, three arguments (health, economy, climate) each with a counterargument and rebuttal, and a conclusion with a call to action. Use a confident but reasonable tone, suitable for a local newspaper op-ed. Don't invent specific statistics - where you'd use a number, put [STAT] so I can fill it in from sources.""",
    """Compose a speech for a retirement party. Details: the retiree is Margaret, she's been the school librarian for 31 years. Known for: the reading den she built out of an old bus shelter, remembering every kid's name, her terrible puns, and sneaking biscuits to kids who skipped breakfast. The speaker is the head teacher. Length: about 3 minutes spoken. Include one gentle joke at Margaret's expense and end with a toast. Avoid clichés like "end of an era".""",
    """Explain the following concepts in order, building each on the last, for someone who knows high school maths but no statistics: (1) mean and variance, (2) the normal distribution, (3) sampling and the standard error, (4) confidence intervals, (5) hypothesis tests and p-values. For each, give a one-line definition, an everyday example, and one common misunderstanding. Keep the whole thing under 900 words.""",
    """Act as a hiring manager and write three interview case studies for a junior data analyst role. Each should include: a short business scenario (a subscription app, a grocery chain, a hospital clinic), a small made-up dataset description, 3 questions of increasing difficulty, and what a strong answer would include. Make them doable in 30 minutes each with pen and paper or a spreadsheet.""",
    """Create a 7-day itinerary for a family trip to Japan in April. We are 2 adults and 2 kids (ages 8 and 12). We land in Tokyo and fly out of Osaka. Constraints: kids love animals and trains, one adult is vegetarian, we don't want more than 2 hotel changes, and we'd like one totally unstructured day. For each day give morning/afternoon/evening, rough travel times, and one food suggestion. Add a short list of things to book in advance.""",
    """Solve this and explain each step clearly for a student who is struggling:

A company makes two products, A and B. Each unit of A needs 2 hours of machine time and 1 hour of labour; each unit of B needs 1 hour of machine time and 3 hours of labour. There are 100 machine hours and 90 labour hours available per week. Profit is £30 per unit of A and £40 per unit of B. How many of each should they make to maximise profit? Use a graph-based method and state the corner points.""",
    """Write a children's story (about 600 words) for ages 5-7 that teaches that it's okay to make mistakes. Main character: a small octopus named Ollie who is learning to paint with all eight arms. Include repetition that kids can join in with, a gentle problem, a helpful friend, and a happy ending. Also suggest 3 discussion questions for a teacher to ask after reading.""",
    """Generate a comparison table of five popular programming languages (Python, JavaScript, Java, Go, Rust) across these columns: typing discipline, memory management, typical use cases, learning curve for beginners, concurrency model, and one notable drawback. Then write a short paragraph recommending which one a career-changer interested in backend web development should learn first, and why.""",
    """Rewrite the following paragraph three ways: (a) for a scientific journal, (b) for a 10-year-old, (c) as a tweet under 280 characters.

Bees are disappearing in many parts of the world, and scientists think it's a mix of things: pesticides, diseases carried by mites, losing the wild flowers they feed on, and climate change messing with when plants bloom. This is a big deal because a lot of the food we eat depends on bees and other insects moving pollen from flower to flower.""",
    """Design a database schema for a small veterinary clinic. It should handle owners, pets (an owner can have many pets), vets, appointments, treatments given at each appointment, medications dispensed, and invoices. Give me the CREATE TABLE statements for PostgreSQL with primary keys, foreign keys, sensible constraints and indexes. Then write two example queries: (1) all appointments for a given vet next week, (2) total unpaid invoices per owner.""",
    """Imagine you are a tour guide leading a walking tour of ancient Athens in 430 BC. Narrate the tour as we walk from the Agora up to the Acropolis. Mention at least five real places or buildings, what ordinary people would be doing there, and one piece of contemporary news or gossip (for example about the plague or the war with Sparta). Keep it lively but historically accurate, around 600 words.""",
    """I have these five tasks to schedule tomorrow between 9am and 5pm, with a lunch break of 30 minutes sometime between 12 and 1:30:
- Write the quarterly report (needs 2.5 hours of focus, best in the morning)
- Team meeting (fixed, 11:00-11:45)
- Dentist (fixed, 15:00-15:45, 15 min travel each way)
- Review three contracts (about 30 min each, can be split)
- Reply to emails (45 min total, can be split)
Make a schedule that fits everything and explain your choices. If it doesn't fit, tell me what to drop.""",
    """Write a short mystery in the style of a classic Golden Age detective story, with a fair-play clue the reader could spot. Setting: a snowed-in railway hotel in 1934. Cast: a retired colonel, a young pianist, a hotel manager, a nervous accountant. Victim: nobody dies - a valuable stamp collection goes missing. Length about 1,200 words. At the end, add a one-paragraph note explaining where the clue was hidden.""",
    """Write a bash script that:
1. Takes a directory path as its first argument (exit with a usage message if missing).
2. Finds all files larger than 100MB inside it (recursively).
3. Prints them sorted by size, largest first, in human-readable form.
4. Optionally, with a -d flag, moves them into a folder called "large_files" inside the given directory, keeping the relative paths.
5. Handles file names with spaces.
Add comments explaining each part, and a short example of how to run it.""",
    """Create a balanced one-week meal plan for a family of four on a tight budget (about £70 a week in the UK). Constraints: one child won't eat anything 'spicy', the other is lactose intolerant, and we only have a hob and a microwave (no oven). Include breakfast, lunch and dinner, reuse ingredients across meals to cut waste, and give a combined shopping list with estimated prices.""",
    """Explain how a bill becomes a law in the United States, then compare it with the process in the United Kingdom. Use a two-column table for the comparison (stages, who is involved, where a bill can fail), and end with two sentences on why the US process tends to produce gridlock more often.""",
    """Pretend you are an experienced hiking guide in the Scottish Highlands. A group of five office workers with mixed fitness wants to climb Ben Nevis in October. Give them a briefing as you would in person the evening before: route choice, timings, what to wear and carry, weather and turnaround rules, and how you'll handle it if someone struggles. Speak in your own voice, friendly and a bit blunt.""",
    """Summarize the main arguments for and against universal basic income in about 400 words. Then write a one-paragraph steelman of each side (the strongest version of its case), and finish with three empirical questions that would help settle the debate. Please keep it neutral - this is for a classroom debate and students will be assigned sides randomly.""",
    """Write a cover letter for this situation: I'm applying to be a park ranger with the county parks department. Background: 8 years as a secondary school geography teacher, volunteer with the local wildlife trust for 4 years (bat surveys, hedge-laying, leading guided walks), first aid certified, comfortable with chainsaws (certified). Weakness: no formal conservation degree. The ad stresses public engagement, practical land management and working alone in all weathers. Keep it under 400 words and don't grovel about the missing degree.""",
    """Generate 15 multiple-choice quiz questions on the solar system for a pub quiz. Mix easy, medium and hard (5 each), label the difficulty, give four options per question, and put the answers at the end rather than after each question. Avoid questions whose answers changed recently (like Pluto's status) unless you phrase them carefully.""",
    """Translate the following short passage into French, then explain three choices you made where a literal translation wouldn't work:

"It's raining cats and dogs, so we called off the picnic and stayed in instead. Grandad, who's never one to let a bit of weather spoil his fun, dug out an old board game nobody had played in years. By the end of the afternoon, we'd laughed so hard my sides hurt.\"""",
    """Write a function in JavaScript, `formatDuration(seconds)`, that turns a number of seconds into a readable string like "1 hour, 2 minutes and 5 seconds". Rules: omit zero units, use singular/plural correctly, join the last two parts with "and", return "now" for 0, and support years (365 days), days, hours, minutes and seconds. Include five test cases with expected outputs.""",
    """Imagine you're a 17th-century Dutch merchant writing to your business partner in Amsterdam from Batavia. Describe the voyage, the state of the spice trade, a problem with a shipment of nutmeg, and your worries about an English rival. Write it as a letter of about 400 words with period-appropriate tone, but keep the language readable for modern students.""",
    """Make a study guide on photosynthesis and cellular respiration for a biology test. Include: a comparison table (where it happens, inputs, outputs, energy change), the summary equations, a labelled description of the chloroplast and mitochondrion (in words), 5 practice questions with answers, and a mnemonic to remember the stages of respiration.""",
    """Write a short play scene (two characters, about 500 words) in which a grandmother teaches her teenage grandson to make dumplings while they talk around, but never directly about, the grandfather who recently died. Include stage directions. The emotion should come through the cooking, not speeches.""",
]
