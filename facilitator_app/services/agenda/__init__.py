"""Named operations on a workshop's days and agenda items, and the planner's read model.

Each operation is one transaction followed by Change("agenda", workshop_id), and returns what
it replaced so that the UI can undo it. Removed rows are given back with their own id, so that
undo entries recorded later still name the right rows.
"""

from facilitator_app.services.agenda.actual_times import (
    ActualTimes,
    clear_actual_times,
    restore_actual_times,
)
from facilitator_app.services.agenda.base import (
    DAY_FIELDS,
    ITEM_FIELDS,
    KINDS,
    MAX_MINUTES,
    MAX_TITLE,
    ROLES,
    DaySnapshot,
    ItemSnapshot,
    RoleSnapshot,
)
from facilitator_app.services.agenda.days import add_day, remove_day, restore_day, update_day
from facilitator_app.services.agenda.items import (
    add_item,
    count_items,
    move_item,
    remove_item,
    restore_item,
    update_item,
    workshop_of_day,
)
from facilitator_app.services.agenda.roles import (
    ParticipantName,
    list_participants,
    restore_roles,
    rotate_roles,
    set_role,
    set_roles,
)
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
    "ActualTimes",
    "DaySnapshot",
    "DayView",
    "ItemSnapshot",
    "ItemView",
    "ParticipantName",
    "RoleSnapshot",
    "RoleView",
    "WorkshopAgenda",
    "add_day",
    "add_item",
    "clear_actual_times",
    "count_items",
    "day_agenda",
    "list_participants",
    "move_item",
    "project_day",
    "remove_day",
    "remove_item",
    "restore_actual_times",
    "restore_day",
    "restore_item",
    "restore_roles",
    "rotate_roles",
    "set_role",
    "set_roles",
    "update_day",
    "update_item",
    "workshop_agenda",
    "workshop_of_day",
]
