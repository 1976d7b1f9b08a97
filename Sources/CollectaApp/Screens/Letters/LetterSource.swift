import CollectaCore
import CollectaStore
import TerminalUI

/// The collection letters for the letters grid, newest first: a COUNT when the grid is made,
/// then one LIMIT/OFFSET query for the visible rows only.
struct LetterSource: GridDataSource {
    let database: CollectaDatabase
    /// Only letters with this status; nil for all.
    let status: LetterStatus?
    let language: Language
    let counter = QueryCounter()

    func rowCount(matching query: GridQuery) -> Int {
        counter.countAsked()
        return (try? database.countCollectionLetters(status: status)) ?? 0
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        letters(in: range).map { letter in
            GridRow(id: String(letter.id ?? 0), cells: [
                String(letter.id ?? 0), letter.letterDate.isoString, letter.customerAccount,
                String(letter.level), letter.language, LettersTexts.status(letter.status)(language),
                letter.postedOn?.isoString ?? "", letter.title,
            ])
        }
    }

    /// The letters at `range`.
    func letters(in range: Range<Int>) -> [CollectionLetter] {
        guard !range.isEmpty else { return [] }
        counter.pageAsked(range.count)
        return (try? database.collectionLetters(status: status, offset: range.lowerBound, limit: range.count)) ?? []
    }
}
