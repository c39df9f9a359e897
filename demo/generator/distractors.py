"""Distractors: unrelated stories (sport, technology, weather, business) with fictional people and firms."""

D1 = dict(key="D1", fmt="html", file="techpulse-lumora-laptop-chip.html", tpl=2, story="distractor", wire=None,
  outlet="TechPulse", domain="techpulse.example", date="2025-10-21", time="15:00", slug="lumora-unveils-arc-laptop-chip", no_jsonld=True,
  section="Hardware", authors=["Priya Natarajan"], dateline="SAN JOSE", nav=["News", "Reviews", "Hardware", "AI", "Gaming", "Deals"],
  title="Lumora unveils Arc 3 laptop chip, promising two-day battery life",
  related=["Review: the best thin laptops of 2025", "Why chipmakers are betting on on-device AI", "Lumora's first-quarter results"],
  body="""
Lumora Semiconductor on Tuesday unveiled the Arc 3, a laptop processor that the company says can run a thin notebook for up to 40 hours of video playback, as it tries to win business from larger rivals in a crowded market.

The chip combines twelve processor cores with a graphics unit and a dedicated block for running artificial intelligence models on the device rather than in the cloud. Lumora said the design was about 30 percent more efficient than its previous generation, which shipped in a handful of models last year.

"Battery life is still the number one complaint we hear from people who buy laptops," chief executive Helena Vrba said at a launch event in San Jose. "We built this chip for the person who forgets their charger."

[fig] Lumora chief executive Helena Vrba holds up an Arc 3 wafer at the launch event. Photo: TechPulse

Independent tests will have to confirm those figures. Battery claims in the industry are usually based on looping a video at low brightness, which bears little resemblance to how most people work.

## Who will use it

Lumora said three laptop makers had signed up to use the Arc 3, with the first machines due in stores in February. The company did not name them, but said one was among the five largest PC brands.

Analysts were cautiously positive. The PC market has recovered slowly since a slump in 2023, helped by businesses replacing old machines. But Lumora remains a small player, and previous attempts by newcomers to break into laptop processors have struggled to persuade software makers to optimise for their chips.

- Twelve cores: four performance, eight efficiency
- Built on a 3-nanometre process
- Up to 64 GB of memory supported
- First laptops expected in February

Shares of Lumora rose 4 percent in after-hours trading.
""")

D2 = dict(key="D2", fmt="txt", file="arenasportsnow-rivermouth-derby.txt", style="sports", story="distractor", wire=None,
  outlet="Arena Sports Now", domain="arenasportsnow.example", date="2025-11-02", time="21:30", slug="rivermouth-derby-late-winner",
  authors=["Tom Ashdown"],
  title="Late Okafor strike settles Rivermouth derby",
  subtitle="Harbour City snatch a 2-1 win at Dockside Park to go top of the league",
  related=["Player ratings: Harbour City v Rivermouth Athletic", "Manager's verdict: 'We never stopped believing'", "Table: Harbour City go top"],
  body="""
Samuel Okafor's shot from the edge of the area in the 89th minute gave Harbour City a 2-1 victory over Rivermouth Athletic on Sunday and sent them to the top of the league for the first time this season.

The substitute had been on the pitch for only eleven minutes when the ball fell to him after a corner was half cleared. His low strike went through a crowd of players and in off the post, sparking wild celebrations in the away end at Dockside Park.

Rivermouth had taken the lead in the 34th minute through their captain Lars Henriksen, who headed in a cross from the left. The hosts were the better side in the first half, and their attacking midfielder Diego Salas hit the bar shortly before the break.

Harbour City manager Irene Costa made two changes at half-time and her side improved. Midfielder Kofi Mensah equalised in the 61st minute with a shot that deflected off a defender.

"The boys showed character today. Derbies are never pretty, and we had to suffer," Costa said. "Samuel has been waiting for his chance, and he took it."

Rivermouth coach Pavel Novak was unhappy with the decision not to award his side a penalty in the 75th minute, when Salas went down in the area. "Everyone in the stadium saw it except the one person who matters," he said.

The win puts Harbour City one point ahead of Northgate United, who drew 0-0 at home on Saturday. Rivermouth drop to sixth.

Harbour City host Northgate in two weeks, after the international break.
""")

