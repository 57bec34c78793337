// SPDX-License-Identifier: GPL-2.0
/*
 * tpbench: cost of one static tracepoint call, disabled and enabled, for
 * `make bench` (workloads tp_off and tp_on in guest/src/bench.c).
 *
 * Built from this one source against both kernels the bench compares:
 * the event is an ordinary TRACE_EVENT, so each kernel's own TRACE_EVENT
 * machinery expands it.
 *
 * Writing a count N to /sys/module/tpbench/parameters/run times N calls of
 * trace_tpbench_hit(), in the writing task with preemption enabled, minus
 * an empty loop of N, "rounds" times, and keeps the best round in
 * result_ns. Whether the event is enabled (events/tpbench/tpbench_hit/
 * enable) is up to the caller: disabled, a call is a static-key NOP;
 * enabled, it writes one record. Under QEMU -icount shift=0 one
 * nanosecond is one guest instruction.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/smp.h>
#include <linux/timekeeping.h>

#define CREATE_TRACE_POINTS
#include "tpbench_trace.h"

static unsigned int rounds = 25;
module_param(rounds, uint, 0644);
MODULE_PARM_DESC(rounds, "measured rounds (the best one counts)");

static long result_ns = -1;
module_param(result_ns, long, 0444);
MODULE_PARM_DESC(result_ns, "best round: ns for 'run' calls, empty loop subtracted");

static noinline s64 timed_round(unsigned int n, unsigned long seq)
{
	u64 t0, t1, t2;
	unsigned int i;

	t0 = ktime_get_ns();
	for (i = 0; i < n; i++) {
		trace_tpbench_hit(seq + i, raw_smp_processor_id());
		barrier();
	}
	t1 = ktime_get_ns();
	for (i = 0; i < n; i++)
		barrier();
	t2 = ktime_get_ns();
	return (s64)(t1 - t0) - (s64)(t2 - t1);
}

/* Context: a write to the "run" parameter, process context. */
static int run_set(const char *val, const struct kernel_param *kp)
{
	static unsigned long seq;
	unsigned int n, r;
	s64 d, best = 0;
	int ret;

	ret = kstrtouint(val, 0, &n);
	if (ret || !n || !rounds)
		return -EINVAL;
	timed_round(n, seq);	/* warm up */
	for (r = 0; r < rounds; r++, seq += n) {
		d = timed_round(n, seq);
		if (r == 0 || d < best)
			best = d;
	}
	result_ns = best;
	return 0;
}

static const struct kernel_param_ops run_ops = {
	.set = run_set,
};
module_param_cb(run, &run_ops, NULL, 0200);
MODULE_PARM_DESC(run, "write N: time N tracepoint calls per round");

static int __init tpbench_init(void)
{
	return 0;
}

static void __exit tpbench_exit(void)
{
}

module_init(tpbench_init);
module_exit(tpbench_exit);
MODULE_DESCRIPTION("static tracepoint cost for make bench");
MODULE_LICENSE("GPL");
