"""Deployments: one table of cases per class of phrasing, in both languages, written about
conflicts outside the dev corpus. Each case asserts the row's sender, host, force, action and
count (count_best, or count_low for a vague or range figure)."""
import pytest

from seedtables import lang
from seedtables.extract.article import extract_seed
from seedtables.seeds import read_seed

# (language, text, sender, host, force, action, count)
KEEPS = [  # "mantiene 600 militari", "keeps about 900 troops": a standing presence
    # (forces counted as part of a mission are there; the counted ones are the presence's own, not
    # the mission named before them; a strength that "has reached" a number is a presence)
    ("it", "Della missione Minusca fanno parte anche 780 militari ruandesi.", "RWA", "CAF", "troops", "presence", 780),
    ("it", "Il contingente Minusca, di cui fanno parte anche 780 militari ruandesi, è stato attaccato a Bangui.", "RWA",
     "CAF", "troops", "presence", 780),
    ("en", "Some 780 Rwandan soldiers are part of the MINUSCA mission in the Central African Republic.", "RWA", "CAF",
     "troops", "presence", 780),
    ("en", "The number of French troops in Chad has reached 1,000.", "FRA", "TCD", "troops", "presence", 1000),
    ("it", "Il contingente francese in Ciad ha raggiunto i mille effettivi.", "FRA", "TCD", "troops", "presence", 1000),
    # (a country before "dove" is where the relative clause's forces are; "di stanza" is stationed)
    ("it", "Il Gabon, dove erano di stanza 350 soldati francesi, ha chiesto la chiusura della base.", "FRA", "GAB",
     "troops", "presence", 350),
    ("it", "Si stima che i mercenari russi in Mali sarebbero tra mille e duemila.", "RUS", "MLI", "troops", "presence",
     1000),
    # (a verb of having before forces told deployed: the forces it keeps there)
    ("en", "Britain has about 800 troops deployed in Estonia.", "GBR", "EST", "troops", "presence", 800),
    ("it", "La Francia ha 1.000 militari dispiegati in Gibuti.", "FRA", "DJI", "troops", "presence", 1000),
    ("it", "La Francia mantiene 600 militari in Ciad.", "FRA", "TCD", "troops", "presence", 600),
    ("en", "Britain keeps about 900 troops in Estonia.", "GBR", "EST", "troops", "presence", 900),
    ("en", "Turkey maintains some 2,000 soldiers in northern Iraq.", "TUR", "IRQ", "troops", "presence", 2000),
    ("it", "Secondo fonti diplomatiche, la Turchia contava in Libia circa 2.000 militari.", "TUR", "LBY",
     "troops", "presence", 2000),
    ("it", "La Russia disporrebbe di un contingente di 1.200 uomini in Siria.", "RUS", "SYR", "troops",
     "presence", 1200),
]
AT_WORK = [  # "sarebbero già al lavoro", "are already at work", "stanziati": hedged or plain presence
    ("it", "Circa 500 genieri turchi sarebbero già al lavoro in Libia.", "TUR", "LBY", "engineers",
     "presence", 500),
    ("en", "About 500 Turkish engineers are already at work in Libya.", "TUR", "LBY", "engineers",
     "presence", 500),
    ("it", "Circa 300 soldati americani sono stanziati in Siria per la difesa aerea.", "USA", "SYR", "troops",
     "presence", 300),
    ("it", "Oggi in Siria i militari russi sarebbero fino a 4.000.", "RUS", "SYR", "troops", "presence", 4000),
    ("en", "MINUSCA maintains its current personnel level of 14,400 troops in the Central African Republic.", "MINUSCA",
     "CAF", "troops", "presence", 14400),
]
WITHDRAWALS = [  # "pulled its last 1,500 soldiers out of Niger", "ha lasciato il Paese"
    ("en", "France pulled its last 1,500 soldiers out of Niger.", "FRA", "NER", "troops", "withdraw", 1500),
    # an adverb between the auxiliary and "left"; those who stay are a presence
    ("it", "Secondo il governo, 900 soldati britannici e il 60% dei mezzi hanno già lasciato l'Estonia.", "GBR", "EST",
     "troops", "withdraw", 900),
    ("en", "About 900 British soldiers have already left Estonia.", "GBR", "EST", "troops", "withdraw", 900),
    ("it", "In Estonia restano 120 soldati britannici.", "GBR", "EST", "troops", "presence", 120),
    ("it", "Secondo fonti locali, in Mali sarebbero presenti circa 2.000 mercenari russi.", "RUS", "MLI", "troops",
     "presence", 2000),
    ("en", "The last group of 1,000 US soldiers left the air base in Niger.", "USA", "NER", "troops", "withdraw", 1000),
    ("en", "Last Indian troops leave the Maldives. As many as 26 soldiers withdrew on Friday.", "IND", "MDV", "troops",
     "withdraw", 26),
    ("it", "Circa due dozzine di soldati britannici sono arrivati in Estonia.", "GBR", "EST", "troops", "deploy", 24),
    ("it", "Estonia, il ritiro. Secondo il governo estone, 900 soldati britannici hanno già lasciato il Paese.", "GBR",
     "EST", "troops", "withdraw", 900),
    # the side a force fights beside is no second host for the same count
    ("en", "Between 2,000 and 3,000 Ugandan troops are deployed in eastern Congo, operating alongside the M23.",
     "UGA", "COD", "troops", "deploy", 2000),
    ("it", "Il Regno Unito ha ritirato gli ultimi 250 soldati dal Mali.", "GBR", "MLI", "troops", "withdraw",
     250),
]
LANDS = [  # a country's land named by its people ("sul suolo bielorusso") is a place, not the force's owner
    ("en", "Russia keeps about 1,500 soldiers on Belarusian soil.", "RUS", "BLR", "troops", "presence", 1500),
    ("it", "La Russia mantiene circa 1.500 soldati sul suolo bielorusso.", "RUS", "BLR", "troops", "presence", 1500),
    ("en", "The last 300 French troops withdrew from Nigerien soil.", "FRA", "NER", "troops", "withdraw", 300),
    ("it", "Gli ultimi 200 soldati francesi si sono ritirati dal suolo nigerino.", "FRA", "NER", "troops",
     "withdraw", 200),
    # a region named by its country's people is that country's: never the force's owner
    ("it", "La Cina ha inviato almeno 3.000 soldati nell'estremo oriente russo per un'esercitazione.", "CHN", "RUS",
     "troops", "deploy", 3000),
    ("en", "China has sent at least 3,000 troops to the Russian Far East for an exercise.", "CHN", "RUS", "troops",
     "deploy", 3000),
    ("en", "Turkey deployed about 1,000 soldiers to the Syrian north last year.", "TUR", "SYR", "troops", "deploy", 1000),
]
SUBORDINATE_SUBJECTS = [  # a clause opened after the sentence's subject sends with a subject of its own;
    # a backer named in an aside ("sostenuto dall'Iran") neither speaks nor sends
    ("it", "La Russia ha lanciato 90 missili su Leopoli, pochi giorni dopo che la Polonia, sostenuta dalla Germania, "
           "ha inviato 2.000 soldati in Lituania.", "POL", "LTU", "troops", "deploy", 2000),
    ("en", "Russia fired 90 missiles at Lviv, days after Poland sent 2,000 soldiers to Lithuania.", "POL", "LTU",
     "troops", "deploy", 2000),
]
SIDES = [  # "fighting for Ukrainian forces": the force named after the side word is the host's
    ("en", "Hundreds of Colombian nationals are fighting for Ukrainian forces.", "COL", "UKR", "other",
     "presence", 100),
    ("it", "Centinaia di cittadini colombiani combattono per le forze ucraine.", "COL", "UKR", "other",
     "presence", 100),
    ("en", "Eritrea admits its troops fought for Ethiopia in Tigray.", "ERI", "ETH", "troops", "presence",
     None),
    ("en", "Belarusian instructors have been helping Russian forces in Zaporizhzhia.", "BLR", "RUS",
     "advisers", "presence", None),
    ("en", "More than 400 Nepali citizens have been recruited to fight for Russia.", "NPL", "RUS", "other",
     "deploy", 400),
    # an enemy is no host: the place is
    ("en", "Burundian troops were fighting against the M23 near Goma.", "BDI", "COD", "troops", "presence", None),
    ("it", "Truppe burundesi combattono contro l'M23 vicino a Goma.", "BDI", "COD", "troops", "presence", None),
]
PARTITIVES = [  # "300 of them arrived", "ne conta 1.500", "di questi, 3.000 sono arrivati"
    ("en", "Russia sent 5,000 soldiers to Syria. About 300 of them arrived at a base near Latakia.", "RUS",
     "SYR", "troops", "deploy", 300),
    ("it", "La Turchia ha inviato truppe in Libia. In Libia la Turchia ne conta ora 1.500.", "TUR", "LBY",
     "troops", "presence", 1500),
    ("it", "La Russia ha inviato truppe in Siria. Di questi, circa 3.000 sono arrivati a Latakia.", "RUS",
     "SYR", "troops", "deploy", 3000),
]
SENDER_AFTER = [  # an actor after the force noun is its sender only through a link word
    ("en", "Chad says its soldiers fought for Niger last year.", "TCD", "NER", "troops", "presence", None),
    ("it", "Le truppe di Kigali sono arrivate nel Mozambico.", "RWA", "MOZ", "troops", "deploy", None),
    # the force as the object of a relative clause: its subject is the sender
    ("en", "The brigade will take over the NATO battlegroup in Estonia, which Britain has led since 2017.", "GBR",
     "EST", "troops", "presence", None),
]
GROUPS = [  # an armed group is its own force when it leaves or arrives
    ("it", "Il gruppo Wagner ha annunciato di aver lasciato la Libia, dove era arrivato nel 2019.", "WAGNER",
     "LBY", "troops", "withdraw", None),
    ("it", "Il gruppo Wagner ha annunciato di aver lasciato la Libia, dove era arrivato nel 2019.", "WAGNER",
     "LBY", "troops", "deploy", None),
    ("en", "Wagner pulled out of the Central African Republic in May.", "WAGNER", "CAF", "troops", "withdraw",
     None),
]
HOMEWARD = [  # "rimpatriati in Corea del Nord": the place is home, the host is the country left
    ("it", "La Corea del Nord ha inviato 10.000 soldati in Russia. Da gennaio circa duemila soldati sono stati "
     "rimpatriati in Corea del Nord.", "PRK", "RUS", "troops", "withdraw", 2000),
    ("en", "North Korea sent 10,000 soldiers to Russia. Since January about 2,000 soldiers have been withdrawn "
     "to North Korea.", "PRK", "RUS", "troops", "withdraw", 2000),
]
STATIONED = [  # a counted force in a place with no verb: "Spain's 650 troops in Lebanon"
    ("en", "Spain's 650 troops in Lebanon serve under the UN flag.", "ESP", "LBN", "troops", "presence", 650),
    ("it", "I 1.000 militari italiani in Libano fanno parte della missione Unifil.", "ITA", "LBN", "troops",
     "presence", 1000),
    ("en", "A 4,000-strong Kenyan contingent is deployed in Haiti.", "KEN", "HTI", "troops", "deploy", 4000),
]
ASIDES = [  # a force in an aside counting part of the forces is not the trigger's own
    ("it", 'Secondo Kiev, 12.000 soldati nordcoreani, tra cui "circa 500 ufficiali", sono stati inviati al '
     "fronte nella regione russa di Belgorod.", "PRK", "RUS", "troops", "deploy", 12000),
    ("en", "Some 3,000 Rwandan soldiers, including 200 officers, were sent to Mozambique.", "RWA", "MOZ", "troops",
     "deploy", 3000),
]
MISSIONS = [  # peacekeepers no state is named for: the mission the sentence names, else the UN
    ("en", "Some 11,000 peacekeepers are deployed in South Sudan.", "UN", "SSD", "troops", "deploy", 11000),
    ("it", "In Libano sono impegnati circa 10 mila caschi blu dell'Unifil.", "UNIFIL", "LBN", "troops", "presence",
     10000),
]
ORIGINS_AND_POLICE = [  # the origin is the sender: "soldiers from neighbouring Rwanda"; police are "other"
    ("en", "In Burundi, the rebels are backed by some 3,000 soldiers from neighbouring Rwanda.", "RWA", "BDI",
     "troops", "presence", 3000),
    ("it", "In Burundi i ribelli sono appoggiati da circa 3.000 soldati del vicino Ruanda.", "RWA", "BDI", "troops",
     "presence", 3000),
    ("en", "Another 200 Kenyan police officers arrived in Haiti on Monday.", "KEN", "HTI", "other", "deploy", 200),
    ("it", "Altri 200 poliziotti kenioti sono arrivati ad Haiti.", "KEN", "HTI", "other", "deploy", 200),
    ("en", "Ireland contributes 340 troops to the mission in Lebanon.", "IRL", "LBN", "troops", "deploy", 340),
    ("it", "Altri 200 poliziotti sono arrivati dal Kenya ad Haiti.", "KEN", "HTI", "other", "deploy", 200),
    ("it", "Su richiesta del Mozambico, il Rwanda ha dispiegato 1.000 soldati a Cabo Delgado.", "RWA", "MOZ",
     "troops", "deploy", 1000),
]