D3 = dict(key="D3", fmt="html", file="weatherdesk-cold-snap-valleys.html", tpl=1, story="distractor", wire=None,
  outlet="Weatherdesk", domain="weatherdesk.example", date="2025-11-20", time="06:30", slug="cold-snap-frost-northern-valleys",
  urlpat="date", section="Forecast", authors=["Meteorologist Ana Ferreira"], nav=["Forecast", "Radar", "Warnings", "Climate", "Travel"],
  title="First hard frost of the season expected as cold snap reaches northern valleys",
  subtitle="Overnight temperatures could fall to minus 8C on Saturday; drivers warned of black ice.",
  related=["How to protect your pipes in a freeze", "Why this autumn has been so mild"],
  body="""
A mass of cold air moving south from the Arctic will bring the first hard frost of the season to the northern valleys this weekend, forecasters said on Thursday, ending what has been one of the mildest autumns in decades.

Temperatures are expected to drop sharply on Friday evening after a band of rain clears to the east. Under clear skies, readings in sheltered valleys could fall to minus 6C on Friday night and as low as minus 8C on Saturday night, with a hard frost in most places away from the coast.

"Roads that are wet on Friday evening will freeze quickly, so black ice is the main risk," said a duty forecaster at Weatherdesk. "It will be a beautiful, crisp weekend, but please take care early in the morning."

## What to expect

- Friday: rain clearing in the afternoon, turning colder, winds easing
- Saturday: sunny, maximum 3C, severe frost overnight
- Sunday: sunny at first, cloud thickening later, maximum 4C
- Monday: milder with rain spreading from the west

Gardeners were advised to bring tender plants indoors and to cover winter vegetables. Farmers said the frost would be welcome after weeks of damp weather that had encouraged pests.

The cold is not expected to last. Forecast models agree that milder, wetter air will return from the Atlantic early next week, with temperatures back above average by Tuesday.

Until now, this autumn has been unusually warm. The average temperature in October was almost 2C above the long-term average, and several stations recorded their warmest October night on record.
""")

D4 = dict(key="D4", fmt="rss", guid="gdd-2025-10-23-crumbwell-results", story="distractor", wire=None,
  outlet="Global Dispatch", domain="globaldispatch.example", date="2025-10-23", time="07:10", slug="crumbwell-bakeries-profit-warning",
  section="Business", authors=["Martin Osei"],
  title="Crumbwell Bakeries cuts profit forecast as butter and cocoa costs bite",
  subtitle="The chain will close 40 shops and slow its expansion into train stations.",
  body="""
Crumbwell Bakeries, the high-street chain known for its cinnamon buns, cut its annual profit forecast on Thursday, blaming the rising cost of butter, cocoa and wages, and said it would close 40 of its 610 shops.

The company now expects underlying profit of between 48 million and 52 million for the year, down from earlier guidance of about 60 million. Its shares fell 11 percent in early trading.

Chief executive Rowan Pike said sales had held up well, with like-for-like revenue up 3.2 percent in the third quarter, but that the company had chosen not to pass on all of its higher costs to customers.

"Our customers are still counting every coin. We would rather protect the price of a bun than chase a margin," Pike said in a call with analysts.

The price of cocoa has been volatile for two years, and butter prices rose sharply this year. Crumbwell said it had locked in most of its ingredient costs for next year at lower levels, which should help margins recover.

The shops to be closed are mostly in smaller towns where leases are expiring. The company said it would try to move staff to nearby branches. It will also slow the opening of kiosks at train stations, which it had described in the spring as its main source of growth.

Analysts at one brokerage said the warning was disappointing but not a surprise, given the pressure across the food retail sector.
""")

