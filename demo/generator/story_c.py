"""Story C: eastern DR Congo, 2025 (M23, ADF, Doha and Washington talks). Written for the sitrep demo corpus."""
from story_a import derive

C1 = dict(key="C1", fmt="html", file="greatlakestribune-ntoyo-funeral-attack.html", tpl=3, story="drc", wire=None,
  outlet="Great Lakes Tribune", domain="greatlakestribune.example", date="2025-09-10", time="09:40", slug="ntoyo-funeral-attack-adf",
  section="North Kivu", authors=["Patrick Kambale"], nav=["Accueil", "North Kivu", "South Kivu", "Ituri", "Kinshasa", "Economy", "Video"],
  title="Dozens killed as ADF rebels attack funeral in Lubero territory",
  comments=[("Jean-Marie B.", "10 septembre 2025 à 11 h 02", "Where was the army? The people of Lubero are abandoned."), ("Esther K.", "10 septembre 2025 à 14 h 37", "Pray for Ntoyo.")],
  related=["Beni: a decade of ADF massacres", "MONUSCO's mandate explained", "Komanda church attack: survivors speak"],
  body="""
Rebels of the Allied Democratic Forces (ADF) attacked mourners at a funeral in the village of Ntoyo in North Kivu province on Monday night, killing more than 70 people, according to local civil society leaders, in one of the deadliest attacks in the region this year.

The attackers, armed with guns and machetes, arrived as families had gathered for a wake, witnesses said. Many victims were hacked to death. Houses and vehicles were set on fire, and several people were still missing on Wednesday.

[fig] Residents of Ntoyo bury victims of Monday night's attack. Photo: Great Lakes Tribune

"We have counted 71 bodies so far, and we are still searching the bush," said a civil society coordinator in the Bapere sector of Lubero territory, speaking by telephone. Local administrators gave a lower provisional toll of about 60.

The Congolese army said it was pursuing the attackers. A spokesman for the army in the area blamed the ADF, a group that originated in Uganda in the 1990s and has since pledged allegiance to the Islamic State group, which claims some of its attacks as the work of its Central Africa province.

The UN mission in Congo, known by its French acronym MONUSCO, condemned the killings and called for those responsible to be brought to justice.

## A different war

The ADF's attacks in North Kivu and Ituri are separate from the conflict with the M23 rebels further south, who seized the cities of Goma and Bukavu earlier this year. But residents say the M23 offensive has drawn troops and attention away from the areas where the ADF operates.

In July, ADF fighters killed dozens of worshippers at a Catholic church in Komanda, in Ituri province. Ugandan and Congolese troops have conducted joint operations against the group since 2021, but the attacks have continued.

Survivors in Ntoyo said they had asked for a military position to be set up in the village months ago.
""")

C2 = dict(key="C2", fmt="rss", guid="gdd-2025-09-09-congo-funeral", story="drc", wire="AP",
  outlet="Global Dispatch", domain="globaldispatch.example", date="2025-09-09", time="17:05", slug="congo-funeral-attack",
  section="World", authors=["Global Dispatch wires"],
  title="At least 60 killed in rebel attack on funeral in eastern Congo",
  subtitle="Officials blame the Islamic State-linked ADF for the overnight raid in North Kivu.",
  body="""
KINSHASA, Congo (AP) — Rebels linked to the Islamic State group killed at least 60 people at a funeral in eastern Congo overnight, local officials said Tuesday.

The attack took place in Ntoyo village in the Lubero territory of North Kivu province late Monday, according to a local administrator, who said the toll was likely to rise because many people were missing.

Officials blamed the Allied Democratic Forces, or ADF, a rebel group based in the border area between Uganda and Congo that has carried out regular attacks on civilians. The group pledged allegiance to the Islamic State group in 2019.

"The enemy came while people were gathered for the mourning," the administrator said. "They used machetes so that no one would hear."

A separate attack was reported in a nearby locality the same night, residents said.

The ADF has killed thousands of civilians over the past decade. In late July, its fighters attacked a church in Komanda in neighbouring Ituri province during a night prayer service, killing more than 40 people.

Eastern Congo is also the scene of a separate conflict with the Rwanda-backed M23 rebels, who control Goma and Bukavu. The government and the M23 are holding talks in Qatar, while Congo and Rwanda signed a peace agreement in Washington in June.

The violence has displaced more than 7 million people in Congo, according to the United Nations.
""")

