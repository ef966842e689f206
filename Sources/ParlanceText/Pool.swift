import Synchronization

/// A pool of clones of one ICU object that ICU documents as unsafe to share between threads.
/// Each call borrows a clone for its duration; clones are made on demand and kept for reuse.
final class ClonePool: Sendable {
    private let prototype: UnsafeRawPointerBox
    private let free: Mutex<[UnsafeRawPointerBox]>
    private let cloneFn: @Sendable (OpaquePointer) -> OpaquePointer?
    private let closeFn: @Sendable (OpaquePointer) -> Void

    init(prototype: OpaquePointer,
         clone: @escaping @Sendable (OpaquePointer) -> OpaquePointer?,
         close: @escaping @Sendable (OpaquePointer) -> Void) {
        self.prototype = UnsafeRawPointerBox(prototype)
        self.free = Mutex([])
        self.cloneFn = clone
        self.closeFn = close
    }

    deinit {
        free.withLock { list in for item in list { closeFn(item.pointer) } }
        closeFn(prototype.pointer)
    }

    /// Runs `body` with an object no other thread is using; nil when ICU could not clone.
    func withObject<R>(_ body: (OpaquePointer) -> R) -> R? {
        let borrowed = free.withLock { $0.popLast() } ?? cloneFn(prototype.pointer).map(UnsafeRawPointerBox.init)
        guard let borrowed else { return nil }
        let result = body(borrowed.pointer)
        free.withLock { $0.append(borrowed) }
        return result
    }
}

/// An ICU object pointer handed between threads under the pool's lock only.
struct UnsafeRawPointerBox: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
}
