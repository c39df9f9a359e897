"""Story B: the war in Sudan, 2025 (El Fasher). Written for the sitrep demo corpus."""
from story_a import derive

B1 = dict(key="B1", fmt="html", file="hornnilemonitor-el-fasher-mosque-strike.html", tpl=2, story="sudan", wire=None,
  outlet="Horn & Nile Monitor", domain="hornnilemonitor.example", date="2025-09-20", time="08:10", slug="el-fasher-mosque-drone-strike",
  section="Sudan", authors=["Amna Osman"], dateline="PORT SUDAN", nav=["Home", "Sudan", "South Sudan", "Ethiopia", "Eritrea", "Somalia", "Opinion"],
  title="Drone strike on El Fasher mosque kills worshippers at dawn prayers",
  related=["Abu Shouk camp: life under bombardment", "Who are the Rapid Support Forces?", "Tawila overwhelmed as families flee"],
  body="""
A drone strike hit a mosque in the besieged city of El Fasher during dawn prayers on Friday, killing at least 75 people, according to local volunteers and medical sources, in one of the deadliest single attacks on civilians in the city since the siege began more than a year ago.

The Emergency Response Rooms, a network of volunteers that has kept kitchens and clinics running in the city, said the mosque was in the Daraja Oula neighbourhood, close to the Abu Shouk displacement camp. Volunteers said many bodies could not be identified and that rescuers pulled people from the rubble for hours.

[fig] Volunteers carry the wounded to a clinic in El Fasher on Friday, in a still from a video shared by local activists.

The Sudanese army and its allies blamed the paramilitary Rapid Support Forces (RSF), which have surrounded El Fasher, the last major city in Darfur still held by the army, since May 2024. The RSF did not comment.

"The targeting of worshippers in a house of God is a crime that cannot be justified under any circumstances," the army-aligned government said in a statement from Port Sudan.

## A city under siege

El Fasher, the capital of North Darfur state, has been cut off from regular supplies for months. Aid agencies say food prices in the city have risen far beyond what most families can pay, and that people have survived on animal fodder. The RSF has built a long earth wall, visible in satellite images, around much of the city.

The war between the army, led by General Abdel Fattah al-Burhan, and the RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, began in April 2023. It has killed tens of thousands of people and displaced about 12 million, creating what the United Nations calls the world's largest humanitarian crisis.

UN Secretary-General António Guterres condemned the attack and called for an immediate ceasefire around El Fasher. The United Nations has warned for months that an RSF assault on the city could lead to atrocities against its non-Arab communities, as happened when the group took the West Darfur capital El Geneina in 2023.

Residents reached by satellite phone said drones had been flying over the city every night this week.
""")

B2 = dict(key="B2", fmt="rss", guid="gdd-2025-09-20-sudan-mosque", story="sudan", wire="Reuters",
  outlet="Global Dispatch", domain="globaldispatch.example", date="2025-09-20", time="12:40", slug="sudan-el-fasher-mosque-attack",
  section="World", authors=["Global Dispatch with Reuters"],
  title="At least 78 killed in attack on mosque in Sudan's El Fasher, medics say",
  subtitle="The paramilitary RSF is blamed for the strike; the group has not commented.",
  body="""
CAIRO (Reuters) - At least 78 people were killed when a drone hit a mosque in the Sudanese city of El Fasher during morning prayers on Friday, a medical group said, as the paramilitary Rapid Support Forces press their siege of the last army stronghold in Darfur.

The Sudan Doctors Network said the attack targeted worshippers and that children were among the dead. Local activists put the toll at 75 and said it could rise.

The RSF, which has been at war with Sudan's army since April 2023, did not immediately respond to a request for comment. It has previously denied targeting civilians.

The RSF has intensified its attacks on El Fasher in recent weeks, shelling the city and the nearby Abu Shouk camp for displaced people. Aid workers say hundreds of thousands of people remain trapped in the city with little food or medicine.

"What is happening in El Fasher is a deliberate starvation of a population," a humanitarian official in the region said, asking not to be named because he was not authorised to speak to the media.

The United States, Saudi Arabia, the United Arab Emirates and Egypt, a group known as the Quad, called earlier this month for a three-month humanitarian truce in Sudan followed by a permanent ceasefire. Neither side has formally accepted it.

Sudan's army-aligned authorities have set up an administration in Port Sudan, while the RSF and its allies announced a rival government this year. Diplomats say the split raises the risk that the country will be partitioned.
""")

