import Testing
import TiltakModel

/// ``FinancingReader`` on every remark of the seed and on the forms secretariats write.
@Suite struct FinancingReaderTests {
    let reader = FinancingReader(registry: HallingdalRegistry.make())

    /// What a remark is expected to say about money.
    struct Expected: Sendable, CustomTestStringConvertible {
        var remark: String
        var need: Financing.Need
        var source: String? = nil
        var resource: String? = nil
        var cost: Int? = nil
        var per: Cost.Recurrence? = nil
        var unreadable = false

        var testDescription: String { "«\(remark)»" }
    }

    func check(_ expected: Expected, sourceLocation: SourceLocation = #_sourceLocation) {
        let financing = reader.read(expected.remark)
        #expect(financing.need == expected.need, sourceLocation: sourceLocation)
        #expect(financing.source?.key == expected.source, sourceLocation: sourceLocation)
        #expect(financing.resource == expected.resource, sourceLocation: sourceLocation)
        #expect(financing.cost?.amount == expected.cost, sourceLocation: sourceLocation)
        #expect(financing.cost?.recurrence == expected.per, sourceLocation: sourceLocation)
        #expect(financing.hasUnreadableAmount == expected.unreadable, sourceLocation: sourceLocation)
    }

    /// Every distinct remark of the seed with the fixture's reading.
    static let seedCases: [Expected] = [
        Expected(remark: "Krev finansiering", need: .needsFinancing),
        Expected(remark: "Søke midlar frå Viken", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Realistisk?", need: .none),
        Expected(remark: "Krev kom. finansiering", need: .needsFinancing, source: "KOM"),
        Expected(remark: "KAG?", need: .none),
        Expected(remark: "Finansiering frå fylke?", need: .uncertain, source: "VIKEN"),
        Expected(remark: "Berekraftig reisemål", need: .none),
        Expected(remark: "Søkt midlar frå Viken", need: .fundsApplied, source: "VIKEN"),
        Expected(remark: "Finansiering 300 000", need: .costEstimate, cost: 300_000, per: .once),
        Expected(remark: "Er det nedsett ei gruppe?", need: .none),
        Expected(remark: "Partnarskaps avtale Viken", need: .none),
        Expected(remark: "Arbeids- gruppe", need: .none),
        Expected(remark: "Delfinansiert Frå Viken", need: .partlyFinanced, source: "VIKEN"),
        Expected(remark: "Usikker på realisme", need: .none),
        Expected(remark: "Gol er pilot", need: .none),
        Expected(remark: "Sjå vedlegg", need: .none),
        Expected(remark: "Prosjekt Kostnad 250 000", need: .costEstimate, cost: 250_000, per: .once),
        Expected(remark: "Kostnad 1.mill. pr. år", need: .costEstimate, cost: 1_000_000, per: .perYear),
        Expected(remark: "Berekraftig reiseliv", need: .none),
        Expected(remark: "Sjå liste nedanfor", need: .none),
        Expected(remark: "Ønskje frå gruppa sjølv", need: .none),
        Expected(remark: "Krev ein regional ressurs", need: .needsResource, resource: "regional ressurs"),
        Expected(remark: "?", need: .none),
        Expected(remark: "", need: .none),
    ]

    @Test(arguments: seedCases)
    func seedRemarks(_ expected: Expected) {
        check(expected)
    }

    @Test func everySeedRemarkIsCovered() {
        #expect(Set(SeedRows.all.map(\.remark)) == Set(Self.seedCases.map(\.remark)))
    }

    static let formCases: [Expected] = [
        Expected(remark: "Krever finansiering", need: .needsFinancing),
        Expected(remark: "Manglar finansiering", need: .needsFinancing),
        Expected(remark: "Mangler finansiering", need: .needsFinancing),
        Expected(remark: "Ikkje finansiert", need: .needsFinancing),
        Expected(remark: "Krev kommunal finansiering", need: .needsFinancing, source: "KOM"),
        Expected(remark: "Søke midler fra Viken", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Søkje midlar frå fylket", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Søkt midler fra Viken", need: .fundsApplied, source: "VIKEN"),
        Expected(remark: "Søknad sendt Viken", need: .fundsApplied),
        Expected(remark: "Delvis finansiert", need: .partlyFinanced),
        Expected(remark: "Delfinansiert", need: .partlyFinanced),
        Expected(remark: "Finansiert", need: .financed),
        Expected(remark: "Fullfinansiert", need: .financed),
        Expected(remark: "Innanfor budsjett", need: .financed),
        Expected(remark: "Innenfor budsjett", need: .financed),
        Expected(remark: "Uavklart finansiering", need: .uncertain),
        Expected(remark: "Krev ein prosjektleiar", need: .needsResource, resource: "prosjektleiar"),
        Expected(remark: "Treng ei stilling", need: .needsResource, resource: "stilling"),
        Expected(remark: "kr 75 000,-", need: .costEstimate, cost: 75_000, per: .once),
        Expected(remark: "1,5 mill.", need: .costEstimate, cost: 1_500_000, per: .once),
        Expected(remark: "Kostnad 2 MNOK per år", need: .costEstimate, cost: 2_000_000, per: .perYear),
        Expected(remark: "NOK 400.000", need: .costEstimate, cost: 400_000, per: .once),
        Expected(remark: "Kostnad 50 tusen", need: .costEstimate, cost: 50_000, per: .once),
        Expected(remark: "Kostar 100 000 kvart år", need: .costEstimate, cost: 100_000, per: .perYear),
        Expected(remark: "Koster 100 000 hvert år", need: .costEstimate, cost: 100_000, per: .perYear),
        Expected(remark: "Kostnad 80 000/år", need: .costEstimate, cost: 80_000, per: .perYear),
        Expected(remark: "Kostnad 80 000 årleg", need: .costEstimate, cost: 80_000, per: .perYear),
        Expected(
            remark: "Krev finansiering, ca. 200 000 kr", need: .needsFinancing, cost: 200_000, per: .once),
        Expected(
            remark: "Søke midlar frå Viken, kostnad 250 000", need: .applyForFunds, source: "VIKEN",
            cost: 250_000,
            per: .once),
        Expected(remark: "Søkt 2021", need: .fundsApplied),
        Expected(remark: "Søke midlar i 2022", need: .applyForFunds),
        Expected(remark: "Kostnad ukjend", need: .costEstimate, unreadable: true),
        Expected(remark: "Kostnad: ?", need: .costEstimate, unreadable: true),
        Expected(remark: "Kostnad ca. x mill.", need: .costEstimate, unreadable: true),
        Expected(remark: "Sjå sak 2021/123", need: .none),
        Expected(remark: "Gjennomført i 2 kommunar", need: .none),
        Expected(remark: "Fase 2 krev finansiering", need: .needsFinancing),
        Expected(remark: "Krev finansiering for 1 – 2 personar", need: .needsFinancing),
        Expected(remark: "Krev finansiering 300000", need: .needsFinancing, cost: 300_000, per: .once),
        Expected(remark: "Kostnad 500", need: .costEstimate, unreadable: true),
        Expected(remark: "Krev finansiering, kostnad 500", need: .needsFinancing, unreadable: true),
        Expected(remark: "Møte 10.04.2021, kostnad 50 000", need: .costEstimate, cost: 50_000, per: .once),
        Expected(remark: "Pilot i 3 kommunar", need: .none),
        Expected(remark: "Ingen kostnad", need: .none),
        Expected(remark: "Ingen kostnader for kommunane", need: .none),
        Expected(remark: "Kostnadsfritt", need: .none),
        Expected(remark: "Kostnad 0,5 årsverk", need: .needsResource, resource: "0,5 årsverk"),
        Expected(remark: "Krev 50 % stilling", need: .needsResource, resource: "50 % stilling"),
        Expected(remark: "Behov for prosjektleiar", need: .needsResource, resource: "prosjektleiar"),
        Expected(remark: "Innvilga frå Viken", need: .financed, source: "VIKEN"),
        Expected(remark: "Midlar frå Viken er innvilga", need: .financed, source: "VIKEN"),
        Expected(remark: "Fått tilsagn frå Viken", need: .financed, source: "VIKEN"),
        Expected(remark: "Tilsagn 300 000", need: .financed, cost: 300_000, per: .once),
        Expected(
            remark: "Bevilget 200 000 fra Viken", need: .financed, source: "VIKEN", cost: 200_000, per: .once),
        Expected(remark: "Søkt og innvilga", need: .financed),
        Expected(remark: "Finansiert av Viken", need: .financed, source: "VIKEN"),
        Expected(remark: "Dekt av kommunane", need: .financed, source: "KOM"),
        Expected(remark: "Delvis innvilga frå Viken", need: .partlyFinanced, source: "VIKEN"),
        Expected(remark: "Søke om tilsagn frå Viken", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Søkt Viken, ventar på svar", need: .fundsApplied, source: "VIKEN"),
        Expected(remark: "Venter på svar fra Viken", need: .fundsApplied, source: "VIKEN"),
        Expected(remark: "Søkt, fekk avslag", need: .needsFinancing),
        Expected(remark: "Ikke innvilget", need: .needsFinancing),
        Expected(remark: "Skal søkast", need: .applyForFunds),
        Expected(remark: "Søkes fra fylket", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Søknad til Viken", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Krev finansiering av prosjektstilling", need: .needsFinancing),
        Expected(remark: "Søke midlar frå ulike kjelder", need: .applyForFunds),
        Expected(
            remark: "Søke midlar frå Viken, kommunal eigenandel 100 000", need: .applyForFunds,
            source: "VIKEN",
            cost: 100_000, per: .once),
        Expected(remark: "Gjennomført 2021", need: .none),
    ]

    @Test(arguments: formCases)
    func forms(_ expected: Expected) {
        check(expected)
    }

    /// Bokmål (and nynorsk) phrasings that name the source right after the verb or after `av`/`til`,
    /// with the Hallingdal registry.
    static let sourceCases: [Expected] = [
        Expected(remark: "Søkes Viken", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Søkt fylket", need: .fundsApplied, source: "VIKEN"),
        Expected(remark: "Søkjast Viken fylkeskommune", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Søknad til fylket", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Delfinansiert av Viken", need: .partlyFinanced, source: "VIKEN"),
        Expected(remark: "Delfinansiert av fylket", need: .partlyFinanced, source: "VIKEN"),
        Expected(remark: "Finansiert av fylkeskommunen", need: .financed, source: "VIKEN"),
        Expected(remark: "Finansiert av kommunane", need: .financed, source: "KOM"),
        Expected(
            remark: "Søkes Vestland fylkeskommune", need: .applyForFunds, source: "Vestland fylkeskommune"),
        Expected(remark: "Søkt Forskningsrådet", need: .fundsApplied, source: "Forskningsrådet"),
        Expected(
            remark: "Søkt Innovasjon Norge, venter svar", need: .fundsApplied, source: "Innovasjon Norge"),
        Expected(remark: "Søknad til Statsforvalteren", need: .applyForFunds, source: "Statsforvalteren"),
        Expected(remark: "Delfinansiert av staten", need: .partlyFinanced, source: "staten"),
        Expected(remark: "Finansiert av Statens vegvesen", need: .financed, source: "Statens vegvesen"),
        Expected(remark: "Dekket av Norges forskningsråd.", need: .financed, source: "Norges forskningsråd"),
        Expected(
            remark: "Søke midler fra Sparebankstiftelsen DNB", need: .applyForFunds,
            source: "Sparebankstiftelsen DNB"),
        // No name after the verb: the source is after `fra`, or there is none.
        Expected(remark: "Søkt midler fra Viken", need: .fundsApplied, source: "VIKEN"),
        Expected(remark: "Søkes Midler fra Viken", need: .applyForFunds, source: "VIKEN"),
        Expected(remark: "Søkt i 2024", need: .fundsApplied),
        Expected(remark: "Søkt Mai 2024", need: .fundsApplied),
        Expected(remark: "Søkt, ikke svar", need: .fundsApplied),
        // `av` and `til` not about paying: no source.
        Expected(remark: "Krever finansiering av Prosjektleder", need: .needsFinancing),
        Expected(remark: "Søke midler til Hyttehallingen", need: .applyForFunds),
        Expected(remark: "Finansiert av Viken. Gol er pilot", need: .financed, source: "VIKEN"),
    ]

    @Test(arguments: sourceCases)
    func sources(_ expected: Expected) {
        check(expected)
    }

    /// The four bokmål cases, read by a new region's empty registry: every source is named.
    @Test func aNewRegionNamesItsSources() {
        let reader = FinancingReader(registry: PartyRegistry())
        let sources = [
            "Søkes Vestland fylkeskommune", "Søkt Forskningsrådet", "Delfinansiert av staten",
            "Delfinansiert av fylket", "Søknad til Statsforvalteren", "Finansiert av Statens vegvesen",
        ].map { reader.read($0).source }
        #expect(
            sources == [
                .unregistered("Vestland fylkeskommune"), .unregistered("Forskningsrådet"),
                .unregistered("staten"),
                .unregistered("fylket"), .unregistered("Statsforvalteren"), .unregistered("Statens vegvesen"),
            ])
    }

    @Test func unregisteredSourceIsKeptByName() {
        let financing = reader.read("Søke midlar frå Sparebankstiftelsen")
        #expect(financing.need == .applyForFunds)
        #expect(financing.source == .unregistered("Sparebankstiftelsen"))
    }

    @Test func unfinancedNeeds() {
        #expect(!Financing.Need.none.isUnfinanced)
        #expect(!Financing.Need.financed.isUnfinanced)
        let unfinanced: [Financing.Need] = [
            .needsFinancing, .applyForFunds, .fundsApplied, .partlyFinanced, .uncertain, .needsResource,
            .costEstimate,
        ]
        #expect(unfinanced.allSatisfy { $0.isUnfinanced })
        #expect(Set(unfinanced + [.none, .financed]) == Set(Financing.Need.allCases))
        #expect(reader.read("Krev finansiering").isUnfinanced)
        #expect(!reader.read("Innanfor budsjett").isUnfinanced)
    }
}
