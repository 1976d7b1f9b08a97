/// Checks of the parameters, purposes, pools and business documents.
extension ConfigurationValidator {
    /// Field and reference checks of the automation parameters.
    static func parameterViolations(_ context: ValidationContext) -> [Violation] {
        let parameters = context.configuration.parameters
        var list = ViolationList(entity: EntityName.parameters)
        if !FieldSyntax.isCurrencyCode(parameters.companyCurrency) {
            list.report(
                .field, field: "companyCurrency",
                "'\(parameters.companyCurrency)' is not a currency code of three capital letters like RUB",
                russian: "'\(parameters.companyCurrency)' — не код валюты из трёх заглавных букв, например RUB")
        }
        if parameters.historyRetentionDays < 1 {
            list.report(
                .field, field: "historyRetentionDays",
                "history must be kept at least 1 day, not \(parameters.historyRetentionDays)",
                russian: "историю нужно хранить не меньше 1 дня, а не \(parameters.historyRetentionDays)")
        }
        if let sequenceID = FieldSyntax.nonEmpty(parameters.defaultLetterSequenceID),
           !context.letterSequenceIDs.contains(sequenceID)
        {
            list.report(
                .reference, field: "defaultLetterSequenceID", "there is no letter sequence \(sequenceID)",
                russian: "последовательность писем \(sequenceID) не существует")
        }
        checkPredictions(parameters.predictions, context, into: &list)
        return list.sortedByRule
    }

    private static func checkPredictions(
        _ predictions: PredictionParameters, _ context: ValidationContext,
        into list: inout ViolationList
    ) {
        let benchmarks = [
            ("predictions.lateBenchmarkPercent", predictions.lateBenchmarkPercent),
            ("predictions.veryLateBenchmarkPercent", predictions.veryLateBenchmarkPercent),
        ]
        for (field, percent) in benchmarks where !(0...100).contains(percent) {
            list.report(
                .field, field: field, "a benchmark is a percentage from 0 to 100, not \(percent)",
                russian: "порог — процент от 0 до 100, а не \(percent)")
        }
        if predictions.veryLatePeriodDays < 1 {
            list.report(
                .field, field: "predictions.veryLatePeriodDays",
                "the very-late period must be at least 1 day, not \(predictions.veryLatePeriodDays)",
                russian: "период сильного опоздания — не меньше 1 дня, а не \(predictions.veryLatePeriodDays)")
        }
        let templates = [
            ("predictions.lateActivityTemplateID", predictions.lateActivityTemplateID),
            ("predictions.veryLateActivityTemplateID", predictions.veryLateActivityTemplateID),
        ]
        for (field, templateID) in templates {
            if let templateID = FieldSyntax.nonEmpty(templateID),
               !context.activityTemplateIDs.contains(templateID)
            {
                list.report(
                    .reference, field: field, "there is no activity template \(templateID)",
                    russian: "шаблон действия \(templateID) не существует")
            }
        }
    }

    /// Field checks of an entity that has nothing to check but its id: a purpose, or a pool (whose
    /// criteria the criteria parser checks).
    ///
    /// - Parameters:
    ///   - index: The position of the entity among `ids`.
    ///   - ids: The ids of every entity of the kind, in configuration order.
    ///   - kind: The kind in words, e.g. `pool`.
    static func idViolations(at index: Int, among ids: [String], kind: EntityKind) -> [Violation] {
        var list = ViolationList(entity: EntityName.of(kind, id: ids[index], index: index))
        list.checkID(at: index, among: ids, kind: kind)
        return list.sortedByRule
    }

    /// Range-syntax errors of the criteria of the pool at `index`, each naming its position.
    static func criterionViolations(ofPoolAt index: Int, _ pools: [CustomerPool]) -> [Violation] {
        let pool = pools[index]
        var list = ViolationList(entity: EntityName.of(.pool, id: pool.id, index: index))
        for (position, criterion) in pool.criteria.enumerated() {
            do {
                _ = try RangeExpression(parsing: criterion)
            } catch {
                list.report(
                    .field, field: "criteria[\(position)].range", error.description,
                    russian: error.russianDescription)
            }
        }
        return list.violations
    }

