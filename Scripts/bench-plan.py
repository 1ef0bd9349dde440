#!/usr/bin/env python3
"""Writes a synthetic action programme for benchmarks: a base plan (YAML) and a table (CSV).

    Scripts/bench-plan.py N OUTDIR [--seed S]

writes OUTDIR/bench-N.yaml (plan details, a registry of 356 municipalities, the municipality group,
a regional council, a county, companies and committees, five focus areas with themes) and
OUTDIR/bench-N.csv (ID;Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar;Involvering;Merknad) with N
actions in nynorsk, as a secretariat writes them: varied texts, timeframes (2021, 2021 - 2022, Årleg,
Vår 2023, ?), party cells (municipality names, "Kommune, RR", "Gol og Ål", "RR (?)") and remarks
(Krev finansiering, Søke midlar frå Viken, Kostnad 250 000, …). The same N and seed give the same
bytes. Standard library only.
"""

import argparse
import os
import random
import unicodedata

MUNICIPALITY_COUNT = 356

# Real municipality names first (no two equal after folding case, spaces, hyphens), then made-up ones.
REAL = """Oslo Bergen Trondheim Stavanger Bærum Kristiansand Drammen Asker Lillestrøm Fredrikstad Sandnes
Tromsø Sarpsborg Skien Ålesund Bodø Larvik Tønsberg Sandefjord Karmøy Arendal Haugesund Porsgrunn Ullensaker
Ringsaker Nordre-Follo Lørenskog Hamar Molde Halden Lier Øygarden Moss Gjøvik Kongsberg Ringerike Bjørnafjorden
Askøy Harstad Horten Ski Steinkjer Alver Elverum Stjørdal Rana Sola Time Lillehammer Grimstad Kristiansund
Narvik Indre-Østfold Eidsvoll Stord Voss Nittedal Holmestrand Kvinnherad Sogndal Sunnfjord Kinn Stad Gloppen
Ørsta Volda Vestnes Rauma Aukra Hustadvika Averøy Tingvoll Sunndal Surnadal Smøla Aure Heim Hitra Frøya Ørland
Indre-Fosen Åfjord Orkland Skaun Melhus Midtre-Gauldal Holtålen Røros Os Tynset Alvdal Folldal Rendalen
Engerdal Stor-Elvdal Åmot Trysil Våler Åsnes Grue Kongsvinger Eidskog Sør-Odal Nord-Odal Stange Løten Vang
Vestre-Slidre Øystre-Slidre Nord-Aurdal Sør-Aurdal Etnedal Valdres Vågå Lom Skjåk Dovre Lesja Sel Nord-Fron
Sør-Fron Ringebu Øyer Gausdal Østre-Toten Vestre-Toten Gran Lunner Jevnaker Flå Nesbyen Gol Hemsedal Ål Hol
Sigdal Krødsherad Modum Øvre-Eiker Flesberg Rollag Nore-og-Uvdal Tinn Vinje Tokke Fyresdal Nissedal Kviteseid
Seljord Hjartdal Notodden Midt-Telemark Nome Drangedal Kragerø Bamble Siljan Gjerstad Vegårshei Åmli Froland
Tvedestrand Risør Birkenes Lillesand Iveland Evje Bygland Valle Bykle Vennesla Songdalen Lindesnes Lyngdal
Hægebostad Kvinesdal Sirdal Flekkefjord Farsund Åseral Eigersund Sokndal Lund Bjerkreim Hå Klepp Gjesdal
Randaberg Strand Hjelmeland Suldal Sauda Bokn Tysvær Vindafjord Etne Sveio Bømlo Fitjar Tysnes Austevoll
Samnanger Vaksdal Modalen Osterøy Masfjorden Fedje Austrheim Gulen Solund Hyllestad Høyanger Vik Aurland Lærdal
Årdal Luster Askvoll Fjaler Bremanger Stryn Vanylven Sande Herøy Ulstein Hareid Sula Giske Vestnes Fjord
Stranda Sykkylven Aukra Gjemnes Rindal Oppdal Rennebu Selbu Tydal Malvik Meråker Levanger Verdal Inderøy Snåsa
Lierne Røyrvik Namsskogan Grong Høylandet Overhalla Namsos Flatanger Osen Leka Nærøysund Bindal Sømna Brønnøy
Vega Vevelstad Herøy Alstahaug Leirfjord Vefsn Grane Hattfjelldal Dønna Nesna Hemnes Lurøy Træna Rødøy Meløy
Gildeskål Beiarn Saltdal Fauske Sørfold Steigen Hamarøy Lødingen Evenes Tjeldsund Ibestad Gratangen Lavangen
Bardu Salangen Målselv Sørreisa Dyrøy Senja Balsfjord Karlsøy Lyngen Storfjord Kåfjord Skjervøy Nordreisa
Kvænangen Alta Hammerfest Hasvik Måsøy Nordkapp Porsanger Karasjok Lebesby Gamvik Berlevåg Tana Nesseby Vadsø
Vardø Sør-Varanger Loppa Kautokeino Vestvågøy Vågan Flakstad Moskenes Værøy Røst Hadsel Bø Øksnes Sortland
Andøy Kvitsøy Utsira Ulvik Eidfjord Ullensvang Kvam""".split()

