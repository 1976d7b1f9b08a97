import Mustache

/// A parsed template with each placeholder name resolved, once, to the field it shows.
///
/// swift-mustache looks every name up anew for each customer: it splits the name, walks the
/// context stack, casts values to its protocols and reflects on what it finds, and the values
/// must first be arranged as a tree (``PlaceholderTree``). That was most of the cost of a run's
/// emails and letters. The placeholder tree's shape does not depend on the values (a value
/// that is absent is still there, as absent), so where a name leads can be settled when the
/// template is compiled: rendering then only reads the fields used and appends text.
///
/// A program renders exactly what swift-mustache renders from the same parse
/// (``TemplateTokens``) over ``PlaceholderTree/values(of:)``; the rendering tests compare the
/// two. A template using anything else (a group or a list as a value, transforms, partials)
/// gets no program and is rendered by swift-mustache.
struct TemplateProgram: Sendable {
    fileprivate let steps: [Step]

    /// `template` compiled, or nil when it uses something a program does not do.
    init?(_ template: MustacheTemplate) {
        guard let tokens = TemplateTokens.tokens(of: template),
              let steps = ProgramCompiler.steps(
                tokens, scopes: [.shape(ProgramShape.root)], listDepth: 0, escapes: true)
        else { return nil }
        self.steps = steps
    }

    /// The text for `context`.
    func render(_ context: RenderingContext) -> String {
        var output = HTMLBuffer(capacity: 1024)
        var items: [SectionItem] = []
        ProgramRunner(context: context).run(steps, items: &items, into: &output)
        return output.string
    }
}

/// What a name leads to.
private indirect enum ShapeNode: Sendable {
    case value(FieldReference)
    case group([String: ShapeNode])
    case list(SectionList)
}

/// The field a value shows: of the rendering context, or of the item of a section at `depth`
/// (0 for the outermost section over a list).
private enum FieldReference: Sendable {
    case context(Int)
    case overdueInvoice(Int, depth: Int)
    case total(Int, depth: Int)
}

private enum SectionList: Sendable {
    case overdueInvoices, totals
}

/// One item of a section over a list, while its text is rendered.
private enum SectionItem {
    case overdueInvoice(OverdueInvoiceItem)
    case total(CurrencyTotal)
}

/// A compiled template's steps.
private enum Step: Sendable {
    case text(String)
    case value(FieldReference, escaped: Bool)
    /// Shown when the value is present.
    case valueSection(FieldReference, [Step])
    /// Shown when the value is absent.
    case invertedValueSection(FieldReference, [Step])
    /// Shown once per item.
    case listSection(SectionList, [Step])
    /// Shown when the list is empty.
    case invertedListSection(SectionList, [Step])
}

/// The names of the placeholder tree (``PlaceholderTree/values(of:)``) and where they lead.
private enum ProgramShape {
    static let root: [String: ShapeNode] = {
        var root: [String: ShapeNode] = [:]
        for (index, field) in PlaceholderFields.context.enumerated() {
            insert(.value(.context(index)), at: field.path[...], into: &root)
        }
        root[PlaceholderFields.overdueInvoicesSection] = .list(.overdueInvoices)
        root[PlaceholderFields.totalsSection] = .list(.totals)
        return root
    }()

    /// The names of an item of `list` in a section at `depth`.
    static func item(of list: SectionList, depth: Int) -> [String: ShapeNode] {
        var item: [String: ShapeNode] = [:]
        switch list {
        case .overdueInvoices:
            for (index, field) in PlaceholderFields.overdueInvoice.enumerated() {
                insert(.value(.overdueInvoice(index, depth: depth)), at: field.path[...], into: &item)
            }
        case .totals:
            for (index, field) in PlaceholderFields.total.enumerated() {
                insert(.value(.total(index, depth: depth)), at: field.path[...], into: &item)
            }
        }
        return item
    }

    /// As ``PlaceholderTree``'s insertion: a later name replaces an earlier one.
    private static func insert(_ node: ShapeNode, at path: ArraySlice<String>, into tree: inout [String: ShapeNode]) {
        guard let key = path.first else { return }
        if path.count == 1 {
            tree[key] = node
            return
        }
        var group: [String: ShapeNode] = [:]
        if case .group(let existing)? = tree.removeValue(forKey: key) {
            group = existing
        }
        insert(node, at: path.dropFirst(), into: &group)
        tree[key] = .group(group)
    }
}

/// Compiles tokens into steps, resolving names as swift-mustache's `getChild` does.
private enum ProgramCompiler {
    /// What the context stack holds while a text renders, innermost last.
    enum Scope {
        /// An object with names: the root, a group, a section's item.
        case shape([String: ShapeNode])
        /// A value or a list: swift-mustache finds no name in them.
        case opaque
    }

    enum Resolution {
        case node(ShapeNode)
        case nothing
    }

