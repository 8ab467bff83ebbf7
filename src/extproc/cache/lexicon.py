"""Word lists for the cache verifier (`verify.py`): what a query's words mean for its answer.

Plain data, lower-case. General English and general-knowledge lists, not tuned to any one pair set:
`bench/cache_quality.py` measures them on held-out pairs.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word set written as whitespace-separated text (long lists stay readable)."""
    return frozenset(text.split())


# Multi-word rewrites applied to the lower-cased text before tokenising, longest first. They fold
# request templates ("can you tell me", "what's the best way to") and multi-word names into one form.
PHRASES: tuple[tuple[str, str], ...] = (
    # request templates and politeness: carry no answer
    ("would you be so kind as to", " "),
    ("i'd really appreciate it if you could", " "),
    ("i would really appreciate it if you could", " "),
    ("i'd appreciate it if you could", " "),
    ("i was wondering if you could", " "),
    ("i was wondering", " "),
    ("if you don't mind", " "),
    ("if you do not mind", " "),
    ("sorry to bother you", " "),
    ("thank you in advance", " "),
    ("thanks in advance", " "),
    ("quick question", " "),
    ("help me understand", " "),
    ("i want to know", " "),
    ("i'd like to know", " "),
    ("i would like to know", " "),
    ("do you know", " "),
    ("can you tell me", " "),
    ("could you tell me", " "),
    ("tell me about", " "),
    ("can you teach me", " "),
    ("teach me", " "),
    ("show me", " "),
    ("give me", " "),
    ("in simple terms", " "),
    ("in plain english", " "),
    ("what is the best way to", " how "),
    ("what's the best way to", " how "),
    ("whats the best way to", " how "),
    ("what is the easiest way to", " how "),
    ("what's the easiest way to", " how "),
    ("what is the right way to", " how "),
    ("what's the right way to", " how "),
    ("what is the way to", " how "),
    ("what's the way to", " how "),
    ("whats the way to", " how "),
    ("what is a good way to", " how "),
    ("what's a good way to", " how "),
    ("whats a good way to", " how "),
    ("what is the method for", " how "),
    ("what are the steps to", " how "),
    ("what are the steps for", " how "),
    ("what is the process for", " how "),
    ("what is the formula for", " how calculate "),
    ("what's the formula for", " how calculate "),
    ("what are ways to", " how "),
    ("what are natural ways to", " how natural "),
    ("what can i do to", " how "),
    ("what should i do to", " how "),
    ("how can i", " how "),
    ("how do i", " how "),
    ("how do you", " how "),
    ("how should i", " how "),
    ("how to", " how "),
    ("how 2", " how "),
    ("tips for", " how "),
    ("tips to", " how "),
    ("ways to", " how "),
    ("what is meant by", " what "),
    ("what's up with", " "),
    ("whats up with", " "),
    ("what is up with", " "),
    ("what's the deal with", " "),
    ("whats the deal with", " "),
    ("what is the deal with", " "),
    ("stand for", " "),
    ("is it better to", " should "),
    ("capital city", " capital "),
    ("in what year", " when "),
    ("what year", " when "),
    ("which year", " when "),
    ("what date", " when "),
    ("on what date", " when "),
    ("at what time", " when "),
    ("in which country", " where "),
    ("in what country", " where "),
    ("similar to", " like "),
    ("which one", " "),
    ("the difference between", " "),
    ("difference between", " "),
    ("different from", " "),
    ("differ from", " "),
    ("tell apart", " "),
    ("tell them apart", " "),
    ("what is the meaning of", " what "),
    ("what does", " what "),
    ("the definition of", " "),
    ("is it okay to", " can "),
    ("is it ok to", " can "),
    ("is it possible to", " can "),
    ("get rid of", " remove "),
    ("get ready for", " prepare for "),
    ("turn into", " convert to "),
    ("come down", " fall "),
    ("share a border with", " border "),
    ("how many people live in", " population of "),
    ("hold up", " support "),
    ("made by bees", " bees make "),
    # multi-word names and spellings
    ("google chrome", " chrome "),
    ("windows pc", " windows "),
    ("new york city", " new_york "),
    ("new york", " new_york "),
    ("los angeles", " los_angeles "),
    ("san francisco", " san_francisco "),
    ("hong kong", " hong_kong "),
    ("united states of america", " usa "),
    ("united states", " usa "),
    ("united kingdom", " uk "),
    ("great britain", " uk "),
    ("european union", " eu "),
    ("world war ii", " ww2 "),
    ("world war 2", " ww2 "),
    ("second world war", " ww2 "),
    ("wwii", " ww2 "),
    ("world war i", " ww1 "),
    ("world war 1", " ww1 "),
    ("first world war", " ww1 "),
    ("wwi", " ww1 "),
    ("science fiction", " scifi "),
    ("sci-fi", " scifi "),
    ("regular expressions", " regex "),
    ("regular expression", " regex "),
    ("virtual environment", " venv "),
    ("virtualenv", " venv "),
    ("segmentation fault", " segfault "),
    ("non-disclosure agreement", " nda "),
    ("non disclosure agreement", " nda "),
    ("limited liability company", " llc "),
    ("return on investment", " roi "),
    ("cognitive behavioral therapy", " cbt "),
    ("cognitive behavioural therapy", " cbt "),
    ("artificial intelligence", " ai "),
    ("machine learning", " ml "),
    ("node.js", " nodejs "),
    ("wi-fi", " wifi "),
    ("e-mail", " email "),
    ("km/h", " kmh "),
    ("km per hour", " kmh "),
    ("kilometers per hour", " kmh "),
    ("miles per hour", " mph "),
    ("big-o", " bigo "),
    ("big o", " bigo "),
    ("curve ball", " curveball "),
    ("stove top", " stove "),
    ("stovetop", " stove "),
    ("graphics card", " graphics "),
    ("noise-cancelling", " noisecancelling "),
    ("noise cancelling", " noisecancelling "),
    ("no-one", " nobody "),
    ("at rest", " resting "),
    ("time of year", " time "),
    ("time of the year", " time "),
    ("a lot of", " high "),
    ("per day", " day "),
    ("a day", " day "),
    ("each day", " day "),
    ("every day", " day "),
    ("each night", " night "),
    ("per night", " night "),
    ("a night", " night "),
    ("x squared", " x ^ 2 "),
    ("x cubed", " x ^ 3 "),
)

