#!/bin/bash
# Compare our kernel with unmodified upstream 6.12: `make bench`.
#
#   bench.sh                  build upstream, boot both kernels, print table
#   bench.sh upstream|ours    boot only that kernel, print its column
#
# Environment: BENCH_WORKLOADS=a,b (default all), BENCH_TIMEOUT=seconds per
# boot (default 900).
#
# HOW FIGURES ARE MEASURED
#
# Upstream 6.12 is built in $UPOBJ from the pristine tree with the same
# config fragments as ours (config/guest.config + config/tracing.config;
# config/ours.config only holds symbols upstream lacks). Both kernels boot
# the same bench initramfs ($BUILD/bench/initramfs.cpio.gz: busybox-static,
# guest/bench/init, guest/src/bench.c built with gcc -static -O2, and the
# modules of guest/bench/modules/ built once against each kernel, in
# /lib/bench/upstream/ and /lib/bench/ours/; bench_kernel=<kernel> on the
# command line tells init which set is its own, as both kernels have the
# same release string) under QEMU TCG with `-smp 1 -icount
# shift=0,sleep=off`. With shift=0 every guest instruction advances the
# virtual clock by exactly 1 ns, and the clock does not advance with host
# time, so:
#   - a CLOCK_MONOTONIC difference in the guest is an instruction count,
#     independent of how fast or loaded the host is, and
#   - a boot is deterministic: the same kernel and initramfs give the same
#     figures, to the last digit, every time.
# The guest TSC then ticks at exactly 1 GHz; tsc_early_khz=1000000 on the
# command line makes the kernel use that exact rate instead of its PIT
# calibration (999.993 MHz), so clock_gettime() converts cycles to ns 1:1.
# Each kernel runs all workloads in one boot. init prints one line per
# workload, "BENCH <name> <value> <unit>"; this script collects them from
# the serial console (full log in $LOGS/bench-<kernel>.log) and prints, per
# workload, both values (1 decimal) and ours/upstream (2 decimals). The
# table also goes to $LOGS/bench.txt ($LOGS/bench-<kernel>.txt for a
# one-kernel run).
#
# Per-call figures come from MEASURE() in guest/src/bench.c: short rounds of
# N calls timed with clock_gettime(), minus an identical loop with an empty
# body, divided by N; the minimum over the rounds is kept so that a timer
# tick falling inside a round does not count.
#
#   getppid   syscall(SYS_getppid) with tracing off (no tracer, no events:
#             the state after boot), in instructions per call.
#   marker64  write(2) of 64 bytes (63 'x' and a newline) to trace_marker,
#             kept open, with tracing_on=1 and current_tracer=nop (which
#             also expands the buffer to its default size), in
#             instructions per write. First the buffer is filled three
#             times over (payload bytes alone) and per_cpu/cpu0/stats must
#             show overruns, so every measured write finds it full and in
#             overwrite mode (the default); its cost then no longer
#             depends on how full it is. MEASURE() with 25 rounds of 1000
#             writes. Afterwards tracing_on is restored and the buffer
#             cleared (echo > trace).
#   rbwrite16 an in-kernel writer: guest/bench/modules/rbbench.ko, loaded
#             by the workload, allocates its own ring buffer with
#             ring_buffer_alloc(64 KiB, RB_FL_OVERWRITE) and, in the
#             loading task with preemption enabled, runs
#             ring_buffer_lock_reserve(buf, 16) / store 16 bytes /
#             ring_buffer_unlock_commit(buf), in instructions per event.
#             Same method as MEASURE(), inside the module, with
#             ktime_get_ns(): 20,000 warm-up events (the buffer holds
#             about 3,300, so it is full and wrapping before measuring),
#             then the best of 25 rounds of 2,000 events minus an empty
#             loop. The module must report overruns and no failed reserve.
#             A kernel that the module does not build or link against
#             fails the workload with the reason (e.g. the undefined
#             symbols).
#   tp_off    guest/bench/modules/tpbench.ko defines one TRACE_EVENT
#             (tpbench:tpbench_hit, a 16-byte payload) with each kernel's
#             own TRACE_EVENT machinery; writing N to its "run" parameter
#             times N calls of trace_tpbench_hit() (best of 25 rounds,
#             empty loop subtracted). Here the event is disabled: the cost
#             of a tracepoint nobody traces, in instructions per call.
#   tp_on     the same with events/tpbench/tpbench_hit/enable = 1: one
#             record written per call, nop tracer, overwrite mode.
#   getppid_ev getppid() as above, with events/sched/enable and
#             events/syscalls/enable set: every call writes
#             sys_enter_getppid and sys_exit_getppid records.
#   getppid_fn_all
#             getppid() as above with current_tracer=function, an empty
#             set_ftrace_filter (every function traced) and tracing_on=1,
#             after 100,000 unmeasured calls have filled the buffer (it
#             overwrites from then on). MEASURE() with 25 rounds of 1000.
#             Afterwards: nop tracer, empty filter, tracing_on restored,
#             buffer cleared.
#   getppid_fn_one
#             the same with set_ftrace_filter=__do_sys_getppid (the name
#             available_filter_functions gives getppid's own function;
#             __x64_sys_getppid is an alias of it): one record per call,
#             every other site a NOP. Both getppid_fn workloads read
#             set_ftrace_filter back and fail if the filter did not take.
#   ops_empty the cost that one registered ftrace_ops with an empty
#             callback adds to each call of the one function it hooks:
#             guest/bench/modules/opsbench.ko times calls of a function of
#             its own (best of 25 rounds of 2,000 calls, empty loop
#             subtracted), then registers the ops (ftrace_set_filter_ip()
#             on that function, no flags) and times them again; the figure
#             is the difference per call. The module must see its callback
#             run.
#   boot_sites
#             boot time to record every vmlinux fentry site and patch it
#             to a NOP, in guest microseconds (1 us = 1000 instructions),
#             from the kernel log (/dev/kmsg): both kernels print their
#             first "ftrace: " line once that work is done, right after
#             the same mm_core_init() (which logs) and poking_init(); the
#             figure is the time from the record before that line to it.
#             (Ours also prints the time it measured itself, "ftrace: N
#             call sites patched to NOPs in T us"; the log keeps it.)
#   filtered_out  the cost of an event that its filter drops: getppid()
#             with events/syscalls/sys_enter_getppid enabled and the
#             filter "common_pid == 0" (no record passes), minus getppid()
#             with everything off, both with MEASURE() (25 rounds of 1000
#             calls) in the same workload, in instructions per event. It
#             includes the syscall tracepoint entry/exit path that any
#             enabled syscall event turns on. The workload fails if a
#             record reached the buffer (per_cpu/cpu0/stats entries).
#
# HOW TO ADD A WORKLOAD
#
# 1. In guest/src/bench.c, write `static int wl_NAME(const struct workload
#    *w)` that measures something (usually with MEASURE()), prints it with
#    report(w, value, "unit") or fail(w, "why"), and restores any tracefs
#    state it changed (tracefs_write() helps; tracefs is mounted at
#    /sys/kernel/tracing when the kernel has it).
# 2. Add { "NAME", "description", wl_NAME } to workloads[]. `bench all`
#    runs the table in order; this script needs no change, new rows show up
#    in the report by themselves.
# 3. Describe the figure in the list above.
# A workload that needs code in the kernel adds a module source to
# guest/bench/modules/ and its name to the Kbuild there; this script builds
# the directory against each kernel, and the workload loads
# $BENCH_MODULES/NAME.ko (finit_module) or, when that is missing, reports
# the one line in $BENCH_MODULES/FAIL (see wl_rbwrite16).
# `BENCH_WORKLOADS=NAME scripts/bench.sh upstream` runs just that workload.
. "$(dirname "$0")/common.sh"
set -o pipefail