    /// - Parameters:
    ///   - listDepth: how many sections over lists enclose the tokens.
    ///   - escapes: whether the content type is HTML (it is unless a pragma says otherwise).
    static func steps(
        _ tokens: [TemplateTokens.Token], scopes: [Scope], listDepth: Int, escapes: Bool
    ) -> [Step]? {
        var escapes = escapes
        var steps: [Step] = []
        for token in tokens {
            switch token {
            case .text(let text):
                steps.append(.text(text))
            case .contentType(let html):
                escapes = html
            case .variable(let name, let escaped):
                guard let path = path(of: name) else { return nil }
                switch resolve(path, in: scopes) {
                case .nothing: continue
                case .node(.value(let field)): steps.append(.value(field, escaped: escaped && escapes))
                case .node: return nil
                }
            case .section(let name, let inverted, let body):
                let inner = Nesting(scopes: scopes, listDepth: listDepth, escapes: escapes)
                guard let path = path(of: name),
                      let step = section(resolve(path, in: scopes), inverted: inverted, body, inner)
                else { return nil }
                steps += step
            }
        }
        return steps
    }

    /// Where a section's body is compiled.
    struct Nesting {
        let scopes: [Scope]
        let listDepth: Int
        let escapes: Bool

        func steps(_ tokens: [TemplateTokens.Token], pushing scope: Scope? = nil, list: Bool = false) -> [Step]? {
            ProgramCompiler.steps(
                tokens, scopes: scopes + (scope.map { [$0] } ?? []), listDepth: listDepth + (list ? 1 : 0),
                escapes: escapes)
        }
    }

    /// The steps of a section over what its name leads to, as swift-mustache's `renderSection`
    /// and `renderInvertedSection` treat it: a value or a list is pushed onto the context stack
    /// (where no name is found in it), a group is pushed with its names.
    private static func section(
        _ resolution: Resolution, inverted: Bool, _ body: [TemplateTokens.Token], _ nesting: Nesting
    ) -> [Step]? {
        switch (resolution, inverted) {
        case (.nothing, false), (.node(.group), true):
            return []
        case (.nothing, true):
            return nesting.steps(body)
        case (.node(.value(let field)), false):
            return nesting.steps(body, pushing: .opaque).map { [.valueSection(field, $0)] }
        case (.node(.value(let field)), true):
            return nesting.steps(body).map { [.invertedValueSection(field, $0)] }
        case (.node(.group(let names)), false):
            return nesting.steps(body, pushing: .shape(names))
        case (.node(.list(let list)), false):
            let item = Scope.shape(ProgramShape.item(of: list, depth: nesting.listDepth))
            return nesting.steps(body, pushing: item, list: true).map { [.listSection(list, $0)] }
        case (.node(.list(let list)), true):
            return nesting.steps(body, pushing: .opaque).map { [.invertedListSection(list, $0)] }
        }
    }

    /// The name split at its dots, as `getChild` splits it; nil for the names it treats apart
    /// (`.`, a name starting with a dot, the empty name).
    private static func path(of name: String) -> [String]? {
        guard !name.isEmpty, name.first != "." else { return nil }
        return name.split(separator: ".").map(String.init)
    }

    /// `getChild`: the innermost scope that has the first name, then each further name within.
    private static func resolve(_ path: [String], in scopes: [Scope]) -> Resolution {
        for scope in scopes.reversed() {
            guard case .shape(let names) = scope, var node = names[path[0]] else { continue }
            for name in path.dropFirst() {
                guard case .group(let children) = node, let child = children[name] else { return .nothing }
                node = child
            }
            return .node(node)
        }
        return .nothing
    }
}

/// Runs steps against one rendering context.
private struct ProgramRunner {
    let context: RenderingContext

    func run(_ steps: [Step], items: inout [SectionItem], into output: inout HTMLBuffer) {
        for step in steps {
            switch step {
            case .text(let text):
                output.append(text)
            case .value(let field, let escaped):
                guard let value = value(field, items) else { continue }
                if escaped { output.appendEscaped(value[...]) } else { output.append(value) }
            case .valueSection(let field, let body):
                if value(field, items) != nil { run(body, items: &items, into: &output) }
            case .invertedValueSection(let field, let body):
                if value(field, items) == nil { run(body, items: &items, into: &output) }
            case .listSection(let list, let body):
                for item in self.items(of: list) {
                    items.append(item)
                    run(body, items: &items, into: &output)
                    items.removeLast()
                }
            case .invertedListSection(let list, let body):
                if isEmpty(list) { run(body, items: &items, into: &output) }
            }
        }
    }

    /// The field's value; nil when absent (an empty value is absent).
    private func value(_ field: FieldReference, _ items: [SectionItem]) -> String? {
        let value: String?
        switch field {
        case .context(let index):
            value = PlaceholderFields.context[index].value(context)
        case .overdueInvoice(let index, let depth):
            guard case .overdueInvoice(let item) = items[depth] else { preconditionFailure("compiled for another list") }
            value = PlaceholderFields.overdueInvoice[index].value(item)
        case .total(let index, let depth):
            guard case .total(let total) = items[depth] else { preconditionFailure("compiled for another list") }
            value = PlaceholderFields.total[index].value(total)
        }
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }

    private func items(of list: SectionList) -> [SectionItem] {
        switch list {
        case .overdueInvoices:
            context.overdueInvoices.map { .overdueInvoice(OverdueInvoiceItem(invoice: $0, runDate: context.runDate)) }
        case .totals:
            context.totals.map { .total($0) }
        }
    }

    private func isEmpty(_ list: SectionList) -> Bool {
        switch list {
        case .overdueInvoices: context.overdueInvoices.isEmpty
        case .totals: context.totals.isEmpty
        }
    }
}
