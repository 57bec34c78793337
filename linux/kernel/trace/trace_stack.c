// SPDX-License-Identifier: GPL-2.0
/*
 * The stack tracer: at the entry of every traced function, measure how
 * deep the task's kernel stack is, and keep the deepest stack seen with
 * the size of each frame. Files (top level): stack_max_size,
 * stack_trace, stack_trace_filter; switch: the sysctl
 * kernel.stack_tracer_enabled, or "stacktrace" on the command line
 * ("stacktrace_filter=" sets the filter at boot).
 *
 * Theory of operation
 * -------------------
 * The callback runs on every call, so its common path is one comparison:
 * the depth of its own stack pointer, less the tracer's own frames (the
 * callback and the trampoline, measured once), against the maximum so
 * far. Only a new maximum takes fn_stack_max_lock, an arch spinlock with
 * interrupts off, rechecks, and records the stack: the saved trace is cut
 * at the return address into the traced function, and each remaining
 * return address is looked up on the stack, from the traced function's
 * slot upwards, to give the depth at which that frame starts. Readers
 * take the same lock. A per-cpu counter keeps the callback from
 * re-entering itself on a cpu (an interrupt or NMI arriving while it
 * holds the lock), and NMIs are not measured at all. Interrupt stacks are
 * not measured either: only the task stack has a fixed top.
 */
#include <linux/ftrace.h>
#include <linux/init.h>
#include <linux/kallsyms.h>
#include <linux/kstrtox.h>
#include <linux/sched/task_stack.h>
#include <linux/seq_file.h>
#include <linux/stacktrace.h>
#include <linux/sysctl.h>
#include <linux/uaccess.h>
#include <asm/ftrace.h>
#include <asm/setup.h>
#include "trace_array.h"
#include "ftrace_instance.h"

#define FN_STACK_ENTRIES	128

int stack_tracer_enabled;

static arch_spinlock_t fn_stack_max_lock = __ARCH_SPIN_LOCK_UNLOCKED;
/* Under fn_stack_max_lock: the deepest stack, its frames and depths. */
static unsigned long fn_stack_max;
static unsigned int fn_stack_nr;
static unsigned long fn_stack_ips[FN_STACK_ENTRIES];
static unsigned int fn_stack_depth[FN_STACK_ENTRIES];
/* Bytes between the callback's stack pointer and the traced function. */
static unsigned long fn_stack_tracer_frame;

static DEFINE_PER_CPU(int, fn_stack_busy);
static DEFINE_MUTEX(fn_stack_mutex);	/* enabling and disabling */

/* Record a new deepest stack. fn_stack_max_lock held, irqs off. */
static void fn_stack_record(unsigned long ret, unsigned long *sp,
			    unsigned long *top)
{
	unsigned long *slot = sp, *p;
	unsigned int n, i, x;
	unsigned long depth;

	/* The slot holding the return address into the traced function. */
	for (p = sp; p < top && p < sp + 64; p++) {
		if (READ_ONCE_NOCHECK(*p) == ret) {
			slot = p;
			break;
		}
	}
	WRITE_ONCE(fn_stack_tracer_frame, (slot - sp) * sizeof(long));
	depth = (top - slot) * sizeof(long);
	if (depth <= fn_stack_max)
		return;
	fn_stack_max = depth;

	n = stack_trace_save(fn_stack_ips, FN_STACK_ENTRIES, 0);
	for (i = 0; i < n && fn_stack_ips[i] != ret; i++)
		;
	if (i == n)
		i = 0;		/* our frames cannot be told apart: keep all */
	while (i + 1 < n && fn_stack_ips[i + 1] == fn_stack_ips[i])
		i++;		/* the trampoline's frame may repeat it */
	/* Depth of each frame: where its return address sits. */
	for (x = 0, p = slot; i < n; i++, x++) {
		unsigned long *q;

		fn_stack_ips[x] = fn_stack_ips[i];
		for (q = p; q < top; q++)
			if (READ_ONCE_NOCHECK(*q) == fn_stack_ips[x])
				break;
		if (q < top)
			p = q;
		fn_stack_depth[x] = (top - p) * sizeof(long);
		if (q < top)
			p++;
	}
	fn_stack_nr = x;
}

static void notrace fn_stack_call(unsigned long ip, unsigned long parent_ip,
				  struct ftrace_ops *op,
				  struct ftrace_regs *fregs)
{
	unsigned long sp = current_stack_pointer, flags, *top;
	int bit;

	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	if (this_cpu_inc_return(fn_stack_busy) != 1 || in_nmi() ||
	    !object_is_on_stack((void *)sp))
		goto out;
	top = (unsigned long *)((unsigned long)task_stack_page(current) +
				THREAD_SIZE);
	if ((unsigned long)top - sp - READ_ONCE(fn_stack_tracer_frame) <=
	    READ_ONCE(fn_stack_max))
		goto out;
	local_irq_save(flags);
	arch_spin_lock(&fn_stack_max_lock);
	fn_stack_record(ip + MCOUNT_INSN_SIZE, (unsigned long *)sp, top);
	arch_spin_unlock(&fn_stack_max_lock);
	local_irq_restore(flags);
out:
	this_cpu_dec(fn_stack_busy);
	ftrace_test_recursion_unlock(bit);
}

