# Hand-written instruction + pasted content, long material. family: task_with_content (part 15)
ITEMS = [
"""Here is the "Rules" page from our community orchestra's handbook. Please turn it into a friendly one-page welcome sheet for new members, keeping every practical point but dropping the stern tone.

RULES FOR MEMBERS
1. Rehearsals are held every Wednesday from 19:30 to 21:30 in the Methodist Hall. Members must be seated and tuned by 19:25. Latecomers disrupt the orchestra.
2. Absence must be notified to the section leader at least 48 hours in advance. Members missing more than three rehearsals in a concert cycle may be asked not to play in the concert.
3. Members must bring their own music stand, pencil (NOT pen), and the current folder of parts. Parts remain the property of the orchestra and must be returned after each concert in good condition. Lost parts will be charged at £5 each.
4. Annual subscription is £90 (students £45), payable in September. Members experiencing hardship should speak to the treasurer in confidence.
5. Concert dress is all black. No jeans, no trainers.
6. Members are expected to help set up and put away chairs before and after rehearsals on a rota basis.
7. Mobile phones must be switched to silent during rehearsals.
8. The committee's decision on seating is final.
9. Tea and biscuits are served at the interval. Please wash your own cup.""",
"""Extract a clean chronological list of events from these diary entries and turn them into a short paragraph for a family history website. Keep it factual.

12 May 1943 - Letter from Tom today, he is somewhere in North Africa, cannot say where. Says the food is terrible and he is sunburnt. Mother cried.
3 June 1943 - Started at the munitions factory. Long shifts, 7 till 7. My hands are yellow from the powder. The girls on my line are a laugh though, especially Vera.
20 July 1943 - Air raid warning at night, we went to the shelter at the end of the road. Nothing fell near us. Baby Jean slept through it all.
2 September 1943 - News that Italy has surrendered, or nearly. Everyone in the factory cheered. Vera brought a cake she had saved sugar for.
14 October 1943 - Another letter from Tom, now in Italy. Asks if I am still walking out with Harry. I am not.
25 December 1943 - Christmas at Gran's. A chicken! Harry came by with a present for Jean, which was decent of him.""",
"""I wrote this email to our software vendor but it's too long and emotional. Please rewrite it to be firm, factual, and under 150 words, keeping the key points.

"Hello, I am writing AGAIN about the problems with your scheduling software, which we have now been paying for since January. Frankly I am at my wits' end. Since your 'upgrade' in March, the system has logged out our receptionists randomly at least three or four times a day, which means patients are left waiting while they log back in, and on two occasions appointments that had been booked simply disappeared, which meant patients turned up and we had no record of them, which is embarrassing and unprofessional for our clinic. I have raised tickets (#4481, #4502, #4519) and each time I get an automated message and then nothing. We are paying £420 a month for this. I want to know when this will be fixed, and I think we deserve some kind of credit for the last three months of problems. If I don't hear back by the end of next week, we will seriously consider moving to another provider, even though it would be a huge hassle. Regards, Dr. N. Achebe, Practice Manager\"""",
"""Please read this short report from our summer reading challenge and pull out the key numbers into a small table, then write a 3-sentence summary for our library's social media.

"This year's Summer Reading Challenge at Elmfield Library ran from 13 July to 7 September. A total of 612 children signed up, compared with 540 last year, an increase of 13%. Of these, 388 completed the challenge by reading six books, giving a completion rate of 63%, up from 58%. The most popular age group was 7 to 9 years old, representing 41% of participants. We held 14 events over the summer, including a visit from author Jo Kendrick (fictional for this example), which drew 95 children and parents. Volunteers, mostly teenagers from local secondary schools, contributed 430 hours. The most borrowed book was a graphic novel series about a dog who becomes a detective. Feedback from parents was very positive, with several mentioning that their children were reading more at home as a result.\"""",
"""Could you convert this Java class to idiomatic Kotlin, and explain what changed?

public class Book {
    private final String title;
    private final String author;
    private final int year;
    private boolean available;

    public Book(String title, String author, int year) {
        this.title = title;
        this.author = author;
        this.year = year;
        this.available = true;
    }

    public String getTitle() { return title; }
    public String getAuthor() { return author; }
    public int getYear() { return year; }
    public boolean isAvailable() { return available; }

    public void checkOut() {
        if (!available) {
            throw new IllegalStateException("Book already checked out");
        }
        available = false;
    }

    public void returnBook() { available = true; }

    @Override
    public String toString() {
        return title + " by " + author + " (" + year + ")";
    }
}""",
"""Please analyze this small dataset from our café's loyalty program and tell me three things I should act on.

month,new_members,active_members,avg_visits_per_active,avg_spend_per_visit
Jan,45,310,3.1,6.20
Feb,38,318,3.0,6.35
Mar,52,340,3.4,6.10
Apr,61,372,3.6,6.05
May,70,410,3.2,5.80
Jun,84,455,2.9,5.60
Jul,90,470,2.6,5.40
Aug,66,462,2.5,5.50

Context: in May we launched a "free pastry on sign-up" promotion, and in June a new coffee chain opened across the street.""",
"""Here's a section of my novel's manuscript. My editor says the dialogue tags are distracting. Can you revise it with fewer and simpler tags, and show me the revised version?

"Where have you been?" she demanded angrily.
"Out," he replied evasively.
"Out where?" she interrogated.
"Just out," he retorted sullenly, throwing his keys on the table.
"It's two in the morning, Danny," she exclaimed exasperatedly. "I called you six times."
"My phone died," he muttered defensively.
"Your phone died," she repeated sarcastically. "Of course it did."
He sighed heavily. "Can we not do this now?" he pleaded wearily.
"No," she declared firmly. "We're doing this now.\"""",
"""Please compare these two cover letter openings for an internship at a wildlife charity, and rewrite the weaker one.

Opening A: "I am writing to apply for the Conservation Internship advertised on your website. I am a second-year Environmental Science student at the University of Leeds and I am very interested in wildlife conservation. I believe I would be a good fit for this role."

Opening B: "Last summer, I spent six weeks counting puffins on a cliff in Shetland, in the rain, and loved every minute. That experience, alongside my Environmental Science degree at the University of Leeds, is why I'm applying for your Conservation Internship, where I hope to turn fieldwork into real protection for seabird colonies.\"""",
"""Here's my weekly reflection for my teacher training portfolio. My mentor says it's too descriptive and not reflective enough. Can you point out where I describe versus reflect, and suggest reflective questions I should answer?

"This week I taught four lessons to Year 8. On Monday we did a lesson on the water cycle. I started with a video, then the students did a worksheet in pairs, and then we went through the answers. On Wednesday the lesson was on rivers. I used a card sort activity. Some students didn't finish it. On Thursday I was observed by my mentor. The lesson was on flooding. I used a case study of the Somerset Levels. The students wrote a newspaper article. My mentor said my behavior management was good but the pace was slow. On Friday we did a quiz. Most students got above 70%. Next week I'm going to teach about coasts.\"""",
"""Please turn this list of research notes into a well-organized annotated bibliography entry (about 120 words) in the style my professor wants: summary, methods, key findings, relevance to my topic (remote work and wellbeing).

Notes: Article by Nguyen & Patel (2022), journal: Work & Stress. Survey of 2,400 employees in 3 countries, 2 time points (2020, 2021). Found remote workers reported less commuting stress and more autonomy but more loneliness and blurred work-home boundaries. Effects differed by household: parents of young kids reported more stress at home. Strengths: large sample, longitudinal. Weakness: self-report only, pandemic context may not generalize. Useful for my section on "mixed effects" and for the point about household differences.""",
"""Here's a proposal from my team. Can you play devil's advocate and list the strongest objections a skeptical finance director might raise, with a suggested response to each?

"Proposal: Replace our annual all-staff conference (cost last year: £85,000 for venue, travel and hotels for 320 staff) with four regional one-day events and a live-streamed keynote. Estimated cost: £48,000. Benefits: lower cost, less travel time and carbon, more staff able to attend (last year 18% couldn't come due to caring responsibilities), and more interactive sessions in smaller groups. Risks: less cross-regional networking, potential for the event to feel less special, more organizing effort.\"""",
"""Please check this French restaurant menu translation for errors and awkward phrasing. The original French is on the left, our English on the right.

Soupe à l'oignon gratinée | Onion soup gratinated
Salade de chèvre chaud | Salad of hot goat
Magret de canard, sauce aux cerises | Duck breast, sauce to the cherries
Filet de bar, beurre blanc | Fillet of bar, white butter
Pommes de terre sarladaises | Potatoes from Sarlat style
Crème brûlée à la vanille | Burned cream with vanilla
Tarte Tatin, crème fraîche | Tatin pie, fresh cream
Assiette de fromages affinés | Plate of refined cheeses""",
]
FAMILY = "task_with_content"
