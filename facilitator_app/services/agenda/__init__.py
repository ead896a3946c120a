"""Named operations on a workshop's days and agenda items, and the planner's read model.

Each operation is one transaction announcing Change("agenda", workshop_id); each is a named
operation (`services.operations`), so undo and redo bring back the very same rows.
"""

from facilitator_app.services.agenda.actual_times import clear_actual_times, has_actual_times
from facilitator_app.services.agenda.base import (
    DAY_FIELDS,
    ITEM_FIELDS,
    KINDS,
    MAX_MINUTES,
    MAX_TITLE,
    ROLES,
    RoleSnapshot,
)
from facilitator_app.services.agenda.days import add_day, remove_day, update_day
from facilitator_app.services.agenda.items import (
    add_item,
    add_tool_item,
    count_items,
    move_item,
    remove_item,
    update_item,
    workshop_of_day,
)
from facilitator_app.services.agenda.rebalance import day_items, day_rebalancing, rebalance_day
from facilitator_app.services.agenda.roles import (
    ParticipantName,
    list_participants,
    rotate_roles,
    set_role,
    set_roles,
)
from facilitator_app.services.agenda.steps import reset_steps, set_steps
from facilitator_app.services.agenda.views import (
    DayView,
    ItemView,
    RoleView,
    WorkshopAgenda,
    day_agenda,
    project_day,
    workshop_agenda,
)

__all__ = [
    "DAY_FIELDS",
    "ITEM_FIELDS",
    "KINDS",
    "MAX_MINUTES",
    "MAX_TITLE",
    "ROLES",
    "DayView",
    "ItemView",
    "ParticipantName",
    "RoleSnapshot",
    "RoleView",
    "WorkshopAgenda",
    "add_day",
    "add_item",
    "add_tool_item",
    "clear_actual_times",
    "count_items",
    "day_agenda",
    "day_items",
    "day_rebalancing",
    "has_actual_times",
    "list_participants",
    "move_item",
    "project_day",
    "rebalance_day",
    "remove_day",
    "remove_item",
    "reset_steps",
    "rotate_roles",
    "set_role",
    "set_roles",
    "set_steps",
    "update_day",
    "update_item",
    "workshop_agenda",
    "workshop_of_day",
]
