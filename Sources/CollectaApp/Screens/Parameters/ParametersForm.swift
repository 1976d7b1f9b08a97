import CollectaCore
import Foundation
import TerminalUI

/// The fields of the parameters form, bound to `AutomationParameters`.
enum ParametersForm {
    /// The form over `parameters`; `refusals` are the messages of a refused save.
    static func make(
        _ parameters: AutomationParameters, configuration: CollectionsConfiguration, context: AppContext,
        refusals: SavedValueRefusals<AutomationParameters>? = nil
    ) -> Form<AutomationParameters> {
        let refusals = refusals ?? SavedValueRefusals(draft: parameters)
        let text = context.text
        let sequences = [(value: String?.none, label: text(ParametersTexts.none))]
            + configuration.letterSequences.map { (value: String?.some($0.id), label: "\($0.id) — \($0.description)") }
        let templates = [(value: String?.none, label: text(ParametersTexts.none))]
            + configuration.activityTemplates.map { (value: String?.some($0.id), label: "\($0.id) — \($0.name)") }
        let fields: [FormField<AutomationParameters>] = [
            .text(text(ParametersTexts.companyName), \.companyName,
                  validate: refusals.validator("companyName", \.companyName, local: required(context))),
            .text(text(ParametersTexts.companyAddress), \.companyAddressLine,
                  validate: refusals.validator("companyAddress", \.companyAddressLine)),
            .text(text(ParametersTexts.companyCurrency), \.companyCurrency,
                  validate: refusals.validator("companyCurrency", \.companyCurrency, local: currency(context))),
            .checkbox(text(ParametersTexts.postsLetters), \.postsLettersAutomatically),
            .checkbox(text(ParametersTexts.createsActivities), \.createsActivitiesForAutomations),
            .integer(text(ParametersTexts.retentionDays), \.historyRetentionDays,
                     validate: refusals.validator("historyRetentionDays", \.historyRetentionDays,
                                                  local: atLeastOneDay(context))),
            .checkbox(text(ParametersTexts.excludesInvoice), \.excludesInvoiceAfterLastStep),
            .choice(text(ParametersTexts.defaultSequence), \.defaultLetterSequenceID, options: sequences,
                    validate: refusals.validator("defaultLetterSequenceID", \.defaultLetterSequenceID)),
        ] + predictionFields(templates: templates, refusals: refusals, context: context)
        return Form(draft: parameters, fields: fields, strings: context.formStrings)
    }

    private static func predictionFields(
        templates: [(value: String?, label: String)], refusals: SavedValueRefusals<AutomationParameters>,
        context: AppContext
    ) -> [FormField<AutomationParameters>] {
        let text = context.text
        return [
            .integer(text(ParametersTexts.lateBenchmark), \.predictions.lateBenchmarkPercent,
                     validate: refusals.validator("predictions.lateBenchmarkPercent",
                                                  \.predictions.lateBenchmarkPercent, local: percentage(context))),
            .integer(text(ParametersTexts.veryLateBenchmark), \.predictions.veryLateBenchmarkPercent,
                     validate: refusals.validator("predictions.veryLateBenchmarkPercent",
                                                  \.predictions.veryLateBenchmarkPercent, local: percentage(context))),
            .choice(text(ParametersTexts.lateTemplate), \.predictions.lateActivityTemplateID, options: templates,
                    validate: refusals.validator("predictions.lateActivityTemplateID",
                                                 \.predictions.lateActivityTemplateID)),
            .choice(text(ParametersTexts.veryLateTemplate), \.predictions.veryLateActivityTemplateID,
                    options: templates,
                    validate: refusals.validator("predictions.veryLateActivityTemplateID",
                                                 \.predictions.veryLateActivityTemplateID)),
            .text(text(ParametersTexts.lateNote), \.predictions.lateNote,
                  validate: refusals.validator("predictions.lateNote", \.predictions.lateNote)),
            .text(text(ParametersTexts.veryLateNote), \.predictions.veryLateNote,
                  validate: refusals.validator("predictions.veryLateNote", \.predictions.veryLateNote)),
            .integer(text(ParametersTexts.veryLatePeriod), \.predictions.veryLatePeriodDays,
                     validate: refusals.validator("predictions.veryLatePeriodDays", \.predictions.veryLatePeriodDays,
                                                  local: atLeastOneDay(context))),
        ]
    }

    private static func required(_ context: AppContext) -> (String) -> String? {
        let message = context.text(ParametersTexts.companyNameRequired)
        return { $0.allSatisfy(\.isWhitespace) ? message : nil }
    }

    private static func currency(_ context: AppContext) -> (String) -> String? {
        let message = context.text(ParametersTexts.currencyProblem)
        return { code in code.count == 3 && code.allSatisfy { ("A"..."Z").contains($0) } ? nil : message }
    }

    private static func percentage(_ context: AppContext) -> (Int) -> String? {
        let message = context.text(ParametersTexts.benchmarkProblem)
        return { (0...100).contains($0) ? nil : message }
    }

    private static func atLeastOneDay(_ context: AppContext) -> (Int) -> String? {
        let message = context.text(ParametersTexts.atLeastOneDay)
        return { $0 >= 1 ? nil : message }
    }
}

extension AutomationParameters {
    /// The separator of the company address's lines when it is edited as one line.
    static let addressLineSeparator = " | "

    /// The company address as one line, its lines separated by " | "; set, each `|` starts a
    /// new line (spaces around lines and empty lines are dropped).
    var companyAddressLine: String {
        get {
            companyAddress.split(whereSeparator: \.isNewline).joined(separator: Self.addressLineSeparator)
        }
        set {
            companyAddress = newValue.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }
}
