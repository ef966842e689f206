/// A fixed hash table from 64-bit keys to non-zero 32-bit values, built once: open addressing
/// with linear probing, about 70% full. Its two arrays are the whole table, so a
/// `LexiconImage` stores them as they are and loading one hashes nothing; a lookup costs two
/// multiplications where `Dictionary` runs SipHash.
struct IntTable: Sendable {
    /// Keys by slot; a slot whose value is 0 is empty.
    let keys: [UInt64]
    let values: [Int32]

    /// A table of `pairs`, whose values must not be 0 and whose keys must differ.
    init(_ pairs: [(key: UInt64, value: Int32)]) {
        // 70% full: a miss (most trie lookups) probes about five slots. Any size works: slots
        // come from the high half of a product, not from a mask.
        let capacity = max(2, pairs.count * 10 / 7 + 1)
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: 0, count: capacity)
        for (k, v) in pairs {
            precondition(v != 0, "IntTable values must not be 0")
            var i = Self.slot(k, capacity)
            while values[i] != 0 && keys[i] != k { i = i + 1 == capacity ? 0 : i + 1 }
            keys[i] = k
            values[i] = v
        }
        self.keys = keys
        self.values = values
    }

    /// A table from stored arrays, or nil when they cannot be one: sizes differ, or no slot is
    /// empty (a lookup of a missing key would never end).
    init?(keys: [UInt64], values: [Int32]) {
        guard keys.count >= 2, keys.count == values.count, values.contains(0) else { return nil }
        self.keys = keys
        self.values = values
    }

    @inline(__always) private static func slot(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15).multipliedFullWidth(by: UInt64(capacity)).high)
    }

    subscript(key: UInt64) -> Int32? {
        let capacity = keys.count
        var i = Self.slot(key, capacity)
        while true {
            let v = values[i]
            if v == 0 { return nil }
            if keys[i] == key { return v }
            i = i + 1 == capacity ? 0 : i + 1
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
