// Parlance's ICU shim: the only translation unit that includes ICU headers.
// Objects that ICU documents as thread-safe after set-up (normalizers, the spoof checker, sets)
// are created once; those that are not (break iterators) are kept one per thread.
#include "pl_icu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uversion.h>
#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

// MARK: - Shared, immutable after first use

static pthread_once_t g_once = PTHREAD_ONCE_INIT;
static const UNormalizer2 *g_nfkccf;
static const UNormalizer2 *g_nfd;
static const UNormalizer2 *g_nfc;
static USet *g_clause;
static USpoofChecker *g_spoof;

// The loose fold of the Latin and general-punctuation blocks, computed once with ICU's
// transform "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII".
enum { LOOSE_MAX = 4 };
typedef struct { uint32_t lo, hi; } Range;
static const Range g_looseRanges[] = {
    {0x0080, 0x024F}, {0x02B0, 0x036F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x2100, 0x214F},
};
enum { LOOSE_RANGES = sizeof(g_looseRanges) / sizeof(g_looseRanges[0]) };
static uint16_t *g_looseText[LOOSE_RANGES];
static int8_t *g_looseLen[LOOSE_RANGES];

static void init_once(void) {
    UErrorCode e = U_ZERO_ERROR;
    g_nfkccf = unorm2_getNFKCCasefoldInstance(&e);
    e = U_ZERO_ERROR;
    g_nfd = unorm2_getNFDInstance(&e);
    e = U_ZERO_ERROR;
    g_nfc = unorm2_getNFCInstance(&e);
    e = U_ZERO_ERROR;
    UChar pattern[64];
    u_uastrcpy(pattern, "[[:Terminal_Punctuation:]\\u000A\\u000D]");
    g_clause = uset_openPattern(pattern, -1, &e);
    if (U_FAILURE(e)) g_clause = NULL;
    else uset_freeze(g_clause);
    e = U_ZERO_ERROR;
    g_spoof = uspoof_open(&e);
    if (U_FAILURE(e)) g_spoof = NULL;

    e = U_ZERO_ERROR;
    UChar id[64];
    u_uastrcpy(id, "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII");
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
    for (int r = 0; r < LOOSE_RANGES; r++) {
        uint32_t n = g_looseRanges[r].hi - g_looseRanges[r].lo + 1;
        g_looseText[r] = calloc(n * LOOSE_MAX, sizeof(uint16_t));
        g_looseLen[r] = calloc(n, sizeof(int8_t));
        for (uint32_t i = 0; i < n; i++) {
            uint32_t c = g_looseRanges[r].lo + i;
            UChar buf[16];
            int32_t len = 0;
            U16_APPEND_UNSAFE(buf, len, c);
            if (t) {
                UErrorCode te = U_ZERO_ERROR;
                int32_t limit = len;
                utrans_transUChars(t, buf, &len, 16, 0, &limit, &te);
                if (U_FAILURE(te)) { len = 0; U16_APPEND_UNSAFE(buf, len, c); }
            }
            if (len > LOOSE_MAX) { len = 0; U16_APPEND_UNSAFE(buf, len, c); }
            memcpy(g_looseText[r] + i * LOOSE_MAX, buf, len * sizeof(uint16_t));
            g_looseLen[r][i] = (int8_t)len;
        }
    }
    if (t) utrans_close(t);
}

static void ensure_init(void) { pthread_once(&g_once, init_once); }

// MARK: - One break iterator per thread

static pthread_key_t g_brkKey;
static pthread_once_t g_brkOnce = PTHREAD_ONCE_INIT;
static void brk_destroy(void *p) { if (p) ubrk_close((UBreakIterator *)p); }
static void brk_key_init(void) { pthread_key_create(&g_brkKey, brk_destroy); }

static UBreakIterator *thread_breaker(void) {
    pthread_once(&g_brkOnce, brk_key_init);
    UBreakIterator *b = pthread_getspecific(g_brkKey);
    if (!b) {
        UErrorCode e = U_ZERO_ERROR;
        b = ubrk_open(UBRK_WORD, "", NULL, 0, &e);
        if (U_FAILURE(e)) return NULL;
        pthread_setspecific(g_brkKey, b);
    }
    return b;
}

// MARK: - Folding

