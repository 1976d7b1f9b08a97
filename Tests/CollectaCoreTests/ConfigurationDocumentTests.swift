import CollectaCore
import Foundation
import Testing

@Suite("Configuration document")
struct ConfigurationDocumentTests {
    @Test("the sample text decodes and encodes back to the same bytes")
    func sampleTextRoundTrips() throws {
        let configuration = try ConfigurationDocument.decode(SampleDocument.text)
        #expect(try ConfigurationDocument.encode(configuration) == SampleDocument.text)
    }

    @Test("a configuration encodes and decodes back to an equal value")
    func sampleValueRoundTrips() throws {
        let configuration = try ConfigurationDocument.decode(SampleDocument.text)
        let text = try ConfigurationDocument.encode(configuration)
        #expect(try ConfigurationDocument.decode(text) == configuration)
        #expect(configuration.hierarchies.map(\.id) == ["WHOLESALE", "RETAIL"])
        #expect(configuration.hierarchies[0].exclusionAmount == Money(minorUnits: 500_000))
        #expect(configuration.hierarchies[0].steps[0].timing == .before)
        #expect(configuration.hierarchies[0].steps[2].documentID == nil)
        #expect(configuration.letterSequences[0].levels.map(\.isFinal) == [false, false, true])
    }

    @Test("the same configuration always gives the same text, header and version first")
    func encodingIsDeterministic() throws {
        let configuration = try ConfigurationDocument.decode(SampleDocument.text)
        let first = try ConfigurationDocument.encode(configuration)
        #expect(try ConfigurationDocument.encode(configuration) == first)
        #expect(first.hasPrefix("# Collecta configuration\nversion: 1\nparameters:\n"))
    }

    @Test("the starter configuration round-trips, empty lists included")
    func starterRoundTrips() throws {
        let starter = CollectionsConfiguration.starter(companyName: "My company", companyCurrency: "RUB")
        let text = try ConfigurationDocument.encode(starter)
        #expect(text.contains("hierarchies: []"))
        #expect(try ConfigurationDocument.decode(text) == starter)
    }

    @Test("tricky texts survive a round trip", arguments: [
        "", " leading", "trailing ", "key: value", "# not a comment", "it's \"quoted\"", "Привет, мир",
        "yes", "no", "null", "~", "1.0", "0x1F", "2026-01-15", "-", "| >", "line\n", "line",
        "two\nlines", "two\nlines\n", "blank lines\n\n", "\n", "\nstarts with a break",
        " indented\nfirst line", "tab\there\nand there", "windows\r\nline\r\n", "trailing  \nspaces",
        "<p>\n  nested\n</p>\n",
    ])
    func trickyTextRoundTrips(text: String) throws {
        var configuration = CollectionsConfiguration.starter(companyName: text, companyCurrency: "RUB")
        configuration.activityTemplates = [
            ActivityTemplate(id: "T", name: text, purpose: text, details: text),
        ]
        configuration.parameters.predictions.lateNote = text
        let encoded = try ConfigurationDocument.encode(configuration)
        #expect(try ConfigurationDocument.decode(encoded) == configuration)
    }

    @Test("multi-line HTML is a literal block; Unicode is written as is")
    func multiLineTextsAreLiteralBlocks() throws {
        let text = try ConfigurationDocument.encode(ConfigurationDocument.decode(SampleDocument.text))
        #expect(text.contains("    htmlBody: |\n      <p>Dear customer,</p>\n"))
        #expect(text.contains("      body: |-\n        Our records show"))
        #expect(text.contains("<p>Уважаемый клиент!</p>"))
        #expect(!text.contains("\\u"))
    }

    @Test("messages given out of order come back sorted by language")
    func decodingNormalisesOrder() throws {
        let reordered = SampleDocument.text.replacingOccurrences(
            of: "  - language: en\n    subject: Payment", with: "  - language: zz\n    subject: Payment")
        let configuration = try ConfigurationDocument.decode(reordered)
        #expect(configuration.emailTemplates[0].messages.map(\.language) == ["ru", "zz"])
    }

    // MARK: - Errors

