<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Aanpak en activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gaat de school doen, wie is eigenaar, wanneer, met welke uren en welk geld? Bedragen vult u in zoals u gewend bent, bijvoorbeeld 1.250,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. 15.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal budget van het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— geen doel —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nog niemand —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol in de aanpak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begroot {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · resteert {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Gemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialogs</name>
    <message>
        <source>Eigen interventie bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen interventie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen interventies worden alleen in uw planbestand bewaard en altijd als 'eigen' getoond, nooit als erkend aanbod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>één bron per regel, bijvoorbeeld een webadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooltypen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groepen / leerjaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pijlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventielaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reikwijdte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventies vergelijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Interventiecatalogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkende interventies en signaleringsinstrumenten uit de Nederlandse databanken, met hun bronnen. Alles werkt zonder internet; controleer erkenningen ouder dan vijf jaar in de databank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op naam, aanbieder, beschrijving of thema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in de catalogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooltype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep/leerjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pijler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventielaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reikwijdte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minstens: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezonde School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezonde School-activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet bekend als GS-activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen eigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wis filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (eigen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooltypen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden interventies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecteer twee of drie interventies (Ctrl+klik) om te vergelijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen interventie toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details van de interventie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In gebruik op onze school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komt in de inventarisatie van de startfoto van het open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronnen kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterke aanwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goede aanwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste aanwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed onderbouwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed beschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet erkend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {total} interventies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een interventie om de details te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkenning mogelijk verlopen — controleer de databank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen interventie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groepen / leerjaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pijlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (afgeleid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere oordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over de onderbouwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen interventie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>'{name}' verwijderen uit uw catalogus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>nog niet bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee, niet gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring en evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volg in de loop van het jaar hoe het gaat, leg vast wat de doelen opleverden en sluit het jaar af. Met 'Doorzetten' begint u het volgende schooljaar met de open doelen en activiteiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorzetten naar volgend schooljaar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaarevaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ging goed, wat niet, en wat neemt u mee naar volgend jaar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar kijken we naar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie- en monitormomenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang per activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeten waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gehaald?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelrealisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorzetten naar volgend schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuw plan voor {year} maken met de visie, de doelen die nog niet gehaald zijn en de activiteiten die nog niet klaar zijn? Dit plan blijft zoals het is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van het plan: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Visie en doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar wil de school naartoe? Schrijf de ambitie op en maak doelen SMART. Beoordeel elk doel op belang, kosten, tijd, draagvlak en haalbaarheid: zo ontstaat een zichtbare volgorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visie en ambitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wil de school over een paar jaar bereikt hebben?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe de prioriteit wordt berekend: {formula}. Alle beoordelingen lopen van 1 tot 5; doelen voor dit schooljaar staan bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— hoofddoel —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pijlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdoel van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventielaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen in volgorde van prioriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen doelen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Leg vast wie de school is en wie de werkgroep vormt: intern begeleider, directie, leerkrachten, en waar het kan een ouder en een leerling. Voeg de partners om de school toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: een werkgroep met een trekker en een mandaat van de directie, en partners met een duidelijke bijdrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom: zeven werkgroepleden onder leiding van de IB'er, zes partners van JGZ tot buurtsportcoach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzamel wat u al weet: cijfers uit de monitor sociale veiligheid, wat de school al doet, wat ouders, leerlingen en team zeggen, en of de wettelijke plichten rond zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: elk cijfer met bron en jaar, en van elke groep betrokkenen een paar conclusies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom: 86% van de leerlingen voelt zich veilig; ouders vragen om meer uitleg over online pesten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoor per pijler samen met het team hoe ver de school is, met een korte onderbouwing. Geef aan wat prioriteit heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: een eerlijke score met bewijs ('waar blijkt dit uit?') en een handvol prioriteiten, niet alles tegelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom scoort signaleren het laagst (47%) en maakt daar een prioriteit van.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf de ambitie op en maak van de prioriteiten een paar doelen: meetbaar, met een streefwaarde en een datum. Beoordeel ze op belang, kosten, tijd, draagvlak en haalbaarheid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: drie tot acht doelen met een indicator uit de startfoto, zodat u volgend jaar kunt meten of het gelukt is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom: 'Meer leerlingen voelen zich veilig op het plein', van 86% naar 92% in juni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedenk per doel wat de school gaat doen, wie eigenaar is, wanneer, met welke uren en welk geld. De voorstellen rechts passen bij het doel en de school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: elke activiteit met een eigenaar en maanden, en een begroting die binnen het budget blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom: pleinafspraken met de leerlingenraad in september en oktober, eigenaar de anti-pestcoördinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kijk of het jaar haalbaar is: niet alles in dezelfde maanden, evaluatiemomenten op tijd, en de aandachtspunten opgelost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: geen aandachtspunten meer en een spreiding over het schooljaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom heeft geen aandachtspunten en evalueert in januari en juni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Houd bij hoe het loopt, meet in het voorjaar of de doelen gehaald zijn en schrijf de jaarevaluatie. Zet daarna het plan door naar volgend jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: per doel de gemeten waarde naast de streefwaarde en een korte reflectie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom zet open doelen en lopende activiteiten door naar het nieuwe schooljaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak het jaarplan voor directie en MR, het overzicht voor de teamkamer of het zelfscanrapport, en sla het op of print het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: een jaarplan dat de directie zonder uitleg kan vaststellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom print het overzicht op één A4 voor de teamkamer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek erkende interventies en signaleringsinstrumenten die bij de school passen, en markeer wat al in gebruik is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed is: kiezen op erkenning én op wat past bij uw doelen en leerlingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Vlinderboom werkt met Kanjertraining en KanVAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo pakt u het aan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg bij alle stappen verbergen (terug via Beeld → Uitleg per stap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg bij deze stap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Over {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, voer uit en evalueer een schoolbrede aanpak voor welbevinden langs de vier pijlers van Gezonde School: educatie, schoolomgeving, signaleren en beleid.

Alles blijft op deze computer; het programma maakt geen verbinding met internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom bij {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met dit programma maakt uw werkgroep een plan voor welbevinden langs de vier pijlers van Gezonde School: educatie, schoolomgeving, signaleren en beleid. U doorloopt de cyclus stap voor stap; alles wordt meteen opgeslagen op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin met uw school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, schooltype en werkgroep; daarna het plan voor dit schooljaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijk de demoschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een volledig ingevuld voorbeeld in een eigen bestand; uw eigen gegevens blijven apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een planbestand (.wbplan) van een andere computer of van de GGD-adviseur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuw plan kan zodra er een school is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leesbare gegevens redden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — demoschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demoschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens worden geopend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ware grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitleg per stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demoschool openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo &amp;opnieuw beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de &amp;eigen plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het planbestand kon door een onverwachte fout niet worden geopend; er is niets veranderd. De details staan in het logboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle wijzigingen worden meteen opgeslagen in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het planbestand kan niet worden geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie gemaakt en gecontroleerd: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggezet: {name}. Het vorige planbestand staat in {saved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gered: {plans} plan(nen), {goals} doel(en) en {activities} activiteit(en) in {path}.
Wilt u dit bestand nu als planbestand gebruiken? Het beschadigde bestand wordt eerst bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak eerst een school aan (Nieuwe school…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De demoschool is opnieuw begonnen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>Nieuw plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak eerst een school aan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSchoolDialog</name>
    <message>
        <source>Nieuwe school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld Basisschool De Regenboog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooltype</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFileFlow</name>
    <message>
        <source>Planbestanden (*.wbplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen plan om te exporteren. Maak een plan of importeer er een.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan opgeslagen als {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planbestand wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is al een school met BRIN-code {brin}: {school}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u het plan voor schooljaar {year} aan deze school toevoegen? De gegevens van de school zelf blijven zoals ze zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen aan deze school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan is niet geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan geïmporteerd: {school}, schooljaar {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet in deze catalogus, bewaard als eigen interventie: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Jaarplanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het schooljaar van augustus tot en met juli: wanneer gebeurt wat, wat vraagt nog aandacht, en wat kost het aan uren en geld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groeperen per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pijler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik op een aandachtspunt om naar de activiteit of het doel te gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandachtspunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per pijler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per financieringsbron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lopende activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandachtspunten ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandachtspunten: geen — het plan is compleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal: {n} activiteiten, {h} uur, {b}{budget}. Een activiteit telt mee bij elke pijler van haar doel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} van een {noun} wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} van '{name}' wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} '{label}' verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen {noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het jaarplan voor team, MR, bestuur en inspectie, het zelfscanrapport, een overzicht op één A4 voor de personeelskamer en het evaluatierapport. Bekijk de pagina's, bewaar als PDF of druk af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld van het rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directeur (naam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namens de MR (naam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststelling wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het rapport kon niet worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pagina's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De printer kon niet worden gestart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pagina's naar de printer gestuurd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de reservekopie die u wilt terugzetten. Het huidige planbestand wordt eerst zelf bewaard, zodat u dit altijd ongedaan kunt maken. Wijzigingen van na de reservekopie zijn daarna niet meer te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën in {dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>'{name}' terugzetten? Het huidige planbestand wordt eerst bewaard in de map backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planbestanden (*.sqlite3 *.db);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School en werkgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schoolprofiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld Basisschool De Regenboog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld 12AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld GGD regio Utrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIN-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooltype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groepen of leerjaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal leerlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGD-regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogste groep of leerjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijziging schoolprofiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie is de school en wie werkt mee? Het schooltype bepaalt welke criteria de zelfscan gebruikt. Wijzigingen worden meteen opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG of JPEG; komt op het scherm en op het jaarplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw lid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkgroeplid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie trekt de aanpak? Alleen namen van medewerkers en partners, nooit gegevens van leerlingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat zij bijdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners rond de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is geen afbeelding die het programma kan lezen. Kies een PNG- of JPEG-bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecosysteem rond de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg partners toe om hier te zien wie rond de school meewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartfotoPage</name>
    <message>
        <source>Startfoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar staat de school nu? Cijfers uit de monitor sociale veiligheid en de GGD-jeugdmonitor, wat de school al doet, wat ouders, leerlingen, team en professionals zeggen, en de wettelijke plichten. Alleen cijfers over groepen, nooit over een leerling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. 87,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijkingswaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergeleken met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. landelijk PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veelgebruikt cijfer kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veelgebruikt cijfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen uit lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat de school al doet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen interventie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds (jaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. groep 1-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gaat het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een interventie uit de catalogus of voeg met 'Toevoegen' een eigen activiteit toe. Wat hier staat, telt als 'in gebruik' en wordt niet opnieuw voorgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventie uit de catalogus kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit de catalogus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In gebruik zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (eigen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkwijze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. vragenlijst, panel, gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat betrokkenen zeggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wettelijke en andere verplichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verplichting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen als activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een doel; de activiteit komt onder dat doel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstellen uit de catalogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor dit doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor het hele plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe dit werkt: alleen wat past bij uw schooltype en groepen; punten voor zwakke pijlers, laag scorende criteria, het doel en de erkenning. Wat u al gebruikt, staat er niet bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies links een doel voor gerichte voorstellen; nu voor het hele plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor het gekozen doel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor het hele plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRoundDialog</name>
    <message>
        <source>Spreiding van de teamscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niveau {level}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat iedereen een score geven (handen opsteken per niveau), of typ de scores van de deelnemers achter elkaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: 2 3 2 1 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal deelnemers met score {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamscore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neem teamscore over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deelnemers · mediaan {median} · van {low} tot {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: de meningen lopen twee niveaus of meer uiteen. Bespreek de verschillen voordat u een teamscore kiest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>{title}: nog niet gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gepland of bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopt vast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluatiemoment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitormoment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZelfscanPage</name>
    <message>
        <source>Zelfscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoor per pijler hoe ver de school is (0 niet aanwezig · 1 in ontwikkeling · 2 grotendeels aanwezig · 3 volledig en geborgd). Toetsen: ↑↓ kiezen, 0–3 scoren, N niet van toepassing, H/M/L prioriteit. Niet gescoorde criteria tellen niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria {pillar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pijler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lage score en hoge prioriteit eerst: de brug naar de doelen. Dubbelklik om het criterium te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria per pijler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen criterium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik op een niveau om te scoren (of druk 0–3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen prioriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prioriteit {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamronde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat het team samen scoren en zie de spreiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom niet van toepassing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderbouwing: waar blijkt dit uit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamronde: {n} deelnemers ({counts}), mediaan {median}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — de meningen liepen uiteen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamscore van {id} overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} van {n} gescoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een criterium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit criterium past niet bij onze school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {value}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{app} is al geopend voor deze gegevens; dat venster is naar voren gehaald.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Er ging iets mis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is een onverwachte fout opgetreden. Wat u al had opgeslagen blijft bewaard.
Kopieer de details hieronder en stuur ze naar de beheerder of de leverancier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
