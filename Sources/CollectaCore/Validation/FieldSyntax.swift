/// The syntax checks of single configuration values.
enum FieldSyntax {
    /// Whether `tag` looks like a BCP 47 language tag: a primary subtag of 2–3 ASCII letters,
    /// then any number of `-`-separated subtags of 1–8 ASCII letters or digits
    /// (`ru`, `en-US`, `zh-Hant-TW`, `es-419`).
    ///
    /// Only the shape is checked, not the IANA registry, and case is left as the user wrote it:
    /// messages are matched to languages exactly as written, so the check does not hide a
    /// difference in case.
    static func isLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...3).contains(primary.count),
              primary.allSatisfy(isASCIILetter)
        else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) }
        }
    }

    /// Whether `code` is an ISO 4217-shaped currency code: exactly three capital ASCII letters.
    static func isCurrencyCode(_ code: String) -> Bool {
        code.count == 3 && code.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// Whether `address` is plausible as an email sender address.
    ///
    /// Deliberately simple, since the mail server has the last word: exactly one `@`, a non-empty
    /// part before it, a domain of at least two non-empty dot-separated labels after it
    /// (`example.com`), and no whitespace anywhere. It accepts some addresses RFC 5321 refuses
    /// and refuses quoted local parts and bare IP domains, which no sender here needs.
    static func isPlausibleEmailAddress(_ address: String) -> Bool {
        guard !address.contains(where: \.isWhitespace) else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// `reference`, or nil when it is nil or empty: an empty reference refers to nothing.
    static func nonEmpty(_ reference: String?) -> String? {
        guard let reference, !reference.isEmpty else { return nil }
        return reference
    }

    private static func isASCIILetter(_ character: Character) -> Bool {
        ("a"..."z").contains(character) || ("A"..."Z").contains(character)
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character)
    }
}
