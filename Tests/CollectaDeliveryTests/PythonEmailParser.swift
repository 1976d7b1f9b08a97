import Foundation

/// Python's email parser (policy.default) over a received message: what a mail client shows.
enum PythonEmailParser {
    struct Part: Hashable, Decodable {
        var type: String
        var content: String
    }

    struct Parsed: Decodable {
        var subject: String
        var fromName: String
        var fromAddress: String
        var to: [String]
        var parts: [Part]
    }

    private static let script = """
        import email, email.policy, json, sys
        message = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
        sender = message["From"].addresses[0]
        print(json.dumps({
            "subject": str(message["Subject"]),
            "fromName": sender.display_name,
            "fromAddress": sender.addr_spec,
            "to": [str(address) for address in message["To"].addresses],
            "parts": [{"type": part.get_content_type(), "content": part.get_content()}
                      for part in message.iter_parts()],
        }))
        """

    static func parse(_ raw: Data) throws -> Parsed {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("collecta-\(UUID().uuidString).eml")
        try raw.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode(Parsed.self, from: data)
    }
}
