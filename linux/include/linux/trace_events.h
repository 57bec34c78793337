/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Trace events: the types that describe an event (struct trace_event_call),
 * the record header every event starts with (struct trace_entry), and the
 * hooks perf uses to attach to events.
 *
 * Also here: struct trace_iterator (what print functions get) and the
 * record context word (tracing_gen_ctx()).
 *
 * The TRACE_EVENT expansion (include/trace/define_trace.h) emits the
 * trace_event_call/trace_event_class objects and their probes; the runtime
 * they call is in kernel/trace/trace_events_{core,record,output}.c, and
 * perf's side in trace_event_perf.c.
 */
#ifndef _LINUX_TRACE_EVENTS_H
#define _LINUX_TRACE_EVENTS_H

/* Kept code relies on this include set (SEAMS 1c). */
#include <linux/hardirq.h>
#include <linux/irqflags.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/perf_event.h>
#include <linux/poll.h>
#include <linux/seq_buf.h>
#include <linux/seq_file.h>
#include <linux/tracepoint.h>
#include <linux/ring_buffer.h>
#include <linux/trace_seq.h>

struct trace_array;
struct trace_iterator;
struct trace_event_call;
struct event_filter;
struct bpf_prog;
struct perf_event;

/*
 * struct trace_entry - the common header of every event record.
 * Its layout is ABI: "common_*" fields in every events/.../format file.
 */
struct trace_entry {
	unsigned short		type;
	unsigned char		flags;
	unsigned char		preempt_count;
	int			pid;
};

/*
 * The record context word, packed by tracing_gen_ctx() and unpacked into
 * trace_entry::flags and ::preempt_count:
 *
 *	bits  0..3	preemption depth (saturates at 15)
 *	bits  4..7	migrate-disable depth (saturates at 15)
 *	bits 16..23	TRACE_FLAG_* below
 */
#define TRACE_CTX_PREEMPT_MASK	0x0fU
#define TRACE_CTX_MIGRATE_SHIFT	4
#define TRACE_CTX_MIGRATE_MASK	0xf0U
#define TRACE_CTX_FLAGS_SHIFT	16

enum trace_flag_type {
	TRACE_FLAG_IRQS_OFF		= 0x01,
	TRACE_FLAG_IRQS_NOSUPPORT	= 0x02,
	TRACE_FLAG_NEED_RESCHED		= 0x04,
	TRACE_FLAG_HARDIRQ		= 0x08,
	TRACE_FLAG_SOFTIRQ		= 0x10,
	TRACE_FLAG_PREEMPT_RESCHED	= 0x20,
	TRACE_FLAG_NMI			= 0x40,
	TRACE_FLAG_BH_OFF		= 0x80,
};

#ifdef CONFIG_TRACING
/* Context: any. @irqs_status is TRACE_FLAG_IRQS_OFF or 0. */
unsigned int tracing_gen_ctx_irq_test(unsigned int irqs_status);
#else
static inline unsigned int tracing_gen_ctx_irq_test(unsigned int irqs_status)
{
	return 0;
}
#endif

static inline unsigned int tracing_gen_ctx_flags(unsigned long irqflags)
{
	return tracing_gen_ctx_irq_test(irqs_disabled_flags(irqflags) ?
					TRACE_FLAG_IRQS_OFF : 0);
}

static inline unsigned int tracing_gen_ctx(void)
{
	unsigned long irqflags;

	local_save_flags(irqflags);
	return tracing_gen_ctx_flags(irqflags);
}

/*
 * The same, minus the one level of preemption disabling that the caller
 * itself added (a tracepoint probe runs with preemption off).
 */
static inline unsigned int tracing_gen_ctx_dec(void)
{
	unsigned int ctx = tracing_gen_ctx();

	if (IS_ENABLED(CONFIG_PREEMPTION) && (ctx & TRACE_CTX_PREEMPT_MASK))
		ctx--;
	return ctx;
}

/*
 * struct trace_iterator - a reader's cursor over one instance's buffer,
 * and the scratch space its print functions use. The "trace" and
 * "trace_pipe" files each own one per open; print functions (struct
 * trace_event_functions) read @ent and write into @seq.
 */
struct trace_iterator {
	struct trace_array	*tr;
	struct tracer		*trace;		/* tracer at open time */
	struct trace_buffer	*buffer;
	void			*private;	/* the tracer's, per open */
	int			cpu_file;	/* a cpu or RING_BUFFER_ALL_CPUS */
	struct mutex		mutex;		/* serializes readers of one open */
	struct ring_buffer_iter	**buffer_iter;	/* per cpu; NULL when consuming */
	unsigned long		iter_flags;	/* TRACE_FILE_* */
	void			*temp;		/* a copy of @ent, when needed */
	unsigned int		temp_size;
	char			*fmt;		/* scratch for format rewriting */
	unsigned int		fmt_size;
	struct trace_seq	tmp_seq;	/* scratch for print helpers */
	struct cpumask		*started;	/* cpus announced (annotate) */
	bool			snapshot;