static struct ftrace_ops fn_stack_ops = {
	.func	= fn_stack_call,
};

/* Take fn_stack_max_lock from process context, callback kept out. */
static void fn_stack_lock(unsigned long *flags)
{
	local_irq_save(*flags);
	this_cpu_inc(fn_stack_busy);
	arch_spin_lock(&fn_stack_max_lock);
}

static void fn_stack_unlock(unsigned long flags)
{
	arch_spin_unlock(&fn_stack_max_lock);
	this_cpu_dec(fn_stack_busy);
	local_irq_restore(flags);
}

/* ---- stack_max_size ---- */

static ssize_t stack_max_size_read(struct file *file, char __user *ubuf,
				   size_t cnt, loff_t *ppos)
{
	char buf[32];
	int len;

	len = scnprintf(buf, sizeof(buf), "%lu\n", READ_ONCE(fn_stack_max));
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, len);
}

/* Writing sets the maximum (0 starts over). */
static ssize_t stack_max_size_write(struct file *file,
				    const char __user *ubuf, size_t cnt,
				    loff_t *ppos)
{
	unsigned long val, flags;
	int ret;

	ret = kstrtoul_from_user(ubuf, cnt, 10, &val);
	if (ret)
		return ret;
	fn_stack_lock(&flags);
	fn_stack_max = val;
	fn_stack_unlock(flags);
	*ppos += cnt;
	return cnt;
}

static const struct file_operations stack_max_size_fops = {
	.read		= stack_max_size_read,
	.write		= stack_max_size_write,
	.llseek		= default_llseek,
};

/* ---- stack_trace ---- */

/*
 * The table is copied out under the lock at open, so that reading does
 * not hold off the tracer (or print with interrupts off).
 */
struct fn_stack_snap {
	unsigned int	nr;
	bool		enabled;
	unsigned long	max;
	unsigned long	ips[FN_STACK_ENTRIES];
	unsigned int	depth[FN_STACK_ENTRIES];
};

static int stack_trace_show(struct seq_file *m, void *v)
{
	struct fn_stack_snap *s = m->private;
	unsigned int i, size;

	seq_printf(m, "        Depth    Size   Location    (%u entries)\n"
		      "        -----    ----   --------\n", s->nr);
	if (!s->enabled && !s->max)
		seq_puts(m, "#\n"
			 "#  Stack tracer disabled\n"
			 "#\n"
			 "# To enable the stack tracer, either add 'stacktrace' to the\n"
			 "# kernel command line\n"
			 "# or 'echo 1 > /proc/sys/kernel/stack_tracer_enabled'\n"
			 "#\n");
	for (i = 0; i < s->nr; i++) {
		size = i + 1 < s->nr ? s->depth[i] - s->depth[i + 1] :
				       s->depth[i];
		seq_printf(m, "%3u) %8u   %5u   %pS\n", i, s->depth[i], size,
			   (void *)s->ips[i]);
	}
	return 0;
}

static int stack_trace_open(struct inode *inode, struct file *file)
{
	struct fn_stack_snap *s = kzalloc(sizeof(*s), GFP_KERNEL);
	unsigned long flags;
	int ret;

	if (!s)
		return -ENOMEM;
	fn_stack_lock(&flags);
	s->nr = fn_stack_nr;
	s->max = fn_stack_max;
	memcpy(s->ips, fn_stack_ips, sizeof(s->ips));
	memcpy(s->depth, fn_stack_depth, sizeof(s->depth));
	fn_stack_unlock(flags);
	s->enabled = READ_ONCE(stack_tracer_enabled);
	ret = single_open(file, stack_trace_show, s);
	if (ret)
		kfree(s);
	return ret;
}

static int stack_trace_release(struct inode *inode, struct file *file)
{
	kfree(((struct seq_file *)file->private_data)->private);
	return single_release(inode, file);
}

static const struct file_operations stack_trace_fops = {
	.open		= stack_trace_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= stack_trace_release,
};

/* ---- stack_trace_filter: a filter file of fn_stack_ops ---- */

static int stack_trace_filter_open(struct inode *inode, struct file *file)
{
	return fn_filter_open(file, top_trace_array(), NULL, &fn_stack_ops,
			      false, "stack_trace_filter");
}

