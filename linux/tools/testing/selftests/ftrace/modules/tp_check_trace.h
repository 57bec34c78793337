/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tracepoints of the tp_check test module: a bare one (DECLARE_TRACE)
 * that the module attaches probes to, and an event with its own record
 * layout that the selftests enable through tracefs.
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM tp_check

#if !defined(_TP_CHECK_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TP_CHECK_TRACE_H

#include <linux/tracepoint.h>

DECLARE_TRACE(tp_check_bare,
	TP_PROTO(int seq),
	TP_ARGS(seq));

TRACE_EVENT(tp_check_tick,
	TP_PROTO(int seq, const char *what),
	TP_ARGS(seq, what),
	TP_STRUCT__entry(
		__field(int, seq)
		__string(what, what)
		__array(u8, bytes, 4)
	),
	TP_fast_assign(
		__entry->seq = seq;
		__assign_str(what);
		memset(__entry->bytes, seq & 0xff, sizeof(__entry->bytes));
	),
	TP_printk("seq=%d what=%s bytes=%s", __entry->seq, __get_str(what),
		  __print_hex(__entry->bytes, 4))
);

#endif /* _TP_CHECK_TRACE_H */

#undef TRACE_INCLUDE_PATH
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_PATH .
#define TRACE_INCLUDE_FILE tp_check_trace
#include <trace/define_trace.h>
