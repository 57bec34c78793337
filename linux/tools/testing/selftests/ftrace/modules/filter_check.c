// SPDX-License-Identifier: GPL-2.0
/*
 * filter_check - a trace event with one field of each kind, for the
 * event filter tests (test.d/filter/kinds.tc).
 *
 * Writing N to /sys/module/filter_check/parameters/fire fires the
 * filter_check event for seq = 1..N, in the writing task, with
 *	small = -seq (s8), word = seq * 1000 (u16),
 *	big = seq * -10^12 (s64),
 *	fn = filter_check_even or filter_check_odd (by the parity of seq),
 *	name, str (__string), rstr (__rel_string) and ptr (a char *):
 *		names[seq % 5]: alpha beta gamma delta epsilon,
 *	cpus (__cpumask): {0} if seq % 3 == 0, {1} if 1, {0,1} if 2.
 */
#include <linux/cpumask.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

#define CREATE_TRACE_POINTS
#include "filter_check_trace.h"

static const char * const names[] = {
	"alpha", "beta", "gamma", "delta", "epsilon",
};

/* Two functions whose addresses the event carries, for .function. */
static noinline void filter_check_even(void)
{
	barrier();
}

static noinline void filter_check_odd(void)
{
	barrier();
}

static int fire_set(const char *val, const struct kernel_param *kp)
{
	struct cpumask mask;
	int n, seq, ret;

	ret = kstrtoint(val, 0, &n);
	if (ret)
		return ret;
	if (n < 0 || n > 1000)
		return -EINVAL;
	for (seq = 1; seq <= n; seq++) {
		cpumask_clear(&mask);
		if (seq % 3 != 1)
			cpumask_set_cpu(0, &mask);
		if (seq % 3 != 0 && nr_cpu_ids > 1)
			cpumask_set_cpu(1, &mask);
		trace_filter_check(seq, names[seq % ARRAY_SIZE(names)],
				   seq & 1 ? (unsigned long)filter_check_odd :
					     (unsigned long)filter_check_even,
				   &mask);
	}
	return 0;
}

static const struct kernel_param_ops fire_ops = {
	.set	= fire_set,
};
module_param_cb(fire, &fire_ops, NULL, 0200);
MODULE_PARM_DESC(fire, "fire the filter_check event for seq 1..N");

static int __init filter_check_init(void)
{
	return 0;
}

static void __exit filter_check_exit(void)
{
}

module_init(filter_check_init);
module_exit(filter_check_exit);
MODULE_DESCRIPTION("A trace event with every kind of field, for filter tests");
MODULE_LICENSE("GPL");
