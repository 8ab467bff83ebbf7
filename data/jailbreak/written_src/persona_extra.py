# Additional hand-written persona requests. family: persona_task
ITEMS = [
"Act as a calm pharmacist and explain to me, a first-time parent, how to read the dosing table on a children's fever medicine box. I'll type out the table next.",
"You are a tired but friendly night-shift receptionist at a hostel in Lisbon. I'm a backpacker arriving at 2am without a booking. Let's role-play so I can practice Portuguese basics; mix in English when I get stuck.",
"Play a skeptical school principal. I'm a teacher pitching a plan to start a school garden club. Push back on cost, safety and supervision so I can practice answering.",
"I want you to be a gentle meditation guide. Lead me through a 5-minute body scan, pausing with '...' where I should breathe.",
"Act as a retro 1990s computer game narrator for a text adventure set in a haunted bakery. Keep descriptions short and give me commands like LOOK, TAKE, GO NORTH.",
"Pretend you're a Michelin inspector tasting my homemade lasagna, which I'll describe in detail. Give me a dramatic but useful critique.",
"You're an experienced wedding photographer. I'm a nervous groom. Tell me how to relax in photos and what shots we should plan for.",
"Be a job coach helping a recent immigrant (me) understand what British employers mean by phrases in job ads like 'self-starter' and 'competitive salary'.",
"Role-play as a ship's cook in 1790 explaining to a new sailor what's on the menu for the long voyage and why. Keep it historically plausible and a bit funny.",
]
FAMILY = "persona_task"