static int loose_lookup(uint32_t c, const uint16_t **text, int32_t *len) {
    for (int r = 0; r < LOOSE_RANGES; r++) {
        if (c >= g_looseRanges[r].lo && c <= g_looseRanges[r].hi) {
            uint32_t i = c - g_looseRanges[r].lo;
            *text = g_looseText[r] + i * LOOSE_MAX;
            *len = g_looseLen[r][i];
            return 1;
        }
    }
    return 0;
}

typedef struct {
    uint16_t *out;
    int32_t *src;
    int32_t cap;
    int32_t n;
} Sink;

static void put(Sink *s, uint16_t u, int32_t src) {
    if (s->n < s->cap) { s->out[s->n] = u; s->src[s->n] = src; }
    s->n++;
}

static void put_cp(Sink *s, uint32_t c, int32_t src) {
    if (c <= 0xFFFF) put(s, (uint16_t)c, src);
    else { put(s, U16_LEAD(c), src); put(s, U16_TRAIL(c), src); }
}

// Loose-folds one code point that is already NFKC-casefolded.
static void put_loose(Sink *s, uint32_t c, int32_t src) {
    if (c < 0x80) {
        if (c == '\'') return;  // apostrophes are ignored: can't = cant
        put(s, (uint16_t)c, src);
        return;
    }
    int8_t type = u_charType(c);
    if (type == U_DECIMAL_DIGIT_NUMBER) {
        int32_t v = u_charDigitValue(c);
        if (v >= 0 && v <= 9) { put(s, (uint16_t)('0' + v), src); return; }
    }
    if (type == U_CONTROL_CHAR) { put(s, ' ', src); return; }
    if (type == U_NON_SPACING_MARK) return;
    const uint16_t *t;
    int32_t len;
    if (loose_lookup(c, &t, &len)) {
        for (int32_t i = 0; i < len; i++) {
            if (t[i] == '\'') continue;
            put(s, t[i], src);
        }
        return;
    }
    // Other scripts: canonical decomposition, non-spacing marks removed, recomposed.
    UChar d[32];
    UErrorCode e = U_ZERO_ERROR;
    int32_t dl = unorm2_getDecomposition(g_nfd, (UChar32)c, d, 32, &e);
    if (dl <= 0 || U_FAILURE(e)) { put_cp(s, c, src); return; }
    UChar kept[32];
    int32_t kl = 0, removed = 0;
    for (int32_t i = 0; i < dl;) {
        UChar32 x;
        U16_NEXT(d, i, dl, x);
        if (u_charType(x) == U_NON_SPACING_MARK) { removed++; continue; }
        U16_APPEND_UNSAFE(kept, kl, x);
    }
    if (!removed) { put_cp(s, c, src); return; }
    UChar comp[32];
    e = U_ZERO_ERROR;
    int32_t cl = unorm2_normalize(g_nfc, kept, kl, comp, 32, &e);
    if (U_FAILURE(e)) return;
    for (int32_t i = 0; i < cl; i++) put(s, comp[i], src);
}

int32_t pl_fold(const uint8_t *utf8, int32_t len, int32_t mode,
                uint16_t *out, int32_t *srcIndex, int32_t cap) {
    ensure_init();
    if (!g_nfkccf) return PL_ERROR;
    Sink sink = {out, srcIndex, cap, 0};
    int32_t i = 0, scalar = 0;
    UChar chunk[64];
    int32_t chunkSrc = 0;
    while (i < len) {
        UChar32 c;
        U8_NEXT(utf8, i, len, c);
        if (c < 0) c = 0xFFFD;
        if (c < 0x80) {
            uint32_t lc = (c >= 'A' && c <= 'Z') ? (uint32_t)(c + 32) : (uint32_t)c;
            if (mode == PL_FOLD_LOOSE) put_loose(&sink, lc, scalar);
            else put(&sink, (uint16_t)lc, scalar);
            scalar++;
            continue;
        }
        // Gather a normalization chunk: this character and those that may interact with it.
        int32_t cl = 0;
        chunkSrc = scalar;
        U16_APPEND_UNSAFE(chunk, cl, c);
        scalar++;
        while (i < len && cl < 56) {
            int32_t j = i;
            UChar32 next;
            U8_NEXT(utf8, j, len, next);
            if (next < 0) next = 0xFFFD;
            if (unorm2_hasBoundaryBefore(g_nfkccf, next)) break;
            U16_APPEND_UNSAFE(chunk, cl, next);
            i = j;
            scalar++;
        }
        UChar norm[256];
        UErrorCode e = U_ZERO_ERROR;
        int32_t nl = unorm2_normalize(g_nfkccf, chunk, cl, norm, 256, &e);
        if (U_FAILURE(e)) { nl = 1; norm[0] = 0xFFFD; }
        for (int32_t k = 0; k < nl;) {
            UChar32 x;
            U16_NEXT(norm, k, nl, x);
            if (mode == PL_FOLD_LOOSE) put_loose(&sink, (uint32_t)x, chunkSrc);
            else put_cp(&sink, (uint32_t)x, chunkSrc);
        }
    }
    return sink.n <= cap ? sink.n : -sink.n;
}

