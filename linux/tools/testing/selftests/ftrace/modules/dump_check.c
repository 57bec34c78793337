// SPDX-License-Identifier: GPL-2.0
/*
 * Test module for ftrace_dump(): on load it records one trace_printk()
 * line, prints the top-level buffer to the console the way the oops and
 * panic paths do, and turns tracing back on (a dump turns it off).
 */
#include <linux/kernel.h>
#include <linux/module.h>

static int __init dump_check_init(void)
{
	trace_printk("dump-check line %d\n", 42);
	ftrace_dump(DUMP_ALL);
	if (tracing_is_on())
		pr_err("dump_check: tracing still on after ftrace_dump\n");
	tracing_on();
	return 0;
}

static void __exit dump_check_exit(void)
{
}

module_init(dump_check_init);
module_exit(dump_check_exit);
MODULE_DESCRIPTION("ftrace selftest: ftrace_dump() prints and consumes the buffer");
MODULE_LICENSE("GPL");