# Contractions that carry a negation are expanded by a regex in verify.py; these are the others.
CONTRACTIONS: dict[str, str] = {
    "what's": "what is",
    "whats": "what is",
    "that's": "that is",
    "there's": "there is",
    "it's": "it is",
    "let's": "let us",
    "i'm": "i am",
    "i'd": "i would",
    "i've": "i have",
    "i'll": "i will",
    "you're": "you are",
    "you've": "you have",
    "they're": "they are",
    "we're": "we are",
    "who's": "who is",
    "how's": "how is",
    "where's": "where is",
    "when's": "when is",
    "waht": "what",
    "wat": "what",
    "u": "you",
    "ur": "your",
    "abt": "about",
    "pls": "please",
    "plz": "please",
    "gimme": "give",
    "wanna": "want",
    "gonna": "going",
    "thx": "thanks",
}

# Words that say nothing about which answer is wanted: function words, request verbs, politeness.
STOPWORDS: frozenset[str] = words(
    """
    a an the is are was were be been being am do does did doing done i me my mine myself you your yours
    we our us they them their it its this that these those there here what which how of in on at for
    with by about as and or but if so then to from into onto than also just really very quite simply
    can could would should will shall may might must please kindly thanks thank hi hello hey yo ok okay
    k lol ugh well anyway basically actually some any such one's someone something anything
    explain explanation describe description define definition meaning mean means meant tell give know
    understand help show provide list detail details overview summary summarize summarise
    way ways method methods step steps process procedure tip tips how
    concept idea thing things kind sort type word term exactly generally usually typically
    need needs want wants like
    get got have has had make makes made let go put
    simple basic briefly brief nice
    number amount much many
    possible okay fine allowed able
    technique techniques approach strategy strategies rule rules
    correctly properly effectively exactly whether each between vs
    person someone somebody anyone anybody take
    differ difference differences different through exist exists
    around across along within via throughout upon onto toward towards among over up out
    """
)

