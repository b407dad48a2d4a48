<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Aanpak en activiteiten</source>
        <translation>Approach and activities</translation>
    </message>
    <message>
        <source>Wat gaat de school doen, wie is eigenaar, wanneer, met welke uren en welk geld? Bedragen vult u in zoals u gewend bent, bijvoorbeeld 1.250,50.</source>
        <translation>What will the school do, who owns it, when, with how many hours and how much money? Enter amounts the way you are used to, for example 1.250,50.</translation>
    </message>
    <message>
        <source>Doel:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Doel kiezen</source>
        <translation>Choose goal</translation>
    </message>
    <message>
        <source>Totaal budget:</source>
        <translation>Total budget:</translation>
    </message>
    <message>
        <source>bijv. 15.000</source>
        <translation>e.g. 15.000</translation>
    </message>
    <message>
        <source>Totaal budget van het plan</source>
        <translation>Total budget of the plan</translation>
    </message>
    <message>
        <source>— geen doel —</source>
        <translation>— no goal —</translation>
    </message>
    <message>
        <source>— nog niemand —</source>
        <translation>— nobody yet —</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Maanden</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rol in de aanpak</source>
        <translation>Approach role</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Lagen</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Omgeving</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>— onderwijs —</source>
        <translation>— education —</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>Alle doelen</source>
        <translation>All goals</translation>
    </message>
    <message>
        <source>begroot {planned}</source>
        <translation>budgeted {planned}</translation>
    </message>
    <message>
        <source> · resteert {rest}</source>
        <translation> · remaining {rest}</translation>
    </message>
    <message>
        <source>Totaal budget</source>
        <translation>Total budget</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plannen</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Staat</source>
        <translation>State</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>beschadigd</source>
        <translation>damaged</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Bestuursoverzicht</source>
        <translation>Board overview</translation>
    </message>
    <message>
        <source>Alle scholen naast elkaar: de status van het plan per schooljaar, de zelfscan per pijler (met het verschil met het vorige gescoorde jaar), uren, geld en aandachtspunten van het laatste plan.</source>
        <translation>All schools side by side: the plan status per school year, the zelfscan per pillar (with the change since the previous scored year), and the hours, money and points for attention of the latest plan.</translation>
    </message>
    <message>
        <source>Schooltype</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>Schooltype: alle</source>
        <translation>School type: all</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Regio: alle</source>
        <translation>Region: all</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>CSV exporteren…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>PDF maken…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Wie wat wanneer veranderde in het laatste plan van de gekozen school</source>
        <translation>Who changed what and when in the latest plan of the chosen school</translation>
    </message>
    <message>
        <source>Gedeelde database…</source>
        <translation>Shared database…</translation>
    </message>
    <message>
        <source>De PostgreSQL-server van het schoolbestuur instellen</source>
        <translation>Set up the school board's PostgreSQL server</translation>
    </message>
    <message>
        <source>Scholen van het bestuur</source>
        <translation>The board's schools</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Begroot</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Points for attention</translation>
    </message>
    <message>
        <source>{counted}. Laatste plannen samen: begroot {planned}, {hours} uur, {problems} aandachtspunt(en).</source>
        <translation>{counted}. Latest plans together: {planned} budgeted, {hours} hours, {problems} point(s) for attention.</translation>
    </message>
    <message>
        <source>Geen scholen gevonden (met dit filter).</source>
        <translation>No schools found (with this filter).</translation>
    </message>
    <message>
        <source>Bestuursoverzicht als CSV</source>
        <translation>Board overview as CSV</translation>
    </message>
    <message>
        <source>Bestuursoverzicht als PDF</source>
        <translation>Board overview as PDF</translation>
    </message>
    <message>
        <source>het open plan</source>
        <translation>the open plan</translation>
    </message>
    <message>
        <source>Gedeelde database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <source>Adres van de PostgreSQL-database van het schoolbestuur, bijvoorbeeld
postgresql+psycopg://naam@server.bestuur.nl/welbevinden
Leeg: het planbestand op deze pc. Het wachtwoord hoort in ~/.pgpass en wordt nooit bewaard.</source>
        <translation>Address of the school board's PostgreSQL database, for example
postgresql+psycopg://name@server.board.nl/welbevinden
Empty: the plan file on this PC. The password belongs in ~/.pgpass and is never stored.</translation>
    </message>
    <message>
        <source>Bij de volgende start gebruikt de app weer het planbestand op deze pc.</source>
        <translation>From the next start the app uses the plan file on this PC again.</translation>
    </message>
    <message>
        <source>Bij de volgende start gebruikt de app de gedeelde database {url}.</source>
        <translation>From the next start the app uses the shared database {url}.</translation>
    </message>
    <message>
        <source>Het wachtwoord is niet bewaard: zet het in ~/.pgpass (zie docs/board.md).</source>
        <translation>The password was not stored: put it in ~/.pgpass (see docs/board.md).</translation>
    </message>
