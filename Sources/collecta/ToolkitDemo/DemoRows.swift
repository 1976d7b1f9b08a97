import TerminalUI

/// A million synthetic rows computed on demand, so that the grid shows it fetches only what it
/// draws. The filter keeps the rows whose name contains it (case-insensitively).
struct DemoRows: GridDataSource {
    static let count = 1_000_000

    private static let names = [
        "ООО «Ромашка»", "Acme Trading Ltd", "東京商事株式会社", "ИП Рожков А. В.",
        "Müller & Söhne GmbH", "АО «Северный ветер»", "北京贸易有限公司", "Blue Harbor LLC",
    ]

    func rowCount(matching query: GridQuery) -> Int {
        let bases = Self.bases(matching: query.filter)
        return bases.isEmpty ? 0 : Self.count / Self.names.count * bases.count
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        let bases = Self.bases(matching: query.filter)
        guard !bases.isEmpty else { return [] }
        return range.map { position in
            let number = (position / bases.count) * Self.names.count + bases[position % bases.count]
            return Self.row(number)
        }
    }

    /// The indexes of the names that contain `filter`.
    private static func bases(matching filter: String) -> [Int] {
        let wanted = filter.lowercased()
        return names.indices.filter { wanted.isEmpty || names[$0].lowercased().contains(wanted) }
    }

    private static func row(_ number: Int) -> GridRow {
        let cents = (number &* 7919) % 100_000_000
        let amount = "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
        let id = "R" + String(repeating: "0", count: 7 - String(number + 1).count) + String(number + 1)
        return GridRow(id: id, cells: [id, names[number % names.count], amount, ["RUB", "EUR", "CNY"][number % 3]])
    }
}
