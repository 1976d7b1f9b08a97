import ArgumentParser
import CollectaCore
import CollectaStore
import Foundation

/// `collecta letters`: lists collection letters (the default) or prints them.
struct LettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters", abstract: "List collection letters, or print and post them.",
        subcommands: [LettersListCommand.self, LettersPrintCommand.self],
        defaultSubcommand: LettersListCommand.self)
}

/// `collecta letters [list]`: collection letters, newest first.
struct LettersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List collection letters, the most recently created first.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var limit: LimitOptions

    @Option(help: "Only letters in this state.")
    var status: LetterStatus?

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            try printPages(
                of: LetterRow.self, format: output.format, limit: limit.limit,
                fetch: { try store.collectionLetters(status: status, after: $0, limit: $1) },
                position: \.id, row: LetterRow.init)
        }
    }
}

/// `collecta letters print`: writes letters as printable documents and marks them posted.
struct LettersPrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Write collection letters as HTML and text files, and mark them posted.",
        discussion: """
            Writes every created letter (or the --id letters, even if already posted: a reprint) \
            as DIR/letter-<id>-<account>.html and .txt, then marks them posted on --date in one \
            transaction, unless --no-post. Nothing is posted when a file cannot be written. Exit \
            status: 0 done, 1 an unknown --id or a file that cannot be written, 2 bad usage, 3 the \
            database cannot be used.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("to"), help: ArgumentHelp(
        "The directory to write into (created if missing).", valueName: "dir"))
    var directory = "letters"

    @Option(name: .customLong("id"), help: ArgumentHelp(
        "Print this letter (repeatable); default: every created letter.", valueName: "n"))
    var ids: [Int64] = []

    @Option(help: ArgumentHelp("The posting date (default: today).", valueName: "date"))
    var date: String?

    @Flag(help: "Write the files without marking the letters posted.")
    var noPost = false

    func validate() throws {
        _ = try parsedDate(date, option: "--date")
    }

    func run() throws {
        let postingDate = noPost ? nil : (try parsedDate(date, option: "--date") ?? .today)
        var writer = RecordWriter<PrintedLetterRow>(format: output.format)
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(noPost ? .readOnly : .readWrite)
            do {
                let files = try LetterFileWriter(directory: directory)
                var printed: [PrintedLetterFiles] = []
                _ = try store.printLetters(
                    ids: ids.isEmpty ? nil : ids, with: files, postingOn: postingDate
                ) { printed.append($0) }
                try writer.write(printed.map { PrintedLetterRow(files: $0, postedOn: postingDate) })
            } catch let error as LetterPrintingError {
                throw refuse("\(error)")
            }
        }
        try writer.finish()
    }
}

/// One printed letter as reported.
struct PrintedLetterRow: OutputRecord {
    let files: PrintedLetterFiles
    /// The posting day asked for; nil with `--no-post`.
    let postedOn: LocalDate?

    /// Whether the letter is posted now: posted by this command, or already (a reprint).
    private var isPosted: Bool { postedOn != nil || files.wasPosted }

    static let columns = [
        OutputColumn("id", alignment: .trailing), OutputColumn("customer"), OutputColumn("html"),
        OutputColumn("text"), OutputColumn("posted"),
    ]

    var values: [OutputValue] {
        [
            .integer(Int(files.letterID)), .text(files.customerAccount), .text(files.htmlPath),
            .text(files.textPath), .boolean(isPosted),
        ]
    }
}

/// One collection letter as printed.
struct LetterRow: OutputRecord {
    let letter: CollectionLetter

    static let columns = [
        OutputColumn("id", alignment: .trailing), OutputColumn("date"), OutputColumn("customer"),
        OutputColumn("sequence"), OutputColumn("level", alignment: .trailing), OutputColumn("language"),
        OutputColumn("status"), OutputColumn("title"), OutputColumn("invoices"),
        .hidden("bodyText"), .hidden("bodyHtml"),
    ]

    var values: [OutputValue] {
        [
            .integer(letter.id.map(Int.init)), .date(letter.letterDate), .text(letter.customerAccount),
            .text(letter.sequenceID), .integer(letter.level), .text(letter.language),
            .text(letter.status.rawValue), .text(letter.title), .list(letter.invoiceIDs),
            .text(letter.bodyText), .text(letter.bodyHTML),
        ]
    }
}
