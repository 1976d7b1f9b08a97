extension Form {
    /// Shows `message` under the field at `index` (nil clears it): a problem found outside the
    /// form, such as a rule the saved value broke. It behaves like the form's own messages:
    /// editing the field clears it. An index out of range is ignored.
    public mutating func setMessage(_ message: String?, forFieldAt index: Int) {
        guard fields.indices.contains(index) else { return }
        fields[index].message = message
    }
}
