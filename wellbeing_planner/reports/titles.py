"""The reports the app makes, by id, with their titles — without loading ReportLab.

The Rapporten page shows this list the moment it is built; the PDF machinery is loaded
on the worker thread when the first preview is made (building the page used to import
ReportLab on the GUI thread: a freeze of about half a second on first visit).
"""

from __future__ import annotations

from wellbeing_planner.i18n import Labels, _

#: report id → title, in the order the page offers them (the same as each report module's ``TITLE``).
TITLES = Labels({
    "jaarplan": _("Jaarplan welbevinden"),
    "zelfscan": _("Zelfscan-rapport"),
    "overzicht": _("Overzicht op één A4"),
    "evaluatie": _("Evaluatierapport"),
})


def report_title(report: str) -> str:
    return TITLES[report]
