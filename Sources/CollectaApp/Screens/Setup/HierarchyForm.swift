import CollectaCore
import Foundation
import TerminalUI

/// The values of the process hierarchy form.
struct HierarchyDraft {
    var id = ""
    var description = ""
    var rank = 1
    var poolID = ""
    var quietDays = 0
    var exclusionRule = ExclusionRule.none
    /// In minor units of the company currency.
    var exclusionAmount = 0
    var usesPredictions = false
    var usesTrackStep = false
    var includesSalesOrders = true
    var includesFreeText = true
    var includesProjects = true
    var includesGeneralJournal = true
    var preDunsWhenOverdue = false
    var isActive = true

    init() {}

    init(_ hierarchy: ProcessHierarchy) {
        id = hierarchy.id
        description = hierarchy.description
        rank = hierarchy.rank
        poolID = hierarchy.poolID
        quietDays = hierarchy.quietDays
        exclusionRule = hierarchy.exclusionRule
        exclusionAmount = Int(hierarchy.exclusionAmount.minorUnits)
        usesPredictions = hierarchy.usesPredictions
        usesTrackStep = hierarchy.usesTrackStep
        includesSalesOrders = hierarchy.includedOrigins.contains(.salesOrder)
        includesFreeText = hierarchy.includedOrigins.contains(.freeText)
        includesProjects = hierarchy.includedOrigins.contains(.project)
        includesGeneralJournal = hierarchy.includedOrigins.contains(.generalJournal)
        preDunsWhenOverdue = hierarchy.preDunsWhenOverdue
        isActive = hierarchy.isActive
    }

    /// The origin checkboxes in declaration order.
    static var originPaths: [(InvoiceOrigin, WritableKeyPath<HierarchyDraft, Bool>)] {
        [
            (.salesOrder, \.includesSalesOrders), (.freeText, \.includesFreeText),
            (.project, \.includesProjects), (.generalJournal, \.includesGeneralJournal),
        ]
    }

    /// The hierarchy with these values and `steps`.
    func hierarchy(steps: [ProcessStep]) -> ProcessHierarchy {
        ProcessHierarchy(
            id: id.trimmingCharacters(in: .whitespaces), description: description, rank: rank, poolID: poolID,
            quietDays: quietDays, exclusionRule: exclusionRule,
            exclusionAmount: Money(minorUnits: Int64(exclusionAmount)), usesPredictions: usesPredictions,
            usesTrackStep: usesTrackStep,
            includedOrigins: Self.originPaths.filter { self[keyPath: $0.1] }.map(\.0),
            preDunsWhenOverdue: preDunsWhenOverdue, isActive: isActive, steps: steps)
    }
}

/// The process hierarchy form: every field of a hierarchy except its steps; the id only when
/// the hierarchy is new.
struct HierarchyForm: SetupFormSpec {
    let context: AppContext
    /// The hierarchy being edited; nil for a new one.
    let original: ProcessHierarchy?
    let pools: [CustomerPool]

    /// The form screen for a new hierarchy (`editing` nil, ranked after the last) or an existing one.
    static func screen(
        editing hierarchy: ProcessHierarchy?, in configuration: CollectionsConfiguration, context: AppContext
    ) -> SetupFormScreen<HierarchyForm> {
        var draft = hierarchy.map(HierarchyDraft.init) ?? HierarchyDraft()
        if hierarchy == nil { draft.rank = (configuration.hierarchies.map(\.rank).max() ?? 0) + 1 }
        let spec = HierarchyForm(context: context, original: hierarchy, pools: configuration.pools)
        return SetupFormScreen(spec: spec, draft: draft, context: context)
    }

    var title: String {
        context.text(original == nil ? SetupTexts.newHierarchyTitle : SetupTexts.editHierarchyTitle)
    }

    var headerLines: [String] {
        guard let original else { return [] }
        return [context.text(SetupTexts.idReadOnly) + ": " + original.id, ""]
    }

    /// The violation field each form field answers for, in field order.
    var fieldKeys: [String] {
        (original == nil ? ["id"] : []) + [
            "description", "rank", "poolID", "quietDays", "exclusionRule", "exclusionAmount",
            "usesPredictions", "usesTrackStep",
        ] + HierarchyDraft.originPaths.map { "includedOrigins.\($0.0.rawValue)" } + ["preDunsWhenOverdue", "isActive"]
    }

    func makeForm(_ draft: HierarchyDraft) -> Form<HierarchyDraft> {
        let text = context.text
        var fields: [FormField<HierarchyDraft>] = []
        if original == nil {
            let required = context.formStrings.required
            fields.append(.text(text(SetupTexts.id), \.id) { $0.trimmingCharacters(in: .whitespaces).isEmpty ? required : nil })
        }
        fields += [
            .text(text(SetupTexts.description), \.description),
            .integer(text(SetupTexts.rank), \.rank),
            .choice(text(SetupTexts.pool), \.poolID, options: pools.map { ($0.id, $0.id + " — " + $0.description) }),
            .integer(text(SetupTexts.quietDays), \.quietDays),
            .choice(text(SetupTexts.exclusionRule), \.exclusionRule,
                    options: ExclusionRule.allCases.map { ($0, SetupLabels.exclusion($0)(context.language)) }),
            .money(text(SetupTexts.exclusionAmount), \.exclusionAmount),
            .checkbox(text(SetupTexts.usesPredictions), \.usesPredictions),
            .checkbox(text(SetupTexts.usesTrackStep), \.usesTrackStep),
        ]
        fields += HierarchyDraft.originPaths.map { origin, path in
            .checkbox(text(SetupTexts.includedOrigin) + " " + SetupLabels.origin(origin)(context.language), path)
        }
        fields += [
            .checkbox(text(SetupTexts.preDunsWhenOverdue), \.preDunsWhenOverdue),
            .checkbox(text(SetupTexts.active), \.isActive),
        ]
        return Form(draft: draft, fields: fields, strings: context.formStrings)
    }

    func fieldIndex(of violation: Violation, draft: HierarchyDraft) -> Int? {
        let id = original?.id ?? draft.id.trimmingCharacters(in: .whitespaces)
        guard violation.entity == "hierarchy \(id)", !violation.field.hasPrefix("steps[") else { return nil }
        let key = violation.field == "includedOrigins" ? "includedOrigins.salesOrder" : violation.field
        return fieldKeys.firstIndex(of: key) ?? fieldKeys.firstIndex(of: "description")
    }

    /// Replaces the edited hierarchy (or adds the new one) at the end, so that a clash with
    /// another hierarchy (C1 rank, C2 pool) is reported on this one.
    func apply(_ draft: HierarchyDraft, to configuration: inout CollectionsConfiguration) {
        let steps = original.flatMap { original in configuration.hierarchies.first { $0.id == original.id }?.steps } ?? []
        var edited = draft.hierarchy(steps: steps)
        if let original {
            edited.id = original.id
            configuration.hierarchies.removeAll { $0.id == original.id }
        }
        configuration.hierarchies.append(edited)
    }

    func selection(after draft: HierarchyDraft) -> SetupSelection {
        SetupSelection(hierarchyID: original?.id ?? draft.id.trimmingCharacters(in: .whitespaces), line: nil)
    }

    func revised(_ form: Form<HierarchyDraft>, after previous: Form<HierarchyDraft>) -> Form<HierarchyDraft>? {
        nil
    }
}
