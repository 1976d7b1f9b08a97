/// What became of a key (or a command) after dispatch.
public enum KeyOutcome: Hashable, Sendable {
    /// A command ran or a typed key was taken: redraw.
    case handled
    /// No layer binds the key and the focused component did not want it.
    case ignored
    /// The command is disabled or was refused: show the reason in the status line.
    case refused(String)
    /// The key is bound to this command but no handler took it: the caller's to perform (the
    /// application-wide commands, such as help and quit).
    case unhandled(CommandID)
}

/// How a key resolves through a keymap stack before anything is performed.
public enum KeyResolution: Hashable, Sendable {
    /// Bound to an enabled command by the layer at `layer` (0 is the most specific).
    case command(CommandID, layer: Int)
    /// Bound to a command that cannot run now, and why.
    case disabled(CommandID, reason: String)
    /// No layer binds the key: it goes to the focused component's `handleUnbound`.
    case unbound
}

/// Turns keys into commands through a keymap stack (focused widget, then screen, then global),
/// asking the screen's availability before anything runs. Pure: the caller supplies how to
/// perform a command and where unbound keys go.
public struct KeyDispatcher {
    public let keymaps: KeymapStack
    public let availability: (CommandID) -> CommandAvailability

    public init(
        keymaps: KeymapStack,
        availability: @escaping (CommandID) -> CommandAvailability = { _ in .enabled }
    ) {
        self.keymaps = keymaps
        self.availability = availability
    }

    /// What `key` means now, without performing it: the first layer that binds it wins.
    public func resolve(_ key: Key) -> KeyResolution {
        guard let (command, layer) = keymaps.resolve(key) else { return .unbound }
        if case .disabled(let reason) = availability(command) {
            return .disabled(command, reason: reason)
        }
        return .command(command, layer: layer)
    }

    /// Resolves `key` and carries it out.
    ///
    /// A disabled command is not performed: its reason comes back as `.refused`. An enabled one
    /// goes to `perform`; when that ignores it, the next layer that binds the key is tried (a
    /// component's `.ignored` means "try the next layer"), and when every layer ignores it the
    /// last command tried comes back as `.unhandled`. A key no layer binds goes to
    /// `handleUnbound`. With `takesTypedText` (the focused component's `acceptsTypedText`),
    /// printable characters go to `handleUnbound` before any binding.
    public func dispatch(
        _ key: Key,
        takesTypedText: Bool = false,
        perform: (CommandID) -> HandlingResult,
        handleUnbound: (Key) -> HandlingResult
    ) -> KeyOutcome {
        // A field being typed into gets printable characters before any layer's bindings, so
        // that a global `q` or `j` types a letter instead of quitting or moving.
        if takesTypedText, case .character = key {
            let typed = handleUnbound(key)
            if typed != .ignored { return KeyOutcome(typed) }
        }
        let commands = keymaps.commands(boundTo: key)
        guard let last = commands.last else { return KeyOutcome(handleUnbound(key)) }
        for command in commands {
            if case .disabled(let reason) = availability(command) { return .refused(reason) }
            let result = perform(command)
            if result != .ignored { return KeyOutcome(result) }
        }
        return .unhandled(last)
    }
}

extension KeyOutcome {
    /// The outcome of a component's answer.
    public init(_ result: HandlingResult) {
        switch result {
        case .handled: self = .handled
        case .ignored: self = .ignored
        case .refused(let reason): self = .refused(reason)
        }
    }
}

extension KeymapStack {
    /// The commands `key` is bound to, layer by layer from the most specific.
    public func commands(boundTo key: Key) -> [CommandID] {
        layers.compactMap { $0.command(for: key) }
    }

    /// The keys that reach `command` through this stack: bound to it in some layer and not taken
    /// by an earlier layer; in layer order, then declaration order, without repeats.
    public func effectiveKeys(for command: CommandID) -> [Key] {
        var keys: [Key] = []
        for (index, layer) in layers.enumerated() {
            for key in layer.keys(for: command) where resolve(key)?.layer == index {
                if !keys.contains(key) { keys.append(key) }
            }
        }
        return keys
    }

    /// Every command reachable through this stack, in layer order, then declaration order,
    /// without repeats.
    public var reachableCommands: [CommandID] {
        var seen: Set<CommandID> = []
        return layers.flatMap(\.bindings).map(\.command).filter {
            !effectiveKeys(for: $0).isEmpty && seen.insert($0).inserted
        }
    }
}
