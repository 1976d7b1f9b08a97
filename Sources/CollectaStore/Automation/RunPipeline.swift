import CollectaCore
import Dispatch
import Foundation

/// One page of a run as prepared off the write transaction: the customers read, decided and
/// their emails and letters rendered, ready to be written in account order.
struct PreparedPage: Sendable {
    let lastAccount: String
    /// Customers read, including those with nothing to do.
    let customers: Int
    /// The customers with actions, in account order.
    let decisions: [PreparedDecision]
}

/// A customer's actions, each with its rendered document.
struct PreparedDecision: Sendable {
    let customer: Customer
    let actions: [PreparedAction]
}

/// An action and what rendering it gave.
struct PreparedAction: Sendable {
    let action: ProposedAction
    let document: PreparedDocument
}

/// The rendered document of an action.
enum PreparedDocument: Sendable {
    /// Activities, and actions the engine proposed as failed: nothing to render.
    case none
    case email(RenderedEmail)
    case letter(RenderedLetter)
    /// The template could not be rendered: the action fails with this reason.
    case unrenderable(String)
}

/// Reads a run's pages on a read connection and prepares them (engine decisions, rendering),
/// so that the writer only inserts. Each page is read in a read transaction of its own.
struct RunPagePreparer: Sendable {
    let database: CollectaDatabase
    let loader: CaseLoader
    let context: RunContext
    let documents: DocumentLookup
    let parameters: AutomationParameters
    let pageSize: Int
    /// The last account read.
    private(set) var cursor: String?
    /// Kept across pages, so that each template is compiled once per run.
    private var renderer = TemplateRenderer()

    init(
        database: CollectaDatabase, loader: CaseLoader, context: RunContext, documents: DocumentLookup,
        parameters: AutomationParameters, pageSize: Int, cursor: String?
    ) {
        self.database = database
        self.loader = loader
        self.context = context
        self.documents = documents
        self.parameters = parameters
        self.pageSize = pageSize
        self.cursor = cursor
    }

    /// The next page, in account order; nil when every customer was read.
    mutating func next() throws -> PreparedPage? {
        let (loader, after, pageSize) = (self.loader, self.cursor, self.pageSize)
        let loaded = try database.writer.read { db in try loader.read(db, after: after, limit: pageSize) }
        guard let loaded, let page = try prepare(loaded, renderer: &renderer) else { return nil }
        cursor = page.lastAccount
        return page
    }

    /// The page of the customers after `after` through `last` (to the end when nil), read in a
    /// read transaction of its own and prepared with `renderer`; nil when it holds no customer.
    func page(
        after: String?, through last: String?, renderer: inout TemplateRenderer
    ) throws -> PreparedPage? {
        let loader = self.loader
        let loaded = try database.writer.read { db in try loader.read(db, after: after, through: last) }
        guard let loaded else { return nil }
        return try prepare(loaded, renderer: &renderer)
    }

    private func prepare(_ loaded: LoadedPage, renderer: inout TemplateRenderer) throws -> PreparedPage? {
        guard let last = loaded.lastAccount else { return nil }
        var decisions: [PreparedDecision] = []
        var customers = 0
        var failure: (any Error)?
        // Each case goes to the engine as it is made, without being kept and copied.
        loader.forEachCase(of: loaded) { customerCase in
            customers += 1
            guard failure == nil else { return }
            let customer = customerCase.customer
            let decision = CollectionsEngine.decide(customerCase, in: context)
            guard !decision.actions.isEmpty else { return }
            do {
                let actions = try decision.actions.map { action in
                    try PreparedAction(action: action, document: render(action, for: customer, with: &renderer))
                }
                decisions.append(PreparedDecision(customer: customer, actions: actions))
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return PreparedPage(lastAccount: last, customers: customers, decisions: decisions)
    }

    /// The email or letter of `action`, rendered for `customer` (R14, R15).
    private func render(
        _ action: ProposedAction, for customer: Customer, with renderer: inout TemplateRenderer
    ) throws -> PreparedDocument {
        guard action.isExecutable else { return .none }
        do {
            switch action.kind {
            case .activity, .predictionActivity:
                return .none
            case .email:
                guard let template = documents.emailTemplates[action.documentID ?? ""] else {
                    preconditionFailure("the engine proposed email template \(action.documentID ?? "-"), which does not exist")
                }
                return .email(try renderer.renderEmail(
                    template, forCustomerLanguage: customer.language,
                    context: renderingContext(action, customer, letterLevel: nil)))
            case .letter:
                guard let sequenceID = action.letterSequenceID, let level = action.letterLevel,
                      let sequence = documents.letterSequences[sequenceID]
                else { preconditionFailure("the engine proposed a letter without its sequence") }
                return .letter(try renderer.renderLetter(
                    sequence, level: level, forCustomerLanguage: customer.language,
                    defaultLanguage: action.language ?? customer.language,
                    context: renderingContext(action, customer, letterLevel: level)))
            }
        } catch let error as TemplateRenderingError {
            return .unrenderable(error.description)
        }
    }

    private func renderingContext(
        _ action: ProposedAction, _ customer: Customer, letterLevel: Int?
    ) -> RenderingContext {
        RenderingContext(
            parameters: parameters, customer: customer, contactName: action.contactName,
            leadingInvoice: action.invoice, overdueInvoices: action.overdueInvoices,
            agent: customer.agentID.flatMap { context.agents[$0] }, runDate: context.runDate,
            letterLevel: letterLevel)
    }
}
