"""Package discovery only; everything else is declared in pyproject.toml.

The top-level resources/ folder (icons, fonts, sounds, translations, tool texts) is installed
inside the package as facilitator_app/resources so that an installed app finds it.
"""

from setuptools import find_packages, setup

packages = find_packages(include=["facilitator_app", "facilitator_app.*"])
setup(
    packages=[*packages, "facilitator_app.resources"],
    package_dir={"facilitator_app.resources": "resources"},
    package_data={
        # The migration scripts are not a package (Alembic loads them by path), so name them.
        "facilitator_app": [
            "storage/migrations/script.py.mako",
            "storage/migrations/versions/*.py",
            "organisation/migrations/script.py.mako",
            "organisation/migrations/versions/*.py",
        ],
        "facilitator_app.resources": ["**/*"],
    },
    include_package_data=False,
)
