// MessageFormat through ICU's C++ API (the C API has no named arguments).
#include "pl_icu.h"

#include <unicode/msgfmt.h>
#include <unicode/messagepattern.h>
#include <unicode/datefmt.h>
#include <unicode/timezone.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <cstring>
#include <memory>
#include <vector>

using namespace icu;

struct PLMessage {
    MessageFormat *format;
    UnicodeString pattern;
};

static void copy_error(UErrorCode status, char *err, int32_t errCap) {
    if (err && errCap > 0) {
        std::strncpy(err, u_errorName(status), (size_t)errCap - 1);
        err[errCap - 1] = 0;
    }
}

static int32_t copy_out(const UnicodeString &s, uint16_t *out, int32_t cap) {
    int32_t n = s.length();
    if (n > cap) return -n;
    s.extract(0, n, (UChar *)out);
    return n;
}

PLMessage *pl_msg_open(const char *locale, const uint16_t *pattern, int32_t len,
                       int32_t *errOffset, char *err, int32_t errCap) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    parse.offset = -1;
    UnicodeString text((const UChar *)pattern, len);
    std::unique_ptr<MessageFormat> f(new MessageFormat(text, Locale(locale), parse, status));
    if (U_FAILURE(status)) {
        if (errOffset) *errOffset = parse.offset;
        copy_error(status, err, errCap);
        return nullptr;
    }
    PLMessage *m = new PLMessage;
    m->format = f.release();
    m->pattern = text;
    return m;
}

PLMessage *pl_msg_clone(const PLMessage *m) {
    if (!m) return nullptr;
    MessageFormat *copy = m->format->clone();
    if (!copy) return nullptr;
    PLMessage *c = new PLMessage;
    c->format = copy;
    c->pattern = m->pattern;
    return c;
}

void pl_msg_close(PLMessage *m) {
    if (!m) return;
    delete m->format;
    delete m;
}

int32_t pl_msg_arguments(const PLMessage *m, uint16_t *out, int32_t cap) {
    if (!m) return PL_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    MessagePattern mp(m->pattern, nullptr, status);
    if (U_FAILURE(status)) return PL_ERROR;
    UnicodeString result;
    int32_t depth = 0;
    int32_t count = mp.countParts();
    for (int32_t i = 0; i < count; i++) {
        const MessagePattern::Part &part = mp.getPart(i);
        UMessagePatternPartType type = part.getType();
        if (type == UMSGPAT_PART_TYPE_ARG_LIMIT) { depth--; continue; }
        if (type != UMSGPAT_PART_TYPE_ARG_START) continue;
        UMessagePatternArgType argType = part.getArgType();
        const MessagePattern::Part &namePart = mp.getPart(i + 1);
        UnicodeString name = mp.getSubstring(namePart);
        const char *kind = "other";
        switch (argType) {
        case UMSGPAT_ARG_TYPE_NONE: kind = "none"; break;
        case UMSGPAT_ARG_TYPE_PLURAL: kind = "plural"; break;
        case UMSGPAT_ARG_TYPE_SELECT: kind = "select"; break;
        case UMSGPAT_ARG_TYPE_SELECTORDINAL: kind = "selectordinal"; break;
        case UMSGPAT_ARG_TYPE_CHOICE: kind = "choice"; break;
        case UMSGPAT_ARG_TYPE_SIMPLE: {
            UnicodeString t = mp.getSubstring(mp.getPart(i + 2));
            if (t == UNICODE_STRING_SIMPLE("number")) kind = "number";
            else if (t == UNICODE_STRING_SIMPLE("date")) kind = "date";
            else if (t == UNICODE_STRING_SIMPLE("time")) kind = "time";
            else kind = "other";
            break;
        }
        default: break;
        }
        result.append(name).append((UChar)0x09).append(UnicodeString(kind, -1, US_INV)).append((UChar)0x09);
        result.append(UnicodeString(std::to_string(depth).c_str(), -1, US_INV)).append((UChar)0x0A);
        depth++;
    }
    return copy_out(result, out, cap);
}

int32_t pl_msg_set_zone(PLMessage *m, const char *zone) {
    if (!m || !zone) return PL_ERROR;
    UnicodeString id(zone, -1, US_INV);
    std::unique_ptr<TimeZone> tz(TimeZone::createTimeZone(id));
    if (!tz || *tz == TimeZone::getUnknown()) return PL_ERROR;
    int32_t count = 0;
    const Format **formats = m->format->getFormats(count);
    if (!formats) return count == 0 ? PL_OK : PL_ERROR;
    std::vector<std::pair<int32_t, Format *>> replace;
    for (int32_t i = 0; i < count; i++) {
        const DateFormat *df = dynamic_cast<const DateFormat *>(formats[i]);
        if (!df) continue;
        DateFormat *copy = df->clone();
        if (!copy) continue;
        copy->setTimeZone(*tz);
        replace.push_back({i, copy});
    }
    for (auto &r : replace) m->format->adoptFormat(r.first, r.second);
    return PL_OK;
}

int32_t pl_msg_format(const PLMessage *m, int32_t count, const PLArg *in, const uint8_t *bytes, int32_t flags,
                      uint8_t *out, int32_t cap, char *err, int32_t errCap) {
    if (!m || count < 0 || count > 64) return PL_ERROR;
    // Construct only the arguments there are (most messages have two to four).
    std::unique_ptr<UnicodeString[]> names(new UnicodeString[count > 0 ? count : 1]);
    std::unique_ptr<Formattable[]> args(new Formattable[count > 0 ? count : 1]);
    for (int32_t i = 0; i < count; i++) {
        const PLArg &a = in[i];
        names[i] = UnicodeString::fromUTF8(StringPiece((const char *)bytes + a.nameStart, a.nameLen));
        switch (a.kind) {
        case PL_ARG_NUMBER: args[i].setDouble(a.number); break;
        case PL_ARG_DATE: args[i].setDate((UDate)a.number); break;
        default: args[i].setString(UnicodeString::fromUTF8(StringPiece((const char *)bytes + a.textStart, a.textLen))); break;
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    UnicodeString result;
    m->format->format(names.get(), args.get(), count, result, status);
    if (U_FAILURE(status)) {
        copy_error(status, err, errCap);
        return PL_ERROR;
    }
    if (flags & PL_FMT_PLAIN_SPACES) {
        int32_t n = result.length();  // before getBuffer(-1), which opens the buffer at length 0
        char16_t *p = result.getBuffer(-1);
        for (int32_t i = 0; i < n; i++) {
            char16_t c = p[i];
            if (c == 0x00A0 || c == 0x2007 || c == 0x2009 || c == 0x202F) p[i] = 0x20;
            else if (c == 0x2212) p[i] = 0x2D;
        }
        result.releaseBuffer(n);
    }
    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8((char *)out, cap, &needed, result.getBuffer(), result.length(), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || needed > cap) return -needed;
    if (U_FAILURE(status)) {
        copy_error(status, err, errCap);
        return PL_ERROR;
    }
    return needed;
}

int32_t pl_gsm_encode(const uint16_t *text, int32_t len, uint8_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open("gsm-03.38-2009", &status);
    if (U_FAILURE(status)) return PL_ERROR;
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    int32_t n = ucnv_fromUChars(cnv, (char *)out, cap, (const UChar *)text, len, &status);
    ucnv_close(cnv);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -n;
    if (U_FAILURE(status)) return PL_ERROR;
    return n;
}
