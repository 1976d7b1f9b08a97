import CollectaCore
import GRDB

extension CollectaDatabase {
    /// The stored mail server settings; the defaults (no host) when none were saved.
    /// - Throws: `StoredValueError` for a value Collecta cannot read back; `StoreError`.
    public func mailServerSettings() throws -> MailServerSettings {
        try translatedRead { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM mail_server WHERE id = 1") else {
                return MailServerSettings()
            }
            let stored = StoredRow(row: row, table: "mail_server", key: "1")
            return MailServerSettings(
                host: try row.decode(forColumn: "host"), port: try row.decode(forColumn: "port"),
                security: try stored.parsed("security", MailSecurity.init(rawValue:)),
                user: try row.decode(forColumn: "user"),
                credentialsFile: try row.decode(forColumn: "credentials_file"))
        }
    }

    /// Replaces the mail server settings (one transaction).
    /// - Throws: `StoreError` (a port outside 1…65535 is refused by the schema).
    public func saveMailServerSettings(_ settings: MailServerSettings) throws {
        try translatedWrite { db in
            try db.execute(
                sql: """
                    INSERT INTO mail_server (id, host, port, security, user, credentials_file)
                    VALUES (1, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET host = excluded.host, port = excluded.port,
                        security = excluded.security, user = excluded.user,
                        credentials_file = excluded.credentials_file
                    """,
                arguments: [
                    settings.host.trimmingCharacters(in: .whitespaces), settings.port,
                    settings.security.rawValue, settings.user, settings.credentialsFile,
                ])
        }
    }
}
