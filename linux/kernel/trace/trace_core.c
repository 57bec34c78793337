// SPDX-License-Identifier: GPL-2.0
/*
 * The tracing core: instances and their buffers, tracers, and the two
 * calls every writer makes (trace_buffer_lock_reserve and
 * trace_buffer_unlock_commit).
 *
 * An instance (struct trace_array) owns one ring buffer. The top level,
 * global_trace, gets its buffer at boot, before the first trace_printk()
 * can run; each directory under instances/ gets its own at mkdir.
 *
 * The top-level buffer starts at its minimum size and grows to its full
 * size (buffer_size) the first time tracing is really used: a tracer is
 * set, trace_printk() is present, or its size is written. Until then
 * buffer_size_kb reads "N (expanded: M)". A machine that never traces
 * does not pay for megabytes of buffer per CPU.
 *
 * Lifetime: an instance is pinned by every open file and in-kernel user
 * (tr->ref). rmdir refuses a pinned instance with -EBUSY, and once rmdir
 * has begun (tr->dying) no new pin is granted, so the buffer is freed only
 * when no reader or writer file can reach it.
 */
#include <linux/cpumask.h>
#include <linux/irq_work.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/slab.h>
#include <linux/trace_clock.h>
#include <linux/uaccess.h>
#include "trace_array.h"
#include "trace_entries.h"
#include "trace_output.h"

DEFINE_MUTEX(trace_types_lock);

/* Options on by default, as upstream: see trace_options.c for names. */
#define TRACE_DEFAULT_FLAGS						\
	(TRACE_ITER(PRINT_PARENT) | TRACE_ITER(PRINTK) |		\
	 TRACE_ITER(ANNOTATE) | TRACE_ITER(CONTEXT_INFO) |		\
	 TRACE_ITER(RECORD_CMD) | TRACE_ITER(OVERWRITE) |		\
	 TRACE_ITER(IRQ_INFO) | TRACE_ITER(MARKERS) |			\
	 TRACE_ITER(HASH_PTR) | TRACE_ITER(TRACE_PRINTK) |		\
	 TRACE_ITER(FUNCTION))

/* Instances start with these off even when the top level has them on. */
#define TRACE_INSTANCE_ZEROED_FLAGS					\
	(TRACE_ITER(EVENT_FORK) | TRACE_ITER(FUNC_FORK) |		\
	 TRACE_ITER(TRACE_PRINTK))

struct trace_array global_trace = {
	.trace_flags	= TRACE_DEFAULT_FLAGS,
	.buffer_percent	= 50,
	.err_log	= LIST_HEAD_INIT(global_trace.err_log),
	.current_trace	= &nop_trace,
	.buffer_size	= TRACE_BUF_SIZE_DEFAULT,
};

/* ---- the record context word ---- */

static __always_inline unsigned int ctx_migrate_depth(void)
{
#ifdef CONFIG_SMP
	return min_t(unsigned int, current->migration_disabled, 15);
#else
	return 0;
#endif
}

unsigned int notrace tracing_gen_ctx_irq_test(unsigned int irqs_status)
{
	unsigned int pc = preempt_count();
	unsigned int flags = irqs_status;

	if (pc & NMI_MASK)
		flags |= TRACE_FLAG_NMI;
	if (pc & HARDIRQ_MASK)
		flags |= TRACE_FLAG_HARDIRQ;
	if (in_serving_softirq())
		flags |= TRACE_FLAG_SOFTIRQ;
	/* Softirqs disabled by local_bh_disable(), not by serving one. */
	if (softirq_count() >> (SOFTIRQ_SHIFT + 1))
		flags |= TRACE_FLAG_BH_OFF;
	if (tif_need_resched())
		flags |= TRACE_FLAG_NEED_RESCHED;
	if (test_preempt_need_resched())
		flags |= TRACE_FLAG_PREEMPT_RESCHED;

	return (flags << TRACE_CTX_FLAGS_SHIFT) |
	       (ctx_migrate_depth() << TRACE_CTX_MIGRATE_SHIFT) |
	       min_t(unsigned int, pc & 0xff, 15);
}
EXPORT_SYMBOL_GPL(tracing_gen_ctx_irq_test);

/* ---- writing ---- */

struct ring_buffer_event * notrace
trace_buffer_lock_reserve(struct trace_buffer *buffer, int type,
			  unsigned long len, unsigned int trace_ctx)
{
	struct ring_buffer_event *event;
	struct trace_entry *ent;

	event = ring_buffer_lock_reserve(buffer, len);
	if (!event)
		return NULL;
	ent = ring_buffer_event_data(event);
	ent->type = type;
	ent->flags = trace_ctx >> TRACE_CTX_FLAGS_SHIFT;
	ent->preempt_count = trace_ctx & 0xff;
	ent->pid = current->pid;
	return event;
}

