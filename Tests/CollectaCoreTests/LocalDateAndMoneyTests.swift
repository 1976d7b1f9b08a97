import Testing
import CollectaCore

@Suite("LocalDate")
struct LocalDateTests {
    @Test("ISO dates parse and print back", arguments: [
        "1970-01-01", "2026-01-15", "2024-02-29", "2000-02-29", "1999-12-31", "2100-03-01",
    ])
    func roundTrip(text: String) throws {
        let date = try #require(LocalDate(iso: text))
        #expect(date.isoString == text)
        #expect(LocalDate(iso: text[...]) == date)
        #expect(Array(text.utf8).withUnsafeBufferPointer { LocalDate(iso: $0) } == date)
    }

    @Test("Impossible or malformed dates are refused", arguments: [
        "2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-5",
        "26-01-05", "2026/01/05", "", "2026-01-05T00:00", "abcd-ef-gh",
    ])
    func refusesBadDates(text: String) {
        #expect(LocalDate(iso: text) == nil)
        #expect(LocalDate(iso: text[...]) == nil)
        #expect(Array(text.utf8).withUnsafeBufferPointer { LocalDate(iso: $0) } == nil)
    }

    @Test("R4: days between dates are signed whole days")
    func dayArithmetic() throws {
        let due = try #require(LocalDate(iso: "2026-01-15"))
        let run = try #require(LocalDate(iso: "2026-01-24"))
        #expect(run.days(since: due) == 9)
        #expect(due.days(since: run) == -9)
        #expect(due.adding(days: 17).isoString == "2026-02-01")
        #expect(LocalDate(iso: "2024-03-01")!.adding(days: -1).isoString == "2024-02-29")
        #expect(LocalDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
    }
}

@Suite("Money")
struct MoneyTests {
    @Test("Decimals parse exactly into minor units", arguments: [
        ("0", 0), ("12", 1200), ("12.5", 1250), ("12.05", 1205), ("-3.10", -310),
        ("999999999999.99", 99_999_999_999_999),
    ] as [(String, Int64)])
    func parses(text: String, minorUnits: Int64) {
        #expect(Money(decimal: text)?.minorUnits == minorUnits)
        #expect(Money(decimal: text[...])?.minorUnits == minorUnits)
        #expect(Array(text.utf8).withUnsafeBufferPointer { Money(decimal: $0) }?.minorUnits == minorUnits)
    }

    @Test("Malformed amounts are refused", arguments: [
        "", "-", ".5", "1.", "1.234", "1,5", "1e3", "12 000", "abc", "--1", "1.2.3",
    ])
    func refuses(text: String) {
        #expect(Money(decimal: text) == nil)
        #expect(Money(decimal: text[...]) == nil)
        #expect(Array(text.utf8).withUnsafeBufferPointer { Money(decimal: $0) } == nil)
    }

    @Test("Amounts print with two decimals and add without rounding")
    func printsAndAdds() {
        #expect(Money(minorUnits: 5).decimalString == "0.05")
        #expect(Money(minorUnits: -123_456).decimalString == "-1234.56")
        let tenth = Money(decimal: "0.10")!
        let sum = (0..<3).reduce(Money.zero) { total, _ in total + tenth }
        #expect(sum == Money(decimal: "0.30"))
    }
}
