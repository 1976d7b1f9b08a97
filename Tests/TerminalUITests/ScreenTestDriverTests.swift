import Foundation
import Testing
import TerminalUI
import TerminalUITesting

/// A small list screen: a framed table of customers, ↑/↓ selection, a filter typed at the bottom.
private struct CustomerList: TerminalApplication {
    static let customers = [
        ("ООО «Северный ветер»", "12 500.00"), ("Acme Trading", "830.10"),
        ("株式会社日本", "99 000.00"), ("ИП Ёлкин", "0.00"),
    ]
    var selected = 0
    var filter = ""

    mutating func handle(_ key: Key) -> ApplicationStep {
        switch key {
        case .down: selected = min(selected + 1, Self.customers.count - 1)
        case .up: selected = max(selected - 1, 0)
        case .character(let character): filter.append(character)
        case .backspace: if !filter.isEmpty { filter.removeLast() }
        case .function(10): return .quit
        default: break
        }
        return .continue
    }

    func render(into buffer: inout ScreenBuffer, theme: Theme) -> Point? {
        let frame = Rect(x: 0, y: 0, width: buffer.size.width, height: buffer.size.height - 1)
        buffer.drawBox(frame, style: theme.style(.border), title: "Клиенты", titleStyle: theme.style(.title))
        let table = TextTable(
            columns: [.init("Customer"), .init("Open balance", alignment: .trailing)],
            rows: Self.customers.map { [$0.0, $0.1] })
        for (row, line) in table.render().enumerated() {
            let style = row == selected + 2 ? theme.style(.selected) : theme.style(.normal)
            buffer.write(line, at: Point(x: 2, y: 1 + row), style: style, clip: frame.inset(by: 1))
        }
        let prompt = "Filter: "
        let bottom = buffer.size.height - 1
        buffer.write(prompt + filter, at: Point(x: 0, y: bottom), style: theme.style(.statusBar))
        return Point(x: DisplayWidth.of(prompt + filter), y: bottom)
    }
}

@Suite("Screen test driver")
@MainActor
struct ScreenTestDriverTests {
    @Test("Keys and typed text reach the application; the screen reads back as lines")
    func drivesTheApplication() {
        let driver = ScreenTestDriver(CustomerList(), size: Size(width: 40, height: 10))
        driver.send(.down, .down)
        driver.type("Привет")
        #expect(driver.application.selected == 2)
        #expect(driver.lines.count == 10)
        #expect(driver.lines[9].hasPrefix("Filter: Привет"))
        #expect(driver.cursor == Point(x: 14, y: 9))
        #expect(driver.lines[5].contains("株式会社日本"))
        driver.send(.function(10), .up)
        #expect(driver.hasQuit)
        #expect(driver.application.selected == 2, "keys after quitting are not handled")
    }

    @Test("Styles can be checked cell by cell: the selected row is highlighted")
    func styles() {
        let driver = ScreenTestDriver(CustomerList(), size: Size(width: 40, height: 10))
        driver.send(.down)
        #expect(driver.style(atRow: 4, column: 2) == Theme.extended.style(.selected))
        #expect(driver.style(atRow: 3, column: 2) == Theme.extended.style(.normal))
        let monochrome = ScreenTestDriver(CustomerList(), size: Size(width: 40, height: 10), colorCount: 0)
        #expect(monochrome.style(atRow: 3, column: 2).attributes.contains(.reverse))
    }

    @Test("Resizing redraws at the new size")
    func resizing() {
        let driver = ScreenTestDriver(CustomerList(), size: Size(width: 40, height: 10))
        driver.resize(to: Size(width: 30, height: 8))
        #expect(driver.buffer.size == Size(width: 30, height: 8))
        #expect(driver.lines[0].hasPrefix("┌─ Клиенты ─"))
        #expect(DisplayWidth.of(driver.lines[0]) == 30)
    }

    @Test("The customer list matches its golden screen (100×30)")
    func golden() {
        let driver = ScreenTestDriver(CustomerList())
        driver.send(.down, .down, .down, .up)
        driver.type("Ёлкин")
        driver.assertMatchesGolden(named: "customer-list")
    }
}

@Suite("Golden screens")
struct GoldenScreenTests {
    private let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("collecta-golden-\(UUID().uuidString)")

    private var golden: GoldenScreen {
        GoldenScreen(named: "sample", testFilePath: directory.appendingPathComponent("SampleTests.swift").path)
    }

    @Test("Golden files live in __Screens__ next to the test file; trailing spaces are trimmed, rows end in LF")
    func format() {
        #expect(golden.url.path.hasSuffix("/__Screens__/sample.screen"))
        #expect(GoldenScreen.text(of: ["ab  ", "", "  c"]) == "ab\n\n  c\n")
    }

    @Test("A missing golden file is recorded and reported; then it matches")
    func recordsMissing() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        guard case .recorded(let message) = try golden.compare(["Привет  ", "x"], recording: false) else {
            Issue.record("a missing golden file is reported as recorded")
            return
        }
        #expect(message.contains("recorded the missing golden screen"))
        #expect(try String(contentsOf: golden.url, encoding: .utf8) == "Привет\nx\n")
        #expect(try golden.compare(["Привет", "x   "], recording: false) == .matched)
    }

    @Test("A different screen is reported row by row; recording rewrites the file")
    func mismatchAndRerecord() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try golden.compare(["one", "two"], recording: false)
        guard case .mismatched(let message) = try golden.compare(["one", "три"], recording: false) else {
            Issue.record("a different screen is reported as a mismatch")
            return
        }
        #expect(message.contains("row 1 expected: |two|"))
        #expect(message.contains("row 1    shown: |три|"))
        #expect(message.contains("COLLECTA_RECORD_SCREENS=1"))
        guard case .recorded = try golden.compare(["one", "три"], recording: true) else {
            Issue.record("recording rewrites a different golden file")
            return
        }
        #expect(try golden.compare(["one", "три"], recording: false) == .matched)
        #expect(try golden.compare(["one", "три", "four"], recording: false) != .matched)
    }
}
