"""Story A: the 2025 Afghanistan–Pakistan conflict. Written for the sitrep demo corpus."""

def derive(orig, subs=(), drop_last=0, drop_paras=(), **over):
    """A syndicated near-copy: same body with small edits and a trimmed tail."""
    ps = [p for p in orig["body"].strip().split("\n\n")]
    ps = [p for i, p in enumerate(ps) if i not in drop_paras]
    if drop_last: ps = ps[:-drop_last]
    body = "\n\n".join(ps)
    for a, b in subs:
        assert a in body, a
        body = body.replace(a, b)
    d = dict(orig); d.update(over); d["body"] = body
    for k in ("subtitle", "related", "comments", "pullquote", "credit_line", "tags", "tpl", "truncate_tail", "guid", "guid_is_link", "jsonl_style", "style"):
        if k not in over and k in orig: d.pop(k)
    d["copy_of"] = orig["key"]
    return d

A1 = dict(key="A1", fmt="html", file="frontierledger-kabul-blasts.html", tpl=0, story="afpak", wire=None,
  outlet="Frontier Ledger", domain="frontierledger.example", date="2025-10-10", time="06:40", slug="kabul-blasts-pakistan-ttp-chief",
  section="Asia", authors=["Sana Rahimi"], readmins=4,
  title="Blasts shake Kabul as Islamabad is accused of striking at Pakistani Taliban chief",
  subtitle="Afghanistan's Taliban authorities say Pakistani jets also hit a market in Paktika province; Pakistan has not confirmed any operation.",
  related=["Who are the Pakistani Taliban?", "Orakzai ambush: 11 soldiers, two officers among the dead", "Muttaqi's India visit: what Kabul wants from New Delhi"],
  body="""
[fig] Residents gather near a damaged vehicle in central Kabul on Friday morning. Photo: Frontier Ledger

Two loud explosions were heard across Kabul late on Thursday, sending residents into the streets and setting off the sharpest crisis between Afghanistan's Taliban government and Pakistan since the group returned to power in August 2021.

Zabihullah Mujahid, the chief spokesman of the Taliban administration, first wrote on social media that a blast had been heard in the capital and that there was no reason for alarm. By Friday the tone had changed. The Afghan Ministry of Defence accused Pakistan of violating the country's airspace and of bombing a civilian market in the Marghi area of Barmal district in the south-eastern province of Paktika.

"This is a violent and provocative act that has no precedent in the relations between the two countries," the ministry said in a statement, adding that Islamabad would be responsible for the consequences.

Pakistan's military did not confirm carrying out any strike. Pakistani security officials speaking on condition of anonymity told reporters that the target in Kabul was Noor Wali Mehsud, the leader of the Tehreek-e-Taliban Pakistan (TTP), an armed group that has waged an insurgency against the Pakistani state for almost two decades. Whether Mehsud was hurt was not clear on Friday. An audio message attributed to him and circulated by TTP channels claimed he was alive.

## A week of rising anger

The explosions came days after one of the deadliest attacks on Pakistan's army this year. Eleven soldiers, among them a lieutenant colonel and a major, were killed in an ambush in the Orakzai district of Khyber Pakhtunkhwa on Tuesday night, an attack claimed by the TTP. Defence Minister Khawaja Asif told lawmakers that Pakistan's patience with the authorities in Kabul had run out.

Islamabad has long accused the Taliban of letting the TTP use Afghan territory as a base. Kabul denies it, saying Pakistan's security problems are Pakistan's own.

The timing was awkward for the Taliban. Foreign Minister Amir Khan Muttaqi had arrived in New Delhi on Thursday for the most senior Taliban visit to India since 2021, a trip watched closely, and with suspicion, in Islamabad.

> "The people of Kabul have heard fighter jets before, but never from this neighbour," said a shopkeeper in the Shahr-e-Naw area who asked not to be named.

Analysts in both capitals said the next days would show whether the strikes were a single warning or the start of a campaign. The main points so far:

- Explosions were heard in Kabul late on Thursday, October 9.
- Afghanistan says a market in Paktika's Barmal district was also bombed.
- Pakistan has neither confirmed nor denied an operation.
""")

