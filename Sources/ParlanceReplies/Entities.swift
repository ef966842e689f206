internal import ParlanceText

/// What the entity scan found.
struct EntityScan {
    var minutes: Int?
    var requested: RequestedTime?
    var whenMentions = 0
    /// Days of the month named ("the 14th", "el 21"): they count toward a request for another
    /// slot only beside a refusal, never alone ("the 2nd floor?").
    var dateMentions = 0
    var asksQuestion = false
}

extension Analysis {
    /// Minutes late and the requested day or time. `oneWordLanguages[i]` tells whether a
    /// one-word entry of language `i` can be evidence in this reply: a day or time word of
    /// another language ("mon" in a French reply, "до" read from Portuguese "do") is not.
    /// Tokens after `lastToken` (the message quoted by a phone reaction) are not the patient's.
    mutating func extractEntities(intents: Set<Intent>, oneWordLanguages: [Bool], lastToken: Int) -> EntityScan {
        var scan = EntityScan()
        guard intents.contains(.late) || intents.contains(.reschedule) || intents.contains(.cancel) else { return scan }
        let own = lastToken < key.tokens.count ? scalars[..<Int(key.tokens[lastToken].sourceEnd)] : scalars[...]
        scan.asksQuestion = own.contains(where: Self.isQuestionMark)

        // Minutes late: "10 min", "diez minutos", "10min", "15p", "10분", "晚十分钟", "half an hour".
        var minutes: Int?
        for f in found where !f.wholeReply && Int(f.match.lastToken) <= lastToken {
            let entry = lex.entries[Int(f.match.entry)]
            switch entry.kind {
            case .duration(let n):
                minutes = minutes ?? n
            case .minutes, .hours:
                let isHour = entry.kind == .hours
                let t = Int(f.match.firstToken)
                let startsToken = Int(f.match.start) == Int(key.tokens[t].start)
                var value: Int?
                if startsToken, t > 0, key.tokens[t - 1].clause == key.tokens[t].clause {
                    value = number(at: t - 1, language: entry.language)
                    if value == nil, t > 1 { value = number(tokens: (t - 2)...(t - 1), language: entry.language) }
                } else if !startsToken {
                    // The unit inside a token: "十分钟" as one word, or digits before it.
                    let prefix = key.units[Int(key.tokens[t].start)..<Int(f.match.start)]
                    value = number(units: prefix, language: entry.language)
                }
                if let v = value, v > 0 { minutes = minutes ?? (isHour ? v * 60 : v) }
            default:
                break
            }
        }
        if minutes == nil {
            // Digits glued to a unit: "10min", "15p", "10분".
            for t in key.tokens.indices where t <= lastToken && !key.tokens[t].isSymbol && Self.startsWithDigit(key.tokenUnits(t)) {
                let s = key.tokenString(t)
                let digits = s.prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty, digits.count <= 3, let v = Int(digits) else { continue }
                let unit = String(s.dropFirst(digits.count))
                guard !unit.isEmpty else { continue }
                for m in lex.matches(in: KeyText(unit)) {
                    let kind = lex.entries[Int(m.entry)].kind
                    if (kind == .minutes || kind == .hours), m.start == 0 {
                        minutes = kind == .hours ? v * 60 : v
                        break
                    }
                }
                if minutes != nil { break }
            }
        }
        if let m = minutes, (1...720).contains(m) { scan.minutes = m }

        // Requested day and time.
        guard intents.contains(.reschedule) || intents.contains(.cancel) else { return scan }
        var time = RequestedTime(text: "", span: [])
        var lo = Int.max, hi = Int.min
        var mentions = 0
        var afterWordToken: Int?
        var counted: [ClosedRange<Int32>] = []
        for f in found where !f.wholeReply && Int(f.match.lastToken) <= lastToken {
            let entry = lex.entries[Int(f.match.entry)]
            guard case .when(let value) = entry.kind, entry.words > 1 || entry.segments > 1 || oneWordLanguages[entry.language] else { continue }
            // Two entries over the same words ("mañana por la tarde", "tarde") are one mention.
            let tokens = f.match.firstToken...f.match.lastToken
            if !counted.contains(where: { $0.overlaps(tokens) }) { mentions += 1 }
            counted.append(tokens)
            let (a, b) = sourceSpan(f)
            lo = min(lo, a)
            hi = max(hi, b)
            switch value {
            case .weekday(let d): time.weekday = time.weekday ?? d
            case .days(let d): time.daysFromNow = time.daysFromNow ?? d
            case .weeks(let w): time.daysFromNow = time.daysFromNow ?? 7 * w
            case .partOfDay(let p): time.partOfDay = time.partOfDay ?? p.rawValue
            case .before: time.qualifier = "before"; afterWordToken = Int(f.match.lastToken)
            case .after: time.qualifier = "after"; afterWordToken = Int(f.match.lastToken)
            }
        }
        // Clock times: "3pm", "3 pm", "15h", "15h30", "15:30", "after 3".
        var clockTokens: ClosedRange<Int>?
        for t in key.tokens.indices where t <= lastToken && !key.tokens[t].isSymbol && Self.startsWithDigit(key.tokenUnits(t)) {
            let s = key.tokenString(t)
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2, var hour = Int(digits), hour <= 24 else { continue }
            var suffix = String(s.dropFirst(digits.count))
            var minute = 0
            var end = t
            if suffix.isEmpty, t + 1 < key.tokens.count {
                let next = key.tokenString(t + 1)
                if ["am", "pm", "a", "p", "h", "hs", "hrs", "uhr", "gio", "horas", "heures"].contains(next) { suffix = next; end = t + 1 }
            }
            // "15:30": the original has a colon and two digits after the number.
            let src = Int(key.tokens[t].sourceEnd)
            let sc = scalars
            if src + 2 < sc.count, sc[src] == ":", let m = Int(String(String.UnicodeScalarView(sc[(src + 1)...(src + 2)]))), m < 60 {
                minute = m
                if t + 1 < key.tokens.count, Int(key.tokens[t + 1].sourceStart) == src + 1 { end = max(end, t + 1) }
            }
            var isTime = minute > 0
            if suffix.hasPrefix("h"), let m = Int(suffix.dropFirst()), m < 60 { minute = m; isTime = true }
            // A 12-hour clock: "21 a las 3" is the 21st at three, not 21 am.
            if ["pm", "p", "am", "a"].contains(suffix), hour == 0 || hour > 12 { continue }
            switch suffix {
            case "pm", "p": if hour < 12 { hour += 12 }; isTime = true
            case "am", "a": if hour == 12 { hour = 0 }; isTime = true
            case "h", "hs", "hrs", "uhr", "gio", "horas", "heures": isTime = true
            default: break
            }
            if !isTime, let a = afterWordToken, t == a + 1 {
                isTime = true
                if hour >= 1 && hour <= 7 { hour += 12 }
            }
            guard isTime, hour < 24 else { continue }
            time.time = String(format2(hour)) + ":" + format2(minute)
            clockTokens = t...end
            mentions += 1
            lo = min(lo, Int(key.tokens[t].sourceStart))
            hi = max(hi, Int(key.tokens[end].sourceEnd))
            break
        }
        // Days of the month: "14th", "1er", "21号", "21일", or a number after "el", "dia", "le", "ngày".
        let ordinalSuffixes = Self.ordinalSuffixes, dayWords = Self.dayWords
        var dates = 0
        for t in key.tokens.indices where t <= lastToken && !(clockTokens?.contains(t) ?? false)
            && !key.tokens[t].isSymbol && Self.startsWithDigit(key.tokenUnits(t)) {
            let s = key.tokenString(t)
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { continue }
            let suffix = String(s.dropFirst(digits.count))
            var end = t
            var isDate = ordinalSuffixes.contains(suffix)
            if !isDate, suffix.isEmpty, t + 1 < key.tokens.count, key.tokens[t + 1].clause == key.tokens[t].clause,
               ordinalSuffixes.contains(key.tokenString(t + 1)), key.tokenString(t + 1).unicodeScalars.first.map({ $0.value >= 0x3000 }) ?? false {
                isDate = true
                end = t + 1
            }
            if !isDate, suffix.isEmpty, t > 0, key.tokens[t - 1].clause == key.tokens[t].clause, dayWords.contains(key.tokenString(t - 1)) {
                // "el 21", not "el 3 pm" or "le 10 min".
                isDate = t + 1 >= key.tokens.count || !Self.unitsAfterANumber.contains(key.tokenString(t + 1))
            }
            guard isDate else { continue }
            time.dayOfMonth = time.dayOfMonth ?? day
            dates += 1
            lo = min(lo, Int(key.tokens[t].sourceStart))
            hi = max(hi, Int(key.tokens[end].sourceEnd))
        }
        scan.dateMentions = dates
        scan.whenMentions = mentions
        if mentions + dates > 0, lo < hi {
            time.span = [lo, hi]
            time.text = original(lo, hi)
            scan.requested = time
        }
        return scan
    }

