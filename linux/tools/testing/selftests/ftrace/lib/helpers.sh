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
