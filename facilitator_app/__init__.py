"""facilitator_app: the offline workshop facilitation desk.

This module is the application's single identity: the packaging metadata, the desktop entry,
the About box and the storage layer all read these values (a test checks the copies agree).
"""

APP_ID = "fr.facilitation.FacilitatorApp"
APP_NAME = "Facilitator"
APP_SLUG = "facilitator-app"
ORGANISATION = "Facilitator"
__version__ = "0.1.0"

# Written into every database we create (PRAGMA application_id) so that a SQLite file made by
# another program is recognised and refused instead of being migrated over. ASCII "FAC1".
SQLITE_APPLICATION_ID = 0x46414331
