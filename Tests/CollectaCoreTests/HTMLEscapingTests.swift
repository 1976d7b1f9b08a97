import Testing

@testable import CollectaCore

/// The byte-level escaping and line splitting of letters equal the character-level ones.
@Suite("HTML escaping and line splitting on UTF-8 bytes")
struct HTMLEscapingTests {
    /// Special characters alone, in Cyrillic text, and joined into one character with a
    /// neighbour (a combining accent after, an Arabic prepended mark before, a ZWJ).
    static let texts = [
        "", "plain", "a & b < c > d \" e ' f", "&&<<>>", "ООО «Ромашка» & <Сыновья>",
        "&\u{301}x", "x<\u{301}", "\u{600}&", "'\u{200D}'", "&é<ё>", "ё&", "e\u{301}&\u{301}",
        "\r\n&\r\n", "日本語'テキスト'",
    ]

    @Test("Escaping bytes equals escaping characters, combined characters included")
    func escaping() {
        for text in Self.texts {
            #expect(HTMLText.escaped(text) == HTMLText.escapedByCharacter(text[...]), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("Lines split on bytes equal lines split on newline characters")
    func lines() {
        let texts = [
            "", "a", "a\nb", "a\r\nb", "a\n\rb", "a\r\rb\n\n", "\n", "\r\n", "x\u{85}y\u{2028}z\u{2029}w",
            "a\u{0B}b\u{0C}c", "Здравствуйте,\r\n\r\nоплатите\u{2028}счёт", "e\u{301}\ne\u{301}", "\u{600}\nx",
        ]
        for text in texts {
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            #expect(TextLines.lines(of: text) == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("A line is blank exactly when every character is white space")
    func blankLines() {
        let lines: [Substring] = ["", " ", "\t \t", "\u{A0}", "\u{3000} ", " \u{301}", "a", " a", "\u{A0}x", "ё", " \u{200B}"]
        for line in lines {
            #expect(TextLines.isBlank(line) == line.allSatisfy(\.isWhitespace), "\(line.unicodeScalars.map(\.value))")
        }
    }

    @Test("Paragraphs of Cyrillic text with every kind of line break")
    func paragraphs() {
        let text = "Уважаемый клиент,\r\nоплатите счёт.\n \n\u{2028}Спасибо & <до свидания>\n"
        #expect(LetterDocument.paragraphs(of: text) == [
            "<p>Уважаемый клиент,<br>\nоплатите счёт.</p>", "<p>Спасибо &amp; &lt;до свидания&gt;</p>",
        ])
    }
}
