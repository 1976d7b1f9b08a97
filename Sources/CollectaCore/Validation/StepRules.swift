/// Checks of a hierarchy's steps: C3, C4, C5, C6, lines, days and references.
extension ConfigurationValidator {
    /// The violations of the step at `stepIndex` of the hierarchy at `hierarchyIndex`.
    static func stepViolations(
        at stepIndex: Int, ofHierarchyAt hierarchyIndex: Int, _ context: ValidationContext
    ) -> [Violation] {
        let hierarchy = context.configuration.hierarchies[hierarchyIndex]
        let step = hierarchy.steps[stepIndex]
        let earlier = hierarchy.steps[..<stepIndex]
        var list = ViolationList(
            entity: EntityName.step(line: step.line, of: hierarchy, index: hierarchyIndex))
        let prefix = "steps[\(step.line)]."
        checkLine(of: step, after: earlier, prefix: prefix, into: &list)
        list.checkNotNegative(step.days, field: prefix + "days", what: ("the days", "число дней"))
        checkPreDunning(of: step, after: earlier, prefix: prefix, into: &list)
        checkDocument(of: step, prefix: prefix, context, into: &list)
        checkRecipient(of: step, prefix: prefix, context, into: &list)
        checkOffset(of: step, after: earlier, prefix: prefix, into: &list)
        return list.sortedByRule
    }

    /// A positive line that no earlier step of the hierarchy has.
    private static func checkLine(
        of step: ProcessStep, after earlier: ArraySlice<ProcessStep>, prefix: String,
        into list: inout ViolationList
    ) {
        if step.line < 1 {
            list.report(
                .field, field: prefix + "line", "the line must be a positive whole number, not \(step.line)",
                russian: "номер строки должен быть целым положительным числом, а не \(step.line)")
        } else if earlier.contains(where: { $0.line == step.line }) {
            list.report(
                .field, field: prefix + "line", "another step of the hierarchy has line \(step.line)",
                russian: "строка \(step.line) уже есть у другого шага иерархии")
        }
    }

    /// C3: one pre-dunning step per hierarchy, an Activity or an Email.
    private static func checkPreDunning(
        of step: ProcessStep, after earlier: ArraySlice<ProcessStep>, prefix: String,
        into list: inout ViolationList
    ) {
        guard step.isPreDunning else { return }
        if step.action == .letter {
            list.report(
                .c3, field: prefix + "action", "a pre-dunning step must be an activity or an email step",
                russian: "шаг предварительного напоминания — это действие или эл. почта")
        }
        if step.timing != .before || step.days < 1 {
            // R10 acts only on invoices not yet due, within the window t(p) ≤ d < 0.
            list.report(
                .field, field: prefix + "days",
                "a pre-dunning step runs before the due date: its timing must be before and its days at least 1",
                russian: "шаг предварительного напоминания выполняется до срока оплаты: "
                    + "срок — «до», дней — не меньше 1")
        }
        if let first = earlier.first(where: \.isPreDunning) {
            list.report(
                .c3, field: prefix + "isPreDunning",
                "line \(first.line) is already the pre-dunning step; a hierarchy has at most one",
                russian: "строка \(first.line) уже шаг предварительного напоминания; в иерархии он один")
        }
    }

    /// C4: an activity step names an activity template, an email step an email template, a letter
    /// step nothing; a named template that does not exist at all is a dangling reference.
    private static func checkDocument(
        of step: ProcessStep, prefix: String, _ context: ValidationContext,
        into list: inout ViolationList
    ) {
        let field = prefix + "documentID"
        let documentID = FieldSyntax.nonEmpty(step.documentID)
        guard let expected = context.templates(for: step.action) else {
            if let documentID {
                list.report(
                    .c4, field: field, "a collection letter step has no business document, not \(documentID)",
                    russian: "у письма-напоминания нет бизнес-документа, а указан \(documentID)")
            }
            return
        }
        let needs = "an \(step.action.rawValue) step needs an \(expected.kind.english)"
        let russianAction = step.action == .activity ? "Действие" : "Эл. почта"
        let russianNeeds = "шагу «\(russianAction)» нужен \(expected.kind.russian)"
        guard let documentID else {
            list.report(.c4, field: field, needs, russian: russianNeeds)
            return
        }
        if expected.ids.contains(documentID) { return }
        let otherTemplates = ActionType.allCases.compactMap(context.templates(for:))
        if let other = otherTemplates.first(where: { $0.ids.contains(documentID) }) {
            list.report(
                .c4, field: field, "\(documentID) is an \(other.kind.english); \(needs)",
                russian: "\(documentID) — это \(other.kind.russian); \(russianNeeds)")
        } else {
            list.report(
                .reference, field: field, "there is no \(expected.kind.english) \(documentID)",
                russian: "\(expected.kind.russian) \(documentID) не существует")
        }
    }

    /// C5: an email step has a recipient; a Customer recipient has a contact purpose, which
    /// exists.
    private static func checkRecipient(
        of step: ProcessStep, prefix: String, _ context: ValidationContext,
        into list: inout ViolationList
    ) {
        if step.action == .email && step.recipient == nil {
            list.report(
                .c5, field: prefix + "recipient", "an email step needs a recipient",
                russian: "шагу «Эл. почта» нужен получатель")
        }
        let field = prefix + "contactPurposeID"
        let purposeID = FieldSyntax.nonEmpty(step.contactPurposeID)
        if step.recipient == .customer && purposeID == nil {
            list.report(
                .c5, field: field, "a Customer recipient needs a business contact purpose",
                russian: "получателю «Клиент» нужна цель контакта")
        }
        if let purposeID, !context.purposeIDs.contains(purposeID) {
            list.report(
                .reference, field: field, "there is no contact purpose \(purposeID)",
                russian: "цель контакта \(purposeID) не существует")
        }
    }

    /// C6: no earlier non-pre-dunning step has the same signed offset.
    private static func checkOffset(
        of step: ProcessStep, after earlier: ArraySlice<ProcessStep>, prefix: String,
        into list: inout ViolationList
    ) {
        guard !step.isPreDunning,
              let other = earlier.first(where: { !$0.isPreDunning && $0.signedOffset == step.signedOffset })
        else { return }
        let offset = step.signedOffset > 0 ? "+\(step.signedOffset)" : "\(step.signedOffset)"
        list.report(
            .c6, field: prefix + "days",
            "line \(other.line) already runs on day \(offset) from the due date; "
                + "two steps cannot share a day",
            russian: "строка \(other.line) уже выполняется в день \(offset) от срока оплаты; "
                + "два шага не могут выполняться в один день")
    }
}
