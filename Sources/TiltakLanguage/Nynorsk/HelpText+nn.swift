/// The `--help` texts in nynorsk.
extension HelpText {
    public var nn: String {
        switch self {
        case .tiltakAbstract: return "Gjer eit regionalt handlingsprogram om til dokument for regionrådet."
        case .tiltakDiscussion:
            return """
                Utan --plan brukar kvar kommando Hallingdal-planen (Fixtures/hallingdal-2021-2024.yaml).

                Døme:
                  tiltak validate
                  tiltak list --municipality Ål --year 2022
                  tiltak import tiltak.csv -o plan.yaml
                  tiltak export --out out/
                """
        case .validateAbstract: return "Kontroller planen: feil og åtvaringar, ei linje kvar."
        case .validateOnly:
            return "Kontroller for ein eksport av berre dette: council (rådsarbeidsboka)."
        case .validateSheets:
            return "Kontroller for ein eksport med desse arka i rådsarbeidsboka: all (standard) eller tiltak."
        case .validateDiscussion:
            return """
                Skriv ei linje per funn: alvor, tiltaks-ID, felt og melding. Avsluttar med 0 når planen ikkje har feil, 1 når han har feil (åtvaringar åleine gjev 0). Feil er det tiltak export ville nekte: med --only og --sheets som i eksporten vert berre arka den skriv, kontrollerte (til dømes talet på rader i kvart ark).

                Døme:
                  tiltak validate
                  tiltak validate --plan minplan.yaml
                  tiltak validate --plan tiltak.csv --base minplan.yaml
                  tiltak validate --plan stor.csv --only council --sheets tiltak
                """
        case .listAbstract:
            return "List tiltak, filtrert på ansvar, kommune, år, innsatsområde eller finansiering."
        case .listDiscussion:
            return """
                Namn vert slått opp i partsregisteret med alias, utan omsyn til store/små bokstavar, mellomrom og bindestrek («Nærings-forum» = «Næringsforum», «RR» = Regionrådet).

                Døme:
                  tiltak list --responsible RR
                  tiltak list --municipality Ål --year 2022
                  tiltak list --area "Klima og miljø" --unfinanced --format csv
                  tiltak list --status pågår
                  tiltak list --format json > tiltak.json
                """
        case .importAbstract:
            return "Gjer ein tiltakstabell (CSV) eller rådsarbeidsbok (XLSX) om til ei planfil (YAML)."
        case .importDiscussion:
            return """
                Tabellen treng kolonnane Innsatsområde, Tema og Tiltak; ID, Tidsramme, Ansvar, Involvering og Merknad er valfrie. Skiljeteikn (; , tab) og teiknkoding (UTF-8, Windows-1252) vert funne automatisk. Tiltak utan ID får ID etter innsatsområdet (NK-01, NK-02, …). Tiltak skriv ut det som ikkje kunne tolkast (tidsrammer, partar, beløp).

                Ei arbeidsbok (.xlsx) frå «tiltak export» vert lesen frå arket Tiltak, også etter at ho er redigert i Excel (nye rader utan ID, endra tekstar). Partsregister og planopplysningar kjem frå --base, elles frå YAML-fila med same namn ved sida av arbeidsboka. Celler som er som før, held på cellene og tolkinga i basisplanen; Status og Kommentar vert ikkje importerte: «tiltak collect ARBEIDSBOK --plan PLAN» samlar dei inn som sekretariatet sine rapportar.

                Anna arbeidsbok (sekretariatet si eiga) vert lesen som ein tabell frå det fyrste synlege arket, eller --sheet NAMN: overskriftsrada vert funnen under tittelrader, ei rad med tekst berre i fyrste celle (eller flett over rada) namngjev innsatsområdet for radene under («Hovudmål 1: Reiseliv» gjev koden 1), celler fletta nedover gjeld kvar rad, og --fill-down fyller tomme celler for innsatsområde og tema frå rada over.

                Døme:
                  tiltak import tiltak.csv -o plan.yaml
                  tiltak import ut/hallingdal-2021-2024.xlsx --base Fixtures/hallingdal-2021-2024.yaml -o ny.yaml
                  tiltak import tiltak.csv --base Fixtures/hallingdal-2021-2024.yaml -o plan.yaml
                """
        case .exportAbstract: return "Skriv arbeidsbøker og tekstrapportar for planen."
        case .exportDiscussion(let streamingThreshold):
            return """
                Skriv DIR/<plan-id>.xlsx (rådsarbeidsboka), DIR/kommunar/<Kommune>.xlsx og .txt for kvar kommune, DIR/partar/<Part>.xlsx for kvar annan part som har ansvar for eit tiltak (--task-workbooks), DIR/moteoversikt.txt, DIR/ufinansiert.txt og DIR/revisjon-<år>.txt. Alle filene vert skrivne ferdig i ei skjult mappe i DIR og flytte på plass saman, berre når planen er utan feil (sjå tiltak validate): går noko gale, er DIR som før. Éin eksport om gongen skriv til same mappe; ein annan ventar.

                Døme:
                  tiltak export
                  tiltak export --plan minplan.yaml --out rapportar/
                  tiltak export --templates mine-malar/
                  tiltak export --plan stor.csv --only council --sheets tiltak

                --only council skriv berre rådsarbeidsboka (ikkje kommunearbeidsbøker og tekstrapportar). --sheets tiltak skriv rådsarbeidsboka med berre arket Tiltak (og det skjulte arket Lister med statusverdiane). I planar med \(streamingThreshold) tiltak eller fleire vert arket Tiltak skrive rad for rad med lite minne (med --sheets tiltak heile arbeidsboka): arket får då autofilter i staden for Excel-tabell, og tekst vert lagra i kvar celle i staden for i ein felles teksttabell.
                """
        case .reportAbstract:
            return "Skriv ein tekstrapport: moteoversikt, kommune, ufinansiert, revisjon eller innsamling."
        case .reportDiscussion:
            return """
                Rapportane er Mustache-malar i Templates/; --templates MAPPE erstattar malar med same namn. Utan -o går rapporten til standard ut.

                Døme:
                  tiltak report moteoversikt
                  tiltak report kommune --municipality Ål -o Ål.txt
                  tiltak report ufinansiert --width 72
                  tiltak report revisjon --year 2022
                """
        case .collectAbstract:
            return
                "Samlar status frå innsende oppgåvebøker (XLSX) og tabellar (CSV) inn i statusloggen til planfila."
        case .collectDiscussion:
            return """
                Les oppgåvebøkene kommunane sende tilbake (kommunar/<Kommune>.xlsx frå «tiltak export», lagra att i Excel eller LibreOffice) og CSV-tabellar med kolonnane ID;Status;Kommentar. Kven som rapporterer, og for kva plan og revisjon, står i det gøymde arket Om i oppgåveboka (ikkje i filnamnet); for ein CSV-tabell gjev du det med --party.

                Før noko vert skrive, vert alle feil melde med fil, rad og felt: ukjende ID-ar, filer for ein annan plan eller revisjon, verna celler som er endra, ugyldige statusverdiar og konfliktar (same part med ulik status eller kommentar for same tiltak og år i to filer). Ved feil eller konfliktar vert ingenting skrive (exit 65). Ein ny rapport frå same part for same år erstattar den gamle. Rapportane vert førte i statusloggen <plan>.status.yaml ved sida av planfila; planfila sjølv vert aldri skriven. Førre statuslogg vert teken vare på med dato og klokkeslett i namnet; er ingen rapport ny eller endra, vert ingenting skrive. Ei oppgåvebok frå ein tidlegare revisjon av planen (levert seint) vert teken imot og førd for --year eller året for revisjonen sin. Ei rådsarbeidsbok (Tiltak-arket) gjev status og kommentarar frå møtet som rapportane til sekretariatet (--party, standard: regionrådet). Medan planfila vert lesen og skriven, er ho låst (.<plan>.lock i same mappe): ein annan tiltak-prosess som skal skrive same plan, ventar til den første er ferdig.

                Døme:
                  tiltak collect --plan plan.yaml innsendt/*.xlsx
                  tiltak collect --plan plan.yaml --party Gol --year 2022 gol-status.csv
                  tiltak collect --plan plan.yaml --dry-run innsendt/Ål.xlsx
                """
        case .diffAbstract: return "Vis kva som er endra mellom to revisjonar av ein plan."
        case .diffDiscussion:
            return """
                Samanliknar tiltaka i GAMMAL og NY etter ID: nye, fjerna og flytta tiltak (anna innsatsområde eller tema), og endra tekst, tidsramme, ansvar, involvering, finansiering, merknad, status (samla status i revisjonsåret til kvar plan), kvar rapport og kommentar som er ny, borte eller endra («Rapport ÅR, Part») og avslutta; kvart tiltak med tekst og ansvar. Begge kan vere planfiler (YAML) eller tabellar (CSV). Avsluttar med 0 anten det er endringar eller ikkje.

                Døme:
                  tiltak diff plan-2021.yaml plan.yaml
                  tiltak diff plan-2021.yaml plan.yaml --width 72 -o endringar.txt
                  tiltak diff plan-2021.yaml plan.yaml --format xlsx -o endringar.xlsx
                """
        case .reviseAbstract: return "Start neste revisjon av planen."
        case .reviseDiscussion:
            return """
                Skriv ein ny planfil for revisjonen ÅR, teksten til den gamle med berre revisjonen endra (kommentarar og alt anna står att), og statusloggen ved sida av med rapportane og revisjonshistoria: revisjonsdatoen flytta til same dag i ÅR (1. januar om dagen ikkje finst), etiketten «Revisjon ÅR». Tiltak med samla status Fullført eller Avlyst i det førre revisjonsåret vert merkte avslutta (i statusloggen) og står att i planen; ID-ar og statusrapportar vert haldne. Tiltak som er rapporterte uferdige (Ikkje starta, Pågår eller Utsett) og har tidsramme som gjekk ut før ÅR, vert lista som forseinka (åtvaringa «overdue» i tiltak validate, og bolken «Forseinka tiltak» i revisjon-ÅR.txt); opne tiltak utan rapport vert lista som ikkje rapporterte, ikkje som forseinka. ÅR må vere etter revisjonsåret i planen.

                Den nye planen vert skriven atomisk til -o; -o kan ikkje vere same fil som --plan utan
                --force (den førre revisjonen er det diff samanliknar med).

                Døme:
                  tiltak revise --year 2022 --plan plan.yaml -o plan-2022.yaml
                  tiltak diff plan.yaml plan-2022.yaml
                """
        case .plan: return "Planfil (YAML) eller tabell (CSV). Standard: Hallingdal-planen."
        case .planBase:
            return
                "Planfil med partsregister og planopplysningar for ein CSV-tabell (standard: YAML-fila med same namn ved sida av tabellen)."
        case .exportOut: return "Mappa filene skal skrivast til."
        case .exportTemplates:
            return "Mappe med eigne Mustache-malar som erstattar standardmalane med same namn."
        case .exportWidth: return "Breidd på tekstrapportane (60–200)."
        case .exportOnly:
            return "Skriv berre dette: council (rådsarbeidsboka, utan kommunearbeidsbøker og tekstrapportar)."
        case .exportTaskWorkbooks:
            return
                "Kven som får oppgåvebok: municipalities (berre kommunane), responsible (standard: kommunane og kvar part som har ansvar for minst eitt tiltak) eller all (òg partar som berre er involverte)."
        case .exportJobs: return "Kor mange filer som vert skrivne samstundes (standard: talet på kjernar)."
        case .exportQuiet: return "Ingen framdrift på standardfeil, berre samandraget til slutt."
        case .exportPDF:
            return
                "Skriv òg ein PDF av kvar arbeidsbok (med LibreOffice, som må finnast på PATH; utan: exit 69), slik LibreOffice skriv ho ut på A4, merkt for tilgjenge (tagged PDF)."
        case .exportPaper:
            return
                "Papiret arbeidsbøkene skal skrivast ut på: a4 (standard; breie ark viser dei kolonnane ein lesar treng) eller a3 (alle kolonnane). Skrifta er minst 8 pt (oppgåvebøker 9 pt)."
        case .exportDeadline:
            return
                "Svarfristen oppgåvearbeidsbøkene viser (ÅÅÅÅ-MM-DD); går føre revision.deadline i planfila."
        case .exportSheets:
            return
                "Ark i rådsarbeidsboka: all (standard) eller tiltak (berre arket Tiltak, med lista Lister)."
        case .listResponsible:
            return "Berre tiltak denne parten har ansvar for (kommunar får òg tiltak for alle kommunane)."
        case .listDirect:
            return "Med --responsible: berre tiltak der parten sjølv er nemnd, ikkje gjennom kommunegruppa."
        case .listMunicipality:
            return
                "Berre tiltak kommunen har ansvar for eller er involvert i, direkte eller gjennom kommunegruppa."
        case .listYear:
            return "Berre tiltak som er aktive dette året (årlege tiltak er aktive kvart år i planperioden)."
        case .listArea: return "Berre tiltak i dette innsatsområdet (kode, namn eller kortnamn)."
        case .listUnfinanced: return "Berre tiltak utan sikra finansiering."
        case .listStatus:
            return
                "Berre tiltak med denne samla statusen i revisjonsåret, eller der ein part har rapportert denne statusen (Ikkje starta, Pågår, Fullført, Utsett, Avlyst eller «Ikkje rapportert»)."
        case .listFormat:
            return
                "Utdataformat: table, csv, json eller tsv (kolonnane og verdiane på arket Tiltak i rådsarbeidsboka, skilde med tabulator; \\t, \\n og \\\\ står for tabulator, linjeskift og \\)."
        case .listWidth: return "Breidd på tabellen i teikn (60–200)."
        case .importTable: return "Tabellen (CSV) eller arbeidsboka (XLSX) som skal lesast."
        case .importOutput: return "Planfila som skal skrivast (YAML)."
        case .columns:
            return
                "Kva kolonne eit felt skal lesast frå når overskrifta ikkje seier det: felt=Overskrift,… (felt: id, focus-area, theme, text, timeframe, responsible, involved, remark, cost, financing, status)."
        case .importBase: return "Planfil med partsregister, innsatsområde og planopplysningar."
        case .importSheet:
            return "Arket som skal lesast i ei arbeidsbok som ikkje er frå Tiltak (elles det fyrste synlege)."
        case .importFillDown: return "Fyll tomme celler for innsatsområde og tema frå rada over."
        case .reportName: return "Rapporten: moteoversikt, kommune, ufinansiert, revisjon eller innsamling."
        case .reportYear: return "Året for revisjonsrapporten (standard: revisjonsåret i planen)."
        case .reportMunicipality: return "Kommunen for kommunerapporten."
        case .reportWidth: return "Breidd i teikn (60–200)."
        case .reportOutput: return "Fila rapporten skal skrivast til."
        case .reportTemplates: return "Mappe med eigne Mustache-malar."
        case .collectFiles: return "Innsende oppgåvebøker (.xlsx) eller tabellar (.csv)."
        case .collectPlan: return "Planfila (YAML) rapportane skal inn i. Påkravd."
        case .collectYear: return "Året det vert rapportert for (standard: året for revisjonen)."
        case .collectParty: return "Kven som rapporterer i CSV-tabellane (kommunenamn eller kode)."
        case .collectDate: return "Innsamlingsdato ÅÅÅÅ-MM-DD (standard: i dag)."
        case .collectDryRun: return "Vis kva som ville endrast, utan å skrive noko."
        case .diffOld: return "Den førre revisjonen (planfil eller tabell)."
        case .diffNew: return "Den nye revisjonen (planfil eller tabell)."
        case .diffFormat: return "Format: text (standard) eller xlsx (krev -o)."
        case .diffOutput: return "Fila endringane skal skrivast til (standard: standard ut for text)."
        case .diffWidth: return "Breidd i teikn for text (60–200)."
        case .diffTemplates: return "Mappe med eigne Mustache-malar (endringar.mustache)."
        case .reviseYear: return "Året for den nye revisjonen."
        case .reviseOutput: return "Den nye planfila (YAML)."
        case .reviseForce: return "Skriv over planfila sjølv om -o er same fil som --plan."
        case .valueFile: return "fil"
        case .valueFolder: return "mappe"
        case .valueNumber: return "n"
        case .valueName: return "namn"
        case .valueYear: return "år"
        case .valuePart: return "del"
        case .valueSheets: return "ark"
        case .valueStatus: return "status"
        case .valueColumns: return "felt=Overskrift,…"
        case .valueTable: return "tabell"
        case .valueParty: return "part"
        case .valueDate: return "dato"
        case .valueFormat: return "format"
        case .valueOld: return "gammal"
        case .valueNew: return "ny"
        }
    }
}
