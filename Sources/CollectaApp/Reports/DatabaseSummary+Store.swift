import CollectaStore

extension DatabaseSummary {
    /// The summary of the database at `database`: its company and how much of everything it holds.
    public static func of(_ database: CollectaDatabase) throws -> DatabaseSummary {
        let counts = try database.counts()
        let parameters = try database.loadConfiguration()?.parameters
        return DatabaseSummary(
            databasePath: database.path, companyName: parameters?.companyName,
            companyCurrency: parameters?.companyCurrency,
            counts: [
                (.customers, counts.customers), (.contacts, counts.contacts),
                (.invoices, counts.invoices), (.openInvoices, counts.openInvoices),
                (.salesGroups, counts.salesGroups), (.agents, counts.agents),
                (.pools, counts.pools), (.hierarchies, counts.hierarchies),
                (.activityTemplates, counts.activityTemplates),
                (.emailTemplates, counts.emailTemplates),
                (.letterSequences, counts.letterSequences),
            ])
    }
}
