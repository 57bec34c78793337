// SPDX-License-Identifier: GPL-2.0
/*
 * Hooks called when interrupts or preemption are switched on and off.
 *
 * linux/irqflags.h routes local_irq_*() through trace_hardirqs_on/off()
 * when CONFIG_TRACE_IRQFLAGS is set, and the entry code calls the split
 * _prepare/_finish forms around returning to and coming from user space.
 * Lockdep's view (lockdep_hardirqs_*) is updated here too, because these
 * are the only hooks the rest of the kernel calls.
 *
 * A per-CPU latch records that this CPU is known to run with interrupts
 * off, so that each off->on transition is reported once, however many
 * times the hooks are called in a row (entry code calls them redundantly).
 * The latency tracers will hang off the two transitions, and so do the
 * preemptirq events (irq_disable, irq_enable, preempt_disable,
 * preempt_enable), instantiated here.
 *
 * Context of every function here: any, NMI included, with interrupts in
 * the state the name says. They must not be traced or probed, so this
 * file is built without -pg and each function is NOKPROBE.
 */
#include <linux/ftrace.h>
#include <linux/irqflags.h>
#include <linux/kprobes.h>
#include <linux/lockdep.h>
#include <linux/percpu.h>
#include <linux/export.h>

#define CREATE_TRACE_POINTS
#include <trace/events/preemptirq.h>

#ifdef CONFIG_TRACE_IRQFLAGS
/* Set while this CPU is known to have interrupts off. */
static DEFINE_PER_CPU(int, irqs_off_latch);

/* Interrupts are about to be enabled; lockdep is told separately. */
void trace_hardirqs_on_prepare(void)
{
	if (this_cpu_read(irqs_off_latch)) {
		trace_irq_enable(CALLER_ADDR0, CALLER_ADDR1);
		this_cpu_write(irqs_off_latch, 0);
	}
}
EXPORT_SYMBOL(trace_hardirqs_on_prepare);
NOKPROBE_SYMBOL(trace_hardirqs_on_prepare);

void trace_hardirqs_on(void)
{
	if (this_cpu_read(irqs_off_latch)) {
		trace_irq_enable(CALLER_ADDR0, CALLER_ADDR1);
		this_cpu_write(irqs_off_latch, 0);
	}
	lockdep_hardirqs_on_prepare();
	lockdep_hardirqs_on(CALLER_ADDR0);
}
EXPORT_SYMBOL(trace_hardirqs_on);
NOKPROBE_SYMBOL(trace_hardirqs_on);

/* Interrupts were just disabled; lockdep was told separately. */
void trace_hardirqs_off_finish(void)
{
	if (!this_cpu_read(irqs_off_latch)) {
		this_cpu_write(irqs_off_latch, 1);
		trace_irq_disable(CALLER_ADDR0, CALLER_ADDR1);
	}
}
EXPORT_SYMBOL(trace_hardirqs_off_finish);
NOKPROBE_SYMBOL(trace_hardirqs_off_finish);

void trace_hardirqs_off(void)
{
	lockdep_hardirqs_off(CALLER_ADDR0);
	if (!this_cpu_read(irqs_off_latch)) {
		this_cpu_write(irqs_off_latch, 1);
		trace_irq_disable(CALLER_ADDR0, CALLER_ADDR1);
	}
}
EXPORT_SYMBOL(trace_hardirqs_off);
NOKPROBE_SYMBOL(trace_hardirqs_off);
#endif /* CONFIG_TRACE_IRQFLAGS */

#ifdef CONFIG_TRACE_PREEMPT_TOGGLE
/* Called when preempt_count leaves or enters zero (kernel/sched/core.c). */
void trace_preempt_on(unsigned long a0, unsigned long a1)
{
	trace_preempt_enable(a0, a1);
}
NOKPROBE_SYMBOL(trace_preempt_on);

void trace_preempt_off(unsigned long a0, unsigned long a1)
{
	trace_preempt_disable(a0, a1);
}
NOKPROBE_SYMBOL(trace_preempt_off);
#endif

#if defined(CONFIG_IRQSOFF_TRACER) || defined(CONFIG_PREEMPT_TRACER)
/*
 * The idle loop and the console code bracket long, known-harmless
 * irqs-off stretches with these, so that latency tracers skip them.
 */
void start_critical_timings(void)
{
}
EXPORT_SYMBOL_GPL(start_critical_timings);
NOKPROBE_SYMBOL(start_critical_timings);

void stop_critical_timings(void)
{
}
EXPORT_SYMBOL_GPL(stop_critical_timings);
NOKPROBE_SYMBOL(stop_critical_timings);
#endif
