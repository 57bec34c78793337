/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The records the tracing core itself writes, and their type ids.
 *
 * The ids are ABI: events/ftrace/<name>/id shows them, and trace-cmd reads
 * records by id. They keep upstream's numbering.
 */
#ifndef _TRACE_ENTRIES_H
#define _TRACE_ENTRIES_H

#include <linux/time64.h>
#include <linux/trace_events.h>

enum trace_type {
	__TRACE_FIRST_TYPE = 0,
	TRACE_FN,		/* 1: function */
	TRACE_CTX,
	TRACE_WAKE,
	TRACE_STACK,		/* 4: kernel_stack */
	TRACE_PRINT,		/* 5: print (trace_marker, trace_printk %s) */
	TRACE_BPRINT,		/* 6: bprint (trace_printk, binary) */
	TRACE_MMIO_RW,
	TRACE_MMIO_MAP,
	TRACE_BRANCH,
	TRACE_GRAPH_RET,
	TRACE_GRAPH_ENT,
	TRACE_USER_STACK,	/* 12: user_stack */
	TRACE_BLK,
	TRACE_BPUTS,		/* 14: bputs (trace_puts, constant string) */
	TRACE_HWLAT,
	TRACE_OSNOISE,
	TRACE_TIMERLAT,
	TRACE_RAW_DATA,		/* 18: raw_data (trace_marker_raw) */
	TRACE_FUNC_REPEATS,
	__TRACE_LAST_TYPE,
};

/* TRACE_FN */
struct ftrace_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	unsigned long		parent_ip;
};

/* TRACE_STACK: @size entries of @caller follow. */
struct stack_entry {
	struct trace_entry	ent;
	int			size;
	unsigned long		caller[] __counted_by(size);
};

#define FTRACE_STACK_ENTRIES	8

/* TRACE_USER_STACK */
struct userstack_entry {
	struct trace_entry	ent;
	unsigned int		tgid;
	unsigned long		caller[FTRACE_STACK_ENTRIES];
};

/* TRACE_PRINT: a NUL-terminated string, newline included if any. */
struct print_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	char			buf[];
};

/* TRACE_BPRINT: arguments packed by vbin_printf() for @fmt. */
struct bprint_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	const char		*fmt;
	u32			buf[];
};

/* TRACE_BPUTS: a pointer to a string that lives as long as the kernel. */
struct bputs_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	const char		*str;
};

/* TRACE_RAW_DATA: trace_marker_raw: a user id, then the user's bytes. */
struct raw_data_entry {
	struct trace_entry	ent;
	unsigned int		id;
	char			buf[];
};

/*
 * Records of tracers not built yet. Their layout is fixed here already,
 * as upstream has it, because events/ftrace/ describes every record type
 * (trace_ftrace_events.c) and tools key on those descriptions.
 */

/* TRACE_CTX (context_switch) and TRACE_WAKE (wakeup) */
struct ctx_switch_entry {
	struct trace_entry	ent;
	unsigned int		prev_pid;
	unsigned int		next_pid;
	unsigned int		next_cpu;
	unsigned char		prev_prio;
	unsigned char		prev_state;
	unsigned char		next_prio;
	unsigned char		next_state;
};

/* TRACE_GRAPH_ENT (funcgraph_entry): packed, as upstream's. */
struct ftrace_graph_ent_entry {
	struct trace_entry	ent;
	struct {
		unsigned long	func;
		int		depth;
	} __packed graph_ent;
} __packed;

/* TRACE_GRAPH_RET (funcgraph_exit): packed, as upstream's. */
struct ftrace_graph_ret_entry {
	struct trace_entry	ent;
	struct {
		unsigned long	func;
		unsigned long	retval;
		int		depth;
		unsigned int	overrun;
	} __packed ret;
	unsigned long long	calltime;
	unsigned long long	rettime;
} __packed;

/* TRACE_MMIO_RW */
struct trace_mmiotrace_rw {
	struct trace_entry	ent;
	resource_size_t		phys;
	unsigned long		value;
	unsigned long		pc;
	int			map_id;
	unsigned char		opcode;
	unsigned char		width;
};

/* TRACE_MMIO_MAP */
struct trace_mmiotrace_map {
	struct trace_entry	ent;
	resource_size_t		phys;
	unsigned long		virt;
	unsigned long		len;
	int			map_id;
	unsigned char		opcode;
};

/* TRACE_BRANCH */
#define TRACE_FUNC_SIZE		30
#define TRACE_FILE_SIZE		20
struct trace_branch {
	struct trace_entry	ent;
	unsigned int		line;
	char			func[TRACE_FUNC_SIZE + 1];
	char			file[TRACE_FILE_SIZE + 1];
	char			correct;
	char			constant;
};

/* TRACE_HWLAT */
struct hwlat_entry {
	struct trace_entry	ent;
	u64			duration;
	u64			outer_duration;
	u64			nmi_total_ts;
	struct timespec64	timestamp;
	unsigned int		nmi_count;
	unsigned int		seqnum;
	unsigned int		count;
};

/* TRACE_OSNOISE */
struct osnoise_entry {
	struct trace_entry	ent;
	u64			noise;
	u64			runtime;
	u64			max_sample;
	unsigned int		hw_count;
	unsigned int		nmi_count;
	unsigned int		irq_count;
	unsigned int		softirq_count;
	unsigned int		thread_count;
};

/* TRACE_TIMERLAT */
struct timerlat_entry {
	struct trace_entry	ent;
	unsigned int		seqnum;
	int			context;
	u64			timer_latency;
};

/* TRACE_FUNC_REPEATS: a run of identical TRACE_FN records, folded. */
struct func_repeats_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	unsigned long		parent_ip;
	u16			count;
	u16			top_delta_ts;	/* delta_ts >> 32 */
	u32			bottom_delta_ts;
};

#endif /* _TRACE_ENTRIES_H */
