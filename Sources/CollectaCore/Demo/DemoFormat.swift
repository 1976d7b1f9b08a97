/// Small text helpers of the demo generator.
enum DemoFormat {
    /// `value` in decimal, left-padded with zeros to at least `width` digits.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `count` random decimal digits.
    static func digits(_ count: Int, random: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<count {
            text += String(random.int(in: 0...9))
        }
        return text
    }

    /// `count` random digits of a subscriber number, which never starts with 0 or 1.
    static func subscriberNumber(_ count: Int, random: inout SeededGenerator) -> String {
        guard count > 0 else { return "" }
        return String(random.int(in: 2...9)) + digits(count - 1, random: &random)
    }

    /// Words that tell apart companies whose root and ending repeat in a later cycle; nil is
    /// the Russian family (cities).
    static func qualifiers(_ style: DemoNameStyle?) -> [String] {
        switch style {
        case nil:
            ["(Санкт-Петербург)", "(Екатеринбург)", "(Новосибирск)", "(Казань)", "(Самара)",
             "(Нижний Новгород)", "(Ростов-на-Дону)", "(Красноярск)", "(Москва)"]
        case .english?: ["North", "South", "East", "West", "Central", "International", "Group"]
        case .german?: ["Nord", "Süd", "Ost", "West", "International", "Holding"]
        case .french?: ["Nord", "Sud", "Est", "Ouest", "International"]
        }
    }

    /// The qualifier for wrap-around `cycle` (1, 2, …): the words in turn, then the words with
    /// a number (`North 2`), so that every cycle gets a different one.
    static func qualifier(cycle: Int, from words: [String]) -> String {
        let word = words[(cycle - 1) % words.count]
        let round = (cycle - 1) / words.count + 1
        return round > 1 ? word + " " + String(round) : word
    }

    /// A stride coprime with `count` that is not tiny, so consecutive customers get unrelated
    /// name combinations.
    static func coprimeStride(for count: Int) -> Int {
        var stride = count * 5 / 8 + 1
        while greatestCommonDivisor(stride, count) != 1 {
            stride += 1
        }
        return stride
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 {
            (x, y) = (y, x % y)
        }
        return x
    }
}
