/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Static tracepoints: the trace_<name>() calls placed throughout the kernel.
 *
 * State of this tree: the declarations below compile every event header of
 * the kernel, but tracepoints are inert. trace_<name>() is an empty inline,
 * trace_<name>_enabled() is false, and registering a probe fails with
 * -ENOSYS. Arguments are still type-checked against TP_PROTO. The probe
 * arrays, static keys and static calls come with the TRACE_EVENT issue.
 */
#ifndef _LINUX_TRACEPOINT_H
#define _LINUX_TRACEPOINT_H

/* Kept code relies on this include set (SEAMS 1c). */
#include <linux/smp.h>
#include <linux/srcu.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <linux/rcupdate.h>
#include <linux/static_call.h>
#include <linux/tracepoint-defs.h>

struct module;
struct tracepoint;
struct notifier_block;

#define PARAMS(args...)		args
#define TP_PROTO(args...)	args
#define TP_ARGS(args...)	args
#define TP_CONDITION(args...)	args

/* Strings referenced by trace_printk() formats, listed in printk_formats. */
#define __tracepoint_string	__used __section("__tracepoint_str")
#define tracepoint_string(str)						\
	({								\
		static const char *___tp_str __tracepoint_string = str;	\
		___tp_str;						\
	})

static inline int tracepoint_probe_register(struct tracepoint *tp,
					    void *probe, void *data)
{
	return -ENOSYS;
}

static inline int tracepoint_probe_unregister(struct tracepoint *tp,
					      void *probe, void *data)
{
	return -ENOSYS;
}

static inline void tracepoint_synchronize_unregister(void) { }

/* Reg hooks of the sys_enter/sys_exit tracepoints (kernel/trace/trace_syscalls.c). */
#ifdef CONFIG_HAVE_SYSCALL_TRACEPOINTS
int syscall_regfunc(void);
void syscall_unregfunc(void);
#endif

/*
 * DECLARE_EVENT_NOP - a tracepoint that can never fire: trace_<name>()
 * compiles (arguments type-checked) and does nothing. The _NOP event
 * forms use it for events configured out (TRACE_EVENT_RCU without
 * CONFIG_RCU_TRACE), and, while tracepoints are inert, so does every
 * tracepoint.
 */
#define DECLARE_EVENT_NOP(name, proto, args)				\
	static inline void trace_##name(proto)				\
	{								\
	}								\
	static inline bool trace_##name##_enabled(void)			\
	{								\
		return false;						\
	}

/*
 * __DECLARE_TRACE - the per-tracepoint API. For a tracepoint "foo":
 *
 *	static inline void trace_foo(proto);
 *	static inline bool trace_foo_enabled(void);
 *	static inline int register_trace_foo(void (*probe)(void *, proto), void *data);
 *	static inline int register_trace_prio_foo(..., int prio);
 *	static inline int unregister_trace_foo(void (*probe)(void *, proto), void *data);
 *	static inline void check_trace_callback_type_foo(void (*cb)(void *, proto));
 */
#define __DECLARE_TRACE(name, proto, args, cond, data_proto)		\
	DECLARE_EVENT_NOP(name, PARAMS(proto), PARAMS(args))		\
	static inline int						\
	register_trace_##name(void (*probe)(data_proto), void *data)	\
	{								\
		return -ENOSYS;						\
	}								\
	static inline int						\
	register_trace_prio_##name(void (*probe)(data_proto),		\
				   void *data, int prio)		\
	{								\
		return -ENOSYS;						\
	}								\
	static inline int						\
	unregister_trace_##name(void (*probe)(data_proto), void *data)	\
	{								\
		return -ENOSYS;						\
	}								\
	static inline void						\
	check_trace_callback_type_##name(void (*cb)(data_proto))	\
	{								\
	}

#define DECLARE_TRACE(name, proto, args)				\
	__DECLARE_TRACE(name, PARAMS(proto), PARAMS(args), 1,		\
			PARAMS(void *__data, proto))

#define DECLARE_TRACE_CONDITION(name, proto, args, cond)		\
	__DECLARE_TRACE(name, PARAMS(proto), PARAMS(args),		\
			PARAMS(cond), PARAMS(void *__data, proto))

#define DECLARE_TRACE_WRITABLE(name, proto, args, size)			\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))

#define DEFINE_TRACE_FN(name, reg, unreg, proto, args)
#define DEFINE_TRACE(name, proto, args)
#define EXPORT_TRACEPOINT_SYMBOL_GPL(name)
#define EXPORT_TRACEPOINT_SYMBOL(name)

/*
 * The TRACE_EVENT family, as the event headers use it. Outside
 * CREATE_TRACE_POINTS each event is just its tracepoint; the field layout,
 * assignment and print format are consumed by include/trace/define_trace.h.
 */
#define DECLARE_EVENT_CLASS(name, proto, args, tstruct, assign, print)
#define DEFINE_EVENT(template, name, proto, args)			\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define DEFINE_EVENT_FN(template, name, proto, args, reg, unreg)	\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define DEFINE_EVENT_PRINT(template, name, proto, args, print)		\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define DEFINE_EVENT_CONDITION(template, name, proto, args, cond)	\
	DECLARE_TRACE_CONDITION(name, PARAMS(proto), PARAMS(args), PARAMS(cond))
#define DEFINE_EVENT_WRITABLE(template, call, proto, args, size)	\
	DECLARE_TRACE_WRITABLE(call, PARAMS(proto), PARAMS(args), size)

#define TRACE_EVENT(name, proto, args, struct, assign, print)		\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define TRACE_EVENT_FN(name, proto, args, struct, assign, print, reg, unreg) \
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define TRACE_EVENT_FN_COND(name, proto, args, cond, struct, assign, print, reg, unreg) \
	DECLARE_TRACE_CONDITION(name, PARAMS(proto), PARAMS(args), PARAMS(cond))
#define TRACE_EVENT_CONDITION(name, proto, args, cond, struct, assign, print) \
	DECLARE_TRACE_CONDITION(name, PARAMS(proto), PARAMS(args), PARAMS(cond))

#define TRACE_EVENT_FLAGS(event, flag)
#define TRACE_EVENT_PERF_PERM(event, expr...)
#define TRACE_DEFINE_ENUM(x)
#define TRACE_DEFINE_SIZEOF(x)

/* The _NOP event forms: see DECLARE_EVENT_NOP above. */
#define TRACE_EVENT_NOP(name, proto, args, struct, assign, print)	\
	DECLARE_EVENT_NOP(name, PARAMS(proto), PARAMS(args))
#define DEFINE_EVENT_NOP(template, name, proto, args)			\
	DECLARE_EVENT_NOP(name, PARAMS(proto), PARAMS(args))
#define DECLARE_EVENT_CLASS_NOP(name, proto, args, tstruct, assign, print)

#endif /* _LINUX_TRACEPOINT_H */
