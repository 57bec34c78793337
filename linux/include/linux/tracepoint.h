/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Static tracepoints: the trace_<name>() calls placed throughout the kernel.
 *
 * A tracepoint is declared in a header (DECLARE_TRACE, or one of the
 * TRACE_EVENT forms below) and defined in exactly one object, the one
 * that includes its header with CREATE_TRACE_POINTS set
 * (include/trace/define_trace.h). For a tracepoint "foo" callers get:
 *
 *	trace_foo(args)			fire it: a static-key NOP while no
 *					probe is attached
 *	trace_foo_enabled()		is any probe attached?
 *	register_trace_foo(probe, data)	attach probe(data, args)
 *	register_trace_prio_foo(probe, data, prio)
 *	unregister_trace_foo(probe, data)
 *
 * When fired, trace_foo() disables preemption (that is the RCU read side
 * protecting the probe array), and calls through the static call
 * tp_func_foo: straight into the probe when exactly one is attached,
 * into the iterator __traceiter_foo (which walks the array) otherwise.
 * kernel/tracepoint.c explains how the array, the static key and the
 * static call are switched safely.
 *
 * The part of this file after the include guard is read again for every
 * event header: define_trace.h redefines the TRACE_EVENT family for its
 * expansion passes and undefines it at the end, and the next event header
 * of the same .c file gets the plain definitions back from here.
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

/*
 * struct trace_eval_map - a symbol that event print formats may name
 * (TRACE_DEFINE_ENUM / TRACE_DEFINE_SIZEOF), and its value. The format
 * files show the value in place of the name, for user-space parsers.
 */
struct trace_eval_map {
	const char		*system;
	const char		*eval_string;
	unsigned long		eval_value;
};

#define TRACEPOINT_DEFAULT_PRIO	10

#define PARAMS(args...)		args

/*
 * Probe registration (kernel/tracepoint.c). @probe is called as
 * probe(@data, <tracepoint arguments>); the pair (@probe, @data) identifies
 * one registration. Context: process, may sleep.
 *
 * tracepoint_probe_register_prio - attach @probe at priority @prio.
 * Return: 0, -EEXIST if the pair is already attached, -ENOMEM, or the
 * error of the tracepoint's regfunc.
 */
int tracepoint_probe_register(struct tracepoint *tp, void *probe, void *data);
int tracepoint_probe_register_prio(struct tracepoint *tp, void *probe,
				   void *data, int prio);
/* The same, but an already attached pair is not an error (returns 0). */
int tracepoint_probe_register_prio_may_exist(struct tracepoint *tp,
					     void *probe, void *data, int prio);
/*
 * tracepoint_probe_unregister - detach the pair. The probe may still be
 * running on another CPU on return: call
 * tracepoint_synchronize_unregister() before freeing what it uses.
 * Return: 0, or -ENOENT if the pair was not attached.
 */
int tracepoint_probe_unregister(struct tracepoint *tp, void *probe,
				void *data);

static inline int
tracepoint_probe_register_may_exist(struct tracepoint *tp, void *probe,
				    void *data)
{
	return tracepoint_probe_register_prio_may_exist(tp, probe, data,
							TRACEPOINT_DEFAULT_PRIO);
}

/* Call @fct on every tracepoint of vmlinux. Context: process. */
void for_each_kernel_tracepoint(void (*fct)(struct tracepoint *tp, void *priv),
				void *priv);

#ifdef CONFIG_MODULES
/* A module with tracepoints, as register_tracepoint_module_notifier() reports it. */
struct tp_module {
	struct list_head	list;
	struct module		*mod;
};

/* Taints other than out-of-tree, staging, unsigned, test and livepatch. */
bool trace_module_has_bad_taint(struct module *mod);
/*
 * Be told (MODULE_STATE_COMING / _GOING, data: struct tp_module *) when
 * a module with tracepoints comes or goes; modules already loaded are
 * reported as COMING right away. Context: process, may sleep.
 * Return: 0 or the notifier chain's error.
 */
int register_tracepoint_module_notifier(struct notifier_block *nb);
int unregister_tracepoint_module_notifier(struct notifier_block *nb);
/* Call @fct on each tracepoint of the loaded modules. Context: process. */
void for_each_module_tracepoint(void (*fct)(struct tracepoint *,
					    struct module *, void *),
				void *priv);