# Interrogatives whose answer type differs (a person, a time, a place, a reason).
INTERROGATIVE_CLASSES: dict[str, str] = {
    "who": "person",
    "whom": "person",
    "whose": "person",
    "when": "time",
    "where": "place",
    "why": "reason",
}

NEGATIONS: frozenset[str] = words("not no never without none nothing nobody neither nor cannot non")

# Synonyms folded to one canonical form (applied to single tokens before stemming).
SYNONYMS: dict[str, str] = {
    # sizes and speeds
    "large": "big",
    "huge": "big",
    "tall": "high",
    "little": "small",
    "tiny": "small",
    "quick": "fast",
    "quickly": "fast",
    "rapid": "fast",
    "rapidly": "fast",
    "speedy": "fast",
    "affordable": "cheap",
    "inexpensive": "cheap",
    # verbs
    "create": "make",
    "build": "make",
    "construct": "make",
    "constructed": "make",
    "built": "make",
    "compose": "write",
    "delete": "remove",
    "erase": "remove",
    "combine": "merge",
    "repair": "fix",
    "resolve": "fix",
    "restore": "recover",
    "retrieve": "recover",
    "begin": "start",
    "commence": "start",
    "quit": "exit",
    "leave": "exit",
    "halt": "stop",
    "end": "stop",
    "finish": "stop",
    "prevent": "avoid",
    "keep": "avoid",
    "reduce": "lower",
    "decrease": "lower",
    "cut": "lower",
    "lessen": "lower",
    "improve": "raise",
    "increase": "raise",
    "boost": "raise",
    "enhance": "raise",
    "compute": "calculate",
    "calc": "calculate",
    "suggest": "recommend",
    "propose": "recommend",
    "capture": "take",
    "teach": "train",
    "taught": "train",
    "iterate": "loop",
    "similar": "like",
    "find": "calculate",
    "turn": "change",
    "turning": "change",
    "times": "*",
    "plus": "+",
    "multiplied": "*",
    "divided": "/",
    "wrote": "write",
    "written": "write",
    "took": "take",
    "taken": "take",
    "made": "make",
    "kept": "keep",
    "ran": "run",
    "bought": "buy",
    "sold": "sell",
    "grew": "grow",
    "grown": "grow",
    "drove": "drive",
    "driven": "drive",
    "ate": "eat",
    "eaten": "eat",
    "gave": "give",
    "given": "give",
    "knew": "know",
    "known": "know",
    "spoke": "speak",
    "spoken": "speak",
    "chose": "choose",
    "chosen": "choose",
    "began": "start",
    "begun": "start",
    "froze": "freeze",
    "frozen": "freeze",
    "broke": "break",
    "broken": "break",
    "fell": "fall",
    "fallen": "fall",
    "stole": "steal",
    "stolen": "steal",
    "sang": "sing",
    "sung": "sing",
    "flew": "fly",
    "flown": "fly",
    "thought": "think",
    "brought": "bring",
    "caught": "catch",
    "fought": "fight",
    "sent": "send",
    "spent": "spend",
    "lost": "lose",
    "won": "win",
    "paid": "pay",
    "said": "say",
    "told": "tell",
    "held": "hold",
    "led": "lead",
    "met": "meet",
    "sat": "sit",
    "stood": "stand",
    "understood": "understand",
    "wore": "wear",
    "worn": "wear",
    "drew": "draw",
    "drawn": "draw",
    "hid": "hide",
    "hidden": "hide",
    "rose": "rise",
    "risen": "rise",
    "shook": "shake",
    "swam": "swim",
    "swum": "swim",
    "threw": "throw",
    "thrown": "throw",
    "woke": "wake",
    "invented": "invent",
    "located": "where",
    "purchase": "buy",
    "obtain": "get",
    "acquire": "get",
    "require": "need",
    "required": "need",
    "necessary": "need",
    "assist": "help",
    "cope": "deal",
    "handle": "deal",
    "differentiate": "derivative",
    "integrate": "integral",
    "sqrt": "root",
    "constructing": "make",
    "uncover": "find",
    # nouns
    "sofa": "couch",
    "settee": "couch",
    "fridge": "refrigerator",
    "automobile": "car",
    "vehicle": "car",
    "kid": "child",
    "kids": "child",
    "children": "child",
    "youngster": "child",
    "sea": "ocean",
    "fall": "autumn",
    "film": "movie",
    "photo": "picture",
    "image": "picture",
    "pic": "picture",
    "plane": "airplane",
    "aeroplane": "airplane",
    "aircraft": "airplane",
    "phone": "phone",
    "smartphone": "phone",
    "cellphone": "phone",
    "mobile": "phone",
    "computer": "computer",
    "pc": "computer",
    "attorney": "lawyer",
    "physician": "doctor",
    "football": "soccer",
    "dict": "dictionary",
    "dicts": "dictionary",
    "int": "integer",
    "str": "string",
    "repo": "repository",
    "app": "application",
    "apps": "application",
    "info": "information",
    "doc": "document",
    "docs": "documentation",
    "symptom": "sign",
    "symptoms": "sign",
    "signs": "sign",
    "indication": "sign",
    "indications": "sign",
    "advantages": "benefit",
    "advantage": "benefit",
    "benefits": "benefit",
    "pros": "benefit",
    "upside": "benefit",
    "upsides": "benefit",
    "disadvantages": "drawback",
    "disadvantage": "drawback",
    "cons": "drawback",
    "downside": "drawback",
    "downsides": "drawback",
    "drawbacks": "drawback",
    "reason": "why",
    "reasons": "why",
    "cause": "why",
    "caused": "why",
    "causes": "why",
    "normal": "normal",
    "typical": "normal",
    "usual": "normal",
    "average": "mean",
    "odds": "probability",
    "chance": "probability",
    "likelihood": "probability",
    "size": "big",
    "distance": "far",
    "purpose": "use",
    "used": "use",
    "storage": "space",
    "influenza": "flu",
    "dehydrated": "dehydration",
    "exercising": "exercise",
    "workout": "exercise",
    "daily": "day",
    "nightly": "night",
    "attractions": "sight",
    "sights": "sight",
    "necktie": "tie",
    "skillet": "pan",
    "frying": "pan",
    "homemade": "scratch",
    "diy": "scratch",
    "cacti": "cactus",
    "bacteria": "bacterium",
    "viruses": "virus",
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "teeth": "tooth",
    "feet": "foot",
    "ft": "foot",
    "mice": "mouse",
    "geese": "goose",
    "data": "data",
    "rules": "rule",
    "restrictions": "rule",
    "into": "to",
    "towards": "to",
    "versus": "vs",
    "v": "vs",
    "compared": "vs",
    "difference": "differ",
    "differences": "differ",
    "different": "differ",
    "differ": "differ",
    "distinguish": "differ",
    "apart": "differ",
    "guide": "how",
    "tutorial": "how",
    "recipe": "how",
    "instructions": "how",
    "colour": "color",
    "colours": "color",
    "colors": "color",
    "favourite": "favorite",
    "behaviour": "behavior",
    "centre": "center",
    "metre": "meter",
    "metres": "meter",
    "litre": "liter",
    "litres": "liter",
    "organise": "organize",
    "optimise": "optimize",
    "analyse": "analyze",
    "programme": "program",
    "defence": "defense",
    "licence": "license",
    "travelling": "traveling",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "miles": "mile",
    "kilograms": "kg",
    "kilogram": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "pounds": "lb",
    "pound": "lb",
    "lbs": "lb",
    "ounces": "oz",
    "ounce": "oz",
    "grams": "g",
    "gram": "g",
    "centimeters": "cm",
    "centimeter": "cm",
    "centimetres": "cm",
    "centimetre": "cm",
    "millimeters": "mm",
    "millimeter": "mm",
    "inches": "inch",
    "in.": "inch",
    "tablespoons": "tbsp",
    "tablespoon": "tbsp",
    "teaspoons": "tsp",
    "teaspoon": "tsp",
    "milliliters": "ml",
    "milliliter": "ml",
    "millilitres": "ml",
    "millilitre": "ml",
    "liters": "liter",
    "percentage": "percent",
    "pct": "percent",
    "%": "percent",
    "usd": "dollar",
    "$": "dollar",
    "dollars": "dollar",
    "eur": "euro",
    "euros": "euro",
    "€": "euro",
    "£": "gbp",
    "celcius": "celsius",
    "centigrade": "celsius",
    "farenheit": "fahrenheit",
    "kilobytes": "kb",
    "kilobyte": "kb",
    "megabytes": "mb",
    "megabyte": "mb",
    "gigabytes": "gb",
    "gigabyte": "gb",
    "terabytes": "tb",
    "terabyte": "tb",
    "gibibyte": "gib",
    "mebibyte": "mib",
    "united": "united",
    "america": "usa",
    "american": "usa",
    "us": "usa",
    "u.s.": "usa",
    "britain": "uk",
    "british": "uk",
    "england": "england",
    "js": "javascript",
    "ts": "typescript",
    "golang": "go",
    "cpp": "c++",
    "py": "python",
    "mac": "macos",
    "osx": "macos",
    "macbook": "macos",
    "ios": "ios",
}