	/* Reset for every record. */
	struct trace_seq	seq;		/* the formatted output */
	struct trace_entry	*ent;		/* the record being printed */
	unsigned long		lost_events;	/* lost before @ent on @cpu */
	int			leftover;	/* @seq holds unread text */
	int			ent_size;
	int			cpu;
	u64			ts;
	loff_t			pos;
	long			idx;
};

/* iter_flags */
#define TRACE_FILE_LAT_FMT	BIT(0)	/* latency output format */
#define TRACE_FILE_ANNOTATE	BIT(1)	/* announce CPU buffer switches */
#define TRACE_FILE_TIME_IN_NS	BIT(2)	/* the clock counts nanoseconds */

enum print_line_t {
	TRACE_TYPE_PARTIAL_LINE	= 0,
	TRACE_TYPE_HANDLED	= 1,
	TRACE_TYPE_UNHANDLED	= 2,
	TRACE_TYPE_NO_CONSUME	= 3,
};

struct trace_event;

/* Context: reader side, process context (may be called under a mutex). */
typedef enum print_line_t (*trace_print_func)(struct trace_iterator *iter,
					      int flags,
					      struct trace_event *event);

struct trace_event_functions {
	trace_print_func	trace;
	trace_print_func	raw;
	trace_print_func	hex;
	trace_print_func	binary;
};

/* struct trace_event - how to print records of one type id. */
struct trace_event {
	struct hlist_node		node;
	int				type;
	struct trace_event_functions	*funcs;
};

/*
 * register_trace_event - make records of @event->type printable. A zero
 * type asks for a fresh id. Context: process, may sleep.
 * Return: the type id, or 0 if the id is taken or none is left.
 */
int register_trace_event(struct trace_event *event);
int unregister_trace_event(struct trace_event *event);
/* Context: reader side. */
struct trace_event *ftrace_find_event(int type);

/* --- the event data model --- */

/*
 * What a field is, for the filter language and for format files.
 * Assigned by the TRACE_EVENT field macros (include/trace/stages/).
 */
enum trace_field_kind {
	FILTER_OTHER = 0,	/* integer (size 1, 2, 4, 8) or opaque bytes */
	FILTER_STATIC_STRING,	/* char name[N] */
	FILTER_DYN_STRING,	/* __data_loc char[] (offset | len << 16) */
	FILTER_RDYN_STRING,	/* __rel_loc char[] (relative to the field end) */
	FILTER_PTR_STRING,	/* const char * into kernel memory */
	FILTER_TRACE_FN,	/* a function address (.function forms) */
	FILTER_CPUMASK,		/* __data_loc cpumask_t */
	FILTER_COMM,		/* the pseudo field COMM / common_comm */
	FILTER_CPU,		/* the pseudo field CPU / common_cpu */
	FILTER_STACKTRACE,
};

/*
 * struct trace_event_fields - one field of an event record, as TRACE_EVENT
 * describes it at compile time. A class has an array of these ending with
 * an entry whose @name is NULL. A class whose fields are known only at
 * run time (syscalls, probes) sets @define_fields in its only entry
 * instead, and that adds the fields with trace_define_field().
 *
 * Where a field is: with @align 0, at @offset. With @align set (what the
 * TRACE_EVENT passes emit), the core lays the fields out in array order
 * as the C compiler lays out the record struct: each at the next multiple
 * of @align after the previous one, the first after struct trace_entry.
 * The terminator's @offset, when not 0, is where the record's fields end
 * (offsetof(record, __data)); the core checks the layout against it.
 */
struct trace_event_fields {
	const char	*type;		/* as the format file prints it */
	const char	*name;
	int		offset;		/* from the start of the record */
	int		size;
	int		align;		/* 0: @offset is given */
	int		is_signed;
	int		filter_type;	/* enum trace_field_kind */
	int		len;		/* array elements, 0 if not an array */
	int		(*define_fields)(struct trace_event_call *call);
};

