#!/usr/bin/env bash
# How long the installed app's window takes to appear, next to a bare JavaFX window.
#   bench/startup-ratio.sh [RUNS] [APP_IMAGE]       (RUNS: 9; APP_IMAGE: target/installers/mnist-explorer)
# Builds the app image when there is none (mvn package, then installers/build-installers.sh with
# INSTALLER_TYPES=app-image). The yardstick is bench/startup/BareWindow.java: a 1200×800 window with a
# label, compiled against the same JavaFX and run with the app image's own runtime (lib/runtime). Both
# run under their own Xvfb (display $DISPLAY_NUM, default 27, 1920x1200) with a fresh HOME and
# XDG_RUNTIME_DIR, so the app opens at its first-start size, 1200×800. The time measured is from the
# process start until the window is mapped (viewable; `xdotool search --onlyvisible` polled every
# 10 ms): the moment a desktop would show it. Runs alternate (bare, app, bare, app, ...) after one
# unmeasured warm-up of each, so a busy machine slows both alike; the medians and their ratio are
# printed last, with the CPU time each process had used when its window appeared (/proc/PID/stat),
# which a busy machine inflates far less than the wall time. The app shows its window before it
# builds its frame (menus, navigation, status bar): the time to that frame being drawn is printed
# too. With JAR=1 a third column times `java -jar target/mnist-explorer.jar` (the JDK on PATH).
# Needs Xvfb and xdotool.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=${1:-9}
image=${2:-$root/target/installers/mnist-explorer}
display=:${DISPLAY_NUM:-27}
work=$(mktemp -d)
xvfb=
cleanup() {
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -x $image/bin/mnist-explorer ]]; then
  echo "no app image at $image: building it" >&2
  [[ -f $root/target/mnist-explorer.jar ]] || (cd "$root" && mvn -B -q -o package -DskipTests)
  version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -1)
  url=$(sed -n 's|^  <url>\(.*\)</url>|\1|p' "$root/pom.xml" | head -1)
  INSTALLER_TYPES=app-image "$root/installers/build-installers.sh" "$root/target" "$version" "$url" >&2
  image=$root/target/installers/mnist-explorer
fi
runtime=$image/lib/runtime
javafx=$(ls "$root"/target/lib/javafx-*-linux.jar | tr '\n' ':')
javac -d "$work/bare" --module-path "$javafx" --add-modules javafx.controls \
  "$here/startup/BareWindow.java"

Xvfb "$display" -screen 0 1920x1200x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 1 50); do DISPLAY=$display xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

# Prints the milliseconds from starting "$@" until a window titled $1 is viewable, then stops it.
time_window() {
  local title=$1 name=$2 start now pid
  shift 2
  local home=$work/home-$name
  mkdir -p "$home" && mkdir -p -m 700 "$work/xdg-$name"
  start=$(date +%s%N)
  DISPLAY=$display HOME=$home XDG_RUNTIME_DIR=$work/xdg-$name "$@" >"$work/$name.log" 2>&1 &
  pid=$!
  until DISPLAY=$display xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    now=$(date +%s%N)
    if ! kill -0 "$pid" 2>/dev/null || ((now - start > 120000000000)); then
      echo "no window '$title' from $name; its output:" >&2
      tail -20 "$work/$name.log" >&2
      exit 1
    fi
    sleep 0.01
  done
  now=$(date +%s%N)
  cpu=$(cpu_ms "$pid")
  local mapped=$(((now - start) / 1000000)) frame=-
  if [[ $name == app ]]; then
    frame=$(frame_ms "$work/$name.log" "$mapped")
  fi
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  echo "$mapped $cpu $frame"
}

# When the app's frame (menus, navigation, status bar) was first drawn, in ms from the process
# start: the window's mapped time plus what the app itself reports between showing the window and
# drawing its frame (-Dmnistexplorer.startupTimes=true; waits up to 60 s for the line).
frame_ms() {
  local log=$1 mapped=$2 shown drawn
  for _ in $(seq 1 600); do grep -q '"frame_shown"' "$log" && break; sleep 0.1; done
  shown=$(sed -n 's/.*"window_shown","ms_since_jvm_start":\([0-9]*\).*/\1/p' "$log")
  drawn=$(sed -n 's/.*"frame_shown","ms_since_jvm_start":\([0-9]*\).*/\1/p' "$log")
  if [[ -n $shown && -n $drawn ]]; then echo $((mapped + drawn - shown)); else echo -; fi
}

# The CPU time (user + system, all threads) process $1 has used so far, in ms: unlike the wall time it
# hardly grows when other processes compete for the cores.
cpu_ms() {
  local ticks
  ticks=$(sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }')
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

bare() { time_window '^Bare JavaFX window$' bare "$runtime/bin/java" -cp "$work/bare" BareWindow; }
app() {
  JAVA_TOOL_OPTIONS=-Dmnistexplorer.startupTimes=true time_window '^MNIST Explorer' app "$image/bin/mnist-explorer"
}
jar() {
  time_window '^MNIST Explorer' jar java -Duser.home="$work/home-jar" -jar "$root/target/mnist-explorer.jar"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

contenders=(bare app)
[[ ${JAR:-} == 1 ]] && contenders+=(jar)
for contender in "${contenders[@]}"; do "$contender" >/dev/null; done # warm-up: file cache, first-start files
echo "run, then per contender (${contenders[*]}): ms from process start to window mapped / CPU ms used by then (ms to the app's frame drawn)"
for run in $(seq 1 "$runs"); do
  line="$run"
  for contender in "${contenders[@]}"; do
    read -r ms cpu frame < <("$contender")
    echo "$ms" >>"$work/$contender.ms"
    echo "$cpu" >>"$work/$contender.cpu"
    line+="  $ms / $cpu"
    if [[ $frame != - ]]; then
      echo "$frame" >>"$work/$contender.frame"
      line+=" (frame $frame)"
    fi
  done
  echo "$line"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
for contender in "${contenders[@]}"; do
  printf '%-26s %6d ms wall, %6d ms CPU\n' "median $contender:" "$(median <"$work/$contender.ms")" \
    "$(median <"$work/$contender.cpu")"
done
app_bare=$(ratio "$(median <"$work/app.ms")" "$(median <"$work/bare.ms")")
echo "ratio app/bare: $app_bare (wall), $(ratio "$(median <"$work/app.cpu")" "$(median <"$work/bare.cpu")") (CPU)"
[[ -f $work/app.frame ]] &&
  echo "median app frame drawn: $(median <"$work/app.frame") ms, $(ratio "$(median <"$work/app.frame")" "$(median <"$work/bare.ms")")× the bare window's appearance"
[[ -f $work/jar.ms ]] && echo "ratio jar/bare: $(ratio "$(median <"$work/jar.ms")" "$(median <"$work/bare.ms")") (wall)"
echo "(${runs} alternating runs each on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); runtime $runtime)"
