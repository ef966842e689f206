internal import CICU

/// A stretch of text between two ICU word boundaries.
public struct TextSegment: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Spaces and punctuation that do not end a clause.
        case space
        /// Letters, numbers, ideographs, kana.
        case word
        /// Emoji and other symbols.
        case symbol
        /// Punctuation that ends a clause or sentence, and line breaks.
        case clauseBreak
    }

    /// Start offset, in UTF-16 units.
    public var start: Int
    /// End offset (exclusive), in UTF-16 units.
    public var end: Int
    public var kind: Kind
}

/// Word boundaries from ICU's break iterator (with dictionaries for Chinese, Japanese and Thai).
/// Safe to call from any thread: each thread uses its own iterator.
public enum WordBreaks {
    public static func segments(_ units: [UInt16]) -> [TextSegment] {
        if units.isEmpty { return [] }
        var capacity = units.count / 2 + 8
        while true {
            var starts = [Int32](repeating: 0, count: capacity)
            var ends = [Int32](repeating: 0, count: capacity)
            var kinds = [UInt8](repeating: 0, count: capacity)
            let n = units.withUnsafeBufferPointer { u in
                starts.withUnsafeMutableBufferPointer { s in
                    ends.withUnsafeMutableBufferPointer { e in
                        kinds.withUnsafeMutableBufferPointer { k in
                            pl_segments(u.baseAddress, Int32(u.count), s.baseAddress, e.baseAddress, k.baseAddress, Int32(capacity))
                        }
                    }
                }
            }
            if n >= 0 {
                var result: [TextSegment] = []
                result.reserveCapacity(Int(n))
                for i in 0..<Int(n) {
                    result.append(TextSegment(start: Int(starts[i]), end: Int(ends[i]),
                                              kind: TextSegment.Kind(rawValue: kinds[i]) ?? .space))
                }
                return result
            }
            if n == PL_ERROR { return [TextSegment(start: 0, end: units.count, kind: .word)] }
            capacity = Int(-n) + 8
        }
    }
}
