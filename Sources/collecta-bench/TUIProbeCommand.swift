import ArgumentParser

/// Opens the application on the test terminal and times its first frame and keystrokes.
struct TUIProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui-probe", abstract: "Time the TUI on the test terminal.", shouldDisplay: false)

    func run() throws {
        throw ValidationError("the TUI probe is being written")
    }
}