    /// What marks a number as a day of the month: after it ("14th", "21号") or before it ("el 21").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "eme", "ème", "º", "ª", "号", "號", "日", "일"]
    static let dayWords: Set<String> = ["el", "dia", "día", "le", "ngay", "ngày"]
    /// Words after a number that make it a time or a duration, not a day.
    static let unitsAfterANumber: Set<String> = ["am", "pm", "h", "min", "mins", "minutes", "minutos"]

    static func startsWithDigit(_ units: ArraySlice<UInt16>) -> Bool {
        guard let f = units.first else { return false }
        return f >= 0x30 && f <= 0x39
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A number written in digits or spelled out in the unit's language.
    private func number(at t: Int, language: Int) -> Int? {
        number(units: key.tokenUnits(t), language: language)
    }

    private func number(tokens: ClosedRange<Int>, language: Int) -> Int? {
        guard tokens.lowerBound >= 0, key.tokens[tokens.lowerBound].clause == key.tokens[tokens.upperBound].clause else { return nil }
        let text = tokens.map { key.tokenString($0) }.joined(separator: " ")
        return lex.numbers(language)?.value(text)
    }

    private func number<C: Collection>(units: C, language: Int) -> Int? where C.Element == UInt16 {
        let s = String(utf16Units: Array(units))
        if s.isEmpty { return nil }
        if s.count <= 3, s.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(s) }
        return lex.numbers(language)?.value(s)
    }
}