def test_a_list_of_withdrawals_keeps_each_count_and_the_article_sender(tmp_path):
    # the second paragraph names no sender: the article's last one; "and 9 withdrew": the noun left out
    rows = _rows(tmp_path, "en", "The Dutch soldiers stationed in Mali were repatriated by Friday.\n\n"
                 "Some 40 soldiers withdrew from Gao in March, while 25 soldiers withdrew from Kidal in April, and 9 "
                 "withdrew from Timbuktu on Tuesday.")
    assert [(r["sender"], r["host"], r["action"], r["count_best"]) for r in rows] == [
        ("NLD", "MLI", "withdraw", None), ("NLD", "MLI", "withdraw", 40), ("NLD", "MLI", "withdraw", 25),
        ("NLD", "MLI", "withdraw", 9)]


@pytest.mark.parametrize("language,text", [
    ("it", "Il trasferimento pone fine a più di otto anni di presenza dell'esercito tedesco in Mali."),
    ("en", "The pullout ends a decade-long military presence of German troops in Mali."),
])
def test_an_end_put_to_a_presence_is_a_withdrawal(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["action"]) for r in rows] == [("DEU", "MLI", "withdraw")]


def test_a_part_counted_out_of_a_whole_is_the_force_that_left_and_civilian_staff_are_none(tmp_path):
    rows = _rows(tmp_path, "en", "The UN mission in Mali said 9,400 peacekeepers out of 12,000 and 300 out of 900 civilian "
                 "staff had been evacuated.")
    assert [(r["sender"], r["host"], r["action"], r["count_best"]) for r in rows] == [("UN", "MLI", "withdraw", 9400)]


LEADERS = [  # a leader who sends stands for the state
    ("en", "Putin sent 3,000 troops to Kazakhstan on Thursday.", "RUS", "KAZ", "troops", "deploy", 3000),
    ("it", "Erdogan ha inviato 2.000 soldati in Libia.", "TUR", "LBY", "troops", "deploy", 2000),
]
COPULAS = [  # "are still in Syria": a copula and a place, with the forces right before it
    ("en", "Fewer than 200 French personnel were at the base in Chad when the convoy left.", "FRA", "TCD", "troops",
     "presence", 200),
    ("it", "Circa trecento soldati francesi sono ancora in Ciad.", "FRA", "TCD", "troops", "presence", 300),
    # "there are N ...": the forces counted right after it
    ("en", "Documents show there are 120 Indian soldiers in Bhutan.", "IND", "BTN", "troops", "presence", 120),
    ("it", "In Ciad ci sono ancora circa 900 soldati francesi.", "FRA", "TCD", "troops", "presence", 900),
]
MOVES = [  # forces added to a presence, or moved from elsewhere
    ("en", "Britain has added about 600 troops in Estonia over the past month.", "GBR", "EST", "troops", "deploy", 600),
    ("it", "Il Regno Unito ha aggiunto circa 600 soldati in Estonia nell'ultimo mese.", "GBR", "EST", "troops",
     "deploy", 600),
    ("it", "Londra ha spostato in Estonia 600 soldati.", "GBR", "EST", "troops", "deploy", 600),
    ("it", "Circa 300 soldati turchi sono sbarcati a Tripoli.", "TUR", "LBY", "troops", "deploy", 300),
    ("en", "About 300 Turkish soldiers landed in Tripoli.", "TUR", "LBY", "troops", "deploy", 300),
    # "number about N", "sono circa N": a presence counted
    ("en", "The Spanish troops in Lebanon number about 650.", "ESP", "LBN", "troops", "presence", 650),
    ("it", "I soldati spagnoli in Libano sono circa 650.", "ESP", "LBN", "troops", "presence", 650),
]
COMPOSED = [  # a force's size told by what it is made of: "comprised 1,200 troops", "composta da 800 militari"
    ("en", "A Turkish contingent was sent to Northern Cyprus. The force comprised 1,200 troops.", "TUR",
     "CYP", "troops", "presence", 1200),
    ("it", "Un contingente egiziano è stato inviato in Somalia. La forza era composta da 800 militari.", "EGY", "SOM",
     "troops", "presence", 800),
    ("en", "The Kenyan unit in Haiti consists of about 400 police officers.", "KEN", "HTI", "other", "presence", 400),
    ("it", "Il contingente keniota ad Haiti è formato da circa 400 poliziotti.", "KEN", "HTI", "other", "presence",
     400),
    # an adverb between "there are" and the count
    ("en", "Italy is active in Niger, and there are currently about 350 Italian soldiers in the country.", "ITA",
     "NER", "troops", "presence", 350),
]
NAMED_MISSIONS = [  # missions of the UN, the AU and the EU beyond the dev corpus's, by their acronyms
    ("en", "At its height, UNMISS had nearly 17,000 troops in South Sudan.", "UNMISS", "SSD", "troops", "presence",
     17000),
    ("it", "L'Eufor conta circa 1.100 militari in Bosnia.", "EUFOR", "BIH", "troops", "presence", 1100),
]
AGENTS_AND_OTHERS = [
    # a state's people counted as part of a mission's force are that state's contingent; a total told in an
    # apposition after the force's verb counts it
    ("en", "MINUSCA has more than 14,000 troops in the Central African Republic, including about 2,000 Rwandans.",
     "RWA", "CAF", "troops", "presence", 2000),
    ("it", "Cresce l'allarme per il contingente della missione Minusca schierato a Bangui, in tutto oltre 14mila "
           "militari, inclusi circa 2.000 ruandesi.", "RWA", "CAF", "troops", "deploy", 2000),
    ("it", "Cresce l'allarme per il contingente della missione Minusca schierato a Bangui, in tutto oltre 14mila "
           "militari, inclusi circa 2.000 ruandesi.", "MINUSCA", "CAF", "troops", "deploy", 14000),
    # battle groups are forces
    ("en", "NATO has been strengthening its eastern flank, deploying additional multinational battle groups to "
           "Romania, Hungary, Bulgaria, and Slovakia.", "NATO", "SVK", "troops", "deploy", None),
    ("it", "La Nato ha rafforzato il fianco est, dispiegando nuovi gruppi di battaglia multinazionali in Romania, "
           "Ungheria, Bulgaria e Slovacchia.", "NATO", "BGR", "troops", "deploy", None),
    # states listed after a deploying verb's "by countries including" send the forces, to the host
    # the title gives; none of them is a host
    ("en", "Fighting goes on in eastern Congo. The UN mission there has been reinforced by peacekeepers deployed by "
           "countries including Nepal, Uruguay and Tanzania.", "URY", "COD", "troops", "deploy", None),
    ("it", "In Somalia la situazione resta tesa. La missione si regge su soldati inviati da paesi come Uganda, Burundi "
           "e Kenya.", "BDI", "SOM", "troops", "deploy", None),
    # a count of "other" people of a state that sent forces counts more of those forces; "already serving in",
    # "working alongside" a state's police say they are there
    ("en", "Uganda sent 300 more soldiers to Somalia on Monday. The new troops join some 4,000 other Ugandans already "
           "serving in Somalia.", "UGA", "SOM", "troops", "presence", 4000),
    ("it", "L'Uganda ha inviato altri 300 soldati in Somalia lunedì. I nuovi militari raggiungono circa 4.000 altri "
           "ugandesi già schierati in Somalia.", "UGA", "SOM", "troops", "deploy", 4000),
    ("en", "More than 700 Kenyan police officers are already working alongside Haiti's National Police.", "KEN", "HTI",
     "other", "presence", 700),
]

PLACE_COUNTS = [  # a second count with no noun and another country: the same force there
    # a wire's dateline and a qualifier before the count; a named base left
    ("en", "DAKAR (Reuters) - Over 1,200 Chadian troops have been deployed in northern Cameroon, officials said.", "TCD",
     "CMR", "troops", "deploy", 1200),
    ("en", "Around 300 French troops left the Faya-Largeau base in Chad on Friday.", "FRA", "TCD", "troops", "withdraw",
     300),
    ("it", "La Turchia schiera ancora 3.000 militari in Siria e quasi 1.000 in Iraq, secondo fonti locali.", "TUR",
     "IRQ", "troops", "deploy", 1000),
    ("it", "In Sudan ci sono ancora più di 2.000 mercenari ciadiani.", "TCD", "SDN", "troops", "presence", 2000),
    ("it", "Nel 2005 la missione Eufor in Bosnia è stata ridotta a circa 7.000 unità.", "EUFOR", "BIH", "troops", "presence",
     7000),
    ("it", "Il Portogallo ha fornito alla missione in Mozambico 300 militari.", "PRT", "MOZ", "troops", "deploy", 300),
    ("en", "Portugal provided 300 troops to the mission in Mozambique.", "PRT", "MOZ", "troops", "deploy", 300),
    ("en", "Britain keeps about 1,000 troops in Estonia and some 150 in Poland.", "GBR", "POL", "troops", "presence",
     150),
    ("it", "La Francia mantiene 1.000 militari in Ciad e circa 350 in Gabon.", "FRA", "GAB", "troops", "presence",
     350),
]

