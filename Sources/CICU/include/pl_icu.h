// The only header of Parlance that speaks to ICU. It exposes plain stdint types and
// Parlance's own prefixed functions; ICU's types and version-suffixed macros stay in the .c file.
#ifndef PL_ICU_H
#define PL_ICU_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes: 0 is success; negative values are errors; PL_BUFFER_TOO_SMALL asks the
/// caller to retry with the capacity the function returned.
enum { PL_OK = 0, PL_ERROR = -1, PL_BUFFER_TOO_SMALL = -2 };

/// Folding modes for pl_fold.
enum {
    /// NFKC with case folding only (ＳＴＯＰ, Stop, STOP → stop).
    PL_FOLD_EXACT = 0,
    /// Also remove accents (NFD, drop non-spacing marks, NFC), map remaining Latin letters and
    /// typographic punctuation to ASCII with ICU's Latin-ASCII transform, and decimal digits of
    /// any script to ASCII digits.
    PL_FOLD_LOOSE = 1
};

/// Folds UTF-8 text into UTF-16 keys. `srcIndex[i]` receives the index, in Unicode scalars of
/// the input, of the input character that produced output unit i. Ill-formed UTF-8 becomes
/// U+FFFD. Returns the output length, or, when it exceeds `cap`, the negated capacity needed.
int32_t pl_fold(const uint8_t *utf8, int32_t len, int32_t mode,
                uint16_t *out, int32_t *srcIndex, int32_t cap);

/// Segment kinds produced by pl_segments.
enum { PL_SEG_SPACE = 0, PL_SEG_WORD = 1, PL_SEG_SYMBOL = 2, PL_SEG_CLAUSE = 3 };

/// Splits UTF-16 text at ICU word boundaries (root rules, dictionaries for Chinese, Japanese,
/// Thai…). Each segment gets a kind: a word (letters, numbers, ideographs, kana), a symbol
/// (emoji and other symbols), a clause break (sentence-ending or clause punctuation, newline)
/// or plain space/other punctuation. Returns the number of segments, or the negated capacity
/// needed.
int32_t pl_segments(const uint16_t *text, int32_t len,
                    int32_t *starts, int32_t *ends, uint8_t *kinds, int32_t cap);

/// Script codes returned by pl_script (our own, stable values).
enum {
    PL_SCRIPT_COMMON = 0, PL_SCRIPT_LATIN = 1, PL_SCRIPT_CYRILLIC = 2, PL_SCRIPT_ARABIC = 3,
    PL_SCRIPT_HAN = 4, PL_SCRIPT_HANGUL = 5, PL_SCRIPT_HIRAGANA = 6, PL_SCRIPT_KATAKANA = 7,
    PL_SCRIPT_DEVANAGARI = 8, PL_SCRIPT_BENGALI = 9, PL_SCRIPT_GURMUKHI = 10,
    PL_SCRIPT_GUJARATI = 11, PL_SCRIPT_GREEK = 12, PL_SCRIPT_THAI = 13, PL_SCRIPT_HEBREW = 14,
    PL_SCRIPT_INHERITED = 15, PL_SCRIPT_OTHER = 16
};

/// The script of a code point (Unicode Script property, mapped to PL_SCRIPT_*).
int32_t pl_script(uint32_t c);

/// Whether a code point is a letter (general category L*).
int32_t pl_is_letter(uint32_t c);

/// Whether a code point is a decimal digit of any script; returns its value or -1.
int32_t pl_digit_value(uint32_t c);

/// Whether a code point is an emoji or other pictographic symbol.
int32_t pl_is_symbol(uint32_t c);
/// 1 when text made only of such code points has a grapheme cluster boundary between every two
/// of them: Grapheme_Cluster_Break Other, Control, LF, LV or LVT (the last two join only with
/// jamo, which are not such code points), and assigned. CR, marks, joiners, regional indicators,
/// prepended concerns and jamo give 0.
int32_t pl_breaks_around(uint32_t c);

/// Fills `out` with the code points (single-character members only) of the locale's exemplar
/// set: kind 0 standard, 1 auxiliary. Returns the count, the negated capacity needed, or PL_ERROR.
int32_t pl_exemplars(const char *locale, int32_t kind, uint32_t *out, int32_t cap);

/// Writes the locale's weekday names, Monday first, as UTF-16 strings separated by U+000A:
/// wide and abbreviated, format and stand-alone forms (28 names, duplicates possible).
/// Returns the length, the negated capacity needed, or PL_ERROR.
int32_t pl_weekday_names(const char *locale, uint16_t *out, int32_t cap);

/// The confusable skeleton (UTS #39) of upper-cased text: look-alike letters from other scripts
/// map to one prototype. Returns the length, the negated capacity needed, or PL_ERROR.
int32_t pl_skeleton(const uint16_t *text, int32_t len, uint16_t *out, int32_t cap);