B3 = dict(key="B3", fmt="html", file="meridianobserver-rsf-seizes-el-fasher.html", tpl=1, story="sudan", wire="Reuters",
  outlet="Meridian Observer", domain="meridianobserver.example", date="2025-10-27", time="19:30", slug="rsf-seizes-el-fasher-army-withdraws",
  urlpat="section", section="Africa", authors=["Reuters"],
  title="Sudan's army withdraws from El Fasher as RSF claims last Darfur stronghold",
  subtitle="Army chief Burhan says troops moved to a 'safer place'; fears grow for civilians left in the city.",
  related=["Eighteen months of siege in El Fasher", "Hemedti's parallel government explained"],
  credit_line="Reporting by Reuters.",
  body="""
CAIRO, Oct 27 (Reuters) - Sudan's army chief said on Monday his forces had withdrawn from El Fasher, a day after the paramilitary Rapid Support Forces said they had taken full control of the city, the army's last stronghold in the western Darfur region.

General Abdel Fattah al-Burhan said in a televised address that the army's leadership in El Fasher had agreed to leave the city for "a safer place" because of the systematic destruction and killing of civilians there. He vowed that the army would fight on and retake the city.

The RSF said on Sunday that it had seized the headquarters of the army's 6th Infantry Division in El Fasher after an assault that followed an 18-month siege. Videos posted online showed RSF fighters celebrating inside the base.

The fall of El Fasher gives the RSF control of all five state capitals in Darfur and strengthens its hold on the west of the country, while the army controls the centre and east, including the capital Khartoum, which it retook in March.

The United Nations and aid agencies said they had received reports of killings of civilians, including people trying to flee, and that communication with the city had been cut. The Sudan Doctors Network accused the RSF of killing civilians in the streets. Reuters could not independently verify the reports.

The International Organization for Migration said thousands of people had fled El Fasher since Sunday, many of them on foot towards the town of Tawila, about 60 km (37 miles) to the west, where hundreds of thousands of displaced people were already sheltering.

In a statement, the RSF said it would protect civilians and open safe corridors for those who wanted to leave.

Rights groups had warned for months that an RSF takeover could lead to ethnically targeted killings, as had occurred in West Darfur in 2023, when the RSF and allied Arab militias were accused of killing thousands of members of the Masalit community. The RSF has denied those accusations.
""")

B4 = derive(B3, key="B4", fmt="txt", file="dailysentinel-el-fasher-falls.txt", style="sentinel",
  outlet="Daily Sentinel", domain="dailysentinel.example", date="2025-10-28", time="06:15", slug="el-fasher-falls-rsf",
  authors=[], wire="Reuters", section="International",
  title="El Fasher falls: Sudan army pulls out, RSF takes last Darfur bastion",
  subtitle="El Fasher falls: Sudan army pulls out, RSF takes last Darfur bastion",
  related=["Pakistan offers to evacuate nationals from Sudan", "Oil prices edge lower in Asian trade"],
  pullquote="“A safer place.”",
  credit_line="With information from Reuters.",
  subs=[("CAIRO, Oct 27 (Reuters) - Sudan's army chief said on Monday", "CAIRO: Sudan's army chief said on Monday"),
        ("Reuters could not independently verify the reports.", "The reports could not be independently verified."),
        ("about 60 km (37 miles) to the west", "some 60 kilometres to the west")],
  drop_last=1)

