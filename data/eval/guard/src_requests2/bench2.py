"""benchmark_style_tasks part 2: coding, extraction, STEM, essays, brainstorming, rewriting."""

FAMILY = "benchmark_style_tasks"

ROWS = [
    # --- coding ---
    "Write a Python function that checks whether a string is a palindrome, ignoring spaces and punctuation.",
    "Write a JavaScript function that debounces another function.",
    "Write a SQL query that returns the top 5 customers by total order value in 2023 from tables customers(id, name) and orders(id, customer_id, amount, order_date).",
    "Explain what this regex matches: ^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$",
    "Write a bash script that renames all .jpeg files in a folder to .jpg.",
    """Fix the bug in this code, it's supposed to return the largest number:

def largest(nums):
    biggest = 0
    for n in nums:
        if n > biggest:
            biggest = n
    return biggest

print(largest([-5, -2, -9]))""",
    "Implement binary search in Java and explain its time complexity.",
    "Write a Python class for a bank account with deposit, withdraw (no overdraft) and a transaction history.",
    """Explain what this code does line by line:

const counts = words.reduce((acc, w) => {
  acc[w] = (acc[w] || 0) + 1;
  return acc;
}, {});""",
    "Write a function in C that reverses a linked list in place.",
    "Convert this Python list comprehension to a normal for loop: squares = [x*x for x in range(10) if x % 2 == 0]",
    "Write a React component that shows a counter with + and - buttons and never goes below zero.",
    "Create a simple HTML page with a form that asks for name and email and validates the email with JavaScript before submitting.",
    "Write a Python script that reads a CSV of expenses (date, category, amount) and prints the total per category.",
    "What's the difference between a process and a thread? Give an example of when you'd use each.",
    """Why does this give me 'TypeError: unsupported operand type(s) for +: 'int' and 'str''?

age = input("How old are you? ")
print("Next year you'll be " + age + 1)""",
    "Write a Go program that fetches a URL and prints the HTTP status code.",
    "Implement FizzBuzz in Rust.",
    "Write unit tests with pytest for a function add(a, b) including edge cases.",
    "Explain Big O notation with examples of O(1), O(n), O(n log n) and O(n^2).",
    "Write a recursive function to compute the nth Fibonacci number, then rewrite it with memoization.",
    """This SQL is slow on a table with 10M rows. How can I speed it up?

SELECT * FROM events WHERE DATE(created_at) = '2024-03-01' AND user_id = 42;""",
    "Write a Dockerfile for a small Flask app that runs on port 5000.",
    "What does 'git rebase -i HEAD~3' do? Walk me through squashing commits.",
    "Write a Python function to merge two sorted lists into one sorted list without using sort().",
    "Explain closures in JavaScript with a simple example.",
    """Refactor this to be more readable:

function p(a){let r=[];for(let i=0;i<a.length;i++){if(a[i]%2==0){r.push(a[i]*2)}}return r}""",
    "Write a regular expression that matches US phone numbers in the formats (555) 123-4567, 555-123-4567 and 5551234567.",
    "How do I read a large file line by line in Python without loading it all into memory?",
    "Write a TypeScript interface for a blog post with title, body, tags, published date, and an optional author object.",
    "Implement a stack using two queues and explain the trade-offs.",
    "Write a Python script that renames photos by the date they were taken (from EXIF), using only Pillow.",
    """My CSS grid isn't centering the items. What am I missing?

.container {
  display: grid;
  grid-template-columns: repeat(3, 200px);
  gap: 16px;
}""",
    "What's the difference between == and === in JavaScript? Give tricky examples.",
    "Write a function that returns the most frequent word in a paragraph, ignoring case and punctuation.",
    "Explain the difference between SQL INNER JOIN, LEFT JOIN and FULL OUTER JOIN with a small example.",
    "Write a Python decorator that times how long a function takes.",
    """What does this shell command do?

find . -name "*.log" -mtime +30 -exec gzip {} \\;""",
    "Write a simple tic-tac-toe game in Python that runs in the terminal for two players.",
    "Explain the difference between REST and GraphQL for a beginner.",
    "Write a Kotlin data class for a Book and a function that sorts a list of books by year then title.",
    "Generate a YAML GitHub Actions workflow that runs npm test on every push to main.",
    """Why is this loop infinite?

i = 0
while i < 10:
    if i % 2 == 0:
        continue
    i += 1""",
    "Write a function to check if two strings are anagrams in O(n) time.",
    "Translate this Python to JavaScript: def greet(name='world'): return f'Hello, {name}!'",
    # --- information extraction ---
    """Extract all dates and the events they belong to from this passage:

The museum was founded on 12 March 1887 by a group of local merchants. It moved to its current building in 1923, after a fire destroyed the original hall on 4 July 1921. The east wing, dedicated to maritime history, opened on 30 September 1978, and the most recent renovation was completed in spring 2019.""",
    """From this table, which region had the highest growth from Q1 to Q2?

| Region | Q1 sales | Q2 sales |
|---|---|---|
| North | 120 | 138 |
| South | 95 | 121 |
| East | 210 | 220 |
| West | 80 | 99 |""",
    """List the people mentioned and their job titles:

At yesterday's launch, CEO Marta Lindqvist thanked the engineering team led by CTO Raj Patel. Head of design Aiko Tanaka presented the new interface, while Sam O'Neill, a product manager, answered questions from the press. The event was hosted by marketing director Lucía Fernández.""",
    """Pull out the ingredients and quantities as a list:

For the dough, mix 500g flour with 7g dried yeast and a teaspoon of salt. Add 320ml warm water and two tablespoons of olive oil. For the topping you'll need a 400g tin of chopped tomatoes, a clove of garlic, 125g mozzarella and a handful of basil.""",
    """What's the total and which item is most expensive?

Coffee beans 1kg - 18.50
Milk frother - 34.99
Mugs x4 - 22.00
Descaler - 7.25""",
    """Extract the key facts (who, what, where, when) from this:

Residents of Millbrook gathered at the town hall on Tuesday evening to discuss plans for a new skate park on the site of the old tennis courts. Councillor Denise Hart said construction could begin in August if funding from the regional sports grant is confirmed.""",
    """Answer using only the passage: what was the main reason the bridge was closed?

The Riverside footbridge will remain closed until further notice. Engineers inspecting the structure after last month's floods found erosion around two of the supporting piers. Although the deck itself is undamaged, the council said it could not guarantee the bridge's stability under heavy foot traffic.""",
    """Turn this into a JSON object with fields name, email, phone, company:

Hi, I'm Daniel Okafor from Brightline Logistics. You can reach me at d.okafor@brightline.example or on 020 7946 0321.""",
    """Which of these products are out of stock and which need reordering (fewer than 10)?

SKU, product, stock
A101, blue notebook, 45
A102, red notebook, 0
B220, gel pens (pack of 5), 8
B221, highlighters, 0
C330, sticky notes, 12
C331, paper clips, 3""",
    """Summarize the main argument of this paragraph in one sentence:

While remote work has been praised for improving flexibility, a growing body of research suggests its effects on productivity are uneven. Workers with quiet home offices and autonomous roles tend to thrive, while those in collaborative or junior positions often report slower learning and weaker relationships with colleagues. Organisations that treat remote work as a single policy rather than a set of choices for different roles may be missing the point.""",
    # --- STEM explanations ---
    "Explain how vaccines train the immune system, for a 12-year-old.",
    "Describe the process of photosynthesis, including the light-dependent and light-independent reactions.",
    "Explain why the sky is blue and sunsets are red.",
    "What is entropy? Give an intuitive explanation and an everyday example.",
    "Explain how a transistor works as a switch.",
    "Describe the water cycle and how climate change affects it.",
    "How do black holes form, and what is the event horizon?",
    "Explain the difference between mitosis and meiosis in a table.",
    "What is CRISPR and how does it edit genes? Keep it non-technical.",
    "Explain Newton's three laws of motion with examples from sports.",
    "How does GPS figure out where I am?",
    "Explain the difference between weather and climate.",
    "What causes earthquakes and how is their magnitude measured?",
    "Explain supply and demand with an example about concert tickets.",
    "Why do we have seasons? A lot of people think it's distance from the sun.",
    "What's the difference between a virus and a bacterium, and why don't antibiotics work on viruses?",
    "Explain how public-key cryptography works using a simple analogy.",
    "Explain what a neural network is to someone who knows basic algebra.",
    "Describe how the heart pumps blood through the body, step by step.",
    "What is the greenhouse effect and which gases contribute most?",
    "Explain the Pythagorean theorem and give a visual proof.",
    "Why does ice float?",
    "Explain how compound interest works and why starting early matters.",
    "What are plate tectonics and what evidence supports the theory?",
    "Describe the structure of an atom and how our model of it changed over time.",
    "How does a refrigerator keep things cold?",
    "Explain what DNA replication is and why errors sometimes happen.",
    "What's the difference between speed, velocity and acceleration?",
    # --- humanities / social science essays ---
    "Write a 500-word essay on the causes of the French Revolution.",
    "Discuss the advantages and disadvantages of social media for teenagers, in an essay with an introduction, three body paragraphs and a conclusion.",
    "Compare and contrast the leadership styles of Abraham Lincoln and Winston Churchill.",
    "Analyse the theme of ambition in Macbeth.",
    "Should voting be compulsory? Write a balanced argument.",
    "Explain the main ideas of utilitarianism and one major criticism of it.",
    "How did the printing press change European society?",
    "Write an essay on whether standardized testing is a fair measure of student ability.",
    "Discuss the impact of the Silk Road on cultural exchange between East and West.",
    "What were the main causes and consequences of the Great Depression?",
    "Analyse the symbolism of the green light in The Great Gatsby.",
    "Explain Maslow's hierarchy of needs and whether modern psychology still supports it.",
    "Discuss how urbanisation affects family structures, using examples from two countries.",
    "Evaluate the role of the United Nations in preventing conflicts since 1945.",
    "Write a short essay on the ethics of eating meat, presenting at least two viewpoints.",
    "Compare the Renaissance and the Enlightenment in terms of their views on human reason.",
    "Why did the Roman Republic fall? Give three main reasons.",
    "Discuss the role of women in the workforce during World War II and what changed afterwards.",
    "Explain the concept of 'soft power' with examples.",
    "Describe the significance of the Magna Carta and its influence on modern law.",
    # --- brainstorming / lists ---
    "Give me 10 name ideas for a dog-walking business.",
    "List 15 icebreaker questions for a team meeting that aren't awkward.",
    "Brainstorm 8 themes for a 7-year-old's birthday party on a small budget.",
    "Generate 12 blog post ideas for a personal finance blog aimed at nurses.",
    "Give me 5 ideas for a science fair project about plants.",
    "List 10 things to do in Edinburgh on a rainy day.",
    "Suggest 10 healthy snacks I can keep at my desk.",
    "Brainstorm ways to reduce plastic waste in a school cafeteria.",
    "Give me 20 writing prompts for a horror-themed creative writing class.",
    "List some indoor activities for a rainy day with two toddlers.",
    "Generate names for a fantasy tavern. Give me 10 with a one-line description each.",
    "What are 7 ways to make a small bedroom feel bigger?",
    "Give me a list of 10 books to read if I liked 'The Martian'.",
    "Brainstorm 6 slogans for a farmer's market.",
    "List 10 interview questions to ask a potential babysitter.",
    "Create a packing list for a 5-day camping trip in autumn.",
    "Suggest 8 team-building activities that can be done remotely.",
    "Give me 10 conversation starters for a first date that aren't boring.",
    "Generate a weekly meal plan for a vegetarian family of four, with a shopping list.",
    "List the pros and cons of buying an electric car in 2024.",
    # --- classification / rewriting ---
    "Rewrite this in a formal tone: hey, can u send me the report asap? thx",
    """Classify these tweets as positive, negative or neutral:
1. "Just got my new phone and it's amazing!!"
2. "Train delayed again. Of course."
3. "The meeting is at 3pm."
4. "Worst customer service I've ever had."
5. "Can't wait for the weekend :)\"""",
    "Rewrite this sentence in the passive voice: The committee approved the new budget.",
    "Summarize the plot of Romeo and Juliet in three sentences.",
    "Translate 'Where is the nearest train station?' into French, Spanish, German and Italian.",
    "Edit this for grammar: Me and him goes to the store yesterday and buyed three apple.",
    "Rewrite this paragraph for a 10-year-old: Photosynthesis is the process by which autotrophic organisms convert light energy into chemical energy stored in glucose.",
    """Classify each of these as a fruit or a vegetable (botanically): tomato, carrot, cucumber, spinach, pumpkin, potato, pepper.""",
    "Paraphrase this without changing the meaning: The results were inconclusive, and further research is needed.",
    "Make this email shorter and more direct: I wanted to reach out to see if you might possibly have some time at some point next week to maybe discuss the project timeline, if that works for you.",
    "Turn these bullet points into a paragraph: - launch delayed 2 weeks - supplier issue - new date 15 June - no change to price",
    """Sort these into categories (transport, food, utilities): bus pass, electricity bill, groceries, taxi, water bill, restaurant, train ticket, internet.""",
    "Rewrite this product description to sound more luxurious: Our soap is made with olive oil and smells nice.",
    "Convert this sentence to reported speech: She said, 'I will call you tomorrow.'",
    """Label each sentence as fact or opinion:
- Paris is the capital of France.
- Paris is the most beautiful city in the world.
- The Eiffel Tower was completed in 1889.
- Tourists spend too much money in Paris.""",
    "Summarize this in one sentence: The company reported a 12% rise in revenue in the third quarter, driven largely by strong demand in Asia, though profit margins narrowed due to higher shipping costs.",
    "Translate this into plain English: 'The party of the first part shall indemnify the party of the second part against all losses arising hereunder.'",
    "Rewrite the following as a haiku: I missed the bus this morning and had to walk to work in the rain.",
    "Correct the punctuation: lets eat grandma said the boy who was very hungry",
    "Rewrite this job ad to be more inclusive: We're looking for a young, energetic rockstar developer who can work hard and play hard.",
    """Identify the tone of each review (enthusiastic, disappointed, sarcastic):
A: "Oh great, another charger that stops working after a week. Fantastic."
B: "Honestly the best headphones I've ever owned."
C: "Expected more for the price. It's fine I guess.\"""",
    "Rewrite this in British English: I'm going to the mall to buy some cookies and a new sweater, then I'll take the subway home.",
    "Change this to first person: He woke up late, skipped breakfast, and ran to catch the train.",
    "Make this sentence more concise: In spite of the fact that it was raining, we made the decision to go ahead with the picnic.",
    "Translate this Spanish into English: Me gustaría reservar una mesa para dos personas a las ocho.",
]