// MARK: - Word segments

int32_t pl_is_symbol(uint32_t c) {
    if (c < 0x80) return 0;
    return u_charType(c) == U_OTHER_SYMBOL || u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC);
}

int32_t pl_breaks_around(uint32_t c) {
    if (u_charType(c) == U_UNASSIGNED) return 0;
    switch (u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK)) {
    case U_GCB_OTHER: case U_GCB_CONTROL: case U_GCB_LF: case U_GCB_LV: case U_GCB_LVT: return 1;
    default: return 0;
    }
}

int32_t pl_segments(const uint16_t *text, int32_t len,
                    int32_t *starts, int32_t *ends, uint8_t *kinds, int32_t cap) {
    ensure_init();
    UBreakIterator *b = thread_breaker();
    if (!b) return PL_ERROR;
    UErrorCode e = U_ZERO_ERROR;
    ubrk_setText(b, text, len, &e);
    if (U_FAILURE(e)) return PL_ERROR;
    int32_t n = 0;
    int32_t start = ubrk_first(b);
    for (int32_t end = ubrk_next(b); end != UBRK_DONE; start = end, end = ubrk_next(b)) {
        uint8_t kind = PL_SEG_SPACE;
        if (ubrk_getRuleStatus(b) >= UBRK_WORD_NONE_LIMIT) {
            kind = PL_SEG_WORD;
        } else {
            for (int32_t k = start; k < end;) {
                UChar32 c;
                U16_NEXT(text, k, end, c);
                if (pl_is_symbol((uint32_t)c)) { kind = PL_SEG_SYMBOL; break; }
                if (g_clause && uset_contains(g_clause, c)) kind = PL_SEG_CLAUSE;
            }
        }
        if (n < cap) { starts[n] = start; ends[n] = end; kinds[n] = kind; }
        n++;
    }
    ubrk_setText(b, NULL, 0, &e);
    return n <= cap ? n : -n;
}

// MARK: - Character properties

int32_t pl_script(uint32_t c) {
    UErrorCode e = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript((UChar32)c, &e);
    switch (s) {
    case USCRIPT_COMMON: return PL_SCRIPT_COMMON;
    case USCRIPT_INHERITED: return PL_SCRIPT_INHERITED;
    case USCRIPT_LATIN: return PL_SCRIPT_LATIN;
    case USCRIPT_CYRILLIC: return PL_SCRIPT_CYRILLIC;
    case USCRIPT_ARABIC: return PL_SCRIPT_ARABIC;
    case USCRIPT_HAN: return PL_SCRIPT_HAN;
    case USCRIPT_HANGUL: return PL_SCRIPT_HANGUL;
    case USCRIPT_HIRAGANA: return PL_SCRIPT_HIRAGANA;
    case USCRIPT_KATAKANA: return PL_SCRIPT_KATAKANA;
    case USCRIPT_DEVANAGARI: return PL_SCRIPT_DEVANAGARI;
    case USCRIPT_BENGALI: return PL_SCRIPT_BENGALI;
    case USCRIPT_GURMUKHI: return PL_SCRIPT_GURMUKHI;
    case USCRIPT_GUJARATI: return PL_SCRIPT_GUJARATI;
    case USCRIPT_GREEK: return PL_SCRIPT_GREEK;
    case USCRIPT_THAI: return PL_SCRIPT_THAI;
    case USCRIPT_HEBREW: return PL_SCRIPT_HEBREW;
    default: return PL_SCRIPT_OTHER;
    }
}

int32_t pl_is_letter(uint32_t c) { return u_isalpha((UChar32)c) ? 1 : 0; }

