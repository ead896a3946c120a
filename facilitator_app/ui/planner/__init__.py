"""The planner screen: days, the agenda as a timeline, item details, roles and totals."""

from facilitator_app.ui.planner.page import PlannerPage

__all__ = ["PlannerPage"]