C3 = dict(key="C3", fmt="rss", guid="gdd-2025-10-15-drc-m23-monitoring", story="drc", wire=None,
  outlet="Global Dispatch", domain="globaldispatch.example", date="2025-10-15", time="09:15", slug="drc-m23-ceasefire-monitoring-deal",
  section="World", authors=["Clarisse Mwamba"],
  title="Congo and M23 agree in Doha on how to monitor ceasefire",
  subtitle="The deal assigns a role to the UN mission; a comprehensive agreement is still to be negotiated.",
  body="""
The government of the Democratic Republic of Congo and the M23 rebel group signed an agreement in Doha on Tuesday to set up a mechanism to monitor and verify a ceasefire in eastern Congo, Qatar's mediators said.

The mechanism will include representatives of both sides and of the UN peacekeeping mission MONUSCO, and is intended to investigate violations of the ceasefire that the two parties have committed to in principle since July.

Qatar has mediated between Kinshasa and the rebel alliance, known as the Congo River Alliance (AFC/M23), since the spring. In July, the two sides signed a declaration of principles in Doha, committing to a permanent ceasefire and to negotiations on a comprehensive peace deal. Deadlines set in that document for a final agreement have been missed.

"This is a small but necessary step," a Congolese government official said. "Without monitoring, a ceasefire is just words on paper."

The M23 said the agreement showed its commitment to a peaceful solution but accused the Congolese army and allied militias, known as Wazalendo, of continuing to attack its positions.

Fighting has continued in parts of North and South Kivu despite the talks. Aid groups report that civilians are caught between the rebels, the army and a patchwork of local armed groups.

The M23 seized Goma, the main city of eastern Congo, in late January and took Bukavu, capital of South Kivu, in February. United Nations experts and Western governments say Rwanda backs the group with troops and weapons. Kigali denies this, saying its forces act in self-defence against Rwandan Hutu rebels operating in Congo.

A separate agreement between Congo and Rwanda, signed in Washington in June, calls for the withdrawal of Rwandan forces and for joint action against the Democratic Forces for the Liberation of Rwanda (FDLR).
""")

C4 = dict(key="C4", fmt="html", file="meridianobserver-doha-framework-m23.html", tpl=1, story="drc", wire="Reuters",
  outlet="Meridian Observer", domain="meridianobserver.example", date="2025-11-16", time="08:45", slug="congo-m23-sign-doha-framework",
  urlpat="section", section="Africa", authors=["Reuters"],
  title="Congo, M23 rebels sign framework for peace in Doha",
  subtitle="The deal sets out eight protocols; most still have to be negotiated.",
  related=["Goma, ten months under M23", "The minerals at the heart of the conflict"],
  credit_line="Reporting by Reuters.",
  body="""
DOHA, Nov 15 (Reuters) - The Democratic Republic of Congo and the M23 rebel group signed a framework agreement in Doha on Saturday aimed at ending the fighting in eastern Congo, though key issues remain to be settled in further talks.

The document, which Qatar's mediators called the Doha Framework for Peace, lays out eight protocols covering areas including the ceasefire, the exchange of prisoners, humanitarian access, the return of displaced people and the restoration of state authority in areas the rebels control. Only two of them, on the monitoring of the ceasefire and on prisoner exchanges, had been agreed before the signing.

"This is not the end of the road, it is the beginning of it," a Qatari official involved in the mediation told reporters. Massad Boulos, senior adviser to U.S. President Donald Trump on Africa, attended the ceremony and described the framework as a starting point for a lasting settlement.

Congo's government and the rebels said the remaining protocols would be negotiated in the coming weeks. Each side has accused the other of violating a ceasefire agreed earlier this year.

The M23, which says it fights to protect Congolese Tutsis, seized Goma in January and Bukavu in February in a lightning offensive that killed thousands of people. It now controls large parts of North and South Kivu, including mines, and has set up its own administration.

Qatar has hosted talks between the two sides since April. A separate track, led by Washington, produced a peace agreement between Congo and Rwanda in June. Trump has said he wants to host the presidents of Congo and Rwanda to sign a final deal.

Diplomats said the biggest obstacles remained the future of the M23's fighters and administration, and whether Rwanda would withdraw its troops. Kigali denies supporting the rebels.
""")

