/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 6: the probe that writes a record into an instance's buffer.
 *
 *	static void trace_event_probe_class(void *__data, <proto>)
 *	{
 *		__data is the struct trace_event_file of one instance
 *		return if soft-disabled or pid-filtered;
 *		__size = trace_event_dyn_size_class(&__off, <args>);
 *		entry = trace_event_buffer_reserve(&__buf, __file,
 *						   sizeof(*entry) + __size);
 *		TP_STRUCT__entry: store the location words (assign.h)
 *		TP_fast_assign, with __entry = entry
 *		trace_event_buffer_commit(&__buf);
 *	}
 *
 * The event core attaches it to the tracepoint (trace_event_reg) once per
 * instance that enables the event. For each event of the class a
 * never-called inline checks that the tracepoint's prototype matches the
 * class's. No include guard.
 */
#include <trace/passes/reset.h>
#include <trace/passes/assign.h>

#define __perf_count(c)		(c)
#define __perf_task(t)		(t)

#define EV_CLASS(cls, proto, args, tstruct, assign, print)		\
	static notrace void						\
	trace_event_probe_##cls(void *__data, proto)			\
	{								\
		struct trace_event_file *__file = __data;		\
		struct trace_event_dyn_##cls __maybe_unused __off;	\
		struct trace_event_raw_##cls *entry;			\
		struct trace_event_buffer __buf;			\
		int __size;						\
									\
		if (trace_trigger_soft_disabled(__file))		\
			return;						\
		__size = trace_event_dyn_size_##cls(&__off, args);	\
		entry = trace_event_buffer_reserve(&__buf, __file,	\
						   sizeof(*entry) + __size); \
		if (!entry)						\
			return;						\
		tstruct							\
		{ assign; }						\
		trace_event_buffer_commit(&__buf);			\
	}

#define EV_EVENT(cls, name, proto, args, reg, unreg)			\
	static inline void __maybe_unused __ev_check_proto_##name(void) \
	{								\
		check_trace_callback_type_##name(trace_event_probe_##cls); \
	}

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
