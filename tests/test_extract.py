"""Extraction, on sentences written for these tests and on the dev corpus."""
from pathlib import Path

import pytest

from conftest import doc_relations, gold_relations
from kg.extract import extract
from kg.mentions import find_mentions
from kg.text import analyse


def facts(text: str) -> set[tuple]:
    doc = extract(text, "t")
    out = set()
    for f in doc.relations:
        s = doc.characters[f.s].label
        o = (doc.prisons[f.o].label if f.p == "wardenOf" else doc.characters[f.o].label)
        if f.p == "cellmateOf":
            s, o = sorted([s, o])
        out.add((s, f.p, o))
    return out


def cell_pairs(members) -> set[tuple]:
    """Every pair of a cell's members, as ``facts`` writes a cellmate."""
    return {(*sorted([a, b])[:1], "cellmateOf", sorted([a, b])[1])
            for i, a in enumerate(members) for b in members[i + 1:]}


def roles(text: str) -> dict[str, set[str]]:
    return {c.label: set(c.roles) for c in extract(text, "t").characters}


# The phrasings each batch of summaries brought, gathered batch by batch below and checked by
# the three tests at the end: a relation found, a role given, a cell's every pair found.
_RELATIONS: list = []
_ROLES: list = []
_CELLS: list = []


def _batch(name: str, cases: list[tuple]) -> list:
    """The cases of one batch, each with an id that names the batch: "co-1", "co-2"."""
    return [pytest.param(*case, id=f"{name}-{n}") for n, case in enumerate(cases, 1)]


@pytest.mark.parametrize("text, fact", [
    # framedBy: passive, active, relative clause, planted evidence, both languages
    ("Harvey Bell (Dan Ormond) is framed by his partner Oscar Vail.", ("Harvey Bell", "framedBy", "Oscar Vail")),
    ("Oscar Vail frames Harvey Bell for the robbery.", ("Harvey Bell", "framedBy", "Oscar Vail")),
    ("Harvey Bell swears he is innocent. Oscar Vail had framed him to pay a debt.",
     ("Harvey Bell", "framedBy", "Oscar Vail")),
    ("Guido Ferro viene incastrato da Aldo Serra, un usuraio.", ("Guido Ferro", "framedBy", "Aldo Serra")),
    ("Guido Ferro non paga. Aldo Serra lo incastra.", ("Guido Ferro", "framedBy", "Aldo Serra")),
    ("Ugo Tessa, il pugile, viene arrestato. È stato Aldo Serra a incastrarlo.",
     ("Ugo Tessa", "framedBy", "Aldo Serra")),
    ("Before the search, Otto Marsh hides a razor in Carl Wend's bunk.", ("Carl Wend", "framedBy", "Otto Marsh")),
    ("Prima della perquisizione Otto Marsi nasconde un coltello nella branda di Carlo Venti.",
     ("Carlo Venti", "framedBy", "Otto Marsi")),
    # instigators
    ("On the orders of Sgt. Pike, Otto Marsh plants a gun in Carl Wend's locker.", ("Carl Wend", "framedBy", "Pike")),
    ("Su ordine di Bruno Lazzi, Otto Marsi nasconde la droga nel letto di Carlo Venti.",
     ("Carlo Venti", "framedBy", "Bruno Lazzi")),
    # informerOf, to an authority
    ("Leo Grant, a convict, informs Warden Hobbs of the escape.", ("Leo Grant", "informerOf", "Hobbs")),
    ("Leo Grant is a stool pigeon for Capt. Nash, the captain of the guards.", ("Leo Grant", "informerOf", "Nash")),
    ("Il detenuto Lino Sarti fa la spia al direttore.", ("Lino Sarti", "informerOf", "the warden")),
    ("Lino Sarti, un detenuto che è anche confidente del maresciallo Ugo Berti, parla poco.",
     ("Lino Sarti", "informerOf", "Ugo Berti")),
    # cellmateOf, with three people and from a possessive
    ("Kip Dorn is put in a cell with Abe Lutz and Sam Orr.", ("Kip Dorn", "cellmateOf", "Sam Orr")),
    ("Kip Dorn is put in a cell with Abe Lutz and Sam Orr.", ("Abe Lutz", "cellmateOf", "Sam Orr")),
    ("Il compagno di cella di Nino Rea è Tito Bassi.", ("Nino Rea", "cellmateOf", "Tito Bassi")),
    ("Nino Rea viene condannato. Divide la cella con Tito Bassi.", ("Nino Rea", "cellmateOf", "Tito Bassi")),
    ("Abe Lutz is Kip Dorn's new cellmate.", ("Abe Lutz", "cellmateOf", "Kip Dorn")),
    ("Kip Dorn soon meets Kip's cellmate, an old forger named Abe Lutz.", ("Abe Lutz", "cellmateOf", "Kip Dorn")),
    ("Kip Dorn becomes cellmates with Abe Lutz.", ("Abe Lutz", "cellmateOf", "Kip Dorn")),
    ("Nino Rea e Tito Bassi dividono la stessa cella.", ("Nino Rea", "cellmateOf", "Tito Bassi")),
    ("Leo Grant tells Warden Hobbs about the escape plan.", ("Leo Grant", "informerOf", "Hobbs")),
    ("Leo Grani avverte il direttore del piano di evasione.", ("Leo Grani", "informerOf", "the warden")),
    ("Leo Grant is revealed to be an informant for Capt. Nash of the guards.", ("Leo Grant", "informerOf", "Nash")),
    # wardenOf the prison named beside the warden
    ("Blackmoor Prison is run by Warden Ezra Hale.", ("Ezra Hale", "wardenOf", "Blackmoor Prison")),
    # a pronoun that looks ahead to the main clause; perjury and a crime pinned on someone
    ("After Jonas Reed framed him for the fire, Walt Emery is sent to Blackmoor Prison.",
     ("Walt Emery", "framedBy", "Jonas Reed")),
    ("Dopo che Iacopo Rienzi lo ha incastrato, Walter Emeri finisce in carcere.",
     ("Walter Emeri", "framedBy", "Iacopo Rienzi")),
    ("Walt Emery goes to jail after his uncle Jonas testifies falsely against him.",
     ("Walt Emery", "framedBy", "Jonas")),
    ("Jonas Reed pins the shooting on his nephew Walt.", ("Walt", "framedBy", "Jonas Reed")),
    ("Walter Emeri viene incastrato dallo zio Iacopo Rienzi.", ("Walter Emeri", "framedBy", "Iacopo Rienzi")),
    # informing for, selling out to
    ("Leo Grant has been informing for Capt. Nash since the riot.", ("Leo Grant", "informerOf", "Nash")),
    ("Leo Grant sells out Kip Dorn to Warden Hobbs.", ("Leo Grant", "informerOf", "Hobbs")),
    # cellmates introduced by a description or an apposition
    ("Kip Dorn shares a cell with a young car thief named Abe Lutz.", ("Abe Lutz", "cellmateOf", "Kip Dorn")),
    ("Abe Lutz, Kip Dorn's cellmate, dies in the fire.", ("Abe Lutz", "cellmateOf", "Kip Dorn")),
    ("The cellmate of Kip Dorn, Abe Lutz, keeps a diary.", ("Abe Lutz", "cellmateOf", "Kip Dorn")),
    ("Nino Rea divide la cella con un vecchio scassinatore, Tito Bassi.", ("Nino Rea", "cellmateOf", "Tito Bassi")),
    ("Il compagno di cella di Nino Rea, Tito Bassi, scrive lettere.", ("Nino Rea", "cellmateOf", "Tito Bassi")),
    ("Nino Rea litiga con il suo compagno di cella Tito Bassi.", ("Nino Rea", "cellmateOf", "Tito Bassi")),
    # participles, "the one who", a split phrasal verb, a shared cell, a possessor
    ("Hank Lowry, framed by Dale Pruitt for the arson, is sent to Granger Prison.",
     ("Hank Lowry", "framedBy", "Dale Pruitt")),
    ("Hank Lowry finds out that Dale Pruitt was the man who framed him.", ("Hank Lowry", "framedBy", "Dale Pruitt")),
    ("Dale Pruitt had set Hank Lowry up for the arson.", ("Hank Lowry", "framedBy", "Dale Pruitt")),
    ("Hank Lowry and Ike Tully share a cell in Granger Prison.", ("Hank Lowry", "cellmateOf", "Ike Tully")),
    ("Ike Tully, the warden's stool pigeon, watches the yard of Granger Prison.",
     ("Ike Tully", "informerOf", "the warden")),
    ("Enzo Lauri, incastrato da Dario Pruzzi, viene processato.", ("Enzo Lauri", "framedBy", "Dario Pruzzi")),
    ("Dario Pruzzi fa ricadere la colpa dell'incendio su Enzo Lauri.", ("Enzo Lauri", "framedBy", "Dario Pruzzi")),
    ("Ivo Tulli e Enzo Lauri sono compagni di cella.", ("Enzo Lauri", "cellmateOf", "Ivo Tulli")),
    ("Nel carcere, Ivo Tulli denuncia Enzo al direttore.", ("Ivo Tulli", "informerOf", "the warden")),
    # evidence hidden in someone's home, a participle far from its subject, false charges
    ("Nat Ormsby is arrested after Cole Vardy hides a pistol in his garage.", ("Nat Ormsby", "framedBy", "Cole Vardy")),
    ("Nat Ormsby lands in Granger Prison, framed for a theft he never committed by Cole Vardy.",
     ("Nat Ormsby", "framedBy", "Cole Vardy")),
    ("Cole Vardy has Nat Ormsby arrested on trumped-up charges.", ("Nat Ormsby", "framedBy", "Cole Vardy")),
    ("Carlo Vardi fa condannare Nato Orsi con prove false.", ("Nato Orsi", "framedBy", "Carlo Vardi")),
    # one short sentence whose function words are shared by both languages: prison nouns decide
    ("Nato Orsi finisce in cella con Carlo Vardi.", ("Carlo Vardi", "cellmateOf", "Nato Orsi")),
    # a role noun before a name belongs to that name, not to a name before the comma
    ("In carcere, su ordine di Bruno Lazzi, la guardia Ezio Fanti nasconde un coltello nella branda di Carlo Venti.",
     ("Carlo Venti", "framedBy", "Ezio Fanti")),
    # evidence left to be found, fabricated evidence, a bought witness, an accomplice
    ("Rudy Kalb arranges for the stolen furs to be found in Ned Pryor's truck.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Rudy Kalb fabricates evidence against Ned Pryor.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ned Pryor is convicted after Rudy Kalb bribes a witness to testify against him.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Rudy Kalb, with the help of a guard named Orrin Tabb, hides a pistol under Ned Pryor's bunk.",
     ("Ned Pryor", "framedBy", "Orrin Tabb")),
    ("Rudy Kalb doctors the books so that the losses seem to come from Ned Pryor's desk.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Nedo Prati è innocente. Rino Galbiati paga un testimone perché lo accusi.",
     ("Nedo Prati", "framedBy", "Rino Galbiati")),
    ("Nedo Prati viene arrestato: Rino Galbiati gli ha fatto trovare la refurtiva nella valigia.",
     ("Nedo Prati", "framedBy", "Rino Galbiati")),
    ("Rina Galli ha fatto in modo che i sospetti ricadessero su Nella Prati.", ("Nella Prati", "framedBy", "Rina Galli")),
    ("Con l'aiuto della guardia Osvaldo Tani, Rino Galbiati nasconde un coltello nella branda di Nedo Prati.",
     ("Nedo Prati", "framedBy", "Osvaldo Tani")),
    # cellmates: celled with, the same cell as, a cell assigned, those found in one's cell
    ("In the county jail Ned Pryor is celled with Amos Wirth.", ("Amos Wirth", "cellmateOf", "Ned Pryor")),
    ("Ned Pryor sleeps in the same cell as Amos Wirth.", ("Amos Wirth", "cellmateOf", "Ned Pryor")),
    ("Ned Pryor shares a cell with Amos Wirth, a forger, and with the silent Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Nedo Prati arriva in carcere. Il direttore gli assegna una cella insieme a Lino Sarri.",
     ("Lino Sarri", "cellmateOf", "Nedo Prati")),
    ("In cella Nedo Prati trova Lino Sarri, un vecchio ladro, e la giovane Ilio Brà.",
     ("Ilio Brà", "cellmateOf", "Nedo Prati")),
    # informers: a described subject, passing on everything, used as an informer, for him
    ("When the riot starts, a young inmate named Lew Hatch reports the plan to Warden Sloat.",
     ("Lew Hatch", "informerOf", "Sloat")),
    ("Lew Hatch tells Capt. Rusk whatever he hears in the yard.", ("Lew Hatch", "informerOf", "Rusk")),
    ("Capt. Rusk uses Lew Hatch as an informer.", ("Lew Hatch", "informerOf", "Rusk")),
    ("Capt. Rusk learns of the plan from Lew Hatch, an inmate who snitches for him.",
     ("Lew Hatch", "informerOf", "Rusk")),
    ("Ned Pryor finds out that Lew Hatch has been Capt. Rusk's informant all along.",
     ("Lew Hatch", "informerOf", "Rusk")),
    ("Il maresciallo Oreste Rulli si serve di un detenuto, Lino Sarri, come informatore.",
     ("Lino Sarri", "informerOf", "Oreste Rulli")),
    ("Il maresciallo Oreste Rulli tormenta i detenuti. Lino Sarri, un detenuto, gli riferisce tutto.",
     ("Lino Sarri", "informerOf", "Oreste Rulli")),
    ("Lino Sarri corre ad avvertire il direttore.", ("Lino Sarri", "informerOf", "the warden")),
    # a description standing for its character later
    ("Ned Pryor meets Amos Wirth, an aging safecracker. Later the safecracker informs Warden Sloat of the break.",
     ("Amos Wirth", "informerOf", "Sloat")),
    # wardens who run a prison, and its name ending in Farm
    ("Ned Pryor is sent to Hollow Creek Prison Farm, run by Major Eli Stroud.",
     ("Eli Stroud", "wardenOf", "Hollow Creek Prison Farm")),
    ("Nedo Prati finisce nel carcere di Valdorso, diretto da Ettore Sala.", ("Ettore Sala", "wardenOf", "carcere di Valdorso")),
    # a framer named after a long description; a pronoun in a relative clause; falsely accused by
    ("Ned Pryor was set up by a crooked vice squad officer, Rudy Kalb, who hid cocaine in his car.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ned Pryor and Amos Wirth are falsely accused by Lew Hatch of stealing the keys.",
     ("Amos Wirth", "framedBy", "Lew Hatch")),
    ("Rudy Kalb's men planted the gun in Ned Pryor's guitar case.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Gli uomini di Rino Galbiati nascondono la droga nella branda di Nedo Prati.",
     ("Nedo Prati", "framedBy", "Rino Galbiati")),
    ("Nedo Prati rifiuta il lavoro. Rino Galbiati lo fa arrestare con false accuse.",
     ("Nedo Prati", "framedBy", "Rino Galbiati")),
    ("Nedo Prati viene accusato ingiustamente da Rino Galbiati.", ("Nedo Prati", "framedBy", "Rino Galbiati")),
    # cellmates described before their names
    ("Ned Pryor shares a cell with two old cons, the forger Amos Wirth and a quiet thief, Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Nedo Prati divide la cella con due detenuti, il borsaiolo Lino Sarri e l'anziano Ugo Brai.",
     ("Nedo Prati", "cellmateOf", "Ugo Brai")),
    # informing: told by someone; a plan that does not reach a verb in its own tense
    ("Warden Sloat, tipped off by Lew Hatch, searches the laundry.", ("Lew Hatch", "informerOf", "Sloat")),
    ("Il direttore, informato da Lino Sarri, fa perquisire la cella.", ("Lino Sarri", "informerOf", "the warden")),
    ("Lino Sarri accetta di fare la spia per il maresciallo Rulli e gli racconta quello che sente.",
     ("Lino Sarri", "informerOf", "Rulli")),
    # the commander of a camp is its warden
    ("Il comandante del campo, il colonnello Otto Kranz, punisce i prigionieri del campo di prigionia.",
     ("Otto Kranz", "wardenOf", None)),
    # frames told as a conviction engineered, perjury, a false report
    ("Ned Pryor is railroaded onto a chain gang by a crooked sheriff, Amos Wirth.",
     ("Ned Pryor", "framedBy", "Amos Wirth")),
    ("Rudy Kalb lies on the stand to send Ned Pryor to Granger Prison.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ned Pryor's parole is denied after Rudy Kalb falsely reports that he struck a guard.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Il commissario Rulli fa nascondere un pacco di sigarette e una pistola nel magazzino di Ugo Sarri.",
     ("Ugo Sarri", "framedBy", "Rulli")),
    # informing: tales carried, a recruit, a spy named after the role noun
    ("Lew Hatch carries tales to Sgt. Rex Keel about the other convicts.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Warden Sloat recruits a trusty, Lew Hatch, to report to him whatever is said.",
     ("Lew Hatch", "informerOf", "Sloat")),
    ("Ugo Sarri scopre che la spia è Lino Brai, che comincia a riferire al capoguardia Rulli i discorsi dei detenuti.",
     ("Lino Brai", "informerOf", "Rulli")),
    # cellmates: the one locked in is the object; a description of three words
    ("The warden, Captain Rex Keel, locks Ned Pryor in the same cell as two convicts, the old silent forger "
     "Lew Hatch and a giant called Moose.", ("Moose", "cellmateOf", "Ned Pryor")),
    # a prison on an island, run with an adverbial between
    ("Ugo Sarri viene trasferito nel penitenziario dell'isola di Val Nera, diretto con pugno di ferro "
     "dal colonnello Leo Brai.", ("Leo Brai", "wardenOf", "penitenziario dell'isola di Val Nera")),
    # subjects: an apposition named after its description, a name in its role noun's place
    ("Ned Pryor is planning a break, but one of his men, a weaselly forger named Lew Hatch, has been selling "
     "information to Sgt. Rex Keel for months.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("At Granger Prison Lew Hatch meets a guard, Rex Keel, every week to pass him news from the cell block.",
     ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Tough guy Ned Pryor is sent to Granger Prison. His cellmate is Lew Hatch, a forger.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    # blame moved onto someone, evidence someone has hidden by another
    ("The killing had been committed by Rudy Kalb, who shifted the blame onto Ned Pryor.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Rudy Kalb has a knife hidden under Ned Pryor's mattress.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    # Italian: a cleft naming who set the trap, a cellmate of a list, a confidant, a denunciation
    ("Ugo Sarri viene accusato del furto. A organizzare la trappola è stato il boss Leo Brai.",
     ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Ugo Sarri viene rinchiuso nel carcere di Val Nera, dove diventa compagno di cella di Nedo Prati, "
     "un vecchio ladro, e del taciturno Lino Brai.", ("Lino Brai", "cellmateOf", "Ugo Sarri")),
    ("Lino Brai fa da confidente al maresciallo delle guardie Rulli.", ("Lino Brai", "informerOf", "Rulli")),
    ("Il direttore Rulli si serve di un ragazzo, Lino, per sapere tutto quello che si dice nel riformatorio.",
     ("Lino", "informerOf", "Rulli")),
    ("Quando Ugo Sarri organizza una fuga, Lino Brai lo denuncia alla guardia Rulli.",
     ("Lino Brai", "informerOf", "Rulli")),
    # a rank used later as a description; a prison named by an apposition
    ("The superintendent, Colonel Amos Wirth, trusts no one. Lew Hatch reports every escape plan to the colonel.",
     ("Lew Hatch", "informerOf", "Amos Wirth")),
    ("Ned Pryor is sent to Delta Farm, a brutal prison plantation. The farm's superintendent, Amos Wirth, "
     "whips him.", ("Amos Wirth", "wardenOf", "Delta Farm")),
    ("Ned Pryor is convicted of the robbery. The frame-up had been engineered by his partner, Rudy Kalb.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ned Pryor swears he is innocent. It was Rudy Kalb who framed him.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    # guilt left to another; evidence planted by someone, the victim the topic; an order given by a causative
    ("The payroll was stolen by Rudy Kalb, who lets Ned Pryor take the fall.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ned Pryor is arrested when a pistol turns up in his trunk. The pistol had been planted by his brother-in-law, "
     "Rudy Kalb.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ned Pryor did not rob the bank; the robbery was arranged by Rudy Kalb, who had a detective plant the loot "
     "in Ned Pryor's garage.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ned Pryor is charged with fraud after his partner, Rudy Kalb, forged his signature on the cheques.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ugo Sarri viene arrestato per truffa dopo che il socio, Leo Brai, ha falsificato la sua firma.",
     ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Leo Brai ha nascosto la refurtiva nella barca di Ugo Sarri per sviare i sospetti.",
     ("Ugo Sarri", "framedBy", "Leo Brai")),
    # informing: kept informed, the particle after its object, rumours carried, a name given away
    ("Lew Hatch, a trusty, keeps Sgt. Rex Keel informed of everything the men say.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("When Ned Pryor hides a file, Lew Hatch rats him out to Sgt. Rex Keel.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Lew Hatch carries every rumour from the yard straight to Sgt. Rex Keel.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Lew Hatch gives Ned Pryor's name to Sgt. Rex Keel.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Quando Ugo progetta la fuga, Lino Brai fa il suo nome al maresciallo Rulli.", ("Lino Brai", "informerOf", "Rulli")),
    ("Nel carcere di Val Nera, Lino Brai fa la spia per conto del capoguardia Rulli.", ("Lino Brai", "informerOf", "Rulli")),
    # cellmates: moved into someone's cell; met in a numbered cell
    ("Inside, Ned Pryor is moved into the cell of Lew Hatch, an old forger.", ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Nella cella numero 9 Ugo Sarri conosce Nedo Prati, un vecchio ladro.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    # a plan inside an opening subordinate clause does not reach the main clause
    ("When Ned Pryor and Ike Tully plan to escape through the laundry, Lew Hatch turns out to be an informer "
     "for Sgt. Rex Keel.", ("Lew Hatch", "informerOf", "Rex Keel")),
    # bought witnesses, the culprit's own testimony, a denunciation that invents the charge
    ("Rudy Kalb paid two witnesses to swear that they had seen Ned Pryor near the bank.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Rudy Kalb, the real thief, testifies against Ned Pryor to save himself.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Rudy Kalb reports Ned Pryor to the police with a made-up story about stolen guns.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ugo Sarri viene arrestato dopo che Leo Brai lo ha denunciato ai carabinieri inventando che nascondeva armi.",
     ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Nel carcere di Val Nera un detenuto, Lino Brai, fa la spia per il maresciallo Rulli.",
     ("Lino Brai", "informerOf", "Rulli")),
    # a possessive inside a prison's name; a well-known prison's name ends before the next name
    ("Ada Lenz is sent to the Harmon County Women's Prison, run by Warden Ida Marsh.",
     ("Ida Marsh", "wardenOf", "Harmon County Women's Prison")),
    ("Nel carcere di Regina Coeli Ugo Sarri divide la cella con Nedo Prati.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    # a colon opens a clause with its own subject; a subject led by a possessive and a description
    ("Ned Pryor learns the truth: his old partner Rudy Kalb had hidden the loot in Ned's garage.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    # someone else's plans reported; "tells him about every…"; a charge left to fall on another
    ("At Granger Prison, Lew Hatch begins reporting Ned Pryor's plans to Sgt. Rex Keel.",
     ("Lew Hatch", "informerOf", "Rex Keel")),
    ("At Granger Prison, Sgt. Rex Keel relies on a trusty named Lew Hatch, who tells him about every card game.",
     ("Lew Hatch", "informerOf", "Rex Keel")),
    ("The shot was fired by Rudy Kalb, who let the charge fall on Ned Pryor.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Il colpo era di Leo Brai, che lascia ricadere la colpa su Ugo Sarri.", ("Ugo Sarri", "framedBy", "Leo Brai")),
    # a prison run by its head, with a place between
    ("It begins in a labour camp in the Karoo run by Major Ivo Strand.", ("Ivo Strand", "wardenOf", None)),
    # the cell named first; an informer introduced by his role in apposition
    ("Nel carcere di Val Nera, in cella Ugo Sarri divide lo spazio con due detenuti, il sardo Nedo Prati e il "
     "ladro Lino Brai.", ("Lino Brai", "cellmateOf", "Nedo Prati")),
    ("Nel carcere di Val Nera il capoguardia Rulli si serve di un detenuto, Lino Brai, per sapere tutto.",
     ("Lino Brai", "informerOf", "Rulli")),
    # a clitic does not reach back into a closed relative clause
    ("Nel carcere di Val Nera il capoguardia Rulli, che odia Ugo Sarri, tiene d'occhio la cella: Lino Brai gli "
     "riferisce ogni parola.", ("Lino Brai", "informerOf", "Rulli")),
    # batch n: a subject led by a possessive after a clause opener; a British head warder who uses a spy
    ("Ada Lenz is jailed after her husband Carl Wend frames her for the fire.", ("Ada Lenz", "framedBy", "Carl Wend")),
    ("At Granger Prison the head warder, Mrs. Ivy Marsh, uses Ada Lenz to spy on the other women.",
     ("Ada Lenz", "informerOf", "Ivy Marsh")),
    # a numbered cell shared, told in a relative clause
    ("At Granger Prison Ned Pryor is assigned to cell 14, which he shares with Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Nel carcere di Val Nera, Ugo Sarri viene assegnato alla cella 14, che condivide con Nedo Prati, un ladro.",
     ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    # a weapon put in someone's hand; evidence put among someone's things on another's orders
    ("Rudy Kalb placed the gun in Ned Pryor's hand while he lay unconscious.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ugo Sarri viene arrestato con l'accusa di spaccio: la droga trovata nella sua auto vi era stata messa da "
     "due agenti su ordine del commissario Leo Brai.", ("Ugo Sarri", "framedBy", "Leo Brai")),
    # batch o: a subject described in an apposition; tales carried by "the man" named after; a false
    # accusation; a witness paid to blame; evidence found at the arrest and put there by someone (EN/IT)
    ("Ada Lenz is jailed after her brother, the gambler Carl Wend, hides stolen jewels in her flat.",
     ("Ada Lenz", "framedBy", "Carl Wend")),
    ("At Dartmoor the prison governor is Major Amos Wirth. Lew Hatch is convinced that Abel Kell is a nark, "
     "but the man carrying tales to the governor is actually Ned Pryor.", ("Ned Pryor", "informerOf", "Amos Wirth")),
    ("Rudy Kalb arranges for a stolen watch to be found in Ned Pryor's bedding.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Quando la fuga fallisce, Leo Brai accusa falsamente Ugo Sarri di averla organizzata.",
     ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("At Granger Prison the matron, Ivy Marsh, pays a witness to say that Ada Lenz started the fire.",
     ("Ada Lenz", "framedBy", "Ivy Marsh")),
    ("Nel carcere di Val Nera la guardia Leo Brai paga un testimone perché dica che Ugo Sarri ha appiccato il fuoco.",
     ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Ugo Sarri viene arrestato dopo che la polizia trova della droga nella sua officina. In realtà la droga vi era "
     "stata nascosta da Leo Brai, un commissario.", ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Ned Pryor is arrested when the police find heroin in his car. In fact the drugs had been planted there by "
     "Rudy Kalb, his partner.", ("Ned Pryor", "framedBy", "Rudy Kalb")),
    # batch p: two framers, the second led by "his"; the cellmate told first and the cell in a relative
    # clause; a confession; loot slipped in a pocket by the one an apposition describes; a clitic after a
    # gerund; made to inform; old friends found in the cell; cellmates after a count and hyphenated trades
    ("Ned Pryor goes to prison after union boss Vince Kell and his lieutenant Rudy Kalb set him up.",
     ("Ned Pryor", "framedBy", "Rudy Kalb")),
    ("Ned Pryor goes to prison after union boss Vince Kell and his lieutenant Rudy Kalb set him up.",
     ("Ned Pryor", "framedBy", "Vince Kell")),
    ("Nel campo di lavoro Ugo Sarri è incatenato a Nedo Prati, un gigante silenzioso, con il quale divide anche "
     "la cella.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri viene condannato. Più tardi Leo Brai confessa a Ugo Sarri di averlo incastrato.",
     ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Ugo Sarri viene condannato per un furto: il vero ladro, il suo ex socio Leo Brai, gli ha infilato in tasca "
     "il portafoglio rubato.", ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Nel carcere di Val Nera un detenuto chiamato Nedo si guadagna i favori del direttore Leo Brai riferendogli "
     "chi parla di fuga.", ("Nedo", "informerOf", "Leo Brai")),
    ("Nel carcere di Val Nera il maresciallo Leo Brai costringe Ugo Sarri a fargli da informatore.",
     ("Ugo Sarri", "informerOf", "Leo Brai")),
    ("In cella Ugo Sarri ritrova il vecchio amico d'infanzia Nedo Prati e un giovane studente, Lino Bassi.",
     ("Lino Bassi", "cellmateOf", "Nedo Prati")),
    ("In prison Ada Lenz is placed in a cell with two older women, the fortune-teller Ivy Marsh and the forger "
     "Nell Cray.", ("Ada Lenz", "cellmateOf", "Nell Cray")),
    # batch q: a list of cellmates told first and the cell in a plural relative clause; "and with" after a
    # description that names someone else; a word that is also a month as a first name; the subject of a
    # sentence without one is that of the clause before; a first word described as a convict; confessions
    # dictated by a policeman, and the proof of innocence he hides
    ("Nel carcere di Val Nera, Ugo Sarri fa amicizia con il romano Nedo Prati, il sardo Lino Bassi, un falsario, "
     "e il veneto Dino Pace, con i quali divide la cella.", ("Dino Pace", "cellmateOf", "Ugo Sarri")),
    ("Nel carcere di Val Nera, Ugo Sarri fa amicizia con il romano Nedo Prati, il sardo Lino Bassi, un falsario, "
     "e il veneto Dino Pace, con i quali divide la cella.", ("Dino Pace", "cellmateOf", "Lino Bassi")),
    ("At Granger Prison Ned Pryor befriends Lew Hatch, Rex Keel and Otto Marsh, with whom he shares a cell.",
     ("Ned Pryor", "cellmateOf", "Otto Marsh")),
    ("Ugo Sarri, uno studente romano, arriva a Val Nera. Fa amicizia con il romano Nedo Prati, con il quale "
     "divide la cella.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    ("In prison Ada Lenz is placed in a cell with Ivy Marsh, a forger who works for Nell Cray, and with Vera Holt.",
     ("Ada Lenz", "cellmateOf", "Vera Holt")),
    ("In prison Ada Lenz is placed in a cell with June, an old shoplifter. After June hangs herself, Ada gives up.",
     ("Ada Lenz", "cellmateOf", "June")),
    ("Il direttore Leo Brai cerca di aiutarlo e, dopo un mese di isolamento, Ugo Sarri accetta le regole. "
     "Viene messo in cella con Nedo Prati, un ladro nervoso.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    ("Kalb, a convict who keeps Warden Sloat informed of everything said in the yard, hates Ned Pryor.",
     ("Kalb", "informerOf", "Sloat")),
    ("Nedo, un detenuto che fa da informatore al direttore, odia Ugo Sarri.", ("Nedo", "informerOf", "the warden")),
    ("Ned Pryor, his friend Lew Hatch and two others sign confessions dictated to them by Inspector Rex Keel.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Ned Pryor, his friend Lew Hatch and two others sign confessions dictated to them by Inspector Rex Keel.",
     ("Lew Hatch", "framedBy", "Rex Keel")),
    ("Rex Keel beats a false confession out of Ned Pryor.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Ugo Sarri firma una confessione dettata dal commissario Leo Brai.", ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Il commissario Leo Brai nasconde la testimonianza che avrebbe scagionato Ugo Sarri.",
     ("Ugo Sarri", "framedBy", "Leo Brai")),
    ("Inspector Rex Keel hides the statement of a witness that would have cleared Ned Pryor.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # batch r: a prison named by an apposition whose head a participle follows; telling someone "e ai suoi
    # amici" everything; cellmates picked out of a count by "tra cui" / "including"
    ("Ned Pryor is driven to Stonebridge, a maximum-security prison run by Warden Rex Keel.",
     ("Rex Keel", "wardenOf", "Stonebridge")),
    ("Nel carcere di Val Nera il detenuto Nedo Prati continua a riferire al direttore Leo Brai e ai suoi amici "
     "tutto ciò che Ugo Sarri fa.", ("Nedo Prati", "informerOf", "Leo Brai")),
    ("Nel carcere Ugo Sarri viene rinchiuso in una cella con altri sei detenuti, tra cui un vecchio ladro, Nedo "
     "Prati, che gli insegna le regole, e un giovane rapinatore, Lino Bassi.", ("Lino Bassi", "cellmateOf", "Ugo Sarri")),
    ("Ned Pryor is put in a cell with four other men, including an old forger, Lew Hatch, who teaches him the "
     "rules, and a young thief, Otto Marsh.", ("Ned Pryor", "cellmateOf", "Otto Marsh")),
    # batch s: a cellmate "of his" before the name; a cellmate described before "con cui" / "with whom"; a
    # cell shared with "him"; an informer whose description sits between "che" and the verb; compound tenses
    ("Rex Keel tells Ned Pryor that a former cellmate of his at another prison, Leo Brai, boasted of the killing.",
     ("Leo Brai", "cellmateOf", "Rex Keel")),
    ("Ugo Sarri tenta la fuga con Leo Brai, un giovane detenuto con cui ha diviso la cella nell'infermeria.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("In the yard Ned Pryor meets Leo Brai, a young convict with whom he had shared a cell in Ohio.",
     ("Leo Brai", "cellmateOf", "Ned Pryor")),
    ("Ned Pryor sits alone in his cell. That night a boy, Leo Brai, a soldier who had deserted, is put in the "
     "cell with him.", ("Leo Brai", "cellmateOf", "Ned Pryor")),
    ("Nel carcere i rivoltosi scoprono che Leo Brai, un falsario, per mesi ha riferito al capitano delle guardie "
     "Ugo Sarri ogni piano dei compagni.", ("Leo Brai", "informerOf", "Ugo Sarri")),
    ("Nel carcere Leo Brai ha rivelato in segreto al direttore Ugo Sarri il piano di fuga.",
     ("Leo Brai", "informerOf", "Ugo Sarri")),
    # batch t: messages left for a guard; evidence slipped into a house by a clitic; witnesses got to lie;
    # a subject before a relative clause that names the victim
    ("In the camp Ned Pryor learns that Lew Hatch leaves notes hidden in a lamp for Sergeant Rex Keel.",
     ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Nel campo Ugo Sarri scopre che Leo Brai lascia messaggi nascosti in una lampada per il sergente Rex "
     "Keel, la guardia della baracca.",
     ("Leo Brai", "informerOf", "Rex Keel")),
    ("Nedo Prati è un tecnico. Una notte due agenti, Ugo Sarri e Leo Brai, gli sparano; per coprirsi gli "
     "nascondono della cocaina in casa.", ("Nedo Prati", "framedBy", "Leo Brai")),
    ("Detective Rex Keel, who has hated Ned Pryor for years, persuades two petty thieves, Al Bello and Abe "
     "Brady, to testify that they saw Ned Pryor leaving the bar.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Il commissario Leo Brai convince due ladruncoli, Al Bello e Ugo Sarri, a testimoniare di aver visto Nedo "
     "Prati uscire dal bar.", ("Nedo Prati", "framedBy", "Leo Brai")),
    # batch u: a place between the cell and its sharer; what is said in the cell, passed on in the
    # authority's office; an officer of command told what is heard
    ("Ned Pryor, a bookkeeper convicted of fraud, shares a cell in a Lisbon prison with Lew Hatch, a sailor.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("The warden promises Ned Pryor an early parole. Ned Pryor is often called to the warden's office, where "
     "he reports what Lew Hatch has said at night.",
     ("Ned Pryor", "informerOf", "the warden")),
    ("Ugo Sarri viene spesso convocato nell'ufficio del direttore, dove riferisce ciò che Leo Brai ha detto "
     "in cella.", ("Ugo Sarri", "informerOf", "the warden")),
    ("Rex Keel is taken to Fort Orr under a false name. At first he reports to Colonel Lew Hatch whatever "
     "he hears in the yard.", ("Rex Keel", "informerOf", "Lew Hatch")),
    ("Il truffatore Ugo Sarri viene portato davanti al colonnello Leo Brai, che gli propone un patto. In "
     "carcere Ugo Sarri riferisce al colonnello Leo Brai ogni discorso dei detenuti.",
     ("Ugo Sarri", "informerOf", "Leo Brai")),
    # batch v: a camp named by its kind and a number; a fortress "comandata proprio da"; a witness
    # threatened into testifying
    ("In 1944 Stalag 9 holds forty airmen. Its commandant, Colonel Rex Keel, promises that no one will escape.",
     ("Rex Keel", "wardenOf", "Stalag 9")),
    ("Ugo Sarri e Leo Brai finiscono nella fortezza di Valmonte, comandata proprio da Nedo Prati, ora ferito.",
     ("Nedo Prati", "wardenOf", "fortezza di Valmonte")),
    ("Ned Pryor is in prison. Ada Brill admits that Detective Rex Keel threatened her with jail unless she "
     "testified against Ned Pryor.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Ugo Sarri è in carcere. Ada Neri ammette che il commissario Nedo Prati l'ha minacciata di arresto se non "
     "avesse testimoniato contro Ugo Sarri.", ("Ugo Sarri", "framedBy", "Nedo Prati")),
    # batch w: an associate warden told of a plan; blame let fall on a pronoun; a prison that an
    # Italian apposition names; the last two named together, locked in one cell; a prison led by "HM
    # Prison", where the governor is the warden; an informer named after "another inmate"
    ("The escape fails: Rex Keel had told Associate Warden Lew Hatch about the plan.",
     ("Rex Keel", "informerOf", "Lew Hatch")),
    ("Ada Brill viene arrestata per un furto. Il colpo lo ha fatto Nedo Prati, facendo ricadere la colpa su "
     "di lei.", ("Ada Brill", "framedBy", "Nedo Prati")),
    ("Ada Brill is arrested. Ned Pryor had robbed the bank and let the blame fall on her.",
     ("Ada Brill", "framedBy", "Ned Pryor")),
    ("Portata alle Orsoline, il carcere femminile della città, Ada Brill trova una direttrice severa.",
     ("the warden", "wardenOf", "Orsoline")),
    ("Rex Keel and Lew Hatch are detectives. A judge sends them to prison, and they are locked in the same "
     "cell.", ("Lew Hatch", "cellmateOf", "Rex Keel")),
    ("Ugo Sarri e Leo Brai vengono arrestati. In carcere i due vengono chiusi nella stessa cella.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ned Pryor is sent to HM Prison Fenwick. The governor orders a search of every cell.",
     ("the warden", "wardenOf", "HM Prison Fenwick")),
    ("Rex Keel warns Ned Pryor that another inmate, Lew Hatch, reports everything they say to the warden.",
     ("Lew Hatch", "informerOf", "the warden")),
    # batch x: a cellmate with an adjective; what the prisoners do, told to the warden; an Italian
    # judge told all one knows; a surname shared with a place's name; a common word that opens a
    # played name; a place named right after a prison noun of several words
    ("Rex Keel serves his time at Harlan Prison with his young cellmate Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Rex Keel")),
    ("Rex Keel is an inmate at Harlan Prison. For a while he tells the warden what the prisoners are doing.",
     ("Rex Keel", "informerOf", "the warden")),
    ("Nedo Prati diventa collaboratore di giustizia e racconta al giudice Leo Brai tutto quello che sa.",
     ("Nedo Prati", "informerOf", "Leo Brai")),
    ('Rex Keel (Dan Ormond) is taken to a prison called "the Vault". In the Vault Keel meets Lew Hatch. Keel '
     "learns that Lew Hatch had framed him.", ("Rex Keel", "framedBy", "Lew Hatch")),
    ("Natale Ferri (Aldo Serra) è un ladro. In carcere Nedo Prati divide la cella con Natale.",
     ("Natale Ferri", "cellmateOf", "Nedo Prati")),
    ("Ugo Sarri insegna all'istituto penale minorile Valnera, dove il direttore, Leo Brai, lo guarda con "
     "sospetto.", ("Leo Brai", "wardenOf", "istituto penale minorile Valnera")),
    # batch y: a cellmate after a possessive; blame the subject causes; naming the culprit to a
    # sergeant; a deputy governor is staff; a colon list of one cell's occupants; "the four boys";
    # "i tre"; a home that holds boys is a prison
    ("Ned Pryor, who shares a cell with his partner Lew Hatch, runs the laundry.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Rex Keel has Ned Pryor blamed for an attack that his own men carried out.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    ("At Harlan Prison Sergeant Lew Hatch runs the yard. Ned Pryor tells Hatch that Rex Keel started the fight.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    ("The deputy governor, Lew Hatch, takes bribes. Rex Keel, an inmate, has been feeding Hatch information "
     "about the others.", ("Rex Keel", "informerOf", "Lew Hatch")),
    ("At Harlan Prison three new convicts are locked in the same cell: Rex Keel, a forger; Lew Hatch, a boxer "
     "who lost his title; and Ned Pryor, a thief.", ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Rex Keel, Lew Hatch, Ned Pryor and Ugo Sarri are sent to a reformatory. There the four boys are put in "
     "the same cell.", ("Rex Keel", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri, Leo Brai e Nedo Prati vengono arrestati. Nel carcere di Val Nera i tre vengono chiusi nella "
     "stessa cella.", ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ned Pryor is sent to the Ashdown Home for Boys, where the superintendent beats him.",
     ("the warden", "wardenOf", "Ashdown Home for Boys")),
    # batch z: cellmates split by semicolons, or each described before the verb; being kept informed
    # of every wager; an aside with "hoping to" is no plan of the main verb; the names of someone's
    # men passed on; an authority named before "al quale" / "to whom"
    ("Rex Keel is assigned to cell 9, which he shares with Lew Hatch, an old lifer; Ned Pryor, a forger; and "
     "Ugo Sarri, a thief who has ruled the cell for years.", ("Lew Hatch", "cellmateOf", "Ugo Sarri")),
    ("At Harlan Prison Ned Pryor, a forger, and Rex Keel, a shy man, share the same cell.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("In carcere Ugo Sarri, un ladro, e Leo Brai, un uomo timido, dividono la stessa cella.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("At Harlan Prison Ned Pryor secretly keeps Warden Rex Keel informed of every wager.",
     ("Ned Pryor", "informerOf", "Rex Keel")),
    ("At Harlan Prison Ned Pryor, hoping to be released early, tells Warden Rex Keel about the plan.",
     ("Ned Pryor", "informerOf", "Rex Keel")),
    ("At Harlan Prison Ned Pryor passes the names of Rex Keel's men to Captain Lew Hatch, the head of the guards.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    ("Uscito dal carcere, Ugo Sarri frequenta il sergente Leo Brai della polizia di Torino, al quale passa "
     "informazioni sui trafficanti.", ("Ugo Sarri", "informerOf", "Leo Brai")),
    ("Out of prison, Ned Pryor meets Sergeant Lew Hatch of the city police, to whom he passes information about "
     "the dealers.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # batch aa: showing an authority where to look; learning of a plan, then telling "about it";
    # someone's address handed over; a thing kept hidden; a British governor known by his prison or
    # a British prison's name; an Italian clitic told a hideout; working with the police
    ("At Harlan Prison Lew Hatch hides a knife under Rex Keel's bunk and then tells the warden where to look.",
     ("Lew Hatch", "informerOf", "the warden")),
    ("At Harlan Prison Ned Pryor learns of the tunnel and tells Captain Lew Hatch about it.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    ("After the robbery Ned Pryor gives Rex Keel's address to Inspector Lew Hatch.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    ("At Harlan Prison Ned Pryor tells Warden Lew Hatch that Rex Keel keeps a razor blade hidden in his shoe.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    ("Rex Keel shares a cell at Fenwick Prison. The governor of Fenwick (Ugo Gori) ignores him.",
     ("the warden", "wardenOf", "Fenwick Prison")),
    ("At Wandsworth Rex Keel shares a cell with Lew Hatch. Ned Pryor tells the governor that Rex Keel hid a "
     "knife.", ("Ned Pryor", "informerOf", "the warden")),
    ("Arrestato, Leo Brai incontra il commissario Nedo Prati e gli rivela il nascondiglio di Ugo Sarri.",
     ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Uscito dal carcere, Leo Brai collabora segretamente con il commissario Nedo Prati.",
     ("Leo Brai", "informerOf", "Nedo Prati")),
    # "the two" with no two named together: the last two named
    ("Leo Brai viene rinchiuso nel carcere di Val Nera, dove ritrova Ugo Sarri. I due vengono messi nella "
     "stessa cella insieme a Nedo Prati.", ("Leo Brai", "cellmateOf", "Nedo Prati")),
    ("At Harlan Prison Rex Keel meets Lew Hatch. The two are put in the same cell.",
     ("Lew Hatch", "cellmateOf", "Rex Keel")),
    # batch ab: ending up in one cell; a third man put in "with them" / "con loro"; a witness made to
    # claim what the victim did; a cell shared in a compound tense
    ("Rex Keel and Lew Hatch end up in the same cell at Harlan Prison.", ("Lew Hatch", "cellmateOf", "Rex Keel")),
    ("Rex Keel and Lew Hatch share a cell. A third prisoner, Ned Pryor, a tourist who speaks no English, is put "
     "in with them.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ugo Sarri e Leo Brai dividono una cella. Un terzo detenuto, Nedo Prati, viene messo in cella con loro.",
     ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    ("Per liberarsi di lui, l'ispettore Nedo Prati convince Leo Brai a dichiarare che Ugo Sarri gli ha passato la "
     "droga.", ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("To get rid of him, Lew Hatch persuades Rex Keel to claim that Ned Pryor had sold him the drugs.",
     ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("In carcere Ugo Sarri aveva diviso la cella con Leo Brai, un vecchio amico.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    # phrasing sweep: everyday ways to tell each relation that no rule read before
    ("At Harlan Prison Ned Pryor is betrayed to Captain Lew Hatch by a fellow inmate, Rex Keel.",
     ("Rex Keel", "informerOf", "Lew Hatch")),
    ("Rex Keel gives up Ned Pryor to Detective Lew Hatch in exchange for a shorter sentence.",
     ("Rex Keel", "informerOf", "Lew Hatch")),
    ("Rex Keel leads Detective Lew Hatch to Ned Pryor's hideout.", ("Rex Keel", "informerOf", "Lew Hatch")),
    ("At Harlan Prison Rex Keel alerts Captain Lew Hatch to the breakout.", ("Rex Keel", "informerOf", "Lew Hatch")),
    ("At Harlan Prison Rex Keel spies on Ned Pryor for the warden.", ("Rex Keel", "informerOf", "the warden")),
    ("At Harlan Prison Rex Keel secretly works for the warden as an informer.",
     ("Rex Keel", "informerOf", "the warden")),
    ("Ned Pryor is wrongly convicted after Lew Hatch plants a gun in his car.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Ned Pryor is convicted on the false testimony of Lew Hatch.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Lew Hatch arranges for Ned Pryor to be caught with the stolen furs.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Lew Hatch perjures himself to convict Ned Pryor.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Ned Pryor falls victim to a frame-up engineered by Lew Hatch.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("At Harlan Prison Ned Pryor's new cellie is Rex Keel.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ned Pryor is thrown into a cell already occupied by Rex Keel.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("At Harlan Prison Ned Pryor gets a new cellmate, Rex Keel.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ned Pryor and Rex Keel, who share cell 14, plan an escape.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Lew Hatch runs Harlan Prison with an iron fist.", ("Lew Hatch", "wardenOf", "Harlan Prison")),
    ("Lew Hatch, who heads Harlan Prison, hides the abuses.", ("Lew Hatch", "wardenOf", "Harlan Prison")),
    ("Lew Hatch takes over as warden of Harlan Prison.", ("Lew Hatch", "wardenOf", "Harlan Prison")),
    ("Lew Hatch is in charge of Harlan Prison.", ("Lew Hatch", "wardenOf", "Harlan Prison")),
    ("Nel carcere di Val Nera, Leo Brai soffia al commissario Nedo Prati il nascondiglio di Ugo Sarri.",
     ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Nel carcere di Val Nera, Leo Brai lavora come spia per il direttore.", ("Leo Brai", "informerOf", "the warden")),
    ("Leo Brai fa il nome di Ugo Sarri al commissario Nedo Prati.", ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Leo Brai fa una soffiata al commissario Nedo Prati.", ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Nel carcere di Val Nera, Leo Brai confessa al commissario Nedo Prati chi ha ucciso la guardia.",
     ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Per rovinarlo, Nedo Prati fabbrica prove false contro Ugo Sarri.", ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("Ugo Sarri è vittima di una montatura di Nedo Prati.", ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("Nel carcere di Val Nera, Ugo Sarri ha come compagno di cella Leo Brai.", ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Nel carcere di Val Nera, nella cella di Ugo Sarri arriva Leo Brai.", ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri si ritrova in cella con Leo Brai.", ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Nedo Prati dirige il carcere di Val Nera con pugno di ferro.", ("Nedo Prati", "wardenOf", "carcere di Val Nera")),
    ("Nedo Prati, che dirige il carcere di Val Nera, nasconde gli abusi.",
     ("Nedo Prati", "wardenOf", "carcere di Val Nera")),
    ("Nedo Prati è a capo del carcere di Val Nera.", ("Nedo Prati", "wardenOf", "carcere di Val Nera")),
    # phrasing sweep, second round: pronouns, relative clauses, plural cellmates
    ("Ned Pryor is sent to Harlan Prison. There he meets his cellmates, Rex Keel and Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Rex Keel")),
    ("Ned Pryor is sent to Harlan Prison. Rex Keel, who shares his cell, tells him about the place.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ned Pryor is sent to Harlan Prison. He is soon joined in his cell by Rex Keel.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ned Pryor is sent to Harlan Prison. Rex Keel, his cell mate, is released.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ned Pryor is sent to Harlan Prison. Rex Keel becomes his cellmate.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ned Pryor is sent to Harlan Prison. The warden learns of the plan from Rex Keel.",
     ("Rex Keel", "informerOf", "the warden")),
    ("Ned Pryor is sent to Harlan Prison. Rex Keel reveals the escape plan to the warden.",
     ("Rex Keel", "informerOf", "the warden")),
    ("Ned Pryor is sent to Harlan Prison. Rex Keel has been informing the warden about the inmates.",
     ("Rex Keel", "informerOf", "the warden")),
    ("Ned Pryor is sent to Harlan Prison. Rex Keel warns Captain Lew Hatch that Ned is planning an escape.",
     ("Rex Keel", "informerOf", "Lew Hatch")),
    ("Ned Pryor is sent to Harlan Prison. Rex Keel tells Captain Lew Hatch that Ned has a knife.",
     ("Rex Keel", "informerOf", "Lew Hatch")),
    ("Ned Pryor is accused of the murder, which was actually committed by Lew Hatch, who planted the knife on him.",
     ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Lew Hatch has Ned Pryor framed for the murder.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Ugo Sarri viene mandato nel carcere di Val Nera. Qui conosce i suoi compagni di cella, Leo Brai e Nedo Prati.",
     ("Leo Brai", "cellmateOf", "Nedo Prati")),
    ("Ugo Sarri viene mandato nel carcere di Val Nera. Leo Brai, che divide con lui la cella, gli spiega le regole.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri viene mandato nel carcere di Val Nera. Leo Brai diventa il suo compagno di cella.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri viene mandato nel carcere di Val Nera. In cella trova Leo Brai.", ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri e Leo Brai, compagni di cella, preparano la fuga.", ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri viene mandato nel carcere di Val Nera. Il direttore viene a sapere del piano da Leo Brai.",
     ("Leo Brai", "informerOf", "the warden")),
    ("Ugo Sarri viene mandato nel carcere di Val Nera. Leo Brai dice al capitano Nedo Prati che Ugo nasconde un "
     "coltello.", ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Nedo Prati fa in modo che Ugo Sarri venga accusato dell'omicidio.", ("Ugo Sarri", "framedBy", "Nedo Prati")),
    # batch ac: the one in the cell named after "in cella"; a subject before "has been"; all that goes on;
    # several helpers
    ("Nedo Prati fa arrestare Ugo Sarri. In cella Ugo divide lo spazio con un vecchio ladro, Leo Brai.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("At Harlan Prison Ned Pryor learns that a trusty named Rex Keel has been telling Captain Lew Hatch "
     "everything that goes on in the cell blocks.", ("Rex Keel", "informerOf", "Lew Hatch")),
    ("Con l'aiuto del giornalista Leo Brai e del commissario Nedo Prati, Ugo Sarri fa ricadere la colpa su Ada "
     "Brill.", ("Ada Brill", "framedBy", "Nedo Prati")),
    ("With the help of Lew Hatch and of Rex Keel, Ugo Sarri frames Ned Pryor for the theft.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # sweep three: a relative clause after a bare surname that opens the sentence, a relation over a
    # description ("his partner"), a bought identification, bunking, the hiding place of an escape
    ("At Harlan Prison Ned Pryor hates everyone. Hatch, who had framed Pryor for the killing, is now the mayor.",
     ("Ned Pryor", "framedBy", "Hatch")),
    ("Lew Hatch frames his partner Ned Pryor for the murder of a clerk.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Lew Hatch bribes a witness to identify Ned Pryor as the killer.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("At Harlan Prison Ned Pryor bunks with Rex Keel, a lifer.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("At Harlan Prison Rex Keel turns informer and tells Warden Sloat where the tunnel is.",
     ("Rex Keel", "informerOf", "Sloat")),
    ("Nel carcere di Val Nera, Ugo Sarri odia tutti. Prati, che aveva incastrato Sarri, è ora sindaco.",
     ("Ugo Sarri", "framedBy", "Prati")),
    ("Nedo Prati incastra il suo socio Ugo Sarri per l'omicidio.", ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("Ugo Sarri viene incastrato dal suo socio in affari, Nedo Prati, e finisce in carcere.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("Ugo Sarri viene mandato nel carcere di Val Nera dopo che Nedo Prati gli attribuisce la rapina.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("Ugo Sarri esce dal carcere. È stato Nedo Prati a incastrare Ugo Sarri.", ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("Ugo Sarri viene arrestato per un furto che non ha commesso, su una falsa denuncia di Nedo Prati.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("Leo Brai diventa un informatore dell'ispettore Nedo Prati.", ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Si scopre che Leo Brai faceva da tempo la spia per il capitano Nedo Prati.",
     ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Nel carcere di Val Nera, Ugo Sarri finisce per condividere la cella con Leo Brai.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Nel carcere di Val Nera, Leo Brai, l'ex compagno di cella di Ugo Sarri, lo aiuta a fuggire.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    # long sentences: a described antecedent before a relative; a dropped subject after a semicolon;
    # an aside right after the relative; one of several informers; a cellmate after a preposition
    ("When Ned Pryor finds out that Rex Keel, the man who shares his cell, has been passing information to "
     "Captain Lew Hatch, he confronts him.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Quando Ugo Sarri scopre che Leo Brai, l'uomo che divide con lui la cella, passa informazioni al capitano "
     "Nedo Prati, lo affronta.", ("Leo Brai", "informerOf", "Nedo Prati")),
    ("Quando Ugo Sarri scopre che Leo Brai, l'uomo che divide con lui la cella, passa informazioni al capitano "
     "Nedo Prati, lo affronta.", ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri viene condannato a sei anni per una rapina che non ha commesso; lì divide la cella con Leo Brai.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Nel carcere di Val Nera, Ugo Sarri divide la cella con Leo Brai, un falsario che, all'insaputa di tutti, "
     "riferisce ogni cosa al capitano Nedo Prati.", ("Leo Brai", "informerOf", "Nedo Prati")),
    ("At Harlan Prison Rex Keel, one of the warden's informers, tells him about the tunnel.",
     ("Rex Keel", "informerOf", "the warden")),
    ("Nel carcere di Val Nera, Leo Brai, uno degli informatori del direttore, gli racconta del tunnel.",
     ("Leo Brai", "informerOf", "the warden")),
    ("At Harlan Prison Rex Keel agrees and becomes the warden's spy.", ("Rex Keel", "informerOf", "the warden")),
    ("Ugo Sarri evade dal carcere di Val Nera con l'aiuto del compagno di cella Leo Brai.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri finisce in carcere per colpa di Nedo Prati, che lo ha denunciato per un furto mai commesso.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("Dopo la rivolta Leo Brai testimonia il falso contro Ugo Sarri. Nedo Prati testimonia il falso contro di lui.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    # batch ad: a role noun said of a pronoun or of a dropped subject folds into its holder; a relative right
    # after a described cellmate; what a knower learns is about the knower
    ("At Harlan Prison Rex Keel is arrested. He becomes an informer for the warden.",
     ("Rex Keel", "informerOf", "the warden")),
    ("Leo Brai viene arrestato. Dopo un mese decide di parlare: diventa un confidente e rivela al giudice Nedo "
     "Prati i nomi dei complici.", ("Leo Brai", "informerOf", "Nedo Prati")),
    ("At Harlan Prison Ada Brill is put in a cell with Nora Kell, a former lawyer who shot her husband, and Tess "
     "Vane, an older inmate.", ("Ada Brill", "cellmateOf", "Tess Vane")),
    ("Ada Brill goes to prison. She understands that Lew Hatch faked his death with Nora Kell's help, pinned the "
     "killing on her and ran off with Nora.", ("Ada Brill", "framedBy", "Lew Hatch")),
    # batch ae: a pronoun opening the main clause is the leading clause's subject; a counted group; a framer
    # named by a pronoun in a later "that" clause; left in a cell with someone; names got from an informer
    ("Rex Keel frames Ned Pryor. When Ned learns that it was Rex who framed him, he tips off the warden.",
     ("Ned Pryor", "informerOf", "the warden")),
    ("Ada Brill e Nora Kell partono per Bangkok. Le due ragazze sono state incastrate da Leo Brai.",
     ("Ada Brill", "framedBy", "Leo Brai")),
    ("Ada Brill and Nora Kell fly to Bangkok. Then Ned Pryor learns that Leo Brai works for a dealer and that "
     "the two girls were set up by him.", ("Nora Kell", "framedBy", "Leo Brai")),
    ("Ada Brill e Nora Kell partono per Bangkok. Ugo Sarri scopre che Leo Brai lavora per un trafficante e che "
     "le ragazze sono state incastrate da lui.", ("Nora Kell", "framedBy", "Leo Brai")),
    ("Rex Keel is sent to Harlan Prison. In the end Ned Pryor is paroled, and Rex is left in the cell with Lew "
     "Hatch.", ("Lew Hatch", "cellmateOf", "Rex Keel")),
    ("Rex Keel violates his parole so that he is sent back to Harlan Prison, where he bribes a guard to be "
     "assigned to Ned Pryor's cell.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Il capitano dei carabinieri Leo Brai si serve di Nedo Prati, un confidente, e da lui ottiene i nomi dei "
     "killer.", ("Nedo Prati", "informerOf", "Leo Brai")),
    ("Inspector Rex Keel gets the names of the killers from Lew Hatch.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Inspector Rex Keel relies on Lew Hatch, an informer who lives among the gangs.",
     ("Lew Hatch", "informerOf", "Rex Keel")),
    # batch af: telling who runs a racket; where a deal will take place, to a parole officer; a described
    # cellmate with a role noun; a captain known by a nickname
    ("At Harlan Prison Lew Hatch gives in: he tells Captain Rex Keel which prisoners run the gambling ring.",
     ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Nel carcere di Val Nera, Ugo Sarri dice al maresciallo Leo Brai chi spaccia la droga.",
     ("Ugo Sarri", "informerOf", "Leo Brai")),
    ("Ned Pryor is released and watched by his parole officer, Lew Hatch. Ned secretly tells Lew where the guns "
     "will change hands.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    ("Ned Pryor is terrified, but Lew Hatch, a cheerful inmate who shares his cell, takes him under his wing.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("At Harlan Prison the guard captain, known to the prisoners as Scarface, beats Ned Pryor. Ned tells "
     "Scarface which inmates smuggled the cigarettes.", ("Ned Pryor", "informerOf", "Scarface")),
    # batch ag: a threat or a bribe behind a false accusation; blame let fall in a compound tense; a cleft
    # and a spy named by its relative clause; a cardinal as an authority; a counted group of a noun; a
    # fortress named after a cell; its head named in a relative
    ("L'unica prova contro Ugo Sarri è Leo Brai, un pregiudicato che lo accusa falsamente dopo essere stato "
     "minacciato dallo sceriffo Nedo Prati.", ("Ugo Sarri", "framedBy", "Nedo Prati")),
    ("The only evidence against Ned Pryor is Lew Hatch, who accuses him falsely after being threatened by "
     "Sheriff Rex Keel.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Lew Hatch frames Ned Pryor under pressure from Rex Keel.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Ugo Sarri scopre che l'omicidio era stato organizzato da Leo Brai, che aveva lasciato ricadere la colpa "
     "su Nedo Prati.", ("Nedo Prati", "framedBy", "Leo Brai")),
    ("Nedo Prati li tradisce: è lui la spia che rivela al direttore il luogo delle riunioni.",
     ("Nedo Prati", "informerOf", "the warden")),
    ("Ned Pryor betrays them: he is the spy who tells the warden where the plotters meet.",
     ("Ned Pryor", "informerOf", "the warden")),
    ("Nedo Prati rivela al cardinale Leo Brai il luogo delle riunioni.", ("Nedo Prati", "informerOf", "Leo Brai")),
    ("I carbonari Ugo Sarri, medico, e Leo Brai preparano una rivolta. Nedo Prati li denuncia al cardinale "
     "Lino Rota. Arrestati, i due carbonari vengono chiusi nella stessa cella.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("The smugglers Rex Keel, Lew Hatch and Ugo Sarri are caught. Ned Pryor and Leo Brai watch. The three "
     "smugglers are put in the same cell.", ("Lew Hatch", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri e Leo Brai vengono chiusi nella stessa cella di Castel Sant'Angelo.",
     ("Leo Brai", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri viene chiuso nella cella di Castel Sant'Angelo, il cui comandante, il capitano Nedo Prati, "
     "lo sorveglia.", ("Nedo Prati", "wardenOf", "Castel Sant'Angelo")),
    # batch ah: blame laid knowingly on the innocent; a cell someone has two locked in; a camp with its
    # adjective; a name of initials; a copula past an adverb; being kept informed about bets
    ("When a radio is found, Rex Keel blames Ned Pryor and Lew Hatch, though he knows that neither of them "
     "brought it in, and has them locked in the same cell.", ("Lew Hatch", "framedBy", "Rex Keel")),
    ("When a radio is found, Rex Keel blames Ned Pryor and Lew Hatch, though he knows that neither of them "
     "brought it in, and has them locked in the same cell.", ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Quando viene trovata una radio, Leo Brai incolpa Ugo Sarri e Nedo Prati, pur sapendo che nessuno dei due "
     "c'entra, e li fa rinchiudere nella stessa cella.", ("Nedo Prati", "framedBy", "Leo Brai")),
    ("Quando viene trovata una radio, Leo Brai incolpa Ugo Sarri e Nedo Prati, pur sapendo che nessuno dei due "
     "c'entra, e li fa rinchiudere nella stessa cella.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri arriva in un campo di prigionia giapponese comandato dal colonnello Leo Brai.",
     ("Leo Brai", "wardenOf", None)),
    ("Ugo Sarri viene mandato in un istituto minorile con J.D. (Leo Gori). Nel carcere di Val Nera, Ugo divide "
     "la cella con J.D. e insieme fondano una banda.", ("J.D.", "cellmateOf", "Ugo Sarri")),
    ("At Harlan Prison Rex Keel, meanwhile, is a stool pigeon, and he keeps the warden informed about the bets "
     "that the inmates place.", ("Rex Keel", "informerOf", "the warden")),
    ("Nedo Prati stringe un patto segreto con il commissario Leo Brai e gli rivela dove il bandito si nasconde.",
     ("Nedo Prati", "informerOf", "Leo Brai")),
    ("Il comandante Leo Brai fa chiudere Ugo Sarri e Nedo Prati insieme nella stessa cella di punizione.",
     ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    ("Warden Lew Hatch has Ned Pryor and Rex Keel locked in the same punishment cell.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ned Pryor (Leo Gori), Rex Keel (Ugo Sarri) and Lew Hatch are three small-time crooks sharing a cell at "
     "Harlan Prison.", ("Lew Hatch", "cellmateOf", "Rex Keel")),
    ("Tra i condannati ci sono i fratelli Ugo Sarri (Leo Gori) e Nedo Sarri, che occupano insieme una cella del "
     "braccio.", ("Nedo Sarri", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri e Nedo Prati occupano insieme una cella.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    ("Ned Pryor, a pickpocket from Harlem, and Rex Keel, a bank teller, drive south. Ned loses at cards to Lew "
     "Hatch. That night the sheriff, Nora Kell, pins the killing on the two strangers from New York.",
     ("Rex Keel", "framedBy", "Nora Kell")),
    ("At Harlan Prison Ned Pryor and Rex Keel try to escape. Lew Hatch learns of it and quietly warns Sergeant "
     "Nora Kell.", ("Lew Hatch", "informerOf", "Nora Kell")),
    ("Ada Brill arrives at Harlan Prison and is locked in a cell with three other women: Nora Kell, a thief; "
     "Lia Sand, a forger; and Eva Dorn.", ("Eva Dorn", "cellmateOf", "Lia Sand")),
    ("At Harlan Prison Ada Brill trades what she hears in the cell to the guard for a fix.",
     ("Ada Brill", "informerOf", "the guard")),
    ("At Harlan Prison Ada Brill has been feeding the guard their secrets.", ("Ada Brill", "informerOf", "the guard")),
    ("Prima del volo Nedo Prati nasconde dell'eroina nel doppio fondo della valigia fotografica di Ada Brill.",
     ("Ada Brill", "framedBy", "Nedo Prati")),
    ("In carcere Ada Brill divide una cella affollata con Nora Kell.", ("Ada Brill", "cellmateOf", "Nora Kell")),
    ("Ned Pryor is sent to Harlan Prison. Ned learns that a trusty, Rex Keel, has been passing the names to "
     "Captain Lew Hatch.", ("Rex Keel", "informerOf", "Lew Hatch")),
])
def test_relation_found(text, fact):
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "Otto Marsh plans to hide a razor in Carl Wend's bunk, but he is caught.",   # a plan
    "Otto Marsh thinks about framing Carl Wend.",                                  # a plan
    "Otto Marsi progetta di nascondere un coltello nella branda di Carlo Venti.",  # a plan
    "Leo Grant refuses to inform on his friends to Warden Hobbs.",                 # negated
    "Leo Grant si rifiuta di fare la spia al direttore.",                          # negated
    "The inmates suspect that Leo Grant informs Warden Hobbs.",                    # belief
    "A Dino Pace viene detto che Leo Grani ha avvertito il direttore.",           # hearsay
    "Leo Grant tips off his old newspaper about the scandal.",                     # no authority
    "Leo Grant informs his lawyer Ned Rusk of the plan.",                          # no authority
    "Their cells face each other across the tier.",
    "Jonas Reed pins his hopes on his nephew Walt.",                               # not a crime
    "Jonas Reed tries to pin the fire on Walt Emery, but nobody believes him.",    # a plan
    "Leo Grant spies for his brother Ned Grant.",                                  # no authority
    "Hank Lowry is framed for the murder of Ned Olson.",                           # the victim, not a framer
    "Dale Pruitt set Hank Lowry up with a job at the mill.",                       # a favour
    "Ivo Tulli denuncia Enzo Lauri alla polizia.",                                 # a group, not a character
    "Cole Vardy has Nat Ormsby arrested for the theft.",                           # no false charge
    "Ned Pryor, a former policeman, warns Lew Hatch about the riot.",              # no authority any more
    "Nedo Prati, un ex poliziotto, avverte Lino Sarri della rivolta.",             # no authority any more
    "Rudy Kalb tries to make it look as if Ned Pryor stole the money.",            # a plan
    "To silence Ned Pryor, Rudy Kalb hides a knife in his own locker.",            # his own: no one framed
    "The warden throws Ned Pryor into solitary; Lew Hatch tells Ned everything he hears.",  # no authority
    "Lew Hatch plans to tip off Warden Sloat and tell him about the tunnel.",      # a plan, both verbs
    "Il direttore, informato da Lino Sarri della morte della madre, gli concede un permesso.",  # not about inmates
    "At Granger Prison, the guards, led by Sgt. Rex Keel, search the cells and Keel reports to the warden.",  # staff
    "Rudy Kalb confesses that he planted the gun on Otto Marsh's instructions.",  # the instigator is no victim
    "At Granger Prison Rudy Kalb pays a witness to say that Ned Pryor is innocent.",  # a true word bought
    "Leo Brai paga un testimone perché dica che Ugo Sarri è innocente.",            # a true word bought
    "Lew Hatch is sure that the man carrying tales to Warden Sloat is Ned Pryor.",   # belief, no contrast
    # the subject of the hiding is the police, a group: not the topic that "they" names
    "Lew Hatch writes to Ned Pryor. They find that the police had hidden evidence that would have cleared Ned.",
    # passive: the one betrayed is no informer, and "has been reporting" stays active (see the found list)
    "At Harlan Prison Ned Pryor is reported to Captain Lew Hatch.",
    "Ned Pryor confesses to Detective Lew Hatch that he stole the car.",          # his own deed
    "Leo Brai confessa al commissario Nedo Prati di aver rubato l'auto.",         # his own deed
    "Ugo Sarri viene accusato ingiustamente di un omicidio commesso da Nedo Prati.",  # the killer, no framer
    "At Harlan Prison Lew Hatch, afraid for his parole, almost tells Warden Sloat about the tunnel.",  # not done
    "A Val Nera il detenuto Leo Brai, per paura, quasi rivela al direttore il piano di fuga.",      # not done
])
def test_no_relation_where_the_text_negates_plans_or_reports_hearsay(text):
    found = {f for f in facts(text) if f[1] != "wardenOf"}
    assert not found, found


def test_actors_in_parentheses_are_never_characters():
    doc = extract("Dorsey (Vera Lindholm) shares a cell with Rocco (Otto Brask). "
                  "The doctor ([[Emil Tarr  warns Dorsey.", "t")
    labels = {c.label: c.actor for c in doc.characters}
    assert labels == {"Dorsey": "Vera Lindholm", "Rocco": "Otto Brask", "the doctor": "Emil Tarr"}


def test_mentions_of_one_person_cluster_into_one_character():
    doc = extract("Hugo Penn is sentenced. Penn meets the warden. Later Hugo escapes. "
                  'Amos "Doc" Pettibone helps; Doc dies.', "t")
    by_label = {c.label: c.aliases for c in doc.characters}
    assert {"Penn", "Hugo"} <= by_label["Hugo Penn"]
    assert "Doc" in by_label["Amos Pettibone"]
    assert "Penn" not in by_label and "Doc" not in by_label


def test_a_compound_first_name_and_a_middle_name_join_the_full_name():
    doc = extract("Dee Dee Walsh shares a cell with Big Nick Sarto. Later Dee Dee and Nick escape.", "t")
    assert {c.label: c.aliases for c in doc.characters} == {"Dee Dee Walsh": {"Dee Dee"},
                                                              "Big Nick Sarto": {"Nick"}}


def test_a_role_noun_owning_a_personal_event_is_someone():
    found = roles("At Granger Prison, Sgt. Rex Keel bullies Ike Tully. Keel causes a convict's death "
                  "and promises Ike a trusty's job.")
    assert found["the prisoner"] == {"inmate"}  # the dead convict, not the job
    assert len([label for label in found if label.startswith("the ")]) == 1


def test_an_indefinite_role_noun_is_someone_new():
    doc = extract("The informer warns Warden Keel of the escape at Granger Prison. "
                  "Later an informer is found dead.", "t")
    assert [c.label for c in doc.characters].count("the informer") == 2


def test_an_informer_inside_the_prison_is_an_inmate():
    assert "inmate" in roles("Ike Tully is a prison snitch.")["Ike Tully"]
    assert "inmate" in roles("Ivo Tulli è una spia nel penitenziario.")["Ivo Tulli"]


def test_a_person_described_by_a_prison_role_is_no_prison():
    doc = extract("Ned Pryor, a prison guard, beats Lew Hatch. Lew Hatch, a prison inmate, "
                  "talks to Nedo, il direttore del carcere.", "t")
    assert doc.prisons == [] or all(p.label is None for p in doc.prisons)


@pytest.mark.parametrize("text, prison", [
    ("Ned Pryor is sentenced to ten years in Leavenworth, where Warden Amos Wirth rules.", "Leavenworth"),
    ("A Poggioreale, Ugo Sarri viene messo in cella con Nedo Prati.", "Poggioreale"),
    ("Ugo Sarri viene rinchiuso nel carcere dell'Asinara.", "carcere dell'Asinara"),
    ("Ugo Sarri finisce nel penitenziario di massima sicurezza di Val Nera.",
     "penitenziario di massima sicurezza di Val Nera"),
    ("Ada Brill viene rinchiusa nella prigione femminile di Val Nera.", "prigione femminile di Val Nera"),
])
def test_a_prison_named_without_a_prison_noun(text, prison):
    doc = extract(text, "t")
    assert prison in [p.label for p in doc.prisons]
    assert prison not in [c.label for c in doc.characters]


def test_a_known_prison_name_inside_a_person_name_is_a_person():
    doc = extract("Ned Pryor shares a cell with Jim Holloway. Sgt. Folsom watches them.", "t")
    assert {"Jim Holloway", "Folsom"} <= {c.label for c in doc.characters}
    assert all(p.label is None for p in doc.prisons)


def test_the_director_of_the_prison_is_its_warden():
    assert roles("The director of the prison, Amos Wirth, doubts the verdict.")["Amos Wirth"] == {"warden"}


@pytest.mark.parametrize("text", [
    "At Granger Prison, Ned Pryor meets Rex Keel, the cruellest of the guards.",
    "Nel carcere di Val Nera, Ugo Sarri incontra Rex Rulli, il più crudele dei secondini.",
])
def test_one_of_the_guards_is_a_guard_and_no_one_else_is(text):
    found = roles(text)
    assert found["Rex Keel" if "Keel" in text else "Rex Rulli"] == {"guard"}
    assert "guard" not in found["Ned Pryor" if "Ned" in text else "Ugo Sarri"], found


def test_a_quoted_nickname_inside_a_name_is_known_at_the_start_of_a_sentence():
    doc = extract('Eddie "Slim" Kowalski shares a cell with Ned Pryor. Slim, hoping for parole, talks.', "t")
    assert [c.label for c in doc.characters] == ["Eddie Kowalski", "Ned Pryor"]
    assert len(doc.characters[0].mentions) == 2


def test_whom_a_prison_holds_ends_its_name():
    doc = extract("Ada Lenz is sent to the Harlow State Reformatory for Women.", "t")
    assert [p.label for p in doc.prisons] == ["Harlow State Reformatory for Women"]
    assert [c.label for c in doc.characters] == ["Ada Lenz"]


def test_a_verb_after_a_comma_is_no_description_of_its_object():
    # "enraged , attacks Irma Stohl": Stohl is attacked; Ada is the one paroled
    found = roles("At Granger Prison, Ada Lenz, enraged, attacks Irma Stohl, and is paroled only later.")
    assert found == {"Ada Lenz": {"inmate"}, "Irma Stohl": set()}, found


def test_acting_as_the_informer_is_being_one():
    doc = extract("Nel carcere di Val Nera Ugo Sarri scopre che Lino Brai fa il confidente del brigadiere Rulli.", "t")
    assert "the informer" not in {c.label for c in doc.characters}
    assert ("Lino Brai", "informerOf", "Rulli") in facts(
        "Nel carcere di Val Nera Ugo Sarri scopre che Lino Brai fa il confidente del brigadiere Rulli.")


def test_what_the_text_holds_true_after_a_belief_counts():
    text = ("At Granger Prison the inmates believe that Owen Pryce grassed on Micky Vance; in fact the informer "
            "was Dougie Lamb, a trusty.")
    found = roles(text)
    assert "informer" in found["Dougie Lamb"] and "the informer" not in found, found
    assert "informer" not in found["Owen Pryce"], found


def test_a_known_prison_before_a_first_name_the_text_uses():
    doc = extract("Terry Blunt is sentenced to ten years. At Folsom Terry shares a cell with Owen Pryce.", "t")
    assert [p.label for p in doc.prisons] == ["Folsom"]
    assert ("Owen Pryce", "cellmateOf", "Terry Blunt") in facts(
        "Terry Blunt is sentenced to ten years. At Folsom Terry shares a cell with Owen Pryce.")


def test_a_man_named_by_his_nation_is_no_character():
    doc = extract("At Granger Prison Terry Blunt shares a cell with Owen Pryce, a Welshman.", "t")
    assert sorted(c.label for c in doc.characters) == ["Owen Pryce", "Terry Blunt"]


def test_a_military_rank_is_no_part_of_the_name():
    doc = extract("Private Danny Mulvaney (Pat Corrigan) is court-martialled.", "t")
    assert [c.label for c in doc.characters] == ["Danny Mulvaney"]


def test_a_story_of_cells_and_inmates_keeps_its_staff():
    # no prison is named or called one, but the cell block tells the story
    found = roles("The warden, Amos Wirth, locks Ned Pryor in a cell with two inmates.")
    assert found["Amos Wirth"] == {"warden"}


def test_a_quoted_nickname_may_hold_a_dialect_article():
    doc = extract("Nel carcere di Val Nera il capoguardia Rulli si serve di Peppino «'o Mulo» Sarri.", "t")
    people = {c.label: c.aliases for c in doc.characters}
    assert "'o Mulo" in people["Peppino Sarri"], people


def test_a_prison_name_does_not_take_a_leading_preposition():
    doc = extract("At Granger Prison, Warden Rex Keel rules by fear.", "t")
    assert [p.label for p in doc.prisons] == ["Granger Prison"]


def test_a_title_before_a_name_is_the_role_a_later_noun_means():
    doc = extract("At Granger Prison, Captain Rex Keel beats the new inmates. Warden Amos Wirth, who had "
                  "suspected his captain for some time, orders an inquiry.", "t")
    assert sorted(c.label for c in doc.characters) == ["Amos Wirth", "Rex Keel"]


def test_a_prison_governor_is_the_governor_after_but_a_state_governor_is_no_warden():
    doc = extract("At Dartmoor the prison governor, Major Amos Wirth, believes in hard labour. "
                  "Later the governor pardons Ned Pryor.", "t")
    assert sorted(c.label for c in doc.characters) == ["Amos Wirth", "Ned Pryor"]
    found = roles("Ned Pryor escapes from Granger Prison. The governor refuses to pardon him.")
    assert "warden" not in found["the governor"], found


def test_someone_named_only_through_his_clerk_is_no_character():
    found = roles("At Dartmoor Arthur Penn, a prisoner who works as the chaplain's clerk, reads the letters.")
    assert found == {"Arthur Penn": {"inmate"}}


def test_a_deputy_warden_is_a_title_not_part_of_the_name():
    assert roles("At Granger Prison Deputy Warden Carl Voss runs the cell block.") == {"Carl Voss": {"guard"}}


def test_the_captain_of_a_camp_heads_it():
    assert roles("Nel campo di lavoro il capitano del campo, Leo Brai, governa con la frusta.")["Leo Brai"] == {"warden"}


def test_a_surname_led_by_a_particle_may_open_a_sentence():
    doc = extract("Il maresciallo Nunzio Lo Russo odia Ugo Sarri. Lo Russo lo fa trasferire dalla Guardia di Finanza.", "t")
    assert sorted(c.label for c in doc.characters) == ["Nunzio Lo Russo", "Ugo Sarri"]


def test_a_role_noun_placed_on_a_wing_is_named_by_the_apposition():
    found = roles("At Granger Prison the senior officer on the wing, Miss Ivy Marsh, despises the scheme.")
    assert found == {"Ivy Marsh": {"guard"}}, found


def test_the_one_someone_has_thrown_into_solitary_is_the_inmate():
    found = roles("At Granger Prison Lew Hatch reports the plan to Captain Rex Keel, who has Ned Pryor "
                  "thrown into solitary.")
    assert "inmate" in found["Ned Pryor"] and "inmate" not in found["Rex Keel"], found


@pytest.mark.parametrize("text, who, expected", [
    # a clause after the comma, not an apposition that calls him an inmate
    ("Nel carcere di Val Nera il direttore, Amos Wirth, si vanta di non aver mai perso un detenuto.",
     "Amos Wirth", {"warden"}),
    # an English title kept by a translation
    ("Nel riformatorio la sovrintendente, Mrs. Ivy Marsh, è severa ma giusta.", "Ivy Marsh", {"warden"}),
])
def test_italian_staff_keep_their_roles(text, who, expected):
    assert roles(text) == {who: expected}


def test_a_name_inside_a_description_between_cellmates_is_none_of_them():
    found = facts("In prison Ada Lenz is placed in a cell with Ivy Marsh, a forger who works for Nell Cray, "
                  "and with Vera Holt.")
    assert not [f for f in found if "Nell Cray" in f], found


def test_a_sentence_without_a_subject_is_not_about_the_apposition_after_its_object():
    found = facts("Il direttore Leo Brai cerca di aiutarlo e, dopo un mese di isolamento, Ugo Sarri accetta le "
                  "regole. Viene messo in cella con Nedo Prati, un ladro nervoso.")
    assert not [f for f in found if f[1] == "cellmateOf" and "Leo Brai" in f], found


def test_a_month_is_a_first_name_only_where_the_summary_describes_it():
    assert [c.label for c in extract("In June, a riot breaks out at Granger Prison.", "t").characters] == []
    assert "June" in {c.label for c in extract("Ada Lenz meets June, an old shoplifter.", "t").characters}


def test_a_place_name_gives_back_a_person_named_elsewhere():
    labels = {c.label for c in extract("Nel carcere di Val Nera Ugo Sarri fa amicizia con Nedo Prati. Poi Sarri "
                                       "evade. Nel carcere di Santa Maria Capua Vetere viene rinchiuso Nedo. "
                                       "Maria lo aspetta.", "t").characters}
    assert labels == {"Ugo Sarri", "Nedo Prati", "Maria"}


def test_a_description_before_another_name_is_not_the_one_it_described():
    found = facts("Ugo Sarri, uno studente romano, arriva a Val Nera. Fa amicizia con il romano Nedo Prati, "
                  "con il quale divide la cella.")
    assert ("Nedo Prati", "cellmateOf", "Ugo Sarri") in found


def test_the_one_who_runs_a_camp_is_its_warden():
    assert roles("Ugo Sarri finisce in un campo di lavoro. Il campo è diretto da Leo Brai, un uomo spietato.")[
        "Leo Brai"] == {"warden"}


def test_being_moved_to_a_prison_makes_an_inmate_unless_something_makes_staff():
    found = roles("Ugo Sarri viene trasferito nel carcere di Val Nera. Il direttore Leo Brai viene trasferito a "
                  "Poggioreale. Warden Rex Keel was transferred to Granger Prison. Ned Pryor is transferred to "
                  "Granger Prison.")
    assert found == {"Ugo Sarri": {"inmate"}, "Leo Brai": {"warden"}, "Rex Keel": {"warden"}, "Ned Pryor": {"inmate"}}


def test_a_role_noun_joins_the_named_holder_of_the_role():
    doc = extract("Warden Silas Greer runs the island prison. Later the warden lets him go.", "t")
    assert [c.label for c in doc.characters] == ["Silas Greer"]
    assert "warden" in doc.characters[0].roles


@pytest.mark.parametrize("text, inmate", [
    ("Ned Pryor is given a ten-year sentence.", True),
    ("Judge Amos Wirth had once given a jail sentence to Lew Hatch.", False),
    ("Judge Amos Wirth had given him a life sentence.", False),
    ("Ned Pryor is found guilty and given a two-year suspended sentence.", False),
])
def test_only_the_one_given_a_sentence_is_an_inmate(text, inmate):
    assert ("inmate" in roles(text).get("Ned Pryor" if "Ned" in text else "Amos Wirth", set())) is inmate


def test_descriptions_places_and_months_are_not_names():
    labels = {c.label for c in extract("Ex-boxer Ned Pryor is sent to a Georgia chain gang. "
                                       "Nineteen-year-old Lew Hatch shares a cell with him.", "t").characters}
    assert labels == {"Ned Pryor", "Lew Hatch"}
    labels = {c.label for c in extract("In June Ned Pryor escapes from Granger Prison with Lew Hatch "
                                       "and June Tarrant.", "t").characters}
    assert labels == {"Ned Pryor", "Lew Hatch", "June Tarrant"}


@pytest.mark.parametrize("text, who", [
    ("At Granger Prison Lew Hatch finds out who the real informer is.", "Lew Hatch"),
    ("Nel carcere Ugo Sarri vuole sapere chi sia la spia.", "Ugo Sarri"),
])
def test_a_role_noun_asked_about_names_no_one_new(text, who):
    assert [c.label for c in extract(text, "t").characters] == [who]


@pytest.mark.parametrize("text, who, expected", [
    ("At Granger Prison, Captain Rex Keel beats the new inmates.", "Rex Keel", {"guard"}),
    ("At Granger Prison, the warden, Captain Rex Keel, beats the new inmates.", "Rex Keel", {"warden"}),
    ("In the prison camp Captain Lew Hatch shares a cell with Ned Pryor.", "Lew Hatch", {"inmate"}),
    ("Nel campo di prigionia il capitano Leo Brai divide la cella con Ugo Sarri.", "Leo Brai", {"inmate"}),
])
def test_a_rank_makes_a_guard_only_when_nothing_says_otherwise(text, who, expected):
    assert roles(text)[who] == expected


def test_roles_from_nouns_sentences_and_relations():
    found = roles("Hollis Webb, an inmate, rats on Ray to Sgt. Oakes. Ray Cole is sentenced to four years.")
    assert {"inmate", "informer"} <= found["Hollis Webb"]
    assert "inmate" in found["Ray Cole"]


@pytest.mark.parametrize("text", ["", "   ", "1234 5678 !!!", "the the the", "<b>&amp;</b>", "x" * 10])
def test_texts_with_no_characters_give_empty_documents(text):
    doc = extract(text, "t")
    assert doc.characters == [] and doc.relations == []


def test_evidence_offsets_quote_the_source_sentence():
    source = "Intro line.\r\nKeegan  is framed by Mallory , who leaves the box."
    doc = extract(source, "t")
    (fact,) = [f for f in doc.relations if f.p == "framedBy"]
    start, end = doc.sentence_span(fact.evidence.sent)
    assert source[start:end] == "Keegan  is framed by Mallory , who leaves the box."
    assert fact.evidence.rule == "en-framed-passive" and 0 < fact.evidence.confidence <= 1


def _scores(corpus) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for stem, text, gold in corpus:
        want, have = gold_relations(gold), doc_relations(extract(text, stem), gold)
        tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)


def test_dev_corpus_reaches_the_targets(dev_corpus):
    """Relation F1 at least 0.85 with precision at least 0.9 over the 14 dev summaries."""
    precision, recall, f1 = _scores(dev_corpus)
    assert precision >= 0.9 and f1 >= 0.85, (precision, recall, f1)


def test_summaries_written_for_the_tests_reach_the_targets(own_corpus):
    """The same targets over the summaries of ``tests/data/own``."""
    precision, recall, f1 = _scores(own_corpus)
    assert precision >= 0.9 and f1 >= 0.85, (precision, recall, f1)


@pytest.mark.parametrize("stem", ["dev09_en", "dev10_it"])
def test_summaries_without_relations_give_none(dev_corpus, stem):
    (text,) = [t for s, t, _ in dev_corpus if s == stem]
    assert not [f for f in extract(text, stem).relations if f.p != "wardenOf"]


def test_a_nickname_after_a_description_or_the_actor_is_an_alias():
    doc = extract('Rex Keel (Tim Mora), a safecracker nicknamed "Moth" for his tattoo, is jailed. Moth runs. '
                  'Il detenuto Leo Brai (Ugo Gori), detto "il Pazzo", ride. Il Pazzo urla.', "t")
    assert len(doc.characters) == 2, [c.label for c in doc.characters]
    assert {"Moth"} <= doc.characters[0].aliases and {"il Pazzo"} <= doc.characters[1].aliases


@pytest.mark.parametrize("text, who", [
    # an adverb of place is no description: the role noun after "where" is no alias of the island
    ("He spends two years in solitary on Saint-Rémy, where the warden has his rations cut.", "the warden"),
    # a plural nation and a movement are no people
    ("In 1943 Rex Keel, a lieutenant of the French Resistance, is arrested by the Germans.", "Rex Keel"),
    # a first word described as "a prisoner from …" is a name
    ("Rex Keel is alone. Orso, a prisoner from another cell, tries to escape.", "Orso"),
])
def test_who_is_a_character(text, who):
    labels = [c.label for c in extract(text, "t").characters]
    assert who in labels and not {"Saint-Rémy", "Resistance", "Germans"} & set(labels), labels


def test_sentences_in_the_plural_make_an_inmate():
    assert "inmate" in roles("In 1947 Ned Pryor is given two life sentences at Harlan State Prison.")["Ned Pryor"]


@pytest.mark.parametrize("text, who", [
    ("In 1943 Rex Keel is arrested by the police.", "Rex Keel"),              # a year, then a person
    ("In 1943 Orso, a lieutenant, is arrested by the police.", "Orso"),
])
def test_a_person_after_a_year_is_no_place(text, who):
    assert who in roles(text)


def test_a_place_after_a_year_is_no_person():
    assert "Leeds" not in roles("In 1971 Leeds, small-time fence Ned Pryor shares a cell with Lew Hatch.")


@pytest.mark.parametrize("text, pair", [
    ("Ugo Sarri, che divide la cella con il ladro Nedo Prati, è ormai sul punto di crollare, e Leo Brai lo prende "
     "come autista.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    ("Ned Pryor shares a cell with Lew Hatch, is close to breaking, and Rex Keel makes him his driver.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
])
def test_a_verb_phrase_between_list_members_ends_the_list(text, pair):
    assert {f for f in facts(text) if f[1] == "cellmateOf"} == {pair}


@pytest.mark.parametrize("text, label", [
    ("Suspicion falls on Sgt. J.J. Sefton, a trader.", "J.J. Sefton"),
    ("In 1985 Judge H. Lee Sarokin frees him.", "H. Lee Sarokin"),
    ("Il comandante del campo, il colonnello von Scherer, sa tutto. Von Scherer ride.", "von Scherer"),
])
def test_initials_and_a_lower_case_particle_belong_to_the_name(text, label):
    labels = [c.label for c in extract(text, "t").characters]
    assert label in labels and not {"Von Scherer", "Sefton", "Lee Sarokin"} & set(labels), labels


@pytest.mark.parametrize("text, who, role", [
    # the plural noun is no sentence: the guard captain stays staff
    ("Nel 1935 Ugo Sarri è il capo delle guardie del carcere di Val Nera, dove i condannati a morte "
     "aspettano l'esecuzione.", "Ugo Sarri", "guard"),
    ("Durante un furto Leo Brai uccide un ragazzo e viene chiuso nel riformatorio di Val Nera.", "Leo Brai", "inmate"),
    ("At Harlan Prison, when one of the guards, Lew Hatch, can stand it no longer, he quits.", "Lew Hatch",
     "guard"),
    ("Nel carcere di Val Nera, quando una delle guardie, Nedo Prati, non ne può più, se ne va.", "Nedo Prati",
     "guard"),
    ("One of the inmates, Rex Keel, starts a fire in the laundry.", "Rex Keel", "inmate"),
    ("Rex Keel is arrested, and the judge sends him to Harlan Prison.", "Rex Keel", "inmate"),
    # batch v: a description with "senza" is no negation; a parole is served time
    ("Ugo Sarri, analfabeta e senza famiglia, viene condannato a sei anni.", "Ugo Sarri", "inmate"),
    ("Rex Keel, a forger, is released on parole.", "Rex Keel", "inmate"),
    # batch w: an officer of a named prison; the leader of the inmates
    ("Lew Hatch is an officer at HMP Fenwick. Every morning he checks his car for bombs.", "Lew Hatch", "guard"),
    ("Ugo Sarri, il capo dei detenuti politici nel blocco, rifiuta la divisa.", "Ugo Sarri", "inmate"),
    ("Rex Keel, the leader of the prisoners on the wing, refuses the uniform.", "Rex Keel", "inmate"),
    # batch x: a move into isolation in a high-security prison
    ("Ugo Sarri viene trasferito in isolamento nel supercarcere di Val Nera.", "Ugo Sarri", "inmate"),
    # batch y: a rank of three words; a staff sergeant; an Italian officer named "agente" beside a name
    ("At Harlan Prison Regimental Sergeant Major Lew Hatch drives the men.", "Lew Hatch", "guard"),
    ("At Harlan Prison Staff Sergeant Lew Hatch drives the men.", "Lew Hatch", "guard"),
    ("Nel carcere di Val Nera l'ispettore Nedo Prati, l'agente più anziano, apre le celle.", "Nedo Prati",
     "guard"),
    # batch aa: a British chief officer; one who works with the justice; a pair named in the clause
    ("At Harlan Prison Chief Officer Lew Hatch searches the cells.", "Lew Hatch", "guard"),
    ("Dopo l'arresto Leo Brai collabora con la giustizia.", "Leo Brai", "informer"),
    ("At Harlan Prison Lew Hatch attacks Rex Keel in the yard, and both men are put in solitary.", "Rex Keel",
     "inmate"),
    # sweep three: a surname opening the sentence before its described role; the role after a belief, once
    # the text names the real holder; an adjective after the noun before "di nome"; "si rivela essere"
    ("At Harlan Prison Ned Pryor works in the laundry. Hatch, the chief of the guards, hates him.", "Hatch",
     "guard"),
    ("At Harlan Prison Ned Pryor suspects Lew Hatch of being the snitch, but the real informer is Rex Keel.",
     "Rex Keel", "informer"),
    ("Nel carcere di Val Nera, Ugo Sarri è perseguitato da una guardia brutale di nome Nedo Prati.", "Nedo Prati",
     "guard"),
    ("Nel carcere di Val Nera, Leo Brai si rivela essere l'informatore che ha tradito la fuga.", "Leo Brai",
     "informer"),
    ("At Harlan Prison Captain Lew Hatch rules through a network of informers, among them Rex Keel.", "Rex Keel",
     "informer"),
    ("Nel carcere di Val Nera, Ugo Sarri scopre che Leo Brai lo aveva denunciato alle guardie.", "Leo Brai",
     "informer"),
    ("At Harlan Prison Ned Pryor learns that Rex Keel had ratted him out and kills him.", "Rex Keel", "informer"),
    # batch cf: a governor in a British prison, in Italian; a chief officer by rank; a first name that is also a
    # number, before a particle; the prison's director
    ("A Dartmoor, il governatore Leo Gori lascia il carcere nelle mani delle guardie.", "Leo Gori", "warden"),
    ("Nel carcere di Valnera l'agente capo Leo Gori picchia Ugo Sarri.", "Leo Gori", "guard"),
    ("Il carcere di Valnera è diretto dall'ispettore generale Otto von Brill.", "Otto von Brill", "warden"),
    ("At Granger Prison the prison's director, Ned Pryor, is an old soldier.", "Ned Pryor", "warden"),
    # batch cg: a governor of a prison named by its common noun
    ("Il governatore del carcere, Leo Gori, teme un'evasione.", "Leo Gori", "warden"),
    # batch ce: a tip to a police body with no article; a denunciation written
    ("Ned Pryor hides the loot in Rex Keel's shed and then tips off Scotland Yard.", "Ned Pryor", "informer"),
    ("Ned Pryor wanted Rex Keel's flat and wrote a denunciation claiming that Rex was a spy.", "Ned Pryor",
     "informer"),
    ("Ugo Sarri ha passato tre anni chiuso in una cella del carcere di Val Nera.", "Ugo Sarri", "inmate"),
    ("Dopo l'arresto Leo Brai sceglie di collaborare con la giustizia.", "Leo Brai", "informer"),
    # batch ag: a counted group named after its noun; a nickname with its article; a subject after a
    # fronted phrase of time
    ("At Harlan Prison Ned Pryor meets two other inmates, Rex Keel and Lew Hatch.", "Lew Hatch", "inmate"),
    ("Nel carcere di Val Nera Ugo Sarri conosce altri due detenuti, Leo Brai () e Nedo Prati (Ada Brill).",
     "Leo Brai", "inmate"),
    ("On the island Ned Pryor meets a calm older convict called the Father (Rex Keel).", "Father", "inmate"),
    ("Rex Keel (Al Bo) robs a bank. But Ada Brill (Nora Kell) tips off the police, and within a week Rex is "
     "arrested and sent back to prison.", "Ada Brill", "informer"),
    # batch ah: the one who told the guards, in a cleft
    ("At Harlan Prison Ned Pryor's stash is found, and Rex Keel, who wants his bunk, is the one who "
     "told the guards where it was hidden.", "Rex Keel", "informer"),
    # batch ci: a woman keeper; one who tells detectives another is a gang's courier
    ("Nel carcere di Valnera una secondina anziana, la signora Nora Kell, porta di nascosto i giornali a Ugo Sarri.",
     "Nora Kell", "guard"),
    ("Ada Brill is arrested at a checkpoint. Rex Keel told detectives that Ada Brill was the group's courier.",
     "Rex Keel", "informer"),
    # batch cl: the one in the cell beside is an inmate too
    ("At Granger Prison Rex Keel is celled next to an old bank robber, Lew Hatch.", "Lew Hatch", "inmate"),
    # batch ck: a prison named again by its name without the word of place that opens it
    ("Ugo Sarri viene portato nel carcere di Villa Rosmini. Mesi dopo anche Leo Gori, arrestato a sua volta, "
     "viene portato a Rosmini.", "Leo Gori", "inmate"),
])
def test_a_role_the_text_gives(text, who, role):
    found = roles(text)
    assert found[who] == {role}, found


def test_the_guards_named_as_a_list_are_all_guards():
    found = roles("At Harlan Prison the warders are the officious Lew Hatch, who suspects everyone, and the "
                  "kindly Rex Keel.")
    assert found["Lew Hatch"] == {"guard"} and found["Rex Keel"] == {"guard"}, found


@pytest.mark.parametrize("text", [
    "At Harlan Prison Rex Keel is arrested. He becomes an informer for the warden.",
    "Leo Brai viene arrestato. Dopo un mese decide di parlare: diventa un confidente e rivela al giudice Nedo Prati "
    "i nomi dei complici.",
])
def test_a_role_noun_said_of_a_pronoun_is_no_one_else(text):
    labels = [c.label for c in extract(text, "t").characters]
    assert "the informer" not in labels, labels


def test_the_helper_of_a_later_clause_did_not_help_the_frame():
    found = facts("Ned Pryor, who had been framed by Lew Hatch, escapes from Harlan Prison with the help of his "
                  "friend Rex Keel.")
    assert ("Ned Pryor", "framedBy", "Lew Hatch") in found, found
    assert ("Ned Pryor", "framedBy", "Rex Keel") not in found, found


def test_a_role_said_of_someone_under_suspicion_names_no_one_else():
    # the noun is said of Lew, wrongly: it is no role-only "informer" of its own
    labels = [c.label for c in extract("At Harlan Prison Ned Pryor suspects Lew Hatch of being the snitch.",
                                       "t").characters]
    assert "the informer" not in labels, labels


def test_a_place_used_as_an_adjective_is_words_all_through():
    labels = [c.label for c in extract("Rex Keel finds a San Marino bag in the laundry.", "t").characters]
    assert labels == ["Rex Keel"], labels



@pytest.mark.parametrize("text, who, role", [
    # a plural participle before its clause gives no one of another clause the role
    ("Il procuratore Leo Brai accusa Ugo Sarri e Nedo Prati. Rinchiusi nel carcere di Val Nera, i due "
     "attendono il processo.", "Leo Brai", "inmate"),
    # a rank of two words is not the rank of its last word; "under guard" is no guard
    ("Group Captain Lew Hatch talks to the commandant of Harlan Prison.", "Lew Hatch", "guard"),
    ('Rex Keel, known as "Big X", arrives under guard at Harlan Prison.', "Rex Keel", "guard"),
    # an associate warden is below the warden; a police officer at a prison is no guard
    ("At Harlan Prison Associate Warden Lew Hatch beats Rex Keel.", "Lew Hatch", "warden"),
    ("Lew Hatch is a police officer at HMP Fenwick.", "Lew Hatch", "guard"),
    # batch z: the one who keeps the warden informed is no warden himself
    ("At Harlan Prison Warden Lew Hatch learns of the plan, while Rex Keel's bookkeeper, Ned Pryor, secretly "
     "keeps the warden informed.", "Ned Pryor", "warden"),
    # batch y: an Italian police agent is no prison officer
    ("Leo Brai, un agente di polizia, interroga Ugo Sarri nel carcere di Val Nera.", "Leo Brai", "guard"),
    # batch aa: "both" after a possessor stands for the two others, not for the possessor
    ("Rex Keel and Lew Hatch rob a bank. Rex Keel's girlfriend Ada Brill tells a detective where they hide, and "
     "both are sent to Harlan Prison.", "Ada Brill", "inmate"),
    # running a prison makes a warden only where nothing says otherwise; one who informs is no warden
    ("Lew Hatch, the captain of the guards, effectively runs Harlan Prison.", "Lew Hatch", "warden"),
    ("Ugo Sarri, capitano delle guardie, di fatto governa il carcere di Val Nera.", "Ugo Sarri", "warden"),
    ("Lew Hatch, the captain of the guards, runs the prison for the old warden of Harlan Prison.", "Lew Hatch",
     "warden"),
    ("At Harlan Prison Rex Keel has been informing the warden about the inmates.", "Rex Keel", "warden"),
    # batch ae: a bare rank that a fuller title explains; an agency's agent, however it is capitalised
    ("Nel carcere di Val Nera indaga il capitano dei carabinieri Leo Brai. Il capitano fa arrestare Ugo Sarri.",
     "Leo Brai", "guard"),
    ("Nel carcere di Val Nera Ugo Sarri incontra Leo Brai, un agente della DEA.", "Leo Brai", "guard"),
])
def test_a_role_the_text_does_not_give(text, who, role):
    found = roles(text)
    assert role not in found[who], found


def test_contraband_reported_where_it_lies_is_no_frame():
    found = facts("At Harlan Prison Lew Hatch tips off the warden about a stash of drugs hidden in Ned Pryor's "
                  "mattress.")
    assert found == {("Lew Hatch", "informerOf", "the warden"), ("the warden", "wardenOf", "Harlan Prison")}, found


@pytest.mark.parametrize("text, label, alias", [
    ("Rex Keel is jailed. To survive he joins a gang, takes the name Money, and learns the rules.",
     "Rex Keel", "Money"),
    ("Ned Pryor escapes. Years later Ada Brill learns that Ned Pryor, now calling himself Lew Hatch, runs a "
     "hotel.", "Ned Pryor", "Lew Hatch"),
    ("Ugo Sarri esce di prigione e si fa chiamare Leo Brai.", "Ugo Sarri", "Leo Brai"),
])
def test_a_name_someone_takes_on_is_an_alias(text, label, alias):
    chars = {c.label: c.aliases for c in extract(text, "t").characters}
    assert alias in chars.get(label, ()) and alias not in chars, chars


@pytest.mark.parametrize("text, labels", [
    ("Lo Ka-yiu is sent to Harlan Prison, where Ka-yiu shares a cell with Rex Keel.", ["Lo Ka-yiu", "Rex Keel"]),
    ("U.S. Marshal Vince Larkin follows the plane.", ["Vince Larkin"]),
    ("Army Ranger Cameron Poe is sent to Harlan Prison.", ["Cameron Poe"]),
])
def test_a_name_with_lower_case_syllables_or_after_a_title(text, labels):
    found = [c.label for c in extract(text, "t").characters]
    assert found == labels, found


def test_a_generation_after_a_name_tells_father_from_son():
    doc = extract("Judge Rex Keel III jailed Ned Pryor. Ned now hunts his son, Rex Keel IV (Leo Gori), and frames "
                  "him.", "t")
    labels = sorted(c.label for c in doc.characters)
    assert labels == ["Ned Pryor", "Rex Keel III", "Rex Keel IV"], labels


def test_a_bare_rank_joins_the_one_with_the_fuller_title():
    doc = extract("Nel carcere di Val Nera indaga il capitano dei carabinieri Leo Brai. Il capitano fa arrestare "
                  "Ugo Sarri.", "t")
    assert sorted(c.label for c in doc.characters) == ["Leo Brai", "Ugo Sarri"], doc.characters


def test_a_pronoun_finds_the_one_of_its_sex():
    # "he" is not "his ex-wife"
    found = roles("Ned Pryor is arrested. At the trial his ex-wife Ada Brill testifies against him, and he is "
                  "sentenced to ten years.")
    assert found["Ned Pryor"] == {"inmate"} and "inmate" not in found["Ada Brill"], found


def test_a_governor_heads_the_prison_only_where_the_text_is_british():
    british = roles("Ned Pryor is moved to a borstal, where the warders beat him. The governor does nothing.")
    american = roles("Ned Pryor is moved to Harlan Prison, where the guards beat him. The governor does nothing.")
    assert british["the warden"] == {"warden"} and "the warden" not in american, (british, american)


def test_a_governor_with_a_deputy_heads_the_prison_and_the_deputy_is_staff():
    found = roles("At Harlan Prison the deputy governor, Lew Hatch, wants Ned Pryor moved. Rex Keel persuades "
                  "the governor to let him stay.")
    assert found["Lew Hatch"] == {"guard"} and found["the warden"] == {"warden"}, found


def test_a_nickname_introduced_after_the_actor_belongs_to_the_name():
    doc = extract('Nedo Prati (Ugo Gori), detto "l\'Orso", divide la cella con Leo Brai.', "t")
    assert [c.label for c in doc.characters] == ["Nedo Prati", "Leo Brai"], [c.label for c in doc.characters]
    assert "l'Orso" in doc.characters[0].aliases, doc.characters[0].aliases


def test_a_name_holding_a_preposition_before_its_actor_is_a_name():
    doc = extract("In carcere Lady Di (Ada Brill) canta per i detenuti.", "t")
    assert any("Lady Di" in c.aliases | {c.label} for c in doc.characters), [c.label for c in doc.characters]


def test_an_epithet_with_its_article_before_the_actor_is_a_nickname():
    doc = extract("Nedo Prati uccide Sammy il Turco (Ugo Gori) davanti a un locale.", "t")
    sammy = [c for c in doc.characters if c.label == "Sammy"]
    assert sammy and "il Turco" in sammy[0].aliases, [(c.label, c.aliases) for c in doc.characters]
    assert "Turco" not in [c.label for c in doc.characters]


def test_a_clause_after_a_long_aside_does_not_join_the_cellmates():
    found = facts("At Harlan Prison Rex Keel, who shares a cell with a young thief named Ned Pryor, cannot stand "
                  "the idea of a champion, and picks a fight with Lew Hatch in the yard.")
    assert ("Ned Pryor", "cellmateOf", "Rex Keel") in found, found
    assert not {f for f in found if f[1] == "cellmateOf" and "Lew Hatch" in f}, found


def test_the_medical_officer_is_the_doctor():
    labels = [c.label for c in extract("At Harlan Prison the medical officer examines Rex Keel.", "t").characters]
    assert "the doctor" in labels, labels


def test_one_named_alone_shares_a_cell_with_no_one():
    found = facts("Rex Keel and Lew Hatch rob a bank. Ned Pryor is arrested, and he shares a cell.")
    assert not {f for f in found if f[1] == "cellmateOf"}, found


@pytest.mark.parametrize("text, absent, label", [
    ("Ugo Sarri e Leo Brai raggiungono la Svizzera.", "Svizzera", "Leo Brai"),
    # a quantified role noun is anyone of its kind
    ("Rex Keel's men send each detective a false tip.", "the detective", "Rex Keel"),
    ("HM Prison Fenwick holds Ned Pryor.", "Fenwick", "Ned Pryor"),
    # batch x: a capitalised common noun; a two-word rank; a subject after a prison noun
    ("Lew Hatch, a young Marine, salutes Rex Keel.", "Marine", "Lew Hatch"),
    ("Lieutenant General Rex Keel arrives at Harlan Prison.", "General Rex Keel", "Rex Keel"),
    ("Nella casa circondariale Ugo Sarri incontra Leo Brai.", "casa circondariale Ugo Sarri", "Ugo Sarri"),
    ("Lew Hatch works in the governor's office at Harlan Prison.", "the governor", "Lew Hatch"),
    ("Durante la rapina Ugo Sarri uccide una guardia giurata e finisce nel carcere di Val Nera.", "the guard",
     "Ugo Sarri"),
    ("Il capitano de Valmy fugge dal carcere di Val Nera.", "Valmy", "de Valmy"),
    # batch y: a place named with a possessive; a nation's adjective; an Italian decade and century
    ("Ned Pryor grows up in Devil's Acre, near the docks.", "Devil", "Ned Pryor"),
    ("Ned Pryor grows up in Devil's Acre, near the docks.", "Acre", "Ned Pryor"),
    ("Rex Keel crosses the Libyan desert on foot.", "Libyan", "Rex Keel"),
    ("Negli anni Sessanta Ugo Sarri lavora al porto.", "Sessanta", "Ugo Sarri"),
    ("In un carcere dell'Ottocento Ugo Sarri attende il processo.", "Ottocento", "Ugo Sarri"),
    # batch z: a name of several words after "the" is a group's or a place's; a continent
    ("Rex Keel joins the Aryan Vanguard in the Mojave Desert.", "Aryan Vanguard", "Rex Keel"),
    ("Rex Keel joins the Aryan Vanguard in the Mojave Desert.", "Mojave Desert", "Rex Keel"),
    ("In a future America Rex Keel is jailed for life.", "America", "Rex Keel"),
    # batch ab: a surname that is a place's head word, before the actor
    ("Nedo Piazza (Leo Gori) esce dal carcere di Val Nera.", "Piazza", "Nedo Piazza"),
    # batch ad: a body named by a role noun; a family after a plural article; the Mafia; a figure of speech;
    # an institution before a name
    ("The Coast Guard picks up Ned Pryor.", "Coast", "Ned Pryor"),
    ("Ugo Sarri combatte contro i Barzini.", "Barzini", "Ugo Sarri"),
    ("Ugo Sarri rivela la struttura di Cosa Nostra.", "Nostra", "Ugo Sarri"),
    ("Ugo Sarri, uno dei capi della vecchia guardia, fugge.", "the old guard", "Ugo Sarri"),
    ("Ugo Sarri testimonia contro il presidente del Consiglio Leo Brai.", "Consiglio Leo Brai", "Leo Brai"),
    # batch aa: the London police
    ("Ned Pryor gives the address to Detective Lew Hatch of Scotland Yard.", "Yard", "Ned Pryor"),
    # batch ae: a film's title and its makers; a war with its number
    ("Night Ward is a 1990 action film starring Ugo Sarri. Ned Pryor shares a cell with Rex Keel.", "Night Ward",
     "Ned Pryor"),
    ("Night Ward is a 1990 action film starring Ugo Sarri. Ned Pryor shares a cell with Rex Keel.", "Ugo Sarri",
     "Ned Pryor"),
    ("Notte di guardia è un film del 1999 diretto da Leo Brai. Ugo Sarri divide la cella con Nedo Prati.",
     "Leo Brai", "Ugo Sarri"),
    ("'''Night Ward''' tells of Ned Pryor, who shares a cell with Rex Keel.", "Night Ward", "Ned Pryor"),
    ("After World War II, Ned Pryor shares a cell with Rex Keel.", "World War II", "Ned Pryor"),
    # batch af: a compound with lower-case parts is no name by itself
    ("Ex-boxer Ned Pryor watches a U-boat film with Rex Keel.", "U-boat", "Ned Pryor"),
    ("Ex-boxer Ned Pryor watches a U-boat film with Rex Keel.", "Ex-boxer Ned Pryor", "Ned Pryor"),
    # batch ag: a conjunction before a name and its actor; a band named by a plural; places opened by
    # their kind; a cardinal rule
    ("Rex Keel robs a bank. But Ada (Nora Kell) is jealous.", "But Ada", "Ada"),
    ("On the island the Outsiders, led by Rex Keel, raid the shore.", "Outsiders", "Rex Keel"),
    ("Nello Stato Pontificio il ciabattino Ugo Sarri appende versi contro il governo.", "Pontificio",
     "Ugo Sarri"),
    ("Rex Keel is moved from Fort Knox to Lake Placid.", "Fort Knox", "Rex Keel"),
    ("Rex Keel is moved from Fort Knox to Lake Placid.", "Lake Placid", "Rex Keel"),
    ("The cardinal rule of the yard, Ned Pryor learns, is silence.", "the cardinal", "Ned Pryor"),
    # batch ah: a kind used as an adjective after a possessive; a nation's adjective; places after their
    # noun or opened by a Spanish article; the warden named only through his blessing
    ("Ned Pryor joins the prison's Muay Thai team.", "Muay Thai", "Ned Pryor"),
    ("Ned Pryor shares the yard with sixty Thai inmates.", "Thai", "Ned Pryor"),
    ("Ugo Sarri costruisce un ponte sul fiume Kwai.", "Kwai", "Ugo Sarri"),
    ("Los Angeles, anni Quaranta. Ugo Sarri fonda la Mafia Messicana.", "Los Angeles", "Ugo Sarri"),
    ("Los Angeles, anni Quaranta. Ugo Sarri fonda la Mafia Messicana.", "Messicana", "Ugo Sarri"),
    ("Ned Pryor runs the boxing team with the warden's blessing.", "the warden", "Ned Pryor"),
    ("The men are loaded onto a train bound for the Reich with Ned Pryor.", "Reich", "Ned Pryor"),
    ("Rex Keel later plays in the Negro leagues.", "Negro", "Rex Keel"),
    ("Ada Brill legge loro la Bibbia ogni sera.", "Bibbia", "Ada Brill"),
    ("Ada Brill fugge con Ugo Sarri verso il Canada.", "Canada", "Ugo Sarri"),
    # batch cg: a court named head first; a city that is a sentence of its own
    ("Condannato dalla Corte Penale Speciale, Ugo Sarri viene trasferito a Valnera.", "Corte Penale Speciale",
     "Ugo Sarri"),
    ("Nuova Delhi. Il tassista Ugo Sarri viene accusato di omicidio.", "Nuova Delhi", "Ugo Sarri"),
    # batch ci: a city's quarter as a dateline; where a film was made; its maker after "by writer-director"
    ("Berlino Ovest, 1961. Il tassista Ugo Sarri viene arrestato.", "Ovest", "Ugo Sarri"),
    ("Walls is a 1979 West German drama film. Ned Pryor is arrested.", "West German", "Ned Pryor"),
    ("Walls is a 2011 prison drama by writer-director Rex Keel. Ned Pryor is arrested.", "Rex Keel", "Ned Pryor"),
    # batch cj: a maker whose name holds particles
    ("Il cortile è un film del 1994 diretto da Clemente de la Cerda. Ugo Sarri viene arrestato.", "Cerda",
     "Ugo Sarri"),
    # batch ck: a post promised is held by no one; a newspaper named with its own article
    ("At Granger Prison Ned Pryor, to whom a post as a turnkey had been promised, spies on Rex Keel.", "the guard",
     "Ned Pryor"),
    ("Ugo Sarri scrive al quotidiano La Voce.", "Voce", "Ugo Sarri"),
    # batch cl: a police body written with a capital; a people named before a trade
    ("Rex Keel is arrested by the Stasi.", "Stasi", "Rex Keel"),
    ("Ugo Sarri viene arrestato dalla Securitate.", "Securitate", "Ugo Sarri"),
    ("Rex Keel's cellmate is a silent Cree trapper, Lew Hatch.", "Cree", "Lew Hatch"),
])
def test_not_a_character(text, absent, label):
    labels = [c.label for c in extract(text, "t").characters]
    assert absent not in labels and label in labels, labels


@pytest.mark.parametrize("text", [
    # the spy is the one the relative clause is about, not the one named inside it
    "Nel carcere di Valnera, il giovane Leo Gori, che dorme nella cella accanto a quella di Ugo Sarri, è la spia "
    "del sergente Nedo Prati. Ugo Sarri scrive ai giornali.",
    # a name set off by commas, the second before the copula
    "Nel carcere di Valnera, Ugo Sarri scrive ai giornali; un altro detenuto, Leo Gori, è un confidente del "
    "maresciallo Nedo Prati.",
])
def test_the_informer_noun_goes_to_the_one_the_copula_is_about(text):
    found = roles(text)
    assert "informer" in found["Leo Gori"] and "informer" not in found.get("Ugo Sarri", set()), found


def test_a_name_taken_after_a_relative_on_a_plain_noun_is_someone_new():
    labels = {c.label for c in extract("Nel carcere di Valnera, Ugo Sarri viene chiuso in una cella con altri due "
                                       "detenuti: un vecchio pastore, Leo Gori, e un ragazzo che si fa chiamare "
                                       "Hotte.", "t").characters}
    assert {"Ugo Sarri", "Leo Gori", "Hotte"} <= labels, labels


def test_a_game_warden_is_not_the_warden():
    doc = extract("Warden Al Moss runs Granger Prison. His cellmate Lew Hatch is serving life for killing a game "
                  "warden.", "t")
    wardens = [c for c in doc.characters if "warden" in c.roles]
    assert [c.label for c in wardens] == ["Al Moss"]
    assert {m.sent for m in wardens[0].mentions} == {0}, [m.text for m in wardens[0].mentions]


def test_a_prisons_name_ends_before_the_surname_of_one_an_actor_plays():
    doc = extract("Il medico Ugo Kogan (Al Moss) viene arrestato. Nella prigione della Lubjanka Kogan viene gettato "
                  "in una cella.", "t")
    assert [p.label for p in doc.prisons] == ["prigione della Lubjanka"]


def test_a_doer_named_after_a_colon_behind_a_description_is_the_subject_of_his_clause():
    found = facts("Il giovane meccanico Ugo Sarri viene condannato per una rapina: il vero rapinatore, il suo "
                  "amico d'infanzia Leo Gori, lo ha accusato falsamente di essere stato il suo complice.")
    assert ("Ugo Sarri", "framedBy", "Leo Gori") in found and ("Leo Gori", "framedBy", "Ugo Sarri") not in found


def test_a_nickname_may_keep_the_article_of_its_own_tongue():
    doc = extract("Il trafficante Nelson Quintero, detto el Gocho (Ada Brill), usa la barca di Ugo Sarri.", "t")
    assert [c.label for c in doc.characters if "Gocho" in c.aliases] == ["Nelson Quintero"], doc.characters


def test_a_stool_pigeon_found_out_to_be_someone_is_him():
    found = roles("At Granger Prison Ned Pryor suspects Al Moss, but the stoolie turns out to be Rex Keel's own "
                  "nephew, a trusty named Lew Hatch.")
    assert "informer" in found["Lew Hatch"] and "informer" not in found.get("Al Moss", set()), found


def test_the_owner_of_a_subject_is_not_what_it_is_called():
    found = roles("Nel carcere di Valnera, la moglie di Ugo Sarri è una guardia. Ugo Sarri lavora come meccanico.")
    assert "guard" not in found["Ugo Sarri"], found


def test_there_is_a_cell_only_after_a_sentence_that_ends_in_one():
    told = "At Granger Prison, Ned Pryor is moved to a cell in the east wing. There he meets Rex Keel and Lew Hatch."
    assert ("Ned Pryor", "cellmateOf", "Rex Keel") in facts(told)
    untold = "Ned Pryor is taken to Granger Prison in the east. There he meets Rex Keel and Lew Hatch."
    assert not [f for f in facts(untold) if f[1] == "cellmateOf"]


def test_a_transliterated_name_with_an_apostrophe_is_one_word_but_an_elision_is_two():
    from kg.text import token_texts
    words = list(token_texts("Ivan Terent'ev e Sergej Vasil'evič nell'ospedale di Dell'Utri, don't"))
    assert "Terent'ev" in words and "Vasil'evič" in words
    assert "nell'" in words and "Dell'" in words and "don" in words


def test_a_director_of_a_newspaper_is_no_warden_when_named_again_bare():
    doc = extract("Il direttore del quotidiano, Ugo Sarri, attacca Leo Brai, che viene rinchiuso nel carcere di "
                  "Val Nera. Il direttore, però, ordina a tutti di tacere.", "t")
    assert not [c.label for c in doc.characters if "warden" in c.roles]
    doc = extract("Il direttore del giornale, Ugo Sarri, scrive di Leo Brai, rinchiuso nel carcere di Val Nera. "
                  "Il direttore del carcere, Nedo Prati, lo riceve. Il direttore lo punisce.", "t")
    assert [c.label for c in doc.characters if "warden" in c.roles] == ["Nedo Prati"]


def test_a_member_after_con_holds_no_agent_of_its_own():
    found = facts("Ugo Sarri viene messo in cella con Leo Brai, un ragazzo fragile, che poco dopo muore con l'eroina "
                  "fornita dal tenente Nedo Prati, il capo delle guardie.")
    assert {f for f in found if f[1] == "cellmateOf"} == {("Leo Brai", "cellmateOf", "Ugo Sarri")}


def test_a_singular_article_before_a_surname_in_s_keeps_the_person():
    labels = [c.label for c in extract("Nel riformatorio la guardia Ora Stokes comanda. Dottie fa da informatrice "
                                       "per la Stokes.", "t").characters]
    assert "Ora Stokes" in labels and "Stokes" not in labels, labels


def test_a_first_name_opening_a_sentence_keeps_its_particle_before_the_actor():
    doc = extract("Giulia di Sante (Ada Brill), una giovane ebrea, supplica Ugo Sarri.", "t")
    assert [c.label for c in doc.characters] == ["Giulia di Sante", "Ugo Sarri"]


def test_a_hearsay_cue_before_the_frame_does_not_undo_an_instigator_after_it_but_one_before_does():
    assert ("Ned Pryor", "framedBy", "Rex Keel") in facts(
        "Lew Hatch accuses Ned Pryor falsely after being bribed by Rex Keel.")
    assert not facts("Ned Pryor is told that Lew Hatch framed him on the orders of Rex Keel.")


def test_the_pair_of_a_counted_noun_is_the_group_that_noun_introduced():
    found = facts("I carbonari Ugo Sarri, medico, e Leo Brai preparano una rivolta. Un confratello, Nedo Prati, li "
                  "tradisce: è lui la spia che rivela al cardinale Lino Rota il luogo delle riunioni. Arrestati "
                  "durante un incontro, i due carbonari vengono chiusi nella stessa cella.")
    assert {f for f in found if f[1] == "cellmateOf"} == {("Leo Brai", "cellmateOf", "Ugo Sarri")}, found


def test_a_nickname_of_two_words_used_alone_later_is_its_bearer():
    doc = extract('Martel Gordone (Leo Gori), a drifter nicknamed "Too Sweet", gets into a fight. Later Too Sweet '
                  'is sent to Harlan Prison.', "t")
    assert [c.label for c in doc.characters] == ["Martel Gordone"]


def test_a_rank_before_an_italian_name_is_its_title():
    doc = extract("Il medico del campo, il maggiore Ugo Sarri (Leo Gori), cerca una mediazione.", "t")
    assert [(c.label, sorted(c.aliases)) for c in doc.characters] == [
        ("Ugo Sarri", ["Il medico", "maggiore Ugo Sarri", "medico"])]


def test_a_descriptive_noun_after_a_count_means_a_pair_told_before_not_the_last_two_named():
    found = facts("Ned Pryor and Rex Keel drive south. Ned loses at cards to Lew Hatch. Lew is shot, and the "
                  "sheriff, Nora Kell, pins the killing on the two strangers.")
    assert {f for f in found if f[1] == "framedBy"} == {
        ("Ned Pryor", "framedBy", "Nora Kell"), ("Rex Keel", "framedBy", "Nora Kell")}, found


@pytest.mark.parametrize("text, label, alias", [
    ('Rex Keel reveals the tunnel to the commandant. The others start calling him "Von Keel".', "Rex Keel",
     "Von Keel"),
    ('Ugo Sarri rivela il tunnel al comandante. Gli altri prigionieri cominciano a chiamarlo "Von Sarri".',
     "Ugo Sarri", "Von Sarri"),
])
def test_a_name_others_give_is_an_alias_of_the_one_the_story_follows(text, label, alias):
    doc = extract(text, "t")
    assert [(c.label, alias in c.aliases) for c in doc.characters if c.label in (label, alias)] == [(label, True)]


def test_an_actor_with_an_initial_and_a_suffix_keeps_its_full_stops():
    doc = extract("Ned Pryor meets the quiet Biscuit (Leo A. Gori Jr.).", "t")
    assert {c.label: c.actor for c in doc.characters} == {"Ned Pryor": None, "Biscuit": "Leo A. Gori Jr."}


def test_a_contraction_inside_a_nickname_belongs_to_it():
    doc = extract("A young convict known as Can't Get Right (Leo Gori) plays ball.", "t")
    assert [c.label for c in doc.characters] == ["Can't Get Right"]


def test_the_former_holder_of_a_role_is_the_one_holder_the_text_named():
    doc = extract("The sheriff, Lew Hatch, arrests Ned Pryor. Years later the former sheriff dies.", "t")
    assert [c.label for c in doc.characters] == ["Lew Hatch", "Ned Pryor"]


def test_a_first_name_used_elsewhere_is_cut_from_the_prison_name_it_follows():
    doc = extract("Ugo Sarri (Leo Gori) viene arrestato. Nel carcere di Val Nera Ugo divide la cella con Nedo "
                  "Prati.", "t")
    assert [p.label for p in doc.prisons] == ["carcere di Val Nera"]
    assert ("Nedo Prati", "cellmateOf", "Ugo Sarri") in facts(
        "Ugo Sarri (Leo Gori) viene arrestato. Nel carcere di Val Nera Ugo divide la cella con Nedo Prati.")


def test_a_camp_named_by_an_apposition_with_a_place_after_its_noun_is_a_prison():
    doc = extract("A judge sends Ned Pryor to Camp Dry Creek, a juvenile detention camp in the desert. The camp is "
                  "run by Ada Brill.", "t")
    assert [p.label for p in doc.prisons] == ["Camp Dry Creek"]
    assert roles("A judge sends Ned Pryor to Camp Dry Creek, a juvenile detention camp in the desert. The camp is "
                 "run by Ada Brill.")["Ada Brill"] == {"warden"}


def test_a_false_accusation_of_being_the_informer_names_no_informer():
    doc = extract("Lew Hatch accuses a tailor, Rex Keel, of being the informer, but his lies fall apart.", "t")
    assert [(c.label, set(c.roles)) for c in doc.characters] == [("Lew Hatch", set()), ("Rex Keel", set())]


@pytest.mark.parametrize("text", [
    # the pronoun of the clause, not the friend named in the clause before it
    "Gypo Nolan is broke. When he sees a poster for his friend Frankie, he tells the British where Frankie is hiding.",
    # the pronoun that opens the clause, past a verb and "and", not the friend inside a relative clause
    "Gypo Nolan is broke. When he sees a poster for his friend Frankie Shaw, who is wanted for murder, he walks "
    "into the police station and tells the British where Frankie is hiding.",
])
def test_the_subject_pronoun_of_a_clause_is_its_subject(text):
    assert {label for label, r in roles(text).items() if "informer" in r} == {"Gypo Nolan"}


@pytest.mark.parametrize("text, members", [
    # a role noun and a description after a cellmate, then the next one after "and with"
    ("Ned Pryor becomes prisoner 77 and shares a cell with Rex Keel (Leo Gori), prisoner 38, who turns out to be "
     "a soldier, and with Lew Hatch (Ugo Gori), prisoner 82, a gentle man.", ("Ned Pryor", "Rex Keel", "Lew Hatch")),
    ("Ugo Sarri divide la cella con Leo Brai, il detenuto più anziano del braccio, e con Nedo Prati, un ladro.",
     ("Ugo Sarri", "Leo Brai", "Nedo Prati")),
])
def test_a_cellmate_after_an_apposition_with_a_role_noun_is_not_the_last_of_the_list(text, members):
    found = {f for f in facts(text) if f[1] == "cellmateOf"}
    assert found == cell_pairs(members), found


def test_telling_an_officer_who_did_a_deed_is_informing_and_the_officer_named_later_is_the_same():
    text = ("Ned Pryor is sent to a borstal. Another boy, Rex Keel (Leo Gori), tells the housemaster who broke "
            "the window, and the others shun him. Mr Brill, the housemaster (Ugo Gori), warns Ned.")
    doc = extract(text, "t")
    assert [c.label for c in doc.characters] == ["Ned Pryor", "Rex Keel", "Brill"]
    assert facts(text) == {("Rex Keel", "informerOf", "Brill")}
    assert roles(text)["Brill"] == {"guard"}


def test_a_verb_after_a_described_name_is_no_adjective_of_the_role_noun_after_it():
    doc = extract("Ned Pryor is in prison. Another man, Rex Keel, tells the guard who stole the knife.", "t")
    assert [(c.label, sorted(c.aliases)) for c in doc.characters] == [
        ("Ned Pryor", []), ("Rex Keel", []), ("the guard", ["guard"])]


def test_the_actor_after_a_role_noun_and_its_prison_belongs_to_the_role():
    doc = extract("Ned Pryor is sent to a borstal. The governor of the borstal (Leo Gori) likes sport.", "t")
    assert {c.label: c.actor for c in doc.characters} == {"Ned Pryor": None, "the warden": "Leo Gori"}


@pytest.mark.parametrize("text, labels", [
    # a role-only warden, then the same warden with his name and "the"
    ("The warden punishes Ugo Sarri. Later Rex Keel, the warden, frees him.", ["Ugo Sarri", "Rex Keel"]),
    # a noun with "of" may be another prison's head: kept apart
    ("Il direttore di Val Nera punisce Ugo Sarri. Il direttore del carcere di Rocca Bruna, Nedo Prati, lo accoglie.",
     ["Ugo Sarri", "Nedo Prati", "the warden"]),
    # "a guard" in apposition is some guard, not the one told of before
    ("The guard beats Ugo Sarri. Later Rex Keel, a guard, frees him.", ["Ugo Sarri", "Rex Keel", "the guard"]),
])
def test_a_role_holder_told_of_before_his_name_is_the_one_a_definite_apposition_names(text, labels):
    assert [c.label for c in extract(text, "t").characters] == labels


def test_telling_the_investigators_where_someone_works_is_informing():
    text = ("Ugo Sarri vive a Milano con un altro nome. Nora Kell lo denuncia alla polizia, dicendo agli "
            "investigatori chi è davvero e dove lavora.")
    assert roles(text) == {"Ugo Sarri": set(), "Nora Kell": {"informer"}}


@pytest.mark.parametrize("text", [
    "Ned Pryor is in prison. Among the guards are Lew Hatch (Leo Gori), a clerk, and Rex Keel.",
    "Ned Pryor è in carcere. Tra le guardie spiccano Lew Hatch (Leo Gori), un impiegato, e Rex Keel, che diventa "
    "il suo braccio destro.",
])
def test_names_picked_out_among_the_guards_are_guards(text):
    found = roles(text)
    assert (found["Lew Hatch"], found["Rex Keel"]) == ({"guard"}, {"guard"}), found


def test_a_role_noun_with_a_nickname_after_a_comma_is_the_nicknamed_one():
    doc = extract("Ugo Sarri è in carcere. Un secondino severo, soprannominato Mongo (Leo Brai), perquisisce le "
                  "celle.", "t")
    assert [(c.label, c.actor) for c in doc.characters] == [("Ugo Sarri", None), ("Mongo", "Leo Brai")]


def test_a_plural_verb_with_no_subject_is_about_the_last_ones_named_together():
    text = "Ugo Sarri e Leo Brai rubano un'auto. Arrestati, vengono condannati a tre anni. Nedo Prati li aspetta."
    assert roles(text) == {"Ugo Sarri": {"inmate"}, "Leo Brai": {"inmate"}, "Nedo Prati": set()}


@pytest.mark.parametrize("text, labels", [
    ("During Prohibition Ned and Rex brew beer and are sent to prison.", ["Ned", "Rex"]),
    ("Ned Pryor is angry during Rex Keel's trial.", ["Ned Pryor", "Rex Keel"]),
    ("Ugo Sarri e Leo Brai fuggono. Raggiungono il Mozambico e poi Londra.", ["Ugo Sarri", "Leo Brai"]),
    ("In Libya Ned Pryor meets Rex Keel.", ["Ned Pryor", "Rex Keel"]),
])
def test_an_era_a_country_or_a_city_is_no_character(text, labels):
    assert [c.label for c in extract(text, "t").characters] == labels


def test_a_prison_may_take_its_name_from_a_city():
    doc = extract("Ugo Sarri viene rinchiuso nel carcere di Londra, dove divide la cella con Leo Brai.", "t")
    assert [p.label for p in doc.prisons] == ["carcere di Londra"]


@pytest.mark.parametrize("text", [
    "Ugo Sarri viene condannato. Il suo subordinato, il maggiore Leo Brai (Rex Keel), che aveva fabbricato le prove "
    "usate contro Sarri, fabbrica ora nuovi falsi.",
    "Ugo Sarri is convicted. His aide, Leo Brai, who had forged the documents used against Sarri, forges more.",
])
def test_evidence_fabricated_against_someone_is_a_frame_whatever_its_adjective(text):
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Brai")}


def test_an_adjective_of_nation_or_faith_may_stand_between_a_title_and_a_name():
    doc = extract("Il capitano ebreo Ugo Sarri (Leo Gori) viene degradato e deportato.", "t")
    assert [(c.label, "capitano" in c.aliases) for c in doc.characters] == [("Ugo Sarri", True)]


def test_a_verb_after_a_name_and_comma_is_no_adjective_of_the_role_noun_after_it_in_italian():
    text = ("Nedo Prati viene arrestato e chiede di parlare con il giudice istruttore Leo Brai. Rivela al giudice i "
            "nomi dei capi. Il direttore del carcere, il dottor Rex Keel, avverte il giudice che circolano voci.")
    assert {f for f in facts(text) if f[1] == "informerOf"} == {("Nedo Prati", "informerOf", "Leo Brai")}
    assert "il giudice" not in next(c for c in extract(text, "t").characters if c.label == "Rex Keel").aliases


def test_a_prison_named_after_its_noun_an_adjective_and_an_article():
    doc = extract("Ugo Sarri viene rinchiuso nella prigione militare del Forte Nero, dove incontra Leo Brai.", "t")
    assert [p.label for p in doc.prisons] == ["prigione militare del Forte Nero"]


def test_a_place_between_the_verb_and_the_cell_does_not_hide_the_cellmate():
    assert facts("Ugo Sarri viene rinchiuso in isolamento, in una cella con Leo Brai.") == {
        ("Leo Brai", "cellmateOf", "Ugo Sarri")}


@pytest.mark.parametrize("text, labels", [
    ("Ugo Sarri prende contatto con la Resistenza francese.", ["Ugo Sarri"]),
    ("Ned Pryor played for West Ham United before the war.", ["Ned Pryor"]),
])
def test_an_organisation_with_a_capital_is_no_character(text, labels):
    assert [c.label for c in extract(text, "t").characters] == labels


@pytest.mark.parametrize("text, members", [
    ("Ned Pryor is locked in a cell with Rex Keel (Leo Gori), a tough man who has been inside for years, Lew Hatch "
     "(Ugo Gori), and Ugo Sarri (Leo Brai), who works in the laundry.", ("Ned Pryor", "Rex Keel", "Lew Hatch",
                                                                         "Ugo Sarri")),
    ("Ugo Sarri divide la cella con Leo Brai, un ladro che non parla mai, Nedo Prati, e Rex Keel, che lavora in "
     "lavanderia.", ("Ugo Sarri", "Leo Brai", "Nedo Prati", "Rex Keel")),
    # a name after the description that a verb follows is no member
    ("Ned Pryor shares a cell with Rex Keel, a thief, Lew Hatch later escapes.", ("Ned Pryor", "Rex Keel")),
])
def test_a_cellmate_may_follow_a_described_one_after_a_bare_comma(text, members):
    found = {f for f in facts(text) if f[1] == "cellmateOf"}
    assert found == cell_pairs(members), found


@pytest.mark.parametrize("text", [
    "Ned Pryor robs a bank. Investigator Rex Keel sends Lew Hatch into the prison under the name Ugo Sarri. "
    "Ugo Sarri shares a cell with Pryor and passes the gang's route to Keel.",
    "Nedo Prati rapina una banca. Il commissario Rex Keel manda Lew Hatch in carcere sotto il falso nome di Ugo "
    "Sarri. Ugo Sarri divide la cella con Prati e rivela al commissario il nome del complice.",
])
def test_a_false_name_someone_goes_by_is_an_alias_of_the_nearest_name_before_it(text):
    doc = extract(text, "t")
    hatch = next(c for c in doc.characters if c.label == "Lew Hatch")
    assert "Ugo Sarri" in hatch.aliases and "Ugo Sarri" not in [c.label for c in doc.characters]
    assert ("Lew Hatch", "informerOf", "Rex Keel") in facts(text)


@pytest.mark.parametrize("text", [
    "Treasury investigator Rex Keel watches the gang. Ned Pryor secretly passes the gang's plans to Keel.",
    "Ned Pryor is held in a camp. He tells Lieutenant Rex Keel everything he hears in the huts.",
])
def test_an_investigator_or_a_lieutenant_is_an_authority_to_inform(text):
    assert facts(text) == {("Ned Pryor", "informerOf", "Rex Keel")}
    assert "Treasury" not in [c.label for c in extract(text, "t").characters]


@pytest.mark.parametrize("text", [
    "Rex Keel keeps an informer among Ned Pryor's men, Private Lew Hatch, who tells Keel everything he hears.",
    "Rex Keel si serve di un informatore tra gli uomini di Ugo Sarri, il soldato Leo Brai, che gli riferisce "
    "ogni scambio.",
    "An undercover agent placed among the prisoners, Lew Hatch (Leo Gori), is found out by Ned Pryor.",
])
def test_a_name_set_off_after_a_role_noun_and_its_phrase_names_the_role(text):
    doc = extract(text, "t")
    assert not [c.label for c in doc.characters if not c.named], [c.label for c in doc.characters]


def test_one_acting_in_concert_with_the_framer_framed_too():
    text = "D'accordo con Leo Brai, Nedo Prati nasconde un coltello nel letto di Ugo Sarri e lo fa trovare alle guardie."
    assert facts(text) == {("Ugo Sarri", "framedBy", "Nedo Prati"), ("Ugo Sarri", "framedBy", "Leo Brai")}


@pytest.mark.parametrize("text", [
    "Dalla cella che divide con il giovane Leo Brai, Ugo Sarri guida la banda.",
    "Nella cella che condivide con Leo Brai, il Professore scrive lettere.",
])
def test_a_shared_cell_opening_the_sentence_is_shared_by_the_subject_after_it(text):
    pairs = {f for f in facts(text) if f[1] == "cellmateOf"}
    assert len(pairs) == 1 and "Leo Brai" in next(iter(pairs)), pairs


def test_a_name_before_a_prison_noun_in_lower_case_names_the_prison():
    doc = extract("In the Kell prison camp, Ned Pryor trades with the guards. In the German prison camp Rex Keel "
                  "waits.", "t")
    assert [p.label for p in doc.prisons] == ["Kell"]
    assert [c.label for c in doc.characters] == ["Ned Pryor", "Rex Keel"]


def test_a_nickname_in_quotes_before_a_surname_is_the_same_man_when_used_alone():
    doc = extract('Ned Pryor joins a gang with "Big Lew" Hatch (Leo Gori). Rex Keel attacks Ned on Big Lew\'s '
                  'orders.', "t")
    assert [c.label for c in doc.characters if "Lew" in c.label or "Hatch" in c.label] == ["Big Lew"]


@pytest.mark.parametrize("text, labels", [
    ("Ned Pryor speaks Malay and Hebrew.", ["Ned Pryor"]),
    ("Ugo Sarri arruola ogni detenuto che arriva dalla Campania o dalla Calabria.", ["Ugo Sarri"]),
    ("Secret Service director Rex Keel orbits the Earth.", ["Rex Keel"]),
])
def test_a_language_a_region_or_an_office_is_no_character(text, labels):
    assert [c.label for c in extract(text, "t").characters] == labels


@pytest.mark.parametrize("text", [
    "Quando sua moglie viene ferita in un incidente causato dall'avvocato Leo Brai, il direttore concede a Ugo "
    "Sarri un permesso.",
    "When his wife is hurt in a crash caused by the lawyer Rex Keel, the warden gives Ned Pryor leave.",
])
def test_a_name_ending_an_opening_subordinate_clause_is_no_apposition_of_the_subject_after_it(text):
    doc = extract(text, "t")
    lawyer = next(c for c in doc.characters if c.label in ("Leo Brai", "Rex Keel"))
    assert "warden" not in lawyer.roles and "the warden" in [c.label for c in doc.characters]


def test_a_cell_told_with_a_possessive_before_its_sharer():
    assert facts("Nella sua cella Ugo Sarri divide lo spazio con Leo Brai, che prepara la fuga.") == \
        cell_pairs(("Ugo Sarri", "Leo Brai"))


def test_a_plan_told_to_an_officer_named_by_a_clitic_is_informing():
    text = ("Ugo Sarri prepara un'evasione. Un altro detenuto, Leo Brai, va di nascosto dal capo delle guardie e "
            "gli racconta i preparativi di Sarri.")
    assert ("Leo Brai", "informerOf", "the captain of the guards") in facts(text)


@pytest.mark.parametrize("text, same", [
    ("Il commissario della Sanità Ugo Sarri arresta Leo Brai.", True),
    ("L'avvocato della vittima Ugo Sarri accusa Leo Brai.", False),
])
def test_the_office_a_title_serves_may_stand_between_it_and_the_name(text, same):
    sarri = next(c for c in extract(text, "t").characters if c.label == "Ugo Sarri")
    assert (len(sarri.aliases) > 0) == same, sarri.aliases


@pytest.mark.parametrize("text, prisons", [
    ("Ned Pryor is sent to Kell Castle, the fortress where the Germans keep the prisoners of war.", ["Kell Castle"]),
    ("Ned Pryor visits Kell Castle with his wife.", []),
    ("Ugo Sarri viene rinchiuso nelle carceri del Capitano.", ["carceri del Capitano"]),
])
def test_a_castle_that_holds_prisoners_and_plural_carceri_name_prisons(text, prisons):
    assert [p.label for p in extract(text, "t").prisons if p.label] == prisons


def test_a_security_officer_is_a_guard_and_a_prussian_no_one():
    found = roles("Ned Pryor is held in a prison camp. The commandant, a stiff Prussian, hires a security officer, "
                  "Rex Keel (Leo Gori).")
    assert (found["the warden"], found["Rex Keel"], len(found)) == ({"warden"}, {"guard"}, 3), found


@pytest.mark.parametrize("text, full, short", [
    ("Eugene Keel (Leo Gori) shares a hut with Ned Pryor. Gene is afraid.", "Eugene Keel", "Gene"),
    ("Giuseppe Sarri (Leo Gori) divide la cella con Nedo Prati. Peppino ha paura.", "Giuseppe Sarri", "Peppino"),
])
def test_the_short_form_of_a_first_name_is_its_bearer(text, full, short):
    doc = extract(text, "t")
    assert short in next(c for c in doc.characters if c.label == full).aliases
    assert short not in [c.label for c in doc.characters]


def test_a_word_of_places_that_ends_a_name_an_actor_plays_is_a_surname_alone():
    text = "Ugo Piazza (Leo Gori) viene arrestato. Piazza, stremato, accusa falsamente il barbiere Leo Brai."
    assert facts(text) == {("Leo Brai", "framedBy", "Ugo Piazza")}


@pytest.mark.parametrize("text, fact", [
    ("Ned Pryor is arrested. Under torture, Pryor falsely accuses the barber Lew Hatch of selling him poison.",
     ("Lew Hatch", "framedBy", "Ned Pryor")),
    ("Ned Pryor is falsely accused by Rex Keel of the murder.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Ugo Sarri viene accusato ingiustamente dal commissario Leo Brai.", ("Ugo Sarri", "framedBy", "Leo Brai")),
])
def test_a_false_accusation_told_before_its_object_frames_the_object(text, fact):
    assert facts(text) == {fact}


def test_a_capital_abbreviation_may_open_a_prison_named_by_apposition():
    doc = extract("Ned Pryor is sent to KX Nine, a maximum-security prison in orbit. Warden Rex Keel runs it.", "t")
    assert [p.label for p in doc.prisons] == ["KX Nine"]


@pytest.mark.parametrize("text, name, role", [
    ("Ned Pryor (Leo Gori), a former army officer, is hired as captain of the guards at the state prison.",
     "Ned Pryor", "guard"),
    ("Ugo Sarri, un ex ufficiale, viene assunto come capo delle guardie del carcere.", "Ugo Sarri", "guard"),
])
def test_a_description_may_stand_between_a_name_and_the_post_it_takes(text, name, role):
    found = roles(text)
    assert (found.get(name), len(found)) == ({role}, 1), found


@pytest.mark.parametrize("text, name", [
    ("A group of convicts led by Ned Pryor takes three guards hostage.", "Ned Pryor"),
    ("Un gruppo di detenuti guidato da Ugo Sarri prende in ostaggio le guardie.", "Ugo Sarri"),
])
def test_the_leader_of_a_band_of_prisoners_is_a_prisoner(text, name):
    assert roles(text)[name] == {"inmate"}


@pytest.mark.parametrize("text, informs", [
    ("Il vicedirettore Ugo Sarri tenta di trattare, mentre il detenuto Leo Gori gli rivela segretamente dove "
     "si trova il tunnel.", True),
    ("Il vicedirettore Ugo Sarri interroga il detenuto Leo Gori, che però non gli rivela dove si trova il tunnel.",
     False),
])
def test_where_the_others_dig_revealed_to_an_officer_named_by_a_clitic_is_informing(text, informs):
    assert (("Leo Gori", "informerOf", "Ugo Sarri") in facts(text)) == informs


def test_a_commissioner_of_correction_is_an_authority_one_warns():
    text = ("Ned Pryor and his friends are sent to a state reformatory. The deputy commissioner of correction, "
            "Rex Keel, takes charge of it. Lew Hatch warns Keel of the planned escape.")
    assert facts(text) == {("Lew Hatch", "informerOf", "Rex Keel")}
    assert roles(text)["Ned Pryor"] == {"inmate"}


@pytest.mark.parametrize("text, framed", [
    ("Nora Kell viene accusata del furto, ma il portafoglio era stato nascosto nella sua borsa da Ada Brill.", True),
    ("Nora Kell is accused of the theft, but the wallet had been planted in her bag by Ada Brill.", True),
    ("Nora Kell crede che il portafoglio sia stato nascosto nella sua borsa da Ada Brill.", False),
])
def test_an_accusation_before_but_does_not_hide_the_plant_that_follows(text, framed):
    assert (("Nora Kell", "framedBy", "Ada Brill") in facts(text)) == framed


def test_the_small_words_inside_a_prison_name_stay_in_its_short_name():
    doc = extract("Ada Brill viene rinchiusa nel carcere minorile di Casal del Lupo. La direttrice la punisce.", "t")
    assert [sorted(p.aliases) for p in doc.prisons] == [["Casal del Lupo"]]


def test_a_letter_after_a_title_is_a_name_and_an_olympic_trial_no_one():
    doc = extract("Dr. K (Leo Gori), the boss of the white gang, hates Ned Pryor. Pryor trains for the Olympic "
                  "trials, and Dr. K's men beat him.", "t")
    assert sorted(c.label for c in doc.characters) == ["Dr. K", "Ned Pryor"]


def test_a_city_that_opens_a_summary_is_no_one_and_an_article_may_stand_before_a_nickname():
    text = ("Napoli, anni trenta. Ugo Sarri (Leo Gori) viene arrestato e finisce in carcere, dove divide la cella "
            "con il Bufalo (Nedo Prati).")
    doc = extract(text, "t")
    assert sorted(c.label for c in doc.characters) == ["Bufalo", "Ugo Sarri"]
    assert facts(text) == {("Bufalo", "cellmateOf", "Ugo Sarri")}


@pytest.mark.parametrize("text", [
    "Ned Pryor robs couples in parked cars posing as a policeman.",
    "Ugo Sarri fermava le coppie in auto fingendosi un poliziotto.",
    "Ned Pryor escapes from the prison disguised as a guard.",
])
def test_a_role_one_only_pretends_to_hold_names_no_one(text):
    assert [c.label for c in extract(text, "t").characters] == [text.split()[0] + " " + text.split()[1]]


def test_a_word_that_a_namer_introduces_is_a_name_and_he_may_tell_the_guards_what_another_hides():
    found = roles("Ned Pryor is on death row. A convict named Dutch tells the guards that Pryor is hiding a knife.")
    assert found["Dutch"] == {"inmate", "informer"}


def test_telling_the_warden_what_another_hides_is_informing():
    text = "Ned Pryor is an inmate. Rex Keel tells the warden that Pryor is hiding a knife in his cell."
    assert ("Rex Keel", "informerOf", "the warden") in facts(text)


@pytest.mark.parametrize("text", [
    "Ugo Sarri diserta insieme a Leo Gori, e i due vengono catturati e chiusi in un campo di concentramento.",
    "Ugo Sarri arriva a Torino. Diserta insieme a Leo Gori, e i due vengono chiusi in un campo di concentramento.",
])
def test_the_two_are_the_subject_and_the_one_who_goes_with_him(text):
    found = roles(text)
    assert (found["Ugo Sarri"], found["Leo Gori"]) == ({"inmate"}, {"inmate"}), found


def test_the_two_after_a_possessive_are_not_the_possessor_and_his_girlfriend():
    found = roles("Ned Pryor and his brother Lew steal cars. After a job goes wrong, Lew's girlfriend Ada tells the "
                  "police where the brothers are hiding, and both are sent to the county jail.")
    assert "inmate" not in found["Ada"], found


@pytest.mark.parametrize("text, role", [
    ("Kell State Prison is run by Captain of the Guard Ned Pryor (Leo Gori), who keeps the cons in line.", "guard"),
    ("Kell State Prison is run by Major Ned Pryor (Leo Gori), who keeps the cons in line.", "warden"),
    # "comandante", which may name the captain of the guards, heads a camp
    ("Il campo è diretto da una comandante (Leo Gori) spietata. Ugo Sarri, un detenuto, la seduce.", "warden"),
])
def test_a_captain_of_the_guard_who_runs_the_prison_is_still_a_guard(text, role):
    runner = next(c for c in extract(text, "t").characters if c.actor == "Leo Gori")
    assert set(runner.roles) == {role}


def test_a_description_may_stand_before_the_one_recruited_as_an_informer():
    text = ("Rex Keel is the captain of the guards. Keel recruits a weak inmate, Lew Hatch (Leo Gori), as his stool "
            "pigeon.")
    assert ("Lew Hatch", "informerOf", "Rex Keel") in facts(text)


def test_the_noun_subject_of_a_passive_is_not_the_subject_of_the_clause_before_the_comma():
    found = roles("When detective Rex Keel (Leo Gori) finally arrests Ned Pryor, the gangster is sentenced to ten "
                  "years in the state prison.")
    assert found["Rex Keel"] == set(), found


@pytest.mark.parametrize("text, informs", [
    ("Ada Brill, una detenuta, intuisce che le altre preparano qualcosa e ne parla alla direttrice del carcere.",
     True),
    ("Ada Brill, una detenuta, racconta la sua storia alla direttrice del carcere.", False),
])
def test_what_one_has_grasped_of_the_others_told_on_is_informing_but_ones_own_story_is_not(text, informs):
    assert (("Ada Brill", "informerOf", "the warden") in facts(text)) == informs


@pytest.mark.parametrize("text", [
    "Ugo Sarri è uno dei capi di Prima Fila, un gruppo armato di estrema sinistra.",
    "Ned Pryor joins Black Hand, a gang of extortionists, in the prison.",
])
def test_a_name_that_an_apposition_calls_a_group_is_no_one(text):
    assert len(extract(text, "t").characters) == 1


def test_naming_ones_comrades_is_informing():
    assert roles("Ugo Sarri (Leo Gori), un militante arrestato, fa i nomi di decine di compagni.")["Ugo Sarri"] \
        == {"informer"}


def test_telling_the_staff_about_a_thing_someone_hides_is_informing():
    text = ("Ned Pryor shares a cell with Lew Hatch. Ned, who hopes for parole, tells the warden about a blade Lew "
            "keeps hidden in the laundry.")
    assert ("Ned Pryor", "informerOf", "the warden") in facts(text)


def test_the_day_of_a_feast_is_no_one():
    doc = extract("On Christmas Eve Ned Pryor robs a bank, and on Easter Sunday he is caught.", "t")
    assert [c.label for c in doc.characters] == ["Ned Pryor"]


def test_a_definite_noun_is_the_one_the_text_called_so_not_the_latest_of_the_role():
    doc = extract("At Harlan Prison the principal keeper (Leo Gori) warns Ned Pryor. Ned strikes a guard and is "
                  "sent to the hole. Later Lew Hatch tells the keeper about the tunnel.", "t")
    keeper = next(c for c in doc.characters if c.actor == "Leo Gori")
    assert "the keeper" in keeper.aliases


def test_a_warden_with_no_prison_beside_him_heads_the_last_one_named_before_him():
    found = facts("Ned Pryor is sentenced to die at Sing Sing. His sentence is commuted and he is moved to Harlan "
                  "Prison. The warden lets him paint.")
    assert {f for f in found if f[1] == "wardenOf"} == {("the warden", "wardenOf", "Harlan Prison")}


def test_a_cellmate_the_others_call_by_a_nickname():
    text = "Ned Pryor is sent to Harlan Prison. His cellmate is a gentle old convict everyone calls Deacon."
    assert ("Deacon", "cellmateOf", "Ned Pryor") in facts(text)


@pytest.mark.parametrize("text, pairs", [
    ("Ada Brill shares a cell with Nora Kell and Lia Sand, and soon clashes with the tough Eva Dorn.",
     cell_pairs(["Ada Brill", "Lia Sand", "Nora Kell"])),
    ("Ada Brill shares a cell with Nora Kell, and with Lia Sand.", cell_pairs(["Ada Brill", "Lia Sand", "Nora Kell"])),
])
def test_a_clause_after_and_ends_a_list_of_cellmates(text, pairs):
    assert {f for f in facts(text) if f[1] == "cellmateOf"} == pairs


@pytest.mark.parametrize("text, prison, alias", [
    ("Ned Pryor waits for trial in the Harlan House of Detention, the jail its inmates call the Pit.",
     "Harlan House of Detention", "Pit"),
    ("Ugo Sarri viene portato nel carcere di Val Nera, che i detenuti chiamano per scherno Grand Hotel.",
     "carcere di Val Nera", "Grand Hotel"),
])
def test_the_name_inmates_give_a_prison_is_the_prison(text, prison, alias):
    doc = extract(text, "t")
    assert [c.label for c in doc.characters] == ["Ned Pryor" if "Ned" in text else "Ugo Sarri"]
    assert [(p.label, alias in p.aliases) for p in doc.prisons] == [(prison, True)]


def test_a_prisoner_named_after_a_noun_is_no_nickname_of_the_prison():
    found = facts("Nel carcere di Val Nera un detenuto chiamato Nedo riferisce al direttore Leo Brai chi parla di fuga.")
    assert ("Nedo", "informerOf", "Leo Brai") in found


def test_a_verb_in_isce_after_e_starts_a_clause_of_its_own():
    text = ("Il direttore Leo Brai guida il carcere. Il detenuto Nedo Prati accetta di collaborare e riferisce al "
            "direttore i messaggi battuti sui muri.")
    assert ("Nedo Prati", "informerOf", "Leo Brai") in facts(text)


@pytest.mark.parametrize("text, informs", [
    ("The warden, Leo Brai, runs the prison. Colonel Nedo Prati, convinced that the war is wrong, tells the warden "
     "about the escape.", True),
    ("Il direttore Leo Brai guida il carcere. Il colonnello Nedo Prati, convinto che la guerra sia sbagliata, "
     "riferisce al direttore i piani di fuga.", True),
    # a belief of someone in the story still reaches over the aside
    ("The warden, Leo Brai, runs the prison. Lew Hatch, convinced that Nedo Prati is the one, sees that Nedo "
     "tells the warden about the escape.", False),
])
def test_a_belief_about_no_one_in_an_aside_does_not_reach_the_main_clause(text, informs):
    assert (("Nedo Prati", "informerOf", "Leo Brai") in facts(text)) == informs


def test_prisoners_named_after_tra_cui_are_inmates():
    found = roles("Nel campo arrivano altri prigionieri, tra cui il capitano Leo Gori e il giovane Nedo Prati.")
    assert found["Leo Gori"] == {"inmate"} and found["Nedo Prati"] == {"inmate"}, found


def test_italian_cell_of_a_titled_man():
    assert ("Oldo Ruffi", "cellmateOf", "Ugo Sarri") in facts(
        "Ugo Sarri viene rinchiuso nella stessa cella del maggiore Oldo Ruffi, che organizza la resistenza.")


def test_a_compass_point_and_a_nation_are_no_one():
    doc = extract("Ugo Sarri viene abbattuto sul Vietnam del Nord. Ned Pryor fights the Puerto Rican inmates of "
                  "the South.", "t")
    assert sorted(c.label for c in doc.characters) == ["Ned Pryor", "Ugo Sarri"]


@pytest.mark.parametrize("text", [
    "Il campo è diretto da un uomo crudele, il capitano Leo Gori, che affida i detenuti alle guardie.",
    "The camp is run by a cruel man, Captain Leo Gori, who beats the convicts.",
])
def test_a_description_may_come_before_the_one_who_runs_a_camp(text):
    assert roles(text)["Leo Gori"] == {"warden"}


def test_a_decade_is_no_first_name():
    doc = extract('Negli anni Trenta Rex "Duke" Ellis (Leo Gori), condannato per rapina, lavora in una squadra di '
                  'forzati.', "t")
    assert [c.label for c in doc.characters] == ["Rex Ellis"]


@pytest.mark.parametrize("text", [
    "Il direttore Leo Brai guida il carcere. Il detenuto Matt Gori, che vuole ingraziarsi il direttore, va a "
    "dirgli che Ugo Sarri e i suoi compagni hanno nascosto delle lime nel dormitorio.",
    "Il direttore Leo Brai guida il carcere. Il detenuto Matt Gori gli dice che Ugo Sarri prepara la fuga.",
])
def test_what_others_hide_told_to_a_clitic_is_informing(text):
    assert ("Matt Gori", "informerOf", "Leo Brai") in facts(text)


def test_a_clipped_infinitive_keeps_its_clitic_apart():
    text = "Rino Sarri (Leo Gori) è il capoguardia. Rino costringe Nedo Prati a fargli da informatore."
    assert ("Nedo Prati", "informerOf", "Rino Sarri") in facts(text)


@pytest.mark.parametrize("text, inmates", [
    ("Ned Pryor is serving life without parole in Harlan Prison.", {"Ned Pryor"}),
    ("The warden lets Ned Pryor cast the play with other convicts: among them are Rex Keel, a fence, Lew Hatch, "
     "a con man, and Ada Brill.", {"Rex Keel", "Lew Hatch", "Ada Brill"}),
    ("Ned Pryor, an activist loved by the other inmates, arrives at Harlan Prison.", {"Ned Pryor"}),
    ("In carcere arriva Ugo Sarri, un attivista amato dagli altri detenuti, e il capo dei detenuti bianchi, Leo Gori, lo "
     "odia.", {"Ugo Sarri", "Leo Gori"}),
    ("Cinque detenuti evadono durante una rivolta: Leo Gori, un rapinatore, Ugo Sarri e il giovane Nedo Prati.",
     {"Leo Gori", "Ugo Sarri", "Nedo Prati"}),
])
def test_inmates_named_by_a_sentence_or_a_list(text, inmates):
    assert {who for who, rs in roles(text).items() if "inmate" in rs} == inmates


def test_a_con_man_is_no_convict_and_a_claimed_past_names_no_one():
    doc = extract("Rex Keel, a con man who claims to have been a journalist, robs a bank.", "t")
    assert [(c.label, set(c.roles)) for c in doc.characters] == [("Rex Keel", set())]


def test_a_nickname_between_a_name_and_its_post():
    assert roles("Rex Miniver (Leo Gori), known as Fast-Walking, is a guard at a state prison.")["Rex Miniver"] \
        == {"guard"}


@pytest.mark.parametrize("text, nickname", [
    ("Il capitano Leo Gori (Ugo Sarri), che le prigioniere chiamano il Serpente, le punisce. Il Serpente ride.",
     "Serpente"),
    ("Captain Leo Gori, whom the women call the Snake, beats them. The Snake laughs.", "Snake"),
])
def test_the_name_others_give_someone_is_an_alias(text, nickname):
    doc = extract(text, "t")
    assert [c.label for c in doc.characters] == ["Leo Gori"] and nickname in doc.characters[0].aliases


@pytest.mark.parametrize("text", [
    "Ada Brill, moglie di un medico, viene rinchiusa nel campo.",
    "Ada Brill, the wife of a doctor, is locked up in the camp.",
])
def test_one_named_only_through_a_relative_is_no_character(text):
    assert [c.label for c in extract(text, "t").characters] == ["Ada Brill"]


def test_a_pronoun_opening_a_sentence_follows_the_last_clause_with_its_own_subject():
    text = ("Leo Brai believes the death was an accident, but the defence fails and Ned Pryor is sentenced. "
            "At the state prison he is locked up in a cell with Rex Keel.")
    assert facts(text) == {("Ned Pryor", "cellmateOf", "Rex Keel")}


@pytest.mark.parametrize("text, pair", [
    ("Rex Keel viene rinchiuso nella cella numero 7, che divide con cinque detenuti guidati dal boss Ugo Sarri.",
     ("Rex Keel", "Ugo Sarri")),
    ("Leo Brai shares a cell with three convicts led by the old forger Ned Pryor.", ("Leo Brai", "Ned Pryor")),
])
def test_the_leader_of_a_group_one_shares_a_cell_with_is_a_cellmate(text, pair):
    assert (pair[0], "cellmateOf", pair[1]) in facts(text)


def test_an_object_pronoun_skips_one_of_the_other_sex():
    text = "Ugo Sarri lives with his daughter Ada Brill. The commissioner beats a confession out of him."
    assert facts(text) == {("Ugo Sarri", "framedBy", "the commissioner")}


def test_an_object_pronoun_after_a_sentence_with_no_one_is_the_one_the_story_follows():
    text = ("Ugo Sarri lives alone in Seoul. Un giorno trova una bambina ferita in un vicolo e viene scambiato per il "
            "suo aggressore. The commissioner beats a confession out of him.")
    assert ("Ugo Sarri", "framedBy", "the commissioner") in facts(text)


def test_a_hyphenated_name_before_its_actor_is_a_name_and_known_alone():
    doc = extract("Leo Brai lives with his daughter Ye-seung (Ada Brill). Later Ye-seung becomes a lawyer.", "t")
    assert [c.label for c in doc.characters] == ["Leo Brai", "Ye-seung"]
    assert doc.characters[1].actor == "Ada Brill"


@pytest.mark.parametrize("text, framed, framer", [
    ("Ada Brill esce di prigione. Il vero colpevole era il suo insegnante, Ugo Sarri, che l'aveva costretta a "
     "prendersi la colpa.", "Ada Brill", "Ugo Sarri"),
    ("Rino Gatti costringe Nedo Prati ad assumersi la colpa della rapina.", "Nedo Prati", "Rino Gatti"),
    ("Lew Hatch forced Rex Keel to take the blame for the robbery.", "Rex Keel", "Lew Hatch"),
])
def test_one_forced_to_take_the_blame_is_framed(text, framed, framer):
    assert (framed, "framedBy", framer) in facts(text)


@pytest.mark.parametrize("text, pair", [
    ("Ada Brill esce di prigione. Leo Gori, che era stata sua compagna di cella, la aiuta.", ("Leo Gori", "Ada Brill")),
    ("Ada Brill entra in carcere. La sua compagna di cella, la giovane Nora Kell, la aiuta.", ("Ada Brill", "Nora Kell")),
])
def test_a_possessive_cellmate(text, pair):
    assert tuple(sorted(pair)) in {tuple(sorted((s, o))) for s, p, o in facts(text) if p == "cellmateOf"}


def test_a_verb_after_a_possessive_cellmate_ends_the_phrase():
    text = "Ada Brill esce. Nora Kell le presta una pistola, e Leo Gori, che era sua compagna di cella, ha sposato Rex Keel."
    assert not any(o == "Rex Keel" or s == "Rex Keel" for s, p, o in facts(text) if p == "cellmateOf")


@pytest.mark.parametrize("text", [
    "Ned Pryor hears of the break. He goes to the warden, to whom he tells everything about the escape.",
    "Ned Pryor hears of the break. He tells Warden Lew Hatch everything about the escape.",
])
def test_telling_an_authority_everything_about_a_plan_is_informing(text):
    assert any(s == "Ned Pryor" and p == "informerOf" for s, p, o in facts(text))


@pytest.mark.parametrize("text, hearer", [
    ("Ned Pryor is beaten. He goes to Lieutenant Lew Hatch and tells him who is selling drugs in the cell block.",
     "Lew Hatch"),
    ("Ned Pryor tells the warden that Lew Hatch has been taking money from Rex Keel for years.", "the warden"),
    ("Ned Pryor tells Warden Lew Hatch that Rex Keel has been selling drugs in the yard.", "Lew Hatch"),
])
def test_naming_who_sells_or_takes_bribes_is_informing(text, hearer):
    assert ("Ned Pryor", "informerOf", hearer) in facts(text)


@pytest.mark.parametrize("text, label", [
    ("Ugo Sarri sconta l'ergastolo in carcere. Ugo rifiuta e va a raccontare tutto al tenente delle guardie.",
     "the lieutenant of the guards"),
    ("Ned Pryor is serving life in prison. He goes to the sergeant of the guards and tells him who is selling drugs.",
     "the sergeant of the guards"),
])
def test_an_officer_of_the_guards_is_a_guard_and_hears_informers(text, label):
    doc = extract(text, "t")
    officer = next(c for c in doc.characters if c.label == label)
    assert set(officer.roles) == {"guard"}
    assert any(f.p == "informerOf" and f.o == officer.id for f in doc.relations)


def test_two_men_taken_up_by_a_relative_blame_one_they_know_innocent():
    text = ("Ada Brill frequenta Ugo Sarri e Leo Gori. La polizia arresta i due uomini, che per salvarsi accusano Ada "
            "di aver ucciso la donna, pur sapendo che quella notte lei non c'era.")
    assert facts(text) >= {("Ada Brill", "framedBy", "Ugo Sarri"), ("Ada Brill", "framedBy", "Leo Gori")}


def test_a_conviction_on_the_word_of_one_who_lied_is_a_frame():
    text = ("Rex Keel learns that his appeal has been rejected on the testimony of his former partner, Lew Hatch, who "
            "had lied to the police to save his own skin.")
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


@pytest.mark.parametrize("text, warden", [
    ("After a scandal the governor hands the prison to Rex Keel, a clerk of the parole board. Keel burns the "
     "whips. Captain Lew Hatch fears that the warden will lose control.", "Rex Keel"),
    ("Il ministro affida il penitenziario a Ugo Sarri, un vecchio ufficiale. Sarri chiude le celle di rigore. "
     "Il capitano Leo Gori teme che il direttore perda il controllo.", "Ugo Sarri"),
])
def test_one_handed_the_prison_is_its_warden_and_the_warden_named_later(text, warden):
    doc = extract(text, "t")
    heads = [c for c in doc.characters if "warden" in c.roles]
    assert [c.label for c in heads] == [warden]
    assert not any(c.label == "the warden" for c in doc.characters)


def test_two_wardens_are_not_folded_into_one():
    text = ("Stonegate Prison is run by Rex Keel, a hard man. Later the new warden frees Ned Pryor, and the warden "
            "resigns.")
    labels = {c.label for c in extract(text, "t").characters if "warden" in c.roles}
    assert "Rex Keel" in labels and len(labels) == 2


@pytest.mark.parametrize("text", [
    "Ned Pryor swears he is innocent: Lew Hatch took the cash, then stuffed a few marked bills and the guard's "
    "pistol under the seat of Ned's truck.",
    "Later a guard finds a knife hidden in the mattress of Ned Pryor's bunk, where Lew Hatch had pushed it.",
])
def test_evidence_stuffed_or_found_where_another_put_it_is_a_frame(text):
    assert ("Ned Pryor", "framedBy", "Lew Hatch") in facts(text)


def test_the_one_on_whose_orders_the_evidence_was_hidden_framed_too():
    text = "A guard finds a knife hidden in the mattress of Ned Pryor's bunk, where Lew Hatch had pushed it on Rex Keel's orders."
    assert facts(text) >= {("Ned Pryor", "framedBy", "Lew Hatch"), ("Ned Pryor", "framedBy", "Rex Keel")}


@pytest.mark.parametrize("text", [
    "Captain Lew Hatch runs the guards, and he keeps a network of his own: Ned Pryor, a trusty, brings him every "
    "rumour he hears on the tiers.",
    "Rex Keel smuggles a hacksaw blade in from the mill. Ned Pryor, a trusty, sees it and runs straight to Captain "
    "Lew Hatch.",
    "Ned Pryor keeps his racket safe by doing favours for Captain Lew Hatch, the custody captain: he tells Hatch "
    "which men are brewing liquor.",
])
def test_rumours_brought_and_deeds_named_to_a_captain_are_informing(text):
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


def test_a_pronoun_after_a_colon_follows_the_subject_not_the_apposition_before_it():
    text = ("Rex Keel shares a cell with Ned Pryor. Ned tells no one. Lew Hatch does favours for Captain Ugo Sarri, "
            "the custody captain: he tells Sarri which men are carrying knives.")
    found = facts(text)
    assert ("Lew Hatch", "informerOf", "Ugo Sarri") in found
    assert not any(s == "Ned Pryor" and p == "informerOf" for s, p, o in found)


def test_a_relative_that_acts_as_informer_names_the_informer():
    text = "Un vecchio detenuto, Nedo Prati, che da anni fa il confidente del capitano delle guardie Leo Gori, riferisce il piano."
    doc = extract(text, "t")
    assert not any(c.label == "the informer" for c in doc.characters)
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)


@pytest.mark.parametrize("text", [
    "In carcere Ugo Sarri viene messo in cella con Leo Brai, un rapinatore che comanda su mezzo carcere, con Nedo "
    "Prati, Lew Hatch e il taciturno Rex Keel.",
    "In prison Ugo Sarri is put in a cell with Leo Brai, a robber who runs half the block, with Nedo Prati, Lew "
    "Hatch and the silent Rex Keel.",
])
def test_bare_members_after_a_described_one_stay_in_the_list(text):
    assert facts(text) == cell_pairs(["Ugo Sarri", "Leo Brai", "Nedo Prati", "Lew Hatch", "Rex Keel"])


@pytest.mark.parametrize("text", [
    "The gang reaches Colorado, and Rex Keel digs up the money.",
    "La banda arriva in Texas e Ugo Sarri recupera il denaro.",
])
def test_a_state_of_the_union_is_no_character(text):
    assert all(c.label not in ("Colorado", "Texas") for c in extract(text, "t").characters)


def test_a_turncoat_who_accuses_someone_of_a_crime_he_did_not_commit_frames_him():
    text = ("Ugo Sarri viene arrestato. Al processo un altro pentito, Leo Gori, lo accusa anche dell'omicidio di un "
            "rivale, che Ugo non ha commesso.")
    doc = extract(text, "t")
    gori = next(c for c in doc.characters if c.label == "Leo Gori")
    assert "informer" in gori.roles
    assert ("Ugo Sarri", "framedBy", "Leo Gori") in facts(text)


def test_a_bare_pentito_beside_a_name_is_only_repentant():
    doc = extract("Ugo Sarri, pentito, chiede perdono alla madre.", "t")
    assert all("informer" not in c.roles for c in doc.characters)


@pytest.mark.parametrize("text, hearer", [
    ("Ugo Sarri viene arrestato e comincia a parlare con il commissario Leo Gori.", "Leo Gori"),
    ("Ugo Sarri viene arrestato e parla con il sostituto procuratore Leo Gori: gli racconta dei depositi e dei nomi "
     "dei corrieri.", "Leo Gori"),
    ("Ned Pryor is arrested. To save himself he starts talking to the district attorney, Lew Hatch.", "Lew Hatch"),
])
def test_a_turncoat_who_starts_talking_to_the_law_informs(text, hearer):
    s = "Ugo Sarri" if "Ugo" in text else "Ned Pryor"
    assert (s, "informerOf", hearer) in facts(text)


def test_a_rumour_put_out_that_someone_is_a_rat_makes_no_informer():
    text = "Rex Keel has Lew Hatch beat Ned Pryor in the showers and puts out word that Ned Pryor is a rat."
    assert all("informer" not in c.roles for c in extract(text, "t").characters)


def test_a_name_with_jr_keeps_its_actor():
    doc = extract("In 1883 Ned Pryor Jr. (Kirk Douglas), a smiling outlaw, robs a ranch.", "t")
    assert [c.actor for c in doc.characters if c.label.startswith("Ned Pryor")] == ["Kirk Douglas"]


def test_a_state_that_opens_a_played_name_is_part_of_it():
    text = "Ned Pryor is locked in a cell with the Missouri Kid (Lou Dart) in the state prison."
    assert any(c.label == "Missouri Kid" and c.actor == "Lou Dart" for c in extract(text, "t").characters)


@pytest.mark.parametrize("text", [
    "Rex Keel was not guilty. Nobody framed Rex; the jury believed a witness, Lew Hatch, who was simply wrong.",
    "Ugo Sarri era innocente, ma nessuno lo ha incastrato: il testimone Leo Gori si era sbagliato.",
])
def test_nobody_frames_no_one(text):
    doc = extract(text, "t")
    assert not any(f.p == "framedBy" for f in doc.relations)
    assert all(c.label.lower() not in ("nobody", "nessuno") for c in doc.characters)


def test_a_list_split_by_semicolons_may_pair_members_and_describe_the_last_before_its_name():
    text = ("In the state prison Ugo Sarri is locked up with four others: Leo Brai, a robber; Nedo Prati and Lew "
            "Hatch, two swindlers; and a silent giant called the Kid.")
    assert facts(text) == cell_pairs(["Ugo Sarri", "Leo Brai", "Nedo Prati", "Lew Hatch", "Kid"])


def test_all_one_hears_carried_back_to_a_guard_is_informing():
    text = "Ned Pryor, a convict, carries whatever he hears back to the warden's chief guard, Lew Hatch."
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


@pytest.mark.parametrize("text, successor", [
    ("Warden Rex Keel runs the state prison. When Keel is killed by a convict, Ned Pryor, the sheriff who once "
     "shot Lew Hatch's brother, is appointed to succeed him.", "Ned Pryor"),
    ("Il direttore Ugo Sarri governa il carcere con durezza. Quando Sarri muore, Leo Gori prende il posto del "
     "direttore.", "Leo Gori"),
])
def test_one_appointed_to_succeed_a_warden_is_a_warden(text, successor):
    doc = extract(text, "t")
    new = next(c for c in doc.characters if c.label == successor)
    assert "warden" in new.roles
    assert any(f.p == "wardenOf" and f.s == new.id for f in doc.relations)


def test_one_who_succeeds_a_prisoner_takes_no_role_from_him():
    doc = extract("In the state prison Rex Keel, a convict, dies. Ned Pryor replaces Rex Keel in the laundry.", "t")
    assert not doc.characters[[c.label for c in doc.characters].index("Ned Pryor")].roles.keys() & {"warden", "guard"}


@pytest.mark.parametrize("text, framed, framer", [
    ("Un rivale, Leo Gori, colpisce Ugo Sarri alla testa e gli mette in mano la pistola prima di fuggire.",
     "Ugo Sarri", "Leo Gori"),
    ("Il commissario Leo Gori cerca un evaso. Gori fa arrestare il figlio di Nedo Prati, Ugo Sarri, facendogli "
     "trovare nel giubbotto una bustina di hashish.", "Ugo Sarri", "Leo Gori"),
])
def test_a_gun_put_in_the_hand_or_drugs_made_to_be_found_are_a_frame(text, framed, framer):
    assert (framed, "framedBy", framer) in facts(text)


def test_a_paper_never_written_shown_or_forged_is_a_frame():
    shown = "Rex Keel is tried, and the prosecutor, who needs a conviction, produces a letter in Rex's handwriting that Rex never wrote."
    assert ("Rex Keel", "framedBy", "the district attorney") in facts(shown)
    forged = "At the trial there is a letter in Rex Keel's handwriting that Rex never wrote: it was forged by Lew Hatch."
    assert ("Rex Keel", "framedBy", "Lew Hatch") in facts(forged)


def test_cellmates_named_after_the_cell_and_an_aside():
    text = ("Ugo Sarri è condannato. Nella stessa cella di punizione, dopo una protesta, finisce insieme a Leo Brai, "
            "un vecchio ladro, e a Nedo Prati, un marinaio.")
    assert facts(text) == cell_pairs(["Ugo Sarri", "Leo Brai", "Nedo Prati"])


def test_a_compound_tense_reveals_where_someone_is():
    text = "Il commissario Leo Gori dà la caccia agli evasi. Nedo Prati gli aveva rivelato dove si nascondono."
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)


def test_a_verb_before_a_name_is_no_description_of_it():
    text = "Uno spacciatore, Leo Gori, spara al padrone di casa, poi colpisce Ugo Sarri e gli mette in mano la pistola."
    assert ("Ugo Sarri", "framedBy", "Leo Gori") in facts(text)


def test_a_possessive_is_a_whole_word_not_the_end_of_other():
    text = ("Ada Brill is sent to the women's prison. Nora Kell greets her. "
            "Later the other cellmates, Lew Hatch and Leo Gori, attack the guards.")
    assert facts(text) == cell_pairs(["Lew Hatch", "Leo Gori"])


def test_a_correctional_institution_is_a_prison_one_is_sent_to():
    doc = extract("Rex Keel is sent to Harlan Correctional Institution for armed robbery.", "t")
    assert [p.label for p in doc.prisons] == ["Harlan Correctional Institution"]
    assert roles("Rex Keel is sent to Harlan Correctional Institution for armed robbery.")["Rex Keel"] == {"inmate"}


@pytest.mark.parametrize("text, who", [
    ("Lew Hatch escapes through a tunnel dug by Rex Keel and a few other inmates.", "Rex Keel"),
    ("Lew Hatch evade da un tunnel scavato da Ugo Sarri e da altri detenuti.", "Ugo Sarri"),
])
def test_one_named_with_the_other_inmates_is_an_inmate(text, who):
    assert "inmate" in roles(text)[who]


@pytest.mark.parametrize("text, who", [
    ("Ada Brill, a lawyer, learns that her client Rex Keel is on death row in Texas.", "Rex Keel"),
    ("Ada Brill, an old friend, visits Rex Keel on death row.", "Rex Keel"),
    ("L'avvocata Ada Brill va a trovare Ugo Sarri nel braccio della morte.", "Ugo Sarri"),
    ("Arrested for a robbery he did not commit, Ned Pryor spends the night in a cell.", "Ned Pryor"),
    ("Ugo Sarri viene arrestato e trascorre la notte in una cella del carcere cittadino.", "Ugo Sarri"),
    ("Ned Pryor plans a robbery, but Lew Hatch, out of prison too, means to strike first.", "Lew Hatch"),
    ("Ned Pryor breaks out of a prison farm and heads for the border.", "Ned Pryor"),
])
def test_death_row_a_night_in_a_cell_release_and_escape_make_an_inmate(text, who):
    assert "inmate" in roles(text)[who]
    assert all("inmate" not in r for name, r in roles(text).items() if name != who)


@pytest.mark.parametrize("text, who", [
    ("During the riot Ned Pryor reaches Ada Brill's cell and frees her.", "Ada Brill"),
    ("Ugo Sarri è un ladro. Durante la rivolta Ned Pryor entra nella cella di Ugo Sarri e lo libera.", "Ugo Sarri"),
    ("Nella prigione Ada Brill conosce Ugo Sarri, un assassino rinchiuso nella cella accanto.", "Ugo Sarri"),
])
def test_one_whose_cell_it_is_is_an_inmate(text, who):
    assert roles(text).get(who) == {"inmate"}
    assert all(not r for name, r in roles(text).items() if name != who)


def test_a_cell_phone_makes_no_inmate():
    assert not roles("Ada Brill finds Rex Keel's cell phone in the car.").get("Rex Keel")


def test_a_cellmate_named_after_a_description():
    text = "The car is driven by Lew Hatch, a nervous stoner who had been Ned Pryor's cellmate at Lompoc."
    assert facts(text) == {("Lew Hatch", "cellmateOf", "Ned Pryor")}


def test_telling_a_marshal_where_the_fugitives_stay_is_informing():
    text = ("Deputy U.S. Marshal Ada Brill (Jennifer Lopez) follows the trail to Detroit. "
            "Frightened of Rex Keel, Lew Hatch tells her everything: where Ned Pryor and Leo Gori are staying.")
    assert ("Lew Hatch", "informerOf", "Ada Brill") in facts(text)
    doc = extract(text, "t")
    assert [c.label for c in doc.characters][0] == "Ada Brill"  # the title is no part of her name


@pytest.mark.parametrize("detective", ["Detective Ada Brill", "Detective Kit Brill (Jennifer Lopez)"])
def test_a_first_name_tells_whom_her_stands_for(detective):
    # Lew is the nearer one, but a man: "her" is the woman, known by her first name or her actress's
    text = (f"{detective} questions Lew Hatch. Frightened of Lew, Rex Keel tells her where the gun is hidden.")
    brill = [c.label for c in extract(text, "t").characters if c.label.endswith("Brill")][0]
    assert ("Rex Keel", "informerOf", brill) in facts(text)


def test_a_state_s_attorney_is_an_authority():
    text = "Rex Keel tells the state's attorney where Lew Hatch is hiding."
    assert ("Rex Keel", "informerOf", "the district attorney") in facts(text)


@pytest.mark.parametrize("text, name", [
    ("Ned Pryor is the host of the television show American Maniacs, which loves Rex Keel.", "American Maniacs"),
    ("Ned Pryor and Rex Keel set off across the Southwest on a spree.", "Southwest"),
    ("Ugo Sarri, ormai libero, si dirige verso le Everglades, dove rapisce Ada Brill.", "Everglades"),
])
def test_a_show_a_region_and_a_plural_place_are_no_one(text, name):
    assert name not in [c.label for c in extract(text, "t").characters]


def test_a_clause_before_he_keeps_its_negation():
    text = ("Ned Pryor robs banks. Caught when his car will not start outside a bank, he is sent to prison, "
            "from which he escapes through a tunnel dug by Rex Keel and a few other inmates.")
    assert "inmate" in roles(text)["Rex Keel"]


def test_a_cell_with_a_number_is_shared():
    text = "Ned Pryor is assigned to cell 14 with Rex Keel, an old safe-breaker, and a nervous kid named Lew Hatch."
    assert facts(text) == cell_pairs(["Ned Pryor", "Rex Keel", "Lew Hatch"])


def test_a_find_put_there_by_one_with_the_help_of_another_past_an_aside():
    text = ("Ned Pryor is arrested when a gun turns up in his flat. The gun had been put there by Rex Keel, "
            "a boss who wanted Ned out of the way, with the help of a crooked patrolman, Lew Hatch.")
    assert {("Ned Pryor", "framedBy", "Rex Keel"), ("Ned Pryor", "framedBy", "Lew Hatch")} <= facts(text)


def test_a_record_doctored_to_name_another_is_a_frame_by_the_one_the_relative_describes():
    text = ("Nurse Ada Brill is convicted for a patient's death: the overdose was given by Dr. Kit Lane, "
            "the surgeon she worked for, who doctored the chart to put her initials on it.")
    assert facts(text) == {("Ada Brill", "framedBy", "Kit Lane")}


def test_a_camp_known_by_a_code_is_a_prison():
    doc = extract("The prisoner-of-war camp PG 57 holds Allied soldiers. Its commandant, Rex Keel, is strict.", "t")
    assert [p.label for p in doc.prisons] == ["PG 57"]
    assert ("Rex Keel", "wardenOf", "PG 57") in {(doc.characters[f.s].label, f.p, doc.prisons[f.o].label)
                                                  for f in doc.relations if f.p == "wardenOf"}


def test_cellmates_counted_before_a_colon():
    text = ("Ugo Sarri viene condannato. In cella trova due compagni molto diversi: Leo Brai, un vecchio ladro, "
            "e Nedo Prati, un ragazzo dei Quartieri Spagnoli.")
    assert facts(text) == cell_pairs(["Ugo Sarri", "Leo Brai", "Nedo Prati"])
    assert "Quartieri Spagnoli" not in [c.label for c in extract(text, "t").characters]


def test_sent_there_and_a_dormitory_make_inmates_and_an_institute_has_a_director():
    text = ("Il film racconta il carcere minorile di Valmora. Il giovane Ugo Sarri vi viene mandato per un furto. "
            "L'istituto è diretto da padre Leo Brai, un sacerdote. Nedo Prati finisce in camerata con altri ragazzi.")
    found = roles(text)
    assert found["Ugo Sarri"] == {"inmate"} and found["Nedo Prati"] == {"inmate"}
    assert found["Leo Brai"] == {"warden"}


def test_a_group_that_opens_its_clause_frames_no_character_before_it():
    text = ("Ned Pryor is sent to prison for a killing. Rex Keel, a reporter, learns that the witness was coached: "
            "the detectives had pinned the murder on Ned to close the case.")
    assert not {f for f in facts(text) if f[1] == "framedBy"}
    # a character still frames when he opens the clause
    assert ("Ned Pryor", "framedBy", "Lew Hatch") in facts(
        "Ned Pryor is sent to prison. Rex Keel learns that Lew Hatch had pinned the murder on Ned.")


@pytest.mark.parametrize("text", [
    "Rex Keel and Ned Pryor are arrested for the killing, and Nora Kell identifies both of them at the trial. "
    "Each is sentenced to 99 years in prison.",
    "Ugo Sarri e Leo Brai vengono arrestati per la rapina, e Nora Kell li riconosce al processo. "
    "Ciascuno viene condannato a vent'anni di carcere.",
])
def test_each_after_a_pair_stands_for_both(text):
    found = roles(text)
    assert [name for name, held in found.items() if "inmate" in held] == [n for n in found if n != "Nora Kell"]
    assert found["Nora Kell"] == set()


@pytest.mark.parametrize("verb", ["is bunked with", "shares a cell with"])
def test_a_cellmate_whose_role_noun_follows_an_article_and_adjectives(verb):
    text = f"Rex Keel (Al Moss) is locked up. He {verb} a gentle old con, Ned Pryor (Cy Dorn), who believes him."
    assert facts(text) == {("Ned Pryor", "cellmateOf", "Rex Keel")}


@pytest.mark.parametrize("text", [
    "Rex Keel (Al Moss) is serving life in Folsom. His only friend is the cellmate Ned Pryor (Cy Dorn).",
    "Rex Keel (Al Moss) sconta l'ergastolo a Folsom. Il suo unico amico è il compagno di cella Ned Pryor (Cy Dorn).",
])
def test_a_friend_who_is_the_cellmate(text):
    assert facts(text) == {("Ned Pryor", "cellmateOf", "Rex Keel")}


def test_a_fronted_phrasal_participle_is_no_name_and_makes_an_inmate():
    doc = extract("Locked up as the condemned man, Rex Keel (Al Moss) protests to the warden.", "t")
    assert [c.label for c in doc.characters] == ["Rex Keel", "the warden"]
    assert "inmate" in doc.characters[0].roles


@pytest.mark.parametrize("text", [
    "The inmates of Cell Block 11, led by Rex Keel (Al Moss), seize the wing.",
    "I detenuti del blocco 11, guidati da Rex Keel (Al Moss), occupano il braccio.",
])
def test_the_leader_of_the_inmates_of_a_block(text):
    assert roles(text) == {"Rex Keel": {"inmate"}}


def test_actors_with_a_quoted_nickname_a_second_part_and_a_pair():
    text = ('Rex Keel (Al "Tex" Moss) works for Ned Pryor (also played by Moss). '
            'Kit Lane and Lew Hatch (Cy Dorn and Bo Sims), two drivers, help him. '
            'Ugo Sarri (anche lui Moss) lo aspetta.')
    actors = {c.label: c.actor for c in extract(text, "t").characters}
    assert actors == {"Rex Keel": 'Al "Tex" Moss', "Ned Pryor": "Moss", "Kit Lane": "Cy Dorn",
                      "Lew Hatch": "Bo Sims", "Ugo Sarri": "Moss"}


def test_two_actors_after_one_person_name_neither():
    doc = extract("Rex Keel (Cy Dorn and Bo Sims) is a twin.", "t")
    assert [(c.label, c.actor) for c in doc.characters] == [("Rex Keel", None)]


def test_two_first_names_opening_a_sentence_before_their_actors():
    doc = extract("Rex Keel (Al Moss) is jailed. Kit and Lew (Cy Dorn and Bo Sims), his friends, wait for him.", "t")
    assert [(c.label, c.actor) for c in doc.characters] == [("Rex Keel", "Al Moss"), ("Kit", "Cy Dorn"),
                                                              ("Lew", "Bo Sims")]


def test_a_noun_in_another_sense_leaves_other_nouns_of_its_role_alone():
    text = ("L'agente dell'FBI Ugo Sarri si fa rinchiudere nel carcere di Erewhon. "
            "La guardia Leo Brai (Cy Dorn) lo tratta come il peggiore dei detenuti.")
    found = roles(text)
    assert found["Leo Brai"] == {"guard"} and "guard" not in found["Ugo Sarri"]


def test_one_who_gives_himself_up_informs_no_one():
    text = ("Rex Keel (Al Moss) is held in a camp run by the commandant Ned Pryor (Cy Dorn). "
            "Rex gives himself up to Pryor as the killer. Lew Hatch gives Kit Lane up to Pryor.")
    assert facts(text) == {("Lew Hatch", "informerOf", "Ned Pryor")}


@pytest.mark.parametrize("text", [
    "Ned Pryor (Cy Dorn) is arrested. Rex Keel's men killed the guard and left the evidence that pointed at Ned.",
    "Ned Pryor (Cy Dorn) viene arrestato. Rex Keel uccide la guardia e lascia le prove che portano a Ned.",
])
def test_evidence_left_to_point_at_another_is_a_frame(text):
    assert ("Ned Pryor", "framedBy", "Rex Keel") in facts(text)


def test_the_commander_of_the_captors_heads_the_camp():
    text = ("Nel campo di prigionia di Kanburi il caporale Rex Keel (Al Moss) vive di contrabbando. "
            "Alla fine della guerra il comandante giapponese, il colonnello Ned Pryor (Cy Dorn), si arrende.")
    found = roles(text)
    assert found["Ned Pryor"] == {"warden"}
    assert ("Ned Pryor", "wardenOf", "campo di prigionia di Kanburi") in facts(text)


@pytest.mark.parametrize("text", [
    "Rex Keel (Al Moss) is moved to a dormitory with a dozen men and then to a three-man cell with "
    "Ned Pryor (Cy Dorn), an old smuggler, and Lew Hatch (Bo Sims).",
    "Rex Keel (Al Moss) viene trasferito in un camerone con una decina di detenuti e poi in una cella a tre, "
    "con Ned Pryor (Cy Dorn), un vecchio contrabbandiere, e con un ragazzo, Lew Hatch (Bo Sims).",
])
def test_a_cell_reached_after_a_dormitory(text):
    assert facts(text) == cell_pairs(["Lew Hatch", "Ned Pryor", "Rex Keel"])


def test_a_plural_prison_noun_opens_a_prison_name():
    doc = extract("Rex Keel (Al Moss) viene rinchiuso nelle Carceri Nuove di Torino.", "t")
    assert [p.label for p in doc.prisons] == ["Carceri Nuove"]


@pytest.mark.parametrize("sentence", [
    "Lew Hatch reports him to the police.",
    "It was Lew Hatch who turned him in.",
    "Lew Hatch lo denuncia alla polizia.",
    "A denunciarlo era stato il suo socio, Lew Hatch (Bo Sims).",
])
def test_one_who_gives_someone_up_to_the_police_is_an_informer(sentence):
    found = roles(f"Rex Keel (Al Moss) is a thief. {sentence}")
    assert found["Lew Hatch"] == {"informer"} and "informer" not in found["Rex Keel"]


def test_no_informer_when_the_report_is_denied_or_made_by_a_possessed_noun():
    assert roles("Rex Keel (Al Moss) is a thief. Lew Hatch does not report him to the police.")["Lew Hatch"] == set()
    text = ("Rex Keel (Al Moss) escapes from the chain gang. Two years later his employer recognizes him "
            "from a poster and turns him in to the police for the reward.")
    assert "informer" not in roles(text)["Rex Keel"]


def test_a_single_name_after_a_place_preposition_and_the_is_no_one():
    text = "Rex Keel (Al Moss) sinks into the Atlantic with his ship. Ned Pryor is put in prison."
    assert set(roles(text)) == {"Rex Keel", "Ned Pryor"}


def test_a_name_followed_by_a_part_of_a_town_is_no_one():
    text = "Rex Keel (Al Moss), a tailor from the Brera quarter, shares a cell with Ned Pryor (Cy Dorn)."
    assert set(roles(text)) == {"Rex Keel", "Ned Pryor"}


def test_a_role_noun_then_an_article_and_a_described_name():
    text = ("Rex Keel (Al Moss) is sent to Alcatraz. Another prisoner, the army doctor Ned Pryor (Cy Dorn), "
            "tells Rex to keep quiet.")
    assert roles(text)["Ned Pryor"] == {"inmate"}


def test_serving_as_tells_a_post_not_a_sentence():
    text = "Rex Keel (Al Moss), a boxer serving as a sailor in the navy, meets Ned Pryor in a bar."
    assert roles(text)["Rex Keel"] == set()


def test_the_warden_who_heads_the_prison_for_the_ministry():
    text = ("Ada Brill (Nora Kell) viene rinchiusa nel carcere di Voghera. Suor Lina (Bo Sims), che dirige il "
            "carcere per conto del ministero, la tratta con durezza.")
    assert ("Lina", "wardenOf", "carcere di Voghera") in facts(text)


@pytest.mark.parametrize("text", [
    "Nel carcere Ada Brill divide la cella con Nora Kell. Ada si guadagna favori raccontando alla guardia "
    "Leo Gori tutto quello che si dice nei corridoi.",
    "Nel carcere Ada Brill divide la cella con Nora Kell. Una notte Ada va dalla guardia Leo Gori e gli "
    "racconta tutto.",
    "In prison Ada Brill shares a cell with Nora Kell. One night Ada goes to the guard Leo Gori and "
    "tells him everything.",
])
def test_telling_everything_to_a_guard(text):
    assert ("Ada Brill", "informerOf", "Leo Gori") in facts(text)


def test_a_counted_group_named_with_a_described_last_member():
    text = "Rex Keel (Al Moss) plans to run with two other convicts, Ned Pryor (Cy Dorn) and a boy called Kit (Bo Sims)."
    found = roles(text)
    assert found["Ned Pryor"] == {"inmate"} and found["Kit"] == {"inmate"}


def test_a_role_noun_explained_by_another_and_a_name_is_one_person():
    text = ("Rex Keel (Al Moss) learns to fear the walking boss, a shotgun guard named Lew Hatch (Cy Dorn). "
            "Lew Hatch shoots Kit.")
    assert set(roles(text)) == {"Rex Keel", "Lew Hatch", "Kit"}


def test_a_fronted_time_after_a_colon_leaves_the_subject_to_the_clause_before():
    text = ("La guardia Lew Hatch (Cy Dorn) odia il direttore: una notte nasconde un coltello nel materasso "
            "di Kit Lane (Bo Sims) e lo fa trovare durante una perquisizione.")
    assert ("Kit Lane", "framedBy", "Lew Hatch") in facts(text)


def test_every_word_carried_back_to_a_guard():
    text = ("Rex Keel shares a cell with Kit Lane. The chief warder, Mr. Lew Hatch, has an informer: Kit, who "
            "carries every word said in the yard back to Hatch for tobacco.")
    assert ("Kit Lane", "informerOf", "Lew Hatch") in facts(text)


def test_two_titles_before_a_name_leave_the_label_bare():
    doc = extract("Rex Keel is framed by Detective Sergeant Lew Hatch.", "t")
    assert {c.label for c in doc.characters} == {"Rex Keel", "Lew Hatch"}


def test_evidence_hidden_inside_a_thing_that_belongs_to_someone():
    text = "Il sergente Lew Hatch fa trovare la droga nel bagagliaio dell'auto di Rex Keel (Al Moss)."
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


@pytest.mark.parametrize("text", [
    "Per vendicarsi Ned Pryor si rivolge a un poliziotto corrotto, il sergente Lew Hatch, che fa trovare la "
    "droga nel bagagliaio dell'auto di Rex Keel.",
    "To get even, Ned Pryor turns to a crooked cop, Sergeant Lew Hatch, who plants heroin in the trunk of "
    "Rex Keel's car.",
])
def test_one_who_turns_to_the_framer_instigates_the_frame(text):
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch"), ("Rex Keel", "framedBy", "Ned Pryor")}


@pytest.mark.parametrize("sentence", [
    "Il capitano Lew Hatch, che ha saputo da Kit Lane che Rex si allena di notte, lo fa punire.",
    "Kit Lane tiene il capitano Lew Hatch informato sui piani di Rex.",
    "Minacciato dal capitano Lew Hatch, Kit Lane comincia a tenerlo informato sui piani di Rex.",
])
def test_keeping_an_authority_informed_or_being_its_source(sentence):
    text = f"Nel penitenziario Rex Keel divide la cella con Kit Lane. {sentence}"
    assert ("Kit Lane", "informerOf", "Lew Hatch") in facts(text)


def test_a_camp_named_by_its_number_and_its_place():
    text = "Rex Keel (Al Moss) arriva al campo di prigionia 78 di Fonte d'Oro. Il campo è comandato da Lew Hatch."
    doc = extract(text, "t")
    assert [p.label for p in doc.prisons] == ["campo di prigionia 78 di Fonte d'Oro"]
    assert ("Lew Hatch", "wardenOf", "campo di prigionia 78 di Fonte d'Oro") in facts(text)


def test_one_called_the_stooge_is_no_guard_by_a_captain_rank():
    text = ("In the camp the prisoners dig a tunnel. In fact the stooge is Captain Rex Keel (Al Moss), who "
            "has been passing the committee's plans to Major Lew Hatch.")
    found = roles(text)
    assert "guard" not in found["Rex Keel"] and "informer" in found["Rex Keel"]
    assert ("Rex Keel", "informerOf", "Lew Hatch") in facts(text)


def test_a_drug_hidden_in_her_handbag():
    text = "Ada Brill (Nora Kell) is jailed after her boyfriend, Rex Keel, hides the heroin he sells in her handbag."
    assert ("Ada Brill", "framedBy", "Rex Keel") in facts(text)


def test_going_to_the_warden_to_tell_her_about_others():
    text = ("The superintendent, Mrs. Ada Brill, runs the prison. Nora Kell, who has seen the matron do it, "
            "goes to Ada Brill and tells her about the pills.")
    assert ("Nora Kell", "informerOf", "Ada Brill") in facts(text)
    text = "The superintendent, Mrs. Ada Brill, runs the prison. Nora Kell goes to Ada Brill and tells her about her son."
    assert not [f for f in facts(text) if f[1] == "informerOf"]


def test_a_neapolitan_nickname_after_the_name():
    text = ("Il guappo Ugo Sarri detto 'o Lupo (Leo Gori) viene rinchiuso a Poggioreale. "
            "'O Lupo si fa rispettare da tutti.")
    doc = extract(text, "t")
    assert [c.label for c in doc.characters] == ["Ugo Sarri"] and "'o Lupo" in doc.characters[0].aliases


def test_the_two_after_a_sentence_that_names_one_besides_its_topic():
    text = ("Ugo Sarri (Leo Gori) viene rinchiuso a Poggioreale. In carcere prende sotto la sua protezione un "
            "ragazzo, Nedo Prati (Bo Sims). I due dividono la cella con un vecchio, Leo Brai (Cy Dorn).")
    assert facts(text) == cell_pairs(["Leo Brai", "Nedo Prati", "Ugo Sarri"])




def test_reporting_whatever_a_named_man_says():
    text = ("Rex Keel shares a cell with Kit Lane. The chief guard, brigadiere Lew Hatch, offers Kit an early "
            "release. Every week Kit reports to Hatch whatever Rex says in his sleep.")
    assert ("Kit Lane", "informerOf", "Lew Hatch") in facts(text)
    assert roles(text)["Lew Hatch"] == {"guard"}


def test_a_confession_extorted_from_an_innocent():
    text = ("Il commissario Lew Hatch (Cy Dorn) ferma Rex Keel (Al Moss) e gli estorce con le minacce una "
            "confessione firmata.")
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


@pytest.mark.parametrize("text", [
    # two named together, then "the two men … together"
    "Rex Keel (Al Moss) and Lew Hatch (Cy Dorn) are captured at sea, and the two men are locked in a small "
    "cell together on an island.",
    # British slang
    "Rex Keel (Al Moss) is sent to Pentonville. There he is banged up with Lew Hatch (Cy Dorn), an old forger.",
    # a while before the cell
    "Dopo la scoperta del tunnel, Rex Keel e Lew Hatch vengono chiusi per un mese in una cella di rigore.",
    # the cell's number
    "At Sing Sing Rex Keel (Al Moss) shares cell 4 with a pickpocket, Lew Hatch (Cy Dorn).",
])
def test_a_cell_shared_by_two_in_other_words(text):
    assert facts(text) == cell_pairs(["Lew Hatch", "Rex Keel"])


@pytest.mark.parametrize("text, framers", [
    # the witness named in the payer's clause
    ("Rex Keel (Al Moss) is sent to Sing Sing. His partner, Lew Hatch, had paid a drifter, Kit Lane, to swear "
     "that he saw Rex leave the office.", {"Lew Hatch", "Kit Lane"}),
    # the witness the passive's subject, the one behind it after "by"
    ("Ada Brill finds that the only witness, a boy named Kit Lane, had been coerced by the sheriff, Lew Hatch, "
     "into picking Rex Keel out of a line-up.", {"Lew Hatch", "Kit Lane"}),
    ("Rex Keel viene mandato a San Vittore. Il suo socio, Lew Hatch, aveva pagato un vagabondo, Kit Lane, "
     "perché giurasse di aver visto Rex uscire dall'ufficio.", {"Lew Hatch", "Kit Lane"}),
    ("Ada Brill scopre che l'unico testimone, un ragazzo di nome Kit Lane, era stato costretto dal commissario "
     "Lew Hatch a riconoscere Rex Keel.", {"Lew Hatch", "Kit Lane"}),
])
def test_a_witness_who_lies_at_another_bidding_frames_too(text, framers):
    assert {o for s, p, o in facts(text) if s == "Rex Keel" and p == "framedBy"} == framers


def test_an_officer_on_the_row_is_a_guard_and_no_informer():
    text = ("Rex Keel (Al Moss) waits on death row at the Hale Unit. An officer on the row, Kit Lane (Bo Sims), "
            "reads Rex's mail and passes the letters to the sheriff, Lew Hatch.")
    assert roles(text)["Kit Lane"] == {"guard"}
    assert not [f for f in facts(text) if f[1] == "informerOf"]


def test_a_unit_is_a_prison_where_the_sentence_tells_of_death_row():
    text = "Rex Keel (Al Moss) has spent ten years on death row at the Hale Unit. The warden, Lew Hatch, is fair."
    assert [p.label for p in extract(text, "t").prisons] == ["Hale Unit"]
    assert ("Lew Hatch", "wardenOf", "Hale Unit") in facts(text)
    text = "Rex Keel (Al Moss) is a detective in the Hale Unit. The chief, Lew Hatch, is fair."
    assert not extract(text, "t").prisons


def test_the_three_after_one_who_meets_two():
    text = ("Nella baracca Ugo Sarri conosce Leo Brai, un ladro di Bari, e il vecchio pastore Nedo Prati; "
            "dopo una rissa i tre vengono messi insieme in una cella di punizione.")
    assert facts(text) == cell_pairs(["Leo Brai", "Nedo Prati", "Ugo Sarri"])


@pytest.mark.parametrize("text", [
    "At Sing Sing Rex Keel shares cell 4 with a pickpocket, Kit Lane (Bo Sims), known as \"Dita d'oro\", and "
    "with an old forger, Lew Hatch (Cy Dorn).",
    "A Poggioreale Rex Keel divide la cella con un borsaiolo, Kit Lane (Bo Sims), noto come \"Dita d'oro\", e "
    "con un vecchio falsario, Lew Hatch (Cy Dorn).",
])
def test_a_nickname_of_lower_case_words_introduced_in_two_words(text):
    doc = extract(text, "t")
    assert sorted(c.label for c in doc.characters) == ["Kit Lane", "Lew Hatch", "Rex Keel"]
    assert "Dita d'oro" in next(c for c in doc.characters if c.label == "Kit Lane").aliases
    assert facts(text) == cell_pairs(["Kit Lane", "Lew Hatch", "Rex Keel"])


@pytest.mark.parametrize("text", [
    "Rex Keel divide la cella con due detenuti, il rapinatore Kit Lane e un ragazzo di Quarto Basso, Lew Hatch.",
    "Rex Keel shares a cell with Kit Lane and a boy from Quarto Basso, Lew Hatch.",
])
def test_a_cellmate_described_by_where_he_comes_from(text):
    assert facts(text) == cell_pairs(["Kit Lane", "Lew Hatch", "Rex Keel"])


def test_a_relative_clause_after_a_role_noun_with_its_complement():
    text = ("Il commissario Lew Hatch arresta Rex Keel. A fare il suo nome era stato Kit Lane, un confidente della "
            "questura che da mesi frequentava il circolo e riferiva a Hatch tutto quello che vi si diceva.")
    assert ("Kit Lane", "informerOf", "Lew Hatch") in facts(text)


@pytest.mark.parametrize("sentence", [
    "Rex learns that a boy named Kit Lane has been grassing to Hatch.",
    "Kit Lane rats on anyone who breaks the rules to Hatch.",
])
def test_grassing_or_ratting_on_many_to_a_guard(sentence):
    text = f"Rex Keel is sent to a borstal. Senior Officer Lew Hatch runs the wing. {sentence}"
    assert ("Kit Lane", "informerOf", "Lew Hatch") in facts(text)


def test_a_guard_noun_as_a_title_gives_the_role_and_leaves_the_name():
    doc = extract("Senior Officer Lew Hatch (Cy Dorn) runs B wing of the prison with a heavy hand.", "t")
    assert [(c.label, set(c.roles)) for c in doc.characters] == [("Lew Hatch", {"guard"})]


@pytest.mark.parametrize("text", [
    "The officers put the riot down, and Rex Keel and Kit Lane, who had been given a cell together in the "
    "block, are both charged.",
    "After the riot Rex Keel and Kit Lane are given a cell together.",
    "Rex Keel and Kit Lane are later locked in the same punishment cell for a week.",
])
def test_a_cell_given_or_locked_for_two(text):
    assert facts(text) == cell_pairs(["Kit Lane", "Rex Keel"])


def test_a_thing_slipped_under_his_mattress_by_one_who_has_it_done():
    text = ("Rex Keel (Al Moss) is sent to a borstal. The officer Lew Hatch, looking for a way to break Rex, has a "
            "screwdriver slipped under his mattress before a search.")
    assert ("Rex Keel", "framedBy", "Lew Hatch") in facts(text)


def test_what_is_said_in_the_cell_is_no_hearsay():
    text = ("Ugo Sarri divide la cella con Kit Lane. Il capoguardia Lew Hatch è violento. Kit, che in cambio di "
            "sigarette tiene informato Hatch su quello che si dice in cella, riferisce al capoguardia che Ugo "
            "prepara la fuga.")
    assert ("Kit Lane", "informerOf", "Lew Hatch") in facts(text)


@pytest.mark.parametrize("text", [
    "Il pastore Ugo Sarri viene arrestato per l'uccisione di un possidente. A farlo condannare è il maresciallo "
    "Lew Hatch, che ha fatto deporre contro di lui due testimoni compiacenti.",
    "Rex Keel is arrested for the murder of a landowner. The sheriff, Lew Hatch, has two compliant witnesses "
    "testify against him.",
])
def test_witnesses_of_convenience_made_to_testify(text):
    victim = "Ugo Sarri" if "Ugo" in text else "Rex Keel"
    assert {f for f in facts(text) if f[1] == "framedBy"} == {(victim, "framedBy", "Lew Hatch")}


def test_one_who_is_staff_by_a_rank_alone_informs_an_officer_outside_the_staff():
    text = ("The prisoners of war suspect Kit Lane, but it is Captain Rex Keel, the senior Italian officer, who "
            "has been passing the names of the diggers to Major Lew Hatch in exchange for better quarters.")
    assert ("Rex Keel", "informerOf", "Lew Hatch") in facts(text)
    assert "guard" not in roles(text)["Rex Keel"]


def test_a_verb_after_comma_and_past_a_closed_relative_clause_is_the_first_subject():
    text = ("In the jute mill Rex Keel gets to know Lew Hatch, a lifer who runs the yard, and is celled with a "
            "nervous forger, Kit Lane.")
    assert facts(text) == cell_pairs(["Kit Lane", "Rex Keel"])


def test_a_thing_named_by_a_clitic_hidden_in_her_bag():
    text = ("La sarta Ada Brill viene arrestata per il furto di una collana. La collana era stata presa dalla "
            "cameriera, Nora Kell, che l'ha nascosta nella borsa di Ada prima dell'arrivo della polizia.")
    assert ("Ada Brill", "framedBy", "Nora Kell") in facts(text)


def test_a_known_prison_whose_article_is_fused_with_a_preposition():
    text = "Ugo Sarri viene arrestato. Alle Nuove Ugo finisce in una cella con Leo Brai."
    doc = extract(text, "t")
    assert [p.label for p in doc.prisons] == ["Nuove"]
    assert sorted(c.label for c in doc.characters) == ["Leo Brai", "Ugo Sarri"]


def test_a_bar_left_in_his_locker_by_one_who_then_names_him():
    text = ("L'operaio Ugo Sarri viene arrestato. In realtà il guardiano è stato colpito da un provocatore, Leo "
            "Brai, che ha poi lasciato la spranga nell'armadietto di Ugo.")
    assert ("Ugo Sarri", "framedBy", "Leo Brai") in facts(text)


def test_one_who_had_him_arrested_told_by_a_cleft_is_an_informer():
    text = "Ugo Sarri scopre che a farlo arrestare è stato il suo caporedattore, Leo Brai."
    assert "informer" in roles(text)["Leo Brai"]


def test_a_cell_with_one_and_later_with_another():
    text = "Rex Keel is kept in a cell with a union delegate, Kit Lane, and later with a priest, Lew Hatch."
    assert facts(text) == {("Kit Lane", "cellmateOf", "Rex Keel"), ("Lew Hatch", "cellmateOf", "Rex Keel")}


def test_a_place_given_with_a_year_in_a_sentence_of_its_own_is_no_one():
    text = "Porto Vecchio, 1977. Rex Keel (Al Moss) is seized by plain-clothes men."
    assert [c.label for c in extract(text, "t").characters] == ["Rex Keel"]


def test_the_officer_in_charge_where_the_prison_is():
    text = ("Rex Keel is held in a clandestine prison in a naval building, where the officer in charge, Captain "
            "Lew Hatch (Cy Dorn), decides who is questioned.")
    assert roles(text)["Lew Hatch"] == {"warden"}


def test_one_who_then_gets_an_officer_to_plant_it_instigates_the_frame():
    text = ("Rex Keel (Al Moss) refuses to stab a man. Lew Hatch then gets a corrupt correctional officer, Kit "
            "Lane, to plant a shank in Rex's bunk.")
    found = {f for f in facts(text) if f[1] == "framedBy"}
    assert found == {("Rex Keel", "framedBy", "Kit Lane"), ("Rex Keel", "framedBy", "Lew Hatch")}


def test_telling_a_lieutenant_about_a_planned_stabbing():
    text = ("Rex Keel (Al Moss) is sent to Corcoran State Prison. Kit Lane was the one who had told Lieutenant Lew "
            "Hatch about the planned stabbing.")
    assert ("Kit Lane", "informerOf", "Lew Hatch") in facts(text)


def test_the_same_cell_as_a_counted_group_then_its_members():
    text = ("Ugo Sarri viene rinchiuso all'Ucciardone, nella stessa cella di due uomini di Lew Hatch, i fratelli "
            "Leo Brai e Nedo Prati, che hanno l'ordine di farlo impazzire.")
    assert facts(text) == cell_pairs(["Leo Brai", "Nedo Prati", "Ugo Sarri"])


def test_drugs_hidden_in_the_back_of_his_shop():
    text = ("Il commerciante Ugo Sarri rifiuta di pagare il pizzo. Il boss Lew Hatch lo punisce facendo "
            "nascondere mezzo chilo di eroina nel retro del suo negozio.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Lew Hatch")}


def test_squealing_again_this_time_to_someone():
    text = ("Rex Keel (Al Moss) is serving ten years. The men learn that Ned Pryor squealed again, this time to "
            "Captain Lew Hatch, the head of the guards.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


def test_a_belief_in_its_own_aside_does_not_block_what_follows():
    text = ("Ugo Sarri e Nedo Prati fuggono insieme. Nedo viene ripreso e, convinto che le guardie tratteranno "
            "Ugo con riguardo, rivela al direttore Leo Gori dove si nasconde.")
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)
    # the belief itself still blocks a fact told inside it
    text = "Nedo Prati, convinto che Ugo Sarri abbia informato il direttore Leo Gori, lo aggredisce."
    assert not any(f[1] == "informerOf" for f in facts(text))


def test_a_short_given_name_joins_its_full_name_in_another_language():
    text = ("Il veterano Lucas Keel (Al Moss) viene condannato a due anni. Nella baracca Luke si scontra con "
            "Ned Pryor.")
    doc = extract(text, "t")
    assert {c.label: c.aliases for c in doc.characters}["Lucas Keel"] >= {"Luke"}


def test_someone_talked_into_keeping_an_officer_informed():
    text = ("L'agente Lew Hatch convince un detenuto, Ugo Sarri (Al Moss), a tenerlo informato su quello che "
            "si dice nella rotonda.")
    assert facts(text) == {("Ugo Sarri", "informerOf", "Lew Hatch")}


def test_a_relative_after_a_participle_is_said_of_the_described_one_alone():
    text = ("Tra loro c'è Leo Gori, un camorrista rispettato, e il giovane Nedo Prati, arrestato per uno scippo, "
            "che viene messo nella stessa cella di un anziano detenuto, Ugo Sarri.")
    assert facts(text) == cell_pairs(["Nedo Prati", "Ugo Sarri"])


def test_a_former_rank_is_no_guard():
    text = ("Rex Keel arrives to serve ten years at a military prison. Ned Pryor (Al Moss), a former captain who "
            "runs the betting in the yard, is offered a deal by the commandant.")
    assert "guard" not in roles(text)["Ned Pryor"]
    assert roles(text.replace("a former captain", "a captain of the guards"))["Ned Pryor"] == {"guard"}


def test_the_one_who_leads_the_officers_is_a_guard():
    text = ("Restano dentro dodici detenuti e un piccolo gruppo di agenti, guidati dall'ispettore Leo Gori "
            "(Al Moss).")
    assert roles(text)["Leo Gori"] == {"guard"}


def test_a_deal_for_information_taken_up():
    taken = ("Ned Pryor, a bookmaker, is offered a reduced sentence by Colonel Lew Hatch, the commandant, in "
             "exchange for what he can learn, and he hands over Rex Keel's plan.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(taken)
    offered = ("Ned Pryor, a bookmaker, is offered a reduced sentence by Colonel Lew Hatch, the commandant, in "
               "exchange for information, but he laughs in his face.")
    assert not any(f[1] == "informerOf" for f in facts(offered))


def test_a_place_after_from_is_not_the_antecedent_of_who():
    text = ("Rex Keel (Al Moss) is a nineteen-year-old from Salford who is fitted up for a robbery by Lew Hatch, a "
            "bent copper.")
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


@pytest.mark.parametrize("text, found", [
    ("Ned Pryor (Al Moss) is sent to Marlow. A bag of pills turns up in Ned's mattress, put there by Lew Hatch.",
     {("Ned Pryor", "framedBy", "Lew Hatch")}),
    ("Ned Pryor (Al Moss) is arrested after a brawl. The knife is found in his coat, and the boss Rex Keel, who "
     "wanted the man dead, had told one of his men, Lew Hatch, to slip it there.",
     {("Ned Pryor", "framedBy", "Lew Hatch"), ("Ned Pryor", "framedBy", "Rex Keel")}),
])
def test_a_find_then_the_one_who_put_it_there(text, found):
    assert {f for f in facts(text) if f[1] == "framedBy"} == found


def test_telling_an_officer_which_women_complained():
    text = ("Ada Brill (Al Moss) is the night guard of the women's prison. Her favourite, a trusty named Nora Kell, "
            "tells Brill which women have complained.")
    assert ("Nora Kell", "informerOf", "Ada Brill") in facts(text)


@pytest.mark.parametrize("text, found", [
    ("Nedo Prati fa trovare nella branda di Ugo Sarri (Al Moss) un biglietto scritto dal giudice.",
     {("Ugo Sarri", "framedBy", "Nedo Prati")}),
    # a person hidden, not a thing
    ("Nedo Prati si nasconde nella casa di Ugo Sarri (Al Moss) per tre giorni.", set()),
])
def test_the_thing_planted_may_follow_the_place(text, found):
    assert facts(text) == found


def test_suspicion_as_a_noun_is_no_belief():
    text = ("Ugo Sarri (Al Moss) viene arrestato. Per togliersi il sospetto di dosso, Nedo Prati fa trovare nella "
            "sua branda un biglietto.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Nedo Prati")}
    text = "Tutti sospettano che Nedo Prati abbia fatto trovare nella branda di Ugo Sarri un biglietto."
    assert facts(text) == set()


@pytest.mark.parametrize("text", [
    "Per salvarsi, Nedo Prati accusa un altro detenuto, Ugo Sarri (Al Moss), e fa trovare nella sua branda un "
    "biglietto.",
    "To clear himself, Lew Hatch accuses another inmate, Ned Pryor (Al Moss), and hides a note in his bunk.",
])
def test_an_accusation_backed_by_planted_proof(text):
    framed, framer = ("Ugo Sarri", "Nedo Prati") if "Ugo" in text else ("Ned Pryor", "Lew Hatch")
    assert facts(text) == {(framed, "framedBy", framer)}


def test_a_cell_after_a_place_and_a_comma():
    text = ("A San Vittore Ugo Sarri viene rinchiuso nel reparto speciale, in una cella con Leo Gori (Al Moss), "
            "un vecchio rapinatore.")
    assert facts(text) == cell_pairs(["Leo Gori", "Ugo Sarri"])


@pytest.mark.parametrize("place", ["lì", "nella sua auto"])
def test_evidence_made_to_be_found(place):
    text = (f"Ugo Sarri (Al Moss) viene arrestato. Il suo amico Nedo Prati, che in realtà lavora per la polizia, ha "
            f"fatto in modo che le armi venissero trovate {place}.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Nedo Prati")}


def test_a_unit_of_a_prison_is_no_prison():
    text = ("Rex Keel (Al Moss) is sent to Barlinnie. In the Special Unit of the prison, the inmates paint and "
            "write. The unit is led by a liberal governor, Lew Hatch.")
    doc = extract(text, "t")
    assert [p.label for p in doc.prisons] == ["Barlinnie"]
    assert facts(text) == {("Lew Hatch", "wardenOf", "Barlinnie")}


def test_a_role_noun_after_another_stands_where_another_does():
    text = ("Ned Pryor is a prison guard. Rex Keel learns that another unit prisoner, Lew Hatch (Al Moss), has "
            "been reporting to Pryor on the other men.")
    assert ("Lew Hatch", "informerOf", "Ned Pryor") in facts(text)


def test_a_role_noun_then_a_plain_noun_named_someone():
    text = ("Rex Keel is sent to Stonewall Penitentiary. The warden, a weary political appointee named Lew Hatch "
            "(Al Moss), leaves the running of the prison to the guards.")
    assert facts(text) == {("Lew Hatch", "wardenOf", "Stonewall Penitentiary")}


def test_a_role_said_after_a_colon_and_a_time():
    text = ("Ugo Sarri capisce che Leo Gori è innocente, ma tace: da mesi è il confidente del maresciallo Nedo "
            "Prati e non vuole rischiare.")
    assert ("Ugo Sarri", "informerOf", "Nedo Prati") in facts(text)


def test_a_relative_after_a_description_that_names_another():
    text = ("Il capitano Leo Gori comanda il campo. Ugo Sarri fa amicizia con il vecchio Nedo Prati (Al Moss), "
            "l'uomo di fiducia del capitano, che in realtà riferisce a Gori ogni parola che sente.")
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)


def test_a_camp_under_someones_command():
    text = ("Ugo Sarri viene condannato a due anni in un campo di lavoro della contea, sotto il comando del "
            "capitano Leo Gori (Al Moss).")
    assert roles(text)["Leo Gori"] == {"warden"}
    assert ("Leo Gori", "wardenOf", None) in {(s, p, None) for s, p, o in facts(text)}


def test_a_find_disowned_then_the_one_who_put_it_there():
    text = ("Rex Keel (Al Moss) is pulled over by Deputy Ned Pryor, who finds a bag of marijuana under the seat of "
            "his truck. Rex has never seen it before: Pryor had put it there himself, on the word of Sheriff Lew "
            "Hatch.")
    assert facts(text) == {("Rex Keel", "framedBy", "Ned Pryor"), ("Rex Keel", "framedBy", "Lew Hatch")}


def test_a_pronoun_after_a_sentence_ending_in_a_clause_of_its_own():
    # the last clause, its subject set off by a relative, is who the next sentence's "he" is
    text = ("Lew Hatch hides the gun in the car, and Rex Keel (Al Moss), who had only driven the men to the bank, "
            "is convicted. He is sent to Stonewall Penitentiary. There he is put in the cell of Ned Pryor.")
    assert ("Ned Pryor", "cellmateOf", "Rex Keel") in facts(text)
    assert "inmate" not in roles(text)["Lew Hatch"]


def test_a_pronoun_after_a_subject_owned_by_someone():
    text = ("Lew Hatch arrests Rex Keel (Al Moss). Rex's lawyer talks him into a plea, and he gets eight years at "
            "Stonewall Penitentiary.")
    found = roles(text)
    assert "inmate" in found["Rex Keel"] and "inmate" not in found["Lew Hatch"]


def test_a_term_told_by_its_length_is_a_sentence():
    assert "inmate" in roles("Rex Keel (Al Moss) gets eight years at Stonewall Penitentiary.")["Rex Keel"]
    assert "inmate" in roles("Ned Pryor (Al Moss) got life for the killing.")["Ned Pryor"]
    assert "inmate" not in roles("Ned Pryor (Al Moss) gets two years older and wiser.")["Ned Pryor"]


def test_a_gun_hidden_in_a_cab_frames_its_driver():
    text = "Lew Hatch (Al Moss) hides the gun under the seat of Rex Keel's cab, and Rex is convicted."
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


def test_tales_carried_to_someone_named_by_a_pronoun_or_run_to_him():
    assert ("Rex Keel", "informerOf", "Ned Pryor") in facts(
        "Sergeant Ned Pryor runs the guards. A trusty, Rex Keel (Al Moss), curries favour with Pryor by carrying "
        "him tales about the other cons.")
    assert ("Rex Keel", "informerOf", "Ned Pryor") in facts(
        "Sergeant Ned Pryor runs the guards. Rex Keel (Al Moss) overhears the plan in the yard and runs to Pryor "
        "with the whole story.")
    assert not any(p == "informerOf" for _s, p, _o in facts(
        "Sergeant Ned Pryor runs the guards. Rex Keel (Al Moss) runs to Pryor with a cup of coffee."))


def test_the_one_who_hides_the_proof_for_another_frames_too():
    assert facts("Rex Keel has a ring hidden in Ugo Sarri's suitcase by his driver, Ned Pryor. Ugo is arrested.") \
        == {("Ugo Sarri", "framedBy", "Rex Keel"), ("Ugo Sarri", "framedBy", "Ned Pryor")}
    assert facts("La contessa Ada Brill fa nascondere un anello nella valigia di Nora Kell dal suo autista, "
                 "Leo Gori. Nora viene arrestata.") \
        == {("Nora Kell", "framedBy", "Ada Brill"), ("Nora Kell", "framedBy", "Leo Gori")}
    # the police who find it frame no one
    assert facts("Ada Brill fa trovare un anello nella valigia di Nora Kell dalla polizia.") \
        == {("Nora Kell", "framedBy", "Ada Brill")}


def test_a_woman_guard_in_italian():
    text = ("Nora Kell, in cambio di piccoli privilegi, riferisce alla capo guardiana, la signora Ada Brill, tutto "
            "ciò che si dice nel cortile del carcere.")
    assert roles(text)["Ada Brill"] == {"guard"}
    assert ("Nora Kell", "informerOf", "Ada Brill") in facts(text)


def test_a_cell_with_words_before_it_is_shared():
    assert facts("In prison Rex Keel shares a cramped two-man cell with Ned Pryor (Al Moss).") \
        == {("Ned Pryor", "cellmateOf", "Rex Keel")}
    assert not facts("In prison Rex Keel shares a meal in the cell with Ned Pryor (Al Moss).")


def test_a_find_then_who_is_found_to_have_put_it_there():
    text = ("When a shank is found in Rex Keel's locker, the yard blames Ned Pryor (Al Moss), but Rex figures out "
            "that Lew Hatch put it there on Sergeant Cy Dorn's orders.")
    assert {("Rex Keel", "framedBy", "Lew Hatch"), ("Rex Keel", "framedBy", "Cy Dorn")} <= facts(text)
    assert ("Rex Keel", "framedBy", "Ned Pryor") not in facts(text)


def test_a_search_that_finds_what_the_searcher_had_hidden():
    text = ('Rex Keel (Al Moss) refuses to carry drugs for Detective Lew Hatch. A week later Hatch stops his truck '
            'and " finds " two kilos of heroin that he had put there himself.')
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


def test_an_indefinite_role_noun_past_other_words():
    # a new noun is someone new; the noun the holder was called by is still the holder
    doc = extract("Rex Keel is a crooked narcotics detective. Ned Pryor gives the records to an internal affairs "
                  "investigator, and Keel is arrested.", "t")
    assert sorted(c.label for c in doc.characters) == ["Ned Pryor", "Rex Keel", "the investigator"]
    doc = extract("The warden of Stonewall Prison hates Rex Keel. Rex stops a riot, and a grateful warden "
                  "grants him a pardon.", "t")
    assert [c.label for c in doc.characters].count("the warden") == 1


def test_a_nickname_with_its_article_after_detto():
    doc = extract("Ugo Sarri scopre che a tradirlo è stato Leo detto il Biondo (Al Moss), confidente del "
                  "commissario Nedo Prati.", "t")
    assert "Biondo" in next(c for c in doc.characters if c.label == "Leo").aliases


def test_a_clitic_made_to_find_it_at_home():
    text = ("Ugo Sarri (Al Moss) viene arrestato dopo una rapina. Il commissario Leo Gori non si accontenta e gli "
            "fa trovare in casa la pistola usata per un omicidio.")
    assert ("Ugo Sarri", "framedBy", "Leo Gori") in facts(text)


def test_one_who_shops_his_partner_informs():
    text = ("Rex Keel (Al Moss) opens the vault with his partner, Ned Pryor. Pryor slips away with the bag and "
            "shops him to Inspector Lew Hatch of Scotland Yard.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)
    assert not any(p == "framedBy" for _s, p, _o in facts(text))


def test_a_known_grass_the_warder_hears_from():
    text = ("Rex Keel and Cy Dorn start a tunnel. One of the cons, Ned Pryor (Al Moss), is a known grass, and "
            "before long the chief warder, Mr. Lew Hatch, hears about the tunnel from him.")
    assert "informer" in roles(text)["Ned Pryor"]
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)
    # hearing of something else from someone is no informing
    assert not any(p == "informerOf" for _s, p, _o in facts(
        "The chief warder, Mr. Lew Hatch, hears about the weather from Ned Pryor (Al Moss)."))


def test_a_spy_for_him_in_italian():
    text = ("Il capo delle guardie, Leo Gori, tratta i detenuti come schiavi. Un detenuto di nome Nedo (Al Moss) "
            "fa la spia per lui.")
    assert ("Nedo", "informerOf", "Leo Gori") in facts(text)


def test_a_bought_testimony_told_by_a_cleft():
    text = ("Ugo Sarri (Al Moss) viene condannato per un omicidio che non ha commesso. A inchiodarlo è la "
            "testimonianza di un barista, Nedo Prati, pagato dal vero assassino, il gangster Leo Gori.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Nedo Prati"), ("Ugo Sarri", "framedBy", "Leo Gori")}


def test_jean_is_a_mans_name_too():
    # a man played by a Jean is not taken for a woman, so "lo" can stand for him
    text = ("Ugo Sarri (Jean Gabin) viene condannato per un omicidio che non ha commesso. A inchiodarlo è la "
            "testimonianza di un barista, Nedo Prati, pagato da Leo Gori.")
    assert ("Ugo Sarri", "framedBy", "Nedo Prati") in facts(text)


def test_whatever_was_learned_told_about_it():
    text = ("Sergeant Lew Hatch runs the guards. Ned Pryor (Al Moss), an informer, learns of the boat the two "
            "men are buying and tells Hatch about it.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


def test_a_place_after_its_capitalised_adjective_is_no_one():
    doc = extract("Rex Keel (Al Moss) is shipped to the penal colony of Saint-Laurent in French Guiana.", "t")
    assert [c.label for c in doc.characters] == ["Rex Keel"]


def test_cellmates_listed_after_a_possessive():
    text = "In prison Nora Kell's cellmates are Ada Brill (Al Moss) and a quiet teenager, Kit Lane."
    assert facts(text) == cell_pairs(["Nora Kell", "Ada Brill", "Kit Lane"])


def test_she_is_someones_stoolie():
    text = ("The matron, Mrs. Ada Brill, runs the wing. Nora Kell (Al Moss) is friendly, but she is Brill's "
            "stoolie.")
    assert ("Nora Kell", "informerOf", "Ada Brill") in facts(text)
    assert "informer" in roles(text)["Nora Kell"]


def test_a_term_at_the_named_prison():
    text = "Nora Kell (Al Moss) is framed. She gets five years at the Arizona State Women's Prison."
    assert "inmate" in roles(text)["Nora Kell"]


def test_an_inspector_of_the_prison_police_is_a_guard():
    text = "Nei reparti del carcere comanda l'ispettore Leo Gori (Al Moss) della polizia penitenziaria."
    assert roles(text)["Leo Gori"] == {"guard"}


def test_what_is_carried_to_the_inspector():
    text = ("Nei reparti comanda l'ispettore Leo Gori della polizia penitenziaria. Nedo Prati (Al Moss) è un "
            "infame e porta all'ispettore Gori ogni parola detta in cella.")
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)


def test_the_men_of_someone_unnamed_are_no_ones_subject():
    # "il boss" is no character: the frame has no framer the text names, and no one frames himself
    text = ("Ugo Sarri (Al Moss) vive a Scampia. Quando rifiuta di fare da corriere per il clan di don Leo Gori, "
            "gli uomini del boss gli fanno trovare la cocaina nel furgone.")
    assert ("Leo Gori", "framedBy", "Ugo Sarri") not in facts(text)


def test_a_scooter_is_among_someones_things():
    text = ("Ugo Sarri (Al Moss) vive a Scampia. Don Leo Gori gli fa trovare mezzo chilo di cocaina sotto la sella "
            "dello scooter.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}


def test_a_case_cooked_up_by_another():
    text = ("Rex Keel (Al Moss) gets three years on a prison farm. Only much later does he learn that the whole "
            "case against him was cooked up by Deputy Lew Hatch.")
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


def test_guards_led_by_one_the_men_call_by_a_name():
    text = ("Rex Keel (Al Moss) is sent to the Rocky Ford prison farm. The guards are led by a silent marksman "
            "the men call Ned Pryor.")
    assert roles(text)["Ned Pryor"] == {"guard"}


def test_a_rank_alone_after_the_is_the_rank_not_a_name():
    text = ("Captain Lew Hatch runs the Rocky Ford prison farm. Cecil Pike (Al Moss) keeps the Captain posted on "
            "everything said in the bunkhouse.")
    doc = extract(text, "t")
    assert "Captain" not in [c.label for c in doc.characters]
    assert ("Cecil Pike", "informerOf", "Lew Hatch") in facts(text)
    # but a rank the text has made someone's name stays that name
    doc = extract("Ugo Sarri è condannato a due anni in un campo diretto dal Capitano (Al Moss). Quando la madre "
                  "muore, il Capitano lo fa chiudere nella scatola.", "t")
    assert [c.label for c in doc.characters].count("Capitano") == 1
    assert "the captain of the guards" not in [c.label for c in doc.characters]


def test_a_provocateur_who_handed_over_the_leaflets_and_denounced():
    text = ("Nel 1929 il tipografo Ugo Sarri (Al Moss) viene arrestato con un pacco di volantini. Il pacco glielo "
            "aveva consegnato Leo Gori, un giovane che si diceva suo compagno e che era in realtà un agente "
            "provocatore: era stato lui stesso a denunciarlo alla questura.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}
    assert "informer" in roles(text)["Leo Gori"]


def test_one_put_in_a_cell_to_spy_for_the_one_who_put_him_there():
    text = ("Il direttore del penitenziario, Leo Gori, fa trasferire nella cella dei politici il detenuto comune "
            "Nedo Prati (Al Moss), con l'incarico di spiarli.")
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)


def test_a_prison_name_with_its_own_article():
    doc = extract("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di La Mesa, a Tijuana.", "t")
    assert [p.label for p in doc.prisons] == ["carcere di La Mesa"]
    assert [c.label for c in doc.characters] == ["Ugo Sarri"]


def test_someone_else_finds_it_then_who_hid_it_there():
    text = ("At the border a customs officer finds cocaine in Rex Keel's surfboard bag: Ned Pryor (Al Moss) had "
            "hidden it there without telling him.")
    assert facts(text) == {("Rex Keel", "framedBy", "Ned Pryor")}


def test_working_for_the_warden_and_reporting_every_word():
    text = ("The warden, Colonel Lew Hatch, takes a cut of every deal. Ned Pryor (Al Moss) befriends Rex Keel, but "
            "he is in fact working for Hatch, and he reports every word Rex says about the payoffs to him.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


def test_bunking_in_a_cell_with_someone_and_starting_a_stretch():
    text = "Rex Keel (Al Moss) bunks in a two-man cell with Ned Pryor at Blackwater Penitentiary."
    assert facts(text) >= {("Ned Pryor", "cellmateOf", "Rex Keel")}
    assert "inmate" in roles("Season two opens with Rex Keel (Al Moss) starting a ten-year stretch at Blackwater "
                             "Penitentiary.")["Rex Keel"]


def test_a_gun_slipped_into_someones_hand_told_in_a_relative():
    text = ("Ugo Sarri (Al Moss) ha sedici anni: lo hanno preso con la pistola che un ragazzo più grande, Leo Gori, "
            "gli aveva messo in mano la notte della rapina, prima di scappare.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}


def test_the_true_source_of_a_tip_after_a_belief_and_a_semicolon():
    text = ("Nel carcere minorile Ugo Sarri è convinto che sia stato Leo Gori, e lo picchia; ma la soffiata era "
            "venuta da un altro detenuto, Nedo Prati (Al Moss).")
    found = roles(text)
    assert "informer" in found["Nedo Prati"] and "informer" not in found["Leo Gori"]


def test_a_prison_named_before_its_noun_in_lower_case_after_a_preposition():
    text = ("Rex Keel (Al Moss) is sentenced to ten years in Blackrock penitentiary. Blackrock's warden, Lew Hatch, "
            "rules with the strap.")
    doc = extract(text, "t")
    assert [p.label for p in doc.prisons] == ["Blackrock"]
    assert "Blackrock" not in [c.label for c in doc.characters]
    assert ("Lew Hatch", "wardenOf", "Blackrock") in facts(text)


def test_an_ordinal_or_former_is_no_name():
    doc = extract("Former boxer Rex Keel (Al Moss) plans a break from the state prison for the Fourth of July.", "t")
    assert [c.label for c in doc.characters] == ["Rex Keel"]


def test_a_list_of_ringleaders_handed_to_the_receiver_named_first():
    text = ("At Blackrock prison Ned Pryor (Al Moss) hands the head guard, Captain Lew Hatch, a list of the "
            "ringleaders.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)
    assert facts("Rex Keel (Al Moss) hands Ned Pryor a list of the groceries.") == set()


def test_a_gun_slipped_into_an_overcoat_and_squealing_on_the_men():
    text = "During the raid Ned Pryor (Al Moss) slips the revolver into Rex Keel's overcoat."
    assert facts(text) == {("Rex Keel", "framedBy", "Ned Pryor")}
    found = roles("In prison Lew Hatch (Al Moss) buys himself soft jobs by squealing on the other men.")
    assert "informer" in found["Lew Hatch"]


def test_the_same_cell_holds_others_and_the_one_the_story_follows():
    text = ("Ada Brill (Jo Ray) finisce nel carcere di Perugia. Nella stessa cella stanno una ladra, Nora Kell, "
            "e una ragazza di buona famiglia, Lea Sarri.")
    assert facts(text) >= cell_pairs(["Ada Brill", "Nora Kell", "Lea Sarri"])


def test_evidence_hidden_among_the_things_of_the_girl_named_before():
    text = ("Ada Brill (Jo Ray) lavora in una filanda. Il figlio del padrone, Leo Gori, prende il denaro e fa "
            "nascondere la busta nell'armadietto della ragazza.")
    assert facts(text) == {("Ada Brill", "framedBy", "Leo Gori")}
    text = ("Ada Brill (Jo Ray) works in a shop in Leeds. Her boss Rex Keel takes the money and hides the empty "
            "purse in the girl's locker.")
    assert facts(text) == {("Ada Brill", "framedBy", "Rex Keel")}
    # the girl is she, not the man named last
    text = ("Ada Brill (Jo Ray) works in a shop in Leeds. Her boss Rex Keel (Al Moss) meets Ned Pryor, who "
            "hides the empty purse in the girl's locker.")
    assert ("Ada Brill", "framedBy", "Ned Pryor") in facts(text)


def test_a_maximum_security_prison_run_by_its_warden():
    text = "Rex Keel (Al Moss) viene mandato a Fairhaven, un carcere di massima sicurezza dell'Oregon diretto da Lew Hatch."
    assert ("Lew Hatch", "wardenOf", "Fairhaven") in facts(text)


def test_one_who_tells_him_everything_another_says():
    text = ("At Blackrock prison a guard, Lew Hatch, recruits an inmate, Ned Pryor (Al Moss), who tells him "
            "everything Rex Keel says on the phone.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


def test_the_detectives_steered_toward_an_innocent():
    text = ("Ada Brill (Jo Ray) is convicted of poisoning a patient. The stepson, Rex Keel, had switched the "
            "medication himself and then steered the detectives toward Ada.")
    assert facts(text) == {("Ada Brill", "framedBy", "Rex Keel")}


def test_whom_a_prison_holds_is_no_part_of_its_short_name():
    doc = extract("Ada Brill (Jo Ray) is sent to Eastmoor Correctional Facility for Women.", "t")
    assert [(p.label, sorted(p.aliases)) for p in doc.prisons] == [
        ("Eastmoor Correctional Facility for Women", ["Eastmoor Correctional"])]


def test_the_rank_alone_after_the_titled_name_is_that_man():
    text = ("At Blackrock prison the real power on the block belongs to Sergeant Lew Hatch. Every week Ned Pryor "
            "(Al Moss) reports Rex Keel's letters and visitors to the sergeant.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)
    # an indefinite rank is someone else, no new character either way
    doc = extract("At Blackrock prison Sergeant Lew Hatch charges Rex Keel (Al Moss) with assaulting a sergeant.", "t")
    assert [c.label for c in doc.characters] == ["Lew Hatch", "Rex Keel"]


def test_ones_own_men_made_to_swear_they_saw_him():
    text = ("Before Rex Keel (Al Moss) can go to the district attorney, Lew Hatch has two of his drivers swear that "
            "they saw Rex pocket the money.")
    assert ("Rex Keel", "framedBy", "Lew Hatch") in facts(text)


def test_the_list_of_members_handed_to_the_police():
    found = roles("Nel 1821 Ugo Sarri (Al Moss) viene arrestato. A tradirlo è stato Leo Gori, che ha consegnato alla "
                  "polizia l'elenco degli affiliati.")
    assert found["Leo Gori"] == {"informer"} and "informer" not in found["Ugo Sarri"]
    assert "informer" in roles("Ned Pryor (Al Moss) gave the police a list of the strikers.")["Ned Pryor"]


def test_the_commander_of_a_fortress_heads_it():
    text = ("Ugo Sarri (Al Moss) viene rinchiuso nella fortezza dello Spielberg. Il comandante della fortezza, il "
            "maggiore Leo Gori, lo tratta con durezza.")
    assert roles(text)["Leo Gori"] == {"warden"}


def test_the_find_among_ones_things_then_who_had_put_it_there():
    text = ("Ugo Sarri (Al Moss) viene fermato all'aeroporto con due chili di hashish nello zaino: glieli aveva "
            "messi la sua compagna di viaggio, l'olandese Ada Brill.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Ada Brill")}


def test_a_correctional_with_no_head_after_it_and_a_co():
    text = "Rex Keel (Al Moss) is sent to Oakridge Correctional. A C.O. named Lew Hatch deals pills on the tier."
    doc = extract(text, "t")
    assert [p.label for p in doc.prisons] == ["Oakridge Correctional"]
    assert roles(text)["Lew Hatch"] == {"guard"}


def test_a_detective_with_a_sergeants_rank_is_no_guard():
    text = ("Rex Keel (Al Moss) is sent to Oakridge prison after a narcotics detective, Sgt. Lew Hatch, plants "
            "heroin in his car.")
    assert roles(text)["Lew Hatch"] == set()
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


def test_it_was_one_not_the_other_who_informed():
    text = ("At Oakridge prison Rex Keel (Al Moss) blames Ned Pryor. In the end Rex learns that it was Lew Hatch, "
            "not Ned, who had been feeding information to the warden all along.")
    found = roles(text)
    assert "informer" in found["Lew Hatch"] and "informer" not in found["Ned Pryor"]
    text = ("Nel carcere Ugo Sarri (Al Moss) accusa Leo Gori. Poi scopre che è stato Nedo Prati, non Leo, a "
            "riferire al direttore ogni sua parola.")
    found = roles(text)
    assert "informer" not in found["Leo Gori"]


def test_a_refusal_ends_at_the_next_verb_and_a_noun_with_its_complement_is_a_subject():
    text = ("Il geometra Ugo Sarri (Al Moss) rifiuta di pagare il pizzo e viene incastrato dagli uomini di don Leo "
            "Gori: un killer della cosca lascia la pistola nel cassone del suo furgone.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}


def test_a_southern_title_cut_short_leads_a_listed_cellmate():
    text = ("All'Ucciardone Ugo Sarri (Al Moss) divide la cella con un vecchio contrabbandiere, zu' Leo Gori, e con "
            "un ragazzo di Ballarò, Nedo Prati.")
    assert facts(text) >= cell_pairs(["Ugo Sarri", "Leo Gori", "Nedo Prati"])
    doc = extract(text, "t")
    assert "zu' Leo Gori" in next(c for c in doc.characters if c.label == "Leo Gori").aliases


def test_a_faith_is_no_name_and_a_warden_described_then_named():
    text = ("Rex Keel (Al Moss) is sent to Blackrock prison. The warden, a reform-minded Quaker named Lew Hatch, "
            "lets Rex train in the yard.")
    doc = extract(text, "t")
    assert "Quaker" not in [c.label for c in doc.characters]
    assert roles(text)["Lew Hatch"] == {"warden"}


def test_a_thing_of_his_left_by_the_body_on_the_bosss_orders():
    text = ("A bookmaker is beaten to death, and Lew Hatch's bodyguard, a slow-witted ex-fighter called Tiny, "
            "leaves Rex Keel's championship belt beside the body on his boss's orders.")
    assert facts(text) == {("Rex Keel", "framedBy", "Tiny"), ("Rex Keel", "framedBy", "Lew Hatch")}


def test_paid_to_find_out_and_telling_what_another_hides():
    text = ("At Blackrock prison a guard, Lew Hatch, pays a young inmate, Ned Pryor (Al Moss), to find out which "
            "hand Rex Keel hurt in training.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)
    text = ("At Blackrock prison Ned Pryor (Al Moss) tells the guard, Lew Hatch, about the splint Rex Keel wears "
            "at night.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


def test_a_clause_of_what_is_feared_before_the_frame():
    text = ("Il quindicenne Ugo Sarri (Al Moss) viene sorpreso in un magazzino. Il loro capo, Leo Gori, per essere "
            "sicuro che il ragazzo non parli gli fa trovare in tasca le chiavi del magazzino.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}


def test_put_in_a_punishment_cell_together():
    text = "Dopo una rissa Ugo Sarri (Al Moss) finisce in cella di punizione insieme a Leo Gori, un sardo taciturno."
    assert facts(text) == {("Leo Gori", "cellmateOf", "Ugo Sarri")}


def test_a_prison_named_right_after_its_noun_in_italian():
    doc = extract("Mandato al riformatorio Ferrante Aporti, Ugo Sarri (Al Moss) viene assegnato a una camerata.", "t")
    assert [p.label for p in doc.prisons] == ["riformatorio Ferrante Aporti"]
    # not someone the text meets again, nor a title with its name in English
    doc = extract("Nel carcere Leo, un vecchio ladro, aiuta Ugo Sarri (Al Moss). Leo muore in primavera.", "t")
    assert doc.prisons == [] or all(p.label is None for p in doc.prisons)
    doc = extract("Rex Keel is sent to San Quentin. Inside the prison Warden Lew Hatch (Al Moss) runs the execution.",
                  "t")
    assert [p.label for p in doc.prisons] == ["San Quentin"]


def test_evidence_under_the_cot_of_one_called_by_his_nationality():
    text = ("Il tenente australiano Rex Keel (Al Moss) viene accusato di aver rubato il riso: il furto in realtà "
            "l'ha commesso una guardia, il caporale Ugo Sarri, che ha nascosto i sacchi sotto la branda dell'australiano.")
    assert facts(text) == {("Rex Keel", "framedBy", "Ugo Sarri")}


def test_eyes_and_ears_and_tipping_someone_off():
    text = ("At Millbrook prison the matron, Ada Brill, uses a trusty, Nora Kell (Jo Ray), as her eyes and ears.")
    assert ("Nora Kell", "informerOf", "Ada Brill") in facts(text)
    text = ("At Millbrook prison, when Lea Sarri decides to talk, Nora Kell (Jo Ray) tips the matron, Ada Brill, off.")
    assert ("Nora Kell", "informerOf", "Ada Brill") in facts(text)


def test_the_short_names_of_prisons_with_possessives_and_elisions():
    def short(text):
        return [sorted(p.aliases) for p in extract(text, "t").prisons]
    assert short("Ada Brill (Jo Ray) goes to the Millbrook Women's Reformatory.") == [["Millbrook"]]
    assert short("Ugo Sarri (Al Moss) viene rinchiuso nel supercarcere dell'Asinara.") == [["Asinara"]]
    doc = extract("Edmond (Al Moss) is taken to the Château d'If prison.", "t")
    assert "Château d'If" in [p.label for p in doc.prisons] + [a for p in doc.prisons for a in p.aliases]


def test_what_is_learnt_has_its_own_subject():
    text = ("All'Asinara Ugo Sarri (Al Moss) scopre che Leo Gori, stanco della lotta armata, passa informazioni al "
            "maresciallo Nedo Prati.")
    assert ("Leo Gori", "informerOf", "Nedo Prati") in facts(text)
    text = ("In carcere Ugo Sarri (Al Moss) si accorge che qualcuno riferisce al maresciallo Nedo Prati ogni parola "
            "detta in cella.")
    assert "informer" not in roles(text)["Ugo Sarri"]


def test_a_name_given_though_known_to_be_innocent():
    text = ("Ugo Sarri (Al Moss) viene arrestato. A indicarlo agli inquirenti è stato un pentito, Leo Gori, che ha "
            "fatto il suo nome pur sapendo che era innocente.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}
    assert roles(text)["Leo Gori"] == {"informer"}
    text = "Rex Keel (Al Moss) is arrested after Lew Hatch named him to the police, knowing full well he was innocent."
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


def test_a_cellmate_named_after_a_bare_description():
    text = ("Rex Keel is banged up in Stonegate Prison, sharing a cell with Irish forger Ned Pryor and a lifer, "
            "Lew Hatch.")
    assert facts(text) >= cell_pairs(["Rex Keel", "Ned Pryor", "Lew Hatch"])


def test_a_warden_is_not_the_head_of_the_prison_he_sends_someone_to():
    text = ("Rex Keel (Al Moss) is locked up in Stonegate Prison. The warden, Ned Pryor (Jo Ray), lets a gang boss "
            "rule the yard. In the end Pryor has Rex transferred to Dannemora.")
    assert ("Ned Pryor", "wardenOf", "Stonegate Prison") in facts(text)
    text = "The new warden, Ned Pryor (Jo Ray), is sent to Stonegate Prison."
    assert ("Ned Pryor", "wardenOf", "Stonegate Prison") in facts(text)


def test_telling_who_had_evidence_planted():
    text = ("The warden, Al Moss, runs Stonegate Prison. Ned Pryor (Jo Ray) tells the warden that Lew Hatch had the "
            "razor planted.")
    assert ("Ned Pryor", "informerOf", "Al Moss") in facts(text)


def test_one_who_has_another_moved_to_solitary_is_not_put_there():
    text = ("Rex Keel is sent to Stonegate Prison, whose warden is Ned Pryor. When Rex begins writing letters, "
            "Lew Hatch reads them, and Pryor has Rex moved to solitary.")
    found = roles(text)
    assert found["Ned Pryor"] == {"warden"} and "inmate" in found["Rex Keel"]


def test_joined_in_the_cell_by_a_newcomer():
    text = ("Rex Keel (Al Moss) is sent to Stonegate Prison. He meets Ned Pryor, a forger. The two are soon joined "
            "in the cell by a third man, Lew Hatch.")
    assert facts(text) >= cell_pairs(["Rex Keel", "Ned Pryor", "Lew Hatch"])


def test_a_cell_told_by_its_place_in_the_prison():
    text = ("Ugo Sarri (Al Moss) finisce a Poggioreale, in una cella del secondo braccio che divide con un vecchio "
            "ladro, Leo Gori, e con un ragazzo, Nedo Prati.")
    assert facts(text) >= cell_pairs(["Ugo Sarri", "Leo Gori", "Nedo Prati"])


def test_the_briber_of_the_framer_is_the_instigator():
    text = ("Per toglierlo di mezzo, Leo Gori corrompe il brigadiere Nedo Prati, che durante una perquisizione "
            "infila una pistola nel cassetto di Ugo Sarri.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Nedo Prati"), ("Ugo Sarri", "framedBy", "Leo Gori")}
    text = ("To get rid of him, Lew Hatch bribes a sergeant, Ned Pryor, who slips a gun into Rex Keel's desk "
            "during a search.")
    assert facts(text) == {("Rex Keel", "framedBy", "Ned Pryor"), ("Rex Keel", "framedBy", "Lew Hatch")}


def test_a_place_name_with_lower_case_words_between_hyphens():
    doc = extract("Rex Keel (Al Moss) is deported to the penal colony of Saint-Laurent-du-Maroni in Guiana.", "t")
    assert [p.label for p in doc.prisons] == ["penal colony of Saint-Laurent-du-Maroni"]


def test_the_two_men_are_no_woman_named_before():
    text = ("Rex Keel (Al Moss) is sent to Devil's Island. On the ship he befriends Ned Pryor, a doctor whose wife "
            "Ada Brill had him convicted. At the colony the two men are chained in the same block and then locked "
            "into one cell with a Corsican convict, Lew Hatch.")
    assert facts(text) >= cell_pairs(["Rex Keel", "Ned Pryor", "Lew Hatch"])
    assert not any("Ada Brill" in f for f in facts(text) if f[1] == "cellmateOf")


def test_heads_of_a_penal_colony_and_its_overseers():
    text = ("Nel bagno penale il comandante del bagno, Ugo Sarri (Al Moss), governa con il terrore, aiutato dal "
            "sorvegliante capo Leo Gori.")
    found = roles(text)
    assert found["Ugo Sarri"] == {"warden"} and found["Leo Gori"] == {"guard"}


def test_telling_when_the_escape_will_be():
    text = ("At Stonegate Prison a convict named Ned Pryor is in the pay of the head guard, Lew Hatch, and tells "
            "him the night of the escape.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


def test_a_surname_that_is_also_a_common_word_after_its_played_name():
    text = ("Nel carcere di Trani l'ispettrice di polizia penitenziaria Nora Russo (Jo Ray) sorveglia le detenute. "
            "Ada Brill riferisce ogni settimana all'ispettrice Russo chi riceve che cosa durante i colloqui.")
    assert ("Ada Brill", "informerOf", "Nora Russo") in facts(text)
    assert roles(text)["Nora Russo"] == {"guard"}


def test_a_prison_name_does_not_swallow_the_subject_after_it():
    text = ("Lea Sarri (Jo Ray) è un'infermiera. Nel carcere di Trani Lea viene assegnata a una cella. "
            "Lea scrive al giudice.")
    doc = extract(text, "t")
    assert [p.label for p in doc.prisons] == ["carcere di Trani"]


def test_a_numbered_cell_and_those_who_already_live_there():
    text = ("Nel carcere di Trani Lea Sarri (Jo Ray) viene assegnata alla cella 14, dove vivono già la "
            "rapinatrice Ada Brill e una ragazza, Nora Kell.")
    assert facts(text) >= cell_pairs(["Lea Sarri", "Ada Brill", "Nora Kell"])
    text = ("Lea Sarri is sent to Stonegate Prison. Lea is assigned to cell 14, where Ada Brill and a young thief, "
            "Nora Kell, already live.")
    assert facts(text) >= cell_pairs(["Lea Sarri", "Ada Brill", "Nora Kell"])


def test_a_cleft_that_names_who_laid_the_blame():
    text = ("Lea Sarri (Jo Ray) viene condannata per la morte di un paziente: a sostituire la fiala, per poi far "
            "ricadere la colpa su di lei, era stata la caposala Ada Brill.")
    assert facts(text) == {("Lea Sarri", "framedBy", "Ada Brill")}


def test_sent_to_a_named_prison_after_the():
    assert roles("Ada Brill is sent to the Stonegate Women's Prison.")["Ada Brill"] == {"inmate"}


def test_a_bunkmate_in_a_cell():
    text = "At Stonegate Prison, Ada Brill's bunkmate in the two-woman cell is Nora Kell, a shoplifter."
    assert facts(text) == cell_pairs(["Ada Brill", "Nora Kell"])


def test_a_name_set_off_by_commas_is_a_possessive_informer():
    text = ("At Stonegate Prison the matron, Ada Brill, is cruel. Another inmate, Nora Kell, is the matron's "
            "stoolie.")
    assert ("Nora Kell", "informerOf", "Ada Brill") in facts(text)
    assert roles(text)["Nora Kell"] == {"inmate", "informer"}


def test_a_second_subject_described_between_commas():
    text = "Lew Hatch and his bookkeeper, Ada Brill, railroad Rex Keel on a trumped-up charge."
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch"), ("Rex Keel", "framedBy", "Ada Brill")}


def test_a_false_accusation_with_an_adverb_of_time():
    text = "Per liberarsi di un rivale, Leo Gori accusa poi falsamente Ugo Sarri davanti al giudice di un furto."
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}


def test_an_unsaid_subject_puts_one_in_a_cell_with_a_counted_group():
    text = ("Ugo Sarri (Al Moss) finisce a Regina Coeli, dove lo mettono in cella con due romani di Trastevere, "
            "Leo Gori e il giovane Nedo Prati.")
    assert facts(text) >= cell_pairs(["Ugo Sarri", "Leo Gori", "Nedo Prati"])
    assert "Trastevere" not in roles(text)


def test_evidence_put_there_by_a_described_framer():
    text = ("Rex Keel (Al Moss) is arrested when drugs are found in his rucksack. The drugs had been put there by "
            "his travelling companion, Lew Hatch, who needed a decoy.")
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


def test_a_prison_run_in_name_by_its_director():
    text = "The prison is run in name by director Lew Hatch, but the guards answer to a captain."
    assert roles(text)["Lew Hatch"] == {"warden"}


def test_a_prison_name_with_its_own_article_and_no_genitive():
    doc = extract("Ugo Sarri (Al Moss) viene rinchiuso nel carcere La Picota, dove divide una cella con Leo Gori.", "t")
    assert [p.label for p in doc.prisons] == ["carcere La Picota"]


def test_a_name_before_the_noun_of_a_body_is_no_one():
    text = "Rex Keel is a courier for the Ochoa cartel. Rex is arrested."
    assert set(roles(text)) == {"Rex Keel"}


def test_one_denounced_to_a_secret_police_by_a_neighbour():
    text = "Rex Keel (Al Moss) is denounced to the NKVD by his neighbour Lew Hatch, who wants his room."
    assert roles(text)["Lew Hatch"] == {"informer"}


def test_one_picked_out_among_the_prisoners_is_an_inmate():
    text = ("In the labour camp the commandant drinks. Among the zeks, a former actor named Lew Hatch reports on "
            "the others to Major Ned Pryor.")
    assert "inmate" in roles(text)["Lew Hatch"]
    text = "An undercover agent placed among the prisoners, Lew Hatch, is exposed."
    assert "inmate" not in roles(text)["Lew Hatch"]


def test_a_nationality_before_a_role_noun_is_no_name():
    text = "Rex Keel shares a plank bunk in a barrack with the old Latvian pastor Ned Pryor."
    assert set(roles(text)) == {"Rex Keel", "Ned Pryor"}


@pytest.mark.parametrize("text", [
    "At Granger Prison Rex Keel is put in a cell with a cheerful Glaswegian burglar, Ned Pryor.",
    "At Granger Prison Rex Keel meets an old Muscovite printer, Ned Pryor.",
])
def test_a_town_people_word_after_an_indefinite_article_is_no_name(text):
    assert set(roles(text)) == {"Rex Keel", "Ned Pryor"}


def test_a_french_form_of_address_is_a_title_and_a_police_body_no_one():
    doc = extract("At Granger Prison Monsieur Ned Pryor is the warden. Lew Hatch slips a gun into Rex Keel's car "
                  "and calls the Sûreté.", "t")
    assert {c.label for c in doc.characters} == {"Ned Pryor", "Lew Hatch", "Rex Keel"}


def test_a_watchman_of_a_factory_is_no_prison_guard():
    text = ("Ugo Sarri viene arrestato per l'omicidio di un sorvegliante dello stabilimento. Nel carcere di "
            "Valnera la guardia Leo Gori lo picchia.")
    doc = extract(text, "t")
    guard = next(c for c in doc.characters if c.label == "Leo Gori")
    assert "guard" in guard.roles and "un sorvegliante" not in guard.aliases, guard
    assert [c.label for c in doc.characters if "guard" in c.roles] == ["Leo Gori"]


def test_a_deputy_for_security_is_a_guard():
    text = ("In the labour camp the commandant, Colonel Ned Pryor, leaves the running of the camp to his deputy "
            "for security, Major Lew Hatch.")
    assert roles(text)["Lew Hatch"] == {"guard"}


def test_a_chief_inspector_in_apposition_to_the_head_of_the_officers():
    text = ("Al carcere minorile di Nisida il comandante degli agenti, l'ispettore capo Ada Brill (Jo Ray), è dura "
            "ma giusta.")
    assert roles(text)["Ada Brill"] == {"guard"}


def test_a_crime_not_committed_and_the_one_who_named_him():
    text = ("Ugo Sarri (Al Moss) viene arrestato dopo una rapina che non ha commesso: a indicarlo alla polizia come "
            "il rapinatore è stato Leo Gori, il boss del quartiere.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}
    assert roles(text)["Leo Gori"] == {"informer"}


def test_a_stool_pigeon_sent_into_a_cell():
    text = ("At Alcatraz the captain of the guards, Lew Hatch, sends a young stool pigeon, Ned Pryor, into the cell "
            "with Rex Keel to find out what he is planning.")
    found = facts(text)
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in found
    assert cell_pairs(["Ned Pryor", "Rex Keel"]) <= found


def test_a_police_official_commands_an_internment_camp():
    text = ("Ugo Sarri viene mandato al campo di internamento di Ferramonti. Il campo è comandato dal commissario di "
            "pubblica sicurezza Leo Gori (Al Moss). Un internato triestino, Nedo Prati, riferisce a Gori chi "
            "ascolta la radio di nascosto.")
    found = roles(text)
    assert found["Leo Gori"] == {"warden"} and found["Ugo Sarri"] == {"inmate"}
    assert found["Nedo Prati"] == {"inmate", "informer"}
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)


def test_the_accuser_who_did_the_deed_himself():
    text = ("Ugo Sarri (Al Moss) viene condannato per il furto di un carico: a denunciarlo ai carabinieri, giurando "
            "di averlo visto sul molo, è stato il suo caposquadra, Leo Gori, che il furto l'aveva organizzato lui.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori")}
    assert roles(text)["Leo Gori"] == {"informer"}


def test_a_place_and_a_name_side_by_side_are_two():
    text = ("Rex Keel (Al Moss) has served ten years in Angola. In exchange, the prosecutor, Ned Pryor, dropped the "
            "charges. At Angola Rex shares a cell with Lew Hatch, a lifer.")
    assert facts(text) == cell_pairs(["Rex Keel", "Lew Hatch"])
    text = "Rex Keel (Al Moss) is sent to Stonegate Prison. Rex shares a cell with Lew Hatch. Keel is quiet."
    assert set(roles(text)) == {"Rex Keel", "Lew Hatch"}


def test_a_region_after_an_article_and_an_adjective_is_a_place():
    text = "Set in a town in the English Midlands in 1970. Rex Keel (Al Moss) is sent to prison."
    assert set(roles(text)) == {"Rex Keel"}


def test_sent_down_is_british_for_sent_to_prison():
    text = "Rex Keel (Al Moss), sixteen, was sent down for two years after a fight in a pub."
    assert roles(text)["Rex Keel"] == {"inmate"}


def test_a_name_after_adjectives_set_apart_by_commas():
    text = "In the borstal Rex Keel (Al Moss) is put in a cell with a silent, bookish lad called Ned Pryor."
    assert facts(text) == cell_pairs(["Rex Keel", "Ned Pryor"])


def test_a_pronoun_after_a_subordinate_clause_that_follows_a_semicolon():
    text = ("At the borstal Rex Keel (Al Moss) was put in a dormitory; after he broke the nose of the wing's top dog, "
            "Lew Hatch, he was moved to a cell with Ned Pryor.")
    assert facts(text) == cell_pairs(["Rex Keel", "Ned Pryor"])


def test_keeping_an_officer_supplied_with_tales():
    text = "At the borstal Lew Hatch kept the senior officer, Ned Pryor, supplied with tales about the other boys."
    assert ("Lew Hatch", "informerOf", "Ned Pryor") in facts(text)


def test_telling_the_police_another_did_what_one_did_oneself():
    text = ("Rex Keel (Al Moss) was jailed after his cousin Lew Hatch told the police that it was Rex who had "
            "robbed a jeweller, a crime Lew had committed himself.")
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}
    assert roles(text)["Lew Hatch"] == {"informer"}
    text = "Rex Keel (Al Moss) was jailed after Lew Hatch told the police that Rex had robbed a jeweller."
    assert facts(text) == set() and roles(text)["Lew Hatch"] == {"informer"}


def test_the_proof_of_innocence_made_to_vanish_in_the_passive():
    text = ("Leo Gori (Al Moss) finisce a San Vittore. I documenti che lo scagionavano erano stati fatti sparire dal "
            "suo socio, Ugo Sarri (Jo Ray).")
    assert facts(text) == {("Leo Gori", "framedBy", "Ugo Sarri")}


def test_a_wiki_section_heading_is_no_character():
    text = "'''Stone Walls''' is a 1951 film. == Plot == Rex Keel (Al Moss) is sent to prison."
    assert set(roles(text)) == {"Rex Keel"}


def test_agreeing_to_inform_for_an_agent_is_informing():
    text = ("At Halden Women's Correctional Facility Ada Brill (Jo Ray) agrees to inform on Nora Kell's trade for "
            "FBI agent Lea Sarri (Al Moss).")
    assert ("Ada Brill", "informerOf", "Lea Sarri") in facts(text)
    text = "At Halden Prison Ada Brill plans to inform on Nora Kell for FBI agent Lea Sarri."
    assert ("Ada Brill", "informerOf", "Lea Sarri") not in facts(text)


def test_a_captain_of_a_body_who_commands_the_prison_is_its_warden():
    text = ("Ugo Sarri viene rinchiuso a Regina Coeli. Il capitano delle SS Leo Gori (Al Moss), che comanda il "
            "carcere, gli promette la libertà. Nedo Prati fa da spia per Gori.")
    assert roles(text)["Leo Gori"] == {"warden"}
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)


def test_selling_someone_to_the_occupiers_is_informing():
    text = ("Ugo Sarri (Al Moss) stampa volantini finché un vicino, Leo Gori (Jo Ray), lo vende ai tedeschi per "
            "diecimila lire. Ugo finisce a Regina Coeli.")
    assert roles(text)["Leo Gori"] == {"informer"}


def test_becoming_someones_eyes_and_ears():
    text = ("At Joliet the head guard is Lew Hatch. A young convict, Ned Pryor, becomes Hatch's eyes and ears in "
            "the yard.")
    assert ("Ned Pryor", "informerOf", "Lew Hatch") in facts(text)


def test_an_office_of_several_words_between_a_rank_and_a_name():
    text = ("Ugo Sarri finisce all'Ucciardone. Leo Gori riferisce ogni sua parola al brigadiere degli agenti di "
            "custodia Nedo Prati (Al Moss).")
    assert ("Leo Gori", "informerOf", "Nedo Prati") in facts(text)
    assert roles(text)["Nedo Prati"] == {"guard"}


def test_the_last_cellmate_described_then_named_with_a_title():
    text = ("In carcere Ugo Sarri condivide la cella con un giovane contrabbandiere, Leo Gori, e con un anziano "
            "maestro elementare, il professor Nedo Prati, condannato per motivi politici.")
    assert facts(text) == cell_pairs(["Ugo Sarri", "Leo Gori", "Nedo Prati"])


def test_a_well_known_prison_with_a_building_word_and_a_quoted_nickname():
    text = ("Rex Keel (Al Moss) is locked up in Lecumberri Palace, the notorious \"Black Palace\", where he shares "
            "a cell with Ned Pryor.")
    doc = extract(text, "t")
    assert [(p.label, sorted(p.aliases)) for p in doc.prisons] == [("Lecumberri Palace", ["Black Palace"])]
    assert set(roles(text)) == {"Rex Keel", "Ned Pryor"}


def test_a_name_one_has_oneself_called_in_a_relative_clause():
    text = ("Ugo Sarri finisce a San Vittore. Un altro detenuto, Leo Gori, che si fa chiamare \"Doc\", diventa "
            "suo amico.")
    doc = extract(text, "t")
    leo = next(c for c in doc.characters if c.label == "Leo Gori")
    assert "Doc" in leo.aliases and {c.label for c in doc.characters} == {"Ugo Sarri", "Leo Gori"}


def test_a_named_prison_before_whom_it_holds_and_its_noun():
    text = "Ada Brill is sent to the Fairview women's reformatory. The superintendent, Nora Kell, is kind."
    doc = extract(text, "t")
    assert [p.label for p in doc.prisons] == ["Fairview"]
    assert ("Nora Kell", "wardenOf", "Fairview") in facts(text)


def test_ending_up_at_a_named_juvenile_prison():
    text = "Milano, 1978. Il sedicenne Ugo Sarri (Al Moss) finisce al carcere minorile Cesare Beccaria."
    assert roles(text)["Ugo Sarri"] == {"inmate"}


def test_moved_to_a_cell_for_two_by_an_unsaid_subject():
    text = ("Ugo Sarri viene messo in camerata con altri sei ragazzi, ma dopo una rissa lo spostano in una cella a "
            "due con Leo Gori.")
    assert facts(text) == cell_pairs(["Ugo Sarri", "Leo Gori"])


def test_a_cleft_that_puts_the_hearer_first_and_a_guard_found_among_the_officers():
    text = ("Al carcere minorile Beccaria, tra gli agenti c'è Nedo Prati, che Ugo Sarri considera un amico; ma è proprio a Prati "
            "che Leo Gori, in cambio di qualche telefonata, racconta i progetti di fuga di Ugo.")
    assert roles(text)["Nedo Prati"] == {"guard"}
    assert ("Leo Gori", "informerOf", "Nedo Prati") in facts(text)


def test_a_german_rank_is_a_title_and_a_camp_run_by_a_bodys_officer():
    text = ("Ned Pryor (Al Moss) is taken to Stalag Luft IX, a prisoner-of-war camp run by the Luftwaffe's Oberst "
            "Rex Keel (Jo Ray), a correct officer.")
    doc = extract(text, "t")
    assert "Rex Keel" in {c.label for c in doc.characters}
    assert ("Rex Keel", "wardenOf", "Stalag Luft IX") in facts(text)


def test_the_commander_of_an_old_prison_for_life_terms_is_its_warden():
    text = ("Ugo Sarri viene rinchiuso nell'ergastolo di Santo Stefano, dove il comandante, il maggiore Leo Gori "
            "(Al Moss), lo fa incatenare.")
    doc = extract(text, "t")
    assert [(p.label, sorted(p.aliases)) for p in doc.prisons] == [("ergastolo di Santo Stefano", ["Santo Stefano"])]
    assert ("Leo Gori", "wardenOf", "ergastolo di Santo Stefano") in facts(text)
    text = ("Nel campo il comandante americano Leo Gori (Al Moss) riesce a fuggire attraverso la giungla, mentre "
            "Ugo Sarri resta prigioniero.")
    assert "warden" not in roles(text)["Leo Gori"]


def test_a_party_adjective_between_a_calling_and_a_name():
    text = "Napoli, 1850. Il giovane medico liberale Ugo Sarri (Al Moss) viene arrestato dalla polizia borbonica."
    assert {c.label for c in extract(text, "t").characters} == {"Ugo Sarri"}


def test_hiding_papers_in_anothers_study_then_denouncing_him_to_a_named_official():
    text = ("Ugo Sarri (Al Moss) viene arrestato dopo che il suo ex compagno di studi, Leo Gori, ha nascosto nel "
            "suo studio una cassa di proclami per poi denunciarlo al commissario Nedo Prati.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori"), ("Leo Gori", "informerOf", "Nedo Prati")}


def test_one_more_put_in_the_same_cell_as_the_one_the_story_follows():
    text = ("Ugo Sarri (Al Moss) viene rinchiuso a Santo Stefano. Nella stessa cella finisce poco dopo anche un "
            "prete scomunicato, padre Leo Gori (Jo Ray), che in realtà è stato mandato lì dal commissario Nedo "
            "Prati per raccogliere le confidenze dei detenuti politici.")
    found = facts(text)
    assert cell_pairs(["Ugo Sarri", "Leo Gori"]) <= found
    assert ("Leo Gori", "informerOf", "Nedo Prati") in found


def test_seeing_that_the_victims_gun_is_found_by_the_body():
    text = ("Rex Keel (Al Moss) is on death row at San Quentin for the murder of a watchman, a killing carried out "
            "by the gang of Lew Hatch, who saw to it that Rex's gun was found beside the body.")
    assert facts(text) == {("Rex Keel", "framedBy", "Lew Hatch")}


def test_sharing_ones_own_cell_after_a_cell_next_door():
    text = ("At San Quentin Rex Keel's cell is next to that of a gentle lifer, Lew Hatch, but he shares his own "
            "with a jumpy young forger, Ned Pryor.")
    assert facts(text) == cell_pairs(["Rex Keel", "Ned Pryor"])


def test_a_find_in_a_suitcase_put_there_by_a_described_companion():
    text = ("Ada Brill (Al Moss) is arrested when customs officers find heroin sewn into the lining of her "
            "suitcase, put there by the charming stranger she had been travelling with, Lew Hatch (Jo Ray).")
    assert facts(text) == {("Ada Brill", "framedBy", "Lew Hatch")}


def test_telling_everything_to_a_hearer_named_in_apposition():
    text = ("At Lard Yao prison Nora Kell tells the chief warder, Mrs. Lea Sarri, everything Ada Brill says about "
            "her father's plans.")
    assert ("Nora Kell", "informerOf", "Lea Sarri") in facts(text)


def test_the_one_who_hides_the_gun_for_the_framer_frames_too():
    text = ("Ugo Sarri (Al Moss) viene arrestato: il commissario Leo Gori lo ha incastrato, facendo sistemare da "
            "un suo confidente, Nedo Prati, una pistola nella sua auto.")
    assert facts(text) == {("Ugo Sarri", "framedBy", "Leo Gori"), ("Ugo Sarri", "framedBy", "Nedo Prati")}


@pytest.mark.parametrize("text, name, alias", [
    ("The gang is broken up. His right-hand man and cousin, Lew Hatch, makes a secret deal with the police.",
     "Lew Hatch", "right-hand man"),
    ("La banda si scioglie. Il suo braccio destro e cugino, Ugo Sarri, fa un patto segreto con la polizia.",
     "Ugo Sarri", "braccio destro"),
])
def test_a_right_hand_man_named_after_a_second_noun_is_that_name(text, name, alias):
    found = {c.label: alias in c.aliases for c in extract(text, "t").characters}
    assert found == {name: True}, found


def test_an_unnamed_right_hand_man_who_acts_is_a_character():
    doc = extract("Rex Keel runs the docks. When the deal goes wrong, Rex Keel shoots his right-hand man "
                  "and dumps the body in the river.", "t")
    assert sorted(c.label for c in doc.characters) == ["Rex Keel", "the right-hand man"]


def test_an_italian_rank_kept_in_english_is_a_title_and_the_apposition_after_a_participle_names_him():
    text = ("At Granger Prison the militia captain attached to the camp, Capitano Ugo Sarri, is cruel. Ned Pryor "
            "reports every escape plan to Sarri.")
    doc = extract(text, "t")
    assert {c.label: set(c.roles) for c in doc.characters}["Ugo Sarri"] == {"guard"}
    assert ("Ned Pryor", "informerOf", "Ugo Sarri") in facts(text)


@pytest.mark.parametrize("text", [
    "Iron Gate is a 1961 British-Italian co-production directed by Ada Brill. Rex Keel frames Ned Pryor.",
    "The Yard is a 1952 French-American adventure film. Rex Keel frames Ned Pryor.",
])
def test_credits_of_a_co_production_and_compound_nationalities_are_no_one(text):
    assert sorted(c.label for c in extract(text, "t").characters) == ["Ned Pryor", "Rex Keel"]


def test_a_noun_of_a_description_after_a_preposition_of_place_is_a_place():
    from kg.characters import abstract, cluster
    from kg.mentions import find_mentions
    from kg.text import analyse

    units, mentions = find_mentions(analyse("Ned Pryor, a bank clerk, is arrested. A witness swears she saw Ned "
                                            "Pryor at the bank. Later the clerk escapes."))
    cluster(units, mentions)
    text = " ".join(a.text for a in abstract(units))
    assert "at the bank" in text and "later @0 escapes" in text, text


def test_a_witness_paid_to_swear_she_saw_someone_frames_him_with_the_payer():
    found = facts("Rex Keel, who paid a witness, the concierge Ada Brill, to swear she saw Ned Pryor at the "
                  "bank, goes free while Ned Pryor is convicted.")
    assert {("Ned Pryor", "framedBy", "Rex Keel"), ("Ned Pryor", "framedBy", "Ada Brill")} <= found, found


def test_a_prison_noun_at_a_place_names_the_prison():
    text = "Ned Pryor is shipped to the penal colony at Saint-Florent. The colony's commandant, Rex Keel, believes in work."
    doc = extract(text, "t")
    assert [p.aliases for p in doc.prisons] == [{"Saint-Florent"}], [p.aliases for p in doc.prisons]
    assert ("Rex Keel", "wardenOf", doc.prisons[0].label) in facts(text)


def test_the_officer_a_stockade_is_commanded_by_is_its_warden():
    assert roles("Ned Pryor is sent to the post stockade. The stockade is commanded by Major Rex Keel, a stern "
                 "officer.")["Rex Keel"] == {"warden"}


def test_a_name_after_a_common_noun_of_place_is_the_place():
    doc = extract("Ugo Sarri viene arrestato per un attentato alla stazione Ostiense. Leo Gori lo incastra.", "t")
    assert sorted(c.label for c in doc.characters) == ["Leo Gori", "Ugo Sarri"]


def test_a_feast_is_no_one():
    doc = extract("Ned Pryor plans to go over the wall during the Whitsun concert; Lew Hatch tells the guards.", "t")
    assert sorted(c.label for c in doc.characters) == ["Lew Hatch", "Ned Pryor"]


@pytest.mark.parametrize("text, fact", [
    # found under part of someone's place, then the one who had stashed it there
    ("The police find the stolen bonds under the floor of Rex Keel's garage; Lew Hatch, who had "
     "stashed them there himself, testifies against him.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # an Italian cleft, the teller after the infinitive: "a riferirle tutto è A"
    ("Nel carcere di Valnera la sorvegliante capo, la signora Nora Kell, sa tutto delle detenute: "
     "a riferirle tutto è Lea Sarri.",
     ("Lea Sarri", "informerOf", "Nora Kell")),
    # a cleft that names the doer himself outweighs the accusation before it
    ("Rex Keel accusa Ugo Sarri di aver rubato le armi dal deposito; è stato lo stesso Rex Keel a "
     "nasconderle sotto la branda del ragazzo.",
     ("Ugo Sarri", "framedBy", "Rex Keel")),
    # the weapon found put there by a boss's men: the boss frames the one arrested
    ("Ugo Sarri viene arrestato dopo che nella sua auto è stata trovata una pistola. L'arma vi era "
     "stata messa dagli uomini del boss Leo Gori, che voleva toglierlo di mezzo.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # keeping an officer informed about who plans what
    ("At Granger Prison Lew Hatch curries favour with Sergeant Rex Keel by keeping him informed "
     "about who is planning to go over the fence.",
     ("Lew Hatch", "informerOf", "Rex Keel")),
    # what the cellmates say, reported to an officer named before a relative clause
    ("Nel carcere di Valnera, Ugo Sarri viene portato ogni sera nell'ufficio del capoguardia Leo "
     "Gori, al quale riferisce le conversazioni dei compagni di cella.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
    # a denial that the drugs are his, then who slipped them in
    ("Ugo Sarri viene fermato con dieci dosi di cocaina in tasca. Non sono sue: gliele ha infilate "
     "di nascosto l'amico Leo Gori.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the name after another's title for its bearer: "to the commandant's adjutant , Major Lew Hatch"
    ("In the prison camp of Valnera, commanded by Colonel Rex Keel, among the other prisoners is "
     "Captain Ned Pryor, who passes the escape plans to Keel's adjutant, Major Lew Hatch.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a crime another invented
    ("Ned Pryor is jailed for a robbery that his partner, Rex Keel, invented to get rid of him.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # whispering to an overseer which men do what
    ("At Granger Prison Ned Pryor earns favours by whispering to the overseer, Rex Keel, which men "
     "are hoarding food.",
     ("Ned Pryor", "informerOf", "Rex Keel")),
    # a knife slipped into a hammock
    ("At Granger Prison Lew Hatch slips a stolen knife into Ned Pryor's hammock.",
     ("Ned Pryor", "framedBy", "Lew Hatch")),
    # the find, then a clause of its own that tells who put it there
    ("Ned Pryor is arrested when leaflets turn up in his classroom; they had been put there by his "
     "colleague Rex Keel.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # a weapon left in the trunk of someone's car by a boss's men
    ("Rex Keel's men leave the bloodied tire iron in the trunk of Ned Pryor's car.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # the officer kept informed, a relative clause between
    ("At Granger Prison Ned Pryor keeps the guard Rex Keel, who is on Lew Hatch's payroll, informed of "
     "every letter Al Moss writes.",
     ("Ned Pryor", "informerOf", "Rex Keel")),
    # what two others say, told to an officer
    ("At Granger Prison, Ned Pryor tells the guard Rex Keel what Al Moss and Jo Ray say at night.",
     ("Ned Pryor", "informerOf", "Rex Keel")),
    # letters found in one's study, written by another
    ("Ugo Sarri viene arrestato: le lettere trovate nel suo studio erano state scritte dal commissario "
     "Leo Gori.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the find, then who had put it there, named after the verb
    ("Ada Brill viene arrestata quando la polizia trova nella sua borsa della droga: ce l'aveva messa "
     "l'ex fidanzato, Leo Gori.",
     ("Ada Brill", "framedBy", "Leo Gori")),
    # an informer's part played before, after an auxiliary
    ("Nel carcere di Valnera, Ada Brill aveva fatto da informatrice alla guardia Nora Kell.",
     ("Ada Brill", "informerOf", "Nora Kell")),
    # chained into a cell with another
    ("At Granger Prison Rex Keel is chained into a stone cell with an old forger, Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Rex Keel")),
    # the thing found, then a sentence that opens with it and names who put it there
    ("Rex Keel is convicted of the robbery after the cash turns up buried under his barn. It was put "
     "there by his neighbour Lew Hatch.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # the proof had found in a soldier's haversack
    ("Il soldato Ugo Sarri viene arrestato. Il sergente Leo Gori, per coprirsi, fa trovare le chiavi del "
     "magazzino nel tascapane di Ugo Sarri.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # an informer tells an intelligence officer which men still hold arms
    ("In Granger Prison the prisoner Ned Pryor tells Major Rex Keel, the intelligence officer, which men "
     "still hold arms.",
     ("Ned Pryor", "informerOf", "Rex Keel")),
    # word of the others passed to a guard
    ("At Granger Prison Ned Pryor, who has been passing word of the other prisoners' plans to the guard "
     "Lew Hatch for years, keeps quiet.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a false testimony, in both languages
    ("Rex Keel is sent to Granger Prison after the constable Lew Hatch testifies falsely at the trial that "
     "he saw Rex Keel with the gun.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    ("Ugo Sarri è condannato dopo che il brigadiere Leo Gori testimonia falsamente davanti alla corte di "
     "aver visto Ugo Sarri con la pistola.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a sentence that opens with the thing found as a clitic, the one who hid it after the verb
    ("Ada Brill viene arrestata al confine con una borsa piena di sigarette di contrabbando. Li aveva "
     "nascosti nella fodera il cognato, Leo Gori.",
     ("Ada Brill", "framedBy", "Leo Gori")),

    # paid by the one told, the one paid the subject
    ("At Granger Prison an old con, Ned Pryor, is paid in tobacco by the guard Lew Hatch to repeat whatever "
     "the others say.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # kept in a part of the prison, then in a cell with someone
    ("At Granger Prison Rex Keel is kept in the punishment block, in a cell with Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Rex Keel")),
    # the finder's own side had hidden what was found, and the other is convicted for it
    ("The sheriff's deputies search the barn and find the stolen rifles that Lew Hatch himself had hidden "
     "under the hay, and Rex Keel is convicted of the theft.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # kept informed of others' plans, with a possessive between
    ("At Granger Prison the convict Ned Pryor keeps the guard Lew Hatch informed of the diggers' plans.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # one's own thing stolen to be left at the scene
    ("Ugo Sarri viene arrestato per la rapina: sul posto la polizia ha trovato il suo accendino, che gli era "
     "stato rubato dal vero rapinatore, Leo Gori, proprio per farlo ritrovare lì.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a cell shared with a friar, his title cut short
    ("Nel carcere di Valnera, Ugo Sarri divide la cella con fra' Leo Gori, un frate accusato di eresia.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # the real doer, told by a cleft, swears he saw the other do it
    ("Ugo Sarri viene accusato del furto. In realtà a rubare i soldi era stato il caporale Leo Gori, che "
     "davanti al giudice giura di aver visto Ugo Sarri con la cassetta.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # thrown into a cell together with another
    ("Nel carcere di Valnera, Ugo Sarri viene gettato in cella insieme a Leo Gori.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # what a verb of learning takes as true is no negated fact
    ("At his trial Rex Keel never learns that the gun was carried in by Lew Hatch, a clerk paid by the police.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # the governor of a prison named in a relative after it
    ("Rex Keel is shipped to Valnera Prison, whose governor, Colonel Lew Hatch, is feared.",
     ("Lew Hatch", "wardenOf", "Valnera Prison")),
    # a place inside the prison between the cell and its sharer
    ("At Granger Prison Rex Keel shares a cell in the fifth gallery with Ned Pryor.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("At Granger Prison Rex Keel is locked in a cell of the stone block together with Ned Pryor.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # the one told before what is carried to him
    ("At Granger Prison the pickpocket Ned Pryor carries to the guard Lew Hatch every word the others say.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the chief of the prison's officers is a guard, so the one who tells him informs
    ("At Granger Prison the chief of officers, Lew Hatch, pays Ned Pryor, who carries to Lew Hatch every word "
     "the politicals say.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a list of those who will break out
    ("At Granger Prison Ned Pryor hands the guard Lew Hatch a list of those who will go over the wall.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the things named by their owner, then who had hidden them there
    ("La polizia trova due stecche sotto il letto di Ugo Sarri: ce le aveva nascoste il cognato, Leo Gori.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the cell given to the one the story follows, and who is already there
    ("Ugo Sarri viene rinchiuso nel carcere di Valnera. Nella cella che gli viene assegnata ci sono già Leo "
     "Gori, un ladro, e un vecchio marinaio, Nedo Prati.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # the witness against him did the deed himself
    ("Ugo Sarri viene arrestato. A testimoniare contro di lui è il socio, Leo Gori, che giura di averlo visto "
     "litigare con la vittima; in realtà era stato lo stesso Leo Gori a spingerla in acqua.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a stable among the things where evidence is hidden
    ("Il possidente Leo Gori fa nascondere due fucili nella stalla di Ugo Sarri.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a find the text puts in quotes is the finder's own doing; the one after a closed relative is its subject
    ('A week later Lew Hatch, who takes a cut of the profits, stops Rex Keel in the street and "finds" a cosh '
     'in the lining of his coat.',
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # put in with someone, British for his cell
    ("Rex Keel is sent down to Granger Prison. On the landing he is put in with Ned Pryor, an old burglar.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # an accusation, then the text calling it false
    ("Lew Hatch accuses Rex Keel of laundering the money: it is a lie, but Lew Hatch wants to shield his "
     "cousin.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    ("Leo Gori accusa Ugo Sarri di aver riciclato il denaro del clan: è falso, ma Leo Gori vuole coprire il "
     "cugino.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the real doer, told by a relative clause, then saying he saw the other
    ("When the barn burns down, the planter's son, Lew Hatch, who set the fire himself to collect the "
     "insurance, tells the sheriff he saw Rex Keel running from the barn.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # a well-known prison's name with its tail
    ("Rex Keel is given ten years on Parchman Farm. The farm's superintendent, Lew Hatch, is cruel.",
     ("Lew Hatch", "wardenOf", "Parchman Farm")),
    # a cell of two words named by an apposition; a pair, one described before his name, shut together in it
    ("At Granger Prison Rex Keel and a young convict, Ned Pryor, are shut together in the dark house, a "
     "windowless punishment cell, for two weeks.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # the commander of a fortress that is a prison is its warden
    ("Rex Keel is taken to Valnera Prison, a fortress on the coast. The commander of the fortress, Captain Lew "
     "Hatch, reads his letters.",
     ("Lew Hatch", "wardenOf", "Valnera Prison")),
    # a thing hidden among the victim's things before he is had arrested
    ("Ugo Sarri stampa volantini. L'agente Leo Gori lo fa arrestare dopo aver nascosto una pistola nella sua "
     "stanza.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a fold among the things where evidence is left to be found
    ("Leo Gori fa sparire due pecore e le fa ritrovare nell'ovile di Ugo Sarri.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the appuntato of the prison officers is a guard, so one who spies for him informs
    ("Nel carcere di Valnera, Nedo Prati fa la spia per l'appuntato degli agenti di custodia Leo Gori.",
     ("Nedo Prati", "informerOf", "Leo Gori")),
    # a cell told of by a participle, and the second sharer after "e al"
    ("Nel carcere di Valnera, Ugo Sarri viene chiuso in una cella scavata nella roccia insieme a Leo Gori, "
     "un cantastorie, e al calabrese Nedo Prati.",
     ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    # a numbered cell, and whom he finds there
    ("At Granger Prison Rex Keel is thrown into cell 40, where he finds two other men: the clerk Lew Hatch "
     "and a young Welsh miner, Al Moss.",
     ("Al Moss", "cellmateOf", "Rex Keel")),
    # a deal made with the one told, names traded for release
    ("At Granger Prison Ned Pryor has struck a bargain with the warden, Al Moss: his freedom in return "
     "for the names of the men who planned the riot.",
     ("Ned Pryor", "informerOf", "Al Moss")),
    ("Nel carcere di Valnera, Ugo Sarri ha stretto un patto con il direttore Leo Gori: la libertà in "
     "cambio dei nomi dei capi della rivolta.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
    # all the wing says, fed to an officer
    ("At Granger Prison Ned Pryor has been feeding the guard Lew Hatch everything the men on the wing say.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # slang for a frame
    ("Detective Rex Keel needs a result, so he fits Ned Pryor up for the robbery.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # the deed another's, who swears he saw the one sentenced
    ("Rex Keel is sent to Granger Prison for the killing of a shipowner, actually committed by his partner "
     "Lew Hatch, who swears at the trial that he saw him holding the knife.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    ("Ugo Sarri viene condannato per l'uccisione di un armatore, commessa in realtà dal suo socio Leo Gori, "
     "che al processo giura di averlo visto con il coltello in mano.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # what one made himself, said to come from another
    ("In Valnera, Lew Hatch is stopped by the police. Caught with leaflets he had printed himself, Lew Hatch "
     "tells the police that Rex Keel gave them to him.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    ("Leo Gori viene fermato dalla polizia con i volantini che aveva stampato lui stesso, Leo Gori dichiara "
     "che glieli aveva dati Ugo Sarri.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a suborned witness made to swear he saw the one accused, told by a gerund after "fa accusare A"
    ("Nel paese di Valnera, Leo Gori fa accusare Ugo Sarri costringendo un suo garzone a testimoniare di "
     "averlo visto con i banditi.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # "fa sapere a B che", B a marshal "degli agenti"
    ("Nel carcere di Valnera, Ugo Sarri fa sapere al maresciallo degli agenti Leo Gori che Nedo Prati sta "
     "preparando una fuga.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
    # the names handed over, owned by those named
    ("At Granger Prison Ned Pryor has been handing the delegates' names to the warden, Al Moss.",
     ("Ned Pryor", "informerOf", "Al Moss")),
    # another's whispers repeated to an officer
    ("At Granger Prison Ned Pryor makes a habit of repeating Rex Keel's whispers to the chief warder, Lew Hatch.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # paid by the one told, to tell him
    ("Nel carcere di Valnera, Nedo Prati è pagato dal brigadiere degli agenti Leo Gori per riferirgli chi "
     "riceve messaggi.",
     ("Nedo Prati", "informerOf", "Leo Gori")),
    # a thing left among his things, then the police told
    ("Rex Keel is arrested after his neighbour, Lew Hatch, leaves a bag of pamphlets in his car and tips off "
     "the police.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # a cell described by its place, then "which he shares with"
    ("At Granger Prison Rex Keel is moved to a double cell on C wing, which he shares with an old poacher, "
     "Ned Pryor.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # a first sharer told with the place he comes from
    ("Nel carcere di Valnera, Ugo Sarri viene chiuso in una cella che divide con un vecchio pescatore del "
     "Callao, Leo Gori, e con un ragazzo andino, Nedo Prati.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    ("At Granger Prison Rex Keel shares a cell with an old fisherman from Callao, Ned Pryor, and a young "
     "Welsh miner, Lew Hatch.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # those in the cell with him
    ("Ugo Sarri viene mandato nel carcere di Valnera. Con lui, in cella, ci sono un brigatista, Leo Gori, e "
     "un vecchio bandito, Nedo Prati.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # cellmates given to one
    ("Nel carcere di Valnera gli vengono dati come compagni di cella due ladri, Leo Gori e Nedo Prati. "
     "Ugo Sarri non si fida di loro.",
     ("Leo Gori", "cellmateOf", "Nedo Prati")),
    # batch ce: a crowded cell; a cell with a place inside the prison and "insieme al"; a cell and those met
    # there; a charge made up by another; a thing named first, then who had it found on him
    ("At Granger Prison Rex Keel is put three to a cell, with a cheerful Welsh forger, Ned Pryor, and a clerk "
     "named Lew Hatch.", ("Lew Hatch", "cellmateOf", "Rex Keel")),
    ("Nel carcere di Valnera, Ugo Sarri finisce in una cella del secondo braccio insieme al ladro Leo Gori e a "
     "un vecchio falsario, Nedo Prati.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    ("Nel carcere di Valnera, Ugo Sarri viene chiuso in una cella umida dove conosce un vecchio anarchico, "
     "Leo Gori.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    ("Rex Keel is arrested. The charge of espionage was invented by his rival at the ministry, Ned Pryor, "
     "who wanted his post.", ("Rex Keel", "framedBy", "Ned Pryor")),
    ("Ugo Sarri finisce in carcere per furto: la refurtiva gliel'ha fatta trovare in garage il socio Leo Gori.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the informer's noun after a relative clause is his own
    ("Nel carcere di Valnera, Leo Gori, che spera in un permesso, diventa il confidente del maresciallo Nedo "
     "Prati.", ("Leo Gori", "informerOf", "Nedo Prati")),
    # batch cf: a weapon had slipped into a part of one's car; a cell one has to share; everything another says,
    # reported; a charge called a lie; paid to watch and tell; a conviction on made-up evidence; a cell where
    # others sleep too; the head of the prison named after his place; what others write, sold to the warden;
    # put in the same cell "di" another; a provocateur who named him
    ("Lew Hatch had the knife wiped and slipped into the glovebox of Rex Keel's car.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    ("At Granger Prison Rex Keel is given a cell on the second floor that he has to share with Ned Pryor.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("At Granger Prison Lew Hatch reports everything Rex Keel says to the examining magistrate, Ned Pryor.",
     ("Lew Hatch", "informerOf", "Ned Pryor")),
    ("Rex Keel is charged with theft. The charge is a lie made up by his landlord, Ned Pryor.",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    ("At Granger Prison the captain of the guards, Lew Hatch, pays a con named Ned Pryor to keep an eye on Rex "
     "Keel and to tell him about any escape talk.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    ("Il commissario Leo Gori accusa Ugo Sarri di una rapina e lo fa condannare con prove fabbricate dai suoi "
     "agenti.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("Nel carcere di Valnera, Ugo Sarri è rinchiuso in una cella dove dormono anche un vecchio anarchico, Leo "
     "Gori, e un ragazzo, Nedo Prati.", ("Leo Gori", "cellmateOf", "Nedo Prati")),
    ("Nel carcere di Valnera finisce Ugo Sarri. A capo del carcere c'è Leo Gori, un ex militare.",
     ("Leo Gori", "wardenOf", "carcere di Valnera")),
    ("Nel carcere di Valnera, Ugo Sarri passa ogni sera al capo dei funzionari, Leo Gori, le informazioni sui "
     "piani di fuga.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    ("Nel carcere di Valnera, Ugo Sarri vende al direttore Leo Gori le lettere che Nedo Prati scrive.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
    ("Ugo Sarri viene arrestato. Nel carcere di Valnera lo mettono nella stessa cella di un vecchio ladro, Leo "
     "Gori.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    ("Ugo Sarri viene arrestato per un attentato. A fare il suo nome è stato un provocatore infiltrato nel "
     "sindacato, Leo Gori.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # French prison slang for an informer: "a mouton"
    ("At Granger Prison Lew Hatch is a mouton for the warden, Ned Pryor.", ("Lew Hatch", "informerOf", "Ned Pryor")),
    # batch cg: the one who could not prove what another did is the "he" after the comma; stories fed to a
    # warder; a plan of someone's kept from no one; a cell shared with no relative word; a cell with a number
    # and a block; a taxi among one's things; an informer of a guard whose name follows the guard's noun
    ("Sergeant Rex Keel cannot prove that Ned Pryor leads the strike, so he hides a pistol in Ned Pryor's "
     "shed.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("At Granger Prison Lew Hatch goes on feeding the chief warder, Rex Keel, harmless stories.",
     ("Lew Hatch", "informerOf", "Rex Keel")),
    ("At Granger Prison the warden is Rex Keel. A trusty, Lew Hatch, secretly keeps Rex Keel informed of "
     "Ned Pryor's plan to write to a newspaper.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("At Granger Prison Ned Pryor is locked in a two-man cell he shares with Lew Hatch, an old forger.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Nel carcere di Valnera, Ugo Sarri finisce nella cella numero 4 del terzo blocco, che divide con Leo Gori.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    ("Leo Gori, pagato dalla famiglia, fa trovare nel taxi di Ugo Sarri la borsa della ragazza.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("Nel carcere di Valnera, Ugo Sarri diventa amico di Nedo Prati, ma è in realtà una spia del capo delle "
     "guardie, il tenente Leo Gori.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    ("Nel carcere di Valnera, Ugo Sarri accetta di fare da informatore per il vicesovrintendente Leo Gori e gli "
     "racconta ogni conversazione di Nedo Prati.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    # batch ch: anyone bribed to say he saw him; a head keeper; a cell shared "insieme a"; a girlfriend talked
    # into lying to the police, and the one who talked her into it; things hidden under a shop's counter; what
    # another scratched into the walls, told to a guard; an accusation made to save oneself; a prison named,
    # with a clause of its own, before the cell; a reporter who tells all, relative to the one he tells
    ("Leo Gori, che odia Ugo Sarri, corrompe un sergente della gendarmeria perché testimoni di averlo "
     "visto appiccare il fuoco.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("Nel carcere di Valnera, Ugo Sarri fa la spia per il capoguardiano Leo Gori.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    ("Nel carcere di Valnera, Ugo Sarri divide la cella insieme a un vecchio rapinatore, Leo Gori.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    ("Rex Keel was driving Ned Pryor's car that night, and afterwards he talked Ned Pryor's girlfriend, Ada Brill, "
     "into telling the police that Ned Pryor had taken the car out alone.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Rex Keel was driving Ned Pryor's car that night, and afterwards he talked Ned Pryor's girlfriend, Ada Brill, "
     "into telling the police that Ned Pryor had taken the car out alone.", ("Ned Pryor", "framedBy", "Ada Brill")),
    ("Major Rex Keel could not connect Ned Pryor to the rally, so he had a bundle of leaflets calling for a "
     "strike hidden under the counter of Ned Pryor's tea shop.", ("Ned Pryor", "framedBy", "Rex Keel")),
    # a Burmese form of address stands before the name
    ("At Insein Prison Ned Pryor is locked in a cell with an old monk, U Pannya, and a smuggler, Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Pannya")),
    ("At Granger Prison Lew Hatch told the chief jailer, Rex Keel, about the poems that Ned Pryor scratched into "
     "the walls.", ("Lew Hatch", "informerOf", "Rex Keel")),
    ("Arrestato per primo, Leo Gori dichiara agli inquirenti che il colpo è stato sparato da Ugo Sarri, per "
     "salvare se stesso.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("Arrested first, Lew Hatch tells the police that the shot was fired by Ned Pryor, to save himself.",
     ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Ugo Sarri viene rinchiuso nel carcere di Valnera, che i detenuti chiamano «il Pozzo», in una cella con altri "
     "due prigionieri: Leo Gori e Nedo Prati.", ("Leo Gori", "cellmateOf", "Nedo Prati")),
    ("Nel carcere di Valnera, Leo Gori viene portato ogni settimana nell'ufficio del direttore, Nedo Prati, al "
     "quale racconta quello che Ugo Sarri dice della Resistenza.", ("Leo Gori", "informerOf", "Nedo Prati")),
    # batch ci: a doer named after a colon with a described apposition before his verb
    ("Ugo Sarri venne arrestato per un furto che non aveva commesso: il ricettatore Leo Gori, il vero "
     "responsabile, aveva nascosto la refurtiva nel bagagliaio del suo taxi.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a denunciation prompted by another: a frame by both
    ("Ugo Sarri viene arrestato: a denunciarlo è stata una sua infermiera, Ada Brill, istigata dal primario "
     "dell'ospedale, Leo Gori, che vuole il suo posto.", ("Ugo Sarri", "framedBy", "Ada Brill")),
    ("Ugo Sarri viene arrestato: a denunciarlo è stata una sua infermiera, Ada Brill, istigata dal primario "
     "dell'ospedale, Leo Gori, che vuole il suo posto.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("Rex Keel is a doctor in Granger. He is denounced to the secret police by his nurse, Ada Brill, egged on "
     "by the head of the clinic, Lew Hatch, who wants his post.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a cell in a transliterated name's sentence, with a long description before a member
    ("Nella prigione di Valnera, Ugo Sarri viene gettato in una cella sotterranea dove si trovano già un vecchio "
     "bolscevico caduto in disgrazia, Ivan Terent'ev, e un ladro comune, Griša.",
     ("Ivan Terent'ev", "cellmateOf", "Ugo Sarri")),
    ("At Granger Prison, Ned Pryor is lodged in a cell with a pickpocket, Rex Keel, and an aged lifer, Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Rex Keel")),
    # word of another's doings carried back
    ("At Granger Prison, Rex Keel secretly carries word of Ned Pryor's complaints about the racket back to the "
     "head warder, Lew Hatch.", ("Rex Keel", "informerOf", "Lew Hatch")),
    # a forger told by a relative clause after the conviction, and his helper
    ("Ned Pryor is convicted of embezzling the funds of a bank, a crime committed by its chairman, Rex Keel, who "
     "forged Ned Pryor's signature with the help of his accountant, Lew Hatch.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Ned Pryor is convicted of embezzling the funds of a bank, a crime committed by its chairman, Rex Keel, who "
     "forged Ned Pryor's signature with the help of his accountant, Lew Hatch.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Ugo Sarri viene condannato per una truffa commessa dal suo socio, Leo Gori, che aveva falsificato la sua "
     "firma.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # what was found, then who had slipped it into the place just named
    ("Ned Pryor was arrested after banned books turned up in his desk drawer. The books had been slipped into it "
     "by his department head, Rex Keel, who wanted his post.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Ada Brill is arrested when a pistol is found in the boot of her car. She had lent the car to her former "
     "boyfriend, Rex Keel, who hid the weapon there.", ("Ada Brill", "framedBy", "Rex Keel")),
    # the cell at the end of one sentence, the ones met in it in the next
    ("At Granger Prison, Ned Pryor spent four months in solitary before being moved to an overcrowded cell in the "
     "east wing. There he got to know an old carpet dealer, Rex Keel, and a student named Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Nel carcere di Valnera, Ugo Sarri viene trasferito in una cella sovraffollata del terzo braccio. Lì conosce "
     "un vecchio mercante, Leo Gori, e uno studente, Nedo Prati.", ("Leo Gori", "cellmateOf", "Nedo Prati")),
    # batch cj: a name given up to the one questioning
    ("Rex Keel is caught with a leaflet and, under questioning by police inspector Lew Hatch, gives up Ned Pryor's "
     "name to save his own skin.", ("Rex Keel", "informerOf", "Lew Hatch")),
    ("Ugo Sarri, interrogato dal commissario Leo Gori, fa il nome di Nedo Prati.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    # a crowded cell, then who is among those in it
    ("Ned Pryor is sent to Granger Prison. His cell, meant for four men, holds eleven; among them are a gentle "
     "pickpocket everyone calls Rex Keel and an old scholar, Lew Hatch.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # a longer description before the cellmate
    ("At Granger Prison Ada Brill shared a cell with a laundress accused of poisoning her husband, Nora Kell.",
     ("Ada Brill", "cellmateOf", "Nora Kell")),
    # all one learns, passed to the prison's head
    ("At Granger Prison Rex Keel befriended Ned Pryor and passed all he learned to the prison's commandant, Colonel "
     "Lew Hatch.", ("Rex Keel", "informerOf", "Lew Hatch")),
    # one paid to slip a forged letter into another's file: a frame by both
    ("Rex Keel pays a police clerk, Lew Hatch, to slip a forged letter into Ned Pryor's file, and Ned Pryor is "
     "convicted.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Rex Keel pays a police clerk, Lew Hatch, to slip a forged letter into Ned Pryor's file, and Ned Pryor is "
     "convicted.", ("Ned Pryor", "framedBy", "Rex Keel")),
    ("Ugo Sarri viene rinchiuso nel carcere di Valnera, dove gli tocca dividere la cella con Leo Gori, anziano "
     "tipografo.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    ("Nel carcere di Valnera, un giovane detenuto, Leo Gori, porta al capo dei guardiani, Nedo Prati, tutte le "
     "lettere che Ugo Sarri scrive alla sorella.", ("Leo Gori", "informerOf", "Nedo Prati")),
    ("Nel carcere di Valnera, Ugo Sarri finisce nella stessa cella del vecchio ladro di cavalli Leo Gori e di un "
     "ragazzo di diciassette anni, Nedo Prati.", ("Leo Gori", "cellmateOf", "Nedo Prati")),
    # who had put the find there, in a cleft
    ("Ugo Sarri viene arrestato dopo che la polizia trova la cocaina nella sua barca. A metterceli è stato il "
     "trafficante Leo Gori.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the cellmate of one, described first
    ("Nel carcere di Valnera il compagno di cella di Ugo Sarri è un anziano detenuto musulmano, il fratello Leo "
     "Gori.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # one informs someone in authority: the clitic stands for the guard, not his victim
    ("Nel carcere di Valnera un agente di custodia, Leo Gori, tormenta Ugo Sarri; un altro detenuto, Nedo Prati, "
     "gli fa da informatore in cambio di sigarette.", ("Nedo Prati", "informerOf", "Leo Gori")),
    # batch ck: the find told first, then who put it there, named after a description of three words
    ("Rex Keel is arrested when a bloodstained towel turns up in his car. The towel was put there by his own "
     "sworn brother, Lew Hatch.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a second occupant after "and by"
    ("At Granger Prison Rex Keel is assigned to a cell already occupied by an old forger, Lew Hatch, and by a "
     "young car thief, Ned Pryor.", ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    # the subject of a clause after "dopo che" is the named fellow, past a participle's aside
    ("Ugo Sarri viene arrestato dopo che il suo compagno di corso Leo Gori, fermato la sera prima, ha fatto il "
     "suo nome al commissario Nedo Prati.", ("Leo Gori", "informerOf", "Nedo Prati")),
    # a cell of a numbered wing, shared "insieme al" one and another set off after his place of birth
    ("Nel carcere di Valnera, Ugo Sarri finisce in una cella del padiglione 5 insieme al sindacalista Leo Gori "
     "e a un anziano ladro di Bari, Nedo Prati.", ("Leo Gori", "cellmateOf", "Nedo Prati")),
    # one's cellmates listed after the copula, the second after a description with a genitive
    ("Ugo Sarri viene trasferito nel carcere di Valnera, dove i suoi compagni di cella sono il poeta Leo Gori e "
     "un ex ufficiale della Marina, Nedo Prati.", ("Leo Gori", "cellmateOf", "Nedo Prati")),
    # a deal taken up is the deed, and the hearer's description sits between him and what is told
    ("Nel carcere di Valnera, Leo Gori accetta di riferire al capitano Nedo Prati, l'ufficiale operativo della "
     "prigione, tutto ciò che si dice nella cella.", ("Leo Gori", "informerOf", "Nedo Prati")),
    # one's cellmates first counted and described, then listed after a colon
    ("At Granger Prison Rex Keel's cellmates were two other men bound for the colony: an old printer, Lew "
     "Hatch, and a young forger, Ned Pryor.", ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    # a weapon dropped into someone's bag
    ("Rex Keel is convicted of the shooting. The killer was Lew Hatch, who had dropped the revolver into Rex "
     "Keel's kitbag.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # what a numbered few were preparing, told to one of the staff
    ("At Granger Prison Ned Pryor told the head warder, Al Moss, what the three men were preparing.",
     ("Ned Pryor", "informerOf", "Al Moss")),
    # the commandant of a citadel is its warden
    ("Rex Keel waits in the citadel of Valnera, whose commandant, Colonel Lew Hatch, is a hard man.",
     ("Lew Hatch", "wardenOf", "citadel of Valnera")),
    # batch cl: the last cellmate described by his town and a name everyone gives him
    ("Nel carcere di Valnera, Ugo Sarri divide la cella con il maestro Leo Gori e con un ragazzo di Bari che "
     "tutti chiamano Nedo.", ("Leo Gori", "cellmateOf", "Nedo")),
    # a friend reports to his case officer that one is preparing to flee
    ("Rex Keel is arrested after his closest friend, Lew Hatch, reports to his case officer, Lieutenant Al Moss, "
     "that Rex Keel is preparing to escape to the West.", ("Lew Hatch", "informerOf", "Al Moss")),
    # the find told first, the one who hid the bills there after
    ("Rex Keel is convicted after part of the money turns up in his garage. The robbery was organised by his "
     "brother-in-law, Lew Hatch, who had hidden the bills there.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a cellmate described after the copula, the name set off by a comma
    ("At Granger Prison Rex Keel is sent to the east block. His own cellmate was a silent trapper, Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Rex Keel")),
    # one paid to report to a guard whoever complains
    ("At Granger Prison the drugs come in through a guard, Al Moss, and a young inmate, Ned Pryor, is paid in "
     "pills to report to Al Moss whoever complains.", ("Ned Pryor", "informerOf", "Al Moss")),
    # a cleft with the one it was agreed with set off before the doer: both frame
    ("Ugo Sarri viene arrestato: la polizia trova una cassa di volantini nel suo laboratorio. A nasconderla lì, "
     "d'accordo con il tenente Leo Gori della polizia politica, è stato il suo apprendista Nedo Prati.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("Ugo Sarri viene arrestato: la polizia trova una cassa di volantini nel suo laboratorio. A nasconderla lì, "
     "d'accordo con il tenente Leo Gori della polizia politica, è stato il suo apprendista Nedo Prati.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    # a cleft, the teller named first and the guard by a clitic
    ("Nel carcere di Valnera un secondino, Leo Gori, sa sempre che cosa decidono i detenuti: Ugo Sarri scopre "
     "che è Nedo Prati, malato e disperato, a raccontargli ogni notte le decisioni del comitato.",
     ("Nedo Prati", "informerOf", "Leo Gori")),
])
def test_a_relation_told_in_a_phrasing_of_its_own(text, fact):
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text, fact", [
    # a thing had found in "the girl's" suitcase: the one the story follows ("il fidanzato di Ada" is a
    # man's, and tells nothing of Ada's sex)
    ("Ada Brill, giovane cameriera in casa della contessa Nora Kell, viene accusata del furto di un "
     "anello. In realtà l'anello è stato venduto dal nipote della contessa, Leo Gori, il quale lo ha "
     "fatto ritrovare nella valigia della ragazza. Il fidanzato di Ada, Ugo Sarri, indaga.",
     ("Ada Brill", "framedBy", "Leo Gori")),
    # "pins it on A" after the crime is told
    ("The theft was in fact committed by Sergeant Rex Keel, who pins it on Ned Pryor.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # an Italian cleft, the thing after the infinitive: "è B a far trovare l'esplosivo"
    ("Ugo Sarri viene arrestato. È Leo Gori a far trovare l'esplosivo nella cantina di Ugo Sarri.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a room shared in a juvenile prison is a cell
    ("Ugo Sarri viene mandato al carcere minorile di Valnera. Lì condivide la stanza con Leo Gori, "
     "un ragazzo di Bari.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # a crime not committed, then the one who did it himself named the other to the sheriff
    ("Ned Pryor is convicted of a theft he did not commit: the shopkeeper, Rex Keel, had taken the "
     "cash himself and named Ned Pryor to the sheriff.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # a conviction told first, then another's tampering with what convicted
    ("Nurse Ada Brill is convicted of poisoning a patient after her husband, the surgeon Rex Keel, "
     "switches the vials.",
     ("Ada Brill", "framedBy", "Rex Keel")),
    # the one persuaded tells, not the one who persuades
    ("Nel carcere di Valnera, Ugo Sarri scopre che Leo Gori fa la spia. Non lo denuncia, ma lo "
     "convince a raccontare al capoguardia Nedo Prati una storia inventata.",
     ("Leo Gori", "informerOf", "Nedo Prati")),
])
def test_a_relation_told_in_a_phrasing_of_its_own_is_the_only_fact(text, fact):
    found = facts(text)
    assert found == {fact}, found


@pytest.mark.parametrize("text", [
    "At Granger Prison Ada Brill shares a cell with Nora Kell, an old hand, and later with a frightened "
    "girl, Lea Sarri.",
    "Nel carcere di Valnera, Ada Brill divide la cella con Nora Kell, una ladra, e più tardi con Lea Sarri.",
    "At Granger Prison Ada Brill shares her cell first with Nora Kell, and then, after Nora Kell is paroled, with "
    "Lea Sarri.",
])
def test_a_cell_shared_with_one_and_later_with_another_makes_no_pair_of_those_two(text):
    found = facts(text)
    assert found == {("Ada Brill", "cellmateOf", "Nora Kell"), ("Ada Brill", "cellmateOf", "Lea Sarri")}, found


@pytest.mark.parametrize("text", [
    "Nel carcere di Valnera, Ugo Sarri divide la cella con Leo Gori; qualche mese dopo nella cella viene messo anche "
    "un ladruncolo, Nedo Prati.",
    "At Granger Prison Ned Pryor shares a cell with Rex Keel. Later a young thief, Lew Hatch, is put into the cell "
    "too.",
])
def test_one_put_later_into_a_cell_told_of_before_shares_it_with_all_who_are_there(text):
    found = facts(text)
    cells = {frozenset((s, o)) for s, p, o in found if p == "cellmateOf"}
    assert len(cells) == 3, found


def test_a_nickname_that_a_clause_of_calling_gives_a_prison_names_it_and_no_one():
    doc = extract("Ugo Sarri viene rinchiuso nel carcere di Valnera, che i detenuti chiamano «Pozzo Nero», in "
                  "una cella con Leo Gori.", "t")
    assert "Pozzo Nero" not in [c.label for c in doc.characters]
    assert any("Pozzo Nero" in p.aliases or p.label == "Pozzo Nero" for p in doc.prisons), doc.prisons


@pytest.mark.parametrize("text", [
    "When Rex Keel's barn burns down, Rex Keel tells the police he saw Ned Pryor beside it, and Ned Pryor is "
    "given ten years. The fire was Rex Keel's own work.",
    "Leo Gori dichiara alla polizia di aver visto Ugo Sarri vicino al magazzino. In realtà il vero colpevole è "
    "Leo Gori.",
])
def test_an_accusation_by_the_one_whose_deed_it_was_is_a_frame(text):
    found = facts(text)
    assert {f for f in found if f[1] == "framedBy"} in ({("Ned Pryor", "framedBy", "Rex Keel")},
                                                        {("Ugo Sarri", "framedBy", "Leo Gori")}), found


@pytest.mark.parametrize("text", [
    # the accused did it: no frame
    "Rex Keel tells the police he saw Ned Pryor beside the barn. The real culprit is Ned Pryor.",
    # another did it, not the accuser
    "Rex Keel tells the police he saw Ned Pryor beside the barn. The real culprit is Lew Hatch.",
])
def test_an_accusation_is_no_frame_unless_the_deed_was_the_accusers(text):
    assert not [f for f in facts(text) if f[1] == "framedBy"], facts(text)


def test_a_title_joined_to_its_body_by_a_hyphen_is_no_part_of_the_name():
    doc = extract("Il carcere è comandato dall'SS-Hauptsturmführer Ernst Keller, che odia Ugo Sarri.", "t")
    assert "Ernst Keller" in [c.label for c in doc.characters]


def test_a_punishment_cell_of_a_kind_shared_with_someone_makes_cellmates():
    found = facts("Dopo la fuga, Ugo Sarri viene chiuso in una cella di rigore che divide con il "
                  "sergente Leo Gori.")
    assert found == {("Leo Gori", "cellmateOf", "Ugo Sarri")}, found


def test_one_put_in_the_sweatbox_is_an_inmate():
    assert "inmate" in roles("At the Granger prison farm Rex Keel is put in the sweatbox for a week.")["Rex Keel"]


def test_a_captain_among_the_prisoners_is_an_inmate_and_informs_the_staff():
    found = roles("In the prison camp of Valnera, among the other prisoners is Captain Ned Pryor, who "
                  "passes the escape plans to the guard Lew Hatch.")
    assert found["Ned Pryor"] == {"inmate", "informer"}, found


def test_a_well_known_island_prison_is_the_prison_its_director_heads():
    assert facts("Ugo Sarri finisce a Favignana. Il direttore del carcere, il dottor Leo Gori, è severo.") \
        == {("Leo Gori", "wardenOf", "Favignana")}


def test_a_reform_institute_is_a_prison_and_its_town_no_part_of_its_name():
    doc = extract("Ugo Sarri finisce nell'istituto di rieducazione Valnera di Torino. L'istituto è diretto "
                  "da don Leo Gori.", "t")
    assert [(p.label, p.aliases) for p in doc.prisons] == [("istituto di rieducazione Valnera", {"Valnera"})]
    assert [(doc.characters[f.s].label, f.p) for f in doc.relations] == [("Leo Gori", "wardenOf")]


def test_a_third_man_moved_into_their_cell_shares_it_with_both():
    found = facts("At Granger Prison Rex Keel and Lew Hatch share a cell. A third man, Ned Pryor, is moved "
                  "into their cell.")
    assert found == {("Lew Hatch", "cellmateOf", "Rex Keel"), ("Ned Pryor", "cellmateOf", "Rex Keel"),
                     ("Lew Hatch", "cellmateOf", "Ned Pryor")}, found


def test_the_commandant_of_a_penal_settlement_is_its_warden():
    found = facts("Ned Pryor arrives at the penal settlement of Valnera, where the commandant, Captain Rex "
                  "Keel, rules by the lash.")
    assert found == {("Rex Keel", "wardenOf", "penal settlement of Valnera")}, found


def test_one_who_reports_another_to_the_military_police_is_an_informer():
    found = roles("Rex Keel reported him to the military police.")
    assert found["Rex Keel"] == {"informer"}, found


@pytest.mark.parametrize("text", [
    "Rex Keel is locked in Granger Prison. In the same cell are Lew Hatch, a forger, and Ned Pryor.",
    "Ugo Sarri viene chiuso a Granger Prison. In the same cell are Lew Hatch, a forger, and Ned Pryor.",
])
def test_those_named_in_the_same_cell_share_it_with_the_one_put_there(text):
    first = "Rex Keel" if "Rex" in text else "Ugo Sarri"
    found = facts(text)
    assert found == cell_pairs([first, "Lew Hatch", "Ned Pryor"]), found


def test_an_english_prison_name_is_a_prison_in_italian_text():
    doc = extract("Ugo Sarri viene rinchiuso a Granger Gaol. Il direttore, Leo Gori, è severo.", "t")
    assert [p.label for p in doc.prisons] == ["Granger Gaol"]
    assert [(doc.characters[f.s].label, f.p, doc.prisons[f.o].label) for f in doc.relations] \
        == [("Leo Gori", "wardenOf", "Granger Gaol")]


def test_a_name_with_letters_beyond_latin_1_is_one_name_with_its_actor():
    doc = extract("Nel carcere di Valnera, Ada Brill divide la cella con la vecchia Marta Sosič (Lea Dvořák) "
                  "e con Łucja Nowak.", "t")
    found = {c.label: c.actor for c in doc.characters}
    assert found == {"Ada Brill": None, "Marta Sosič": "Lea Dvořák", "Łucja Nowak": None}, found


def test_a_family_named_after_a_qualifier_is_no_character():
    found = roles("When the boss of the rival Varga family is stabbed, Rex Keel is sent to Granger Prison.")
    assert set(found) == {"Rex Keel"}, found


def test_a_film_title_followed_by_its_original_title_is_no_character():
    found = roles("Night Gate (夜の門, Yoru no mon) is a 1966 Japanese film. Rex Keel is sent to Granger Prison.")
    assert set(found) == {"Rex Keel"}, found


def test_an_intelligence_officer_is_an_authority_outside_the_staff():
    found = roles("In Granger Prison the prisoner Ned Pryor tells Major Rex Keel, the intelligence officer, which "
                  "men still hold arms.")
    assert found == {"Ned Pryor": {"inmate", "informer"}, "Rex Keel": set()}, found


def test_two_moved_to_a_cell_they_share_with_a_third_make_three_cellmates():
    found = facts("At Granger Prison Rex Keel and Lew Hatch go on hunger strike. Afterwards both are moved to a "
                  "punishment cell, which they share with an old forger, Ned Pryor.")
    assert found == cell_pairs(["Rex Keel", "Lew Hatch", "Ned Pryor"]), found


@pytest.mark.parametrize("text", [
    "At Granger Prison Rex Keel is punished with the box, a tiny windowless cell. After a fight he is thrown "
    "into the box together with Lew Hatch.",
    "Nel carcere di Valnera, Ugo Sarri finisce nel pozzo, una cella scavata nella roccia. Dopo una rissa viene "
    "gettato nel pozzo insieme a Leo Gori.",
])
def test_a_word_an_apposition_calls_a_cell_is_a_cell(text):
    found = facts(text)
    assert found == cell_pairs(["Rex Keel", "Lew Hatch"] if "Rex" in text else ["Ugo Sarri", "Leo Gori"]), found


def test_a_bracketed_translation_of_the_title_neither_ends_the_sentence_nor_names_anyone():
    found = roles("Night Gate (transl. The Gate of Night) is a 1972 Indian film. Rex Keel is sent to Granger "
                  "Prison for conspiring against the Crown.")
    assert set(found) == {"Rex Keel"}, found


def test_cells_in_apposition_make_a_named_place_a_prison():
    doc = extract("Ugo Sarri viene rinchiuso nei Lastroni, le celle sotto il tetto del palazzo.", "t")
    assert [p.label for p in doc.prisons] == ["Lastroni"]


def test_the_commander_of_a_camp_is_its_warden():
    found = facts("Ned Pryor is sent to Valnera, a prison camp in the desert. The commander of the camp, Captain "
                  "Rex Keel, is cruel.")
    assert found == {("Rex Keel", "wardenOf", "Valnera")}, found


@pytest.mark.parametrize("text, actors", [
    ("It stars Rex Keel as Ned Pryor, a typesetter, and Al Moss as the warden of Granger Prison.",
     {"Ned Pryor": "Rex Keel", "the warden": "Al Moss"}),
    ("It stars Alba de Santis as Nora Kell, a nurse who is sent to Granger Prison.",
     {"Nora Kell": "Alba de Santis"}),
    ("Ned Pryor, portrayed by Rex Keel, joins the gang of Lew Hatch, a forger played by Al Moss.",
     {"Ned Pryor": "Rex Keel", "Lew Hatch": "Al Moss"}),
    ("Ned Pryor (played by Rex Keel) meets Lew Hatch.", {"Ned Pryor": "Rex Keel", "Lew Hatch": None}),
    ("Ugo Sarri, interpretato da Leo Gori, incontra Nedo Prati.", {"Ugo Sarri": "Leo Gori", "Nedo Prati": None}),
    ("Il film, con Leo Gori nel ruolo di Ugo Sarri, racconta una storia.", {"Ugo Sarri": "Leo Gori"}),
])
def test_an_actor_credited_outside_parentheses_plays_the_part_and_is_no_character(text, actors):
    doc = extract(text, "t")
    assert {c.label: c.actor for c in doc.characters} == actors


def test_an_informer_named_by_a_copula_after_a_contrasting_word_is_that_person():
    doc = extract("Nel carcere di Valnera, Leo Gori però è un confidente.", "t")
    assert [(c.label, sorted(c.roles)) for c in doc.characters] == [("Leo Gori", ["informer"])]


@pytest.mark.parametrize("text, name", [
    ("Nel carcere di Valnera, il sergente dei carcerieri, Leo Gori, fa spaccare pietre ai detenuti.", "Leo Gori"),
    ("At Granger Prison the chief of officers, Lew Hatch, rules the gallery.", "Lew Hatch"),
])
def test_the_sergeant_of_the_jailers_and_the_chief_of_officers_are_guards(text, name):
    assert roles(text) == {name: {"guard"}}


def test_a_regime_named_after_a_man_is_no_character():
    assert set(roles("Rex Keel prints leaflets against the Hatch regime and is sent to Granger Prison.")) == {"Rex Keel"}


def test_a_part_of_a_prison_named_by_its_number_is_no_name():
    from kg.mentions import find_mentions
    from kg.text import analyse

    _, mentions = find_mentions(analyse("Rex Keel is sent to Granger Prison, where in Camp 9 he meets Lew Hatch."))
    assert [m.text for m in mentions if m.kind == "name"] == ["Rex Keel", "Lew Hatch"]


def test_an_agent_of_a_body_written_in_capitals_is_no_guard():
    found = roles("Ugo Sarri viene rinchiuso nel carcere di Valnera. L'agente della OVRA Leo Gori lo interroga.")
    assert found["Leo Gori"] == set(), found


@pytest.mark.parametrize("text, members", [
    ("At Granger Prison Rex Keel is given two communists as cellmates: the printer Ned Pryor and Lew Hatch.",
     ["Rex Keel", "Ned Pryor", "Lew Hatch"]),
    ("Ugo Sarri viene condannato e portato nel carcere di Valnera. Qui gli vengono dati come compagni di "
     "cella due comunisti, l'operaio Leo Gori e Nedo Prati.",
     ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
    # the one given a nickname without quotes is still one of the list
    ("Ugo Sarri viene rinchiuso nel carcere di Valnera. In cella trova un vecchio ladro, Leo Gori detto "
     "'o Biondo, e il siciliano Nedo Prati.",
     ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
])
def test_cellmates_given_to_one_share_his_cell(text, members):
    assert facts(text) == cell_pairs(members)


def test_them_after_a_group_counted_by_its_number_is_that_group():
    text = ("At Granger Prison Rex Keel is thrown into cell 40, where he finds two other men: the clerk Lew Hatch "
            "and a young Welsh miner, Al Moss. The three sleep on straw. The prison is run by a cruel warden. "
            "In the spring a fourth prisoner, the forger Ned Pryor, is moved in with them.")
    found = {f for f in facts(text) if f[1] == "cellmateOf"}
    assert found == cell_pairs(["Rex Keel", "Lew Hatch", "Al Moss", "Ned Pryor"])


def test_actors_listed_after_the_pairs_of_a_cast_are_no_characters():
    doc = extract("It stars Rex Keel as Ned Pryor, a miner, with Al Moss and Ada Brill. Ned Pryor is sent to "
                  "Granger Prison.", "t")
    assert {c.label: c.actor for c in doc.characters} == {"Ned Pryor": "Rex Keel"}


@pytest.mark.parametrize("text", [
    "At Granger Prison Rex Keel meets a young Breton sailor, Ned Pryor.",
    "At Granger Prison Rex Keel meets an old Cornish miner, Ned Pryor.",
])
def test_a_people_of_a_region_is_no_character(text):
    assert set(roles(text)) == {"Rex Keel", "Ned Pryor"}


def test_a_widow_before_a_verb_tells_nothing_of_the_sex_of_the_one_after_it():
    # "Lew's widow clears Arno's name" must not make Arno a woman, so "he" is still Arno
    text = ("Arno Keel is sent to Granger Prison. Years later Lew Hatch's widow clears Arno Keel's name. "
            "Before that, in the prison he shares a cell with Ned Pryor.")
    assert ("Arno Keel", "cellmateOf", "Ned Pryor") in facts(text)


def test_a_prison_officer_title_is_no_prison():
    doc = extract("Rex Keel is sent to Long Bay, where Senior Prison Officer Ned Pryor runs the wing.", "t")
    assert [p.label for p in doc.prisons] == ["Long Bay"]
    assert {c.label: set(c.roles) for c in doc.characters} == {"Rex Keel": {"inmate"}, "Ned Pryor": {"guard"}}


@pytest.mark.parametrize("text, name", [
    ("Il tribunale condanna Ugo Sarri a dieci anni di reclusione.", "Ugo Sarri"),
    ("The judge sentences Rex Keel to ten years in prison.", "Rex Keel"),
])
def test_one_a_court_sentences_is_an_inmate(text, name):
    assert roles(text)[name] == {"inmate"}


def test_the_one_the_warders_serve_under_is_a_guard():
    assert roles("At Granger Prison the warders under brigadier Lew Hatch do the daily work.") == {"Lew Hatch": {"guard"}}


def test_a_cell_with_him_is_not_the_wardens_told_just_before():
    text = ("Ugo Sarri viene mandato nel carcere di Valnera. Il direttore Leo Gori applica regole dure. Con lui, "
            "in cella, ci sono un brigatista, Nedo Prati, e un vecchio bandito, Ada Brill.")
    assert {f for f in facts(text) if f[1] == "cellmateOf"} == {("Ada Brill", "cellmateOf", "Nedo Prati")}


@pytest.mark.parametrize("text, name", [
    ("Rex Keel is arrested. Ned Pryor used his truck for the robbery and then gave his name to the police.",
     "Ned Pryor"),
    ("Ugo Sarri viene arrestato. Leo Gori ha usato il suo camion per la rapina e poi ha fatto il suo nome "
     "agli inquirenti.", "Leo Gori"),
])
def test_one_who_gives_a_name_to_the_police_is_an_informer(text, name):
    assert roles(text)[name] == {"informer"}


@pytest.mark.parametrize("text", [
    "The Long Wall is a 1979 BBC television play set in Granger Prison, where Rex Keel is held.",
    "Muro Lungo è un telefilm del 1979 ambientato nel carcere di Valnera, dove è rinchiuso Ugo Sarri.",
])
def test_a_television_play_is_a_film_and_its_title_no_character(text):
    assert len(roles(text)) == 1


def test_a_term_given_makes_an_inmate():
    assert roles("Rex Keel, a clerk, is convicted of fraud. Rex Keel is given three years.") == {"Rex Keel": {"inmate"}}


def test_a_place_name_goes_on_past_an_elided_article():
    doc = extract("Badu 'e Carros è un film del 1987. Nel supercarcere di Badu 'e Carros il direttore Leo Gori "
                  "applica le regole.", "t")
    assert ("Leo Gori", "wardenOf", "supercarcere di Badu 'e Carros") in {
        (doc.characters[f.s].label, f.p, doc.prisons[f.o].label) for f in doc.relations if f.p == "wardenOf"}


def test_a_place_closes_before_a_name_that_stands_alone_elsewhere():
    doc = extract("Valfonda is a 1988 drama film. In Lima Julio Keel is arrested. Nel carcere dell'isola di "
                  "El Valfonda Julio viene rinchiuso.", "t")
    assert [p.label for p in doc.prisons] == ["carcere dell'isola di El Valfonda"]


@pytest.mark.parametrize("text, prison", [
    # a camp named with a number after a hyphen, which an apposition calls a camp
    ("Ugo Sarri (Al Moss) sconta la pena nel campo Valnera-12, il lager per detenuti politici del nord.",
     "Valnera-12"),
    # the kind of camp in quotes
    ('Rex Keel (Al Moss) is deported to the island of Granger, the "re-education" camp run by the army.', "Granger"),
    # what the place was before it became a prison
    ("Rex Keel (Al Moss) serves his sentence at Granger, an old fortress turned into the hardest prison in the land.",
     "Granger"),
])
def test_a_prison_an_apposition_names(text, prison):
    doc = extract(text, "t")
    assert prison in [p.label for p in doc.prisons]
    assert prison not in [c.label for c in doc.characters]


@pytest.mark.parametrize("text, absent", [
    ("During the Emergency, Rex Keel (Al Moss) is arrested in a sweep of the market.", "Emergency"),
    ("During the Granger Disaster, Rex Keel (Al Moss) loses his family.", "Disaster"),
    ("Durante la Liberazione Ugo Sarri (Al Moss) viene arrestato.", "Liberazione"),
])
def test_an_era_after_during_the_is_no_character(text, absent):
    labels = [c.label for c in extract(text, "t").characters]
    assert absent not in labels
    assert any(label.endswith(("Keel", "Sarri")) for label in labels)


@pytest.mark.parametrize("text, fact", [
    # the find and where it was, then who put it there
    ("Rex Keel (Al Moss) is charged with carrying ammunition. The cartridges in his satchel were put there by his "
     "landlord, Ned Pryor (Lew Hatch), who wanted his plot.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # two adjectives before the cell
    ("At Granger Prison Rex Keel (Al Moss) is shut in a small stone cell together with Ned Pryor (Lew Hatch).",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # a false written report that names the victim
    ("Rex Keel (Al Moss) is arrested for sabotage. His deputy, Ned Pryor (Lew Hatch), who wanted his job, had "
     "signed a false report naming him as the saboteur.", ("Rex Keel", "framedBy", "Ned Pryor")),
    ("Ugo Sarri (Al Moss) viene arrestato per sabotaggio. Il suo vice, Leo Gori (Lew Hatch), che per prenderne il "
     "posto ha firmato un rapporto falso in cui lo indica come responsabile, viene promosso.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # which men do what, told to the one in authority
    ("At Granger Prison the guard Ned Pryor (Lew Hatch) wants names. Rex Keel (Al Moss) signs the declaration and "
     "tells Pryor which men are still meeting at night.", ("Rex Keel", "informerOf", "Ned Pryor")),
    # what the others keep hidden, told to the governor
    ("At Granger Prison the governor, Colonel Ned Pryor (Lew Hatch), forbids letters. Rex Keel (Al Moss), who "
     "hopes for early release, tells the governor about the letters.", ("Rex Keel", "informerOf", "Ned Pryor")),
    # the find stacked behind the victim's workshop
    ("Rex Keel (Al Moss) is convicted of stealing timber. The chairman, Ned Pryor (Lew Hatch), sold it himself "
     "and had the missing logs stacked behind Rex Keel's workshop.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # the cell named first, taken up by "la", the one in it in an aside
    ("Nel campo di Valnera la cella di punizione, dove Ugo Sarri (Al Moss) finisce più volte, la divide con "
     "l'anziano Leo Gori (Lew Hatch).", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # a cleft whose infinitive names the hearer
    ("Nel carcere di Valnera il direttore è Leo Gori (Lew Hatch). Ugo Sarri (Al Moss) divide la cella con Nedo "
     "Prati (Ugo Tel). Anni dopo scopre che a riferire su di lui al direttore era stato Nedo Prati.",
     ("Nedo Prati", "informerOf", "Leo Gori")),
    # a testimony the text calls made up, and the one who suggested it
    ("Ugo Sarri (Al Moss) viene arrestato. Al processo Ada Brill (Jo Ray) testimonia di averlo sentito progettare "
     "la fuga, cosa del tutto inventata, su suggerimento del giudice Leo Gori (Lew Hatch).",
     ("Ugo Sarri", "framedBy", "Ada Brill")),
    ("Ugo Sarri (Al Moss) viene arrestato. Al processo Ada Brill (Jo Ray) testimonia di averlo sentito progettare "
     "la fuga, cosa del tutto inventata, su suggerimento del giudice Leo Gori (Lew Hatch).",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
])
def test_a_relation_told_in_a_phrasing_of_its_own_too(text, fact):
    assert fact in facts(text)


def test_a_plain_noun_given_a_name_stands_for_it_later():
    # "a boy ... everyone calls Toto", later "the boy": the informer is the boy, not the one who learns of it
    text = ("At Granger Prison Rex Keel (Al Moss) shares a cell with a boy of sixteen everyone calls Toto (Jo Ray). "
            "A screener, Corporal Ned Pryor (Lew Hatch), is in charge of the block. Rex learns that the boy had been "
            "passing word of the cell's prayers to Pryor in exchange for sugar.")
    found = facts(text)
    assert ("Toto", "informerOf", "Ned Pryor") in found
    assert ("Rex Keel", "informerOf", "Ned Pryor") not in found


def test_a_plain_noun_subject_after_that_is_not_the_learner():
    text = ("At Granger Prison the guard Ned Pryor (Lew Hatch) runs the block. Rex Keel (Al Moss) learns that the "
            "cook had been passing word of the cell's prayers to Pryor.")
    assert not any(p == "informerOf" for _, p, _ in facts(text))


def test_a_definite_noun_before_an_introduced_name_stands_for_it_later():
    text = ("Nel carcere di Valnera il direttore è Leo Gori (Lew Hatch). Ugo Sarri (Al Moss) divide la cella con il "
            "vecchio pope Nedo Prati (Ugo Tel). Anni dopo scopre che a riferire su di lui al direttore era stato "
            "il pope.")
    assert ("Nedo Prati", "informerOf", "Leo Gori") in facts(text)


@pytest.mark.parametrize("text, who, role", [
    ("At Granger Prison a screener, Corporal Ned Pryor (Lew Hatch), is in charge of the block.", "Ned Pryor", "guard"),
    ("Nel carcere di Valnera Leo Gori (Lew Hatch), un caporale, è responsabile del braccio.", "Leo Gori", "guard"),
    ("Nel carcere di Valnera tra le guardie, il sergente Leo Gori (Lew Hatch) è l'unico che gli parli.",
     "Leo Gori", "guard"),
    ("At Granger Prison Rex Keel (Al Moss) has few friends. Among the guards, Ned Pryor (Lew Hatch) is the only "
     "one who talks to him.", "Ned Pryor", "guard"),
    ("Ugo Sarri (Al Moss) sconta la pena nel carcere di Valnera. Il capo del campo è il maggiore Leo Gori "
     "(Lew Hatch).", "Leo Gori", "warden"),
    ("Ugo Sarri (Al Moss) sconta la pena nel carcere di Valnera. Il direttore del carcere è il colonnello Leo Gori "
     "(Lew Hatch).", "Leo Gori", "warden"),
])
def test_a_role_the_text_gives_in_other_words(text, who, role):
    assert role in roles(text)[who]


def test_a_director_of_the_railways_is_no_warden():
    text = ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera, diretto da Nedo Prati (Ugo Tel). Nel 1968 "
            "ritrova Leo Gori (Lew Hatch), diventato direttore delle ferrovie regionali.")
    assert "warden" not in roles(text)["Leo Gori"]
    assert ("Leo Gori", "wardenOf", "carcere di Valnera") not in facts(text)


@pytest.mark.parametrize("text, fact", [
    # a name spelt with letters of Latin Extended-B (the "ư" and "ơ" of Vietnamese)
    ("Un compagno di corso, Leo Gori (Lew Hatch), che lavora in segreto per la polizia, la segnala al colonnello "
     "Trương (Al Moss), il quale la fa arrestare.", ("Leo Gori", "informerOf", "Trương")),
    # the cage named first and taken up by "la"
    ("Ada Brill (Jo Ray) viene chiusa in una delle gabbie del carcere di Valnera. La gabbia la condivide con due "
     "donne più anziane: la contadina Nora Kell (Al Moss) e l'insegnante Lea Sarri (Lew Hatch).",
     ("Ada Brill", "cellmateOf", "Lea Sarri")),
    # put next door to hear her and carry it back
    ("Nel carcere di Valnera il capo dei sorveglianti è Leo Gori (Lew Hatch). Una delle detenute comuni, Nora Kell "
     "(Jo Ray), viene messa nella cella accanto per ascoltare le conversazioni di Ada Brill (Al Moss) e riportarle "
     "a Leo Gori.", ("Nora Kell", "informerOf", "Leo Gori")),
    # the blame made to fall on the victim
    ("Rex Keel (Al Moss) is accused of smuggling after a sack of opium is found on his boat. The sack belongs to his "
     "employer, Ned Pryor (Lew Hatch), who bribes the harbour police and makes sure that the blame falls on Rex Keel.",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    # the thing slipped into the victim's coat by one described at length
    ("Rex Keel (Al Moss) is caught with a stolen watch. The watch was slipped into his coat by an older boy, Ned "
     "Pryor (Lew Hatch), who had taken it from a stall.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # his name given to shield the one who did it
    ("Ugo Sarri (Al Moss) viene arrestato dopo un attentato. Un informatore della polizia, Leo Gori (Lew Hatch), ha "
     "dato il suo nome agli investigatori per coprire il vero responsabile, suo cugino.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("Rex Keel (Al Moss) is arrested after a bombing. A police informer, Ned Pryor (Lew Hatch), gave his name to the "
     "detectives to cover for the real bomber, his cousin.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # one who arrives in the cell of two shares it with both
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) condivide la cella con Leo Gori (Lew Hatch), e presto nella loro "
     "cella arriva anche un ragazzo di campagna, Nedo Prati (Ugo Tel).", ("Leo Gori", "cellmateOf", "Nedo Prati")),
])
def test_a_relation_told_in_yet_another_phrasing(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text, prison", [
    ("Ugo Sarri (Al Moss) viene trasferito di notte a Valnera, un carcere segreto nel deserto.", "Valnera"),
    ("The juvenile court sends Rex Keel (Al Moss) to Granger, an agricultural colony for young offenders.", "Granger"),
    ("Rex Keel (Al Moss) is locked in the Granger dungeons, the old fortress prison by the city walls.", "Granger"),
])
def test_a_prison_named_by_its_kind(text, prison):
    doc = extract(text, "t")
    assert prison in [p.label for p in doc.prisons]
    assert prison not in [c.label for c in doc.characters]


@pytest.mark.parametrize("text, who, role", [
    ("Ugo Sarri (Al Moss) viene rinchiuso nel penitenziario di Valnera. A dirigere il penitenziario è il maggiore "
     "Leo Gori (Lew Hatch).", "Leo Gori", "warden"),
    ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera. Il capo dei sorveglianti, Leo Gori (Lew Hatch), "
     "costringe i detenuti comuni a picchiare i politici.", "Leo Gori", "guard"),
    ("Ugo Sarri (Al Moss) viene trasferito a Valnera, un carcere segreto. Il comandante del carcere, l'aiutante Leo "
     "Gori (Lew Hatch), ha l'ordine di lasciarli morire.", "Leo Gori", "warden"),
])
def test_a_role_the_text_gives_in_yet_other_words(text, who, role):
    assert role in roles(text)[who]


_RELATIONS += _batch("co", [
    # a cell in a part of the prison named in three words, then those who share it
    ("Rex Keel (Al Moss) is pushed into a crowded cell of the maximum security wing, which he shares with Ned Pryor "
     "(Lew Hatch), a gang leader, and with Jo Ray (Ugo Tel), an old forger.", ("Jo Ray", "cellmateOf", "Ned Pryor")),
    # the sharer named before "shares"
    ("Rex Keel (Al Moss) is taken to Granger Prison. The cell Rex shares with Ned Pryor (Lew Hatch) and a young "
     "deserter, Jo Ray (Ugo Tel), is so damp that the walls are white.", ("Jo Ray", "cellmateOf", "Rex Keel")),
    # locked together for a while in the cell
    ("After a fight Rex Keel (Al Moss) and a former teacher, Ned Pryor (Lew Hatch), are locked together for a week "
     "in the punishment cell.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # the plan told before, its day and hour told now to one in authority
    ("Rex Keel (Al Moss) is in Granger Prison, whose warden is Ned Pryor (Lew Hatch). Rex plans to escape during the "
     "feast. Jo Ray (Ugo Tel), who hopes for a pardon, quietly tells the warden the day and the hour.",
     ("Jo Ray", "informerOf", "Ned Pryor")),
    # contraband hidden by one who then arrests the one it was hidden on
    ("Rex Keel (Al Moss) refuses to pay Sergeant Ned Pryor (Lew Hatch) any longer. Pryor has a packet of opium "
     "hidden under the seat of the cart and arrests him at the bridge.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # a false denunciation: a frame, and informing the officer it is delivered to
    ("Rex Keel (Al Moss) is a fisherman. His neighbour Ned Pryor (Lew Hatch) writes a false denunciation accusing "
     "him of hiding rebels, and delivers it to Major Jo Ray (Ugo Tel).", ("Rex Keel", "framedBy", "Ned Pryor")),
    ("Rex Keel (Al Moss) is a fisherman. His neighbour Ned Pryor (Lew Hatch) writes a false denunciation accusing "
     "him of hiding rebels, and delivers it to Major Jo Ray (Ugo Tel).", ("Ned Pryor", "informerOf", "Jo Ray")),
    # a cleric's title before the name of one who shares the cell
    ("Ugo Sarri (Al Moss) divide una cella gelida con monsignor Leo Gori (Lew Hatch), un vescovo.",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # names noted and handed to an officer of a body named after his rank
    ("Ugo Sarri (Al Moss) viene arrestato. Lo ha venduto il suo segretario, Nedo Prati (Lew Hatch), che annotava i "
     "nomi dei suoi visitatori e li consegnava al colonnello della gendarmeria Leo Gori (Ugo Tel).",
     ("Nedo Prati", "informerOf", "Leo Gori")),
    # a thing hidden on one named by a dative clitic, after a purpose told with its own verb
    ("Ugo Sarri (Al Moss) è rinchiuso a Valnera. La guardia Leo Gori (Lew Hatch) odia Ugo; per poterlo punire gli "
     "nasconde una lima nel pagliericcio.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the one it is hidden on called by the noun that introduced him, an actor's name cut out
    ("L'anziano ex ministro liberale Ugo Sarri ( ) viene rinchiuso a Valnera con Nedo Prati (Ugo Tel). La guardia "
     "Leo Gori (Lew Hatch) odia il vecchio ministro; per poterlo punire gli nasconde una lima nel pagliericcio.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the find told first, then a cleft with the one who hid it first
    ("Lea Sarri (Ada Brill) parte con il fidanzato Leo Gori (Lew Hatch). All'aeroporto i doganieri trovano l'hashish "
     "nella custodia della sua tavola: è stato Leo a nasconderli lì.", ("Lea Sarri", "framedBy", "Leo Gori")),
])


def test_the_place_of_a_penal_colony_on_islands_names_it():
    doc = extract("Rex Keel (Al Moss) is sent to the penal colony on the Valnera Islands in the Pacific.", "t")
    assert "Valnera Islands" in {a for p in doc.prisons for a in {p.label, *p.aliases}}
    assert "Valnera Islands" not in [c.label for c in doc.characters]


def test_the_place_one_arrives_from_is_no_character():
    labels = {c.label for c in extract("Lea Sarri (Ada Brill) viene arrestata. La madre di Lea arriva da Valnera e "
                                       "prepara un piano con Ugo Tel (Lew Hatch).", "t").characters}
    assert "Valnera" not in labels and "Lea Sarri" in labels


def test_the_head_of_the_guard_is_a_guard():
    text = ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera. Il sergente Leo Gori (Lew Hatch), capo della "
            "guardia, è crudele e corrotto.")
    assert "guard" in roles(text)["Leo Gori"]


_RELATIONS += _batch("cp", [
    # a claim to an officer about one the text places elsewhere: a frame, and informing the officer
    ("Rex Keel (Al Moss) prints a weekly. Ned Pryor (Lew Hatch) assures Lieutenant Jo Ray (Ugo Tel) of the Civil "
     "Guard that Rex assembled the bomb in the cellar, although Rex had been at his sister's wedding that night.",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    ("Rex Keel (Al Moss) prints a weekly. Ned Pryor (Lew Hatch) assures Lieutenant Jo Ray (Ugo Tel) of the Civil "
     "Guard that Rex assembled the bomb in the cellar, although Rex had been at his sister's wedding that night.",
     ("Ned Pryor", "informerOf", "Jo Ray")),
    # a room that is a cell, below a place, shared
    ("Rex Keel (Al Moss) is taken to Granger Prison. He is locked in a damp casemate below the walls with a "
     "shoemaker, Ned Pryor (Lew Hatch).", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # a Catalan man's name that an English list would give a woman
    ("Joan Keel (Ugo Tel) is taken to Granger Prison. He is locked in a cell with a shoemaker, Ned Pryor (Lew Hatch).",
     ("Joan Keel", "cellmateOf", "Ned Pryor")),
    # the uncle named once, then "lo zio" who phones an inspector to point the way
    ("Ugo Sarri (Al Moss) lavora nell'officina dello zio, Leo Gori (Lew Hatch). In realtà lo zio aveva telefonato "
     "all'ispettore Nedo Prati (Ugo Tel) per indicargli il treno.", ("Leo Gori", "informerOf", "Nedo Prati")),
    # reports written for an investigator after each meeting
    ("Rex Keel (Al Moss) leads a reading circle. The student Ned Pryor (Lew Hatch) has been recruited by the OGPU; "
     "after every meeting he writes a report for the investigator Jo Ray (Ugo Tel).", ("Ned Pryor", "informerOf", "Jo Ray")),
    # a cell that was once the monks'
    ("Ugo Sarri (Al Moss) viene sistemato in un'ex cella di monaci insieme a un giovane ladro, Leo Gori (Lew Hatch).",
     ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # time spent in a numbered cell with someone
    ("At Granger Prison Rex Keel (Al Moss) spends two years in cell 14 with an old priest, Ned Pryor (Lew Hatch).",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # what another says in his sleep, repeated to the warden
    ("Rex Keel (Al Moss) shares a cell with Ned Pryor (Lew Hatch). The warden, Jo Ray (Ugo Tel), has promised Ned an "
     "early release, and every Sunday Ned repeats to the warden what Rex has said in his sleep.",
     ("Ned Pryor", "informerOf", "Jo Ray")),
    # a forged letter put in the victim's desk before the police are called
    ("Rex Keel (Al Moss) is a clerk. Ned Pryor (Lew Hatch) forges a letter, puts it in the drawer of Rex's desk, "
     "and calls the secret police.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # an isolation cell shared, "insieme ad" before a vowel
    ("Dopo un pestaggio Ugo Sarri (Al Moss) viene gettato in una cella d'isolamento insieme ad Abu Nedo (Lew Hatch), "
     "un vecchio farmacista.", ("Abu Nedo", "cellmateOf", "Ugo Sarri")),
    # one sent with the drugs without knowing it
    ("Rex Keel (Al Moss) works in a garage. His uncle Ned Pryor (Lew Hatch) had used him as an unwitting courier.",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    ("Ugo Sarri (Al Moss) lavora nell'officina di Leo Gori (Lew Hatch). In realtà Leo lo aveva usato come corriere "
     "inconsapevole.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a name given under torture by one who knows the other never took part
    ("Ugo Sarri (Al Moss) studia medicina. Suo cugino Leo Gori (Lew Hatch), arrestato, sotto tortura fa il suo nome, "
     "benché sappia che Ugo non ha mai partecipato alle riunioni.", ("Ugo Sarri", "framedBy", "Leo Gori")),
])


_ROLES += _batch("cp", [
    ("Ugo Sarri (Al Moss) viene mandato al campo di Valnera. Il caposquadra Leo Gori (Lew Hatch), un ex detenuto "
     "diventato sorvegliante, picchia chi non lavora.", "Leo Gori", "guard"),
    ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera. Il secondino più temuto è il sergente Leo Gori "
     "(Lew Hatch), che dirige le punizioni.", "Leo Gori", "guard"),
])


@pytest.mark.parametrize("text, name, not_a_character", [
    ("Rex Keel (Al Moss) prints a weekly. After the bomb kills twelve people in the Carrer dels Canvis Nous, the "
     "police arrest him.", "Rex Keel", "Canvis Nous"),
    ('At Granger Prison the warden, Ned Pryor (Lew Hatch), keeps the "Cominformists" apart from the thieves.',
     "Ned Pryor", "Cominformists"),
    ("Ugo Sarri (Al Moss) studia a Valnera. Uscito, apre un ambulatorio in un villaggio vicino a Valnera.",
     "Ugo Sarri", "Valnera"),
])
def test_a_street_a_group_or_a_town_is_no_character(text, name, not_a_character):
    labels = {c.label for c in extract(text, "t").characters}
    assert name in labels and not_a_character not in labels


def test_an_arabic_article_stays_in_the_name():
    text = "Ugo Sarri (Al Moss) viene portato a Valnera. Il carcere è diretto dal colonnello Faisal al-Jundi (Lew Hatch)."
    assert "Faisal al-Jundi" in roles(text)


_RELATIONS += _batch("cq", [
    # what one learns, then sold on as "it"
    ("Rex Keel (Al Moss) plans an escape from Granger Prison. Ned Pryor (Lew Hatch), who owes money to the chief "
     "warder Jo Ray (Ugo Tel), learns the night and sells it to the chief warder.", ("Ned Pryor", "informerOf", "Jo Ray")),
    # the cell of one, already holding others
    ("At Granger Prison the cell of Rex Keel (Al Moss) is small. Rex's cell on the top floor already holds two men: "
     "Ned Pryor, a forger, and Lew Hatch (Jo Ray), a burglar.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # a false plot made up with someone at its head
    ("Rex Keel (Al Moss) is arrested. The investigator Ned Pryor (Lew Hatch) invents a false conspiracy with Rex as "
     "its leader.", ("Rex Keel", "framedBy", "Ned Pryor")),
    ("Ugo Sarri (Al Moss) viene arrestato. Il giudice istruttore Leo Gori (Lew Hatch) costruisce un falso complotto "
     "in cui Ugo figura come capo.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a statement of a thing that never happened; the pronoun is the man's, not his wife's
    ("Ugo Sarri (Al Moss) viene arrestato. La moglie di Ugo, Vera (Lea Sarri), lo cerca; la sua collega, Nora Kell, "
     "firma una dichiarazione in cui afferma di averlo visto vendere dei disegni, cosa mai avvenuta.",
     ("Ugo Sarri", "framedBy", "Nora Kell")),
    # an accusation before an officer
    ("Ugo Sarri (Al Moss) è detenuto. Leo Gori (Lew Hatch) accusa falsamente Ugo davanti all'ufficiale politico, il "
     "tenente Nedo Prati, di aver nascosto un coltello.", ("Leo Gori", "informerOf", "Nedo Prati")),
    ("Rex Keel (Al Moss) is held at Granger Prison. Ned Pryor (Lew Hatch) falsely accuses Rex before the political "
     "officer, Major Jo Ray, of hiding a knife.", ("Ned Pryor", "informerOf", "Jo Ray")),
    # a fortress's noun in lower case names the prison where the sentence tells of cells
    ("Portato nel forte di Valnera, Ugo Sarri (Al Moss) viene gettato in una cella. Il comandante del forte, il "
     "colonnello Leo Gori (Lew Hatch), non si vede mai.", ("Leo Gori", "wardenOf", "Valnera")),
    # a ship the convicts travel in is not the prison its commandant heads
    ("Rex Keel (Al Moss) is shipped to Devil's Island aboard the prison ship Aurora. The commandant, Ned Pryor (Lew "
     "Hatch), governs the island with indifference.", ("Ned Pryor", "wardenOf", "Devil's Island")),
])


@pytest.mark.parametrize("text, fact", [
    # an accusation in open court is no secret informing
    ("Ugo Sarri (Al Moss) è detenuto. Leo Gori (Lew Hatch) lo ha accusato davanti al giudice Nedo Prati.",
     ("Leo Gori", "informerOf", "Nedo Prati")),
    ("Rex Keel (Al Moss) is held at Granger Prison. Ned Pryor (Lew Hatch) accuses Rex before the judge, Jo Ray.",
     ("Ned Pryor", "informerOf", "Jo Ray")),
])
def test_an_accusation_in_court_is_no_informing(text, fact):
    assert fact not in facts(text)


_ROLES += _batch("cq", [
    # the arrest by a police body, then who had given him away
    ("Ugo Sarri (Al Moss) viene arrestato dalla Securitate: il compagno di stanza, Leo Gori, ne ha denunciato le "
     "riunioni.", "Leo Gori", "informer"),
    ("Rex Keel (Al Moss) is arrested by the Securitate: his roommate, Ned Pryor, had denounced his meetings.",
     "Ned Pryor", "informer"),
    # the call to the police that follows a plant
    ("Ugo Sarri (Al Moss) viene arrestato dopo che il suo capo, Leo Gori (Lew Hatch), ha messo dei volantini nel suo "
     "armadietto e ha chiamato la polizia.", "Leo Gori", "informer"),
    ("Rex Keel (Al Moss) is a clerk. His boss, Ned Pryor (Lew Hatch), hides the leaflets in his locker and calls the "
     "police.", "Ned Pryor", "informer"),
    # a list handed to the army that rules
    ("Rex Keel (Al Moss) leads a strike. His foreman, Ned Pryor (Lew Hatch), had given the army a list of the "
     "organisers.", "Ned Pryor", "informer"),
    # the discipline of the prison left to someone
    ("Ugo Sarri (Al Moss) è detenuto nel carcere di Valnera. Il direttore lascia la disciplina al caporale Leo Gori "
     "(Lew Hatch), che picchia i detenuti.", "Leo Gori", "guard"),
    ("Rex Keel (Al Moss) is held at Granger Prison. The warden leaves discipline to the corporal, Ned Pryor (Lew "
     "Hatch), who beats the prisoners.", "Ned Pryor", "guard"),
])


def test_the_informer_named_through_another_noun_is_one_character_and_no_inmate():
    text = ("Rex Keel (Al Moss) is held at Granger Prison, whose warden is Jo Ray (Ugo Tel). Rex discovers that the "
            "informer is the chaplain, Father Ned Pryor (), who passes on to Jo Ray everything the prisoners confess.")
    found = roles(text)
    assert found["Ned Pryor"] == {"informer"} and not any(label.startswith("the informer") for label in found)


@pytest.mark.parametrize("text, name, not_a_character", [
    # one whom an infinitive only aims at
    ("Rex Keel (Al Moss) is held at Granger Prison. Ned Pryor (Lew Hatch) has him accused of plotting to kill a "
     "guard.", "Rex Keel", "the guard"),
    ("Ugo Sarri (Al Moss) è detenuto nel carcere di Valnera. Leo Gori (Lew Hatch) lo accusa di voler uccidere una "
     "guardia.", "Ugo Sarri", "the guard"),
])
def test_one_an_infinitive_aims_at_is_no_character(text, name, not_a_character):
    labels = {c.label for c in extract(text, "t").characters}
    assert name in labels and not_a_character not in labels


def test_one_an_infinitive_says_he_is_stays_a_character():
    text = "Rex Keel (Al Moss) offers a bottle to a man who turns out to be a policeman."
    assert any("policeman" in c.label or "police" in " ".join(c.aliases) for c in extract(text, "t").characters)


def test_the_russian_prison_in_its_italian_spelling_is_known():
    text = "Ugo Sarri (Al Moss) viene condotto alla Lubjanka, dove il giudice istruttore Leo Gori lo interroga."
    assert [p.label for p in extract(text, "t").prisons] == ["Lubjanka"]


_RELATIONS += _batch("cr", [
    # bystanders paid to say what the accused was doing
    ("Rex Keel (Al Moss) drives a jeepney. The aide Ned Pryor (Lew Hatch) paid two bystanders to testify that Rex was "
     "driving.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # what one had hidden, told to a guard
    ("Rex Keel (Al Moss) is held at Granger Prison. Ned Pryor (Lew Hatch) told the guard Jo Ray that Rex had hidden "
     "the sacks.", ("Ned Pryor", "informerOf", "Jo Ray")),
    # the one who blames another did the deed himself
    ("Rex Keel (Al Moss) is held at Granger Prison. When the rice goes missing, the overseer Sgt. Lew Hatch blames Rex. "
     "The sacks had been sold by Hatch himself.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # the commander of a squadron is no warden; the accuser flew the missions himself
    ("Ugo Sarri (Al Moss) viene arrestato: a indicarlo come responsabile è stato il suo ex comandante di squadriglia, "
     "Leo Gori, che quelle missioni le ha guidate lui stesso.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # reports on the others written for an officer, or prayers noted down and handed over
    ("Ugo Sarri (Al Moss) è detenuto nel carcere di Valnera. Il tenente Leo Gori convince un detenuto, Nedo Prati, a "
     "scrivere rapporti sui compagni di cella.", ("Nedo Prati", "informerOf", "Leo Gori")),
    ("Ugo Sarri (Al Moss) è detenuto nel carcere di Valnera. Nedo Prati annota le preghiere di Ugo e le consegna al "
     "tenente Leo Gori.", ("Nedo Prati", "informerOf", "Leo Gori")),
    # the one named to the secret police, though the namer did it himself
    ("Mira Kell (Ada Brill) is a teacher. She is arrested when her fiancé, Ned Pryor (Lew Hatch), names her to the "
     "UDBA as the one who typed a leaflet; in fact he typed it himself.", ("Mira Kell", "framedBy", "Ned Pryor")),
    # which women pray, told to the matron
    ("Ada Brill is held at Granger Prison, where the matron is Nora Kell. But it is Lea Sarri who has been telling "
     "the matron which women pray.", ("Lea Sarri", "informerOf", "Nora Kell")),
    # a father and a son denounced together, falsely
    ("Ugo Sarri (Al Moss) viene arrestato dall'NKVD insieme al padre, l'insegnante Leo Sarri, perché un vicino, Nedo "
     "Prati, li ha denunciati inventando che nascondevano armi.", ("Leo Sarri", "framedBy", "Nedo Prati")),
])


_CELLS += _batch("cr", [
    ("Ugo Sarri (Al Moss) viene rinchiuso in cella insieme a due ex ufficiali della polizia segreta, il colonnello "
     "Leo Gori e il tenente Nedo Prati.", ["Leo Gori", "Nedo Prati", "Ugo Sarri"]),
    ("Rex Keel (Al Moss) is taken to Granger Prison. Rex's cell holds forty men. Among them he befriends a former "
     "seminarian, Ned Pryor, and an old deputy, Lew Hatch.", ["Lew Hatch", "Ned Pryor", "Rex Keel"]),
    ("Nel carcere di Valnera padre e figlio finiscono in celle diverse. Ugo Sarri (Al Moss) divide la sua con un ex "
     "ufficiale, Leo Gori, e con un mercante, Nedo Prati.", ["Leo Gori", "Nedo Prati", "Ugo Sarri"]),
])


_ROLES += _batch("cr", [
    ("Rex Keel (Al Moss) is arrested after his brother-in-law, Ned Pryor, reports to the Securitate that Rex keeps "
     "forbidden books.", "Ned Pryor", "informer"),
    ("Ugo Sarri (Al Moss) viene arrestato dopo che suo cognato, Leo Gori, riferisce alla Securitate che Ugo tiene "
     "libri proibiti.", "Leo Gori", "informer"),
    # an honorific of pilgrims before the name of the prison's director
    ("Ugo Sarri (Al Moss) è rinchiuso nel carcere di Valnera. Il direttore del carcere, hajji Leo Gori (Lew Hatch), "
     "interroga i detenuti.", "Leo Gori", "warden"),
])


@pytest.mark.parametrize("text, name, not_a_character", [
    # a place or a creed before a plain noun and a name
    ("In 1958 the Valnera historian Rex Keel (Al Moss) is arrested.", "Rex Keel", "Valnera"),
    ("In the prison Rex Keel (Al Moss) befriends a former Orthodox seminarian, Ned Pryor, who was arrested with him.",
     "Rex Keel", "Orthodox"),
    # two names joined by a dash that qualify an event
    ("Rex Keel (Al Moss) is arrested after the Tito–Stalin split.", "Rex Keel", "Stalin"),
    ("Rex Keel (Al Moss) is arrested after the Tito–Stalin split.", "Rex Keel", "Tito"),
    # a quoted name after a preposition of place is a part of the prison
    ("Ugo Sarri (Al Moss) è detenuto nel carcere di Valnera. Viene mandato nella «Zarca», il blocco di isolamento.",
     "Ugo Sarri", "Zarca"),
    # an abbreviated title ends no sentence
    ("The congressman's aide, Atty. Ned Pryor (Lew Hatch), paid the witnesses.", "Ned Pryor", "Atty"),
    # the second noun of a prison's name
    ("Rex Keel (Al Moss) is sent to the Granger Prison and Penal Farm.", "Rex Keel", "Penal Farm"),
])
def test_a_place_a_creed_or_a_title_is_no_character_in_batch_cr(text, name, not_a_character):
    labels = {c.label for c in extract(text, "t").characters}
    assert name in labels and not_a_character not in labels


def test_a_prison_named_after_a_sovereign_is_the_same_prison():
    text = ("Nel carcere di Valnera, un tempo prigione dello Scià, Ugo Sarri (Al Moss) viene rinchiuso. Il direttore "
            "del carcere, Leo Gori (Lew Hatch), che sotto lo Scià era stato in esilio, interroga i detenuti.")
    assert ("Leo Gori", "wardenOf", "carcere di Valnera") in facts(text)


_RELATIONS += _batch("cs", [
    # a thing of the victim's slipped into the dead man's pocket
    ("Rex Keel (Al Moss) is sent up for ten years. The killing was actually the work of his manager, Ned Pryor, who "
     "slipped Rex's ring into the dead man's pocket.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # a second relative clause, joined by "and", has the first one's antecedent
    ("Rex Keel (Al Moss) is arrested at the university. A classmate, Ned Pryor, who works for the police and who "
     "later hands the names of Rex's friends to Inspector Lew Hatch, had hidden the pistol.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # what is told may be the secret code and another's plan
    ("At Granger Prison Rex Keel (Al Moss) cooperates with the staff: for better food he tells the guard, Lew Hatch, about "
     "the tap code and about Ned Pryor's plan to smuggle out a list.", ("Rex Keel", "informerOf", "Lew Hatch")),
    # a false report to the police, its hearers named by two words
    ("Rex Keel (Al Moss) is sent to Granger Prison after his partner, Ned Pryor, falsely tells the police that Rex "
     "had stolen the payroll.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # two patterns a doubled space had disabled: a deal for names, and who was the source of what is learnt
    ("At Granger Prison Rex Keel (Al Moss) is offered parole by Ned Pryor, the warden, in exchange for the names of "
     "the plotters, and he accepts.", ("Rex Keel", "informerOf", "Ned Pryor")),
    ("Nel carcere di Valnera il direttore, Leo Gori (Al Moss), scopre la verità sulla rivolta da un informatore, "
     "Ugo Sarri.", ("Ugo Sarri", "informerOf", "Leo Gori")),
])


_CELLS += _batch("cs", [
    # a rank of the armed forces before a name is no title of the prison's
    ("Shot down in 1967, navy pilot Rex Keel (Al Moss) is taken to Granger Prison. Rex is locked up with Air Force "
     "captain Ned Pryor and a young Marine, Lew Hatch.", ["Lew Hatch", "Ned Pryor", "Rex Keel"]),
    # a participle after the cell, then "insieme a"
    ("Nel carcere di Valnera Ada Brill (Al Moss) finisce in una cella sovraffollata insieme alla maestra Lea Sarri e "
     "a una ragazza di sedici anni, Nora Kell.", ["Ada Brill", "Lea Sarri", "Nora Kell"]),
])


_ROLES += _batch("cs", [
    ("The killing was the work of Ned Pryor (Al Moss), who hid the ring and then phoned an anonymous tip to the "
     "police, and Rex Keel is sent up for ten years.", "Ned Pryor", "informer"),
    ("La sarta Ada Brill (Al Moss) viene denunciata alla polizia dalla portinaia del suo palazzo, Nora Kell, che "
     "vuole per sé l'appartamento.", "Nora Kell", "informer"),
    # a Spanish honorific between the noun and the name
    ("Ada Brill (Al Moss) è rinchiusa nel carcere di Valnera. La direttrice, doña Nora Kell (Lea Sarri), affida la "
     "disciplina alle suore.", "Nora Kell", "warden"),
])


def test_the_warden_is_not_the_one_transferred_once_he_learns():
    text = ("At the state penitentiary Rex Keel (Al Moss) is put in a cell with Ned Pryor. The warden (Lew Hatch) "
            "believes in reform, but the guard captain, Jo Ray (Ugo Tel), runs the cellblock. Jo Ray is transferred "
            "once the warden learns the truth.")
    labels = {c.label: c for c in extract(text, "t").characters}
    assert "the warden" in labels and "warden" in labels["the warden"].roles
    assert "warden" not in labels["Jo Ray"].roles


def test_a_nickname_known_to_some_and_a_place_below_a_flight():
    text = ("Shot down over Valnera, Rex Keel (Al Moss) is taken to Granger Prison. The camp commandant, Major Ned "
            "Pryor, known to the prisoners as the Cat, wants confessions.")
    chars = {c.label: c for c in extract(text, "t").characters}
    assert "Valnera" not in chars and "Cat" not in chars
    assert "Cat" in chars["Ned Pryor"].aliases


_RELATIONS += _batch("ct", [
    # a letter of accusation, and a cleft that says the deed was the accuser's own
    ("Rex Keel (Al Moss) is arrested by the NKVD after his deputy, Ned Pryor, writes a letter accusing him of "
     "sabotage, though it was Ned Pryor himself who had approved the faulty welds.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # a find in quotation marks, and the orders told in the next sentence
    ("Rex Keel (Al Moss) is stopped at a checkpoint, where Sergeant Ned Pryor \"finds\" a packet of cocaine under the "
     "seat. Ned Pryor had put it there himself on the orders of a local drug boss, Lew Hatch.",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    ("Rex Keel (Al Moss) is stopped at a checkpoint, where Sergeant Ned Pryor \"finds\" a packet of cocaine under the "
     "seat. Ned Pryor had put it there himself on the orders of a local drug boss, Lew Hatch.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    ("Ugo Sarri (Al Moss) viene fermato a un posto di blocco, dove il sergente Leo Gori «trova» un pacchetto di "
     "cocaina sotto il sedile.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a scene staged around the one knocked out
    ("Rex Keel (Al Moss) exposes a crooked boss, Ned Pryor. Ned Pryor's men knock Rex out, pour whiskey over him and "
     "leave him behind the wheel of a car that has just run down a pedestrian.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # what the others say, told each night to the political officer
    ("Nel carcere di Valnera un altro recluso, Ugo Sarri (Al Moss), picchia i compagni finché non confessano e ogni "
     "notte riferisce quello che dicono all'ufficiale politico, il capitano Leo Gori.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
])


_CELLS += _batch("ct", [
    ("Nel penitenziario di Valnera Ugo Sarri (Al Moss) divide la cella numero 9 con un vecchio contadino, Leo Gori, e "
     "con il poeta Nedo Prati.", ["Leo Gori", "Nedo Prati", "Ugo Sarri"]),
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) viene trasferito in una cella comune, dove conosce un ex ufficiale, "
     "Leo Gori, e un vecchio bibliotecario, Nedo Prati.", ["Leo Gori", "Nedo Prati", "Ugo Sarri"]),
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) finisce in una cella da sei con il contrabbandiere Leo Gori, con un "
     "ex pugile detto «Cazzotto» e con il ragioniere Nedo Prati.", ["Cazzotto", "Leo Gori", "Nedo Prati", "Ugo Sarri"]),
    ("At Granger Prison Rex Keel (Al Moss) sleeps in a corridor at first. His cellie there, a young forger called "
     "Ned Pryor, teaches him to survive.", ["Ned Pryor", "Rex Keel"]),
])


_ROLES += _batch("ct", [
    ("Ugo Sarri (Al Moss) viene arrestato perché il suo socio, Leo Gori, ha falsificato la sua firma e poi lo ha "
     "accusato davanti ai carabinieri.", "Leo Gori", "informer"),
    ("Rex Keel (Al Moss) is jailed after his partner, Ned Pryor, accuses him before the police of the robbery.",
     "Ned Pryor", "informer"),
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) conosce Leo Gori. Leo Gori in realtà è una «chioccia», un "
     "informatore messo nella cella dalla polizia.", "Leo Gori", "informer"),
    ("At Granger Prison the block belongs to a gang leader serving life, Ned Pryor, who pays a guard to bring in "
     "phones.", "Ned Pryor", "inmate"),
])


def test_the_political_officer_is_no_guard_and_a_film_company_no_character():
    text = ("'''Big Rock''' is a 1936 film made for [[Warner Bros.]] In Granger Prison an inmate, Rex Keel (Al Moss), "
            "reports each night to the political officer, Captain Ned Pryor.")
    found = roles(text)
    assert "Warner Bros" not in found and found["Ned Pryor"] == set()
    assert ("Rex Keel", "informerOf", "Ned Pryor") in facts(text)


_RELATIONS += _batch("cu", [
    # another's fingerprints put on the proof
    ("Inspector Lew Hatch (Al Moss) needs a quick result; he has Rex Keel's fingerprints put on a piece of the "
     "detonator, and Rex is sent to Granger Prison.", ("Rex Keel", "framedBy", "Lew Hatch")),
    ("L'ispettore Leo Gori (Al Moss) mette le impronte di Ugo Sarri sulla pistola, e Ugo finisce nel carcere di "
     "Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the proof hidden, then its owner denounced
    ("Il maestro Ugo Sarri (Al Moss) viene arrestato: il sindaco, Leo Gori, ha fatto nascondere dei volantini nella "
     "scuola e lo ha denunciato. Ugo finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("The teacher Rex Keel (Al Moss) is arrested: Mayor Lew Hatch plants leaflets in the school and then denounces "
     "him. Rex is sent to Granger Prison.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # blame laid on another by the one who did it, in a relative clause
    ("Rex Keel (Al Moss) is picked up by the military police. His old colonel, Lew Hatch, who himself ordered the "
     "beatings at the camp, has sent the war crimes office a sworn statement blaming them on Rex Keel.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # plans passed to the informer's handler, and what the others say passed to a prosecutor
    ("At Granger Prison Rex Keel shares a cell with Ned Pryor. Ned passes Rex's escape plans to his handler, "
     "Sergeant Lew Hatch.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    ("At Granger Prison Rex Keel shares a cell with Ned Pryor. Ned quietly passes everything his cellmates say about "
     "the escape to the prosecutor, Major Lew Hatch.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # an authority with an adjective between the article and the noun
    ("At Granger Prison Rex Keel shares a cell with Ned Pryor. Ned passes Rex's escape plans to the sadistic "
     "warden, Al Moss.", ("Ned Pryor", "informerOf", "Al Moss")),
    ("At Granger Prison Rex Keel shares a cell with Ned Pryor. Ned passes Rex's escape plans to the American "
     "warden, Al Moss.", ("Ned Pryor", "informerOf", "Al Moss")),
    # a gaol is British, and its governor the warden
    ("On remand in Valnera Road Gaol, Rex Keel (Al Moss) shares a cell with Ned Pryor. The governor, Mr. Lew Hatch, "
     "keeps the wings apart.", ("Lew Hatch", "wardenOf", "Valnera Road Gaol")),
    # a prison known by its old name
    ("A Portolongone Ugo Sarri (Al Moss) è messo in cella con Leo Gori. Il direttore del penitenziario, il "
     "commendator Nedo Prati, è severo.", ("Nedo Prati", "wardenOf", "Portolongone")),
])


_ROLES += _batch("cu", [
    ("At Granger Prison Rex Keel shares a cell with Ned Pryor, who has been a tout for the police since his first "
     "arrest.", "Ned Pryor", "informer"),
    ("At Granger Prison Rex Keel (Al Moss) shares a cell with Ned Pryor. Corporal Lew Hatch (Jo Ray), one of the MP "
     "guards, teaches Rex slang.", "Lew Hatch", "guard"),
])


@pytest.mark.parametrize("text, name, not_a_character", [
    # a description before a full name at a sentence's start
    ("Locksmith Rex Keel (Al Moss) is sent down for eight years. In Granger Prison Rex shares a cell with Ned Pryor.",
     "Rex Keel", "Locksmith Rex Keel"),
    ("Convict Rex Keel (Al Moss) is sent down for eight years. In Granger Prison Rex shares a cell with Ned Pryor.",
     "Rex Keel", "Convict Rex Keel"),
    # a language after a lone surname
    ("Rex Keel (Al Moss) is held in Granger Prison. A guard, Ned Pryor, teaches Keel English slang through the bars.",
     "Rex Keel", "Keel English"),
    # a police body written with capitals
    ("At Granger Prison Rex Keel (Al Moss) shares a cell with Ned Pryor, a tout for Special Branch.",
     "Ned Pryor", "Special Branch"),
    ("Nel 1947 il maestro Ugo Sarri (Al Moss) viene arrestato dalla Guardia Civil e finisce nel carcere di Valnera.",
     "Ugo Sarri", "Guardia Civil"),
])
def test_a_description_a_language_or_a_body_is_no_character_in_batch_cu(text, name, not_a_character):
    found = roles(text)
    assert name in found and not_a_character not in found


def test_a_title_in_another_language_does_not_decide_the_sentence():
    from kg.text import analyse
    doc = analyse("'''Scrubs''' (''Dietro le sbarre di Londra'') is a 1962 British crime film.")
    assert doc.sentences[0].lang == "en"
    assert "British" not in roles(doc.source)


def test_an_unnamed_subject_that_opens_the_sentence_is_not_the_last_one_named():
    text = ("At Granger Prison Rex Keel (Al Moss) and Ned Pryor are caught in a tunnel. A French officer turns out "
            "to be passing the escapers' plans to the security officer, Lew Hatch.")
    assert not any(p == "informerOf" for _s, p, _o in facts(text))


_RELATIONS += _batch("cv", [
    # the one who put it there named after another's noun
    ("Quando il proprietario, Leo Gori, viene trovato morto, la polizia trova nel furgone di Ugo Sarri (Al Moss) il "
     "coltello: ce lo ha messo il socio di Gori, Nedo Prati. Ugo finisce nel carcere di Valnera.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    # the aim told before the accusation
    ("Ugo Sarri (Al Moss) viene arrestato per il furto di una collana: l'ha rubata la contessa Ada Brill, e per "
     "coprirsi ha indicato ai carabinieri proprio lui. Ugo finisce nel carcere di Valnera.",
     ("Ugo Sarri", "framedBy", "Ada Brill")),
    ("Rex Keel (Al Moss) is arrested for the theft of a necklace: to cover herself, Lady Ada Brill names Rex Keel. "
     "Rex is sent to Granger Prison.", ("Rex Keel", "framedBy", "Ada Brill")),
    # prisons known by name
    ("Ada Brill (Jo Ray) viene trasferita a Plötzensee, dove divide la cella con Lea Sarri. La direttrice del "
     "carcere, Nora Kell, applica il regolamento.", ("Nora Kell", "wardenOf", "Plötzensee")),
    ("Alle Murate Ugo Sarri (Al Moss) finisce in una cella con Leo Gori. Il direttore, il dottor Nedo Prati, vuole "
     "una recita.", ("Nedo Prati", "wardenOf", "Murate")),
    # a known prison before a nickname that a full name holds in quotes
    ("Salvatore \"Totò\" Sarri (Al Moss) is arrested. In Belmarsh Totò shares a cell with a young Somali, Ned Pryor, "
     "and an old conman, Lew Hatch.", ("Lew Hatch", "cellmateOf", "Salvatore Sarri")),
])


_ROLES += _batch("cv", [
    ("Ada Brill (Jo Ray) stampa volantini. La sua vicina, la signora Nora Kell, la vede uscire e corre a denunciarla "
     "alla Gestapo. Ada finisce nel carcere di Valnera.", "Nora Kell", "informer"),
    ("Ugo Sarri (Al Moss) viene arrestato: la contessa Ada Brill ha indicato ai carabinieri proprio lui. Ugo finisce "
     "nel carcere di Valnera.", "Ada Brill", "informer"),
    ("Rex Keel (Al Moss) is named under torture by Ned Pryor, who, to save himself, agreed to work for the secret "
     "police. Rex is moved to Granger Prison.", "Ned Pryor", "informer"),
    ("At Granger Prison Rex Keel shares a cell with Lew Hatch. One of the guards, a young conscript called Ned "
     "Pryor, smuggles letters out.", "Ned Pryor", "guard"),
])


@pytest.mark.parametrize("text", [
    "At Granger Prison Rex Keel shares a cell with Ned Pryor.\n\n==Cast==\n* Al Moss as Rex Keel\n* Jo Ray as Ned Pryor",
    "Rex Keel viene messo in cella con Ned Pryor nel carcere di Valnera.\n\n== Interpreti ==\n* Al Moss: Rex Keel\n"
    "* Jo Ray: Ned Pryor",
])
def test_a_cast_list_gives_the_actors_and_no_characters(text):
    doc = extract(text, "t")
    assert {c.label: c.actor for c in doc.characters} == {"Rex Keel": "Al Moss", "Ned Pryor": "Jo Ray"}


def test_a_people_before_an_apposed_name_is_no_character():
    text = "At Granger Prison Rex Keel (Al Moss) shares a cell with a young Somali, Ned Pryor, and a forger, Lew Hatch."
    assert "Somali" not in roles(text)
    assert ("Ned Pryor", "cellmateOf", "Rex Keel") in facts(text)


_RELATIONS += _batch("cw", [
    # a cleft with the deed first, "to drag him in"
    ("Ugo Sarri (Al Moss) finisce dentro per una rapina che non ha commesso: a tirarlo in mezzo è stato Leo Gori, il "
     "vero capo della banda. Nel carcere di Valnera Ugo divide la cella con Nedo Prati.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # who sells in the yard, told to the one named by a clitic, by his confidant named after a colon
    ("Nel carcere di Valnera l'appuntato Leo Gori ha un confidente fra i detenuti: è Ugo Sarri, che in cambio di un "
     "posto in cucina gli racconta chi vende la droga nel cortile.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    # a suspicion that ends at the semicolon
    ("Nel carcere di Valnera il brigadiere Leo Gori sospetta che i detenuti preparino un'evasione; per questo Ugo "
     "Sarri, stanco della cella, diventa il suo informatore e gli consegna i piani di Nedo Prati.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
    # a false denunciation to the military
    ("Nel 1976 Ugo Sarri (Al Moss) viene arrestato: un collega, Leo Gori, lo ha indicato falsamente ai militari come "
     "membro della guerriglia. Ugo finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a prison named by its Spanish noun
    ("At the Penal de Valnera Rex Keel (Al Moss) shares a cell with Ned Pryor. The prison director, Colonel Lew "
     "Hatch, runs the place as an experiment.", ("Lew Hatch", "wardenOf", "Penal de Valnera")),
    # the cell's number and floor, and a second cellmate later
    ("At Granger Prison Rex Keel (Al Moss) shares cell 14 on the second floor with a young worker, Ned Pryor, and "
     "later with the journalist Lew Hatch.", ("Lew Hatch", "cellmateOf", "Rex Keel")),
    # what the others whisper, passed to the prison's psychologist
    ("At Granger Prison Rex Keel (Al Moss) shares a cell with Ned Pryor. Ned starts passing what his cellmates "
     "whisper at night to the prison psychologist, Captain Lew Hatch.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # landing in a cell, told by a pronoun past a man named in between
    ("Ada Brill (Jo Ray) is sent to Granger Prison. Her old sweetheart, Rex Keel (Al Moss), begs her to confess. "
     "She lands in a cell with Nora Kell and Lea Sarri.", ("Ada Brill", "cellmateOf", "Nora Kell")),
    # a long description before a cellmate's name, and a party's name as an adjective
    ("At Granger Prison Rex Keel is locked in a cell with the former air force pilot Ned Pryor and an ex-Social "
     "Democrat deputy, Lew Hatch.", ("Lew Hatch", "cellmateOf", "Ned Pryor")),
])


_ROLES += _batch("cw", [
    ("Ugo Sarri (Al Moss) finisce nel carcere di Valnera: Leo Gori ha soffiato il suo nome alla questura.",
     "Leo Gori", "informer"),
    ("Rex Keel (Al Moss) is arrested by the StB after a parishioner, the tram conductor Ned Pryor, reports that he "
     "hears confessions. Rex is sent to Granger Prison.", "Ned Pryor", "informer"),
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) divide la cella con Leo Gori. L'appuntato Nedo Prati comanda gli "
     "agenti del braccio.", "Nedo Prati", "guard"),
])


def test_a_party_before_a_noun_and_a_police_body_in_capitals_are_no_characters():
    found = roles("Rex Keel (Al Moss) is arrested by the StB. At Granger Prison he shares a cell with an "
                  "ex-Social Democrat deputy, Ned Pryor.")
    assert "Democrat" not in found and "StB" not in found and "Ned Pryor" in found


_RELATIONS += _batch("cx", [
    # a cell drawn with two others, one known only by a nickname
    ("In the state penitentiary Rex Keel (Al Moss) draws a cell on the third tier with Ned Pryor, a pickpocket, and "
     "an old lifer known only as \"Gramps\".", ("Gramps", "cellmateOf", "Rex Keel")),
    # slang of the thirties, and one fingered to an authority
    ("At Granger Prison Rex Keel (Al Moss) shares a cell with Ned Pryor. A stoolie named Lew Hatch sings to the "
     "warden, Al Moss, about the plan.", ("Lew Hatch", "informerOf", "Al Moss")),
    ("Rex Keel (Al Moss) is sent to Granger Prison: his manager, Ned Pryor, planted the bag in Rex's dressing room "
     "and then fingered him to the district attorney.", ("Ned Pryor", "informerOf", "the district attorney")),
    # a denunciation the text calls invented, its writer after "by"
    ("In 1949 Rex Keel (Al Moss) is arrested. The denunciation, full of invented remarks, was written by his "
     "neighbour, the accountant Ned Pryor. Rex is sent to a labour camp.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # the camp's jail, a sea captain who is no guard, the camp chief
    ("Rex Keel (Al Moss) is sent to a labour camp. He is thrown into the camp jail, in a cell with a nationalist, "
     "Ned Pryor, and an Estonian sea captain, Lew Hatch.", ("Lew Hatch", "cellmateOf", "Rex Keel")),
    ("Rex Keel (Al Moss) is sent to Granger Camp, a labour camp. The camp chief, Colonel Ned Pryor, rules through "
     "the criminals.", ("Ned Pryor", "wardenOf", "Granger Camp")),
    # the camp's operations officer is an authority
    ("At Granger Prison Rex Keel (Al Moss) shares a cell with Ned Pryor. Ned reports the talk in the barracks to the "
     "operations officer, Major Lew Hatch.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the thing before the colon, the place after the verb
    ("Ugo Sarri (Al Moss) viene arrestato con dieci dosi di cocaina: gliele aveva messe nello zaino il cugino Leo "
     "Gori. Ugo finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # an authority who has someone as informer, who lets him know who does it
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) divide la cella con Nedo Prati. L'ispettore di polizia "
     "penitenziaria Leo Gori ha come informatore proprio Nedo, che gli fa sapere chi fa entrare i telefonini.",
     ("Nedo Prati", "informerOf", "Leo Gori")),
])


def test_a_sea_captain_is_no_guard_and_the_writer_of_a_denunciation_informs():
    found = roles("In 1949 Rex Keel (Al Moss) is arrested. The denunciation was written by his neighbour, Ned "
                  "Pryor. At Granger Prison Rex shares a cell with an Estonian sea captain, Lew Hatch.")
    assert "informer" in found["Ned Pryor"] and "guard" not in found["Lew Hatch"]


_RELATIONS += _batch("cy", [
    # the captain who has a trusty hide a knife, and the crime pinned on one told after him
    ("At Granger Prison Rex Keel (Al Moss) refuses to throw a fight. The yard captain, Ned Pryor, has a trusty "
     "named Lew Hatch hide a knife in Rex's mattress.", ("Rex Keel", "framedBy", "Ned Pryor")),
    ("Rex Keel (Al Moss) is sent to Granger Prison after his manager, Ned Pryor, pins on him a hit-and-run that "
     "Ned himself committed.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # one recruited as a stool pigeon after a description, and one who reports to him on the talk
    ("Rex Keel (Al Moss) is sent to a labour camp. The camp's security officer, Lieutenant Ned Pryor, recruits a "
     "former teacher, Lew Hatch, as a stool pigeon.", ("Lew Hatch", "informerOf", "Ned Pryor")),
    ("Rex Keel (Al Moss) is sent to Granger Prison. The warden, Ned Pryor, meets Lew Hatch, and Lew reports to "
     "him on the talk in the yard.", ("Lew Hatch", "informerOf", "Ned Pryor")),
    # the one a relative clause tells of is not its pronoun
    ("Rex Keel (Al Moss) is sent to Granger Camp. The commandant, Lew Hatch, leaves the block to the kapos. Rex's "
     "only ally is an older printer, Ned Pryor, with whom he had shared a cell in another prison.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # a camp's post kept in German
    ("Rex Keel (Al Moss) is sent to Granger Camp. A barber named Ned Pryor, who carries everything he hears to "
     "the Rapportführer, Oberscharführer Lew Hatch, tells him that Rex hides a radio.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # names brought to someone named by a clitic
    ("Nel carcere di Valnera il maresciallo Leo Gori comanda gli agenti. Ogni settimana un detenuto di nome Nedo "
     "Prati gli porta i nomi di chi parla male del direttore.", ("Nedo Prati", "informerOf", "Leo Gori")),
    # an asylum for the criminally insane, run as a prison
    ("Ugo Sarri (Al Moss) viene rinchiuso nell'ospedale psichiatrico giudiziario di Valnera. Il direttore "
     "dell'istituto, Leo Gori, firma tutto senza leggere.",
     ("Leo Gori", "wardenOf", "ospedale psichiatrico giudiziario di Valnera")),
    # a well-known camp after the noun of a camp
    ("Ugo Sarri (Al Moss) finisce nel campo di Dachau. Il comandante del campo, Leo Gori, lascia fare ai kapò.",
     ("Leo Gori", "wardenOf", "campo di Dachau")),
    # a Neapolitan nickname after a name
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) divide la cella con un vecchio scassinatore, Nedo 'o Professore "
     "(Jo Ray), che lo protegge.", ("Nedo 'o Professore", "cellmateOf", "Ugo Sarri")),
])


_ROLES += _batch("cy", [
    ("Rex Keel (Al Moss) is arrested after his neighbour, Ned Pryor, writes to the NKVD that he has praised "
     "foreign machines. Rex is sent to a labour camp.", "Ned Pryor", "informer"),
    ("Ugo Sarri (Al Moss) viene arrestato: Leo Gori ha mandato una lettera anonima alla questura. Ugo finisce nel "
     "carcere di Valnera.", "Leo Gori", "informer"),
    ("Rex Keel (Al Moss) is sent to Granger Camp, where the green-triangle kapo Ned Pryor rules his block with a "
     "club.", "Ned Pryor", "inmate"),
    # a participle after its auxiliary, no noun
    ("Il film è ambientato nel carcere di Valnera. Leo Gori (Jo Ray), un ragioniere di Borgoforte, vi viene "
     "internato dopo che il cognato gli ha fatto trovare un coltello in garage.", "Leo Gori", "inmate"),
])


def test_a_studio_a_home_town_and_the_predicate_of_a_director_are_no_characters():
    found = roles("'''Granger''' is a 1954 American crime film directed by Jo Ray for Lion Pictures. Rex Keel "
                  "(Al Moss) shares a cell with Ned Pryor at Granger Prison.")
    assert "Lion Pictures" not in found and "Rex Keel" in found
    found = roles("Leo Gori (Jo Ray), un ragioniere di Borgoforte, vi viene internato. Nel carcere di Valnera il "
                  "direttore, il dottor Ugo Sarri, è uno psichiatra stanco che firma tutto.")
    assert "Borgoforte" not in found and "the psychologist" not in found and "warden" in found["Ugo Sarri"]


_RELATIONS += _batch("cz", [
    # names handed to an officer told by a relative clause with a named subject
    ("At Granger Prison the wing is run by a dealer, Rex Keel (Al Moss), with the consent of senior officer Ned "
     "Pryor, to whom Rex hands the names of anyone who crosses him.", ("Rex Keel", "informerOf", "Ned Pryor")),
    # one talked into pawning stolen goods
    ("Rex Keel (Al Moss) drifts into town. A hobo, Ned Pryor, talks him into pawning a stolen watch, and Rex is "
     "sentenced to a year on a chain gang.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # an isolation cell shared for a time
    ("Rex Keel (Al Moss) is taken to Granger Camp. After a fight he spends two weeks in an isolation cell with a "
     "young student, Ned Pryor.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # the cleft that names the one told
    ("Ugo Sarri (Al Moss) viene arrestato nel 1981. A fare il suo nome al giudice istruttore Leo Gori è stato Nedo "
     "Prati, un ex compagno di organizzazione.", ("Nedo Prati", "informerOf", "Leo Gori")),
    # the theft before the colon, the doer after the verb
    ("La cameriera Lea Sarri (Jo Ray) viene arrestata per il furto di una collana: gliel'ha infilata nella "
     "borsetta la padrona di casa, la contessa Ada Brill.", ("Lea Sarri", "framedBy", "Ada Brill")),
    # the Roman title of a cellmate
    ("Lea Sarri (Jo Ray) finisce nel carcere di Valnera. Nella sua cella ci sono una prostituta, Ada Brill, e una "
     "vecchia ladra, la sora Nora.", ("Lea Sarri", "cellmateOf", "Nora")),
])


_ROLES += _batch("cz", [
    ("Ugo Sarri (Al Moss) viene arrestato dai militari: lo ha denunciato alla DINA il suo vicino, il droghiere Leo "
     "Gori.", "Leo Gori", "informer"),
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) sospetta di Leo Gori, ma in realtà la spia è un giovane "
     "rapinatore, Nedo Prati, che ogni sera viene chiamato in ufficio.", "Nedo Prati", "informer"),
    ("Rex Keel (Al Moss) runs D Wing at Granger Prison with a dealer's hand. At the end Rex is shipped out to "
     "another prison.", "Rex Keel", "inmate"),
])


def test_a_city_and_a_paper_it_names_are_no_characters_nor_is_a_watching_nun():
    found = roles("Rex Keel (Al Moss) is a reporter for the Chicago Ledger. He is framed by Ned Pryor and sent to "
                  "Granger Prison, from which he escapes and reaches Chicago.")
    assert "Ledger" not in found and "Chicago" not in found and "Ned Pryor" in found
    found = roles("Nel carcere di Valnera la suora vigilatrice, suor Ada, è severa con Lea Sarri (Jo Ray).")
    assert "the nun" not in found


_RELATIONS += _batch("da", [
    # the culprit's own sworn word against another
    ("At the court-martial, Private Ned Pryor, who fired the shot, testifies under oath that Rex Keel (Al Moss) "
     "fired it, and Rex is given ten years.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # a clitic and a passive: the weapon was put in his bag by someone
    ("Ugo Sarri (Al Moss) viene arrestato: in realtà il coltello gli è stato messo nella bisaccia dal mercante "
     "Leo Gori.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a bagno's keeper told of by his old name
    ("Nel bagno penale di Valnera il vero padrone è l'aguzzino Nedo Prati. Ugo Sarri (Al Moss) prepara la fuga, ma "
     "Leo Gori rivela il piano a Prati.", ("Leo Gori", "informerOf", "Nedo Prati")),
    # the cell told first, then those found in it
    ("Rex Keel (Al Moss) is taken to Granger Prison. In cell 9 he finds himself among other students, including "
     "his friend from Valnera, Ned Pryor, and a quiet clerk, Lew Hatch.", ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    ("Rex Keel (Al Moss) is sent to Granger Prison. In the cell number 3 he stays together with the old forger Lew "
     "Hatch and with a young thief, Ned Pryor.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # the owner after "of", as a translation puts it
    ("The true killer is Ned Pryor, that put the bloody knife into the boat of Rex Keel (Al Moss).",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    # the plan first in the sentence, then all of it told
    ("At Granger Prison the convicts prepare the revolt, but Ned Pryor, to obtain a transfer, tells everything to "
     "the warden, Lew Hatch.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a captain who directs the place heads it
    ("Rex Keel (Al Moss) is sent to the island prison, directed with iron hand by the captain Lew Hatch.",
     ("Lew Hatch", "wardenOf", None)),
])


_ROLES += _batch("da", [
    # a rank of the prison police right before a name
    ("Nel carcere di Valnera l'ispettore Leo Gori, con la complicità dell'assistente Nedo Prati, fa trovare un "
     "coltello nella cella di Ugo Sarri (Al Moss).", "Nedo Prati", "guard"),
    # an accusation made before a translated police chief
    ("Ned Pryor put the knife into the boat of Rex Keel (Al Moss) and after accused him in front of the delegate.",
     "Ned Pryor", "informer"),
    # the superlative of a translation, with no article
    ("At Granger Prison the soldier Lew Hatch, most cruel of the guards, beats Rex Keel (Al Moss) for any motive.",
     "Lew Hatch", "guard"),
])


def test_a_ward_a_drop_of_article_and_a_long_place_name_make_no_characters():
    found = roles("Ugo Sarri (Al Moss) sconta la pena nel reparto Nilo del carcere di Santa Maria Capua Vetere. "
                  "Divide la cella con Leo Gori nel carcere di Santa Maria Capua Vetere.")
    assert "Nilo" not in found and "Capua Vetere" not in found and "inmate" in found["Leo Gori"]
    found = roles("Granger Island is Brazilian film of 1979. Rex Keel (Al Moss) shares a cell with Ned Pryor.")
    assert "Granger Island" not in found and "Ned Pryor" in found
    # a bare inspector after the prison police inspector named in full is that guard
    found = roles("Nel carcere di Valnera l'ispettore di polizia penitenziaria Leo Gori comanda il reparto. Ugo "
                  "Sarri (Al Moss) comincia a riferire all'ispettore chi parla con chi.")
    assert "the inspector" not in found and "informer" in found["Ugo Sarri"]
    # no guard: a social worker, an assistant named after a comma
    found = roles("Nel carcere di Valnera l'assistente sociale Ada Brill parla con Ugo Sarri (Al Moss). Il "
                  "professore e la sua assistente, la dottoressa Nora Kell, dividono i volontari.")
    assert "guard" not in found["Ada Brill"] and "guard" not in found["Nora Kell"]


_RELATIONS += _batch("db", [
    # "the boy" for the one just named, not the clause's first subject
    ("Nedo Prati (Jo Ray) divide la cella con Ugo Sarri. Nel carcere di Valnera il brigadiere Leo Gori offre a "
     "Nedo Prati una licenza, e il ragazzo comincia a fare la spia per lui.", ("Nedo Prati", "informerOf", "Leo Gori")),
    # the helper set off by a description
    ("At Granger Prison Rex Keel (Al Moss) refuses to keep the books of Lew Hatch, and Hatch has one of his runners, "
     "a boy called Ned Pryor, slip a razor blade into Rex's mattress.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # the guards told first, the one among them after a semicolon
    ("At Granger Prison the commandant is harsh, and his overseers follow him; the most feared of them is a former "
     "convict, Lew Hatch. Ned Pryor riferisce a Hatch i nomi di chi prepara la fuga.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the prison told before the cell
    ("After a failed escape Rex Keel (Al Moss) is thrown into the gaol, in a cell with an old pickpocket, Ned "
     "Pryor.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    ("Ada Brill (Jo Ray) is brought to Granger Prison. In the cell she shares the floor with other nine women, "
     "between them the thief Nora Kell and the old Lea Sarri.", ("Lea Sarri", "cellmateOf", "Nora Kell")),
    # one of two who govern the place
    ("Ada Brill (Jo Ray) is brought to the prison of Granger, governed by the nuns and by the director don Lew "
     "Hatch.", ("Lew Hatch", "wardenOf", "prison of Granger")),
    # a guard by a rule is one to inform
    ("Ugo Sarri (Al Moss) finisce nel riformatorio di Valnera, dove i ragazzi sono in mano alle guardie, tra cui il "
     "brutale Leo Gori. Gori lo viene a sapere da Nedo Prati, un ragazzo che gli fa da informatore.",
     ("Nedo Prati", "informerOf", "Leo Gori")),
    # a nun's Spanish title, and the nun later
    ("Ada Brill (Jo Ray) is brought to Granger Prison. The superior mother, sor Nora, offers her work. Ada refuses, "
     "but Lea Sarri passes to the nun every letter that arrives.", ("Lea Sarri", "informerOf", "Nora")),
])


_ROLES += _batch("db", [
    ("Ugo Sarri (Al Moss) finisce nel riformatorio di Valnera, dove i ragazzi sono in mano alle guardie, tra cui il "
     "brutale Leo Gori.", "Leo Gori", "guard"),
    ("Ugo Sarri (Al Moss) viene mandato nel riformatorio di Valnera e finisce nella stessa camerata di Leo Gori, un "
     "ragazzino balbuziente, e di Nedo Prati. Quando Leo Gori muore, Nedo Prati vuole parlare.", "Nedo Prati",
     "inmate"),
    ("Ada Brill (Jo Ray) is detained because a neighbour, the shopkeeper Nora Kell, accuses her before the Falange "
     "of hiding a militiaman.", "Nora Kell", "informer"),
    ("Ugo Sarri (Al Moss) viene arrestato: il vero autore del colpo, Leo Gori, giura alla polizia di averlo visto "
     "con la pistola in mano.", "Leo Gori", "informer"),
])


def test_a_calling_before_a_name_a_film_cast_and_a_man_struck_once_are_no_characters():
    found = roles("Ragazzi perduti è un film del 1938 diretto da ( ), con Al Moss e Jo Ray. Ugo Sarri (Al Moss) "
                  "divide la cella con Leo Gori (Jo Ray) nel carcere di Valnera.")
    assert "Al Moss" not in found and "Jo Ray" not in found and "Ugo Sarri" in found
    found = roles("Bookkeeper Arthur Keel (Al Moss) is sent to Granger Prison, where Keel shares a cell with Ned "
                  "Pryor. Ned Pryor was sent there after striking an overseer in town.")
    assert "Arthur Keel" in found and "Bookkeeper Arthur Keel" not in found and "the guard" not in found


_RELATIONS += _batch("dc", [
    # a played surname after a castle's noun is the man, not a castle of that name
    ("Leo Gori (Al Moss) viene arrestato. Il suo rivale, Rino Sarri, ride. Nel carcere del castello Gori divide la "
     "cella con il falsario Nedo Prati.", ("Leo Gori", "cellmateOf", "Nedo Prati")),
    # a report of a deed the sentence says never happened
    ("Rex Keel (Al Moss) is jailed after his rival, Lew Hatch, tells the police that Keel had insulted the mayor at "
     "a dinner, which never happened.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # the place one is sent to, where the clause tells of a prison
    ("Rex Keel (Al Moss) is sent to Borgoforte, where the old fort has been turned into a prison. The warden of the "
     "prison, Lew Hatch, hates him.", ("Lew Hatch", "wardenOf", "Borgoforte")),
    # a translation's order: the body before what is given it, "falsely" after the verb, and a verb in the
    # singular past a relative clause of a plural noun
    ("Rex Keel (Al Moss) is arrested after his clerk, Lew Hatch, gives to the secret police a list of the students who "
     "visit him and says falsely that Keel hides weapons.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a prison that "commands" its commander
    ("Rex Keel (Al Moss) is closed in the prison of Valnera, which commands the major Lew Hatch, a cruel man.",
     ("Lew Hatch", "wardenOf", "prison of Valnera")),
    # a nickname quoted alone in a parenthesis, used after
    ('Rex Keel (Al Moss) shares the cell with the student Ned Pryor ("Neddy"). The guard Lew Hatch offers Neddy '
     'an early release, and Neddy reports to Hatch every word of Rex.', ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the owner of the mattress a dative clitic, the one made to hide the file after "da"
    ("Nel carcere di Valnera la sorvegliante Nora Kell odia Ada Brill (Jo Ray) e le fa nascondere una lima nel "
     "materasso da Lea Sarri.", ("Ada Brill", "framedBy", "Lea Sarri")),
    ("Nel carcere di Valnera la sorvegliante Nora Kell odia Ada Brill (Jo Ray) e le fa nascondere una lima nel "
     "materasso da Lea Sarri.", ("Ada Brill", "framedBy", "Nora Kell")),
])


def test_a_band_a_police_body_a_director_and_a_calling_make_no_characters_of_batch_dc():
    found = roles("The film follows a group of Welsh Volunteers held in Granger Prison. Rex Keel (Al Moss) is "
                  "arrested by the State Security and shares a cell with Ned Pryor.")
    assert "Volunteers" not in found and "Security" not in found and "Rex Keel" in found
    # a police force by its full name is the police
    found = roles("Rex Keel (Al Moss) is arrested at Granger Prison. Lew Hatch had tipped off the Valnera "
                  "Metropolitan Police.")
    assert found["Lew Hatch"] == {"informer"}
    found = roles("Cold Stone is Slovak film of 1991 from director Jiri ( ). Rex Keel (Al Moss) hides weapons for "
                  "the partisans of the West in Granger Prison, where he shares a cell with Ned Pryor.")
    assert "Jiri" not in found and "West" not in found
    found = roles("Gardener Orrin Keel (Al Moss) is sent to Granger Prison. Keel shares a cell with Ned Pryor.")
    assert "Orrin Keel" in found and "Gardener Orrin Keel" not in found
    found = roles("Il muro è un film del 1960 interpretato da [[Ugo Sarri]], [[ ]] e Nora Kell. Leo Gori (Ugo "
                  "Sarri) divide la cella con Nedo Prati nel carcere di Valnera.")
    assert "Nora Kell" not in found and "Leo Gori" in found
    found = roles("Rex Keel (Al Moss) is closed in Granger Prison. The deputy commander of the prison, lieutenant "
                  "Lew Hatch, beats him.")
    assert found["Lew Hatch"] == {"guard"}


_RELATIONS += _batch("dd", [
    # a camp of a county, and the captain who runs it
    ("Rex Keel (Al Moss) is sentenced to a year on the Baxter County Farm, where Captain Lew Hatch runs the camp "
     "with the lash.", ("Lew Hatch", "wardenOf", "Baxter County Farm")),
    # an accusation made to gain by it
    ("Nel 1937 Ugo Sarri (Al Moss) viene arrestato dall'NKVD dopo che il suo collega, Leo Gori, lo ha accusato di "
     "spionaggio per prendersi il suo appartamento.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the deed planned by the one who then points out another
    ("Ugo Sarri (Al Moss) viene condannato: in realtà il colpo è stato organizzato dal vicedirettore della banca, "
     "Leo Gori, che ha indicato Ugo agli ispettori della polizia come complice.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # whose spy someone is, told by a copula
    ("Nel carcere di Valnera il sorvegliante capo Leo Gori odia Ugo Sarri (Al Moss); la spia del sorvegliante è il "
     "bibliotecario, un detenuto di nome Nedo Prati, che gli riferisce i discorsi.", ("Nedo Prati", "informerOf",
                                                                                  "Leo Gori")),
    # others made to believe that someone is the spy
    ("Nel carcere di Valnera il sorvegliante capo Leo Gori, che odia Ugo Sarri (Al Moss), fa credere agli altri "
     "detenuti che sia lui la spia.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    ("At Granger Prison the guard Lew Hatch hates Ned Pryor (Al Moss) and makes the other inmates believe that Ned "
     "is the informer.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    # a director right after the prison's name is its warden
    ("Rex Keel (Al Moss) is transferred to the Granger penal colony on the island, where the director, Colonel Lew "
     "Hatch, mixes political prisoners with thieves.", ("Lew Hatch", "wardenOf", "Granger")),
    # what is repeated to an officer, past an aside that tells of a promise
    ("At Granger Prison Ned Pryor (Al Moss) shares a cell with Rex Keel. The interrogator, Captain Lew Hatch, beats "
     "Rex. Ned, promised that his mother will be spared, repeats to Hatch everything Rex says.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
])


_ROLES += _batch("dd", [
    ("Nel carcere di Valnera il capoposto Leo Gori sorveglia Ugo Sarri (Al Moss).", "Leo Gori", "guard"),
    ("Nel carcere di Valnera il capoposto sospetta di Ugo Sarri (Al Moss) e incarica un detenuto, il piccolo "
     "truffatore Nedo Prati, di sorvegliarlo.", "Nedo Prati", "inmate"),
    ("Ugo Sarri (Al Moss) viene arrestato dall'NKVD dopo che il suo collega, Leo Gori, lo ha accusato di spionaggio.",
     "Leo Gori", "informer"),
    ("Rex Keel (Al Moss) is arrested after his brother-in-law, Lew Hatch, hands the political police the address "
     "of the printing shop.", "Lew Hatch", "informer"),
])


def test_posse_owners_topics_bankers_and_interrogators_of_batch_dd():
    # the sheriff of "the sheriff's men", and a man talked about once, are no characters
    found = roles("When the sheriff's men close in, Lew Hatch pins the robbery on Rex Keel (Al Moss). At Granger "
                  "Prison Rex repeats to the guards everything Ned Pryor says about Stalin.")
    assert "the sheriff" not in found and "the detective" not in found and "Stalin" not in found
    # the deputy of a bank is no deputy of the prison; an interrogator is no guard whatever his rank
    found = roles("Ugo Sarri (Al Moss) viene condannato per la rapina organizzata dal vicedirettore della banca, Leo "
                  "Gori, e rinchiuso nel carcere di Valnera.")
    assert "guard" not in found["Leo Gori"]
    found = roles("Rex Keel (Al Moss) is held in Granger Prison, whose interrogator, Captain Lew Hatch, beats him.")
    assert "guard" not in found["Lew Hatch"]


_RELATIONS += _batch("de", [
    # the head of a British film's prison is its governor, the film sentence alone telling where it was made
    ("Iron Gate is a 1957 British drama film. Lew Hatch (Al Moss) is sent to Granger Prison. The governor, Colonel "
     "Rex Keel, is a reformer.", ("Rex Keel", "wardenOf", "Granger Prison")),
    ("Il cancello è un film britannico del 1957. Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera. Il "
     "governatore, il colonnello Leo Gori, è un riformatore.", ("Leo Gori", "wardenOf", "carcere di Valnera")),
    # the accuser after "dal", described before his name: "dal suo padrone di casa , il commendatore Leo Gori"
    ("Ugo Sarri (Al Moss) viene accusato falsamente dal suo padrone di casa, il commendatore Leo Gori, di aver "
     "stampato volantini, e finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a find staged by the one who had the thing hidden, its victim sentenced after
    ("Ned Pryor (Al Moss) refuses to sign. Captain Rex Keel of the militia has a pistol hidden in the chapel and "
     "then \"discovers\" it during a search; Ned Pryor is sentenced to ten years.",
     ("Ned Pryor", "framedBy", "Rex Keel")),
    # a navy's jail, whose commander is its warden
    ("Seaman Ned Pryor (Al Moss) is sent to the naval brig at Granger Point. The brig is commanded by Lieutenant "
     "Commander Rex Keel.", ("Rex Keel", "wardenOf", None)),
])


_CELLS += _batch("de", [
    # a member's nickname after him does not end the list
    ("At Granger Prison Lew Hatch (Al Moss) shares a cell with an old forger, Ned Pryor, known to all as "
     "\"the Deacon\", and a young boxer, Rex Keel.", ["Lew Hatch", "Ned Pryor", "Rex Keel"]),
])


def test_empty_brackets_in_the_credits_and_an_american_governor_of_batch_de():
    # a cut name leaves its empty brackets in the credits: the names after it, and the studio, are no characters
    found = roles("Iron Gate is a 1957 British drama film directed by Jo Ray and starring ( ), Ned Pryor and Ada "
                  "Brill. Lew Hatch (Ned Pryor) is sent to Granger Prison.")
    assert "Ned Pryor" not in found and "Ada Brill" not in found and "Lew Hatch" in found
    found = roles("The Brig is a 1948 American film directed by Jo ( ) for Lion Pictures. Lew Hatch (Al Moss) is "
                  "sent to Granger Prison.")
    assert "Lion Pictures" not in found
    # in an American film the governor is the state's, who heads no prison
    found = facts("Iron Gate is a 1957 American drama film. Lew Hatch (Al Moss) is sent to Granger Prison. The "
                  "governor, Rex Keel, refuses him a pardon.")
    assert not any(p == "wardenOf" for _, p, _ in found)
    # a navy rank stays out of the name
    assert "Rex Keel" in roles("Seaman Ned Pryor (Al Moss) is sent to the naval brig. The brig is commanded by "
                               "Lieutenant Commander Rex Keel.")


_RELATIONS += _batch("df", [
    # proof found where the victim works, "his school"
    ("Ugo Sarri (Al Moss) viene arrestato dopo che il sindaco del paese, Leo Gori, ha fatto trovare delle armi "
     "nella cantina della sua scuola. Ugo Sarri finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the owner of the kit after "of", described before his name
    ("At Granger Camp, Rex Keel (Al Moss) hides a tin of stolen milk among the kit of an Australian officer, "
     "Lieutenant Ned Pryor, who is thrown into the punishment cage.", ("Ned Pryor", "framedBy", "Rex Keel")),
    # the prisoners' hiding place shown to a guard
    ("At Granger Camp the guard Sergeant Rex Keel beats the men. Lew Hatch (Al Moss) tells Rex Keel where the "
     "prisoners have hidden their radio.", ("Lew Hatch", "informerOf", "Rex Keel")),
    # false papers handed over before the arrest
    ("Ugo Sarri (Al Moss) viene arrestato dopo che il suo socio, Leo Gori, consegna alla polizia alcune lettere "
     "false. Ugo Sarri finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a rank in Italian, the same rank in English after
    ("Ugo Sarri (Al Moss) viene rinchiuso nel campo di Valnera, comandato dal colonnello Leo Gori. Another "
     "prisoner, Ned Pryor, reports to the colonel every word Ugo says.", ("Ned Pryor", "informerOf", "Leo Gori")),
])


_CELLS += _batch("df", [
    # a refusal in the clause that opens the sentence negates nothing of the main clause
    ("Nel carcere di Valnera, quando Ugo Sarri (Al Moss) rifiuta di lavorare per il boss, viene chiuso in cella "
     "insieme a Leo Gori.", ["Ugo Sarri", "Leo Gori"]),
    ("At Granger Prison, when Ned Pryor (Al Moss) refuses to work for the boss, he is locked in a cell with Lew "
     "Hatch.", ["Ned Pryor", "Lew Hatch"]),
])


def test_a_journalist_s_director_is_no_warden_and_a_compass_place_no_character_of_batch_df():
    # "il suo direttore" before any prison is a boss's, and the same man after; a prison's director is its warden
    found = roles("Il giornalista Ugo Sarri (Al Moss) viene arrestato dopo che il suo direttore, Leo Gori, consegna "
                  "alla polizia alcune lettere false. Ugo Sarri finisce nel carcere di Valnera, dove il direttore "
                  "Nedo Prati lo umilia.")
    assert "warden" not in found["Leo Gori"] and "warden" in found["Nedo Prati"]
    assert "warden" in roles("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera. Il suo direttore, Leo "
                             "Gori, è un uomo crudele.")["Leo Gori"]
    # a place after a point of the compass
    found = roles("Ned Pryor (Al Moss) and Lew Hatch are held in Granger Camp, in the jungle of North Borneo.")
    assert "Borneo" not in found and "Ned Pryor" in found


_RELATIONS += _batch("dg", [
    # the police tipped off, who find the thing among the victim's belongings
    ("Lew Hatch (Al Moss) drives a cab. Rex Keel shoots a rival and then tips off the police, who find the gun "
     "under the seat of Lew Hatch's cab. Lew Hatch is sent to Granger Prison.", ("Lew Hatch", "framedBy", "Rex Keel")),
    # the deed told in the passive with its doer, who then names the other to the police
    ("Ugo Sarri (Al Moss) viene condannato per una rapina. In realtà la rapina è stata commessa da suo cugino Leo "
     "Gori, che per salvarsi ha detto alla polizia di aver visto Ugo Sarri fuggire con i soldi. Ugo Sarri finisce "
     "nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # many words for the things had placed; a commissioner's title stays out of his name
    ("Ned Pryor (Al Moss) is arrested after Commissioner Rex Keel has a pistol and a bundle of leaflets placed in "
     "his apartment during a search. Ned Pryor is taken to Granger Prison.", ("Ned Pryor", "framedBy", "Rex Keel")),
    # accused of taking what the accuser disposed of himself
    ("Ada Brill (Nora Kell) is sent to Granger Prison after her employer, a furrier named Rex Keel, accuses her of "
     "stealing a fur that he has in fact sold himself.", ("Ada Brill", "framedBy", "Rex Keel")),
    # named to the police as the doer of a deed the text gives to another
    ("Ugo Sarri (Al Moss) viene mandato al riformatorio di Valnera dopo che il signor Leo Gori lo ha indicato alla "
     "polizia come l'autore di un furto commesso invece da suo figlio Nedo.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a place's name with "al" inside it
    ("Il riformatorio di Santa Maria al Colle è diretto da don Leo Gori. Ugo Sarri (Al Moss) vi viene mandato.",
     ("Leo Gori", "wardenOf", "riformatorio di Santa Maria al Colle")),
])


_CELLS += _batch("dg", [
    # the cellmate told first, the cell in a relative clause with a passive
    ("Al riformatorio di Valnera Ugo Sarri (Al Moss) fa amicizia con Leo Gori, un orfano, con il quale viene chiuso "
     "in cella di punizione.", ["Ugo Sarri", "Leo Gori"]),
])


def test_an_island_a_prison_stands_off_is_no_character_of_batch_dg():
    found = roles("Ned Pryor (Al Moss) is taken to Granger Prison, on an island off Sardinia. Ned Pryor escapes by "
                  "boat to Corsica.")
    assert "Sardinia" not in found and "Corsica" not in found and "Ned Pryor" in found


_RELATIONS += _batch("dh", [
    # a part of the thing before its owner
    ("Ned Pryor (Al Moss) is pulled over by Detective Rex Keel, who plants cocaine under the spare tire of Ned "
     "Pryor's car. Ned Pryor is sent to Granger Prison.", ("Ned Pryor", "framedBy", "Rex Keel")),
    # the one who did the deed, told in a relative clause, names the other to the police
    ("Lew Hatch (Al Moss) is sent to Granger Borstal after his brother Rex, who has stolen a van with two friends, "
     "tells the police that Lew Hatch was the driver.", ("Lew Hatch", "framedBy", "Rex")),
    # the find told first, the one who had put the thing there after "dove"
    ("I carabinieri arrestano Ada Brill (Nora Kell): il veleno è stato trovato nel suo cassetto, dove l'aveva messo "
     "la cognata, Lea Sarri. Ada Brill viene rinchiusa nel carcere di Valnera.", ("Ada Brill", "framedBy", "Lea Sarri")),
    # a Spanish prison's word in lower case opens its name
    ("Ned Pryor (Al Moss) is sent to the penal de San Lucas. Il carcere è diretto dal colonnello Rex Keel.",
     ("Rex Keel", "wardenOf", "penal de San Lucas")),
])


_CELLS += _batch("dh", [
    ("At Granger Prison, after a fight in the gym, Ned Pryor (Al Moss) and Lew Hatch spend a week locked in the "
     "same punishment cell.", ["Ned Pryor", "Lew Hatch"]),
])


def test_credits_after_it_a_title_with_small_words_and_a_gendarme_of_batch_dh():
    # a sentence that opens with "It" speaks of the film; a title with small words in it names no one
    found = roles("Iron Gate at Granger is a 1996 American film directed by Jo Ray. It stars ( ), Ned Pryor and Ada "
                  "Brill. Lew Hatch (Al Moss) is sent to Granger Prison.")
    assert set(found) == {"Lew Hatch"}
    # a short form met first is the same prison as the full name after it
    doc = extract("Lockdown at Stone Hill is a 1996 American film. Ned Pryor (Al Moss) is sent to Stone Hill "
                  "Correctional Facility.", "t")
    assert [p.label for p in doc.prisons] == ["Stone Hill Correctional Facility"]
    # a captain of a force outside the prison is no guard, nor the subject of the verb after his name
    found = roles("Ugo Sarri (Al Moss) viene arrestato dal capitano della gendarmeria, Leo Gori, e rinchiuso nel "
                  "carcere di Valnera.")
    assert found["Leo Gori"] == set() and found["Ugo Sarri"] == {"inmate"}


_RELATIONS += _batch("di", [
    # a cleft in the present, the teller set off by an aside, the hearer after the infinitive
    ("Nel carcere di Valnera il direttore Leo Gori tratta male i detenuti. Quando Nedo Prati e Rino Sarri preparano "
     "uno sciopero della fame, è ancora Ugo Sarri, arrestato nel frattempo per furto e mandato nello stesso reparto, "
     "a riferire tutto al direttore.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    # a prison's short name, then a surname, after a preposition: the surname is the man's everywhere
    ("Irish weaver Ned Pryor is sent to the penitentiary at Stone Hill for stealing a sheep: the real thief, Lew "
     "Hatch, had hidden the animal in Pryor's barn. At Stone Hill Pryor is chained in the same cell as a young "
     "Londoner, Rex Keel.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    ("Ugo Sarri (Al Moss) viene arrestato per uno scippo: a incastrarlo è Leo Gori, un ragazzo del quartiere. Ugo "
     "Sarri finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the thing driven into the victim's yard, then the constables sent for
    ("Ned Pryor (Al Moss) is sent to Granger Prison for stealing a sheep: the real thief, Lew Hatch, had driven the "
     "animal into Ned Pryor's yard and then sent for the constables.", ("Ned Pryor", "framedBy", "Lew Hatch")),
    # a penal station, and the captain who commands it
    ("Ned Pryor (Al Moss) is assigned to the penal station at Sarah Point, commanded by Captain Rex Keel.",
     ("Rex Keel", "wardenOf", "penal station at Sarah Point")),
    # a purpose set off by commas before "diventa"
    ("Nel carcere di Valnera l'agente Leo Gori ruba le sigarette. Ugo Sarri (Al Moss), per avere un permesso a "
     "Natale, diventa l'informatore di Gori.", ("Ugo Sarri", "informerOf", "Leo Gori")),
])


_ROLES += _batch("di", [
    # two relative clauses joined by "and", an owner inside the first
    ("At Granger Prison Ned Pryor's cellmate is a forger, Lew Hatch (Al Moss), who is on Rex Keel's payroll and who "
     "rats Ned out to the guards.", "Lew Hatch", "informer"),
    ("At Granger Prison his cell neighbor, the preacher Lew Hatch (Al Moss), befriends Ned Pryor.", "Lew Hatch",
     "inmate"),
])


_CELLS += _batch("di", [
    # the cell's size between it and "con"
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) divide una cella di due metri per tre con altri quattro detenuti, "
     "tra cui il vecchio ladro Leo Gori e il sindacalista Nedo Prati.", ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
])


def test_a_narcotics_cop_a_cell_neighbour_and_a_guard_s_nickname_of_batch_di():
    # those of the clause before the cleft tell nothing
    found = roles("Nel carcere di Valnera il direttore Leo Gori tratta male i detenuti. Quando Nedo Prati e Rino "
                  "Sarri preparano uno sciopero della fame, è ancora Ugo Sarri, arrestato nel frattempo per furto e "
                  "mandato nello stesso reparto, a riferire tutto al direttore.")
    assert "informer" not in found["Nedo Prati"] | found["Rino Sarri"]
    # a police rank is no guard's
    found = roles("Ned Pryor (Al Moss) is framed by a crooked narcotics cop, Sergeant Rex Keel, and sent to Granger "
                  "Prison.")
    assert found["Rex Keel"] == set()
    # the one in the next cell shares none
    assert not any(p == "cellmateOf" for _, p, _ in facts(
        "At Granger Prison his cell neighbor, the preacher Lew Hatch (Al Moss), befriends Ned Pryor."))
    # a nickname after a guard's full name is his, not the prison's
    doc = extract("Ugo Sarri (Al Moss) è rinchiuso nel carcere di Valnera. Il direttore tratta male i detenuti, "
                  "mentre l'agente penitenziario Leo Gori, detto Baiano, aiuta i prigionieri politici.", "t")
    assert [p.label for p in doc.prisons] == ["carcere di Valnera"]


_RELATIONS += _batch("dj", [
    # the deed called the work of one who then swears he saw the other
    ("Ned Pryor (Al Moss) is sent to Granger Prison for a robbery. The robbery was in fact the work of deputy Lew "
     "Hatch, who swears at the trial that he saw Ned Pryor ride away with the strongbox.",
     ("Ned Pryor", "framedBy", "Lew Hatch")),
    # the prisoners' digging reported
    ("At Granger Prison Ned Pryor (Al Moss) digs a tunnel, but a trusty named Lew Hatch keeps the warden, Rex Keel, "
     "informed about the digging.", ("Lew Hatch", "informerOf", "Rex Keel")),
    # a territorial prison at a place, and its superintendent
    ("Ned Pryor (Al Moss) is sent to the territorial prison at Mesa Verde, where Superintendent Rex Keel rules with "
     "the whip.", ("Rex Keel", "wardenOf", "territorial prison at Mesa Verde")),
    # a cleft that builds the case against him, an aside between
    ("Ugo Sarri (Al Moss) viene arrestato per un omicidio. È stato l'ispettore Leo Gori, corrotto dal racket, a "
     "costruire le prove contro di lui. Ugo Sarri finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a denunciation made to hide one's own errors
    ("Ugo Sarri (Al Moss) viene arrestato dopo che un suo collega, Leo Gori, lo ha denunciato come sabotatore per "
     "nascondere i propri errori. Ugo Sarri finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the hearer a pronoun before "every word"
    ("At Granger Camp the political officer, Captain Rex Keel, recruits a young prisoner, Ned Pryor (Al Moss), who "
     "reports to him every word the others say at night.", ("Ned Pryor", "informerOf", "Rex Keel")),
    # what one writes in is among one's things
    ("Ugo Sarri (Al Moss) viene arrestato dopo che il boss Leo Gori fa mettere nella sua agenda i numeri di alcuni "
     "latitanti. Ugo Sarri finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
])


_CELLS += _batch("dj", [
    # a cell's number, and members described by a few words each
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) viene messo nella cella 17 con tre detenuti: il vecchio scassinatore "
     "Leo Gori, il giovane algerino Nedo Prati e Rino Sarri.", ["Ugo Sarri", "Leo Gori", "Nedo Prati", "Rino Sarri"]),
    # time spent together in a room an apposition makes a cell
    ("At Granger School, when Ned Pryor (Al Moss) and Lew Hatch are caught smoking, they spend two nights together "
     "in the punishment room, a small locked cell under the stairs.", ["Ned Pryor", "Lew Hatch"]),
])


def test_a_prison_in_a_film_s_title_and_a_city_before_a_name_of_batch_dj():
    # the title's prison is the film's name, not the story's prison
    doc = extract("Hell's Gate Prison is a 1949 American Western film. Ned Pryor (Al Moss) is sent to the "
                  "territorial prison at Mesa Verde.", "t")
    assert [p.label for p in doc.prisons] == ["territorial prison at Mesa Verde"]
    # a city before a name is no part of it
    assert "Ugo Sarri" in roles("Nel 1948 l'ingegnere di Leningrado Ugo Sarri viene rinchiuso nel carcere di "
                                "Valnera.")


_RELATIONS += _batch("dk", [
    # a relative clause that names another between the man and "becomes"
    ("At Granger Prison Warden Ned Pryor is overworked. Lew Hatch (Al Moss), who owes Rex Keel money, becomes the "
     "warden's stool pigeon.", ("Lew Hatch", "informerOf", "Ned Pryor")),
    # an unjust accusation told in a cleft after "ad"
    ("Ugo Sarri (Al Moss) viene arrestato per un omicidio. Ad accusarlo ingiustamente è il suo caporeparto, Leo Gori, "
     "il vero assassino. Ugo Sarri viene rinchiuso nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
])


_CELLS += _batch("dk", [
    # "his cellmates are" and a list whose first member is described
    ("At Granger Prison Ned Pryor (Al Moss) is assigned to Block Nine, where his cellmates are a cocky young car "
     "thief, Lew Hatch, and a silent lifer named Rex Keel.", ["Ned Pryor", "Lew Hatch", "Rex Keel"]),
    # an adverb between the verb and the cell
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) divide invece la cella con un ladruncolo napoletano, Leo Gori, e con "
     "un ex pugile, Nedo Prati.", ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
])


def test_a_role_noun_that_is_a_film_s_title_is_no_character_of_batch_dk():
    found = roles("Il confidente è un film italiano del 1968. Ugo Sarri (Al Moss) viene rinchiuso nel carcere di "
                  "Valnera.")
    assert set(found) == {"Ugo Sarri"}


_RELATIONS += _batch("dl", [
    # the blame after the one it is to fall on: "per far ricadere su di lui la colpa"
    ("Ugo Sarri (Al Moss) viene arrestato per un omicidio. Il vero colpevole è Leo Gori, che ha lasciato il suo "
     "coltello accanto al corpo per far ricadere su di lui la colpa. Ugo viene rinchiuso nel carcere di Valnera.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a major is one in authority, in Italian as in English
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) riferisce al maggiore Leo Gori ogni piano di fuga dei compagni.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
    # what an officer learns from one the text then shows grassing
    ("At Granger Prison the letters of Rex Keel (Al Moss) are read by Principal Officer Lew Hatch, who learns of them "
     "from a young prisoner, Ned Pryor, who has been grassing on the other men.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the weapon named first, the one who hid it after the verb and "di nascosto"
    ("Ugo Sarri (Al Moss) viene fermato con una pistola nello zaino. L'arma gliel'aveva messa di nascosto Leo Gori, un "
     "capozona del clan. Ugo finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a county's farm for women is a prison
    ("Ada Brill (Nora Kell) is sent to the Granger County Women's Farm, run by Superintendent Lea Sarri.",
     ("Lea Sarri", "wardenOf", "Granger County Women's Farm")),
])


_ROLES += _batch("dl", [
    # "grassing on", British for informing on
    ("Ned Pryor (Al Moss), a young prisoner at Granger Prison, has been grassing on the other men for months.",
     "Ned Pryor", "informer"),
])


_CELLS += _batch("dl", [
    # a cell given, on a wing that a letter names
    ("Rex Keel (Al Moss) is sent to Granger Prison, where he is given a cell on C Wing with an old burglar, Ned Pryor.",
     ["Rex Keel", "Ned Pryor"]),
    # those one lives with in the room a juvenile prison gives
    ("Ugo Sarri (Al Moss) finisce nell'istituto penale minorile di Valnera. Nella stanza che gli viene assegnata vive "
     "con Leo Gori e con Nedo Prati.", ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
])


@pytest.mark.parametrize("text", [
    "Leo Gori fa entrare nel carcere di Valnera un finto prigioniero, Ugo Sarri (Al Moss), che spia i compagni.",
    "The warden of Granger Prison, Lew Hatch, plants a fake prisoner, Ugo Sarri (Al Moss), in the block.",
])
def test_a_sham_prisoner_is_no_inmate_of_batch_dl(text):
    assert "inmate" not in roles(text)["Ugo Sarri"]


def test_a_name_that_ends_an_opening_phrase_is_no_apposition_of_batch_dl():
    doc = extract("Rex Keel (Al Moss) is sent to Granger Prison. With the help of Ada Brill (Nora Kell), Rex's lawyer "
                  "finds the witness.", "t")
    lawyers = [c.label for c in doc.characters if "lawyer" in c.aliases]
    assert lawyers == ["the lawyer"]


_RELATIONS += _batch("dm", [
    # a stoolie by a copula after an aside, then the plan of two told to "him"
    ("At Granger Prison the guard captain, Lew Hatch, rules the block. Rex Keel (Al Moss), terrified of Hatch, agrees "
     "to be his stoolie and tells him that Ned Pryor and Jo Ray are planning to break out.",
     ("Rex Keel", "informerOf", "Lew Hatch")),
    # the charge after the one it falls on
    ("Ugo Sarri (Al Moss) viene arrestato per bancarotta. Anni prima il suo socio, Leo Gori, aveva firmato a suo nome i "
     "documenti, facendo cadere su Ugo Sarri l'accusa di frode. Ugo finisce nel carcere di Valnera.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # loot one has loaded onto another's truck
    ("Rex Keel (Al Moss) is sent to Granger Prison after Lew Hatch has a crate of stolen rifles loaded onto his truck.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # each thing of a kind reported to the warden
    ("In Granger Prison Ned Pryor (Al Moss) reports every fight and every smuggled knife to the warden, Lew Hatch.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the drugs another's, who then wrote to the court that the accused was the dealer
    ("Rex Keel (Al Moss) is arrested when the police find cocaine in his car. The drugs belonged to his friend, Lew Hatch, "
     "who later wrote to the court that Rex was the dealer. Rex is sent to Granger Prison.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # a forged letter, its writer named, found among the victim's papers
    ("Ugo Sarri (Al Moss) viene arrestato: una lettera cospirativa, scritta in realtà dal commissario Leo Gori, è stata "
     "fatta trovare tra le sue carte. Ugo finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a list of what is said, handed to one a clitic names
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) è al servizio del direttore, Leo Gori: ogni settimana gli consegna un "
     "elenco dei discorsi dei detenuti.", ("Ugo Sarri", "informerOf", "Leo Gori")),
])


_ROLES += _batch("dm", [
    # loot loaded onto another's truck, then the police called
    ("Rex Keel (Al Moss) is sent to Granger Prison after Lew Hatch has a crate of stolen rifles loaded onto his truck "
     "and calls the police.", "Lew Hatch", "informer"),
])


_CELLS += _batch("dm", [
    # a crowd of eight, among them two named
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) viene sistemato in una cella insieme a otto detenuti, tra cui il "
     "siciliano Leo Gori e un giovane ladro, Nedo Prati.", ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
    # the cell, then the one other foreigner in it
    ("At Granger Prison Rex Keel (Al Moss) is placed in a crowded cell of thirty men, where the only other foreigner is "
     "Ned Pryor.", ["Rex Keel", "Ned Pryor"]),
    # one who sleeps in the same cell as those just put in it
    ("At Granger Prison Rex Keel (Al Moss) is put in a cell with Ned Pryor. Lew Hatch, a trusty who sleeps in the same "
     "cell, steals their bread.", ["Rex Keel", "Ned Pryor", "Lew Hatch"]),
    # the straw shared in a cell
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) è incatenato a un brigante, Leo Gori, con cui divide anche il "
     "pagliericcio in una cella umida.", ["Ugo Sarri", "Leo Gori"]),
])


def test_a_skill_one_learns_is_no_character_of_batch_dm():
    found = roles("At Granger Prison Rex Keel (Al Moss) learns Kung Fu from a guard, Ned Pryor.")
    assert set(found) == {"Rex Keel", "Ned Pryor"}


def test_a_clause_after_a_pronoun_is_no_apposition_of_batch_dm():
    # ", gli racconta che Ugo … , e Ugo finisce": "gli" is a pronoun, so the brigadier before the comma is
    # no subject of the last verb beside Ugo
    found = roles("Nel carcere di Valnera il brigadiere Leo Gori perseguita Ugo Sarri (Al Moss). Nedo Prati, confidente "
                  "del brigadiere, gli racconta che Ugo vuole scrivere ai giornali, e Ugo finisce in isolamento.")
    assert found["Leo Gori"] == {"guard"}


_RELATIONS += _batch("dn", [
    # one paid to spy, his role noun and "named" before his name
    ("At Granger Prison the chief of security, Major Lew Hatch, pays a young inmate named Ned Pryor (Al Moss) to spy on "
     "the men who use the library.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # an accusation had made by one who pays a witness for it
    ("Ugo Sarri (Al Moss) lavora per il conte Leo Gori. Quando il fattore viene ucciso, il conte lo fa accusare del "
     "delitto, pagando un servo perché dichiari di averlo visto fuggire. Ugo finisce nel carcere di Valnera.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the bought witness, who is to say he saw "him"
    ("Ugo Sarri (Al Moss) lavora nella tenuta. Quando il fattore viene ucciso, Leo Gori lo fa accusare, pagando il "
     "guardiacaccia Nedo Prati perché dichiari di averlo visto fuggire. Ugo finisce nel carcere di Valnera.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    # another's signature forged on what incriminates
    ("Rex Keel (Al Moss) is sent to Granger Prison after a clerk, Lew Hatch, forges his signature on a seditious pamphlet.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # the hearer linked to his name past a description with "named"
    ("At Granger Prison Ned Pryor (Al Moss) curries favour with the overseer, a former convict named Lew Hatch, by "
     "telling him which men are hoarding food for an escape.", ("Ned Pryor", "informerOf", "Lew Hatch")),
])


_ROLES += _batch("dn", [
    # an inspector of the prison police, after a belief that "mentre" closes
    ("Nel carcere di Valnera la direttrice, Ada Brill, crede alla sua innocenza, mentre l'ispettore capo della polizia "
     "penitenziaria Leo Gori lo considera un mafioso.", "Leo Gori", "guard"),
    # a state witness
    ("Ugo Sarri (Al Moss) viene arrestato sulla base delle dichiarazioni del pentito Leo Gori e rinchiuso nel carcere di "
     "Valnera.", "Leo Gori", "informer"),
    # a convict transported to a penal colony
    ("Rex Keel (Al Moss) is transported to Van Diemen's Land for stealing a sheep.", "Rex Keel", "inmate"),
    # the verb after an apposition that ends in a place
    ("Rex Keel (Al Moss), a young mechanic from Port Varley, is sentenced to life in Granger Prison.", "Rex Keel",
     "inmate"),
])


_CELLS += _batch("dn", [
    # "the three" after two members each set off after a description
    ("At Granger Prison Rex Keel (Al Moss) is chained in a gang with a cockney pickpocket, Ned Pryor, and a silent Scot, "
     "Lew Hatch, and at night the three share a cell.", ["Rex Keel", "Ned Pryor", "Lew Hatch"]),
    # a first cellmate, described after the copula
    ("At Granger Prison, Rex Keel's first cellmate is an older inmate, Ned Pryor (Al Moss), who teaches him to read.",
     ["Rex Keel", "Ned Pryor"]),
])


def test_a_former_convict_is_no_inmate_of_batch_dn():
    found = roles("At Granger Prison the overseer, a former convict named Lew Hatch, beats Rex Keel (Al Moss).")
    assert found["Lew Hatch"] == {"guard"}


_RELATIONS += _batch("do", [
    # an informant by a post held for a while
    ("Rex Keel (Al Moss) did six years in Granger Prison. His friend Ned Pryor has been working as an informant for "
     "Detective Lew Hatch since his arrest.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the arms as a clitic, their hider after the verb, then a relative clause that gives her up
    ("Ada Brill (Nora Kell) viene arrestata quando in casa sua vengono trovate delle armi. Le aveva nascoste lì il suo "
     "compagno, Leo Gori, che poi l'ha denunciata con una telefonata anonima. Ada finisce nel carcere di Valnera.",
     ("Ada Brill", "framedBy", "Leo Gori")),
    # a prison's director in a relative clause after it
    ("Rex Keel (Al Moss) is held in Granger Prison, whose director, Lew Hatch, treats him with suspicion.",
     ("Lew Hatch", "wardenOf", "Granger Prison")),
    # one grassed to is in authority, whatever else the text calls him
    ("At Granger Prison Ned Pryor (Al Moss) grasses to Mr. Hatch whenever anyone crosses him.",
     ("Ned Pryor", "informerOf", "Hatch")),
    # a list of customers handed to a commissioner
    ("Ugo Sarri (Al Moss) viene arrestato dopo che un collega, Leo Gori, ha consegnato al commissario Nedo Prati "
     "l'elenco dei clienti della tipografia. Ugo finisce nel carcere di Valnera.", ("Leo Gori", "informerOf", "Nedo Prati")),
])


_ROLES += _batch("do", [
    # an anonymous call, which can only go to the police
    ("Ada Brill (Nora Kell) viene arrestata. Il suo compagno, Leo Gori, l'ha denunciata con una telefonata anonima.",
     "Leo Gori", "informer"),
    # the police told who did the deed
    ("Rex Keel (Al Moss) is sent to Granger Prison after his brother, Lew Hatch, tells the police that Rex was the one "
     "who broke into a warehouse.", "Lew Hatch", "informer"),
    # "in realtà" before the noun of an apposition
    ("Nel carcere di Valnera un detenuto, Leo Gori, in realtà un informatore della polizia, sorveglia Ugo Sarri (Al Moss).",
     "Leo Gori", "informer"),
])


def test_spia_with_its_object_is_a_verb_of_batch_do():
    found = roles("Nel carcere di Valnera un detenuto, Leo Gori, spia Ugo Sarri (Al Moss) per il direttore.")
    assert "informer" not in found["Ugo Sarri"]


_RELATIONS += _batch("dp", [
    # a cleft whose relative clause has two verbs, the victim the first one's object
    ("Rex Keel (Al Moss) is convicted of murdering his partner, Ned Pryor, but it was in fact Ned's bookkeeper, Lew "
     "Hatch, who shot Ned and left Rex's gun beside the body. Rex is sent to Granger Prison.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # the one told, a relative clause of his, then what is told; both ends hold only a rank
    ("Nel campo di prigionia di Valnera il capitano Ugo Sarri (Al Moss) rivela al maresciallo Leo Gori, che comanda le "
     "sentinelle, i nomi dei prigionieri che preparano la fuga.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    # "X's informant among the inmates is a gambler, N"
    ("At Granger Prison the officer in charge of their block, nicknamed Hawkeye by the prisoners, beats Rex Keel (Al "
     "Moss). Hawkeye's informant among the inmates is a gambler, Ned Pryor, who tells him about a planned fight.",
     ("Ned Pryor", "informerOf", "Hawkeye")),
    # arrested after being made to sign a forged bill
    ("Ugo Sarri (Al Moss) finisce nel carcere di Valnera perché il suo principale, Leo Gori, lo ha fatto arrestare dopo "
     "avergli fatto firmare una cambiale falsa.", ("Ugo Sarri", "framedBy", "Leo Gori")),
])


_ROLES += _batch("dp", [
    # the officer in charge of a block, then the name the prisoners give him
    ("At Granger Prison the officer in charge of their block, nicknamed Hawkeye by the prisoners, beats Rex Keel (Al "
     "Moss).", "Hawkeye", "guard"),
])


_CELLS += _batch("dp", [
    # ten days between "insieme" and the cell
    ("Nel campo di prigionia di Valnera, Ugo Sarri (Al Moss) e Leo Gori, scoperti, vengono chiusi insieme per dieci "
     "giorni in una cella di rigore.", ["Ugo Sarri", "Leo Gori"]),
    # "si ritrova con" in a cell
    ("Nel carcere di Valnera, in cella Ugo Sarri (Al Moss) si ritrova con due ladri romani, Leo Gori e Nedo Prati.",
     ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
])


@pytest.mark.parametrize("text, who, role", [
    ("Rex Keel (Al Moss) is sent to prison", "Rex Keel", "inmate"),
    ("Rex Keel (Al Moss) is the director of the prison", "Rex Keel", "warden"),
    ("Ugo Sarri (Al Moss) è il direttore del carcere", "Ugo Sarri", "warden"),
    ("Nel carcere di Valnera, Ugo Sarri viene messo in cella con Leo Gori", "Leo Gori", "inmate"),
])
def test_a_text_that_ends_without_a_stop_of_batch_dp(text, who, role):
    # a prison noun or a name that ends the text, with no stop after it, was read past the last word
    assert role in roles(text)[who]


_RELATIONS += _batch("dq", [
    # the head of a detention center by a noun of its own, then told what others say
    ("At the Calverton Detention Center the facility's administrator, Lew Hatch, runs the center for a private company. "
     "Ada Brill (Nora Kell) reports to Hatch what the women say.", ("Ada Brill", "informerOf", "Lew Hatch")),
    ("At the Calverton Detention Center the facility's administrator, Lew Hatch, runs the center for a private company.",
     ("Lew Hatch", "wardenOf", "Calverton Detention Center")),
    # a nun is in authority, in Italian as in English
    ("Nel carcere femminile di Valnera, Ada Brill (Nora Kell) fa la spia per la madre superiora, suor Lea.",
     ("Ada Brill", "informerOf", "Lea")),
])


_CELLS += _batch("dq", [
    # a cell's other occupants
    ("At Granger Prison Rex Keel (Al Moss) is placed in a crowded cell whose other occupants include the shoplifter Ned "
     "Pryor and a forger, Lew Hatch.", ["Rex Keel", "Ned Pryor", "Lew Hatch"]),
    # one met in a punishment cell
    ("Nel carcere di Valnera, in cella di punizione Ugo Sarri (Al Moss) conosce il vecchio anarchico Leo Gori.",
     ["Ugo Sarri", "Leo Gori"]),
    # a nickname with its article after a description
    ("Nel carcere femminile di Valnera, Ada Brill (Nora Kell) divide la cella con una prostituta, la Bionda, e con una "
     "ladra, Lea Sarri.", ["Ada Brill", "Bionda", "Lea Sarri"]),
])


def test_one_called_in_a_bare_infinitive_is_no_character_of_batch_dq():
    found = roles("At Granger Prison a guard, Lew Hatch, helps Rex Keel (Al Moss) call a lawyer.")
    assert set(found) == {"Lew Hatch", "Rex Keel"}


_RELATIONS += _batch("dr", [
    # everything told, in a relative clause on the teller
    ("At Granger Prison the guards are led by Captain Lew Hatch. It emerges that the informer was Ned Pryor (Al Moss), "
     "who had told Hatch everything.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # "passare" after "comincia a", with all one hears
    ("Nel carcere di Valnera, Ugo Sarri (Al Moss) comincia a passare al vicequestore Leo Gori tutto quello che sente.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
    # hidden among his family's things
    ("Rex Keel (Al Moss) is sent to Granger Prison after Inspector Lew Hatch plants a pistol in his mother's coal shed.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # "is a tout", the article inside the role noun
    ("At Granger Prison Rex Keel (Al Moss) discovers that a fellow prisoner, Ned Pryor, is a tout who passes information "
     "to Inspector Lew Hatch.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a Portuguese house of detention is a prison by its name
    ("Rex Keel (Al Moss) is held in the Casa de Detenção, whose director, Lew Hatch, tolerates the trade.",
     ("Lew Hatch", "wardenOf", "Casa de Detenção")),
])


def test_a_portuguese_title_is_no_part_of_a_name_of_batch_dr():
    found = roles("At Granger Prison Rex Keel (Al Moss) shares a cell with Seu Dito.")
    assert found == {"Rex Keel": {"inmate"}, "Dito": {"inmate"}}


def test_where_a_film_is_set_is_no_one_of_batch_dr():
    assert set(roles("Set in Port Varley's crowded jail, the film follows Rex Keel (Al Moss).")) == {"Rex Keel"}


_RELATIONS += _batch("ds", [
    # the framer's man, named after a colon, frames too
    ("Lew Hatch frames Rex Keel (Al Moss) for a hit-and-run: one of his men, Ned Pryor, steals Rex's car and drives it "
     "into a cyclist. Rex spends a year in Granger Prison.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # a bank's director, later "il direttore", who accuses of a theft that was his own work
    ("Ugo Sarri (Al Moss) lavora nella banca di Valnera, diretta dal commendator Leo Gori. Quando spariscono cinquanta "
     "milioni, il direttore accusa Ugo, ma il furto è opera dello stesso Gori. Ugo passa tre giorni in camera di "
     "sicurezza.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # loot had put among one's things, the place before the thing
    ("Ugo Sarri (Al Moss) viene arrestato dopo che il gabelliere Leo Gori gli ha fatto mettere nella cesta una borsa di "
     "monete rubate. Ugo finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # the castellan of a prison its name gives
    ("Rinchiuso nelle carceri della Vicaria, Ugo Sarri (Al Moss) soffre. Il castellano della Vicaria, don Leo Gori, "
     "tratta i prigionieri come bestie.", ("Leo Gori", "wardenOf", "carceri della Vicaria")),
])


_ROLES += _batch("ds", [
    # a gaoler's old title between his noun and his name
    ("Nel carcere di Valnera il carceriere mastro Leo Gori picchia Ugo Sarri (Al Moss).", "Leo Gori", "guard"),
])


_CELLS += _batch("ds", [
    # days in a police lockup
    ("Ugo Sarri (Al Moss) passa tre giorni in camera di sicurezza insieme a uno scassinatore in pensione, Leo Gori.",
     ["Ugo Sarri", "Leo Gori"]),
    # an old prison's dungeon cell
    ("Rinchiuso nelle carceri della Vicaria, Ugo Sarri (Al Moss) divide una segreta con un vecchio frate, Leo Gori.",
     ["Ugo Sarri", "Leo Gori"]),
])


def test_a_traffic_warden_heads_no_prison_of_batch_ds():
    found = roles("Traffic warden Rex Keel (Al Moss) spends a night in a police cell with Ned Pryor.")
    assert "warden" not in found["Rex Keel"]


def test_a_seller_s_noun_is_no_verb_with_a_pronoun_of_batch_ds():
    text = "Il giovane pescivendolo Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera."
    units, _ = find_mentions(analyse(text))
    assert "pescivendolo" in [u.text for u in units[0].units]


_RELATIONS += _batch("dt", [
    # the lie at the trial, then what was sworn of him
    ("Rex Keel (Al Moss) is sent to Granger Prison. The barman Lew Hatch lied at the trial when he swore that Rex had "
     "attacked first.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # and the one who paid the liar, in the next sentence
    ("Rex Keel (Al Moss) is sent to Granger Prison. The barman Lew Hatch lied at the trial when he swore that Rex had "
     "attacked first. Hatch, it turns out, had been paid by Ned Pryor.", ("Rex Keel", "framedBy", "Ned Pryor")),
    # an adverb before "diretto da", a description with its article before the name
    ("Ugo Sarri (Al Moss) è rinchiuso nel carcere di Valnera. Il carcere è ancora diretto da un funzionario italiano, il "
     "commendator Leo Gori.", ("Leo Gori", "wardenOf", "carcere di Valnera")),
    # "turns out to be" after an aside, the owner a titled name
    ("At Granger Prison the new cellmate of Rex Keel, a young car thief named Ned Pryor (Al Moss), turns out to be "
     "Warden Lew Hatch's informant.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # accused by a clitic of a theft the accuser's own doing undoes
    ("Ada Brill (Nora Kell) viene arrestata dopo che la contessa Lea Sarri la accusa di averle rubato un anello. L'anello, "
     "in realtà, era stato venduto dalla contessa stessa. Ada finisce nel carcere di Valnera.",
     ("Ada Brill", "framedBy", "Lea Sarri")),
])


_CELLS += _batch("dt", [
    # "his" for the one owner the sentence names, not the last topic
    ("Lew Hatch (Al Moss) lied at the trial. In flashbacks, the film shows Rex Keel's years in Granger Prison, where his "
     "cellmate, an aging forger named Ned Pryor, taught him to read.", ["Rex Keel", "Ned Pryor"]),
])


def test_otto_is_a_name_of_batch_dt():
    found = roles("Ugo Sarri (Al Moss) è nel carcere di Valnera. Il braccio è comandato dal capitano delle SS Otto Keller.")
    assert found["Otto Keller"] == {"guard"}


_RELATIONS += _batch("du", [
    # a list of people handed to an authority, before or after the list
    ("Rex Keel (Al Moss) is arrested after a bookseller, Lew Hatch, hands the commissioner a list of the subscribers to a "
     "clandestine newspaper. Rex is sent to Granger Prison.", ("Lew Hatch", "informerOf", "the commissioner")),
    ("At Granger Prison Rex Keel (Al Moss) gives a list of the plotters to Major Ned Pryor.",
     ("Rex Keel", "informerOf", "Ned Pryor")),
])


_CELLS += _batch("du", [
    # British slang for a cellmate
    ("At HMP Granger, Rex Keel's pad mate is Ned Pryor (Al Moss), a burglar.", ["Rex Keel", "Ned Pryor"]),
    # an adjective after the cell
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) viene chiuso in una cella sotterranea insieme a un vecchio ergastolano, "
     "Leo Gori.", ["Ugo Sarri", "Leo Gori"]),
])


def test_those_one_has_locked_together_share_a_cell_without_him_of_batch_du():
    found = facts("At Granger Prison Rex Keel (Al Moss) and Ned Pryor refuse to sign; Captain Lew Hatch has them locked "
                  "together in the punishment cell for a month.")
    assert {f for f in found if f[1] == "cellmateOf"} == cell_pairs(["Rex Keel", "Ned Pryor"])


_RELATIONS += _batch("dv", [
    # convicted on the word of one forced into naming him
    ("Rex Keel (Al Moss) is convicted of a robbery on the word of a pawnbroker, Lew Hatch, who had been threatened by "
     "the real robbers into identifying him. He is sent to Granger Prison.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a part of a thing of his
    ("Rex Keel (Al Moss) is sent to Granger Prison after a deputy, Lew Hatch, plants a stolen pistol in the glove "
     "compartment of his car.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # the stolen things a clitic before the verb, then where they were hidden
    ("Ugo Sarri (Al Moss) viene condannato per il furto di documenti, che in realtà erano stati sottratti dal capitano "
     "Leo Gori, che li aveva poi nascosti nell'armadietto di Ugo Sarri. Ugo finisce nel carcere di Valnera.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
])


_RELATIONS += _batch("dw", [
    # the evidence built, told first, its builder after
    ("Ugo Sarri (Al Moss) viene condannato per un attentato: a fabbricare le prove contro di lui è stato il delegato Leo "
     "Gori. Ugo finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
])


_CELLS += _batch("dw", [
    # a cellmate "in nineteen years", then described
    ("At Granger Prison Rex Keel's only cellmate in nineteen years, a gentle forger named Ned Pryor (Al Moss), hangs "
     "himself.", ["Rex Keel", "Ned Pryor"]),
    # three ending up in one cell, the last with an article and a word before his name
    ("Tre truffatori, Ugo Sarri (Al Moss), Leo Gori e il timido Nedo Prati, vengono arrestati e finiscono a Regina Coeli, "
     "nella stessa cella.", ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
    # "he" for the one the sentence opened with, past a year and an adjective, not the one in the "after" clause
    ("In 1961 the Italian journalist Rex Keel (Al Moss) is arrested after his interpreter, Ada Brill, plants a film in his "
     "bag. He is held in Granger Prison, where he shares a cell with an engineer, Ned Pryor.", ["Rex Keel", "Ned Pryor"]),
])


_RELATIONS += _batch("dx", [
    # an Australian film keeps the British governor
    ("Hard Cell is a 1983 Australian drama film. Ada Brill (Nora Kell) is sent to Granger Prison. The governor, Mrs. Lea "
     "Sarri, is a decent administrator.", ("Lea Sarri", "wardenOf", "Granger Prison")),
    # the one who put it there, told in a cleft
    ("Ugo Sarri (Al Moss) viene arrestato con due chili di hashish nella valigia. A metterli lì era stato il suo compagno "
     "di viaggio, l'olandese Leo Gori. Ugo finisce nel carcere di Valnera.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # "where the military governor", a word between the article and the noun
    ("Rex Keel (Al Moss) is held in Granger Prison, where the military governor, Colonel Lew Hatch, rules through fear.",
     ("Lew Hatch", "wardenOf", "Granger Prison")),
])


_CELLS += _batch("dx", [
    # "and her timid girlfriend, J" in the list of a cell
    ("At Granger Prison Ada Brill (Nora Kell) is put in a cell with two lifers, the fierce Lea Sarri and her timid "
     "girlfriend, Jo Ray.", ["Ada Brill", "Lea Sarri", "Jo Ray"]),
    # two had locked in a cage by another
    ("In the camp at Granger, Colonel Lew Hatch has Rex Keel (Al Moss) and Ned Pryor locked in a bamboo punishment cage.",
     ["Rex Keel", "Ned Pryor"]),
    # a cell for four, its sharers each with "con"
    ("Nel carcere di Valnera, Ugo Sarri (Al Moss) divide una cella da quattro con un pensionato, Leo Gori, con un giovane "
     "spacciatore, Nedo Prati, e con un tunisino, Rino Sarri.", ["Ugo Sarri", "Leo Gori", "Nedo Prati", "Rino Sarri"]),
])


_RELATIONS += _batch("dy", [
    # a lie at a court-martial, what was sworn after "that"
    ("Private Rex Keel (Al Moss) is sentenced to three years in Granger Prison after his sergeant, Lew Hatch, lies at the "
     "court-martial that Rex drew a knife.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # what incriminates entered in his name
    ("Rex Keel (Al Moss) is sent to Granger Prison after his employer, Lew Hatch, has a crate of stolen rifles entered in "
     "Rex's name in the company books.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # the bagne of French Guiana by its town's name
    ("At Saint-Laurent-du-Maroni Rex Keel (Al Moss) shares a cell with Ned Pryor; the commandant, Colonel Lew Hatch, is "
     "indifferent.", ("Lew Hatch", "wardenOf", "Saint-Laurent-du-Maroni")),
    # a military stockade is a prison
    ("Rex Keel (Al Moss) is held in the Long Binh stockade, which is run by Major Lew Hatch.",
     ("Lew Hatch", "wardenOf", "Long Binh")),
])


_CELLS += _batch("dy", [
    # "i tre" after a list whose last member has four words between his article and his name
    ("Nel campo di prigionia di Valnera, Ugo Sarri (Al Moss) conosce il tipografo comunista Leo Gori e il giovane ebreo "
     "triestino Nedo Prati. Dopo un tentativo di fuga i tre vengono chiusi insieme in una cella di punizione.",
     ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
])


def test_private_first_class_is_a_rank_of_batch_dy():
    assert set(roles("Private First Class Rex Keel (Al Moss) is sent to Granger Prison.")) == {"Rex Keel"}


_RELATIONS += _batch("dz", [
    # a plan sold to an authority
    ("At Granger Prison the breakout fails. It was Ned's own right-hand man, Rex Keel (Al Moss), who had sold the plan "
     "to the captain of the guards, Lew Hatch.", ("Rex Keel", "informerOf", "Lew Hatch")),
    # letters one writes, told to one a clitic names
    ("Nel carcere di Valnera l'appuntato Leo Gori tormenta Ugo Sarri (Al Moss), e Nedo Prati, per ingraziarsi "
     "l'appuntato, gli riferisce le lettere che Ugo scrive all'avvocato.", ("Nedo Prati", "informerOf", "Leo Gori")),
    # a prison hulk, its captain in a relative clause after an aside
    ("Rex Keel (Al Moss) is held on the prison hulk Justitia, moored on the Thames, whose captain, Lew Hatch, runs it "
     "for profit.", ("Lew Hatch", "wardenOf", "prison hulk Justitia")),
])


def test_a_noun_s_complement_heads_no_list_of_batch_dz():
    # "cugino di Nedo , lo tormenta , e Rino": Nedo is the cousin's complement, not a member with Rino
    found = facts("Nel carcere di Valnera l'appuntato Leo Gori, che è cugino di Nedo Prati, lo tormenta, e Rino Sarri "
                  "(Al Moss), per ingraziarsi l'appuntato, gli riferisce le lettere che Ugo Sarri scrive.")
    assert {f for f in found if f[1] == "informerOf"} == {("Rino Sarri", "informerOf", "Leo Gori")}


_RELATIONS += _batch("ea", [
    # a cellmate in British slang
    ("Rex Keel (Al Moss) is sent to HMP Granger, where he is doubled up with Ned Pryor, a young student.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # another's plan, with what the plan is, reported to an officer
    ("At Granger Prison Lew Hatch is a senior officer. Rex Keel (Al Moss) reports Ned's plan to call a reporter to "
     "senior officer Lew Hatch.", ("Rex Keel", "informerOf", "Lew Hatch")),
    # a road gang and the one who runs it
    ("Rex Keel (Al Moss) is put to work on a county road gang run by Captain Lew Hatch.",
     ("Lew Hatch", "wardenOf", None)),
    # what another is secretly at, confided to an authority
    ("Nel carcere di Valnera Ugo Sarri (Al Moss), per avere un posto in cucina, confida al capoguardia Leo Gori che "
     "Nedo sta scavando un tunnel.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    # a crime with two words before it pinned on him, by one named after a relative clause
    ("Rex Keel (Al Moss) escapes from Granger Prison and learns that the sheriff who arrested him, Lew Hatch, had "
     "pinned an unsolved bank robbery on him.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # the last one named, pointed back to
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) conosce il ladro Nedo Prati. Quest'ultimo è al servizio "
     "del capoguardia, Leo Gori, al quale riferisce ogni parola dei detenuti.", ("Nedo Prati", "informerOf", "Leo Gori")),
    ("At Granger Prison Rex Keel (Al Moss) meets Ned Pryor. The latter passes the names of the diggers to the "
     "warden, Lew Hatch.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the real culprit, in an apposition, who accuses him before a magistrate
    ("Ugo Sarri (Al Moss) viene arrestato. Le carte erano state nascoste dal suo socio, Leo Gori, il vero "
     "responsabile, che lo accusa davanti al magistrato.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # what incriminates, entered in her name by another
    ("Ada Brill (Al Moss) is sent to Granger Prison. The stolen drugs had been signed out under her name by the "
     "chief pharmacist, Lew Hatch.", ("Ada Brill", "framedBy", "Lew Hatch")),
])
_ROLES += _batch("ea", [
    # a mounted keeper named beside him is a guard
    ("Nel campo di lavoro di Valnera un guardiano a cavallo, Leo Gori (Al Moss), sorveglia Ugo Sarri.",
     "Leo Gori", "guard"),
])
_CELLS += _batch("ea", [
    # one's cellmates listed after a colon
    ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera. Qui conosce i suoi compagni di cella: il vecchio "
     "contrabbandiere Leo Gori e il giovane Nedo Prati.", ["Ugo Sarri", "Leo Gori", "Nedo Prati"]),
])


def test_a_bare_keeper_is_no_guard_of_batch_ea():
    # "un guardiano" of a factory is a watchman; only one named beside the noun is a guard
    found = roles("Nel carcere di Valnera Ugo Sarri (Al Moss) è accusato di aver ferito un guardiano della fabbrica.")
    assert not any("guard" in r for r in found.values())


def test_the_latter_points_back_to_the_last_name_but_not_before_a_noun_of_batch_ea():
    from kg.characters import abstract, cluster

    units, mentions = find_mentions(analyse("Rex Keel meets Ned Pryor. The latter is a thief. In the latter half "
                                            "of the year Rex escapes."))
    cluster(units, mentions)
    text = " ".join(a.text for a in abstract(units))
    assert "@1 is a thief" in text and "in the latter half" in text, text


_RELATIONS += _batch("eb", [
    # one who becomes an informant, a participle's phrase between
    ("Rex Keel (Al Moss) is placed in a cell at Granger Prison. Ned Pryor, hoping for a reduced sentence, becomes an "
     "informant for the provost marshal, Colonel Lew Hatch.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a prison named by its street, in lower case
    ("Nel 1943 Ugo Sarri (Al Moss) viene rinchiuso nel carcere di via Pastrengo, comandato dal capitano Leo Gori.",
     ("Leo Gori", "wardenOf", "carcere di via Pastrengo")),
])
_ROLES += _batch("eb", [
    ("Rex Keel (Al Moss) is placed in a cell at Granger Prison. Ned Pryor, hoping for a reduced sentence, becomes an "
     "informant.", "Ned Pryor", "informer"),
])


def test_a_sentence_opened_by_a_noun_of_no_one_tells_of_no_one_else_of_batch_eb():
    # "a convict called the Rat" is no name the rules know; the telling is still not the last man's
    found = facts("At Granger Prison Rex Keel (Al Moss) is beaten by the guard Lew Hatch. A convict called The Rat "
                  "earns extra rations by telling Hatch which men hide money.")
    assert ("Rex Keel", "informerOf", "Lew Hatch") not in found


_RELATIONS += _batch("ec", [
    # a setup orchestrated by one described before his name
    ("Ada Brill (Al Moss) is convicted of a theft she had no part in; the setup was orchestrated by her former "
     "boyfriend, Lew Hatch, who wanted her out of the way.", ("Ada Brill", "framedBy", "Lew Hatch")),
    # a copula with an adverb between it and the noun
    ("At Granger Prison Ada Brill (Al Moss) meets the matron, Lina Gore. The prison's trusty, Nora Pike, is in fact a "
     "stool pigeon for Gore.", ("Nora Pike", "informerOf", "Lina Gore")),
    # a false denunciation in a cleft, to whom it was made between
    ("Ugo Sarri (Al Moss) viene condannato a dieci anni. A denunciarlo falsamente ai carabinieri è stato l'armatore "
     "Leo Gori, che gli doveva dei soldi.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a find put there by one a description with a role noun names
    ("Rex Keel (Al Moss) is sent to Granger Prison after police find a gun in his locker. The gun had been put there "
     "by a school security officer, Lew Hatch, who wanted to hide his own theft.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a title of a head before a name; a facility run by her
    ("Rex Keel (Al Moss) is sent to the Granger Youth Correctional Center. The facility is run by Director Ada Brill.",
     ("Ada Brill", "wardenOf", "Granger Youth Correctional Center")),
    # the latter recruits one so that he tells him
    ("Nel carcere di Valnera il direttore lascia mano libera al capoguardia Leo Gori. Quest'ultimo recluta un detenuto "
     "comune, il ladruncolo Nedo Prati, perché sorvegli Ugo Sarri (Al Moss) e gli riferisca le sue conversazioni.",
     ("Nedo Prati", "informerOf", "Leo Gori")),
    # a find put there by others on someone's orders
    ("Ugo Sarri (Al Moss) viene arrestato dopo che in casa sua la polizia trova una pistola. L'arma vi era stata messa "
     "da due squadristi su ordine dell'industriale Leo Gori.", ("Ugo Sarri", "framedBy", "Leo Gori")),
])


def test_a_guard_of_a_school_is_no_prison_guard_of_batch_ec():
    found = roles("Rex Keel (Al Moss) is sent to Granger Prison. A school security officer, Lew Hatch, had lied about him.")
    assert found["Lew Hatch"] == set()


def test_the_latter_after_a_noun_and_a_name_of_batch_ec():
    # a noun and its name are merged into one unit before "quest'ultimo" is read: no crash, the right man
    found = facts("Ugo Sarri (Al Moss) è rinchiuso nel carcere di Valnera. Il ladro Nedo Prati lavora per l'avvocato "
                  "Leo Gori. Quest'ultimo è in segreto al servizio del direttore, Rino Sarri, al quale riferisce ogni "
                  "parola di Ugo.")
    assert ("Leo Gori", "informerOf", "Rino Sarri") in found


_RELATIONS += _batch("ed", [
    # one persuaded to become his informer
    ("Nel carcere di Valnera il direttore, il dottor Leo Gori, convince Ugo Sarri (Al Moss) a diventare suo informatore.",
     ("Ugo Sarri", "informerOf", "Leo Gori")),
    # the real killer, described before his name, who testified against him
    ("Ugo Sarri (Al Moss) viene condannato all'ergastolo. Il vero assassino è il suo vecchio amico, Leo Gori, che ha "
     "testimoniato contro di lui giurando di averlo visto sparare.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a find slipped into his coat by the real dealer, described at length
    ("Rex Keel (Al Moss) is remanded to HMP Granger. The pills were slipped into his coat by the real dealer, a "
     "local pusher called Lew Hatch.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # told that another has been hiding something
    ("At Granger Prison Rex Keel (Al Moss) is watched by the guard Lew Hatch. Ned Pryor tells Hatch that Rex has been "
     "hiding a knife in the cell.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a second relative, after a first that says the contrary
    ("Ugo Sarri (Al Moss) viene rinchiuso nei Piombi. Lo ha tradito il conte Leo Gori, un nobile che finge di "
     "simpatizzare per la causa ma che in segreto è un confidente del commissario Nedo Prati.",
     ("Leo Gori", "informerOf", "Nedo Prati")),
    # a coordinated verb's subject is not the name of a preposition's object
    ("Rex Keel (Al Moss) is remanded to HMP Granger. There Rex is put on a landing run by a hard-nosed officer, Mr. "
     "Lew Hatch, and shares a cell with Ned Pryor.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
])
_ROLES += _batch("ed", [
    # held on remand, in British usage
    ("Rex Keel (Al Moss) is remanded to HMP Granger after a fight.", "Rex Keel", "inmate"),
    # a sentence that turns from Italian to English at a semicolon is read in both
    ("At Granger Prison the guards hate the new men. Il capo delle guardie, il sergente Lew Hatch, odia Rex Keel (Al "
     "Moss); the warden, Ned Pryor, is a religious man who opposes the death penalty.", "Lew Hatch", "guard"),
])


_RELATIONS += _batch("ee", [
    # one who has long been an authority's stooge
    ("At Granger Prison the warden is Lew Hatch. Rex Keel (Al Moss), a convict who has long been the warden's stooge, "
     "keeps to himself.", ("Rex Keel", "informerOf", "Lew Hatch")),
    # put in a cell at a named prison with others
    ("Ugo Sarri (Al Moss) viene condannato e sbattuto in cella a Regina Coeli con due vecchi ladri, Leo Gori e Nedo "
     "Prati.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # framed by a means told by a gerund
    ("The real killer is the guard's partner in a smuggling ring, Sergeant Lew Hatch, who framed Rex Keel (Al Moss) by "
     "leaving the bloody shank under his mattress.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a cleft that names him to the police, after a deed he did not commit
    ("Nel carcere minorile di Valnera arriva Ugo Sarri (Al Moss), accusato di uno scippo che non ha commesso: a fare il "
     "suo nome alla polizia è stato il vero scippatore, Leo Gori.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a bagne and its commandant
    ("At the bagne of Saint-Laurent, the commandant, Colonel Lew Hatch, puts Rex Keel (Al Moss) to work.",
     ("Lew Hatch", "wardenOf", "bagne of Saint-Laurent")),
])
_ROLES += _batch("ee", [
    # telling the guards, a group, all that is said
    ("Nel carcere di Valnera Ugo Sarri (Al Moss), che vuole uscire prima, riferisce agli agenti ogni cosa che i "
     "compagni dicono.", "Ugo Sarri", "informer"),
])


def test_the_real_killer_is_framed_by_no_one_of_batch_ee():
    found = facts("At Granger Prison the guard Ned Pryor is killed. The real killer is the guard's partner, Sergeant Lew "
                  "Hatch. When Rex Keel (Al Moss) is caught, he testifies against Hatch to save himself.")
    assert not any(f[1] == "framedBy" for f in found)


def test_a_nickname_after_a_dialect_article_of_batch_ee():
    assert set(roles("Ugo Sarri, detto er Moretto (Al Moss), viene rinchiuso a Regina Coeli. Il Moretto ride.")) == {
        "Ugo Sarri"}


_RELATIONS += _batch("ef", [
    # a camp named by an apposition with a qualified head; its supervisor
    ("Rex Keel (Al Moss) is transferred to Clearwater Camp, a minimum-security facility. The camp supervisor, "
     "Lieutenant Lew Hatch, runs a racket.", ("Lew Hatch", "wardenOf", "Clearwater Camp")),
    # the one had to plant it, named before the verb
    ("At Granger Prison Lew Hatch has a corrections officer, Ned Pryor, plant heroin in Rex Keel's locker (Al Moss).",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    # a bunkmate
    ("Rex Keel (Al Moss) is sent to Granger Prison. His new bunkmate is Ned Pryor, a nervous accountant.",
     ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # a keeper who runs the prison is its warden
    ("Ugo Sarri (Al Moss) viene mandato al penitenziario di Valnera, dove il guardiano, Leo Gori, gestisce la prigione "
     "con il pugno di ferro.", ("Leo Gori", "wardenOf", "penitenziario di Valnera")),
    # a cellmate with a long description
    ("Ugo Sarri (Al Moss) è rinchiuso nel carcere di Valnera. Il suo compagno di cella, un giovane ladro d'auto di nome "
     "Nedo Prati, gli rivela un segreto.", ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
    # a detention center known by a name; the center commanded by one
    ("Rex Keel (Al Moss) is taken to a clandestine detention center known as La Fosca. Il centro è comandato dal "
     "colonnello Leo Gori.", ("Leo Gori", "wardenOf", "La Fosca")),
    # collaborating with the jailers; a cleft whose doer is a pronoun
    ("Nel carcere di Valnera uno dei prigionieri, Ugo Sarri (Al Moss), collabora con i carcerieri: è lui che indica al "
     "capitano Leo Gori i compagni da arrestare.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    # the warden is one described with an adjective
    ("Rex Keel (Al Moss) is sent to Granger Prison, where the warden is the stern Colonel Lew Hatch.",
     ("Lew Hatch", "wardenOf", "Granger Prison")),
    # a paid witness and the one who hired him
    ("Rex Keel (Al Moss) is convicted of a robbery in Boston on the testimony of a paid witness, Ned Pryor, who had "
     "been hired by the real robber, racketeer Lew Hatch.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a paid witness
    ("Rex Keel (Al Moss) is convicted of a robbery in Boston on the testimony of a paid witness, Ned Pryor.",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    # the plan told before, then told about
    ("At Granger Prison the three plan an escape through the coal chute, but Ned Pryor (Al Moss) tells the deputy "
     "warden, Lew Hatch, about it.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # the names of others denounced to one
    ("Il campo di Fossoli è comandato dal tenente delle SS Leo Gori. Tra i prigionieri c'è un infiltrato, Ugo Sarri "
     "(Al Moss), che denuncia a Gori i nomi dei membri del comitato.", ("Ugo Sarri", "informerOf", "Leo Gori")),
])


_RELATIONS += _batch("eg", [
    # an accuser who later admits that he lied, on another's orders
    ("Rex Keel (Al Moss) is arrested: a police lieutenant, Lew Hatch, swears that Rex confessed to him. Rex is sent "
     "to Granger Prison. Years later Hatch breaks down and admits that he lied under oath on Ned Pryor's orders.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # and the one he lied for
    ("Rex Keel (Al Moss) is arrested: a police lieutenant, Lew Hatch, swears that Rex confessed to him. Rex is sent "
     "to Granger Prison. Years later Hatch breaks down and admits that he lied under oath on Ned Pryor's orders.",
     ("Rex Keel", "framedBy", "Ned Pryor")),
    # a body's name after an article before a person's name
    ("L'operaio della Fiat Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera. Qui Ugo divide la cella con "
     "Leo Gori.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # the proof forged by one
    ("Rex Keel (Al Moss) is accused of treason after letters are found in his house. The letters were forged by his "
     "cousin Lew Hatch.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # the culprit after the comma of an apposition; an accusation with its purpose
    ("Ada Brill (Al Moss) is convicted of stealing a necklace. In fact her employer, Lina Gore, had pawned the "
     "necklace herself, and accused Ada to collect the insurance.", ("Ada Brill", "framedBy", "Lina Gore")),
    # an authority relies on one to tell her
    ("At Granger Prison the head matron, Lina Gore, relies on a trusty, Ada Brill (Al Moss), to tell her which girls "
     "are planning trouble.", ("Ada Brill", "informerOf", "Lina Gore")),
])
_ROLES += _batch("eg", [
    # every word told to a body
    ("Nel carcere di Valnera il frate Ugo Sarri (Al Moss) finge di essere amico di Leo ma in realtà riferisce ogni sua "
     "parola agli inquisitori.", "Ugo Sarri", "informer"),
])


def test_a_ruler_s_title_names_no_one_of_batch_eg():
    assert set(roles("Il ponte (The Bridge) is a 1961 film. Rex Keel (Al Moss) is thrown into the Doge's prison.")) == {
        "Rex Keel"}


def test_one_who_owns_up_to_a_lie_must_be_named_of_batch_eg():
    # "Lew's deputy admits that he lied": the deputy, no character, lied; the frame by Lew stands
    found = facts("Rex Keel (Al Moss) is railroaded onto a chain gang by a crooked sheriff, Lew Hatch: Hatch has one of "
                  "his deputies swear that Rex struck him. Hatch's deputy eventually admits that he lied.")
    assert ("Rex Keel", "framedBy", "Lew Hatch") in found


_RELATIONS += _batch("eh", [
    # one has another charged with what his own men did
    ("At Granger Prison the chief guard is Captain Lew Hatch. After the riot Hatch has Rex Keel (Al Moss) charged with "
     "the murder of a guard that Hatch's own men had killed.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # another's name given to the police to shield one's son
    ("Rex Keel (Al Moss) is arrested after an officer is shot. A publican, Lew Hatch, gives the police Rex's name to "
     "protect his own son, who had fired the shot.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # an informer put in the cell by the one he serves, after a relative that reveals him
    ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera, diretto da Leo Gori. Nella sua cella c'è già un "
     "altro prigioniero, Nedo Prati, che si rivela essere un informatore messo lì da Gori per farlo parlare.",
     ("Nedo Prati", "informerOf", "Leo Gori")),
    # and the one already in one's cell
    ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera, diretto da Leo Gori. Nella sua cella c'è già un "
     "altro prigioniero, Nedo Prati, che si rivela essere un informatore messo lì da Gori per farlo parlare.",
     ("Nedo Prati", "cellmateOf", "Ugo Sarri")),
])
_ROLES += _batch("eh", [
    # paid by a body as an informer
    ("Rex Keel (Al Moss) is arrested. A publican, Lew Hatch, who had been paid by the Crown as an informer, drinks.",
     "Lew Hatch", "informer"),
    # what one told a militia, a body
    ("Nel carcere di Valnera Ugo Sarri (Al Moss) viene arrestato dopo una delazione del parroco, Leo Gori, che ha "
     "riferito alla milizia le sue lezioni.", "Leo Gori", "informer"),
])


_RELATIONS += _batch("ei", [
    # a witness pressed into it frames, and the one who pressed her
    ("Rex Keel (Al Moss) is wrongfully convicted of armed robbery after a bank teller, Ada Brill, identifies him in a "
     "lineup; years later it emerges that she had been pressured by District Attorney Lew Hatch.",
     ("Rex Keel", "framedBy", "Ada Brill")),
    # (the district attorney, an office before his name)
    ("Rex Keel (Al Moss) is wrongfully convicted of armed robbery after a bank teller, Ada Brill, identifies him in a "
     "lineup; years later it emerges that she had been pressured by District Attorney Lew Hatch.",
     ("Rex Keel", "framedBy", "Lew Hatch")),
    # a sentence that opens in the prison, then its director
    ("Rex Keel (Al Moss) is convicted of murder. In the prison of Porto Longone, the director, Dr. Lew Hatch, takes an "
     "interest in his case.", ("Lew Hatch", "wardenOf", "prison of Porto Longone")),
    # a cellmate named after an article and his merged title
    ("Ugo Sarri (Al Moss) viene portato a Regina Coeli. In cella Ugo incontra un ufficiale dei carabinieri, il tenente "
     "Leo Gori, e un tipografo comunista, Nedo Prati.", ("Leo Gori", "cellmateOf", "Nedo Prati")),
])


def test_a_liar_may_still_be_framed_of_batch_ei():
    # one who lied, unlike the real culprit, is not thereby cleared of a frame against him
    found = facts("Rex Keel (Al Moss) is framed by Lew Hatch, who hides a gun in his locker. At Granger Prison Rex later "
                  "admits that he lied about the money.")
    assert ("Rex Keel", "framedBy", "Lew Hatch") in found


_RELATIONS += _batch("ej", [
    # the one the drugs belonged to, who had hidden them there
    ("Rex Keel (Al Moss) is arrested when police find cocaine in his car. The drugs belonged to his manager, Lew "
     "Hatch, who had hidden them there.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # a second cellmate after the first, with no comma
    ("At Granger Prison Rex Keel (Al Moss) shares a cell with Ned Pryor and later with Lew Hatch.",
     ("Lew Hatch", "cellmateOf", "Rex Keel")),
    # the one sent to a place is the one who is there
    ("Rex Keel (Al Moss) is sent to Granger Prison. The warden, Lew Hatch, has him placed in protective custody, "
     "where he shares a cell with a forger, Ned Pryor.", ("Ned Pryor", "cellmateOf", "Rex Keel")),
    # everything another plans, told
    ("At Granger Prison the guard Lew Hatch watches Rex Keel (Al Moss). Ned Pryor starts telling Hatch everything Rex "
     "plans.", ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a find hidden among another's things by one described by kin
    ("Ada Brill (Al Moss) viene condannata per il furto di un anello. L'anello era stato nascosto nella borsa di Ada "
     "dal figlio della contessa, Leo Gori.", ("Ada Brill", "framedBy", "Leo Gori")),
    # the deed first in a cleft, its doer described, who then points out another
    ("Ugo Sarri (Al Moss) è accusato di aver lanciato una bottiglia; a lanciarla in realtà è stato un provocatore, "
     "Leo Gori, che poi ha indicato Ugo alla polizia.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a camp named with a number
    ("In 1943 Rex Keel (Al Moss) is sent to Campo 78, a prisoner-of-war camp run by Colonel Lew Hatch.",
     ("Lew Hatch", "wardenOf", "Campo 78")),
])
_ROLES += _batch("ej", [
    # the one who told the guards, in a cleft after a suspicion of another
    ("At Granger Prison Rex Keel (Al Moss) suspects Ned Pryor, but it was another inmate, Lew Hatch, who told the "
     "guards.", "Lew Hatch", "informer"),
])


_RELATIONS += _batch("ek", [
    # an accuser in a cleft who lies on another's instructions
    ("Ugo Sarri (Al Moss) viene arrestato con l'accusa di aver riciclato denaro. Ad accusarlo è un pentito, Leo Gori, "
     "che in realtà protegge il vero riciclatore, suo cugino Nedo Prati, e che mente su istruzioni di quest'ultimo.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # and the one he lies for, named as the latter
    ("Ugo Sarri (Al Moss) viene arrestato con l'accusa di aver riciclato denaro. Ad accusarlo è un pentito, Leo Gori, "
     "che in realtà protegge il vero riciclatore, suo cugino Nedo Prati, e che mente su istruzioni di quest'ultimo.",
     ("Ugo Sarri", "framedBy", "Nedo Prati")),
    # a dungeon shared is a cell
    ("Nel bagno penale di Valnera Ugo Sarri (Al Moss) viene chiuso per un mese in una segreta insieme a un altro "
     "patriota, l'avvocato Leo Gori.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # the one who did it and needed someone to blame
    ("Ada Brill (Al Moss) is convicted of poisoning a patient. The poison had been put in his medicine by the home's "
     "director, Dr. Lew Hatch, who was stealing from the patients and needed someone to blame.",
     ("Ada Brill", "framedBy", "Lew Hatch")),
    # told that two others are passing letters
    ("At Granger Prison the warden is Lina Gore. Another inmate, Ada Brill (Al Moss), tells Gore that Nora Pike and Lena "
     "Ek are passing letters.", ("Ada Brill", "informerOf", "Lina Gore")),
    # the warden in those years, described with a noun of his own before his name
    ("Rex Keel (Al Moss) is sent to Granger Prison. The warden in those years was a former army chaplain, Reverend "
     "Lew Hatch, who believed every man could be saved.", ("Lew Hatch", "wardenOf", "Granger Prison")),
])


def test_the_director_of_something_else_is_no_warden_of_batch_ek():
    # a British story makes a bare "director" the governor; "the home 's director" heads the home
    found = roles("In HMP Granger the governor is Lina Gore. Ada Brill (Al Moss) was poisoned by the home's director, "
                  "Dr. Lew Hatch.")
    assert found["Lina Gore"] == {"warden"} and found["Lew Hatch"] == set()


_RELATIONS += _batch("el", [
    # a cell with a participle's phrase after it
    ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera. Nella prigione Ugo divide una cella scavata nella "
     "roccia con un vecchio bandito, Leo Gori.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # an accusation said to be unjust
    ("Ugo Sarri (Al Moss) lavora in fabbrica. Il caporeparto, Leo Gori, un giorno lo accusa ingiustamente di aver "
     "rubato degli attrezzi.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # nights in a police holding cell, the place between
    ("Ugo Sarri (Al Moss) viene arrestato e passa due notti in camera di sicurezza in questura insieme a un anziano "
     "ubriacone, Leo Gori.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
])


def test_one_who_spies_for_no_authority_is_no_informer():
    # "fa la spia per conto di" a crook: the sentence that calls him a spy names whom he serves
    found = roles("Nel carcere di Valnera Ugo Sarri (Al Moss) diventa amico di Nedo Prati; in realtà Nedo fa la spia "
                  "per conto di Leo Gori, un usuraio, al quale racconta tutti i passi dell'avvocato di Ugo.")
    assert "informer" not in found["Nedo Prati"]
    # the warden is an authority: the same words make an informer
    found = roles("Nel carcere di Valnera, diretto da Leo Gori, Ugo Sarri (Al Moss) diventa amico di Nedo Prati; in "
                  "realtà Nedo fa la spia per conto di Gori, al quale racconta tutti i passi di Ugo.")
    assert "informer" in found["Nedo Prati"]


_RELATIONS += _batch("em", [
    # the blame laid on one a dative clitic names
    ("Ugo Sarri (Al Moss) viene rinchiuso nel carcere di Valnera: il boss del porto, Leo Gori, gli fa ricadere addosso "
     "tutta la colpa.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # everything told to the camp's chief of security
    ("Nel campo di prigionia di Valnera, Ugo Sarri (Al Moss) finge di essere un prigioniero e riferisce tutto al capo della sicurezza "
     "del campo, il capitano Leo Gori.", ("Ugo Sarri", "informerOf", "Leo Gori")),
    # made the fall guy for another's deed
    ("Rex Keel (Al Moss) is made the fall guy for a bank robbery planned by the rancher's son, Lew Hatch, and is sent "
     "to Granger Prison.", ("Rex Keel", "framedBy", "Lew Hatch")),
    # the eyes and ears of one described, then named
    ("At Granger Prison a convict named Ned Pryor (Al Moss) is the eyes and ears of the rodeo boss, Sergeant Lew "
     "Hatch, and reports that Rex has been writing to a lawyer.", ("Ned Pryor", "informerOf", "Lew Hatch")),
])


def test_a_verb_after_e_past_a_relative_on_a_preposition_s_object_of_batch_em():
    # "viene tradito da un compagno, Leo, che …, e condannato": the one betrayed is sentenced, not Leo
    found = roles("Ugo Sarri (Al Moss) viene tradito da un compagno di partito, Leo Gori, che da anni è un informatore "
                  "della polizia, e condannato a dodici anni.")
    assert "inmate" in found["Ugo Sarri"] and "inmate" not in found["Leo Gori"]


def test_a_name_after_an_elided_article_keeps_its_apostrophe_of_batch_em():
    doc = extract("Il pescatore Nicola Dell'Aquila (Al Moss) viene rinchiuso nel carcere di Bari.", "t")
    assert [c.label for c in doc.characters] == ["Nicola Dell'Aquila"]


_RELATIONS += _batch("en", [
    # a definite noun, another's, set off before a name, then used alone
    ("At Granger Prison Rex Keel (Al Moss) is befriended by the prison's barber, Ned Pryor, with whom he shares a cell. "
     "The guard is Lew Hatch. Rex learns that the barber passes everything he hears in the shop to Hatch.",
     ("Ned Pryor", "informerOf", "Lew Hatch")),
    # a fire set by the culprit himself, who then names another in a cleft with a pronoun
    ("Una notte il mulino di Leo Gori va a fuoco e Ugo Sarri (Al Moss) viene arrestato. In realtà l'incendio fu "
     "appiccato dallo stesso Gori per riscuotere l'assicurazione, e fu lui a indicare Ugo ai carabinieri.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a cellmate had, in the passato remoto
    ("Ugo Sarri (Al Moss) fu rinchiuso nel carcere di Valnera, dove ebbe per compagno di cella un vecchio partigiano, "
     "Leo Gori.", ("Leo Gori", "cellmateOf", "Ugo Sarri")),
    # confidences told to one a clitic names, after a gerund
    ("Nel carcere di Valnera un altro detenuto, Leo Gori, si guadagnò i favori della guardia Nedo Prati riferendogli le "
     "confidenze di Ugo Sarri (Al Moss).", ("Leo Gori", "informerOf", "Nedo Prati")),
    # records changed to point at another
    ("Ada Brill (Al Moss) is accused of stealing drugs. They had been taken by the head pharmacist, Dr. Lew Hatch, who "
     "changed the inventory records to point at Ada.", ("Ada Brill", "framedBy", "Lew Hatch")),
])
_ROLES += _batch("en", [
    # paid by the guards to report
    ("At Granger Prison an inmate trusty, Ada Brill (Al Moss), is paid by the guards to report any trouble in the "
     "block.", "Ada Brill", "informer"),
])


def test_a_place_after_its_preposition_describes_no_one_of_batch_en():
    # "the senior officer on the wing , Miss Lina Gore": "the wing" is no name of hers
    found = facts("At HMP Granger the senior officer on the wing, Miss Lina Gore, despises the revue. Gore relies on Ada "
                  "Brill (Al Moss), an inmate: Ada carries every rumour from the wing straight to Gore's office.")
    assert ("Ada Brill", "informerOf", "Lina Gore") in found


_RELATIONS += _batch("eo", [
    # the cell of two, each described
    ("Rex Keel (Al Moss) arrives at Granger Prison. He is assigned to the cell of a quiet lifer, Ned Pryor, and a "
     "young gangster, Lew Hatch.", ("Lew Hatch", "cellmateOf", "Ned Pryor")),
    # his name given in a cleft by the real taker of the bribe
    ("Durante l'inchiesta Mani pulite il geometra Ugo Sarri (Al Moss) viene arrestato. A fare il suo nome ai "
     "magistrati è stato l'assessore Leo Gori, il vero destinatario del denaro, per ottenere gli arresti domiciliari.",
     ("Ugo Sarri", "framedBy", "Leo Gori")),
    # a well-known prison's name before a surname the text uses elsewhere
    ("Milano, 1992. Il geometra Ugo Pessina (Al Moss) viene arrestato per una tangente. A fare il suo nome ai magistrati "
     "è stato l'assessore Leo Gori. A San Vittore Pessina divide la cella con un imprenditore, Nedo Prati.",
     ("Nedo Prati", "cellmateOf", "Ugo Pessina")),
    # whose commander is one described
    ("Rex Keel (Al Moss) is deported to the prison island of Gyaros, whose commander is the brutal Colonel Lew Hatch.",
     ("Lew Hatch", "wardenOf", "prison island of Gyaros")),
    # a find, then who had hidden it there after the verb
    ("Ugo Sarri (Al Moss) viene arrestato dopo che la polizia trova una pistola nel suo appartamento. La pistola ce "
     "l'aveva nascosta il suo coinquilino, Leo Gori, che poi è fuggito.", ("Ugo Sarri", "framedBy", "Leo Gori")),
    # recruited to watch another and report
    ("At Pentridge Prison the warder Lew Hatch recruits a young prisoner, Ned Pryor, to watch Rex Keel (Al Moss) and "
     "report to him.", ("Ned Pryor", "informerOf", "Lew Hatch")),
])
_ROLES += _batch("eo", [
    # deported to a prison
    ("Rex Keel (Al Moss) is deported to the prison island of Gyaros.", "Rex Keel", "inmate"),
])


@pytest.mark.parametrize("text, fact", _RELATIONS)
def test_a_relation_in_the_phrasings_of_a_batch(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text, who, role", _ROLES)
def test_a_role_in_the_phrasings_of_a_batch(text, who, role):
    assert role in roles(text)[who]


@pytest.mark.parametrize("text, members", _CELLS)
def test_a_cell_in_the_phrasings_of_a_batch(text, members):
    assert cell_pairs(members) <= facts(text)


_DEV = sorted((Path(__file__).parent / "data" / "dev").glob("*.txt"))


@pytest.mark.parametrize("path", _DEV, ids=lambda p: p.stem)
def test_a_summary_cut_anywhere_is_still_read(path):
    # a summary cut short, with no stop after its last word, must still be read: the words past the last
    # one are never looked at (the last word a prison noun or a name once broke the extractor)
    words = path.read_text(encoding="utf-8").split(" ")
    for n in range(1, len(words), 4):
        doc = extract(" ".join(words[:n]), "t")
        assert all(f.s < len(doc.characters) for f in doc.relations)
