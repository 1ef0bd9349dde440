/// Every action row of Fixtures/hallingdal-2021-2024.yaml: the raw cells and the fixture's `reading`.
///
/// Transcribed from the fixture; party readings list codes of registered parties and names of unregistered ones.
enum SeedRows {
    static let all: [SeedRow] = [
        SeedRow(
            id: "NK-01", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Utvikle sykkelsatsinga i regionen for å skape fleire heilårs arbeidsplassar",
            timeframe: "Årleg", responsible: "Tråkk'n Roll", involved: "Kommune, Nærunga, RR",
            remark: "Krev finansiering",
            reading: SeedReading(
                timeframe: "annual", responsible: ["TR"], involved: ["KOM", "NL", "RR"],
                need: "needs-financing")),
        SeedRow(
            id: "NK-02", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text:
                "Utvikle Hallingdal som «næringsvenleg region» Utarbeide ein digital portal med oversikt over alle ledige næringareal næringstomter, ressurspersonar og støtteordningar",
            timeframe: "2021", responsible: "Nærings-forum", involved: "RR, HNH kommune",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["NF"], involved: ["RR", "HNH", "KOM"],
                need: "none")),
        SeedRow(
            id: "NK-03", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Arbeide aktivt for å få fleire statlege og fylkeskommunale arbeidsplassar til regionen",
            timeframe: "Årleg", responsible: "RR", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "annual", responsible: ["RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "NK-04", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Iverksette «prosjekt Hyttehallingen»",
            timeframe: "2021", responsible: "RR", involved: "Kommune og hyttefolk",
            remark: "Søke midlar frå Viken",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RR"], involved: ["KOM", "HYTTE"],
                need: "apply-for-funds", source: "VIKEN")),
        SeedRow(
            id: "NK-05", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Starte prosjekt «Berekraftig vekst og utvikling for nystartarar i næringslivet»",
            timeframe: "2021", responsible: "Etablerer-senteret", involved: "HNH",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["ETS"], involved: ["HNH"],
                need: "none")),
        SeedRow(
            id: "NK-06", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Etablere eit investeringssfond som stimulerer lokalt næringsliv",
            timeframe: "?", responsible: "?", involved: "?",
            remark: "Realistisk?",
            reading: SeedReading(
                timeframe: "unknown", responsible: [], involved: [],
                need: "none", flags: ["realism-doubt"])),
        SeedRow(
            id: "NK-07", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text:
                "Utarbeide ein innkjøpsstrategi for å tilpasse utlysingar slik at lokale aktørar kan delta og på den måten bidra til å ivareta, styrke og videreutvikle lokalt næringsliv.",
            timeframe: "2021", responsible: "Kommune", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "NK-08", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Utrede eit regionalt innkjøpskontor med 1 – 2 personar med regional innkjøpskompetanse",
            timeframe: "2022", responsible: "Kommune", involved: "",
            remark: "Krev kom. finansiering",
            reading: SeedReading(
                timeframe: "2022", responsible: ["KOM"], involved: [],
                need: "needs-financing", source: "KOM")),
        SeedRow(
            id: "NK-09", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Etablere pilot på tiltak med nasjonal interesse",
            timeframe: "?", responsible: "?", involved: "?",
            remark: "KAG?",
            reading: SeedReading(
                timeframe: "unknown", responsible: [], involved: [],
                need: "none", flags: ["open-question"])),
        SeedRow(
            id: "NK-10", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Arrangere yrkesmesse",
            timeframe: "2022", responsible: "RR", involved: "HNH",
            remark: "Finansiering frå fylke?",
            reading: SeedReading(
                timeframe: "2022", responsible: ["RR"], involved: ["HNH"],
                need: "uncertain", source: "VIKEN")),
        SeedRow(
            id: "NK-11", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Arbeide for å sikre arbeidsplassane på NORTURA",
            timeframe: "2021", responsible: "", involved: "RR",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: [], involved: ["RR"],
                need: "none")),
        SeedRow(
            id: "NK-12", area: "NK", theme: "Næringsutvikling og arbeidsplassar",
            text: "Gjennomføre Verdiskaping- og ringvirkningsanalyse for Hallingdal",
            timeframe: "2021", responsible: "", involved: "",
            remark: "Berekraftig reisemål",
            reading: SeedReading(
                timeframe: "2021", responsible: [], involved: [],
                need: "none")),
        SeedRow(
            id: "NK-13", area: "NK", theme: "Innovasjon",
            text: "Etablere eit senter for innovasjon i Hallingdal",
            timeframe: "Vår 2021", responsible: "HNH, Torpomoen", involved: "RR, HNH kommune",
            remark: "Søkt midlar frå Viken",
            reading: SeedReading(
                timeframe: "spring 2021", responsible: ["HNH", "TORPO"], involved: ["RR", "HNH", "KOM"],
                need: "funds-applied", source: "VIKEN")),
        SeedRow(
            id: "NK-14", area: "NK", theme: "Innovasjon",
            text:
                "Innføre ein innovasjonskultur i kommunane gjennom deltaking i heilheitleg innovasjonsprogram",
            timeframe: "Årleg", responsible: "Kommunane", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "annual", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "NK-15", area: "NK", theme: "Kompetanseutvikling",
            text: "Utvide fagskuletilbodet i Hallingdal",
            timeframe: "2022", responsible: "RR", involved: "Kommune, Nærunga, RR FIV",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["RR"], involved: ["KOM", "NL", "RR", "FIV"],
                need: "none")),
        SeedRow(
            id: "NK-16", area: "NK", theme: "Kompetanseutvikling",
            text: "Legge tilrette for fleire desentraliserte studietilbod",
            timeframe: "2021", responsible: "RR", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "NK-17", area: "NK", theme: "Kompetanseutvikling",
            text:
                "Kople studentar og bedrifter som tilbyr arbeidsplassar. Jobbe oppsökande mot studentar, (verdiskapingsprogram for unge personar med høgare utdanning, internship, karrieresenter, Ung Invest, læringscenter OPUS Vaksenopplæring vidaregåande.)",
            timeframe: "", responsible: "", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "unknown", responsible: [], involved: [],
                need: "none")),
        SeedRow(
            id: "NK-18", area: "NK", theme: "Kompetanseutvikling",
            text: "Arbeide for høgskuletilbud i Hallingdal",
            timeframe: "Årleg", responsible: "Kompetanse utvalg", involved: "RR, Kommune",
            remark: "",
            reading: SeedReading(
                timeframe: "annual", responsible: ["KU"], involved: ["RR", "KOM"],
                need: "none")),
        SeedRow(
            id: "NK-19", area: "NK", theme: "Kompetanseutvikling",
            text: "Arbeide for tilrettelagt og relevant yrkesfagtilbod.",
            timeframe: "", responsible: "Kompetanse utvalg", involved: "RR, Kommune, Viken",
            remark: "",
            reading: SeedReading(
                timeframe: "unknown", responsible: ["KU"], involved: ["RR", "KOM", "VIKEN"],
                need: "none")),
        SeedRow(
            id: "NK-20", area: "NK", theme: "Kompetanseutvikling",
            text: "Vidareføre Ungt entreprenørskap Hallingdal",
            timeframe: "2021", responsible: "UE", involved: "RR, Viken",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["UE"], involved: ["RR", "VIKEN"],
                need: "none")),
        SeedRow(
            id: "NK-21", area: "NK", theme: "Kompetanseutvikling",
            text: "Sikre tilstrekkeleg tal på lærlingepllassar i Hallingdal",
            timeframe: "", responsible: "Kommune Næringsliv", involved: "",
            remark: "Finansiering 300 000",
            reading: SeedReading(
                timeframe: "unknown", responsible: ["KOM", "NL"], involved: [],
                need: "cost-estimate", cost: 300000, per: "once")),
        SeedRow(
            id: "IN-01", area: "IN", theme: "Jernbane",
            text: "Arbeide aktivt mot investeringsavgjer på Ringeriksbanen i mai 2021",
            timeframe: "mai 2021", responsible: "RR", involved: "FBN",
            remark: "",
            reading: SeedReading(
                timeframe: "2021-05", responsible: ["RR"], involved: ["FBN"],
                need: "none")),
        SeedRow(
            id: "IN-02", area: "IN", theme: "Jernbane",
            text: "Sikre tilgjengelig transport av sykler på tog",
            timeframe: "2021", responsible: "Berekratig reisemål?", involved: "VY",
            remark: "Er det nedsett ei gruppe?",
            reading: SeedReading(
                timeframe: "2021", responsible: ["BR"], involved: ["VY"],
                need: "none", flags: ["uncertain-responsible", "open-question"])),
        SeedRow(
            id: "IN-03", area: "IN", theme: "Veg",
            text: "Arbeide for gjennomføring Vegpakke Hallingdal",
            timeframe: "2021", responsible: "RR", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "IN-04", area: "IN", theme: "Veg",
            text: "Arbeide for utvikling av Rv7 og Rv52 i tråd med NTP 2018 - 2029",
            timeframe: "2022", responsible: "RR", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "IN-05", area: "IN", theme: "Veg",
            text: "Arbeide for betra vinterregularitet på fjellovergangane",
            timeframe: "2022", responsible: "RR", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "IN-06", area: "IN", theme: "Veg",
            text: "Få på plass fleire ladepunkt for el-sykkel og el-bil",
            timeframe: "2022", responsible: "RR", involved: "Kommune RR",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["RR"], involved: ["KOM", "RR"],
                need: "none")),
        SeedRow(
            id: "IN-07", area: "IN", theme: "Breiband",
            text: "Vidare breibandutbygging i samarbeid med Hallingdal Kraftnett",
            timeframe: "2022", responsible: "RR", involved: "Kommune, VIKEN",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["RR"], involved: ["KOM", "VIKEN"],
                need: "none")),
        SeedRow(
            id: "IN-08", area: "IN", theme: "Breiband",
            text: "Utbygging av 5G nettet",
            timeframe: "??", responsible: "", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "unknown", responsible: [], involved: [],
                need: "none")),
        SeedRow(
            id: "IN-09", area: "IN", theme: "Kollektiv og trafikktryggleik",
            text:
                "Arbeide for betra kollektivtransport og betre dimensjonering av tilbodet – korrespondanse og samkjøring mellom bussavganger og buss-/ togavganger",
            timeframe: "2021", responsible: "VY", involved: "VIKEN kommune",
            remark: "Partnarskaps avtale Viken",
            reading: SeedReading(
                timeframe: "2021", responsible: ["VY"], involved: ["VIKEN", "KOM"],
                need: "none")),
        SeedRow(
            id: "IN-10", area: "IN", theme: "Kollektiv og trafikktryggleik",
            text: "Etablere lokal kommunal kollektivtilbod i og mellom kommunane i Hallingdal",
            timeframe: "?? Realistisk", responsible: "RR, Kommune", involved: "",
            remark: "Krev finansiering",
            reading: SeedReading(
                timeframe: "unknown", responsible: ["RR", "KOM"], involved: [],
                need: "needs-financing", flags: ["realism-doubt"])),
        SeedRow(
            id: "IN-11", area: "IN", theme: "Kollektiv og trafikktryggleik",
            text: "Auke tall avganger med kollektiv-transport i forbindelse med helger og høytider",
            timeframe: "", responsible: "RR", involved: "VY, VIKEN",
            remark: "Arbeids- gruppe",
            reading: SeedReading(
                timeframe: "unknown", responsible: ["RR"], involved: ["VY", "VIKEN"],
                need: "none")),
        SeedRow(
            id: "IN-12", area: "IN", theme: "Kollektiv og trafikktryggleik",
            text:
                "Sjå på moglege lokale transportordningar for gjester som reiser kollektivt (delingstenester)",
            timeframe: "", responsible: "RR", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "unknown", responsible: ["RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "KM-01", area: "KM", theme: "Ein grønare dal (organisering)",
            text: "Utarbeide felles klimaplan i Hallingdal",
            timeframe: "2022", responsible: "Klima- nettverk", involved: "commune",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["KN"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "KM-02", area: "KM", theme: "Ein grønare dal (organisering)",
            text:
                "Utarbeide felles retningsliner for arealbruk og for å ivareta sårbar natur og fremje naturmangfold",
            timeframe: "2021", responsible: "Klima- nettverk", involved: "commune",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KN"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "KM-03", area: "KM", theme: "Ein grønare dal (organisering)",
            text: "Innføre klimaråd i kvar kommune",
            timeframe: "2021", responsible: "Kommune", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "KM-04", area: "KM", theme: "Ein grønare dal (organisering)",
            text: "Få på plass ein klimakoordinator i Hallingdal",
            timeframe: "2022", responsible: "RR, commune", involved: "VIKEN commune",
            remark: "Delfinansiert Frå Viken",
            reading: SeedReading(
                timeframe: "2022", responsible: ["RR", "KOM"], involved: ["VIKEN", "KOM"],
                need: "partly-financed", source: "VIKEN")),
        SeedRow(
            id: "KM-05", area: "KM", theme: "Ein grønare dal (organisering)",
            text: "Vidareføre Grøn Vekst Hallingdal",
            timeframe: "2021", responsible: "RR", involved: "Eige prosjekt",
            remark: "Krev finansiering",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RR"], involved: ["Eige prosjekt"],
                need: "needs-financing")),
        SeedRow(
            id: "KM-06", area: "KM", theme: "Ein grønare dal (organisering)",
            text: "(Innføre Grøn skule og grøn barnehage i kommunane?)",
            timeframe: "2022", responsible: "", involved: "",
            remark: "Usikker på realisme",
            reading: SeedReading(
                timeframe: "2022", responsible: [], involved: [],
                need: "none", flags: ["realism-doubt", "tentative"])),
        SeedRow(
            id: "KM-07", area: "KM", theme: "Ein grønare dal (organisering)",
            text: "Utarbeide felles retningsliner for klimavennlige innkjøp",
            timeframe: "2021", responsible: "commune", involved: "Viken",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KOM"], involved: ["VIKEN"],
                need: "none")),
        SeedRow(
            id: "KM-08", area: "KM", theme: "Klimautslepp",
            text: "Delta i klima Viken",
            timeframe: "2021", responsible: "commune", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "KM-09", area: "KM", theme: "Klimautslepp",
            text: "Innføre klimabudsjett og klimareknaskap i kvar kommune",
            timeframe: "2022", responsible: "commune", involved: "",
            remark: "Gol er pilot",
            reading: SeedReading(
                timeframe: "2022", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "KM-10", area: "KM", theme: "Klimautslepp",
            text: "Gjennomføre tiltak i «Klimakur 2030»",
            timeframe: "2022", responsible: "", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: [], involved: [],
                need: "none")),
        SeedRow(
            id: "KM-11", area: "KM", theme: "Avfallshåndtering",
            text: "Etablere sortering på alt avfall",
            timeframe: "2023", responsible: "RR, HR", involved: "Kommune, Næringa, RR",
            remark: "",
            reading: SeedReading(
                timeframe: "2023", responsible: ["RR", "HR"], involved: ["KOM", "NL", "RR"],
                need: "none")),
        SeedRow(
            id: "KM-12", area: "KM", theme: "Avfallshåndtering",
            text: "Påverke bøndene til å sortere og levere all rundballeplast",
            timeframe: "2021", responsible: "Kommune", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "KM-13", area: "KM", theme: "Avfallshåndtering",
            text: "Arrangere søppeldugnad i alle kommunar",
            timeframe: "2021", responsible: "commune", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "AO-01", area: "AO", theme: "Livskvalitet",
            text: "Oppfølging av funn i Livskvalitetsundersøkinga",
            timeframe: "2021", responsible: "RR/ commune", involved: "Kommune, FHI",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RR", "KOM"], involved: ["KOM", "FHI"],
                need: "none")),
        SeedRow(
            id: "AO-02", area: "AO", theme: "Livskvalitet",
            text: "Innføre regionalt friluftsråd",
            timeframe: "2022", responsible: "Kommune RR", involved: "",
            remark: "Sjå vedlegg",
            reading: SeedReading(
                timeframe: "2022", responsible: ["KOM", "RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "AO-03", area: "AO", theme: "Livskvalitet",
            text:
                "Innføre prosjekt bu/blilyst i alle kommunar. Betre tilflytting, integrering, innvolvering og trivsel",
            timeframe: "2022", responsible: "commune", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "AO-04", area: "AO", theme: "Rekruttering",
            text: "Vidareutvikle jobb i Hallingdal",
            timeframe: "2021", responsible: "RR", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "AO-05", area: "AO", theme: "Rekruttering",
            text: "Arrangere eit Hallingt treff pr år i dei store byane",
            timeframe: "Årleg", responsible: "RR", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "annual", responsible: ["RR"], involved: [],
                need: "none")),
        SeedRow(
            id: "AO-06", area: "AO", theme: "Rekruttering",
            text:
                "Utarbeide bustadpolitisk handlingsplan (Prøvebuprosjekt kan inkluderast) inn under strategisk næringsplan i kvar kommune)",
            timeframe: "2021", responsible: "kommunane", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "AO-07", area: "AO", theme: "Rekruttering",
            text: "(Kulturtiltak – historiske opplevingar, kultur som næring, lokalmat og tradisjonar)",
            timeframe: "?", responsible: "?", involved: "?",
            remark: "?",
            reading: SeedReading(
                timeframe: "unknown", responsible: [], involved: [],
                need: "none", flags: ["tentative", "open-question"])),
        SeedRow(
            id: "AO-08", area: "AO", theme: "Rekruttering",
            text: "Innføre Nyby som verktøy for å mobilisering av frivillige",
            timeframe: "", responsible: "", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "unknown", responsible: [], involved: [],
                need: "none")),
        SeedRow(
            id: "AO-09", area: "AO", theme: "Profilering",
            text:
                "Etablere ein overordna informasjons/profileringskanal for Hallingdal. (Hallingdal.no, Fritid Hallingdal, Kva skjer i Hallingdal, destinasjonsselskapa, Kommunane, regionrådet, ulike bookingsider, jobb i hallingdal)",
            timeframe: "2021 - 2022", responsible: "RR", involved: "RR Kommune Næring",
            remark: "Prosjekt Kostnad 250 000",
            reading: SeedReading(
                timeframe: "2021-2022", responsible: ["RR"], involved: ["RR", "KOM", "NL"],
                need: "cost-estimate", cost: 250000, per: "once")),
        SeedRow(
            id: "AO-10", area: "AO", theme: "Profilering",
            text: "Vurdere ein stilling øyremerka profilering og drift av Hallingdal.no + sosiale medier",
            timeframe: "2022", responsible: "RR", involved: "RR, kommune næring",
            remark: "Kostnad 1.mill. pr. år",
            reading: SeedReading(
                timeframe: "2022", responsible: ["RR"], involved: ["RR", "KOM", "NL"],
                need: "cost-estimate", cost: 1000000, per: "year")),
        SeedRow(
            id: "AO-11", area: "AO", theme: "Profilering",
            text: "Etablere eit felles tenestetorg",
            timeframe: "2022", responsible: "kommune", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["KOM"], involved: [],
                need: "none")),
        SeedRow(
            id: "AO-12", area: "AO", theme: "Profilering",
            text:
                "Arrangere vertskapskurs som inkluderer kunnskap om bærekraftig reiselivsutvikling annankvart år",
            timeframe: "2021", responsible: "destinasjon", involved: "kommune",
            remark: "Berekraftig reiseliv",
            reading: SeedReading(
                timeframe: "2021", responsible: ["DEST"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "AO-13", area: "AO", theme: "Profilering",
            text: "Styrke felles markedsføring av Hallingdal som heilårstillegg til destinasjon",
            timeframe: "", responsible: "Destinasjon", involved: "kommune",
            remark: "",
            reading: SeedReading(
                timeframe: "unknown", responsible: ["DEST"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "TE-01", area: "TE", theme: "Fagmiljø",
            text:
                "Kartlegge/vurdere kva fagmiljø og kva tenester som kan profittere på å bli større og samarbeide tettare",
            timeframe: "2021", responsible: "Rådmanns-utvalget", involved: "",
            remark: "Sjå liste nedanfor",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RU"], involved: [],
                need: "none")),
        SeedRow(
            id: "TE-02", area: "TE", theme: "Fagmiljø",
            text: "Kartlegge kva planar og styringsdokument som kan være felles i Hallingdal",
            timeframe: "2021", responsible: "Rådmanns-utvalget", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RU"], involved: [],
                need: "none")),
        SeedRow(
            id: "TE-03", area: "TE", theme: "Fagmiljø",
            text: "Formalisere samarbeid på plansida i Hallingdal.",
            timeframe: "2021", responsible: "Plangruppa", involved: "",
            remark: "Ønskje frå gruppa sjølv",
            reading: SeedReading(
                timeframe: "2021", responsible: ["PG"], involved: [],
                need: "none")),
        SeedRow(
            id: "TE-04", area: "TE", theme: "Digitalisering",
            text: "Innføre felles digitaliseringsstrategi i Hallingdal",
            timeframe: "2021", responsible: "IKT", involved: "kommune",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["IKT"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "TE-05", area: "TE", theme: "Digitalisering",
            text: "Restrukturere organisering og leiing av digitale tenester og løysingar",
            timeframe: "2021", responsible: "IKT", involved: "kommune",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["IKT"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "TE-06", area: "TE", theme: "Digitalisering",
            text: "Samordne bruken av digitale løysingar i kommunane",
            timeframe: "2021", responsible: "IKT", involved: "kommune",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["IKT"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "TE-07", area: "TE", theme: "Digitalisering",
            text: "Delta i DigiViken",
            timeframe: "2021", responsible: "IKT", involved: "kommune",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["IKT"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "TE-08", area: "TE", theme: "Digitalisering",
            text: "Harmonisering av PLO systemet i retning AKSON",
            timeframe: "2022", responsible: "IKT", involved: "kommune",
            remark: "",
            reading: SeedReading(
                timeframe: "2022", responsible: ["IKT"], involved: ["KOM"],
                need: "none")),
        SeedRow(
            id: "TE-09", area: "TE", theme: "Innovasjon og kvalitetsutvikling",
            text: "Kartlegge kva planar og styringsdokument som kan være felles i Hallingdal",
            timeframe: "2021", responsible: "Rådmanns-utvalget", involved: "",
            remark: "",
            reading: SeedReading(
                timeframe: "2021", responsible: ["RU"], involved: [],
                need: "none")),
        SeedRow(
            id: "TE-10", area: "TE", theme: "Innovasjon og kvalitetsutvikling",
            text: "Innarbeide velferdsteknologiprosjektet i linjeorganisasjonen.",
            timeframe: "2021", responsible: "Kommunane", involved: "",
            remark: "Krev ein regional ressurs",
            reading: SeedReading(
                timeframe: "2021", responsible: ["KOM"], involved: [],
                need: "needs-resource", resource: "regional ressurs")),
    ]
}