# Pairs whose swap flips the answer. Written in canonical (post-synonym) forms.
ANTONYM_PAIRS: tuple[tuple[str, str], ...] = (
    ("big", "small"),
    ("high", "low"),
    ("long", "short"),
    ("fast", "slow"),
    ("hot", "cold"),
    ("warm", "cool"),
    ("warm", "cold"),
    ("heat", "cool"),
    ("heavy", "light"),
    ("strong", "weak"),
    ("old", "young"),
    ("old", "new"),
    ("early", "late"),
    ("cheap", "expensive"),
    ("rich", "poor"),
    ("good", "bad"),
    ("best", "worst"),
    ("healthy", "unhealthy"),
    ("safe", "dangerous"),
    ("safe", "unsafe"),
    ("easy", "hard"),
    ("easy", "difficult"),
    ("hard", "soft"),
    ("wet", "dry"),
    ("thick", "thin"),
    ("wide", "narrow"),
    ("deep", "shallow"),
    ("near", "far"),
    ("close", "far"),
    ("left", "right"),
    ("north", "south"),
    ("east", "west"),
    ("up", "down"),
    ("over", "under"),
    ("above", "below"),
    ("upper", "lower"),
    ("uppercase", "lowercase"),
    ("inside", "outside"),
    ("before", "after"),
    ("first", "last"),
    ("start", "stop"),
    ("open", "close"),
    ("open", "shut"),
    ("on", "off"),
    ("enable", "disable"),
    ("add", "remove"),
    ("read", "write"),
    ("add", "drop"),
    ("add", "subtract"),
    ("insert", "remove"),
    ("push", "pull"),
    ("upload", "download"),
    ("import", "export"),
    ("input", "output"),
    ("send", "receive"),
    ("buy", "sell"),
    ("buyer", "seller"),
    ("lend", "borrow"),
    ("give", "take"),
    ("win", "lose"),
    ("gain", "lose"),
    ("gain", "loss"),
    ("profit", "loss"),
    ("raise", "lower"),
    ("rise", "fall"),
    ("grow", "shrink"),
    ("expand", "contract"),
    ("expand", "shrink"),
    ("appreciate", "depreciate"),
    ("inflation", "deflation"),
    ("bull", "bear"),
    ("encrypt", "decrypt"),
    ("encode", "decode"),
    ("compress", "decompress"),
    ("zip", "unzip"),
    ("mount", "unmount"),
    ("lock", "unlock"),
    ("install", "uninstall"),
    ("serialize", "deserialize"),
    ("include", "exclude"),
    ("accept", "reject"),
    ("allow", "deny"),
    ("allow", "block"),
    ("positive", "negative"),
    ("benefit", "drawback"),
    ("strength", "weakness"),
    ("true", "false"),
    ("correct", "incorrect"),
    ("legal", "illegal"),
    ("visible", "invisible"),
    ("renewable", "nonrenewable"),
    ("eat", "avoid"),
    ("always", "never"),
    ("max", "min"),
    ("maximum", "minimum"),
    ("more", "less"),
    ("more", "fewer"),
    ("most", "least"),
    ("young", "elderly"),
    ("junior", "senior"),
    ("beginner", "expert"),
    ("beginner", "advanced"),
    ("summer", "winter"),
    ("spring", "autumn"),
    ("sunrise", "sunset"),
    ("day", "night"),
    ("morning", "evening"),
    ("male", "female"),
    ("man", "woman"),
    ("mother", "father"),
    ("husband", "wife"),
    ("parent", "child"),
    ("landlord", "tenant"),
    ("employer", "employee"),
    ("plaintiff", "defendant"),
    ("import", "export"),
    ("asc", "desc"),
    ("ascending", "descending"),
    ("acid", "base"),
    ("anode", "cathode"),
    ("hard", "soft"),
    ("offense", "defense"),
    ("attack", "defend"),
    ("introvert", "extrovert"),
    ("optimist", "pessimist"),
    ("sync", "async"),
    ("synchronous", "asynchronous"),
    ("client", "server"),
    ("frontend", "backend"),
    ("happy", "sad"),
    ("love", "hate"),
    ("like", "dislike"),
    ("pass", "fail"),
    ("success", "failure"),
)

