import Foundation
import Testing

@testable import CollectaCore

@Suite("Rendering: the docs agree with the placeholder catalogue")
struct RenderingDocsTests {
    static func configDocs() throws -> String {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/config.md")
        return try String(contentsOf: docs, encoding: .utf8)
    }

    /// The table row docs/config.md has for `placeholder`.
    static func row(_ placeholder: Placeholder) -> String {
        "| `{{\(placeholder.name)}}` | \(placeholder.meaning) | \(placeholder.example) |\n"
    }

    @Test("Every placeholder and section item has its row, as the catalogue words it")
    func everyPlaceholderHasItsRow() throws {
        let markdown = try Self.configDocs()
        let sections = PlaceholderCatalogue.sections
        let items = sections.flatMap(\.itemPlaceholders)
        for placeholder in PlaceholderCatalogue.placeholders + items {
            #expect(markdown.contains(Self.row(placeholder)), "\(placeholder.name)")
        }
        for section in sections {
            #expect(markdown.contains("`{{#\(section.name)}}…{{/\(section.name)}}`"))
        }
    }

    @Test("The R15 example of docs/rules.md holds")
    func rulesExample() throws {
        var customer = RenderingFixtures.customer
        customer.name = "Smith & Sons <UK>"
        let body = "<p>Dear {{contact.name}}, invoice {{invoice.id}} of {{customer.name}} was due "
            + "on {{invoice.dueDate}}.</p>"
        let rendered = try RenderingFixtures.render(
            body, format: .html, context: RenderingFixtures.context(customer: customer))
        #expect(rendered == "<p>Dear Anna Petrova, invoice INV-1 of Smith &amp; Sons &lt;UK&gt; "
            + "was due on 2026-01-10.</p>")
        let mistyped = body.split(separator: "customer.name").joined(separator: "customer.nmae")
        #expect(TemplateRenderer.placeholderProblems(in: mistyped).map(\.description) == [
            "unknown placeholder {{customer.nmae}}; customer has account, language, name "
                + "(line 1, column 53)",
        ])
    }
}
