import TerminalUI

/// A million synthetic rows made on demand, recording every request the grid makes.
final class CountingGridSource: GridDataSource {
    let size: Int
    private(set) var countRequests: [GridQuery] = []
    private(set) var fetches: [Range<Int>] = []

    init(size: Int) {
        self.size = size
    }

    /// Pretends that one row in ten matches any filter.
    func rowCount(matching query: GridQuery) -> Int {
        countRequests.append(query)
        return query.filter.isEmpty ? size : size / 10
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        fetches.append(range)
        return range.map { GridRow(id: "\($0)", cells: ["Customer \($0)", "\($0).00"]) }
    }

    func forgetRequests() {
        countRequests = []
        fetches = []
    }
}

extension Component {
    /// Sends keys as the key loop would: the component's binding first, typed text otherwise.
    mutating func pressWidgetKeys(_ keys: Key...) {
        for key in keys {
            if let command = keymap.command(for: key) {
                _ = perform(command)
            } else {
                _ = handleUnbound(key)
            }
        }
    }

    /// Renders into a fresh buffer of `size` and returns it.
    func renderedForTest(_ size: Size, theme: Theme = .monochrome, isFocused: Bool = true) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        render(into: &buffer, in: buffer.bounds, theme: theme, isFocused: isFocused)
        return buffer
    }
}

/// Rows of customer-like data with Cyrillic, Latin and CJK names and money.
enum GridSamples {
    static let columns = [
        GridColumn(id: "name", title: "Name", width: .flexible(minimum: 10, share: 2)),
        GridColumn(id: "city", title: "City", width: .flexible(minimum: 6)),
        GridColumn(id: "balance", title: "Balance", width: .fixed(10), alignment: .trailing),
    ]

    static let rows = [
        GridRow(id: "c1", cells: ["ООО «Ромашка»", "Москва", "1200.00"]),
        GridRow(id: "c2", cells: ["Acme Trading GmbH", "Berlin", "35.50"]),
        GridRow(id: "c3", cells: ["東京商事株式会社", "東京", "987654.32"]),
        GridRow(id: "c4", cells: ["ИП Ёлкин Аркадий Семёнович", "Санкт-Петербург", "-3.00"]),
        GridRow(id: "c5", cells: ["Zeta", "Oslo", "0.05"]),
    ]

    static var source: ArrayGridSource {
        ArrayGridSource(columnIDs: columns.map(\.id), rows: rows)
    }

    /// `count` numbered rows (`Row 0`…) with a balance.
    static func numbered(_ count: Int) -> ArrayGridSource {
        ArrayGridSource(columnIDs: ["name", "balance"], rows: (0..<count).map {
            GridRow(id: "r\($0)", cells: ["Row \($0)", "\($0).00"])
        })
    }
}
