/// The `--help` texts in bokmål.
extension HelpText {
    public var nb: String {
        switch self {
        case .tiltakAbstract: return "Gjør et regionalt handlingsprogram om til dokumenter for regionrådet."
        case .tiltakDiscussion:
            return """
                Uten --plan bruker hver kommando Hallingdal-planen (Fixtures/hallingdal-2021-2024.yaml).

                Eksempler:
                  tiltak validate
                  tiltak list --municipality Ål --year 2022
                  tiltak import tiltak.csv -o plan.yaml
                  tiltak export --out out/
                """
        case .validateAbstract: return "Kontroller planen: feil og advarsler, én linje hver."
        case .validateOnly:
            return "Kontroller for en eksport av bare dette: council (rådsarbeidsboken)."
        case .validateSheets:
            return
                "Kontroller for en eksport med disse arkene i rådsarbeidsboken: all (standard) eller tiltak."
        case .validateDiscussion:
            return """
                Skriver én linje per funn: alvorlighet, tiltaks-ID, felt og melding. Avslutter med 0 når planen ikke har feil, 1 når den har feil (advarsler alene gir 0). Feil er det tiltak export ville nekte: med --only og --sheets som i eksporten kontrolleres bare arkene den skriver (for eksempel antall rader i hvert ark).

                Eksempler:
                  tiltak validate
                  tiltak validate --plan minplan.yaml
                  tiltak validate --plan tiltak.csv --base minplan.yaml
                  tiltak validate --plan stor.csv --only council --sheets tiltak
                """
        case .listAbstract:
            return "List tiltak, filtrert på ansvar, kommune, år, innsatsområde eller finansiering."
        case .listDiscussion:
            return """
                Navn slås opp i partsregisteret med alias, uten hensyn til store/små bokstaver, mellomrom og bindestrek («Nærings-forum» = «Næringsforum», «RR» = Regionrådet).

                Eksempler:
                  tiltak list --responsible RR
                  tiltak list --municipality Ål --year 2022
                  tiltak list --area "Klima og miljø" --unfinanced --format csv
                  tiltak list --status pågår
                  tiltak list --format json > tiltak.json
                """
        case .importAbstract:
            return "Gjør en tiltakstabell (CSV) eller rådsarbeidsbok (XLSX) om til en planfil (YAML)."
        case .importDiscussion:
            return """
                Tabellen trenger kolonnene Innsatsområde, Tema og Tiltak; ID, Tidsramme, Ansvar, Involvering og Merknad er valgfrie. Skilletegn (; , tab) og tegnkoding (UTF-8, Windows-1252) finnes automatisk. Tiltak uten ID får ID etter innsatsområdet (NK-01, NK-02, …). Tiltak skriver ut det som ikke kunne tolkes (tidsrammer, parter, beløp).

                En arbeidsbok (.xlsx) fra «tiltak export» leses fra arket Tiltak, også etter at den er redigert i Excel (nye rader uten ID, endrede tekster). Partsregister og planopplysninger kommer fra --base, ellers fra YAML-filen med samme navn ved siden av arbeidsboken. Celler som er som før, beholder cellene og tolkningen i basisplanen; Status og Kommentar importeres ikke: «tiltak collect ARBEIDSBOK --plan PLAN» samler dem inn som sekretariatets rapporter.

                Andre arbeidsbøker (sekretariatets egne) leses som en tabell fra det første synlige arket, eller --sheet NAVN: overskriftsraden finnes under tittelrader, en rad med tekst bare i første celle (eller flettet over raden) navngir innsatsområdet for radene under («Hovedmål 1: Reiseliv» gir koden 1), celler flettet nedover gjelder hver rad, og --fill-down fyller tomme celler for innsatsområde og tema fra raden over.

                Eksempler:
                  tiltak import tiltak.csv -o plan.yaml
                  tiltak import ut/hallingdal-2021-2024.xlsx --base Fixtures/hallingdal-2021-2024.yaml -o ny.yaml
                  tiltak import tiltak.csv --base Fixtures/hallingdal-2021-2024.yaml -o plan.yaml
                """
        case .exportAbstract: return "Skriv arbeidsbøker og tekstrapporter for planen."
        case .exportDiscussion(let streamingThreshold):
            return """
                Skriver DIR/<plan-id>.xlsx (rådsarbeidsboken), arbeidsbok og .txt for hver kommune i kommunemappen, en arbeidsbok for hver annen part som har ansvar for et tiltak i partsmappen (--task-workbooks), DIR/moteoversikt.txt, DIR/ufinansiert.txt og DIR/revisjon-<år>.txt. Alle filene skrives ferdig i en skjult mappe i DIR og flyttes på plass sammen, bare når planen er uten feil (se tiltak validate): går noe galt, er DIR som før. Én eksport om gangen skriver til samme mappe; en annen venter.

                Eksempler:
                  tiltak export
                  tiltak export --plan minplan.yaml --out rapporter/
                  tiltak export --templates mine-maler/
                  tiltak export --plan stor.csv --only council --sheets tiltak

                --only council skriver bare rådsarbeidsboken (ikke kommunearbeidsbøker og tekstrapporter). --sheets tiltak skriver rådsarbeidsboken med bare arket Tiltak (og det skjulte arket Lister med statusverdiene). I planer med \(streamingThreshold) tiltak eller flere skrives arket Tiltak rad for rad med lite minne (med --sheets tiltak hele arbeidsboken): arket får da autofilter i stedet for Excel-tabell, og tekst lagres i hver celle i stedet for i en felles teksttabell.
                """
        case .reportAbstract:
            return "Skriv en tekstrapport: moteoversikt, kommune, ufinansiert, revisjon eller innsamling."
        case .reportDiscussion:
            return """
                Rapportene er Mustache-maler i Templates/; --templates MAPPE erstatter maler med samme navn. Uten -o går rapporten til standard ut.

                Eksempler:
                  tiltak report moteoversikt
                  tiltak report kommune --municipality Ål -o Ål.txt
                  tiltak report ufinansiert --width 72
                  tiltak report revisjon --year 2022
                """
        case .collectAbstract:
            return
                "Samler status fra innsendte oppgavebøker (XLSX) og tabeller (CSV) inn i statusloggen til planfilen."
        case .collectDiscussion:
            return """
                Leser oppgavebøkene kommunene sendte tilbake (fra «tiltak export», lagret igjen i Excel eller LibreOffice) og CSV-tabeller med kolonnene ID;Status;Kommentar. Hvem som rapporterer, og for hvilken plan og revisjon, står i det skjulte arket Om i oppgaveboken (ikke i filnavnet); for en CSV-tabell gir du det med --party.

                Før noe skrives, meldes alle feil med fil, rad og felt: ukjente ID-er, filer for en annen plan eller revisjon, beskyttede celler som er endret, ugyldige statusverdier og konflikter (samme part med ulik status eller kommentar for samme tiltak og år i to filer). Ved feil eller konflikter skrives ingenting (exit 65). En ny rapport fra samme part for samme år erstatter den gamle. Rapportene føres i statusloggen <plan>.status.yaml ved siden av planfilen; planfilen selv skrives aldri. Forrige statuslogg tas vare på med dato og klokkeslett i navnet; er ingen rapport ny eller endret, skrives ingenting. En oppgavebok fra en tidligere revisjon av planen (levert sent) tas imot og føres for --year eller året for sin revisjon. En rådsarbeidsbok (Tiltak-arket) gir status og kommentarer fra møtet som sekretariatets rapporter (--party, standard: regionrådet). Mens planfilen leses og skrives, er den låst (.<plan>.lock i samme mappe): en annen tiltak-prosess som skal skrive samme plan, venter til den første er ferdig.

                Eksempler:
                  tiltak collect --plan plan.yaml innsendt/*.xlsx
                  tiltak collect --plan plan.yaml --party Gol --year 2022 gol-status.csv
                  tiltak collect --plan plan.yaml --dry-run innsendt/Ål.xlsx
                """
        case .diffAbstract: return "Vis hva som er endret mellom to revisjoner av en plan."
        case .diffDiscussion:
            return """
                Sammenligner tiltakene i GAMMEL og NY etter ID: nye, fjernede og flyttede tiltak (annet innsatsområde eller tema), og endret tekst, tidsramme, ansvar, involvering, finansiering, merknad, status (samlet status i revisjonsåret til hver plan), hver rapport og kommentar som er ny, borte eller endret («Rapport ÅR, Part») og avsluttet; hvert tiltak med tekst og ansvar. Begge kan være planfiler (YAML) eller tabeller (CSV). Avslutter med 0 enten det er endringer eller ikke.

                Eksempler:
                  tiltak diff plan-2021.yaml plan.yaml
                  tiltak diff plan-2021.yaml plan.yaml --width 72 -o endringer.txt
                  tiltak diff plan-2021.yaml plan.yaml --format xlsx -o endringer.xlsx
                """
        case .reviseAbstract: return "Start neste revisjon av planen."
        case .reviseDiscussion:
            return """
                Skriver en ny planfil for revisjonen ÅR, teksten til den gamle med bare revisjonen endret (kommentarer og alt annet står igjen), og statusloggen ved siden av med rapportene og revisjonshistorikken: revisjonsdatoen flyttet til samme dag i ÅR (1. januar om dagen ikke finnes), etiketten «Revisjon ÅR». Tiltak med samlet status Fullført eller Avlyst i forrige revisjonsår merkes som avsluttet (i statusloggen) og står igjen i planen; ID-er og statusrapporter beholdes. Tiltak som er rapportert uferdige (Ikke startet, Pågår eller Utsatt) og har tidsramme som gikk ut før ÅR, listes som forsinket (advarselen «overdue» i tiltak validate, og avsnittet om forsinkede tiltak i revisjonsrapporten); åpne tiltak uten rapport listes som ikke rapportert, ikke som forsinket. ÅR må være etter revisjonsåret i planen.

                Den nye planen skrives atomisk til -o; -o kan ikke være samme fil som --plan uten
                --force (den forrige revisjonen er det diff sammenligner med).

                Eksempler:
                  tiltak revise --year 2022 --plan plan.yaml -o plan-2022.yaml
                  tiltak diff plan.yaml plan-2022.yaml
                """
        case .plan: return "Planfil (YAML) eller tabell (CSV). Standard: Hallingdal-planen."
        case .planBase:
            return
                "Planfil med partsregister og planopplysninger for en CSV-tabell (standard: YAML-filen med samme navn ved siden av tabellen)."
        case .exportOut: return "Mappen filene skal skrives til."
        case .exportTemplates:
            return "Mappe med egne Mustache-maler som erstatter standardmalene med samme navn."
        case .exportWidth: return "Bredde på tekstrapportene (60–200)."
        case .exportOnly:
            return "Skriv bare dette: council (rådsarbeidsboken, uten kommunearbeidsbøker og tekstrapporter)."
        case .exportTaskWorkbooks:
            return
                "Hvem som får oppgavebok: municipalities (bare kommunene), responsible (standard: kommunene og hver part som har ansvar for minst ett tiltak) eller all (også parter som bare er involvert)."
        case .exportJobs: return "Hvor mange filer som skrives samtidig (standard: antall kjerner)."
        case .exportQuiet: return "Ingen fremdrift på standardfeil, bare sammendraget til slutt."
        case .exportPDF:
            return
                "Skriv også en PDF av hver arbeidsbok (med LibreOffice, som må finnes på PATH; uten: exit 69), slik LibreOffice skriver den ut på A4, merket for tilgjengelighet (tagged PDF)."
        case .exportPaper:
            return
                "Papiret arbeidsbøkene skal skrives ut på: a4 (standard; brede ark viser de kolonnene en leser trenger) eller a3 (alle kolonnene). Skriften er minst 8 pt (oppgavebøker 9 pt)."
        case .exportDeadline:
            return
                "Svarfristen oppgavearbeidsbøkene viser (ÅÅÅÅ-MM-DD); går foran revision.deadline i planfilen."
        case .exportSheets:
            return
                "Ark i rådsarbeidsboken: all (standard) eller tiltak (bare arket Tiltak, med listen Lister)."
        case .listResponsible:
            return "Bare tiltak denne parten har ansvar for (kommuner får også tiltak for alle kommunene)."
        case .listDirect:
            return "Med --responsible: bare tiltak der parten selv er nevnt, ikke gjennom kommunegruppen."
        case .listMunicipality:
            return
                "Bare tiltak kommunen har ansvar for eller er involvert i, direkte eller gjennom kommunegruppen."
        case .listYear:
            return "Bare tiltak som er aktive dette året (årlige tiltak er aktive hvert år i planperioden)."
        case .listArea: return "Bare tiltak i dette innsatsområdet (kode, navn eller kortnavn)."
        case .listUnfinanced: return "Bare tiltak uten sikret finansiering."
        case .listStatus:
            return
                "Bare tiltak med denne samlede statusen i revisjonsåret, eller der en part har rapportert denne statusen (Ikke startet, Pågår, Fullført, Utsatt, Avlyst eller «Ikke rapportert»)."
        case .listFormat:
            return
                "Utdataformat: table, csv, json eller tsv (kolonnene og verdiene på arket Tiltak i rådsarbeidsboken, skilt med tabulator; \\t, \\n og \\\\ står for tabulator, linjeskift og \\)."
        case .listWidth: return "Bredde på tabellen i tegn (60–200)."
        case .importTable: return "Tabellen (CSV) eller arbeidsboken (XLSX) som skal leses."
        case .importOutput: return "Planfilen som skal skrives (YAML)."
        case .columns:
            return
                "Hvilken kolonne et felt skal leses fra når overskriften ikke sier det: felt=Overskrift,… (felt: id, focus-area, theme, text, timeframe, responsible, involved, remark, cost, financing, status)."
        case .importBase: return "Planfil med partsregister, innsatsområder og planopplysninger."
        case .importSheet:
            return "Arket som skal leses i en arbeidsbok som ikke er fra Tiltak (ellers det første synlige)."
        case .importFillDown: return "Fyll tomme celler for innsatsområde og tema fra raden over."
        case .reportName: return "Rapporten: moteoversikt, kommune, ufinansiert, revisjon eller innsamling."
        case .reportYear: return "Året for revisjonsrapporten (standard: revisjonsåret i planen)."
        case .reportMunicipality: return "Kommunen for kommunerapporten."
        case .reportWidth: return "Bredde i tegn (60–200)."
        case .reportOutput: return "Filen rapporten skal skrives til."
        case .reportTemplates: return "Mappe med egne Mustache-maler."
        case .collectFiles: return "Innsendte oppgavebøker (.xlsx) eller tabeller (.csv)."
        case .collectPlan: return "Planfilen (YAML) rapportene skal inn i. Påkrevd."
        case .collectYear: return "Året det rapporteres for (standard: året for revisjonen)."
        case .collectParty: return "Hvem som rapporterer i CSV-tabellene (kommunenavn eller kode)."
        case .collectDate: return "Innsamlingsdato ÅÅÅÅ-MM-DD (standard: i dag)."
        case .collectDryRun: return "Vis hva som ville blitt endret, uten å skrive noe."
        case .diffOld: return "Den forrige revisjonen (planfil eller tabell)."
        case .diffNew: return "Den nye revisjonen (planfil eller tabell)."
        case .diffFormat: return "Format: text (standard) eller xlsx (krever -o)."
        case .diffOutput: return "Filen endringene skal skrives til (standard: standard ut for text)."
        case .diffWidth: return "Bredde i tegn for text (60–200)."
        case .diffTemplates: return "Mappe med egne Mustache-maler (endringar.mustache)."
        case .reviseYear: return "Året for den nye revisjonen."
        case .reviseOutput: return "Den nye planfilen (YAML)."
        case .reviseForce: return "Skriv over planfilen selv om -o er samme fil som --plan."
        case .valueFile: return "fil"
        case .valueFolder: return "mappe"
        case .valueNumber: return "n"
        case .valueName: return "navn"
        case .valueYear: return "år"
        case .valuePart: return "del"
        case .valueSheets: return "ark"
        case .valueStatus: return "status"
        case .valueColumns: return "felt=Overskrift,…"
        case .valueTable: return "tabell"
        case .valueParty: return "part"
        case .valueDate: return "dato"
        case .valueFormat: return "format"
        case .valueOld: return "gammel"
        case .valueNew: return "ny"
        }
    }
}
