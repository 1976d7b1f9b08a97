import Testing
@testable import CollectaApp

@Suite("Localization")
struct LocalizationTests {
    @Test("LANG=ru_* selects Russian; LC_ALL overrides LANG; default is English")
    func languageFromEnvironment() {
        #expect(Language.preferred(by: ["LANG": "ru_RU.UTF-8"]) == .russian)
        #expect(Language.preferred(by: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(Language.preferred(by: ["LANG": "ru_RU.UTF-8", "LC_ALL": "C.UTF-8"]) == .english)
        #expect(Language.preferred(by: ["LC_MESSAGES": "ru_UA.UTF-8", "LANG": "C"]) == .russian)
        #expect(Language.preferred(by: [:]) == .english)
    }

    @Test("Every string has distinct, non-empty English and Russian text")
    func everyStringIsTranslated() {
        for text in Text.allCases {
            let english = text.localized(in: .english)
            let russian = text.localized(in: .russian)
            #expect(!english.isEmpty && !russian.isEmpty)
            #expect(english != russian, "\(text) is not translated")
            #expect(russian.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) })
        }
    }
}
