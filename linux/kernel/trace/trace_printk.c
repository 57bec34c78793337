// SPDX-License-Identifier: GPL-2.0
/*
 * trace_printk(), trace_puts() and trace_dump_stack(): debugging output
 * into the top-level buffer, and the printk_formats file that lets user
 * space decode it.
 *
 * Record kinds (macros in linux/kernel.h pick the entry point):
 *
 *	trace_printk("const %d", x)  -> __trace_bprintk   TRACE_BPRINT
 *		format pointer + arguments packed by vbin_printf(); the
 *		text is made only when the record is read
 *	trace_printk(runtime_fmt, x) -> __trace_printk    TRACE_PRINT
 *	trace_puts("const")          -> __trace_bputs     TRACE_BPUTS
 *		just the string pointer
 *	trace_puts(runtime_str)      -> __trace_puts      TRACE_PRINT
 *	trace_dump_stack(skip)                            TRACE_STACK
 *
 * A BPRINT or BPUTS record holds a pointer, so the string must outlive
 * the record. Every trace_printk()/trace_puts() site puts its format
 * pointer in the "__trace_printk_fmt" section. The kernel's section
 * lives forever; a module's formats are copied into kernel memory when
 * the module comes in, and the module's section slots are redirected to
 * the copies, which are never freed. So records of an unloaded module
 * still print.
 *
 * Scratch space. Formatting needs a buffer before the record size is
 * known. Writers may run in any context, NMI included, and may nest
 * (task < softirq < irq < NMI on one CPU), so there is no lock: each
 * CPU has SCRATCH_LEVELS buffers and a depth counter. With preemption
 * off, a writer takes level "depth" and bumps depth; anything that
 * interrupts it takes the next level and gives it back before the
 * interrupted writer resumes, so depth is back where it was.
 *
 *	cpu N:  depth = 2   [0: task, in use][1: irq, in use][2][3]
 *
 * The compiler barriers order the depth update against the buffer use
 * as seen by an interrupt on the same CPU; no other CPU touches them.
 * The buffers are allocated only once something uses trace_printk() (it
 * is meant for debug kernels), and that is when the NOTICE banner is
 * printed.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/rculist.h>
#include <linux/security.h>
#include <linux/slab.h>
#include <linux/stacktrace.h>
#include <linux/string.h>
#include <linux/tracefs.h>
#include "trace_array.h"
#include "trace_entries.h"
#include "trace_output.h"

/* Bounds of the sections, from the linker script (vmlinux.lds.h). */
extern const char *__start___trace_bprintk_fmt[];
extern const char *__stop___trace_bprintk_fmt[];
extern const char *__start___tracepoint_str[];
extern const char *__stop___tracepoint_str[];

#define SCRATCH_LEVELS	4	/* task, softirq, irq, NMI */
#define SCRATCH_BYTES	1024	/* longest message; the rest is cut */

struct printk_scratch {
	int	depth;
	char	buf[SCRATCH_LEVELS][SCRATCH_BYTES];
};

/* Published once with release; writers read it with acquire. */
static struct printk_scratch __percpu *scratch;
static DEFINE_MUTEX(scratch_mutex);	/* allocation and the banner */
static bool banner_shown;

/* Context: preemption disabled. Return: a buffer, or NULL if too deep. */
static char *scratch_get(void)
{
	struct printk_scratch __percpu *pcpu = smp_load_acquire(&scratch);
	struct printk_scratch *s;

	if (!pcpu)
		return NULL;
	s = this_cpu_ptr(pcpu);
	if (s->depth >= SCRATCH_LEVELS)
		return NULL;
	s->depth++;
	barrier();	/* depth is raised before the buffer is written */
	return s->buf[s->depth - 1];
}

/* Context: preemption disabled, after a successful scratch_get(). */
static void scratch_put(void)
{
	struct printk_scratch *s = this_cpu_ptr(scratch);

	barrier();	/* the buffer is done with before depth drops */
	s->depth--;
}

