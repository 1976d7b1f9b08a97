import Yams

/// The configuration as a human-editable YAML document: what `collecta config export` writes
/// and `collecta config import` reads (format described in docs/config.md).
///
/// The text is deterministic (the same configuration always gives the same bytes), keys follow
/// the model's declaration order, and multi-line texts are literal blocks so that they diff
/// line by line.
public enum ConfigurationDocument {
    /// The format version this program writes and reads.
    public static let formatVersion = 1
    /// The comment line every document starts with.
    public static let header = "# Collecta configuration"

    /// The document text for `configuration`.
    public static func encode(_ configuration: CollectionsConfiguration) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        encoder.options.indent = 2
        encoder.options.newLineScalarStyle = .literal
        let body = try encoder.encode(VersionedConfiguration(configuration))
        return header + "\n" + body
    }

    /// Reads a document back into a configuration.
    /// - Throws: `ConfigurationDocumentError` naming the line and the key path of the problem.
    public static func decode(_ text: String) throws -> CollectionsConfiguration {
        let root = try composeRoot(of: text)
        try checkVersion(in: root)
        let versioned: VersionedConfiguration
        do {
            versioned = try YAMLDecoder().decode(VersionedConfiguration.self, from: root)
        } catch let error as DecodingError {
            throw ConfigurationDocumentError(error, in: root)
        }
        try UnknownKeyCheck.run(document: root, decoded: versioned)
        return versioned.configuration.normalised()
    }

    /// Parses the text into its root node, refusing empty documents and non-mappings.
    private static func composeRoot(of text: String) throws -> Node {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationDocumentError(error)
        }
        guard let root else {
            throw ConfigurationDocumentError(line: nil, path: "", message: "the document is empty")
        }
        guard root.mapping != nil else {
            throw ConfigurationDocumentError(
                line: root.mark?.line, path: "",
                message: "the document must be a mapping of keys (version, parameters, …)")
        }
        return root
    }

    /// Refuses documents without a version or written in a version this program cannot read.
    private static func checkVersion(in root: Node) throws {
        guard let node = root.mapping?["version"] else {
            throw ConfigurationDocumentError(
                line: root.mark?.line, path: "",
                message: "missing key 'version' (this Collecta reads version \(formatVersion))")
        }
        guard let version = node.int, version == formatVersion else {
            throw ConfigurationDocumentError(
                line: node.mark?.line, path: "version",
                message: "'\(node.scalar?.string ?? "?")' is not a supported version: "
                    + "this Collecta reads version \(formatVersion) documents")
        }
    }
}

/// The document's top level: the format version followed by the configuration's sections.
struct VersionedConfiguration: Codable, Equatable {
    var version: Int
    var parameters: AutomationParameters
    var purposes: [ContactPurpose]
    var pools: [CustomerPool]
    var activityTemplates: [ActivityTemplate]
    var emailTemplates: [EmailTemplate]
    var letterSequences: [LetterSequence]
    var hierarchies: [ProcessHierarchy]

    init(_ configuration: CollectionsConfiguration) {
        version = ConfigurationDocument.formatVersion
        parameters = configuration.parameters
        purposes = configuration.purposes
        pools = configuration.pools
        activityTemplates = configuration.activityTemplates
        emailTemplates = configuration.emailTemplates
        letterSequences = configuration.letterSequences
        hierarchies = configuration.hierarchies
    }

    var configuration: CollectionsConfiguration {
        CollectionsConfiguration(
            parameters: parameters, purposes: purposes, pools: pools,
            activityTemplates: activityTemplates, emailTemplates: emailTemplates,
            letterSequences: letterSequences, hierarchies: hierarchies)
    }
}

extension CollectionsConfiguration {
    /// The same configuration rebuilt through the models' initialisers, which sort messages,
    /// levels and texts and put included origins in declaration order — as the store does.
    func normalised() -> CollectionsConfiguration {
        var copy = self
        copy.emailTemplates = emailTemplates.map {
            EmailTemplate(
                id: $0.id, description: $0.description, defaultLanguage: $0.defaultLanguage,
                senderName: $0.senderName, senderEmail: $0.senderEmail, messages: $0.messages)
        }
        copy.letterSequences = letterSequences.map { sequence in
            LetterSequence(
                id: sequence.id, description: sequence.description,
                levels: sequence.levels.map {
                    LetterLevel(level: $0.level, isFinal: $0.isFinal, texts: $0.texts)
                })
        }
        copy.hierarchies = hierarchies.map { hierarchy in
            var copy = hierarchy
            copy.includedOrigins = InvoiceOrigin.allCases.filter(hierarchy.includedOrigins.contains)
            return copy
        }
        return copy
    }
}
