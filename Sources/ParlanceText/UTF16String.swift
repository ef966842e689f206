extension String {
    /// A string from UTF-16 code units, ill-formed ones (lone surrogates) replaced by U+FFFD,
    /// as `String(decoding:as: UTF16.self)` does. That initializer goes through the standard
    /// library's unspecialized transcoder, which dominated the classifier's profile; this one
    /// writes UTF-8 straight into the new string.
    public init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        let count = units.count
        if count == 0 { self = ""; return }
        self.init(unsafeUninitializedCapacity: count * 3) { out in
            var o = 0, i = 0
            while i < count {
                var c = UInt32(units[i])
                i += 1
                if c >= 0xD800 && c <= 0xDFFF {
                    if c <= 0xDBFF, i < count, units[i] >= 0xDC00, units[i] <= 0xDFFF {
                        c = 0x10000 + ((c - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                        i += 1
                    } else {
                        c = 0xFFFD
                    }
                }
                if c < 0x80 {
                    out[o] = UInt8(c); o += 1
                } else if c < 0x800 {
                    out[o] = UInt8(0xC0 | (c >> 6)); out[o + 1] = UInt8(0x80 | (c & 0x3F)); o += 2
                } else if c < 0x10000 {
                    out[o] = UInt8(0xE0 | (c >> 12)); out[o + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
                    out[o + 2] = UInt8(0x80 | (c & 0x3F)); o += 3
                } else {
                    out[o] = UInt8(0xF0 | (c >> 18)); out[o + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
                    out[o + 2] = UInt8(0x80 | ((c >> 6) & 0x3F)); out[o + 3] = UInt8(0x80 | (c & 0x3F)); o += 4
                }
            }
            return o
        }
    }

    /// A string from UTF-16 code units; see `init(utf16Units:)`.
    public init(utf16Units units: [UInt16]) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }

    /// A string from UTF-16 code units; see `init(utf16Units:)`.
    public init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }
}
