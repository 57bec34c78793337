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
 * returning, so that later workloads start from a clean state.
 *
 * Compiled on the host: gcc -static -O2 -Wall -o bench bench.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
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

static int fail(const struct workload *w, const char *why)
{
	printf("BENCH %s FAIL %s\n", w->name, why);
	fflush(stdout);
	return 1;
}

/*
 * Write a value to a tracefs control file, e.g.
 * tracefs_write("current_tracer", "function"). Returns 0 or -errno.
 */
static int __attribute__((unused))
tracefs_write(const char *file, const char *val)
{
	char path[256];
	ssize_t len = strlen(val), n;
	int fd;

	snprintf(path, sizeof(path), TRACEFS "/%s", file);
	fd = open(path, O_WRONLY | O_TRUNC);
	if (fd < 0)
		return -errno;
	n = write(fd, val, len);
	n = n == len ? 0 : n < 0 ? -errno : -EIO;
	close(fd);
	return n;
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

static const struct workload workloads[] = {
	{ "getppid", "getppid() syscall, tracing off", wl_getppid },
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
