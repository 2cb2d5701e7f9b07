"""Country adjectives and extra names that pycountry lacks, keyed by ISO alpha-2 code.

Press releases name a side by its adjective ("the Kazakh Foreign Minister", "Burkinabe Abroad",
"Qatari investment") or by a colloquial name ("Turkey", "the PRC", "Lao PDR") as often as by the
ISO short name. Each line is `CODE: adjective | adjective ; alias | alias`.
"""

_TABLE = """
AF: Afghan | Afghani ; Afghanistan
AL: Albanian
DZ: Algerian
AD: Andorran
AO: Angolan
AG: Antiguan ; Antigua
AR: Argentine | Argentinian
AM: Armenian
AU: Australian
AT: Austrian
AZ: Azerbaijani | Azeri
BS: Bahamian ; the Bahamas
BH: Bahraini
BD: Bangladeshi
BB: Barbadian
BY: Belarusian
BE: Belgian
BZ: Belizean
BJ: Beninese | Beninois
BT: Bhutanese
BO: Bolivian
BA: Bosnian ; Bosnia
BW: Botswanan | Motswana
BR: Brazilian
BN: Bruneian ; Brunei
BG: Bulgarian
BF: Burkinabe | Burkinabè | Burkinabé
BI: Burundian
CV: Cape Verdean | Cabo Verdean ; Cape Verde
KH: Cambodian
CM: Cameroonian
CA: Canadian
CF: Central African
TD: Chadian
CL: Chilean
CN: Chinese ; PRC | People's Republic of China | the People's Republic of China
CO: Colombian
KM: Comorian ; Comoros
CG: Congolese ; Republic of Congo | Congo-Brazzaville
CD: ; DRC | DR Congo | Congo-Kinshasa
CR: Costa Rican
CI: Ivorian ; Ivory Coast | Cote d'Ivoire | Côte d'Ivoire
HR: Croatian
CU: Cuban
CY: Cypriot
CZ: Czech ; Czech Republic
DK: Danish
DJ: Djiboutian
DM: ;
DO: Dominican
EC: Ecuadorian
EG: Egyptian
SV: Salvadoran
GQ: Equatorial Guinean
ER: Eritrean
EE: Estonian
SZ: Swazi ; Swaziland
ET: Ethiopian
FJ: Fijian
FI: Finnish
FR: French
GA: Gabonese
GM: Gambian ; the Gambia
GE: Georgian
DE: German
GH: Ghanaian
GR: Greek
GD: Grenadian
GT: Guatemalan
GN: Guinean
GW: Bissau-Guinean
GY: Guyanese
HT: Haitian
VA: ; Vatican | the Holy See
HN: Honduran
HU: Hungarian
IS: Icelandic
IN: Indian
ID: Indonesian
IR: Iranian
IQ: Iraqi
IE: Irish
IL: Israeli
IT: Italian
JM: Jamaican
JP: Japanese
JO: Jordanian
KZ: Kazakh | Kazakhstani
KE: Kenyan
KI: I-Kiribati
KP: North Korean ; DPRK
KR: South Korean | Korean ; Korea | Republic of Korea | ROK
KW: Kuwaiti
KG: Kyrgyz
LA: Lao | Laotian ; Lao PDR
LV: Latvian
LB: Lebanese
LS: Basotho
LR: Liberian
LY: Libyan
LI: Liechtensteiner
LT: Lithuanian
LU: Luxembourgish
MG: Malagasy
MW: Malawian
MY: Malaysian
MV: Maldivian ; the Maldives
ML: Malian
MT: Maltese
MH: Marshallese
MR: Mauritanian
MU: Mauritian
MX: Mexican ; United Mexican States
FM: Micronesian
MD: Moldovan
MC: Monegasque
MN: Mongolian
ME: Montenegrin
MA: Moroccan
MZ: Mozambican
MM: Myanmar ; Burma
NA: Namibian
NR: Nauruan
NP: Nepali | Nepalese
NL: Dutch ; Holland | the Netherlands
NZ: New Zealand
NI: Nicaraguan
NE: Nigerien
NG: Nigerian
MK: Macedonian ; Macedonia
NO: Norwegian
OM: Omani ; Sultanate of Oman
PK: Pakistani
PW: Palauan
PS: Palestinian
PA: Panamanian
PG: Papua New Guinean
PY: Paraguayan
PE: Peruvian
PH: Filipino | Philippine ; the Philippines
PL: Polish
PT: Portuguese
QA: Qatari
RO: Romanian
RU: Russian ; Russian Federation
RW: Rwandan
KN: Kittitian ; Saint Kitts
LC: Saint Lucian
VC: Vincentian
WS: Samoan
SM: Sammarinese
ST: Santomean
SA: Saudi ; Saudi Arabia | KSA
SN: Senegalese
RS: Serbian
SC: Seychellois
SL: Sierra Leonean
SG: Singaporean
SK: Slovak
SI: Slovenian | Slovene
SB: Solomon Islander
SO: Somali
ZA: South African
SS: South Sudanese
ES: Spanish
LK: Sri Lankan
SD: Sudanese
SR: Surinamese
SE: Swedish
CH: Swiss
SY: Syrian
TW: Taiwanese
TJ: Tajik | Tajikistani
TZ: Tanzanian
TH: Thai
TL: Timorese ; East Timor
TG: Togolese
TO: Tongan
TT: Trinidadian ; Trinidad
TN: Tunisian
TR: Turkish ; Turkey | Republic of Türkiye | Republic of Turkey
TM: Turkmen
TV: Tuvaluan
UG: Ugandan
UA: Ukrainian
AE: Emirati ; UAE | the UAE | the Emirates
GB: British ; UK | Britain | Great Britain | the UK | the United Kingdom
US: American ; US | USA | U.S. | the US | the United States | United States of America | America
UY: Uruguayan
UZ: Uzbek | Uzbekistani
VU: Vanuatuan | Ni-Vanuatu
VE: Venezuelan
VN: Vietnamese ; Viet Nam
YE: Yemeni
ZM: Zambian
ZW: Zimbabwean
"""

# Region names that contain a country word; matched first so that "Latin American" or
# "American Samoa" is not read as the United States, nor "Indian Ocean" as India.
NOT_COUNTRIES = (
    "Latin America", "Latin American", "South America", "South American", "North America",
    "North American", "Central America", "Central American", "American Samoa", "Indian Ocean",
    "South China Sea", "East China Sea", "Pan-African",
)


def table() -> dict[str, tuple[list[str], list[str]]]:
    """Adjectives and aliases by alpha-2 code."""
    result = {}
    for line in _TABLE.strip().splitlines():
        code, _, rest = line.partition(":")
        adjectives, _, aliases = rest.partition(";")
        result[code.strip()] = (_items(adjectives), _items(aliases))
    return result


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]
