/* SPDX-License-Identifier: GPL-2.0 */
/* Hooked functions of the graph core's self-test (fgraph_selftest_fns.c). */
#ifndef _KERNEL_TRACE_FGRAPH_SELFTEST_H
#define _KERNEL_TRACE_FGRAPH_SELFTEST_H

#include <linux/completion.h>

/* Two words returned in %rax:%rdx. */
struct fgraph_st_pair {
	unsigned long	lo;
	unsigned long	hi;
};

int fgraph_st_leaf(int x);
int fgraph_st_middle(int x);
int fgraph_st_outer(int x);
struct fgraph_st_pair fgraph_st_wide(unsigned long a, unsigned long b);
int fgraph_st_recurse(int n);
/* Stack trace taken inside a leaf called by fgraph_st_trace_parent(). */
unsigned int fgraph_st_trace_parent(unsigned long *entries, unsigned int max);
unsigned int fgraph_st_trace_leaf(unsigned long *entries, unsigned int max);
/* Sets *@inside, waits for @go, returns @x * 2. */
int fgraph_st_sleeper(int x, atomic_t *inside, struct completion *go);

#endif
