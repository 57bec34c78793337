#!/bin/bash
# Boot our kernel with the test initramfs under QEMU (TCG, no KVM).
#   qemu.sh run     a shell on a terminal; the demo without one
#   qemu.sh check   run the selftests, then power off
# Extra kernel arguments: QEMU_APPEND="..."
. "$(dirname "$0")/common.sh"

mode=${1:-run}
if [ "$mode" = run ]; then
	if [ -t 0 ] && [ -t 1 ]; then mode=shell; else mode=demo; fi
fi

kernel=$OBJ/arch/x86/boot/bzImage
initrd=$BUILD/initramfs.cpio.gz
[ -f "$kernel" ] && [ -f "$initrd" ] || die "run 'make initramfs' first"

append="console=ttyS0 loglevel=4 panic=-1 ftmode=$mode ${QEMU_APPEND:-}"
# One host thread for both vCPUs: with multi-threaded TCG a vCPU can run a
# stale translation of code another vCPU just live-patched (text_poke_bp's
# int3, seen as "Oops: int3" when tracing is switched on under load).
set -- qemu-system-x86_64 -nographic -no-reboot -m 1G -smp 2,sockets=2,cores=1 -cpu max \
	-accel tcg,thread=single \
	-kernel "$kernel" -initrd "$initrd" -append "$append"

if [ "$mode" = shell ]; then
	say "booting; the guest shell exits with 'poweroff' (or Ctrl-A X)"
	exec flock "$LOCK" "$@"
fi
# No terminal: stdin must not feed the serial console.
exec flock "$LOCK" timeout "${QEMU_TIMEOUT:-1500}" "$@" < /dev/null
