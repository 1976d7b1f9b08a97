/// The areas of the application, in menu order. Each area adds its entry here.
public enum ScreenCatalog {
    public static var menuEntries: [MenuEntry] {
        [
            MenuEntry(SetupTexts.title) { SetupScreen(context: $0) },
            MenuEntry(PoolsTexts.menuEntry) { PoolListScreen(context: $0) },
            MenuEntry(DocumentsTexts.activityTemplates) { DocumentListScreen(context: $0, kind: .activityTemplates) },
            MenuEntry(DocumentsTexts.emailTemplates) { DocumentListScreen(context: $0, kind: .emailTemplates) },
            MenuEntry(DocumentsTexts.letterSequences) { DocumentListScreen(context: $0, kind: .letterSequences) },
            MenuEntry(ParametersTexts.title) { ParametersScreen(context: $0) },
            MenuEntry(MailServerTexts.title) { MailServerScreen(context: $0) },
            MenuEntry(AssignmentsTexts.menuEntry) { ProcessAssignmentScreen(context: $0) },
            MenuEntry(ManualAssignmentTexts.title) { ManualAssignmentScreen(context: $0) },
            MenuEntry(HistoryTexts.title) { HistoryScreen(context: $0) },
            MenuEntry(OutboxTexts.title) { OutboxScreen(context: $0) },
            MenuEntry(LettersTexts.title) { LettersScreen(context: $0) },
            MenuEntry(SimulationTexts.title) { SimulationScreen(context: $0) },
            MenuEntry(SimulationTexts.runTitle) { RunNowScreen(context: $0) },
            MenuEntry(ActivitiesTexts.title) { ActivitiesScreen(context: $0) },
        ]
    }
}
