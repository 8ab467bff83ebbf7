KIND = "edit_paste"

ITEMS = [
"""Can you proofread this? It's for our neighborhood newsletter and I don't want to embarrass myself.

"This spring the Larkfield Garden Club will be hosting it's annual plant swap on Saturday April 12th at the community hall. Everyone is welcome weather you have a huge garden or just one sad cactus on your windowsill. Bring cuttings, seedlings, or extra pots and take home something new. Last year we had over 60 people come and we ran out of tomato starts in the first half hour, so get there early! Coffee and lemon bars will be provided by Marjorie Tull who has been baking for this event for nine years now. If you have any questions you can reach me at the number on the back of this newsletter."

Just fix grammar and spelling, keep my voice.""",

"""make this email sound less angry pls

Hi Derek,
I have now asked THREE times for the updated floor plans. The client meeting is tomorrow at 9 and I still have nothing to show them. I don't understand why this keeps happening every single project. I need the files by 5pm today or I'm going to have to tell the client we aren't ready, and that's going to be on you, not me.
Thanks,
Priya""",

"""Shorten this to under 80 words for a LinkedIn post, but keep the part about the volunteers:

After eighteen months of planning, fundraising, and more spreadsheets than I care to admit, the Eastbrook Reading Corner officially opened its doors last Saturday. What started as a conversation between three parents at a bus stop turned into a small library with over 2,000 donated books, two comfy couches, and a weekly story hour. None of this would have been possible without the 40-plus volunteers who sanded shelves, sorted books, painted murals, and gave up their weekends. I'm so grateful to every one of them. If you're in the area, stop by — we're open Tuesday through Saturday, 10 to 6, and we always need more picture books for toddlers.""",

"""I wrote this cover letter paragraph and it sounds really stiff. Can you make it warmer and more natural without making it sound like a robot wrote it?

"I am writing to express my interest in the position of Junior Laboratory Technician at Corvale Biosciences. I possess a Bachelor of Science in Biochemistry and have completed coursework in molecular biology, analytical chemistry, and cell culture techniques. During my final year I undertook a research project involving the optimization of protein purification protocols. I am confident that my skills and experience make me a suitable candidate for this role and I look forward to the opportunity to discuss my application further."
""",

"""Rewrite this for a 10 year old audience. It's for a museum placard.

The Late Cretaceous period, spanning approximately 100 to 66 million years ago, was characterized by high global temperatures and elevated sea levels. Shallow inland seas divided several continents, including North America, where the Western Interior Seaway stretched from the Gulf of Mexico to the Arctic Ocean. Marine reptiles such as mosasaurs and plesiosaurs were apex predators in these waters. The period concluded with a mass extinction event, most likely triggered by an asteroid impact near present-day Yucatán, which eliminated roughly three quarters of plant and animal species, including all non-avian dinosaurs.""",

"""can u fix the grammar in my toast for my sisters wedding, dont change the jokes

ok so for those who dont know me im Tess, Lauren's little sister and the person she blamed for everything from 1998 to about 2011. Lauren has always been the organized one, she had a color coded binder for her binder. When she first told me about Marcus I said, does he know about the binder? and she said he LOVES the binder. and thats when I knew. Marcus you are patient and funny and you make my sister laugh so hard she snorts which honestly is a gift to all of us. So please raise your glasses to Lauren and Marcus, may your life together be as well organized as her spice rack.""",

"""Please turn this into bullet points for a slide. Keep it to 5 bullets max.

Our Q3 customer support metrics showed mixed results. First response time improved from an average of 6.2 hours to 3.8 hours, largely due to the new triage rotation. However, customer satisfaction scores dipped slightly from 88% to 85%, mostly driven by complaints about the billing migration in August. Ticket volume increased 22% compared to Q2, which we expected given the product launch. We also onboarded four new agents, two of whom are now fully ramped. For Q4 we plan to publish updated billing FAQs and pilot a callback option for high-priority tickets.""",

"""Make this more formal, it's going to the landlord:

hey so the heater in unit 4B has been making this loud banging noise for like 2 weeks now and last night it just stopped working completely. its been really cold, my kid has been sleeping in a hoodie. can someone come look at it this week? im home after 4 most days and all day saturday. also the bathroom fan is still broken from when I mentioned it in october. thanks""",

"""Hi! Could you tighten up my abstract? The limit is 150 words and I'm at about 190.

This study examines the relationship between urban tree canopy coverage and summer surface temperatures across twelve mid-sized cities in the American Midwest. Using satellite-derived land surface temperature data from 2015 to 2022 and canopy estimates from high-resolution aerial imagery, we modeled temperature variation at the census tract level. Our results indicate that each ten percentage point increase in canopy coverage is associated with an average reduction of 1.4 degrees Celsius in peak afternoon surface temperature, after controlling for impervious surface area, building density, and proximity to water. The effect was strongest in tracts with lower median household income, which also tended to have the least existing canopy. These findings suggest that targeted tree planting programs in lower-income neighborhoods could provide disproportionate cooling benefits. We discuss implications for municipal planning, limitations of surface temperature as a proxy for human heat exposure, and directions for future research including ground-level sensor networks.""",

"""Can you change the tone of this product description to be more playful? It's for a small candle shop on Etsy.

Sea Salt & Driftwood Candle. Hand-poured soy wax candle with a cotton wick. Scent notes: sea salt, cedar, and a hint of lime. Burn time approximately 45 hours. Net weight 8 oz. Packaged in a reusable amber glass jar with a tin lid. Candle may frost slightly over time, which is normal for natural soy wax and does not affect performance. Trim wick to 1/4 inch before each use. Do not leave burning candle unattended. Made in small batches in Portland, Maine.""",

"""My manager said my performance self-review is "too modest". Can you help me rewrite it to sound more confident but not arrogant?

This year I helped out on the warehouse scanning project. I think it went okay. I wrote some of the scripts that moved the inventory data over to the new system and fixed a few bugs that came up after launch. I also tried to help the new hires get set up, when I had time. I'm not sure how much impact it had, but I think things run a little smoother now. Next year I'd like to learn more about databases if possible.""",

"""Proofread this text message to my boss before I send it, I'm nervous

Hi Angela, I wanted to let you know I'm not feeling well this morning, I think its a stomach bug. I'm going to stay home today so I don't get anyone else sick. I've already moved my 11am with the vendor to Thursday and Sam said he can cover the front desk. I'll keep an eye on email if anything urgent comes up. Sorry for the short notice""",

"""Rewrite this paragraph in plain English. My dad got this letter from his insurance company and neither of us understand it.

"Pursuant to the terms of your policy, benefits for the services rendered on the date indicated have been adjudicated. The claim has been processed in accordance with the applicable coordination of benefits provisions, and the allowed amount has been applied toward your annual deductible. Accordingly, no payment has been issued to the provider at this time. You may be responsible for the remaining balance as reflected in the member liability column. Should you disagree with this determination, you may submit a written appeal within 180 days of the date of this notice."
""",

"""turn this into a haiku-ish short poem? not strict, just keep the feeling

Every morning I walk the dog past the same old man who feeds the pigeons on the bench by the bus stop. He never says hello but he always lifts his hat a little. Sometimes he talks to the pigeons, quietly, like he's catching them up on the news. Today the bench was empty and the pigeons were just standing around like they were waiting for him too.""",

"""Could you make this recipe intro way shorter? People keep complaining on my blog that they have to scroll forever.

My grandmother Rosa made these lemon ricotta cookies every Easter for as long as I can remember. I still remember standing on a wooden stool in her tiny kitchen in Providence, watching her zest lemons with a grater that was older than my mother. She never measured anything, which made writing this recipe down a real adventure. It took me four tries and a lot of phone calls with my aunt to get the texture right — soft, almost cakey, with a crackly glaze on top. The secret, it turns out, is whole-milk ricotta and not overmixing the dough. I've made them for bake sales, birthdays, and one very memorable office party where they disappeared in eleven minutes. I hope they become a tradition in your house too.""",

"""Please edit for clarity and flow. This is part of a grant application for a community orchestra.

The Millbrook Community Orchestra has been around since 1987 and we are made up of about 55 musicians who are amateurs of all ages. The youngest member at the moment is 14 and the oldest is 83. We do four concerts a year and they are always free to attend. With this grant we would like to be able to start a program where we lend instruments to students at the two middle schools nearby who cannot afford their own, because we have noticed that a lot of kids stop playing after elementary school when the school instruments are no longer available to them. We'd also use some of the money for sheet music and to pay a part-time coordinator.""",

"""Make this apology email to a customer sound sincere but professional. It's from our bakery.

Hi Mr. Okafor, sorry about the cake. We mixed up the orders and yours went to another party. We made you a new one but it was late. We know your daughter's party was ruined kind of. We'll refund you. We are also going to change how we label orders so it doesn't happen again, we think. The person who made the mistake feels bad. Let us know if you want anything else. - Sweet Fern Bakery""",

"""Can you rewrite this so it doesn't repeat "really" so much lol

I really enjoyed the workshop yesterday, it was really well organized and the speakers were really engaging. I really liked the session on budgeting for small nonprofits because it was really practical. The only thing I'd really change is the lunch break, which was really short, and the room was really cold in the afternoon. Overall I'd really recommend it to anyone who's really interested in grant writing.""",

"""Fix the spelling and punctuation only. This is my son's school essay and I don't want to rewrite his work, just the mechanics.

My favorite place in the world is my grandpas farm in Iowa. Every summer we drive there and it takes two days. When we get there the first thing I do is go see the cows, there names are Butter, Biscuit and Gerald. Grandpa lets me help feed them in the morning even tho I am kind of scared of Gerald because he is huge. At night we sit on the porch and watch the fire flys and Grandpa tells storys about when he was a kid. I think its my favorite place because nobody is in a hurry there.""",

"""I need this job posting to be more inclusive. Can you revise it? Remove anything that might discourage good candidates unnecessarily.

We're looking for a rockstar ninja developer to join our young, energetic team! You'll work hard and play hard in our fast-paced startup environment. Must have 10+ years of experience with React and be a culture fit. Must be able to work late nights when needed. Native English speaker required. Perks include beer Fridays and ping pong. Recent grads need not apply.""",

"""Can you condense these meeting minutes into a 3-sentence summary for people who missed it?

The board of the Harbor View Condo Association met on March 3. Present were Gloria Chen (president), Ron Ambrose (treasurer), Fatima Noor (secretary) and eleven residents. Ron reported that the reserve fund currently holds $184,000 and that the roof replacement bid from Coastal Roofing came in at $212,000, higher than expected. Several residents objected to a special assessment. After discussion, the board agreed to request two more bids and revisit the issue at the April meeting. Fatima reminded everyone that the pool will reopen May 15 and that new key fobs must be picked up from the office. The meeting adjourned at 8:40 pm.""",

"""Rewrite this in British English spelling and phrasing, for a UK client:

Our team will analyze your organization's current inventory program and prioritize the changes with the biggest impact. We'll color-code each recommendation and schedule a follow-up call in the fall to review progress. We'll also review your program's license fees and any labor costs that seem out of line with industry benchmarks, and we'll flag any checks or payments that look unusual. If you have any questions in the meantime, please don't hesitate to call our office or send us an email through our website.""",

"""hey can you make my dating profile bio less cringe. be honest

Hi!! I'm Jordan, 29, I love to laugh and have fun :) I'm a foodie and a travel addict and I love to go on adventures. Looking for my partner in crime!! I work hard and play hard. Netflix and chill is my jam but I also love hiking. No drama please!! If you can make me laugh you've already won half the battle haha. Swipe right if you love dogs!!!""",

"""Can you make this sound more like a confident elevator pitch? Max 60 words.

So basically what we're building is kind of an app for small farms, it helps them keep track of what they planted and when and it sort of predicts when they should harvest based on the weather, and then it can also connect them with local restaurants who might want to buy their produce, so it's like planning plus selling in one place I guess.""",

"""Please simplify this for patients. It's for the handout we give after a dental cleaning. Reading level around 6th grade.

Following your prophylaxis appointment, you may experience transient gingival sensitivity or minor bleeding, particularly if inflammation was present prior to treatment. These symptoms typically resolve within 24 to 72 hours. We recommend rinsing with a warm saline solution twice daily and using a soft-bristled toothbrush. Avoid extremely hot or cold foods and beverages if sensitivity persists. If you notice prolonged bleeding, swelling, or discomfort beyond one week, please contact our office to schedule a follow-up evaluation.""",

"""I'm a non-native speaker, can you correct my English in this email and explain the main mistakes briefly?

Dear Mrs. Halvorsen,
I am writing you for ask about the apartment in Kirkegata you have announced on the website. I am very interested for it. I am living in Bergen since two years and I work like nurse in the hospital. I have not pets and I don't smoke. Is it possible to see the apartment in the next week? I am free on Monday and Wednesday after the 15.
Best regards,
Mateus Ferreira""",

"""Could you make this wedding invitation wording a bit more casual? We're having a backyard thing, not a ballroom.

Mr. and Mrs. Harold Brennan request the honour of your presence at the marriage of their daughter Claire Elizabeth to Mr. Nathaniel James Oduya on Saturday, the fourteenth of September, two thousand and twenty-four, at four o'clock in the afternoon. Dinner and dancing to follow at the residence of the bride's parents, 42 Orchard Hill Road, Ashby. Attire: cocktail. Kindly respond by the first of August. The favour of a reply is requested.""",

"""Tone down the jargon in this please, it's for our all-staff email and half the company isn't technical:

Heads up team — we'll be migrating the legacy CRM to the new cloud instance this weekend. Expect intermittent downtime Saturday 02:00–06:00 UTC while we cut over DNS and run the ETL jobs. Post-migration, SSO will be enforced, so make sure your IdP credentials are synced. Any hardcoded integrations pointing at the old endpoints will break — ping #it-ops if you own one. Rollback plan is in place if smoke tests fail.""",

"""Please rewrite my hotel review so it's fair and not just a rant. I was annoyed when I wrote it.

Worst stay ever. The room smelled like old carpet and the AC was loud all night. Front desk guy was rude when I asked for extra towels. The breakfast was fine I guess, eggs were cold. Location is good, close to the train station and the old town. Bed was comfortable. Wifi kept dropping. Would not come back. Two stars because the location is good.""",

"""Can you make this obituary flow better? My uncle passed and my family asked me to write it. Keep all the facts.

Walter James Penrose, 78, of Cedar Falls, passed away on November 2. He was born in 1946 in Waterloo. He worked for 35 years at the John Deere plant. He married Dorothy Kline in 1969. They had three children, Mark, Susan, and Paul. He loved fishing and he was a deacon at First Lutheran Church. He coached Little League for 20 years. He is survived by Dorothy, his children, and seven grandchildren. He is preceded in death by his brother Frank. The service will be on November 9 at 11 am at First Lutheran.""",

"""rewrite this to be more persuasive, it's a letter to the city council about a crosswalk

I live on Alder Street near the elementary school. There is no crosswalk at the corner of Alder and 9th. Kids cross there every morning. Cars go fast. I think there should be a crosswalk and maybe a sign. Last month a kid almost got hit. The crossing guard is only at the next corner, on 8th. Parents park on both sides so you can't see the kids. I have asked before by phone. Please consider adding one. Thank you.""",

"""Can you convert this into a friendly reminder for a group chat? Right now it reads like a legal notice.

Attention all members: Dues for the spring season of the Riverside Adult Soccer League are due no later than Friday, March 7. Players who have not submitted payment by this date will not be permitted to participate in scheduled matches until the balance is settled in full. Payment may be made via the league website or in cash to the team captain. No exceptions will be made.""",

"""Please tighten this personal statement paragraph for a nursing program, I'm over the word limit by about 40 words.

When my grandmother was diagnosed with Parkinson's disease when I was sixteen years old, I became one of her main caregivers after school and on the weekends because my parents both worked long hours. At first I was honestly very scared of doing something wrong, like giving her medication at the wrong time or not helping her correctly when she was getting out of bed. Over time, with the help of her home health nurse, a woman named Denise who was incredibly patient with me, I learned how to do these things safely and with confidence. Denise showed me that nursing is not only about medical skills but also about dignity, humor, and listening, and watching her work with my grandmother is the main reason that I decided I wanted to become a nurse myself.""",

"""Make this Slack message clearer, people keep misreading it:

reminder the thing for the offsite is due thurs not fri like I said before unless you're on the ops side then its still fri, also if you already sent it to maria you dont need to send again but if you sent it to me send it to maria too since shes collecting now. oh and use the new template not the one from last year, its in the shared drive under offsite 2025 not offsite. if you cant find it ask me or maria""",

"""Rewrite this in the voice of a pirate for my kid's birthday party treasure hunt clue, keep the actual directions the same:

Go to the big oak tree in the backyard. Count ten steps toward the fence. Look under the blue flower pot. Your next clue is taped to the bottom. If you get stuck, you may ask one grown-up for one hint. Do not dig in the flower bed, the treasure is not buried there. When you find all four clues, bring them to the picnic table and put them in order to get the secret word.""",

"""Can you give me three different versions of this bio — one formal for a conference program, one casual for Instagram, one medium for our company site?

Dr. Amara Lindqvist is a marine ecologist who studies kelp forest recovery along the Pacific coast. She has spent 12 years diving and mapping kelp beds, leads a team of six researchers at the Halden Marine Institute, and runs a volunteer program that has trained over 300 citizen scientists to monitor urchin populations. In her free time she paints watercolors of tide pools and coaches her daughter's swim team.""",

"""please fix the passive voice in this lab report section, my TA keeps marking it

The solution was heated to 60 degrees Celsius and was stirred for 15 minutes. Then 5 mL of the catalyst was added by the student. The color change was observed after approximately 3 minutes. The mixture was then allowed to cool and the precipitate was filtered. The mass of the product was measured and was found to be 2.31 g. It was concluded that the yield was lower than expected, which may have been caused by incomplete filtration.""",

"""Can you edit this speech so it's about 2 minutes when read aloud? It's for my retirement party and I tend to ramble.

Well, I never thought I'd be standing up here. Thirty-one years at Brightwater Elementary. When I started, we had chalkboards and an overhead projector that caught fire once, and now the kids are teaching ME how to use the smartboard. I've taught over nine hundred third graders. Some of them are here tonight, which makes me feel very old, and some of them are now teachers themselves, which makes me feel very proud. I want to thank Linda in the front office, who has saved my life roughly once a week for three decades. I want to thank my husband Ray, who has graded more spelling tests than any engineer should ever have to. And I want to thank every kid who ever raised their hand and said "I don't get it," because that's where all the real teaching starts. I'm going to miss this place. I'm going to miss the noise. But I am NOT going to miss indoor recess. Thank you, everyone.""",

"""Change this from first person to third person, it's for the "about the author" page:

I grew up in a small fishing town in Nova Scotia and started writing stories in the back of my math notebooks. I studied journalism at university and worked as a reporter for eight years before writing my first novel. I now live in Halifax with my partner, two cats, and a sourdough starter named Gregory. When I'm not writing, I'm probably kayaking or losing at board games.""",

"""I need to make this resignation letter shorter and less emotional. Still grateful, but professional.

Dear Mr. Castellano, it is with a very heavy heart that I am writing to tell you I have decided to resign from my position as Office Coordinator. This was one of the hardest decisions of my life and I cried writing it. I have loved working here for the past four years and everyone has become like family to me. I will never forget the holiday parties and the time we all stayed late to finish the Henderson proposal. I have accepted a position closer to my parents, who need more help these days. My last day will be June 28. I will do everything I can to train my replacement. Thank you for everything, truly, from the bottom of my heart.""",

"""Improve the flow of this paragraph from my history essay, but keep my argument:

The printing press changed Europe. Before it, books were copied by hand. This took a long time. Books were expensive. Only rich people and the church had them. After Gutenberg, books became cheaper. More people learned to read. Ideas spread faster. This helped the Reformation because Luther's writings were printed and shared quickly. The church could not control information as easily anymore. So the printing press was a major cause of religious change.""",

"""Can you rewrite this customer FAQ answer to be shorter and friendlier?

Q: Can I return an item I purchased on sale?
A: Items purchased at a discounted price during promotional sales events are eligible for return within 14 calendar days of the original delivery date, provided that the merchandise is in unused condition with all original tags and packaging intact. Refunds for sale items will be issued in the form of store credit only and cannot be refunded to the original method of payment. Final sale items, which are clearly marked as such on the product page, are not eligible for return or exchange under any circumstances.""",

"""make this sound less like chatgpt wrote it haha (I wrote it but it sounds so generic)

In today's fast-paced world, effective communication is more important than ever. Whether you're collaborating with colleagues or connecting with customers, the ability to convey your ideas clearly can make all the difference. At Brightline Consulting, we empower teams to unlock their full potential through tailored communication workshops that foster collaboration, drive engagement, and deliver results. Our experienced facilitators bring a wealth of knowledge to every session, ensuring a transformative experience for all participants.""",

"""Could you restructure this into a clear step-by-step list? It's instructions for my parents on how to join a video call.

ok so first you'll get an email from me with a link, it'll say Join Meeting in blue. click that. it might ask if you want to open the app, say yes, or if you don't have the app it will say continue in browser, click that instead. then it asks for your name, type Mom or Dad whatever. then there's a camera and microphone thing, make sure the little microphone doesn't have a line through it. then click join now. if you can't hear me check the volume on the laptop not just in the app.""",

"""Could you rewrite this paragraph to be more concise? It's from a policy memo.

It is the recommendation of this office that, in light of the fact that the current parking permit system has resulted in a significant number of complaints from residents, and given that the existing system was originally designed at a time when the population of the downtown district was considerably smaller than it is at present, the city should undertake a comprehensive review of the permit system with the goal of identifying potential improvements that could be implemented in the next fiscal year.""",

"""Edit this toast for my parents' 40th anniversary. I want it to be funny but end on a sweet note. It's a bit flat right now.

Mom and Dad have been married for 40 years. They met at a bowling alley in 1984. Dad says Mom was terrible at bowling. Mom says Dad let her win. They raised three kids and a lot of dogs. They still hold hands at the grocery store. Dad still makes Mom coffee every morning even though she says it's too strong. They moved four times and never once agreed on where the couch should go. We love you both. Cheers.""",

"""Can you make this warning sign text clearer and shorter? It's for the shared lab fridge.

PLEASE NOTE: This refrigerator is designated exclusively for the storage of biological samples and research reagents. The storage of food items or beverages intended for human consumption in this unit is strictly prohibited as per institutional safety guidelines. Any food items found will be discarded without notice. Please use the kitchen refrigerator on the second floor for personal food storage.""",

"""Rewrite my kid's lemonade stand sign ideas into something catchy? Here's what she wrote:

LEMONADE. 50 cents. Its cold. We also have cookies that my mom made there chocolate chip. all money goes to the animal shelter on Pine road. Pink lemonade too. we are open saturday from 10 till its gone. my brother Theo is helping but he is 5 so he will mostly give you a napkin. if you give a dollar you get a cookie free. please come!!""",

"""Please proofread my Spanish. I'm learning and wrote this for my tutor — correct it and tell me what was wrong.

El fin de semana pasado yo fui a la playa con mis amigos. Hacía mucho calor y nosotros nadamos en el mar por dos horas. Después, comimos en un restaurante pequeño cerca de la playa. Yo comí pescado y mi amiga Laura comió una ensalada. Fue muy divertido pero yo estaba muy cansado cuando llegué a mi casa. El próximo fin de semana quiero ir a la montaña.""",

"""Please rewrite this release note so users actually understand what changed. Our devs wrote it.

v4.2.1
- Fixed NPE in ExportService when template null
- Refactored sync scheduler, reduces redundant polling
- Deprecated legacy CSV importer (use /import/v2)
- Bumped min iOS to 15
- UI: date picker now respects locale week start
- Fixed race in offline queue flush causing dup entries
- Perf: lazy-load attachments in thread view
- Removed beta flag for shared folders (GA)
- Misc a11y fixes (labels on icon buttons)""",
]
