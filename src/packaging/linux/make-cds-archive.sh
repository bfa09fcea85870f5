#!/bin/sh
# Makes the application class-data-sharing archive lib/app/cabletag.jsa of a cabletag app image (the
# folder given, e.g. /opt/cabletag or target/dist/cabletag) by a short training run with the image's own
# runtime and the same class path the launcher gives. The launcher reads the archive with
# -XX:SharedArchiveFile=$APPDIR/cabletag.jsa. A JDK 17 archive names the jar by its absolute path, so it
# is made where the image stays (the .deb makes it in postinst). The training run opens the window on the
# bundled seeds and closes it once the first cable is highlighted when a display can be had (DISPLAY set,
# or xvfb-run installed), then runs `stats` on the seeds in the same process (-Dcabletag.cdsTraining), so
# both the window's and the commands' classes are archived; without a display only the commands' are.
set -eu
image=$(cd "$1" && pwd)
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
archive="$app/cabletag.jsa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
export CABLETAG_HOME="$work/home"
cd "$work"
cp -r "$app/seeds" "$work/seeds"
run() {
    "$java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Djava.class.path="$app/cabletag.jar" -Dcabletag.exitAfterFirstCable=true \
        -Dcabletag.cdsTraining=true cabletag.Main "$@"
}
if [ -n "${DISPLAY:-}" ]; then
    run >/dev/null 2>&1 && trained=window
elif command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a "$java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Djava.class.path="$app/cabletag.jar" -Dcabletag.exitAfterFirstCable=true \
        -Dcabletag.cdsTraining=true cabletag.Main >/dev/null 2>&1 && trained=window
fi
if [ -z "${trained:-}" ]; then
    run stats seeds >/dev/null 2>&1 && trained=commands
fi
if [ -f "$archive" ]; then
    echo "cabletag: class-data-sharing archive $archive made (training: ${trained:-none})"
else
    echo "cabletag: no class-data-sharing archive made; cabletag starts without one" >&2
fi
