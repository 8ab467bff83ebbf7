KIND = "code_help"

ITEMS = [
r"""Why am I getting this error? I'm just trying to add up some numbers from a file.

Traceback (most recent call last):
  File "totals.py", line 6, in <module>
    total += line
TypeError: unsupported operand type(s) for +=: 'int' and 'str'

code:
total = 0
with open("amounts.txt") as f:
    for line in f:
        total += line
print(total)""",

r"""Write a Python function that takes a list of dicts like {"name": "A", "score": 90} and returns the names of the top 3 scorers. Ties should be broken alphabetically.""",

r"""Can you convert this SQL to pandas?

SELECT department, AVG(salary) AS avg_salary, COUNT(*) AS n
FROM employees
WHERE hire_year >= 2020
GROUP BY department
HAVING COUNT(*) > 5
ORDER BY avg_salary DESC;""",

r"""my react component keeps re-rendering forever, what's wrong?

function Profile({ userId }) {
  const [user, setUser] = useState(null);
  useEffect(() => {
    fetch(`/api/users/${userId}`)
      .then(r => r.json())
      .then(data => setUser(data));
  });
  return <div>{user?.name}</div>;
}""",

r"""Explain this Java error to me like I'm new to Java:

Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null
	at Greeter.greet(Greeter.java:12)
	at Main.main(Main.java:5)""",

r"""How do I write a bash one-liner that finds all .log files older than 7 days in /var/app/logs and compresses them with gzip?""",

r"""This C code prints garbage at the end. Why?

#include <stdio.h>
int main() {
    char name[5] = "Alice";
    printf("%s\n", name);
    return 0;
}""",

r"""Write a SQL query to find customers who placed an order in 2023 but not in 2024. Tables: customers(id, name), orders(id, customer_id, order_date).""",

r"""Git says this when I try to push, what do I do?

 ! [rejected]        main -> main (fetch first)
error: failed to push some refs to 'github.com:tomoko-lab/plant-tracker.git'
hint: Updates were rejected because the remote contains work that you do
hint: not have locally.""",

r"""Can you refactor this to be more readable? It works but I hate looking at it.

def p(d):
    r=[]
    for k in d:
        if d[k]>0:
            if k.startswith('a') or k.startswith('b'):
                r.append((k,d[k]*2))
            else:
                r.append((k,d[k]))
    return sorted(r,key=lambda x:-x[1])""",

r"""What's the difference between `let`, `const`, and `var` in JavaScript? Short examples please.""",

r"""My Dockerfile build fails at the pip install step:

Step 5/8 : RUN pip install -r requirements.txt
 ---> Running in 3f2a9c1d
ERROR: Could not find a version that satisfies the requirement torch==1.8.0 (from versions: 2.0.0, 2.0.1, 2.1.0)
ERROR: No matching distribution found for torch==1.8.0

Base image is python:3.11-slim. Any idea?""",

r"""Write a regex that matches US ZIP codes, both 5-digit and ZIP+4 (12345 or 12345-6789), and explain each part.""",

r"""I'm getting "IndexError: list index out of range" in this loop, can you spot it?

scores = [88, 92, 75, 64]
for i in range(len(scores)):
    if scores[i] > scores[i+1]:
        print(f"{scores[i]} beats the next one")""",

r"""Convert this Python function to idiomatic Go:

def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!?")
        counts[word] = counts.get(word, 0) + 1
    return counts""",

r"""How do I center a div horizontally and vertically with CSS? I've tried margin: auto and it only does horizontal.""",

r"""This Excel formula returns #N/A for some rows, why?

=VLOOKUP(A2, Products!A:C, 3, FALSE)

Column A has product codes like "SKU-0042" and the Products sheet has them too, I checked.""",

r"""Can you write unit tests (pytest) for this function?

def slugify(title: str) -> str:
    s = title.strip().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")""",

r"""Explain what this Kotlin code does, especially the `let` and `?:` parts:

val length = user?.nickname?.let { it.trim().length } ?: 0""",

r"""npm install fails with this, help

npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! Found: react@18.2.0
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^16.8.0 || ^17.0.0" from react-datepicker-lite@2.4.1""",

r"""Write a function in JavaScript that debounces another function. Include a short example of using it on a search input.""",

r"""Why does this Python code print the same list three times?

rows = [[0] * 3] * 3
rows[0][0] = 1
print(rows)
# [[1, 0, 0], [1, 0, 0], [1, 0, 0]]""",

r"""How do I read a CSV in R, filter rows where age > 30, and plot a histogram of income with ggplot2?""",

r"""My SQL query is really slow on a table with 20 million rows. How can I speed it up?

SELECT * FROM events WHERE LOWER(email) = 'someone@example.test' ORDER BY created_at DESC LIMIT 10;""",

r"""Can you explain async/await in C# with a simple example of downloading two web pages at the same time?""",

r"""Rust compiler is yelling at me:

error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable
 --> src/main.rs:4:5
  |
3 |     let first = &v[0];
  |                  - immutable borrow occurs here
4 |     v.push(6);
  |     ^^^^^^^^^ mutable borrow occurs here
5 |     println!("{}", first);

what does it mean and how do I fix it""",

r"""Write a Python script that renames all the photos in a folder from IMG_1234.jpg to 2024-05-17_001.jpg style using the date the file was last modified.""",

r"""Is there a cleaner way to write this in Python?

if status == "new" or status == "open" or status == "pending" or status == "review":
    handle(ticket)""",

r"""Convert this jQuery to vanilla JS:

$('.toggle').on('click', function() {
  $(this).next('.panel').slideToggle();
  $(this).toggleClass('active');
});""",

r"""I keep getting CORS errors when my frontend on localhost:3000 calls my Flask API on localhost:5000. How do I fix it for local dev?

Access to fetch at 'http://localhost:5000/api/items' from origin 'http://localhost:3000' has been blocked by CORS policy""",

r"""Write a SQL window function query that gives each employee's salary and the average salary of their department on the same row.""",

r"""What's the time complexity of this function and can it be improved?

def has_duplicate(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return True
    return False""",

r"""In PHP, why does this comparison return true?? 

var_dump("abc" == 0);

I'm on PHP 7.4.""",

r"""How do I make a simple REST endpoint in Express that returns a list of books from an array, with an optional ?author= filter?""",

r"""Swift question: what does `guard let` do and when should I use it instead of `if let`?""",

r"""My matplotlib chart labels are overlapping on the x-axis (they're dates). How do I fix that?""",

r"""This shell script works when I run it manually but not from cron. Why?

#!/bin/bash
cd ~/backups
python3 make_backup.py
aws s3 cp latest.tar.gz s3://my-bucket-name/""",

r"""Write a TypeScript type for this JSON so I can use it safely:

{
  "id": 42,
  "title": "Buy milk",
  "done": false,
  "tags": ["home", "errands"],
  "due": null
}""",

r"""Help me understand this Haskell:

sumSquares :: [Int] -> Int
sumSquares = sum . map (^2) . filter even""",

r"""Can you write a simple Python class for a bank account with deposit, withdraw (no overdraft), and a transaction history?""",

r"""Getting this in Django, no idea why:

django.db.utils.OperationalError: no such column: blog_post.subtitle

I added subtitle to the model yesterday.""",

r"""How would I convert a list of lists into a dictionary in Python where the first item is the key and the rest is the value? e.g. [["a",1,2],["b",3,4]] -> {"a":[1,2],"b":[3,4]}""",

r"""My C++ program segfaults. Can you see why?

std::vector<int> v;
v.reserve(10);
v[0] = 5;
std::cout << v[0] << std::endl;""",

r"""Write a Google Sheets formula that counts how many cells in B2:B200 contain the word "late" anywhere in the text, case-insensitive.""",

r"""I'm learning Python. What's the difference between a list comprehension and a generator expression, and when does it matter?""",

r"""Can you explain why this recursive fibonacci is so slow and show me a faster version?

def fib(n):
    if n < 2:
        return n
    return fib(n-1) + fib(n-2)""",

r"""What's wrong with my YAML? GitHub Actions says it's invalid.

name: test
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
    - uses: actions/checkout@v4
    - name: Run tests
    run: pytest""",

r"""Please write a small Python function to validate that a string is a valid hex color like #1a2B3c or #fff.""",

r"""How do I undo my last git commit but keep the changes in my working directory? I haven't pushed yet.""",

r"""Write a PostgreSQL query that returns the number of signups per week for the last 12 weeks, including weeks with zero signups. Table: users(id, created_at).""",
]