static int stack_trace_filter_release(struct inode *inode, struct file *file)
{
	fn_filter_release(inode, file);
	return 0;
}

static const struct file_operations stack_trace_filter_fops = {
	.open		= stack_trace_filter_open,
	.read		= fn_filter_read,
	.write		= fn_filter_write,
	.llseek		= fn_filter_llseek,
	.release	= stack_trace_filter_release,
};

/* ---- switching it on and off ---- */

static bool fn_stack_live;

/* Context: process, fn_stack_mutex held. */
static int fn_stack_set(bool on)
{
	int ret = 0;

	lockdep_assert_held(&fn_stack_mutex);
	if (on == fn_stack_live)
		return 0;
	if (on)
		ret = register_ftrace_function(&fn_stack_ops);
	else
		ret = unregister_ftrace_function(&fn_stack_ops);
	if (!ret)
		fn_stack_live = on;
	return ret;
}

/**
 * stack_trace_sysctl - /proc/sys/kernel/stack_tracer_enabled
 * @table: the sysctl table entry (data: stack_tracer_enabled)
 * @write: set it
 * @buffer: as for proc_dointvec()
 * @lenp: as for proc_dointvec()
 * @ppos: as for proc_dointvec()
 *
 * Context: process, may sleep.
 * Return: 0, -EINVAL (not 0 or 1), or the error of registering the
 * callback; the value then stays as it was.
 */
int stack_trace_sysctl(const struct ctl_table *table, int write, void *buffer,
		       size_t *lenp, loff_t *ppos)
{
	int old, ret;

	mutex_lock(&fn_stack_mutex);
	old = stack_tracer_enabled;
	ret = proc_dointvec(table, write, buffer, lenp, ppos);
	if (!ret && write) {
		if (stack_tracer_enabled != !!stack_tracer_enabled)
			ret = -EINVAL;
		else
			ret = fn_stack_set(stack_tracer_enabled);
		if (ret)
			stack_tracer_enabled = old;
	}
	mutex_unlock(&fn_stack_mutex);
	return ret;
}

static char fn_stack_boot_filter[COMMAND_LINE_SIZE] __initdata;

/* "stacktrace" or "stacktrace_filter=list" on the command line. */
static int __init fn_stack_boot(char *str)
{
	if (str_has_prefix(str, "_filter="))
		strscpy(fn_stack_boot_filter, str + strlen("_filter="),
			sizeof(fn_stack_boot_filter));
	stack_tracer_enabled = 1;
	return 1;
}
__setup("stacktrace", fn_stack_boot);

/* A comma-separated boot list: each name added to the filter. */
static void __init fn_stack_apply_boot_filter(void)
{
	char *list = fn_stack_boot_filter, *tok;
	struct ftrace_hash *h;
	unsigned long *ips, nr, i;

	if (!*list)
		return;
	h = ftrace_hash_alloc();
	if (!h)
		return;
	while ((tok = strsep(&list, ",")) != NULL) {
		if (!*tok || fn_match_ips(tok, NULL, &ips, &nr))
			continue;
		if (!nr)
			pr_warn("stacktrace_filter=: no function matches %s\n",
				tok);
		for (i = 0; i < nr; i++)
			ftrace_hash_add(h, ips[i]);
		kvfree(ips);
	}
	if (ftrace_ops_set_hashes(&fn_stack_ops, h, NULL))
		ftrace_hash_free(h);
}

static const struct {
	const char			*name;
	umode_t				mode;
	const struct file_operations	*fops;
} fn_stack_files[] = {
	{ "stack_max_size",	TRACE_MODE_WRITE, &stack_max_size_fops },
	{ "stack_trace",	TRACE_MODE_READ,  &stack_trace_fops },
	{ "stack_trace_filter",	TRACE_MODE_WRITE, &stack_trace_filter_fops },
};

/* Context: boot, from ftrace_init_tracefs_top(). */
int stack_trace_init_tracefs(void)
{
	struct dentry *d;
	int i;

	for (i = 0; i < ARRAY_SIZE(fn_stack_files); i++) {
		d = tracefs_create_file(fn_stack_files[i].name,
					fn_stack_files[i].mode, NULL, NULL,
					fn_stack_files[i].fops);
		if (IS_ERR(d))
			return PTR_ERR(d);
	}
	return 0;
}

/* Start the tracer if the command line asked for it. */
static __init int fn_stack_boot_start(void)
{
	if (!stack_tracer_enabled)
		return 0;
	fn_stack_apply_boot_filter();
	mutex_lock(&fn_stack_mutex);
	if (fn_stack_set(true)) {
		pr_warn("stacktrace: could not start the stack tracer\n");
		stack_tracer_enabled = 0;
	}
	mutex_unlock(&fn_stack_mutex);
	return 0;
}
device_initcall(fn_stack_boot_start);
