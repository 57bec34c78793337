#!/bin/bash
# Install the Debian packages the build and the guest need, if missing.
# trace-cmd and linux-perf are not run on the host: mkinitramfs.sh copies
# their binaries and libraries into the guest.
. "$(dirname "$0")/common.sh"

PKGS="linux-source-6.12 qemu-system-x86 busybox-static flex bison bc
libelf-dev libssl-dev cpio ccache xz-utils kmod rsync gcc make libc6-dev
python3 diffutils patch
trace-cmd libtraceevent1-plugin linux-perf"

missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

say "installing:$missing"
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