A2 = dict(key="A2", fmt="html", file="meridianobserver-border-clashes-23-soldiers.html", tpl=1, story="afpak", wire="Reuters",
  outlet="Meridian Observer", domain="meridianobserver.example", date="2025-10-12", time="14:05", slug="pakistan-says-23-soldiers-killed-border-clashes",
  urlpat="section", section="World", authors=["Reuters"],
  title="Pakistan says 23 soldiers killed in overnight clashes with Afghan forces",
  subtitle="Islamabad claims more than 200 Taliban and allied fighters died; Kabul says it lost nine men and killed dozens of Pakistani troops.",
  related=["Kabul blasts: what we know", "Torkham crossing shut as fighting spreads", "Afghan refugees face deadline in Pakistan"],
  credit_line="Reporting by Reuters; editing by Meridian Observer staff.",
  body="""
ISLAMABAD/KABUL (Reuters) - Twenty-three Pakistani soldiers were killed in clashes with Afghan Taliban forces along the border overnight, Pakistan's military said on Sunday, in the worst fighting between the neighbours in years.

The Inter-Services Public Relations (ISPR), the military's media wing, said Afghan forces had opened fire on Pakistani border posts at several points late on Saturday and that Pakistani troops had responded with what it called a decisive retaliation.

More than 200 Taliban and affiliated militants were killed, the military said, and a number of Afghan posts and what it described as terrorist training facilities were destroyed. Reuters could not independently verify the figures.

The Taliban gave a very different account. Their spokesman Zabihullah Mujahid told a news conference in Kabul that 58 Pakistani soldiers had been killed and about 30 wounded, and that nine Afghan soldiers had died. He said the operation was a response to Pakistani air strikes on Afghan territory earlier in the week and that it had ended at midnight at the request of Qatar and Saudi Arabia.

"The Islamic Emirate does not allow anyone to use Afghan soil against another country," Mujahid said, rejecting Pakistan's longstanding charge that Kabul shelters fighters of the Tehrik-i-Taliban Pakistan (TTP).

Pakistan's Interior Minister Mohsin Naqvi said the Afghan attack was unprovoked and warned that every provocation would be answered.

The fighting broke out at several points along the 2,600-km (1,600-mile) frontier known as the Durand Line, including areas in Kurram and near the Angoor Adda crossing, according to Pakistani security officials. Kabul has never formally recognised the line as an international border.

Pakistan closed the main Torkham crossing and the Chaman crossing in Balochistan on Sunday, officials said, halting trade and the movement of people. Long queues of trucks formed on both sides.

Qatar and Saudi Arabia both urged restraint. Saudi Arabia's foreign ministry called on the two sides to avoid escalation and to favour dialogue.

The clashes followed explosions in Kabul on Thursday night that the Taliban blamed on Pakistan. Islamabad has not confirmed carrying out strikes in Afghanistan.
""")

A3 = derive(A2, key="A3", fmt="txt", file="dailysentinel-afghan-forces-attack-posts.txt", style="sentinel",
  outlet="Daily Sentinel", domain="dailysentinel.example", date="2025-10-12", time="16:30", slug="afghan-forces-attack-pakistan-posts",
  authors=[], wire="Reuters",
  title="23 soldiers martyred as Afghan forces attack border posts: ISPR",
  subtitle="23 soldiers martyred as Afghan forces attack border posts: ISPR",
  related=["PM vows befitting response to any aggression", "Gold prices climb for third straight session"],
  pullquote="“The Islamic Emirate does not allow anyone to use Afghan soil against another country.”",
  credit_line="With information from Reuters.",
  subs=[("ISLAMABAD/KABUL (Reuters) - Twenty-three Pakistani soldiers were killed", "ISLAMABAD: Twenty-three Pakistani soldiers were martyred"),
        ("in the worst fighting between the neighbours in years.", "in the worst fighting between the two neighbours in years."),
        ("Reuters could not independently verify the figures.", "The figures could not be independently verified."),
        ("2,600-km (1,600-mile)", "2,600-kilometre")],
  drop_last=2)

A4 = dict(key="A4", fmt="txt", file="frontlinevoices-taliban-claim-58.txt", style="blog", story="afpak", wire=None,
  outlet="Frontline Voices", domain="frontlinevoices.example", date="2025-10-12", time="19:10", slug="taliban-claim-58-pakistani-soldiers",
  authors=["Frontline Voices Desk"],
  title="Taliban say 58 Pakistani soldiers killed, call border operation 'retaliation'",
  subtitle="Taliban Say 58 Pakistani Soldiers Killed in Night Border Operation",
  pullquote="“If Pakistan violates our territory again, our forces are ready to defend every inch.”",
  body="""
[fig] Afghan border forces on a hilltop post in Kunar province. (File photo)

The Taliban government in Kabul said on Sunday that its forces killed 58 Pakistani soldiers and seized more than two dozen border posts during a night of fighting along the Durand Line, figures sharply at odds with those released by Pakistan's military.

Speaking to journalists in Kabul, chief spokesman Zabihullah Mujahid said nine Afghan fighters had been killed and 16 or so wounded in what he described as a "retaliatory operation" for Pakistani air strikes on Kabul and Paktika on Thursday. He said about 30 Pakistani soldiers were wounded.

Pakistan's military, for its part, has said 23 of its soldiers died and put Taliban losses at more than 200. Neither side's tally could be checked on the ground, where mobile coverage is patchy and journalists have little access.

## Where the fighting happened

Afghan officials listed clashes in Kunar, Nangarhar, Paktia, Khost and Helmand provinces. Residents of villages near the frontier in Kunar said shelling began after dark on Saturday and continued for several hours.

Mujahid also accused Pakistan of giving shelter to fighters of the Islamic State Khorasan Province (ISKP), the regional branch of the Islamic State group, which has carried out attacks inside Afghanistan. He said Kabul had shared evidence of this with Islamabad.

"If Pakistan violates our territory again, our forces are ready to defend every inch," Mujahid said.

## A pause, for now

The spokesman said fighting stopped around midnight after Qatar and Saudi Arabia asked Kabul to halt it. He said the situation along the border was under control by Sunday morning.

The Afghan Taliban have never accepted the Durand Line, drawn in 1893 under British rule, as an international border, and skirmishes at crossings are frequent. But the scale of this weekend's fighting, and the air strikes that preceded it, are without precedent since the Taliban took Kabul in 2021.

Many Afghans living near the border said they feared a long conflict. Markets in Spin Boldak, opposite Chaman, stayed shut on Sunday.
""")

