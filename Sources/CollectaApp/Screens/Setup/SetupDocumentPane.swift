import CollectaCore
import TerminalUI

/// The read-only business document pane: what the selected step sends or creates.
enum SetupDocumentPane {
    /// The lines describing the business document of `step` (nil: no step selected).
    static func lines(
        for step: ProcessStep?, in configuration: CollectionsConfiguration, language: Language
    ) -> [String] {
        guard let step else { return [SetupTexts.noStep(language)] }
        switch step.action {
        case .activity:
            guard let id = step.documentID else { return [SetupTexts.missingDocument(language)] }
            guard let template = configuration.activityTemplates.first(where: { $0.id == id }) else {
                return [SetupTexts.unknownDocument(language) + id]
            }
            return activityLines(template, language)
        case .email:
            guard let id = step.documentID else { return [SetupTexts.missingDocument(language)] }
            guard let template = configuration.emailTemplates.first(where: { $0.id == id }) else {
                return [SetupTexts.unknownDocument(language) + id]
            }
            return emailLines(template, language)
        case .letter:
            return letterLines(configuration, language)
        }
    }

    private static func activityLines(_ template: ActivityTemplate, _ language: Language) -> [String] {
        [
            SetupTexts.activityTemplate(language) + " " + template.id + " — " + template.name,
            SetupTexts.type(language) + ": " + SetupLabels.activityType(template.type)(language) + " · "
                + SetupTexts.daysToComplete(language) + ": " + String(template.daysToComplete),
            SetupTexts.purpose(language) + ": " + template.purpose,
            SetupTexts.details(language) + ": " + template.details.replacingLineBreaks(),
        ]
    }

    private static func emailLines(_ template: EmailTemplate, _ language: Language) -> [String] {
        let header = [
            SetupTexts.emailTemplate(language) + " " + template.id + " — " + template.description,
            SetupTexts.defaultLanguage(language) + ": " + template.defaultLanguage + " · "
                + SetupTexts.sender(language) + ": " + template.senderName + " <" + template.senderEmail + ">",
        ]
        let width = max(DisplayWidth.of(SetupTexts.language(language)), 5)
        let messages = template.messages.map { message in
            "  " + DisplayWidth.pad(message.language, to: width) + "  " + message.subject
        }
        let title = "  " + DisplayWidth.pad(SetupTexts.language(language), to: width) + "  " + SetupTexts.subject(language)
        return header + [title] + messages
    }

    private static func letterLines(_ configuration: CollectionsConfiguration, _ language: Language) -> [String] {
        let note = [SetupTexts.letterNote(language), SetupTexts.letterSource(language)]
        guard let id = configuration.parameters.defaultLetterSequenceID else {
            return note + [SetupTexts.noDefaultSequence(language)]
        }
        let description = configuration.letterSequences.first { $0.id == id }?.description
        return note + [SetupTexts.defaultSequence(language) + id + (description.map { " — " + $0 } ?? "")]
    }

    /// Draws `lines` into `area`, one per row, clipped; the first line in the header style.
    static func render(_ lines: [String], into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        for (offset, line) in lines.prefix(area.height).enumerated() {
            let style = theme.style(offset == 0 ? .header : .normal)
            buffer.write(DisplayWidth.clip(line, to: area.width), at: Point(x: area.x, y: area.y + offset),
                         style: style, clip: area)
        }
    }
}

extension String {
    /// The text on one line: line breaks become spaces.
    fileprivate func replacingLineBreaks() -> String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
