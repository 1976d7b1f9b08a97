import Yams

/// Refuses keys the model does not know, which decoding alone would silently ignore: a
/// misspelt optional key (`documentId:`) must not quietly become "no document".
///
/// Works by re-encoding what was decoded and walking both trees side by side: a key of the
/// document that the re-encoded tree lacks is unknown, unless its value is null (optional keys
/// left empty are omitted when encoding).
enum UnknownKeyCheck {
    static func run(document: Node, decoded: VersionedConfiguration) throws {
        let text = try YAMLEncoder().encode(decoded)
        guard let reference = try Yams.compose(yaml: text) else { return }
        try compare(document, with: reference, path: "")
    }

    private static func compare(_ node: Node, with reference: Node, path: String) throws {
        switch (node, reference) {
        case let (.mapping(mapping), .mapping(known)):
            try compare(mapping, with: known, path: path)
        case let (.sequence(sequence), .sequence(known)):
            for (index, (element, knownElement)) in zip(sequence, known).enumerated() {
                try compare(element, with: knownElement, path: path + "[\(index)]")
            }
        default:
            break
        }
    }

    private static func compare(_ mapping: Node.Mapping, with known: Node.Mapping, path: String) throws {
        for (key, value) in mapping {
            let name = key.string ?? ""
            let childPath = path.isEmpty ? name : path + "." + name
            if let knownValue = known[name] {
                try compare(value, with: knownValue, path: childPath)
            } else if value.null == nil {
                throw ConfigurationDocumentError(
                    line: key.mark?.line, path: path,
                    message: "unknown key '\(name)' (misspelt? see docs/config.md)")
            }
        }
    }
}
