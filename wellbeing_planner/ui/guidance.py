"""Built-in guidance for teams without a facilitator: per step what to do, what good looks like, an example.

Shown under each page's title; *Beeld → Uitleg per stap* (or "Verbergen" in the box) hides it for good.
The examples come from the demo school, so a trainer can point at them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Guidance", text)


def guidance(page_id: str) -> tuple[str, str, str] | None:
    """(what to do, what good looks like, an example from the demo school) for a page, or None."""
    texts = {
        "school": (
            tr("Leg vast wie de school is en wie de werkgroep vormt: intern begeleider, directie, leerkrachten, "
               "en waar het kan een ouder en een leerling. Voeg de partners om de school toe."),
            tr("Goed is: een werkgroep met een trekker en een mandaat van de directie, en partners met een "
               "duidelijke bijdrage."),
            tr("De Vlinderboom: zeven werkgroepleden onder leiding van de IB'er, zes partners van JGZ tot "
               "buurtsportcoach.")),
        "startfoto": (
            tr("Verzamel wat u al weet: cijfers uit de monitor sociale veiligheid, wat de school al doet, wat "
               "ouders, leerlingen en team zeggen, en of de wettelijke plichten rond zijn."),
            tr("Goed is: elk cijfer met bron en jaar, en van elke groep betrokkenen een paar conclusies."),
            tr("De Vlinderboom: 86% van de leerlingen voelt zich veilig; ouders vragen om meer uitleg over "
               "online pesten.")),
        "zelfscan": (
            tr("Scoor per pijler samen met het team hoe ver de school is, met een korte onderbouwing. Geef aan "
               "wat prioriteit heeft."),
            tr("Goed is: een eerlijke score met bewijs ('waar blijkt dit uit?') en een handvol prioriteiten, "
               "niet alles tegelijk."),
            tr("De Vlinderboom scoort signaleren het laagst (47%) en maakt daar een prioriteit van.")),
        "doelen": (
            tr("Schrijf de ambitie op en maak van de prioriteiten een paar doelen: meetbaar, met een streefwaarde "
               "en een datum. Beoordeel ze op belang, kosten, tijd, draagvlak en haalbaarheid."),
            tr("Goed is: drie tot acht doelen met een indicator uit de startfoto, zodat u volgend jaar kunt meten "
               "of het gelukt is."),
            tr("De Vlinderboom: 'Meer leerlingen voelen zich veilig op het plein', van 86% naar 92% in juni.")),
        "activiteiten": (
            tr("Bedenk per doel wat de school gaat doen, wie eigenaar is, wanneer, met welke uren en welk geld. "
               "De voorstellen rechts passen bij het doel en de school."),
            tr("Goed is: elke activiteit met een eigenaar en maanden, en een begroting die binnen het budget "
               "blijft."),
            tr("De Vlinderboom: pleinafspraken met de leerlingenraad in september en oktober, eigenaar de "
               "anti-pestcoördinator.")),
        "jaarplanning": (
            tr("Kijk of het jaar haalbaar is: niet alles in dezelfde maanden, evaluatiemomenten op tijd, en de "
               "aandachtspunten opgelost."),
            tr("Goed is: geen aandachtspunten meer en een spreiding over het schooljaar."),
            tr("De Vlinderboom heeft geen aandachtspunten en evalueert in januari en juni.")),
        "evaluatie": (
            tr("Houd bij hoe het loopt, meet in het voorjaar of de doelen gehaald zijn en schrijf de "
               "jaarevaluatie. Zet daarna het plan door naar volgend jaar."),
            tr("Goed is: per doel de gemeten waarde naast de streefwaarde en een korte reflectie."),
            tr("De Vlinderboom zet open doelen en lopende activiteiten door naar het nieuwe schooljaar.")),
        "rapporten": (
            tr("Maak het jaarplan voor directie en MR, het overzicht voor de teamkamer of het zelfscanrapport, "
               "en sla het op of print het."),
            tr("Goed is: een jaarplan dat de directie zonder uitleg kan vaststellen."),
            tr("De Vlinderboom print het overzicht op één A4 voor de teamkamer.")),
        "catalogus": (
            tr("Zoek erkende interventies en signaleringsinstrumenten die bij de school passen, en markeer wat al "
               "in gebruik is."),
            tr("Goed is: kiezen op erkenning én op wat past bij uw doelen en leerlingen."),
            tr("De Vlinderboom werkt met Kanjertraining en KanVAS.")),
    }
    return texts.get(page_id)


class GuidanceSwitch(QObject):
    """One switch for all pages: shown or hidden."""

    toggled = Signal(bool)

    def __init__(self, shown: bool) -> None:
        super().__init__()
        self.shown = shown

    def set_shown(self, shown: bool) -> None:
        if shown != self.shown:
            self.shown = shown
            self.toggled.emit(shown)


SWITCH = GuidanceSwitch(True)


class GuidanceBox(QFrame):
    """Two lines of what to do, what good looks like and an example; can be hidden for all pages."""

    def __init__(self, page_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Guidance")
        self.setStyleSheet("QFrame#Guidance { background: #eef5f4; border: 1px solid #cfe0de; border-radius: 6px; }")
        todo, good, example = guidance(page_id) or ("", "", "")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.labels = []
        for text in (f"<b>{tr('Zo pakt u het aan:')}</b> {todo}", good, f"<i>{tr('Voorbeeld:')}</i> {example}"):
            label = QLabel(text)
            label.setWordWrap(True)
            column.addWidget(label)
            self.labels.append(label)
        row.addLayout(column, 1)
        self.hide_button = QPushButton(tr("Verbergen"))
        self.hide_button.setToolTip(tr("Uitleg bij alle stappen verbergen (terug via Beeld → Uitleg per stap)"))
        self.hide_button.clicked.connect(lambda: SWITCH.set_shown(False))
        row.addWidget(self.hide_button, 0)
        self.setAccessibleName(tr("Uitleg bij deze stap"))
        self.setVisible(SWITCH.shown)
        SWITCH.toggled.connect(self.setVisible)
