"""Supply shares: material, money or help one actor gives another, with shares and
quantities; one row per item (codebook section 3).

A flow is read from, in this order of trust:
- a supply verb ("ha fornito", "delivered") or a receive verb ("ha ricevuto", "earned");
- a transfer named as a noun ("il trasferimento dei missili") or a supplier noun
  ("one of Russia's main suppliers of ...");
- a second amount set against the first ("..., contro i 65 miliardi degli Stati Uniti"), in its own unit
  or the first's, else with no quantity;
- a verbless clause restating the flow for another supplier ("..., l'Europa oltre il 55%");
- a donor named with its sum ("la Germania, con 17 miliardi", "Con 9 miliardi, la Danimarca",
  "Norway (€1.2 billion)");
- with no verb at all, an item owned by an actor with an amount or share
  ("gli aiuti europei superano i 138 miliardi", "la quota europea ha raggiunto il 53%");
- a share restated for the flow of the sentence before ("put the share at up to 60%").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from seedtables import lang
from seedtables.extract import actors, audit
from seedtables.extract.actors import Actor
from seedtables.extract.context import PART_OF, Ctx, lexicon
from seedtables.lang import Gated, alternation, bounded, expand_all, fold
from validation.columns import QUANTITY_MAX


class _Extra:
    """Vocabularies of the [supplies] section that the shared Lexicon does not compile."""

    def __init__(self, lex):
        s = lex.pack.section("supplies")
        links = s.get("amount_links", []) or ["(?!x)x"]
        # "aiuti militari per circa 80 miliardi": the link may leave the qualifier to the number
        self.amount_link_re = re.compile(rf"\s+(?:{alternation(expand_all(links), escape=False)})\s+", re.IGNORECASE)
        # "F-16 jets ..., consisting of six aircraft": the count of the items, after them
        makeup = alternation(expand_all(s.get("makeup_links", [])), escape=False) or "(?!x)x"
        self.makeup_link_re = re.compile(rf"[\s,]+(?:{makeup})\s+", re.IGNORECASE)
        # "$406 million worth of arms", "1 miliardo di dollari in armi": a sum and the item it buys
        values = alternation(expand_all(s.get("value_links", [])), escape=False) or "(?!x)x"
        self.value_link_re = re.compile(rf"\s*(?:(?:{values})\s+)?", re.IGNORECASE)
        articles = alternation(lex.pack.get("articles", []) + lex.pack.get("definite_articles", []))
        # what may open a verbless clause before its subject: "..., l'Europa oltre il 55%", "and Europe 55%"
        conj = alternation(lex.pack.get("conjunctions", []))
        self.clause_head_re = re.compile(rf"\s*(?:(?:{conj})\s+)?(?:(?:{articles})\s*)?", re.IGNORECASE)
        # between that subject and its figure: nothing but a space (the qualifier belongs to the number)
        self.gap_re = re.compile(r"\s*")
        cur_words = rf"(?:(?:{alternation(s.get('unit_links', []))})\s*)?(?:{alternation(s.get('currencies', {}))})"
        with_words = alternation(s.get("donor_with", []) or ["(?!x)x"])
        self.donor_after_re = re.compile(rf"\s*(?:,\s*)?(?:\(|(?:{with_words})\s+)", re.IGNORECASE)
        self.donor_before_re = re.compile(rf"(?:^|[\s,])(?:{with_words})\s+$", re.IGNORECASE)
        self.donor_between_re = re.compile(rf"(?:\s+(?:{cur_words}))?\s*,?\s*(?:(?:{articles})\s*)?", re.IGNORECASE)
        self.donor_re = Gated(expand_all(s.get("donor_nouns", [])))  # read in every sentence, whole
        self.return_re = _words(s.get("in_return", []))
        made = alternation(s.get("made_suffixes", []) or ["(?!x)x"])
        # (initials stand for a people too: "U.S.-made")
        self.made_re = re.compile(rf"(?<![\w.-])((?:[^\W\d_]\.){{2,}}|[^\W\d_]+)-(?:{made})(?![\w-])",
                                  re.IGNORECASE)
        self.clause_word_re = _words([*lex.pack.get("clause_words", []), *s.get("subordinators", [])])
        # "l'embargo imposto dalle Nazioni Unite", "the war in Yemen": an actor in no party's role
        roles = alternation(expand_all(s.get("no_party_before", [])), escape=False)
        self.no_party_re = re.compile(rf"(?<![\w])(?:{roles})\s*$" if roles else r"(?!x)x", re.IGNORECASE)
        # a people's name that qualifies a war or an invasion names no party of a flow: "after the
        # Russian invasion", "dopo l'inizio dell'invasione russa"
        wars = alternation(expand_all(s.get("war_nouns", [])))
        self.war_before_re = re.compile(rf"(?<![\w])(?:{wars})\s+$" if wars else r"(?!x)x", re.IGNORECASE)
        self.war_after_re = re.compile(rf"\s+(?:{wars})(?![\w])" if wars else r"(?!x)x", re.IGNORECASE)
        # (or whose war noun it follows with a genitive or an agent's word: "gli attacchi degli Houthi",
        # "the attacks by Hamas")
        owners = alternation(expand_all([*lex.pack.section("speech").get("genitive", []), *s.get("agent_words", [])]))
        self.war_of_re = re.compile(rf"(?<![\w])(?:{wars})\s+(?:{owners})(?:(?<=['’])|\s+)(?:(?:{articles})\s*)?$"
                                    if wars and owners else r"(?!x)x", re.IGNORECASE)
        # adjectives between a maker's demonym and its item: lower-case words that are no article,
        # preposition or conjunction
        small = alternation([*lex.pack.get("articles", []), *lex.pack.get("definite_articles", []),
                             *lex.pack.get("conjunctions", []), *lex.pack.section("places").get("prepositions", []),
                             *expand_all(lex.pack.section("speech").get("genitive", [])), *s.get("donor_with", [])])
        self.modifiers_re = re.compile(rf"\s(?:(?!(?:{small or '(?!x)x'})(?![\w']))(?-i:[a-zà-ÿ])[\w-]*\s){{0,2}}",
                                       re.IGNORECASE)
        # "an arms embargo", "l'embargo sulle armi": an item word naming no item supplied
        before_item = alternation(expand_all(s.get("not_item_before", [])), escape=False) or "(?!x)x"
        after_item = alternation(expand_all(s.get("not_item_after", [])), escape=False) or "(?!x)x"
        self.not_item_before_re = re.compile(rf"(?<![\w])(?:{before_item})\s+$", re.IGNORECASE)
        self.not_item_after_re = re.compile(rf"\s+(?:{after_item})(?![\w])", re.IGNORECASE)
        self.attribution_re = re.compile(rf"(?<![\w])(?:{alternation(s.get('attribution_openers', []) or ['(?!x)x'])})"
                                         rf"(?![\w])[^,;:]*$", re.IGNORECASE)
        self.arrival_verbs = Gated(expand_all(s.get("arrival_verbs", [])))
        self.world_re = _words(s.get("world_words", []))
        # what joins a second share to the one before: ", 43% from Israel", "e il 25% di quelle"
        conj = alternation(lex.pack.get("conjunctions", [])) or "(?!x)x"
        the = alternation(lex.pack.get("definite_articles", [])) or "(?!x)x"
        self.share_joined_re = re.compile(rf"(?:,|\s(?:{conj}))\s*(?:(?:{the})\s*)?$", re.IGNORECASE)
        uses = alternation(expand_all(s.get("use_verbs", []))) or "(?!x)x"
        self.uses_after_re = re.compile(rf"\s+(?:(?:[^\W\d_]+\s+){{0,2}}?)(?:{uses})(?![\w])", re.IGNORECASE)
        pronouns = alternation(s.get("item_pronouns", [])) or "(?!x)x"
        self.item_pronoun_re = re.compile(rf"(?<![\w])(?:{pronouns})\s+$", re.IGNORECASE)
        groups = alternation(expand_all(s.get("armed_group_nouns", []))) or "(?!x)x"
        self.group_noun_after_re = re.compile(rf"\s+(?:{groups})(?![\w])", re.IGNORECASE)
        self.group_noun_before_re = re.compile(rf"(?<![\w])(?:{groups})\s+$", re.IGNORECASE)
        # after a noun of suppliers, its verb with the suppliers named next: "(of arms to India) are"
        named = alternation(expand_all(s.get("suppliers_named", []))) or "(?!x)x"
        self.suppliers_named_re = re.compile(rf"(?:\s+[^\s,;.:]+){{0,8}}?\s+(?:{named})\s+", re.IGNORECASE)
        # a flow to a count of states: "to more than 32 countries", "a 52 Paesi"
        many = alternation(expand_all(s.get("many_recipients", []))) or "(?!x)x"
        to = alternation(expand_all(s.get("to", [])) or ["(?!x)x"])
        self.to_many_re = re.compile(rf"(?<![\w])(?:{to})\s+(?:[^\W\d_]+\s+){{0,3}}\d[\d.,]*\s+(?:{many})(?![\w])",
                                     re.IGNORECASE)
        # a verb that names the weapons it supplies: "arming the Houthis"
        arming = alternation(expand_all(s.get("arming_verbs", [])), escape=False) or "(?!x)x"
        self.arming_re = re.compile(rf"(?:{arming})", re.IGNORECASE)
        self.seizure_verbs = Gated(expand_all(s.get("seizure_verbs", [])))
        # where a seized shipment was bound: the word and up to one modifier before the place
        bound = alternation(expand_all(s.get("destination_words", [])))
        self.destination_re = re.compile(rf"(?<![\w])(?:{bound})\s+(?:[\w'’-]+\s+)?$" if s.get("destination_words")
                                         else "(?!x)x", re.IGNORECASE)
        self.unnamed_suppliers_re = _words(s.get("unnamed_suppliers", []))
        self.unnamed_recipients_re = _words(s.get("unnamed_recipients", []))
        self.carrier_re = _words(s.get("carrier_words", []))
        self.buyer_re = _words(s.get("buyer_nouns", []))
        openers = alternation(lang.expand_all(s.get("restatement_openers", [])))
        leads = alternation(lang.expand_all(s.get("restatement_leads", []))) or "(?!x)x"
        self.lead_re = re.compile(rf"\s*(?:{leads}),?\s+", re.IGNORECASE)
        self.restatement_re = re.compile(rf"\s*(?:(?:{leads}),?\s+)?(?:{openers})(?![\w])" if openers else "(?!x)x",
                                         re.IGNORECASE)
        # the genitive that names whose imports they are ("of", "del"), never an origin ("from", "da")
        froms = {fold(w) for w in s.get("from", [])}
        owners = [w for w in expand_all(lex.pack.section("speech").get("genitive", [])) if fold(w) not in froms
                  and not any(fold(w).startswith(f + " ") for f in froms)]
        self.owner_link_re = re.compile(alternation(owners) if owners else "(?!x)x", re.IGNORECASE)
        motion = alternation(s.get("motion_to", []))
        # a preposition of motion and up to two words (an adjective, an article) before a place
        self.motion_to_re = re.compile(rf"(?<![\w])(?:{motion})\s+(?:[^\W\d_]+\s+){{0,2}}$" if s.get("motion_to")
                                       else "(?!x)x", re.IGNORECASE)
        transit = alternation(expand_all(s.get("transit_nouns", [])), escape=False)
        self.transit_after_re = re.compile(rf"\s+(?:{transit})(?![\w])" if transit else "(?!x)x", re.IGNORECASE)
        # "un accordo destinato ad aumentare le capacità di difesa dell'Ue": a verb of purpose, no flow
        self.purpose_after_re = re.compile(s.get("purpose_after", "(?!x)x"), re.IGNORECASE)
        # "inviando droni armati nel territorio saudita", "aircraft sent over the Pacific": things sent
        # into a land, a sea or a sky are an attack or a move, no flow between actors
        into = alternation(expand_all(s.get("attack_destinations", [])), escape=False) or "(?!x)x"
        self.attack_destination_re = re.compile(rf"\s(?:{into})(?![\w])", re.IGNORECASE)
        passive = alternation(expand_all(s.get("passive_auxiliaries", [])), escape=False) or "(?!x)x"
        self.passive_re = re.compile(rf"(?<![\w])(?:{passive})\s+(?:[^\W\d_]+ly\s+|già\s+)?$", re.IGNORECASE)
        agents = alternation(s.get("agent_words", []) or ["(?!x)x"])
        self.agent_re = re.compile(rf"(?<![\w])(?:{agents})\s*(?:(?:{articles})\s*)?$", re.IGNORECASE)
        # right after a passive verb (an elided one runs into its noun: "forniti dall'Iran")
        self.agent_start_re = re.compile(rf"\s*(?:{agents})(?:(?<=['’])|(?![\w]))", re.IGNORECASE)
        # (an elided one runs into its noun: "dall'esercito")
        self.agent_word_re = re.compile(rf"(?<![\w])(?:{agents})(?:(?<=['’])|(?![\w]))", re.IGNORECASE)
        aux = alternation(lex.pack.section("speech").get("auxiliaries", []) or ["(?!x)x"])
        self.aux_re = re.compile(rf"(?<![\w])(?:{aux})(?![\w])", re.IGNORECASE)
        users = alternation(expand_all(s.get("used_by", []) or ["(?!x)x"]), escape=False)
        # (the user's force noun may stand before its people: "usati dall'esercito sudanese")
        self.user_re = re.compile(rf"(?<![\w])(?:{users})(?:\s+|(?<=['’]))(?:(?:{articles})\s*)?(?:[^\W\d_]+\s+)?$",
                                  re.IGNORECASE)
        parts = alternation(expand_all(s.get("use_participles", []) or ["(?!x)x"]), escape=False)
        self.user_after_re = re.compile(rf"(?<![\w])(?:{parts})\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{agents})(?:\s+|(?<=['’]))"
                                        rf"(?:(?:{articles})\s*)?(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
        # "microelectronics that Russia imported, parts used in drones": a relative clause or a
        # participle after the items qualifies them; what it names is not supplied
        qualifiers = alternation(s.get("item_qualifiers", []) or ["(?!x)x"], escape=False)
        self.relative_re = re.compile(rf"(?:,\s*)?(?<![\w])(?:{qualifiers})(?![\w])", re.IGNORECASE)
        # a relative clause opening right before a verb: "The UAE, which backs ...", "che sostengono"
        relatives = alternation(lex.pack.get("relative_pronouns", [])) or "(?!x)x"
        self.relative_comma_re = re.compile(rf"\s*\([^()]*\)\s*,\s*(?:{relatives})\s|,\s*(?:{relatives})\s", re.IGNORECASE)
        self.relative_open_re = re.compile(rf"\s*(?:{relatives})\s+(?:[^\W\d_]+\s+)?", re.IGNORECASE)
        # "più di Francia e Italia messe insieme", "more than France": an actor compared, not a party
        than = alternation(expand_all(s.get("than", []) or ["(?!x)x"]), escape=False)
        self.than_re = re.compile(rf"(?<![\w])(?:{than})\s+(?:(?:{articles})\s*)?$", re.IGNORECASE)
        changes = alternation(expand_all(s.get("change_by", [])))
        self.change_by_re = re.compile(rf"(?<![\w])(?:{changes})\s+$" if changes else r"(?!x)x", re.IGNORECASE)
        # suppliers listed with their figures: "France (6.4 per cent)", "36 aircraft from France"
        self.imports_re = Gated(expand_all(s.get("import_words", [])))  # read in every sentence, whole
        self.export_nouns = Gated(expand_all(s.get("export_nouns", [])))
        self.gerund_re = re.compile(rf"(?:{alternation(s.get('gerund_endings', []))})$" if s.get("gerund_endings")
                                    else r"(?!x)x", re.IGNORECASE)
        roles = alternation(s.get("as_role", []))
        self.as_role_re = re.compile(rf"\s+(?:{roles})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}" if roles else r"(?!x)x",
                                     re.IGNORECASE)
        besides = alternation(expand_all(s.get("besides", [])))
        self.besides_re = re.compile(rf"(?<![\w])(?:{besides})(?:(?<=['’])|(?![\w]))" if besides else r"(?!x)x",
                                     re.IGNORECASE)
        cont = alternation(expand_all(s.get("continuing", [])))
        gives, gets = alternation(s.get("continued_give", [])), alternation(s.get("continued_receive", []))
        self.continued_re = re.compile(rf"(?<![\w])(?:{cont})\s+(?:(?P<give>{gives})|(?P<receive>{gets}))(?![\w])"
                                       if cont and gives and gets else r"(?!x)x(?P<give>)(?P<receive>)", re.IGNORECASE)
        self.holding_re = re.compile(bounded(alternation(expand_all(s.get("holding_nouns", [])) or ["(?!x)x"])),
                                     re.IGNORECASE)
        self.include_re = re.compile(alternation(expand_all(s.get("include_verbs", [])) or ["(?!x)x"], escape=False),
                                     re.IGNORECASE)
        self.list_link_re = re.compile(rf"\s*(?:,|(?:{conj})(?![\w]))\s*(?:(?:{articles})(?:(?<=['’])|(?![\w]))\s*)?",
                                       re.IGNORECASE)
        # a to-word and the article after it: where a buyer's name starts
        self.to_phrase_re = re.compile(rf"(?<![\w])(?:{alternation(s.get('to', []))})(?:(?<=['’])|(?![\w]))\s*"
                                       rf"(?:(?:{articles})(?:(?<=['’])|(?![\w]))\s*)?(?=\w)", re.IGNORECASE)
        self.importer_re = _words(s.get("importer_words", []))
        self.exports_re = re.compile(bounded(alternation(expand_all(s.get("export_words", [])) or ["(?!x)x"])),
                                     re.IGNORECASE)
        self.bracket_re = re.compile(r"\s*\(\s*")
        froms = alternation(s.get("from", []))
        self.from_list_re = re.compile(rf"(?:\s+[^\W\d]+){{0,5}}\s+(?:{froms})(?:(?<=['’])|\s+)(?:(?:{articles})\s+)?",
                                       re.IGNORECASE)
        # (a share's clause may be longer, and name its owner: "61 per cent of Saudi weapon imports were
        # shipped from the US", "69 per cent of Israel's arms imports come from the United States")
        word = r"[^\W\d]+(?:['’][^\W\d]*)?"
        self.share_from_re = re.compile(rf"(?:\s+{word}){{0,8}}\s+(?:{froms})(?:(?<=['’])|\s+)(?:(?:{articles})\s+)?",
                                        re.IGNORECASE)


def _words(words) -> re.Pattern:
    return re.compile(bounded(alternation(expand_all(words), escape=False)), re.IGNORECASE) if words \
        else re.compile(r"(?!x)x")


@cache
def _extra_for(code: str) -> _Extra:
    return _Extra(lexicon(code))


def _extra(lex) -> _Extra:
    return _extra_for(lex.pack.code)


# slots, not frozen: made by the thousand and never changed once made, and a frozen dataclass's
# __init__ costs several times a plain one's
@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    kind: str  # give, receive, nominal, supplier_noun


def extract(ctx: Ctx) -> list[dict]:
    triggers = _triggers(ctx)
    if not triggers and _no_flow_cue(ctx):
        return []  # most sentences: no verb or noun of supplying, no item, share, donor or imports
    if made := _made_by(ctx):  # "Iranian-made drones": the maker is an actor of this sentence
        ctx = replace(ctx, actors=sorted([*ctx.actors, *made], key=lambda a: a.start))
    rows: list[dict] = []
    seen: set[tuple] = set()
    for i, trig in enumerate(triggers):
        if ctx.is_non_factual(trig.start, trig.end) or (rows and _qualifies_items(ctx, trig)) \
                or ((trig.kind == "nominal" or _item_before(ctx, trig)) and _modal_after(ctx, trig.end)) \
                or _extra(ctx.lex).purpose_after_re.match(ctx.text, trig.end) \
                or _extra(ctx.lex).attack_destination_re.search(ctx.text, trig.end, ctx.clause_end(trig.end)) \
                or ctx.lex.suspend_re.search(ctx.text, ctx.clause_start(trig.start), trig.end):
            continue
        # (a noun of exports bounds no verb's scope: "destinate al Pakistan, il 63% delle esportazioni di armi")
        # (nor does a verb of including after a flow named as a noun: "Deliveries to Ukraine include 30 tanks")
        include_re = _extra(ctx.lex).include_re
        if include_re.fullmatch(ctx.text, trig.start, trig.end) \
                and _extra(ctx.lex).holding_re.search(ctx.text, ctx.clause_start(trig.start), trig.start):
            continue  # "l'arsenale di carri armati di Taiwan include ...": a stock held, no flow
        scope_end = next((t.start for t in triggers[i + 1:] if t.kind != "export"
                          and not (trig.kind == "nominal" and include_re.fullmatch(ctx.text, t.start, t.end))),
                         len(ctx.text))
        if rows and include_re.fullmatch(ctx.text, trig.start, trig.end):
            # "il flusso di materiali dagli Eau verso la Rsf comprende droni, armi leggere e munizioni":
            # what the flow just read includes is its own, a row per item
            rows += _included(ctx, trig, scope_end, rows[-1], seen)
            continue
        rows += _export_flow(ctx, trig, scope_end, seen) if trig.kind == "export" else \
            _verb_flow(ctx, trig, scope_end, seen)
    if rows and (len(listed := _buyers_listed(ctx, set())) > max(1, len(rows))
                 or len(listed := _listed(ctx, set())) > max(1, len(rows)) or _shares_apart(listed)
                 or len(listed := _counts_listed(ctx, rows)) > max(1, len(rows))):
        # "with most supplies coming from the United States (45%), Germany (12%) and Poland
        # (11%)": a list of suppliers (or buyers) with their shares, which one verb's row would flatten
        seen.clear()
        seen.update((r["supplier"], r["recipient"], r["item"]) for r in listed)
        rows = listed
    rows = _bracketed_parties(ctx, rows, seen)
    _exporter_supplies(ctx, rows)
    rows += _comparisons(ctx, rows, seen)
    rows += _besides(ctx, rows, seen)
    rows += _gapped(ctx, rows, seen)
    rows += _donor_amounts(ctx, rows, seen, bool(triggers))
    if not rows:
        rows += _buyers_listed(ctx, seen) or _listed(ctx, seen)
    if not rows and not triggers:
        rows += _restated(ctx, seen) or _verbless_flows(ctx, seen)
    elif not rows and any(_extra(ctx.lex).include_re.fullmatch(ctx.text, t.start, t.end) for t in triggers):
        # "The aid included two armoured vehicles", "il pacchetto di aiuti destinati comprende 45
        # carri": the flow just told
        rows += _restated(ctx, seen)
    if not rows:
        rows += _restated_share(ctx, seen)
    rows += _coordinated_parties(ctx, rows, seen)
    rows += _coordinated_shares(ctx, rows, seen)
    # "the United States (29% of global arms exports)": a share of the world's trade has no one counterpart
    rows = [r for r in rows if not (r["share_of"] and _extra(ctx.lex).world_re.search(r["share_of"]))]
    for r in rows:
        # "8,4% importazioni mondiali di armi": a world share with no "of" before its whole is no share
        # of this flow; the flow stays
        share = _share_number(ctx, r) if r["share_of"] is None else None
        if share is not None and _extra(ctx.lex).world_re.search(ctx.text, share.end, share.end + 30):
            r.update(share=None, share_qualifier=None)
    if rows:
        last = rows[-1]
        ctx.carry.flows.append((last["supplier"], last["recipient"]))
        ctx.carry.supplier, ctx.carry.recipient = last["supplier"], last["recipient"]
        ctx.carry.item, ctx.carry.share_of = last["item"], last["share_of"]
    elif (importer := _importer_named(ctx)) and importer != ctx.carry.recipient:
        # "Qatar ranked as the third largest arms importer": the paragraph now speaks of another
        # recipient, and of no supplier yet ("The Gulf country's main suppliers: US (42 percent)")
        ctx.carry.recipient, ctx.carry.supplier = importer, None
    return rows


BARE_SHARE_LINK = re.compile(r"\s+[^\W\d_]{1,5}(?:['’]|\s+)")  # one short word: "to", "alla", "all'"


def _coordinated_shares(ctx: Ctx, rows: list[dict], seen: set) -> list[dict]:
    """'54% of Pakistani arms imports and 82% of Bangladeshi imports': a second share joined to a
    row's, of another owner named right after it, is that owner's flow from the same supplier."""
    s, out = ctx.text, []
    joined = _extra(ctx.lex).share_joined_re
    # (a share another row was read from already is that row's: "61 per cent ... from the US, 23 per
    # cent came from the United Kingdom")
    taken = {r["share"] for r in rows if r["share"] is not None}
    for r in [r for r in rows if r["share"] is not None]:
        first = _share_number(ctx, r)
        # ("51% of weapons from Russia, 43% from Israel": the states after the shares are suppliers when
        # the first one is the row's supplier)
        named = next((a for a in ctx.actors if first is not None and first.end <= a.start < first.end + 45
                      and not re.search(r"[,;.]", s[first.end:a.start])), None)
        suppliers_listed = named is not None and named.code == r["supplier"]
        for q in ctx.numbers_free() if first is not None else ():
            gap = s[first.end:q.start]
            owner = next((a for a in ctx.actors if q.end <= a.start < q.end + 45 and a.code != r["supplier"]
                          and not re.search(r"[,;.]", s[q.end:a.start])), None)
            # (a bare number after a first share, a preposition and a state right after it, is a share
            # too: "27 percent of its weapons to India, 14 to China", "il 27% ... all'India, il 14 alla Cina")
            bare = not q.percent and first.percent and 0 < q.value <= 100 and owner is not None \
                and bool(BARE_SHARE_LINK.fullmatch(s, q.end, owner.start))
            if bare:
                q = replace(q, value=q.value / 100, percent=True)
            if not q.percent or q.start <= first.end or q.value > 1 or len(gap) > 80 or re.search(r"[;:]", gap) \
                    or not joined.search(gap) or round(q.value, 6) in taken:
                continue
            origin = owner is not None and suppliers_listed
            supplier, recipient = (owner.code, r["recipient"]) if origin else (r["supplier"], owner.code if owner else None)
            flow = (supplier, recipient, r["item"])
            if owner is None or supplier == recipient or owner.code in (r["recipient"], r["supplier"]) or flow in seen:
                continue
            seen.add(flow)
            out.append({**r, "_pos": q.start, "supplier": supplier, "recipient": recipient, "share": round(q.value, 6),
                        "share_qualifier": q.qualifier, "share_of": _share_of(ctx, q), "quantity": None,
                        "quantity_unit": None, "quantity_qualifier": None})
            first = q
    return out


def _share_number(ctx: Ctx, row: dict):
    """The percentage of the sentence a row's share was read from (None when the row has none)."""
    return next((q for q in ctx.numbers_free() if q.percent and row["share"] is not None
                 and round(q.value, 6) == row["share"]), None)


