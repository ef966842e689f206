/// What the classifier knows about the message a reply answers.
public struct ReplyContext: Sendable, Equatable {
    /// Reply keys the outbound message offered: `"1"` → `.reschedule`, `"C"` → `.confirm`.
    public var options: [String: Intent]
    /// The outbound message the patient answers, as text. Offered options ("Reply 1 to
    /// reschedule") and whether it asked anything are read from it.
    public var prompt: String?
    /// The patient's preferred languages from their record (BCP 47), most preferred first: a
    /// prior for language identification, never a substitute for evidence.
    public var preferredLanguages: [String]

    public init(options: [String: Intent] = [:], prompt: String? = nil, preferredLanguages: [String] = []) {
        self.options = options
        self.prompt = prompt
        self.preferredLanguages = preferredLanguages
    }

    /// Whether a prompt is written like a template id (`appointment_reminder`) rather than as
    /// message text: one word of ASCII letters, digits, `_`, `-` and `.`.
    public static func isTemplateID(_ prompt: String) -> Bool {
        !prompt.isEmpty && prompt.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E }
    }
}

/// A ranked guess at the language of a reply.
public struct LanguageHint: Sendable, Equatable, Codable {
    /// BCP 47 tag.
    public var lang: String
    /// In [0, 1]; the scores of all hints sum to at most 1 (the rest is "cannot tell").
    public var score: Double
}

/// Where a piece of evidence came from.
public enum EvidenceSource: String, Sendable, Codable {
    /// A lexicon entry as written.
    case lexicon
    /// A romanized spelling derived from a native-script entry.
    case romanized
    /// A lexicon entry matched after fixing a one-letter typo.
    case typo
    /// A keyword typed with look-alike letters of another script.
    case confusable
    /// STOP or CANCEL with a keyboard-neighbour slip.
    case keyboard
    /// A reply key the outbound message offered.
    case option
    /// A phone reaction sent as text (`Liked "…"`).
    case reaction
}

/// One reason for a result: which entry matched where.
public struct Evidence: Sendable, Equatable, Codable {
    /// The intent this evidence supports after negation and context (nil for language-only
    /// evidence such as a negation cue).
    public var intent: Intent?
    /// The language of the entry.
    public var lang: String
    /// The matched text, as the patient wrote it.
    public var match: String
    /// Start and end (exclusive) of the match in the reply, in Unicode scalars.
    public var span: [Int]
    /// The lexicon entry (or option key) that matched.
    public var entry: String
    public var source: EvidenceSource
    /// True when a negation cue turned this entry around ("not coming", "no chest pain").
    public var negated: Bool
}

/// A day or time a patient asks for.
public struct RequestedTime: Sendable, Equatable, Codable {
    /// The words as the patient wrote them.
    public var text: String
    public var span: [Int]
    /// ISO weekday, 1 = Monday … 7 = Sunday.
    public var weekday: Int?
    /// Days from the day of the reply ("tomorrow" = 1).
    public var daysFromNow: Int?
    /// `morning`, `afternoon`, `evening`, `night`, `noon`.
    public var partOfDay: String?
    /// A clock time, `HH:mm` on a 24-hour clock.
    public var time: String?
    /// A day of the month ("the 21st", "el 21", "21号", "21일").
    public var dayOfMonth: Int?
    /// `before` or `after` the time.
    public var qualifier: String?
}

/// Things the classifier read out of a reply.
public struct ReplyEntities: Sendable, Equatable, Codable {
    /// How late the patient says they will be, in minutes.
    public var minutesLate: Int?
    /// The day or time a patient asks to move to.
    public var requestedTime: RequestedTime?

    public init(minutesLate: Int? = nil, requestedTime: RequestedTime? = nil) {
        self.minutesLate = minutesLate
        self.requestedTime = requestedTime
    }
}

/// The result of classifying one reply.
public struct ReplyClassification: Sendable, Equatable, Codable {
    /// The primary intent (intents.md priority, with rule 8).
    public var intent: Intent
    /// Every intent found, primary first.
    public var intents: [Intent]
    /// In [0, 1].
    public var confidence: Double
    /// BCP 47 tag of the language the reply is written in, or `und`.
    public var language: String
    /// Ranked language guesses.
    public var languageHints: [LanguageHint]
    public var entities: ReplyEntities
    public var evidence: [Evidence]
    /// What a US carrier or gateway may have done with this reply on its own.
    public var carrierKeyword: CarrierKeyword?
    /// True when a person should read the reply: urgent, symptom, reschedule and other replies,
    /// conflicting signals, or low confidence.
    public var needsHuman: Bool
}
