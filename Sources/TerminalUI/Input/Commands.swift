/// The identifier of a command: what a key is bound to (`"grid.pageDown"`, `"app.quit"`).
public struct CommandID: Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: CommandID, rhs: CommandID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// A command of the one command table: its id, title, group and help text. Help bars, the F1
/// screen and docs/keybindings.md are generated from these.
public struct Command: Hashable, Sendable {
    public let id: CommandID
    /// A short title for the help bar (`Save`).
    public let title: String
    /// The group it is listed under in help (`Navigation`, `Editing`).
    public let group: String
    /// One sentence for the help screen.
    public let help: String

    public init(_ id: CommandID, title: String, group: String, help: String) {
        self.id = id
        self.title = title
        self.group = group
        self.help = help
    }
}

/// Keys bound to commands, in the order they were declared (help lists them in that order).
public struct Keymap: Hashable, Sendable {
    /// One binding; `showsInHelpBar` puts it in the bottom help bar.
    public struct Binding: Hashable, Sendable {
        public let key: Key
        public let command: CommandID
        public let showsInHelpBar: Bool

        public init(_ key: Key, _ command: CommandID, showsInHelpBar: Bool = false) {
            self.key = key
            self.command = command
            self.showsInHelpBar = showsInHelpBar
        }
    }

    /// The layer's name in help (`Grid`, `Setup screen`, `Global`).
    public let name: String
    public let bindings: [Binding]

    public init(_ name: String, _ bindings: [Binding]) {
        self.name = name
        self.bindings = bindings
    }

    /// The command `key` is bound to in this layer.
    public func command(for key: Key) -> CommandID? {
        bindings.first { $0.key == key }?.command
    }

    /// The keys bound to `command`, in declaration order.
    public func keys(for command: CommandID) -> [Key] {
        bindings.filter { $0.command == command }.map(\.key)
    }

    public static let empty = Keymap("", [])
}

/// Keymaps layered from the most specific (the focused widget) to the least (global): a key
/// means what the first layer that binds it says.
public struct KeymapStack: Hashable, Sendable {
    public let layers: [Keymap]

    public init(_ layers: [Keymap]) {
        self.layers = layers
    }

    /// The command `key` resolves to, and the layer index that bound it.
    public func resolve(_ key: Key) -> (command: CommandID, layer: Int)? {
        for (index, layer) in layers.enumerated() {
            if let command = layer.command(for: key) { return (command, index) }
        }
        return nil
    }
}

/// Whether a command can run now; a disabled command says why (shown in the status line
/// instead of silently doing nothing).
public enum CommandAvailability: Hashable, Sendable {
    case enabled
    case disabled(reason: String)

    public var isEnabled: Bool { self == .enabled }
}

/// What became of a key or a command given to a component.
public enum HandlingResult: Hashable, Sendable {
    /// Done; the screen should be redrawn.
    case handled
    /// Not for this component: try the next layer.
    case ignored
    /// Refused, with the reason for the status line.
    case refused(String)
}

/// A piece of the screen that draws itself and reacts to its own commands and to typed keys.
///
/// Components are values: the screen that owns one mutates it through `perform` and
/// `handleUnbound`, and draws it with `render`.
public protocol Component {
    /// The component's own bindings: the top layer of the keymap stack while it has focus.
    var keymap: Keymap { get }
    /// Performs one of the commands of `keymap`.
    mutating func perform(_ command: CommandID) -> HandlingResult
    /// A key no layer binds (typed text, usually); `.ignored` when it is not for this component.
    mutating func handleUnbound(_ key: Key) -> HandlingResult
    /// Draws into `area` of `buffer`.
    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool)
    /// Whether the component is taking typed text now (a text field, a filter being edited):
    /// printable keys then go to it before any keymap layer.
    var acceptsTypedText: Bool { get }
}

extension Component {
    public mutating func handleUnbound(_ key: Key) -> HandlingResult { .ignored }
    public var acceptsTypedText: Bool { false }
}