def _no_flow_cue(ctx: Ctx) -> bool:
    """Whether the sentence lacks every word a flow without a trigger needs: an item (restated,
    verbless or listed flows), a share, a donor's noun or a noun of imports."""
    x = _extra(ctx.lex)
    return not ctx.lex.item_re.search(ctx.text) and not any(q.percent for q in ctx.quantities) \
        and not x.donor_re.search(ctx.text) and not x.imports_re.search(ctx.text)


def _coordinated_parties(ctx: Ctx, rows: list[dict], seen: set) -> list[dict]:
    """'Turkey has delivered drones to Ethiopia and Somalia', 'il carburante arriva dal Senegal e
    dalla Costa d'Avorio': each state joined to a row's supplier or recipient by commas and a
    conjunction is a flow of its own (codebook 7: a distinct fact). An amount told for them
    together is no one's own: those rows carry none, and a row with an amount gets no partners."""
    s, out = ctx.text, []
    between = ctx.lex.between_re
    conj = ctx.lex.conjunction_re
    for r in list(rows):
        if r["quantity"] is not None or r["share"] is not None:
            continue
        for role, other in (("supplier", "recipient"), ("recipient", "supplier")):
            for chain in ctx.state_chains():
                codes = {a.code for a in chain}
                # (a list ends on a conjunction: "due to use in Ukraine, North Korea has ..." is none)
                if len(codes) < 2 or not conj.search(s, chain[-2].end, chain[-1].start) \
                        or r[role] not in codes or r[other] in codes \
                        or abs(chain[0].start - r["_pos"]) > 150 or between.search(s, 0, chain[0].start):
                    continue
                for a in chain:
                    flow = {**r, "_pos": a.start, role: a.code}
                    key = (flow["supplier"], flow["recipient"], flow["item"])
                    if key not in seen and flow["supplier"] != flow["recipient"]:
                        seen.add(key)
                        out.append(flow)
    return out


