"""Build resources/catalogue/interventions.yaml from the research reference plus our own editorial tables.

The reference (../shared/reference/interventions.yaml) supplies which records exist, their provider, website,
school types, pillars and their origin, prevention level, scope and sources.  Everything the user reads is ours:
descriptions and the short factual fields (grades, duration, training, cost, reach, notes) in our own words
(``E`` and ``FACTS``), normalised theme tags, structured grade ranges, and the kind of entry.

Recognition is re-derived by hand per entry (``RECOGNITION``), never by matching words in the reference's free
text: a level, the database whose page carries the decision date, that date only when a primary source gives it,
and a note that says why a date is unknown.  Evidence notes that limit an intervention are ``CAUTIONS``.  Entries
the reference record list lacks but its sources name are in ``NEW``, each with its own sources.
Records without confirmed facts (verified: false) and records that fit no school type are left out.

Run: ``.venv/bin/python tools/build_catalogue.py [path/to/interventions.yaml]`` and then
``.venv/bin/python tools/compile_content.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "interventions.yaml"
TARGET = ROOT / "resources" / "catalogue" / "interventions.yaml"
VERIFIED_ON = "2026-11-30"

THEMES = {
    "sociaal-emotioneel": "Sociaal-emotionele vaardigheden",
    "anti-pesten": "Pesten voorkomen en aanpakken",
    "sociale-veiligheid": "Sociale veiligheid",
    "klassenklimaat": "Klassen- en groepsklimaat",
    "gedrag": "Gedrag",
    "weerbaarheid": "Weerbaarheid",
    "ouderbetrokkenheid": "Ouderbetrokkenheid",
    "mentale-gezondheid": "Mentale gezondheid",
    "depressie": "Somberheid en depressie voorkomen",
    "angst": "Angst voorkomen",
    "scheiding": "Kinderen in een scheiding",
    "kopp": "Kinderen van ouders met psychische of verslavingsproblemen",
    "verzuim": "Verzuim en thuiszitten",
    "trauma": "Trauma en ingrijpende ervaringen",
    "nieuwkomers": "Nieuwkomers",
    "burgerschap": "Burgerschap",
    "conflicthantering": "Conflicten oplossen",
    "professionalisering": "Professionalisering van het team",
    "monitoring": "Monitoren en signaleren",
    "seksuele-weerbaarheid": "Seksuele weerbaarheid",
    "mediawijsheid": "Mediawijsheid",
    "leefstijl": "Gezonde leefstijl",
    "geluk": "Geluk en positieve psychologie",
    "zelfbeeld": "Zelfbeeld en identiteit",
    "peer-support": "Steun van leeftijdgenoten",
    "ketensamenwerking": "Samenwerking in de keten",
    "huiselijk-geweld": "Huiselijk geweld en kindermishandeling",
    "mantelzorg": "Jonge mantelzorgers",
    "overgang-po-vo": "Overgang naar het voortgezet onderwijs",
    "personeel": "Welbevinden van het team",
    "armoede": "Armoede en chronische stress",
    "criminaliteitspreventie": "Criminaliteit voorkomen",
    "stress": "Stress, druk en ontspanning",
    "zorgroute": "Signalen oppakken en doorverwijzen",
}

# Editorial table: id -> our own description, kind, theme tags, grade ranges, ages,
# recognition (level, database, date), scope override and implementation effort.
E: dict[str, dict[str, Any]] = {
    "vreedzame-school": dict(
        d="Schoolbreed programma dat de klas en de school als een kleine democratie ziet. Kinderen oefenen met "
          "samen beslissen, verantwoordelijkheid nemen en ruzies zelf oplossen, onder meer met leerlingmediatoren.",
        themes=["sociaal-emotioneel", "conflicthantering", "burgerschap", "klassenklimaat", "sociale-veiligheid",
                "ouderbetrokkenheid"],
        grades={"PO": [1, 8]}, ages=[4, 12], effort="hoog"),
    "kanjertraining": dict(
        d="Training voor de hele school met vier gekleurde petten als gemeenschappelijke taal over gedrag. Doel is "
          "pesten, ruzie en uitsluiting te voorkomen en kinderen zelfvertrouwen en respect voor elkaar te geven.",
        themes=["sociaal-emotioneel", "anti-pesten", "sociale-veiligheid", "klassenklimaat", "weerbaarheid",
                "ouderbetrokkenheid"],
        grades={"PO": [1, 8], "SBO": [1, 8], "VO": [1, 2]}, ages=[4, 15],
        effort="midden"),
    "swpbs": dict(
        d="Gelaagde, schoolbrede gedragsaanpak: gewenst gedrag wordt expliciet aangeleerd en beloond, en het team "
          "stuurt bij op eigen gedragsgegevens. Er is extra steun voor leerlingen met risico en voor wie meer "
          "nodig heeft.",
        themes=["klassenklimaat", "gedrag", "sociale-veiligheid", "ouderbetrokkenheid"],
        grades={}, ages=[None, None], effort="hoog"),
    "leefstijl": dict(
        d="Doorlopende lessenreeks over sociale vaardigheden van de kleutergroep tot de bovenbouw van het voortgezet "
          "onderwijs, met vaste wekelijkse lessen, opdrachten voor thuis en ouderbijeenkomsten.",
        themes=["sociaal-emotioneel", "ouderbetrokkenheid"],
        grades={"PO": [1, 8], "SBO": [1, 8], "SO": [1, 8], "VO": [1, 6]}, ages=[4, 18],
        effort="unknown"),
    "kiva": dict(
        d="Antipestprogramma dat pesten ziet als iets van de hele groep en omstanders leert het slachtoffer te "
          "steunen. Lessen en een online spel gaan samen met een KiVa-team dat incidenten oppakt en een "
          "leerlingmonitor.",
        themes=["anti-pesten", "sociale-veiligheid", "klassenklimaat", "sociaal-emotioneel", "ouderbetrokkenheid",
                "professionalisering"],
        grades={"PO": [5, 8]}, ages=[8, 12], effort="midden"),
    "taakspel": dict(
        d="Spelvorm tijdens gewone lessen: teams leerlingen helpen elkaar zich aan de klassenregels te houden en de "
          "leerkracht beloont gewenst gedrag. Zo wordt de klas rustiger en taakgerichter.",
        themes=["klassenklimaat", "gedrag", "anti-pesten", "sociale-veiligheid"],
        grades={"PO": [3, 8], "SBO": [3, 8], "SO": [3, 8], "VO": [1, 2]}, ages=[6, 14],
        effort="midden"),
    "rots-en-water": dict(
        d="Weerbaarheidstraining die lichaamsoefeningen verbindt met sociale vaardigheden: stevig staan als een"
          " rots en soepel meebewegen als water. Ook ingezet om grensoverschrijdend gedrag te voorkomen.",
        themes=["weerbaarheid", "sociaal-emotioneel", "anti-pesten", "seksuele-weerbaarheid"],
        grades={}, ages=[9, 18], effort="midden"),
    "goed-gedaan": dict(
        d="Lesmethode die scholen in alle groepen voor sociaal-emotioneel leren gebruiken. Aanbieder en "
          "onderbouwing zijn niet teruggevonden.",
        themes=["sociaal-emotioneel"], grades={"PO": [1, 8]}, ages=[4, 12], effort="unknown"),
    "alles-kidzzz": dict(
        d="Korte individuele training onder schooltijd voor kinderen met agressief of druk gedrag. Het kind leert "
          "boosheid herkennen en anders reageren, met ouders en leerkracht als bondgenoten.",
        themes=["gedrag", "zelfbeeld", "ouderbetrokkenheid"],
        grades={"PO": [6, 8]}, ages=[9, 12], effort="midden"),
    "plezierige-klas": dict(
        d="Klassikale training waarmee kinderen, hun leerkracht en de intern begeleider een gedeelde taal "
          "krijgen over gedrag, grenzen en vriendschap. Eerst vooral herstellend ingezet, nu in de regio "
          "Alkmaar op grote schaal als preventie in de klas.",
        themes=["weerbaarheid", "sociaal-emotioneel", "anti-pesten", "klassenklimaat"],
        grades={}, ages=[None, None], effort="midden"),
    "plezier-op-school": dict(
        d="Groepstraining rond de overstap naar de brugklas voor kinderen die gepest worden of angstig zijn. Met een "
          "zomercursus, terugkombijeenkomsten en informatie voor ouders.",
        themes=["anti-pesten", "weerbaarheid", "angst", "depressie", "overgang-po-vo", "ouderbetrokkenheid"],
        grades={"PO": [8, 8], "VO": [1, 1]}, ages=[11, 13], effort="midden"),
    "think-op-school": dict(
        d="Leerlijn voor jongeren waarin ze zelf onderwerpen kiezen rond sociale en emotionele vaardigheden, zoals "
          "omgaan met stress en problemen oplossen, samen met preventiewerkers.",
        themes=["sociaal-emotioneel", "mentale-gezondheid", "stress", "ketensamenwerking"],
        grades={"VO": [1, 3], "MBO": [1, 4]}, ages=[12, 18], effort="unknown"),
    "kopp-kov-groepen": dict(
        d="Preventiegroepen voor kinderen en jongeren van wie een ouder psychische of verslavingsproblemen heeft. "
          "Ze krijgen uitleg, oefenen met omgaan met de situatie en ontmoeten lotgenoten.",
        themes=["kopp", "weerbaarheid", "mentale-gezondheid"],
        grades={}, ages=[None, None], kind="voorziening", effort="laag"),
    "kopstoring": dict(
        d="Groepscursus via chat voor jongeren van wie vader of moeder psychische of verslavingsproblemen "
          "heeft, met een preventiewerker als begeleider. School kan leerlingen erop wijzen.",
        themes=["kopp", "peer-support", "mentale-gezondheid"],
        grades={}, ages=[16, 25], kind="voorziening", effort="laag"),
    "kies": dict(
        d="Groepsprogramma voor kinderen van gescheiden ouders. Ze praten en spelen over wat de scheiding met hen doet "
          "en leren gevoelens te uiten; ouders krijgen een eigen bijeenkomst.",
        themes=["scheiding", "sociaal-emotioneel", "ouderbetrokkenheid"],
        grades={"PO": [1, 8]}, ages=[4, 17], effort="laag"),
    "expex": dict(
        d="Jongeren die zelf jeugdhulp of psychische problemen hebben meegemaakt, worden opgeleid om "
          "voorlichting te geven en leeftijdgenoten te steunen. Bedoeld om taboes te doorbreken.",
        themes=["peer-support", "mentale-gezondheid"],
        grades={}, ages=[None, None], kind="voorziening", effort="laag"),
    "mind-young-academy": dict(
        d="Drie klassikale lessen door getrainde jonge voorlichters over mentale gezondheid, stigma en hulp zoeken. "
          "De school hoeft zelf geen training te volgen.",
        themes=["mentale-gezondheid", "peer-support", "depressie"],
        grades={"VO": [3, 6], "MBO": [1, 4]}, ages=[14, 20], effort="laag"),
    "ease": dict(
        d="Gratis inloopplek waar jongeren zonder hun naam te noemen terechtkunnen bij getrainde "
          "leeftijdgenoten, gesteund door professionals. Een plek om naar te verwijzen, geen schoolprogramma.",
        themes=["mentale-gezondheid", "peer-support"],
        grades={}, ages=[12, 25], kind="voorziening", effort="laag"),
    "mazl": dict(
        d="Aanpak waarbij school, ouders en jeugdarts samen kijken naar een leerling die vaak ziek wordt "
          "gemeld. Zo komt verzuim vroeg ter sprake en wordt thuiszitten voorkomen.",
        themes=["verzuim", "ketensamenwerking", "ouderbetrokkenheid"],
        grades={"VO": [1, 6], "MBO": [1, 4]}, ages=[None, None],
        effort="midden"),
    "traumasensitief-onderwijs": dict(
        d="Teamaanpak die helpt het gedrag te begrijpen van leerlingen die ingrijpende dingen hebben "
          "meegemaakt, en de school voorspelbaar en veilig te maken. Het team leert signalen zien en rustig "
          "reageren.",
        themes=["trauma", "nieuwkomers", "klassenklimaat", "personeel", "professionalisering"],
        grades={}, ages=[None, None], effort="midden"),
    "teamup": dict(
        d="Wekelijkse sessies met beweging, spel en ontspanning voor kinderen die gevlucht zijn, om stress te "
          "verminderen en veerkracht op te bouwen. Op school vooral in nieuwkomersklassen.",
        themes=["trauma", "nieuwkomers", "weerbaarheid", "stress"],
        grades={}, ages=[6, 18], effort="midden"),
    "rondom-jong": dict(
        d="Werkvorm waarmee school, GGD en andere partners in de regio samen afspraken maken over het vroeg "
          "herkennen van somberheid bij jongeren en het doorverwijzen.",
        themes=["depressie", "ketensamenwerking", "zorgroute"],
        grades={"VO": [1, 6]}, ages=[13, 18], effort="laag"),
    "buitenshuis-project": dict(
        d="Biedt jonge kinderen uit gezinnen met zware problemen een vaste plek in de kinderopvang, met getrainde "
          "medewerkers. Scholen werken er als partner aan mee.",
        themes=["kopp", "huiselijk-geweld", "ketensamenwerking"],
        grades={}, ages=[0, 18], kind="voorziening", effort="laag"),
    "welbevinden-op-school": dict(
        d="Ondersteuningsprogramma van het Trimbos-instituut binnen Gezonde School, met modules en advies voor een "
          "schoolbrede aanpak van welbevinden langs de vier pijlers.",
        themes=["mentale-gezondheid", "personeel", "professionalisering", "zorgroute"],
        grades={}, ages=[None, None], effort="laag"),
    "grip-op-je-dip": dict(
        d="Online groepscursus voor jongeren met sombere gevoelens, begeleid door een ggz-professional. School kan "
          "leerlingen met klachten ernaar verwijzen.",
        themes=["depressie", "mentale-gezondheid"],
        grades={}, ages=[16, 25], kind="voorziening",
        effort="laag"),
    "me-we": dict(
        d="Groepsprogramma voor jonge mantelzorgers om veerkracht en welbevinden te versterken, ontwikkeld in een "
          "Europees onderzoeksproject.",
        themes=["mantelzorg", "weerbaarheid", "mentale-gezondheid"],
        grades={}, ages=[15, 17], kind="voorziening", effort="laag"),
    "skills4life": dict(
        d="Lesprogramma voor praktijkonderwijs en vmbo basis en kader over sociale en levensvaardigheden, ook met "
          "het oog op stage en werk.",
        themes=["sociaal-emotioneel", "ouderbetrokkenheid"],
        grades={}, ages=[None, None], effort="unknown"),
    "levensvaardigheden": dict(
        d="Modulair lesprogramma voor het voortgezet onderwijs over sociale en emotionele vaardigheden, "
          "weerbaarheid en het voorkomen van pesten en somberheid.",
        themes=["sociaal-emotioneel", "weerbaarheid", "anti-pesten", "depressie"],
        grades={}, ages=[None, None], effort="unknown"),
    "sova-trainingen": dict(
        d="Verzamelnaam voor trainingen in sociale vaardigheden voor kleine groepen leerlingen die moeite hebben met "
          "contact of gedrag. Inhoud en kwaliteit verschillen per aanbieder.",
        themes=["sociaal-emotioneel", "gedrag", "weerbaarheid"],
        grades={}, ages=[None, None], effort="laag"),
    "zippys-vrienden": dict(
        d="Lessenreeks voor jonge kinderen over omgaan met gevoelens, vriendschap, verlies en verandering, aan de "
          "hand van verhalen over een wandelende tak.",
        themes=["sociaal-emotioneel", "anti-pesten", "weerbaarheid"],
        grades={"PO": [2, 4]}, ages=[5, 8], effort="midden"),
    "lekker-fit": dict(
        d="Schoolbreed programma over gezond eten en bewegen met extra gymlessen, aandacht voor de schoolomgeving en "
          "signalering van overgewicht. Vooral leefstijl, met raakvlak met welbevinden.",
        themes=["leefstijl", "ouderbetrokkenheid"],
        grades={"PO": [3, 8]}, ages=[6, 12], effort="hoog"),
    "happyles": dict(
        d="Lessen over mentale fitheid voor vmbo en mbo, deels online, gevolgd door een kort persoonlijk gesprek. "
          "Jongeren met sombere klachten worden zo vroeg gezien en kunnen verder geholpen worden.",
        themes=["depressie", "mentale-gezondheid", "zorgroute"],
        grades={"VO": [1, 4], "MBO": [1, 4]}, ages=[13, 25], effort="laag"),
    "sterk-huis-smart-start": dict(
        d="Organisatie voor hulp bij huiselijk geweld en kindermishandeling; met het project Smart Start werkt zij aan "
          "vroeg herkennen van gezinnen die steun nodig hebben.",
        themes=["huiselijk-geweld", "ketensamenwerking"],
        grades={}, ages=[None, None], kind="voorziening", effort="laag"),
    "zien": dict(
        d="Volgsysteem waarmee de school welbevinden en sociaal-emotionele ontwikkeling bijhoudt, met lijsten "
          "voor leerkracht en leerling en adviezen voor de aanpak. Telt mee voor de jaarlijkse monitor sociale "
          "veiligheid.",
        themes=["monitoring", "sociale-veiligheid", "sociaal-emotioneel"],
        grades={"PO": [1, 8], "SBO": [1, 8], "VO": [1, 6]}, ages=[4, 18], kind="signaleringsinstrument", effort="laag"),
    "kanvas": dict(
        d="Volg- en adviessysteem van Kanjertraining voor sociale competentie, welbevinden en sociale veiligheid, met "
          "vragenlijsten voor leerlingen en leerkrachten.",
        themes=["monitoring", "sociale-veiligheid", "sociaal-emotioneel"],
        grades={"PO": [1, 8], "SBO": [1, 8], "VO": [1, 3]}, ages=[4, 15], kind="signaleringsinstrument", effort="laag"),
    "scol": dict(
        d="Observatielijst waarmee de leerkracht twee keer per jaar de sociale competentie van elke leerling "
          "vastlegt, met een bijbehorende monitor sociale veiligheid.",
        themes=["monitoring", "sociale-veiligheid", "sociaal-emotioneel"],
        grades={"PO": [1, 8], "SBO": [1, 8], "SO": [1, 8]}, ages=[4, 12], kind="signaleringsinstrument", effort="laag"),
    "viseon-cito": dict(
        d="Instrument van Cito dat sociaal-emotioneel functioneren in kaart brengt, met een lijst voor de leerkracht "
          "vanaf groep 3 en een lijst voor leerlingen vanaf groep 5.",
        themes=["monitoring", "sociale-veiligheid", "sociaal-emotioneel"],
        grades={"PO": [3, 8], "SO": [6, 8]}, ages=[6, 14], kind="signaleringsinstrument", effort="laag"),
    "eigenwijzr": dict(
        d="Vragenlijst voor welbevinden en sociale veiligheid die op de lijst van de inspectie voor de monitor staat.",
        themes=["monitoring", "sociale-veiligheid"],
        grades={}, ages=[None, None], kind="signaleringsinstrument",
        effort="laag"),
    "prima": dict(
        d="Modulaire aanpak van pesten voor de hele school: het team volgt een e-learning, de groepen krijgen een "
          "lessenserie en een pestmeter laat zien waar gepest wordt.",
        themes=["anti-pesten", "sociale-veiligheid", "klassenklimaat", "ouderbetrokkenheid", "professionalisering"],
        grades={"PO": [1, 8], "SO": [1, 8]}, ages=[4, 12], effort="hoog"),
    "pad": dict(
        d="Uitgebreid lesprogramma voor alle groepen over zelfcontrole, emoties herkennen en problemen oplossen, met "
          "veel korte lessen en dagelijkse oefening.",
        themes=["sociaal-emotioneel", "gedrag", "klassenklimaat"],
        grades={"PO": [1, 8], "SBO": [1, 8], "SO": [1, 8]}, ages=[4, 12],
        effort="hoog"),
    "kwink": dict(
        d="Digitale lesmethode voor sociaal-emotioneel leren, om de week een les, over groepsvorming, "
          "burgerschap, mediawijsheid en pesten voorkomen.",
        themes=["sociaal-emotioneel", "klassenklimaat", "anti-pesten", "burgerschap", "mediawijsheid"],
        grades={"PO": [1, 8]}, ages=[4, 12], effort="laag"),
    "vrienden": dict(
        d="Programma om angst en somberheid te voorkomen door kinderen te leren omgaan met moeilijke situaties en "
          "gedachten. Ook ouders krijgen bijeenkomsten.",
        themes=["angst", "depressie", "weerbaarheid", "ouderbetrokkenheid"],
        grades={}, ages=[4, 16], effort="midden"),
    "sta-sterk": dict(
        d="Training in weerbaarheid voor kinderen die gepest worden; over aanbieder en inhoud is weinig bekend.",
        themes=["anti-pesten", "weerbaarheid"],
        grades={}, ages=[None, None], effort="unknown"),
    "lessen-in-geluk": dict(
        d="Korte lessenreeks voor de onderbouw van het voortgezet onderwijs over welbevinden vanuit de positieve "
          "psychologie.",
        themes=["geluk", "mentale-gezondheid"],
        grades={"VO": [1, 3]}, ages=[12, 15], effort="laag"),
    "marietje-kessels-project": dict(
        d="Weerbaarheidsproject voor de bovenbouw van de basisschool, onder meer over grenzen aangeven en het "
          "voorkomen van seksueel grensoverschrijdend gedrag.",
        themes=["weerbaarheid", "seksuele-weerbaarheid", "ouderbetrokkenheid"],
        grades={}, ages=[None, None], effort="unknown"),
    "kapot-sterk": dict(
        d="Vijf lessen in groep 8 over groepsdruk, keuzes en dromen, grotendeels gegeven door lokale partners als de "
          "wijkagent en het jongerenwerk.",
        themes=["weerbaarheid", "criminaliteitspreventie"],
        grades={"PO": [8, 8]}, ages=[11, 12], effort="laag"),
    "het-huis-sitara": dict(
        d="Trainingen over identiteit, zelfbeeld en weerbaarheid voor de bovenbouw en de eerste jaren van het "
          "voortgezet onderwijs, gegeven door trainers van Stichting Sitara.",
        themes=["weerbaarheid", "zelfbeeld", "ouderbetrokkenheid"],
        grades={"PO": [6, 8], "VO": [1, 2]}, ages=[9, 14], effort="laag"),
    "vios": dict(
        d="Werkwijze waarin school, gemeente, politie en andere partners samen afspraken maken over veiligheid in en "
          "om de school.",
        themes=["sociale-veiligheid", "ketensamenwerking", "criminaliteitspreventie"],
        grades={}, ages=[None, None], effort="midden"),
    "levenskunde-augeo": dict(
        d="Aanbod van Augeo Foundation voor scholen over de veerkracht van kinderen die opgroeien met "
          "chronische stress, bijvoorbeeld door armoede.",
        themes=["weerbaarheid", "armoede", "trauma"],
        grades={}, ages=[None, None], effort="unknown"),
    "kopopouders-online": dict(
        d="Online groepscursus voor ouders met psychische problemen over opvoeden. School kan ouders erop wijzen.",
        themes=["kopp", "ouderbetrokkenheid"],
        grades={}, ages=[None, None], kind="voorziening", effort="laag"),
}


# --- recognition, re-derived by hand from the reference (never from a text match) -------------------------
# Each entry: level, database whose page carries the date, decision date (only from a primary source: the NJi or
# Loket Gezond Leven page or an NJi news item; otherwise None) and a note that says where it comes from or why
# the date stays unknown.  Facts: ../shared/reference/interventions.yaml and interventions_notes.md §2 and §6.


def R(level: str, database: str | None = None, date: str | None = None, note: str | None = None,
      other: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    return {"level": level, "database": database, "date": date, "note": note, "other": list(other)}


#: The Commissie Anti-pestprogramma's (NJi) judged 61 programmes in 2014 (nji.nl/antipestprogramma).
KANSRIJK_2014 = {"level": "unknown", "label": "Kansrijk (NJi-Commissie Anti-pestprogramma's, 2014)",
                 "database": None, "date": "2014",
                 "note": "Oordeel van de commissie die in 2018 is opgeheven; geen erkenning in de databank."}
POTENTIE_2014 = {"level": "unknown", "label": "Potentie, nog niet kansrijk (NJi-Commissie Anti-pestprogramma's, 2014)",
                 "database": None, "date": "2014",
                 "note": "Oordeel van de commissie die in 2018 is opgeheven; geen erkenning in de databank."}
NO_DATE = "Het oordeel is bevestigd, maar de datum van het besluit staat niet in een primaire bron."
INSTRUMENT = ("Signaleringsinstrument: geen erkenning als interventie; kijk naar de inspectielijst voor de monitor "
              "sociale veiligheid en naar het COTAN-oordeel.")

RECOGNITION: dict[str, dict[str, Any]] = {
    "vreedzame-school": R("eerste_aanwijzingen", "nji", "2015",
                          "Erkend volgens een nieuwsbericht van het NJi (2015). De uitgever meldt een herbeoordeling "
                          "in 2017 met hetzelfde oordeel; die besluitdatum staat niet in een primaire bron.",
                          (KANSRIJK_2014,)),
    "kanjertraining": R("sterke_aanwijzingen", "lgl", "2015-12-10",
                        "Datum van de erkenning op de pagina van Loket Gezond Leven. De uitgever meldt dat het "
                        "oordeel in 2022 opnieuw is gegeven; die besluitdatum staat niet in een primaire bron.",
                        (KANSRIJK_2014,)),
    "swpbs": R("unknown", None, None, "Het NJi beschrijft SWPBS, maar een erkenningsoordeel is niet gevonden.",
               (POTENTIE_2014,)),
    "leefstijl": R("goed_onderbouwd", "nji", "2017-06-08",
                   "Volgens het NJi ouder dan vijf jaar en in herbeoordeling."),
    "kiva": R("sterke_aanwijzingen", "nji", None,
              "Het oordeel staat in een nieuwsbericht van KiVa zelf (15 december 2022); de datum van het besluit "
              "is niet in een primaire bron gevonden. Eerder (2015) effectief volgens goede aanwijzingen.",
              (KANSRIJK_2014,)),
    "taakspel": R("goede_aanwijzingen", "nji", "2016-10-06", None, (KANSRIJK_2014,)),
    "rots-en-water": R("niet_erkend", "nji", "2017-10-27",
                       "Het NJi meldt dat de erkenningscommissie de interventie opnieuw beoordeelt."),
    "goed-gedaan": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "alles-kidzzz": R("goede_aanwijzingen", "nji", "2018-11-02",
                      "Volgens het NJi ouder dan vijf jaar en in herbeoordeling.", (KANSRIJK_2014,)),
    "plezierige-klas": R("unknown", None, None, "Regionale aanpak; geen oordeel gevonden in de databanken."),
    "plezier-op-school": R("goede_aanwijzingen", "lgl", "2016-12-05", None, (KANSRIJK_2014,)),
    "think-op-school": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "kopp-kov-groepen": R("unknown", None, None,
                          "Verzamelnaam voor regionaal aanbod; voor losse programma's zie bijvoorbeeld Kopstoring."),
    "kopstoring": R("goed_onderbouwd", "nji", None, NO_DATE),
    "kies": R("goede_aanwijzingen", "nji", "2020-12-11", "De erkenning geldt voor de groepen van 7 tot 12 jaar."),
    "expex": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "mind-young-academy": R("unknown", None, None,
                            "De aanbieder vroeg in 2021 erkenning aan bij Loket Gezond Leven; de uitkomst is niet "
                            "gevonden."),
    "ease": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "mazl": R("eerste_aanwijzingen", "nji", "2017-03-29", "Het oordeel geldt voor M@ZL in het voortgezet onderwijs."),
    "traumasensitief-onderwijs": R("unknown", None, None, "Niet gevonden in de databank van het NJi."),
    "teamup": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "rondom-jong": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "buitenshuis-project": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "welbevinden-op-school": R("niet_beoordeeld", None, None,
                               "Kennis- en ondersteuningsprogramma; een erkenning als interventie is niet van "
                               "toepassing."),
    "grip-op-je-dip": R("eerste_aanwijzingen", "nji", "2020-06-11"),
    "me-we": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "skills4life": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "levensvaardigheden": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "sova-trainingen": R("unknown", None, None,
                         "Verzamelnaam; alleen de variant SoVa op Maat is beoordeeld, door de erkenningscommissie "
                         "voor justitiële interventies."),
    "zippys-vrienden": R("goed_onderbouwd", "nji", "2011-03-03",
                         "Oordeel op een oude pagina van de databank, ouder dan vijf jaar; of het programma nog in "
                         "de databank staat, is niet zeker.", (POTENTIE_2014,)),
    "lekker-fit": R("eerste_aanwijzingen", "lgl", "2016-04-14"),
    "happyles": R("goed_onderbouwd", "nji", "2020-09-24"),
    "sterk-huis-smart-start": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "zien": R("niet_beoordeeld", None, None, INSTRUMENT),
    "kanvas": R("niet_beoordeeld", None, None, INSTRUMENT),
    "scol": R("niet_beoordeeld", None, None, INSTRUMENT),
    "viseon-cito": R("niet_beoordeeld", None, None, INSTRUMENT),
    "eigenwijzr": R("niet_beoordeeld", None, None, INSTRUMENT),
    "prima": R("eerste_aanwijzingen", "lgl", "2020-02-13", None, (KANSRIJK_2014,)),
    "pad": R("sterke_aanwijzingen", "lgl", "2017-06-08", None, (KANSRIJK_2014,)),
    "kwink": R("goed_onderbouwd", "lgl", "2017-06-08"),
    "vrienden": R("sterke_aanwijzingen", "lgl", "2018-11-02"),
    "sta-sterk": R("unknown", None, None, "Geen oordeel gevonden in de databanken.", (KANSRIJK_2014,)),
    "lessen-in-geluk": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "marietje-kessels-project": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "kapot-sterk": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "het-huis-sitara": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "vios": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "levenskunde-augeo": R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
    "kopopouders-online": R("unknown", "nji", None,
                            "Het programma staat in de databank van het NJi; het oordeel zelf is niet gevonden."),
    "gezonde-kinderopvang": R("niet_beoordeeld", None, None,
                              "Landelijk programma voor de kinderopvang; een erkenning als interventie is niet van "
                              "toepassing."),
}

# --- what limits an intervention, in our own words: shown as cautions with the advice -------------------
CAUTIONS: dict[str, list[str]] = {
    "kanjertraining": [
        "De sterke aanwijzingen gelden voor de inzet in klassen met veel conflicten en voor de ouder-kindtraining "
        "bij een psycholoog of orthopedagoog; een direct effect op pesten is niet gevonden."],
    "kies": ["De erkenning geldt voor de groepen van 7 tot 12 jaar."],
    "mazl": ["De erkenning geldt voor de werkwijze in het voortgezet onderwijs."],
    "kopstoring": ["Het proefschrift over Kopstoring vond een goede uitvoering, maar geen aangetoond effect op "
                   "klachten."],
    "zippys-vrienden": ["Of het programma nog in de databank van het NJi staat, is niet zeker."],
    "me-we": ["In Nederland deden maar 27 jongeren mee aan het onderzoek; of de training hier nog wordt gegeven, "
              "is onbekend."],
    "rots-en-water": ["De erkenningscommissie van het NJi erkende Rots en Water in 2017 niet; een herbeoordeling "
                      "loopt."],
    "lekker-fit": ["Vooral een programma voor gezond eten en bewegen."],
    "sova-trainingen": ["Inhoud en kwaliteit verschillen per aanbieder."],
    "leefstijl": ["De erkenning is ouder dan vijf jaar en wordt volgens het NJi opnieuw beoordeeld."],
    "alles-kidzzz": ["De erkenning is ouder dan vijf jaar en wordt volgens het NJi opnieuw beoordeeld."],
    "scol": ["Dat SCOL in de instrumentendatabank van het NJi staat, meldt alleen de uitgever."],
    "plezierige-klas": ["Alleen beschreven in de regio Alkmaar; vraag de GGD of het samenwerkingsverband naar de "
                        "trainers."],
    "gezonde-kinderopvang": ["Bedoeld voor de kinderopvang, niet voor de school zelf: interessant als partner in "
                             "een doorgaande lijn, bijvoorbeeld in een kindcentrum."],
}

#: Themes on which the evidence itself is limited (the caution says how): a goal on such a theme costs points.
LIMITED_THEMES: dict[str, list[str]] = {
    "kanjertraining": ["anti-pesten"],
    "kopstoring": ["mentale-gezondheid"],
}

# --- short factual fields in our own words (None = unknown) ----------------------------------------------
F = dict  # grades_text, duration, training, cost, reach, notes

FACTS: dict[str, dict[str, str | None]] = {
    "vreedzame-school": F(grades_text="Groep 1 tot en met 8; er is ook een versie voor de kinderopvang.",
                          duration="Zes thema-blokken per jaar, in alle groepen tegelijk, met een les per week.",
                          training="Twee jaar invoering met een trainer van de CED-Groep: teamtraining, klasbezoeken, "
                                   "ouderavonden en training van leerlingmediatoren.",
                          reach="Volgens een school die de uitgever aanhaalt, werken er ruim duizend scholen mee.",
                          notes="Een niet-officiële bron meldt een nieuwe erkenning in 2026; die is niet "
                                "gecontroleerd."),
    "kanjertraining": F(grades_text="Alle groepen van de basisschool, ook het speciaal basisonderwijs, en de eerste "
                                    "twee "
                                    "leerjaren van het voortgezet onderwijs.",
                        duration="Het hele schooljaar een les per week of per twee weken.",
                        training="Leerkrachten volgen de Kanjerscholing; steun van team en directie is nodig. "
                                 "Licentievoorwaarden zijn niet gevonden.",
                        reach="Loket Gezond Leven noemt ongeveer 1.700 scholen; de uitgever noemde in 2016 er ruim "
                              "2.500."),
    "swpbs": F(grades_text="Alle leerlingen in primair, voortgezet en middelbaar beroepsonderwijs, regulier en "
                           "speciaal.",
               duration="Een invoering van meerdere jaren: twee jaar lang vier teamtrainingen per jaar en elke maand "
                        "een bijeenkomst met de coach (volgens een adviesbureau).",
               training="Een gelicentieerde SWPBS-coach begeleidt; de school wijst een coördinator aan en kan zich "
                        "laten certificeren voor drie jaar."),
    "leefstijl": F(grades_text="Van groep 1 tot de bovenbouw van het voortgezet onderwijs, ook speciaal onderwijs.",
                   duration="Elke week een les met een vaste opbouw en elk jaar een ouderbijeenkomst."),
    "kiva": F(grades_text="Kernlessen in groep 5 tot en met 8.",
              duration="Elk jaar tien lessen per groep en twee keer per jaar een vragenlijst, meerdere jaren achter "
                       "elkaar.",
              training="Een startscholing van twee dagen voor leerkrachten, intern begeleider en directie, daarna "
                       "bijeenkomsten voor de KiVa-teams. Niet zonder begeleiding in te voeren."),
    "taakspel": F(grades_text="Groep 3 tot en met 8, met versies voor kleuters, het plein en de eerste klassen van "
                              "het voortgezet onderwijs.",
                  duration="Hoogstens drie keer per week, van tien minuten tot een hele dag.",
                  training="Alleen met een onderwijsadviseur die een licentie heeft: drie bijeenkomsten van ongeveer "
                           "tweeënhalf uur, samen tien tot vijfentwintig uur."),
    "rots-en-water": F(grades_text="Volgens het NJi van 9 tot 18 jaar; aanbieders noemen ook jongere kinderen.",
                       duration="Voor leerlingen meestal acht tot tien lessen van drie kwartier.",
                       training="Een driedaagse training levert een trainerscertificaat op; elke vier jaar "
                                "nascholing."),
    "goed-gedaan": F(grades_text="Alle groepen, volgens een schoolwebsite.",
                     notes="Niet te verwarren met het compliment 'goed gedaan' in SWPBS."),
    "alles-kidzzz": F(grades_text="Groep 6 tot en met 8.",
                      duration="Acht wekelijkse sessies van drie kwartier onder schooltijd.",
                      training="Alleen door een gecertificeerde trainer met een hbo- of wo-opleiding."),
    "plezierige-klas": F(grades_text="Basisschool; de groepen zijn niet gevonden.",
                         duration="Zes bijeenkomsten in de klas.",
                         training="Trainers van de schoolbesturen zelf, opgeleid met geld van de gemeente en het "
                                  "samenwerkingsverband; de GGD werkt mee aan de uitrol.",
                         notes="Een regionaal voorbeeld dat een school als eigen interventie kan overnemen."),
    "plezier-op-school": F(grades_text="De overstap van groep 8 naar de brugklas.",
                           duration="Een kennismaking, een ouderavond, twee dagen zomercursus in de laatste "
                                    "vakantieweek, een eindgesprek en een terugkomdag."),
    "think-op-school": F(grades_text="Vooral de onderbouw van het voortgezet onderwijs en het mbo.",
                         duration="Een doorlopende leerlijn; leerlingen, ouders en school kiezen samen de "
                                  "onderwerpen."),
    "kopp-kov-groepen": F(grades_text="Aparte groepen voor basisschoolkinderen en voor jongeren.",
                          duration="Bijvoorbeeld zes tot acht bijeenkomsten.",
                          cost="In de regio Noord-Holland Noord gratis voor de kinderen.",
                          notes="In de regio Alkmaar bieden verslavingszorg en ggz doe- en praatgroepen; een "
                                "regionaal voorbeeld dat een school kan overnemen door leerlingen en ouders erop te "
                                "wijzen."),
    "kopstoring": F(grades_text="Jongeren van 16 tot 25 jaar.",
                    duration="Acht chatavonden van anderhalf uur, een per week, met opdrachten tussendoor.",
                    training="Een preventiewerker of hulpverlener uit de ggz begeleidt.",
                    cost="Gratis voor wie meedoet."),
    "kies": F(grades_text="Aparte groepen voor kinderen van 4 tot 6, van 7 tot 12 en van 13 tot 17 jaar.",
              duration="Op de basisschool acht wekelijkse bijeenkomsten van een uur; voor jongeren vier van anderhalf "
                       "uur; en minstens twee bijeenkomsten voor ouders.",
              training="Gecertificeerde KIES-coaches voeren het uit."),
    "expex": F(training="Jongeren met eigen ervaring krijgen een basistraining.",
               notes="Geen vast schoolprogramma; voorlichting op school kan wel."),
    "mind-young-academy": F(grades_text="De bovenbouw van vmbo, havo en vwo en mbo niveau 3 en 4.",
                            duration="Drie lessen van een uur door twee jonge voorlichters, na een intake met de "
                                     "school.",
                            training="De voorlichters worden opgeleid; de school zelf hoeft niets te volgen.",
                            reach="Sinds 2016 ruim 13.000 jongeren (stand 2022)."),
    "ease": F(grades_text="Jongeren van 12 tot 25 jaar.", duration="Binnenlopen wanneer je wilt, zo vaak als nodig.",
              training="De gesprekspartners zijn getrainde jongeren van 18 tot 30 jaar.",
              cost="Gratis voor jongeren.", reach="13 plekken in het land (stand 2024)."),
    "mazl": F(grades_text="Eerst voortgezet onderwijs en mbo, nu ook een versie voor de basisschool.",
              duration="Een vaste werkwijze in het verzuimbeleid, in zes stappen.",
              training="School, jeugdgezondheidszorg en gemeente maken samen afspraken; de jeugdarts voert het "
                       "gesprek."),
    "traumasensitief-onderwijs": F(grades_text="Alle leerjaren.",
                                   training="Teamtraining door verschillende aanbieders."),
    "teamup": F(grades_text="Kinderen van 6 tot 18 jaar, op school in nieuwkomersklassen.",
                duration="Elke week sessies op vaste tijden met dezelfde begeleiders.",
                training="Leerkrachten krijgen een basistraining en begeleiding."),
    "rondom-jong": F(grades_text="Jongeren van 13 tot 18 jaar.",
                     duration="Een of meer bijeenkomsten met partners en later een vervolg om acties te bespreken."),
    "buitenshuis-project": F(grades_text="Kinderen van 0 tot 18 jaar.", duration="Twee jaar per kind.",
                             training="Medewerkers van de opvang en de verbindende coördinator worden getraind.",
                             cost="Gemeenten kopen plaatsen in; het bedrag is niet gevonden."),
    "welbevinden-op-school": F(grades_text="Primair, voortgezet, speciaal en middelbaar beroepsonderwijs.",
                               duration="Modules van een tot anderhalf uur; trajecten met groepen scholen duren "
                                        "langer.",
                               training="Begeleiding door adviseurs van het programma, door schoolpsychologen en door "
                                        "de GGD."),
    "grip-op-je-dip": F(grades_text="Jongeren van 16 tot 25 jaar.", duration="Zes bijeenkomsten.",
                        training="Een getrainde ggz-professional begeleidt."),
    "me-we": F(grades_text="Jongeren van 15 tot 17 jaar."),
    "skills4life": F(grades_text="Praktijkonderwijs en vmbo basis en kader."),
    "levensvaardigheden": F(grades_text="Voortgezet onderwijs; aan een versie voor de basisschool wordt gewerkt.",
                            duration="In losse modules; het aantal lessen is niet gevonden."),
    "sova-trainingen": F(grades_text="Verschilt per training."),
    "zippys-vrienden": F(grades_text="Groep 2 tot en met 4.", duration="24 lessen.",
                         training="Leerkrachten worden erin getraind."),
    "lekker-fit": F(grades_text="Groep 3 tot en met 8.", duration="Meestal drie jaar.",
                    training="Een vakleerkracht gym, een diëtist en sportdocenten voeren het uit."),
    "happyles": F(grades_text="Vmbo en mbo.",
                  duration="Vier lesuren, waarvan twee online, en daarna een persoonlijk gesprek.",
                  training="De uitvoerder volgt een train-de-trainer van een dag bij het Trimbos-instituut; de mentor "
                           "is bij de lessen.",
                  cost="De uitvoerder betaalt training en licenties; het bedrag is niet gevonden."),
    "sterk-huis-smart-start": F(duration="Smart Start is een ontwikkelproject van drie jaar.",
                                notes="Geen schoolprogramma, wel een partner bij zorgen thuis."),
    "zien": F(grades_text="Groep 1 tot en met 8 (leerlingen vullen zelf in vanaf groep 5) en een versie voor het "
                          "voortgezet onderwijs.",
              reach="Volgens de aanbieder rond 2013 ruim 3.000 basisscholen."),
    "kanvas": F(grades_text="Leerlingen van 4 tot 15 jaar.", training="Hoort bij de licentie van Kanjertraining."),
    "scol": F(grades_text="Basisschool en speciaal (basis)onderwijs; er is ook een handleiding voor het voortgezet "
                          "onderwijs.",
              duration="De leerkracht vult twee keer per jaar 27 vragen per leerling in."),
    "viseon-cito": F(grades_text="Leerkrachtlijst vanaf groep 3, leerlinglijst vanaf groep 5, en een versie voor het "
                                 "speciaal onderwijs.",
                     duration="Zelf in te plannen, bijvoorbeeld een of twee keer per jaar."),
    "prima": F(grades_text="Groep 1 tot en met 8; de pestmeter vanaf groep 5.",
               duration="Minstens twee jaar: een e-learning van drie uur per leerkracht en acht lessen per groep.",
               training="Het team volgt een e-learning; begeleiding door een gecertificeerde begeleider wordt "
                        "aangeraden.",
               cost="Geld voor aanschaf en begeleiding; het bedrag is niet gevonden."),
    "pad": F(grades_text="Groep 1 tot en met 8, ook speciaal (basis)onderwijs.",
             duration="Een of twee korte lessen per week, met dagelijkse oefening, acht jaar lang.",
             training="Het team volgt vooraf een training van twee dagen met intake en terugkomdag.",
             cost="Eén aanbieder noemde ongeveer € 5.200 voor de start; een andere versie van die pagina spreekt "
                  "van maatwerk."),
    "kwink": F(grades_text="Groep 1 tot en met 8.",
               duration="Twintig lessen per jaar, minstens één per twee weken.",
               training="Geen verplichte training; een coördinator per school wordt aangeraden.",
               reach="Volgens de uitgever ruim 1.900 scholen (via een andere bron)."),
    "vrienden": F(grades_text="Versies voor 4-7, 8-12 en 12-16 jaar.",
                  duration="Tien bijeenkomsten en twee tot vier bijeenkomsten voor ouders.",
                  training="Alleen door getrainde uitvoerders."),
    "lessen-in-geluk": F(grades_text="Onderbouw voortgezet onderwijs.", duration="Zes lessen van vijftig minuten."),
    "marietje-kessels-project": F(grades_text="Bovenbouw basisschool."),
    "kapot-sterk": F(grades_text="Groep 8.", duration="Vijf lessen, waarvan vier door partners uit de buurt."),
    "het-huis-sitara": F(grades_text="Groep 6 tot en met 8 en de eerste jaren van het voortgezet onderwijs.",
                         training="Trainers van Sitara geven de lessen."),
    "kopopouders-online": F(grades_text="Ouders van kinderen van 1 tot 18 jaar.",
                            duration="Acht chatavonden van anderhalf uur en een terugkomavond."),
    "gezonde-kinderopvang": F(grades_text="Dagopvang (0-4 jaar) en buitenschoolse opvang (4-12 jaar).",
                              duration="In drie fasen: voorbereiden, uitvoeren en evalueren.",
                              training="Medewerkers van de opvang worden coach en scholen hun collega's.",
                              reach="Ruim duizend coaches (stand 2021)."),
}

#: Regional initiatives from the sources: examples a school can take over as its own intervention.
LOCAL_EXAMPLES = {"plezierige-klas", "kopp-kov-groepen", "soos", "school-als-werkplaats"}

#: Catalogue entries the reference lists only for childcare, shown to primary schools as a partner approach.
SCHOOL_TYPES_OVERRIDE = {"gezonde-kinderopvang": ["PO"]}

E["gezonde-kinderopvang"] = dict(
    d="Landelijke aanpak waarmee kinderopvang en buitenschoolse opvang planmatig werken aan gezondheid en "
      "welbevinden van kinderen, op dezelfde manier als Gezonde School. Medewerkers worden coach voor hun collega's.",
    themes=["sociaal-emotioneel", "professionalisering", "ketensamenwerking"],
    grades={}, ages=[0, 12], kind="voorziening", effort="midden")

# --- entries the reference record list lacks, researched from the sources they name (verification: gedeeltelijk) --
HANDREIKING = "https://5dok.net/document/y96r4xol-handreiking-bevordering-mentale-gezondheid-jeugd.html"
PPO_NK = "https://werkplaats.ppo-nk.nl/"

NEW: list[dict[str, Any]] = [
    dict(id="tijdig-signaleren-po", name="Handleiding sociaal-emotionele problemen tijdig signaleren (Welbevinden "
                                         "op School)",
         provider="Trimbos-instituut (programma Welbevinden op School)",
         website="https://www.trimbos.nl/aanbod/programmas/welbevinden-op-school/",
         description="Handleiding voor leerkrachten, intern begeleiders en het team van de basisschool: wanneer hoort "
                     "iets bij een gewone sociaal-emotionele ontwikkeling en wanneer niet, hoe je signalen ziet bij "
                     "een "
                     "leerling en in de klas, en hoe je samen met partners de weg naar hulp vindt.",
         kind="scholing", school_types=["PO"], grades_text="Het hele team van de basisschool.", grade_ranges={},
         pillars=["signaleren"], themes=["zorgroute", "professionalisering", "sociaal-emotioneel", "ketensamenwerking"],
         prevention_layers=[], scope=["schoolbreed"], effort="laag",
         rec=R("niet_beoordeeld", None, None, "Een handleiding voor het team; een erkenning als interventie is niet "
                                               "van toepassing."),
         sources=["https://studylibnl.com/doc/580199/sociaal-emotionele-problemen-tijdig-signaleren-in---trimbos",
                  "https://www.trimbos.nl/aanbod/programmas/welbevinden-op-school/hoe-en-waarom-aan-de-slag-met-welbevinden-op-school/"]),
    dict(id="meldcode-scholing", name="Scholing meldcode en aandachtsfunctionaris",
         provider=None, website=None,
         description="Het team leert werken met de vijf stappen van de meldcode huiselijk geweld en "
                     "kindermishandeling: "
                     "signalen vastleggen, een collega of Veilig Thuis raadplegen, met ouders en kind praten, het "
                     "risico "
                     "wegen en besluiten. Een of meer medewerkers, vaak de intern begeleider, worden "
                     "aandachtsfunctionaris "
                     "en helpen collega's daarbij.",
         kind="scholing", school_types=["PO", "SBO", "SO", "VO", "MBO"], grades_text="Het hele team.", grade_ranges={},
         pillars=["signaleren", "beleid"], themes=["huiselijk-geweld", "zorgroute", "professionalisering",
                                                  "ketensamenwerking"],
         prevention_layers=[], scope=["schoolbreed"], effort="laag",
         training="Verschillende aanbieders, zoals GGD'en, leiden aandachtsfunctionarissen op; een schoolbestuur koos "
                  "ervoor al zijn intern begeleiders op te leiden.",
         notes="Werken met de meldcode is verplicht en een basisvoorwaarde voor het vignet Gezonde School.",
         rec=R("niet_beoordeeld", None, None, "Scholing bij een wettelijke plicht; een erkenning als interventie is "
                                               "niet van toepassing."),
         sources=["https://www.poraad.nl/ledenondersteuning/toolboxen/school-kind-omgeving/kindermishandeling",
                  "https://www.lbbo.nl/materialenbank/de-rol-van-de-aandachtsfunctionaris-in-de-school",
                  "https://www.ggdtwente.nl/professionals/voor-onderwijs-en-kinderopvang/kindermishandeling-en-huiselijk-geweld",
                  "https://gezondeschool.nl/primair-onderwijs/behaal-het-vignet-gezonde-school/basisvoorwaarden-po"]),
    dict(id="gatekeepertraining", name="Gatekeepertraining voor het onderwijs (113 Zelfmoordpreventie)",
         provider="113 Zelfmoordpreventie", website="https://www.113.nl/onderwijs",
         description="Korte training waarin mentoren, docenten en andere medewerkers leren signalen van somberheid en "
                     "gedachten aan zelfdoding te herkennen, daarover het gesprek aan te gaan en een leerling naar "
                     "hulp "
                     "te begeleiden. Gezonde School noemt zo'n training als voorbeeld bij Signaleren.",
         kind="scholing", school_types=["VO", "MBO"], grades_text="Medewerkers die leerlingen of studenten "
                                                                "begeleiden, zoals mentoren.", grade_ranges={},
         pillars=["signaleren"], themes=["professionalisering", "zorgroute", "depressie", "mentale-gezondheid"],
         prevention_layers=[], scope=["schoolbreed"], effort="laag",
         duration="Ongeveer vier uur.",
         notes="113 heeft ook materiaal om een protocol voor suïcidepreventie op school op te stellen.",
         rec=R("unknown", None, None, "Niet gezocht in de databanken: een training voor medewerkers."),
         sources=["https://www.113.nl/onderwijs",
                  "https://113.nl/wat-kan-ik-doen/gemeenten/actieplan/professionals-opleiden-bijscholen-en-toerusten",
                  "https://www.vo-raad.nl/nieuws/landelijke-agenda-suicidepreventie-verlengd",
                  "https://www.gezondeschool.nl/voortgezet-onderwijs/gezondheidsthemas-en-criteria-vignet/signaleren-welbevinden"]),
    dict(id="kopp-kov-deskundigheid", name="KOPP/KOV-scholing voor het team (preventie van ggz en verslavingszorg)",
         provider="Preventieafdelingen van regionale ggz- en verslavingszorginstellingen", website=None,
         description="Scholing voor leerkrachten, intern begeleiders en mentoren over kinderen van ouders met "
                     "psychische of verslavingsproblemen: welke risico's zij lopen, hoe je die signaleert, wat hen "
                     "beschermt en hoe je met ouder en kind in gesprek gaat. Ook de weg naar KOPP/KOV-groepen komt "
                     "aan bod.",
         kind="scholing", school_types=["PO", "VO"], grades_text="Medewerkers die dicht bij leerlingen en ouders "
                                                               "staan.", grade_ranges={},
         pillars=["signaleren"], themes=["kopp", "professionalisering", "zorgroute"],
         prevention_layers=[], scope=["schoolbreed"], effort="laag",
         notes="Het aanbod verschilt per regio: vraag de preventieafdeling van de ggz of verslavingszorg in de "
               "eigen regio.",
         rec=R("niet_beoordeeld", None, None, "Scholing voor medewerkers; een erkenning als interventie is niet "
                                               "van toepassing."),
         sources=["https://www.vvgi.nl/vragen/preventie/preventie-familieleden-en-naasten/"
                  "advies-en-scholing-voor-koppkov-professionals-en-vrijwilligers/",
                  "https://www.trimbos.nl/kennis/kopp-kvo/voor-professionals"]),
    dict(id="ouderbetrokkenheid-gezonde-school", name="Ouderbetrokkenheid in vijf stappen (Gezonde School)",
         provider="Gezonde School", website="https://www.gezondeschool.nl/voortgezet-onderwijs/ouderbetrokkenheid",
         description="Handreiking om ouders als partner bij de aanpak te betrekken: contact leggen, ouders bewust "
                     "maken, ze ondersteunen, samenwerken en die relatie onderhouden. Met tips voor ouders die "
                     "minder makkelijk te bereiken zijn.",
         kind="scholing", school_types=["SO", "VO"], grades_text="Het team en de werkgroep.", grade_ranges={},
         pillars=["omgeving"], themes=["ouderbetrokkenheid"],
         prevention_layers=[], scope=["schoolbreed"], effort="laag",
         rec=R("niet_beoordeeld", None, None, "Een handreiking; een erkenning als interventie is niet van "
                                               "toepassing."),
         sources=["https://www.gezondeschool.nl/voortgezet-onderwijs/ouderbetrokkenheid",
                  "https://www.gezondeschool.nl/speciaal-onderwijs/stappenplan/ouderbetrokkenheid",
                  "https://www.gezondeschool.nl/nieuws/ouders-betrekken-bij-gezonde-school"]),
    dict(id="soos", name="SOOS - Sterke ondersteuning op school (regio Alkmaar)",
         provider="Regio Alkmaar met de samenwerkingsverbanden PPO Noord-Kennemerland en PO IJmond", website=None,
         description="Regionaal project dat basisonderwijs en jeugdhulp dichter bij elkaar brengt. Doel: "
                     "veerkrachtiger "
                     "kinderen in een stevigere omgeving, minder thuiszitters, minder verwijzing naar speciaal "
                     "onderwijs "
                     "en minder zware jeugdhulp. Pilotscholen proberen gekozen ideeën uit.",
         kind="interventie", school_types=["PO"], grades_text=None, grade_ranges={},
         pillars=["signaleren", "beleid"], themes=["ketensamenwerking", "zorgroute", "verzuim", "weerbaarheid"],
         prevention_layers=[], scope=["keten"], effort="midden",
         duration="Pilot van april 2024 tot april 2025 in drie werkgebieden.",
         notes="Een regionaal voorbeeld dat een school met haar gemeente en samenwerkingsverband als eigen aanpak kan "
               "overnemen.",
         cautions=["Alleen als regionale pilot beschreven; resultaten zijn niet gevonden."],
         rec=R("unknown", None, None, "Regionaal project; geen oordeel gevonden in de databanken."),
         sources=[PPO_NK]),
    dict(id="school-als-werkplaats", name="School als Werkplaats (Friesland College)",
         provider="Friesland College met Friese gemeenten, (jeugd)hulpverlening en De Friesland Zorgverzekeraar",
         website="https://www.frieslandcollege.nl/ons-onderwijs/begeleiding/extra-ondersteuning/school-als-werkplaats",
         description="Hulpverleners uit verschillende vakgebieden zijn op school en in de klas, zodat studenten zonder "
                     "drempel hulp krijgen. Zo worden uitval en problemen met zorg, welzijn of wonen vroeg "
                     "opgemerkt en "
                     "klein gehouden.",
         kind="interventie", school_types=["MBO"], grades_text="Alle opleidingen (bol en bbl).", grade_ranges={},
         pillars=["signaleren", "omgeving"], themes=["zorgroute", "ketensamenwerking", "verzuim",
                                                    "mentale-gezondheid"],
         prevention_layers=[], scope=["schoolbreed"], effort="hoog",
         duration="Doorlopend; sinds 2010 elke week bij alle opleidingen.",
         training="Een team van externe hulpverleners en eigen medewerkers.",
         notes="Een regionaal voorbeeld dat een mbo-school met gemeente en zorgpartners als eigen aanpak kan "
               "overnemen. De Handreiking bevordering mentale gezondheid jeugd noemt het als voorbeeld.",
         rec=R("unknown", None, None, "Geen oordeel gevonden in de databanken."),
         sources=["https://www.frieslandcollege.nl/ons-onderwijs/begeleiding/extra-ondersteuning/school-als-werkplaats",
                  "https://www.nji.nl/nl/Kennis/Publicaties/NJi-Publicaties/Publicaties-School-als-Werkplaats",
                  HANDREIKING]),
]

#: Sources the reference record lacks for facts we took from the seed documents (e.g. the dialogue session report).
EXTRA_SOURCES = {"plezierige-klas": [PPO_NK], "kopp-kov-groepen": [PPO_NK]}

LEVEL_LABELS = {
    "sterke_aanwijzingen": "Effectief volgens sterke aanwijzingen",
    "goede_aanwijzingen": "Effectief volgens goede aanwijzingen",
    "eerste_aanwijzingen": "Effectief volgens eerste aanwijzingen",
    "goed_onderbouwd": "Goed onderbouwd",
    "goed_beschreven": "Goed beschreven",
    "niet_erkend": "Niet erkend",
    "niet_beoordeeld": "Niet beoordeeld",
    "unknown": "Onbekend",
}
SCOPE = {"schoolbreed": "schoolbreed", "klas": "klas", "groep": "groep", "individueel": "individueel",
         "keten/beleid": "keten"}
SOURCE_TITLES = {PPO_NK: "Kenniswerkplaats PPO-NK: verslag dialoogsessie 'Mentale veerkracht van kinderen' (2024)",
                 HANDREIKING: "Handreiking Bevordering mentale gezondheid jeugd"}


def _source_title(url: str) -> str:
    if url in SOURCE_TITLES:
        return SOURCE_TITLES[url]
    parsed = urlparse(url)
    host = parsed.netloc.removeprefix("www.")
    tail = [part for part in parsed.path.split("/") if part][-1:] or [""]
    return f"{host}: {tail[0]}" if tail[0] else host


def _recognition(ident: str, rec: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    level = rec["level"]
    return ({"level": level, "label": LEVEL_LABELS[level], "database": rec["database"], "date": rec["date"],
             "note": rec["note"]}, [dict(o) for o in rec["other"]])


def _entry(ident: str, name: str, ed: dict[str, Any], record: dict[str, Any], school_types: list[str],
           facts: dict[str, Any], rec: dict[str, Any], sources: list[str], verification: str) -> dict[str, Any]:
    recognition, other = _recognition(ident, rec)
    cautions = list(CAUTIONS.get(ident, ())) + list(ed.get("cautions", ()))
    delivery = record.get("delivery_level", [])
    scope = ed.get("scope") or sorted({SCOPE[d] for d in delivery if d in SCOPE}) or ["groep"]
    gs_raw = str(record.get("recognition", {}).get("gezonde_school_activiteit", "unknown")).lower()
    pillars_source = ed.get("pillars_source") or ("officieel" if record.get("pillars_source") == "gezondeschool.nl"
                                                  else "afgeleid")
    layers_source = ("afgeleid" if str(record.get("prevention_level_source", "afgeleid")).startswith("afgeleid")
                     else "officieel")
    ages = ed.get("ages", [None, None])
    return {
        "id": ident,
        "name": name,
        "provider": ed["provider"] if "provider" in ed else _provider(record.get("provider")),
        "website": ed["website"] if "website" in ed else (
            record["website"] if str(record.get("website", "")).startswith("http") else None),
        "description": ed["d"],
        "kind": ed.get("kind", "signaleringsinstrument" if delivery == ["instrument"] else "interventie"),
        "school_types": school_types,
        "kinderopvang": "kinderopvang" in record.get("school_types", []),
        "grades_text": facts.get("grades_text"),
        "grade_ranges": {st: rng for st, rng in ed["grades"].items() if st in school_types},
        "age_min": ages[0],
        "age_max": ages[1],
        "pillars": ed.get("pillars", record.get("pillars", [])),
        "pillars_source": pillars_source,
        "themes": ed["themes"],
        "prevention_layers": ed.get("layers", record.get("prevention_level", [])),
        "prevention_layers_source": layers_source,
        "scope": scope,
        "recognition": recognition,
        "other_recognitions": other,
        "gezonde_school_activiteit": "ja" if gs_raw.startswith("ja") else ("nee" if gs_raw.startswith("nee")
                                                                          else "unknown"),
        "duration": facts.get("duration"),
        "training": facts.get("training"),
        "cost": facts.get("cost"),
        "reach": facts.get("reach"),
        "implementation_effort": ed.get("effort", "unknown"),
        "evidence_notes": " ".join(cautions) or None,
        "cautions": cautions,
        "limited_themes": [t for t in LIMITED_THEMES.get(ident, []) if t in ed["themes"]],
        "local_example": ident in LOCAL_EXAMPLES,
        "notes": facts.get("notes"),
        "sources": [{"url": url, "title": _source_title(url)} for url in sources],
        "verified_on": ed.get("verified_on", VERIFIED_ON),
        "verification": verification,
    }


def _provider(value: Any) -> str | None:
    """The provider as the reference names it, with its "unknown" owner said in Dutch."""
    text = _unknown(value)
    if text is None:
        return None
    return re.sub(r"[;,]?\s*\(?eigenaar( methodiek)?: unknown\)?", "; eigenaar onbekend", str(text))


def _unknown(value: Any) -> Any:
    if value is None:
        return None
    text = str(value).strip()
    return None if not text or text.lower().startswith("unknown") else text


def build(reference: Path) -> dict[str, Any]:
    data = yaml.safe_load(reference.read_text(encoding="utf-8"))
    entries = []
    for record in data["interventions"]:
        ident = record["id"]
        if record.get("verified") is False or ident not in E:
            continue
        school_types = SCHOOL_TYPES_OVERRIDE.get(ident) or [
            t for t in record.get("school_types", []) if t in ("PO", "SBO", "SO", "VO", "MBO")]
        if not school_types:
            continue
        entries.append(_entry(ident, record["name"], E[ident], record, school_types, FACTS.get(ident, {}),
                              RECOGNITION[ident], list(record.get("sources", [])) + EXTRA_SOURCES.get(ident, []),
                              "volledig" if record.get("verified") is True else "gedeeltelijk"))
    for new in NEW:
        ed = {"d": new["description"], "themes": new["themes"], "grades": new["grade_ranges"],
              "kind": new["kind"], "effort": new["effort"], "provider": new["provider"], "website": new["website"],
              "pillars": new["pillars"], "layers": new["prevention_layers"], "scope": new["scope"],
              "cautions": new.get("cautions", [])}
        facts = {k: new.get(k) for k in ("grades_text", "duration", "training", "cost", "reach", "notes")}
        entries.append(_entry(new["id"], new["name"], ed, {}, new["school_types"], facts, new["rec"],
                              new["sources"], "gedeeltelijk"))
    return {"catalogue_version": "2026.2", "verified_on": VERIFIED_ON,
            "themes": [{"id": k, "label": v} for k, v in THEMES.items()], "interventions": entries}


def main() -> None:
    reference = Path(sys.argv[1]) if len(sys.argv) > 1 else REFERENCE
    document = build(reference)
    header = ("# Interventiecatalogus van Welbevinden Planner (gegenereerd met tools/build_catalogue.py).\n"
              "# Feiten uit publieke bronnen (zie sources per item); alle teksten in eigen woorden.\n"
              "# null betekent: onbekend, niet gevonden in de bronnen.\n")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=110),
                      encoding="utf-8")
    print(f"{len(document['interventions'])} entries -> {TARGET}")


if __name__ == "__main__":
    main()
