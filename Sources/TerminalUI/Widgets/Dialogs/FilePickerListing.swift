import Foundation

extension FilePickerDialog {
    /// One row of the file list.
    public struct Entry: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            /// `..`, the way up.
            case parent
            case directory
            case file
        }

        public let name: String
        public let kind: Kind
        /// The file's size in bytes (nil for directories).
        public let size: Int64?

        public init(name: String, kind: Kind, size: Int64? = nil) {
            self.name = name
            self.kind = kind
            self.size = size
        }
    }

    /// The user's words for the picker's lines, English by default.
    public struct Texts: Sendable {
        /// Shown when the directory cannot be listed.
        public var unreadable: String
        /// Shown when the directory holds no matching file.
        public var noFiles: String
        /// The muted last line.
        public var hint: String

        public init(
            unreadable: String = "Cannot read this directory",
            noFiles: String = "No matching files here",
            hint: String = "Enter: open   Backspace: up   Esc: cancel"
        ) {
            self.unreadable = unreadable
            self.noFiles = noFiles
            self.hint = hint
        }
    }
}

/// Reading a directory for the file picker: directories first, then the files whose extension
/// is allowed, each group sorted by name; hidden entries only when asked.
enum FilePickerListing {
    static func entries(
        in directory: String, allowedExtensions: Set<String>, showsHiddenFiles: Bool
    ) throws -> [FilePickerDialog.Entry] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        let entries = names.filter { showsHiddenFiles || !$0.hasPrefix(".") }.compactMap { name in
            entry(named: name, in: directory, allowedExtensions: allowedExtensions)
        }
        return entries.sorted(by: isOrderedBefore)
    }

    /// `".html"`, `"HTML"` and `"html"` all mean the extension `html`.
    static func normalizedExtensions(_ extensions: [String]) -> Set<String> {
        Set(extensions.map { String($0.drop { $0 == "." }).lowercased() })
    }

    /// The size as people read it: `512 B`, `1.5 KB`, `12.0 MB` (powers of 1024).
    static func formattedSize(_ bytes: Int64) -> String {
        guard bytes >= 1024 else { return "\(bytes) B" }
        var value = Double(bytes) / 1024
        for unit in ["KB", "MB", "GB"] {
            if value < 1024 || unit == "GB" { return String(format: "%.1f", value) + " " + unit }
            value /= 1024
        }
        return "\(bytes) B"
    }

    /// The entry for `name`, following symbolic links; nil for a file of another extension or a
    /// broken link.
    private static func entry(
        named name: String, in directory: String, allowedExtensions: Set<String>
    ) -> FilePickerDialog.Entry? {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return .init(name: name, kind: .directory) }
        let fileExtension = URL(fileURLWithPath: name).pathExtension.lowercased()
        guard allowedExtensions.isEmpty || allowedExtensions.contains(fileExtension) else { return nil }
        return .init(name: name, kind: .file, size: size(ofFileAt: path))
    }

    private static func size(ofFileAt path: String) -> Int64? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        return (attributes?[.size] as? NSNumber)?.int64Value
    }

    /// Directories before files; by name ignoring case, then exactly, within each.
    private static func isOrderedBefore(_ left: FilePickerDialog.Entry, _ right: FilePickerDialog.Entry) -> Bool {
        if left.kind != right.kind { return left.kind == .directory }
        let (leftKey, rightKey) = (left.name.lowercased(), right.name.lowercased())
        return leftKey == rightKey ? left.name < right.name : leftKey < rightKey
    }
}
