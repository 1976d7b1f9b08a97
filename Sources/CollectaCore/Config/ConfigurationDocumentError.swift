import Yams

/// Why a configuration document could not be read, with where: the line (when known) and the
/// key path, e.g. `line 12: hierarchies[1].steps[0].timing: 'aftr' is not one of before, after`.
public struct ConfigurationDocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line of the offending text, when the parser could tell.
    public var line: Int?
    /// The key path of the offending value, e.g. `hierarchies[1].steps[0].timing`; empty for
    /// the document as a whole.
    public var path: String
    /// What is wrong, in words.
    public var message: String

    /// Creates an error at `line` and `path`.
    public init(line: Int?, path: String, message: String) {
        self.line = line
        self.path = path
        self.message = message
    }

    public var description: String {
        var parts: [String] = []
        if let line { parts.append("line \(line)") }
        if !path.isEmpty { parts.append(path) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

extension ConfigurationDocumentError {
    /// Translates a YAML syntax error, keeping its position.
    init(_ error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let message = context.map { "\(problem) (\($0.text) from line \($0.mark.line))" }
            self.init(line: mark.line, path: "", message: message ?? problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            self.init(line: context.mark.line, path: "", message: "duplicated key \(keys)")
        default:
            self.init(line: nil, path: "", message: "not a YAML document: \(error)")
        }
    }

    /// Translates a decoding error, locating its coding path in the document's nodes.
    init(_ error: DecodingError, in root: Node) {
        switch error {
        case let .typeMismatch(type, context):
            let found = root.node(at: context.codingPath)
            self.init(
                context.codingPath, in: root,
                message: "expected \(Self.name(of: type)), found \(Self.summary(of: found))")
        case let .valueNotFound(type, context):
            self.init(context.codingPath, in: root, message: "expected \(Self.name(of: type)), found nothing")
        case let .keyNotFound(key, context):
            self.init(context.codingPath, in: root, message: "missing key '\(key.stringValue)'")
        case let .dataCorrupted(context):
            self.init(context.codingPath, in: root, message: Self.corruptionMessage(context, in: root))
        @unknown default:
            self.init(line: nil, path: "", message: "\(error)")
        }
    }

    /// An error about the value at `codingPath`, at the line of the deepest node found there.
    init(_ codingPath: [any CodingKey], in root: Node, message: String) {
        let line = root.deepestNode(along: codingPath).mark?.line
        self.init(line: line, path: Self.path(codingPath), message: message)
    }

    /// The key path written as `hierarchies[1].steps[0].timing`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce(into: "") { text, key in
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }

    /// The message for a value that has the right type but is not allowed: enumerations list
    /// their values; other types (amounts, dates) explain themselves.
    private static func corruptionMessage(_ context: DecodingError.Context, in root: Node) -> String {
        let key = context.codingPath.last { $0.intValue == nil }?.stringValue
        guard let key, let allowed = allowedValues[key] else { return context.debugDescription }
        let value = root.node(at: context.codingPath)?.scalar?.string ?? ""
        return "'\(value)' is not one of \(allowed.joined(separator: ", "))"
    }

    /// The values of each enumeration, by the key that holds it in the document.
    static let allowedValues: [String: [String]] = [
        "type": ActivityType.allCases.map(\.rawValue),
        "field": CustomerField.allCases.map(\.rawValue),
        "exclusionRule": ExclusionRule.allCases.map(\.rawValue),
        "includedOrigins": InvoiceOrigin.allCases.map(\.rawValue),
        "action": ActionType.allCases.map(\.rawValue),
        "timing": StepTiming.allCases.map(\.rawValue),
        "recipient": RecipientKind.allCases.map(\.rawValue),
    ]

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is String.Type: "a text"
        case is Node.Mapping.Type: "a mapping (key: value lines)"
        case is Node.Sequence.Type: "a list"
        default: "\(type)"
        }
    }

    private static func summary(of node: Node?) -> String {
        switch node {
        case .scalar(let scalar)?: "'\(scalar.string)'"
        case .mapping?: "a mapping"
        case .sequence?: "a list"
        case .alias?, nil: "nothing"
        }
    }
}

extension Node {
    /// The node at `codingPath`, or nil when the path leaves the document.
    func node(at codingPath: [any CodingKey]) -> Node? {
        var current: Node? = self
        for key in codingPath {
            current = current?.child(for: key)
        }
        return current
    }

    /// The last node found along `codingPath` (the root when nothing matches).
    func deepestNode(along codingPath: [any CodingKey]) -> Node {
        var current = self
        for key in codingPath {
            guard let next = current.child(for: key) else { break }
            current = next
        }
        return current
    }

    private func child(for key: any CodingKey) -> Node? {
        switch self {
        case .mapping(let mapping):
            return mapping[key.stringValue]
        case .sequence(let sequence):
            guard let index = key.intValue, sequence.indices.contains(index) else { return nil }
            return sequence[index]
        default:
            return nil
        }
    }
}
