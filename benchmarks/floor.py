"""The stack's floor for a usable start: an empty QMainWindow shown, SQLAlchemy's ORM and one query on SQLite.

Usage: ``python benchmarks/floor.py DATABASE`` (a planner database, e.g. the demo's).
"""


import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 780)
window.show()


def query() -> None:
    from sqlalchemy import Integer, String, create_engine, select
    from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

    class Base(DeclarativeBase):
        pass

    class Plan(Base):
        __tablename__ = "plan"
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        title: Mapped[str] = mapped_column(String(200))

    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    with Session(engine) as session:
        titles = list(session.scalars(select(Plan.title)))
    window.setCentralWidget(QLabel(", ".join(titles)))
    QTimer.singleShot(0, app.quit)


QTimer.singleShot(0, query)
app.exec()
