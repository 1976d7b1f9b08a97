extension ContactPurpose {
    /// The purposes every new database starts with (`collecta init`).
    public static let standard = [
        ContactPurpose(id: "Business", description: "General business contact"),
        ContactPurpose(id: "Invoice", description: "Receives invoices"),
        ContactPurpose(id: "Payment", description: "Arranges payments"),
        ContactPurpose(id: "Remit-to", description: "Address payments are remitted to"),
        ContactPurpose(id: "Collections", description: "Receives collections reminders and letters"),
    ]
}

extension CollectionsConfiguration {
    /// The configuration of a new database: default parameters and the standard purposes,
    /// sorted by id as the store returns them; no pools, templates or hierarchies yet.
    public static func starter(companyName: String, companyCurrency: String) -> CollectionsConfiguration {
        CollectionsConfiguration(
            parameters: AutomationParameters(companyName: companyName, companyCurrency: companyCurrency),
            purposes: ContactPurpose.standard.sorted { $0.id < $1.id })
    }
}
