#!/bin/sh
# bin/mnist-explorer on Linux: starts jpackage's native launcher beside it (bin/mnist-explorer-launcher,
# settings in lib/app/mnist-explorer-launcher.cfg) with the same arguments.
#
# Why a script in front: before it starts Java, jpackage's Linux launcher asks
# `rpm -qf <itself>` which package owns it, and only then `dpkg -S`. Debian's rpm keeps its
# database in ~/.rpmdb and creates it for that query, so on Debian machines with rpm installed every
# launch left ~/.rpmdb in the user's home. With RPM_CONFIGDIR naming a folder that does not exist,
# rpm stops before it opens any database; the launcher then asks dpkg, or finds its library next to
# itself (lib/libapplauncher.so, the layout of every MNIST Explorer install: .deb, .rpm, app image).
# The same for dpkg: `dpkg -S` reads the list of every installed package's files (about 140 ms on
# a desktop with 1,000 packages, and the launcher asks twice, each start); DPKG_ADMINDIR naming a
# folder that does not exist makes it answer "not found" at once, and the launcher takes the same
# library beside itself, as it does for the app image and an unpacked package.
# Only rpm reads RPM_CONFIGDIR and only dpkg DPKG_ADMINDIR; HOME and PATH stay as they were for the app.
bin=$(dirname "$(readlink -f "$0")")
RPM_CONFIGDIR=$bin/../lib/no-rpm-config
DPKG_ADMINDIR=$bin/../lib/no-dpkg-database
export RPM_CONFIGDIR DPKG_ADMINDIR
exec "$bin/mnist-explorer-launcher" "$@"
