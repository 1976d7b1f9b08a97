import CollectaCore

/// What printing letters did.
public struct LetterPrintingResult: Hashable, Sendable {
    /// The files written, one entry per letter, by letter id.
    public var files: [PrintedLetterFiles] = []
    /// The letters newly marked posted (a reprint of a posted letter is not counted).
    public var posted = 0
}

extension CollectaDatabase {
    /// Writes letters into `writer`'s directory, then marks them posted on `postingDate` in one
    /// transaction (none when `postingDate` is nil): the letters `ids` whatever their status (a
    /// reprint), or every `created` letter when `ids` is nil, read page by page.
    ///
    /// Nothing is posted unless every file was written: a failure part-way leaves whole files of
    /// the letters written so far and every letter as it was.
    /// - Parameter written: Called after each letter's files are written.
    /// - Throws: ``LetterPrintingError`` (unknown ids are refused before anything is written);
    ///   `StoreError`; `StoredValueError`.
    public func printLetters(
        ids: [Int64]?, with writer: LetterFileWriter, postingOn postingDate: LocalDate?,
        written: (PrintedLetterFiles) -> Void = { _ in }
    ) throws -> LetterPrintingResult {
        var result = LetterPrintingResult()
        func write(_ letters: [CollectionLetter]) throws {
            for letter in letters {
                let files = try writer.write(letter)
                result.files.append(files)
                written(files)
            }
        }
        if let ids {
            let letters = try collectionLetters(ids: ids)
            let unknown = Set(ids).subtracting(letters.compactMap(\.id)).sorted()
            guard unknown.isEmpty else { throw LetterPrintingError.unknownLetters(unknown) }
            try write(letters)
        } else {
            var last: Int64?
            while case let page = try lettersToPrint(after: last, limit: 200), !page.isEmpty {
                try write(page)
                last = page.last?.id
            }
        }
        if let postingDate {
            result.posted = try markLettersPosted(ids: result.files.map(\.letterID), on: postingDate)
        }
        return result
    }
}
