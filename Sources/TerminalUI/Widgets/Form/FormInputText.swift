/// Small rules about typed text shared by the form and the grid's filter.
enum FormInputText {
    /// `text` without the spaces around it (Foundation-free).
    static func trimmed(_ text: some StringProtocol) -> Substring {
        var trimmed = Substring(text)
        while trimmed.first == " " { trimmed = trimmed.dropFirst() }
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return trimmed
    }

    /// Whether a typed character can go into a line of text: not a line break, a control
    /// character, or a lone mark of no width.
    static func isInsertable(_ character: Character) -> Bool {
        if character.isNewline { return false }
        if let ascii = character.asciiValue { return ascii >= 32 && ascii != 127 }
        return DisplayWidth.of(character) > 0
    }
}