BENCH=$BUILD/bench
BENCH_WORKLOADS=${BENCH_WORKLOADS:-all}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-900}
CMDLINE="console=ttyS0 quiet panic=-1 tsc_early_khz=1000000 bench=$BENCH_WORKLOADS"

case ${1:-both} in
both) kernels="upstream ours" ;;
upstream|ours) kernels=$1 ;;
*) die "usage: bench.sh [upstream|ours]" ;;
esac

bzimage() {
	case $1 in
	upstream) echo "$UPOBJ/arch/x86/boot/bzImage" ;;
	ours) echo "$OBJ/arch/x86/boot/bzImage" ;;
	esac
}

mkdir -p "$BENCH" "$LOGS"
T0=$SECONDS
step_times=

step_done() {
	# step_done <label> <start>
	local dt=$((SECONDS - $2))
	step_times="$step_times$(printf '  %-22s %4ds' "$1" "$dt")"$'\n'
	say "$1 done in ${dt}s"
}

# 1. Upstream kernel (incremental; a no-op make when nothing changed).
case $kernels in *upstream*)
	t=$SECONDS
	say "building upstream 6.12 in $UPOBJ"
	"$TOP/scripts/kbuild.sh" upstream-build
	step_done "upstream build" $t
esac
for k in $kernels; do
	[ -f "$(bzimage "$k")" ] || die "$k kernel missing: $(bzimage "$k")"
