/// Draws the names of customers' people.
enum DemoPeople {
    /// A contact person in the naming style of `style` (Russian when nil): `Мария Иванова`,
    /// mailbox `m.ivanova`.
    static func person(style: DemoNameStyle?, random: inout SeededGenerator) -> DemoPerson {
        guard let style else { return russianPerson(random: &random) }
        let first = random.element(of: DemoNamesForeign.firstNames(style))
        let last = random.element(of: DemoNamesForeign.surnames(style))
        return DemoPerson(name: first + " " + last, localPart: localPart(first: first, last: last))
    }

    /// The owner of a sole trader, named the legal way (`Иванов Сергей Петрович`), with a
    /// personal mailbox such as `ivanov.sp`.
    static func russianSoleTrader(random: inout SeededGenerator) -> DemoPerson {
        let isFemale = random.chance(percent: 40)
        let names = isFemale ? DemoNamesRussian.femaleFirstNames : DemoNamesRussian.maleFirstNames
        let first = random.element(of: names)
        let surname = random.element(of: DemoNamesRussian.surnames)
        let last = isFemale ? DemoNamesRussian.feminine(surname) : surname
        let patronymics = random.element(of: DemoNamesRussian.patronymics)
        let patronymic = isFemale ? patronymics.1 : patronymics.0
        let initials = DemoTransliteration.slug(
            String(first.prefix(1)) + String(patronymic.prefix(1)))
        return DemoPerson(
            name: "\(last) \(first) \(patronymic)",
            localPart: DemoTransliteration.slug(last) + "." + initials)
    }

    private static func russianPerson(random: inout SeededGenerator) -> DemoPerson {
        let isFemale = random.chance(percent: 60)
        let names = isFemale ? DemoNamesRussian.femaleFirstNames : DemoNamesRussian.maleFirstNames
        let first = random.element(of: names)
        let surname = random.element(of: DemoNamesRussian.surnames)
        let last = isFemale ? DemoNamesRussian.feminine(surname) : surname
        return DemoPerson(name: first + " " + last, localPart: localPart(first: first, last: last))
    }

    /// `initial.surname` in ASCII, e.g. `t.mueller` for Thomas Müller.
    private static func localPart(first: String, last: String) -> String {
        DemoTransliteration.slug(String(first.prefix(1))) + "." + DemoTransliteration.slug(last)
    }
}
