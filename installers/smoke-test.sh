#!/usr/bin/env bash
# Smoke-tests a packaged MNIST Explorer without installing it:
#   installers/smoke-test.sh target/installers/mnist-explorer        (the app image)
#   installers/smoke-test.sh target/installers/mnist-explorer_0.1.0-1_amd64.deb   (dpkg-deb -x)
#   installers/smoke-test.sh target/installers/mnist-explorer-0.1.0-1.x86_64.rpm  (rpm2cpio | cpio)
# With a temporary HOME (and -Duser.home) it runs --version, --self-test, the desktop window under
# xvfb-run (screenshot with `import`, checked non-blank; the window's WM_CLASS checked), and checks
# that nothing was unpacked into HOME (~/.djl.ai, ~/.openjfx). Prints one line per check and the
# start-up times; exits 0 only if every check passed. Needs xvfb-run, ImageMagick, xdotool/xprop,
# and for packages dpkg-deb or rpm2cpio + cpio.
set -uo pipefail
package=$(readlink -f "${1:?"usage: $0 APP_IMAGE_DIR|PACKAGE.deb|PACKAGE.rpm"}")
expected_version=${EXPECTED_VERSION:-0.1.0}
convert=/usr/bin/convert
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

case $package in
  *.deb) dpkg-deb -x "$package" "$work/root" ;;
  *.rpm) mkdir -p "$work/root" && (cd "$work/root" && rpm2cpio "$package" | cpio -idm --quiet) ;;
  *) ln -s "$package" "$work/root" ;;
esac
launcher=$(find -L "$work/root" -path '*/bin/mnist-explorer' -type f | head -1)
[[ -x $launcher ]] || { echo "FAIL no bin/mnist-explorer in $package"; exit 1; }
echo "launcher: ${launcher#"$work/root"}  ($(du -sL "$work/root" | cut -f1) KiB unpacked)"

export HOME=$work/home
mkdir -p "$HOME"
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"
# The app's own settings must not steer DJL elsewhere during the test.
unset PYTORCH_LIBRARY_PATH PYTORCH_FLAVOR PYTORCH_VERSION DJL_CACHE_DIR ENGINE_CACHE_DIR

# 1. --version
version=$("$launcher" --version 2>"$work/version.err")
if [[ $version == "MNIST Explorer $expected_version" ]]; then pass "--version: $version"
else fail "--version printed '$version' ($(tail -3 "$work/version.err"))"; fi

# 2. --self-test (no display)
start=$(date +%s.%N)
result=$(env -u DISPLAY "$launcher" --self-test 2>"$work/self-test.err")
status=$?
seconds=$(echo "$(date +%s.%N) - $start" | bc)
if [[ $status == 0 && $result == *'"self_test":"pass"'* && $result == *'native/pytorch'* ]]; then
  pass "--self-test (${seconds}s wall): $result"
else fail "--self-test exit $status: $result $(grep -v 'Picked up' "$work/self-test.err" | tail -5)"; fi

# 3. The window under Xvfb: screenshot non-blank, WM_CLASS, start-up times, no access errors.
cat >"$work/window.sh" <<'INNER'
launcher=$1 work=$2
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Dmnistexplorer.startupTimes=true" "$launcher" >"$work/app.out" 2>"$work/app.err" &
app=$!
for _ in $(seq 1 120); do
  grep -q first_prediction_possible "$work/app.err" && break
  kill -0 $app 2>/dev/null || break
  sleep 0.5
done
sleep 3
window=$(xdotool search --name '^MNIST Explorer' | head -1)
[[ -n $window ]] && xprop -id "$window" WM_CLASS >"$work/wmclass.txt"
import -window root "$work/screen.png"
kill $app 2>/dev/null
wait $app 2>/dev/null
true
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/window.sh" "$launcher" "$work" >/dev/null 2>&1
colours=$($convert "$work/screen.png" -format %k info: 2>/dev/null || echo 0)
if ((colours > 50)); then pass "window screenshot: $colours distinct colours"
else fail "window screenshot: $colours distinct colours"; fi
if grep -q 'dev.mnistexplorer.app.shell.DesktopApp' "$work/wmclass.txt" 2>/dev/null; then
  pass "window $(cat "$work/wmclass.txt")"
else fail "window WM_CLASS: $(cat "$work/wmclass.txt" 2>/dev/null || echo 'no window named MNIST Explorer')"; fi
if grep -Eq 'IllegalAccessError|Exception|^error' "$work/app.err"; then
  fail "desktop app errors: $(grep -E 'IllegalAccessError|Exception|^error' "$work/app.err" | head -5)"
else pass "desktop app stderr has no errors"; fi
grep '"startup"' "$work/app.err" | sed 's/^/startup: /'
[[ -n ${SMOKE_SCREENSHOT:-} ]] && cp "$work/screen.png" "$SMOKE_SCREENSHOT"

# 4. Nothing unpacked into the user's home.
unpacked=$(cd "$HOME" && find . -maxdepth 2 \( -name .djl.ai -o -name .openjfx -o -name '.javacpp' -o -name '.jna' \) | tr '\n' ' ')
if [[ -z $unpacked ]]; then pass "nothing unpacked into HOME (HOME holds: $(cd "$HOME" && find . -mindepth 1 -maxdepth 2 | tr '\n' ' '))"
else fail "unpacked into HOME: $unpacked"; fi

echo "smoke test of $(basename "$package"): $([[ $failures == 0 ]] && echo PASSED || echo "$failures FAILED")"
exit $((failures > 0))
