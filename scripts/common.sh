# Shared settings for the host-side build scripts. Sourced, not run.
set -eu

TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$HOME/.cache/ftrace-patchset}
JOBS=${JOBS:-$(nproc)}
TARBALL=${TARBALL:-/usr/src/linux-source-6.12.tar.xz}

PRISTINE=$BUILD/pristine	# unpacked base, never modified
SRC=$BUILD/src			# pristine - strip.list + linux/ + patches/
OBJ=$BUILD/obj			# O= directory of our kernel
UPOBJ=$BUILD/upstream-obj	# O= directory of unmodified upstream (bench)
ROOTFS=$BUILD/rootfs		# staging directory of the initramfs
LOGS=$BUILD/logs
# One build or boot at a time on this machine; a second $BUILD (a helper's
# worktree) may point LOCK at the first one's lock.
LOCK=${LOCK:-$BUILD/.lock}

export CCACHE_DIR=${CCACHE_DIR:-$BUILD/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$BUILD}
export KBUILD_BUILD_TIMESTAMP=${KBUILD_BUILD_TIMESTAMP:-2026-01-01}
export KBUILD_BUILD_USER=ftrace KBUILD_BUILD_HOST=patchset

say() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The kernel source directory inside $PRISTINE, e.g. linux-source-6.12.
pristine_tree() {
	set -- "$PRISTINE"/linux-*
	[ -d "$1" ] || die "base not unpacked; run 'make prepare'"
	echo "$1"
}

kernel_version() {
	make -s -C "$(pristine_tree)" kernelversion
}

# Kernel builds and QEMU boots each want both cores: they take $BUILD/.lock
# so that concurrent invocations (helpers, a second shell) run in turn.
kmake() {
	# kmake <srcdir> <objdir> args...
	local src=$1 obj=$2
	shift 2
	mkdir -p "$BUILD"
	flock "$LOCK" make -C "$src" O="$obj" CC="ccache gcc" \
		HOSTCC="ccache gcc" -j"$JOBS" "$@"
}
