"""Build resources/catalogue/interventions.yaml from the research reference plus our own editorial table.

The reference (../shared/reference/interventions.yaml) supplies the checked facts: provider, website,
school types, pillars and their origin, prevention level, recognition and sources.  This script adds
what is ours: the short descriptions in our own words, normalised theme tags, structured grade ranges,
the recognition level as a fixed code with its date, and the kind of entry.  Records without confirmed
facts (verified: false) and records that fit no school type are left out.

Run: ``.venv/bin/python tools/build_catalogue.py [path/to/interventions.yaml]``
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "interventions.yaml"
TARGET = ROOT / "resources" / "catalogue" / "interventions.yaml"
VERIFIED_ON = "2026-11-24"

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
}

# Editorial table: id -> our own description, kind, theme tags, grade ranges, ages,
# recognition (level, database, date), scope override and implementation effort.
E: dict[str, dict[str, Any]] = {
    "vreedzame-school": dict(
        d="Schoolbreed programma dat de klas en de school als een kleine democratie ziet. Kinderen oefenen met "
          "samen beslissen, verantwoordelijkheid nemen en ruzies zelf oplossen, onder meer met leerlingmediatoren.",
        themes=["sociaal-emotioneel", "conflicthantering", "burgerschap", "klassenklimaat", "sociale-veiligheid",
                "ouderbetrokkenheid"],
        grades={"PO": [1, 8]}, ages=[4, 12], rec=("eerste_aanwijzingen", "nji", "2017"), effort="hoog"),
    "kanjertraining": dict(
        d="Training voor de hele school met vier gekleurde petten als gemeenschappelijke taal over gedrag. Doel is "
          "pesten, ruzie en uitsluiting te voorkomen en kinderen zelfvertrouwen en respect voor elkaar te geven.",
        themes=["sociaal-emotioneel", "anti-pesten", "sociale-veiligheid", "klassenklimaat", "weerbaarheid",
                "ouderbetrokkenheid"],
        grades={"PO": [1, 8], "SBO": [1, 8], "VO": [1, 2]}, ages=[4, 15],
        rec=("sterke_aanwijzingen", "nji", None), effort="midden"),
    "swpbs": dict(
        d="Gelaagde, schoolbrede gedragsaanpak: gewenst gedrag wordt expliciet aangeleerd en beloond, en het team "
          "stuurt bij op eigen gedragsgegevens. Er is extra steun voor leerlingen met risico en voor wie meer "
          "nodig heeft.",
        themes=["klassenklimaat", "gedrag", "sociale-veiligheid", "monitoring", "ouderbetrokkenheid"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="hoog"),
    "leefstijl": dict(
        d="Doorlopende lessenreeks over sociale vaardigheden van de kleutergroep tot de bovenbouw van het voortgezet "
          "onderwijs, met vaste wekelijkse lessen, opdrachten voor thuis en ouderbijeenkomsten.",
        themes=["sociaal-emotioneel", "ouderbetrokkenheid"],
        grades={"PO": [1, 8], "SBO": [1, 8], "SO": [1, 8], "VO": [1, 6]}, ages=[4, 18],
        rec=("goed_onderbouwd", "nji", "2017-06-08"), effort="unknown"),
    "kiva": dict(
        d="Antipestprogramma dat pesten ziet als iets van de hele groep en omstanders leert het slachtoffer te "
          "steunen. Lessen en een online spel gaan samen met een KiVa-team dat incidenten oppakt en een "
          "leerlingmonitor.",
        themes=["anti-pesten", "sociale-veiligheid", "klassenklimaat", "sociaal-emotioneel", "ouderbetrokkenheid",
                "professionalisering"],
        grades={"PO": [5, 8]}, ages=[8, 12], rec=("sterke_aanwijzingen", "nji", "2022-12-15"), effort="midden"),
    "taakspel": dict(
        d="Spelvorm tijdens gewone lessen: teams leerlingen helpen elkaar zich aan de klassenregels te houden en de "
          "leerkracht beloont gewenst gedrag. Zo wordt de klas rustiger en taakgerichter.",
        themes=["klassenklimaat", "gedrag", "anti-pesten", "sociale-veiligheid"],
        grades={"PO": [3, 8], "SBO": [3, 8], "SO": [3, 8], "VO": [1, 2]}, ages=[6, 14],
        rec=("goede_aanwijzingen", "nji", "2016-10-06"), effort="midden"),
    "rots-en-water": dict(
        d="Weerbaarheidstraining waarin fysieke oefeningen worden gekoppeld aan sociale vaardigheden: stevig staan "
          "als een rots en meebewegen als water. Ook gebruikt bij het voorkomen van grensoverschrijdend gedrag.",
        themes=["weerbaarheid", "sociaal-emotioneel", "anti-pesten", "seksuele-weerbaarheid"],
        grades={}, ages=[9, 18], rec=("niet_erkend", "nji", "2017-10-27"), effort="midden"),
    "goed-gedaan": dict(
        d="Methode voor sociaal-emotionele vaardigheden die scholen in alle groepen gebruiken. Over aanbieder en "
          "onderbouwing zijn geen gegevens teruggevonden.",
        themes=["sociaal-emotioneel"], grades={"PO": [1, 8]}, ages=[4, 12], rec=("unknown", None, None),
        effort="unknown"),
    "alles-kidzzz": dict(
        d="Korte individuele training onder schooltijd voor kinderen met agressief of druk gedrag. Het kind leert "
          "boosheid herkennen en anders reageren, met ouders en leerkracht als bondgenoten.",
        themes=["gedrag", "zelfbeeld", "ouderbetrokkenheid"],
        grades={"PO": [6, 8]}, ages=[9, 12], rec=("goede_aanwijzingen", "nji", "2018-11-02"), effort="midden"),
    "plezierige-klas": dict(
        d="Regionale aanpak uit de regio Alkmaar om het groepsklimaat te versterken en pesten te voorkomen, met "
          "trainers die in de klas werken. Alleen als pilot beschreven.",
        themes=["weerbaarheid", "sociaal-emotioneel", "anti-pesten", "klassenklimaat"],
        grades={}, ages=[None, None], rec=("niet_beoordeeld", None, None), effort="unknown"),
    "plezier-op-school": dict(
        d="Groepstraining rond de overstap naar de brugklas voor kinderen die gepest worden of angstig zijn. Met een "
          "zomercursus, terugkombijeenkomsten en informatie voor ouders.",
        themes=["anti-pesten", "weerbaarheid", "angst", "depressie", "overgang-po-vo", "ouderbetrokkenheid"],
        grades={"PO": [8, 8], "VO": [1, 1]}, ages=[11, 13], rec=("goede_aanwijzingen", "lgl", "2016-12-05"),
        effort="midden"),
    "think-op-school": dict(
        d="Leerlijn voor jongeren waarin ze zelf onderwerpen kiezen rond sociale en emotionele vaardigheden, zoals "
          "omgaan met stress en problemen oplossen, samen met preventiewerkers.",
        themes=["sociaal-emotioneel", "mentale-gezondheid", "ketensamenwerking"],
        grades={"VO": [1, 3], "MBO": [1, 4]}, ages=[12, 18], rec=("unknown", None, None), effort="unknown"),
    "kopp-kov-groepen": dict(
        d="Preventiegroepen voor kinderen en jongeren van wie een ouder psychische of verslavingsproblemen heeft. "
          "Ze krijgen uitleg, oefenen met omgaan met de situatie en ontmoeten lotgenoten.",
        themes=["kopp", "weerbaarheid", "mentale-gezondheid"],
        grades={}, ages=[None, None], rec=("unknown", None, None), kind="voorziening", effort="laag"),
    "kopstoring": dict(
        d="Online groepscursus in chatvorm voor jongeren met een ouder met psychische of verslavingsproblemen, "
          "begeleid door een preventiewerker. School kan leerlingen erop wijzen.",
        themes=["kopp", "peer-support", "mentale-gezondheid"],
        grades={}, ages=[16, 25], rec=("goed_onderbouwd", "nji", None), kind="voorziening", effort="laag"),
    "kies": dict(
        d="Groepsprogramma voor kinderen van gescheiden ouders. Ze praten en spelen over wat de scheiding met hen doet "
          "en leren gevoelens te uiten; ouders krijgen een eigen bijeenkomst.",
        themes=["scheiding", "sociaal-emotioneel", "ouderbetrokkenheid"],
        grades={"PO": [1, 8]}, ages=[4, 17], rec=("goede_aanwijzingen", "nji", "2020-12-11"), effort="laag"),
    "expex": dict(
        d="Jongeren met eigen ervaring in jeugdhulp of psychische problemen worden getraind om voorlichting te geven "
          "en andere jongeren te steunen. Bedoeld om taboes te doorbreken.",
        themes=["peer-support", "mentale-gezondheid"],
        grades={}, ages=[None, None], rec=("unknown", None, None), kind="voorziening", effort="laag"),
    "mind-young-academy": dict(
        d="Drie klassikale lessen door getrainde jonge voorlichters over mentale gezondheid, stigma en hulp zoeken. "
          "De school hoeft zelf geen training te volgen.",
        themes=["mentale-gezondheid", "peer-support", "depressie"],
        grades={"VO": [3, 6], "MBO": [1, 4]}, ages=[14, 20], rec=("unknown", None, None), effort="laag"),
    "ease": dict(
        d="Gratis inloop waar jongeren anoniem kunnen praten met getrainde leeftijdgenoten, met professionals op de "
          "achtergrond. Een plek om naar te verwijzen, geen schoolprogramma.",
        themes=["mentale-gezondheid", "peer-support"],
        grades={}, ages=[12, 25], rec=("unknown", None, None), kind="voorziening", effort="laag"),
    "mazl": dict(
        d="Werkwijze waarin school, jeugdarts en ouders samen optrekken als een leerling vaak ziek is gemeld. Zo "
          "wordt verzuim vroeg besproken en wordt voorkomen dat een leerling thuis komt te zitten.",
        themes=["verzuim", "ketensamenwerking", "ouderbetrokkenheid", "monitoring"],
        grades={"VO": [1, 6], "MBO": [1, 4]}, ages=[None, None],
        rec=("eerste_aanwijzingen", "nji", "2017-03-29"), effort="midden"),
    "traumasensitief-onderwijs": dict(
        d="Teamaanpak om gedrag van leerlingen met ingrijpende ervaringen te begrijpen en de school voorspelbaar en "
          "veilig in te richten. Het team leert signalen zien en rustig te reageren.",
        themes=["trauma", "nieuwkomers", "klassenklimaat", "personeel", "professionalisering"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="midden"),
    "teamup": dict(
        d="Wekelijkse sessies met beweging, spel en ontspanning voor kinderen die gevlucht zijn, om stress te "
          "verminderen en veerkracht op te bouwen. Op school vooral in nieuwkomersklassen.",
        themes=["trauma", "nieuwkomers", "weerbaarheid"],
        grades={}, ages=[6, 18], rec=("unknown", None, None), effort="midden"),
    "rondom-jong": dict(
        d="Werkvorm waarmee school, GGD en andere partners in de regio samen afspraken maken over het vroeg "
          "herkennen van somberheid bij jongeren en het doorverwijzen.",
        themes=["depressie", "ketensamenwerking", "monitoring"],
        grades={"VO": [1, 6]}, ages=[13, 18], rec=("unknown", None, None), effort="laag"),
    "buitenshuis-project": dict(
        d="Biedt jonge kinderen uit gezinnen met zware problemen een vaste plek in de kinderopvang, met getrainde "
          "medewerkers. Scholen werken er als partner aan mee.",
        themes=["kopp", "huiselijk-geweld", "ketensamenwerking"],
        grades={}, ages=[0, 18], rec=("unknown", None, None), kind="voorziening", effort="laag"),
    "welbevinden-op-school": dict(
        d="Ondersteuningsprogramma van het Trimbos-instituut binnen Gezonde School, met modules en advies voor een "
          "schoolbrede aanpak van welbevinden langs de vier pijlers.",
        themes=["mentale-gezondheid", "personeel", "monitoring", "professionalisering"],
        grades={}, ages=[None, None], rec=("niet_beoordeeld", None, None), effort="laag"),
    "grip-op-je-dip": dict(
        d="Online groepscursus voor jongeren met sombere gevoelens, begeleid door een ggz-professional. School kan "
          "leerlingen met klachten ernaar verwijzen.",
        themes=["depressie", "mentale-gezondheid"],
        grades={}, ages=[16, 25], rec=("eerste_aanwijzingen", "nji", "2020-06-11"), kind="voorziening",
        effort="laag"),
    "me-we": dict(
        d="Groepsprogramma voor jonge mantelzorgers om veerkracht en welbevinden te versterken, ontwikkeld in een "
          "Europees onderzoeksproject.",
        themes=["mantelzorg", "weerbaarheid", "mentale-gezondheid"],
        grades={}, ages=[15, 17], rec=("unknown", None, None), kind="voorziening", effort="laag"),
    "skills4life": dict(
        d="Lesprogramma voor praktijkonderwijs en vmbo basis en kader over sociale en levensvaardigheden, ook met "
          "het oog op stage en werk.",
        themes=["sociaal-emotioneel", "ouderbetrokkenheid"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="unknown"),
    "levensvaardigheden": dict(
        d="Modulair lesprogramma voor het voortgezet onderwijs over sociale en emotionele vaardigheden, "
          "weerbaarheid en het voorkomen van pesten en somberheid.",
        themes=["sociaal-emotioneel", "weerbaarheid", "anti-pesten", "depressie"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="unknown"),
    "sova-trainingen": dict(
        d="Verzamelnaam voor trainingen in sociale vaardigheden voor kleine groepen leerlingen die moeite hebben met "
          "contact of gedrag. Inhoud en kwaliteit verschillen per aanbieder.",
        themes=["sociaal-emotioneel", "gedrag", "weerbaarheid"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="laag"),
    "zippys-vrienden": dict(
        d="Lessenreeks voor jonge kinderen over omgaan met gevoelens, vriendschap, verlies en verandering, aan de "
          "hand van verhalen over een wandelende tak.",
        themes=["sociaal-emotioneel", "anti-pesten", "weerbaarheid"],
        grades={"PO": [2, 4]}, ages=[5, 8], rec=("goed_onderbouwd", "nji", "2011-03-03"), effort="midden"),
    "lekker-fit": dict(
        d="Schoolbreed programma over gezond eten en bewegen met extra gymlessen, aandacht voor de schoolomgeving en "
          "signalering van overgewicht. Vooral leefstijl, met raakvlak met welbevinden.",
        themes=["leefstijl", "ouderbetrokkenheid"],
        grades={"PO": [3, 8]}, ages=[6, 12], rec=("eerste_aanwijzingen", "lgl", "2016-04-14"), effort="hoog"),
    "happyles": dict(
        d="Lessen over mentale fitheid voor vmbo en mbo, deels online, gevolgd door een kort persoonlijk gesprek. "
          "Jongeren met sombere klachten worden zo vroeg gezien en kunnen verder geholpen worden.",
        themes=["depressie", "mentale-gezondheid", "monitoring"],
        grades={"VO": [1, 4], "MBO": [1, 4]}, ages=[13, 25], rec=("goed_onderbouwd", "nji", "2020-09-24"),
        effort="laag"),
    "sterk-huis-smart-start": dict(
        d="Organisatie voor hulp bij huiselijk geweld en kindermishandeling; met het project Smart Start werkt zij aan "
          "vroeg herkennen van gezinnen die steun nodig hebben.",
        themes=["huiselijk-geweld", "ketensamenwerking"],
        grades={}, ages=[None, None], rec=("unknown", None, None), kind="voorziening", effort="laag"),
    "zien": dict(
        d="Leerlingvolgsysteem voor sociaal-emotionele ontwikkeling en welbevinden, met vragenlijsten voor leerkracht "
          "en leerling en handelingsadviezen. Telt mee voor de jaarlijkse monitor sociale veiligheid.",
        themes=["monitoring", "sociale-veiligheid", "sociaal-emotioneel"],
        grades={"PO": [1, 8], "SBO": [1, 8], "VO": [1, 6]}, ages=[4, 18], rec=("niet_beoordeeld", None, None),
        kind="signaleringsinstrument", effort="laag"),
    "kanvas": dict(
        d="Volg- en adviessysteem van Kanjertraining voor sociale competentie, welbevinden en sociale veiligheid, met "
          "vragenlijsten voor leerlingen en leerkrachten.",
        themes=["monitoring", "sociale-veiligheid", "sociaal-emotioneel"],
        grades={"PO": [1, 8], "SBO": [1, 8], "VO": [1, 3]}, ages=[4, 15], rec=("niet_beoordeeld", None, None),
        kind="signaleringsinstrument", effort="laag"),
    "scol": dict(
        d="Observatielijst waarmee de leerkracht twee keer per jaar de sociale competentie van elke leerling "
          "vastlegt, met een bijbehorende monitor sociale veiligheid.",
        themes=["monitoring", "sociale-veiligheid", "sociaal-emotioneel"],
        grades={"PO": [1, 8], "SBO": [1, 8], "SO": [1, 8]}, ages=[4, 12], rec=("niet_beoordeeld", None, None),
        kind="signaleringsinstrument", effort="laag"),
    "viseon-cito": dict(
        d="Instrument van Cito dat sociaal-emotioneel functioneren in kaart brengt, met een lijst voor de leerkracht "
          "vanaf groep 3 en een lijst voor leerlingen vanaf groep 5.",
        themes=["monitoring", "sociale-veiligheid", "sociaal-emotioneel"],
        grades={"PO": [3, 8], "SO": [6, 8]}, ages=[6, 14], rec=("niet_beoordeeld", None, None),
        kind="signaleringsinstrument", effort="laag"),
    "eigenwijzr": dict(
        d="Vragenlijst voor welbevinden en sociale veiligheid die op de lijst van de inspectie voor de monitor staat.",
        themes=["monitoring", "sociale-veiligheid"],
        grades={}, ages=[None, None], rec=("niet_beoordeeld", None, None), kind="signaleringsinstrument",
        effort="laag"),
    "prima": dict(
        d="Modulaire aanpak van pesten voor de hele school: het team volgt een e-learning, de groepen krijgen een "
          "lessenserie en een pestmeter laat zien waar gepest wordt.",
        themes=["anti-pesten", "sociale-veiligheid", "klassenklimaat", "ouderbetrokkenheid", "professionalisering",
                "monitoring"],
        grades={"PO": [1, 8], "SO": [1, 8]}, ages=[4, 12], rec=("eerste_aanwijzingen", "nji", "2020-02-13"),
        effort="hoog"),
    "pad": dict(
        d="Uitgebreid lesprogramma voor alle groepen over zelfcontrole, emoties herkennen en problemen oplossen, met "
          "veel korte lessen en dagelijkse oefening.",
        themes=["sociaal-emotioneel", "gedrag", "klassenklimaat"],
        grades={"PO": [1, 8], "SBO": [1, 8], "SO": [1, 8]}, ages=[4, 12],
        rec=("sterke_aanwijzingen", "nji", "2017-06-08"), effort="hoog"),
    "kwink": dict(
        d="Online methode voor sociaal-emotioneel leren met een les om de week, gericht op groepsvorming, "
          "burgerschap, mediawijsheid en het voorkomen van pesten.",
        themes=["sociaal-emotioneel", "klassenklimaat", "anti-pesten", "burgerschap", "mediawijsheid"],
        grades={"PO": [1, 8]}, ages=[4, 12], rec=("goed_onderbouwd", "nji", "2017-06-08"), effort="laag"),
    "vrienden": dict(
        d="Programma om angst en somberheid te voorkomen door kinderen te leren omgaan met moeilijke situaties en "
          "gedachten. Ook ouders krijgen bijeenkomsten.",
        themes=["angst", "depressie", "weerbaarheid", "ouderbetrokkenheid"],
        grades={}, ages=[4, 16], rec=("sterke_aanwijzingen", "nji", "2018-11-02"), effort="midden"),
    "sta-sterk": dict(
        d="Training in weerbaarheid voor kinderen die gepest worden; over aanbieder en inhoud is weinig bekend.",
        themes=["anti-pesten", "weerbaarheid"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="unknown"),
    "lessen-in-geluk": dict(
        d="Korte lessenreeks voor de onderbouw van het voortgezet onderwijs over welbevinden vanuit de positieve "
          "psychologie.",
        themes=["geluk", "mentale-gezondheid"],
        grades={"VO": [1, 3]}, ages=[12, 15], rec=("unknown", None, None), effort="laag"),
    "marietje-kessels-project": dict(
        d="Weerbaarheidsproject voor de bovenbouw van de basisschool, onder meer over grenzen aangeven en het "
          "voorkomen van seksueel grensoverschrijdend gedrag.",
        themes=["weerbaarheid", "seksuele-weerbaarheid", "ouderbetrokkenheid"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="unknown"),
    "kapot-sterk": dict(
        d="Vijf lessen in groep 8 over groepsdruk, keuzes en dromen, grotendeels gegeven door lokale partners als de "
          "wijkagent en het jongerenwerk.",
        themes=["weerbaarheid", "criminaliteitspreventie"],
        grades={"PO": [8, 8]}, ages=[11, 12], rec=("unknown", None, None), effort="laag"),
    "het-huis-sitara": dict(
        d="Trainingen over identiteit, zelfbeeld en weerbaarheid voor de bovenbouw en de eerste jaren van het "
          "voortgezet onderwijs, gegeven door trainers van Stichting Sitara.",
        themes=["weerbaarheid", "zelfbeeld", "ouderbetrokkenheid"],
        grades={"PO": [6, 8], "VO": [1, 2]}, ages=[9, 14], rec=("unknown", None, None), effort="laag"),
    "vios": dict(
        d="Werkwijze waarin school, gemeente, politie en andere partners samen afspraken maken over veiligheid in en "
          "om de school.",
        themes=["sociale-veiligheid", "ketensamenwerking", "criminaliteitspreventie"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="midden"),
    "levenskunde-augeo": dict(
        d="Aanbod van Augeo Foundation om in het onderwijs aandacht te geven aan veerkracht van kinderen die opgroeien "
          "met chronische stress, bijvoorbeeld door armoede.",
        themes=["weerbaarheid", "armoede", "trauma"],
        grades={}, ages=[None, None], rec=("unknown", None, None), effort="unknown"),
    "kopopouders-online": dict(
        d="Online groepscursus voor ouders met psychische problemen over opvoeden. School kan ouders erop wijzen.",
        themes=["kopp", "ouderbetrokkenheid"],
        grades={}, ages=[None, None], rec=("unknown", "nji", None), kind="voorziening", effort="laag"),
}

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


def _unknown(value: Any) -> Any:
    if value is None:
        return None
    text = str(value).strip()
    return None if not text or text.lower().startswith("unknown") else text


def _source_title(url: str) -> str:
    parsed = urlparse(url)
    host = parsed.netloc.removeprefix("www.")
    tail = [part for part in parsed.path.split("/") if part][-1:] or [""]
    return f"{host}: {tail[0]}" if tail[0] else host


def _recognition_note(record: dict[str, Any], level: str) -> str | None:
    rec = record.get("recognition", {})
    notes = []
    if _unknown(rec.get("nji_date")):
        notes.append(f"NJi: {rec['nji_date']}")
    if _unknown(rec.get("lgl")) and not str(rec.get("lgl")).startswith("n.v.t"):
        notes.append(f"Loket Gezond Leven: {rec['lgl']}")
    if level == "niet_beoordeeld" and record.get("delivery_level") == ["instrument"]:
        notes.append("Signaleringsinstrument: geen erkenning als interventie; kijk naar de inspectielijst en COTAN.")
    return "; ".join(notes) or None


def build(reference: Path) -> dict[str, Any]:
    data = yaml.safe_load(reference.read_text(encoding="utf-8"))
    entries = []
    for record in data["interventions"]:
        if record.get("verified") is False or record["id"] not in E:
            continue
        ed = E[record["id"]]
        school_types = [t for t in record.get("school_types", []) if t in ("PO", "SBO", "SO", "VO", "MBO")]
        if not school_types:
            continue
        level, database, date = ed["rec"]
        rec = record.get("recognition", {})
        gs_raw = str(rec.get("gezonde_school_activiteit", "unknown")).lower()
        gs = "ja" if gs_raw.startswith("ja") else ("nee" if gs_raw.startswith("nee") else "unknown")
        other = []
        if "kansrijk" in str(rec.get("other", "")).lower():
            other.append({"level": "unknown", "label": "Kansrijk (NJi-Commissie Anti-pestprogramma's, 2014)",
                          "database": None, "date": "2014", "note": None})
        if "potentie" in str(rec.get("other", "")).lower():
            other.append({"level": "unknown", "label": "Potentie (NJi-Commissie Anti-pestprogramma's, 2014)",
                          "database": None, "date": "2014", "note": None})
        grade_ranges = {st: rng for st, rng in ed["grades"].items() if st in school_types}
        ages = ed.get("ages", [None, None])
        delivery = record.get("delivery_level", [])
        scope = sorted({SCOPE[d] for d in delivery if d in SCOPE}) or ["groep"]
        entry = {
            "id": record["id"],
            "name": record["name"],
            "provider": _unknown(record.get("provider")),
            "website": record["website"] if str(record.get("website", "")).startswith("http") else None,
            "description": ed["d"],
            "kind": ed.get("kind", "signaleringsinstrument" if delivery == ["instrument"] else "interventie"),
            "school_types": school_types,
            "kinderopvang": "kinderopvang" in record.get("school_types", []),
            "grades_text": _unknown(record.get("grades")),
            "grade_ranges": grade_ranges,
            "age_min": ages[0],
            "age_max": ages[1],
            "pillars": record.get("pillars", []),
            "pillars_source": "officieel" if record.get("pillars_source") == "gezondeschool.nl" else "afgeleid",
            "themes": ed["themes"],
            "prevention_layers": record.get("prevention_level", []),
            "prevention_layers_source": ("afgeleid" if str(record.get("prevention_level_source", "afgeleid"))
                                         .startswith("afgeleid") else "officieel"),
            "scope": scope,
            "recognition": {"level": level, "label": LEVEL_LABELS[level], "database": database, "date": date,
                            "note": _recognition_note(record, level)},
            "other_recognitions": other,
            "gezonde_school_activiteit": gs,
            "duration": _unknown(record.get("duration")),
            "training": _unknown(record.get("training")),
            "cost": _unknown(record.get("cost")),
            "reach": _unknown(record.get("reach")),
            "implementation_effort": ed.get("effort", "unknown"),
            "evidence_notes": _unknown(record.get("evidence_notes")),
            "notes": _unknown(record.get("notes")),
            "sources": [{"url": url, "title": _source_title(url)} for url in record.get("sources", [])],
            "verified_on": VERIFIED_ON,
            "verification": "volledig" if record.get("verified") is True else "gedeeltelijk",
        }
        entries.append(entry)
    return {"catalogue_version": "2026.1", "verified_on": VERIFIED_ON,
            "themes": [{"id": k, "label": v} for k, v in THEMES.items()], "interventions": entries}


def main() -> None:
    reference = Path(sys.argv[1]) if len(sys.argv) > 1 else REFERENCE
    document = build(reference)
    header = ("# Interventiecatalogus van Welbevinden Planner (gegenereerd met tools/build_catalogue.py).\n"
              "# Feiten uit publieke bronnen (zie sources per item); beschrijvingen in eigen woorden.\n"
              "# null betekent: onbekend, niet gevonden in de bronnen.\n")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=110),
                      encoding="utf-8")
    print(f"{len(document['interventions'])} entries -> {TARGET}")


if __name__ == "__main__":
    main()