/* What trace_event_class::reg is asked to do. */
enum trace_reg {
	TRACE_REG_REGISTER,		/* @data: struct trace_event_file * */
	TRACE_REG_UNREGISTER,
#ifdef CONFIG_PERF_EVENTS
	TRACE_REG_PERF_REGISTER,	/* @data: NULL */
	TRACE_REG_PERF_UNREGISTER,
	TRACE_REG_PERF_OPEN,		/* @data: struct perf_event * */
	TRACE_REG_PERF_CLOSE,
	TRACE_REG_PERF_ADD,
	TRACE_REG_PERF_DEL,
#endif
};

/*
 * struct trace_event_class - what the events of one DECLARE_EVENT_CLASS
 * share: the record layout and the probes that fill it.
 * @system:	subsystem (TRACE_SYSTEM), the events/<system>/ directory
 * @probe:	tracepoint probe that writes a record; its data is the
 *		struct trace_event_file of one instance
 * @perf_probe:	the same for perf; its data is the trace_event_call
 * @reg:	attach/detach the probes (NULL: the default, which
 *		registers @probe on the event's tracepoint)
 * @fields_array: static field descriptors (see above)
 * @fields:	runtime list of struct trace_event_field, built at boot
 *		from @fields_array (kernel/trace/trace_event_internal.h)
 * @raw_init:	called once when the event is added; 0 or -errno
 */
struct trace_event_class {
	const char			*system;
	void				*probe;
#ifdef CONFIG_PERF_EVENTS
	void				*perf_probe;
#endif
	int				(*reg)(struct trace_event_call *event,
					       enum trace_reg type, void *data);
	const struct trace_event_fields	*fields_array;
	struct list_head		*(*get_fields)(struct trace_event_call *);
	struct list_head		fields;
	int				(*raw_init)(struct trace_event_call *);
};

/* TRACE_EVENT_FL_* - bits of trace_event_call::flags. */
enum {
	TRACE_EVENT_FL_CAP_ANY		= BIT(0),	/* perf: no CAP_SYS_ADMIN needed */
	TRACE_EVENT_FL_NO_SET_FILTER	= BIT(1),
	TRACE_EVENT_FL_IGNORE_ENABLE	= BIT(2),	/* no "enable" file */
	TRACE_EVENT_FL_TRACEPOINT	= BIT(3),	/* backed by a static tracepoint */
	TRACE_EVENT_FL_DYNAMIC		= BIT(4),
	TRACE_EVENT_FL_KPROBE		= BIT(5),
	TRACE_EVENT_FL_UPROBE		= BIT(6),
	TRACE_EVENT_FL_EPROBE		= BIT(7),
	TRACE_EVENT_FL_FPROBE		= BIT(8),
	TRACE_EVENT_FL_CUSTOM		= BIT(9),
	/* Some instance enabled it once: its records may be in a buffer. */
	TRACE_EVENT_FL_WAS_ENABLED	= BIT(10),
};

/*
 * struct trace_event_call - one event. The anonymous union must follow
 * @class: SYSCALL_METADATA in linux/syscalls.h initialises it by position.
 * Events in section _ftrace_events (vmlinux and modules) are added at
 * boot or module load; they are listed under event_mutex.
 */
struct trace_event_call {
	struct list_head		list;
	struct trace_event_class	*class;
	union {
		const char		*name;
		struct tracepoint	*tp;	/* if TRACE_EVENT_FL_TRACEPOINT */
	};
	struct trace_event		event;	/* type id and print functions */
	char				*print_fmt; /* the format file's "print fmt:" */
	struct event_filter		*filter;
	void				*module;
	atomic_t			refcnt;
	void				*data;
	int				flags;	/* TRACE_EVENT_FL_* */
	int				nr_enabled; /* instances with it on (event_mutex) */
#ifdef CONFIG_PERF_EVENTS
	int				perf_refcount;
	struct hlist_head __percpu	*perf_events;
	int				(*perf_perm)(struct trace_event_call *,
						     struct perf_event *);
#endif
};

/* The event's name: the tracepoint's, or @name. */
static inline const char *trace_event_name(struct trace_event_call *call)
{
	return (call->flags & TRACE_EVENT_FL_TRACEPOINT) ? call->tp->name :
							    call->name;
}

/*
 * EVENT_FILE_FL_* - state of one event in one instance
 * (trace_event_file::flags). Written under event_mutex, read anywhere.
 */
