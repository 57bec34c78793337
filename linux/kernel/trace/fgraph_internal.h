/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Function graph core internals shared with its self-test and the
 * function profiler (kernel/trace/fgraph.c).
 */
#ifndef _KERNEL_TRACE_FGRAPH_INTERNAL_H
#define _KERNEL_TRACE_FGRAPH_INTERNAL_H

#include <linux/ftrace.h>

/* Frames per task shadow stack: hooked calls deeper than this overrun. */
#define FGRAPH_DEPTH		64

#ifdef CONFIG_FUNCTION_GRAPH_RETVAL
static __always_inline void fgraph_set_retval(struct ftrace_graph_ret *trace,
					      unsigned long retval)
{
	trace->retval = retval;
}

static __always_inline unsigned long
fgraph_get_retval(const struct ftrace_graph_ret *trace)
{
	return trace->retval;
}
#else
static __always_inline void fgraph_set_retval(struct ftrace_graph_ret *trace,
					      unsigned long retval)
{
}

static __always_inline unsigned long
fgraph_get_retval(const struct ftrace_graph_ret *trace)
{
	return 0;
}
#endif

#endif /* _KERNEL_TRACE_FGRAPH_INTERNAL_H */
