"""Reading real-world rosters: French Excel exports, pasted spreadsheets, messy CSV files."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.errors import UserError
from facilitator_app.roster import (
    MAX_ROWS,
    RosterIssue,
    RosterPerson,
    RosterTooLarge,
    category_of,
    header_columns,
    read_roster_bytes,
    read_roster_text,
    sniff_delimiter,
)

FRENCH_EXCEL = (
    "Nom;Prénom;Collectivité;Poste;Statut;Courriel;\r\n"
    "Dupré;Cécile;Mairie de Lyon;DGS;élue;cecile.dupre@lyon.fr;\r\n"
    ";;;;;;\r\n"
    "\r\n"
    "Lefèvre;Noël;Département du Rhône;Chargé de mission;Agent;noel@rhone.fr;\r\n"
)


def test_french_excel_export_in_cp1252_with_semicolons_and_trailing_delimiters():
    preview = read_roster_bytes(FRENCH_EXCEL.encode("cp1252"), "inscrits.csv")
    assert preview.encoding == "cp1252"
    assert preview.delimiter == ";"
    assert preview.header_line == 1
    assert preview.people() == [
        RosterPerson("Cécile Dupré", "Mairie de Lyon", "DGS", "elected", "cecile.dupre@lyon.fr"),
        RosterPerson(
            "Noël Lefèvre", "Département du Rhône", "Chargé de mission", "agent", "noel@rhone.fr"
        ),
    ]
    assert [r.line for r in preview.rows] == [2, 5]  # empty lines are skipped, not counted off


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "latin-1"])
def test_accents_survive_every_common_encoding(encoding):
    text = "Nom complet,Structure\nCécile Dupré,Communauté d'agglomération\n"
    preview = read_roster_bytes(text.encode(encoding))
    assert preview.people()[0].name == "Cécile Dupré"
    assert preview.people()[0].organisation == "Communauté d'agglomération"


def test_a_bom_does_not_hide_the_first_heading():
    preview = read_roster_bytes("\ufeffEmail,Name\na@b.fr,Ann\n".encode())
    assert preview.columns == {"email": 0, "name": 1}
    assert preview.people()[0].email == "a@b.fr"


def test_pasted_spreadsheet_block_is_tab_separated_without_header():
    pasted = "Ann Lee\tMairie\tDGS\nBob Roy\tCD 33\tChef\n"
    preview = read_roster_text(pasted)
    assert preview.delimiter == "\t"
    assert preview.header_line is None
    assert [(p.name, p.organisation, p.function) for p in preview.people()] == [
        ("Ann Lee", "Mairie", "DGS"),
        ("Bob Roy", "CD 33", "Chef"),
    ]


def test_a_plain_list_of_names_is_one_name_per_line():
    preview = read_roster_text("Ann Lee\n\nBob Roy\n")
    assert [p.name for p in preview.people()] == ["Ann Lee", "Bob Roy"]


def test_without_header_a_column_of_addresses_is_the_email():
    preview = read_roster_text("Ann,ann@x.fr,Mairie\nBob,bob@x.fr,CD\n")
    assert preview.people()[1] == RosterPerson("Bob", email="bob@x.fr", organisation="CD")


def test_quoted_fields_may_hold_newlines_and_delimiters_and_lines_stay_true():
    text = 'Name,Organisation,Notes\n"Roy, Bob","CD 33","arrives late\nleaves at 16h"\n,Mairie,\n'
    preview = read_roster_text(text)
    assert preview.rows[0].person == RosterPerson(
        "Roy, Bob", "CD 33", notes="arrives late\nleaves at 16h"
    )
    assert preview.rows[1].line == 4
    assert preview.messages() == ["line 4: no name"]


def test_problems_say_which_line_and_why():
    text = (
        "Nom;Organisation;Catégorie;Email\n"
        "Ann;Mairie;agent;ann@x.fr\n"
        ";Mairie;agent;\n"
        "Bob;CD;élu;x@\n"
        "Carl;CD;foo;carl@x.fr\n"
    )
    preview = read_roster_text(text)
    assert preview.messages() == [
        "line 3: no name",
        "line 4: email 'x@' is not valid, it will be left empty",
        "line 5: unknown category 'foo', will be 'other'",
    ]
    assert [r.line for r in preview.unreadable] == [3]
    people = {p.name: p for p in preview.people()}
    assert people["Bob"].email == "" and people["Bob"].category == "elected"
    assert people["Carl"].category == "other"


def test_duplicates_in_the_file_and_on_the_roster_can_be_skipped():
    known = [RosterPerson("Cécile Dupré", "Mairie de Lyon"), RosterPerson("Zoé", email="z@x.fr")]
    text = (
        "Name,Organisation,Email\n"
        "CECILE DUPRE,mairie de lyon,\n"  # same folded name and organisation as the roster
        "Ann,CD,ann@x.fr\n"
        "Anne,Other,ANN@x.fr\n"  # same email as line 3
        "Zoe B,,z@x.fr\n"  # same email as someone on the roster
        "Ann,Elsewhere,\n"  # same name, other organisation: not a duplicate
    )
    preview = read_roster_text(text, existing=known)
    assert [r.line for r in preview.duplicates] == [2, 4, 5]
    assert preview.messages() == [
        "line 2: already on the roster as Cécile Dupré",
        "line 4: same person as line 3",
        "line 5: already on the roster as Zoé",
    ]
    assert [p.name for p in preview.people()] == ["Ann", "Ann"]
    assert len(preview.people(skip_duplicates=False)) == 5


@pytest.mark.parametrize(
    ("cell", "category"),
    [
        ("élu", "elected"),
        ("Élue", "elected"),
        ("élu(e)", "elected"),
        ("Agent", "agent"),
        ("externe", "external"),
        ("Partenaire", "external"),
        ("formatrice", "trainer"),
        ("Elected official", "elected"),
        ("", "agent"),
        ("autre", "other"),
        ("stagiaire VIP", None),
    ],
)
def test_categories_are_recognised_in_french_and_english(cell, category):
    assert category_of(cell) == category


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["Nom", "Prénom", "Structure"], {"last_name": 0, "first_name": 1, "organisation": 2}),
        (["NOM COMPLET", "Employeur", "Fonction"], {"name": 0, "organisation": 1, "function": 2}),
        (["Nom", "Poste", "E-mail :"], {"name": 0, "function": 1, "email": 2}),
        (
            ["Full name", "Organization", "Status", "Mail"],
            {"name": 0, "organisation": 1, "category": 2, "email": 3},
        ),
        (
            ["Adresse électronique", "Nom de famille", "Prénom"],
            {"email": 0, "last_name": 1, "first_name": 2},
        ),
        (["Ann", "Mairie", "DGS"], {}),
    ],
)
def test_header_variants_in_french_and_english(cells, expected):
    assert header_columns(cells) == expected


def test_sniffing_prefers_the_delimiter_that_splits_consistently():
    assert sniff_delimiter("a;b;c\nd;e,f;g\n") == ";"
    assert sniff_delimiter("a,b\nc,d\n") == ","
    assert sniff_delimiter("just names\nanother\n") == ""


def test_very_large_pastes_are_refused_with_a_message():
    rows = "\n".join(f"Person {i}" for i in range(MAX_ROWS + 2))
    with pytest.raises(RosterTooLarge, match="too large"):
        read_roster_text(rows)
    with pytest.raises(RosterTooLarge):
        read_roster_bytes(b"x" * 5_000_001)
    assert len(read_roster_text("\n".join(f"P {i}" for i in range(MAX_ROWS))).rows) == MAX_ROWS


def _xlsx(rows: list[list[str]]) -> bytes:
    strings = [c for row in rows for c in row]
    shared = "".join(f"<si><t>{s}</t></si>" for s in strings)
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    body, index = [], 0
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, _ in enumerate(row):
            if row[c]:
                cells.append(f'<c r="{"ABCDEF"[c]}{r}" t="s"><v>{index}</v></c>')
            index += 1
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    body.append(
        '<row r="9"><c r="A9" t="inlineStr"><is><t>Inline Person</t></is></c>'
        '<c r="C9"><v>42</v></c></row>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook {ns} {rel}><sheets><sheet name="Inscrits" sheetId="1" r:id="rId7"/>'
            "</sheets></workbook>",
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId7" Target="worksheets/inscrits.xml" Type="x"/></Relationships>',
        )
        archive.writestr("xl/sharedStrings.xml", f"<sst {ns}>{shared}</sst>")
        archive.writestr(
            "xl/worksheets/inscrits.xml",
            f"<worksheet {ns}><sheetData>{''.join(body)}</sheetData></worksheet>",
        )
    return buffer.getvalue()


def test_xlsx_first_sheet_is_read_with_sparse_cells_and_numbers():
    data = _xlsx([["Nom", "Structure", "Fonction"], ["Cécile Dupré", "", "DGS"]])
    preview = read_roster_bytes(data, "inscrits.xlsx")
    assert preview.people() == [
        RosterPerson("Cécile Dupré", function="DGS"),
        RosterPerson("Inline Person", function="42"),
    ]
    assert preview.rows[1].line == 9


def test_a_broken_xlsx_is_a_user_error():
    with pytest.raises(UserError, match="xlsx"):
        read_roster_bytes(b"PK\x03\x04 not really a zip", "x.xlsx")


_LETTERS = "abcdefghijklmnopqrstuvwxyzéèêëàâçîïôûùÉÈÇŒœ'-"
_word = st.text(alphabet=_LETTERS, min_size=1, max_size=10).filter(lambda w: w.strip("'-"))
_phrase = st.lists(_word, min_size=1, max_size=3).map(" ".join)


@st.composite
def _people(draw: st.DrawFn) -> list[RosterPerson]:
    people = []
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        email = draw(st.sampled_from(["", "{}@mairie.fr", "{}.x@cd33.fr"]))
        people.append(
            RosterPerson(
                name=draw(_phrase),
                organisation=draw(st.one_of(st.just(""), _phrase.map(lambda p: p + ", site 2"))),
                function=draw(st.one_of(st.just(""), _phrase)),
                category=draw(st.sampled_from(["agent", "elected", "external", "trainer"])),
                email=email.format(len(people)),
                notes=draw(st.sampled_from(["", 'dit "bonjour"', "arrive tard\nrepart à 16h"])),
            )
        )
    return people


@settings(max_examples=80, deadline=None)
@given(
    people=_people(),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    french=st.booleans(),
    newline=st.sampled_from(["\r\n", "\n"]),
)
def test_any_written_roster_reads_back_the_same(people, delimiter, encoding, french, newline):
    import csv

    headings = (
        ["Nom complet", "Structure", "Fonction", "Statut", "Courriel", "Remarques"]
        if french
        else ["Name", "Organisation", "Function", "Category", "Email", "Notes"]
    )
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(headings)
    for p in people:
        writer.writerow([p.name, p.organisation, p.function, p.category, p.email, p.notes])
    preview = read_roster_bytes(buffer.getvalue().encode(encoding))
    assert preview.people(skip_duplicates=False) == people
    assert not preview.unreadable


def test_an_overlong_field_makes_the_row_unreadable_with_its_line():
    text = f"Name,Function,Email\nAnn,{'x' * 301},ann@x.fr\nBob,,{'b' * 320}@x.fr\nCarl,,\n"
    preview = read_roster_text(text)
    assert preview.messages() == [
        "line 2: the function is longer than 300 characters",
        "line 3: the email is longer than 320 characters",
    ]
    assert [r.issues[0] for r in preview.unreadable] == [
        RosterIssue("too-long", "function"),
        RosterIssue("too-long", "email"),
    ]
    assert all(i.blocking for r in preview.unreadable for i in r.issues[:1])
    assert [p.name for p in preview.people()] == ["Carl"]


def test_a_pasted_list_of_last_first_names_is_one_name_without_organisation():
    pasted = "DUPONT, Marie\nLe Gall, Jean-Pierre\nd'Estaing, Anne Sophie\n"
    preview = read_roster_text(pasted)
    assert [(p.name, p.organisation) for p in preview.people()] == [
        ("Marie DUPONT", ""),
        ("Jean-Pierre Le Gall", ""),
        ("Anne Sophie d'Estaing", ""),
    ]
    assert read_roster_text("Dupont, Marie").people() == [RosterPerson("Marie Dupont")]


@pytest.mark.parametrize(
    "pasted",
    [
        "Ann Lee, Mairie\nBob Roy, Marie\n",  # an organisation word
        "Ann Lee, CD 33\nBob Roy, SNCF\n",  # not first names
        "Ann Lee, Cerema\nBob Roy, Cerema\nEve Cole, Cerema\n",  # the same on every line
        "Dupont, Marie, DGS\nMartin, Paul, DRH\n",  # a third column
        "Dupont, Marie\nMartin, paul@x.fr\n",  # not every line
    ],
)
def test_name_and_organisation_lists_are_not_taken_for_last_first(pasted):
    assert "organisation" in read_roster_text(pasted).columns


def test_a_first_name_without_a_surname_is_imported_with_a_remark() -> None:
    with_header = read_roster_text("Nom;Prénom;Structure\nDupont;Marie;Mairie\n;Jean;CNFPT\n")
    jean = with_header.rows[1]
    assert jean.person is not None and jean.person.name == "Jean"
    assert [issue.kind for issue in jean.issues] == ["first-name-only"]
    assert "only a first name" in with_header.messages()[0]
    exported = read_roster_text("Dupont;Marie\nMartin;Paul\n;Jean\n")  # a spreadsheet, no header
    assert [p.name for p in exported.people()] == ["Marie Dupont", "Paul Martin", "Jean"]
    assert [i.kind for i in exported.rows[2].issues] == ["first-name-only"]
    assert not exported.rows[0].issues