# Prefixes that negate a stem: "unmount" vs "mount", "decrypt" vs "encrypt", "disable" vs "enable".
NEGATING_PREFIXES: tuple[str, ...] = ("non", "un", "dis", "de", "in", "im", "ir", "il", "anti", "en", "ex")

# Adjectives whose -er/-est forms (and "more"/"most" + base) make a comparison.
COMPARABLE_ADJECTIVES: frozenset[str] = words(
    """
    big small large high low long short fast slow hot cold warm cool heavy light strong weak old young
    new early late cheap rich poor safe hard soft easy wet dry thick thin wide narrow deep shallow near
    far close tall smart dumb healthy risky happy sad busy clean dirty dark bright loud quiet sweet
    great fine nice fat lean hard calm crazy tiny dense
    """
)
IRREGULAR_COMPARATIVES: dict[str, tuple[str, str]] = {
    "better": ("good", "more"),
    "best": ("good", "most"),
    "worse": ("bad", "more"),
    "worst": ("bad", "most"),
    "further": ("far", "more"),
    "farther": ("far", "more"),
    "furthest": ("far", "most"),
    "farthest": ("far", "most"),
    "less": ("", "less"),
    "fewer": ("", "less"),
    "least": ("", "least"),
    "more": ("", "more"),
    "most": ("", "most"),
    "lesser": ("", "less"),
}

