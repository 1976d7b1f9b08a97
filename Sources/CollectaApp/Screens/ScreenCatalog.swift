/// The areas of the application, in menu order. Each area adds its entry here.
public enum ScreenCatalog {
    public static var menuEntries: [MenuEntry] {
        [
            MenuEntry(DocumentsTexts.activityTemplates) { DocumentListScreen(context: $0, kind: .activityTemplates) },
            MenuEntry(DocumentsTexts.emailTemplates) { DocumentListScreen(context: $0, kind: .emailTemplates) },
            MenuEntry(DocumentsTexts.letterSequences) { DocumentListScreen(context: $0, kind: .letterSequences) },
        ]
    }
}