A5 = dict(key="A5", fmt="html", file="indusmorningpost-torkham-chaman-shut.html", tpl=2, story="afpak", wire=None,
  outlet="Indus Morning Post", domain="indusmorningpost.example", date="2025-10-13", time="07:15", slug="torkham-chaman-shut-traders-losses", tz="+05:00",
  section="Business", authors=["Bilal Qureshi", "Mehreen Akhtar"], dateline="PESHAWAR", jsonld_graph=True,
  title="Torkham, Chaman shut for second day as trucks pile up and traders count losses",
  related=["Afghan transit trade: the numbers", "Khyber traders demand compensation", "Explainer: the Durand Line"],
  body="""
Thousands of trucks loaded with fruit, cement and medicine stood idle on Monday at both ends of the Torkham and Chaman crossings, which Pakistan closed on Sunday after the heaviest border fighting with Afghanistan in years.

At Torkham, the main crossing on the road between Peshawar and Jalalabad, customs officials said no vehicle had passed since Sunday morning. Drivers slept in their cabs along the Khyber Pass highway. Some said they had been waiting since Saturday, before the clashes began.

"My load is tomatoes. In two days they will be rubbish," said Gul Rehman, a driver from Landi Kotal, standing next to a truck that had not moved for forty hours.

[fig] Trucks queue on the Khyber Pass highway near Landi Kotal on Monday. Photo: Indus Morning Post

The Sarhad Chamber of Commerce estimated that the closure was costing traders on both sides several million dollars a day. Pakistan is Afghanistan's largest trading partner after Iran, and Torkham alone handles a large share of Afghan transit goods.

## Crossings as a pressure point

Pakistan has shut its border crossings with Afghanistan repeatedly since 2021, sometimes for weeks, often after firing between border guards. Afghan officials accuse Islamabad of using the crossings to squeeze Kabul; Pakistani officials say they close them for security reasons.

This time the closure follows a night of fighting that Pakistan's military says killed 23 of its soldiers. The Taliban put the Pakistani toll much higher. Both sides traded blame on Monday, and neither said when the crossings would reopen.

The closure also affects Afghans who are being sent home. Pakistan has been deporting undocumented Afghans and, since the start of September, holders of Proof of Registration (PoR) cards under its Illegal Foreigners Repatriation Plan. Aid workers at the Torkham returnee centre said hundreds of families had been stuck on the Pakistani side since the weekend.

- Torkham: closed since Sunday, October 12
- Chaman: closed since Sunday; Spin Boldak market shut on the Afghan side
- Angoor Adda and Ghulam Khan: no traffic reported

A senior customs officer in Peshawar said the government would reopen the crossings "when the security situation allows" and declined to give a date.
""")

A6 = dict(key="A6", fmt="rss", guid="gdd-2025-10-15-afpak-truce", story="afpak", wire="AP",
  outlet="Global Dispatch", domain="globaldispatch.example", date="2025-10-15", time="18:20", slug="pakistan-afghanistan-48-hour-ceasefire",
  section="World", authors=["Global Dispatch wires"], rss_author_email="newsdesk@globaldispatch.example",
  title="Pakistan and Afghanistan agree to 48-hour ceasefire after deadly new clashes",
  subtitle="Fighting near Spin Boldak killed soldiers and civilians before the truce was announced on Wednesday evening.",
  body="""
ISLAMABAD (AP) — Pakistan and Afghanistan agreed to a 48-hour ceasefire on Wednesday evening after a new round of fighting along their border killed soldiers and civilians on both sides, officials said.

Pakistan's Foreign Office said the temporary truce began at 6 p.m. Pakistan time and had been agreed at the request of the Taliban government. Taliban spokesman Zabihullah Mujahid said Pakistan had asked for it and that Afghan forces had been instructed to respect it as long as it was not violated.

The ceasefire came hours after clashes near the Spin Boldak district of Kandahar province, across from the Pakistani town of Chaman. Afghan officials said Pakistani fire had killed 12 civilians and wounded more than 100 in Spin Boldak. Pakistan's military said it had repulsed attacks at two locations and killed 15 to 20 Taliban fighters, and that it had carried out "precision strikes" in Kandahar and Kabul.

It was not possible to reconcile the competing accounts.

The two sides said the truce was meant to give time for talks. Both have come under pressure from Qatar, Saudi Arabia and Turkey to step back. The latest fighting was the worst since the weekend, when Pakistan said 23 of its soldiers were killed.

The Torkham and Chaman crossings remained closed for a fourth day.
""")

