// SPDX-License-Identifier: GPL-2.0
/*
 * ftrace_smoke - a module that uses the tracing API the way drivers do:
 * it defines events with TRACE_EVENT and fires them, and calls
 * trace_printk() and trace_puts() with constant and non-constant formats.
 * The selftests load it to prove that a module built against this tree
 * links and runs.
 */
#include <linux/kernel.h>
#include <linux/module.h>

#define CREATE_TRACE_POINTS
#include "ftrace_smoke_trace.h"

static int loops = 4;
module_param(loops, int, 0444);
MODULE_PARM_DESC(loops, "smoke_tick events to fire at load");

static int __init ftrace_smoke_init(void)
{
	const char *dyn = "non-constant %s\n";
	int i;

	trace_smoke_load(KBUILD_MODNAME);
	for (i = 0; i < loops; i++) {
		trace_smoke_tick(i, jiffies);
		trace_printk("smoke tick %d\n", i);
	}
	trace_puts("smoke: constant puts\n");
	trace_printk(dyn, "format");
	if (trace_smoke_tick_enabled())
		pr_info("ftrace_smoke: smoke_tick is enabled\n");
	return 0;
}

static void __exit ftrace_smoke_exit(void)
{
	trace_smoke_unload(KBUILD_MODNAME);
}

module_init(ftrace_smoke_init);
module_exit(ftrace_smoke_exit);
MODULE_DESCRIPTION("Exercise TRACE_EVENT and trace_printk from a module");
MODULE_LICENSE("GPL");
