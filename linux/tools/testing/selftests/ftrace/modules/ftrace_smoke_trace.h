/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One event of each common shape, for the ftrace_smoke test module: a
 * plain event, a class with two events, and a string field.
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM ftrace_smoke

#if !defined(_FTRACE_SMOKE_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _FTRACE_SMOKE_TRACE_H

#include <linux/tracepoint.h>

TRACE_EVENT(smoke_tick,
	TP_PROTO(int seq, unsigned long val),
	TP_ARGS(seq, val),
	TP_STRUCT__entry(
		__field(int, seq)
		__field(unsigned long, val)
	),
	TP_fast_assign(
		__entry->seq = seq;
		__entry->val = val;
	),
	TP_printk("seq=%d val=%lu", __entry->seq, __entry->val)
);

DECLARE_EVENT_CLASS(smoke_edge,
	TP_PROTO(const char *who),
	TP_ARGS(who),
	TP_STRUCT__entry(
		__string(who, who)
	),
	TP_fast_assign(
		__assign_str(who);
	),
	TP_printk("who=%s", __get_str(who))
);

DEFINE_EVENT(smoke_edge, smoke_load,
	TP_PROTO(const char *who),
	TP_ARGS(who));

DEFINE_EVENT(smoke_edge, smoke_unload,
	TP_PROTO(const char *who),
	TP_ARGS(who));

#endif /* _FTRACE_SMOKE_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#define TRACE_INCLUDE_FILE ftrace_smoke_trace
#include <trace/define_trace.h>