D5 = dict(key="D5", fmt="jsonl", guid="cg-20251013-0099", story="distractor", wire=None, jsonl_style="np",
  outlet="Coastal Gazette", domain="coastalgazette.example", date="2025-10-13", time="18:00", slug="bayfront-marathon-course-record", urlpat="plain",
  authors=["Lena Moritz"],
  title="Course record falls at Bayfront Marathon as 14,000 run in sunshine",
  subtitle="Local runner finishes third in her debut over the distance.",
  body="""
Nora Adeyemi-Vance broke the course record at the Bayfront Marathon on Sunday, finishing in 2 hours 21 minutes 9 seconds on a cool, sunny morning along the seafront.

Adeyemi-Vance, 27, pulled away from the leading group after 30 kilometres and finished more than a minute ahead of her nearest rival. The previous record, set six years ago, was 2:22:47.

"The weather was perfect and the crowds were amazing. I felt strong at the end, so I decided to push," she said after crossing the line.

The men's race was won by Tomasz Ekberg in 2:08:55 after a sprint finish with two other runners on the final stretch.

About 14,000 runners started the race, a record for the event, organisers said. Thousands more took part in a half marathon and a family fun run earlier in the morning.

Local runner Maya Lindqvist, a physiotherapist who trains before work, finished third in the women's race in 2:29:30, her first marathon. "I hoped for a good time, but I never imagined being on the podium," she said.

Organisers said 23 runners received medical treatment, mostly for cramp and dehydration, and that none was seriously hurt. Several roads in the city centre were closed until mid-afternoon.

The race raised money for a children's hospital and a coastal conservation group.
""")

D6 = dict(key="D6", fmt="txt", file="marketcompass-port-strike-shipping.txt", style="market", story="distractor", wire=None,
  outlet="Market Compass", domain="marketcompass.example", date="2025-11-18", time="12:00", slug="port-strike-container-rates",
  authors=["Hannah Lowe", "Ravi Menon"],
  title="Dockworkers' strike at Port Halden sends container rates higher",
  subtitle="Shippers divert vessels as the 72-hour walkout enters its second day.",
  tags=["Shipping", "Labour", "Logistics", "PortHalden"],
  related=["Freight rates: what the strike means for holiday stock", "Union and port operator: the sticking points"],
  body="""
A 72-hour strike by dockworkers at Port Halden entered its second day on Tuesday, stranding dozens of container ships at anchor and pushing up freight rates on routes that depend on one of the region's busiest harbours.

The union representing about 3,800 crane operators, lashers and clerks walked out on Monday morning after talks with the port's operator over pay and automation broke down. The union wants a pay rise of 9 percent over two years and guarantees that new automated cranes will not lead to job cuts.

The operator, Halden Terminals, has offered 5 percent and says automation is needed for the port to stay competitive. "We have put a fair offer on the table, and we want our people back at work," a company spokeswoman said.

Some shipping lines diverted vessels to smaller ports along the coast, where congestion quickly built up. Spot rates for containers on routes into the region rose about 6 percent on Monday, according to a freight index.

Retailers warned that a longer dispute could delay the arrival of goods for the holiday season. A retail industry group said most stock had already arrived, but that toys and electronics were at risk.

Union leader Malik Durant said his members were ready to extend the strike if the company did not improve its offer. "This is not about a few percent. It is about whether there will be jobs here in ten years," he said.

The government urged both sides to return to talks and offered the help of a mediation service. Talks were expected to resume on Wednesday.
""")

D7 = dict(key="D7", fmt="jsonl", guid="ws-tech-1203-ferrule", story="distractor", wire=None,
  outlet="Wirestream Digest", domain="wirestream.example", date="2025-12-03", time="09:00", slug="ferrule-database-release", urlpat="plain",
  authors=["Jonas Eklund"],
  title="Open-source database Ferrule reaches version 2.0 after five years",
  body="""
The developers of Ferrule, an open-source database designed for small devices, released version 2.0 on Wednesday, the project's first major update in five years.

Ferrule stores data in a single file and is used in home routers, industrial sensors and a number of mobile apps. The new version adds support for full-text search, a faster storage engine and a new way of syncing data between devices that are only occasionally connected to the internet.

"We spent a long time making sure that existing databases can be upgraded without any data loss," said maintainer Ines Calder in the release notes. "If you run Ferrule on a device in a field somewhere, you should be able to update it and forget about it."

The project is run by volunteers and a small foundation funded by companies that use it. It has about 40 regular contributors.

Benchmarks published by the project show that writes are up to three times faster than in the previous version on low-power hardware, though the developers cautioned that results depend heavily on the workload.

Version 2.0 drops support for some older operating systems, a decision that drew complaints from a few users on the project's forum. The maintainers said keeping them would have slowed development and that the 1.x series would receive security fixes for another two years.

The release comes as interest grows in databases that run at the edge of networks rather than in large data centres.
""")