# Written out in windows-1252: curly quotes and accented letters become single bytes (0x92, 0xE9, 0xE8).
B5 = dict(key="B5", fmt="html", file="crescentreview-el-fasher-hospital-cp1252.html", tpl=0, charset="windows-1252", charset_style="meta",
  story="sudan", wire=None, outlet="Crescent Review", domain="crescentreview.example", date="2025-10-30", time="12:25",
  slug="el-fasher-maternity-hospital-killings", section="Africa", authors=["Yusra Abdelrahim"], readmins=5,
  title="WHO ‘appalled’ by killing of 460 at El Fasher maternity hospital",
  subtitle="Survivors reaching Tawila describe executions on the roads out of the city; the RSF says it has arrested fighters.",
  related=["Tawila: the town that keeps growing", "What the Quad truce proposal says", "Satellite images show blood-red patches"],
  body="""
The World Health Organization said on Wednesday it was “appalled and deeply shocked” by reports that more than 460 patients and their companions were killed at the Saudi Maternity Hospital in El Fasher, days after the paramilitary Rapid Support Forces seized the Sudanese city.

WHO Director-General Tedros Adhanom Ghebreyesus said the hospital, the last partly functioning one in El Fasher, had been attacked repeatedly, and that six health workers, four doctors, a nurse and a pharmacist, had been abducted. The RSF denied that its fighters had killed patients.

[fig] Women who fled El Fasher wait for food at a distribution point in Tawila, North Darfur. Photo: Crescent Review

Survivors arriving in Tawila, about 60 kilometres west of El Fasher, described fighters stopping people on the roads, separating men from women and shooting some of them. Médecins Sans Frontières (MSF), which runs a hospital in Tawila, said its teams had treated hundreds of people, many with gunshot wounds, and that far fewer people had arrived than expected, which it said raised fears about what had happened to the rest.

“We are seeing people who walked for days with no water,” an MSF coordinator said. “Where are the others? That is the question everyone here is asking.”

## Conflicting counts of those who fled

The International Organization for Migration said more than 26,000 people had fled El Fasher in the two days after the RSF took control on Sunday. UN humanitarian officials later put the number at over 36,000. Before the final assault, an estimated 250,000 people were believed to still be in the city.

## RSF leader promises inquiry

Mohamed Hamdan Dagalo, the RSF commander known as Hemedti, said in a video address that violations had taken place and that committees would investigate them. On Thursday the RSF said it had arrested several fighters, including a commander known as Abu Lulu, who appeared in widely shared videos apparently shooting unarmed men.

Rights groups were sceptical. “The RSF has promised investigations before, in El Geneina, and nothing happened,” said a researcher who has documented abuses in Darfur since 2023.

The United Nations Security Council was due to meet on Thursday to discuss the situation. Sudan’s army-aligned government accused the RSF of genocide; the United States had already determined in January that the RSF and allied militias committed genocide in Darfur.
""")

B6 = dict(key="B6", fmt="txt", file="frontlinevoices-el-fasher-satellite.txt", style="blog", story="sudan", wire=None,
  outlet="Frontline Voices", domain="frontlinevoices.example", date="2025-11-01", time="15:00", slug="el-fasher-satellite-images",
  authors=["Frontline Voices Desk"],
  title="Satellite images point to mass killings in El Fasher, researchers say",
  subtitle="Satellite Images Point To Mass Killings In El Fasher, Yale Researchers Say",
  pullquote="“The scale of what we are seeing is consistent with systematic killing.”",
  body="""
[fig] A satellite image of north-western El Fasher. (Image: handout)

Researchers who monitor Sudan from space say new satellite images from El Fasher show clusters of objects consistent with human bodies and discoloured patches of ground near places where witnesses described killings, days after the Rapid Support Forces (RSF) took the city.

The Humanitarian Research Lab at the Yale School of Public Health, which has tracked the siege for more than a year, said images taken since Sunday showed such clusters near the Saudi hospital, near a former children's hospital and along the earth berm the RSF built around the city.

"The scale of what we are seeing is consistent with systematic killing," the lab said in a report published this week. It said the images could not show who the victims were or how many had died.

## Tolls that keep rising

Estimates of the dead vary widely. The WHO has said more than 460 people were killed at the maternity hospital alone. The Sudan Doctors Network, a group of Sudanese medics, said at least 1,500 people were killed in the days after the city fell. Some local groups have given higher figures still. None of the numbers can be checked on the ground, because the RSF controls access and communications are down.

The RSF has denied targeting civilians and says its forces are securing the city. Its leader Mohamed Hamdan Dagalo has said those responsible for violations will be punished.

## Bara, too

Reports of killings have also come from Bara, a town in North Kordofan that the RSF captured at about the same time. The UN humanitarian office said it had received reports that dozens of civilians were killed there, including volunteers of the Sudanese Red Crescent.

Aid groups say the humanitarian response cannot keep up. The town of Tawila, west of El Fasher, is receiving new arrivals every day, many of them women and children who say the men in their families were killed or detained on the way.

The Office of the Prosecutor of the International Criminal Court said it was collecting evidence of alleged crimes in El Fasher and that Darfur remained under its jurisdiction.
""")

