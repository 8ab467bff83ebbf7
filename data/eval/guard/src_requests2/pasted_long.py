"""pasted_content_tasks, longest rows (400-500 words in all)."""

FAMILY = "pasted_content_tasks"

ROWS = [
    """I'm a volunteer editor for our village magazine. Could you edit this article down to about 250 words, keep the writer's personality, and suggest a headline?

When I first moved to Little Hadley in 1987, the post office was also the shop, the bank, the lost property office and, if you were lucky and Mrs Penrose was in a good mood, a very reliable source of gossip. You went in for a stamp and came out with a pint of milk, the name of a good plumber and the news that the vicar's son had been seen in Norwich with a girl who was definitely not from Norwich.

So it is with a heavy heart that I report the post office counter will close at the end of this month. The shop will stay open, I'm pleased to say, under Jane and Colin who took it over in 2015 and have worked wonders with the coffee machine, but the Post Office has decided that the counter is no longer "commercially viable". I am told that most of us now do our banking online and buy our stamps from the supermarket in town. This is true. It is also true that not all of us can, or want to.

I spoke to several villagers this week. Arthur Benson, who is 91 and still walks to the shop every morning, told me he collects his pension at the counter and has no intention of "learning the internet at my age". Priya Shah, who runs a small online business selling knitted toys from her kitchen, posts around forty parcels a week and says she will now have to drive twenty minutes each way to the nearest branch. The school uses the counter for its charity collections. The list goes on.

There is some good news. The Post Office has agreed to trial a "mobile outreach service", which means a van will visit the village hall on Tuesday mornings from 10 until 12. Jane and Colin are also looking into becoming a parcel drop-off point for one of the courier companies, which would help Priya and others. And the parish council has written a strongly worded letter, which I have read and can confirm is very strongly worded indeed.

In the meantime, if you can, please use the counter as much as possible in its final weeks. Buy your Christmas stamps early. Post your parcels. Say thank you to Jane. And if, like me, you remember Mrs Penrose and her extraordinary memory for who was courting whom, raise a cup of Colin's excellent coffee to the end of an era.

Margaret Ellis, Orchard Lane""",
    """Please read these minutes from our flat management company's AGM and produce: (1) a list of decisions, (2) a list of actions with owners and deadlines, (3) anything that seems to have been left unresolved.

Minutes of the Annual General Meeting of Larch Court Management Ltd
Held in the communal lounge, Thursday 7 March, 7pm.
Present: directors Paul Greene (chair), Sunita Rao (secretary), Dominic Hale; leaseholders of flats 2, 3, 5, 6, 9, 11, 12, 14. Managing agent: Carla Finch (Finch Property Services).
Apologies: flats 1, 8.

1. Minutes of the last AGM were approved.

2. Accounts. Carla presented the accounts for the year to 31 December. Service charge income was £38,400; expenditure was £41,150, with the overspend due mainly to emergency roof repairs in November (£4,900). The reserve fund stands at £22,300. A leaseholder (flat 11) asked why the gardening contract had increased by 20%. Carla explained that the contractor had added a monthly hedge-cutting visit at the directors' request. Flat 11 asked that future changes be circulated in advance. The accounts were approved, with flat 11 abstaining.

3. Service charge for the coming year. The directors proposed increasing the service charge by 8% to rebuild the reserve fund ahead of the external redecoration due in two years. After discussion, it was agreed to increase by 6% this year and review next year. Carla to issue revised demands by 31 March.

4. External redecoration. Dominic reported that two quotes had been received (£48,000 and £53,500) and a third was awaited. Leaseholders asked whether the work could be phased. Dominic to ask the contractors to price a two-phase option. Section 20 consultation to begin once all three quotes are in.

5. Bike storage. Several leaseholders raised the lack of secure bike storage. Sunita suggested converting the unused bin store on the north side. It was agreed in principle, subject to cost. Flat 6 (Tom) volunteered to get an estimate.

6. Directors. Paul announced he will stand down at next year's AGM. Volunteers are sought.

7. AOB. Flat 3 reported that the entry door is not closing properly. Carla to arrange a repair. Flat 12 raised noise from the lift motor at night; no action agreed.

The meeting closed at 8:40pm.""",
    """Hi! I'm trying to improve my university application essay. Please give me feedback on structure, specificity and whether my voice comes through, then suggest three places where I could cut words. The limit is 400 words and I'm a bit over.

The first thing I ever built was a birdhouse, and it was terrible. I was nine. The roof leaked, the door was too small for any bird I'd ever seen, and my dad had to hold the saw steady while I pretended to do it myself. We nailed it to the apple tree anyway. No bird ever moved in, but a family of very confident wasps did, and I learned something important: things you build get used in ways you don't expect.

Since then I've built a lot of things. A go-kart from an old pram and a lawnmower engine, which my mum banned from the road within a week. A robot for the regional robotics competition with three friends, which came fourth out of twenty-two and caught fire once, briefly, during practice. Most recently, a low-cost water level sensor for my grandfather's farm in Kerala, designed on a school laptop and assembled over a summer with parts that cost less than fifteen pounds.

That last project is the one I think about most. My grandfather had been losing crops because the irrigation tank ran dry while he was in the fields. The solution wasn't complicated: a float sensor, a cheap microcontroller and a text message. But getting it to work in the real world was. The first version fell apart in the monsoon humidity. The second sent forty text messages a minute when a frog sat on the sensor. The third worked, and it's still working, although my grandfather now complains that it texts him too politely.

What I learned from the birdhouse, the go-kart and the water sensor is that engineering isn't about getting it right first time. It's about paying attention to what actually happens - the wasps, the frog, the humidity - and being willing to change your design because of it. I want to study mechanical engineering because I want to get better at that: at building things that are robust, cheap and useful for people who don't have time to care how they work.

I'm still not very good at birdhouses, though.""",
]
