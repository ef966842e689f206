/// What a patient means by a reply (see `shared/spec/intents.md`).
public enum Intent: String, Sendable, CaseIterable, Codable, Hashable, Comparable {
    case confirm, cancel, reschedule, late, symptom, urgent
    case optOut = "opt_out"
    case optIn = "opt_in"
    case help, other

    /// Primary-intent priority, most important first:
    /// urgent > opt_out > symptom > cancel > reschedule > late > confirm > help > opt_in > other.
    public static let priorityOrder: [Intent] = [.urgent, .optOut, .symptom, .cancel, .reschedule, .late, .confirm, .help, .optIn, .other]

    /// Position in `priorityOrder` (0 is the most important).
    public var priority: Int { Intent.priorityOrder.firstIndex(of: self) ?? Intent.priorityOrder.count }

    /// Orders by priority, most important first.
    public static func < (a: Intent, b: Intent) -> Bool { a.priority < b.priority }

    /// The label as written in corpora and JSON (`opt_out`).
    public var label: String { rawValue }

    /// Parses a label (`opt_out`); nil when unknown.
    public init?(label: String) { self.init(rawValue: label) }
}