STEMS = ["Berg", "Dal", "Fjell", "Vik", "Strand", "Haug", "Sand", "Holm", "Skog", "Tveit", "Voll", "Myr",
         "Bakk", "Elv", "Foss", "Lia", "Nord", "Sør", "Vest", "Aust", "Øvre", "Nedre", "Stor", "Litle"]
ENDS = ["dal", "vik", "fjord", "nes", "berg", "sund", "land", "heim", "øy", "stad", "bygd", "li", "mo", "vang"]

GROUP_WORDS = {"kommune", "kommunane", "kommunar", "kommunene", "kommuner", "commune", "communes"}


def key(name):
    """Roughly Tiltak's NameKey: case-, space-, hyphen- and dot-insensitive."""
    text = unicodedata.normalize("NFC", name).lower()
    return "".join(c for c in text if c not in " -._'’")


def municipalities():
    names, seen = [], set(GROUP_WORDS)
    for name in REAL + [s + e for s in STEMS for e in ENDS]:
        name = name.replace("-", " ") if "-og-" in name else name
        k = key(name)
        if k in seen or " og " in name:
            continue
        seen.add(k)
        names.append(name)
        if len(names) == MUNICIPALITY_COUNT:
            return names
    raise SystemExit("too few municipality names")


AREAS = [
    ("NK", "Næringsliv og kompetanseutvikling", "Næringsliv og kompetanse",
     ["Næringsutvikling og arbeidsplassar", "Kompetanse og utdanning", "Innovasjon og nyskaping",
      "Landbruk og lokalmat"]),
    ("IN", "Infrastruktur", "Infrastruktur",
     ["Veg og bane", "Kollektivtransport", "Digital infrastruktur", "Straum og energi"]),
    ("KM", "Klima og miljø", "Klima og miljø",
     ["Ein grønare region (organisering)", "Sirkulærøkonomi", "Natur og areal", "Klimatilpassing"]),
    ("AO", "Attraktivitet og omdømme", "Attraktivitet og omdømme",
     ["Bustad og stadutvikling", "Kultur og friluftsliv", "Omdømme og marknadsføring"]),
    ("TU", "Tenesteutvikling", "Tenesteutvikling",
     ["Helse og omsorg", "Digitalisering av tenester", "Oppvekst", "Interkommunalt samarbeid"]),
]

OTHER_PARTIES = [
    ("RR", "Regionrådet for Fjellregionen", "regional-council", ["RR", "Regionrådet", "Regionråd"]),
    ("VIKEN", "Viken fylkeskommune", "county", ["Viken", "Fylke", "Fylket", "Fylkeskommunen"]),
    ("SV", "Statens vegvesen", "state", ["SVV", "Vegvesenet"]),
    ("NH", "Fjellregionen Næringshage", "company", ["Næringshagen", "Næringshage", "NH"]),
    ("REN", "Fjellregionen Renovasjon", "company", ["Renovasjon", "FR"]),
    ("DEST", "Destinasjonsselskapa", "company", ["Destinasjon", "Destinasjonane"]),
    ("VY", "Vy", "company", []),
    ("NL", "Næringslivet", "organisation", ["Næringsliv", "Næring", "Næringa"]),
    ("NF", "Næringsforum", "organisation", ["Næringsforumet"]),
    ("IKT", "IKT Fjellregionen", "organisation", ["IKT"]),
    ("KU", "Kompetanseutvalet", "committee", ["Kompetanseutval", "Kompetanseutvalget"]),
    ("KN", "Klimanettverket", "committee", ["Klimanettverk"]),
    ("RU", "Rådmannsutvalet", "committee", ["Rådmannsutvalget"]),
]

VERBS = ["Utvikle", "Etablere", "Greie ut", "Arbeide for", "Styrke", "Kartleggje", "Vidareføre", "Få på plass",
         "Samordne", "Lage ein plan for", "Prøve ut", "Auke satsinga på", "Setje i verk", "Evaluere", "Følgje opp"]
OBJECTS = ["ein felles næringsstrategi", "fleire heilårs arbeidsplassar", "eit regionalt klimarekneskap",
           "betre mobildekning langs riksvegen", "eit interkommunalt innkjøpssamarbeid", "ladeinfrastruktur for elbil",
           "ein digital portal for ledige næringsareal", "lokale varer og tenester i offentlege innkjøp",
           "desentraliserte utdanningstilbod", "samarbeidet mellom skule og næringsliv", "sykkelsatsinga",
           "ein felles beredskapsplan", "tilbodet til hyttefolk og fritidsbuande", "kollektivtilbodet på kveldstid",
           "bustadbygging for unge", "ein regional kulturstrategi", "kompetanse i velferdsteknologi",
           "eit felles omdømmeprosjekt", "tiltak mot rovvilt og beiteskader", "ombruk av byggemateriale",
           "ein klimakoordinator i regionen", "rekruttering av fastlegar", "breibandsutbygging i grendene",
           "trafikktryggleiken på skulevegen", "ei ordning for lærlingar i små bedrifter"]
