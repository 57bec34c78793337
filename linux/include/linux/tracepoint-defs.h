/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tracepoint types, light enough for the ~900 objects that include this
 * file through module.h, asm/msr.h and asm-generic/io.h. Only atomic.h and
 * static_key.h may be pulled in here; anything heavier risks include
 * cycles with those very low-level headers.
 */
#ifndef _LINUX_TRACEPOINT_DEFS_H
#define _LINUX_TRACEPOINT_DEFS_H

#include <linux/atomic.h>
#include <linux/static_key.h>

/* One entry of a __print_flags()/__print_symbolic() table (also %pG). */
struct trace_print_flags {
	unsigned long		mask;
	const char		*name;
};

struct trace_print_flags_u64 {
	unsigned long long	mask;
	const char		*name;
};

/* One attached probe: called as func(data, <tracepoint arguments>). */
struct tracepoint_func {
	void			*func;
	void			*data;
	int			prio;
};

/*
 * struct tracepoint - one static tracepoint, in section __tracepoints.
 * @key is the static key that guards every trace_<name>() call site;
 * @funcs is the RCU-protected, NULL-terminated array of probes.
 */
struct tracepoint {
	const char		*name;
	struct static_key_false	key;
	struct static_call_key	*static_call_key;
	void			*static_call_tramp;
	void			*iterator;
	void			*probestub;
	int			(*regfunc)(void);
	void			(*unregfunc)(void);
	struct tracepoint_func __rcu *funcs;
};

/* __tracepoints_ptrs holds 32-bit offsets to the tracepoints on x86-64. */
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
 * DECLARE_TRACEPOINT()/tracepoint_enabled() let a header test a tracepoint
 * without including its event header. Until the tracepoint core lands
 * (include/linux/tracepoint.h), no tracepoint is ever enabled.
 */
#define DECLARE_TRACEPOINT(tp)	struct tracepoint_stub_##tp
#define tracepoint_enabled(tp)	false

#endif /* _LINUX_TRACEPOINT_DEFS_H */