STARTED = [  # forces a state "ha iniziato a schierare", "began deploying": deployed (codebook 7: no plan)
    ("it", "Il Kenya ha iniziato a schierare il suo contingente di 400 poliziotti ad Haiti.", "KEN", "HTI", "other",
     "deploy", 400),
    ("en", "Kenya began deploying its contingent of 400 police officers to Haiti.", "KEN", "HTI", "other", "deploy", 400),
]
TOTALS = [  # a force raised, brought or taken to a new strength: the total is the presence
    # (a force's total that "amounts to", "ammonta a", or that its troops "number": no identifier's number)
    ("it", "Il totale del personale spagnolo in territorio maliano ammonta, quindi, a 640 unità.", "ESP", "MLI",
     "troops", "presence", 640),
    ("en", "The Spanish contingent in Mali amounts to 640 troops.", "ESP", "MLI", "troops", "presence", 640),
    ("en", "Spanish troops in Mali number 640.", "ESP", "MLI", "troops", "presence", 640),
    ("en", "Ghana's new battalion takes the UN force in Lebanon to 10,500 troops.", "UN", "LBN", "troops", "presence",
     10500),
    ("en", "London sent 300 more soldiers, increasing its force in Estonia to 1,700 troops.", "GBR", "EST",
     "troops", "presence", 1700),
    ("en", "The new company brings the total Canadian force in Latvia to 2,200.", "CAN", "LVA", "troops",
     "presence", 2200),
    ("it", "La decisione porta il contingente spagnolo in Libano a 650 militari.", "ESP", "LBN", "troops", "presence",
     650),
    # a deployment named as a noun with its count; "dispone attualmente di"
    ("en", "Kenya's deployment of at least 1,000 police officers to Haiti began in June.", "KEN", "HTI", "other",
     "deploy", 1000),
    ("it", "L'invio di 300 militari italiani in Niger è cominciato a marzo.", "ITA", "NER", "troops", "deploy", 300),
    ("it", "Il Cile ha completato l'invio dell'intero contingente di circa 500 soldati ad Haiti.", "CHL", "HTI", "troops",
     "deploy", 500),
    ("it", "La Spagna dispone attualmente di 650 uomini in Libano.", "ESP", "LBN", "troops", "presence", 650),
    ("it", "Prima della crisi Madrid aveva mille uomini in Libano.", "ESP", "LBN", "troops", "presence", 1000),
    # a count of contingents is no head count; a count in brackets with its place is one
    ("it", "La Francia mantiene due contingenti (1.500 in Ciad e 900 in Gabon) in Africa.", "FRA", "TCD", "troops",
     "presence", 1500),
    # another place of the same host is another row
    ("it", "Prima della guerra Mosca aveva mille uomini in Ossezia del sud e 2.500 in Abkhazia.", "RUS", "GEO", "troops",
     "presence", 2500),
    # a place between the existential and the count; a count in words after "conta"
    ("it", "La Spagna è impegnata in Libano dal 2006 e oggi ci sono nel paese circa 650 soldati spagnoli.", "ESP", "LBN",
     "troops", "presence", 650),
    ("it", "La Minusca, la missione dell'Onu in Centrafrica, conta oltre quindicimila militari nel Paese.", "MINUSCA",
     "CAF", "troops", "presence", 15000),
    ("it", "Il governo ha aumentato a 1.300 il numero dei soldati belgi in Mali.", "BEL", "MLI", "troops", "presence",
     1300),
    # a number that has risen to a new total; a country known by its older English name
    ("en", "The number of Portuguese soldiers in East Timor has risen to 750.", "PRT", "TLS", "troops", "presence", 750),
    ("it", "Il numero dei soldati portoghesi a Timor Est è salito a 750.", "PRT", "TLS", "troops", "presence", 750),
]
HOSTS = [  # "hosts", "ospita": the subject is the host, the forces' people their sender; "siano"
    ("en", "Niger hosts about 1,100 American soldiers at a drone base near Agadez.", "USA", "NER", "troops", "presence",
     1100),
    ("it", "Secondo fonti locali, la base nigerina ospiterebbe non meno di 1.100 militari americani.", "USA", "NER",
     "troops", "presence", 1100),
    ("it", "Si stima che i soldati turchi in Somalia siano 2.000.", "TUR", "SOM", "troops", "presence", 2000),
    # a noun "in aggiunta" is no verb of saying, so the sender stays the subject
    ("it", "La Turchia ha inviato in Somalia 40 militari, in aggiunta ai 200 già presenti nella base.", "TUR", "SOM",
     "troops", "deploy", 40),
]
COMING_AND_GOING = [  # "going home" is a withdrawal, "streaming into" and "landed at" deployments; "950 others"
    ("en", "While 1,200 Dutch soldiers are going home, 300 others have started streaming into Mali.", "NLD", "MLI",
     "troops", "deploy", 300),
    ("en", "While 1,200 Dutch soldiers are going home, 300 others have started streaming into Mali.", "NLD", "MLI",
     "troops", "withdraw", 1200),
    ("en", "About 90 Estonian soldiers from the Scouts Battalion landed at Bamako airport in Mali.", "EST", "MLI",
     "troops", "deploy", 90),
    # a presence whose sentence counts others killed keeps its count
    ("en", "About 650 Spanish troops stationed in Lebanon patrol the border, where two were killed last year.", "ESP",
     "LBN", "troops", "presence", 650),
    # a count of deliveries or of cargo planes is no head count of the advisers who landed: no count
    ("en", "Turkish advisers landed in Mogadishu, where they made two deliveries of equipment in three cargo planes.",
     "TUR", "SOM", "advisers", "deploy", None),
]
ELIDED = [  # a count right before the verb, its force noun left out
    ("it", "La Francia valuta il ritiro di 500 soldati, parte dei 2.800 attualmente schierati in Niger.", "FRA", "NER",
     "troops", "deploy", 2800),
]
PLACED = [  # "dislocati", "si sono recati", "ne fanno parte", "force strength": presences and moves
    ("it", "I 400 militari spagnoli sono dislocati nella base di Herat, in Afghanistan.", "ESP", "AFG", "troops",
     "deploy", 400),
    ("it", "Circa 40 soldati olandesi si sono recati in Lituania.", "NLD", "LTU", "troops", "deploy", 40),
    ("it", "In Sud Sudan c'è una missione delle Nazioni Unite: ne fanno parte più di 12mila soldati.", "UN", "SSD",
     "troops", "presence", 12000),
    ("en", "The force strength of the Kenyan contingent in Somalia was 3,600 troops.", "KEN", "SOM", "troops",
     "presence", 3600),
]
CONTRIBUTORS = [  # a list of the states that contribute a mission's force: each its sender, the mission's host
    ("it", "In Sud Sudan l'Unmiss contava 14.000 militari, dei quali 1.600 del Ruanda, 1.300 del Nepal, "
     "dell'India (1 100) e Ghana (700).", "RWA", "SSD", "troops", "presence", 1600),
    ("it", "In Sud Sudan l'Unmiss contava 14.000 militari, dei quali 1.600 del Ruanda, 1.300 del Nepal, "
     "dell'India (1 100) e Ghana (700).", "GHA", "SSD", "troops", "presence", 700),
]
SENT_BY_AIR = [  # "mandato" sends; forces airlifted or flown to a country are deployed
    # (forces that cross a border into a country are sent there, counted or not)
    ("en", "Rwandan troops crossed the border into eastern Congo.", "RWA", "COD", "troops", "deploy", None),
    ("it", "Le truppe ruandesi hanno attraversato il confine congolese.", "RWA", "COD", "troops", "deploy", None),
    ("it", "Oltre 3.000 soldati ruandesi sono penetrati a Goma.", "RWA", "COD", "troops", "deploy", 3000),
    ("it", "Il Portogallo ha mandato 200 effettivi in Mozambico.", "PRT", "MOZ", "troops", "deploy", 200),
    ("en", "Some 800 Rwandan troops were airlifted to Mozambique.", "RWA", "MOZ", "troops", "deploy", 800),
    ("en", "About 800 Rwandan soldiers were flown into Mozambique last week.", "RWA", "MOZ", "troops", "deploy", 800),
    # forces moved, rushed or brought in: sent, with the force named within three words of the verb
    ("en", "Rwanda has moved 1,000 more soldiers into eastern Congo.", "RWA", "COD", "troops", "deploy", 1000),
    ("en", "Uganda rushed 500 troops into Ituri.", "UGA", "COD", "troops", "deploy", 500),
    # a present tense of deploying with the place before the count, or "una forza di" between
    ("it", "Il Ruanda schiera in Mozambico 2.500 soldati.", "RWA", "MOZ", "troops", "deploy", 2500),
    ("it", "Il Ruanda dispiega a Cabo Delgado una forza di 2.500 uomini.", "RWA", "MOZ", "troops", "deploy", 2500),
]
PEOPLE_AND_BRACKETS = [  # a second count told by a people's name; each country's count in brackets
    ("en", "The battalion, made up of about 500 Spanish soldiers and 130 Portuguese, began arriving in Lebanon.", "PRT",
     "LBN", "troops", "deploy", 130),
    ("it", "Il battaglione, composto da circa 500 soldati spagnoli e 130 portoghesi, è arrivato in Libano.", "PRT",
     "LBN", "troops", "deploy", 130),
    ("it", "La Spagna ha inviato 100 soldati in Mali. Il contingente più numeroso resta schierato in Libano (650), "
     "Lettonia (500) e Turchia (150).", "ESP", "LVA", "troops", "deploy", 500),
]
ENTERED_AND_ON_THE_GROUND = [  # forces that entered a town, forces "on the ground in", an arrival named as a noun
    ("en", "Officials said some 900 Senegalese troops had entered the town of Bissau on Monday.", "SEN", "GNB", "troops",
     "deploy", 900),
    ("en", "A spokesman said about 2,000 Ethiopian soldiers were now on the ground in Somalia.", "ETH", "SOM", "troops",
     "presence", 2000),
    ("it", "La Francia sta schierando in Estonia tre carri armati e 300 unità di personale.", "FRA", "EST",
     "troops", "deploy", 300),
    ("it", "La missione è cominciata con l'arrivo di 250 agenti kenyani a Port-au-Prince, ad Haiti.", "KEN", "HTI",
     "other", "deploy", 250),
    ("en", "The mission began with the arrival of 250 Kenyan police officers in Haiti.", "KEN", "HTI", "other",
     "deploy", 250),
]
LEFT_FROM = [  # the place forces withdraw from is their host, with no other place named; an infinitive of starting
    ("en", "The Turkish soldiers withdrew from Nagorno-Karabakh in April.", "TUR", "AZE", "troops", "withdraw", None),
    ("it", "I soldati turchi hanno cominciato a ritirarsi dal Nagorno-Karabakh.", "TUR", "AZE", "troops", "withdraw",
     None),
]
FLOWN_AND_DOUBLED = [  # "flew into", "travelled by road to"; a contribution doubled to a new total
    ("en", "Forty Australian special forces troops flew into Dili, in East Timor, on Monday.", "AUS", "TLS",
     "special_forces", "deploy", 40),
    ("en", "Romania has doubled its contribution to the mission in Afghanistan to over 1,200 troops.", "ROU", "AFG",
     "troops", "presence", 1200),
]
TRAINING_AND_EXITS = [  # forces training in a country are there; troops that exit the bases leave
    ("it", "Da giorni circa 800 soldati bielorussi si stanno addestrando in Russia.", "BLR", "RUS", "troops",
     "presence", 800),
    ("en", "That saw 1,500 Burundian troops exit the bases in Somalia last month.", "BDI", "SOM", "troops",
     "withdraw", 1500),
]
COUNTED_ON = [  # a second count coordinated after the first, its noun left out: more of the same forces
    ("it", "Il Burundi aveva inviato in Somalia 400 soldati a marzo e oltre 250 il mese scorso.", "BDI", "SOM",
     "troops", "deploy", 250),
    ("en", "Burundi sent 400 soldiers to Somalia in March and more than 250 last month.", "BDI", "SOM", "troops",
     "deploy", 250),
]
CARRIED_AND_GROWN = [  # a force word that qualifies the craft ("air force planes") is no force; a total grown "fino a"
    ("en", "Three Turkish air force planes landed in Tripoli carrying about 150 troops.", "TUR", "LBY", "troops",
     "deploy", 150),
    ("it", "La Turchia ha inviato in Libia 300 consiglieri militari, e il numero è salito poi fino a 450.", "TUR", "LBY",
     "advisers", "presence", 450),
    ("en", "Turkey sent 300 military advisers to Libya, and their number has since risen to 450.", "TUR", "LBY",
     "advisers", "presence", 450),
]
MISSION_HOSTS = [  # a named mission's peacekeepers serve in its country when no place is said
    ("en", "The withdrawal of the 1,500 MINURSO peacekeepers began on Monday.", "MINURSO", "ESH", "troops", "withdraw",
     1500),
    ("it", "Il ritiro dei 1.500 caschi blu della Minusca è cominciato lunedì.", "MINUSCA", "CAF", "troops", "withdraw",
     1500),
    ("it", "Il rientro dei 900 caschi blu dell'Unmil è cominciato lunedì.", "UNMIL", "LBR", "troops", "withdraw", 900),
]

