import CollectaCore
import CollectaStore
import Foundation
import GRDB
import Testing

@Suite("Configuration store")
struct ConfigurationStoreTests {
    private struct Refusal: Error {}

    @Test("a new database has no configuration; a stored one loads back equal")
    func replaceThenLoad() throws {
        let database = try CollectaDatabase.inMemory()
        #expect(try database.loadConfiguration() == nil)
        try database.replaceConfiguration(with: StoreSample.configuration) { _, _ in }
        #expect(try database.loadConfiguration() == StoreSample.configuration)
    }

    @Test("the validator is given the current configuration, nil at first")
    func validatorSeesCurrentConfiguration() throws {
        let database = try CollectaDatabase.inMemory()
        var seen: [CollectionsConfiguration?] = []
        try database.replaceConfiguration(with: StoreSample.configuration) { old, _ in seen.append(old) }
        try database.replaceConfiguration(with: StoreSample.configuration) { old, _ in seen.append(old) }
        #expect(seen == [nil, StoreSample.configuration])
    }

    @Test("replacing with a smaller configuration deletes what it dropped")
    func smallerConfigurationDeletesDroppedRows() throws {
        let database = try CollectaDatabase.inMemory()
        try database.replaceConfiguration(with: StoreSample.configuration) { _, _ in }
        let smaller = Self.smallerConfiguration()
        try database.replaceConfiguration(with: smaller) { _, _ in }
        #expect(try database.loadConfiguration() == smaller)
        let counts = try database.writer.read { db in
            try ["customer_pool", "pool_criterion", "activity_template", "email_message", "letter_level",
                 "letter_text", "process_hierarchy", "process_step", "contact_purpose"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1
            }
        }
        #expect(counts == [1, 2, 2, 1, 2, 3, 1, 4, 2])
    }

