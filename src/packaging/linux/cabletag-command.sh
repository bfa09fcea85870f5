#!/bin/sh
# The `cabletag` command of the installed app (/usr/bin/cabletag and the desktop entry point here). It starts
# the app image's own runtime with the options jpackage wrote to lib/app/cabletag.cfg, as the app image's
# launcher bin/cabletag does, without that launcher's start-up cost: on every start jpackage's Linux launcher
# asks `rpm -qf`, `dpkg -S` and `dpkg -L` which package owns it, to find its helper library (about 0.4 s
# here, before Java starts). bin/cabletag stays in the image and works as before.
set -e
app=$(dirname "$(readlink -f "$0")")
image=$(dirname "$(dirname "$app")")
count=$#
# the options first, then the class path and the main class, then the user's arguments: the options are
# appended after the arguments and the arguments are rotated to the end, which keeps every argument whole
while IFS= read -r line; do
    case "$line" in
        java-options=*)
            option=${line#java-options=}
            case "$option" in
                *'$APPDIR'*) option="${option%%\$APPDIR*}$app${option#*\$APPDIR}" ;;
            esac
            set -- "$@" "$option"
            ;;
    esac
done < "$app/cabletag.cfg"
set -- "$@" -cp "$app/cabletag.jar" cabletag.Main
while [ "$count" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    count=$((count - 1))
done
exec "$image/lib/runtime/bin/java" "$@"
