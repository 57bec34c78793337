// SPDX-License-Identifier: GPL-2.0
/*
 * The nop tracer: traces nothing by itself. With it selected, the buffer
 * holds only what other sources put there (trace_marker, trace_printk,
 * events). It is also the smallest complete tracer, the template for new
 * ones: fill one struct tracer and register it.
 */
#include "trace_array.h"

/* Context: process, trace_types_lock held. */
static int nop_trace_init(struct trace_array *tr)
{
	return 0;
}

static void nop_trace_reset(struct trace_array *tr)
{
}

struct tracer nop_trace __read_mostly = {
	.name			= "nop",
	.init			= nop_trace_init,
	.reset			= nop_trace_reset,
	.allow_instances	= true,
};
