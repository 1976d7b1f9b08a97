extension Form {
    /// Shows `message` under the field at `index` (nil clears it), as a validation message
    /// would: for problems found by the owner after submitting, such as a rule the saved value
    /// breaks. Editing the field clears it. Out-of-range indexes are ignored.
    public mutating func setMessage(_ message: String?, forFieldAt index: Int) {
        guard fields.indices.contains(index) else { return }
        fields[index].message = message
    }
}
