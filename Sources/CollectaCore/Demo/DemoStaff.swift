/// The demo company's own people: collections agents and sales groups.
enum DemoStaff {
    /// The legal name of the demo company, shown as `{{company.name}}`.
    static let companyName = "ООО «Северный ветер»"
    /// The company's postal address, at the head of its letters.
    static let companyAddress = "Невский проспект, 28\n191186 Санкт-Петербург\nРоссия"
    /// The company's mail domain.
    static let domain = "severny-veter.ru"
    /// The company (accounting) currency.
    static let companyCurrency = "RUB"

    /// Agents who work Russian customers.
    static let russianAgentIDs = ["AG-01", "AG-02", "AG-03"]
    /// Agents who work foreign customers.
    static let foreignAgentIDs = ["AG-04", "AG-05"]

    /// Five collectors: three for Russian customers, two for export customers.
    static let agents: [CollectionsAgent] = [
        agent("AG-01", "Ольга Смирнова", "o.smirnova", "+7 (495) 640-12-01"),
        agent("AG-02", "Дмитрий Козлов", "d.kozlov", "+7 (495) 640-12-02"),
        agent("AG-03", "Екатерина Волкова", "e.volkova", "+7 (495) 640-12-03"),
        agent("AG-04", "James Whitaker", "j.whitaker", "+7 (495) 640-12-04"),
        agent("AG-05", "Sarah Mitchell", "s.mitchell", "+7 (495) 640-12-05"),
    ]

    /// Sales groups for Moscow, the regions, export and key accounts.
    static let salesGroups: [SalesGroup] = [
        SalesGroup(id: "SG-MOSCOW", name: "Продажи — Москва", members: [
            member("Андрей Лебедев", "a.lebedev"),
            member("Наталья Морозова", "n.morozova"),
            member("Игорь Соколов", "i.sokolov"),
        ]),
        SalesGroup(id: "SG-REGIONS", name: "Продажи — регионы", members: [
            member("Светлана Кузнецова", "s.kuznetsova"),
            member("Павел Новиков", "p.novikov"),
        ]),
        SalesGroup(id: "SG-EXPORT", name: "Export sales", members: [
            member("Daniel Hughes", "d.hughes"),
            member("Emma Clarke", "e.clarke"),
            member("Марина Фёдорова", "m.fedorova"),
        ]),
        SalesGroup(id: "SG-KEY", name: "Ключевые клиенты / Key accounts", members: [
            member("Алексей Орлов", "a.orlov"),
            member("Oliver Bennett", "o.bennett"),
        ]),
    ]

    /// The sales group that serves key (VIP) accounts.
    static let keyAccountsGroupID = "SG-KEY"
    /// The sales group that serves foreign customers.
    static let exportGroupID = "SG-EXPORT"
    /// The sales groups that serve Russian customers.
    static let russianGroupIDs = ["SG-MOSCOW", "SG-REGIONS"]

    private static func agent(_ id: String, _ name: String, _ login: String, _ phone: String)
        -> CollectionsAgent
    {
        CollectionsAgent(id: id, name: name, email: "\(login)@\(domain)", phone: phone)
    }

    private static func member(_ name: String, _ login: String) -> SalesGroupMember {
        SalesGroupMember(name: name, email: "\(login)@\(domain)")
    }
}