/* Context: process, may sleep. Return: 0 or -ENOMEM. */
static int scratch_alloc(void)
{
	struct printk_scratch __percpu *pcpu;

	guard(mutex)(&scratch_mutex);
	if (scratch)
		return 0;
	pcpu = alloc_percpu(struct printk_scratch);
	if (!pcpu)
		return -ENOMEM;
	smp_store_release(&scratch, pcpu);	/* pairs with scratch_get() */
	return 0;
}

/*
 * Something in the kernel uses trace_printk(): get the scratch buffers,
 * say so loudly (once), and give the top-level buffer its full size.
 * Context: process, may sleep; trace_types_lock not held.
 */
static void trace_printk_start(void)
{
	bool first;

	if (scratch_alloc()) {
		pr_warn("tracing: no memory for trace_printk() buffers\n");
		return;
	}
	scoped_guard(mutex, &scratch_mutex) {
		first = !banner_shown;
		banner_shown = true;
	}
	if (!first)
		return;

	pr_warn("\n");
	pr_warn("**********************************************************\n");
	pr_warn("**   NOTICE NOTICE NOTICE NOTICE NOTICE NOTICE NOTICE   **\n");
	pr_warn("**                                                      **\n");
	pr_warn("** trace_printk() being used. Allocating extra memory.  **\n");
	pr_warn("**                                                      **\n");
	pr_warn("** This means that this is a DEBUG kernel and it is     **\n");
	pr_warn("** unsafe for production use.                           **\n");
	pr_warn("**                                                      **\n");
	pr_warn("** If you see this message and you are not debugging    **\n");
	pr_warn("** the kernel, report this immediately to your vendor!  **\n");
	pr_warn("**                                                      **\n");
	pr_warn("**   NOTICE NOTICE NOTICE NOTICE NOTICE NOTICE NOTICE   **\n");
	pr_warn("**********************************************************\n");

	tracing_update_buffers(&global_trace);
	tracing_start_cmdline_record();
}

/* ---- writers. Context of all: any, NMI included; never sleep. ---- */

/* The instance trace_printk() writes to, or NULL to drop the output. */
static struct trace_array *printk_dest(void)
{
	struct trace_array *tr = top_trace_array();

	if (!tr->buffer || !tr_opt(tr, TOPT_PRINTK))
		return NULL;
	return tr;
}

/*
 * Reserve a record of @type and @len bytes in @tr and fill in its ip.
 * The payload after the ip is the caller's to write. Return: the record
 * or NULL; on success the caller must call print_commit().
 */
static void *print_reserve(struct trace_array *tr, int type,
			   unsigned long len, unsigned int ctx,
			   struct ring_buffer_event **evp)
{
	*evp = trace_buffer_lock_reserve(tr->buffer, type, len, ctx);
	return *evp ? ring_buffer_event_data(*evp) : NULL;
}

static void print_commit(struct trace_array *tr,
			 struct ring_buffer_event *ev, unsigned int ctx)
{
	trace_buffer_unlock_commit(tr, tr->buffer, ev, ctx);
}

/* A TRACE_PRINT record of @fmt formatted now, in @tr. */
static __printf(3, 0) int print_to(struct trace_array *tr, unsigned long ip,
		    const char *fmt, va_list ap)
{
	unsigned int ctx = tracing_gen_ctx();
	struct ring_buffer_event *ev;
	struct print_entry *ent;
	int len = 0;
	char *buf;

	preempt_disable_notrace();
	buf = scratch_get();
	if (!buf)
		goto out;
	len = vscnprintf(buf, SCRATCH_BYTES, fmt, ap);
	ent = print_reserve(tr, TRACE_PRINT, sizeof(*ent) + len + 1, ctx, &ev);
	if (ent) {
		ent->ip = ip;
		memcpy(ent->buf, buf, len + 1);
		print_commit(tr, ev, ctx);
	}
	scratch_put();
out:
	preempt_enable_notrace();
	return len;
}