    @Test("a bad enumeration value names the line, the path and the allowed values")
    func badEnumValueIsLocated() throws {
        let text = SampleDocument.text.replacingOccurrences(of: "timing: before", with: "timing: aftr")
        let error = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(text)
        }
        let line = lineNumber(of: "timing: aftr", in: text)
        #expect(error.description == "line \(line): hierarchies[0].steps[0].timing: 'aftr' is not one of before, after")
    }

    @Test("a value of the wrong type names the line and the path")
    func wrongTypeIsLocated() throws {
        let text = SampleDocument.text.replacingOccurrences(of: "rank: 2", with: "rank: second")
        let error = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(text)
        }
        #expect(error.line == lineNumber(of: "rank: second", in: text))
        #expect(error.path == "hierarchies[1].rank")
        #expect(error.message == "expected a whole number, found 'second'")
    }

    @Test("a text where a mapping belongs is refused with its path")
    func textInsteadOfMappingIsLocated() throws {
        let text = SampleDocument.text.replacingOccurrences(
            of: "  predictions:\n", with: "  predictions: none\n  formerPredictions:\n")
        let error = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(text)
        }
        #expect(error.description == "line 12: parameters.predictions: expected a mapping (key: value lines), found 'none'")
    }

    @Test("a bad amount says what an amount looks like")
    func badAmountIsLocated() throws {
        let text = SampleDocument.text.replacingOccurrences(of: "'100.00'", with: "100,00")
        let error = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(text)
        }
        #expect(error.line == lineNumber(of: "100,00", in: text))
        #expect(error.path == "hierarchies[1].exclusionAmount")
        #expect(error.message == "'100,00' is not an amount like 1234.50")
    }

    @Test("a missing key is named with its parent's path")
    func missingKeyIsLocated() throws {
        let text = SampleDocument.text.replacingOccurrences(of: "  rank: 2\n", with: "")
        let error = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(text)
        }
        #expect(error.path == "hierarchies[1]")
        #expect(error.message == "missing key 'rank'")
        #expect(error.line == lineNumber(of: "- id: RETAIL\n  description: Retail customers\n", in: text))
    }

    @Test("a misspelt key is refused rather than ignored")
    func unknownKeyIsRefused() throws {
        let text = SampleDocument.text.replacingOccurrences(of: "documentID: CALL", with: "documentId: CALL")
        let error = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(text)
        }
        #expect(error.line == lineNumber(of: "documentId: CALL", in: text))
        #expect(error.path == "hierarchies[0].steps[1]")
        #expect(error.message.hasPrefix("unknown key 'documentId'"))
    }

    @Test("an optional key may be written as null")
    func explicitNullIsAccepted() throws {
        let text = SampleDocument.text.replacingOccurrences(
            of: "    action: letter\n", with: "    action: letter\n    documentID: null\n")
        #expect(try ConfigurationDocument.decode(text) == ConfigurationDocument.decode(SampleDocument.text))
    }

    @Test("documents of another version, or with none, are refused")
    func unknownVersionIsRefused() throws {
        let newer = SampleDocument.text.replacingOccurrences(of: "version: 1", with: "version: 2")
        let error = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(newer)
        }
        #expect(error.description
            == "line 2: version: '2' is not a supported version: this Collecta reads version 1 documents")
        let unversioned = SampleDocument.text.replacingOccurrences(of: "version: 1\n", with: "")
        #expect(throws: ConfigurationDocumentError.self) { try ConfigurationDocument.decode(unversioned) }
    }

    @Test("YAML syntax errors and empty documents carry a line or a clear message")
    func syntaxErrorsAreLocated() throws {
        let broken = SampleDocument.text.replacingOccurrences(of: "  rank: 2\n", with: "  rank: [2\n")
        let error = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(broken)
        }
        #expect(error.line != nil)
        let duplicated = SampleDocument.text.replacingOccurrences(of: "  rank: 2\n", with: "  rank: 2\n  rank: 3\n")
        let duplicate = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode(duplicated)
        }
        #expect(duplicate.message == "duplicated key 'rank'")
        let empty = try #require(throws: ConfigurationDocumentError.self) {
            try ConfigurationDocument.decode("# Collecta configuration\n")
        }
        #expect(empty.description == "the document is empty")
    }

    @Test("docs/config.md shows the sample document verbatim")
    func documentationShowsTheSample() throws {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/config.md")
        let markdown = try String(contentsOf: docs, encoding: .utf8)
        #expect(markdown.contains("```yaml\n" + SampleDocument.text + "```\n"))
    }

    /// The 1-based line on which `fragment` starts in `text`.
    private func lineNumber(of fragment: String, in text: String) -> Int {
        guard let range = text.range(of: fragment) else { return 0 }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