int32_t pl_digit_value(uint32_t c) {
    if (u_charType((UChar32)c) != U_DECIMAL_DIGIT_NUMBER) return -1;
    return u_charDigitValue((UChar32)c);
}

// MARK: - Locale data

int32_t pl_exemplars(const char *locale, int32_t kind, uint32_t *out, int32_t cap) {
    UErrorCode e = U_ZERO_ERROR;
    ULocaleData *ld = ulocdata_open(locale, &e);
    if (U_FAILURE(e)) return PL_ERROR;
    USet *set = ulocdata_getExemplarSet(ld, NULL, 0,
                                        kind == 1 ? ULOCDATA_ES_AUXILIARY : ULOCDATA_ES_STANDARD, &e);
    ulocdata_close(ld);
    if (U_FAILURE(e) || !set) return PL_ERROR;
    int32_t n = 0;
    int32_t items = uset_getItemCount(set);
    for (int32_t k = 0; k < items; k++) {
        UChar32 lo, hi;
        UErrorCode ie = U_ZERO_ERROR;
        int32_t slen = uset_getItem(set, k, &lo, &hi, NULL, 0, &ie);
        if (slen != 0) continue;  // a multi-character string, not a code point range
        for (UChar32 c = lo; c <= hi; c++) {
            if (n < cap) out[n] = (uint32_t)c;
            n++;
        }
    }
    uset_close(set);
    return n <= cap ? n : -n;
}

static UResourceBundle *sub(UResourceBundle *b, const char *key) {
    if (!b) return NULL;
    UErrorCode e = U_ZERO_ERROR;
    UResourceBundle *r = ures_getByKey(b, key, NULL, &e);
    if (U_FAILURE(e)) { if (r) ures_close(r); return NULL; }
    return r;
}

int32_t pl_weekday_names(const char *locale, uint16_t *out, int32_t cap) {
    UErrorCode e = U_ZERO_ERROR;
    UResourceBundle *root = ures_open(NULL, locale, &e);
    if (U_FAILURE(e)) return PL_ERROR;
    UResourceBundle *cal = sub(root, "calendar");
    UResourceBundle *greg = sub(cal, "gregorian");
    UResourceBundle *days = sub(greg, "dayNames");
    const char *contexts[] = {"format", "stand-alone"};
    const char *widths[] = {"wide", "abbreviated"};
    int32_t n = 0;
    for (int ci = 0; ci < 2; ci++) {
        UResourceBundle *ctx = sub(days, contexts[ci]);
        for (int wi = 0; wi < 2; wi++) {
            UResourceBundle *w = sub(ctx, widths[wi]);
            for (int d = 0; d < 7; d++) {
                int32_t sl = 0;
                const UChar *s = NULL;
                if (w) {
                    UErrorCode se = U_ZERO_ERROR;
                    // ICU orders days Sunday first; we write Monday first.
                    s = ures_getStringByIndex(w, (d + 1) % 7, &sl, &se);
                    if (U_FAILURE(se)) { s = NULL; sl = 0; }
                }
                for (int32_t k = 0; k < sl; k++) { if (n < cap) out[n] = s[k]; n++; }
                if (n < cap) out[n] = 0x0A;
                n++;
            }
            if (w) ures_close(w);
        }
        if (ctx) ures_close(ctx);
    }
    if (days) ures_close(days);
    if (greg) ures_close(greg);
    if (cal) ures_close(cal);
    ures_close(root);
    return n <= cap ? n : -n;
}

// MARK: - Confusables

int32_t pl_skeleton(const uint16_t *text, int32_t len, uint16_t *out, int32_t cap) {
    ensure_init();
    if (!g_spoof) return PL_ERROR;
    UChar upper[256];
    UErrorCode e = U_ZERO_ERROR;
    if (len > 200) return PL_ERROR;
    int32_t ul = u_strToUpper(upper, 256, text, len, "", &e);
    if (U_FAILURE(e)) return PL_ERROR;
    e = U_ZERO_ERROR;
    int32_t sl = uspoof_getSkeleton(g_spoof, 0, upper, ul, out, cap, &e);
    if (e == U_BUFFER_OVERFLOW_ERROR) return -sl;
    if (U_FAILURE(e)) return PL_ERROR;
    return sl;
}

// MARK: - Transliterators

