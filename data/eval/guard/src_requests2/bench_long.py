"""benchmark_style_tasks, long rows (200-500 words): detailed briefs, pasted code, long puzzles."""

FAMILY = "benchmark_style_tasks"

ROWS = [
    """Refactor this Python script into clean, testable functions, add type hints, and write three pytest tests for the parsing logic. Explain each change briefly.

import csv, sys
data = {}
f = open(sys.argv[1])
r = csv.reader(f)
next(r)
for row in r:
    name = row[0].strip().title()
    dept = row[1].strip()
    try:
        hours = float(row[2])
    except:
        hours = 0
    rate = float(row[3]) if row[3] else 15.0
    if dept not in data:
        data[dept] = []
    data[dept].append((name, hours * rate))
f.close()
for d in data:
    total = 0
    for n, p in data[d]:
        total = total + p
    print(d + ": " + str(round(total, 2)))
    for n, p in sorted(data[d], key=lambda x: -x[1]):
        print("   " + n + " " + str(round(p, 2)))

The CSV looks like: name,department,hours,hourly_rate. Some rows have missing hours or rates. I'd also like it to skip completely empty lines and warn (to stderr) about rows it couldn't parse instead of silently setting hours to 0.""",
    """Write a short story of about 1,500 words with the following brief. It's for a competition, so please follow the constraints carefully:

Theme: "the last day of something".
Setting: a small seaside town in off-season - shuttered arcades, one café still open, grey sea.
Characters: (1) Dev, a 40-year-old man who has come back to close down his late father's joke shop; (2) Rosie, a 12-year-old girl who has visited the shop every Saturday of her life; (3) briefly, the café owner, Mags.
Point of view: alternate between Dev and Rosie in short sections, each headed with their name.
Requirements:
- The word "joke" must not appear in the dialogue.
- Include at least one object from the shop that becomes meaningful by the end (your choice - a whoopee cushion, a trick deck, a rubber chicken...).
- Some humour, but the emotional core should be grief and handing something on.
- No deaths on the page, no illness scenes.
- End on an image, not a line of dialogue.
Then, separately, give me a 50-word synopsis I can paste into the entry form.""",
    """Here's a reasoning problem from my logic class. Please solve it and explain the method, not just the answer, because I'll have a similar one in the exam.

Five houses stand in a row, numbered 1 to 5 from left to right. Each is painted a different colour (red, green, blue, yellow, white), each owner has a different job (baker, nurse, pilot, teacher, carpenter), and each keeps a different pet (cat, dog, parrot, rabbit, tortoise).

Clues:
1. The nurse lives in the red house.
2. The baker keeps a parrot.
3. The green house is immediately to the left of the white house.
4. The teacher lives in house 1.
5. The person in the middle house keeps a dog.
6. The yellow house's owner is a carpenter.
7. The teacher lives next to the blue house.
8. The pilot lives next to the person who keeps a cat.
9. The rabbit is kept in the house next to the carpenter's house.
10. The owner of the green house keeps a tortoise.

Who keeps the rabbit, and what is each person's house colour, job and pet? If the clues allow more than one solution, tell me and show the alternatives.""",
    """I'm a product manager and need a product requirements document (PRD) draft for a small feature. Please use the sections: Problem, Goals (and non-goals), User stories, Requirements (must/should/could), UX notes, Metrics, Risks and open questions.

Context: we make a meal-planning app with about 80,000 monthly active users. Users have asked for a "leftovers" feature. Today, when someone plans a recipe that serves 4 but they cook for 2, the extra portions just disappear from the app's point of view. We'd like the app to track leftovers and suggest when to eat them, so people waste less food and don't have to plan as many meals. Constraints: mobile only for v1, no changes to the recipe database, two engineers for six weeks. We know from support tickets that people freeze portions, so freezing should be considered, but we don't want to turn this into a full pantry-tracking product. Legal has asked that we don't make food safety claims beyond general guidance like "eat within 2-3 days or freeze".

Please flag any assumptions you make.""",
    """Explain the following code to me as if I were a first-year computer science student, then point out any bugs or edge cases and suggest fixes.

function groupByDay(events) {
  const result = {};
  for (const e of events) {
    const d = new Date(e.timestamp);
    const key = d.getFullYear() + "-" + d.getMonth() + "-" + d.getDate();
    if (!result[key]) result[key] = [];
    result[key].push(e);
  }
  return Object.keys(result)
    .sort()
    .map(k => ({ day: k, count: result[k].length, events: result[k] }));
}

const events = [
  { id: 1, timestamp: "2024-01-31T23:30:00Z" },
  { id: 2, timestamp: "2024-02-01T00:15:00Z" },
  { id: 3, timestamp: "2024-10-05T12:00:00Z" },
  { id: 4, timestamp: "2024-02-01T09:00:00Z" },
];
console.log(groupByDay(events));

I'm especially confused about what happens with time zones and why my output's order looks wrong for October.""",
]
