/// A field's value as read from the model, before it becomes a Lua value or an export cell.
/// Links are 0-based positions in the corpus list they point into; the export writes the
/// linked record's id, Lua the linked record.
enum FieldValue {
    case none
    case text(String)
    case integer(Int)
    case number(Double)
    case link(Int?)
    case links([Int])
    case texts([String])
    /// Records owned by this one (an article's sentences), each as its fields in order.
    case records([[(name: String, value: FieldValue)]])

    static func optional(_ text: String?) -> FieldValue { text.map(FieldValue.text) ?? .none }
    static func optional(_ integer: Int?) -> FieldValue { integer.map(FieldValue.integer) ?? .none }
    static func optional(_ number: Double?) -> FieldValue { number.map(FieldValue.number) ?? .none }
}
