/// The naming style of a foreign market: which name tables its companies and people use.
enum DemoNameStyle: Sendable {
    case english, german, french
}

/// A foreign market the demo company exports to.
struct DemoForeignMarket: Sendable {
    let language: String
    let country: String
    let currency: String
    let legalForms: [String]
    let topLevelDomain: String
    /// The phone number up to the subscriber digits, e.g. `+44 20 7946 0`.
    let phonePrefix: String
    /// How many random subscriber digits follow the prefix.
    let phoneDigits: Int
    let style: DemoNameStyle
    /// Relative share of foreign customers.
    let weight: Int
}

/// Name tables for the English, German and French customers of the demo company.
enum DemoNamesForeign {
    /// Markets with their shares. German and French have no template message, so their customers
    /// exercise the default-language fallback of R14; `en-GB` and `en-US` fall back to `en`.
    static let markets: [DemoForeignMarket] = [
        market("en-GB", "GB", "GBP", ["Ltd", "Ltd", "Ltd", "PLC"], "co.uk", "+44 20 7946 0", 3,
               .english, 30),
        market("en-US", "US", "USD", ["LLC", "LLC", "Inc.", "Corp."], "com", "+1 212 555 01", 2,
               .english, 25),
        market("en", "IE", "EUR", ["Ltd", "DAC"], "ie", "+353 1 ", 7, .english, 12),
        market("en", "NL", "EUR", ["B.V."], "nl", "+31 20 ", 7, .english, 10),
        market("de", "DE", "EUR", ["GmbH", "GmbH", "AG", "GmbH & Co. KG"], "de", "+49 30 ", 8,
               .german, 13),
        market("de", "AT", "EUR", ["GmbH"], "at", "+43 1 ", 7, .german, 3),
        market("fr", "FR", "EUR", ["SARL", "SAS", "SA"], "fr", "+33 1 ", 8, .french, 7),
    ]

    /// Company name roots per style.
    static func companyRoots(_ style: DemoNameStyle) -> [String] {
        switch style {
        case .english: englishRoots
        case .german: germanRoots
        case .french: frenchRoots
        }
    }

    /// Trade words that follow a root (`Northbridge Logistics`) per style.
    static func tradeWords(_ style: DemoNameStyle) -> [String] {
        switch style {
        case .english: englishTrades
        case .german: germanTrades
        case .french: frenchTrades
        }
    }

    /// First names per style.
    static func firstNames(_ style: DemoNameStyle) -> [String] {
        switch style {
        case .english: englishFirstNames
        case .german: germanFirstNames
        case .french: frenchFirstNames
        }
    }

    /// Surnames per style.
    static func surnames(_ style: DemoNameStyle) -> [String] {
        switch style {
        case .english: englishSurnames
        case .german: germanSurnames
        case .french: frenchSurnames
        }
    }

    /// The shared accounts mailbox per style: display name and local part.
    static func mailbox(_ style: DemoNameStyle) -> (name: String, localPart: String) {
        switch style {
        case .english: ("Accounts Payable", "accounts.payable")
        case .german: ("Buchhaltung", "buchhaltung")
        case .french: ("Comptabilité fournisseurs", "comptabilite")
        }
    }

    private static let englishRoots = [
        "Northbridge", "Riverside", "Oakfield", "Bluewater", "Harbour", "Kingsway", "Westbrook",
        "Silverline", "Greenfield", "Redstone", "Ashford", "Brightwell", "Clearview", "Eastgate",
        "Fairhaven", "Highland", "Ironbridge", "Lakeside", "Millbrook", "Pinecrest",
        "Stonebridge", "Summit", "Thornbury", "Crescent", "Meadowbank", "Hawthorn",
        "Copperfield", "Seaview", "Marlow", "Whitmore",
    ]

    private static let englishTrades = [
        "Logistics", "Foods", "Engineering", "Trading", "Supplies", "Systems", "Industries",
        "Retail", "Components", "Textiles", "Packaging", "Healthcare",
    ]

    private static let germanRoots = [
        "Alpenblick", "Rheintal", "Nordlicht", "Schwarzwald", "Bergmann", "Hansa", "Elbtal",
        "Donau", "Sonnenfeld", "Weidenhof", "Lindenberg", "Falkenstein", "Tannenhof",
        "Steinbach", "Mühlental", "Isartal",
    ]

    private static let germanTrades = [
        "Logistik", "Maschinenbau", "Handel", "Technik", "Lebensmittel", "Verpackung", "Bau",
        "Elektro", "Metallwerk", "Medizintechnik",
    ]

    private static let frenchRoots = [
        "Bellevue", "Lumière", "Beauval", "Montclair", "Rivière", "Clairefontaine", "Valmont",
        "Chantemerle", "Sainte-Croix", "Hautefort",
    ]

    private static let frenchTrades = [
        "Distribution", "Emballages", "Industrie", "Logistique", "Équipements", "Alimentaire",
        "Services", "Technologies",
    ]

    private static let englishFirstNames = [
        "James", "Oliver", "William", "Thomas", "George", "Daniel", "Michael", "David",
        "Emily", "Charlotte", "Sophie", "Hannah", "Jessica", "Laura", "Rachel", "Olivia",
    ]

    private static let englishSurnames = [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
        "Hall", "Wood", "Jackson", "Clarke", "Harris", "Lewis", "Baker", "Turner",
    ]

    private static let germanFirstNames = [
        "Thomas", "Michael", "Andreas", "Stefan", "Markus", "Jürgen", "Tobias", "Florian",
        "Sabine", "Petra", "Claudia", "Katrin", "Anja", "Julia", "Monika", "Birgit",
    ]

    private static let germanSurnames = [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
    ]

    private static let frenchFirstNames = [
        "Pierre", "Nicolas", "Julien", "François", "Laurent", "Antoine",
        "Camille", "Isabelle", "Nathalie", "Sophie", "Céline", "Hélène",
    ]

    private static let frenchSurnames = [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garnier", "Rousseau",
    ]

    private static func market(
        _ language: String, _ country: String, _ currency: String, _ legalForms: [String],
        _ topLevelDomain: String, _ phonePrefix: String, _ phoneDigits: Int,
        _ style: DemoNameStyle, _ weight: Int
    ) -> DemoForeignMarket {
        DemoForeignMarket(
            language: language, country: country, currency: currency, legalForms: legalForms,
            topLevelDomain: topLevelDomain, phonePrefix: phonePrefix, phoneDigits: phoneDigits,
            style: style, weight: weight)
    }
}