int __ftrace_vbprintk(unsigned long ip, const char *fmt, va_list ap)
{
	struct trace_array *tr = printk_dest();
	unsigned int ctx = tracing_gen_ctx();
	struct ring_buffer_event *ev;
	struct bprint_entry *ent;
	int words = 0;
	u32 *buf;

	if (unlikely(!fmt) || !tr)
		return 0;

	preempt_disable_notrace();
	buf = (u32 *)scratch_get();
	if (!buf)
		goto out;
	words = vbin_printf(buf, SCRATCH_BYTES / sizeof(u32), fmt, ap);
	if (words < 0 || words > SCRATCH_BYTES / sizeof(u32))
		goto put;
	ent = print_reserve(tr, TRACE_BPRINT,
			    sizeof(*ent) + words * sizeof(u32), ctx, &ev);
	if (ent) {
		ent->ip = ip;
		ent->fmt = fmt;
		memcpy(ent->buf, buf, words * sizeof(u32));
		print_commit(tr, ev, ctx);
	}
put:
	scratch_put();
out:
	preempt_enable_notrace();
	return words;
}
EXPORT_SYMBOL_GPL(__ftrace_vbprintk);

/**
 * __trace_bprintk - trace_printk() with a constant format
 * @ip: the caller
 * @fmt: the format, a pointer that printk_formats lists
 *
 * Context: any, NMI included.
 * Return: the size of the packed arguments in 32-bit words, or 0 when
 * nothing was recorded.
 */
int __trace_bprintk(unsigned long ip, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = __ftrace_vbprintk(ip, fmt, ap);
	va_end(ap);
	return ret;
}
EXPORT_SYMBOL_GPL(__trace_bprintk);

int __ftrace_vprintk(unsigned long ip, const char *fmt, va_list ap)
{
	struct trace_array *tr = printk_dest();

	return tr ? print_to(tr, ip, fmt, ap) : 0;
}
EXPORT_SYMBOL_GPL(__ftrace_vprintk);

/**
 * __trace_printk - trace_printk() with a format only known at run time
 * @ip: the caller
 * @fmt: the format
 *
 * Context: any, NMI included.
 * Return: the length of the message recorded, or 0.
 */
int __trace_printk(unsigned long ip, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = __ftrace_vprintk(ip, fmt, ap);
	va_end(ap);
	return ret;
}
EXPORT_SYMBOL_GPL(__trace_printk);

/**
 * __trace_puts - trace_puts() of a string only known at run time
 * @ip: the caller
 * @str: the string
 * @size: its length
 *
 * The string is copied; a newline is added when it does not end in one.
 * Context: any, NMI included.
 * Return: @size, or 0 when nothing was recorded.
 */
int __trace_puts(unsigned long ip, const char *str, int size)
{
	struct trace_array *tr = printk_dest();
	unsigned int ctx = tracing_gen_ctx();
	struct ring_buffer_event *ev;
	struct print_entry *ent;

	if (!tr || size < 0)
		return 0;
	/* Room for an added newline and the NUL. */
	ent = print_reserve(tr, TRACE_PRINT, sizeof(*ent) + size + 2, ctx, &ev);
	if (!ent)
		return 0;
	ent->ip = ip;
	memcpy(ent->buf, str, size);
	if (!size || str[size - 1] != '\n')
		ent->buf[size++] = '\n';
	ent->buf[size] = '\0';
	print_commit(tr, ev, ctx);
	return size;
}
EXPORT_SYMBOL_GPL(__trace_puts);

/**
 * __trace_bputs - trace_puts() of a constant string
 * @ip: the caller
 * @str: the string, a pointer that printk_formats lists
 *
 * Context: any, NMI included.
 * Return: 1, or 0 when nothing was recorded.
 */
int __trace_bputs(unsigned long ip, const char *str)
{
	struct trace_array *tr = printk_dest();
	unsigned int ctx = tracing_gen_ctx();
	struct ring_buffer_event *ev;
	struct bputs_entry *ent;

	if (!tr || !str)
		return 0;
	ent = print_reserve(tr, TRACE_BPUTS, sizeof(*ent), ctx, &ev);
	if (!ent)
		return 0;
	ent->ip = ip;
	ent->str = str;
	print_commit(tr, ev, ctx);
	return 1;
}
EXPORT_SYMBOL_GPL(__trace_bputs);

