"""Benign instruction prompts (personas, edits, reading, code, puzzles, writing) from slots and frames.

The team's benign rows are mostly short chat turns, so the jailbreak head learned that a persona or a task
instruction means an attack; these rows, trained as `benign`, counter that.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Rows are also PII negatives (every token O): no person names, places, nationalities, organisations,
# dates or clock times anywhere below.

Rng = random.Random


def _a(noun: str) -> str:
    return f"{'an' if noun[0].lower() in 'aeiou' else 'a'} {noun}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _numbered(rng: Rng, items: Sequence[str]) -> str:
    style = rng.randrange(5)
    if style == 0:
        return "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
    if style == 1:
        return "\n".join(f"{i}) {item}" for i, item in enumerate(items, 1))
    if style == 2:
        return "\n".join(f"Q{i}: {item}" for i, item in enumerate(items, 1))
    if style == 3:
        return "\n".join(f"- {item}" for item in items)
    return " ".join(f"({i}) {item}" for i, item in enumerate(items, 1))


def _ordered_sample(rng: Rng, items: Sequence[str], low: int, high: int) -> list[str]:
    """A few items in their original order (sentences of a passage, steps of a plan)."""
    k = min(len(items), rng.randint(low, high))
    keep = sorted(rng.sample(range(len(items)), k))
    return [items[i] for i in keep]


TONES = (
    "more formal",
    "more casual",
    "friendlier",
    "more confident",
    "more polite",
    "warmer",
    "more professional",
    "more enthusiastic",
    "calmer",
    "more neutral",
    "more playful",
    "more direct",
    "less stiff",
    "more encouraging",
    "more upbeat",
    "gentler",
    "more persuasive",
    "more concise",
)
AUDIENCES = (
    "a ten-year-old",
    "a complete beginner",
    "my grandparents",
    "a busy manager",
    "new employees",
    "high school students",
    "parents at our school",
    "a non-technical customer",
    "first-year university students",
    "our volunteers",
    "a group of retirees",
    "people learning the language",
    "a hiring manager",
    "young children",
    "software developers",
    "a neighbourhood newsletter",
)
FORMS = (
    "a poem",
    "a haiku",
    "a limerick",
    "a short story",
    "a table",
    "a bullet list",
    "a dialogue between two friends",
    "a song chorus",
    "a short FAQ",
    "a tweet-length post",
    "a numbered checklist",
    "a one-paragraph summary",
    "a fairy tale",
    "a news headline and a short lead",
    "a recipe card",
    "a children's rhyme",
)
THINGS = (
    "email",
    "story",
    "plan",
    "recipe",
    "summary",
    "code",
    "list",
    "poem",
    "outline",
    "explanation",
    "answer",
    "cover letter",
    "speech",
    "description",
    "itinerary",
    "workout plan",
)
TOPICS = (
    "gardening",
    "saving energy at home",
    "learning to swim",
    "baking bread",
    "starting a book club",
    "caring for houseplants",
    "training a puppy",
    "cycling to work",
    "composting",
    "organising a closet",
    "learning the guitar",
    "birdwatching",
    "making a budget",
    "studying for exams",
    "planning a picnic",
    "keeping a journal",
    "reducing food waste",
    "camping for the first time",
)


# --- persona_task


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    materials: tuple[str, ...]
    tasks: tuple[str, ...]
    requests: tuple[str, ...]
    # What "be my ___" and "your ___ hat" call the role, where the full name reads badly there.
    short: str = ""


ROLES = (
    Role(
        "math tutor",
        ("word problems from my homework", "my worked solutions"),
        (
            "explain each step in simple terms",
            "point out where my reasoning goes wrong without just giving me the answer",
        ),
        (
            "How do I find the area of a triangle when I only know its base and height?",
            "Why does dividing by a fraction mean multiplying by its reciprocal?",
        ),
    ),
    Role(
        "chemistry teacher",
        ("questions from my revision sheet", "terms I keep mixing up"),
        ("explain them with everyday examples", "quiz me with three short questions afterwards"),
        (
            "What is the difference between an atom and a molecule?",
            "Why does salt dissolve in water while oil does not?",
        ),
    ),
    Role(
        "translator",
        ("sentences full of technical jargon", "short paragraphs from a user manual"),
        ("rewrite them in plain words anyone can follow", "keep the meaning but make every sentence shorter"),
        (
            "The device must be power-cycled prior to recalibration.",
            "Latency increased due to a suboptimal caching strategy.",
        ),
    ),
    Role(
        "tour guide",
        ("the kind of places I enjoy", "how much time I have to explore"),
        (
            "suggest a walking route through an old harbour town",
            "recommend sights that suit a family with young kids",
        ),
        (
            "I like lighthouses, street food and small museums.",
            "I only have one afternoon and I dislike crowds.",
        ),
    ),
    Role(
        "chef",
        ("a list of ingredients left in my fridge", "a recipe I want to make lighter"),
        (
            "suggest a simple dinner I can cook in half an hour",
            "swap ingredients so the dish becomes vegetarian",
        ),
        ("I have eggs, spinach, rice and half an onion.", "How can I make a creamy soup without cream?"),
    ),
    Role(
        "job interviewer",
        ("the position I am applying for", "my answers to your questions"),
        ("ask me interview questions one at a time", "give me honest feedback after each answer"),
        ("The role is a junior data analyst position.", "I am applying to be a nursery assistant."),
    ),
    Role(
        "debate partner",
        ("a motion to argue", "my opening argument"),
        ("take the opposite side and respond politely", "point out the weak spots in my logic"),
        ("Motion: school uniforms should be optional.", "Motion: town centres should be car-free."),
    ),
    Role(
        "historian",
        ("a topic I am curious about", "questions from my history class"),
        (
            "explain the background and the main causes in plain language",
            "describe what daily life was like for ordinary people",
        ),
        (
            "How did the printing press change the way people learned?",
            "Why were so many castles built on hills?",
        ),
    ),
    Role(
        "travel agent",
        ("my budget and the kind of trip I want", "the things I care about on holiday"),
        ("suggest three trip ideas with rough costs", "build a packing list and a simple day-by-day outline"),
        (
            "I want a quiet beach holiday with good hiking nearby.",
            "We are two adults and a toddler who loves trains.",
        ),
    ),
    Role(
        "fitness trainer",
        ("my current routine and goals", "how many days a week I can train"),
        ("design a beginner-friendly plan", "suggest warm-ups and stretches for each session"),
        (
            "I can train three times a week for forty minutes.",
            "I want to run five kilometres without stopping.",
        ),
    ),
    Role(
        "copy editor",
        ("drafts of my newsletter", "paragraphs from my essay"),
        ("fix the grammar and suggest clearer wording", "mark any sentence that is too long"),
        ("Our team have worked very hard on this and we are very excited.", "Let me start with the intro."),
    ),
    Role(
        "reading tutor",
        ("chapters my son is reading for school", "difficult words from a novel"),
        ("ask questions that check understanding", "explain the words with example sentences"),
        ("The chapter is about a boy who builds a raft.", "What does 'reluctant' mean?"),
    ),
    Role(
        "career counsellor",
        ("my skills and interests", "a description of my current job"),
        ("suggest career paths that fit", "list the skills I should build next"),
        (
            "I enjoy organising events and I am good with spreadsheets.",
            "I have worked in retail for six years and want a change.",
        ),
    ),
    Role(
        "sommelier",
        ("the dishes I am serving", "my budget per bottle"),
        (
            "recommend drinks that pair well, including non-alcoholic options",
            "explain why each pairing works",
        ),
        ("I'm serving mushroom risotto and a lemon tart.", "What goes well with spicy noodles?"),
    ),
    Role(
        "old oak tree in a park",
        ("questions from children in a nature class", "things the children noticed on their walk"),
        ("answer in a warm, slow and simple voice", "describe the seasons from your point of view"),
        ("What do you do in winter?", "How do birds and squirrels help you?"),
        "oak tree",
    ),
    Role(
        "pirate for a kids' story",
        ("the places on our treasure map", "what the children want to happen next"),
        (
            "narrate the adventure in a fun pirate voice suitable for six-year-olds",
            "keep it gentle and end with a lesson about sharing",
        ),
        ("Tell us how you found the hidden cove.", "What do pirates eat for breakfast?"),
        "pirate storyteller",
    ),
    Role(
        "librarian",
        ("the kinds of books I enjoyed recently", "my reading goals for the year"),
        ("recommend similar kinds of books", "suggest a reading plan that mixes genres"),
        ("I like slow mysteries with cosy settings.", "I want to read more non-fiction about nature."),
    ),
    Role(
        "gardener",
        ("details about my balcony", "descriptions of my plants"),
        ("suggest plants that will thrive there", "tell me how often to water and feed them"),
        (
            "My balcony faces north and gets quite windy.",
            "Why are the leaves on my tomato plant turning yellow?",
        ),
    ),
    Role(
        "museum guide",
        ("objects from a science gallery", "questions from a school group"),
        ("describe each object as if walking a class through the room", "add one surprising fact per object"),
        ("Start with the old steam engine.", "Tell us about the fossil of a giant fern."),
    ),
    Role(
        "study buddy",
        ("my lecture notes", "a list of topics for my exam"),
        ("turn them into flashcards", "quiz me and keep score"),
        ("The topic is cell division.", "Let's start with the causes of inflation."),
    ),
    Role(
        "stand-up comedian",
        ("topics from everyday life", "awkward situations I describe"),
        (
            "write a short, family-friendly comedy bit",
            "keep the jokes kind and never make fun of a group of people",
        ),
        ("Topic: self-checkout machines.", "Topic: trying to fold a fitted sheet."),
    ),
    Role(
        "poet",
        ("a feeling or a scene", "a handful of words I like"),
        ("write a short poem about it", "use vivid images and no more than twelve lines"),
        ("The first snow on a quiet street.", "A kettle boiling while rain taps on the window."),
    ),
    Role(
        "personal finance educator",
        ("my rough income and expenses", "money questions I have"),
        ("help me build a simple budget", "explain the ideas in plain words without recommending products"),
        ("How big should an emergency fund be?", "What is compound interest?"),
    ),
    Role(
        "senior software engineer",
        ("small pull requests", "functions I wrote"),
        ("review them for readability and bugs", "suggest tests I should add"),
        ("Is it bad to have a function with eight parameters?", "How should I name boolean variables?"),
    ),
    Role(
        "UX designer",
        ("descriptions of app screens", "feedback from our user interviews"),
        ("suggest improvements to layout and wording", "point out accessibility problems"),
        (
            "A sign-up form with eight required fields on one screen.",
            "Users say they can't find the settings page.",
        ),
    ),
    Role(
        "startup mentor",
        ("my business idea", "my pitch deck outline"),
        ("ask tough but fair questions", "help me write a one-paragraph pitch"),
        (
            "A subscription service for refillable cleaning products.",
            "A tool-lending library for neighbours.",
        ),
    ),
    Role(
        "yoga instructor",
        ("how stiff I feel", "how much time I have"),
        ("guide me through a gentle stretch for desk workers", "describe each pose clearly and safely"),
        ("My shoulders are tight from sitting all day.", "I have ten minutes before work."),
    ),
    Role(
        "music teacher",
        ("the pieces I am practising", "music theory terms I don't get"),
        ("explain the theory simply", "suggest short practice exercises"),
        ("What is a chord progression?", "How do I keep steady time when I play?"),
    ),
    Role(
        "chess coach",
        ("positions from my games described move by move", "mistakes I keep making"),
        ("explain the ideas behind good moves", "suggest a simple opening for a beginner"),
        ("Why is controlling the centre important?", "When should I castle?"),
    ),
    Role(
        "philosophy professor",
        ("questions I've been thinking about", "short arguments I wrote"),
        ("walk me through the main positions", "ask me questions back like in a seminar"),
        ("Can we know anything for certain?", "What makes a decision fair?"),
    ),
    Role(
        "kindergarten teacher",
        ("topics for circle time", "questions my class asked"),
        (
            "explain them in words a five-year-old understands",
            "suggest a short craft activity to go with each",
        ),
        ("Why do leaves change colour?", "Where does rain come from?"),
    ),
    Role(
        "game master for a tabletop adventure",
        ("my character's class and goal", "the choices I make"),
        (
            "describe the scene and let me choose what to do",
            "keep the adventure light and good for beginners",
        ),
        ("I play a halfling cook searching for a lost recipe.", "My character opens the creaky door."),
        "game master",
    ),
    Role(
        "spaceship computer in a kids' adventure game",
        ("questions from the young crew", "the buttons the crew presses"),
        ("answer with fun and true space facts", "describe what happens on the ship in a friendly voice"),
        ("Computer, how far away is the Moon?", "What happens if we press the blue button?"),
        "ship's computer",
    ),
    Role(
        "friendly robot",
        ("questions from children visiting a science fair", "simple chores I describe"),
        (
            "answer cheerfully and explain how robots work",
            "explain how a robot would plan the chore step by step",
        ),
        ("How do you see things?", "Could you help tidy a messy bedroom?"),
    ),
    Role(
        "house cat",
        ("things that happen around the house", "the noises you hear"),
        (
            "describe them from a cat's point of view in a funny diary entry",
            "stay curious and a little grumpy",
        ),
        ("The vacuum cleaner just came out of the cupboard.", "A new cardboard box has arrived."),
    ),
    Role(
        "astronaut",
        ("questions from a primary school class", "pictures of the night sky I describe"),
        ("answer the way you would on a school visit", "explain what life on a space station is like"),
        ("How do you sleep in space?", "What does Earth look like from orbit?"),
    ),
    Role(
        "barista",
        ("my taste preferences", "the equipment I have at home"),
        ("recommend a drink and explain how to make it", "explain how grind size changes the taste"),
        ("I like sweet drinks but not too much milk.", "I only have a plunger pot and a kettle."),
    ),
    Role(
        "park ranger",
        ("questions from visitors", "plans for a day hike"),
        ("answer with tips on safety and respecting wildlife", "suggest what to pack"),
        ("What should I do if I see a deer on the trail?", "Is it okay to feed the ducks?"),
    ),
    Role(
        "bike mechanic",
        ("the symptoms my bike shows", "the tools I own"),
        ("explain the likely causes", "walk me through the fix I can do myself"),
        ("My chain keeps slipping when I ride uphill.", "The brakes squeak every time I stop."),
    ),
    Role(
        "nutrition coach",
        ("what I usually eat", "the meals I cook most often"),
        ("suggest balanced swaps", "help me plan easy lunches for work"),
        ("I skip breakfast and snack a lot in the afternoon.", "I want more protein without eating meat."),
    ),
    Role(
        "storyteller",
        ("three random words", "a setting and a mood"),
        ("weave them into a short bedtime story", "end the story on a calm note"),
        ("Words: lantern, snail, bridge.", "A lighthouse during a storm, cosy mood."),
    ),
    Role(
        "quiz host",
        ("a theme", "the age of the players"),
        ("run a ten-question quiz and keep score", "give a fun fact after each answer"),
        ("Theme: the ocean.", "Theme: famous inventions, for players aged twelve."),
    ),
    Role(
        "event planner",
        ("the type of event and the guest count", "my budget"),
        ("create a checklist and a rough timeline", "suggest themes and simple decorations"),
        ("A surprise party for twenty guests in a community hall.", "A small garden wedding."),
    ),
    Role(
        "speechwriter",
        ("the occasion and a few details", "my rough notes"),
        ("draft a short speech", "make it heartfelt with one light joke"),
        ("A retirement speech for a colleague who loves gardening.", "A toast for my brother's graduation."),
    ),
    Role(
        "recruiter",
        ("job descriptions", "my CV summary"),
        ("rewrite them to be clearer and more inclusive", "tell me what a recruiter notices first"),
        (
            "We need a warehouse lead with forklift experience.",
            "Here is my summary: five years in logistics.",
        ),
    ),
    Role(
        "marketing strategist",
        ("a product description", "my target customers"),
        ("suggest three campaign ideas for a small budget", "write a tagline for each idea"),
        ("A handmade candle shop that uses recycled jars.", "A mobile dog-grooming van."),
    ),
    Role(
        "data analyst",
        ("summary tables from a survey", "questions about my sales numbers"),
        ("point out trends and suggest charts", "explain which average to use and why"),
        (
            "Satisfaction went from 72% to 64% after the redesign.",
            "Should I use the mean or the median here?",
        ),
    ),
    Role(
        "statistics tutor",
        ("concepts from my course", "exercises I got wrong"),
        ("explain them with small, concrete examples", "show me how to check my answers"),
        ("What is a p-value in plain words?", "Why do we divide by n minus one?"),
    ),
    Role(
        "public speaking coach",
        ("my speech outline", "the parts that make me nervous"),
        ("give feedback on structure and pacing", "suggest breathing and rehearsal tips"),
        ("I have to present a project update to forty people.", "I always rush the opening."),
    ),
    Role(
        "film critic",
        ("plots of films I describe", "my own short reviews"),
        ("write a short review without spoilers", "point out what makes a review persuasive"),
        ("A quiet drama about a family running a bakery.", "A space adventure with a talking robot dog."),
    ),
    Role(
        "sleep coach",
        ("my evening habits", "how I feel when I wake up"),
        ("suggest a calmer wind-down routine", "explain the science in simple terms"),
        ("I scroll on my phone in bed for an hour.", "I wake up tired even after eight hours."),
    ),
    Role(
        "interior designer",
        ("the size and shape of my living room", "the furniture I already own"),
        ("suggest a layout and a colour palette", "recommend cheap ways to make the room feel bigger"),
        ("The room is long and narrow with one window.", "I have a grey sofa and a wooden bookshelf."),
    ),
    Role(
        "spreadsheet expert",
        ("descriptions of my tables", "the results I want"),
        ("write the formulas I need", "explain each formula in one sentence"),
        (
            "Column A has product names and column B has prices; I want the average price.",
            "How do I count the rows that say 'done'?",
        ),
    ),
    Role(
        "customer service trainer",
        ("difficult customer messages", "my draft replies"),
        ("show me a calm, helpful reply", "explain what makes a reply feel respectful"),
        ("My order arrived broken and I'm really annoyed.", "Why is my refund taking so long?"),
    ),
    Role(
        "science teacher",
        ("experiments we can do at home", "questions my students ask"),
        ("explain the science behind each one", "suggest safe materials and steps"),
        ("Why does a candle go out under a glass?", "How does a rainbow form?"),
    ),
)
PERSONA_OPENERS = (
    "Act as {a_role}.",
    "I want you to act as {a_role}.",
    "Pretend you are {a_role}.",
    "Pretend to be {a_role} for a moment.",
    "You are {a_role}.",
    "You're {a_role} today.",
    "Imagine you are {a_role}.",
    "Imagine yourself as {a_role}.",
    "Take on the role of {a_role}.",
    "Please assume the role of {a_role}.",
    "Be my {role} for this chat.",
    "Play the part of {a_role}.",
    "Could you act like {a_role}?",
    "I'd like you to take the role of {a_role} in this conversation.",
    "Let's role-play: you are {a_role} and I am {partner}.",
    "Respond as {a_role} would.",
    "Put on your {role} hat.",
    "For the next few messages, speak as {a_role}.",
    "Stay in character as {a_role} until I say we're done.",
    "For a class project I need you to act as {a_role}.",
    "Can you pretend to be {a_role}?",
    "Assume you are {a_role} with many years of experience.",
    "Think like {a_role}.",
    "You will be acting as {a_role}.",
    "Let's play a game where you are {a_role}.",
)
PARTNERS = (
    "a curious student",
    "a nervous beginner",
    "a customer",
    "a visitor",
    "a new learner",
    "a parent",
    "a small group of kids",
    "a first-time client",
)
PERSONA_JOBS = (
    "I will provide {material}, and you will {task}.",
    "I will give you {material}. Your job is to {task}.",
    "I'll share {material} and you should {task}.",
    "Your task is to {task}.",
    "Please {task}.",
    "When I send {material}, {task}.",
    "I'm going to paste {material}; {task}.",
    "Using {material} that I give you, {task}.",
)
PERSONA_STARTS = (
    ' My first request is "{request}"',
    " First one: {request}",
    "\n\n{request}",
    " Here is the first: {request}",
    " Let's begin. {request}",
    "\nMy first message: {request}",
)
PERSONA_TAILS = (
    " Keep your answers short.",
    " Use simple language.",
    " Ask me a question if something is unclear.",
    " Reply in bullet points.",
    " Be encouraging.",
    " Don't write explanations longer than a paragraph.",
    " Only answer one thing at a time.",
    " Keep it fun!",
)


def persona_task(rng: Rng) -> str:
    role = rng.choice(ROLES)
    opener = rng.choice(PERSONA_OPENERS).format(
        a_role=_a(role.name), role=role.short or role.name, partner=rng.choice(PARTNERS)
    )
    job = rng.choice(PERSONA_JOBS).format(material=rng.choice(role.materials), task=rng.choice(role.tasks))
    text = f"{opener} {_cap(job)}"
    if rng.random() < 0.3:
        text += rng.choice(PERSONA_TAILS)
    if rng.random() < 0.6:
        text += rng.choice(PERSONA_STARTS).format(request=rng.choice(role.requests))
    return text


# --- edit_text

# One short topic per tuple, so a 1-4 sentence excerpt reads as one coherent text.
TEXT_POOLS = (
    (
        "The community garden is looking for new volunteers.",
        "We meet at the shed next to the pond and share the tools.",
        "Nobody needs experience, because the older members are happy to teach.",
        "Last season we grew enough beans to give a box to the food bank.",
        "If you want a plot of your own, add your name to the list on the gate.",
    ),
    (
        "Please remember to clean the office kitchen after you use it.",
        "Dirty mugs have been left in the sink for several days.",
        "The dishwasher should be started when it is full, not half empty.",
        "Anything left in the fridge at the end of the week will be thrown away.",
        "Thank you for helping to keep the space pleasant for everyone.",
    ),
    (
        "Our class went on a trip to the science museum.",
        "The best part was the room where you could make lightning with a machine.",
        "We also saw a huge skeleton of a whale hanging from the ceiling.",
        "On the bus home everyone was tired but happy.",
        "Next time I would like to spend longer in the space gallery.",
    ),
    (
        "The latest update makes the app load much faster.",
        "We also fixed a problem where photos were uploaded twice.",
        "The settings menu has been redesigned so it is easier to find things.",
        "Dark mode now works on every screen.",
        "As always, we would love to hear your feedback.",
    ),
    (
        "The library will be closed for repairs for two weeks.",
        "Books can still be returned through the slot by the front door.",
        "Late fees will not be charged while the building is closed.",
        "The reading club will meet in the community hall instead.",
        "We are sorry for any trouble this may cause.",
    ),
    (
        "Our bakery has started making sourdough bread again.",
        "Each loaf rises slowly for a whole day before it is baked.",
        "Customers have told us the crust is better than ever.",
        "We also added a seeded rye and a small fruit loaf to the menu.",
        "Come early, because they usually sell out before lunch.",
    ),
    (
        "The hiking club is planning a walk along the river.",
        "The route is about twelve kilometres long and mostly flat.",
        "Bring sturdy shoes, water and a packed lunch.",
        "Dogs are welcome if they stay on a lead.",
        "We will stop at the old mill for a rest halfway.",
    ),
    (
        "I recently moved into a smaller flat.",
        "Packing took much longer than I expected.",
        "I gave away half of my books and most of my kitchen gadgets.",
        "The new place gets a lot of light in the afternoon.",
        "I finally have room for a desk by the window.",
    ),
    (
        "The new coffee machine on the second floor is now working.",
        "It makes espresso, cappuccino and hot chocolate.",
        "Please use the cleaning tablet once the light turns orange.",
        "Cups are in the cupboard above the sink.",
        "Let the facilities team know if it stops working.",
    ),
    (
        "Our school is holding a bake sale to raise money for new playground equipment.",
        "Families can bring homemade cakes, biscuits or bread.",
        "Please label anything that contains nuts.",
        "Every slice will cost one coin, so bring some change.",
        "Last year we raised enough to buy a new climbing frame.",
    ),
    (
        "The photography course is for complete beginners.",
        "You will learn how to use light, framing and focus.",
        "Each session ends with a short walk to practise outside.",
        "A phone camera is fine, and you do not need expensive equipment.",
        "By the end you will have a small portfolio of your own pictures.",
    ),
    (
        "Recycling rules in our building have changed.",
        "Glass now goes in the green bin and paper in the blue one.",
        "Plastic bottles should be rinsed and squashed before they go in.",
        "Batteries must never be put in the normal bins.",
        "A poster with the details is on the noticeboard by the lifts.",
    ),
    (
        "Thank you for your order from our online shop.",
        "Your parcel has been packed and will be sent soon.",
        "If anything is missing or damaged, please contact our support team.",
        "You can return items within thirty days for a full refund.",
        "We hope you enjoy your purchase.",
    ),
    (
        "The youth football team had its best season so far.",
        "The players trained hard and supported each other.",
        "The coaches want to thank all the parents who helped with lifts.",
        "Training will start again after the summer break.",
        "New players of all abilities are welcome to join.",
    ),
    (
        "I think the meeting went well overall.",
        "Everyone agreed that the project needs a clearer timeline.",
        "We still have to decide who will write the final report.",
        "The budget looks tight but manageable.",
        "Let's follow up once the design team has shared their ideas.",
    ),
    (
        "Our neighbourhood clean-up was a big success.",
        "More than forty people came along to help.",
        "We collected over thirty bags of litter from the park and the streets.",
        "Local shops donated gloves, bags and snacks.",
        "We hope to make it a regular event.",
    ),
    (
        "Houseplants need less water in the colder months.",
        "Check the soil with your finger before you water.",
        "Most plants prefer bright light but not direct sun.",
        "Yellow leaves are often a sign of too much water.",
        "Wipe dusty leaves with a damp cloth so they can breathe.",
    ),
)
# Common slips, so the grammar and proofreading tasks have something to fix.
_SLIPS = (
    (" there ", " their "),
    (" their ", " there "),
    (" is ", " are "),
    (" was ", " were "),
    (" have ", " has "),
    (" a ", " an "),
    ("'s", "s"),
    (" the ", " the the "),
    (" much ", " alot "),
    (" because ", " becuase "),
    (" which ", " witch "),
    (" than ", " then "),
    (". ", ", "),
    (" to ", " too "),
)
EDIT_INSTRUCTIONS = (
    "Proofread the following text:",
    "Edit the following paragraph to correct grammar:",
    "Please correct the grammar and spelling in this:",
    "Rewrite this so it sounds {tone}:",
    "Change the tone of the text below so it is {tone}.",
    "Shorten this to one sentence:",
    "Can you make this paragraph more concise?",
    "Paraphrase the following without changing the meaning:",
    "Rewrite this in plain language for {audience}:",
    "Turn the following into bullet points:",
    "Improve the flow of this paragraph:",
    "Rewrite the text below in the active voice.",
    "Can you make this sound less formal?",
    "Summarise this in under {k} words:",
    "Here's a paragraph from my {doc}. Can you tighten it up?",
    "Suggest a short headline for this text:",
    "Fix any mistakes and give this paragraph a title:",
    "Translate the text below into simpler words for {audience}.",
    "Rewrite this as a friendly message to {audience}:",
    "Expand this into a longer paragraph with more detail:",
    "Check this for typos and awkward phrasing:",
    "Reword the following so it fits in a text message:",
    "Make this clearer and easier to read:",
    "Can you polish this before I send it?",
    "Rewrite this paragraph twice: once {tone} and once {tone2}.",
    "Please edit this for a {doc}:",
)
DOCS = (
    "newsletter",
    "school report",
    "blog",
    "team update",
    "noticeboard poster",
    "club website",
    "cover letter",
    "shop's product page",
    "essay",
    "community flyer",
    "welcome pack",
)
EDIT_LAYOUTS = (
    "{instruction}\n\n{text}",
    "{instruction} {text}",
    '{instruction}\n"{text}"',
    "Text: {text}\n\n{instruction}",
    "{text}\n\n^ {instruction}",
    "{instruction}\n---\n{text}\n---",
    "{instruction}\n\n> {text}",
)


def _roughen(rng: Rng, text: str) -> str:
    for _ in range(rng.randint(1, 3)):
        old, new = rng.choice(_SLIPS)
        if old in text:
            text = text.replace(old, new, 1)
    return text


def edit_text(rng: Rng) -> str:
    pool = rng.choice(TEXT_POOLS)
    body = " ".join(_ordered_sample(rng, pool, 1, 4))
    if rng.random() < 0.6:
        body = _roughen(rng, body)
    tone, tone2 = rng.sample(TONES, 2)
    instruction = rng.choice(EDIT_INSTRUCTIONS).format(
        tone=tone,
        tone2=tone2,
        audience=rng.choice(AUDIENCES),
        k=rng.choice((15, 20, 25, 30, 40, 50)),
        doc=rng.choice(DOCS),
    )
    return rng.choice(EDIT_LAYOUTS).format(instruction=instruction, text=body)


# --- passage_qa


@dataclass(frozen=True, slots=True)
class Passage:
    sentences: tuple[str, ...]
    questions: tuple[str, ...]


# Sentences hold {a}, {b}, {c}: small numbers drawn per prompt.
PASSAGES = (
    Passage(
        (
            "The lighthouse on the northern cliff was built to warn ships about a hidden reef.",
            "Its lamp could be seen from {a}0 kilometres away on a clear night.",
            "For many years a keeper climbed the {b}0 steps to light the lamp by hand.",
            "Today the light is automatic, and the keeper's cottage has become a small museum.",
            "Visitors may climb to the top, but only in groups of {c}.",
        ),
        (
            "Why was the lighthouse built?",
            "How far away could the lamp be seen?",
            "What happened to the keeper's cottage?",
            "How many steps did the keeper climb?",
            "Why do you think visitors climb in small groups?",
        ),
    ),
    Passage(
        (
            "Honeybees live in colonies that can contain tens of thousands of insects.",
            "Worker bees visit flowers to collect nectar and pollen.",
            "Back in the hive, they pass the nectar from bee to bee, which slowly removes water from it.",
            "The bees then fan the honeycomb with their wings until the honey is thick enough to store.",
            "A single bee makes only about one twelfth of a teaspoon of honey in its whole life.",
        ),
        (
            "What do worker bees collect from flowers?",
            "How do bees remove water from nectar?",
            "Why do the bees fan the honeycomb?",
            "How much honey does one bee make in its lifetime?",
            "What surprised you most in the passage?",
        ),
    ),
    Passage(
        (
            "Water on Earth moves in a never-ending cycle.",
            "The sun warms lakes and oceans, and some of the water evaporates into the air.",
            "As the vapour rises it cools and forms tiny droplets, which gather into clouds.",
            "When the droplets grow heavy, they fall as rain, snow or hail.",
            "The water then flows into rivers or soaks into the ground, and the cycle begins again.",
        ),
        (
            "What makes water evaporate?",
            "How do clouds form?",
            "Name three kinds of precipitation mentioned in the text.",
            "Where does the water go after it falls?",
            "Why is it called a cycle?",
        ),
    ),
    Passage(
        (
            "The village library started as a single shelf in the corner of a café.",
            "People were allowed to take a book as long as they left another one.",
            "After a few years there were more than {a}00 books and no room for customers.",
            "The neighbours raised money to rent an empty shop next door.",
            "Now {b} volunteers run the library, and children's story time is the busiest hour of the week.",
        ),
        (
            "Where did the library begin?",
            "What was the rule for borrowing a book?",
            "Why did the library have to move?",
            "Who runs the library now?",
            "What is the busiest time at the library?",
        ),
    ),
    Passage(
        (
            "Sea turtles spend almost their entire lives in the ocean.",
            "Females return to the beach where they hatched to lay their eggs.",
            "A nest can hold more than {a}0 eggs, buried in warm sand.",
            "The temperature of the sand decides whether the hatchlings are male or female.",
            "When they hatch, the baby turtles head towards the brightest horizon, which is usually the sea.",
        ),
        (
            "Where do female sea turtles lay their eggs?",
            "How many eggs can a nest hold?",
            "What decides whether a hatchling is male or female?",
            "How do baby turtles find the sea?",
            "Why might bright lights near a beach be a problem?",
        ),
    ),
    Passage(
        (
            "Bread rises because of yeast, a tiny living fungus.",
            "When yeast feeds on the sugars in flour, it releases bubbles of gas.",
            "Kneading the dough builds stretchy strands of gluten that trap those bubbles.",
            "In the oven the gas expands, and the heat sets the bread's shape.",
            "Most recipes let the dough rise for {a} to {b} hours before baking.",
        ),
        (
            "What makes bread rise?",
            "What does kneading do to the dough?",
            "What happens to the gas in the oven?",
            "How long do most recipes let the dough rise?",
            "What might happen if you forgot the yeast?",
        ),
    ),
    Passage(
        (
            "A volcano forms where melted rock, called magma, pushes up through the Earth's crust.",
            "When magma reaches the surface it is called lava.",
            "Some volcanoes erupt explosively, throwing ash high into the sky.",
            "Others release lava slowly, building wide, gentle slopes over time.",
            "Scientists watch for small earthquakes and changes in gas to predict eruptions.",
        ),
        (
            "What is the difference between magma and lava?",
            "Describe the two kinds of eruption in the passage.",
            "How do scientists try to predict eruptions?",
            "What builds the gentle slopes of some volcanoes?",
            "Which sentence gives a definition?",
        ),
    ),
    Passage(
        (
            "The Moon does not make its own light; it reflects light from the Sun.",
            "As the Moon travels around the Earth, we see different amounts of its sunlit side.",
            "These changing shapes are called phases.",
            "A full cycle of phases takes about twenty-nine days.",
            "During a new moon, the sunlit side faces away from us, so the Moon is almost invisible.",
        ),
        (
            "Where does moonlight come from?",
            "What are the phases of the Moon?",
            "How long does a full cycle take?",
            "Why is the Moon hard to see during a new moon?",
            "Draw or describe the order of the phases.",
        ),
    ),
    Passage(
        (
            "Our school's robotics club meets after lessons in the science lab.",
            "This year the team built a robot that can sort coloured blocks.",
            "The hardest part was teaching its sensor to tell red from orange.",
            "After {a} failed attempts, a student suggested adding a small lamp under the sensor.",
            "The robot now sorts blocks correctly almost every time, and the club has {b}0 members.",
        ),
        (
            "What can the robot do?",
            "What was the hardest part of the project?",
            "How did the team solve the problem?",
            "How many members does the club have?",
            "What does the passage show about teamwork?",
        ),
    ),
    Passage(
        (
            "Glaciers are huge rivers of ice that move very slowly downhill.",
            "They form where more snow falls each winter than melts each summer.",
            "Over time the snow is pressed into dense, blue ice.",
            "As a glacier moves, it scrapes the land and carves deep valleys.",
            "Many glaciers are shrinking, which scientists measure with photos taken from the same spot.",
        ),
        (
            "How do glaciers form?",
            "Why is glacier ice often blue?",
            "What do glaciers do to the land?",
            "How do scientists measure changes in glaciers?",
            "What is the main idea of the passage?",
        ),
    ),
    Passage(
        (
            "An octopus has three hearts and blue blood.",
            "Each of its eight arms has thousands of suckers that can taste as well as grip.",
            "Octopuses can change colour and texture in a fraction of a second to hide.",
            "In aquariums they have been seen opening jars and escaping from tanks.",
            "Most octopuses live only a year or two.",
        ),
        (
            "How many hearts does an octopus have?",
            "What can the suckers do?",
            "How do octopuses hide?",
            "What have octopuses done in aquariums?",
            "Which fact in the passage is the most surprising to you, and why?",
        ),
    ),
    Passage(
        (
            "A rainforest is made of several layers, like floors in a building.",
            "The tallest trees poke out above the canopy and face strong sun and wind.",
            "The canopy below is a thick roof of leaves where most animals live.",
            "Under it, the understorey is dark and humid, with young trees and shrubs.",
            "The forest floor gets only about {a} percent of the sunlight, so few plants grow there.",
        ),
        (
            "How many layers does the passage describe?",
            "Where do most rainforest animals live?",
            "Why do few plants grow on the forest floor?",
            "Describe the understorey.",
            "Why does the writer compare the layers to floors in a building?",
        ),
    ),
    Passage(
        (
            "Composting turns kitchen and garden waste into rich soil.",
            "A good compost heap mixes green waste, such as vegetable peel, with brown waste, such as dry leaves.",
            "Tiny organisms break the material down and produce heat.",
            "Turning the heap every few weeks adds air and speeds things up.",
            "After about {a} months the compost is dark, crumbly and ready to use.",
        ),
        (
            "What is compost made from?",
            "What is the difference between green and brown waste?",
            "Why should the heap be turned?",
            "How long does compost take to be ready?",
            "Why might a gardener prefer compost to bought fertiliser?",
        ),
    ),
    Passage(
        (
            "The town's old railway line closed when the factory shut down.",
            "For years the tracks were overgrown with brambles.",
            "Then a group of residents proposed turning the route into a path for walkers and cyclists.",
            "It took {a} years of fundraising and volunteer work to finish the {b}-kilometre trail.",
            "Now families use it every weekend, and wildflowers grow along the old embankments.",
        ),
        (
            "Why did the railway line close?",
            "Who suggested the new path?",
            "How long did the project take?",
            "How is the route used now?",
            "Give the passage a title.",
        ),
    ),
)
GENERAL_QUESTIONS = (
    "What is the main idea of the passage?",
    "Give the passage a suitable title.",
    "Summarise the passage in one sentence.",
    "What is one question the passage leaves unanswered?",
    "Which sentence is the most important, and why?",
)
QA_FRAMES = (
    "Read the passage below and answer the questions.\n\n{passage}\n\n{questions}",
    "Read this and answer: {question}\n\n{passage}",
    "{passage}\n\nBased on the passage, {question_lower}",
    "Passage:\n{passage}\n\nQuestions:\n{questions}",
    "Here is a short text:\n{passage}\nCan you answer these?\n{questions}",
    "Answer using only the information in this paragraph. {passage} Question: {question}",
    "{passage}\n\nWrite {k} multiple-choice questions about this passage, with the answers.",
    "Reading comprehension practice for my class:\n\n{passage}\n\n{questions}\nPlease give model answers.",
    "I'm studying for a test. {passage}\n{question}",
    "Can you explain the passage below to {audience} and then answer: {question}\n\n{passage}",
    "{passage}\n\nMake up {k} true-or-false statements about this text and give the answers.",
    "Please read the text and answer in full sentences.\n\nText: {passage}\n\n{questions}",
    'Quick comprehension check - {question}\n"{passage}"',
    "{passage}\n\nQuestions for discussion:\n{questions}\nKeep each answer to two sentences.",
)


def passage_qa(rng: Rng) -> str:
    chosen = rng.choice(PASSAGES)
    a = rng.randint(2, 5)
    numbers = {"a": a, "b": a + rng.randint(1, 4), "c": rng.randint(3, 9)}
    passage = " ".join(s.format(**numbers) for s in _ordered_sample(rng, chosen.sentences, 3, 5))
    asked = _ordered_sample(rng, chosen.questions, 1, 3)
    if rng.random() < 0.3:
        asked.append(rng.choice(GENERAL_QUESTIONS))
    question = asked[0]
    return rng.choice(QA_FRAMES).format(
        passage=passage,
        questions=_numbered(rng, asked),
        question=question,
        question_lower=question[:1].lower() + question[1:],
        k=rng.choice(("three", "four", "five", "3", "5")),
        audience=rng.choice(AUDIENCES),
    )


# --- follow_up

FOLLOW_UPS = (
    "Now make it shorter.",
    "Alter your previous response: make it {tone}.",
    "Rewrite your last answer as {form}.",
    "Explain step {n} again, I didn't quite get it.",
    "Can you expand on the {ordinal} point?",
    "That's helpful, but can you use simpler words?",
    "Please redo that answer with {constraint}.",
    "Take your previous answer and turn it into {form}.",
    "Same thing, but for {audience}.",
    "Could you give me another example like the one you just gave?",
    "Change the ending of the story you wrote so it is {ending}.",
    "Add a short summary at the top of your last reply.",
    "Shorten the {thing} you just wrote to {n} sentences.",
    "Make the list you gave me numbered and add one more item.",
    "Go back to the recipe and make it vegetarian.",
    "Your answer was a bit long; just give me the key points.",
    "Can you double-check the maths in the last step?",
    "Keep the same structure but change the topic to {topic}.",
    "For the {thing}, can you make the second paragraph {tone}?",
    "I liked the first version better. Can you combine it with the second?",
    "Use the same {thing} but write it from the reader's point of view.",
    "Could you remove the jargon from your previous answer?",
    "Make your last reply sound {tone} and add a closing line.",
    "Put the steps from your answer in a table with a column for time needed.",
    "Can you explain the {ordinal} paragraph of your answer in a different way?",
    "Rewrite the {thing} above with {constraint}.",
    "Turn your explanation into {n} quiz questions for me.",
    "Why did you suggest that in step {n}?",
    "Can you continue the story from where you stopped?",
    "Edit your previous response so each point starts with a verb.",
    "Now do the same for {topic}.",
    "Swap the order of the first two sections in your last answer.",
)
FOLLOW_OPENERS = (
    "",
    "",
    "",
    "Thanks! ",
    "Hmm, ",
    "Okay. ",
    "Nice. ",
    "That works, but ",
    "Good start. ",
    "Perfect, one more thing: ",
    "Close! ",
    "Actually, ",
    "Love it. ",
)
FOLLOW_CLOSERS = ("", "", "", " Thanks.", " Please.", " Keep everything else the same.", " No rush.", " :)")
ORDINALS = ("first", "second", "third", "fourth", "last")
CONSTRAINTS = (
    "no more than fifty words",
    "bullet points",
    "fewer technical terms",
    "an example for each point",
    "a friendlier tone",
    "headings for each section",
    "shorter sentences",
    "a clear conclusion",
    "a list of pros and cons",
    "a bit more detail in the middle",
)
ENDINGS = ("happier", "more surprising", "a cliffhanger", "bittersweet", "funny", "calm and hopeful")


def _follow_core(rng: Rng, frames: Sequence[str]) -> str:
    return rng.choice(frames).format(
        tone=rng.choice(TONES),
        form=rng.choice(FORMS),
        n=rng.randint(2, 6),
        ordinal=rng.choice(ORDINALS),
        constraint=rng.choice(CONSTRAINTS),
        audience=rng.choice(AUDIENCES),
        ending=rng.choice(ENDINGS),
        thing=rng.choice(THINGS),
        topic=rng.choice(TOPICS),
    )


def follow_up(rng: Rng) -> str:
    core = _follow_core(rng, FOLLOW_UPS)
    opener = rng.choice(FOLLOW_OPENERS)
    if opener.endswith(("but ", ", ")):
        core = core[:1].lower() + core[1:]
    text = opener + core + rng.choice(FOLLOW_CLOSERS)
    if rng.random() < 0.25:
        text += " " + _follow_core(rng, FOLLOW_UPS[:12])
    return text


# --- code_task


@dataclass(frozen=True, slots=True)
class Snippet:
    lang: str
    kind: str
    purpose: str
    symptom: str
    code: str


# Code holds {xs} (a collection name) and {n} (a small number), filled per prompt.
SNIPPETS = (
    Snippet(
        "python",
        "function",
        "computes the average of a list",
        "crashes when the list is empty",
        "def average({xs}):\n    total = 0\n    for x in {xs}:\n        total += x\n    return total / len({xs})",
    ),
    Snippet(
        "python",
        "function",
        "counts the vowels in a string",
        "misses capital letters",
        'def count_vowels(text):\n    count = 0\n    for ch in text:\n        if ch in "aeiou":\n'
        "            count += 1\n    return count",
    ),
    Snippet(
        "python",
        "function",
        "adds an item to a basket",
        "keeps items from earlier calls",
        "def add_item(item, basket=[]):\n    basket.append(item)\n    return basket",
    ),
    Snippet(
        "python",
        "function",
        "reverses the words in a sentence",
        "returns an error about NoneType",
        'def reverse_words(sentence):\n    words = sentence.split(" ")\n    return " ".join(words.reverse())',
    ),
    Snippet(
        "python",
        "script",
        "prints FizzBuzz",
        "never prints FizzBuzz",
        'for i in range(1, {n}0):\n    if i % 3 == 0:\n        print("Fizz")\n    elif i % 5 == 0:\n'
        '        print("Buzz")\n    elif i % 15 == 0:\n        print("FizzBuzz")\n    else:\n        print(i)',
    ),
    Snippet(
        "python",
        "function",
        "counts the lines in a file",
        "leaves the file open",
        "def count_lines(path):\n    f = open(path)\n    return len(f.readlines())",
    ),
    Snippet(
        "python",
        "function",
        "checks whether a word is a palindrome",
        "says 'Racecar' is not a palindrome",
        "def is_palindrome(word):\n    return word == word[::-1]",
    ),
    Snippet(
        "python",
        "function",
        "counts how often each word appears",
        "raises a KeyError",
        "def word_counts(text):\n    counts = {{}}\n    for word in text.split():\n        counts[word] += 1\n"
        "    return counts",
    ),
    Snippet(
        "python",
        "function",
        "computes a factorial",
        "hits a RecursionError",
        "def factorial(n):\n    return n * factorial(n - 1)",
    ),
    Snippet(
        "python",
        "function",
        "converts Celsius to Fahrenheit",
        "gives numbers that are slightly off",
        "def to_fahrenheit(c):\n    return c * 9 / 5 + 23",
    ),
    Snippet(
        "python",
        "line",
        "builds a list of squares of even numbers",
        "is hard for me to read",
        "squares = [k * k for k in range({n}0) if k % 2 == 0]",
    ),
    Snippet(
        "python",
        "loop",
        "prints the numbers below ten",
        "never stops",
        "i = 0\nwhile i < 10:\n    print(i)",
    ),
    Snippet(
        "python",
        "function",
        "removes duplicates from a list",
        "loses the original order",
        "def unique({xs}):\n    return list(set({xs}))",
    ),
    Snippet(
        "python",
        "function",
        "finds the largest value",
        "returns 0 when every value is negative",
        "def largest({xs}):\n    best = 0\n    for x in {xs}:\n        if x > best:\n            best = x\n"
        "    return best",
    ),
    Snippet(
        "javascript",
        "function",
        "adds up an array of numbers",
        "returns NaN",
        "function sum({xs}) {{\n  let total;\n  for (const n of {xs}) {{\n    total += n;\n  }}\n  return total;\n}}",
    ),
    Snippet(
        "javascript",
        "line",
        "doubles every number",
        "gives an array of undefined",
        "const doubled = {xs}.map(n => {{ n * 2 }});",
    ),
    Snippet(
        "javascript",
        "check",
        "tests whether a value is ten",
        "is always true",
        'if (value = 10) {{\n  console.log("ten");\n}}',
    ),
    Snippet(
        "javascript",
        "function",
        "loads JSON from an API",
        "returns a promise instead of data",
        "async function loadData(url) {{\n  const res = fetch(url);\n  return res.json();\n}}",
    ),
    Snippet(
        "javascript",
        "loop",
        "logs 0, 1 and 2 after a delay",
        "prints 3 three times",
        "for (var i = 0; i < 3; i++) {{\n  setTimeout(() => console.log(i), {n}00);\n}}",
    ),
    Snippet(
        "javascript",
        "function",
        "capitalises a word",
        "repeats the first letter",
        "function capitalize(word) {{\n  return word[0].toUpperCase() + word.slice(0);\n}}",
    ),
    Snippet(
        "sql",
        "query",
        "counts orders per customer",
        "fails with an error about GROUP BY",
        "SELECT customer_id, COUNT(*)\nFROM orders;",
    ),
    Snippet(
        "sql",
        "query",
        "lists books and games over {n} pounds",
        "also returns cheap games",
        "SELECT *\nFROM products\nWHERE price > {n} AND category = 'books' OR category = 'games';",
    ),
    Snippet(
        "sql",
        "query",
        "finds staff without a manager",
        "returns no rows",
        "SELECT title FROM staff WHERE manager_id = NULL;",
    ),
    Snippet(
        "sql",
        "query",
        "shows products that sold more than {n} units",
        "gives a syntax error",
        "SELECT product, SUM(quantity) AS total\nFROM sales\nGROUP BY product\nWHERE total > {n};",
    ),
    Snippet(
        "sql",
        "query",
        "joins orders to their shipping regions",
        "shows empty regions for some orders",
        "SELECT o.id, r.region_name\nFROM orders o\nLEFT JOIN regions r ON o.region_id = r.id;",
    ),
    Snippet(
        "bash",
        "loop",
        "counts the lines in every text file",
        "breaks on file names with spaces",
        "for f in $(ls *.txt); do\n  wc -l $f\ndone",
    ),
    Snippet(
        "bash",
        "check",
        "tests whether a count is above {n}",
        "creates a file named {n}",
        'if [ $count > {n} ]; then\n  echo "big"\nfi',
    ),
    Snippet(
        "bash",
        "command",
        "makes a compressed backup of my notes folder",
        "works, but I don't understand the flags",
        "tar -czf notes-backup.tar.gz ~/notes",
    ),
    Snippet(
        "bash",
        "pipeline",
        "counts error lines in a log",
        "always prints one number even with several logs",
        'cat *.log | grep -c "error" | sort',
    ),
    Snippet(
        "bash",
        "command",
        "cleans up old temporary files",
        "looks scary, so I want to understand it first",
        'find . -name "*.tmp" -mtime +{n} -delete',
    ),
)
COLLECTION_NAMES = ("numbers", "values", "scores", "prices", "items", "nums", "data", "readings", "marks")
LANG_NAMES = {"python": "Python", "javascript": "JavaScript", "sql": "SQL", "bash": "Bash"}
OTHER_LANGS = {
    "python": ("JavaScript", "Go", "Rust"),
    "javascript": ("Python", "TypeScript"),
    "sql": ("a pandas expression",),
    "bash": ("Python", "PowerShell"),
}
CODE_REQUESTS = (
    "Can you find the bug?",
    "Please add unit tests for it.",
    "Explain what it does line by line.",
    "How can I make it cleaner?",
    "Add comments so a beginner can follow it.",
    "Could you optimise it?",
    "What edge cases am I missing?",
    "Rename the variables so they are more descriptive.",
    "Is there a more idiomatic way to write this?",
    "What would you change in a code review?",
)
CODE_FRAMES = (
    "Here is a {Lang} {kind} that {purpose}. It {symptom}. Can you find the bug?\n\n{code}",
    "{code}\n\n{request}",
    "What does this {Lang} code do?\n\n{code}",
    "My {Lang} {kind} {symptom}. Any idea why?\n{code}",
    "Code review please:\n{code}\nWhat would you change?",
    "I'm learning {Lang}. This {kind} is supposed to {purpose_verb}. {request}\n\n{code}",
    "Please write unit tests for the following:\n\n{code}",
    "Explain this like I'm new to programming:\n{code}",
    "Can you rewrite this {Lang} {kind} in {other}?\n\n{code}",
    "This {kind} {purpose}, but it {symptom}.\n{code}\nHow do I fix it, and how would I test the fix?",
    "{request} It's a {Lang} {kind} that {purpose}:\n\n{code}",
    "Why does this code misbehave? It {symptom}.\n\n{code}",
    "Hey, quick one. {code}\nIt {symptom}. What's wrong?",
)


def _purpose_verb(purpose: str) -> str:
    # "computes the average" -> "compute the average"
    verb, _, rest = purpose.partition(" ")
    if verb.endswith("ies"):
        verb = verb[:-3] + "y"
    elif verb.endswith(("shes", "ches", "xes", "sses")):
        verb = verb[:-2]
    elif verb.endswith("s"):
        verb = verb[:-1]
    return f"{verb} {rest}"


def code_task(rng: Rng) -> str:
    snippet = rng.choice(SNIPPETS)
    n = rng.randint(2, 9)
    code = snippet.code.format(xs=rng.choice(COLLECTION_NAMES), n=n)
    if rng.random() < 0.6:
        code = f"```{snippet.lang}\n{code}\n```"
    purpose = snippet.purpose.format(n=n)
    symptom = snippet.symptom.format(n=n)
    return rng.choice(CODE_FRAMES).format(
        Lang=LANG_NAMES[snippet.lang],
        kind=snippet.kind,
        purpose=purpose,
        purpose_verb=_purpose_verb(purpose),
        symptom=symptom,
        code=code,
        request=rng.choice(CODE_REQUESTS),
        other=rng.choice(OTHER_LANGS[snippet.lang]),
    )


# --- reasoning

OBJECTS = (
    "apples",
    "pencils",
    "marbles",
    "stickers",
    "cupcakes",
    "books",
    "seeds",
    "shells",
    "cards",
    "buttons",
)
JOBS = ("baker", "painter", "pilot", "farmer", "nurse", "teacher", "plumber", "gardener", "chef", "librarian")
COLOURS = ("red", "blue", "green", "yellow", "white", "purple", "orange", "black")
PETS = ("a cat", "a dog", "a parrot", "a rabbit", "a goldfish", "a tortoise", "a hamster")
RIDDLES = (
    "I have keys but open no locks. I have space but no room. What am I?",
    "The more you take, the more you leave behind. What am I?",
    "What has hands but can't clap?",
    "What gets wetter the more it dries?",
    "I'm tall when I'm young and short when I'm old. What am I?",
    "What has a neck but no head?",
    "What can travel around the world while staying in a corner?",
    "What has many teeth but cannot bite?",
    "What goes up but never comes down?",
    "I have branches, but no fruit, trunk or leaves. What am I?",
    "What can you catch but not throw?",
    "What has one eye but can't see?",
    "What building has the most stories?",
    "If you drop me I'm sure to crack, but smile at me and I'll smile back. What am I?",
    "What belongs to you, but other people use it more than you do?",
)
FERMI = (
    "Roughly how many {objects} would fit in a school bus?",
    "Estimate how many slices of bread a family of {n} eats in a year.",
    "About how many times does a human heart beat in a day? Show your estimate.",
    "How many tennis balls could fit in a bathtub? Walk me through a rough estimate.",
    "Estimate how many words are in a typical novel.",
    "Roughly how many steps would it take to walk {n} kilometres?",
    "How much water does a leaky tap waste in a week if it drips once per second?",
    "Estimate how many piano tuners a town of {n}0 thousand people might need.",
    "About how many grains of rice are in a one-kilogram bag?",
    "How long would it take to count to a million out loud? Give a rough estimate.",
)
REASONING_WRAPPERS = (
    "{puzzle}",
    "Can you solve this? {puzzle}",
    "Puzzle: {puzzle}",
    "{puzzle} Please explain your reasoning step by step.",
    "{puzzle} Don't just give the answer, show the working.",
    "My kid asked me this and I'm stuck: {puzzle}",
    "Here's a brain teaser for you. {puzzle}",
    "{puzzle}\nThink it through carefully before answering.",
)
# Wrappers that only fit one kind of puzzle.
KIND_WRAPPERS = {
    "math": (
        "Help me check my answer. {puzzle} I got {guess}.",
        "Word problem: {puzzle}",
        "Maths homework:\n{puzzle}",
    ),
    "logic": ("Logic question:\n{puzzle}", "{puzzle} Is there more than one answer?"),
    "sequence": ("Number pattern question. {puzzle}", "{puzzle} Explain how you found the rule."),
    "probability": ("Probability question: {puzzle}", "{puzzle} Give the answer as a fraction."),
    "riddle": (
        "Riddle time! {puzzle}",
        "Here's a riddle for my kids: {puzzle} Give a hint before the answer.",
    ),
    "estimate": ("Estimation challenge: {puzzle}", "{puzzle} State your assumptions."),
}


def _word_problem(rng: Rng) -> str:
    a, b, c = rng.randint(3, 40), rng.randint(2, 12), rng.randint(2, 9)
    objects = rng.choice(OBJECTS)
    problems = (
        f"A box holds {a} {objects}. I give away {b} and then buy {c} more boxes of the same size. "
        "How many do I have now?",
        f"A train travels at {a + 40} km per hour for {c} hours. How far does it go?",
        f"A rectangle is {a} cm long and {b} cm wide. What are its area and perimeter?",
        f"Tickets cost {b} pounds for adults and {c} pounds for children. How much do {c} adults and "
        f"{b} children pay in total?",
        f"If {c} workers can paint a fence in {b * c} hours, how long would {c * 2} workers take, "
        "working at the same speed?",
        f"A shop cuts the price of a {a + 20}-pound jacket by {rng.choice((10, 20, 25, 30, 50))} percent. "
        "What is the new price?",
        f"I read {b} pages a day. How many days will it take to finish a book of {a * 10} pages?",
        f"A recipe needs {c} eggs for {b} people. How many eggs do I need for {b * 3} people?",
        f"The sum of two numbers is {a + b} and their difference is {abs(a - b)}. What are the numbers?",
        f"A tank holds {a * 10} litres and fills at {c} litres per minute. How long until it is full?",
        f"There are {a} {objects} shared equally among {c} friends. How many does each get, and how many "
        "are left over?",
        f"A plant grows {c} cm each week. It is {a} cm tall now. How tall will it be after {b} weeks?",
        f"What is {b}/{b + c} of {(b + c) * c}?",
        f"A cyclist rides {a} km at {b + 10} km per hour and then {c * 5} km at {c + 12} km per hour. "
        "What is the average speed for the whole trip?",
    )
    return rng.choice(problems)


def _logic_puzzle(rng: Rng) -> str:
    j1, j2, j3 = rng.sample(JOBS, 3)
    c1, c2, c3 = rng.sample(COLOURS, 3)
    p1, p2, p3 = rng.sample(PETS, 3)
    puzzles = (
        f"The {j1}, the {j2} and the {j3} live in a {c1}, a {c2} and a {c3} house. The {j1} does not live "
        f"in the {c1} house. The {j2} lives in the {c3} house. Who lives in which house?",
        f"Three friends - the {j1}, the {j2} and the {j3} - each own one pet: {p1}, {p2} or {p3}. The "
        f"{j3} is allergic to fur. The {j1} owns {p2}. Which pet belongs to whom?",
        f"Three boxes are labelled '{c1}', '{c2}' and 'mixed', and every label is wrong. You may take one "
        "ball from one box without looking. Which box should you pick to relabel all three correctly?",
        f"In a race, the {j1} finished ahead of the {j2}, and the {j3} finished behind the {j1} but ahead "
        f"of the {j2}. Who came second?",
        f"Every {c1} card in a deck has a star on the back. The card in front of me has a star on the "
        f"back. Must it be {c1}? Explain.",
        "A farmer has to take a fox, a chicken and a sack of grain across a river in a boat that holds "
        "only one item besides the farmer. How can everything get across safely?",
        f"If all {j1}s in the club are early risers and some early risers like tea, can we be sure some "
        f"{j1}s like tea?",
        "You have two ropes that each take exactly an hour to burn, but unevenly. How can you measure "
        "forty-five minutes?",
    )
    return rng.choice(puzzles)


def _sequence(rng: Rng) -> str:
    start, step = rng.randint(1, 9), rng.randint(2, 7)
    kind = rng.randrange(4)
    if kind == 0:
        terms = [start + step * i for i in range(5)]
    elif kind == 1:
        terms = [start * step**i for i in range(4)]
    elif kind == 2:
        terms = [(i + start) ** 2 for i in range(5)]
    else:
        terms = [start, start + 1]
        for _ in range(4):
            terms.append(terms[-1] + terms[-2])
    shown = ", ".join(str(t) for t in terms)
    return rng.choice(
        (
            f"What comes next in this sequence: {shown}, ...?",
            f"Find the pattern and the next two numbers: {shown}",
            f"{shown} - what's the rule behind these numbers?",
        )
    )


def _probability(rng: Rng) -> str:
    red, blue = rng.randint(2, 9), rng.randint(2, 9)
    return rng.choice(
        (
            f"A bag has {red} red and {blue} blue marbles. If I take two without looking, what is the "
            "chance both are red?",
            f"If I roll two dice, what is the probability that the total is {rng.randint(3, 11)}?",
            f"I flip a fair coin {rng.randint(3, 6)} times. What is the chance of getting at least one head?",
            f"A spinner has {red + blue} equal parts and {red} of them are {rng.choice(COLOURS)}. What is "
            "the chance of landing on that colour twice in a row?",
        )
    )


PUZZLE_MAKERS: tuple[tuple[str, Callable[[Rng], str]], ...] = (
    ("math", _word_problem),
    ("math", _word_problem),
    ("logic", _logic_puzzle),
    ("sequence", _sequence),
    ("probability", _probability),
    ("riddle", lambda r: r.choice(RIDDLES)),
    ("estimate", lambda r: r.choice(FERMI).format(objects=r.choice(OBJECTS), n=r.randint(2, 9))),
)


def reasoning(rng: Rng) -> str:
    kind, maker = rng.choice(PUZZLE_MAKERS)
    wrapper = rng.choice(REASONING_WRAPPERS + KIND_WRAPPERS[kind])
    return wrapper.format(puzzle=maker(rng), guess=rng.randint(2, 99))


# --- writing_task


@dataclass(frozen=True, slots=True)
class Form:
    name: str
    subjects: tuple[str, ...]


WRITING_FORMS = (
    Form(
        "email",
        (
            "to my team announcing a new recycling routine in the office",
            "to my landlord asking for the heating to be fixed",
            "to a customer apologising for a late delivery",
            "to parents inviting them to the school concert",
            "to my manager asking to work from home two days a week",
            "to club members reminding them to renew their membership",
            "thanking a colleague for covering my shifts",
            "to a supplier asking for a price quote on paper cups",
        ),
    ),
    Form(
        "persuasive email",
        (
            "to my manager asking for a standing desk",
            "to the neighbours suggesting a shared compost bin",
            "to the school asking for more bike racks",
            "to my team proposing shorter meetings",
        ),
    ),
    Form(
        "blog post",
        (
            "about learning to bake bread as a beginner",
            "on five easy ways to save energy at home",
            "about what I learned from a year of journaling",
            "reviewing a budget-friendly camping stove",
            "about starting a balcony herb garden",
            "on how to keep a houseplant alive",
        ),
    ),
    Form(
        "short story",
        (
            "about a robot who learns to paint",
            "about a lost kitten finding its way home",
            "set in a lighthouse during a storm",
            "about two rival bakers who become friends",
            "about a girl who can talk to trees",
            "about a town where it rains lemonade",
        ),
    ),
    Form(
        "slogan",
        (
            "for a lemonade stand",
            "for a bike repair shop",
            "for a neighbourhood book swap",
            "for a reusable water bottle",
            "for a dog-walking service",
            "for a school science fair",
        ),
    ),
    Form(
        "cover letter",
        (
            "for a part-time job at a bookshop",
            "for a junior graphic designer role",
            "for a volunteer position at an animal shelter",
            "for a barista job",
            "for a summer internship in marketing",
        ),
    ),
    Form(
        "speech",
        (
            "for my best friend's wedding",
            "to welcome new students to the school",
            "for a colleague's retirement party",
            "to open a charity fun run",
            "thanking volunteers at the end of the season",
        ),
    ),
    Form(
        "product description",
        (
            "for a handmade ceramic mug",
            "for a waterproof hiking backpack",
            "for organic lavender soap",
            "for a wooden puzzle for toddlers",
        ),
    ),
    Form(
        "thank-you note",
        (
            "to my neighbour who watered my plants",
            "to a teacher at the end of the year",
            "to guests who came to our housewarming",
        ),
    ),
    Form(
        "poem",
        (
            "about autumn leaves",
            "about the sea at night",
            "about a cup of tea",
            "about moving to a new home",
            "about friendship",
        ),
    ),
    Form(
        "newsletter intro",
        ("for our running club", "for a community garden", "for a small online shop", "for a school library"),
    ),
    Form(
        "restaurant review",
        ("of a cosy noodle bar", "of a vegetarian café", "of a family pizza place"),
    ),
    Form(
        "invitation",
        ("to a picnic in the park", "to a board game evening", "to my child's birthday party"),
    ),
    Form(
        "bedtime story",
        ("about a sleepy dragon", "about a brave little boat", "about the moon's night off"),
    ),
    Form(
        "social media post",
        (
            "announcing our bakery's new opening hours",
            "celebrating our team's first year",
            "sharing a recipe",
        ),
    ),
)
WRITING_CONSTRAINTS = (
    "Keep it under {k} words.",
    "About {k} words.",
    "Use a {tone_adj} tone.",
    "The audience is {audience}.",
    "Include a clear call to action.",
    "End with a question.",
    "Avoid jargon.",
    "Use three short paragraphs.",
    "Make it rhyme.",
    "Include two bullet points.",
    "Start with a hook.",
    "No exclamation marks, please.",
    "Give me {n} different versions.",
    "Write it in the first person.",
)
TONE_ADJ = (
    "friendly",
    "formal",
    "warm",
    "playful",
    "professional",
    "heartfelt",
    "light-hearted",
    "confident",
)
WRITING_FRAMES = (
    "Write {a_form} {subject}.",
    "Can you draft {a_tone_form} {subject}?",
    "I need {a_form} {subject}.",
    "Help me write {a_form} {subject}.",
    "Compose {a_form} {subject}.",
    "Please write {a_form} {subject}.",
    "Could you write me {a_tone_form} {subject}?",
    "Give me {n} ideas for {a_form} {subject}.",
    "Draft {a_form} {subject}, please.",
    "I have to write {a_form} {subject} and I'm stuck. Can you help?",
    "Write {a_form} {subject} for {audience}.",
    "Brainstorm and then write {a_form} {subject}.",
)


WRITING_CONTEXT = (
    "I run a small bakery with three staff.",
    "I volunteer at an animal shelter.",
    "I'm a teacher and this is for my class.",
    "We are a group of neighbours who share a garden.",
    "I'm not a confident writer, so keep it simple.",
    "This is for a club I help organise.",
    "I am still learning the language, so keep the words simple.",
    "I'm applying for my first job after school.",
    "Our team is small and informal.",
    "It's for a community noticeboard.",
    "I have written a draft already but it sounds stiff.",
    "My audience usually reads on their phones.",
)


def writing_task(rng: Rng) -> str:
    form = rng.choice(WRITING_FORMS)
    tone = rng.choice(TONE_ADJ)
    text = rng.choice(WRITING_FRAMES).format(
        a_form=_a(form.name),
        a_tone_form=_a(f"{tone} {form.name}"),
        subject=rng.choice(form.subjects),
        n=rng.randint(2, 5),
        audience=rng.choice(AUDIENCES),
    )
    for constraint in rng.sample(WRITING_CONSTRAINTS, rng.randint(0, 3)):
        text += " " + constraint.format(
            k=rng.choice((50, 80, 100, 120, 150, 200, 250, 300)),
            tone_adj=rng.choice(TONE_ADJ),
            audience=rng.choice(AUDIENCES),
            n=rng.randint(2, 4),
        )
    if rng.random() < 0.3:
        text = (
            f"{rng.choice(WRITING_CONTEXT)} {text}"
            if rng.random() < 0.5
            else f"{text} {rng.choice(WRITING_CONTEXT)}"
        )
    return text


# --- multi_step


@dataclass(frozen=True, slots=True)
class Plan:
    steps: tuple[str, ...]
    # What the steps work on, pasted after them: "text", "notes", "tasks", "draft" or "" for nothing.
    material: str = ""


STEP_PLANS = (
    Plan(
        (
            "Suggest a simple meal plan for a family of four",
            "Make a shopping list grouped by aisle",
            "Estimate the total cost",
            "Point out which meals can be cooked in advance",
            "Suggest one treat for the weekend",
        )
    ),
    Plan(
        (
            "Read the text below",
            "List its three main ideas",
            "Suggest a better title",
            "Write a one-sentence summary",
            "Point out anything that is unclear",
        ),
        "text",
    ),
    Plan(
        (
            "Explain what a budget is in two sentences",
            "Help me list my regular expenses",
            "Suggest three places where I could save money",
            "Turn it all into a simple table",
        )
    ),
    Plan(
        (
            "Ask me what kind of trip I want",
            "Suggest three kinds of destination that fit",
            "Make a packing list for the one I choose",
            "Write a short plan for the first day",
        )
    ),
    Plan(
        (
            "Explain the water cycle simply",
            "Describe a diagram of it in words",
            "Write five quiz questions about it",
            "Provide an answer key",
        )
    ),
    Plan(
        (
            "Read my cover letter draft",
            "Point out the weakest sentence",
            "Rewrite the opening paragraph",
            "Suggest a stronger closing line",
        ),
        "draft",
    ),
    Plan(
        (
            "Outline a beginner workout for three days a week",
            "Add warm-up and cool-down stretches",
            "Explain how to increase the difficulty over time",
            "Include one rest-day activity",
        )
    ),
    Plan(
        (
            "Summarise the meeting notes below",
            "List the action items",
            "Note any open questions",
            "Draft a short follow-up email to the team",
        ),
        "notes",
    ),
    Plan(
        (
            "Explain what a for-loop is",
            "Show a small Python example",
            "Give me two exercises to practise",
            "Show the solutions at the end",
        )
    ),
    Plan(
        (
            "Brainstorm five names for a book club",
            "Pick the best one and explain why",
            "Write a short welcome message for new members",
            "Suggest the first three books by genre",
        )
    ),
    Plan(
        (
            "Describe how to repot a houseplant",
            "List the tools I need",
            "Explain how to care for it afterwards",
            "Tell me the signs that it is unhappy",
        )
    ),
    Plan(
        (
            "Define photosynthesis in one sentence",
            "Explain it to a ten-year-old",
            "Give a real-world example",
            "Suggest an easy experiment to see it happen",
        )
    ),
    Plan(
        (
            "Plan a children's birthday party for ten kids",
            "Suggest three games",
            "Write a simple invitation",
            "Make a checklist for the day",
        )
    ),
    Plan(
        (
            "Look at the list of tasks below",
            "Sort them by urgency",
            "Estimate how long each will take",
            "Suggest which ones I could drop",
        ),
        "tasks",
    ),
    Plan(
        (
            "Explain the rules of chess for a complete beginner",
            "Describe how each piece moves",
            "Give three tips for the opening",
            "Suggest a short practice routine",
        )
    ),
    Plan(
        (
            "Proofread the paragraph below",
            "List every change you made",
            "Rewrite it in a friendlier tone",
            "Give it a title",
        ),
        "text",
    ),
    Plan(
        (
            "Explain how a bicycle gear works",
            "Compare low and high gears",
            "Tell me which gear to use going uphill",
            "Give one maintenance tip",
        )
    ),
    Plan(
        (
            "Pick a topic from {topic_list}",
            "Write three discussion questions about it",
            "Suggest a short activity for a group",
            "Write a one-line summary I can put on a poster",
        )
    ),
)
MEETING_NOTES = (
    "budget agreed",
    "design review still pending",
    "need two volunteers for the stand",
    "website text to be checked",
    "new printer ordered",
    "room booking for the workshop unclear",
    "survey results look positive",
    "supplier has not replied yet",
)
TODO_ITEMS = (
    "reply to the plumber",
    "book the car service",
    "water the plants",
    "finish the slides",
    "renew the library books",
    "buy a birthday present",
    "clean the fridge",
    "fix the wobbly chair",
    "send the quarterly report",
    "sort the recycling",
)
DRAFT_LINES = (
    "I am writing to apply for the job.",
    "I am hard working and I like people.",
    "In my last job I helped customers every day.",
    "I think I would be a good fit for your team.",
    "I am a fast learner and I am always on time.",
)
STEP_INTROS = (
    "Please do the following:",
    "Follow these steps:",
    "I need help with a few things:",
    "Do this in order:",
    "Can you:",
    "Tasks:",
    "Here's what I'd like:",
    "Step by step, please:",
    "",
    "Help me with this in a few parts.",
)
STEP_OUTROS = (
    "",
    "",
    "Keep each answer short.",
    "Use a heading for each step.",
    "Number your answers the same way.",
    "Please be concise.",
    "Thanks!",
    "Don't skip any step.",
)


def _material(rng: Rng, kind: str) -> str:
    if kind == "text":
        body = " ".join(_ordered_sample(rng, rng.choice(TEXT_POOLS), 2, 3))
        return "Text: " + (_roughen(rng, body) if rng.random() < 0.5 else body)
    if kind == "notes":
        return "Notes: " + "; ".join(_ordered_sample(rng, MEETING_NOTES, 3, 5)) + "."
    if kind == "tasks":
        return "Tasks:\n" + "\n".join(f"- {t}" for t in rng.sample(TODO_ITEMS, rng.randint(4, 6)))
    if kind == "draft":
        return "Draft: " + " ".join(_ordered_sample(rng, DRAFT_LINES, 2, 4))
    return ""


def multi_step(rng: Rng) -> str:
    plan = rng.choice(STEP_PLANS)
    topics = ", ".join(rng.sample(TOPICS, 3))
    steps = [s.format(topic_list=topics) for s in _ordered_sample(rng, plan.steps, 3, 5)]
    if rng.random() < 0.3:
        steps = [s[:1].lower() + s[1:] for s in steps]
    if rng.random() < 0.25:
        listed = " ".join(f"{i}) {s}." for i, s in enumerate(steps, 1))
    else:
        marker = rng.choice(("{i}. ", "{i}) ", "Step {i}: ", "{i} - "))
        listed = "\n".join(
            marker.format(i=i) + s + rng.choice((".", "", ".", "?")) for i, s in enumerate(steps, 1)
        )
    parts = [rng.choice(STEP_INTROS), listed, _material(rng, plan.material), rng.choice(STEP_OUTROS)]
    return "\n".join(p for p in parts if p)


# --- styling and assembly

FAMILIES: dict[str, Callable[[Rng], str]] = {
    "persona_task": persona_task,
    "edit_text": edit_text,
    "passage_qa": passage_qa,
    "follow_up": follow_up,
    "code_task": code_task,
    "reasoning": reasoning,
    "writing_task": writing_task,
    "multi_step": multi_step,
}
GREETINGS = ("Hi! ", "Hello, ", "Hey, ", "Hi there. ", "Hello! ", "Hiya! ", "hey ", "Hi, quick request: ")
THANKS = (" Thanks!", " Thank you.", " Thanks in advance.", " Cheers!", " Much appreciated.", " thx", " ty!")
_CODE_CHARS = re.compile(r"[`{}();=$<>|\[\]]")
_WORD = re.compile(r"\b[A-Za-z]{5,}\b")


def _typo(rng: Rng, text: str) -> str:
    """One slip (swapped, dropped or doubled letter) in a word of the first line, unless it is code."""
    first, sep, rest = text.partition("\n")
    if _CODE_CHARS.search(first):
        return text
    words = list(_WORD.finditer(first))
    if not words:
        return text
    m = rng.choice(words)
    word, i = m.group(), rng.randint(1, len(m.group()) - 3)
    kind = rng.randrange(3)
    if kind == 0:
        slipped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif kind == 1:
        slipped = word[:i] + word[i + 1 :]
    else:
        slipped = word[:i] + word[i] + word[i:]
    return first[: m.start()] + slipped + first[m.end() :] + sep + rest


def _style(rng: Rng, text: str) -> str:
    plain = "\n" not in text and not _CODE_CHARS.search(text)
    if rng.random() < 0.06:
        text = _typo(rng, text)
    if rng.random() < 0.04:
        text = text.replace("Please", "Pls", 1).replace("please", "pls", 1)
    if rng.random() < 0.12:
        greeting = rng.choice(GREETINGS)
        text = greeting + (text if greeting.endswith((". ", "! ")) else text[:1].lower() + text[1:])
    if rng.random() < 0.1:
        text += rng.choice(THANKS)
    if plain and rng.random() < 0.08:
        text = text.lower()
    elif rng.random() < 0.03:
        text = text[:1].lower() + text[1:]
    if plain and text.endswith(".") and rng.random() < 0.1:
        text = text[:-1]
    return text


def dedupe_key(text: str) -> str:
    """Case- and punctuation-insensitive identity of a prompt."""
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def synthesize(n: int, seed: int) -> list[tuple[str, str]]:
    """`n` distinct (text, family) pairs, families in equal shares (round robin), same output per seed."""
    rng = random.Random(seed)
    names = list(FAMILIES)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    misses = 0
    while len(out) < n:
        family = names[len(out) % len(names)]
        text = _style(rng, FAMILIES[family](rng)).strip()
        key = dedupe_key(text)
        if key in seen:
            misses += 1
            if misses > 50 * n + 1000:
                raise RuntimeError(f"only {len(out)} distinct prompts after {misses} repeats")
            continue
        seen.add(key)
        out.append((text, family))
    rng.shuffle(out)
    return out
