// SPDX-License-Identifier: GPL-2.0
/*
 * Functions for the function tracer's boot self-test (trace_functions.c)
 * to trace. Unlike the rest of kernel/trace this file is compiled with
 * fentry call sites (see the Makefile), and these functions do nothing
 * else, so the test knows exactly how often they run.
 */
#include <linux/compiler.h>
#include "ftrace_instance.h"

noinline int ftrace_selftest_target(int x)
{
	barrier();	/* keep the call and the site */
	return x + 1;
}

noinline int ftrace_selftest_other(int x)
{
	barrier();
	return x - 1;
}
