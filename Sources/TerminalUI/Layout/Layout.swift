/// How much of a split one slot takes.
public enum LayoutConstraint: Hashable, Sendable {
    /// Exactly this many cells.
    case fixed(Int)
    /// At least this many cells; the slot also takes the rest when no `fraction` slot does.
    case minimum(Int)
    /// A share of the rest (what is left after the fixed and minimum slots and the gaps),
    /// weighted by this number against the other fractions: `.fraction(1)` and `.fraction(2)`
    /// take one third and two thirds.
    case fraction(Int)
}

/// Splits a rectangle into rows or columns by constraints.
///
/// The rule is deterministic: fixed and minimum slots get their cells first, in order; the rest is
/// shared among the fraction slots by weight, rounding down, with the cells left by rounding going
/// to the last fraction slot (or, with no fraction slots, shared evenly among the minimum slots,
/// the remainder to the last). When the area is too small even for the fixed and minimum slots,
/// earlier slots are served first and later ones shrink, down to nothing.
public struct Layout: Hashable, Sendable {
    /// Whether the slots are stacked top to bottom or placed left to right.
    public enum Direction: Hashable, Sendable {
        case rows, columns
    }

    public var direction: Direction
    public var constraints: [LayoutConstraint]
    /// Empty cells between neighbouring slots.
    public var gap: Int

    public init(_ direction: Direction, _ constraints: [LayoutConstraint], gap: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.gap = max(0, gap)
    }

    /// One rectangle per constraint, in order, inside `area`.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .rows ? area.height : area.width
        let lengths = Layout.lengths(of: constraints, in: total, gap: gap)
        var offset = 0
        return lengths.map { length in
            let start = min(offset, total)
            offset += length + gap
            return slot(of: area, from: start, length: length)
        }
    }

    /// The length of each slot when `constraints` share `total` cells with `gap` cells between
    /// slots.
    public static func lengths(of constraints: [LayoutConstraint], in total: Int, gap: Int = 0)
        -> [Int]
    {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - max(0, gap) * (constraints.count - 1))
        var lengths = constraints.map(\.reservedLength)
        let reserved = lengths.reduce(0, +)
        guard reserved <= available else { return served(lengths, from: available) }
        let growing = growingSlots(of: constraints)
        let shares = share(available - reserved, among: growing.map(\.weight))
        for (slot, extra) in zip(growing, shares) { lengths[slot.index] += extra }
        return lengths
    }

    /// The slots that grow into the rest, with their weights: the fractions, or else the minimums.
    private static func growingSlots(of constraints: [LayoutConstraint])
        -> [(index: Int, weight: Int)]
    {
        let fractions = constraints.enumerated().compactMap { index, constraint in
            if case .fraction(let weight) = constraint { (index, max(0, weight)) } else { nil }
        }
        if !fractions.isEmpty { return fractions }
        return constraints.enumerated().compactMap { index, constraint in
            if case .minimum = constraint { (index, 1) } else { nil }
        }
    }

    /// `rest` split by `weights`, rounding down, the remainder to the last share.
    private static func share(_ rest: Int, among weights: [Int]) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let totalWeight = weights.reduce(0, +)
        var shares = weights.map { totalWeight == 0 ? 0 : rest * $0 / totalWeight }
        shares[shares.count - 1] += rest - shares.reduce(0, +)
        return shares
    }

    /// The wanted lengths served in order from `available` cells until they run out.
    private static func served(_ wanted: [Int], from available: Int) -> [Int] {
        var left = available
        return wanted.map { length in
            let given = min(length, left)
            left -= given
            return given
        }
    }

    private func slot(of area: Rect, from start: Int, length: Int) -> Rect {
        switch direction {
        case .rows: Rect(x: area.x, y: area.y + start, width: area.width, height: length)
        case .columns: Rect(x: area.x + start, y: area.y, width: length, height: area.height)
        }
    }
}

extension LayoutConstraint {
    /// The cells the slot needs before any rest is shared.
    fileprivate var reservedLength: Int {
        switch self {
        case .fixed(let length), .minimum(let length): max(0, length)
        case .fraction: 0
        }
    }
}

extension Rect {
    /// This rectangle split into rows, top to bottom (see `Layout`).
    public func split(intoRows constraints: [LayoutConstraint], gap: Int = 0) -> [Rect] {
        Layout(.rows, constraints, gap: gap).split(self)
    }

    /// This rectangle split into columns, left to right (see `Layout`).
    public func split(intoColumns constraints: [LayoutConstraint], gap: Int = 0) -> [Rect] {
        Layout(.columns, constraints, gap: gap).split(self)
    }
}
