/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 8: the objects the event core finds.
 *
 *	static struct trace_event_class event_class_class = {
 *		.system = TRACE_SYSTEM_STRING, .fields_array, .probe,
 *		.perf_probe, .reg = trace_event_reg,
 *		.raw_init = trace_event_raw_init, ...
 *	};
 *	static struct trace_event_call event_name = {
 *		.class = &event_class_class, .tp = &__tracepoint_name,
 *		.event.funcs = &trace_event_funcs_class,
 *		.print_fmt = trace_event_fmt_class,
 *		.flags = TRACE_EVENT_FL_TRACEPOINT,
 *	};
 *	and a pointer to event_name in section _ftrace_events, which the
 *	core walks at boot (vmlinux) or at module load (mod->trace_events).
 *
 * TRACE_EVENT_FLAGS and TRACE_EVENT_PERF_PERM patch the event from an
 * early initcall, before the core adds the events (so, as upstream, they
 * are for built-in event headers only). No include guard.
 */
#include <trace/passes/reset.h>

#ifdef CONFIG_PERF_EVENTS
#define __EV_PERF_PROBE(cls)	.perf_probe = trace_event_perf_probe_##cls,
#else
#define __EV_PERF_PROBE(cls)
#endif

#define EV_CLASS(cls, proto, args, tstruct, assign, print)		\
	static struct trace_event_class event_class_##cls = {		\
		.system		= TRACE_SYSTEM_STRING,			\
		.probe		= trace_event_probe_##cls,		\
		__EV_PERF_PROBE(cls)					\
		.reg		= trace_event_reg,			\
		.fields_array	= trace_event_fields_##cls,		\
		.fields		= LIST_HEAD_INIT(event_class_##cls.fields), \
		.raw_init	= trace_event_raw_init,			\
	};

#define __EV_CALL(cls, name, out)					\
	static struct trace_event_call event_##name = {			\
		.class		= &event_class_##cls,			\
		{ .tp		= &__tracepoint_##name },		\
		.event.funcs	= &trace_event_funcs_##out,		\
		.print_fmt	= trace_event_fmt_##out,		\
		.flags		= TRACE_EVENT_FL_TRACEPOINT,		\
	};								\
	static struct trace_event_call __used				\
	__section("_ftrace_events") *__event_##name = &event_##name;

#define EV_EVENT(cls, name, proto, args, reg, unreg)			\
	__EV_CALL(cls, name, cls)
#define EV_EVENT_PRINT(cls, name, proto, args, print)			\
	__EV_CALL(cls, name, name)

#define EV_FLAGS(name, value)						\
	static int __init __ev_flags_##name(void)			\
	{								\
		event_##name.flags |= (value);				\
		return 0;						\
	}								\
	early_initcall(__ev_flags_##name);

#ifdef CONFIG_PERF_EVENTS
#define EV_PERF_PERM(name, expr...)					\
	static int __ev_perf_perm_##name(struct trace_event_call *tp_event, \
					 struct perf_event *p_event)	\
	{								\
		return ({ expr; });					\
	}								\
	static int __init __ev_perf_perm_init_##name(void)		\
	{								\
		event_##name.perf_perm = &__ev_perf_perm_##name;	\
		return 0;						\
	}								\
	early_initcall(__ev_perf_perm_init_##name);
#endif

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
