/// Name tables for the Russian part of the demo company's customers.
enum DemoNamesRussian {
    /// Company name roots with the Latin slug used in their mail domain.
    static let companyRoots: [(name: String, slug: String)] = [
        ("Вектор", "vektor"), ("Альтаир", "altair"), ("Горизонт", "gorizont"),
        ("Меридиан", "meridian"), ("Стройресурс", "stroyresurs"), ("Техноком", "tehnokom"),
        ("Промснаб", "promsnab"), ("Агроинвест", "agroinvest"), ("Медтехника", "medtehnika"),
        ("Энергосервис", "energoservis"), ("Сибирь", "sibir"), ("Полярис", "polaris"),
        ("Кристалл", "kristall"), ("Феникс", "feniks"), ("Орион", "orion"),
        ("Гранит", "granit"), ("Спектр", "spektr"), ("Атлант", "atlant"),
        ("Континент", "kontinent"), ("Ладога", "ladoga"), ("Ангара", "angara"),
        ("Енисей", "enisey"), ("Каскад", "kaskad"), ("Магистраль", "magistral"),
        ("Транзит", "tranzit"), ("Профиль", "profil"), ("Стандарт", "standart"),
        ("Альянс", "alyans"), ("Дельта", "delta"), ("Импульс", "impuls"),
        ("Оптима", "optima"), ("Ресурс", "resurs"), ("Прогресс", "progress"),
        ("Эталон", "etalon"), ("Зенит", "zenit"), ("Рубикон", "rubikon"),
        ("Таймыр", "taymyr"), ("Байкал", "baykal"), ("Кама", "kama"), ("Арсенал", "arsenal"),
    ]

    /// Endings appended to a root (`Вектор-Трейд`), with their slug.
    static let companySuffixes: [(name: String, slug: String)] = [
        ("", ""), ("-Трейд", "-trade"), ("-Строй", "-stroy"), ("-Сервис", "-service"),
        ("-Логистик", "-logistic"), ("-Снаб", "-snab"), (" Групп", "-group"),
        ("-Инвест", "-invest"), ("-Пром", "-prom"), ("-Агро", "-agro"), ("-Тех", "-tech"),
        ("-М", "-m"),
    ]

    /// Legal forms of companies with their relative weights; `ИП` is a sole trader.
    static let legalForms: [(String, Int)] = [("ООО", 70), ("АО", 15), ("ПАО", 3), ("ИП", 12)]

    /// Cities with their telephone area code; Moscow customers belong to the Moscow sales group.
    static let cities: [(name: String, areaCode: String)] = [
        ("Москва", "495"), ("Москва", "499"), ("Санкт-Петербург", "812"),
        ("Екатеринбург", "343"), ("Новосибирск", "383"), ("Казань", "843"),
        ("Нижний Новгород", "831"), ("Ростов-на-Дону", "863"), ("Самара", "846"),
        ("Красноярск", "391"),
    ]

    static let maleFirstNames = [
        "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Иван", "Михаил",
        "Николай", "Владимир", "Евгений", "Павел", "Артём", "Игорь", "Роман", "Олег",
    ]

    static let femaleFirstNames = [
        "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Мария", "Светлана",
        "Юлия", "Екатерина", "Марина", "Анастасия", "Виктория", "Ксения", "Людмила", "Галина",
    ]

    /// Surnames in their masculine form; ``feminine(_:)`` derives the feminine one.
    static let surnames = [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
        "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
        "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
        "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов",
        "Воробьёв", "Сергеев", "Кудрявцев", "Белов", "Тарасов", "Комаров", "Жуков", "Ковалёв",
        "Ильин", "Гусев", "Титов", "Крылов", "Максимов", "Поляков", "Сорокин", "Виноградов",
        "Вишневский", "Покровский", "Заславский",
    ]

    /// Patronymics as (masculine, feminine) pairs.
    static let patronymics: [(String, String)] = [
        ("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"),
        ("Дмитриевич", "Дмитриевна"), ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"),
        ("Иванович", "Ивановна"), ("Михайлович", "Михайловна"), ("Николаевич", "Николаевна"),
        ("Владимирович", "Владимировна"), ("Евгеньевич", "Евгеньевна"), ("Павлович", "Павловна"),
        ("Игоревич", "Игоревна"), ("Олегович", "Олеговна"), ("Викторович", "Викторовна"),
        ("Юрьевич", "Юрьевна"), ("Петрович", "Петровна"),
    ]

    /// Free mail domains sole traders use.
    static let freeMailDomains = ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru"]

    /// Shared mailboxes of an accounts department: display name and local part.
    static let mailboxes: [(name: String, localPart: String)] = [
        ("Бухгалтерия", "buh"), ("Бухгалтерия", "buhgalteria"), ("Финансовый отдел", "finance"),
        ("Расчётный отдел", "oplata"),
    ]

    /// The feminine form of a masculine surname (`Иванов` → `Иванова`, `Вишневский` →
    /// `Вишневская`).
    static func feminine(_ surname: String) -> String {
        guard surname.hasSuffix("ий") else { return surname + "а" }
        return String(surname.dropLast(2)) + "ая"
    }
}
