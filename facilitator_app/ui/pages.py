"""The pages of an open workshop, in tab order. Each is built lazily from "module:Class" so the
start-up path imports only the first one. A page class takes (ctx, workshop_id, parent)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator_app.ui.context import AppContext
from facilitator_app.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str  # translated in context "WorkshopPages"
    icon: str
    factory: str  # "module:Class"

    def title(self) -> str:
        return QCoreApplication.translate("WorkshopPages", self.label)

    def build(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> QWidget:
        module_name, class_name = self.factory.split(":")
        page_class = getattr(importlib.import_module(module_name), class_name)
        return page_class(ctx, workshop_id, parent)


WORKSHOP_PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "overview",
        QT_TRANSLATE_NOOP("WorkshopPages", "Overview"),
        "mdi6.information-outline",
        "facilitator_app.ui.overview:OverviewPage",
    ),
    PageSpec(
        "agenda",
        QT_TRANSLATE_NOOP("WorkshopPages", "Agenda"),
        "mdi6.timeline-clock-outline",
        "facilitator_app.ui.planner:PlannerPage",
    ),
    PageSpec(
        "participants",
        QT_TRANSLATE_NOOP("WorkshopPages", "Participants"),
        "mdi6.account-group-outline",
        "facilitator_app.ui.participants:ParticipantsPage",
    ),
    PageSpec(
        "evaluation",
        QT_TRANSLATE_NOOP("WorkshopPages", "Evaluation"),
        "mdi6.clipboard-check-outline",
        "facilitator_app.ui.reports.evaluation:EvaluationPage",
    ),
)