/**
 * trace_dump_stack - record the current kernel stack in the top buffer
 * @skip: callers to leave out, above trace_dump_stack() itself
 *
 * Context: any, NMI included.
 */
noinline void trace_dump_stack(int skip)
{
	struct trace_array *tr = top_trace_array();
	unsigned int ctx = tracing_gen_ctx();
	struct ring_buffer_event *ev;
	struct stack_entry *ent;
	unsigned long *frames;
	unsigned int n;

	if (!tr->buffer)
		return;

	preempt_disable_notrace();
	frames = (unsigned long *)scratch_get();
	if (!frames)
		goto out;
	/* +1: this function's own frame. */
	n = stack_trace_save(frames, SCRATCH_BYTES / sizeof(long), skip + 1);
	ent = print_reserve(tr, TRACE_STACK,
			    struct_size(ent, caller, n), ctx, &ev);
	if (ent) {
		ent->size = n;
		memcpy(ent->caller, frames, n * sizeof(long));
		print_commit(tr, ev, ctx);
	}
	scratch_put();
out:
	preempt_enable_notrace();
}
EXPORT_SYMBOL_GPL(trace_dump_stack);

/**
 * trace_array_init_printk - get trace_array_printk() ready
 * @tr: the instance it will write to (not the top level)
 *
 * Context: process, may sleep.
 * Return: 0, -ENOENT (no @tr), -EINVAL (top level), -ENOMEM.
 */
int trace_array_init_printk(struct trace_array *tr)
{
	if (!tr)
		return -ENOENT;
	if (tr == top_trace_array())
		return -EINVAL;
	return scratch_alloc();
}
EXPORT_SYMBOL_GPL(trace_array_init_printk);

/**
 * trace_array_printk - a TRACE_PRINT record in an instance of one's own
 * @tr: the instance; the top level is refused (it is for trace_printk())
 * @ip: the caller
 * @fmt: the format
 *
 * Call trace_array_init_printk() first.
 * Context: any, NMI included.
 * Return: the length of the message recorded, 0 when the instance has
 * trace_printk off or is the top level, -ENOENT when @tr is NULL.
 */
int trace_array_printk(struct trace_array *tr, unsigned long ip,
		       const char *fmt, ...)
{
	va_list ap;
	int ret;

	if (!tr)
		return -ENOENT;
	if (tr == top_trace_array() || !tr->buffer ||
	    !tr_opt(tr, TOPT_PRINTK))
		return 0;
	va_start(ap, fmt);
	ret = print_to(tr, ip, fmt, ap);
	va_end(ap);
	return ret;
}
EXPORT_SYMBOL_GPL(trace_array_printk);

/* ---- the formats of modules ---- */

/*
 * A module's format, copied. Never freed: records may point at it long
 * after the module is gone. The list only grows; readers walk it under
 * RCU, writers hold fmt_list_mutex.
 */
struct fmt_copy {
	struct list_head	node;
	const char		*fmt;
};

static LIST_HEAD(fmt_list);
static DEFINE_MUTEX(fmt_list_mutex);

/* The kernel copy of @fmt, made if needed. Return: it, or NULL. */
static const char *fmt_keep(const char *fmt)
{
	struct fmt_copy *c;

	lockdep_assert_held(&fmt_list_mutex);
	list_for_each_entry(c, &fmt_list, node)
		if (!strcmp(c->fmt, fmt))
			return c->fmt;

	c = kmalloc(sizeof(*c), GFP_KERNEL);
	if (!c)
		return NULL;
	c->fmt = kstrdup(fmt, GFP_KERNEL);
	if (!c->fmt) {
		kfree(c);
		return NULL;
	}
	list_add_tail_rcu(&c->node, &fmt_list);
	return c->fmt;
}

/*
 * Context: module notifier, process context, may sleep. On COMING, each
 * of the module's format slots is pointed at a kernel copy (NULL if out
 * of memory, which makes that site record nothing). Slots of run-time
 * formats hold NULL already and stay so.
 */
