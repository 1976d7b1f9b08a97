import Testing

@testable import CollectaCore

/// Every violation reads in Russian as well as in English: the interface shows the message in the
/// user's language (C1–C10, R15, references and field checks).
@Suite("Configuration validation in Russian")
struct RussianValidationTests {
    /// A configuration breaking at least one check of every validator.
    static let brokenEverywhere = validationViolations {
        breakSeveralRules(&$0)
        $0.parameters.companyCurrency = "rub"
        $0.parameters.predictions.lateBenchmarkPercent = 120
        $0.emailTemplates[0].messages[0].subject = "{{customer.nmae}}"
        $0.emailTemplates[0].defaultLanguage = "english"
        $0.letterSequences[0].levels[2].level = 4
        $0.pools[0].criteria.append(PoolCriterion(field: .openBalance, range: ">"))
        $0.pools.append($0.pools[1])
    }

    @Test("Every violation has a Russian message in Cyrillic that keeps the ids and numbers")
    func everyViolationHasARussianMessage() {
        let violations = Self.brokenEverywhere
        #expect(Set(violations.map(\.rule)).isSuperset(of: [.c1, .c2, .c5, .c6, .c7, .c8, .r15, .reference, .field]))
        for violation in violations {
            #expect(violation.russianMessage.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) },
                    "\(violation)")
            #expect(violation.russianMessage != violation.message, "\(violation)")
            for token in Self.identifiers(in: violation.message) {
                #expect(violation.russianMessage.contains(token), "\(token) missing: \(violation.russianMessage)")
            }
        }
    }

    @Test("C1, C5, C6, REF and R15 read as written for Russian users")
    func exactRussianSentences() {
        let messages = Dictionary(
            Self.brokenEverywhere.map { ("\($0.rule) \($0.entity), \($0.field)", $0.message(russian: true)) },
            uniquingKeysWith: { first, _ in first })
        #expect(messages["C1 hierarchy COLL-RETAIL, rank"] == "ранг 1 уже занят иерархией COLL-B2B")
        #expect(messages["C5 step COLL-B2B line 30, steps[30].recipient"] == "шагу «Эл. почта» нужен получатель")
        #expect(
            messages["C6 step COLL-B2B line 30, steps[30].days"]
                == "строка 20 уже выполняется в день +1 от срока оплаты; два шага не могут выполняться в один день")
        #expect(
            messages["REF step COLL-B2B line 50, steps[50].documentID"]
                == "шаблон действия NOPE не существует")
        #expect(
            messages.values.contains(
                "неизвестная подстановка {{customer.nmae}}; в customer есть account, language, name (строка 1, столбец 1)"))
        #expect(messages.values.contains("критерий openBalance, позиция 1: после '>' ожидается число"))
    }

    @Test("C9 and C10 refusals read in Russian")
    func changeRulesInRussian() {
        let sample = SampleConfiguration.configuration
        let deletion = ConfigurationValidator.deletionViolations(of: .pool("POOL-B2B"), in: sample)
        #expect(deletion.map { $0.message(russian: true) } == ["нельзя удалить, пока используется: hierarchy COLL-B2B"])
        var changed = sample
        changed.updateHierarchy(SampleConfiguration.b2bID) { $0.usesTrackStep = false }
        var tracked = sample
        tracked.updateHierarchy(SampleConfiguration.b2bID) { $0.usesTrackStep = true }
        let track = ConfigurationValidator.trackStepViolations(
            from: tracked, to: changed, hierarchiesWithTrackedHistory: [SampleConfiguration.b2bID])
        #expect(track.map(\.russianMessage) == ["отслеживание шага нельзя выключить: у иерархии уже есть история отслеживания"])
    }

    /// The ids and numbers of an English message: words with a capital letter or a digit.
    private static func identifiers(in message: String) -> [String] {
        message.split(whereSeparator: { " ,;:()'".contains($0) }).map(String.init).filter { word in
            word.contains { $0.isNumber } || (word.first?.isUppercase == true && word.count > 1 && word != "RUB")
        }
    }
}