B7 = dict(key="B7", fmt="atom", guid="tag:northwindnews.example,2025-11-07:rsf-truce", story="sudan", wire="AFP",
  outlet="Northwind News", domain="northwindnews.example", date="2025-11-07", time="07:45", slug="rsf-accepts-quad-truce",
  section="World", authors=["Northwind News with AFP"],
  title="Sudan's RSF says it accepts US-backed humanitarian truce",
  subtitle="The army has not agreed; drone strikes continue in Kordofan.",
  body="""
Sudan's paramilitary Rapid Support Forces said on Thursday they had agreed to a humanitarian truce proposed by the United States, Saudi Arabia, the United Arab Emirates and Egypt, known as the Quad, days after seizing the city of El Fasher.

In a statement, the RSF said it was ready to start talks on stopping hostilities and on arrangements to deliver aid, and that it welcomed the efforts of the four countries. It did not say when it would stop fighting.

The Sudanese army, which has fought the RSF since April 2023, has not accepted the proposal. Army chief Abdel Fattah al-Burhan met his security and defence council earlier in the week. Officials in Port Sudan said the government welcomed efforts to end the war but that any truce had to include the withdrawal of the RSF from cities it had occupied.

The plan put forward by the Quad in September calls for a three-month humanitarian truce, followed by a permanent ceasefire and a nine-month transition to civilian rule.

Analysts said the RSF had little to lose by accepting a truce after capturing El Fasher, and noted that its forces were still advancing in the Kordofan region, where they have besieged the cities of Kadugli, Dilling and Babanousa.

Diplomats said the mediators would now try to secure a matching commitment from the army, which has accused the RSF of using earlier pauses to regroup.

Meanwhile, aid agencies warned that famine was spreading. A UN-backed food security monitor confirmed famine conditions in El Fasher and Kadugli on Monday.
""")

B8 = derive(B7, key="B8", fmt="jsonl", guid="ws-sudan-1107-truce", outlet="Wirestream Digest", domain="wirestream.example",
  date="2025-11-07", time="10:05", slug="rsf-quad-truce-accepted", urlpat="plain", authors=["AFP"], wire="AFP",
  title="RSF agrees to Quad truce plan; Sudan army yet to respond",
  subs=[("Sudan's paramilitary Rapid Support Forces said on Thursday", "PORT SUDAN (AFP) - Sudan's paramilitary Rapid Support Forces (RSF) said on Thursday"),
        ("known as the Quad, days after seizing", "known as the Quad, little more than a week after seizing")],
  drop_paras=(5,))

B9 = dict(key="B9", fmt="txt", file="hornnilemonitor-famine-confirmed.txt", style="horn", story="sudan", wire=None,
  outlet="Horn & Nile Monitor", domain="hornnilemonitor.example", date="2025-11-04", time="09:00", slug="famine-confirmed-el-fasher-kadugli",
  authors=["Amna Osman"], dateline="Nairobi",
  title="Famine confirmed in El Fasher and Kadugli, 20 more areas at risk",
  tags=["Sudan", "famine", "IPC", "Darfur", "Kordofan"],
  related=["Tawila camp doubles in size in a week", "Kadugli under siege: the forgotten front"],
  body="""
Famine is under way in El Fasher in North Darfur and in Kadugli in South Kordofan, the Integrated Food Security Phase Classification (IPC), the global system that monitors hunger, said on Monday.

The IPC's Famine Review Committee said there was reasonable evidence that both cities had passed the famine threshold, meaning that at least one in five households faced an extreme lack of food, that acute malnutrition among children was above 30 percent, and that people were dying of starvation and disease.

[fig] A mother holds her malnourished child at a clinic in Tawila in October.

Twenty other areas in Darfur and Kordofan were at risk of famine, the IPC said, including towns in areas where the Rapid Support Forces (RSF) and the army are still fighting. More than 20 million people across Sudan face high levels of acute food insecurity.

## WHY THE TWO CITIES

Both cities have been under siege for months. El Fasher, taken by the RSF on October 26 after an 18-month blockade, had been almost entirely cut off from food deliveries. Kadugli, held by the army, is surrounded by the RSF and an allied armed group, the Sudan People's Liberation Movement-North led by Abdelaziz al-Hilu.

"Famine is not a natural disaster here. It is the result of sieges, of blocked convoys and of attacks on markets," a UN official in Port Sudan said.

The IPC had first confirmed famine in Sudan in August 2024, in the Zamzam displacement camp near El Fasher. That camp was overrun by the RSF in April this year, and most of its residents fled to Tawila.

## WHAT AID GROUPS ASK

* Safe access for convoys to El Fasher, Kadugli and Dilling
* Funding: the UN appeal for Sudan is less than a third funded
* Protection for people fleeing, many of whom report abuse on the roads

The World Food Programme said it had reached some areas of North Darfur but could not enter El Fasher itself.
""")

ARTICLES = [B1, B2, B3, B4, B5, B6, B7, B8, B9]