/*
 * Comms are saved only once something has asked for them (a tracer, an
 * event, a trace_printk() user), as upstream does: until then a marker's
 * task prints as "<...>-PID". A count of the users that asked.
 */
static atomic_t cmdline_record_users;

/* Context: process. Each start is matched by a stop. */
void tracing_start_cmdline_record(void)
{
	atomic_inc(&cmdline_record_users);
}

void tracing_stop_cmdline_record(void)
{
	atomic_dec(&cmdline_record_users);
}

void notrace trace_buffer_unlock_commit(struct trace_array *tr,
					struct trace_buffer *buffer,
					struct ring_buffer_event *event,
					unsigned int trace_ctx)
{
	u64 flags = READ_ONCE(tr->trace_flags);

	ring_buffer_unlock_commit(buffer);
	if (!atomic_read(&cmdline_record_users))
		return;
	if (flags & TRACE_ITER(RECORD_CMD))
		tracing_record_cmdline(current);
	if (flags & TRACE_ITER(RECORD_TGID))
		tracing_record_tgid(current);
}

/* ---- on and off ---- */

bool notrace tracer_tracing_is_on(struct trace_array *tr)
{
	return tr->buffer && ring_buffer_record_is_on(tr->buffer);
}

void tracer_tracing_on(struct trace_array *tr)
{
	if (tr->buffer)
		ring_buffer_record_on(tr->buffer);
}

void tracer_tracing_off(struct trace_array *tr)
{
	if (tr->buffer)
		ring_buffer_record_off(tr->buffer);
}

/* ---- pinning instances ---- */

int trace_array_get(struct trace_array *tr)
{
	guard(mutex)(&trace_types_lock);
	if (tr->dying)
		return -ENODEV;
	tr->ref++;
	return 0;
}

void trace_array_put(struct trace_array *tr)
{
	guard(mutex)(&trace_types_lock);
	if (!WARN_ON_ONCE(tr->ref <= 0))
		tr->ref--;
}

/**
 * trace_switch_from_user - parse what was written to an on/off file
 * @ubuf: the user's buffer
 * @cnt: its length
 * @val: set to 0 or 1
 *
 * Context: process, may fault.
 * Return: 0, -EINVAL for anything but a number 0 or 1, or -EFAULT.
 */
int trace_switch_from_user(const char __user *ubuf, size_t cnt,
			   unsigned long *val)
{
	int ret = kstrtoul_from_user(ubuf, cnt, 10, val);

	if (ret)
		return ret;
	return *val > 1 ? -EINVAL : 0;
}

/* Context: ->open of a tracefs file whose data is a trace_array. */
int tracing_open_generic_tr(struct inode *inode, struct file *file)
{
	struct trace_array *tr = tracefs_file_data(file);
	int ret = trace_array_get(tr);

	if (!ret)
		file->private_data = tr;
	return ret;
}

/* Context: ->release; runs even after the file was removed. */
int tracing_release_generic_tr(struct inode *inode, struct file *file)
{
	trace_array_put(file->private_data);
	return 0;
}

/* Context: ->open of a per-cpu file; private_data gets the handle. */
int tracing_open_cpu_handle(struct inode *inode, struct file *file)
{
	struct trace_cpu_handle *h = tracefs_file_data(file);
	int ret = trace_array_get(h->tr);

	if (!ret)
		file->private_data = h;
	return ret;
}

int tracing_release_cpu_handle(struct inode *inode, struct file *file)
{
	struct trace_cpu_handle *h = file->private_data;

	trace_array_put(h->tr);
	return 0;
}

/*
 * A seq_file of one record about an instance, pinned while open.
 * Context: ->open / ->release.
 */
int tracing_single_open_tr(struct file *file,
			   int (*show)(struct seq_file *m, void *v))
{
	struct trace_array *tr = tracefs_file_data(file);
	int ret = trace_array_get(tr);

	if (ret)
		return ret;
	ret = single_open(file, show, tr);
	if (ret)
		trace_array_put(tr);
	return ret;
}

int tracing_single_release_tr(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	trace_array_put(m->private);
	return single_release(inode, file);
}

/*
 * tracing_write_word - ->write of a file that takes one short word (a
 * clock name, an option): copy it in, strip white space, hand it to
 * @apply. Context: process, may sleep.
 * Return: @cnt, -EINVAL (too long, or @apply refused it), -EFAULT.
 */