C5 = derive(C4, key="C5", fmt="txt", file="dailysentinel-congo-rebels-doha.txt", style="sentinel",
  outlet="Daily Sentinel", domain="dailysentinel.example", date="2025-11-16", time="11:20", slug="congo-rebels-doha-deal",
  authors=[], wire="Reuters", section="International",
  title="Qatar brokers Congo-rebel peace framework",
  subtitle="Qatar brokers Congo-rebel peace framework",
  related=["Qatar emir receives PM in Doha", "Cricket: hosts clinch series in final over"],
  pullquote="“This is not the end of the road, it is the beginning of it.”",
  credit_line="With information from Reuters.",
  subs=[("DOHA, Nov 15 (Reuters) - The Democratic Republic of Congo", "DOHA: The Democratic Republic of Congo"),
        ("U.S. President Donald Trump", "US President Donald Trump")],
  drop_last=1)

C6 = dict(key="C6", fmt="html", file="frontierledger-washington-accords.html", tpl=0, story="drc", wire=None,
  outlet="Frontier Ledger", domain="frontierledger.example", date="2025-12-05", time="06:00", slug="washington-accords-congo-rwanda",
  section="World", authors=["Daniel Mbeki"], readmins=5,
  title="Tshisekedi and Kagame sign Washington accords as fighting rages in South Kivu",
  subtitle="The agreements bind Congo and Rwanda to a peace deal and open their minerals to US investment; M23 is not a party.",
  related=["What is in the Doha framework?", "Uvira braces for M23 advance", "Coltan, cobalt and the US bet on Congo"],
  body="""
The presidents of the Democratic Republic of Congo and Rwanda signed a set of agreements in Washington on Thursday that the United States says will end three decades of conflict in eastern Congo, even as fighting between the army and the Rwanda-backed M23 rebels intensified in South Kivu province.

Felix Tshisekedi and Paul Kagame signed the documents at a ceremony hosted by President Donald Trump, who called the occasion a historic day for Africa. The accords build on a peace agreement the two countries' foreign ministers signed in June and on a regional economic integration framework, and are accompanied by bilateral deals giving US companies access to the region's minerals.

[fig] Presidents Tshisekedi, left, and Kagame at the signing ceremony in Washington on Thursday. Photo: Frontier Ledger / pool

Under the June agreement, Rwanda is to withdraw its troops from Congolese territory, and Congo is to take action against the Democratic Forces for the Liberation of Rwanda (FDLR), a Hutu-led armed group that includes people linked to the 1994 genocide in Rwanda.

Both leaders were cautious. Tshisekedi said peace would be judged by what happened on the ground. Kagame said Rwanda would do its part but that the root causes of the conflict had to be addressed.

## No pause on the front line

The M23, which controls Goma and Bukavu, is not a signatory to the Washington accords. Its talks with Kinshasa are taking place separately in Doha, where the two sides signed a framework agreement last month.

On the day of the ceremony, residents and local officials reported heavy fighting in the Ruzizi plain north of Uvira, the last large city in South Kivu under government control, near the border with Burundi. The M23 accused the army and its Burundian allies of bombing its positions; the army accused the rebels of launching an offensive.

> "They sign in Washington, and we run from the bombs here," said a teacher who fled Kamanyola with his family this week.

Critics of the deal say it ties peace too closely to mining interests. Supporters say investment could give both countries a stake in stability. The key tests, diplomats said:

- whether Rwandan troops actually leave Congolese territory;
- whether the Doha talks settle the future of the M23's administration;
- whether the fighting around Uvira stops.
""")

C7 = dict(key="C7", fmt="jsonl", guid="cg-20251204-1877", story="drc", wire="AFP", jsonl_style="np",
  outlet="Coastal Gazette", domain="coastalgazette.example", date="2025-12-04", time="22:30", slug="trump-hosts-congo-rwanda-leaders", urlpat="plain",
  authors=["AFP"],
  title="Trump hosts Congo, Rwanda leaders for peace signing",
  subtitle="Kinshasa and Kigali commit to a deal the White House calls historic.",
  body="""
WASHINGTON (AFP) - US President Donald Trump hosted the leaders of the Democratic Republic of Congo and Rwanda in Washington on Thursday for the signing of agreements intended to end the long-running conflict in eastern Congo.

Congolese President Felix Tshisekedi and Rwandan President Paul Kagame put their names to what the White House described as the Washington Accords for Peace and Prosperity, in a ceremony at the building that houses the US Institute of Peace, which the administration has renamed after Trump.

The agreements commit the two countries to implement a peace deal signed by their foreign ministers in June, including the withdrawal of Rwandan forces from Congo and the neutralisation of the FDLR rebel group. They also include an economic framework meant to attract Western investment into the region's mining sector.

Eastern Congo is rich in minerals such as cobalt, coltan, gold and tin, and Washington has made no secret of its interest in securing supplies outside Chinese control.

The M23 rebel group, which UN experts say is backed by Rwanda, was not part of the ceremony. It negotiates separately with Kinshasa in Qatar.

Fighting continued as the leaders met. Local sources in South Kivu reported clashes near the towns of Kamanyola and Luvungi, on the road to Uvira.

Since the M23 offensive began, thousands of people have been killed and hundreds of thousands displaced, adding to the more than seven million people already uprooted in Congo by decades of violence.
""")