    @Test("a validator that throws leaves the database unchanged")
    func refusedChangeWritesNothing() throws {
        let database = try CollectaDatabase.inMemory()
        try database.replaceConfiguration(with: StoreSample.configuration) { _, _ in }
        #expect(throws: Refusal.self) {
            try database.replaceConfiguration(with: Self.smallerConfiguration()) { _, _ in throw Refusal() }
        }
        #expect(try database.loadConfiguration() == StoreSample.configuration)
    }

    @Test("a constraint failure part-way rolls everything back")
    func constraintFailureRollsBack() throws {
        var clashing = Self.smallerConfiguration()
        clashing.pools.append(StoreSample.configuration.pools[0])
        clashing.hierarchies.append(StoreSample.retail)
        clashing.hierarchies[1].rank = clashing.hierarchies[0].rank
        let fresh = try CollectaDatabase.inMemory()
        let error = try #require(throws: ConfigurationStoreError.self) {
            try fresh.replaceConfiguration(with: clashing) { _, _ in }
        }
        #expect(error == .rowRefused(
            row: "hierarchy RETAIL", reason: "UNIQUE constraint failed: process_hierarchy.rank"))
        #expect(try fresh.loadConfiguration() == nil)
        #expect(try fresh.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM customer_pool") } == 0)

        let stored = try CollectaDatabase.inMemory()
        try stored.replaceConfiguration(with: StoreSample.configuration) { _, _ in }
        #expect(throws: ConfigurationStoreError.self) {
            try stored.replaceConfiguration(with: clashing) { _, _ in }
        }
        #expect(try stored.loadConfiguration() == StoreSample.configuration)
    }

    @Test("hierarchies may swap ranks and pools")
    func ranksAndPoolsCanBeSwapped() throws {
        let database = try CollectaDatabase.inMemory()
        try database.replaceConfiguration(with: StoreSample.configuration) { _, _ in }
        var swapped = StoreSample.configuration
        swapped.hierarchies = [StoreSample.retail, StoreSample.wholesale]
        (swapped.hierarchies[0].rank, swapped.hierarchies[1].rank) = (1, 2)
        (swapped.hierarchies[0].poolID, swapped.hierarchies[1].poolID) = ("WHOLESALE-BIG", "RETAIL")
        try database.replaceConfiguration(with: swapped) { _, _ in }
        #expect(try database.loadConfiguration() == swapped)
    }

    @Test("manual assignments survive a replace; dropping their hierarchy is refused by name")
    func manualAssignmentsAreKeptOrProtect() throws {
        let database = try Self.databaseWithCustomer()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO manual_assignment VALUES ('C-1', 'RETAIL', 'anna', '2026-01-15T09:00:00Z')
                """)
        }
        try database.replaceConfiguration(with: StoreSample.configuration) { _, _ in }
        let kept = try database.writer.read {
            try String.fetchAll($0, sql: "SELECT hierarchy_id FROM manual_assignment")
        }
        #expect(kept == ["RETAIL"])
        let error = try #require(throws: ConfigurationStoreError.self) {
            try database.replaceConfiguration(with: Self.smallerConfiguration()) { _, _ in }
        }
        #expect(error == .hierarchyAssignedManually(hierarchyID: "RETAIL", customerAccounts: ["C-1"]))
        #expect(error.description.contains("hierarchy RETAIL cannot be removed"))
        #expect(try database.loadConfiguration() == StoreSample.configuration)
    }

    @Test("purposes that contacts have and letter sequences that customers use are not deleted")
    func usedPurposesAndSequencesAreProtected() throws {
        let database = try Self.databaseWithCustomer()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO contact (id, customer_account, name) VALUES ('K-1', 'C-1', 'Anna');
                INSERT INTO contact_purpose_link VALUES ('K-1', 'Invoice');
                """)
        }
        #expect(try database.purposesInUseByContacts() == ["Invoice"])
        var withoutInvoice = StoreSample.configuration
        withoutInvoice.purposes.removeAll { $0.id == "Invoice" }
        #expect(throws: ConfigurationStoreError.purposeInUse(purposeID: "Invoice", contactIDs: ["K-1"])) {
            try database.replaceConfiguration(with: withoutInvoice) { _, _ in }
        }
        try database.writer.write { db in
            try db.execute(sql: "UPDATE customer SET letter_sequence_id = 'STANDARD'")
        }
        var withoutSequence = StoreSample.configuration
        withoutSequence.letterSequences = []
        withoutSequence.parameters.defaultLetterSequenceID = nil
        let sequenceInUse = ConfigurationStoreError.letterSequenceInUse(
            sequenceID: "STANDARD", customerAccounts: ["C-1"])
        #expect(throws: sequenceInUse) {
            try database.replaceConfiguration(with: withoutSequence) { _, _ in }
        }
        #expect(try database.loadConfiguration() == StoreSample.configuration)
    }

    @Test("hierarchies with rows in invoice_step_execution have tracked history")
    func trackedHistoryIsReported() throws {
        let database = try Self.databaseWithCustomer()
        #expect(try database.hierarchiesWithTrackedHistory().isEmpty)
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date, amount,
                    open_amount, currency, open_amount_company)
                VALUES ('INV-1', 'C-1', 'V-1', 'salesOrder', '2026-01-01', '2026-01-31', 1000, 1000, 'RUB', 1000);
                INSERT INTO invoice_step_execution VALUES ('INV-1', 'WHOLESALE', 20, '2026-02-01');
                INSERT INTO invoice_step_execution VALUES ('INV-1', 'WHOLESALE', 30, '2026-02-07');
                """)
        }
        #expect(try database.hierarchiesWithTrackedHistory() == ["WHOLESALE"])
    }

    @Test("a fresh file database is migrated, then saves and loads the configuration")
    func fileDatabaseRoundTrip() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("collecta.sqlite").path
        let created = try CollectaDatabase.open(path: path)
        try created.replaceConfiguration(with: StoreSample.configuration) { _, _ in }
        let reopened = try CollectaDatabase.open(path: path, access: .readOnly)
        #expect(try reopened.loadConfiguration() == StoreSample.configuration)
    }

    @Test("the starter configuration stores and loads back equal")
    func starterConfigurationRoundTrips() throws {
        let database = try CollectaDatabase.inMemory()
        let starter = CollectionsConfiguration.starter(companyName: "My company", companyCurrency: "RUB")
        try database.replaceConfiguration(with: starter) { _, _ in }
        #expect(try database.loadConfiguration() == starter)
    }

    // MARK: - Helpers

    /// The sample without the RETAIL hierarchy and pool, the VISIT template, the Invoice
    /// purpose, one criterion, one step, the English message and the final letter level.
    private static func smallerConfiguration() -> CollectionsConfiguration {
        var smaller = StoreSample.configuration
        smaller.hierarchies = [StoreSample.wholesale]
        smaller.hierarchies[0].steps.removeAll { $0.line == 30 }
        smaller.pools = [StoreSample.configuration.pools[1]]
        smaller.pools[0].criteria.removeLast()
        smaller.activityTemplates.removeAll { $0.id == "VISIT" }
        smaller.purposes.removeAll { $0.id == "Invoice" }
        smaller.emailTemplates[0].messages.removeAll { $0.language == "en" }
        smaller.letterSequences[0].levels.removeLast()
        return smaller
    }

    private static func databaseWithCustomer() throws -> CollectaDatabase {
        let database = try CollectaDatabase.inMemory()
        try database.replaceConfiguration(with: StoreSample.configuration) { _, _ in }
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language) VALUES ('C-1', 'Ромашка', 'RUB', 'ru')
                """)
        }
        return database
    }
}