enum {
	EVENT_FILE_FL_ENABLED		= BIT(0),	/* probe attached */
	EVENT_FILE_FL_RECORDED_CMD	= BIT(1),
	EVENT_FILE_FL_RECORDED_TGID	= BIT(2),
	EVENT_FILE_FL_FILTERED		= BIT(3),	/* a filter is set */
	EVENT_FILE_FL_NO_SET_FILTER	= BIT(4),
	EVENT_FILE_FL_SOFT_MODE		= BIT(5),	/* enabled for triggers */
	EVENT_FILE_FL_SOFT_DISABLED	= BIT(6),	/* ... but not recording */
	EVENT_FILE_FL_TRIGGER_MODE	= BIT(7),	/* triggers attached */
	EVENT_FILE_FL_TRIGGER_COND	= BIT(8),	/* ... with conditions */
	EVENT_FILE_FL_PID_FILTER	= BIT(9),	/* set_event_pid applies */
	EVENT_FILE_FL_WAS_ENABLED	= BIT(10),
	EVENT_FILE_FL_FREED		= BIT(11),
};

/*
 * struct trace_event_file - one event in one instance: what
 * events/<system>/<event>/ shows. The probe of an enabled event gets
 * this as its data.
 */
struct trace_event_file {
	unsigned long			flags;		/* EVENT_FILE_FL_* */
	struct trace_event_call		*event_call;
	struct trace_array		*tr;
	struct event_filter __rcu	*filter;
	struct list_head		list;		/* the instance's events */
	struct list_head		triggers;	/* RCU list */
	struct dentry			*dir;
	void				*system;	/* the subsystem dir */
	atomic_t			sm_ref;		/* soft-mode users */
	atomic_t			tm_ref;		/* trigger-mode users */
};

/*
 * trace_trigger_soft_disabled - should a probe skip this record?
 * True when the event is only soft-enabled (for triggers), after running
 * unconditional triggers, or when set_event_pid excludes current.
 * Context: the probe, preemption disabled.
 */
bool __trace_trigger_soft_disabled(struct trace_event_file *file);

static __always_inline bool
trace_trigger_soft_disabled(struct trace_event_file *file)
{
	unsigned long flags = READ_ONCE(file->flags);

	if (likely(!(flags & (EVENT_FILE_FL_SOFT_DISABLED |
			      EVENT_FILE_FL_TRIGGER_MODE |
			      EVENT_FILE_FL_PID_FILTER))))
		return false;
	return __trace_trigger_soft_disabled(file);
}

/*
 * struct trace_event_buffer - a record being built by a probe, between
 * trace_event_buffer_reserve() and trace_event_buffer_commit(). Lives on
 * the probe's stack.
 */
struct trace_event_buffer {
	struct trace_buffer		*buffer;
	struct ring_buffer_event	*event;		/* NULL: in scratch */
	struct trace_event_file		*trace_file;
	void				*entry;		/* where to write */
	unsigned int			trace_ctx;
	unsigned int			len;
	struct pt_regs			*regs;
};

/*
 * Reserve room for a @len-byte record of @file's event (trace_entry
 * included) and fill in its header. Returns the record, or NULL if the
 * instance is off or full. When the event has a filter the record is
 * built in per-cpu scratch and copied into the buffer at commit only if
 * the filter accepts it. Context: any, NMI included.
 */
void *trace_event_buffer_reserve(struct trace_event_buffer *fbuffer,
				 struct trace_event_file *file,
				 unsigned long len);
void trace_event_buffer_commit(struct trace_event_buffer *fbuffer);

/*
 * Sizing helpers of the TRACE_EVENT passes: the bytes of a bitmask of
 * @nr_bits bits (__bitmask, __cpumask), and of a __vstring's text with its
 * NUL. Context: the probe.
 */
#define trace_event_bitmask_bytes(nr_bits)				\
	(BITS_TO_LONGS(nr_bits) * sizeof(unsigned long))