A7 = derive(A6, key="A7", fmt="html", file="crescentreview-truce-after-spin-boldak.html", tpl=0,
  outlet="Crescent Review", domain="crescentreview.example", date="2025-10-16", time="05:50", slug="truce-after-spin-boldak-fighting",
  authors=["Associated Press"], wire="AP",
  title="Two-day truce holds uneasily along Afghan-Pakistani frontier",
  subtitle="Temporary ceasefire follows fighting near Spin Boldak; Kabul says a dozen civilians died.",
  related=["Chaman traders stage sit-in", "Analysis: can Doha broker a deal?"],
  credit_line="This story was provided by The Associated Press.",
  subs=[("ISLAMABAD (AP) — Pakistan and Afghanistan agreed to a 48-hour ceasefire on Wednesday evening", "ISLAMABAD (AP) — A 48-hour ceasefire between Pakistan and Afghanistan held uneasily on Thursday after the two sides agreed to it on Wednesday evening"),
        ("The Torkham and Chaman crossings remained closed for a fourth day.", "The Torkham and Chaman crossings remained closed.")])

A8 = dict(key="A8", fmt="html", file="hindukushherald-paktika-cricketers.html", tpl=3, story="afpak", wire=None,
  outlet="Hindu Kush Herald", domain="hindukushherald.example", date="2025-10-18", time="11:00", slug="paktika-strikes-cricketers-killed", tz="+04:30",
  section="News", authors=["Farid Ahmadzai"],
  title="Afghan cricket board pulls out of tri-series after three players killed in Paktika strikes",
  comments=[("Naveed K.", "October 18, 2025 at 1:12 pm", "Sport should never be a target. Condolences to Urgun."), ("M. Tareen", "October 18, 2025 at 3:40 pm", "Both governments must go back to talks in Doha.")],
  related=["Doha talks: who is in the delegations", "Spin Boldak after the shelling"],
  body="""
The Afghanistan Cricket Board (ACB) said on Saturday it was withdrawing from a triangular Twenty20 series with Pakistan and Sri Lanka scheduled for November, after three club cricketers were killed in Pakistani air strikes in Paktika province on Friday night.

The board named the players as Kabeer, Sibghatullah and Haroon. It said they had travelled from Urgun to Sharana for a friendly match and were killed after returning home, when strikes hit a gathering in Urgun district. Five other people died in the same strike, the ACB said, putting the toll at eight.

Taliban officials gave a higher figure. A provincial official in Paktika told local media that ten civilians had been killed in strikes on Argun and Barmal districts, including children, and that several houses were destroyed.

> "This is a cowardly act by the Pakistani regime," the ACB said in a statement, calling the deaths a great loss for the sporting community.

Rashid Khan, the national team's best-known player, wrote that he welcomed the board's decision and that targeting civilians was a violation of international law.

Pakistan's military did not comment on the specific claims. Pakistani security officials have said the strikes in Paktika targeted hideouts of the Hafiz Gul Bahadur group, a militant faction they blame for a suicide attack on a military post in North Waziristan on Friday.

The strikes came as a 48-hour ceasefire agreed on Wednesday was about to expire. Islamabad and Kabul said on Friday they had agreed to extend the truce until talks in Doha, but the Taliban accused Pakistan of breaking it within hours.

[fig] A memorial for the three cricketers at a ground in Paktika on Saturday. Photo: Hindu Kush Herald

Delegations from both countries were due to meet in the Qatari capital on Saturday. Pakistan's team was expected to be led by Defence Minister Khawaja Asif, with the head of the Inter-Services Intelligence (ISI), Lieutenant General Asim Malik. The Afghan side was to be led by Defence Minister Mullah Mohammad Yaqoob.
""")

A9 = dict(key="A9", fmt="atom", guid="tag:northwindnews.example,2025-10-19:doha-ceasefire", story="afpak", wire="AFP",
  outlet="Northwind News", domain="northwindnews.example", date="2025-10-19", time="09:30", slug="doha-ceasefire-afghanistan-pakistan",
  section="World", authors=["Northwind News with AFP"],
  title="Afghanistan, Pakistan agree immediate ceasefire at Doha talks",
  subtitle="Qatar and Turkey mediated; follow-up meetings are planned to make the truce last.",
  body="""
Afghanistan and Pakistan agreed to an immediate ceasefire during talks in Doha mediated by Qatar and Turkey, Qatar's foreign ministry said early on Sunday, after more than a week of the deadliest fighting between the neighbours in years.

The two sides also agreed to establish mechanisms to consolidate lasting peace and stability and to hold follow-up meetings in the coming days to make sure the truce holds, the ministry said in a statement.

Pakistan's Defence Minister Khawaja Asif wrote on social media that a peace agreement had been finalised and that the next meeting would be held in Istanbul on October 25. He said that "terrorism from Afghan soil" would stop and that both countries would respect each other's sovereignty.

The Taliban's chief spokesman Zabihullah Mujahid said both sides had committed not to carry out hostile acts against each other and not to support groups attacking the other country.

The Afghan delegation was led by Defence Minister Mullah Mohammad Yaqoob, the son of the Taliban's founder. Pakistan's delegation included the head of its military spy agency, the Inter-Services Intelligence.

Qatar said the mediators would remain in contact with both governments. Turkey's foreign ministry welcomed the agreement and said it was ready to host the next round of talks.

Fighting that began on the night of October 11 killed dozens of soldiers on both sides and an unknown number of civilians, and the two main crossings, Torkham and Chaman, have been closed to trade since October 12. Thousands of trucks are still waiting at the border.

The talks followed Pakistani strikes in Paktika province on Friday night that Kabul said killed civilians, including three club cricketers.
""")