MOVED_WITHOUT_SENDING = [  # forces massed, brought in, reinforcing, come into or leaving a place: no verb of sending
    ("en", "Israel concentrated its forces around Khan Younis before the assault.", "ISR", "PSE", "troops", "deploy",
     None),
    ("it", "Israele ha ammassato le sue truppe intorno a Khan Younis.", "ISR", "PSE", "troops", "deploy", None),
    ("en", "Some 800 Burundian soldiers were brought in to guard the airport in Goma.", "BDI", "COD", "troops",
     "deploy", 800),
    ("en", "Around 1,200 Russian mercenaries had come into the Central African Republic by 2019.", "RUS", "CAF",
     "troops", "deploy", 1200),
    ("en", "Egypt reinforced its positions in Sudan with 400 commandos.", "EGY", "SDN", "special_forces", "deploy",
     400),
    ("it", "L'Egitto ha rafforzato le sue posizioni in Sudan con 400 commando.", "EGY", "SDN", "special_forces",
     "deploy", 400),
    ("it", "Le truppe ruandesi sono entrate nella città di Palma.", "RWA", "MOZ", "troops", "deploy", None),
    ("en", "Russian forces abandoned Izium in September 2022.", "RUS", "UKR", "troops", "withdraw", None),
    ("it", "Le forze russe hanno abbandonato Izium nel settembre 2022.", "RUS", "UKR", "troops", "withdraw", None),
    ("en", "Burundian troops retreated from Goma as the rebels advanced.", "BDI", "COD", "troops", "withdraw", None),
    ("en", "Ugandan soldiers remain in parts of Ituri, residents say.", "UGA", "COD", "troops", "presence", None),
    ("it", "I soldati ugandesi restano in alcune zone dell'Ituri.", "UGA", "COD", "troops", "presence", None),
    ("it", "Il Ruanda guida una forza di 2.000 uomini in Mozambico.", "RWA", "MOZ", "troops", "presence", 2000),
    # a count before "i soldati" after the copula, a reported source before it; forces "supporting" a side
    ("it", "Secondo l'Onu sarebbero duemila i soldati burundesi su suolo congolese.", "BDI", "COD", "troops",
     "presence", 2000),
    ("it", "Sono circa 900 i militari turchi ancora presenti in Somalia.", "TUR", "SOM", "troops", "presence", 900),
    ("en", "About 600 Rwandan troops are backing the rebels in South Kivu, investigators said.", "RWA", "COD", "troops",
     "presence", 600),
    # an incursion of counted forces; forces gone home; a part of the forces counted "of the" whole
    ("en", "Eritrea began its incursion of up to 3,000 soldiers into Ethiopia's Tigray region.", "ERI", "ETH", "troops",
     "deploy", 3000),
    ("en", "So far 400 of the 1,300 Kenyan police officers deployed in Haiti have returned home.", "KEN", "HTI",
     "other", "withdraw", 400),
    ("it", "Finora sono tornati a casa 400 dei 1.300 poliziotti kenioti schierati ad Haiti.", "KEN", "HTI", "other",
     "withdraw", 400),
    ("it", "I 250 soldati spagnoli sono rientrati in patria dal Mali.", "ESP", "MLI", "troops", "withdraw", 250),
    ("it", "Il contingente tedesco è stato costretto a lasciare il Mali.", "DEU", "MLI", "troops", "withdraw", None),
    ("en", "Ugandan troops are now in the villages of Boga and Tchabi in Ituri.", "UGA", "COD", "troops", "presence",
     None),
    ("it", "Le truppe ugandesi sono ora nei villaggi di Boga e Tchabi nell'Ituri.", "UGA", "COD", "troops", "presence",
     None),
]

OPERATIONS_AND_MEMBERS = [  # forces that carry out operations or patrol abroad are there; a mission's members
    # from states listed (an Oxford comma too) are each one's, and none of them is the host
    ("en", "Rwandan troops were conducting operations in the Cabo Delgado province of Mozambique on Monday.", "RWA", "MOZ",
     "troops", "presence", None),
    ("it", "Le truppe ruandesi conducono operazioni nella provincia di Cabo Delgado, in Mozambico.", "RWA", "MOZ",
     "troops", "presence", None),
    ("en", "Kenyan police officers patrol the streets of Port-au-Prince.", "KEN", "HTI", "other", "presence", None),
    ("en", "The mission in Somalia includes troops from Uganda, Burundi, and Kenya.", "KEN", "SOM", "troops",
     "presence", None),
    ("it", "La missione in Somalia comprende truppe provenienti da Uganda, Burundi e Kenya.", "BDI", "SOM", "troops",
     "presence", None),
]

HIRED = [  # hired fighters' people are not who sends them: the state that sends or hires them is
    ("en", "Russia sent about 1,500 Syrian mercenaries to Mali.", "RUS", "MLI", "troops", "deploy", 1500),
    ("en", "About 1,500 Syrian mercenaries sent by Russia are fighting in Mali.", "RUS", "MLI", "troops", "deploy",
     1500),
    ("it", "In Mali combattono circa 1.500 mercenari siriani inviati dalla Russia.", "RUS", "MLI", "troops", "deploy",
     1500),
]
COMMITTED = [  # forces "committed" to a mission or a country are sent there, no promise
    ("en", "Kenya has committed 1,000 police officers to the mission in Haiti.", "KEN", "HTI", "other", "deploy",
     1000),
    ("en", "Burundi committed about 2,000 soldiers to the force in Somalia.", "BDI", "SOM", "troops", "deploy", 2000),
    ("it", "Il Kenya ha impegnato 1.000 agenti nella missione ad Haiti.", "KEN", "HTI", "other", "deploy", 1000),
]
UNCOUNTED_PRESENCE = [  # forces a state has somewhere, or its "military presence", uncounted: a presence
    ("en", "Turkey maintains a military presence in northern Iraq.", "TUR", "IRQ", "troops", "presence", None),
    ("it", "La Francia mantiene una presenza militare a Gibuti.", "FRA", "DJI", "troops", "presence", None),
    ("en", "Burundi has had soldiers in eastern Congo for years.", "BDI", "COD", "troops", "presence", None),
    ("it", "La Russia ha ancora truppe in Siria.", "RUS", "SYR", "troops", "presence", None),
]
ALREADY_THERE = [  # forces "already deployed" are a deed, whatever the clause intends; a people's name on
    # another force noun of the phrase names their sender; "in servizio" in a place is a presence
    ("en", "The Ugandan troops will join a Kenyan army contingent of about 900 men already deployed in Bunia.",
     "KEN", "COD", "troops", "deploy", 900),
    ("it", "Le truppe ugandesi si uniranno a un contingente keniano di circa 900 uomini già schierati a Bunia.",
     "KEN", "COD", "troops", "deploy", 900),
    ("it", "I 1.100 militari spagnoli in servizio in Libano sono al sicuro.", "ESP", "LBN", "troops", "presence",
     1100),
]
LISTED_HOSTS = [  # each state listed with the host is a host too, when no count is told for them all
    ("en", "French forces have withdrawn from Mali, Burkina Faso and Niger in recent years.", "FRA", "NER", "troops",
     "withdraw", None),
    ("it", "Negli ultimi anni le forze francesi si sono ritirate da Mali, Burkina Faso e Niger.", "FRA", "BFA",
     "troops", "withdraw", None),
]
ARRIVAL_NOUN = [  # an arrival told as a noun, the place between it and the forces counted
    ("it", "Sembra confermato l'arrivo in Mali di centinaia di combattenti russi.", "RUS", "MLI", "troops", "deploy",
     100),
    ("en", "Officials confirmed the arrival in Mali of hundreds of Russian fighters.", "RUS", "MLI", "troops", "deploy",
     100),
]
HANDED_OVER = [  # a base handed over ("ha consegnato la base"), an airport left: forces withdrawn; border
    # guards are a force ("other"); a country named with an elided particle is a place ("Costa d'Avorio")
    ("it", "A febbraio la Francia ha consegnato la base militare in Costa d'Avorio.", "FRA", "CIV", "troops",
     "withdraw", None),
    ("en", "Russian border guards have left the airport in Armenia.", "RUS", "ARM", "other", "withdraw", None),
]