static inline int trace_event_vstr_len(const char *fmt, va_list *ap)
{
	va_list aq;
	int len;

	va_copy(aq, *ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	return len + 1;
}

/* Output side of TP_printk (reader context). */
int trace_raw_output_prep(struct trace_iterator *iter,
			  struct trace_event *event);
void trace_event_printf(struct trace_iterator *iter, const char *fmt, ...)
	__printf(2, 3);
enum print_line_t trace_handle_return(struct trace_seq *s);
enum print_line_t trace_output_call(struct trace_iterator *iter, char *name,
				    char *fmt, ...) __printf(3, 4);

const char *trace_print_flags_seq(struct trace_seq *p, const char *delim,
				  unsigned long flags,
				  const struct trace_print_flags *flag_array);
const char *trace_print_symbols_seq(struct trace_seq *p, unsigned long val,
				    const struct trace_print_flags *symbol_array);
const char *trace_print_bitmask_seq(struct trace_seq *p, void *bitmask_ptr,
				    unsigned int bitmask_size);
const char *trace_print_hex_seq(struct trace_seq *p, const unsigned char *buf,
				int len, bool concatenate);
const char *trace_print_array_seq(struct trace_seq *p, const void *buf,
				  int count, size_t el_size);
const char *trace_print_hex_dump_seq(struct trace_seq *p,
				     const char *prefix_str, int prefix_type,
				     int rowsize, int groupsize,
				     const void *buf, size_t len, bool ascii);

/* The default trace_event_class::reg and raw_init of TRACE_EVENT classes. */
int trace_event_reg(struct trace_event_call *call, enum trace_reg type,
		    void *data);
int trace_event_raw_init(struct trace_event_call *call);

/*
 * trace_define_field - add a field at run time (define_fields hooks).
 * Context: boot or event creation, event_mutex held.
 */
int trace_define_field(struct trace_event_call *call, const char *type,
		       const char *name, int offset, int size, int is_signed,
		       int filter_type);

/* Add/remove an event created at run time (probes, synthetic events). */
int trace_add_event_call(struct trace_event_call *call);
int trace_remove_event_call(struct trace_event_call *call);

/* perf: a scratch record for one event (kernel/trace/trace_event_perf.c). */
#ifdef CONFIG_PERF_EVENTS
#define PERF_MAX_TRACE_SIZE	8192	/* biggest record perf_trace_buf_alloc() gives */
void *perf_trace_buf_alloc(int size, struct pt_regs **regs, int *rctxp);

/*
 * Hand a record built in perf_trace_buf_alloc()'s buffer to perf, for
 * probes with no BPF program to run (else perf_trace_run_bpf_submit()).
 * @head: this CPU's list of @call->perf_events. Gives @rctx back.
 * Context: the probe, preemption disabled.
 */
static inline void perf_trace_buf_submit(void *raw_data, int size, int rctx,
					 u16 type, u64 count,
					 struct pt_regs *regs, void *head,
					 struct task_struct *task)
{
	perf_tp_event(type, count, raw_data, size, regs, head, rctx, task);
}
#endif

#define MAX_FILTER_STR_VAL	256U	/* longest string a filter compares */

/* Context: any; a probe's filter decision on a record it built. */
int filter_match_preds(struct event_filter *filter, void *rec);

/* Byte offset of the first non-common field of @call's records. */
int trace_event_get_offsets(struct trace_event_call *call);

/* --- BPF: not configured (BPF_EVENTS=n), so inline no-ops --- */

static inline bool bpf_prog_array_valid(struct trace_event_call *call)
{
	return false;
}

static inline unsigned int trace_call_bpf(struct trace_event_call *call, void *ctx)
{
	return 1;
}

static inline int perf_event_attach_bpf_prog(struct perf_event *event,
					     struct bpf_prog *prog, u64 bpf_cookie)
{
	return -EOPNOTSUPP;
}

static inline void perf_event_detach_bpf_prog(struct perf_event *event) { }

static inline int perf_event_query_prog_array(struct perf_event *event,
					      void __user *info)
{
	return -EOPNOTSUPP;
}

/* --- perf: PERF_TYPE_TRACEPOINT and the kprobe/uprobe PMUs --- */

#ifdef CONFIG_PERF_EVENTS
/* Context: perf_event_open(), process context, may sleep. */
int perf_trace_init(struct perf_event *event);
void perf_trace_destroy(struct perf_event *event);
/* Context: perf scheduling, IRQs disabled. */
int perf_trace_add(struct perf_event *event, int flags);
void perf_trace_del(struct perf_event *event, int flags);
#ifdef CONFIG_KPROBE_EVENTS
int perf_kprobe_init(struct perf_event *event, bool is_retprobe);
void perf_kprobe_destroy(struct perf_event *event);
#endif
#ifdef CONFIG_UPROBE_EVENTS
int perf_uprobe_init(struct perf_event *event, unsigned long ref_ctr_offset,
		     bool is_retprobe);
void perf_uprobe_destroy(struct perf_event *event);
#endif
int ftrace_profile_set_filter(struct perf_event *event, int event_id,
			      char *filter_str);
void ftrace_profile_free_filter(struct perf_event *event);
void perf_trace_buf_update(void *record, u16 type);
/* Defined in kernel/events/core.c. */
int perf_event_set_bpf_prog(struct perf_event *event, struct bpf_prog *prog,
			    u64 bpf_cookie);
void perf_event_free_bpf_prog(struct perf_event *event);
void perf_trace_run_bpf_submit(void *raw_data, int size, int rctx,
			       struct trace_event_call *call, u64 count,
			       struct pt_regs *regs, struct hlist_head *head,
			       struct task_struct *task);
#endif

#endif /* _LINUX_TRACE_EVENTS_H */