C8 = dict(key="C8", fmt="txt", file="greatlakestribune-m23-enters-uvira.txt", style="glt", story="drc", wire=None,
  outlet="Great Lakes Tribune", domain="greatlakestribune.example", date="2025-12-11", time="10:00", slug="m23-enters-uvira",
  section="Sud-Kivu", authors=["Patrick Kambale"],
  title="M23 rebels enter Uvira a week after Washington peace signing",
  tags=["Uvira", "M23", "SudKivu", "Burundi", "Washington"],
  related=["Washington accords: what Congo and Rwanda signed"],
  body="""
M23 rebels entered Uvira on Wednesday, the group said, a week after the presidents of Congo and Rwanda signed peace accords in Washington that were meant to end the fighting in the east of the country.

Uvira, on the northern tip of Lake Tanganyika, was the last major city in South Kivu held by the government and its allies. The provincial authorities had moved there after the M23 took Bukavu in February.

"Our forces are in Uvira to protect the population," an M23 spokesman said on social media, accusing the Congolese army and Burundian troops of attacking civilians. Government officials said the army had withdrawn from parts of the city to avoid fighting in residential areas.

Residents described gunfire in the northern neighbourhoods on Tuesday night and looting as soldiers and militiamen left. Many families crossed into Burundi, whose economic capital Bujumbura lies just across the border. The UN refugee agency said tens of thousands of people had fled to Burundi since the start of the offensive early this month.

Burundi has deployed thousands of troops in eastern Congo to support Kinshasa and sees the M23's advance to its border as a direct threat.

The US State Department said the offensive was a clear violation of the commitments made in Washington and called on Rwanda to use its influence over the rebels. Rwanda said it was not responsible for the M23's actions and accused Burundi and Congo of escalating the fighting.

In Kinshasa, the government called the capture of Uvira an act of war by Rwanda and asked the UN Security Council to meet.

Analysts said the fall of Uvira could undermine both the Washington accords and the Doha talks between Kinshasa and the rebels, whose framework agreement signed in November left most of the hard questions for later.
""")

C9 = dict(key="C9", fmt="atom", guid="tag:northwindnews.example,2025-12-06:south-kivu-fighting", story="drc", wire=None,
  outlet="Northwind News", domain="northwindnews.example", date="2025-12-06", time="06:20", slug="south-kivu-fighting-after-washington",
  section="World", authors=["Grace Uwimana"],
  title="Thousands flee as fighting spreads in South Kivu days after Washington signing",
  subtitle="Residents of the Ruzizi plain head for Uvira and the Burundian border.",
  body="""
Thousands of people fled villages in the Ruzizi plain in eastern Congo's South Kivu province this week as fighting between the M23 rebels and the Congolese army and its allies spread, local officials and aid workers said on Saturday.

The clashes around Kamanyola, Luvungi and Sange began in the first days of December and continued through Thursday, when the presidents of Congo and Rwanda signed peace accords in Washington, residents said.

A local civil society leader in Uvira territory said dozens of civilians had been killed by shelling and gunfire since Tuesday. The figure could not be verified. Aid workers said health centres in the area had run out of supplies for the wounded.

The M23, which Kinshasa and UN experts say is backed by Rwanda, accused the army and Burundian troops of attacking its positions first. The army said the rebels were trying to reach Uvira, the largest city in South Kivu still under government control.

Burundi, whose troops fight alongside the Congolese army, has reinforced its border. Many of those fleeing were heading towards Burundi.

The United Nations refugee agency said it was preparing for a large influx into Burundi, which already hosts tens of thousands of Congolese refugees who fled earlier this year.

"The signatures in Washington have not reached the Ruzizi plain," a humanitarian worker in Uvira said.
""")

ARTICLES = [C1, C2, C3, C4, C5, C6, C7, C8, C9]
