"""Baseline for the jaarplan: a plain ReportLab document of the same size, no app code.

Usage: ``python benchmarks/plain_reportlab.py GOALS ACTIVITIES OUT.pdf``.  Builds a cover, a paragraph per
goal (with its explanation), a table with one row per activity (title, owner, months, money, text) that spans
many pages with a repeated header, and a bar chart — with ReportLab's own fonts and styles.
"""

from __future__ import annotations

import sys

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

TEXT = ("De werkgroep bespreekt elke zes weken hoe het gaat, met de leerlingenraad en de ouders erbij, en past "
        "de aanpak aan waar dat nodig is. ")


def main() -> None:
    goals, activities, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    styles = getSampleStyleSheet()
    body, small = styles["BodyText"], styles["BodyText"].clone("small", fontSize=8, leading=10)
    story = [Paragraph("Jaarplan welbevinden", styles["Title"]), PageBreak()]
    for number in range(goals):
        story.append(Paragraph(f"Doel {number + 1}: alle leerlingen voelen zich veilig in de klas", styles["Heading2"]))
        story.append(Paragraph(TEXT * 4, body))
    rows = [["Activiteit", "Eigenaar", "Maanden", "Budget", "Toelichting"]]
    for number in range(activities):
        rows.append([Paragraph(f"Activiteit {number + 1}: lessen sociale vaardigheden in groep 5", small),
                     Paragraph("Fatima el Amrani", small), "sep–mrt", "€ 1.250,00", Paragraph(TEXT * 2, small)])
    table = Table(rows, colWidths=[4 * cm, 2.6 * cm, 1.8 * cm, 2 * cm, 6.6 * cm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 12), table]
    chart = VerticalBarChart()
    chart.data = [[3, 2, 1, 2]]
    chart.width, chart.height = 300, 150
    drawing = Drawing(400, 200)
    drawing.add(chart)
    story.append(drawing)
    SimpleDocTemplate(out, pagesize=A4).build(story)


if __name__ == "__main__":
    main()
