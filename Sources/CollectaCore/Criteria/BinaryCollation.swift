/// Text order as SQLite's BINARY collation has it (the collation of every Collecta key and
/// criterion): by UTF-8 bytes, a prefix first. Unlike `String`'s `<` and `==`, it does not
/// treat canonically equivalent text (`é` and `e` + `◌́`) as equal.
public enum BinaryCollation {
    /// -1, 0 or 1 as `lhs` sorts before, with or after `rhs`.
    public static func compare(_ lhs: String, _ rhs: String) -> Int {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                for index in 0..<min(left.count, right.count) where left[index] != right[index] {
                    return left[index] < right[index] ? -1 : 1
                }
                return left.count < right.count ? -1 : left.count == right.count ? 0 : 1
            }
        }
    }
}
