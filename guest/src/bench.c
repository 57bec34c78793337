// SPDX-License-Identifier: GPL-2.0
/*
 * bench - guest-side workloads for `make bench`.
 *
 * Runs inside the bench guest (guest/bench/init), which QEMU executes with
 * -icount shift=0,sleep=off on one vCPU: the guest clock then advances by
 * exactly 1 ns per guest instruction, so CLOCK_MONOTONIC differences are
 * instruction counts and every figure repeats exactly from boot to boot.
 *
 * Usage:  bench list              name and description of every workload
 *         bench all               run every workload, in table order
 *         bench NAME [NAME...]    run the named workloads
 *
 * Every workload prints exactly one result line on stdout:
 *
 *         BENCH <name> <value with 1 decimal> <unit>
 *
 * or "BENCH <name> FAIL <reason>" when it cannot run. Anything else it
 * wants to say goes to stderr prefixed with "# " (the host ignores it but
 * keeps it in the boot log).
 *
 * Adding a workload: write a function `static int wl_foo(const struct
 * workload *w)` that prints its BENCH line with report() (or fail()) and
 * returns 0 on success, then add a row to workloads[] below. Per-call
 * costs should come from measure(), which times a loop body against an
 * identical empty loop; workloads that need tracing turned on can use
 * tracefs_write() to set it up and must undo their changes before
 * returning, so that later workloads start from a clean state. Code that
 * has to run in the kernel goes in a module under guest/bench/modules/,
 * which the host builds against each kernel (see wl_rbwrite16).
 *
 * Compiled on the host: gcc -static -O2 -Wall -o bench bench.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define TRACEFS "/sys/kernel/tracing"

/* Keeps the compiler from merging, hoisting or deleting loop iterations. */
#define barrier() __asm__ __volatile__("" ::: "memory")

struct workload {
	const char *name;
	const char *desc;
	int (*run)(const struct workload *w);
};

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec;
}

static void report(const struct workload *w, double value, const char *unit)
{
	printf("BENCH %s %.1f %s\n", w->name, value, unit);
	/* More digits, for checking that boots repeat exactly. */
	fprintf(stderr, "# %s %.4f %s\n", w->name, value, unit);
	fflush(stdout);
}