static int trace_printk_module_notify(struct notifier_block *nb,
				      unsigned long state, void *data)
{
	struct module *mod = data;
	const char **slot = mod->trace_bprintk_fmt_start;
	unsigned int i, n = mod->num_trace_bprintk_fmt;

	if (state != MODULE_STATE_COMING || !n)
		return NOTIFY_OK;

	trace_printk_start();
	guard(mutex)(&fmt_list_mutex);
	for (i = 0; i < n; i++)
		if (slot[i])
			slot[i] = fmt_keep(slot[i]);
	return NOTIFY_OK;
}

static struct notifier_block trace_printk_module_nb = {
	.notifier_call = trace_printk_module_notify,
};

/* ---- printk_formats: "0x<addr> : \"<format>\"" per format ---- */

/*
 * Positions run over the kernel's formats, then the tracepoint strings,
 * then the module copies; v points at the slot holding the format.
 * fmt_list_mutex is held from start to stop.
 */
static const char **fmt_at(loff_t pos)
{
	loff_t nk = __stop___trace_bprintk_fmt - __start___trace_bprintk_fmt;
	loff_t nt = __stop___tracepoint_str - __start___tracepoint_str;
	struct fmt_copy *c;

	if (pos < nk)
		return &__start___trace_bprintk_fmt[pos];
	pos -= nk;
	if (pos < nt)
		return &__start___tracepoint_str[pos];
	pos -= nt;
	list_for_each_entry(c, &fmt_list, node)
		if (!pos--)
			return &c->fmt;
	return NULL;
}

/* Context of the seq_file callbacks: process, may sleep. */
static void *formats_start(struct seq_file *m, loff_t *pos)
{
	mutex_lock(&fmt_list_mutex);
	return fmt_at(*pos);
}

static void *formats_next(struct seq_file *m, void *v, loff_t *pos)
{
	return fmt_at(++*pos);
}

static void formats_stop(struct seq_file *m, void *v)
{
	mutex_unlock(&fmt_list_mutex);
}

static int formats_show(struct seq_file *m, void *v)
{
	const char *s = *(const char **)v;

	/* A run-time format's slot is empty: nothing to decode. */
	if (!s)
		return 0;

	seq_printf(m, "0x%lx : \"", (unsigned long)s);
	for (; *s; s++) {
		switch (*s) {
		case '\n':
			seq_puts(m, "\\n");
			break;
		case '\t':
			seq_puts(m, "\\t");
			break;
		case '"':
			seq_puts(m, "\\\"");
			break;
		default:	/* a backslash, too, goes out as it is */
			seq_putc(m, *s);
		}
	}
	seq_puts(m, "\"\n");
	return 0;
}

static const struct seq_operations printk_formats_seq_ops = {
	.start	= formats_start,
	.next	= formats_next,
	.stop	= formats_stop,
	.show	= formats_show,
};

static int printk_formats_open(struct inode *inode, struct file *file)
{
	int ret = security_locked_down(LOCKDOWN_TRACEFS);

	return ret ? ret : seq_open(file, &printk_formats_seq_ops);
}

static const struct file_operations printk_formats_fops = {
	.open		= printk_formats_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= seq_release,
};

/**
 * trace_printk_init_tracefs - create printk_formats
 * @top: the top tracing directory (the file exists only there)
 *
 * Context: boot, process context.
 * Return: 0 or the tracefs error.
 */
int trace_printk_init_tracefs(struct dentry *top)
{
	struct dentry *d;

	d = tracefs_create_file("printk_formats", TRACE_MODE_READ, top, NULL,
				&printk_formats_fops);
	return PTR_ERR_OR_ZERO(d);
}

/* Boot: early initcall, process context. */
static __init int trace_printk_boot(void)
{
	if (__stop___trace_bprintk_fmt - __start___trace_bprintk_fmt > 0)
		trace_printk_start();
	return register_module_notifier(&trace_printk_module_nb);
}
early_initcall(trace_printk_boot);
