/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 7: the probe that feeds perf (PERF_TYPE_TRACEPOINT).
 *
 *	static void trace_event_perf_probe_class(void *__data, <proto>)
 *	{
 *		__data is the struct trace_event_call
 *		size the record as pass 6 does, evaluating the arguments:
 *		  __perf_count(c) sets the sample count, __perf_task(t) the
 *		  task whose perf events also get it
 *		return if no perf event of this CPU wants it;
 *		entry = perf_trace_buf_alloc(...);
 *		fill it as pass 6 does;
 *		perf_trace_buf_submit(...);
 *	}
 *
 * perf wants the raw sample and the u32 in front of it to end on an
 * 8-byte boundary, hence the odd rounding of the size.
 * kernel/trace/trace_event_perf.c attaches it (TRACE_REG_PERF_REGISTER).
 * No include guard.
 */
#include <trace/passes/reset.h>

#ifdef CONFIG_PERF_EVENTS
#include <trace/passes/assign.h>

#define __perf_count(c)		(__count = (c))
#define __perf_task(t)		(__task = (t))

#define EV_CLASS(cls, proto, args, tstruct, assign, print)		\
	static notrace void						\
	trace_event_perf_probe_##cls(void *__data, proto)		\
	{								\
		struct trace_event_call *__call = __data;		\
		struct trace_event_dyn_##cls __maybe_unused __off;	\
		struct trace_event_raw_##cls *entry;			\
		struct task_struct *__task = NULL;			\
		struct hlist_head *__head;				\
		struct pt_regs *__regs;					\
		u64 __count = 1;					\
		int __size, __rctx;					\
									\
		__size = trace_event_dyn_size_##cls(&__off, args);	\
		__head = this_cpu_ptr(__call->perf_events);		\
		if (__builtin_constant_p(!__task) && !__task &&		\
		    !bpf_prog_array_valid(__call) && hlist_empty(__head)) \
			return;						\
		__size = ALIGN(__size + sizeof(*entry) + sizeof(u32),	\
			       sizeof(u64)) - sizeof(u32);		\
		entry = perf_trace_buf_alloc(__size, &__regs, &__rctx);	\
		if (!entry)						\
			return;						\
		perf_fetch_caller_regs(__regs);				\
		tstruct							\
		{ assign; }						\
		perf_trace_buf_submit(entry, __size, __rctx,		\
				      __call->event.type, __count,	\
				      __regs, __head, __task);		\
	}
#endif /* CONFIG_PERF_EVENTS */

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