def _included(ctx: Ctx, trig: Trigger, scope_end: int, flow: dict, seen: set) -> list[dict]:
    """The items a verb of including lists after a flow of the same sentence: a row each, the flow's parties."""
    lex, out = ctx.lex, []
    for m in lex.item_re.finditer(ctx.text, trig.end, scope_end):
        if not _names_no_item(ctx, m):
            out += _row(ctx, seen, flow["supplier"], flow["recipient"], lex.items[fold(m.group(0))], m.group(0),
                        m.start(), m.start())
    return out


def _export_flow(ctx: Ctx, trig: Trigger, scope_end: int, seen: set) -> list[dict]:
    """'Germany approved arms exports worth 4.1 billion euros to Ukraine', 'le esportazioni di armi
    italiane verso Israele': exports with their buyer written after a to-word. The exporter is whose
    the exports are (a people's adjective, a possessive, a genitive), else the clause's subject;
    never one carried from before, nor a buyer the text leaves out (a total of all exports is no flow)."""
    s, lex, x = ctx.text, ctx.lex, _extra(ctx.lex)
    # the buyer is the first to-phrase's (not "went to the Middle East, some 23 percent to Europe")
    first = x.to_phrase_re.search(s, trig.end, min(scope_end, trig.end + 70))
    to = next((a for a in ctx.actors if first and a.start == first.end()), None)
    if to is None or re.search(r"[;:]", s[trig.end:to.start]):
        return []
    near = [a for a in ctx.actors if a is not to and a.code != to.code and not ctx.in_speaker_zone(a.start, a.end)]
    owner = ctx.owner_of(trig.start, trig.end) or _demonym_by(ctx, trig.start, trig.end, near)
    if owner is None:
        clause = ctx.clause_start(trig.start)
        subject = [a for a in near if clause <= a.start and a.end <= trig.start and lang.is_state(a.code)
                   and a.kind != "demonym" and not x.attribution_re.search(s, max(0, a.start - 60), a.start)]
        owner = subject[0] if len(subject) == 1 else None
    # failing one, the exporter the paragraph or the title speaks of ("Exports to South Korea also rose")
    exporter = owner.code if owner else ctx.carry.supplier or ctx.title.supplier
    if exporter is None or exporter == to.code:
        return []
    items = [m for m in lex.item_re.finditer(s, max(0, trig.start - 25), min(to.start, trig.end + 30))
             if not _names_no_item(ctx, m)]
    money = next((q for q in ctx.numbers_free() if trig.end <= q.start < min(scope_end, to.end + 40) and not q.percent
                  and _unit_after(ctx, q) in lex.currencies.values()), None)
    m = items[0] if items else None
    item, text, at = (lex.items[fold(m.group(0))], m.group(0), m.start()) if m else \
        (ctx.carry.item or "weapons", s[trig.start:trig.end], trig.start)
    # buyers listed ("to India, Qatar and Egypt"): a row each, and a sum that is all of theirs is none's
    buyers, last = [to], to
    for a in ctx.actors:
        if a.start > last.end and x.list_link_re.fullmatch(s, last.end, a.start) and a.code != exporter:
            buyers.append(a)
            last = a
    if len(buyers) > 1:
        money = None
    rows = []
    for b in buyers:
        rows += _row(ctx, seen, exporter, b.code, item, text, trig.start, at, quantity=money,
                     unit=_unit_after(ctx, money) if money else None)
    return rows


def _demonym_by(ctx: Ctx, start: int, end: int, actors) -> Actor | None:
    """A people's adjective qualifying the noun at [start, end) across at most two adjectives, before
    it or after it: "German military | exports", "esportazioni militari | tedesche"."""
    x, s = _extra(ctx.lex), ctx.text
    return next((a for a in actors if a.kind == "demonym" and (
        0 < a.start - end < 25 and x.modifiers_re.fullmatch(s, end, a.start)
        or 0 < start - a.end < 25 and x.modifiers_re.fullmatch(s, a.end, start))), None)


def _exporter_supplies(ctx: Ctx, rows: list[dict]) -> None:
    """'Poland accounted for 32% of South Korea's arms exports', 'la Polonia ha assorbito il 32% delle
    esportazioni di armi sudcoreane': a share of someone's exports is bought by the subject and
    supplied by whose exports they are, whatever the verb makes of the subject."""
    x, s = _extra(ctx.lex), ctx.text
    for r in rows:
        if r["share"] is None or not r["share_of"]:
            continue
        start = s.find(r["share_of"])
        noun = x.exports_re.search(s, start, start + len(r["share_of"])) if start >= 0 else None
        if noun is None:
            continue
        owner = _exports_owner(ctx, noun)
        if owner is not None and owner.code == r["recipient"] and r["supplier"] != owner.code:
            r["supplier"], r["recipient"] = owner.code, r["supplier"]


def _besides(ctx: Ctx, rows: list[dict], seen: set) -> list[dict]:
    """'Oltre alla consegna di munizioni e missili, l'Italia ha fornito a Kiev due batterie',
    'Besides delivering ammunition, Italy supplied ...': items an opening phrase adds to the flow
    its clause then tells are that flow's too, a row each."""
    s, out = ctx.text, []
    for m in _extra(ctx.lex).besides_re.finditer(s):
        end = ctx.clause_end(m.end())
        base = next((r for r in rows if r["_pos"] > end), None)
        if base is None:
            continue
        for item in ctx.lex.item_re.finditer(s, m.end(), end):
            out += _row(ctx, seen, base["supplier"], base["recipient"], ctx.lex.items[fold(item.group(0))], item.group(0),
                        item.start(), item.start())
    return out


def _exports_owner(ctx: Ctx, noun: re.Match) -> Actor | None:
    """Whose the exports a noun names are: "South Korea's arms exports", "esportazioni di armi
    sudcoreane", "le esportazioni di armi della Francia"."""
    x, s = _extra(ctx.lex), ctx.text
    end = noun.end()
    # (past the items it exports: "le esportazioni di armi della Francia")
    if (of := re.match(r"\s+([^\W\d_]+)\s+", s[end:end + 20])) and x.owner_link_re.fullmatch(of.group(1)) \
            and (item := ctx.lex.item_re.match(s, end + of.end())):
        end = item.end()
    return ctx.owner_of(noun.start(), noun.end()) or next(
        (a for a in ctx.actors if a.kind == "demonym" and 0 < a.start - end < 25
         and x.modifiers_re.fullmatch(s, end, a.start)
         or a.start > end and x.owner_link_re.fullmatch(s[end:a.start].strip())), None)


def _item_before(ctx: Ctx, trig: Trigger) -> bool:
    """Whether an item word stands right before the trigger: a noun, 'arms supplies'."""
    return any(m.end() <= trig.start and not ctx.text[m.end():trig.start].strip()
               for m in ctx.lex.item_re.finditer(ctx.text, max(0, trig.start - 40), trig.start))


def _modal_after(ctx: Ctx, end: int) -> bool:
    """A flow named by a noun (ending at `end`) is the subject of its clause's verb: a modal or a
    denial after it makes no fact ("French arms supplies to Armenia should not be confined to ...")."""
    return bool(ctx.lex.non_factual.search(ctx.text, end, ctx.clause_end(end + 1)))


def _made_by(ctx: Ctx) -> list[Actor]:
    """'Iranian-made drones', 'Chinese-built parts': a demonym fused with a verb of making names the
    maker (the shared actor reader leaves hyphenated words alone)."""
    if "-" not in ctx.text:
        return []  # no hyphen, no fused maker (the pattern's lookbehind would be tried everywhere)
    x = _extra(ctx.lex)
    reader = actors.reader(ctx.lex.pack.code)
    # (a capital or a state's name stands for its people there: "Tehran-manufactured", "China-made")
    known = {**{fold(w): code for w, (code, _) in reader.names.items()}, **reader.demonyms}
    return [Actor(m.start(), m.end(), known[fold(m.group(1))], "demonym", m.group(0))
            for m in x.made_re.finditer(ctx.text) if fold(m.group(1)) in known
            and not any(a.start <= m.start() < a.end for a in ctx.actors)]


def _triggers(ctx: Ctx) -> list[Trigger]:
    lex, s = ctx.lex, ctx.text
    found = [Trigger(m.start(), m.end(), "give") for m in lex.supply_verbs.finditer(s)]
    found += [Trigger(m.start(), m.end(), "receive") for m in lex.receive_verbs.finditer(s)]
    found += [Trigger(m.start(), m.end(), "nominal") for m in lex.transfer_nouns.finditer(s)]
    found += [Trigger(m.start(), m.end(), "export") for m in _extra(lex).export_nouns.finditer(s)]
    found += [Trigger(m.start(), m.end(), "supplier_noun") for m in lex.supplier_nouns.finditer(s)]
    found += [Trigger(m.start(), m.end(), "arrive") for m in _extra(lex).arrival_verbs.finditer(s)]
    found += [Trigger(m.start(), m.end(), "seize") for m in _extra(lex).seizure_verbs.finditer(s)]
    # "continua a inviare", "has begun to receive": the infinitive after a verb of going on
    found += [Trigger(m.start(kind), m.end(kind), kind) for m in _extra(lex).continued_re.finditer(s)
              for kind in ("give", "receive") if m.group(kind)]
    out: list[Trigger] = []
    for t in sorted(found, key=lambda t: (t.start, -t.end)):
        if out and t.start < out[-1].end and t.kind in ("nominal", "give") and out[-1].kind in ("receive", "give"):
            continue  # a word inside the verb before it: "delivery of" in "taken delivery of", "preso in consegna"
        # "ha ricevuto la consegna di due elicotteri", "received a delivery of", "ha ricevuto oggi in
        # consegna": the noun is the verb's object, one flow
        if out and out[-1].kind in ("receive", "give") and t.kind in ("nominal", "give") and t.start >= out[-1].end \
                and re.fullmatch(r"\s*(?:[^\W\d_]{1,5}['’]?\s*){0,2}", s[out[-1].end:t.start]):
            continue
        out.append(t)
    return out


def _verb_flow(ctx: Ctx, trig: Trigger, scope_end: int, seen: set) -> list[dict]:
    lex, s = ctx.lex, ctx.text
    first = lex.item_re.search(s, trig.end, scope_end)
    if first and (rel := _extra(lex).relative_re.search(s, first.end(), scope_end)):
        scope_end = rel.start()
    # an item named by who speaks is not what was supplied: "two officials briefed on a list of
    # weapons shipments said" (unless the verb speaks of the speaker too: "The UAE, which backs the
    # RSF with money and weapons, denies ...")
    described = _describes_speaker(ctx, trig)
    items = [m for m in lex.item_re.finditer(s, trig.end, scope_end)
             if (described or not ctx.in_speaker_zone(m.start(), m.end())) and not _names_no_item(ctx, m)]
    if trig.kind == "arrive":
        # what arrives is the clause's subject: before the verb, or right after it with no forces
        # before it ("Sono arrivati in Ucraina tre Gepard"); not an item the forces that arrived
        # came to run ("U.S. personnel arrived in Israel to help operate a THAAD battery")
        start = ctx.clause_start(trig.start)
        before = list(lex.item_re.finditer(s, start, trig.start))
        items = before or ([m for m in items if m.start() - trig.end < 60]
                           if not lex.force_re.search(s, start, trig.start) else [])
        if not items:
            return []
    # nor is one that words after the verb deny, suspend or suppose: "the totals show US support,
    # despite a decision to suspend a shipment of bombs", "sent tanks but not jets"
    if items and any(rx.search(s, trig.end, items[-1].start()) for rx in (lex.non_factual, lex.suspend_re)):
        items = [m for m in items if not any(rx.search(s, max(ctx.clause_start(m.start()), trig.end), m.start())
                                             for rx in (lex.non_factual, lex.suspend_re))]
    qualified = _item_qualified(ctx, trig) if trig.kind == "give" else None
    if qualified is not None:
        # "the Shahed drones supplied by Iran and used against ...": a participle with its agent right
        # after the items qualifies them, and they are what was supplied, not the nouns after the agent
        # (nor a noun they are "of": "production of the Shahed drones supplied by Iran")
        items = [qualified]
    if not items:
        # "i proiettili nordcoreani coprono ...": the item may stand before the verb as its subject
        items = list(lex.item_re.finditer(s, ctx.clause_start(trig.start), trig.start))
    if not items and (trig.kind == "supplier_noun" or any(q.percent and 0 <= trig.start - q.end < 20
                                                           for q in ctx.numbers_free())):
        # "imported more arms, with 45% coming from the United States": a share's item is the
        # sentence's last one before it, and so is a supplier's ("the eighth largest arms importer, with
        # China as its main supplier")
        items = list(lex.item_re.finditer(s, 0, trig.start))[-1:]
    carried_item = None
    if not items:
        # "Mosca ha ricevuto le prime spedizioni": a cargo word stands for the item carried over
        cargo = lex.cargo_re.search(s, trig.end, scope_end) or lex.cargo_re.search(s, ctx.clause_start(trig.start),
                                                                                    trig.start)
        if not cargo:
            return _sum_flow(ctx, trig, scope_end, seen) or _armed_flow(ctx, trig, seen)
        if not ctx.carry.item:
            return []
        carried_item = cargo
    supplier, recipient = _parties(ctx, trig)
    if not supplier or not recipient or supplier == recipient:
        return []
    if _extra(lex).to_many_re.search(s, trig.end, min(scope_end, ctx.clause_end(trig.end))):
        return []  # "has been exported to more than 32 countries": many recipients, none named
    # (a sum right after the verb, not the worth of the items named: "received 180 tanks worth 7 billion zlotys")
    # (nor a sum after the items, their worth: "ha importato armi dalla Russia per 400 milioni di dollari")
    money = trig.kind == "receive" \
        and _currency_amount(ctx, trig.end, min(scope_end, trig.end + 25, items[0].start() if items else len(s))) \
        and not any(_worth_of(ctx, m.start()) for m in items)
    # "rockets for multiple rocket launchers": an item named as the use of another is not supplied
    # (and the noun after such an item, of the same phrase: "missiles for the MiG-29 aircraft")
    # (nor is a second item word right after the first a second item: "30 Gepard tanks", "30 carri armati
    # Gepard" name one)
    kept, dropped = [], False
    for i, m in enumerate(items):
        gap = s[items[i - 1].end():m.start()] if i else None
        dropped = bool(gap is not None and (lex.use_link_re.fullmatch(gap) or lex.item_of_re.fullmatch(gap)
                                            or not gap.strip()))
        if not dropped:
            kept.append(m)
    items = kept
    rows = []
    for i, m in enumerate(items or [carried_item]):
        item = ctx.carry.item if carried_item else lex.items[fold(m.group(0))]
        if money:  # "earned $20 billion from its arms deals": what was received is money
            item = "financial"
        # each item received may name its own origin: "received several aircraft from Russia and
        # drones from Turkey"
        own = _origin_of_item(ctx, m, items[i + 1].start() if i + 1 < len(items) else scope_end) \
            if trig.kind == "receive" and not carried_item else None
        rows += _row(ctx, seen, own or supplier, recipient, item, m.group(0), m.start(), m.start(),
                     head=qualified is not None)
    if rows and items and not carried_item:
        # a sum given before the items and none of theirs is a flow of its own: "has given Israel
        # $23.6 billion through the financing program and another $3.4 billion for missile defense"
        amounts = {r["quantity"] for r in rows}
        rows += [r for r in _sum_flow(ctx, trig, items[0].start(), seen) if r["quantity"] not in amounts]
    return rows


