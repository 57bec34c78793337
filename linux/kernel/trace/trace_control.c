// SPDX-License-Identifier: GPL-2.0
/*
 * Global tracing control: the on/off switch, the oops and warning paths,
 * and the boot entry points that init/main.c calls.
 *
 * State of this tree: there is no ring buffer yet, so "on" records nothing
 * and ftrace_dump() has nothing to dump. The switch and the sysctls keep
 * their ABI so that panic, warning and sysctl code behave as they will.
 */
#include <linux/ftrace.h>
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/sysctl.h>

static bool tracing_enabled = true;

/* /proc/sys/kernel/ftrace_dump_on_oops: "0", "1", "orig_cpu", ... */
char ftrace_dump_on_oops[MAX_TRACER_SIZE] = "0";
/* /proc/sys/kernel/traceoff_on_warning */
int __disable_trace_on_warning;
/* /proc/sys/kernel/tracepoint_printk */
int tracepoint_printk;

/* Context of the switches: any, NMI included. */
void tracing_on(void)
{
	WRITE_ONCE(tracing_enabled, true);
}
EXPORT_SYMBOL_GPL(tracing_on);

void tracing_off(void)
{
	WRITE_ONCE(tracing_enabled, false);
}
EXPORT_SYMBOL_GPL(tracing_off);

int tracing_is_on(void)
{
	return READ_ONCE(tracing_enabled);
}
EXPORT_SYMBOL_GPL(tracing_is_on);

void tracing_start(void)
{
	tracing_on();
}

void tracing_stop(void)
{
	tracing_off();
}

/* No snapshot buffer yet: nothing to take. */
void tracing_snapshot(void)
{
}
EXPORT_SYMBOL_GPL(tracing_snapshot);

void tracing_snapshot_alloc(void)
{
}
EXPORT_SYMBOL_GPL(tracing_snapshot_alloc);

/*
 * disable_trace_on_warning - called by WARN() before it prints.
 * Context: any.
 */
void disable_trace_on_warning(void)
{
	if (READ_ONCE(__disable_trace_on_warning))
		tracing_off();
}

/*
 * ftrace_dump - print the trace buffers to the console (oops, panic,
 * sysrq). Context: any, including with the machine half dead.
 */
void ftrace_dump(enum ftrace_dump_mode oops_dump_mode)
{
	if (oops_dump_mode == DUMP_NONE)
		return;
	tracing_off();
	pr_info("Dumping ftrace buffer:\n   (ftrace buffer empty)\n");
}
EXPORT_SYMBOL_GPL(ftrace_dump);

int tracepoint_printk_sysctl(const struct ctl_table *table, int write,
			     void *buffer, size_t *lenp, loff_t *ppos)
{
	return proc_dointvec(table, write, buffer, lenp, ppos);
}

/* Called from start_kernel() right after ftrace_init(); IRQs off. */
void __init early_trace_init(void)
{
}

/* Called from start_kernel() once the allocators are up; IRQs off. */
void __init trace_init(void)
{
}