# Words after which the order of the two sides matters: "A than B", "from A to B", "A in B".
DIRECTION_MARKERS: frozenset[str] = words("than to from in per")

NATURAL_LANGUAGES: frozenset[str] = words(
    """
    english spanish french german italian portuguese dutch russian chinese mandarin cantonese japanese
    korean arabic hindi bengali urdu punjabi turkish greek polish swedish norwegian danish finnish
    icelandic hungarian czech slovak romanian bulgarian serbian croatian ukrainian hebrew persian farsi
    swahili thai vietnamese indonesian malay tagalog filipino latin welsh irish gaelic catalan basque
    estonian latvian lithuanian tamil telugu marathi gujarati kannada malayalam amharic yoruba zulu
    esperanto sanskrit
    """
)
PROGRAMMING_LANGUAGES: frozenset[str] = words(
    """
    python java javascript typescript c++ c# csharp f# rust ruby php perl swift kotlin scala haskell lua
    bash zsh shell powershell sql mysql postgresql postgres sqlite elixir erlang clojure dart julia matlab
    fortran cobol zig ocaml nodejs html css golang objective-c groovy vba assembly lisp scheme prolog
    solidity r go c
    """
)

UNITS: frozenset[str] = words(
    """
    km mile mph kmh meter m cm mm inch foot yard g kg mg microgram micrograms lb oz stone ton tonne
    liter l ml gallon gallons quart quarts pint pints cup cups tbsp tsp celsius fahrenheit kelvin
    calorie calories kcal joule joules kilojoule kilojoules kj watt watts kilowatt kilowatts kw
    horsepower hp psi bar kpa pascal pascals atmosphere atmospheres atm newton newtons
    byte bytes bit bits kb mb gb tb gib mib kib megabit megabits gigabit gigabits
    second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries millisecond milliseconds acre acres hectare hectares knot knots percent
    dollar euro gbp yen rupee rupees peso pesos yuan franc francs
    f c k
    """
)