PEOPLES_LISTED = [  # several peoples counted by a verb of deploying are each a state's forces (not by one of coming)
    ("it", "Nel nord del Kosovo sono schierati anche 1.200 polacchi, 640 malesi e 300 ungheresi.", "MYS", "XKX", "troops",
     "deploy", 640),
    ("en", "Also deployed in northern Kosovo are 1,200 Poles, 640 Malaysians and 300 Hungarians.", "POL", "XKX",
     "troops", "deploy", 1200),
]
PEOPLE_ALREADY_THERE = [  # people of a state whose forces were sent, already deployed: those forces; a mission's
    # use of soldiers is their presence
    ("it", "Un nuovo contingente di agenti di polizia ruandesi è arrivato a Bangui. Si tratta di 150 agenti che si "
     "uniscono agli oltre 600 ruandesi già schierati nel Paese.", "RWA", "CAF", "troops", "deploy", 600),
    ("en", "A new contingent of Rwandan police officers arrived in Bangui. These are 150 officers who join the more "
     "than 600 Rwandans already deployed in the country.", "RWA", "CAF", "troops", "deploy", 600),
    ("it", "Attualmente la missione Minusca vede l'impiego complessivo di 750 soldati portoghesi.", "PRT", "CAF", "troops",
     "presence", 750),
]
MILITARY_AND_BASES = [  # "the US military" is a force before a verb of being there; vacating a base is leaving
    ("en", "The British military had been deployed in Oman to train its army.", "GBR", "OMN", "troops", "deploy", None),
    ("en", "British soldiers vacated their base in Muscat on Friday.", "GBR", "OMN", "troops", "withdraw", None),
    ("it", "I soldati britannici hanno abbandonato la loro base a Mascate venerdì.", "GBR", "OMN", "troops", "withdraw",
     None),
    ("it", "A maggio erano già operativi oltre 300 militari britannici in Oman.", "GBR", "OMN", "troops", "presence", 300),
    ("en", "By May, 300 British soldiers were already operational in Oman.", "GBR", "OMN", "troops", "presence", 300),
]
MISSION_AS_SUBJECT = [  # a mission named as its sentence's subject is a force: its presence, then its count carried
    ("en", "MINUSCA has been in the Central African Republic since 2014.", "MINUSCA", "CAF", "troops", "presence", None),
    ("it", "La Minusca è presente nella Repubblica Centrafricana dal 2014.", "MINUSCA", "CAF", "troops", "presence", None),
    ("en", "MINUSCA has been in the Central African Republic since 2014. It has 14,400 troops.", "MINUSCA", "CAF", "troops",
     "presence", 14400),
    ("it", "La Minusca è presente nella Repubblica Centrafricana dal 2014. Conta 14.400 militari.", "MINUSCA", "CAF",
     "troops", "presence", 14400),
]
CONTRIBUTORS_NAMED = [  # after a noun of contributors alone, states with their contingents in brackets are each present
    ("en", "MINUSCA has been in the Central African Republic since 2014. Other large contributors are Rwanda (2,150), "
     "Pakistan (1,300) and Malaysia (410).", "MYS", "CAF", "troops", "presence", 410),
    ("it", "La Minusca è presente nella Repubblica Centrafricana dal 2014. Tra i maggiori contributori seguono Ruanda "
     "(2.150), Pakistan (1.300) e Malesia (410).", "MYS", "CAF", "troops", "presence", 410),
]
ORIGIN_AND_DATELINE = [  # a dateline's country is no actor; states forces are said to come from are no host
    ("en", "Bangui, Central African Republic – The UN mission has withdrawn 1,200 peacekeepers from the country.",
     "UN", "CAF", "troops", "withdraw", 1200),
    ("en", "The UN mission in the Central African Republic withdrew 1,200 peacekeepers. The mission said the withdrawn "
     "troops are from Zambia, Gabon and Morocco.", "UN", "CAF", "troops", "withdraw", 1200),
    ("it", "La missione dell'ONU nella Repubblica Centrafricana ha ritirato 1.200 caschi blu. La missione ha detto che i "
     "soldati ritirati provengono dallo Zambia e dal Gabon.", "UN", "CAF", "troops", "withdraw", 1200),
]
EXERCISE_INVOLVED = [  # an exercise abroad that involved a state's troops is their presence (a name's number no count)
    ("it", "L'esercitazione in territorio georgiano Noble Partner 2024 coinvolse 120 militari americani e 300 georgiani.",
     "USA", "GEO", "troops", "presence", 120),
    ("en", "The exercise in Georgia involved 120 American soldiers and 300 Georgians.", "USA", "GEO", "troops", "presence",
     120),
]
PRESENCE_REDUCED = [  # a presence said to be reduced is a withdrawal from where it was
    ("it", "La presenza militare britannica è diminuita anche in Oman.", "GBR", "OMN", "troops", "withdraw", None),
    ("en", "Britain's military presence has also been reduced in Oman.", "GBR", "OMN", "troops", "withdraw", None),
]
RELATIVE_COUNT = [  # a mission's relative clause that counts it: the forces of the people the noun names
    ("it", "La missione spagnola in Libano, che conta 650 militari, sarà ridotta.", "ESP", "LBN", "troops", "presence",
     650),
    ("en", "The Spanish mission in Lebanon, which numbers 650 troops, will be reduced.", "ESP", "LBN", "troops", "presence",
     650),
]
ASIDE_AFTER_FORCES = [  # an aside that breaks the forces down is not the forces counted
    ("en", "MINUSMA is leaving Mali. In total, 2,100 uniformed personnel, encompassing both military and police,"
           " have been withdrawn from Mali.", "MINUSMA", "MLI", "troops", "withdraw", 2100),
]
NATIONALS_COUNTED = [  # a count of a state's people, in a story of that state's forces sent, counts those forces
    ("en", "Russia has sent mercenaries to Equatorial Guinea. Between 100 and 200 Russians arrived in the past two months.",
     "RUS", "GNQ", "troops", "deploy", 100),
    ("it", "La Russia ha inviato mercenari in Guinea Equatoriale. Tra 100 e 200 russi sono arrivati negli ultimi due mesi.",
     "RUS", "GNQ", "troops", "deploy", 100),
    ("en", "Guatemala and El Salvador sent police to Haiti. The new arrivals were made up of 75 Guatemalans and eight"
           " Salvadorans.", "SLV", "HTI", "troops", "deploy", 8),
]
PART_OF_THINGS = [  # a part of a count of vehicles or things is no head count of the forces
    ("it", "Sul fianco est della Nato sono impiegati, oltre al personale militare, più di 500 mezzi, di cui circa 80"
           " nel Battlegroup in Romania.", "NATO", "ROU", "troops", "deploy", None),
    ("en", "Italy deployed 2,000 soldiers to Latvia, of which 500 are mountain troops.", "ITA", "LVA", "troops",
     "deploy", 2000),
]
OWN_CLAUSE_PLACE = [  # the place of the forces' own clause, not one a later clause names
    ("it", "In Giordania ci sono circa 3mila soldati statunitensi: da quando è iniziata la guerra nella Striscia di"
           " Gaza, le milizie li hanno presi di mira con droni.", "USA", "JOR", "troops", "presence", 3000),
    ("en", "In Jordan there are about 3,000 American soldiers; since the war began, militias have fired drones at"
           " them from Syria.", "USA", "JOR", "troops", "presence", 3000),
    # (a visit to the sender's capital in another clause makes the force no home force)
    ("it", "La forza ruandese è stata dispiegata il 9 luglio, dopo una visita a Kigali del presidente mozambicano.",
     "RWA", "MOZ", "troops", "deploy", None),
]
CASES = PEOPLES_LISTED + PEOPLE_ALREADY_THERE + MILITARY_AND_BASES + MISSION_AS_SUBJECT + CONTRIBUTORS_NAMED \
    + ORIGIN_AND_DATELINE + EXERCISE_INVOLVED \
    + PRESENCE_REDUCED + RELATIVE_COUNT + ASIDE_AFTER_FORCES + NATIONALS_COUNTED + PART_OF_THINGS \
    + OWN_CLAUSE_PLACE + HANDED_OVER + ARRIVAL_NOUN + LISTED_HOSTS + ALREADY_THERE \
    + UNCOUNTED_PRESENCE + COMMITTED \
    + HIRED + OPERATIONS_AND_MEMBERS + SUBORDINATE_SUBJECTS + STARTED + TOTALS + MOVED_WITHOUT_SENDING \
    + CONTRIBUTORS + PLACED + ELIDED + SENT_BY_AIR + HOSTS + COMING_AND_GOING + PEOPLE_AND_BRACKETS \
    + MISSION_HOSTS + ENTERED_AND_ON_THE_GROUND + CARRIED_AND_GROWN + COUNTED_ON + LEFT_FROM + FLOWN_AND_DOUBLED \
    + TRAINING_AND_EXITS \
    + MOVES + ORIGINS_AND_POLICE + KEEPS + AT_WORK + WITHDRAWALS + SIDES + PARTITIVES + SENDER_AFTER + GROUPS + HOMEWARD \
    + STATIONED + ASIDES + MISSIONS + LANDS + COPULAS + LEADERS + COMPOSED + NAMED_MISSIONS + PLACE_COUNTS \
    + AGENTS_AND_OTHERS

