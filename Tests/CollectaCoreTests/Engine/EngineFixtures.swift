import CollectaCore

/// A small world for engine tests: one hierarchy `H` (pool `P`) with the spec's example steps
/// — line 10 email "First notice" After 1, 20 email "Second notice" After 7, 30 letter After 14,
/// 40 activity "Call" After 15 — a pre-dunning email Before 5 (line 5), and one customer `C1`.
struct EngineWorld {
    var hierarchy = ProcessHierarchy(
        id: "H", description: "Standard", rank: 1, poolID: "P", quietDays: 0,
        steps: [
            ProcessStep(line: 5, description: "Friendly reminder", action: .email, documentID: "REMIND",
                        timing: .before, days: 5, isPreDunning: true, recipient: .customer,
                        contactPurposeID: "Collections"),
            ProcessStep(line: 10, description: "First notice", action: .email, documentID: "NOTICE",
                        days: 1, recipient: .customer, contactPurposeID: "Collections"),
            ProcessStep(line: 20, description: "Second notice", action: .email, documentID: "NOTICE",
                        days: 7, recipient: .collectionsAgent),
            ProcessStep(line: 30, description: "Letter", action: .letter, days: 14),
            ProcessStep(line: 40, description: "Call", action: .activity, documentID: "CALL", days: 15),
        ])
    var parameters = AutomationParameters(
        companyName: "ООО «Тест»", companyCurrency: "RUB", defaultLetterSequenceID: "STD",
        predictions: PredictionParameters(
            lateBenchmarkPercent: 60, veryLateBenchmarkPercent: 50,
            lateActivityTemplateID: "PRED-LATE", veryLateActivityTemplateID: "PRED-VERY-LATE"))
    var customer = Customer(
        account: "C1", name: "ООО «Ромашка»", currency: "RUB", language: "ru-RU",
        salesGroupID: "SG", agentID: "A1")
    var contacts = [
        Contact(id: "K2", customerAccount: "C1", name: "Пётр", email: "petr@example.ru",
                purposeIDs: ["Collections"]),
        Contact(id: "K1", customerAccount: "C1", name: "Анна", email: "anna@example.ru",
                purposeIDs: ["Collections", "Invoice"]),
        Contact(id: "K3", customerAccount: "C1", name: "Без почты", purposeIDs: ["Collections"]),
    ]
    var invoices: [Invoice] = []
    var executions: [InvoiceStepExecution] = []
    var predictions: [PaymentPrediction] = []
    var predictionMarks: [PredictionMark] = []
    var lastContact: LocalDate?
    var letterLevel = 0
    var manualHierarchyID: String?
    var matchingPools: Set<String> = ["P"]
    var completed: Set<String> = []
    var filter: String?

    var configuration: CollectionsConfiguration {
        CollectionsConfiguration(
            parameters: parameters,
            purposes: [ContactPurpose(id: "Collections", description: "")],
            pools: [CustomerPool(id: "P", description: "")],
            activityTemplates: [
                ActivityTemplate(id: "CALL", name: "Call", daysToComplete: 2),
                ActivityTemplate(id: "PRED-LATE", name: "Late"),
                ActivityTemplate(id: "PRED-VERY-LATE", name: "Very late"),
            ],
            emailTemplates: ["REMIND", "NOTICE"].map { id in
                EmailTemplate(
                    id: id, description: "", defaultLanguage: "en", senderName: "Co",
                    senderEmail: "ar@example.com",
                    messages: [
                        EmailMessage(language: "en", subject: "s", htmlBody: "b"),
                        EmailMessage(language: "ru", subject: "т", htmlBody: "т"),
                    ])
            },
            letterSequences: [
                LetterSequence(id: "STD", description: "", levels: (1...3).map { level in
                    LetterLevel(level: level, isFinal: level == 3, texts: [
                        LetterText(language: "en", title: "L\(level)", body: "b"),
                    ])
                }),
            ],
            hierarchies: [hierarchy])
    }

    /// The engine's decision for the customer on `date` (ISO).
    func decide(on date: String) -> CustomerDecision {
        let context = RunContext(
            configuration: configuration, runDate: day(date), hierarchyFilter: filter,
            completedHierarchies: completed,
            salesGroups: [SalesGroup(id: "SG", name: "Sales", members: [
                SalesGroupMember(name: "Seller", email: "seller@example.com"),
            ])],
            agents: [CollectionsAgent(id: "A1", name: "Agent", email: "agent@example.com")])
        let customerCase = CustomerCase(
            customer: customer, matchingPoolIDs: matchingPools, manualHierarchyID: manualHierarchyID,
            openInvoices: invoices, executions: executions, predictions: predictions,
            predictionMarks: predictionMarks, contacts: contacts, lastContactDate: lastContact,
            letterLevel: letterLevel)
        return CollectionsEngine.decide(customerCase, in: context)
    }

    /// Adds an open invoice of 1000.00 due on `due`.
    mutating func addInvoice(
        _ id: String, due: String, issued: String = "2025-12-01", amount: String = "1000.00",
        status: CollectionsStatus = .notDisputed, origin: InvoiceOrigin = .salesOrder
    ) {
        let money = Money(decimal: amount)!
        invoices.append(Invoice(
            id: id, customerAccount: "C1", voucher: "V-\(id)", origin: origin, invoiceDate: day(issued),
            dueDate: day(due), amount: money, openAmount: money, currency: "RUB", status: status))
    }

    /// Records that `invoice` had step `line` on `date`.
    mutating func recordStep(_ line: Int, for invoice: String, on date: String) {
        executions.append(InvoiceStepExecution(
            invoiceID: invoice, hierarchyID: "H", stepLine: line, executedOn: day(date)))
    }

    mutating func updateStep(_ line: Int, _ change: (inout ProcessStep) -> Void) {
        let index = hierarchy.steps.firstIndex { $0.line == line }!
        change(&hierarchy.steps[index])
    }
}

func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

extension CustomerDecision {
    /// `kind:line:invoice` of each action, e.g. `email:20:I1`.
    var summary: [String] {
        actions.map { "\($0.kind.rawValue):\($0.stepLine.map(String.init) ?? "-"):\($0.invoice.id)" }
    }
}