struct PLTransliterator { UTransliterator *t; };

PLTransliterator *pl_trans_open(const uint16_t *id, int32_t idLen,
                                const uint16_t *rules, int32_t rulesLen,
                                int32_t *errLine, int32_t *errOffset) {
    UErrorCode e = U_ZERO_ERROR;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    UTransliterator *t = utrans_openU(id, idLen, UTRANS_FORWARD, rules, rules ? rulesLen : 0, &pe, &e);
    if (U_FAILURE(e) || !t) {
        if (errLine) *errLine = rules ? pe.line : -1;
        if (errOffset) *errOffset = pe.offset;
        if (t) utrans_close(t);
        return NULL;
    }
    PLTransliterator *p = malloc(sizeof *p);
    if (!p) { utrans_close(t); return NULL; }
    p->t = t;
    return p;
}

PLTransliterator *pl_trans_clone(const PLTransliterator *src) {
    if (!src) return NULL;
    UErrorCode e = U_ZERO_ERROR;
    UTransliterator *t = utrans_clone(src->t, &e);
    if (U_FAILURE(e) || !t) return NULL;
    PLTransliterator *p = malloc(sizeof *p);
    if (!p) { utrans_close(t); return NULL; }
    p->t = t;
    return p;
}

void pl_trans_close(PLTransliterator *p) {
    if (!p) return;
    utrans_close(p->t);
    free(p);
}

int32_t pl_trans_apply(const PLTransliterator *p, uint16_t *buf, int32_t len, int32_t cap) {
    if (!p) return PL_ERROR;
    UErrorCode e = U_ZERO_ERROR;
    int32_t textLength = len, limit = len;
    utrans_transUChars(p->t, buf, &textLength, cap, 0, &limit, &e);
    if (e == U_BUFFER_OVERFLOW_ERROR) return -(cap * 4 + 64);
    if (U_FAILURE(e)) return PL_ERROR;
    return textLength;
}

// MARK: - Spellout

struct PLSpellout { UNumberFormat *f; };

PLSpellout *pl_spell_open(const char *locale) {
    UErrorCode e = U_ZERO_ERROR;
    UNumberFormat *f = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &e);
    if (U_FAILURE(e) || !f) return NULL;
    unum_setAttribute(f, UNUM_LENIENT_PARSE, 1);
    PLSpellout *p = malloc(sizeof *p);
    if (!p) { unum_close(f); return NULL; }
    p->f = f;
    return p;
}

PLSpellout *pl_spell_clone(const PLSpellout *src) {
    if (!src) return NULL;
    UErrorCode e = U_ZERO_ERROR;
    UNumberFormat *f = unum_clone(src->f, &e);
    if (U_FAILURE(e) || !f) return NULL;
    PLSpellout *p = malloc(sizeof *p);
    if (!p) { unum_close(f); return NULL; }
    p->f = f;
    return p;
}

void pl_spell_close(PLSpellout *p) {
    if (!p) return;
    unum_close(p->f);
    free(p);
}

int64_t pl_spell_parse(PLSpellout *p, const uint16_t *text, int32_t len) {
    if (!p || len <= 0) return -1;
    UErrorCode e = U_ZERO_ERROR;
    int32_t pos = 0;
    int64_t v = unum_parseInt64(p->f, text, len, &pos, &e);
    if (U_FAILURE(e) || pos != len || v < 0) return -1;
    return v;
}

int32_t pl_spell_format(PLSpellout *p, int64_t value, uint16_t *out, int32_t cap) {
    if (!p) return PL_ERROR;
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = unum_formatInt64(p->f, value, out, cap, NULL, &e);
    if (e == U_BUFFER_OVERFLOW_ERROR) return -n;
    if (U_FAILURE(e)) return PL_ERROR;
    return n;
}

void pl_icu_version(char *out, int32_t capacity) {
    if (out == NULL || capacity < 2 * U_MAX_VERSION_STRING_LENGTH + 2) {
        if (out != NULL && capacity > 0) out[0] = 0;
        return;
    }
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, out);
    UErrorCode status = U_ZERO_ERROR;
    UVersionInfo cldr;
    ulocdata_getCLDRVersion(cldr, &status);
    if (U_SUCCESS(status)) {
        size_t n = strlen(out);
        out[n] = '/';
        u_versionToString(cldr, out + n + 1);
    }
}