def _item_qualified(ctx: Ctx, trig: Trigger) -> re.Match | None:
    """The item a participle with its agent right after it qualifies: 'droni "Shahed" forniti dall'Iran'."""
    s, x = ctx.text, _extra(ctx.lex)
    if not x.agent_start_re.match(s, trig.end) or x.passive_re.search(s, max(0, trig.start - 30), trig.start):
        return None
    found = list(ctx.lex.item_re.finditer(s, max(0, trig.start - 40), trig.start))
    # (an aside's comma may open the participle: "droni cinesi, consegnati dagli Emirati,")
    if not found or re.search(r"[,;:.()]", s[found[-1].end():trig.start].rstrip().removesuffix(",")) \
            or len(s[found[-1].end():trig.start].split()) > 2:
        return None
    # (the first of item words run together, a model's number between, which name one item: "Shahed drones",
    # "Leopard 1 tanks")
    i = len(found) - 1
    while i and not re.sub(r"\d", "", s[found[i - 1].end():found[i].start()]).strip(" \"'“”«»-"):
        i -= 1
    # (aid names no item when the items follow: "The aid, delivered by Egypt to Somalia, included four ...")
    if ctx.lex.items[fold(found[i].group(0))] == "military_aid" and ctx.lex.item_re.search(s, trig.end):
        return None
    return found[i]


def _origin_of_item(ctx: Ctx, m: re.Match, end: int) -> str | None:
    """The state an item is said to come from, right after it and before the next item: "drones
    from Turkey", "droni dalla Turchia"."""
    # (the from-word right after the item: not an agent past a verb, "were purchased by Qatar from France")
    return next((a.code for a in ctx.actors if m.end() < a.start < min(end, m.end() + 25) and ctx.after_from(a.start)
                 and lang.is_state(a.code) and ctx.lex.from_word_re.match(ctx.text, m.end() + 1)
                 and not re.search(r"[,;:]", ctx.text[m.end():a.start])), None)


def _names_no_item(ctx: Ctx, m: re.Match) -> bool:
    """An item word in a phrase that names no item supplied: "an arms embargo", "l'embargo sulle armi"."""
    x = _extra(ctx.lex)
    return bool(x.not_item_after_re.match(ctx.text, m.end())
                or x.not_item_before_re.search(ctx.text, max(0, m.start() - 25), m.start()))


def _qualifies_items(ctx: Ctx, trig: Trigger) -> bool:
    """'ha consegnato alla Russia missili a corto raggio destinati alla guerra in Ucraina': a participle
    after the items of a flow already read qualifies them (their use), it is no second flow."""
    if trig.kind not in ("give", "receive"):
        return False
    if _extra(ctx.lex).item_pronoun_re.search(ctx.text, max(0, trig.start - 12), trig.start):
        return True  # "e l'82% di quelle importate dal Bangladesh": the items again, qualified
    last = None
    for m in ctx.lex.item_re.finditer(ctx.text, 0, trig.start):
        last = m
    if last is None:
        return False
    between = ctx.text[last.end():trig.start]
    return len(between) < 40 and not re.search(r"[,;]", between) and not _extra(ctx.lex).aux_re.search(between) \
        and not any(last.end() <= a.start < trig.start for a in ctx.actors)


def _sum_flow(ctx: Ctx, trig: Trigger, scope_end: int, seen: set) -> list[dict]:
    """'I Paesi nordici hanno stanziato oltre 20 miliardi di euro', 'Israele ha ricevuto dagli Stati
    Uniti un totale di 251,2 miliardi di dollari': a verb of giving or receiving whose object is a
    sum and no item. The item is the one carried over, else money."""
    if trig.kind not in ("give", "receive"):
        return []
    # (a receiver's giver may stand between: "ha ricevuto dagli Stati Uniti un totale di 251,2 miliardi")
    reach = 30 if trig.kind == "give" else 50
    q = next((q for q in ctx.numbers_free() if trig.end <= q.start < scope_end and q.start - trig.end < reach
              and not q.percent and _unit_after(ctx, q) in ctx.lex.currencies.values()), None)
    if q is None:
        return []
    supplier, recipient = _parties(ctx, trig)
    if not supplier or not recipient:
        return []
    cur = ctx.lex.currency_re.match(ctx.text, q.end)
    text = ctx.text[q.num_start:cur.end() if cur else q.end]
    # (a sum received is money, whatever was supplied before: "the North has earned about 20 billion dollars")
    item = "financial" if trig.kind == "receive" else ctx.carry.item or "financial"
    return _row(ctx, seen, supplier, recipient, item, text, q.start, q.start,
                quantity=q if q.at_most(QUANTITY_MAX) else None, unit=_unit_after(ctx, q))


def _armed_flow(ctx: Ctx, trig: Trigger, seen: set) -> list[dict]:
    """'Iran has been arming the Houthis', 'la Turchia arma il governo libico': a verb of arming
    with no item named supplies weapons (codebook 3: a flow named without an amount is a row)."""
    if trig.kind != "give" or not _extra(ctx.lex).arming_re.fullmatch(ctx.text, trig.start, trig.end):
        return []
    supplier, recipient = _parties(ctx, trig)
    if not supplier or not recipient:
        return []
    return _row(ctx, seen, supplier, recipient, "weapons", ctx.text[trig.start:trig.end], trig.start, trig.end)


def _row(ctx: Ctx, seen: set, supplier: str, recipient: str, item: str, item_text: str, pos: int,
         item_start: int, quantity=None, unit=None, head: bool = False) -> list[dict]:
    flow = (supplier, recipient, item)
    # one row per item, and per amount of it: "14,000 MK-84 bombs, 6,500 500-pound bombs" are two
    # rows; a later mention with no amount of its own repeats the first
    if supplier == recipient or (*flow, None) in seen:
        return []
    # the carrier is not what it carries: "Sei aerei da trasporto ... trasportando un sistema HQ-22"
    if (carrier := _extra(ctx.lex).carrier_re.search(ctx.text, item_start, ctx.clause_end(item_start))) \
            and ctx.lex.item_re.search(ctx.text, carrier.end()):
        return []
    if quantity is None:
        quantity, unit = _quantity(ctx, item_start)
        if quantity is None and not head and _names_counted_item(ctx, item_start):
            return []  # "52 mezzi corazzati antiaerei Gepard": the items named just before
    amount = quantity.start if quantity is not None else None
    if flow in seen and (amount is None or (*flow, amount) in seen):
        return []
    # a percentage over 100 is a growth rate, never a share of a whole
    # (nor one the flow changed by: "arms imports from Russia down 37%", "in calo del 37%")
    shares = [q for q in ctx.numbers_free() if q.percent and q.value <= 1 and q.start >= ctx.clause_start(item_start)
              and not _extra(ctx.lex).change_by_re.search(ctx.text, max(0, q.start - 40), q.start)]
    # "circa il 50% dei proiettili"; failing that, a share said of the item as subject
    # ("i proiettili nordcoreani coprono circa il 40% del fabbisogno")
    share = next((q for q in shares if q.end <= item_start and item_start - q.end < 40), None) or \
        next((q for q in shares if 0 < q.start - item_start < 60), None)
    seen.update((flow, (*flow, amount)))
    if quantity is not None and not quantity.at_most(QUANTITY_MAX):
        quantity = None  # no amount is that large (validation/columns.toml)
    rows = [{
        "_pos": pos, "supplier": supplier, "recipient": recipient, "item": item, "item_text": item_text,
        "share": round(share.value, 6) if share else None,
        "share_qualifier": share.qualifier if share else None,
        "share_of": _share_of(ctx, share) if share else None,
        # (to the cent: "4.1 billion" is 4100000000, not the float 4099999999.9999995)
        "quantity": round(quantity.value, 2) if quantity else None, "quantity_unit": unit if quantity else None,
        "quantity_qualifier": quantity.qualifier if quantity else None,
    }]
    # "20 drones in 2022 and another 12 in 2023": more of the same flow, counted on
    for more in ctx.counts_coordinated(quantity) if quantity is not None and not quantity.percent else ():
        if more.at_most(QUANTITY_MAX) and (*flow, more.start) not in seen:
            seen.add((*flow, more.start))
            rows.append({**rows[0], "_pos": more.start, "quantity": round(more.value, 2),
                         "quantity_qualifier": more.qualifier})
    return rows


def _names_counted_item(ctx: Ctx, item_start: int) -> bool:
    """Whether the item at `item_start` is a second name, in one noun phrase, of an item named
    right before it: "52 mezzi corazzati antiaerei Gepard", "Gepard anti-aircraft guns"."""
    # (a number, a comma or a conjunction between parts them into two phrases)
    s = ctx.text
    return any(m.end() <= item_start and not PARTED.search(s, m.end(), item_start)
               and not ctx.lex.conjunction_re.search(s, m.end(), item_start)
               for m in ctx.lex.item_re.finditer(s, max(0, item_start - 30), item_start))


PARTED = re.compile(r"[\d,;:()]")


def _excluded(ctx: Ctx) -> set[int]:
    """Starts of actors after a verb that are neither recipient nor supplier of it: an origin or
    agent ("da Europa e Stati Uniti"), or the owner of an amount set against the first one."""
    s, out = ctx.text, set()
    actors = sorted(ctx.actors, key=lambda a: a.start)
    for i, a in enumerate(actors):
        before = s[max(0, a.start - 45):a.start]
        if ctx.after_from(a.start) or ctx.lex.comparison_re.search(before) or _gapped_subject(ctx, a) \
                or _extra(ctx.lex).than_re.search(before):
            out.add(a.start)
        elif _on_items(ctx, a):
            # "armi americane destinate a Kiev", "supplied Chinese arms to the RSF": the maker of the
            # item, not who gets it
            out.add(a.start)
        elif i and actors[i - 1].start in out and re.fullmatch(r"\s*(?:,|e|ed|and|&)\s*", s[actors[i - 1].end:a.start]):
            out.add(a.start)  # the coordinated rest of an excluded list
    return out


def _irregular_people(ctx: Ctx, a: Actor) -> bool:
    """A people's name on an armed group's noun ("Sudanese rebels", "milizie sudanesi"): the group
    is no state, and the state no party of its flows."""
    x, s = _extra(ctx.lex), ctx.text
    return bool(x.group_noun_after_re.match(s, a.end) or x.group_noun_before_re.search(s, max(0, a.start - 40), a.start))


def _describes_speaker(ctx: Ctx, trig: Trigger) -> bool:
    """Whether the flow's verb opens a relative clause on the speaker, before the verb of saying
    ("The UAE, which backs the RSF with weapons, denies ..."): a fact the article tells, whose
    parties and items stand in the speaker's words."""
    return ctx.in_speaker_zone(trig.start, trig.end) and bool(
        _extra(ctx.lex).relative_open_re.fullmatch(ctx.text, ctx.clause_start(trig.start), trig.start))


def _possessor(ctx: Ctx, before: list[Actor], trig: Trigger, skip: str | None = None) -> str | None:
    """The actor whose a supplier noun is, a possessive and up to three words before it ("India's second
    biggest supplier"), the nearest first; never `skip` (the clause's subject)."""
    return next((a.code for a in reversed(before) if a.code != skip
                 and re.fullmatch(r"['’]s\s+(?:\S+\s+){0,3}", ctx.text[a.end:trig.start])), None)


def _on_items(ctx: Ctx, a: Actor) -> bool:
    """Whether `a` is a people's name on item nouns, after them or before them ("missili iraniani",
    "Iranian rifles"): the items' maker."""
    return a.kind == "demonym" and (_item_ending_at(ctx, a.start) or _item_after(ctx, a.end))


def _item_ending_at(ctx: Ctx, pos: int) -> bool:
    """Whether an item noun stands right before `pos` ("armi | americane", "missili | iraniani")."""
    return any(m.end() < pos and re.fullmatch(r"\s", ctx.text[m.end():pos])
               for m in ctx.lex.item_re.finditer(ctx.text, max(0, pos - 60), pos))