done

# 2. Bench initramfs. Staged from scratch each time with fixed mtimes, so
# identical inputs give a byte-identical cpio. It holds the bench modules
# built against each kernel, in /lib/bench/<upstream|ours>/.
bench_modules() {
	# bench_modules <kernel> <dest>: build guest/bench/modules/ out of tree
	# against that kernel, in a scratch copy, and put the .ko files in
	# <dest>. A kernel that cannot build them (ours, while it lacks the
	# ring buffer) gets <dest>/FAIL instead, one line saying why, which
	# the workloads that need a module report as their FAIL reason.
	local k=$1 dest=$2 dir=$BENCH/modules-$1 src obj undef
	case $k in
	upstream) src=$(pristine_tree) obj=$UPOBJ ;;
	ours) src=$SRC obj=$OBJ ;;
	esac
	rm -rf "$dir"
	cp -r "$TOP/guest/bench/modules" "$dir"
	mkdir -p "$dest"
	if kmake "$src" "$obj" -s M="$dir" modules > "$dir.log" 2>&1; then
		cp "$dir"/*.ko "$dest/"
		return 0
	fi
	undef=$(sed -n 's/.*modpost: "\([^"]*\)" .* undefined!.*/\1/p' \
		"$dir.log" | sort -u | tr '\n' ' ')
	if [ -n "$undef" ]; then
		echo "bench modules do not link against $k: undefined ${undef% }" \
			> "$dest/FAIL"
	else
		echo "bench modules do not build against $k:" \
			"$(grep -m1 -Ei 'error' "$dir.log" | sed 's|^[^ ]*/||')" \
			> "$dest/FAIL"
	fi
	say "warning: $(cat "$dest/FAIL") (see $dir.log)"
}

t=$SECONDS
root=$BENCH/root
rm -rf "$root"
mkdir -p "$root"/bin "$root"/dev "$root"/proc "$root"/sys
gcc -static -O2 -Wall -Wextra -o "$root/bin/bench" "$TOP/guest/src/bench.c" ||
	die "bench.c does not compile"
cp /bin/busybox "$root/bin/busybox"
file -L "$root/bin/busybox" | grep -q 'statically linked' ||
	die "/bin/busybox is not static (apt-get install busybox-static)"
cp "$TOP/guest/bench/init" "$root/init"
for k in $kernels; do
	bench_modules "$k" "$root/lib/bench/$k"
done
chmod 755 "$root/init" "$root/bin/bench" "$root/bin/busybox"
# Only root can create the node; init copes without it.
mknod -m 600 "$root/dev/console" c 5 1 2>/dev/null || true
find "$root" -exec touch -h -d @0 {} +
(cd "$root" && find . | LC_ALL=C sort |
	cpio -o -H newc -R 0:0 --reproducible --quiet) |
	gzip -9 -n > "$BENCH/initramfs.cpio.gz.tmp"