void for_each_tracepoint_in_module(struct module *mod,
				   void (*fct)(struct tracepoint *,
					       struct module *, void *),
				   void *priv);
#else
static inline bool trace_module_has_bad_taint(struct module *mod)
{
	return false;
}

static inline int register_tracepoint_module_notifier(struct notifier_block *nb)
{
	return 0;
}

static inline int unregister_tracepoint_module_notifier(struct notifier_block *nb)
{
	return 0;
}

static inline void
for_each_module_tracepoint(void (*fct)(struct tracepoint *, struct module *,
				       void *), void *priv)
{
}

static inline void
for_each_tracepoint_in_module(struct module *mod,
			      void (*fct)(struct tracepoint *,
					  struct module *, void *),
			      void *priv)
{
}
#endif /* CONFIG_MODULES */

/*
 * tracepoint_synchronize_unregister - wait until no CPU can still be in a
 * probe that was detached before this call. Probes run with preemption
 * disabled, so one RCU grace period is enough. Call it between the last
 * unregister and freeing the probe's data or unloading its module.
 * Context: process, may sleep.
 */
#ifdef CONFIG_TRACEPOINTS
static inline void tracepoint_synchronize_unregister(void)
{
	synchronize_rcu();
}
#else
static inline void tracepoint_synchronize_unregister(void) { }
#endif

/* Reg hooks of the sys_enter/sys_exit tracepoints (kernel/trace/trace_syscalls.c). */
#ifdef CONFIG_HAVE_SYSCALL_TRACEPOINTS
int syscall_regfunc(void);
void syscall_unregfunc(void);
#endif

/* Strings referenced by trace_printk() formats, listed in printk_formats. */
#ifdef CONFIG_TRACING
#define __tracepoint_string	__used __section("__tracepoint_str")
#define tracepoint_string(str)						\
	({								\
		static const char *___tp_str __tracepoint_string = str;	\
		___tp_str;						\
	})
#else
#define __tracepoint_string
#define tracepoint_string(str)	str
#endif

#if defined(CONFIG_TRACEPOINTS) && !defined(NOTRACE)
#define TRACEPOINTS_ENABLED
#endif

#define TP_PROTO(args...)	args
#define TP_ARGS(args...)	args
#define TP_CONDITION(args...)	args

/* An entry of __tracepoints_ptrs (see tracepoint_ptr_t). */
#ifdef CONFIG_HAVE_ARCH_PREL32_RELOCATIONS
static inline struct tracepoint *tracepoint_ptr_deref(tracepoint_ptr_t *p)
{
	return offset_to_ptr(p);
}

#define __TRACEPOINT_ENTRY(name)					\
	asm("	.section \"__tracepoints_ptrs\", \"a\"	\n"		\
	    "	.balign 4				\n"		\
	    "	.long	__tracepoint_" #name " - .	\n"		\
	    "	.previous				\n")
#else
static inline struct tracepoint *tracepoint_ptr_deref(tracepoint_ptr_t *p)
{
	return *p;
}

#define __TRACEPOINT_ENTRY(name)					\
	static tracepoint_ptr_t __tracepoint_ptr_##name __used		\
	__section("__tracepoints_ptrs") = &__tracepoint_##name
#endif

#ifdef TRACEPOINTS_ENABLED
/*
 * __TP_FIRE - the body of trace_<name>() once its static key is on.
 * Preemption stays disabled across the probes: that is the RCU read side
 * kernel/tracepoint.c waits for before reusing anything a probe may see.
 * With one probe attached the static call goes straight to it, with the
 * data of the array's only entry; with more, it goes to the iterator,
 * which ignores the data argument and walks the array itself.
 */