def _item_after(ctx: Ctx, pos: int) -> bool:
    """Whether an item noun follows `pos` after at most two adjectives ("Chinese | combat drones"),
    no article, preposition or conjunction ("l'esercito russo | di proiettili" is no maker's)."""
    m = ctx.lex.item_re.search(ctx.text, pos, pos + 40)
    # (a force between is whose the demonym is: "the Sudanese army with drones")
    return bool(m and _extra(ctx.lex).modifiers_re.fullmatch(ctx.text, pos, m.start())
                and not ctx.lex.force_re.search(ctx.text, pos, m.start()))


LONG_ASIDE = re.compile(r"\([^()]{40,400}\)")  # a clause in brackets, not a name's acronym


def _parties(ctx: Ctx, trig: Trigger) -> tuple[str | None, str | None]:
    s, x = ctx.text, _extra(ctx.lex)
    # a speaker is no party, unless its verb is the flow's: "The U.S. has committed $2.2 billion to
    # Ukraine" reads as a promise, and who promises supplies
    own = [st for st in ctx.statements if st.verb_start <= trig.start < st.verb_end]
    # (nor when the flow describes the speaker: "The UAE, which backs the RSF with weapons, denies ...")
    described = _describes_speaker(ctx, trig)
    free = [a for a in ctx.actors if (described or not ctx.in_speaker_zone(a.start, a.end)
                                      or any(st.zone[0] <= a.start < st.verb_start for st in own))
            and not (a.kind == "demonym" and _irregular_people(ctx, a))
            and not x.no_party_re.search(s, max(0, a.start - 40), a.start)
            and not (a.kind == "demonym" and x.war_before_re.search(s, max(0, a.start - 25), a.start))
            # (nor any actor named as the attacker of a war noun: "after the Oct. 7 Hamas attacks on Israel")
            and not x.war_after_re.match(s, a.end) and not x.war_of_re.search(s, max(0, a.start - 40), a.start)]
    before = [a for a in free if a.end <= trig.start and a.start >= ctx.clause_start(trig.start) - 1] or \
             [a for a in free if a.end <= trig.start]
    excluded = _excluded(ctx)
    after = [a for a in free if a.start >= trig.end]
    after += [Actor(p.start, p.end, p.country, "place", p.text) for p in ctx.places  # "spedito in Russia"
              if p.start >= trig.end and p.country and p.is_country and not any(x.start == p.start for x in after)
              and not x.no_party_re.search(s, max(0, p.start - 40), p.start)]
    # (a region right after a to-word is its country: "delivered 1,300 tons of food to West Darfur")
    after += [Actor(p.start, p.end, p.country, "place", p.text) for p in ctx.places
              if trig.kind != "seize" and p.start >= trig.end and p.country and p.adm1 and not p.is_country
              and not p.town and lang.is_state(p.country)
              and ctx.lex.to_re.search(s, max(0, p.start - 6), p.start)
              and not any(x.start <= p.start < x.end or x.code == p.country for x in after)]
    after.sort(key=lambda a: a.start)
    # an aside of its own after the flow ("( la preoccupazione è che finiscano ai Maute )") names no party
    asides = [m.span() for m in LONG_ASIDE.finditer(s, trig.end)]
    after = [a for a in after if not any(x <= a.start < y for x, y in asides)]
    if contrast := ctx.lex.contrast_re.search(s, trig.end):  # nor does a clause set against it (", while the EU")
        after = [a for a in after if a.start < contrast.start()]
    # "Blinken ha dichiarato a Londra che Mosca ha ricevuto ...": the reported clause has its own subject
    # (not a relative clause closed before the verb: "Taiwan, un piccolo stato che la Cina rivendica come
    # propria provincia, ha ricevuto")
    opener = max((m.end() for m in x.clause_word_re.finditer(s, 0, trig.start)
                  if not re.search(r",\s*(?:\S+\s+){0,2}$", s[m.end():trig.start])), default=0)
    before = [a for a in before if a.start >= opener] or before
    # "flew into southern Romania to deliver": where the carrier went is not who supplies
    before = [a for a in before if not x.motion_to_re.search(s, max(0, a.start - 25), a.start)]
    # "Secondo le agenzie di intelligence statunitensi gli Emirati hanno inviato": who says it is no party
    before = [a for a in before if not (x.attribution_re.search(s, max(0, a.start - 60), a.start)
                                        and any(b.start > a.end for b in before))] or before
    subject = _head_actor(ctx, before)
    carry_supplier, carry_recipient = _carried_flow(ctx)
    if trig.kind == "receive" and x.passive_re.search(s, max(0, trig.start - 30), trig.start):
        # "un carico proveniente dalla Turchia è stato ricevuto dalle forze di Tripoli": the agent
        # receives; the origin stands in the subject
        # (the origin may stand first: "were imported from India by the Myanmar army", "importati
        # dalla Serbia dall'esercito nigerino": the last of the names an agent's word leads to)
        near = [a for a in after if a.start - trig.end < 70 and not re.search(r"[,;:]", s[trig.end:a.start])]
        led = [a for a in near if (by := list(x.agent_word_re.finditer(s, trig.end, a.start)))
               and s[by[-1].end():a.start].strip().count(" ") <= 1
               and not any(by[-1].end() <= b.start < a.start for b in near)]
        if len(led) > 1 and ctx.after_from(led[0].start):
            agent = led[-1]
        elif near and x.agent_start_re.match(s, trig.end):  # the agent right after the verb
            agent = near[0]
        else:
            agent = led[-1] if led else None
        if agent is not None:
            origin = next((a.code for a in [*before, *after] if ctx.after_from(a.start) and a.code != agent.code
                           and a is not agent), None)  # "purchased by the UAE from China"
            return origin or carry_supplier, agent.code
    if trig.kind == "receive":
        # "armamenti sudcoreani acquistati quest'anno dalla Polonia", "South Korean weapons bought by
        # Poland": a participle after items with their maker's people, and an agent after it: the
        # agent bought them, the maker's state supplied ("da" names a buyer there, not an origin)
        maker = next((a for a in reversed(before) if trig.start - a.end < 40 and _on_items(ctx, a)), None)
        buyer = next((a for a in after if maker is not None and a.start - trig.end < 40 and a.code != maker.code
                      and not re.search(r"[,;:]", s[trig.end:a.start])
                      and (by := list(x.agent_word_re.finditer(s, trig.end, a.start)))
                      and not s[by[-1].end():a.start].strip()), None)
        if maker is not None and buyer is not None:
            return maker.code, buyer.code
        # the source is named by "da"/"from" or owns the item ("missili iraniani")
        source = next((a.code for a in after if ctx.after_from(a.start)), None)
        # "earned $3 billion from its arms deals with Moscow": the other party of what it came from
        source = source or next((a.code for a in after if a.code != subject and a.start - trig.end < 60
                                 and ctx.lex.from_word_re.search(s[trig.end:a.start])), None)
        source = source or next((a.code for a in after if a.kind == "demonym" and a.code != subject), None)
        # "India received 30% of France's arms exports": whose the exports are
        if source is None and (noun := x.exports_re.search(s, trig.end, min(ctx.clause_end(trig.end), trig.end + 60))) \
                and (owner := _exports_owner(ctx, noun)) is not None and owner.code != subject:
            source = owner.code
        user = next((a.code for a in after if a.code != source
                     and x.user_re.search(s[max(0, a.start - 30):a.start])), None)
        return source or carry_supplier, subject or user or carry_recipient
    if trig.kind == "seize":
        # a shipment seized on its way is a flow (codebook 9) from where it comes to where it was
        # bound, both said ("seized weapons headed from Iran to Yemen"): who seized it is no party,
        # and without both the capture may be the seizer's own trophy ("seized 12 Russian tanks")
        near = [a for a in after if a.start - trig.end < 160]
        source = next((a.code for a in near if ctx.after_from(a.start)), None) or \
            next((a.code for a in near if _on_items(ctx, a)), None)
        dest = next((_possessed(ctx, a, near).code for a in near if a.code != source
                     and x.destination_re.search(s, max(trig.end, a.start - 30), a.start)), None)
        return (source, dest) if source and dest else (None, None)
    if trig.kind == "arrive":  # "three Gepard have arrived in Ukraine": where they arrive receives them
        source = next((a.code for a in after if ctx.after_from(a.start)), None)
        source = source if source and any(a.code == source and a.start - trig.end < 90 for a in after) else None
        # "arrived in a German port": a port or an airport they pass is no recipient
        dest = next((a.code for a in after if a.code != source and a.start - trig.end < 40
                     and ctx.lex.place_link_re.fullmatch(s, trig.end, a.start)
                     and not x.transit_after_re.match(s, a.end)), None)
        if dest is None and (item := ctx.lex.item_re.search(s, trig.end, trig.end + 60)):
            # "dagli Usa arriva un'ulteriore tranche di aiuti militari a Kiev": the items come first
            dest = _recipient_after(ctx, item.end())
        owner = next((a.code for a in before if a.kind == "demonym" and a.code != dest), None)
        # "the first five jets bought from France arrived in India": the origin in the subject
        origin = next((a.code for a in before if ctx.after_from(a.start) and a.code != dest), None)
        return source or owner or origin or carry_supplier, dest or carry_recipient
    if trig.kind == "supplier_noun":  # "X has become one of Russia's main suppliers of ..."
        if (named := x.suppliers_named_re.match(s, trig.end)) is not None:
            # "India's main arms suppliers are Russia, France and ...", "I principali fornitori (di armi
            # dell'India) sono Russia, ...": the noun is the subject, the suppliers follow its verb and
            # the one it belongs to receives (else the one the paragraph is about)
            listed = next((a.code for a in after if a.start >= named.end()), None)
            owner = next((a.code for a in after if a.end <= named.end() and a.code != listed), None) or \
                _possessor(ctx, before, trig)
            # (else the sentence's subject: "L'Italia è il 20esimo importatore di armi: per il 59% i
            # fornitori sono gli Stati Uniti")
            owner = owner or (subject if subject != listed else None)
            return listed, owner or (carry_recipient if carry_recipient != listed else None)
        # "..., and the United States, which became the second largest arms supplier to India": the
        # relative's antecedent is the supplier
        rels = [m for m in x.relative_comma_re.finditer(s, max(0, trig.start - 80), trig.start)]
        antecedent = next((a for a in reversed(before) if rels and 0 <= rels[-1].start() - a.end <= 3), None)
        # "Imports by Pakistan increased, with China as its main supplier": the one named as it
        named_as = next((a for a in before[-1:] if x.as_role_re.fullmatch(s, a.end, trig.start)
                         and not x.than_re.search(s, max(0, a.start - 45), a.start)), None)
        if antecedent is None and named_as is not None:  # supplying the sentence's first actor
            first = next((a.code for a in ctx.actors if a.end <= named_as.start and a.code != named_as.code), None)
            return named_as.code, first or (carry_recipient if carry_recipient != named_as.code else None)
        # (or an apposition's: "India's arms imports from Russia, the country's leading supplier of arms")
        appositive = next((a for a in before[-1:] if a.code != subject
                           and re.fullmatch(r",\s+(?:[^\W\d_][\w-]*(?:['’]s)?\s+){1,5}", s[a.end:trig.start])), None)
        if antecedent is None and appositive is not None:  # the sentence's subject is the one supplied
            return appositive.code, subject or (carry_recipient if carry_recipient != appositive.code else None)
        if antecedent is not None:
            recipient = next((a.code for a in after if a.code != antecedent.code), None)
            return antecedent.code, recipient or (carry_recipient if carry_recipient != antecedent.code else None)
        # the one the noun belongs to ("India's second biggest supplier"), else the next actor not
        # compared ("France has displaced the U.S. as ...")
        recipient = _possessor(ctx, before, trig, subject) or next(
            (a.code for a in [*before[1:], *after] if a.code != subject
             and not x.than_re.search(s, max(0, a.start - 45), a.start)), None)
        return subject or carry_supplier, recipient or carry_recipient
    if trig.kind == "nominal":  # "condannato il trasferimento dei missili": the subject is no party
        # the supplier's people stand by the noun ("la fornitura iraniana", "the Iranian delivery of",
        # "the delivery of 400 Iranian missiles"); the recipient after a "to" ("alla Russia")
        owner = next((a.code for a in after if a.kind == "demonym" and a.start - trig.end < 30), None) or \
            next((a.code for a in before[-1:] if a.kind == "demonym" and not s[a.end:trig.start].strip()), None)
        # "il flusso di materiali bellici provenienti dagli Eau verso la Rsf": the origin after a from-word
        # (past a list of items: "a delivery of 93 APCs and 549 vehicles from the UAE to Libya")
        origin = next((a.code for a in after if a.start - trig.end < 120 and ctx.after_from(a.start)
                       and not re.search(r"[;:.]", s[trig.end:a.start])), None)
        # "the sale of US arms to Pakistan": the actor whose items they are
        item = ctx.lex.item_re.search(s, trig.end, trig.end + 40)
        maker = ctx.owner_of(item.start(), item.end()) if item else None
        # "Germany's deliveries to Ukraine": a possessive before the noun, an adjective or two
        # between them too ("Iran's last shipment of arms")
        whose = ctx.owner_of(trig.start, trig.end) or next(
            (a for a in before if re.fullmatch(r"['’]s\s+(?:(?-i:[a-z])[a-z-]+\s+){1,3}", s[a.end:trig.start])), None)
        owner = owner or origin or (maker.code if maker and maker.start >= trig.end else None) \
            or (whose.code if whose and whose.end <= trig.start else None)
        # (the to-word may end the noun itself: "deliveries to Ukraine")
        to = next((_possessed(ctx, a, after).code for a in after if a.code != owner
                   and a.start - trig.end < (140 if origin else 80)
                   and a.start not in excluded
                   and (ctx.lex.to_re.search(s, max(trig.start, a.start - 6), a.start)
                        or x.to_phrase_re.search(s, max(trig.end, a.start - 12), a.start + 1))), None)
        # a state's official who confirms or announces a sale or a delivery speaks for the supplier
        # ("President Trump confirmed the sale of 66 jets to Taiwan"), unless his country receives it
        said = next((st.speaker.country for st in ctx.statements if st.act in ("confirm", "announce", "claim")
                     and 0 <= trig.start - st.verb_end <= 30 and lang.is_state(st.speaker.country)
                     and not re.search(r"[,;:]", s[st.verb_end:trig.start])), None)
        owner = owner or (said if said != to else None)
        # (a flow noun before it may name them: "The US arms transfers to Saudi Arabia included the delivery of")
        if not owner and (named := _named_flow(ctx)) and (to is None or to == named[1]):
            return named
        return owner or carry_supplier, to or carry_recipient
    # (a participle with its agent right after it is passive too: "the aid, delivered by Turkey to ...")
    if x.passive_re.search(s, max(0, trig.start - 30), trig.start) or x.agent_start_re.match(s, trig.end):
        # "38 tanks were delivered to Taiwan by the United States": the agent supplies
        agent = next((a for a in after if a.start - trig.end < 100
                      and x.agent_re.search(s, max(trig.end, a.start - 12), a.start)), None)
        if agent is not None:
            recipient = next((_possessed(ctx, a, after).code for a in after if a.code != agent.code
                              and a.start - trig.end < 100
                              and ctx.lex.to_re.search(s, max(trig.end, a.start - 6), a.start)), None)
            # "half of the shells used by Sudan's army are supplied by Egypt": who uses them got them
            user = next((a.code for a in before if a.code != agent.code
                         and x.user_re.search(s[max(0, a.start - 25):a.start])), None)
            # "Russia uses Shahed drones supplied by Iran": the subject of a verb of using
            user = user or next((a.code for a in reversed(before) if a.code != agent.code
                                 and x.uses_after_re.match(s, a.end)), None)
            # (or where they arrived: "ten Leopard tanks donated by Denmark have arrived in Ukraine")
            arrived = [m.end() for m in x.arrival_verbs.finditer(s) if m.start() > agent.end]
            user = user or next((a.code for a in after if arrived and a.start > arrived[0] and a.code != agent.code
                                 and a.start - arrived[0] < 12), None)
            # (or used after it: "Shahed drones supplied by Iran and used for months by Russian forces")
            user = user or next((a.code for a in after if a.start > agent.end and a.code != agent.code
                                 and not re.search(r"[;.]", s[agent.end:a.start])
                                 and x.user_after_re.search(s, max(agent.end, a.start - 50), a.start)), None)
            return agent.code, recipient or user or carry_recipient
        # "The U.S. Navy seized Iranian arms being sent to the Houthis": with no agent, the items'
        # maker supplies, not the subject of the clause they stand in
        maker = next((a for a in reversed(before) if a.kind == "demonym" and a.start in excluded), None)
        if maker is not None:
            recipient = next((a.code for a in after if a.code != maker.code and a.start not in excluded), None)
            return maker.code, recipient or carry_recipient
    # "Western countries continue to supply Moldova": suppliers the text leaves unnamed are none carried
    # (nearer the verb than any actor named: "Ukraine became the top importer after 30 countries began
    # supplying Kyiv")
    last = max([a.end for a in before if a.end <= trig.start], default=ctx.clause_start(trig.start))
    unnamed = x.unnamed_suppliers_re.search(s, max(last, ctx.clause_start(trig.start)), trig.start)
    if unnamed:
        return None, None
    # "The Biden administration announced a package for Ukraine, sending 90 Strykers": a gerund after
    # a comma has the sentence's subject, and the one the package was for receives
    given_to = None
    if x.gerund_re.search(s, trig.start, trig.end) and re.search(r",\s*$", s[max(0, trig.start - 3):trig.start]):
        earlier = [a for a in free if a.end <= trig.start]
        given_to = next((a.code for a in earlier if ctx.lex.to_re.search(s, max(0, a.start - 6), a.start)
                         or x.to_phrase_re.search(s, max(0, a.start - 12), a.start + 1)), None)
        main = next((a for a in earlier if a.code != given_to and not ctx.after_from(a.start)), None)
        subject = main.code if main else subject
    supplier = subject or ctx.speaker_as_subject(trig.start) or carry_supplier
    # "Russian cargo ships have ferried a million rounds from Iran to Russia": a carrier named by its
    # people carries what the country it comes from supplies, to the one it goes to
    origin = next((a for a in after if ctx.after_from(a.start) and a.start - trig.end < 120), None)
    bound = origin and any(a.start > origin.end and ctx.lex.to_re.search(s, origin.end, a.start) for a in after)
    if bound and subject and next(a for a in before if a.code == subject).kind == "demonym":
        supplier = origin.code
    # "40 percent of the artillery ammunition fired by Russian forces": who uses the item got it
    user = next((a.code for a in after if a.code != supplier and x.user_re.search(s[trig.end:a.start])),
                None)
    recipient = user or given_to or _head_actor(ctx, [a for a in after if a.code != supplier
                                                        and a.start not in excluded][:2])
    if recipient is None and x.return_re.search(s):
        # "In cambio Mosca fornirebbe al regime petrolio": the flow goes back to whoever supplied before
        # or who sent its forces ("Pyongyang has sent workers to Russia, and Moscow has supplied it ...")
        recipient = next((c for c in (carry_supplier, ctx.carry.sender, carry_recipient, ctx.title.sender)
                          if c and c != supplier), None)
    if recipient is None and x.unnamed_recipients_re.search(s, trig.end, min(len(s), trig.end + 60)):
        return supplier, None  # "to supply an unnamed African country with 25 APCs": no one the text names
    # "Military aid to Ukraine collapsed despite the UK sending 85,000 drones": failing one after the verb,
    # the one the sentence's flow went to before it
    recipient = recipient or next((a.code for a in free if a.end <= trig.start and a.code != supplier
                                   and ctx.lex.to_re.search(s, max(0, a.start - 6), a.start)
                                   and ctx.lex.item_re.search(s, max(0, a.start - 40), a.start)), None)
    return supplier, recipient or carry_recipient


