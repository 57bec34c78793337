/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tracing instances (struct trace_array), tracers, output options, and the
 * helpers every writer in kernel/trace uses to put a record in a buffer.
 *
 * Internal to kernel/trace. The top level (/sys/kernel/tracing) is the
 * instance global_trace; each directory under instances/ is another one.
 *
 * Lock order (outermost first):
 *	trace_types_lock	instances, tracers, options, buffer sizes
 *	  iter->mutex		one open reader file
 *	    ring buffer internals (see ring_buffer.c)
 * Writers take no lock at all.
 */
#ifndef _TRACE_ARRAY_H
#define _TRACE_ARRAY_H

#include <linux/cpumask.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/ring_buffer.h>
#include <linux/seq_file.h>
#include <linux/trace_events.h>
#include <linux/tracefs.h>

#define TRACE_MODE_WRITE	0640
#define TRACE_MODE_READ		0440

/*
 * Output options: the bit numbers of trace_array::trace_flags, in the
 * order trace_options lists them. Names are in trace_options.c.
 */
enum trace_opt_bit {
	TOPT_PRINT_PARENT,	/* "print-parent" */
	TOPT_SYM_OFFSET,	/* "sym-offset" */
	TOPT_SYM_ADDR,		/* "sym-addr" */
	TOPT_VERBOSE,		/* "verbose" */
	TOPT_RAW,		/* "raw" */
	TOPT_HEX,		/* "hex" */
	TOPT_BIN,		/* "bin" */
	TOPT_BLOCK,		/* "block" */
	TOPT_FIELDS,		/* "fields" */
	TOPT_PRINTK,		/* "trace_printk" */
	TOPT_ANNOTATE,		/* "annotate" */
	TOPT_USERSTACKTRACE,	/* "userstacktrace" */
	TOPT_SYM_USEROBJ,	/* "sym-userobj" */
	TOPT_PRINTK_MSGONLY,	/* "printk-msg-only" */
	TOPT_CONTEXT_INFO,	/* "context-info" */
	TOPT_LATENCY_FMT,	/* "latency-format" */
	TOPT_RECORD_CMD,	/* "record-cmd" */
	TOPT_RECORD_TGID,	/* "record-tgid" */
	TOPT_OVERWRITE,		/* "overwrite" */
	TOPT_STOP_ON_FREE,	/* "disable_on_free" */
	TOPT_IRQ_INFO,		/* "irq-info" */
	TOPT_MARKERS,		/* "markers" */
	TOPT_EVENT_FORK,	/* "event-fork" */
	TOPT_TRACE_PRINTK,	/* "trace_printk_dest" */
	TOPT_PAUSE_ON_TRACE,	/* "pause-on-trace" */
	TOPT_HASH_PTR,		/* "hash-ptr" */
	TOPT_FUNCTION,		/* "function-trace" */
	TOPT_FUNC_FORK,		/* "function-fork" */
	TOPT_DISPLAY_GRAPH,	/* "display-graph" */
	TOPT_STACKTRACE,	/* "stacktrace" */
	TOPT_NR,
};

#define TRACE_ITER(name)	(1ULL << TOPT_##name)

/*
 * What a per-cpu file (and a whole-instance reader file) is created with:
 * the instance, and the cpu it shows or RING_BUFFER_ALL_CPUS.
 */
struct trace_cpu_handle {
	struct trace_array	*tr;
	int			cpu;
};

struct opt_file;
struct ftrace_instance;
struct event_instance;

/* One instance. Fields marked (L) are under trace_types_lock. */
struct trace_array {
	struct list_head	list;		/* (L) all instances */
	const char		*name;		/* NULL for the top level */
	struct dentry		*dir;
	struct dentry		*options_dir;
	int			ref;		/* (L) open files and users */
	bool			dying;		/* (L) rmdir in progress */

	struct trace_buffer	*buffer;
	unsigned long		buffer_size;	/* (L) bytes per cpu, as set */
	bool			buffer_freed;	/* (L) free_buffer shrank it */
	bool			buffer_expanded; /* (L) has its full size */
	int			clock_id;	/* (L) index in trace_clocks[] */
	unsigned int		buffer_percent;	/* readers wake at this fill */
	u64			trace_flags;	/* TRACE_ITER(x) bits */
	cpumask_var_t		tracing_cpumask; /* (L) cpus that record */
	struct tracer		*current_trace;	/* (L) */
	struct list_head	err_log;	/* (L) error_log entries */
	unsigned int		n_err_log;	/* (L) */
	/* [0] is all cpus, [cpu + 1] is one cpu: tr_handle() */
	struct trace_cpu_handle	*handles;
	struct opt_file		*opt_files;	/* data of options/ files */
	/* Function tracing of this instance (ops, filters, pids); opaque. */
	struct ftrace_instance	*fn;
	/* Trace events of this instance (events/, set_event, pids); opaque. */
	struct event_instance	*ev;
};