</context>
<context>
    <name>CatalogueDialogs</name>
    <message>
        <source>Eigen interventie bewerken</source>
        <translation>Edit own intervention</translation>
    </message>
    <message>
        <source>Eigen interventie toevoegen</source>
        <translation>Add own intervention</translation>
    </message>
    <message>
        <source>Eigen interventies worden alleen in uw planbestand bewaard en altijd als 'eigen' getoond, nooit als erkend aanbod.</source>
        <translation>Own interventions are kept only in your plan file and are always shown as 'own', never as recognised provision.</translation>
    </message>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>één bron per regel, bijvoorbeeld een webadres</source>
        <translation>one source per line, for example a web address</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Schooltypen</source>
        <translation>School types</translation>
    </message>
    <message>
        <source>Groepen / leerjaren</source>
        <translation>Groups / years</translation>
    </message>
    <message>
        <source>Pijlers</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Preventielaag</source>
        <translation>Prevention layer</translation>
    </message>
    <message>
        <source>Reikwijdte</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Erkenning</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Interventies vergelijken</source>
        <translation>Compare interventions</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Interventiecatalogus</source>
        <translation>Intervention catalogue</translation>
    </message>
    <message>
        <source>{label}: alle</source>
        <translation>{label}: all</translation>
    </message>
    <message>
        <source>Erkende interventies en signaleringsinstrumenten uit de Nederlandse databanken, met hun bronnen. Alles werkt zonder internet; controleer erkenningen ouder dan vijf jaar in de databank.</source>
        <translation>Recognised interventions and screening instruments from the Dutch databases, with their sources. Everything works without internet; check recognitions older than five years in the database.</translation>
    </message>
    <message>
        <source>Zoek op naam, aanbieder, beschrijving of thema…</source>
        <translation>Search by name, provider, description or theme…</translation>
    </message>
    <message>
        <source>Zoeken in de catalogus</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <source>Schooltype</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>Groep/leerjaar</source>
        <translation>Group/year</translation>
    </message>
    <message>
        <source>Pijler</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Preventielaag</source>
        <translation>Prevention layer</translation>
    </message>
    <message>
        <source>Reikwijdte</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Erkenning</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>minstens: {label}</source>
        <translation>at least: {label}</translation>
    </message>
    <message>
        <source>Gezonde School</source>
        <translation>Gezonde School</translation>
    </message>
    <message>
        <source>Gezonde School-activiteit</source>
        <translation>Gezonde School activity</translation>
    </message>
    <message>
        <source>niet bekend als GS-activiteit</source>
        <translation>not known as a GS activity</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Alleen eigen</source>
        <translation>Own only</translation>
    </message>
    <message>
        <source>Wis filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source> (eigen)</source>
        <translation> (own)</translation>
    </message>
    <message>
        <source>Schooltypen</source>
        <translation>School types</translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Gevonden interventies</source>
        <translation>Interventions found</translation>
    </message>
    <message>
        <source>Vergelijken…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Selecteer twee of drie interventies (Ctrl+klik) om te vergelijken</source>
        <translation>Select two or three interventions (Ctrl+click) to compare</translation>
    </message>
    <message>
        <source>Eigen interventie toevoegen…</source>
        <translation>Add own intervention…</translation>
    </message>
    <message>
        <source>Details van de interventie</source>
        <translation>Details of the intervention</translation>
    </message>
    <message>
        <source>In gebruik op onze school</source>
        <translation>In use at our school</translation>
    </message>
    <message>
        <source>Komt in de inventarisatie van de startfoto van het open plan</source>
        <translation>Goes into the inventory of the startfoto of the open plan</translation>
    </message>
    <message>
        <source>Bronnen kopiëren</source>
        <translation>Copy sources</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Sterke aanwijzingen</source>
        <translation>Strong evidence</translation>
    </message>
    <message>
        <source>Goede aanwijzingen</source>
        <translation>Good evidence</translation>
    </message>
    <message>
        <source>Eerste aanwijzingen</source>
        <translation>First evidence</translation>
    </message>
    <message>
        <source>Goed onderbouwd</source>
        <translation>Well founded</translation>
    </message>
    <message>
        <source>Goed beschreven</source>
        <translation>Well described</translation>
    </message>
    <message>
        <source>Niet erkend</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Niet beoordeeld</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>{n} van {total} interventies</source>
        <translation>{n} of {total} interventions</translation>
    </message>
    <message>
        <source>Kies een interventie om de details te zien.</source>
        <translation>Choose an intervention to see its details.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Erkenning mogelijk verlopen — controleer de databank.</source>
        <translation>Recognition may have expired — check the database.</translation>
    </message>
    <message>
        <source>Eigen interventie</source>
        <translation>Own intervention</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Groepen / leerjaren</source>
        <translation>Groups / years</translation>
    </message>
    <message>
        <source>Pijlers</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source> (afgeleid)</source>
        <translation> (derived)</translation>
    </message>
    <message>
        <source>Toelichting erkenning</source>
        <translation>About the recognition</translation>
    </message>
    <message>
        <source>Eerdere oordelen</source>
        <translation>Earlier assessments</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Over de onderbouwing</source>
        <translation>About the evidence</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Laatst gecontroleerd</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Eigen interventie verwijderen</source>
        <translation>Delete own intervention</translation>
    </message>
    <message>
        <source>'{name}' verwijderen uit uw catalogus?</source>
        <translation>Delete '{name}' from your catalogue?</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>nog niet bekend</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>ja, gehaald</source>
        <translation>yes, achieved</translation>
    </message>
    <message>
        <source>nee, niet gehaald</source>
        <translation>no, not achieved</translation>
    </message>
    <message>
        <source>Monitoring en evaluatie</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <source>Volg in de loop van het jaar hoe het gaat, leg vast wat de doelen opleverden en sluit het jaar af. Met 'Doorzetten' begint u het volgende schooljaar met de open doelen en activiteiten.</source>
        <translation>Follow how things are going during the year, record what the goals achieved and close the year. With 'Carry over' you start the next school year with the open goals and activities.</translation>
    </message>
    <message>
        <source>Plan vaststellen</source>
        <translation>Adopt plan</translation>
    </message>
    <message>
        <source>Plan afronden</source>
        <translation>Complete plan</translation>
    </message>
    <message>
        <source>Doorzetten naar volgend schooljaar…</source>
        <translation>Carry over to next school year…</translation>
    </message>
    <message>
        <source>Jaarevaluatie</source>
        <translation>Annual evaluation</translation>
    </message>
    <message>
        <source>Wat ging goed, wat niet, en wat neemt u mee naar volgend jaar?</source>
        <translation>What went well, what did not, and what do you take with you to next year?</translation>
    </message>
    <message>
        <source>Nieuw moment</source>
        <translation>New moment</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Waar kijken we naar?</source>
        <translation>What are we looking at?</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Evaluatie- en monitormomenten</source>
        <translation>Evaluation and monitoring moments</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reflectie</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Voortgang per activiteit</source>
        <translation>Progress per activity</translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Gemeten</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Gemeten waarde</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <source>Gehaald?</source>
        <translation>Achieved?</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Doelrealisatie</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>Status van het plan</source>
        <translation>Status of the plan</translation>
    </message>
    <message>
        <source>Doorzetten naar volgend schooljaar</source>
        <translation>Carry over to next school year</translation>
    </message>
    <message>
        <source>Een nieuw plan voor {year} maken met de visie, de doelen die nog niet gehaald zijn en de activiteiten die nog niet klaar zijn? Dit plan blijft zoals het is.</source>
        <translation>Make a new plan for {year} with the vision, the goals not yet achieved and the activities not yet finished? This plan stays as it is.</translation>
    </message>
    <message>
        <source>Doorzetten</source>
        <translation>Carry over</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Status van het plan: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status of the plan: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Visie en doelen</source>
        <translation>Vision and goals</translation>
    </message>
    <message>
        <source>Waar wil de school naartoe? Schrijf de ambitie op en maak doelen SMART. Beoordeel elk doel op belang, kosten, tijd, draagvlak en haalbaarheid: zo ontstaat een zichtbare volgorde.</source>
        <translation>Where does the school want to go? Write down the ambition and make the goals SMART. Rate each goal on importance, cost, time, support and feasibility: this gives a visible order.</translation>
    </message>
    <message>
        <source>Visie en ambitie</source>
        <translation>Vision and ambition</translation>
    </message>
    <message>
        <source>Wat wil de school over een paar jaar bereikt hebben?</source>
        <translation>What does the school want to have achieved in a few years?</translation>
    </message>
    <message>
        <source>Hoe de prioriteit wordt berekend: {formula}. Alle beoordelingen lopen van 1 tot 5; doelen voor dit schooljaar staan bovenaan.</source>
        <translation>How the priority is calculated: {formula}. All ratings run from 1 to 5; goals for this school year come first.</translation>
    </message>
    <message>
        <source>— hoofddoel —</source>
        <translation>— main goal —</translation>
    </message>
    <message>
        <source>nog niet beoordeeld</source>
        <translation>not rated yet</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Prioriteit</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Pijlers</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Subdoel van</source>
        <translation>Sub-goal of</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Preventielagen</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Eigen indicator</source>
        <translation>Own indicator</translation>
    </message>
    <message>
        <source>Beginwaarde</source>
        <translation>Starting value</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Doelen in volgorde van prioriteit</source>
        <translation>Goals in order of priority</translation>
    </message>
    <message>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>Visie</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>nog geen doelen</source>
        <translation>no goals yet</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Leg vast wie de school is en wie de werkgroep vormt: intern begeleider, directie, leerkrachten, en waar het kan een ouder en een leerling. Voeg de partners om de school toe.</source>
        <translation>Record who the school is and who forms the working group: intern begeleider (pupil support coordinator), management, teachers and, where possible, a parent and a pupil. Add the partners around the school.</translation>
    </message>
    <message>
        <source>Goed is: een werkgroep met een trekker en een mandaat van de directie, en partners met een duidelijke bijdrage.</source>
        <translation>What good looks like: a working group with a lead and a mandate from the head, and partners with a clear contribution.</translation>
    </message>
    <message>
        <source>De Vlinderboom: zeven werkgroepleden onder leiding van de IB'er, zes partners van JGZ tot buurtsportcoach.</source>
        <translation>De Vlinderboom: seven working-group members led by the intern begeleider, six partners from youth health care to the neighbourhood sports coach.</translation>
    </message>
    <message>
        <source>Verzamel wat u al weet: cijfers uit de monitor sociale veiligheid, wat de school al doet, wat ouders, leerlingen en team zeggen, en of de wettelijke plichten rond zijn.</source>
        <translation>Gather what you already know: figures from the social safety monitor, what the school already does, what parents, pupils and team say, and whether the legal duties are covered.</translation>
    </message>
    <message>
        <source>Goed is: elk cijfer met bron en jaar, en van elke groep betrokkenen een paar conclusies.</source>
        <translation>What good looks like: every figure with source and year, and a few conclusions from each group involved.</translation>
    </message>
    <message>
        <source>De Vlinderboom: 86% van de leerlingen voelt zich veilig; ouders vragen om meer uitleg over online pesten.</source>
        <translation>De Vlinderboom: 86% of pupils feel safe; parents ask for more explanation about online bullying.</translation>
    </message>
    <message>
        <source>Scoor per pijler samen met het team hoe ver de school is, met een korte onderbouwing. Geef aan wat prioriteit heeft.</source>
        <translation>Score per pillar, together with the team, how far the school has come, with a short justification. Mark what has priority.</translation>
    </message>
    <message>
        <source>Goed is: een eerlijke score met bewijs ('waar blijkt dit uit?') en een handvol prioriteiten, niet alles tegelijk.</source>
        <translation>What good looks like: an honest score with evidence ('where does this show?') and a handful of priorities, not everything at once.</translation>
    </message>
    <message>
        <source>De Vlinderboom scoort signaleren het laagst (47%) en maakt daar een prioriteit van.</source>
        <translation>De Vlinderboom scores early identification lowest (47%) and makes it a priority.</translation>
    </message>
    <message>
        <source>Schrijf de ambitie op en maak van de prioriteiten een paar doelen: meetbaar, met een streefwaarde en een datum. Beoordeel ze op belang, kosten, tijd, draagvlak en haalbaarheid.</source>
        <translation>Write down the ambition and turn the priorities into a few goals: measurable, with a target value and a date. Rate them on importance, cost, time, support and feasibility.</translation>
    </message>
    <message>
        <source>Goed is: drie tot acht doelen met een indicator uit de startfoto, zodat u volgend jaar kunt meten of het gelukt is.</source>
        <translation>What good looks like: three to eight goals with an indicator from the startfoto, so that next year you can measure whether it worked.</translation>
    </message>
    <message>
        <source>De Vlinderboom: 'Meer leerlingen voelen zich veilig op het plein', van 86% naar 92% in juni.</source>
        <translation>De Vlinderboom: 'More pupils feel safe in the playground', from 86% to 92% in June.</translation>
    </message>
    <message>
        <source>Bedenk per doel wat de school gaat doen, wie eigenaar is, wanneer, met welke uren en welk geld. De voorstellen rechts passen bij het doel en de school.</source>
        <translation>Decide per goal what the school will do, who owns it, when, with how many hours and how much money. The suggestions on the right fit the goal and the school.</translation>
    </message>
    <message>
        <source>Goed is: elke activiteit met een eigenaar en maanden, en een begroting die binnen het budget blijft.</source>
        <translation>What good looks like: every activity with an owner and months, and a budget that stays within the total.</translation>
    </message>
    <message>
        <source>De Vlinderboom: pleinafspraken met de leerlingenraad in september en oktober, eigenaar de anti-pestcoördinator.</source>
        <translation>De Vlinderboom: playground agreements with the pupil council in September and October, owned by the anti-bullying coordinator.</translation>
    </message>
    <message>
        <source>Kijk of het jaar haalbaar is: niet alles in dezelfde maanden, evaluatiemomenten op tijd, en de aandachtspunten opgelost.</source>
        <translation>Check whether the year is feasible: not everything in the same months, evaluation moments in time, and the points for attention resolved.</translation>
    </message>
    <message>
        <source>Goed is: geen aandachtspunten meer en een spreiding over het schooljaar.</source>
        <translation>What good looks like: no points for attention left and a spread across the school year.</translation>
    </message>
    <message>
        <source>De Vlinderboom heeft geen aandachtspunten en evalueert in januari en juni.</source>
        <translation>De Vlinderboom has no points for attention and evaluates in January and June.</translation>
    </message>
    <message>
        <source>Houd bij hoe het loopt, meet in het voorjaar of de doelen gehaald zijn en schrijf de jaarevaluatie. Zet daarna het plan door naar volgend jaar.</source>
        <translation>Keep track of how it goes, measure in spring whether the goals were achieved and write the annual evaluation. Then carry the plan over to next year.</translation>
    </message>
    <message>
        <source>Goed is: per doel de gemeten waarde naast de streefwaarde en een korte reflectie.</source>
        <translation>What good looks like: for each goal the measured value next to the target value, and a short reflection.</translation>
    </message>
    <message>
        <source>De Vlinderboom zet open doelen en lopende activiteiten door naar het nieuwe schooljaar.</source>
        <translation>De Vlinderboom carries open goals and ongoing activities over to the new school year.</translation>
    </message>
    <message>
        <source>Maak het jaarplan voor directie en MR, het overzicht voor de teamkamer of het zelfscanrapport, en sla het op of print het.</source>
        <translation>Make the annual plan for the head and the participation council (MR), the overview for the staff room or the zelfscan report, and save or print it.</translation>
    </message>
    <message>
        <source>Goed is: een jaarplan dat de directie zonder uitleg kan vaststellen.</source>
        <translation>What good looks like: an annual plan the head can adopt without explanation.</translation>
    </message>
    <message>
        <source>De Vlinderboom print het overzicht op één A4 voor de teamkamer.</source>
        <translation>De Vlinderboom prints the one-page overview for the staff room.</translation>
    </message>
    <message>
        <source>Zoek erkende interventies en signaleringsinstrumenten die bij de school passen, en markeer wat al in gebruik is.</source>
        <translation>Find recognised interventions and screening instruments that suit the school, and mark what is already in use.</translation>
    </message>
    <message>
        <source>Goed is: kiezen op erkenning én op wat past bij uw doelen en leerlingen.</source>
        <translation>What good looks like: choosing on recognition and on what fits your goals and pupils.</translation>
    </message>
    <message>
        <source>De Vlinderboom werkt met Kanjertraining en KanVAS.</source>
        <translation>De Vlinderboom works with Kanjertraining and KanVAS.</translation>
    </message>
    <message>
        <source>Zo pakt u het aan:</source>
        <translation>How to go about it:</translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Uitleg bij alle stappen verbergen (terug via Beeld → Uitleg per stap)</source>
        <translation>Hide the guidance for all steps (back via View → Guidance per step)</translation>
    </message>
    <message>
        <source>Uitleg bij deze stap</source>
        <translation>Guidance for this step</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Geschiedenis — {plan}</source>
        <translation>History — {plan}</translation>
    </message>
    <message>
        <source>Wie heeft wat wanneer veranderd in dit plan en bij de school (nieuwste eerst).</source>
        <translation>Who changed what and when in this plan and for the school (newest first).</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Welke</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Geschiedenis van het plan</source>
        <translation>History of the plan</translation>
    </message>
    <message>
        <source>Nog geen wijzigingen vastgelegd.</source>
        <translation>No changes recorded yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Over {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Plan, voer uit en evalueer een schoolbrede aanpak voor welbevinden langs de vier pijlers van Gezonde School: educatie, schoolomgeving, signaleren en beleid.

Alles blijft op deze computer; het programma maakt geen verbinding met internet.</source>
        <translation>Plan, carry out and evaluate a school-wide approach to wellbeing along the four pillars of Gezonde School (Healthy School): education, school environment, early identification and policy.

Everything stays on this computer; the program never connects to the internet.</translation>
    </message>
    <message>
        <source>Welkom bij {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <source>Met dit programma maakt uw werkgroep een plan voor welbevinden langs de vier pijlers van Gezonde School: educatie, schoolomgeving, signaleren en beleid. U doorloopt de cyclus stap voor stap; alles wordt meteen opgeslagen op deze computer.</source>
        <translation>With this program your working group makes a wellbeing plan along the four pillars of Gezonde School (Healthy School): education, school environment, early identification and policy. You go through the cycle step by step; everything is saved on this computer straight away.</translation>
    </message>
    <message>
        <source>Begin met uw school…</source>
        <translation>Start with your school…</translation>
    </message>
    <message>
        <source>Naam, schooltype en werkgroep; daarna het plan voor dit schooljaar.</source>
        <translation>Name, school type and working group; then the plan for this school year.</translation>
    </message>
    <message>
        <source>Bekijk de demoschool</source>
        <translation>Look at the demo school</translation>
    </message>
    <message>
        <source>Een volledig ingevuld voorbeeld in een eigen bestand; uw eigen gegevens blijven apart.</source>
        <translation>A fully completed example in a file of its own; your own data stays separate.</translation>
    </message>
    <message>
        <source>Plan importeren…</source>
        <translation>Import plan…</translation>
    </message>
    <message>
        <source>Een planbestand (.wbplan) van een andere computer of van de GGD-adviseur.</source>
        <translation>A plan file (.wbplan) from another computer or from the GGD adviser.</translation>
    </message>
    <message>
        <source>Nieuw plan…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>Een nieuw plan kan zodra er een school is.</source>
        <translation>A new plan can be made once there is a school.</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Leesbare gegevens redden…</source>
        <translation>Rescue readable data…</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source> — demoschool</source>
        <translation> — demo school</translation>
    </message>
    <message>
        <source>Demoschool</source>
        <translation>Demo school</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Plan kiezen</source>
        <translation>Choose plan</translation>
    </message>
    <message>
        <source>Nieuwe school…</source>
        <translation>New school…</translation>
    </message>
    <message>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Gegevens worden geopend…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Geldt vanaf de volgende start van het programma.</source>
        <translation>Applies from the next start of the program.</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>{app} gebruikt {language} vanaf de volgende start. Sluit het programma en start het opnieuw.</source>
        <translation>{app} will use {language} from the next start. Close the program and start it again.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Nieuwe &amp;school…</source>
        <translation>New &amp;school…</translation>
    </message>
    <message>
        <source>Nieuw &amp;plan…</source>
        <translation>New &amp;plan…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken</source>
        <translation>Make &amp;backup</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Plan &amp;exporteren…</source>
        <translation>&amp;Export plan…</translation>
    </message>
    <message>
        <source>Plan &amp;importeren…</source>
        <translation>&amp;Import plan…</translation>
    </message>
    <message>
        <source>&amp;Catalogus bijwerken…</source>
        <translation>&amp;Update catalogue…</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Presenteren</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;uit</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Ware grootte</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>&amp;Uitleg per stap</source>
        <translation>&amp;Guidance per step</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Demoschool openen</source>
        <translation>Open &amp;demo school</translation>
    </message>
    <message>
        <source>Demo &amp;opnieuw beginnen</source>
        <translation>&amp;Restart demo</translation>
    </message>
    <message>
        <source>Terug naar de &amp;eigen plannen</source>
        <translation>Back to your &amp;own plans</translation>
    </message>
    <message>
        <source>&amp;Over {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <source>Het planbestand kon door een onverwachte fout niet worden geopend; er is niets veranderd. De details staan in het logboek.</source>
        <translation>The plan file could not be opened because of an unexpected error; nothing has changed. The details are in the log.</translation>
    </message>
    <message>
        <source>Alle wijzigingen worden meteen opgeslagen in {path}</source>
        <translation>All changes are saved straight away in {path}</translation>
    </message>
    <message>
        <source>Het planbestand kan niet worden geopend</source>
        <translation>The plan file cannot be opened</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt en gecontroleerd: {path}</source>
        <translation>Backup made and checked: {path}</translation>
    </message>
    <message>
        <source>Catalogus bijwerken</source>
        <translation>Update catalogue</translation>
    </message>
    <message>
        <source>Catalogusbestanden (*.json)</source>
        <translation>Catalogue files (*.json)</translation>
    </message>
    <message>
        <source>… en nog {n}.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <source>Deze plannen verwijzen naar een interventie die niet meer in de catalogus staat; de verwijzingen blijven bewaard.</source>
        <translation>These plans refer to an intervention that is no longer in the catalogue; the references are kept.</translation>
    </message>
    <message>
        <source>Teruggezet: {name}. Het vorige planbestand staat in {saved}.</source>
        <translation>Restored: {name}. The previous plan file is in {saved}.</translation>
    </message>
    <message>
        <source>Gered: {plans} plan(nen), {goals} doel(en) en {activities} activiteit(en) in {path}.
Wilt u dit bestand nu als planbestand gebruiken? Het beschadigde bestand wordt eerst bewaard.</source>
        <translation>Rescued: {plans} plan(s), {goals} goal(s) and {activities} activity(ies) in {path}.
Do you want to use this file as your plan file now? The damaged file is kept first.</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Maak eerst een school aan (Nieuwe school…).</source>
        <translation>First create a school (New school…).</translation>
    </message>
    <message>
        <source>Zoom: {p}%</source>
        <translation>Zoom: {p}%</translation>
    </message>
    <message>
        <source>De demoschool is opnieuw begonnen.</source>
        <translation>The demo school has started afresh.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>— leeg —</source>
        <translation>— empty —</translation>
    </message>
    <message>
        <source>+{n} meer</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <source>⚠ dubbel aanbod</source>
        <translation>⚠ duplicate provision</translation>
    </message>
    <message>
        <source>inventaris</source>
        <translation>inventory</translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>Nieuw plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Schooljaar</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Titel (mag leeg)</source>
        <translation>Title (may be empty)</translation>
    </message>
    <message>
        <source>Maak eerst een school aan.</source>
        <translation>First create a school.</translation>
    </message>
</context>
<context>
    <name>NewSchoolDialog</name>
    <message>
        <source>Nieuwe school</source>
        <translation>New school</translation>
    </message>
    <message>
        <source>bijvoorbeeld Basisschool De Regenboog</source>
        <translation>for example Basisschool De Regenboog</translation>
    </message>
    <message>
        <source>Naam van de school</source>
        <translation>Name of the school</translation>
    </message>
    <message>
        <source>Schooltype</source>
        <translation>School type</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>gemeten: {m}</source>
        <translation>measured: {m}</translation>
    </message>
</context>
<context>
    <name>PlanFileFlow</name>
    <message>
        <source>Planbestanden (*.wbplan)</source>
        <translation>Plan files (*.wbplan)</translation>
    </message>
    <message>
        <source>Er is nog geen plan om te exporteren. Maak een plan of importeer er een.</source>
        <translation>There is no plan to export yet. Make a plan or import one.</translation>
    </message>
    <message>
        <source>Plan exporteren</source>
        <translation>Export plan</translation>
    </message>
    <message>
        <source>Plan opgeslagen als {path}</source>
        <translation>Plan saved as {path}</translation>
    </message>
    <message>
        <source>Plan importeren</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>Planbestand wordt gecontroleerd…</source>
        <translation>Checking plan file…</translation>
    </message>
    <message>
        <source>Er is al een school met BRIN-code {brin}: {school}.</source>
        <translation>There is already a school with BRIN code {brin}: {school}.</translation>
    </message>
    <message>
        <source>Wilt u het plan voor schooljaar {year} aan deze school toevoegen? De gegevens van de school zelf blijven zoals ze zijn.</source>
        <translation>Do you want to add the plan for school year {year} to this school? The details of the school itself stay as they are.</translation>
    </message>
    <message>
        <source>Toevoegen aan deze school</source>
        <translation>Add to this school</translation>
    </message>
    <message>
        <source>Niet importeren</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Het plan is niet geïmporteerd.</source>
        <translation>The plan has not been imported.</translation>
    </message>
    <message>
        <source>Plan geïmporteerd: {school}, schooljaar {year}.</source>
        <translation>Plan imported: {school}, school year {year}.</translation>
    </message>
    <message>
        <source>Niet in deze catalogus, bewaard als eigen interventie: {names}.</source>
        <translation>Not in this catalogue, kept as own intervention: {names}.</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Jaarplanning</source>
        <translation>Annual planning</translation>
    </message>
    <message>
        <source>Het schooljaar van augustus tot en met juli: wanneer gebeurt wat, wat vraagt nog aandacht, en wat kost het aan uren en geld.</source>
        <translation>The school year from August to July: when does what happen, what still needs attention, and what does it cost in hours and money.</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Groeperen per</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>pijler</source>
        <translation>pillar</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Points for attention</translation>
    </message>
    <message>
        <source>Klik op een aandachtspunt om naar de activiteit of het doel te gaan.</source>
        <translation>Click a point for attention to go to the activity or goal.</translation>
    </message>
    <message>
        <source>Aandachtspunt</source>
        <translation>Point for attention</translation>
    </message>
    <message>
        <source>Per pijler</source>
        <translation>Per pillar</translation>
    </message>
    <message>
        <source>Per financieringsbron</source>
        <translation>Per funding source</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Lopende activiteiten</source>
        <translation>Ongoing activities</translation>
    </message>
    <message>
        <source>Aandachtspunten ({n})</source>
        <translation>Points for attention ({n})</translation>
    </message>
    <message>
        <source>Aandachtspunten: geen — het plan is compleet</source>
        <translation>Points for attention: none — the plan is complete</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>Totaal: {n} activiteiten, {h} uur, {b}{budget}. Een activiteit telt mee bij elke pijler van haar doel.</source>
        <translation>Total: {n} activities, {h} hours, {b}{budget}. An activity counts towards every pillar of its goal.</translation>
    </message>
</context>
<context>
    <name>PreventionPage</name>
    <message>
        <source>Preventie</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Waar zit het aanbod in de preventiepiramide, en groeit de basis? Plaats activiteiten en wat al loopt op een of meer lagen (universeel, selectief, geïndiceerd, zorg) en in een omgeving.</source>
        <translation>Where does the provision sit in the prevention pyramid, and is the base growing? Place activities and what is already running on one or more layers (universal, selective, indicated, care) and in a setting.</translation>
    </message>
    <message>
        <source>Preventiematrix</source>
        <translation>Prevention matrix</translation>
    </message>
    <message>
        <source>Indeling:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>per omgeving</source>
        <translation>per setting</translation>
    </message>
    <message>
        <source>per pijler</source>
        <translation>per pillar</translation>
    </message>
    <message>
        <source>Indeling van de matrix</source>
        <translation>Layout of the matrix</translation>
    </message>
    <message>
        <source>Piramide van inzet (uren per laag, per schooljaar)</source>
        <translation>Pyramid of effort (hours per layer, per school year)</translation>
    </message>
    <message>
        <source>Nog op geen laag geplaatst: {names}</source>
        <translation>Not yet placed on any layer: {names}</translation>
    </message>
    <message>
        <source>Dit schooljaar: </source>
        <translation>This school year: </translation>
    </message>
</context>
<context>
    <name>PyramidChart</name>
    <message>
        <source>Piramide van inzet per schooljaar</source>
        <translation>Pyramid of effort per school year</translation>
    </message>
    <message>
        <source>{layer} {hours} uur</source>
        <translation>{layer} {hours} hours</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radargrafiek van de vier pijlers</source>
        <translation>Radar chart of the four pillars</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>{value} (niet meer in de lijst)</source>
        <translation>{value} (no longer in the list)</translation>
    </message>
    <message>
        <source>{field} van een {noun} wijzigen</source>
        <translation>Change {field} of a {noun}</translation>
    </message>
    <message>
        <source>{field} van '{name}' wijzigen</source>
        <translation>Change {field} of '{name}'</translation>
    </message>
    <message>
        <source>Nieuw {noun}</source>
        <translation>New {noun}</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{noun} '{label}' verwijderen?</source>
        <translation>Delete {noun} '{label}'?</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Verwijderen {noun}</source>
        <translation>Delete {noun}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Het jaarplan voor team, MR, bestuur en inspectie, het zelfscanrapport, een overzicht op één A4 voor de personeelskamer en het evaluatierapport. Bekijk de pagina's, bewaar als PDF of druk af.</source>
        <translation>The annual plan for team, participation council (MR), board and inspectorate, the zelfscan report, a one-page overview for the staff room and the evaluation report. View the pages, save as PDF or print.</translation>
    </message>
    <message>
        <source>Rapport:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Rapport kiezen</source>
        <translation>Choose report</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Voorbeeld van het rapport</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>Vaststelling:</source>
        <translation>Adoption:</translation>
    </message>
    <message>
        <source>Directeur (naam)</source>
        <translation>Head teacher (name)</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Namens de MR (naam)</source>
        <translation>On behalf of the MR (name)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Vaststelling wijzigen</source>
        <translation>Change adoption</translation>
    </message>
    <message>
        <source>Rapport wordt gemaakt…</source>
        <translation>Making report…</translation>
    </message>
    <message>
        <source>Het rapport kon niet worden gemaakt.</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <source>{n} pagina's</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>De printer kon niet worden gestart.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>{n} pagina's naar de printer gestuurd</source>
        <translation>{n} pages sent to the printer</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Kies de reservekopie die u wilt terugzetten. Het huidige planbestand wordt eerst zelf bewaard, zodat u dit altijd ongedaan kunt maken. Wijzigingen van na de reservekopie zijn daarna niet meer te zien.</source>
        <translation>Choose the backup you want to restore. The current plan file is kept first, so you can always undo this. Changes made after the backup will no longer be visible.</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën in {dir}.</source>
        <translation>There are no backups in {dir} yet.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Ander bestand…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <source>'{name}' terugzetten? Het huidige planbestand wordt eerst bewaard in de map backups.</source>
        <translation>Restore '{name}'? The current plan file is first kept in the backups folder.</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Planbestanden (*.sqlite3 *.db);;Alle bestanden (*)</source>
        <translation>Plan files (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Meerjarenplan</source>
        <translation>Multi-year plan</translation>
    </message>
    <message>
        <source>De lange lijn over twee tot vijf schooljaren: ambitie, definitie en basisvaardigheden, doelen met een streefwaarde per jaar, en hoe de werkgroep tot dit plan kwam. Elk jaarplan neemt zijn doelen hieruit over.</source>
        <translation>The long view over two to five school years: ambition, definition and basic skills, goals with a target value per year, and how the working group arrived at this plan. Each annual plan takes its goals from here.</translation>
    </message>
    <message>
        <source>Nog geen meerjarenplan</source>
        <translation>No multi-year plan yet</translation>
    </message>
    <message>
        <source>Dit plan hoort nog niet bij een meerjarenplan. Maak er een voor dit en de komende schooljaren; de doelen van het jaarplan worden er doelen voor de langere termijn.</source>
        <translation>This plan does not belong to a multi-year plan yet. Make one for this and the coming school years; the goals of the annual plan become its longer-term goals.</translation>
    </message>
    <message>
        <source>Aantal schooljaren:</source>
        <translation>Number of school years:</translation>
    </message>
    <message>
        <source>Aantal schooljaren van het meerjarenplan</source>
        <translation>Number of school years of the multi-year plan</translation>
    </message>
    <message>
        <source>Meerjarenplan maken</source>
        <translation>Make multi-year plan</translation>
    </message>
    <message>
        <source>Ambitie en uitgangspunten</source>
        <translation>Ambition and principles</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Eerste schooljaar</source>
        <translation>First school year</translation>
    </message>
    <message>
        <source>Laatste schooljaar</source>
        <translation>Last school year</translation>
    </message>
    <message>
        <source>Schooljaren (beginjaar)</source>
        <translation>School years (starting year)</translation>
    </message>
    <message>
        <source>Ambitie</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Waar wil de keten of school over een paar jaar staan?</source>
        <translation>Where does the keten or school want to be in a few years?</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Waarom is dit nodig? Wat zien jullie nu?</source>
        <translation>Why is this needed? What do you see now?</translation>
    </message>
    <message>
        <source>Definitie</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>De afgesproken definitie, bijvoorbeeld van mentale weerbaarheid</source>
        <translation>The agreed definition, for example of mental resilience</translation>
    </message>
    <message>
        <source>Basisvaardigheden</source>
        <translation>Basic skills</translation>
    </message>
    <message>
        <source>Eén per regel</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>Doelen per schooljaar</source>
        <translation>Goals per school year</translation>
    </message>
    <message>
        <source>Per doel de streefwaarde van elk schooljaar en hoe het dat jaar ging.</source>
        <translation>For each goal the target value of every school year and how that year went.</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Pijlers</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Lagen</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Preventielagen</source>
        <translation>Prevention layers</translation>
    </message>
    <message>
        <source>Streefwaarde {y}</source>
        <translation>Target {y}</translation>
    </message>
    <message>
        <source>Doelen voor de langere termijn</source>
        <translation>Longer-term goals</translation>
    </message>
    <message>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>Opnemen in dit jaarplan</source>
        <translation>Add to this annual plan</translation>
    </message>
    <message>
        <source>Het gekozen doel wordt een doel van het jaarplan van dit schooljaar, gekoppeld aan dit meerjarenplan</source>
        <translation>The chosen goal becomes a goal of this school year's annual plan, linked to this multi-year plan</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Wat eruit kwam</source>
        <translation>What came out of it</translation>
    </message>
    <message>
        <source>Klaar?</source>
        <translation>Done?</translation>
    </message>
    <message>
        <source>een link of bestandsnaam, bijvoorbeeld een infographic</source>
        <translation>a link or file name, for example an infographic</translation>
    </message>
    <message>
        <source>Hoe we hier kwamen: de stappen</source>
        <translation>How we got here: the steps</translation>
    </message>
    <message>
        <source>stap</source>
        <translation>step</translation>
    </message>
    <message>
        <source>Conclusies uit de inbreng</source>
        <translation>Conclusions from the input</translation>
    </message>
    <message>
        <source>Wat concludeert de werkgroep uit wat ouders, kinderen, professionals en kinderopvang inbrachten?</source>
        <translation>What does the working group conclude from the input of parents, children, professionals and childcare?</translation>
    </message>
    <message>
        <source>Stuurgroep</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Aan (orgaan)</source>
        <translation>To (body)</translation>
    </message>
    <message>
        <source>Adviesmomenten</source>
        <translation>Advice moments</translation>
    </message>
    <message>
        <source>adviesmoment</source>
        <translation>advice moment</translation>
    </message>
    <message>
        <source>{a} t/m {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <source>Meerjarenplan wijzigen</source>
        <translation>Change multi-year plan</translation>
    </message>
</context>
<context>
    <name>RolesCard</name>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Functie of soort</source>
        <translation>Position or kind</translation>
    </message>
    <message>
        <source>{who} is {role}</source>
        <translation>{who} is {role}</translation>
    </message>
    <message>
        <source>{who} is geen {role}</source>
        <translation>{who} is not {role}</translation>
    </message>
    <message>
        <source>Organisatie en rollen</source>
        <translation>Organisation and roles</translation>
    </message>
    <message>
        <source>Soort organisatie:</source>
        <translation>Kind of organisation:</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Deelnemers van de keten</source>
        <translation>Members of the keten</translation>
    </message>
    <message>
        <source>Organisatie om toe te voegen aan de keten</source>
        <translation>Organisation to add to the keten</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Wie doet wat: de rollen uit de handreiking, en eigen rollen. Iemand kan meer rollen hebben.</source>
        <translation>Who does what: the roles from the guide, and roles of your own. One person can have several roles.</translation>
    </message>
    <message>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <source>eigen rollen, gescheiden door komma's (bijvoorbeeld Signaleringsteam)</source>
        <translation>own roles, separated by commas (for example Signalling team)</translation>
    </message>
    <message>
        <source>Eigen rollen</source>
        <translation>Own roles</translation>
    </message>
    <message>
        <source>Rollen opslaan</source>
        <translation>Save roles</translation>
    </message>
    <message>
        <source>Soort organisatie wijzigen</source>
        <translation>Change kind of organisation</translation>
    </message>
    <message>
        <source>Rollen wijzigen</source>
        <translation>Change roles</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School en werkgroep</source>
        <translation>School and working group</translation>
    </message>
    <message>
        <source>Schoolprofiel</source>
        <translation>School profile</translation>
    </message>
    <message>
        <source>bijvoorbeeld Basisschool De Regenboog</source>
        <translation>for example Basisschool De Regenboog</translation>
    </message>
    <message>
        <source>bijvoorbeeld 12AB</source>
        <translation>for example 12AB</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>bijvoorbeeld GGD regio Utrecht</source>
        <translation>for example GGD region Utrecht</translation>
    </message>
    <message>
        <source>Naam van de school</source>
        <translation>Name of the school</translation>
    </message>
    <message>
        <source>BRIN-code</source>
        <translation>BRIN code</translation>
    </message>
    <message>
        <source>Schooltype</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>Groepen of leerjaren</source>
        <translation>Groups or years</translation>
    </message>
    <message>
        <source>Aantal leerlingen</source>
        <translation>Number of pupils</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>GGD-regio</source>
        <translation>GGD region</translation>
    </message>
    <message>
        <source>Hoogste groep of leerjaar</source>
        <translation>Highest group or year</translation>
    </message>
    <message>
        <source>Wijziging schoolprofiel</source>
        <translation>Change school profile</translation>
    </message>
    <message>
        <source>Wie is de school en wie werkt mee? Het schooltype bepaalt welke criteria de zelfscan gebruikt. Wijzigingen worden meteen opgeslagen.</source>
        <translation>Who is the school and who takes part? The school type decides which criteria the zelfscan uses. Changes are saved straight away.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Nog geen logo</source>
        <translation>No logo yet</translation>
    </message>
    <message>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>PNG of JPEG; komt op het scherm en op het jaarplan.</source>
        <translation>PNG or JPEG; shown on screen and on the annual plan.</translation>
    </message>
    <message>
        <source>Nieuw lid</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>E-mail (mag leeg)</source>
        <translation>Email (may be empty)</translation>
    </message>
    <message>
        <source>Werkgroep</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>werkgroeplid</source>
        <translation>working-group member</translation>
    </message>
    <message>
        <source>Wie trekt de aanpak? Alleen namen van medewerkers en partners, nooit gegevens van leerlingen.</source>
        <translation>Who leads the approach? Only names of staff and partners, never details of pupils.</translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Wat zij bijdragen</source>
        <translation>What they contribute</translation>
    </message>
    <message>
        <source>Partners rond de school</source>
        <translation>Partners around the school</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Dit bestand is geen afbeelding die het programma kan lezen. Kies een PNG- of JPEG-bestand.</source>
        <translation>This file is not an image the program can read. Choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Ecosysteem rond de school</source>
        <translation>Ecosystem around the school</translation>
    </message>
    <message>
        <source>Voeg partners toe om hier te zien wie rond de school meewerkt.</source>
        <translation>Add partners to see here who works with the school.</translation>
    </message>
</context>
<context>
    <name>StartfotoPage</name>
    <message>
        <source>Startfoto</source>
        <translation>Startfoto (baseline picture)</translation>
    </message>
    <message>
        <source>Waar staat de school nu? Cijfers uit de monitor sociale veiligheid en de GGD-jeugdmonitor, wat de school al doet, wat ouders, leerlingen, team en professionals zeggen, en de wettelijke plichten. Alleen cijfers over groepen, nooit over een leerling.</source>
        <translation>Where does the school stand now? Figures from the social safety monitor and the GGD youth monitor, what the school already does, what parents, pupils, team and professionals say, and the legal duties. Only figures about groups, never about a single pupil.</translation>
    </message>
    <message>
        <source>Nieuw cijfer</source>
        <translation>New figure</translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>bijv. 87,5</source>
        <translation>e.g. 87,5</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vergelijkingswaarde</source>
        <translation>Comparison value</translation>
    </message>
    <message>
        <source>Vergeleken met</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>bijv. landelijk PO</source>
        <translation>e.g. national primary</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>cijfer</source>
        <translation>figure</translation>
    </message>
    <message>
        <source>Veelgebruikt cijfer kiezen</source>
        <translation>Choose a common figure</translation>
    </message>
    <message>
        <source>Veelgebruikt cijfer:</source>
        <translation>Common figure:</translation>
    </message>
    <message>
        <source>Toevoegen uit lijst</source>
        <translation>Add from list</translation>
    </message>
    <message>
        <source>Cijfer toevoegen</source>
        <translation>Add figure</translation>
    </message>
    <message>
        <source>Eigen activiteit</source>
        <translation>Own activity</translation>
    </message>
    <message>
        <source>Wat de school al doet</source>
        <translation>What the school already does</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>catalogus</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>eigen interventie</source>
        <translation>own intervention</translation>
    </message>
    <message>
        <source>eigen activiteit</source>
        <translation>own activity</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sinds (jaar)</source>
        <translation>Since (year)</translation>
    </message>
    <message>
        <source>bijv. groep 1-8</source>
        <translation>e.g. groups 1-8</translation>
    </message>
    <message>
        <source>Hoe gaat het?</source>
        <translation>How is it going?</translation>
    </message>
    <message>
        <source>Preventielagen</source>
        <translation>Prevention layers</translation>
    </message>
    <message>
        <source>Omgeving</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>— onderwijs —</source>
        <translation>— education —</translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>Kies een interventie uit de catalogus of voeg met 'Toevoegen' een eigen activiteit toe. Wat hier staat, telt als 'in gebruik' en wordt niet opnieuw voorgesteld.</source>
        <translation>Choose an intervention from the catalogue or add an activity of your own with 'Add'. What is listed here counts as 'in use' and is not suggested again.</translation>
    </message>
    <message>
        <source>Interventie uit de catalogus kiezen</source>
        <translation>Choose an intervention from the catalogue</translation>
    </message>
    <message>
        <source>Uit de catalogus:</source>
        <translation>From the catalogue:</translation>
    </message>
    <message>
        <source>In gebruik zetten</source>
        <translation>Mark as in use</translation>
    </message>
    <message>
        <source> (eigen)</source>
        <translation> (own)</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Werkwijze</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Conclusies</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>bijv. vragenlijst, panel, gesprek</source>
        <translation>e.g. questionnaire, panel, conversation</translation>
    </message>
    <message>
        <source>Wat betrokkenen zeggen</source>
        <translation>What those involved say</translation>
    </message>
    <message>
        <source>inbreng</source>
        <translation>input</translation>
    </message>
    <message>
        <source>Verplichting</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Wettelijke en andere verplichtingen</source>
        <translation>Legal and other obligations</translation>
    </message>
    <message>
        <source>verplichting</source>
        <translation>obligation</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>punten</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Toevoegen als activiteit</source>
        <translation>Add as activity</translation>
    </message>
    <message>
        <source>Kies eerst een doel; de activiteit komt onder dat doel.</source>
        <translation>First choose a goal; the activity goes under that goal.</translation>
    </message>
    <message>
        <source>Per doel — {goal}: {names}</source>
        <translation>Per goal — {goal}: {names}</translation>
    </message>
    <message>
        <source>zonder titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Dient meerdere doelen: {names}</source>
        <translation>Serves several goals: {names}</translation>
    </message>
    <message>
        <source>Voorstellen uit de catalogus</source>
        <translation>Suggestions from the catalogue</translation>
    </message>
    <message>
        <source>Voor dit doel</source>
        <translation>For this goal</translation>
    </message>
    <message>
        <source>Voor het hele plan</source>
        <translation>For the whole plan</translation>
    </message>
    <message>
        <source>Hoe dit werkt: alleen wat past bij uw schooltype en groepen. Het thema, de pijlers en de preventielaag van het doel wegen het zwaarst, daarna zwakke pijlers en criteria uit de zelfscan en de erkenning. Voor het hele plan telt elk doel van het plan mee. Wat u al gebruikt of al als activiteit heeft, staat er niet bij; wat erop lijkt, krijgt een waarschuwing.</source>
        <translation>How this works: only what fits your school type and groups. The theme, pillars and prevention layer of the goal weigh most, then weak pillars and criteria from the zelfscan, and the recognition. For the whole plan every goal of the plan counts. What you already use or already have as an activity is left out; anything that resembles it gets a warning.</translation>
    </message>
    <message>
        <source>Kies links een doel voor gerichte voorstellen; nu voor het hele plan, afgewogen tegen alle doelen.</source>
        <translation>Choose a goal on the left for targeted suggestions; now for the whole plan, weighed against all goals.</translation>
    </message>
    <message>
        <source>Voor het gekozen doel.</source>
        <translation>For the chosen goal.</translation>
    </message>
    <message>
        <source>Voor het hele plan, afgewogen tegen alle doelen van het plan.</source>
        <translation>For the whole plan, weighed against all goals of the plan.</translation>
    </message>
    <message>
        <source>Sterke punten, al in gebruik: {items}</source>
        <translation>Strengths, already in use: {items}</translation>
    </message>
    <message>
        <source>Voorstel toevoegen</source>
        <translation>Add suggestion</translation>
    </message>
</context>
<context>
    <name>TeamRoundDialog</name>
    <message>
        <source>Spreiding van de teamscores</source>
        <translation>Spread of the team scores</translation>
    </message>
    <message>
        <source>niveau {level}: {n}</source>
        <translation>level {level}: {n}</translation>
    </message>
    <message>
        <source>mediaan</source>
        <translation>median</translation>
    </message>
    <message>
        <source>Teamronde</source>
        <translation>Team round</translation>
    </message>
    <message>
        <source>Laat iedereen een score geven (handen opsteken per niveau), of typ de scores van de deelnemers achter elkaar.</source>
        <translation>Let everyone give a score (hands up per level), or type the participants' scores one after another.</translation>
    </message>
    <message>
        <source>bijvoorbeeld: 2 3 2 1 2</source>
        <translation>for example: 2 3 2 1 2</translation>
    </message>
    <message>
        <source>Scores per deelnemer</source>
        <translation>Scores per participant</translation>
    </message>
    <message>
        <source>Aantal deelnemers met score {level}</source>
        <translation>Number of participants with score {level}</translation>
    </message>
    <message>
        <source>Teamscore:</source>
        <translation>Team score:</translation>
    </message>
    <message>
        <source>Teamscore</source>
        <translation>Team score</translation>
    </message>
    <message>
        <source>Neem teamscore over</source>
        <translation>Use team score</translation>
    </message>
    <message>
        <source>Nog geen scores.</source>
        <translation>No scores yet.</translation>
    </message>
    <message>
        <source>{n} deelnemers · mediaan {median} · van {low} tot {high}</source>
        <translation>{n} participants · median {median} · from {low} to {high}</translation>
    </message>
    <message>
        <source>Let op: de meningen lopen twee niveaus of meer uiteen. Bespreek de verschillen voordat u een teamscore kiest.</source>
        <translation>Note: opinions differ by two levels or more. Discuss the differences before you choose a team score.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Jaarplanning</source>
        <translation>Annual planning</translation>
    </message>
    <message>
        <source>{title}: nog niet gepland</source>
        <translation>{title}: not planned yet</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>gepland of bezig</source>
        <translation>planned or under way</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>risico</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>loopt vast</source>
        <translation>stuck</translation>
    </message>
    <message>
        <source>evaluatiemoment</source>
        <translation>evaluation moment</translation>
    </message>
    <message>
        <source>monitormoment</source>
        <translation>monitoring moment</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>ZelfscanPage</name>
    <message>
        <source>Zelfscan</source>
        <translation>Zelfscan (self-assessment)</translation>
    </message>
    <message>
        <source>Scoor per pijler hoe ver de school is (0 niet aanwezig · 1 in ontwikkeling · 2 grotendeels aanwezig · 3 volledig en geborgd). Toetsen: ↑↓ kiezen, 0–3 scoren, N niet van toepassing, H/M/L prioriteit. Niet gescoorde criteria tellen niet mee.</source>
        <translation>Score per pillar how far the school has come (0 not in place · 1 developing · 2 largely in place · 3 fully in place and embedded). Keys: ↑↓ choose, 0–3 score, N not applicable, H/M/L priority. Criteria not scored do not count.</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Score {name}</source>
        <translation>Score {name}</translation>
    </message>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Prioriteit</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Criteria {pillar}</source>
        <translation>Criteria {pillar}</translation>
    </message>
    <message>
        <source>Pijler</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Lage score en hoge prioriteit eerst: de brug naar de doelen. Dubbelklik om het criterium te openen.</source>
        <translation>Low score and high priority first: the bridge to the goals. Double-click to open the criterion.</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Criteria per pijler</source>
        <translation>Criteria per pillar</translation>
    </message>
    <message>
        <source>Het gekozen criterium</source>
        <translation>The chosen criterion</translation>
    </message>
    <message>
        <source>Klik op een niveau om te scoren (of druk 0–3).</source>
        <translation>Click a level to score (or press 0–3).</translation>
    </message>
    <message>
        <source>geen prioriteit</source>
        <translation>no priority</translation>
    </message>
    <message>
        <source>prioriteit {p}</source>
        <translation>priority {p}</translation>
    </message>
    <message>
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Teamronde…</source>
        <translation>Team round…</translation>
    </message>
    <message>
        <source>Laat het team samen scoren en zie de spreiding</source>
        <translation>Let the team score together and see the spread</translation>
    </message>
    <message>
        <source>Waarom niet van toepassing?</source>
        <translation>Why not applicable?</translation>
    </message>
    <message>
        <source>Reden niet van toepassing</source>
        <translation>Reason not applicable</translation>
    </message>
    <message>
        <source>Onderbouwing: waar blijkt dit uit?</source>
        <translation>Justification: where does this show?</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Teamronde: {n} deelnemers ({counts}), mediaan {median}</source>
        <translation>Team round: {n} participants ({counts}), median {median}</translation>
    </message>
    <message>
        <source> — de meningen liepen uiteen</source>
        <translation> — opinions differed</translation>
    </message>
    <message>
        <source>Teamscore van {id} overnemen</source>
        <translation>Use team score of {id}</translation>
    </message>
    <message>
        <source>{s} van {n} gescoord</source>
        <translation>{s} of {n} scored</translation>
    </message>
    <message>
        <source>Kies een criterium.</source>
        <translation>Choose a criterion.</translation>
    </message>
    <message>
        <source>N.v.t.</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>dit criterium past niet bij onze school</source>
        <translation>this criterion does not fit our school</translation>
    </message>
    <message>
        <source>Score {value}: {label}</source>
        <translation>Score {value}: {label}</translation>
    </message>
    <message>
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Score {id}</source>
        <translation>Score {id}</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{app} is al geopend voor deze gegevens; dat venster is naar voren gehaald.</source>
        <translation>{app} is already open for this data; that window has been brought to the front.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er is een onverwachte fout opgetreden. Wat u al had opgeslagen blijft bewaard.
Kopieer de details hieronder en stuur ze naar de beheerder of de leverancier.</source>
        <translation>An unexpected error occurred. What you had already saved is kept.
Copy the details below and send them to your administrator or supplier.</translation>
    </message>
    <message>
        <source>Details kopiëren</source>
        <translation>Copy details</translation>
    </message>
</context>
</TS>