A10 = derive(A9, key="A10", fmt="jsonl", guid="cg-20251019-0412", outlet="Coastal Gazette", domain="coastalgazette.example",
  date="2025-10-19", time="13:02", slug="doha-truce-kabul-islamabad", urlpat="plain", authors=["Agence France-Presse"], wire="AFP",
  title="Kabul and Islamabad sign up to truce in Qatar",
  subs=[("Afghanistan and Pakistan agreed to an immediate ceasefire", "DOHA (AFP) - Afghanistan and Pakistan have agreed to an immediate ceasefire"),
        ("the son of the Taliban's founder", "the son of the movement's late founder Mullah Omar")],
  drop_last=1)

A11 = dict(key="A11", fmt="html", file="frontierledger-istanbul-talks-stall.html", tpl=0, story="afpak", wire=None,
  outlet="Frontier Ledger", domain="frontierledger.example", date="2025-10-29", time="17:45", slug="istanbul-talks-stall-afghanistan-pakistan",
  section="Asia", authors=["Sana Rahimi", "Omar Farooq"], readmins=5, newsletter_inline=True,
  title="Istanbul talks stall as Pakistan demands written guarantees on TTP",
  subtitle="Four days of negotiations under Turkish and Qatari mediation end without a joint statement.",
  related=["Doha ceasefire: the text that was never published", "Khawaja Asif: 'open war' if talks fail", "Refugee returns through Torkham surge"],
  body="""
Talks between Pakistan and Afghanistan in Istanbul ended without agreement late on Tuesday, officials from both sides said, after four days of negotiations that stumbled over Islamabad's demand for a written, verifiable commitment from Kabul to act against the Pakistani Taliban.

The second round of talks opened on Saturday in Istanbul, a week after the two sides agreed to a ceasefire in Doha. Turkey and Qatar acted as mediators. According to Pakistani officials, their delegation asked the Taliban to take "clear, verifiable and effective" action against the Tehreek-e-Taliban Pakistan and against Baloch separatist groups operating from Afghan soil.

The Afghan side, Pakistani officials said, kept changing its position and referring decisions back to Kabul. Information Minister Attaullah Tarar said on Wednesday morning that the talks had failed to produce a "workable solution" and that Pakistan would continue to take all necessary measures to protect its people.

Taliban officials blamed Pakistan. An Afghan official familiar with the talks said Islamabad had asked Kabul to take responsibility for Pakistan's internal security, which it could not do, and had refused to give guarantees that Pakistani drones would stop entering Afghan airspace.

## "Open war"

Before the talks began, Defence Minister Khawaja Asif told a Pakistani television channel that if negotiations failed, there would be "open war" with Afghanistan. The remark was widely criticised in Kabul, where officials said it showed that Pakistan was not serious about dialogue.

The Doha ceasefire has largely held since October 19, although both sides have reported sporadic firing. The Torkham and Chaman crossings remain closed to trade, and only returning Afghan refugees are being allowed through at Torkham.

## What divides them

- Pakistan wants Kabul to arrest or expel TTP leaders, which it says are based in Afghanistan.
- The Taliban deny hosting the TTP and say the group is a Pakistani problem.
- Kabul wants an end to Pakistani air and drone strikes and to the mass deportations of Afghans.
- Both sides accuse the other of backing the Islamic State Khorasan Province (ISKP).

Turkish officials said they were still working to keep the process alive. A Qatari diplomat said the mediators had not given up and were talking to both delegations.
""")

A12 = dict(key="A12", fmt="txt", file="indusmorningpost-istanbul-ceasefire-extended.txt", style="reblog", story="afpak", wire="Meridian Observer",
  outlet="Indus Morning Post", domain="indusmorningpost.example", date="2025-10-31", time="08:00", slug="istanbul-ceasefire-extended",
  authors=[],
  title="Ceasefire to continue as Istanbul round ends with monitoring deal",
  credit_line="Read at www.meridianobserver.example",
  body="""
Pakistan and Afghanistan have agreed to keep their ceasefire in place and to set up a mechanism to monitor it, Turkey's foreign ministry said on Thursday, a day after Islamabad had declared the Istanbul talks a failure.

The two sides will meet again in Istanbul on November 6 to agree on how the arrangement will work, the ministry said in a joint statement issued on behalf of the mediators, Turkey and Qatar. The mechanism is meant to verify violations and to impose penalties on the party responsible.

"All parties have agreed to put in place a monitoring and verification mechanism that will ensure maintenance of peace and impose penalty on the violating party," the statement said.

The announcement surprised many in Islamabad. Only a day earlier, Information Minister Attaullah Tarar had said the talks had not produced a workable solution, and Defence Minister Khawaja Asif had warned that Pakistan could "wipe out" the Taliban regime if provoked. Officials said the Pakistani delegation had been about to leave Istanbul when the mediators asked it to stay for one more day.

For the Taliban, the result was presented as a vindication. Deputy spokesman Hamdullah Fitrat said the Islamic Emirate wanted good relations with all neighbours based on mutual respect and non-interference.

What the deal does not settle is the issue that started the crisis. Pakistan says fighters of the Tehrik-i-Taliban Pakistan (TTP) plan attacks from Afghan territory; Kabul says it does not allow that and cannot be blamed for insecurity inside Pakistan. Pakistan's military says more than 2,400 people, most of them security personnel and civilians, were killed in militant violence in the country in the first nine months of 2025.

Trade through Torkham and Chaman remains suspended. Traders' associations on both sides have asked the governments to reopen the crossings while talks continue.
""")

