/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Trace clocks: what a ring buffer stamps its records with, selected per
 * instance in the trace_clock file. All may be called from any context,
 * NMI included, and must not be traced themselves.
 */
#ifndef _LINUX_TRACE_CLOCK_H
#define _LINUX_TRACE_CLOCK_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <asm/trace_clock.h>

/* "local": this CPU's sched_clock; fast, not ordered across CPUs. */
u64 notrace trace_clock_local(void);
/* "global": monotonic across CPUs (slower: one shared cache line). */
u64 notrace trace_clock_global(void);
/* "perf": the clock perf uses. */
u64 notrace trace_clock(void);
/* "uptime": jiffies since boot. */
u64 notrace trace_clock_jiffies(void);
/* "counter": an atomic counter, one tick per record; not time at all. */
u64 notrace trace_clock_counter(void);

#endif /* _LINUX_TRACE_CLOCK_H */
