import Mustache

/// A rendering context's values, or the catalogue's shape, arranged the way mustache looks names
/// up: `customer.name` is the value `name` of the group `customer`.
indirect enum PlaceholderNode: Sendable {
    /// A value; nil when absent.
    case value(String?)
    /// Placeholders under a common prefix, such as `customer`.
    case group([String: PlaceholderNode])
    /// A section's items.
    case list([[String: PlaceholderNode]])
}

/// Builds placeholder trees from ``PlaceholderFields``.
enum PlaceholderTree {
    /// The values of `context` under their catalogue names.
    static func values(of context: RenderingContext) -> [String: PlaceholderNode] {
        var root = tree(PlaceholderFields.context, of: context)
        let invoices = context.overdueInvoices.map {
            OverdueInvoiceItem(invoice: $0, runDate: context.runDate)
        }
        root[PlaceholderFields.overdueInvoicesSection] = .list(
            invoices.map { tree(PlaceholderFields.overdueInvoice, of: $0) })
        root[PlaceholderFields.totalsSection] = .list(
            context.totals.map { tree(PlaceholderFields.total, of: $0) })
        return root
    }

    /// The catalogue's shape: every name, with no value, and each section with one item.
    static let shape: [String: PlaceholderNode] = {
        var root = tree(names: PlaceholderCatalogue.placeholders.map(\.name))
        for section in PlaceholderCatalogue.sections {
            root[section.name] = .list([tree(names: section.itemPlaceholders.map(\.name))])
        }
        return root
    }()

    private static func tree<Subject>(_ fields: [PlaceholderField<Subject>], of subject: Subject)
        -> [String: PlaceholderNode]
    {
        var tree: [String: PlaceholderNode] = [:]
        for field in fields {
            // An empty value is absent, so that sections over it behave as for a missing one.
            let value = field.value(subject).flatMap { $0.isEmpty ? nil : $0 }
            insert(value, at: field.path[...], into: &tree)
        }
        return tree
    }

    private static func tree(names: [String]) -> [String: PlaceholderNode] {
        var tree: [String: PlaceholderNode] = [:]
        for name in names {
            insert(nil, at: name.split(separator: ".").map(String.init)[...], into: &tree)
        }
        return tree
    }

    private static func insert(
        _ value: String?, at path: ArraySlice<String>, into tree: inout [String: PlaceholderNode]
    ) {
        guard let key = path.first else { return }
        if path.count == 1 {
            tree[key] = .value(value)
            return
        }
        var group: [String: PlaceholderNode] = [:]
        // Taken out, so that the group is not copied to be changed.
        if case .group(let existing)? = tree.removeValue(forKey: key) {
            group = existing
        }
        insert(value, at: path.dropFirst(), into: &group)
        tree[key] = .group(group)
    }
}

/// Hands a placeholder tree to swift-mustache: a group or an item answers its names, a value is
/// a string (or ``AbsentValue``), a section is an array of items.
struct MustacheFields: MustacheParent {
    let fields: [String: PlaceholderNode]

    func child(named name: String) -> Any? {
        switch fields[name] {
        case .value(let text?)?: text
        case .value(nil)?: AbsentValue()
        case .group(let fields)?: MustacheFields(fields: fields)
        case .list(let items)?: items.map(MustacheFields.init)
        case nil: nil
        }
    }
}

/// An absent value for swift-mustache: it renders as nothing, a section over it is skipped and an
/// inverted section shown. Unlike nil, it ends the name's lookup in the scope that has the name,
/// as the R15 check assumes, instead of falling back to an outer section's value of that name.
struct AbsentValue: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