DATE_WORDS: frozenset[str] = words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday weekend weekday
    spring summer autumn winter solstice equinox
    today tomorrow yesterday tonight last next ago recent recently current currently before after
    morning afternoon evening night noon midnight
    bc ad bce ce medieval ancient prehistoric victorian
    """
)

# People a request is written for or about: swapping them changes the answer.
ROLES: frozenset[str] = words(
    """
    nurse nursing teacher teaching doctor lawyer engineer developer programmer scientist manager
    employee employer boss ceo cfo cto coo founder parent mother father mom dad child baby toddler teen
    teenager student professor beginner novice expert advanced intermediate adult elderly senior junior
    customer supplier vendor client investor buyer seller landlord tenant executor beneficiary
    defendant plaintiff pharmacist pharmacologist dentist hygienist pilot attendant electrician plumber
    receptionist babysitter lifeguard principal valedictorian photographer translator auditor pirate
    poet athlete bodybuilder diabetic girlfriend boyfriend wife husband friend coworker colleague
    grandmaster accountant architect designer chef cook farmer soldier officer police nanny intern
    recruiter freelancer contractor consultant analyst therapist psychologist psychiatrist surgeon
    veterinarian vet paralegal judge mayor president king queen prime minister newborn infant puppy
    kitten man woman boy girl grader graders
    """
)

# Proper names that users often type in lower case (capitalised words are caught by their case).
GAZETTEER: frozenset[str] = words(
    """
    afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium
    bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus
    czechia denmark ecuador egypt england estonia ethiopia finland france georgia germany ghana greece
    guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    jordan kazakhstan kenya korea kuwait laos latvia lebanon libya lithuania luxembourg madagascar
    malaysia mali malta mexico moldova monaco mongolia montenegro morocco mozambique myanmar nepal
    netherlands holland nicaragua niger nigeria norway pakistan panama paraguay peru philippines poland
    portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia
    spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay
    usa uk uae uzbekistan venezuela vietnam wales yemen zambia zimbabwe vatican
    africa asia europe antarctica australia oceania america americas arctic atlantic pacific
    london paris berlin madrid rome lisbon dublin amsterdam brussels vienna prague warsaw budapest
    athens istanbul moscow kyiv stockholm oslo copenhagen helsinki zurich geneva munich milan barcelona
    venice florence tokyo osaka kyoto beijing shanghai seoul bangkok singapore delhi mumbai bangalore
    dubai cairo nairobi lagos johannesburg sydney melbourne auckland toronto vancouver montreal chicago
    boston denver seattle miami houston dallas atlanta austin phoenix detroit new_york los_angeles
    san_francisco hong_kong mexico lima bogota santiago havana
    google apple microsoft amazon meta facebook instagram twitter tiktok youtube netflix tesla nvidia
    intel amd ibm oracle samsung sony nintendo uber airbnb spotify paypal stripe openai anthropic
    windows linux ubuntu debian fedora macos ios android iphone ipad chrome firefox safari gmail outlook
    excel word powerpoint docker kubernetes git github gitlab aws azure gcp s3 ec2 react vue angular
    django flask fastapi pandas numpy pytorch tensorflow spark kafka redis mongodb postgresql mysql
    nginx apache jenkins terraform ansible vscode vim emacs slack zoom whatsapp linkedin
    """
)
