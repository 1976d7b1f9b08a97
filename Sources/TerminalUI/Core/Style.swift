/// A terminal colour: the terminal's default, one of the eight ANSI colours, or a 256-colour index.
public enum Color: Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    /// An index into the 256-colour palette.
    case indexed(UInt8)
}

/// Text attributes a terminal can show.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// How a cell looks: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(
        foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's plain text.
    public static let plain = Style()
}

/// What a piece of the screen is, independent of its colours: widgets draw roles, the theme
/// decides how each role looks.
public enum StyleRole: CaseIterable, Hashable, Sendable {
    case normal, selected, header, error, muted, accent
    /// Borders and rules.
    case border
    /// Pane and dialog titles.
    case title
    /// The focused field or the cursor row of a focused list.
    case focused
    /// Rows marked in a multi-selection.
    case marked
    /// The status line and the help bar.
    case statusBar
    /// Key labels in the help bar.
    case keyLabel
}

/// Maps roles to styles for a terminal's colour capability.
public struct Theme: Sendable {
    /// How many colours the terminal shows, as the theme was chosen for.
    public enum Capability: Sendable {
        case monochrome, eightColors, colors256
    }

    public let capability: Capability
    private let styles: [StyleRole: Style]

    public init(capability: Capability, styles: [StyleRole: Style]) {
        self.capability = capability
        self.styles = styles
    }

    /// The style of `role` (plain when the theme does not name it).
    public func style(_ role: StyleRole) -> Style {
        styles[role] ?? .plain
    }

    /// The theme for a terminal with `colors` colours; `NO_COLOR` (any value, per no-color.org)
    /// and terminals without colour get the monochrome theme.
    public static func forTerminal(colors: Int, environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        if colors >= 256 { return .extended }
        if colors >= 8 { return .standard }
        return .monochrome
    }

    /// Attributes only: works on any terminal.
    public static let monochrome = Theme(capability: .monochrome, styles: [
        .selected: Style(attributes: .reverse), .header: Style(attributes: .bold),
        .error: Style(attributes: [.bold, .underline]), .muted: Style(attributes: .dim),
        .accent: Style(attributes: .bold), .title: Style(attributes: .bold),
        .focused: Style(attributes: .reverse), .marked: Style(attributes: [.bold, .underline]),
        .statusBar: Style(attributes: .reverse), .keyLabel: Style(attributes: [.reverse, .bold]),
    ])

    /// The eight ANSI colours.
    public static let standard = Theme(capability: .eightColors, styles: [
        .selected: Style(foreground: .black, background: .cyan),
        .header: Style(foreground: .yellow, attributes: .bold),
        .error: Style(foreground: .red, attributes: .bold),
        .muted: Style(attributes: .dim), .accent: Style(foreground: .cyan, attributes: .bold),
        .border: Style(foreground: .blue), .title: Style(foreground: .white, attributes: .bold),
        .focused: Style(foreground: .black, background: .white),
        .marked: Style(foreground: .yellow, attributes: .bold),
        .statusBar: Style(foreground: .black, background: .cyan),
        .keyLabel: Style(foreground: .white, background: .blue, attributes: .bold),
    ])

    /// 256 colours: softer backgrounds.
    public static let extended = Theme(capability: .colors256, styles: [
        .selected: Style(foreground: .indexed(231), background: .indexed(24)),
        .header: Style(foreground: .indexed(222), attributes: .bold),
        .error: Style(foreground: .indexed(203), attributes: .bold),
        .muted: Style(foreground: .indexed(245)), .accent: Style(foreground: .indexed(81), attributes: .bold),
        .border: Style(foreground: .indexed(67)), .title: Style(foreground: .indexed(255), attributes: .bold),
        .focused: Style(foreground: .indexed(16), background: .indexed(153)),
        .marked: Style(foreground: .indexed(220), attributes: .bold),
        .statusBar: Style(foreground: .indexed(16), background: .indexed(110)),
        .keyLabel: Style(foreground: .indexed(231), background: .indexed(25), attributes: .bold),
    ])
}