# sentences that must give no deployment row
NONE = [
    # the armed forces named as the speaker after what they said sent nothing: the items arrived
    ("en", "The first 14 CV90 vehicles donated by Sweden have arrived in Ukraine, the Swedish armed forces said on "
           "Friday."),
    ("it", "I primi 14 blindati CV90 donati da Svezia e Norvegia sono arrivati in Ucraina, hanno detto venerdì le forze "
           "armate svedesi."),
    # what a unit usually numbers is no count of forces anywhere
    ("en", "In Poland, a US brigade typically comprises 1,500 to 3,000 troops."),
    ("it", "In Polonia una brigata statunitense di solito conta tra 1.500 e 3.000 soldati."),
    # a deployment told as a noun, an ordinal before it, and said to be scheduled is a plan
    ("en", "A second deployment of 400 Rwandan police officers is scheduled to arrive in Bangui at a later date."),
    ("it", "Il secondo invio di 400 agenti ruandesi è previsto per settembre."),
    # an invasion that dates another fact is background
    ("en", "He said 40 children have died in the region since Ethiopia launched its full-scale invasion of Eritrea in May "
           "1998."),
    ("it", "Nel 1999, a seguito dell'invasione dell'Eritrea da parte dell'Etiopia, il governo decise di armare la brigata."),
    # peoples counted as they come, with no verb of deploying, are no forces
    ("en", "Some 200 Russians and 150 Ukrainians arrived in Antalya as tourists this week."),
    # forces an army has at home are no deployment
    ("en", "The Nigerian army has soldiers in every district of Kano."),
    # forces only to be sent stay no fact ("already" makes none of a plan)
    ("en", "Kenya will send 900 more troops to Bunia."),
    # a list in brackets names whose forces they are, no hosts of the forces before it
    ("it", "A Barkhane partecipano anche le forze armate di tre ex colonie (Burkina Faso, Ciad e Niger)."),
    # "units" that count things are no forces
    ("en", "Russia sent 380 units of special equipment to Azerbaijan."),
    ("it", "La Russia ha inviato in Azerbaigian 380 unità di equipaggiamento speciale."),
    # a recommendation is no fact
    ("en", "US commanders have recommended maintaining at least 500 troops in Syria."),
    ("it", "I comandanti americani hanno raccomandato di mantenere almeno 500 soldati in Siria."),
    # a commitment to send, with no forces counted, is a promise
    ("en", "Kenya has committed to sending police officers to Haiti."),
    # items supplied to an army are no troops supplied
    ("en", "Half of all the mortar rounds used by Sudan's army in Darfur are supplied by Egypt."),
    # a force word that qualifies a noun before it is an adjective; a region of compass words is no
    # country's the text does not name
    ("it", "La base di Faya era la più grande delle due basi militari francesi in Ciad."),
    ("en", "The crisis in the North West and South West regions of Cameroon turned violent in 2017."),
    # an attack is no forces sent, aid workers are no force, and another force's people are no host
    ("en", "The Turkish army launched at least 120 air strikes into northern Iraq, targeting PKK positions."),
    ("en", "British aid worker John Smith emerged from a plane that landed at Bamako airport."),
    ("en", "The Turkish president sent his condolences to the families of the fallen soldiers in Iraq."),
    ("it", "Le forze ucraine controllano la parte orientale della città, mentre il gruppo russo Wagner controlla il"
           " centro."),
    # ties, things handed over, captives flown home and what a group left behind move no forces
    ("it", "Il Mali mantiene inoltre legami con i vicini Niger e Ciad, dove sono saliti al potere governi militari."),
    ("it", "Le forze armate olandesi hanno trasferito a quelle ucraine 24 carri armati Leopard 1."),
    ("en", "A plane carrying Houthi rebel prisoners left Saudi Arabia on Monday for Sanaa."),
    ("it", "Restano le macerie che lo Stato islamico ha lasciato dietro di sé nella zona di Raqqa."),
    # people who leave homes, move to hospital or gather are no forces moved; nor are efforts concentrated
    ("en", "Families abandoned their villages near Ituri as the fighting spread."),
    ("en", "Three wounded soldiers were rushed to hospital in Bunia."),
    ("en", "Two injured soldiers were moved to a clinic in Goma."),
    ("it", "Centinaia di persone si sono concentrate davanti alla prefettura di Goma."),
    ("it", "I feriti sono stati trasferiti nell'ospedale di Bunia."),
    ("it", "L'esercito congolese ha concentrato i suoi sforzi sul fronte dell'Ituri."),
    # a country listed after "from" is an origin, never the host of forces at home
    ("en", "Ghana's troops are deployed in the north of the country to stop a threat from Togo and Burkina Faso."),
    ("it", "Le truppe del Ghana sono schierate nel nord del Paese contro la minaccia dal Togo e dal Burkina Faso."),
    # a border named is the sender's own edge, no host; demands and refutations are no deployment
    ("en", "Mexico has sent 10,000 soldiers to its northern border with the United States."),
    ("it", "Il Messico ha inviato 10.000 soldati al suo confine con gli Stati Uniti."),
    ("en", "Armenia demanded the withdrawal of Russian forces from the region."),
    ("en", "Yerevan refuted this, saying that none of its troops were deployed in Karabakh."),
    ("it", "I negoziati sulla presenza di soldati burundesi in Somalia sarebbero ancora in corso."),
    ("it", "Il governo di Bamako ha sempre negato la presenza di mercenari stranieri in Mali."),
    ("en", "Washington urged Havana to stop its citizens being sent to the front in Ukraine."),
    ("en", "A spokesman for the Workers' Party said the congress was dispatched to Pyongyang."),
    # "la giunta" is the junta, not "giunta" (arrived); "giunta militare" holds no soldier
    ("it", "La giunta militare del Niger ha incontrato a Niamey una delegazione russa."),
    ("en", "The signatures on the documents of the North Korean soldiers were in Korean."),
    # peacekeepers a participle presents and the sentence then says were killed: a toll, no presence
    ("en", "Three Egyptian peacekeepers serving with MINUSMA, the UN mission in Mali, were killed near Kidal."),
    # commitments and authorisations are no deployment yet (codebook 7)
    ("en", "Parliament passed a law to allow troops to be deployed to a base in Djibouti."),
    ("en", "The United States committed to sending 2,000 troops to Lithuania."),
    ("it", "La Germania si è impegnata ad inviare in Lituania 4.000 soldati entro il 2027."),
    # gunmen who entered a village are attackers, not a state's forces sent abroad
    ("en", "At least 30 armed men entered the village of Kadji at dawn and opened fire."),
    # forces that launch strikes or an assault are attacking, not deployed
    ("en", "Russian forces launched three missile strikes on Kharkiv overnight."),
    ("en", "Afghan forces launched an assault on Pakistani border posts."),
    ("en", "Hamas launched rockets at Israel on Monday."),
    ("en", "Russia lost 300 soldiers in Kharkiv, Kyiv said."),
    ("en", "Fleeing the raid by Al-Shabaab, a few families arrived by boat in Kenya."),
    ("it", "Sono proseguiti i combattimenti tra l'esercito sudanese e le RSF a Khartum."),
    # an armed group in its own country is sent nowhere
    ("en", "The Tigray People's Liberation Front, fighting the federal army in Ethiopia, seized two towns."),
    ("it", "Le milizie di al-Shabaab, che cercano di prendere il controllo della Somalia, hanno colpito un villaggio."),
    ("en", "The Arakan Army now controls most of Rakhine state in Myanmar."),
    # forces counted over many hosts ("abroad") have none; a withdrawal told as a plan is no fact (codebook 7);
    # police no one is said to send are the place's own
    ("it", "Sono 5.000 i militari spagnoli impiegati all'estero in missioni internazionali."),
    ("en", "Some 5,000 Spanish troops are deployed abroad on international missions."),
    ("it", "Il rientro dei 900 caschi blu dell'Unmil è previsto entro ottobre."),
    ("en", "The withdrawal of the 900 UNMIL peacekeepers is expected by October."),
    # a dispatch announced is a plan (codebook 7: an announce statement, no fact row)
    ("it", "Il governo di Madrid ha annunciato l'invio di 500 soldati in Lettonia."),
    ("en", "London announced the deployment of 500 soldiers to Estonia."),
    # a total a plan would reach, or an authorised ceiling, is no head count (codebook 7)
    ("en", "London said it would send more soldiers, increasing its force in Estonia to 1,700 troops."),
    ("en", "The order brings the total Canadian force authorization in Latvia to 2,200."),
    ("it", "La risoluzione porta il tetto massimo dei caschi blu in Libano a 15.000 militari."),
    # troops given arms are their recipient, and a sum is no head count
    ("en", "Turkey donated arms and ammunition worth $3 million to the troops fighting the battle of Gao."),
    ("it", "La Turchia ha donato alle truppe che combattono a Gao armi e munizioni per 3 milioni di dollari."),
    # a mission's mandate is no sending
    ("it", "Il mandato della missione Eufor in Bosnia è stato rinnovato per un anno."),
    # a country that hosts people who are no forces
    ("en", "Niger hosted about 4,000 refugees from Mali last year."),
    # a withdrawal being considered is a plan (codebook 7)
    ("it", "Il Pentagono sta considerando di ritirare circa 2.000 soldati dalla Siria."),
    # a toll that has risen is no force
    ("en", "In East Timor the death toll has risen to 31."),
    # weapons sent to an army are supplied: no forces go with them
    ("en", "Slovakia sent 13 fighter jets meant for the Ukrainian air force."),
    ("it", "La Slovacchia ha inviato 13 caccia destinati all'aviazione ucraina."),
]


def test_police_no_one_is_said_to_send_are_the_places_own(tmp_path):
    rows = _rows(tmp_path, "en", "About 400 Polish soldiers arrived in Lebanon. After Tyre police withdrew, a crowd "
                 "blocked the road.")
    assert [(r["sender"], r["host"], r["force"]) for r in rows] == [("POL", "LBN", "troops")]


def test_a_fight_between_sides_is_no_presence_whoever_the_paragraph_sent(tmp_path):
    rows = _rows(tmp_path, "en", "Some 11,000 peacekeepers are deployed in South Sudan. Fighting between the army "
                 "and the rebels continued in Juba.")
    assert [(r["sender"], r["host"], r["action"], r["count_best"]) for r in rows] == [("UN", "SSD", "deploy", 11000)]


def _rows(tmp_path, language, text):
    title = "Notizie dal fronte" if language == "it" else "News from the front"
    path = tmp_path / "case.txt"
    path.write_text(f" date 2025-03 {title}\n\n{text}\n", encoding="utf-8")
    return extract_seed(read_seed(path, lang.available()))["deployments"]


@pytest.mark.parametrize("language,text,sender,host,force,action,count", CASES)
def test_each_class_reads_its_deployment(tmp_path, language, text, sender, host, force, action, count):
    rows = _rows(tmp_path, language, text)
    got = [(r["sender"], r["host"], r["force"], r["action"], r["count_best"] or r["count_low"]) for r in rows]
    assert (sender, host, force, action, count) in got, got


@pytest.mark.parametrize("language,text", [
    ("en", "The UN mission in the Central African Republic withdrew 1,200 peacekeepers. The mission said the withdrawn "
     "troops are from Zambia, Gabon and Morocco."),
    ("it", "La missione dell'ONU nella Repubblica Centrafricana ha ritirato 1.200 caschi blu. La missione ha detto che i "
     "soldati ritirati provengono dallo Zambia e dal Gabon."),
])
def test_states_forces_are_said_to_come_from_are_no_land_they_leave(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)
    assert ("UN", "CAF", "withdraw", 1200) in [(r["sender"], r["host"], r["action"], r["count_best"]) for r in rows]
    assert {r["host"] for r in rows} == {"CAF"}, rows


@pytest.mark.parametrize("language,text", [
    ("en", "The mission in Somalia includes troops from Uganda, Burundi, and Kenya."),
    ("en", "The mission in Somalia also includes personnel from Uganda, Burundi, and Kenya."),
    ("it", "La missione in Somalia comprende truppe provenienti da Uganda, Burundi e Kenya."),
    ("en", "The mission in Somalia was composed of troops from Uganda, Burundi, and Kenya."),
    ("it", "La missione in Somalia era composta da truppe provenienti da Uganda, Burundi e Kenya."),
])
def test_members_of_a_mission_listed_after_from_are_each_present_and_none_is_host(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)
    assert {(r["sender"], r["host"]) for r in rows} == {("UGA", "SOM"), ("BDI", "SOM"), ("KEN", "SOM")}, rows


@pytest.mark.parametrize("language,text", [
    ("it", "Oltre alle truppe keniote sono schierate in Somalia anche quelle dell'Uganda (4.500 soldati), del "
           "Burundi (2.000 soldati) e di Gibuti (900 soldati)."),
    ("en", "Besides the Kenyan troops, Somalia also hosts those of Uganda (4,500 soldiers), Burundi (2,000 soldiers) "
           "and Djibouti (900 soldiers)."),
])
def test_each_state_of_a_bracketed_list_keeps_its_own_count(tmp_path, language, text):
    """The counts in brackets are each listed state's, never the first force's, and no listed state hosts."""
    rows = _rows(tmp_path, language, text)
    counted = {(r["sender"], r["host"], r["count_best"]) for r in rows if r["count_best"]}
    assert counted == {("UGA", "SOM", 4500), ("BDI", "SOM", 2000), ("DJI", "SOM", 900)}, rows


def test_contributors_listed_are_never_hosts(tmp_path):
    rows = _rows(tmp_path, "it", "In Sud Sudan l'Unmiss contava 14.000 militari, dei quali 1.600 del Ruanda, 1.300 del "
                 "Nepal, dell'India (1 100) e Ghana (700).")
    assert {r["host"] for r in rows} == {"SSD"}, rows


def test_the_side_a_force_fights_beside_is_no_second_host(tmp_path):
    rows = _rows(tmp_path, "en", "Between 2,000 and 3,000 Ugandan troops are deployed in eastern Congo, operating "
                                 "alongside the M23.")
    assert [(r["sender"], r["host"], r["count_low"]) for r in rows] == [("UGA", "COD", 2000)]


@pytest.mark.parametrize("language,text", [
    ("en", "Rwanda deployed 50 police officers and 300 soldiers to the Central African Republic."),
    ("it", "Il Ruanda ha schierato nella Repubblica Centrafricana 50 poliziotti e 300 soldati."),
])
def test_each_force_counted_in_a_list_is_a_row(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["force"], r["count_best"]) for r in rows] == [
        ("RWA", "CAF", "other", 50), ("RWA", "CAF", "troops", 300)]


def test_a_list_of_two_sides_forces_is_not_one_senders(tmp_path):
    rows = _rows(tmp_path, "en", "There are at least 20,000 Rwandan troops and 8,000 Burundian soldiers in eastern Congo.")
    assert [(r["sender"], r["host"], r["count_best"]) for r in rows] == [("RWA", "COD", 20000), ("BDI", "COD", 8000)]
    # nor is the other side's people counted the first one's host
    rows = _rows(tmp_path, "en", "There are at least 20,000 Rwandan troops and 8,000 Burundian soldiers in the region.")
    assert [r for r in rows if r["host"] == "BDI"] == []


