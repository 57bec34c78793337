/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tracepoint types, light enough for the ~900 objects that include this
 * file through module.h, asm/msr.h and asm-generic/io.h. Only atomic.h and
 * static_key.h may be pulled in here; anything heavier risks include
 * cycles with those very low-level headers. The API is in
 * linux/tracepoint.h, the implementation in kernel/tracepoint.c.
 */
#ifndef _LINUX_TRACEPOINT_DEFS_H
#define _LINUX_TRACEPOINT_DEFS_H

#include <linux/atomic.h>
#include <linux/static_key.h>

struct static_call_key;

/* One entry of a __print_flags()/__print_symbolic() table (also %pG). */
struct trace_print_flags {
	unsigned long		mask;
	const char		*name;
};

struct trace_print_flags_u64 {
	unsigned long long	mask;
	const char		*name;
};

/*
 * One attached probe, called as func(data, <tracepoint arguments>).
 * Higher @prio runs first; equal priorities run in registration order.
 */
struct tracepoint_func {
	void			*func;
	void			*data;
	int			prio;
};

/*
 * struct tracepoint - one static tracepoint, in section __tracepoints.
 * @name:	what register/lookup code and events know it by
 * @key:	static key guarding every trace_<name>() call site; on
 *		exactly while @funcs is non-NULL
 * @static_call_key, @static_call_tramp: the static call tp_func_<name>
 *		that call sites go through (__SCK__/__SCT__tp_func_<name>)
 * @iterator:	__traceiter_<name>, which calls every probe of @funcs
 * @regfunc, @unregfunc: optional hooks run when the first probe is
 *		attached and after the last one is detached
 * @funcs:	RCU-published array of probes ending with a NULL func, or
 *		NULL when none is attached (kernel/tracepoint.c)
 */
struct tracepoint {
	const char		*name;
	struct static_key_false	key;
	struct static_call_key	*static_call_key;
	void			*static_call_tramp;
	void			*iterator;
	int			(*regfunc)(void);
	void			(*unregfunc)(void);
	struct tracepoint_func __rcu *funcs;
};

/*
 * __tracepoints_ptrs lists every tracepoint of vmlinux or a module. On
 * x86-64 an entry is a 32-bit offset from the entry to the tracepoint
 * (half the size of a pointer, and no relocation at boot).
 */
#ifdef CONFIG_HAVE_ARCH_PREL32_RELOCATIONS
typedef const int tracepoint_ptr_t;
#else
typedef struct tracepoint * const tracepoint_ptr_t;
#endif

struct bpf_raw_event_map {
	struct tracepoint	*tp;
	void			*bpf_func;
	u32			num_args;
	u32			writable_size;
} __aligned(32);

/*
 * DECLARE_TRACEPOINT() and tracepoint_enabled() let a low-level header
 * test a tracepoint without including its event header:
 *
 *	DECLARE_TRACEPOINT(read_msr);
 *	if (tracepoint_enabled(read_msr))
 *		do_trace_read_msr(msr, val, 0);
 *
 * The test is the tracepoint's static key: a NOP while it is off.
 */
#define DECLARE_TRACEPOINT(tp)						\
	extern struct tracepoint __tracepoint_##tp

#ifdef CONFIG_TRACEPOINTS
#define tracepoint_enabled(tp)						\
	static_branch_unlikely(&(__tracepoint_##tp).key)
#else
#define tracepoint_enabled(tp)	false
#endif

#endif /* _LINUX_TRACEPOINT_DEFS_H */
