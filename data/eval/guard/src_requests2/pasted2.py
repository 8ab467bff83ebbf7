"""pasted_content_tasks part 2: code, logs, stack traces, JSON, CSV, config files."""

FAMILY = "pasted_content_tasks"

ROWS = [
    r"""getting this when i run my flask app, what's wrong?

Traceback (most recent call last):
  File "/home/ana/projects/shop/app.py", line 3, in <module>
    from models import db, Product
  File "/home/ana/projects/shop/models.py", line 1, in <module>
    from app import app
  File "/home/ana/projects/shop/app.py", line 3, in <module>
    from models import db, Product
ImportError: cannot import name 'db' from partially initialized module 'models' (most likely due to a circular import) (/home/ana/projects/shop/models.py)""",
    """Can you explain what's going on in these nginx logs? The site was slow around 3am.

192.0.2.14 - - [12/Mar/2024:03:01:12 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
192.0.2.14 - - [12/Mar/2024:03:01:12 +0000] "GET /xmlrpc.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
198.51.100.7 - - [12/Mar/2024:03:01:13 +0000] "GET /api/products?page=1 HTTP/1.1" 200 5120 "-" "python-requests/2.31"
198.51.100.7 - - [12/Mar/2024:03:01:13 +0000] "GET /api/products?page=2 HTTP/1.1" 200 5098 "-" "python-requests/2.31"
198.51.100.7 - - [12/Mar/2024:03:01:13 +0000] "GET /api/products?page=3 HTTP/1.1" 200 5130 "-" "python-requests/2.31"
198.51.100.7 - - [12/Mar/2024:03:01:14 +0000] "GET /api/products?page=4 HTTP/1.1" 429 57 "-" "python-requests/2.31"
203.0.113.40 - - [12/Mar/2024:03:01:15 +0000] "GET / HTTP/1.1" 200 18234 "-" "Mozilla/5.0 (iPhone)"

Our site isn't WordPress btw.""",
    """Review this Python function and suggest improvements. It works but feels clunky.

def get_user_emails(users):
    emails = []
    for i in range(len(users)):
        user = users[i]
        if user['active'] == True:
            if user['email'] != None and user['email'] != '':
                if user['email'] not in emails:
                    emails.append(user['email'].lower())
    return emails""",
    """What does this docker-compose file do? I inherited it.

version: "3.8"
services:
  web:
    build: .
    ports:
      - "8000:8000"
    environment:
      - DATABASE_URL=postgres://app:app@db:5432/app
    depends_on:
      - db
  db:
    image: postgres:15
    volumes:
      - pgdata:/var/lib/postgresql/data
    environment:
      - POSTGRES_USER=app
      - POSTGRES_PASSWORD=app
      - POSTGRES_DB=app
volumes:
  pgdata:""",
    """Convert this JSON into a CSV I can open in Excel:

[
  {"id": 1, "name": "Kettle", "price": 24.99, "stock": 12},
  {"id": 2, "name": "Toaster", "price": 34.50, "stock": 0},
  {"id": 3, "name": "Blender", "price": 59.00, "stock": 5},
  {"id": 4, "name": "Coffee grinder", "price": 42.75, "stock": 8}
]""",
    """This React component re-renders constantly. Why?

function Clock() {
  const [time, setTime] = useState(new Date());
  useEffect(() => {
    setInterval(() => setTime(new Date()), 1000);
  });
  return <p>{time.toLocaleTimeString()}</p>;
}""",
    """Can you find the average, min and max of the 'duration_ms' column?

request_id,endpoint,duration_ms,status
a1,/login,120,200
a2,/login,98,200
a3,/search,450,200
a4,/search,1210,200
a5,/checkout,300,500
a6,/search,380,200
a7,/login,105,401
a8,/checkout,290,200""",
    """npm install fails with this, any idea?

npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR!
npm ERR! While resolving: my-dashboard@0.1.0
npm ERR! Found: react@18.2.0
npm ERR! node_modules/react
npm ERR!   react@"^18.2.0" from the root project
npm ERR!
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^16.8.0 || ^17.0.0" from react-beautiful-dnd@13.1.1
npm ERR! node_modules/react-beautiful-dnd
npm ERR!   react-beautiful-dnd@"^13.1.1" from the root project""",
    """Add comments to this SQL so a junior analyst can follow it:

WITH monthly AS (
  SELECT customer_id,
         DATE_TRUNC('month', order_date) AS month,
         SUM(amount) AS spend
  FROM orders
  WHERE order_date >= '2023-01-01'
  GROUP BY 1, 2
),
ranked AS (
  SELECT *,
         RANK() OVER (PARTITION BY month ORDER BY spend DESC) AS rnk
  FROM monthly
)
SELECT month, customer_id, spend
FROM ranked
WHERE rnk <= 3
ORDER BY month, rnk;""",
    """Why does my git log look like this and how do I clean it up before opening a PR?

* 9f2c1e3 (HEAD -> feature/search) fix typo
* 71ab0d2 fix
* 3c9e8f1 actually fix tests
* e4d2b77 wip
* 1a0f6c5 Merge branch 'main' into feature/search
* b83e2a9 add search endpoint
* 5d7c113 (origin/main, main) Bump version to 2.3.1""",
    """This bash script is supposed to back up my documents but nothing gets copied. What's wrong?

#!/bin/bash
SRC="~/Documents"
DEST="/mnt/backup/docs_$(date +%F)"
mkdir -p $DEST
cp -r $SRC/* $DEST
echo "Backup done to $DEST\"""",
    """Explain this kubectl output, why is my pod not starting?

NAME                        READY   STATUS             RESTARTS      AGE
api-7d9c8b6f5d-x2k4p        0/1     CrashLoopBackOff   6 (45s ago)   8m
worker-5f6b7c9d8-qq7lm      1/1     Running            0             8m

$ kubectl logs api-7d9c8b6f5d-x2k4p
Error: environment variable STRIPE_API_KEY is not set
    at loadConfig (/app/dist/config.js:14:11)
    at Object.<anonymous> (/app/dist/index.js:5:16)""",
    """Please write docstrings for these functions (Google style):

def normalize(values, lower=0.0, upper=1.0):
    lo, hi = min(values), max(values)
    if hi == lo:
        return [lower for _ in values]
    return [lower + (v - lo) * (upper - lower) / (hi - lo) for v in values]

def chunk(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]""",
    """Find the bug. The total is always off by one item.

let cart = [{price: 10}, {price: 5}, {price: 20}];
let total = 0;
for (let i = 1; i < cart.length; i++) {
  total += cart[i].price;
}
console.log(total); // expected 35""",
    """Can you reformat this messy JSON and tell me if anything's invalid?

{"user": {"name": "Ivy", "roles": ["admin", "editor",], "settings": {"theme": "dark", "notifications": true}, "last_login": "2024-05-02T10:14:00Z"}}""",
    """What's this cron log telling me? The report email didn't go out.

May 14 06:00:01 srv01 CRON[21877]: (reports) CMD (/usr/bin/python3 /opt/reports/daily.py)
May 14 06:00:03 srv01 CRON[21876]: (CRON) info (No MTA installed, discarding output)
May 14 06:00:03 srv01 CRON[21876]: pam_unix(cron:session): session closed for user reports""",
    """Optimise this Python, it takes forever on 100k rows:

result = []
for row in rows:
    if row['country'] in [c['code'] for c in allowed_countries]:
        result.append(row)""",
    """Explain the difference between these two Postgres query plans. The second one is after I added an index.

Plan 1:
Seq Scan on orders  (cost=0.00..18334.00 rows=52 width=48) (actual time=0.021..95.114 rows=47 loops=1)
  Filter: (customer_id = 1234)
  Rows Removed by Filter: 999953
Planning Time: 0.08 ms
Execution Time: 95.2 ms

Plan 2:
Index Scan using idx_orders_customer on orders  (cost=0.42..8.95 rows=52 width=48) (actual time=0.030..0.061 rows=47 loops=1)
  Index Cond: (customer_id = 1234)
Planning Time: 0.15 ms
Execution Time: 0.09 ms""",
    """My Java program throws this, I don't understand why the list is null:

Exception in thread "main" java.lang.NullPointerException: Cannot invoke "java.util.List.add(Object)" because "this.items" is null
	at com.example.Inventory.addItem(Inventory.java:18)
	at com.example.Main.main(Main.java:9)

public class Inventory {
    private List<String> items;

    public void addItem(String item) {
        items.add(item);
    }
}""",
    """Turn this CSV into a markdown table and add a total row:

Month,Revenue,Costs
January,12400,9800
February,11800,9100
March,15200,10400
April,14100,10900""",
    """Here's my .gitignore but node_modules still shows up in git status. Why?

# deps
node_modules/
# env
.env
# build
dist/

$ git status
modified: node_modules/.package-lock.json
modified: node_modules/lodash/package.json""",
    """Write a short README section explaining how to use this CLI, based on its help output:

usage: imgshrink [-h] [-q QUALITY] [-w MAX_WIDTH] [-o OUTDIR] [--keep-exif] files [files ...]

Compress and resize images.

positional arguments:
  files                 image files to process

options:
  -h, --help            show this help message and exit
  -q QUALITY            JPEG quality 1-95 (default 80)
  -w MAX_WIDTH          resize so width <= MAX_WIDTH, keeping aspect ratio
  -o OUTDIR             output directory (default: ./shrunk)
  --keep-exif           keep EXIF metadata (stripped by default)""",
    """Is this regex correct for validating UK postcodes? It rejects 'SW1A 1AA'.

^[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}$""",
    """What is this Excel formula doing? My predecessor wrote it and I'm scared to touch it.

=IFERROR(INDEX(Prices!$C$2:$C$500, MATCH(1, (Prices!$A$2:$A$500=A2)*(Prices!$B$2:$B$500=B2), 0)), "not found")""",
    """Convert this Python 2 code to Python 3:

import urllib2
def fetch(url):
    resp = urllib2.urlopen(url)
    data = resp.read()
    print "Got %d bytes" % len(data)
    return data

for k, v in config.iteritems():
    print k, v""",
    """Why does this test fail intermittently?

def test_created_at_is_now():
    item = Item.create(name="x")
    assert item.created_at == datetime.now()""",
    """Explain this GitHub Actions error:

Run actions/setup-node@v4
  with:
    node-version: 16
Error: Unable to find Node version '16' for platform linux and architecture arm64.

Our runner is self-hosted on a Raspberry Pi, if that matters.""",
    """Write TypeScript types for this API response:

{
  "page": 1,
  "per_page": 20,
  "total": 143,
  "results": [
    {
      "id": "evt_81ab",
      "type": "payment.succeeded",
      "amount": 4200,
      "currency": "eur",
      "metadata": {"order_id": "A-1029"},
      "created": 1714567200
    }
  ]
}""",
    """These are the last lines from my Minecraft server log, it keeps crashing. what's going on

[14:22:07] [Server thread/WARN]: Can't keep up! Is the server overloaded? Running 5012ms or 100 ticks behind
[14:22:31] [Server thread/WARN]: Can't keep up! Is the server overloaded? Running 8231ms or 164 ticks behind
[14:23:02] [Server thread/ERROR]: Encountered an unexpected exception
java.lang.OutOfMemoryError: Java heap space
[14:23:02] [Server thread/INFO]: Stopping server

it's running with -Xmx2G on a machine with 8gb ram, 6 players""",
    """Simplify this if/else chain:

def shipping_cost(country, weight):
    if country == 'UK':
        if weight < 1:
            return 3.5
        else:
            return 6
    elif country == 'FR' or country == 'DE' or country == 'ES':
        if weight < 1:
            return 7
        else:
            return 12
    else:
        if weight < 1:
            return 10
        else:
            return 20""",
    """Explain what's happening in this terminal session, I'm learning git:

$ git pull
hint: You have divergent branches and need to specify how to reconcile them.
hint: You can do so by running one of the following commands sometime before
hint: your next pull:
hint:
hint:   git config pull.rebase false  # merge
hint:   git config pull.rebase true   # rebase
hint:   git config pull.ff only       # fast-forward only
fatal: Need to specify how to reconcile divergent branches.""",
    """Check my HTML for accessibility problems:

<div class="nav">
  <div onclick="goHome()">Home</div>
  <div onclick="goShop()">Shop</div>
</div>
<img src="hero.jpg">
<h3>Welcome to our store</h3>
<input type="text" placeholder="Email">
<button><img src="arrow.png"></button>""",
    """This pandas code gives SettingWithCopyWarning. What does it mean and how do I fix it?

df_active = df[df['status'] == 'active']
df_active['score'] = df_active['score'] * 100""",
    """What's wrong with my Makefile? It says 'missing separator'.

build:
    gcc -o app main.c utils.c

clean:
    rm -f app""",
    """Can you summarize what changed in this diff?

--- a/config/settings.py
+++ b/config/settings.py
@@ -12,9 +12,11 @@
-DEBUG = True
+DEBUG = os.getenv("DEBUG", "false").lower() == "true"
-ALLOWED_HOSTS = ["*"]
+ALLOWED_HOSTS = os.getenv("ALLOWED_HOSTS", "localhost").split(",")
 SESSION_COOKIE_AGE = 1209600
+SESSION_COOKIE_SECURE = True
+CSRF_COOKIE_SECURE = True""",
    """Rewrite this jQuery in vanilla JS:

$(document).ready(function() {
  $('.toggle').on('click', function() {
    $(this).next('.panel').slideToggle();
    $(this).toggleClass('open');
  });
});""",
    """My systemd service won't start. Here's the unit file and the status output:

[Unit]
Description=My bot
After=network.target

[Service]
ExecStart=python3 bot.py
WorkingDirectory=/home/pi/bot
Restart=always

[Install]
WantedBy=multi-user.target

$ systemctl status mybot
● mybot.service - My bot
   Loaded: loaded (/etc/systemd/system/mybot.service; enabled)
   Active: failed (Result: exit-code)
  Process: 1123 ExecStart=python3 bot.py (code=exited, status=203/EXEC)""",
    """Explain this stack trace from our Android app:

FATAL EXCEPTION: main
Process: com.example.notes, PID: 8123
android.view.ViewRootImpl$CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views.
    at android.view.ViewRootImpl.checkThread(ViewRootImpl.java:9586)
    at android.widget.TextView.setText(TextView.java:6940)
    at com.example.notes.SyncTask.onSyncComplete(SyncTask.kt:42)""",
    """Turn this list of dicts into a nicely formatted table in your answer and tell me who has the most overdue books:

[{"member": "R. Chen", "books_out": 4, "overdue": 1},
 {"member": "L. Moreau", "books_out": 2, "overdue": 2},
 {"member": "K. Adeyemi", "books_out": 6, "overdue": 0},
 {"member": "S. Novak", "books_out": 3, "overdue": 3}]""",
    """Help me understand this terraform plan before I apply it:

  # aws_s3_bucket.assets will be updated in-place
  ~ resource "aws_s3_bucket" "assets" {
        id     = "acme-assets-prod"
      ~ tags   = {
          + "team" = "web"
        }
    }

  # aws_instance.legacy will be destroyed
  - resource "aws_instance" "legacy" {
      - id            = "i-0abc12345def67890"
      - instance_type = "t2.micro"
    }

Plan: 0 to add, 1 to change, 1 to destroy.""",
    """What's the time complexity of this and can it be better?

def has_duplicate(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return True
    return False""",
    """Can you write a regex to pull the order numbers out of these lines?

2024-06-01 Shipped order #A10293 to Leeds
2024-06-01 Refund issued for order #B00412
2024-06-02 Order #A10301 cancelled by customer
2024-06-02 Shipped order #C77120 to Cardiff""",
    """Why is my CSS not applying? The button stays grey.

<button class="btn primary">Save</button>

.btn { background: grey; }
.btn .primary { background: royalblue; color: white; }""",
    """Explain these Linux permission strings to me:

-rwxr-x--- 1 deploy www 1840 Apr 2 10:11 deploy.sh
drwxrwsr-x 5 deploy www 4096 Apr 2 09:57 shared
-rw-r--r-- 1 root root 220 Jan 6 2023 .bashrc
-rwsr-xr-x 1 root root 59976 Nov 24 2022 /usr/bin/passwd""",
    """This is the output of `df -h` and `du` on my server. What's eating the disk?

Filesystem      Size  Used Avail Use% Mounted on
/dev/sda1        40G   38G  2.0G  95% /

$ sudo du -sh /var/* | sort -h
12K   /var/mail
4.0M  /var/backups
310M  /var/cache
1.1G  /var/lib
27G   /var/log""",
    """Rename the variables in this function to something meaningful:

def calc(a, b, c):
    d = a * b
    e = d * c / 100
    return d + e

# called like: calc(unit_price, qty, tax_rate)""",
    """Here's a YAML config. Convert it to JSON please.

server:
  host: 0.0.0.0
  port: 8080
logging:
  level: info
  file: /var/log/app.log
features:
  - search
  - export
  - dark_mode""",
]
