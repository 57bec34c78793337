// SPDX-License-Identifier: GPL-2.0
/*
 * Registration of function-hook clients (struct ftrace_ops).
 *
 * State of this tree: sites cannot be traced yet, so registration fails
 * with -ENODEV. kprobes never gets here: ftrace_location() reports no
 * site, and it falls back to breakpoints.
 */
#include <linux/ftrace.h>
#include <linux/export.h>
#include <linux/sysctl.h>
#include "trace_array.h"

/**
 * register_ftrace_function - start calling @ops->func at its filtered sites
 * @ops: the client; must stay valid until unregistered
 *
 * Context: process context, may sleep.
 * Return: 0, or -ENODEV while the hook core is not built.
 */
int register_ftrace_function(struct ftrace_ops *ops)
{
	return -ENODEV;
}
EXPORT_SYMBOL_GPL(register_ftrace_function);

/**
 * unregister_ftrace_function - stop calling @ops->func
 * @ops: a registered client
 *
 * Context: process context, may sleep.
 * Return: 0, or -ENODEV if @ops was not registered.
 */
int unregister_ftrace_function(struct ftrace_ops *ops)
{
	return -ENODEV;
}
EXPORT_SYMBOL_GPL(unregister_ftrace_function);

int ftrace_set_filter_ip(struct ftrace_ops *ops, unsigned long ip,
			 int remove, int reset)
{
	return -ENODEV;
}
EXPORT_SYMBOL_GPL(ftrace_set_filter_ip);

int ftrace_set_filter(struct ftrace_ops *ops, unsigned char *buf,
		      int len, int reset)
{
	return -ENODEV;
}
EXPORT_SYMBOL_GPL(ftrace_set_filter);

int ftrace_set_notrace(struct ftrace_ops *ops, unsigned char *buf,
		       int len, int reset)
{
	return -ENODEV;
}
EXPORT_SYMBOL_GPL(ftrace_set_notrace);

#ifdef CONFIG_STACK_TRACER
/* /proc/sys/kernel/stack_tracer_enabled; the stack tracer is not built. */
int stack_tracer_enabled;

int stack_trace_sysctl(const struct ctl_table *table, int write, void *buffer,
		       size_t *lenp, loff_t *ppos)
{
	return write ? -ENODEV : proc_dointvec(table, write, buffer, lenp, ppos);
}
#endif

/*
 * The list walker the linker script aliases as ftrace_ops_list_func.
 * Nothing calls it while no ops can be registered.
 * Context: any, from the fentry trampoline.
 */
void arch_ftrace_ops_list_func(unsigned long ip, unsigned long parent_ip)
{
}

/* Function tracing in tracefs: not built yet (stubs for the instance hooks). */
int ftrace_instance_create(struct trace_array *tr)
{
	return 0;
}

void ftrace_instance_destroy(struct trace_array *tr)
{
}

int ftrace_init_tracefs_top(void)
{
	return 0;
}
