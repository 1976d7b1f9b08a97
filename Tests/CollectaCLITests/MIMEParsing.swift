import Foundation

/// A message as Python's email package (policy.default) reads it: the independent check that
/// what Collecta writes is valid MIME and decodes to the right text.
struct ParsedMessage: Decodable, Equatable {
    var subject: String
    var from: String
    var to: [String]
    var messageId: String
    var date: String
    var contentType: String
    var text: String
    var html: String
    /// The names of the defects the parser found in any part; empty for a valid message.
    var defects: [String]
}

enum MIMEParsing {
    private static let script = """
        import email, json, sys
        from email import policy
        parsed = []
        for path in sys.argv[1:]:
            with open(path, 'rb') as source:
                message = email.message_from_binary_file(source, policy=policy.default)
            parsed.append({
                'subject': str(message['subject']),
                'from': str(message['from']),
                'to': [address.addr_spec for address in message['to'].addresses],
                'messageId': str(message['message-id']),
                'date': str(message['date']),
                'contentType': message.get_content_type(),
                'text': message.get_body(('plain',)).get_content(),
                'html': message.get_body(('html',)).get_content(),
                'defects': [type(defect).__name__ for part in message.walk() for defect in part.defects],
            })
        print(json.dumps(parsed))
        """

    /// The messages in `files`, parsed by `python3`.
    static func parse(_ files: [URL], in directory: URL) throws -> [ParsedMessage] {
        guard !files.isEmpty else { return [] }
        let scriptFile = directory.appendingPathComponent("parse_mime.py")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", scriptFile.path] + files.map(\.path),
            environment: ["LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"],
            in: directory)
        guard result.status == 0 else { throw ParsingError(message: result.standardError) }
        return try JSONDecoder().decode([ParsedMessage].self, from: Data(result.standardOutput.utf8))
    }

    /// Raw messages, written to files first.
    static func parse(raw messages: [Data], in directory: URL) throws -> [ParsedMessage] {
        let files = try messages.enumerated().map { index, data in
            let file = directory.appendingPathComponent("received-\(index + 1).eml")
            try data.write(to: file)
            return file
        }
        return try parse(files, in: directory)
    }

    struct ParsingError: Error, CustomStringConvertible {
        var message: String
        var description: String { "Python's email parser failed: \(message)" }
    }
}