static inline struct trace_cpu_handle *tr_handle(struct trace_array *tr,
						 int cpu)
{
	return &tr->handles[cpu == RING_BUFFER_ALL_CPUS ? 0 : cpu + 1];
}

extern struct trace_array global_trace;
extern struct mutex trace_types_lock;

/* The instance whose trace_printk()s and markers go to the top. */
static inline struct trace_array *top_trace_array(void)
{
	return &global_trace;
}

static inline bool tr_opt(struct trace_array *tr, enum trace_opt_bit bit)
{
	return READ_ONCE(tr->trace_flags) & (1ULL << bit);
}

/*
 * Pin and unpin an instance, for open files and in-kernel users. Pinning
 * fails with -ENODEV once rmdir has started. Context: process.
 */
int trace_array_get(struct trace_array *tr);
void trace_array_put(struct trace_array *tr);

/* Parse the "0" or "1" written to a switch file (*val = 0 or 1). */
int trace_switch_from_user(const char __user *ubuf, size_t cnt,
			   unsigned long *val);

/* ->open/->release of any instance file that needs the instance. */
int tracing_open_generic_tr(struct inode *inode, struct file *file);
int tracing_release_generic_tr(struct inode *inode, struct file *file);
/* ->open/->release of a single_open() seq_file about an instance. */
int tracing_single_open_tr(struct file *file,
			   int (*show)(struct seq_file *m, void *v));
int tracing_single_release_tr(struct inode *inode, struct file *file);
/* ->write of a file that takes one short word; see trace_core.c. */
ssize_t tracing_write_word(struct trace_array *tr, const char __user *ubuf,
			   size_t cnt, loff_t *ppos,
			   int (*apply)(struct trace_array *tr, const char *word));
/* ->open of a file whose data is not an instance (no pinning). */
int tracing_open_generic(struct inode *inode, struct file *file);
/* ->open/->release of a file made with a trace_cpu_handle as data. */
int tracing_open_cpu_handle(struct inode *inode, struct file *file);
int tracing_release_cpu_handle(struct inode *inode, struct file *file);

/*
 * Make and tear down an instance (trace_core.c); tracefs_root.c builds
 * its directory. Context: process, trace_types_lock held.
 */
struct trace_array *trace_array_create(const char *name);
void trace_array_destroy(struct trace_array *tr);
/*
 * Call @fn on the top level and on every instance under instances/
 * (tracefs_root.c). Context: process, may sleep; takes trace_types_lock,
 * which @fn must not take.
 */
void trace_array_for_each(void (*fn)(struct trace_array *tr, void *data),
			  void *data);

/* Context: process, may sleep. Return: 0, or the errno to give the user. */
int tracing_update_buffers(struct trace_array *tr);
int tracing_resize_buffer(struct trace_array *tr, unsigned long size, int cpu);

/*
 * struct tracer_own_opt - an option of one tracer's own (its file under
 * options/ is the tracer's business). While the tracer is an instance's
 * current one, trace_options lists it ("name" or "noname") and accepts
 * it. get/set: process context, trace_types_lock held.
 */
struct tracer_own_opt {
	const char	*name;
	bool		(*get)(struct trace_array *tr);
	void		(*set)(struct trace_array *tr, bool on);
};

/*
 * struct tracer - one value of current_tracer. Every callback runs in
 * process context with trace_types_lock held, unless it says otherwise.
 * One file per tracer fills one of these and calls register_tracer().
 */
struct tracer {
	const char		*name;
	int			(*init)(struct trace_array *tr);
	void			(*reset)(struct trace_array *tr);
	void			(*start)(struct trace_array *tr);
	void			(*stop)(struct trace_array *tr);
	/* Header lines of the "trace" file; reader context, no lock held. */
	void			(*print_header)(struct seq_file *m);
	/* Print one record its own way; reader context. */
	enum print_line_t	(*print_line)(struct trace_iterator *iter);
	/* Boot-time self-test, with the tracer's init already done. */
	int			(*selftest)(struct tracer *trace,
					    struct trace_array *tr);
	bool			allow_instances;
	/* Its own options for trace_options, ending with a NULL name. */
	const struct tracer_own_opt *opts;
	struct tracer		*next;		/* (L) registered tracers */
};