A13 = dict(key="A13", fmt="html", file="meridianobserver-istanbul-third-round-collapses.html", tpl=1, story="afpak", wire="Reuters",
  outlet="Meridian Observer", domain="meridianobserver.example", date="2025-11-08", time="10:20", slug="istanbul-third-round-collapses",
  urlpat="section", section="World", authors=["Reuters", "Meridian Observer staff"],
  title="Afghanistan-Pakistan peace talks collapse in Istanbul, ceasefire in doubt",
  subtitle="Defence minister says talks have ended 'indefinitely'; Taliban blame Pakistan's 'irresponsible' demands.",
  related=["Timeline: a month of strikes, clashes and talks", "Who is Noor Wali Mehsud?"],
  credit_line="Additional reporting by Reuters.",
  body="""
ISLAMABAD, Nov 8 (Reuters) - The latest round of peace talks between Pakistan and Afghanistan ended in Istanbul without agreement, officials on both sides said, raising fears that a fragile ceasefire agreed in October could unravel.

Pakistan's Defence Minister Khawaja Asif told a Pakistani broadcaster late on Friday that the talks had ended and that there was no plan for a further round. "Our delegation has come back. The negotiations are finished; they have entered an indefinite phase," he said.

Asif said the ceasefire would hold as long as there were no attacks from Afghan territory, and that any attack would be answered.

Taliban spokesman Zabihullah Mujahid said on Saturday that Kabul had negotiated in good faith but that the Pakistani side had tried to shift responsibility for its own security onto Afghanistan. He said Afghanistan would not allow its territory to be used against any country, but would defend itself if attacked.

The talks, which began on Thursday, were the third round since the neighbours fought their deadliest border battles in years in October. Mediators from Turkey and Qatar had hoped to finalise a mechanism to monitor the truce.

Pakistani officials said Kabul had refused to give written guarantees that it would act against the Tehreek-e-Taliban Pakistan, which Islamabad blames for a surge of attacks in the north-western province of Khyber Pakhtunkhwa. Afghan officials said Pakistan wanted them to take action against people who were Pakistani citizens and living in Pakistan.

The border crossings at Torkham and Chaman have remained closed to trade since October 12, costing traders on both sides heavily, according to chambers of commerce.
""")

A14 = dict(key="A14", fmt="txt", file="dailysentinel-islamabad-court-bombing.txt", style="sentinel", story="afpak", wire=None,
  outlet="Daily Sentinel", domain="dailysentinel.example", date="2025-11-12", time="07:30", slug="islamabad-court-suicide-bombing",
  authors=["Asad Mirza"], readmins=4,
  title="12 killed in suicide bombing outside Islamabad court; PM blames 'Afghan-based' militants",
  subtitle="Suicide attack outside district courts in G-11 leaves 12 dead, 27 injured",
  related=["Wana cadet college siege ends, all attackers killed", "Security tightened across federal capital"],
  pullquote="“We are in a state of war,” Khawaja Asif said.",
  body="""
ISLAMABAD: A suicide bomber blew himself up outside the district and sessions courts in Islamabad's G-11 sector on Tuesday afternoon, killing 12 people and wounding 27, in the deadliest attack in the federal capital in years.

Interior Minister Mohsin Naqvi told reporters at the scene that the attacker had waited near the court gate for about twelve minutes, unable to enter, before detonating his explosives next to a police vehicle. Most of the dead were passers-by and people who had come for hearings.

The Jamaat-ul-Ahrar faction, which split from and later rejoined the Tehreek-e-Taliban Pakistan (TTP), claimed responsibility, police officials said, although the main TTP leadership denied involvement.

Prime Minister Shehbaz Sharif condemned the bombing and said it was carried out by "proxies" operating from Afghan soil. He linked it to an attack a day earlier on a cadet college in Wana, South Waziristan, where security forces said they had killed militants who tried to storm the campus.

"We are in a state of war," Defence Minister Khawaja Asif wrote on social media. "Anyone who thinks the Pakistani army is fighting this war only in the border areas should see this attack in Islamabad as a warning."

The Taliban government in Kabul condemned the bombing. Its spokesman said Afghanistan was against attacks on civilians anywhere and rejected what he called baseless accusations.

The attack came days after the collapse of talks in Istanbul between Pakistan and Afghanistan, and raised fears of renewed Pakistani strikes across the border.

Police cordoned off the area and the courts were closed on Wednesday. Lawyers' associations announced a day of mourning.
""")

