"""Casualty rows by class of phrasing, both languages (codebook sections 3, 4, 6, 7, 9). The
sentences are written for these tests, about conflicts outside the dev corpus."""
import pytest

from seedtables import lang
from seedtables.extract.article import extract_seed
from seedtables.seeds import read_seed

# a row: (party, personnel, casualty_type, count_low, count_best, count_high, count_qualifier)
CASES = {
    # an army that "lost" soldiers is whose they are, though the attackers follow in a clause of their own
    "army_lost_soldiers": [
        ("en", "Kenya Defence Forces lost 12 soldiers after Al-Shabaab fighters overran their camp in Lamu.",
         [("KEN", "military", "killed", 12, 12, 12, "exact")]),
        ("en", "The Ugandan army lost 30 soldiers when Al-Shabaab militants stormed its base in Somalia.",
         [("UGA", "military", "killed", 30, 30, 30, "exact")]),
        ("en", "The Tatmadaw lost 30 soldiers in the fighting near Myitkyina.",
         [("MMR", "military", "killed", 30, 30, 30, "exact")]),
        ("it", "L'esercito ugandese ha perso 30 soldati quando i miliziani di al-Shabaab hanno assaltato la sua base.",
         [("UGA", "military", "killed", 30, 30, 30, "exact")]),
        # (as in English, soldiers "lost" are killed; "perdite" and "tra morti e feriti" stay combined)
        ("it", "Il Niger ha perso uno dei suoi soldati nell'imboscata vicino a Tillabéri.",
         [("NER", "military", "killed", 1, 1, 1, "exact")]),
        ("it", "L'esercito nigerino ha perso circa 1.200 uomini tra morti e feriti a Tillabéri.",
         [("NER", "military", "killed_or_wounded", None, 1200, None, "approx")]),
        # (lives or people lost are killed too; losses of anything else stay combined)
        ("it", "Nell'imboscata vicino a Tillabéri il Niger ha perso 14 vite.",
         [("NER", "unknown", "killed", 14, 14, 14, "exact")]),
    ],
    # a state that reports a toll with no people's name reports its own; each voice its own
    "each_state_reports_its_own": [
        ("en", "Bangkok reports nine dead on the Thai side; Cambodia confirms two civilians killed and seven injured.",
         [("THA", "unknown", "killed", 9, 9, 9, "exact"), ("KHM", "civilian", "killed", 2, 2, 2, "exact"),
          ("KHM", "civilian", "wounded", 7, 7, 7, "exact")]),
        ("it", "Il Niger conferma la morte di 14 militari, mentre il Mali riferisce di 9 civili uccisi.",
         [("NER", "military", "killed", 14, 14, 14, "exact"), ("MLI", "civilian", "killed", 9, 9, 9, "exact")]),
    ],
    # the words of a group's name are no people's noun: its fighters are counted
    "words_of_a_name": [
        ("en", "Government troops killed 14 People's Defence Force fighters near Sagaing.",
         [("PDF", "military", "killed", 14, 14, 14, "exact")]),
        ("en", "Turkish drones killed two Kurdistan Workers' Party (PKK) militants in Duhok province.",
         [("PKK", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "I droni turchi hanno ucciso due miliziani del Partito dei lavoratori del Kurdistan (PKK) a Duhok.",
         [("PKK", "military", "killed", 2, 2, 2, "exact")]),
    ],
    # a count whose noun is left out, then a country as where: more of the people just counted
    "elided_count_then_a_country": [
        ("en", "Turkish drones killed three PKK militants and wounded two in Iraq's Duhok province.",
         [("PKK", "military", "killed", 3, 3, 3, "exact"), ("PKK", "military", "wounded", 2, 2, 2, "exact")]),
        ("it", "I droni turchi hanno ucciso tre miliziani del PKK e ne hanno feriti due in Iraq.",
         [("PKK", "military", "killed", 3, 3, 3, "exact"), ("PKK", "military", "wounded", 2, 2, 2, "exact")]),
    ],
    # a count with no noun and no count before it, then a country as where: the place's people
    "lone_elided_count_in_a_country": [
        ("en", "RSF drone strikes killed 40 civilians in El Fasher on Monday. A raid across the border last year"
               " killed 60 in Chad.",
         [("SDN", "civilian", "killed", 40, 40, 40, "exact"), ("TCD", "unknown", "killed", 60, 60, 60, "exact")]),
        ("it", "Lunedì i droni delle RSF hanno ucciso 40 civili a El Fasher. Un raid oltre il confine l'anno scorso"
               " ha ucciso 60 in Ciad.",
         [("SDN", "civilian", "killed", 40, 40, 40, "exact"), ("TCD", "unknown", "killed", 60, 60, 60, "exact")]),
    ],
    # members of a named group, counted after soldiers: the group's fighters
    "members_of_a_group": [
        ("en", "The battle killed four soldiers and 12 suspected members of the Gulf Cartel in Reynosa.",
         [("MEX", "military", "killed", 4, 4, 4, "exact"), ("GULF CARTEL", "military", "killed", 12, 12, 12, "exact")]),
        ("it", "La battaglia ha ucciso quattro soldati e 12 presunti membri del cartello del Golfo a Reynosa.",
         [("MEX", "military", "killed", 4, 4, 4, "exact"), ("GULF CARTEL", "military", "killed", 12, 12, 12, "exact")]),
    ],
    # a rank is a soldier; a regiment's ordinal counts no one; a road accident is no conflict's toll
    "ranks_ordinals_and_accidents": [
        ("en", "A Malian sergeant was killed when the convoy was ambushed near Gao.",
         [("MLI", "military", "killed", 1, 1, 1, "exact")]),
        ("it", "Un caporale dell'esercito maliano è morto nell'agguato vicino a Gao.",
         [("MLI", "military", "killed", 1, 1, 1, "exact")]),
        ("it", "Tre soldati del 4º battaglione sono stati uccisi a Herat.",
         [("AFG", "military", "killed", 3, 3, 3, "exact")]),
        ("en", "Two peacekeepers died in a road accident near Bunia.", []),
        ("it", "Due caschi blu sono morti in un incidente stradale vicino a Bunia.", []),
    ],
    # a lead written in capitals counts as it reads; members of an army or a group are its fighters
    "capitals_and_members": [
        ("it", "È DI 41 MORTI e 90 feriti il bilancio del bombardamento su Kadugli.",
         [("SDN", "unknown", "killed", 41, 41, 41, "exact"), ("SDN", "unknown", "wounded", 90, 90, 90, "exact")]),
        ("en", "AT LEAST 41 KILLED in the shelling of Kadugli, officials say.",
         [("SDN", "unknown", "killed", 41, 41, None, "at_least")]),
        ("en", "Five members of the KDF were killed by a roadside bomb in Lamu.",
         [("KEN", "military", "killed", 5, 5, 5, "exact")]),
        ("it", "Cinque membri dell'Isis sono stati uccisi a Raqqa.",
         [("ISIS", "military", "killed", 5, 5, 5, "exact")]),
    ],
    # who told or were interviewed, a town's inhabitants and a crowd are counted, no casualties
    "sources_populations_and_crowds": [
        ("en", "The dead, according to three witnesses who saw the raid, were herders from Oromiya.", []),
        ("en", "In interviews with 14 people in Cabo Delgado, the group learned of new abductions.", []),
        ("it", "Secondo due testimoni, le vittime erano pastori della regione di Oromia.", []),
        ("it", "Bukavu, con i suoi 1,3 milioni di abitanti, è ora nelle mani dell'M23.", []),
        ("en", "Thousands of people gathered in Potocari to mourn the victims.", []),
    ],
    # armed men who abduct or kill are the attackers, never the victims
    "armed_men_as_agents": [
        ("en", "In Cucuta, two armed men on motorcycles had abducted the mayor's brother.", []),
        ("it", "A Cucuta due uomini armati in moto hanno rapito il fratello del sindaco.", []),
        ("en", "Two armed men were killed in the shootout in Cucuta.", [("COL", "unknown", "killed", 2, 2, 2, "exact")]),
        ("en", "Over 70 killed as gunmen attack a village in Zamfara.",
         [("NGA", "unknown", "killed", 70, 70, None, "over")]),
    ],
    # a new total after a count is of the casualty word before it
    "a_new_total": [
        ("en", "Shelling killed 12 people in El Fasher on Monday, bringing the total to 1,460.",
         [("SDN", "unknown", "killed", 12, 12, 12, "exact"), ("SDN", "unknown", "killed", 1460, 1460, 1460, "exact")]),
        ("en", "Another 40 people were injured in El Fasher, taking the overall tally to 2,300.",
         [("SDN", "unknown", "wounded", 40, 40, 40, "exact"), ("SDN", "unknown", "wounded", 2300, 2300, 2300, "exact")]),
        ("it", "I bombardamenti hanno ucciso 12 persone a El Fasher, portando il bilancio complessivo a 1.460.",
         [("SDN", "unknown", "killed", 12, 12, 12, "exact"), ("SDN", "unknown", "killed", 1460, 1460, 1460, "exact")]),
    ],
    # people "missing from the roll call" are missing; a group's acronym written as a word is the group
    "missing_and_acronyms_as_words": [
        ("it", "Dopo l'incursione a Beni mancano all'appello 30 civili.",
         [("COD", "civilian", "missing", 30, 30, 30, "exact")]),
        ("it", "Nell'agguato a Menaka sono stati uccisi sei soldati e nove miliziani del Jnim.",
         [("MLI", "military", "killed", 6, 6, 6, "exact"), ("JNIM", "military", "killed", 9, 9, 9, "exact")]),
        ("it", "A Butembo sono stati uccisi sette combattenti dell'Adf.",
         [("ADF", "military", "killed", 7, 7, 7, "exact")]),
    ],
    # a yearly rate is no toll; "a year after" opens a date, no rate
    "yearly_rates": [
        ("en", "The junta needs up to 40,000 new recruits a year to replace its losses in Sagaing.", []),
        ("en", "A year after the coup, 1,500 people had been killed in Myanmar.",
         [("MMR", "unknown", "killed", 1500, 1500, 1500, "exact")]),
    ],
    # a count whose own clause displaces its people is no casualty, though the next clause wounds others
    "displaced_in_own_clause": [
        ("en", "At least 4,000 people have been displaced by the raid on Kidal, and 12 people sustained serious"
               " injuries.", [("MLI", "unknown", "wounded", 12, 12, 12, "exact")]),
        ("it", "Almeno 4.000 persone sono state sfollate dal raid su Kidal, e 12 persone hanno riportato ferite"
               " gravi.", [("MLI", "unknown", "wounded", 12, 12, 12, "exact")]),
        ("en", "Twelve people who had fled their homes were killed in Kidal.",
         [("MLI", "unknown", "killed", 12, 12, 12, "exact")]),
    ],
    # a medium's name is no party: "the Sudan Tribune reported"
    "media_names": [
        ("en", "Six people were killed in Malakal, the Sudan Tribune reported.",
         [("SSD", "unknown", "killed", 6, 6, 6, "exact")]),
        ("it", "Sei persone sono state uccise a Malakal, riferisce il Sudan Tribune.",
         [("SSD", "unknown", "killed", 6, 6, 6, "exact")]),
    ],
    # where a speaker was when speaking is not where the dead are, nor whose
    "where_the_speaker_spoke": [
        ("en", "The UN rights chief, speaking to reporters in Geneva, said at least 50 people had been killed"
               " by gangs in Haiti.",
         [("HTI", "unknown", "killed", 50, 50, None, "at_least")]),
        ("it", "Il capo dell'Onu per i diritti umani, parlando ai giornalisti a Ginevra, ha detto che almeno 50"
               " persone sono state uccise ad Haiti.",
         [("HTI", "unknown", "killed", 50, 50, None, "at_least")]),
    ],
    # a single ranger is a soldier; "six others" are more rangers
    "one_ranger": [
        ("en", "One ranger died and six others were badly hurt when a roadside bomb went off in Yala.",
         [("THA", "military", "killed", 1, 1, 1, "exact"), ("THA", "military", "wounded", 6, 6, 6, "exact")]),
    ],
    # the Turkish-backed factions of northern Syria by the names news give them
    "turkish_backed_factions": [
        ("en", "Fourteen Turkish-backed fighters were killed in clashes with the SDF near Kobani.",
         [("SYRIAN NATIONAL ARMY", "military", "killed", 14, 14, 14, "exact")]),
        ("it", "Negli scontri con le SDF vicino a Kobani sono stati uccisi quattordici miliziani filo-turchi.",
         [("SYRIAN NATIONAL ARMY", "military", "killed", 14, 14, 14, "exact")]),
    ],
    # an approximate figure before a dash opens a range
    "approximate_range": [
        ("en", "Bandits stormed the market in Zamfara, killing some 25-30 people.",
         [("NGA", "unknown", "killed", 25, None, 30, "range")]),
        ("it", "I banditi hanno assaltato il mercato di Zamfara, uccidendo circa 25-30 persone.",
         [("NGA", "unknown", "killed", 25, None, 30, "range")]),
    ],
    # a rate set before the clause, or a dead end, is no toll
    "rates_and_idioms": [
        ("en", "Every week, the brigade loses 40-50 men near Pokrovsk.", []),
        ("it", "Ogni giorno, la brigata perde 40-50 uomini vicino a Pokrovsk.", []),
        ("en", "The ceasefire talks on Pokrovsk have reached a dead end.", []),
    ],
    # civilians counted as displaced say nothing of who the dead were
    "displaced_civilians_beside_a_toll": [
        ("en", "At least 80 people have been killed in Kassala and more than 3,000 civilians displaced.",
         [("SDN", "unknown", "killed", 80, 80, None, "at_least")]),
        ("it", "Almeno 80 persone sono state uccise a Kassala e oltre 3.000 civili sono sfollati.",
         [("SDN", "unknown", "killed", 80, 80, None, "at_least")]),
    ],
    # countries named for a border, in a list after it, are no side: the land the attack was in is
    "countries_listed_at_a_border": [
        ("en", "Gunmen attacked a post in northern Togo near the borders with restive neighbours, Burkina Faso and"
               " Ghana, killing 11 soldiers.", [("TGO", "military", "killed", 11, 11, 11, "exact")]),
        ("it", "Un attacco nel nord del Togo, al confine con il Burkina Faso e il Ghana, ha ucciso 11 soldati.",
         [("TGO", "military", "killed", 11, 11, 11, "exact")]),
    ],
    # "which the army said" opens a saying whose speaker is the army, not the sentence before it
    "relative_saying": [
        ("en", "Five Indian soldiers were hurt in the raid, which the army said had destroyed 3 hideouts in Kupwara.",
         [("IND", "military", "wounded", 5, 5, 5, "exact")]),
    ],
    # resistance fighters of no named group are no state's, nor is a count right after theirs with no
    # noun of its own; the junta's troops are the state's
    "resistance_fighters": [
        # (fighters of a group the text never names are people of no named side: the place's
        # country, codebook 9; the bare count after them counts the same fighters)
        ("en", "Three resistance fighters were killed and eight injured near Loikaw.",
         [("MMR", "military", "killed", 3, 3, 3, "exact"), ("MMR", "military", "wounded", 8, 8, 8, "exact")]),
        ("it", "Tre combattenti della resistenza sono stati uccisi e otto feriti vicino a Loikaw.",
         [("MMR", "military", "killed", 3, 3, 3, "exact"), ("MMR", "military", "wounded", 8, 8, 8, "exact")]),
        ("en", "A total of 212 junta troops were killed in Karenni State last year.",
         [("MMR", "military", "killed", 212, 212, 212, "exact")]),
    ],
    # a crew is civilians (codebook 9); men where no soldiers, forces or side are spoken of are of no kind
    "crews_and_men": [
        ("en", "Separatist rebels killed 19 members of a crew building a bridge in Nduga.",
         [("IDN", "civilian", "killed", 19, 19, 19, "exact")]),
        ("it", "I ribelli hanno sequestrato la petroliera a Hodeidah e i 22 membri dell'equipaggio.",
         [("YEM", "civilian", "captured", 22, 22, 22, "exact")]),
        ("en", "Gunmen shot dead 10 men watching a football match in Bauchi.",
         [("NGA", "unknown", "killed", 10, 10, 10, "exact")]),
        ("it", "Il Ciad ha perso 30 uomini nell'attacco di Boko Haram sul lago.",
         [("TCD", "military", "killed", 30, 30, 30, "exact")]),
    ],
    # people arrested are captured (as in English: "the arrest of 70 people"); those displaced are none
    "arrests_and_displacement": [
        ("it", "Negli scontri a Batumi si segnalano numerosi feriti e l'arresto di almeno 40 persone.",
         [("GEO", "unknown", "captured", 40, 40, None, "at_least")]),
        ("it", "I raid hanno ucciso e ferito civili e causato lo sfollamento di migliaia di persone nel Kordofan.", []),
    ],
    # a count with its casualty word right after it counts people, though a weapon follows ("wounded by shells")
    "wounded_by_a_weapon": [
        ("it", "A Tulkarem i medici hanno segnalato 14 feriti da proiettili, di cui due in condizioni critiche.",
         [("PSE", "unknown", "wounded", 14, 14, 14, "exact")]),
        ("en", "Medics in Tulkarem reported 14 wounded by bullets, two of them critically.",
         [("PSE", "unknown", "wounded", 14, 14, 14, "exact")]),
    ],
    # people held in captivity are captured
    "in_captivity": [
        ("en", "Rights groups say 17 Georgians remain in Russian captivity after the last swap.",
         [("GEO", "unknown", "captured", 17, 17, 17, "exact")]),
        ("it", "Secondo le ong, 17 georgiani restano in prigionia in Russia.",
         [("GEO", "unknown", "captured", 17, 17, 17, "exact")]),
    ],
    # a capital named by its country's people is that country's place
    "capital_by_its_people": [
        ("en", "Drones struck the Sudanese capital overnight, killing five people.",
         [("SDN", "unknown", "killed", 5, 5, 5, "exact")]),
        ("it", "Nella notte i droni hanno colpito la capitale sudanese, uccidendo cinque persone.",
         [("SDN", "unknown", "killed", 5, 5, 5, "exact")]),
    ],
    # an attacker is never the article's country, and a group that speaks of the dead speaks of its land's
    "attackers_are_no_home": [
        ("en", "The Houthis said American strikes killed 38 people at a fuel port.",
         [("YEM", "unknown", "killed", 38, 38, 38, "exact")]),
        ("it", "Israele ha colpito Beirut: 4 morti, tra cui un comandante di Hezbollah.",
         [("LBN", "unknown", "killed", 4, 4, 4, "exact")]),
    ],
    # those who execute are the killers, never whose the executed are
    "executed": [
        ("en", "The Taliban executed three men accused of spying in Kandahar.",
         [("AFG", "unknown", "killed", 3, 3, 3, "exact")]),
        ("it", "I talebani hanno giustiziato tre uomini accusati di spionaggio a Kandahar.",
         [("AFG", "unknown", "killed", 3, 3, 3, "exact")]),
    ],
    # a proportion of one counts no one: "one in five", "uno su tre"
    "proportions": [
        ("en", "One in four soldiers of the brigade near Kupiansk has been wounded.", []),
        ("it", "Un soldato ucraino su quattro è stato ferito almeno una volta vicino a Kupiansk.", []),
        ("en", "Gunmen killed 3 soldiers in 2 attacks near Kupiansk.", [("UKR", "military", "killed", 3, 3, 3, "exact")]),
    ],
    # a force's name still says soldiers; a refugee camp's dead are its people (no count of displaced)
    "force_names_and_camps": [
        ("it", "Negli scontri di Deir ez-Zor sono morti 30 combattenti delle tribù arabe e 24 tra le fila delle"
               " Forze democratiche siriane.",
         [("SYR", "military", "killed", 30, 30, 30, "exact"), ("SDF", "military", "killed", 24, 24, 24, "exact")]),
        ("it", "Almeno 60 persone sono state uccise in un attacco armato in un campo profughi nella provincia di Ituri.",
         [("COD", "unknown", "killed", 60, 60, None, "at_least")]),
    ],
    # a group named for whom an agency or a person sympathises with is not the victims' side
    "sympathisers": [
        ("en", "Two reporters working for an outlet sympathetic to the PKK were killed by a drone near Duhok.",
         [("IRQ", "civilian", "killed", 2, 2, 2, "exact")]),
        ("it", "Due giornaliste che lavoravano per un'emittente vicina al PKK sono morte in un attacco di droni a Duhok.",
         [("IRQ", "civilian", "killed", 2, 2, 2, "exact")]),
    ],
    # "the 20 people killed were 12 children, ...": the total is the row, its breakdown a subset
    "total_then_breakdown": [
        ("en", "In Gitega the 20 people killed were 12 children, 3 women and 5 men.",
         [("BDI", "civilian", "killed", 20, 20, 20, "exact")]),
        ("it", "A Gitega le 20 persone uccise sono 12 bambini, 3 donne e 5 uomini.",
         [("BDI", "civilian", "killed", 20, 20, 20, "exact")]),
    ],
    # a part told before a later voice's clause keeps its own noun's kind
    "part_then_other_clause": [
        ("it", "A Tumaco tre dei militari feriti sono in gravi condizioni mentre due civili colpiti sono fuori pericolo.",
         [("COL", "military", "wounded", 3, 3, 3, "exact")]),
    ],
    # people let go are no captives
    "let_go": [
        ("it", "I ribelli hanno rapito il pilota a Nduga dopo aver lasciato andare gli altri quattro passeggeri.", []),
        ("en", "The rebels abducted the pilot in Nduga after letting go the other four passengers.", []),
    ],
    # a source opening the sentence with no comma after it ends where the clause begins
    "opening_source_without_comma": [
        ("it", "Secondo Kiev le perdite russe ammontano a circa 2.000 uomini, di cui circa 500 morti.",
         [("RUS", "military", "killed_or_wounded", None, 2000, None, "approx"),
          ("RUS", "military", "killed", None, 500, None, "approx")]),
    ],
    # a single victim or fatality after its article or "one" is a count of one
    "one_victim": [
        ("it", "A Odessa i medici hanno confermato almeno una vittima e più di 15 feriti.",
         [("UKR", "unknown", "killed", 1, 1, None, "at_least"), ("UKR", "unknown", "wounded", 15, 15, None, "over")]),
        ("en", "Medics in Odessa confirmed at least one fatality and more than 15 injured.",
         [("UKR", "unknown", "killed", 1, 1, None, "at_least"), ("UKR", "unknown", "wounded", 15, 15, None, "over")]),
    ],
    # a gerund of kidnapping after the attack it ends
    "kidnapping_gerund": [
        ("en", "Bandits attacked a village in Katsina State, kidnapping over 30 people.",
         [("NGA", "unknown", "captured", 30, 30, None, "over")]),
        ("it", "Banditi hanno assaltato un villaggio nello stato di Katsina, rapendo oltre 30 persone.",
         [("NGA", "unknown", "captured", 30, 30, None, "over")]),
    ],
    # civilians counted as a part of a toll of people say the rest were no civilians: the whole is mixed
    "civilians_counted_as_a_part": [
        ("en", "The shelling of Goma killed 21 people, including five civilians.",
         [("COD", "unknown", "killed", 21, 21, 21, "exact")]),
        ("it", "I bombardamenti su Goma hanno ucciso 21 persone, tra cui cinque civili.",
         [("COD", "unknown", "killed", 21, 21, 21, "exact")]),
        # (children named as a part still make a toll of people civilians)
        ("en", "The shelling of Goma killed 21 people, including five children.",
         [("COD", "unknown", "killed", 21, 21, 21, "exact")]),
    ],
    # rebels, hitmen and gang members of no named group are no state's: no row; a named group's are its own
    "unnamed_outlaws": [
        # (of no named group: the place's country, codebook 9)
        ("it", "Negli scontri a Deir ez-Zor sono stati uccisi sette ribelli.",
         [("SYR", "military", "killed", 7, 7, 7, "exact")]),
        ("en", "Police shot dead six suspected cartel members in Zacatecas.",
         [("MEX", "military", "killed", 6, 6, 6, "exact")]),
        ("en", "Troops shot dead six suspected members of the Sinaloa cartel in Zacatecas.",
         [("SINALOA CARTEL", "military", "killed", 6, 6, 6, "exact")]),
    ],
    # a group named before its "terrorist attack" is the attacker, never whose soldiers fell
    "attacker_before_a_qualified_attack": [
        ("en", "\"We lost nine soldiers in the JNIM terrorist attack on the camp near Gao,\" an officer said.",
         [("MLI", "military", "killed", 9, 9, 9, "exact")]),
    ],
    # militants of no named group are people of no named side: the place's country (codebook 9),
    # though the place's forces killed them; a toll's euphemisms ("neutralised", "sent to hell") kill
    "unnamed_militants": [
        ("en", "Security forces killed four militants in an encounter in Kupwara district.",
         [("IND", "military", "killed", 4, 4, 4, "exact")]),
        ("it", "Due militanti separatisti sono stati uccisi dalle forze di sicurezza nel distretto di Kupwara.",
         [("IND", "military", "killed", 2, 2, 2, "exact")]),
        ("en", "In the operation in Khyber district, 157 ultras were killed.",
         [("PAK", "military", "killed", 157, 157, 157, "exact")]),
    ],
    # people in the hands of their captors, or taken away by force, are captured
    "in_the_hands_of": [
        ("it", "L'esercito ha confermato che sei soldati sono ora nelle mani dei ribelli a Kidal.",
         [("MLI", "military", "captured", 6, 6, 6, "exact")]),
        ("en", "The army confirmed that six soldiers are now in the hands of the rebels in Kidal.",
         [("MLI", "military", "captured", 6, 6, 6, "exact")]),
        ("it", "Gli uomini armati hanno fermato il bus a Turbat prima di prelevare con la forza otto passeggeri.",
         [("PAK", "civilian", "captured", 8, 8, 8, "exact")]),
    ],
    # a count, then "and N of them" with the casualty word: the first count is the whole, no toll
    # (a toll with its part in an aside stays the toll)
    "whole_then_part_pronoun": [
        ("en", "Near Gao there were six guards at the gate and two of them were killed.",
         [("MLI", "unknown", "killed", 2, 2, 2, "exact")]),
        ("it", "Vicino a Gao c'erano sei uomini armati e due di loro sono stati uccisi.",
         [("MLI", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "Il numero dei feriti a Gao è salito a 31, 7 dei quali gravi.",
         [("MLI", "unknown", "wounded", 31, 31, 31, "exact")]),
    ],
    # a clause opening on "when" is no modifier of the count's people: "14 people were killed when
    # gunmen attacked" counts the people, not the gunmen; Nigerian states named with "State"
    "killed_when_attackers": [
        ("en", "At least 14 people were killed when gunmen attacked a village in Plateau State.",
         [("NGA", "unknown", "killed", 14, 14, None, "at_least")]),
        ("it", "Almeno 14 persone sono state uccise quando uomini armati hanno attaccato un villaggio nello stato di "
               "Plateau.", [("NGA", "unknown", "killed", 14, 14, None, "at_least")]),
    ],
    # a count opening the sentence stays the subject of a verb a long place puts far after it
    "long_place_before_the_verb": [
        ("en", "Not less than seven farmers in the Bokkos local government area of Plateau State, in north-central "
               "Nigeria, were killed overnight.", [("NGA", "civilian", "killed", 7, 7, None, "at_least")]),
        ("en", "More than six traders at the crowded main cattle market of Maiduguri, the capital of northeastern Borno "
               "State, were wounded on Friday.", [("NGA", "civilian", "wounded", 6, 6, None, "over")]),
    ],
    # a people's adjective after the losses, another adjective between, names whose they are
    "losses_adjective_between": [
        ("it", "Le perdite complessive ucraine sono stimate in circa 40.000 soldati.",
         [("UKR", "military", "killed_or_wounded", None, 40000, None, "approx")]),
    ],
    # a part of a toll whose people a copula names as another state's is a row of its own (codebook
    # 9: a subset that gives a new party); a whole "killed this year" is the dead, not killers
    "part_named_after_a_copula": [
        ("en", "Of the 60 militants killed this year in Jammu and Kashmir, 21 were Afghan nationals.",
         [("IND", "military", "killed", 60, 60, 60, "exact"), ("AFG", "military", "killed", 21, 21, 21, "exact")]),
        ("it", "Dei 60 militanti uccisi quest'anno nel Jammu e Kashmir, 21 erano cittadini afghani.",
         [("IND", "military", "killed", 60, 60, 60, "exact"), ("AFG", "military", "killed", 21, 21, 21, "exact")]),
        ("en", "Of the 60 civilians killed this year in Jammu and Kashmir, 21 were women.",
         [("IND", "civilian", "killed", 60, 60, 60, "exact")]),
        # ("out of" opens the whole as "of the" does)
        ("en", "Out of 60 militants killed this year in Jammu and Kashmir, 21 were Afghan nationals.",
         [("IND", "military", "killed", 60, 60, 60, "exact"), ("AFG", "military", "killed", 21, 21, 21, "exact")]),
    ],
    # people an armed side "took" are taken captive; people taken to hospital, or "it took" them
    # time, are not
    "took_people": [
        ("en", "Militiamen took seven Fulani herders near Mopti in reprisal.",
         [("MLI", "civilian", "captured", 7, 7, 7, "exact")]),
        ("it", "I miliziani hanno preso sette pastori fulani vicino a Mopti per rappresaglia.",
         [("MLI", "civilian", "captured", 7, 7, 7, "exact")]),
        ("en", "It took seven herders two days to reach Mopti.", []),
        ("en", "Volunteers took seven wounded herders to hospital in Mopti.",
         [("MLI", "civilian", "wounded", 7, 7, 7, "exact")]),
    ],
    # Kosovo has no ISO code yet: its user-assigned XKX (CLDR's XK), its people and towns too
    "kosovo": [
        ("en", "Two Kosovar police officers were wounded near Mitrovica on Friday.",
         [("XKX", "military", "wounded", 2, 2, 2, "exact")]),
        ("it", "Tre poliziotti sono stati feriti in Kosovo venerdì.", [("XKX", "military", "wounded", 3, 3, 3, "exact")]),
    ],
    # victims said to be in critical condition are wounded, not dead; a toll that "went up to" N is N
    "victims_in_critical_condition": [
        ("en", "Five victims, who were still in critical condition, were taken to hospital in Kampala.",
         [("UGA", "unknown", "wounded", 5, 5, 5, "exact")]),
        ("it", "Cinque vittime, ancora in gravi condizioni, sono state trasferite in ospedale a Kampala.",
         [("UGA", "unknown", "wounded", 5, 5, 5, "exact")]),
        ("en", "The death toll from the raid on Kampala went up to 14.",
         [("UGA", "unknown", "killed", 14, 14, 14, "exact")]),
    ],
    # a toll revised "from X to Y", its noun between the verb and "from": Y is the toll, X superseded
    "revised_from_to": [
        ("en", "Officials revised the death toll of the Kassala market attack from 31 to only 27.",
         [("SDN", "unknown", "killed", 27, 27, 27, "exact")]),
        ("it", "Le autorità hanno rivisto il bilancio dei morti dell'attacco al mercato di Kassala da 31 a soli 27.",
         [("SDN", "unknown", "killed", 27, 27, 27, "exact")]),
    ],
    # a first figure said to be "initially reported" is superseded by the toll beside it
    "initially_reported": [
        ("en", "The toll in Kassala rose to 19, up from the six deaths initially reported.",
         [("SDN", "unknown", "killed", 19, 19, 19, "exact")]),
        ("it", "Il bilancio a Kassala è salito a 19, rispetto ai sei morti inizialmente comunicati.",
         [("SDN", "unknown", "killed", 19, 19, 19, "exact")]),
    ],
    # people "seized" are captured, as those taken hostage; soldiers "surrendering" too
    "seized_and_surrendering": [
        ("en", "ELN guerrillas seized 14 soldiers and two police officers in Arauca.",
         [("COL", "military", "captured", 14, 14, 14, "exact"), ("COL", "military", "captured", 2, 2, 2, "exact")]),
        ("it", "I guerriglieri dell'Eln hanno sequestrato 14 soldati ad Arauca.",
         [("COL", "military", "captured", 14, 14, 14, "exact")]),
        ("en", "Footage showed dozens of soldiers surrendering to the rebels in Sagaing.",
         [("MMR", "military", "captured", 10, None, None, "vague")]),
        ("en", "The navy seized 12 boats and 300 rifles off Arauca.", []),
    ],
    # an army named by its name or its press office counts its own soldiers, wherever they fell
    "army_named_by_name": [
        ("en", "The IDF said two soldiers were killed in Rafah on Monday.",
         [("ISR", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "L'Idf ha detto che due soldati sono stati uccisi a Rafah.",
         [("ISR", "military", "killed", 2, 2, 2, "exact")]),
    ],
    # a toll denied ("without causing casualties", "senza provocare vittime", "no casualties") is none
    "no_casualties": [
        ("en", "The two armies clashed often in Ladakh, but without causing casualties.", []),
        ("it", "I due eserciti si sono affrontati spesso in Ladakh, ma senza provocare vittime.", []),
        ("en", "The two armies clashed in Ladakh, causing no casualties.", []),
    ],
    # "martyring" kills as "martyred" does
    "martyring": [
        ("en", "A suicide bomber struck a mosque in Quetta, martyring 21 worshippers.",
         [("PAK", "civilian", "killed", 21, 21, 21, "exact")]),
    ],
    # people badly burned are wounded
    "burned": [
        ("en", "Four crew members were badly burned in the strike near Hodeidah.",
         [("YEM", "civilian", "wounded", 4, 4, 4, "exact")]),
        ("it", "Quattro membri dell'equipaggio sono rimasti ustionati nell'attacco vicino a Hodeidah.",
         [("YEM", "civilian", "wounded", 4, 4, 4, "exact")]),
    ],
    # a count that opens a speaker's words, a relative clause after its noun, is who speaks
    "speaker_with_a_clause": [
        ("en", "One villager who helped bury the bodies in Djibo said the soldiers never came.", []),
        ("it", "Un abitante, che ha aiutato a seppellire i corpi a Djibo, ha detto che i soldati non sono venuti.", []),
    ],
    # the later death of the one just counted, told with a pronoun or no subject, is a row of its own
    "later_fate_of_one": [
        ("en", "Rebels captured one Malian soldier near Gao, but he died of his wounds two days later.",
         [("MLI", "military", "captured", 1, 1, 1, "exact"), ("MLI", "military", "killed", 1, 1, 1, "exact")]),
        ("it", "Un soldato maliano è stato ferito vicino a Gao, ma è poi morto per le ferite.",
         [("MLI", "military", "wounded", 1, 1, 1, "exact"), ("MLI", "military", "killed", 1, 1, 1, "exact")]),
        # (several need their count: "they died" gives no second row)
        ("en", "Rebels captured two Malian soldiers near Gao, but they later died.",
         [("MLI", "military", "captured", 2, 2, 2, "exact")]),
    ],
    # captives whose death a relative clause tells are dead, not held
    "captives_who_died": [
        ("it", "I 12 ostaggi che hanno perso la vita in prigionia sono stati riportati in Colombia.",
         [("COL", "unknown", "killed", 12, 12, 12, "exact")]),
        ("en", "The 12 hostages who lost their lives in captivity were brought back to Colombia.",
         [("COL", "unknown", "killed", 12, 12, 12, "exact")]),
    ],
    # a group "holding" hostages is their captor, never their party
    "captors_holding": [
        ("en", "Al-Shabaab holds 12 hostages in Jubaland.", [("SOM", "unknown", "captured", 12, 12, 12, "exact")]),
        ("en", "Al-Shabaab is still holding 12 hostages in Jubaland.",
         [("SOM", "unknown", "captured", 12, 12, 12, "exact")]),
        ("it", "Al-Shabaab tiene ancora in ostaggio 12 persone nel Jubaland.",
         [("SOM", "unknown", "captured", 12, 12, 12, "exact")]),
    ],
    # one agent, as one policeman: "un agente" counts one
    "one_agent": [
        ("it", "Un agente ruandese è stato ucciso dai ribelli a marzo in Mozambico.",
         [("RWA", "military", "killed", 1, 1, 1, "exact")]),
    ],
    # a capital in a wire dateline is where the report was filed, not whose the dead are
    "dateline_capital": [
        ("en", "NEW DELHI — A Myanmar army airstrike on a village killed around 60 people, local media said.",
         [("MMR", "unknown", "killed", None, 60, None, "approx")]),
    ],
    # more people counted after a toll of people of no kind are of no kind either
    "others_after_people": [
        ("en", "Six people were killed and nine others wounded in a drone strike on Sumy.",
         [("UKR", "unknown", "killed", 6, 6, 6, "exact"), ("UKR", "unknown", "wounded", 9, 9, 9, "exact")]),
        ("it", "Sei persone sono morte e altre nove sono rimaste ferite in un attacco di droni su Sumy.",
         [("UKR", "unknown", "killed", 6, 6, 6, "exact"), ("UKR", "unknown", "wounded", 9, 9, 9, "exact")]),
    ],
    # the Kurdistan Region and its towns are Iraq's
    "iraqi_kurdistan": [
        ("en", "A Turkish drone strike killed four people near Zakho in the Kurdistan Region.",
         [("IRQ", "unknown", "killed", 4, 4, 4, "exact")]),
        ("it", "Un drone turco ha ucciso quattro persone vicino a Zakho, nel Kurdistan iracheno.",
         [("IRQ", "unknown", "killed", 4, 4, 4, "exact")]),
    ],
    # disappearances are the missing
    "disappearances": [
        ("it", "A Culiacán la guerra tra le bande ha lasciato 35 morti e 50 sparizioni in un mese.",
         [("MEX", "unknown", "killed", 35, 35, 35, "exact"), ("MEX", "unknown", "missing", 50, 50, 50, "exact")]),
        ("en", "In Culiacán the gang war has left 35 dead and 50 disappearances in a month.",
         [("MEX", "unknown", "killed", 35, 35, 35, "exact"), ("MEX", "unknown", "missing", 50, 50, 50, "exact")]),
    ],
    # a group's full name with "of" is the attacker, never whose the dead soldiers are
    "group_full_name_as_attacker": [
        ("en", "Fighters of the Islamic State of West Africa Province on Sunday killed nine soldiers in Yobe State.",
         [("NGA", "military", "killed", 9, 9, 9, "exact")]),
    ],
    # the people named in an aside of a toll are a part: neither its people nor a sign the toll is a group's
    "toll_with_its_parts": [
        ("it", "A Niamey le fonti locali parlano di 23 morti fra cui 4 attentatori.",
         [("NER", "unknown", "killed", 23, 23, 23, "exact")]),
        ("en", "The raid in Niamey left 23 dead, including four gunmen.",
         [("NER", "unknown", "killed", 23, 23, 23, "exact")]),
    ],
    # a group the knowledge names makes its fighters' dead a row of their own, in a list with others
    "named_groups_in_a_list": [
        ("it", "Dall'inizio dell'assedio di Agadez sono stati uccisi 300 miliziani dell'MNLA, 70 soldati governativi "
               "e 20 civili.",
         [("MNLA", "military", "killed", 300, 300, 300, "exact"), ("NER", "military", "killed", 70, 70, 70, "exact"),
          ("NER", "civilian", "killed", 20, 20, 20, "exact")]),
        ("en", "Since the siege of Agadez began, 300 Ansar Dine fighters, 70 government soldiers and 20 civilians have "
               "been killed.",
         [("ANSAR DINE", "military", "killed", 300, 300, 300, "exact"),
          ("NER", "military", "killed", 70, 70, 70, "exact"), ("NER", "civilian", "killed", 20, 20, 20, "exact")]),
    ],
    # a group written so in one language only: the Islamic State is "l'Is" in Italian
    "groups_named_in_one_language": [
        ("it", "Negli scontri per Agadez sono stati uccisi 40 miliziani dell'Is, mentre sono 9 i soldati nigerini morti.",
         [("ISIS", "military", "killed", 40, 40, 40, "exact"), ("NER", "military", "killed", 9, 9, 9, "exact")]),
    ],
    # civilians beside foreign soldiers are the land's people, and a clause set against a count counts others
    "civilians_beside_foreign_soldiers": [
        ("en", "The raid on the camp in Niger killed three Chadian peacekeepers and about 15 civilians.",
         [("TCD", "military", "killed", 3, 3, 3, "exact"), ("NER", "civilian", "killed", None, 15, None, "approx")]),
        # (with no place or country in context, the civilians' party is unknown: no row, never Chad's)
        ("en", "The raid on the camp killed three Chadian peacekeepers and about 15 civilians.",
         [("TCD", "military", "killed", 3, 3, 3, "exact")]),
        ("en", "Four Chadian peacekeepers were killed near Agadez, while officials found a mass grave with 25 bodies.",
         [("TCD", "military", "killed", 4, 4, 4, "exact"), ("NER", "unknown", "killed", 25, 25, 25, "exact")]),
        ("it", "Sono 12 i combattenti dell'Ypg che hanno perso la vita negli scontri ad Agadez.",
         [("YPG", "military", "killed", 12, 12, 12, "exact")]),
    ],
    # witnesses, statements and crossings are counted, not killed; lives saved are no dead; those "in
    # critical condition" live
    "counts_that_are_no_dead": [
        ("en", "Twelve witnesses in Tillaberi said that, after the killings, soldiers burned houses.", []),
        # (the border crossings are no dead; the one policeman is)
        ("en", "One policeman was killed in Tillaberi after the army took two disputed border crossings.",
         [("NER", "military", "killed", 1, 1, 1, "exact")]),
        ("it", "Secondo i funzionari di Niamey, gli intercettori hanno salvato migliaia di vite.", []),
        ("en", "Three soldiers were killed in the ambush near Tillaberi and four more are in critical condition.",
         [("NER", "military", "killed", 3, 3, 3, "exact")]),
    ],
    # members of the security forces are military; "ammazzati" is killed
    "security_forces_and_ammazzati": [
        ("en", "The attack in Garissa took the lives of 25 civilians and four members of the security forces.",
         [("KEN", "civilian", "killed", 25, 25, 25, "exact"), ("KEN", "military", "killed", 4, 4, 4, "exact")]),
        ("it", "Secondo le autorità, a Garissa gli assalitori hanno ammazzato 25 civili.",
         [("KEN", "civilian", "killed", 25, 25, 25, "exact")]),
    ],
    # schoolgirls, aid workers and migrants are civilians; the group that kidnaps them is not their party
    "civilians_by_their_noun": [
        ("en", "Boko Haram has kidnapped hundreds of schoolgirls in Borno.",
         [("NGA", "civilian", "captured", 100, None, None, "vague")]),
        ("it", "A Mogadiscio sono state rapite due cooperanti.",
         [("SOM", "civilian", "captured", 2, 2, 2, "exact")]),
    ],
    # a medium named like a region, a time zone in brackets: no place of the story
    "media_and_time_zones_are_no_places": [
        # (the toll's land is left unknown here, never Sudan's Al Jazira state)
        ("it", "Sono più di 40 le vittime del raid sul villaggio libanese di Cana, secondo quanto riferisce "
               "l'emittente Al Jazira.", []),
        ("it", "L'ordigno è esploso alle 08.10 (le 06.10 in Italia) alla stazione di Kiev: le vittime sono 12.",
         [("UKR", "unknown", "killed", 12, 12, 12, "exact")]),
        # (a count in brackets is no clock: its places stay)
        ("it", "Nei due attacchi (12 a Kiev e 5 a Leopoli) sono stati uccisi 17 civili ucraini.",
         [("UKR", "civilian", "killed", 17, 17, 17, "exact")]),
    ],
    # an age after "children under" is no count: "Three children under 10 were among the dead"
    "ages_after_under": [
        ("en", "Four children under 12 were among the dead in Tillaberi.",
         [("NER", "civilian", "killed", 4, 4, 4, "exact")]),
    ],
    # gendarmes are military
    "gendarmes": [
        ("it", "A Diffa sono stati uccisi 19 gendarmi e 4 civili.",
         [("NER", "military", "killed", 19, 19, 19, "exact"), ("NER", "civilian", "killed", 4, 4, 4, "exact")]),
    ],
    # "eliminated", "neutralised": the military's word for killed
    "eliminated_and_neutralised": [
        ("it", "Nel dipartimento di Alibori sono stati eliminati oltre quaranta combattenti del JNIM.",
         [("JNIM", "military", "killed", 40, 40, None, "over")]),
        ("en", "Troops neutralised 25 ISWAP fighters near Maiduguri.",
         [("ISWAP", "military", "killed", 25, 25, 25, "exact")]),
    ],
    # a thing's noun before a people's one names them: "school children", "prison guards" are people
    "things_naming_people": [
        ("en", "Eight school children were killed when the shell hit Tillaberi.",
         [("NER", "civilian", "killed", 8, 8, 8, "exact")]),
        # (cartel members of no named cartel: the place's country, codebook 9)
        ("en", "Soldiers killed 14 drug cartel members near Tillaberi.",
         [("NER", "military", "killed", 14, 14, 14, "exact")]),
        ("en", "The death toll rose to 61 after the Tillaberi gang attack, officials said.",
         [("NER", "unknown", "killed", 61, 61, 61, "exact")]),
    ],
    # forces named as the agent after the toll are the attackers, no sign of whose the dead are
    "attackers_after_the_toll": [
        ("it", "Salgono a 120 i morti negli scontri nell'area di Homs, zona attaccata dalle forze del nuovo governo.",
         [("SYR", "unknown", "killed", 120, 120, 120, "exact")]),
        ("en", "At least 30 people were killed in El Fasher, which was shelled by RSF forces.",
         [("SDN", "unknown", "killed", 30, 30, None, "at_least")]),
    ],
    # a casualty word inside a weapon's name counts no one; a headline in title case keeps its count
    "weapon_names": [
        ("en", "The approved sale includes 1,000 Mk 84 bomb bodies for the Israeli air force.", []),
        ("en", "Nigeria received 500 Advanced Precision Kill Weapon System rockets.", []),
        ("en", "Houthi Missile Strike Kills Three Sailors in Gulf of Aden",
         [("YEM", "civilian", "killed", 3, 3, 3, "exact")]),
    ],
    # a count after the verb with its noun left out, and "more", a place or a date of its own
    "elided_after_the_verb": [
        # (militants of a named group are its own; of none, no state's)
        ("en", "Two Lashkar-e-Taiba militants were killed on Monday in Srinagar and four more on 3 May in the "
               "same district.",
         [("LASHKAR-E-TAIBA", "military", "killed", 2, 2, 2, "exact"),
          ("LASHKAR-E-TAIBA", "military", "killed", 4, 4, 4, "exact")]),
        ("it", "Due militanti di Lashkar-e-Taiba sono stati uccisi lunedì a Srinagar e altri quattro il 3 maggio "
               "nello stesso distretto.",
         [("LASHKAR-E-TAIBA", "military", "killed", 2, 2, 2, "exact"),
          ("LASHKAR-E-TAIBA", "military", "killed", 4, 4, 4, "exact")]),
    ],
    # killings counted as homicides or murders; hostages taken with the count between verb and noun
    "homicides_and_hostages": [
        ("en", "Police in Acapulco registered 41 homicides in a single week of cartel fighting.",
         [("MEX", "unknown", "killed", 41, 41, 41, "exact")]),
        ("it", "Ad Acapulco ci sono stati nove omicidi in tre giorni.",
         [("MEX", "unknown", "killed", 9, 9, 9, "exact")]),
        ("en", "Gunmen stormed the bus near Quetta and took 40 passengers hostage.",
         [("PAK", "civilian", "captured", 40, 40, 40, "exact")]),
        ("it", "Uomini armati hanno assaltato il pullman vicino a Quetta e hanno preso 40 passeggeri in ostaggio.",
         [("PAK", "civilian", "captured", 40, 40, 40, "exact")]),
    ],
    # the second count coordinated after a trigger
    "coordinated_second_count": [
        ("en", "Militants attacked a market in Mopti, killing 18 people, and 36 others were injured.",
         [("MLI", "unknown", "killed", 18, 18, 18, "exact"), ("MLI", "unknown", "wounded", 36, 36, 36, "exact")]),
        ("en", "The bombing in Aden killed at least 15 people and injured 30.",
         [("YEM", "unknown", "killed", 15, 15, None, "at_least"), ("YEM", "unknown", "wounded", 30, 30, 30, "exact")]),
        ("en", "Gangs killed at least 12 people and wounded nearly 70 in Port-au-Prince.",
         [("HTI", "unknown", "killed", 12, 12, None, "at_least"),
          ("HTI", "unknown", "wounded", None, 70, None, "approx")]),
        ("it", "Nell'attacco al mercato di Mopti si contano 23 morti e 140 feriti.",
         [("MLI", "unknown", "killed", 23, 23, 23, "exact"), ("MLI", "unknown", "wounded", 140, 140, 140, "exact")]),
        ("it", "Un'autobomba a Hodeidah ha causato almeno 12 morti e quasi 70 feriti.",
         [("YEM", "unknown", "killed", 12, 12, None, "at_least"),
          ("YEM", "unknown", "wounded", None, 70, None, "approx")]),
        ("en", "One drone struck a school in Taiz, killing two pupils and wounding more than 60 others.",
         [("YEM", "civilian", "killed", 2, 2, 2, "exact"), ("YEM", "civilian", "wounded", 60, 60, None, "over")]),
    ],
    # number words and approximate nouns as subjects or objects
    "number_words": [
        ("en", "Nine people were killed and four wounded when a drone hit a wedding in Mandalay.",
         [("MMR", "unknown", "killed", 9, 9, 9, "exact"), ("MMR", "unknown", "wounded", 4, 4, 4, "exact")]),
        ("en", "Five villagers, including a girl, were wounded in shelling near Sittwe.",
         [("MMR", "civilian", "wounded", 5, 5, 5, "exact")]),
        ("it", "Quattordici persone, tra cui tre bambini, sono rimaste ferite a Mandalay.",
         [("MMR", "unknown", "wounded", 14, 14, 14, "exact")]),
        ("it", "Una trentina di civili sarebbero stati uccisi a Gao.",
         [("MLI", "civilian", "killed", None, 30, None, "approx")]),
        ("en", "At least 40 people, including six children, were killed in an attack on a village near Djibo.",
         [("BFA", "unknown", "killed", 40, 40, None, "at_least")]),
        ("en", "One killed, ten injured as result of a strike on Taiz.",
         [("YEM", "unknown", "killed", 1, 1, 1, "exact"), ("YEM", "unknown", "wounded", 10, 10, 10, "exact")]),
        ("it", "Una persona è morta e tre sono rimaste ferite a Kabul.",
         [("AFG", "unknown", "killed", 1, 1, 1, "exact"), ("AFG", "unknown", "wounded", 3, 3, 3, "exact")]),
        # an age counts no one: the boy is one wounded, not fourteen
        ("en", "A 14-year-old boy was among the wounded taken to hospital in Goma.",
         [("COD", "civilian", "wounded", 1, 1, 1, "exact")]),
        # an aside's list, however long, is part of the total before it; naming soldiers and
        # civilians, it makes the total's people mixed
        ("it", "Almeno 52 persone, tra cui venti civili, diciotto militari e quattordici gendarmi, sono state "
               "uccise in un agguato vicino a Diffa.",
         [("NER", "unknown", "killed", 52, 52, None, "at_least")]),
        ("en", "At least 38 people, including 21 soldiers, 12 members of a local militia and five herders, "
               "were killed in an ambush near Tillaberi.",
         [("NER", "unknown", "killed", 38, 38, None, "at_least")]),
        # an aside's count is not coordinated with the next casualty word: "tra cui tre bambini, e decine di feriti"
        ("it", "È di 31 civili uccisi, tra cui quattro bambini, e decine di feriti il bilancio del raid su Mandalay.",
         [("MMR", "civilian", "killed", 31, 31, 31, "exact"), ("MMR", "civilian", "wounded", 10, None, None, "vague")]),
        ("en", "Some 40 people died, including three children, and 90 were injured in the shelling of Sumy.",
         [("UKR", "unknown", "killed", None, 40, None, "approx"), ("UKR", "unknown", "wounded", 90, 90, 90, "exact")]),
        # money, the displaced and populations are no casualties, whatever verb stands near
        # the captives a verb of killing counts are the dead: "killed 12 hostages"
        ("en", "Kidnappers in Katsina, Nigeria, killed 12 hostages despite a ransom of over $40,000.",
         [("NGA", "unknown", "killed", 12, 12, 12, "exact")]),
        ("it", "In Nigeria i rapitori hanno ucciso 4 ostaggi e rapito altre 12 persone.",
         [("NGA", "unknown", "killed", 4, 4, 4, "exact"), ("NGA", "unknown", "captured", 12, 12, 12, "exact")]),
        ("it", "Gli insorti hanno attaccato Mocimboa in Mozambico, uccidendo dozzine di civili e sfollando oltre "
               "20.000 abitanti.", [("MOZ", "civilian", "killed", 10, None, None, "vague")]),
        # displaced people killed are casualties: the noun is no reason to set them aside
        ("en", "A drone strike on a camp near El Fasher in Sudan killed 14 displaced people.",
         [("SDN", "civilian", "killed", 14, 14, 14, "exact")]),
        ("it", "Un attacco con droni contro un campo di El Fasher, in Sudan, ha ucciso 9 sfollati.",
         [("SDN", "civilian", "killed", 9, 9, 9, "exact")]),
        # a country named for its border is not whose the dead are; bare soldiers of no side said
        # are the article's country's
        ("it", "In Niger almeno 11 militari sono morti in un'imboscata al confine con il Burkina Faso.",
         [("NER", "military", "killed", 11, 11, None, "at_least")]),
        ("en", "In Mali, jihadist assaults killed 32 soldiers near the border with Burkina Faso.",
         [("MLI", "military", "killed", 32, 32, 32, "exact")]),
        # a people's noun of several words counts in a list: the volunteers who fight beside the army
        ("it", "Nell'imboscata in Burkina Faso sono morti 11 civili, 9 soldati e 4 volontari per la difesa della patria.",
         [("BFA", "civilian", "killed", 11, 11, 11, "exact"), ("BFA", "military", "killed", 9, 9, 9, "exact"),
          ("BFA", "military", "killed", 4, 4, 4, "exact")]),
        ("en", "The raid near Kabo in the Central African Republic killed six soldiers and two aid workers.",
         [("CAF", "military", "killed", 6, 6, 6, "exact"), ("CAF", "civilian", "killed", 2, 2, 2, "exact")]),
        # women and children beside men stay civilians; the aside ends at the casualty word
        ("en", "Some 26 people, including nine women and eleven children, were killed when paramilitary "
               "forces shelled a camp near Nyala.",
         [("SDN", "unknown", "killed", None, 26, None, "approx")]),
    ],
    # a toll as a noun
    "tolls": [
        ("it", "A Mopti il bilancio è salito a 63 morti.", [("MLI", "unknown", "killed", 63, 63, 63, "exact")]),
        ("it", "Sale a sette il bilancio delle vittime dell'attacco a Taiz.",
         [("YEM", "unknown", "killed", 7, 7, 7, "exact")]),
        ("en", "The strike in Taiz pushed the death toll to 73.", [("YEM", "unknown", "killed", 73, 73, 73, "exact")]),
        ("en", "The attack in Hodeidah left hundreds dead.", [("YEM", "unknown", "killed", 100, None, None, "vague")]),
        ("it", "L'esplosione a Mogadiscio ha causato almeno 12 morti e quasi 70 feriti.",
         [("SOM", "unknown", "killed", 12, 12, None, "at_least"),
          ("SOM", "unknown", "wounded", None, 70, None, "approx")]),
        ("it", "Sono almeno 16 le persone decedute e 34 quelle rimaste ferite nel bombardamento a Taiz.",
         [("YEM", "unknown", "killed", 16, 16, None, "at_least"), ("YEM", "unknown", "wounded", 34, 34, 34, "exact")]),
    ],
    # lists of counts sharing one predicate, each with its own noun
    "lists": [
        ("it", "A Gao sono stati uccisi almeno 9.862 civili, 3.470 soldati e 783 disertori.",
         [("MLI", "civilian", "killed", 9862, 9862, None, "at_least"),
          ("MLI", "military", "killed", 3470, 3470, 3470, "exact"),
          ("MLI", "military", "killed", 783, 783, 783, "exact")]),
        ("en", "In Taiz, 64 soldiers, 13 militiamen and four civilians were killed.",
         [("YEM", "military", "killed", 64, 64, 64, "exact"), ("YEM", "military", "killed", 13, 13, 13, "exact"),
          ("YEM", "civilian", "killed", 4, 4, 4, "exact")]),
        ("en", "Nine people were killed or wounded in Taiz.",
         [("YEM", "unknown", "killed_or_wounded", 9, 9, 9, "exact")]),
    ],
    # a toll's verb binds a figure far from the casualty word; a measure never counts people
    "toll_verbs": [
        ("en", "The death toll from three days of shelling in Mykolaiv has risen to 41, officials said.",
         [("UKR", "unknown", "killed", 41, 41, 41, "exact")]),
        ("en", "The death toll among civilians in Omdurman has exceeded 2,300, the health ministry said.",
         [("SDN", "civilian", "killed", 2300, 2300, None, "over")]),
        ("it", "Il bilancio delle vittime del bombardamento di Mykolaiv è salito a quota 41.",
         [("UKR", "unknown", "killed", 41, 41, 41, "exact")]),
    ],
    # a count of things next to the casualty word is not its count
    "things_not_people": [
        ("it", "Sarebbero circa 30 le vittime delle 12 autobombe esplose a Kirkuk.",
         [("IRQ", "unknown", "killed", None, 30, None, "approx")]),
        ("en", "Kidal: 9 killed, 14 others injured in an attack on an army post.",
         [("MLI", "unknown", "killed", 9, 9, 9, "exact"), ("MLI", "unknown", "wounded", 14, 14, 14, "exact")]),
    ],
    # captives whose fate a verb after them tells are its casualties, not a capture; a capture
    # verb before them keeps them captured
    "captives_killed": [
        ("en", "In Balochistan, 14 hostages were reportedly killed by the separatists.",
         [("PAK", "unknown", "killed", 14, 14, 14, "exact")]),
        ("it", "In Burkina Faso 9 ostaggi sarebbero stati uccisi dai jihadisti.",
         [("BFA", "unknown", "killed", 9, 9, 9, "exact")]),
        ("en", "In Burkina Faso, the rebels said they had taken seven prisoners while losing nine fighters.",
         [("BFA", "unknown", "captured", 7, 7, 7, "exact"), ("BFA", "military", "killed", 9, 9, 9, "exact")]),
    ],
    # people added to a count after its verb share the verb: "oltre a un soldato", "as well as two officers"
    "added_after_the_verb": [
        ("en", "In Niger, 12 civilians were killed by the militants, as well as two police officers.",
         [("NER", "civilian", "killed", 12, 12, 12, "exact"), ("NER", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "In Pakistan 15 ostaggi sarebbero stati uccisi dai separatisti, oltre a un soldato.",
         [("PAK", "unknown", "killed", 15, 15, 15, "exact"), ("PAK", "military", "killed", 1, 1, 1, "exact")]),
    ],
    # a list that goes on after the participle shares it, a count of several kinds ("nove tra soldati e
    # gendarmi") among it; a list with a verb of its own, or displaced people after a toll, does not
    "listed_after_the_participle": [
        ("it", "Nell'assalto a Diffa, 20 soldati uccisi, nove tra poliziotti e gendarmi e quattro civili.",
         [("NER", "military", "killed", 20, 20, 20, "exact"), ("NER", "military", "killed", 9, 9, 9, "exact"),
          ("NER", "civilian", "killed", 4, 4, 4, "exact")]),
        ("en", "In Diffa 20 soldiers were killed, six police officers and four civilians wounded.",
         [("NER", "military", "killed", 20, 20, 20, "exact"), ("NER", "military", "wounded", 6, 6, 6, "exact"),
          ("NER", "civilian", "wounded", 4, 4, 4, "exact")]),
        ("it", "A Diffa gli attacchi hanno causato centinaia di vittime e oltre 1,2 milioni di sfollati.",
         [("NER", "unknown", "killed", 100, None, None, "vague")]),
        ("it", "Decine di persone sono state uccise in un attacco nella città di Diffa, di circa 200mila abitanti.",
         [("NER", "unknown", "killed", 10, None, None, "vague")]),
    ],
    # a second object that repeats the preposition, or is added after the first ("oltre che di"),
    # shares the verb; "costò la vita a" with an adverb inside
    "objects_joined_after_the_verb": [
        ("it", "In Ciad l'agguato è costato la vita a otto soldati e a due civili.",
         [("TCD", "military", "killed", 8, 8, 8, "exact"), ("TCD", "civilian", "killed", 2, 2, 2, "exact")]),
        ("en", "In Chad the ambush caused the deaths of eight soldiers and of two civilians.",
         [("TCD", "military", "killed", 8, 8, 8, "exact"), ("TCD", "civilian", "killed", 2, 2, 2, "exact")]),
        ("it", "In Ciad l'offensiva ha provocato la morte di 14 soldati, oltre che di due civili.",
         [("TCD", "military", "killed", 14, 14, 14, "exact"), ("TCD", "civilian", "killed", 2, 2, 2, "exact")]),
        ("it", "In Ciad la battaglia costò inoltre la vita a sei gendarmi.",
         [("TCD", "military", "killed", 6, 6, 6, "exact")]),
    ],
    # an acronym in brackets adds no distance between two coordinated counts
    "coordinated_past_an_acronym": [
        ("en", "In Chad the rebels killed 30 members of the National Mobile Gendarmerie (GNNT) and four soldiers.",
         [("TCD", "military", "killed", 30, 30, 30, "exact"), ("TCD", "military", "killed", 4, 4, 4, "exact")]),
    ],
    # the subject of a verb of attacking is the attacker, not the victims' side
    "attacker_as_subject": [
        ("it", "Niger, Boko Haram attacca un villaggio facendo almeno 40 morti.",
         [("NER", "unknown", "killed", 40, 40, None, "at_least")]),
        ("en", "Niger: Boko Haram attacks a village, killing at least 40.",
         [("NER", "unknown", "killed", 40, 40, None, "at_least")]),
    ],
    # weapons lost or missing are no casualties; an item word before people's noun counts the people
    "items_are_no_casualties": [
        ("en", "In Somalia, 12,000 rifles and 3,000 pistols sent to the army are missing, auditors said.", []),
        ("it", "In Somalia risultano dispersi 12.000 fucili e 3.000 pistole inviati all'esercito.", []),
        ("en", "In Mali the jihadists admitted killing dozens of rice farmers near Mopti.",
         [("MLI", "civilian", "killed", 10, None, None, "vague")]),
    ],
    # people displaced, coordinated with a toll, are no casualties of it; nor are helmets missing
    "displaced_beside_a_toll": [
        ("it", "In Sudan i civili uccisi sono almeno 400, e 90mila persone hanno dovuto abbandonare le proprie case.",
         [("SDN", "civilian", "killed", 400, 400, None, "at_least")]),
        ("en", "In Darfur more than 1.5 million people have been driven into camps and an estimated 90,000 have died.",
         [("SDN", "unknown", "killed", None, 90000, None, "approx")]),
        ("en", "In Iraq 40,000 helmets and 25,000 rifles sent to the army are missing.", []),
    ],
    # a homicide or murder named as a noun counts the killed
    "homicide_named": [
        ("en", "In Honduras prosecutors opened a file for the homicide of 14 people in San Pedro Sula.",
         [("HND", "unknown", "killed", 14, 14, 14, "exact")]),
        ("it", "In Honduras la procura ha aperto un fascicolo per l'omicidio di 14 persone a San Pedro Sula.",
         [("HND", "unknown", "killed", 14, 14, 14, "exact")]),
    ],
    # an abduction named as a noun counts the captured
    "abduction_named": [
        ("en", "In Nigeria the abduction of the 300 schoolgirls of Jangebe shocked the country.",
         [("NGA", "civilian", "captured", 300, 300, 300, "exact")]),
        ("it", "In Nigeria il rapimento delle 300 studentesse di Jangebe ha sconvolto il Paese.",
         [("NGA", "civilian", "captured", 300, 300, 300, "exact")]),
    ],
    # soldiers who fell in a country are not its own; civilians there are
    "where_soldiers_fell": [
        ("it", "La Spagna ha perso 17 uomini in Iraq.", [("ESP", "military", "killed", 17, 17, 17, "exact")]),
        ("en", "In the attack 12 civilians in Iraq were killed.", [("IRQ", "civilian", "killed", 12, 12, 12, "exact")]),
    ],
    # a count whose noun is left out, "among" another group, counts the same casualties
    "elliptic_among": [
        # (rebels of no named group: the place's country, codebook 9)
        ("it", "In Siria negli scontri sono morti 250 soldati governativi e 180 tra i ribelli.",
         [("SYR", "military", "killed", 250, 250, 250, "exact"), ("SYR", "military", "killed", 180, 180, 180, "exact")]),
        ("en", "In Syria the clashes killed 250 government soldiers and 180 among the rebels.",
         [("SYR", "military", "killed", 250, 250, 250, "exact"), ("SYR", "military", "killed", 180, 180, 180, "exact")]),
    ],
    # a range written "dai ... ai": its two ends
    "range_from_to": [
        ("it", "In Etiopia i bilanci dei testimoni vanno dai 40 ai 60 morti.",
         [("ETH", "unknown", "killed", 40, None, 60, "range")]),
    ],
    # a year, a unit's number and bodies handed back count no dead; a year's figure before people does
    "not_a_toll": [
        ("en", "In Colombia, 30 people were killed, among them former rebels who had laid down arms under the "
               "2016 accord.", [("COL", "unknown", "killed", 30, 30, 30, "exact")]),
        ("it", "In Sudan sono stati uccisi 2000 civili.", [("SDN", "civilian", "killed", 2000, 2000, 2000, "exact")]),
        ("en", "In Libya, 4 fighters of the 301 Brigade were killed in Tripoli.",
         [("LBY", "military", "killed", 4, 4, 4, "exact")]),
        ("it", "In Libia sono morti 4 miliziani della 301 Brigata a Tripoli.",
         [("LBY", "military", "killed", 4, 4, 4, "exact")]),
        ("it", "A Gaza Israele ha restituito 30 corpi di palestinesi.", []),
        ("en", "In Gaza, the bodies of 12 Palestinians were handed over by Israel.", []),
        ("en", "In Gaza, 12 bodies were recovered from the rubble.", [("PSE", "unknown", "killed", 12, 12, 12, "exact")]),
    ],
    # a group named in a language's mix of words is the group: "Belucistan Liberation Army"
    "groups_named": [
        ("it", "In Pakistan almeno 35 miliziani sarebbero stati uccisi dall'esercito dopo l'assalto del Belucistan "
               "Liberation Army al treno.", [("BLA", "military", "killed", 35, 35, None, "at_least")]),
    ],
    # a total right before its casualty word is that word's count, whatever a verb binds after it;
    # "a death toll of nine" counts nine, not one death
    "totals": [
        ("en", "In Dnipro, among the eleven wounded are two children.",
         [("UKR", "unknown", "wounded", 11, 11, 11, "exact")]),
        ("it", "A Dnipro, tra gli undici feriti ci sono anche due bambini.",
         [("UKR", "unknown", "wounded", 11, 11, 11, "exact")]),
        ("en", "In Kharkiv, officials gave a death toll of nine civilians.",
         [("UKR", "civilian", "killed", 9, 9, 9, "exact")]),
        ("en", "Thai officials reported a death toll of nine civilians, six in Surin and three in Ubon Ratchathani.",
         [("THA", "civilian", "killed", 9, 9, 9, "exact")]),
    ],
    # a qualifier before "altre"/"another" still qualifies the count
    "qualifier_before_another": [
        ("it", "In Messico, nello Stato di Sinaloa, si contano almeno altre 8 vittime.",
         [("MEX", "unknown", "killed", 8, 8, None, "at_least")]),
        ("en", "In Mexico, at least another 8 people were killed in Sinaloa.",
         [("MEX", "unknown", "killed", 8, 8, None, "at_least")]),
    ],
    # abducted, kidnapped, taken hostage: captured (codebook 9)
    "captured_words": [
        ("en", "Gunmen kidnapped 40 passengers from a bus in Zamfara.",
         [("NGA", "civilian", "captured", 40, 40, 40, "exact")]),
        ("it", "Uomini armati hanno rapito 40 passeggeri di un autobus nello Zamfara.",
         [("NGA", "civilian", "captured", 40, 40, 40, "exact")]),
        ("en", "In Libya, security forces arrested 25 militiamen in Tripoli.",
         [("LBY", "military", "captured", 25, 25, 25, "exact")]),
        ("en", "In Tripoli, forces loyal to the government responded, detaining dozens of militia fighters.",
         [("LBY", "military", "captured", 10, None, None, "vague")]),
        # two verbs of one fate: the last tells it
        ("en", "Witnesses said that 46 people were arrested and executed in Shimblina, Ethiopia.",
         [("ETH", "unknown", "killed", 46, 46, 46, "exact")]),
        ("it", "In Nigeria 12 contadini sono stati rapiti e poi uccisi dai banditi.",
         [("NGA", "civilian", "killed", 12, 12, 12, "exact")]),
        ("en", "In Nigeria, gunmen abducted 20 villagers and killed 3 others.",
         [("NGA", "civilian", "captured", 20, 20, 20, "exact"), ("NGA", "civilian", "killed", 3, 3, 3, "exact")]),
    ],
    # Italian puts the adjective after the noun: "una caserma militare" counts a barracks, no soldier
    "article_before_a_thing": [
        ("it", "Un'autobomba ha colpito una caserma militare a Gao, causando morti e feriti.", []),
        ("it", "Un convoglio militare è stato attaccato vicino a Gao: un morto.",
         [("MLI", "unknown", "killed", 1, 1, 1, "exact")]),
        ("it", "A Gao un giovane soldato è morto nell'esplosione di una mina.",
         [("MLI", "military", "killed", 1, 1, 1, "exact")]),
        ("it", "A Gao si contano 300 soldati e 200 tra miliziani e ausiliari uccisi.",
         [("MLI", "military", "killed", 300, 300, 300, "exact"), ("MLI", "military", "killed", 200, 200, 200, "exact")]),
    ],
    # a qualifier written after the number
    "qualifier_after_the_number": [
        ("en", "In Kidal the 20 or so dead were buried on Sunday.",
         [("MLI", "unknown", "killed", None, 20, None, "approx")]),
        ("en", "Some 50-odd fighters were killed near Kidal.",
         [("MLI", "military", "killed", None, 50, None, "approx")]),
        ("en", "Officials in Kidal said 200 or more civilians were wounded.",
         [("MLI", "civilian", "wounded", 200, 200, None, "at_least")]),
        ("it", "A Kidal una ventina o giù di lì i morti.", [("MLI", "unknown", "killed", None, 20, None, "approx")]),
        ("it", "A Kidal trenta e passa i soldati uccisi.", [("MLI", "military", "killed", 30, 30, None, "over")]),
    ],
    # a count whose noun is left out counts the noun of the count beside it
    "noun_left_out": [
        ("en", "Chad: 14 soldiers killed, 9 injured in an ambush near Lake Chad",
         [("TCD", "military", "killed", 14, 14, 14, "exact"), ("TCD", "military", "wounded", 9, 9, 9, "exact")]),
        ("it", "Ciad: jihadisti uccidono 14 soldati, 9 i dispersi",
         [("TCD", "military", "killed", 14, 14, 14, "exact"), ("TCD", "military", "missing", 9, 9, 9, "exact")]),
    ],
    # an aim is no deed: the fact's verb is an infinitive after a word of purpose (codebook 7)
    # "our soldiers" in a quote whose own verb of saying has a pronoun for subject: the quoting speaker's
    "own_side_in_a_quote": [
        ("en", 'The Kenyan army said: "We can confirm that 9 of our soldiers were killed in Lamu."',
         [("KEN", "military", "killed", 9, 9, 9, "exact")]),
        ("it", "L'esercito keniota ha detto: «Possiamo confermare che 9 dei nostri soldati sono stati uccisi a Lamu».",
         [("KEN", "military", "killed", 9, 9, 9, "exact")]),
    ],
    "purpose_is_no_fact": [
        ("en", "The raid in Jenin aimed to capture two wanted men.", []),
        ("it", "Il raid a Jenin era volto a catturare due ricercati.", []),
        ("it", "A Jenin sono entrati per catturare due ricercati.", []),
        ("en", "In Jenin the army managed to capture 20 fighters.",
         [("PSE", "military", "captured", 20, 20, 20, "exact")]),
        ("it", "A Jenin due soldati sono stati arrestati per aver ucciso un civile.",
         [("PSE", "military", "captured", 2, 2, 2, "exact"), ("PSE", "civilian", "killed", 1, 1, 1, "exact")]),
        # a consequence after a negated clause is a fact of its own
        ("en", "The Chadian garrison had no air cover and so 23 soldiers were killed.",
         [("TCD", "military", "killed", 23, 23, 23, "exact")]),
        ("it", "La guarnigione ciadiana non aveva copertura aerea e quindi 23 soldati sono stati uccisi.",
         [("TCD", "military", "killed", 23, 23, 23, "exact")]),
    ],
    # killed and wounded in one phrase: one combined figure
    "killed_and_wounded_together": [
        ("it", "Il raid su El Fasher ha causato la morte e il ferimento di centinaia di civili.",
         [("SDN", "civilian", "killed_or_wounded", 100, None, None, "vague")]),
        ("en", "The shelling of El Fasher ended up killing and wounding dozens of civilians.",
         [("SDN", "civilian", "killed_or_wounded", 10, None, None, "vague")]),
    ],
    # soldiers are never the armed group's a sentence before named, nor is a count coordinated with them
    "soldiers_are_no_group": [
        ("en", "Puntland forces killed three ISIS fighters. More than 20 soldiers have been killed and nearly 50 "
               "wounded in recent clashes in the mountains.",
         [("ISIS", "military", "killed", 3, 3, 3, "exact"), ("SOM", "military", "killed", 20, 20, None, "over"),
          ("SOM", "military", "wounded", None, 50, None, "approx")]),
    ],
    # taken to hospital, receiving treatment: wounded
    "hospitalised_are_wounded": [
        ("en", "In Kandahar one died while 45 others were undergoing treatment.",
         [("AFG", "unknown", "killed", 1, 1, 1, "exact"), ("AFG", "unknown", "wounded", 45, 45, 45, "exact")]),
        ("en", "In Kandahar at least 24 people were taken for treatment, though most later died.",
         [("AFG", "unknown", "wounded", 24, 24, None, "at_least")]),
        ("en", "Twelve soldiers were rushed to hospital after the blast in Kandahar.",
         [("AFG", "military", "wounded", 12, 12, 12, "exact")]),
        ("it", "A Kandahar dodici persone sono state trasportate in ospedale dopo l'esplosione.",
         [("AFG", "unknown", "wounded", 12, 12, 12, "exact")]),
    ],
    # people named by their trade or plight are civilians; a news agency is nobody's side
    "civilians_by_role": [
        ("en", "In Kandahar four fishermen and two nurses were killed, AFP reported.",
         [("AFG", "civilian", "killed", 4, 4, 4, "exact"), ("AFG", "civilian", "killed", 2, 2, 2, "exact")]),
        ("it", "A Kandahar sono morti sei pescatori e tre migranti, riferisce l'ANSA.",
         [("AFG", "civilian", "killed", 6, 6, 6, "exact"), ("AFG", "civilian", "killed", 3, 3, 3, "exact")]),
        ("en", "Shelling hit a village in Balochistan where three villagers were critically injured, "
               "AFP reported.",
         [("PAK", "civilian", "wounded", 3, 3, 3, "exact")]),
    ],
    # words of death with no verb of killing, and soldiers by other names
    "more_words_of_death": [
        ("it", "A Khan Younis almeno 40 martiri sono stati identificati.",
         [("PSE", "unknown", "killed", 40, 40, None, "at_least")]),
        ("en", "The massacre of dozens of villagers near Mopti shocked Mali.",
         [("MLI", "civilian", "killed", 10, None, None, "vague")]),
        ("it", "A Mopti la strage di decine di civili ha sconvolto il Mali.",
         [("MLI", "civilian", "killed", 10, None, None, "vague")]),
        # "una strage" is an event, no count of one
        ("it", "A Mopti l'operazione si è trasformata in una strage.", []),
        ("en", "Two service members were killed and 9 injured in a drone attack on a base near Mopti.",
         [("MLI", "military", "killed", 2, 2, 2, "exact"), ("MLI", "military", "wounded", 9, 9, 9, "exact")]),
    ],
    # the people a casualty word is said to be: "six of the dead were children"
    "said_to_be": [
        ("en", "Six of the dead were children, officials in Mopti said.", [("MLI", "civilian", "killed", 6, 6, 6, "exact")]),
        ("it", "Sei dei morti erano bambini, secondo le autorità di Mopti.",
         [("MLI", "civilian", "killed", 6, 6, 6, "exact")]),
    ],
    # "one or two", "una o due": a small range, though its first number is a weak "one"; either fate
    # named is killed or wounded; a count left without its noun and with only its auxiliaries counts
    # the people of the count before it
    "small_ranges_and_elided_nouns": [
        ("en", "One or two soldiers were killed at the checkpoint near Gao.",
         [("MLI", "military", "killed", 1, None, 2, "range")]),
        ("it", "Una o due persone sono rimaste ferite o uccise al mercato di Gao.",
         [("MLI", "unknown", "killed_or_wounded", 1, None, 2, "range")]),
        ("en", "One soldier was killed and two were wounded near Gao.",
         [("MLI", "military", "killed", 1, 1, 1, "exact"), ("MLI", "military", "wounded", 2, 2, 2, "exact")]),
        ("it", "Un soldato è stato ucciso e due sono rimasti feriti vicino a Gao.",
         [("MLI", "military", "killed", 1, 1, 1, "exact"), ("MLI", "military", "wounded", 2, 2, 2, "exact")]),
        # a town the gazetteer places elsewhere is in the country named right after it
        ("en", "Gunmen killed 160 villagers in Solhan, Burkina Faso.",
         [("BFA", "civilian", "killed", 160, 160, 160, "exact")]),
    ],
    # "among the dead were ...": the count after "among" and its casualty word is of that word;
    # "se ne contano" is no condition
    "among_the_dead": [
        ("it", "A Gao tra le vittime anche tre bambini e molti feriti gravi.",
         [("MLI", "civilian", "killed", 3, 3, 3, "exact")]),
        ("en", "In Gao, among the dead were two children, and 30 people were wounded.",
         [("MLI", "civilian", "killed", 2, 2, 2, "exact"), ("MLI", "civilian", "wounded", 30, 30, 30, "exact")]),
        ("it", "Nel raid su Gao se ne contano almeno 12 morti e oltre 50 feriti.",
         [("MLI", "unknown", "killed", 12, 12, None, "at_least"), ("MLI", "unknown", "wounded", 50, 50, None, "over")]),
    ],
    # a count in an aside of a part ("di cui due in gravi condizioni") is not the toll's after it; an
    # article before a possessive counts no one ("a children's playground")
    "asides_and_possessives": [
        ("it", "È di 5 morti e 22 feriti, di cui due in gravi condizioni, il bilancio dell'attentato di Gao.",
         [("MLI", "unknown", "killed", 5, 5, 5, "exact"), ("MLI", "unknown", "wounded", 22, 22, 22, "exact")]),
        ("en", "Rescue workers laid out bodies in a field next to a children's playground in Gao.", []),
        ("en", "\"Three women were killed by the airstrike on Gao. Five villagers, including a girl, were "
         "wounded,\" he said.",
         [("MLI", "civilian", "killed", 3, 3, 3, "exact"), ("MLI", "civilian", "wounded", 5, 5, 5, "exact")]),
    ],
    # residents are people, not a measure; a place's population is no toll
    "residents": [
        ("en", "The raid cost the lives of hundreds of residents in Gao.",
         [("MLI", "civilian", "killed", 100, None, None, "vague")]),
        ("it", "Il raid è costato la vita a centinaia di residenti a Gao.",
         [("MLI", "civilian", "killed", 100, None, None, "vague")]),
        ("en", "A quarter of the 2.3 million residents of Gao face famine and death, the UN said.", []),
    ],
    # a rate is no toll (codebook 9); "in a week" is a period, no rate
    "rates": [
        ("en", "About a dozen of the wounded in Gao are dying every day, officials said.", []),
        ("it", "Nei campi vicino a Gao muoiono circa 20 persone al giorno.", []),
        ("en", "In Gao more than 100 soldiers were killed in a week.",
         [("MLI", "military", "killed", 100, 100, None, "over")]),
    ],
    # a number written in brackets before its people is the count itself, not an aside
    "numbers_in_brackets": [
        ("en", "Doctors said the death toll from the shelling of Gao rose to (31) people, while (103) others were injured.",
         [("MLI", "unknown", "killed", 31, 31, 31, "exact"), ("MLI", "unknown", "wounded", 103, 103, 103, "exact")]),
    ],
    # an aside in brackets or dashes counts part of the count before it, and does not part it from its verb
    "bracketed_asides": [
        ("en", "Three Britons – a soldier and two contractors – were killed in the attack on the base near Gao.",
         [("GBR", "unknown", "killed", 3, 3, 3, "exact")]),
        ("it", "Diciotto persone (tredici militari e cinque civili) sono state uccise nell'attacco a Gao.",
         [("MLI", "unknown", "killed", 18, 18, 18, "exact")]),
        ("en", "Eleven villagers (mostly women) were killed near Gao.",
         [("MLI", "civilian", "killed", 11, 11, 11, "exact")]),
    ],
    # an apposition set off by commas is no distance; a clause of time is a fact, whatever was
    # decided before it
    "appositions_and_clauses_of_time": [
        ("en", "In Gao at least 30 members of the Ganda Izo group, a militia allied with the army, were killed.",
         [("MLI", "unknown", "killed", 30, 30, None, "at_least")]),
        ("en", "Chad decided to leave Mali after 12 of its soldiers were killed near Gao.",
         [("TCD", "military", "killed", 12, 12, 12, "exact")]),
        ("it", "Il Ciad ha deciso di lasciare il Mali dopo che 12 suoi soldati sono stati uccisi vicino a Gao.",
         [("TCD", "military", "killed", 12, 12, 12, "exact")]),
    ],
    # peacekeepers no state is named for are their mission's, else the UN's, never the host's
    "peacekeepers": [
        ("it", "Quattro caschi blu sono stati uccisi in un'imboscata vicino a Bangassou.",
         [("UN", "military", "killed", 4, 4, 4, "exact")]),
        ("en", "Two peacekeepers of the MINUSCA mission were killed near Bangassou.",
         [("MINUSCA", "military", "killed", 2, 2, 2, "exact")]),
        ("en", "Three Malawian peacekeepers were killed near Bangassou.", [("MWI", "military", "killed", 3, 3, 3, "exact")]),
        ("it", "Nell'attacco sono morti 54 kirghisi e 35 tagichi, secondo le autorità.",
         [("KGZ", "unknown", "killed", 54, 54, 54, "exact"), ("TJK", "unknown", "killed", 35, 35, 35, "exact")]),
    ],
    # a part of a counted group: the part is the count of what befell it, the whole counts the group
    "part_of_a_whole": [
        ("en", "Three of the 40 people taken to hospital in Mopti died overnight.",
         [("MLI", "unknown", "killed", 3, 3, 3, "exact"), ("MLI", "unknown", "wounded", 40, 40, 40, "exact")]),
        ("en", "Of the 25 passengers on the bus near Gao, seven were killed by the mine.",
         [("MLI", "civilian", "killed", 7, 7, 7, "exact")]),
        ("en", "Two of the 12 wounded soldiers later died in a field hospital near Gao.",
         [("MLI", "military", "killed", 2, 2, 2, "exact"), ("MLI", "military", "wounded", 12, 12, 12, "exact")]),
        # the whole with its own casualty word keeps it; the part said to be children is a subset
        ("en", "Of 90 people who were killed in the raids on Mopti, 31 were children.",
         [("MLI", "unknown", "killed", 90, 90, 90, "exact")]),
        ("it", "Tre dei 40 feriti ricoverati a Mopti sono morti durante la notte.",
         [("MLI", "unknown", "killed", 3, 3, 3, "exact"), ("MLI", "unknown", "wounded", 40, 40, 40, "exact")]),
        ("it", "Dei 25 passeggeri del pullman, sette sono stati uccisi dalla mina vicino a Gao.",
         [("MLI", "civilian", "killed", 7, 7, 7, "exact")]),
        # an article is no toll: the copula says who one of the dead was
        ("en", "One of the 14 people killed in Gao was a nurse.", [("MLI", "unknown", "killed", 14, 14, 14, "exact")]),
    ],
    # a count with no people's noun, beside civilians no other count counts: they are its people
    "civilians_beside_the_count": [
        ("en", "The raid on the village near Djibo left 14 dead, men, women and children.",
         [("BFA", "civilian", "killed", 14, 14, 14, "exact")]),
        ("it", "L'assalto al villaggio vicino a Djibo ha lasciato 14 morti, uomini, donne e bambini.",
         [("BFA", "civilian", "killed", 14, 14, 14, "exact")]),
        # a comma right after the count ends its noun phrase: the next count's soldiers are not its people
        ("it", "A Kismayo i feriti tra i civili sono 40, 12 i soldati.",
         [("SOM", "civilian", "wounded", 40, 40, 40, "exact"), ("SOM", "military", "wounded", 12, 12, 12, "exact")]),
        # who reports the toll after it is no sign of soldiers among the dead
        ("en", "A car bomb near a market in Kismayo killed 23 people, police said.",
         [("SOM", "unknown", "killed", 23, 23, 23, "exact")]),
        ("en", "A car bomb near a market in Kismayo killed 23, police said.",
         [("SOM", "unknown", "killed", 23, 23, 23, "exact")]),
        # nor the army that gives the figures
        ("it", "In base alle cifre fornite lunedì dall'esercito maliano, a Gao le vittime sono almeno 14 e 63 i feriti.",
         [("MLI", "unknown", "killed", 14, 14, None, "at_least"), ("MLI", "unknown", "wounded", 63, 63, 63, "exact")]),
        # people counted by another number are not this count's: a war's toll stays unknown
        ("en", "In Burkina Faso the war has claimed more than 9,000 lives and forced 2 million people to flee.",
         [("BFA", "unknown", "killed", 9000, 9000, None, "over")]),
    ],
    # a group's own members, named by the group that speaks
    "speakers_own_members": [
        ("en", "The Lebanese group Hezbollah confirmed that three members were killed.",
         [("HEZBOLLAH", "military", "killed", 3, 3, 3, "exact")]),
        ("it", "Il gruppo libanese Hezbollah ha confermato che tre membri sono stati uccisi.",
         [("HEZBOLLAH", "military", "killed", 3, 3, 3, "exact")]),
    ],
    # the one who carried an attack out is never the victims' side
    "attack_by": [
        ("en", "In Israel, the attack by the Palestinian group Hamas killed 40 people.",
         [("ISR", "unknown", "killed", 40, 40, 40, "exact")]),
        ("it", "In Israele l'attacco del gruppo palestinese Hamas ha ucciso 40 persone.",
         [("ISR", "unknown", "killed", 40, 40, 40, "exact")]),
    ],
    # a range written with a dash; a toll foretold is no fact
    "dash_range_and_projection": [
        ("it", "A Gao inizialmente il bilancio era di 60-80 morti.", [("MLI", "unknown", "killed", 60, None, 80, "range")]),
        ("en", "In Gao the attack killed 60-80 people.", [("MLI", "unknown", "killed", 60, None, 80, "range")]),
        ("en", "Officials in Gao said the death toll may rise to 200.", []),
        ("it", "A Gao il bilancio dei morti potrebbe salire a 200.", []),
        ("it", "Il numero di vittime a Gao supera ora le 300.", [("MLI", "unknown", "killed", 300, 300, None, "over")]),
    ],
    # people who got away are no casualty of the fate named after them
    "escaped": [
        ("it", "A Gao altri cinque o sei bambini sarebbero riusciti a fuggire, ma altre persone sono tuttora disperse.",
         []),
        ("en", "In Gao two children escaped, but three people are still missing.",
         [("MLI", "unknown", "missing", 3, 3, 3, "exact")]),
        # survivors may be wounded: surviving is no escape
        ("it", "A Gao le vittime erano civili, con quattro persone che sono sopravvissute con ferite.",
         [("MLI", "civilian", "wounded", 4, 4, 4, "exact")]),
    ],
    # a bare count in a sentence that names both soldiers and civilians: people unknown
    "mixed_sentence": [
        ("en", "In Burkina Faso the insurgency has left more than 17,000 civilians and soldiers dead.",
         [("BFA", "unknown", "killed", 17000, 17000, None, "over")]),
        ("it", "In Burkina Faso sono morti 200 soldati e civili.", [("BFA", "unknown", "killed", 200, 200, 200, "exact")]),
        ("en", "In Mamfe, rebels left around 20 dead, men, women and children.",
         [("CMR", "unknown", "killed", None, 20, None, "approx")]),
    ],
    # the attacker named with a possessive before its attack: "Iran's missile barrage"
    "possessive_attacker": [
        ("en", "In Israel, one person was killed in Iran's missile barrage.",
         [("ISR", "unknown", "killed", 1, 1, 1, "exact")]),
    ],
    # attackers named as the subject of the killing say nothing of the kind of a count with no
    # noun after it, though a place follows it
    "attackers_before_a_bare_count": [
        ("en", "Gunmen killed 23 in a village near Bunia.", [("COD", "unknown", "killed", 23, 23, 23, "exact")]),
        ("en", "Separatist fighters killed at least 11 in Bamenda.",
         [("CMR", "unknown", "killed", 11, 11, None, "at_least")]),
        ("it", "I miliziani hanno ucciso 23 in un villaggio vicino a Bunia.",
         [("COD", "unknown", "killed", 23, 23, 23, "exact")]),
        # (a soldiers' count before it still names them: "and 35 in Beni" are more soldiers)
        ("en", "Two soldiers were killed in Bunia and 35 in Beni were wounded.",
         [("COD", "military", "killed", 2, 2, 2, "exact"), ("COD", "military", "wounded", 35, 35, 35, "exact")]),
    ],
    # groups and forces of current wars, by their acronyms too
    "more_groups_and_forces": [
        ("it", "Nel Panshir sono rimasti feriti anche tre combattenti del Fronte di resistenza nazionale.",
         [("NATIONAL RESISTANCE FRONT", "military", "wounded", 3, 3, 3, "exact")]),
        ("en", "Kurdish-led forces said they killed 17 SNA fighters near Manbij.",
         [("SYRIAN NATIONAL ARMY", "military", "killed", 17, 17, 17, "exact")]),
        ("en", "A roadside bomb killed three Peshmerga near Makhmour.", [("IRQ", "military", "killed", 3, 3, 3, "exact")]),
    ],
    # a region's name inside a country's name is no place: the country speaks
    "region_inside_a_country_name": [
        ("en", "Papua New Guinea police said 26 were killed in tribal fighting in the highlands.",
         [("PNG", "unknown", "killed", 26, 26, 26, "exact")]),
        # (nor one inside a longer name of places: "Donga" of Cameroon's "Donga Mantung", Benin's
        # department otherwise; a region's own noun keeps it: "Kherson Oblast")
        ("en", "In Cameroon, two soldiers were killed near Nkambe, in the Donga Mantung division.",
         [("CMR", "military", "killed", 2, 2, 2, "exact")]),
        ("en", "Two civilians were killed by shelling in Kherson Oblast.",
         [("UKR", "civilian", "killed", 2, 2, 2, "exact")]),
    ],
    # kill words of military communiqués and of tolls told as lives lost; a hedge on a past toll
    # ("may have killed", "potrebbe aver ucciso") is a row (codebook 7), a possible future one not;
    # a civil war named by its people's name is where the story is
    "more_kill_words_and_hedges": [
        ("en", "Troops raided a camp near Mubi, eliminating at least 19 Boko Haram fighters.",
         [("BOKO HARAM", "military", "killed", 19, 19, None, "at_least")]),
        ("it", "L'esercito ha eliminato 19 miliziani di Boko Haram vicino a Mubi.",
         [("BOKO HARAM", "military", "killed", 19, 19, 19, "exact")]),
        ("en", "The shelling caused the loss of nine lives in Kharkiv.", [("UKR", "unknown", "killed", 9, 9, 9, "exact")]),
        ("it", "Il bombardamento ha causato la perdita di nove vite a Kharkiv.",
         [("UKR", "unknown", "killed", 9, 9, 9, "exact")]),
        ("en", "The fighting in Darfur may have killed as many as 15,000 people.",
         [("SDN", "unknown", "killed", None, 15000, 15000, "at_most")]),
        ("it", "In Darfur potrebbero essere state uccise fino a 15.000 persone.",
         [("SDN", "unknown", "killed", None, 15000, 15000, "at_most")]),
        ("en", "The fighting in Darfur could kill as many as 15,000 people.", []),
        ("en", "More than 3,000 civilians were killed in the Mozambican civil war's last year.",
         [("MOZ", "civilian", "killed", 3000, 3000, None, "over")]),
    ],
    # the attackers' own dead are their group's, whatever the paragraph counted before; outlaws of
    # no named group are no state's
    "attackers_own_losses": [
        ("en", "ISWAP fighters stormed a base near Monguno, killing 11 soldiers. The attackers also suffered losses,"
               " with at least 9 dead.",
         [("NGA", "military", "killed", 11, 11, 11, "exact"), ("ISWAP", "military", "killed", 9, 9, None, "at_least")]),
        ("it", "I miliziani dell'Iswap hanno assaltato una base vicino a Monguno, uccidendo 11 soldati. Anche gli"
               " aggressori hanno subito perdite, con almeno 9 morti.",
         [("NGA", "military", "killed", 11, 11, 11, "exact"), ("ISWAP", "military", "killed", 9, 9, None, "at_least")]),
        ("en", "Four soldiers were killed in the clash in Sulu. Two lawless elements were also killed.",
         [("PHL", "military", "killed", 4, 4, 4, "exact"), ("PHL", "military", "killed", 2, 2, 2, "exact")]),
    ],
    # who estimated or counted a toll is its source, not whose dead they are
    "estimated_by_a_source": [
        ("it", "A Khartoum le vittime si aggiungono alle centinaia stimate dall'Alto Commissario delle Nazioni Unite.",
         [("SDN", "unknown", "killed", 100, None, None, "vague")]),
        ("en", "In Khartoum, the dead add to the 300 counted by the UN High Commissioner's office.",
         [("SDN", "unknown", "killed", 300, 300, 300, "exact")]),
    ],
    # the parts of a breakdown by nationality are rows of their own parties, and the whole's kind
    # of people ("one Cambodian" counts one)
    "breakdown_by_nationality": [
        ("en", "At least six peacekeepers, one Nepali and five Tanzanians, were wounded in the attack near Beni.",
         [("UN", "military", "wounded", 6, 6, None, "at_least"), ("NPL", "military", "wounded", 1, 1, 1, "exact"),
          ("TZA", "military", "wounded", 5, 5, 5, "exact")]),
        ("it", "Almeno sei caschi blu, un nepalese e cinque tanzaniani, sono rimasti feriti nell'attacco vicino a Beni.",
         [("UN", "military", "wounded", 6, 6, None, "at_least"), ("NPL", "military", "wounded", 1, 1, 1, "exact"),
          ("TZA", "military", "wounded", 5, 5, 5, "exact")]),
    ],
    # things named before a people's noun qualify it: "two fuel tanker drivers" are drivers
    "things_before_people": [
        ("en", "The company confirmed the deaths of the two fuel tanker drivers near Kayes, Mali.",
         [("MLI", "civilian", "killed", 2, 2, 2, "exact")]),
    ],
    # members of a group named by a noun alone are the fighters of the group the article names
    "members_of_the_group": [
        ("en", "Abu Sayyaf lost a commander in March. Troops killed nine members of the terrorist group in Sulu.",
         [("ABU SAYYAF", "military", "killed", 9, 9, 9, "exact")]),
        ("it", "Abu Sayyaf ha perso un comandante a marzo. I soldati hanno ucciso nove membri del gruppo terroristico"
               " a Sulu.", [("ABU SAYYAF", "military", "killed", 9, 9, 9, "exact")]),
    ],
    # a statement released frees no one; a list of counts whose noun is left out, each "of" or
    # "from" a state, are that state's
    "released_statements_and_lists_by_state": [
        ("it", "L'esercito ha rilasciato una dichiarazione dicendo che 40 soldati sono morti nello Stato Kachin, in"
               " Myanmar.", [("MMR", "military", "killed", 40, 40, 40, "exact")]),
        ("en", "The army released a statement saying 40 soldiers had died in Kachin State, Myanmar.",
         [("MMR", "military", "killed", 40, 40, 40, "exact")]),
        ("it", "Gli attacchi hanno ucciso 31 soldati del Ciad, 12 del Niger e 8 militari del Mali.",
         [("TCD", "military", "killed", 31, 31, 31, "exact"), ("NER", "military", "killed", 12, 12, 12, "exact"),
          ("MLI", "military", "killed", 8, 8, 8, "exact")]),
        ("en", "The attacks killed 31 soldiers from Chad, 12 from Niger and 8 from Mali.",
         [("TCD", "military", "killed", 31, 31, 31, "exact"), ("NER", "military", "killed", 12, 12, 12, "exact"),
          ("MLI", "military", "killed", 8, 8, 8, "exact")]),
    ],
    # hostages said to have come back to a country are freed: no captives counted
    "hostages_come_back": [
        ("it", "L'esercito ha annunciato il ritorno dei tre ostaggi tornati in Thailandia.", []),
        ("en", "The three hostages who returned to Thailand were welcomed by their families.", []),
    ],
    # a count said to be how badly some of the wounded fare is a part of them, and "none were
    # killed" is no toll: neither gives a row
    "severity_is_a_part": [
        ("en", "Nine Ugandan soldiers were wounded near Kismayo, three critically, but none were killed.",
         [("UGA", "military", "wounded", 9, 9, 9, "exact")]),
        ("en", "Nine Ugandan soldiers were wounded near Kismayo, three of them seriously; no one was killed.",
         [("UGA", "military", "wounded", 9, 9, 9, "exact")]),
        ("it", "Nove soldati ugandesi sono rimasti feriti vicino a Kismayo, tre in modo grave, ma nessuno è morto.",
         [("UGA", "military", "wounded", 9, 9, 9, "exact")]),
        ("it", "Nove soldati ugandesi sono rimasti feriti vicino a Kismayo, tre gravemente.",
         [("UGA", "military", "wounded", 9, 9, 9, "exact")]),
    ],
    # a force named before its spokesman's name says its soldiers are its own
    "force_before_its_spokesman": [
        ("en", "Uganda People's Defence Force spokesman Brig. Felix Kulayigye told AFP that four soldiers were"
               " wounded.",
         [("UGA", "military", "wounded", 4, 4, 4, "exact")]),
    ],
    # "people" names no kind of people (codebook 9: personnel follows from the noun): civilians
    # named elsewhere in the sentence, or as a part of the count, do not make them civilians; an
    # aside that says all of them were, or a list that adds up to them, does
    "people_name_no_kind": [
        ("en", "A car bomb outside a market in Baidoa, a town popular with traders and farmers, killed 14 people.",
         [("SOM", "unknown", "killed", 14, 14, 14, "exact")]),
        ("en", "More than 30 injured people were taken to the hospital in Maiduguri.",
         [("NGA", "unknown", "wounded", 30, 30, None, "over")]),
        ("en", "At least 52 people, many of them women and children, died in the shelling of Kadugli.",
         [("SDN", "unknown", "killed", 52, 52, None, "at_least")]),
        ("en", "At least 52 people, all of them civilians, died in the shelling of Kadugli.",
         [("SDN", "civilian", "killed", 52, 52, None, "at_least")]),
        ("en", "In Kadugli the victims were civilians, and 52 people were wounded.",
         [("SDN", "civilian", "wounded", 52, 52, 52, "exact")]),
        ("it", "Un'autobomba davanti al mercato di Baidoa, frequentato da commercianti e contadini, ha ucciso 14 persone.",
         [("SOM", "unknown", "killed", 14, 14, 14, "exact")]),
        ("it", "Israele ha ucciso 58 palestinesi, in gran parte civili, a Khan Younis.",
         [("PSE", "unknown", "killed", 58, 58, 58, "exact")]),
        ("it", "I paramilitari hanno ucciso 75 persone tra medici e pazienti nell'ospedale di Kadugli, in Sudan.",
         [("SDN", "civilian", "killed", 75, 75, 75, "exact")]),
    ],
    # "students from Panama": a nationality; "drones from Iran": an origin, the attacker's
    "people_from_a_state": [
        ("en", "Two visiting students from Panama were among those injured in the attack in Bogota.",
         [("PAN", "civilian", "wounded", 2, 2, 2, "exact")]),
        ("it", "Tre turisti dalla Francia sono rimasti feriti a Bogotà.",
         [("FRA", "civilian", "wounded", 3, 3, 3, "exact")]),
        ("en", "Drones from Iran killed 5 civilians in Kharkiv.", [("UKR", "civilian", "killed", 5, 5, 5, "exact")]),
        ("en", "In Borno, 29 IDPs were killed.", [("NGA", "civilian", "killed", 29, 29, 29, "exact")]),
        # (a place after the origin is where they fell, the origin whose they are)
        ("en", "The drone strike killed 25 fighters from Chad near El Geneina.",
         [("TCD", "military", "killed", 25, 25, 25, "exact")]),
        ("en", "Eight labourers hailing from Nepal died in the shelling of a farm in Galilee.",
         [("NPL", "civilian", "killed", 8, 8, 8, "exact")]),
        ("it", "Il bombardamento ha ucciso 17 miliziani provenienti dal Ciad vicino a El Geneina.",
         [("TCD", "military", "killed", 17, 17, 17, "exact")]),
        ("it", "Sono morti quattro braccianti originari della Thailandia in un kibbutz vicino a Gaza.",
         [("THA", "civilian", "killed", 4, 4, 4, "exact")]),
    ],
    # civilians are a state's people: never an armed group's named beside them
    "civilians_of_a_state": [
        ("it", "Nel raid su Nabatieh sono morti 20 combattenti di Hezbollah e almeno 4 civili.",
         [("HEZBOLLAH", "military", "killed", 20, 20, 20, "exact"),
          ("LBN", "civilian", "killed", 4, 4, None, "at_least")]),
    ],
    # the attacker named by its attack is never the victims' side, even beside the place
    "attacker_by_attack": [
        ("it", "Sono oltre 1.000 le vittime nella Striscia di Gaza per i bombardamenti israeliani.",
         [("PSE", "unknown", "killed", 1000, 1000, None, "over")]),
        ("en", "The Houthis said US air strikes killed at least two people and wounded nine in Saada province.",
         [("YEM", "unknown", "killed", 2, 2, None, "at_least"), ("YEM", "unknown", "wounded", 9, 9, 9, "exact")]),
    ],
    # the longest casualty words win whatever their type; inflections by lemma
    "words_and_lemmas": [
        ("it", "Nel raid su Homs hanno perso la vita 14 persone.", [("SYR", "unknown", "killed", 14, 14, 14, "exact")]),
        # ("18 others" are more of the soldiers, as "three others" after four soldiers in Chad below)
        ("en", "Gunmen kill 8 soldiers, injure 18 others in Borno.",
         [("NGA", "military", "killed", 8, 8, 8, "exact"), ("NGA", "military", "wounded", 18, 18, 18, "exact")]),
        ("it", "Uomini armati rapiscono 12 passeggeri nello Zamfara.",
         [("NGA", "civilian", "captured", 12, 12, 12, "exact")]),
    ],
    # two close figures joined by "or"; "oltre ai" is "besides"; "altri 17" more of the same people
    "ranges_and_more": [
        ("it", "A Mopti i morti sarebbero 29 o 30.", [("MLI", "unknown", "killed", 29, None, 30, "range")]),
        ("en", "The clashes near Kidal left seven or eight soldiers dead.",
         [("MLI", "military", "killed", 7, None, 8, "range")]),
        ("it", "Oltre ai 23 soldati morti a Diffa, altri 17 sono rimasti feriti.",
         [("NER", "military", "killed", 23, 23, 23, "exact"), ("NER", "military", "wounded", 17, 17, 17, "exact")]),
    ],
    # counts listed by place share the casualty word; "civilian" before it names the people
    "by_place": [
        ("en", "The civilian death toll includes 658 in Latakia, 384 in Tartus and 171 in Hama.",
         [("SYR", "civilian", "killed", 658, 658, 658, "exact"), ("SYR", "civilian", "killed", 384, 384, 384, "exact"),
          ("SYR", "civilian", "killed", 171, 171, 171, "exact")]),
    ],
    # a clock time's digits count nothing: "06:45" is no "45 killed"
    "clock_times": [
        ("it", "Alle 22:00 tre civili sono stati uccisi a Kramatorsk.", [("UKR", "civilian", "killed", 3, 3, 3, "exact")]),
        ("en", "“At 06:45, two civilians were killed in the strike on Kherson, and 9 wounded,” the police said.",
         [("UKR", "civilian", "killed", 2, 2, 2, "exact"), ("UKR", "civilian", "wounded", 9, 9, 9, "exact")]),
    ],
    # the attacker is never the victims' party (codebook 6)
    "attacker": [
        ("en", "RSF shelling on Omdurman killed 11 civilians.", [("SDN", "civilian", "killed", 11, 11, 11, "exact")]),
        ("it", "Un attacco con droni delle RSF su Omdurman ha ucciso 11 civili.",
         [("SDN", "civilian", "killed", 11, 11, 11, "exact")]),
        ("en", "RSF shelling killed 11 civilians.", []),  # whose civilians is not said: no row, not RSF
    ],
    # a side's backer, a source's or an institution's people name is not whose the dead are
    "backers_and_bodies": [
        ("en", "Fighting between the army and rebels backed by Uganda caused at least 60 deaths in Bunia.",
         [("COD", "unknown", "killed", 60, 60, None, "at_least")]),
        ("it", "Gli scontri tra l'esercito e i ribelli sostenuti dall'Uganda hanno causato almeno 60 morti a Bunia.",
         [("COD", "unknown", "killed", 60, 60, None, "at_least")]),
        ("en", "Twelve people were killed in a blast near the Turkish Hospital in Mogadishu.",
         [("SOM", "unknown", "killed", 12, 12, 12, "exact")]),
        ("en", "Twelve people were killed in the blast, the French news agency said.", []),  # whose: not said
        # the side fought for is not whose the dead are
        ("en", "Colombian mercenaries fighting for Sudan's RSF suffered at least 22 killed near El Fasher.",
         [("COL", "military", "killed", 22, 22, None, "at_least")]),
        ("it", "I mercenari colombiani schierati dalle RSF hanno perso 22 uomini vicino a El Fasher.",
         [("COL", "military", "killed", 22, 22, 22, "exact")]),
    ],
    # fighters of no state: their dead are the armed group's the text names, never a state's
    "irregular_fighters": [
        ("en", "Troops killed 14 militants near Bosaso, al-Shabaab said.",
         [("AL-SHABAAB", "military", "killed", 14, 14, 14, "exact")]),
        ("it", "Dodici miliziani di Boko Haram sono stati uccisi vicino a Maiduguri.",
         [("BOKO HARAM", "military", "killed", 12, 12, 12, "exact")]),
        # the soldiers they wounded are not the group's
        ("it", "Dodici miliziani di Boko Haram sono stati uccisi a Maiduguri in uno scontro che ha ferito cinque soldati.",
         [("BOKO HARAM", "military", "killed", 12, 12, 12, "exact"), ("NGA", "military", "wounded", 5, 5, 5, "exact")]),
    ],
    # words of dying that are not "killed": martyrdom, dying of wounds, a joint toll of both, a life it cost
    "death_wording": [
        ("en", "Six soldiers embraced martyrdom in the ambush near Quetta, the army said.",
         [("PAK", "military", "killed", 6, 6, 6, "exact")]),
        ("en", "Three of the villagers later succumbed to their injuries in a hospital in Kaduna.",
         [("NGA", "civilian", "killed", 3, 3, 3, "exact")]),
        ("it", "Altri due civili sono morti per le ferite in ospedale a Kaduna.",
         [("NGA", "civilian", "killed", 2, 2, 2, "exact")]),
        ("it", "Un assalto di miliziani a un villaggio vicino a Kaduna ha ucciso e ferito in totale 31 persone.",
         [("NGA", "unknown", "killed_or_wounded", 31, 31, 31, "exact")]),
        ("en", "A raid on a village near Kaduna killed and injured 31 people.",
         [("NGA", "unknown", "killed_or_wounded", 31, 31, 31, "exact")]),
        # with no verb of killing at all
        ("it", "In Messico una strage ha lasciato sul campo 15 agenti di polizia.",
         [("MEX", "military", "killed", 15, 15, 15, "exact")]),
        ("it", "In Somalia un attentato è costato la vita ad almeno due civili.",
         [("SOM", "civilian", "killed", 2, 2, None, "at_least")]),
        ("en", "In Ituri, Congo, at least 12 people were burned alive after their shelters were set on fire.",
         [("COD", "unknown", "killed", 12, 12, None, "at_least")]),
        ("en", "In Congo, the attack claimed the lives of 9 villagers.", [("COD", "civilian", "killed", 9, 9, 9, "exact")]),
    ],
    # a count whose noun is left out counts what the count before it does, place by place
    "elliptic_counts": [
        ("en", "Drone strikes killed 12 civilians in Kaduna and 7 in Zaria.",
         [("NGA", "civilian", "killed", 12, 12, 12, "exact"), ("NGA", "civilian", "killed", 7, 7, 7, "exact")]),
        ("en", "The shelling killed 18 people in a market in Kaduna and five others in nearby villages.",
         [("NGA", "unknown", "killed", 18, 18, 18, "exact"), ("NGA", "unknown", "killed", 5, 5, 5, "exact")]),
        ("it", "I razzi hanno causato tre feriti a Zaria e due in una zona industriale.",
         [("NGA", "unknown", "wounded", 3, 3, 3, "exact"), ("NGA", "unknown", "wounded", 2, 2, 2, "exact")]),
        ("it", "I bombardamenti hanno ucciso 12 civili a Kaduna e 7 a Zaria.",
         [("NGA", "civilian", "killed", 12, 12, 12, "exact"), ("NGA", "civilian", "killed", 7, 7, 7, "exact")]),
    ],
    # numbers that count no one however near a casualty word: ages listed, units' numbers
    "no_count": [
        ("en", "Two children, ages 3 and 9, were among the dead in Maiduguri.",
         [("NGA", "civilian", "killed", 2, 2, 2, "exact")]),
        ("en", "A fighter of Battalion 4 was wounded near Maiduguri.", [("NGA", "military", "wounded", 1, 1, 1, "exact")]),
        ("en", "The drone that killed them struck Maiduguri at about 5 a.m.", []),
        ("en", "The two sides agreed on a prisoner exchange in Maiduguri.", []),
        ("it", "Le parti hanno concordato uno scambio di prigionieri a Maiduguri.", []),
    ],
    # men beside women are people, not soldiers
    "men_and_women": [
        ("en", "Four men and two women were injured in the shelling of Maiduguri.",
         [("NGA", "civilian", "wounded", 4, 4, 4, "exact"), ("NGA", "civilian", "wounded", 2, 2, 2, "exact")]),
        ("it", "Quattro uomini e due donne sono rimasti feriti nel bombardamento di Maiduguri.",
         [("NGA", "civilian", "wounded", 4, 4, 4, "exact"), ("NGA", "civilian", "wounded", 2, 2, 2, "exact")]),
    ],
    # a figure that changes into another is no range: the later one is the toll
    "changed_figures": [
        ("en", "The death toll in Kaduna rose from 31 to 45 on Tuesday.",
         [("NGA", "unknown", "killed", 45, 45, 45, "exact")]),
        ("it", "Il bilancio dei morti a Kaduna è salito da 31 a 45.", [("NGA", "unknown", "killed", 45, 45, 45, "exact")]),
        ("en", "Between 31 and 45 people were killed in Kaduna.", [("NGA", "unknown", "killed", 31, None, 45, "range")]),
    ],
    # what is no casualty row: events, displaced people, possibilities and denials
    "non_facts": [
        ("en", "The army carried out 12 air strikes on Mopti.", []),
        ("it", "L'esercito ha condotto 12 raid aerei su Mopti.", []),
        ("en", "The shelling of Taiz could kill hundreds, aid groups warned.", []),
        ("it", "Il governo ha negato che 300 persone siano morte a Gao.", []),
        ("en", "Some 30,000 people fled Mopti after the attack.", []),
        ("it", "Oltre 30.000 persone sono sfollate da Mopti.", []),
        # a count of buildings beside a toll still being counted
        ("it", "Sono stati colpiti due alberghi a Mogadiscio, mentre il bilancio dei morti è in aggiornamento.", []),
        ("en", "Two hotels were hit in Mogadishu, while the death toll is still being updated.", []),
    ],
    # a count in brackets with no people of its own counts those named before the bracket
    "bracketed_counts": [
        ("it", "I soldati spagnoli in Libano (tra cui i 3 feriti ieri a Tiro) sono circa 650.",
         [("ESP", "military", "wounded", 3, 3, 3, "exact")]),
        ("en", "The Spanish troops in Lebanon (including the 3 wounded yesterday in Tyre) number about 650.",
         [("ESP", "military", "wounded", 3, 3, 3, "exact")]),
    ],
    # people taken by armed men are captured; the dead of an earthquake are no conflict's
    "taken_and_disasters": [
        ("en", "More than 80 pupils were taken by gunmen from a school in Katsina.",
         [("NGA", "civilian", "captured", 80, 80, None, "over")]),
        ("it", "Oltre 80 alunni sono stati portati via da uomini armati da una scuola di Katsina.",
         [("NGA", "civilian", "captured", 80, 80, None, "over")]),
        ("en", "The earthquake killed nearly 900 people in Herat.", []),
        ("it", "Il terremoto ha causato quasi 900 morti a Herat.", []),
    ],
    # a part of a figure that is another party's people is a row of its own (codebook 9)
    "subsets_of_another_party": [
        ("en", "The bombing in Gao left 60 people dead, including two Chadian peacekeepers.",
         [("MLI", "unknown", "killed", 60, 60, 60, "exact"), ("TCD", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "L'attentato a Gao ha causato 60 morti, tra cui due caschi blu ciadiani.",
         [("MLI", "unknown", "killed", 60, 60, 60, "exact"), ("TCD", "military", "killed", 2, 2, 2, "exact")]),
        # the part of the figure right before it; a part of the same people is no row
        ("it", "A Gao si contano 8 morti e 25 feriti, tra cui tre cooperanti francesi.",
         [("MLI", "unknown", "killed", 8, 8, 8, "exact"), ("MLI", "unknown", "wounded", 25, 25, 25, "exact"),
          ("FRA", "civilian", "wounded", 3, 3, 3, "exact")]),
        ("en", "The blast in Gao killed 60 people, including 12 children.",
         [("MLI", "unknown", "killed", 60, 60, 60, "exact")]),
    ],
    # verbs of killing beyond "killed" (butchered, hacked to death); religious people are civilians, each
    # count of a list its row; a hostage-taking told in the present ("prende in ostaggio")
    "butchered_clergy_and_hostages": [
        ("en", "Local officials in Beni said 18 men and 9 women were butchered by the raiders.",
         [("COD", "civilian", "killed", 18, 18, 18, "exact"), ("COD", "civilian", "killed", 9, 9, 9, "exact")]),
        ("en", "In Beni, seven villagers were hacked to death overnight.",
         [("COD", "civilian", "killed", 7, 7, 7, "exact")]),
        ("it", "In Burundi negli ultimi anni sono morti tre preti e cinque suore in agguati contro le missioni.",
         [("BDI", "civilian", "killed", 3, 3, 3, "exact"), ("BDI", "civilian", "killed", 5, 5, 5, "exact")]),
        ("en", "In Burundi three priests and five nuns have died in ambushes on the missions in recent years.",
         [("BDI", "civilian", "killed", 3, 3, 3, "exact"), ("BDI", "civilian", "killed", 5, 5, 5, "exact")]),
        ("it", "A Ouagadougou un gruppo armato prende in ostaggio almeno 20 persone in un albergo.",
         [("BFA", "unknown", "captured", 20, 20, None, "at_least")]),
    ],
    # "the slayings of", "the killings of" name the dead as "the massacre of" does
    "slayings_of": [
        ("en", "Relatives in Bosnia still mourn the killings of about 8,000 men and boys.",
         [("BIH", "civilian", "killed", None, 8000, None, "approx")]),
    ],
    # "victims" counts the dead, as "vittime" does
    "victims": [
        # (the villagers who "speak of" a toll are its source, no sign of who the dead are: people unknown)
        ("en", "The army in Ayacucho reported 12 dead, while villagers spoke of 40 victims and dozens injured.",
         [("PER", "unknown", "killed", 12, 12, 12, "exact"), ("PER", "unknown", "killed", 40, 40, 40, "exact"),
          ("PER", "unknown", "wounded", 10, None, None, "vague")]),
        ("it", "Ad Ayacucho l'esercito ha parlato di 12 morti, mentre gli abitanti parlano di 40 vittime.",
         [("PER", "unknown", "killed", 12, 12, 12, "exact"), ("PER", "unknown", "killed", 40, 40, 40, "exact")]),
        ("en", "The army in Ayacucho reported 12 dead, while villagers said 40 civilians had been killed.",
         [("PER", "unknown", "killed", 12, 12, 12, "exact"), ("PER", "civilian", "killed", 40, 40, 40, "exact")]),
    ],
    # where an organisation has its seat is not where the dead are; nor is a time zone's country
    "seats_and_time_zones": [
        ("it", "Secondo Hengaw, un'organizzazione per i diritti umani con sede in Norvegia, a Zahedan sono state "
               "uccise 40 persone.", [("IRN", "unknown", "killed", 40, 40, 40, "exact")]),
        ("en", "In Zahedan 40 people were killed, according to Hengaw, a rights group based in Norway.",
         [("IRN", "unknown", "killed", 40, 40, 40, "exact")]),
        ("it", "A Kabul poco dopo la mezzanotte (le 21 in Italia) sono morte 12 persone.",
         [("AFG", "unknown", "killed", 12, 12, 12, "exact")]),
    ],
    # who killed is never whose the dead are: named "at the hands of", or the subject of an active verb
    # of killing; a band of attackers counted ("il commando di sei persone"), cars and bars are no dead
    "killers_and_things_near_the_dead": [
        ("en", "Uganda's army mourned the massacre of 40 villagers in Kasese at the hands of Congolese militiamen.",
         [("UGA", "civilian", "killed", 40, 40, 40, "exact")]),
        ("it", "A Kasese, in Uganda, le forze congolesi avrebbero ucciso nove pescatori.",
         [("UGA", "civilian", "killed", 9, 9, 9, "exact")]),
        ("it", "A Goma il commando di otto persone avrebbe prima assaltato il bus e ucciso l'autista.", []),
        ("it", "A Lima le persone uccise si trovavano all'interno di tre bar della piazza.", []),
        ("it", "Quattro vetture guidate da kamikaze sono esplose a Riad, tra le vittime egiziani e siriani.", []),
    ],
    # soldiers "snatched", captives taken with them
    "snatched_and_captives": [
        ("en", "In Chad the rebels killed four soldiers and snatched three others.",
         [("TCD", "military", "killed", 4, 4, 4, "exact"), ("TCD", "military", "captured", 3, 3, 3, "exact")]),
        ("en", "In Niger the gunmen freed the guests but took 12 hostages with them.",
         [("NER", "unknown", "captured", 12, 12, 12, "exact")]),
    ],
    # police killed where the sentence names the group that attacked, before a colon: the state's
    "police_and_the_group": [
        ("it", "Perù, agguato dei guerriglieri di Sendero Luminoso: uccisi almeno sei poliziotti.",
         [("PER", "military", "killed", 6, 6, None, "at_least")]),
    ],
    # remains found are the dead; hostages rescued or freed are none; a spaced hyphen opens the parts of a toll
    "remains_rescued_and_parts": [
        ("it", "A Mosul, in Iraq, una fossa comune è stata scoperta con i resti di 40 yazidi.",
         [("IRQ", "unknown", "killed", 40, 40, 40, "exact")]),
        ("en", "In Iraq the remains of 40 soldiers were found in a mass grave.",
         [("IRQ", "military", "killed", 40, 40, 40, "exact")]),
        ("it", "A Jolo, nelle Filippine, circa 300 ostaggi sono stati salvati, inclusi gli ultimi 12.", []),
        ("en", "In Mali two hostages were freed and three were killed.",
         [("MLI", "unknown", "killed", 3, 3, 3, "exact")]),
    ],
    # sailors are civilians, but a navy's crew where the sentence names a warship
    "navy_crews": [
        ("en", "Japan accused China of ramming a naval patrol boat near the Senkaku islands, injuring four sailors.",
         [("JPN", "military", "wounded", 4, 4, 4, "exact")]),
        ("en", "In Yemen a missile hit the cargo ship, killing three sailors.",
         [("YEM", "civilian", "killed", 3, 3, 3, "exact")]),
    ],
    # a toll that "more than doubled to" its new figure
    "toll_doubled": [
        ("en", "In Cali, Colombia, the death toll from the car bomb more than doubled to 17 overnight.",
         [("COL", "unknown", "killed", 17, 17, 17, "exact")]),
    ],
    # a part told with no commas around it ("nine people including three women") is still a part:
    # the whole is the toll
    "parts_without_commas": [
        ("en", "In Quetta eleven people including four children have been killed in the blast.",
         [("PAK", "unknown", "killed", 11, 11, 11, "exact")]),
        ("it", "A Quetta undici persone tra cui quattro bambini sono state uccise nell'esplosione.",
         [("PAK", "unknown", "killed", 11, 11, 11, "exact")]),
    ],
    # "a day in which ..." names the day of a toll, no daily rate
    "a_day_in_which": [
        ("en", "The ambush in Pattani ended a day of violence in which 31 people were killed.",
         [("THA", "unknown", "killed", 31, 31, 31, "exact")]),
    ],
    # citizens and nationals are no soldiers, nor a sign of them; a corps' name or a people's noun
    # in an apposition says who they are
    "nationals_and_corps": [
        ("en", "Two Thai nationals were among the wounded in Gaza.",
         [("THA", "unknown", "wounded", 2, 2, 2, "exact")]),
        ("it", "Tra i feriti ci sono due cittadini thailandesi.",
         [("THA", "unknown", "wounded", 2, 2, 2, "exact")]),
        ("it", "Tra i morti ci sono i 4 italiani, tutti alpini, colpiti da un ordigno a Herat.",
         [("ITA", "military", "killed", 4, 4, 4, "exact")]),
        ("en", "Among the dead are 4 Spaniards, all of them marines, hit by a roadside bomb in Herat.",
         [("ESP", "military", "killed", 4, 4, 4, "exact")]),
    ],
    # an apposition opened by a definite article is no distance between a count and its verb
    "apposition_with_the": [
        ("en", "Two peacekeepers serving with MINUSMA, the UN force in Mali, were killed by a mine near Gao.",
         [("MINUSMA", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "Tre caschi blu della Minusma, la missione dell'Onu in Mali, sono stati uccisi da una mina vicino a Gao.",
         [("MINUSMA", "military", "killed", 3, 3, 3, "exact")]),
    ],
    # prisoners of war are captured soldiers: "war" after them is no thing counted
    "prisoners_of_war": [
        ("en", "The Eritrean army lost 340 dead and 12 prisoners of war in the battle for Badme.",
         [("ERI", "military", "killed", 340, 340, 340, "exact"), ("ERI", "military", "captured", 12, 12, 12, "exact")]),
        ("it", "Nella battaglia di Badme l'esercito etiope ha perso 340 morti e 12 prigionieri di guerra.",
         [("ETH", "military", "killed", 340, 340, 340, "exact"), ("ETH", "military", "captured", 12, 12, 12, "exact")]),
    ],
    # people "seized" are captured, things seized are not; soldiers who surrender are captured
    "seized_and_surrendered": [
        ("en", "In Basilan, 14 villagers were seized by the gunmen and led into the jungle.",
         [("PHL", "civilian", "captured", 14, 14, 14, "exact")]),
        ("en", "In Basilan, 14 rifles were seized by the marines.", []),
        ("en", "More than 300 government soldiers surrendered to the rebels at Lashio.",
         [("MMR", "military", "captured", 300, 300, None, "over")]),
        ("it", "A Lashio più di 300 militari governativi si sono arresi ai ribelli.",
         [("MMR", "military", "captured", 300, 300, None, "over")]),
    ],
    # a list by place goes on past its second count; the counts with their noun left out are more of
    # the people named first
    "lists_by_place_go_on": [
        ("en", "Rebels kidnapped 120 civilians in Kidal, 35 in Gao and 18 in Menaka.",
         [("MLI", "civilian", "captured", 120, 120, 120, "exact"), ("MLI", "civilian", "captured", 35, 35, 35, "exact"),
          ("MLI", "civilian", "captured", 18, 18, 18, "exact")]),
        ("it", "I ribelli hanno ucciso 120 civili a Kidal, 35 a Gao e 18 a Menaka.",
         [("MLI", "civilian", "killed", 120, 120, 120, "exact"), ("MLI", "civilian", "killed", 35, 35, 35, "exact"),
          ("MLI", "civilian", "killed", 18, 18, 18, "exact")]),
    ],
    # "N others", "altri N": more of the people the sentence named last; an army that reports its
    # unnamed soldiers' fate reports its own
    "others_are_more_of_the_same": [
        ("en", "The Malian army said that soldiers were killed in the ambush near Gao and nine others were wounded.",
         [("MLI", "military", "wounded", 9, 9, 9, "exact")]),
        ("it", "A Gao è morto un soldato maliano, altri 4 e un civile sono stati feriti.",
         [("MLI", "military", "killed", 1, 1, 1, "exact"), ("MLI", "military", "wounded", 4, 4, 4, "exact"),
          ("MLI", "civilian", "wounded", 1, 1, 1, "exact")]),
        ("en", "“Three soldiers were taken to Bosaso General Hospital after the blast,” the Somali army said.",
         [("SOM", "military", "wounded", 3, 3, 3, "exact")]),
    ],
    # the wounded told by where they recover; passers-by are civilians; "killing fields" kill no one
    "recovering_and_passers_by": [
        ("en", "Some 40 Sudanese soldiers were recovering in the hospital of Port Sudan.",
         [("SDN", "military", "wounded", None, 40, None, "approx")]),
        ("en", "In Gao the insurgents killed 14 soldiers and two passers-by.",
         [("MLI", "military", "killed", 14, 14, 14, "exact"), ("MLI", "civilian", "killed", 2, 2, 2, "exact")]),
        ("it", "A Gao gli insorti hanno ucciso 14 soldati e due passanti.",
         [("MLI", "military", "killed", 14, 14, 14, "exact"), ("MLI", "civilian", "killed", 2, 2, 2, "exact")]),
        ("en", "In Kidal the camp is ringed by two fences with killing fields between them.", []),
    ],
    # a month is no modal ("killed in May"), and a period between "among the dead" and its count is no distance
    "among_the_dead_over_a_period": [
        ("en", "Among those killed between March and May were 21 police officers in Haiti.",
         [("HTI", "military", "killed", 21, 21, 21, "exact")]),
        ("it", "Ad Haiti tra le vittime tra aprile e giugno ci sono 13 poliziotti.",
         [("HTI", "military", "killed", 13, 13, 13, "exact")]),
        ("en", "Kyiv received the bodies of 40 fallen Ukrainian soldiers from the Kherson front.",
         [("UKR", "military", "killed", 40, 40, 40, "exact")]),
    ],
    # police fighting a group the sentence names, where no place is known, are the group's land's
    "forces_fighting_a_group_at_home": [
        ("en", "Fourteen security personnel were injured in the encounter with Naxals in Sukma.",
         [("IND", "military", "wounded", 14, 14, 14, "exact")]),
    ],
    # "men" listed with women and children are no soldiers; a bare "a" with no people's noun of its own
    # is no victim; a village named after "il villaggio di" is a place
    "men_women_and_children": [
        ("it", "A Gatumba sono stati uccisi 70 uomini, donne e bambini.",
         [("BDI", "civilian", "killed", 70, 70, 70, "exact")]),
        ("en", "In Gatumba 70 men, women and children were killed.",
         [("BDI", "civilian", "killed", 70, 70, 70, "exact")]),
        ("en", "The bombing in Bujumbura killed 25 people, the police said, and a UN official condemned it.",
         [("BDI", "unknown", "killed", 25, 25, 25, "exact")]),
        ("it", "Nel villaggio di Gatumba sono stati uccisi 70 civili.",
         [("BDI", "civilian", "killed", 70, 70, 70, "exact")]),
        ("en", "In the village of Gatumba 70 civilians were killed.",
         [("BDI", "civilian", "killed", 70, 70, 70, "exact")]),
        # people "tra soldati e civili" are of both kinds
        ("it", "A Gatumba sono morte 60 persone tra soldati e civili.",
         [("BDI", "unknown", "killed", 60, 60, 60, "exact")]),
    ],
    # captives a verb frees are no casualties; the speaker's own group ("il suo gruppo") loses its own
    # men; a source named in the count's phrase is no party; "people" name no kind of people
    "freed_own_and_sources": [
        ("it", "In Colombia l'esercito ha liberato l'ex candidata presidenziale e altri 14 ostaggi in mano alle Farc.", []),
        ("en", "In Colombia the army freed the former candidate and 14 other hostages held by the rebels.", []),
        ("it", "Il capo del gruppo Wagner ha riconosciuto che il suo gruppo ha perso più di 20.000 uomini a Bakhmut.",
         [("WAGNER", "military", "killed", 20000, 20000, None, "over")]),
        ("en", "The Wagner chief admitted that his group had lost more than 20,000 men in Bakhmut.",
         [("WAGNER", "military", "killed", 20000, 20000, None, "over")]),
        ("it", "In Siria il bilancio è aggravato dalla morte di almeno 27 civili di cui riferiscono le Nazioni Unite.",
         [("SYR", "civilian", "killed", 27, 27, None, "at_least")]),
        ("en", "In Kharkiv 12 people were killed in a Russian strike.", [("UKR", "unknown", "killed", 12, 12, 12, "exact")]),
        ("en", "In Kharkiv 12 people, including three children, were killed in a Russian strike.",
         [("UKR", "unknown", "killed", 12, 12, 12, "exact")]),
    ],
    # a quake's dead after a decimal comma ("magnitudo 7,7, che ha causato"), deaths from hunger, hostages
    # handed over and crowds at their return are no casualties; "fatally injured" are dead; whoever
    # records a toll is its source, not its party; tanks lost are no people
    "not_violence_releases_and_records": [
        ("it", "A Mandalay è stata annunciata una tregua dopo un terremoto di magnitudo 7,7 che ha causato quasi "
               "3.800 morti.", []),
        ("it", "A Gaza cinque persone sono morte a causa della malnutrizione.", []),
        ("it", "In precedenza, sette ostaggi erano stati consegnati alla Croce Rossa a Gaza City.", []),
        ("it", "A Tel Aviv circa 65mila persone celebrano il ritorno degli ostaggi.", []),
        ("en", "The police airlifted the two fatally injured soldiers from Uruapan in Mexico.",
         [("MEX", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "L'Onu ha registrato l'anno scorso 5.600 decessi ad Haiti.",
         [("HTI", "unknown", "killed", 5600, 5600, 5600, "exact")]),
        ("en", "The UN recorded 5,600 deaths in Haiti last year.",
         [("HTI", "unknown", "killed", 5600, 5600, 5600, "exact")]),
        ("en", "May was the month of the highest tank losses for Russia, totaling 428.", []),
    ],
    # a part of a toll that belongs to a named armed group is its row, far down the list of parts;
    # foreign fighters are the group's the article names
    "parts_of_another_group": [
        ("it", "In Siria sono state uccise 39 persone, di cui 12 militari siriani, 15 miliziani filoiraniani e tre "
               "uomini di Hezbollah.",
         [("SYR", "unknown", "killed", 39, 39, 39, "exact"), ("HEZBOLLAH", "military", "killed", 3, 3, 3, "exact")]),
        ("en", "In Syria 39 people were killed, of whom 12 Syrian soldiers, 15 pro-Iranian militiamen and three "
               "Hezbollah members.",
         [("SYR", "unknown", "killed", 39, 39, 39, "exact"), ("HEZBOLLAH", "unknown", "killed", 3, 3, 3, "exact")]),
    ],
    # a count's phrase ends at the next count joined to it: each has its own side; rangers and
    # bodyguards are military; soldiers "unharmed" are no casualties
    "each_count_its_own_side": [
        ("en", "In Borno the insurgents killed two soldiers and three CJTF members.",
         [("NGA", "military", "killed", 2, 2, 2, "exact"), ("CJTF", "military", "killed", 3, 3, 3, "exact")]),
        ("en", "In Pattani the bombs wounded two soldiers and three rangers.",
         [("THA", "military", "wounded", 2, 2, 2, "exact"), ("THA", "military", "wounded", 3, 3, 3, "exact")]),
        ("it", "A Gaza tra le vittime vi è un alto ufficiale della sicurezza e quattro delle sue guardie del corpo.",
         [("PSE", "military", "killed", 4, 4, 4, "exact")]),
        ("en", "In Papua two soldiers were wounded with knives, and five other soldiers were unharmed.",
         [("IDN", "military", "wounded", 2, 2, 2, "exact")]),
    ],
    # "sent to hell" is the Pakistani army's word for killing the "khwarij" (the TTP)
    "sent_to_hell": [
        ("en", "In North Waziristan troops engaged the khwarij location and six khwarij were sent to hell, ISPR said.",
         [("TTP", "military", "killed", 6, 6, 6, "exact")]),
    ],
    # a side's losses named after them ("the losses of X") are X's
    "losses_of_a_named_group": [
        ("en", "In Kosovo, the losses of the KLA rose to 75.",
         [("KLA", "military", "killed_or_wounded", 75, 75, 75, "exact")]),
        ("it", "Le perdite dell'Esercito di liberazione del Kosovo sono salite a 75.",
         [("KLA", "military", "killed_or_wounded", 75, 75, 75, "exact")]),
    ],
    # a figure another source gives for the count just told is the same fact by that source
    "a_rival_figure_for_the_count_just_told": [
        ("en", "Hospital staff in Kherson said 22 people were killed, while the Russian defence ministry put the number"
               " at 6.",
         [("UKR", "unknown", "killed", 22, 22, 22, "exact"), ("UKR", "unknown", "killed", 6, 6, 6, "exact")]),
        ("it", "Per l'ospedale di Kherson i morti sono 22, mentre il ministero russo parla di 6.",
         [("UKR", "unknown", "killed", 22, 22, 22, "exact"), ("UKR", "unknown", "killed", 6, 6, 6, "exact")]),
        ("en", "One resident of Wau in South Sudan reported 30 people killed, while another said there were 45.",
         [("SSD", "unknown", "killed", 30, 30, 30, "exact"), ("SSD", "unknown", "killed", 45, 45, 45, "exact")]),
        ("it", "Un abitante di Malakal ha riferito di 25 morti, mentre un altro parlava di 40.",
         [("SSD", "unknown", "killed", 25, 25, 25, "exact"), ("SSD", "unknown", "killed", 40, 40, 40, "exact")]),
        # a figure with its own noun counts other people: read as such
        ("it", "Per l'ospedale di Kherson i morti sono 22, mentre il ministero russo parla di 6 soldati uccisi.",
         [("UKR", "unknown", "killed", 22, 22, 22, "exact"), ("UKR", "military", "killed", 6, 6, 6, "exact")]),
    ],
    # counts between commas right after a count and its noun, adding up to it, are its parts
    "an_aside_that_adds_up_to_the_count": [
        ("it", "Almeno otto ribelli maoisti, cinque donne e tre uomini, sono morti in uno scontro a fuoco nel"
               " Jharkhand.",
         [("NAXALITES", "military", "killed", 8, 8, None, "at_least")]),
        ("en", "Seven soldiers, four officers and three privates, died when their convoy hit a mine in Mali.",
         [("MLI", "military", "killed", 7, 7, 7, "exact")]),
    ],
    # fighters an armed group counts, with no people named, are its own, beside a state's soldiers
    "a_group_counts_its_own_fighters": [
        ("it", "Il PKK afferma che 120 soldati turchi e 45 combattenti sono stati uccisi nel nord dell'Iraq.",
         [("TUR", "military", "killed", 120, 120, 120, "exact"), ("PKK", "military", "killed", 45, 45, 45, "exact")]),
    ],
    # militants named before their casualty word, told by a state's army, are never that state's own
    "militants_named_before_the_casualty_word": [
        ("en", "The Pakistani army said the number of terrorists killed in North Waziristan was about 30.",
         [("PAK", "military", "killed", None, 30, None, "approx")]),
    ],
    # police counted with a comma after them are police, not the civilians listed next
    "police_in_a_list": [
        ("en", "Four police, three civilians and a boy were wounded in a bombing in Narathiwat.",
         [("THA", "military", "wounded", 4, 4, 4, "exact"), ("THA", "civilian", "wounded", 3, 3, 3, "exact"),
          ("THA", "civilian", "wounded", 1, 1, 1, "exact")]),
    ],
    # a country named before an attack's noun qualifies the attack and is no place
    "a_country_qualifying_an_attack_is_no_place": [
        ("en", "The Houthis said five civilians were killed in US strikes in Saada.",
         [("YEM", "civilian", "killed", 5, 5, 5, "exact")]),
    ],
    # a town's name with lower-case particles is known whole; an adverb may stand in "costato ... la vita"
    "towns_with_particles_and_the_cost_of_lives": [
        ("it", "Più di 60 persone sono state uccise a Rio de Janeiro durante un'operazione di polizia.",
         [("BRA", "unknown", "killed", 60, 60, None, "over")]),
        ("it", "Nella periferia nord di Rio de Janeiro sono state uccise 40 persone.",
         [("BRA", "unknown", "killed", 40, 40, 40, "exact")]),
        ("it", "Un attentato a Kabul nel 2017 è costato allora la vita a 90 persone.",
         [("AFG", "unknown", "killed", 90, 90, 90, "exact")]),
    ],
    # people said to be somewhere are a crowd, though some of them are killed in the next clause
    "a_crowd_is_no_toll": [
        ("en", "There were 80 guests at the wedding in Maiduguri and 15 were killed.",
         [("NGA", "unknown", "killed", 15, 15, 15, "exact")]),
        ("it", "Ci sono tre bambini e 9 madri e infermiere tra le vittime dell'attacco a Jalalabad.",
         [("AFG", "civilian", "killed", 3, 3, 3, "exact"), ("AFG", "civilian", "killed", 9, 9, 9, "exact")]),
        ("en", "In Maiduguri there were 15 people killed and 40 injured.",
         [("NGA", "unknown", "killed", 15, 15, 15, "exact"), ("NGA", "unknown", "wounded", 40, 40, 40, "exact")]),
    ],
    # captives a verb of killing counts are the killed, of no known kind, however the count is written
    "captives_killed_however_counted": [
        ("it", "I miliziani fucilarono una ventina di ostaggi a Kidal.",
         [("MLI", "unknown", "killed", None, 20, None, "approx")]),
        ("en", "Gunmen killed eight hostages in Mopti.", [("MLI", "unknown", "killed", 8, 8, 8, "exact")]),
        ("it", "Secondo la Jihad islamica sarebbero morti anche due ostaggi a Rafah.",
         [("PSE", "unknown", "killed", 2, 2, 2, "exact")]),
        ("it", "L'autobomba a Mogadiscio ha causato l'uccisione e il ferimento di oltre 100 persone.",
         [("SOM", "unknown", "killed_or_wounded", 100, 100, None, "over")]),
    ],
    # a corps' name says whose soldiers; a mission that records its fallen keeps them
    "corps_and_missions_count_their_own": [
        ("it", "Tre bersaglieri uccisi e due feriti in un attentato a Herat.",
         [("ITA", "military", "killed", 3, 3, 3, "exact"), ("ITA", "military", "wounded", 2, 2, 2, "exact")]),
        ("it", "In dieci anni nel Mali la MINUSMA ha registrato 180 caduti.",
         [("MINUSMA", "military", "killed", 180, 180, 180, "exact")]),
    ],
    # cadets and battlefield deaths are soldiers
    "cadets_and_battlefield_deaths": [
        ("en", "Forensic teams in Tikrit uncovered graves holding the bodies of about 300 murdered cadets.",
         [("IRQ", "military", "killed", None, 300, None, "approx")]),
        ("en", "Estimates put the battlefield deaths in Tigray at between 100,000 and 200,000.",
         [("ETH", "military", "killed", 100000, None, 200000, "range")]),
    ],
    # a town qualified after a comma by a direction and its country is that country's; a capital
    # named by its article before an attack's noun is the attack's place
    "towns_and_named_attacks": [
        ("en", "The raid on Djibo, northern Burkina Faso, killed 40 soldiers.",
         [("BFA", "military", "killed", 40, 40, 40, "exact")]),
        ("en", "The vote came a month after the Brussels attacks that left 32 people dead.",
         [("BEL", "unknown", "killed", 32, 32, 32, "exact")]),
    ],
    # occupations name civilians; corps name their state's soldiers
    "occupations_and_corps": [
        ("en", "In Cabo Delgado the two carpenters that were killed at the camp were beheaded.",
         [("MOZ", "civilian", "killed", 2, 2, 2, "exact")]),
        ("en", "Jihadists killed 12 VDP auxiliaries near Djibo.", [("BFA", "military", "killed", 12, 12, 12, "exact")]),
        ("it", "Nell'operazione in Yemen tre Navy seal risultano dispersi in mare.",
         [("USA", "military", "missing", 3, 3, 3, "exact")]),
    ],
    # attackers named as the attack's subject say nothing of the victims' kind
    "attackers_are_no_cue": [
        ("en", "More than 300 were killed in Egypt's Sinai when Islamist militants detonated explosives at a mosque.",
         [("EGY", "unknown", "killed", 300, 300, None, "over")]),
    ],
    # groups of more current wars, under their common names
    "more_groups": [
        ("en", "The Chadian army said it killed 300 FACT rebels near the Libyan border.",
         [("FACT", "military", "killed", 300, 300, 300, "exact")]),
        ("en", "Thai rangers killed two RKK militants in Narathiwat.",
         [("RKK", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "Il Fronte di liberazione dell'Azawad afferma di aver perso 12 combattenti vicino a Kidal.",
         [("FLA", "military", "killed", 12, 12, 12, "exact")]),
    ],
    # the fallen of a protest are of no known kind; an exchange of prisoners agreed is no capture
    "fallen_and_exchanges": [
        ("it", "A Mashhad i caduti negli scontri sarebbero già 24.", [("IRN", "unknown", "killed", 24, 24, 24, "exact")]),
        ("en", "Armenia and Azerbaijan reached an agreement in Yerevan to exchange 32 prisoners of war.", []),
    ],
    # hospital admissions are the wounded (codebook 9: hospitalised)
    "hospital_admissions": [
        ("en", "In Israel, 2,140 hospital admissions were recorded during the war with Iran.",
         [("ISR", "unknown", "wounded", 2140, 2140, 2140, "exact")]),
    ],
    # bare fighters the paragraph sets against no state's are the group it names
    "bare_fighters_of_the_paragraph": [
        ("en", "Al-Shabaab militants held the last houses of the village near Baidoa. After the strikes, the bodies of"
               " 15 fighters lay in the street.", [("AL-SHABAAB", "military", "killed", 15, 15, 15, "exact")]),
        ("en", "The army shelled the houses in Baidoa held by al-Shabaab, more than 30 of whose fighters had been"
               " killed.", [("AL-SHABAAB", "military", "killed", 30, 30, None, "over")]),
    ],
    # "centinaia di morti e di feriti" is one combined figure, and a number in words ends no name
    "dead_and_of_wounded": [
        ("it", "A Aleppo centinaia di morti e di feriti sono il risultato dei bombardamenti.",
         [("SYR", "unknown", "killed_or_wounded", 100, None, None, "vague")]),
    ],
    # an army that announces its soldiers' deaths counts its own, wherever the place's name stands;
    # a people's name after an attack's noun and its qualifier is the attacker's
    "an_army_announces_its_dead": [
        ("it", "L'esercito israeliano ha annunciato la morte di tre soldati nella Striscia di Gaza.",
         [("ISR", "military", "killed", 3, 3, 3, "exact")]),
        ("it", "L'esercito israeliano ha annunciato la morte di tre soldati nel nord di Gaza.",
         [("ISR", "military", "killed", 3, 3, 3, "exact")]),
        ("it", "Un raid aereo russo su Zaporizhzhia ha provocato quattro morti e 20 feriti.",
         [("UKR", "unknown", "killed", 4, 4, 4, "exact"), ("UKR", "unknown", "wounded", 20, 20, 20, "exact")]),
    ],
    # right after "among the", a count is the whole; a count's own casualty word before attackers
    # named after it keeps it a toll
    "wholes_after_among_and_tolls_before_attackers": [
        ("it", "Due medici sono tra i 15 morti del raid su Rafah.", [("PSE", "unknown", "killed", 15, 15, 15, "exact")]),
        ("en", "Nine soldiers were killed and 14 wounded when militants overran a base in Mali's Mopti region.",
         [("MLI", "military", "killed", 9, 9, 9, "exact"), ("MLI", "military", "wounded", 14, 14, 14, "exact")]),
    ],
    # whose a count's people are, said in an aside after them, is their party, beside others counted
    "whose_in_an_aside": [
        ("it", "Nella stessa zona morirono tre soldati francesi e sei militari, sempre del Mali.",
         [("FRA", "military", "killed", 3, 3, 3, "exact"), ("MLI", "military", "killed", 6, 6, 6, "exact")]),
        ("en", "Three French soldiers and six soldiers, also from Mali, were killed in the same area.",
         [("FRA", "military", "killed", 3, 3, 3, "exact"), ("MLI", "military", "killed", 6, 6, 6, "exact")]),
    ],
    # a group's body that counts people of no kind counts its land's
    "a_groups_body_counts_its_lands_dead": [
        ("it", "Il ministero della Sanità di Hamas ha reso noto che i morti sono oltre 30mila.",
         [("PSE", "unknown", "killed", 30000, 30000, None, "over")]),
    ],
    # the dead of clashes after which a group took a town are the town's people, not the group's
    "clashes_after_which_a_group_took_a_town": [
        ("it", "I ribelli dell'M23 hanno preso Bukavu dopo scontri che hanno causato almeno 300 morti.",
         [("COD", "unknown", "killed", 300, 300, None, "at_least")]),
    ],
    # a group that "kills" N is the attacker, never the dead's side
    "a_group_that_kills": [
        ("en", "The RSF killed at least 25 civilians in a village near Nyala.",
         [("SDN", "civilian", "killed", 25, 25, None, "at_least")]),
        ("en", "Israeli forces killed 4 Palestinians in Tulkarem.", [("PSE", "unknown", "killed", 4, 4, 4, "exact")]),
        ("en", "Boko Haram kills 23 in Borno.", [("NGA", "unknown", "killed", 23, 23, 23, "exact")]),
        ("en", "Al-Shabaab militants kill 9 soldiers in Lower Shabelle.",
         [("SOM", "military", "killed", 9, 9, 9, "exact")]),
    ],
    # a toll with no casualty word of its own is a death toll (codebook 9): killed
    "a_bare_toll_is_killed": [
        ("en", "By Sunday the toll in Kherson had risen to 31, the regional governor said.",
         [("UKR", "unknown", "killed", 31, 31, 31, "exact")]),
        ("it", "Domenica il bilancio a Kherson era salito a 31, secondo il governatore regionale.",
         [("UKR", "unknown", "killed", 31, 31, 31, "exact")]),
        ("en", "Officials in Sumy put the toll at more than 40 killed or wounded.",
         [("UKR", "unknown", "killed_or_wounded", 40, 40, None, "over")]),
    ],
    # a weekday or month after a country names no longer place: the country is where the dead are
    "a_country_before_a_weekday": [
        ("en", "The militia said it answered Turkish drone strikes in Iraq Tuesday that killed 14 people.",
         [("IRQ", "unknown", "killed", 14, 14, 14, "exact")]),
        ("it", "Il gruppo ha risposto ai raid turchi in Iraq Martedì, che hanno ucciso 14 persone.",
         [("IRQ", "unknown", "killed", 14, 14, 14, "exact")]),
    ],
    # fighters an adjective calls jihadist, Islamist or rebel are no state's, though a state's troops
    # kill them; the group the article names is theirs, and with none named the place's country (codebook 9)
    "fighters_an_outlaw_adjective_qualifies": [
        ("en", "Chadian troops killed 45 jihadist fighters near Diffa.",
         [("NER", "military", "killed", 45, 45, 45, "exact")]),
        ("en", "JNIM claimed the raid. Burkinabe soldiers later killed 45 jihadist fighters near Djibo.",
         [("JNIM", "military", "killed", 45, 45, 45, "exact")]),
        ("it", "I soldati ciadiani hanno ucciso 45 miliziani jihadisti vicino a Diffa.",
         [("NER", "military", "killed", 45, 45, 45, "exact")]),
        ("it", "Il Jnim ha rivendicato il raid. I soldati burkinabé hanno poi ucciso 45 combattenti jihadisti "
               "vicino a Djibo.", [("JNIM", "military", "killed", 45, 45, 45, "exact")]),
    ],
    # "neutralisation of" is killing, as "neutralised" is
    "neutralisation_as_a_noun": [
        ("en", "ISWAP attacked the base. The air strikes led to the neutralisation of over 20 terrorists.",
         [("ISWAP", "military", "killed", 20, 20, None, "over")]),
        ("it", "L'Iswap ha attaccato la base. I raid aerei hanno portato alla neutralizzazione di oltre 20 terroristi.",
         [("ISWAP", "military", "killed", 20, 20, None, "over")]),
    ],
    # people the killing names before a thing are counted, not the thing ("20 residents of the
    # village"); the dead evacuated are dead, not displaced; a newspaper's "Daily" is no rate
    "residents_corpses_and_a_daily": [
        ("en", "Bandits killed 16 residents of the village in Zamfara.",
         [("NGA", "civilian", "killed", 16, 16, 16, "exact")]),
        ("it", "I banditi hanno ucciso 16 abitanti del villaggio a Zamfara.",
         [("NGA", "civilian", "killed", 16, 16, 16, "exact")]),
        ("en", "The authorities evacuated 23 bodies from the rubble in Kharkiv.",
         [("UKR", "unknown", "killed", 23, 23, 23, "exact")]),
        ("it", "Le autorità hanno evacuato 23 cadaveri dalle macerie a Kharkiv.",
         [("UKR", "unknown", "killed", 23, 23, 23, "exact")]),
        ("en", "Witnesses told the Daily Post that 19 people were killed in Katsina.",
         [("NGA", "unknown", "killed", 19, 19, 19, "exact")]),
    ],
    # "an", as "a" and "un", counts one when it is a people noun's article, and nothing else
    "an_counts_one_person": [
        ("en", "An Armenian soldier was wounded by sniper fire near the border on Tuesday.",
         [("ARM", "military", "wounded", 1, 1, 1, "exact")]),
        ("it", "Un soldato armeno è rimasto ferito dal fuoco di un cecchino vicino al confine martedì.",
         [("ARM", "military", "wounded", 1, 1, 1, "exact")]),
        ("en", "An explosion in Goma killed 5 people an hour after the ceasefire began.",
         [("COD", "unknown", "killed", 5, 5, 5, "exact")]),
    ],
    # the people who tell of the dead are none of them: "one resident said", "due testimoni hanno riferito"
    "speakers_are_no_casualties": [
        ("en", "'They burned everything,' one villager said, adding that 14 herders had been killed near Mopti.",
         [("MLI", "civilian", "killed", 14, 14, 14, "exact")]),
        ("en", "Two witnesses told reporters that 14 herders had been killed near Mopti.",
         [("MLI", "civilian", "killed", 14, 14, 14, "exact")]),
        ("it", "Due testimoni hanno riferito che 14 pastori sono stati uccisi vicino a Mopti.",
         [("MLI", "civilian", "killed", 14, 14, 14, "exact")]),
        # (people reported wounded are wounded; men accused of a crime are no speakers)
        ("en", "Near Mopti two more herders were reported wounded.", [("MLI", "civilian", "wounded", 2, 2, 2, "exact")]),
    ],
    # a headline's verbs with their counts, joined by commas: "kills 5, injures 11"; the attackers
    # who kill or abduct are no sign that the people they take are soldiers
    "verbs_with_counts_joined_by_commas": [
        ("en", "Drone strike on Mopti market kills 7, injures 23.",
         [("MLI", "unknown", "killed", 7, 7, 7, "exact"), ("MLI", "unknown", "wounded", 23, 23, 23, "exact")]),
        ("en", "Jihadists kill six, abduct 40 in Mopti village.",
         [("MLI", "unknown", "killed", 6, 6, 6, "exact"), ("MLI", "unknown", "captured", 40, 40, 40, "exact")]),
        # (a noun's count before the next noun stays its own: "340 morti e 12 prigionieri")
        ("en", "In Mopti 7 killed, 23 injured.",
         [("MLI", "unknown", "killed", 7, 7, 7, "exact"), ("MLI", "unknown", "wounded", 23, 23, 23, "exact")]),
    ],
    # a group named for an area struck names no victims: "outside Hezbollah strongholds"; their land's
    "a_group_named_for_an_area": [
        ("en", "Syria's health ministry said strikes on two villages outside Hayat Tahrir al-Sham strongholds "
         "killed 11 people.", [("SYR", "unknown", "killed", 11, 11, 11, "exact")]),
        ("it", "Il ministero della Sanità siriano ha detto che i raid su due villaggi fuori dalle roccaforti di Hayat "
         "Tahrir al-Sham hanno ucciso 11 persone.", [("SYR", "unknown", "killed", 11, 11, 11, "exact")]),
    ],
    # a total broken down in an aside between dashes (spaced hyphens too), an organisation's name
    # between the total and its noun: the total is the row, the aside's counts its parts
    "total_broken_down_between_dashes": [
        ("en", "At least 40 African Union and allied personnel — 31 soldiers and 9 civilians — were killed in "
         "Somalia.", [("AU", "military", "killed", 40, 40, None, "at_least")]),
        # (personnel follows the total's noun: "personnel" is military, "membri del personale" anyone)
        ("it", "Almeno 40 membri del personale dell'Unione Africana - 31 soldati e 9 civili - sono stati uccisi in "
         "Somalia.", [("AU", "unknown", "killed", 40, 40, None, "at_least")]),
    ],
    # people a killing verb follows with no object are its victims, not its agents: "with over 15
    # militants killed"; "confirmed dead" is no verb of saying of theirs
    "participle_after_the_people": [
        ("en", "The army responded, inflicting heavy TTP losses, with over 15 militants killed.",
         [("TTP", "military", "killed", 15, 15, None, "over")]),
        ("en", "The army responded, inflicting heavy TTP losses, with over 15 militants confirmed dead.",
         [("TTP", "military", "killed", 15, 15, None, "over")]),
    ],
    # a people's name alone, right before its verb, a casualty word or a place, counts one of that
    # people, not an army (codebook 9); a name before a noun is an adjective
    "a_people_name_alone": [
        ("it", "Un palestinese è stato ucciso a Jenin durante un raid dell'esercito.",
         [("PSE", "unknown", "killed", 1, 1, 1, "exact")]),
        ("en", "A Palestinian was killed in Jenin during an army raid.",
         [("PSE", "unknown", "killed", 1, 1, 1, "exact")]),
        ("en", "A Palestinian village near Jenin was raided and 3 people were killed.",
         [("PSE", "unknown", "killed", 3, 3, 3, "exact")]),
    ],
    # who captures is no party of the captives: "Ukrainian forces have captured two soldiers"
    "captors_are_no_party": [
        ("en", "Near Kupiansk, Ukrainian forces captured two Russian soldiers.",
         [("RUS", "military", "captured", 2, 2, 2, "exact")]),
        # (a casualty word between the count and its people qualifies them: the verb before says
        # what befell them; "70 killed as gunmen attack" keeps its verb)
        ("en", "Near Kupiansk, Ukrainian forces captured two wounded Russian soldiers.",
         [("RUS", "military", "captured", 2, 2, 2, "exact")]),
        ("it", "Vicino a Kupiansk le forze ucraine hanno catturato due soldati russi feriti.",
         [("RUS", "military", "captured", 2, 2, 2, "exact")]),
    ],
    # a place in a genitive after the killers' noun is where they come from, not where their victims died
    "the_killers_home": [
        ("it", "Il 7 ottobre i miliziani della Striscia di Gaza hanno ucciso 1.200 persone in Israele.",
         [("ISR", "unknown", "killed", 1200, 1200, 1200, "exact")]),
        ("it", "Secondo le autorità israeliane, i miliziani della Striscia di Gaza hanno ucciso 1.200 persone.",
         [("ISR", "unknown", "killed", 1200, 1200, 1200, "exact")]),
    ],
    # a toll called fake news, false or a rumour is denied: no row (codebook 7)
    "toll_called_false": [
        ("en", "'Fake news is spreading online claiming that 11 soldiers were killed in Kidal,' the colonel said.", []),
        ("it", "Circolano in rete notizie false secondo cui 11 soldati sarebbero stati uccisi a Kidal.", []),
        ("en", "Rumours that 11 soldiers were killed in Kidal are false, the army said.", []),
    ],
    # separatists and secessionists are fighters of no state: the group's the article names
    "separatists_are_a_groups": [
        ("en", "Ambazonian separatists attacked a checkpoint in Bamenda; 7 separatists were killed.",
         [("AMBAZONIA", "military", "killed", 7, 7, 7, "exact")]),
        ("it", "I separatisti anglofoni hanno attaccato un posto di blocco a Bamenda: 7 separatisti sono stati uccisi.",
         [("AMBAZONIA", "military", "killed", 7, 7, 7, "exact")]),
    ],
    # people "held captive", "tenute prigioniere", "in ostaggio" are captured
    "held_captive": [
        ("en", "About 40 are still held captive in Tillaberi.", [("NER", "unknown", "captured", None, 40, None, "approx")]),
        ("it", "Circa 40 persone sono ancora tenute prigioniere a Tillaberi.",
         [("NER", "unknown", "captured", None, 40, None, "approx")]),
        ("it", "I jihadisti tengono ancora in ostaggio 40 persone a Tillaberi.",
         [("NER", "unknown", "captured", 40, 40, 40, "exact")]),
    ],
    # a toll "estimated at", "stimato in": the estimate is the count
    "estimated_at": [
        ("en", "Total Ethiopian losses in Tigray are estimated at about 60,000 troops.",
         [("ETH", "military", "killed_or_wounded", None, 60000, None, "approx")]),
        ("it", "I morti nel Tigray sono stimati in circa 600.",
         [("ETH", "unknown", "killed", None, 600, None, "approx")]),
    ],
    # a toll's noun, then its verb "sono stati" and the count, however far: "I feriti ... sono stati una ventina"
    "toll_noun_then_sono_stati": [
        ("it", "I feriti nell'attacco del commando che aveva fatto esplodere un'autobomba davanti all'albergo di "
         "Mogadiscio sono stati una ventina.", [("SOM", "unknown", "wounded", None, 20, None, "approx")]),
    ],
    # a semicolon closes a count's clause: a possible toll is no wounded count of the next clause
    "semicolon_closes_the_clause": [
        ("it", "Nel Darfur i morti potrebbero essere più di 60; molte altre persone sono state ferite.", []),
        ("en", "In Darfur the dead could number more than 60; many more people were wounded.", []),
    ],
    # people freed in a clause of their own leave the wounded of the first clause counted
    "freed_in_a_clause_of_their_own": [
        ("it", "Nell'assalto al carcere di Bannu sono rimasti feriti tre agenti e sono stati liberati più di "
         "sei detenuti.", [("PAK", "military", "wounded", 3, 3, 3, "exact")]),
        ("en", "In the assault on the Bannu jail three guards were wounded and more than six inmates were freed.",
         [("PAK", "unknown", "wounded", 3, 3, 3, "exact")]),
    ],
    # one person is counted by a singular noun as many are by its plural: a woman, an officer, a militant
    "singular_people_nouns": [
        ("en", "In Rakhine a woman was wounded when the shell hit the market.",
         [("MMR", "civilian", "wounded", 1, 1, 1, "exact")]),
        ("en", "The ambush in Rakhine killed 9 soldiers and wounded an officer.",
         [("MMR", "military", "killed", 9, 9, 9, "exact"), ("MMR", "military", "wounded", 1, 1, 1, "exact")]),
        ("it", "Nel Rakhine una donna è rimasta ferita quando il proiettile ha colpito il mercato.",
         [("MMR", "civilian", "wounded", 1, 1, 1, "exact")]),
        ("it", "Nel Rakhine un miliziano è stato ucciso e un poliziotto ferito negli scontri.",
         [("MMR", "military", "killed", 1, 1, 1, "exact"), ("MMR", "military", "wounded", 1, 1, 1, "exact")]),
        # (a person who only speaks is no casualty)
        ("en", "A resident said that 6 people were killed in Sittwe.", [("MMR", "unknown", "killed", 6, 6, 6, "exact")]),
        # "man" and "uomo", with an age or a people's name between, count one person as "woman" does
        ("en", "A 58-year-old man was killed when a drone hit his car in Rakhine.",
         [("MMR", "civilian", "killed", 1, 1, 1, "exact")]),
        ("en", "A Rohingya man was shot dead by soldiers in Rakhine.", [("MMR", "civilian", "killed", 1, 1, 1, "exact")]),
        ("it", "Un uomo di 58 anni è morto quando un drone ha colpito la sua auto nel Rakhine.",
         [("MMR", "civilian", "killed", 1, 1, 1, "exact")]),
        ("it", "Nel Rakhine un uomo è rimasto ferito e due soldati sono stati uccisi.",
         [("MMR", "civilian", "wounded", 1, 1, 1, "exact"), ("MMR", "military", "killed", 2, 2, 2, "exact")]),
        # (a man who only tells what he saw is no casualty)
        ("it", "Secondo un uomo del villaggio, nel Rakhine sono state uccise 6 persone.",
         [("MMR", "unknown", "killed", 6, 6, 6, "exact")]),
    ],
    # a state named as a side is whose the dead are, wherever the paragraph is
    # the attacker is never the victims' side; the state its attack is said to strike may be, even in a
    # story told from the attacker's land
    "attacker_is_no_side": [
        ("it", "È di 9 morti e 60 feriti il bilancio degli attacchi egiziani contro la Libia.",
         [("LBY", "unknown", "killed", 9, 9, 9, "exact"), ("LBY", "unknown", "wounded", 60, 60, 60, "exact")]),
        ("en", "Nine dead and 60 wounded is the toll of the Egyptian strikes against Libya.",
         [("LBY", "unknown", "killed", 9, 9, 9, "exact"), ("LBY", "unknown", "wounded", 60, 60, 60, "exact")]),
        # (a state's strikes on its own land leave its people its own)
        ("en", "Malian army drone strikes killed at least 15 civilians near Kidal on Sunday.",
         [("MLI", "civilian", "killed", 15, 15, None, "at_least")]),
        ("it", "Le forze maliane hanno ucciso almeno 15 civili vicino a Kidal domenica.",
         [("MLI", "civilian", "killed", 15, 15, None, "at_least")]),
    ],
    # more of the same at another place, past an aside, shares the casualty word
    "more_elsewhere": [
        ("en", "At least 12 people were killed in Odesa, including three at a school, and another 6 in Kherson.",
         [("UKR", "unknown", "killed", 12, 12, None, "at_least"), ("UKR", "unknown", "killed", 6, 6, 6, "exact")]),
        ("it", "Almeno 12 persone sono state uccise a Odessa, incluse tre in una scuola, e altre 6 a Kherson.",
         [("UKR", "unknown", "killed", 12, 12, None, "at_least"), ("UKR", "unknown", "killed", 6, 6, 6, "exact")]),
        # (with a word of its own it is its own fact)
        ("en", "At least 12 people were killed in Odesa, including three at a school, and another 6 were wounded in "
               "Kherson.", [("UKR", "unknown", "killed", 12, 12, None, "at_least"),
                            ("UKR", "unknown", "wounded", 6, 6, 6, "exact")]),
    ],
    # a town the gazetteer spells like a larger foreign city's other name is the region's own
    "towns_of_the_region": [
        ("en", "In February, 23 civilians were killed in Mambasa territory by the ADF.",
         [("COD", "civilian", "killed", 23, 23, 23, "exact")]),
    ],
    # a state a relative clause of losing hangs on lost them, whoever it then accuses
    "relative_loser": [
        ("it", "Il Tagikistan, che ha perso 31 soldati, sostiene che i kirghisi hanno bombardato il suo territorio.",
         [("TJK", "military", "killed", 31, 31, 31, "exact")]),
        ("en", "Tajikistan, which lost 31 soldiers, says Kyrgyz forces shelled its territory.",
         [("TJK", "military", "killed", 31, 31, 31, "exact")]),
    ],
    # a count whose noun is left out, listed after a count of weapons, counts weapons
    "items_listed_elided": [
        ("it", "In Sinaloa l'esercito ha sequestrato 300 armi lunghe, 90 corte e 20mila proiettili.", []),
        ("en", "In Sinaloa the army seized 300 assault rifles, 90 short and 20,000 rounds.", []),
    ],
    # a count whose noun is left out, a date right after it, counts the same people over another period
    "same_people_other_period": [
        ("en", "Over 1,300 people have been killed in Tigray since January and more than 4,000 since the start of 2021.",
         [("ETH", "unknown", "killed", 1300, 1300, None, "over"), ("ETH", "unknown", "killed", 4000, 4000, None, "over")]),
        ("it", "Oltre 1.300 persone sono state uccise nel Tigray da gennaio e più di 4.000 dall'inizio del 2021.",
         [("ETH", "unknown", "killed", 1300, 1300, None, "over"), ("ETH", "unknown", "killed", 4000, 4000, None, "over")]),
    ],
    # a state that makes a toll known counts its own civilians, whatever the clause before counted
    "state_makes_known": [
        ("it", "Dushanbe ha annunciato la morte di 40 soldati; Bishkek ha reso nota l'uccisione di 12 civili.",
         [("TJK", "military", "killed", 40, 40, 40, "exact"), ("KGZ", "civilian", "killed", 12, 12, 12, "exact")]),
    ],
    # a limb lost is a wound, not a death
    "limb_lost": [
        ("en", "In Odesa a dock worker lost a leg in the strike.", [("UKR", "civilian", "wounded", 1, 1, 1, "exact")]),
        ("it", "A Odessa un operaio del porto ha perso una gamba nell'attacco.",
         [("UKR", "civilian", "wounded", 1, 1, 1, "exact")]),
    ],
    # the speaker that goes on to a killing in the gerund of its own clause killed them: not its own dead
    # fighters irregulars kill are the other side's: not the killers' group, but the one named apart, else
    # the place's country
    "killed_by_irregulars": [
        ("en", "JNIM claimed the assault. The jihadists overran the Koglweogo militia base in Djibo, killing eleven "
         "fighters.", [("BFA", "military", "killed", 11, 11, 11, "exact")]),
        ("it", "Il JNIM ha rivendicato l'assalto. I jihadisti hanno preso la base della milizia Koglweogo a Djibo, "
         "uccidendo undici combattenti.", [("BFA", "military", "killed", 11, 11, 11, "exact")]),
    ],
    "speaker_killing_in_the_gerund": [
        ("en", "The Nigerien army said it repelled an attack by Boko Haram fighters near Diffa, killing about 30 "
         "militants.", [("BOKO HARAM", "military", "killed", None, 30, None, "approx")]),
    ],
    # a town right after an attack's noun and its target preposition is where the dead are
    "struck_town": [
        ("en", "Six dead and 30 wounded is the toll of the strike on Odesa.",
         [("UKR", "unknown", "killed", 6, 6, 6, "exact"), ("UKR", "unknown", "wounded", 30, 30, 30, "exact")]),
        ("it", "Sei morti e 30 feriti: è il bilancio dell'attacco su Odessa.",
         [("UKR", "unknown", "killed", 6, 6, 6, "exact"), ("UKR", "unknown", "wounded", 30, 30, 30, "exact")]),
    ],
    # a country right after an attack's noun and its target preposition, a direction between, is where
    # the dead are: the attacker's home is not
    "struck_country": [
        ("en", "About 300 people died in the al-Shabaab terror attack on northern Kenya and 40 were taken to Somalia as "
               "hostages.", [("KEN", "unknown", "killed", None, 300, None, "approx"),
                            ("KEN", "unknown", "captured", 40, 40, 40, "exact")]),
    ],
    # "deceased" counts the dead
    "deceased": [
        ("en", "In Borno the total number of deceased is 64.", [("NGA", "unknown", "killed", 64, 64, 64, "exact")]),
    ],
    # a part of the wounded between dashes, before the toll's noun, is no count of the dead
    "dashed_aside_before_the_toll": [
        ("it", "È di 9 morti e 60 feriti - 12 dei quali in condizioni gravi - il bilancio del raid su Odessa.",
         [("UKR", "unknown", "killed", 9, 9, 9, "exact"), ("UKR", "unknown", "wounded", 60, 60, 60, "exact")]),
        ("en", "Nine dead and 60 wounded – 12 of them seriously – is the toll of the raid on Odesa.",
         [("UKR", "unknown", "killed", 9, 9, 9, "exact"), ("UKR", "unknown", "wounded", 60, 60, 60, "exact")]),
    ],
    # a body named as the source after what it said is no side of the dead, as it is not when named first
    "source_named_after_the_toll": [
        ("en", "In Kidal 12 policemen were killed in the ambush, the UN mission said.",
         [("MLI", "military", "killed", 12, 12, 12, "exact")]),
        ("en", "Seven soldiers were wounded near Kidal, African Union officials said on Monday.",
         [("MLI", "military", "wounded", 7, 7, 7, "exact")]),
        ("it", "A Kidal sono stati uccisi 12 poliziotti, ha riferito l'ONU in una nota.",
         [("MLI", "military", "killed", 12, 12, 12, "exact")]),
        # (a state that speaks of its own soldiers still keeps them)
        ("en", "Twelve soldiers were killed in the ambush near Kidal, the Malian army said.",
         [("MLI", "military", "killed", 12, 12, 12, "exact")]),
    ],
    "dead_on_a_named_side": [
        ("en", "The number of dead on the Ethiopian side rose to 31 after the border clashes.",
         [("ETH", "unknown", "killed", 31, 31, 31, "exact")]),
        ("en", "On the Lebanese side, officials reported the deaths of 14 soldiers and nine civilians.",
         [("LBN", "military", "killed", 14, 14, 14, "exact"), ("LBN", "civilian", "killed", 9, 9, 9, "exact")]),
        ("it", "Sul versante eritreo i morti sono saliti a 17.",
         [("ERI", "unknown", "killed", 17, 17, 17, "exact")]),
    ],
    # peacekeepers whose state the phrase names are that state's; with none named, their mission's
    "peacekeepers_from_a_state": [
        ("en", "Two peacekeepers from Nepal were killed when their patrol was ambushed near Bunia.",
         [("NPL", "military", "killed", 2, 2, 2, "exact")]),
        ("it", "Due caschi blu provenienti dal Nepal sono stati uccisi vicino a Bunia.",
         [("NPL", "military", "killed", 2, 2, 2, "exact")]),
        ("en", "Four peacekeepers were killed near Bunia.",
         [("UN", "military", "killed", 4, 4, 4, "exact")]),
    ],
    # a defence ministry that counts soldiers with no side counts its own; those it says it killed
    # are not its own (and with no side named, no row)
    "defence_ministry_counts_its_own": [
        ("en", "The Georgian Defence Ministry said three soldiers were wounded.",
         [("GEO", "military", "wounded", 3, 3, 3, "exact")]),
        ("it", "Il ministero della Difesa georgiano ha riferito che tre soldati sono rimasti feriti.",
         [("GEO", "military", "wounded", 3, 3, 3, "exact")]),
        ("it", "Lo Stato maggiore armeno ha comunicato che due soldati sono stati uccisi.",
         [("ARM", "military", "killed", 2, 2, 2, "exact")]),
        ("en", "The Eritrean army said its troops lost 12 soldiers near the border.",
         [("ERI", "military", "killed", 12, 12, 12, "exact")]),
        ("en", "The Ethiopian army said it killed 40 soldiers near the border.", []),
        ("en", "The Ethiopian army said its troops killed 40 soldiers near the border.", []),
        ("it", "L’esercito etiope ha detto di aver ucciso 40 soldati vicino al confine.", []),
    ],
    # a change from one toll to another, the casualty word told with the first figure: the figure
    # reached is a row of that word too
    "toll_changed_from_to": [
        ("en", "Health officials in Mosul raised the toll from at least 12 dead to more than 20, and from 40 wounded"
               " to 55.",
         [("IRQ", "unknown", "killed", 12, 12, None, "at_least"), ("IRQ", "unknown", "wounded", 40, 40, 40, "exact"),
          ("IRQ", "unknown", "killed", 20, 20, None, "over"), ("IRQ", "unknown", "wounded", 55, 55, 55, "exact")]),
        ("it", "A Mosul il bilancio è passato da almeno 12 morti a più di 20, e da 40 feriti a 55.",
         [("IRQ", "unknown", "killed", 12, 12, None, "at_least"), ("IRQ", "unknown", "wounded", 40, 40, 40, "exact"),
          ("IRQ", "unknown", "killed", 20, 20, None, "over"), ("IRQ", "unknown", "wounded", 55, 55, 55, "exact")]),
    ],
    # a count opening the sentence stays the subject of a far verb past an article ("in un centro"),
    # a word that is no other count
    "long_subject_past_an_article": [
        ("it", "Trentadue migranti detenuti in un centro di accoglienza di Zuara, cittadina a ovest di Tripoli, sono"
               " stati uccisi.", [("LBY", "civilian", "killed", 32, 32, 32, "exact")]),
        ("en", "Thirty-two migrants held in a reception centre in the town of Zuwara, west of Tripoli, were killed.",
         [("LBY", "civilian", "killed", 32, 32, 32, "exact")]),
    ],
    # people serving abroad whom a state's voice reports are its own, not the land's where they serve
    "serving_abroad_reported_by_their_state": [
        ("en", "Rwandan authorities said on Monday that a soldier deployed to Mozambique was killed in an ambush.",
         [("RWA", "military", "killed", 1, 1, 1, "exact")]),
        ("it", "Il governo ruandese ha detto che due soldati in servizio in Mozambico sono stati uccisi.",
         [("RWA", "military", "killed", 2, 2, 2, "exact")]),
        ("en", "Two soldiers were killed in Mozambique.", [("MOZ", "military", "killed", 2, 2, 2, "exact")]),
    ],
    # a part told before its whole, whose people the clause then says are another party's
    "part_before_whole_of_another_party": [
        ("en", "In Rakhine, 14 of the 40 victims were from the Arakan Army.",
         [("MMR", "unknown", "killed", 40, 40, 40, "exact"), ("ARAKAN ARMY", "military", "killed", 14, 14, 14, "exact")]),
        ("it", "Nel Rakhine, 14 delle 40 vittime erano membri dell'Arakan Army.",
         [("MMR", "unknown", "killed", 40, 40, 40, "exact"), ("ARAKAN ARMY", "military", "killed", 14, 14, 14, "exact")]),
    ],
    # a recording that "captured" people takes no one captive; captives a recording shows stay
    "recordings_capture_no_one": [
        ("en", "Surveillance footage released by local broadcasters captured two men paying at a shop in Lebanon.", []),
        ("it", "Le telecamere di sorveglianza hanno catturato due uomini mentre pagavano in un negozio in Libano.", []),
        ("en", "The rebels released a video of two captured soldiers near Gao.",
         [("MLI", "military", "captured", 2, 2, 2, "exact")]),
    ],
    # people a headline's present tense says were rescued are no casualties of the verb after them
    "rescued_in_the_present": [
        ("en", "In Sindh, soldiers rescue 90 passengers, 11 gunmen killed as the siege ends.", []),
    ],
    # a count right after an agent's word is the killers, not the dead; a proportion out of ten is no count
    "agents_and_proportions": [
        ("en", "On Tuesday, an official in Narathiwat was shot and killed by two unidentified men in a drive-by attack.",
         []),
        ("it", "In Cisgiordania due coloni sono stati uccisi da un soldato che si trovava sul posto.",
         [("PSE", "unknown", "killed", 2, 2, 2, "exact")]),
        ("it", "In Messico, secondo le autorità, sette omicidi su 10 sono legati ai cartelli.", []),
        ("en", "In Mexico, officials say seven out of 10 murders are linked to the cartels.", []),
    ],
    # a verb of dying with a particle, or "lives" as a verb, tells of no dead
    "no_dead_in_other_senses": [
        ("en", "A resident who lives near the market in Baidoa said the shooting had died down by midnight.", []),
        ("en", "In Baidoa, the attack took the lives of 15 people.", [("SOM", "unknown", "killed", 15, 15, 15, "exact")]),
    ],
}


def test_people_no_text_names_take_the_country_the_article_is_about(tmp_path):
    """Codebook 6 and 9: a count whose sentence names no place or people takes the article's
    country (here from the title's region, which pycountry names), and is not dropped."""
    path = tmp_path / "case.txt"
    path.write_text(" date 2025-03 Gunmen raid a village in Zamfara\n\nThe gunmen arrived on motorbikes at dawn.\n\n"
                    "At least 40 people were killed and 12 were abducted, residents said.\n", encoding="utf-8")
    seed = read_seed(path, lang.available())
    got = [(r["party"], r["personnel"], r["casualty_type"], r["count_best"], r["count_qualifier"])
           for r in extract_seed(seed)["casualties"] if r["char_start"] > seed.text.index("\n")]
    assert got == [("NGA", "unknown", "killed", 40, "at_least"), ("NGA", "unknown", "captured", 12, "exact")]


def test_the_lead_says_where_the_story_is_before_the_background(tmp_path):
    """The title and the lead's places weigh double: a background paragraph naming another
    country more often does not make the article's dead that country's."""
    path = tmp_path / "case.txt"
    path.write_text(" date 2025-03 Car bomb outside a hotel: 21 dead\n\nA car bomb exploded outside a hotel in "
                    "Mogadishu, in Somalia, on Friday.\n\nThe group has also struck in Kenya. In 2019 its fighters "
                    "attacked a hotel in Nairobi, in Kenya, and in 2020 a base in Lamu, in Kenya.\n", encoding="utf-8")
    seed = read_seed(path, lang.available())
    assert [(r["party"], r["count_best"]) for r in extract_seed(seed)["casualties"]] == [("SOM", 21)]


def test_bare_fighters_take_the_group_the_article_names_and_towns_count_last(tmp_path):
    """The dead "attackers" of a sentence that names no group are the group the article names
    most, not an affiliate's; "the Horn of Africa" names no German town (Horn), so the article's
    country is the capital's it names."""
    path = tmp_path / "case.txt"
    path.write_text(" date 2025-03 Attack on a hotel in Mogadishu\n\n"
                    "Al Shabab, an al-Qaeda affiliate, claimed the attack on the hotel. Al Shabab has fought the "
                    "government for years.\n\nFive attackers were killed by the security forces, the police said. "
                    "Eleven guests were wounded.\n\nThe group is the strongest in the Horn of Africa.\n",
                    encoding="utf-8")
    seed = read_seed(path, lang.available())
    got = [(r["party"], r["personnel"], r["casualty_type"], r["count_best"]) for r in extract_seed(seed)["casualties"]]
    assert got == [("AL-SHABAAB", "military", "killed", 5), ("SOM", "civilian", "wounded", 11)]


def test_a_replaced_figure_is_set_aside_as_superseded(tmp_path):
    seed, out = _rows(tmp_path, "en", "The death toll in Kaduna rose from 31 to 45 on Tuesday.")
    outcomes = {(n["text"], n["outcome"], n["reason"]) for n in out["numbers"]}
    assert ("31", "set_aside", "superseded") in outcomes and ("45", "used", None) in outcomes


def _rows(tmp_path, language, sentence):
    title = "Notizie dal fronte" if language == "it" else "News from the front"
    path = tmp_path / "case.txt"
    path.write_text(f" date 2025-03 {title}\n\n{sentence}\n", encoding="utf-8")
    seed = read_seed(path, lang.available())
    return seed, extract_seed(seed)


@pytest.mark.parametrize("language,sentence,expected",
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{cls}-{i}" for cls, cases in CASES.items() for i in range(len(cases))])
def test_casualty_rows_per_class(tmp_path, language, sentence, expected):
    seed, out = _rows(tmp_path, language, sentence)
    body = [r for r in out["casualties"] if r["char_start"] > seed.text.index("\n")]
    got = [(r["party"], r["personnel"], r["casualty_type"], r["count_low"], r["count_best"], r["count_high"],
            r["count_qualifier"]) for r in body]
    assert got == expected
    for r in body:  # provenance: the evidence is where the offsets say
        assert seed.text[r["char_start"]:r["char_end"]] == r["evidence"]


def test_typeset_apostrophes_read_like_straight_ones(tmp_path):
    """Half the apostrophes of real news are typeset (’): the vocabularies write the straight one.
    Both spellings give the same rows, and what a row quotes keeps the article's spelling."""
    sentence = ("Il portavoce dell’esercito yemenita ha detto che i ribelli Houthi appoggiati dall’Iran hanno "
                "ucciso 30 soldati a Marib.")
    seed, out = _rows(tmp_path, "it", sentence)
    straight_seed, straight = _rows(tmp_path, "it", sentence.replace("’", "'"))

    def facts(rows):
        return [(r["party"], r["personnel"], r["casualty_type"], r["count_best"]) for r in rows["casualties"]]

    assert facts(out) == facts(straight) == [("YEM", "military", "killed", 30)]
    sources = [r["attributed_to"] for r in out["casualties"]]
    assert sources == [s.replace("'", "’") for s in (r["attributed_to"] for r in straight["casualties"])]
    assert sources == ["portavoce dell’esercito yemenita"]
    for table in ("casualties", "statements", "numbers"):
        for r in out[table]:
            assert seed.text[r["char_start"]:r["char_end"]] == (r["evidence"] if "evidence" in r else r["text"])


def test_contractors_fighting_for_a_state_are_never_the_rebels_side(tmp_path):
    """Wagner, named most in the article, fights for the state: bare rebels a sentence later are
    the group's the article names besides."""
    seed, out = _rows(tmp_path, "en", "Wagner mercenaries and Wagner trainers joined the army against the CSP-DPA near "
                                      "Kidal. The army said it had killed more than 20 rebels.")
    assert [(r["party"], r["casualty_type"], r["count_best"]) for r in out["casualties"]] == [("CSP-DPA", "killed", 20)]


def test_soldiers_the_title_counted_keep_their_state_where_they_fight(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(" date 2024-10 Five Turkish soldiers killed in clashes with the PKK\n\n"
                    "The Turkish army announced the first losses of its operation in Iraq after five soldiers were"
                    " killed in battles against PKK militants in the north of the country. Two more soldiers were"
                    " wounded in the same incident.\n", encoding="utf-8")
    out = extract_seed(read_seed(path, lang.available()))
    body = [(r["party"], r["casualty_type"], r["count_best"]) for r in out["casualties"] if r["char_start"] > 60]
    assert body == [("TUR", "killed", 5), ("TUR", "wounded", 2)]


def test_a_title_opening_on_a_state_says_where_the_story_is(tmp_path):
    """"Ciad, ...": a title that opens on a state's name, as a dateline, outweighs a country a
    later paragraph names in passing."""
    path = tmp_path / "case.txt"
    path.write_text(" date 2025-03 Ciad, attacco jihadista a una base militare\n\n"
                    "40 soldati uccisi, 12 feriti e un numero imprecisato di dispersi.\n\n"
                    "Il presidente ha lasciato il vertice che si tiene in Egitto per tornare a N'Djamena.\n",
                    encoding="utf-8")
    out = extract_seed(read_seed(path, lang.available()))
    assert [(r["party"], r["casualty_type"], r["count_best"]) for r in out["casualties"]] == [
        ("TCD", "killed", 40), ("TCD", "wounded", 12)]


@pytest.mark.parametrize("language,title,sentence", [
    ("it", "Congo, ospedali sopraffatti a Goma", "«Ci sono centinaia di feriti in ospedale», ha detto la portavoce "
     "durante una riunione a Ginevra."),
    ("en", "Congo: hospitals overwhelmed in Goma", "\"Hundreds of wounded are in hospital,\" the spokeswoman said at a "
     "meeting in Geneva."),
])
def test_where_a_speaker_says_it_is_not_where_the_dead_are(tmp_path, language, title, sentence):
    path = tmp_path / "case.txt"
    path.write_text(f" date 2025-01 {title}\n\n{sentence}\n", encoding="utf-8")
    rows = extract_seed(read_seed(path, lang.available()))["casualties"]
    assert [(r["party"], r["casualty_type"], r["count_low"]) for r in rows] == [("COD", "wounded", 100)]


@pytest.mark.parametrize("language,sentence", [
    ("it", "Nel Niger sono stati uccisi 6 soldati a Tahoua e 6 soldati a Tillabéri."),
    ("en", "Six soldiers were killed in Tahoua and six in Tillabéri."),
])
def test_equal_counts_at_two_places_are_two_facts(tmp_path, language, sentence):
    """One row per distinct fact (codebook 7): the same count at two places is two, each at its own."""
    _, out = _rows(tmp_path, language, sentence)
    assert sorted((r["party"], r["count_best"], r["location"]) for r in out["casualties"]) == [
        ("NER", 6, "Tahoua"), ("NER", 6, "Tillabéri")]
    assert [n["outcome"] for n in out["numbers"]] == ["used", "used"]


@pytest.mark.parametrize("language,body,expected", [
    ("en", "Iraq's health ministry said 40 people were killed in the Turkish strikes. Separately, Turkey's health"
     " ministry said 12 people were killed.", [("IRQ", "killed", 40), ("TUR", "killed", 12)]),
    ("en", "Iraq's health ministry said 40 people were killed in the Turkish strikes. Turkey's health ministry"
     " documented 112 hospital admissions.", [("IRQ", "killed", 40), ("TUR", "wounded", 112)]),
    ("it", "Secondo il ministero della Salute iracheno i morti sono 40. Il ministero della Salute turco ha detto che"
     " 12 persone sono state uccise.", [("IRQ", "killed", 40), ("TUR", "killed", 12)]),
    ("it", "Il ministero della Sanità di Baghdad ha detto che 40 persone sono state uccise dal 2023, quando le milizie"
     " hanno iniziato a lanciare droni verso la Turchia.", [("IRQ", "killed", 40)]),
])
def test_a_state_health_body_counts_its_own_people(tmp_path, language, body, expected):
    """A state's health ministry counts its own state's people, whatever the paragraph counted before."""
    path = tmp_path / "case.txt"
    path.write_text(f" date 2025-01 {'News' if language == 'en' else 'Notizie'}\n\n{body}\n", encoding="utf-8")
    out = extract_seed(read_seed(path, lang.available()))
    assert [(r["party"], r["casualty_type"], r["count_best"]) for r in out["casualties"]] == expected


@pytest.mark.parametrize("language,title,sentence,speaker", [
    ("it", "Congo, scontri a Goma", "L'inviato dell'Onu, rivolgendosi al Consiglio di sicurezza a New York, ha detto "
     "che almeno 70 persone sono state uccise.", "inviato dell'Onu"),
    ("en", "Congo: fighting in Goma", "The UN envoy, addressing the Security Council in New York, said at least 70 "
     "people had been killed.", "UN envoy"),
])
def test_a_gerund_aside_is_where_the_speaker_spoke(tmp_path, language, title, sentence, speaker):
    """Whatever gerund opens the aside ("rivolgendosi", "addressing"), its place is the speaker's."""
    path = tmp_path / "case.txt"
    path.write_text(f" date 2025-01 {title}\n\n{sentence}\n", encoding="utf-8")
    out = extract_seed(read_seed(path, lang.available()))
    assert [(r["party"], r["casualty_type"], r["count_low"]) for r in out["casualties"]] == [("COD", "killed", 70)]
    assert [r["speaker"] for r in out["statements"]] == [speaker]


@pytest.mark.parametrize("language,sentence", [
    ("en", "At least 30 people were killed in Douma on Saturday."),  # GeoNames' "Dūmā"
    ("it", "Almeno 30 persone sono state uccise a Douma sabato."),
])
def test_a_town_is_known_by_the_spelling_news_use(tmp_path, language, sentence):
    _, out = _rows(tmp_path, language, sentence)
    assert [(r["party"], r["casualty_type"], r["count_low"]) for r in out["casualties"]] == [("SYR", "killed", 30)]


@pytest.mark.parametrize("language,title,text", [
    ("it", "Libano, ammainata la bandiera: la missione spagnola è finita",
     "I militari spagnoli erano di stanza a Tiro dal 2006.\n\nUn ricordo andrà ai 14 militari morti in questi anni."),
    ("en", "Lebanon: flag lowered as the Spanish mission ends",
     "Spanish troops had been stationed in Tyre since 2006.\n\nA wreath honoured the 14 soldiers who died in those "
     "years."),
])
def test_soldiers_with_no_nationality_in_a_story_of_foreign_forces_are_the_senders(tmp_path, language, title, text):
    """A bare count of soldiers in the host of the article's deployment counts the sender's, not the
    host's (section 6's context: the paragraph and the article)."""
    path = tmp_path / "case.txt"
    path.write_text(f" date 2012-06 {title}\n\n{text}\n", encoding="utf-8")
    rows = extract_seed(read_seed(path, lang.available()))["casualties"]
    assert [(r["party"], r["personnel"], r["count_best"]) for r in rows] == [("ESP", "military", 14)]


def test_foreign_fighters_are_the_group_the_article_fights(tmp_path):
    """'Foreign fighters' killed in a campaign against a named group are that group's, never the
    country where they fell."""
    path = tmp_path / "case.txt"
    path.write_text(" date 2025-03 Puntland forces fight the Islamic State in Somalia\n\nThe offensive against the "
                    "Islamic State in the Cal Miskaad mountains continues.\n\nNearly 700 foreign fighters have been "
                    "killed since the campaign began, officials said.\n", encoding="utf-8")
    rows = extract_seed(read_seed(path, lang.available()))["casualties"]
    assert [(r["party"], r["count_best"]) for r in rows] == [("ISIS", 700)]


def test_soldiers_a_later_paragraph_counts_are_those_the_article_counted(tmp_path):
    """'Six soldiers were killed' in a paragraph that names no side, in an article whose soldiers so
    far were one state's, are that state's (codebook 6: the context gives the party)."""
    path = tmp_path / "case.txt"
    path.write_text(" date 1979-08 Two bombs hit an army convoy\n\nTwo roadside bombs killed eighteen British "
                    "soldiers on Monday.\n\nSix soldiers were killed in the first explosion.\n", encoding="utf-8")
    rows = extract_seed(read_seed(path, lang.available()))["casualties"]
    assert [(r["party"], r["personnel"], r["count_best"]) for r in rows] == [("GBR", "military", 18),
                                                                               ("GBR", "military", 6)]


def test_a_compound_adjective_before_region_names_no_region():
    from seedtables.extract import places
    found = places.reader("en").find("Separatists raided a village in Cameroon's French-speaking region on Sunday.")
    assert not any(p.text.startswith("French") for p in found)


@pytest.mark.parametrize("language,text", [
    ("en", " date 2025-07 Thailand says nine killed in border clashes with Cambodia\n\nThailand's health ministry said "
           "nine people were killed in Surin province.\n\nIn Cambodia, the health ministry confirmed 12 deaths. It "
           "treated 30 people with wounds.\n"),
    ("it", " date 2025-07 La Thailandia conta nove morti negli scontri al confine con la Cambogia\n\nIl ministero "
           "della sanità thailandese ha detto che nove persone sono state uccise nella provincia di Surin.\n\nIn "
           "Cambogia, il ministero della sanità ha confermato 12 morti. Ha curato 30 persone ferite.\n"),
])
def test_a_sentence_that_opens_on_a_country_counts_that_countrys_dead(tmp_path, language, text):
    """"In Cambodia, the ministry confirmed 12 deaths" in an article whose title counts another
    country's dead: the country the sentence opens on is where the dead are, and whose; the next
    sentence's bare count is of the same people."""
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    rows = extract_seed(read_seed(path, lang.available()))["casualties"]
    body = [(r["party"], r["casualty_type"], r["count_best"]) for r in rows if r["char_start"] > text.index("\n")]
    assert body == [("THA", "killed", 9), ("KHM", "killed", 12), ("KHM", "wounded", 30)]


@pytest.mark.parametrize("language,sentence,expected", [
    ("en", "The ambush ended with the martyrdom of 6 soldiers near Pulwama.", ("IND", "military", "killed", 6)),
    ("en", "Eleven jawans were wounded when the convoy was hit near Kupwara.", ("IND", "military", "wounded", 11)),
])
def test_south_asian_words_for_soldiers_and_their_deaths(tmp_path, language, sentence, expected):
    _, out = _rows(tmp_path, language, sentence)
    assert [(r["party"], r["personnel"], r["casualty_type"], r["count_best"]) for r in out["casualties"]] == [expected]


def test_rebels_named_in_a_clause_before_the_count_say_nothing_of_its_people(tmp_path):
    """"Secondo ... il governo dei ribelli che controllano il porto, gli ospedali hanno accolto 60
    cadaveri": the rebels of the source's clause are no sign that the dead were fighters."""
    path = tmp_path / "case.txt"
    path.write_text(" date 2019-05 Yemen, raid su un mercato a Hodeidah: decine di vittime\n\nSecondo quanto ha "
                    "riferito il ministero della Salute del governo dei ribelli che controllano il porto, gli ospedali "
                    "della zona hanno accolto finora 60 cadaveri e 90 feriti.\n", encoding="utf-8")
    rows = extract_seed(read_seed(path, lang.available()))["casualties"]
    assert [(r["party"], r["personnel"], r["count_best"]) for r in rows if r["count_best"]] == [
        ("YEM", "unknown", 60), ("YEM", "unknown", 90)]


@pytest.mark.parametrize("language,text", [
    ("it", "YANGON - Almeno 30 persone sono rimaste uccise in un raid aereo."),
    ("en", "YANGON (AP) - At least 30 people were killed in an air strike."),
])
def test_a_town_in_capitals_opening_the_text_is_its_dateline(language, text):
    """Any town written in capitals before a dash at a text's start is where the report was filed,
    not where the dead fell (a capital's name was already read so)."""
    from seedtables.extract import places
    assert [p.text for p in places.reader(language).find(text)] == []


@pytest.mark.parametrize("language,text", [
    # an adverb of time before the verb of saying is no source: the row has none
    ("it", "In precedenza avevano segnalato un bilancio di 30 morti a Gaza."),
    ("en", "Earlier, they had reported a toll of 30 dead in Gaza."),
])
def test_an_adverb_of_time_is_no_source(tmp_path, language, text):
    rows = _rows(tmp_path, language, text)[1]["casualties"]
    assert [(r["party"], r["count_best"], r["attributed_to"]) for r in rows] == [("PSE", 30, None)]


@pytest.mark.parametrize("language,sentence,party,location", [
    # a capital after a preposition of place is where the dead are, not its government
    ("en", "Two people were killed in a bombing in Ankara.", "TUR", "Ankara"),
    ("it", "Due persone sono morte in un attentato ad Ankara.", "TUR", "Ankara"),
    # the place of the count's own clause, not one a later clause names
    ("en", "A drone strike near Ankara killed four people, and Turkish jets later hit targets in Iraq and Syria.",
     "TUR", "Ankara"),
    ("it", "Un attacco di droni vicino ad Ankara ha ucciso quattro persone, e poi i caccia turchi hanno colpito"
           " obiettivi in Iraq e in Siria.", "TUR", "Ankara"),
])
def test_the_count_takes_the_place_of_its_own_clause(tmp_path, language, sentence, party, location):
    seed, out = _rows(tmp_path, language, sentence)
    assert [(r["party"], r["location"]) for r in out["casualties"] if r["char_start"] > seed.text.index("\n")] \
        == [(party, location)]


@pytest.mark.parametrize("language,sentence,location,speaker_country", [
    # a town whose Arabic article news join with a hyphen, where GeoNames writes it apart
    ("en", "Drone strikes killed 12 people in Al-Mukalla.", "Al-Mukalla", None),
    ("it", "Un attacco ha ucciso 12 persone a El-Geneina.", "El-Geneina", None),
    # a wire dateline before the subject: its agency is not the speaker's country, its town not the place
    # (the speaker, a UN agency, has the UN's code: codebook 6)
    ("en", "KHARTOUM, May 3, 2025 (AFP) - The World Health Organization said that 30 patients were killed in"
           " El-Obeid.", "El-Obeid", "UN"),
])
def test_hyphenated_towns_and_datelines(tmp_path, language, sentence, location, speaker_country):
    seed, out = _rows(tmp_path, language, sentence)
    assert [(r["location"], r["attributed_country"]) for r in out["casualties"]
            if r["char_start"] > seed.text.index("\n")] == [(location, speaker_country)]


@pytest.mark.parametrize("language,sentence,speaker,country", [
    # a weekday after the speaker's name is the day it spoke, never its name
    ("en", "The governor of Kaduna state on Tuesday said that nine villagers were killed.",
     "governor of Kaduna state", None),
    # a news agency that saw or obtained a report is not where the report comes from
    ("en", "A police report seen by Reuters on Monday said that nine villagers were killed in Kaduna.",
     "police report seen by Reuters", None),
    ("it", "Un rapporto della polizia visionato dalla Reuters ha detto che nove abitanti sono stati uccisi a Kaduna.",
     "rapporto della polizia visionato dalla Reuters", None),
])
def test_the_speaker_is_neither_its_weekday_nor_the_agency_that_saw_it(tmp_path, language, sentence, speaker, country):
    seed, out = _rows(tmp_path, language, sentence)
    assert [(r["attributed_to"], r["attributed_country"], r["party"]) for r in out["casualties"]
            if r["char_start"] > seed.text.index("\n")] == [(speaker, country, "NGA")]


@pytest.mark.parametrize("language,sentence", [
    ("en", "Gunmen killed 12 farmers near the town of Gaya, in Kano state, on Sunday."),
    ("it", "Uomini armati hanno ucciso 12 contadini vicino alla città di Gaya, nello stato di Kano, domenica."),
])
def test_a_town_followed_by_a_region_of_another_country_is_that_country_s(tmp_path, language, sentence):
    """The gazetteer's largest Gaya is India's; the state named after it says this one is Nigeria's."""
    _, out = _rows(tmp_path, language, sentence)
    assert [(r["party"], r["count_best"], r["location_adm1"]) for r in out["casualties"]] == [("NGA", 12, "NG-KN")]