D8 = dict(key="D8", fmt="html", file="arenasportsnow-tennis-final.html", tpl=3, story="distractor", wire=None,
  outlet="Arena Sports Now", domain="arenasportsnow.example", date="2025-09-14", time="20:15", slug="veldhuis-wins-coastal-open",
  section="Tennis", authors=["Tom Ashdown"], nav=["Football", "Tennis", "Cricket", "Athletics", "Motorsport"],
  title="Veldhuis saves match point to win Coastal Open",
  comments=[("baseline_fan", "September 14, 2025 at 9:03 pm", "What a comeback. That backhand down the line!"), ("Rui P.", "September 14, 2025 at 10:48 pm", "Moreau deserved better, played the final of his life.")],
  related=["Veldhuis climbs to career-high ranking", "Doubles: top seeds lift the trophy"],
  body="""
Dutch player Anouk Veldhuis saved a match point on her way to winning the Coastal Open on Sunday, beating French qualifier Camille Moreau 4-6, 7-6 (9-7), 6-3 in a final that lasted almost three hours.

Moreau, ranked outside the top 100, had knocked out two seeded players on her way to the final and was serving for the title at 5-4 in the second set. She reached match point at 6-5 in the tie-break but put a forehand into the net.

"I was already thinking about my speech as a runner-up," Veldhuis joked at the trophy ceremony. "Camille played incredible tennis this week. She will win many of these."

Veldhuis, 24, took control of the final set by breaking serve in the fourth game and held on despite treatment for a blister on her right hand. It is her second title of the season and the biggest of her career.

- Final: Veldhuis bt Moreau 4-6, 7-6 (9-7), 6-3
- Duration: 2 hours 54 minutes
- Prize money for the winner: 142,000

The win will lift Veldhuis to a career-high ranking on Monday. Moreau will also climb, to just outside the top 70, after the best week of her career.

Organisers said a record 61,000 spectators attended the tournament over the week, despite two days lost to rain.
""")

D9 = dict(key="D9", fmt="rss", guid="gdd-2025-12-12-storm-warning", story="distractor", wire=None,
  outlet="Global Dispatch", domain="globaldispatch.example", date="2025-12-12", time="05:30", slug="storm-warning-coast-weekend",
  section="Weather", authors=["Global Dispatch weather team"],
  title="Storm warning issued for the coast as gales and heavy rain approach",
  subtitle="Gusts of up to 110 km/h are possible on exposed headlands on Saturday.",
  body="""
Forecasters issued an amber warning for wind and rain along the western coast on Friday, as a deep area of low pressure moved in from the ocean ahead of the weekend.

Gusts of 90 to 110 kilometres an hour are possible on exposed headlands and hills from early Saturday, with 40 to 60 millimetres of rain expected in the uplands. The warning is in force from 3 a.m. on Saturday until midnight.

"This is a vigorous system for the time of year, although not an exceptional one," the national weather service said in a statement. "The main concern is the combination of strong winds and high tides on Saturday morning."

Ferry operators cancelled several crossings on Saturday, and rail companies said they would run reduced services on coastal lines. Organisers of a Christmas market in the harbour town of Kellby said it would stay closed on Saturday.

Power companies put extra repair crews on standby. Residents were advised to secure garden furniture and trampolines and to avoid walking along sea fronts and piers during high tide.

Coastguard officials said surfers and anglers should stay away from harbour walls, where waves could break over the top without warning.

Conditions are expected to improve on Sunday, with showers and lighter winds, before a colder, drier spell next week.
""")

ARTICLES = [D1, D2, D3, D4, D5, D6, D7, D8, D9]