QUALIFIERS = ["", "", " i regionen", " for heile dalen", " i samarbeid med fylket", " i kvar kommune",
              " med vekt på ungdom", " innan 2024", " (pilot i ein kommune)", " som grunnlag for vidare arbeid",
              " saman med næringslivet", ". Vurdere eit felles prosjekt med nabokommunane"]
TIMEFRAMES = ["2021", "2022", "2023", "2024", "2021 - 2022", "2022 - 2023", "2021–2024", "2023-24", "Årleg",
              "Årleg", "Løpande", "Vår 2023", "Haust 2022", "mai 2021", "Q2 2023", "Innan 2025", "Frå 2022",
              "?", "", "2. halvår 2022"]
REMARKS = ["Krev finansiering", "Søke midlar frå Viken", "Kostnad 250 000", "Prosjekt Kostnad 250 000",
           "Kostnad 1.mill. pr. år", "Delfinansiert frå Viken", "Søkt midlar frå Viken", "Finansiert",
           "Innanfor budsjett", "Krev kom. finansiering", "kr 75 000,-", "Krev ein regional ressurs",
           "Finansiering frå fylke?", "Er det nedsett ei gruppe?", "Realistisk?", "", "", "", "",
           "Sjå òg tiltak i kommuneplanen", "Kostnad 1,5 mill."]


def party_cell(rng, names):
    r = rng.random()
    one = lambda: rng.choice(names)
    if r < 0.20:
        return one()
    if r < 0.30:
        return one() + " kommune"
    if r < 0.40:
        return f"{one()} og {one()}"
    if r < 0.50:
        return "Kommune, RR"
    if r < 0.58:
        return "RR"
    if r < 0.64:
        return f"RR, {one()}, Viken"
    if r < 0.70:
        return "Næringsforum / Næringshagen"
    if r < 0.75:
        return "Kommunane"
    if r < 0.80:
        return "RR (?)"
    if r < 0.84:
        return "Kompetanseutvalet"
    if r < 0.88:
        return "RR Kommune Næring"
    if r < 0.91:
        return "Lokallaget i Idrettsrådet"
    if r < 0.95:
        return ""
    return f"{one()}, {one()}, {one()}"


def csv_field(value):
    if any(c in value for c in ';"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def write_yaml(path, n, names):
    codes = [f"K{i:03d}" for i in range(1, len(names) + 1)]
    lines = [
        "# Synthetic plan for benchmarks, written by Scripts/bench-plan.py.",
        "format: 1",
        f"id: bench-{n}",
        f"title: Handlingsprogram for Fjellregionen 2021–2024 ({n} tiltak)",
        "region: Fjellregionen",
        "owner: Regionrådet for Fjellregionen",
        "language: nn",
        "period: {from: 2021, to: 2024}",
        "revision: {date: 2021-04-10, label: Syntetisk plan for ytingsmåling}",
        "goal: Fjellregionen er ein attraktiv region å bu, arbeide og opphalde seg i.",
        "parties:",
        "  - {code: KOM, name: Kommunane i Fjellregionen, kind: municipality-group, members: ["
        + ", ".join(codes) + "], aliases: [Kommune, Kommunane, Kommunar, commune, alle kommunar, kvar kommune]}",
    ]
    for code, name in zip(codes, names):
        lines.append(f"  - {{code: {code}, name: {name}, kind: municipality}}")
    for code, name, kind, aliases in OTHER_PARTIES:
        lines.append(f"  - {{code: {code}, name: {name}, kind: {kind}, aliases: [{', '.join(aliases)}]}}")
    lines.append("focusAreas:")
    for code, name, short, themes in AREAS:
        lines += [f"  - code: {code}", f"    name: {name}", f"    shortName: {short}",
                  f"    resultGoals: [Betre samarbeid om {name.lower()}]", "    themes:"]
        lines += [f"      - name: {theme}" for theme in themes]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_csv(path, n, names, seed):
    rng = random.Random(seed)
    counters = {code: 0 for code, *_ in AREAS}
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("ID;Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar;Involvering;Merknad\n")
        for _ in range(n):
            code, area, _, themes = rng.choice(AREAS)
            counters[code] += 1
            text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(QUALIFIERS)}"
            if rng.random() < 0.3:
                text += f" ({rng.choice(names)})"
            remark = rng.choice(REMARKS)
            if remark.startswith("Kostnad") and rng.random() < 0.5:
                remark = f"Kostnad {rng.randrange(5, 400) * 5000:,}".replace(",", " ")
            row = [f"{code}-{counters[code]:02d}", area, rng.choice(themes), text, rng.choice(TIMEFRAMES),
                   party_cell(rng, names), party_cell(rng, names), remark]
            f.write(";".join(csv_field(v) for v in row) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of actions")
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    names = municipalities()
    write_yaml(os.path.join(args.outdir, f"bench-{args.n}.yaml"), args.n, names)
    write_csv(os.path.join(args.outdir, f"bench-{args.n}.csv"), args.n, names, args.seed + args.n)


if __name__ == "__main__":
    main()