ssize_t tracing_write_word(struct trace_array *tr, const char __user *ubuf,
			   size_t cnt, loff_t *ppos,
			   int (*apply)(struct trace_array *tr, const char *word))
{
	char buf[64];
	int ret;

	if (cnt >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, cnt))
		return -EFAULT;
	buf[cnt] = '\0';
	ret = apply(tr, strstrip(buf));
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

int tracing_open_generic(struct inode *inode, struct file *file)
{
	file->private_data = tracefs_file_data(file);
	return 0;
}

/* ---- buffers ---- */

static unsigned int rb_flags_of(struct trace_array *tr)
{
	return tr_opt(tr, TOPT_OVERWRITE) ? RB_FL_OVERWRITE : 0;
}

static int trace_array_alloc_handles(struct trace_array *tr, gfp_t gfp)
{
	int i;

	tr->handles = kcalloc(nr_cpu_ids + 1, sizeof(*tr->handles), gfp);
	if (!tr->handles)
		return -ENOMEM;
	for (i = 0; i <= nr_cpu_ids; i++) {
		tr->handles[i].tr = tr;
		tr->handles[i].cpu = i ? i - 1 : RING_BUFFER_ALL_CPUS;
	}
	return 0;
}

/* Context: process, may sleep; trace_types_lock held (or early boot). */
static int trace_array_alloc_buffer(struct trace_array *tr)
{
	int cpu;

	tr->buffer = ring_buffer_alloc(tr->buffer_expanded ? tr->buffer_size : 1,
				       rb_flags_of(tr));
	if (!tr->buffer)
		return -ENOMEM;
	ring_buffer_set_clock(tr->buffer, trace_clocks[tr->clock_id].func);
	for_each_possible_cpu(cpu)
		if (!cpumask_test_cpu(cpu, tr->tracing_cpumask))
			ring_buffer_record_disable_cpu(tr->buffer, cpu);
	return 0;
}

int tracing_resize_buffer(struct trace_array *tr, unsigned long size, int cpu)
{
	int ret;

	lockdep_assert_held(&trace_types_lock);
	/* A first resize of one cpu brings the others to full size too. */
	if (!tr->buffer_expanded && cpu != RING_BUFFER_ALL_CPUS) {
		ret = ring_buffer_resize(tr->buffer, tr->buffer_size,
					 RING_BUFFER_ALL_CPUS);
		if (ret)
			return ret;
	}
	ret = ring_buffer_resize(tr->buffer, size, cpu);
	if (ret)
		return ret;
	if (cpu == RING_BUFFER_ALL_CPUS)
		tr->buffer_size = size;
	tr->buffer_freed = false;
	tr->buffer_expanded = true;
	return 0;
}

/*
 * Bring @tr's buffer to its full size: on first use, or after
 * free_buffer shrank it. Context: process, may sleep; takes
 * trace_types_lock. Return: 0 or -ENOMEM.
 */
int tracing_update_buffers(struct trace_array *tr)
{
	guard(mutex)(&trace_types_lock);
	if (tr->buffer_expanded && !tr->buffer_freed)
		return 0;
	return tracing_resize_buffer(tr, tr->buffer_size, RING_BUFFER_ALL_CPUS);
}

/* ---- instance lifecycle (tracefs_root.c builds the directories) ---- */

/*
 * trace_array_create - a new instance with default options and a buffer.
 * Context: process, trace_types_lock held.
 * Return: the instance or an ERR_PTR (-ENOMEM).
 */
struct trace_array *trace_array_create(const char *name)
{
	struct trace_array *tr;

	lockdep_assert_held(&trace_types_lock);
	tr = kzalloc(sizeof(*tr), GFP_KERNEL);
	if (!tr)
		return ERR_PTR(-ENOMEM);
	tr->name = kstrdup(name, GFP_KERNEL);
	if (!tr->name || !zalloc_cpumask_var(&tr->tracing_cpumask, GFP_KERNEL))
		goto fail;
	cpumask_copy(tr->tracing_cpumask, cpu_possible_mask);
	INIT_LIST_HEAD(&tr->err_log);
	tr->trace_flags = global_trace.trace_flags &
			  ~TRACE_INSTANCE_ZEROED_FLAGS;
	tr->buffer_percent = 50;
	tr->buffer_size = global_trace.buffer_size;
	tr->buffer_expanded = true;
	tr->current_trace = &nop_trace;
	if (trace_array_alloc_handles(tr, GFP_KERNEL) ||
	    trace_array_alloc_buffer(tr))
		goto fail;
	return tr;
fail:
	kfree(tr->handles);
	free_cpumask_var(tr->tracing_cpumask);
	kfree(tr->name);
	kfree(tr);
	return ERR_PTR(-ENOMEM);
}