A15 = dict(key="A15", fmt="rss", guid="gdd-2025-11-11-islamabad-blast", story="afpak", wire=None,
  outlet="Global Dispatch", domain="globaldispatch.example", date="2025-11-11", time="16:45", slug="islamabad-court-blast",
  section="World", authors=["Hira Baig"], guid_is_link=True,
  title="Suicide blast at Islamabad court complex kills 12",
  subtitle="At least 36 people were injured; officials say the bomber struck near a police car at the gate.",
  body="""
A suicide bomber attacked the entrance of a court complex in the Pakistani capital on Tuesday, killing at least 12 people and injuring 36, officials said.

The blast happened shortly after midday outside the district judicial complex in the G-11 area, a busy part of the city where lawyers, litigants and police gather throughout the day. Television footage showed a burning car and debris scattered across the road.

Interior Minister Mohsin Naqvi said investigators were examining the bomber's remains. He said Pakistan would hit back at those responsible "wherever they are".

No group immediately claimed the attack. Pakistani officials have repeatedly accused the Tehrik-i-Taliban Pakistan, often known as the Pakistani Taliban, of planning attacks from Afghanistan. Kabul has denied harbouring the group.

Islamabad has been relatively spared from the violence that has hit Khyber Pakhtunkhwa and Balochistan provinces this year. The last major bombing in the capital was in December 2022.

Hospitals in the capital declared an emergency and appealed for blood donations. Police said several of the injured were in critical condition, and officials warned that the toll could rise.

The attack came a day after militants tried to storm a cadet college in Wana, near the Afghan border. The army said the assault was repelled.
""")

A16 = dict(key="A16", fmt="html", file="crescentreview-khost-strike-children.html", tpl=0, story="afpak", wire=None,
  outlet="Crescent Review", domain="crescentreview.example", date="2025-11-25", time="15:10", slug="khost-strike-children-killed",
  section="Asia", authors=["Nadia Sultani"], readmins=3,
  title="Taliban say Pakistani strike on Khost home killed nine children",
  subtitle="Kabul reports strikes in Khost, Kunar and Paktika; Pakistan's military denies carrying out any attack.",
  related=["Peshawar paramilitary HQ attack: what we know", "After Istanbul, no date for new talks"],
  body="""
Pakistani air strikes killed ten civilians, nine of them children, when a house was hit in Afghanistan's Khost province overnight, the Taliban government said on Tuesday. Pakistan's military denied carrying out any strike.

Zabihullah Mujahid, the Taliban's chief spokesman, said the house of a local resident in the Gurbuz district was bombed around midnight, killing five boys, four girls and a woman. He said strikes had also hit areas of Kunar and Paktika provinces, wounding four civilians.

"The Islamic Emirate strongly condemns this violation and will respond appropriately at the right time," Mujahid wrote on social media.

[fig] Relatives at the funeral of the victims in Gurbuz district, Khost, on Tuesday. Photo: Crescent Review

Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry, told reporters in Islamabad that Pakistan did not target civilians and that when it carried out strikes it announced them. He did not directly address the Khost allegation.

Images shared by Taliban officials appeared to show a flattened mud-brick compound and villagers digging through the rubble. The claims could not be independently verified, and journalists have limited access to the area.

The accusations came a day after a suicide attack on the headquarters of the Federal Constabulary in Peshawar, which killed three personnel. Pakistani officials blamed militants based in Afghanistan for that attack and for the bombing outside an Islamabad court earlier in November.

Relations between the two neighbours have worsened since talks in Istanbul collapsed in early November. A ceasefire agreed in Doha on October 19 has been repeatedly tested, and the border crossings at Torkham and Chaman have been closed to trade for more than six weeks.

The United Nations Assistance Mission in Afghanistan (UNAMA) has called on both sides to protect civilians and return to dialogue.
""")

A17 = derive(A16, key="A17", fmt="jsonl", guid="ws-afpak-1125-khost", outlet="Wirestream Digest", domain="wirestream.example",
  date="2025-11-25", time="19:40", slug="khost-home-strike", urlpat="plain", authors=["Wirestream staff"], wire="Crescent Review",
  title="Kabul: nine children among ten dead in strike on Khost house",
  subs=[("Pakistani air strikes killed ten civilians", "Pakistani air strikes killed 10 civilians"),
        ("Pakistan's military denied carrying out any strike.", "Pakistan's military denied carrying out any strike, Crescent Review reported.")],
  drop_paras=(3,), drop_last=2)

