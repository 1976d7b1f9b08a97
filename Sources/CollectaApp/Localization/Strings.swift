/// A user-visible string of the application, with its English and Russian text.
///
/// Keys are cases so that a string missing in one language is a compile error, not a blank.
public enum Text: CaseIterable, Sendable {
    case summaryTitle
    case database
    case company
    case currency
    case customers
    case contacts
    case invoices
    case openInvoices
    case salesGroups
    case agents
    case pools
    case hierarchies
    case steps
    case emailTemplates
    case activityTemplates
    case letterSequences
    case item
    case count

    /// The text in `language`.
    public func localized(in language: Language) -> String {
        let pair = translations
        return language == .russian ? pair.russian : pair.english
    }

    private var translations: (english: String, russian: String) {
        switch self {
        case .summaryTitle: ("Collecta database", "База данных Collecta")
        case .database: ("Database", "База данных")
        case .company: ("Company", "Компания")
        case .currency: ("Currency", "Валюта")
        case .customers: ("Customers", "Клиенты")
        case .contacts: ("Contacts", "Контакты")
        case .invoices: ("Invoices", "Счета")
        case .openInvoices: ("Open invoices", "Открытые счета")
        case .salesGroups: ("Sales groups", "Группы продаж")
        case .agents: ("Collections agents", "Агенты по взысканию")
        case .pools: ("Customer pools", "Пулы клиентов")
        case .hierarchies: ("Process hierarchies", "Иерархии процессов")
        case .steps: ("Process steps", "Шаги процессов")
        case .emailTemplates: ("Email templates", "Шаблоны писем")
        case .activityTemplates: ("Activity templates", "Шаблоны действий")
        case .letterSequences: ("Letter sequences", "Последовательности писем-напоминаний")
        case .item: ("Item", "Объект")
        case .count: ("Count", "Количество")
        }
    }
}