def _possessed(ctx: Ctx, a: Actor, actors: list[Actor]) -> Actor:
    """The actor a possessive leads to, else the actor itself: "bound for Yemen's Houthis" -> HOUTHIS."""
    return next((b for b in actors if b.start > a.end
                 and re.fullmatch(r"['’]s\s", ctx.text[a.end:b.start])), a)


def _head_actor(ctx: Ctx, before: list[Actor]) -> str | None:
    """The first actor of the clause, or the one it qualifies: "Russia's Wagner Group" -> WAGNER."""
    if not before:
        return None
    if len(before) > 1 and re.fullmatch(r"(?:'s|’s)?\s", ctx.text[before[0].end:before[1].start]):
        return before[1].code
    return before[0].code


def _comparisons(ctx: Ctx, rows: list[dict], seen: set) -> list[dict]:
    """'72 miliardi ... in aiuti militari, contro i 65 miliardi degli Stati Uniti': the same flow
    by another supplier, with its own amount."""
    if not rows:
        return []
    out = []
    first = rows[0]
    for m in ctx.lex.comparison_re.finditer(ctx.text):
        # "35% of Pakistan's imports, followed by 19% to Bangladesh": the same supplier's share of
        # another recipient's
        share = next((q for q in ctx.numbers_free() if 0 <= q.start - m.end() < 15 and q.percent and q.value <= 1), None)
        to = share and next((a for a in ctx.actors if 0 < a.start - share.end < 20 and a.code != first["supplier"]
                             and ctx.lex.to_re.search(ctx.text, share.end, a.start)), None)
        if first["share"] is not None and to:
            for r in _row(ctx, seen, first["supplier"], to.code, first["item"], first["item_text"], m.start(), m.start()):
                r.update(share=round(share.value, 6), share_qualifier=share.qualifier, share_of=first.get("share_of"))
                out.append(r)
            continue
        q = next((q for q in ctx.numbers_free() if 0 <= q.start - m.end() < 15 and not q.percent), None)
        if q is None:
            continue
        owner = next((a for a in sorted(ctx.actors, key=lambda a: a.start) if 0 <= a.start - q.end < 30), None)
        if owner is None:
            continue
        # the amount set against the first is in its unit, or it is no quantity at all
        unit = _unit_after(ctx, q) or first["quantity_unit"]
        if unit is None:
            q = None
        out += _row(ctx, seen, owner.code, first["recipient"], first["item"], first["item_text"], m.start(),
                    m.start(), quantity=q, unit=unit)
    return out


def _gapped_subject(ctx: Ctx, a: Actor):
    """'Washington ha fornito il 45% degli aiuti, l'Europa oltre il 55%': an actor opening a clause
    that leaves the verb out and goes straight to its figure is the subject of the same flow, never a
    recipient. The figure it takes, or None."""
    head = ctx.text[ctx.clause_start(a.start):a.start]
    if ctx.clause_start(a.start) == 0 or not _extra(ctx.lex).clause_head_re.fullmatch(head):
        return None
    return next((q for q in ctx.numbers_free() if q.start >= a.end
                 and _extra(ctx.lex).gap_re.fullmatch(ctx.text[a.end:q.start])), None)


def _gapped(ctx: Ctx, rows: list[dict], seen: set) -> list[dict]:
    """The same flow restated for another supplier with its own figure and no verb."""
    if not rows:
        return []
    first, out = rows[0], []
    for a in sorted(ctx.actors, key=lambda a: a.start):
        q = _gapped_subject(ctx, a)
        if q is None or a.start < first["_pos"]:
            continue
        out += _figure_row(ctx, seen, a.code, first, q, a.start)
    return out


def _figure_row(ctx: Ctx, seen: set, supplier: str, first: dict, q, pos: int) -> list[dict]:
    """A row of `first`'s flow for another supplier whose figure is `q`: a share of the same whole,
    or an amount in its own unit or, failing that, in the unit of the amount it stands beside."""
    if q.percent:
        if q.value > 1:
            return []
        row = _row(ctx, seen, supplier, first["recipient"], first["item"], first["item_text"], pos, pos)
        for r in row:
            r.update(share=round(q.value, 6), share_qualifier=q.qualifier,
                     share_of=first["share_of"] or _share_of(ctx, q), quantity=None, quantity_unit=None,
                     quantity_qualifier=None)
        return row
    unit = _unit_after(ctx, q) or first["quantity_unit"] or _sentence_currency(ctx)
    return _row(ctx, seen, supplier, first["recipient"], first["item"], first["item_text"], pos, pos,
                quantity=q if unit else None, unit=unit)


def _sentence_currency(ctx: Ctx) -> str | None:
    """The one currency the sentence's amounts are in ("guida la Germania con 17 miliardi di euro,
    seguita dal Regno Unito con 14 miliardi"): a bare amount beside them is in it too."""
    units = {_unit_after(ctx, q) for q in ctx.numbers_free() if not q.percent} & set(ctx.lex.currencies.values())
    return units.pop() if len(units) == 1 else None


def _donor_amounts(ctx: Ctx, rows: list[dict], seen: set, cue: bool) -> list[dict]:
    """A donor named with its sum and no verb of its own: "la Germania, con circa 17 miliardi",
    "Con 9 miliardi, la Danimarca è il primo donatore", "Norway (€1.2 billion)", "Germany, with
    $3 billion". The flow is the sentence's, or the one carried over."""
    x = _extra(ctx.lex)
    if not (cue or rows or x.donor_re.search(ctx.text)):
        return []
    named = next((r for m in ctx.lex.item_re.finditer(ctx.text) if (r := _recipient_after(ctx, m.end()))), None)
    recipient = rows[0]["recipient"] if rows else named or ctx.carry.recipient or ctx.title.recipient
    if recipient is None:
        return []
    item = rows[0]["item"] if rows else ctx.carry.item or "military_aid"
    m = ctx.lex.item_re.search(ctx.text) if not rows else None
    first = rows[0] if rows else {"recipient": recipient, "item": item, "item_text": m.group(0) if m else None,
                                  "quantity_unit": None, "share_of": None}
    taken = {(r["supplier"], r["quantity"]) for r in rows}
    out = []
    for a in sorted(ctx.actors, key=lambda a: a.start):
        if ctx.in_speaker_zone(a.start, a.end) or a.code == recipient or _is_recipient(ctx, a):
            continue
        own = [r for r in rows if r["supplier"] == a.code]
        if own and any(r["quantity"] is not None or r["share"] is not None for r in own):
            continue
        q = next((q for q in ctx.numbers_free() if not q.percent and q.start >= a.end
                  and x.donor_after_re.fullmatch(ctx.text[a.end:q.start])), None)
        if q is None:  # "Con circa 9 miliardi, la Danimarca"
            q = next((q for q in ctx.numbers_free() if not q.percent and q.end <= a.start
                      and x.donor_before_re.search(ctx.text[:q.start])
                      and x.donor_between_re.fullmatch(ctx.text[q.end:a.start])), None)
        if q is None or (a.code, q.value) in taken:
            continue
        unit = _unit_after(ctx, q) or _sentence_currency(ctx)
        if unit not in ctx.lex.currencies.values():
            continue
        if own:  # "Con 3 miliardi di euro la Germania ha contribuito agli aiuti": the sum of its own flow
            if q.at_most(QUANTITY_MAX):
                own[0].update(quantity=q.value, quantity_unit=unit, quantity_qualifier=q.qualifier)
            continue
        # no item is written: the sum is what the sentence says was given
        cur = ctx.lex.currency_re.match(ctx.text, q.end)
        given = first if first["item_text"] else {**first, "item_text": ctx.text[q.num_start:cur.end() if cur else q.end]}
        out += _figure_row(ctx, seen, a.code, given, q, a.start)
    return out


def _is_recipient(ctx: Ctx, a: Actor) -> bool:
    """'money for Israel and Taiwan, with $60 billion going to Ukraine': an actor after a to-word (or
    coordinated with one that is) receives; it is never a donor."""
    actors = sorted(ctx.actors, key=lambda x: x.start)
    i = actors.index(a)
    while True:
        if ctx.lex.to_re.search(ctx.text[max(0, actors[i].start - 25):actors[i].start]):
            return True
        if i == 0 or not re.fullmatch(r"\s*(?:,|e|ed|and|&)\s*", ctx.text[actors[i - 1].end:actors[i].start]):
            return False
        i -= 1


