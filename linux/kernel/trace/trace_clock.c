// SPDX-License-Identifier: GPL-2.0
/*
 * The trace clocks, and the table the trace_clock file offers.
 *
 * Each clock is a function returning u64, called by ring-buffer writers in
 * any context (NMI included) with preemption disabled. The table's order
 * is ABI: it is the order trace_clock lists them in.
 */
#include <linux/atomic.h>
#include <linux/jiffies.h>
#include <linux/sched/clock.h>
#include <linux/timekeeping.h>
#include <linux/trace_clock.h>
#include "trace_array.h"

/* sched_clock() reads this CPU's clock, so the CPU must not change. */
u64 notrace trace_clock_local(void)
{
	guard(preempt_notrace)();
	return sched_clock();
}
EXPORT_SYMBOL_GPL(trace_clock_local);

/* What perf stamps samples with: sched_clock corrected across CPUs. */
u64 notrace trace_clock(void)
{
	return local_clock();
}
EXPORT_SYMBOL_GPL(trace_clock);

/* Ticks since boot, in USER_HZ units as clock_t counts them. */
u64 notrace trace_clock_jiffies(void)
{
	u64 ticks = get_jiffies_64() - INITIAL_JIFFIES;

	return jiffies_64_to_clock_t(ticks);
}
EXPORT_SYMBOL_GPL(trace_clock_jiffies);

static atomic64_t clock_counter;

u64 notrace trace_clock_counter(void)
{
	return atomic64_inc_return(&clock_counter);
}

/*
 * "global": never goes backwards, whichever CPU reads it. The largest
 * value handed out so far lives in one word; a reader returns the larger
 * of its local clock and that word, and raises the word when its clock is
 * ahead. A cmpxchg that loses means another CPU raised the word
 * meanwhile, to a value at least as recent: retry against it. In NMI only
 * one attempt is made, so an NMI never spins on a word its own CPU's
 * interrupted context is updating.
 */
static atomic64_t clock_global_last;

u64 notrace trace_clock_global(void)
{
	s64 last, now;
	int tries = in_nmi() ? 1 : 8;

	now = local_clock();
	last = atomic64_read(&clock_global_last);
	while (tries--) {
		if (now <= last)
			return last;
		if (atomic64_try_cmpxchg(&clock_global_last, &last, now))
			return now;
	}
	return max(now, last);
}
EXPORT_SYMBOL_GPL(trace_clock_global);

const struct trace_clock_desc trace_clocks[] = {
	{ trace_clock_local,		"local",	true },
	{ trace_clock_global,		"global",	true },
	{ trace_clock_counter,		"counter",	false },
	{ trace_clock_jiffies,		"uptime",	false },
	{ trace_clock,			"perf",		true },
	{ ktime_get_mono_fast_ns,	"mono",		true },
	{ ktime_get_raw_fast_ns,	"mono_raw",	true },
	{ ktime_get_boot_fast_ns,	"boot",		true },
	{ ktime_get_tai_fast_ns,	"tai",		true },
#ifdef CONFIG_X86_TSC
	{ trace_clock_x86_tsc,		"x86-tsc",	false },
#endif
};
const int trace_clocks_nr = ARRAY_SIZE(trace_clocks);
