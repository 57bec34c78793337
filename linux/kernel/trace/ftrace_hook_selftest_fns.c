// SPDX-License-Identifier: GPL-2.0
/*
 * Functions for the hook core's boot self-test (ftrace_hook_selftest.c)
 * to hook. Unlike the rest of kernel/trace this file is compiled with
 * fentry call sites (see the Makefile). Each function is only ever called
 * by the self-test, through a pointer from another file, so it is never
 * inlined and the test knows exactly how often it runs.
 */
#include <linux/compiler.h>
#include "ftrace_hook_selftest.h"

noinline int ftrace_hook_st_one(int x)
{
	barrier();
	return x + 1;
}

noinline int ftrace_hook_st_two(int x)
{
	barrier();
	return x + 2;
}

noinline int ftrace_hook_st_three(int x)
{
	barrier();
	return x + 3;
}

noinline long ftrace_hook_st_args(long a, long b, long c)
{
	barrier();
	return a + b + c;
}

/* The one the IPMODIFY test redirects ... */
noinline int ftrace_hook_st_victim(int x)
{
	barrier();
	return x;
}

/* ... to this one, which the caller then sees return instead. */
noinline int ftrace_hook_st_detour(int x)
{
	barrier();
	return x * 100;
}