def _restated(ctx: Ctx, seen: set) -> list[dict]:
    """'Si tratta di 10 carri armati K2 e di 24 obici K9', 'These are 10 K2 tanks and 24 K9
    howitzers': a sentence opening so counts the items of the flow just told, between the same
    parties (the paragraph's, else the title's)."""
    lex, s = ctx.lex, ctx.text
    supplier, recipient = _named_flow(ctx) or _carried_flow(ctx)
    opener = _extra(lex).restatement_re.match(s)
    if not (supplier and recipient) or not (opener or _opens_on_items(ctx) or _list_item(ctx)):
        return []
    out, counted = [], set()
    named = [(m.start(), m.end()) for m in lex.item_re.finditer(s)]  # "PzH 2000": a name, no count
    aud = audit.auditor(lex.pack.code)
    for q in ctx.numbers_free():
        # (nor a model's number: "Panzerfaust 3 con 3mila missili")
        if q.percent or q.weak or any(a <= q.start < b for a, b in named) or aud.named_number(ctx, q.num_start, q.end):
            continue
        item = lex.item_re.search(s, q.end, q.end + 40)
        if item is None or item.start() in counted:
            continue  # "four Wisent 1 demining tanks": the 1 is the model's, the four counts the tanks
        counted.add(item.start())
        # (a model's name may stand between: "four Wisent 1 demining tanks", "two IRIS-T air defence systems")
        if item and re.fullmatch(r"\s+(?:\S+\s+){0,3}", s[q.end:item.start()]) and "," not in s[q.end:item.start()]:
            out += _row(ctx, seen, supplier, recipient, lex.items[fold(item.group(0))], item.group(0), item.start(),
                        item.start(), quantity=q, unit=_unit_after(ctx, q) or lex.units.get(fold(item.group(0)))
                        or _model_unit(ctx, item.group(0)))
    return out


def _importer_named(ctx: Ctx) -> str | None:
    """The state a sentence names as an importer: the owner of its imports ("Qatar's purchases
    included ..."), or its subject ranked as one ("Qatar ranked as the third largest arms importer")."""
    for noun in _extra(ctx.lex).importer_re.finditer(ctx.text):
        owner = ctx.owner_of(noun.start(), noun.end())
        subject = next((a for a in ctx.actors if a.end <= noun.start() and a.start <= ctx.clause_start(a.start) + 4
                        and lang.is_state(a.code) and not re.search(r"[,;:]", ctx.text[a.end:noun.start()])), None)
        found = owner or subject
        if found is not None and lang.is_state(found.code):
            return found.code
    return None


def _named_flow(ctx: Ctx) -> tuple[str, str] | None:
    """'The US arms transfers to Saudi Arabia included ...': a flow noun whose owner stands right
    before it and whose recipient follows a to-word names the parties of what it includes."""
    x = _extra(ctx.lex)
    for noun in (*x.imports_re.finditer(ctx.text), *x.exports_re.finditer(ctx.text)):
        owner = next((a for a in ctx.actors if 0 <= noun.start() - a.end <= 12
                      and re.fullmatch(r"(?:['’]s)?\s+(?:[^\W\d_]+\s+)?", ctx.text[a.end:noun.start()])), None)
        recipient = _recipient_after(ctx, noun.end())
        if owner is not None and recipient is not None and recipient != owner.code:
            return owner.code, recipient
    return None


def _list_item(ctx: Ctx) -> bool:
    """'900 lanciamissili anticarro Panzerfaust 3', one short line of a list of the flow the
    paragraph told (its parties carried, not the title's): it opens on a count of items."""
    s = ctx.text
    first = next(iter(ctx.numbers_free()), None)
    return ctx.carry.listing and bool(ctx.carry.supplier and ctx.carry.recipient) and first is not None \
        and not s[:first.start].strip(" -•*–") and bool(ctx.lex.item_re.search(s, first.end, first.end + 40))


def _carried_flow(ctx: Ctx) -> tuple[str | None, str | None]:
    """The parties of the flow this sentence goes on with: the paragraph's, else the title's; a
    sentence whose subject is the cargo ("The package includes 18 howitzers", a paragraph or two
    after the package was told) may take the article's last flow."""
    supplier = ctx.carry.supplier or ctx.title.supplier
    recipient = ctx.carry.recipient or ctx.title.recipient
    if not (supplier and recipient) and ctx.carry.flows:
        opener = _extra(ctx.lex).restatement_re.match(ctx.text)
        if (opener and _names_cargo(ctx, opener.end())) or _opens_on_items(ctx):
            return ctx.carry.flows[-1]
    return supplier, recipient


def _names_cargo(ctx: Ctx, end: int) -> bool:
    """Whether the text up to `end` names the cargo or the aid: "The package includes"."""
    return bool(ctx.lex.item_re.search(ctx.text, 0, end) or ctx.lex.cargo_re.search(ctx.text, 0, end))


def _opens_on_items(ctx: Ctx) -> bool:
    """'The aid included ...', 'Il carico comprendeva ...', 'Nel dettaglio il nuovo pacchetto di
    aiuti comprende ...': a sentence whose subject, before a verb of including, is the items or the
    cargo just told, and no actor (a lead such as "in detail" may come first)."""
    s = ctx.text
    lead = _extra(ctx.lex).lead_re.match(s)
    start = lead.end() if lead else 0
    inc = _extra(ctx.lex).include_re.search(s, start, start + 60)
    if inc is None or re.search(r"[,;:]", s[start:inc.start()]) or any(a.start < inc.start() for a in ctx.actors):
        return False
    return _names_cargo(ctx, inc.start())


def _verbless_flows(ctx: Ctx, seen: set) -> list[dict]:
    """An item owned by an actor ("gli aiuti europei", "North Korean shells", "la quota europea ...
    degli aiuti") with an amount or a share in the sentence: a flow without a verb."""
    lex, s = ctx.lex, ctx.text
    numbers = [q for q in ctx.numbers_free() if q.percent or _unit_after(ctx, q)]
    out = []
    for m in lex.item_re.finditer(s):
        owner = ctx.owner_of(m.start(), m.end())
        share_noun = None
        if owner is None:
            share_noun = next((n for n in lex.share_noun_re.finditer(s, 0, m.start())), None)
            owner = ctx.owner_of(share_noun.start(), share_noun.end()) if share_noun else None
        recipient = _recipient_after(ctx, m.end())
        if recipient:
            ctx.carry.recipient = recipient  # "aiuti militari all'Ucraina" names the recipient for what follows
        if owner is None or not (numbers or recipient) or _modal_after(ctx, m.end()):
            continue
        if ctx.is_non_factual(m.start(), m.end()):
            continue  # "with Republicans blocking U.S. military aid for Ukraine": no flow that took place
        if ctx.lex.comparison_re.search(s, max(0, min(owner.start, m.start()) - 40), m.start()):
            continue  # "viene paragonato all'americano Patriot o al russo S-300": compared, not supplied
        recipient = recipient or ctx.carry.recipient or ctx.title.recipient
        if recipient:
            # the amount may follow the item here: "gli aiuti europei superano i 138 miliardi di euro"
            q = next((q for q in numbers if not q.percent and 0 < q.start - m.end() < 40), None)
            out += _row(ctx, seen, owner.code, recipient, lex.items[fold(m.group(0))], m.group(0), m.start(),
                        m.start(), quantity=q, unit=_unit_after(ctx, q) if q else None)
    return out


def _bracket_share(ctx: Ctx, a: Actor):
    """The share in brackets right after an actor: "France (6.4 per cent)", "India (30% delle vendite)"."""
    return next((q for q in ctx.numbers_free() if q.percent and q.value <= 1
                 and _extra(ctx.lex).bracket_re.fullmatch(ctx.text[a.end:q.start])), None)


def _bracket_sum(ctx: Ctx, a: Actor):
    """The sum of money in brackets right after an actor: "Norway (€1.2 billion)", "Singapore (175,1
    milioni di euro)"; with its currency."""
    q = next((q for q in ctx.numbers_free() if not q.percent
              and _extra(ctx.lex).bracket_re.fullmatch(ctx.text[a.end:q.start])), None)
    unit = _unit_after(ctx, q) if q else None
    return (q, unit) if unit in ctx.lex.currencies.values() and q.at_most(QUANTITY_MAX) else (None, None)


def _bracket_count(ctx: Ctx, a: Actor):
    """A plain count in brackets right after an actor: "Nigeria (2)"; no share, no sum."""
    q = next((q for q in ctx.numbers_free() if not q.percent
              and _extra(ctx.lex).bracket_re.fullmatch(ctx.text[a.end:q.start])), None)
    if q is None or not re.match(r"\s*\)", ctx.text[q.end:]) or not q.at_most(QUANTITY_MAX):
        return None
    return q


def _bracketed_parties(ctx: Ctx, rows: list[dict], seen: set) -> list[dict]:
    """'Two-thirds of Russian arms exports went to India (38%), China (17%), and Kazakhstan (11%)': a
    party of a flow just read that opens a list of states, each with its share in brackets, is one
    of several parties; each takes the flow with its own share (the whole's share is no one's)."""
    listed = [(a, q) for a in ctx.actors if lang.is_state(a.code) and (q := _bracket_share(ctx, a)) is not None]
    if len(listed) < 2:
        return rows
    out = []
    for r in rows:
        role = next((k for k in ("recipient", "supplier") if r[k] == listed[0][0].code), None)
        if role is None or r["share"] is None and len(rows) > 1:
            out.append(r)
            continue
        for a, q in listed:
            other = r["supplier" if role == "recipient" else "recipient"]
            key = (a.code, other, r["item"]) if role == "supplier" else (other, a.code, r["item"])
            if a.code == other or (key in seen and a is not listed[0][0]):
                continue
            seen.add(key)
            out.append({**r, role: a.code, "_pos": a.start, "share": round(q.value, 6), "share_qualifier": q.qualifier,
                        "share_of": _share_of(ctx, q) or r["share_of"]})
    return out


def _shares_apart(listed: list[dict]) -> bool:
    """Whether a list reads two or more suppliers each with a share of its own ("61 per cent ... from
    the US, 23 per cent came from the United Kingdom"): it is the sentence's reading, whatever its
    verbs gave."""
    shares = [(r["supplier"], r["share"]) for r in listed if r["share"] is not None]
    return len(shares) >= 2 and len({s for _, s in shares}) == len(shares) and len({p for p, _ in shares}) == len(shares)


def _listed_share(ctx: Ctx, a: Actor, first):
    """The share in brackets after an actor of a list, and the share whose words tell what it is a
    share of. After a `first` share, a bare number in brackets is one too: "Qatar (27 per cento delle
    vendite), Egitto (21) e Kuwait (12)", "the United States (78 per cent), France (6.4)"."""
    share = _bracket_share(ctx, a)
    if share is None and first is not None and (bare := _bracket_count(ctx, a)) is not None and bare.value <= 100:
        return replace(bare, value=bare.value / 100), first
    if share is None:
        # "61 per cent of Saudi weapon imports were shipped from the US, 23 per cent came from the
        # United Kingdom": a share a from-phrase links to the actor after it
        share = next((q for q in ctx.numbers_free() if q.percent and q.value <= 1 and q.end < a.start
                      and _extra(ctx.lex).share_from_re.fullmatch(ctx.text, q.end, a.start)), None)
    return share, share