def test_a_speech_verb_that_adds_forces_is_a_deployment(tmp_path):
    rows = _rows(tmp_path, "en", "He added that 30 soldiers had arrived. Britain added 600 more troops in Estonia.")
    assert [(r["sender"], r["host"], r["count_best"]) for r in rows if r["sender"] == "GBR"] == [("GBR", "EST", 600)]


@pytest.mark.parametrize("language,text", [
    ("en", "In March, 1,500 AU soldiers left Mali: 500 each from Chad, Niger and Senegal."),
    ("it", "A marzo 1.500 soldati dell'Unione africana hanno lasciato il Mali: 500 ciascuno da Ciad, Niger e Senegal."),
])
def test_a_count_each_gives_a_row_per_sender_listed(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["action"], r["count_best"]) for r in rows] == [
        ("AU", "MLI", "withdraw", 1500), ("TCD", "MLI", "withdraw", 500), ("NER", "MLI", "withdraw", 500),
        ("SEN", "MLI", "withdraw", 500)]


def test_weapons_sent_with_forces_leave_the_forces_deployed(tmp_path):
    rows = _rows(tmp_path, "en", "Poland sent mortars and 400 soldiers to Latvia.")
    assert [(r["sender"], r["host"], r["count_best"]) for r in rows] == [("POL", "LVA", 400)]


@pytest.mark.parametrize("language,text", [
    ("en", "At least 200 Colombians are fighting in the war in Sudan, based on accounts by several former "
     "soldiers involved."),
    ("it", "Ci sono almeno 200 colombiani che combattono nella guerra in Sudan, secondo i racconti di alcuni ex soldati."),
])
def test_a_second_force_noun_adds_no_uncounted_row_beside_the_counted_one(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["count_best"]) for r in rows] == [("COL", "SDN", 200)]


def test_forces_the_title_names_with_their_people_send_the_bodys_bare_counts(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(" date 2025-01 Senegal, l'esercito francese restituisce l'ultima base\n\n"
                    "Secondo la stessa fonte, gli ultimi 250 soldati hanno lasciato il suolo senegalese nel corso"
                    " della giornata.\n", encoding="utf-8")
    out = extract_seed(read_seed(path, lang.available()))
    assert [(r["sender"], r["host"], r["action"], r["count_best"]) for r in out["deployments"]] == \
        [("FRA", "SEN", "withdraw", 250)]


def test_a_deployment_and_its_presence_in_one_sentence_are_one_row(tmp_path):
    rows = _rows(tmp_path, "en", "A 4,000-strong Kenyan contingent is deployed in Haiti.")
    assert [r["action"] for r in rows] == ["deploy"]


@pytest.mark.parametrize("language,text", NONE)
def test_denials_requests_and_names_give_no_row(tmp_path, language, text):
    assert _rows(tmp_path, language, text) == []


# forces counted as dead or wounded are a toll, not a deployment; a time or a count of stages or
# vehicles is no count of forces
NO_COUNT = [
    # units of forces are no head count
    ("en", "Ghana keeps two battalions in Lebanon.", "GHA"),
    ("it", "Il Ghana mantiene due battaglioni in Libano.", "GHA"),
    ("en", "At least 250 Rwandan soldiers sent to Mozambique have been killed, officials in Kigali said.", None),
    ("it", "Circa 80 soldati ciadiani schierati in Niger sono morti negli scontri con i jihadisti.", None),
    ("it", "I soldati ciadiani uccisi in Niger sono circa 80.", None),
    ("en", "The clashes in Ituri killed more than 40 Burundian soldiers deployed in Congo.", None),
    ("en", "Burundi sent its troops to Congo in three stages, officials said.", "BDI"),
    ("it", "Il contingente ruandese schierato a Cabo Delgado dispone di 120 mezzi blindati.", "RWA"),
]


@pytest.mark.parametrize("language,text,sender", NO_COUNT)
def test_no_deployment_counts_the_dead_a_time_or_things(tmp_path, language, text, sender):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["count_best"], r["count_low"]) for r in rows] == ([(sender, None, None)] if sender else [])


def test_a_country_someone_came_back_from_is_no_host(tmp_path):
    rows = _rows(tmp_path, "en", "Chad has sent 1,000 soldiers, the president said after his return from Paris.")
    assert [(r["sender"], r["host"]) for r in rows if r["host"] == "FRA"] == []


def test_a_withdrawal_promised_is_no_withdrawal(tmp_path):
    before = "Le truppe spagnole sono in Libano dal 2006. "
    done = _rows(tmp_path, "it", before + "Il governo ha completato ieri il rientro dei militari.")
    promised = _rows(tmp_path, "it", before + "Il governo aveva garantito il rientro dei militari entro l'anno.")
    assert [(r["sender"], r["host"]) for r in done if r["action"] == "withdraw"] == [("ESP", "LBN")]
    assert [r for r in promised if r["action"] == "withdraw"] == []


@pytest.mark.parametrize("language,text", [
    ("en", "Britain had already sent 800 soldiers to Estonia, followed by some 150 engineers."),
    ("it", "La Gran Bretagna aveva già inviato 800 soldati in Estonia, seguiti da circa 150 genieri."),
])
def test_forces_that_follow_the_first_sent_are_a_row_of_their_own(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["force"], r["count_best"]) for r in rows] == [
        ("GBR", "EST", "troops", 800), ("GBR", "EST", "engineers", 150)]


@pytest.mark.parametrize("language,text", [
    # a decision carried out "in the coming weeks" by a gerund after it is still a plan (codebook 7)
    ("it", "La Germania ha deciso di rafforzare la sua presenza in Lituania, schierando nelle prossime settimane "
           "altri 600 soldati."),
    ("en", "Germany decided to strengthen its presence in Lithuania, deploying another 600 soldiers in the coming weeks."),
    # the country a border is shared with is no host
    ("it", "La Polonia invia truppe al confine est con la Bielorussia."),
    ("en", "Poland sends troops to its eastern border with Belarus."),
    # strikes "carried out" carry no forces; an envoy ("l'inviato") sends none
    ("en", "American drones have carried out 40 strikes in support of Somali forces since January."),
    ("it", "L'inviato ha sottolineato la necessità di inviare altri 5.000 caschi blu in Darfur."),
    # citizens on the move toward a country are refugees, no force
    ("it", "Sarebbero circa 9.000 i cittadini sudanesi in marcia verso il Ciad."),
    ("en", "Some 9,000 Sudanese citizens fleeing toward Chad crossed the border."),
])
def test_plans_borders_and_strikes_carried_out_give_no_deployment(tmp_path, language, text):
    assert _rows(tmp_path, language, text) == []


@pytest.mark.parametrize("language,text,expected", [
    # states that no longer exist keep the alpha-3 code ISO 3166-3 gives them
    ("en", "Yugoslav troops withdrew from Slovenia in October 1991.", ("YUG", "SVN", "withdraw")),
    ("it", "Le truppe jugoslave si ritirarono dalla Slovenia nell'ottobre 1991.", ("YUG", "SVN", "withdraw")),
    ("en", "The complete withdrawal of Soviet troops from Hungary was completed in June 1991.", ("SUN", "HUN", "withdraw")),
    ("it", "Il completo ritiro delle truppe sovietiche dall'Ungheria fu completato nel giugno 1991.",
     ("SUN", "HUN", "withdraw")),
    # forces that "set foot" somewhere arrive there; forces that "had been" somewhere are there
    ("en", "The first Tanzanian troops set foot in Kampala on Tuesday.", ("TZA", "UGA", "deploy")),
    ("it", "I primi soldati tanzaniani hanno messo piede a Kampala martedì.", ("TZA", "UGA", "deploy")),
    ("en", "The Portuguese battalion had been in East Timor for months.", ("PRT", "TLS", "presence")),
    ("en", "In July, some 1,500 Nepalese peacekeepers serving in Lebanon left for home.", ("NPL", "LBN", "withdraw")),
])
def test_uncounted_forces_sent_withdrawn_or_present(tmp_path, language, text, expected):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["action"]) for r in rows] == [expected]


def test_those_who_stay_are_present(tmp_path):
    rows = _rows(tmp_path, "it", "In Gibuti sono rimasti solo 1.500 soldati francesi.")
    assert [(r["sender"], r["host"], r["action"], r["count_best"]) for r in rows] == [("FRA", "DJI", "presence", 1500)]
    # (those who "remain" killed are a toll)
    assert _rows(tmp_path, "it", "In Gibuti tre soldati francesi sono rimasti uccisi.") == []


@pytest.mark.parametrize("language,text,host", [
    ("en", "The largest contingents in UNMISS come from Rwanda (2,600), Nepal (1,700) and India (2,300).", "SSD"),
    ("it", "I contingenti più numerosi della Minusca sono quelli di Ruanda (2.100), Pakistan (1.300) ed Egitto (1.000).",
     "CAF"),
])
def test_contributors_listed_with_their_contingents_are_each_a_presence(tmp_path, language, text, host):
    rows = _rows(tmp_path, language, text)
    assert [(r["host"], r["action"]) for r in rows] == [(host, "presence")] * 3
    assert [r["count_best"] for r in rows] == ([2600, 1700, 2300] if language == "en" else [2100, 1300, 1000])


def test_a_contributors_list_for_the_future_is_a_plan(tmp_path):
    path = tmp_path / "case.txt"
    path.write_text(" date 2025-03 News from the front\n\nThe new mission's troops will come from Uganda (4,500), "
                    "Ethiopia (2,500) and Kenya (1,410).\n", encoding="utf-8")
    out = extract_seed(read_seed(path, lang.available()))
    assert out["deployments"] == []
    assert {n["text"]: n["reason"] for n in out["numbers"]} == {"4,500": "non_fact", "2,500": "non_fact",
                                                                  "1,410": "non_fact"}


@pytest.mark.parametrize("language,text", [
    ("en", "Uganda is the largest contributor to AUSSOM, with 4,500 troops."),
    ("it", "L'Uganda è il primo contributore dell'Aussom, con 4.500 soldati."),
])
def test_a_contributor_to_a_mission_serves_in_its_country(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["action"], r["count_best"]) for r in rows] == [("UGA", "SOM", "presence", 4500)]


@pytest.mark.parametrize("language,text,expected", [
    # a group "supported by" a state's counted soldiers has them on its side
    ("it", "Nel Congo orientale l'M23, supportato da 4.000 soldati ruandesi, ha conquistato Goma.",
     ("RWA", "COD", "presence", 4000)),
    # an arrival of hundreds is counted by its vague figure
    ("it", "Ad Haiti la violenza è aumentata nonostante l'arrivo di centinaia di poliziotti kenioti.",
     ("KEN", "HTI", "deploy", 100)),
    ("en", "In Haiti violence rose despite the arrival of hundreds of Kenyan police officers.",
     ("KEN", "HTI", "deploy", 100)),
])
def test_backers_and_vague_arrivals(tmp_path, language, text, expected):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["action"], r["count_best"] or r["count_low"]) for r in rows] == [expected]


