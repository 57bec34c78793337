// SPDX-License-Identifier: GPL-2.0
/*
 * trace_printk() and trace_puts() entry points (declared in linux/kernel.h).
 *
 * State of this tree: there is no ring buffer yet, so the calls are
 * accepted and dropped. Modules that use trace_printk() link and load.
 */
#include <linux/kernel.h>
#include <linux/export.h>

int __trace_bprintk(unsigned long ip, const char *fmt, ...)
{
	return 0;
}
EXPORT_SYMBOL_GPL(__trace_bprintk);

int __trace_printk(unsigned long ip, const char *fmt, ...)
{
	return 0;
}
EXPORT_SYMBOL_GPL(__trace_printk);

int __trace_bputs(unsigned long ip, const char *str)
{
	return 0;
}
EXPORT_SYMBOL_GPL(__trace_bputs);

int __trace_puts(unsigned long ip, const char *str, int size)
{
	return 0;
}
EXPORT_SYMBOL_GPL(__trace_puts);

int __ftrace_vbprintk(unsigned long ip, const char *fmt, va_list ap)
{
	return 0;
}
EXPORT_SYMBOL_GPL(__ftrace_vbprintk);

int __ftrace_vprintk(unsigned long ip, const char *fmt, va_list ap)
{
	return 0;
}
EXPORT_SYMBOL_GPL(__ftrace_vprintk);

void trace_dump_stack(int skip)
{
}
EXPORT_SYMBOL_GPL(trace_dump_stack);
