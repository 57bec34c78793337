# SPDX-License-Identifier: GPL-2.0
# Helpers sourced by ftracetest before each .tc test. The test's working
# directory is the tracefs root ($TRACING).

fail()        { echo "FAIL: $*" >&2; exit 1; }
unresolved()  { echo "UNRESOLVED: $*" >&2; exit 2; }
unsupported() { echo "UNSUPPORTED: $*" >&2; exit 3; }
xfail()       { echo "XFAIL: $*" >&2; exit 4; }

# expect_fail CMD...: CMD must fail (runs it in a subshell).
expect_fail() {
	if ( "$@" ) 2>/dev/null; then
		fail "expected to fail: $*"
	fi
}

# expect_eq WHAT GOT WANT
expect_eq() {
	[ "$2" = "$3" ] || fail "$1: got '$2', want '$3'"
}

# write_errno FILE VALUE: write VALUE to FILE and print the error text
# from sh (empty on success). busybox sh reports e.g. "Invalid argument".
write_err() {
	( echo "$2" > "$1" ) 2>&1 | sed 's/.*: //'
}

# as_user 'SHELL COMMAND': run it as the unprivileged "user" (uid 1000).
as_user() {
	su -s /bin/sh user -c "$1"
}

# Where test modules live in the guest.
MODDIR=${FTRACE_MODULES_DIR:-/selftests/ftrace/modules}

load_module() { # load_module NAME [params]
	name=$1; shift
	if [ -f "$MODDIR/$name.ko" ]; then
		insmod "$MODDIR/$name.ko" "$@"
	else
		modprobe "$name" "$@"
	fi
}

# --- Ring buffer and trace output ---------------------------------------

# expect_write_err FILE VALUE ERRTEXT: writing VALUE to FILE must fail
# with that error text (e.g. "Invalid argument"); FILE must read the same
# before and after.
expect_write_err() {
	_before=$(cat "$1")
	_err=$(write_err "$1" "$2")
	case $_err in
	*"$3"*) ;;
	*) fail "$1 <- '$2': got '${_err:-success}', want '$3'" ;;
	esac
	expect_eq "$1 after bad write '$2'" "$(cat "$1")" "$_before"
}

# nr_cpus: number of per_cpu/cpuN directories (one per possible CPU).
nr_cpus() {
	ls -d "$TRACING"/per_cpu/cpu* | wc -l
}

# need_cpus N: the test is UNSUPPORTED on a guest with fewer CPUs.
need_cpus() {
	[ "$(nproc)" -ge "$1" ] || unsupported "needs $1 online CPUs, have $(nproc)"
}

# records [FILE]: the trace without its '#' header lines.
records() {
	grep -v '^#' "${1:-trace}" || true
}

# marks TEXT [FILE]: number of marker records whose text is exactly TEXT.
marks() {
	records "${2:-trace}" | grep -c ": tracing_mark_write: $1\$" || true
}

# stat_of CPU FIELD: a field of per_cpu/cpuCPU/stats ("overrun", ...).
stat_of() {
	sed -n "s/^$2: *//p" "per_cpu/cpu$1/stats"
}

# stat_sum FIELD: FIELD summed over all CPUs.
stat_sum() {
	_sum=0
	for _d in per_cpu/cpu*; do
		_sum=$((_sum + $(stat_of "${_d#per_cpu/cpu}" "$1")))
	done
	echo $_sum
}

# write_raw FILE FORMAT: write the bytes of printf FORMAT to FILE in a
# single write(2) and print the error text (empty on success). Unlike
# the printf builtin, dd reports the errno of a failed write.
write_raw() {
	printf "$2" > /tmp/.write_raw.$$
	dd if=/tmp/.write_raw.$$ of="$1" bs=65536 count=1 conv=notrunc 2>&1 \
		>/dev/null | sed -n 's/^dd: error writing.*: //p'
	rm -f /tmp/.write_raw.$$
}

# uptime_cs: time since boot in centiseconds (for short intervals).
uptime_cs() {
	sed 's/^\([0-9]*\)\.\([0-9][0-9]\).*/\1\2/; s/^0*\(.\)/\1/' /proc/uptime
}

# pipe_lines N [FILE]: read exactly N lines from FILE (default trace_pipe),
# failing if they do not come within 10 seconds.
pipe_lines() {
	timeout 10 head -n "$1" "${2:-trace_pipe}" ||
		fail "fewer than $1 lines from ${2:-trace_pipe} in 10s"
}

# --- Function tracer ------------------------------------------------------

# The test module with functions to trace (modules/fn_target.c).
FNCALL=/sys/module/fn_target/parameters/call

# fn_call NAME [COUNT]: call fntgt_NAME() COUNT times, in this shell's task.
fn_call() {
	echo "$1,${2:-1}" > $FNCALL
}

# fn_load: (re)load fn_target.
fn_load() {
	rmmod fn_target 2>/dev/null || true
	load_module fn_target
}

# fn_count FUNC [FILE]: records of the function tracer for FUNC.
fn_count() {
	records "${2:-trace}" | grep -c ": $1 <-" || true
}

# fn_reset [DIR]: no function tracing state left in the instance at DIR
# (default: the top level): nop tracer, no filters, pids or function
# commands, an empty buffer, tracing on.
fn_reset() {
	_d=${1:-.}
	echo nop > "$_d/current_tracer"
	# Function commands read back as "func [mod]:cmd[:sys:event]:count=N"
	# or ":unlimited"; remove each with "!func:cmd[:sys:event][:0]".
	grep -v '^#' "$_d/set_ftrace_filter" | grep -v ':mod:' |
		grep -E ':(count=[0-9]+|unlimited)$' |
		sed -e 's/ \[[^]]*\]:/:/' -e 's/:count=[0-9]*$/:0/' \
		    -e 's/:unlimited$//' -e 's/^/!/' |
		while read -r _l; do
			echo "$_l" >> "$_d/set_ftrace_filter"
		done
	echo > "$_d/set_ftrace_filter"
	echo > "$_d/set_ftrace_notrace"
	echo > "$_d/set_ftrace_pid"
	echo > "$_d/set_ftrace_notrace_pid"
	echo 0 > "$_d/options/func_stack_trace"
	echo 1 > "$_d/options/print-parent"
	echo 0 > "$_d/options/sym-offset"
	echo 0 > "$_d/options/function-fork"
	echo > "$_d/trace"
	echo 1 > "$_d/tracing_on"
}
