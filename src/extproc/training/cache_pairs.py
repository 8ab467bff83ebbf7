"""Synthetic question pairs for the semantic-cache verifier: same answer (1) or different answer (0).

Torch-free and deterministic (one seed). Each *intent* is a question with several hand-written frames
(wordings) and typed slots; each slot value is a *meaning* with one or more surface forms
("New York City" / "NYC"). Pairs are made by:

- paraphrase (1): the same intent and meanings, another frame and/or another surface form of a
  meaning, with chat-style noise (case, punctuation, politeness, filler, contractions, typos); a
  symmetric intent may swap its two slots ("TCP vs UDP" / "UDP vs TCP");
- near miss (0): one slot's meaning swapped for another of its type (entity, number, unit,
  language/library, date, format, audience, qualifier, antonym), the two slots of an ordered intent
  swapped (role, direction, comparison), or the intent's variant changed (negation, antonym,
  tense/timeframe), with or without a frame change and noise, so neither "same words" nor "other
  words" gives the label away;
- unrelated (0): two different intents, or the same intent with every slot changed.

The intents are split into train and validation groups by a hash of their name, so validation
measures intents the model never saw. Nothing here reads the evaluation set in data/eval/.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

__all__ = ["INTENTS", "SLOTS", "GenPair", "Intent", "generate", "intent_split", "noisy"]

Meaning = tuple[str, ...]  # surface forms of one meaning; the first is canonical

# Slot types: every meaning of a type answers differently from the others of that type.
SLOTS: dict[str, list[Meaning]] = {
    "country": [
        ("France",),
        ("Germany",),
        ("Australia",),
        ("Austria",),
        ("Spain",),
        ("Italy",),
        ("Japan",),
        ("China",),
        ("India",),
        ("Brazil",),
        ("Canada",),
        ("Mexico",),
        ("the United States", "the US", "the USA"),
        ("the United Kingdom", "the UK"),
        ("Sweden",),
        ("Norway",),
        ("Switzerland",),
        ("Portugal",),
        ("Argentina",),
        ("Egypt",),
        ("Nigeria",),
        ("Kenya",),
        ("South Korea",),
        ("North Korea",),
        ("Vietnam",),
        ("Thailand",),
        ("Poland",),
        ("Greece",),
        ("Turkey",),
        ("Ireland",),
        ("Iceland",),
        ("New Zealand", "NZ"),
        ("Peru",),
        ("Chile",),
        ("Colombia",),
        ("Indonesia",),
        ("the Netherlands", "Holland"),
    ],
    "city": [
        ("New York City", "NYC", "New York"),
        ("Los Angeles", "LA"),
        ("Paris",),
        ("London",),
        ("Tokyo",),
        ("Berlin",),
        ("Rome",),
        ("Madrid",),
        ("Barcelona",),
        ("Lisbon",),
        ("Amsterdam",),
        ("Sydney",),
        ("Melbourne",),
        ("Toronto",),
        ("Vancouver",),
        ("Chicago",),
        ("San Francisco", "SF"),
        ("Boston",),
        ("Seattle",),
        ("Miami",),
        ("Dubai",),
        ("Singapore",),
        ("Bangkok",),
        ("Istanbul",),
        ("Prague",),
        ("Vienna",),
        ("Munich",),
        ("Kyoto",),
        ("Seoul",),
        ("Mumbai",),
        ("Cairo",),
        ("Mexico City",),
    ],
    "lang": [
        ("Python",),
        ("JavaScript", "JS"),
        ("TypeScript", "TS"),
        ("Java",),
        ("Rust",),
        ("Go", "Golang"),
        ("C++", "cpp"),
        ("C#", "C sharp"),
        ("Ruby",),
        ("Kotlin",),
        ("Swift",),
        ("PHP",),
        ("Scala",),
        ("Haskell",),
        ("Bash", "a bash script"),
        ("R",),
        ("Elixir",),
        ("Lua",),
        ("Perl",),
        ("Dart",),
    ],
    "tool": [
        ("git",),
        ("Docker",),
        ("Kubernetes", "k8s"),
        ("npm",),
        ("pip",),
        ("Postgres", "PostgreSQL"),
        ("MySQL",),
        ("Redis",),
        ("MongoDB", "Mongo"),
        ("nginx",),
        ("Terraform",),
        ("Ansible",),
        ("VS Code", "Visual Studio Code"),
        ("vim",),
        ("Excel",),
        ("Google Sheets",),
        ("Jenkins",),
        ("GitHub Actions",),
        ("webpack",),
        ("Vite",),
        ("yarn",),
        ("conda",),
        ("SQLite",),
        ("Kafka",),
    ],
    "lib": [
        ("pandas",),
        ("NumPy", "numpy"),
        ("React",),
        ("Vue",),
        ("Angular",),
        ("axios",),
        ("fetch",),
        ("Django",),
        ("Flask",),
        ("FastAPI",),
        ("Express",),
        ("Spring Boot",),
        ("requests",),
        ("httpx",),
        ("PyTorch", "torch"),
        ("TensorFlow",),
        ("scikit-learn", "sklearn"),
        ("jQuery",),
        ("Lodash",),
        ("Matplotlib",),
        ("Selenium",),
        ("Playwright",),
        ("Jest",),
        ("pytest",),
        ("SQLAlchemy",),
    ],
    "ds": [
        ("a list",),
        ("a string",),
        ("a dictionary", "a dict"),
        ("an array",),
        ("a linked list",),
        ("a set",),
        ("a tuple",),
        ("a binary tree",),
        ("a hash map", "a hashmap"),
        ("a queue",),
        ("a stack",),
        ("a matrix",),
        ("a JSON file",),
        ("a CSV file", "a csv"),
        ("a date string",),
    ],
    "op": [
        ("reverse",),
        ("sort",),
        ("copy",),
        ("flatten",),
        ("shuffle",),
        ("deduplicate", "remove duplicates from"),
        ("iterate over", "loop over", "loop through"),
        ("serialize",),
        ("merge",),
        ("split",),
        ("filter",),
        ("parse",),
        ("validate",),
        ("compress",),
        ("encrypt",),
        ("hash",),
        ("print",),
    ],
    "food": [
        ("chicken breast",),
        ("salmon",),
        ("brown rice",),
        ("white rice",),
        ("quinoa",),
        ("lentils",),
        ("a whole turkey", "a turkey"),
        ("pork chops",),
        ("tofu",),
        ("potatoes",),
        ("sweet potatoes",),
        ("eggs",),
        ("steak",),
        ("shrimp",),
        ("pasta",),
        ("broccoli",),
        ("bread",),
        ("banana bread",),
        ("sourdough",),
        ("lasagna",),
        ("chocolate chip cookies",),
        ("pancakes",),
        ("risotto",),
        ("hummus",),
    ],
    "cook": [
        ("bake",),
        ("boil",),
        ("grill",),
        ("roast",),
        ("fry",),
        ("steam",),
        ("microwave",),
        ("slow cook",),
    ],
    "drug": [
        ("ibuprofen", "Advil"),
        ("acetaminophen", "Tylenol", "paracetamol"),
        ("aspirin",),
        ("melatonin",),
        ("amoxicillin",),
        ("metformin",),
        ("caffeine",),
        ("vitamin D",),
        ("vitamin C",),
        ("omeprazole",),
        ("antihistamines",),
        ("iron supplements",),
        ("magnesium",),
        ("prednisone",),
    ],
    "condition": [
        ("diabetes",),
        ("type 1 diabetes",),
        ("type 2 diabetes",),
        ("high blood pressure", "hypertension"),
        ("low blood pressure",),
        ("asthma",),
        ("migraines",),
        ("the flu",),
        ("a cold", "the common cold"),
        ("covid", "COVID-19"),
        ("anemia",),
        ("pregnancy",),
        ("insomnia",),
        ("a sprained ankle",),
        ("a concussion",),
        ("food poisoning",),
        ("strep throat",),
        ("gout",),
        ("eczema",),
    ],
    "animal": [
        ("dogs",),
        ("cats",),
        ("rabbits",),
        ("hamsters",),
        ("parrots",),
        ("horses",),
        ("goldfish",),
        ("guinea pigs",),
        ("ferrets",),
        ("turtles",),
        ("puppies",),
        ("kittens",),
    ],
    "planet": [
        ("Mars",),
        ("Venus",),
        ("Jupiter",),
        ("Saturn",),
        ("Mercury",),
        ("Neptune",),
        ("Uranus",),
        ("the Moon",),
        ("the Sun",),
        ("Earth",),
        ("Pluto",),
    ],
    "element": [
        ("iron",),
        ("gold",),
        ("silver",),
        ("copper",),
        ("oxygen",),
        ("hydrogen",),
        ("carbon",),
        ("nitrogen",),
        ("helium",),
        ("sodium",),
        ("uranium",),
        ("lead",),
        ("mercury",),
        ("aluminum", "aluminium"),
    ],
    "concept_sci": [
        ("photosynthesis",),
        ("cellular respiration",),
        ("mitosis",),
        ("meiosis",),
        ("osmosis",),
        ("diffusion",),
        ("evolution",),
        ("natural selection",),
        ("plate tectonics",),
        ("the greenhouse effect",),
        ("entropy",),
        ("quantum entanglement",),
        ("general relativity",),
        ("special relativity",),
        ("nuclear fission",),
        ("nuclear fusion",),
        ("DNA replication",),
        ("the water cycle",),
        ("black holes",),
        ("dark matter",),
        ("inertia",),
        ("momentum",),
        ("static electricity",),
        ("magnetism",),
        ("the Doppler effect",),
    ],
    "concept_fin": [
        ("inflation",),
        ("deflation",),
        ("compound interest",),
        ("simple interest",),
        ("a Roth IRA",),
        ("a traditional IRA",),
        ("a 401k", "a 401(k)"),
        ("an index fund",),
        ("an ETF",),
        ("a mutual fund",),
        ("stocks",),
        ("bonds",),
        ("a mortgage",),
        ("a credit score",),
        ("dollar cost averaging",),
        ("capital gains tax",),
        ("a bear market",),
        ("a bull market",),
        ("short selling",),
        ("dividends",),
        ("an annuity",),
        ("a HSA", "a health savings account"),
        ("cryptocurrency", "crypto"),
        ("the stock market",),
    ],
    "concept_cs": [
        ("recursion",),
        ("a closure",),
        ("dependency injection",),
        ("a REST API",),
        ("GraphQL",),
        ("TCP",),
        ("UDP",),
        ("HTTP",),
        ("HTTPS",),
        ("DNS",),
        ("a deadlock",),
        ("a race condition",),
        ("garbage collection",),
        ("big O notation",),
        ("dynamic programming",),
        ("a hash function",),
        ("OAuth",),
        ("JWT", "JSON web tokens"),
        ("a mutex",),
        ("a semaphore",),
        ("an interface",),
        ("an abstract class",),
        ("multithreading",),
        ("async/await",),
        ("a virtual machine", "a VM"),
        ("a container",),
        ("a load balancer",),
        ("a CDN",),
        ("SQL injection",),
        ("two-factor authentication", "2FA"),
        ("a binary search",),
        ("a linked list",),
        ("machine learning", "ML"),
        ("a neural network",),
    ],
    "concept_hist": [
        ("the French Revolution",),
        ("the American Revolution",),
        ("World War 1", "WW1", "the First World War"),
        ("World War 2", "WW2", "the Second World War"),
        ("the Cold War",),
        ("the Renaissance",),
        ("the Industrial Revolution",),
        ("the fall of the Roman Empire",),
        ("the Great Depression",),
        ("the Civil War",),
        ("the Reformation",),
        ("the Crusades",),
        ("the Ottoman Empire",),
        ("the Black Death",),
        ("the Cuban Missile Crisis",),
        ("the Meiji Restoration",),
    ],
    "person": [
        ("Abraham Lincoln", "Lincoln"),
        ("Napoleon",),
        ("Julius Caesar",),
        ("Marie Curie",),
        ("Albert Einstein", "Einstein"),
        ("Isaac Newton", "Newton"),
        ("Cleopatra",),
        ("Winston Churchill", "Churchill"),
        ("Nelson Mandela",),
        ("Leonardo da Vinci", "da Vinci"),
        ("Shakespeare", "William Shakespeare"),
        ("Charles Darwin", "Darwin"),
        ("Genghis Khan",),
        ("Queen Victoria",),
        ("George Washington",),
        ("Gandhi", "Mahatma Gandhi"),
        ("Alan Turing",),
        ("Ada Lovelace",),
        ("Mozart",),
        ("Beethoven",),
    ],
    "book": [
        ("1984",),
        ("Hamlet",),
        ("Macbeth",),
        ("Pride and Prejudice",),
        ("The Great Gatsby", "Gatsby"),
        ("To Kill a Mockingbird",),
        ("Moby Dick",),
        ("War and Peace",),
        ("The Odyssey",),
        ("Frankenstein",),
        ("Brave New World",),
        ("Lord of the Flies",),
        ("The Catcher in the Rye",),
        ("Romeo and Juliet",),
    ],
    "topic": [
        ("the ocean",),
        ("autumn", "fall"),
        ("winter",),
        ("spring",),
        ("my cat",),
        ("my dog",),
        ("friendship",),
        ("love",),
        ("coffee",),
        ("the moon",),
        ("a rainy day",),
        ("moving to a new city",),
        ("a lost sock",),
        ("Mondays",),
        ("the mountains",),
        ("space travel",),
        ("my grandmother",),
    ],
    "natlang": [
        ("English",),
        ("Spanish",),
        ("French",),
        ("German",),
        ("Italian",),
        ("Portuguese",),
        ("Japanese",),
        ("Mandarin", "Chinese"),
        ("Korean",),
        ("Russian",),
        ("Arabic",),
        ("Dutch",),
        ("Hindi",),
        ("Swedish",),
        ("Polish",),
        ("Turkish",),
    ],
    "word": [
        ("hello",),
        ("thank you", "thanks"),
        ("good morning",),
        ("goodbye",),
        ("I love you",),
        ("excuse me",),
        ("where is the bathroom",),
        ("how much does this cost",),
        ("cheers",),
        ("happy birthday",),
        ("good night",),
        ("see you tomorrow",),
        ("I'm sorry",),
    ],
    "device": [
        ("iPhone", "iphone"),
        ("Android phone", "Android"),
        ("MacBook", "Mac"),
        ("Windows laptop", "Windows PC"),
        ("iPad",),
        ("Chromebook",),
        ("PS5", "PlayStation 5"),
        ("Xbox",),
        ("Apple Watch",),
        ("Kindle",),
        ("router",),
        ("printer",),
        ("smart TV",),
        ("AirPods",),
    ],
    "app": [
        ("Gmail",),
        ("Outlook",),
        ("WhatsApp",),
        ("Slack",),
        ("Zoom",),
        ("Spotify",),
        ("Netflix",),
        ("Instagram",),
        ("Facebook",),
        ("Chrome", "Google Chrome"),
        ("Firefox",),
        ("Safari",),
        ("Microsoft Teams", "Teams"),
        ("Dropbox",),
        ("Google Drive",),
        ("iCloud",),
        ("Telegram",),
    ],
    "sport": [
        ("soccer", "football"),
        ("basketball",),
        ("tennis",),
        ("golf",),
        ("baseball",),
        ("cricket",),
        ("rugby",),
        ("ice hockey", "hockey"),
        ("volleyball",),
        ("chess",),
        ("swimming",),
        ("cycling",),
    ],
    "instrument": [
        ("guitar",),
        ("piano",),
        ("violin",),
        ("drums",),
        ("ukulele",),
        ("cello",),
        ("flute",),
        ("saxophone",),
    ],
    "shape": [
        ("a circle",),
        ("a square",),
        ("a triangle",),
        ("a rectangle",),
        ("a sphere",),
        ("a cylinder",),
        ("a cone",),
        ("a cube",),
    ],
    "measure": [("area",), ("perimeter",), ("volume",), ("surface area",), ("circumference",), ("diagonal",)],
    "unit_len": [
        ("miles", "mi"),
        ("kilometers", "km", "kilometres"),
        ("feet", "ft"),
        ("meters", "m", "metres"),
        ("inches", "in."),
        ("centimeters", "cm"),
        ("yards",),
    ],
    "unit_mass": [
        ("pounds", "lbs", "lb"),
        ("kilograms", "kg", "kilos"),
        ("ounces", "oz"),
        ("grams", "g"),
        ("stone",),
    ],
    "unit_temp": [("Fahrenheit", "F", "°F"), ("Celsius", "C", "°C"), ("Kelvin", "K")],
    "unit_vol": [
        ("cups",),
        ("liters", "litres", "L"),
        ("milliliters", "ml"),
        ("gallons",),
        ("tablespoons", "tbsp"),
        ("teaspoons", "tsp"),
    ],
    "currency": [
        ("US dollars", "USD", "dollars"),
        ("euros", "EUR"),
        ("British pounds", "GBP"),
        ("yen", "JPY"),
        ("Canadian dollars", "CAD"),
        ("Swiss francs", "CHF"),
        ("rupees", "INR"),
        ("pesos",),
        ("bitcoin", "BTC"),
    ],
    "timeunit": [("seconds",), ("minutes",), ("hours",), ("days",), ("weeks",), ("months",), ("years",)],
    "weekday": [
        ("Monday",),
        ("Tuesday",),
        ("Wednesday",),
        ("Thursday",),
        ("Friday",),
        ("Saturday",),
        ("Sunday",),
    ],
    "month": [
        ("January", "Jan"),
        ("February", "Feb"),
        ("March",),
        ("April",),
        ("May",),
        ("June",),
        ("July",),
        ("August", "Aug"),
        ("September", "Sept"),
        ("October", "Oct"),
        ("November", "Nov"),
        ("December", "Dec"),
    ],
    "season": [("summer",), ("winter",), ("spring",), ("autumn", "fall")],
    "office": [("president",), ("prime minister", "PM"), ("king",), ("queen",), ("chancellor",), ("mayor",)],
    "job": [
        ("software engineer", "software developer"),
        ("nurse",),
        ("teacher",),
        ("data scientist",),
        ("lawyer", "attorney"),
        ("accountant",),
        ("electrician",),
        ("plumber",),
        ("pilot",),
        ("doctor", "physician"),
        ("product manager",),
        ("graphic designer",),
        ("dentist",),
        ("pharmacist",),
    ],
    "doc": [
        ("a cover letter",),
        ("a resignation letter",),
        ("a thank-you note", "a thank you note"),
        ("a wedding toast",),
        ("a LinkedIn summary",),
        ("an apology email",),
        ("a complaint letter",),
        ("a birthday message",),
        ("a product description",),
        ("a eulogy",),
        ("a haiku",),
        ("a limerick",),
        ("a poem",),
        ("a short story",),
    ],
    "format": [
        ("in one sentence", "in a single sentence", "in one line"),
        ("in 500 words", "in about 500 words"),
        ("in three bullet points", "in 3 bullet points"),
        ("as a table", "in a table"),
        ("as JSON", "in JSON format"),
        ("as YAML", "in YAML"),
        ("as a numbered list",),
        ("in detail", "in depth"),
        ("in two paragraphs", "in 2 paragraphs"),
        ("as a haiku",),
        ("as a tweet",),
    ],
    "audience": [
        ("to a 5 year old", "to a five-year-old", "like I'm five", "to a little kid"),
        ("to a PhD student", "at a graduate level"),
        ("to a complete beginner", "to someone with no background"),
        ("to an expert", "to a specialist"),
        ("to a teenager", "to a high school student"),
        ("to my grandmother", "to my grandma"),
        ("to a software engineer", "to a programmer"),
        ("to a lawyer",),
        ("to a doctor",),
    ],
    "mood": [
        ("", ""),
        ("sad",),
        ("funny", "humorous"),
        ("romantic",),
        ("short",),
        ("long",),
        ("formal",),
        ("angry",),
        ("rhyming",),
        ("dark",),
        ("cheerful", "happy"),
    ],
    "diet": [
        ("",),
        ("vegan",),
        ("vegetarian",),
        ("gluten-free", "gluten free"),
        ("keto",),
        ("low-carb", "low carb"),
        ("dairy-free",),
        ("spicy",),
    ],
    "prep": [("before",), ("after",), ("during",)],
    "timing": [("before",), ("after",)],
    "relation": [
        ("my landlord",),
        ("my employer", "my boss"),
        ("my neighbor", "my neighbour"),
        ("my ex",),
        ("my tenant",),
        ("my contractor",),
        ("my roommate",),
    ],
    "adj_cmp": [
        ("bigger", "larger"),
        ("smaller",),
        ("heavier",),
        ("lighter",),
        ("older",),
        ("younger",),
        ("faster",),
        ("slower",),
        ("hotter",),
        ("colder",),
        ("taller",),
        ("shorter",),
        ("cheaper",),
        ("more expensive", "pricier"),
    ],
    "merit": [
        ("advantages", "pros", "benefits", "upsides"),
        ("disadvantages", "cons", "drawbacks", "downsides"),
        ("risks", "dangers"),
        ("history",),
        ("alternatives",),
        ("common uses", "uses"),
    ],
    "direction": [("increase", "raise", "boost"), ("decrease", "lower", "reduce")],
    "level": [("beginner", "beginners", "novice"), ("intermediate",), ("advanced", "experts")],
    "n_small": [
        (str(i), w)
        for i, w in enumerate(
            [
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
            ]
        )
        if i >= 2
    ],
}


def _numbers(lo: int, hi: int, step: int = 1) -> list[Meaning]:
    return [(str(i),) for i in range(lo, hi + 1, step)]


SLOTS["n"] = _numbers(2, 99)
SLOTS["big"] = _numbers(100, 2000, 25)
SLOTS["pct"] = [(f"{i}%", f"{i} percent") for i in range(5, 95, 5)]
SLOTS["year"] = _numbers(1500, 2024)
SLOTS["age"] = [(f"{i}",) for i in range(1, 90)]
SLOTS["temp"] = [(str(i),) for i in range(150, 500, 25)]

# Near-miss kind when a slot of this type changes meaning.
SLOT_CHANGE_KIND: dict[str, str] = {
    "n": "number",
    "big": "number",
    "pct": "number",
    "age": "number",
    "temp": "number",
    "n_small": "number",
    "year": "date",
    "weekday": "date",
    "month": "date",
    "season": "date",
    "unit_len": "unit",
    "unit_mass": "unit",
    "unit_temp": "unit",
    "unit_vol": "unit",
    "currency": "unit",
    "timeunit": "unit",
    "lang": "language",
    "lib": "language",
    "tool": "language",
    "natlang": "language",
    "format": "format",
    "audience": "audience",
    "mood": "qualifier",
    "diet": "qualifier",
    "level": "qualifier",
    "prep": "antonym",
    "timing": "antonym",
    "merit": "antonym",
    "direction": "antonym",
    "adj_cmp": "comparison",
}


@dataclass(frozen=True, slots=True)
class Intent:
    """A question with interchangeable frames. `variants` are frame lists with different answers
    (negation, antonym, timeframe); `ordered` names two same-type slots whose swap changes the answer
    (kind `order_kind`); `symmetric` names two whose swap does not."""

    name: str
    variants: tuple[tuple[str, ...], ...]
    variant_kind: str = "negation"
    ordered: tuple[str, str] | None = None
    order_kind: str = "role"
    symmetric: tuple[str, str] | None = None


def _i(name: str, *frames: str, **kw: object) -> Intent:
    return Intent(name, (tuple(frames),), **kw)  # type: ignore[arg-type]


def _v(name: str, kind: str, *variants: Sequence[str], **kw: object) -> Intent:
    return Intent(name, tuple(tuple(v) for v in variants), variant_kind=kind, **kw)  # type: ignore[arg-type]


# Slot placeholders: {type} or {type:tag} for a second slot of the same type.
INTENTS: list[Intent] = [
    # geography / travel
    _i(
        "capital",
        "What is the capital of {country}?",
        "capital of {country}?",
        "What's {country}'s capital city?",
        "Which city is the capital of {country}?",
        "tell me the capital city of {country}",
        "{country} capital",
    ),
    _i(
        "population",
        "What is the population of {country}?",
        "How many people live in {country}?",
        "population of {country}",
        "how big is {country}'s population",
        "How many inhabitants does {country} have?",
    ),
    _i(
        "currency_of",
        "What currency does {country} use?",
        "currency in {country}?",
        "What's the money used in {country}?",
        "which currency should I bring to {country}",
        "What is the official currency of {country}?",
    ),
    _i(
        "visa",
        "Do I need a visa to visit {country} from {country:b}?",
        "visa requirements for {country} for citizens of {country:b}",
        "As a citizen of {country:b}, do I need a visa for {country}?",
        "{country:b} passport holder traveling to {country}: visa needed?",
        ordered=("country", "country:b"),
        order_kind="direction",
    ),
    _i(
        "flight",
        "How long is the flight from {city} to {city:b}?",
        "flight time {city} to {city:b}",
        "How many hours does it take to fly from {city} to {city:b}?",
        "{city} -> {city:b} flight duration?",
        symmetric=("city", "city:b"),
    ),
    _i(
        "things_city",
        "What are the best things to do in {city}?",
        "top things to do in {city}",
        "What should I see in {city}?",
        "must-see attractions in {city}",
        "I'm visiting {city}, what should I do there?",
        "Best sights in {city}?",
    ),
    _i(
        "visit_season",
        "Is {month} a good time to visit {city}?",
        "is it worth visiting {city} in {month}",
        "Should I travel to {city} in {month}?",
        "{city} in {month}: good time to go?",
        "what's {city} like in {month}",
    ),
    _i(
        "weather",
        "What is the weather like in {city} in {season}?",
        "{city} weather in {season}?",
        "How is the weather in {city} during {season}?",
        "what to expect weather-wise in {city} in {season}",
    ),
    _i(
        "distance",
        "How far is {city} from {city:b}?",
        "distance between {city} and {city:b}",
        "How many miles from {city} to {city:b}?",
        "{city} to {city:b} distance",
        symmetric=("city", "city:b"),
    ),
    _i(
        "timezone",
        "What time zone is {city} in?",
        "{city} time zone?",
        "Which timezone does {city} use?",
        "time zone of {city}",
    ),
    _i(
        "lang_spoken",
        "What language do they speak in {country}?",
        "What languages are spoken in {country}?",
        "official language of {country}",
        "which language do people in {country} speak",
    ),
    # programming
    _i(
        "op_ds_lang",
        "How do I {op} {ds} in {lang}?",
        "How can I {op} {ds} in {lang}?",
        "{lang}: how to {op} {ds}",
        "What's the best way to {op} {ds} in {lang}?",
        "In {lang}, how do you {op} {ds}?",
        "{op} {ds} {lang}",
        "Show me how to {op} {ds} using {lang}.",
        "how would i {op} {ds} with {lang}",
    ),
    _i(
        "lang_vs",
        "What is the difference between {lang} and {lang:b}?",
        "{lang} vs {lang:b}: what's the difference?",
        "How does {lang} differ from {lang:b}?",
        "Compare {lang} and {lang:b}.",
        "difference between {lang} and {lang:b}",
        symmetric=("lang", "lang:b"),
    ),
    _i(
        "lib_vs",
        "Should I use {lib} or {lib:b}?",
        "{lib} vs {lib:b}, which one is better?",
        "{lib} or {lib:b} for a new project?",
        "Which is better, {lib} or {lib:b}?",
        symmetric=("lib", "lib:b"),
    ),
    _i(
        "migrate",
        "How do I migrate from {lib} to {lib:b}?",
        "migrating from {lib} to {lib:b}",
        "What's the easiest way to switch from {lib} to {lib:b}?",
        "Moving a project from {lib} to {lib:b}: how?",
        ordered=("lib", "lib:b"),
        order_kind="direction",
    ),
    _i(
        "convert_code",
        "How do I convert this {lang} code to {lang:b}?",
        "translate my {lang} code into {lang:b}",
        "Can you port this from {lang} to {lang:b}?",
        "rewrite this {lang} snippet in {lang:b}",
        ordered=("lang", "lang:b"),
        order_kind="direction",
    ),
    _i(
        "install_tool",
        "How do I install {tool} on {device}?",
        "installing {tool} on a {device}",
        "How to set up {tool} on my {device}?",
        "What's the way to get {tool} running on {device}?",
        "{tool} install on {device}",
    ),
    _i(
        "learn_lang",
        "What's the best way to learn {lang} as a {level}?",
        "how should a {level} learn {lang}",
        "{level} resources for learning {lang}?",
        "I'm a {level}, how do I learn {lang}?",
        "Best {lang} course for {level} programmers?",
    ),
    _i(
        "explain_cs",
        "What is {concept_cs}?",
        "Explain {concept_cs}.",
        "Can you explain {concept_cs}?",
        "what's {concept_cs}",
        "How does {concept_cs} work?",
        "I don't understand {concept_cs}, can you explain it?",
        "{concept_cs} explained",
    ),
    _i(
        "cs_vs",
        "What is the difference between {concept_cs} and {concept_cs:b}?",
        "{concept_cs} vs {concept_cs:b}?",
        "How is {concept_cs} different from {concept_cs:b}?",
        "Explain {concept_cs} versus {concept_cs:b}.",
        symmetric=("concept_cs", "concept_cs:b"),
    ),
    _i(
        "tool_undo",
        "How do I undo the last commit in {tool}?",
        "{tool}: undo last commit",
        "revert my last commit with {tool}",
        "How can I roll back the most recent commit in {tool}?",
    ),
    _v(
        "tool_cmd",
        "antonym",
        ("How do I start a {tool} container?", "start {tool} container", "How can I run a {tool} container?"),
        (
            "How do I stop a {tool} container?",
            "stop {tool} container",
            "How can I kill a running {tool} container?",
        ),
    ),
    _v(
        "git_branch",
        "antonym",
        ("How do I create a new branch in git?", "git: make a new branch", "create a branch with git"),
        ("How do I delete a branch in git?", "git: remove a branch", "delete a branch with git"),
    ),
    _v(
        "lang_enable",
        "antonym",
        (
            "How do I enable {app} notifications on my {device}?",
            "turn on {app} notifications {device}",
            "how can I switch on notifications for {app} on {device}",
        ),
        (
            "How do I disable {app} notifications on my {device}?",
            "turn off {app} notifications {device}",
            "how can I switch off notifications for {app} on {device}",
        ),
    ),
    _v(
        "string_case",
        "antonym",
        (
            "How do I convert a string to uppercase in {lang}?",
            "{lang} uppercase a string",
            "make a string all caps in {lang}",
        ),
        (
            "How do I convert a string to lowercase in {lang}?",
            "{lang} lowercase a string",
            "make a string all lower case in {lang}",
        ),
    ),
    _v(
        "sort_order",
        "antonym",
        (
            "How do I sort {ds} in ascending order in {lang}?",
            "{lang} sort {ds} ascending",
            "sort {ds} from smallest to largest in {lang}",
        ),
        (
            "How do I sort {ds} in descending order in {lang}?",
            "{lang} sort {ds} descending",
            "sort {ds} from largest to smallest in {lang}",
        ),
    ),
    _v(
        "why_slow",
        "negation",
        (
            "Why is my {lang} code slow?",
            "my {lang} program runs slowly, why?",
            "why does my {lang} code run so slow",
        ),
        (
            "Why is my {lang} code not running?",
            "my {lang} program doesn't run, why?",
            "why won't my {lang} code run",
        ),
    ),
    _i(
        "error_lib",
        "How do I fix 'module not found' for {lib}?",
        "{lib} module not found error",
        "ModuleNotFoundError {lib} how to fix",
        "Getting 'no module named {lib}', what do I do?",
    ),
    # math
    _i(
        "pct_of",
        "What is {pct} of {big}?",
        "what's {pct} of {big}",
        "Calculate {pct} of {big}.",
        "{pct} of {big} = ?",
        "How much is {pct} of {big}?",
    ),
    _i(
        "times",
        "What is {n} times {n:b}?",
        "{n} x {n:b}",
        "What's {n} multiplied by {n:b}?",
        "Calculate {n} * {n:b}.",
        "multiply {n} by {n:b}",
        symmetric=("n", "n:b"),
    ),
    _i(
        "divide",
        "What is {big} divided by {n}?",
        "{big} / {n}",
        "Divide {big} by {n}.",
        "what do you get when you divide {big} by {n}",
        ordered=("big", "n"),
        order_kind="role",
    ),
    _i(
        "minus",
        "What is {big} minus {n}?",
        "{big} - {n} = ?",
        "Subtract {n} from {big}.",
        "what's {big} take away {n}",
    ),
    _i(
        "prime",
        "Is {n} a prime number?",
        "is {n} prime",
        "Is the number {n} prime?",
        "{n} prime or not?",
        "Check if {n} is a prime.",
    ),
    _i(
        "sqrt",
        "What is the square root of {big}?",
        "sqrt of {big}",
        "square root {big}",
        "What's the square root of the number {big}?",
    ),
    _i(
        "shape_measure",
        "How do I calculate the {measure} of {shape}?",
        "formula for the {measure} of {shape}",
        "What is the formula for {shape}'s {measure}?",
        "how to find the {measure} of {shape}",
        "{measure} of {shape} formula",
    ),
    _i(
        "solve",
        "Solve {n}x + {n:b} = {big}.",
        "solve for x: {n}x + {n:b} = {big}",
        "How do I solve {n}x + {n:b} = {big}?",
        "What is x if {n}x + {n:b} = {big}?",
    ),
    _i(
        "ratio",
        "Is {n} bigger than {n:b} squared?",
        "is {n} > {n:b}^2",
        "Is {n} greater than the square of {n:b}?",
        ordered=("n", "n:b"),
        order_kind="comparison",
    ),
    # conversions
    _i(
        "conv_len",
        "Convert {n} {unit_len} to {unit_len:b}.",
        "How many {unit_len:b} is {n} {unit_len}?",
        "{n} {unit_len} in {unit_len:b}",
        "What is {n} {unit_len} in {unit_len:b}?",
        "{n} {unit_len} to {unit_len:b}",
        ordered=("unit_len", "unit_len:b"),
        order_kind="direction",
    ),
    _i(
        "conv_mass",
        "Convert {n} {unit_mass} to {unit_mass:b}.",
        "How many {unit_mass:b} are in {n} {unit_mass}?",
        "{n} {unit_mass} in {unit_mass:b}",
        "what's {n} {unit_mass} in {unit_mass:b}",
        ordered=("unit_mass", "unit_mass:b"),
        order_kind="direction",
    ),
    _i(
        "conv_temp",
        "Convert {n} degrees {unit_temp} to {unit_temp:b}.",
        "{n} {unit_temp} to {unit_temp:b}",
        "What is {n} degrees {unit_temp} in {unit_temp:b}?",
        "how much is {n} {unit_temp} in {unit_temp:b}",
        ordered=("unit_temp", "unit_temp:b"),
        order_kind="direction",
    ),
    _i(
        "conv_money",
        "How much is {big} {currency} in {currency:b}?",
        "convert {big} {currency} to {currency:b}",
        "{big} {currency} to {currency:b}",
        "What's {big} {currency} worth in {currency:b}?",
        ordered=("currency", "currency:b"),
        order_kind="direction",
    ),
    _i(
        "conv_vol",
        "How many {unit_vol:b} are in {n_small} {unit_vol}?",
        "{n_small} {unit_vol} to {unit_vol:b}",
        "convert {n_small} {unit_vol} into {unit_vol:b}",
        ordered=("unit_vol", "unit_vol:b"),
        order_kind="direction",
    ),
    _i(
        "conv_time",
        "How many {timeunit:b} are in {n} {timeunit}?",
        "{n} {timeunit} in {timeunit:b}",
        "convert {n} {timeunit} to {timeunit:b}",
        ordered=("timeunit", "timeunit:b"),
        order_kind="direction",
    ),
    # cooking
    _i(
        "cook_time",
        "How long should I {cook} {food}?",
        "how long to {cook} {food}",
        "{cook} time for {food}?",
        "What's the right time to {cook} {food}?",
        "For how many minutes do I {cook} {food}?",
    ),
    _i(
        "cook_temp",
        "At what temperature should I {cook} {food}?",
        "what temp to {cook} {food}",
        "{food}: {cook} at what temperature?",
        "Best oven temperature to {cook} {food}?",
    ),
    _i(
        "oven",
        "How long do I bake {food} at {temp} degrees?",
        "{food} at {temp}F, how long?",
        "baking time for {food} at {temp} degrees",
        "How many minutes for {food} in the oven at {temp}?",
    ),
    _i(
        "recipe",
        "Can you give me a {diet} recipe for {food}?",
        "{diet} {food} recipe",
        "How do I make {diet} {food}?",
        "I need a good {diet} {food} recipe.",
        "recipe for {diet} {food} please",
    ),
    _i(
        "substitute",
        "What can I use instead of {food} in a recipe?",
        "substitute for {food}",
        "What's a good replacement for {food}?",
        "I'm out of {food}, what can I use instead?",
    ),
    _i(
        "scale",
        "How do I scale a recipe for {n_small} people to {n} people?",
        "adjust a recipe from {n_small} servings to {n}",
        "recipe serves {n_small}, I need it for {n}",
    ),
    _v(
        "freeze",
        "negation",
        ("Can you freeze {food}?", "is it ok to freeze {food}", "can {food} be frozen?"),
        ("Why can't you freeze {food}?", "why shouldn't you freeze {food}", "reasons not to freeze {food}"),
    ),
    _v(
        "eat_avoid",
        "antonym",
        (
            "What foods should I eat with {condition}?",
            "foods to eat with {condition}",
            "best foods for {condition}",
            "what should I eat if I have {condition}",
        ),
        (
            "What foods should I avoid with {condition}?",
            "foods to avoid with {condition}",
            "worst foods for {condition}",
            "what should I not eat if I have {condition}",
        ),
    ),
    _v(
        "raw_cooked",
        "antonym",
        ("Is it safe to eat raw {food}?", "can you eat {food} raw", "is raw {food} safe to eat"),
        (
            "Is it safe to eat undercooked {food}?",
            "can you eat {food} undercooked",
            "is undercooked {food} ok to eat",
        ),
        (
            "Is it safe to eat reheated {food}?",
            "can you reheat {food} safely",
            "is reheated {food} ok to eat",
        ),
    ),
    # health
    _i(
        "dose",
        "How much {drug} can I take in a day?",
        "max daily dose of {drug}",
        "What's the maximum amount of {drug} per day?",
        "daily limit for {drug}?",
        "how many mg of {drug} per day is safe",
    ),
    _i(
        "drug_cond",
        "Is {drug} safe to take with {condition}?",
        "can I take {drug} if I have {condition}",
        "{drug} and {condition}: is it safe?",
        "Should people with {condition} take {drug}?",
    ),
    _i(
        "drug_timing",
        "Should I take {drug} {timing} surgery?",
        "{drug} {timing} surgery, ok?",
        "Is it fine to take {drug} {timing} an operation?",
        "can i have {drug} {timing} my surgery",
    ),
    _i(
        "drug_mix",
        "Can I take {drug} with {drug:b}?",
        "is it safe to mix {drug} and {drug:b}",
        "{drug} and {drug:b} together?",
        "Can {drug} be combined with {drug:b}?",
        symmetric=("drug", "drug:b"),
    ),
    _i(
        "symptoms",
        "What are the symptoms of {condition}?",
        "symptoms of {condition}",
        "How do I know if I have {condition}?",
        "signs of {condition}?",
        "What does {condition} feel like?",
    ),
    _i(
        "treat",
        "How do you treat {condition}?",
        "treatment for {condition}",
        "What's the best treatment for {condition}?",
        "how is {condition} treated",
        "what helps with {condition}",
    ),
    _v(
        "exercise",
        "antonym",
        (
            "What exercises help with {condition}?",
            "good exercises for {condition}",
            "exercises that are good for {condition}",
        ),
        (
            "What exercises should I avoid with {condition}?",
            "bad exercises for {condition}",
            "exercises that are bad for {condition}",
        ),
    ),
    _i(
        "pet_food",
        "Can {animal} eat {food}?",
        "is {food} safe for {animal}",
        "Is it ok to give {food} to {animal}?",
        "are {animal} allowed to eat {food}",
    ),
    _i(
        "age_vax",
        "At what age should {animal} get vaccinated?",
        "when do {animal} need vaccines",
        "vaccination schedule for {animal}",
    ),
    _v(
        "sleep",
        "antonym",
        ("How can I fall asleep faster?", "tips to fall asleep quicker", "ways to get to sleep faster"),
        ("How can I wake up earlier?", "tips to wake up earlier", "ways to get up earlier in the morning"),
    ),
    _v(
        "weight",
        "direction",
        ("How do I lose weight fast?", "fastest way to lose weight", "quick weight loss tips"),
        ("How do I gain weight fast?", "fastest way to gain weight", "quick weight gain tips"),
    ),
    _i(
        "bp",
        "How do I {direction} my blood pressure?",
        "ways to {direction} blood pressure",
        "what helps {direction} blood pressure",
        "tips to {direction} my blood pressure naturally",
    ),
    # science
    _i(
        "explain_sci",
        "What is {concept_sci}?",
        "Explain {concept_sci}.",
        "How does {concept_sci} work?",
        "can you explain {concept_sci} simply",
        "{concept_sci} explained",
        "what's {concept_sci} in simple terms",
    ),
    _i(
        "explain_sci_aud",
        "Explain {concept_sci} {audience}.",
        "Can you explain {concept_sci} {audience}?",
        "How would you explain {concept_sci} {audience}?",
        "explain {concept_sci} {audience} please",
    ),
    _i(
        "sci_vs",
        "What is the difference between {concept_sci} and {concept_sci:b}?",
        "{concept_sci} vs {concept_sci:b}",
        "How does {concept_sci} differ from {concept_sci:b}?",
        symmetric=("concept_sci", "concept_sci:b"),
    ),
    _i(
        "planet_fact",
        "How far is {planet} from the Earth?",
        "distance from Earth to {planet}",
        "How many miles away is {planet}?",
        "how far away is {planet}",
    ),
    _i(
        "planet_gravity",
        "What is the gravity on {planet}?",
        "gravity of {planet}?",
        "How strong is gravity on {planet}?",
        "surface gravity {planet}",
    ),
    _i(
        "planet_cmp",
        "Is {planet} {adj_cmp} than {planet:b}?",
        "{planet} vs {planet:b}: which is {adj_cmp}?",
        "is {planet} {adj_cmp} compared to {planet:b}",
        ordered=("planet", "planet:b"),
        order_kind="comparison",
    ),
    _i(
        "element_melt",
        "What is the melting point of {element}?",
        "{element} melting point",
        "At what temperature does {element} melt?",
        "melting temp of {element}?",
    ),
    _i(
        "element_heavy",
        "Is {element} heavier than {element:b}?",
        "is {element} denser than {element:b}",
        "Which weighs more per volume, {element} or {element:b}?",
        ordered=("element", "element:b"),
        order_kind="comparison",
    ),
    _i(
        "boil_alt",
        "What is the boiling point of water at {big} meters?",
        "water boiling point at {big} m altitude",
        "At {big} meters, what temperature does water boil at?",
    ),
    # finance
    _i(
        "explain_fin",
        "What is {concept_fin}?",
        "Explain {concept_fin}.",
        "how does {concept_fin} work",
        "{concept_fin} explained simply",
        "Can you tell me what {concept_fin} is?",
        "what exactly is {concept_fin}",
    ),
    _i(
        "fin_vs",
        "What is the difference between {concept_fin} and {concept_fin:b}?",
        "{concept_fin} vs {concept_fin:b}?",
        "Should I choose {concept_fin} or {concept_fin:b}?",
        "{concept_fin} or {concept_fin:b}, what's the difference",
        symmetric=("concept_fin", "concept_fin:b"),
    ),
    _i(
        "fin_merit",
        "What are the {merit} of {concept_fin}?",
        "{merit} of {concept_fin}",
        "{concept_fin}: what are the {merit}?",
        "Tell me the {merit} of {concept_fin}.",
        "list the {merit} of {concept_fin}",
    ),
    _i(
        "save_for",
        "How much should I save each month to have {big} thousand dollars in {n} years?",
        "monthly savings needed for ${big}k in {n} years",
        "I want {big}k saved in {n} years, how much per month?",
    ),
    _i(
        "interest_calc",
        "How much interest will I earn on {big} dollars at {pct} for {n} years?",
        "interest on ${big} at {pct} over {n} years",
        "If I invest {big} dollars at {pct} for {n} years, what's the interest?",
    ),
    _v(
        "rates_effect",
        "antonym",
        (
            "What happens to bond prices when interest rates rise?",
            "how do rising interest rates affect bonds",
            "effect of higher rates on bond prices",
        ),
        (
            "What happens to bond prices when interest rates fall?",
            "how do falling interest rates affect bonds",
            "effect of lower rates on bond prices",
        ),
    ),
    _v(
        "tax_deduct",
        "negation",
        (
            "Is a {concept_fin} contribution tax deductible?",
            "can I deduct {concept_fin} contributions",
            "are contributions to {concept_fin} deductible",
        ),
        (
            "Why isn't a {concept_fin} contribution tax deductible?",
            "why can't I deduct {concept_fin} contributions",
            "why are contributions to {concept_fin} not deductible",
        ),
    ),
    # history / people
    _i(
        "hist_cause",
        "What caused {concept_hist}?",
        "causes of {concept_hist}",
        "Why did {concept_hist} happen?",
        "What were the main causes of {concept_hist}?",
        "what led to {concept_hist}",
    ),
    _v(
        "hist_cause_effect",
        "antonym",
        (
            "What were the causes of {concept_hist}?",
            "main causes of {concept_hist}",
            "why did {concept_hist} happen",
        ),
        (
            "What were the consequences of {concept_hist}?",
            "main effects of {concept_hist}",
            "what happened after {concept_hist}",
        ),
    ),
    _i(
        "year_events",
        "What happened in {year}?",
        "major events of {year}",
        "What were the big events in {year}?",
        "important things that happened in the year {year}",
        "{year}: what happened that year?",
    ),
    _i(
        "person_born",
        "When was {person} born?",
        "{person} birth date",
        "What year was {person} born?",
        "birthday of {person}?",
    ),
    _v(
        "person_born_died",
        "antonym",
        ("When was {person} born?", "{person} birth year", "what year was {person} born"),
        ("When did {person} die?", "{person} death year", "what year did {person} die"),
    ),
    _i(
        "person_known",
        "What is {person} famous for?",
        "why is {person} famous",
        "What did {person} do?",
        "{person}: what is he or she known for?",
        "Who was {person}?",
    ),
    _v(
        "office_time",
        "tense_timeframe",
        (
            "Who is the current {office} of {country}?",
            "who's the {office} of {country} now",
            "current {office} of {country}?",
        ),
        (
            "Who was the {office} of {country} in {year}?",
            "who was {country}'s {office} in {year}",
            "{office} of {country} in {year}?",
        ),
        (
            "Who was the first {office} of {country}?",
            "who was {country}'s first {office}",
            "first ever {office} of {country}?",
        ),
    ),
    _v(
        "record_time",
        "tense_timeframe",
        ("What is the tallest building in {city} today?", "tallest building in {city} right now"),
        ("What was the tallest building in {city} in {year}?", "tallest building in {city} back in {year}"),
    ),
    _i(
        "book_summary",
        "Can you summarize {book}?",
        "summary of {book}",
        "What is {book} about?",
        "give me a summary of {book}",
        "{book} plot summary",
    ),
    _i(
        "book_summary_fmt",
        "Summarize {book} {format}.",
        "Give me a summary of {book} {format}.",
        "{book} summary {format}",
        "Can you summarize {book} {format}?",
    ),
    _i(
        "book_author",
        "Who wrote {book}?",
        "author of {book}",
        "Who is the author of {book}?",
        "{book} was written by who?",
    ),
    # language learning
    _i(
        "translate",
        "How do you say '{word}' in {natlang}?",
        "'{word}' in {natlang}",
        "Translate '{word}' into {natlang}.",
        "what's '{word}' in {natlang}",
        "How would I say {word} in {natlang}?",
    ),
    _i(
        "translate_dir",
        "Translate this sentence from {natlang} to {natlang:b}.",
        "{natlang} to {natlang:b} translation of this sentence",
        "Can you translate this from {natlang} into {natlang:b}?",
        ordered=("natlang", "natlang:b"),
        order_kind="direction",
    ),
    _i(
        "learn_natlang",
        "How long does it take to learn {natlang}?",
        "how many months to learn {natlang}",
        "time needed to become fluent in {natlang}",
        "How long would it take me to learn {natlang}?",
    ),
    _i(
        "natlang_vs",
        "Is {natlang} harder to learn than {natlang:b}?",
        "is {natlang} more difficult than {natlang:b}",
        "{natlang} harder than {natlang:b}?",
        ordered=("natlang", "natlang:b"),
        order_kind="comparison",
    ),
    _i(
        "natlang_level",
        "What are good {natlang} books for {level} learners?",
        "{level} {natlang} reading recommendations",
        "books to read in {natlang} at a {level} level",
    ),
    # writing
    _i(
        "write_doc",
        "Write {doc} for a {job}.",
        "Can you write {doc} for a {job}?",
        "I need {doc} for a {job} position.",
        "help me write {doc} as a {job}",
        "draft {doc} for a {job} job",
    ),
    _i(
        "write_poem",
        "Write a {mood} poem about {topic}.",
        "Can you write a {mood} poem about {topic}?",
        "{mood} poem about {topic} please",
        "I'd like a {mood} poem on {topic}.",
    ),
    _i(
        "write_fmt",
        "Explain {concept_cs} {format}.",
        "Describe {concept_cs} {format}.",
        "{concept_cs} {format} please",
        "Give me an explanation of {concept_cs} {format}.",
    ),
    _i(
        "explain_aud",
        "Explain {concept_fin} {audience}.",
        "How would you explain {concept_fin} {audience}?",
        "explain {concept_fin} {audience} please",
        "Can you explain {concept_fin} {audience}?",
    ),
    _v(
        "email_tone",
        "antonym",
        ("How do I write a formal email to my boss?", "formal email to a manager, how to write"),
        ("How do I write a casual email to my boss?", "casual email to a manager, how to write"),
    ),
    # product support
    _i(
        "reset_device",
        "How do I factory reset my {device}?",
        "factory reset {device}",
        "How can I reset my {device} to factory settings?",
        "wipe and reset a {device}",
        "steps to factory reset a {device}",
    ),
    _i(
        "app_device",
        "How do I install {app} on my {device}?",
        "{app} on {device}, how to install",
        "Can I get {app} on a {device}?",
        "installing {app} on {device}",
    ),
    _v(
        "app_account",
        "antonym",
        (
            "How do I delete my {app} account?",
            "delete {app} account",
            "how to permanently remove my {app} account",
        ),
        ("How do I create a {app} account?", "make a {app} account", "how to sign up for {app}"),
        (
            "How do I recover my {app} account?",
            "recover {app} account",
            "how to get back into my {app} account",
        ),
    ),
    _v(
        "battery",
        "antonym",
        (
            "Why does my {device} battery drain so fast?",
            "{device} battery draining quickly",
            "my {device} loses battery fast, why",
        ),
        ("Why is my {device} not charging?", "{device} won't charge", "my {device} doesn't charge, why"),
    ),
    _i(
        "connect",
        "How do I connect my {device} to my {device:b}?",
        "connect {device} to {device:b}",
        "pairing a {device} with a {device:b}",
        ordered=("device", "device:b"),
        order_kind="role",
    ),
    _i(
        "app_backup",
        "How do I back up my {app} data?",
        "backup {app}",
        "How can I save a backup of my {app}?",
        "{app} backup steps",
    ),
    # law
    _i(
        "sue",
        "Can I sue {relation}?",
        "can i take {relation} to court",
        "Is it possible to sue {relation}?",
        "suing {relation}, is that possible?",
    ),
    _v(
        "sue_role",
        "role",
        (
            "Can I sue {relation} for not returning my deposit?",
            "can i take {relation} to court over my deposit",
        ),
        (
            "Can {relation} sue me for not returning the deposit?",
            "can {relation} take me to court over the deposit",
        ),
    ),
    _v(
        "evict",
        "role",
        ("Can {relation} evict me without notice?", "is it legal for {relation} to evict me without notice"),
        ("Can I evict {relation} without notice?", "is it legal for me to evict {relation} without notice"),
    ),
    _i(
        "legal_age",
        "What is the legal drinking age in {country}?",
        "drinking age in {country}",
        "How old do you have to be to drink in {country}?",
        "minimum drinking age {country}",
    ),
    _i(
        "job_salary",
        "What is the average salary of a {job} in {country}?",
        "{job} salary {country}",
        "How much does a {job} earn in {country}?",
        "average pay for a {job} in {country}",
    ),
    _i(
        "job_become",
        "How do I become a {job}?",
        "steps to become a {job}",
        "What do I need to become a {job}?",
        "how to get a job as a {job}",
    ),
    _v(
        "job_merit",
        "antonym",
        ("What are the pros of being a {job}?", "best parts of working as a {job}"),
        ("What are the cons of being a {job}?", "worst parts of working as a {job}"),
    ),
    # trivia / everyday / sports / music
    _i(
        "sport_rules",
        "What are the rules of {sport}?",
        "how do you play {sport}",
        "Explain the rules of {sport}.",
        "{sport} rules for beginners",
        "how does {sport} work",
    ),
    _i(
        "sport_players",
        "How many players are on a {sport} team?",
        "number of players in {sport}",
        "how many people play on a {sport} team",
    ),
    _i(
        "learn_instr",
        "How long does it take to learn {instrument}?",
        "how long to learn the {instrument}",
        "time to get good at {instrument}",
        "How many years does it take to learn to play {instrument}?",
    ),
    _i(
        "instr_vs",
        "Is {instrument} harder than {instrument:b}?",
        "is {instrument} more difficult to learn than {instrument:b}",
        "{instrument} harder than {instrument:b}?",
        ordered=("instrument", "instrument:b"),
        order_kind="comparison",
    ),
    _i(
        "animal_life",
        "How long do {animal} live?",
        "lifespan of {animal}",
        "What is the average lifespan of {animal}?",
        "how many years do {animal} live",
    ),
    _i(
        "country_cmp",
        "Is {country} {adj_cmp} than {country:b}?",
        "is {country} {adj_cmp} compared to {country:b}",
        "{country} vs {country:b}: which one is {adj_cmp}?",
        ordered=("country", "country:b"),
        order_kind="comparison",
    ),
    _i(
        "day_open",
        "Are banks open on {weekday}?",
        "bank hours on {weekday}",
        "Do banks open on {weekday}s?",
        "can i go to the bank on {weekday}",
    ),
    _i(
        "age_q",
        "Is {age} too old to learn {instrument}?",
        "can you learn {instrument} at {age}",
        "starting {instrument} at age {age}, too late?",
    ),
    _i(
        "time_since",
        "How many days until {month} {n_small}?",
        "days left until {month} {n_small}",
        "count the days to {month} {n_small}",
    ),
    _v(
        "tips",
        "antonym",
        ("How do I make my {animal} more active?", "ways to get my {animal} to be more active"),
        ("How do I make my {animal} calmer?", "ways to calm my {animal} down"),
    ),
    _v(
        "neg_pregnant",
        "negation",
        (
            "Can I take {drug} while pregnant?",
            "is {drug} ok during pregnancy",
            "taking {drug} when pregnant, safe?",
        ),
        (
            "Why can't I take {drug} while pregnant?",
            "why is {drug} not ok during pregnancy",
            "why shouldn't pregnant women take {drug}",
        ),
    ),
    _v(
        "neg_city",
        "negation",
        ("What should I do in {city}?", "things to do in {city}", "what to do when visiting {city}"),
        (
            "What should I not do in {city}?",
            "things not to do in {city}",
            "what to avoid doing when visiting {city}",
        ),
    ),
    _v(
        "neg_eu",
        "negation",
        ("Why is {country} in the EU?", "why did {country} join the EU"),
        (
            "Why is {country} not in the EU?",
            "why didn't {country} join the EU",
            "why isn't {country} an EU member",
        ),
    ),
    _v(
        "neg_pet",
        "negation",
        ("Which foods are safe for {animal}?", "what foods can {animal} eat", "safe foods for {animal}"),
        (
            "Which foods are not safe for {animal}?",
            "what foods can't {animal} eat",
            "foods {animal} should never eat",
        ),
    ),
    _v(
        "neg_lang",
        "negation",
        (
            "Which {lang} features should I use?",
            "{lang} features worth using",
            "what parts of {lang} should I use",
        ),
        (
            "Which {lang} features should I not use?",
            "{lang} features to never use",
            "what parts of {lang} should I avoid using",
        ),
    ),
    _v(
        "neg_works",
        "negation",
        ("Why does {lib} work with {lang}?", "how come {lib} works in {lang}"),
        (
            "Why doesn't {lib} work with {lang}?",
            "how come {lib} does not work in {lang}",
            "{lib} not working with {lang}, why",
        ),
    ),
    _v(
        "neg_sleep",
        "negation",
        ("What helps you sleep with {condition}?", "how to sleep well with {condition}"),
        ("Why can't I sleep with {condition}?", "why am I not able to sleep with {condition}"),
    ),
    _v(
        "neg_tax",
        "negation",
        ("Do I have to pay tax on {concept_fin}?", "is {concept_fin} taxable", "taxes on {concept_fin}?"),
        (
            "Why don't I have to pay tax on {concept_fin}?",
            "why is {concept_fin} not taxable",
            "why are there no taxes on {concept_fin}",
        ),
    ),
    _v(
        "neg_plant",
        "negation",
        ("Should I water my plants every day in {season}?", "watering plants daily in {season}, good idea?"),
        (
            "Why shouldn't I water my plants every day in {season}?",
            "why is daily watering in {season} bad for plants",
        ),
    ),
    _i(
        "explain_aud_cs",
        "Explain {concept_cs} {audience}.",
        "How would you explain {concept_cs} {audience}?",
        "{concept_cs} explained {audience}",
        "can you explain {concept_cs} {audience}",
    ),
    _i(
        "hist_fmt",
        "Summarize {concept_hist} {format}.",
        "Give me a summary of {concept_hist} {format}.",
        "{concept_hist} summary {format}",
        "Explain {concept_hist} {format}.",
    ),
    _i(
        "hist_aud",
        "Explain {concept_hist} {audience}.",
        "How would you explain {concept_hist} {audience}?",
        "teach me about {concept_hist}, explain it {audience}",
    ),
    _v(
        "hot_cold",
        "antonym",
        ("Why is my {device} overheating?", "{device} gets really hot, why"),
        ("Why does my {device} freeze?", "{device} keeps freezing, why"),
    ),
]

_SLOT_RE = re.compile(r"\{([a-z_]+)(?::([a-z]+))?\}")

# Chat-style noise for paraphrases (also applied to near misses, so it carries no label).
_PREFIXES = (
    "",
    "",
    "",
    "please ",
    "hey, ",
    "hi! ",
    "quick question: ",
    "I was wondering, ",
    "can you tell me ",
    "could you tell me ",
    "do you know ",
    "so ",
    "ok so ",
    "hello, ",
    "question: ",
    "help: ",
    "i need to know ",
)
_SUFFIXES = ("", "", "", " thanks", " thanks!", " pls", " please", " thank you", " asap", " ?", " lol")
_CONTRACTIONS = (
    ("what is", "what's"),
    ("What is", "What's"),
    ("do not", "don't"),
    ("I am", "I'm"),
    ("it is", "it's"),
    ("can not", "can't"),
    ("cannot", "can't"),
    ("does not", "doesn't"),
    ("is not", "isn't"),
    ("how is", "how's"),
    ("I would", "I'd"),
    ("you are", "you're"),
    ("should not", "shouldn't"),
    ("will not", "won't"),
)
_WORD_RE = re.compile(r"[A-Za-z]{5,}")


@dataclass(frozen=True, slots=True)
class GenPair:
    a: str
    b: str
    label: int  # 1: the same answer serves both; 0: it does not
    kind: str  # "paraphrase", a near-miss kind, or "unrelated"
    intent: str = ""


def _typo(text: str, rng: random.Random) -> str:
    words = list(_WORD_RE.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(3)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif op == 1:
        w2 = w[:i] + w[i + 1 :]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[: m.start()] + w2 + text[m.end() :]


def noisy(text: str, rng: random.Random, strength: float = 0.5) -> str:
    """A chat-style rewrite of `text` with the same meaning."""
    if rng.random() < strength * 0.6:
        for long, short in _CONTRACTIONS:
            if long in text:
                text = text.replace(long, short, 1) if rng.random() < 0.5 else text
    if rng.random() < strength * 0.5:
        prefix = rng.choice(_PREFIXES)
        if prefix:
            text = prefix + text[0].lower() + text[1:]
    if rng.random() < strength * 0.4:
        text = text.rstrip("?.!") + rng.choice(_SUFFIXES)
    if rng.random() < strength * 0.4:
        text = _typo(text, rng)
    if rng.random() < strength * 0.5:
        text = text.lower()
    if rng.random() < strength * 0.4:
        text = text.rstrip("?.! ")
    return " ".join(text.split())


def _slots_of(frame: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(0)[1:-1]) for m in _SLOT_RE.finditer(frame)]


def _render(frame: str, values: dict[str, Meaning], forms: dict[str, int]) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)[1:-1]
        meaning = values[key]
        return meaning[forms.get(key, 0) % len(meaning)]

    text = _SLOT_RE.sub(sub, frame)
    text = re.sub(r"\s+([?.!,])", r"\1", " ".join(text.split()))
    return text[0].upper() + text[1:] if frame[:1].isupper() and text else text


@dataclass
class _Draw:
    intent: Intent
    variant: int
    frame: str
    values: dict[str, Meaning]
    forms: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        return _render(self.frame, self.values, self.forms)


def _draw(intent: Intent, rng: random.Random) -> _Draw:
    variant = rng.randrange(len(intent.variants))
    frame = rng.choice(intent.variants[variant])
    values: dict[str, Meaning] = {}
    keys = {key: typ for v in intent.variants for f in v for typ, key in _slots_of(f)}
    for key, typ in sorted(keys.items()):
        pool = SLOTS[typ]
        while True:
            value = rng.choice(pool)
            if all(value != other for k, other in values.items() if keys[k] == typ):
                break
        values[key] = value
    forms = {key: rng.randrange(len(values[key])) for key in values}
    return _Draw(intent, variant, frame, values, forms)


def _frames_using(intent: Intent, variant: int, keys: set[str]) -> list[str]:
    return [f for f in intent.variants[variant] if {k for _, k in _slots_of(f)} == keys]


def _keys(frame: str) -> set[str]:
    return {k for _, k in _slots_of(frame)}


def _paraphrase(d: _Draw, rng: random.Random) -> _Draw | None:
    frames = _frames_using(d.intent, d.variant, _keys(d.frame))
    frame = rng.choice(frames)
    forms = {k: (i + 1 if rng.random() < 0.5 else i) for k, i in d.forms.items()}
    values = dict(d.values)
    if d.intent.symmetric is not None and rng.random() < 0.3:
        x, y = d.intent.symmetric
        if x in values and y in values:
            values[x], values[y] = values[y], values[x]
            forms[x], forms[y] = forms.get(y, 0), forms.get(x, 0)
    out = _Draw(d.intent, d.variant, frame, values, forms)
    return out if out.text() != d.text() else None


def _near_miss(d: _Draw, rng: random.Random) -> tuple[_Draw, str] | None:
    intent = d.intent
    keys = _keys(d.frame)
    # Weighted so the rarer kinds are not drowned by entity swaps.
    options: list[str] = []
    for k in sorted(keys):
        if len(SLOTS[_type(k)]) > 1:
            options += [k] * (1 if SLOT_CHANGE_KIND.get(_type(k), "entity") == "entity" else 3)
    if len(intent.variants) > 1:
        options += ["@variant"] * 6
    if intent.ordered is not None and set(intent.ordered) <= keys:
        options += ["@order"] * 5
    if not options:
        return None
    choice = rng.choice(options)
    values, forms, variant, frame = dict(d.values), dict(d.forms), d.variant, d.frame
    same_frame = rng.random() < 0.5
    if choice == "@variant":
        variant = rng.choice([v for v in range(len(intent.variants)) if v != d.variant])
        candidates = _frames_using(intent, variant, keys) or list(intent.variants[variant])
        frame = rng.choice(candidates)
        for k in sorted(_keys(frame) - set(values)):
            values[k] = rng.choice(SLOTS[_type(k)])
        kind = intent.variant_kind
    elif choice == "@order":
        x, y = intent.ordered  # type: ignore[misc]
        values[x], values[y] = values[y], values[x]
        forms[x], forms[y] = forms.get(y, 0), forms.get(x, 0)
        kind = intent.order_kind
        if not same_frame:
            frame = rng.choice(_frames_using(intent, variant, keys))
    else:
        typ = _type(choice)
        pool = [m for m in SLOTS[typ] if m != values[choice] and all(m != v for v in values.values())]
        if not pool:
            return None
        if typ in ("n", "big", "year", "age") and rng.random() < 0.6:
            # Near numbers are the hard case: 1848 / 1849, 12 x 13 / 12 x 14.
            base = int(values[choice][0])
            near = [m for m in pool if abs(int(m[0]) - base) <= max(3, base // 20)]
            pool = near or pool
        values[choice] = rng.choice(pool)
        kind = SLOT_CHANGE_KIND.get(typ, "entity")
        if not same_frame:
            frame = rng.choice(_frames_using(intent, variant, keys))
    out = _Draw(intent, variant, frame, values, forms)
    return (out, kind) if out.text().lower() != d.text().lower() else None


def _type(key: str) -> str:
    return key.split(":")[0]


def intent_split(name: str, validation_share: float = 0.15) -> str:
    """ "train" or "validation" for an intent, fixed by a hash of its name."""
    h = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)
    return "validation" if (h % 1000) / 1000 < validation_share else "train"


def generate(
    n_pairs: int, seed: int = 13, split: str | None = None, intents: Sequence[Intent] | None = None
) -> list[GenPair]:
    """`n_pairs` pairs, about 45% paraphrase, 45% near miss, 10% unrelated; intents of `split` only
    ("train" / "validation"; None: all)."""
    rng = random.Random(seed)
    pool = [i for i in (intents or INTENTS) if split is None or intent_split(i.name) == split]
    if not pool:
        return []
    out: list[GenPair] = []
    seen: set[tuple[str, str]] = set()
    for _ in range(n_pairs * 20):
        if len(out) >= n_pairs:
            break
        intent = rng.choice(pool)
        d = _draw(intent, rng)
        r = rng.random()
        pair: GenPair | None = None
        if r < 0.45:
            p = _paraphrase(d, rng)
            if p is not None:
                pair = GenPair(
                    noisy(d.text(), rng, 0.3), noisy(p.text(), rng, 0.8), 1, "paraphrase", intent.name
                )
            elif rng.random() < 0.5:
                pair = GenPair(d.text(), noisy(d.text(), rng, 1.0), 1, "paraphrase", intent.name)
        elif r < 0.9:
            nm = _near_miss(d, rng)
            if nm is not None:
                q, kind = nm
                strength = 0.8 if rng.random() < 0.5 else 0.2
                pair = GenPair(
                    noisy(d.text(), rng, 0.3), noisy(q.text(), rng, strength), 0, kind, intent.name
                )
        else:
            other = _draw(rng.choice(pool), rng)
            if other.intent.name == intent.name:
                for k in other.values:
                    other.values[k] = rng.choice(SLOTS[_type(k)])
            if other.text().lower() != d.text().lower():
                pair = GenPair(
                    noisy(d.text(), rng, 0.3), noisy(other.text(), rng, 0.5), 0, "unrelated", intent.name
                )
        if pair is None or (pair.a.lower() == pair.b.lower() and pair.label == 0):
            continue
        key = (pair.a, pair.b)
        if key in seen:
            continue
        seen.add(key)
        if rng.random() < 0.5:
            pair = GenPair(pair.b, pair.a, pair.label, pair.kind, pair.intent)
        out.append(pair)
    return out


def iter_kinds(pairs: Sequence[GenPair]) -> Iterator[tuple[str, int]]:
    from collections import Counter

    yield from sorted(Counter(p.kind for p in pairs).items())
