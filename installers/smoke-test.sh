#!/usr/bin/env bash
# Smoke-tests a packaged MNIST Explorer.
#   installers/smoke-test.sh target/installers/mnist-explorer        (the app image, as it is)
#   installers/smoke-test.sh target/installers/mnist-explorer_0.1.0-1_amd64.deb   (dpkg-deb -x)
#   installers/smoke-test.sh target/installers/mnist-explorer-0.1.0-1.x86_64.rpm  (rpm2cpio | cpio)
#   installers/smoke-test.sh --install PACKAGE.deb|PACKAGE.rpm       (root: installs it for real)
# The launcher checks, with a temporary HOME (and -Duser.home): --version, --self-test, the desktop
# window under xvfb-run (screenshot with `import`, checked non-blank; the window's WM_CLASS checked),
# and afterwards HOME holds nothing but the app's own XDG folders (.config/mnist-explorer,
# .local/share/mnist-explorer, .cache/mnist-explorer), with no file in the cache (the package ships
# libtorch and JavaFX unpacked): no ~/.djl.ai, ~/.openjfx, ~/.mnist-explorer, ~/.rpmdb (jpackage's
# launcher asks rpm about itself), ~/.cache/dconf... (XDG_RUNTIME_DIR is set, as in a desktop session).
# Where an AppCDS archive is there (installed, or the app image in target/), -Xshare:on must map it.
# --install, .deb: `apt-get install` on a system without /usr/share/desktop-directories (hidden for
# the run, as on minimal Debian images, where xdg-desktop-menu fails), menu entry and MIME type
# checked, the launcher checks on /opt/mnist-explorer, `apt-get remove`, nothing left; then install
# and remove once more with /usr/share/desktop-directories present, as on a desktop.
# --install, .rpm: `rpm -i --nodeps` into a temporary rpm database (Debian has no system one), the
# same checks, `rpm -e`. The package must not be installed before.
# --install, both: the installed menu entry passes desktop-file-validate, the AppStream metadata in
# /usr/share/metainfo passes `appstreamcli validate --no-net`, the .mnx icon is in hicolor; all gone
# after the removal.
# Prints one line per check; exits 0 only if every check passed. Needs xvfb-run, ImageMagick,
# xdotool/xprop, and for packages dpkg-deb, or rpm (rpm2cpio) + cpio; --install also needs
# desktop-file-validate (desktop-file-utils) and appstreamcli (appstream).
set -uo pipefail
install_mode=; [[ ${1:-} == --install ]] && { install_mode=1; shift; }
package=$(readlink -f "${1:?"usage: $0 [--install] APP_IMAGE_DIR|PACKAGE.deb|PACKAGE.rpm"}")
work=$(mktemp -d)
menu_dirs=/usr/share/desktop-directories
restore=()  # commands that put the system back, run on exit
cleanup() {
  local command
  for command in ${restore[@]+"${restore[@]}"}; do eval "$command"; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
failures=0 launches=0
expected_version=${EXPECTED_VERSION:-0.1.0}
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# --version, --self-test, the window, then HOME: a new user's first launches of LAUNCHER.
check_launcher() {
  local launcher=$1 version result status start seconds left
  local home=$work/home-$((++launches))
  mkdir -p "$home"
  # As in a desktop session: without XDG_RUNTIME_DIR, GTK's dconf falls back to ~/.cache/dconf.
  mkdir -p -m 700 "$work/runtime-$launches"
  (
    failures=0  # this subshell's own count, added below
    export HOME=$home XDG_RUNTIME_DIR=$work/runtime-$launches
    export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"
    # The app's own settings must not steer DJL elsewhere during the test.
    unset PYTORCH_LIBRARY_PATH PYTORCH_FLAVOR PYTORCH_VERSION DJL_CACHE_DIR ENGINE_CACHE_DIR

    version=$("$launcher" --version 2>"$work/version.err")
    if [[ $version == "MNIST Explorer $expected_version" ]]; then pass "--version: $version"
    else fail "--version printed '$version' ($(tail -3 "$work/version.err"))"; fi

    start=$(date +%s.%N)
    result=$(env -u DISPLAY "$launcher" --self-test 2>"$work/self-test.err")
    status=$?
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    if [[ $status == 0 && $result == *'"self_test":"pass"'* && $result == *'native/pytorch'* ]]; then
      pass "--self-test (${seconds}s wall): $result"
    else fail "--self-test exit $status: $result $(grep -v 'Picked up' "$work/self-test.err" | tail -5)"; fi

    check_cds "$launcher"
    check_window "$launcher"

    check_home
    exit "$failures"
  )
  failures=$((failures + $?))
}

# The AppCDS archive (installers/linux/cds-archive.sh): dumped on install and for the app image in
# target/, not in an unpacked package. -Xshare:on makes the JVM fail where it cannot map it.
check_cds() {
  local app version
  app=$(dirname "$1")/../lib/app
  if [[ ! -f $app/mnist-explorer.jsa ]]; then
    if [[ -n $install_mode ]]; then fail "no CDS archive $app/mnist-explorer.jsa after the install"
    else echo "note: no CDS archive in an unpacked package (it is dumped on install)"; fi
    return 0
  fi
  if version=$(JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xshare:on" "$1" --version 2>&1) &&
    [[ $version == *"MNIST Explorer"* ]]; then pass "CDS archive used (-Xshare:on)"
  else fail "CDS archive not usable: $(tail -3 <<<"$version")"; fi
}

# HOME after the launches: only the app's XDG folders (and their parents), no file in its cache.
check_home() {
  local left cached
  left=$(cd "$HOME" && find . -mindepth 1 ! -path './.config/mnist-explorer*' \
    ! -path './.local/share/mnist-explorer*' ! -path './.cache/mnist-explorer*' \
    ! -path ./.config ! -path ./.local ! -path ./.local/share ! -path ./.cache | sort | head -12 | tr '\n' ' ')
  cached=$(cd "$HOME" && find ./.cache/mnist-explorer -type f 2>/dev/null | head -5 | tr '\n' ' ')
  if [[ -z $left && -z $cached ]]; then
    pass "HOME holds nothing but the app's XDG folders: $(cd "$HOME" && find . -mindepth 1 -maxdepth 3 | sort | tr '\n' ' ')"
  else fail "left in HOME: $left${cached:+(unpacked into the cache: $cached)}"; fi
}

# The desktop window under Xvfb: screenshot non-blank, WM_CLASS, start-up times, no access errors.
check_window() {
  local colours
  rm -f "$work/screen.png" "$work/wmclass.txt"
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
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/window.sh" "$1" "$work" >/dev/null 2>&1
  colours=$(/usr/bin/convert "$work/screen.png" -format %k info: 2>/dev/null || echo 0)
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
  return 0
}

# What the package installs besides /opt/mnist-explorer (lib/desktop-integration.sh).
entry=/usr/share/applications/mnist-explorer-mnist-explorer.desktop
mimeinfo=/usr/share/mime/packages/mnist-explorer-mnist-explorer-MimeInfo.xml
metainfo=/usr/share/metainfo/dev.mnistexplorer.MNISTExplorer.metainfo.xml
mime_icons=/usr/share/icons/hicolor/*x*/mimetypes/application-x-mnist-explorer-model.png

# What an institution's checks run on the installed metadata: the freedesktop validators.
check_metadata() { # $1: how it was installed
  local out icons
  if ! command -v desktop-file-validate >/dev/null; then fail "$1: no desktop-file-validate (apt-get install desktop-file-utils)"
  elif out=$(desktop-file-validate "$entry" 2>&1); then pass "$1: desktop-file-validate $entry${out:+ ($out)}"
  else fail "$1: desktop-file-validate $entry: $(tr '\n' ' ' <<<"$out")"; fi
  if ! command -v appstreamcli >/dev/null; then fail "$1: no appstreamcli (apt-get install appstream)"
  elif out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then pass "$1: appstreamcli validate --no-net $metainfo: $(tail -1 <<<"$out")"
  else fail "$1: appstreamcli validate $metainfo: $(tr '\n' ' ' <<<"$out")"; fi
  icons=$(ls $mime_icons 2>/dev/null | wc -l)
  ((icons == 7)) && pass "$1: .mnx icon application-x-mnist-explorer-model in $icons hicolor sizes" ||
    fail "$1: .mnx icon in $icons hicolor sizes, expected 7"
}

check_installed() { # $1: how it was installed
  [[ -x /opt/mnist-explorer/bin/mnist-explorer ]] && pass "$1: /opt/mnist-explorer/bin/mnist-explorer" ||
    fail "$1: no /opt/mnist-explorer/bin/mnist-explorer"
  if grep -q '^Exec=/opt/mnist-explorer/bin/mnist-explorer %f$' "$entry" 2>/dev/null &&
    grep -q 'application/x-mnist-explorer-model' "$mimeinfo" 2>/dev/null; then
    pass "$1: menu entry $entry and MIME type $mimeinfo"
  else fail "$1: menu entry or MIME type missing ($entry, $mimeinfo)"; fi
  check_metadata "$1"
  if [[ -f /usr/share/mime/globs2 ]]; then
    grep -q ':\*\.mnx$' /usr/share/mime/globs2 && pass "$1: *.mnx in the MIME database" ||
      fail "$1: *.mnx not in /usr/share/mime/globs2"
  fi
  if command -v update-desktop-database >/dev/null; then
    grep -q 'x-mnist-explorer-model=.*mnist-explorer-mnist-explorer.desktop' \
      /usr/share/applications/mimeinfo.cache 2>/dev/null && pass "$1: .mnx opens with the app (mimeinfo.cache)" ||
      fail "$1: the app is not in /usr/share/applications/mimeinfo.cache"
  fi
}

check_removed() { # $1: how it was removed
  local left
  left=$(find /opt/mnist-explorer "$entry" "$mimeinfo" "$metainfo" $mime_icons 2>/dev/null | head -5 | tr '\n' ' ')
  grep -qs 'mnist-explorer' /usr/share/applications/mimeinfo.cache && left+="mimeinfo.cache entry "
  grep -qs ':\*\.mnx$' /usr/share/mime/globs2 && left+="*.mnx in globs2 "
  [[ -z $left ]] && pass "$1: nothing left (/opt/mnist-explorer, menu entry, MIME type, metainfo, .mnx icons)" ||
    fail "$1 left: $left"
}

# Runs "$@" (an install or removal), passes or fails with the end of its output.
step() {
  local what=$1
  shift
  if "$@" >"$work/step.log" 2>&1; then pass "$what"
  else fail "$what (exit $?): $(grep -v '^\(Get\|Selecting\|Preparing\|Unpacking\|Setting up\|Processing\|(Reading\)' \
    "$work/step.log" | tail -6 | tr '\n' ' ')"; fi
}

apt_round() { # $1: minimal | desktop
  step "$1: apt-get install $(basename "$package")" apt-get install -y -q "$package"
  [[ $(dpkg-query -W -f='${Status}' mnist-explorer 2>/dev/null) == "install ok installed" ]] &&
    pass "$1: dpkg says installed" || fail "$1: dpkg status '$(dpkg-query -W -f='${Status}' mnist-explorer 2>&1)'"
  check_installed "$1"
  [[ $1 == minimal ]] && check_launcher /opt/mnist-explorer/bin/mnist-explorer
  step "$1: apt-get remove mnist-explorer" apt-get remove -y -q mnist-explorer
  check_removed "$1"
  dpkg --purge mnist-explorer >/dev/null 2>&1
}

if [[ -n $install_mode ]]; then
  [[ $(id -u) == 0 ]] || { echo "FAIL --install needs root"; exit 1; }
  if dpkg-query -W -f='${Status}' mnist-explorer 2>/dev/null | grep -q installed || [[ -e /opt/mnist-explorer ]]; then
    echo "FAIL mnist-explorer is installed already: the test would remove it"
    exit 1
  fi
  case $package in
    *.deb)
      export DEBIAN_FRONTEND=noninteractive
      restore+=("dpkg --purge mnist-explorer >/dev/null 2>&1") # if the test stops half-way
      # A minimal system: no /usr/share/desktop-directories (jpackage's xdg-desktop-menu failed here).
      if [[ -e $menu_dirs ]]; then
        mv "$menu_dirs" "$work/desktop-directories"
        restore+=("[[ -e $menu_dirs ]] || mv '$work/desktop-directories' '$menu_dirs'")
      fi
      apt_round minimal
      # A desktop: the folder present (made for the run if this system has none).
      if [[ -e $work/desktop-directories ]]; then mv "$work/desktop-directories" "$menu_dirs"
      else mkdir -p "$menu_dirs" && restore+=("rmdir '$menu_dirs' 2>/dev/null"); fi
      apt_round desktop
      ;;
    *.rpm)
      db=$work/rpmdb
      restore+=("rpm -e --dbpath '$db' mnist-explorer >/dev/null 2>&1")
      step "rpm -i $(basename "$package")" rpm -i --nodeps --dbpath "$db" "$package"
      check_installed rpm
      check_launcher /opt/mnist-explorer/bin/mnist-explorer
      step "rpm -e mnist-explorer" rpm -e --dbpath "$db" mnist-explorer
      check_removed rpm
      ;;
    *) echo "FAIL --install takes a .deb or an .rpm"; exit 1 ;;
  esac
else
  case $package in
    *.deb) dpkg-deb -x "$package" "$work/root" ;;
    *.rpm) mkdir -p "$work/root" && (cd "$work/root" && rpm2cpio "$package" | cpio -idm --quiet) ;;
    *) ln -s "$package" "$work/root" ;;
  esac
  launcher=$(find -L "$work/root" -path '*/bin/mnist-explorer' -type f | head -1)
  [[ -x $launcher ]] || { echo "FAIL no bin/mnist-explorer in $package"; exit 1; }
  echo "launcher: ${launcher#"$work/root"}  ($(du -sL "$work/root" | cut -f1) KiB unpacked)"
  check_launcher "$launcher"
fi

echo "smoke test of $(basename "$package")${install_mode:+ (installed)}: $([[ $failures == 0 ]] && echo PASSED || echo "$failures FAILED")"
exit $((failures > 0))