    /// Field checks of the activity template at `index`.
    static func activityTemplateViolations(at index: Int, _ context: ValidationContext) -> [Violation] {
        let templates = context.configuration.activityTemplates
        let template = templates[index]
        var list = ViolationList(
            entity: EntityName.of(.activityTemplate, id: template.id, index: index))
        list.checkID(at: index, among: templates.map(\.id), kind: .activityTemplate)
        list.checkNotNegative(
            template.daysToComplete, field: "daysToComplete",
            what: ("the days to complete", "дней на выполнение"))
        return list.sortedByRule
    }

    /// C8, R15 and field checks of the email template at `index`.
    static func emailTemplateViolations(at index: Int, _ context: ValidationContext) -> [Violation] {
        let templates = context.configuration.emailTemplates
        let template = templates[index]
        var list = ViolationList(entity: EntityName.of(.emailTemplate, id: template.id, index: index))
        list.checkID(at: index, among: templates.map(\.id), kind: .emailTemplate)
        list.checkLanguageTag(template.defaultLanguage, field: "defaultLanguage")
        let languages = template.messages.map(\.language)
        list.checkLanguages(languages, listField: "messages", noun: ("messages", "сообщения"))
        if FieldSyntax.isLanguageTag(template.defaultLanguage),
           !languages.contains(template.defaultLanguage)
        {
            list.report(
                .c8, field: "messages",
                "there is no message in the default language \(template.defaultLanguage)",
                russian: "нет сообщения на языке по умолчанию \(template.defaultLanguage)")
        }
        if !FieldSyntax.isPlausibleEmailAddress(template.senderEmail) {
            list.report(
                .c8, field: "senderEmail",
                "'\(template.senderEmail)' is not a valid email address like collections@example.com",
                russian: "'\(template.senderEmail)' — не адрес эл. почты вида collections@example.com")
        }
        checkPlaceholders(of: template, into: &list)
        return list.sortedByRule
    }

    /// Field checks of the letter sequence at `index`: levels 1…n, only the last final, a text
    /// in every level; and R15 for every text.
    static func letterSequenceViolations(at index: Int, _ context: ValidationContext) -> [Violation] {
        let sequences = context.configuration.letterSequences
        let sequence = sequences[index]
        var list = ViolationList(entity: EntityName.of(.letterSequence, id: sequence.id, index: index))
        list.checkID(at: index, among: sequences.map(\.id), kind: .letterSequence)
        // A decoded document does not pass through the initialiser that sorts the levels.
        let levels = sequence.levels.sorted { $0.level < $1.level }
        let numbers = levels.map(\.level)
        if levels.isEmpty {
            list.report(
                .field, field: "levels", "a letter sequence needs at least one level",
                russian: "в последовательности писем нужен хотя бы один уровень")
        } else if numbers != Array(1...levels.count) {
            list.report(
                .field, field: "levels",
                "levels must be numbered 1 to \(levels.count) without gaps or repeats, not "
                    + numbers.map(String.init).joined(separator: ", "),
                russian: "уровни нумеруются от 1 до \(levels.count) без пропусков и повторов, а не "
                    + numbers.map(String.init).joined(separator: ", "))
        }
        for level in levels {
            checkLevel(level, isLast: level.level == numbers.last, into: &list)
        }
        return list.sortedByRule
    }

    private static func checkLevel(_ level: LetterLevel, isLast: Bool, into list: inout ViolationList) {
        let field = "levels[\(level.level)]"
        if level.isFinal && !isLast {
            list.report(
                .field, field: field + ".isFinal", "only the last level may be final",
                russian: "последним может быть только последний уровень")
        }
        if level.texts.isEmpty {
            list.report(
                .field, field: field + ".texts", "a level needs a text in at least one language",
                russian: "у уровня должен быть текст хотя бы на одном языке")
        }
        list.checkLanguages(level.texts.map(\.language), listField: field + ".texts", noun: ("texts", "текста"))
        checkPlaceholders(of: level, into: &list)
    }
}