/* The reason is printf-style and must fit on one line. */
static int __attribute__((format(printf, 2, 3)))
fail(const struct workload *w, const char *fmt, ...)
{
	va_list ap;

	printf("BENCH %s FAIL ", w->name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	return 1;
}

/*
 * Read the start of a file into buf as a string, trailing newline dropped.
 * Returns 0 or -errno.
 */
static int read_file(const char *path, char *buf, size_t size)
{
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = read(fd, buf, size - 1);
	if (n < 0) {
		n = -errno;
		close(fd);
		return n;
	}
	close(fd);
	buf[n] = '\0';
	if (n > 0 && buf[n - 1] == '\n')
		buf[n - 1] = '\0';
	return 0;
}

/* Read a file holding one decimal number. Returns 0 or -errno. */
static int read_long(const char *path, long *val)
{
	char buf[64], *end;
	int ret;

	ret = read_file(path, buf, sizeof(buf));
	if (ret)
		return ret;
	errno = 0;
	*val = strtol(buf, &end, 10);
	return errno || end == buf ? -EINVAL : 0;
}

/* Write @val to the file at @path. Returns 0 or -errno. */
static int write_file(const char *path, const char *val)
{
	ssize_t len = strlen(val), n;
	int fd;

	fd = open(path, O_WRONLY | O_TRUNC);
	if (fd < 0)
		return -errno;
	n = write(fd, val, len);
	n = n == len ? 0 : n < 0 ? -errno : -EIO;
	close(fd);
	return n;
}

/*
 * Write a value to a tracefs control file, e.g.
 * tracefs_write("current_tracer", "function"). Returns 0 or -errno.
 */
static int tracefs_write(const char *file, const char *val)
{
	char path[256];

	snprintf(path, sizeof(path), TRACEFS "/%s", file);
	return write_file(path, val);
}

/*
 * Cost of one loop iteration of a body, in guest instructions (= ns).
 *
 * A round times `calls` iterations of the body and, right after, `calls`
 * iterations of the same loop with an empty body; the difference divided by
 * `calls` is the cost of the body alone, with clock_gettime() and the loop
 * itself cancelled out. Rounds are kept short (a few hundred thousand
 * instructions, well under one 4 ms tick at HZ=250) and the smallest of
 * `rounds` results is returned, so that a timer interrupt landing inside a
 * round does not leak into the figure. One unmeasured round first warms up
 * page tables and the like.
 */
#define MEASURE(result, calls, rounds, body)				\
do {									\
	double best_ = -1;						\
	for (long r_ = -1; r_ < (long)(rounds); r_++) {			\
		uint64_t t0_, t1_, t2_;					\
		t0_ = now_ns();						\
		for (long i_ = 0; i_ < (long)(calls); i_++) {		\
			body;						\
			barrier();					\
		}							\
		t1_ = now_ns();						\
		for (long i_ = 0; i_ < (long)(calls); i_++) {		\
			barrier();					\
		}							\
		t2_ = now_ns();						\
		double d_ = ((double)(t1_ - t0_) - (double)(t2_ - t1_))	\
			/ (double)(calls);				\
		if (r_ >= 0 && (best_ < 0 || d_ < best_))		\
			best_ = d_;					\
	}								\
	(result) = best_;						\
} while (0)

/* getppid() in the default state after boot: no tracer, no events. */
static int wl_getppid(const struct workload *w)
{
	double per_call;

	MEASURE(per_call, 1000, 25, syscall(SYS_getppid));
	if (per_call <= 0)
		return fail(w, "non-positive figure (is the clock counting?)");
	report(w, per_call, "insn/call");
	return 0;
}

/*
 * One 64-byte write(2) to trace_marker (63 'x' and a newline), the file
 * opened once, tracing on, nop tracer, the buffer in its default overwrite
 * mode. Before measuring, the buffer is filled several times over, so that
 * every measured write finds it full (the steady state of a long-running
 * trace: crossing onto a new page overwrites the oldest one). Afterwards
 * tracing_on gets its old value back and the buffer is cleared.
 */
#define MARKER_LEN	64
#define MARKER_CALLS	1000
#define MARKER_ROUNDS	25

static int wl_marker64(const struct workload *w)
{
	char msg[MARKER_LEN], was_on[16], stats[1024], *p;
	long kb = 0, fills, overrun = -1;
	double per_write;
	int fd, ret, bad = 0, rc = 1;

	memset(msg, 'x', sizeof(msg) - 1);
	msg[sizeof(msg) - 1] = '\n';

	fd = open(TRACEFS "/trace_marker", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return fail(w, "cannot open " TRACEFS "/trace_marker: %s",
			    strerror(errno));
	ret = read_file(TRACEFS "/tracing_on", was_on, sizeof(was_on));
	if (ret) {
		close(fd);
		return fail(w, "cannot read tracing_on: %s", strerror(-ret));
	}
	/* Selecting a tracer also gives the buffer its full default size. */
	ret = tracefs_write("current_tracer", "nop");
	if (!ret)
		ret = tracefs_write("tracing_on", "1");
	if (ret) {
		fail(w, "cannot set nop tracer / tracing_on: %s", strerror(-ret));
		goto out;
	}

	/* KiB per CPU; the first number also when it says "(expanded: N)". */
	ret = read_file(TRACEFS "/buffer_size_kb", stats, sizeof(stats));
	if (!ret)
		kb = strtol(stats, NULL, 10);
	if (ret || kb <= 0) {
		fail(w, "cannot read buffer_size_kb");
		goto out;
	}
	/* Payload alone fills it three times; headers make that more. */
	fills = 3 * (kb * 1024 / MARKER_LEN) + MARKER_CALLS;
	for (long i = 0; i < fills; i++) {
		if (write(fd, msg, sizeof(msg)) != sizeof(msg)) {
			fail(w, "write to trace_marker: %s",
			     strerror(errno));
			goto out;
		}
	}
	/* Where the kernel reports it, check that the buffer did wrap. */
	if (!read_file(TRACEFS "/per_cpu/cpu0/stats", stats, sizeof(stats))) {
		p = strstr(stats, "overrun: ");
		if (p)
			overrun = strtol(p + 9, NULL, 10);
	}
	if (overrun == 0) {
		fail(w, "buffer (%ld KiB) not full after %ld writes", kb, fills);
		goto out;
	}

	MEASURE(per_write, MARKER_CALLS, MARKER_ROUNDS,
		bad |= write(fd, msg, sizeof(msg)) != sizeof(msg));
	if (bad)
		fail(w, "write to trace_marker failed while measuring");
	else if (per_write <= 0)
		fail(w, "non-positive figure (is the clock counting?)");
	else {
		report(w, per_write, "insn/write");
		rc = 0;
	}
	fprintf(stderr, "# marker64: %ld KiB buffer, %ld warm-up writes, overrun %ld\n",
		kb, fills, overrun);
out:
	close(fd);
	tracefs_write("tracing_on", was_on);
	tracefs_write("trace", "");	/* echo > trace: clear the buffer */
	return rc;
}

/*
 * In-kernel writer: guest/bench/modules/rbbench.ko reserves, fills and
 * commits 16-byte events in a private overwrite-mode ring buffer and
 * leaves its best round in /sys/module/rbbench/parameters/ (see the
 * module's comment). scripts/bench.sh builds the module against each
 * kernel and guest/bench/init points BENCH_MODULES at the right build;
 * if it did not build there, FAIL in that directory says why.
 */
#define RB_SIZE_KB	64	/* about 3,300 events per buffer */
#define RB_WARMUP	20000	/* fill it six times first */
#define RB_EVENTS	2000	/* per round: ~10 page crossings */
#define RB_ROUNDS	25

/*
 * Load $BENCH_MODULES/<name>.ko with @params. Returns 0, or fails @w with
 * the reason (the module's FAIL note when it did not build for this
 * kernel).
 */
static int load_bench_module(const struct workload *w, const char *name,
			     const char *params)
{
	const char *dir = getenv("BENCH_MODULES");
	char path[256], why[256];
	int fd, err;

	if (!dir)
		return fail(w, "BENCH_MODULES not set (no bench_kernel= on the command line)");
	snprintf(path, sizeof(path), "%s/%s.ko", dir, name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(path, sizeof(path), "%s/FAIL", dir);
		if (!read_file(path, why, sizeof(why)))
			return fail(w, "%s", why);
		return fail(w, "no %s/%s.ko", dir, name);
	}
	err = syscall(SYS_finit_module, fd, params, 0) ? errno : 0;
	close(fd);
	if (err)
		return fail(w, "loading %s.ko: %s (see dmesg)", name,
			    strerror(err));
	return 0;
}

static int wl_rbwrite16(const struct workload *w)
{
	char params[128];
	long result_ns, overruns, lost;
	int err;

	snprintf(params, sizeof(params),
		 "size_kb=%d warmup=%d events=%d rounds=%d",
		 RB_SIZE_KB, RB_WARMUP, RB_EVENTS, RB_ROUNDS);
	if (load_bench_module(w, "rbbench", params))
		return 1;

#define RBPARAM "/sys/module/rbbench/parameters/"
	err = read_long(RBPARAM "result_ns", &result_ns);
	if (!err)
		err = read_long(RBPARAM "overruns", &overruns);
	if (!err)
		err = read_long(RBPARAM "lost", &lost);
	syscall(SYS_delete_module, "rbbench", O_NONBLOCK);
	if (err)
		return fail(w, "reading rbbench results: %s", strerror(-err));
	fprintf(stderr, "# rbwrite16: best round %ld ns / %d events, %ld overruns, %ld lost\n",
		result_ns, RB_EVENTS, overruns, lost);
	if (lost)
		return fail(w, "%ld reserves returned NULL", lost);
	if (overruns <= 0)
		return fail(w, "buffer never wrapped (overruns %ld)", overruns);
	if (result_ns <= 0)
		return fail(w, "non-positive figure (is the clock counting?)");
	report(w, (double)result_ns / RB_EVENTS, "insn/event");
	return 0;
}

/*
 * Static tracepoints: guest/bench/modules/tpbench.ko defines one event,
 * tpbench:tpbench_hit, and times TP_CALLS calls of it per round when
 * TP_CALLS is written to its "run" parameter (see the module). tp_off
 * measures with the event disabled (the cost every tracepoint in the
 * kernel adds when nobody traces), tp_on with it enabled (one record
 * written, nop tracer, buffer in its default overwrite mode).
 */
#define TP_CALLS	2000
#define TPPARAM		"/sys/module/tpbench/parameters/"
#define TPEVENT		"events/tpbench/tpbench_hit/enable"

static int tp_measure(const struct workload *w, int enable)
{
	char calls[16];
	long result_ns;
	int err;

	if (load_bench_module(w, "tpbench", "rounds=25"))
		return 1;
	err = enable ? tracefs_write(TPEVENT, "1") : 0;
	snprintf(calls, sizeof(calls), "%d", TP_CALLS);
	if (!err)
		err = write_file(TPPARAM "run", calls);
	if (!err)
		err = read_long(TPPARAM "result_ns", &result_ns);
	if (enable)
		tracefs_write(TPEVENT, "0");
	tracefs_write("trace", "");
	syscall(SYS_delete_module, "tpbench", O_NONBLOCK);
	if (err)
		return fail(w, "running tpbench: %s", strerror(-err));
	if (result_ns < 0 || (enable && result_ns == 0))
		return fail(w, "implausible figure %ld ns", result_ns);
	report(w, (double)result_ns / TP_CALLS, "insn/call");
	return 0;
}

static int wl_tp_off(const struct workload *w)
{
	return tp_measure(w, 0);
}

static int wl_tp_on(const struct workload *w)
{
	return tp_measure(w, 1);
}

/*
 * getppid() with the sched and syscalls event subsystems enabled: each
 * call writes sys_enter_getppid and sys_exit_getppid records.
 */
static int wl_getppid_events(const struct workload *w)
{
	double per_call;
	int err;

	err = tracefs_write("events/sched/enable", "1");
	if (!err)
		err = tracefs_write("events/syscalls/enable", "1");
	if (!err)
		MEASURE(per_call, 1000, 25, syscall(SYS_getppid));
	tracefs_write("events/enable", "0");
	tracefs_write("trace", "");
	if (err)
		return fail(w, "cannot enable sched and syscalls events: %s",
			    strerror(-err));
	report(w, per_call, "insn/call");
	return 0;
}

/*
 * Set set_ftrace_filter to @filter ("" for every function) and read it
 * back: a kernel may take a name it does not know as an empty filter
 * (upstream does when the name is the last, unterminated token).
 * Returns 0 or -errno (-ENOENT when the filter did not take).
 */
static int set_filter_checked(const char *filter)
{
	char buf[256];
	size_t n = strlen(filter);
	int ret;

	ret = tracefs_write("set_ftrace_filter", filter);
	if (!ret)
		ret = read_file(TRACEFS "/set_ftrace_filter", buf, sizeof(buf));
	if (ret)
		return ret;
	if (!n)
		return strncmp(buf, "####", 4) ? -ENOENT : 0;
	return strncmp(buf, filter, n) || (buf[n] && buf[n] != '\n' &&
					   buf[n] != ' ') ? -ENOENT : 0;
}

/*
 * getppid() with the function tracer on, in its steady state: tracing_on,
 * the buffer full and overwriting. @filter is what set_ftrace_filter
 * gets first ("" for every function). Everything is put back afterwards
 * (nop tracer, empty filter, tracing_on as it was, buffer cleared).
 */
static int getppid_traced(const struct workload *w, const char *filter)
{
	char was_on[16];
	double per_call;
	int ret, rc = 1;

	ret = read_file(TRACEFS "/tracing_on", was_on, sizeof(was_on));
	if (ret)
		return fail(w, "cannot read tracing_on: %s", strerror(-ret));
	ret = set_filter_checked(filter);
	if (ret) {
		fail(w, "set_ftrace_filter <- '%s': %s", filter, strerror(-ret));
		goto out;
	}
	ret = tracefs_write("current_tracer", "function");
	if (!ret)
		ret = tracefs_write("tracing_on", "1");
	if (ret) {
		fail(w, "cannot start the function tracer: %s", strerror(-ret));
		goto out;
	}
	/* Fill the buffer (several times over) before measuring. */
	for (long i = 0; i < 100000; i++)
		syscall(SYS_getppid);
	MEASURE(per_call, 1000, 25, syscall(SYS_getppid));
	if (per_call <= 0) {
		fail(w, "non-positive figure (is the clock counting?)");
		goto out;
	}
	report(w, per_call, "insn/call");
	rc = 0;
out:
	tracefs_write("current_tracer", "nop");
	tracefs_write("set_ftrace_filter", "");
	tracefs_write("tracing_on", was_on);
	tracefs_write("trace", "");
	return rc;
}

static int wl_getppid_fn_all(const struct workload *w)
{
	return getppid_traced(w, "");
}

/*
 * getppid()'s own function: __x64_sys_getppid is an alias of
 * __do_sys_getppid, and available_filter_functions lists the site under
 * one of the two names (__do_sys_getppid in both kernels here).
 */
static int wl_getppid_fn_one(const struct workload *w)
{
	if (!set_filter_checked("__do_sys_getppid"))
		return getppid_traced(w, "__do_sys_getppid");
	return getppid_traced(w, "__x64_sys_getppid");
}

/*
 * One registered ftrace_ops with an empty callback, filtered to one
 * function: guest/bench/modules/opsbench.ko measures calls of that
 * function with and without the ops (see the module); the figure is the
 * difference per call.
 */
#define OPS_CALLS	2000
#define OPS_ROUNDS	25

static int wl_ops_empty(const struct workload *w)
{
	char params[64];
	long base_ns, ops_ns, hits;
	int err;

	snprintf(params, sizeof(params), "calls=%d rounds=%d", OPS_CALLS,
		 OPS_ROUNDS);
	if (load_bench_module(w, "opsbench", params))
		return 1;
#define OPSPARAM "/sys/module/opsbench/parameters/"
	err = read_long(OPSPARAM "base_ns", &base_ns);
	if (!err)
		err = read_long(OPSPARAM "ops_ns", &ops_ns);
	if (!err)
		err = read_long(OPSPARAM "hits", &hits);
	syscall(SYS_delete_module, "opsbench", O_NONBLOCK);
	if (err)
		return fail(w, "reading opsbench results: %s", strerror(-err));
	fprintf(stderr, "# ops_empty: %d calls: %ld ns without, %ld ns with the ops, %ld hits\n",
		OPS_CALLS, base_ns, ops_ns, hits);
	if (hits <= 0)
		return fail(w, "the callback never ran");
	if (ops_ns <= base_ns)
		return fail(w, "no cost measured (%ld <= %ld)", ops_ns, base_ns);
	report(w, (double)(ops_ns - base_ns) / OPS_CALLS, "insn/call");
	return 0;
}

/*
 * Boot time to record every vmlinux fentry site and turn it into a NOP,
 * from the kernel log (under icount a guest microsecond is 1000
 * instructions). Both kernels print their first "ftrace: " line only
 * once the work is done, and both run the same code just before
 * ftrace_init() (mm_core_init(), which logs, and poking_init()): so the
 * figure is the time from the log record before the first "ftrace: "
 * line to that line, the same way for both. Ours also logs the time it
 * measured itself ("... patched to NOPs in T us"), shown on stderr.
 */
static int wl_boot_sites(const struct workload *w)
{
	char rec[1024];
	long long prev = -1, delta = -1, ours = -1;
	int fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return fail(w, "cannot open /dev/kmsg: %s", strerror(errno));
	/* Records: "prio,seq,usec,flags;text\n". */
	while ((n = read(fd, rec, sizeof(rec) - 1)) > 0 ||
	       (n < 0 && errno == EPIPE)) {
		long long usec;
		char *text, *p;

		if (n < 0) {		/* records overwritten: start over */
			prev = -1;
			continue;
		}
		rec[n] = '\0';
		text = strchr(rec, ';');
		if (!text || sscanf(rec, "%*d,%*d,%lld", &usec) != 1)
			continue;
		text++;
		if (delta < 0 && !strncmp(text, "ftrace: ", 8) && prev >= 0)
			delta = usec - prev;
		p = strstr(text, " call sites patched to NOPs in ");
		if (p && !strncmp(text, "ftrace: ", 8))
			ours = strtoll(p + 31, NULL, 10);
		prev = usec;
	}
	close(fd);
	if (ours >= 0)
		fprintf(stderr, "# boot_sites: ftrace_init() says %lld us\n",
			ours);
	if (delta < 0)
		return fail(w, "no ftrace lines in the kernel log");
	report(w, (double)delta, "us");
	return 0;
}

/*
 * The cost of an event its filter drops: getppid() with the syscall event
 * sys_enter_getppid enabled and a filter no record passes ("common_pid ==
 * 0": the idle task makes no syscalls), minus getppid() with tracing off,
 * both measured here, in instructions per event. This includes the
 * syscall tracepoint path that any enabled syscall event turns on. The
 * buffer must still be empty afterwards (the filter dropped everything);
 * the event is then disabled and its filter cleared.
 */
#define FILTER_EVENT	"events/syscalls/sys_enter_getppid/"

static long cpu0_entries(void)
{
	char stats[1024], *p;

	if (read_file(TRACEFS "/per_cpu/cpu0/stats", stats, sizeof(stats)))
		return -1;
	p = strstr(stats, "entries: ");
	return p ? strtol(p + 9, NULL, 10) : -1;
}

static int wl_filtered_out(const struct workload *w)
{
	double base, filtered;
	long entries;
	int ret, rc = 1;

	MEASURE(base, 1000, 25, syscall(SYS_getppid));
	tracefs_write("trace", "");
	ret = tracefs_write(FILTER_EVENT "filter", "common_pid == 0");
	if (ret)
		return fail(w, "cannot set " FILTER_EVENT "filter: %s",
			    strerror(-ret));
	ret = tracefs_write(FILTER_EVENT "enable", "1");
	if (ret) {
		fail(w, "cannot enable " FILTER_EVENT ": %s", strerror(-ret));
		goto out;
	}
	MEASURE(filtered, 1000, 25, syscall(SYS_getppid));
	tracefs_write(FILTER_EVENT "enable", "0");
	entries = cpu0_entries();
	fprintf(stderr, "# filtered_out: getppid %.1f off, %.1f filtered, %ld records\n",
		base, filtered, entries);
	if (entries != 0)
		fail(w, "%ld records in the buffer: the filter did not drop them",
		     entries);
	else if (filtered <= base)
		fail(w, "no added cost (%.1f vs %.1f): is the event enabled?",
		     filtered, base);
	else {
		report(w, filtered - base, "insn/event");
		rc = 0;
	}
out:
	tracefs_write(FILTER_EVENT "enable", "0");
	tracefs_write(FILTER_EVENT "filter", "0");
	tracefs_write("trace", "");
	return rc;
}

static const struct workload workloads[] = {
	{ "getppid", "getppid() syscall, tracing off", wl_getppid },
	{ "marker64", "64-byte write to trace_marker, nop tracer, buffer full",
	  wl_marker64 },
	{ "rbwrite16", "in-kernel 16-byte ring buffer reserve+commit, buffer full",
	  wl_rbwrite16 },
	{ "tp_off", "a disabled static tracepoint, per call", wl_tp_off },
	{ "tp_on", "an enabled TRACE_EVENT (16-byte record), per call",
	  wl_tp_on },
	{ "getppid_ev", "getppid() with sched and syscalls events enabled",
	  wl_getppid_events },
	{ "getppid_fn_all", "getppid(), function tracer on every function",
	  wl_getppid_fn_all },
	{ "getppid_fn_one", "getppid(), function tracer on __do_sys_getppid only",
	  wl_getppid_fn_one },
	{ "ops_empty", "one ftrace_ops with an empty callback, per hooked call",
	  wl_ops_empty },
	{ "boot_sites", "boot: record and NOP every vmlinux fentry site",
	  wl_boot_sites },
	{ "filtered_out", "getppid() event dropped by its filter, added cost",
	  wl_filtered_out },
};

#define NR_WORKLOADS (sizeof(workloads) / sizeof(workloads[0]))

static const struct workload *find(const char *name)
{
	for (size_t i = 0; i < NR_WORKLOADS; i++)
		if (!strcmp(workloads[i].name, name))
			return &workloads[i];
	return NULL;
}

int main(int argc, char **argv)
{
	int bad = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s list | all | NAME...\n", argv[0]);
		return 2;
	}
	if (!strcmp(argv[1], "list")) {
		for (size_t i = 0; i < NR_WORKLOADS; i++)
			printf("%-20s %s\n", workloads[i].name,
			       workloads[i].desc);
		return 0;
	}
	if (!strcmp(argv[1], "all")) {
		for (size_t i = 0; i < NR_WORKLOADS; i++)
			bad |= workloads[i].run(&workloads[i]);
		return bad;
	}
	for (int i = 1; i < argc; i++) {
		const struct workload *w = find(argv[i]);

		if (!w) {
			printf("BENCH %s FAIL unknown workload\n", argv[i]);
			bad = 1;
			continue;
		}
		bad |= w->run(w);
	}
	return bad;
}