/* Context: process, trace_types_lock held; nothing can reach @tr now. */
void trace_array_destroy(struct trace_array *tr)
{
	lockdep_assert_held(&trace_types_lock);
	if (tr->current_trace && tr->current_trace->reset)
		tr->current_trace->reset(tr);
	/* Each copes with a half-built instance (its pointer still NULL). */
	event_instance_destroy(tr);
	ftrace_instance_destroy(tr);
	tracing_err_log_clear(tr);
	ring_buffer_free(tr->buffer);
	kfree(tr->opt_files);
	kfree(tr->handles);
	free_cpumask_var(tr->tracing_cpumask);
	kfree(tr->name);
	kfree(tr);
}

/* ---- tracers ---- */

static struct tracer *trace_types;

struct tracer *trace_find_tracer(const char *name)
{
	struct tracer *t;

	lockdep_assert_held(&trace_types_lock);
	for (t = trace_types; t; t = t->next)
		if (!strcmp(t->name, name))
			return t;
	return NULL;
}

/* Iterate available tracers for available_tracers. Lock held. */
struct tracer *trace_tracers_first(void)
{
	return trace_types;
}

int register_tracer(struct tracer *type)
{
	if (!type->name || strlen(type->name) >= MAX_TRACER_SIZE) {
		pr_warn("tracing: tracer name missing or too long\n");
		return -EINVAL;
	}
	guard(mutex)(&trace_types_lock);
	if (trace_find_tracer(type->name)) {
		pr_warn("tracing: tracer %s already registered\n", type->name);
		return -EBUSY;
	}
	type->next = trace_types;
	trace_types = type;
	return 0;
}

/*
 * tracing_set_tracer - make @name the current tracer of @tr.
 * Context: process, may sleep; takes trace_types_lock.
 * Return: 0, -EINVAL (unknown tracer or not allowed in an instance),
 * -EBUSY (the instance's files are open by a tracer-owned reader), or the
 * tracer's init error.
 */
int tracing_set_tracer(struct trace_array *tr, const char *name)
{
	struct tracer *t;
	int ret;

	guard(mutex)(&trace_types_lock);
	t = trace_find_tracer(name);
	if (!t)
		return -EINVAL;
	if (t == tr->current_trace)
		return 0;
	if (tr != &global_trace && !t->allow_instances && t != &nop_trace)
		return -EINVAL;

	if (tr->current_trace->reset)
		tr->current_trace->reset(tr);
	tr->current_trace = &nop_trace;
	if (t->init) {
		ret = t->init(tr);
		if (ret)
			return ret;
	}
	tr->current_trace = t;
	return 0;
}

/* ---- boot ---- */

/* Called from start_kernel() right after ftrace_init(); IRQs off. */
void __init early_trace_init(void)
{
	if (!zalloc_cpumask_var(&global_trace.tracing_cpumask, GFP_NOWAIT))
		panic("tracing: no memory for the top-level cpumask\n");
	cpumask_copy(global_trace.tracing_cpumask, cpu_possible_mask);
	if (trace_array_alloc_handles(&global_trace, GFP_NOWAIT) ||
	    trace_array_alloc_buffer(&global_trace))
		pr_err("tracing: could not allocate the top-level buffer\n");
}

/* trace_clock=<name> on the command line: the top level's clock. */
static char boot_clock[32] __initdata;

static int __init set_boot_clock(char *str)
{
	strscpy(boot_clock, str, sizeof(boot_clock));
	return 1;
}
__setup("trace_clock=", set_boot_clock);

/*
 * The default clock is "local", unless sched_clock() is not stable across
 * CPUs (as in a VM): then records of different CPUs would not order, and
 * the top level starts with "global", as upstream does.
 */
static __init int trace_default_clock(void)
{
	if (boot_clock[0]) {
		if (tracing_set_clock(&global_trace, boot_clock))
			pr_warn("tracing: unknown trace_clock=%s\n", boot_clock);
		return 0;
	}
	if (sched_clock_stable())
		return 0;
	pr_warn("tracing: sched_clock is not stable across CPUs; the top level uses the \"global\" trace clock (boot with trace_clock=local to keep \"local\")\n");
	tracing_set_clock(&global_trace, "global");
	return 0;
}
late_initcall_sync(trace_default_clock);

/* Called from start_kernel() once the allocators are up; IRQs off. */
void __init trace_init(void)
{
	register_tracer(&nop_trace);
}

/* Record types must be printable before anything reads a buffer. */
static __init int trace_output_initcall(void)
{
	return init_trace_output();
}
early_initcall(trace_output_initcall);
