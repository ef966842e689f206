#!/usr/bin/env bash
# Take a full-page screenshot of a local, self-contained HTML file with real headless Chromium.
#
# Usage: Tools/screenshot.sh HTML_FILE PNG_FILE [WIDTHxHEIGHT]
#
#   WIDTHxHEIGHT  the window, default 1280x2000. The shot is of the full page: when the page
#                 (after its scripts ran) is taller than HEIGHT, the window is made as tall as
#                 the page (up to 16384 px) for the shot. SCREENSHOT_FIXED=1 keeps exactly
#                 WIDTHxHEIGHT.
#   SCREENSHOT_BUDGET_MS  virtual time given to the page's scripts and timers before the
#                 shot (default 5000).
#
# How the height is found: a first run dumps the DOM of a copy of the page (in a temporary
# folder, with a <base> pointing at the original folder) to which a small script was added
# that records the document's scroll height; the second run takes the screenshot of the
# original file.
#
# Uses Debian's `chromium` package. If it is missing, the script installs it when run as
# root (apt-get), and otherwise prints the command to run. Likewise a CJK font
# (fonts-noto-cjk) when none is installed; SCREENSHOT_NO_FONT_INSTALL=1 skips that.
# Exits non-zero with a message if no PNG was produced (2: bad arguments, 3: no chromium).
set -euo pipefail

usage() { echo "usage: $0 HTML_FILE PNG_FILE [WIDTHxHEIGHT]" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage
html=$1
png=$2
size=${3:-1280x2000}
budget=${SCREENSHOT_BUDGET_MS:-5000}

[[ $size =~ ^([0-9]+)x([0-9]+)$ ]] || { echo "screenshot: size must be WIDTHxHEIGHT, e.g. 1280x2000 (got '$size')" >&2; exit 2; }
width=${BASH_REMATCH[1]}
height=${BASH_REMATCH[2]}
[ -f "$html" ] || { echo "screenshot: no such file: $html" >&2; exit 2; }

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "screenshot: chromium is missing; installing Debian's package" >&2
        export DEBIAN_FRONTEND=noninteractive
        aptlog=$(mktemp)
        if ! { apt-get update -qq && apt-get install -y -qq chromium; } >"$aptlog" 2>&1; then
            tail -n 20 "$aptlog" >&2
        fi
        rm -f "$aptlog"
        browser=$(command -v chromium || true)
    fi
    if [ -z "$browser" ]; then
        echo "screenshot: chromium is not installed. Install it with:" >&2
        echo "    sudo apt-get update && sudo apt-get install -y chromium" >&2
        exit 3
    fi
fi

# Parlance pages show Chinese and Korean: without a CJK font those come out as boxes.
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null && [ "${SCREENSHOT_NO_FONT_INSTALL:-0}" != 1 ]; then
        echo "screenshot: no CJK font; installing Debian's fonts-noto-cjk" >&2
        { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk; } >/dev/null 2>&1; } \
            || echo "screenshot: warning: could not install fonts-noto-cjk; CJK text will show as boxes" >&2
    else
        echo "screenshot: warning: no CJK font, Chinese/Korean will show as boxes (apt-get install fonts-noto-cjk)" >&2
    fi
fi

html_abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
mkdir -p "$(dirname "$png")"
png_abs=$(cd "$(dirname "$png")" && pwd)/$(basename "$png")
rm -f "$png_abs"

# A throwaway profile, so runs neither share state nor trip over a lock.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

run_chromium() {  # extra arguments..., then the URL last
    timeout 120 "$browser" \
        --headless=new \
        --no-sandbox \
        --disable-gpu \
        --hide-scrollbars \
        --no-first-run \
        --no-default-browser-check \
        --disable-extensions \
        --disable-dev-shm-usage \
        --user-data-dir="$profile" \
        --virtual-time-budget="$budget" \
        "$@"
}

if [ "${SCREENSHOT_FIXED:-0}" != 1 ]; then
    probe=$profile/probe.html
    base="<base href=\"file://$(dirname "$html_abs")/\">"
    {
        if grep -qi '<!doctype' "$html_abs"; then
            # <base> right after the doctype, so the copy keeps standards mode.
            awk -v base="$base" '!done { l = tolower($0); i = index(l, "<!doctype")
                if (i) { j = index(substr($0, i), ">")
                    if (j) { $0 = substr($0, 1, i + j - 1) base substr($0, i + j); done = 1 } } }
                { print }' "$html_abs"
        else
            printf '%s\n' "$base"
            cat "$html_abs"
        fi
        cat <<'JS'
<script>(function () {
  function h() {
    var d = document.documentElement, b = document.body;
    d.setAttribute("data-screenshot-height",
      Math.ceil(Math.max(d.scrollHeight, d.offsetHeight, b ? b.scrollHeight : 0, b ? b.offsetHeight : 0)));
  }
  h(); addEventListener("load", h); setInterval(h, 50);
})();</script>
JS
    } >"$probe"
    measured=$(run_chromium --window-size="$width,$height" --dump-dom "file://$probe" 2>/dev/null \
        | grep -o 'data-screenshot-height="[0-9]*"' | tail -n 1 | grep -o '[0-9][0-9]*' || true)
    if [ -n "$measured" ] && [ "$measured" -gt "$height" ]; then
        height=$(( measured > 16384 ? 16384 : measured ))
    fi
fi

log=$profile/chromium.log
status=0
run_chromium --window-size="$width,$height" --screenshot="$png_abs" "file://$html_abs" >"$log" 2>&1 || status=$?

if [ ! -s "$png_abs" ]; then
    echo "screenshot: no PNG was produced at $png (chromium exit status $status). Its output:" >&2
    grep -v -e 'dbus/' -e 'Fontconfig' "$log" | tail -n 20 >&2  # D-Bus noise is normal here
    exit 1
fi
echo "$png_abs (${width}x${height})"