/* Context: boot (initcall) or module init. Return: 0, -EBUSY, -EINVAL. */
int register_tracer(struct tracer *type);
/* Context: process; takes trace_types_lock. Return: 0 or -errno. */
int tracing_set_tracer(struct trace_array *tr, const char *name);
/* The registered tracers, newest first; trace_types_lock held. */
struct tracer *trace_tracers_first(void);
/* The tracer named @name, or NULL. Called with trace_types_lock held. */
struct tracer *trace_find_tracer(const char *name);
extern struct tracer nop_trace;

/* Context: any. True when @tr records (tracing_on and not stopped). */
bool tracer_tracing_is_on(struct trace_array *tr);
void tracer_tracing_on(struct trace_array *tr);
void tracer_tracing_off(struct trace_array *tr);

/*
 * Writing records. Context: any, NMI included. Reserve fills in the
 * trace_entry header from @trace_ctx (tracing_gen_ctx()); commit records
 * the task's comm for saved_cmdlines and adds the options' stack traces.
 */
struct ring_buffer_event *
trace_buffer_lock_reserve(struct trace_buffer *buffer, int type,
			  unsigned long len, unsigned int trace_ctx);
void trace_buffer_unlock_commit(struct trace_array *tr,
				struct trace_buffer *buffer,
				struct ring_buffer_event *event,
				unsigned int trace_ctx);

/* Ask commits to save comms (trace_core.c). Context: process. */
void tracing_start_cmdline_record(void);
void tracing_stop_cmdline_record(void);

/*
 * Subsystem hooks for an instance's life. _create runs after the core
 * files exist in tr->dir (tr is global_trace for the top level) and adds
 * the subsystem's files and state; _destroy undoes it, before the buffer
 * is freed. Context: process, trace_types_lock held, may sleep.
 * Return: 0 or -errno (the instance is then torn down).
 */
int ftrace_instance_create(struct trace_array *tr);
void ftrace_instance_destroy(struct trace_array *tr);
int event_instance_create(struct trace_array *tr);
void event_instance_destroy(struct trace_array *tr);
/* The same for files that exist only at the top level. */
int ftrace_init_tracefs_top(void);
int event_init_tracefs_top(void);

/* saved_cmdlines / saved_tgids (trace_cmdlines.c). Context: any. */
void tracing_record_cmdline(struct task_struct *task);
void tracing_record_tgid(struct task_struct *task);
/* Reader side: @comm gets at least TASK_COMM_LEN bytes. */
void trace_find_cmdline(int pid, char comm[]);
int trace_find_tgid(int pid);
int trace_cmdlines_init_tracefs(struct dentry *top);

/* error_log (trace_errlog.c). Context: process, trace_types_lock held. */
void tracing_log_err(struct trace_array *tr, const char *loc,
		     const char *cmd, const char * const *errs, u8 type,
		     u16 pos);
void tracing_err_log_clear(struct trace_array *tr);
extern const struct file_operations tracing_err_log_fops;

/* printk_formats and the trace_printk() banner (trace_printk.c). */
int trace_printk_init_tracefs(struct dentry *top);

/* trace_options and options/ (trace_options.c). */
extern const struct file_operations trace_options_fops;
int trace_options_create_dir(struct trace_array *tr);

/* File operations of the instance files, by source file. */
extern const struct file_operations trace_fops, trace_pipe_fops,
	trace_pipe_raw_fops;				/* trace_read.c */
extern const struct file_operations trace_marker_fops,
	trace_marker_raw_fops;				/* trace_marker.c */
extern const struct file_operations buffer_size_fops, buffer_total_size_fops,
	buffer_percent_fops, free_buffer_fops, stats_fops,
	tracing_cpumask_fops, trace_clock_fops;	/* trace_buffer_files.c */
int tracing_set_clock(struct trace_array *tr, const char *name);

/*
 * The oldest unconsumed record of the cpus @iter reads, set into iter
 * (ent, cpu, ts, lost_events) but not consumed (trace_read.c). Callers
 * serialize consumers: the pipe files by a mutex, ftrace_dump() by
 * being alone.
 */
struct ring_buffer_event *trace_iter_peek_consume(struct trace_iterator *iter);

/* The clocks of trace_clock (trace_clock.c). */
struct trace_clock_desc {
	u64		(*func)(void);
	const char	*name;
	bool		in_ns;		/* prints as seconds.microseconds */
};
extern const struct trace_clock_desc trace_clocks[];
extern const int trace_clocks_nr;

/* Formatting for printing (trace_output.c). */
#define TRACE_BUF_SIZE_DEFAULT	1441792UL	/* 1408 KB per cpu */
#define TRACE_MARKER_MAX	4096		/* bytes of one marker write */

#endif /* _TRACE_ARRAY_H */