/// An ICU transliterator. Not thread-safe: clone it per thread or pool clones.
typedef struct PLTransliterator PLTransliterator;

/// Opens a transliterator from an ICU transform ID (`Cyrillic-Latin`), or, when `rules` is
/// given, from ICU transliteration rules (`id` is then just its name). On failure returns NULL
/// and, for rules, sets `*errLine` (0-based line within the rules, or -1) and `*errOffset`.
PLTransliterator *pl_trans_open(const uint16_t *id, int32_t idLen,
                                const uint16_t *rules, int32_t rulesLen,
                                int32_t *errLine, int32_t *errOffset);
PLTransliterator *pl_trans_clone(const PLTransliterator *t);
void pl_trans_close(PLTransliterator *t);
/// Transliterates `buf[0..<len]` in place. Returns the new length, or the negated capacity needed.
int32_t pl_trans_apply(const PLTransliterator *t, uint16_t *buf, int32_t len, int32_t cap);

/// A rule-based spellout number parser for a locale ("diez", "twenty-five", "十五").
/// Not thread-safe: clone it per thread or pool clones.
typedef struct PLSpellout PLSpellout;
PLSpellout *pl_spell_open(const char *locale);
PLSpellout *pl_spell_clone(const PLSpellout *p);
void pl_spell_close(PLSpellout *p);
/// Parses a whole number spelled out in words (lenient ICU parse: slow, milliseconds). Returns
/// it, or -1 when the text is not one.
int64_t pl_spell_parse(PLSpellout *p, const uint16_t *text, int32_t len);
/// Spells out `value` in words. Returns the length, the negated capacity needed, or PL_ERROR.
int32_t pl_spell_format(PLSpellout *p, int64_t value, uint16_t *out, int32_t cap);

/// An ICU MessageFormat (named arguments, plural, select, number and date arguments) for one
/// locale. Formatting goes through clones: pool them, one per thread at a time.
typedef struct PLMessage PLMessage;

/// Compiles `pattern` for `locale`. On a syntax error returns NULL, sets `*errOffset` (UTF-16
/// offset into the pattern, or -1) and writes ICU's error name into `err`.
PLMessage *pl_msg_open(const char *locale, const uint16_t *pattern, int32_t len,
                       int32_t *errOffset, char *err, int32_t errCap);
PLMessage *pl_msg_clone(const PLMessage *m);
void pl_msg_close(PLMessage *m);

/// Describes every argument of the pattern, one per line: `name TAB kind TAB depth`, where kind
/// is `none`, `number`, `date`, `time`, `plural`, `select`, `selectordinal`, `choice` or `other`,
/// and depth is 0 for a top-level argument. Returns the length, the negated capacity needed, or
/// PL_ERROR.
int32_t pl_msg_arguments(const PLMessage *m, uint16_t *out, int32_t cap);

/// Sets the time zone (an Olson ID such as `America/Chicago`) of every top-level date and time
/// argument. Returns PL_OK, or PL_ERROR for an unknown zone.
int32_t pl_msg_set_zone(PLMessage *m, const char *zone);

/// Argument value kinds for pl_msg_format.
enum { PL_ARG_STRING = 0, PL_ARG_NUMBER = 1, PL_ARG_DATE = 2 };

/// One named argument for pl_msg_format: its name and, for a string, its value are UTF-8 at the
/// given offsets of the call's `bytes`; a number, or a date in milliseconds since 1970 UTC, is in
/// `number`.
typedef struct {
    int32_t nameStart, nameLen, kind, textStart, textLen;
    double number;
} PLArg;

/// pl_msg_format flag: write U+00A0, U+2007, U+2009 and U+202F as a plain space and U+2212 as
/// `-` (ICU puts them in times and zone offsets; none is in the GSM alphabet).
enum { PL_FMT_PLAIN_SPACES = 1 };

/// Formats with `count` (at most 64) named arguments. Writes UTF-8 to `out`. Returns the byte
/// length, the negated capacity needed, or PL_ERROR with ICU's error name in `err`.
int32_t pl_msg_format(const PLMessage *m, int32_t count, const PLArg *args, const uint8_t *bytes, int32_t flags,
                      uint8_t *out, int32_t cap, char *err, int32_t errCap);

/// Converts text to GSM 03.38 with ICU's `gsm-03.38-2009` converter (one byte per septet, 0x1B
/// before an extension-table character). Returns the byte count, PL_ERROR when a character has
/// no GSM form, or the negated capacity needed.
int32_t pl_gsm_encode(const uint16_t *text, int32_t len, uint8_t *out, int32_t cap);

/* ICU's version and its data version ("72.1", "72.1" plus the CLDR data version), written
   into `out` (at least 64 bytes); compiled data that depends on ICU is keyed by it. */
void pl_icu_version(char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
