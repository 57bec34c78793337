#!/bin/bash
# Build the guest initramfs: busybox, our /init, kernel modules, the
# selftests and their test modules, trace-cmd and perf with their
# libraries. Output: $BUILD/initramfs.cpio.gz
. "$(dirname "$0")/common.sh"

FT=$TOP/linux/tools/testing/selftests/ftrace
REL=$(cat "$OBJ/include/config/kernel.release")

rm -rf "$ROOTFS"
mkdir -p "$ROOTFS"/{bin,sbin,etc,proc,sys,dev,tmp,root,lib/modules} \
	"$ROOTFS/selftests/ftrace/modules"

cp /bin/busybox "$ROOTFS/bin/busybox"
install -m 755 "$TOP/guest/init" "$ROOTFS/init"
install -m 755 "$TOP/guest/demo.sh" "$ROOTFS/etc/demo.sh"
printf 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/tmp:/bin/sh\n' \
	> "$ROOTFS/etc/passwd"
printf 'root:x:0:\nuser:x:1000:\n' > "$ROOTFS/etc/group"

# In-tree modules (samples/trace_events, samples/trace_printk, ...).
flock "$LOCK" make -s -C "$SRC" O="$OBJ" modules_install \
	INSTALL_MOD_PATH="$ROOTFS" INSTALL_MOD_STRIP=1 DEPMOD=/sbin/depmod

# Test modules, built out of tree against $OBJ in a scratch copy.
if [ -d "$FT/modules" ]; then
	rsync -a --delete "$FT/modules/" "$BUILD/testmods/"
	kmake "$SRC" "$OBJ" -s M="$BUILD/testmods" modules
	cp "$BUILD"/testmods/*.ko "$ROOTFS/selftests/ftrace/modules/"
fi

# Static test programs for what sh cannot do (guest/src/rawsplice.c and
# guest/src/ftt_*.c, one C file each, like bench.c), in /bin.
for c in "$TOP"/guest/src/rawsplice.c "$TOP"/guest/src/ftt_*.c; do
	[ -e "$c" ] || continue
	gcc -static -O2 -Wall -Wextra -o "$ROOTFS/bin/$(basename "$c" .c)" "$c" ||
		die "$c does not compile"
done

# The unmodified Debian trace-cmd and perf (scripts/deps.sh installs
# them), with every shared library they load, so the guest can run the
# workflows users know. ldd of each binary and plugin gives the libraries
# and the ELF interpreter; libtraceevent dlopens its plugins.
copy_with_libs() { # copy_with_libs FILE...: FILE and its libs, same paths
	local f lib
	for f in "$@"; do
		install -D "$f" "$ROOTFS$f"
		for lib in $(ldd "$f" | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p; s/^[[:space:]]*\(\/[^ ]*\) .*/\1/p'); do
			[ -e "$ROOTFS$lib" ] || install -D "$(readlink -f "$lib")" "$ROOTFS$lib"
		done
	done
}
PLUGINS=/usr/lib/x86_64-linux-gnu/traceevent/plugins
PERF=/usr/bin/perf
# Debian may ship /usr/bin/perf as a wrapper script around perf_<version>.
if ! head -c 4 "$PERF" | grep -q ELF; then
	PERF=$(ls /usr/bin/perf_[0-9]* 2>/dev/null | sort -V | tail -n 1)
	[ -n "$PERF" ] || die "no perf binary (apt-get install linux-perf)"
fi
command -v trace-cmd >/dev/null || die "no trace-cmd (run scripts/deps.sh)"
copy_with_libs "$(command -v trace-cmd)" "$PERF" "$PLUGINS"/*.so
[ "$PERF" = /usr/bin/perf ] || ln -sf "$(basename "$PERF")" "$ROOTFS/usr/bin/perf"
ln -sf /usr/bin/perf "$ROOTFS/bin/perf"	# the guest's PATH is /bin:/sbin
ln -sf "$(command -v trace-cmd)" "$ROOTFS/bin/trace-cmd"
# A loader cache, so lookups do not depend on the loader's built-in paths.
printf '/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu\n' > "$ROOTFS/etc/ld.so.conf"
ldconfig -r "$ROOTFS"

# The test runner and tests.
cp -r "$FT/ftracetest" "$FT/lib" "$FT/test.d" "$ROOTFS/selftests/ftrace/"

(cd "$ROOTFS" && find . | cpio -o -H newc --quiet | gzip -1) \
	> "$BUILD/initramfs.cpio.gz"
say "initramfs: $BUILD/initramfs.cpio.gz ($REL, $(du -h "$BUILD/initramfs.cpio.gz" | cut -f1))"