A18 = dict(key="A18", fmt="txt", file="hindukushherald-analysis-two-months.txt", style="hkh", story="afpak", wire=None,
  outlet="Hindu Kush Herald", domain="hindukushherald.example", date="2025-12-09", time="09:00", slug="analysis-two-months-after-kabul-strikes",
  section="Analysis", authors=["Farid Ahmadzai"], readmins=7,
  title="Analysis: Two months after the Kabul strikes, neither war nor peace on the Durand Line",
  subtitle="Islamabad and Kabul are locked in a standoff that hurts traders, refugees and the border's poorest towns most.",
  related=["Torkham at a standstill: a photo essay", "Inside the TTP's new media campaign", "Why Saudi Arabia wants a seat at the table"],
  truncate_tail="  - Landlocked Afghanistan has started to shift some transit trade towards Iranian por",
  body="""
When Pakistani jets struck Kabul last October, officials in Islamabad described the operation as a message. Two months later, it is not clear that the message was received, or what answer Pakistan expected.

The ceasefire agreed in Doha on October 19 still formally stands. But three rounds of talks, in Doha and twice in Istanbul, have not produced the written commitment Pakistan wants from the Taliban against the Tehreek-e-Taliban Pakistan (TTP). Kabul, for its part, still denies that the TTP has bases in Afghanistan, and the Taliban leadership shows no sign of turning on a movement with which it fought side by side for twenty years.

## An old alliance undone

For decades, Pakistan's army and its Inter-Services Intelligence (ISI) treated the Afghan Taliban as an asset. The Haqqani network, the powerful faction whose leader Sirajuddin Haqqani is now the Taliban's interior minister, was long seen in Western capitals as especially close to Pakistani intelligence. When the Taliban entered Kabul in August 2021, many in Pakistan's establishment celebrated.

That calculation has not survived the rise in violence inside Pakistan. Militant attacks killed more than 2,400 people in the first nine months of 2025, according to figures cited by Pakistani officials and independent researchers, most of them in Khyber Pakhtunkhwa and Balochistan. Islamabad blames the TTP and Baloch separatists, and says both operate from Afghan soil.

The Taliban answer with their own accusation: that Pakistan shelters the Islamic State Khorasan Province (ISKP), the Taliban's most dangerous armed rival. Pakistan denies it.

## Who pays

The border crossings at Torkham and Chaman have been closed to trade since October 12. Fruit exports from Kandahar have rotted in warehouses; Pakistani cement and medicine makers have lost one of their main markets. Traders in Peshawar said this week that thousands of workers at the crossings had been without income for two months.

Refugees have borne a different cost. Pakistan has continued to deport Afghans, including those who once held legal residence, and the returns have continued through Torkham even while the crossing is shut to goods. Aid agencies say many families arrive with nothing, in winter, in a country whose economy can barely absorb them.

## What might change

Saudi Arabia, which helped broker the first pause in the fighting in October, has offered to host further talks, and Qatar and Turkey say their channels remain open. Two days ago, a senior Pakistani official told the Herald that Islamabad was "open to dialogue, but not to empty promises". Reports of an exchange of fire near Chaman late last week suggest how quickly things could escalate again.

Observers in Kabul and Islamabad point to a few signals to watch:

  - Whether Pakistan resumes air strikes inside Afghanistan after any major attack at home.
  - Whether the Taliban move TTP leaders away from the border, as they did with some families in 2024.
  - Whether the crossings reopen, even partially, for humanitarian goods.
""")

A19 = dict(key="A19", fmt="html", file="indusmorningpost-por-deportations.html", tpl=1, story="afpak", wire=None,
  outlet="Indus Morning Post", domain="indusmorningpost.example", date="2025-09-03", time="10:30", slug="por-card-holders-deportations-begin", tz="+05:00",
  urlpat="date", section="Pakistan", authors=["Mehreen Akhtar"],
  title="Police round up Afghan PoR card holders as deportation deadline passes",
  subtitle="UNHCR urges Pakistan to pause returns after the deadly earthquake in eastern Afghanistan.",
  related=["Earthquake in Kunar: death toll passes 1,400", "What is the Proof of Registration card?", "Afghan traders in Karachi fear for their shops"],
  body="""
Police in Islamabad, Rawalpindi and Quetta detained hundreds of Afghans this week after the government's deadline for holders of Proof of Registration (PoR) cards to leave the country expired at the end of August, community leaders and lawyers said.

The PoR card, issued by Pakistan with the UN refugee agency, had for years given some 1.3 million registered Afghans legal protection from deportation. This summer the federal government decided not to extend the cards and approved their holders' repatriation under the Illegal Foreigners Repatriation Plan, launched in late 2023 for undocumented foreigners.

"My children were born here, they have never seen Afghanistan," said Abdul Wahid, a vegetable seller in Islamabad's I-11 area whose brother was detained on Monday. He said police had taken away men from several houses on the same street before dawn.

The interior ministry said the operation was lawful and that it was being carried out "in a phased and dignified manner". Officials said those detained were being taken to holding centres before being transported to the Torkham and Chaman border crossings.

## Earthquake adds to calls for a pause

The crackdown came as eastern Afghanistan reeled from a powerful earthquake that struck Kunar and Nangarhar provinces late on Sunday, killing well over a thousand people. The United Nations High Commissioner for Refugees (UNHCR) called on Pakistan to suspend deportations, saying that returns to the affected provinces would put lives at risk.

Taliban officials said they were ready to receive returnees but asked Pakistan to act "humanely". Afghanistan's Ministry of Refugees and Repatriation said camps near Torkham were overcrowded.

Rights groups have criticised the policy since it began. Pakistani officials say the country has hosted Afghan refugees for more than four decades, that it cannot continue to do so indefinitely, and that some Afghans are involved in crime and militancy, a claim refugee advocates reject.
""")

ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19]