mv "$BENCH/initramfs.cpio.gz.tmp" "$BENCH/initramfs.cpio.gz"
step_done "bench initramfs" $t

# 3. One boot per kernel. The lock serializes us with kernel builds and
# other QEMU boots; the timeout only counts once we hold it.
boot() {
	# boot <kernel> -> $LOGS/bench-<kernel>.log
	local k=$1 log=$LOGS/bench-$1.log rc=0 t=$SECONDS
	say "booting $k kernel ($(bzimage "$k"))"
	flock "$LOCK" timeout "$BENCH_TIMEOUT" \
		qemu-system-x86_64 -nographic -no-reboot -nic none \
		-m 512M -smp 1 -cpu max -icount shift=0,sleep=off \
		-rtc base=2026-01-01T00:00:00,clock=vm \
		-kernel "$(bzimage "$k")" -initrd "$BENCH/initramfs.cpio.gz" \
		-append "$CMDLINE bench_kernel=$k" </dev/null 2>&1 | tr -d '\r' > "$log" ||
		rc=$?
	[ $rc -eq 124 ] && die "$k: timed out after ${BENCH_TIMEOUT}s, see $log"
	[ $rc -eq 0 ] || die "$k: qemu failed (rc=$rc), see $log"
	if ! grep -q '^BENCH-END' "$log"; then
		tail -n 15 "$log" >&2
		die "$k: guest did not finish the workloads, see $log"
	fi
	step_done "boot $k" $t
}
for k in $kernels; do
	boot "$k"
done

# 4. Report: one row per workload, in the order the guest ran them.
report=$BENCH/report.txt
{
	printf '%-20s' "workload"
	for k in $kernels; do printf ' %12s' "$k"; done
	[ "$kernels" = "upstream ours" ] && printf ' %14s' "ours/upstream"
	printf '  %s\n' "unit"
	for k in $kernels; do
		grep '^BENCH ' "$LOGS/bench-$k.log" | sed "s/^/$k /" || true
	done | awk -v kernels="$kernels" '
		{ k = $1; name = $3; val[k, name] = $4 }
		$4 != "FAIL" { unit[name] = $5 }
		$4 == "FAIL" {
			why[name] = why[name] " [" k ":"
			for (i = 5; i <= NF; i++) why[name] = why[name] " " $i
			why[name] = why[name] "]"
		}
		!(name in seen) { seen[name] = 1; order[++n] = name }
		END {
			nk = split(kernels, ks, " ")
			for (i = 1; i <= n; i++) {
				w = order[i]; ok = 1
				printf "%-20s", w
				for (j = 1; j <= nk; j++) {
					v = val[ks[j], w]
					if (v == "" || v == "FAIL") { ok = 0; v = v == "" ? "missing" : v }
					else v = sprintf("%.1f", v)
					printf " %12s", v
				}
				if (nk == 2) {
					u = val["upstream", w]; o = val["ours", w]
					printf " %14s", ok && u + 0 != 0 ? sprintf("%.2f", o / u) : "-"
				}
				printf "  %s%s\n", unit[w], why[w]
			}
		}'
} > "$report"
[ -s "$report" ] || die "no results"

# A one-kernel run must not clobber the comparison.
out=$LOGS/bench.txt
[ "$kernels" = "upstream ours" ] || out=$LOGS/bench-$kernels.txt

{
	echo "Benchmark: ours vs upstream $(kernel_version), QEMU TCG -icount shift=0 (1 ns = 1 instruction), -smp 1"
	for k in $kernels; do
		printf '  %-9s %s\n' "$k:" \
			"$(sed -n 's/.*BENCH-BEGIN //p' "$LOGS/bench-$k.log")"
	done
	echo
	cat "$report"
} > "$out"
echo
cat "$out"
echo
printf 'wall time:\n%s  %-22s %4ds\n' "$step_times" "total (bench.sh)" $((SECONDS - T0))

! grep -Eq ' (FAIL|missing) ' "$report" || die "some workloads failed"
