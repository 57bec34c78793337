// SPDX-License-Identifier: GPL-2.0
/*
 * opsbench: what one registered ftrace_ops with an empty callback adds to
 * each call of the function it hooks, for `make bench` (workload
 * ops_empty in guest/src/bench.c).
 *
 * Built from this one source against both kernels the bench compares, so
 * it only uses the ftrace_ops calls whose names and signatures the two
 * share: ftrace_set_filter_ip(), register_ftrace_function(),
 * unregister_ftrace_function() and ftrace_free_filter().
 *
 * At load time, in the loading task:
 *
 *  1. time "calls" calls of opsbench_target() (a function of this module,
 *     so it has an fentry site, patched to a NOP) against an empty loop,
 *     "rounds" times, keeping the smallest difference: the cost of the
 *     call with tracing off;
 *  2. register an ftrace_ops whose callback does nothing, filtered to
 *     opsbench_target() alone, and measure the same way;
 *  3. unregister it.
 *
 * Under QEMU -icount shift=0 one nanosecond is one guest instruction.
 * Results (read-only parameters in /sys/module/opsbench/parameters/):
 *
 *   base_ns	best round, tracing off, for "calls" calls
 *   ops_ns	best round with the ops registered
 *   hits	callback runs counted while measuring (must be > 0)
 *
 * (ops_ns - base_ns) / calls is the per-call cost of the ops. Loading
 * fails with the error of ftrace_set_filter_ip() or
 * register_ftrace_function() if the kernel refuses the ops.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/ftrace.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/timekeeping.h>

static unsigned int calls = 2000;
module_param(calls, uint, 0444);
MODULE_PARM_DESC(calls, "calls per measured round");

static unsigned int rounds = 25;
module_param(rounds, uint, 0444);
MODULE_PARM_DESC(rounds, "measured rounds (the best one counts)");

static long base_ns = -1;
module_param(base_ns, long, 0444);
MODULE_PARM_DESC(base_ns, "best round without the ops, empty loop subtracted");

static long ops_ns = -1;
module_param(ops_ns, long, 0444);
MODULE_PARM_DESC(ops_ns, "best round with the ops, empty loop subtracted");

static unsigned long hits;
module_param(hits, ulong, 0444);
MODULE_PARM_DESC(hits, "callback runs (only counted, not timed)");

static bool counting;
static volatile int opsbench_sink;

int opsbench_target(int x);

/* The hooked function: a call, its fentry site, a store. */
noinline int opsbench_target(int x)
{
	opsbench_sink = x;
	return x;
}

/* The empty callback. Counting happens only outside the timed rounds. */
static void opsbench_func(unsigned long ip, unsigned long parent_ip,
			  struct ftrace_ops *op, struct ftrace_regs *fregs)
{
	if (unlikely(READ_ONCE(counting)))
		hits++;
}

static struct ftrace_ops opsbench_ops = {
	.func	= opsbench_func,
};

static noinline s64 timed_round(unsigned int n)
{
	u64 t0, t1, t2;
	unsigned int i;

	t0 = ktime_get_ns();
	for (i = 0; i < n; i++) {
		opsbench_target(i);
		barrier();
	}
	t1 = ktime_get_ns();
	for (i = 0; i < n; i++)
		barrier();
	t2 = ktime_get_ns();
	return (s64)(t1 - t0) - (s64)(t2 - t1);
}

static long best_round(void)
{
	long best = -1;
	unsigned int r;
	s64 d;

	timed_round(calls);	/* warm-up */
	for (r = 0; r < rounds; r++) {
		d = timed_round(calls);
		if (r == 0 || d < best)
			best = d;
	}
	return best;
}

static int __init opsbench_init(void)
{
	int ret;

	if (!calls || !rounds)
		return -EINVAL;
	base_ns = best_round();

	ret = ftrace_set_filter_ip(&opsbench_ops,
				   (unsigned long)opsbench_target, 0, 0);
	if (ret) {
		pr_err("ftrace_set_filter_ip: %d\n", ret);
		return ret;
	}
	ret = register_ftrace_function(&opsbench_ops);
	if (ret) {
		pr_err("register_ftrace_function: %d\n", ret);
		ftrace_free_filter(&opsbench_ops);
		return ret;
	}
	WRITE_ONCE(counting, true);
	timed_round(10);
	WRITE_ONCE(counting, false);
	ops_ns = best_round();
	unregister_ftrace_function(&opsbench_ops);
	ftrace_free_filter(&opsbench_ops);

	pr_info("%u calls: best round %ld ns without, %ld ns with an empty ops (%lu hits)\n",
		calls, base_ns, ops_ns, hits);
	return 0;
}

static void __exit opsbench_exit(void)
{
}

module_init(opsbench_init);
module_exit(opsbench_exit);
MODULE_DESCRIPTION("per-call cost of an empty ftrace_ops for make bench");
MODULE_LICENSE("GPL");
