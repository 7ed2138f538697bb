#!/usr/bin/env bash
# Builds MNIST Explorer's app image and this OS's installers into TARGET/installers/.
#   installers/build-installers.sh TARGET VERSION [URL] (Maven runs it: mvn -B -Pinstaller package)
# URL: the project's home page (the pom's <url>): .deb Homepage, .rpm URL, AppStream's links.
# Needs what `mvn package` made: TARGET/mnist-explorer.jar and TARGET/lib/. Uses $JDK_HOME (else
# $JAVA_HOME) for jlink and jpackage. Linux: app image, .deb, .rpm (installs dpkg-deb, fakeroot,
# rpmbuild and xvfb-run with apt-get when missing), a class list for the AppCDS archive; macOS: app image, .dmg; Windows: app image, .msi (WiX 3).
# Set INSTALLER_TYPES (e.g. "deb") to build fewer packages; "app-image": the app image alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$(cd "${1:?TARGET}" && pwd)
version=${2:?VERSION}
url=${3:?"URL (the pom's <url>)"}
jdk=${JDK_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}}
export JDK_HOME=$jdk
name=mnist-explorer
work=$target/installers-work
dest=$target/installers

case "$(uname -s)" in
  Linux) os=linux types=${INSTALLER_TYPES:-deb rpm} icon=$here/linux/$name.png ;;
  Darwin) os=mac types=${INSTALLER_TYPES:-dmg} icon=$target/icons/$name.icns ;;
  MINGW* | MSYS* | CYGWIN*) os=windows types=${INSTALLER_TYPES:-msi} icon=$here/icons/$name.ico ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 1 ;;
esac

iconopt=(--icon "$icon")
[[ -f $icon ]] || { echo "no icon $icon: building without one" >&2; iconopt=(); }

step() { echo "[installers] $(date +%T) $*"; }

# Records the classes a start, start-up's background work and a first visit of every place load
# (-XX:DumpLoadedClassList), from the app image's own launcher under Xvfb with a throw-away HOME.
# Without a class list the app still works, it only starts slower: a failed run is a warning.
record_class_list() { # IMAGE CLASSLIST
  local home
  home=$(mktemp -d)
  mkdir -p -m 700 "$home/runtime"
  if HOME=$home XDG_RUNTIME_DIR=$home/runtime \
    JAVA_TOOL_OPTIONS="-Duser.home=$home -XX:DumpLoadedClassList=$2" \
    timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$1/bin/$name" --visit-and-quit \
    >"$work/class-list-run.log" 2>&1 && [[ -s $2 ]]; then
    echo "class list: $(wc -l <"$2") classes"
  else
    echo "WARNING: no class list (the app starts without a CDS archive): $(tail -5 "$work/class-list-run.log")" >&2
    rm -f "$2"
  fi
  rm -rf "$home"
}

# The packaging tools jpackage calls on Linux: install them rather than assume them.
if [[ $os == linux ]]; then
  need=()
  command -v dpkg-deb >/dev/null || need+=(dpkg)
  command -v fakeroot >/dev/null || need+=(fakeroot)
  command -v rpmbuild >/dev/null || need+=(rpm)
  command -v xvfb-run >/dev/null || need+=(xvfb) # the class-list run shows the window
  if ((${#need[@]})); then
    step "installing ${need[*]} with apt-get"
    sudo=; [[ $(id -u) == 0 ]] || sudo=sudo
    $sudo apt-get install -y -q "${need[@]}" || { $sudo apt-get update -q && $sudo apt-get install -y -q "${need[@]}"; }
  fi
fi

rm -rf "$work" "$dest"
mkdir -p "$work/input/lib" "$dest"

step "jlink: runtime image"
"$here/../jlink/build-runtime.sh" "$target/lib" "$work/runtime"

step "jpackage input: app jar, class-path jars, libtorch unpacked"
cp "$target/$name.jar" "$work/input/"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) ;;            # JavaFX is in the runtime image
    pytorch-native-*) ;;    # 111 MB; its libraries are unpacked into native/pytorch below
    *) cp "$jar" "$work/input/lib/" ;;
  esac
done
native_jar=$(ls "$target"/lib/pytorch-native-cpu-*.jar)
jni_jar=$(ls "$target"/lib/pytorch-jni-*.jar)
classifier=$(basename "$native_jar" .jar | sed -E 's/^pytorch-native-cpu-[0-9.]+-//') # linux-x86_64
case $classifier in
  linux-x86_64) jna_dir=linux-x86-64 ;;
  linux-aarch64) jna_dir=linux-aarch64 ;;
  osx-aarch64) jna_dir=darwin-aarch64 ;;
  win-x86_64) jna_dir=win32-x86-64 ;;
  *) echo "unknown native classifier $classifier" >&2; exit 1 ;;
esac
unpack=$work/unpack
mkdir -p "$unpack/native" "$unpack/jni" "$unpack/jna" "$work/input/native/pytorch" "$work/input/native/jna"
(cd "$unpack/native" && "$jdk/bin/jar" xf "$native_jar" "pytorch/cpu/$classifier")
(cd "$unpack/jni" && "$jdk/bin/jar" xf "$jni_jar" "jnilib/$classifier/cpu")
(cd "$unpack/jna" && "$jdk/bin/jar" xf "$(ls "$target"/lib/jna-*.jar)" "com/sun/jna/$jna_dir")
# DJL loads every library it finds in PYTORCH_LIBRARY_PATH: the libtorch files and libdjl_torch, nothing else.
cp "$unpack/native/pytorch/cpu/$classifier/"* "$work/input/native/pytorch/"
cp "$unpack/jni/jnilib/$classifier/cpu/"* "$work/input/native/pytorch/"
cp "$unpack/jna/com/sun/jna/$jna_dir/"* "$work/input/native/jna/"
ls -l "$work/input/native/pytorch" "$work/input/native/jna"

