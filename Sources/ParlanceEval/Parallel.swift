import Foundation

/// Fixed slots that parallel workers fill, each worker writing only the indices it was given.
/// Safe because no two workers write the same slot and nobody reads until all have finished.
final class ResultSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<T>
    init(count: Int, initial: T) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: initial)
    }
    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
    subscript(i: Int) -> T {
        get { storage[i] }
        set { storage[i] = newValue }
    }
    var all: [T] { Array(storage) }
}

/// Runs `body(i)` for every `i` in `0..<count` on all cores, in chunks.
enum DispatchApply {
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        runChunks(count) { range in for i in range { body(i) } }
    }

    /// Runs `body` over consecutive ranges that together cover `0..<count`, on all cores: for
    /// work that sets something up once per range (a decoder, a buffer).
    static func runChunks(_ count: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let chunks = min(count, cores * 8)
        guard chunks > 0 else { return }
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            body((count * c / chunks)..<(count * (c + 1) / chunks))
        }
    }
}
