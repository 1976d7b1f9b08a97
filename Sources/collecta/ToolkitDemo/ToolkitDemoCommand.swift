import ArgumentParser
import Foundation
import TerminalBackend
import TerminalUI

/// `collecta toolkit-demo`: a full-screen showcase of the terminal toolkit on a real terminal —
/// a form, a million-row grid, the help bar, F1 help, the status line — for trying the toolkit
/// by hand and for the tmux smoke tests. Hidden from help.
struct ToolkitDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toolkit-demo",
        abstract: "Show a screen that exercises the terminal toolkit (F10 quits).",
        shouldDisplay: false
    )

    func run() throws {
        // ArgumentParser calls run() on the main thread; curses must stay on the main actor.
        try MainActor.assumeIsolated {
            do {
                try CursesTerminal.run { terminal in
                    let environment = ProcessInfo.processInfo.environment
                    ApplicationRunner(ToolkitDemo(), terminal: terminal, environment: environment).run()
                }
            } catch let refusal as TerminalRefusal {
                printError("collecta: \(refusal)")
                throw ExitCode(ExitStatus.terminalUnusable)
            }
        }
    }
}
