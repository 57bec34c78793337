/* SPDX-License-Identifier: GPL-2.0 */
/* The one event of tpbench.c (see there). */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM tpbench

#if !defined(_TPBENCH_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TPBENCH_TRACE_H

#include <linux/tracepoint.h>

TRACE_EVENT(tpbench_hit,
	TP_PROTO(unsigned long seq, int cpu),
	TP_ARGS(seq, cpu),
	TP_STRUCT__entry(
		__field(unsigned long,	seq)
		__field(int,		cpu)
	),
	TP_fast_assign(
		__entry->seq = seq;
		__entry->cpu = cpu;
	),
	TP_printk("seq=%lu cpu=%d", __entry->seq, __entry->cpu)
);

#endif /* _TPBENCH_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE tpbench_trace
#include <trace/define_trace.h>