java_options=(
  -Xmx2g
  '-DPYTORCH_LIBRARY_PATH=$APPDIR/native/pytorch' -DPYTORCH_FLAVOR=cpu
  -Dai.djl.offline=true -DOPT_OUT_TRACKING=true
  -Djna.nounpack=true '-Djna.boot.library.path=$APPDIR/native/jna'
  # No --add-exports/--add-opens: the ControlsFX controls the app uses (StatusBar, SegmentedButton)
  # touch no com.sun.javafx.* package (checked with javap, and `--screenshots` renders every place of
  # the packaged app without an IllegalAccessError). Controls such as auto-completion or
  # CustomTextField would need e.g. --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED.
)
# The AppCDS archive (Linux: lib/cds-archive.sh dumps it where the app is installed); the JVM starts
# without sharing, silently, while it is missing or does not match.
[[ $os == linux ]] && java_options+=('-XX:SharedArchiveFile=$APPDIR/'"$name.jsa")
jopts=()
for option in "${java_options[@]}"; do jopts+=(--java-options "$option"); done

# The description is the .rpm Summary and the .deb synopsis: a phrase, no full stop (rpmlint, lintian).
common=(--name "$name" --app-version "$version" --vendor "MNIST Explorer"
  --description "See, build, train and question a neural network on handwritten digits"
  --copyright "MNIST Explorer authors")

step "jpackage: app image"
"$jdk/bin/jpackage" --type app-image "${common[@]}" \
  --input "$work/input" --main-jar "$name.jar" --main-class dev.mnistexplorer.Main \
  --runtime-image "$work/runtime" "${jopts[@]}" ${iconopt[@]+"${iconopt[@]}"} --dest "$dest"

if [[ $os == linux ]]; then
  # bin/mnist-explorer becomes linux/launcher.sh in front of jpackage's launcher, which keeps rpm
  # from creating ~/.rpmdb (see the script); jpackage's launcher reads the .cfg named after itself.
  # lib/desktop-integration.sh: the menu entry and MIME type for the .deb/.rpm scripts.
  step "app image: launcher script, desktop integration script"
  image=$dest/$name
  mv "$image/bin/$name" "$image/bin/$name-launcher"
  mv "$image/lib/app/$name.cfg" "$image/lib/app/$name-launcher.cfg"
  install -m 755 "$here/linux/launcher.sh" "$image/bin/$name"
  install -m 755 "$here/linux/desktop-integration.sh" "$image/lib/desktop-integration.sh"
  # What desktop-integration.sh installs besides the menu entry: AppStream metadata (with the
  # project URL filled in) and the .mnx files' icon.
  metainfo=dev.mnistexplorer.MNISTExplorer.metainfo.xml
  sed "s|PROJECT_URL|$url|g" "$here/linux/$metainfo" >"$image/lib/$metainfo"
  chmod 644 "$image/lib/$metainfo"
  mkdir -p "$image/lib/mime-icons"
  install -m 644 "$here"/icons/application-x-mnist-explorer-model-*.png "$image/lib/mime-icons/"
fi

if [[ $os == linux ]]; then
  step "class list for the CDS archive: a --visit-and-quit run under Xvfb"
  install -m 755 "$here/linux/cds-archive.sh" "$image/lib/cds-archive.sh"
  record_class_list "$image" "$image/lib/app/$name.classlist"
fi

for type in $types; do
  [[ $type == app-image ]] && continue # built above, as for every type
  step "jpackage: $type"
  extra=()
  case $type in
    deb | rpm)
      extra=(--resource-dir "$here/linux" --linux-package-name "$name" --linux-shortcut
        --linux-menu-group "Education;Science;" --linux-app-category science
        --linux-rpm-license-type Apache-2.0 --about-url "$url"
        --linux-deb-maintainer "maintainers@mnistexplorer.dev") ;;
    dmg) extra=(--mac-package-name "MNIST Explorer" --mac-package-identifier dev.mnistexplorer) ;;
    msi) extra=(--win-menu --win-menu-group "MNIST Explorer" --win-shortcut --win-dir-chooser
        --win-upgrade-uuid 5d0e8b0c-3c2a-4f43-9a64-1f6a2f8e7c11) ;;
  esac
  "$jdk/bin/jpackage" --type "$type" "${common[@]}" \
    --app-image "$dest/$name$([[ $os == mac ]] && echo .app)" \
    ${iconopt[@]+"${iconopt[@]}"} --license-file "$here/LICENSE.txt" \
    --file-associations "$here/mnx-file-association.properties" \
    ${extra[@]+"${extra[@]}"} --dest "$dest" ${JPACKAGE_VERBOSE:+--verbose}
done
if [[ $os == linux ]]; then
  # After the packages, which must not carry an archive dumped for this folder: theirs is dumped on
  # install. This one serves the app image as it is (smoke tests, bench/startup-ratio.sh).
  step "CDS archive for the app image in $dest"
  "$dest/$name/lib/cds-archive.sh" create
  ls -l "$dest/$name/lib/app/$name.jsa" || true
fi
step "done"
ls -l "$dest"
