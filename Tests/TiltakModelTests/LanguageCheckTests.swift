import Testing
import TiltakLanguage
import TiltakModel

/// Validation warns when a plan's texts clearly are in another language than its `language` says.
@Suite struct LanguageCheckTests {
    /// The sample plan with bokmål texts and remarks, in `language`.
    func bokmalPlan(_ language: Language) throws -> Plan {
        let texts = [
            ("Etablere et felles tilbud for eldre i hele regionen", "Mangler finansiering"),
            ("Utrede flere tjenester sammen med kommunene", "Søkes fra fylket"),
            ("Styrke samarbeidet om forebyggende arbeid", "Ikke startet"),
        ]
        let actions = texts.enumerated().map { index, text in
            SamplePlan.action(
                ActionID("NK-\(index + 1)"), "NK", "Næring", .annual, text: text.0, responsible: ["RR"],
                remark: text.1)
        }
        var plan = try SamplePlan.make(actions: actions)
        plan.language = language
        return plan
    }

    @Test func aBokmalPlanSaidToBeNynorskGetsOneWarning() throws {
        let issues = PlanValidator.validate(try bokmalPlan(.nynorsk)).filter {
            $0.code == "language-mismatch"
        }
        #expect(issues.count == 1)
        let issue = try #require(issues.first)
        #expect(issue.severity == .warning)
        #expect(issue.actionID == nil)
        #expect(
            issue.message
                == "Tekstane ser ut til å vere på bokmål (t.d. «et», «tilbud», «hele»), men planfila seier language: nn (nynorsk); skriv language: nb om dokumenta skal vere på bokmål."
        )
        #expect(
            LanguageCheckMessage.textsLookLike(found: .bokmal, declared: .nynorsk, examples: ["et", "hele"])
                .nb
                == "Tekstene ser ut til å være på bokmål (f.eks. «et», «hele»), men planfilen sier language: nn (nynorsk); skriv language: nb hvis dokumentene skal være på bokmål."
        )
        #expect(
            LanguageCheckMessage.textsLookLike(found: .bokmal, declared: .nynorsk, examples: ["et"]).en
                == "The texts look like Bokmål (e.g. “et”), but the plan file says language: nn (Nynorsk); write language: nb if the documents should be in Bokmål."
        )
    }

    @Test func aBokmalPlanSaidToBeBokmalGetsNone() throws {
        #expect(!PlanValidator.validate(try bokmalPlan(.bokmal)).contains { $0.code == "language-mismatch" })
    }

    @Test func theSamplePlanInNynorskGetsNone() throws {
        #expect(!PlanValidator.validate(try SamplePlan.make()).contains { $0.code == "language-mismatch" })
    }

    @Test func anEnglishPlanSaidToBeNynorskIsNamedEnglish() throws {
        var plan = try bokmalPlan(.nynorsk)
        for index in plan.actions.indices {
            plan.actions[index].text = "Develop the network of the municipalities with the county"
            plan.actions[index].remark = ""
        }
        let issue = PlanValidator.validate(plan).first { $0.code == "language-mismatch" }
        #expect(
            issue?.message.hasPrefix("Tekstane ser ut til å vere på engelsk (t.d. «develop», «the», «of»)")
                == true)
    }
}
