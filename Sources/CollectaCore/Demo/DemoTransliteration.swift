/// Turns names into the ASCII parts of mail addresses and domains.
enum DemoTransliteration {
    /// A lower-case ASCII slug: Cyrillic is transliterated (simplified ISO 9 / passport style),
    /// umlauts and accents are folded (`Müller` → `mueller`), spaces become `-`, and everything
    /// else that is not a letter or digit is dropped.
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            result += latin(scalar)
        }
        return result
    }

    /// The Latin spelling of one lower-case scalar.
    private static func latin(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII {
            let character = Character(scalar)
            if character.isLetter || character.isNumber || character == "-" || character == "." {
                return String(character)
            }
            return character == " " ? "-" : ""
        }
        return cyrillic[scalar] ?? accented[scalar] ?? ""
    }

    private static let cyrillic: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    ]

    private static let accented: [Unicode.Scalar: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ç": "c",
        "à": "a", "â": "a", "ô": "o", "î": "i", "ï": "i", "û": "u", "ù": "u", "ë": "e",
    ]
}
