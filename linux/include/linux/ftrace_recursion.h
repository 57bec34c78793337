/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Recursion guard for function-hook callbacks.
 *
 * Theory of operation
 * -------------------
 * A callback that calls a traced function would re-enter itself. Each task
 * keeps guard bits per context level in current->trace_recursion, in two
 * groups of four: one for callbacks, one for the core's own dispatch (the
 * list walker, and the guard it puts around callbacks that do not protect
 * themselves), so that a callback's own trylock inside the core's does
 * not fail:
 *
 *	bit  base + 0	task context
 *	     base + 1	softirq
 *	     base + 2	hardirq
 *	     base + 3	NMI
 *
 *	base FTRACE_RECURSION_BASE	ftrace_test_recursion_trylock()
 *	base FTRACE_RECURSION_CORE	kernel/trace/ftrace_ops.c
 *
 * trylock sets the bit of the current level, or fails if it is already
 * set. An interrupt is a different level, so it may nest once per level.
 *
 * The read-modify-write of trace_recursion is not atomic, and need not be:
 * anything that interrupts it runs at a higher level and clears its own
 * bit before it returns, so the word we write back is still right.
 *
 * Accepted loss: between the hardware entering an interrupt and
 * preempt_count saying so, the interrupt looks like the level it
 * interrupted and its callback is refused. The event is dropped, never
 * corrupted.
 */
#ifndef _LINUX_FTRACE_RECURSION_H
#define _LINUX_FTRACE_RECURSION_H

#include <linux/interrupt.h>
#include <linux/preempt.h>
#include <linux/sched.h>

#define FTRACE_RECURSION_BASE	0
#define FTRACE_RECURSION_CORE	4

#ifdef CONFIG_TRACING
/*
 * Take the guard bit of the current level in the group at @base; on
 * success preemption is disabled until __ftrace_recursion_unlock().
 */
static __always_inline int __ftrace_recursion_trylock(int base)
{
	int bit = base + interrupt_context_level();
	unsigned long val = READ_ONCE(current->trace_recursion);

	if (unlikely(val & BIT(bit)))
		return -1;
	WRITE_ONCE(current->trace_recursion, val | BIT(bit));
	barrier();	/* the bit is set before any traced code runs */
	preempt_disable_notrace();
	return bit;
}

static __always_inline void __ftrace_recursion_unlock(int bit)
{
	preempt_enable_notrace();
	barrier();	/* traced code is done before the bit clears */
	WRITE_ONCE(current->trace_recursion,
		   current->trace_recursion & ~BIT(bit));
}

/*
 * ftrace_test_recursion_trylock - enter a callback, unless recursing.
 * Returns the bit to pass to ftrace_test_recursion_unlock(), or -1.
 * On success preemption is disabled until the unlock.
 * Context: any, NMI included.
 */
static __always_inline int ftrace_test_recursion_trylock(unsigned long ip,
							 unsigned long parent_ip)
{
	return __ftrace_recursion_trylock(FTRACE_RECURSION_BASE);
}

static __always_inline void ftrace_test_recursion_unlock(int bit)
{
	__ftrace_recursion_unlock(bit);
}
#else
static __always_inline int ftrace_test_recursion_trylock(unsigned long ip,
							 unsigned long parent_ip)
{
	return 0;
}
static __always_inline void ftrace_test_recursion_unlock(int bit) { }
#endif

#endif /* _LINUX_FTRACE_RECURSION_H */