def _counts_listed(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """'ha ceduto 8 motovedette a Filippine (3), Nigeria (2) e Bangladesh (2)': the recipients of the
    flow just read, listed after it each with its count in brackets, a row each with that count."""
    if not rows:
        return []
    flow, seen, out = rows[0], set(), []
    for a in ctx.actors:
        if a.start <= flow["_pos"] or a.code == flow["supplier"] or lang.is_armed_group(a.code):
            continue
        if (q := _bracket_count(ctx, a)) is not None:
            # (the unit the flow counted in: "motovedette", else the item's own word)
            out += _row(ctx, seen, flow["supplier"], a.code, flow["item"], flow["item_text"], a.start, a.start,
                        quantity=q, unit=flow["quantity_unit"] or flow["item_text"])
    return out if len(out) >= 2 else []


def _buyers_listed(ctx: Ctx, seen: set) -> list[dict]:
    """'I maggiori acquirenti delle armi francesi sono India (30% delle vendite) e Indonesia
    (10%)', "the main buyers of French arms were India (30%) and Indonesia (10%)": recipients
    listed with their shares; the supplier owns the item (or the buyers), else it is the one the
    paragraph or the title speaks of."""
    lex, s, x = ctx.lex, ctx.text, _extra(ctx.lex)
    noun = x.buyer_re.search(s)
    item_m = lex.item_re.search(s)
    # "the largest recipients of German military exports are Norway (€1.2 billion)": exports stand for
    # the item the paragraph or the title names, and whose they are supplies
    exports = x.exports_re.search(s, noun.end()) if noun and not item_m else None
    if not noun or not (item_m or exports):
        return []
    anchor = item_m or exports
    owner = ctx.owner_of(anchor.start(), anchor.end()) or ctx.owner_of(noun.start(), noun.end()) or \
        _demonym_by(ctx, anchor.start(), anchor.end(), ctx.actors)
    # (else the sentence's subject: "The United States remain the biggest arms seller, with the main
    # recipients being Saudi Arabia, Japan and Kuwait")
    subject = next((a for a in ctx.actors if a.end <= noun.start() and a.kind == "state"
                    and a.start <= ctx.clause_start(a.start) + 4), None)
    # (or the origin right after the item: "the top countries purchasing weapons from Israel are")
    origin = next((a for a in ctx.actors if 0 < a.start - anchor.end() < 12 and ctx.after_from(a.start)), None)
    supplier = owner.code if owner else (origin or subject).code if (origin or subject) else \
        ctx.carry.supplier or ctx.title.supplier
    item = lex.items[fold(item_m.group(0))] if item_m else ctx.carry.item or ctx.title.item or "weapons"
    if not supplier:
        return []
    # the buyers a copula lists right after the noun, with no share or sum told: a flow each
    named = x.suppliers_named_re.match(s, noun.end())
    listed = next((c for c in ctx.state_chains() if named and c[0].start == named.end()), [])
    out, first = [], None
    for a in ctx.actors:
        if a.code == supplier or a.start < noun.end() or lang.is_armed_group(a.code):
            continue
        share, of = _listed_share(ctx, a, first)
        first = first or share
        amount, unit = (None, None) if share else _bracket_sum(ctx, a)
        if share is None and amount is None and (a not in listed or first is not None):
            continue
        for r in _row(ctx, seen, supplier, a.code, item, anchor.group(0), a.start, anchor.start(), quantity=amount,
                      unit=unit):
            if share is not None:
                r.update(share=round(share.value, 6), share_qualifier=share.qualifier, share_of=_share_of(ctx, of))
            out.append(r)
    return out


def _listed(ctx: Ctx, seen: set) -> list[dict]:
    """Suppliers listed with their share or amount, the way arms-transfer reports write them:
    "its main suppliers were the United States (78 per cent), France (6.4 per cent)", "its
    imports included 36 combat aircraft from France, 36 from the United States". The recipient
    is the one the paragraph or the title speaks of; the item, the sentence's, the paragraph's or
    the title's."""
    lex, s = ctx.lex, ctx.text
    x = _extra(lex)
    if not (lex.supplier_nouns.search(s) or x.imports_re.search(s)):
        return []
    # whose imports they are, when the sentence says it ("Morocco's imports", "le importazioni del
    # Marocco"); else the one the paragraph or the title speaks of
    noun = x.imports_re.search(s)
    owner = ctx.owner_of(noun.start(), noun.end()) if noun else None
    owner = owner or next((a for a in ctx.actors if noun and 0 < a.start - noun.end() < 14
                           and x.owner_link_re.fullmatch(s[noun.end():a.start].strip())), None)
    # (or the genitive after the noun of suppliers, past an item: "I principali fornitori di armi dell'Egitto")
    suppliers = lex.supplier_nouns.search(s)
    owner = owner or next((a for a in ctx.actors if suppliers and 0 < a.start - suppliers.end() < 30
                           and x.owner_link_re.fullmatch(_without_items(ctx, s[suppliers.end():a.start]).strip())), None)
    # (or a people's name before it, past an item word: "Saudi weapon imports")
    owner = owner or (_demonym_by(ctx, noun.start(), noun.end(), ctx.actors) if noun else None) or next(
        (a for a in ctx.actors if noun and a.kind == "demonym" and 0 < noun.start() - a.end < 20
         and lex.item_re.fullmatch(s[a.end:noun.start()].strip())), None)
    recipient = (owner.code if owner else None) or ctx.carry.recipient or ctx.title.recipient or ctx.title.home
    item_m = lex.item_re.search(s)
    item = lex.items[fold(item_m.group(0))] if item_m else ctx.carry.item or ctx.title.item
    if not recipient or not item:
        return []
    numbers = ctx.numbers_free()
    out: list[dict] = []
    first = None
    # (a list a plan opens is no fact: "deliveries are scheduled for the next five years, including 2
    # frigates from China")
    modal = ctx.lex.non_factual.search(s)
    for a in ctx.actors:
        if a.code == recipient or lang.is_armed_group(a.code) or (modal is not None and modal.start() < a.start):
            continue
        share, of = _listed_share(ctx, a, first)
        first = first or share
        # "36 combat aircraft from France", "36 from the United States": an amount from the supplier
        amount = next((q for q in numbers if not q.percent and q.end < a.start
                       and x.from_list_re.fullmatch(s[q.end:a.start])), None)
        # the amount's unit: the noun after it, or the item's ("36 combat aircraft"), or the one
        # before in the list ("36 from the United States"); none, no amount
        unit = (_unit_after(ctx, amount) or (lex.units.get(fold(item_m.group(0))) if item_m else None)
                or (out[-1]["quantity_unit"] if out else None)) if amount else None
        if share is None and unit is None:
            continue
        # an item named right after the amount is its own: "as well as 3 frigates from Italy"
        own = lex.item_re.match(s, amount.end + 1) if amount else None
        own_item, text = (lex.items[fold(own.group(0))], own.group(0)) if own else \
            (item, item_m.group(0) if item_m else item)
        rows = _row(ctx, seen, a.code, recipient, own_item, text, a.start, own.start() if own else
                    item_m.start() if item_m else a.start, quantity=amount if unit else None, unit=unit)
        for r in rows:
            if share is not None:
                # (a bare share after the first is of the same whole: "the United States (29% of global
                # arms exports), Russia (27%)")
                r.update(share=round(share.value, 6), share_qualifier=share.qualifier,
                         share_of=_share_of(ctx, of) or (_share_of(ctx, first) if first is not None else None))
        out += rows
    return out


def _without_items(ctx: Ctx, text: str) -> str:
    """The words between a noun and its owner, an item's phrase taken out: " di armi dell'" -> " dell'"."""
    item = ctx.lex.item_re.search(text)
    if item is None:
        return text
    return text[item.end():] if re.fullmatch(r"\s*(?:[^\W\d_]+['’]?\s*)?", text[:item.start()]) else text


def _restated_share(ctx: Ctx, seen: set) -> list[dict]:
    """'Some officials put the share even higher, at up to 60%': the flow of the sentence before."""
    lex, carry = ctx.lex, ctx.carry
    if not (carry.item and carry.supplier and carry.recipient) or lex.item_re.search(ctx.text):
        return []
    noun = lex.share_noun_re.search(ctx.text)
    share = next((q for q in ctx.numbers_free() if q.percent and q.value <= 1 and noun and q.start > noun.start()), None)
    if share is None:
        return []
    # no item is written here: the share noun is what the sentence calls it
    row = _row(ctx, seen, carry.supplier, carry.recipient, carry.item, noun.group(0), noun.start(), share.end + 1)
    for r in row:
        r.update(share=round(share.value, 6), share_qualifier=share.qualifier, share_of=carry.share_of)
    return row


def _recipient_after(ctx: Ctx, end: int) -> str | None:
    """'aiuti militari all'Ucraina', 'rockets to Russia': an actor after a to-preposition."""
    for a in sorted(ctx.actors, key=lambda a: a.start):
        if 0 <= a.start - end <= 25 and ctx.lex.to_re.search(ctx.text[end:a.start]):
            return a.code
    return None


def _share_of(ctx: Ctx, share) -> str | None:
    rest = ctx.text[share.end:]
    m = ctx.lex.share_of_re.match(rest)
    if not m:
        return None
    # (a bracket closes it too: "Russia (accounting for 75% of imports)")
    phrase = re.split(r"[,;.)]|\s(?:e|and|che|that)\s", rest[m.end():], maxsplit=1)[0]
    # "half of all the artillery shells used by Russia are supplied by North Korea": the whole ends
    # where its verb starts (a copula or the verb of supplying)
    for verbs in (ctx.lex.supply_verbs, ctx.lex.receive_verbs):
        verb = verbs.search(phrase)
        phrase = phrase[:verb.start()] if verb else phrase
    words = phrase.split(" ")
    cut = next((i for i, w in enumerate(words) if i and fold(w) in _copulas(ctx.lex.pack.code)), len(words))
    return " ".join(words[:cut]).strip() or None


@cache
def _copulas(code: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang.load(code).section("casualties").get("copulas", []) if " " not in w)


CALIBRE = re.compile(r"^\s*\d+(?:[.,]\d+)?\s?-?mm(?![\w])", re.IGNORECASE)


def _unit_after(ctx: Ctx, q) -> str | None:
    """The currency or unit named right after a number: '72 miliardi di euro', '$20 billion',
    '20.000 container', '12 milioni di proiettili'."""
    lex = ctx.lex
    after = ctx.text[q.end:]
    cur = lex.currency_re.match(after) or re.search(r"[$€£]", q.text)
    # (a calibre may stand between: "twenty 120 mm mortar systems", "18 155-mm howitzers")
    after = CALIBRE.sub("", after, count=1) if not cur else after
    if cur:
        sym = cur.group(0).strip().split()[-1]
        return lex.currencies.get(fold(sym), sym.upper())
    unit = lex.unit_re.match(after)
    # "1,700 Iranian-made drones", "200 missili iraniani"... : a maker may stand between number and unit
    maker = next((a for a in ctx.actors if a.start >= q.end and not ctx.text[q.end:a.start].strip()), None)
    if not unit and maker:
        unit = lex.unit_re.match(ctx.text[maker.end:])
    if unit:
        return lex.units[fold(unit.group("unit"))]
    return None


def _currency_amount(ctx: Ctx, start: int, end: int) -> bool:
    return any(start <= q.start < end and _unit_after(ctx, q) in ctx.lex.currencies.values()
               for q in ctx.numbers_free())


def _worth_of(ctx: Ctx, item_start: int) -> bool:
    """Whether a sum stands right before the item as its worth: "bought $406 million worth of arms",
    "ha importato 1 miliardo di dollari in armi" (the item is the arms, the sum their value)."""
    for q in ctx.numbers_free():
        if q.end <= item_start and item_start - q.end < 40 and _unit_after(ctx, q) in ctx.lex.currencies.values():
            cur = ctx.lex.currency_re.match(ctx.text, q.end)
            if _extra(ctx.lex).value_link_re.fullmatch(ctx.text, cur.end() if cur else q.end, item_start):
                return True
    return False


def _quantity(ctx: Ctx, item_start: int):
    """The amount of an item: the nearest number before it that names a currency or a unit;
    failing that, a sum linked right after it ("aiuti militari per circa 80 miliardi di euro",
    "un pacchetto da 61 miliardi di dollari", "an aid package worth $3 billion")."""
    q, unit = _quantity_before(ctx, item_start)
    if q is None and (m := ctx.lex.item_re.match(ctx.text, item_start)):
        # (the recipient or a word may stand between: "assistenza militare all'Ucraina per circa 50
        # miliardi di dollari", "'assistenza militare diretta' per")
        # (or a comma: "63% of Pakistan's arms imports, amounting to $5.28 billion")
        link = next((k for k in _extra(ctx.lex).amount_link_re.finditer(ctx.text, m.end(), m.end() + 45)
                     if not re.search(r"[\d,;.:]", ctx.text[m.end():k.start()].rstrip().removesuffix(","))), None)
        after = link and next((q for q in ctx.numbers_free() if link.end() in (q.start, q.num_start) and not q.percent),
                              None)
        unit = after and _unit_after(ctx, after)
        if after and unit in ctx.lex.currencies.values() and after.at_most(QUANTITY_MAX):
            return after, unit
        # (a model's number may stand between: "caccia F-16, composta da sei aerei")
        made = next((k for k in _extra(ctx.lex).makeup_link_re.finditer(ctx.text, m.end(), m.end() + 80)
                     if not re.search(r"[;.:]", ctx.text[m.end():k.start()])
                     and not any(m.end() <= q.start < k.start() for q in ctx.numbers_free())), None)
        count = made and next((q for q in ctx.numbers_free() if made.end() in (q.start, q.num_start) and not q.percent),
                              None)
        unit = count and _unit_after(ctx, count)
        if count and unit and unit not in ctx.lex.currencies.values() and count.at_most(QUANTITY_MAX):
            return count, unit
        return None, None
    return q, unit


@cache
def _item_units() -> dict[str, str]:
    return lang.knowledge("weapons")["item_units"]


@cache
def _models() -> frozenset[str]:
    return frozenset(fold(w) for words in lang.knowledge("weapons")["model_items"].values() for w in words)


def _model_unit(ctx: Ctx, word: str) -> str | None:
    """The unit of a count of an item named with none of its own ("16 HIMARS", "four radar"): its
    kind's; a model's alone for some kinds ("3,000 JDAMs" are bombs, "machine gun rounds" none)."""
    kind = ctx.lex.items[fold(word)]
    return _item_units().get(kind) or (lang.knowledge("weapons")["model_units"].get(kind)
                                       if fold(word) in _models() else None)



# a capitalised name right before a number: the number may be the name's ("Leopard 2")
MODEL_NAME = re.compile(r"(?<=\s)[A-Z][\w-]*\s+$")  # (not a sentence's first word: "The $95 billion")


def _quantity_before(ctx: Ctx, item_start: int):
    item = ctx.lex.item_re.match(ctx.text, item_start)
    for q in sorted(ctx.numbers_free(), key=lambda q: abs(item_start - q.end)):
        if q.percent or q.weak or q.end > item_start or item_start - q.end > 45 or not q.at_most(QUANTITY_MAX):
            continue
        if ctx.lex.item_re.search(ctx.text, q.end, item_start):
            continue  # the number counts the item between them ("150 missili ..., oltre a obici")
        if ctx.text[q.start - 1:q.start] in ("/", "#"):
            continue  # "F-16 Block 70/72": a model's second number
        name = MODEL_NAME.search(ctx.text, max(0, q.start - 30), q.start)
        if name and not any(a.start <= name.start() < a.end for a in ctx.actors):
            continue  # a model's number ("four Wisent 1 tanks", "14 Leopard 2 tanks"), no count
        unit = _unit_after(ctx, q)
        if not unit and q.value >= 1e6 and item_start - q.end <= 20:
            # a bare sum beside sums in one currency is in it too: "23,6 miliardi di dollari in aiuti
            # militari e altri 3,4 miliardi per la difesa missilistica"
            unit = _sentence_currency(ctx)
        if unit:
            # "due dei cinque sistemi", "two of its five systems": the part given, not the stock;
            # but "seventy of 250 drones supplied to Russia (were destroyed)" supplied the 250
            given = item and ctx.lex.supply_verbs.match(ctx.text, item.end() + 1)
            part = None if given else next((p for p in ctx.numbers_free() if p.end <= q.start and not p.percent
                                            and PART_OF.fullmatch(ctx.text, p.end, q.start)), None)
            return (part, unit) if part else (q, unit)
        # "16 HIMARS", "12 F-16": an item named with no unit of its own, right after its count
        if item and re.fullmatch(r"\s+(?:[A-Z][\w-]*\s+)?", ctx.text[q.end:item_start]):
            unit = _model_unit(ctx, item.group(0))
            if unit:
                return q, unit
    return None, None
