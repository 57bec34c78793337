// SPDX-License-Identifier: GPL-2.0
/*
 * Functions for the graph core's boot self-test (fgraph_selftest.c) to
 * hook. Unlike the rest of kernel/trace this file is compiled with fentry
 * call sites (see the Makefile). They call each other through volatile
 * pointers, so nothing is inlined or turned into a tail call, and only
 * the self-test calls them.
 */
#include <linux/atomic.h>
#include <linux/compiler.h>
#include <linux/completion.h>
#include <linux/stacktrace.h>
#include "fgraph_selftest.h"

static int (* volatile st_leaf)(int) = fgraph_st_leaf;
static int (* volatile st_middle)(int) = fgraph_st_middle;
static int (* volatile st_recurse)(int) = fgraph_st_recurse;
static unsigned int (* volatile st_trace_leaf)(unsigned long *, unsigned int) =
	fgraph_st_trace_leaf;

noinline int fgraph_st_leaf(int x)
{
	barrier();
	return x + 1;
}

noinline int fgraph_st_middle(int x)
{
	int r = st_leaf(x) + 10;

	barrier();
	return r;
}

noinline int fgraph_st_outer(int x)
{
	int r = st_middle(x) + 100;

	barrier();
	return r;
}

noinline struct fgraph_st_pair fgraph_st_wide(unsigned long a,
					      unsigned long b)
{
	struct fgraph_st_pair p = { .lo = a ^ 0x5555, .hi = b ^ 0xaaaa };

	barrier();
	return p;
}

noinline int fgraph_st_recurse(int n)
{
	int r = n ? st_recurse(n - 1) + 1 : 0;

	barrier();
	return r;
}

noinline unsigned int fgraph_st_trace_leaf(unsigned long *entries,
					   unsigned int max)
{
	unsigned int n = stack_trace_save(entries, max, 0);

	barrier();
	return n;
}

noinline unsigned int fgraph_st_trace_parent(unsigned long *entries,
					     unsigned int max)
{
	unsigned int n = st_trace_leaf(entries, max);

	barrier();
	return n;
}

noinline int fgraph_st_sleeper(int x, atomic_t *inside, struct completion *go)
{
	atomic_set(inside, 1);
	wait_for_completion(go);
	barrier();
	return x * 2;
}