#define __TP_FIRE(name, args, cond)					\
	do {								\
		struct tracepoint_func *__tp_it;			\
									\
		if (!(cond))						\
			return;						\
		preempt_disable_notrace();				\
		__tp_it = rcu_dereference_raw(__tracepoint_##name.funcs); \
		if (likely(__tp_it))					\
			static_call(tp_func_##name)(__tp_it->data, args); \
		preempt_enable_notrace();				\
	} while (0)

#define __DECLARE_TRACE(name, proto, args, cond, data_proto)		\
	extern struct tracepoint __tracepoint_##name;			\
	void __traceiter_##name(data_proto);				\
	DECLARE_STATIC_CALL(tp_func_##name, __traceiter_##name);	\
	static inline void trace_##name(proto)				\
	{								\
		if (static_branch_unlikely(&__tracepoint_##name.key))	\
			__TP_FIRE(name, TP_ARGS(args), TP_CONDITION(cond)); \
	}								\
	static inline bool trace_##name##_enabled(void)			\
	{								\
		return static_branch_unlikely(&__tracepoint_##name.key); \
	}								\
	static inline int						\
	register_trace_##name(void (*probe)(data_proto), void *data)	\
	{								\
		return tracepoint_probe_register(&__tracepoint_##name,	\
						 (void *)probe, data);	\
	}								\
	static inline int						\
	register_trace_prio_##name(void (*probe)(data_proto),		\
				   void *data, int prio)		\
	{								\
		return tracepoint_probe_register_prio(&__tracepoint_##name, \
						      (void *)probe,	\
						      data, prio);	\
	}								\
	static inline int						\
	unregister_trace_##name(void (*probe)(data_proto), void *data)	\
	{								\
		return tracepoint_probe_unregister(&__tracepoint_##name, \
						   (void *)probe, data); \
	}								\
	static inline void						\
	check_trace_callback_type_##name(void (*cb)(data_proto))	\
	{								\
	}

/*
 * DEFINE_TRACE_FN - the objects behind one tracepoint, emitted once by
 * define_trace.h: its name string, the struct tracepoint, its entry in
 * __tracepoints_ptrs (the linker may pad __tracepoints, so that section
 * is never walked directly), the iterator and the static call. The
 * static call starts on the iterator, which is right for any array.
 */
#define DEFINE_TRACE_FN(_name, _reg, _unreg, proto, args)		\
	static const char __tpstrtab_##_name[]				\
	__section("__tracepoints_strings") = #_name;			\
	extern struct static_call_key STATIC_CALL_KEY(tp_func_##_name);	\
	void __traceiter_##_name(void *__data, proto);			\
	struct tracepoint __tracepoint_##_name __used			\
	__section("__tracepoints") = {					\
		.name = __tpstrtab_##_name,				\
		.key = { .key = STATIC_KEY_INIT_FALSE },		\
		.static_call_key = &STATIC_CALL_KEY(tp_func_##_name),	\
		.static_call_tramp = STATIC_CALL_TRAMP_ADDR(tp_func_##_name), \
		.iterator = &__traceiter_##_name,			\
		.regfunc = _reg,					\
		.unregfunc = _unreg,					\
		.funcs = NULL,						\
	};								\
	__TRACEPOINT_ENTRY(_name);					\
	void __traceiter_##_name(void *__data, proto)			\
	{								\
		struct tracepoint_func *__it;				\
		void *__fn;						\
									\
		__it = rcu_dereference_raw(__tracepoint_##_name.funcs);	\
		if (!__it)						\
			return;						\
		/* func is re-read: a failed unregister stubs it in place */ \
		for (; (__fn = READ_ONCE(__it->func)); __it++)		\
			((void (*)(void *, proto))__fn)(__it->data, args); \
	}								\
	DEFINE_STATIC_CALL(tp_func_##_name, __traceiter_##_name)

#define DEFINE_TRACE(name, proto, args)					\
	DEFINE_TRACE_FN(name, NULL, NULL, PARAMS(proto), PARAMS(args))

/* Let modules fire (and attach to) a tracepoint defined in vmlinux. */
#define EXPORT_TRACEPOINT_SYMBOL_GPL(name)				\
	EXPORT_SYMBOL_GPL(__tracepoint_##name);				\
	EXPORT_SYMBOL_GPL(__traceiter_##name);				\
	EXPORT_STATIC_CALL_GPL(tp_func_##name)
#define EXPORT_TRACEPOINT_SYMBOL(name)					\
	EXPORT_SYMBOL(__tracepoint_##name);				\
	EXPORT_SYMBOL(__traceiter_##name);				\
	EXPORT_STATIC_CALL(tp_func_##name)

#else /* !TRACEPOINTS_ENABLED */

#define __DECLARE_TRACE(name, proto, args, cond, data_proto)		\
	static inline void trace_##name(proto)				\
	{								\
	}								\
	static inline bool trace_##name##_enabled(void)			\
	{								\
		return false;						\
	}								\
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

#define DEFINE_TRACE_FN(name, reg, unreg, proto, args)
#define DEFINE_TRACE(name, proto, args)
#define EXPORT_TRACEPOINT_SYMBOL_GPL(name)
#define EXPORT_TRACEPOINT_SYMBOL(name)

#endif /* TRACEPOINTS_ENABLED */

/*
 * DECLARE_EVENT_NOP - a tracepoint that can never fire: trace_<name>()
 * compiles (arguments type-checked) and does nothing. The _NOP event
 * forms use it for events configured out (TRACE_EVENT_RCU without
 * CONFIG_RCU_TRACE).
 */
#define DECLARE_EVENT_NOP(name, proto, args)				\
	static inline void trace_##name(proto)				\
	{								\
	}								\
	static inline bool trace_##name##_enabled(void)			\
	{								\
		return false;						\
	}

#endif /* _LINUX_TRACEPOINT_H */

/*
 * The TRACE_EVENT family, outside the include guard (see the top of this
 * file). Outside CREATE_TRACE_POINTS each event is just its tracepoint:
 * the record layout, assignment and print format are consumed by the
 * expansion passes of include/trace/define_trace.h. A tracepoint fires
 * only on an online CPU.
 */
#ifndef TRACE_EVENT

#define DECLARE_TRACE(name, proto, args)				\
	__DECLARE_TRACE(name, PARAMS(proto), PARAMS(args),		\
			cpu_online(raw_smp_processor_id()),		\
			PARAMS(void *__data, proto))

#define DECLARE_TRACE_CONDITION(name, proto, args, cond)		\
	__DECLARE_TRACE(name, PARAMS(proto), PARAMS(args),		\
			cpu_online(raw_smp_processor_id()) && (PARAMS(cond)), \
			PARAMS(void *__data, proto))

#define DECLARE_TRACE_WRITABLE(name, proto, args, size)			\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))

#define DECLARE_EVENT_CLASS(name, proto, args, tstruct, assign, print)
#define DEFINE_EVENT(template, name, proto, args)			\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define DEFINE_EVENT_FN(template, name, proto, args, reg, unreg)	\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define DEFINE_EVENT_PRINT(template, name, proto, args, print)		\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define DEFINE_EVENT_CONDITION(template, name, proto, args, cond)	\
	DECLARE_TRACE_CONDITION(name, PARAMS(proto), PARAMS(args), PARAMS(cond))
#define DEFINE_EVENT_WRITABLE(template, name, proto, args, size)	\
	DECLARE_TRACE_WRITABLE(name, PARAMS(proto), PARAMS(args), size)

#define TRACE_EVENT(name, proto, args, tstruct, assign, print)		\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define TRACE_EVENT_FN(name, proto, args, tstruct, assign, print, reg, unreg) \
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define TRACE_EVENT_FN_COND(name, proto, args, cond, tstruct, assign, print, \
			    reg, unreg)					\
	DECLARE_TRACE_CONDITION(name, PARAMS(proto), PARAMS(args), PARAMS(cond))
#define TRACE_EVENT_CONDITION(name, proto, args, cond, tstruct, assign, print) \
	DECLARE_TRACE_CONDITION(name, PARAMS(proto), PARAMS(args), PARAMS(cond))

#define TRACE_EVENT_FLAGS(event, flag)
#define TRACE_EVENT_PERF_PERM(event, expr...)
#define TRACE_DEFINE_ENUM(x)
#define TRACE_DEFINE_SIZEOF(x)

#define TRACE_EVENT_NOP(name, proto, args, tstruct, assign, print)	\
	DECLARE_EVENT_NOP(name, PARAMS(proto), PARAMS(args))
#define DEFINE_EVENT_NOP(template, name, proto, args)			\
	DECLARE_EVENT_NOP(name, PARAMS(proto), PARAMS(args))
#define DECLARE_EVENT_CLASS_NOP(name, proto, args, tstruct, assign, print)

#endif /* TRACE_EVENT */