@pytest.mark.parametrize("language,text,expected", [
    # a state that leaves a country it names, or hands over its base there, withdraws its forces
    ("en", "Belgium withdrew from Rwanda in April 1994.", [("BEL", "RWA", "withdraw")]),
    # (past a direction, or out of a country)
    ("en", "Syria pulled out of northern Lebanon in 2005.", [("SYR", "LBN", "withdraw")]),
    ("it", "La Siria si è ritirata dal nord del Libano nel 2005.", [("SYR", "LBN", "withdraw")]),
    ("it", "Il Belgio si è ritirato dal Ruanda nell'aprile 1994.", [("BEL", "RWA", "withdraw")]),
    ("en", "Britain handed over its last base in Kenya to the Kenyan army.", [("GBR", "KEN", "withdraw")]),
    ("it", "La Gran Bretagna ha consegnato all'esercito keniota la sua ultima base in Kenya.", [("GBR", "KEN", "withdraw")]),
    # (nothing is left but a treaty or a bloc)
    ("en", "Russia withdrew from the treaty in 2023.", []),
    # an invasion, verb or noun, sends the invader's forces into the country named
    ("en", "Iraq invaded Kuwait in August 1990.", [("IRQ", "KWT", "deploy")]),
    ("it", "L'Iraq ha invaso il Kuwait nell'agosto 1990.", [("IRQ", "KWT", "deploy")]),
    ("en", "The Turkish invasion of Cyprus began in July 1974.", [("TUR", "CYP", "deploy")]),
    ("it", "L'invasione di Cipro da parte delle forze turche iniziò nel luglio 1974.", [("TUR", "CYP", "deploy")]),
    ("it", "Dall'invasione russa dell'Ucraina nel 2022 il fronte si è spostato di poco.", [("RUS", "UKR", "deploy")]),
    ("en", "Locusts invaded Kenya in 2020.", []),
    # (nor does a force noun that only says whose the aircraft are: "aircraft of the Indian Air Force")
    ("en", "The first batch was flown in on transport aircraft of the Indian Air Force which landed in Vietnam.", []),
    # (an attack launched sends no forces: "the strike was launched")
    ("en", "The previous strike was launched on March 3 and also targeted ISIS fighters in Bari region.", []),
    # (nor are a state's people counted in another land than its forces went to)
    ("en", "Russia has sent troops to Syria. About 200 Russians arrived in Antalya last week.", [("RUS", "SYR", "deploy")]),
    # (an invasion named with no date of its own is background, no deployment told)
    ("en", "The arms market was reshaped by Russia's invasion of Ukraine.", []),
    ("it", "Il mercato delle armi è stato ridisegnato dall'invasione russa dell'Ucraina.", []),
    # (nor are forces named as the enemy that tanks arrive to fight)
    ("en", "Forty Spanish tanks have arrived in Ukraine to help defend it against Vladimir Putin's invading Russian"
           " forces.", []),
])
def test_states_that_leave_or_invade(tmp_path, language, text, expected):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["action"]) for r in rows] == expected


@pytest.mark.parametrize("language,text,expected", [
    # states joined to a sender by commas and a conjunction send forces too, each a row
    ("en", "Chile and Argentina sent troops to Haiti in 2004.", [("ARG", "HTI"), ("CHL", "HTI")]),
    ("it", "Le truppe di Ruanda, Burundi e Kenya operano nella Repubblica Centrafricana.",
     [("BDI", "CAF"), ("KEN", "CAF"), ("RWA", "CAF")]),
    ("en", "Irish, Fijian and Polish peacekeepers are stationed in southern Lebanon.",
     [("FJI", "LBN"), ("IRL", "LBN"), ("POL", "LBN")]),
    # (two sides of a fight are no list of senders)
    ("en", "Fighting between Armenian and Azerbaijani troops continued near Lachin.", []),
])
def test_coordinated_senders_are_each_a_row(tmp_path, language, text, expected):
    rows = _rows(tmp_path, language, text)
    assert sorted((r["sender"], r["host"]) for r in rows) == expected
    assert all(r["count_best"] is None for r in rows)


def test_a_count_for_each_of_coordinated_senders_is_each_ones(tmp_path):
    rows = _rows(tmp_path, "en", "Sweden, Finland and Norway sent 200 soldiers each to Latvia.")
    assert sorted((r["sender"], r["host"], r["count_best"]) for r in rows) == [
        ("FIN", "LVA", 200), ("NOR", "LVA", 200), ("SWE", "LVA", 200)]


@pytest.mark.parametrize("language,text,expected", [
    # the states a sentence lists as giving a mission's or a force's troops are each present
    ("en", "The main troop-contributing countries to UNMISS include Rwanda, India and Nepal.",
     [("IND", "SSD"), ("NPL", "SSD"), ("RWA", "SSD")]),
    ("it", "I principali paesi contributori di truppe alla Minusca sono Ruanda, Pakistan e Egitto.",
     [("EGY", "CAF"), ("PAK", "CAF"), ("RWA", "CAF")]),
    ("it", "Il contingente dell'Unmiss è fornito da Ruanda, India e Nepal.",
     [("IND", "SSD"), ("NPL", "SSD"), ("RWA", "SSD")]),
    ("en", "The peacekeepers, drawn from Ghana and Ireland, patrol the Golan Heights.",
     [("GHA", "SYR"), ("IRL", "SYR")]),
    # (weapons provided by states are no forces; a list of future contributors is a plan)
    ("en", "The rifles were provided by Serbia and Bulgaria.", []),
    ("en", "Troops for the new force will be provided by Kenya and Jamaica.", []),
])
def test_contributing_states_listed_without_figures(tmp_path, language, text, expected):
    rows = _rows(tmp_path, language, text)
    assert sorted((r["sender"], r["host"]) for r in rows) == expected
    assert all(r["action"] == "presence" and r["count_best"] is None for r in rows)


@pytest.mark.parametrize("language,text,expected", [
    # a range written with a dash after "between" bounds the forces present or sent
    ("en", "Officials said there are now between 2,000-3,000 Rwandan soldiers in eastern Congo.",
     ("RWA", "COD", "presence", 2000, 3000)),
    ("en", "The deployment of between 500-800 Kenyan police officers in Haiti began in June.",
     ("KEN", "HTI", "deploy", 500, 800)),
])
def test_ranges_after_between(tmp_path, language, text, expected):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["action"], r["count_low"], r["count_high"]) for r in rows] == [expected]


@pytest.mark.parametrize("language,text,expected", [
    # a count of other forces named between is not the leaving forces' own
    ("en", "Ethiopia plans to send up to 900 troops to replace outgoing Kenyan forces, who are withdrawing from Somalia.",
     [("KEN", "SOM", "withdraw", None)]),
    # (one noun phrase of two forces keeps its count)
    ("en", "About 400 Jamaican soldiers and police officers were deployed to Haiti.", [("JAM", "HTI", "deploy", 400)]),
    # plans: preparing to send, a mandate's requests, a withdrawal still to come or to be monitored
    ("en", "Officials arrived in Juba on Monday, as Kampala prepares to deploy troops to South Sudan.", []),
    ("en", "The Council extended the mission's mandate in Mali for a last time before its withdrawal.", []),
    ("en", "The observers were sent in 1974 to monitor the Turkish withdrawal from Cyprus.", []),
])
def test_counts_and_plans_around_withdrawals(tmp_path, language, text, expected):
    rows = _rows(tmp_path, language, text)
    assert [(r["sender"], r["host"], r["action"], r["count_best"]) for r in rows] == expected


def test_a_backer_named_by_its_people_is_no_host(tmp_path):
    """'terrorists belonging to Afghan proxy X': the backer's people name no host; the state's own
    forces operating at home are no deployment."""
    path = tmp_path / "case.txt"
    path.write_text(" date 2025-03 Pakistan army kills militants\n\nSecurity forces conducted an operation in "
                    "Orakzai district on the reported presence of terrorists belonging to Afghan proxy Fitna "
                    "al-Khawarij.\n", encoding="utf-8")
    assert extract_seed(read_seed(path, lang.available()))["deployments"] == []


@pytest.mark.parametrize("language,text,expected", [
    ("it", "Per lo stato maggiore dell'esercito di Tel Aviv nella struttura erano presenti dei terroristi.", []),
    ("en", "Hezbollah fired rockets at Tel Aviv.", ["Tel Aviv"]),
    ("it", "Un razzo è caduto a Tel Aviv.", ["Tel Aviv"]),
])
def test_a_seat_of_government_is_a_place_only_after_a_preposition(language, text, expected):
    """'l'esercito di Tel Aviv' names Israel's army (a metonym, as 'Mosca ha fornito'), no place
    where forces are; 'at Tel Aviv', 'a Tel Aviv' are the city."""
    from seedtables.extract import places
    assert [p.text for p in places.reader(language).find(text)] == expected


def test_a_backer_with_a_count_in_another_clause_stations_no_forces(tmp_path):
    """'backed by Ankara, 4 were SDF fighters': the backer's forces are counted only in the clause
    that names them (a London-based monitor and the dead of another side had made a British
    presence in Turkey)."""
    path = tmp_path / "case.txt"
    path.write_text(" date 2025-01 Scontri in Siria\n\nL'accusa viene dall'Osservatorio siriano per i diritti umani, "
                    "una ong con sede a Londra, secondo cui tra le vittime almeno 20 appartengono alle fila del "
                    "sedicente Esercito nazionale siriano appoggiato da Ankara, 4 erano combattenti delle Sdf e 3 civili "
                    "uccisi nei raid dell'aviazione turca.\n", encoding="utf-8")
    assert extract_seed(read_seed(path, lang.available()))["deployments"] == []


@pytest.mark.parametrize("language,text,sender,host", [
    ("en", "The French mission in Senegal ends. French troops began leaving the country in late June.", "FRA", "SEN"),
    ("en", "The SADC mission in Mozambique ends. Troops from Zambia, Kenya and Malawi began their withdrawal last week, "
           "passing through Tanzania before heading home.", "KEN", "MOZ"),
])
def test_forces_leave_the_story_s_country_not_one_they_pass_through(tmp_path, language, text, sender, host):
    rows = [r for r in _rows(tmp_path, language, text) if r["evidence"].startswith(("French troops", "Troops from"))]
    assert (sender, host, "withdraw") in [(r["sender"], r["host"], r["action"]) for r in rows], rows
    assert all(r["host"] != "TZA" for r in rows), rows


@pytest.mark.parametrize("language,text,sender,listed,total", [
    ("en", "Wagner has lost men in Ukraine. The group now deploys about 2,500 fighters on the continent: some 1,000 "
           "in Mali, 900 in the Central African Republic and 600 in Sudan.",
     "WAGNER", {("MLI", 1000), ("CAF", 900), ("SDN", 600)}, 2500),
    ("it", "Il gruppo Wagner ha perso uomini in Ucraina. Oggi la compagnia schiera in Africa circa 3mila uomini: "
           "1.500 in Mali, 900 in Libia e 600 in Sudan.",
     "WAGNER", {("MLI", 1500), ("LBY", 900), ("SDN", 600)}, 3000),
])
def test_a_total_a_colon_parts_by_country_has_no_host_and_the_group_s_noun_stands_for_it(
        tmp_path, language, text, sender, listed, total):
    """A total over a continent is no host's, though the first country of the list after the colon
    stands nearest it; each country's count is the force there; "the group" that deploys them is the
    armed group (military companies too) the article names most."""
    rows = _rows(tmp_path, language, text)
    assert {(r["host"], r["count_best"]) for r in rows if r["sender"] == sender} == listed, rows
    assert not any(r["count_best"] == total for r in rows)
